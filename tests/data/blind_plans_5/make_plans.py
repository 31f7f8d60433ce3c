"""Generate blind test set 5: invented treatment plans with reviewer labels.

Held-out measurement set. Every patient, clinician, organisation, NPI and member ID is invented.
Written blind: without looking at authcheck's source, tests, examples or other blind sets; labels
follow docs/reference/profiles.md as a careful reviewer reads it.

Run:  .venv/bin/python tests/data/blind_plans_5/make_plans.py
Writes the plans and labels.json next to this file.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

OUT = Path(__file__).resolve().parent
FIXED_TIME = dt.datetime(2026, 2, 1, 12, 0, 0)

# ---------------------------------------------------------------------------------------------
# identifiers and dates
# ---------------------------------------------------------------------------------------------


def npi_check_digit(base9: str) -> int:
    """Luhn check digit of an NPI: computed over the prefix 80840 plus the first nine digits."""
    digits = [int(c) for c in "80840" + base9]
    total = 0
    # double every second digit counting from the right of the payload (the check digit is appended)
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def npi(base9: str) -> str:
    assert len(base9) == 9 and base9[0] in "12"
    return base9 + str(npi_check_digit(base9))


def bad_npi(base9: str) -> str:
    good = npi_check_digit(base9)
    return base9 + str((good + 3) % 10)


def npi_valid(value: str) -> bool:
    return len(value) == 10 and value.isdigit() and npi_check_digit(value[:9]) == int(value[9])


assert npi_valid("1234567893")  # the CMS example NPI
assert not npi_valid(bad_npi("123456789"))


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def days(a: str, b: str) -> int:
    """Days from a to b (ISO strings)."""
    return (D(b) - D(a)).days


def us(s: str) -> str:
    d = D(s)
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


# ---------------------------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------------------------


def new_doc(font: str = "Calibri", size: float = 11, landscape: bool = False, margins: float = 1.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Inches(margins))
    cp = doc.core_properties
    cp.author = "clinic"
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_modified_by = "clinic"
    cp.revision = 1
    return doc


def P(container, text: str = "", bold: bool = False, italic: bool = False, size: float | None = None,
      align: str | None = None, style: str | None = None, underline: bool = False, font: str | None = None,
      space_after: float | None = None):
    """A paragraph. '\n' inside text becomes a soft line break, '\t' a tab (python-docx does both)."""
    para = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run = para.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        run.underline = underline or None
        if size:
            run.font.size = Pt(size)
        if font:
            run.font.name = font
    if align == "center":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        para.paragraph_format.space_after = Pt(space_after)
    return para


def RUNS(container, parts, style: str | None = None, align: str | None = None):
    """A paragraph from (text, fmt) parts; fmt is a string with b/i/u letters."""
    para = container.add_paragraph(style=style) if style else container.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            text, fmt = part, ""
        else:
            text, fmt = part
        run = para.add_run(text)
        if "b" in fmt:
            run.bold = True
        if "i" in fmt:
            run.italic = True
        if "u" in fmt:
            run.underline = True
    if align == "center":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def LV(container, label: str, value: str, sep: str = ": "):
    """'Label: value' with the label in bold."""
    return RUNS(container, [(label + sep, "b"), value])


def H(doc, text: str, level: int = 1):
    return doc.add_heading(text, level=level)


def LIST(container, items, style: str = "List Bullet"):
    for it in items:
        container.add_paragraph(it, style=style)


def cell_text(cell, text: str, bold: bool = False, size: float | None = None, shade: str | None = None):
    """Replace a cell's text; '\n\n' starts a new paragraph, '\n' a soft break."""
    paras = text.split("\n\n")
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._element.getparent().remove(r._element)
    for i, chunk in enumerate(paras):
        para = first if i == 0 else cell.add_paragraph()
        if chunk:
            run = para.add_run(chunk)
            run.bold = bold or None
            if size:
                run.font.size = Pt(size)
    if shade:
        shade_cell(cell, shade)
    return cell


def shade_cell(cell, fill: str):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def TABLE(container, rows, header: bool = False, widths=None, style: str | None = "Table Grid",
          bold_first_col: bool = False, size: float | None = None, shade_header: str | None = "D9D9D9"):
    """A table from a list of rows (lists of strings). A row given as ('MERGE', text) spans all
    columns; None cells are left empty."""
    ncols = max(len(r) for r in rows if not (isinstance(r, tuple) and r and r[0] == "MERGE"))
    t = container.add_table(rows=0, cols=ncols)
    if style:
        t.style = style
    for ri, row in enumerate(rows):
        cells = t.add_row().cells
        if isinstance(row, tuple) and row and row[0] == "MERGE":
            merged = cells[0].merge(cells[-1])
            cell_text(merged, row[1], bold=True, size=size, shade=row[2] if len(row) > 2 else None)
            continue
        for ci, val in enumerate(row):
            if val is None:
                continue
            b = (header and ri == 0) or (bold_first_col and ci == 0)
            cell_text(cells[ci], val, bold=b, size=size,
                      shade=shade_header if (header and ri == 0 and shade_header) else None)
    if widths:
        for row in t.rows:
            for ci, w in enumerate(widths):
                if ci < len(row.cells):
                    row.cells[ci].width = Inches(w)
    return t


def merge_cells(table, r1, c1, r2, c2, text: str | None = None, bold: bool = False):
    a = table.cell(r1, c1)
    b = table.cell(r2, c2)
    m = a.merge(b)
    if text is not None:
        cell_text(m, text, bold=bold)
    return m


def header_lines(doc, lines, size: float = 9, align: str | None = None, table_cols=None):
    """Put lines (or a borderless table) in the page header."""
    hdr = doc.sections[0].header
    hdr.is_linked_to_previous = False
    first = hdr.paragraphs[0]
    if table_cols:
        t = hdr.add_table(rows=1, cols=len(table_cols), width=Inches(6.5))
        for i, txt in enumerate(table_cols):
            cell_text(t.rows[0].cells[i], txt, size=size)
        if lines:
            for ln in lines:
                P(hdr, ln, size=size, align=align)
        return hdr
    for i, ln in enumerate(lines):
        para = first if i == 0 else hdr.add_paragraph()
        run = para.add_run(ln)
        run.font.size = Pt(size)
        if align == "center":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return hdr


def add_page_field(para, prefix: str = "Page ", of: bool = True):
    def fld(instr):
        r = para.add_run()
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r2 = para.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r2._r.append(it)
        r3 = para.add_run()
        s = OxmlElement("w:fldChar")
        s.set(qn("w:fldCharType"), "separate")
        r3._r.append(s)
        para.add_run("1")
        r4 = para.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r4._r.append(e)
    para.add_run(prefix)
    fld(" PAGE ")
    if of:
        para.add_run(" of ")
        fld(" NUMPAGES ")


def footer_lines(doc, lines, size: float = 8, page: bool = True, align: str | None = None):
    ftr = doc.sections[0].footer
    ftr.is_linked_to_previous = False
    first = ftr.paragraphs[0]
    for i, ln in enumerate(lines):
        para = first if i == 0 else ftr.add_paragraph()
        run = para.add_run(ln)
        run.font.size = Pt(size)
        if align == "center":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if page:
        para = ftr.add_paragraph()
        add_page_field(para)
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return ftr


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_TB_ID = [100]


def TEXTBOX(container, paragraphs, width_in: float = 6.0, height_in: float = 1.6, bold_first: bool = True):
    """An anchored DrawingML text box (with a VML fallback, as Word writes it) holding paragraphs."""
    _TB_ID[0] += 1
    sid = _TB_ID[0]
    cx, cy = int(width_in * 914400), int(height_in * 914400)

    def paras_xml():
        out = []
        for i, txt in enumerate(paragraphs):
            b = "<w:b/>" if (bold_first and i == 0) else ""
            runs = []
            for j, line in enumerate(txt.split("\n")):
                if j:
                    runs.append("<w:r><w:br/></w:r>")
                runs.append(f'<w:r><w:rPr>{b}</w:rPr><w:t xml:space="preserve">{_esc(line)}</w:t></w:r>')
            out.append("<w:p>" + "".join(runs) + "</w:p>")
        return "".join(out)

    body = paras_xml()
    xml = f"""
<w:r xmlns:w="{W_NS}"
     xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
     xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
     xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
     xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
     xmlns:v="urn:schemas-microsoft-com:vml"
     xmlns:o="urn:schemas-microsoft-com:office:office"
     xmlns:w10="urn:schemas-microsoft-com:office:word">
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:drawing>
        <wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{sid}"
                   behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
          <wp:simplePos x="0" y="0"/>
          <wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
          <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
          <wp:extent cx="{cx}" cy="{cy}"/>
          <wp:effectExtent l="0" t="0" r="0" b="0"/>
          <wp:wrapTopAndBottom/>
          <wp:docPr id="{sid}" name="Text Box {sid}"/>
          <wp:cNvGraphicFramePr/>
          <a:graphic>
            <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
              <wps:wsp>
                <wps:cNvSpPr txBox="1"/>
                <wps:spPr>
                  <a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
                  <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
                  <a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>
                  <a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>
                </wps:spPr>
                <wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>
                <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
              </wps:wsp>
            </a:graphicData>
          </a:graphic>
        </wp:anchor>
      </w:drawing>
    </mc:Choice>
    <mc:Fallback>
      <w:pict>
        <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
          <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>
        </v:shapetype>
        <v:shape id="Text Box {sid}" o:spid="_x0000_s{1025 + sid}" type="#_x0000_t202"
                 style="position:absolute;margin-left:0;margin-top:0;width:{width_in * 72:.0f}pt;height:{height_in * 72:.0f}pt;z-index:{sid};mso-wrap-style:square"
                 strokeweight=".75pt">
          <v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox>
          <w10:wrap type="topAndBottom"/>
        </v:shape>
      </w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>"""
    para = container.add_paragraph()
    para._p.append(parse_xml(xml))
    return para


def SDT_CHECK(para, checked: bool, label: str):
    """A Word content-control checkbox (w14:checkbox) followed by its label, appended to para."""
    glyph = "\u2612" if checked else "\u2610"
    val = "1" if checked else "0"
    xml = f"""
<w:sdt xmlns:w="{W_NS}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">
  <w:sdtPr>
    <w14:checkbox>
      <w14:checked w14:val="{val}"/>
      <w14:checkedState w14:val="2612" w14:font="MS Gothic"/>
      <w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>
    </w14:checkbox>
  </w:sdtPr>
  <w:sdtContent>
    <w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{glyph}</w:t></w:r>
  </w:sdtContent>
</w:sdt>"""
    para._p.append(parse_xml(xml))
    para.add_run(" " + label + "   ")
    return para


def strip_table_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def save(doc, name: str):
    path = OUT / name
    doc.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------------------------

# Kinds each shipped profile can raise at error or warning severity (docs/reference/profiles.md).
# `readability` is info only and `amount-missing` is info only for medicare-outpatient-therapy, so
# neither is listed where it cannot reach warning.
BASE = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
        "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
RAISE = {
    "base-treatment-plan": BASE,
    "medicare-psychotherapy": BASE | {
        "credential-missing", "signature-missing", "duration-exceeds-limit", "duration-missing",
        "goal-not-measurable", "goal-missing", "intervention-missing", "objective-not-measurable",
        "objective-not-time-bound", "plan-outdated", "amount-missing", "frequency-missing"},
    "medicare-outpatient-therapy": BASE | {
        "signature-missing", "duration-missing", "goal-not-measurable", "goal-missing",
        "intervention-missing", "credential-not-permitted", "signature-late", "plan-late",
        "review-interval-exceeded", "review-overdue", "frequency-missing"},
    "medicare-home-health": BASE | {
        "duration-missing", "goal-not-measurable", "goal-missing", "intervention-missing",
        "credential-not-permitted", "signature-missing", "review-interval-exceeded", "review-overdue",
        "frequency-missing"},
    "commercial-aba": BASE | {
        "assessment-missing", "assessment-outdated", "caregiver-goal-missing", "signature-missing",
        "diagnosis-not-covered", "duration-exceeds-limit", "baseline-missing", "goal-not-measurable",
        "goal-missing", "goal-not-time-bound", "review-date-missing", "review-interval-exceeded",
        "amount-missing"},
    "ca-title9-ntp": {"field-missing", "signature-missing", "goal-missing", "objective-missing",
                      "objective-not-time-bound", "signature-late", "plan-late", "review-date-missing",
                      "review-interval-exceeded", "review-overdue"},
    "fl-65d-30": {"field-missing", "signature-missing", "goal-missing", "intervention-missing",
                  "objective-not-measurable", "objective-missing", "objective-not-time-bound", "plan-late",
                  "frequency-missing", "signature-late"},
    "ny-oasas-818": {"field-missing", "signature-missing", "diagnosis-missing", "goal-missing",
                     "intervention-missing", "signature-late", "plan-late"},
    "pa-55-5200": {"field-missing", "signature-missing", "duration-missing", "goal-missing",
                   "intervention-missing", "objective-missing", "plan-late"},
    "tx-26tac-564": {"signature-missing", "duration-missing", "goal-missing", "intervention-missing",
                     "objective-not-measurable", "objective-missing", "objective-not-time-bound",
                     "frequency-missing"},
}

PLANS: list[dict] = []
BUILDERS: list = []


def label(file: str, payer: str, as_of: str, states=(), must_report=(), unsure=(), notes: str = ""):
    """Record the reviewer's expectation for one file.

    must_report: list of gaps, each a list of kinds any of which reports it.
    unsure: kinds the profiles could raise that are left unjudged on this plan (neither list).
    """
    raisable = set(RAISE[payer])
    for s in states:
        raisable |= RAISE[s]
    gap_kinds = {k for gap in must_report for k in gap}
    for k in gap_kinds:
        assert k in raisable, (file, k)
    for k in unsure:
        assert k in raisable, (file, k)
    check_with = ["--payer", payer]
    for s in states:
        check_with += ["--state", s]
    check_with += ["--as-of", as_of]
    PLANS.append({
        "file": file,
        "check_with": check_with,
        "must_report": [list(g) for g in must_report],
        "must_not_report": sorted(raisable - gap_kinds - set(unsure)),
        "notes": notes,
    })


def builder(fn):
    BUILDERS.append(fn)
    return fn


# =============================================================================================
# Medicare outpatient psychotherapy (NGS)
# =============================================================================================

@builder
def p01():
    f = "b5_01_psychotherapy_headings.docx"
    doc = new_doc()
    P(doc, "Riverbend Counseling Associates", bold=True, size=14, align="center")
    P(doc, "88 Canal Street, Suite 2  •  Rochester, NY 14608  •  (585) 555-0142", size=9, align="center")
    H(doc, "Individualized Treatment Plan", 0)
    H(doc, "Client Information", 1)
    LV(doc, "Client Name", "Marjorie A. Teller")
    LV(doc, "Date of Birth", "04/17/1956")
    LV(doc, "Medicare MBI", "3EK7TN2RC41")
    LV(doc, "Plan Date", "01/12/2026")
    LV(doc, "Treating Clinician", "Dana R. Whitcomb, LCSW  (NPI " + npi("152840193") + ")")
    H(doc, "Diagnosis", 1)
    P(doc, "F33.1  Major depressive disorder, recurrent, moderate (primary)")
    P(doc, "F41.1  Generalized anxiety disorder")
    H(doc, "Presenting Problem", 1)
    P(doc, "Ms. Teller is a 69 year old retired school librarian referred by her PCP after her\n"
           "depression returned following the death of her sister in September. She reports low mood most\n"
           "days, stopped attending her church choir, sleeps poorly and worries constantly about her\n"
           "own health. No SI/HI. PHQ-9 = 17, GAD-7 = 14 at intake on 01/05/2026.")
    H(doc, "Goals and Objectives", 1)
    H(doc, "Goal 1: Marjorie will return to her usual daily routine with a stable mood.", 2)
    P(doc, "Objective 1a: Reduce PHQ-9 score from 17 to 9 or below by 04/13/2026.", style="List Bullet")
    P(doc, "Objective 1b: Leave the house for a planned activity (choir, library, lunch with a friend) at least "
           "4 days per week, up from 1 day per week, by 03/16/2026.", style="List Bullet")
    H(doc, "Goal 2: reduce worry so that it no longer keeps her awake at night", 2)
    P(doc, "Objective 2a: GAD-7 score will drop from 14 to 7 or below by 04/13/2026.", style="List Bullet")
    P(doc, "Objective 2b: Sleep at least 6 hours on 5 of 7 nights as recorded in her sleep log, within\n"
           "10 weeks.", style="List Bullet")
    H(doc, "Interventions", 1)
    P(doc, "Cognitive behavioral therapy for depression and worry; behavioral activation scheduling; "
           "progressive muscle relaxation and stimulus control for sleep; grief processing.")
    H(doc, "Treatment Schedule", 1)
    TABLE(doc, [["Type of treatment", "Individual psychotherapy (CPT 90837)"],
                ["Session length", "53 minutes"],
                ["Frequency", "Once weekly"],
                ["Expected duration", "6 months (through 07/12/2026)"]], bold_first_col=True, widths=[2.0, 4.5])
    H(doc, "Signatures", 1)
    P(doc, "Clinician: Dana R. Whitcomb, LCSW\t\tDate: 01/12/2026")
    P(doc, "Client: Marjorie A. Teller\t\tDate: 01/12/2026")
    P(doc, "The client participated in developing this plan and received a copy.", italic=True, size=9)
    save(doc, f)
    label(f, "medicare-psychotherapy", "2026-02-10",
          notes="Clean. Headings layout, soft line breaks inside the presenting problem, lower-case goal 2.")


@builder
def p02():
    f = "b5_02_psychotherapy_form_table.docx"
    doc = new_doc(font="Arial", size=10)
    P(doc, "LAKESHORE BEHAVIORAL HEALTH", bold=True, size=13)
    P(doc, "Outpatient Services – Buffalo Office", size=9)
    P(doc, "TREATMENT PLAN", bold=True, size=12, align="center")
    TABLE(doc, [
        ("MERGE", "CLIENT IDENTIFICATION", "BFBFBF"),
        ["Client", "Gerald P. Szymanski"],
        ["DOB", "7/30/1952"],
        ["Medicare #", "6TP3-WQ8-JN72"],
        ["Date of plan", "11/3/2025"],
        ["Therapist", "Karen Olsen"],
        ["Therapist NPI", npi("167392018")],
        ("MERGE", "DIAGNOSIS (ICD-10)", "BFBFBF"),
        ["Primary", "F43.23 Adjustment disorder with mixed anxiety and depressed mood"],
        ["Secondary", "Z63.4 Disappearance and death of family member"],
        ("MERGE", "TREATMENT", "BFBFBF"),
        ["Modality", "Individual psychotherapy, CBT-focused, supportive"],
        ["Frequency", "weekly"],
        ["Est. duration", "16 weeks"],
        ["", ""],
    ], bold_first_col=True, widths=[1.8, 4.7])
    P(doc, "")
    P(doc, "GOALS / OBJECTIVES", bold=True)
    TABLE(doc, [
        ["Problem", "Goal", "Objective", "Target date"],
        ["Grief and low mood after wife's death (Aug 2025)",
         "Gerald will resume daily routines and social contact.",
         "1. Attend the senior center or a family meal at least 3 times per week (currently 0).",
         "01/12/2026"],
        ["", "", "2. Reduce PHQ-9 from 15 to below 10.", "02/23/2026"],
        ["Anxiety about managing finances alone",
         "Gerald will manage the household bills on his own.",
         "3. Pay monthly bills on time for 2 consecutive months with no late notices.",
         "02/23/2026"],
    ], header=True, widths=[1.6, 1.8, 2.3, 0.9], size=9)
    P(doc, "")
    P(doc, "Interventions: cognitive restructuring, grief work, problem-solving training, referral to widowed "
           "persons support group (community resource, not billed).")
    P(doc, "")
    P(doc, "Therapist signature: /s/ Karen Olsen\t\tDate: 11/03/2025")
    P(doc, "Client signature: Gerald P. Szymanski\t\tDate: 11/03/2025")
    save(doc, f)
    label(f, "medicare-psychotherapy", "2025-12-01",
          must_report=[["amount-missing"], ["credential-missing"]],
          notes="Form tables. Gaps: no session length anywhere (and no CPT code that would imply it); the "
                "therapist's name is never written with a credential, on the signature or elsewhere.")


@builder
def p03():
    f = "b5_03_psychotherapy_narrative_report.docx"
    doc = new_doc(font="Times New Roman", size=12)
    P(doc, "ELENA MARSH, PhD", bold=True, align="center")
    P(doc, "Licensed Psychologist  ·  1200 Oak Park Ave, Oak Park, IL 60302  ·  NPI " + npi("108216457"),
      size=10, align="center")
    P(doc, "")
    P(doc, "TREATMENT PLAN – PSYCHOLOGICAL SERVICES", bold=True, align="center")
    P(doc, "")
    RUNS(doc, [("Identifying information. ", "b"),
               "Luis Ortega Vidal (date of birth 09/03/1957; Medicare Beneficiary Identifier 7QW2RT8NM45) is a "
               "68-year-old retired bus mechanic seen for individual psychotherapy. This plan was established on "
               "December 2, 2025 following the diagnostic evaluation (90791) of November 24, 2025."])
    RUNS(doc, [("Diagnosis. ", "b"),
               "Post-traumatic stress disorder, chronic (F43.12), related to a workplace assault in 2019 and "
               "re-activated by a robbery in his neighborhood this summer. Nicotine dependence, cigarettes "
               "(F17.210) is noted but is not a focus of this plan."])
    RUNS(doc, [("Clinical summary. ", "b"),
               "Mr. Ortega reports nightmares four to five nights a week, avoids leaving his apartment after dark, "
               "and has stopped taking the bus. His PCL-5 total was 52. He denies suicidal ideation. He is "
               "motivated and his daughter is supportive."])
    RUNS(doc, [("Goals. ", "b"),
               "The overall goal is for Mr. Ortega to move about his neighborhood and use public transit again "
               "without being controlled by fear. Progress will be judged by the following objectives:"])
    P(doc, "(1) Reduce the PCL-5 total score from 52 to 33 or lower by March 30, 2026.")
    P(doc, "(2) Reduce nightmares from 4-5 nights per week to 2 or fewer nights per week, as recorded in his "
           "sleep diary, by March 30, 2026.")
    P(doc, "(3) Ride the bus to the grocery store alone at least once a week for 4 consecutive weeks by "
           "April 20, 2026 (currently never).")
    RUNS(doc, [("Treatment recommendations. ", "b"),
               "Cognitive processing therapy delivered in individual sessions of 60 minutes (CPT 90837), once per "
               "week, with graded in-vivo exposure assignments between sessions. The anticipated duration of "
               "treatment is 16 weeks (through approximately March 24, 2026), with a formal review of progress "
               "at the eighth session. If the PCL-5 has not fallen by at least 10 points by then, the plan will "
               "be revised."])
    P(doc, "")
    P(doc, "Elena Marsh, PhD")
    P(doc, "Licensed Clinical Psychologist, IL #071-008812")
    P(doc, "Signed 12/02/2025")
    save(doc, f)
    label(f, "medicare-psychotherapy", "2026-01-15",
          notes="Clean. Narrative report: headings are bold run-in words, objectives as (1)-(3) paragraphs.")


@builder
def p04():
    f = "b5_04_psychotherapy_ehr_printout.docx"
    doc = new_doc(font="Courier New", size=9, margins=0.7)
    header_lines(doc, ["NORTHERN TIER HEALTH SYSTEM - BEHAVIORAL HEALTH          *** CONFIDENTIAL ***",
                       "HOLLOWAY, GRACE E     DOB: 02/11/1949     MRN: 00482913     ACCT: 7750021"],
                 size=8)
    footer_lines(doc, ["Printed by: mreyes  01/20/2026 09:14   Report: BH_TXPLAN_V3"], size=7)
    mono = "Courier New"
    lines = [
        "==============================================================================",
        "TREATMENT PLAN                                          STATUS: ACTIVE",
        "==============================================================================",
        "PATIENT........: HOLLOWAY, GRACE E",
        "DOB............: 02/11/1949          SEX: F",
        "INSURANCE......: MEDICARE PART B     ID: 2HN6PW4GX85",
        "PLAN DATE......: 10/02/2024",
        "PROVIDER.......: KESSLER, BRIAN T  LPC   NPI: " + npi("149273605"),
        "LOCATION.......: NTHS BH CLINIC - ST. ALBANS",
        "",
        "------------------------------- DIAGNOSES ------------------------------------",
        "  1  F41.0    PANIC DISORDER [EPISODIC PAROXYSMAL ANXIETY]        PRIMARY",
        "  2  F32.A    DEPRESSION, UNSPECIFIED",
        "",
        "------------------------------- PROBLEM LIST ---------------------------------",
        "PROBLEM #1: PANIC ATTACKS / AVOIDANCE OF STORES AND CHURCH",
        "  GOAL....: PT WILL MANAGE PANIC SX AND RESUME ERRANDS INDEPENDENTLY",
        "  OBJ 1.1.: DECREASE PANIC ATTACKS FROM 3/WK TO 1 OR FEWER PER WEEK",
        "            TARGET: 01/15/2025",
        "  OBJ 1.2.: SHOP AT GROCERY STORE ALONE 2X/WK FOR 4 CONSECUTIVE WEEKS",
        "            TARGET: 03/01/2025",
        "PROBLEM #2: LOW MOOD",
        "  GOAL....: IMPROVE MOOD",
        "  OBJ 2.1.: PHQ-9 FROM 13 TO LESS THAN 8",
        "            TARGET: 03/01/2025",
        "",
        "------------------------------- INTERVENTIONS --------------------------------",
        "  - PANIC CONTROL TREATMENT (CBT), INTEROCEPTIVE EXPOSURE",
        "  - BREATHING RETRAINING",
        "  - BEHAVIORAL ACTIVATION",
        "",
        "------------------------------- SERVICES -------------------------------------",
        "  CPT    DESCRIPTION                      AMOUNT     FREQ               DURATION",
        "  90834  PSYCHOTX W PT 45 MINUTES         45 MIN     EVERY OTHER WEEK   9 MONTHS",
        "",
        "------------------------------- SIGNATURES -----------------------------------",
        "ELECTRONICALLY SIGNED BY: KESSLER, BRIAN T  LPC     10/02/2024 16:42",
        "PATIENT SIGNATURE ON FILE                            10/02/2024",
        "==============================================================================",
    ]
    for ln in lines:
        P(doc, ln, font=mono, space_after=0)
    save(doc, f)
    label(f, "medicare-psychotherapy", "2026-01-20",
          must_report=[["plan-outdated"]],
          notes="EHR printout (Courier, all caps, patient banner in the page header, print date in the footer). "
                "Gap: the plan is dated 10/02/2024 and no review or update is recorded, so on 2026-01-20 it is "
                "475 days old. The footer's print date is not a plan date.")


