"""Dates and intervals: `deadline`, `review_interval`, `review_overdue`, `duration_limit`, `plan_age`, `date_consistency`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Literal

from pydantic import Field, field_validator, model_validator

from authcheck.parsing import parse_duration
from authcheck.rules.checks.base import CheckContext, CheckParams, Hit, register
from authcheck.rules.paths import element_at, field_label, validate_path

__all__ = [
    "DateConsistencyParams",
    "DeadlineParams",
    "DurationLimitParams",
    "PlanAgeParams",
    "ReviewIntervalParams",
    "ReviewOverdueParams",
    "add_months",
]

DATE_PATHS = ("plan_date", "admission_date", "first_treatment_date", "period.start", "period.end")


def add_months(start: dt.date, months: int) -> dt.date:
    """Calendar months later, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise ValueError("unreachable")


def _add(start: dt.date, value: float, unit: str) -> dt.date:
    if unit == "month" and float(value).is_integer():
        return add_months(start, int(value))
    if unit == "year" and float(value).is_integer():
        return add_months(start, int(value) * 12)
    days = value * {"day": 1, "week": 7, "month": 30.4375, "year": 365.25}[unit]
    return start + dt.timedelta(days=round(days))


def _date_at(ctx: CheckContext, path: str) -> dt.date | None:
    value = element_at(ctx.plan, path)
    return value if isinstance(value, dt.date) else None


def _check_date_path(path: str) -> str:
    validate_path(path)
    if path not in DATE_PATHS:
        raise ValueError(f"{path!r} is not a plan date; use one of: {', '.join(DATE_PATHS)}")
    return path


class DeadlineParams(CheckParams):
    """A date must fall within a number of days after an anchor date (both plan-level dates)."""

    date: str = Field(description="The date that must be timely, e.g. plan_date.")
    anchor: str = Field(description="The date the clock starts from, e.g. admission_date.")
    max_days: int | None = Field(default=None, ge=0, description="Calendar days allowed after the anchor.")
    max_days_by_level: dict[str, int] = Field(
        default_factory=dict,
        description="Days allowed by level of care (matched case-insensitively against the plan's level_of_care); "
        "used instead of max_days when the plan's level matches one.",
    )

    @field_validator("date", "anchor")
    @classmethod
    def _dates(cls, value: str) -> str:
        return _check_date_path(value)

    @model_validator(mode="after")
    def _some_limit(self) -> DeadlineParams:
        if self.max_days is None and not self.max_days_by_level:
            raise ValueError("give max_days, max_days_by_level, or both")
        return self


def _level_days(level: str | None, table: dict[str, int]) -> tuple[str, int] | None:
    if not level:
        return None
    wanted = " ".join(re.sub(r"[^a-z0-9.]+", " ", level.lower()).split())
    best: tuple[str, int] | None = None
    for key, days in table.items():
        normal = " ".join(re.sub(r"[^a-z0-9.]+", " ", key.lower()).split())
        if normal and (normal in wanted or wanted in normal):
            if best is None or len(normal) > len(best[0]):
                best = (key, days)
    return best


@register(
    "deadline",
    DeadlineParams,
    provides={"date", "anchor_date", "days", "max_days", "due_date", "date_label", "anchor_label", "for_level"},
)
def check_deadline(ctx: CheckContext, params: DeadlineParams) -> Iterator[Hit]:
    """A plan date falls within N days after an anchor date (e.g. plan within 30 days of intake)."""
    date, anchor = _date_at(ctx, params.date), _date_at(ctx, params.anchor)
    if date is None or anchor is None:
        return  # missing dates are reported by `required` rules
    for_level = ""
    limit = params.max_days
    matched = _level_days(ctx.plan.level_of_care, params.max_days_by_level)
    if matched:
        for_level, limit = f" for {matched[0]}", matched[1]
    if limit is None:
        return
    days = (date - anchor).days
    if days > limit:
        yield Hit(
            path=params.date,
            fields={
                "date": date.isoformat(), "anchor_date": anchor.isoformat(), "days": days, "max_days": limit,
                "due_date": (anchor + dt.timedelta(days=limit)).isoformat(),
                "date_label": field_label(params.date), "anchor_label": field_label(params.anchor), "for_level": for_level,
            },
            evidence={"days": days, "max_days": limit, "level_of_care": ctx.plan.level_of_care},
        )


