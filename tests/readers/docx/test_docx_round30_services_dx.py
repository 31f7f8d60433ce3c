"""Round 30 (services): faxed/OCR'd plans and clinician shorthand. Each change has a near miss.

- a services table's header row read as one line whose caption an OCR engine misread ("Se5sion length" for
  "Session length") is still the header: no service named "CPT Se5sion length Frequency", and the rows under it are
  read by its columns; a digit between letters is read as the letter it resembles only in such captions, never in
  codes or quantities;
- a page's confidentiality footer ("Lehigh Family Counseling - confidential - do not redisclose") under the services
  is no service; a service that is confidential and says how often is still one;
- "f/u w/ PCP re: sertraline; coord as needed" (a contact with the clinician who gives other care) orders no
  service; a coordination service with a code or a counted frequency still is;
- "2x/wk x 8 wks" on a line of its own under a table of coded procedures none of which says how often gives each
  of them how often and how long, as "Frequency: 2x/wk x 8 wks" already did; "as needed" alone does not, and a table
  without that line still has no frequency (the gap is still reported);
- a coded diagnosis whose name a line break cut after a comma or a joining word ("F10.20 - ETOH dependence," then
  "uncomplicated") is one diagnosis, as the same words on one line are, not a diagnosis without a code; a lower-case
  line after a name that ends whole ("meth - smoking 3-4 d/wk") stays a diagnosis of its own, its code missing;
- shorthand frequencies (authcheck.parsing): "wkly", "2-3x wkly", "twice wkly", "q other wk", "QOW", "bi-wkly",
  "every other wk", "q mo"; near misses: words that only start like them ("quote", "qmoney") and "q3mo" keep their
  reading.

Each test builds a small plan in code; names and wording are invented.
"""

from __future__ import annotations

import pytest
from docx_helpers import read_blocks

from authcheck.model import TreatmentPlan
from authcheck.parsing import parse_frequency
from authcheck.readers.docx.fields.services import confidentiality_notice, liaison_note, service_header_roles
from authcheck.readers.phrases.ocr import ocr_letters

_HEAD = [
    "Outpatient Treatment Plan",
    "Client: Harriet Quinlan",
    "DOB: 04/02/1961",
    "Plan date: 03/01/2026",
    "Diagnosis: F41.1 Generalized anxiety disorder",
    "Goal 1: reduce worry",
    "Objective 1: GAD-7 from 15 to 8 or below by 6/1/2026",
]


def _plan(*blocks: object) -> TreatmentPlan:
    return read_blocks([*_HEAD, *blocks])


def _services(plan: TreatmentPlan) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [
        (s.code, s.description, s.amount.text if s.amount else None, s.frequency.text if s.frequency else None)
        for s in plan.services
    ]


# --- an OCR'd caption in a services header read as a line --------------------------------------------------------


def test_ocr_letters_reads_a_digit_between_letters_as_the_letter() -> None:
    assert ocr_letters("Se5sion length") == "Session length"
    assert ocr_letters("C1inician") == "Clinician"
    assert ocr_letters("Rec0rd") == "Record"


@pytest.mark.parametrize("text", ["F41.1", "H0031", "97153", "1x/wk", "x3/wk", "q2wk", "G0299", "Z96.652", "3w4, 2w4"])
def test_ocr_letters_keeps_codes_and_quantities(text: str) -> None:
    assert ocr_letters(text) == text


def test_header_with_an_ocr_caption_is_the_header() -> None:
    assert service_header_roles("Service   CPT   Se5sion length   Frequency") == service_header_roles(
        "Service   CPT   Session length   Frequency"
    )
    plan = _plan(
        "Services",
        "Service   CPT   Se5sion length   Frequency",
        "Indiv psychotherapy   90834   45 min   1x/wk",
        "Med mgmt (psych NP)   99213   15 min   q4wk",
    )
    assert _services(plan) == [
        ("90834", "Indiv psychotherapy", "45 min", "1x/wk"),
        ("99213", "Med mgmt (psych NP)", "15 min", "q4wk"),
    ]


