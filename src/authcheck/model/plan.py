"""The treatment plan model that every reader fills and every rule reads.

Missing is a first-class state: every field is optional or an empty list, and a reader that could
not find an element leaves it empty rather than inventing a value. Each element carries `source`
(where it was found) and `field_sources` (where individual scalar fields were found).

Quantities (frequency, amount, duration) accept either a structured mapping or the phrase as
written ("2x/week", "53 minutes", "6 months"); the phrase is kept in `text` and parsed into numbers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from authcheck.model.source import SourceLocation
from authcheck.model.vocab import normalize_discipline, normalize_signature_role
from authcheck.parsing import parse_amount, parse_date, parse_duration, parse_frequency, parse_hours_per_week

__all__ = [
    "Aim",
    "Amount",
    "Assessment",
    "Diagnosis",
    "Discipline",
    "Duration",
    "Element",
    "Frequency",
    "Goal",
    "Intervention",
    "Objective",
    "Patient",
    "Period",
    "Problem",
    "Provider",
    "Review",
    "ServiceRequest",
    "Signature",
    "SignatureRole",
    "TextBlock",
    "TreatmentPlan",
]


def _to_date(value: Any) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value if not isinstance(value, dt.datetime) else value.date()
    if isinstance(value, str):
        return parse_date(value)
    return value


def _to_text(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _leading_count(unit_words: str) -> Any:
    """A validator for a count written as a phrase that starts with it ("1040 units for the authorization period")."""
    pattern = re.compile(
        rf"^\s*(\d+(?:\.\d+)?)\s*(?:(?:{unit_words})\b|(?=$|[,;(]|(?:for|per|total|requested|approved)\b))",
        re.IGNORECASE,
    )

    def to_count(value: Any) -> Any:
        if isinstance(value, str):
            if not value.strip():
                return None
            match = pattern.match(value)
            if match is None:
                raise ValueError(f"not a number: {value!r}")
            return float(match.group(1))
        return value

    return BeforeValidator(to_count)


Date = Annotated[dt.date | None, BeforeValidator(_to_date)]
Text = Annotated[str | None, BeforeValidator(_to_text)]
Units = Annotated[float | None, _leading_count(r"(?:billing\s+)?units?")]
HoursPerWeek = Annotated[float | None, _leading_count(r"hours?|hrs?|h")]

Discipline = Literal["psychotherapy", "psychiatry", "sud", "pt", "ot", "slp", "aba", "home-health", "other"]
SignatureRole = Literal["client", "guardian", "clinician", "supervisor", "physician", "other"]
SignatureMethod = Literal["handwritten", "electronic", "typed", "verbal", "unknown"]


class Element(BaseModel):
    """Base of every plan element: strict keys plus where the element came from."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    source: SourceLocation | None = None
    field_sources: dict[str, SourceLocation] = Field(default_factory=dict)

    def location_of(self, field: str | None = None) -> SourceLocation | None:
        """Where a field (or, without a field, the element) was found."""
        if field and field in self.field_sources:
            return self.field_sources[field]
        return self.source


class Frequency(Element):
    """How often: `count` times per `per` (day/week/month/year); PRN for "as needed", with `prn_limit` visits at most."""

    text: Text = None
    count: float | None = None
    count_max: float | None = None
    per: Literal["day", "week", "month", "year"] | None = None
    prn: bool = False
    prn_limit: float | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_phrase(cls, data: Any) -> Any:
        if isinstance(data, (int, float)):
            raise ValueError("a frequency needs a period, e.g. '2x/week'")
        if isinstance(data, str):
            parsed = parse_frequency(data)
            if parsed is None:
                return {"text": data}
            return {"text": data, "count": parsed.count, "count_max": parsed.count_max,
                    "per": parsed.per, "prn": parsed.prn, "prn_limit": parsed.prn_limit}
        return data

    @property
    def stated(self) -> bool:
        """True when the plan states a usable frequency: a count per period, or as-needed visits with a limit."""
        return (self.count is not None and self.per is not None) or (self.prn and self.prn_limit is not None)

    def per_week(self) -> float | None:
        """Times per week, using the upper end of a range."""
        if self.count is None or self.per is None:
            return None
        count = self.count_max or self.count
        return {"day": count * 7, "week": count, "month": count * 12 / 52, "year": count / 52}[self.per]


_SESSIONS_PER_DAY = re.compile(
    r"\b(\d+|one|two|three|a|an)\s*(?:x\s*)?(?:sessions?|treatments?|visits?|times?)\s*(?:/|per|a|each)\s*day\b",
    re.IGNORECASE,
)


