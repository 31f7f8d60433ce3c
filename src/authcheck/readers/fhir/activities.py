"""Interventions, services and scheduled reviews from CarePlan.activity and ServiceRequests.

- activity.detail -> Intervention (label from the code, CPT/HCPCS -> service_code, description,
  frequency/amount/duration from scheduled[x] or quantity, performers -> responsible_staff); under
  each goal named in detail.goal, else at plan level. Cancelled, stopped, entered-in-error and
  doNotPerform activities are skipped. One about a plan review, recertification or progress report
  (and without a service code) becomes a Review instead.
- activity.reference -> ServiceRequest (in `services`) with a matching Intervention, since the plan
  lists it as an activity; -> MedicationRequest: an Intervention with modality "medication".
- ServiceRequests based on the plan, and unlinked ones when the file holds only this plan, go to
  `services` only.
- A ServiceRequest that schedules a plan review, recertification or progress report (its code text says so;
  no CPT/HCPCS code, quantity or repeating timing) becomes a Review dated by its occurrence, not a service.
"""

from __future__ import annotations

import re
from typing import Any

from authcheck.model import Amount, Frequency, Goal, Intervention, Review, ServiceRequest, SourceLocation
from authcheck.parsing import parse_frequency
from authcheck.readers.fhir.conditions import Diagnoses
from authcheck.readers.fhir.context import BuildContext
from authcheck.readers.fhir.doc import Path, each
from authcheck.readers.fhir.index import Res
from authcheck.readers.fhir.schedule import quantities, quantity_amount, schedule, service_code
from authcheck.readers.fhir.values import cc_text, duration_unit, number, text, timing_parts, value_text

__all__ = ["Activities"]

_SKIP_ACTIVITY_STATUS = {"cancelled", "entered-in-error", "stopped"}
_SKIP_REQUEST_STATUS = {"revoked", "entered-in-error"}
_REVIEW_TEXT = re.compile(
    r"(?P<recert>re-?certification|re-?certify)|(?P<progress>progress report)|"
    # "Progress review and reauthorization", "Six-month progress review": the plan's progress is reviewed
    r"(?P<progress_review>\bprogress\s+review)|"
    # "Treatment plan review", "Treatment plan progress review", "Review of the care plan", "Plan review"
    r"(?P<review>(?:treatment|care|service)\s+plan\s+(?:[a-z]+\s+)?(?:review|update)|review\s+(?:of\s+)?(?:the\s+)?"
    r"(?:treatment\s+|care\s+)?plan|plan\s+review)",
    re.IGNORECASE,
)


def _not_done(value: Any) -> bool:
    return value in (True, "true")


def _review_kind(match: re.Match[str]) -> str:
    """The kind of review a _REVIEW_TEXT match names: a recertification, a progress report, or a review."""
    return "recertification" if match.group("recert") else "progress-report" if match.group("progress") else "review"


