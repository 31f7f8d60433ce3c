"""Document layout as converted or exported files write it (round 13): text in floating text boxes (Word's drawing
with its VML fallback copy, or VML alone), a caption box beside its value box, wrapped lines inside one box; tables
typed with runs of spaces or with tabs ("CODE  SERVICE  AMOUNT  FREQUENCY  DURATION" over value lines, text wrapped
inside a column); a header-less column layout whose text wraps inside its column; line breaks inside a sentence;
a page header printed again at the top of each page. Each document is built here with python-docx, in wordings of
its own; each rule has a near miss that must not be read."""

from __future__ import annotations

import io
import itertools

import docx
from docx.oxml import parse_xml as docx_parse_xml
from docx.shared import Pt
from docx_helpers import read_blocks, read_document

from authcheck.parsing import parse_frequency
from authcheck.readers.docx.blocks import Para, read_body
from authcheck.readers.docx.package import open_docx
from authcheck.readers.docx.text_columns import join_column_wraps, text_tables
from authcheck.readers.docx.unwrap import unwrap_breaks

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)
_ids = itertools.count(1)


def _paras(lines: list[str], bold: bool) -> str:
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return "".join(f'<w:p><w:r>{b}<w:t xml:space="preserve">{line}</w:t></w:r></w:p>' for line in lines)


def _box(paragraph, lines: list[str], x_pt: float, y_pt: float, *, bold: bool = False, mode: str = "both") -> None:
    """A floating text box anchored in `paragraph`: "both" (a drawing with Word's VML fallback copy), "vml" (VML
    alone, older converters) or "drawing" (no fallback)."""
    n = next(_ids)
    content = f"<w:txbxContent>{_paras(lines, bold)}</w:txbxContent>"
    vml = (
        f'<w:pict><v:shape id="Box{n}" style="position:absolute;margin-left:{x_pt}pt;margin-top:{y_pt}pt;'
        f'width:100pt;height:14pt;mso-position-vertical-relative:page"><v:textbox>{content}</v:textbox></v:shape>'
        "</w:pict>"
    )
    drawing = (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" '
        'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{int(x_pt * 12700)}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{int(y_pt * 12700)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="1270000" cy="177800"/><wp:wrapNone/><wp:docPr id="{n}" name="Text Box {n}"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        "</w:drawing>"
    )
    if mode == "vml":
        inner = vml
    elif mode == "drawing":
        inner = f'<mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice></mc:AlternateContent>'
    else:
        inner = (
            f'<mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
            f"<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent>"
        )
    paragraph._p.append(docx_parse_xml(f"<w:r {_NS}>{inner}</w:r>"))


def _body(document: docx.Document) -> list:
    buffer = io.BytesIO()
    document.save(buffer)
    package = open_docx(buffer.getvalue(), "t.docx")
    return read_body(package.document, package.load_styles, package.document_data)


def _texts(blocks: list) -> list[str]:
    return [b.text for b in blocks if isinstance(b, Para) and b.text.strip()]


# ----------------------------------------------------------------------------------------------- text boxes


def test_fallback_copy_of_a_text_box_is_read_once_and_equal_boxes_both_count() -> None:
    document = docx.Document()
    anchor = document.add_paragraph()
    _box(anchor, ["Interventions:"], 40, 100)
    _box(anchor, ["- Weekly check-in with the case manager"], 40, 120)
    _box(anchor, ["Interventions:"], 40, 300)  # the same caption for a second goal: a box of its own
    _box(anchor, ["- Peer mentor twice a week"], 40, 320)
    texts = _texts(_body(document))
    assert texts == [
        "Interventions:",
        "- Weekly check-in with the case manager",
        "Interventions:",
        "- Peer mentor twice a week",
    ]


def test_vml_only_and_drawing_only_boxes_are_read() -> None:
    for mode in ("vml", "drawing"):
        document = docx.Document()
        anchor = document.add_paragraph()
        _box(anchor, ["Speech Therapy Plan of Care"], 40, 40, bold=True, mode=mode)
        _box(anchor, ["Patient name"], 40, 70, bold=True, mode=mode)
        _box(anchor, ["Odalys Frei-Montero"], 200, 70, mode=mode)
        assert _texts(_body(document)) == ["Speech Therapy Plan of Care", "Patient name: Odalys Frei-Montero"]


