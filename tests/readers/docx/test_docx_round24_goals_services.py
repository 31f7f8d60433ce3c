"""DOCX, round 24 (goals, services, diagnoses): plans typed without a template.

- a dated remark or sign-off typed without a colon after the last service ("Next review 8/15/26", "BCBA - Naomi
  Feldstein, BCBA 2/20/26") is no service; an undated service name still is;
- "- plan will be updated as needed" after a labelled goal's steps is no objective;
- a code taken back on the spot ("Dx: F43.8? no -- F32.1 MDD") is not read; a queried one ("F41.1? provisional") is;
- a coded line stating a session length but no frequency ("Indiv psychotherapy 45 min (90834) x 20 sessions", "Session
  length 53 min (90837)") after the goals is a service; a session line naming no service gives the code and length of
  the service a "Frequency -" line made, or of the treatments given a frequency just before;
- home-health orders opened by the discipline ("SN 2w3, 1w5 - wound care", "MSW PRN - ..."), outside any heading;
- one order split over lines ("Indiv tx" / "q wk" / "x 24 wks") after the treatments; "q wk" is weekly; "Freq 1x/wk
  dur 14 wks 53 min 90837" run together;
- a goal's target date corrected in words ("by 9/30/25 - no, updated: 6/1/26");
- a baseline "not probed yet - will collect wk 1" is pending; "Goals::" is no goal; an unlabelled dated line under a
  goals heading ("amb 200' w/ RW mod I by 4/13/26") is a goal.

Each test builds a small plan with python-docx; names and wording are invented.
"""

from __future__ import annotations

import datetime as dt

from docx_helpers import read_blocks

from authcheck.readers.docx.goal_phrases import pending_baseline, time_bound
from authcheck.readers.phrases import parse_service
from authcheck.readers.phrases.diagnoses import parse_diagnoses

_TOP = ["Willowmere Counseling", "TREATMENT PLAN", "Client: Ansel Brightwater   DOB: 4/2/1956", "Plan date: 3/2/26"]


# --- services: what follows the last service -------------------------------------------------------------------


def _aba(after: list[str]) -> list[object]:
    return [
        *_TOP,
        "Dx: F84.0 autism spectrum disorder",
        "Goals",
        "Goal 1: Leo will mand for 15 items per hour across 3 sessions (baseline 2) by 8/1/26",
        "Services requested",
        "97153 - 15 hrs/wk",
        "97156 - 1 hr/wk",
        *after,
    ]


def test_dated_remarks_after_services_are_no_services() -> None:
    plan = read_blocks(_aba(["Next review 8/15/26", "BCBA - Naomi Feldgrau, M.Ed., BCBA  2/20/26"]))
    assert [s.code for s in plan.services] == ["97153", "97156"]


def test_an_undated_service_name_after_services_is_still_one() -> None:
    plan = read_blocks(_aba(["Social skills group"]))
    assert [s.description for s in plan.services][-1] == "Social skills group"


# --- goals: a remark on the plan after a goal's steps ----------------------------------------------------------------


def _ntp(last: str) -> list[object]:
    return [
        "Pacific Ridge NTP",
        "- Pt: Rosendo Ibarra",
        "- Goal: no illicit opioid use; keep housing",
        "   - STG: neg UDS for opioids on 2 consecutive monthly screens by 4/2/26",
        f"   - {last}",
        "/s/ Danna Fortune, SUDCC  2/2/26",
    ]


def test_plan_update_remark_is_no_objective() -> None:
    plan = read_blocks(_ntp("plan will be updated as needed"))
    assert [o.label for o in plan.objectives] == ["STG"]


def test_a_step_after_the_goal_is_still_its_objective() -> None:
    plan = read_blocks(_ntp("pt will attend 3 AA meetings per wk by 4/15/26"))
    assert len(plan.objectives) == 2
    assert plan.objectives[1].target_date == dt.date(2026, 4, 15)


# --- diagnoses: a code taken back ----------------------------------------------------------------------------------


