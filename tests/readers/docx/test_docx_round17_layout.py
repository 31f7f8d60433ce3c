"""Word features as people who use them write plans (round 17): legacy form fields (check boxes and drop-downs, whose
shown state is stored in the field's data, not as text), a line of check-box options that is no title, content
controls still showing their placeholder prompt, footnotes and endnotes read where they are referred to, a label
with a bracketed note holding commas, each end of a period in a box of its own, and goals tables nested in an outer
table's cell whose number column names each row's element. Each document is built here with python-docx and the
Word XML python-docx lacks, in wordings of its own; each rule has a near miss that keeps its old reading."""

from __future__ import annotations

import datetime as dt
import io
import itertools

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml as docx_parse_xml
from docx_helpers import read_blocks, read_document

from authcheck.readers.docx.blocks import Para, note_lines, read_body
from authcheck.readers.docx.package import open_docx

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_ids = itertools.count(300)


def _append(paragraph, xml: str) -> None:
    """Append run-level Word XML (one or more elements) to a python-docx paragraph."""
    for el in list(docx_parse_xml(f"<w:root {_W}>{xml}</w:root>")):
        paragraph._p.append(el)


def _checkbox(paragraph, *, checked: bool | None = None, default: bool = False) -> None:
    """A legacy FORMCHECKBOX field: its state is `w:checked` when written, else `w:default`."""
    state = "" if checked is None else ("<w:checked/>" if checked else '<w:checked w:val="0"/>')
    _append(
        paragraph,
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check{next(_ids)}"/><w:enabled/>'
        f'<w:checkBox><w:size w:val="20"/><w:default w:val="{1 if default else 0}"/>{state}</w:checkBox>'
        "</w:ffData></w:fldChar></w:r>"
        '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    )


def _dropdown(paragraph, entries: list[str], result: int | None, shown: str | None = None) -> None:
    """A legacy FORMDROPDOWN field; `shown` writes a result text too (as some converters do)."""
    items = "".join(f'<w:listEntry w:val="{e}"/>' for e in entries)
    chosen = "" if result is None else f'<w:result w:val="{result}"/>'
    after = (
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r><w:t xml:space="preserve">{shown}</w:t></w:r>'
        if shown is not None
        else ""
    )
    _append(
        paragraph,
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Drop{next(_ids)}"/><w:enabled/>'
        f"<w:ddList>{chosen}{items}</w:ddList></w:ffData></w:fldChar></w:r>"
        '<w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
        f'{after}<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    )


def _text_run(paragraph, text: str) -> None:
    _append(paragraph, f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>')


def _control(paragraph, text: str, *, placeholder: bool, date: dt.date | None = None) -> None:
    """An inline content control (a date picker when `date` is given) showing `text`: its placeholder prompt when
    `placeholder`, else its value."""
    kind = (
        f'<w:date w:fullDate="{date.isoformat()}T00:00:00Z"><w:dateFormat w:val="M/d/yyyy"/></w:date>'
        if date
        else "<w:text/>"
    )
    flag = "<w:showingPlcHdr/>" if placeholder else ""
    style = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' if placeholder else ""
    _append(
        paragraph,
        f'<w:sdt><w:sdtPr><w:id w:val="{next(_ids)}"/>{flag}{kind}</w:sdtPr>'
        f'<w:sdtContent><w:r>{style}<w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>',
    )


def _add_notes(document, kind: str, notes: list[str]) -> None:
    """A footnotes or endnotes part (with Word's two separator notes) holding `notes`, ids 1, 2, ..."""
    tag = "footnote" if kind == "footnotes" else "endnote"
    body = (
        f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
        f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>'
    )
    for i, text in enumerate(notes, 1):
        body += (
            f'<w:{tag} w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{tag}Ref/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{tag}>'
        )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind} {_W}>{body}</w:{kind}>'
    content_type = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"
    part = Part(PackURI(f"/word/{kind}.xml"), content_type, xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES if kind == "footnotes" else RT.ENDNOTES)


def _note_ref(paragraph, kind: str, number: int) -> None:
    tag = "footnoteReference" if kind == "footnotes" else "endnoteReference"
    _append(paragraph, f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{tag} w:id="{number}"/></w:r>')


def _body_texts(document) -> list[str]:
    buffer = io.BytesIO()
    document.save(buffer)
    package = open_docx(buffer.getvalue(), "t.docx")
    notes = note_lines(package.load_note_parts())
    blocks = read_body(package.document, package.load_styles, package.document_data, notes, package.load_numbering())
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Para):
            out.extend(t for t in [block.text, *block.extra] if t.strip())
        else:
            out.extend(line for row in block.rows for cell in row.cells for line in cell.lines if line.strip())
    return out


# ------------------------------------------------------------------------------------ legacy form fields


def test_legacy_check_boxes_show_their_stored_state() -> None:
    document = docx.Document()
    para = document.add_paragraph()
    _checkbox(para, checked=True)
    _text_run(para, " Occupational therapy  ")
    _checkbox(para, checked=False, default=True)  # unticked by the user although ticked by default
    _text_run(para, " Speech therapy  ")
    _checkbox(para, default=True)  # never touched: its default shows
    _text_run(para, " Home program")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    _checkbox(cell.paragraphs[0])
    _text_run(cell.paragraphs[0], " Interpreter needed")
    assert _body_texts(document) == [
        "☒ Occupational therapy  ☐ Speech therapy  ☒ Home program",
        "☐ Interpreter needed",
    ]


def test_legacy_drop_down_shows_its_chosen_entry_once() -> None:
    document = docx.Document()
    para = document.add_paragraph()
    _text_run(para, "Visit frequency: ")
    _dropdown(para, ["1x/week", "2x/week", "3x/week"], 2)
    para = document.add_paragraph()
    _text_run(para, "Setting: ")
    _dropdown(para, ["Clinic", "Home"], None)  # no choice recorded: the first entry shows
    para = document.add_paragraph()
    _text_run(para, "Session length: ")
    _dropdown(para, ["30 minutes", "45 minutes"], 1, shown="45 minutes")  # near miss: a written result, not doubled
    assert _body_texts(document) == ["Visit frequency: 3x/week", "Setting: Clinic", "Session length: 45 minutes"]


def _options_plan(options: list[str] | None, title: str = "HOME THERAPY PLAN OF TREATMENT / CERTIFICATION"):
    """A bold title, a centred line of check-box options (the first ticked; `None`: a bold "Plan review" title
    instead), then a form table of numbered boxes."""
    document = docx.Document()
    document.add_paragraph().add_run(title).bold = True
    para = document.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if options is None:
        para.add_run("Plan review").bold = True
    for i, option in enumerate(options or []):
        _checkbox(para, checked=i == 0)
        _text_run(para, f" {option}   ")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "1. Client name: Teodora Villaseñor"
    table.cell(0, 1).text = "2. Onset / flare-up date: 01/06/2025"
    table.cell(1, 0).text = "3. Plan date: 01/08/2025"
    table.cell(1, 1).text = "4. Date of birth: 02/03/1950"
    document.add_paragraph("Goals")
    document.add_paragraph("1. Teodora will don a jacket independently in 4 of 5 trials by 04/30/2025.")
    return read_document(document)


def test_a_line_of_check_box_options_is_no_section_title() -> None:
    for options in (["Initial certification", "Recertification"], ["New plan", "Plan review"], ["Eval", "Re-eval"]):
        plan = _options_plan(options)
        assert plan.patient.name == "Teodora Villaseñor"
        # the onset is no review: the unticked "review" option opened no reviews section
        assert plan.reviews == [], options
        assert plan.plan_date == dt.date(2025, 1, 8)


def test_near_miss_a_bold_title_without_boxes_still_opens_its_section() -> None:
    plan = _options_plan(None)  # "Plan review" as a title: the dates under it are read in the reviews section
    assert [r.date for r in plan.reviews] == [dt.date(2025, 1, 6)]


def test_check_box_options_in_a_form_cell_keep_only_the_ticked_one() -> None:
    document = docx.Document()
    document.add_paragraph("Behavioral Health Treatment Plan")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Client name"
    table.cell(0, 1).text = "Rainer Okonkwo-Hale"
    table.cell(1, 0).text = "Level of care"
    para = table.cell(1, 1).paragraphs[0]
    _checkbox(para, checked=False)
    _text_run(para, " Residential  ")
    _checkbox(para, checked=True)
    _text_run(para, " Intensive outpatient")
    plan = read_document(document)
    assert plan.patient.name == "Rainer Okonkwo-Hale"
    assert plan.level_of_care is not None and "intensive outpatient" in plan.level_of_care.lower()
    assert "residential" not in plan.level_of_care.lower()


# ------------------------------------------------------------------------------------ content control placeholders


def _signed_plan(*, placeholder: bool):
    document = docx.Document()
    document.add_paragraph("INDIVIDUAL THERAPY PLAN")
    document.add_paragraph("Client name: Marisol Achterberg")
    document.add_paragraph("Goals")
    document.add_paragraph("1. Marisol will report panic attacks no more than once a week by 07/01/2025.")
    document.add_paragraph("Signatures")
    table = document.add_table(rows=2, cols=3)
    for col, text in enumerate(("Signer", "Name", "Date")):
        table.cell(0, col).text = text
    table.cell(1, 0).text = "Client"
    table.cell(1, 1).text = "/s/ Marisol Achterberg"
    if placeholder:
        _control(table.cell(1, 2).paragraphs[0], "Click or tap to enter a date.", placeholder=True, date=None)
    else:
        _control(table.cell(1, 2).paragraphs[0], "4/2/2025", placeholder=False, date=dt.date(2025, 4, 2))
    return read_document(document)


def test_a_date_picker_showing_its_prompt_holds_no_date() -> None:
    plan = _signed_plan(placeholder=True)
    client = [s for s in plan.signatures if s.role == "client"]
    assert client and client[0].date is None


def test_near_miss_a_filled_date_picker_keeps_its_date() -> None:
    plan = _signed_plan(placeholder=False)
    client = [s for s in plan.signatures if s.role == "client"]
    assert client and client[0].date == dt.date(2025, 4, 2)


def test_a_text_control_showing_its_prompt_leaves_the_field_empty() -> None:
    document = docx.Document()
    document.add_paragraph("HOME HEALTH PLAN OF CARE")
    para = document.add_paragraph("Patient: ")
    _control(para, "Enter the patient's full name here", placeholder=True)
    para = document.add_paragraph("Medicare number: ")
    _control(para, "3QW7-TR2-HK61", placeholder=False)
    body = _body_texts(document)
    assert body == ["HOME HEALTH PLAN OF CARE", "Patient:", "Medicare number: 3QW7-TR2-HK61"] or body[1].strip() == "Patient:"
    plan = read_document(document)
    assert plan.patient.name is None
    assert plan.patient.member_id == "3QW7-TR2-HK61"


# ------------------------------------------------------------------------------------ footnotes and endnotes


def test_a_footnote_on_the_diagnosis_says_who_made_it_and_when() -> None:
    document = docx.Document()
    document.add_paragraph("ABA SERVICES PLAN")
    document.add_paragraph("Client name: Idris Vantongeren")
    document.add_paragraph("Diagnoses")
    para = document.add_paragraph("F84.0 Autism spectrum disorder, requiring substantial support")
    _note_ref(para, "footnotes", 1)
    document.add_paragraph("Goals")
    document.add_paragraph("1. Idris will request a break using a picture card in 8 of 10 opportunities by 09/30/2025.")
    _add_notes(document, "footnotes", ["Diagnosed by Lorena Quispe, PsyD, on 02/11/2025 (developmental evaluation)."])
    plan = read_document(document)
    assert [d.code for d in plan.diagnoses] == ["F84.0"]
    assert plan.diagnoses[0].diagnosed_by and "Lorena Quispe" in plan.diagnoses[0].diagnosed_by
    assert plan.diagnoses[0].diagnosed_on == dt.date(2025, 2, 11)
    # the reference mark adds no digit to the diagnosis it marks
    assert plan.diagnoses[0].description.rstrip(".").endswith("substantial support")


def test_an_endnote_in_a_goals_table_cell_joins_that_cell() -> None:
    document = docx.Document()
    document.add_paragraph("Speech-Language Plan of Care")
    document.add_paragraph("Patient name: Halvard Nkemelu")
    table = document.add_table(rows=2, cols=3)
    for col, text in enumerate(("Goal", "Baseline", "Target date")):
        table.cell(0, col).text = text
    table.cell(1, 0).text = "Halvard will name 20 common objects with 90% accuracy."
    table.cell(1, 1).text = "See note"
    _note_ref(table.cell(1, 1).paragraphs[0], "endnotes", 1)
    table.cell(1, 2).text = "08/15/2025"
    _add_notes(document, "endnotes", ["Named 6 of 20 objects on the 03/03/2025 probe."])
    texts = _body_texts(document)
    assert "Named 6 of 20 objects on the 03/03/2025 probe." in texts
    assert texts.index("Named 6 of 20 objects on the 03/03/2025 probe.") == texts.index("See note") + 1


def test_near_miss_separator_and_unreferenced_notes_add_nothing() -> None:
    document = docx.Document()
    document.add_paragraph("Care plan")
    document.add_paragraph("Client name: Bertil Oyelaran")
    _add_notes(document, "footnotes", ["Diagnosed by Cora Whitfield, MD, on 01/02/2025."])
    assert _body_texts(document) == ["Care plan", "Client name: Bertil Oyelaran"]
    buffer = io.BytesIO()
    document.save(buffer)
    notes = note_lines(open_docx(buffer.getvalue(), "t.docx").load_note_parts())
    assert notes == {("footnote", "1"): ["Diagnosed by Cora Whitfield, MD, on 01/02/2025."]}


# ------------------------------------------------------------------------------------ labels and period boxes


def test_a_label_with_a_bracketed_note_holding_commas() -> None:
    plan = read_blocks(
        [
            "PHYSICAL THERAPY PLAN OF CARE",
            [["1. Patient name (last, first): Szymanski, Oriel", "2. Date of birth (mm/dd/yyyy): 04/19/1951"]],
            "Goals",
            "1. Oriel will walk 300 feet with a rollator by 05/30/2025.",
        ]
    )
    assert plan.patient.name and "Szymanski" in plan.patient.name
    assert plan.patient.birth_date == dt.date(1951, 4, 19)
    plan = read_blocks(
        ["Counseling plan", "Member name (first, middle, last): Ximena Dolores Achebe", "Goals", "1. Sleep 7 hours."]
    )
    assert plan.patient.name == "Ximena Dolores Achebe"


def test_near_miss_a_sentence_with_a_bracketed_aside_is_no_name_label() -> None:
    plan = read_blocks(
        [
            "SCHOOL OT PLAN",
            "Student name: Ruairi Castellanos",
            "The student (age 9, in fourth grade): enjoys drawing and building sets.",
            "Goals",
            "1. Ruairi will copy 5 words legibly in 4 of 5 trials by 06/01/2025.",
        ]
    )
    assert plan.patient.name == "Ruairi Castellanos"


def test_each_end_of_the_period_in_a_box_of_its_own() -> None:
    plan = read_blocks(
        [
            "OUTPATIENT THERAPY CERTIFICATION",
            [["7. Certification period from: 02/03/2025", "8. Certification period through: 05/02/2025"]],
            "Goals",
            "1. Walk 500 feet independently by 05/01/2025.",
        ]
    )
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (dt.date(2025, 2, 3), dt.date(2025, 5, 2))
    assert not plan.reviews
    plan = read_blocks(
        [
            "Plan of care",
            "Plan of care dates from: March 10, 2025",
            "Plan of care dates thru: June 7, 2025",
            "Goals",
            "1. Swallow thin liquids safely in 9 of 10 trials by 06/01/2025.",
        ]
    )
    assert plan.period is not None and plan.period.end == dt.date(2025, 6, 7)


def test_near_miss_a_date_from_something_else_is_no_period() -> None:
    plan = read_blocks(
        [
            "Plan of care",
            "Client name: Ana Petrossian",
            "Referral period from: 01/03/2025",
            "Goals",
            "1. Walk 100 feet by 05/01/2025.",
        ]
    )
    assert plan.period is None or plan.period.start != dt.date(2025, 1, 3)


# ------------------------------------------------------------------------------------ goals tables nested in a cell


def _nested_goals(numbers: tuple[str, str]):
    document = docx.Document()
    document.add_paragraph("Outpatient Rehabilitation Plan")
    document.add_paragraph("Patient name: Gwendolyn Adeyemi-Ross")
    document.add_paragraph("Goals")
    outer = document.add_table(rows=2, cols=2)
    outer.style = document.styles["Table Grid"]
    rows = [
        ("Short-term", numbers[0], "Gwendolyn will stand from a chair without hands 5 times in a row.", "04/14/2025"),
        ("Long-term", numbers[1], "Gwendolyn will walk 1000 feet outdoors with no device.", "06/09/2025"),
    ]
    for r, (caption, number, statement, due) in enumerate(rows):
        outer.cell(r, 0).text = caption
        cell = outer.cell(r, 1)
        inner = cell.add_table(rows=2, cols=3)
        for col, text in enumerate(("No.", "Goal", "Due")):
            inner.cell(0, col).text = text
        for col, text in enumerate((number, statement, due)):
            inner.cell(1, col).text = text
    return read_document(document)


def test_nested_goals_table_whose_number_column_names_each_goal() -> None:
    plan = _nested_goals(("STG 1", "LTG 1"))
    goals = [g for _, g in plan.iter_goals()]
    statements = [g.statement for g in goals] + [o.statement for g in goals for o in g.objectives]
    assert any(s and s.startswith("Gwendolyn will stand") and "\t" not in s for s in statements)
    dated = {g.statement: g.target_date for g in goals} | {o.statement: o.target_date for g in goals for o in g.objectives}
    assert dated["Gwendolyn will walk 1000 feet outdoors with no device."] == dt.date(2025, 6, 9)
    assert dated["Gwendolyn will stand from a chair without hands 5 times in a row."] == dt.date(2025, 4, 14)


def test_near_miss_nested_goals_table_with_plain_row_numbers() -> None:
    plan = _nested_goals(("1", "2"))
    goals = [g for _, g in plan.iter_goals()]
    dated = {g.statement: g.target_date for g in goals} | {o.statement: o.target_date for g in goals for o in g.objectives}
    assert dated.get("Gwendolyn will walk 1000 feet outdoors with no device.") == dt.date(2025, 6, 9)


def test_a_footnote_referred_to_inside_a_text_box_follows_its_line() -> None:
    document = docx.Document()
    document.add_paragraph("Residential Treatment Plan")
    anchor = document.add_paragraph()
    lines = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r>{ref}</w:p>'
        for text, ref in (
            ("Medical director approval", ""),
            ("Anselm Kowalczyk-Ode, DO", '<w:r><w:footnoteReference w:id="1"/></w:r>'),
        )
    )
    box = (
        '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="Approval" '
        'style="position:absolute;margin-left:0;margin-top:0;width:200pt;height:60pt">'
        f"<v:textbox><w:txbxContent>{lines}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    _append(anchor, box)
    _add_notes(document, "footnotes", ["Approval given by phone on 03/18/2025 and co-signed on 03/20/2025."])
    assert _body_texts(document) == [
        "Residential Treatment Plan",
        "Medical director approval",
        "Anselm Kowalczyk-Ode, DO",
        "Approval given by phone on 03/18/2025 and co-signed on 03/20/2025.",
    ]


# ------------------------------------------------------------------------------------ Word list numbering labels


def _word_list(document, levels: list[tuple[str, str]]) -> int:
    """A list definition of `levels` ((numFmt, lvlText) a level) in the document's numbering part; its numId."""
    numbering = document.part.numbering_part.element
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    abstract_id = max([int(a.get(f"{ns}abstractNumId")) for a in numbering.findall(f"{ns}abstractNum")] + [0]) + 1
    num_id = max([int(x.get(f"{ns}numId")) for x in numbering.findall(f"{ns}num")] + [0]) + 1
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    abstract = docx_parse_xml(f'<w:abstractNum {_W} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>')
    first = numbering.find(f"{ns}num")
    if first is not None:
        first.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(docx_parse_xml(f'<w:num {_W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def _item(document, text: str, num_id: int, level: int, *, bold: bool = False):
    para = document.add_paragraph(style="List Paragraph")
    para.add_run(text).bold = bold
    para._p.get_or_add_pPr().append(
        docx_parse_xml(f'<w:numPr {_W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return para


def test_worded_list_labels_are_read_before_their_text_and_deeper_levels_restart() -> None:
    document = docx.Document()
    outline = _word_list(document, [("upperRoman", "Area %1."), ("lowerLetter", "Step %1%2)"), ("decimal", "%3.")])
    _item(document, "Mobility", outline, 0)
    _item(document, "Transfers with a slide board", outline, 1)
    _item(document, "Gait with a cane", outline, 1)
    _item(document, "Practice daily", outline, 2)  # a bare number: no label drawn into the text
    _item(document, "Self-care", outline, 0)
    _item(document, "Dressing the upper body", outline, 1)
    assert _body_texts(document) == [
        "Area I. Mobility",
        "Step Ia) Transfers with a slide board",
        "Step Ib) Gait with a cane",
        "Practice daily",
        "Area II. Self-care",
        "Step IIa) Dressing the upper body",
    ]


def test_near_miss_plain_numbers_and_bullets_keep_their_text_and_list_level() -> None:
    document = docx.Document()
    plain = _word_list(document, [("decimal", "%1."), ("lowerLetter", "%2)")])
    bullets = _word_list(document, [("bullet", "o"), ("bullet", "§")])
    _item(document, "Reduce panic attacks to 1 a week", plain, 0)
    _item(document, "Log attacks daily", plain, 1)
    _item(document, "Weekly therapy", bullets, 0)
    buffer = io.BytesIO()
    document.save(buffer)
    package = open_docx(buffer.getvalue(), "t.docx")
    blocks = read_body(package.document, package.load_styles, package.document_data, None, package.load_numbering())
    paras = [b for b in blocks if isinstance(b, Para) and b.text.strip()]
    assert [p.text for p in paras] == ["Reduce panic attacks to 1 a week", "Log attacks daily", "Weekly therapy"]
    assert [p.list_level for p in paras] == [0, 1, 0]


def _problem_list_plan(label: str):
    document = docx.Document()
    document.add_paragraph("SUBSTANCE USE TREATMENT PLAN")
    document.add_paragraph("Client name: Oskar Adebayo-Lindqvist")
    document.add_paragraph("Problems, Goals and Objectives")
    plan_list = _word_list(document, [("decimal", label), ("decimal", "%1.%2"), ("lowerLetter", "%3.")])
    problems = [
        ("Opioid use with two overdoses in 2024", "Stay free of illicit opioids.",
         ["Oskar will have negative urine screens on all weekly tests for 8 weeks.  Target: 06/30/2025"],
         "Relapse prevention group 3x weekly"),
        ("Unemployment", "Return to paid work.",
         ["Oskar will submit 4 job applications a week for 6 weeks.  Target: 07/15/2025"],
         "Vocational counseling weekly"),
    ]
    for problem, goal, objectives, intervention in problems:
        _item(document, problem, plan_list, 0, bold=True)
        document.add_paragraph(f"Goal: {goal}")
        for objective in objectives:
            _item(document, objective, plan_list, 1)
        _item(document, f"Intervention: {intervention}", plan_list, 2)
    return read_document(document)


def test_problems_numbered_by_a_worded_word_list_keep_their_objectives() -> None:
    for label in ("Problem %1:", "Problem #%1 -"):
        plan = _problem_list_plan(label)
        assert [p.statement for p in plan.problems] == ["Opioid use with two overdoses in 2024", "Unemployment"], label
        assert [p.label for p in plan.problems] == ["Problem 1", "Problem 2"] or all(
            p.label and p.label.startswith("Problem") for p in plan.problems
        )
        for problem in plan.problems:
            assert len(problem.goals) == 1
            goal = problem.goals[0]
            assert len(goal.objectives) == 1 and goal.objectives[0].target_date is not None


# ------------------------------------------------------------------------------------ mail-merge fields


def _merge_field(paragraph, name: str, shown: str, *, simple: bool = False) -> None:
    if simple:
        _append(
            paragraph,
            f'<w:fldSimple w:instr=" MERGEFIELD {name} "><w:r><w:t xml:space="preserve">{shown}</w:t></w:r></w:fldSimple>',
        )
        return
    _append(
        paragraph,
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> MERGEFIELD {name} \\* MERGEFORMAT </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r><w:t xml:space="preserve">{shown}</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    )


def test_a_merge_field_never_merged_holds_no_value() -> None:
    for simple in (False, True):
        document = docx.Document()
        document.add_paragraph("COUNSELING TREATMENT PLAN")
        para = document.add_paragraph("Client name: ")
        _merge_field(para, "ClientName", "«ClientName»", simple=simple)
        para = document.add_paragraph("Member ID: ")
        _merge_field(para, "Member_ID", "«Member_ID»", simple=simple)
        document.add_paragraph("Goals")
        document.add_paragraph("1. Reduce drinking to 2 drinks a week by 06/30/2025.")
        plan = read_document(document)
        assert plan.patient.name is None and plan.patient.member_id is None


def test_near_miss_a_merged_field_and_typed_chevrons_keep_their_text() -> None:
    document = docx.Document()
    document.add_paragraph("COUNSELING TREATMENT PLAN")
    para = document.add_paragraph("Client name: ")
    _merge_field(para, "ClientName", "Ilse Barrow-Quaye")
    document.add_paragraph("Motto: «one day at a time»")
    texts = _body_texts(document)
    assert "Client name: Ilse Barrow-Quaye" in texts and "Motto: «one day at a time»" in texts
    assert read_document(document).patient.name == "Ilse Barrow-Quaye"


def test_a_page_header_merge_field_never_merged_names_no_client() -> None:
    for shown, expected in (("«Client_Full_Name»", None), ("Mireille Okoro-Haas", "Mireille Okoro-Haas")):
        document = docx.Document()
        header = document.sections[0].header.paragraphs[0]
        _text_run(header, "Client: ")
        _merge_field(header, "Client_Full_Name", shown)
        _text_run(header, "   DOB: 03/14/1961")
        document.add_paragraph("Individual Psychotherapy Plan")
        document.add_paragraph("Goals")
        document.add_paragraph("1. Reduce PHQ-9 from 18 to below 10 by 08/01/2025.")
        plan = read_document(document)
        assert plan.patient.name == expected


# ------------------------------------------------------------------------------------ tracked changes


def _deleted_mark(paragraph) -> None:
    """Mark the paragraph's own mark as a tracked deletion: accepted, the paragraph runs on into the next one."""
    paragraph._p.get_or_add_pPr().append(
        docx_parse_xml(
            f'<w:rPr {_W}><w:del w:id="{next(_ids)}" w:author="Reviewer" w:date="2025-03-02T10:00:00Z"/></w:rPr>'
        )
    )


def test_a_deleted_paragraph_mark_joins_the_paragraph_to_the_next() -> None:
    document = docx.Document()
    document.add_paragraph("Speech therapy plan")
    first = document.add_paragraph("Certification period: ")
    _deleted_mark(first)
    second = document.add_paragraph()
    _append(
        second,
        '<w:del w:id="900" w:author="Reviewer" w:date="2025-03-02T10:00:00Z"><w:r><w:delText>TBD</w:delText></w:r></w:del>'
        '<w:ins w:id="901" w:author="Reviewer" w:date="2025-03-02T10:00:00Z"><w:r><w:t>03/03/2025 - 05/31/2025</w:t></w:r></w:ins>',
    )
    document.add_paragraph("Client name: Henrike Obi")
    texts = _body_texts(document)
    assert texts == ["Speech therapy plan", "Certification period: 03/03/2025 - 05/31/2025", "Client name: Henrike Obi"]
    plan = read_document(document)
    assert plan.period is not None and plan.period.end == dt.date(2025, 5, 31)


def test_near_miss_an_inserted_paragraph_mark_keeps_two_paragraphs() -> None:
    document = docx.Document()
    first = document.add_paragraph("Frequency: 2x weekly")
    first._p.get_or_add_pPr().append(
        docx_parse_xml(f'<w:rPr {_W}><w:ins w:id="{next(_ids)}" w:author="R" w:date="2025-03-02T10:00:00Z"/></w:rPr>')
    )
    document.add_paragraph("Duration: 8 weeks")
    _append(document.add_paragraph(), '<w:del w:id="902" w:author="R" w:date="2025-03-02T10:00:00Z"><w:r><w:delText>x</w:delText></w:r></w:del>')
    assert _body_texts(document) == ["Frequency: 2x weekly", "Duration: 8 weeks"]
