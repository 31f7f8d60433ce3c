#!/usr/bin/env python3
"""Blind plan set 36 ("ac" prefix): a broad cross-section of one billing office's month.

Deterministic: run with /work/main/.venv/bin/python make_plans.py; it (re)writes every plan file and
labels.json in this folder. DOCX files are re-zipped with fixed timestamps and fixed core properties.
Every person, agency, identifier and date is invented.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date


def days(a: dt.date, b: dt.date) -> int:
    """Calendar days from a to b."""
    return (b - a).days


def us(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def us_short(d: dt.date) -> str:
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def longd(d: dt.date) -> str:
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


def abbr(d: dt.date) -> str:
    return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")


def iso(d: dt.date) -> str:
    return d.isoformat()


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))


# ---------------------------------------------------------------- identifiers

def npi(nine: str) -> str:
    """A 10-digit NPI with its Luhn check digit over the 80840 prefix."""
    assert len(nine) == 9 and nine[0] in "12"
    s = "80840" + nine
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return nine + str((10 - total % 10) % 10)


def npi_valid(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and n[0] in "12" and npi(n[:9]) == n


assert npi("123456789") == "1234567893"


def bad_npi(nine: str) -> str:
    good = npi(nine)
    bad = good[:9] + str((int(good[9]) + 3) % 10)
    assert not npi_valid(bad)
    return bad


# ---------------------------------------------------------------- DOCX helpers

_REV_ID = [900]


def new_doc(font: str = "Calibri", size: float = 11, landscape: bool = False, margins: float | None = None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for att in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(att), font)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    if margins is not None:
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Inches(margins))
    return doc


def para(doc, text: str = "", bold: bool = False, italic: bool = False, size: float | None = None,
         align: str | None = None, caps: bool = False, color: str | None = None, style: str | None = None,
         underline: bool = False, space_after: float | None = None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if caps:
            r.font.all_caps = True
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def rich(doc, parts, align: str | None = None, style: str | None = None):
    """A paragraph of runs: parts are str (plain) or (text, 'b'|'i'|'bi'|'u')."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            t, fmt = part
            r = p.add_run(t)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
            r.underline = "u" in fmt
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def heading(doc, text: str, level: int = 1):
    return doc.add_heading(text, level=level)


def bullet(doc, text: str, numbered: bool = False):
    style = "List Number" if numbered else "List Bullet"
    return doc.add_paragraph(text, style=style)


def fill_cell(cell, value, bold: bool = False, size: float | None = None, shade: str | None = None):
    """Write value (str with newlines, or list of str/(text,fmt) paragraphs) into a cell."""
    if value is None:
        return
    lines = value if isinstance(value, list) else str(value).split("\n")
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if isinstance(line, tuple):
            t, fmt = line
            r = p.add_run(t)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
        else:
            r = p.add_run(line)
            r.bold = bold
        if size:
            r.font.size = Pt(size)
    if shade:
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcpr.append(shd)


def table(container, rows, header: bool = True, style: str | None = "Table Grid", bold_col0: bool = False,
          size: float | None = None, shade_header: str | None = None, widths=None):
    ncols = max(len(r) for r in rows)
    t = container.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            fill_cell(t.cell(i, j), val, bold=(header and i == 0) or (bold_col0 and j == 0), size=size,
                      shade=shade_header if (header and i == 0) else None)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Inches(w)
    return t


def merge_row(t, r: int, c1: int, c2: int, text: str | None = None, bold: bool = True, shade: str | None = None):
    cell = t.cell(r, c1).merge(t.cell(r, c2))
    if text is not None:
        for p in cell.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        cell.paragraphs[0].text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = bold
    if shade:
        fill_cell(cell, None)
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcpr.append(shd)
    return cell


def set_header(doc, text: str, footer: str | None = None, size: float = 8):
    sec = doc.sections[0]
    if text:
        hp = sec.header.paragraphs[0]
        hp.text = ""
        r = hp.add_run(text)
        r.font.size = Pt(size)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = ""
        r = fp.add_run(footer)
        r.font.size = Pt(size)