def test_retracted_code_is_not_read() -> None:
    found = parse_diagnoses("F43.8? no -- F32.1 MDD single episode moderate")
    assert [d.code for d in found] == ["F32.1"]
    plan = read_blocks([*_TOP, "Dx: F43.8? no -- F32.1 MDD single episode moderate"])
    assert [d.code for d in plan.diagnoses] == ["F32.1"]


def test_queried_code_is_kept() -> None:
    assert [d.code for d in parse_diagnoses("F41.1? provisional GAD")] == ["F41.1"]


# --- services: session lines -----------------------------------------------------------------------------------------


def _goals(*after: str) -> list[object]:
    return [
        *_TOP,
        "Dx: F32.1 MDD",
        "Goals",
        "* Goal 1 - work through grief",
        "   * Obj 1. PHQ-9 from 16 to 8 or below by 7/1/26",
        *after,
    ]


def test_coded_session_length_after_goals_is_a_service() -> None:
    plan = read_blocks(_goals("Interventions: grief-focused CBT", "Indiv psychotherapy 45 min (90834) x 20 sessions"))
    assert len(plan.services) == 1
    service = plan.services[0]
    assert (service.code, service.amount.minutes) == ("90834", 45)
    assert service.frequency is None  # how often is not written: the gap stays


def test_coded_line_without_quantity_is_no_service() -> None:
    plan = read_blocks(_goals("Billing per 90837 rules for the practice"))
    assert plan.services == []


def test_session_line_gives_code_and_length_of_the_frequency_service() -> None:
    plan = read_blocks(_goals("Frequency - 2x wk", "Session 45 min (90834-95)"))
    assert len(plan.services) == 1
    service = plan.services[0]
    assert service.code == "90834" and service.modifiers == ["95"]
    assert service.frequency.per_week() == 2 and service.amount.minutes == 45


def test_named_coded_service_after_a_frequency_is_its_own() -> None:
    plan = read_blocks(_goals("Frequency: 2x wk", "Group psychotherapy 60 min (90853)"))
    assert [s.code for s in plan.services] == [None, "90853"]


def test_session_line_after_treatments_with_frequency_keeps_that_frequency() -> None:
    plan = read_blocks(_goals("Interventions: IPSRT, psychoed", "Freq: 2x/mo", "Session - 53 min (90837)"))
    assert len(plan.services) == 1
    service = plan.services[0]
    assert service.code == "90837" and service.amount.minutes == 53
    assert service.frequency is not None and service.frequency.per == "month"


# --- home-health orders opened by the discipline ---------------------------------------------------------------------


def _home_health(*orders: str) -> list[object]:
    return [
        "Brightwater Home Care",
        "HOME HEALTH POC",
        "patient: Ignatius Ferro",
        "soc 3/16/26   cert 3/16/26-5/14/26",
        "dx: E11.621 DM2 w/ foot ulcer",
        *orders,
    ]


def test_discipline_visit_orders_are_services() -> None:
    plan = read_blocks(_home_health(
        "* SN 2w3, 1w5 - wound assess/care L foot, DM teaching",
        "* OT freq 1w4 - ADL retraining",
        "* MSW PRN - community resources",
    ))
    by_name = {s.description.split()[0]: s for s in plan.services}
    assert set(by_name) == {"SN", "OT", "MSW"}
    assert by_name["OT"].frequency.stated
    assert by_name["MSW"].frequency.prn and not by_name["MSW"].frequency.stated  # no visit limit: the gap stays


def test_discipline_sentence_without_visit_order_is_no_service() -> None:
    plan = read_blocks(_home_health("PT will measure knee flexion weekly during visits"))
    assert plan.services == []


# --- one order split over lines; abbreviations run together --------------------------------------------------------


def test_order_split_over_lines_is_one_service() -> None:
    plan = read_blocks(_goals("tx: supportive therapy, CBT, problem solving", "Indiv tx", "q wk", "x 24 wks"))
    assert len(plan.services) == 1
    service = plan.services[0]
    assert service.description == "Indiv tx"
    assert service.frequency.per_week() == 1
    assert service.duration.value == 24 and service.amount is None
    assert all(p.statement not in ("q wk", "x 24 wks", "Indiv tx") for p in plan.problems)


