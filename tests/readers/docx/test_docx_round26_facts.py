"""DOCX, round 26 (plan dates of updates, reviews, recertifications and progress reports): near misses both ways.

- a label that dates this very version of an updated plan ("Date of this annual update", "Recert written", "Date of
  this progress report") is the plan date and wins over the first plan's date on the same line ("Initial treatment
  plan: ..."); "Next update due" stays a review to come, and "Initial treatment plan" dates no first treatment;
- "Recert period: 04/03/2026 - 06/30/2026" is the period, not a recertification date;
- a header label that names only the document's own kind ("Update:" atop a "Treatment Plan Update", "Revision:"
  atop a "Revised Plan of Care", "Progress report date:" in a "Progress Report") dates the document itself: the plan
  date when none is written, else a review that took place; the same label under a title of another kind, or a
  "Review:" dated after every signature of a review, is still a review to come;
- a certification history ("Period | Type | Signed by | Date signed") signs this plan only in its latest period's
  row; the earlier period's sign-off is the earlier plan's.

Each test builds a small plan with python-docx; names and wording are invented.
"""

from __future__ import annotations

import datetime as dt

from docx_helpers import read_blocks

from authcheck.readers.docx.label_split import split_labels
from authcheck.readers.docx.labels import date_label_key, version_date_label

_D = dt.date


def _reviews(plan) -> list[tuple[str, dt.date | None, bool]]:  # type: ignore[no-untyped-def]
    return [(r.kind, r.date, r.completed) for r in plan.reviews]


# --- labels that date this version ---------------------------------------------------------------------------------


def test_version_labels_name_the_plan_date() -> None:
    for label in ("Date of this annual update", "Date of this 90-day review", "Recert written", "This quarterly review",
                  "Date of this progress report", "Update prepared on"):
        assert version_date_label(label), label
        assert date_label_key(label) == "plan_date", label
    # near misses: a review to come, an earlier one, a period
    for label in ("Next update due", "Last update", "Recert due", "Date of next review", "This review period"):
        assert not version_date_label(label), label
    assert date_label_key("Next update due") == "review"
    assert date_label_key("Recert period") == "period"
    assert date_label_key("Recertification date") == "review"  # an initial plan's next recertification
    # the first plan's date is a plan date, never the first treatment
    assert date_label_key("Initial treatment plan") == "plan_date"
    assert date_label_key("Initial treatment date") == "first_treatment_date"


def test_long_version_label_after_a_sentence_end_is_cut() -> None:
    segments = split_labels("Initial treatment plan: January 10, 2024.  Date of this annual update: January 14, 2025.")
    assert [(s.label, s.value) for s in segments] == [
        ("Initial treatment plan", "January 10, 2024"),
        ("Date of this annual update", "January 14, 2025"),
    ]
    # near miss: a long run of words before a colon that dates no version stays in the sentence
    segments = split_labels("He wishes to continue. The client and his wife met with us on: January 14, 2025.")
    assert all(s.label != "The client and his wife met with us on" for s in segments)


def test_annual_update_date_wins_over_the_initial_plan() -> None:
    plan = read_blocks([
        "Annual Treatment Plan Update",
        "Consumer: Ansel Brightwater          Date of Birth: March 3, 1951",
        "Initial treatment plan: January 10, 2024.  Date of this annual update: January 14, 2025.",
        "Diagnosis",
        "F41.1  Generalized anxiety disorder",
        "Electronically signed: Mira Olufsen, PsyD - 01/14/2025",
    ])
    assert plan.plan_date == _D(2025, 1, 14)
    assert plan.first_treatment_date is None
    assert not [r for r in plan.reviews if not r.completed]


def test_initial_plan_alone_dates_the_plan_not_the_first_treatment() -> None:
    plan = read_blocks([
        "Treatment Plan",
        "Consumer: Ansel Brightwater          Date of Birth: March 3, 1951",
        "Initial treatment plan: January 10, 2024.  Next update due: January 10, 2025.",
        "Electronically signed: Mira Olufsen, PsyD - 01/10/2024",
    ])
    assert plan.plan_date == _D(2024, 1, 10)
    assert plan.first_treatment_date is None
    assert (("review", _D(2025, 1, 10), False)) in _reviews(plan)


def test_recert_written_and_recert_period() -> None:
    plan = read_blocks([
        "RECERTIFICATION - PHYSICAL THERAPY PLAN OF CARE",
        [["Patient", "Gunnhild Aasen", "DOB", "02/14/1944"],
         ["Medicare ID", "5GD3-KU2-MB91", "Initial eval (SOC)", "01/05/2026"],
         ["Recert written", "04/01/2026", "Recert period", "04/03/2026 - 06/30/2026"]],
        "Frequency: 2x per week",
        "Therapist: Lorcan Beatty, PT, DPT   /s/ L. Beatty   04/01/2026",
    ])
    assert plan.plan_date == _D(2026, 4, 1)
    assert plan.period is not None and (plan.period.start, plan.period.end) == (_D(2026, 4, 3), _D(2026, 6, 30))
    assert not [r for r in plan.reviews if not r.completed]