def _run_el(text: str, bold: bool = False, deleted: bool = False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        b = OxmlElement("w:b")
        rpr.append(b)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, text: str, kind: str, author: str, date: str):
    """Append a tracked insertion (kind='ins') or deletion (kind='del') to paragraph p."""
    el = OxmlElement("w:" + kind)
    _REV_ID[0] += 1
    el.set(qn("w:id"), str(_REV_ID[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text, deleted=(kind == "del")))
    p._p.append(el)
    return el


def content_control(p, text: str, alias: str, bold: bool = False, date_fmt: str | None = None):
    """Append an inline content control (plain text or date picker) showing text."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    pr.append(a)
    tag = OxmlElement("w:tag")
    tag.set(qn("w:val"), alias.replace(" ", "_").lower())
    pr.append(tag)
    _REV_ID[0] += 1
    idel = OxmlElement("w:id")
    idel.set(qn("w:val"), str(_REV_ID[0]))
    pr.append(idel)
    if date_fmt:
        dte = OxmlElement("w:date")
        f = OxmlElement("w:dateFormat")
        f.set(qn("w:val"), date_fmt)
        dte.append(f)
        pr.append(dte)
    else:
        pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    c = OxmlElement("w:sdtContent")
    c.append(_run_el(text, bold=bold))
    sdt.append(c)
    p._p.append(sdt)
    return sdt


def add_comment(doc, run, text: str, author: str, initials: str, when: str = "2026-08-24T16:30:00Z"):
    c = doc.add_comment(run, text=text, author=author, initials=initials)
    c._comment_elm.set(qn("w:date"), when)  # python-docx stamps the current time; fix it
    return c


def page_break(doc):
    doc.add_page_break()


def save_docx(doc, name: str, author: str, title: str, created: dt.datetime):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = created
    cp.modified = created
    cp.last_printed = created
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(out.getvalue())


def write_text(name: str, text: str):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def ts(d: dt.date, h: int = 10, m: int = 0) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, h, m, 0)


# ---------------------------------------------------------------- labels

# Kinds each profile can report at error or warning (resolved for November 2026; info-only kinds left out).
BASE = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
        "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
KINDS = {
    "base-treatment-plan": BASE,
    "medicare-psychotherapy": BASE | {"credential-missing", "signature-missing", "duration-exceeds-limit",
                                      "duration-missing", "goal-not-measurable", "goal-missing",
                                      "intervention-missing", "objective-not-measurable",
                                      "objective-not-time-bound", "plan-outdated", "amount-missing",
                                      "frequency-missing"},
    # 2025-01 version: service-amount is info only, so amount-missing is not listed
    "medicare-outpatient-therapy": BASE | {"signature-missing", "duration-missing", "goal-not-measurable",
                                           "goal-missing", "intervention-missing", "credential-not-permitted",
                                           "signature-late", "plan-late", "review-interval-exceeded",
                                           "review-overdue", "frequency-missing"},
    "medicare-home-health": BASE | {"duration-missing", "goal-not-measurable", "goal-missing",
                                    "intervention-missing", "credential-not-permitted", "signature-missing",
                                    "review-interval-exceeded", "review-overdue", "frequency-missing"},
    "commercial-aba": BASE | {"assessment-missing", "assessment-outdated", "caregiver-goal-missing",
                              "signature-missing", "diagnosis-not-covered", "duration-exceeds-limit",
                              "baseline-missing", "goal-not-measurable", "goal-missing", "goal-not-time-bound",
                              "review-date-missing", "review-interval-exceeded", "amount-missing"},
    "pa-55-5200": {"field-missing", "signature-missing", "duration-missing", "goal-missing",
                   "intervention-missing", "objective-missing", "plan-late"},
    "ny-oasas-818": {"field-missing", "signature-missing", "diagnosis-missing", "goal-missing",
                     "intervention-missing", "signature-late", "plan-late"},
    "fl-65d-30": {"field-missing", "signature-missing", "goal-missing", "intervention-missing",
                  "objective-not-measurable", "objective-missing", "objective-not-time-bound", "plan-late",
                  "frequency-missing", "signature-late"},
    "ca-title9-ntp": {"field-missing", "signature-missing", "goal-missing", "objective-missing",
                      "objective-not-time-bound", "signature-late", "plan-late", "review-date-missing",
                      "review-interval-exceeded", "review-overdue"},
    "tx-26tac-564": {"signature-missing", "duration-missing", "goal-missing", "intervention-missing",
                     "objective-not-measurable", "objective-missing", "objective-not-time-bound",
                     "frequency-missing"},
}

PLANS: list[dict] = []


def plan(file: str, payer: str, as_of: dt.date, gaps: list[list[str]], notes: str, states=(), unsure=()):
    """Register a plan's label; the builder writes the file."""
    def deco(fn):
        PLANS.append({"file": file, "payer": payer, "states": list(states), "as_of": as_of, "gaps": gaps,
                      "unsure": list(unsure), "notes": notes, "build": fn})
        return fn
    return deco


def label_entry(p: dict) -> dict:
    args = ["--payer", p["payer"]]
    for s in p["states"]:
        args += ["--state", s]
    args += ["--as-of", iso(p["as_of"])]
    kinds = set(KINDS[p["payer"]])
    for s in p["states"]:
        kinds |= KINDS[s]
    gap_kinds = {k for g in p["gaps"] for k in g}
    for g in p["gaps"]:
        assert any(k in kinds for k in g), (p["file"], g)
    mnr = sorted(kinds - gap_kinds - set(p["unsure"]))
    return {"file": p["file"], "check_with": args, "must_report": p["gaps"], "must_not_report": mnr,
            "notes": p["notes"]}


# ---------------------------------------------------------------- shared boilerplate

CRISIS = ("If you are in crisis, call or text 988 (Suicide & Crisis Lifeline) at any hour, call 911, or go to "
          "the nearest emergency department. Our after-hours line is answered by the on-call clinician.")

CONFIDENTIAL = ("CONFIDENTIAL: This document contains protected health information. Redisclosure is prohibited "
                "without the written consent of the person to whom it pertains or as permitted by law.")

PART2 = ("This information has been disclosed to you from records protected by federal confidentiality rules "
         "(42 CFR part 2). The federal rules prohibit you from making any further disclosure of this "
         "information unless further disclosure is expressly permitted by the written consent of the person "
         "to whom it pertains or as otherwise permitted by 42 CFR part 2.")


# ================================================================ psychotherapy (Medicare; PA clinics)

P01 = D(2026, 9, 14)


@plan("ac01_solo_lcsw_letter_plan.docx", "medicare-psychotherapy", D(2026, 11, 3), [],
      "Clean. Solo LCSW practice; prose letter layout with 'Pt:' labels, goals as numbered paragraphs with "
      "lettered objectives and dates in parentheses; type/amount/frequency/duration in one sentence; /s/ signature.")
def ac01():
    doc = new_doc("Garamond", 12)
    set_header(doc, "Marguerite O. Delacroix, LCSW  ·  Psychotherapy & Consultation  ·  418 Larch Street, Suite 2, "
                    f"Ashford, OH 44004  ·  NPI {npi('174302918')}  ·  (440) 555-0187",
               footer="Page 1 of 1 — Confidential patient information")
    para(doc, "INDIVIDUAL TREATMENT PLAN", bold=True, align="center", size=14)
    para(doc, "Pt: Harold J. Beaumont\t\tDOB: 03/22/1951")
    para(doc, "Medicare (MBI): 4TQ7-WE2-KN81\t\tSecondary: none on file")
    para(doc, f"Date plan established: {us(P01)}\t\tDiagnostic evaluation (90791): 09/08/2026")
    para(doc, "Reason for referral", bold=True)
    para(doc, "Mr. Beaumont was referred by his primary care physician, Dr. Ellen Szabo, after reporting low mood, "
              "poor sleep and loss of interest since the death of his wife in February. He retired from the county "
              "water department in 2016 and lives alone. He denies suicidal ideation, intent or plan; protective "
              "factors include his grandchildren, his church and his dog.")
    para(doc, "Diagnoses", bold=True)
    para(doc, "F33.1  Major depressive disorder, recurrent, moderate (primary)")
    para(doc, "F41.1  Generalized anxiety disorder")
    para(doc, "Goals and objectives", bold=True)
    para(doc, "Goal 1. Harold will return to the routines and activities that mattered to him before his loss, "
              "with his mood in the mild range or better.")
    para(doc, "   1a. Harold will schedule and complete at least 3 planned pleasant or valued activities per week, "
              "recorded on his activity log (target 11/15/2026).")
    para(doc, "   1b. Harold will reduce his PHQ-9 score from 17 (09/08/2026) to 9 or below (target 01/15/2027).")
    para(doc, "Goal 2. Harold will worry less, so that he can drive to and attend his grandson's school events.")
    para(doc, "   2a. Harold will use a 10-minute worry-postponement routine on at least 5 of 7 days, by his own "
              "self-monitoring sheet (target 12/14/2026).")
    para(doc, "   2b. Harold will lower his GAD-7 score from 14 to 7 or below (target 02/15/2027).")
    para(doc, "Treatment", bold=True)
    para(doc, "Individual psychotherapy (cognitive behavioral therapy with behavioral activation and grief work), "
              "CPT 90837, 53-minute sessions, once weekly, for 6 months (through 03/12/2027). PHQ-9 and GAD-7 are "
              "repeated monthly. I will send a copy of this plan to Dr. Szabo with Mr. Beaumont's written consent.")
    para(doc, "Crisis plan", bold=True)
    para(doc, CRISIS)
    para(doc, "Mr. Beaumont took part in writing this plan, agrees with it and received a copy.", italic=True)
    para(doc, "")
    para(doc, f"/s/ Marguerite O. Delacroix, LCSW    {us(P01)}")
    para(doc, "Licensed Independent Social Worker – Supervisor (OH)", size=10)
    save_docx(doc, "ac01_solo_lcsw_letter_plan.docx", "M. Delacroix", "Treatment plan", ts(P01, 16))


P02_INTAKE, P02 = D(2026, 8, 3), D(2026, 9, 14)
assert days(P02_INTAKE, P02) == 42 > 30


@plan("ac02_pa_clinic_form_late.docx", "medicare-psychotherapy", D(2026, 11, 5), [["plan-late"]],
      "Gap: plan completed 42 days after intake (08/03/2026 -> 09/14/2026); Pennsylvania allows 30. Agency form: "
      "'Individual Served' form table, goals/objectives grid, services table, signature table with psychiatrist "
      "approval.", states=["pa-55-5200"])
def ac02():
    doc = new_doc("Arial", 10)
    set_header(doc, "Allegheny Ridge Behavioral Health  |  Licensed Psychiatric Outpatient Clinic  |  "
                    "1200 Freeport Road, New Kensington, PA 15068",
               footer="ARBH-TP-04 (rev. 03/2025)    Original: medical record    Copy: individual served")
    para(doc, "INDIVIDUAL TREATMENT PLAN — INITIAL", bold=True, size=13, align="center")
    t = table(doc, [
        ["Individual Served", "Lorraine T. Mackey", "Record #", "AR-220871"],
        ["Date of Birth", "11/30/1954", "Medicare MBI", "7EK2-RA9-UH54"],
        ["Intake / Admission Date", us(P02_INTAKE), "Plan Date", us(P02)],
        ["Primary Clinician", "Gwendolyn Pratt, LPC", "Program", "Adult Outpatient"],
    ], header=False, bold_col0=False)
    for r in t.rows:
        for c in (0, 2):
            for run in r.cells[c].paragraphs[0].runs:
                run.bold = True
    para(doc, "")
    para(doc, "DIAGNOSES (ICD-10-CM)", bold=True)
    table(doc, [["Code", "Description", "Primary"],
                ["F33.1", "Major depressive disorder, recurrent, moderate", "X"],
                ["F43.10", "Post-traumatic stress disorder, unspecified", ""]])
    para(doc, "")
    para(doc, "STRENGTHS / BARRIERS", bold=True)
    para(doc, "Strengths: close relationship with her sister, reliable transportation, prior good response to "
              "therapy (2019). Barriers: chronic back pain limits activity; limited income.")
    para(doc, "GOALS AND OBJECTIVES", bold=True)
    table(doc, [
        ["#", "Goal / Objective", "Target Date", "Modality"],
        ["Goal 1", "Lorraine will be able to manage her depression so that she leaves the house for errands or "
                   "social activities most days.", "03/14/2027", ""],
        ["1.1", "Lorraine will leave the house for an errand, walk or social activity on at least 4 days per week, "
                "per weekly activity log.", "12/14/2026", "Individual CBT"],
        ["1.2", "Lorraine will reduce her PHQ-9 score from 19 to 10 or below.", "03/14/2027", "Individual CBT"],
        ["Goal 2", "Lorraine will have fewer trauma-related nightmares and flashbacks.", "03/14/2027", ""],
        ["2.1", "Lorraine will reduce nightmares from 5 per week to 2 or fewer per week, per sleep diary.",
         "01/29/2027", "Individual CPT-informed trauma therapy"],
        ["2.2", "Lorraine will lower her PCL-5 score from 52 to below 33.", "03/14/2027",
         "Individual trauma therapy"],
    ])
    para(doc, "")
    para(doc, "SERVICES", bold=True)
    table(doc, [["Service", "CPT", "Session length", "Frequency", "Expected duration"],
                ["Individual psychotherapy", "90837", "60 minutes", "Weekly", "6 months"],
                ["Medication management (psychiatry)", "99214", "25 minutes", "Every 8 weeks", "6 months"]])
    para(doc, "")
    para(doc, "Next treatment plan review: 12/14/2026 (every 90 days or sooner if needed).")
    para(doc, "SIGNATURES", bold=True)
    table(doc, [["Role", "Name / Credentials", "Signature", "Date"],
                ["Individual served", "Lorraine T. Mackey", "Lorraine T. Mackey", us(P02)],
                ["Mental health professional", "Gwendolyn Pratt, LPC", "Gwendolyn Pratt", us(P02)],
                ["Approving psychiatrist", "Rohan Venkataraman, MD", "R. Venkataraman MD", "09/16/2026"]])
    para(doc, "")
    para(doc, "By signing I confirm that I participated in developing this plan and received a copy. " + CRISIS,
         size=8, italic=True)
    save_docx(doc, "ac02_pa_clinic_form_late.docx", "ARBH Records", "Individual Treatment Plan", ts(P02, 15))


P03 = D(2026, 10, 6)


@plan("ac03_ehr_problem_list_category_code.docx", "medicare-psychotherapy", D(2026, 11, 6),
      [["diagnosis-code-not-billable"]],
      "Gap: the primary diagnosis is coded F43.1 (PTSD category heading; billable codes are F43.10-F43.12). "
      "EHR print: 'Problem #1:' / 'Long Term Goal:' / 'Short Term Objective 1.1:' lines, 'Cognitive Processing "
      "Therapy (CPT)' named as a modality, e-signature stamp.")
def ac03():
    doc = new_doc("Calibri", 10)
    set_header(doc, "CarePath EHR v7.2  —  Treatment Plan  —  Printed 10/06/2026 3:12 PM by ialbright",
               footer="Beacon Hill Psychological Services · 77 Tremont Row, Lowell, MA 01852 · Page 1")
    para(doc, "Treatment Plan", bold=True, size=16)
    para(doc, "Client: Margarethe P. Solberg      DOB: 05/14/1958      Sex: F")
    para(doc, "Insurance: Medicare Part B      Member ID: 2WP9-XY4-FT63")
    para(doc, f"Plan Type: Initial      Plan Date: {us(P03)}      Status: Active")
    para(doc, "Provider: Ines Albright-Cole, PsyD (Rendering)      NPI: " + npi("152884310"))
    para(doc, "_" * 90)
    para(doc, "Diagnosis", bold=True, size=12)
    para(doc, "Primary: F43.1 — Post-traumatic stress disorder")
    para(doc, "Secondary: F32.1 — Major depressive disorder, single episode, moderate")
    para(doc, "Presenting Problem", bold=True, size=12)
    para(doc, "68-year-old widowed woman seen after a highway collision (06/2026) in which she was the driver. "
              "Reports intrusive memories, avoidance of driving, startle, poor sleep and low mood.")
    para(doc, "Problems, Goals and Objectives", bold=True, size=12)
    para(doc, "Problem #1: Trauma-related symptoms after motor vehicle collision")
    para(doc, "Long Term Goal: Client will resume driving and daily activities with trauma symptoms in the "
              "subclinical range.")
    para(doc, "Short Term Objective 1.1: Client will reduce her PCL-5 total from 49 to below 31.   Target Date: "
              "01/05/2027")
    para(doc, "Short Term Objective 1.2: Client will drive on local roads for 15 minutes or more on at least 3 days "
              "per week, per driving log.   Target Date: 12/15/2026")
    para(doc, "Intervention 1.1: Cognitive Processing Therapy (CPT), 12 weekly manualized sessions; graded in-vivo "
              "exposure hierarchy for driving.")
    para(doc, "Problem #2: Depressed mood")
    para(doc, "Long Term Goal: Client will report improved mood and re-engage with her walking group.")
    para(doc, "Short Term Objective 2.1: Client will reduce her PHQ-9 score from 16 to 9 or below.   Target Date: "
              "01/05/2027")
    para(doc, "Short Term Objective 2.2: Client will attend her walking group at least 2 times per week.   "
              "Target Date: 12/01/2026")
    para(doc, "Intervention 2.1: Behavioral activation and activity scheduling within individual sessions.")
    para(doc, "Services", bold=True, size=12)
    para(doc, "Service: 90834 Psychotherapy, 45 minutes with patient   Frequency: weekly   Duration: 16 weeks")
    para(doc, "Measures: PCL-5 and PHQ-9 every 4 weeks.")
    para(doc, "_" * 90)
    para(doc, "Electronically signed by Ines Albright-Cole, PsyD on 10/06/2026 04:48 PM", italic=True)
    save_docx(doc, "ac03_ehr_problem_list_category_code.docx", "CarePath", "Treatment Plan", ts(P03, 16))


P04 = D(2026, 10, 19)


@plan("ac04_psychologist_letter_no_length.docx", "medicare-psychotherapy", D(2026, 11, 9),
      [["amount-missing"], ["field-missing"]],
      "Gaps: the session length (amount) of psychotherapy is never stated (no minutes, no CPT code), and the "
      "client's Medicare number is not on the plan (name and DOB only). Layout: psychologist's letter to the "
      "referring physician, objectives in prose, '[signature image]' sign-off.")
def ac04():
    doc = new_doc("Times New Roman", 12)
    para(doc, "THEODORE OKAFOR, Ph.D.", bold=True, align="center")
    para(doc, "Licensed Psychologist  •  2204 Magnolia Avenue  •  Lakeland, FL 33801  •  (863) 555-0142",
         align="center", size=10)
    para(doc, "")
    para(doc, longd(P04))
    para(doc, "Karen Lutz, MD\nLakeland Family Medicine\n115 Orange Street\nLakeland, FL 33801")
    para(doc, "")
    rich(doc, [("Re: ", "b"), "Treatment plan for Ms. Corinne Vasquez-Hale (DOB 7/2/1957); insurance Medicare Part B"])
    para(doc, "")
    para(doc, "Dear Dr. Lutz,")
    para(doc, "Thank you for referring Ms. Vasquez-Hale, whom I evaluated on October 12, 2026. She describes "
              "sudden episodes of racing heart, shortness of breath and fear of dying, about four a week, which "
              "began after a hospital stay in the spring. She now avoids supermarkets and church. There is no "
              "history of substance misuse and no suicidal ideation. Her diagnosis is F41.0 Panic disorder "
              "[episodic paroxysmal anxiety]; medical causes were excluded at your office in August.")
    para(doc, "The goal of treatment is for Ms. Vasquez-Hale to have few or no panic attacks and to return to the "
              "places she now avoids. Specifically:")
    para(doc, "Objective 1: Ms. Vasquez-Hale will reduce panic attacks from about 4 per week to no more than 1 per "
              "week, as recorded in her panic diary, by January 31, 2027.")
    para(doc, "Objective 2: She will shop in a supermarket for at least 20 minutes, alone, on 3 separate occasions "
              "by December 31, 2026.")
    para(doc, "Objective 3: She will lower her Panic Disorder Severity Scale score from 17 to 7 or below by "
              "February 15, 2027.")
    para(doc, "I will see her for individual cognitive-behavioral therapy with interoceptive and in-vivo exposure "
              "once a week, and I expect treatment to last about 16 weeks. I will measure progress with the "
              "panic diary and the PDSS every four weeks and will write to you again at the end of treatment or "
              "sooner if her condition changes.")
    para(doc, "Please do not hesitate to call me with any questions.")
    para(doc, "")
    para(doc, "Sincerely,")
    para(doc, "[signature image]")
    para(doc, "Theodore Okafor, Ph.D.")
    para(doc, f"Licensed Psychologist (FL PY 9914)    Date: {longd(P04)}")
    save_docx(doc, "ac04_psychologist_letter_no_length.docx", "T Okafor", "Letter", ts(P04, 9))


P05 = D(2026, 8, 24)


@plan("ac05_group_practice_tracked_change.docx", "medicare-psychotherapy", D(2026, 11, 10), [],
      "Clean, unusual wording: 'Member', 'Working diagnosis', 'What we are working toward', 'Small steps', "
      "'Cadence' changed from weekly to every other week by a tracked change (deletion + insertion), a Word "
      "comment on the duration, bulleted objectives, e-signature with time.")
def ac05():
    doc = new_doc("Calibri", 11)
    set_header(doc, "Northfield Counseling Associates, PLLC — 30 Mill Pond Rd, Northfield, VT 05663",
               footer="Member: Deborah A. Lindqvist · DOB 01/09/1960 · MBI 9HX4-C23-MR07")
    heading(doc, "Collaborative Treatment Plan", 0)
    para(doc, "Member: Deborah A. Lindqvist")
    para(doc, "Date of birth: 01/09/1960")
    para(doc, "Medicare Beneficiary Identifier: 9HX4-C23-MR07")
    para(doc, f"Date this plan took effect: {longd(P05)}")
    para(doc, "Therapist: Kwame Osei, LPC (NPI " + npi("163940270") + ")")
    heading(doc, "Working diagnosis", 1)
    para(doc, "F34.1 Dysthymic disorder (persistent depressive disorder) — primary")
    heading(doc, "What we are working toward", 1)
    para(doc, "Deborah wants to get her days back: to be up and doing things in the morning, to see her friends "
              "again, and to feel that the low mood of the last several years is lifting.")
    heading(doc, "Small steps (objectives)", 2)
    bullet(doc, "Deborah will have no more than 2 days per week on which she stays in bed past 10 a.m., per her "
                "sleep diary, by 11/23/2026.")
    bullet(doc, "Deborah will reach out to a friend or family member by phone or in person at least twice a week, "
                "per her contact log, by 12/21/2026.")
    bullet(doc, "Deborah will score 9 or below on the PHQ-9 at two monthly check-ins in a row by 02/22/2027.")
    heading(doc, "How we will get there", 1)
    para(doc, "Individual psychotherapy using cognitive behavioral analysis system of psychotherapy (CBASP) and "
              "behavioral activation. Homework between sessions; PHQ-9 monthly.")
    p = para(doc, "Service: 90834 individual psychotherapy. Session length: 45 minutes. Cadence: ")
    tracked(p, "weekly", "del", "Kwame Osei", "2026-08-24T14:01:00Z")
    tracked(p, "every other week", "ins", "Kwame Osei", "2026-08-24T14:02:00Z")
    p2 = doc.add_paragraph()
    r = p2.add_run("Planned course: 26 weeks, ending on or about 02/22/2027.")
    add_comment(doc, r, "Revisit at the 90-day check-in; may taper to monthly.", "Ruth Abernathy", "RA")
    heading(doc, "Safety", 1)
    para(doc, CRISIS)
    heading(doc, "Agreement", 1)
    para(doc, "We wrote this plan together. Deborah can ask to change it at any time.")
    para(doc, f"Client: Deborah A. Lindqvist — signed on tablet {us(P05)}")
    para(doc, f"Signed electronically: Kwame Osei, LPC — {us(P05)} 14:05")
    save_docx(doc, "ac05_group_practice_tracked_change.docx", "Kwame Osei", "Collaborative Treatment Plan",
              ts(P05, 14))


P06 = D(2026, 10, 1)


@plan("ac06_family_counseling_vague_objective.docx", "medicare-psychotherapy", D(2026, 11, 11),
      [["objective-not-measurable"]],
      "Gap: objective 1B ('explore her feelings about the divorce and gain insight into her relationship "
      "patterns') names no measure or level to reach (goal 1 stays measurable through 1A). Layout: boxed "
      "header table, goals with a 4-column objectives table each, signature lines at the end.")
def ac06():
    doc = new_doc("Cambria", 11)
    t = table(doc, [["RIVERBEND FAMILY COUNSELING", "OUTPATIENT TREATMENT PLAN"]], header=False, style="Table Grid")
    for c in t.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
    para(doc, "")
    para(doc, "Name: Nadia R. Whitcombe        D.O.B.: 08/19/1963        Medicare #: 5KD1-TN8-PA26")
    para(doc, f"Date of plan: {us(P06)}        Clinician: Oscar Lindahl, LMFT")
    para(doc, "Dx: F43.23 Adjustment disorder with mixed anxiety and depressed mood")
    para(doc, "Problem statement: Since her divorce was finalized in June, Ms. Whitcombe reports crying spells, "
              "worry about finances, poor sleep (4-5 hours) and withdrawal from friends.")
    para(doc, "GOAL 1: Ms. Whitcombe will adjust to life after the divorce with less distress.", bold=True)
    table(doc, [["Obj.", "Objective", "Target date", "Intervention"],
                ["1A", "Client will lower her GAD-7 from 13 to 6 or below.", "01/10/2027", "CBT, worry exposure"],
                ["1B", "Client will explore her feelings about the divorce and gain insight into her patterns in "
                       "relationships.", "01/10/2027", "Emotion-focused therapy"]])
    para(doc, "")
    para(doc, "GOAL 2: Ms. Whitcombe will rebuild her social support and sleep.", bold=True)
    table(doc, [["Obj.", "Objective", "Target date", "Intervention"],
                ["2A", "Client will attend at least 1 social or community activity per week for 6 consecutive "
                       "weeks.", "12/18/2026", "Behavioral activation"],
                ["2B", "Client will sleep 6 hours or more on at least 5 of 7 nights, per sleep log.", "12/18/2026",
                 "CBT-I components"]])
    para(doc, "")
    para(doc, "Modality / amount / frequency: Individual psychotherapy (90837), 60 minutes, weekly.")
    para(doc, "Estimated duration: 5 months (to 03/01/2027).")
    para(doc, "")
    para(doc, f"Clinician: Oscar Lindahl, LMFT ________Oscar Lindahl________  Date: {us(P06)}")
    para(doc, f"Client: Nadia R. Whitcombe ______Nadia Whitcombe______  Date: {us(P06)}")
    para(doc, CONFIDENTIAL, size=8, italic=True)
    save_docx(doc, "ac06_family_counseling_vague_objective.docx", "Riverbend", "Treatment Plan", ts(P06, 11))


P07 = D(2025, 10, 8)
A07 = D(2026, 11, 12)
assert days(P07, A07) == 400 > 365


@plan("ac07_stale_plan_two_column.docx", "medicare-psychotherapy", A07, [["plan-outdated"]],
      "Gap: the plan was established 10/08/2025 and no completed review is recorded; on the as-of date "
      "2026-11-12 it is 400 days old (limit 365). Layout: two-column label/value table, goals as a numbered "
      "Word list, review section listing only a scheduled review.")
def ac07():
    doc = new_doc("Arial", 10)
    para(doc, "Outpatient Psychotherapy Treatment Plan", bold=True, size=14)
    para(doc, "Clearwater Behavioral Associates — 900 Harbor Blvd, Suite 310, Dunedin, FL 34698", size=9)
    table(doc, [["Patient name", "Franklin D. Osterhaus"],
                ["Date of birth", "06/02/1949"],
                ["Medicare ID", "3RU8-GF5-WE19"],
                ["Treatment plan date", us(P07)],
                ["Treating clinician", "Celeste Moreau, LCSW"],
                ["Diagnosis (ICD-10)", "F33.1 Major depressive disorder, recurrent, moderate"],
                ["Service", "90834 individual psychotherapy, 45 min, every week"],
                ["Expected duration", "11 months (through 09/08/2026)"]], header=False, bold_col0=True)
    para(doc, "")
    para(doc, "Goals", bold=True)
    bullet(doc, "Franklin will reduce his PHQ-9 score from 15 to 9 or below by 04/08/2026.", numbered=True)
    bullet(doc, "Franklin will attend the senior center at least 2 days per week by 02/08/2026.", numbered=True)
    bullet(doc, "Franklin will take his prescribed sertraline daily, missing no more than 1 dose per week by pill "
                "organizer check, by 12/08/2025.", numbered=True)
    para(doc, "Interventions", bold=True)
    para(doc, "Cognitive behavioral therapy; problem-solving therapy; coordination with PCP regarding sertraline.")
    para(doc, "Plan review", bold=True)
    para(doc, "Next scheduled review: 04/08/2026")
    para(doc, "")
    para(doc, f"Clinician signature: Celeste Moreau, LCSW   Date: {us(P07)}")
    para(doc, f"Patient signature: Franklin D. Osterhaus   Date: {us(P07)}")
    save_docx(doc, "ac07_stale_plan_two_column.docx", "CBA", "Treatment Plan", ts(P07, 10))


P08 = D(2026, 10, 22)
BAD08 = bad_npi("183377012")


@plan("ac08_typed_plan_no_credential_bad_npi.docx", "medicare-psychotherapy", D(2026, 11, 13),
      [["credential-missing"], ["identifier-invalid"]],
      f"Gaps: the therapist signs as 'Jordan Whitaker' with no credential anywhere; the provider NPI {BAD08} "
      "fails the check digit. Layout: plain typed lines with ALL-CAPS section titles, objectives under dashes.")
def ac08():
    doc = new_doc("Courier New", 10)
    para(doc, "WHITAKER COUNSELING LLC")
    para(doc, f"Provider: Jordan Whitaker    NPI: {BAD08}    Tax ID: on file")
    para(doc, "")
    para(doc, "TREATMENT PLAN")
    para(doc, f"Client name: Eugene R. Calloway    DOB: 12/12/1955    MBI: 8AC3-JY6-TK42    Plan date: {us(P08)}")
    para(doc, "")
    para(doc, "DIAGNOSIS")
    para(doc, "F40.01 Agoraphobia with panic disorder")
    para(doc, "")
    para(doc, "GOALS / OBJECTIVES")
    para(doc, "Goal 1 - Eugene will go to places he avoids (stores, church, the bank) without a companion.")
    para(doc, "  - Eugene will complete 8 of the 10 steps on his exposure hierarchy by 01/29/2027.")
    para(doc, "  - Eugene will drive alone to the bank and back at least once a week by 12/18/2026.")
    para(doc, "Goal 2 - Eugene will have fewer panic attacks.")
    para(doc, "  - Eugene will reduce panic attacks from 3 per week to 0-1 per week by 01/29/2027, per his log.")
    para(doc, "")
    para(doc, "TREATMENT")
    para(doc, "Type: individual psychotherapy, exposure-based CBT (90837)")
    para(doc, "Amount: 60 min sessions")
    para(doc, "Frequency: 1x/week")
    para(doc, "Duration: 14 weeks")
    para(doc, "")
    para(doc, "SIGNATURES")
    para(doc, f"Therapist signature: Jordan Whitaker    Date: {us(P08)}")
    para(doc, f"Client signature: Eugene R. Calloway    Date: {us(P08)}")
    save_docx(doc, "ac08_typed_plan_no_credential_bad_npi.docx", "JW", "Treatment Plan", ts(P08, 13))


P09_INTAKE, P09 = D(2026, 9, 8), D(2026, 9, 28)
assert days(P09_INTAKE, P09) == 20


@plan("ac09_pa_outline_client_unsigned.docx", "medicare-psychotherapy", D(2026, 11, 16), [["signature-missing"]],
      "Gap: the individual's signature line is blank (underscores, no date) although Pennsylvania requires the "
      "individual to sign and date. Layout: Word headings, outline-numbered goals 1./1.1, signature lines at the "
      "end with psychiatrist approval.", states=["pa-55-5200"])
def ac09():
    doc = new_doc("Calibri", 11)
    set_header(doc, "Keystone Valley Counseling Center — Licensed Outpatient Psychiatric Clinic — Altoona, PA")
    heading(doc, "Treatment Plan", 0)
    para(doc, "Individual: Raymond E. Haldane    Date of Birth: 04/04/1956")
    para(doc, "Medicare MBI: 6PN5-HV1-QE88    Secondary: PA Medical Assistance 4419027731")
    para(doc, f"Intake Date: {us(P09_INTAKE)}    Plan Date: {us(P09)}")
    heading(doc, "Diagnosis", 1)
    para(doc, "F31.81 Bipolar II disorder (primary); F41.1 Generalized anxiety disorder")
    heading(doc, "Goals and Objectives", 1)
    para(doc, "1. Raymond will keep his mood stable enough to keep his part-time job.")
    para(doc, "   1.1 Raymond will keep a daily mood chart on at least 6 of 7 days and bring it to each session, "
              "by 11/30/2026.")
    para(doc, "   1.2 Raymond will sleep between 7 and 9 hours on at least 5 nights per week by 12/28/2026.")
    para(doc, "   1.3 Raymond will miss no more than 1 scheduled work shift per month through 03/28/2027.")
    para(doc, "2. Raymond will manage worry without avoiding his responsibilities.")
    para(doc, "   2.1 Raymond will reduce his GAD-7 score from 15 to 8 or below by 01/28/2027.")
    heading(doc, "Treatment Modalities", 1)
    para(doc, "Individual psychotherapy (interpersonal and social rhythm therapy), 90834, 45 minutes, weekly.")
    para(doc, "Psychiatric medication management (lamotrigine), 99213, 20 minutes, monthly.")
    para(doc, "Expected duration of treatment: 6 months.")
    heading(doc, "Signatures", 1)
    para(doc, f"Mental Health Professional: Danielle Kurtz, LPC      Date: {us(P09)}")
    para(doc, "Individual receiving services: ______________________________   Date: ___________")
    para(doc, "Approved (psychiatrist): Samuel Adeyemi, MD      Date: 10/01/2026")
    para(doc, CONFIDENTIAL, size=8)
    save_docx(doc, "ac09_pa_outline_client_unsigned.docx", "KVCC", "Treatment Plan", ts(P09, 12))


P10_INTAKE, P10 = D(2026, 9, 21), D(2026, 10, 12)
assert days(P10_INTAKE, P10) == 21


@plan("ac10_pa_youth_merged_form_clean.docx", "base-treatment-plan", D(2026, 11, 17), [],
      "Clean. Pennsylvania youth outpatient plan (Medical Assistance): form table with merged title rows, "
      "'Individual served' label, nested table of objectives inside the goals table, guardian and youth "
      "signatures, psychiatrist (DO) approval.", states=["pa-55-5200"])
def ac10():
    doc = new_doc("Calibri", 10)
    set_header(doc, "Susquehanna Youth & Family Services · 55 Front St, Harrisburg, PA 17101 · Outpatient Clinic",
               footer="SYFS form OP-7 · Individual served: Tyrell M. Boateng · MA ID 8830215567")
    t = table(doc, [["", "", "", ""],
                    ["Individual served", "Tyrell M. Boateng", "Date of birth", "02/17/2011"],
                    ["Medical Assistance ID", "8830215567", "Health plan", "PerformCare (HealthChoices)"],
                    ["Intake date", us(P10_INTAKE), "Plan date", us(P10)],
                    ["Parent/guardian", "Abena Boateng (mother)", "School", "Harrisburg HS, grade 10"]],
              header=False)
    merge_row(t, 0, 0, 3, "OUTPATIENT TREATMENT PLAN — INITIAL", shade="D9E2F3")
    para(doc, "")
    para(doc, "Diagnosis: F90.2 Attention-deficit hyperactivity disorder, combined type; F32.1 Major depressive "
              "disorder, single episode, moderate")
    para(doc, "")
    gt = table(doc, [["", ""], ["Goal", "Objectives"],
                     ["1. Tyrell will pass all of his classes this semester.", None],
                     ["2. Tyrell will feel less down and get back to basketball.", None]])
    merge_row(gt, 0, 0, 1, "GOALS AND OBJECTIVES", shade="D9E2F3")
    table(gt.cell(2, 1), [["Objective", "Target date"],
                          ["1a. Tyrell will turn in at least 90% of homework assignments each week, per the "
                           "school portal.", "01/15/2027"],
                          ["1b. Tyrell will use his planner daily on at least 4 of 5 school days, checked by his "
                           "mother.", "12/15/2026"]])
    table(gt.cell(3, 1), [["Objective", "Target date"],
                          ["2a. Tyrell will lower his PHQ-A score from 16 to 9 or below.", "02/12/2027"],
                          ["2b. Tyrell will attend basketball practice at least 3 times per week.", "12/15/2026"]])
    para(doc, "")
    para(doc, "Modalities: individual psychotherapy (CBT) 90834, 45 minutes, weekly; family psychotherapy 90847, "
              "50 minutes, twice a month; psychiatric evaluation and medication management as scheduled by the "
              "psychiatrist.")
    para(doc, "Expected duration of treatment: 6 months (through 04/12/2027).")
    para(doc, "Treatment plan review: every 120 days; next review 02/09/2027.")
    para(doc, "")
    table(doc, [["Signer", "Name", "Signature", "Date"],
                ["Individual served (14+)", "Tyrell M. Boateng", "Tyrell Boateng", us(P10)],
                ["Parent/Guardian", "Abena Boateng", "Abena Boateng", us(P10)],
                ["Mental health professional", "Priscilla Nguyen, LCSW", "P. Nguyen, LCSW", us(P10)],
                ["Psychiatrist approval", "Martin Kowalczyk, DO", "M. Kowalczyk DO", "10/14/2026"]])
    save_docx(doc, "ac10_pa_youth_merged_form_clean.docx", "SYFS", "Outpatient Treatment Plan", ts(P10, 17))


P12 = D(2026, 9, 9)


@plan("ac12_smart_goal_table_18_months.docx", "medicare-psychotherapy", D(2026, 11, 19),
      [["duration-exceeds-limit"]],
      "Gap: anticipated length of treatment is 18 months; the NGS article requires less than one year. Layout: "
      "borderless label table, SMART goal table (Specific/Measure/Target/By when), signature block with "
      "e-signature stamp.")
def ac12():
    doc = new_doc("Segoe UI", 10)
    para(doc, "Lakeshore Mind & Body Clinic", bold=True, size=13, color="1F4E79")
    para(doc, "Psychotherapy Plan of Care", size=12)
    table(doc, [["Patient:", "Agnes V. Thorsby", "DOB:", "09/30/1947"],
                ["Medicare MBI:", "1FJ6-NE3-VR24", "Plan established:", us(P12)],
                ["Clinician:", "Malik Haddad, PsyD", "Setting:", "Office (POS 11)"]], header=False, style=None)
    para(doc, "")
    para(doc, "Diagnoses: F42.2 Mixed obsessional thoughts and acts (primary); F41.1 Generalized anxiety disorder")
    para(doc, "")
    para(doc, "Goals", bold=True)
    table(doc, [["Goal", "Specific", "Measure", "Target", "By when"],
                ["1", "Reduce time spent on checking rituals", "Daily ritual log (minutes)",
                 "From 3 hours/day to under 30 minutes/day", "03/09/2027"],
                ["2", "Reduce obsessive-compulsive symptoms", "Y-BOCS", "From 27 to 15 or below", "06/09/2027"],
                ["3", "Resume weekly bridge club", "Attendance log", "Attend at least 3 of 4 weeks per month",
                 "01/09/2027"]])
    para(doc, "")
    para(doc, "Treatment", bold=True)
    para(doc, "Exposure and response prevention (ERP) in individual psychotherapy, 90837, 60 minutes, once weekly; "
              "weekly home practice.")
    para(doc, "Anticipated length of treatment: 18 months.")
    para(doc, "")
    para(doc, f"Electronically signed: Malik Haddad, PsyD, Licensed Psychologist | {us(P12)} 5:22 PM")
    save_docx(doc, "ac12_smart_goal_table_18_months.docx", "LMBC", "Plan of Care", ts(P12, 17))


# ================================================================ Medicare Part B therapy (PT/OT/SLP)

CERT_STMT = ("I have reviewed this plan of care and certify that the above services are required and are provided "
             "while the patient is under my care. The patient's need for therapy services was established by an "
             "evaluation.")

T14, T14_END = D(2026, 10, 5), D(2026, 12, 28)
assert days(T14, T14_END) == 84 <= 90 and days(T14, D(2026, 10, 9)) <= 30


@plan("ac14_pt_clinic_poc_checkboxes_clean.docx", "medicare-outpatient-therapy", D(2026, 11, 2), [],
      "Clean. Outpatient PT plan of care after TKA: form table with check boxes (initial certification ticked), "
      "STG/LTG lists with time frames in weeks, CPT list, therapist and physician certification table "
      "(MD, 4 days after the evaluation); certification period 84 days.")
def ac14():
    doc = new_doc("Arial", 10)
    set_header(doc, "SUMMIT RIDGE PHYSICAL THERAPY · 2870 Pine Grove Ave · Port Huron, MI 48060 · "
                    f"Group NPI {npi('137625940')}", footer="POC/Cert · Leonard F. Ashby · MBI 3MG7-DX2-PK51")
    para(doc, "PHYSICAL THERAPY PLAN OF CARE / CERTIFICATION", bold=True, align="center", size=12)
    para(doc, "☒ Initial certification    ☐ Recertification    ☐ Revised plan", align="center")
    table(doc, [["Patient", "Leonard F. Ashby", "DOB", "07/29/1952"],
                ["Medicare MBI", "3MG7-DX2-PK51", "Referring MD", "Ronald Feeney, MD"],
                ["Evaluation date", us(T14), "Onset / surgery", "TKA R knee 09/18/2026"],
                ["Plan of care date", us(T14), "Treating therapist", "Alana Kim, PT, DPT"],
                ["Certification period", f"{us(T14)} to {us(T14_END)}", "Visits to date", "1 (evaluation)"]],
          header=False, bold_col0=True)
    para(doc, "")
    para(doc, "Treatment diagnoses (ICD-10-CM): Z47.1 Aftercare following joint replacement surgery; Z96.651 "
              "Presence of right artificial knee joint; R26.2 Difficulty in walking, NEC")
    para(doc, "Assessment: Pt is 2.5 weeks s/p R TKA with pain 6/10, R knee AROM 8-85°, quad lag, antalgic gait with "
              "RW. LEFS 28/80. Good rehab potential; pt motivated, wife assists at home.")
    para(doc, "Short-term goals (4 weeks)", bold=True)
    bullet(doc, "Pt will increase R knee flexion AROM from 85° to 105° within 4 weeks.")
    bullet(doc, "Pt will perform straight leg raise without quad lag, 3 x 10, within 4 weeks.")
    para(doc, "Long-term goals (12 weeks)", bold=True)
    bullet(doc, "Pt will ambulate 500 ft on level surfaces without assistive device, independently, within 12 weeks.")
    bullet(doc, "Pt will ascend/descend 12 steps reciprocally with 1 rail, mod I, within 12 weeks.")
    bullet(doc, "Pt will improve LEFS from 28/80 to 55/80 or better within 12 weeks.")
    para(doc, "Plan", bold=True)
    table(doc, [["CPT", "Intervention"],
                ["97110", "Therapeutic exercise"], ["97140", "Manual therapy / joint mobilization"],
                ["97116", "Gait training"], ["97112", "Neuromuscular re-education"],
                ["97010", "Cryotherapy as needed (bundled)"]])
    para(doc, "Frequency: 2x/week     Duration: 12 weeks     Home exercise program issued and reviewed.")
    para(doc, "Progress report due at the 10th visit or 30 days, whichever is first. Recertification due "
              f"{us(T14_END)} if further treatment is needed.")
    para(doc, "")
    para(doc, CERT_STMT, italic=True, size=9)
    table(doc, [["", "Name / credentials", "Signature", "Date"],
                ["Therapist", "Alana Kim, PT, DPT", "Alana Kim, PT, DPT", us(T14)],
                ["Physician", "Ronald Feeney, MD  (NPI " + npi("188204615") + ")", "Ronald Feeney MD",
                 "10/09/2026"]])
    save_docx(doc, "ac14_pt_clinic_poc_checkboxes_clean.docx", "SRPT", "PT Plan of Care", ts(T14, 18))


T15, T15_END, T15_SIG = D(2026, 9, 1), D(2026, 11, 23), D(2026, 10, 16)
assert days(T15, T15_END) == 83 and days(T15, T15_SIG) == 45 > 30


@plan("ac15_ot_ehr_print_late_cert.docx", "medicare-outpatient-therapy", D(2026, 11, 4), [["signature-late"]],
      "Gap: the physician's certification is e-signed 10/16/2026, 45 days after the first treatment day "
      "(evaluation 09/01/2026); due within 30 days (a warning under the 2025-01 version). Layout: EHR print "
      "with section rules, goals numbered STG/LTG, e-signature lines for therapist and physician.")
def ac15():
    doc = new_doc("Verdana", 9)
    set_header(doc, "Harborview Outpatient Rehabilitation — Occupational Therapy — Initial Evaluation & Plan of Care")
    para(doc, "PATIENT: Yvonne C. Marchetti     DOB: 02/11/1944     MBI: 2TE5-KW9-HY73     MRN: 00481275")
    para(doc, f"DATE OF EVALUATION: {us(T15)}     POC DATE: {us(T15)}     THERAPIST: Sofia Reyes, OTR/L     "
              "REFERRAL: Hannah Liebowitz, MD")
    para(doc, "—" * 60)
    para(doc, "DIAGNOSIS", bold=True)
    para(doc, "I69.351 Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side "
              "(treating); M62.81 Muscle weakness (generalized)")
    para(doc, "SUBJECTIVE", bold=True)
    para(doc, "Pt had L MCA stroke 07/2026, discharged home from IRF 08/22/2026 with daughter. Reports difficulty "
              "dressing, bathing and writing. Goal: 'to take care of myself again.'")
    para(doc, "OBJECTIVE", bold=True)
    para(doc, "R UE Brunnstrom stage 4; R grip 9 lb (L 38 lb); 9-hole peg R 94 s; UB dressing mod A; LB dressing "
              "max A; tub transfer mod A with bench.")
    para(doc, "GOALS", bold=True)
    para(doc, "STG 1: Pt will complete UB dressing with set-up only within 4 weeks.")
    para(doc, "STG 2: Pt will complete tub bench transfer with CGA within 4 weeks.")
    para(doc, "LTG 1: Pt will complete LB dressing with AE, mod I, within 12 weeks.")
    para(doc, "LTG 2: Pt will increase R grip from 9 lb to 20 lb within 12 weeks.")
    para(doc, "LTG 3: Pt will write name and a 5-word sentence legibly with R hand in 4 of 5 trials within 12 weeks.")
    para(doc, "PLAN", bold=True)
    para(doc, "Treatment: 97535 self-care/home management training, 97530 therapeutic activities, 97110 therapeutic "
              "exercise, 97112 neuromuscular re-education.")
    para(doc, "Frequency: 3x/wk     Duration: 12 wks     Certification period: "
              f"{us(T15)} - {us(T15_END)}")
    para(doc, "Rehab potential: good.")
    para(doc, "—" * 60)
    para(doc, f"Electronically signed by Sofia Reyes, OTR/L on {us(T15)} 05:40 PM")
    para(doc, "Physician certification: " + CERT_STMT, size=8)
    para(doc, f"Electronically signed by Hannah Liebowitz, MD on {us(T15_SIG)} 08:14 AM")
    save_docx(doc, "ac15_ot_ehr_print_late_cert.docx", "Harborview", "OT Eval and POC", ts(T15_SIG, 9))


T16, T16_END = D(2026, 10, 13), D(2027, 1, 8)
assert days(T16, T16_END) == 87


@plan("ac16_slp_dysphagia_physician_undated.docx", "medicare-outpatient-therapy", D(2026, 11, 5),
      [["signature-missing"]],
      "Gap: the certifying physician's signature line reads '(signature on file)' with the date left blank, so "
      "the certification is undated. Layout: SLP plan with bordered section boxes (one-cell tables), goals "
      "in a table with time frames, signature lines.")
def ac16():
    doc = new_doc("Calibri", 11)
    para(doc, "Lakeside Speech & Swallowing Center", bold=True, size=14)
    para(doc, "Speech-Language Pathology Plan of Care", size=12)
    table(doc, [[f"Patient: Walter H. Brandt    DOB: 10/06/1940    Medicare: 4GD2-QM8-NA39\n"
                 f"Evaluation / start of care: {us(T16)}    Plan date: {us(T16)}    Certification: {us(T16)} through "
                 f"{us(T16_END)}"]],
          header=False)
    para(doc, "")
    table(doc, [["Diagnoses\nR13.12 Dysphagia, oropharyngeal phase\nI69.391 Dysphagia following cerebral infarction"]],
          header=False)
    para(doc, "")
    para(doc, "Clinical summary: MBSS 10/08/2026 showed delayed swallow initiation with penetration of thin liquids "
              "and silent aspiration on consecutive sips. Currently on mildly thick liquids and soft & bite-sized "
              "diet.")
    table(doc, [["Goal", "Time frame"],
                ["Pt will consume thin liquids by single cup sip with no overt s/s of aspiration in 9/10 trials.",
                 "8 weeks"],
                ["Pt will perform effortful swallow and chin-tuck against resistance, 3 sets of 10, independently.",
                 "4 weeks"],
                ["Pt will tolerate regular solids with no more than 1 cue for small bites per meal.", "10 weeks"],
                ["Pt/wife will state 4 of 4 safe-swallow strategies without cues.", "2 weeks"]])
    para(doc, "")
    para(doc, "Treatment: 92526 treatment of swallowing dysfunction; NMES (97032) if indicated; caregiver "
              "training. Frequency 2x/week. Duration 12 weeks.")
    para(doc, "")
    para(doc, f"Speech-language pathologist: Naomi Feld, M.A., CCC-SLP     Date: {us(T16)}")
    para(doc, CERT_STMT, italic=True, size=9)
    para(doc, "Physician's signature: Anil Mehra, MD (signature on file)     Date: ____________")
    save_docx(doc, "ac16_slp_dysphagia_physician_undated.docx", "LSSC", "SLP Plan of Care", ts(T16, 15))


T17, T17_END = D(2026, 10, 1), D(2027, 3, 31)
assert days(T17, T17_END) == 181 > 90


@plan("ac17_pt_soap_eval_six_month_cert.docx", "medicare-outpatient-therapy", D(2026, 11, 6),
      [["review-interval-exceeded"]],
      "Gap: the certification period runs 10/01/2026 to 03/31/2027 (181 days) with no recertification before "
      "it ends; Medicare allows at most 90 days. Layout: SOAP-style evaluation with the plan of care at the end, "
      "goals as a lettered list, frequency and duration in prose.")
def ac17():
    doc = new_doc("Times New Roman", 11)
    para(doc, "Bayside Physical Therapy & Wellness", bold=True)
    para(doc, "Initial Evaluation and Plan of Care", bold=True)
    para(doc, f"Patient: Cecilia M. Okonkwo | DOB: 03/15/1950 | Medicare MBI: 7PW3-AF1-TD62")
    para(doc, f"Initial evaluation: {us(T17)} | Plan of care established: {us(T17)}")
    para(doc, "Dx: M48.062 Spinal stenosis, lumbar region with neurogenic claudication (primary); Z91.81 History of "
              "falling")
    para(doc, "S:", bold=True)
    para(doc, "Pt reports low back and bilateral leg pain when walking > 5 minutes, two falls in the past 6 months. "
              "Lives alone in a one-story home; daughter nearby.")
    para(doc, "O:", bold=True)
    para(doc, "Gait speed 0.68 m/s; TUG 16.2 s; Berg 41/56; 6MWT 180 m with two standing rests; ODI 46%.")
    para(doc, "A:", bold=True)
    para(doc, "Deficits in endurance, balance and lumbar flexibility consistent with neurogenic claudication and "
              "fall risk. Good potential.")
    para(doc, "P:", bold=True)
    para(doc, "Goals:")
    para(doc, "a) Pt will improve Berg Balance score from 41 to 48 or better within 8 weeks.")
    para(doc, "b) Pt will walk 300 m in the 6MWT without a standing rest within 12 weeks.")
    para(doc, "c) Pt will reduce TUG from 16.2 s to under 13.5 s within 12 weeks.")
    para(doc, "d) Pt will report ODI of 30% or less within 16 weeks.")
    para(doc, "Treatment will include flexion-biased therapeutic exercise (97110), neuromuscular re-education for "
              "balance (97112), gait training (97116), manual therapy (97140) and a home walking program. "
              "Frequency: 2x per week. Duration: 24 weeks.")
    para(doc, f"Certification period: {us(T17)} – {us(T17_END)}.")
    para(doc, "")
    para(doc, f"/s/ Gabriel Stroud, PT, DPT   {us(T17)}")
    para(doc, "Physician certification: " + CERT_STMT, size=9, italic=True)
    para(doc, "Certifying physician: Teresa Lindgren, MD     Signed 10/06/2026")
    save_docx(doc, "ac17_pt_soap_eval_six_month_cert.docx", "Bayside PT", "Initial Evaluation", ts(T17, 17))


T18, T18_END = D(2026, 10, 20), D(2027, 1, 12)
assert days(T18, T18_END) == 84


@plan("ac18_pt_shoulder_poc_no_frequency.docx", "medicare-outpatient-therapy", D(2026, 11, 9),
      [["frequency-missing"]],
      "Gap: no frequency anywhere (visits 'scheduled according to patient availability'); duration 12 weeks is "
      "stated. Layout: landscape plan of care with a goals grid (baseline/goal/time frame columns) and an "
      "interventions table with CPT codes but no frequency column.")
def ac18():
    doc = new_doc("Calibri", 10, landscape=True)
    para(doc, "Mountain View Orthopedic Rehab — Therapy Plan of Care", bold=True, size=13)
    table(doc, [["Patient name", "DOB", "MBI", "Start of care (eval)", "POC date", "Certification period", "Physician"],
                ["Bernard K. Lowry", "05/05/1948", "9QR4-UC7-EM15", us(T18), us(T18), f"{us(T18)} - {us(T18_END)}",
                 "Priyanka Desai, MD"]])
    para(doc, "")
    para(doc, "Diagnosis: M75.101 Unspecified rotator cuff tear or rupture of right shoulder, not specified as "
              "traumatic (non-operative management)")
    para(doc, "")
    table(doc, [["Functional goal", "Baseline", "Goal", "Time frame"],
                ["R shoulder active flexion", "95°", "150°", "8 weeks"],
                ["Reach overhead cabinet (2nd shelf) with R arm", "Unable", "Independent, 5 of 5 trials",
                 "10 weeks"],
                ["QuickDASH", "59", "≤ 30", "12 weeks"],
                ["Night pain", "7/10, wakes 3x/night", "≤ 3/10, wakes ≤ 1x/night", "6 weeks"]])
    para(doc, "")
    table(doc, [["CPT", "Intervention", "Notes"],
                ["97110", "Therapeutic exercise", "Rotator cuff / scapular strengthening progression"],
                ["97140", "Manual therapy", "GH joint mobilization grades I-III"],
                ["97530", "Therapeutic activities", "Reaching, lifting to shelf heights"]])
    para(doc, "")
    para(doc, "Expected duration of care: 12 weeks. Visits will be scheduled according to patient availability "
              "and transportation (wife drives).")
    para(doc, "")
    para(doc, f"Therapist: Dmitri Volkov, PT    {us(T18)}")
    para(doc, "Physician certification — I certify the need for these services under this plan of care.")
    para(doc, "Physician: Priyanka Desai, MD    10/26/2026")
    save_docx(doc, "ac18_pt_shoulder_poc_no_frequency.docx", "MVOR", "Therapy POC", ts(T18, 12))


T19, T19_END = D(2026, 10, 7), D(2026, 11, 18)
assert days(T19, T19_END) == 42


@plan("ac19_ot_hand_shorthand_np_cert_clean.docx", "medicare-outpatient-therapy", D(2026, 11, 10), [],
      "Clean, unusual wording: hand-therapy shorthand goals ('R grip 12# → 25#', 'QuickDASH 61 → ≤30'), "
      "'Freq: 3x weekly / Dur: 6 wks', certification by a nurse practitioner. Layout: compact clinic note, "
      "labels run together on lines separated by bullets.")
def ac19():
    doc = new_doc("Calibri", 10)
    para(doc, "HANDWORKS THERAPY · OT Plan of Care", bold=True, size=12)
    para(doc, f"Rosalind P. Ferraro • DOB 11/23/1951 • Medicare 5WA8-RK3-GJ40 • Eval {us(T19)} • POC {us(T19)}")
    para(doc, f"Cert period {us(T19)} – {us(T19_END)} • Referring/certifying: Yolanda Brooks, NP")
    para(doc, "Dx: S52.531D Colles' fracture of right radius, subsequent encounter, routine healing; "
              "ORIF 08/28/2026, cast off 10/02/2026")
    para(doc, "Problems: ↓ AROM wrist/forearm, ↓ grip & pinch, edema, unable to open jars / button shirt.")
    para(doc, "Goals (6 wks):", bold=True)
    para(doc, "1) R wrist ext AROM 25° → 55°")
    para(doc, "2) R grip 12# → 25# (Jamar pos. 2)")
    para(doc, "3) R lateral pinch 4# → 9#")
    para(doc, "4) QuickDASH 61 → ≤ 30")
    para(doc, "5) Pt will open jar & fasten buttons on blouse I'ly 3/3 trials")
    para(doc, "Plan: 97110 ther ex, 97140 manual, 97530 ther activities, 97018 paraffin, 97760 orthotic mgmt; HEP.")
    para(doc, "Freq: 3x weekly    Dur: 6 wks")
    para(doc, f"Therapist: Imani Clarke, MS, OTR/L, CHT   {us(T19)}")
    para(doc, "NPP certification: I certify the need for these services furnished under this plan while under my care.")
    para(doc, "Yolanda Brooks, NP   10/14/2026")
    save_docx(doc, "ac19_ot_hand_shorthand_np_cert_clean.docx", "Handworks", "OT POC", ts(T19, 11))


T20, T20_END = D(2026, 10, 12), D(2027, 1, 4)
assert days(T20, T20_END) == 84


@plan("ac20_pt_spine_chiropractor_cert.docx", "medicare-outpatient-therapy", D(2026, 11, 11),
      [["credential-not-permitted"]],
      "Gap: the plan is certified by a chiropractor (Mark Ellison, DC); chiropractors may not certify a therapy "
      "plan. Layout: clinic letterhead, goals table, certification box at the bottom. Unsure: whether the "
      "checker also calls the certification missing (signature-missing not listed either way).",
      unsure=["signature-missing"])
def ac20():
    doc = new_doc("Georgia", 10)
    para(doc, "ELLISON SPINE & REHAB", bold=True, align="center", size=14)
    para(doc, "Physical Therapy Department · 14 Commerce Park Dr · Bowling Green, KY 42101", align="center", size=9)
    para(doc, "")
    para(doc, "Plan of Care", bold=True, size=12)
    para(doc, "Patient: Darnell W. Stokes        DOB: 08/08/1953        MBI: 6CJ9-VT4-WD27")
    para(doc, f"Initial evaluation: {us(T20)}        Plan date: {us(T20)}        Plan of care: {us(T20)} to {us(T20_END)}")
    para(doc, "Diagnosis: M54.50 Low back pain, unspecified; R26.89 Other abnormalities of gait and mobility")
    para(doc, "")
    table(doc, [["#", "Goal", "Target"],
                ["1", "Pt will sit for 60 minutes without increase in LBP above 3/10", "6 weeks"],
                ["2", "Pt will lift 20 lb from floor to waist with proper mechanics, 5 repetitions", "10 weeks"],
                ["3", "Modified Oswestry from 48% to 24% or less", "12 weeks"],
                ["4", "Pt will walk 1 mile in under 25 minutes", "12 weeks"]])
    para(doc, "")
    para(doc, "Interventions: therapeutic exercise (97110), manual therapy (97140), neuromuscular re-ed (97112), "
              "therapeutic activities (97530), patient education, HEP.")
    para(doc, "Frequency: 2 times per week.  Duration: 12 weeks.")
    para(doc, f"Therapist: Hollis Grant, PT, DPT   {us(T20)}")
    para(doc, "")
    table(doc, [["CERTIFICATION\n" + CERT_STMT + "\n\nCertifying practitioner: Mark Ellison, DC\n"
                 "Signature: Mark Ellison, DC      Date: 10/15/2026"]], header=False)
    save_docx(doc, "ac20_pt_spine_chiropractor_cert.docx", "Ellison Spine", "Plan of Care", ts(T20, 10))


T21, T21_END = D(2026, 9, 21), D(2026, 12, 14)
assert days(T21, T21_END) == 84


@plan("ac21_pt_parkinson_landscape_grid_clean.docx", "medicare-outpatient-therapy", D(2026, 11, 12), [],
      "Clean. Mobile outpatient PT (private practice, treats in the home) for Parkinson's disease: landscape "
      "goal grid with Baseline/Target/Timeframe/Status columns, services table with frequency and duration, "
      "recertification date, signer table.")
def ac21():
    doc = new_doc("Calibri", 10, landscape=True)
    para(doc, "Cardinal Mobile Physical Therapy, LLC — Medicare Part B Plan of Care", bold=True, size=13)
    table(doc, [["Beneficiary", "Gertrude L. Sandoval", "DOB", "01/30/1946", "MBI", "8HV2-MT5-CX93"],
                ["Eval / first visit", us(T21), "Cert period", f"{us(T21)} – {us(T21_END)}", "Recert due",
                 us(T21_END)],
                ["Plan date", us(T21), "Setting", "Patient's home (Part B)", "Referral", "Neurology"]], header=False, bold_col0=False)
    para(doc, "")
    para(doc, "ICD-10-CM: G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations; R26.81 "
              "Unsteadiness on feet; R29.6 Repeated falls")
    para(doc, "")
    table(doc, [["Goal", "Baseline", "Target", "Timeframe", "Status"],
                ["Mini-BESTest", "15/28", "≥ 21/28", "12 weeks", "New"],
                ["Floor-to-stand transfer", "Unable", "Independent with furniture, 3/3 trials", "8 weeks", "New"],
                ["Freezing episodes at doorways", "~6 per day", "≤ 2 per day using visual cue strategy", "8 weeks",
                 "New"],
                ["Gait speed (10MWT)", "0.72 m/s", "≥ 0.95 m/s", "12 weeks", "New"]])
    para(doc, "")
    table(doc, [["Service", "CPT", "Frequency", "Duration"],
                ["Gait training (LSVT BIG principles)", "97116", "2x/week", "12 weeks"],
                ["Neuromuscular re-education", "97112", "2x/week", "12 weeks"],
                ["Therapeutic activities (transfers, floor recovery)", "97530", "2x/week", "12 weeks"]])
    para(doc, "")
    table(doc, [["Role", "Name", "Signed", "Date"],
                ["Treating PT", "Esteban Ruiz, PT, DPT, NCS", "Esteban Ruiz", us(T21)],
                ["Certifying physician", "Marcus Oyelaran, MD (neurology)", "M. Oyelaran", "09/25/2026"]])
    para(doc, "Certification: " + CERT_STMT, size=8)
    save_docx(doc, "ac21_pt_parkinson_landscape_grid_clean.docx", "Cardinal Mobile PT", "POC", ts(T21, 16))


T22, T22_END = D(2026, 10, 26), D(2027, 1, 17)
assert days(T22, T22_END) == 83


@plan("ac22_slp_aphasia_narrative_clean.docx", "medicare-outpatient-therapy", D(2026, 11, 13), [],
      "Clean. SLP aphasia plan written as a narrative report with Word headings, long-term and short-term "
      "goals as Word numbered lists with accuracy and cueing levels, 'ST 2x/wk x 12 wks', DO certification in "
      "a signature table.")
def ac22():
    doc = new_doc("Cambria", 11)
    heading(doc, "Speech-Language Pathology Evaluation and Plan of Care", 1)
    para(doc, "Riverside Community Hospital — Outpatient Rehabilitation Services")
    para(doc, f"Patient: Augustin F. Lemaire   DOB: 04/12/1949   Medicare ID: 2KU7-HE6-RN58   Evaluation date: "
              f"{us(T22)}   Plan of care date: {us(T22)}")
    heading(doc, "Diagnoses", 2)
    para(doc, "I69.320 Aphasia following cerebral infarction (treating); R41.841 Cognitive communication deficit")
    heading(doc, "Assessment", 2)
    para(doc, "Mr. Lemaire presents with moderate non-fluent aphasia 6 weeks after a left MCA infarct. WAB-R "
              "Aphasia Quotient 58.4. Confrontation naming 35% accurate; follows 1-step commands 90%, 2-step 50%. "
              "He is highly motivated and his wife attends sessions.")
    heading(doc, "Long-term goals (12 weeks)", 2)
    bullet(doc, "Patient will convey basic needs and personal information to unfamiliar listeners using speech, "
                "gesture or his communication book with 90% success.", numbered=True)
    bullet(doc, "Patient will raise his WAB-R Aphasia Quotient from 58.4 to 70 or higher.", numbered=True)
    heading(doc, "Short-term goals (6 weeks)", 2)
    bullet(doc, "Patient will name 20 common household objects with 80% accuracy given minimal verbal cues.",
           numbered=True)
    bullet(doc, "Patient will follow 2-step commands with 80% accuracy.", numbered=True)
    bullet(doc, "Patient will produce 3-4 word phrases to request items in 8 of 10 opportunities.", numbered=True)
    heading(doc, "Plan", 2)
    para(doc, "Treatment of speech, language and communication (92507): ST 2x/wk x 12 wks, 45-60 minutes per "
              "session. Certification period " f"{us(T22)} through {us(T22_END)}. Home program and partner "
              "training for his wife.")
    heading(doc, "Signatures", 2)
    table(doc, [["Clinician", "Date"], [f"Corinne Bell, M.S., CCC-SLP", us(T22)],
                ["Certifying physician: Farah Qureshi, DO", "10/30/2026"]])
    save_docx(doc, "ac22_slp_aphasia_narrative_clean.docx", "RCH Rehab", "SLP Evaluation and POC", ts(T22, 14))


# ================================================================ Medicare home health

def box(label: str, value: str) -> list:
    """A CMS-485 style caption box: small caption over the value."""
    return [(label, "i"), value]


H23, H23_END, H23_SIG = D(2026, 10, 19), D(2026, 12, 17), D(2026, 10, 27)
assert days(H23, H23_END) == 59 <= 60


@plan("ac23_hh_485_caption_boxes_clean.docx", "medicare-home-health", D(2026, 11, 16), [],
      "Clean. CMS-485 style 'Home Health Certification and Plan of Care' with numbered caption boxes (caption "
      "over value) in one large table, orders in 1w1/2w3/1w4 notation with a PRN order limited to 2 visits, "
      "goals in box 22, attending physician signature and date in box 27.")
def ac23():
    doc = new_doc("Arial", 8, margins=0.5)
    para(doc, "HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True, align="center", size=11)
    t = table(doc, [
        [box("1. Patient's HI Claim No.", "4NY6-FA2-KJ80"), box("2. Start Of Care Date", us(H23)),
         box("3. Certification Period", f"From: {us(H23)}   To: {us(H23_END)}"),
         box("4. Medical Record No.", "HC-30917"), box("5. Provider No.", "367412")],
        [box("6. Patient's Name and Address", "Dolores M. Kaminski\n88 Birchwood Lane\nParma, OH 44134"), None,
         box("7. Provider's Name, Address and Telephone Number",
             "Lakeshore Home Health Services\n5400 State Rd, Parma, OH 44134\n(216) 555-0110"), None,
         box("8. Date of Birth", "06/21/1939")],
        [box("11. ICD-10-CM / Principal Diagnosis / Date",
             "I11.0 Hypertensive heart disease with heart failure   10/14/2026 (E)"), None,
         box("13. ICD-10-CM / Other Pertinent Diagnoses / Date",
             "I50.32 Chronic diastolic (congestive) heart failure  10/14/2026 (E)\n"
             "M62.81 Muscle weakness (generalized)  10/14/2026 (E)\n"
             "Z79.4 Long term (current) use of insulin  10/14/2026 (E)\nE11.9 Type 2 diabetes mellitus without "
             "complications  01/05/2015 (O)"), None, None],
        [box("10. Medications: Dose/Frequency/Route (N)ew (C)hanged",
             "furosemide 40 mg PO daily (C); metoprolol succinate 50 mg PO daily; insulin glargine 18 units SC "
             "at bedtime; lisinopril 10 mg PO daily; acetaminophen 650 mg PO q6h PRN pain"), None, None, None,
         None],
        [box("21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)",
             "SN 1w1, 2w3, 1w4: skilled assessment of cardiopulmonary status, daily weight and edema review, "
             "teach CHF self-management and low-sodium diet, insulin and glucometer teaching, medication "
             "reconciliation.\nSN PRN x 2 visits for weight gain > 3 lb in a day or 5 lb in a week, or "
             "increased shortness of breath.\nPT 2w4, 1w3: evaluate and treat; gait and balance training, "
             "transfer training, home exercise program, home safety.\nMSW 1 visit for community resources "
             "(meal delivery)."), None, None, None, None],
        [box("22. Goals / Rehabilitation Potential / Discharge Plans",
             "Pt will state 3 signs of CHF exacerbation and when to call the agency by week 3.\n"
             "Pt's weight will stay within 3 lb of dry weight (164 lb) on daily log through the end of the "
             "episode.\nPt will self-administer insulin with correct dose in 3 of 3 return demonstrations by "
             "week 4.\nPt will ambulate 150 ft with rolling walker and SBA by week 6.\n"
             "Rehab potential: good for stated goals. Discharge to self-care with daughter's support when goals "
             "are met."), None, None, None, None],
        [box("23. Nurse's Signature and Date of Verbal SOC Where Applicable",
             "Verbal SOC order received 10/16/2026 — Jessica Tran, RN"), None, None,
         box("25. Date HHA Received Signed POT", "10/28/2026"), None],
        [box("24. Physician's Name and Address",
             "Douglas A. Whitfield, MD\n6780 Ridge Rd, Parma, OH 44129\nNPI " + npi("149260378")), None,
         box("26. ", "I certify that this patient is confined to his/her home and needs intermittent skilled "
                    "nursing care, physical therapy and/or speech therapy. The patient is under my care, I have "
                    "authorized the services on this plan of care and will periodically review the plan. A "
                    "face-to-face encounter occurred on 10/14/2026."), None, None],
        [box("27. Attending Physician's Signature and Date Signed",
             f"Douglas A. Whitfield, MD  (e-signed)  {us(H23_SIG)}"), None, None,
         box("28. ", "Anyone who misrepresents, falsifies or conceals essential information required for payment "
                     "of Federal funds may be subject to fine, imprisonment, or civil penalty under applicable "
                     "Federal laws."), None],
    ], header=False, size=8)
    merges = [(1, 0, 1), (1, 2, 3), (2, 0, 1), (2, 2, 4), (3, 0, 4), (4, 0, 4), (5, 0, 4), (6, 0, 2), (6, 3, 4),
              (7, 0, 1), (7, 2, 4), (8, 0, 2), (8, 3, 4)]
    for r, a, b in merges:
        t.cell(r, a).merge(t.cell(r, b))
    save_docx(doc, "ac23_hh_485_caption_boxes_clean.docx", "Lakeshore HH", "Plan of Care", ts(H23_SIG, 15))


H24, H24_END = D(2026, 10, 5), D(2026, 12, 3)
assert days(H24, H24_END) == 59


@plan("ac24_hh_ehr_orders_prn_unlimited.docx", "medicare-home-health", D(2026, 11, 3), [["frequency-missing"]],
      "Gap: 'SN PRN for Foley catheter problems' has no limit on the number of visits, so that service has no "
      "frequency (other orders are complete). Layout: home-health EHR print with label lines, orders as a "
      "discipline list, goals as a bulleted list, e-signature stamps.")
def ac24():
    doc = new_doc("Tahoma", 9)
    set_header(doc, "CareTrail HH  |  Plan of Care  |  Episode 1 of 1  |  Printed 10/12/2026",
               footer="Golden Valley Home Care, 1840 Mesa Dr, Mesa, AZ 85201  |  CONFIDENTIAL")
    para(doc, "PLAN OF CARE (485)", bold=True, size=12)
    para(doc, "Patient: Rudolph A. Heinz     DOB: 09/09/1941     Medicare No.: 1EW5-PX3-TN26")
    para(doc, f"SOC Date: {us(H24)}     Certification Period: {us(H24)} - {us(H24_END)}")
    para(doc, "Attending: Lucia Fernandez, MD     Case manager: Brent Solis, RN")
    para(doc, "Principal Dx: I69.351 Hemiplegia and hemiparesis following cerebral infarction affecting right "
              "dominant side")
    para(doc, "Other Dx: N31.9 Neuromuscular dysfunction of bladder, unspecified; Z46.6 Encounter for fitting and "
              "adjustment of urinary device; Z74.09 Other reduced mobility")
    para(doc, "DME: hospital bed, wheelchair, Foley catheter 16 Fr with 10 mL balloon, drainage bags.")
    para(doc, "ORDERS", bold=True)
    para(doc, "SN: 1w9 — assess GU status, change Foley catheter every 30 days and PRN dislodgement, teach "
              "caregiver catheter care and signs of UTI, medication management.")
    para(doc, "SN: PRN for Foley catheter problems (blockage, leakage, dislodgement).")
    para(doc, "PT: 2w4, 1w4 — transfer training, wheelchair mobility, caregiver training for safe transfers, HEP.")
    para(doc, "HHA: 2w8 — personal care, bathing assistance.")
    para(doc, "GOALS", bold=True)
    bullet(doc, "Caregiver (wife) will demonstrate catheter care and bag change correctly in 2 of 2 return "
                "demonstrations by week 3.")
    bullet(doc, "Patient will have no s/s UTI (fever, cloudy or foul urine, new confusion) through the end of "
                "the certification period.")
    bullet(doc, "Patient will transfer bed to wheelchair with min assist of 1 caregiver using slide board by "
                "week 6.")
    para(doc, "Rehab potential: fair. Discharge plan: remain at home with wife and private-duty aide.")
    para(doc, "SIGNATURES", bold=True)
    para(doc, f"Electronically signed by Brent Solis, RN on {us(H24)}")
    para(doc, "Physician certification: I certify this patient is confined to the home and needs intermittent "
              "skilled nursing and physical therapy; the patient is under my care and I authorized this plan.")
    para(doc, "Electronically signed by Lucia Fernandez, MD on 10/12/2026 07:55")
    save_docx(doc, "ac24_hh_ehr_orders_prn_unlimited.docx", "CareTrail", "Plan of Care", ts(D(2026, 10, 12), 8))


H25, H25_END = D(2026, 10, 26), D(2026, 12, 24)
assert days(H25, H25_END) == 59


@plan("ac25_hh_plan_physician_not_signed.docx", "medicare-home-health", D(2026, 11, 17), [["signature-missing"]],
      "Gap: box 27 (attending physician's signature and date) is blank; the plan was faxed for signature and "
      "box 25 says 'pending'. Layout: 485 content typed as a two-column table with bold numbered labels.")
def ac25():
    doc = new_doc("Arial", 9)
    para(doc, "Home Health Certification and Plan of Care", bold=True, size=12, align="center")
    para(doc, "Bluebonnet Home Health Agency · 700 N Loop 1604, San Antonio, TX 78232 · Provider No. 457733",
         align="center", size=8)
    table(doc, [
        ["1. Patient HI Claim No.", "6FT2-NW8-AK31"],
        ["2. SOC Date", us(H25)],
        ["3. Certification Period", f"{us(H25)} to {us(H25_END)}"],
        ["6. Patient Name / Address", "Consuelo R. Ybarra, 2231 Pecan Valley Dr, San Antonio, TX 78220"],
        ["8. Date of Birth", "12/03/1937"],
        ["11. Principal Diagnosis", "J44.1 Chronic obstructive pulmonary disease with (acute) exacerbation"],
        ["13. Other Pertinent Diagnoses", "Z99.81 Dependence on supplemental oxygen; I11.0 Hypertensive heart "
                                          "disease with heart failure; I50.32 Chronic diastolic (congestive) heart "
                                          "failure"],
        ["15. Safety Measures", "O2 safety, no smoking in home, fall precautions"],
        ["18A. Functional Limitations", "Endurance, ambulation, dyspnea with minimal exertion"],
        ["21. Orders", "SN 2w2, 1w5: assess respiratory status and SpO2, teach inhaler technique and pursed-lip "
                       "breathing, COPD action plan, medication management.\nPT 2w3, 1w3: energy conservation, "
                       "endurance and gait training, home exercise program."],
        ["22. Goals", "Pt will demonstrate correct MDI with spacer technique in 3/3 return demonstrations by "
                      "11/16/2026.\nPt will keep SpO2 ≥ 90% on 2 L O2 at rest on every SN visit through "
                      f"{us(H25_END)}.\nPt will walk 100 ft with rollator and no more than 1 standing rest by "
                      "12/14/2026."],
        ["23. Verbal SOC / Nurse", "Verbal order 10/23/2026 from Dr. Okoro, taken by Ana Lucero, RN"],
        ["24. Physician Name / Address", "Chinedu Okoro, MD, 1150 Babcock Rd, San Antonio, TX 78201"],
        ["25. Date HHA Received Signed POT", "pending (faxed for signature 10/28/2026)"],
        ["26. Certification", "I certify that this patient is confined to the home and needs intermittent skilled "
                              "nursing care and physical therapy. The patient is under my care and I have "
                              "authorized the services on this plan of care."],
        ["27. Attending Physician's Signature and Date Signed", ""],
    ], header=False, bold_col0=True)
    save_docx(doc, "ac25_hh_plan_physician_not_signed.docx", "Bluebonnet HHA", "POC", ts(D(2026, 10, 28), 9))


H26, H26_END = D(2026, 10, 12), D(2026, 12, 10)
assert days(H26, H26_END) == 59


@plan("ac26_hh_wound_vague_goals.docx", "medicare-home-health", D(2026, 11, 18), [["goal-not-measurable"]],
      "Gap: the goals are not measurable ('be safe in the home', 'improved knowledge of diabetes management', "
      "'wound will show improvement'); orders, frequency, period and physician signature are complete. Layout: "
      "agency plan with Word headings and a discipline/frequency table.")
def ac26():
    doc = new_doc("Calibri", 10)
    heading(doc, "Plan of Care — Skilled Nursing and Therapy", 1)
    para(doc, "Sunrise Valley Home Health, Inc. · 415 Commerce St, Montgomery, AL 36104")
    table(doc, [["Patient", "Leroy T. Beasley", "DOB", "03/03/1950"],
                ["Medicare beneficiary ID", "3JR8-YD1-CW65", "Start of care", us(H26)],
                ["Certification period", f"{us(H26)} – {us(H26_END)}", "Physician", "Beatrice Amankwah, DO"]],
          header=False, bold_col0=True)
    heading(doc, "Diagnoses", 2)
    para(doc, "1. E11.621 Type 2 diabetes mellitus with foot ulcer (principal)")
    para(doc, "2. L97.412 Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed")
    para(doc, "3. Z79.4 Long term (current) use of insulin")
    heading(doc, "Orders", 2)
    table(doc, [["Discipline", "Frequency / duration", "Treatments"],
                ["SN", "3w2, 2w4, 1w2", "Wound care R heel: cleanse with NS, apply calcium alginate, cover with "
                                        "foam dressing, change 3x/week and PRN soiling x 2; assess wound and "
                                        "measure weekly; diabetic teaching; glucose log review."],
                ["PT", "2w4", "Gait training with offloading boot, transfers, home exercise program."],
                ["HHA", "2w6", "Bathing and personal care."]])
    heading(doc, "Goals", 2)
    para(doc, "• Patient will be safe in the home.")
    para(doc, "• Patient/caregiver will have improved knowledge of diabetes management.")
    para(doc, "• Wound will show improvement.")
    para(doc, "Rehab potential: fair. Discharge when wound care can be managed by caregiver or outpatient clinic.")
    heading(doc, "Physician certification", 2)
    para(doc, "I certify this patient is homebound, needs intermittent skilled nursing and physical therapy, is "
              "under my care, and that I authorized this plan of care.")
    para(doc, "Beatrice Amankwah, DO        Date signed: 10/15/2026")
    save_docx(doc, "ac26_hh_wound_vague_goals.docx", "Sunrise Valley HH", "Plan of Care", ts(D(2026, 10, 15), 14))


H27, H27_END, A27 = D(2026, 8, 3), D(2026, 10, 1), D(2026, 11, 4)
assert days(H27, H27_END) == 59 and A27 > H27_END


@plan("ac27_hh_narrative_cert_lapsed.docx", "medicare-home-health", A27, [["review-overdue"]],
      "Gap: the certification period ended 10/01/2026 and no recertification is recorded or scheduled; on "
      "2026-11-04 services are billed past it (a warning under this profile). Layout: narrative agency plan "
      "of care in paragraphs with bold run-in labels.")
def ac27():
    doc = new_doc("Book Antiqua", 11)
    para(doc, "Evergreen Visiting Nurses — Plan of Care", bold=True, size=13)
    rich(doc, [("Patient: ", "b"), "Marjorie E. Pendleton, born 05/17/1936. ", ("Medicare: ", "b"), "7AD3-XM9-RT14."])
    rich(doc, [("Start of care: ", "b"), us(H27), ". ", ("Certification period: ", "b"),
               f"{us(H27)} through {us(H27_END)}."])
    rich(doc, [("Diagnoses: ", "b"), "S72.001D Fracture of unspecified part of neck of right femur, subsequent "
                                     "encounter for closed fracture with routine healing (principal); Z91.81 History "
                                     "of falling; M62.81 Muscle weakness (generalized)."])
    rich(doc, [("Orders: ", "b"), "Skilled nursing 1w2 then every other week x 3 for medication management, pain "
                                  "and incision assessment. Physical therapy 3w2, 2w4, 1w2 for gait training with "
                                  "walker, transfers, stair training and home exercise program. Home health aide "
                                  "2w4 for bathing."])
    rich(doc, [("Goals: ", "b"), "Mrs. Pendleton will walk 150 feet with a rolling walker, modified independent, "
                                 "by 09/14/2026. She will climb 3 steps with 1 rail and stand-by assist by "
                                 "09/21/2026. She will state 3 hip precautions without cues by 08/17/2026. She will "
                                 "have no falls through the end of the episode."])
    rich(doc, [("Rehab potential / discharge: ", "b"), "Good. Discharge to her daughter's care with outpatient PT "
                                                       "when goals are met."])
    para(doc, "")
    para(doc, "Physician's certification: I certify that this patient is confined to the home and needs "
              "intermittent skilled nursing and physical therapy, is under my care, and that I authorized this "
              "plan.")
    para(doc, "Signed: Harold Vincent, MD   08/10/2026")
    save_docx(doc, "ac27_hh_narrative_cert_lapsed.docx", "Evergreen VNA", "Plan of Care", ts(D(2026, 8, 10), 11))


H28, H28_END = D(2026, 11, 2), D(2026, 12, 31)
assert days(H28, H28_END) == 59


@plan("ac28_hh_therapy_only_pa_c_clean.docx", "medicare-home-health", D(2026, 11, 20), [],
      "Clean, unusual wording: therapy-only home health episode certified by a physician assistant ('PA-C'); "
      "orders written '3w2, 2w4, 1w2' in a table, goals with 'by visit 12' / 'by week 6' time frames, "
      "signature box with '(e-signed)'.")
def ac28():
    doc = new_doc("Calibri", 10)
    para(doc, "PLAN OF CARE — THERAPY", bold=True, size=13)
    para(doc, "Clearbrook Home Health · 90 Depot St, Burlington, VT 05401", size=9)
    table(doc, [["Client", "Ingrid S. Halvorsen"], ["Date of birth", "10/28/1944"],
                ["HI claim number (MBI)", "5GK1-CW7-VP42"], ["Start of care", us(H28)],
                ["Certification period", f"{us(H28)} to {us(H28_END)}"],
                ["Certifying practitioner", "Leah Morgan, PA-C (Burlington Family Practice)"]],
          header=False, bold_col0=True)
    para(doc, "")
    para(doc, "Diagnoses: S72.001D Fracture of unspecified part of neck of right femur, subsequent encounter for "
              "closed fracture with routine healing; Z91.81 History of falling; R26.81 Unsteadiness on feet")
    para(doc, "")
    table(doc, [["Discipline", "Visits", "Focus"],
                ["PT", "3w2, 2w4, 1w2", "Gait, transfers, stairs, balance, HEP"],
                ["OT", "1w1, 1w3", "Bathing and dressing with adaptive equipment, bathroom safety"]])
    para(doc, "")
    para(doc, "Goals", bold=True)
    para(doc, "1. Client will walk 200 ft with a single-point cane, modified independent, by visit 12.")
    para(doc, "2. Client will climb 4 steps with rail and SBA by week 6.")
    para(doc, "3. Client will complete a tub-bench transfer with set-up only by week 4.")
    para(doc, "4. Client's Berg Balance Scale will improve from 38/56 to 46/56 by the end of the certification period.")
    para(doc, "")
    table(doc, [["Certification", "Signature", "Date"],
                ["I certify the client is homebound and needs intermittent PT/OT under this plan.",
                 "Leah Morgan, PA-C (e-signed)", "11/06/2026"]])
    save_docx(doc, "ac28_hh_therapy_only_pa_c_clean.docx", "Clearbrook HH", "Plan of Care", ts(D(2026, 11, 6), 12))


# ================================================================ commercial ABA

B30, B30_END, B30_REV = D(2026, 10, 1), D(2027, 3, 31), D(2027, 3, 15)
assert B30_END < add_months(B30, 6) and days(B30, B30_REV) == 165 <= 184
assert days(D(2026, 9, 14), B30) <= 365


@plan("ac30_aba_initial_grid_tables_clean.docx", "commercial-aba", D(2026, 11, 2), [],
      "Clean. Initial ABA treatment plan: Word headings, assessment table, one goal grid per domain "
      "(target/baseline/mastery/target date) including a parent-training grid, services table with hours per "
      "week by CPT code, signer table (BCBA and parent).")
def ac30():
    doc = new_doc("Calibri", 10)
    set_header(doc, "Bright Path Behavioral Health · 2100 Innovation Way, Suite 140, Raleigh, NC 27606 · "
                    f"NPI {npi('192817364')} · TIN on file", footer="Mateo J. Alvarez-Reyes · Member ID BRH708813264-01")
    heading(doc, "ABA Initial Treatment Plan and Authorization Request", 0)
    table(doc, [["Client", "Mateo J. Alvarez-Reyes", "Date of birth", "06/14/2021"],
                ["Health plan", "BlueRidge Health Plan (commercial)", "Member ID", "BRH708813264-01"],
                ["Plan date", us(B30), "Requested authorization period", f"{us(B30)} – {us(B30_END)}"],
                ["Supervising BCBA", "Hannah Whitlock, M.Ed., BCBA", "Progress report / reassessment due", us(B30_REV)]],
          header=False, bold_col0=True)
    heading(doc, "Diagnosis", 1)
    para(doc, "F84.0 Autistic disorder (autism spectrum disorder, level 2). Diagnosed by Lena Forsythe, PhD, "
              "licensed psychologist, on 03/02/2025 (ADOS-2 Module 1, ADI-R). Report attached.")
    heading(doc, "Assessments", 1)
    table(doc, [["Instrument", "Date", "Administered by", "Results"],
                ["VB-MAPP", "09/14/2026", "H. Whitlock, BCBA", "Milestones 62/170 (mostly Level 2); Barriers 38"],
                ["Vineland-3 (parent form)", "09/10/2026", "H. Whitlock, BCBA", "ABC 68; Communication 64; Daily "
                                                                                 "Living 72; Socialization 66"],
                ["Functional behavior assessment", "09/16/2026", "H. Whitlock, BCBA",
                 "Elopement maintained by access to preferred activities"]])
    heading(doc, "Goals", 1)
    for domain, rows in [
        ("Communication", [["Mateo will mand for 20 different items or activities using 2-word phrases without "
                            "prompts.", "6 items, 1-word, with echoic prompt", "80% of opportunities across 3 "
                            "consecutive sessions", "03/15/2027"]]),
        ("Social", [["Mateo will orient to his name within 3 seconds when called from 3 feet.", "30% of trials",
                     "80% of trials across 3 consecutive sessions", "01/31/2027"]]),
        ("Behavior reduction", [["Mateo will reduce elopement from the play area or table.", "5 per day (avg of "
                                 "9/16-9/25/2026)", "1 or fewer per week for 4 consecutive weeks", "03/15/2027"]]),
        ("Daily living", [["Mateo will void in the toilet at scheduled times.", "2 of 8 scheduled opportunities",
                           "90% of scheduled opportunities for 10 consecutive days", "03/15/2027"]]),
        ("Parent training", [["Mr. and Mrs. Alvarez-Reyes will implement the elopement-prevention protocol "
                              "(functional communication + response blocking) at home.", "45% fidelity (BST probe "
                              "09/18/2026)", "90% fidelity across 3 consecutive parent sessions", "01/15/2027"]]),
    ]:
        heading(doc, domain, 2)
        table(doc, [["Target", "Baseline", "Mastery criteria", "Target date"]] + rows)
    heading(doc, "Services requested", 1)
    table(doc, [["CPT", "Service", "Hours per week", "Rendered by", "Setting"],
                ["97153", "Adaptive behavior treatment by protocol", "25", "RBT", "Home / clinic"],
                ["97155", "Protocol modification by BCBA", "4", "BCBA", "Home / clinic"],
                ["97156", "Family adaptive behavior treatment guidance", "1.5", "BCBA", "Home / telehealth"]])
    para(doc, "Crisis plan and behavior intervention plan are attached. Caregivers were offered a copy of this plan.")
    heading(doc, "Signatures", 1)
    table(doc, [["Role", "Name", "Signature", "Date"],
                ["Supervising BCBA", "Hannah Whitlock, M.Ed., BCBA", "/s/ Hannah Whitlock", us(B30)],
                ["Parent/Guardian", "Sofia Reyes-Alvarez (mother)", "Sofia Reyes-Alvarez", "10/03/2026"]])
    save_docx(doc, "ac30_aba_initial_grid_tables_clean.docx", "Bright Path", "ABA Treatment Plan", ts(D(2026, 10, 3), 10))


B31, B31_END, B31_REV = D(2026, 10, 15), D(2027, 4, 14), D(2027, 4, 1)
assert days(B31, B31_REV) == 168


@plan("ac31_aba_ehr_goal_blocks_gaps.docx", "commercial-aba", D(2026, 11, 3),
      [["baseline-missing"], ["goal-not-time-bound"]],
      "Gaps: goal 3 (tolerating transitions) has no baseline; goal 4 (peer play) has no target date or time "
      "frame. Layout: practice-management EHR print, 'Goal N (Domain):' blocks with labelled lines, services "
      "as 'CPT - description - hrs/wk' lines, e-signature lines.")
def ac31():
    doc = new_doc("Arial", 9)
    set_header(doc, "ReachNet PM  ·  Treatment Plan  ·  Client ID 30-5521  ·  Generated 10/15/2026 11:02")
    para(doc, "Spectrum Steps ABA — Treatment Plan", bold=True, size=13)
    para(doc, "Client Name: Olivia K. Brennan    Date of Birth: 02/27/2019    Gender: F")
    para(doc, "Payer: Meridian Choice PPO    Member ID: MCP-44187209    Group: 55120")
    para(doc, f"Plan Date: {us(B31)}    Authorization Period: {us(B31)} - {us(B31_END)}")
    para(doc, f"Next Treatment Plan Review: {us(B31_REV)}")
    para(doc, "Diagnosis: F84.0 Autistic disorder — diagnosed 11/19/2024 by Marcus Delgado, MD (developmental-"
              "behavioral pediatrics)")
    para(doc, "Standardized assessments: VB-MAPP 10/02/2026 (Milestones 104/170, Level 2-3); ABLLS-R 10/06/2026 "
              "(language and social skills deficits); Vineland-3 10/01/2026 (ABC 71).")
    para(doc, "")
    para(doc, "Goal 1 (Communication): Olivia will ask 'wh' questions (what, where, who) to obtain information.",
         bold=True)
    para(doc, "Baseline: 0 spontaneous 'wh' questions per session (10/2026)")
    para(doc, "Mastery criteria: 5 spontaneous questions per session across 3 consecutive sessions")
    para(doc, "Target date: 03/31/2027")
    para(doc, "Goal 2 (Behavior): Olivia will reduce aggression (hitting, kicking) toward others.", bold=True)
    para(doc, "Baseline: 9 episodes per day (mean, 10/01-10/10/2026)")
    para(doc, "Mastery criteria: 1 or fewer episodes per day for 10 consecutive school days")
    para(doc, "Target date: 04/01/2027")
    para(doc, "Goal 3 (Adaptive): Olivia will transition between activities when given a 2-minute warning and a "
              "visual timer, without crying or dropping to the floor.", bold=True)
    para(doc, "Mastery criteria: 90% of transitions across 5 consecutive sessions")
    para(doc, "Target date: 02/26/2027")
    para(doc, "Goal 4 (Social): Olivia will engage in cooperative play with a peer (turn-taking game) for 5 minutes.",
         bold=True)
    para(doc, "Baseline: 30 seconds with adult prompting")
    para(doc, "Mastery criteria: 5 minutes in 4 of 5 opportunities across 2 weeks")
    para(doc, "Goal 5 (Caregiver Training): Olivia's father will deliver differential reinforcement and planned "
              "ignoring for aggression during home routines.", bold=True)
    para(doc, "Baseline: 40% procedural fidelity")
    para(doc, "Mastery criteria: 90% fidelity across 3 consecutive observations")
    para(doc, "Target date: 01/29/2027")
    para(doc, "")
    para(doc, "Services Requested:", bold=True)
    para(doc, "97153 - Adaptive behavior treatment by protocol (RBT) - 20 hrs/wk")
    para(doc, "97155 - Protocol modification (BCBA) - 3 hrs/wk")
    para(doc, "97156 - Caregiver guidance (BCBA) - 1 hr/wk")
    para(doc, "")
    para(doc, f"Electronically signed by Trevor Nakamura, MS, BCBA on {us(B31)} 11:40 AM")
    para(doc, "Parent/Guardian: Declan Brennan (father) - e-signed 10/16/2026")
    save_docx(doc, "ac31_aba_ehr_goal_blocks_gaps.docx", "ReachNet", "Treatment Plan", ts(D(2026, 10, 16), 12))


B32, B32_END = D(2026, 9, 28), D(2027, 3, 27)


@plan("ac32_aba_child_goals_only_no_review.docx", "commercial-aba", D(2026, 11, 5),
      [["caregiver-goal-missing"], ["review-date-missing"]],
      "Gaps: no goal involves the parents or caregivers (97156 hours are requested but no caregiver goal is "
      "written) and the plan sets no date for its next review. Layout: small agency, numbered goals in one "
      "table with all ABA columns, paragraph-style services, signature lines with underscores filled.")
def ac32():
    doc = new_doc("Century Gothic", 10)
    para(doc, "LITTLE HARBOR AUTISM SERVICES", bold=True, align="center", size=13)
    para(doc, "Individualized ABA Treatment Plan", align="center")
    para(doc, "")
    para(doc, "Client: Ezra P. Goldfarb          DOB: 08/30/2020          Insurance: Atlantic Shore Health")
    para(doc, f"Member ID: ASH-661204879          Plan Date: {us(B32)}")
    para(doc, f"Authorization period requested: {us(B32)} through {us(B32_END)}")
    para(doc, "Diagnosis: F84.0 Autistic disorder; diagnosed 05/06/2024 by Rachel Imbert, PsyD")
    para(doc, "Assessments: VB-MAPP administered 09/08/2026 (Milestones 88/170); Vineland-3 09/11/2026 (ABC 70).")
    para(doc, "")
    table(doc, [["#", "Goal", "Baseline", "Mastery criterion", "Target date"],
                ["1", "Ezra will greet peers by name when they arrive.", "10% of opportunities",
                 "80% across 3 consecutive sessions", "02/26/2027"],
                ["2", "Ezra will tolerate haircut / nail trimming for 5 minutes without aggression.",
                 "30 seconds", "5 minutes on 3 consecutive occasions", "03/26/2027"],
                ["3", "Ezra will reduce flopping to the floor during demands.", "14 per hour",
                 "2 or fewer per hour across 5 consecutive sessions", "03/26/2027"],
                ["4", "Ezra will label 30 actions (verbs) in pictures.", "8 actions",
                 "30 actions at 90% accuracy over 2 sessions", "01/29/2027"]])
    para(doc, "")
    para(doc, "Services: 97153 direct treatment by RBT, 18 hours per week; 97155 BCBA protocol modification and "
              "supervision, 3 hours per week; 97156 family guidance, 1 hour per week.")
    para(doc, "")
    para(doc, f"BCBA: ___Priya Chandrasekar, BCBA___   Date: {us(B32)}")
    para(doc, "Parent/Guardian: ___Miriam Goldfarb___   Date: 09/30/2026")
    save_docx(doc, "ac32_aba_child_goals_only_no_review.docx", "Little Harbor", "ABA Plan", ts(D(2026, 9, 30), 13))


B33, B33_END, B33_REV = D(2026, 10, 20), D(2027, 4, 19), D(2027, 4, 5)
assert days(B33, B33_REV) == 167


@plan("ac33_aba_bilingual_gdd_not_covered.docx", "commercial-aba", D(2026, 11, 6), [["diagnosis-not-covered"]],
      "Gap: the only diagnosis is F88 (global developmental delay, ASD evaluation pending); ABA under this "
      "policy requires F84.x. Layout: bilingual English/Spanish headings, goal grid, caregiver goal written "
      "about the mother, guardian signature labelled 'Madre / Mother'.")
def ac33():
    doc = new_doc("Calibri", 10)
    para(doc, "Sol y Mar Behavioral Services — Plan de Tratamiento / Treatment Plan", bold=True, size=13)
    table(doc, [["Cliente / Client", "Santiago A. Paredes", "Fecha de nacimiento / DOB", "01/09/2023"],
                ["Seguro / Insurance", "Coastal Family Health (commercial)", "Member ID", "CFH9920417765"],
                ["Fecha del plan / Plan date", us(B33), "Periodo / Authorization period", f"{us(B33)} - {us(B33_END)}"],
                ["Próxima revisión / Next review", us(B33_REV), "BCBA", "Valeria Montoya, MS, BCBA"]],
          header=False, bold_col0=True)
    para(doc, "")
    para(doc, "Diagnóstico / Diagnosis", bold=True)
    para(doc, "F88 Other disorders of psychological development (global developmental delay). Diagnosed by Ama "
              "Owusu, MD, developmental pediatrics, on 07/22/2026. Autism evaluation is scheduled for 01/2027.")
    para(doc, "Evaluaciones / Assessments", bold=True)
    para(doc, "Vineland-3 (10/07/2026): ABC 66. VB-MAPP (10/09/2026): Milestones 31/170 (Level 1).")
    para(doc, "Metas / Goals", bold=True)
    table(doc, [["Meta / Goal", "Línea base / Baseline", "Criterio de dominio / Mastery", "Fecha meta / Target date"],
                ["Santiago will imitate 10 actions with objects after a model.", "2 actions",
                 "10 actions, 80% across 3 sessions", "02/19/2027"],
                ["Santiago will point to request preferred items.", "0 independent points per session",
                 "10 independent points per session for 3 sessions", "03/19/2027"],
                ["Santiago will sit at the table for a 5-minute activity.", "45 seconds",
                 "5 minutes in 4 of 5 sessions", "03/19/2027"],
                ["Mrs. Paredes (mother) will use naturalistic teaching (model, wait, reinforce) during play.",
                 "35% fidelity", "85% fidelity across 3 observations", "01/29/2027"]])
    para(doc, "Servicios / Services", bold=True)
    table(doc, [["CPT", "Servicio / Service", "Horas por semana / Hours per week"],
                ["97153", "Tratamiento directo / Direct treatment (RBT)", "15"],
                ["97155", "Modificación de protocolo / Protocol modification (BCBA)", "2"],
                ["97156", "Entrenamiento a padres / Parent training (BCBA)", "1"]])
    para(doc, "Firmas / Signatures", bold=True)
    para(doc, f"BCBA: Valeria Montoya, MS, BCBA — {us(B33)}")
    para(doc, "Madre / Mother: Lucía Paredes — 10/21/2026")
    save_docx(doc, "ac33_aba_bilingual_gdd_not_covered.docx", "Sol y Mar", "Plan de Tratamiento", ts(D(2026, 10, 21), 9))


B34, B34_END, B34_REV = D(2026, 9, 1), D(2027, 8, 31), D(2027, 2, 26)
assert days(B34, B34_REV) == 178 and B34_END > add_months(B34, 6)


@plan("ac34_aba_landscape_12_month_typo_code.docx", "commercial-aba", D(2026, 11, 9),
      [["duration-exceeds-limit"], ["service-code-invalid", "field-missing"]],
      "Gaps: the requested authorization period is 12 months (09/01/2026-08/31/2027; limit 6 months), and the "
      "BCBA protocol-modification line carries the code '9715' (four digits, not a CPT code). Layout: "
      "landscape, services table with units and hours per week, goal table with objectives as sub-rows.")
def ac34():
    doc = new_doc("Calibri", 10, landscape=True)
    para(doc, "Keystone Autism Partners — Comprehensive ABA Treatment Plan", bold=True, size=13)
    para(doc, f"Learner: Amara N. Okafor | DOB: 04/18/2018 | Plan: UnitedWay Health Choice | Member ID: UHC-3008124476 | "
              f"Plan date: {us(B34)}")
    para(doc, f"Authorization period requested: {us(B34)} to {us(B34_END)} (12 months) | Progress report due: "
              f"{us(B34_REV)}")
    para(doc, "Diagnosis: F84.0 Autistic disorder (diagnosed 09/15/2022 by Grace Lindqvist, PhD, licensed psychologist)")
    para(doc, "Assessments: ABLLS-R 08/20/2026 (updated grid attached); Vineland-3 08/25/2026 (ABC 63); "
              "FBA 08/27/2026.")
    para(doc, "")
    table(doc, [["Goal / objective", "Baseline", "Mastery criteria", "Target date"],
                ["Goal 1: Amara will follow 2-step classroom directions.", "25% of opportunities",
                 "80% of opportunities across 3 sessions", "02/26/2027"],
                ["   1a. with a visual prompt", "40%", "80% across 3 sessions", "12/18/2026"],
                ["   1b. without a visual prompt", "10%", "80% across 3 sessions", "02/26/2027"],
                ["Goal 2: Amara will reduce self-injury (head hitting).", "22 per hour", "2 or fewer per hour for "
                 "10 consecutive sessions", "02/26/2027"],
                ["Goal 3: Amara will complete handwashing (8 steps) independently.", "3 of 8 steps",
                 "8 of 8 steps independently on 5 consecutive days", "01/29/2027"],
                ["Goal 4: Parents will implement the self-injury protection and redirection protocol.",
                 "50% fidelity", "90% fidelity across 3 sessions", "12/31/2026"]])
    para(doc, "")
    table(doc, [["CPT", "Description", "Units per week", "Hours per week", "Rendering"],
                ["97153", "Adaptive behavior treatment by protocol", "120", "30", "RBT"],
                ["9715", "Adaptive behavior treatment with protocol modification", "16", "4", "BCBA"],
                ["97156", "Family adaptive behavior treatment guidance", "8", "2", "BCBA"]])
    para(doc, "")
    para(doc, f"Supervising BCBA: Samuel Oduya, BCBA    Signature: S. Oduya    Date: {us(B34)}")
    para(doc, "Parent/Guardian: Chiamaka Okafor    Signature: C. Okafor    Date: 09/02/2026")
    save_docx(doc, "ac34_aba_landscape_12_month_typo_code.docx", "KAP", "ABA Treatment Plan", ts(D(2026, 9, 2), 16))


B35, B35_END, B35_REV = D(2026, 10, 5), D(2027, 4, 4), D(2027, 3, 22)
VB35 = D(2025, 6, 10)
assert days(VB35, B35) == 482 > 365 and days(B35, B35_REV) == 168


@plan("ac35_aba_reauth_old_assessments.docx", "commercial-aba", D(2026, 11, 10), [["assessment-outdated"]],
      "Gap: continuation request whose latest standardized assessments (VB-MAPP 06/10/2025, Vineland-3 "
      "06/17/2025) are more than a year older than the plan (10/05/2026). Layout: reauthorization report with "
      "an 'Authorization History' section, progress table with Mastered / In progress status, new goals with "
      "baselines, services table.")
def ac35():
    doc = new_doc("Calibri", 10)
    heading(doc, "ABA Reauthorization Request and Updated Treatment Plan", 1)
    para(doc, "Evergreen Behavior Collaborative · 48 Cedar St, Worcester, MA 01609")
    table(doc, [["Client", "Julian R. Whitfield-Moss"], ["DOB", "11/02/2017"],
                ["Insurer / Member ID", "Commonwealth Premier Health / CPH-0771938420"],
                ["Date of this plan", us(B35)], ["Requested period", f"{us(B35)} to {us(B35_END)}"],
                ["Next review", us(B35_REV)],
                ["Diagnosis", "F84.0 Autistic disorder — diagnosed 10/14/2021 by Naomi Achterberg, PhD"]],
          header=False, bold_col0=True)
    heading(doc, "Authorization History", 2)
    para(doc, "04/05/2026 - 10/04/2026: 97153 20 h/wk, 97155 3 h/wk, 97156 1 h/wk (approved). "
              "10/05/2025 - 04/04/2026: same hours (approved).")
    heading(doc, "Standardized assessment", 2)
    para(doc, "VB-MAPP administered 06/10/2025: Milestones 118/170, Barriers 21. Vineland-3 (parent) 06/17/2025: "
              "ABC 74. Re-administration planned at the next review.")
    heading(doc, "Progress on previous goals", 2)
    table(doc, [["Previous goal", "Status"],
                ["Requests help using a full sentence", "Mastered 08/2026"],
                ["Waits 2 minutes for a preferred item", "Mastered 06/2026"],
                ["Reduce screaming to under 3 per hour", "In progress — now 5 per hour (from 18)"]])
    heading(doc, "Goals for this period", 2)
    table(doc, [["Goal", "Baseline", "Mastery criteria", "Target date"],
                ["Julian will reduce screaming during non-preferred tasks.", "5 per hour",
                 "Fewer than 1 per hour across 10 consecutive sessions", "03/22/2027"],
                ["Julian will initiate a conversation with a peer at recess.", "1 initiation per recess",
                 "4 initiations per recess across 5 school days", "03/22/2027"],
                ["Julian will complete a 3-item grocery list task in the community.", "1 of 3 items with "
                 "physical prompts", "3 of 3 items independently on 3 outings", "02/26/2027"],
                ["Julian's mother will run a 10-minute structured teaching session at home.", "55% fidelity",
                 "90% fidelity across 3 consecutive sessions", "01/22/2027"]])
    heading(doc, "Services requested", 2)
    table(doc, [["CPT", "Service", "Hours/week"], ["97153", "Direct ABA by RBT", "20"],
                ["97155", "Protocol modification by BCBA", "3"], ["97156", "Caregiver guidance", "1"]])
    heading(doc, "Signatures", 2)
    para(doc, f"BCBA: Oluwaseun Adebayo, MS, BCBA — signed {us(B35)}")
    para(doc, "Parent/Guardian: Tamsin Whitfield-Moss — signed 10/07/2026")
    save_docx(doc, "ac35_aba_reauth_old_assessments.docx", "EBC", "Reauthorization", ts(D(2026, 10, 7), 10))


B37, B37_START, B37_END, B37_REV = D(2026, 10, 9), D(2026, 10, 12), D(2027, 4, 11), D(2027, 4, 1)
assert days(B37, B37_REV) == 174 and B37_END < add_months(B37_START, 6)


@plan("ac37_aba_update_status_tables_clean.docx", "commercial-aba", D(2026, 11, 13), [],
      "Clean, unusual wording: 6-month treatment plan update by a BCBA-D, 'Learner' label, legal guardian is "
      "the grandmother (caregiver goal names her), goals in status tables with one 'Mastered' target kept for "
      "the record, AFLS and Vineland-3 recent, hours per week in a services table, e-signature lines.")
def ac37():
    doc = new_doc("Calibri", 10)
    para(doc, "BLUE HERON ABA CLINIC", bold=True, size=14)
    para(doc, "Treatment Plan Update (6-month)", size=12)
    table(doc, [["Learner", "Keanu M. Kahananui", "Date of birth", "09/19/2016"],
                ["Funding source", "Pacific Crest Health", "Member ID", "PCH-5501827730"],
                ["Date of this update", us(B37), "Authorization period", f"{us(B37_START)} - {us(B37_END)}"],
                ["Next plan review", us(B37_REV), "Legal guardian", "Leilani Kahananui (grandmother)"]],
          header=False, bold_col0=True)
    para(doc, "")
    para(doc, "Diagnosis: F84.0 Autistic disorder. Diagnosing clinician: Robert Tanaka, PhD; date of diagnosis "
              "06/30/2019.")
    para(doc, "Standardized assessments: AFLS (Basic Living and Home Skills) 09/29/2026; Vineland-3 09/24/2026 "
              "(ABC 69, up from 64).")
    para(doc, "")
    para(doc, "Skill acquisition", bold=True)
    table(doc, [["Target", "Baseline", "Current", "Mastery criteria", "Target date", "Status"],
                ["Keanu will tie his shoes independently.", "0 of 6 steps", "4 of 6 steps", "6 of 6 steps on 5 "
                 "consecutive days", "02/12/2027", "In progress"],
                ["Keanu will make a sandwich following a 7-step picture sequence.", "2 of 7 steps", "2 of 7",
                 "7 of 7 steps on 3 consecutive sessions", "03/26/2027", "New"],
                ["Keanu will state his address and phone number when asked.", "0 of 2", "2 of 2",
                 "2 of 2 on 3 consecutive probes", "09/30/2026", "Mastered 09/2026"]])
    para(doc, "")
    para(doc, "Behavior reduction", bold=True)
    table(doc, [["Target", "Baseline", "Current", "Mastery criteria", "Target date", "Status"],
                ["Keanu will reduce property destruction (throwing objects).", "6 per day", "3 per day",
                 "0-1 per week for 4 consecutive weeks", "03/26/2027", "In progress"]])
    para(doc, "")
    para(doc, "Caregiver training", bold=True)
    table(doc, [["Target", "Baseline", "Current", "Mastery criteria", "Target date", "Status"],
                ["Grandmother will use first-then and token economy during evening routine.", "30% fidelity",
                 "60% fidelity", "90% fidelity across 3 consecutive observations", "01/29/2027", "In progress"]])
    para(doc, "")
    table(doc, [["Service (CPT)", "Hours per week"], ["97153 direct treatment", "15"], ["97155 BCBA protocol "
                "modification", "2.5"], ["97156 caregiver guidance", "1"]])
    para(doc, "")
    para(doc, f"Signed electronically by Makana Alapai, PhD, BCBA-D on {us(B37)}")
    para(doc, "Legal guardian: Leilani Kahananui — signed electronically 10/10/2026")
    save_docx(doc, "ac37_aba_update_status_tables_clean.docx", "Blue Heron ABA", "Treatment Plan Update",
              ts(D(2026, 10, 10), 10))


# ================================================================ SUD programs under state licensure (baseline payer)

N38_ADM, N38, N38_MD = D(2026, 10, 12), D(2026, 10, 16), D(2026, 10, 19)
assert days(N38_ADM, N38) == 4 <= 7 and days(N38_ADM, N38_MD) == 7 <= 10


@plan("ac38_ny_inpatient_rehab_problem_grid_clean.docx", "base-treatment-plan", D(2026, 11, 16), [],
      "Clean. New York OASAS inpatient rehabilitation plan: header form table, problem/goal/objective/method "
      "grid, estimated length of stay, responsible clinician (CASAC), client and physician review signatures "
      "with dates.", states=["ny-oasas-818"])
def ac38():
    doc = new_doc("Arial", 9)
    set_header(doc, "Hudson Ridge Recovery Center · Inpatient Rehabilitation Services (14 NYCRR Part 818) · "
                    "Kingston, NY", footer=PART2)
    para(doc, "COMPREHENSIVE TREATMENT PLAN", bold=True, size=12, align="center")
    table(doc, [["Patient", "Patrick J. Donnelly", "DOB", "04/25/1984"],
                ["Medicaid CIN", "KX48213T", "Admission date", us(N38_ADM)],
                ["Plan date", us(N38), "Responsible clinician", "Theresa Quinlan, LMSW, CASAC"],
                ["Estimated length of stay", "21-28 days", "Unit", "2 North"]], header=False, bold_col0=True)
    para(doc, "")
    para(doc, "Diagnoses: F10.20 Alcohol dependence, uncomplicated (primary); F12.20 Cannabis dependence, "
              "uncomplicated; F32.1 Major depressive disorder, single episode, moderate (per psychiatric consult "
              "10/14/2026)")
    para(doc, "")
    table(doc, [["Problem", "Goal", "Objectives (target date)", "Methods / responsible staff"],
                ["1. Alcohol use: 12+ drinks daily for 3 years; withdrawal seizure 2025.",
                 "Patrick will stay abstinent and leave with a relapse prevention plan.",
                 "1a. Identify 5 personal triggers and a coping response for each in writing (10/26/2026).\n"
                 "1b. Attend 2 mutual-help meetings on site each week (ongoing to discharge, reviewed 11/06/2026).\n"
                 "1c. Complete a written relapse prevention plan reviewed with counselor (11/06/2026).",
                 "Individual counseling 2x/week (CASAC); relapse prevention group daily; naltrexone evaluation "
                 "(MD)."],
                ["2. Depressed mood, guilt, poor sleep.", "Patrick will have fewer depressive symptoms.",
                 "2a. Reduce PHQ-9 from 18 to 12 or below (11/06/2026).\n2b. Sleep 6+ hours on 5 of 7 nights per "
                 "nursing log (11/02/2026).",
                 "Psychiatric follow-up weekly (MD); CBT skills group 3x/week."],
                ["3. Family conflict; wife has asked him to live elsewhere.", "Patrick will repair communication "
                 "with his family.", "3a. Participate in 2 family sessions before discharge (11/06/2026).",
                 "Family session 1x/week (LMSW)."]])
    para(doc, "")
    para(doc, "Discharge criteria: completion of objectives 1a-1c, outpatient appointment scheduled, stable "
              "housing confirmed.")
    table(doc, [["Signature", "Name", "Date"],
                ["Patient", "Patrick J. Donnelly", us(N38)],
                ["Responsible clinical staff member", "Theresa Quinlan, LMSW, CASAC", us(N38)],
                ["Physician review", "Irena Sokolova, MD", us(N38_MD)]])
    save_docx(doc, "ac38_ny_inpatient_rehab_problem_grid_clean.docx", "HRRC", "Treatment Plan", ts(N38_MD, 9))


N39_ADM, N39, N39_MD = D(2026, 10, 5), D(2026, 10, 9), D(2026, 10, 21)
assert days(N39_ADM, N39) == 4 and days(N39_ADM, N39_MD) == 16 > 10


@plan("ac39_ny_narrative_physician_late.docx", "base-treatment-plan", D(2026, 11, 17), [["signature-late"]],
      "Gap: the physician reviewed and signed the plan 10/21/2026, 16 days after admission (10/05/2026); "
      "Part 818 requires it within 10 days. Layout: narrative plan with bold run-in headings and numbered "
      "objectives, physician attestation paragraph at the end.", states=["ny-oasas-818"])
def ac39():
    doc = new_doc("Times New Roman", 11)
    para(doc, "Finger Lakes Recovery Campus — Inpatient Rehabilitation", bold=True, size=13)
    para(doc, "Individualized Treatment Plan", italic=True)
    rich(doc, [("Name: ", "b"), "Shawna L. Pettigrew   ", ("DOB: ", "b"), "12/01/1990   ",
               ("Medicaid ID (CIN): ", "b"), "PT70915R"])
    rich(doc, [("Admitted: ", "b"), us(N39_ADM), "   ", ("Plan completed: ", "b"), us(N39)])
    rich(doc, [("Diagnoses: ", "b"), "F11.20 Opioid dependence, uncomplicated (primary); F14.20 Cocaine dependence, "
                                     "uncomplicated."])
    rich(doc, [("Problem 1 — Opioid use. ", "b"), "Shawna used 1-2 g of fentanyl daily by inhalation until admission; "
               "two overdoses in 2026. Goal: Shawna will begin medication for opioid use disorder and remain "
               "opioid-free. Objectives: (1) Shawna will take buprenorphine as prescribed daily with no missed doses "
               "per MAR through discharge, reviewed 10/30/2026; (2) Shawna will name 4 high-risk situations and a "
               "plan for each by 10/23/2026; (3) Shawna will schedule an outpatient OTP intake before discharge, "
               "by 10/30/2026. Methods: buprenorphine induction and daily dosing (MD/RN); individual counseling "
               "twice weekly; relapse-prevention group daily."])
    rich(doc, [("Problem 2 — Cocaine use. ", "b"), "Goal: Shawna will stop using cocaine. Objectives: (1) negative "
               "urine toxicology for cocaine on all random screens through discharge, reviewed 10/30/2026; "
               "(2) Shawna will complete the stimulant-use workbook (6 modules) by 10/28/2026. Methods: contingency "
               "management, CBT group 3 times per week."])
    rich(doc, [("Problem 3 — Health. ", "b"), "Goal: Shawna will get hepatitis C treatment started. Objective: "
               "attend the hepatology telehealth visit and start treatment by 10/30/2026. Methods: nursing "
               "coordination; referral to hepatology."])
    rich(doc, [("Estimated length of stay: ", "b"), "28 days."])
    para(doc, "")
    para(doc, f"Patient: Shawna L. Pettigrew   {us(N39)}")
    para(doc, f"Primary counselor (responsible clinical staff): Omar Haddad, CASAC-2   {us(N39)}")
    para(doc, "Physician review: I have reviewed this treatment plan and concur with it.")
    para(doc, f"Nathaniel Brooks, MD   {us(N39_MD)}")
    save_docx(doc, "ac39_ny_narrative_physician_late.docx", "FLRC", "Treatment Plan", ts(N39_MD, 10))


N40_ADM, N40, N40_MD = D(2026, 10, 26), D(2026, 10, 30), D(2026, 11, 2)
assert days(N40_ADM, N40) == 4 and days(N40_ADM, N40_MD) == 7


@plan("ac40_ny_goals_grid_no_methods.docx", "base-treatment-plan", D(2026, 11, 18), [["intervention-missing"]],
      "Gap: the plan lists problems, goals and objectives but no methods of treatment, interventions or "
      "services at all. Layout: a single goals grid (Problem / Goal / Objective / Target date / Status) and a "
      "signature table.", states=["ny-oasas-818"])
def ac40():
    doc = new_doc("Calibri", 10)
    para(doc, "ST. LAWRENCE VALLEY TREATMENT CENTER — INPATIENT REHABILITATION", bold=True)
    para(doc, "Treatment Plan", size=12)
    para(doc, f"Patient: Corey D. Ashworth    DOB: 07/07/1979    CIN: RB36604K    Admission: {us(N40_ADM)}    "
              f"Plan date: {us(N40)}")
    para(doc, "Diagnosis: F15.20 Other stimulant dependence, uncomplicated (methamphetamine)")
    para(doc, "")
    table(doc, [["Problem", "Goal", "Objective", "Target date", "Status"],
                ["Methamphetamine use daily x 6 years", "Corey will stay abstinent from methamphetamine",
                 "Corey will list 5 triggers and a coping strategy for each", "11/09/2026", "Open"],
                ["", "", "Corey will have negative urine drug screens on all random tests during the stay",
                 "11/20/2026", "Open"],
                ["Unemployment", "Corey will have a return-to-work plan", "Corey will complete 2 job applications "
                 "with the vocational counselor", "11/16/2026", "Open"],
                ["Poor sleep and weight loss", "Corey will restore sleep and nutrition", "Corey will gain 5 lb from "
                 "admission weight of 142 lb", "11/20/2026", "Open"]])
    para(doc, "")
    table(doc, [["Role", "Name", "Date"],
                ["Patient", "Corey D. Ashworth", us(N40)],
                ["Responsible clinician", "Delia Fontaine, CASAC", us(N40)],
                ["Physician", "Rahul Menon, DO", us(N40_MD)]])
    save_docx(doc, "ac40_ny_goals_grid_no_methods.docx", "SLVTC", "Treatment Plan", ts(N40_MD, 11))


F41_ADM, F41, F41_QP = D(2026, 10, 1), D(2026, 10, 13), D(2026, 10, 16)
assert days(F41_ADM, F41) == 12 <= 15 and days(F41, F41_QP) == 3 <= 10


@plan("ac41_fl_residential_checkbox_clean.docx", "base-treatment-plan", D(2026, 11, 2), [],
      "Clean. Florida residential level 2 plan: level of care ticked among check boxes, goals with measurable "
      "behavioral objectives and expected completion dates, services with frequency, client/counselor/"
      "qualified professional signatures (countersigned 3 days later).", states=["fl-65d-30"])
def ac41():
    doc = new_doc("Arial", 9)
    set_header(doc, "Sunbelt Recovery Residences, Inc. · Licensed under 65D-30, F.A.C. · Ocala, FL", footer=PART2)
    para(doc, "INDIVIDUALIZED TREATMENT PLAN", bold=True, size=12, align="center")
    para(doc, "Individual: Brandon T. Mercer      DOB: 03/09/1995      Florida Medicaid ID: 7702938164")
    para(doc, f"Admission/placement date: {us(F41_ADM)}      Date of plan: {us(F41)}")
    para(doc, "Level of care:  ☐ Intensive Inpatient   ☐ Residential Level 1   ☒ Residential Level 2   "
              "☐ Residential Level 3   ☐ Day or Night Treatment   ☐ Outpatient")
    para(doc, "Diagnoses: F11.20 Opioid dependence, uncomplicated; F41.1 Generalized anxiety disorder")
    para(doc, "")
    table(doc, [["Goal", "Measurable objective", "Expected completion", "Services / frequency"],
                ["1. Brandon will remain free of opioids and other drugs.",
                 "1.1 Brandon will provide negative urine drug screens on all weekly random tests.", "12/15/2026",
                 "Random UDS weekly; relapse prevention group 5x/week"],
                ["", "1.2 Brandon will write a relapse prevention plan naming 5 triggers and 3 supports.",
                 "11/10/2026", "Individual counseling 1x/week, 50 min"],
                ["2. Brandon will manage anxiety without using substances.",
                 "2.1 Brandon will practice a breathing or grounding skill at least once daily, logged on 6 of 7 "
                 "days.", "11/24/2026", "CBT skills group 2x/week"],
                ["", "2.2 Brandon will reduce his GAD-7 from 16 to 10 or below.", "12/15/2026",
                 "Psychiatric medication review every 2 weeks"],
                ["3. Brandon will prepare for sober living.",
                 "3.1 Brandon will submit 2 sober-living applications.", "12/01/2026",
                 "Case management 1x/week"]])
    para(doc, "")
    table(doc, [["", "Signature", "Date"],
                ["Individual", "Brandon T. Mercer", us(F41)],
                ["Staff member who developed the plan", "Kiara Jenkins, CAC", us(F41)],
                ["Qualified professional review", "Eduardo Salas, LMHC", us(F41_QP)]])
    save_docx(doc, "ac41_fl_residential_checkbox_clean.docx", "Sunbelt", "ITP", ts(F41_QP, 9))


F42_ADM, F42, F42_QP = D(2026, 10, 19), D(2026, 10, 27), D(2026, 10, 30)
assert days(F42_ADM, F42) == 8 and days(F42, F42_QP) == 3


@plan("ac42_fl_no_level_dsm_number.docx", "base-treatment-plan", D(2026, 11, 3),
      [["field-missing"], ["diagnosis-code-invalid", "diagnosis-code-missing"]],
      "Gaps: the level of care is not stated anywhere, and the diagnosis is coded with the DSM-5's ICD-9-CM "
      "number 303.90 instead of an ICD-10-CM code. Layout: counselor-typed plan with Word headings, objectives "
      "as 'Objective 1a' lines, services paragraph, signature lines.", states=["fl-65d-30"])
def ac42():
    doc = new_doc("Calibri", 11)
    heading(doc, "Treatment Plan", 1)
    para(doc, "Gulf Coast Recovery Alliance · 1520 Tamiami Trail, Port Charlotte, FL 33948")
    para(doc, "Client: Melissa A. Drummond     DOB: 11/16/1982     Medicaid ID: 8810457723")
    para(doc, f"Admission date: {us(F42_ADM)}     Treatment plan date: {us(F42)}")
    heading(doc, "Diagnosis", 2)
    para(doc, "Alcohol use disorder, severe — 303.90")
    heading(doc, "Goals and Objectives", 2)
    para(doc, "Goal 1: Melissa will stop drinking and stay sober.")
    para(doc, "Objective 1a: Melissa will have 0 positive breathalyzer or EtG results on all tests by 12/18/2026.")
    para(doc, "Objective 1b: Melissa will attend at least 3 AA meetings per week and bring a signed attendance "
              "sheet, by 11/20/2026.")
    para(doc, "Goal 2: Melissa will rebuild trust with her children.")
    para(doc, "Objective 2a: Melissa will attend 4 family sessions with her teenage children by 01/15/2027.")
    para(doc, "Objective 2b: Melissa will follow the visitation schedule set by her ex-husband on 100% of "
              "scheduled visits through 12/31/2026.")
    heading(doc, "Services", 2)
    para(doc, "Individual counseling weekly (50 minutes); group counseling 3 times per week (3 hours); random "
              "EtG testing weekly; family sessions every other week.")
    heading(doc, "Signatures", 2)
    para(doc, f"Client: Melissa A. Drummond     Date: {us(F42)}")
    para(doc, f"Counselor: Jared Whitley, CAP     Date: {us(F42)}")
    para(doc, f"Clinical supervisor (QP): Lorna Betancourt, LMHC     Date: {us(F42_QP)}")
    save_docx(doc, "ac42_fl_no_level_dsm_number.docx", "GCRA", "Treatment Plan", ts(F42_QP, 9))


F43_ADM, F43, F43_QP = D(2026, 10, 5), D(2026, 10, 13), D(2026, 10, 29)
assert days(F43_ADM, F43) == 8 <= 10 and days(F43, F43_QP) == 16 > 10


@plan("ac43_fl_day_night_late_countersign.docx", "base-treatment-plan", D(2026, 11, 4), [["signature-late"]],
      "Gap: the qualified professional countersigned 10/29/2026, 16 days after the plan date (10/13/2026); "
      "Florida requires it within 10 days. Layout: 'Level of Care: Day/Night Treatment' label, objectives "
      "table, supervisor review box at the end.", states=["fl-65d-30"])
def ac43():
    doc = new_doc("Calibri", 10)
    para(doc, "Palmetto Pathways Behavioral Health — Day/Night Treatment Program", bold=True, size=12)
    table(doc, [["Client", "Jerome K. Baptiste", "DOB", "06/30/1976"],
                ["Medicaid ID", "5520741186", "Level of Care", "Day/Night Treatment"],
                ["Admission Date", us(F43_ADM), "Plan Date", us(F43)]], header=False, bold_col0=True)
    para(doc, "")
    para(doc, "Diagnoses: F14.20 Cocaine dependence, uncomplicated; F10.20 Alcohol dependence, uncomplicated")
    para(doc, "")
    table(doc, [["Goal", "Objective", "Expected completion date", "Type / frequency of service"],
                ["Abstain from cocaine and alcohol", "Jerome will provide negative drug and alcohol screens on all "
                 "twice-weekly tests", "12/11/2026", "Day treatment 5 days/week, 4 hours/day"],
                ["Abstain from cocaine and alcohol", "Jerome will identify 4 high-risk situations and role-play a "
                 "refusal response for each", "11/06/2026", "Relapse prevention group 5x/week"],
                ["Stable employment", "Jerome will complete a résumé and apply for 3 jobs", "12/04/2026",
                 "Vocational counseling 1x/week"],
                ["Health", "Jerome will attend 2 of 2 scheduled primary care visits for blood pressure follow-up",
                 "11/13/2026", "Case management 1x/week"]])
    para(doc, "")
    para(doc, f"Client signature: Jerome K. Baptiste        Date: {us(F43)}")
    para(doc, f"Primary counselor: Natalie Vo, CAC        Date: {us(F43)}")
    table(doc, [["CLINICAL SUPERVISOR REVIEW (qualified professional)\nReviewed and approved.\n"
                 f"Signature: Reginald Ashe, LCSW        Date: {us(F43_QP)}"]], header=False)
    save_docx(doc, "ac43_fl_day_night_late_countersign.docx", "Palmetto Pathways", "Treatment Plan", ts(F43_QP, 9))


C44_ADM, C44, C44_SUP, C44_MD, C44_REV = D(2026, 9, 8), D(2026, 9, 29), D(2026, 10, 5), D(2026, 10, 9), D(2026, 12, 4)
assert days(C44_ADM, C44) == 21 <= 28 and days(C44_ADM, C44_REV) == 87 <= 92
assert days(C44, C44_SUP) == 6 <= 14 and days(C44, C44_MD) == 10 <= 14


@plan("ac44_ca_ntp_initial_plan_clean.docx", "base-treatment-plan", D(2026, 11, 19), [],
      "Clean. California narcotic treatment program initial maintenance plan: short-term goals with target "
      "dates under long-term goals, next update date within 3 months of admission, signature table with primary "
      "counselor, supervising counselor and medical director.", states=["ca-title9-ntp"])
def ac44():
    doc = new_doc("Calibri", 10)
    set_header(doc, "Central Valley Opioid Treatment Program · 3340 E Tulare Ave, Fresno, CA 93702", footer=PART2)
    heading(doc, "Initial Treatment Plan — Methadone Maintenance", 1)
    para(doc, "Patient: Rogelio M. Cardenas    DOB: 08/14/1972    Medi-Cal CIN: 93715508B")
    para(doc, f"Admission to maintenance: {us(C44_ADM)}    Plan effective date: {us(C44)}    "
              f"Next plan update due: {us(C44_REV)}")
    para(doc, "Diagnosis: F11.20 Opioid dependence, uncomplicated (heroin, 15 years)")
    heading(doc, "Long-term goal 1: Rogelio will stop illicit opioid use and stabilize on methadone.", 2)
    para(doc, "Short-term goal 1.1: Rogelio will have urine drug screens negative for illicit opioids on 3 "
              "consecutive monthly tests by 12/01/2026.")
    para(doc, "Short-term goal 1.2: Rogelio will attend dosing 6 days per week with no more than 2 missed doses "
              "per month by 11/15/2026.")
    heading(doc, "Long-term goal 2: Rogelio will improve his health.", 2)
    para(doc, "Short-term goal 2.1: Rogelio will complete hepatitis C and HIV screening by 10/30/2026.")
    para(doc, "Short-term goal 2.2: Rogelio will attend a dental appointment by 12/01/2026.")
    heading(doc, "Long-term goal 3: Rogelio will return to work.", 2)
    para(doc, "Short-term goal 3.1: Rogelio will submit 3 job applications by 11/30/2026.")
    heading(doc, "Services", 2)
    para(doc, "Methadone daily (dose per physician order); individual counseling at least 50 minutes per month; "
              "monthly random urine drug screens; case management as needed for employment.")
    heading(doc, "Signatures", 2)
    table(doc, [["Title", "Name", "Signature", "Date"],
                ["Patient", "Rogelio M. Cardenas", "R. Cardenas", us(C44)],
                ["Primary counselor", "Ana Bautista, CADC-II", "Ana Bautista", us(C44)],
                ["Supervising counselor", "Gregory Lim, LMFT", "G. Lim", us(C44_SUP)],
                ["Medical director", "Farid Nouri, MD", "F. Nouri MD", us(C44_MD)]])
    save_docx(doc, "ac44_ca_ntp_initial_plan_clean.docx", "CVOTP", "Initial Treatment Plan", ts(C44_MD, 9))


C45_ADM, C45, C45_SUP, C45_MD, C45_REV = D(2026, 8, 24), D(2026, 9, 14), D(2026, 9, 21), D(2026, 9, 24), D(2027, 3, 14)
assert days(C45_ADM, C45) == 21 and days(C45_ADM, C45_REV) == 202 > 92


@plan("ac45_ca_ntp_six_month_review.docx", "base-treatment-plan", D(2026, 11, 20),
      [["review-interval-exceeded"], ["objective-missing"]],
      "Gaps: the plan sets its next update six months out (03/14/2027, 202 days after admission; at most every "
      "3 months), and long-term goal 3 (housing) has no short-term goal under it. Layout: two-level numbered "
      "list goals, signature lines with e-signatures.", states=["ca-title9-ntp"])
def ac45():
    doc = new_doc("Arial", 10)
    para(doc, "Bay Harbor Treatment Services — Narcotic Treatment Program", bold=True, size=12)
    para(doc, "Treatment Plan", size=11)
    para(doc, f"Patient: Tamara J. Holloway | DOB 02/22/1988 | Medi-Cal CIN 90264417C | Admission {us(C45_ADM)} | "
              f"Plan date {us(C45)}")
    para(doc, "Diagnosis: F11.20 Opioid dependence, uncomplicated; F17.210 Nicotine dependence, cigarettes, "
              "uncomplicated")
    para(doc, "")
    para(doc, "1. Tamara will stop using fentanyl.")
    para(doc, "   1.1 Tamara will provide urine drug screens negative for fentanyl on 2 consecutive monthly tests by "
              "11/30/2026.")
    para(doc, "   1.2 Tamara will reach a stable methadone dose with no withdrawal symptoms (COWS under 5) by "
              "10/31/2026.")
    para(doc, "2. Tamara will regain custody of her son.")
    para(doc, "   2.1 Tamara will attend all scheduled dependency court hearings and parenting classes (8 of 8) by "
              "12/15/2026.")
    para(doc, "3. Tamara will find stable housing.")
    para(doc, "")
    para(doc, "Services: daily methadone dosing; individual counseling 2 times per month, 50 minutes; monthly "
              "UDS; referral to housing navigator.")
    para(doc, f"Treatment plan will be reviewed and updated every six months. Next update: {us(C45_REV)}.")
    para(doc, "")
    para(doc, f"Patient: Tamara J. Holloway — signed {us(C45)}")
    para(doc, f"Primary counselor: /s/ Devon Reyes, SUDCC II {us(C45)}")
    para(doc, f"Supervising counselor: /s/ Helen Park, LCSW {us(C45_SUP)}")
    para(doc, f"Medical director: /s/ Victor Alvarado, MD {us(C45_MD)}")
    save_docx(doc, "ac45_ca_ntp_six_month_review.docx", "BHTS", "Treatment Plan", ts(C45_MD, 9))


X46_ADM, X46 = D(2026, 10, 19), D(2026, 10, 21)


@plan("ac46_tx_iop_strategies_clean.docx", "base-treatment-plan", D(2026, 11, 5), [],
      "Clean. Texas chemical dependency intensive outpatient plan: 'Problem / Goal / Objective / Strategy' "
      "blocks with type and frequency of each strategy, projected length of stay, client and counselor (LCDC) "
      "signatures in a table.", states=["tx-26tac-564"])
def ac46():
    doc = new_doc("Calibri", 10)
    set_header(doc, "Lone Star Recovery Services · Licensed Chemical Dependency Treatment Facility · El Paso, TX",
               footer=PART2)
    para(doc, "INDIVIDUAL TREATMENT PLAN — INTENSIVE OUTPATIENT", bold=True, size=12)
    para(doc, "Client: Luis E. Villanueva      DOB: 01/25/1993      Texas Medicaid ID: 520883417")
    para(doc, f"Admission: {us(X46_ADM)}      Plan date: {us(X46)}      Projected length of stay: 10 weeks")
    para(doc, "Diagnosis: F15.20 Other stimulant dependence, uncomplicated; F12.20 Cannabis dependence, uncomplicated")
    para(doc, "")
    for prob, goal, objs, strat in [
        ("Problem 1: Methamphetamine and cannabis use", "Goal: Luis will achieve and keep abstinence.",
         ["Objective 1A: Luis will submit negative urine drug screens on all weekly tests for 6 consecutive weeks "
          "by 12/18/2026.", "Objective 1B: Luis will identify 5 triggers and a coping skill for each, in writing, "
          "by 11/06/2026."],
         "Strategies: group counseling 3 times per week (3 hours); individual counseling once a week (60 minutes); "
         "weekly UDS."),
        ("Problem 2: Legal — probation requirements", "Goal: Luis will complete the terms of his probation.",
         ["Objective 2A: Luis will attend 100% of probation appointments and provide attendance letters by "
          "12/31/2026."], "Strategies: case management once a week."),
        ("Problem 3: Family relationships", "Goal: Luis will improve communication with his partner.",
         ["Objective 3A: Luis and his partner will attend 3 family education sessions by 12/18/2026."],
         "Strategies: family education group every Saturday (2 hours)."),
    ]:
        para(doc, prob, bold=True)
        para(doc, goal)
        for o in objs:
            para(doc, o)
        para(doc, strat)
    para(doc, "")
    table(doc, [["Signature", "Role", "Date"],
                ["Luis E. Villanueva", "Client", us(X46)],
                ["Yesenia Carrillo, LCDC", "Counselor", us(X46)]])
    save_docx(doc, "ac46_tx_iop_strategies_clean.docx", "LSRS", "ITP", ts(X46, 16))


X47 = D(2026, 10, 26)


@plan("ac47_tx_outpatient_refused_typo_date.docx", "base-treatment-plan", D(2026, 11, 6),
      [["signature-missing"], ["date-inconsistent"]],
      "Gaps: the client refused to sign (line reads 'Client refused to sign'); objective 2B's target date is "
      "01/22/2026, before the plan date 10/26/2026 (year typo). Layout: objectives table with a target-date "
      "column. Unsure: whether the past target date also counts as no time frame (objective-not-time-bound "
      "not listed).", states=["tx-26tac-564"], unsure=["objective-not-time-bound"])
def ac47():
    doc = new_doc("Calibri", 10)
    para(doc, "Gulf Bend Counseling & Recovery — Outpatient Chemical Dependency Treatment", bold=True, size=12)
    table(doc, [["Client", "Dwayne R. Tillman"], ["Date of birth", "09/03/1969"], ["Medicaid #", "611042795"],
                ["Plan date", us(X47)], ["Projected length of stay", "16 weeks"]], header=False, bold_col0=True)
    para(doc, "")
    para(doc, "Diagnosis: F10.20 Alcohol dependence, uncomplicated")
    para(doc, "")
    table(doc, [["Goal", "Objective", "Target date", "Strategy (type / frequency)"],
                ["1. Stop drinking", "1A. Dwayne will report 0 drinking days per week on his weekly check-in and "
                 "have negative EtG tests for 8 consecutive weeks", "01/08/2027",
                 "Outpatient group 2x/week; EtG weekly"],
                ["", "1B. Dwayne will name 3 people he can call when he has cravings and call one of them at least "
                 "once a week", "11/30/2026", "Individual counseling weekly, 50 min"],
                ["2. Improve health", "2A. Dwayne will attend 2 of 2 scheduled liver clinic appointments", "12/10/2026",
                 "Case management every 2 weeks"],
                ["", "2B. Dwayne will lower his blood pressure below 140/90 on 3 clinic readings", "01/22/2026",
                 "Case management every 2 weeks"]])
    para(doc, "")
    para(doc, f"Counselor: Jasmine Ortiz, LCDC      Date: {us(X47)}")
    para(doc, "Client: Client refused to sign — states he disagrees with the group requirement. Plan reviewed with "
              f"him verbally {us(X47)}.")
    save_docx(doc, "ac47_tx_outpatient_refused_typo_date.docx", "GBCR", "Treatment Plan", ts(X47, 15))


# ================================================================ structured formats

def fhir_write(name: str, bundle: dict):
    write_text(name, json.dumps(bundle, indent=2, ensure_ascii=False) + "\n")


CPT = "http://www.ama-assn.org/go/cpt"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
NPI_SYS = "http://hl7.org/fhir/sid/us-npi"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"

F11 = D(2026, 10, 5)
F11_END = D(2027, 4, 4)
F11_NPI = npi("131846257")


@plan("ac11_fhir_psychotherapy_careplan_clean.json", "medicare-psychotherapy", D(2026, 11, 18), [],
      "Clean. FHIR R4 collection Bundle: Patient with MBI (type MB), Coverage, Practitioner (LPC), ICD-10-CM "
      "Condition, CarePlan with period and expected duration, two Goals (one with two targets), a "
      "ServiceRequest 90834 weekly 45 min, Provenance signature by the author.")
def ac11():
    pat, prac, cond, cp, sr = "Patient/pt-fenwick", "Practitioner/pr-estevez", "Condition/dx-1", \
        "CarePlan/cp-1", "ServiceRequest/sr-1"
    entries = [
        {"resourceType": "Patient", "id": "pt-fenwick",
         "identifier": [{"type": {"coding": [{"system": V2_0203, "code": "MB", "display": "Member Number"}]},
                         "system": "http://hl7.org/fhir/sid/us-mbi", "value": "2HT4UP7RD38"},
                        {"type": {"coding": [{"system": V2_0203, "code": "MR"}]},
                         "system": "urn:oid:2.16.840.1.113883.3.8812.1", "value": "MRN-448120"}],
         "name": [{"use": "official", "family": "Fenwick", "given": ["Gloria", "Mae"]}],
         "gender": "female", "birthDate": "1952-08-03"},
        {"resourceType": "Coverage", "id": "cov-1", "status": "active",
         "type": {"text": "Medicare Part B"},
         "subscriberId": "2HT4UP7RD38", "beneficiary": {"reference": pat},
         "payor": [{"display": "Medicare Part B (Novitas Solutions)"}]},
        {"resourceType": "Practitioner", "id": "pr-estevez",
         "identifier": [{"system": NPI_SYS, "value": F11_NPI}],
         "name": [{"family": "Estevez", "given": ["Ramona"], "suffix": ["LPC"]}],
         "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360",
                                                 "code": "LPC", "display": "Licensed Professional Counselor"}],
                                     "text": "LPC"}}]},
        {"resourceType": "Condition", "id": "dx-1",
         "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                        "code": "active"}]},
         "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                                            "code": "confirmed"}]},
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                   "code": "encounter-diagnosis"}]}],
         "code": {"coding": [{"system": ICD, "code": "F41.1", "display": "Generalized anxiety disorder"}],
                  "text": "Generalized anxiety disorder"},
         "subject": {"reference": pat}, "recordedDate": "2026-09-28", "asserter": {"reference": prac}},
        {"resourceType": "Goal", "id": "goal-1", "lifecycleStatus": "active",
         "description": {"text": "Gloria will worry less and return to her volunteer work at the library."},
         "subject": {"reference": pat}, "addresses": [{"reference": cond}],
         "target": [
             {"measure": {"coding": [{"system": "http://loinc.org", "code": "70274-6",
                                      "display": "GAD-7 total score"}],
                          "text": "GAD-7 total score from 15 to 7 or below"},
              "detailQuantity": {"value": 7, "comparator": "<=", "unit": "{score}"}, "dueDate": "2027-01-15"},
             {"measure": {"text": "Volunteer shifts at the library per week (from 0 to at least 2)"},
              "detailQuantity": {"value": 2, "comparator": ">=", "unit": "shifts per week"},
              "dueDate": "2026-12-18"}]},
        {"resourceType": "Goal", "id": "goal-2", "lifecycleStatus": "active",
         "description": {"text": "Gloria will sleep at least 6 hours on 5 of 7 nights, per her sleep diary."},
         "subject": {"reference": pat}, "addresses": [{"reference": cond}],
         "target": [{"measure": {"text": "Nights per week with 6 or more hours of sleep"},
                     "detailQuantity": {"value": 5, "comparator": ">=", "unit": "nights per week"},
                     "dueDate": "2026-12-31"}]},
        {"resourceType": "ServiceRequest", "id": "sr-1", "status": "active", "intent": "order",
         "basedOn": [{"reference": cp}],
         "code": {"coding": [{"system": CPT, "code": "90834", "display": "Psychotherapy, 45 minutes with patient"}],
                  "text": "Individual psychotherapy (CBT for generalized anxiety)"},
         "subject": {"reference": pat},
         "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": iso(F11), "end": iso(F11_END)},
                                         "frequency": 1, "period": 1, "periodUnit": "wk",
                                         "duration": 45, "durationUnit": "min"}},
         "requester": {"reference": prac}, "performer": [{"reference": prac}],
         "reasonReference": [{"reference": cond}]},
        {"resourceType": "CarePlan", "id": "cp-1", "status": "active", "intent": "plan",
         "title": "Outpatient psychotherapy treatment plan",
         "category": [{"text": "Behavioral health outpatient treatment plan"}],
         "description": "Weekly individual CBT for generalized anxiety. Expected duration: 6 months (26 weekly "
                        "sessions).",
         "subject": {"reference": pat},
         "period": {"start": iso(F11), "end": iso(F11_END)}, "created": iso(F11),
         "author": {"reference": prac}, "addresses": [{"reference": cond}],
         "goal": [{"reference": "Goal/goal-1"}, {"reference": "Goal/goal-2"}],
         "activity": [{"reference": {"reference": sr}}]},
        {"resourceType": "Provenance", "id": "prov-1", "target": [{"reference": cp}],
         "recorded": f"{iso(F11)}T15:20:00-05:00",
         "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                         "code": "author"}]}, "who": {"reference": prac}}],
         "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1",
                                  "display": "Author's Signature"}],
                        "when": f"{iso(F11)}T15:20:00-05:00", "who": {"reference": prac},
                        "sigFormat": "image/jpeg", "data": "c2lnbmF0dXJlLWltYWdlLXBsYWNlaG9sZGVy"}]},
    ]
    bundle = {"resourceType": "Bundle", "id": "ac11-bundle", "type": "collection",
              "timestamp": f"{iso(F11)}T15:25:00-05:00",
              "entry": [{"fullUrl": f"https://ehr.example.org/fhir/{e['resourceType']}/{e['id']}", "resource": e}
                        for e in entries]}
    fhir_write("ac11_fhir_psychotherapy_careplan_clean.json", bundle)


