"""Generate the blind end-to-end plan set (DOCX, FHIR R4, C-CDA, authcheck YAML) and labels.json.

Written blind: without reading authcheck's implementation, reader fixtures or examples. Every
patient, clinician, organisation and identifier is invented. Expectations are those of a careful
human reviewer who knows the profile requirements in docs/reference/profiles.md.

Run:  .venv/bin/python tests/data/blind_plans/make_plans.py
It rewrites every plan file and labels.json in this folder; the output is deterministic.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Inches
from lxml import etree

OUT = Path(__file__).resolve().parent
LABELS: list[dict] = []

# --------------------------------------------------------------------------------------------
# Identifiers and dates
# --------------------------------------------------------------------------------------------


def npi(base9: str) -> str:
    """A 10-digit NPI: base9 plus the Luhn check digit computed over the prefix 80840."""
    assert len(base9) == 9 and base9.isdigit()
    payload = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch)
        if i % 2 == 0:  # the digit next to the (future) check digit is doubled
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return base9 + str((10 - total % 10) % 10)


def bad_npi(base9: str) -> str:
    """An NPI-shaped number whose check digit is wrong (a transposition-style typo)."""
    good = npi(base9)
    wrong = (int(good[-1]) + 3) % 10
    return base9 + str(wrong)


assert npi("123456789") == "1234567893"  # the CMS worked example


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def days(a: str, b: str) -> int:
    """Calendar days from a to b."""
    return (d(b) - d(a)).days


def us(s: str) -> str:
    """01/05/2026"""
    x = d(s)
    return f"{x.month:02d}/{x.day:02d}/{x.year}"


def us_short(s: str) -> str:
    """1/5/26"""
    x = d(s)
    return f"{x.month}/{x.day}/{x.year % 100:02d}"


def long_date(s: str) -> str:
    """January 5, 2026"""
    x = d(s)
    return f"{x.strftime('%B')} {x.day}, {x.year}"


def abbr_date(s: str) -> str:
    """Jan 5, 2026"""
    x = d(s)
    return f"{x.strftime('%b')} {x.day}, {x.year}"


def euro_long(s: str) -> str:
    """5 January 2026"""
    x = d(s)
    return f"{x.day} {x.strftime('%B')} {x.year}"


def dmy_mon(s: str) -> str:
    """05-Jan-2026"""
    x = d(s)
    return f"{x.day:02d}-{x.strftime('%b')}-{x.year}"


def add(s: str, n: int) -> str:
    return (d(s) + dt.timedelta(days=n)).isoformat()


# --------------------------------------------------------------------------------------------
# Profiles: the finding kinds each can raise at error or warning (docs/reference/profiles.md)
# --------------------------------------------------------------------------------------------

BASE_KINDS = {
    "field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
    "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid",
}
PROFILE_KINDS = {
    "base-treatment-plan": set(),
    "medicare-psychotherapy": {
        "credential-missing", "signature-missing", "duration-exceeds-limit", "duration-missing",
        "goal-not-measurable", "goal-missing", "intervention-missing", "objective-not-measurable",
        "objective-not-time-bound", "plan-outdated", "amount-missing", "frequency-missing",
    },
    "medicare-outpatient-therapy": {
        "signature-missing", "duration-missing", "goal-not-measurable", "goal-missing",
        "intervention-missing", "credential-not-permitted", "signature-late", "plan-late",
        "review-interval-exceeded", "review-overdue", "frequency-missing",
    },
    "medicare-home-health": {
        "duration-missing", "goal-not-measurable", "goal-missing", "intervention-missing",
        "credential-not-permitted", "signature-missing", "review-interval-exceeded",
        "review-overdue", "frequency-missing",
    },
    "commercial-aba": {
        "assessment-missing", "assessment-outdated", "caregiver-goal-missing", "signature-missing",
        "diagnosis-not-covered", "duration-exceeds-limit", "baseline-missing",
        "goal-not-measurable", "goal-missing", "goal-not-time-bound", "review-date-missing",
        "review-interval-exceeded", "amount-missing",
    },
    "pa-55-5200": {
        "field-missing", "plan-late", "signature-missing", "duration-missing", "goal-missing",
        "intervention-missing", "objective-missing",
    },
    "ny-oasas-818": {
        "field-missing", "signature-missing", "diagnosis-missing", "goal-missing",
        "intervention-missing", "signature-late", "plan-late",
    },
    "fl-65d-30": {
        "field-missing", "signature-missing", "goal-missing", "intervention-missing",
        "objective-not-measurable", "objective-missing", "objective-not-time-bound", "plan-late",
        "frequency-missing", "signature-late",
    },
    "ca-title9-ntp": {
        "field-missing", "signature-missing", "goal-missing", "objective-missing",
        "objective-not-time-bound", "signature-late", "plan-late", "review-date-missing",
        "review-interval-exceeded", "review-overdue",
    },
    "tx-26tac-564": {
        "signature-missing", "duration-missing", "goal-missing", "intervention-missing",
        "objective-not-measurable", "objective-missing", "objective-not-time-bound",
        "frequency-missing",
    },
}


def record(file: str, payer: str, as_of: str, gaps: list[list[str]], notes: str,
           states: tuple[str, ...] = (), unsure: tuple[str, ...] = (), layout: str = "",
           discipline: str = "") -> None:
    """Add one labels.json entry.

    must_not_report = every kind the selected profiles can raise, minus the kinds of the
    deliberate gaps, minus `unsure` (kinds a careful reviewer could argue either way).
    """
    check_with = ["--payer", payer]
    for s in states:
        check_with += ["--state", s]
    check_with += ["--as-of", as_of]
    kinds = set(BASE_KINDS)
    for p in (payer, *states):
        kinds |= PROFILE_KINDS[p]
    gap_kinds = {k for g in gaps for k in g}
    for k in gap_kinds | set(unsure):
        assert k in kinds or k in {"goal-not-time-bound"}, (file, k)
    must_not = sorted(kinds - gap_kinds - set(unsure))
    LABELS.append({
        "file": file,
        "check_with": check_with,
        "must_report": gaps,
        "must_not_report": must_not,
        "notes": notes,
        "_layout": layout,
        "_discipline": discipline,
    })


# --------------------------------------------------------------------------------------------
# DOCX helpers
# --------------------------------------------------------------------------------------------


def new_doc(font: str = "Calibri", size: float = 10.5, landscape: bool = False) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.7)
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    core = doc.core_properties
    core.author = "Plan template"
    core.created = dt.datetime(2026, 1, 1, 8, 0, 0)
    core.modified = dt.datetime(2026, 1, 1, 8, 0, 0)
    core.last_modified_by = "Plan template"
    return doc


def shade(cell, fill: str = "D9D9D9") -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def cell_text(cell, text, bold: bool = False, size: float | None = None, italic: bool = False):
    """Write text into a cell; a list writes one paragraph per item (a multi-line cell)."""
    lines = text if isinstance(text, list) else [text]
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        if isinstance(line, tuple):  # (label, value) with a bold label
            r = p.add_run(line[0])
            r.bold = True
            if size:
                r.font.size = Pt(size)
            r2 = p.add_run(line[1])
            if size:
                r2.font.size = Pt(size)
            continue
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def table(doc, rows: int, cols: int, style: str | None = "Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    if style:
        t.style = doc.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t


def widths(t, inches: list[float]) -> None:
    for row in t.rows:
        for i, w in enumerate(inches):
            if i < len(row.cells):
                row.cells[i].width = Inches(w)


def para(doc_or_cell, text: str = "", bold: bool = False, italic: bool = False,
         size: float | None = None, style: str | None = None, align=None, underline=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def labelled(doc_or_cell, label: str, value: str, style: str | None = None):
    """A paragraph with a bold run then a plain run."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(value)
    return p


def runs(doc_or_cell, parts: list[tuple[str, str]], style: str | None = None):
    """A paragraph of formatted runs: parts are (text, flags) with flags in 'b', 'i', 'u'."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for text, flags in parts:
        r = p.add_run(text)
        r.bold = "b" in flags
        r.italic = "i" in flags
        r.underline = "u" in flags
    return p


def banner(doc, text: str, fill: str = "1F3864", color: str = "FFFFFF", size: float = 11):
    """A one-cell shaded table used as a section bar (no Word heading style)."""
    t = table(doc, 1, 1)
    c = t.rows[0].cells[0]
    shade(c, fill)
    r = c.paragraphs[0].add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor.from_string(color)
    return t


def checkbox_run(paragraph, checked: bool, label: str, sdt: bool = False) -> None:
    """A checkbox followed by its label: a glyph, or a Word content-control checkbox."""
    glyph = "\u2612" if checked else "\u2610"
    if not sdt:
        r = paragraph.add_run(glyph)
        r.font.name = "MS Gothic"
        paragraph.add_run(" " + label + "   ")
        return
    w14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    sdt_el = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    cb = etree.SubElement(pr, f"{{{w14}}}checkbox")
    ch = etree.SubElement(cb, f"{{{w14}}}checked")
    ch.set(f"{{{w14}}}val", "1" if checked else "0")
    cs = etree.SubElement(cb, f"{{{w14}}}checkedState")
    cs.set(f"{{{w14}}}val", "2612")
    cs.set(f"{{{w14}}}font", "MS Gothic")
    us_ = etree.SubElement(cb, f"{{{w14}}}uncheckedState")
    us_.set(f"{{{w14}}}val", "2610")
    us_.set(f"{{{w14}}}font", "MS Gothic")
    sdt_el.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    fonts = OxmlElement("w:rFonts")
    fonts.set(qn("w:ascii"), "MS Gothic")
    fonts.set(qn("w:hAnsi"), "MS Gothic")
    fonts.set(qn("w:eastAsia"), "MS Gothic")
    rpr.append(fonts)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = glyph
    r.append(t)
    content.append(r)
    sdt_el.append(content)
    paragraph._p.append(sdt_el)
    paragraph.add_run(" " + label + "   ")


def outline_numbering(doc, formats=("upperRoman", "upperLetter", "decimal"),
                      texts=("%1.", "%2.", "%3.")) -> int:
    """Define a multilevel list in numbering.xml and return its numId (real Word numbering)."""
    numbering = doc.part.numbering_part.element
    existing = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    abs_id = max(existing, default=0) + 10
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    absn.append(mlt)
    for lvl_i, (fmt, txt) in enumerate(zip(formats, texts)):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(lvl_i))
        start = OxmlElement("w:start")
        start.set(qn("w:val"), "1")
        lvl.append(start)
        nf = OxmlElement("w:numFmt")
        nf.set(qn("w:val"), fmt)
        lvl.append(nf)
        lt = OxmlElement("w:lvlText")
        lt.set(qn("w:val"), txt)
        lvl.append(lt)
        jc = OxmlElement("w:lvlJc")
        jc.set(qn("w:val"), "left")
        lvl.append(jc)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(360 + 360 * lvl_i))
        ind.set(qn("w:hanging"), "360")
        ppr.append(ind)
        lvl.append(ppr)
        absn.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    nums = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    num_id = max(nums, default=0) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    num.append(an)
    numbering.append(num)
    return num_id


def numbered(doc, text: str, num_id: int, level: int, bold: bool = False):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(level))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    r = p.add_run(text)
    r.bold = bold
    return p


def footer_text(doc, lines: list[str], size: float = 8) -> None:
    f = doc.sections[0].footer
    first = f.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else f.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(size)


def header_text(doc, lines: list[str], size: float = 8, bold_first: bool = True) -> None:
    h = doc.sections[0].header
    first = h.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else h.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(size)
        r.bold = bold_first and i == 0


def save(doc, name: str) -> str:
    """Save, then rewrite the zip with fixed timestamps so the output is byte-for-byte stable."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT / name, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return name


# ============================================================================================
# Psychotherapy (DOCX)
# ============================================================================================


def psy01() -> None:
    """Two-column form: labels in shaded cells, values to their right. Clean."""
    name = "psy01_shaded_twocol_gad.docx"
    plan, as_of = "2026-01-14", "2026-03-02"
    doc = new_doc()
    para(doc, "HARBORLINE COUNSELING ASSOCIATES", bold=True, size=13, align="center")
    para(doc, "212 Fore Street, Suite 4 \u2022 Portland, ME 04101 \u2022 (207) 555-0148", size=9,
         align="center")
    para(doc, "Individual Treatment Plan", bold=True, size=12, align="center")

    def form(rows):
        t = table(doc, len(rows), 2)
        for i, (lab, val) in enumerate(rows):
            shade(t.rows[i].cells[0], "D9E2F3")
            cell_text(t.rows[i].cells[0], lab, bold=True)
            cell_text(t.rows[i].cells[1], val)
        widths(t, [2.0, 5.0])
        doc.add_paragraph()
        return t

    form([
        ("Client name", "Corinne Abernathy-Vale"),
        ("Date of birth", "04/22/1957"),
        ("Insurance", "Medicare Part B"),
        ("Medicare number (MBI)", "6TQ3JX8RM42"),
        ("Treatment plan date", us(plan)),
        ("Treating clinician", "Ingrid Solberg, LCSW"),
        ("Clinician NPI", npi("174829365")),
    ])
    form([
        ("Diagnosis (ICD-10-CM)", "F41.1  Generalized anxiety disorder (primary)"),
        ("Presenting concerns",
         "Daily uncontrollable worry about health and finances since her husband's stroke in 2025, "
         "muscle tension, poor sleep (4-5 hours), and withdrawal from volunteering and church. "
         "GAD-7 = 16 at intake on 01/07/2026."),
    ])
    form([
        ("Goal 1", "Reduce worry and physical tension enough to sleep and function day to day."),
        ("Objective 1.1", ["Reduce GAD-7 total score from 16 to 9 or below.",
                           "Target date: 04/15/2026"]),
        ("Objective 1.2", ["Practise diaphragmatic breathing or progressive muscle relaxation on at "
                           "least 5 of 7 days each week, as recorded in her self-monitoring log.",
                           "Target date: 03/15/2026"]),
        ("Interventions", "Cognitive behavioral therapy: worry exposure, cognitive restructuring of "
                          "catastrophic predictions, relaxation training; between-session homework."),
    ])
    form([
        ("Goal 2", "Return to valued social and volunteer activities."),
        ("Objective 2.1", ["Attend at least 2 library volunteer shifts per week for 4 consecutive "
                           "weeks.", "Target date: 06/15/2026"]),
        ("Objective 2.2", ["Complete 8 of the 10 steps of her avoidance hierarchy.",
                           "Target date: 06/30/2026"]),
        ("Interventions", "Behavioral activation and graded exposure to avoided situations."),
    ])
    form([
        ("Service", "Individual psychotherapy (CPT 90834)"),
        ("Session length", "45 minutes"),
        ("Frequency", "Once weekly"),
        ("Expected duration", "6 months (through 07/14/2026)"),
        ("Discharge criteria", "Objectives met and GAD-7 below 10 on two consecutive administrations."),
    ])
    para(doc, "Signatures", bold=True)
    t = table(doc, 3, 3)
    for j, h in enumerate(["Signer", "Signature", "Date"]):
        shade(t.rows[0].cells[j], "D9E2F3")
        cell_text(t.rows[0].cells[j], h, bold=True)
    cell_text(t.rows[1].cells[0], "Client")
    cell_text(t.rows[1].cells[1], "Corinne Abernathy-Vale")
    cell_text(t.rows[1].cells[2], us(plan))
    cell_text(t.rows[2].cells[0], "Clinician")
    cell_text(t.rows[2].cells[1], "Ingrid Solberg, LCSW")
    cell_text(t.rows[2].cells[2], us(plan))
    save(doc, name)
    record(name, "medicare-psychotherapy", as_of, [],
           "Clean. Two-column form with shaded label cells; objectives carry target dates in the "
           "value cell below the text; amount (45 minutes), frequency, duration (6 months) and CPT "
           "stated in separate rows; clinician signature with credential and date in a signature "
           "table.", layout="two-column shaded form", discipline="psychotherapy")


def psy02() -> None:
    """The whole plan in one big table; PA clinic; client signature line left blank."""
    name = "psy02_single_table_pa_blank_client_sig.docx"
    intake, plan, as_of = "2025-11-03", "2025-11-24", "2026-01-15"
    assert days(intake, plan) <= 30
    doc = new_doc(size=10)
    rows = [
        ("H", "CONESTOGA RIDGE BEHAVIORAL HEALTH CLINIC \u2014 OUTPATIENT TREATMENT PLAN"),
        ("R", "Individual", "Terrence Mwangi-Hollis", "DOB", "09/30/1968"),
        ("R", "Medicare ID", "2HJ5WE7TK19", "Record #", "CRB-11873"),
        ("R", "Intake date", us(intake), "Plan date", us(plan)),
        ("R", "Therapist", "Marcus Delacroix-Hale (LPC)", "NPI", npi("152873046")),
        ("H", "DIAGNOSES"),
        ("W", "F33.1 \u2014 Major depressive disorder, recurrent, moderate (primary)\n"
              "F41.1 \u2014 Generalized anxiety disorder"),
        ("H", "PROBLEM 1: Depressed mood, low energy, stopped working part-time in August 2025"),
        ("W", "Goal 1: Mr. Mwangi-Hollis will return to a stable daily routine including part-time work."),
        ("W", "Objective 1a: Reduce PHQ-9 score from 18 (intake) to 9 or lower by 03/24/2026.\n"
              "Objective 1b: Get out of bed by 8:00 a.m. on at least 5 days per week, per sleep log, "
              "by 01/31/2026.\n"
              "Objective 1c: Complete at least 3 job applications or employer contacts per week by "
              "02/28/2026."),
        ("H", "PROBLEM 2: Excessive worry and irritability"),
        ("W", "Goal 2: Manage worry so that it no longer leads to arguments at home."),
        ("W", "Objective 2a: Reduce GAD-7 score from 14 to 7 or lower by 04/24/2026.\n"
              "Objective 2b: Use a time-out and coping plan in at least 4 of 5 conflicts, per his "
              "weekly log, by 03/24/2026."),
        ("H", "TREATMENT MODALITIES / SERVICES"),
        ("R", "Individual psychotherapy (90837)", "53-60 minutes", "Frequency", "Weekly"),
        ("R", "Medication management with psychiatrist (99214)", "25 minutes", "Frequency",
         "Every 4 weeks"),
        ("R", "Expected duration of treatment", "6 months (to 05/24/2026)", "Next plan review",
         "02/23/2026"),
        ("H", "SIGNATURES"),
        ("R", "Therapist signature", "Marcus Delacroix-Hale (LPC)", "Date", us(plan)),
        ("R", "Psychiatrist approval", "Anjali Raman, M.D.", "Date", us(add(plan, 2))),
        ("R", "Individual's signature", "", "Date", ""),
    ]
    t = table(doc, len(rows), 4)
    for i, row in enumerate(rows):
        cells = t.rows[i].cells
        if row[0] == "H":
            m = cells[0].merge(cells[3])
            shade(m, "BFBFBF")
            cell_text(m, row[1], bold=True)
        elif row[0] == "W":
            m = cells[0].merge(cells[3])
            cell_text(m, row[1].split("\n"))
        else:
            cell_text(cells[0], row[1], bold=True)
            cell_text(cells[1], row[2])
            cell_text(cells[2], row[3], bold=True)
            cell_text(cells[3], row[4])
    widths(t, [2.2, 2.3, 1.2, 1.6])
    save(doc, name)
    record(name, "medicare-psychotherapy", as_of, [["signature-missing"]],
           "Whole plan in one 4-column table with merged full-width rows. Gap: the individual's "
           "(client's) signature row is blank (name and date empty); pa-55-5200 requires the "
           "individual's dated signature. Therapist (LPC) and psychiatrist (M.D.) signed; plan 21 "
           "days after intake.", states=("pa-55-5200",), layout="single big table",
           discipline="psychotherapy")


def psy03() -> None:
    """Unusual section headings; no session length anywhere."""
    name = "psy03_alt_headings_no_session_length.docx"
    plan, as_of = "2026-02-09", "2026-04-01"
    doc = new_doc(font="Cambria", size=11)
    para(doc, "Fenwick Psychological Services, PLLC", bold=True, size=14)
    para(doc, "4410 Excelsior Blvd, Minneapolis, MN 55416", size=9)
    doc.add_heading("Plan of Care \u2014 Outpatient Psychotherapy", level=1)
    labelled(doc, "Patient: ", "Ravi Castellano")
    labelled(doc, "Born: ", "February 11, 1955")
    labelled(doc, "Medicare Beneficiary Identifier: ", "8PW2-GN6-XE53")
    labelled(doc, "Date of plan: ", euro_long(plan))
    doc.add_heading("Clinical Formulation", level=2)
    para(doc, "Mr. Castellano is a 70-year-old retired machinist referred by his primary care "
              "physician for lifelong fear of scrutiny that worsened after retirement, when his "
              "structured contact with co-workers ended. He now avoids church, declines invitations "
              "from neighbours and leaves gatherings early. Liebowitz Social Anxiety Scale (LSAS) "
              "total was 84 at evaluation on 02/02/2026. He meets DSM-5 criteria for social anxiety "
              "disorder (social phobia); ICD-10-CM F40.10. No substance use disorder; no suicidal "
              "ideation.")
    doc.add_heading("Problems Identified", level=2)
    para(doc, "1. Avoidance of social situations and early departure from gatherings.")
    para(doc, "    Goal: Mr. Castellano will take part in community activities without leaving "
              "early because of anxiety.")
    para(doc, "2. Anticipatory anxiety and post-event rumination.")
    para(doc, "    Goal: Reduce anticipatory anxiety so that it no longer keeps him from accepting "
              "invitations.")
    doc.add_heading("Target Behaviors", level=2)
    para(doc, "For problem 1:")
    para(doc, "a) Initiate at least 3 conversations per week with neighbours or church members "
              "(by 04/30/2026).", style="List Paragraph")
    para(doc, "b) Attend the Tuesday men's breakfast group on at least 3 of 4 weeks each month, "
              "staying to the end (by 05/15/2026).", style="List Paragraph")
    para(doc, "For problem 2:")
    para(doc, "c) Reduce LSAS total score from 84 to below 60 (by 06/01/2026).",
         style="List Paragraph")
    para(doc, "d) Accept at least 2 social invitations per month without cancelling (by "
              "05/31/2026).", style="List Paragraph")
    doc.add_heading("Methods", level=2)
    para(doc, "Individual cognitive behavioral therapy for social anxiety: graded in-vivo "
              "exposure, cognitive restructuring of feared evaluations, attention training, and "
              "review of exposure homework. Sessions are held once weekly in the office.")
    doc.add_heading("Anticipated Discharge", level=2)
    para(doc, "Anticipated discharge in approximately 20 weeks (by 06/29/2026), when the target "
              "behaviors above are met.")
    doc.add_heading("Authorization Request", level=2)
    para(doc, "Individual psychotherapy: 20 sessions, one per week, 02/09/2026 through 06/29/2026.")
    doc.add_heading("Attestation", level=2)
    para(doc, "I attest that I personally evaluated this patient, that the services above are "
              "medically necessary, and that I developed this plan with the patient.")
    para(doc, "Priya Venkataraman, PsyD, Licensed Psychologist (MN #LP-60218)")
    para(doc, f"NPI {npi('139950274')}        Date: {us(plan)}")
    save(doc, name)
    record(name, "medicare-psychotherapy", as_of, [["amount-missing"]],
           "Headings: Clinical Formulation / Problems Identified / Target Behaviors / Methods / "
           "Anticipated Discharge / Authorization Request / Attestation. Goals sit inside "
           "'Problems Identified', objectives under 'Target Behaviors' with dates in brackets. "
           "Gap: the session length (amount) is never stated: Methods say weekly, the request "
           "says 20 sessions, no CPT code. Duration: 20 weeks / by 06/29/2026.",
           layout="alternative headings", discipline="psychotherapy")


def psy04() -> None:
    """Bulleted goals, sub-bullets for objectives; objectives have no dates; one is vague."""
    name = "psy04_bullets_undated_objectives.docx"
    plan, as_of = "2026-01-28", "2026-03-10"
    doc = new_doc(font="Arial", size=10)
    para(doc, "Lakeshore Integrated Behavioral Health", bold=True, size=13)
    para(doc, "Outpatient Psychotherapy \u2013 Treatment Plan", size=11)
    runs(doc, [("Client: ", "b"), ("Delphine Okonkwo-Reyes", ""), ("     DOB: ", "b"),
               ("07/19/1961", ""), ("     Medicare #: ", "b"), ("3CV8-TR5-HY62", "")])
    runs(doc, [("Plan date: ", "b"), (abbr_date(plan), ""), ("     Therapist: ", "b"),
               ("Samuel Ortiz-Brandt, LMFT", ""), ("     NPI: ", "b"), (npi("160427795"), "")])
    runs(doc, [("Diagnosis: ", "b"),
               ("F34.1 Persistent depressive disorder (dysthymia), late onset", "")])
    runs(doc, [("Presenting problem. ", "b"),
               ("Low mood most days for over three years, worse since her divorce was finalised "
                "in 2025; low energy, social withdrawal, hopelessness about the future. PHQ-9 = 15 "
                "on 01/21/2026.", "")])
    para(doc, "Goals and objectives", bold=True, size=11)
    para(doc, "Improve mood and day-to-day functioning.", style="List Bullet")
    para(doc, "Reduce PHQ-9 score from 15 to 9 or less.", style="List Bullet 2")
    para(doc, "Schedule and complete at least 3 pleasant or mastery activities per week, recorded "
              "in her activity diary.", style="List Bullet 2")
    para(doc, "Rebuild her support network.", style="List Bullet")
    para(doc, "Explore her feelings about the divorce and how they affect her relationship with "
              "her adult children.", style="List Bullet 2")
    para(doc, "Call or meet a friend or relative at least twice a week.", style="List Bullet 2")
    para(doc, "Interventions", bold=True, size=11)
    para(doc, "Cognitive behavioral therapy with behavioral activation and activity scheduling.",
         style="List Bullet")
    para(doc, "Grief-focused and emotion-focused work on the divorce.", style="List Bullet")
    para(doc, "Services", bold=True, size=11)
    para(doc, "Individual psychotherapy, CPT 90834 (45 minutes), every week. Expected duration of "
              "treatment: 6 months, then review.")
    para(doc, "")
    para(doc, "Signature: Samuel Ortiz-Brandt, LMFT                    Date: " + us(plan))
    para(doc, "Client: Delphine Okonkwo-Reyes                          Date: " + us(plan))
    save(doc, name)
    record(name, "medicare-psychotherapy", as_of,
           [["objective-not-time-bound"], ["objective-not-measurable"]],
           "Bulleted goals (List Bullet) with objectives as sub-bullets (List Bullet 2). Gaps: no "
           "objective (and no goal) has a target date or time frame; the objective 'Explore her "
           "feelings about the divorce...' names nothing measured and no level. Both goals are "
           "measurable through another objective. Both gaps are unverified requirements, so they "
           "must appear at warning.", layout="bullets with sub-bullets", discipline="psychotherapy")