@builder
def p05():
    f = "b5_05_psychotherapy_letter.docx"
    doc = new_doc(font="Georgia", size=11)
    P(doc, "Harbor Light Psychology, PLLC", bold=True, size=13)
    P(doc, "17 Water Street · Portsmouth, NH 03801 · tel (603) 555-0187 · fax (603) 555-0188", size=9)
    P(doc, "")
    P(doc, "January 5, 2026")
    P(doc, "")
    P(doc, "Michael Hammond, MD\nSeacoast Family Medicine\n230 Islington St\nPortsmouth, NH 03801")
    P(doc, "")
    RUNS(doc, [("RE: ", "b"), "Theodore Amundsen   DOB 3/22/1951   Medicare ID 4RF7JK2PM93"])
    RUNS(doc, [("Subject: ", "b"), "Psychotherapy treatment plan"])
    P(doc, "")
    P(doc, "Dear Dr. Hammond,")
    P(doc, "Thank you for referring Mr. Amundsen, whom I evaluated on December 29, 2025. This letter is his "
           "treatment plan, established today.")
    P(doc, "Diagnosis: F31.81 Bipolar II disorder, most recent episode depressed. He remains on lamotrigine "
           "prescribed by your office.")
    P(doc, "Mr. Amundsen describes three months of low energy, oversleeping and withdrawal from his woodworking "
           "club, following a hypomanic stretch in the summer during which he overspent. His PHQ-9 today was 16.")
    P(doc, "Goals of treatment:")
    P(doc, "1.  Stabilize mood and daily rhythm. Objective: keep a regular wake time (before 8:00 am) on at least "
           "6 of 7 days, tracked on a mood and sleep chart, by March 2, 2026; PHQ-9 below 10 by April 27, 2026.")
    P(doc, "2.  Early warning of mood episodes. Objective: Mr. Amundsen and his wife will name at least 4 "
           "personal early warning signs of hypomania and depression and write a relapse-prevention plan by "
           "February 16, 2026.")
    P(doc, "3.  Return to valued activities. Objective: attend the woodworking club at least 2 times per month "
           "(currently none) by March 30, 2026.")
    P(doc, "Treatment: interpersonal and social rhythm therapy (IPSRT) with psychoeducation, in individual "
           "45-minute sessions (CPT 90834) every two weeks. I expect treatment to last about six months, through "
           "June 30, 2026, and will send you a progress update in April.")
    P(doc, "Please call me with any questions.")
    P(doc, "")
    P(doc, "Sincerely,")
    P(doc, "")
    P(doc, "/s/ Priya Natarajan, PsyD\nLicensed Clinical Psychologist\nNPI " + npi("193057821")
      + "\nDate signed: 01/05/2026")
    save(doc, f)
    label(f, "medicare-psychotherapy", "2026-02-02",
          notes="Clean. The plan is a letter to the referring PCP; objectives sit inside the numbered goals.")


@builder
def p06():
    f = "b5_06_psychotherapy_outline.docx"
    doc = new_doc(font="Calibri", size=11)
    P(doc, "Greenway Family Counseling – Madison WI", bold=True)
    P(doc, "TREATMENT PLAN", bold=True, size=14)
    P(doc, "Client:\tSamantha Kowalczyk\t\tDOB:\t11/02/1958")
    P(doc, "Medicare ID:\t9MC4-FR6-TT21\t\tPlan date:\t01/20/2026")
    P(doc, "Clinician:\tJoel Baptiste, LCSW\t\tNPI:\t" + npi("134905528"))
    P(doc, "")
    P(doc, "I.  DIAGNOSES")
    P(doc, "\tF40.10\tSocial phobia, unspecified")
    P(doc, "\tF33.0\tMajor depressive disorder, recurrent, mild")
    P(doc, "")
    P(doc, "II.  PROBLEMS, GOALS AND OBJECTIVES")
    P(doc, "1.  Problem: avoids social situations since retirement; has not seen friends in over a year.")
    P(doc, "    1.1  Goal: Decrease social avoidance.")
    P(doc, "          a)  Attend at least 2 social events per month (currently 0) by 03/31/2026.")
    P(doc, "          b)  Reduce LSAS score from 82 to below 60 by 04/30/2026.")
    P(doc, "2.  Problem: frequent conflict with adult daughter, who is her main support.")
    P(doc, "    2.1  Goal: Improve relationship with daughter.")
    P(doc, "          a)  Client will work on communication skills.")
    P(doc, "          b)  Client will gain insight into family patterns and how they affect her.")
    P(doc, "")
    P(doc, "III.  INTERVENTIONS")
    P(doc, "    •  CBT for social anxiety incl. graded exposure hierarchy")
    P(doc, "    •  Cognitive restructuring of negative self-evaluation")
    P(doc, "    •  Family-of-origin exploration; communication skills (I-statements)")
    P(doc, "")
    P(doc, "IV.  SERVICES")
    P(doc, "    Individual psychotherapy 90837 – 53 min – weekly – est. 6 months")
    P(doc, "")
    P(doc, "V.  SIGNATURES")
    P(doc, "    Joel Baptiste, LCSW  ____signed electronically____   01/20/2026")
    P(doc, "    Samantha Kowalczyk  ____signed____   01/20/2026")
    save(doc, f)
    label(f, "medicare-psychotherapy", "2026-02-15",
          must_report=[["objective-not-measurable", "goal-not-measurable"], ["objective-not-time-bound"]],
          notes="Outline typed by hand (roman numerals, 1./1.1/a) with tabs). Gaps: goal 2.1 and its objectives "
                "2.1a/2.1b name no measure or level and no date or time frame (goal 1.1 is fine).")


@builder
def p07():
    f = "b5_07_psychotherapy_checkbox_form.docx"
    doc = new_doc(font="Arial", size=10)
    X, O = "\u2612", "\u2610"
    P(doc, "PINE HOLLOW MENTAL HEALTH  |  Outpatient Psychotherapy Treatment Plan", bold=True, size=12)
    P(doc, "Form BH-12 (rev. 03/2024)", size=8)
    TABLE(doc, [
        ["Client name: Ruth-Ann Delgado", "DOB: 06/09/1960", "Medicare ID: 8VD2KM7WQ30"],
        ["Plan date: 12/08/2025", "Clinician: Tomasz Wojcik, LMFT", "Clinician NPI: " + bad_npi("172604938")],
    ], widths=[2.4, 1.8, 2.3], size=9)
    P(doc, "")
    P(doc, "Diagnosis (ICD-10-CM):  F41.1 Generalized anxiety disorder;  G47.00 Insomnia, unspecified")
    P(doc, "")
    P(doc, "TREATMENT", bold=True)
    P(doc, f"Modality:       {X} Individual   {O} Group   {O} Family   {O} Couples")
    P(doc, f"Session length: {O} 30 min (90832)   {X} 45 min (90834)   {O} 60 min (90837)")
    P(doc, f"Frequency:      {O} Weekly   {O} Every 2 weeks   {O} Monthly   {O} Other: ________")
    P(doc, f"Duration:       {X} 3 months   {O} 6 months   {O} 9 months   {O} Other: ________")
    P(doc, f"Approach:       {X} CBT   {O} DBT   {X} Relaxation / biofeedback-assisted   {O} Psychodynamic   "
           f"{X} Mindfulness-based")
    P(doc, "")
    P(doc, "GOALS AND OBJECTIVES", bold=True)
    TABLE(doc, [
        ["#", "Goal / objective", "Baseline", "Target", "By"],
        ["1", "Goal: Ruth-Ann will worry less and be able to finish her work day.", "", "", ""],
        ["1a", "GAD-7 score", "15", "≤ 8", "03/09/2026"],
        ["1b", "Days per week she leaves work early because of anxiety", "2", "0", "02/09/2026"],
        ["2", "Goal: sleep through the night", "", "", ""],
        ["2a", "Nights per week with 6+ hours of sleep (sleep diary)", "2", "5", "03/09/2026"],
    ], header=True, widths=[0.4, 3.2, 0.8, 0.8, 1.0], size=9)
    P(doc, "")
    P(doc, "Client participated in plan development:  " + X + " Yes   " + O + " No")
    P(doc, "")
    TABLE(doc, [
        ["Clinician signature", "Tomasz Wojcik, LMFT (signed)", "Date 12/08/2025"],
        ["Client signature", "Ruth-Ann Delgado (signed)", "Date 12/08/2025"],
    ], widths=[1.8, 3.0, 1.7], size=9)
    save(doc, f)
    label(f, "medicare-psychotherapy", "2026-01-05",
          must_report=[["frequency-missing"], ["identifier-invalid"]],
          notes="Checkbox form with Unicode box glyphs. Gaps: no frequency box is ticked (the 'Other' line is "
                "blank); the clinician's NPI fails the Luhn check. Unticked options are not plan content.")


@builder
def p08():
    f = "b5_08_psychotherapy_initial_and_update.docx"
    doc = new_doc(font="Calibri", size=11)
    header_lines(doc, ["Cape Ann Counseling Center  ·  Gloucester, MA"], size=8, align="right")
    P(doc, "TREATMENT PLAN", bold=True, size=14)
    P(doc, "Client: Arthur Delacroix      DOB: 05/28/1947      Medicare: 1YH8DN4KC62")
    P(doc, "Clinician: Gwen Halvorsen, LICSW      NPI " + npi("118340276"))
    P(doc, "Initial plan date: 12/02/2024")
    P(doc, "")
    P(doc, "DIAGNOSIS", bold=True)
    P(doc, "F33.1 – Major depressive disorder, recurrent, moderate")
    P(doc, "")
    P(doc, "PROBLEM / GOALS", bold=True)
    P(doc, "Problem 1 — Depressed mood, isolation since moving into assisted living.")
    P(doc, "Goal: Arthur will take part in community life at his residence.")
    P(doc, "  ▪ Obj 1: Attend at least 3 resident activities per week (baseline 0) by 03/03/2025.")
    P(doc, "  ▪ Obj 2: PHQ-9 from 18 to 12 or less by 06/02/2025.")
    P(doc, "")
    P(doc, "TREATMENT", bold=True)
    P(doc, "Individual psychotherapy, CPT 90837, 53-minute sessions, weekly. Expected duration 6 months. "
           "Interventions: behavioral activation, supportive psychotherapy, life review.")
    P(doc, "")
    P(doc, "Signed: Gwen Halvorsen, LICSW  12/02/2024        Client: Arthur Delacroix  12/02/2024")
    P(doc, "")
    P(doc, "_______________________________________________________________________________")
    P(doc, "TREATMENT PLAN REVIEW – 06/02/2025", bold=True)
    P(doc, "Reviewed with client. Obj 1 met (attends 4 activities/wk). PHQ-9 = 11, obj 2 met. Plan continued "
           "for 6 months with the same frequency to consolidate gains.")
    P(doc, "Reviewed by: Gwen Halvorsen, LICSW  06/02/2025")
    P(doc, "")
    P(doc, "_______________________________________________________________________________")
    P(doc, "UPDATED 11/24/2025:", bold=True)
    P(doc, "Problem 1 (revised) — mood stable but low energy in the afternoons; grief over his brother's "
           "death in October.")
    P(doc, "Goal (revised): Arthur will keep his gains through the winter and process the loss of his brother.")
    P(doc, "  ▪ Obj 1 (new): PHQ-9 remains at 9 or below at each monthly check through 05/24/2026 (current 9).")
    P(doc, "  ▪ Obj 2 (new): Attend the residence's bereavement group at least twice a month by 01/31/2026.")
    P(doc, "Treatment (revised): individual psychotherapy reduced to every other week, 45-minute sessions "
           "(CPT 90834); grief-focused supportive therapy and relapse prevention. Expected duration: 6 months, "
           "through 05/24/2026.")
    P(doc, "Signed: Gwen Halvorsen, LICSW  11/24/2025        Client: Arthur Delacroix  11/24/2025")
    save(doc, f)
    label(f, "medicare-psychotherapy", "2026-02-01",
          notes="Clean. One file holds the initial plan (12/02/2024), a completed review (06/02/2025) and an "
                "update written as 'UPDATED 11/24/2025:' that re-establishes the plan, so it is current on "
                "2026-02-01; each segment's duration is 6 months and no date contradicts another.")


@builder
def p10():
    f = "b5_10_psychotherapy_one_table.docx"
    doc = new_doc(font="Calibri", size=10, margins=0.75)
    t = TABLE(doc, [
        ("MERGE", "BRIGHTWATER COMMUNITY COUNSELING — PSYCHOTHERAPY TREATMENT PLAN", "C6D9F1"),
        ["Client", "Nadia Petrosyan", "DOB", "12/19/1955"],
        ["Medicare ID", "5JW9HX3RD17", "Plan Date", "01/26/2026"],
        ["Therapist", "Omar Haddad, LCSW-R", "NPI", npi("126648093")],
        ("MERGE", "Diagnosis"),
        ["ICD-10", "F43.2 – Adjustment disorder w/ mixed anxiety & depressed mood", None, None],
        ("MERGE", "Presenting problem"),
        ["Laid off in Nov 2025 after 22 yrs; tearful daily, not sleeping, avoiding calls from family.\n"
         "PHQ-9 14, GAD-7 12.", None, None, None],
        ("MERGE", "Goals & objectives"),
        ["Goal 1", "Nadia will cope with the job loss and regain a daily structure.", None, None],
        ["Obj 1a", "Follow a written daily schedule (wake, walk, job search, meals) on 5 of 7 days, from a "
                   "baseline of 1, by 03/09/2026.", None, None],
        ["Obj 1b", "PHQ-9 ≤ 7 and GAD-7 ≤ 7 by 04/27/2026.", None, None],
        ["Goal 2", "Reconnect with family and friends.", None, None],
        ["Obj 2a", "Return calls / have contact with at least 3 family members or friends per week "
                   "(currently 0) by 02/23/2026.", None, None],
        [None, None, None, None],
        ("MERGE", "Treatment"),
        ["Type", "Individual psychotherapy (90837), CBT + problem-solving therapy", None, None],
        ["Session", "53 min", "Frequency", "1x week"],
        ["Est. length of treatment", "12–18 months", "Review", "every 90 days"],
        ("MERGE", "Signatures"),
        ["Therapist", "Omar Haddad, LCSW-R", "Date", "01/26/2026"],
        ["Client", "Nadia Petrosyan", "Date", "01/26/2026"],
    ], widths=[1.4, 2.8, 1.1, 1.6], size=10)
    # merge the value cells that span the remaining columns
    for ri, row in enumerate(t.rows):
        cells = row.cells
        txt = [c.text for c in cells]
        if len(set(id(c._tc) for c in cells)) == 4 and txt[2] == "" and txt[3] == "" and txt[1] != "":
            m = cells[1].merge(cells[3])
        elif len(set(id(c._tc) for c in cells)) == 4 and txt[1] == txt[2] == txt[3] == "" and txt[0] != "":
            cells[0].merge(cells[3])
    save(doc, f)
    label(f, "medicare-psychotherapy", "2026-02-09",
          must_report=[["diagnosis-code-not-billable"], ["duration-exceeds-limit"]],
          notes="The whole plan is one table with merged cells and an empty row. Gaps: F43.2 is a category "
                "heading, not billable (the description is that of F43.23); the estimated length of treatment "
                "is 12-18 months, not less than one year.")


# =============================================================================================
# Pennsylvania licensed psychiatric outpatient clinics (55 Pa. Code 5200)
# =============================================================================================

@builder
def p11():
    f = "b5_11_pa_clinic_header_footer.docx"
    doc = new_doc(font="Calibri", size=11)
    header_lines(doc, [], table_cols=["Client: Jordan Ellis-Park", "DOB: 08/14/2003",
                                      "MA ID: 4410298763", "Chart #: SV-20931"], size=8)
    footer_lines(doc, ["Susquehanna Valley Outpatient Clinic · 3 N. Front St, Harrisburg PA 17101 · "
                       "Licensed psychiatric outpatient clinic (55 Pa. Code ch. 5200)"], size=7)
    H(doc, "Individual Treatment Plan", 0)
    H(doc, "Dates", 1)
    P(doc, "Intake / admission:  01/05/2026\nTreatment plan completed:  01/27/2026\n"
           "Expected duration of treatment:  6 months (plan review by 07/27/2026)")
    H(doc, "Payer", 1)
    P(doc, "Pennsylvania Medical Assistance (HealthChoices, Capital Area)")
    H(doc, "Diagnoses", 1)
    P(doc, "1. F43.12 Post-traumatic stress disorder, chronic\n2. F90.0 Attention-deficit hyperactivity disorder, "
           "predominantly inattentive type")
    H(doc, "Strengths and needs", 1)
    P(doc, "Jordan (they/them) is a 22-year-old community college student, articulate and motivated, with a "
           "supportive partner. Needs: nightmares and hypervigilance after a car-jacking in 2024, falling behind "
           "in coursework.")
    H(doc, "Goals and objectives", 1)
    P(doc, "Goal 1 — Feel safe enough to drive and go out at night again.", bold=True)
    P(doc, "1.1  Drive to campus alone at least 3 days a week (currently 0) by 04/27/2026.", style="List Number")
    P(doc, "1.2  Lower PCL-5 from 48 to under 33 by 06/29/2026.", style="List Number")
    P(doc, "Goal 2 — Keep up with school.", bold=True)
    P(doc, "2.1  Turn in at least 90% of assignments on time for the spring semester (baseline about 60%), "
           "checked in the student portal at each review, by 05/15/2026.", style="List Number")
    H(doc, "Treatment modalities", 1)
    TABLE(doc, [["Service", "Code", "Provider", "Frequency", "Session"],
                ["Individual psychotherapy (trauma-focused CBT)", "90837", "Therapist", "Weekly", "53-60 min"],
                ["Medication management", "99214", "Psychiatrist", "Monthly", "25 min"]],
          header=True, widths=[2.6, 0.7, 1.1, 0.9, 1.0], size=10)
    H(doc, "Signatures", 1)
    TABLE(doc, [["Role", "Name", "Signature", "Date"],
                ["Client", "Jordan Ellis-Park", "Jordan Ellis-Park", "01/27/2026"],
                ["Mental health professional", "Renée Fairbanks, LPC", "R. Fairbanks, LPC", "01/27/2026"],
                ["Psychiatrist approval", "Victor Osei, MD", "V. Osei MD", "01/30/2026"]],
          header=True, widths=[1.8, 1.8, 1.7, 1.0], size=10)
    save(doc, f)
    label(f, "base-treatment-plan", "2026-02-12", states=["pa-55-5200"],
          notes="Clean. The client's name, DOB and MA ID appear only in the page header (a table); the "
                "clinic's licence line is in the footer. Plan 22 days after intake; psychiatrist approval signed.")


@builder
def p12():
    f = "b5_12_pa_clinic_bilingual.docx"
    doc = new_doc(font="Calibri", size=10)
    P(doc, "Centro de Salud Mental Lehigh  /  Lehigh Valley Mental Health Center", bold=True, size=12, align="center")
    P(doc, "Plan de Tratamiento Individual  /  Individual Treatment Plan", bold=True, align="center")
    TABLE(doc, [
        ["Nombre del cliente / Client name", "Yesenia Marte Rosario"],
        ["Fecha de nacimiento / Date of birth", "03/02/1989"],
        ["Núm. de Medicaid / Medicaid ID", "7702184395"],
        ["Fecha de admisión / Intake date", "10/01/2025"],
        ["Fecha del plan / Plan date", "11/14/2025"],
        ["Duración prevista / Expected duration", "6 meses / 6 months"],
        ["Terapeuta / Therapist", "Daniela Ferreira, LCSW  (NPI " + npi("160027744") + ")"],
    ], bold_first_col=True, widths=[2.6, 3.9])
    P(doc, "")
    P(doc, "Diagnóstico / Diagnosis", bold=True)
    P(doc, "F32.1  Trastorno depresivo mayor, episodio único, moderado / Major depressive disorder, single "
           "episode, moderate")
    P(doc, "")
    P(doc, "Metas y objetivos / Goals and objectives", bold=True)
    TABLE(doc, [
        ["Meta / Goal", "Objetivo / Objective", "Fecha meta / Target date"],
        ["1. Sentirme con más energía para cuidar a mis hijos.\n1. Have more energy to care for my children.",
         "1a. Bajar el PHQ-9 de 18 a menos de 10.\n1a. Lower PHQ-9 from 18 to below 10.", "02/13/2026"],
        ["", "1b. Levantarse y preparar el desayuno de los niños 6 de 7 días (ahora 2).\n"
             "1b. Get up and make the children's breakfast 6 of 7 days (now 2).", "01/09/2026"],
        ["2. Volver a trabajar.\n2. Return to work.",
         "2a. Completar 2 solicitudes de empleo por semana durante 4 semanas.\n"
         "2a. Complete 2 job applications per week for 4 weeks.", "03/13/2026"],
    ], header=True, widths=[2.2, 3.2, 1.1], size=9)
    P(doc, "")
    P(doc, "Modalidades / Modalities", bold=True)
    P(doc, "• Psicoterapia individual (TCC), 45 min, semanal / Individual psychotherapy (CBT), 45 min, weekly "
           "(90834)")
    P(doc, "• Manejo de medicamentos, mensual / Medication management, monthly (99213)")
    P(doc, "")
    P(doc, "Firmas / Signatures", bold=True)
    TABLE(doc, [
        ["Firma del cliente / Client signature", "", "Fecha / Date", ""],
        ["Terapeuta / Therapist", "Daniela Ferreira, LCSW", "Fecha / Date", "11/14/2025"],
        ["Psiquiatra / Psychiatrist (aprobación / approval)", "Hector Villanueva, MD", "Fecha / Date", "11/17/2025"],
    ], widths=[2.4, 2.2, 0.9, 1.0], size=9)
    save(doc, f)
    label(f, "base-treatment-plan", "2025-12-10", states=["pa-55-5200"],
          must_report=[["signature-missing"], ["plan-late"]],
          notes="Spanish/English form. Gaps: the client signature and date cells are blank; the plan is dated "
                "11/14/2025, 44 days after intake on 10/01/2025 (due within 30).")


@builder
def p14():
    f = "b5_14_pa_clinic_box_grid.docx"
    doc = new_doc(font="Arial", size=9, margins=0.6)
    P(doc, "ALLEGHENY RIVERS BEHAVIORAL HEALTH — OUTPATIENT CLINIC", bold=True, size=11)
    P(doc, "TREATMENT PLAN", bold=True, size=11)
    TABLE(doc, [
        ["Client Name\nRobert Y. Nakamura", "Date of Birth\n10/05/1950", "Medicare MBI\n2PK5QW9RT14"],
        ["Intake Date\n12/29/2025", "Plan Date\n01/15/2026", "Expected Duration\n26 weeks"],
        ["Clinician\nAbigail Strand, LCSW", "Clinician NPI\n" + npi("181925530"), "Program\nAdult OP"],
    ], widths=[2.4, 2.4, 2.4])
    P(doc, "")
    TABLE(doc, [
        ["Diagnosis (ICD-10-CM)\nF41.0 Panic disorder [episodic paroxysmal anxiety]\n"
         "F10.10 Alcohol abuse, uncomplicated (in early remission per client)"],
    ], widths=[7.2])
    P(doc, "")
    TABLE(doc, [
        ["GOAL 1\nRobert will manage panic symptoms without using alcohol.",
         "OBJECTIVES\n1a. Panic attacks from about 4/week to no more than 1/week by 03/31/2026.\n"
         "1b. Use paced breathing or the coping card instead of drinking in 4 of 5 logged episodes by 03/15/2026.",
         "INTERVENTIONS\nPanic-focused CBT; interoceptive exposure; relapse-prevention planning."],
        ["GOAL 2\nReduce morning panic attacks from daily to 2 or fewer per week by 06/30/2026.",
         "OBJECTIVES\n",
         "INTERVENTIONS\nSleep hygiene; review of caffeine use; referral to PCP for medication review."],
    ], widths=[2.4, 2.6, 2.2])
    P(doc, "")
    TABLE(doc, [
        ["Service\nIndividual psychotherapy 90834", "Session length\n45 minutes", "Frequency\nWeekly"],
    ], widths=[2.4, 2.4, 2.4])
    P(doc, "")
    TABLE(doc, [
        ["Client signature\nRobert Y. Nakamura", "Date\n01/15/2026"],
        ["Clinician signature\nAbigail Strand, LCSW", "Date\n01/15/2026"],
        ["Psychiatrist / CRNP approval\n", "Date\n"],
    ], widths=[5.0, 2.2])
    save(doc, f)
    label(f, "medicare-psychotherapy", "2026-02-05", states=["pa-55-5200"],
          must_report=[["objective-missing"], ["signature-missing"]],
          notes="Box grid (label and value in each cell). Gaps: goal 2 has an empty objectives box; the "
                "psychiatrist/CRNP approval box is blank although the plan includes psychotherapy.")


@builder
def p15():
    f = "b5_15_pa_clinic_narrative_messy.docx"
    doc = new_doc(font="Calibri", size=11)
    P(doc, "Keystone Counseling Group\tScranton, PA\t(570) 555-0110", size=9)
    P(doc, "OUTPATIENT TREATMENT PLAN", bold=True, size=13)
    P(doc, "client:  Dolores Jean Varga\t\tD.O.B. 1/9/1954\nMedicare #:\t4GT7-WN2-YK83\nIntake date:\t2/2/2026"
           "\t\tTx plan date:\t2/20/2026")
    P(doc, "")
    P(doc, "DIAGNOSTIC IMPRESSION", bold=True)
    P(doc, "F42.2\tMixed obsessional thoughts and acts  (primary)")
    P(doc, "")
    P(doc, "SUMMARY", bold=True)
    P(doc, "Mrs Varga is a 72 y/o widow referred by her PCP for checking rituals (stove, locks, \n"
           "car doors) that now take 2-3 hrs a day and make her late to everything incl. her own \n"
           "medical appts.  Y-BOCS at intake = 26 (severe).  No prior tx.  Lives alone, daughter nearby.")
    P(doc, "")
    P(doc, "GOALS & OBJECTIVES", bold=True)
    P(doc, "◦ GOAL 1: Spend less time on checking so she can leave the house on time")
    P(doc, "\t▪ obj. 1 — Y-BOCS total from 26 to 16 or lower by 5/20/2026")
    P(doc, "\t▪ obj. 2 — checking rituals under 1 hour/day (self-monitoring log) by 4/20/2026")
    P(doc, "◦ GOAL 2: get to appointments and church on time")
    P(doc, "\t▪ obj. 1 — arrives on time to at least 9 of 10 scheduled appointments, per daughter and "
           "clinic records, by 4/20/2026")
    P(doc, "")
    P(doc, "TREATMENT / MODALITIES", bold=True)
    P(doc, "-  Exposure and response prevention (ERP), individual, 53 min (90837), 1x per week")
    P(doc, "*  Home practice assignments reviewed each session")
    P(doc, "-  Psychiatric evaluation for SSRI (referral to clinic CRNP), then med checks monthly (99213)")
    P(doc, "Expected duration of treatment:\t4 months (through 6/20/2026)")
    P(doc, "")
    P(doc, "SIGNATURES", bold=True)
    P(doc, "Client\t\tDolores J. Varga\t\t\t2/20/2026")
    P(doc, "Therapist\t\tMarcus Lindqvist, LPC\t\t2/20/2026\tNPI " + npi("145518670"))
    P(doc, "Approved\t\tLauren Pike, CRNP (PMHNP-BC)\t2/24/2026")
    save(doc, f)
    label(f, "medicare-psychotherapy", "2026-03-05", states=["pa-55-5200"],
          notes="Clean. Messy copy-paste: stray tabs, odd bullets (◦ ▪ - *), hard line ends inside the summary, "
                "inconsistent capitals, short dates (2/20/2026). Approval by a CRNP (PA's term for a nurse "
                "practitioner), which 5200.31 accepts as an advanced practice professional.")