H29, H29_END = D(2026, 10, 21), D(2026, 12, 19)
assert days(H29, H29_END) == 59


@plan("ac29_fhir_home_health_snomed_primary.json", "medicare-home-health", D(2026, 11, 19),
      [["diagnosis-code-missing"]],
      "Gap: the primary diagnosis (stage 4 sacral pressure ulcer) is coded only in SNOMED CT, with no ICD-10-CM "
      "code; the secondary diagnosis has one. FHIR R4 document-like collection: EpisodeOfCare with diagnosis "
      "ranks, CarePlan with 59-day period, three measurable Goals, ServiceRequests with weekly timing and "
      "bounds, Provenance signature by the certifying MD.")
def ac29():
    pat, md = "Patient/p29", "Practitioner/md29"
    sr = []
    for i, (code, disp, freq, weeks) in enumerate([("G0299", "Direct skilled nursing services of a registered "
                                                              "nurse (RN) in the home health setting", 3, 8),
                                                   ("G0151", "Services performed by a qualified physical therapist "
                                                             "in the home health setting", 2, 4),
                                                   ("G0156", "Services of home health/hospice aide", 2, 8)], 1):
        sr.append({"resourceType": "ServiceRequest", "id": f"sr29-{i}", "status": "active", "intent": "order",
                   "basedOn": [{"reference": "CarePlan/cp29"}],
                   "code": {"coding": [{"system": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                                        "code": code, "display": disp}], "text": disp},
                   "subject": {"reference": pat},
                   "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": iso(H29),
                                                                    "end": iso(H29 + dt.timedelta(weeks=weeks))},
                                                   "frequency": freq, "period": 1, "periodUnit": "wk"}},
                   "requester": {"reference": md}})
    entries = [
        {"resourceType": "Patient", "id": "p29",
         "identifier": [{"type": {"coding": [{"system": V2_0203, "code": "MB"}]},
                         "system": "http://hl7.org/fhir/sid/us-mbi", "value": "8TW2FJ6XK47"}],
         "name": [{"family": "Abernathy", "given": ["Clarence", "W"]}], "gender": "male",
         "birthDate": "1938-02-14",
         "address": [{"line": ["19 Quarry Hill Rd"], "city": "Barre", "state": "VT", "postalCode": "05641"}]},
        {"resourceType": "Practitioner", "id": "md29", "identifier": [{"system": NPI_SYS, "value": npi("162039485")}],
         "name": [{"family": "Castellano", "given": ["Vivian"], "suffix": ["MD"]}],
         "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360",
                                                 "code": "MD", "display": "Doctor of Medicine"}]}}]},
        {"resourceType": "Organization", "id": "hha29", "name": "Green Mountain Home Health & Hospice",
         "identifier": [{"system": NPI_SYS, "value": npi("170458236")}]},
        {"resourceType": "Condition", "id": "c29-1",
         "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                        "code": "active"}]},
         "code": {"coding": [{"system": "http://snomed.info/sct", "code": "420597008",
                              "display": "Pressure ulcer of sacral region, stage 4"}],
                  "text": "Pressure ulcer of sacral region, stage 4"},
         "subject": {"reference": pat}, "recordedDate": "2026-10-19", "asserter": {"reference": md}},
        {"resourceType": "Condition", "id": "c29-2",
         "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                        "code": "active"}]},
         "code": {"coding": [{"system": ICD, "code": "G20.A1",
                              "display": "Parkinson's disease without dyskinesia, without mention of fluctuations"}]},
         "subject": {"reference": pat}, "recordedDate": "2026-10-19"},
        {"resourceType": "EpisodeOfCare", "id": "eoc29", "status": "active",
         "type": [{"text": "Home health episode"}], "patient": {"reference": pat},
         "managingOrganization": {"reference": "Organization/hha29"},
         "period": {"start": iso(H29)},
         "diagnosis": [{"condition": {"reference": "Condition/c29-1"}, "rank": 1},
                       {"condition": {"reference": "Condition/c29-2"}, "rank": 2}]},
        {"resourceType": "Goal", "id": "g29-1", "lifecycleStatus": "active",
         "description": {"text": "Sacral wound will decrease from 4.0 x 3.2 cm to 2.0 x 1.5 cm or smaller."},
         "subject": {"reference": pat}, "addresses": [{"reference": "Condition/c29-1"}],
         "target": [{"measure": {"text": "Wound length x width (cm)"}, "detailString": "2.0 x 1.5 cm or smaller",
                     "dueDate": "2026-12-15"}]},
        {"resourceType": "Goal", "id": "g29-2", "lifecycleStatus": "active",
         "description": {"text": "Wife will reposition patient at least every 2 hours while awake, per turning log, "
                                 "and demonstrate correct dressing change in 2 of 2 return demonstrations."},
         "subject": {"reference": pat}, "addresses": [{"reference": "Condition/c29-1"}],
         "target": [{"measure": {"text": "Correct return demonstrations"}, "detailString": "2 of 2",
                     "dueDate": "2026-11-11"}]},
        {"resourceType": "Goal", "id": "g29-3", "lifecycleStatus": "active",
         "description": {"text": "Patient will transfer bed to chair with moderate assist of 1 using a slide board."},
         "subject": {"reference": pat}, "addresses": [{"reference": "Condition/c29-2"}],
         "target": [{"measure": {"text": "Level of assistance for bed-to-chair transfer"},
                     "detailString": "Moderate assist of 1", "dueDate": "2026-11-25"}]},
        {"resourceType": "CarePlan", "id": "cp29", "status": "active", "intent": "plan",
         "title": "Home Health Plan of Care (certification)",
         "category": [{"text": "Home health plan of care"}],
         "subject": {"reference": pat}, "period": {"start": iso(H29), "end": iso(H29_END)},
         "created": iso(H29), "author": {"reference": "Organization/hha29"},
         "addresses": [{"reference": "Condition/c29-1"}, {"reference": "Condition/c29-2"}],
         "supportingInfo": [{"reference": "EpisodeOfCare/eoc29"}],
         "goal": [{"reference": "Goal/g29-1"}, {"reference": "Goal/g29-2"}, {"reference": "Goal/g29-3"}],
         "activity": [{"reference": {"reference": f"ServiceRequest/{s['id']}"}} for s in sr]},
        {"resourceType": "Provenance", "id": "prov29", "target": [{"reference": "CarePlan/cp29"}],
         "recorded": "2026-10-24T09:12:00-04:00",
         "agent": [{"who": {"reference": md}}],
         "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1",
                                  "display": "Author's Signature"}],
                        "when": "2026-10-24T09:12:00-04:00", "who": {"reference": md}}]},
    ] + sr
    bundle = {"resourceType": "Bundle", "id": "ac29", "type": "collection",
              "timestamp": "2026-10-24T09:15:00-04:00",
              "entry": [{"fullUrl": f"urn:uuid:0c0a29{str(i).zfill(2)}-5e1d-4b7a-9f3c-1a2b3c4d5e6f",
                         "resource": e} for i, e in enumerate(entries)]}
    # the bundle uses Type/id references; fullUrls are urn:uuid as many exporters write them
    fhir_write("ac29_fhir_home_health_snomed_primary.json", bundle)