class Amount(Element):
    """How much per occurrence: session length in minutes, billing units, or sessions per day.

    Medicare therapy plans state the amount as the number of sessions a day ("1 session per day").
    """

    text: Text = None
    minutes: float | None = None
    minutes_max: float | None = None
    units: float | None = None
    per_day: float | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_phrase(cls, data: Any) -> Any:
        if isinstance(data, (int, float)):
            return {"text": f"{data} minutes", "minutes": float(data)}
        if isinstance(data, str):
            parsed = parse_amount(data)
            per_day = _SESSIONS_PER_DAY.search(data)
            fields: dict[str, Any] = {"text": data}
            if parsed is not None:
                fields.update(minutes=parsed.minutes, minutes_max=parsed.minutes_max, units=parsed.units)
            if per_day is not None:
                word = per_day.group(1).lower()
                fields["per_day"] = float({"one": 1, "a": 1, "an": 1, "two": 2, "three": 3}.get(word, word))
            return fields
        return data

    @property
    def stated(self) -> bool:
        """True when a session length, a unit count or a number of sessions a day is stated."""
        return self.minutes is not None or self.units is not None or self.per_day is not None


class Duration(Element):
    """How long: a count of days/weeks/months/years/sessions, and/or an end date."""

    text: Text = None
    value: float | None = None
    unit: Literal["day", "week", "month", "year", "session", "visit"] | None = None
    end_date: Date = None

    @model_validator(mode="before")
    @classmethod
    def _from_phrase(cls, data: Any) -> Any:
        if isinstance(data, str):
            parsed = parse_duration(data)
            if parsed is None:
                return {"text": data}
            return {"text": data, "value": parsed.value, "unit": parsed.unit, "end_date": parsed.end_date}
        if isinstance(data, dt.date):
            return {"end_date": data}
        return data

    @property
    def stated(self) -> bool:
        """True when a length or an end date is stated."""
        return (self.value is not None and self.unit is not None) or self.end_date is not None

    def days(self, start: dt.date | None = None) -> float | None:
        """Length in calendar days; from the end date when a start date is known, else from the count.

        Sessions and visits have no calendar length and give None.
        """
        if self.value is not None and self.unit in ("day", "week", "month", "year"):
            return self.value * {"day": 1, "week": 7, "month": 30.4375, "year": 365.25}[self.unit]
        if self.end_date is not None and start is not None:
            return float((self.end_date - start).days)
        return None


class Period(Element):
    """A date range; either end may be missing."""

    start: Date = None
    end: Date = None


class Patient(Element):
    """The person the plan is for."""

    name: Text = None
    birth_date: Date = None
    member_id: Text = None


class Provider(Element):
    """A clinician or organisation named on the plan (rendering, referring, supervising, certifying)."""

    name: Text = None
    credential: Text = None
    npi: Text = None
    role: Text = None
    organization: Text = None


class Diagnosis(Element):
    """A diagnosis as written: code and code system when given, description, primary flag."""

    code: Text = None
    system: Text = None
    description: Text = None
    primary: bool = False
    diagnosed_by: Text = None
    diagnosed_on: Date = None


class Intervention(Element):
    """A treatment the plan will provide, ideally with type, amount, frequency and duration."""

    label: Text = None
    description: Text = None
    modality: Text = None
    service_code: Text = None
    amount: Amount | None = None
    frequency: Frequency | None = None
    duration: Duration | None = None
    responsible_staff: Text = None


class Aim(Element):
    """What goals and objectives share: a statement and how its attainment is measured and dated."""

    label: Text = None
    statement: Text = None
    baseline: Text = None
    target: Text = None
    measure: Text = None
    target_date: Date = None
    time_frame: Text = None
    mastery_criteria: Text = None


class Objective(Aim):
    """A short-term, measurable step toward a goal."""

    interventions: list[Intervention] = Field(default_factory=list)


class Goal(Aim):
    """A long-term goal; objectives and interventions hang under it."""

    domain: Text = None
    objectives: list[Objective] = Field(default_factory=list)
    interventions: list[Intervention] = Field(default_factory=list)


class Problem(Element):
    """A problem or need the plan addresses; its goals hang under it."""

    label: Text = None
    statement: Text = None
    goals: list[Goal] = Field(default_factory=list)


class ServiceRequest(Element):
    """A requested service: CPT/HCPCS code, how much and how often, and when."""

    code: Text = None
    description: Text = None
    modifiers: list[str] = Field(default_factory=list)
    units: Units = None
    amount: Amount | None = None
    frequency: Frequency | None = None
    hours_per_week: HoursPerWeek = None
    duration: Duration | None = None
    start: Date = None
    end: Date = None

    @model_validator(mode="before")
    @classmethod
    def _hours_from_phrases(cls, data: Any) -> Any:
        """Read "20 hours per week" given as an amount or frequency phrase into hours_per_week."""
        if isinstance(data, dict) and data.get("hours_per_week") is None:
            for key in ("amount", "frequency"):
                value = data.get(key)
                hours = parse_hours_per_week(value) if isinstance(value, str) else None
                if hours is not None:
                    return {**data, "hours_per_week": hours}
        return data