def test_short_area_name_under_goals_is_still_a_problem() -> None:
    plan = read_blocks(_goals("Mood"))
    assert plan.services == []
    assert any(p.statement == "Mood" for p in plan.problems)


def test_signer_name_under_goals_is_no_problem() -> None:
    plan = read_blocks(_goals("Heidi Rasmund, LMFT"))
    assert all(p.statement != "Heidi Rasmund, LMFT" for p in plan.problems)


def test_q_week_is_weekly() -> None:
    [item] = parse_service("indiv counseling q wk 50 min")
    assert (item.description, item.frequency, item.amount) == ("indiv counseling", "q wk", "50 min")
    assert parse_service("quit smoking") == []


def test_run_together_facts_are_split() -> None:
    [item] = parse_service("Freq 1x/wk dur 14 wks 53 min 90837")
    assert (item.code, item.frequency, item.amount) == ("90837", "1x/wk", "53 min")
    [other] = parse_service("weekly durable medical equipment")  # "dur" inside a word is no label
    assert other.duration is None


def test_frequency_value_with_code_gives_the_service_code() -> None:
    plan = read_blocks(_goals("Freq weekly 45 min (90834)  Dur 16 wks"))
    service = plan.services[0]
    assert service.code == "90834" and service.frequency.per_week() == 1 and service.amount.minutes == 45


# --- goals: corrected dates, pending baselines, stray marks, dated lines ----------------------------------------------


def test_target_date_corrected_in_words() -> None:
    assert time_bound("GAD-7 from 17 to 9 by 9/30/25 - no, updated: 6/1/26")[0] == dt.date(2026, 6, 1)
    assert time_bound("walk alone by 3/1/26? no 4/1/26")[0] == dt.date(2026, 4, 1)
    assert time_bound("by 5/1/26; no 6/1/26 visits")[0] == dt.date(2026, 5, 1)  # no correction
    assert time_bound("by 5/1/26 and review 6/1/26")[0] == dt.date(2026, 5, 1)


def test_baseline_not_probed_yet_is_pending() -> None:
    assert pending_baseline("Baseline: not probed yet - will collect wk 1")
    assert not pending_baseline("2 of 10 trials")
    assert not pending_baseline("not yet 3 per session")


def test_goals_label_with_stray_colon_is_no_goal() -> None:
    plan = read_blocks([*_TOP, "Goals::", " LTG1 amb 200' w/ RW mod I by 4/13/26", " LTG2 TUG from 24 to under 14 sec by 4/27/26"])
    assert all(g.statement and g.statement != ":" for g in plan.goals)
    assert [g.target_date for g in plan.goals] == [dt.date(2026, 4, 13), dt.date(2026, 4, 27)]


def test_short_dated_line_under_goals_is_no_goal() -> None:
    plan = read_blocks([*_TOP, "Goals", "Goal 1: reduce panic from 4 to 1 per week by 6/1/26", "Reviewed 4/13/26"])
    assert len(plan.goals) == 1


def test_requested_label_names_no_service() -> None:
    found = parse_service("Requested: 97153 10 hrs/wk, 97155 2 hrs/wk")
    assert [(s.code, s.description) for s in found] == [("97153", None), ("97155", None)]
    [named] = parse_service("Requestor callback 2x/wk")  # a word that only starts like "request" is kept
    assert named.description == "Requestor callback"


def test_course_counted_in_sessions_is_the_duration() -> None:
    [item] = parse_service("Indiv psychotherapy 45 min (90834) x 20 sessions")
    assert item.duration == "20 sessions"
    [per_day] = parse_service("97110 2 sessions per day x 3 days/wk")  # sessions a day are the amount, no course
    assert per_day.duration is None and per_day.amount == "2 sessions per day"