C13, C13_END = D(2026, 10, 13), D(2027, 4, 12)
C13_NPI = npi("145602398")


@plan("ac13_ccda_psychotherapy_care_plan_clean.xml", "medicare-psychotherapy", D(2026, 11, 20), [],
      "Clean. C-CDA R2.1 Care Plan document: MBI as patient id, Problems section with ICD-10-CM problem "
      "observation, Goals section with two goal observations (one with two component objectives), Interventions "
      "section with a planned 90837 procedure plus a narrative table row giving 53 minutes weekly, 'Expected "
      "duration' narrative line, legalAuthenticator signed (S) by the LMFT.")
def ac13():
    def goal(gid, text, due, comps=""):
        return f"""
            <observation classCode="OBS" moodCode="GOL">
              <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
              <id root="7e1c5a40-13ac-4f1e-9d1b-{gid}"/>
              <code code="58144-7" codeSystem="2.16.840.1.113883.6.1" displayName="Resident's overall goal established during assessment process"/>
              <text>{text}</text>
              <statusCode code="active"/>
              <effectiveTime value="{due}"/>{comps}
            </observation>"""

    def comp(gid, text, due):
        return f"""
              <entryRelationship typeCode="COMP">{goal(gid, text, due)}
              </entryRelationship>"""

    g1 = goal("000000000001", "Walter will return to his usual activities with his depression in the mild range.",
              "20270412",
              comp("000000000011", "Walter will lower his PHQ-9 score from 18 to 9 or below by 03/12/2027.",
                   "20270312") +
              comp("000000000012", "Walter will walk outdoors for 20 minutes or more on at least 4 days per week, "
                                   "per his activity log, by 12/14/2026.", "20261214"))
    g2 = goal("000000000002", "Walter will attend his grief support group at least 3 times per month by 01/13/2027.",
              "20270113")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="TP-2026-10-13-0097"/>
  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Overall plan of care/advance care directives"/>
  <title>Psychotherapy Treatment Plan</title>
  <effectiveTime value="{C13.strftime('%Y%m%d')}143000-0600"/>
  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.4.927" extension="6JK2WD5FN71" assigningAuthorityName="CMS Medicare Beneficiary Identifier"/>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="00873321" assigningAuthorityName="Prairie Wind MRN"/>
      <addr use="HP"><streetAddressLine>412 Cottonwood Ln</streetAddressLine><city>Norman</city><state>OK</state><postalCode>73069</postalCode></addr>
      <patient>
        <name use="L"><given>Walter</given><given>J</given><family>Ignatowski</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19500307"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{C13.strftime('%Y%m%d')}"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="{C13_NPI}"/>
      <code code="106H00000X" codeSystem="2.16.840.1.113883.6.101" displayName="Marriage &amp; Family Therapist"/>
      <assignedPerson><name><given>Celia</given><family>Vandermeer</family><suffix>LMFT</suffix></name></assignedPerson>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization>
    <id root="2.16.840.1.113883.4.6" extension="{npi('158204673')}"/><name>Prairie Wind Counseling Group</name>
  </representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator>
    <time value="{C13.strftime('%Y%m%d')}151200-0600"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{C13_NPI}"/>
      <assignedPerson><name><given>Celia</given><family>Vandermeer</family><suffix>LMFT</suffix></name></assignedPerson>
    </assignedEntity>
  </legalAuthenticator>
  <documentationOf>
    <serviceEvent classCode="PCPR">
      <effectiveTime><low value="{C13.strftime('%Y%m%d')}"/><high value="{C13_END.strftime('%Y%m%d')}"/></effectiveTime>
    </serviceEvent>
  </documentationOf>
  <component>
    <structuredBody>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.5.1" extension="2015-08-01"/>
          <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
          <title>Problems</title>
          <text><list><item>F33.1 Major depressive disorder, recurrent, moderate (primary) - onset 2024</item></list></text>
          <entry typeCode="DRIV">
            <act classCode="ACT" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.3" extension="2015-08-01"/>
              <id root="b8f2a7c0-0f1a-4c7e-8f3a-5d6e7f8a9b01"/>
              <code code="CONC" codeSystem="2.16.840.1.113883.5.6"/>
              <statusCode code="active"/>
              <effectiveTime><low value="20261006"/></effectiveTime>
              <entryRelationship typeCode="SUBJ">
                <observation classCode="OBS" moodCode="EVN">
                  <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                  <id root="b8f2a7c0-0f1a-4c7e-8f3a-5d6e7f8a9b02"/>
                  <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
                  <statusCode code="completed"/>
                  <effectiveTime><low value="20261006"/></effectiveTime>
                  <priorityCode code="8319008" codeSystem="2.16.840.1.113883.6.96" displayName="Principal diagnosis"/>
                  <value xsi:type="CD" code="F33.1" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="Major depressive disorder, recurrent, moderate"/>
                </observation>
              </entryRelationship>
            </act>
          </entry>
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.60"/>
          <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/>
          <title>Goals</title>
          <text>
            <list>
              <item>Goal 1: Walter will return to his usual activities with his depression in the mild range (target 04/12/2027).
                <list>
                  <item>Objective 1a: Walter will lower his PHQ-9 score from 18 to 9 or below by 03/12/2027.</item>
                  <item>Objective 1b: Walter will walk outdoors for 20 minutes or more on at least 4 days per week, per his activity log, by 12/14/2026.</item>
                </list>
              </item>
              <item>Goal 2: Walter will attend his grief support group at least 3 times per month by 01/13/2027.</item>
            </list>
          </text>
          <entry>{g1}
          </entry>
          <entry>{g2}
          </entry>
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>
          <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/>
          <title>Interventions</title>
          <text>
            <table border="1">
              <thead><tr><th>Service</th><th>CPT</th><th>Session length</th><th>Frequency</th><th>Duration</th></tr></thead>
              <tbody><tr><td>Individual psychotherapy (behavioral activation, grief-focused CBT)</td><td>90837</td><td>53 minutes</td><td>Weekly</td><td>6 months</td></tr></tbody>
            </table>
            <paragraph>Expected duration: 6 months</paragraph>
          </text>
          <entry>
            <procedure classCode="PROC" moodCode="INT">
              <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
              <id root="c1d2e3f4-0a0b-4c0d-9e0f-101112131415"/>
              <code code="90837" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4" displayName="Psychotherapy, 60 minutes with patient"/>
              <statusCode code="active"/>
              <effectiveTime><low value="{C13.strftime('%Y%m%d')}"/><high value="{C13_END.strftime('%Y%m%d')}"/></effectiveTime>
            </procedure>
          </entry>
        </section>
      </component>
    </structuredBody>
  </component>
