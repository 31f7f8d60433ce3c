"""Labels and section titles written casually (round 24b): a field's label set off from its value by a stray mark
instead of a colon ("Dx - F41", "Dx; F31.81", "Services- grp 2x/wk", "tx. CBT grp daily") or by a wide gap
("Services  methadone daily dosing"), a label or a title one typing slip from a known one ("Frequancy 1x wk",
"Diagnosys"), and element labels without a colon ("Goal 1 feel safe", "LTG  sustained abstinence", "Prob 1  daily
drinking", "obj - CIWA-B ...", "obj. negative UDS ..."). Each change has a near miss that must still not be read.
Every document is built here with python-docx."""

from __future__ import annotations

import docx
import pytest

from authcheck.readers.docx.label_split import split_labels
from authcheck.readers.docx.labels import element_label, field_key, subfield_key
from authcheck.readers.docx.sections import match_section
from authcheck.readers.docx.state import WEAK_HEADING_SCORE
from docx_helpers import read_document


def _doc(*lines: str) -> docx.Document:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    return document


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(s.label, s.value) for s in split_labels(text)]


# --- a field's label with a stray mark for its colon ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("Dx - F41 anxiety", "Dx", "F41 anxiety"),
        ("dx - F43.23 adj d/o", "dx", "F43.23 adj d/o"),
        ("Dx; F31.81 bipolar II", "Dx", "F31.81 bipolar II"),
        ("Dx- F15.20 methamphetamine use d/o", "Dx", "F15.20 methamphetamine use d/o"),
        ("Dx. F10.20 alcohol dependence", "Dx", "F10.20 alcohol dependence"),
        ("tx - supportive therapy, CBT", "tx", "supportive therapy, CBT"),
        ("tx. CBT grp daily, indiv 2x/wk", "tx", "CBT grp daily, indiv 2x/wk"),
        ("Services - indiv counseling daily 30 min", "Services", "indiv counseling daily 30 min"),
        ("Services- grp 2x/wk 2 hrs", "Services", "grp 2x/wk 2 hrs"),
        ("Plan date - 9/9/24", "Plan date", "9/9/24"),
        ("MBI;  3PE6-TT1-YV27", "MBI", "3PE6-TT1-YV27"),
    ],
)
def test_a_known_label_with_a_stray_mark_is_cut_from_its_value(text: str, label: str, value: str) -> None:
    assert _pairs(text) == [(label, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Dx pending further testing",  # no mark, no code: left as written
        "Dx - pending further testing",  # the words go on a sentence
        "Pt. will walk 50 ft with a walker",  # an abbreviation's dot before a sentence
        "Pt - will walk 50 ft",
        "PT - 3x wk x 4 wks",  # a discipline's initials over its visits, no field label
        "ID - patient refused to show a card",  # an identifier's short label over no number
        "Treatment - to be continued after discharge",
        "OPIOID TREATMENT PROGRAM - INDIVIDUALIZED TREATMENT PLAN",  # a document's title
        "Summary - client is doing well",  # no field's label
    ],
)
def test_a_stray_mark_after_prose_or_a_title_cuts_nothing(text: str) -> None:
    assert _pairs(text)[0][0] is None


def test_a_colon_label_opened_by_an_abbreviation_keeps_its_colon() -> None:
    assert _pairs("Tx. plan date: 02/02/2026") == [("Tx. plan date", "02/02/2026")]


def test_a_session_length_with_a_dash_is_left_to_the_service_line() -> None:
    assert _pairs("Session - 53 min (90837)")[0][0] is None


def test_services_after_a_wide_gap_are_cut_from_their_label() -> None:
    assert _pairs("Services  methadone daily dosing; indiv counseling 50 min 4x/mo") == [
        ("Services", "methadone daily dosing; indiv counseling 50 min 4x/mo")
    ]


@pytest.mark.parametrize("text", ["Services  were reviewed with the client", "Tx  CBT weekly"])
def test_a_wide_gap_after_services_before_a_sentence_cuts_nothing(text: str) -> None:
    assert _pairs(text)[0][0] is None


def test_a_diagnosis_with_a_dash_for_its_colon_is_read() -> None:
    plan = read_document(_doc("Treatment plan", "Name: Ana Ruiz", "Dx - F41.1 generalized anxiety", "Goals",
                              "Goal 1: reduce worry"))
    assert [d.code for d in plan.diagnoses] == ["F41.1"]


def test_a_diagnosis_pending_with_a_dash_is_no_diagnosis() -> None:
    plan = read_document(_doc("Treatment plan", "Name: Ana Ruiz", "Dx - pending further testing", "Goals",
                              "Goal 1: reduce worry"))
    assert plan.diagnoses == []


# --- a label one typing slip from a known one -----------------------------------------------------------------------


@pytest.mark.parametrize(("label", "key"), [("Frequancy", "frequency"), ("Frequecny", "frequency"),
                                            ("Assesment", "assessment"), ("Diagnsis", "diagnosis")])
def test_a_label_one_slip_from_a_known_label_is_read(label: str, key: str) -> None:
    assert field_key(label) == key