class Assessment(Element):
    """A standardized assessment: instrument, date given, scores."""

    instrument: Text = None
    date: Date = None
    scores: dict[str, str] = Field(default_factory=dict)
    administered_by: Text = None


class Review(Element):
    """A scheduled review or recertification (completed = False) or one that took place (completed = True)."""

    kind: Literal["review", "recertification", "progress-report"] = "review"
    date: Date = None
    completed: bool = False
    by: Text = None


class Signature(Element):
    """A signature block. `signed` is False for a blank or underscore-only line."""

    role: Annotated[SignatureRole, BeforeValidator(normalize_signature_role)] = "other"
    name: Text = None
    credential: Text = None
    npi: Text = None
    date: Date = None
    method: SignatureMethod = "unknown"
    signed: bool = True


class TextBlock(Element):
    """A passage of free text with an optional heading, kept for rules and reports that read prose."""

    heading: Text = None
    text: Text = None


class TreatmentPlan(Element):
    """A treatment plan / plan of care, as read from any supported format."""

    patient: Patient = Field(default_factory=Patient)
    payer: Text = None
    program: Text = None
    level_of_care: Text = None
    discipline: Annotated[Discipline | None, BeforeValidator(normalize_discipline)] = None
    providers: list[Provider] = Field(default_factory=list)
    admission_date: Date = None
    first_treatment_date: Date = None
    plan_date: Date = None
    period: Period | None = None
    expected_duration: Duration | None = None
    presenting_problem: Text = None
    diagnoses: list[Diagnosis] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)
    interventions: list[Intervention] = Field(default_factory=list)
    services: list[ServiceRequest] = Field(default_factory=list)
    assessments: list[Assessment] = Field(default_factory=list)
    reviews: list[Review] = Field(default_factory=list)
    signatures: list[Signature] = Field(default_factory=list)
    free_text: list[TextBlock] = Field(default_factory=list)

    # Iteration helpers used by rules; each yields the model path with the element.
    def iter_goals(self) -> Iterator[tuple[str, Goal]]:
        """Every goal with its model path, e.g. ("problems[0].goals[1]", goal)."""
        for p, problem in enumerate(self.problems):
            for g, goal in enumerate(problem.goals):
                yield f"problems[{p}].goals[{g}]", goal

    def iter_objectives(self) -> Iterator[tuple[str, Goal, Objective]]:
        """Every objective with its path and its goal."""
        for path, goal in self.iter_goals():
            for o, objective in enumerate(goal.objectives):
                yield f"{path}.objectives[{o}]", goal, objective

    def iter_interventions(self) -> Iterator[tuple[str, Intervention]]:
        """Every intervention anywhere in the plan, with its path."""
        for i, intervention in enumerate(self.interventions):
            yield f"interventions[{i}]", intervention
        for path, goal in self.iter_goals():
            for i, intervention in enumerate(goal.interventions):
                yield f"{path}.interventions[{i}]", intervention
            for o, objective in enumerate(goal.objectives):
                for i, intervention in enumerate(objective.interventions):
                    yield f"{path}.objectives[{o}].interventions[{i}]", intervention

    @property
    def primary_diagnoses(self) -> list[Diagnosis]:
        """The primary diagnosis as a one-item list (empty when there is none), for rule paths."""
        primary = self.primary_diagnosis()
        return [primary] if primary is not None else []

    def primary_diagnosis(self) -> Diagnosis | None:
        """The diagnosis flagged primary, else the first listed."""
        for diagnosis in self.diagnoses:
            if diagnosis.primary:
                return diagnosis
        return self.diagnoses[0] if self.diagnoses else None

    @property
    def scheduled_reviews(self) -> list[Review]:
        """Reviews and recertifications that are planned, not yet done."""
        return [r for r in self.reviews if not r.completed]

    @property
    def completed_reviews(self) -> list[Review]:
        """Reviews, recertifications and progress reports that took place."""
        return [r for r in self.reviews if r.completed]

    @property
    def goals(self) -> list[Goal]:
        """All goals of all problems, in document order."""
        return [goal for _, goal in self.iter_goals()]

    @property
    def objectives(self) -> list[Objective]:
        """All objectives of all goals, in document order."""
        return [objective for _, _, objective in self.iter_objectives()]