</ClinicalDocument>
"""
    write_text("ac13_ccda_psychotherapy_care_plan_clean.xml", xml)


Y36, Y36_END, Y36_REV = D(2026, 10, 26), D(2027, 4, 25), D(2027, 4, 12)
assert days(Y36, Y36_REV) == 168


@plan("ac36_native_aba_fba_only.yaml", "commercial-aba", D(2026, 11, 12), [["assessment-missing"]],
      "Gap: the only assessments recorded are a functional behavior assessment and a structured parent "
      "interview; no standardized instrument (VB-MAPP, ABLLS-R, Vineland-3...) is recorded. authcheck native "
      "YAML; everything else complete.")
def ac36():
    y = f"""schema: authcheck-plan/1
# Exported from the agency's scheduling system for pre-submission checking
patient: {{name: Nia J. Castellanos, birth_date: 2020-05-29, member_id: "HPN-2208817340"}}
payer: Highland Peaks Network (commercial)
discipline: aba
plan_date: {iso(Y36)}
period: {{start: {iso(Y36)}, end: {iso(Y36_END)}}}
providers:
  - {{name: Desmond Achebe, credential: BCBA, npi: "{npi('119384752')}", organization: Canyon ABA Partners}}
diagnoses:
  - {{code: F84.0, description: Autistic disorder, primary: true, diagnosed_by: "Helena Marsh, PhD", diagnosed_on: 2026-03-18}}