def test_caption_boxes_beside_value_boxes_give_the_client_facts() -> None:
    document = docx.Document()
    anchor = document.add_paragraph()
    _box(anchor, ["Riverside Counseling Associates"], 36, 36, bold=True)
    _box(anchor, ["Individual Treatment Plan"], 36, 56, bold=True)
    for y, pairs in ((80, [("Consumer", "Tobias Quennell"), ("Birth date", "11/02/1979")]),
                     (98, [("Medicaid #", "QX44719025"), ("Plan Date", "02/03/2026")])):
        for k, (label, value) in enumerate(pairs):
            _box(anchor, [label], 36 + 270 * k, y, bold=True)
            _box(anchor, [value], 150 + 270 * k, y + 0.5)  # a converter's half point of drift
    plan = read_document(document)
    assert plan.patient.name == "Tobias Quennell"
    assert str(plan.patient.birth_date) == "1979-11-02"
    assert plan.patient.member_id == "QX44719025"
    assert str(plan.plan_date) == "2026-02-03"


def test_numbered_form_caption_over_its_value_in_one_box() -> None:
    document = docx.Document()
    anchor = document.add_paragraph()
    _box(anchor, ["HOME HEALTH PLAN OF TREATMENT"], 36, 30, bold=True)
    _box(anchor, ["1. Beneficiary No.", "4TR8KX2WQ51"], 36, 60)
    _box(anchor, ["5. Patient's Name", "Wilhelmina Osei"], 36, 100)
    _box(anchor, ["6. Date of Birth", "05/30/1938"], 300, 100)
    plan = read_document(document)
    assert plan.patient.member_id == "4TR8KX2WQ51"
    assert plan.patient.name == "Wilhelmina Osei"
    assert str(plan.patient.birth_date) == "1938-05-30"


def test_boxes_on_different_lines_or_several_lines_are_not_joined_across() -> None:
    """Near miss: boxes at different heights, or boxes of several paragraphs (columns), are read one after the
    other; a caption box that is not set apart by its look is joined with a tab, never given a colon."""
    document = docx.Document()
    anchor = document.add_paragraph()
    _box(anchor, ["Reason for referral"], 36, 100, bold=True)
    _box(anchor, ["Panic attacks at work"], 36, 140)
    _box(anchor, ["Left column first line", "Left column second line"], 36, 200)
    _box(anchor, ["Right column first line", "Right column second line"], 300, 200)
    _box(anchor, ["Phone"], 36, 260)
    _box(anchor, ["(555) 013-2288"], 150, 260)
    assert _texts(_body(document)) == [
        "Reason for referral",
        "Panic attacks at work",
        "Left column first line",
        "Left column second line",
        "Right column first line",
        "Right column second line",
        "Phone\t(555) 013-2288",
    ]


def test_wrapped_lines_inside_one_box_are_joined_but_not_across_boxes() -> None:
    document = docx.Document()
    anchor = document.add_paragraph()
    _box(anchor, ["Goals and Objectives"], 36, 40, bold=True)
    _box(anchor, ["Goal 1: Imani will lower her GAD-7 score from 14 to 7 or less, as measured",
                  "monthly in session. (Target date: 06/30/2026)",
                  "Objective 1a: Imani will practise paced breathing on 5 of 7 days, per her",
                  "phone log. (Target date: 04/15/2026)"], 36, 60)
    _box(anchor, ["and her worries"], 36, 140)  # a box of its own: not the end of the objective above
    blocks = _body(document)
    from authcheck.readers.docx.unwrap import unwrap_paragraphs

    texts = _texts(unwrap_paragraphs(blocks))
    assert texts[1] == (
        "Goal 1: Imani will lower her GAD-7 score from 14 to 7 or less, as measured monthly in session. "
        "(Target date: 06/30/2026)"
    )
    assert texts[2] == "Objective 1a: Imani will practise paced breathing on 5 of 7 days, per her phone log. " \
        "(Target date: 04/15/2026)"
    assert texts[3] == "and her worries"
    plan = read_document(document)
    goal = plan.problems[0].goals[0] if plan.problems else plan.goals[0]
    assert str(goal.objectives[0].target_date) == "2026-04-15"


def test_a_box_beside_a_paragraphs_own_text_stays_a_side_note() -> None:
    """Near miss: a box anchored in a paragraph that has text of its own is a side note; it does not become body
    paragraphs that could open a section."""
    document = docx.Document()
    anchor = document.add_paragraph("Lakeshore Pediatric Therapy")
    _box(anchor, ["AUTHORIZATION REQUEST", "Requested start: 03/09/2026"], 400, 30)
    blocks = _body(document)
    paras = [b for b in blocks if isinstance(b, Para)]
    assert [p.text for p in paras] == ["Lakeshore Pediatric Therapy"]
    assert paras[0].extra == ["AUTHORIZATION REQUEST", "Requested start: 03/09/2026"]