def test_near_miss_a_caption_with_a_number_of_its_own_is_no_header() -> None:
    # a digit beside a space is a number, not a misread letter: the line is no header
    assert service_header_roles("Service   CPT   Session 2 length   Frequency") is None
    assert service_header_roles("Indiv psychotherapy   90834   45 min   1x/wk") is None


# --- a confidentiality footer -----------------------------------------------------------------------------------


def test_confidentiality_footer_is_no_service() -> None:
    assert confidentiality_notice("Lehigh Family Counseling - confidential - do not redisclose")
    assert confidentiality_notice("PRIVILEGED AND CONFIDENTIAL - protected health information")
    plan = _plan(
        "Services",
        "- Indiv psychotherapy (CBT) - 90834 - 45 min - 1x/wk",
        "Lehigh Family Counseling - confidential - do not redisclose",
    )
    assert _services(plan) == [("90834", "Indiv psychotherapy (CBT)", "45 min", "1x/wk")]


def test_near_miss_a_confidential_service_with_its_quantities_is_a_service() -> None:
    assert not confidentiality_notice("Confidential HIV counseling - 30 min - 1x/wk")
    assert not confidentiality_notice("Confidential counseling (90834)")
    plan = _plan(
        "Services",
        "- Indiv psychotherapy (CBT) - 90834 - 45 min - 1x/wk",
        "- Confidential HIV counseling - 30 min - 1x/wk",
    )
    assert len(plan.services) == 2
    second = plan.services[1]
    assert second.frequency is not None and second.frequency.stated
    assert second.amount is not None and second.amount.minutes == 30


# --- a contact with the clinician who gives other care -----------------------------------------------------------


def test_follow_up_with_the_pcp_is_no_service() -> None:
    assert liaison_note("f/u w/ PCP re: sertraline; coord as needed")
    assert liaison_note("Coordinate with psychiatrist regarding medication changes")
    plan = _plan(
        "Services",
        "- Indiv psychotherapy (CBT) - 90834 - 45 min - 1x/wk",
        "- f/u w/ PCP re: sertraline; coord as needed",
    )
    assert _services(plan) == [("90834", "Indiv psychotherapy (CBT)", "45 min", "1x/wk")]


def test_near_miss_a_coordination_service_with_a_code_or_a_count_is_a_service() -> None:
    assert not liaison_note("Care coordination w/ PCP (H0032) monthly")
    assert not liaison_note("Coordination with PCP 1x/mo, 15 min")
    assert not liaison_note("Family therapy w/ parents as needed")  # (no other clinician: a service of its own)
    plan = _plan(
        "Services",
        "- Indiv psychotherapy (CBT) - 90834 - 45 min - 1x/wk",
        "- Coordination with PCP 1x/mo, 15 min",
    )
    assert len(plan.services) == 2
    assert plan.services[1].frequency is not None and plan.services[1].frequency.per == "month"


# --- how often, on a line of its own under a table of coded procedures -------------------------------------------

_PROCEDURES = [["Intervention", "CPT"], ["Therapeutic exercise", "97110"], ["Manual therapy", "97140"], ["Gait training", "97116"]]


@pytest.mark.parametrize("heading", [["Tx plan", ""], ["Plan of care"]])
def test_bare_frequency_under_a_procedures_table_is_theirs(heading: list[str]) -> None:
    plan = _plan(*heading, _PROCEDURES, "2x/wk x 8 wks", "recert by 5/23/26")
    assert [s.code for s in plan.services] == ["97110", "97140", "97116"]
    for service in plan.services:
        assert service.frequency is not None and service.frequency.count == 2 and service.frequency.per == "week"
        assert service.duration is not None and service.duration.value == 8 and service.duration.unit == "week"