assessments:
  - {{instrument: Functional behavior assessment (interview and direct observation), date: 2026-10-08, administered_by: "Desmond Achebe, BCBA"}}
  - {{instrument: Structured parent interview, date: 2026-10-06, administered_by: "Desmond Achebe, BCBA"}}
problems:
  - statement: Limited functional communication; tantrums when denied items
    goals:
      - label: Goal 1
        domain: Communication
        statement: Nia will request 15 preferred items or activities with a word or sign.
        baseline: 3 items with full physical prompt
        mastery_criteria: 80% of opportunities across 3 consecutive sessions
        target_date: 2027-03-26
      - label: Goal 2
        domain: Behavior reduction
        statement: Nia will reduce tantrums (crying, dropping, hitting) when told "no".
        baseline: 8 per day
        mastery_criteria: 1 or fewer per day for 10 consecutive days
        target_date: 2027-04-09
      - label: Goal 3
        domain: Caregiver training
        statement: Nia's parents will prompt and reinforce requests during meals and play.
        baseline: 40% fidelity
        mastery_criteria: 90% fidelity across 3 consecutive observations
        target_date: 2027-01-29
services:
  - {{code: "97153", description: Adaptive behavior treatment by protocol, hours_per_week: 20}}
  - {{code: "97155", description: Protocol modification by BCBA, hours_per_week: 3}}
  - {{code: "97156", description: Family adaptive behavior treatment guidance, hours_per_week: 1}}
