"""Example rewrites keep the plan's own subject and topic and add a measure, a target and a date.

Measured on every statement labelled not measurable in tests/data/objectives (dev, held-out and blind
tables, several hundred statements in many wordings): each rewrite must be judged measurable and
time-bound by authcheck's own analysis, unless it is the fill-in frame used when no topic is known.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from authcheck.rules.measurability import assess, is_time_bound
from authcheck.rules.rewrites import aim_of, measurable_example, rewrite_statement, subject_of

DATA = Path(__file__).resolve().parents[1] / "data" / "objectives"
DATE = "2026-04-15"


def _unmeasurable() -> list[tuple[str, str | None]]:
    rows = []
    for name in ("dev", "heldout", "blind"):
        with (DATA / f"{name}.csv").open(encoding="utf-8") as handle:
            rows += [(r["statement"], r["discipline"] or None) for r in csv.DictReader(handle) if r["measurable"] == "no"]
    return rows


def test_rewrites_of_real_vague_statements_are_measurable_and_dated(report_metric) -> None:  # type: ignore[no-untyped-def]
    rows = _unmeasurable()
    assert len(rows) > 200
    framed = measured = 0
    for statement, discipline in rows:
        rewrite = rewrite_statement(statement, discipline, DATE)
        assert DATE in rewrite and is_time_bound(rewrite), (statement, rewrite)
        assert "{" not in rewrite and "}" not in rewrite, rewrite
        if "[today's level]" in rewrite:
            framed += 1
            continue
        measured += assess(rewrite).measurable
    concrete = len(rows) - framed
    report_metric(f"example rewrites: {measured} of {concrete} concrete rewrites measurable; "
                  f"{framed} of {len(rows)} vague statements got the fill-in frame")
    assert measured == concrete
    assert framed <= len(rows) * 0.1


@pytest.mark.parametrize(
    ("statement", "discipline", "wanted"),
    [
        ("Client will improve coping skills.", "psychotherapy", ["Client will use 2 coping skills", "4 of 7 days"]),
        ("By 03/01/2026, client will improve coping skills for managing work stress.", None, ["coping skills"]),
        ("Pt will increase pinch strength.", "ot", ["Patient will", "pinch strength", "pinch gauge"]),
        ("Pt will improve lumbar ROM.", "pt", ["lumbar range of motion", "degrees"]),
        ("Child will work on /r/ sound", "slp", ["Child will produce /r/", "80% accuracy"]),
        ("Client will maintain sobriety.", "sud", ["abstinent", "urine drug screens"]),
        ("I want to stop drinking and get my kids back", "sud", ["I will", "alcohol"]),
        ("Within the next 60 days, Mia will gain insight into her thoughts.", "psychotherapy", ["Mia will"]),
        ("Decrease aggression.", "aba", ["aggression", "per week"]),
        ("Parent will be trained on reinforcement strategies.", "aba", ["Parent will", "reinforcement", "fidelity"]),
        ("Child will work on following 2-step directions.", "slp", ["2-step directions"]),
        ("Objective 1.b (F41.1): Client will explore sources of worry in session.", "psychotherapy", ["GAD-7"]),
        ("Decrease depressive symptoms as measured by the BDI-II.", "psychotherapy", ["BDI-II"]),
        ("SN to instruct pt on blood glucose monitoring", "home-health", ["Patient will", "blood glucose", "return demonstration"]),
        ("Pt will be educated on posterior hip precautions", "ot", ["posterior hip precautions"]),
        ("Client will process grief related to the loss of her mother.", "psychotherapy", ["loss"]),
    ],
)
def test_rewrites_keep_subject_and_topic(statement: str, discipline: str | None, wanted: list[str]) -> None:
    rewrite = rewrite_statement(statement, discipline, DATE)
    for text in wanted:
        assert text in rewrite, (statement, rewrite)
    assert rewrite.endswith(f"by {DATE}.") or f"by {DATE}" in rewrite


def test_unknown_topics_keep_the_aim_in_a_fill_in_frame() -> None:
    rewrite = rewrite_statement("Client will address legal issues.", "sud", DATE)
    assert rewrite.startswith("Client will address legal issues, measured by [a measure such as days without use")
    assert "from [today's level] to [target level]" in rewrite


def test_staff_statements_are_turned_into_what_the_client_does() -> None:
    rewrite = rewrite_statement("RBT will implement BIP", "aba", DATE)
    assert rewrite.startswith("Say what the child will do, not what staff will do:")


def test_subject_and_aim() -> None:
    assert subject_of("Pt will ambulate 50 ft.") == "Patient"
    assert subject_of("Cl will attend NA mtgs") == "Client"
    assert subject_of("Jordan will return to school.") == "Jordan"
    assert subject_of("Tantrums will be decreased", "aba") == "Child"
    assert subject_of("Improve balance.", "pt") == "Patient"
    assert aim_of("Goal 2: Client will improve coping skills as evidenced by self-report within 30 days.") == "improve coping skills"


def test_without_a_statement_the_discipline_example_is_used() -> None:
    assert "GAD-7" in measurable_example("psychotherapy", DATE)
    assert measurable_example(None, DATE).startswith("Client will use 2")


def test_the_engine_builds_the_example_from_the_objective(library, make_plan) -> None:  # type: ignore[no-untyped-def]
    from authcheck.engine import check_plan
    from authcheck.testing import DEFAULT_EXAMPLE_DATE

    plan = make_plan({"discipline": "pt", "plan_date": "2026-01-05",
                      "problems": [{"goals": [{"statement": "Pt will improve lumbar ROM.",
                                               "objectives": [{"statement": "Pt will decrease low back pain."}]}]}]})
    profiles = [library.resolve("medicare-outpatient-therapy", DEFAULT_EXAMPLE_DATE)]
    findings = {f.kind: f for f in check_plan(plan, profiles, DEFAULT_EXAMPLE_DATE)}
    example = findings["goal-not-measurable"].example or ""
    assert example.startswith("Patient will increase lumbar range of motion") and "2026-04-05" in example