class ReviewIntervalParams(CheckParams):
    """Reviews or recertifications must come at most every N days."""

    max_days: int = Field(ge=1, description="Most calendar days allowed from the anchor to the next review and between reviews.")
    anchors: list[str] = Field(
        default_factory=lambda: ["plan_date"], description="Start dates to try in order; the first the plan gives is used."
    )
    include_period_end: bool = Field(
        default=False,
        description="Also treat the end of the plan/certification period as the date by which the next review falls.",
    )

    @field_validator("anchors")
    @classmethod
    def _anchors(cls, anchors: list[str]) -> list[str]:
        return [_check_date_path(a) for a in anchors]


@register("review_interval", ReviewIntervalParams, provides={"days", "max_days", "from_date", "to_date", "due_date", "what"})
def check_review_interval(ctx: CheckContext, params: ReviewIntervalParams) -> Iterator[Hit]:
    """The next review or recertification is no more than N days after the plan starts, and after each other."""
    anchor = next((d for d in (_date_at(ctx, a) for a in params.anchors) if d), None)
    if anchor is None:
        return
    dated = sorted(
        ((r.date, i) for i, r in enumerate(ctx.plan.reviews) if r.date and r.date > anchor),
        key=lambda pair: pair[0],
    )
    previous = anchor
    for date, index in dated:
        days = (date - previous).days
        if days > params.max_days:
            yield Hit(
                path=f"reviews[{index}]",
                fields={"days": days, "max_days": params.max_days, "from_date": previous.isoformat(), "to_date": date.isoformat(),
                        "due_date": (previous + dt.timedelta(days=params.max_days)).isoformat(), "what": "The time to the next review"},
                evidence={"days": days},
            )
            return
        previous = date
    period = ctx.plan.period
    if params.include_period_end and period and period.end:
        start = period.start or anchor
        days = (period.end - start).days
        if days > params.max_days:
            yield Hit(
                path="period",
                fields={"days": days, "max_days": params.max_days, "from_date": start.isoformat(), "to_date": period.end.isoformat(),
                        "due_date": (start + dt.timedelta(days=params.max_days)).isoformat(), "what": "The certification period"},
                quote=f"{start.isoformat()} to {period.end.isoformat()}",
                evidence={"days": days},
            )


class ReviewOverdueParams(CheckParams):
    """Whether, on the as-of date, a review is past due."""

    max_days: int | None = Field(
        default=None, ge=1,
        description="Also overdue when no review is scheduled after the as-of date and this many days have passed "
        "since the plan date or the last completed review.",
    )
    grace_days: int = Field(default=0, ge=0, description="Days of grace after a due date.")
    include_period_end: bool = Field(
        default=False,
        description="Also overdue when the plan/certification period has ended and no review or recertification "
        "after its end is recorded or scheduled.",
    )


@register("review_overdue", ReviewOverdueParams, provides={"due_date", "days_overdue", "what"})
def check_review_overdue(ctx: CheckContext, params: ReviewOverdueParams) -> Iterator[Hit]:
    """No scheduled review date has passed (as of the check date) without a completed review."""
    plan = ctx.plan
    completed = [r.date for r in plan.completed_reviews if r.date]
    period_start = plan.period.start if plan.period else None
    for index, review in enumerate(plan.reviews):
        if review.completed or review.date is None:
            continue
        if period_start is not None and review.date <= period_start:
            continue  # "Recert date: 03/03" before a period starting 03/06: the review this period came from
        due = review.date + dt.timedelta(days=params.grace_days)
        if due < ctx.as_of and not any(done >= review.date - dt.timedelta(days=7) for done in completed):
            yield Hit(
                path=f"reviews[{index}]",
                fields={"due_date": review.date.isoformat(), "days_overdue": (ctx.as_of - review.date).days,
                        "what": "The review"},
                evidence={"due_date": review.date.isoformat()},
            )
            return
    period_end = plan.period.end if plan.period else None
    if params.include_period_end and period_end is not None:
        ended = period_end + dt.timedelta(days=params.grace_days) < ctx.as_of
        renewed = any(done >= period_end - dt.timedelta(days=7) for done in completed) or any(
            r.date and r.date >= ctx.as_of for r in plan.scheduled_reviews
        )
        if ended and not renewed:
            yield Hit(
                path="period",
                fields={"due_date": period_end.isoformat(), "days_overdue": (ctx.as_of - period_end).days,
                        "what": "The recertification at the end of the certification period"},
                quote=f"period ending {period_end.isoformat()}",
                evidence={"period_end": period_end.isoformat()},
            )
            return
    if params.max_days is None or plan.plan_date is None:
        return
    if any(r.date and r.date >= ctx.as_of for r in plan.scheduled_reviews):
        return
    last = max([plan.plan_date, *completed])
    due = last + dt.timedelta(days=params.max_days + params.grace_days)
    if due < ctx.as_of:
        yield Hit(
            path="reviews",
            fields={"due_date": (last + dt.timedelta(days=params.max_days)).isoformat(), "days_overdue": (ctx.as_of - due).days,
                    "what": "The review"},
        )


