"""Goals linked as whole and part by the goal-relationship extension become a goal and its objectives,
whichever goal carries the link and whichever way the writer declared it."""

from __future__ import annotations

from pathlib import Path

from fhir_bundles import bundle, read

_REL = "http://hl7.org/fhir/StructureDefinition/goal-relationship"


def goal(gid: str, text: str, due: str | None = None, links: list[tuple[str, str]] | None = None,
         type_as: str = "code", **extra: object) -> dict:
    """A Goal with description `text`, an optional target date and goal-relationship links (type, target id)."""
    data: dict = {"resourceType": "Goal", "id": gid, "lifecycleStatus": "active",
                  "description": {"text": text}, "subject": {"reference": "Patient/p"}, **extra}
    if due:
        data["target"] = [{"dueDate": due}]
    exts = []
    for kind, target in links or []:
        if type_as == "code":
            value = {"coding": [{"system": "http://hl7.org/fhir/goal-relationship-type", "code": kind}]}
        else:
            value = {"text": kind}
        exts.append({"url": _REL, "extension": [
            {"url": "type", "valueCodeableConcept": value},
            {"url": "target", "valueReference": {"reference": f"Goal/{target}"}},
        ]})
    if exts:
        data["extension"] = exts
    return data


def plan_goals(tmp_path: Path, *goals: dict, listed: list[str] | None = None) -> list:
    ids = listed if listed is not None else [g["id"] for g in goals]
    data = bundle(*goals, plan_extra={"goal": [{"reference": f"Goal/{i}"} for i in ids]})
    plan = read(tmp_path, data)
    return [g for problem in plan.problems for g in problem.goals]


def shape(goals: list) -> list[tuple[str, list[str]]]:
    return [(g.statement, [o.statement for o in g.objectives]) for g in goals]


def test_objectives_declared_as_components_of_their_goal_attach_to_it(tmp_path: Path) -> None:
    # the link sits on each objective, pointing at the goal ("component", the wrong end by the letter)
    goals = plan_goals(
        tmp_path,
        goal("g1", "Less time on rituals.", "2026-07-24"),
        goal("o1", "Y-BOCS 15 or lower.", "2026-04-24", [("component", "g1")]),
        goal("o2", "Leave on time 5 of 7 days.", "2026-05-22", [("component", "g1")]),
    )
    assert shape(goals) == [("Less time on rituals.", ["Y-BOCS 15 or lower.", "Leave on time 5 of 7 days."])]


def test_a_single_component_link_on_the_objective_is_turned_round_by_its_earlier_date(tmp_path: Path) -> None:
    goals = plan_goals(
        tmp_path,
        goal("g1", "Sleep more regularly.", "2026-07-24"),
        goal("o1", "Sleep efficiency 85% or higher.", "2026-05-22", [("component", "g1")]),
    )
    assert shape(goals) == [("Sleep more regularly.", ["Sleep efficiency 85% or higher."])]


def test_milestone_on_the_goal_names_its_objective(tmp_path: Path) -> None:
    goals = plan_goals(
        tmp_path,
        goal("g1", "Walk in the community.", "2026-06-01", [("milestone", "o1")]),
        goal("o1", "Walk 150 feet with a cane.", "2026-04-01"),
    )
    assert shape(goals) == [("Walk in the community.", ["Walk 150 feet with a cane."])]


def test_part_of_on_the_objective_names_its_goal(tmp_path: Path) -> None:
    # no dates: the declared direction stands
    goals = plan_goals(
        tmp_path,
        goal("o1", "Name 3 coping skills."),
        goal("g1", "Manage anxiety."),
        goal("o2", "Use a coping skill 4 of 5 days.", links=[("part-of", "g1")]),
        listed=["g1", "o1", "o2"],
    )
    by_statement = dict(shape(goals))
    assert by_statement["Manage anxiety."] == ["Use a coping skill 4 of 5 days."]
    assert by_statement["Name 3 coping skills."] == []


def test_relationship_type_given_only_as_text(tmp_path: Path) -> None:
    goals = plan_goals(
        tmp_path,
        goal("g1", "Reduce tantrums.", "2026-09-01"),
        goal("o1", "Tantrums 2 or fewer per week.", "2026-06-01", [("Part of", "g1")], type_as="text"),
    )
    assert shape(goals) == [("Reduce tantrums.", ["Tantrums 2 or fewer per week."])]


def test_an_objective_outside_careplan_goal_list_still_joins_its_goal(tmp_path: Path) -> None:
    goals = plan_goals(
        tmp_path,
        goal("g1", "Return to work.", "2026-08-01"),
        goal("o1", "Work 4 hours a day.", "2026-05-01", [("part-of", "g1")]),
        listed=["g1"],
    )
    assert shape(goals) == [("Return to work.", ["Work 4 hours a day."])]


def test_sequence_links_do_not_nest_goals(tmp_path: Path) -> None:
    goals = plan_goals(
        tmp_path,
        goal("g1", "Walk with a walker.", "2026-03-01", [("successor", "g2")]),
        goal("g2", "Walk with a cane.", "2026-05-01", [("predecessor", "g1")]),
    )
    assert shape(goals) == [("Walk with a walker.", []), ("Walk with a cane.", [])]


def test_a_part_of_a_part_is_listed_under_the_topmost_goal(tmp_path: Path) -> None:
    goals = plan_goals(
        tmp_path,
        goal("g1", "Live independently.", "2026-12-01", [("milestone", "o1")]),
        goal("o1", "Cook 3 meals a week.", "2026-09-01", [("milestone", "o2")]),
        goal("o2", "Follow a recipe with 1 prompt.", "2026-06-01"),
    )
    assert [g.statement for g in goals] == ["Live independently."]
    assert sorted(o.statement for o in goals[0].objectives) == [
        "Cook 3 meals a week.", "Follow a recipe with 1 prompt."]


def test_a_link_between_a_goal_and_itself_is_ignored(tmp_path: Path) -> None:
    goals = plan_goals(tmp_path, goal("g1", "Improve mood.", "2026-06-01", [("milestone", "g1")]))
    assert shape(goals) == [("Improve mood.", [])]
