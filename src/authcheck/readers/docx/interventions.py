"""Interventions: the treatments a plan lists, under a goal or objective or for the plan as a whole.

A line under an interventions heading is one treatment or a short list of them ("Therapeutic exercise, manual
therapy, home exercise program"), cut into items unless it reads as one sentence; ticked boxes give one item
each. A treatment's own frequency, session amount and length ("Frequency: 3 times per week, 3 hours per
session") are read into it, and a coded treatment stated with its quantity ("Family therapy (90847), twice a
month") is also a requested service. Plan-level treatments do not take the reading focus, so a "Frequency:"
line after them is the plan's.

A mixin of the DOCX plan builder (see docx.build): it reads and writes the builder's state.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from authcheck.model import (
    Goal,
    Intervention,
    Objective,
    Problem,
    SourceLocation,
)
from authcheck.parsing import find_dates, parse_amount, parse_duration, parse_frequency
from authcheck.readers.docx.fields.services import fill_missing_quantities, without_dated_changes
from authcheck.readers.docx.goal_phrases import GOAL_WORDS, split_items
from authcheck.readers.docx.label_split import Segment
from authcheck.readers.docx.labels import element_label, field_key, subfield_key
from authcheck.readers.phrases import (
    QUANTITY_SPLIT,
    ServiceText,
    blank_value,
    checked_options,
    fill_quantities,
    find_service_codes,
    parse_service,
)
from authcheck.readers.docx.sections import match_section
from authcheck.readers.docx.signatures import names_a_person
from authcheck.readers.docx.state import BuilderState, Line

__all__ = ["InterventionsMixin", "all_interventions"]


# a typed outline letter or numeral alone ("A.", "IV.", "(b)"): an item's marker, no treatment
_BARE_OUTLINE_MARK = re.compile(r"\(?(?:[A-Za-z]|[IVX]{1,4}|\d{1,2})[.)]")

_CHECKBOX = re.compile(r"[☐□☒☑]|\[\s?[xX✓✔]?\s?\]")


# the names of treatments, which a plan's title words ("Treatment plan: ...") may introduce as their list
_TREATMENT_NAMES = re.compile(
    r"\b(?:therap(?:y|ies|eutic)|training|re-?education|exercises?|education|counsel(?:l)?ing|psychotherapy|"
    r"mobili[sz]ation|modalit(?:y|ies)|techniques?|interventions?|instruction|management|program|CBT|DBT|EMDR|ABA)\b",
    re.I,
)

# a short title then a wide gap (two spaces or a tab) opening a line: "Plan  Therapeutic exercise (97110), ..."
_GAPPED_TITLE = re.compile(r"(?P<label>[A-Za-z][\w/&'’ -]{1,40}?)(?:\s{2,}|\t+)(?=\S)")

# an upper-case caption in a fixed-width print, then one space and words in lower case ("STRATEGY Group counseling")
_CAPS_CAPTION = re.compile(r"(?P<label>[A-Z]{3,}(?:[ /&]+[A-Z]{3,})?)\s+(?=[A-Z]?[a-z])")

# a line of identifiers ("(NPI Morrow 1227095688 / Haddad 1267409153)"): no treatment
_IDENTIFIERS = re.compile(r"\bNPI\b|\b\d{9,}\b", re.I)


# a discipline's own orders in a home-health or therapy plan, one after another on a line ("SN: teach insulin pen use,
# glucose meter; assess BP. MSW: transportation resources. HHA: bathing.")
_DISCIPLINE_ORDER = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<who>\b(?:SN|RN|LPN|PT|PTA|OT|COTA|ST|SLP|MSW|HHA|CNA)\b|(?i:skilled\s+nursing|nursing|"
    r"physical\s+therapy|occupational\s+therapy|speech(?:[\s-]+language)?\s+(?:therapy|pathology)|"
    r"medical\s+social\s+(?:work|services?)|social\s+work|home\s+health\s+aide|aide\s+services|aide))\s*:\s*"
)


# a list item: a short phrase of a few words
_SHORT_ITEM = re.compile(r"^[A-Za-z][\w/'’-]*(?:\s+[\w/'’()-]+){0,5}$")


def _list_items(text: str) -> list[str]:
    """ "Therapeutic exercise, manual therapy, home exercise program." -> three items; a sentence stays whole.

    Lists of service codes ("A (97530), B (97112) and C (97535)") are cut at their commas and "and"s.
    """
    stripped = text.strip().rstrip(".;")
    if len(find_service_codes(stripped)) >= 2:
        parts = [
            p for p in re.split(r",\s+(?:and\s+)?|\s+and\s+(?=[^,]*\(\s*\w*\s*\d)", stripped) if p.strip()
        ]
        if all(find_service_codes(p) for p in parts):
            return [p.strip() for p in parts]
        if all(len(p.split()) <= 6 and not GOAL_WORDS.search(p) for p in parts):
            return [p.strip() for p in parts]  # "97110 therapeutic exercise, 97140 manual therapy, home program"
    # "A, B and C" / "A, B, and C": commas part the items, "and" only the last two ("Exposure and response
    # prevention" is one treatment); a part that is a quantity ("weekly", "45 minutes") belongs to the sentence
    parts = [p.strip() for p in re.split(r",\s+|;\s+", stripped) if p.strip()]
    if len(parts) >= 2:
        last = re.sub(r"^(?:and|or)\s+", "", parts[-1])
        tail = re.split(r"\s+and\s+", last)
        parts[-1:] = [tail[0]] if len(tail) == 1 else [" and ".join(tail[:-1]), tail[-1]]
    if (
        len(parts) >= 3
        and "," in stripped
        and all(_SHORT_ITEM.match(p) and not GOAL_WORDS.search(p) for p in parts)
        and not any(parse_frequency(p) or parse_amount(p) or parse_duration(p) for p in parts)
    ):
        return parts
    return [text.strip()]


def _all_quantified(services: list[ServiceText]) -> bool:
    """True when every coded service of a phrase states a quantity (its own, or one written once for the list):
    "A (97110), B (97140), C (97763) as needed" is a list of treatments, not three requested services."""
    coded = [s for s in services if s.code]
    return bool(coded) and all(s.has_quantity for s in coded)


def _services_heading(key: str | None, title: str | None) -> bool:
    """A heading over requested services: a services section, or a treatments section whose title names the
    services too ("Modalities / Services", "Interventions and Services")."""
    return key == "services" or (key == "interventions" and bool(re.search(r"\bservices?\b", title or "", re.I)))


def all_interventions(
    problems: list[Problem], plan_level: list[Intervention]
) -> Iterator[tuple[Goal | Objective | None, Intervention]]:
    """Every intervention of the plan with the goal or objective it is written under (None for plan-level ones)."""
    for intervention in plan_level:
        yield None, intervention
    for problem in problems:
        for goal in problem.goals:
            for intervention in goal.interventions:
                yield goal, intervention
            for objective in goal.objectives:
                for intervention in objective.interventions:
                    yield objective, intervention


class InterventionsMixin(BuilderState):
    """Interventions under goals and for the plan, their quantities, and the services they also request."""

    # the letters of a SOAP note's run-in captions met so far ("S:", "O:", "A:"), for its "P:" line
    _soap_letters: frozenset[str] = frozenset()

    def _note_soap(self, label: str | None) -> None:
        if label is not None and label.strip() in ("S", "O", "A"):
            self._soap_letters = self._soap_letters | {label.strip()}

    def _new_intervention(
        self, label: str | None, text: str, loc: SourceLocation, *, attach_to_goal: bool, focus: bool = True
    ) -> Intervention:
        text = text.strip()
        intervention = Intervention(label=label, description=text or None, source=loc)
        self._quantities_into(intervention, text, loc)
        codes = find_service_codes(text)
        if codes:
            intervention.service_code = codes[0][0]
        responsible = re.search(
            r"\b(?:responsible|provided\s+by|delivered\s+by|implemented\s+by|by)\s*:?\s*"
            r"(?P<who>(?:the\s+)?(?:[A-Z][\w/-]+|therapist|clinician|counselor|bcba|rbt|staff|"
            r"case manager|caregiver|parent|nurse|psychiatrist|prescriber|pt|ot|slp)(?:[\s,]+[A-Z][\w/-]+)*)",
            text,
            re.I,
        )
        if responsible and re.search(
            r"responsible|provided|delivered|implemented", responsible.group(0), re.I
        ):
            intervention.responsible_staff = responsible.group("who").strip(" ,")
        if label and not attach_to_goal and focus and codes and _services_heading(self.section.key, self.section.title):
            self._labelled_coded_service(text, loc)
        if attach_to_goal and self.goal is not None:
            target = (
                self.objective
                if self.objective is not None and label and re.search(r"\d+[a-z]\.\d", label)
                else None
            )
            (target or self.goal).interventions.append(intervention)
        else:
            self.interventions.append(intervention)
        if focus:
            self.intervention = intervention
            self.focus = "intervention"
        return intervention

    def _labelled_coded_service(self, text: str, loc: SourceLocation) -> None:
        """ "Modality 2: Group psychotherapy, CPT 90853 — trauma-skills group, weekly, for 12 weeks" under a services
        heading: a treatment element that names its code and how often or how long each session is, is also a
        requested service (as written: a quantity it leaves out stays missing). Codes already requested are not
        requested twice."""
        services = parse_service(text)
        if not _all_quantified(services):
            return
        requested = {s.code for s in self.services if s.code}
        for item in services:
            if item.code and item.code not in requested:
                self._service_from(item, loc)  # type: ignore[attr-defined]

    def _plan_interventions(self, value: str, loc: SourceLocation, *, label: str | None = None) -> None:
        """A plan-level list of treatments ("Interventions: A (97110), B (97140), home program"): one intervention
        each; a coded one stated with its frequency or session length is also a requested service. They do not
        take the focus, so a "Frequency:" line after them is read as the plan's."""
        services = parse_service(value) if find_service_codes(value) else []
        quantified = _all_quantified(services)
        if quantified:
            for item in services:
                self._service_from(item, loc)  # type: ignore[attr-defined]
        pieces = split_items(value)
        if len(pieces) == 1 and not quantified:
            pieces = _list_items(pieces[0])
        for piece in pieces:
            self._new_intervention(label, piece, loc, attach_to_goal=False, focus=False)

    def _quantities_into(self, intervention: Intervention, text: str, loc: SourceLocation) -> None:
        found = parse_service(text)
        if not found:
            return
        fill_missing_quantities(intervention, found[0], loc)

    def _intervention_quantities(
        self, target: Intervention, sub: str, value: str, loc: SourceLocation
    ) -> None:
        """ "Frequency: 3 times per week, 3 hours per session" sets the frequency and the amount."""
        found = ServiceText()
        fill_quantities(QUANTITY_SPLIT.split(value), found)
        stated = ServiceText(frequency=found.frequency, amount=found.amount, duration=found.duration)
        if sub == "time_frame":
            sub = "duration"
        if getattr(stated, sub) is None:
            setattr(stated, sub, value)  # kept as written even when it states no number
        fill_missing_quantities(target, stated, loc)

    def _quantities_beside_code(self, target: Intervention, rest: str, loc: SourceLocation) -> None:
        """ "CPT: 90837 (60 min)": the quantities written after an intervention's code, where it states none yet."""
        found = ServiceText()
        fill_quantities(QUANTITY_SPLIT.split(rest), found)
        stated = ServiceText(frequency=found.frequency, amount=found.amount, duration=found.duration)
        fill_missing_quantities(target, stated, loc)  # (not `found`: an end date here is no treatment's length)

    def _service_or_its_facts(self, item: ServiceText, loc: SourceLocation) -> None:
        """A coded service with its quantities; when the service being read under the same heading names nothing
        yet ("Frequency: 1x/week" before "Session: 45 min (90834)"), the line completes that one."""
        current = self.service
        if (
            current is not None
            and current.code is None
            and current.description is None
            and current.source is not None
            and current.source.section == loc.section
            and not (item.frequency and current.frequency)
            and not (item.amount and current.amount)
        ):
            current.code, current.modifiers = item.code, item.modifiers
            fill_missing_quantities(current, item, loc)
            if item.description:
                current.description = item.description
            return
        self._service_from(item, loc)  # type: ignore[attr-defined]

    def _section_named_value(self, line: Line, segments: list[Segment]) -> bool:
        """ "Plan: therapeutic exercise 97110, manual therapy 97140. Frequency: 2x/wk": a run-in label that is the
        title of an interventions section, with the treatments as its value; the labels after it are read as usual."""
        first = segments[0]
        label = (first.label or "").strip()
        if not label or blank_value(first.value) or subfield_key(label) or element_label(f"{label}: x"):
            return False
        match = match_section(label)
        plan_named = (
            match.key == "title"  # "Treatment plan: therapeutic exercise (97110), gait training ..." inside the plan
            and self._content_entered
            and bool(find_service_codes(first.value) or _TREATMENT_NAMES.search(first.value))
            and not GOAL_WORDS.search(first.value)
            and not any(True for _ in find_dates(first.value))  # "Plan of care: 01/06/2026" is the plan's date
        )
        soap_plan = (
            # "P: 2x/wk x 8 wks. 97110, 97140. Core stabilization, HEP." after "S:", "O:" and "A:" lines: the Plan
            # of a SOAP note, the treatments ordered
            label in ("P", "Plan") and len(self._soap_letters & {"S", "O", "A"}) >= 2
            and bool(find_service_codes(first.value) or (
                _TREATMENT_NAMES.search(first.value) and not GOAL_WORDS.search(first.value)))
        )
        if soap_plan:
            plan_named = True
        if field_key(label) and not plan_named:
            return False
        if (match.key != "interventions" and not plan_named) or (match.score < 95 and not soap_plan):
            return False
        self._plan_interventions(first.value, line.loc(f"{label}: {first.value}", first.value_start))
        if len(segments) > 1 and not self._fields(line, segments[1:], line.text.strip()):  # type: ignore[attr-defined]
            for seg in segments[1:]:
                self._free(line, f"{seg.label}: {seg.value}" if seg.label else seg.value)
        return True

    def _gapped_section_value(self, line: Line, core: str) -> bool:
        """ "Plan  Therapeutic exercise (97110), manual therapy (97140)" (a numbered form item with no colon): the title
        of an interventions section, a wide gap, then treatments named by code or kind; read as "Plan: ..."."""
        if self._caps_caption_intervention(line, core):
            return True
        match = _GAPPED_TITLE.match(core)
        if match is None:
            return False
        value = core[match.end() :].strip()
        if not (find_service_codes(value) or _TREATMENT_NAMES.search(value)) or GOAL_WORDS.search(value):
            return False
        return self._section_named_value(line, [Segment(match.group("label").strip(), value, 0, match.end())])

    def _caps_caption_intervention(self, line: Line, core: str) -> bool:
        """ "STRATEGY Group counseling 4x/week; individual counseling 1x/week" in a fixed-width print: an upper-case
        caption of a treatment element (as "Strategy:" would be) filling its column, one space, then the treatments
        named by code or kind or stated with how often; read as "STRATEGY: ..." under the goal in focus."""
        match = _CAPS_CAPTION.match(core)
        if match is None:
            return False
        caption, value = match.group("label"), core[match.end() :].strip()
        label = element_label(f"{caption}: {value}")
        if label is None or label.kind != "intervention" or GOAL_WORDS.search(value):
            return False
        frequency = parse_frequency(value)
        if not (find_service_codes(value) or _TREATMENT_NAMES.search(value) or (frequency and frequency.count)):
            return False
        text = f"{caption}: {value}"
        self._element(label, line, text, [Segment(caption, value, 0, len(caption) + 2)], None, None)  # type: ignore[attr-defined]
        return True

    def _discipline_orders(self, line: Line, core: str) -> bool:
        """ "SN: teach insulin pen use, glucose meter; assess BP. MSW: transportation resources. HHA: bathing.": what
        each discipline will do, one plan-level intervention each with the discipline as its staff. An order stating
        its own frequency or code is left to the services reading; "PT: Jo Lee, DPT" names a person, not a treatment."""
        starts = list(_DISCIPLINE_ORDER.finditer(core))
        if not starts or starts[0].start() != 0:
            return False
        pieces = [
            (match.group("who"), core[match.end() : following.start() if following else len(core)].strip(" .;,"))
            for match, following in zip(starts, [*starts[1:], None], strict=True)
        ]
        for _, text in pieces:
            if (
                blank_value(text)
                or len(text) < 4
                or names_a_person(text)
                or re.search(r"\bwill\b|\d", text)  # "PT: Pt will ambulate ...": a goal; numbers: its quantities
                or find_service_codes(text)
            ):
                return False
        loc = line.loc(core)
        for who, text in pieces:
            item = self._new_intervention(None, f"{who}: {text}", loc, attach_to_goal=False, focus=False)
            item.responsible_staff = item.responsible_staff or who
        return True

    def _intervention_text(self, line: Line, core: str, marker: str | None, depth: int | None) -> bool:
        """A line under an interventions heading: one intervention, or a short list of them ("A, B and C").

        A line naming a service code with its frequency or amount ("Family therapy (90847), twice a month")
        is also a requested service.
        """
        if blank_value(core):
            return True  # a fill line left for the treatments to be written on
        if _BARE_OUTLINE_MARK.fullmatch(core.strip()):
            return True  # "A." before "Type: CBT" in a typed outline: the item's letter, no treatment
        core = without_dated_changes(core)  # "... CBT. Frequency reduced to weekly on 10/27/2025.": history
        if not core:
            return True
        if _IDENTIFIERS.search(core) and not find_service_codes(core):
            return False
        loc = line.loc(core)
        ticked = _CHECKBOX.search(core) is not None
        if ticked:
            core = checked_options(core).strip()  # "[X] CBT  [ ] DBT": the treatments ticked, one item each
            if blank_value(core):
                return True
        services = parse_service(core) if find_service_codes(core) else []
        if _all_quantified(services):
            for item in services:
                self._service_or_its_facts(item, loc)
        elif services and not ticked:
            self._services_with_labelled_quantities(line, core, services)
        if ticked:
            items = [piece.strip() for piece in core.split(";") if piece.strip()]
        else:
            items = _list_items(core)
        for item in items:
            self._new_intervention(marker, item, loc, attach_to_goal=False, focus=False)
        self.focus = None
        return True


    def _services_with_labelled_quantities(self, line: Line, core: str, services: list[ServiceText]) -> None:
        """ "Treatment of speech ... (92507) and swallowing (92526). Frequency: 3x/week. Duration: 12 weeks.": coded
        treatments whose quantities are labelled after them on the same line (read there as the line's facts) are
        the services the line requests, each with those quantities. Coded treatments the line gives no quantity
        stay treatments only."""
        full = line.text.strip()
        start = full.find(core.strip())
        if start < 0 or len(full) <= start + len(core.strip()):
            return
        rest = full[start:]
        whole = parse_service(rest)
        if not _all_quantified(whole) or {s.code for s in whole if s.code} != {s.code for s in services if s.code}:
            return
        loc = line.loc(rest)
        for item in whole:
            self._service_or_its_facts(item, loc)