# =============================================================================================
# Medicare Part B outpatient therapy (PT, OT, SLP)
# =============================================================================================

@builder
def p16():
    f = "b5_16_pt_headings.docx"
    doc = new_doc()
    P(doc, "Summit Physical Therapy & Sports Rehab", bold=True, size=14)
    P(doc, "410 Market St, Lewisburg, PA 17837 · Group NPI " + npi("183017552"), size=9)
    H(doc, "Physical Therapy Plan of Care / Initial Evaluation", 0)
    H(doc, "Patient", 1)
    LV(doc, "Name", "Walter Kincaid")
    LV(doc, "DOB", "06/30/1948")
    LV(doc, "Medicare (MBI)", "8KD2-TF5-HW67")
    LV(doc, "Referring physician", "Ananya Rao, MD (orthopaedic surgery), NPI " + npi("162900381"))
    H(doc, "Dates", 1)
    LV(doc, "Date of initial evaluation (first treatment)", "01/08/2026")
    LV(doc, "Plan of care date", "01/08/2026")
    LV(doc, "Certification period", "01/08/2026 through 04/07/2026")
    H(doc, "Diagnoses", 1)
    P(doc, "Z47.1 Aftercare following joint replacement surgery", style="List Bullet")
    P(doc, "Z96.651 Presence of right artificial knee joint", style="List Bullet")
    P(doc, "M25.661 Stiffness of right knee, not elsewhere classified", style="List Bullet")
    P(doc, "R26.2 Difficulty in walking, not elsewhere classified", style="List Bullet")
    H(doc, "Assessment", 1)
    P(doc, "77 y/o male s/p R TKA 12/15/2025. Presents with R knee AROM 8-92°, quad lag, antalgic gait with "
           "rolling walker, unable to negotiate stairs reciprocally. LEFS 28/80. Good rehab potential; "
           "motivated to return to golf and caring for his wife.")
    H(doc, "Long-term goals (by 03/05/2026)", 1)
    P(doc, "1. R knee flexion AROM ≥ 120° and extension to 0° to allow normal gait and stair negotiation.",
      style="List Number")
    P(doc, "2. Ambulate 1000 ft on level and uneven surfaces without an assistive device, independently.",
      style="List Number")
    P(doc, "3. Ascend/descend 12 steps reciprocally with one rail, independently.", style="List Number")
    P(doc, "4. LEFS improves from 28/80 to ≥ 60/80.", style="List Number")
    H(doc, "Short-term goals (by 01/29/2026)", 1)
    P(doc, "1. R knee flexion ≥ 105°.", style="List Number")
    P(doc, "2. Ambulate 300 ft with single-point cane, modified independent.", style="List Number")
    H(doc, "Plan / interventions", 1)
    TABLE(doc, [["CPT", "Intervention"],
                ["97110", "Therapeutic exercise (ROM, quad/hip strengthening)"],
                ["97112", "Neuromuscular re-education (balance, proprioception)"],
                ["97116", "Gait training incl. stairs"],
                ["97140", "Manual therapy (patellar and tibiofemoral mobilization)"],
                ["97530", "Therapeutic activities (transfers, car transfer, golf-specific tasks)"]],
          header=True, widths=[0.8, 5.5])
    LV(doc, "Frequency", "3x/week for 4 weeks, then 2x/week for 4 weeks")
    LV(doc, "Duration", "8 weeks (20 visits)")
    LV(doc, "Rehab potential", "Good")
    H(doc, "Signatures", 1)
    P(doc, "Therapist: Chris Delgado, PT, DPT   NPI " + npi("139047726") + "   Date: 01/08/2026")
    P(doc, "I have reviewed this plan of care and certify that the services are medically necessary.")
    P(doc, "Physician: Ananya Rao, MD   Date: 01/13/2026")
    save(doc, f)
    label(f, "medicare-outpatient-therapy", "2026-02-20",
          notes="Clean. Plan on the evaluation day; certification period 89 days; MD certified 5 days after the "
                "first treatment; mixed frequency (3x/week then 2x/week).")


@builder
def p17():
    f = "b5_17_pt_form_table.docx"
    doc = new_doc(font="Arial", size=9.5)
    P(doc, "BACK IN MOTION PHYSICAL THERAPY", bold=True, size=12)
    P(doc, "Outpatient Rehabilitation Plan of Treatment (Medicare Part B)", size=10)
    TABLE(doc, [
        ["Patient's last name, first", "Marchetti, Rosa L."],
        ["HICN / MBI", "2WR9EK4MT58"],
        ["Date of birth", "09/14/1944"],
        ["Provider", "Back In Motion PT, LLC — NPI " + npi("170185294")],
        ["Onset date", "09/2025"],
        ["SOC / eval date", "11/12/2025"],
        ["Plan established", "11/12/2025"],
        ["Certification period", "From 11/12/2025   Through 02/09/2026"],
        ["Primary diagnosis", "M54.16 Radiculopathy, lumbar region"],
        ["Treatment diagnosis", "M48.062 Spinal stenosis, lumbar region with neurogenic claudication; "
                                "R26.81 Unsteadiness on feet"],
        ["Referral source", "Dale Brenner, DC — Brenner Chiropractic"],
    ], bold_first_col=True, widths=[1.9, 4.6])
    P(doc, "")
    TABLE(doc, [
        ["Functional goals (long-term, 8 weeks)", "Baseline"],
        ["Walk 20 minutes continuously in the community without leg symptoms forcing a rest", "Walks 4 min"],
        ["Stand at the kitchen counter 30 minutes to prepare meals without sitting", "10 min"],
        ["Oswestry Disability Index ≤ 20%", "46%"],
        ["Timed Up and Go < 12 seconds (fall risk)", "16.8 s"],
    ], header=True, widths=[4.9, 1.6])
    P(doc, "")
    TABLE(doc, [
        ["Plan", ""],
        ["Interventions", "Ther ex (97110) flexion-bias and core; neuromuscular re-ed / balance (97112); manual "
                          "therapy (97140); HEP; gait training (97116)"],
        ["Frequency", "2x / wk"],
        ["Duration", "8 wks"],
    ], header=True, bold_first_col=True, widths=[1.6, 4.9])
    P(doc, "")
    P(doc, "Therapist signature: Ingrid Solheim, PT      Date: 11/12/2025")
    P(doc, "")
    P(doc, "PHYSICIAN / NPP CERTIFICATION: I certify the need for these services furnished under this plan of "
           "treatment while under my care.", bold=True, size=8.5)
    TABLE(doc, [["Signature", "Name / credentials", "Date"],
                ["(signed)", "Dale Brenner, DC", "11/20/2025"]], header=True, widths=[2.0, 2.8, 1.7])
    save(doc, f)
    label(f, "medicare-outpatient-therapy", "2025-12-15",
          must_report=[["credential-not-permitted", "signature-missing"]],
          notes="Form tables. Gap: the certification is signed by a chiropractor (DC), who may not certify a "
                "Medicare therapy plan, so no valid physician/NPP certification exists.")


@builder
def p18():
    f = "b5_18_pt_ehr_export.docx"
    doc = new_doc(font="Segoe UI", size=9, margins=0.6)
    header_lines(doc, ["Lakeview Rehab Partners — Clinic 04 (Duluth)",
                       "Patient: Benson, Carl R   |   DOB 04/04/1951   |   Case: R shoulder   |   MBI 5MN3HT8KW26"],
                 size=8)
    footer_lines(doc, ["Document generated 03/05/2026 14:02 CST — Plan of Care (Initial) — v2.14"], size=7)
    P(doc, "PLAN OF CARE — INITIAL EVALUATION", bold=True, size=12)
    TABLE(doc, [
        ["Date of Service", "01/12/2026", "Visit #", "1 (evaluation)"],
        ["Therapist", "Mei-Ling Cho, PT, DPT", "Therapist NPI", npi("158266137")],
        ["Referring Provider", "Samuel Greer, MD", "Referring NPI", npi("130588904")],
        ["Payer", "Medicare Part B", "POC Dates", "01/12/2026 - 04/11/2026"],
    ], widths=[1.4, 2.0, 1.3, 2.0], size=8.5)
    P(doc, "")
    P(doc, "Diagnosis", bold=True)
    TABLE(doc, [["Code", "Description", "Type"],
                ["M75.121", "Complete rotator cuff tear or rupture of right shoulder, not specified as traumatic",
                 "Medical"],
                ["Z98.890", "Other specified postprocedural states (s/p RCR 11/18/2025)", "Medical"],
                ["M25.611", "Stiffness of right shoulder, NEC", "Treatment"]], header=True, widths=[0.9, 4.6, 1.0],
          size=8.5)
    P(doc, "")
    P(doc, "Subjective", bold=True)
    P(doc, "Pt reports R shoulder pain 6/10 at rest, 8/10 with reaching. Sling d/c'd 12/30/2025 per surgeon. "
           "Goals: dress himself, reach kitchen cabinets, return to fly fishing.")
    P(doc, "Objective", bold=True)
    P(doc, "AROM R shoulder flex 85°, abd 70°, ER 20°. QuickDASH 68.2. Unable to don overhead shirt independently.")
    P(doc, "Goals", bold=True)
    TABLE(doc, [["#", "Goal", "Term", "Target Date", "Status"],
                ["1", "R shoulder AROM flexion ≥ 150° to reach upper kitchen shelf", "LTG", "04/06/2026", "New"],
                ["2", "Don/doff overhead shirt independently without compensatory trunk lean", "LTG", "03/09/2026",
                 "New"],
                ["3", "QuickDASH score ≤ 30", "LTG", "04/06/2026", "New"],
                ["4", "Pain ≤ 3/10 with reaching tasks", "STG", "02/16/2026", "New"]],
          header=True, widths=[0.3, 3.6, 0.5, 1.0, 0.7], size=8.5)
    P(doc, "")
    P(doc, "Plan", bold=True)
    TABLE(doc, [["Billing code", "Intervention", "Units/visit"],
                ["97110", "Therapeutic exercise", "2"],
                ["97140", "Manual therapy", "1"],
                ["9711", "Neuromuscular re-education", "1"],
                ["97010", "Hot/cold packs", "1"]],
          header=True, widths=[1.1, 4.1, 1.3], size=8.5)
    P(doc, "Frequency: 2x/week     Duration: 12 weeks     Rehab potential: Good", size=9)
    P(doc, "")
    P(doc, "Signatures", bold=True)
    P(doc, "Electronically signed by Mei-Ling Cho, PT, DPT on 01/12/2026 17:31", size=8.5)
    P(doc, "Physician certification: Electronically signed by Samuel Greer, MD on 03/02/2026 08:10", size=8.5)
    save(doc, f)
    label(f, "medicare-outpatient-therapy", "2026-03-05",
          must_report=[["signature-late"], ["service-code-invalid"]],
          notes="EHR export with banner in the header and generation time in the footer. Gaps: the physician "
                "certified on 03/02/2026, 49 days after the first treatment (01/12/2026); billing code '9711' "
                "(neuromuscular re-education) is not a CPT code (97112 was meant).")


@builder
def p20():
    f = "b5_20_pt_fax_letter.docx"
    doc = new_doc(font="Calibri", size=11)
    P(doc, "FAX", bold=True, size=20)
    TABLE(doc, [["To:", "Helen Ostrowski, DO — Tri-County Neurology", "Fax:", "(814) 555-0190"],
                ["From:", "Allegheny Balance & Mobility PT", "Phone:", "(814) 555-0175"],
                ["Date:", "02/03/2026", "Pages:", "3 incl. cover"],
                ["Re:", "Plan of care for certification — Gene Whitlock", None, None]],
          style=None, widths=[0.7, 3.6, 0.7, 1.5])
    P(doc, "Dr. Ostrowski — please review, sign and date the certification below and fax back to "
           "(814) 555-0176. Thank you!", italic=True)
    P(doc, "CONFIDENTIALITY NOTICE: this facsimile contains protected health information...", size=7)
    doc.add_page_break()
    P(doc, "Allegheny Balance & Mobility Physical Therapy", bold=True, size=13)
    P(doc, "Plan of Care — Medicare Part B", bold=True)
    P(doc, "Patient: Gene Whitlock     DOB: 11/27/1946     MBI: 6FA8-RK2-NP49\n"
           "Evaluation / first visit: 02/03/2026     POC established: 02/03/2026\n"
           "Certification: 02/03/2026 – 05/03/2026")
    P(doc, "Diagnoses: G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations; "
           "R26.81 Unsteadiness on feet; Z91.81 History of falling")
    P(doc, "Evaluation summary: 79 y/o with PD (dx 2019) and 3 falls since October. Berg 38/56, TUG 18 s, "
           "festination with turns, freezing at doorways. Lives with wife in a 2-story home.")
    P(doc, "Goals (12 weeks):")
    P(doc, "  – Berg Balance Scale ≥ 46/56 to reduce fall risk")
    P(doc, "  – TUG ≤ 13 seconds")
    P(doc, "  – Walk through doorways and turn 180° without freezing in 4 of 5 trials using visual/auditory cues")
    P(doc, "  – No falls over the final 4 weeks of the plan (per fall diary)")
    P(doc, "Treatment plan: LSVT BIG-based amplitude training and gait training (97116), balance/neuromuscular "
           "re-education (97112), therapeutic exercise (97110), home safety and cueing strategies with wife.")
    P(doc, "Frequency: 2x per week.  Duration: 12 weeks.")
    P(doc, "")
    P(doc, "Physical therapist: Kevin Brandt, PT, NCS   NPI " + npi("176539010") + "   Date 02/03/2026")
    P(doc, "")
    P(doc, "CERTIFICATION — I have reviewed this plan of care and certify that these services are required.",
      bold=True)
    P(doc, "Physician signature: Helen Ostrowski, DO  (signed, returned by fax)     Date: 02/09/2026")
    save(doc, f)
    label(f, "medicare-outpatient-therapy", "2026-02-25",
          notes="Clean. A fax cover page then the plan; the DO certification came back signed 6 days after "
                "the evaluation. The fax date is the evaluation date.")


@builder
def p21():
    f = "b5_21_pt_paragraphs_2024.docx"
    doc = new_doc(font="Times New Roman", size=11)
    P(doc, "Meadowbrook Outpatient Rehabilitation — Physical Therapy", bold=True)
    P(doc, "")
    P(doc, "PLAN OF CARE", bold=True, align="center")
    P(doc, "Patient Dorothy Evans-Lyle, born 2/2/1939, Medicare number 3CJ5WQ7FE22, was evaluated in clinic on "
           "May 6, 2024 after discharge from skilled nursing for a right hip fracture (displaced intertrochanteric "
           "fracture of right femur, subsequent encounter, S72.141D; ORIF 03/28/2024). Secondary: M62.81 muscle "
           "weakness (generalized) and Z91.81 history of falling. This plan of care was written the same day.")
    P(doc, "She walks 150 feet with a rolling walker and contact guard assist, needs minimal assist for sit to "
           "stand from low surfaces, and has a Timed Up and Go of 24 seconds. She lives alone in a ranch home with "
           "3 entry steps and wants to return to church and her garden.")
    P(doc, "Goals, to be met within 10 weeks: (1) walk 500 feet with a single point cane, modified independent, on "
           "level and grassy surfaces; (2) climb 3 steps with one rail and a cane, independently; (3) sit to stand "
           "from a standard chair 5 times in under 15 seconds (currently unable without hands); (4) Timed Up and "
           "Go under 14 seconds.")
    P(doc, "Treatment will consist of therapeutic exercise (97110), gait training (97116), therapeutic "
           "activities (97530) and balance training (97112), with a home exercise program. She will be seen two "
           "times a week for 10 weeks. Certification period: 05/06/2024 to 08/03/2024.")
    P(doc, "")
    P(doc, "Therapist: Aaron Feld, PT, NPI " + npi("112048735") + ", signed 05/06/2024")
    P(doc, "Certifying physician: Lucia Mendes, MD, signed 05/14/2024")
    save(doc, f)
    label(f, "medicare-outpatient-therapy", "2024-06-20",
          notes="Clean. Checked as of 2024 (profile version 2015-10, where a missing certification would be an "
                "error). Every element is written in running paragraphs.")


@builder
def p22():
    f = "b5_22_ot_box_grid_merged.docx"
    doc = new_doc(font="Arial", size=9, margins=0.6)
    P(doc, "NORTHSHORE NEURO REHAB — OCCUPATIONAL THERAPY PLAN OF CARE", bold=True, size=11, align="center")
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    rows = [
        ["Patient\nLorraine Baptiste-Oyelaran", "DOB\n08/22/1953", "MBI\n9PE4HD7TA35", "Sex\nF"],
        ["Evaluation date (1st tx)\n01/14/2026", "POC date\n01/14/2026", "Cert. from\n01/14/2026",
         "Cert. through\n04/13/2026"],
        ["Referring / certifying\nGrace Adeyemi, NP", "NPI\n" + npi("128563390"), "OT\nFrancesca Rinaldi, OTR/L",
         "OT NPI\n" + npi("186904713")],
        ["", "", "", ""],
        ["Diagnoses", "", "", ""],
        ["I69.351  Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side\n"
         "R27.8  Other lack of coordination", "", "", ""],
        ["Long-term goals (8 weeks)", "", "", ""],
        ["1. Pt will complete upper-body dressing with set-up only (currently mod A).", "", "", ""],
        ["2. Pt will perform toilet transfers and hygiene with supervision (currently min A).", "", "", ""],
        ["3. R hand: grasp and release 10 of 10 one-inch blocks in 2 min (currently 3) to allow self-feeding "
         "with built-up utensils independently.", "", "", ""],
        ["Short-term goals (4 weeks)", "", "", ""],
        ["1. Don front-opening shirt with min A using hemi-dressing technique.", "", "", ""],
        ["2. Box and Block Test R hand ≥ 15 blocks/min (baseline 6).", "", "", ""],
        ["", "", "", ""],
        ["Interventions", "Self-care/ADL training 97535", "Ther activities 97530", "Neuro re-ed 97112"],
        ["", "Ther exercise 97110", "Orthotic mgmt 97760 (resting hand splint)", ""],
        ["Frequency\n3x/week", "Duration\n8 weeks", "Rehab potential\nGood", ""],
        ["Therapist signature\nFrancesca Rinaldi, OTR/L  01/14/2026", "",
         "Certifying NPP signature\nGrace Adeyemi, NP  01/22/2026", ""],
    ]
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            if v:
                cell_text(cells[i], v)
    # merge full-width rows and signature pairs
    for ri, r in enumerate(rows):
        if r[0] and not any(r[1:]):
            merge_cells(t, ri, 0, ri, 3)
            if r[0] in ("Diagnoses", "Long-term goals (8 weeks)", "Short-term goals (4 weeks)"):
                shade_cell(t.cell(ri, 0), "E7E6E6")
    merge_cells(t, 17, 0, 17, 1)
    merge_cells(t, 17, 2, 17, 3)
    merge_cells(t, 14, 0, 15, 0)
    save(doc, f)
    label(f, "medicare-outpatient-therapy", "2026-03-01",
          notes="Clean. One box grid with merged full-width rows, a vertically merged 'Interventions' cell and "
                "empty rows. Certified by a nurse practitioner 8 days after the evaluation.")


@builder
def p24():
    f = "b5_24_ot_content_control_checkboxes.docx"
    doc = new_doc(font="Calibri", size=10)
    P(doc, "HANDWORKS HAND THERAPY", bold=True, size=13)
    P(doc, "Occupational Therapy — Plan of Care / Certification", bold=True)
    TABLE(doc, [["Patient name", "Beverly Tanaka-Reyes", "DOB", "01/30/1949"],
                ["Medicare ID", "4KT6YN1RJ80", "Eval date", "10/06/2025"],
                ["Plan date", "10/06/2025", "Cert period", "10/06/2025 – 12/31/2025"],
                ["Therapist", "Nora Whitfield, OTR/L, CHT", "NPI", npi("190273851")]],
          widths=[1.2, 2.3, 1.0, 2.0])
    P(doc, "")
    P(doc, "Diagnosis: M19.041 Primary osteoarthritis, right hand (CMC joint); Z96.698 Presence of other "
           "orthopedic joint implants (R thumb CMC arthroplasty 08/2025)")
    P(doc, "")
    P(doc, "Interventions (check all that apply):", bold=True)
    para = doc.add_paragraph()
    SDT_CHECK(para, True, "Therapeutic exercise (97110)")
    SDT_CHECK(para, True, "Orthotic management/training (97760)")
    SDT_CHECK(para, False, "Paraffin (97018)")
    para = doc.add_paragraph()
    SDT_CHECK(para, True, "Manual therapy (97140)")
    SDT_CHECK(para, True, "ADL / self-care training (97535)")
    SDT_CHECK(para, False, "Iontophoresis (97033)")
    P(doc, "")
    para = doc.add_paragraph()
    para.add_run("Frequency:  ").bold = True
    SDT_CHECK(para, False, "1x/wk")
    SDT_CHECK(para, True, "2x/wk")
    SDT_CHECK(para, False, "3x/wk")
    para = doc.add_paragraph()
    para.add_run("Duration:  ").bold = True
    SDT_CHECK(para, False, "4 wks")
    SDT_CHECK(para, False, "6 wks")
    SDT_CHECK(para, True, "10 wks")
    P(doc, "")
    P(doc, "Goals", bold=True)
    TABLE(doc, [["Goal", "Current", "Target", "Date"],
                ["R lateral pinch strength", "4 lb", "≥ 9 lb", "12/15/2025"],
                ["Open jars / containers using adaptive technique", "unable", "independent", "12/01/2025"],
                ["QuickDASH", "54.5", "≤ 25", "12/15/2025"],
                ["Pain with key pinch (NPRS)", "7/10", "≤ 2/10", "11/17/2025"]],
          header=True, widths=[3.0, 1.1, 1.2, 1.2])
    P(doc, "")
    P(doc, "Recertification due: 12/31/2025")
    P(doc, "")
    TABLE(doc, [["Therapist", "Nora Whitfield, OTR/L, CHT", "10/06/2025"],
                ["Physician/NPP certification", "Jon Whitaker, PA-C (hand surgery)", "10/15/2025"]],
          widths=[2.0, 3.0, 1.5])
    save(doc, f)
    label(f, "medicare-outpatient-therapy", "2025-11-20",
          notes="Clean. Word content-control checkboxes (w14:checkbox); only ticked options apply (2x/wk, "
                "10 wks). Certified by a PA-C 9 days after the evaluation; recertification not yet due.")


@builder
def p25():
    f = "b5_25_slp_headings_abbrev.docx"
    doc = new_doc(font="Calibri", size=11)
    P(doc, "St. Brigid Outpatient Therapy Services — Speech-Language Pathology", bold=True)
    H(doc, "SLP Plan of Care", 1)
    P(doc, "Pt: Raymond O'Shaughnessy    DOB 7/7/1941    MBI 7TR2-GH6-KW53\n"
           "Eval/1st tx: 01/21/2026    POC: 01/21/2026    Cert: 01/21/2026–04/20/2026")
    H(doc, "Dx", 2)
    P(doc, "• I69.391  Dysphagia following cerebral infarction\n• R13.12  Dysphagia, oropharyngeal phase")
    H(doc, "Hx / eval summary", 2)
    P(doc, "84 y/o M, L MCA CVA 11/2025, d/c'd from IRF 01/09/2026 on mech soft solids + mildly thick liquids. "
           "MBSS 01/06/2026: delayed swallow initiation, ↓ BOT retraction, vallecular residue, silent "
           "penetration w/ thin liquids (PAS 5). FOIS level 4. Wife prepares meals.")
    H(doc, "LTGs (8 wks)", 2)
    P(doc, "1) Pt will safely consume a regular diet w/ thin liquids w/o overt s/s aspiration in 90% of "
           "observed meals, using compensatory strategies independently.")
    P(doc, "2) FOIS level ↑ from 4 to 6.")
    P(doc, "3) Pt/wife will demonstrate independent HEP (effortful swallow, Masako, Shaker) 5x/wk per log.")
    H(doc, "STGs (4 wks)", 2)
    P(doc, "a. Pt will use chin tuck + effortful swallow w/ thin liquids in 8/10 trials w/ min verbal cues.\n"
           "b. Tolerate advanced solids (regular texture) in 3 consecutive sessions w/o s/s aspiration.")
    H(doc, "Tx plan", 2)
    P(doc, "▪ Dysphagia tx (92526) incl. NMES-free oral-motor & pharyngeal strengthening\n"
           "▪ Pt/caregiver education; diet texture advancement per clinical assessment; repeat MBSS PRN")
    P(doc, "Freq: 2x/wk     Duration: 8 wks (16 visits)")
    H(doc, "Signatures", 2)
    P(doc, "SLP: Hannah Okafor, MS, CCC-SLP   NPI " + npi("104839275") + "   01/21/2026")
    P(doc, "Physician cert.: Rajesh Iyer, MD   01/26/2026")
    save(doc, f)
    label(f, "medicare-outpatient-therapy", "2026-02-18",
          notes="Clean. Dense clinical abbreviations (Pt, Dx, LTG, STG, Freq, w/, ↑), odd bullets (• ▪) and "
                "soft line breaks.")


@builder
def p27():
    f = "b5_27_slp_one_table.docx"
    doc = new_doc(font="Arial", size=9, margins=0.6)
    rows = [
        ("MERGE", "VOICE & SPEECH CENTER OF ANN ARBOR — SLP TREATMENT PLAN", "DDEBF7"),
        ["Patient", "Franklin Oduya", "DOB", "03/15/1950"],
        ["Medicare ID", "1AW7-CD3-EF90", "Start of care / eval", "01/20/2026"],
        ["Plan date", "01/20/2026", "Certification period", "01/20/2026 to 05/19/2026"],
        ["SLP", "Ilse Van Dam, M.A., CCC-SLP", "NPI", npi("143079126")],
        ("MERGE", "DIAGNOSES"),
        ["G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations", "", ""],
        ["R49.0", "Dysphonia", "", ""],
        ("MERGE", "GOALS"),
        ["LTG 1", "Mean conversational vocal intensity ≥ 72 dB SPL at 30 cm (baseline 63 dB) across 3 sessions",
         "Target", "04/20/2025"],
        ["LTG 2", "Intelligibility of conversational speech ≥ 90% to unfamiliar listeners (baseline 70%)",
         "Target", "05/15/2026"],
        ["STG 1", "Sustained 'ah' ≥ 15 s at ≥ 80 dB (baseline 7 s)", "Target", "02/16/2026"],
        ["", "", "", ""],
        ("MERGE", "TREATMENT"),
        ["Intervention", "LSVT LOUD (92507): intensive phase 4x/week for 4 weeks, then maintenance 1x/week for 12 weeks",
         "", ""],
        ["Duration", "16 weeks", "", ""],
        ("MERGE", "SIGNATURES"),
        ["SLP", "Ilse Van Dam, CCC-SLP — 01/20/2026", "", ""],
        ["Physician", "Paul Lindgren, MD — 01/27/2026", "", ""],
    ]
    t = TABLE(doc, rows, widths=[1.1, 3.9, 1.2, 1.0], bold_first_col=True)
    for ri, r in enumerate(rows):
        if isinstance(r, list) and r[1] and r[2] == "" and r[3] == "":
            merge_cells(t, ri, 1, ri, 3)
    save(doc, f)
    label(f, "medicare-outpatient-therapy", "2026-02-10",
          must_report=[["date-inconsistent"], ["review-interval-exceeded"]],
          notes="One-table plan with merged cells. Gaps: LTG 1's target date 04/20/2025 is before the plan date "
                "(a year typo); the certification period runs 119 days (01/20/2026 to 05/19/2026), beyond the "
                "90-day limit.")