# ------------------------------------------------------------------------------------- tables typed as text


def _mono(document: docx.Document, lines: list[str]) -> None:
    for line in lines:
        run = document.add_paragraph().add_run(line)
        run.font.name = "Courier New"
        run.font.size = Pt(8)


def test_space_aligned_services_table_with_wrapped_cells() -> None:
    document = docx.Document()
    document.add_paragraph("Client: Anselm Rooke    DOB: 09/09/2011")
    document.add_paragraph("AUTHORIZATION REQUEST")
    _mono(document, [
        "CPT      DESCRIPTION                  UNITS / HOURS     FREQUENCY        DURATION",
        "97153    Direct ABA treatment by      15 hours per      5 days/week      6 months",
        "         technician                   week",
        "97155    Protocol modification        3 hours per       weekly           6 months",
        "                                      week",
        "",
        "Next review: 07/01/2026",
    ])
    plan = read_document(document)
    assert [s.code for s in plan.services] == ["97153", "97155"]
    assert plan.services[0].description.startswith("Direct ABA treatment by technician")
    assert plan.services[1].frequency is not None and plan.services[1].frequency.per == "week"
    assert not any("DESCRIPTION" in (s.description or "") for s in plan.services)


def test_tab_separated_services_table_and_a_diagnoses_table_in_spaces() -> None:
    document = docx.Document()
    document.add_paragraph("DIAGNOSES")
    _mono(document, [
        "ICD-10    DIAGNOSIS                                 TYPE",
        "F33.1     Major depressive disorder, recurrent      Primary",
        "F41.1     Generalized anxiety disorder              Secondary",
    ])
    document.add_paragraph("SERVICES")
    document.add_paragraph("\tCode\tService\tSession length\tHow often\tFor how long")
    document.add_paragraph("\t90837\tIndividual psychotherapy\t60 minutes\tweekly\t16 weeks")
    document.add_paragraph("\t90847\tFamily psychotherapy\t50 minutes\tevery 2 weeks\t16 weeks")
    plan = read_document(document)
    assert [d.code for d in plan.diagnoses] == ["F33.1", "F41.1"]
    assert [s.code for s in plan.services] == ["90837", "90847"]
    assert plan.services[0].amount is not None and plan.services[0].amount.minutes == 60


def test_rows_that_all_leave_the_first_column_empty_are_rows() -> None:
    blocks = _body(_doc_of([
        "DISCIPLINE  ORDER                        VISITS        FREQUENCY",
        "            SN                                         1w9",
        "            SN                                         PRN for line",
        "                                                       problems",
        "            HHA                          1 hr          2w8",
    ]))
    table = text_tables(blocks)[0]
    rows = [[c.text for c in row.cells] for row in table.rows]  # type: ignore[union-attr]
    assert rows[1:] == [["", "SN", "", "1w9"], ["", "SN", "", "PRN for line problems"], ["", "HHA", "1 hr", "2w8"]]


def _doc_of(lines: list[str]) -> docx.Document:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    return document


def test_prose_and_unknown_captions_with_wide_gaps_stay_paragraphs() -> None:
    """Near miss: captions the table readers do not know, or prose with double spaces, are not tables."""
    lines = [
        "MONDAY    TUESDAY    WEDNESDAY    THURSDAY",
        "Group     Walk       Art          Group",
        "The client  attends  groups  and  walks daily with staff.",
    ]
    blocks = _body(_doc_of(lines))
    assert all(isinstance(b, Para) for b in text_tables(blocks))
    assert _texts(text_tables(blocks)) == lines


# ------------------------------------------------------------------------------- text wrapped inside a column


def test_text_wrapped_inside_a_column_of_a_headerless_layout_is_joined_into_it() -> None:
    def row(first: str, text: str, date: str = "") -> str:  # a fixed-width report: columns of 10, 61 and 10
        return (first.ljust(10) + text.ljust(61) + date).rstrip()

    blocks = _body(_doc_of([
        row("GOAL 2", "Rafe will sleep 6 hours or more on 5 nights a week.", "05/15/2026"),
        row("2.1", "Rafe will keep a sleep diary and bring it to each session on", "03/01/2026"),
        row("", "at least 3 of 4 weeks."),
        row("2.2", "Rafe will stop screens 30 minutes before bed on 4 nights per", "04/01/2026"),
        row("", "week, per his diary."),
        row("", "> Sleep hygiene coaching, individual 30 min biweekly"),
        row("", "Baseline: 3 nights a week"),
    ]))
    texts = [" ".join(t.split()) for t in _texts(join_column_wraps(blocks))]
    assert texts[0] == "GOAL 2 Rafe will sleep 6 hours or more on 5 nights a week. 05/15/2026"
    assert texts[1] == (
        "2.1 Rafe will keep a sleep diary and bring it to each session on at least 3 of 4 weeks. 03/01/2026"
    )
    assert texts[2] == "2.2 Rafe will stop screens 30 minutes before bed on 4 nights per week, per his diary. 04/01/2026"
    raw = _texts(join_column_wraps(blocks))
    assert raw[1].index("03/01/2026") > raw[1].index("weeks.") + 2  # the date stays a column of its own
    # near misses: an item marked "> " and a labelled line under a closed sentence stay lines of their own
    assert texts[3].strip() == "> Sleep hygiene coaching, individual 30 min biweekly"
    assert texts[4].strip() == "Baseline: 3 nights a week"