class Activities:
    """Reads the plan's activities; collects services and reviews on the way."""

    def __init__(self, ctx: BuildContext, diagnoses: Diagnoses) -> None:
        self.ctx = ctx
        self.diagnoses = diagnoses
        self.services: list[ServiceRequest] = []
        self.reviews: list[Review] = []
        self._requests: list[Res] = []

    def read(self, goals: dict[Res, Goal]) -> list[Intervention]:
        """The plan-level interventions; goal-level ones are appended to `goals`."""
        plan = self.ctx.careplan
        plan_level: list[Intervention] = []
        if plan is not None:
            for activity, apath in each(plan.data, "activity", plan.path):
                if isinstance(activity, dict):
                    self._activity(activity, apath, plan, goals, plan_level)
        self._other_requests()
        return plan_level

    def _activity(
        self,
        activity: dict[str, Any],
        apath: Path,
        plan: Res,
        goals: dict[Res, Goal],
        plan_level: list[Intervention],
    ) -> None:
        built: Intervention | Review | None = None
        goal_refs: list[Any] = []
        detail = activity.get("detail")
        if isinstance(detail, dict):
            built = self._detail(detail, (*apath, "detail"), plan)
            goal_refs = [r for r, _ in each(detail, "goal", ())]
        ref = activity.get("reference")
        if ref is not None and built is None:
            target = self.ctx.index.resolve(ref, plan)
            if target is not None and target.type == "ServiceRequest":
                built = self._add_request(target)
            elif target is not None and target.type == "MedicationRequest":
                built = self._medication(target)
            elif isinstance(ref, dict) and text(ref.get("display")):
                built = Intervention(
                    description=text(ref["display"]),
                    source=self.ctx.loc((*apath, "reference"), text(ref["display"])),
                )
        if isinstance(built, Review):
            self.reviews.append(built)
        elif built is not None:
            targets = [g for g in self.ctx.index.resolve_all(goal_refs, plan) if g in goals]
            for goal in targets:
                goals[goal].interventions.append(built.model_copy(deep=True))
            if not targets:
                plan_level.append(built)

    def _detail(self, detail: dict[str, Any], dpath: Path, plan: Res) -> Intervention | Review | None:
        if text(detail.get("status")) in _SKIP_ACTIVITY_STATUS or _not_done(detail.get("doNotPerform")):
            return None
        ctx = self.ctx
        code_cc = detail.get("code")
        label = cc_text(code_cc) or cc_text(detail.get("productCodeableConcept"))
        if not label and isinstance(detail.get("productReference"), dict):
            label = text(detail["productReference"].get("display"))
        description = text(detail.get("description"))
        code, code_path = service_code(ctx, code_cc, (*dpath, "code"), description, label)
        if not (label or description or code):
            return None
        found = schedule(detail, dpath, "scheduled")
        review = self._review(label, description, code, found, detail, dpath)
        if review is not None:
            return review
        amounts = quantities(ctx, found, [description], (*dpath, "description"))
        if "amount" not in amounts:
            amount = quantity_amount(detail.get("quantity"))
            if amount:
                amounts["amount"] = Amount.model_validate(amount)
                amounts["amount"].source = ctx.loc((*dpath, "quantity"), amounts["amount"].text)
        staff = ctx.staff(list(each(detail, "performer", dpath)), plan, "performer")
        self.diagnoses.add_reasons(detail, dpath, plan)
        code_source = (
            (code_path, code) if code_path else (((*dpath, "description"), description) if code else None)
        )
        sources = ctx.sources(
            label=((*dpath, "code"), label) if cc_text(code_cc) else None,
            description=((*dpath, "description"), description) if description else None,
            service_code=code_source,
            responsible_staff=((*dpath, "performer"), staff) if staff else None,
        )
        return Intervention(
            label=label,
            description=description,
            service_code=code,
            responsible_staff=staff,
            **amounts,
            source=ctx.loc(dpath, label or description),
            field_sources=sources,
        )

    def _review(
        self,
        label: str | None,
        description: str | None,
        code: str | None,
        found: dict[str, Any],
        detail: dict[str, Any],
        dpath: Path,
    ) -> Review | None:
        if code:
            return None
        match = _REVIEW_TEXT.search(" ".join(t for t in (label, description) if t))
        if not match:
            return None
        kind = _review_kind(match)
        date = found.get("event") or found.get("start") or found.get("end")
        sources = {}
        for key in ("scheduledPeriod", "scheduledTiming", "scheduledString"):
            if key in detail and date:
                sources["date"] = self.ctx.loc((*dpath, key))
        return Review(
            kind=kind,
            date=date,
            completed=text(detail.get("status")) == "completed",
            source=self.ctx.loc(dpath, label or description),
            field_sources=sources,
        )

    def _add_request(self, res: Res) -> Intervention | None:
        if res in self._requests:
            return None
        self._requests.append(res)
        review = self._request_review(res)
        if review is not None:
            self.reviews.append(review)
            return None
        built = self._request(res)
        if built is None:
            return None
        self.services.append(built[0])
        return built[1]

    def _request(self, res: Res) -> tuple[ServiceRequest, Intervention] | None:
        data = res.data
        if text(data.get("status")) in _SKIP_REQUEST_STATUS or _not_done(data.get("doNotPerform")):
            return None
        ctx = self.ctx
        code, code_path = service_code(ctx, data.get("code"), res.at("code"))
        description = cc_text(data.get("code"))
        found = schedule(data, res.path, "occurrence")
        amounts = quantities(ctx, found, [], res.path)
        units, sources = self._units(res, amounts)
        if "frequency" not in amounts:
            self._as_needed(res, amounts, sources) or self._prn_frequency(res, amounts, sources)
        hours = None
        freq, amount = amounts.get("frequency"), amounts.get("amount")
        if freq is not None and amount is not None and freq.per_week() and amount.minutes:
            hours = round(freq.per_week() * (amount.minutes_max or amount.minutes) / 60, 2)
        self.diagnoses.add_reasons(data, res.path, res)
        staff = ctx.staff(list(each(data, "performer", res.path)), res, "performer")
        if data.get("requester"):
            ctx.staff([(data.get("requester"), res.at("requester"))], res, "requester")
        if description:
            sources["description"] = ctx.loc(res.at("code"), description)
        if code_path:
            sources["code"] = ctx.loc(code_path, code)
        service = ServiceRequest(
            code=code,
            description=description,
            units=units,
            hours_per_week=hours,
            start=found.get("start"),
            end=found.get("end"),
            **amounts,
            source=ctx.loc(res.path, description or code),
            field_sources=sources,
        )
        mirror_sources = {}
        if "code" in sources:
            mirror_sources["service_code"] = sources["code"]
        if "description" in sources:
            mirror_sources["label"] = sources["description"]
        mirror = Intervention(
            label=description,
            service_code=code,
            responsible_staff=staff,
            **{k: v.model_copy() for k, v in amounts.items()},
            source=ctx.loc(res.path, description or code),
            field_sources=mirror_sources,
        )
        return service, mirror

    def _request_review(self, res: Res) -> Review | None:
        """A ServiceRequest that schedules a review of the plan rather than a service to be billed: no CPT/HCPCS
        code, nothing asked for in quantity, and its code text (or, without one, its category) names a plan
        review, recertification or progress report ("Treatment plan progress review and reassessment", "Progress
        report and plan review"). Its occurrence date is the review's date."""
        data = res.data
        if text(data.get("status")) in _SKIP_REQUEST_STATUS or _not_done(data.get("doNotPerform")):
            return None
        if any(key.startswith("quantity") for key in data):
            return None
        words = cc_text(data.get("code")) or " ".join(
            t for t in (cc_text(c) for c, _ in each(data, "category", ())) if t
        )
        match = _REVIEW_TEXT.search(words or "")
        if not match:
            return None
        found = schedule(data, res.path, "occurrence")
        if "frequency" in found or "amount" in found:
            return None
        if service_code(self.ctx, data.get("code"), res.at("code"), words)[0]:
            return None
        kind = _review_kind(match)
        date = found.get("event") or found.get("start") or found.get("end")
        sources = {}
        key = next((k for k in ("occurrenceDateTime", "occurrencePeriod", "occurrenceTiming") if k in data), None)
        if date and key:
            sources["date"] = self.ctx.loc(res.at(key), text(data.get(key)) if key == "occurrenceDateTime" else None)
        return Review(
            kind=kind,
            date=date,
            completed=text(data.get("status")) == "completed",
            source=self.ctx.loc(res.path, words),
            field_sources=sources,
        )

    def _as_needed(self, res: Res, amounts: dict[str, Any], sources: dict[str, SourceLocation]) -> bool:
        """An as-needed order (asNeededBoolean true, or asNeededCodeableConcept naming when) whose
        occurrenceTiming.repeat.count (or countMax) caps how many times it may be done: a PRN frequency
        with that limit. Without a count the order has no limit and nothing is set here."""
        data = res.data
        as_needed = data.get("asNeededBoolean") in (True, "true") or isinstance(
            data.get("asNeededCodeableConcept"), dict
        )
        timing = data.get("occurrenceTiming")
        repeat = timing.get("repeat") if isinstance(timing, dict) else None
        if not as_needed or not isinstance(repeat, dict):
            return False
        key = "countMax" if number(repeat.get("countMax")) else "count"
        limit = number(repeat.get(key))
        if not limit or limit <= 0:
            return False
        reason = cc_text(data.get("asNeededCodeableConcept"))
        written = f"as needed, up to {limit:g} times" + (f" ({reason})" if reason else "")
        where = self.ctx.loc(res.at("occurrenceTiming", "repeat", key), text(repeat.get(key)))
        amounts["frequency"] = Frequency(text=written, prn=True, prn_limit=limit, source=where)
        sources["frequency"] = where
        return True

    def _prn_frequency(self, res: Res, amounts: dict[str, Any], sources: dict[str, SourceLocation]) -> None:
        """An as-needed order whose limit is written only in words ("Skilled nursing PRN x 2" as the code's text
        or in a note): the words give the frequency, as they would on a paper order."""
        data = res.data
        candidates: list[tuple[str | None, Path]] = [(cc_text(data.get("code")), res.at("code"))]
        candidates += [(text(note.get("text")), path) for note, path in each(data, "note", res.path)
                       if isinstance(note, dict)]
        for written, path in candidates:
            if not written:
                continue
            parsed = parse_frequency(written)
            if parsed is not None and parsed.prn and parsed.prn_limit is not None:
                amounts["frequency"] = Frequency(text=written, prn=True, prn_limit=parsed.prn_limit,
                                                 source=self.ctx.loc(path, written))
                sources["frequency"] = self.ctx.loc(path, written)
                return

    def _units(self, res: Res, amounts: dict[str, Any]) -> tuple[float | None, dict[str, SourceLocation]]:
        """quantityQuantity / quantityRange (upper end) -> units; a quantityRatio per time -> frequency."""
        data = res.data
        units = None
        sources: dict[str, SourceLocation] = {}
        quantity = data.get("quantityQuantity")
        if isinstance(quantity, dict) and number(quantity.get("value")) is not None:
            units = number(quantity.get("value"))
            sources["units"] = self.ctx.loc(res.at("quantityQuantity"), text(quantity.get("value")))
        rng = data.get("quantityRange")
        if (
            isinstance(rng, dict)
            and isinstance(rng.get("high"), dict)
            and number(rng["high"].get("value")) is not None
        ):
            units = number(rng["high"].get("value"))
            sources["units"] = self.ctx.loc(res.at("quantityRange"))
        ratio = data.get("quantityRatio")
        if isinstance(ratio, dict) and "frequency" not in amounts:
            num, den = ratio.get("numerator"), ratio.get("denominator")
            per = duration_unit(den) if isinstance(den, dict) else None
            count = number(num.get("value")) if isinstance(num, dict) else None
            den_value = number(den.get("value")) if isinstance(den, dict) else None
            if count and per in ("day", "week", "month", "year") and den_value:
                amounts["frequency"] = Frequency(
                    text=value_text(data, "quantity")[0],
                    count=count / den_value,
                    per=per,
                    source=self.ctx.loc(res.at("quantityRatio")),
                )
        return units, sources

    def _medication(self, res: Res) -> Intervention | None:
        data = res.data
        if text(data.get("status")) in ("cancelled", "entered-in-error", "stopped"):
            return None
        label = cc_text(data.get("medicationCodeableConcept"))
        if not label and isinstance(data.get("medicationReference"), dict):
            med = self.ctx.index.resolve(data["medicationReference"], res)
            label = cc_text(med.data.get("code")) if med else text(data["medicationReference"].get("display"))
        dosage, dpath = next(iter(each(data, "dosageInstruction", res.path)), (None, None))
        amounts: dict[str, Any] = {}
        description = None
        if isinstance(dosage, dict) and dpath is not None:
            description = text(dosage.get("text"))
            parts = timing_parts(dosage.get("timing"), (*dpath, "timing"))
            if parts.frequency:
                amounts["frequency"] = Frequency.model_validate(parts.frequency)
                amounts["frequency"].source = self.ctx.loc(parts.frequency_path or dpath)
        if not (label or description):
            return None
        return Intervention(
            label=label,
            description=description,
            modality="medication",
            **amounts,
            source=self.ctx.loc(res.path, label),
        )

    def _other_requests(self) -> None:
        """ServiceRequests based on the plan, or unlinked ones when the file holds only this plan."""
        ctx = self.ctx
        for res in ctx.of_type("ServiceRequest"):
            if res in self._requests:
                continue
            based = ctx.careplan is not None and any(
                ctx.index.refers_to(r, res, ctx.careplan) for r, _ in each(res.data, "basedOn", ())
            )
            if based or (ctx.only_plan and res not in ctx.claimed):
                self._add_request(res)