def psy05() -> None:
    """Real Word multilevel numbering (I., A., 1.); PA clinic; F43.1 is a category."""
    name = "psy05_roman_outline_f431_category.docx"
    intake, plan, as_of = "2026-01-06", "2026-01-27", "2026-03-15"
    assert days(intake, plan) <= 30
    doc = new_doc(font="Times New Roman", size=11)
    para(doc, "ALLEGHENY FOOTHILLS COUNSELING CENTER", bold=True, align="center")
    para(doc, "Licensed Psychiatric Outpatient Clinic \u2014 Johnstown, PA", align="center", size=9)
    para(doc, "COMPREHENSIVE TREATMENT PLAN", bold=True, align="center")
    n = outline_numbering(doc)
    numbered(doc, "Identifying Information", n, 0, bold=True)
    numbered(doc, "Name: Lucinda Ferreira-Banks", n, 1)
    numbered(doc, "Date of birth: 03/05/1959", n, 1)
    numbered(doc, "Medicare ID: 5MK1AD7QN40", n, 1)
    numbered(doc, f"Intake date: {us(intake)}", n, 1)
    numbered(doc, f"Date of this plan: {us(plan)}", n, 1)
    numbered(doc, "Diagnosis", n, 0, bold=True)
    numbered(doc, "F43.1  Posttraumatic stress disorder (primary)", n, 1)
    numbered(doc, "Problems, Goals and Objectives", n, 0, bold=True)
    numbered(doc, "Problem: intrusive memories and nightmares after a 2024 home invasion. Goal: "
                  "Ms. Ferreira-Banks will sleep through the night and stop avoiding her own "
                  "neighbourhood.", n, 1)
    numbered(doc, "Reduce PCL-5 total score from 52 to below 33 by 04/27/2026.", n, 2)
    numbered(doc, "Reduce nightmares from 5 per week to 1 or fewer per week, per sleep diary, by "
                  "04/27/2026.", n, 2)
    numbered(doc, "Walk in her neighbourhood in daylight at least 3 times per week by 03/27/2026.",
             n, 2)
    numbered(doc, "Problem: isolation from family. Goal: restore regular contact with her sister "
                  "and grandchildren.", n, 1)
    numbered(doc, "Visit or host family at least twice a month by 05/27/2026.", n, 2)
    numbered(doc, "Treatment Modalities", n, 0, bold=True)
    numbered(doc, "Cognitive processing therapy, individual, 60-minute sessions (90837), once a "
                  "week.", n, 1)
    numbered(doc, "Medication management with the psychiatric CRNP, 20-minute visits, every 4 "
                  "weeks.", n, 1)
    numbered(doc, "Expected Duration", n, 0, bold=True)
    numbered(doc, "12 sessions of CPT, then re-assessment; anticipated total duration 6 months "
                  f"(through {us(add(plan, 181))}).", n, 1)
    numbered(doc, "Signatures", n, 0, bold=True)
    para(doc, f"Therapist:  Theo Barrientos, LCSW          Date: {us(plan)}")
    para(doc, f"Individual: Lucinda Ferreira-Banks          Date: {us(plan)}")
    para(doc, "Psychiatric approval (psychotherapy plan):  Grace Oyelaran, CRNP, PMHNP-BC   "
              f"Date: {us(add(plan, 2))}")
    save(doc, name)
    record(name, "medicare-psychotherapy", as_of, [["diagnosis-code-not-billable"]],
           "Outline with real Word auto-numbering (upperRoman / upperLetter / decimal levels in "
           "numbering.xml; the 'I.', 'A.', '1.' are not in the text). Gap: F43.1 is the PTSD "
           "subcategory, not a billable code (F43.10/.11/.12). F43.1 does exist in ICD-10-CM, so "
           "diagnosis-code-invalid would be a false alarm. Psychiatric approval by a CRNP "
           "(psychiatric NP: PMHNP-BC) satisfies pa-55-5200's psychiatrist/advanced practice "
           "approval.", states=("pa-55-5200",), layout="multilevel auto-numbered outline",
           discipline="psychotherapy")