# ---------------------------------------------------------------------------- line breaks inside a paragraph


def test_line_breaks_inside_a_sentence_are_joined() -> None:
    assert unwrap_breaks("Objective 2: Tomas will attend the veterans' peer group and\nshare once a month.") == (
        "Objective 2: Tomas will attend the veterans' peer group and share once a month."
    )
    assert unwrap_breaks("Family therapy – every other week for 10\nweeks, then monthly") == (
        "Family therapy – every other week for 10 weeks, then monthly"
    )
    # near misses: a closed line, and a short list of items, keep their breaks
    assert unwrap_breaks("Goal 1: Sleep through the night.\n(Target date: 05/01/2026)") == (
        "Goal 1: Sleep through the night.\n(Target date: 05/01/2026)"
    )
    assert unwrap_breaks("Strengths\nfamily support") == "Strengths\nfamily support"


def test_objective_cut_by_a_line_break_is_read_whole() -> None:
    plan = read_blocks([
        "Treatment Plan",
        "Client: Ines Barreto-Lund    DOB: 02/12/1990",
        "Goals",
        "Goal 1: Ines will reduce panic attacks from 5 a week to 1 or fewer a week.",
        (
            "Objective 1a: Ines will walk into the supermarket alone and stay for 20 minutes on\n"
            "3 occasions. (Target date: 04/30/2026)"
        ),
    ])
    goal = plan.problems[0].goals[0] if plan.problems else plan.goals[0]
    assert len(goal.objectives) == 1
    assert "3 occasions" in goal.objectives[0].statement
    assert str(goal.objectives[0].target_date) == "2026-04-30"


# --------------------------------------------------------------------------------- repeated page headers


def test_page_header_printed_again_on_a_later_page_is_dropped() -> None:
    from authcheck.readers.docx.page_repeats import drop_repeated_page_headers

    document = _doc_of([
        "Harbor Light Speech Clinic        Fax (555) 010-4432",
        "Patient: Aurelio Manz   DOB: 01/04/1947",
        "SPEECH THERAPY PLAN OF CARE",
        "Treatment",
        "Dysphagia treatment (92526) – 1 unit – 2x/week – 6 weeks",
        "- 1 -",
        "Harbor Light Speech Clinic        Fax (555) 010-4432",
        "Patient: Aurelio Manz   DOB: 01/04/1947",
        "Speech/language treatment (92507) – 1 unit – 1x/week – 6 weeks",
        "Page 2 of 2",
    ])
    texts = _texts(drop_repeated_page_headers(_body(document)))
    assert texts.count("Harbor Light Speech Clinic        Fax (555) 010-4432") == 1
    assert texts.count("Patient: Aurelio Manz   DOB: 01/04/1947") == 1
    plan = read_document(document)
    assert [s.code for s in plan.services] == ["92526", "92507"]


def test_a_line_repeated_outside_the_top_of_a_page_is_kept() -> None:
    """Near miss: the same line again in the middle of a page (no page end before it) is content."""
    from authcheck.readers.docx.page_repeats import drop_repeated_page_headers

    lines = [
        "Caregiver will attend the monthly training session",
        "Plan of Care",
        "Goals",
        "Goal 1: walk 100 feet",
        "Goal 2: climb 4 stairs",
        "Caregiver will attend the monthly training session",
    ]
    assert _texts(drop_repeated_page_headers(_body(_doc_of(lines)))) == lines


# ------------------------------------------------------------------------------------------ frequency


def test_every_other_day_is_a_frequency() -> None:
    for text in ("every other day", "dressing change QOD and PRN", "on alternate days", "q.o.d."):
        parsed = parse_frequency(text)
        assert parsed is not None and parsed.count == 0.5 and parsed.per == "day", text
    assert parse_frequency("every other week").per == "week"  # type: ignore[union-attr]