@pytest.mark.parametrize("heading", [["Tx plan", ""], ["Plan of care"]])
def test_near_miss_no_line_or_as_needed_leaves_the_frequency_missing(heading: list[str]) -> None:
    for after in (["recert by 5/23/26"], ["as needed"]):
        plan = _plan(*heading, _PROCEDURES, *after)
        assert [s.code for s in plan.services] == ["97110", "97140", "97116"]
        assert all(s.frequency is None or not s.frequency.stated for s in plan.services), after


def test_near_miss_a_table_that_states_its_own_frequency_keeps_it() -> None:
    rows = [["Intervention", "CPT", "Frequency"], ["Therapeutic exercise", "97110", "3x/wk"], ["Manual therapy", "97140", ""]]
    plan = _plan("Tx plan", "", rows, "2x/wk x 8 wks")
    first = plan.services[0]
    assert first.code == "97110" and first.frequency is not None and first.frequency.count == 3
    assert all(s.frequency is None or s.frequency.count != 2 for s in plan.services)


# --- a diagnosis's name wrapped over two lines -------------------------------------------------------------------


def _diagnoses(*lines: str) -> list[tuple[str | None, str | None]]:
    plan = read_blocks(["Treatment Plan", "Client: Harriet Quinlan", "Plan date: 03/01/2026", "Dx", *lines])
    return [(d.code, d.description) for d in plan.diagnoses]


def test_wrapped_diagnosis_name_is_one_diagnosis() -> None:
    assert _diagnoses("F10.20 - ETOH dependence,", "uncomplicated") == [("F10.20", "ETOH dependence, uncomplicated")]
    assert _diagnoses("F10.20 - ETOH dependence,", "uncomplicated") == _diagnoses("F10.20 - ETOH dependence, uncomplicated")
    assert _diagnoses("F43.10 PTSD with", "nightmares", "F41.1 GAD") == [
        ("F43.10", "PTSD with nightmares"),
        ("F41.1", "GAD"),
    ]


def test_near_miss_a_line_after_a_whole_name_stays_uncoded() -> None:
    assert _diagnoses("F15.20 - stimulant (meth) dependence", "insomnia") == [
        ("F15.20", "stimulant (meth) dependence"),
        (None, "insomnia"),
    ]
    # a capitalised line is no continuation, even after a comma
    found = _diagnoses("F41.1 GAD,", "Insomnia")
    assert found[0] == ("F41.1", "GAD") and (None, "Insomnia") in found


# --- shorthand frequencies -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "count_max", "per"),
    [
        ("wkly", 1.0, None, "week"),
        ("2-3x wkly", 2.0, 3.0, "week"),
        ("2x wkly x 8 wks", 2.0, None, "week"),
        ("twice wkly", 2.0, None, "week"),
        ("q other wk", 0.5, None, "week"),
        ("QOW", 0.5, None, "week"),
        ("q.o.w.", 0.5, None, "week"),
        ("bi-wkly", 0.5, None, "week"),
        ("every other wk", 0.5, None, "week"),
        ("q mo", 1.0, None, "month"),
        ("qmo", 1.0, None, "month"),
    ],
)
def test_shorthand_frequencies(text: str, count: float, count_max: float | None, per: str) -> None:
    parsed = parse_frequency(text)
    assert parsed is not None, text
    assert (parsed.count, parsed.count_max, parsed.per) == (count, count_max, per)


def test_near_miss_shorthand_frequencies_keep_their_reading() -> None:
    assert parse_frequency("quote") is None
    assert parse_frequency("qmoney") is None
    assert parse_frequency("mo") is None
    q3 = parse_frequency("q3mo")
    assert q3 is not None and q3.per == "month" and q3.count is not None and abs(q3.count - 1 / 3) < 1e-9
    assert parse_frequency("q2wk") is not None and parse_frequency("q2wk").count == 0.5  # type: ignore[union-attr]


def test_service_with_a_shorthand_frequency_states_it() -> None:
    plan = _plan("Services", "- Family therapy - 90847 - 50 min - q other wk")
    service = plan.services[0]
    assert service.code == "90847" and service.frequency is not None and service.frequency.stated
    assert service.frequency.per_week() == 0.5
