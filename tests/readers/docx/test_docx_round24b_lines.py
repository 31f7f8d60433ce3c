"""Lines of their own and facts run into a goal's sentence, round 24b (plans typed without a template).

- a signer's line typed in lower case with a double dash ("client sig -- Tobias Wendt 3/10/26") under a services
  line that stops with no full stop is a line of its own, not the rest of the services line;
- an objective typed as a bare "obj - ...", "obj. ...", "obj: ..." under a goal line with no full stop is a line of
  its own, and so is an element label ("goal 2) ...");
- a mastery criterion set off by a comma or a spaced dash inside a goal's sentence ("..., mastery 3 consec sessions,
  by 8/1/26", "... - mastery 3 consecutive sessions - by 8/14/26"), its value ending at the next fact;
- who made a coded diagnosis and when, in a bracket after it, when the line is read as a run-in "Dx F84.0 ..." fact
  whose value lost its closing bracket.

Each test builds a small plan with python-docx; names and wording are invented. Each change has a near miss.
"""

from __future__ import annotations

import datetime as dt

from authcheck.model import TreatmentPlan
from authcheck.readers.docx.goal_phrases import BARE_OBJ, INLINE_FACTS
from authcheck.readers.phrases.diagnoses import parse_diagnoses
from authcheck.readers.docx.unwrap import unwrap_breaks
from docx_helpers import goals_of, read_blocks

_HEAD = [
    "Harbor Point Recovery Services",
    "Client- Tobias Wendt",
    "DOB- 5/12/1984",
    "Plan date- 3/10/26",
    "Diagnosis: F15.20 methamphetamine use disorder, severe",
]

_MASTERY = dict(INLINE_FACTS)["mastery_criteria"]


def _plan(*lines: str, head: list[str] | None = None) -> TreatmentPlan:
    return read_blocks([*(head if head is not None else _HEAD), *lines])


# --- a signer's line under a line left open ------------------------------------------------------------------------


def test_double_dashed_signer_line_is_not_glued_to_the_services_line() -> None:
    plan = _plan(
        "Goal 1: stop meth use",
        "Obj 1a: negative UDS on every weekly screen for 6 consecutive wks by 4/21/26",
        "Services- grp 2x/wk 2 hrs; indiv 1x/wk 50 min; UDS 1x/wk",
        "client sig -- Tobias Wendt 3/10/26",
        "counselor sig -- Mirela Kostas LCDC 3/10/26",
    )
    roles = {(s.role, s.name, s.date) for s in plan.signatures}
    assert ("client", "Tobias Wendt", dt.date(2026, 3, 10)) in roles
    assert ("clinician", "Mirela Kostas", dt.date(2026, 3, 10)) in roles


def test_signer_line_stays_apart_and_a_role_word_before_prose_still_joins() -> None:
    services = "Services- grp 2x/wk 2 hrs; indiv 1x/wk 50 min; UDS 1x/wk"
    assert unwrap_breaks(f"{services}\nclient sig -- Tobias Wendt 3/10/26").count("\n") == 1
    assert unwrap_breaks(f"{services}\ntherapist - Mirela Kostas, LCDC 3/10/26").count("\n") == 1
    # near miss: a role word opening the rest of a sentence, its value no name ("parent - practice ... by 4/1/26")
    goal = "Obj 2: Tobias will rehearse the refusal script with his"
    assert "\n" not in unwrap_breaks(f"{goal}\nparent - practice at home 3x/wk by 4/1/26")
    open_line = "Obj 2: rehearse the refusal script every evening at home"
    assert "\n" not in unwrap_breaks(f"{open_line}\nparent - practice at home 3x/wk by 4/1/26")
    # near miss: no date closes the line, so it is not a signature
    assert "\n" not in unwrap_breaks(f"{open_line}\nparent -- Rosa Wendt agreed to help")


# --- a bare objective under a goal line --------------------------------------------------------------------------


def test_bare_obj_lines_under_an_open_goal_line_are_objectives() -> None:
    plan = _plan(
        "Goals/objectives",
        "Goal 1 - complete safe taper + stabilization",
        "   obj - CIWA-B scores under 10 for 3 consecutive days by 4/20/26",
        "Goal 2 - step-down planning with his family",
        "   obj. attend 1 discharge planning mtg + sign referral to IOP by 4/24/26",
        "   obj: name 3 people he can call for support by 4/22/26",
    )
    goals = goals_of(plan)
    assert [g.statement for g in goals] == ["complete safe taper + stabilization", "step-down planning with his family"]
    first, second = goals
    assert [o.statement for o in first.objectives] == ["CIWA-B scores under 10 for 3 consecutive days by 4/20/26"]
    assert first.objectives[0].target_date == dt.date(2026, 4, 20)
    assert [o.target_date for o in second.objectives] == [dt.date(2026, 4, 24), dt.date(2026, 4, 22)]