def test_recert_date_of_an_initial_plan_stays_the_next_recertification() -> None:
    plan = read_blocks([
        "PHYSICAL THERAPY PLAN OF CARE",
        [["Patient", "Gunnhild Aasen", "DOB", "02/14/1944"],
         ["Plan date", "01/05/2026", "Recert date", "04/03/2026"]],
        "Therapist: Lorcan Beatty, PT, DPT   /s/ L. Beatty   01/05/2026",
    ])
    assert plan.plan_date == _D(2026, 1, 5)
    assert ("recertification", _D(2026, 4, 3), False) in _reviews(plan)


# --- a header label naming only the document's own kind -------------------------------------------------------------


def test_update_in_the_header_of_an_update_dates_the_plan() -> None:
    plan = read_blocks([
        "Treatment Plan Update (IOP)",
        "Client: Dorian Vasquez-Holt    DOB: 1991-01-22",
        "Admit: 05/04/2026    Update: 06/03/2026    Counselor: Yvette Marlowe, LCDC",
        "Dx: F10.20 Alcohol dependence, uncomplicated",
        "Counselor signature: /s/ Yvette Marlowe, LCDC  06/03/2026",
    ])
    assert plan.plan_date == _D(2026, 6, 3)
    assert not plan.reviews


def test_update_in_the_header_of_another_kind_of_plan_stays_a_review() -> None:
    # near miss: an initial plan's "Update:" is the update to come
    plan = read_blocks([
        "Treatment Plan (IOP)",
        "Client: Dorian Vasquez-Holt    DOB: 1991-01-22",
        "Admit: 05/04/2026    Update: 06/03/2026    Counselor: Yvette Marlowe, LCDC",
        "Counselor signature: /s/ Yvette Marlowe, LCDC  05/06/2026",
    ])
    assert plan.plan_date != _D(2026, 6, 3)
    assert ("review", _D(2026, 6, 3), False) in _reviews(plan)


def test_progress_report_date_beside_the_certified_plan_took_place() -> None:
    plan = read_blocks([
        "Progress Report - Physical Therapy",
        "Patient: Opaline Durrant   DOB: 03/03/1941",
        "Eval / first treatment: 03/09/2026",
        "Plan of care certified: 03/09/2026 - 06/05/2026 (signed by physician 03/12/2026)",
        "Progress report date: 04/10/2026",
        "Next progress report: 05/08/2026",
        "Physical therapist: Bertil Lindqvist, PT    signed 04/10/2026",
    ])
    assert plan.plan_date == _D(2026, 3, 9)
    reviews = _reviews(plan)
    assert ("progress-report", _D(2026, 4, 10), True) in reviews
    assert ("progress-report", _D(2026, 5, 8), False) in reviews  # the next one is still to come


def test_revision_atop_a_revised_plan_took_place_even_before_its_signatures_are_read() -> None:
    plan = read_blocks([
        "REVISED PLAN OF CARE (interim change)",
        [["Patient", "Barnaby Quill", "DOB", "10/05/1952"],
         ["Original POC", "03/02/2026", "Revision", "03/23/2026"]],
        "Frequency: 3x/week",
        "Physical therapist: Katrin Foss, PT, DPT  signed 03/02/2026",
    ])
    assert plan.plan_date == _D(2026, 3, 2)
    assert ("review", _D(2026, 3, 23), True) in _reviews(plan)


def test_review_date_after_every_signature_of_a_review_is_the_next_review() -> None:
    # near miss: in a review document, a "Review:" later than all its signatures is the review to come
    plan = read_blocks([
        "Treatment Plan Review",
        "Client: Dorian Vasquez-Holt    DOB: 1991-01-22",
        "Plan date: 03/01/2026    Review: 06/01/2026",
        "Counselor signature: /s/ Yvette Marlowe, LCDC  03/01/2026",
    ])
    assert plan.plan_date == _D(2026, 3, 1)
    assert ("review", _D(2026, 6, 1), False) in _reviews(plan)


# --- a certification history ----------------------------------------------------------------------------------------


def test_certification_history_signs_only_the_latest_period() -> None:
    plan = read_blocks([
        "OCCUPATIONAL THERAPY RE-CERTIFICATION",
        [["Patient", "Perpetua Gray"], ["Re-certification date", "04/06/2026"],
         ["Re-certification period", "04/06/2026 through 06/30/2026"]],
        "Certification history",
        [["Period", "Type", "Signed by", "Date signed"],
         ["01/12/2026 - 04/10/2026", "Initial certification", "Hester Bright, NP", "01/15/2026"],
         ["04/06/2026 - 06/30/2026", "Re-certification", "Hester Bright, NP", "04/08/2026"]],
    ])
    dates = sorted(s.date for s in plan.signatures if s.date)
    assert _D(2026, 1, 15) not in dates
    assert _D(2026, 4, 8) in dates


def test_signers_table_without_periods_keeps_every_row() -> None:
    # near miss: a signers table whose rows hold no period keeps each signer
    plan = read_blocks([
        "OCCUPATIONAL THERAPY PLAN OF CARE",
        [["Patient", "Perpetua Gray"], ["Plan date", "01/12/2026"]],
        "Signatures",
        [["Role", "Name", "Date signed"],
         ["Therapist", "Clem Ashdown, OTR/L", "01/12/2026"],
         ["Certifying practitioner", "Hester Bright, NP", "01/15/2026"]],
    ])
    dates = sorted(s.date for s in plan.signatures if s.date)
    assert dates == [_D(2026, 1, 12), _D(2026, 1, 15)]
