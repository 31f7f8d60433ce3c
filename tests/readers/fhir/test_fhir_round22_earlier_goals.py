"""Round 22: a Goal the CarePlan does not list that is closed (completed, or achieved) and is no milestone of another
goal is a goal of an earlier episode kept in the record, not a goal of the plan; an open unlisted Goal, or a closed
one the CarePlan lists, is still the plan's."""

from __future__ import annotations

from pathlib import Path

from fhir_bundles import bundle, read


def _goal(gid: str, text: str, due: str, status: str = "active", **extra: object) -> dict:
    return {"resourceType": "Goal", "id": gid, "lifecycleStatus": status, "description": {"text": text},
            "subject": {"reference": "Patient/p"}, "target": [{"dueDate": due}], **extra}


_ACHIEVED = {"achievementStatus": {"coding": [
    {"system": "http://terminology.hl7.org/CodeSystem/goal-achievement", "code": "achieved"}]}}


def _statements(tmp_path: Path, *goals: dict, listed: list[str]) -> list[str | None]:
    data = bundle(*goals, plan_extra={"goal": [{"reference": f"Goal/{i}"} for i in listed]})
    plan = read(tmp_path, data)
    return [g.statement for problem in plan.problems for g in problem.goals]


def test_unlisted_completed_goal_of_an_earlier_episode_is_left_out(tmp_path: Path) -> None:
    statements = _statements(
        tmp_path,
        _goal("g1", "Ana will lower the PHQ-9 score from 17 to 9 or below.", "2026-03-01"),
        _goal("old", "Return to part-time work (2019 episode)", "2019-09-30", status="completed", **_ACHIEVED),
        listed=["g1"],
    )
    assert statements == ["Ana will lower the PHQ-9 score from 17 to 9 or below."]


def test_near_miss_unlisted_open_goal_and_listed_completed_goal_are_read(tmp_path: Path) -> None:
    statements = _statements(
        tmp_path,
        _goal("g1", "Ana will lower the PHQ-9 score from 17 to 9 or below.", "2026-03-01", status="completed"),
        _goal("g2", "Ana will attend 3 support group meetings a week.", "2026-02-15"),
        listed=["g1"],
    )
    assert sorted(s or "" for s in statements) == [
        "Ana will attend 3 support group meetings a week.",
        "Ana will lower the PHQ-9 score from 17 to 9 or below.",
    ]