class DurationLimitParams(CheckParams):
    """The plan's expected duration or period must not exceed a limit."""

    max: str = Field(description='The limit as a phrase: "1 year", "6 months", "90 days".')
    strict: bool = Field(default=False, description="True when the duration must be shorter than the limit (not equal).")
    measure: list[Literal["expected_duration", "period", "services"]] = Field(
        default_factory=lambda: ["expected_duration", "period", "services"],
        description="What to measure; a service's own length only when the plan states neither a duration nor a period.",
    )

    @field_validator("max")
    @classmethod
    def _parse(cls, value: str) -> str:
        parsed = parse_duration(value)
        if parsed is None or parsed.value is None or parsed.unit not in ("day", "week", "month", "year"):
            raise ValueError(f"{value!r} is not a length such as '6 months' or '90 days'")
        return value


def _limit_end(start: dt.date, limit: str) -> dt.date:
    parsed = parse_duration(limit)
    assert parsed is not None and parsed.value is not None and parsed.unit is not None
    return _add(start, parsed.value, parsed.unit)


@register("duration_limit", DurationLimitParams, provides={"length", "limit", "allowed", "end_date", "limit_date"})
def check_duration_limit(ctx: CheckContext, params: DurationLimitParams) -> Iterator[Hit]:
    """The expected duration (or plan period) is within the payer's limit."""
    plan = ctx.plan
    start = (plan.period.start if plan.period else None) or plan.plan_date or plan.first_treatment_date
    reference = start or ctx.as_of
    limit_date = _limit_end(reference, params.max)

    allowed = f"less than {params.max}" if params.strict else f"at most {params.max}"

    def exceeds(end: dt.date) -> bool:
        return end >= limit_date if params.strict else end > limit_date

    duration = plan.expected_duration
    if "expected_duration" in params.measure and duration is not None and duration.stated:
        ends = []
        if duration.value is not None and duration.unit in ("day", "week", "month", "year"):
            ends.append(_add(reference, duration.value, duration.unit))
        if duration.end_date is not None and start is not None:
            ends.append(duration.end_date)
        if ends and exceeds(max(ends)):
            yield Hit(
                path="expected_duration",
                fields={"length": duration.text or f"{duration.value:g} {duration.unit}s", "limit": params.max, "allowed": allowed,
                        "end_date": max(ends).isoformat(), "limit_date": limit_date.isoformat()},
                quote=duration.text,
            )
            return
    period = plan.period
    if (
        "services" in params.measure
        and (duration is None or not duration.stated)
        and not (period and period.end)
    ):
        # "Individual psychotherapy (90834), 45 minutes, every 2 weeks, for 12 months" and no length for the plan:
        # the plan lasts as long as the service it requests
        for index, service in enumerate(plan.services):
            length = service.duration
            if length is None or length.value is None or length.unit not in ("day", "week", "month", "year"):
                continue
            end = _add(reference, length.value, length.unit)
            if exceeds(end):
                yield Hit(
                    path=f"services[{index}].duration",
                    fields={"length": length.text or f"{length.value:g} {length.unit}s", "limit": params.max,
                            "allowed": allowed, "end_date": end.isoformat(), "limit_date": limit_date.isoformat()},
                    quote=length.text,
                )
                return
    if "period" in params.measure and period and period.start and period.end:
        period_limit = _limit_end(period.start, params.max)
        if (period.end >= period_limit) if params.strict else (period.end > period_limit):
            yield Hit(
                path="period",
                fields={"length": f"{period.start.isoformat()} to {period.end.isoformat()}", "limit": params.max, "allowed": allowed,
                        "end_date": period.end.isoformat(), "limit_date": period_limit.isoformat()},
            )


class PlanAgeParams(CheckParams):
    """How old a plan may be on the as-of date."""

    max_days: int = Field(ge=1, description="Days since the plan date (or the last completed review) after which the plan is outdated.")
    reviews_count: bool = Field(default=True, description="A completed review or recertification renews the plan's date.")