def psy06() -> None:
    """County mental-health agency template with checkboxes (content controls and glyphs). Clean."""
    name = "psy06_county_checkbox_form.docx"
    intake, plan, as_of = "2025-12-01", "2025-12-19", "2026-02-20"
    doc = new_doc(font="Arial", size=9.5)
    para(doc, "SUSQUEHANNA VALLEY COUNTY MH/ID PROGRAM", bold=True, align="center", size=11)
    para(doc, "Outpatient Clinic \u2022 Individual Service Plan (ISP) \u2022 Form SV-OP-7 (rev. 03/2024)",
         align="center", size=8)
    t = table(doc, 3, 4)
    vals = [("Individual:", "Harold Pettibone-Ruiz", "Birth date:", "10/02/1958"),
            ("MA / Medicare ID:", "7RD4WK2PT85", "Case #:", "SV-2025-4471"),
            ("Admission date:", us(intake), "ISP date:", us(plan))]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, bold=(j % 2 == 0))
            if j % 2 == 0:
                shade(t.rows[i].cells[j], "EDEDED")
    para(doc, "")
    para(doc, "SECTION A \u2014 DIAGNOSES (DSM-5 / ICD-10-CM)", bold=True)
    t = table(doc, 3, 3)
    for j, h in enumerate(["Axis", "ICD-10-CM", "Diagnosis"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "EDEDED")
    for i, row in enumerate([("Primary", "F31.81", "Bipolar II disorder, current episode depressed"),
                             ("Medical", "I10", "Essential hypertension (per PCP)")], start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v)
    para(doc, "")
    para(doc, "SECTION B \u2014 GOALS AND OBJECTIVES", bold=True)
    t = table(doc, 7, 3)
    for j, h in enumerate(["", "Statement", "Target date"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "EDEDED")
    data = [
        ("Goal 1", "Stabilise mood so that Harold can keep his part-time job at the hardware store.", ""),
        ("Obj. 1.1", "Reduce QIDS-SR16 score from 17 to 10 or below.", "03/19/2026"),
        ("Obj. 1.2", "Track mood and sleep daily, completing the mood chart on at least 6 of 7 days.",
         "01/31/2026"),
        ("Goal 2", "Prevent relapse into a depressive or hypomanic episode.", ""),
        ("Obj. 2.1", "Identify 4 personal early-warning signs and write them into a relapse "
                     "prevention plan shared with his wife.", "02/19/2026"),
        ("Obj. 2.2", "Take prescribed mood stabiliser as directed on 90% of days, per pill organiser "
                     "check.", "03/19/2026"),
    ]
    for i, row in enumerate(data, start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, bold=(j == 0))
    widths(t, [0.9, 4.8, 1.2])
    para(doc, "")
    para(doc, "SECTION C \u2014 SERVICES", bold=True)
    p = para(doc, "")
    p.add_run("Modality: ").bold = True
    checkbox_run(p, True, "Individual psychotherapy")
    checkbox_run(p, False, "Group")
    checkbox_run(p, False, "Family")
    p = para(doc, "")
    p.add_run("Frequency: ").bold = True
    checkbox_run(p, False, "Twice weekly", sdt=True)
    checkbox_run(p, True, "Weekly", sdt=True)
    checkbox_run(p, False, "Every other week", sdt=True)
    checkbox_run(p, False, "Monthly", sdt=True)
    p = para(doc, "")
    p.add_run("Session length: ").bold = True
    checkbox_run(p, False, "30 min")
    checkbox_run(p, True, "45 min")
    checkbox_run(p, False, "60 min")
    p = para(doc, "")
    p.add_run("CPT: ").bold = True
    p.add_run("90834")
    p = para(doc, "")
    p.add_run("Expected duration of treatment: ").bold = True
    checkbox_run(p, False, "90 days")
    checkbox_run(p, True, "6 months")
    checkbox_run(p, False, "12 months")
    p = para(doc, "")
    p.add_run("Other services: ").bold = True
    p.add_run("Psychiatric medication management every 4-6 weeks with Dr. Adeyemi (separate plan).")
    para(doc, "")
    para(doc, "SECTION D \u2014 SIGNATURES", bold=True)
    para(doc, "My signature means I took part in writing this plan and agree with it.", italic=True,
         size=8)
    t = table(doc, 4, 3)
    for j, h in enumerate(["Role", "Signature / credentials", "Date"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "EDEDED")
    for i, row in enumerate([("Individual", "Harold Pettibone-Ruiz", us(plan)),
                             ("Mental health professional", "Rachel Bern, MA, LPC", us(plan)),
                             ("Psychiatrist (approval)", "Okonkwo Adeyemi, DO", us(add(plan, 4)))],
                            start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v)
    save(doc, name)
    record(name, "medicare-psychotherapy", as_of, [],
           "Clean. County agency ISP form: frequency ticked with Word content-control checkboxes "
           "(w14:checkbox, glyph inside w:sdt), modality, session length and duration ticked with "
           "plain \u2612/\u2610 glyphs (Weekly, 45 min, 6 months checked). Two-column goal/objective table "
           "with target dates in a third column. Plan 18 days after admission; individual, LPC and "
           "psychiatrist (DO) signed and dated.", states=("pa-55-5200",),
           layout="county form with checkboxes", discipline="psychotherapy")


def psy07() -> None:
    """Goals table with vertically merged problem/goal cells and multi-line cells; 12 months."""
    name = "psy07_merged_goal_table_12_months.docx"
    plan, as_of = "2026-01-08", "2026-02-25"
    doc = new_doc(landscape=True, size=9.5)
    para(doc, "Brightwater Anxiety & OCD Clinic \u2014 Treatment Plan", bold=True, size=13)
    t = table(doc, 2, 6)
    hdr = ["Patient", "DOB", "Medicare ID", "Plan date", "Clinician", "NPI"]
    val = ["Wendell Ashcroft-Nguyen", "12/14/1962", "4GT7HA3KW18", us_short(plan),
           "Beatriz Lindgren, Psy.D.", npi("188211640")]
    for j in range(6):
        cell_text(t.rows[0].cells[j], hdr[j], bold=True, size=8)
        shade(t.rows[0].cells[j], "E2EFDA")
        cell_text(t.rows[1].cells[j], val[j])
    para(doc, "")
    labelled(doc, "Diagnosis: ", "F42.2 Obsessive-compulsive disorder, mixed obsessional thoughts "
                               "and acts (DSM-5: OCD, with good or fair insight)")
    labelled(doc, "Treatment: ", "Exposure and response prevention (ERP), individual psychotherapy "
                                "CPT 90837, 60-minute sessions, once per week.")
    labelled(doc, "Estimated length of treatment: ",
             f"12 months ({us(plan)} \u2013 {us(add(plan, 365))})")
    para(doc, "")
    head = ["Problem", "Long-term goal", "Short-term objective", "Interventions", "Target date"]
    body = [
        ("Contamination obsessions; hand-washing and showering rituals (about 3 hours/day).",
         "Reduce rituals enough to work a full 8-hour shift.",
         ["Reduce Y-BOCS total from 29 to 15 or below.", "Measured: Y-BOCS every 4 weeks"],
         ["ERP hierarchy", "Cognitive therapy for inflated responsibility"], "07/08/2026"),
        None,
        None,
        ("Checking doors and appliances before leaving home.",
         "Leave home for work on time.",
         ["Leave the house within 10 minutes of the planned time on 5 of 5 workdays for 4 "
          "consecutive weeks.", "Measured: departure log"],
         ["ERP for checking", "Response-prevention contract"], "05/08/2026"),
    ]
    extra = [
        (["Reduce hand-washing to 8 or fewer times per day.", "Measured: daily ritual log"],
         ["ERP with in-session exposure", "Home practice 1 hour/day"], "04/08/2026"),
        (["Complete 10 of the 12 hierarchy exposures without ritualising."],
         ["Graded in-vivo exposure"], "06/08/2026"),
    ]
    t = table(doc, 5, 5)
    for j, h in enumerate(head):
        cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "E2EFDA")
    # rows 1-3: problem 1 (three objectives, problem and goal merged vertically)
    cell_text(t.rows[1].cells[0], body[0][0])
    cell_text(t.rows[1].cells[1], body[0][1])
    cell_text(t.rows[1].cells[2], body[0][2])
    cell_text(t.rows[1].cells[3], body[0][3])
    cell_text(t.rows[1].cells[4], body[0][4])
    for k, (obj, iv, tdate) in enumerate(extra, start=2):
        cell_text(t.rows[k].cells[2], obj)
        cell_text(t.rows[k].cells[3], iv)
        cell_text(t.rows[k].cells[4], tdate)
    t.rows[1].cells[0].merge(t.rows[3].cells[0])
    t.rows[1].cells[1].merge(t.rows[3].cells[1])
    p2 = body[3]
    for j in range(5):
        cell_text(t.rows[4].cells[j], p2[j])
    widths(t, [2.0, 2.0, 3.0, 2.0, 1.0])
    para(doc, "")
    t = table(doc, 2, 3)
    for j, h in enumerate(["Therapist signature", "Credentials", "Date"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
    cell_text(t.rows[1].cells[0], "Beatriz Lindgren")
    cell_text(t.rows[1].cells[1], "Psy.D., licensed psychologist")
    cell_text(t.rows[1].cells[2], us_short(plan))
    save(doc, name)
    record(name, "medicare-psychotherapy", as_of, [["duration-exceeds-limit"]],
           "Landscape goals table; problem and long-term-goal cells merged vertically over three "
           "objective rows; objective and intervention cells hold several paragraphs. Gap: "
           "estimated length of treatment is 12 months (01/08/2026-01/08/2027); the NGS article "
           "requires a duration of less than one year (strict). Signature name and credential "
           "are in separate cells of the signature table.", layout="goals table, merged cells",
           discipline="psychotherapy")


def psy08() -> None:
    """Narrative letter-style plan summary; the plan is more than a year old on the as-of date."""
    name = "psy08_narrative_letter_outdated.docx"
    plan, as_of = "2024-12-02", "2026-01-20"
    assert days(plan, as_of) > 365
    doc = new_doc(font="Georgia", size=11)
    para(doc, "WHITCOMBE PSYCHOLOGY GROUP", bold=True)
    para(doc, "88 East Avenue, Rochester, NY 14604", size=9)
    para(doc, "")
    para(doc, long_date(plan))
    para(doc, "")
    para(doc, "RE: Treatment Plan Summary \u2014 Eleanor Vasquez-Thorne (DOB 06/03/1950); Medicare "
              "ID 9QE2TN4RJ77", bold=True)
    para(doc, "")
    para(doc, "Ms. Vasquez-Thorne is a 74-year-old widowed former schoolteacher seen for a "
              "diagnostic evaluation on November 25, 2024. She meets DSM-5 criteria for major "
              "depressive disorder, recurrent episode, moderate (F33.1), with onset of the current "
              "episode after the death of her husband in the spring. Her PHQ-9 score at evaluation "
              "was 19. She denies suicidal intent and has the support of a daughter nearby.")
    para(doc, "The first goal of treatment is to relieve her depression so that she can again "
              "manage her home and her own appointments. Specifically, she will reduce her PHQ-9 "
              "score from 19 to below 10 by June 1, 2025, and she will walk outdoors for at least "
              "20 minutes on 4 or more days per week by March 31, 2025.")
    para(doc, "The second goal is to help her grieve and rebuild social contact. She will attend "
              "her parish grief support group at least twice a month by April 30, 2025, and will "
              "have lunch with a friend or relative at least once a week by May 31, 2025.")
    para(doc, "Treatment will consist of individual psychotherapy (CPT 90834) in 45-minute sessions "
              "once per week, using cognitive behavioral therapy with behavioral activation and "
              "grief-focused interventions, for an anticipated 9 months (through September 2, "
              "2025). Progress will be reviewed with the PHQ-9 monthly.")
    para(doc, "")
    para(doc, "Respectfully,")
    para(doc, "")
    para(doc, "Helena Marsh-Whitaker, Ph.D.")
    para(doc, "Licensed Clinical Psychologist, NY #019322")
    para(doc, f"NPI {npi('110395847')}")
    para(doc, "Signed " + long_date(plan))
    save(doc, name)
    record(name, "medicare-psychotherapy", as_of, [["plan-outdated"]],
           "Narrative letter: diagnosis, goals, objectives and services in prose paragraphs. Gap: "
           "plan dated December 2, 2024 with no later review recorded; on the as-of date "
           "2026-01-20 it is 414 days old (the NGS article accepts plans no older than one year). "
           "Everything else is present: 45-minute weekly 90834, 9 months, dated objectives, "
           "signature with credential and date.", layout="narrative letter",
           discipline="psychotherapy")


def psy09() -> None:
    """EHR print; diagnosis in words only; clinician signature date left blank."""
    name = "psy09_ehr_print_dx_no_code_undated.docx"
    plan, as_of = "2026-02-16", "2026-04-10"
    doc = new_doc(font="Consolas", size=9)
    para(doc, "PINECREST BEHAVIORAL MEDICINE            TX PLAN (v4)            Printed "
              + us(as_of), size=8)
    para(doc, "-" * 96, size=8)
    para(doc, "Pt: Gordon Baptiste-Lowell | DOB: 08/27/1956 | MRN: PBM-0048213 | "
              "Ins: Medicare Part B | Ins ID: 1WX6YF8CD29")
    para(doc, "Plan Dt: " + us(plan) + " | Provider: Jonah Feld, LICSW | NPI: " + npi("125590337"))
    para(doc, "-" * 96, size=8)
    para(doc, "Dx: Persistent depressive disorder (dysthymia), early onset, with anxious distress")
    para(doc, "CC: \"I've felt down for as long as I can remember.\" Low mood since adolescence, "
              "worse after retirement in 2024; anhedonia, poor concentration, worry. BDI-II 29.")
    para(doc, "Svc: Psychotherapy 60 min (90837) q week x 24 wks")
    para(doc, "Modalities: CBT (cognitive restructuring, behavioral activation); problem-solving "
              "therapy.")
    para(doc, "")
    para(doc, "GOAL 1  Decrease depressive symptoms.")
    t = table(doc, 3, 4)
    for j, h in enumerate(["Obj #", "Objective", "Target Dt", "Status"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
    for i, row in enumerate([("1.1", "Reduce BDI-II from 29 to 18 or below", "05/18/2026", "Open"),
                             ("1.2", "Complete 4 scheduled activities/wk (activity log)", "04/13/2026",
                              "Open")], start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v)
    para(doc, "GOAL 2  Reduce worry about health and money.")
    t = table(doc, 3, 4)
    for j, h in enumerate(["Obj #", "Objective", "Target Dt", "Status"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
    for i, row in enumerate([("2.1", "Reduce GAD-7 from 13 to 7 or below", "06/15/2026", "Open"),
                             ("2.2", "Use scheduled worry time on 5 of 7 days", "04/27/2026", "Open")],
                            start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v)
    para(doc, "")
    para(doc, "Clinician: Jonah Feld, LICSW    Signature: Jonah Feld, LICSW    Date: ____________")
    para(doc, "Patient:   Gordon Baptiste-Lowell  Signature: Gordon Baptiste-Lowell  Date: "
              + us(plan))
    save(doc, name)
    record(name, "medicare-psychotherapy", as_of,
           [["diagnosis-code-missing"], ["signature-missing"]],
           "Monospaced EHR print with pipe-separated header fields and abbreviations (Pt, Plan Dt, "
           "Dx, Svc, q week x 24 wks). Gaps: (1) the only diagnosis is written in words with no "
           "ICD-10-CM code; (2) the clinician's signature line has a blank date (clinician-"
           "signature-dated, reported at warning for this profile). The patient's signature is "
           "dated.", layout="EHR print, abbreviations", discipline="psychotherapy")


def psy10() -> None:
    """All-caps bold paragraph headings, services table, e-signature in the page footer. Clean."""
    name = "psy10_esig_footer_services_table.docx"
    plan, as_of = "2026-02-03", "2026-03-30"
    doc = new_doc(font="Calibri", size=10.5)
    header_text(doc, ["CEDAR HOLLOW COUNSELING, S.C.",
                      "1120 Regent St, Madison, WI 53715 \u2022 Tax ID 39-4418802"])
    para(doc, "TREATMENT PLAN", bold=True, size=14)
    para(doc, "CLIENT INFORMATION", bold=True)
    para(doc, "Priscilla Yamamoto-Greer, born 05/09/1963. Medicare Beneficiary ID 6AX9JM2UW47. "
              f"Plan established {us(plan)} following the diagnostic assessment of "
              f"{us(add(plan, -7))}.")
    para(doc, "DIAGNOSIS", bold=True)
    para(doc, "F43.23 \u2013 Adjustment disorder with mixed anxiety and depressed mood (primary)")
    para(doc, "PRESENTING PROBLEM", bold=True)
    para(doc, "Tearfulness, insomnia and conflict with her adult son since she became his "
              "daughter's full-time carer in October 2025. PHQ-9 = 13, GAD-7 = 12.")
    para(doc, "GOALS AND OBJECTIVES", bold=True)
    para(doc, "Goal A. Restore sleep and mood.")
    para(doc, "   A1. Sleep at least 6 hours on 5 of 7 nights, per sleep diary, by 04/03/2026.")
    para(doc, "   A2. Reduce PHQ-9 from 13 to 7 or less by 04/28/2026.")
    para(doc, "Goal B. Reduce conflict at home.")
    para(doc, "   B1. Hold a weekly 20-minute planning meeting with her son on at least 3 of 4 weeks "
              "by 04/28/2026.")
    para(doc, "   B2. Reduce arguments with her son from about 5 per week to 1 or fewer per week, per "
              "her log, by 04/28/2026.")
    para(doc, "SERVICES", bold=True)
    t = table(doc, 3, 5)
    for j, h in enumerate(["Service", "CPT", "Session length", "Frequency", "Duration"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "DDEBF7")
    for i, row in enumerate([("Individual psychotherapy (CBT, problem solving)", "90834", "45 min",
                              "1x/week", "12 weeks"),
                             ("Family psychotherapy with patient present", "90847", "50 min",
                              "1x/month", "12 weeks")], start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v)
    para(doc, "")
    para(doc, "The client took part in developing this plan and received a copy.", italic=True)
    footer_text(doc, [f"Signed electronically by Noor Haddad-Kim, PsyD on {us(plan)} at 14:22 CST. "
                      f"NPI {npi('197736102')}.",
                      "Confidential health information \u2014 42 CFR Part 2 / HIPAA. Page 1"])
    save(doc, name)
    record(name, "medicare-psychotherapy", as_of, [],
           "Clean. Section titles are bold all-caps paragraphs (no Word heading styles); "
           "practice letterhead in the page header; services table with CPT, session length, "
           "frequency and duration columns; the only clinician signature is an electronic "
           "signature line in the page footer ('Signed electronically by ..., PsyD on ...').",
           layout="caps headings, e-signature in footer", discipline="psychotherapy")


def psy11() -> None:
    """Header grid, goals table; signer without credential; NPI with a wrong check digit."""
    name = "psy11_no_credential_bad_npi.docx"
    plan, as_of = "2026-01-21", "2026-03-05"
    doc = new_doc(size=10)
    para(doc, "Tri-County Family Therapy Services", bold=True, size=13)
    para(doc, "Springfield, IL", size=9)
    t = table(doc, 3, 4)
    cells = [("Client", "Marisol Quintero", "Date of birth", "1/2/1958"),
             ("Medicare No.", "5HE7-KP3-WT21", "Plan date", us(plan)),
             ("Therapist", "Daniel Okafor", "Therapist NPI", bad_npi("167954832"))]
    for i, row in enumerate(cells):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, bold=(j % 2 == 0))
    para(doc, "")
    labelled(doc, "Diagnosis: ", "F40.01 Agoraphobia with panic disorder")
    labelled(doc, "Services: ", "90834 Psychotherapy, 45 minutes \u2014 1 session per week \u2014 16 weeks")
    labelled(doc, "Approach: ", "Panic control treatment (interoceptive exposure, cognitive "
                               "restructuring), in-vivo exposure to avoided places.")
    para(doc, "")
    t = table(doc, 6, 3)
    for j, h in enumerate(["Goal", "Objective", "Target date"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "F2F2F2")
    rows = [
        ("1. Fewer panic attacks", "Reduce panic attacks from 4 per week to 1 or fewer per week "
                                   "(panic diary).", "04/21/2026"),
        ("", "Reduce PDSS score from 17 to 8 or below.", "05/12/2026"),
        ("2. Go out alone", "Drive alone to the grocery store and shop for 20 minutes on 3 "
                            "occasions.", "04/07/2026"),
        ("", "Ride the city bus alone for 5 stops at least twice.", "05/12/2026"),
        ("", "Attend her grandson's school event and stay to the end.", "05/12/2026"),
    ]
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v)
    t.rows[1].cells[0].merge(t.rows[2].cells[0])
    t.rows[3].cells[0].merge(t.rows[5].cells[0])
    para(doc, "")
    t = table(doc, 3, 4)
    for j, h in enumerate(["Name", "Role", "Signature", "Date"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
    for i, row in enumerate([("Daniel Okafor", "Therapist", "Daniel Okafor", us(plan)),
                             ("Marisol Quintero", "Client", "Marisol Quintero", us(plan))], start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v)
    save(doc, name)
    record(name, "medicare-psychotherapy", as_of,
           [["credential-missing"], ["identifier-invalid"]],
           "Header grid, goals table with merged goal cells, signature table (Name / Role / "
           "Signature / Date). Gaps: (1) the therapist's name appears with no credential anywhere "
           "(signature and header); (2) the therapist NPI fails the Luhn check digit (warning). "
           "Objective 'Attend her grandson's school event and stay to the end' is an observable "
           "completion criterion, judged measurable.",
           unsure=("objective-not-measurable",), layout="header grid + goals table",
           discipline="psychotherapy")


# ============================================================================================
# Outpatient therapy: PT / OT / SLP (DOCX)
# ============================================================================================


def grid_box(cell, label: str, value, size_label: float = 7) -> None:
    """A form box: a small caps label on the first line, the value below it in the same cell."""
    r = cell.paragraphs[0].add_run(label.upper())
    r.font.size = Pt(size_label)
    r.bold = True
    for line in (value if isinstance(value, list) else [value]):
        cell.add_paragraph(line)


def pt01() -> None:
    """Certification form of boxes (label above value in each cell). Clean."""
    name = "pt01_grid_boxes_tka.docx"
    soc, cert_end, md_sig, as_of = "2026-01-12", "2026-04-10", "2026-01-20", "2026-03-01"
    assert days(soc, cert_end) <= 90 and days(soc, md_sig) <= 30
    doc = new_doc(size=9.5)
    para(doc, "RIVERBEND PHYSICAL THERAPY & SPORTS REHAB", bold=True, size=12, align="center")
    para(doc, "PLAN OF CARE / CERTIFICATION \u2014 MEDICARE PART B", bold=True, align="center")
    t = table(doc, 4, 3)
    grid_box(t.rows[0].cells[0], "Patient name", "Arlene Kucharski")
    grid_box(t.rows[0].cells[1], "Date of birth", "03/18/1952")
    grid_box(t.rows[0].cells[2], "Medicare ID (MBI)", "2NR5XK7FD33")
    grid_box(t.rows[1].cells[0], "Initial evaluation / 1st visit", us(soc))
    grid_box(t.rows[1].cells[1], "Plan of care date", us(soc))
    grid_box(t.rows[1].cells[2], "Certification period", f"{us(soc)} to {us(cert_end)}")
    grid_box(t.rows[2].cells[0], "Medical diagnosis",
             ["Z96.651 Presence of right artificial knee joint",
              "Z47.1 Aftercare following joint replacement surgery"])
    grid_box(t.rows[2].cells[1], "Treatment diagnosis",
             ["M25.661 Stiffness of right knee", "R26.89 Other abnormalities of gait"])
    grid_box(t.rows[2].cells[2], "Onset / surgery", "R TKA 12/29/2025")
    grid_box(t.rows[3].cells[0], "Referring physician", ["Lorenzo Estrada, MD",
                                                          "NPI " + npi("145220981")])
    grid_box(t.rows[3].cells[1], "Therapist", ["Kendra Liu, PT, DPT", "NPI " + npi("162207735")])
    grid_box(t.rows[3].cells[2], "Rehab potential", "Good")
    para(doc, "")
    t = table(doc, 1, 2)
    grid_box(t.rows[0].cells[0], "Frequency", "3x/week")
    grid_box(t.rows[0].cells[1], "Duration", "8 weeks (24 visits)")
    t = table(doc, 1, 1)
    grid_box(t.rows[0].cells[0], "Treatment / interventions (CPT)",
             ["97110 Therapeutic exercise; 97140 Manual therapy (patellar and tibiofemoral "
              "mobilisation); 97116 Gait training; 97530 Therapeutic activities; G0283 Electrical "
              "stimulation (unattended); home exercise program."])
    t = table(doc, 1, 1)
    grid_box(t.rows[0].cells[0], "Short-term goals (4 weeks)",
             ["1. Increase R knee flexion AROM from 85\u00b0 to at least 105\u00b0.",
              "2. Ambulate 300 ft with single-point cane, modified independent, on level "
              "surfaces.",
              "3. Decrease pain with stairs from 7/10 to 4/10 or less."])
    t = table(doc, 1, 1)
    grid_box(t.rows[0].cells[0], "Long-term goals (8 weeks)",
             ["1. R knee flexion at least 115\u00b0 and extension to 0\u00b0.",
              "2. Ascend/descend 12 steps with one rail, reciprocal pattern, independent.",
              "3. Improve LEFS from 28/80 to 55/80 or higher.",
              "4. Ambulate community distances (1,000 ft) without assistive device, independent."])
    para(doc, "")
    t = table(doc, 2, 2)
    grid_box(t.rows[0].cells[0], "Therapist signature / date",
             f"Kendra Liu, PT, DPT      {us(soc)}")
    grid_box(t.rows[0].cells[1], "Physician / NPP certification",
             "I certify the need for these services furnished under this plan of treatment while "
             "under my care.")
    m = t.rows[1].cells[0].merge(t.rows[1].cells[1])
    grid_box(m, "Physician signature / date", f"Lorenzo Estrada, MD      {us(md_sig)}")
    save(doc, name)
    record(name, "medicare-outpatient-therapy", as_of, [],
           "Clean. Form of boxes: each cell holds a small capitalised label on its first line and "
           "the value below. Plan date = first visit (evaluation); certification period 88 days; "
           "frequency 3x/week, duration 8 weeks; physician signed 8 days after the first visit; "
           "recertification end 04/10/2026 is after the as-of date.",
           layout="form of labelled boxes", discipline="pt")


def pt02() -> None:
    """Bold slash labels (Freq/Dur, Tx Dx); M54.5 no longer billable; late certification."""
    name = "pt02_slash_labels_m545_late_cert.docx"
    soc, cert_end, md_sig, as_of = "2026-01-13", "2026-04-12", "2026-03-09", "2026-03-20"
    assert days(soc, md_sig) > 30 and days(soc, cert_end) <= 90
    doc = new_doc(font="Arial", size=10)
    para(doc, "Summit Ridge Outpatient Rehab \u2014 PT Plan of Care", bold=True, size=12)
    runs(doc, [("Pt Name: ", "b"), ("Vernon Achterberg   ", ""), ("DOB: ", "b"),
               ("11/30/1949   ", ""), ("MBI: ", "b"), ("4FA2CT9MW61", "")])
    runs(doc, [("Eval/1st Tx: ", "b"), (us_short(soc) + "   ", ""), ("POC Date: ", "b"),
               (us_short(soc) + "   ", ""), ("Cert Period: ", "b"),
               (f"{us_short(soc)}-{us_short(cert_end)}", "")])
    runs(doc, [("Med Dx: ", "b"), ("M54.5 Low back pain   ", ""), ("Tx Dx: ", "b"),
               ("M62.81 Muscle weakness (generalized); R26.89 Other abnormalities of gait", "")])
    runs(doc, [("Hx/Subj: ", "b"),
               ("Chronic LBP x 2 yrs, worse since fall in 12/2025. Pain 6/10. Unable to stand > 10 "
                "min to cook. ODI 46%.", "")])
    runs(doc, [("Obj: ", "b"),
               ("Lumbar flexion 50% limited; hip abd 3+/5 bilat; 5xSTS 17.8 s; TUG 14.2 s.", "")])
    runs(doc, [("Freq/Dur: ", "b"), ("2x/wk x 8 wks", "")])
    runs(doc, [("Rx: ", "b"), ("TherEx 97110, NMR 97112, manual 97140, TA 97530, HEP", "")])
    para(doc, "STG (4 wks):", bold=True)
    para(doc, "1. Stand at counter 20 min to cook with pain 3/10 or less.")
    para(doc, "2. 5xSTS in 13 s or less.")
    para(doc, "LTG (8 wks):", bold=True)
    para(doc, "1. ODI improved from 46% to 24% or less.")
    para(doc, "2. TUG under 12 s without device.")
    para(doc, "3. Independent with HEP, 5 of 7 days/week per log.")
    para(doc, "")
    runs(doc, [("Therapist: ", "b"), ("Joaquin Medrano, PT   " + us_short(soc), "")])
    runs(doc, [("Physician/NPP certification: ", "b"),
               ("I have reviewed this plan and certify the need for services.", "")])
    runs(doc, [("Signature: ", "b"), ("Ruth Castellanos-Webb DO   ", ""), ("Date: ", "b"),
               (us_short(md_sig), ""), ("   NPI: ", "b"), (npi("103664728"), "")])
    save(doc, name)
    record(name, "medicare-outpatient-therapy", as_of,
           [["diagnosis-code-not-billable", "diagnosis-code-invalid"], ["signature-late"]],
           "Compact PT note with bold abbreviated labels (Eval/1st Tx, POC Date, Freq/Dur, Med Dx, "
           "Tx Dx, Rx) and short dates (1/13/26). Gaps: (1) M54.5 has not been billable since "
           "10/01/2021 (now M54.50/.51/.59); (2) the certifying DO signed 3/9/26, 55 days after "
           "the first treatment (limit 30; warning from 2025). Either coding kind is accepted for "
           "gap 1.", layout="bold inline abbreviated labels", discipline="pt")


def ot01() -> None:
    """Underlined headings, LTG/STG numbering; S52.531 without 7th character; 119-day cert."""
    name = "ot01_ltg_stg_s52531_long_cert.docx"
    soc, cert_end, cert_sig, as_of = "2026-01-05", "2026-05-04", "2026-01-12", "2026-02-10"
    assert days(soc, cert_end) > 90
    doc = new_doc(font="Calibri", size=10.5)
    para(doc, "Northgate Hand & Upper Extremity Therapy", bold=True, size=13)
    para(doc, "Occupational Therapy Plan of Care", size=11)
    para(doc, "Patient Information", underline=True, bold=True)
    para(doc, "Beatrix Holloway-Sand \u2022 DOB 1948-07-04 \u2022 Medicare 7HC3VR6NA52")
    para(doc, f"Start of care (initial evaluation): {us(soc)}.  Plan established: {us(soc)}.")
    para(doc, f"Certification: {us(soc)} through {us(cert_end)}.")
    para(doc, "Diagnoses", underline=True, bold=True)
    para(doc, "S52.531  Colles' fracture of right radius (ORIF 12/10/2025)")
    para(doc, "M25.631  Stiffness of right wrist")
    para(doc, "M79.641  Pain in right hand")
    para(doc, "Assessment", underline=True, bold=True)
    para(doc, "Right dominant wrist extension 25\u00b0, flexion 20\u00b0; grip 18 lb R vs 52 lb L; "
              "QuickDASH 61. Unable to open jars, fasten bra, or write more than a short note.")
    para(doc, "Plan", underline=True, bold=True)
    para(doc, "Frequency and duration: 2x/wk for 12 wks.")
    para(doc, "Interventions: 97110 therapeutic exercise, 97140 manual therapy, 97530 therapeutic "
              "activities, 97018 paraffin bath, 97760 orthotic management (static progressive "
              "wrist orthosis), home program.")
    para(doc, "Goals", underline=True, bold=True)
    para(doc, "LTG #1 (12 wks): Independent with all dressing fasteners and jar opening using R "
              "hand.")
    para(doc, "    STG 1a (6 wks): R wrist extension from 25\u00b0 to 50\u00b0 or more.")
    para(doc, "    STG 1b (6 wks): Fasten bra and buttons independently in under 2 minutes.")
    para(doc, "LTG #2 (12 wks): Grip strength R 35 lb or more; QuickDASH 30 or less.")
    para(doc, "    STG 2a (6 wks): Grip R from 18 lb to 26 lb.")
    para(doc, "    STG 2b (6 wks): Write a one-page letter legibly with pain 2/10 or less.")
    para(doc, "")
    para(doc, f"Isaac Feinberg, OTR/L   {us(soc)}")
    para(doc, f"Certifying practitioner: Hannah Vo, PA-C   Date signed: {us(cert_sig)}   "
              f"NPI {npi('117705513')}")
    save(doc, name)
    record(name, "medicare-outpatient-therapy", as_of,
           [["diagnosis-code-not-billable", "diagnosis-code-invalid"],
            ["review-interval-exceeded"]],
           "OT plan with underlined bold headings and indented LTG/STG lines carrying their time "
           "frames in brackets. Gaps: (1) S52.531 lacks its required 7th character (e.g. S52.531D); "
           "either coding kind is accepted; (2) certification period 01/05/2026-05/04/2026 is 119 "
           "days, longer than the 90 days Medicare allows before recertification. PA-C certified "
           "within 7 days.", layout="underlined headings, LTG/STG lines", discipline="ot")


def slp01() -> None:
    """Goals table: LTG cell merged over its STG rows; multi-line cells. Clean."""
    name = "slp01_merged_ltg_table_dysphagia.docx"
    soc, cert_end, cert_sig, as_of = "2026-02-02", "2026-04-30", "2026-02-09", "2026-03-15"
    assert days(soc, cert_end) <= 90
    doc = new_doc(size=10)
    para(doc, "Clearwater Speech-Language Pathology Associates", bold=True, size=12)
    para(doc, "Outpatient Speech-Language Pathology Plan of Treatment", size=11)
    t = table(doc, 4, 2, style=None)
    info = [("Patient: Ignatius Morrow", "Medicare ID: 5JK8EP3GU94"),
            ("Date of birth: 09/21/1944", f"Start of care / evaluation date: {us(soc)}"),
            (f"Plan of treatment date: {us(soc)}", f"Certification: {us(soc)} - {us(cert_end)}"),
            ("Referring: Maribel Santos, FNP-C", "Insurance: Medicare Part B")]
    for i, (a, b) in enumerate(info):
        cell_text(t.rows[i].cells[0], a)
        cell_text(t.rows[i].cells[1], b)
    para(doc, "")
    para(doc, "Diagnoses: I69.391 Dysphagia following cerebral infarction; R13.12 Dysphagia, "
              "oropharyngeal phase")
    para(doc, "Treatment: 92526 Treatment of swallowing dysfunction (compensatory strategies, "
              "effortful swallow, Masako, Shaker exercise, diet trials, caregiver education).")
    para(doc, "Frequency: 2 x per week        Duration: 8 weeks")
    para(doc, "")
    t = table(doc, 6, 3)
    for j, h in enumerate(["Long-term goal", "Short-term goals", "Baseline / target date"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "FFF2CC")
    rows = [
        (["LTG 1: Patient will safely consume a mechanical soft diet with thin liquids "
          "without signs of aspiration in 90% of meals observed.", "Target: 03/30/2026"],
         ["STG 1a: Use chin tuck with thin liquids in 9 of 10 trials with minimal cues."],
         ["Baseline: 4/10 trials", "by 03/02/2026"]),
        (None, ["STG 1b: Complete effortful swallow exercise 3 sets of 10 with 80% accuracy "
                "independently."], ["Baseline: 1 set with max cues", "by 03/02/2026"]),
        (None, ["STG 1c: Tolerate upgraded diet trials (mechanical soft) with cough in fewer "
                "than 1 of 10 bites."], ["Baseline: cough 4/10 bites on puree", "by 03/16/2026"]),
        (["LTG 2: Patient and wife will independently state and apply 4 of 4 safe-swallow "
          "strategies at meals.", "Target: 03/30/2026"],
         ["STG 2a: Wife will demonstrate correct liquid pacing and positioning in 3 consecutive "
          "meals."], ["Baseline: 0/3", "by 02/27/2026"]),
        (None, ["STG 2b: Patient will recall 3 of 4 strategies without written cues."],
         ["Baseline: 1/4", "by 03/09/2026"]),
    ]
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if v is not None:
                cell_text(t.rows[i].cells[j], v)
    t.rows[1].cells[0].merge(t.rows[3].cells[0])
    t.rows[4].cells[0].merge(t.rows[5].cells[0])
    widths(t, [2.6, 3.0, 1.5])
    para(doc, "")
    para(doc, f"Speech-language pathologist: Owen Pritchard, M.S., CCC-SLP    Date: {us(soc)}")
    para(doc, "I certify that these services are medically necessary and that the patient is under "
              "my care.")
    para(doc, f"Certifying practitioner: Maribel Santos, FNP-C    Date: {us(cert_sig)}    NPI: "
              f"{npi('130624498')}")
    save(doc, name)
    record(name, "medicare-outpatient-therapy", as_of, [],
           "Clean. Goals table: each LTG cell is merged vertically over its STG rows; cells hold "
           "several paragraphs (goal + 'Target:', 'Baseline:' + 'by' date). Patient info in a "
           "borderless 2-column table. Certified by a family nurse practitioner (FNP-C, an NP, "
           "permitted) 7 days after the evaluation; 87-day certification.",
           layout="goals table, merged LTG cells", discipline="slp")


def pt03() -> None:
    """Signature lines with underscores; certified by a chiropractor (not permitted)."""
    name = "pt03_underscore_sigs_chiropractor.docx"
    soc, cert_end, cert_sig, as_of = "2026-01-19", "2026-04-18", "2026-01-23", "2026-02-28"
    assert days(soc, cert_end) <= 90
    doc = new_doc(font="Verdana", size=9.5)
    para(doc, "LAKEVIEW SPINE & PHYSICAL THERAPY", bold=True, size=12)
    para(doc, "Initial Evaluation and Plan of Care", size=11)
    para(doc, "Name: Rosalind Teague          DOB: 05/30/1954          Medicare #: 3UP6KD9YH27")
    para(doc, f"Date of evaluation: {us(soc)}          Plan of care: {us(soc)}          "
              f"Certification period: {us(soc)} \u2013 {us(cert_end)}")
    para(doc, "Diagnosis codes: M54.50 Low back pain, unspecified; M54.16 Radiculopathy, lumbar "
              "region; M48.061 Spinal stenosis, lumbar, without neurogenic claudication")
    para(doc, "Referral source: Brent Kowalczyk, D.C. (Kowalczyk Family Chiropractic)")
    para(doc, "")
    para(doc, "Problem list", bold=True)
    para(doc, "Pain 7/10 with walking over 5 minutes; sit-to-stand requires UE push-off; ODI 52%; "
              "unable to walk to mailbox (200 ft) without rest.")
    para(doc, "Goals", bold=True)
    para(doc, "Short term (3 weeks): walk 400 ft without rest with pain 4/10 or less; perform "
              "sit-to-stand without UE support 5 times.")
    para(doc, "Long term (6 weeks): ODI 30% or less; walk 1,200 ft (community distance) "
              "independently; independent with home program.")
    para(doc, "Plan", bold=True)
    para(doc, "Therapeutic exercise (97110), neuromuscular re-education (97112), manual therapy "
              "(97140), gait training (97116), 3 times a week for 6 weeks.")
    para(doc, "")
    para(doc, "Therapist: ____________________________          Date: __________")
    para(doc, f"                 Colette Ambrose, PT, DPT                          {us(soc)}")
    para(doc, "")
    para(doc, "CERTIFICATION: I have reviewed this plan of care and certify that the services are "
              "medically necessary.")
    para(doc, "Physician / NPP: ____________________________          Date: __________")
    para(doc, f"                 Dr. Brent Kowalczyk, D.C.                         {us(cert_sig)}")
    para(doc, f"                 NPI {npi('198277014')}")
    save(doc, name)
    record(name, "medicare-outpatient-therapy", as_of, [["credential-not-permitted"]],
           "Signature blocks are underscore lines with the typed name and date on the line below. "
           "Gap: the plan's only certification is by a chiropractor (D.C.), who may not certify "
           "Medicare therapy plans. A reviewer might also call the certification missing, so "
           "signature-missing is not judged.", unsure=("signature-missing", "signature-late"),
           layout="underscore signature lines", discipline="pt")


def pt04() -> None:
    """Plan written 10 days after the evaluation; frequency but no duration."""
    name = "pt04_rx_paragraphs_plan_late_no_duration.docx"
    first, plan, cert_end, md_sig, as_of = ("2026-01-06", "2026-01-16", "2026-04-05",
                                            "2026-01-28", "2026-03-01")
    assert days(first, cert_end) <= 90 and days(first, md_sig) <= 30
    doc = new_doc(font="Calibri", size=10.5)
    para(doc, "Oak Terrace Hospital \u2014 Outpatient Therapy Services", bold=True, size=12)
    para(doc, "Physical Therapy Plan of Care", bold=True)
    labelled(doc, "Patient: ", "Cornelius Abara  (DOB 02/14/1941)")
    labelled(doc, "Medicare Beneficiary Identifier: ", "8TE4MW7KQ36")
    labelled(doc, "Initial evaluation (first treatment day): ", us(first))
    labelled(doc, "Plan of care date: ", us(plan))
    labelled(doc, "Certification period: ", f"{us(first)} to {us(cert_end)}")
    labelled(doc, "Diagnoses: ", "R26.81 Unsteadiness on feet; Z91.81 History of falling; "
                                "M62.81 Muscle weakness (generalized)")
    para(doc, "")
    para(doc, "Summary of evaluation: three falls in the past 6 months; Berg Balance Scale 38/56; "
              "TUG 19 s with rolling walker; gait speed 0.62 m/s; bilateral hip and knee extensor "
              "weakness 3+/5.")
    para(doc, "")
    labelled(doc, "Rx: ", "Therapeutic exercise 97110; neuromuscular re-education / balance "
                         "97112; gait training 97116; therapeutic activities 97530.")
    labelled(doc, "Frequency: ", "2x/week")
    para(doc, "")
    para(doc, "Goals", bold=True)
    para(doc, "1. Berg Balance Scale from 38/56 to 46/56 or higher by 03/06/2026.")
    para(doc, "2. TUG under 13.5 seconds with a single-point cane by 03/06/2026.")
    para(doc, "3. Gait speed 0.8 m/s or faster for community ambulation by 03/20/2026.")
    para(doc, "4. No falls reported during the plan period and independent with fall-prevention "
              "home program by 03/20/2026.")
    para(doc, "")
    para(doc, f"Therapist: Yusuf Brennan-Ali, PT     Signed {us(plan)}")
    para(doc, f"Physician certification: Alicia Brennan-Oduya, MD     Signed {us(md_sig)}")
    save(doc, name)
    record(name, "medicare-outpatient-therapy", as_of, [["plan-late"], ["duration-missing"]],
           "Labelled paragraphs with an 'Rx:' line. Gaps: (1) the plan of care is dated "
           "01/16/2026, 10 days after the evaluation / first treatment day (01/06/2026): not "
           "established before treatment (warning); (2) only a frequency (2x/week) is given: no "
           "number of weeks or visits. The certification period does not state the duration "
           "(MBPM 220.1.2, as the profile notes), and goal target dates are not a duration.",
           layout="labelled paragraphs", discipline="pt")


def ot02() -> None:
    """Content in titled one-cell boxes; electronic signatures at the end. Clean."""
    name = "ot02_titled_boxes_esig_cva.docx"
    soc, cert_end, md_sig, as_of = "2026-02-02", "2026-04-30", "2026-02-10", "2026-03-20"
    assert days(soc, cert_end) <= 90
    doc = new_doc(size=10)
    para(doc, "Meridian Neuro Rehab \u2014 Outpatient Center", bold=True, size=12)

    def box(title, lines):
        t = table(doc, 2, 1)
        shade(t.rows[0].cells[0], "C6E0B4")
        cell_text(t.rows[0].cells[0], title, bold=True)
        cell_text(t.rows[1].cells[0], lines)
        para(doc, "")

    box("Patient", ["Ottoline Fairweather, DOB 12/01/1950",
                    "Medicare ID 9FG7RN2HT83; secondary: none",
                    f"OT evaluation and first treatment: {us(soc)}; plan of care date {us(soc)}",
                    f"Certification period {us(soc)} through {us(cert_end)}"])
    box("Diagnoses", ["I69.351 Hemiplegia and hemiparesis following cerebral infarction affecting "
                      "right dominant side (CVA 11/2025)",
                      "M62.81 Muscle weakness (generalized)"])
    box("Functional status", ["Upper-body dressing: moderate assistance. Lower-body dressing: "
                              "maximal assistance. Toilet transfer: minimal assistance. R grip "
                              "6 lb; Box and Block R 12, L 51."])
    box("Long-term goals (10 weeks)", [
        "1. Upper-body dressing with set-up only.",
        "2. Lower-body dressing with minimal assistance using adaptive equipment.",
        "3. Toilet transfers with supervision.",
        "4. Box and Block Test R hand from 12 to 25 blocks or more."])
    box("Short-term goals (5 weeks)", [
        "1. Upper-body dressing with minimal assistance.",
        "2. Stand at sink for 5 minutes with contact guard to complete grooming.",
        "3. R grip strength from 6 lb to 12 lb."])
    box("Plan", ["Frequency: 3 visits/week. Duration: 10 weeks.",
                 "97530 therapeutic activities, 97535 self-care/ADL training, 97110 therapeutic "
                 "exercise, 97112 neuromuscular re-education, 97763 orthotic fitting as needed."])
    para(doc, f"Electronically signed: Farah Qureshi, OTR/L  {us(soc)} 09:14")
    para(doc, f"Electronically co-signed (certification of plan of care): Victor Lindqvist M.D.  "
              f"{us(md_sig)} 17:41  NPI {npi('154430886')}")
    save(doc, name)
    record(name, "medicare-outpatient-therapy", as_of, [],
           "Clean. Every section is a one-column table whose first (shaded) row is its title. "
           "Time frames are in the goal-group titles ('Long-term goals (10 weeks)'). Electronic "
           "signature lines at the end; the physician's credential is written 'M.D.' without a "
           "comma; co-signed 8 days after the first treatment; certification 87 days.",
           layout="titled one-cell boxes", discipline="ot")


def slp02() -> None:
    """Typed '1)' numbering; vague goals; blank physician certification line."""
    name = "slp02_vague_goals_blank_cert.docx"
    soc, cert_end, as_of = "2026-01-20", "2026-04-19", "2026-03-01"
    assert days(soc, cert_end) <= 90
    doc = new_doc(font="Calibri", size=11)
    para(doc, "HARMON SPEECH & LANGUAGE CENTER", bold=True)
    para(doc, "PLAN OF CARE \u2013 SPEECH THERAPY", bold=True)
    para(doc, "PATIENT: Bartholomew Ndiaye     DOB: 04/08/1947     MEDICARE: 6KM3WE8DF19")
    para(doc, f"EVALUATION DATE: {dmy_mon(soc)}     PLAN DATE: {dmy_mon(soc)}     "
              f"CERTIFICATION: {dmy_mon(soc)} TO {dmy_mon(cert_end)}")
    para(doc, "DIAGNOSES: I69.320 Aphasia following cerebral infarction; R47.01 Aphasia")
    para(doc, "FINDINGS", bold=True)
    para(doc, "Western Aphasia Battery-R aphasia quotient 58.4 (moderate Broca's aphasia). Naming "
              "of common objects 9/20. Follows 1-step commands; inconsistent with 2-step.")
    para(doc, "GOALS", bold=True)
    para(doc, "1) Patient will improve expressive language skills.")
    para(doc, "     a) Improve naming of common objects.")
    para(doc, "     b) Increase use of compensatory strategies.")
    para(doc, "2) Patient will improve word retrieval in conversation.")
    para(doc, "     a) Improve auditory comprehension of complex directions.")
    para(doc, "TREATMENT", bold=True)
    para(doc, "92507 speech/language treatment: semantic feature analysis, constraint-induced "
              "language therapy, script training. 2x/week for 10 weeks.")
    para(doc, "")
    para(doc, f"Therapist: Simone Achebe-Grant, MA, CCC-SLP     Date: {dmy_mon(soc)}")
    para(doc, "")
    para(doc, "PHYSICIAN CERTIFICATION: I certify the need for these services furnished under this "
              "plan of treatment while under my care.")
    para(doc, "Physician signature: ______________________________     Date: ____________")
    para(doc, "Printed name: __________________________     NPI: ______________")
    save(doc, name)
    record(name, "medicare-outpatient-therapy", as_of,
           [["goal-not-measurable"], ["signature-missing"]],
           "All-caps paragraph headings, typed '1)' / 'a)' numbering, dates like 20-Jan-2026. "
           "Gaps: (1) no goal or short-term goal names a level to reach ('improve expressive "
           "language skills', 'improve naming'); (2) the physician certification block is blank "
           "(name, signature and date empty): signature-missing at warning from 2025.",
           layout="caps headings, typed numbering",
           discipline="slp")


def pt05() -> None:
    """Everything in one table; 2024 dates (profile version 2015-10). Clean."""
    name = "pt05_single_table_2024_shoulder.docx"
    soc, cert_end, md_sig, as_of = "2024-09-03", "2024-11-30", "2024-09-06", "2024-10-15"
    assert days(soc, cert_end) <= 90
    doc = new_doc(size=10)
    t = table(doc, 14, 2)
    rows = [
        ("GRANITE STATE ORTHOPEDIC PHYSICAL THERAPY \u2014 PLAN OF CARE", None),
        ("Patient", "Millicent Oyelowo"),
        ("Date of birth", "1951-10-10"),
        ("Medicare ID", "4DJ2AC5XP71"),
        ("Evaluation / start of care", "Sept 3, 2024"),
        ("Plan of care established", soc),
        ("Certification period", f"{soc} through {cert_end}"),
        ("Diagnoses", ["M75.121 Complete rotator cuff tear or rupture of right shoulder, not "
                       "specified as traumatic (arthroscopic repair 07/29/2024)",
                       "Z47.89 Encounter for other orthopedic aftercare"]),
        ("Impairments", "R shoulder flexion AROM 95\u00b0, ER 20\u00b0; QuickDASH 59; cannot reach "
                        "overhead cupboard or fasten seatbelt without pain 6/10."),
        ("Goals", ["By 10/15/2024: R shoulder flexion AROM 130\u00b0 or more; pain 3/10 or less "
                   "with reaching.",
                   "By 11/26/2024: flexion 150\u00b0 or more and ER 50\u00b0 or more; QuickDASH 25 "
                   "or less; lifts a 5 lb object to a shelf at shoulder height independently."]),
        ("Interventions", "97110 therapeutic exercise (post-op protocol phase II-III), 97140 joint "
                          "mobilisation, 97530 functional reaching, 97010 cold pack, home program"),
        ("Frequency / duration", "2-3x/week for 12 weeks"),
        ("Therapist", f"Anders Pelletier, MPT \u2014 signed {soc}"),
        ("Physician certification", f"Sunil Varghese, MD \u2014 signed {abbr_date(md_sig)}; "
                                    f"NPI {npi('112839405')}"),
    ]
    for i, (lab, val) in enumerate(rows):
        if val is None:
            m = t.rows[i].cells[0].merge(t.rows[i].cells[1])
            cell_text(m, lab, bold=True)
            shade(m, "BDD7EE")
            continue
        cell_text(t.rows[i].cells[0], lab, bold=True)
        cell_text(t.rows[i].cells[1], val)
    widths(t, [1.9, 5.1])
    save(doc, name)
    record(name, "medicare-outpatient-therapy", as_of, [],
           "Clean. One two-column table holds the whole plan; ISO dates (2024-09-03) mixed with "
           "'Sept 3, 2024'. As-of 2024-10-15 selects profile version 2015-10 (physician "
           "signature at error). Frequency as a range '2-3x/week', duration 12 weeks; 88-day "
           "certification; MD signed 3 days after evaluation.", layout="single big table",
           discipline="pt")


# ============================================================================================
# ABA (DOCX)
# ============================================================================================


def aba01() -> None:
    """Landscape goal matrix (domain, target, baseline, goal, mastery, date). Clean."""
    name = "aba01_goal_matrix_clean.docx"
    plan, auth_end, review, as_of = "2026-01-05", "2026-07-04", "2026-06-19", "2026-02-01"
    assert days(plan, review) <= 184
    doc = new_doc(landscape=True, size=9)
    para(doc, "BRIGHT STEPS BEHAVIORAL THERAPY, LLC \u2014 Tulsa, OK", bold=True, size=12)
    para(doc, "Behavior Treatment Plan & Authorization Request (Initial)", bold=True)
    t = table(doc, 2, 6)
    hdr = ["Client", "DOB", "Health plan / Member ID", "Plan date", "Authorization period",
           "Next plan review"]
    val = ["Mateo Lindqvist-Ramos", "06/14/2020", "Blue Prairie Health Plan / BCX884412907",
           us(plan), f"{us(plan)} \u2013 {us(auth_end)}", us(review)]
    for j in range(6):
        cell_text(t.rows[0].cells[j], hdr[j], bold=True)
        shade(t.rows[0].cells[j], "DEEAF6")
        cell_text(t.rows[1].cells[j], val[j])
    para(doc, "")
    labelled(doc, "Diagnosis: ", "F84.0 Autism spectrum disorder (ICD-10-CM F84.0, Autistic "
                                "disorder), level 2 \u2014 diagnosed 08/19/2024 by Celeste Huang, "
                                "PhD, licensed psychologist (comprehensive evaluation with ADOS-2).")
    labelled(doc, "Standardized assessments: ",
             "VB-MAPP 12/08/2025 (Milestones 62/170; Barriers 38); Vineland-3 12/10/2025 (Adaptive "
             "Behavior Composite 66), administered by Siobhan Farrelly, BCBA.")
    para(doc, "")
    head = ["Domain", "Target", "Baseline", "Goal", "Mastery criteria", "Target date"]
    rows = [
        ("Communication", "Manding", "4 independent mands per hour (probe 12/2025)",
         "Mateo will independently mand for 15 different items or activities per hour of session.",
         "15 or more per hour across 3 consecutive sessions", "06/30/2026"),
        ("Social", "Response to name", "Responds within 3 s in 30% of opportunities",
         "Mateo will orient to his name within 3 s in 80% of opportunities.",
         "80% across 3 consecutive sessions, 2 different adults", "05/31/2026"),
        ("Behavior reduction", "Aggression (hitting)", "Mean 12 per day (10 days of ABC data)",
         "Reduce hitting to 2 or fewer per day.",
         "2 or fewer per day for 10 consecutive session days", "06/30/2026"),
        ("Adaptive", "Handwashing", "2 of 7 task-analysis steps independently",
         "Complete all 7 handwashing steps independently.",
         "100% of steps across 5 consecutive opportunities", "05/15/2026"),
        ("Caregiver training", "First-then and planned ignoring",
         "Mother implements with 40% fidelity",
         "Parents will implement first-then and planned-ignoring procedures at home with 90% "
         "fidelity or better.",
         "90% or more on fidelity checklist across 3 consecutive observed sessions", "04/30/2026"),
    ]
    t = table(doc, len(rows) + 1, 6)
    for j, h in enumerate(head):
        cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "DEEAF6")
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v)
    widths(t, [1.2, 1.3, 1.8, 2.8, 1.9, 0.9])
    para(doc, "")
    para(doc, "Requested services", bold=True)
    t = table(doc, 4, 4)
    for j, h in enumerate(["CPT", "Service", "Provider", "Hours per week"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "DEEAF6")
    for i, row in enumerate([("97153", "Adaptive behavior treatment by protocol", "RBT", "20"),
                             ("97155", "Protocol modification / direct supervision", "BCBA", "4"),
                             ("97156", "Family adaptive behavior treatment guidance", "BCBA", "2")],
                            start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v)
    para(doc, "")
    t = table(doc, 3, 3)
    for j, h in enumerate(["", "Signature", "Date"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
    cell_text(t.rows[1].cells[0], "Supervising BCBA")
    cell_text(t.rows[1].cells[1], f"Siobhan Farrelly, M.Ed., BCBA (NPI {npi('171188392')})")
    cell_text(t.rows[1].cells[2], us(plan))
    cell_text(t.rows[2].cells[0], "Parent/Guardian")
    cell_text(t.rows[2].cells[1], "Lucia Ramos (mother)")
    cell_text(t.rows[2].cells[2], us(add(plan, 1)))
    save(doc, name)
    record(name, "commercial-aba", as_of, [],
           "Clean. Landscape goal matrix with Domain / Target / Baseline / Goal / Mastery criteria "
           "/ Target date columns, including a caregiver-training row; two standardized "
           "assessments within 4 weeks of the plan; diagnosis with evaluator, credential and "
           "date; services by CPT with hours per week; 6-month authorization (ends 07/04/2026); "
           "next review 165 days after the plan; BCBA and parent signed and dated.",
           layout="goal matrix table", discipline="aba")


def aba02() -> None:
    """Bulleted plan; no caregiver goal; 12-month authorization period."""
    name = "aba02_bullets_no_caregiver_12mo.docx"
    plan, auth_end, review, as_of = "2026-01-12", "2027-01-11", "2026-07-10", "2026-02-15"
    assert days(plan, review) <= 184
    doc = new_doc(font="Segoe UI", size=10)
    para(doc, "Cascade Autism Services \u2014 Boise, Idaho", bold=True, size=12)
    para(doc, "Individualized ABA Treatment Plan", size=11)
    para(doc, "Client: Eamon Przybylski (DOB 11/02/2019)", style="List Bullet")
    para(doc, "Payer: Sawtooth Mutual Health; Member ID W2290177345", style="List Bullet")
    para(doc, f"Plan written: {long_date(plan)}", style="List Bullet")
    para(doc, f"Requested authorization period: {us(plan)} through {us(auth_end)} (12 months)",
         style="List Bullet")
    para(doc, f"Treatment plan review / progress report due: {us(review)}", style="List Bullet")
    para(doc, "Diagnosis", bold=True)
    para(doc, "F84.0 Autistic disorder (DSM-5 autism spectrum disorder, level 2), diagnosed "
              "03/07/2023 by Farid Haddad, MD, developmental-behavioral pediatrician.",
         style="List Bullet")
    para(doc, "Assessments", bold=True)
    para(doc, "VB-MAPP, 12/15/2025: 71 Milestones; 11 Barriers scored 2 or higher.",
         style="List Bullet")
    para(doc, "ABLLS-R, 12/16/2025: strongest in visual performance, weakest in intraverbals.",
         style="List Bullet")
    para(doc, "Goals", bold=True)
    goals = [
        ("Communication \u2014 Eamon will answer 20 different WH-questions about daily routines.",
         ["Baseline: 3 of 20 on 12/2025 probe",
          "Mastery: 80% correct across 3 consecutive sessions",
          "Target date: 06/30/2026"]),
        ("Social \u2014 Eamon will initiate play with a peer by offering a toy or using a "
         "greeting.",
         ["Baseline: 0 initiations per 30-min group session",
          "Mastery: 3 or more initiations per session for 5 consecutive sessions",
          "Target date: 07/10/2026"]),
        ("Behavior \u2014 Reduce elopement from the classroom or session area.",
         ["Baseline: mean 5 per day",
          "Mastery: 0 episodes for 15 consecutive session days",
          "Target date: 06/30/2026"]),
        ("Daily living \u2014 Eamon will put on a jacket and zip it independently.",
         ["Baseline: 1 of 6 steps independent",
          "Mastery: 6 of 6 steps on 4 of 5 consecutive opportunities",
          "Target date: 04/30/2026"]),
    ]
    for g, subs in goals:
        para(doc, g, style="List Bullet")
        for s in subs:
            para(doc, s, style="List Bullet 2")
    para(doc, "Services requested", bold=True)
    para(doc, "97153 adaptive behavior treatment by protocol (RBT): 25 hours per week",
         style="List Bullet")
    para(doc, "97155 protocol modification by BCBA: 5 hours per week", style="List Bullet")
    para(doc, "97156 family adaptive behavior treatment guidance: 1 hour per week",
         style="List Bullet")
    para(doc, "Signatures", bold=True)
    para(doc, f"Jordan Albright BCBA, LBA \u2014 {us(plan)}", style="List Bullet")
    para(doc, f"Parent/Guardian: Katarzyna Przybylski \u2014 {us(plan)}", style="List Bullet")
    save(doc, name)
    record(name, "commercial-aba", as_of,
           [["caregiver-goal-missing"], ["duration-exceeds-limit"]],
           "Everything in bullets; each goal's baseline, mastery and target date are second-level "
           "bullets. Gaps: (1) no goal or objective involves caregiver training (97156 appears "
           "only as a requested service, which is not a goal); (2) the requested authorization "
           "period is 12 months, over the 6-month limit. The review date (179 days) is within "
           "the interval.", layout="bullets", discipline="aba")


def aba03() -> None:
    """Typed outline (I., A., 1.); goals without baselines; assessment more than a year old."""
    name = "aba03_typed_outline_no_baseline_old_vbmapp.docx"
    plan, auth_start, auth_end, review, as_of = ("2026-01-20", "2026-01-26", "2026-07-25",
                                                 "2026-07-01", "2026-02-20")
    assert days("2024-11-02", plan) > 365 and days(plan, review) <= 184
    doc = new_doc(font="Times New Roman", size=11)
    para(doc, "GULF COAST BEHAVIORAL PATHWAYS", bold=True, align="center")
    para(doc, "ABA Treatment Plan \u2014 Continuation Request", align="center")
    para(doc, "I.  CLIENT AND REQUEST", bold=True)
    para(doc, "    A.  Client: Nia Okwuosa-Bell; date of birth 04/27/2018")
    para(doc, "    B.  Insurance: Suncoast Health Plan, member ID UHX-5503-81927")
    para(doc, f"    C.  Date of plan: {us(plan)}")
    para(doc, f"    D.  Authorization period requested: {us(auth_start)} to {us(auth_end)}")
    para(doc, f"    E.  Next treatment plan review: {us(review)}")
    para(doc, "II.  DIAGNOSIS AND ASSESSMENT", bold=True)
    para(doc, "    A.  F84.0 Autistic disorder; diagnosed 10/12/2021 by Samuel Tran, PsyD.")
    para(doc, "    B.  Most recent standardized assessment: VB-MAPP administered 11/02/2024 "
              "(Milestones 98/170). Skills probes updated 12/2025.")
    para(doc, "III.  GOALS", bold=True)
    para(doc, "    A.  Communication")
    para(doc, "        1.  Nia will answer 15 intraverbal fill-in and WH-questions about "
              "familiar topics. Mastery: 80% across 3 consecutive sessions. Target: 06/30/2026.")
    para(doc, "        2.  Nia will use 4-word sentences to request help or a break. Mastery: 10 "
              "spontaneous uses per session for 3 sessions. Target: 06/30/2026.")
    para(doc, "    B.  Behavior reduction")
    para(doc, "        1.  Reduce tantrums (crying, dropping to the floor) from an average of 6 per "
              "day to 1 or fewer per day. Mastery: 1 or fewer per day for 10 consecutive days. "
              "Target: 07/15/2026.")
    para(doc, "    C.  Caregiver training")
    para(doc, "        1.  Father will use a visual schedule and first-then language during the "
              "morning routine with 90% fidelity (baseline 35% fidelity, 12/2025). Mastery: 90% "
              "on 3 consecutive observations. Target: 05/31/2026.")
    para(doc, "IV.  SERVICES", bold=True)
    para(doc, "    A.  97153 adaptive behavior treatment by protocol \u2014 15 hours per week")
    para(doc, "    B.  97155 protocol modification \u2014 3 hours per week")
    para(doc, "    C.  97156 family guidance \u2014 1.5 hours per week")
    para(doc, "V.  SIGNATURES", bold=True)
    para(doc, f"    BCBA: Yvette Marchand, MS, BCBA \u2014 {us(plan)}")
    para(doc, f"    Guardian: Darnell Bell (father) \u2014 {us(add(plan, 2))}")
    save(doc, name)
    record(name, "commercial-aba", as_of,
           [["baseline-missing"], ["assessment-outdated"]],
           "Typed outline: 'I.', 'A.', '1.' are literal text with leading spaces (no Word "
           "numbering). Gaps: (1) the two communication goals state no baseline (the tantrum goal "
           "has 'from 6 per day', the caregiver goal has 'baseline 35%'); (2) the latest "
           "standardized assessment (VB-MAPP 11/02/2024) is 444 days before the plan, older than "
           "one year (warning; skill probes are not a standardized assessment).",
           layout="typed outline", discipline="aba")


def aba04() -> None:
    """Two-column shaded form; F88 primary (not covered); guardian signature undated."""
    name = "aba04_shaded_form_f88_undated_guardian.docx"
    plan, auth_start, auth_end, review, as_of = ("2026-01-15", "2026-01-19", "2026-07-18",
                                                 "2026-07-06", "2026-02-10")
    doc = new_doc(size=10)
    para(doc, "Prairie Wind ABA Clinic \u2014 Omaha, NE", bold=True, size=12)
    para(doc, "Initial Treatment Plan", size=11)
    t = table(doc, 10, 2)
    rows = [
        ("Child", "Theodore Vance-Achebe"),
        ("Date of birth", "02/09/2022"),
        ("Member ID", "NEB1177340251 (Heartland Choice PPO)"),
        ("Plan date", us(plan)),
        ("Authorization period", f"{us(auth_start)} to {us(auth_end)}"),
        ("Progress review", us(review)),
        ("Diagnosis", ["Primary: F88 Global developmental delay (provisional)",
                       "A comprehensive autism diagnostic evaluation is scheduled for 04/14/2026 "
                       "with Eliza Moreau, PhD."]),
        ("Assessments", ["VB-MAPP 01/08/2026: Milestones 19/170 (level 1)",
                         "Vineland-3 01/09/2026: Adaptive Behavior Composite 61"]),
        ("Services", ["97153 \u2014 15 hours/week (RBT)", "97155 \u2014 3 hours/week (BCBA)",
                      "97156 \u2014 2 hours/week (parent training)"]),
        ("Setting", "Clinic, Monday\u2013Friday mornings"),
    ]
    for i, (lab, val) in enumerate(rows):
        shade(t.rows[i].cells[0], "E7E6E6")
        cell_text(t.rows[i].cells[0], lab, bold=True)
        cell_text(t.rows[i].cells[1], val)
    widths(t, [1.8, 5.2])
    para(doc, "")
    para(doc, "Goals", bold=True)
    t = table(doc, 5, 2)
    goals = [
        ("Goal 1 \u2013 Requesting", ["Theodore will request 10 preferred items using a word "
                                      "approximation or picture exchange.",
                                      "Baseline: 1 item (reaching/leading only).",
                                      "Mastery: independent requests for 10 items across 3 "
                                      "consecutive sessions.", "Target date: 06/30/2026"]),
        ("Goal 2 \u2013 Imitation", ["Theodore will imitate 15 gross-motor actions.",
                                     "Baseline: 2 actions.",
                                     "Mastery: 80% of trials across 3 consecutive sessions.",
                                     "Target date: 05/29/2026"]),
        ("Goal 3 \u2013 Self-injury", ["Reduce head-hitting from a mean of 8 per hour to 1 or "
                                       "fewer per hour.",
                                       "Baseline: 8 per hour (5 days of frequency data).",
                                       "Mastery: 1 or fewer per hour for 10 consecutive days.",
                                       "Target date: 07/06/2026"]),
        ("Goal 4 \u2013 Caregiver", ["Parents will deliver reinforcement within 3 seconds for "
                                     "requests at home, 85% fidelity.",
                                     "Baseline: 30% fidelity.",
                                     "Mastery: 85% on 3 consecutive observations.",
                                     "Target date: 04/30/2026"]),
        ("Goal 5 \u2013 Toileting", ["Theodore will sit on the toilet for 2 minutes when prompted.",
                                     "Baseline: 0 of 5 opportunities.",
                                     "Mastery: 4 of 5 opportunities for 5 consecutive days.",
                                     "Target date: 06/15/2026"]),
    ]
    for i, (lab, val) in enumerate(goals):
        shade(t.rows[i].cells[0], "E7E6E6")
        cell_text(t.rows[i].cells[0], lab, bold=True)
        cell_text(t.rows[i].cells[1], val)
    widths(t, [1.8, 5.2])
    para(doc, "")
    t = table(doc, 2, 2)
    shade(t.rows[0].cells[0], "E7E6E6")
    cell_text(t.rows[0].cells[0], "BCBA", bold=True)
    cell_text(t.rows[0].cells[1], f"Harriet Olumide, BCBA-D     Signed {us(plan)}")
    shade(t.rows[1].cells[0], "E7E6E6")
    cell_text(t.rows[1].cells[0], "Parent / Guardian", bold=True)
    cell_text(t.rows[1].cells[1], "Camille Vance     Signed _____________ (date)")
    save(doc, name)
    record(name, "commercial-aba", as_of,
           [["diagnosis-not-covered"], ["signature-missing"]],
           "Two-column form with shaded label cells, also used for goals. Gaps: (1) the only "
           "(primary) diagnosis is F88 global developmental delay; ASD is not yet diagnosed (an "
           "evaluation is scheduled), so the service is not covered; (2) the parent's signature "
           "has no date. Whether the 'diagnosed by/on' warning applies to a provisional F88 is "
           "debatable, so field-missing is not judged.", unsure=("field-missing",),
           layout="two-column shaded form", discipline="aba")


def aba05() -> None:
    """Authorization form with checkboxes; numbered goals with labelled sub-lines. Clean."""
    name = "aba05_auth_form_checkboxes_clean.docx"
    plan, auth_start, auth_end, review, as_of = ("2026-02-03", "2026-02-09", "2026-08-08",
                                                 "2026-07-24", "2026-03-01")
    assert days(plan, review) <= 184
    doc = new_doc(font="Arial", size=9.5)
    para(doc, "EVERGREEN DEVELOPMENTAL BEHAVIOR PARTNERS", bold=True, size=12)
    para(doc, "Olympia, WA \u2022 Applied Behavior Analysis \u2022 Treatment Plan / Prior Authorization",
         size=9)
    p = para(doc, "")
    p.add_run("Request type: ").bold = True
    checkbox_run(p, False, "Initial")
    checkbox_run(p, True, "Continuation")
    checkbox_run(p, False, "Modification")
    t = table(doc, 4, 4)
    vals = [("Member name", "Sora Whitfield-Kahale", "Member ID", "PRM-77120045-01"),
            ("Date of birth", "2017-08-22", "Plan date", plan),
            ("Authorization from", auth_start, "Authorization to", auth_end),
            ("Next plan review", review, "Setting", "Home and community")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, bold=(j % 2 == 0))
    para(doc, "")
    labelled(doc, "Diagnosis: ", "F84.0 \u2014 autism spectrum disorder; diagnosed 2021-05-17 by "
                                "Rebecca Stoll, MD (developmental pediatrics).")
    labelled(doc, "Assessments this period: ", "ABLLS-R 2026-01-12 (re-assessment); Vineland-3 "
                                              "2026-01-14 (ABC 72).")
    para(doc, "")
    para(doc, "Services requested", bold=True)
    t = table(doc, 5, 4)
    for j, h in enumerate(["CPT", "Description", "Units per week", "Hours per week"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "E2EFDA")
    for i, row in enumerate([("97153", "Treatment by protocol (RBT)", "60", "15.0"),
                             ("97155", "Protocol modification (BCBA)", "12", "3.0"),
                             ("97156", "Family treatment guidance", "4", "1.0"),
                             ("97158", "Group treatment by protocol modification", "8", "2.0")],
                            start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v)
    para(doc, "")
    para(doc, "Treatment goals", bold=True)
    goals = [
        ("Goal 1 \u2014 Conversation: Sora will maintain a topic for 4 conversational turns with a "
         "peer.", "2 turns", "4 turns on 80% of opportunities across 3 sessions", "2026-07-15"),
        ("Goal 2 \u2014 Flexibility: Sora will accept an unexpected change in routine without "
         "aggression.", "accepts 20% of changes", "90% of changes for 2 consecutive weeks",
         "2026-06-30"),
        ("Goal 3 \u2014 Safety: Sora will state her address and a parent's phone number when asked.",
         "0 of 2 items", "2 of 2 items on 5 consecutive probes", "2026-05-29"),
        ("Goal 4 \u2014 Caregiver: Mother will run a 3-step coping routine (prompt, model, praise) "
         "during a meltdown.", "25% of steps with fidelity", "90% fidelity across 3 observed "
         "episodes", "2026-05-15"),
    ]
    for g, base, mast, tdate in goals:
        para(doc, g)
        para(doc, f"      Baseline: {base}")
        para(doc, f"      Mastery criterion: {mast}")
        para(doc, f"      Target date: {tdate}")
    para(doc, "")
    para(doc, f"Supervising BCBA: Kiri Tautahi, MA, BCBA \u2014 signed {plan} \u2014 NPI "
              f"{npi('186653210')}")
    para(doc, f"Parent/Legal Guardian: Hana Whitfield \u2014 signed {add(plan, 1)}")
    save(doc, name)
    record(name, "commercial-aba", as_of, [],
           "Clean. Prior-authorization form with \u2612/\u2610 request-type boxes, ISO dates throughout, "
           "services table giving both units and hours per week, numbered goals each followed by "
           "indented 'Baseline:', 'Mastery criterion:' and 'Target date:' lines (caregiver goal "
           "included); 6-month authorization; review 171 days after the plan.",
           layout="authorization form with checkboxes", discipline="aba")


# ============================================================================================
# Home health (DOCX)
# ============================================================================================


def hh01() -> None:
    """CMS-485 style grid of numbered boxes. Clean."""
    name = "hh01_485_grid_clean.docx"
    soc, cert_end, md_sig, as_of = "2026-01-12", "2026-03-12", "2026-01-20", "2026-02-15"
    assert days(soc, cert_end) <= 60
    doc = new_doc(font="Arial", size=8.5)
    para(doc, "HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True, size=11, align="center")
    para(doc, "Bluestem Home Health Services, Inc. \u2022 1900 SW Gage Blvd, Topeka, KS 66604",
         size=8, align="center")
    t = table(doc, 3, 5)
    boxes = [
        [("1. Patient's HI Claim No.", "3MK6FA2RT58"), ("2. Start of Care Date", us(soc)),
         ("3. Certification Period", f"From: {us(soc)}  To: {us(cert_end)}"),
         ("4. Medical Record No.", "BHH-22917"), ("5. Provider No.", "17-7321")],
        [("6. Patient's Name and Address", ["Augustine Pellegrino", "1418 Cottonwood Ln",
                                            "Topeka, KS 66611"]),
         ("7. Provider's Name, Address and Telephone", ["Bluestem Home Health Services, Inc.",
                                                        "(785) 555-0190"]),
         ("8. Date of Birth", "06/05/1938"), ("9. Sex", "\u2612 M  \u2610 F"),
         ("10. Medications: Dose/Frequency/Route", ["Furosemide 40 mg PO daily",
                                                    "Carvedilol 6.25 mg PO BID",
                                                    "Insulin glargine 18 units SC at bedtime",
                                                    "Lisinopril 10 mg PO daily"])],
        [("11. ICD-10-CM / Principal Diagnosis / Date", ["I11.0 Hypertensive heart disease with "
                                                         "heart failure", "01/08/2026 (E)"]),
         ("12. ICD-10-CM / Surgical Procedure / Date", "N/A"),
         ("13. ICD-10-CM / Other Pertinent Diagnoses / Date", [
             "I50.32 Chronic diastolic (congestive) heart failure  01/08/2026",
             "E11.9 Type 2 diabetes mellitus without complications  05/2011",
             "Z79.4 Long term (current) use of insulin  05/2016"]),
         ("14. DME and Supplies", "Rolling walker, shower chair, scale, glucometer"),
         ("15. Safety Measures", "Fall precautions, bleeding precautions, clear pathways")],
    ]
    for i, row in enumerate(boxes):
        for j, (lab, val) in enumerate(row):
            grid_box(t.rows[i].cells[j], lab, val, size_label=6.5)
    t = table(doc, 2, 4)
    more = [
        [("16. Nutritional Req.", "2 g sodium, consistent carbohydrate, 1.5 L fluid restriction"),
         ("17. Allergies", "Sulfa"), ("18.A. Functional Limitations", "Endurance, ambulation, "
                                                                       "dyspnea with minimal exertion"),
         ("18.B. Activities Permitted", "Up as tolerated, walker")],
        [("19. Mental Status", "Oriented, forgetful"), ("20. Prognosis", "Fair"),
         ("Rehab potential", "Good for stated goals"), ("Homebound status", "Leaving home requires "
                                                                           "walker and assistance of "
                                                                           "another person; "
                                                                           "dyspnea after 20 ft")],
    ]
    for i, row in enumerate(more):
        for j, (lab, val) in enumerate(row):
            grid_box(t.rows[i].cells[j], lab, val, size_label=6.5)
    t = table(doc, 1, 1)
    grid_box(t.rows[0].cells[0], "21. Orders for Discipline and Treatments (Specify Amount/"
                                 "Frequency/Duration)", [
        "SN 1w1, 2w3, 1w5 (12 visits) plus 2 PRN visits for signs of fluid overload: assess "
        "cardiopulmonary status, daily weights, edema; teach HF self-management, low-sodium diet, "
        "insulin administration and glucose monitoring; medication reconciliation.",
        "PT 2w4, 1w4: evaluate and treat; gait training with rolling walker, transfer training, "
        "therapeutic exercise, home safety evaluation.",
        "HHA 2w6: assist with bathing and personal care per aide care plan.",
        "Notify physician of weight gain over 3 lb in one day or 5 lb in one week, SBP over 160 "
        "or under 90, FSBS under 70 or over 350."], size_label=6.5)
    t = table(doc, 1, 1)
    grid_box(t.rows[0].cells[0], "22. Goals / Rehabilitation Potential / Discharge Plans", [
        "Patient will state 4 of 4 signs of heart-failure exacerbation and when to call the "
        "agency by 02/09/2026.",
        "Patient will record daily weights on at least 6 of 7 days per week by 02/02/2026.",
        "Patient will self-administer insulin with correct technique on 3 consecutive observed "
        "visits by 02/16/2026.",
        "Patient will ambulate 150 ft with rolling walker with supervision by 03/06/2026.",
        "Patient will perform tub-bench transfer with stand-by assistance by 03/06/2026.",
        "Rehab potential: good. Discharge plan: discharge to self-care with daughter's help when "
        "goals are met."], size_label=6.5)
    t = table(doc, 2, 2)
    grid_box(t.rows[0].cells[0], "23. Nurse's Signature and Date of Verbal SOC Where Applicable",
             f"Verbal SOC 01/12/2026 from Dr. Castellanos \u2014 Tamsin Reilly, RN  {us(soc)}",
             size_label=6.5)
    grid_box(t.rows[0].cells[1], "25. Date HHA Received Signed POT", "01/22/2026", size_label=6.5)
    grid_box(t.rows[1].cells[0], "24. Physician's Name and Address",
             ["Miriam Castellanos, MD", "Capitol Internal Medicine, 823 SW 10th Ave, Topeka KS",
              f"NPI {npi('150930061')}"], size_label=6.5)
    grid_box(t.rows[1].cells[1], "26. I certify/recertify that this patient is confined to his "
                                 "home and needs intermittent skilled nursing care and physical "
                                 "therapy...", "", size_label=6.5)
    t = table(doc, 1, 2)
    grid_box(t.rows[0].cells[0], "27. Attending Physician's Signature and Date Signed",
             f"Miriam Castellanos, MD        {us(md_sig)}", size_label=6.5)
    grid_box(t.rows[0].cells[1], "28. Anyone who misrepresents, falsifies, or conceals essential "
                                 "information required for payment of Federal funds may be subject "
                                 "to fine, imprisonment, or civil penalty under applicable Federal "
                                 "laws.", "", size_label=6)
    save(doc, name)
    record(name, "medicare-home-health", as_of, [],
           "Clean. CMS-485 replica: numbered boxes (1-28) with the box title as a small label "
           "above its value in the same cell. Orders use home-health shorthand (SN 1w1, 2w3, 1w5; "
           "PT 2w4, 1w4; HHA 2w6 = times per week for N weeks) and a limited PRN order (2 PRN "
           "visits). Goals in box 22 are measurable and dated. 60-day certification "
           "(01/12-03/12/2026); box 27 signed and dated by an MD.",
           layout="CMS-485 grid of numbered boxes", discipline="home-health")


def hh02() -> None:
    """485 layout as numbered paragraphs; unlimited PRN order; physician signature undated."""
    name = "hh02_485_paragraphs_prn_undated.docx"
    soc, cert_end, as_of = "2026-02-02", "2026-04-02", "2026-02-25"
    assert days(soc, cert_end) <= 60
    doc = new_doc(font="Courier New", size=9.5)
    para(doc, "SAGUARO VISITING NURSES & HOME CARE \u2014 PLAN OF CARE (485)", bold=True)
    para(doc, "")
    para(doc, "1. Patient HI Claim No: 5TW2QE9MK44       2. SOC Date: " + us(soc))
    para(doc, f"3. Certification Period: {us(soc)} - {us(cert_end)}     4. MR#: SVN-88120")
    para(doc, "6. Patient: Esperanza Dominguez-Hart, 77 W. Calle Ocotillo, Tucson AZ 85705")
    para(doc, "8. DOB: 11/19/1946     9. Sex: F")
    para(doc, "11. Principal Dx: E11.621  Type 2 diabetes mellitus with foot ulcer   01/27/2026")
    para(doc, "13. Other Dx: L97.412  Non-pressure chronic ulcer of right heel and midfoot with fat "
              "layer exposed   01/27/2026;  I10  Essential hypertension")
    para(doc, "14. DME: offloading boot, rolling walker, glucometer")
    para(doc, "18A. Functional limitations: ambulation, endurance; 18B: partial weight bearing R "
              "heel in boot")
    para(doc, "")
    para(doc, "21. Orders for Discipline and Treatments", bold=True)
    para(doc, "    SN 3w2, 2w3, 1w3 for wound care R heel: cleanse with normal saline, apply "
              "calcium alginate, cover with foam dressing; measure wound weekly; teach diabetic "
              "foot care and glucose monitoring.")
    para(doc, "    SN PRN for dressing dislodgement or signs and symptoms of wound infection.")
    para(doc, "    PT 2w3 for gait training with offloading boot and rolling walker, transfer "
              "training, home exercise program.")
    para(doc, "    MSW 1 visit during week 2 for community resources and meal program referral.")
    para(doc, "")
    para(doc, "22. Goals / Rehab Potential / Discharge Plans", bold=True)
    para(doc, "    R heel wound will decrease from 3.2 x 2.5 cm to 1.5 x 1.0 cm or smaller by "
              "04/02/2026.")
    para(doc, "    Patient/caregiver will perform the dressing change correctly on return "
              "demonstration 3 of 3 times by 02/23/2026.")
    para(doc, "    Fasting blood glucose 80-150 mg/dL on at least 5 of 7 days per glucose log by "
              "03/16/2026.")
    para(doc, "    Patient will ambulate 100 ft with offloading boot and rolling walker, modified "
              "independent, by 03/16/2026.")
    para(doc, "    Rehab potential: good. Discharge when wound closed or caregiver independent with "
              "care.")
    para(doc, "")
    para(doc, "23. Verbal SOC: 02/02/2026 \u2014 Lorraine Castellano, RN")
    para(doc, f"24. Physician: Rafael Iturbide, MD, 5301 E Grant Rd, Tucson AZ   NPI "
              f"{npi('163380429')}")
    para(doc, "26. I certify that this patient is confined to the home and needs intermittent "
              "skilled nursing care and physical therapy. The patient is under my care, and I "
              "have authorized the services on this plan of care.")
    para(doc, "27. Attending Physician's Signature: /s/ Rafael Iturbide, MD     Date Signed: "
              "__________")
    save(doc, name)
    record(name, "medicare-home-health", as_of,
           [["signature-missing"], ["frequency-missing"]],
           "485 content as numbered paragraphs in a monospaced font (not a grid). Gaps: (1) box 27 "
           "has the physician's /s/ signature but the 'Date Signed' is blank; (2) 'SN PRN for "
           "dressing dislodgement...' gives no number of PRN visits (42 CFR 409.43 requires a "
           "limit on PRN visits). The other orders state frequency (3w2, 2w3, 1w3; 2w3; 1 visit).",
           layout="485 as numbered paragraphs", discipline="home-health")


def hh03() -> None:
    """Agency EHR plan of care in prose; vague goals; 89-day certification period."""
    name = "hh03_ehr_prose_vague_goals_90day.docx"
    soc, cert_end, md_sig, as_of = "2026-01-05", "2026-04-04", "2026-01-09", "2026-02-15"
    assert days(soc, cert_end) > 60
    doc = new_doc(font="Calibri", size=10.5)
    doc.add_heading("Lantern Light Home Health \u2014 Plan of Care", level=1)
    para(doc, "Patient: Winifred Calloway    DOB: 10/11/1940    MBI: 7PE3DH8WN26")
    para(doc, f"Start of care: {us(soc)}    Episode / certification period: {us(soc)} \u2013 "
              f"{us(cert_end)}")
    doc.add_heading("Diagnoses", level=2)
    para(doc, "L89.154 Pressure ulcer of sacral region, stage 4 (primary)")
    para(doc, "G30.9 Alzheimer's disease, unspecified")
    para(doc, "F02.80 Dementia in other diseases classified elsewhere, unspecified severity")
    doc.add_heading("Orders for Discipline and Treatments", level=2)
    para(doc, "Skilled nursing visits twice weekly for 9 weeks, then weekly for 4 weeks, for "
              "wound assessment and negative-pressure wound therapy dressing changes to the "
              "sacrum, nutrition and hydration monitoring, and caregiver teaching on repositioning "
              "every 2 hours. Home health aide three times weekly for 12 weeks for bathing and "
              "skin care. Medical social worker one visit in the first two weeks for long-term "
              "care planning.")
    doc.add_heading("Goals", level=2)
    para(doc, "The patient will be safe in her home environment.", style="List Number")
    para(doc, "The sacral wound will show signs of healing.", style="List Number")
    para(doc, "The patient's skin integrity will improve.", style="List Number")
    para(doc, "The caregiver will be knowledgeable about the Alzheimer's disease process.",
         style="List Number")
    doc.add_heading("Rehabilitation potential and discharge plan", level=2)
    para(doc, "Rehab potential fair. Discharge to the care of her son when the wound is closed or "
              "the son manages wound care independently.")
    doc.add_heading("Certification", level=2)
    para(doc, f"Electronically signed by Gideon Farrow-Pike, DO on {us(md_sig)} 10:02. NPI "
              f"{npi('186014403')}.")
    save(doc, name)
    record(name, "medicare-home-health", as_of,
           [["goal-not-measurable"], ["review-interval-exceeded"]],
           "Agency EHR plan: orders written as one prose paragraph (frequency and duration in "
           "words: 'twice weekly for 9 weeks'), goals as an auto-numbered list. Gaps: (1) none of "
           "the four goals names a measure or a level ('will be safe', 'will show signs of "
           "healing'); (2) the certification period 01/05-04/04/2026 is 89 days, beyond the "
           "60-day review/recertification interval (warning).",
           layout="EHR prose", discipline="home-health")


def hh04() -> None:
    """Two-column shaded plan of care certified by a nurse practitioner. Clean."""
    name = "hh04_twocol_np_certified_copd.docx"
    soc, cert_end, np_sig, as_of = "2026-02-09", "2026-04-09", "2026-02-13", "2026-03-10"
    assert days(soc, cert_end) <= 60
    doc = new_doc(size=10)
    para(doc, "Tidewater Home Health Partners \u2014 Norfolk, Virginia", bold=True, size=12)
    para(doc, "Home Health Plan of Care and Certification", size=11)
    t = table(doc, 16, 2)
    rows = [
        ("Patient", "Lemuel Ashworth"),
        ("Date of birth", "08/08/1943"),
        ("Medicare beneficiary ID", "2CR8TU4JX63"),
        ("Start of care", us(soc)),
        ("Certification period", f"{us(soc)} through {us(cert_end)}"),
        ("Primary diagnosis", "J44.1 Chronic obstructive pulmonary disease with (acute) "
                              "exacerbation"),
        ("Secondary diagnoses", "Z99.81 Dependence on supplemental oxygen; I10 Essential "
                                "(primary) hypertension"),
        ("Homebound status", "Dyspnea after 30 feet; requires oxygen and assistance to leave home"),
        ("Skilled nursing", "2x/week for 3 weeks, then 1x/week for 5 weeks: respiratory "
                            "assessment, inhaler and oxygen teaching, COPD action plan"),
        ("Physical therapy", "2x/week for 4 weeks: energy conservation, gait and endurance "
                             "training, home exercise"),
        ("Occupational therapy", "1x/week for 3 weeks: bathing and dressing with energy "
                                 "conservation, adaptive equipment"),
        ("Goals", ["1. Patient will demonstrate correct inhaler technique on 3 of 3 observed "
                   "visits by 02/27/2026.",
                   "2. Patient will state 3 early signs of a COPD flare and the action for each "
                   "by 03/06/2026.",
                   "3. Patient will walk 150 ft with rolling walker on 2 L O2 keeping SpO2 at "
                   "88% or above by 03/09/2026.",
                   "4. Patient will complete upper- and lower-body dressing with set-up only "
                   "by 03/02/2026."]),
        ("Rehab potential / discharge", "Good. Discharge to self-care with his wife when goals "
                                        "are met."),
        ("Certifying practitioner", f"Adaeze Nwosu, APRN, FNP-BC \u2014 NPI {npi('141167830')}"),
        ("Certification statement", "I certify that this patient is homebound, needs intermittent "
                                    "skilled nursing and therapy, is under my care, and that a "
                                    "face-to-face encounter was performed on 02/04/2026."),
        ("Signature / date", f"Adaeze Nwosu, APRN, FNP-BC        {us(np_sig)}"),
    ]
    for i, (lab, val) in enumerate(rows):
        shade(t.rows[i].cells[0], "DDEBF7")
        cell_text(t.rows[i].cells[0], lab, bold=True)
        cell_text(t.rows[i].cells[1], val)
    widths(t, [2.0, 5.0])
    save(doc, name)
    record(name, "medicare-home-health", as_of, [],
           "Clean. Two-column form with shaded labels; one row per discipline with frequency and "
           "duration in words; measurable dated goals; certified by a nurse practitioner "
           "(APRN, FNP-BC: an allowed practitioner since 2020) with a dated signature; 59-day "
           "certification period.", layout="two-column shaded form", discipline="home-health")


# ============================================================================================
# Substance use disorder (DOCX), checked against state profiles with the base payer profile
# ============================================================================================


def sud01() -> None:
    """Florida residential level 2; checkbox form; QP countersignature in time. Clean."""
    name = "sud01_fl_res2_checkbox_clean.docx"
    admit, plan, qp, as_of = "2026-01-05", "2026-01-15", "2026-01-20", "2026-02-10"
    assert days(admit, plan) <= 15 and days(plan, qp) <= 10
    doc = new_doc(font="Arial", size=9.5)
    para(doc, "SANDPIPER RECOVERY CENTER", bold=True, size=12, align="center")
    para(doc, "Licensed under Chapter 397, F.S. \u2022 Ocala, Florida", size=8, align="center")
    para(doc, "INDIVIDUALIZED TREATMENT PLAN", bold=True, align="center")
    t = table(doc, 3, 4)
    vals = [("Client name", "Dwayne Fitzgerald-Oyo", "Date of birth", "03/03/1990"),
            ("Medicaid ID", "8841200375", "Client #", "SRC-26-0031"),
            ("Admission date", us(admit), "Treatment plan date", us(plan))]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, bold=(j % 2 == 0))
            if j % 2 == 0:
                shade(t.rows[i].cells[j], "F2F2F2")
    p = para(doc, "")
    p.add_run("Level of care: ").bold = True
    checkbox_run(p, False, "Intensive Inpatient")
    checkbox_run(p, False, "Residential Level 1")
    checkbox_run(p, True, "Residential Level 2")
    checkbox_run(p, False, "Residential Level 3")
    checkbox_run(p, False, "Day/Night")
    checkbox_run(p, False, "Intensive Outpatient")
    checkbox_run(p, False, "Outpatient")
    para(doc, "Diagnoses (ICD-10-CM): F11.20 Opioid use disorder, severe (opioid dependence, "
              "uncomplicated); F41.1 Generalized anxiety disorder")
    para(doc, "")
    blocks = [
        ("PROBLEM 1 \u2014 Opioid use (fentanyl, 1 g/day IV before admission)",
         "GOAL: Achieve and maintain abstinence from opioids and other non-prescribed drugs.",
         [("1a", "Submit negative urine drug screens on 100% of random weekly tests.",
           "03/15/2026"),
          ("1b", "Write a relapse prevention plan naming 5 triggers and a coping response for "
                 "each, and review it with the counselor.", "02/05/2026"),
          ("1c", "Take buprenorphine as prescribed with 0 missed doses per the medication "
                 "administration record.", "03/15/2026")]),
        ("PROBLEM 2 \u2014 Anxiety and insomnia",
         "GOAL: Manage anxiety without substances.",
         [("2a", "Reduce GAD-7 score from 15 to 9 or below.", "03/01/2026"),
          ("2b", "Use a breathing or grounding skill at least once daily, logged on 6 of 7 days.",
           "02/15/2026")]),
    ]
    for prob, goal, objs in blocks:
        para(doc, prob, bold=True)
        para(doc, goal)
        t = table(doc, len(objs) + 1, 3)
        for j, h in enumerate(["#", "Measurable objective", "Expected completion"]):
            cell_text(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "F2F2F2")
        for i, row in enumerate(objs, start=1):
            for j, v in enumerate(row):
                cell_text(t.rows[i].cells[j], v)
        widths(t, [0.5, 5.0, 1.5])
        para(doc, "")
    para(doc, "SERVICES / INTERVENTIONS", bold=True)
    t = table(doc, 6, 3)
    for j, h in enumerate(["Service", "Frequency", "Responsible"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "F2F2F2")
    for i, row in enumerate([("Individual counseling (50 min)", "1x/week", "Primary counselor"),
                             ("Group counseling", "5x/week", "Counseling staff"),
                             ("Psychoeducation (relapse prevention, anxiety)", "3x/week",
                              "Counseling staff"),
                             ("Medication-assisted treatment (buprenorphine) review",
                              "1x/week", "Medical provider"),
                             ("Random urine drug screen", "1x/week", "Nursing")], start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v)
    para(doc, "")
    para(doc, "SIGNATURES", bold=True)
    t = table(doc, 4, 3)
    for j, h in enumerate(["", "Signature", "Date"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
    for i, row in enumerate([("Client", "Dwayne Fitzgerald-Oyo", us(plan)),
                             ("Primary counselor", "Jerome Alvarado, BA, Counselor", us(plan)),
                             ("Qualified professional (review)", "Miriam Oduya-Stein, LMHC",
                              us(qp))], start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v)
    save(doc, name)
    record(name, "base-treatment-plan", as_of, [],
           "Clean. Florida residential form: level of care chosen with \u2612 among \u2610 boxes "
           "(Residential Level 2: plan due in 15 days; written on day 10), objectives in small "
           "tables with 'Expected completion' dates, services table with frequencies, client and "
           "counselor signed on the plan date, qualified professional countersigned 5 days later.",
           states=("fl-65d-30",), layout="agency form with checkboxes", discipline="sud")


def sud02() -> None:
    """Florida residential level 1; plan on day 10 (limit 7); QP countersignature on day 14."""
    name = "sud02_fl_res1_late_plan_late_qp.docx"
    admit, plan, qp, as_of = "2026-02-02", "2026-02-12", "2026-02-26", "2026-03-10"
    assert days(admit, plan) > 7 and days(plan, qp) > 10
    doc = new_doc(font="Calibri", size=10)
    para(doc, "Cypress Hammock Treatment Center \u2014 Gainesville, FL", bold=True, size=12)
    para(doc, "Treatment Plan", bold=True, size=11)
    t = table(doc, 4, 2, style=None)
    info = [("Client: Krystal Vanderpool", "DOB: 1988-12-19"),
            ("Medicaid #: 6602918844", "Program: Residential Level 1"),
            (f"Admitted: {abbr_date(admit)}", f"Plan completed: {abbr_date(plan)}"),
            ("Primary counselor: Brian Keough, Counselor", "")]
    for i, (a, b) in enumerate(info):
        cell_text(t.rows[i].cells[0], a)
        cell_text(t.rows[i].cells[1], b)
    para(doc, "")
    labelled(doc, "Diagnoses: ", "F10.20 Alcohol use disorder, severe; F12.20 Cannabis use "
                                "disorder, moderate")
    para(doc, "")
    t = table(doc, 7, 4)
    for j, h in enumerate(["Goal", "Objective", "Intervention / frequency", "Target date"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "FCE4D6")
    rows = [
        ("1. Sobriety from alcohol and cannabis",
         "Negative breathalyzer and urine screens on every test during residential stay",
         "Random UDS/breathalyzer 2x/week (nursing)", "04/02/2026"),
        ("", "List 6 high-risk situations and a refusal or coping skill for each",
         "Relapse prevention group 5x/week", "03/05/2026"),
        ("2. Repair family relationships",
         "Attend 3 family sessions with her mother and sister",
         "Family session 1x/week (60 min)", "03/26/2026"),
        ("", "Write and read an amends letter in a family session",
         "Individual counseling 2x/week (45 min)", "03/19/2026"),
        ("3. Aftercare",
         "Complete 1 intake appointment with an outpatient provider, confirmed in writing, before "
         "discharge",
         "Case management 1x/week", "03/30/2026"),
        ("", "Attend 4 community recovery meetings (AA/SMART) on pass, verified by sign-in sheet",
         "Peer support 2x/week", "03/30/2026"),
    ]
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v)
    t.rows[1].cells[0].merge(t.rows[2].cells[0])
    t.rows[3].cells[0].merge(t.rows[4].cells[0])
    t.rows[5].cells[0].merge(t.rows[6].cells[0])
    para(doc, "")
    para(doc, f"Client signature: Krystal Vanderpool          Date: {us(plan)}")
    para(doc, f"Counselor signature: Brian Keough, Counselor   Date: {us(plan)}")
    para(doc, f"Qualified professional countersignature: Lionel Batiste, LCSW   Date: {us(qp)}")
    save(doc, name)
    record(name, "base-treatment-plan", as_of, [["plan-late"], ["signature-late"]],
           "Borderless info table, goals table with merged goal cells and a combined "
           "'Intervention / frequency' column. Gaps: (1) residential level 1 plan written 10 days "
           "after admission (Florida: 7 days); (2) the qualified professional countersigned 14 days "
           "after the plan (limit 10).", states=("fl-65d-30",),
           layout="goals table with merged cells", discipline="sud")


def sud03() -> None:
    """New York inpatient rehabilitation; problem/goal/methods table with merged problem cells."""
    name = "sud03_ny_inpatient_problem_table_clean.docx"
    admit, plan, md, as_of = "2026-01-19", "2026-01-24", "2026-01-27", "2026-02-15"
    assert days(admit, plan) <= 7 and days(admit, md) <= 10
    doc = new_doc(landscape=True, size=9.5)
    para(doc, "HUDSON BLUFF ADDICTION TREATMENT CENTER", bold=True, size=12)
    para(doc, "Inpatient Rehabilitation Services (OASAS Part 818) \u2014 Kingston, NY \u2014 "
              "Comprehensive Treatment Plan", size=10)
    t = table(doc, 2, 5)
    h = ["Patient", "DOB", "Medicaid CIN", "Admission", "Plan date"]
    v = ["Roderick Asante-Bloom", "07/07/1979", "KT40917M", us(admit), us(plan)]
    for j in range(5):
        cell_text(t.rows[0].cells[j], h[j], bold=True)
        shade(t.rows[0].cells[j], "D0CECE")
        cell_text(t.rows[1].cells[j], v[j])
    para(doc, "")
    para(doc, "Diagnoses: F10.20 Alcohol use disorder, severe; F43.10 Post-traumatic stress "
              "disorder, unspecified; I10 Essential hypertension", bold=False)
    para(doc, "")
    head = ["Problem area", "Goal", "Objective (measurable)", "Methods / approaches", "Target"]
    rows = [
        ("Alcohol use: daily drinking (1 L vodka), two withdrawal seizures",
         "Remain abstinent and build a recovery routine",
         "Identify 5 personal triggers and a coping response for each in writing",
         "Individual counseling 2x/week; CBT relapse-prevention group daily", "02/07/2026"),
        (None, None, "Attend 100% of scheduled groups",
         "Attendance tracked by unit staff", "02/14/2026"),
        ("Trauma symptoms: nightmares, hypervigilance",
         "Reduce trauma symptoms that trigger drinking",
         "Reduce PCL-5 score from 48 to 38 or below",
         "Seeking Safety group 3x/week; psychiatric evaluation", "02/14/2026"),
        ("Medical: hypertension, post-withdrawal",
         "Stabilise blood pressure", "Blood pressure under 140/90 on 5 consecutive daily checks",
         "Nursing BP checks daily; medication management by physician", "02/07/2026"),
        ("Discharge/continuing care", "Connect to outpatient care",
         "Complete intake with an outpatient OASAS clinic before discharge",
         "Case management 2x/week", "02/14/2026"),
    ]
    t = table(doc, len(rows) + 1, 5)
    for j, hh in enumerate(head):
        cell_text(t.rows[0].cells[j], hh, bold=True)
        shade(t.rows[0].cells[j], "D0CECE")
    for i, row in enumerate(rows, start=1):
        for j, val in enumerate(row):
            if val is not None:
                cell_text(t.rows[i].cells[j], val)
    t.rows[1].cells[0].merge(t.rows[2].cells[0])
    t.rows[1].cells[1].merge(t.rows[2].cells[1])
    widths(t, [1.9, 1.9, 2.6, 2.6, 0.9])
    para(doc, "")
    t = table(doc, 4, 3)
    for j, hh in enumerate(["Role", "Name / credentials", "Date signed"]):
        cell_text(t.rows[0].cells[j], hh, bold=True)
    for i, row in enumerate([("Patient", "Roderick Asante-Bloom", us(plan)),
                             ("Responsible clinician", "Naomi Feldstein, LMSW, CASAC", us(plan)),
                             ("Physician review", "Helga Sorensen, MD, Medical Director", us(md))],
                            start=1):
        for j, val in enumerate(row):
            cell_text(t.rows[i].cells[j], val)
    save(doc, name)
    record(name, "base-treatment-plan", as_of, [],
           "Clean. Landscape problem-oriented table (Problem area / Goal / Objective / Methods / "
           "Target) with the first problem's cells merged over two rows. Plan 5 days after "
           "admission, physician review 8 days after admission, responsible clinician signed.",
           states=("ny-oasas-818",), layout="problem-oriented table, merged cells",
           discipline="sud")


def sud04() -> None:
    """New York inpatient; section names in a left column; F11.2 category; physician late."""
    name = "sud04_ny_leftcol_sections_f112_late_md.docx"
    admit, plan, md, as_of = "2026-02-09", "2026-02-13", "2026-02-23", "2026-03-15"
    assert days(admit, plan) <= 7 and days(admit, md) > 10
    doc = new_doc(font="Garamond", size=11)
    para(doc, "Mohawk Valley Recovery Pavilion \u2014 Inpatient Rehabilitation", bold=True, size=13)
    t = table(doc, 7, 2, style=None)
    sections = [
        ("Identification", ["Jessamyn Kowalski-Pratt, born 1993-05-21. Medicaid CIN RW73105P.",
                            f"Admitted {long_date(admit)}. Plan written {long_date(plan)}."]),
        ("Diagnoses", ["F11.2 Opioid use disorder, severe", "F14.20 Cocaine use disorder, "
                                                             "moderate"]),
        ("Problem 1", ["Opioid and cocaine use with two overdoses in 2025.",
                       "Goal: remain drug-free and start medication for opioid use disorder.",
                       "Objective: accept induction on extended-release buprenorphine before "
                       "discharge (by 03/06/2026).",
                       "Objective: negative toxicology on all weekly tests through discharge.",
                       "Methods: individual counseling twice weekly; relapse-prevention group "
                       "daily; MOUD education."]),
        ("Problem 2", ["Housing instability after eviction.",
                       "Goal: secure safe housing for discharge.",
                       "Objective: complete 2 supportive-housing applications by 03/02/2026.",
                       "Methods: case management three times weekly."]),
        ("Problem 3", ["Hepatitis C antibody positive.",
                       "Goal: connect to hepatitis C treatment.",
                       "Objective: attend a hepatology appointment within 30 days of discharge "
                       "(referral placed by 03/06/2026).",
                       "Methods: nursing education; referral by the physician."]),
        ("Responsible clinician", [f"Marcus Oyelaran, CASAC \u2014 signed {us(plan)}",
                                   f"Patient: Jessamyn Kowalski-Pratt \u2014 signed {us(plan)}"]),
        ("Physician review", [f"Reviewed and approved: Dr. Ilse Marchetti, DO \u2014 {us(md)}"]),
    ]
    for i, (lab, val) in enumerate(sections):
        cell_text(t.rows[i].cells[0], lab, bold=True)
        cell_text(t.rows[i].cells[1], val)
    widths(t, [1.6, 5.4])
    save(doc, name)
    record(name, "base-treatment-plan", as_of,
           [["diagnosis-code-not-billable"], ["signature-late"]],
           "Borderless two-column layout: section names in the left column, content paragraphs "
           "in the right. Gaps: (1) F11.2 is the opioid-dependence subcategory, not a billable "
           "code (F11.20 etc.); it exists in ICD-10-CM, so diagnosis-code-invalid would be a "
           "false alarm (as for F43.1 in psy05); (2) the physician (DO) reviewed and "
           "signed 14 days after admission (limit 10).", states=("ny-oasas-818",),
           layout="section names in left column", discipline="sud")


def sud05() -> None:
    """Texas outpatient; single table; vague undated objectives; client signature blank."""
    name = "sud05_tx_op_single_table_vague_objectives.docx"
    admit, plan, as_of = "2026-01-12", "2026-01-16", "2026-02-20"
    doc = new_doc(size=10)
    rows = [
        ("H", "BRAZOS BEND COUNSELING & RECOVERY, LLC \u2014 Waco, TX \u2014 Outpatient Treatment "
              "Plan"),
        ("R", "Client", "Esteban Villarreal-Cruz"),
        ("R", "DOB", "01/30/1985"),
        ("R", "Medicaid / member ID", "520417738"),
        ("R", "Admission", us(admit)),
        ("R", "Plan date", us(plan)),
        ("R", "Diagnoses", "F14.20 Cocaine use disorder, moderate; F10.10 Alcohol use disorder, "
                           "mild"),
        ("H", "Problem 1: Cocaine use on weekends, missed work"),
        ("R", "Goal", "Stop using cocaine."),
        ("R", "Objectives", ["Client will gain insight into his triggers for use.",
                             "Client will work on relapse prevention skills."]),
        ("H", "Problem 2: Conflict with wife about drinking and money"),
        ("R", "Goal", "Improve family relationships."),
        ("R", "Objectives", ["Client will improve communication with his wife.",
                             "Client will be more honest about his spending."]),
        ("H", "Strategies"),
        ("R", "Individual counseling", "1x/week, 60 minutes"),
        ("R", "Group counseling", "3x/week, 90 minutes"),
        ("R", "Urine drug screens", "Random, 1x/week"),
        ("R", "Projected length of stay", "12 weeks"),
        ("H", "Signatures"),
        ("R", "Counselor", f"Leticia Gaona, LCDC    Date: {us(plan)}"),
        ("R", "Client", "____________________    Date: ________"),
    ]
    t = table(doc, len(rows), 2)
    for i, row in enumerate(rows):
        if row[0] == "H":
            m = t.rows[i].cells[0].merge(t.rows[i].cells[1])
            shade(m, "D9D9D9")
            cell_text(m, row[1], bold=True)
        else:
            cell_text(t.rows[i].cells[0], row[1], bold=True)
            cell_text(t.rows[i].cells[1], row[2])
    widths(t, [2.0, 5.0])
    save(doc, name)
    record(name, "base-treatment-plan", as_of,
           [["objective-not-measurable"], ["objective-not-time-bound"], ["signature-missing"]],
           "One 2-column table with merged shaded header rows. Gaps: (1) all four objectives are "
           "vague ('gain insight', 'work on', 'improve communication', 'be more honest'); (2) no "
           "objective or goal has a date or time frame (the 12-week length of stay is not a "
           "target date); (3) the client signature line and date are blank.",
           states=("tx-26tac-564",), layout="single big table", discipline="sud")


def sud06() -> None:
    """Texas IOP; different section words; 'Signed electronically' lines. Clean."""
    name = "sud06_tx_iop_alt_headings_esig_clean.docx"
    admit, plan, as_of = "2026-02-02", "2026-02-05", "2026-03-01"
    doc = new_doc(font="Calibri", size=10.5)
    para(doc, "Caprock Recovery Institute \u2014 Intensive Outpatient Program (Lubbock, TX)",
         bold=True, size=12)
    para(doc, f"Client: Shanice Holloway-Burke | DOB 09/09/1991 | Member ID TXH2200481955 | "
              f"Admitted {us(admit)} | Plan {us(plan)}")
    para(doc, "Diagnoses: F15.20 Stimulant (methamphetamine) use disorder, severe; F43.10 "
              "Post-traumatic stress disorder")
    doc.add_heading("Presenting Problems", level=3)
    para(doc, "Daily methamphetamine use for 3 years; lost custody of her son in 2025; trauma "
              "history; court-ordered treatment.")
    doc.add_heading("Long-Range Goals", level=3)
    para(doc, "LRG 1 \u2014 Live free of methamphetamine and other drugs.")
    para(doc, "LRG 2 \u2014 Regain supervised visitation with her son.")
    doc.add_heading("Behavioral Objectives", level=3)
    para(doc, "1.1  Provide negative urine drug screens on all random tests for 6 consecutive "
              "weeks, by 03/20/2026.")
    para(doc, "1.2  Attend at least 3 community recovery meetings per week, verified by signed "
              "attendance sheets, by 02/27/2026.")
    para(doc, "1.3  Identify 5 triggers and demonstrate 2 refusal skills in role-play by "
              "02/20/2026.")
    para(doc, "2.1  Attend 8 of 8 parenting class sessions, verified by the completion "
              "certificate, by 04/03/2026.")
    para(doc, "2.2  Attend 100% of scheduled CPS visits and case meetings through 04/03/2026.")
    doc.add_heading("Strategies & Frequency", level=3)
    para(doc, "IOP group counseling, 3 hours per day, 3 days per week (Mon/Wed/Fri).")
    para(doc, "Individual counseling, 1 session per week (50 minutes).")
    para(doc, "Trauma-focused group (Seeking Safety), once weekly.")
    para(doc, "Random urine drug screens, at least once a week.")
    doc.add_heading("Projected Length of Stay", level=3)
    para(doc, "8 weeks in IOP, then step-down to outpatient.")
    doc.add_heading("Agreement", level=3)
    para(doc, "I helped write this plan and I agree with it.")
    para(doc, f"Signed electronically: Shanice Holloway-Burke (client) \u2014 {us(plan)} 11:02")
    para(doc, f"Signed electronically: Porter Quinlan, LCDC \u2014 {us(plan)} 11:15")
    save(doc, name)
    record(name, "base-treatment-plan", as_of, [],
           "Clean. Sections named Presenting Problems / Long-Range Goals (LRG) / Behavioral "
           "Objectives / Strategies & Frequency / Projected Length of Stay / Agreement; objectives "
           "are numbered 1.1-2.2 under a separate heading from their goals (linked only by the "
           "number); electronic signature lines for client and counselor.",
           states=("tx-26tac-564",), layout="alternative headings, e-signatures",
           discipline="sud")


def sud07() -> None:
    """California NTP; counselor, supervisor and medical director within 14 days. Clean."""
    name = "sud07_ca_ntp_clean.docx"
    admit, plan, sup, md, review, as_of = ("2025-12-01", "2025-12-22", "2025-12-29",
                                           "2026-01-02", "2026-02-27", "2026-02-01")
    assert days(admit, plan) <= 28 and days(plan, sup) <= 14 and days(plan, md) <= 14
    assert days(admit, review) <= 92
    doc = new_doc(font="Calibri", size=10)
    para(doc, "Pacific Crest Opioid Treatment Program \u2014 Fresno, CA", bold=True, size=12)
    para(doc, "Initial Maintenance Treatment Plan (Cal. Code Regs. tit. 9, \u00a710305)", size=10)
    t = table(doc, 3, 4)
    vals = [("Patient", "Marisela Ocampo-Trent", "DOB", "04/04/1984"),
            ("Medi-Cal CIN", "94571238A", "Program", "Narcotic treatment program \u2014 "
                                                      "methadone maintenance"),
            ("Maintenance admission", us(admit), "Plan effective date", us(plan))]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, bold=(j % 2 == 0))
    para(doc, "")
    para(doc, "Diagnoses: F11.20 Opioid use disorder, severe; F17.210 Nicotine dependence, "
              "cigarettes")
    para(doc, "Dose at plan date: methadone 80 mg daily, observed.")
    para(doc, "")
    para(doc, "Long-term goals and short-term goals", bold=True)
    items = [
        ("Long-term goal 1: Stop all illicit opioid use and stabilise on methadone.", [
            ("Short-term goal 1a: Urine toxicology negative for fentanyl and heroin on 4 "
             "consecutive monthly tests.", "03/15/2026"),
            ("Short-term goal 1b: Attend dosing at least 6 of 7 days per week for 8 weeks.",
             "02/20/2026")]),
        ("Long-term goal 2: Improve physical health.", [
            ("Short-term goal 2a: Complete a primary care visit including hepatitis C and HIV "
             "testing.", "02/13/2026"),
            ("Short-term goal 2b: Reduce smoking from 20 to 10 or fewer cigarettes per day.",
             "03/15/2026")]),
        ("Long-term goal 3: Stable employment.", [
            ("Short-term goal 3a: Submit at least 3 job applications per week.", "02/27/2026")]),
    ]
    for goal, stgs in items:
        para(doc, goal)
        for s, dte in stgs:
            para(doc, f"    {s}  Target date: {dte}")
    para(doc, "")
    para(doc, "Services: individual counseling 50 minutes twice monthly; medical review monthly; "
              "daily observed dosing.")
    para(doc, f"Next treatment plan update due: {us(review)}")
    para(doc, "")
    t = table(doc, 5, 3)
    for j, h in enumerate(["Signature", "Name / title", "Date"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
    for i, row in enumerate([("Patient", "Marisela Ocampo-Trent", us(plan)),
                             ("Primary counselor", "Gilberto Ahn, CADC-II", us(plan)),
                             ("Supervising counselor", "Ren\u00e9e Castillo, LAADC", us(sup)),
                             ("Medical director", "Dr. Evelyn Takahashi, M.D.", us(md))], start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v)
    save(doc, name)
    record(name, "base-treatment-plan", as_of, [],
           "Clean. California NTP: plan 21 days after the start of maintenance; short-term goals "
           "(objectives) with target dates; next update 88 days after admission; supervising "
           "counselor (7 days) and medical director (11 days) countersigned within 14 days.",
           states=("ca-title9-ntp",), layout="indented goal lines + signature table",
           discipline="sud")


def sud08() -> None:
    """Florida outpatient; services without frequencies."""
    name = "sud08_fl_op_bullets_no_frequency.docx"
    admit, plan, as_of = "2026-01-13", "2026-01-27", "2026-02-25"
    doc = new_doc(font="Calibri", size=10.5)
    para(doc, "Seagrape Outpatient Services \u2014 Jacksonville, FL", bold=True, size=12)
    para(doc, "Outpatient Treatment Plan", size=11)
    para(doc, "Client: Tobias Wrenfield", style="List Bullet")
    para(doc, "Date of birth: 10/17/1979", style="List Bullet")
    para(doc, "Florida Medicaid ID: 9920183374", style="List Bullet")
    para(doc, "Level of care: Outpatient", style="List Bullet")
    para(doc, f"Admission: {us(admit)}", style="List Bullet")
    para(doc, f"Treatment plan date: {us(plan)}", style="List Bullet")
    para(doc, "Diagnosis: F10.20 Alcohol use disorder, moderate", style="List Bullet")
    para(doc, "Goal 1: Abstain from alcohol.", bold=True)
    para(doc, "Objective 1.1: Zero positive breathalyzer or EtG tests over 8 consecutive weeks "
              "(by 03/24/2026).", style="List Bullet 2")
    para(doc, "Objective 1.2: Attend at least 2 AA or SMART Recovery meetings per week, verified "
              "by sign-in sheet (by 02/24/2026).", style="List Bullet 2")
    para(doc, "Goal 2: Keep his commercial driver's licence.", bold=True)
    para(doc, "Objective 2.1: Attend all 12 hours of the DUI programme's education course, "
              "verified by the completion certificate (by 03/10/2026).", style="List Bullet 2")
    para(doc, "Objective 2.2: Install the ignition interlock and record 0 failed tests for 30 "
              "days (by 03/31/2026).", style="List Bullet 2")
    para(doc, "Services", bold=True)
    para(doc, "Individual counseling \u2014 as clinically indicated.", style="List Bullet")
    para(doc, "Group therapy \u2014 per program schedule.", style="List Bullet")
    para(doc, "Breathalyzer / EtG testing \u2014 random.", style="List Bullet")
    para(doc, "Signatures", bold=True)
    para(doc, f"Client: Tobias Wrenfield, {us(plan)}", style="List Bullet")
    para(doc, f"Counselor: Alana Greer-Mbeki, LMHC, {us(plan)}", style="List Bullet")
    save(doc, name)
    record(name, "base-treatment-plan", as_of, [["frequency-missing"]],
           "Bulleted outpatient plan. Gap: no service states a frequency ('as clinically "
           "indicated', 'per program schedule', 'random'). Level of care 'Outpatient', so "
           "Florida's plan deadline is not checked; the author is an LMHC so no countersignature "
           "is expected.", states=("fl-65d-30",), layout="bullets", discipline="sud")


# ============================================================================================
# FHIR R4 bundles
# ============================================================================================

import uuid  # noqa: E402

CPT = "http://www.ama-assn.org/go/cpt"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
NPI_SYS = "http://hl7.org/fhir/sid/us-npi"
MBI_SYS = "http://hl7.org/fhir/sid/us-mbi"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
UCUM = "http://unitsofmeasure.org"
SIG_TYPE = "urn:iso-astm:E1762-95:2013"
NS = uuid.UUID("6b1e0d0c-4f7a-4a57-9d1e-b1d0a7a5e001")


def uid(*parts: str) -> str:
    return str(uuid.uuid5(NS, "/".join(parts)))


def member_identifier(value: str, system: str, payer: str) -> dict:
    return {"use": "official",
            "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                 "code": "MB", "display": "Member Number"}]},
            "system": system, "value": value, "assigner": {"display": payer}}


def practitioner(pid: str, family: str, given: list[str], cred: str, npi_value: str,
                 qual_code: dict | None = None) -> dict:
    q = {"code": {"text": cred}}
    if qual_code:
        q["code"]["coding"] = [qual_code]
    return {"resourceType": "Practitioner", "id": pid,
            "identifier": [{"system": NPI_SYS, "value": npi_value}],
            "name": [{"family": family, "given": given, "suffix": [cred]}],
            "qualification": [q]}


def write_json(name: str, obj: dict) -> None:
    (OUT / name).write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def fhir01() -> None:
    """Collection bundle, urn:uuid references; goals carry their targets. Clean."""
    name = "fhir01_psy_collection_clean.json"
    plan, end, as_of = "2026-01-22", "2026-07-21", "2026-03-05"
    ids = {k: uid(name, k) for k in ["pat", "prac", "cond", "g1", "g2", "cp", "prov"]}
    ref = {k: f"urn:uuid:{v}" for k, v in ids.items()}
    pat = {"resourceType": "Patient", "id": ids["pat"],
           "identifier": [member_identifier("9VH3FT6WK27", MBI_SYS, "Medicare"),
                          {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                                "code": "MR"}]},
                           "system": "urn:oid:2.16.840.1.113883.3.7821.1", "value": "NLC-300577"}],
           "name": [{"family": "Hartigan", "given": ["Wilma", "June"]}],
           "gender": "female", "birthDate": "1954-09-12"}
    prac = practitioner(ids["prac"], "Oyelaran-Marsh", ["Theodora"], "LCSW", npi("120776453"),
                        {"system": "http://nucc.org/provider-taxonomy", "code": "1041C0700X",
                         "display": "Clinical Social Worker"})
    cond = {"resourceType": "Condition", "id": ids["cond"],
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                           "code": "active"}]},
            "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                                               "code": "confirmed"}]},
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                      "code": "problem-list-item"}]}],
            "code": {"coding": [{"system": ICD10, "code": "F32.1",
                                 "display": "Major depressive disorder, single episode, moderate"}],
                     "text": "Major depressive disorder, single episode, moderate"},
            "subject": {"reference": ref["pat"]}, "recordedDate": "2026-01-15"}
    g1 = {"resourceType": "Goal", "id": ids["g1"], "lifecycleStatus": "active",
          "description": {"text": "Reduce depressive symptoms: PHQ-9 from 17 to below 10"},
          "subject": {"reference": ref["pat"]}, "startDate": plan,
          "target": [{"measure": {"coding": [{"system": LOINC, "code": "44261-6",
                                              "display": "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"}]},
                      "detailQuantity": {"value": 10, "comparator": "<", "unit": "{score}",
                                         "system": UCUM, "code": "{score}"},
                      "dueDate": "2026-05-22"}],
          "addresses": [{"reference": ref["cond"]}]}
    g2 = {"resourceType": "Goal", "id": ids["g2"], "lifecycleStatus": "active",
          "description": {"text": "Return to part-time work at the garden centre at least 12 hours "
                                  "per week"},
          "subject": {"reference": ref["pat"]}, "startDate": plan,
          "target": [{"measure": {"text": "Hours worked per week (self-report, pay stubs)"},
                      "detailQuantity": {"value": 12, "comparator": ">=", "unit": "h/wk",
                                         "system": UCUM, "code": "h/wk"},
                      "dueDate": "2026-06-30"}],
          "addresses": [{"reference": ref["cond"]}]}
    cp = {"resourceType": "CarePlan", "id": ids["cp"], "status": "active", "intent": "plan",
          "category": [{"text": "Outpatient psychotherapy treatment plan"}],
          "title": "Individual psychotherapy treatment plan",
          "subject": {"reference": ref["pat"]},
          "period": {"start": plan, "end": end}, "created": plan,
          "author": {"reference": ref["prac"]},
          "addresses": [{"reference": ref["cond"]}],
          "goal": [{"reference": ref["g1"]}, {"reference": ref["g2"]}],
          "activity": [{"detail": {
              "kind": "ServiceRequest",
              "code": {"coding": [{"system": CPT, "code": "90837",
                                   "display": "Psychotherapy, 60 minutes with patient"}]},
              "status": "in-progress",
              "scheduledTiming": {"repeat": {"boundsPeriod": {"start": plan, "end": end},
                                             "frequency": 1, "period": 1, "periodUnit": "wk",
                                             "duration": 53, "durationUnit": "min"}},
              "performer": [{"reference": ref["prac"]}],
              "description": "Individual cognitive behavioral therapy with behavioral activation, "
                             "53-60 minute sessions once a week for 6 months."}}]}
    prov = {"resourceType": "Provenance", "id": ids["prov"], "target": [{"reference": ref["cp"]}],
            "recorded": f"{plan}T16:40:00-06:00",
            "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                            "code": "author"}]},
                       "who": {"reference": ref["prac"]}}],
            "signature": [{"type": [{"system": SIG_TYPE, "code": "1.2.840.10065.1.12.1.1",
                                     "display": "Author's Signature"}],
                           "when": f"{plan}T16:40:00-06:00", "who": {"reference": ref["prac"]},
                           "sigFormat": "application/jose"}]}
    bundle = {"resourceType": "Bundle", "id": uid(name), "type": "collection",
              "timestamp": f"{plan}T16:45:00-06:00",
              "entry": [{"fullUrl": ref[k], "resource": r} for k, r in
                        [("pat", pat), ("prac", prac), ("cond", cond), ("g1", g1), ("g2", g2),
                         ("cp", cp), ("prov", prov)]]}
    write_json(name, bundle)
    record(name, "medicare-psychotherapy", as_of, [],
           "Clean. Collection bundle with urn:uuid references. Frequency and session length in "
           "CarePlan.activity.detail.scheduledTiming.repeat (1 per week, 53 min) and the "
           "description; duration = CarePlan.period (6 months); goals are measurable through "
           "Goal.target (PHQ-9 < 10; >= 12 h/wk) with due dates; the clinician's signature is a "
           "Provenance.signature by a Practitioner whose qualification and name suffix are LCSW.",
           layout="FHIR collection bundle", discipline="psychotherapy")


def fhir02() -> None:
    """Transaction bundle (POST entries); PT; no physician/NPP certification at all."""
    name = "fhir02_pt_transaction_no_certification.json"
    first, end, as_of = "2026-01-07", "2026-04-06", "2026-02-18"
    assert days(first, end) <= 90
    ids = {k: uid(name, k) for k in ["pat", "pt", "org", "enc", "c1", "c2", "g1", "g2", "g3",
                                     "cp", "prov"]}
    ref = {k: f"urn:uuid:{v}" for k, v in ids.items()}
    pat = {"resourceType": "Patient",
           "identifier": [member_identifier("1KD8CE4RT96", MBI_SYS, "Medicare Part B")],
           "name": [{"use": "official", "family": "Szabo", "given": ["Ferenc"]}],
           "gender": "male", "birthDate": "1945-03-27"}
    pt = practitioner("x", "Amankwah", ["Efua"], "PT, DPT", npi("133508276"))
    del pt["id"]
    org = {"resourceType": "Organization", "name": "Lindenwood Outpatient Rehabilitation",
           "identifier": [{"system": NPI_SYS, "value": npi("145901128")}]}
    enc = {"resourceType": "Encounter", "status": "finished",
           "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
           "type": [{"coding": [{"system": CPT, "code": "97162",
                                 "display": "Physical therapy evaluation, moderate complexity"}],
                     "text": "Initial PT evaluation (first treatment day)"}],
           "subject": {"reference": ref["pat"]},
           "participant": [{"individual": {"reference": ref["pt"]}}],
           "period": {"start": f"{first}T09:00:00-05:00", "end": f"{first}T10:10:00-05:00"},
           "serviceProvider": {"reference": ref["org"]}}

    def cond(code, disp):
        return {"resourceType": "Condition",
                "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                               "code": "active"}]},
                "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                          "code": "encounter-diagnosis"}]}],
                "code": {"coding": [{"system": ICD10, "code": code, "display": disp}]},
                "subject": {"reference": ref["pat"]}, "encounter": {"reference": ref["enc"]}}

    c1 = cond("S72.001D", "Fracture of unspecified part of neck of right femur, subsequent "
                          "encounter for closed fracture with routine healing")
    c2 = cond("R26.89", "Other abnormalities of gait and mobility")

    def goal(text, measure, detail, due):
        g = {"resourceType": "Goal", "lifecycleStatus": "active",
             "description": {"text": text}, "subject": {"reference": ref["pat"]},
             "target": [{"measure": {"text": measure}, "dueDate": due}]}
        g["target"][0].update(detail)
        return g

    g1 = goal("Timed Up and Go under 12 seconds with a single-point cane", "Timed Up and Go",
              {"detailQuantity": {"value": 12, "comparator": "<", "unit": "s", "system": UCUM,
                                  "code": "s"}}, "2026-03-04")
    g2 = goal("Walk 500 feet on level surfaces with a cane, modified independent",
              "Gait distance", {"detailString": "500 ft, modified independent"}, "2026-03-04")
    g3 = goal("Climb 12 stairs with one rail, step-over-step, independent", "Stair negotiation",
              {"detailString": "12 steps, one rail, independent"}, "2026-03-31")

    def act(code, disp):
        return {"detail": {"kind": "ServiceRequest",
                           "code": {"coding": [{"system": CPT, "code": code, "display": disp}]},
                           "status": "in-progress",
                           "scheduledTiming": {"repeat": {"boundsDuration": {"value": 8, "unit": "wk",
                                                                             "system": UCUM, "code": "wk"},
                                                          "frequency": 3, "period": 1,
                                                          "periodUnit": "wk"}},
                           "performer": [{"reference": ref["pt"]}]}}

    cp = {"resourceType": "CarePlan", "status": "active", "intent": "plan",
          "title": "Physical therapy plan of care",
          "category": [{"text": "Outpatient physical therapy plan of care (Medicare Part B)"}],
          "subject": {"reference": ref["pat"]}, "encounter": {"reference": ref["enc"]},
          "period": {"start": first, "end": end}, "created": first,
          "author": {"reference": ref["pt"]},
          "addresses": [{"reference": ref["c1"]}, {"reference": ref["c2"]}],
          "goal": [{"reference": ref[g]} for g in ["g1", "g2", "g3"]],
          "activity": [act("97110", "Therapeutic exercise"), act("97116", "Gait training"),
                       act("97530", "Therapeutic activities")],
          "note": [{"text": "Frequency 3x/week for 8 weeks; hip precautions; home exercise program."}]}
    prov = {"resourceType": "Provenance", "target": [{"reference": ref["cp"]}],
            "recorded": f"{first}T10:30:00-05:00",
            "agent": [{"who": {"reference": ref["pt"]}}],
            "signature": [{"type": [{"system": SIG_TYPE, "code": "1.2.840.10065.1.12.1.1",
                                     "display": "Author's Signature"}],
                           "when": f"{first}T10:30:00-05:00", "who": {"reference": ref["pt"]},
                           "sigFormat": "application/jose"}]}
    entries = []
    for k, r in [("pat", pat), ("pt", pt), ("org", org), ("enc", enc), ("c1", c1), ("c2", c2),
                 ("g1", g1), ("g2", g2), ("g3", g3), ("cp", cp), ("prov", prov)]:
        entries.append({"fullUrl": ref[k], "resource": r,
                        "request": {"method": "POST", "url": r["resourceType"]}})
    write_json(name, {"resourceType": "Bundle", "type": "transaction", "entry": entries})
    record(name, "medicare-outpatient-therapy", as_of, [["signature-missing"]],
           "Transaction bundle (POST entries, no resource ids). The first treatment day is the "
           "evaluation Encounter (CPT 97162, 2026-01-07) referenced by CarePlan.encounter; the "
           "plan was created the same day. Frequency/duration in scheduledTiming (3 per week, "
           "bounds 8 weeks). Gap: only the therapist signed (Provenance); there is no "
           "physician/NPP certification anywhere (warning from 2025).",
           layout="FHIR transaction bundle", discipline="pt")


def fhir03() -> None:
    """Document bundle (Composition first) for an ABA plan. Clean."""
    name = "fhir03_aba_document_clean.json"
    plan, start, end, review, as_of = ("2026-01-14", "2026-01-19", "2026-07-18", "2026-07-06",
                                       "2026-02-12")
    assert days(plan, review) <= 184
    base = "https://fhir.sprucehollow-aba.example/fhir/"
    ids = {k: uid(name, k) for k in ["comp", "pat", "rp", "bcba", "psy", "org", "cond", "vb",
                                     "vl", "g1", "g2", "g3", "g4", "cp", "sr1", "sr2", "sr3",
                                     "prov"]}

    def R(k, rtype):
        return f"{rtype}/{ids[k]}"

    pat = {"resourceType": "Patient", "id": ids["pat"],
           "identifier": [member_identifier("QHP60024418-02", "urn:oid:2.16.840.1.113883.3.9901.7",
                                            "Keystone Meridian Health")],
           "name": [{"family": "Abernathy", "given": ["Jonah", "Kai"]}], "gender": "male",
           "birthDate": "2021-03-30"}
    rp = {"resourceType": "RelatedPerson", "id": ids["rp"], "patient": {"reference": R("pat", "Patient")},
          "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                                        "code": "MTH", "display": "mother"}]}],
          "name": [{"family": "Abernathy", "given": ["Rosa"]}]}
    bcba = practitioner(ids["bcba"], "Lindqvist", ["Mara"], "BCBA", npi("158822046"))
    psy = practitioner(ids["psy"], "Achebe", ["Nnamdi"], "PhD", npi("101948553"))
    psy["qualification"][0]["code"]["text"] = "PhD, licensed psychologist"
    org = {"resourceType": "Organization", "id": ids["org"], "name": "Spruce Hollow ABA Services"}
    cond = {"resourceType": "Condition", "id": ids["cond"],
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                           "code": "active"}]},
            "code": {"coding": [{"system": ICD10, "code": "F84.0", "display": "Autistic disorder"}],
                     "text": "Autism spectrum disorder, level 2"},
            "subject": {"reference": R("pat", "Patient")},
            "recordedDate": "2025-06-10", "asserter": {"reference": R("psy", "Practitioner")},
            "note": [{"text": "Diagnosed 2025-06-10 by Nnamdi Achebe, PhD (ADOS-2, ADI-R)."}]}

    def obs(k, text, when, value, unit):
        return {"resourceType": "Observation", "id": ids[k], "status": "final",
                "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                          "code": "survey"}]}],
                "code": {"text": text}, "subject": {"reference": R("pat", "Patient")},
                "effectiveDateTime": when, "performer": [{"reference": R("bcba", "Practitioner")}],
                "valueQuantity": {"value": value, "unit": unit}}

    vb = obs("vb", "VB-MAPP Milestones Assessment, total milestones", "2026-01-07", 41, "milestones")
    vl = obs("vl", "Vineland Adaptive Behavior Scales, Third Edition (Vineland-3) Adaptive Behavior "
                   "Composite", "2026-01-09", 64, "standard score")

    def goal(k, domain, text, baseline, mastery, due):
        return {"resourceType": "Goal", "id": ids[k], "lifecycleStatus": "active",
                "category": [{"text": domain}],
                "description": {"text": text}, "subject": {"reference": R("pat", "Patient")},
                "startDate": start,
                "target": [{"measure": {"text": "Mastery criterion"}, "detailString": mastery,
                            "dueDate": due}],
                "note": [{"text": f"Baseline: {baseline}"}]}

    g1 = goal("g1", "Communication", "Jonah will request 20 items or actions using 2-word phrases.",
              "4 items with single words (probe 2026-01-07)",
              "20 items, independent, across 3 consecutive sessions", "2026-06-30")
    g2 = goal("g2", "Behavior reduction", "Reduce biting from 6 per day to 1 or fewer per day.",
              "6 per day (mean of 10 days)", "1 or fewer per day for 10 consecutive days",
              "2026-07-06")
    g3 = goal("g3", "Play/social", "Jonah will take turns in a structured game with a peer for 5 "
                                   "turns.", "1 turn with full physical prompt",
              "5 turns independently on 4 of 5 opportunities", "2026-06-15")
    g4 = goal("g4", "Caregiver training", "Mother will use prompting and reinforcement for requests "
                                          "during snack time with 90% fidelity.",
              "45% fidelity on checklist (2026-01-10)", "90% fidelity across 3 observed sessions",
              "2026-04-30")

    def sr(k, code, disp, hours, per_day, days_wk):
        return {"resourceType": "ServiceRequest", "id": ids[k], "status": "active",
                "intent": "order",
                "code": {"coding": [{"system": CPT, "code": code, "display": disp}]},
                "subject": {"reference": R("pat", "Patient")},
                "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": start, "end": end},
                                                "frequency": 1, "period": 1, "periodUnit": "d",
                                                "dayOfWeek": days_wk, "duration": per_day,
                                                "durationUnit": "h"}},
                "requester": {"reference": R("bcba", "Practitioner")},
                "note": [{"text": f"{hours} hours per week"}]}

    sr1 = sr("sr1", "97153", "Adaptive behavior treatment by protocol", 18, 3.6,
             ["mon", "tue", "wed", "thu", "fri"])
    sr2 = sr("sr2", "97155", "Adaptive behavior treatment with protocol modification", 4, 2,
             ["tue", "thu"])
    sr3 = sr("sr3", "97156", "Family adaptive behavior treatment guidance", 1, 1, ["wed"])
    cp = {"resourceType": "CarePlan", "id": ids["cp"], "status": "active", "intent": "plan",
          "title": "ABA treatment plan and authorization request",
          "subject": {"reference": R("pat", "Patient")}, "period": {"start": start, "end": end},
          "created": plan, "author": {"reference": R("bcba", "Practitioner")},
          "addresses": [{"reference": R("cond", "Condition")}],
          "supportingInfo": [{"reference": R("vb", "Observation")},
                             {"reference": R("vl", "Observation")}],
          "goal": [{"reference": R(g, "Goal")} for g in ["g1", "g2", "g3", "g4"]],
          "activity": [{"reference": {"reference": R(s, "ServiceRequest")}}
                       for s in ["sr1", "sr2", "sr3"]],
          "note": [{"text": f"Progress report and treatment plan review due {review}, with "
                            "VB-MAPP re-assessment."}]}
    prov = {"resourceType": "Provenance", "id": ids["prov"],
            "target": [{"reference": R("cp", "CarePlan")}], "recorded": f"{add(plan, 1)}T17:05:00-05:00",
            "agent": [{"who": {"reference": R("bcba", "Practitioner")}},
                      {"who": {"reference": R("rp", "RelatedPerson")}}],
            "signature": [
                {"type": [{"system": SIG_TYPE, "code": "1.2.840.10065.1.12.1.1",
                           "display": "Author's Signature"}],
                 "when": f"{plan}T15:12:00-05:00", "who": {"reference": R("bcba", "Practitioner")},
                 "sigFormat": "application/jose"},
                {"type": [{"system": SIG_TYPE, "code": "1.2.840.10065.1.12.1.7",
                           "display": "Consent Signature"}],
                 "when": f"{add(plan, 1)}T17:05:00-05:00", "who": {"reference": R("rp", "RelatedPerson")},
                 "sigFormat": "image/png"}]}
    comp = {"resourceType": "Composition", "id": ids["comp"], "status": "final",
            "type": {"coding": [{"system": LOINC, "code": "18776-5", "display": "Plan of care note"}]},
            "subject": {"reference": R("pat", "Patient")}, "date": f"{plan}T15:12:00-05:00",
            "author": [{"reference": R("bcba", "Practitioner")}],
            "title": "ABA Treatment Plan",
            "attester": [{"mode": "legal", "time": f"{plan}T15:12:00-05:00",
                          "party": {"reference": R("bcba", "Practitioner")}}],
            "custodian": {"reference": R("org", "Organization")},
            "section": [
                {"title": "Diagnosis", "entry": [{"reference": R("cond", "Condition")}]},
                {"title": "Standardized assessments",
                 "entry": [{"reference": R("vb", "Observation")}, {"reference": R("vl", "Observation")}]},
                {"title": "Goals", "entry": [{"reference": R(g, "Goal")} for g in ["g1", "g2", "g3", "g4"]]},
                {"title": "Requested services",
                 "entry": [{"reference": R(s, "ServiceRequest")} for s in ["sr1", "sr2", "sr3"]]},
                {"title": "Plan", "entry": [{"reference": R("cp", "CarePlan")}]}]}
    res = [("comp", comp, "Composition"), ("pat", pat, "Patient"), ("rp", rp, "RelatedPerson"),
           ("bcba", bcba, "Practitioner"), ("psy", psy, "Practitioner"), ("org", org, "Organization"),
           ("cond", cond, "Condition"), ("vb", vb, "Observation"), ("vl", vl, "Observation"),
           ("g1", g1, "Goal"), ("g2", g2, "Goal"), ("g3", g3, "Goal"), ("g4", g4, "Goal"),
           ("sr1", sr1, "ServiceRequest"), ("sr2", sr2, "ServiceRequest"),
           ("sr3", sr3, "ServiceRequest"), ("cp", cp, "CarePlan"), ("prov", prov, "Provenance")]
    bundle = {"resourceType": "Bundle", "id": uid(name), "type": "document",
              "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{uid(name, 'doc')}"},
              "timestamp": f"{plan}T15:15:00-05:00",
              "entry": [{"fullUrl": base + f"{t}/{ids[k]}", "resource": r} for k, r, t in res]}
    write_json(name, bundle)
    record(name, "commercial-aba", as_of, [],
           "Clean. Document bundle (Composition first, relative references). Diagnosis F84.0 with "
           "asserter (PhD psychologist) and recordedDate; assessments as Observations dated a week "
           "before the plan; baselines in Goal.note, mastery criteria in Goal.target.detailString "
           "with due dates, one Goal in category 'Caregiver training'; services as "
           "ServiceRequests with CPT, daily hours by weekday and a '... hours per week' note "
           "(18/4/1); 6-month CarePlan.period; next review in CarePlan.note (173 days); BCBA "
           "(author signature) and mother (RelatedPerson consent signature) in Provenance.",
           layout="FHIR document bundle", discipline="aba")