# =============================================================================================
# Medicare home health
# =============================================================================================

@builder
def p28():
    f = "b5_28_home_health_485_grid.docx"
    doc = new_doc(font="Arial", size=7.5, margins=0.4)
    P(doc, "Department of Health and Human Services — Centers for Medicare & Medicaid Services", size=7)
    P(doc, "HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True, size=10, align="center")
    rows = [
        ["1. Patient's HI Claim No.\n3HW8-QK5-TD61", "2. Start Of Care Date\n01/10/2026",
         "3. Certification Period\nFrom: 01/10/2026   To: 03/10/2026", "4. Medical Record No.\nHH-55102",
         "5. Provider No.\n397512"],
        ["6. Patient's Name and Address\nEsther M. Goldblatt\n2214 Larch Ave, Apt 3\nAllentown, PA 18104", None,
         "7. Provider's Name, Address and Telephone Number\nLehigh Home Care Services\n900 Hamilton St, "
         "Allentown, PA 18101  (610) 555-0133", None, None],
        ["8. Date of Birth\n10/03/1938", "9. Sex\n☐ M  ☒ F",
         "10. Medications: Dose/Frequency/Route (N)ew (C)hanged\nFurosemide 40 mg PO daily (C); carvedilol 6.25 "
         "mg PO BID; lisinopril 10 mg PO daily; tiotropium 18 mcg inh daily", None, None],
        ["11. ICD-10-CM  Principal Diagnosis  Date\nI11.0  Hypertensive heart disease with heart failure  "
         "01/02/2026 (E)", None, "12. ICD-10-CM  Surgical Procedure  Date\n—", None, None],
        ["13. ICD-10-CM  Other Pertinent Diagnoses  Date\nI50.22 Chronic systolic (congestive) heart failure "
         "01/02/2026 (E)\nJ44.9 Chronic obstructive pulmonary disease, unspecified 2019 (O)\nZ91.81 History of "
         "falling 12/2025 (O)", None, None, None, None],
        ["14. DME and Supplies\nRollator, shower chair, digital scale", None,
         "15. Safety Measures\nFall precautions, 2 L fluid restriction, clear pathways", None, None],
        ["16. Nutritional Req.\n2 g Na, 2 L fluid restriction", None, "17. Allergies\nSulfa, shellfish", None,
         None],
        ["18.A Functional Limitations\n☒ Endurance  ☒ Ambulation  ☐ Hearing  ☐ Speech  ☒ Dyspnea with minimal "
         "exertion", None, "18.B Activities Permitted\n☒ Up as tolerated  ☒ Walker  ☐ Complete bedrest", None,
         None],
        ["19. Mental Status\n☒ Oriented  ☐ Forgetful  ☐ Depressed", None, "20. Prognosis\n☐ Poor  ☐ Guarded  ☒ Fair  "
                                                                   "☐ Good", None, None],
        ["21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)\n"
         "SN 2W3, 1W5 for cardiopulmonary assessment, daily weight and symptom review, medication reconciliation "
         "and teaching on diuretic/CHF regimen, low-sodium diet teaching. Plus 2 PRN SN visits for weight gain "
         "> 3 lb in 1 day or 5 lb in 1 week.\n"
         "PT 2W4 for gait training with rollator, transfer training, LE strengthening and home safety/fall "
         "prevention; visits 45 min.\n"
         "HHA 2W4 for assistance with bathing and personal care, 1 hr per visit.", None, None, None, None],
        ["22. Goals/Rehabilitation Potential/Discharge Plans\n"
         "1) Pt/daughter will record weight daily on 7 of 7 days and call the agency for gain > 3 lb/day by "
         "week 3.\n2) No emergency room visit or hospital admission for heart failure during the certification "
         "period.\n3) Pt will ambulate 150 ft with rollator and supervision, and transfer on/off toilet "
         "independently, within 4 weeks.\n4) Pt will state 3 of 3 signs of fluid overload and correct action by "
         "01/31/2026.\nRehab potential: fair to good. Discharge to self-care with daughter's support when goals met.",
         None, None, None, None],
        ["23. Nurse's Signature and Date of Verbal SOC Where Applicable\nKelly Brogan, RN — verbal SOC 01/10/2026",
         None, None, "25. Date HHA Received Signed POT\n01/21/2026", None],
        ["24. Physician's Name and Address\nMarcus Oyelaran, MD  NPI " + npi("165389204") + "\nLehigh Valley "
         "Internal Medicine, 1250 S Cedar Crest Blvd, Allentown, PA 18103", None,
         "26. I certify that this patient is confined to his/her home and needs intermittent skilled nursing "
         "care, physical therapy... The patient is under my care, and I have authorized the services on this "
         "plan of care and will periodically review the plan.", None, None],
        ["27. Attending Physician's Signature and Date Signed\nMarcus Oyelaran, MD (e-signed)   01/19/2026", None,
         "28. Anyone who misrepresents, falsifies, or conceals essential information required for payment of "
         "Federal funds may be subject to fine, imprisonment, or civil penalty under applicable Federal statutes.",
         None, None],
    ]
    t = doc.add_table(rows=0, cols=5)
    t.style = "Table Grid"
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            if v is not None:
                cell_text(cells[i], v, size=7.5)
    spans = {1: [(0, 1), (2, 4)], 2: [(2, 4)], 3: [(0, 1), (2, 4)], 4: [(0, 4)], 5: [(0, 1), (2, 4)],
             6: [(0, 1), (2, 4)], 7: [(0, 1), (2, 4)], 8: [(0, 1), (2, 4)], 9: [(0, 4)], 10: [(0, 4)],
             11: [(0, 2), (3, 4)], 12: [(0, 1), (2, 4)], 13: [(0, 1), (2, 4)]}
    for ri, pairs in spans.items():
        for a, b in pairs:
            merge_cells(t, ri, a, ri, b)
    P(doc, "Form CMS-485 (C-3) (02-94) (Print Aligned)", size=6)
    save(doc, f)
    label(f, "medicare-home-health", "2026-02-05", unsure=["field-missing"],
          notes="Clean. CMS-485 box grid with merged cells; orders in the '2W3, 1W5' notation, PRN visits "
                "limited to 2. The 485 has no separate 'plan date' box (the plan is dated by its start of care, "
                "certification period and signatures), so field-missing is left unjudged.")


@builder
def p29():
    f = "b5_29_home_health_narrative.docx"
    doc = new_doc(font="Calibri", size=11)
    P(doc, "Prairie Home Health, Inc. — Springfield, IL", bold=True)
    P(doc, "Plan of Care / Physician Orders", bold=True, size=13)
    P(doc, "Plan of care date 02/02/2026. Patient Harvey J. Lindqvist (DOB 05/19/1947, Medicare 5GC2-NW8-HP14) was "
           "admitted to home health services on 02/02/2026 for the certification period 02/02/2026 through "
           "04/02/2026, following a hospital stay for a right heel ulcer.")
    P(doc, "Diagnoses: E11.621 Type 2 diabetes mellitus with foot ulcer (primary); L97.412 Non-pressure chronic "
           "ulcer of right heel and midfoot with fat layer exposed; E11.65 Type 2 diabetes mellitus with "
           "hyperglycemia.")
    P(doc, "Homebound status: leaves home only for medical appointments with maximal effort; non-weight-bearing "
           "R heel per podiatry, uses wheelchair and walker for transfers.")
    P(doc, "Orders. Skilled nursing three times a week for 4 weeks, then twice a week for 4 weeks (3W4, 2W4) for "
           "wound care: cleanse R heel wound with normal saline, apply calcium alginate, cover with foam "
           "dressing, change every visit; assess wound and measure weekly; diabetic foot care and glucose "
           "monitoring teaching. SN may also make PRN visits for soiled or dislodged dressing. Physical therapy "
           "twice a week for 3 weeks (2W3) for transfer training, wheelchair mobility and offloading education.")
    P(doc, "Goals. The heel wound will decrease in area from 3.2 cm x 2.1 cm to under 1.5 cm x 1.0 cm by "
           "03/30/2026 with no signs of infection. Patient will check and record his blood glucose twice daily "
           "on 7 of 7 days by 02/23/2026, with fasting values under 180 mg/dL. Patient will transfer bed to "
           "wheelchair independently while maintaining non-weight-bearing on the right foot within 3 weeks.")
    P(doc, "Rehab potential good for stated goals. Discharge when wound healed or patient/wife independent with "
           "dressing changes.")
    P(doc, "")
    P(doc, "Case manager: Joy Nakashima, RN, 02/02/2026")
    P(doc, "Physician: Amit Shah, MD, NPI " + npi("155023468") + " — signed 02/09/2026")
    save(doc, f)
    label(f, "medicare-home-health", "2026-02-20",
          must_report=[["frequency-missing"]],
          notes="Narrative orders. Gap: 'SN may also make PRN visits' orders as-needed visits with no limit on "
                "their number, which 42 CFR 409.43 requires; the scheduled SN and PT visits are fine.")


@builder
def p31():
    f = "b5_31_home_health_ehr_printout.docx"
    doc = new_doc(font="Consolas", size=8.5, margins=0.5)
    header_lines(doc, ["BLUE RIDGE HOME HEALTH  |  Branch 02 Roanoke  |  PLAN OF CARE (485) - PRINT VIEW"], size=7.5)
    footer_lines(doc, ["Printed 01/15/2026 10:48 by AGRAHAM   *** Contains PHI ***"], size=7)
    rows = [
        ["PATIENT", "CALLOWAY, MAVIS D", "MRN", "BR-0044187"],
        ["DOB", "07/22/1944", "MEDICARE ID", "6RT4-JX9-MA52"],
        ["SOC DATE", "10/31/2025", "EPISODE", "1 of 1"],
        ["CERT PERIOD", "10/31/2025 - 12/29/2025", "RECERT DUE", "12/29/2025"],
        ["ATTENDING", "VANCE, ROBERT  DC", "NPI", npi("117062549")],
        ["CASE MGR", "PRICE, DENISE  RN", "", ""],
    ]
    TABLE(doc, rows, widths=[1.2, 2.6, 1.2, 2.2], size=8)
    P(doc, "")
    P(doc, "DIAGNOSES", bold=True)
    TABLE(doc, [["SEQ", "ICD-10", "DESCRIPTION", "O/E", "DATE"],
                ["1", "S72.141D", "DISPLACED INTERTROCHANTERIC FX R FEMUR, SUBS ENC, ROUTINE HEALING", "E", "10/24/2025"],
                ["2", "R26.2", "DIFFICULTY IN WALKING, NEC", "E", "10/24/2025"],
                ["3", "Z91.81", "HISTORY OF FALLING", "O", "10/14/2025"]],
          header=True, widths=[0.4, 0.9, 4.2, 0.5, 1.0], size=8)
    P(doc, "")
    P(doc, "ORDERS FOR DISCIPLINES AND TREATMENTS", bold=True)
    P(doc, "PT: 3W3, 2W4, 1W1 - GAIT TRAINING W/ WALKER, TRANSFER TRAINING, THER EX, HOME SAFETY EVAL")
    P(doc, "SN: 1W1, THEN EVERY OTHER WEEK X 3 - PAIN MGMT, ANTICOAGULANT (APIXABAN) TEACHING, INCISION CHECK, MED RECONCILIATION")
    P(doc, "OT: 2W3 - ADL RETRAINING, BATHROOM DME, ENERGY CONSERVATION")
    P(doc, "")
    P(doc, "GOALS", bold=True)
    P(doc, "- PT WILL AMBULATE 200 FT WITH FWW, MOD I, ON LEVEL SURFACES BY 12/12/2025")
    P(doc, "- PT WILL TRANSFER TUB BENCH WITH SBA BY 12/05/2025")
    P(doc, "- PT WILL TAKE APIXABAN AS PRESCRIBED, 0 MISSED DOSES PER PILL ORGANIZER CHECK, BY 11/21/2025")
    P(doc, "- REHAB POTENTIAL: GOOD. D/C WHEN GOALS MET, TO OUTPATIENT PT")
    P(doc, "")
    P(doc, "SIGNATURES", bold=True)
    P(doc, "VERBAL SOC ORDER RECEIVED BY: PRICE, DENISE RN  10/31/2025")
    P(doc, "ATTENDING SIGNATURE: VANCE, ROBERT DC  (E-SIGNED)  11/06/2025")
    P(doc, "")
    P(doc, "RECERTIFICATION / DISCHARGE: ** NONE ON FILE **")
    save(doc, f)
    label(f, "medicare-home-health", "2026-01-15",
          must_report=[["credential-not-permitted", "signature-missing"], ["review-overdue"]],
          notes="EHR print view. Gaps: the plan is certified by a chiropractor (DC), who is not a physician or "
                "allowed practitioner for home health; recertification was due 12/29/2025 and none is on file on "
                "2026-01-15. SOC date is the plan's date.")


@builder
def p32():
    f = "b5_32_home_health_header_footer_table.docx"
    doc = new_doc(font="Calibri", size=10)
    header_lines(doc, ["Gateway Visiting Nurses · 77 Grand Ave · St. Louis, MO 63112 · (314) 555-0150",
                       "Patient: Thelma R. Okonkwo    DOB 12/01/1940    Medicare 2TF6-MK3-WR08"], size=8)
    footer_lines(doc, ["Physician orders — return signed copy within 30 days"], size=7)
    P(doc, "HOME HEALTH PLAN OF CARE — ORDERS", bold=True, size=12)
    TABLE(doc, [
        ["Start of care", "01/05/2026"],
        ["Certification period", "01/05/2026 to 03/05/2026"],
        ["Plan date", "01/05/2026"],
        ["Primary diagnosis", "I50.2 Systolic (congestive) heart failure"],
        ["Other diagnoses", "N18.31 Chronic kidney disease, stage 3a; E11.9 Type 2 diabetes mellitus without "
                            "complications"],
        ["Homebound reason", "Dyspnea after 20 ft; requires walker and assistance of another person to leave home"],
    ], bold_first_col=True, widths=[1.8, 4.7])
    P(doc, "")
    P(doc, "Orders", bold=True)
    TABLE(doc, [
        ["Discipline", "Frequency / duration", "Treatments"],
        ["Skilled nursing", "2W2, 1W6", "Cardiopulmonary assessment, weights, medication set-up and teaching "
                                        "(furosemide, metoprolol, insulin glargine), CHF and diabetic diet teaching"],
        ["Home health aide", "2W8", "Bathing/personal care"],
        ["Medical social worker", "1W2", "Community resources, Medicaid waiver application"],
        ["", "", ""],
    ], header=True, widths=[1.5, 1.6, 3.4])
    P(doc, "")
    P(doc, "Physician certification", bold=True)
    P(doc, "I certify that this patient is confined to the home, needs intermittent skilled nursing, and is under "
           "my care; I have authorized the services on this plan of care.")
    P(doc, "Signed: Theresa Quinn, FNP-C   NPI " + npi("196650832") + "   Date: 01/12/2026")
    P(doc, "Verbal SOC order taken by Ana Paula Reis, RN, 01/05/2026")
    save(doc, f)
    label(f, "medicare-home-health", "2026-01-28",
          must_report=[["goal-missing"], ["diagnosis-code-not-billable"]],
          unsure=["goal-not-measurable"],
          notes="Orders-only plan: identifiers in the page header, no goals or outcomes anywhere. Gaps: no "
                "goals; primary diagnosis I50.2 is a category (I50.20-I50.23 are billable). Certified by a "
                "family nurse practitioner (FNP-C), an allowed practitioner.")


@builder
def p33():
    f = "b5_33_home_health_textbox.docx"
    doc = new_doc(font="Cambria", size=10.5)
    P(doc, "SEVEN RIVERS HOME HEALTH AGENCY", bold=True, size=13, align="center")
    P(doc, "Certification and Plan of Care", align="center")
    TEXTBOX(doc, ["PATIENT",
                  "Name: Clarence Abernathy-Wu\nDate of birth: 04/25/1943\nMedicare (MBI): 8NW3-TE7-QC26\n"
                  "Start of care: 01/26/2026     Plan of care date: 01/26/2026\n"
                  "Certification period: 01/26/2026 – 03/26/2026"], width_in=6.2, height_in=1.7)
    P(doc, "")
    P(doc, "Diagnoses", bold=True)
    P(doc, "J44.1 Chronic obstructive pulmonary disease with (acute) exacerbation (primary); J96.11 Chronic "
           "respiratory failure with hypoxia; Z99.81 Dependence on supplemental oxygen")
    P(doc, "Services ordered", bold=True)
    P(doc, "1. Skilled nursing 2 visits/week x 4 weeks, then 1 visit/week x 4 weeks: respiratory assessment, "
           "SpO2 monitoring, inhaler and nebulizer technique, COPD action plan teaching, oxygen safety.")
    P(doc, "2. Physical therapy 2 visits/week x 6 weeks: energy conservation, breathing techniques, endurance "
           "and strengthening, stair training.")
    P(doc, "3. Respiratory-focused OT evaluation and 1 visit/week x 4 weeks for ADL energy conservation.")
    P(doc, "Goals", bold=True)
    P(doc, "• Patient will demonstrate correct inhaler technique in 3 of 3 return demonstrations by 02/09/2026.")
    P(doc, "• Patient will walk 150 ft with portable O2 keeping SpO2 ≥ 88% and rate of perceived exertion ≤ 4/10 "
           "within 6 weeks.")
    P(doc, "• No hospital readmission for COPD during this certification period.")
    P(doc, "• Patient will bathe and dress with set-up only using energy conservation techniques by 02/23/2026.")
    P(doc, "Rehab potential: good. Discharge plan: to self-care with spouse, outpatient pulmonary rehab.")
    P(doc, "")
    TEXTBOX(doc, ["CERTIFICATION",
                  "I certify that this patient is confined to the home and needs intermittent skilled nursing and "
                  "therapy. I have authorized these services and will review this plan.\n"
                  "Physician: Imogen Falk, DO   NPI " + npi("140771235") + "\nSignature: (electronically signed)   "
                  "Date signed: 01/30/2026"], width_in=6.2, height_in=1.7)
    P(doc, "RN case manager: Oscar Villalobos, RN   01/26/2026")
    save(doc, f)
    label(f, "medicare-home-health", "2026-02-15",
          notes="Clean. Patient identifiers, dates and the physician certification are inside text boxes "
                "(DrawingML with VML fallback); services and goals in the body.")


# =============================================================================================
# Commercial ABA
# =============================================================================================

@builder
def p34():
    f = "b5_34_aba_headings.docx"
    doc = new_doc()
    P(doc, "Bright Path Autism Services", bold=True, size=14)
    P(doc, "2100 S Lamar Blvd, Austin, TX 78704 · Tax ID 74-5550192 · Group NPI " + npi("124597035"), size=9)
    H(doc, "ABA Treatment Plan and Authorization Request", 0)
    H(doc, "Client and coverage", 1)
    LV(doc, "Client", "Mateo Alvarez-Quinn")
    LV(doc, "Date of birth", "03/14/2021")
    LV(doc, "Insurance", "Blue Cross and Blue Shield of Texas — Member ID XJH884512093")
    LV(doc, "Plan date", "01/05/2026")
    LV(doc, "Authorization period requested", "01/05/2026 to 07/04/2026")
    LV(doc, "Next treatment plan review / reassessment", "06/19/2026")
    H(doc, "Diagnosis", 1)
    P(doc, "F84.0 Autism spectrum disorder (autistic disorder), requiring substantial support (level 2). "
           "Diagnosed 08/19/2024 by Leah Brandt, PhD, licensed psychologist (ADOS-2 Module 1, ADI-R).")
    H(doc, "Assessments", 1)
    TABLE(doc, [["Instrument", "Date", "Result", "Administered by"],
                ["VB-MAPP", "12/10/2025", "Milestones 62/170 (Level 1-2); Barriers 48", "Rachel Kim, BCBA"],
                ["Vineland-3 (parent interview)", "12/12/2025", "ABC 66; Communication 61; Socialization 64",
                 "Rachel Kim, BCBA"],
                ["FAST / ABC data (elopement)", "12/01-12/12/2025", "Function: access to tangibles/escape",
                 "RBT team"]],
          header=True, widths=[1.8, 1.0, 2.5, 1.3], size=9.5)
    H(doc, "Treatment goals", 1)
    goals = [
        ("Communication – manding", "Mateo will independently mand (vocal or AAC) for 20 different items or "
         "activities across home and clinic.", "4 independent mands", "80% of opportunities across 3 consecutive "
         "sessions, 2 therapists", "04/30/2026"),
        ("Receptive language", "Mateo will follow 1-step instructions without gestures (e.g. 'get your shoes').",
         "20% of trials", "80% correct across 3 consecutive sessions", "05/29/2026"),
        ("Behavior reduction – elopement", "Mateo will reduce elopement from an average of 6 episodes per day to "
         "1 or fewer per day.", "6 per day (12/01-12/12/2025)", "≤ 1 per day for 10 consecutive sessions",
         "06/19/2026"),
        ("Social / play", "Mateo will take turns with a peer in a structured game for 5 consecutive turns.",
         "1 turn", "5 turns in 4 of 5 opportunities across 3 sessions", "06/19/2026"),
        ("Caregiver training", "Parent will implement the elopement-prevention protocol and mand prompting "
         "procedure at home.", "40% fidelity", "≥ 90% fidelity across 3 consecutive observations",
         "04/30/2026"),
    ]
    for i, (dom, stmt, base, mast, date) in enumerate(goals, 1):
        H(doc, f"Goal {i} — {dom}", 2)
        P(doc, stmt)
        LV(doc, "Baseline", base)
        LV(doc, "Mastery criteria", mast)
        LV(doc, "Target date", date)
    H(doc, "Requested services", 1)
    TABLE(doc, [["CPT", "Service", "Provider", "Hours per week"],
                ["97153", "Adaptive behavior treatment by protocol", "RBT", "20"],
                ["97155", "Protocol modification / supervision", "BCBA", "3"],
                ["97156", "Family adaptive behavior treatment guidance", "BCBA", "1"]],
          header=True, widths=[0.8, 3.2, 1.0, 1.2])
    H(doc, "Signatures", 1)
    P(doc, "Rachel Kim, MS, BCBA (#1-19-40117), NPI " + npi("169834217") + " — signed 01/05/2026")
    P(doc, "Sofia Alvarez, mother / legal guardian — signed 01/06/2026")
    save(doc, f)
    label(f, "commercial-aba", "2026-01-20",
          notes="Clean. Every goal has a baseline, mastery criteria and a target date; caregiver goal present; "
                "assessment 26 days old; 6-month period; review at 165 days.")


@builder
def p35():
    f = "b5_35_aba_form_tables.docx"
    doc = new_doc(font="Arial", size=9.5)
    P(doc, "SPECTRUM STEPS BEHAVIORAL — TREATMENT PLAN (CONTINUATION)", bold=True, size=11)
    TABLE(doc, [
        ["Client", "Aiden Clarke", "DOB", "02/27/2018"],
        ["Payer", "Aetna — Member ID W284019337", "Plan date", "01/08/2026"],
        ["Auth period", "01/08/2026 – 07/07/2026", "Plan review", "07/01/2026"],
        ["Diagnosis", "F84.0 Autistic disorder", "Dx by / date", "Omar Siddiqui, MD (developmental "
                                                               "pediatrics) — 05/02/2023"],
    ], widths=[1.1, 2.4, 1.1, 1.9], bold_first_col=True)
    P(doc, "")
    P(doc, "Standardized assessment", bold=True)
    TABLE(doc, [["Tool", "Date administered", "Summary"],
                ["VB-MAPP", "09/18/2024", "Milestones 121/170; Barriers 22; transition score 41"]],
          header=True, widths=[1.2, 1.5, 3.8])
    P(doc, "")
    P(doc, "Goals", bold=True)
    TABLE(doc, [
        ["Domain", "Goal", "Baseline", "Mastery criteria", "Target date"],
        ["Social communication", "Initiate a conversation with a peer and maintain it for 3 exchanges",
         "0 exchanges", "3 exchanges in 80% of opportunities, 3 consecutive sessions", "04/08/2026"],
        ["Emotional regulation", "Use a coping strategy (break card, deep breaths) when denied a preferred "
         "item instead of hitting", "hits in 70% of denials", "coping strategy in 90% of denials for 2 weeks",
         "05/08/2026"],
        ["Aggression", "Reduce hitting others from 8 per day to 1 or fewer per day", "8/day",
         "≤ 1/day for 10 consecutive school days", "07/01/2026"],
        ["Daily living", "Complete a 6-step handwashing routine independently", "2 of 6 steps",
         "6 of 6 steps independently for 5 consecutive days", "03/08/2026"],
        ["", "", "", "", ""],
    ], header=True, widths=[1.1, 2.2, 1.0, 1.5, 0.8], size=8.5)
    P(doc, "")
    P(doc, "Services requested", bold=True)
    TABLE(doc, [["Code", "Description", "Hrs/week"],
                ["97153", "Direct treatment by technician", "15"],
                ["97155", "BCBA protocol modification", "2.5"],
                ["97156", "Parent training", "1"]], header=True, widths=[0.9, 4.2, 1.4])
    P(doc, "")
    TABLE(doc, [["BCBA", "Natalie Ruiz, M.Ed., BCBA", "01/08/2026"],
                ["Parent / guardian", "Megan Clarke", "01/09/2026"]], widths=[1.5, 3.3, 1.7])
    save(doc, f)
    label(f, "commercial-aba", "2026-01-22",
          must_report=[["caregiver-goal-missing"], ["assessment-outdated"]],
          notes="Form tables. Gaps: no goal involves the parent (parent training is only a requested service); "
                "the only standardized assessment (VB-MAPP 09/18/2024) is 477 days old at the plan date.")


@builder
def p36():
    f = "b5_36_aba_narrative_report.docx"
    doc = new_doc(font="Garamond", size=12)
    P(doc, "Little Sprouts Developmental Therapies, LLC", bold=True, align="center")
    P(doc, "Initial Behavior Assessment and Treatment Plan", bold=True, align="center")
    P(doc, "")
    P(doc, "Client: Priya Raman. Date of birth: 06/11/2022. Insurance: Cigna, member ID U77310482-01. Date of this "
           "plan: 12/01/2025. Requested authorization: 12/01/2025 through 05/31/2026; the plan will be reviewed "
           "and the child re-assessed by 05/15/2026.")
    P(doc, "")
    P(doc, "Reason for referral and diagnosis", bold=True)
    P(doc, "Priya was referred by her developmental pediatrician, Adaeze Nwosu, MD, who on 10/14/2025 diagnosed "
           "F80.2 Mixed receptive-expressive language disorder (primary) and F88 Other disorders of psychological "
           "development (global developmental delay). An autism evaluation (ADOS-2) is scheduled for March 2026; "
           "autism spectrum disorder has not been diagnosed. Priya uses about 10 single words, does not respond "
           "to her name consistently, and has frequent tantrums at transitions.")
    P(doc, "")
    P(doc, "Assessment", bold=True)
    P(doc, "The VB-MAPP was administered on 11/20/2025 (Milestones 18/170, all Level 1; Barriers 31). Vineland-3 "
           "parent interview on 11/21/2025: Adaptive Behavior Composite 71. Direct observation over three "
           "sessions found tantrums at 5 per hour of clinic time, mostly at transitions.")
    P(doc, "")
    P(doc, "Goals", bold=True)
    P(doc, "1. Priya will respond to her name by orienting to the speaker within 3 seconds. Baseline: 20% of "
           "opportunities. Mastery criterion: 80% of opportunities across 3 consecutive sessions. Target date: "
           "03/01/2026.")
    P(doc, "2. Priya will request (mand) 15 preferred items using words or signs. Baseline: 3 items. Mastery "
           "criterion: each item requested independently on 2 consecutive days. Target date: 04/15/2026.")
    P(doc, "3. Tantrums at transitions will decrease to 1 or fewer per hour. Baseline: 5 per hour. Mastery "
           "criterion: 1 or fewer per hour for 5 consecutive sessions. Target date: 05/15/2026.")
    P(doc, "4. Priya's parents will use a visual first-then board and a 2-minute transition warning with at "
           "least 90% fidelity. Baseline: 30% fidelity. Mastery criterion: 90% across 3 consecutive parent "
           "training sessions. Target date: 02/15/2026.")
    P(doc, "")
    P(doc, "Recommended services", bold=True)
    P(doc, "Adaptive behavior treatment by protocol (97153), 15 hours per week; protocol modification by the BCBA "
           "(97155), 2 hours per week; family adaptive behavior treatment guidance (97156), 1 hour per week.")
    P(doc, "")
    P(doc, "Sarah Goldfarb, MA, BCBA, LBA — " + npi("153381926") + " — 12/01/2025")
    P(doc, "Parent: Anand Raman — 12/02/2025")
    save(doc, f)
    label(f, "commercial-aba", "2025-12-20",
          must_report=[["diagnosis-not-covered"]],
          notes="Narrative report. Gap: the primary diagnosis is F80.2 (with F88); autism has not been diagnosed "
                "(evaluation pending), so the ABA policy's diagnosis requirement is not met. Everything else "
                "(assessment, baselines, mastery, caregiver goal, hours, period, review, signatures) is present.")


@builder
def p37():
    f = "b5_37_aba_bilingual.docx"
    doc = new_doc(font="Calibri", size=10)
    P(doc, "Centro Familiar de Terapia ABA  ·  Family ABA Therapy Center — Hialeah, FL", bold=True, align="center")
    P(doc, "Plan de Tratamiento / Treatment Plan", bold=True, size=12, align="center")
    TABLE(doc, [
        ["Nombre / Name", "Santiago Herrera Lugo", "Fecha de nacimiento / DOB", "09/05/2019"],
        ["Seguro / Insurance", "Florida Blue", "Núm. de miembro / Member ID", "H6620184735"],
        ["Fecha del plan / Plan date", "12/22/2025", "Revisión / Review date", "06/15/2026"],
        ["Período de autorización / Authorization period", "01/01/2026 – 12/31/2026 (12 meses / months)", None, None],
    ], widths=[1.6, 1.9, 1.6, 1.4], size=9)
    P(doc, "")
    P(doc, "Diagnóstico / Diagnosis: F84.0 Trastorno del espectro autista / Autistic disorder — diagnosticado por "
           "/ diagnosed by Dr. Marisol Ortega, PsyD, 02/10/2023")
    P(doc, "Evaluación / Assessment: Vineland-3, 11/30/2025 — ABC 72; ABLLS-R actualizado / updated 12/05/2025")
    P(doc, "")
    TABLE(doc, [
        ["Meta / Goal", "Línea base / Baseline", "Criterio de dominio / Mastery", "Fecha meta / Target"],
        ["Santiago pedirá ayuda con una frase de 3 palabras / Santiago will ask for help with a 3-word phrase",
         "", "80% de oportunidades, 3 sesiones seguidas / 80% of opportunities, 3 consecutive sessions",
         "04/30/2026"],
        ["Esperará su turno 2 minutos sin conducta problema / Will wait for a turn 2 minutes without problem "
         "behavior", "", "4 de 5 oportunidades, 3 sesiones / 4 of 5 opportunities, 3 sessions", "05/31/2026"],
        ["Reducir autolesión (golpearse la cabeza) a 0 por día / Reduce self-injury (head hitting) to 0 per day",
         "", "0 por día durante 10 días / 0 per day for 10 days", "06/15/2026"],
        ["Los padres usarán refuerzo diferencial con 90% de fidelidad / Parents will use differential "
         "reinforcement with 90% fidelity", "45% fidelidad / fidelity", "90% en 3 observaciones / 90% in 3 "
                                                                         "observations", "03/31/2026"],
    ], header=True, widths=[2.9, 1.0, 1.7, 0.9], size=8.5)
    P(doc, "")
    P(doc, "Servicios / Services: 97153 — 20 horas/semana (hours/week); 97155 — 3 horas/semana; 97156 — "
           "1 hora/semana")
    P(doc, "")
    P(doc, "Firma BCBA / BCBA signature: Lucía Benítez, MS, BCBA — 12/22/2025")
    P(doc, "Firma del padre/madre / Parent signature: Carolina Lugo — 12/22/2025")
    save(doc, f)
    label(f, "commercial-aba", "2026-01-10",
          must_report=[["baseline-missing"], ["duration-exceeds-limit"]],
          notes="Spanish/English table plan. Gaps: the baseline cells of the three child goals are empty; the "
                "authorization period requested is 12 months (limit 6). The review date (175 days after the plan) "
                "is within 6 months.")


@builder
def p39():
    f = "b5_39_aba_checkbox_grid.docx"
    doc = new_doc(font="Arial", size=9)
    X, O = "[X]", "[ ]"
    P(doc, "KEYSTONE AUTISM PARTNERS — ABA SERVICE REQUEST & TREATMENT PLAN", bold=True, size=11)
    TABLE(doc, [
        ["Child: Noah Fitzpatrick", "DOB: 10/30/2017", "Member #: UHC 990417265"],
        ["Plan date: 02/02/2026", "Auth period: 02/02/2026 - 08/01/2026", "Request type: " + X + " Initial  "
                                                                           + O + " Continuation"],
        ["Dx: F84.0 Autistic disorder", "Diagnosed by: Paul Herrera, PhD", "Date of dx: 11/17/2025"],
    ], widths=[2.2, 2.3, 2.2], size=8.5)
    P(doc, "")
    P(doc, "ASSESSMENTS COMPLETED", bold=True)
    P(doc, f"{X} VB-MAPP (01/20/2026)   {X} Vineland-3 (01/22/2026)   {O} ABLLS-R   {O} AFLS   {X} FBA (01/26/2026)")
    P(doc, "")
    P(doc, "SERVICES REQUESTED", bold=True)
    TABLE(doc, [["", "CPT", "Service", "Hours / week"],
                [X, "97153", "Adaptive behavior treatment by protocol (RBT)", "15"],
                [X, "97155", "Adaptive behavior treatment with protocol modification (BCBA)", ""],
                [X, "97156", "Family adaptive behavior treatment guidance", ""],
                [O, "97154", "Group adaptive behavior treatment", ""],
                [O, "97158", "Group treatment with protocol modification", ""]],
          header=True, widths=[0.4, 0.7, 4.3, 1.2], size=8.5)
    P(doc, "")
    P(doc, "GOALS", bold=True)
    TABLE(doc, [
        ["Target behavior / skill", "Baseline", "Goal", "Mastery criteria"],
        ["Verbal aggression (yelling, swearing) during homework", "12 episodes/day",
         "≤ 2 episodes/day", "≤ 2/day for 3 consecutive weeks"],
        ["Conversational reciprocity: answers and asks a follow-up question", "10% of opportunities",
         "80% of opportunities", "80% across 3 consecutive sessions"],
        ["Independent completion of morning routine (6-step visual schedule)", "2 of 6 steps", "6 of 6 steps",
         "6/6 for 5 consecutive school days"],
        ["Parent will deliver token economy and planned ignoring as written", "35% fidelity", "90% fidelity",
         "90% across 3 observed sessions"],
    ], header=True, widths=[2.6, 1.2, 1.3, 1.6], size=8.5)
    P(doc, "")
    P(doc, "Treatment plan review / re-assessment: every 9 months (next due 11/02/2026)")
    P(doc, "")
    TABLE(doc, [["Supervising BCBA", "Dana Whitlow, BCBA", "Signed 02/02/2026"],
                ["Parent/guardian", "Erin Fitzpatrick", "Signed 02/03/2026"]], widths=[1.7, 3.0, 2.0], size=8.5)
    save(doc, f)
    label(f, "commercial-aba", "2026-02-16",
          must_report=[["amount-missing"], ["goal-not-time-bound"], ["review-interval-exceeded"]],
          notes="Checkbox grid ([X]/[ ]). Gaps: 97155 and 97156 are requested with the hours-per-week cells "
                "empty; no goal has a target date or time frame; the next review is 273 days after the plan "
                "(limit 184). Unticked rows (97154, 97158, ABLLS-R, AFLS) are not requested/administered.")


@builder
def p40():
    f = "b5_40_aba_numbered_lists.docx"
    doc = new_doc(font="Calibri", size=11)
    P(doc, "Harbor Behavioral Health — Applied Behavior Analysis", bold=True, size=13)
    P(doc, "TREATMENT PLAN", bold=True)
    P(doc, "Client: Lily Chen-Okafor  |  DOB: 07/08/2020  |  Insurer: UnitedHealthcare (Optum)  |  "
           "Member ID: 912047756-00")
    P(doc, "Plan date: January 12, 2026  |  Authorization: 01/12/2026 – 07/11/2026  |  Next review: 07/01/2026")
    P(doc, "Diagnosis: F84.0 Autistic disorder — diagnosed 11/05/2024 by Mark Feldman, PsyD (ADOS-2, Module 2).")
    P(doc, "Assessments: ABLLS-R 12/15/2025 (updated grid attached); Vineland-3 12/18/2025, ABC 69.")
    P(doc, "Goals", bold=True)
    items = [
        ("Expressive language: Lily will label 50 common objects in pictures.",
         ["Baseline: 12 objects", "Mastery: 90% correct across 2 consecutive sessions, 2 instructors",
          "Target date: 04/12/2026"]),
        ("Social: Lily will respond to greetings from peers by waving or saying 'hi'.",
         ["Baseline: 10% of greetings", "Mastery: 80% across 3 consecutive sessions", "Target date: 05/12/2026"]),
        ("Problem behavior: screaming during non-preferred tasks will decrease from 15 to 3 or fewer per session.",
         ["Baseline: 15 per session", "Mastery: ≤ 3 per session for 5 consecutive sessions",
          "Target date: 06/30/2026"]),
        ("Toileting: Lily will initiate toileting (request or walk to the bathroom).",
         ["Baseline: 0 self-initiations per day", "Mastery: 3 self-initiations per day for 10 consecutive days",
          "Target date: 06/30/2026"]),
        ("Caregiver: grandmother (legal guardian) will run a 10-trial naturalistic teaching session at home.",
         ["Baseline: 50% procedural fidelity", "Mastery: ≥ 90% fidelity on 3 consecutive checks",
          "Target date: 03/31/2026"]),
    ]
    for goal, subs in items:
        doc.add_paragraph(goal, style="List Number")
        for s in subs:
            doc.add_paragraph(s, style="List Bullet 2")
    P(doc, "Services requested (per week)", bold=True)
    LIST(doc, ["97153 direct therapy — 25 hours per week", "97154 group social skills — 2 hours per week",
               "97155 BCBA protocol modification — 4 hours per week", "97156 caregiver guidance — 2 hours per week"])
    P(doc, "Signatures", bold=True)
    P(doc, "Supervising BCBA: Tamar Levin, PhD, BCBA-D   Date: 01/12/2026")
    P(doc, "Legal guardian: Evelyn Okafor (grandmother)   Date: 01/14/2026")
    save(doc, f)
    label(f, "commercial-aba", "2026-02-02",
          notes="Clean. Word numbered and bulleted lists; baseline/mastery/target as sub-bullets; the caregiver "
                "goal is for the grandmother, who is the legal guardian and signs.")


@builder
def p41():
    f = "b5_41_aba_ehr_export.docx"
    doc = new_doc(font="Tahoma", size=8.5, margins=0.5)
    header_lines(doc, ["Treatment Plan — Ethan Morales (DOB 04/19/2018)  ·  Client ID 30-88412  ·  "
                       "Generated 02/06/2026"], size=7.5)
    footer_lines(doc, ["Clearview ABA Group · Confidential health information"], size=7)
    P(doc, "TREATMENT PLAN", bold=True, size=11)
    TABLE(doc, [
        ["Client", "Ethan Morales", "Funder", "Cigna — ID U20975533-02"],
        ["Plan Start", "02/02/2026", "Plan End", "08/01/2026"],
        ["Plan Date", "02/02/2026", "Next Progress Report Due", "07/15/2026"],
        ["Author", "Kelsey Ford, BCBA", "Author NPI", npi("187460012")],
    ], widths=[1.2, 2.2, 1.7, 1.9], size=8)
    P(doc, "")
    P(doc, "DIAGNOSES", bold=True)
    TABLE(doc, [["Code", "Description", "Primary", "Diagnosing clinician", "Date"],
                ["F84.1", "Atypical autism", "Yes", "Yuki Tanabe, MD (child psychiatry)", "06/21/2023"],
                ["F90.2", "ADHD, combined type", "No", "Yuki Tanabe, MD", "06/21/2023"]],
          header=True, widths=[0.6, 1.9, 0.7, 2.5, 1.0], size=8)
    P(doc, "")
    P(doc, "ASSESSMENTS", bold=True)
    TABLE(doc, [["Assessment", "Date", "Score"],
                ["Vineland-3", "01/15/2026", "ABC 74"],
                ["AFLS – Basic Living Skills", "01/19/2026", "62%"]], header=True, widths=[2.5, 1.2, 3.0], size=8)
    P(doc, "")
    P(doc, "GOALS", bold=True)
    TABLE(doc, [
        ["Program", "Objective", "Baseline", "Mastery Criteria", "Target Date", "Status"],
        ["Flexibility", "Accept a change in schedule without elopement or aggression", "30% of changes",
         "90% of changes across 3 wks", "05/29/2026", "In progress"],
        ["Executive function", "Complete a 4-step homework routine with one visual prompt", "1 of 4 steps",
         "4/4 steps on 4 of 5 days, 2 wks", "06/26/2026", "New"],
        ["Safety", "State name, address and parent phone number to a community helper", "name only",
         "3/3 items in 3 consecutive probes", "04/24/2026", "New"],
        ["Parent training", "Parents implement the behavior support plan (prompting, reinforcement, "
                            "planned ignoring)", "55% fidelity", "≥ 90% fidelity on 3 consecutive checks",
         "04/24/2026", "New"],
    ], header=True, widths=[1.0, 2.4, 0.9, 1.4, 0.8, 0.7], size=7.5)
    P(doc, "")
    P(doc, "AUTHORIZATION REQUEST", bold=True)
    TABLE(doc, [["Code", "Description", "Hours/Week", "Units/Week"],
                ["97153", "ABA by protocol — technician", "12", "48"],
                ["97155", "Protocol modification — BCBA", "2", "8"],
                ["97156", "Family guidance — BCBA", "1", "4"]], header=True, widths=[0.8, 3.2, 1.2, 1.2], size=8)
    P(doc, "")
    P(doc, "SIGNATURES", bold=True)
    P(doc, "Kelsey Ford, BCBA — electronically signed 02/02/2026 4:18 PM")
    P(doc, "Guardian: Rosa Morales — signed via client portal 02/03/2026 7:02 PM")
    save(doc, f)
    label(f, "commercial-aba", "2026-02-10",
          must_report=[["diagnosis-code-invalid"]], unsure=["diagnosis-not-covered"],
          notes="EHR export (banner in the header). Gap: the primary diagnosis code F84.1 (atypical autism) is "
                "an ICD-10 (WHO) code that does not exist in ICD-10-CM. Whether that also counts as not covered "
                "is left unjudged.")


@builder
def p42():
    f = "b5_42_aba_letter_textbox.docx"
    doc = new_doc(font="Calibri", size=11)
    P(doc, "Evergreen Center for Behavioral Learning", bold=True, size=13)
    P(doc, "5400 Roosevelt Way NE, Seattle, WA 98105", size=9)
    P(doc, "")
    P(doc, "December 15, 2025")
    P(doc, "Aetna Behavioral Health — Utilization Management\nP.O. Box 981106\nEl Paso, TX 79998")
    P(doc, "")
    TEXTBOX(doc, ["MEMBER",
                  "Name: Zoe Adeyemi        Date of birth: 05/02/2015\nMember ID: W771902846        "
                  "Group: 0883412\nRequested period: 12/15/2025 – 06/14/2026\nTreatment plan date: 12/15/2025   "
                  "Next plan review: 06/01/2026"], width_in=6.0, height_in=1.6)
    P(doc, "")
    P(doc, "Re: Treatment plan and request for continued ABA services")
    P(doc, "")
    P(doc, "To the reviewing clinician:")
    P(doc, "Zoe is a 10-year-old girl with autism spectrum disorder requiring support (level 1), F84.0 Autistic "
           "disorder, diagnosed on 09/30/2019 by Helena Brooks, PhD, licensed psychologist. She attends a general "
           "education 4th grade classroom with a paraeducator. On the Vineland-3, administered 11/18/2025, her "
           "Adaptive Behavior Composite was 74 (Socialization 68); the AFLS Community Participation module was "
           "completed 11/20/2025 (48% of skills).")
    P(doc, "Over the last authorization Zoe mastered 9 of 12 targets. Remaining and new goals for the next six "
           "months are:")
    goals = [
        "Zoe will join a peer conversation at recess using an appropriate entry phrase (baseline 1 of 10 "
        "opportunities; mastery 8 of 10 opportunities across 3 consecutive weeks; by 04/15/2026).",
        "Zoe will use her self-calming routine when frustrated instead of ripping papers (baseline 2 of 10 "
        "episodes; mastery 9 of 10 episodes for 4 consecutive weeks; by 05/15/2026).",
        "Zoe will order and pay for an item at a store independently (baseline 3 of 8 task-analysis steps; "
        "mastery 8 of 8 steps on 3 consecutive community outings; by 06/01/2026).",
        "Zoe's father and mother will each run a weekly family problem-solving meeting with her using the "
        "5-step script (baseline 40% of steps; mastery 90% of steps on 3 consecutive observations; by "
        "03/15/2026).",
    ]
    for i, g in enumerate(goals, 1):
        P(doc, f"{i}.  {g}")
    P(doc, "We request 97153 adaptive behavior treatment by protocol, 10 hours per week; 97155 protocol "
           "modification, 2 hours per week; and 97156 family adaptive behavior treatment guidance, 1 hour per "
           "week, for the period above.")
    P(doc, "")
    P(doc, "Respectfully,")
    P(doc, "Jonah Abernathy, MS, BCBA, LBA (WA)   NPI " + npi("111594368") + "   Signed 12/15/2025")
    P(doc, "")
    P(doc, "Parent acknowledgement: I have reviewed and agree with this treatment plan.")
    P(doc, "Kemi Adeyemi (mother)   Date: 12/16/2025")
    save(doc, f)
    label(f, "commercial-aba", "2026-01-05",
          notes="Clean. Letter to the insurer; member identifiers, plan date, period and review date are in a "
                "text box; goals carry baseline, mastery and date inside the sentence.")


@builder
def p43():
    f = "b5_43_aba_one_table.docx"
    doc = new_doc(font="Calibri", size=9.5, margins=0.6)
    rows = [
        ("MERGE", "SUNRISE ABA — TREATMENT PLAN / AUTHORIZATION REQUEST", "FCE4D6"),
        ["Client", "Jaylen Brooks", "DOB", "08/02/2022", None],
        ["Payer / ID", "Ambetter (Centene) — U4471002938", "Plan date", "11/03/2025", None],
        ["Auth period", "11/03/2025 – 05/02/2026", "Plan review", "04/20/2026", None],
        ["Diagnosis", "F84.0 Autistic disorder", "Diagnosed", "Carmen Ruiz, PhD — 10/01/2025", None],
        ["Assessment", "VB-MAPP 10/20/2025: Milestones 14, Barriers 35", None, None, None],
        ("MERGE", "GOALS", "FCE4D6"),
        ["Domain", "Goal", "Baseline", "Mastery", "Target date"],
        ["Imitation", "Imitate 10 gross-motor actions with objects", "2 actions", "80% x 3 sessions", "01/31/2026"],
        ["Mand", "Mand for 10 items using a picture exchange", "0 items", "80% independent x 3 sessions",
         "02/28/2026"],
        ["Self-injury", "Reduce hand-biting from 20/hr to ≤ 2/hr", "20/hr", "≤ 2/hr for 10 sessions", "04/20/2026"],
        ["Caregiver", "Mother will prompt and reinforce picture exchange at meals", "20% fidelity",
         "90% fidelity x 3 observations", "01/31/2026"],
        [None, None, None, None, None],
        ("MERGE", "SERVICES (hours per week)", "FCE4D6"),
        ["97153", "Direct ABA (RBT)", "30 hrs/wk", None, None],
        ["97155", "BCBA protocol modification", "5 hrs/wk", None, None],
        ["97156", "Parent guidance", "1.5 hrs/wk", None, None],
        ("MERGE", "SIGNATURES", "FCE4D6"),
        ["BCBA", "Monique Daniels, BCBA", "Date", "11/03/2025", None],
        ["Parent", "Tasha Brooks", "Date", "11/04/2025", None],
    ]
    t = TABLE(doc, rows, widths=[1.1, 2.6, 1.1, 1.4, 1.0], size=9)
    for ri, r in enumerate(rows):
        if isinstance(r, list) and r[-1] is None:
            last = max(i for i, v in enumerate(r) if v is not None) if any(v is not None for v in r) else None
            if last is not None and last < 4:
                merge_cells(t, ri, last, ri, 4)
    save(doc, f)
    label(f, "commercial-aba", "2025-11-20",
          notes="Clean. The whole plan is one table with shaded merged section rows, merged trailing cells and "
                "an empty row.")


# =============================================================================================
# Substance use disorder programs (state licensure profiles)
# =============================================================================================

@builder
def p44():
    f = "b5_44_fl_sud_residential_form.docx"
    doc = new_doc(font="Arial", size=9.5)
    P(doc, "GULF COAST RECOVERY CENTER — Licensed under Ch. 397 F.S. / 65D-30 F.A.C.", bold=True, size=10.5)
    P(doc, "INDIVIDUALIZED TREATMENT PLAN", bold=True, size=12, align="center")
    TABLE(doc, [
        ["Client name", "Travis J. Boudreaux", "Client ID", "GCR-26-0107"],
        ["Date of birth", "05/23/1988", "Medicaid ID", "8830217746"],
        ["Admission date", "01/06/2026", "Treatment plan date", "01/16/2026"],
        ["Level of care", "Residential Level 2", "Primary counselor", "Danielle Ward, CAP"],
    ], bold_first_col=True, widths=[1.4, 2.0, 1.5, 1.6], size=9)
    P(doc, "")
    P(doc, "Diagnoses (ICD-10-CM): F15.20 Other stimulant dependence, uncomplicated (methamphetamine); F10.20 "
           "Alcohol dependence, uncomplicated")
    P(doc, "")
    TABLE(doc, [
        ["Problem", "Goal", "Measurable objectives", "Target date"],
        ["1. Daily methamphetamine and alcohol use for 4 years; two failed attempts to quit",
         "Establish and maintain abstinence",
         "1a. All random urine drug screens negative for methamphetamine and alcohol (EtG) during residential "
         "stay\n1b. Identify 5 personal triggers and write a coping response for each in the relapse prevention "
         "workbook", "1a: 03/06/2026\n1b: 01/30/2026"],
        ["2. No stable housing; lost job in November", "Secure sober housing and income before discharge",
         "2a. Submit at least 3 applications to certified recovery residences\n2b. Attend 2 job-readiness "
         "sessions and complete a résumé", "2a: 02/20/2026\n2b: 02/13/2026"],
        ["3. Conflict with mother, his main support", "Repair relationship with mother",
         "3a. Participate in 2 family sessions with mother and agree on 3 written house rules for after "
         "discharge", "3a: 02/27/2026"],
    ], header=True, widths=[1.6, 1.4, 2.7, 0.9], size=8.5)
    P(doc, "")
    P(doc, "Services", bold=True)
    TABLE(doc, [
        ["Type of service", "Frequency", "Responsible"],
        ["Individual counseling (50 min)", "1x per week", "Primary counselor"],
        ["Group counseling – CBT/relapse prevention (90 min)", "5x per week", "Clinical staff"],
        ["Psychoeducation (Living in Balance)", "3x per week", "Clinical staff"],
        ["Family session", "2x per month", "Primary counselor"],
        ["Case management (housing, employment)", "1x per week", "Case manager"],
        ["Random UDS / EtG", "at least 1x per week", "Nursing"],
    ], header=True, widths=[3.4, 1.5, 1.7], size=8.5)
    P(doc, "")
    TABLE(doc, [
        ["Client signature", "Travis J. Boudreaux", "Date", "01/16/2026"],
        ["Primary counselor", "Danielle Ward, CAP", "Date", "01/16/2026"],
        ["Qualified professional review", "Hector Ramos, LMHC", "Date", "01/20/2026"],
    ], widths=[1.8, 2.5, 0.7, 1.5], size=9)
    save(doc, f)
    label(f, "base-treatment-plan", "2026-02-03", states=["fl-65d-30"],
          notes="Clean. Residential level 2 (15 days): plan 10 days after admission; QP countersigned 4 days "
                "after the plan.")


@builder
def p45():
    f = "b5_45_fl_sud_narrative.docx"
    doc = new_doc(font="Times New Roman", size=11.5)
    P(doc, "New Horizons Treatment Center, Ocala, Florida", bold=True)
    P(doc, "Master Treatment Plan", bold=True, size=13)
    P(doc, "")
    P(doc, "Kimberly A. Tran (DOB 01/29/1995; Medicaid 6601938274) was admitted to our Residential Level 1 "
           "program on 11/03/2025 for opioid use disorder, and is inducted on buprenorphine by the program "
           "physician. The plan below was completed with her on 11/19/2025.")
    P(doc, "Level of care: Residential Level 1.")
    P(doc, "Diagnoses: F11.20 Opioid dependence, uncomplicated; F41.1 Generalized anxiety disorder.")
    P(doc, "")
    P(doc, "Problem 1 – Opioid use. Goal: Kimberly will remain abstinent from illicit opioids and take "
           "buprenorphine as prescribed. Objectives: (a) 100% of observed buprenorphine doses taken and all "
           "random urine screens negative for fentanyl and other non-prescribed opioids through 01/02/2026; "
           "(b) complete the 8-session relapse prevention module with a written relapse prevention plan "
           "reviewed by her counselor by 12/19/2025.")
    P(doc, "Problem 2 – Anxiety. Goal: reduce anxiety without substances. Objectives: (a) GAD-7 from 16 to 10 or "
           "below by 12/31/2025; (b) use a breathing or grounding skill instead of requesting PRN medication in 4 "
           "of 5 anxious episodes, per staff log, by 12/19/2025.")
    P(doc, "Problem 3 – Aftercare. Goal: step down to outpatient care with housing in place. Objective: (a) "
           "intake appointment with an outpatient OTP and a signed sober-living agreement by 12/26/2025.")
    P(doc, "")
    P(doc, "Services: individual therapy once a week (50 minutes); group therapy five days a week; medication "
           "management with the physician weekly; daily observed dosing; case management twice a week; "
           "NA/peer support meetings on site three evenings a week.")
    P(doc, "")
    P(doc, "Signatures")
    P(doc, "Client: Kimberly A. Tran, 11/19/2025")
    P(doc, "Counselor: Brianna Castillo, BA, CAC (author), 11/19/2025")
    P(doc, "Qualified Professional countersignature: Dr. Samuel Okoro, PsyD, 12/05/2025")
    save(doc, f)
    label(f, "base-treatment-plan", "2025-12-10", states=["fl-65d-30"],
          must_report=[["plan-late"], ["signature-late"]],
          notes="Narrative plan. Gaps: residential level 1 requires the plan within 7 days, it was completed 16 "
                "days after admission (11/03 -> 11/19/2025); the qualified professional countersigned 16 days "
                "after the plan (limit 10).")


@builder
def p46():
    f = "b5_46_fl_sud_checkbox.docx"
    doc = new_doc(font="Calibri", size=10)
    X, O = "\u2612", "\u2610"
    P(doc, "SUNCOAST BEHAVIORAL SERVICES", bold=True, size=12)
    P(doc, "Substance Abuse Treatment Plan", bold=True)
    TABLE(doc, [["Name: Darnell Pierce", "DOB: 12/12/1979", "Medicaid #: 4492018357"],
                ["Admission date: 01/12/2026", "Plan date: 01/14/2026", "Counselor: Yvette Marsh, LMHC"]],
          widths=[2.2, 2.0, 2.3], size=9.5)
    P(doc, "")
    P(doc, f"Level of care:  {O} Intensive inpatient   {O} Residential (level ___)   {O} Day or night treatment   "
           f"{O} Intensive outpatient   {O} Outpatient   {O} Medication-assisted treatment for opioid addiction")
    P(doc, "")
    P(doc, "Diagnosis:  F14.20 Cocaine dependence, uncomplicated")
    P(doc, "")
    P(doc, "Goal 1: Stop using cocaine.", bold=True)
    P(doc, "   Obj. 1.1  Client will gain insight into how his cocaine use has affected his family, by 02/28/2026.")
    P(doc, "   Obj. 1.2  Client will attend 3 NA meetings per week and bring signed attendance sheets, by 02/14/2026.")
    P(doc, "Goal 2: Manage stress at work without using.", bold=True)
    P(doc, "   Obj. 2.1  Client will improve his coping skills, by 03/15/2026.")
    P(doc, "")
    P(doc, "Services", bold=True)
    P(doc, f"{X} Individual counseling — weekly, 50 min      {X} Group counseling — 3x weekly, 2 hrs")
    P(doc, f"{X} Random UDS — at least twice monthly          {O} Family counseling      {O} Psychiatric evaluation")
    P(doc, "")
    P(doc, "Client signature: Darnell Pierce      Date: 01/14/2026")
    P(doc, "Counselor signature: Yvette Marsh, LMHC      Date: 01/14/2026")
    save(doc, f)
    label(f, "base-treatment-plan", "2026-02-01", states=["fl-65d-30"],
          must_report=[["field-missing"], ["objective-not-measurable"]],
          notes="Checkbox form. Gaps: no level-of-care box is ticked, so the level of care (which sets the plan "
                "deadline) is not stated; objectives 1.1 ('gain insight') and 2.1 ('improve coping skills') name "
                "no measure or level (1.2 is measurable).")


@builder
def p48():
    f = "b5_48_ny_oasas_ehr.docx"
    doc = new_doc(font="Courier New", size=8.5, margins=0.6)
    header_lines(doc, ["HUDSON RIDGE RECOVERY CENTER   OASAS Operating Cert. #1047-3   INPATIENT REHABILITATION (PART 818)"],
                 size=7.5)
    footer_lines(doc, ["TXPLAN.RPT  run 12/05/2025 08:31  user: jpatel"], size=7)
    lines = [
        "COMPREHENSIVE TREATMENT PLAN",
        "---------------------------------------------------------------------------",
        "PATIENT ......... DOYLE, SEAN MICHAEL            CASE # ...... 25-1188",
        "DOB ............. 03/08/1983                     MEDICAID CIN  KT48213Q",
        "ADMISSION DATE .. 11/14/2025                     PLAN DATE ... 11/19/2025",
        "PRIMARY CLIN .... NIAMH GALLAGHER, CASAC-2, LMSW",
        "ATTENDING ....... RAFAEL ESTRADA, MD  (NPI " + npi("162115473") + ")",
        "",
        "DIAGNOSES",
        "  1. OPIOID USE DISORDER, SEVERE, ON MAINTENANCE THERAPY (DSM-5-TR)",
        "  2. F17.210  NICOTINE DEPENDENCE, CIGARETTES, UNCOMPLICATED",
        "",
        "PROBLEM AREAS / GOALS",
        "  P1  OPIOID USE (FENTANYL, IV) - 3 OVERDOSES IN 2025",
        "      GOAL: REMAIN OPIOID-FREE ON BUPRENORPHINE-NALOXONE; COMPLETE INPATIENT PHASE",
        "      OBJ : NEGATIVE TOX FOR NON-PRESCRIBED OPIOIDS ON ALL WEEKLY SCREENS THROUGH 12/12/2025",
        "      OBJ : PRACTICE NALOXONE ADMINISTRATION AND NAME 4 OVERDOSE RISK SITUATIONS BY 11/28/2025",
        "  P2  TOBACCO",
        "      GOAL: REDUCE SMOKING FROM 1 PPD TO 5 CIGARETTES/DAY OR FEWER BY DISCHARGE (12/12/2025)",
        "  P3  HOUSING / DISCHARGE PLANNING",
        "      GOAL: DISCHARGE TO SUPPORTIVE HOUSING WITH OUTPATIENT OTP APPT IN PLACE",
        "",
        "METHODS / APPROACHES",
        "  - INDIVIDUAL COUNSELING 2X/WEEK (CASAC)",
        "  - GROUP COUNSELING DAILY (CBT, RELAPSE PREVENTION, MI)",
        "  - MEDICATION: BUPRENORPHINE-NALOXONE 16/4 MG DAILY (MD), NRT PATCH 14 MG",
        "  - CASE MANAGEMENT / HOUSING REFERRAL WEEKLY",
        "",
        "SIGNATURES",
        "  RESPONSIBLE CLINICIAN: NIAMH GALLAGHER, CASAC-2      11/19/2025",
        "  PATIENT:               SEAN M. DOYLE                 11/19/2025",
        "  PHYSICIAN REVIEW:      RAFAEL ESTRADA, MD            12/01/2025",
    ]
    for ln in lines:
        P(doc, ln, font="Courier New", space_after=0)
    save(doc, f)
    label(f, "base-treatment-plan", "2025-12-05", states=["ny-oasas-818"],
          must_report=[["signature-late"], ["diagnosis-code-missing"]],
          notes="EHR report in Courier. Gaps: the physician reviewed and signed on 12/01/2025, 17 days after "
                "admission (limit 10); the primary diagnosis is written in DSM-5 words with no ICD-10-CM code.")


@builder
def p49():
    f = "b5_49_ny_oasas_one_table.docx"
    doc = new_doc(font="Calibri", size=9.5, margins=0.6)
    rows = [
        ("MERGE", "ADIRONDACK VALLEY TREATMENT CENTER — INPATIENT REHABILITATION SERVICES — TREATMENT PLAN", "D9E1F2"),
        ["Patient", "Colleen F. Maguire", "DOB", "09/17/1976"],
        ["Insurance", "Fidelis Care — ID 41029573800", "Admission", "02/02/2026"],
        ["Plan completed", "02/11/2026", "Responsible clinician", "Patrick Nwachukwu, CASAC"],
        ("MERGE", "DIAGNOSES"),
        ["F10.20", "Alcohol dependence, uncomplicated", "F32.1", "Major depressive disorder, single episode, moderate"],
        ("MERGE", "PROBLEMS / GOALS / OBJECTIVES"),
        ["Problem", "Goal", "Objective", "Target date"],
        ["Daily drinking (1 L vodka) for 6 yrs; withdrawal seizures 2024",
         "Achieve and maintain sobriety", "Write a relapse prevention plan naming 5 high-risk situations",
         "02/25/2026"],
        ["", "", "Identify a home AA group and a temporary sponsor before discharge", "03/02/2026"],
        ["Depressed mood", "Improve mood", "PHQ-9 from 19 to below 10", "03/02/2026"],
        ["Estranged from adult son", "Re-establish contact with son", "Write and send a letter to son",
         "02/23/2026"],
        ["", "", "", ""],
        ("MERGE", "SIGNATURES"),
        ["Responsible clinician", "Patrick Nwachukwu, CASAC — 02/11/2026", "Patient", "Colleen F. Maguire — 02/11/2026"],
        ["Physician", "Linda Cho, MD — 02/11/2026", "", ""],
    ]
    TABLE(doc, rows, widths=[1.5, 2.0, 1.6, 1.9], size=9)
    save(doc, f)
    label(f, "base-treatment-plan", "2026-02-20", states=["ny-oasas-818"],
          must_report=[["intervention-missing"], ["plan-late"]],
          notes="One-table plan. Gaps: no treatment methods, modalities or services appear anywhere (only "
                "problems, goals, objectives); the plan was completed 9 days after admission (limit 7). The "
                "physician signed 9 days after admission, in time.")


@builder
def p51():
    f = "b5_51_tx_sud_outline.docx"
    doc = new_doc(font="Calibri", size=11)
    P(doc, "LONE STAR RECOVERY — OUTPATIENT CHEMICAL DEPENDENCY TREATMENT", bold=True)
    P(doc, "Licensed by Texas HHSC (26 TAC ch. 564)", size=8)
    H(doc, "Treatment Plan", 1)
    P(doc, "Client: Ricardo Salinas Jr.    DOB: 02/14/1992    Texas Medicaid #: 516772094\n"
           "Admission: 01/05/2026    Plan date: 01/09/2026\n"
           "Projected length of stay: 12 weeks (anticipated discharge 04/03/2026)")
    H(doc, "Diagnoses", 2)
    P(doc, "* F12.20 Cannabis dependence, uncomplicated\n* F10.10 Alcohol abuse, uncomplicated")
    H(doc, "Problems, goals, objectives", 2)
    P(doc, "PROBLEM 1 — daily cannabis use; positive UA at work led to suspension", bold=True)
    P(doc, "  Goal: Ricardo will stop using cannabis and return to work.")
    P(doc, "    – Obj 1a: Provide negative urine drug screens on all random tests for 8 consecutive weeks, "
           "by 03/27/2026.")
    P(doc, "    – Obj 1b: List 5 triggers for use and a plan for each, reviewed with counselor, by 01/30/2026.")
    P(doc, "PROBLEM 2 — binge drinking on weekends (8-10 drinks)", bold=True)
    P(doc, "  Goal: no heavy drinking days.")
    P(doc, "    – Obj 2a: Record drinks daily in a log; 0 days with more than 4 drinks for 6 consecutive weeks, "
           "by 03/20/2026.")
    P(doc, "PROBLEM 3 — return-to-work agreement", bold=True)
    P(doc, "  Goal: meet the employer's return-to-work conditions.")
    P(doc, "    – Obj 3a: Sign a release and have the counselor send 2 progress letters to the EAP by 02/27/2026.")
    H(doc, "Strategies / services", 2)
    P(doc, "▪ Individual counseling (MI/CBT) — 1x/week, 60 min\n▪ Group counseling — 2x/week, 90 min\n"
           "▪ Chemical dependency education — 1x/week\n▪ Random UA — at least 2x/month")
    H(doc, "Signatures", 2)
    P(doc, "Client: Ricardo Salinas Jr.  — 01/09/2026")
    P(doc, "Counselor: Brenda Hollis, LCDC — 01/09/2026")
    P(doc, "Clinical supervisor (QCC) review: Aaron Whitfield, LCDC, LPC-S — 01/12/2026")
    save(doc, f)
    label(f, "base-treatment-plan", "2026-01-30", states=["tx-26tac-564"],
          notes="Clean. Outline with odd bullets (* – ▪) and soft line breaks.")


@builder
def p52():
    f = "b5_52_tx_sud_initial_and_update.docx"
    doc = new_doc(font="Arial", size=10)
    P(doc, "PANHANDLE PLAINS COUNSELING & RECOVERY — Amarillo, TX", bold=True)
    P(doc, "INDIVIDUALIZED TREATMENT PLAN (Intensive Outpatient)", bold=True)
    P(doc, "Client:  Amber L. Kowalski          DOB: 08/30/1990          Ins.: Superior HealthPlan  ID 715520839")
    P(doc, "Admit date: 10/01/2025     Initial plan date: 10/06/2025")
    P(doc, "Projected length of stay: 16 weeks (through 01/26/2026)")
    P(doc, "Diagnostic impression: Deferred — pending psychiatric evaluation (scheduled with Dr. Patel).")
    P(doc, "")
    P(doc, "Goal 1: abstain from methamphetamine", bold=True)
    P(doc, "  1.1  Negative UDS on all random screens for 6 consecutive weeks by 11/28/2025")
    P(doc, "  1.2  Attend 9 of 9 scheduled IOP groups each 3-week block, by 11/14/2025")
    P(doc, "Goal 2: stable housing", bold=True)
    P(doc, "  2.1  Move into a sober living home and pay first month's rent by 10/31/2025")
    P(doc, "Strategies: IOP group 3x/week (3 hrs); individual counseling 1x/week (50 min); case management "
           "weekly; random UDS 1-2x/week.")
    P(doc, "Signed: Amber L. Kowalski 10/06/2025     Jolene Pruitt, LCDC 10/06/2025")
    P(doc, "")
    P(doc, "UPDATED 12/01/2025:", bold=True)
    P(doc, "Goal 1 progress: 1.1 met, 1.2 met. Continue. New objective added because of a lapse on 11/22:")
    P(doc, "  1.3  Client will call her sponsor or a peer before going to places where she used.")
    P(doc, "Goal 3 (new): improve relationship with her children's father around custody exchanges.", bold=True)
    P(doc, "  3.1  Client will use the co-parenting communication app for all scheduling messages instead of "
           "texting.")
    P(doc, "  3.2  Client will stay calm during custody exchanges, as reported by her.")
    P(doc, "Dx: still deferred (psych eval rescheduled).")
    P(doc, "Strategies unchanged; add relapse-prevention individual session 1x/week.")
    P(doc, "Signed: Amber L. Kowalski 12/01/2025     Jolene Pruitt, LCDC 12/01/2025")
    save(doc, f)
    label(f, "base-treatment-plan", "2025-12-15", states=["tx-26tac-564"],
          must_report=[["objective-not-time-bound"], ["diagnosis-missing", "diagnosis-code-missing"]],
          unsure=["objective-not-measurable"],
          notes="Initial plan plus an 'UPDATED 12/01/2025:' section. Gaps: the objectives added in the update "
                "(1.3, 3.1, 3.2) have no target date or time frame, and goals 1 and 3 have none either; no "
                "diagnosis is given (deferred in both parts). Objective 3.2 ('stay calm ... as reported by her') "
                "is also weakly measurable; left unjudged.")


@builder
def p54():
    f = "b5_54_ca_ntp_form.docx"
    doc = new_doc(font="Calibri", size=10)
    P(doc, "GOLDEN GATE TREATMENT SERVICES — Narcotic Treatment Program (Methadone Maintenance)", bold=True, size=11)
    P(doc, "Licensed by DHCS · 1450 Mission St, San Francisco, CA 94103", size=8)
    P(doc, "INITIAL MAINTENANCE TREATMENT PLAN", bold=True, size=12, align="center")
    TABLE(doc, [
        ["Patient", "Marcus D. Greene", "Patient #", "GG-40918"],
        ["Date of birth", "11/21/1971", "Medi-Cal CIN", "91837265A"],
        ["Admission to maintenance", "01/05/2026", "Plan effective date", "01/28/2026"],
        ["Next plan update due", "04/03/2026", "Primary counselor", "Teresa Villanueva, SUDCC II"],
    ], bold_first_col=True, widths=[1.7, 1.9, 1.4, 1.5], size=9.5)
    P(doc, "")
    P(doc, "Diagnosis: F11.20 Opioid dependence, uncomplicated (opioid use disorder, severe)")
    P(doc, "")
    P(doc, "Long-term goal", bold=True)
    P(doc, "Marcus will be stable on methadone, free of illicit opioids, and working part time.")
    P(doc, "Short-term goals (each with a target date)", bold=True)
    TABLE(doc, [
        ["#", "Short-term goal", "Target date", "Action steps / services"],
        ["1", "Reach a stable methadone dose with no withdrawal symptoms (COWS < 5) on 5 consecutive clinic days",
         "02/27/2026", "Daily observed dosing; weekly MD dose review"],
        ["2", "Urine drug tests negative for fentanyl and heroin on 4 consecutive weekly tests", "03/20/2026",
         "Weekly observed UDT; individual counseling 2x/month, 50 min"],
        ["3", "Enroll in a job-readiness program and attend at least 6 sessions", "03/31/2026",
         "Referral by counselor; monthly case management"],
        ["4", "Get a primary care appointment for hepatitis C follow-up and attend it", "03/13/2026",
         "Referral; reminder calls"],
    ], header=True, widths=[0.3, 3.0, 0.9, 2.3], size=9)
    P(doc, "")
    P(doc, "Signatures", bold=True)
    TABLE(doc, [
        ["Patient", "Marcus D. Greene", "01/28/2026"],
        ["Primary counselor", "Teresa Villanueva, SUDCC II", "01/28/2026"],
        ["Supervising counselor (review)", "Gloria Reyes, LAADC", "02/04/2026"],
        ["Medical director (review)", "Steven Liang, MD", "02/06/2026"],
    ], widths=[2.2, 2.8, 1.5], size=9.5)
    save(doc, f)
    label(f, "base-treatment-plan", "2026-02-20", states=["ca-title9-ntp"],
          notes="Clean. Plan 23 days after admission; next update 88 days after admission; supervising "
                "counselor and medical director reviewed 7 and 9 days after the plan's effective date.")


@builder
def p55():
    f = "b5_55_ca_ntp_box_grid.docx"
    doc = new_doc(font="Verdana", size=8.5, margins=0.6)
    header_lines(doc, ["INLAND EMPIRE OPIOID TREATMENT PROGRAM — Riverside, CA"], size=8, align="center")
    footer_lines(doc, ["Form IE-TP3 rev 2024"], size=7)
    P(doc, "TREATMENT PLAN — NARCOTIC TREATMENT PROGRAM", bold=True, size=11)
    TABLE(doc, [
        ["Patient\nAlicia M. Fuentes", "DOB\n06/04/1985", "Medi-Cal CIN\n93016482B"],
        ["Admission (maintenance start)\n09/02/2025", "Plan date\n10/15/2025", "Next plan review\n11/28/2025"],
        ["Diagnosis\nF11.20 Opioid dependence, uncomplicated", "Medication\nMethadone 80 mg daily",
         "Counselor\nDerek Huang, CADC-II"],
    ], widths=[2.6, 2.1, 2.1], size=8.5)
    P(doc, "")
    TABLE(doc, [
        ["GOAL\nStop using fentanyl and keep custody of her daughter.",
         "SHORT-TERM GOALS\n1. Negative UDT for fentanyl on 4 consecutive weekly tests by 12/05/2025.\n"
         "2. Attend all CPS-required parenting classes (8 sessions) by 01/09/2026.\n"
         "3. Take methadone doses as scheduled with no missed days for 30 consecutive days by 11/21/2025.",
         "SERVICES\nDaily dosing; counseling 50 min weekly; monthly MD visit; CPS liaison"],
    ], widths=[2.0, 3.3, 1.5], size=8.5)
    P(doc, "")
    TABLE(doc, [
        ["Counselor\nDerek Huang, CADC-II  10/15/2025", "Supervising counselor\nNina Castro, LAADC  10/20/2025",
         "Medical director\nOlusegun Adebayo, MD  10/22/2025"],
        ["Patient\nAlicia M. Fuentes  10/15/2025", "", ""],
    ], widths=[2.3, 2.3, 2.2], size=8.5)
    P(doc, "")
    P(doc, "Plan reviews / updates:", bold=True)
    TABLE(doc, [["Date", "Reviewed by", "Notes"], ["", "", ""], ["", "", ""]], header=True,
          widths=[1.2, 2.0, 3.6], size=8.5)
    save(doc, f)
    label(f, "base-treatment-plan", "2026-01-10", states=["ca-title9-ntp"],
          must_report=[["plan-late"], ["review-overdue"]],
          notes="Box grid with an empty review log. Gaps: the plan was completed 43 days after the start of "
                "maintenance (limit 28); the review due 11/28/2025 has not been recorded by 2026-01-10.")


# =============================================================================================
# FHIR R4 helpers
# =============================================================================================
import uuid  # noqa: E402

_UUID_NS = uuid.UUID("6f1c2a5e-6a59-4b8e-9d0a-5b5e1c0c0b05")
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
NPI_SYS = "http://hl7.org/fhir/sid/us-npi"
MBI_SYS = "http://hl7.org/fhir/sid/us-mbi"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
SIG_TYPE = "urn:iso-astm:E1762-95:2013"
UCUM = "http://unitsofmeasure.org"
GOAL_REL = "http://hl7.org/fhir/StructureDefinition/goal-relationship"


class Bundle:
    def __init__(self, key: str):
        self.key = key
        self.entries: list[dict] = []

    def add(self, rtype: str, name: str, body: dict) -> str:
        rid = str(uuid.uuid5(_UUID_NS, f"{self.key}/{name}"))
        res = {"resourceType": rtype, "id": rid}
        res.update(body)
        url = f"urn:uuid:{rid}"
        self.entries.append({"fullUrl": url, "resource": res})
        return url

    def write(self, name: str, timestamp: str):
        bundle = {"resourceType": "Bundle", "id": str(uuid.uuid5(_UUID_NS, self.key)), "type": "collection",
                  "timestamp": timestamp, "entry": self.entries}
        (OUT / name).write_text(json.dumps(bundle, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def hname(family: str, given: list[str], suffix: list[str] | None = None) -> list[dict]:
    n = {"use": "official", "family": family, "given": given}
    if suffix:
        n["suffix"] = suffix
    return [n]


def practitioner(b: Bundle, key: str, family: str, given: list[str], cred: str, npi_value: str | None,
                 cred_display: str | None = None) -> str:
    body = {"name": hname(family, given, [cred]),
            "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360",
                                                    "code": cred, "display": cred_display or cred}],
                                        "text": cred}}]}
    if npi_value:
        body["identifier"] = [{"system": NPI_SYS, "value": npi_value}]
    return b.add("Practitioner", key, body)