@register("plan_age", PlanAgeParams, provides={"plan_date", "days", "max_days", "expired_on"})
def check_plan_age(ctx: CheckContext, params: PlanAgeParams) -> Iterator[Hit]:
    """On the as-of date the plan is no older than N days."""
    plan = ctx.plan
    if plan.plan_date is None:
        return
    dates = [plan.plan_date]
    if params.reviews_count:
        dates += [r.date for r in plan.completed_reviews if r.date and r.date <= ctx.as_of]
    latest = max(dates)
    days = (ctx.as_of - latest).days
    if days > params.max_days:
        yield Hit(
            path="plan_date",
            fields={"plan_date": latest.isoformat(), "days": days, "max_days": params.max_days,
                    "expired_on": (latest + dt.timedelta(days=params.max_days)).isoformat()},
        )


ConsistencyCheck = Literal[
    "birth-before-plan", "period-order", "intake-before-plan", "intake-before-first-treatment",
    "target-after-plan", "review-after-plan", "signature-after-plan", "signature-not-future", "assessment-not-future",
]


class DateConsistencyParams(CheckParams):
    """Which date relations to check."""

    checks: list[ConsistencyCheck] = Field(
        default_factory=lambda: list(ConsistencyCheck.__args__),  # type: ignore[attr-defined]
        description="Relations between the plan's dates that must hold.",
    )


@register("date_consistency", DateConsistencyParams, provides={"problem"})
def check_date_consistency(ctx: CheckContext, params: DateConsistencyParams) -> Iterator[Hit]:
    """The plan's dates agree with each other (no target date before the plan, no period ending before it starts...)."""
    plan, wanted = ctx.plan, set(params.checks)
    plan_date = plan.plan_date

    def hit(path: str, problem: str, quote: str | None = None) -> Hit:
        return Hit(path=path, fields={"problem": problem}, quote=quote)

    if "birth-before-plan" in wanted and plan.patient.birth_date and plan_date and plan.patient.birth_date >= plan_date:
        yield hit("patient.birth_date", f"the date of birth {plan.patient.birth_date} is not before the plan date {plan_date}")
    if "period-order" in wanted and plan.period and plan.period.start and plan.period.end and plan.period.end < plan.period.start:
        yield hit("period", f"the plan period ends ({plan.period.end}) before it starts ({plan.period.start})")
    if "intake-before-plan" in wanted and plan.admission_date and plan_date and plan_date < plan.admission_date:
        yield hit("plan_date", f"the plan date {plan_date} is before the admission/intake date {plan.admission_date}")
    if (
        "intake-before-first-treatment" in wanted and plan.admission_date and plan.first_treatment_date
        and plan.first_treatment_date < plan.admission_date
    ):
        yield hit("first_treatment_date",
                  f"the first treatment date {plan.first_treatment_date} is before the admission/intake date {plan.admission_date}")
    if "target-after-plan" in wanted and plan_date:
        for path, goal in plan.iter_goals():
            if goal.target_date and goal.target_date < plan_date:
                yield hit(path, f"the target date {goal.target_date} is before the plan date {plan_date}", goal.statement)
        for path, _, objective in plan.iter_objectives():
            if objective.target_date and objective.target_date < plan_date:
                yield hit(path, f"the target date {objective.target_date} is before the plan date {plan_date}", objective.statement)
    if "review-after-plan" in wanted and plan_date:
        for index, review in enumerate(plan.reviews):
            if not review.completed and review.date and review.date < plan_date:
                yield hit(f"reviews[{index}]", f"the next review date {review.date} is before the plan date {plan_date}")
    for index, signature in enumerate(plan.signatures):
        if not signature.date:
            continue
        if "signature-after-plan" in wanted and plan_date and signature.date < plan_date:
            yield hit(f"signatures[{index}]", f"it is dated {signature.date}, before the plan date {plan_date}", signature.name)
        if "signature-not-future" in wanted and signature.date > ctx.as_of:
            yield hit(f"signatures[{index}]", f"it is dated {signature.date}, after the as-of date {ctx.as_of}", signature.name)
    if "assessment-not-future" in wanted:
        for index, assessment in enumerate(plan.assessments):
            if assessment.date and assessment.date > ctx.as_of:
                yield hit(f"assessments[{index}]", f"it is dated {assessment.date}, after the as-of date {ctx.as_of}")