def fhir04() -> None:
    """Searchset bundle (an API export); home health; conditions coded only in SNOMED CT."""
    name = "fhir04_hh_searchset_snomed_only.json"
    soc, end, md_sig, as_of = "2026-01-26", "2026-03-26", "2026-01-30", "2026-02-20"
    assert days(soc, end) <= 60
    base = "https://ehr.prairiestar-hh.example/fhir/R4/"
    pat_id, md_id, rn_id, cp_id = "pt-20931", "prac-md-118", "prac-rn-402", "cp-77310"
    cond_ids = ["cond-5501", "cond-5502"]
    goal_ids = ["goal-9001", "goal-9002", "goal-9003"]
    pat = {"resourceType": "Patient", "id": pat_id,
           "identifier": [member_identifier("6EJ4YR2NA85", MBI_SYS, "Medicare")],
           "name": [{"family": "Quarles", "given": ["Herbert", "L."]}], "gender": "male",
           "birthDate": "1936-12-02"}
    md = practitioner(md_id, "Villanueva-Stroud", ["Celia"], "MD", npi("176305518"))
    rn = practitioner(rn_id, "Odum", ["Patrice"], "RN", npi("160973389"))
    conds = [
        {"resourceType": "Condition", "id": cond_ids[0],
         "code": {"coding": [{"system": SNOMED, "code": "42343007",
                              "display": "Congestive heart failure"}],
                  "text": "Congestive heart failure"},
         "subject": {"reference": f"Patient/{pat_id}"}, "recordedDate": "2026-01-22"},
        {"resourceType": "Condition", "id": cond_ids[1],
         "code": {"coding": [{"system": SNOMED, "code": "44054006",
                              "display": "Diabetes mellitus type 2"}],
                  "text": "Type 2 diabetes mellitus"},
         "subject": {"reference": f"Patient/{pat_id}"}, "recordedDate": "2019-05-02"},
    ]
    gtexts = [("Patient will weigh himself daily and record it on at least 6 of 7 days", "2026-02-16"),
              ("Patient will state 3 of 3 signs of fluid overload that require a call to the agency",
               "2026-02-09"),
              ("Patient will walk 100 feet with a rolling walker with stand-by assistance",
               "2026-03-20")]
    goals = [{"resourceType": "Goal", "id": gid, "lifecycleStatus": "active",
              "description": {"text": t}, "subject": {"reference": f"Patient/{pat_id}"},
              "target": [{"dueDate": due}]} for gid, (t, due) in zip(goal_ids, gtexts)]

    def act(code, system, disp, blocks):
        out = []
        for freq, weeks in blocks:
            out.append({"detail": {"kind": "ServiceRequest",
                                   "code": {"coding": [{"system": system, "code": code,
                                                        "display": disp}]},
                                   "status": "scheduled",
                                   "scheduledTiming": {"repeat": {"frequency": freq, "period": 1,
                                                                  "periodUnit": "wk",
                                                                  "boundsDuration": {"value": weeks,
                                                                                     "unit": "wk",
                                                                                     "system": UCUM,
                                                                                     "code": "wk"}}},
                                   "description": f"{disp}: {freq}w{weeks}"}})
        return out

    cp = {"resourceType": "CarePlan", "id": cp_id, "status": "active", "intent": "order",
          "title": "Home health plan of care (CMS-485 equivalent)",
          "subject": {"reference": f"Patient/{pat_id}"},
          "period": {"start": soc, "end": end}, "created": soc,
          "author": {"reference": f"Practitioner/{rn_id}"},
          "addresses": [{"reference": f"Condition/{c}"} for c in cond_ids],
          "goal": [{"reference": f"Goal/{g}"} for g in goal_ids],
          "activity": act("G0299", HCPCS, "Skilled nursing visit (RN)", [(2, 3), (1, 5)])
          + act("G0151", HCPCS, "Physical therapy visit", [(2, 4)])}
    prov = {"resourceType": "Provenance", "id": "prov-31006",
            "target": [{"reference": f"CarePlan/{cp_id}"}],
            "recorded": f"{md_sig}T08:12:00-06:00",
            "agent": [{"type": {"text": "Certifying physician"},
                       "who": {"reference": f"Practitioner/{md_id}"}}],
            "signature": [{"type": [{"system": SIG_TYPE, "code": "1.2.840.10065.1.12.1.5",
                                     "display": "Approval Signature"}],
                           "when": f"{md_sig}T08:12:00-06:00",
                           "who": {"reference": f"Practitioner/{md_id}"},
                           "sigFormat": "application/jose"}]}
    entries = [{"fullUrl": base + f"CarePlan/{cp_id}", "resource": cp, "search": {"mode": "match"}}]
    for r in [pat, md, rn, *conds, *goals, prov]:
        entries.append({"fullUrl": base + f"{r['resourceType']}/{r['id']}", "resource": r,
                        "search": {"mode": "include"}})
    write_json(name, {"resourceType": "Bundle", "type": "searchset", "total": 1,
                      "link": [{"relation": "self",
                                "url": base + f"CarePlan?_id={cp_id}&_include=*&_revinclude=Provenance:target"}],
                      "entry": entries})
    record(name, "medicare-home-health", as_of, [["diagnosis-code-missing"]],
           "Searchset bundle as an API returns it (CarePlan as match, everything else as "
           "include, absolute fullUrls, relative references). Gap: both diagnoses are coded only "
           "in SNOMED CT, with no ICD-10-CM code. Orders as HCPCS G0299/G0151 activities with "
           "frequency per week and bounds in weeks (2w3, 1w5; 2w4); goals measurable in their "
           "text with due dates; MD approval signature in Provenance; 59-day period.",
           layout="FHIR searchset bundle", discipline="home-health")