def test_element_label_stays_apart_and_a_word_opening_with_obj_still_joins() -> None:
    goal = "Goal 1 - complete safe taper + stabilization"
    assert unwrap_breaks(f"{goal}\nobj - CIWA-B under 10 by 4/20/26").count("\n") == 1
    assert unwrap_breaks(f"{goal}\ngoal 2) reduce cravings to 2/10 by 5/1/26").count("\n") == 1
    # near miss: "objects ..." and "obj" with no separator are the sentence going on, not an objective
    sort = "Goal 1 - sort household items by color and shape into bins"
    assert "\n" not in unwrap_breaks(f"{sort}\nobjects named by the therapist, by 4/1/26")
    assert BARE_OBJ.match("obj. negative UDS by 4/1/26") is not None
    assert BARE_OBJ.match("obj negative UDS by 4/1/26") is None
    assert BARE_OBJ.match("obj.5 mg") is None


# --- a mastery criterion set off by a comma or a dash ------------------------------------------------------------


def test_mastery_after_a_comma_or_a_dash_is_read_up_to_the_next_fact() -> None:
    plan = _plan(
        "Goals",
        "1. Teodor will use 2-word phrases to request, 20 or more per session (baseline 3 per session)"
        " - mastery 3 consecutive sessions - by 8/14/26",
        "2. Teodor will answer wh questions w/ 80% acc, baseline 20%, mastery 3 consec sessions, by 8/1/26",
    )
    goals = goals_of(plan)
    assert [g.mastery_criteria for g in goals] == ["3 consecutive sessions", "3 consec sessions"]
    assert [g.target_date for g in goals] == [dt.date(2026, 8, 14), dt.date(2026, 8, 1)]


def test_mastery_in_prose_is_not_a_criterion() -> None:
    def value(text: str) -> str | None:
        found = _MASTERY.search(text)
        return found.group("value") if found else None

    assert value("Teodor will sign 5 words; mastery: 80% (3 sessions)") == "80%"
    assert value("Teodor will sign 5 words, mastery: independent in 2 settings") == "independent in 2 settings"
    # near miss: "mastery" as a word of the sentence, after a comma or a dash
    assert value("Teodor will practice daily, mastery of 5 signs is expected by 8/1/26") is None
    assert value("Teodor will practice signs - mastery comes with time") is None
    assert value("Teodor will build toward mastery of 5 signs by 8/1/26") is None
    plan = _plan("Goals", "1. Teodor will practice turn-taking daily with peers, mastery of the game is the hope")
    assert [g.mastery_criteria for g in goals_of(plan)] == [None]


# --- who made a diagnosis, in a bracket ----------------------------------------------------------------------------


def test_bracketed_maker_after_a_run_in_coded_diagnosis() -> None:
    head = ["ABA Treatment plan", "Client: Valeria Quintero     DOB 6/30/2021", "Plan date 3/12/26"]
    plan = _plan("Dx F84.0 autistic disorder (Dr. Anselm Varga, PhD, 3/3/24)", head=head)
    (diagnosis,) = plan.diagnoses
    assert (diagnosis.code, diagnosis.description) == ("F84.0", "autistic disorder")
    assert (diagnosis.diagnosed_by, diagnosis.diagnosed_on) == ("Anselm Varga, PhD", dt.date(2024, 3, 3))
    (cut,) = parse_diagnoses("F84.0 autistic disorder (Dr. Anselm Varga, PhD, 3/3/24")
    assert (cut.diagnosed_by, cut.diagnosed_on) == ("Anselm Varga, PhD", dt.date(2024, 3, 3))


def test_bracket_with_a_medication_or_a_date_alone_names_no_maker() -> None:
    head = ["ABA Treatment plan", "Client: Valeria Quintero     DOB 6/30/2021", "Plan date 3/12/26"]
    plan = _plan("Dx F90.2 ADHD combined type (methylphenidate 10 mg, 3/3/24)", head=head)
    (diagnosis,) = plan.diagnoses
    assert diagnosis.code == "F90.2" and diagnosis.diagnosed_by is None
    (dated,) = parse_diagnoses("F84.0 autistic disorder (3/3/24")
    assert dated.diagnosed_by is None
    (medication,) = parse_diagnoses("F90.2 ADHD combined type (methylphenidate 10 mg, 3/3/24")
    assert medication.diagnosed_by is None and medication.diagnosed_on is None