def condition(b: Bundle, key: str, patient: str, code: str | None, display: str, primary: bool = False,
              recorded: str | None = None, asserter: str | None = None, onset: str | None = None,
              category: str = "encounter-diagnosis") -> str:
    body = {"clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                           "code": "active"}]},
            "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/"
                                                         "condition-ver-status", "code": "confirmed"}]},
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                      "code": category}]}],
            "code": {"text": display}, "subject": {"reference": patient}}
    if code:
        body["code"]["coding"] = [{"system": ICD, "code": code, "display": display}]
    if primary:
        body["note"] = [{"text": "Primary diagnosis"}]
    if recorded:
        body["recordedDate"] = recorded
    if onset:
        body["onsetDateTime"] = onset
    if asserter:
        body["asserter"] = {"reference": asserter}
    return b.add("Condition", key, body)


def goal(b: Bundle, key: str, patient: str, text: str, due: str | None = None, start: str | None = None,
         measure: tuple | None = None, detail: dict | None = None, addresses: list[str] | None = None,
         notes: list[str] | None = None, milestones: list[str] | None = None, category: str | None = None) -> str:
    body: dict = {"lifecycleStatus": "active",
                  "achievementStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/"
                                                              "goal-achievement", "code": "in-progress"}]},
                  "description": {"text": text}, "subject": {"reference": patient}}
    if category:
        body["category"] = [{"text": category}]
    if start:
        body["startDate"] = start
    target: dict = {}
    if measure:
        target["measure"] = {"text": measure[0]}
        if len(measure) > 1 and measure[1]:
            target["measure"]["coding"] = [{"system": "http://loinc.org", "code": measure[1],
                                            "display": measure[0]}]
    if detail:
        target.update(detail)
    if due:
        target["dueDate"] = due
    if target:
        body["target"] = [target]
    if addresses:
        body["addresses"] = [{"reference": a} for a in addresses]
    if notes:
        body["note"] = [{"text": n} for n in notes]
    if milestones:
        body["extension"] = [{"url": GOAL_REL, "extension": [
            {"url": "type", "valueCodeableConcept": {"coding": [{
                "system": "http://hl7.org/fhir/goal-relationship-type", "code": "milestone"}],
                "text": "objective"}},
            {"url": "target", "valueReference": {"reference": m}}]} for m in milestones]
    return b.add("Goal", key, body)