def fhir05() -> None:
    """Collection with http fullUrls; objectives as milestone Goals; PA plan written late."""
    name = "fhir05_psy_pa_milestones_late_invalid_code.json"
    intake, plan, md_sig, end, as_of = ("2025-10-01", "2025-11-17", "2025-11-19", "2026-05-17",
                                        "2026-01-10")
    assert days(intake, plan) > 30
    base = "https://fhir.riverbendclinic.example/r4/"
    P = "pt-8812"
    pat = {"resourceType": "Patient", "id": P,
           "identifier": [member_identifier("8NA6GW3HT52", MBI_SYS, "Medicare")],
           "name": [{"family": "Delgado-Finch", "given": ["Rosalind"]}], "gender": "female",
           "birthDate": "1952-02-29"}
    lpc = practitioner("prac-lpc-31", "Ebersole", ["Nathaniel"], "LPC", npi("113944705"))
    psych = practitioner("prac-md-07", "Pakalnis", ["Ieva"], "MD", npi("197123852"))
    psych["qualification"][0]["code"]["text"] = "MD, psychiatrist"
    eoc = {"resourceType": "EpisodeOfCare", "id": "eoc-4410", "status": "active",
           "type": [{"text": "Outpatient mental health (licensed psychiatric outpatient clinic)"}],
           "patient": {"reference": f"Patient/{P}"}, "period": {"start": intake}}
    enc = {"resourceType": "Encounter", "id": "enc-intake-4410", "status": "finished",
           "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
           "type": [{"coding": [{"system": CPT, "code": "90791",
                                 "display": "Psychiatric diagnostic evaluation"}],
                     "text": "Intake assessment"}],
           "subject": {"reference": f"Patient/{P}"},
           "episodeOfCare": [{"reference": "EpisodeOfCare/eoc-4410"}],
           "period": {"start": f"{intake}T13:00:00-05:00", "end": f"{intake}T14:15:00-05:00"}}
    cond = {"resourceType": "Condition", "id": "cond-gad",
            "code": {"coding": [{"system": ICD10, "code": "F41.10",
                                 "display": "Generalized anxiety disorder"}]},
            "subject": {"reference": f"Patient/{P}"}, "recordedDate": intake}
    REL = "http://hl7.org/fhir/StructureDefinition/goal-relationship"

    def goal(gid, text, due=None, target=None, milestones=()):
        g = {"resourceType": "Goal", "id": gid, "lifecycleStatus": "active",
             "description": {"text": text}, "subject": {"reference": f"Patient/{P}"},
             "addresses": [{"reference": "Condition/cond-gad"}]}
        if target or due:
            t = {"dueDate": due} if due else {}
            if target:
                t.update(target)
            g["target"] = [t]
        if milestones:
            g["extension"] = [{"url": REL, "extension": [
                {"url": "type", "valueCodeableConcept": {"coding": [{
                    "system": "http://hl7.org/fhir/goal-relationship-type", "code": "milestone"}]}},
                {"url": "target", "valueReference": {"reference": f"Goal/{m}"}}]}
                for m in milestones]
        return g

    goals = [
        goal("goal-1", "Worry will no longer keep Ms. Delgado-Finch from driving or visiting "
                       "friends.", milestones=("obj-1a", "obj-1b")),
        goal("obj-1a", "Reduce GAD-7 score from 16 to 8 or below", "2026-02-17",
             {"measure": {"coding": [{"system": LOINC, "code": "70274-6",
                                      "display": "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"}]},
              "detailQuantity": {"value": 8, "comparator": "<=", "unit": "{score}"}}),
        goal("obj-1b", "Drive to her sister's house (12 miles) at least once a week for 4 "
                       "consecutive weeks", "2026-01-31"),
        goal("goal-2", "Sleep without nightly worry-driven waking.", milestones=("obj-2a",)),
        goal("obj-2a", "Sleep at least 6 hours on 5 of 7 nights per sleep diary", "2026-01-17"),
    ]
    cp = {"resourceType": "CarePlan", "id": "cp-4410", "status": "active", "intent": "plan",
          "title": "Outpatient treatment plan",
          "subject": {"reference": f"Patient/{P}"}, "period": {"start": plan, "end": end},
          "created": plan, "author": {"reference": "Practitioner/prac-lpc-31"},
          "addresses": [{"reference": "Condition/cond-gad"}],
          "supportingInfo": [{"reference": "Encounter/enc-intake-4410"},
                             {"reference": "EpisodeOfCare/eoc-4410"}],
          "goal": [{"reference": f"Goal/{g['id']}"} for g in goals],
          "activity": [{"detail": {
              "kind": "ServiceRequest",
              "code": {"coding": [{"system": CPT, "code": "90834",
                                   "display": "Psychotherapy, 45 minutes with patient"}]},
              "status": "in-progress",
              "scheduledTiming": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "wk",
                                             "duration": 45, "durationUnit": "min"}},
              "performer": [{"reference": "Practitioner/prac-lpc-31"}],
              "description": "Individual CBT for generalized anxiety (worry exposure, "
                             "relaxation, problem solving), 45 minutes weekly for 6 months"}}]}

    def sig(code, disp, when, who):
        return {"type": [{"system": SIG_TYPE, "code": code, "display": disp}],
                "when": when, "who": {"reference": who}, "sigFormat": "image/png"}

    prov = {"resourceType": "Provenance", "id": "prov-4410",
            "target": [{"reference": "CarePlan/cp-4410"}], "recorded": f"{md_sig}T09:30:00-05:00",
            "agent": [{"who": {"reference": "Practitioner/prac-lpc-31"}},
                      {"who": {"reference": f"Patient/{P}"}},
                      {"who": {"reference": "Practitioner/prac-md-07"}}],
            "signature": [sig("1.2.840.10065.1.12.1.1", "Author's Signature",
                              f"{plan}T15:00:00-05:00", "Practitioner/prac-lpc-31"),
                          sig("1.2.840.10065.1.12.1.7", "Consent Signature",
                              f"{plan}T15:02:00-05:00", f"Patient/{P}"),
                          sig("1.2.840.10065.1.12.1.5", "Approval Signature",
                              f"{md_sig}T09:30:00-05:00", "Practitioner/prac-md-07")]}
    res = [pat, lpc, psych, eoc, enc, cond, *goals, cp, prov]
    write_json(name, {"resourceType": "Bundle", "type": "collection",
                      "entry": [{"fullUrl": base + f"{r['resourceType']}/{r['id']}", "resource": r}
                                for r in res]})
    record(name, "medicare-psychotherapy", as_of,
           [["plan-late"], ["diagnosis-code-invalid"]],
           "Collection bundle with absolute fullUrls and relative references; objectives are "
           "separate Goal resources linked from their goal by the goal-relationship extension "
           "(type milestone). Intake = EpisodeOfCare.period.start and the 90791 intake Encounter "
           "(2025-10-01), both in CarePlan.supportingInfo. Gaps: (1) the plan was created "
           "2025-11-17, 47 days after intake (pa-55-5200: 30 days); (2) 'F41.10' is not an "
           "ICD-10-CM code (GAD is F41.1). Signatures (Provenance): LPC author, patient consent, "
           "MD psychiatrist approval.", states=("pa-55-5200",), layout="FHIR collection, "
           "milestone goals", discipline="psychotherapy")


