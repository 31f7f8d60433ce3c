"""Leftovers noticed in earlier rounds: a services label whose value only names the columns below it ("Services:
type / frequency / duration") is no service, and a log of reviews headed "Date of review | Summary | Reviewed by"
records reviews held, as a log headed "Review date | Progress | Signed" does.

Each test builds a small plan with python-docx; names and wording are invented. Near misses (a value naming real
services, a log of reviews still to come, a goals table with a target-date column) keep their reading."""

from __future__ import annotations

import datetime as dt

from authcheck.model import TreatmentPlan
from authcheck.readers.docx.fields.services import column_names_only
from docx_helpers import read_blocks

_HEAD = [
    "Outpatient Treatment Plan",
    "Client: Bartholomew Nakagawa-Reyes    Plan date: 05/12/2025",
    "Diagnosis: F41.1 Generalized anxiety disorder",
    "Goals",
    "Goal 1: Bartholomew will lower his GAD-7 score from 15 to 8 or below by 11/12/2025.",
]


def _descriptions(plan: TreatmentPlan) -> list[str]:
    return [s.description or "" for s in plan.services]


# --- a services label naming only the columns below it ---------------------------------------------------------


def test_services_label_naming_its_columns_adds_no_service() -> None:
    for caption in ("Services: type / frequency / duration", "Services requested: CPT, units, how often",
                    "Service (type, amount and frequency):"):
        plan = read_blocks([*_HEAD, caption, "Individual psychotherapy (90837), 53 minutes, weekly, for 6 months."])
        assert _descriptions(plan) == ["Individual psychotherapy"], (caption, _descriptions(plan))
        assert plan.services[0].frequency is not None and plan.services[0].duration is not None


def test_column_names_only_near_misses() -> None:
    assert column_names_only("type / frequency / duration")
    assert column_names_only("(code, units, frequency)")
    for value in ("PT / OT", "Individual therapy / family therapy, weekly", "individual, group",
                  "weekly / 6 months", "Case management, weekly", "type"):
        assert not column_names_only(value), value


def test_services_label_with_real_services_keeps_them() -> None:
    plan = read_blocks([*_HEAD, "Services: Individual psychotherapy 90834 weekly; family session 90847 monthly"])
    assert len(plan.services) == 2, _descriptions(plan)


# --- a log of reviews under any header wording ------------------------------------------------------------------


def _completed(plan: TreatmentPlan) -> list[dt.date]:
    return sorted(r.date for r in plan.reviews if r.completed and r.date)


def test_review_log_headed_date_of_review_summary_reviewed_by() -> None:
    for header in (["Date of review", "Summary", "Reviewed by"], ["Date of plan review", "Findings", "Staff"]):
        plan = read_blocks([
            *_HEAD,
            "Reviews",
            [header, ["08/11/2025", "GAD-7 now 11; keep weekly sessions.", "P. Adeyemi-Lund, LPC"]],
        ])
        assert _completed(plan) == [dt.date(2025, 8, 11)], header


def test_log_of_reviews_still_to_come_is_not_held() -> None:
    plan = read_blocks([
        *_HEAD,
        [["Date of next review", "Summary", "Reviewed by"], ["08/11/2025", "", ""]],
    ])
    assert _completed(plan) == []


def test_goals_table_with_target_dates_is_no_review_log() -> None:
    plan = read_blocks([
        *_HEAD[:4],
        [["Goal", "Target date", "Progress"],
         ["Bartholomew will sleep 7 hours on 5 of 7 nights (sleep log).", "09/30/2025", "New"]],
    ])
    assert _completed(plan) == []
    assert plan.problems and plan.problems[0].goals[0].target_date == dt.date(2025, 9, 30)


# --- a "Domain:" label under an objective ------------------------------------------------------------------------


def test_domain_label_under_an_objective_names_its_goals_area() -> None:
    plan = read_blocks([
        "Goals",
        "Goal 1: Ines will request help with a 2-word phrase on 80% of opportunities by 07/31/2026.",
        "Objective 1.1: Ines will point to a picture card to ask for help in 4 of 5 chances by 05/31/2026.",
        "Domain: Communication",
        "Baseline: 0 of 5",
    ])
    goal = plan.problems[0].goals[0]
    assert goal.domain == "Communication"
    assert goal.objectives[0].baseline == "0 of 5"


def test_target_sentence_under_a_titled_objective_reads_without_error() -> None:
    plan = read_blocks([
        "Goals",
        "Goal 1: Ines will request help with a 2-word phrase on 80% of opportunities by 07/31/2026.",
        "Objective 1.1 Requesting",
        "Target: Ines will point to a picture card to ask for help in 4 of 5 chances by 05/31/2026.",
    ])
    objective = plan.problems[0].goals[0].objectives[0]
    assert objective.statement and objective.statement.startswith("Ines will point")
    assert objective.target_date == dt.date(2026, 5, 31)