def timing(freq: int | None = None, period: float | None = None, unit: str | None = None,
           length: tuple | None = None, bounds: tuple | None = None, text: str | None = None) -> dict:
    rep: dict = {}
    if freq is not None:
        rep.update({"frequency": freq, "period": period, "periodUnit": unit})
    if length:
        rep.update({"duration": length[0], "durationUnit": length[1]})
    if bounds:
        rep["boundsDuration"] = {"value": bounds[0], "unit": bounds[1], "system": UCUM, "code": bounds[2]}
    out: dict = {}
    if rep:
        out["repeat"] = rep
    if text:
        out["code"] = {"text": text}
    return out


def service(b: Bundle, key: str, patient: str, code: str | None, display: str, tm: dict | None = None,
            system: str = CPT, performer: str | None = None, authored: str | None = None,
            quantity: dict | None = None, reason: list[str] | None = None, note: str | None = None,
            category: str | None = None) -> str:
    body: dict = {"status": "active", "intent": "plan", "subject": {"reference": patient},
                  "code": {"text": display}}
    if code:
        body["code"]["coding"] = [{"system": system, "code": code, "display": display}]
    if category:
        body["category"] = [{"text": category}]
    if tm:
        body["occurrenceTiming"] = tm
    if quantity:
        body["quantityQuantity"] = quantity
    if authored:
        body["authoredOn"] = authored
    if performer:
        body["performer"] = [{"reference": performer}]
    if reason:
        body["reasonReference"] = [{"reference": r} for r in reason]
    if note:
        body["note"] = [{"text": note}]
    return b.add("ServiceRequest", key, body)