# ============================================================================================
# C-CDA R2.1 Care Plan documents
# ============================================================================================

V3 = "urn:hl7-org:v3"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SDTC = "urn:hl7-org:sdtc"
OID_LOINC = "2.16.840.1.113883.6.1"
OID_SNOMED = "2.16.840.1.113883.6.96"
OID_ICD10 = "2.16.840.1.113883.6.90"
OID_CPT = "2.16.840.1.113883.6.12"
OID_HCPCS = "2.16.840.1.113883.6.285"
OID_NPI = "2.16.840.1.113883.4.6"
OID_MBI = "2.16.840.1.113883.4.927"
OID_NUCC = "2.16.840.1.113883.6.101"


def E(tag: str, attrs: dict | None = None, *children, text: str | None = None):
    el = etree.Element(f"{{{V3}}}{tag}", nsmap=None)
    attrs = dict(attrs or {})
    if "root" in attrs and "-" in attrs["root"]:
        attrs["root"] = attrs["root"].upper()  # HL7 UUIDs are written in upper case
    for k, v in attrs.items():
        if k == "xsi:type":
            el.set(f"{{{XSI}}}type", v)
        else:
            el.set(k, v)
    for c in children:
        if c is not None:
            el.append(c)
    if text is not None:
        el.text = text
    return el