@pytest.mark.parametrize("label", ["Diagnosed", "Frequent", "Reviewed"])
def test_another_word_ending_is_no_slip(label: str) -> None:
    assert field_key(label) in (None, "other")


def test_a_slip_in_a_short_word_or_an_accented_word_is_none() -> None:
    assert field_key("TP date") == "plan_date"  # a plan's initials, not "to date" slipped
    assert field_key("Evaluación") != "first_treatment_date"  # Spanish, not "evaluation" slipped


def test_a_misspelt_frequency_label_runs_into_its_value() -> None:
    assert _pairs("Frequancy 1x wk") == [("Frequancy", "1x wk")]
    assert _pairs("Frequent 1x wk")[0][0] is None


def test_a_baseline_label_one_slip_off_is_a_goal_fact() -> None:
    assert subfield_key("Baselne") == "baseline"


# --- a section title one typing slip from a synonym -----------------------------------------------------------------


@pytest.mark.parametrize(("title", "key"), [("Diagnosys", "diagnosis"), ("Frequancy", "frequency"),
                                            ("Signatrues", "signatures")])
def test_a_title_one_slip_from_a_synonym_opens_its_section(title: str, key: str) -> None:
    found = match_section(title)
    assert found.key == key and found.score >= WEAK_HEADING_SCORE


@pytest.mark.parametrize("title", ["Diagnosed", "Content", "Measured", "Progressed"])
def test_a_word_near_a_title_is_no_weak_heading(title: str) -> None:
    assert match_section(title).score < WEAK_HEADING_SCORE


def test_a_misspelt_diagnosis_heading_reads_the_codes_under_it() -> None:
    plan = read_document(_doc("Treatment plan", "Name: Ana Ruiz", "Diagnosys", "F41.1 generalized anxiety disorder",
                              "Goals", "Goal 1: reduce worry"))
    assert [d.code for d in plan.diagnoses] == ["F41.1"]


# --- element labels without a colon ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "number", "value"),
    [
        ("Goal 1 feel safe at home again", "goal", "1", "feel safe at home again"),
        ("Obj 1 PCL-5 from 48 to under 33 by 6/2/26", "objective", "1", "PCL-5 from 48 to under 33 by 6/2/26"),
        ("LTG  sustained abstinence from alcohol", "goal", None, "sustained abstinence from alcohol"),
        ("Prob 1  daily drinking, 2 DUIs", "problem", "1", "daily drinking, 2 DUIs"),
        ("obj - CIWA-B scores under 10 for 3 days by 4/20/26", "objective", None,
         "CIWA-B scores under 10 for 3 days by 4/20/26"),
        ("obj. negative breathalyzer on all daily tests by 3/7/26", "objective", None,
         "negative breathalyzer on all daily tests by 3/7/26"),
        ("Goal 1 in-seat behavior: stays seated 15 min", "goal", "1", "in-seat behavior: stays seated 15 min"),
    ],
)
def test_a_colon_less_element_label_starts_its_element(text: str, kind: str, number: str | None, value: str) -> None:
    found = element_label(text)
    assert found is not None
    assert (found.kind, found.number, found.value) == (kind, number, value)


@pytest.mark.parametrize(
    "text",
    [
        "goal 1 of the program was met last year",
        "Goal 2 met",
        "Goal 3 times a week is the aim",
        "Obj. to the change in schedule",
        "Obj: alert and oriented",  # a SOAP note's objective findings
        "Prob 1 more session before discharge",
        "LTG met",
        "Goal 1 target date: 6/1/26",  # a goal's fact, not its statement
        "Step 1 wash hands",
    ],
)
def test_prose_after_an_element_word_starts_no_element(text: str) -> None:
    assert element_label(text) is None


def test_colon_less_goals_and_objectives_are_read_as_a_plan() -> None:
    plan = read_document(_doc(
        "Tx Plan", "client Ana Ruiz   DOB 3/15/1959", "Dx F43.10 PTSD",
        "Goal 1 feel safe at home again",
        "Obj 1 PCL-5 from 48 to under 33 by 6/2/26",
        "Obj 2 sleep through the night at least 4 nights/wk by 5/5/26",
        "Goal 2 return to shopping independently",
        "Obj 1 go to the supermarket alone at least 1x/wk",
    ))
    goals = [g for p in plan.problems for g in p.goals]
    assert [g.statement for g in goals] == ["feel safe at home again", "return to shopping independently"]
    assert [len(g.objectives) for g in goals] == [2, 1]
    assert goals[1].objectives[0].target_date is None  # the undated objective stays undated


def test_acronym_goals_and_abbreviated_problems_hold_their_objectives() -> None:
    plan = read_document(_doc(
        "Individualized Tx Plan", "client  Ana Ruiz     DOB  7/21/1986", "Dx  F10.20 alcohol use d/o, severe",
        "Prob 1  daily drinking, lost job",
        "  LTG  sustained abstinence from alcohol",
        "  STG 1a  negative BAC on all random breathalyzer tests for 30 days by 4/3/26",
    ))
    assert [p.statement for p in plan.problems] == ["daily drinking, lost job"]
    goal = plan.problems[0].goals[0]
    assert goal.statement == "sustained abstinence from alcohol"
    assert len(goal.objectives) == 1