reviews:
  - {{kind: progress-report, date: {iso(Y36_REV)}, completed: false}}
signatures:
  - {{role: clinician, name: Desmond Achebe, credential: BCBA, date: {iso(Y36)}, method: electronic}}
  - {{role: guardian, name: Rafael Castellanos, date: 2026-10-27, method: electronic}}
"""
    write_text("ac36_native_aba_fba_only.yaml", y)


# ================================================================ main

def main():
    names = [p["file"] for p in PLANS]
    assert len(names) == len(set(names))
    PLANS.sort(key=lambda p: p["file"])
    for p in PLANS:
        p["build"]()
    labels = [label_entry(p) for p in PLANS]
    write_text("labels.json", json.dumps(labels, indent=2, ensure_ascii=False) + "\n")
    # self-checks: one label per plan file, nothing else in the folder that looks like a plan
    plan_files = sorted(f for f in os.listdir(HERE) if f.startswith("ac") and not f.endswith(".py"))
    assert plan_files == sorted(names), (plan_files, names)
    for lab in labels:
        assert not set(lab["must_not_report"]) & {k for g in lab["must_report"] for k in g}
        assert "readability" not in lab["must_not_report"]
    clean = sum(1 for lab in labels if not lab["must_report"])
    print(f"{len(labels)} plans, {clean} clean, {len(labels) - clean} with gaps")


if __name__ == "__main__":
    main()