def tid(root: str, ext: str | None = None):
    return E("templateId", {"root": root, **({"extension": ext} if ext else {})})


def code_el(code: str, system: str, display: str, name: str | None = None, tag: str = "code"):
    a = {"code": code, "codeSystem": system, "displayName": display}
    if name:
        a["codeSystemName"] = name
    return E(tag, a)


def ts(tag: str, value: str):
    return E(tag, {"value": value})


def hl7(date: str, time: str = "") -> str:
    return date.replace("-", "") + time


def person_name(given: list[str], family: str, suffix: str | None = None):
    n = E("name")
    for g in given:
        n.append(E("given", text=g))
    n.append(E("family", text=family))
    if suffix:
        n.append(E("suffix", text=suffix))
    return n


def assigned(tag: str, npi_value: str, given, family, suffix, taxonomy: tuple[str, str] | None,
             org: str | None = None):
    a = E(tag, None, E("id", {"root": OID_NPI, "extension": npi_value}))
    if taxonomy:
        a.append(code_el(taxonomy[0], OID_NUCC, taxonomy[1], "NUCC"))
    a.append(E("addr", None, E("streetAddressLine", text="on file"), E("city", text="on file")))
    a.append(E("telecom", {"use": "WP", "value": "tel:+1-555-555-0100"}))
    person = "assignedPerson"
    a.append(E(person, None, person_name(given, family, suffix)))
    if org:
        a.append(E("representedOrganization", None, E("name", text=org)))
    return a


def narrative_table(headers: list[str], rows: list[list[str]]):
    t = E("table", {"border": "1"})
    thead = E("thead", None, E("tr", None, *[E("th", text=h) for h in headers]))
    tbody = E("tbody")
    for r in rows:
        tbody.append(E("tr", None, *[E("td", text=c) for c in r]))
    t.append(thead)
    t.append(tbody)
    return E("text", None, t)


def section(templ: tuple[str, str | None], code: tuple[str, str], title: str, text_el, entries):
    s = E("section", None, tid(*templ), code_el(code[0], OID_LOINC, code[1], "LOINC"),
          E("title", text=title), text_el)
    for en in entries:
        s.append(E("entry", {"typeCode": "DRIV"}, en))
    return E("component", None, s)


def problem_observation(code: str, display: str, onset: str, system: str = OID_ICD10,
                        sysname: str = "ICD-10-CM"):
    return E("observation", {"classCode": "OBS", "moodCode": "EVN"},
             tid("2.16.840.1.113883.10.20.22.4.4"), tid("2.16.840.1.113883.10.20.22.4.4", "2015-08-01"),
             E("id", {"root": uid("prob", code, onset)}),
             E("code", {"code": "282291009", "codeSystem": OID_SNOMED, "displayName": "Diagnosis"},
               E("translation", {"code": "29308-4", "codeSystem": OID_LOINC, "displayName": "Diagnosis"})),
             E("statusCode", {"code": "completed"}),
             E("effectiveTime", None, ts("low", hl7(onset))),
             E("value", {"xsi:type": "CD", "code": code, "codeSystem": system,
                         "codeSystemName": sysname, "displayName": display}))


def problem_concern(code: str, display: str, onset: str):
    return E("act", {"classCode": "ACT", "moodCode": "EVN"},
             tid("2.16.840.1.113883.10.20.22.4.3"), tid("2.16.840.1.113883.10.20.22.4.3", "2015-08-01"),
             E("id", {"root": uid("concern", code, onset)}),
             code_el("CONC", "2.16.840.1.113883.5.6", "Concern"),
             E("statusCode", {"code": "active"}),
             E("effectiveTime", None, ts("low", hl7(onset))),
             E("entryRelationship", {"typeCode": "SUBJ"}, problem_observation(code, display, onset)))


def health_concern(code: str, display: str, onset: str):
    return E("act", {"classCode": "ACT", "moodCode": "EVN"},
             tid("2.16.840.1.113883.10.20.22.4.132", "2015-08-01"),
             E("id", {"root": uid("hc", code, onset)}),
             code_el("75310-3", OID_LOINC, "Health concern", "LOINC"),
             E("statusCode", {"code": "active"}),
             E("effectiveTime", None, ts("low", hl7(onset))),
             E("entryRelationship", {"typeCode": "REFR"}, problem_observation(code, display, onset)))


def goal_observation(key: str, text: str, due: str, subgoals=(), loinc: tuple[str, str] | None = None,
                     value=None):
    g = E("observation", {"classCode": "OBS", "moodCode": "GOL"},
          tid("2.16.840.1.113883.10.20.22.4.121"),
          E("id", {"root": uid("goal", key)}))
    if loinc:
        g.append(code_el(loinc[0], OID_LOINC, loinc[1], "LOINC"))
    else:
        g.append(E("code", {"nullFlavor": "OTH"}, E("originalText", text=text)))
    g.append(E("text", text=text))
    g.append(E("statusCode", {"code": "active"}))
    if due:
        g.append(E("effectiveTime", None, ts("high", hl7(due))))
    if value is not None:
        g.append(value)
    for sg in subgoals:
        g.append(E("entryRelationship", {"typeCode": "COMP"}, sg))
    return g


def planned_intervention(key: str, code: str, system: str, display: str, text: str, start: str,
                         end: str):
    proc = E("procedure", {"classCode": "PROC", "moodCode": "INT"},
             tid("2.16.840.1.113883.10.20.22.4.41"), tid("2.16.840.1.113883.10.20.22.4.41", "2014-06-09"),
             E("id", {"root": uid("proc", key)}),
             E("code", {"code": code, "codeSystem": system, "displayName": display}),
             E("text", text=text),
             E("statusCode", {"code": "active"}),
             E("effectiveTime", None, ts("low", hl7(start)), ts("high", hl7(end))))
    return E("act", {"classCode": "ACT", "moodCode": "INT"},
             tid("2.16.840.1.113883.10.20.22.4.146", "2015-08-01"),
             E("id", {"root": uid("pia", key)}),
             code_el("362956003", OID_SNOMED, "Procedure / intervention (navigational concept)"),
             E("text", text=text),
             E("statusCode", {"code": "active"}),
             E("effectiveTime", None, ts("low", hl7(start)), ts("high", hl7(end))),
             E("entryRelationship", {"typeCode": "REFR"}, proc))


def payers_section(member_id: str, payer: str, payer_code: tuple[str, str]):
    pol = E("act", {"classCode": "ACT", "moodCode": "EVN"},
            tid("2.16.840.1.113883.10.20.22.4.61"), tid("2.16.840.1.113883.10.20.22.4.61", "2015-08-01"),
            E("id", {"root": uid("policy", member_id)}),
            E("code", {"code": payer_code[0], "codeSystem": "2.16.840.1.113883.3.221.5",
                       "codeSystemName": "Source of Payment Typology (PHDSC)",
                       "displayName": payer_code[1]}),
            E("statusCode", {"code": "completed"}),
            E("performer", {"typeCode": "PRF"}, tid("2.16.840.1.113883.10.20.22.4.87"),
              E("assignedEntity", None, E("id", {"root": uid("payer", payer)}),
                E("representedOrganization", None, E("name", text=payer)))),
            E("participant", {"typeCode": "COV"}, tid("2.16.840.1.113883.10.20.22.4.89"),
              E("participantRole", {"classCode": "PAT"},
                E("id", {"root": uid("member-root", payer), "extension": member_id}),
                code_el("SELF", "2.16.840.1.113883.5.111", "self"))))
    cov = E("act", {"classCode": "ACT", "moodCode": "EVN"},
            tid("2.16.840.1.113883.10.20.22.4.60"), tid("2.16.840.1.113883.10.20.22.4.60", "2015-08-01"),
            E("id", {"root": uid("coverage", member_id)}),
            code_el("48768-6", OID_LOINC, "Payment sources", "LOINC"),
            E("statusCode", {"code": "completed"}),
            E("entryRelationship", {"typeCode": "COMP"}, E("sequenceNumber", {"value": "1"}), pol))
    return section(("2.16.840.1.113883.10.20.22.2.18", "2015-08-01"), ("48768-6", "Payment sources"),
                   "Insurance / Payers",
                   narrative_table(["Payer", "Member ID"], [[payer, member_id]]), [cov])


def ccda_doc(name: str, title: str, eff: str, patient: dict, author, legal, authenticators,
             service_event: tuple[str, str], performers, sections, encompassing=None,
             participants=()):
    root = etree.Element(f"{{{V3}}}ClinicalDocument", nsmap={None: V3, "xsi": XSI, "sdtc": SDTC})
    for c in [E("realmCode", {"code": "US"}),
              E("typeId", {"root": "2.16.840.1.113883.1.3", "extension": "POCD_HD000040"}),
              tid("2.16.840.1.113883.10.20.22.1.1", "2015-08-01"),
              tid("2.16.840.1.113883.10.20.22.1.15", "2015-08-01"),
              E("id", {"root": uid(name, "doc")}),
              code_el("18776-5", OID_LOINC, "Plan of care note", "LOINC"),
              E("title", text=title),
              ts("effectiveTime", eff),
              E("confidentialityCode", {"code": "N", "codeSystem": "2.16.840.1.113883.5.25"}),
              E("languageCode", {"code": "en-US"}),
              E("setId", {"root": uid(name, "set")}),
              E("versionNumber", {"value": "1"})]:
        root.append(c)
    pr = E("patientRole", None)
    for root_oid, ext in patient["ids"]:
        pr.append(E("id", {"root": root_oid, "extension": ext}))
    pr.append(E("addr", {"use": "HP"}, E("streetAddressLine", text=patient["street"]),
                E("city", text=patient["city"]), E("state", text=patient["state"]),
                E("postalCode", text=patient["zip"]), E("country", text="US")))
    pr.append(E("telecom", {"use": "HP", "value": "tel:+1-555-555-0177"}))
    pr.append(E("patient", None, person_name(patient["given"], patient["family"]),
                E("administrativeGenderCode", {"code": patient["sex"],
                                               "codeSystem": "2.16.840.1.113883.5.1"}),
                ts("birthTime", hl7(patient["dob"]))))
    root.append(E("recordTarget", None, pr))
    root.append(author)
    root.append(E("custodian", None, E("assignedCustodian", None, E("representedCustodianOrganization", None,
                                                                     E("id", {"root": uid(name, "org")}),
                                                                     E("name", text=patient["org"]),
                                                                     E("telecom", {"use": "WP", "value": "tel:+1-555-555-0100"}),
                                                                     E("addr", None, E("city", text=patient["city"]))))))
    if legal is not None:
        root.append(legal)
    for a in authenticators:
        root.append(a)
    for p in participants:
        root.append(p)
    se = E("serviceEvent", {"classCode": "PCPR"},
           E("effectiveTime", None, ts("low", hl7(service_event[0])), ts("high", hl7(service_event[1]))))
    for p in performers:
        se.append(p)
    root.append(E("documentationOf", None, se))
    if encompassing is not None:
        root.append(E("componentOf", None, encompassing))
    body = E("structuredBody")
    for s in sections:
        body.append(s)
    root.append(E("component", None, body))
    (OUT / name).write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                            pretty_print=True))


def signer(tag: str, when: str, npi_value: str, given, family, suffix, taxonomy=None, org=None):
    return E(tag, None, ts("time", when), E("signatureCode", {"code": "S"}),
             assigned("assignedEntity", npi_value, given, family, suffix, taxonomy, org))


def author_el(when: str, npi_value: str, given, family, suffix, taxonomy=None, org=None):
    return E("author", None, ts("time", when),
             assigned("assignedAuthor", npi_value, given, family, suffix, taxonomy, org))


def performer(npi_value, given, family, suffix, taxonomy=None):
    return E("performer", {"typeCode": "PRF"},
             assigned("assignedEntity", npi_value, given, family, suffix, taxonomy))