def provenance(b: Bundle, key: str, target: str, who: str, when: str, sig_code: str, sig_display: str,
               agent_type: str, role_text: str, on_behalf: str | None = None) -> str:
    body = {"target": [{"reference": target}], "recorded": when + "T17:00:00-05:00",
            "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/"
                                                      "provenance-participant-type", "code": agent_type}],
                                "text": role_text},
                       "who": {"reference": who}}],
            "signature": [{"type": [{"system": SIG_TYPE, "code": sig_code, "display": sig_display}],
                           "when": when + "T17:00:00-05:00", "who": {"reference": who},
                           "sigFormat": "image/png",
                           "data": "aVZCT1J3MEtHZ29BQUFBTlNVaEVVZ0FBQUFFQUFBQUJDQVlBQUFBZkZjU0pBQUFBRFVsRVFWUjQybU5r"}]}
    if on_behalf:
        body["agent"][0]["onBehalfOf"] = {"reference": on_behalf}
    return b.add("Provenance", key, body)


AUTHOR_SIG = ("1.2.840.10065.1.12.1.1", "Author's Signature")
CONSENT_SIG = ("1.2.840.10065.1.12.1.7", "Consent Signature")
VERIFY_SIG = ("1.2.840.10065.1.12.1.5", "Verification Signature")
VALID_SIG = ("1.2.840.10065.1.12.1.6", "Validation Signature")


def patient(b: Bundle, key: str, family: str, given: list[str], birth: str, gender: str, ids: list[tuple]) -> str:
    idents = []
    for sys_, value, type_code, type_text in ids:
        ident = {"system": sys_, "value": value}
        if type_code:
            ident["type"] = {"coding": [{"system": V2_0203, "code": type_code}], "text": type_text}
        idents.append(ident)
    return b.add("Patient", key, {"identifier": idents, "name": hname(family, given), "gender": gender,
                                  "birthDate": birth})


def careplan(b: Bundle, key: str, pat: str, title: str, created: str, author: str, period: dict,
             conditions: list[str], goals: list[str], activities: list[dict], contributors=(),
             category: str = "assess-plan", description: str | None = None, notes=()) -> str:
    body = {"status": "active", "intent": "plan",
            "category": [{"coding": [{"system": "http://hl7.org/fhir/us/core/CodeSystem/careplan-category",
                                      "code": category}]}],
            "title": title, "subject": {"reference": pat}, "period": period, "created": created,
            "author": {"reference": author},
            "contributor": [{"reference": c} for c in contributors],
            "addresses": [{"reference": c} for c in conditions],
            "goal": [{"reference": g} for g in goals],
            "activity": activities}
    if description:
        body["description"] = description
    if notes:
        body["note"] = [{"text": n} for n in notes]
    return b.add("CarePlan", key, body)


@builder
def p13():
    f = "b5_13_pa_clinic_fhir.json"
    b = Bundle(f)
    org = b.add("Organization", "org", {"name": "Three Rivers Community Mental Health — Outpatient Clinic",
                                        "identifier": [{"system": NPI_SYS, "value": npi("135774680")}]})
    pat = patient(b, "pat", "Whitehorse", ["Alana", "J"], "1997-05-12", "female",
                  [("urn:oid:2.16.840.1.113883.3.4130", "3307718264", "MA", "Pennsylvania Medical Assistance ID"),
                   ("urn:oid:1.2.3.4.55", "TRC-77120", "MR", "Chart number")])
    ther = practitioner(b, "ther", "Dubois", ["Mireille"], "LPC", npi("147250398"), "Licensed Professional Counselor")
    psy = practitioner(b, "psy", "Asante", ["Kwame"], "MD", npi("192340875"), "Doctor of Medicine (psychiatry)")
    c1 = condition(b, "c1", pat, "F33.1", "Major depressive disorder, recurrent, moderate", primary=True,
                   recorded="2026-01-07")
    c2 = condition(b, "c2", pat, "F41.1", "Generalized anxiety disorder", recorded="2026-01-07")
    b.add("EpisodeOfCare", "eoc", {"status": "active", "patient": {"reference": pat},
                                   "type": [{"text": "Outpatient psychiatric clinic — adult"}],
                                   "period": {"start": "2026-01-07"}, "managingOrganization": {"reference": org}})
    b.add("Encounter", "intake", {"status": "finished",
                                  "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                                            "code": "AMB"},
                                  "type": [{"coding": [{"system": CPT, "code": "90791"}],
                                            "text": "Intake / psychiatric diagnostic evaluation"}],
                                  "subject": {"reference": pat}, "period": {"start": "2026-01-07"},
                                  "diagnosis": [{"condition": {"reference": c1}, "rank": 1},
                                                {"condition": {"reference": c2}, "rank": 2}],
                                  "serviceProvider": {"reference": org}})
    o1a = goal(b, "o1a", pat, "Objective 1a: GAD-7 score decreases from 15 to 7 or below.", due="2026-05-01",
               measure=("GAD-7 total score", "69737-5"), detail={"detailQuantity": {"value": 7, "comparator": "<="}})
    o1b = goal(b, "o1b", pat, "Objective 1b: Attend at least 90% of scheduled classes each week (baseline 50%).",
               due="2026-04-03")
    o2a = goal(b, "o2a", pat, "Objective 2a: PHQ-9 score decreases from 14 to below 8.", due="2026-05-29",
               measure=("PHQ-9 total score", "44261-6"), detail={"detailQuantity": {"value": 8, "comparator": "<"}})
    g1 = goal(b, "g1", pat, "Goal 1: Alana will manage her anxiety well enough to attend her nursing classes.",
              start="2026-01-29", addresses=[c2], milestones=[o1a, o1b])
    g2 = goal(b, "g2", pat, "Goal 2: Alana will have a stable, improved mood.", start="2026-01-29",
              addresses=[c1], milestones=[o2a])
    s1 = service(b, "s1", pat, "90837", "Psychotherapy, 60 minutes (individual CBT)",
                 timing(1, 1, "wk", (53, "min"), (6, "months", "mo")), performer=ther, authored="2026-01-29",
                 reason=[c1, c2])
    s2 = service(b, "s2", pat, "99214", "Medication management (established patient visit)",
                 timing(1, 1, "mo", (25, "min"), (6, "months", "mo")), performer=psy, authored="2026-01-29",
                 reason=[c1])
    cp = careplan(b, "cp", pat, "Individual Treatment Plan", "2026-01-29", ther,
                  {"start": "2026-01-29", "end": "2026-07-29"}, [c1, c2], [g1, o1a, o1b, g2, o2a],
                  [{"reference": {"reference": s1}}, {"reference": {"reference": s2}}], contributors=[psy, pat],
                  description="Treatment plan completed 22 days after intake (01/07/2026). Expected duration of "
                              "treatment: 6 months.")
    provenance(b, "sig-client", cp, pat, "2026-01-29", *CONSENT_SIG, "consenter", "Client signature")
    provenance(b, "sig-ther", cp, ther, "2026-01-29", *AUTHOR_SIG, "author", "Mental health professional")
    provenance(b, "sig-psy", cp, psy, "2026-02-02", *VALID_SIG, "verifier", "Psychiatrist approval")
    b.write(f, "2026-02-02T17:05:00-05:00")
    label(f, "base-treatment-plan", "2026-02-16", states=["pa-55-5200"],
          notes="Clean. FHIR R4 collection Bundle: CarePlan with goals and objective goals linked by the "
                "goal-relationship extension, ServiceRequests with timing, EpisodeOfCare start as intake date, "
                "signatures as Provenance (client consent, therapist author, psychiatrist verifier).")


@builder
def p19():
    f = "b5_19_pt_fhir.json"
    b = Bundle(f)
    org = b.add("Organization", "org", {"name": "Copper Basin Physical Therapy",
                                        "identifier": [{"system": NPI_SYS, "value": npi("156021734")}]})
    pat = patient(b, "pat", "McAllister", ["Gordon", "R"], "1945-08-09", "male",
                  [(MBI_SYS, "7KQ3WD8TN52", "MC", "Medicare Beneficiary Identifier")])
    pt = practitioner(b, "pt", "Lindahl", ["Sigrid"], "PT", npi("179083324"), "Physical Therapist")
    md = practitioner(b, "md", "Okafor", ["Chidi"], "MD", npi("101476958"), "Doctor of Medicine")
    c1 = condition(b, "c1", pat, "M17.11", "Unilateral primary osteoarthritis, right knee", primary=True,
                   recorded="2026-01-07")
    c2 = condition(b, "c2", pat, "R26.2", "Difficulty in walking, not elsewhere classified", recorded="2026-01-07")
    b.add("Encounter", "eval", {"status": "finished",
                                "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                                          "code": "AMB"},
                                "type": [{"coding": [{"system": CPT, "code": "97162"}],
                                          "text": "Physical therapy evaluation, moderate complexity (first visit)"}],
                                "subject": {"reference": pat}, "period": {"start": "2026-01-07",
                                                                          "end": "2026-01-07"},
                                "diagnosis": [{"condition": {"reference": c1}, "rank": 1},
                                              {"condition": {"reference": c2}, "rank": 2}],
                                "participant": [{"individual": {"reference": pt}}],
                                "serviceProvider": {"reference": org}})
    gl = [
        goal(b, "g1", pat, "Ascend and descend 14 stairs reciprocally with one rail, independently.",
             due="2026-03-18", start="2026-01-07", addresses=[c2]),
        goal(b, "g2", pat, "Walk 0.5 mile at community pace without an assistive device and with pain 3/10 or less.",
             due="2026-03-18", start="2026-01-07", addresses=[c1, c2]),
        goal(b, "g3", pat, "KOOS JR interval score improves from 52 to 70 or higher.", due="2026-03-18",
             start="2026-01-07", measure=("KOOS JR",), detail={"detailQuantity": {"value": 70, "comparator": ">="}}),
        goal(b, "g4", pat, "Right knee flexion AROM improves from 100 to at least 120 degrees.", due="2026-02-18",
             start="2026-01-07", measure=("Right knee flexion active range of motion",),
             detail={"detailQuantity": {"value": 120, "comparator": ">=", "unit": "deg", "system": UCUM,
                                        "code": "deg"}}),
    ]
    svc = []
    for i, (code, disp) in enumerate([("97110", "Therapeutic exercise"), ("97140", "Manual therapy techniques"),
                                      ("97112", "Neuromuscular reeducation"),
                                      ("97530", "Therapeutic activities")]):
        svc.append(service(b, f"s{i}", pat, code, disp, timing(2, 1, "wk", None, (10, "weeks", "wk")),
                           performer=pt, authored="2026-01-07", reason=[c1]))
    cp = careplan(b, "cp", pat, "Physical Therapy Plan of Care", "2026-01-07", pt,
                  {"start": "2026-01-07", "end": "2026-04-06"}, [c1, c2], gl,
                  [{"reference": {"reference": s}} for s in svc], contributors=[md],
                  description="Plan of care established at the initial evaluation on 2026-01-07. Frequency 2x/week "
                              "for 10 weeks. Certification period 2026-01-07 to 2026-04-06.")
    provenance(b, "sig-pt", cp, pt, "2026-01-07", *AUTHOR_SIG, "author", "Treating physical therapist")
    provenance(b, "sig-md", cp, md, "2026-01-14", *VALID_SIG, "attester", "Certifying physician")
    b.write(f, "2026-01-14T17:05:00-05:00")
    label(f, "medicare-outpatient-therapy", "2026-02-10",
          notes="Clean. FHIR R4 Bundle: evaluation Encounter (first treatment), CarePlan period as the "
                "certification period (89 days), ServiceRequests 2x/week for 10 weeks, physician "
                "certification as a Provenance signature 7 days after the evaluation.")


@builder
def p30():
    f = "b5_30_home_health_fhir.json"
    b = Bundle(f)
    org = b.add("Organization", "org", {"name": "Cumberland Home Health Services",
                                        "identifier": [{"system": NPI_SYS, "value": npi("163095527")}]})
    pat = patient(b, "pat", "Henderson", ["Opal", "M"], "1936-12-02", "female",
                  [(MBI_SYS, "3RM7YK2DT48", "MC", "Medicare Beneficiary Identifier")])
    rn = practitioner(b, "rn", "Sauer", ["Brenda"], "RN", None, "Registered Nurse")
    md = practitioner(b, "md", "Mbeki", ["Thabo"], "MD", npi("182263097"), "Doctor of Medicine")
    c1 = condition(b, "c1", pat, "J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation",
                   primary=True, recorded="2026-01-05")
    c2 = condition(b, "c2", pat, "J96.11", "Chronic respiratory failure with hypoxia", recorded="2026-01-05")
    b.add("Encounter", "soc", {"status": "finished",
                               "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "HH",
                                         "display": "home health"},
                               "type": [{"text": "Home health start of care visit (OASIS SOC)"}],
                               "subject": {"reference": pat}, "period": {"start": "2026-01-05"},
                               "diagnosis": [{"condition": {"reference": c1}, "rank": 1},
                                             {"condition": {"reference": c2}, "rank": 2}],
                               "serviceProvider": {"reference": org}})
    gl = [
        goal(b, "g1", pat, "Patient will use a rescue inhaler with correct technique in 3 of 3 return "
                           "demonstrations.", due="2026-01-26", start="2026-01-05"),
        goal(b, "g2", pat, "Patient will walk 100 feet with rollator and home oxygen keeping SpO2 at 88% or above.",
             due="2026-02-16", start="2026-01-05"),
        goal(b, "g3", pat, "No emergency department visit or hospital admission for COPD during this plan of care.",
             due="2026-04-04", start="2026-01-05"),
    ]

    def act(code, disp, tm, who):
        return {"detail": {"kind": "ServiceRequest", "code": {"coding": [{"system": HCPCS, "code": code,
                                                                           "display": disp}], "text": disp},
                           "status": "scheduled", "scheduledTiming": tm, "performer": [{"reference": who}]}}

    acts = [
        act("G0299", "Skilled nursing visit (RN): cardiopulmonary assessment, COPD teaching, O2 safety",
            timing(2, 1, "wk", None, (4, "weeks", "wk"), text="SN 2W4, then 1W8"), rn),
        act("G0299", "Skilled nursing visit (RN), continued", timing(1, 1, "wk", None, (8, "weeks", "wk")), rn),
        act("G0151", "Physical therapy visit: endurance, breathing techniques, gait with rollator",
            timing(2, 1, "wk", None, (6, "weeks", "wk"), text="PT 2W6"), org),
        act("G0156", "Home health aide visit: bathing and personal care",
            timing(2, 1, "wk", None, (12, "weeks", "wk"), text="HHA 2W12"), org),
    ]
    cp = careplan(b, "cp", pat, "Home Health Plan of Care", "2026-01-05", rn,
                  {"start": "2026-01-05", "end": "2026-04-04"}, [c1, c2], gl, acts, contributors=[md],
                  description="Start of care 01/05/2026. Plan of care period 01/05/2026 - 04/04/2026. "
                              "Attending physician: Thabo Mbeki, MD.")
    provenance(b, "sig-rn", cp, rn, "2026-01-05", *AUTHOR_SIG, "author", "RN case manager")
    b.write(f, "2026-01-06T09:00:00-05:00")
    label(f, "medicare-home-health", "2026-01-25",
          must_report=[["review-interval-exceeded"], ["signature-missing"]],
          notes="FHIR R4 Bundle. Gaps: the plan of care period runs 89 days (01/05 to 04/04/2026) with no "
                "recertification inside 60 days; the attending physician is named but has not signed (the only "
                "signature is the RN case manager's).")


@builder
def p38():
    f = "b5_38_aba_fhir.json"
    b = Bundle(f)
    org = b.add("Organization", "org", {"name": "Cascade Pediatric Behavior Services",
                                        "identifier": [{"system": NPI_SYS, "value": npi("114867203")}]})
    pat = patient(b, "pat", "Nguyen", ["Caleb", "Minh"], "2020-09-25", "male",
                  [("urn:oid:2.16.840.1.113883.3.9999.1", "U55810293-01", "MB", "Cigna member ID")])
    mom = b.add("RelatedPerson", "mom", {"patient": {"reference": pat},
                                         "relationship": [{"coding": [{"system": "http://terminology.hl7.org/"
                                                                                 "CodeSystem/v3-RoleCode",
                                                                       "code": "MTH", "display": "mother"}],
                                                           "text": "Mother / legal guardian"}],
                                         "name": hname("Nguyen", ["Thuy"])})
    bcba = practitioner(b, "bcba", "Carver", ["Olivia"], "BCBA", npi("127509381"), "Board Certified Behavior Analyst")
    dev = practitioner(b, "dev", "Lindqvist", ["Anders"], "MD", npi("104472939"), "Developmental-behavioral pediatrician")
    c1 = condition(b, "c1", pat, "F84.0", "Autistic disorder (autism spectrum disorder, level 2)", primary=True,
                   recorded="2025-06-03", asserter=dev)
    gl = [
        goal(b, "g1", pat, "Caleb will mand for help, a break or an item using 2-word phrases. Baseline: "
                           "single words in 25% of opportunities.", start="2026-01-12", due="2026-04-30",
             detail={"detailString": "Mastery: 80% of opportunities across 3 consecutive sessions"},
             category="Communication"),
        goal(b, "g2", pat, "Caleb will reduce aggression (hitting, kicking) from 14 per day to 2 or fewer per day. "
                           "Baseline: 14 per day.", start="2026-01-12", due="2026-06-30",
             detail={"detailString": "Mastery: 2 or fewer per day for 10 consecutive sessions"},
             category="Behavior reduction"),
        goal(b, "g3", pat, "Caleb will sit and attend to a group activity for 10 minutes. Baseline: 2 minutes.",
             start="2026-01-12", due="2026-05-29",
             detail={"detailString": "Mastery: 10 minutes on 4 of 5 days for 2 consecutive weeks"},
             category="School readiness"),
        goal(b, "g4", pat, "Mother will implement functional communication training and planned ignoring with at "
                           "least 90% fidelity. Baseline: 35% fidelity.", start="2026-01-12", due="2026-03-31",
             detail={"detailString": "Mastery: 90% fidelity across 3 consecutive observations"},
             category="Caregiver training"),
    ]
    s1 = service(b, "s1", pat, "97153", "Adaptive behavior treatment by protocol (technician)",
                 timing(5, 1, "wk", (4, "h")), quantity={"value": 20, "unit": "hours per week", "system": UCUM,
                                                         "code": "h/wk"}, authored="2026-01-12",
                 note="20 hours per week")
    s2 = service(b, "s2", pat, "97155", "Adaptive behavior treatment with protocol modification (BCBA)",
                 timing(2, 1, "wk", (1.5, "h")), quantity={"value": 3, "unit": "hours per week", "system": UCUM,
                                                           "code": "h/wk"}, performer=bcba, authored="2026-01-12",
                 note="3 hours per week")
    s3 = service(b, "s3", pat, "97156", "Family adaptive behavior treatment guidance",
                 timing(1, 1, "wk", (1, "h")), quantity={"value": 1, "unit": "hours per week", "system": UCUM,
                                                         "code": "h/wk"}, performer=bcba, authored="2026-01-12",
                 note="1 hour per week")
    cp = careplan(b, "cp", pat, "ABA Treatment Plan", "2026-01-12", bcba,
                  {"start": "2026-01-12", "end": "2026-07-11"}, [c1], gl,
                  [{"reference": {"reference": s}} for s in (s1, s2, s3)], contributors=[mom])
    provenance(b, "sig-bcba", cp, bcba, "2026-01-12", *AUTHOR_SIG, "author", "Supervising BCBA")
    provenance(b, "sig-mom", cp, mom, "2026-01-13", *CONSENT_SIG, "consenter", "Parent/guardian signature")
    b.write(f, "2026-01-13T18:00:00-08:00")
    label(f, "commercial-aba", "2026-01-28",
          must_report=[["review-date-missing"], ["assessment-missing"]],
          notes="FHIR R4 Bundle. Gaps: no next review or reassessment date anywhere; no standardized assessment "
                "(no Observation, no instrument named). Baselines are in the goal descriptions, mastery criteria in "
                "Goal.target.detailString, the diagnosing physician as Condition.asserter with recordedDate.")


@builder
def p50():
    f = "b5_50_tx_sud_fhir.json"
    b = Bundle(f)
    org = b.add("Organization", "org", {"name": "Rio Grande Recovery Services (Outpatient)",
                                        "identifier": [{"system": NPI_SYS, "value": npi("150992843")}]})
    pat = patient(b, "pat", "Alvarado", ["Destiny", "R"], "1999-04-18", "female",
                  [("urn:oid:2.16.840.1.113883.4.3.48", "529904412", "MA", "Texas Medicaid ID")])
    lcdc = practitioner(b, "lcdc", "Ybarra", ["Mario"], "LCDC", npi("138820465"), "Licensed Chemical Dependency "
                                                                                 "Counselor")
    c1 = condition(b, "c1", pat, "F15.20", "Other stimulant dependence, uncomplicated (methamphetamine)",
                   primary=True, recorded="2026-01-14")
    b.add("EpisodeOfCare", "eoc", {"status": "active", "patient": {"reference": pat},
                                   "type": [{"text": "Outpatient chemical dependency treatment"}],
                                   "period": {"start": "2026-01-14"}, "managingOrganization": {"reference": org}})
    o1a = goal(b, "o1a", pat, "Objective 1.1: Provide negative urine drug screens for methamphetamine on all "
                              "random tests for 6 consecutive weeks.", due="2026-03-13")
    o1b = goal(b, "o1b", pat, "Objective 1.2: Write a relapse prevention plan listing 4 triggers and 2 coping "
                              "responses for each, reviewed with counselor.", due="2026-02-13")
    o2a = goal(b, "o2a", pat, "Objective 2.1: Attend 4 of 4 scheduled parenting class sessions and give the "
                              "certificate to her CPS caseworker.", due="2026-03-06")
    g1 = goal(b, "g1", pat, "Goal 1: Destiny will stop using methamphetamine.", addresses=[c1],
              milestones=[o1a, o1b])
    g2 = goal(b, "g2", pat, "Goal 2: Destiny will complete her CPS service plan to regain unsupervised visits "
                            "with her son.", milestones=[o2a])
    s1 = service(b, "s1", pat, None, "Individual counseling (motivational interviewing / CBT)",
                 timing(1, 1, "wk", (60, "min")), performer=lcdc, authored="2026-01-20")
    s2 = service(b, "s2", pat, None, "Group counseling — relapse prevention", None, performer=lcdc,
                 authored="2026-01-20")
    s3 = service(b, "s3", pat, None, "Random urine drug screen", timing(2, 1, "mo"), authored="2026-01-20")
    cp = careplan(b, "cp", pat, "Individualized Treatment Plan", "2026-01-20", lcdc, {"start": "2026-01-20"},
                  [c1], [g1, o1a, o1b, g2, o2a], [{"reference": {"reference": s}} for s in (s1, s2, s3)],
                  contributors=[pat])
    provenance(b, "sig-lcdc", cp, lcdc, "2026-01-20", *AUTHOR_SIG, "author", "Counselor")
    provenance(b, "sig-client", cp, pat, "2026-01-20", *CONSENT_SIG, "consenter", "Client signature")
    b.write(f, "2026-01-20T16:30:00-06:00")
    label(f, "base-treatment-plan", "2026-02-05", states=["tx-26tac-564"],
          must_report=[["frequency-missing"], ["duration-missing"]],
          notes="FHIR R4 Bundle with objectives as Goals linked from their goal (goal-relationship). Gaps: the "
                "group counseling ServiceRequest has no timing or frequency; no projected length of stay (the "
                "CarePlan period has no end and nothing else states a duration).")


# =============================================================================================
# C-CDA helpers
# =============================================================================================
from xml.sax.saxutils import escape as xesc  # noqa: E402

LOINC_OID = "2.16.840.1.113883.6.1"
ICD_OID = "2.16.840.1.113883.6.90"
CPT_OID = "2.16.840.1.113883.6.12"
NPI_OID = "2.16.840.1.113883.4.6"


def hl7(s: str) -> str:
    return s.replace("-", "")


def _uid(key: str) -> str:
    return str(uuid.uuid5(_UUID_NS, key))


def cperson(given: str, family: str, suffix: str | None = None) -> str:
    suf = f"<suffix>{xesc(suffix)}</suffix>" if suffix else ""
    return f"<name><given>{xesc(given)}</given><family>{xesc(family)}</family>{suf}</name>"


def centity(npi_value: str | None, given: str, family: str, suffix: str | None, org: str,
            role_code: tuple | None = None) -> str:
    ident = f'<id root="{NPI_OID}" extension="{npi_value}"/>' if npi_value else '<id nullFlavor="UNK"/>'
    code = (f'<code code="{role_code[0]}" codeSystem="2.16.840.1.113883.6.101" codeSystemName="NUCC" '
            f'displayName="{xesc(role_code[1])}"/>') if role_code else ""
    return (f"{ident}{code}<addr nullFlavor=\"UNK\"/><telecom nullFlavor=\"UNK\"/>"
            f"<assignedPerson>{cperson(given, family, suffix)}</assignedPerson>"
            f"<representedOrganization><name>{xesc(org)}</name></representedOrganization>")


