"""Generate blind test set 5: invented treatment plans with reviewer labels.

Held-out measurement set. Every patient, clinician, organisation, NPI and member ID is invented.
Written blind: without looking at authcheck's source, tests, examples or other blind sets; labels
follow docs/reference/profiles.md as a careful reviewer reads it.

Run:  .venv/bin/python tests/data/blind_plans_5/make_plans.py
Writes the plans and labels.json next to this file.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import os
import random
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

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


def us_short(s: str) -> str:
    d = D(s)
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def us_nopad(s: str) -> str:
    d = D(s)
    return f"{d.month}/{d.day}/{d.year}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def long(s: str) -> str:
    d = D(s)
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def abbr(s: str) -> str:
    d = D(s)
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def dmy(s: str) -> str:
    d = D(s)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


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
    RUNS(doc, [("RE: ", "b"), "Theodore Amundsen   DOB 3/22/1951   Medicare ID 4RF7JK2PL93"])
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
        ["Medicare ID", "1AB7-CD3-EF90", "Start of care / eval", "01/20/2026"],
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