def ccda01() -> None:
    """Psychotherapy Care Plan: Health Concerns, Goals (objectives as COMP sub-goals),
    Interventions, Payers. Clean."""
    name = "ccda01_psy_careplan_clean.xml"
    plan, end, as_of = "2026-02-10", "2026-08-09", "2026-03-20"
    npi_c = npi("182274093")
    patient = {"ids": [("2.16.840.1.113883.3.6624.1", "TWC-009281"), (OID_MBI, "4YQ7KH9ET26")],
               "given": ["Margarethe"], "family": "Lindholm-Oduya", "sex": "F", "dob": "1956-11-03",
               "street": "77 Birch Hollow Rd", "city": "Burlington", "state": "VT", "zip": "05401",
               "org": "Twin Willows Counseling"}
    who = (npi_c, ["Caspian"], "Thorvaldsen", "LICSW")
    tax = ("1041C0700X", "Social Worker, Clinical")
    hc = section(("2.16.840.1.113883.10.20.22.2.58", "2015-08-01"), ("75310-3", "Health concerns document"),
                 "Health Concerns / Diagnoses",
                 narrative_table(["ICD-10-CM", "Diagnosis", "Since"],
                                 [["F33.0", "Major depressive disorder, recurrent, mild", "2026-01-27"]]),
                 [health_concern("F33.0", "Major depressive disorder, recurrent, mild", "2026-01-27")])
    obj1 = [goal_observation("c1-1a", "Reduce PHQ-9 from 12 to 5 or below.", "2026-05-10",
                             loinc=("44261-6", "PHQ-9 total score"),
                             value=E("value", {"xsi:type": "IVL_PQ"}, E("high", {"value": "5", "unit": "{score}"}))),
            goal_observation("c1-1b", "Walk or swim at least 30 minutes on 4 days per week, per "
                                      "activity log.", "2026-04-10")]
    obj2 = [goal_observation("c1-2a", "Attend at least 2 social activities per month with friends "
                                      "from choir.", "2026-05-31"),
            goal_observation("c1-2b", "Name 3 early warning signs of relapse and a response to each "
                                      "in a written plan.", "2026-04-30")]
    goals = [goal_observation("c1-g1", "Goal 1: Lift mood and restore daily routine.", "2026-05-10", obj1),
             goal_observation("c1-g2", "Goal 2: Prevent another depressive episode by keeping "
                                       "social contact.", "2026-06-30", obj2)]
    gs = section(("2.16.840.1.113883.10.20.22.2.60", None), ("61146-7", "Goals"), "Goals",
                 narrative_table(["Goal / objective", "Target date"],
                                 [["Goal 1: Lift mood and restore daily routine.", "2026-05-10"],
                                  ["  1a. Reduce PHQ-9 from 12 to 5 or below.", "2026-05-10"],
                                  ["  1b. Walk or swim at least 30 minutes on 4 days per week.", "2026-04-10"],
                                  ["Goal 2: Prevent another depressive episode by keeping social contact.", "2026-06-30"],
                                  ["  2a. Attend at least 2 social activities per month.", "2026-05-31"],
                                  ["  2b. Name 3 early warning signs of relapse and a response to each.", "2026-04-30"]]),
                 goals)
    iv_text = ("Individual psychotherapy (CPT 90832), 30-minute sessions, once every week, for 6 "
               "months: behavioral activation and relapse-prevention CBT.")
    iv = section(("2.16.840.1.113883.10.20.21.2.3", "2015-08-01"), ("62387-6", "Interventions provided"),
                 "Interventions",
                 narrative_table(["Service", "CPT", "Session length", "Frequency", "Duration"],
                                 [["Individual psychotherapy (CBT)", "90832", "30 minutes", "Once a week",
                                   f"6 months ({plan} to {end})"]]),
                 [planned_intervention("c1-iv", "90832", OID_CPT, "Psychotherapy, 30 minutes with patient",
                                       iv_text, plan, end)])
    pay = payers_section("4YQ7KH9ET26", "Medicare Part B", ("1", "MEDICARE"))
    ccda_doc(name, "Outpatient Psychotherapy Care Plan", hl7(plan, "141500-0500"), patient,
             author_el(hl7(plan, "141500-0500"), *who, tax, patient["org"]),
             signer("legalAuthenticator", hl7(plan, "143000-0500"), *who, tax, patient["org"]),
             [], (plan, end), [performer(*who, tax)], [hc, gs, iv, pay])
    record(name, "medicare-psychotherapy", as_of, [],
           "Clean. C-CDA R2.1 Care Plan (templateId 2.16.840.1.113883.10.20.22.1.15, LOINC "
           "18776-5): diagnosis in the Health Concerns section (Health Concern Act > Problem "
           "Observation, ICD-10-CM F33.0); goals as Goal Observations with objectives as COMP "
           "sub-goals, each with a target date; Interventions section (Planned Intervention Act > "
           "Planned Procedure 90832) with session length and frequency in the entry text and the "
           "narrative table; MBI in recordTarget and the Payers section; legalAuthenticator "
           "LICSW with signature time; serviceEvent period 6 months.",
           layout="C-CDA Care Plan", discipline="psychotherapy")


def ccda02() -> None:
    """PT Care Plan: Problem section, Encounters section (evaluation), planned recertification
    119 days after the first treatment."""
    name = "ccda02_pt_careplan_recert_119_days.xml"
    first, end, md, as_of = "2026-01-08", "2026-05-07", "2026-01-15", "2026-02-20"
    assert days(first, end) > 90
    patient = {"ids": [("2.16.840.1.113883.3.8810.2", "ARC-61220"), (OID_MBI, "3GU5NE8DK47")],
               "given": ["Leopold"], "family": "Haverkamp", "sex": "M", "dob": "1949-08-16",
               "street": "5 Quarry Lane", "city": "Bangor", "state": "ME", "zip": "04401",
               "org": "Arcadia Outpatient Rehabilitation"}
    pt = (npi("109226715"), ["Ines"], "Calderwood", "PT, DPT")
    pt_tax = ("225100000X", "Physical Therapist")
    md_who = (npi("144760332"), ["Raymond"], "Osei-Tutu", "MD")
    md_tax = ("207Q00000X", "Family Medicine")
    probs = section(("2.16.840.1.113883.10.20.22.2.5.1", "2015-08-01"), ("11450-4", "Problem list"),
                    "Problems",
                    narrative_table(["Code", "Problem"], [["M17.11", "Unilateral primary osteoarthritis, right knee"],
                                                          ["R26.89", "Other abnormalities of gait and mobility"]]),
                    [problem_concern("M17.11", "Unilateral primary osteoarthritis, right knee", "2025-10-02"),
                     problem_concern("R26.89", "Other abnormalities of gait and mobility", first)])
    enc = E("encounter", {"classCode": "ENC", "moodCode": "EVN"},
            tid("2.16.840.1.113883.10.20.22.4.49"), tid("2.16.840.1.113883.10.20.22.4.49", "2015-08-01"),
            E("id", {"root": uid(name, "eval")}),
            E("code", {"code": "97162", "codeSystem": OID_CPT, "displayName": "Physical therapy evaluation, moderate complexity"}),
            E("text", text="Initial evaluation = first treatment day"),
            E("effectiveTime", {"value": hl7(first, "0900-0500")}))
    encs = section(("2.16.840.1.113883.10.20.22.2.22.1", "2015-08-01"), ("46240-8", "Encounters"),
                   "Encounters",
                   narrative_table(["Date", "Encounter"], [[first, "PT initial evaluation (97162) - first treatment day"]]),
                   [enc])
    goals = [goal_observation("c2-g1", "Knee flexion AROM R from 95 to 120 degrees or more.", "2026-04-02"),
             goal_observation("c2-g2", "Walk 1,000 ft without an assistive device, independent.", "2026-04-30"),
             goal_observation("c2-g3", "KOOS JR interval score from 48 to 70 or higher.", "2026-05-07")]
    gs = section(("2.16.840.1.113883.10.20.22.2.60", None), ("61146-7", "Goals"), "Goals",
                 narrative_table(["Goal", "Target"], [["Knee flexion AROM R from 95 to 120 degrees or more", "2026-04-02"],
                                                      ["Walk 1,000 ft without an assistive device, independent", "2026-04-30"],
                                                      ["KOOS JR interval score from 48 to 70 or higher", "2026-05-07"]]),
                 goals)
    ivs = [planned_intervention("c2-" + c, c, OID_CPT, d, f"{d}: 2 times per week for 16 weeks", first, end)
           for c, d in [("97110", "Therapeutic exercise"), ("97140", "Manual therapy"),
                        ("97530", "Therapeutic activities")]]
    recert = E("encounter", {"classCode": "ENC", "moodCode": "INT"},
               tid("2.16.840.1.113883.10.20.22.4.40", "2014-06-09"),
               E("id", {"root": uid(name, "recert")}),
               E("code", {"code": "97164", "codeSystem": OID_CPT, "displayName": "Physical therapy re-evaluation"}),
               E("text", text="Re-evaluation and recertification of the plan of care"),
               E("statusCode", {"code": "active"}),
               E("effectiveTime", {"value": hl7(end)}))
    iv = section(("2.16.840.1.113883.10.20.21.2.3", "2015-08-01"), ("62387-6", "Interventions provided"),
                 "Plan of Treatment / Interventions",
                 narrative_table(["Intervention", "CPT", "Frequency", "Duration"],
                                 [["Therapeutic exercise", "97110", "2x/week", "16 weeks"],
                                  ["Manual therapy", "97140", "2x/week", "16 weeks"],
                                  ["Therapeutic activities", "97530", "2x/week", "16 weeks"],
                                  ["Re-evaluation / recertification", "97164", "once", end]]),
                 ivs + [recert])
    pay = payers_section("3GU5NE8DK47", "Medicare Part B", ("1", "MEDICARE"))
    ccda_doc(name, "Physical Therapy Plan of Care", hl7(first, "113000-0500"), patient,
             author_el(hl7(first, "113000-0500"), *pt, pt_tax, patient["org"]),
             signer("legalAuthenticator", hl7(first, "114500-0500"), *pt, pt_tax, patient["org"]),
             [signer("authenticator", hl7(md, "081000-0500"), *md_who, md_tax)],
             (first, end), [performer(*pt, pt_tax)], [probs, encs, gs, iv, pay])
    record(name, "medicare-outpatient-therapy", as_of, [["review-interval-exceeded"]],
           "C-CDA Care Plan with a Problem section, an Encounters section holding the evaluation "
           "(first treatment day 2026-01-08), Goals, Interventions (three planned procedures "
           "'2 times per week for 16 weeks') and a planned re-evaluation/recertification encounter "
           "on 2026-05-07. The certifying MD is an authenticator (signed 2026-01-15). Gap: the "
           "plan period and next recertification are 119 days after the first treatment "
           "(Medicare: at least every 90 days).", layout="C-CDA Care Plan", discipline="pt")


def ccda03() -> None:
    """NY inpatient SUD Care Plan; admission in encompassingEncounter; no physician signature."""
    name = "ccda03_sud_ny_inpatient_no_physician.xml"
    admit, plan, as_of = "2026-01-05", "2026-01-09", "2026-02-01"
    assert days(admit, plan) <= 7
    patient = {"ids": [("2.16.840.1.113883.3.4471.9", "SLR-0093314"),
                       ("2.16.840.1.113883.3.4471.20", "PQ18342K")],
               "given": ["Desmond"], "family": "Achterberg-Sule", "sex": "M", "dob": "1987-04-18",
               "street": "12 Canal St", "city": "Syracuse", "state": "NY", "zip": "13202",
               "org": "Salt Ridge Recovery Center"}
    cas = (npi("127781036"), ["Lena"], "Brooks", "CASAC")
    cas_tax = ("101YA0400X", "Counselor, Addiction (Substance Use Disorder)")
    enc = E("encompassingEncounter", None, E("id", {"root": uid(name, "adm")}),
            E("code", {"code": "IMP", "codeSystem": "2.16.840.1.113883.5.4", "displayName": "inpatient encounter"}),
            E("effectiveTime", None, ts("low", hl7(admit, "1420-0500"))),
            E("location", None, E("healthCareFacility", None,
                                  code_el("RHAB", "2.16.840.1.113883.5.111", "Rehabilitation facility"),
                                  E("location", None, E("name", text="Inpatient Rehabilitation Unit (OASAS Part 818)")))))
    probs = section(("2.16.840.1.113883.10.20.22.2.5.1", "2015-08-01"), ("11450-4", "Problem list"),
                    "Diagnoses",
                    narrative_table(["ICD-10-CM", "Diagnosis"], [["F10.20", "Alcohol use disorder, severe"],
                                                                 ["F14.20", "Cocaine use disorder, moderate"]]),
                    [problem_concern("F10.20", "Alcohol dependence, uncomplicated", admit),
                     problem_concern("F14.20", "Cocaine dependence, uncomplicated", admit)])
    hc = section(("2.16.840.1.113883.10.20.22.2.58", "2015-08-01"), ("75310-3", "Health concerns document"),
                 "Problem Areas",
                 E("text", None, E("list", None,
                                   E("item", text="Daily alcohol and weekend cocaine use; two DWI arrests."),
                                   E("item", text="Unemployment and debt."),
                                   E("item", text="No sober support network."))), [])
    g = [goal_observation("c3-g1", "Remain abstinent from alcohol and cocaine during treatment.", "2026-02-02",
                          [goal_observation("c3-1a", "Negative breathalyzer and urine toxicology on every test.", "2026-02-02"),
                           goal_observation("c3-1b", "Write a relapse prevention plan with 5 triggers and coping responses.", "2026-01-23")]),
         goal_observation("c3-g2", "Build a sober support network.", "2026-02-02",
                          [goal_observation("c3-2a", "Identify a temporary sponsor and attend 3 in-house mutual-help meetings per week.", "2026-01-30")])]
    gs = section(("2.16.840.1.113883.10.20.22.2.60", None), ("61146-7", "Goals"), "Goals", E("text", text="See entries."), g)
    ivs = [planned_intervention("c3-a", "H0005", OID_HCPCS, "Alcohol and/or drug services; group counseling",
                                "Group counseling, daily (5 days per week), 90 minutes", plan, "2026-02-02"),
           planned_intervention("c3-b", "H0004", OID_HCPCS, "Behavioral health counseling and therapy, per 15 minutes",
                                "Individual counseling twice weekly, 45 minutes", plan, "2026-02-02"),
           planned_intervention("c3-c", "H0034", OID_HCPCS, "Medication training and support",
                                "Medication education and naltrexone monitoring weekly", plan, "2026-02-02")]
    iv = section(("2.16.840.1.113883.10.20.21.2.3", "2015-08-01"), ("62387-6", "Interventions provided"),
                 "Methods of Treatment",
                 narrative_table(["Method", "Frequency"], [["Group counseling (H0005)", "daily, 5 days/week"],
                                                           ["Individual counseling (H0004)", "twice weekly"],
                                                           ["Medication education (H0034)", "weekly"]]), ivs)
    pay = payers_section("PQ18342K", "New York State Medicaid", ("2", "MEDICAID"))
    ccda_doc(name, "Inpatient Rehabilitation Treatment Plan", hl7(plan, "100000-0500"), patient,
             author_el(hl7(plan, "100000-0500"), *cas, cas_tax, patient["org"]),
             signer("legalAuthenticator", hl7(plan, "101500-0500"), *cas, cas_tax, patient["org"]),
             [], (plan, "2026-02-02"), [performer(*cas, cas_tax)], [probs, hc, gs, iv, pay],
             encompassing=enc)
    record(name, "base-treatment-plan", as_of, [["signature-missing"]],
           "C-CDA Care Plan for NY OASAS inpatient rehabilitation: admission date in "
           "componentOf/encompassingEncounter (inpatient, 2026-01-05), plan dated 4 days later; "
           "problem areas as Health Concerns narrative, diagnoses in the Problem section; goals "
           "with COMP objectives; HCPCS H-code interventions. Gap: the only signer "
           "(author/legalAuthenticator) is the CASAC counselor: no physician reviewed or signed "
           "the plan (14 NYCRR 818.5). Timeliness of a physician signature cannot be judged, so "
           "signature-late is not listed either way.", states=("ny-oasas-818",),
           unsure=("signature-late",), layout="C-CDA Care Plan", discipline="sud")


def ccda04() -> None:
    """Home health Care Plan signed by a DO (legalAuthenticator). Clean."""
    name = "ccda04_hh_careplan_clean.xml"
    soc, end, md, as_of = "2026-02-02", "2026-04-02", "2026-02-06", "2026-03-01"
    assert days(soc, end) <= 60
    patient = {"ids": [("2.16.840.1.113883.3.5520.4", "MSH-44820"), (OID_MBI, "7WA2PX5EF31")],
               "given": ["Odessa", "Mae"], "family": "Purnell", "sex": "F", "dob": "1939-05-25",
               "street": "402 Magnolia Ct", "city": "Macon", "state": "GA", "zip": "31204",
               "org": "Magnolia State Home Health"}
    rn = (npi("114205579"), ["Cordelia"], "Vance", "RN")
    rn_tax = ("163W00000X", "Registered Nurse")
    do = (npi("190634270"), ["Elias"], "Marchbanks", "DO")
    do_tax = ("207R00000X", "Internal Medicine")
    hc = section(("2.16.840.1.113883.10.20.22.2.58", "2015-08-01"), ("75310-3", "Health concerns document"),
                 "Diagnoses",
                 narrative_table(["ICD-10-CM", "Diagnosis"],
                                 [["I50.32", "Chronic diastolic (congestive) heart failure"],
                                  ["E11.9", "Type 2 diabetes mellitus without complications"],
                                  ["Z99.81", "Dependence on supplemental oxygen"]]),
                 [health_concern("I50.32", "Chronic diastolic (congestive) heart failure", "2026-01-28"),
                  health_concern("E11.9", "Type 2 diabetes mellitus without complications", "2014-03-01"),
                  health_concern("Z99.81", "Dependence on supplemental oxygen", "2025-06-01")])
    g = [goal_observation("c4-g1", "Patient will weigh daily and record weight on at least 6 of 7 days.", "2026-02-23"),
         goal_observation("c4-g2", "Patient will state 4 of 4 heart failure warning signs and when to call.", "2026-02-16"),
         goal_observation("c4-g3", "Patient will walk 120 ft with rolling walker on 2 L oxygen with SpO2 90% or higher, supervision.", "2026-03-27")]
    gs = section(("2.16.840.1.113883.10.20.22.2.60", None), ("61146-7", "Goals"), "Goals",
                 narrative_table(["Goal", "By"], [["Weigh daily and record on at least 6 of 7 days", "2026-02-23"],
                                                  ["State 4 of 4 HF warning signs and when to call", "2026-02-16"],
                                                  ["Walk 120 ft with rolling walker on 2 L O2, SpO2 >= 90%, supervision", "2026-03-27"]]), g)
    ivs = [planned_intervention("c4-sn", "G0299", OID_HCPCS, "Direct skilled nursing services of a registered nurse (RN) in the home health setting",
                                "SN 2w4, 1w4: cardiopulmonary assessment, weights, medication teaching", soc, end),
           planned_intervention("c4-pt", "G0151", OID_HCPCS, "Services performed by a qualified physical therapist in the home health setting",
                                "PT 2w4: gait, endurance and transfer training", soc, "2026-03-01")]
    iv = section(("2.16.840.1.113883.10.20.21.2.3", "2015-08-01"), ("62387-6", "Interventions provided"),
                 "Orders / Interventions",
                 narrative_table(["Discipline", "HCPCS", "Frequency / duration", "Focus"],
                                 [["Skilled nursing", "G0299", "2x/week for 4 weeks, then 1x/week for 4 weeks",
                                   "Cardiopulmonary assessment, daily weights, medication teaching"],
                                  ["Physical therapy", "G0151", "2x/week for 4 weeks",
                                   "Gait, endurance and transfer training"]]), ivs)
    pay = payers_section("7WA2PX5EF31", "Medicare Part A", ("1", "MEDICARE"))
    ccda_doc(name, "Home Health Plan of Care", hl7(soc, "153000-0500"), patient,
             author_el(hl7(soc, "153000-0500"), *rn, rn_tax, patient["org"]),
             signer("legalAuthenticator", hl7(md, "072000-0500"), *do, do_tax),
             [], (soc, end), [performer(*rn, rn_tax)], [hc, gs, iv, pay])
    record(name, "medicare-home-health", as_of, [],
           "Clean. C-CDA Care Plan for home health: ICD-10-CM diagnoses in Health Concerns; "
           "measurable dated goals; orders as HCPCS G0299/G0151 planned procedures with the "
           "frequency/duration in the entry text ('SN 2w4, 1w4') and spelled out in the "
           "narrative table; the certifying physician (DO) is the legalAuthenticator, signed "
           "4 days after the start of care; 59-day serviceEvent period.",
           layout="C-CDA Care Plan", discipline="home-health")


# ============================================================================================
# authcheck native YAML plans
# ============================================================================================


def native01() -> None:
    """Native YAML, Pennsylvania clinic psychotherapy plan. Clean."""
    name = "native01_psy_pa_clean.yaml"
    as_of = "2026-03-10"
    text = f"""schema: authcheck-plan/1
patient:
  name: Ignatius Ferro-Lindqvist
  birth_date: 1960-07-14
  member_id: "3XE9RT4MK20"
payer: Medicare Part B
program: Licensed psychiatric outpatient clinic
discipline: psychotherapy
providers:
  - name: Oriana Velez-Horst
    credential: LPC
    npi: "{npi('171930448')}"
    role: clinician
    organization: Keystone Valley Outpatient Clinic
  - name: Benedikt Sauer
    credential: MD
    npi: "{npi('136620871')}"
    role: physician
    organization: Keystone Valley Outpatient Clinic
admission_date: 2026-01-05
plan_date: 2026-01-26
period:
  start: 2026-01-26
  end: 2026-07-26
expected_duration: 6 months (through 07/26/2026)
presenting_problem: >-
  Recurrent panic attacks (about 4 per week) since a cardiac work-up in 2025 found no cause;
  avoids driving on highways and crowded stores.
diagnoses:
  - code: F41.0
    description: Panic disorder [episodic paroxysmal anxiety]
    primary: true
problems:
  - label: Problem 1
    statement: Panic attacks and fear of further attacks
    goals:
      - label: Goal 1
        statement: Client will manage panic symptoms without leaving activities.
        objectives:
          - label: Objective 1a
            statement: Reduce panic attacks from 4 per week to 1 or fewer per week, per panic diary.
            baseline: 4 per week
            target_date: 2026-04-26
          - label: Objective 1b
            statement: Reduce PDSS score from 16 to 7 or below.
            target_date: 2026-05-26
        interventions:
          - description: Panic control treatment (psychoeducation, interoceptive exposure, cognitive restructuring)
            modality: individual psychotherapy
  - label: Problem 2
    statement: Avoidance of highways and crowded stores
    goals:
      - label: Goal 2
        statement: Client will drive and shop without avoidance.
        objectives:
          - label: Objective 2a
            statement: Drive on the interstate for at least 20 minutes on 3 separate occasions.
            target_date: 2026-05-10
          - label: Objective 2b
            statement: Shop in a large supermarket for 30 minutes at a busy time at least once a week for 4 consecutive weeks.
            target_date: 2026-06-07
        interventions:
          - description: Graded in-vivo exposure with between-session practice
            modality: individual psychotherapy
services:
  - code: "90834"
    description: Individual psychotherapy
    amount: 45 minutes
    frequency: weekly
    duration: 6 months
reviews:
  - kind: review
    date: 2026-04-26
    completed: false
signatures:
  - role: client
    name: Ignatius Ferro-Lindqvist
    date: 2026-01-26
    method: handwritten
  - role: clinician
    name: Oriana Velez-Horst
    credential: LPC
    date: 2026-01-26
    method: electronic
  - role: physician
    name: Benedikt Sauer
    credential: MD
    date: 2026-01-28
    method: electronic
"""
    (OUT / name).write_text(text, encoding="utf-8")
    record(name, "medicare-psychotherapy", as_of, [],
           "Clean. authcheck native YAML: PA clinic plan 21 days after admission; every goal has "
           "dated, measurable objectives; 45-minute weekly 90834 for 6 months; client, LPC and "
           "MD (psychiatrist approval) signatures dated.", states=("pa-55-5200",),
           layout="authcheck YAML", discipline="psychotherapy")


def native02() -> None:
    """Native YAML, California NTP: late supervisor countersignature, review too far out."""
    name = "native02_ca_ntp_late_supervisor_review_105d.yaml"
    admit, plan, as_of = "2026-01-05", "2026-01-26", "2026-03-01"
    assert days(admit, plan) <= 28 and days(plan, "2026-02-16") > 14
    assert days(admit, "2026-04-20") > 92
    text = f"""schema: authcheck-plan/1
patient:
  name: Anselmo Rutherford-Quiroz
  birth_date: 1979-09-03
  member_id: "91846273B"
payer: Medi-Cal
program: Narcotic treatment program
level_of_care: Opioid treatment program, methadone maintenance
discipline: sud
admission_date: {admit}
plan_date: {plan}
expected_duration: 12 months of maintenance, reviewed quarterly
diagnoses:
  - code: F11.20
    description: Opioid dependence, uncomplicated (opioid use disorder, severe)
    primary: true
  - code: F15.10
    description: Other stimulant abuse, uncomplicated (methamphetamine use disorder, mild)
problems:
  - statement: Illicit opioid and methamphetamine use
    goals:
      - statement: Stop illicit opioid and stimulant use.
        objectives:
          - statement: Urine toxicology negative for fentanyl, heroin and methamphetamine on 3 consecutive monthly tests.
            target_date: 2026-04-15
          - statement: Attend observed dosing on at least 6 of 7 days per week for 8 consecutive weeks.
            target_date: 2026-03-23
  - statement: No primary care; untreated dental pain
    goals:
      - statement: Connect to medical and dental care.
        objectives:
          - statement: Complete a primary care visit with hepatitis C screening.
            target_date: 2026-03-06
          - statement: Complete a dental examination.
            target_date: 2026-04-10
interventions:
  - description: Individual counseling
    amount: 50 minutes
    frequency: twice monthly
  - description: Medical review by the program physician
    frequency: monthly
  - description: Observed methadone dosing
    frequency: daily
reviews:
  - kind: review
    date: 2026-04-20
    completed: false
signatures:
  - role: client
    name: Anselmo Rutherford-Quiroz
    date: {plan}
  - role: clinician
    name: Yolanda Birchfield
    credential: CADC-II
    date: {plan}
  - role: supervisor
    name: Tomasz Okonkwo
    credential: LAADC
    date: 2026-02-16
  - role: physician
    name: Harriet Szeto
    credential: MD
    date: 2026-02-02
"""
    (OUT / name).write_text(text, encoding="utf-8")
    record(name, "base-treatment-plan", as_of,
           [["signature-late"], ["review-interval-exceeded"]],
           "authcheck native YAML, California NTP. Gaps: (1) the supervising counselor "
           "countersigned 2026-02-16, 21 days after the plan's effective date (limit 14); (2) the "
           "only scheduled update (2026-04-20) is 105 days after admission (limit: every 3 months, "
           "checked as 92 days). Medical director (MD) signed in 7 days; plan 21 days after "
           "admission.", states=("ca-title9-ntp",), layout="authcheck YAML", discipline="sud")


# ============================================================================================
# Main
# ============================================================================================

BUILDERS = [
    psy01, psy02, psy03, psy04, psy05, psy06, psy07, psy08, psy09, psy10, psy11,
    pt01, pt02, ot01, slp01, pt03, pt04, ot02, slp02, pt05,
    aba01, aba02, aba03, aba04, aba05,
    hh01, hh02, hh03, hh04,
    sud01, sud02, sud03, sud04, sud05, sud06, sud07, sud08,
    fhir01, fhir02, fhir03, fhir04, fhir05,
    ccda01, ccda02, ccda03, ccda04,
    native01, native02,
]


def main() -> None:
    LABELS.clear()
    for build in BUILDERS:
        build()
    names = [lab["file"] for lab in LABELS]
    assert len(names) == len(set(names))
    for n in names:
        assert (OUT / n).exists(), n
    out = [{k: v for k, v in lab.items() if not k.startswith("_")} for lab in LABELS]
    (OUT / "labels.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    fmt = {".docx": "DOCX", ".json": "FHIR R4", ".xml": "C-CDA", ".yaml": "authcheck YAML"}
    counts: dict[str, int] = {}
    for lab in LABELS:
        k = fmt[Path(lab["file"]).suffix]
        counts[k] = counts.get(k, 0) + 1
    clean = sum(1 for lab in LABELS if not lab["must_report"])
    print(f"{len(LABELS)} plans written to {OUT}: {counts}; {clean} clean, "
          f"{len(LABELS) - clean} with gaps")
    if "--inventory" in sys.argv:
        for lab in LABELS:
            gaps = "; ".join("/".join(g) for g in lab["must_report"]) or "clean"
            print(f"| `{lab['file']}` | {lab['_discipline']} | {lab['_layout']} | {gaps} |")


if __name__ == "__main__":
    main()