def ccda_document(key: str, title: str, eff: str, pat: dict, author: dict, org: str, legal: dict,
                  authenticators: list[dict], service_event: tuple, encounter: dict | None,
                  problems: list[tuple], goals: list[dict], interventions: list[dict], plan_text: list[str],
                  extra_sections: str = "") -> str:
    """Assemble a C-CDA R2.1 Care Plan document. Dates are ISO strings."""
    def ts(d):
        return hl7(d)

    auth_xml = "".join(
        f'<authenticator><time value="{ts(a["time"])}"/><signatureCode code="S"/><assignedEntity>'
        f'{centity(a.get("npi"), a["given"], a["family"], a.get("suffix"), org, a.get("role"))}'
        f"</assignedEntity></authenticator>" for a in authenticators)
    enc_xml = ""
    if encounter:
        enc_xml = (f'<componentOf><encompassingEncounter><id root="{_uid(key + "enc")}"/>'
                   f'<code code="{encounter["code"]}" codeSystem="{encounter.get("system", CPT_OID)}" '
                   f'displayName="{xesc(encounter["display"])}"/>'
                   f'<effectiveTime><low value="{ts(encounter["start"])}"/>'
                   + (f'<high value="{ts(encounter["end"])}"/>' if encounter.get("end") else "")
                   + "</effectiveTime></encompassingEncounter></componentOf>")
    # problems
    prow = "".join(f"<tr><td>{xesc(c or '')}</td><td>{xesc(d)}</td><td>{'Primary' if p else ''}</td></tr>"
                   for c, d, p in problems)
    pentries = ""
    for i, (c, d, p) in enumerate(problems):
        val = (f'<value xsi:type="CD" code="{c}" codeSystem="{ICD_OID}" codeSystemName="ICD-10-CM" '
               f'displayName="{xesc(d)}"/>') if c else \
              f'<value xsi:type="CD" nullFlavor="OTH"><originalText>{xesc(d)}</originalText></value>'
        pentries += (
            f'<entry typeCode="DRIV"><act classCode="ACT" moodCode="EVN">'
            f'<templateId root="2.16.840.1.113883.10.20.22.4.3" extension="2015-08-01"/>'
            f'<id root="{_uid(key + "pc" + str(i))}"/><code code="CONC" codeSystem="2.16.840.1.113883.5.6"/>'
            f'<statusCode code="active"/><effectiveTime><low value="{ts(eff)}"/></effectiveTime>'
            f'<entryRelationship typeCode="SUBJ">'
            + ('<sequenceNumber value="1"/>' if p else "")
            + f'<observation classCode="OBS" moodCode="EVN">'
            f'<templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>'
            f'<id root="{_uid(key + "po" + str(i))}"/>'
            f'<code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>'
            f'<statusCode code="completed"/><effectiveTime><low value="{ts(eff)}"/></effectiveTime>{val}'
            f"</observation></entryRelationship></act></entry>")
    # goals
    def goal_obs(g, idx):
        eff_t = f'<effectiveTime value="{ts(g["due"])}"/>' if g.get("due") else ""
        subs = "".join(f'<entryRelationship typeCode="COMP">{goal_obs(s, idx + "." + str(j))}</entryRelationship>'
                       for j, s in enumerate(g.get("objectives", [])))
        return (f'<observation classCode="OBS" moodCode="GOL">'
                f'<templateId root="2.16.840.1.113883.10.20.22.4.121" extension="2015-08-01"/>'
                f'<id root="{_uid(key + "g" + idx)}"/>'
                f'<code nullFlavor="OTH"><originalText>{xesc(g["text"])}</originalText></code>'
                f'<text>{xesc(g["text"])}</text><statusCode code="active"/>{eff_t}'
                f'<author><time value="{ts(eff)}"/><assignedAuthor><id root="{NPI_OID}" '
                f'extension="{author.get("npi") or ""}"/></assignedAuthor></author>{subs}</observation>')

    def goal_rows(gs, level=0):
        out = ""
        for g in gs:
            due = us(g["due"]) if g.get("due") else ""
            ind = "Objective: " if level else "Goal: "
            out += f"<tr><td>{ind}{xesc(g['text'])}</td><td>{due}</td></tr>"
            out += goal_rows(g.get("objectives", []), level + 1)
        return out

    gentries = "".join(f'<entry>{goal_obs(g, str(i))}</entry>' for i, g in enumerate(goals))
    # interventions
    irow = ""
    ientries = ""
    for i, it in enumerate(interventions):
        irow += (f"<tr><td>{xesc(it['text'])}</td><td>{xesc(it.get('code') or '')}</td>"
                 f"<td>{xesc(it.get('freq_text', ''))}</td><td>{xesc(it.get('amount_text', ''))}</td>"
                 f"<td>{xesc(it.get('dur_text', ''))}</td></tr>")
        eff_parts = ""
        if it.get("start"):
            eff_parts += (f'<effectiveTime xsi:type="IVL_TS"><low value="{ts(it["start"])}"/>'
                          + (f'<high value="{ts(it["end"])}"/>' if it.get("end") else "") + "</effectiveTime>")
        if it.get("period"):
            pv, pu = it["period"]
            eff_parts += (f'<effectiveTime xsi:type="PIVL_TS" institutionSpecified="true" operator="A">'
                          f'<period value="{pv}" unit="{pu}"/></effectiveTime>')
        code = (f'<code code="{it["code"]}" codeSystem="{CPT_OID}" codeSystemName="CPT-4" '
                f'displayName="{xesc(it["text"])}"/>') if it.get("code") else \
               f'<code nullFlavor="OTH"><originalText>{xesc(it["text"])}</originalText></code>'
        ientries += (
            f'<entry><act classCode="ACT" moodCode="INT">'
            f'<templateId root="2.16.840.1.113883.10.20.22.4.131" extension="2015-08-01"/>'
            f'<id root="{_uid(key + "ia" + str(i))}"/>'
            f'<code code="362956003" codeSystem="2.16.840.1.113883.6.96" displayName="procedure/intervention"/>'
            f'<text>{xesc(it["text"])}</text><statusCode code="active"/>'
            f'<entryRelationship typeCode="COMP"><procedure classCode="PROC" moodCode="INT">'
            f'<templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>'
            f'<id root="{_uid(key + "ip" + str(i))}"/>{code}<statusCode code="active"/>{eff_parts}'
            f"</procedure></entryRelationship></act></entry>")
    plan_par = "".join(f"<paragraph>{xesc(t)}</paragraph>" for t in plan_text)
    legal_xml = (f'<legalAuthenticator><time value="{ts(legal["time"])}"/><signatureCode code="S"/>'
                 f'<assignedEntity>{centity(legal.get("npi"), legal["given"], legal["family"], legal.get("suffix"), org, legal.get("role"))}'
                 f"</assignedEntity></legalAuthenticator>") if legal else ""
    se_low, se_high = service_event
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="{_uid(key)}"/>
  <code code="18776-5" codeSystem="{LOINC_OID}" codeSystemName="LOINC" displayName="Plan of care note"/>
  <title>{xesc(title)}</title>
  <effectiveTime value="{ts(eff)}"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="{pat['id_root']}" extension="{pat['id']}" assigningAuthorityName="{xesc(pat['id_name'])}"/>
      <addr use="HP"><streetAddressLine>{xesc(pat['street'])}</streetAddressLine><city>{xesc(pat['city'])}</city><state>{pat['state']}</state><postalCode>{pat['zip']}</postalCode><country>US</country></addr>
      <telecom use="HP" value="tel:{pat['phone']}"/>
      <patient>
        {cperson(pat['given'], pat['family'])}
        <administrativeGenderCode code="{pat['sex']}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{ts(pat['dob'])}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{ts(author['time'])}"/>
    <assignedAuthor>{centity(author.get('npi'), author['given'], author['family'], author.get('suffix'), org, author.get('role'))}</assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="{NPI_OID}" extension="{pat['org_npi']}"/><name>{xesc(org)}</name><telecom nullFlavor="UNK"/><addr nullFlavor="UNK"/></representedCustodianOrganization></assignedCustodian></custodian>
  {legal_xml}
  {auth_xml}
  <documentationOf><serviceEvent classCode="PCPR"><effectiveTime><low value="{ts(se_low)}"/>{f'<high value="{ts(se_high)}"/>' if se_high else ''}</effectiveTime></serviceEvent></documentationOf>
  {enc_xml}
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1" extension="2015-08-01"/>
      <code code="11450-4" codeSystem="{LOINC_OID}" displayName="Problem list"/>
      <title>Diagnoses</title>
      <text><table border="1"><thead><tr><th>ICD-10-CM</th><th>Diagnosis</th><th>Rank</th></tr></thead><tbody>{prow}</tbody></table></text>
      {pentries}
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.60"/>
      <code code="61146-7" codeSystem="{LOINC_OID}" displayName="Goals"/>
      <title>Goals and Objectives</title>
      <text><table border="1"><thead><tr><th>Goal / objective</th><th>Target date</th></tr></thead><tbody>{goal_rows(goals)}</tbody></table></text>
      {gentries}
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>
      <code code="62387-6" codeSystem="{LOINC_OID}" displayName="Interventions provided"/>
      <title>Interventions</title>
      <text><table border="1"><thead><tr><th>Intervention</th><th>Code</th><th>Frequency</th><th>Amount</th><th>Duration</th></tr></thead><tbody>{irow}</tbody></table></text>
      {ientries}
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.10" extension="2014-06-09"/>
      <code code="18776-5" codeSystem="{LOINC_OID}" displayName="Plan of treatment"/>
      <title>Plan of Treatment</title>
      <text>{plan_par}</text>
    </section></component>
    {extra_sections}
  </structuredBody></component>
</ClinicalDocument>
"""
    from lxml import etree
    etree.fromstring(xml.encode("utf-8"))  # well-formed
    return xml


@builder
def p09():
    f = "b5_09_psychotherapy_ccda.xml"
    org = "North Shore Counseling Collaborative"
    clin = {"given": "Samuel", "family": "Adeyemi-Ross", "suffix": "LICSW", "npi": npi("121875643"),
            "time": "2026-01-14", "role": ("1041C0700X", "Clinical Social Worker")}
    xml = ccda_document(
        f, "Psychotherapy Treatment Plan", "2026-01-14",
        {"id_root": "2.16.840.1.113883.4.927", "id": "6JT8KW3HN27", "id_name": "CMS MBI",
         "street": "41 Pleasant St", "city": "Salem", "state": "MA", "zip": "01970", "phone": "+1-978-555-0121",
         "given": "Beatrice", "family": "Lindholm", "sex": "F", "dob": "1950-02-19", "org_npi": npi("109924571")},
        clin, org, clin, [],
        ("2026-01-14", "2026-07-13"), {"code": "90791", "display": "Psychiatric diagnostic evaluation",
                                       "start": "2026-01-07", "end": "2026-01-07"},
        [("F41.1", "Generalized anxiety disorder", True), ("F51.01", "Primary insomnia", False)],
        [{"text": "Beatrice will reduce her anxiety to a mild level and resume driving on her own.",
          "due": "2026-04-14",
          "objectives": [
              {"text": "GAD-7 score decreases from 16 to 9 or below.", "due": "2026-04-14"},
              {"text": "Drive alone to the grocery store at least 2 times per week (currently 0).",
               "due": "2026-03-16"}]},
         {"text": "Beatrice will sleep better.", "due": "2026-03-31",
          "objectives": [
              {"text": "Fall asleep within 30 minutes on at least 5 of 7 nights, per sleep diary (baseline 1 of 7).",
               "due": "2026-03-31"}]}],
        [{"text": "Individual psychotherapy, 45 minutes (CBT for anxiety; CBT-I for insomnia)", "code": "90834",
          "freq_text": "Weekly", "amount_text": "45 minutes", "dur_text": "6 months",
          "start": "2026-01-14", "end": "2026-07-13", "period": (1, "wk")}],
        ["Type: individual psychotherapy (CBT, CBT-I). Amount: 45-minute sessions. Frequency: once a week. "
         "Expected duration: 6 months, 01/14/2026 to 07/13/2026.",
         "Plan established 01/14/2026 and electronically signed by Samuel Adeyemi-Ross, LICSW."])
    (OUT / f).write_text(xml, encoding="utf-8")
    label(f, "medicare-psychotherapy", "2026-02-12",
          notes="Clean. C-CDA R2.1 Care Plan: ICD-10-CM problem observations, goal observations with nested "
                "objective goals (entryRelationship COMP), planned procedure 90834 with a weekly PIVL_TS, the "
                "LICSW as author and legal authenticator.")


@builder
def p23():
    f = "b5_23_ot_ccda.xml"
    org = "Riverside Hand & Upper Extremity Therapy"
    ot = {"given": "Marguerite", "family": "Doucet", "suffix": "OTR/L", "npi": npi("148836020"),
          "time": "2026-01-20", "role": ("225X00000X", "Occupational Therapist")}
    md = {"given": "Henry", "family": "Castellanos", "suffix": "MD", "npi": npi("175129458"),
          "time": "2026-01-27", "role": ("207X00000X", "Orthopaedic Surgery")}
    xml = ccda_document(
        f, "Occupational Therapy Plan of Care", "2026-01-20",
        {"id_root": "2.16.840.1.113883.4.927", "id": "2DX5PN7CU39", "id_name": "CMS MBI",
         "street": "908 Grand Ave", "city": "Des Moines", "state": "IA", "zip": "50309", "phone": "+1-515-555-0164",
         "given": "Gloria", "family": "Benavides", "sex": "F", "dob": "1948-10-10", "org_npi": npi("131659074")},
        ot, org, md, [ot],
        ("2026-01-13", "2026-04-12"), {"code": "97166", "display": "Occupational therapy evaluation, moderate "
                                                              "complexity (first visit)", "start": "2026-01-13",
                                       "end": "2026-01-13"},
        [("S52.501D", "Unspecified fracture of the lower end of right radius, subsequent encounter for closed "
                      "fracture with routine healing", True),
         ("M25.631", "Stiffness of right wrist, not elsewhere classified", False)],
        [{"text": "Improve right hand function.", "due": "2026-03-10"},
         {"text": "Increase independence with ADLs.", "due": "2026-03-10"},
         {"text": "Return to prior level of function in home management tasks.", "due": "2026-03-10"}],
        [{"text": "Therapeutic exercise", "code": "97110", "freq_text": "2x/week", "dur_text": "8 weeks",
          "start": "2026-01-20", "end": "2026-03-17", "period": (0.5, "wk")},
         {"text": "Manual therapy techniques", "code": "97140", "freq_text": "2x/week", "dur_text": "8 weeks",
          "start": "2026-01-20", "end": "2026-03-17", "period": (0.5, "wk")},
         {"text": "Self-care/home management training", "code": "97535", "freq_text": "2x/week",
          "dur_text": "8 weeks", "start": "2026-01-20", "end": "2026-03-17", "period": (0.5, "wk")}],
        ["Initial evaluation and first treatment 01/13/2026 (97166). Splint fabricated at evaluation; patient began "
         "therapy the same day under the evaluation findings.",
         "Plan of care written 01/20/2026. Frequency 2x/week, duration 8 weeks. Certification period 01/13/2026 - "
         "04/12/2026.",
         "Certified by Henry Castellanos, MD on 01/27/2026."])
    (OUT / f).write_text(xml, encoding="utf-8")
    label(f, "medicare-outpatient-therapy", "2026-02-05",
          must_report=[["plan-late"], ["goal-not-measurable"]],
          notes="C-CDA Care Plan. Gaps: evaluation and first treatment on 01/13/2026 (encompassing encounter, "
                "service event start) but the plan of care is dated 01/20/2026, after treatment began; the three "
                "goals ('Improve right hand function', 'Increase independence with ADLs', 'Return to prior "
                "level of function') name no measure or level. Certification 14 days after the first treatment.")


@builder
def p47():
    f = "b5_47_ny_oasas_ccda.xml"
    org = "Finger Lakes Addiction Treatment Center — Inpatient Rehabilitation"
    cas = {"given": "Tomas", "family": "Rivera-Bell", "suffix": "CASAC", "npi": npi("184452796"),
           "time": "2026-01-16", "role": ("101YA0400X", "Addiction (Substance Use Disorder) Counselor")}
    md = {"given": "Ruth", "family": "Ellingsen", "suffix": "MD", "npi": npi("119043578"), "time": "2026-01-20",
          "role": ("2084A0401X", "Addiction Medicine")}
    xml = ccda_document(
        f, "Inpatient Rehabilitation Treatment Plan", "2026-01-16",
        {"id_root": "2.16.840.1.113883.3.3018.1", "id": "RB73921K", "id_name": "NYS Medicaid CIN",
         "street": "12 Tioga St", "city": "Ithaca", "state": "NY", "zip": "14850", "phone": "+1-607-555-0139",
         "given": "Marisol", "family": "Acevedo", "sex": "F", "dob": "1990-07-27", "org_npi": npi("102279354")},
        cas, org, md, [cas],
        ("2026-01-12", "2026-02-09"), {"code": "IMP", "system": "2.16.840.1.113883.5.4",
                                       "display": "Inpatient rehabilitation admission", "start": "2026-01-12"},
        [("F10.20", "Alcohol dependence, uncomplicated", True),
         ("F13.20", "Sedative, hypnotic or anxiolytic dependence, uncomplicated", False)],
        [{"text": "Problem 1 (alcohol and benzodiazepine use): Marisol will remain abstinent and complete the "
                  "inpatient phase.", "due": "2026-02-09",
          "objectives": [{"text": "Negative breath alcohol and urine toxicology on all tests during the stay.",
                          "due": "2026-02-09"},
                         {"text": "Complete a written relapse prevention plan with 5 high-risk situations.",
                          "due": "2026-01-30"}]},
         {"text": "Problem 2 (anxiety without benzodiazepines): use 2 non-drug anxiety skills daily, per group "
                  "check-in log.", "due": "2026-02-06"},
         {"text": "Problem 3 (continuing care): attend an outpatient intake appointment scheduled before "
                  "discharge.", "due": "2026-02-09"}],
        [{"text": "Individual counseling (CASAC)", "freq_text": "2x/week", "amount_text": "45 minutes",
          "start": "2026-01-16", "end": "2026-02-09", "period": (0.5, "wk")},
         {"text": "Group counseling (CBT, relapse prevention, DBT skills)", "freq_text": "daily",
          "start": "2026-01-16", "end": "2026-02-09", "period": (1, "d")},
         {"text": "Medical management of benzodiazepine taper (physician)", "freq_text": "daily",
          "start": "2026-01-16", "end": "2026-01-30", "period": (1, "d")},
         {"text": "Family session", "freq_text": "1x/week", "start": "2026-01-16", "end": "2026-02-09",
          "period": (1, "wk")}],
        ["Admitted to inpatient rehabilitation 01/12/2026. Treatment plan completed 01/16/2026 by the responsible "
         "clinical staff member, Tomas Rivera-Bell, CASAC.",
         "Reviewed and signed by the physician, Ruth Ellingsen, MD, on 01/20/2026."])
    (OUT / f).write_text(xml, encoding="utf-8")
    label(f, "base-treatment-plan", "2026-02-01", states=["ny-oasas-818"],
          notes="Clean. C-CDA Care Plan: admission as the encompassing encounter (01/12/2026), plan 4 days later "
                "signed by the CASAC (authenticator), physician legal authenticator 8 days after admission.")


# =============================================================================================
# authcheck native YAML
# =============================================================================================

@builder
def p26():
    f = "b5_26_slp_native.yaml"
    text = f"""schema: authcheck-plan/1
# Exported from the clinic's scheduling system; hand-checked.
patient:
  name: Howard Pemberton
  birth_date: 1944-01-15
  member_id: 5UC9FA2TK71
payer: Medicare Part B
discipline: slp
providers:
  - {{name: Celeste Amari, credential: "MS, CCC-SLP", npi: "{npi('163742085')}", role: treating therapist, organization: Lakeside Speech & Swallowing}}
  - {{name: David Koenig, credential: MD, npi: "{npi('198264031')}", role: certifying physician}}
first_treatment_date: 2026-01-27
plan_date: 2026-01-27
period: {{start: 2026-01-27, end: 2026-04-26}}
expected_duration: 10 weeks
presenting_problem: >-
  Non-fluent aphasia after a left MCA stroke on 12/02/2025; word-finding failures in conversation, reduced
  auditory comprehension of multi-step commands. WAB-R Aphasia Quotient 58.
diagnoses:
  - {{code: I69.320, description: Aphasia following cerebral infarction, primary: true}}
problems:
  - statement: Expressive and receptive aphasia limiting conversation with family and the phone
    goals:
      - statement: Howard will name common objects and people in conversation well enough to talk with his wife
          and on the phone.
        target_date: 2026-04-06
        objectives:
          - statement: Name 20 common objects in pictures with 80% accuracy given a phonemic cue (baseline 35%).
            target_date: 2026-03-02
          - statement: Follow 2-step spoken commands with 90% accuracy (baseline 60%).
            target_date: 2026-03-16
          - statement: Make a 3-minute phone call to his daughter, conveying 3 of 3 planned messages.
            target_date: 2026-04-06
services:
  - {{code: "92507", description: "Treatment of speech, language, voice, communication disorder", amount: 45 minutes, frequency: 2x/week, duration: 10 weeks}}
interventions:
  - {{description: Semantic feature analysis and phonemic cueing hierarchy; script training for phone calls; home practice with spouse}}
reviews:
  - {{kind: recertification, date: 2026-04-26, completed: false}}
signatures:
  - {{role: clinician, name: Celeste Amari, credential: "MS, CCC-SLP", date: 2026-01-27, method: electronic}}
  - {{role: physician, name: David Koenig, credential: MD, date: 2026-02-03, method: electronic}}
"""
    (OUT / f).write_text(text, encoding="utf-8")
    label(f, "medicare-outpatient-therapy", "2026-02-15",
          notes="Clean. authcheck YAML: certification 7 days after the first treatment, period 89 days, "
                "recertification scheduled at the period end.")


@builder
def p53():
    f = "b5_53_ca_ntp_native.yaml"
    text = f"""schema: authcheck-plan/1
patient:
  name: Diego Armando Sepulveda
  birth_date: 1983-11-30
  member_id: 94820173C
payer: Medi-Cal
discipline: sud
program: Narcotic treatment program (methadone maintenance)
providers:
  - {{name: Kalani Brooks, credential: CADC-II, role: primary counselor, organization: Central Valley NTP}}
  - {{name: Paulette Serrano, credential: LAADC, role: supervising counselor}}
  - {{name: Anil Mehta, credential: MD, npi: "{npi('176630912')}", role: medical director}}
admission_date: 2025-10-01
plan_date: 2025-10-24
diagnoses:
  - {{code: F11.20, description: "Opioid dependence, uncomplicated", primary: true}}
  - {{code: F17.210, description: "Nicotine dependence, cigarettes, uncomplicated"}}
problems:
  - statement: Daily fentanyl use for 3 years; two non-fatal overdoses
    goals:
      - statement: Diego will be stable on methadone and free of illicit opioids.
        objectives:
          - statement: Urine drug tests negative for fentanyl on 4 consecutive weekly tests.
            target_date: 2025-12-19
          - statement: Reach a stable methadone dose with COWS under 5 on 5 consecutive dosing days.
            target_date: 2025-11-21
  - statement: Unemployed, no driver's license
    goals:
      - statement: Diego will start a vocational program.
        objectives:
          - statement: Attend 4 sessions of the county job-readiness program.
            target_date: 2026-01-16
interventions:
  - {{description: Daily observed methadone dosing, frequency: daily}}
  - {{description: Individual counseling, amount: 50 minutes, frequency: 2x/month}}
  - {{description: Vocational referral and case management, frequency: monthly}}
reviews:
  - {{kind: review, date: 2026-01-20, completed: false}}
signatures:
  - {{role: client, name: Diego Armando Sepulveda, date: 2025-10-24}}
  - {{role: clinician, name: Kalani Brooks, credential: CADC-II, date: 2025-10-24}}
  - {{role: supervisor, name: Paulette Serrano, credential: LAADC, date: 2025-10-30}}
  - {{role: physician, name: Anil Mehta, credential: MD, date: 2025-11-24}}
"""
    (OUT / f).write_text(text, encoding="utf-8")
    label(f, "base-treatment-plan", "2025-12-15", states=["ca-title9-ntp"],
          must_report=[["review-interval-exceeded"], ["signature-late"]],
          notes="authcheck YAML. Gaps: the first plan update is set for 01/20/2026, 111 days after admission "
                "(limit 92); the medical director countersigned on 11/24/2025, 31 days after the plan (limit 14). "
                "The supervising counselor signed in time.")


# =============================================================================================
# main
# =============================================================================================

# Timing facts the labels rely on: (plan, what, from, to, expected days).
TIMING = [
    ("04", "plan age on the as-of date", "2024-10-02", "2026-01-20", 475),
    ("12", "intake to plan", "2025-10-01", "2025-11-14", 44),
    ("11", "intake to plan", "2026-01-05", "2026-01-27", 22),
    ("14", "intake to plan", "2025-12-29", "2026-01-15", 17),
    ("15", "intake to plan", "2026-02-02", "2026-02-20", 18),
    ("16", "certification period", "2026-01-08", "2026-04-07", 89),
    ("18", "first treatment to certification", "2026-01-12", "2026-03-02", 49),
    ("22", "certification period", "2026-01-14", "2026-04-13", 89),
    ("24", "certification period", "2025-10-06", "2025-12-31", 86),
    ("27", "certification period", "2026-01-20", "2026-05-19", 119),
    ("28", "certification period", "2026-01-10", "2026-03-10", 59),
    ("30", "plan of care period", "2026-01-05", "2026-04-04", 89),
    ("31", "certification period", "2025-10-31", "2025-12-29", 59),
    ("34", "plan to review", "2026-01-05", "2026-06-19", 165),
    ("35", "assessment age at the plan date", "2024-09-18", "2026-01-08", 477),
    ("37", "plan to review", "2025-12-22", "2026-06-15", 175),
    ("39", "plan to review", "2026-02-02", "2026-11-02", 273),
    ("44", "admission to plan", "2026-01-06", "2026-01-16", 10),
    ("45", "admission to plan", "2025-11-03", "2025-11-19", 16),
    ("45", "plan to QP countersignature", "2025-11-19", "2025-12-05", 16),
    ("47", "admission to physician signature", "2026-01-12", "2026-01-20", 8),
    ("48", "admission to physician signature", "2025-11-14", "2025-12-01", 17),
    ("49", "admission to plan", "2026-02-02", "2026-02-11", 9),
    ("53", "admission to first review", "2025-10-01", "2026-01-20", 111),
    ("53", "plan to medical director signature", "2025-10-24", "2025-11-24", 31),
    ("54", "admission to first review", "2026-01-05", "2026-04-03", 88),
    ("55", "admission to plan", "2025-09-02", "2025-10-15", 43),
    ("55", "admission to first review", "2025-09-02", "2025-11-28", 87),
]


def main() -> None:
    for plan, what, a, b, expected in TIMING:
        assert days(a, b) == expected, (plan, what, days(a, b))
    for fn in BUILDERS:
        fn()
    files = [p["file"] for p in PLANS]
    assert len(files) == len(set(files)), "duplicate file names"
    for name in files:
        assert (OUT / name).exists(), name
    PLANS.sort(key=lambda p: p["file"])
    (OUT / "labels.json").write_text(json.dumps(PLANS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for name in files:
        ext = name.rsplit(".", 1)[1]
        counts[ext] = counts.get(ext, 0) + 1
    clean = sum(1 for p in PLANS if not p["must_report"])
    print(f"{len(PLANS)} plans {counts}; clean {clean}, with gaps {len(PLANS) - clean}")


if __name__ == "__main__":
    main()
