#!/usr/bin/env python3
"""Blind test set 12 for authcheck: ordinary treatment plans from 45 invented organisations.

Held out until scored: do not open when working on readers.

Run with /work/main/.venv/bin/python make_plans.py ; it writes every plan file and labels.json
into the folder this script is in. Output is deterministic (fixed zip timestamps and core
properties). Everything in these plans is invented.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import os
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor

OUT = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 1, 1, 0, 0, 0)

# --------------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------------


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def days(a: dt.date, b: dt.date) -> int:
    """Calendar days from a to b."""
    return (b - a).days


def f_us(d):  # 01/22/2026
    return d.strftime("%m/%d/%Y")


def f_us_short(d):  # 1/22/26
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def f_us_nz(d):  # 1/22/2026
    return f"{d.month}/{d.day}/{d.year}"


def f_long(d):  # January 22, 2026
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def f_mon(d):  # Jan 22, 2026
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def f_dmy(d):  # 22-Jan-2026
    return d.strftime("%d-%b-%Y")


def f_iso(d):
    return d.isoformat()


def f_eu(d):  # 22 January 2026
    return f"{d.day} {d.strftime('%B')} {d.year}"


def f_dash(d):  # 01-22-2026
    return d.strftime("%m-%d-%Y")


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar

    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


# --------------------------------------------------------------------------------------------
# NPIs (Luhn over 80840 + first nine digits)
# --------------------------------------------------------------------------------------------


def npi_check_digit(nine: str) -> int:
    digits = [int(c) for c in "80840" + nine]
    total = 0
    # double every second digit from the right of the 14-digit number (the check digit is appended)
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return (10 - total % 10) % 10


def NPI(nine: str) -> str:
    assert len(nine) == 9 and nine.isdigit() and nine[0] in "12"
    return nine + str(npi_check_digit(nine))


def npi_valid(npi: str) -> bool:
    return len(npi) == 10 and npi.isdigit() and npi_check_digit(npi[:9]) == int(npi[9])


def BAD_NPI(nine: str) -> str:
    good = NPI(nine)
    bad = nine + str((int(good[-1]) + 3) % 10)
    assert not npi_valid(bad)
    return bad


# known published example: 1234567893 is a valid NPI
assert NPI("123456789") == "1234567893"

# --------------------------------------------------------------------------------------------
# finding kinds each profile can report at error or warning (read from the profile YAML and
# `authcheck profiles show ID --resolved`; info-only kinds are left out)
# --------------------------------------------------------------------------------------------

BASE = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
        "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
KINDS = {
    "base-treatment-plan": BASE,
    "medicare-psychotherapy": BASE | {"credential-missing", "signature-missing", "duration-exceeds-limit",
                                      "duration-missing", "goal-not-measurable", "goal-missing",
                                      "intervention-missing", "objective-not-measurable",
                                      "objective-not-time-bound", "plan-outdated", "amount-missing",
                                      "frequency-missing"},
    # amount-missing is info under this profile (one session a day is assumed): never listed
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

# numbers from the profiles, used by the self-checks
LIM = {
    "psy_plan_max_age": 365,          # plan-current
    "opt_cert_days": 30,              # physician-signature-timely, from first treatment
    "opt_recert_days": 90,            # review-interval (first_treatment_date, plan_date; period end)
    "hh_review_days": 60,             # review-interval (first_treatment_date, plan_date; period end)
    "aba_review_days": 184,           # review-interval (plan_date)
    "aba_assess_days": 365,           # assessment-recent
    "pa_plan_days": 30,               # plan-timely (admission)
    "ny_plan_days": 7,                # plan-timely (admission)
    "ny_md_days": 10,                 # physician-signature-timely (admission)
    "fl_days": {"intensive inpatient": 3, "residential level 1": 7, "residential level 2": 15,
                "day/night treatment": 10, "methadone": 30},
    "fl_qp_days": 10,                 # supervisor-signature-timely (plan date)
    "ca_plan_days": 28,               # plan-timely (admission)
    "ca_review_days": 92,             # review-interval (admission_date, plan_date)
    "ca_sign_days": 14,               # supervisor/physician-signature-timely (plan date)
}

LABELS: list[dict] = []


def label(file, payer, as_of, gaps=(), states=(), unsure=(), notes=""):
    kinds = set(KINDS[payer])
    for s in states:
        kinds |= KINDS[s]
    gap_kinds = {k for g in gaps for k in g}
    for g in gaps:
        assert all(k in kinds for k in g), (file, g)
    must_not = sorted(kinds - gap_kinds - set(unsure))
    args = ["--payer", payer]
    for s in states:
        args += ["--state", s]
    args += ["--as-of", as_of.isoformat()]
    LABELS.append({"file": file, "check_with": args, "must_report": [list(g) for g in gaps],
                   "must_not_report": must_not, "notes": notes})


# --------------------------------------------------------------------------------------------
# DOCX helpers
# --------------------------------------------------------------------------------------------


class W:
    """A thin writer over python-docx with the odd bits real plans have."""

    def __init__(self, font="Calibri", size=10.5, margins=0.8, landscape=False, author="user",
                 title=""):
        self.doc = Document()
        self.author = author
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), font)
        pf = st.paragraph_format
        pf.space_after = Pt(2)
        pf.space_before = Pt(0)
        sec = self.doc.sections[0]
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = sec.page_height, sec.page_width
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Inches(margins))
        cp = self.doc.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = title
        cp.created = FIXED
        cp.modified = FIXED
        cp.last_printed = FIXED
        cp.revision = 1
        self._rev = 1

    # ---- paragraphs
    def p(self, *parts, align=None, size=None, bold=None, italic=None, space_after=None, style=None,
          indent=None, color=None, keep=None):
        """parts: strings or (text, fmt) with fmt a string of flags: b i u s(mall) c(aps)."""
        para = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        self._runs(para, parts, size=size, bold=bold, italic=italic, color=color)
        if align:
            para.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                              "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        if space_after is not None:
            para.paragraph_format.space_after = Pt(space_after)
        if indent is not None:
            para.paragraph_format.left_indent = Inches(indent)
        return para

    def _runs(self, para, parts, size=None, bold=None, italic=None, color=None):
        for part in parts:
            if isinstance(part, tuple):
                text, fmt = part
            else:
                text, fmt = part, ""
            lines = text.split("\n")
            for li, line in enumerate(lines):
                r = para.add_run(line)
                if li < len(lines) - 1:
                    r.add_break()
                if "b" in fmt or bold:
                    r.bold = True
                if "i" in fmt or italic:
                    r.italic = True
                if "u" in fmt:
                    r.underline = True
                if "C" in fmt:
                    r.font.all_caps = True
                if "g" in fmt:
                    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
                if size:
                    r.font.size = Pt(size)
                if color:
                    r.font.color.rgb = RGBColor.from_string(color)
        return para

    def h(self, text, level=1, size=None, color=None, align=None, caps=False, underline=False):
        """A heading: level 0 = real Word Heading style use; otherwise a bold paragraph of that size."""
        if level in (1, 2, 3) and size is None:
            para = self.doc.add_heading(text, level=level)
            if color:
                for r in para.runs:
                    r.font.color.rgb = RGBColor.from_string(color)
            if align == "c":
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            return para
        para = self.doc.add_paragraph()
        r = para.add_run(text.upper() if caps else text)
        r.bold = True
        r.underline = underline
        r.font.size = Pt(size or 12)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align == "c":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.paragraph_format.space_before = Pt(6)
        return para

    def styled_heading(self, text, level=1):
        return self.doc.add_heading(text, level=level)

    def kv(self, label, value, sep=": ", lfmt="b", vfmt=""):
        return self.p((label + sep, lfmt), (value, vfmt))

    def bullets(self, items, style="List Bullet"):
        for it in items:
            self.doc.add_paragraph(it, style=style)

    def numbered(self, items):
        self.bullets(items, style="List Number")

    def brk(self):
        para = self.doc.add_paragraph()
        para.add_run().add_break(WD_BREAK.PAGE)

    def blank(self):
        self.doc.add_paragraph()

    # ---- tables
    def table(self, rows, widths=None, style="Table Grid", header=False, bold_col0=False, size=None,
              shade_header=None, container=None, autofit=False, align=None):
        host = container if container is not None else self.doc
        ncols = max(len(r) for r in rows)
        t = host.add_table(rows=0, cols=ncols)
        if style:
            t.style = self.doc.styles[style]
        if align == "c":
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ri, row in enumerate(rows):
            cells = t.add_row().cells
            for ci, val in enumerate(row):
                cell = cells[ci]
                self.fill(cell, val, bold=(header and ri == 0) or (bold_col0 and ci == 0), size=size)
                if shade_header and header and ri == 0:
                    shade(cell, shade_header)
        if widths:
            for row in t.rows:
                for ci, wdt in enumerate(widths):
                    if ci < len(row.cells):
                        row.cells[ci].width = Inches(wdt)
        return t

    def fill(self, cell, val, bold=False, size=None):
        """Cell content: a string (\n = new paragraph), a list of parts for one paragraph, or None."""
        cell.text = ""
        if val is None:
            return
        para = cell.paragraphs[0]
        if isinstance(val, list):
            self._runs(para, val, size=size, bold=bold or None)
            return
        chunks = str(val).split("\n")
        for i, chunk in enumerate(chunks):
            if i:
                para = cell.add_paragraph()
            r = para.add_run(chunk)
            if bold:
                r.bold = True
            if size:
                r.font.size = Pt(size)

    # ---- header / footer
    def header(self, text, align="r", size=8):
        sec = self.doc.sections[0]
        para = sec.header.paragraphs[0]
        para.text = ""
        self._runs(para, [text], size=size)
        para.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                          "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        return para

    def header_table(self, rows, widths=None, size=8):
        sec = self.doc.sections[0]
        hdr = sec.header
        t = hdr.add_table(rows=0, cols=max(len(r) for r in rows), width=Inches(7))
        t.style = self.doc.styles["Table Grid"]
        for row in rows:
            cells = t.add_row().cells
            for ci, val in enumerate(row):
                self.fill(cells[ci], val, size=size)
        return t

    def footer(self, text, align="c", size=7.5):
        sec = self.doc.sections[0]
        para = sec.footer.paragraphs[0]
        para.text = ""
        self._runs(para, [text], size=size)
        para.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                          "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        return para

    # ---- odd bits
    def sdt_para(self, label, value, tag="field", lfmt="b"):
        """'Label: [content control holding value]' in one paragraph."""
        para = self.doc.add_paragraph()
        self._runs(para, [(label, lfmt)])
        para._p.append(make_sdt_run(value, tag))
        return para

    def sdt_in_cell(self, cell, value, tag="field"):
        cell.text = ""
        cell.paragraphs[0]._p.append(make_sdt_run(value, tag))

    def tracked(self, para, deleted=None, inserted=None, author="QA Reviewer", date="2026-01-02T10:00:00Z"):
        """Append a tracked deletion and/or insertion to a paragraph."""
        self._rev += 1
        if deleted:
            d = OxmlElement("w:del")
            d.set(qn("w:id"), str(900 + self._rev))
            d.set(qn("w:author"), author)
            d.set(qn("w:date"), date)
            r = OxmlElement("w:r")
            t = OxmlElement("w:delText")
            t.set(qn("xml:space"), "preserve")
            t.text = deleted
            r.append(t)
            d.append(r)
            para._p.append(d)
        if inserted:
            self._rev += 1
            i = OxmlElement("w:ins")
            i.set(qn("w:id"), str(900 + self._rev))
            i.set(qn("w:author"), author)
            i.set(qn("w:date"), date)
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = inserted
            r.append(t)
            i.append(r)
            para._p.append(i)
        return para

    def comment(self, para, text, author="Reviewer", initials="R"):
        runs = para.runs
        if not runs:
            runs = [para.add_run("")]
        self.doc.add_comment(runs, text=text, author=author, initials=initials)

    def save(self, name):
        buf = io.BytesIO()
        self.doc.save(buf)
        write_stable_zip(buf.getvalue(), OUT / name)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def make_sdt_run(value, tag):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias")
    al.set(qn("w:val"), tag)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    pr.append(al)
    pr.append(tg)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = value
    r.append(t)
    content.append(r)
    sdt.append(content)
    return sdt


def merge_row(table, row, c0, c1, text=None, bold=True, w: W | None = None, fill=None):
    cell = table.rows[row].cells[c0].merge(table.rows[row].cells[c1])
    if text is not None:
        cell.text = ""
        r = cell.paragraphs[0].add_run(text)
        r.bold = bold
    if fill:
        shade(cell, fill)
    return cell


def write_stable_zip(data: bytes, path: Path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            body = src.read(name)
            if name == "word/comments.xml":  # python-docx stamps comments with the current time
                body = re.sub(rb'w:date="[^"]*"', b'w:date="2026-01-02T09:00:00Z"', body)
            z.writestr(info, body)
    path.write_bytes(out.getvalue())


def write_text(name, text):
    (OUT / name).write_text(text, encoding="utf-8")


PLANS = []

RIGHTS = [
    "You have the right to be treated with dignity and respect, to take part in planning your care, to "
    "receive services in the least restrictive setting, to privacy of your records, and to file a complaint "
    "without fear of losing services.",
    "Your health information is protected under HIPAA and, for substance use disorder records, under 42 CFR "
    "Part 2. We will not share it without your written consent except as the law allows (for example in an "
    "emergency or when required by a court order).",
    "Missed appointments: please call at least 24 hours ahead. Three missed appointments in a row may lead to "
    "a review of your services with you.",
    "Instructions for staff: complete every section; do not leave blanks (write N/A); give the person served "
    "a copy; file the signed original in the record within 2 business days.",
]


def boilerplate(w, title="Rights, Responsibilities and Important Information", crisis=True, extra=()):
    w.brk()
    w.p((title, "b"), size=11)
    for para in RIGHTS + list(extra):
        w.p(para, size=9)
    if crisis:
        w.p(("Crisis and after-hours help", "b"), size=10)
        w.p(CRISIS, size=9)
        w.p("Poison Control 1-800-222-1222 · Domestic violence hotline 1-800-799-7233 · Non-emergency police "
            "311", size=9)


def plan(fn):
    PLANS.append(fn)
    return fn


CONSENT = ("I participated in developing this plan. I understand I may ask for a copy, request changes at any "
           "time, and refuse any part of treatment. I was informed of the agency's grievance procedure and of my "
           "rights as a person served.")
CRISIS = ("If you are in crisis call or text 988 (Suicide & Crisis Lifeline) or go to the nearest emergency room. "
          "After hours the on-call clinician can be reached through the main number.")


# ============================================================================================
# Medicare psychotherapy (NGS LCD L33632), some with Pennsylvania 55 Pa. Code 5200
# ============================================================================================


@plan
def u01():
    name = "u01_community_clinic_itp.docx"
    pdate, asof = D("2026-02-09"), D("2026-04-15")
    t1, t2 = D("2026-05-08"), D("2026-08-07")
    assert days(pdate, asof) <= LIM["psy_plan_max_age"]
    w = W(font="Arial", size=10, author="rccc-ehr")
    w.header("Riverbend Community Counseling Center  |  INDIVIDUALIZED TREATMENT PLAN  |  Page 1", align="c")
    w.p(("RIVERBEND COMMUNITY COUNSELING CENTER", "b"), align="c", size=13)
    w.p("412 Canal Street, Suite 3  ·  Millbrook  ·  (555) 014-2200", align="c", size=8.5)
    w.p(("INDIVIDUALIZED TREATMENT PLAN (ITP)", "b"), align="c", size=12)
    w.table([
        [["Client Name: ", ("Harold P. Ventner", "b")], ["DOB: ", ("04/30/1951", "b")]],
        [["Medicare ID (MBI): ", ("3QW8-KD4-PN62", "b")], ["Chart #: ", ("RC-004412", "b")]],
        [["Plan type: ☒ Initial  ☐ Update  ☐ Discharge", ""], ["Date of Plan: ", (f_us(pdate), "b")]],
        [["Primary clinician: Theresa Okafor, LCSW  (NPI " + NPI("164203917") + ")", ""],
         ["Program: Adult Outpatient", ""]],
    ], widths=[3.6, 3.0])
    w.blank()
    w.p(("SECTION A.  DIAGNOSES (ICD-10-CM)", "b"))
    w.table([
        ["Code", "Description", "Primary?"],
        ["F33.1", "Major depressive disorder, recurrent, moderate", "Yes"],
        ["F41.1", "Generalized anxiety disorder", "No"],
    ], header=True, widths=[0.9, 4.5, 1.0], shade_header="D9D9D9")
    w.blank()
    w.p(("SECTION B.  PRESENTING CONCERNS (client's own words)", "b"))
    w.p("\u201cSince my wife passed I don't get out of the chair. I quit the senior center and I lie awake "
        "worrying about money.\u201d  Referred by PCP after PHQ-9 of 18 at annual wellness visit.")
    w.p(("SECTION C.  PROBLEMS, GOALS AND OBJECTIVES", "b"))
    w.p(("Problem 1: ", "b"), "Depressed mood with withdrawal from activities after bereavement.")
    w.p(("Goal 1: ", "b"), "Harold will resume the routines that mattered to him and report a lighter mood.")
    w.table([
        ["#", "Measurable objective", "Target date", "Status"],
        ["1.1", "Harold will lower his PHQ-9 score from 18 to 9 or below.", f_us(t1), "New"],
        ["1.2", "Harold will attend the senior center or another social activity at least 2 times per week, "
                "recorded on his activity log.", f_us(t1), "New"],
    ], header=True, widths=[0.4, 4.3, 1.0, 0.8])
    w.blank()
    w.p(("Problem 2: ", "b"), "Excessive worry about finances and health; initial insomnia.")
    w.p(("Goal 2: ", "b"), "Harold will manage worry so that he sleeps through most nights.")
    w.table([
        ["#", "Measurable objective", "Target date", "Status"],
        ["2.1", "Harold will reduce his GAD-7 score from 14 to 7 or less.", f_us(t2), "New"],
        ["2.2", "Harold will fall asleep within 30 minutes on at least 5 of 7 nights, per sleep diary.",
         f_us(t2), "New"],
    ], header=True, widths=[0.4, 4.3, 1.0, 0.8])
    w.blank()
    w.p(("SECTION D.  INTERVENTIONS / SERVICES", "b"))
    w.table([
        ["Service", "CPT", "Frequency", "Session length", "Responsible"],
        ["Individual psychotherapy (CBT, behavioral activation, grief work)", "90837", "Weekly",
         "53 minutes", "T. Okafor, LCSW"],
        ["Psychotherapy with family member present (daughter), as needed to support activation", "90847",
         "Once a month", "50 minutes", "T. Okafor, LCSW"],
    ], header=True, widths=[2.6, 0.6, 1.0, 1.0, 1.3], shade_header="D9D9D9")
    para = w.p(("Estimated length of treatment: ", "b"))
    w.tracked(para, deleted="12 months", inserted="6 months", author="C. Ruiz, QA",
              date="2026-02-09T15:20:00Z")
    para.add_run(" from plan date; plan to be reviewed by " + f_us(D("2026-05-08")))
    w.comment(para, "Per Medicare LCD the duration must be under one year - corrected with clinician.",
              author="C. Ruiz", initials="CR")
    w.kv("Discharge criteria", "Goals met or PHQ-9 below 10 for two consecutive months.")
    w.p(("SECTION E.  SAFETY", "b"))
    w.p("C-SSRS screen negative. " + CRISIS, size=9)
    w.p(("SECTION F.  SIGNATURES", "b"))
    w.p(CONSENT, size=8.5, italic=True)
    w.table([
        ["Role", "Printed name / credentials", "Signature", "Date"],
        ["Client", "Harold P. Ventner", "Harold P. Ventner (signed in office)", f_us(pdate)],
        ["Clinician", "Theresa Okafor, LCSW", "/s/ Theresa Okafor", f_us(pdate)],
    ], header=True, widths=[1.0, 2.2, 2.2, 1.0])
    w.footer("RCCC Form CL-07 (rev. 03/2024)    Confidential: 42 CFR Part 2 / HIPAA protected")
    boilerplate(w, "Client Rights and Clinic Information")
    w.save(name)
    label(name, "medicare-psychotherapy", asof,
          notes="Clean. Community clinic Word form: 2x2 identification table with inline labels, diagnosis "
                "table, problem/goal paragraphs with objective tables (1.1, 2.1), services table with CPT, "
                "frequency and session length, signature table; the duration line carries a tracked change (12 months deleted, 6 "
                "months inserted) and a reviewer comment; a second page of rights and crisis boilerplate.")


@plan
def u02():
    name = "u02_private_practice_letter_plan.docx"
    pdate, asof = D("2025-11-14"), D("2026-03-20")
    w = W(font="Georgia", size=11, author="awhitcomb")
    w.p(("Alan Whitcomb, PsyD", "b"), align="r", size=12)
    w.p("Licensed Psychologist  ·  PA-lic. PS-019822  ·  NPI " + NPI("177402268"), align="r", size=9)
    w.p("28 Orchard Lane, Second Floor  ·  Carver Heights", align="r", size=9)
    w.blank()
    w.p(("Psychotherapy Treatment Plan", "b"), size=14)
    w.p(f"Patient: Lorraine M. Dubeck    Born {f_long(D('1957-08-02'))}    Medicare # 7HE2-TY5-MA91")
    w.p(f"Plan established {f_long(pdate)} (following diagnostic evaluation of 11/04/2025)")
    w.blank()
    w.p(("Diagnostic impression. ", "b"),
        "Generalized anxiety (ICD-10: F41), with prominent somatic worry. No substance use disorder. "
        "Medical: hypertension, managed by PCP.")
    w.p(("Why treatment is needed. ", "b"),
        "Mrs. Dubeck describes daily worry lasting most of the day for more than a year, muscle tension, "
        "and avoidance of driving on the highway since a near-accident in 2024. GAD-7 today: 16.")
    w.p(("What we are aiming for.", "b"))
    w.p("Goal 1 — Worry takes up less of the day and no longer stops her from doing errands alone.")
    w.bullets([
        f"GAD-7 from 16 to 8 or below, by {f_us(D('2026-02-13'))}.",
        f"Drive alone to the grocery store and pharmacy (Route 9) at least 3 times a week, by "
        f"{f_us(D('2026-02-13'))}, per her driving log.",
    ])
    w.p("Goal 2 — Better sleep and less physical tension.")
    w.bullets([
        f"Practise progressive muscle relaxation on 5 or more days a week, logged, by {f_us(D('2026-01-09'))}.",
        f"Sleep at least 6 hours on 5 of 7 nights (sleep diary), by {f_us(D('2026-03-13'))}.",
    ])
    w.p(("How we will get there. ", "b"),
        "Individual cognitive-behavioral therapy with graded exposure to driving and worry-postponement; "
        "relaxation training. Sessions of 45 minutes (CPT 90834), once a week.")
    w.p(("How long. ", "b"), "Approximately 20 sessions over 5 months, through mid-April 2026, then reassess.")
    w.p(("Coordination. ", "b"), "Copy of plan sent to PCP Dr. Renee Castellano with the patient's consent.")
    w.blank()
    w.p("I have discussed this plan with Mrs. Dubeck, who agrees with it.", italic=True)
    w.p("Electronically signed: Alan Whitcomb, PsyD — " + f_us(pdate) + " 4:12 PM")
    w.p("Patient acknowledgement: Lorraine M. Dubeck (signed) " + f_us(pdate))
    w.save(name)
    label(name, "medicare-psychotherapy", asof, gaps=[["diagnosis-code-not-billable"]],
          notes="Gap: the only diagnosis is coded F41, an ICD-10-CM category (billable would be F41.1). "
                "Layout: solo psychologist's letterhead plan in prose paragraphs with bullets; goals as "
                "'Goal 1 —'; service and duration in running text; typed e-signature line.")


@plan
def u03():
    name = "u03_group_practice_master_plan.docx"
    pdate, asof = D("2026-01-21"), D("2026-03-02")
    w = W(font="Calibri", size=10, author="Lakeshore BH")
    w.header(f"Member: Santiago Ibarra | DOB 09/16/1960 | Medicare Beneficiary ID 5RT9-WQ3-JX17", align="l")
    w.p(("Lakeshore Behavioral Health Associates", "b"), size=14, color="1F4E79")
    w.p(("MASTER TREATMENT PLAN", "b"), size=11)
    w.table([
        ["Member name", "Santiago Ibarra", "Date of birth", "09/16/1960"],
        ["Beneficiary ID", "5RT9-WQ3-JX17", "Plan date", f_us(pdate)],
        ["Therapist", "Megan Forsythe, LPC", "Psychiatric prescriber", "Kwame Adjei, MD"],
    ], bold_col0=False, widths=[1.3, 2.0, 1.4, 1.8])
    w.blank()
    w.h("Diagnoses", level=2)
    w.p("1) F31.81  Bipolar II disorder  (primary)")
    w.p("2) F51.01  Primary insomnia")
    w.h("Strengths / barriers", level=2)
    w.p("Strengths: retired machinist, stable housing, supportive sister, engaged in care. Barriers: "
        "transportation in winter, reluctance to take medication when feeling well.")
    w.h("Treatment goals", level=2)
    t = w.table([
        ["Goal", "Objectives (measurable)", "By"],
        ["A. Keep mood stable and stay out of the hospital.",
         "A-1  Take lamotrigine as prescribed on at least 90% of days (pill organizer check).\n"
         "A-2  Rate mood daily on a 1–10 chart and bring it to 100% of sessions.",
         "04/21/2026"],
        ["B. Regular sleep.",
         "B-1  Keep a fixed wake time of 7:00 a.m. or earlier on at least 6 of 7 days.\n"
         "B-2  Average 6.5 hours of sleep or more per night over 2 consecutive weeks (sleep log).",
         "04/21/2026"],
    ], header=True, widths=[2.0, 3.8, 0.9], shade_header="DEEAF6")
    w.h("Modalities", level=2)
    w.table([
        ["Modality", "How often", "With"],
        ["Individual psychotherapy (IPSRT / CBT-I components)", "1x/week", "M. Forsythe, LPC"],
        ["Medication management", "Every 4 weeks", "K. Adjei, MD"],
    ], header=True, widths=[3.2, 1.5, 1.8])
    w.p(("Anticipated duration: ", "b"), "6 months (to 07/21/2026).")
    w.p(("Discharge / transition plan: ", "b"),
        "Step down to monthly check-ins when both goals are met for 8 weeks.")
    w.h("Signatures", level=2)
    w.p("Member: Santiago Ibarra          signed " + f_us(pdate))
    w.p("Therapist: Megan Forsythe, LPC   signed " + f_us(pdate))
    w.p("Prescriber review: Kwame Adjei, MD   signed " + f_us(D("2026-01-23")))
    w.footer("LBHA-MTP-2  ·  This plan is part of the legal health record.")
    w.save(name)
    label(name, "medicare-psychotherapy", asof, gaps=[["amount-missing"]],
          notes="Gap: neither service states a session length (no minutes, no time-based CPT code): only "
                "modality and frequency. Layout: blue group-practice template, 4-column ID table, member "
                "identifiers also in the page header, goals table with lettered objectives (A-1), modalities "
                "table, signatures as plain lines with 'signed DATE'.")


@plan
def u04():
    name = "u04_trauma_clinic_plan.docx"
    pdate, asof = D("2026-03-04"), D("2026-05-12")
    w = W(font="Times New Roman", size=11, author="Harbor Trauma Recovery")
    w.p(("HARBOR TRAUMA RECOVERY PROGRAM", "b"), align="c")
    w.p("Outpatient Psychotherapy — Treatment Plan", align="c")
    w.blank()
    w.kv("Client", "Deborah Ann Quist")
    w.kv("Date of Birth", "12-03-1962")
    w.kv("Medicare No.", "2MK7-PF8-WR33")
    w.kv("Plan Date", f_dash(pdate))
    w.kv("Therapist", "Ruben Estrada, LMFT")
    w.blank()
    w.p(("I.  DIAGNOSIS", "b"))
    w.p("Axis-style summary carried from intake:")
    w.p("    309.81   Posttraumatic stress disorder, chronic  (primary)")
    w.p("    F34.1    Dysthymic disorder")
    w.p(("II.  TREATMENT GOALS AND OBJECTIVES", "b"))
    w.p(("Goal I. ", "b"), "Reduce trauma symptoms so Deborah can use public transit and shop alone.")
    w.p("   Objective a.  PCL-5 total will drop from 52 to below 33. Target: " + f_dash(D("2026-06-03")))
    w.p("   Objective b.  Rides the bus alone to the library at least twice a week for 4 consecutive weeks. "
        "Target: " + f_dash(D("2026-07-01")))
    w.p(("Goal II. ", "b"), "Improve mood and daily structure.")
    w.p("   Objective a.  PHQ-9 from 15 to 8 or lower. Target: " + f_dash(D("2026-07-01")))
    w.p("   Objective b.  Completes 3 planned pleasant activities per week on the activity schedule. Target: "
        + f_dash(D("2026-05-06")))
    w.p(("III.  TYPE / AMOUNT / FREQUENCY", "b"))
    w.p("Cognitive Processing Therapy, individual, 60 minutes (90837), one session per week; "
        "skills group 90853, 90 minutes, weekly, once the first 6 CPT sessions are completed.")
    w.p(("IV.  DURATION", "b"))
    w.p("Anticipated duration of treatment: 12 months (03/2026 – 03/2027).")
    w.p(("V.  SIGNATURES", "b"))
    w.table([
        ["Client signature", "Deborah A. Quist", "Date", f_dash(pdate)],
        ["Therapist signature / credentials", "Ruben Estrada, LMFT", "Date", f_dash(pdate)],
    ], widths=[2.0, 2.4, 0.6, 1.3])
    w.p("HTRP-12 · Crisis: 988 · Clinic: (555) 019-7700", size=8, align="c")
    w.save(name)
    label(name, "medicare-psychotherapy", asof,
          gaps=[["duration-exceeds-limit"], ["diagnosis-code-invalid", "diagnosis-code-missing"]],
          notes="Gaps: anticipated duration 12 months (NGS article: less than one year); primary diagnosis "
                "written with the ICD-9 code 309.81 (not ICD-10-CM; F43.12 intended). Layout: typewriter-style "
                "label lines, roman-numeral sections, 'Goal I / Objective a' with 'Target:' dates in "
                "MM-DD-YYYY, type/amount/frequency in one sentence, 2-row signature grid.")


@plan
def u05():
    name = "u05_ehr_export_poc.docx"
    pdate, asof = D("2026-03-02"), D("2026-04-30")
    w = W(font="Segoe UI", size=9.5, author="TheraNest-export")
    w.p(("Plan of Care — Behavioral Health", "b"), size=13)
    w.p(("Printed 03/02/2026 10:02 by james  ·  Northfield Wellness Collective", "g"), size=8)
    w.table([
        ["Patient", "Eleanor V. Sato"],
        ["DOB", "1959-06-21"],
        ["Insurance", "Medicare Part B — MBI 8CN4-XE2-HU60"],
        ["Plan start", f_iso(pdate)],
        ["Plan end", f_iso(D("2026-08-31"))],
        ["Provider", "Jordan Ames"],
        ["Location", "Northfield Wellness Collective — Telehealth (POS 10)"],
    ], widths=[1.4, 4.8], style="Light Grid Accent 1")
    w.blank()
    w.p(("Diagnosis", "b"), size=11)
    w.p("F43.23 — Adjustment disorder with mixed anxiety and depressed mood  [Primary]")
    w.p(("Problem: Grief and role loss after retirement", "b"), size=11)
    w.p(("Long-term goal: ", "b"), "Eleanor will rebuild a weekly routine she finds meaningful.")
    w.p(("Short-term goals", "b"))
    w.p("• Eleanor will volunteer or attend a class outside the home at least 2 times per week by 2026-05-29.")
    w.p("• Eleanor will reduce her PHQ-9 score from 13 to 6 or lower by 2026-06-30.")
    w.p("• Eleanor will name 3 strengths she can use in a new role by 2026-04-03.")
    w.p(("Interventions", "b"))
    w.p("• Supportive and problem-solving therapy, 45 minutes, every week (90834, telehealth).")
    w.p("• Values clarification and behavioral activation homework between sessions.")
    w.p(("Expected duration: ", "b"), "6 months")
    w.blank()
    w.p(("Signatures", "b"), size=11)
    w.p("Patient signature captured on tablet — Eleanor V. Sato — 2026-03-02 10:00")
    w.p("Signed by Jordan Ames on 2026-03-02 at 09:58 (electronic signature)")
    w.footer("Page 1 of 1 · Generated by practice-management system · Do not alter")
    w.save(name)
    label(name, "medicare-psychotherapy", asof, gaps=[["credential-missing"]],
          notes="Gap: the treating clinician's signature (and every mention of the clinician) gives no "
                "credential. Layout: practice-management export, vertical 2-column key table with ISO dates, "
                "long-term goal plus bullet 'short-term goals' with inline dates, bullet interventions, "
                "electronic signature stamps.")


@plan
def u06():
    name = "u06_pa_clinic_treatment_plan.docx"
    intake, pdate, asof = D("2026-01-12"), D("2026-02-03"), D("2026-03-10")
    assert days(intake, pdate) <= LIM["pa_plan_days"]
    w = W(font="Calibri", size=10, author="Susquehanna Valley Psychiatric Clinic")
    w.header_table([["Susquehanna Valley Psychiatric Clinic — Licensed Outpatient Psychiatric Clinic",
                     "Individual: Marcus T. Lindqvist   DOB: 07/19/1958   MA/Medicare #: 1AD6-MN3-TR84"]])
    w.p(("TREATMENT PLAN", "b"), align="c", size=14)
    w.p("(completed within 30 days of intake per 55 Pa. Code § 5200.31)", align="c", size=8.5, italic=True)
    t = w.table([
        ["Individual served", "Marcus T. Lindqvist", "Record no.", "SVPC-22871"],
        ["Date of intake", f_us(intake), "Date plan completed", f_us(pdate)],
        ["Mental health professional", "Colleen Marsh, LPC", "Psychiatrist", "Dr. Ivan Petrescu, DO"],
        ["Expected duration of treatment", "6 months, through 08/03/2026", "Next plan update due", "05/04/2026"],
    ], widths=[1.7, 1.9, 1.5, 1.6])
    for row in t.rows:
        for ci in (0, 2):
            shade(row.cells[ci], "F2F2F2")
    w.blank()
    w.p(("Diagnosis", "b"), size=11)
    w.table([["ICD-10-CM", "Diagnosis", ""],
             ["F40.01", "Agoraphobia with panic disorder", "primary"],
             ["F33.0", "Major depressive disorder, recurrent, mild", ""]], header=True, widths=[1.0, 4.3, 0.9])
    w.blank()
    w.p(("Individual's stated goal: ", "b"), "\u201cI want to be able to go to my grandson's games again.\u201d")
    w.p(("GOAL 1.", "b"), " Marcus will leave the house for community activities without panic stopping him.")
    w.p("   Objective 1A — Marcus will attend his grandson's Saturday game at least 3 times in a month, "
        "staying 60 minutes or longer, by 04/30/2026.")
    w.p("   Objective 1B — Panic attacks will decrease from 4 per week to 1 or fewer per week (panic log) by "
        "05/04/2026.")
    w.p(("GOAL 2.", "b"), " Marcus will lift his mood and stay active.")
    w.p("   Objective 2A — PHQ-9 will fall from 11 to 5 or less by 05/04/2026.")
    w.p("   Objective 2B — Marcus will walk 20 minutes at least 4 days per week, per his step counter, by "
        "04/15/2026.")
    w.p(("Treatment modalities", "b"), size=11)
    w.table([
        ["Modality", "Code", "Amount", "Frequency", "Staff"],
        ["Individual psychotherapy — CBT with interoceptive and in-vivo exposure", "90837", "55 min",
         "weekly", "C. Marsh, LPC"],
        ["Psychiatric evaluation follow-up / medication management", "99213", "20 min", "every 6 weeks",
         "I. Petrescu, DO"],
    ], header=True, widths=[2.7, 0.6, 0.7, 1.0, 1.3])
    w.blank()
    w.p(("Participation", "b"), size=11)
    w.p("The individual participated in the development of this plan and received a copy. "
        "Rights and grievance information reviewed.", size=9)
    w.table([
        ["Signature of individual", "Marcus T. Lindqvist", f_us(pdate)],
        ["Signature of mental health professional", "Colleen Marsh, LPC", f_us(pdate)],
        ["Approval — psychiatrist", "Ivan Petrescu, DO", f_us(D("2026-02-05"))],
    ], widths=[2.6, 2.6, 1.2])
    w.footer("SVPC form TP-5200  ·  revised 2023")
    w.blank()
    w.p(("Treatment plan updates (complete at each update)", "b"), size=10)
    w.table([
        ["Update date", "Progress toward goals / changes", "Individual", "MHP", "Psychiatrist"],
        ["", "", "", "", ""],
        ["", "", "", "", ""],
    ], header=True, widths=[1.0, 2.6, 1.0, 1.0, 1.1], size=8.5)
    boilerplate(w, "Your Rights as an Individual Receiving Services")
    w.save(name)
    label(name, "medicare-psychotherapy", asof, states=["pa-55-5200"],
          notes="Clean. Pennsylvania outpatient clinic: identifiers in a header table, shaded 4-column "
                "key grid with intake date, plan date, duration and next update, objectives '1A'/'2B' as "
                "indented paragraphs with dates, modalities table, 3-row signature table with psychiatrist "
                "approval (DO) two days later; an empty 'Treatment plan updates' table and a rights page follow.")


@plan
def u07():
    name = "u07_pa_county_clinic_plan_late.docx"
    intake, pdate, asof = D("2025-09-02"), D("2025-10-14"), D("2025-12-01")
    assert days(intake, pdate) > LIM["pa_plan_days"]  # 42 days: late
    w = W(font="Verdana", size=9, author="Cumberland Ridge MH")
    w.p(("Cumberland Ridge Mental Health Clinic", "b"), size=12)
    w.p("Outpatient Treatment Plan / Plan de tratamiento", size=10)
    w.p(("Name:", "b"), " Ana Lucía Ferreira      ", ("D.O.B.:", "b"), " 3/8/1959      ",
        ("Medicare/MA ID:", "b"), " 6TY1-EC9-QK25")
    w.p(("Intake date:", "b"), " " + f_us_nz(intake) + "      ", ("Plan date:", "b"), " " + f_us_nz(pdate)
        + "      ", ("Clinician:", "b"), " Tomasz Wrobel, LCSW")
    w.p(("Dx:", "b"), " F32.1 Major depressive disorder, single episode, moderate (primary); "
        "F41.0 Panic disorder")
    w.p("_" * 90, size=7)
    w.p(("NEED #1 — Depression", "b"))
    w.p(("Goal:", "u"), " Ana will feel and function better at home and at church.")
    w.p(("Objectives:", "u"))
    w.p("1) PHQ-9 decreases from 19 to 10 or lower within 12 weeks (by 1/6/2026).")
    w.p("2) Ana completes at least 4 of 5 daily-routine tasks on her checklist on 5 days a week by 12/15/2025.")
    w.p(("NEED #2 — Panic", "b"))
    w.p(("Goal:", "u"), " Fewer panic attacks.")
    w.p(("Objectives:", "u"))
    w.p("1) Panic attacks drop from 3 a week to no more than 1 a week for 4 weeks in a row by 1/6/2026.")
    w.p("2) Ana uses paced breathing during at least 75% of panic episodes, per self-report log, by 12/15/2025.")
    w.p(("TREATMENT:", "b"), " Individual therapy (CBT) 90834 — 45 min — every week.  "
        "Med check with psychiatrist 99214 — 25 min — monthly.")
    w.p(("EXPECTED LENGTH OF TREATMENT:", "b"), " 6 months, reassess 04/14/2026")
    w.p("_" * 90, size=7)
    w.p("Signatures — by signing I agree I helped write this plan.", italic=True)
    w.p("Individual: Ana Lucía Ferreira   date 10/14/2025")
    w.p("Clinician: Tomasz Wrobel, LCSW   date 10/14/2025")
    w.p("Psychiatrist approval: Helen Okonkwo, MD   date 10/16/2025")
    w.save(name)
    label(name, "medicare-psychotherapy", asof, states=["pa-55-5200"], gaps=[["plan-late"]],
          notes="Gap: intake 9/2/2025, plan completed 10/14/2025, 42 days later (Pennsylvania: within 30). "
                "Layout: dense bilingual-title county clinic form, identifiers run together on one line with "
                "bold inline labels, 'NEED #1' with underlined Goal/Objectives labels and '1)' numbering, one "
                "TREATMENT line with two services, plain signature lines.")


@plan
def u08():
    name = "u08_outdated_annual_plan.docx"
    pdate, asof = D("2024-11-18"), D("2026-01-05")
    assert days(pdate, asof) > LIM["psy_plan_max_age"]
    w = W(font="Cambria", size=10.5, author="Maple Hollow Counseling")
    w.p(("Maple Hollow Counseling, LLC", "b"), size=13, align="c")
    w.p("Treatment Plan", align="c", size=12)
    t = w.table([
        [["Client: ", ("Walter J. Brinkman", "b")], ["Date of birth: ", ("Feb 11, 1949", "b")]],
        [["Medicare #: ", ("4FJ2-RA7-NP39", "b")], ["Date established: ", (f_mon(pdate), "b")]],
    ], style=None, widths=[3.3, 3.3])
    w.blank()
    two = w.table([["", ""]], style="Table Grid", widths=[3.3, 3.3])
    left, right = two.rows[0].cells
    w.fill(left, "DIAGNOSES\nF10.21 Alcohol dependence, in remission (primary)\nF43.21 Adjustment disorder "
                 "with depressed mood\n\nSTRENGTHS\nSober 14 months; active in AA; close to adult son.")
    w.fill(right, "TREATMENT\nIndividual psychotherapy, 90834, 45-minute sessions, every other week.\n\n"
                  "DURATION\nSix months from the date established.\n\nCLINICIAN\nPriya Raman, LPCC")
    w.blank()
    w.p(("GOAL 1: ", "b"), "Stay sober and rebuild day-to-day structure after retirement.")
    w.p("Objective 1: Attend at least 2 AA meetings each week, verified by sponsor sign-off, by "
        + f_mon(D("2025-02-17")) + ".")
    w.p("Objective 2: Keep a written schedule with at least 3 planned activities per day on 6 of 7 days by "
        + f_mon(D("2025-02-17")) + ".")
    w.p(("GOAL 2: ", "b"), "Ease low mood since his wife moved to memory care.")
    w.p("Objective 1: PHQ-9 from 12 to 6 or less by " + f_mon(D("2025-05-18")) + ".")
    w.p("Objective 2: Visit his wife at least twice per week and describe 1 positive moment per visit in "
        "session by " + f_mon(D("2025-03-18")) + ".")
    w.blank()
    w.p("Client signature: Walter J. Brinkman        Date: " + f_mon(pdate))
    w.p("Clinician signature: Priya Raman, LPCC      Date: " + f_mon(pdate))
    w.save(name)
    label(name, "medicare-psychotherapy", asof, gaps=[["plan-outdated"]],
          notes="Gap: plan established 11/18/2024, no later review recorded; on the as-of date 1/5/2026 it is "
                "413 days old (NGS: no older than one year). Layout: borderless identification table, a "
                "two-cell table with diagnoses/strengths on the left and treatment/duration/clinician on the "
                "right, goals with objectives numbered from 1 in each goal, 'Mon D, YYYY' dates.")


# ---- FHIR helpers ---------------------------------------------------------------------------

CPT = "http://www.ama-assn.org/go/cpt"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
NPI_SYS = "http://hl7.org/fhir/sid/us-npi"
MBI_SYS = "http://hl7.org/fhir/sid/us-mbi"


def fhir_entry(res):
    return {"fullUrl": f"urn:uuid:{res['id']}", "resource": res}


def fhir_patient(pid, family, given, birth, mbi, gender):
    return {"resourceType": "Patient", "id": pid,
            "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                                 "code": "MB", "display": "Member Number"}]},
                            "system": MBI_SYS, "value": mbi}],
            "name": [{"family": family, "given": given}], "gender": gender, "birthDate": birth}


def fhir_practitioner(pid, family, given, npi, cred, prefix=None):
    nm = {"family": family, "given": given, "suffix": [cred]}
    if prefix:
        nm["prefix"] = [prefix]
    return {"resourceType": "Practitioner", "id": pid,
            "identifier": [{"system": NPI_SYS, "value": npi}], "name": [nm],
            "qualification": [{"code": {"text": cred}}]}


def fhir_condition(cid, pat, code, display, primary, recorded):
    res = {"resourceType": "Condition", "id": cid,
           "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                          "code": "active"}]},
           "verificationStatus": {"coding": [{"system":
                                              "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                                              "code": "confirmed"}]},
           "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                     "code": "problem-list-item"}]}],
           "code": {"coding": [{"system": ICD, "code": code, "display": display}], "text": display},
           "subject": {"reference": f"urn:uuid:{pat}"}, "recordedDate": recorded}
    if primary:
        res["note"] = [{"text": "Primary diagnosis for this plan of care"}]
    return res


def fhir_goal(gid, pat, text, due, addresses=None, start=None, measure_text=None, detail=None, part_of=None):
    res = {"resourceType": "Goal", "id": gid, "lifecycleStatus": "active",
           "description": {"text": text}, "subject": {"reference": f"urn:uuid:{pat}"}}
    if start:
        res["startDate"] = start
    tgt = {"dueDate": due}
    if measure_text:
        tgt["measure"] = {"text": measure_text}
    if detail:
        tgt["detailString"] = detail
    res["target"] = [tgt]
    if addresses:
        res["addresses"] = [{"reference": f"urn:uuid:{a}"} for a in addresses]
    if part_of:
        res["extension"] = [{"url": "http://hl7.org/fhir/StructureDefinition/goal-relationship",
                             "extension": [{"url": "type", "valueCodeableConcept": {"coding": [{
                                 "system": "http://hl7.org/fhir/goal-relationship-type", "code": "component"}]}},
                                 {"url": "target", "valueReference": {"reference": f"urn:uuid:{part_of}"}}]}]
    return res


def fhir_service(sid, pat, code, text, freq, period, unit, dur=None, dur_unit=None, bounds=None,
                 performer=None, system=CPT, note=None):
    rep = {"frequency": freq, "period": period, "periodUnit": unit}
    if dur is not None:
        rep["duration"] = dur
        rep["durationUnit"] = dur_unit
    if bounds:
        rep["boundsPeriod"] = {"start": bounds[0], "end": bounds[1]}
    res = {"resourceType": "ServiceRequest", "id": sid, "status": "active", "intent": "plan",
           "code": {"coding": [{"system": system, "code": code, "display": text}] if code else [],
                    "text": text},
           "subject": {"reference": f"urn:uuid:{pat}"},
           "occurrenceTiming": {"repeat": rep}}
    if not code:
        res["code"].pop("coding")
    if performer:
        res["performer"] = [{"reference": f"urn:uuid:{performer}"}]
    if note:
        res["note"] = [{"text": note}]
    return res


def fhir_provenance(vid, target, who, when, role_code="author", sig_code="1.2.840.10065.1.12.1.1",
                    sig_display="Author's Signature"):
    return {"resourceType": "Provenance", "id": vid, "target": [{"reference": f"urn:uuid:{target}"}],
            "recorded": when + "T12:00:00-05:00",
            "agent": [{"type": {"coding": [{"system":
                                            "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                            "code": role_code}]},
                       "who": {"reference": f"urn:uuid:{who}"}}],
            "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": sig_code,
                                     "display": sig_display}],
                           "when": when + "T12:00:00-05:00", "who": {"reference": f"urn:uuid:{who}"},
                           "sigFormat": "application/jose", "data": "ZXlKaGJHY2lPaUpTVXpJMU5pSjkuLi4="}]}


def write_bundle(name, resources):
    bundle = {"resourceType": "Bundle", "id": name.split(".")[0], "type": "collection",
              "timestamp": "2026-01-01T00:00:00Z", "entry": [fhir_entry(r) for r in resources]}
    write_text(name, json.dumps(bundle, indent=2) + "\n")


@plan
def u09():
    name = "u09_fhir_psychotherapy_careplan.json"
    pdate, asof = D("2026-01-26"), D("2026-03-16")
    end = D("2026-07-24")
    assert days(pdate, asof) <= LIM["psy_plan_max_age"] and days(pdate, end) < 365
    pat = "7c1e0b9a-0b1f-4c55-9f0e-000000000901"
    pr = "7c1e0b9a-0b1f-4c55-9f0e-000000000902"
    c1, c2 = "7c1e0b9a-0b1f-4c55-9f0e-000000000903", "7c1e0b9a-0b1f-4c55-9f0e-000000000904"
    g1, g2 = "7c1e0b9a-0b1f-4c55-9f0e-000000000905", "7c1e0b9a-0b1f-4c55-9f0e-000000000906"
    o1, o2, o3 = ("7c1e0b9a-0b1f-4c55-9f0e-000000000907", "7c1e0b9a-0b1f-4c55-9f0e-000000000908",
                  "7c1e0b9a-0b1f-4c55-9f0e-000000000909")
    s1 = "7c1e0b9a-0b1f-4c55-9f0e-000000000910"
    cp = "7c1e0b9a-0b1f-4c55-9f0e-000000000911"
    pv = "7c1e0b9a-0b1f-4c55-9f0e-000000000912"
    res = [
        fhir_patient(pat, "Okonjo-Hale", ["Beatrice", "N."], "1955-10-02", "9GH3-TK6-WE15", "female"),
        fhir_practitioner(pr, "Lindgren", ["Paul"], NPI("135720468"), "PhD", prefix="Dr."),
        fhir_condition(c1, pat, "F42.2", "Mixed obsessional thoughts and acts", True, "2026-01-14"),
        fhir_condition(c2, pat, "F51.01", "Primary insomnia", False, "2026-01-14"),
        fhir_goal(g1, pat, "Beatrice will spend less time on checking rituals so she can leave home on time.",
                  "2026-07-24", addresses=[c1], start=pdate.isoformat()),
        fhir_goal(o1, pat, "Reduce Y-BOCS total from 26 to 15 or lower.", "2026-04-24",
                  addresses=[c1], measure_text="Y-BOCS total score", detail="<= 15", part_of=g1),
        fhir_goal(o2, pat, "Leave the house within 15 minutes of the planned time on at least 5 of 7 days, "
                  "per exposure log.", "2026-05-22", addresses=[c1], part_of=g1),
        fhir_goal(g2, pat, "Beatrice will sleep more regularly.", "2026-07-24", addresses=[c2],
                  start=pdate.isoformat()),
        fhir_goal(o3, pat, "Sleep efficiency of 85% or higher over 2 consecutive weeks (sleep diary).",
                  "2026-05-22", addresses=[c2], measure_text="sleep efficiency", detail=">= 85%", part_of=g2),
        fhir_service(s1, pat, "90837", "Psychotherapy, 60 minutes with patient (ERP for OCD; CBT-I)", 1, 1,
                     "wk", 60, "min", bounds=(pdate.isoformat(), end.isoformat()), performer=pr),
        {"resourceType": "CarePlan", "id": cp, "status": "active", "intent": "plan",
         "title": "Outpatient psychotherapy treatment plan",
         "category": [{"coding": [{"system": "http://snomed.info/sct", "code": "736351004",
                                   "display": "Mental health care plan"}]}],
         "subject": {"reference": f"urn:uuid:{pat}"},
         "period": {"start": pdate.isoformat(), "end": end.isoformat()},
         "created": pdate.isoformat(),
         "author": {"reference": f"urn:uuid:{pr}"},
         "addresses": [{"reference": f"urn:uuid:{c1}"}, {"reference": f"urn:uuid:{c2}"}],
         "goal": [{"reference": f"urn:uuid:{g}"} for g in (g1, o1, o2, g2, o3)],
         "activity": [{"reference": {"reference": f"urn:uuid:{s1}"}}],
         "note": [{"text": "Expected duration: 6 months. Exposure and response prevention with home practice."}]},
        fhir_provenance(pv, cp, pr, pdate.isoformat()),
    ]
    write_bundle(name, res)
    label(name, "medicare-psychotherapy", asof,
          notes="Clean. FHIR R4 collection Bundle: Patient with MBI, Practitioner (PhD, NPI), two ICD-10-CM "
                "Conditions, CarePlan with period and created date, goals with objective Goals linked by the "
                "goal-relationship extension, one ServiceRequest with a weekly 60-minute Timing, and a "
                "Provenance author signature.")


# ============================================================================================
# Medicare Part B outpatient therapy (PT / OT / SLP)
# ============================================================================================

CERT_STMT = ("I have reviewed this plan of care and certify that the above services are medically necessary, "
             "are furnished while the patient is under my care, and that the plan is established and will be "
             "reviewed periodically.")


def opt_check(first_tx, pdate, md_sign, cert_end, asof):
    assert pdate <= first_tx or days(first_tx, pdate) <= 0
    assert days(first_tx, md_sign) <= LIM["opt_cert_days"]
    assert days(first_tx, cert_end) <= LIM["opt_recert_days"]
    assert md_sign <= asof < cert_end


@plan
def u10():
    name = "u10_pt_tka_plan_of_care.docx"
    ev, md, end, asof = D("2026-02-02"), D("2026-02-10"), D("2026-05-01"), D("2026-03-16")
    opt_check(ev, ev, md, end, asof)
    w = W(font="Arial", size=9, margins=0.6, author="Summit Physical Therapy")
    w.p(("SUMMIT PHYSICAL THERAPY & SPORTS REHAB", "b"), size=12, color="C00000")
    w.p("Outpatient Physical Therapy — PLAN OF CARE / CERTIFICATION", size=10)
    t = w.table([
        ["Patient Name", "Gloria R. Haverford", "DOB", "05/14/1950", "MBI", "2XR4-HN7-UY18"],
        ["Referring MD", "Raymond Osei, MD", "Onset", "01/13/2026", "Eval / SOC", f_us(ev)],
        ["Cert. From", f_us(ev), "Cert. Through", f_us(end), "Visits auth.", "16"],
    ], widths=[1.0, 1.5, 0.9, 1.0, 0.9, 1.4], size=8.5)
    for row in t.rows:
        for ci in (0, 2, 4):
            shade(row.cells[ci], "F2DCDB")
    w.blank()
    w.table([
        ["Medical Dx", "Z47.1  Aftercare following joint replacement surgery\n"
                       "Z96.651  Presence of right artificial knee joint"],
        ["Treatment Dx", "R26.2  Difficulty in walking, NEC\nM62.81  Muscle weakness (generalized)"],
    ], widths=[1.2, 5.5], bold_col0=True, size=8.5)
    w.blank()
    w.p(("Assessment: ", "b"), "73 y/o F s/p R TKA 01/13/2026. R knee AROM 8–92°, quad lag, amb 150' with RW "
        "and CGA, LEFS 31/80. Good rehab potential; motivated, lives with husband, 4 steps to enter with R rail.")
    w.p(("GOALS", "b"), size=10)
    w.table([
        ["Short-term (4 weeks)", "Long-term (8 weeks)"],
        ["1. R knee flexion AROM to 110° or more for recip. stair use.\n"
         "2. Pt will amb 300' with SPC and SBA on level surfaces.\n"
         "3. Independent with HEP per return demonstration.",
         "1. R knee AROM 0–120°.\n"
         "2. Amb community distances (1000') without AD, independently.\n"
         "3. Ascend/descend 12 steps reciprocally with 1 rail, mod I.\n"
         "4. LEFS improved from 31 to 60/80 or higher."],
    ], header=True, widths=[3.3, 3.4], size=8.5)
    w.blank()
    w.p(("PLAN / INTERVENTIONS", "b"), size=10)
    w.p("☒ 97110 Therapeutic exercise   ☒ 97140 Manual therapy   ☒ 97116 Gait training   "
        "☒ 97112 Neuromuscular re-ed   ☐ 97035 Ultrasound   ☒ 97530 Therapeutic activities   "
        "☒ Home exercise program", size=8.5)
    fd = w.p(("Frequency / Duration: ", "b"), "2x per week for 8 weeks (16 visits)")
    w.comment(fd, "Auth # MA-2291 covers 16 visits. Front desk to schedule Tue/Thu.", author="Front Desk",
              initials="FD")
    w.p(("Therapist: ", "b"), "Kelsey Moreau, PT, DPT   NPI " + NPI("158830442") + "   signed "
        + f_us(ev))
    w.blank()
    box = w.table([[""]], widths=[6.7])
    cell = box.rows[0].cells[0]
    w.fill(cell, "PHYSICIAN CERTIFICATION\n" + CERT_STMT + "\n\nPhysician signature: Raymond Osei, MD "
           "(e-signed via fax portal)      NPI: " + NPI("196641203") + "      Date: " + f_us(md))
    cell.paragraphs[0].runs[0].bold = True
    w.footer("Please sign and return within 10 days · Fax (555) 013-4488 · Summit PT Form POC-2")
    w.save(name)
    label(name, "medicare-outpatient-therapy", asof,
          notes="Clean. PT plan of care: 6-column shaded identification grid (MBI, eval/SOC date, cert "
                "period), diagnosis table, STG/LTG side-by-side columns, checkbox CPT list, one "
                "frequency/duration line, physician certification box with date.")


@plan
def u11():
    name = "u11_ot_cva_plan_narrative.docx"
    ev, md, end, asof = D("2026-01-07"), D("2026-01-15"), D("2026-04-06"), D("2026-02-27")
    opt_check(ev, ev, md, end, asof)
    w = W(font="Calibri", size=11, author="Bayview Neuro Rehab")
    w.header("Bayview Neuro Rehab · Occupational Therapy · Pt: Lionel F. Abernathy · DOB 10/27/1947 · "
             "Medicare 3NB9-QD2-ZM40", align="l")
    w.h("Occupational Therapy Initial Evaluation and Plan of Care", level=1)
    w.p(f"Date of evaluation (first visit): {f_long(ev)}. Plan of care effective the same day.")
    w.p("Referral: Dana Whitlock, MSN, FNP-C, for OT after L MCA stroke (11/2025), R hemiparesis.")
    w.h("Diagnoses", level=2)
    w.p("I69.351 Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side "
        "(primary); R27.8 Other lack of coordination.")
    w.h("Summary", level=2)
    w.p("Mr. Abernathy requires moderate assistance for upper-body dressing and minimal assistance for "
        "grooming. R grip 8 lb (L 52 lb). Box and Block R 18 blocks. He wants to dress himself and write "
        "checks again. Rehabilitation potential good.")
    w.h("Goals", level=2)
    w.p("By the end of this plan of care (10 weeks), Mr. Abernathy will:")
    w.numbered([
        "Complete upper-body dressing with set-up only, using one-handed techniques as needed.",
        "Perform grooming at the sink standing, with modified independence.",
        "Increase R grip strength from 8 lb to 20 lb or more.",
        "Move 35 or more blocks in one minute on the Box and Block Test with the R hand.",
        "Write his name and a 4-line grocery list legibly (readable by an unfamiliar reader).",
    ])
    w.p("Short-term (by week 5): dressing with minimal assistance; Box and Block 25 blocks.")
    w.h("Plan", level=2)
    w.p("Therapeutic activities (97530), therapeutic exercise (97110), neuromuscular re-education (97112), "
        "self-care/ADL training (97535), and a written home program. Frequency: 3 times a week for 6 weeks, "
        "then 2 times a week for 4 weeks. Expected duration: 10 weeks. Certification period: "
        f"{f_us(ev)} to {f_us(end)}.")
    w.h("Signatures", level=2)
    w.p(f"Occupational therapist: Imani Castellanos, OTR/L — {f_us(ev)}")
    w.p(CERT_STMT, italic=True, size=9.5)
    w.p(f"Certifying practitioner: Dana Whitlock, MSN, FNP-C    NPI {NPI('184470295')}    Date signed: "
        f"{f_us(md)}")
    w.save(name)
    label(name, "medicare-outpatient-therapy", asof,
          notes="Clean. OT evaluation-and-plan in Word headings and prose; identifiers only in the page "
                "header; goals as a numbered list under 'By the end of this plan of care (10 weeks)'; "
                "frequency, duration and certification period in one paragraph; certification by a nurse "
                "practitioner written 'MSN, FNP-C'.")


@plan
def u13():
    name = "u13_slp_dysphagia_poc.docx"
    ev, md, end, asof = D("2026-02-16"), D("2026-02-24"), D("2026-05-16"), D("2026-03-30")
    opt_check(ev, ev, md, end, asof)
    w = W(font="Tahoma", size=9.5, author="Westgate Speech & Swallow")
    w.p(("Westgate Speech & Swallow Clinic", "b"), size=12)
    w.p("SPEECH-LANGUAGE PATHOLOGY PLAN OF TREATMENT FOR OUTPATIENT REHABILITATION", size=10)
    w.table([
        ["1. Patient's last name", "2. First name", "3. M.I.", "4. Provider no.", "5. Medicare no. (MBI)"],
        ["Marchetti", "Rosa", "L", "PTAN 44-1182", "5EK3-WN8-CD27"],
        ["6. Provider name", "7. Onset date", "8. SOC date", "9. Type", "10. DOB"],
        ["Westgate Speech & Swallow Clinic", "01/29/2026", f_us(ev), "SLP", "06/03/1944"],
    ], size=8)
    w.blank()
    w.table([
        ["11. Primary dx (ICD-10)", "12. Treatment dx (ICD-10)", "13. Certification period"],
        ["I63.9 Cerebral infarction, unspecified", "R13.12 Dysphagia, oropharyngeal phase",
         f"From {f_us(ev)}  Through {f_us(end)}"],
    ], size=8)
    w.blank()
    w.p(("14. Plan of treatment — functional goals", "b"))
    w.p(("LTG #1", "b"), " (8 wks): Pt will tolerate a regular diet with thin liquids without overt signs or "
        "symptoms of aspiration in 100% of observed meals.")
    w.p("     STG 1a (4 wks): Pt will use chin tuck with thin liquids in 90% of trials with min verbal cues.")
    w.p("     STG 1b (4 wks): Pt will complete 3 sets of 10 effortful swallows with 80% accuracy independently.")
    w.p(("LTG #2", "b"), " (8 wks): Pt will improve safety awareness during meals.")
    w.p(("15. Plan", "b"), ": Treatment of swallowing dysfunction (92526); patient/caregiver education; "
        "modified barium swallow study re-check as indicated. 2x/week x 8 weeks.")
    w.p(("16. Initial assessment", "b"), ": MBSS 02/10/2026 — PAS 6 with thin liquids, trace "
        "residue in valleculae. Currently on mechanical soft / nectar-thick. Oriented x3, follows 2-step "
        "commands.")
    w.table([
        ["17. Signature of SLP (name/credentials)", "Date", "18. Physician signature — I certify the need for "
                                                             "these services", "Date"],
        ["Nadia Petrosyan, MS, CCC-SLP", f_us(ev), "Luis F. Carranza, MD  NPI " + NPI("112093376"), f_us(md)],
    ], size=8, widths=[2.0, 0.8, 3.0, 0.8])
    boilerplate(w, "Home Program and Clinic Policies", crisis=False, extra=[
        "Home program: chin tuck with every sip of thin liquid at home once cleared; sit upright for 30 "
        "minutes after meals; stop and call if you cough or choke with meals more than once a day.",
        "Cancellation policy: 24 hours' notice please. Medicare deductible and 20% coinsurance apply."])
    w.save(name)
    label(name, "medicare-outpatient-therapy", asof, gaps=[["goal-not-measurable"]],
          notes="Gap: LTG #2 'Pt will improve safety awareness during meals' states no measure or level and "
                "has no short-term goals under it. Layout: CMS-700-style numbered boxes (1.-18.) in grids, "
                "LTG/STG paragraphs with week time frames, signature grid.")


@plan
def u14():
    name = "u14_pt_lumbar_late_cert.docx"
    ev, md, end, asof = D("2025-10-06"), D("2025-11-20"), D("2026-01-03"), D("2025-12-01")
    assert days(ev, md) > LIM["opt_cert_days"] and days(ev, end) <= LIM["opt_recert_days"]
    w = W(font="Calibri", size=10, author="Crossroads Spine & Sport")
    w.p(("Crossroads Spine & Sport PT", "b"), size=14)
    w.p("Initial Evaluation / Plan of Care", size=11)
    w.p("Patient: Vernon L. Pruitt  |  DOB 1/9/1952  |  Medicare ID 7PD1-KJ5-RV82  |  MRN 00318874")
    w.p(f"Date of Service (Eval): {f_us_nz(ev)}   Certification Period: {f_us_nz(ev)} - {f_us_nz(end)}")
    w.p("Referring provider: Angela Brightwater, DO")
    w.p("______________________________________________________________________________")
    w.p(("ICD-10: ", "b"), "M48.061 Spinal stenosis, lumbar region without neurogenic claudication; "
        "M54.16 Radiculopathy, lumbar region")
    w.p(("Subjective: ", "b"), "Low back and L leg pain x 6 months, worse with standing > 10 min. Goal: walk "
        "the dog around the block and stand to cook dinner.")
    w.p(("Objective: ", "b"), "Oswestry 46%. Lumbar ext 25% limited. 6MWT 780 ft with 2 standing rests. "
        "Standing tolerance 8 min.")
    w.p(("Goals", "b"))
    w.p("STG (3 wks):  I with HEP.  Standing tolerance ≥ 15 min for meal prep.")
    w.p("LTG (8 wks):  Oswestry ≤ 24%.  6MWT ≥ 1200 ft without rest.  Standing tolerance ≥ 30 min.")
    w.p(("Plan", "b"))
    w.p("Ther ex 97110, manual 97140, neuro re-ed 97112, gait 97116, HEP. 2x/wk x 8 wks.")
    w.p("______________________________________________________________________________")
    w.p(f"Therapist: Brandon Tsai, PT   {f_us_nz(ev)}")
    w.p("Physician certification: " + CERT_STMT, size=9)
    w.p(f"Angela Brightwater, DO  —  signed {f_us_nz(md)}")
    w.save(name)
    label(name, "medicare-outpatient-therapy", asof, gaps=[["signature-late"]],
          notes="Gap: first treatment (evaluation) 10/6/2025, physician certification signed 11/20/2025, 45 "
                "days later (due within 30; a warning from 2025). Layout: SOAP-style one-page evaluation with "
                "pipe-separated identifiers, STG/LTG on single lines with symbols (≥, ≤), terse plan line.")


@plan
def u15():
    name = "u15_pt_balance_long_cert.docx"
    ev, md, end, asof = D("2026-01-06"), D("2026-01-09"), D("2026-05-05"), D("2026-02-20")
    assert days(ev, end) > LIM["opt_recert_days"] and days(ev, md) <= LIM["opt_cert_days"]
    w = W(font="Book Antiqua", size=10.5, author="Elmwood Rehab")
    w.p(("ELMWOOD OUTPATIENT REHABILITATION", "b"), align="c", size=12)
    w.p(("Physical Therapy Plan of Care", "i"), align="c")
    w.table([
        ["Name:", "Ida Mae Thornbury", "Date of Birth:", "March 2, 1940"],
        ["Medicare Beneficiary Identifier:", "6WM2-AC4-TT95", "Start of Care:", f_long(ev)],
        ["Plan of Care Period:", f"{f_long(ev)} through {f_long(end)}", "Physician:", "Corinne Bashir, MD"],
    ], style=None, widths=[1.9, 1.9, 1.3, 1.6])
    w.blank()
    w.p(("Diagnoses: ", "b"), "R29.6 Repeated falls; R26.81 Unsteadiness on feet; M81.0 Age-related "
        "osteoporosis without current pathological fracture.")
    w.p(("Evaluation summary: ", "b"), "3 falls in 6 months. Berg Balance 36/56, TUG 19 s with SPC. Lives "
        "alone; daughter visits daily.")
    w.p(("Goals to be achieved by the end of the plan period:", "b"))
    w.p("(1)  Berg Balance Scale score from 36/56 to 46/56 or better.")
    w.p("(2)  TUG under 13.5 seconds with a single-point cane.")
    w.p("(3)  No falls reported over the final 6 weeks of the plan.")
    w.p("(4)  Independent with a home exercise program for balance, by return demonstration.")
    w.p(("Treatment plan: ", "b"), "Neuromuscular re-education (97112), therapeutic exercise (97110), gait "
        "training (97116), home safety education. Twice weekly for 16 weeks.")
    w.blank()
    w.p("Physical therapist: Owen Markley, PT, MPT      Date: " + f_us(ev))
    w.p("Physician: I certify the need for these services under this plan of care.")
    w.p("Signature: Corinne Bashir, MD  (NPI " + NPI("129804471") + ")      Date: " + f_us(md))
    w.save(name)
    label(name, "medicare-outpatient-therapy", asof, gaps=[["review-interval-exceeded"]],
          notes="Gap: the certified plan period runs 1/6/2026 to 5/5/2026, 119 days, with no earlier "
                "recertification or progress date (Medicare: at least every 90 days). Layout: borderless "
                "label/value grid with long-form dates, parenthesised goal numbers, frequency and duration "
                "in prose ('Twice weekly for 16 weeks').")


@plan
def u16():
    name = "u16_ot_hand_poc_blank_freq.docx"
    ev, md, end, asof = D("2026-01-12"), D("2026-01-20"), D("2026-04-11"), D("2026-02-25")
    opt_check(ev, ev, md, end, asof)
    w = W(font="Calibri", size=10, author="Hand & Upper Extremity Center")
    w.p(("HAND & UPPER EXTREMITY CENTER", "b"), size=12)
    w.p("Occupational Therapy — Certification of Plan of Care", size=10)
    w.sdt_para("Patient: ", "Franklin D. Oyelaran", tag="PatientName")
    w.sdt_para("DOB: ", "08/30/1953", tag="DOB")
    w.sdt_para("MBI: ", "1CM8-UE6-GP73", tag="MBI")
    w.sdt_para("Evaluation date: ", f_us(ev), tag="EvalDate")
    w.sdt_para("Cert period: ", f"{f_us(ev)} – {f_us(end)}", tag="CertPeriod")
    w.p(("Diagnosis: ", "b"), "S42.201D Unspecified fracture of upper end of right humerus, subsequent "
        "encounter for fracture with routine healing; M25.611 Stiffness of right shoulder, NEC")
    w.p(("Problems: ", "b"), "R shoulder flexion 70°, ER 10°; unable to reach overhead shelf, wash hair or "
        "fasten bra; QuickDASH 68.")
    w.p(("Short-term goals", "b"))
    w.table([
        ["STG", "Target"],
        ["R shoulder AROM flexion to 110°.", "02/09/2025"],
        ["Wash hair independently with adaptive technique.", "02/09/2025"],
    ], header=True, widths=[4.5, 1.3])
    w.p(("Long-term goals", "b"))
    w.table([
        ["LTG", "Target"],
        ["R shoulder flexion AROM 150° or more; ER 45° or more.", "04/06/2026"],
        ["Reach a 5-lb item on an overhead shelf independently.", "04/06/2026"],
        ["QuickDASH 30 or less.", "04/06/2026"],
    ], header=True, widths=[4.5, 1.3])
    w.p(("Interventions: ", "b"), "97110 therapeutic exercise; 97140 manual therapy; 97530 therapeutic "
        "activities; 97535 self-care training; HEP.")
    w.sdt_para("Frequency: ", "", tag="Frequency")
    w.sdt_para("Duration: ", "12 weeks", tag="Duration")
    w.blank()
    w.p("OT: Sabine Kowalczyk, OTR/L, CHT   " + f_us(ev))
    w.p("Physician certification — " + CERT_STMT, size=9)
    w.p("Tobias Grünewald, MD   " + f_us(md) + "   NPI " + NPI("150916634"))
    w.save(name)
    label(name, "medicare-outpatient-therapy", asof, gaps=[["frequency-missing"], ["date-inconsistent"]],
          notes="Gaps: the Frequency content control is empty (no visits per week anywhere); both short-term "
                "goal targets are typed 02/09/2025, before the 1/12/2026 plan. Layout: fields in Word content "
                "controls (one left empty), STG/LTG two-column tables with a Target column.")


@plan
def u17():
    name = "u17_pt_chiro_certified.docx"
    ev, md, end, asof = D("2026-03-03"), D("2026-03-09"), D("2026-05-29"), D("2026-04-01")
    opt_check(ev, ev, md, end, asof)
    w = W(font="Arial", size=10, author="Northgate Integrated Health")
    w.header("NORTHGATE INTEGRATED HEALTH — Chiropractic · Physical Therapy · Massage", align="c", size=9)
    w.p(("PHYSICAL THERAPY PLAN OF CARE", "b"), align="c", size=12)
    w.table([
        ["PATIENT", "Hollis E. Greenbaum", "MEDICARE #", "8TU5-GM1-AF46"],
        ["BIRTHDATE", "07.22.1956", "EVALUATION DATE", f_us(ev)],
        ["PLAN OF CARE DATES", f"{f_us(ev)} to {f_us(end)}", "VISITS", "2 per week x 12 weeks"],
    ], widths=[1.5, 2.0, 1.5, 1.7], size=9)
    w.blank()
    w.p(("DIAGNOSES", "b"))
    w.p("M54.50 Low back pain, unspecified  ·  M62.81 Muscle weakness (generalized)")
    w.p(("FUNCTIONAL LIMITATIONS", "b"))
    w.p("Unable to lift grandchild (25 lb) or sit longer than 20 minutes; Modified Oswestry 38%.")
    w.p(("GOALS", "b"))
    w.p("Goal 1 — Modified Oswestry to 18% or lower within 12 weeks.")
    w.p("Goal 2 — Sit 60 minutes (church service) without increase in pain above 3/10 within 8 weeks.")
    w.p("Goal 3 — Lift 25 lb floor to waist with proper mechanics, 5 repetitions, within 12 weeks.")
    w.p(("TREATMENT", "b"))
    w.p("97110 therapeutic exercise, 97530 therapeutic activities, 97140 manual therapy, 97012 mechanical "
        "traction, home program.")
    w.p(("THERAPIST", "b"))
    w.p("Jasmine Oduya, PT, DPT — " + f_us(ev))
    w.p(("CERTIFYING PROVIDER", "b"))
    w.p(CERT_STMT, size=9)
    w.p("Gregory Haines, DC   NPI " + NPI("170265913") + "   " + f_us(md))
    w.save(name)
    label(name, "medicare-outpatient-therapy", asof, gaps=[["credential-not-permitted"]],
          unsure=["signature-missing"],
          notes="Gap: the plan is certified by a chiropractor (DC), who may not certify Medicare therapy plans. "
                "signature-missing left out of must_not_report: a checker may also treat the DC signature as "
                "no certifying signature. Layout: multi-discipline clinic, all-caps 4-column grid with "
                "dotted birth date (07.22.1956), 'Goal 1 —' lines with time frames.")


@plan
def u18():
    name = "u18_slp_aphasia_no_duration.docx"
    ev, pdate, md, end, asof = D("2026-01-20"), D("2026-01-27"), D("2026-02-03"), D("2026-04-19"), D("2026-03-04")
    assert days(ev, pdate) > 0 and days(ev, md) <= LIM["opt_cert_days"]
    assert days(ev, end) <= LIM["opt_recert_days"] and md <= asof < end
    w = W(font="Calibri", size=10.5, author="Lakeside Communication Therapy")
    w.p(("Lakeside Communication Therapy", "b"), size=13, color="385723")
    w.p("Speech Therapy Plan of Care", size=11)
    w.p(("Client: ", "b"), "Norbert Ashdown", ("      DOB: ", "b"), "11/05/1948",
        ("      MBI: ", "b"), "4HA7-PX3-YV51")
    w.p(("Initial evaluation: ", "b"), f_us(ev), ("      Plan of care date: ", "b"), f_us(pdate))
    w.p(("Certification period: ", "b"), f"{f_us(ev)} - {f_us(end)}")
    w.p(("Diagnosis: ", "b"), "I69.320 Aphasia following cerebral infarction")
    w.p(("Background: ", "b"), "Left-hemisphere stroke 11/2025. WAB-R AQ 58.4 (moderate Broca-type aphasia). "
        "Retired pharmacist, married, wants to order at restaurants and talk with grandchildren on the phone.")
    w.p(("Goals", "b"))
    w.p("1. Client will name 20 high-frequency household objects with 80% accuracy given a phonemic cue.")
    w.p("2. Client will produce 4–6 word sentences to describe pictured actions in 7 of 10 trials.")
    w.p("3. Client will use a written communication card to order a meal in a role play with 90% accuracy.")
    w.p("4. WAB-R Aphasia Quotient will increase from 58.4 to 70 or higher.")
    w.p(("Treatment", "b"))
    w.p("92507 treatment of speech, language, voice, communication, and/or auditory processing disorder "
        "(individual). Frequency: 2x/wk.")
    w.p("Home practice with spouse: 15 min daily naming practice (Tactus app).")
    w.blank()
    w.p("SLP: Rachel Obuya, M.A., CCC-SLP    signed " + f_us(pdate))
    w.p("Physician certification: " + CERT_STMT, size=9)
    w.p("Mei-Ling Hargrove, MD    " + f_us(md))
    w.save(name)
    label(name, "medicare-outpatient-therapy", asof, gaps=[["duration-missing"], ["plan-late"]],
          notes="Gaps: no expected duration (weeks or visits) anywhere, only a certification period and "
                "'2x/wk'; the plan of care is dated 1/27/2026, a week after the 1/20/2026 evaluation that "
                "began treatment (plan-before-treatment, a warning). Layout: short green-title clinic form "
                "with inline bold labels, numbered goals.")


@plan
def u12():
    name = "u12_ccda_slp_plan_of_care.xml"
    ev, md, end, asof = D("2026-02-04"), D("2026-02-12"), D("2026-05-04"), D("2026-03-25")
    opt_check(ev, ev, md, end, asof)
    slp_npi, md_npi = NPI("142278850"), NPI("108859327")
    ymd = lambda d: d.strftime("%Y%m%d")  # noqa: E731
    goals = [
        ("g1", "Patient will follow 2-step spoken commands with 90% accuracy without repetition.", D("2026-03-18")),
        ("g2", "Patient will name 15 of 20 pictured household items within 5 seconds each.", D("2026-04-29")),
        ("g3", "Patient will state name, address and phone number to a stranger (role play) with 100% "
               "accuracy in 3 consecutive sessions.", D("2026-04-29")),
    ]
    goal_xml = ""
    goal_rows = ""
    for gid, text, due in goals:
        goal_rows += (f"<tr><td ID=\"{gid}\">{text}</td><td>{f_us(due)}</td></tr>")
        goal_xml += f"""
          <entry>
            <observation classCode="OBS" moodCode="GOL">
              <templateId root="2.16.840.1.113883.10.20.22.4.121" extension="2022-06-01"/>
              <id root="4b2c0a2e-1d7c-4f06-9a51-1200000000{gid[1]}0"/>
              <code code="58144-7" codeSystem="2.16.840.1.113883.6.1" displayName="Resident's overall goal"/>
              <text><reference value="#{gid}"/></text>
              <statusCode code="active"/>
              <effectiveTime><low value="{ymd(ev)}"/><high value="{ymd(due)}"/></effectiveTime>
            </observation>
          </entry>"""
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="4b2c0a2e-1d7c-4f06-9a51-120000000001"/>
  <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Plan of care note"/>
  <title>Speech-Language Pathology Plan of Care and Certification</title>
  <effectiveTime value="{ymd(ev)}"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.4.927" extension="9KT4-EP2-MW68" assigningAuthorityName="CMS MBI"/>
      <addr use="HP"><streetAddressLine>77 Linden Court</streetAddressLine><city>Harlow</city><state>OH</state><postalCode>44000</postalCode></addr>
      <patient>
        <name use="L"><given>Cornelius</given><given>J.</given><family>Whitlatch</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19460312"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{ymd(ev)}"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="{slp_npi}"/>
      <code code="235Z00000X" codeSystem="2.16.840.1.113883.6.101" displayName="Speech-Language Pathologist"/>
      <assignedPerson><name><given>Theodora</given><family>Vasquez-Lund</family><suffix>MS, CCC-SLP</suffix></name></assignedPerson>
      <representedOrganization><name>Harlow Outpatient Rehabilitation</name></representedOrganization>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.4.6" extension="{NPI('160071124')}"/><name>Harlow Outpatient Rehabilitation</name></representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator>
    <time value="{ymd(md)}"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{md_npi}"/>
      <code code="207Q00000X" codeSystem="2.16.840.1.113883.6.101" displayName="Family Medicine Physician"/>
      <assignedPerson><name><given>Oluwaseun</given><family>Adebayo</family><suffix>MD</suffix></name></assignedPerson>
    </assignedEntity>
  </legalAuthenticator>
  <authenticator>
    <time value="{ymd(ev)}"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{slp_npi}"/>
      <assignedPerson><name><given>Theodora</given><family>Vasquez-Lund</family><suffix>MS, CCC-SLP</suffix></name></assignedPerson>
    </assignedEntity>
  </authenticator>
  <documentationOf>
    <serviceEvent classCode="PCPR">
      <effectiveTime><low value="{ymd(ev)}"/><high value="{ymd(end)}"/></effectiveTime>
    </serviceEvent>
  </documentationOf>
  <componentOf>
    <encompassingEncounter>
      <id root="4b2c0a2e-1d7c-4f06-9a51-120000000002"/>
      <code code="92523" codeSystem="2.16.840.1.113883.6.12" displayName="Evaluation of speech sound production with evaluation of language comprehension and expression"/>
      <effectiveTime value="{ymd(ev)}"/>
    </encompassingEncounter>
  </componentOf>
  <component>
    <structuredBody>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/>
          <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concerns document"/>
          <title>Health Concerns / Diagnoses</title>
          <text><list><item ID="dx1">I69.320 Aphasia following cerebral infarction (primary)</item><item ID="dx2">R41.841 Cognitive communication deficit</item></list>
          <paragraph>Initial evaluation and first treatment: {f_us(ev)}. Western Aphasia Battery-Revised AQ 61.2.</paragraph></text>
          <entry>
            <act classCode="ACT" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.132" extension="2015-08-01"/>
              <id root="4b2c0a2e-1d7c-4f06-9a51-120000000003"/>
              <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concern"/>
              <statusCode code="active"/>
              <entryRelationship typeCode="REFR">
                <observation classCode="OBS" moodCode="EVN">
                  <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                  <id root="4b2c0a2e-1d7c-4f06-9a51-120000000004"/>
                  <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
                  <text><reference value="#dx1"/></text>
                  <statusCode code="completed"/>
                  <effectiveTime><low value="20251119"/></effectiveTime>
                  <value xsi:type="CD" code="I69.320" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="Aphasia following cerebral infarction"/>
                </observation>
              </entryRelationship>
              <entryRelationship typeCode="REFR">
                <observation classCode="OBS" moodCode="EVN">
                  <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                  <id root="4b2c0a2e-1d7c-4f06-9a51-120000000005"/>
                  <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
                  <text><reference value="#dx2"/></text>
                  <statusCode code="completed"/>
                  <effectiveTime><low value="{ymd(ev)}"/></effectiveTime>
                  <value xsi:type="CD" code="R41.841" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="Cognitive communication deficit"/>
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
          <text><table><thead><tr><th>Long-term goal</th><th>Target date</th></tr></thead><tbody>{goal_rows}</tbody></table></text>{goal_xml}
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>
          <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/>
          <title>Interventions / Plan of Treatment</title>
          <text><paragraph ID="sv1">Treatment of speech, language, voice, communication (92507), individual, 45 minutes, 2 times per week for 12 weeks.</paragraph>
          <paragraph>Expected duration: 12 weeks (24 visits). Caregiver (wife) education in cueing hierarchy.</paragraph></text>
          <entry>
            <procedure classCode="PROC" moodCode="INT">
              <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2022-06-01"/>
              <id root="4b2c0a2e-1d7c-4f06-9a51-120000000006"/>
              <code code="92507" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT" displayName="Treatment of speech, language, voice, communication, and/or auditory processing disorder; individual"/>
              <text><reference value="#sv1"/></text>
              <statusCode code="active"/>
              <effectiveTime xsi:type="IVL_TS"><low value="{ymd(ev)}"/><high value="{ymd(D('2026-04-29'))}"/></effectiveTime>
              <effectiveTime xsi:type="PIVL_TS" operator="A" institutionSpecified="true"><period value="0.5" unit="wk"/></effectiveTime>
            </procedure>
          </entry>
        </section>
      </component>
    </structuredBody>
  </component>
</ClinicalDocument>
"""
    write_text(name, xml)
    label(name, "medicare-outpatient-therapy", asof,
          notes="Clean. C-CDA R2.1 Care Plan document: MBI in recordTarget, SLP as author/authenticator, "
                "certifying MD as legalAuthenticator with the signature time, certification period in "
                "serviceEvent, evaluation encounter date, ICD-10-CM problem observations, goal observations "
                "with target dates, a planned 92507 procedure with frequency and duration in the narrative.")


# ============================================================================================
# Medicare home health plan of care (485-style and EHR exports)
# ============================================================================================


def hh_check(soc, cert_end, md_sign, asof):
    assert days(soc, cert_end) <= LIM["hh_review_days"]
    assert soc <= md_sign <= asof < cert_end


def box(w, t, r, c, num, title, value, size=8):
    cell = t.rows[r].cells[c]
    cell.text = ""
    para = cell.paragraphs[0]
    run = para.add_run(f"{num}. {title}" if num else title)
    run.bold = True
    run.font.size = Pt(size - 1)
    for line in value.split("\n"):
        p2 = cell.add_paragraph()
        r2 = p2.add_run(line)
        r2.font.size = Pt(size)
    return cell


@plan
def u19():
    name = "u19_hh_485_chf.docx"
    soc, end, md, asof = D("2026-02-02"), D("2026-04-02"), D("2026-02-09"), D("2026-03-10")
    hh_check(soc, end, md, asof)
    w = W(font="Arial", size=8, margins=0.5, author="Greenfield Home Health")
    w.p(("HOME HEALTH CERTIFICATION AND PLAN OF CARE", "b"), align="c", size=11)
    t = w.table([[""] * 4 for _ in range(3)], size=8)
    box(w, t, 0, 0, 1, "Patient's Medicare No.", "3GK7-ER5-WN22")
    box(w, t, 0, 1, 2, "Start of Care Date", f_us(soc))
    box(w, t, 0, 2, 3, "Certification Period", f"From: {f_us(soc)}   To: {f_us(end)}")
    box(w, t, 0, 3, 4, "Medical Record No.", "GHH-55102")
    box(w, t, 1, 0, 6, "Patient's Name and Address", "Eugene R. Talbot\n1408 Wren Hollow Rd, Apt 2\n"
                                                     "Fairmont")
    box(w, t, 1, 1, 8, "Date of Birth", "09/01/1938")
    box(w, t, 1, 2, 7, "Provider's Name, Address and Phone", "Greenfield Home Health Agency\n(555) 016-9000")
    box(w, t, 1, 3, 5, "Provider No.", "HHA 37-7109")
    box(w, t, 2, 0, 11, "ICD-10-CM / Principal Diagnosis", "I50.32 Chronic diastolic (congestive) heart "
                                                             "failure    Date 01/24/2026 (E)")
    c = t.rows[2].cells[1].merge(t.rows[2].cells[3])
    box(w, t, 2, 1, 13, "Other Pertinent Diagnoses", "I11.0 Hypertensive heart disease with heart failure\n"
                                                      "E11.9 Type 2 diabetes mellitus without complications\n"
                                                      "Z91.81 History of falling")
    w.blank()
    t2 = w.table([[""], [""], [""]], size=8)
    box(w, t2, 0, 0, 10, "Medications: Dose/Frequency/Route (N)ew (C)hanged",
        "Furosemide 40 mg PO daily (C); Metoprolol succinate 50 mg PO daily; Lisinopril 10 mg PO daily; "
        "Metformin 500 mg PO BID; Potassium chloride 20 mEq PO daily (N)")
    box(w, t2, 1, 0, 21, "Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)",
        "SN: 2w3, 1w6 — assess cardiopulmonary status, daily weights, edema, med teaching/compliance, "
        "diabetic foot check. Visits up to 60 minutes.\n"
        "PT: 2w4, 1w2 — evaluate and treat; gait and balance training, home exercise program, fall "
        "prevention.\n"
        "HHA: 2w4 — assist with bathing, skin care.\n"
        "SN PRN x 2 visits for weight gain over 3 lb in 2 days or increased SOB.")
    box(w, t2, 2, 0, 22, "Goals / Rehabilitation Potential / Discharge Plans",
        "SN: Pt/caregiver will verbalize 4 signs of CHF exacerbation and when to call the agency by "
        "03/02/2026. Pt will record a daily weight on at least 6 of 7 days per week by 02/23/2026. No "
        "CHF-related ED visit or hospitalization during the certification period.\n"
        "PT: Pt will ambulate 150 ft with rolling walker with supervision by 03/16/2026. Tinetti from 14/28 "
        "to 20/28 or more by 03/30/2026.\n"
        "Rehab potential: good. Discharge when goals met, to self-care with daughter's support.")
    w.blank()
    t3 = w.table([["", ""], ["", ""]], size=8)
    box(w, t3, 0, 0, 23, "Nurse's Signature and Date of Verbal SOC Where Applicable",
        f"Verbal SOC 01/30/2026 — Jennifer Osei-Bonsu, RN  {f_us(soc)}")
    box(w, t3, 0, 1, 25, "Date HHA Received Signed POT", "02/11/2026")
    box(w, t3, 1, 0, 24, "Physician's Name and Address", f"Harriet Caldwell, MD\nNPI {NPI('139205578')}\n"
                                                          "Fairmont Internal Medicine")
    box(w, t3, 1, 1, 27, "Attending Physician's Signature and Date Signed",
        f"Harriet Caldwell, MD (e-signed)   {f_us(md)}")
    w.p("26. I certify that this patient is confined to his/her home and needs intermittent skilled nursing "
        "care, physical therapy and/or speech therapy, or continues to need occupational therapy. The "
        "patient is under my care, and I have authorized the services on this plan of care and will "
        "periodically review the plan. A face-to-face encounter occurred on 01/24/2026.", size=7)
    w.save(name)
    label(name, "medicare-home-health", asof,
          notes="Clean. CMS-485-style numbered boxes in grids (merged cell for other diagnoses), orders in "
                "2w3/1w6 notation with a limited PRN (x 2), goals in box 22, physician name box and signature "
                "box with date; the plan date is the start of care.")


@plan
def u20():
    name = "u20_hh_wound_ehr_export.docx"
    soc, end, md, asof = D("2026-01-14"), D("2026-03-14"), D("2026-01-21"), D("2026-02-18")
    hh_check(soc, end, md, asof)
    w = W(font="Calibri", size=9.5, author="HomeCare EHR")
    w.header("Sunrise Visiting Nurses  ·  Plan of Care (Initial)  ·  Patient: Maribel C. Dominguez-Roth", "l")
    w.h("Certification & Plan of Care", level=1)
    w.table([
        ["Patient", "Maribel C. Dominguez-Roth", "Episode", "1 of 1"],
        ["Birth date", "Jul 4, 1943", "SOC", f_mon(soc)],
        ["HICN / MBI", "7RA3-UF9-KP04", "Cert period", f"{f_mon(soc)} – {f_mon(end)}"],
        ["Ordering / certifying", "Devon Marsh-Reyes, PA-C", "NPI", NPI("187610923")],
    ], widths=[1.3, 2.3, 1.1, 2.0], style="Light List Accent 1")
    w.h("Diagnoses", level=2)
    w.p("Primary: E11.621 Type 2 diabetes mellitus with foot ulcer")
    w.p("Secondary: L97.412 Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed; "
        "Z79.4 Long term (current) use of insulin")
    w.h("Interventions by discipline", level=2)
    w.p(("Skilled nursing — ", "b"), "3 visits/week x 4 weeks, then 2 visits/week x 4 weeks: wound care to R "
        "heel (cleanse NS, calcium alginate, bordered foam, change 3x/wk and PRN if saturated by caregiver), "
        "measure wound weekly, teach glucose monitoring and insulin technique.")
    w.p(("Home health aide — ", "b"), "2 visits/week x 6 weeks for bathing and foot inspection.")
    w.p(("Medical social worker — ", "b"), "1 visit/month x 2 months: community resources, meal delivery.")
    w.h("Measurable goals", level=2)
    w.bullets([
        "R heel wound area will decrease from 3.2 cm² to 1.5 cm² or less by 03/10/2026.",
        "Patient will demonstrate correct insulin pen technique in 3 consecutive visits by 02/13/2026.",
        "Fasting blood glucose will be 80–150 mg/dL on at least 5 of 7 days by 03/06/2026 (glucometer log).",
        "Caregiver (son) will perform the dressing change correctly on return demonstration by 01/30/2026.",
    ])
    w.p(("Rehabilitation potential / discharge: ", "b"),
        "Fair to good for stated goals. Discharge to self-care with son when wound healed or goals met.")
    w.h("Authentication", level=2)
    w.p(f"Plan prepared by: Camille Ashworth, RN, case manager — {f_us(soc)} 18:40")
    w.p(f"Certifying practitioner: Devon Marsh-Reyes, PA-C — electronically signed {f_us(md)} 07:12 "
        "(Physician Portal, doc ID 88120-POC)")
    w.footer("Printed from HomeCare EHR · Confidential patient information")
    boilerplate(w, "Patient Home Safety and Emergency Plan", extra=[
        "Emergency preparedness: priority level 2 (needs help to evacuate). Keep a 7-day supply of insulin "
        "and supplies. In a power outage, call the agency; if no answer, call 911.",
        "Agency on-call nurse: (555) 018-3300, 24 hours a day."])
    w.save(name)
    label(name, "medicare-home-health", asof,
          notes="Clean. Home health EHR export: header with patient name, 4-column identification list table "
                "('HICN / MBI', SOC, cert period), diagnoses as Primary/Secondary lines, interventions per "
                "discipline in bold-lead paragraphs with 'visits/week x weeks', goals as bullets, certifying "
                "physician assistant (PA-C) with an electronic signature stamp.")


@plan
def u21():
    name = "u21_fhir_home_health_careplan.json"
    soc, end, md, asof = D("2026-03-02"), D("2026-04-30"), D("2026-03-06"), D("2026-04-08")
    hh_check(soc, end, md, asof)
    ids = {k: f"3f9a2c10-7b44-4e0e-8d2b-0000000021{i:02d}" for i, k in enumerate(
        ["pat", "md", "rn", "c1", "c2", "c3", "g1", "g2", "g3", "s1", "s2", "s3", "cp", "pv", "pv2"])}
    res = [
        fhir_patient(ids["pat"], "Szymanski", ["Theodore", "A."], "1941-12-19", "2WD8-NC6-QA37", "male"),
        fhir_practitioner(ids["md"], "Ferreira-Banks", ["Lydia"], NPI("115533827"), "DO"),
        fhir_practitioner(ids["rn"], "Huang", ["Olivia"], NPI("126644938"), "RN"),
        fhir_condition(ids["c1"], ids["pat"], "J44.1", "Chronic obstructive pulmonary disease with (acute) "
                       "exacerbation", True, "2026-02-24"),
        fhir_condition(ids["c2"], ids["pat"], "J96.11", "Chronic respiratory failure with hypoxia", False,
                       "2026-02-24"),
        fhir_condition(ids["c3"], ids["pat"], "R53.81", "Other malaise", False, "2026-02-24"),
        fhir_goal(ids["g1"], ids["pat"], "Patient will keep SpO2 at 90% or above on 2 L/min oxygen at rest and "
                  "with ADLs at every skilled nursing visit.", "2026-04-27", addresses=[ids["c1"], ids["c2"]]),
        fhir_goal(ids["g2"], ids["pat"], "Patient will demonstrate correct metered-dose inhaler with spacer "
                  "technique on 2 consecutive visits.", "2026-03-27", addresses=[ids["c1"]]),
        fhir_goal(ids["g3"], ids["pat"], "Patient will walk 100 feet with a rollator and stand-by assistance "
                  "with SpO2 at 88% or above.", "2026-04-24", addresses=[ids["c3"]]),
        fhir_service(ids["s1"], ids["pat"], "G0299", "Skilled nursing visit (RN): cardiopulmonary assessment, "
                     "COPD teaching, medication management", 2, 1, "wk", bounds=(soc.isoformat(),
                                                                                  D("2026-03-29").isoformat()),
                     system="https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                     note="SN 2w4 then 1w4"),
        fhir_service(ids["s2"], ids["pat"], "G0151", "Physical therapy visit: energy conservation, gait and "
                     "endurance training", 2, 1, "wk", bounds=(soc.isoformat(), D("2026-04-12").isoformat()),
                     system="https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", note="PT 2w6"),
        fhir_service(ids["s3"], ids["pat"], "G0299", "Skilled nursing visit (RN), second phase", 1, 1, "wk",
                     bounds=(D("2026-03-30").isoformat(), end.isoformat()),
                     system="https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"),
        {"resourceType": "CarePlan", "id": ids["cp"], "status": "active", "intent": "plan",
         "title": "Home Health Plan of Care (certification period 1)",
         "category": [{"text": "Home health plan of care"}],
         "subject": {"reference": f"urn:uuid:{ids['pat']}"},
         "period": {"start": soc.isoformat(), "end": end.isoformat()},
         "created": soc.isoformat(),
         "author": {"reference": f"urn:uuid:{ids['rn']}"},
         "contributor": [{"reference": f"urn:uuid:{ids['md']}"}],
         "addresses": [{"reference": f"urn:uuid:{ids[c]}"} for c in ("c1", "c2", "c3")],
         "goal": [{"reference": f"urn:uuid:{ids[g]}"} for g in ("g1", "g2", "g3")],
         "activity": [{"reference": {"reference": f"urn:uuid:{ids[s]}"}} for s in ("s1", "s2", "s3")]},
        fhir_provenance(ids["pv"], ids["cp"], ids["md"], md.isoformat(), role_code="verifier",
                        sig_code="1.2.840.10065.1.12.1.5", sig_display="Verification Signature"),
        fhir_provenance(ids["pv2"], ids["cp"], ids["rn"], soc.isoformat()),
    ]
    write_bundle(name, res)
    label(name, "medicare-home-health", asof,
          notes="Clean. FHIR R4 Bundle: home health CarePlan with a 60-day period, three ICD-10-CM Conditions, "
                "three Goals with due dates, HCPCS ServiceRequests with weekly Timing and bounds, a Provenance "
                "verification signature by the certifying DO and an author signature by the RN.")


@plan
def u22():
    name = "u22_hh_prn_uncapped.docx"
    soc, end, md, asof = D("2026-01-20"), D("2026-03-20"), D("2026-01-27"), D("2026-02-26")
    hh_check(soc, end, md, asof)
    w = W(font="Times New Roman", size=10, author="Tri-County Home Care")
    w.p(("TRI-COUNTY HOME CARE, INC.", "b"), size=12)
    w.p("Plan of Treatment / Physician Orders — Home Health", size=10)
    w.p("Pt: Bernadette L. Achterberg    DOB: 2/27/1936    Medicare#: 5NC2-TJ8-HR19")
    w.p(f"SOC: {f_us_nz(soc)}    Cert: {f_us_nz(soc)} thru {f_us_nz(end)}    MR#: TC-7781")
    w.p(("Dx:", "b"))
    w.p("  Z93.3  Colostomy status  (primary, new colostomy 01/09/2026)")
    w.p("  Hypertension")
    w.p("  E11.65 Type 2 diabetes mellitus with hyperglycemia")
    w.p(("Orders:", "b"))
    w.p("  SN 2w2, 1w7 for ostomy assessment and care, teach ostomy pouch change, diabetic management, "
        "medication reconciliation.")
    w.p("  SN PRN for ostomy problems/leaks.")
    w.p("  OT eval and treat: 1w4 for bathing adaptations and toilet transfers.")
    w.p(("Goals:", "b"))
    w.p("  1) Pt will change ostomy pouch independently with no leaks for 7 consecutive days by 02/27/2026.")
    w.p("  2) Peristomal skin intact, no redness or breakdown, at every SN visit through end of cert period.")
    w.p("  3) Pt will state 3 signs of stomal complications to report by 02/06/2026.")
    w.p("  4) Pt will transfer on/off toilet with grab bar, modified independent, by 02/17/2026.")
    w.p(("Rehab potential:", "b"), " Good.   ", ("D/C plan:", "b"), " Self-care at home when goals met.")
    w.blank()
    w.p(f"RN: Samantha Okereke, RN BSN   {f_us_nz(soc)}")
    w.p(f"Physician: Farid Haddad, MD   NPI {NPI('146209931')}")
    w.p(f"Signature: Farid Haddad, MD   Date: {f_us_nz(md)}")
    w.save(name)
    label(name, "medicare-home-health", asof, gaps=[["frequency-missing"], ["diagnosis-code-missing"]],
          notes="Gaps: 'SN PRN for ostomy problems/leaks' has no limit on the number of PRN visits; the "
                "secondary diagnosis 'Hypertension' has no ICD-10-CM code. Layout: plain agency form with "
                "abbreviations (Pt, SOC, Cert, Dx), orders and goals as indented lines.")


@plan
def u23():
    name = "u23_hh_unsigned_physician.docx"
    soc, end, asof = D("2026-02-23"), D("2026-04-23"), D("2026-03-18")
    assert days(soc, end) <= LIM["hh_review_days"]
    w = W(font="Calibri", size=10, author="Pinecrest Home Health")
    w.p(("Pinecrest Home Health Services", "b"), size=13, color="2E75B6")
    w.p(("Home Health Plan of Care", "b"))
    w.table([
        ["Client", "Dorothea M. Kessler-Vance", "Medicare ID", "6PH1-RB3-DX58"],
        ["DOB", "11/18/1945", "Agency MR #", "PHH-20418"],
        ["Start of care", f_us(soc), "Certification period", f"{f_us(soc)} – {f_us(end)}"],
    ], widths=[1.2, 2.3, 1.5, 1.7])
    w.blank()
    w.p(("Diagnoses", "b"))
    w.table([
        ["ICD-10-CM", "Description", "Onset/Exac."],
        ["S72.001D", "Fracture of unspecified part of neck of right femur, subsequent encounter for closed "
                     "fracture with routine healing", "02/10/2026 (O)"],
        ["M81.0", "Age-related osteoporosis without current pathological fracture", "(O)"],
        ["R26.2", "Difficulty in walking, not elsewhere classified", "02/10/2026"],
    ], header=True, widths=[1.0, 4.5, 1.2])
    w.blank()
    w.p(("Services", "b"))
    w.table([
        ["Discipline", "Frequency / duration", "Treatment"],
        ["PT", "3w3, 2w3, 1w2", "Gait training with walker, transfer training, therapeutic exercise, "
                                "hip precautions, HEP"],
        ["SN", "1w4", "Medication management incl. anticoagulant, pain, incision check, fall precautions"],
        ["OT", "2w3", "ADL retraining, adaptive equipment (reacher, sock aid), tub transfer bench"],
    ], header=True, widths=[0.9, 1.4, 4.4])
    w.blank()
    w.p(("Goals", "b"))
    w.p("• Ambulate 200 feet with a front-wheeled walker, modified independent, on level surfaces by "
        "04/10/2026.")
    w.p("• Climb 3 steps with one rail and contact guard assist by 04/03/2026.")
    w.p("• Lower-body dressing with reacher and sock aid, independently, observing hip precautions, by "
        "03/27/2026.")
    w.p("• Pain at or below 3/10 with activity on 3 consecutive visits by 03/20/2026.")
    w.blank()
    w.p(("Certification", "b"))
    w.p("I certify that this patient is homebound and under my care, that a face-to-face encounter was "
        "performed, and that I authorized the services on this plan of care.", size=9)
    w.table([
        ["Physician: Anil K. Ramaswamy, MD   NPI " + NPI("191773209"), "Signature:", "", "Date:", ""],
        ["Clinician completing plan: Victor Osterhout, PT, DPT", "Signature:", "Victor Osterhout, PT, DPT",
         "Date:", f_us(soc)],
    ], widths=[2.6, 0.8, 1.6, 0.5, 1.0])
    w.p("Sent to physician for signature 02/24/2026 via fax; second request 03/10/2026.", size=8.5, italic=True)
    w.save(name)
    label(name, "medicare-home-health", asof, gaps=[["signature-missing"]],
          notes="Gap: the certifying physician is named but the signature and date cells are blank (sent "
                "for signature, not returned). Layout: blue agency template, 4-column ID grid, diagnosis "
                "table with onset column, services table by discipline with 3w3/2w3 notation, bullet goals, "
                "signature table with empty cells.")


@plan
def u24():
    name = "u24_hh_90day_cert.docx"
    soc, end, md, asof = D("2026-01-05"), D("2026-04-04"), D("2026-01-12"), D("2026-02-16")
    assert days(soc, end) > LIM["hh_review_days"] and soc <= md <= asof < end
    w = W(font="Garamond", size=11, author="Heritage Home Nursing")
    w.p(("HERITAGE HOME NURSING", "b"), align="c", size=13)
    w.p("Plan of Care and Certification", align="c")
    w.blank()
    w.p("Patient Name ..................... Augustin P. Delacroix")
    w.p("Date of Birth .................... 05/30/1939")
    w.p("Medicare Beneficiary ID .......... 1KE9-GU4-MT76")
    w.p(f"Start of Care .................... {f_us(soc)}")
    w.p(f"This Certification ............... {f_us(soc)} through {f_us(end)}")
    w.p("Attending Physician .............. Rosalind Achebe, MD, NPI " + NPI("163350214"))
    w.blank()
    w.p(("Diagnoses", "bu"))
    w.p("G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations (principal); "
        "R29.6 Repeated falls; F06.70 Mild neurocognitive disorder due to known physiological condition "
        "without behavioral disturbance")
    w.p(("Orders", "bu"))
    w.p("Skilled nursing 1 visit every week for 13 weeks — medication regimen teaching (carbidopa/levodopa "
        "timing), orthostatic BP, fall-risk assessment.")
    w.p("Physical therapy 2 visits a week for 6 weeks — LSVT BIG-based gait and balance training, home "
        "safety.")
    w.p("Speech-language pathology 1 visit a week for 6 weeks — voice (LSVT LOUD) and swallow screening.")
    w.p(("Goals", "bu"))
    w.p("A. Patient will take carbidopa/levodopa on schedule on 95% of doses per pill-box check by "
        "02/16/2026.")
    w.p("B. No falls with injury during the certification period.")
    w.p("C. Timed Up and Go from 22 seconds to 15 seconds or less by 03/06/2026.")
    w.p("D. Conversational speech intensity of 70 dB or more at 30 cm, measured with sound level meter, by "
        "02/27/2026.")
    w.blank()
    w.p("Prepared by Ingrid Solberg, RN — " + f_us(soc))
    w.p("Physician signature: Rosalind Achebe, MD — " + f_us(md))
    w.save(name)
    label(name, "medicare-home-health", asof, gaps=[["review-interval-exceeded"]],
          notes="Gap: the certification runs 1/5/2026 through 4/4/2026 (89 days) with no review before it "
                "ends; home health plans are reviewed/recertified at least every 60 days (a warning). Layout: "
                "dot-leader label lines, underlined section titles, orders in full words, lettered goals.")


@plan
def u25():
    name = "u25_hh_vague_goal.docx"
    soc, end, md, asof = D("2026-03-09"), D("2026-05-07"), D("2026-03-13"), D("2026-04-06")
    hh_check(soc, end, md, asof)
    w = W(font="Arial", size=9.5, author="CareFirst at Home")
    w.p(("CareFirst at Home — Plan of Care", "b"), size=12)
    lay = w.table([["", ""]], style=None, widths=[2.4, 4.4])
    left, right = lay.rows[0].cells
    w.fill(left, "PATIENT\nWinifred S. Oduya\n\nDOB\n04/09/1942\n\nMEDICARE ID\n9JM6-CV1-PE83\n\n"
                 f"START OF CARE\n{f_us(soc)}\n\nCERTIFICATION\n{f_us(soc)} – {f_us(end)}\n\n"
                 "PHYSICIAN\nGabriel Oyelowo, MD\nNPI " + NPI("107738456"))
    for para in left.paragraphs:
        if para.text.isupper():
            for r in para.runs:
                r.bold = True
                r.font.size = Pt(7.5)
    inner = w.table([
        ["Diagnosis", "Code"],
        ["Heart failure, unspecified — chronic diastolic", "I50.32"],
        ["Atrial fibrillation, unspecified", "I48.91"],
        ["Presence of aortocoronary bypass graft", "Z95.1"],
    ], header=True, container=right, widths=[3.3, 0.9])
    right.add_paragraph()
    p = right.add_paragraph()
    p.add_run("Disciplines and frequency").bold = True
    right.add_paragraph("SN 1w8 + PRN x 3 for symptoms of fluid overload. Cardiac assessment, INR-free "
                        "anticoagulant (apixaban) teaching, low-sodium diet teaching.")
    right.add_paragraph("PT 2w4: endurance and strength program, walking program.")
    p = right.add_paragraph()
    p.add_run("Patient goals").bold = True
    right.add_paragraph("1. Weight stays within 3 lb of dry weight (142 lb) at every SN visit through "
                        "05/07/2026.")
    right.add_paragraph("2. Patient will have a better understanding of her heart medicines.")
    right.add_paragraph("3. 6-minute walk distance from 420 ft to 700 ft or more by 04/30/2026.")
    p = right.add_paragraph()
    p.add_run("Signatures").bold = True
    right.add_paragraph(f"Case manager: Rhoda Fairweather, RN  {f_us(soc)}")
    right.add_paragraph(f"Certifying physician: Gabriel Oyelowo, MD  signed {f_us(md)}")
    w.save(name)
    label(name, "medicare-home-health", asof, gaps=[["goal-not-measurable"]],
          notes="Gap: goal 2 'will have a better understanding of her heart medicines' names no measure or "
                "level. Layout: two-column layout table (identifiers stacked in the left cell, everything "
                "else in the right cell including a nested diagnosis table with the code in the second column), "
                "limited PRN (x 3).")


@plan
def u26():
    name = "u26_hh_bad_npi_lapsed.docx"
    soc, end, md, asof = D("2025-11-03"), D("2026-01-01"), D("2025-11-07"), D("2026-01-20")
    assert days(soc, end) <= LIM["hh_review_days"] and asof > end
    bad = BAD_NPI("158827713")
    w = W(font="Calibri", size=10, author="Valley Home Health")
    w.p(("Valley Home Health Agency", "b"), size=12)
    w.p("HOME HEALTH PLAN OF CARE — 60-day certification", size=10)
    w.p(f"Beneficiary: Leopold M. Castellanos | Born 1944-01-15 | MBI 8ND3-HX5-YK61 | SOC {f_iso(soc)} | "
        f"Cert {f_iso(soc)} to {f_iso(end)}")
    w.p(("Principal diagnosis: ", "b"), "I69.354 Hemiplegia and hemiparesis following cerebral infarction "
        "affecting left non-dominant side")
    w.p(("Other: ", "b"), "I10 Essential (primary) hypertension; R13.12 Dysphagia, oropharyngeal phase")
    t = w.table([
        ["Discipline", "Visits", "Focus"],
        ["PT", "3w2, 2w4", "Transfers, gait with hemi-walker, balance"],
        ["OT", "2w4", "Dressing, bathing, L UE neuro re-education"],
        ["SLP", "2w3", "Dysphagia management, diet texture, strategies"],
        ["SN", "1w8", "BP monitoring, medication teaching, skin"],
    ], header=True, widths=[1.0, 1.2, 4.5])
    w.blank()
    w.p(("Goals (by end of certification)", "b"))
    w.p("• Transfers bed to wheelchair with stand-by assistance.")
    w.p("• Walks 50 feet with hemi-walker and contact guard assistance.")
    w.p("• Upper-body dressing with minimal assistance using hemi-dressing technique.")
    w.p("• Tolerates mechanical soft diet with thin liquids with no signs of aspiration at 3 observed meals.")
    w.p("• BP below 140/90 at 90% of SN visits.")
    w.blank()
    w.p(f"Certifying physician: Marguerite Delacourt, MD   NPI: {bad}   Signed: {f_iso(md)}")
    w.p(f"Clinical manager: Harlan Vick, RN   {f_iso(soc)}")
    w.save(name)
    label(name, "medicare-home-health", asof, gaps=[["identifier-invalid"], ["review-overdue"]],
          notes="Gaps: the certifying physician's NPI fails the check digit; the certification ended 1/1/2026 "
                "and on 1/20/2026 no recertification is recorded (both warnings). Layout: one pipe-separated "
                "identification line with ISO dates, discipline table, goals 'by end of certification'.")


# ============================================================================================
# Commercial ABA treatment plans / authorization requests
# ============================================================================================


def aba_check(pdate, period_start, period_end, review, assess, asof):
    assert period_end <= add_months(period_start, 6)
    assert days(pdate, review) <= LIM["aba_review_days"]
    assert 0 <= days(assess, pdate) <= LIM["aba_assess_days"]
    assert pdate <= asof


@plan
def u27():
    name = "u27_aba_initial_auth_tables.docx"
    pdate, ps, pe, review, vb, asof = (D("2026-02-20"), D("2026-03-01"), D("2026-08-31"), D("2026-08-14"),
                                       D("2026-02-06"), D("2026-03-05"))
    aba_check(pdate, ps, pe, review, vb, asof)
    w = W(font="Calibri", size=10, author="Bright Steps ABA")
    w.header("Bright Steps Autism Services · Treatment Plan · Learner: Mateo J. Villanueva · Member ID "
             "BCX884120937", align="l")
    w.p(("BRIGHT STEPS AUTISM SERVICES", "b"), size=14, color="7030A0")
    w.p(("Initial Behavior Analytic Treatment Plan & Authorization Request", "b"), size=11)
    w.table([
        ["Learner", "Mateo J. Villanueva", "DOB", "06/11/2021 (age 4)"],
        ["Health plan", "Blue Cross PPO", "Member ID", "BCX884120937"],
        ["Parent/guardian", "Isabel Villanueva (mother)", "Plan date", f_us(pdate)],
        ["Requested authorization", f"{f_us(ps)} – {f_us(pe)}", "Next progress review", f_us(review)],
        ["Supervising BCBA", "Kendra Whitfield, MS, BCBA (#1-17-29904)", "NPI", NPI("133940217")],
    ], widths=[1.5, 2.4, 1.2, 1.6])
    w.blank()
    w.p(("1. Diagnosis", "b"), size=11)
    w.p("F84.0 Autistic disorder (autism spectrum disorder, Level 2) — diagnosed 10/03/2025 by "
        "Priya Natarajan, PhD, licensed psychologist (Children's Developmental Center).")
    w.p(("2. Assessments", "b"), size=11)
    w.table([
        ["Instrument", "Date", "Result"],
        ["VB-MAPP Milestones", f_us(vb), "Level 1 complete; Level 2: 14/50 (total 29/170)"],
        ["Vineland-3 (parent form)", "02/09/2026", "ABC standard score 64"],
        ["Functional behavior assessment (interview + ABC data)", "02/03/2026 – 02/13/2026",
         "Elopement maintained by escape and access to tangibles"],
    ], header=True, widths=[2.4, 1.6, 2.7])
    w.blank()
    w.p(("3. Treatment goals", "b"), size=11)
    gt = w.table([
        ["Domain / goal", "Baseline", "Mastery criteria", "Target date"],
        ["Communication: Mateo will mand for 20 different items or activities using 2-word phrases.",
         "4 single-word mands (probe 02/06/2026)", "20 mands, each emitted independently across 3 "
                                                    "consecutive sessions", "08/28/2026"],
        ["Social: Mateo will respond to his name by orienting within 3 seconds.",
         "20% of opportunities", "80% of opportunities across 3 consecutive sessions", "06/30/2026"],
        ["Adaptive: Mateo will complete the 8-step handwashing routine independently.",
         "2 of 8 steps independent", "8 of 8 steps independent for 5 consecutive sessions", "07/31/2026"],
        ["Behavior reduction: Elopement will decrease to 1 or fewer episodes per week.",
         "9 episodes/week (avg of 2 weeks)", "0–1 episodes per week for 4 consecutive weeks", "08/28/2026"],
        ["Parent training: Mrs. Villanueva will implement the elopement prevention plan and first-then "
         "schedule with at least 90% fidelity.", "35% fidelity (BST checklist)",
         "90% fidelity across 3 consecutive observed sessions", "06/30/2026"],
    ], header=True, widths=[3.0, 1.4, 1.6, 0.8], size=9, shade_header="E4DFEC")
    w.blank()
    w.p(("4. Services requested", "b"), size=11)
    w.table([
        ["CPT", "Service", "Hours per week", "Setting"],
        ["97153", "Adaptive behavior treatment by protocol (RBT)", "20", "Home / clinic"],
        ["97155", "Protocol modification (BCBA)", "4", "Home / clinic"],
        ["97156", "Family adaptive behavior treatment guidance", "2", "Home / telehealth"],
    ], header=True, widths=[0.7, 3.2, 1.2, 1.5])
    w.p("Crisis plan, coordination of care with pediatrician and school, and discharge criteria are in "
        "Appendix A (on file).", size=9, italic=True)
    w.p(("5. Signatures", "b"), size=11)
    w.table([
        ["", "Name", "Signature", "Date"],
        ["BCBA", "Kendra Whitfield, MS, BCBA", "Kendra Whitfield (electronic)", f_us(pdate)],
        ["Parent / guardian", "Isabel Villanueva", "Isabel Villanueva (DocuSign)", f_us(D("2026-02-21"))],
    ], header=True, widths=[1.3, 2.2, 2.2, 1.0])
    w.save(name)
    label(name, "commercial-aba", asof,
          notes="Clean. ABA initial request: identifiers in header and a 4-column grid, diagnosis with "
                "evaluator and date, assessment table, one goal table with Baseline / Mastery criteria / "
                "Target date columns including a 'Parent training' row, CPT table with hours per week, "
                "signature table (parent signed the next day).")


@plan
def u28():
    name = "u28_aba_reauth_narrative.docx"
    pdate, ps, pe, review, vb, asof = (D("2026-01-08"), D("2026-01-15"), D("2026-07-14"), D("2026-07-01"),
                                       D("2025-12-18"), D("2026-02-02"))
    aba_check(pdate, ps, pe, review, vb, asof)
    w = W(font="Georgia", size=10.5, author="Harborlight Behavioral")
    w.p(("Harborlight Behavioral Consulting", "b"), size=13)
    w.p("Re-Authorization Treatment Plan (Concurrent Review #2)", size=11, italic=True)
    w.blank()
    w.kv("Client", "Aubree N. Castellano-Price")
    w.kv("Birthdate", f_mon(D("2018-09-25")))
    w.kv("Insurance / ID", "Aetna Choice POS II — W284 471 903")
    w.kv("Guardian", "Nathan Price (father)")
    w.kv("Report date", f_mon(pdate))
    w.kv("Treatment period requested", f"{f_mon(ps)} to {f_mon(pe)}")
    w.kv("Next treatment plan review", f_mon(review))
    w.blank()
    w.p(("Diagnosis", "b"), size=11)
    w.p("Autism spectrum disorder, F84.0, diagnosed by Martin Oyelaran, MD, developmental-behavioral "
        f"pediatrician, on {f_mon(D('2022-04-12'))}.")
    w.p(("Standardized assessment", "b"), size=11)
    w.p(f"ABLLS-R re-administered {f_mon(vb)}: 61% of skills mastered overall (was 44% in June 2025). "
        f"Vineland-3 completed by father {f_mon(D('2025-12-20'))}: ABC 72 (Communication 70, Daily Living 74, "
        "Socialization 69).")
    w.p(("Progress summary", "b"), size=11)
    w.p("Aubree mastered 11 of 14 short-term objectives from the last period. Aggression fell from a mean of "
        "6.2 to 1.4 episodes per day. Continued services are requested at a slightly reduced level.")
    w.p(("Goals for this period", "b"), size=11)
    goals = [
        ("Skill Acquisition Goal 1 — Conversation",
         "Aubree will ask a peer a related follow-up question during play.",
         "1 of 10 opportunities (probe 12/18/2025).", "8 of 10 opportunities across 3 consecutive sessions "
                                                       "with 2 different peers.", "05/29/2026"),
        ("Skill Acquisition Goal 2 — Daily living",
         "Aubree will pack her school backpack using a 6-item picture checklist.",
         "3 of 6 items without prompts.", "6 of 6 items independently on 5 consecutive school mornings.",
         "04/30/2026"),
        ("Behavior Reduction Goal 3 — Aggression (hitting, kicking)",
         "Aggression will decrease.",
         "1.4 episodes per day (10-day mean).", "0.2 or fewer episodes per day averaged over 4 consecutive "
                                                 "weeks.", "07/10/2026"),
        ("Caregiver Goal 4 — Mr. Price",
         "Mr. Price will run a 10-minute naturalistic teaching session with Aubree at home.",
         "60% of fidelity checklist steps.", "90% or more of steps on 3 consecutive observations.",
         "03/31/2026"),
    ]
    for title, stmt, base, mast, due in goals:
        w.p((title, "b"))
        w.p(("Target: ", "i"), stmt, indent=0.3)
        w.p(("Current level: ", "i"), base, indent=0.3)
        w.p(("Criterion: ", "i"), mast, indent=0.3)
        w.p(("Projected mastery date: ", "i"), due, indent=0.3)
    w.p(("Recommended services", "b"), size=11)
    w.p("97153 adaptive behavior treatment by protocol, 15 hrs/week; 97155 treatment with protocol "
        "modification, 3 hrs/week; 97156 family treatment guidance, 1.5 hrs/week.")
    w.p(("Signatures", "b"), size=11)
    w.p(f"/s/ Colette Anand, M.Ed., BCBA, LBA — Supervising behavior analyst — {f_mon(pdate)}")
    w.p(f"Nathan Price, father/legal guardian — signed in clinic {f_mon(D('2026-01-12'))}")
    boilerplate(w, "Appendix: Crisis Plan, Coordination of Care and Discharge Criteria", extra=[
        "Coordination of care: with the father's consent, this plan is shared with Aubree's pediatrician and "
        "her second-grade teacher. A school observation is scheduled each quarter.",
        "Discharge criteria: Aubree meets her goals, skills are maintained in school and at home, and aggression "
        "stays at or below 1 episode a week for 3 months; services are then faded over 8 weeks."])
    w.save(name)
    label(name, "commercial-aba", asof,
          notes="Clean. Re-authorization report in prose and label lines: goals as titled blocks with "
                "italic 'Target / Current level / Criterion / Projected mastery date' lines, a caregiver goal, "
                "services with hours per week in one sentence, /s/ signature line and father's signature line.")


@plan
def u29():
    name = "u29_aba_native_plan.yaml"
    pdate, ps, pe, review, vb, asof = (D("2026-04-02"), D("2026-04-06"), D("2026-10-05"), D("2026-09-25"),
                                       D("2026-03-20"), D("2026-04-20"))
    aba_check(pdate, ps, pe, review, vb, asof)
    bcba_npi = NPI("175531046")
    text = f"""schema: authcheck-plan/1
# exported from the agency's plan builder; reviewed by the BCBA before submission
patient: {{name: Kaito R. Yamashiro-Bell, birth_date: 2020-07-30, member_id: "UHC 9184 4471 02"}}
payer: UnitedHealthcare Choice Plus
discipline: aba
program: Early intensive behavioral intervention (clinic-based)
plan_date: {pdate.isoformat()}
period: {{start: {ps.isoformat()}, end: {pe.isoformat()}}}
expected_duration: 6 months (through {f_us(pe)})
providers:
  - {{name: Soledad Ibáñez, credential: BCBA, npi: "{bcba_npi}", role: supervising behavior analyst, organization: Tidewater Autism Center}}
diagnoses:
  - code: F84.0
    description: Autistic disorder
    primary: true
    diagnosed_by: Lorenzo Baptiste, PsyD, licensed psychologist
    diagnosed_on: 2025-11-17
assessments:
  - instrument: VB-MAPP
    date: {vb.isoformat()}
    scores: {{milestones: 58, barriers: 31}}
    administered_by: Soledad Ibáñez, BCBA
  - instrument: Vineland-3
    date: 2026-03-24
    scores: {{adaptive_behavior_composite: 66}}
    administered_by: Soledad Ibáñez, BCBA
problems:
  - statement: Limited functional communication
    goals:
      - label: Goal 1
        domain: Communication
        statement: Kaito will request help with a 3-word phrase when a task is too hard.
        baseline: 0 of 10 opportunities (probes 03/18-03/20/2026)
        mastery_criteria: 8 of 10 opportunities across 3 consecutive sessions with 2 therapists
        target_date: 2026-08-28
      - label: Goal 2
        domain: Listener responding
        statement: Kaito will follow 2-step novel instructions.
        baseline: 20% of trials
        mastery_criteria: 80% of trials across 3 consecutive sessions
        target_date: 2026-07-31
  - statement: Head-hitting during transitions
    goals:
      - label: Goal 3
        domain: Behavior reduction
        statement: Head-hitting will decrease to 2 or fewer episodes per day.
        baseline: mean 14 episodes per day (5-day sample)
        mastery_criteria: 2 or fewer per day for 10 consecutive treatment days
        target_date: 2026-09-25
  - statement: Caregiver skills
    goals:
      - label: Goal 4
        domain: Caregiver training
        statement: Kaito's mother will use a visual timer and first-then board for transitions at home.
        baseline: 25% fidelity on the transition checklist
        mastery_criteria: 90% fidelity on 3 consecutive observed transitions
        target_date: 2026-06-30
services:
  - {{code: "97153", description: Adaptive behavior treatment by protocol, hours_per_week: 25}}
  - {{code: "97155", description: Adaptive behavior treatment with protocol modification, hours_per_week: 5}}
  - {{code: "97156", description: Family adaptive behavior treatment guidance, hours_per_week: 2}}
reviews:
  - {{kind: review, date: {review.isoformat()}, completed: false}}
signatures:
  - {{role: clinician, name: Soledad Ibáñez, credential: BCBA, date: {pdate.isoformat()}, method: electronic}}
  - {{role: guardian, name: Naomi Yamashiro-Bell, date: 2026-04-03, method: electronic}}
"""
    write_text(name, text)
    label(name, "commercial-aba", asof,
          notes="Clean plan in authcheck's native YAML (schema authcheck-plan/1): period and expected "
                "duration of 6 months, two standardized assessments, four goals with baseline, mastery "
                "criteria and target date (one caregiver-training goal), hours per week by CPT code, a "
                "scheduled review and dated BCBA and guardian signatures.")


@plan
def u30():
    name = "u30_aba_no_caregiver_goal.docx"
    pdate, ps, pe, vb, asof = D("2026-03-09"), D("2026-03-16"), D("2026-09-15"), D("2026-02-25"), D("2026-03-30")
    assert pe <= add_months(ps, 6) and 0 <= days(vb, pdate) <= LIM["aba_assess_days"]
    w = W(font="Arial", size=9.5, author="Keystone Behavior Partners")
    w.p(("KEYSTONE BEHAVIOR PARTNERS, LLC", "b"), size=12)
    w.p("ABA Treatment Plan — Initial", size=10)
    w.table([
        ["Participant:", "Elias Brandt-Moreno", "DOB:", "01/22/2019"],
        ["Payer:", "Cigna Open Access Plus", "Subscriber/Member #:", "U44719028 01"],
        ["Responsible adult:", "Carmen Moreno (mother)", "Date written:", f_us(pdate)],
        ["Authorization period:", f"{f_us(ps)} - {f_us(pe)}", "BCBA:", "Desmond Achterberg, MA, BCBA"],
    ], style=None, widths=[1.4, 2.1, 1.5, 1.8])
    w.blank()
    w.p(("Diagnosis (ICD-10-CM): ", "b"), "F84.0 Autistic disorder — per comprehensive diagnostic evaluation by "
        "Hannah Liu, PhD, licensed psychologist, 11/14/2025.")
    w.p(("Assessment tools: ", "b"), f"VB-MAPP ({f_us(vb)}): Milestones 41, Barriers 22. AFLS Basic Living "
        "Skills (02/26/2026): 38%. Direct observation and FBA interview (02/2026).")
    w.p(("Goals", "b"), size=11)
    rows = [["#", "Domain", "Goal", "Baseline", "Mastery", "Target"]]
    rows += [
        ["1", "Expressive language", "Elias will label 50 common items when asked \u201cWhat is it?\u201d",
         "12 items", "90% correct across 2 consecutive sessions for each item", "08/31/2026"],
        ["2", "Play", "Elias will complete a 5-step pretend-play sequence with a peer.", "1 step",
         "5 steps independently in 3 consecutive sessions", "07/31/2026"],
        ["3", "Toileting", "Elias will initiate going to the bathroom.", "0 self-initiations/day",
         "2 or more self-initiations per day for 10 consecutive days", "08/31/2026"],
        ["4", "Tantrums", "Tantrums (crying, dropping to floor > 30 s) will decrease.", "7 per day",
         "1 or fewer per day for 4 consecutive weeks", "09/11/2026"],
    ]
    w.table(rows, header=True, widths=[0.3, 1.0, 2.3, 1.0, 1.6, 0.8], size=8.5, shade_header="D9E2F3")
    w.blank()
    w.p(("Requested services", "b"), size=11)
    w.table([
        ["Code", "Description", "Hrs/wk"],
        ["97153", "Direct 1:1 treatment by RBT", "18"],
        ["97155", "BCBA protocol modification / direction", "3"],
        ["97156", "Family guidance (BCBA with caregiver)", "1"],
    ], header=True, widths=[0.8, 4.0, 0.8])
    w.p("Transition and discharge criteria: fade to 10 hrs/wk when Goals 1–4 are mastered; discharge when "
        "age-typical skills on VB-MAPP Level 3 and no behavior interfering with school.", size=9)
    w.blank()
    w.p("BCBA: Desmond Achterberg, MA, BCBA          Signature: D. Achterberg          Date: " + f_us(pdate))
    w.p("Parent/Guardian: Carmen Moreno               Signature: Carmen Moreno          Date: "
        + f_us(D("2026-03-10")))
    w.save(name)
    label(name, "commercial-aba", asof, gaps=[["caregiver-goal-missing"], ["review-date-missing"]],
          unsure=["review-interval-exceeded"],
          notes="Gaps: no goal involves the parent (97156 is requested but no caregiver-training goal is "
                "written); no next review or progress-report date anywhere. review-interval-exceeded is left "
                "out of must_not_report (with no review date a checker may report either). Layout: borderless "
                "label grid ('Participant', 'Responsible adult', 'Date written'), 6-column goal table, "
                "Hrs/wk table, signature lines with three columns of text.")


@plan
def u31():
    name = "u31_aba_lto_sto_missing_baseline.docx"
    pdate, ps, pe, review, vb, asof = (D("2026-02-02"), D("2026-02-09"), D("2026-08-08"), D("2026-07-27"),
                                       D("2026-01-21"), D("2026-02-19"))
    aba_check(pdate, ps, pe, review, vb, asof)
    w = W(font="Calibri", size=10, author="Little Lighthouse ABA")
    w.p(("Little Lighthouse ABA", "b"), size=13, color="0E7C7B")
    w.p("Individualized Treatment Plan", size=11)
    w.p(f"Child: Zara Okonkwo-Lind   •   DOB 03/03/2020   •   Ins. ID: AMG-55120-8841   •   Plan date: "
        f"{f_us(pdate)}")
    w.p(f"Auth dates requested: {f_us(ps)}–{f_us(pe)}   •   Progress review due: {f_us(review)}")
    w.p("Dx: F84.0 Autistic disorder (dx 09/30/2024, Renata Silva, PhD, psychologist)")
    w.p(f"Assessment: Vineland-3 interview form {f_us(vb)} — ABC 61; EFL {f_us(D('2026-01-22'))} — "
        "Foundational skills profile")
    w.p(("LONG-TERM / SHORT-TERM OBJECTIVES", "b"))
    w.p(("LTO 1 (Communication): ", "b"), "Zara will use her speech-generating device to make 15 different "
        "requests across the day. Baseline: 3 requests/day. Mastery: 15 different requests per day on 5 "
        "consecutive days. Target: 07/31/2026.")
    w.p("   STO 1.1  10 different requests per day on 3 consecutive days by 04/30/2026.")
    w.p(("LTO 2 (Self-care): ", "b"), "Zara will put on her coat and zip it independently. Mastery: 100% "
        "independent on 5 consecutive opportunities. Target: 05/29/2026.")
    w.p("   STO 2.1  Coat on with partial physical prompt for the zipper only, 4 of 5 opportunities, by "
        "04/03/2026.")
    w.p(("LTO 3 (Behavior): ", "b"), "Biting will decrease to zero episodes. Baseline: 4 per week. Mastery: "
        "0 episodes for 6 consecutive weeks.")
    w.p("   STO 3.1  Biting at or below 1 per week for 3 consecutive weeks.")
    w.p(("LTO 4 (Caregiver): ", "b"), "Zara's grandmother will use planned ignoring with redirection during "
        "tantrums. Baseline: 30% fidelity. Mastery: 85% fidelity on 3 consecutive home visits. Target: "
        "05/15/2026.")
    w.p(("SERVICE REQUEST", "b"))
    w.p("97153 — 20 hours/week;  97155 — 4 hours/week;  97156 — 2 hours/week (grandmother and father).")
    w.p(("SIGNATURES", "b"))
    w.p(f"Lauren Beaumont, BCBA  ·  e-signed {f_us(pdate)}")
    w.p(f"Winston Lind (father)  ·  e-signed {f_us(D('2026-02-03'))}")
    w.save(name)
    label(name, "commercial-aba", asof, gaps=[["baseline-missing"], ["goal-not-time-bound"]],
          notes="Gaps: LTO 2 (coat and zipper) records no baseline, itself or on its STO; LTO 3 (biting) and "
                "its STO have no target date or time frame. Layout: 'LTO n (Domain):' paragraphs with inline "
                "Baseline/Mastery/Target sentences and indented 'STO n.n' lines, bullet-dot separated "
                "identifiers, services in one line.")


@plan
def u32():
    name = "u32_aba_adhd_primary.docx"
    pdate, ps, pe, review, vb, asof = (D("2026-01-26"), D("2026-02-02"), D("2026-07-31"), D("2026-07-17"),
                                       D("2026-01-12"), D("2026-02-10"))
    aba_check(pdate, ps, pe, review, vb, asof)
    w = W(font="Cambria", size=10.5, author="Prairie Path Behavioral")
    w.p(("Prairie Path Behavioral Services", "b"), align="c", size=13)
    w.p("Behavior Treatment Plan / Request for Services", align="c")
    w.table([
        [["Youth: ", ("Declan F. Morrissey", "b")], ["Date of birth: ", ("10/08/2016", "b")]],
        [["Member ID: ", ("HMO-220-58-1177", "b")], ["Guardian: ", ("Siobhan Morrissey", "b")]],
        [["Plan date: ", (f_us(pdate), "b")], ["Service dates: ", (f"{f_us(ps)} through {f_us(pe)}", "b")]],
        [["Review date: ", (f_us(review), "b")], ["Analyst: ", ("Jerome Castillo, BCBA", "b")]],
    ], widths=[3.3, 3.3])
    w.blank()
    w.p(("Diagnoses", "b"))
    w.p("Primary: F90.2 Attention-deficit hyperactivity disorder, combined type — diagnosed 05/20/2025 by "
        "Amara Eze, MD (child psychiatry).")
    w.p("Secondary: F80.2 Mixed receptive-expressive language disorder — SLP evaluation 06/2025.")
    w.p(("Assessments", "b"))
    w.p(f"Vineland-3 ({f_us(vb)}): ABC 71.  ABAS-3 teacher form (01/14/2026): GAC 68.  FBA completed "
        "01/2026: out-of-seat and calling out maintained by attention.")
    w.p(("Goals", "b"))
    for n, (stmt, base, mast, due) in enumerate([
        ("Declan will remain seated during 15-minute homework periods.", "4 minutes on average",
         "15 minutes seated in 4 of 5 homework periods for 2 weeks", "05/29/2026"),
        ("Declan will raise his hand and wait to be called on during group instruction.", "10% of opportunities",
         "80% of opportunities across 3 consecutive observations", "06/30/2026"),
        ("Calling out will decrease to 3 or fewer per 30-minute group lesson.", "17 per lesson",
         "3 or fewer per lesson for 10 consecutive lessons", "07/17/2026"),
        ("Mrs. Morrissey will deliver labeled praise and a token system at home with 90% fidelity.",
         "40% fidelity", "90% fidelity on 3 consecutive observations", "04/30/2026"),
    ], 1):
        w.p((f"Goal {n}. ", "b"), stmt)
        w.p(f"Baseline — {base}.  Mastery — {mast}.  Target date — {due}.", indent=0.4, size=9.5)
    w.p(("Services", "b"))
    w.p("97153: 12 hours per week    97155: 2 hours per week    97156: 1 hour per week")
    w.p(("Signatures", "b"))
    w.p(f"Jerome Castillo, BCBA — {f_us(pdate)}")
    w.p(f"Siobhan Morrissey, parent — {f_us(pdate)}")
    w.save(name)
    label(name, "commercial-aba", asof, gaps=[["diagnosis-not-covered"]],
          notes="Gap: the primary diagnosis is ADHD (F90.2), with a language disorder secondary; no autism "
                "spectrum diagnosis. Layout: 2x4 inline-label table, goals 'Goal n.' with one indented "
                "'Baseline — / Mastery — / Target date —' line each, services on one line.")


@plan
def u33():
    name = "u33_aba_fba_only.docx"
    pdate, ps, pe, review, asof = D("2026-03-23"), D("2026-04-01"), D("2026-09-30"), D("2026-09-18"), D("2026-04-06")
    assert pe <= add_months(ps, 6) and days(pdate, review) <= LIM["aba_review_days"]
    w = W(font="Verdana", size=9, author="Coastal Kids Behavior")
    w.p(("Coastal Kids Behavior Therapy", "b"), size=12)
    w.p("Treatment Plan", size=11)
    w.p(("Client: ", "b"), "Amari J. Whitcombe      ", ("DOB: ", "b"), "12/14/2020      ",
        ("Policy #: ", "b"), "TFX 771-20-4458")
    w.p(("Caregiver: ", "b"), "Latisha Whitcombe (mother)      ", ("Plan date: ", "b"), f_us(pdate))
    w.p(("Authorization requested: ", "b"), f"{f_us(ps)} – {f_us(pe)}      ", ("Plan review: ", "b"),
        f_us(review))
    w.p(("Diagnosis: ", "b"), "F84.0 Autistic disorder (Dr. Felipe Aranda, PsyD, 08/07/2025)")
    w.p(("Assessment procedures", "b"))
    w.bullets([
        "Functional behavior assessment: structured caregiver interview 03/10/2026",
        "Direct observation in home and preschool, ABC recording, 03/11–03/18/2026 (6 hours)",
        "Paired-stimulus preference assessment 03/12/2026",
        "Record review: developmental pediatrics report, IEP draft",
    ])
    w.p(("Summary: ", "b"), "Amari communicates with single words and leading. Screaming and throwing "
        "objects occur mainly when preferred items are removed (tangible function).")
    w.p(("Goals", "b"))
    t = w.table([
        ["Goal", "Baseline", "Mastery criterion", "Target"],
        ["Amari will request \u201cmore\u201d, \u201chelp\u201d and \u201cstop\u201d vocally or with a sign.",
         "0 independent requests", "3 requests each emitted independently 10+ times/day for 5 days",
         "07/31/2026"],
        ["Amari will tolerate \u201cwait\u201d for 60 seconds without screaming.", "8 seconds",
         "60 s in 80% of trials over 3 sessions", "08/28/2026"],
        ["Screaming/throwing will decrease to 2 or fewer episodes per day.", "11 per day",
         "2 or fewer per day for 3 consecutive weeks", "09/18/2026"],
        ["Ms. Whitcombe will prompt and reinforce requests at home using most-to-least prompting.",
         "20% of steps correct", "90% of steps correct on 3 consecutive home sessions", "06/30/2026"],
    ], header=True, widths=[2.8, 1.2, 1.8, 0.8], size=8.5)
    w.p(("Hours requested", "b"))
    w.p("97153 direct therapy 15 h/week · 97155 supervision 3 h/week · 97156 caregiver training 1 h/week")
    w.p(("Signed", "b"))
    w.p(f"Ngozi Adeyemi, BCBA, LBA     {f_us(pdate)}")
    w.p(f"Latisha Whitcombe, parent     {f_us(D('2026-03-24'))}")
    w.save(name)
    label(name, "commercial-aba", asof, gaps=[["assessment-missing"]], unsure=["assessment-outdated"],
          notes="Gap: only an FBA (caregiver interview), direct observation, a preference "
                "assessment and record review; no standardized skills or adaptive assessment (VB-MAPP, "
                "ABLLS-R, Vineland-3...). assessment-outdated left out of must_not_report. Layout: Verdana "
                "form with inline bold labels, bullet assessment list, goal table, 'h/week' line.")


@plan
def u34():
    name = "u34_aba_annual_period.docx"
    pdate, ps, pe, review, vb, asof = (D("2026-02-16"), D("2026-03-01"), D("2027-02-28"), D("2026-08-14"),
                                       D("2024-12-09"), D("2026-03-02"))
    assert pe > add_months(ps, 6) and days(pdate, review) <= LIM["aba_review_days"]
    assert days(vb, pdate) > LIM["aba_assess_days"]
    w = W(font="Calibri", size=10, margins=0.7, author="Summit Autism Collaborative")
    w.header("SUMMIT AUTISM COLLABORATIVE  —  CONFIDENTIAL", align="c")
    w.p(("Annual Treatment Plan Update", "b"), size=14)
    t = w.table([
        ["Client name", "Rosalind Q. Haverkamp", "Client DOB", "05/05/2017"],
        ["Insurance member number", "KPA 0931 5561 7", "Parent / legal guardian", "Desmond Haverkamp"],
        ["Plan completed", f_us(pdate), "Plan effective", f"{f_us(ps)} to {f_us(pe)} (12 months)"],
        ["6-month progress review", f_us(review), "Lead BCBA", "Yvette Marchand, PhD, BCBA-D"],
    ], widths=[1.6, 1.8, 1.6, 1.8], size=9)
    w.blank()
    w.p(("Diagnosis", "b"))
    w.p("F84.0 — Autism spectrum disorder without accompanying intellectual impairment (coded F84.0). "
        "Diagnosed 03/02/2021 by Theodore Grant, PhD, licensed psychologist.")
    w.p(("Standardized assessment", "b"))
    w.p(f"VB-MAPP (last full administration {f_us(vb)}): Milestones 132/170; Barriers 9. A new "
        "administration is planned for the spring.")
    w.p(("Target areas", "b"))
    items = [
        ("1", "Social", "Rosalind will start and keep a 4-turn conversation on a peer-chosen topic.",
         "1-turn exchanges; 10% of opportunities", "4 turns in 80% of opportunities, 3 consecutive sessions",
         "08/14/2026"),
        ("2", "Executive function", "Rosalind will use a written checklist to finish a 3-part homework task "
                                    "without adult prompts.", "1 of 3 parts", "3 of 3 parts on 5 consecutive "
                                                                             "school days", "06/30/2026"),
        ("3", "Behavior", "Verbal outbursts (yelling, insults) will decrease.", "5 per day",
         "no more than 1 per day over 20 consecutive school days", "08/14/2026"),
        ("4", "Caregiver", "Mr. Haverkamp will run the evening routine visual schedule with 90% fidelity.",
         "55% fidelity", "90% fidelity on 3 consecutive observations", "05/29/2026"),
    ]
    gt = w.table([["#", "Area", "Target", "Baseline", "Mastery", "Date"]] + [list(i) for i in items],
                 header=True, widths=[0.3, 1.0, 2.4, 1.2, 1.6, 0.8], size=8.5)
    w.p(("Services requested per week", "b"))
    w.table([["97153", "10 hours"], ["97155", "2 hours"], ["97156", "1 hour"]], widths=[1.0, 1.5])
    w.p(("Attestation", "b"))
    w.p("I attest that this plan reflects the current needs of the client and was reviewed with the family.",
        size=9, italic=True)
    w.p(f"Yvette Marchand, PhD, BCBA-D  (signed)  {f_us(pdate)}")
    w.p(f"Desmond Haverkamp, guardian  (signed)  {f_us(D('2026-02-18'))}")
    w.save(name)
    label(name, "commercial-aba", asof, gaps=[["duration-exceeds-limit"], ["assessment-outdated"]],
          notes="Gaps: the plan period runs 12 months (3/1/2026-2/28/2027; the profile allows 6); the only "
                "standardized assessment (VB-MAPP 12/9/2024) is 434 days older than the plan (a warning). "
                "Layout: 4-column identification grid, 6-column target table, services as a small 2-column "
                "table under a 'per week' heading, attestation text before signature lines.")


@plan
def u35():
    name = "u35_aba_unsigned_guardian.docx"
    pdate, ps, pe, review, vb, asof = (D("2026-04-13"), D("2026-04-20"), D("2026-10-19"), D("2026-10-05"),
                                       D("2026-03-30"), D("2026-04-27"))
    aba_check(pdate, ps, pe, review, vb, asof)
    w = W(font="Arial", size=9.5, author="Bluebonnet ABA")
    w.p(("Bluebonnet ABA Therapy", "b"), size=12, color="1F3864")
    w.p("TREATMENT PLAN — Comprehensive ABA", size=10)
    w.table([
        ["Patient", "Ximena L. Quintanilla"],
        ["Date of Birth", "2021-08-19"],
        ["Member ID", "BCBSTX XQG 60377219"],
        ["Parent", "Rocío Quintanilla"],
        ["Plan Date", f_iso(pdate)],
        ["Authorization Span", f"{f_iso(ps)} → {f_iso(pe)}"],
        ["Reassessment / Plan Review", f_iso(review)],
    ], widths=[2.0, 4.0], bold_col0=True)
    w.blank()
    w.p(("Diagnosis", "b"))
    w.p("F84.0 Autistic disorder. Diagnostic evaluation 01/28/2026 by Benedikt Sauer, MD, developmental "
        "pediatrician.")
    w.p(("Assessment results", "b"))
    w.p(f"VB-MAPP {f_iso(vb)}: Milestones 24 (Level 1); Barriers 38. Vineland-3 {f_iso(D('2026-04-01'))}: "
        "ABC 59.")
    for dom, rows in [
        ("Communication", [("Ximena will mand for 10 preferred items using a picture exchange.", "2 items",
                            "10 items, independent, 3 consecutive days", "2026-08-31")]),
        ("Social", [("Ximena will take turns in a simple game for 3 turns.", "0 turns",
                     "3 turns in 4 of 5 opportunities", "2026-09-30")]),
        ("Daily living", [("Ximena will drink from an open cup without spilling.", "spills 8 of 10 trials",
                           "spills 1 or fewer in 10 trials on 3 days", "2026-07-31")]),
        ("Family training", [("Rocío will use a first-then board during meals with 90% fidelity.",
                              "30% fidelity", "90% on 3 consecutive observations", "2026-06-30")]),
    ]:
        w.p((dom, "b"))
        w.table([["Goal", "Baseline", "Mastery", "Target date"]] + [list(r) for r in rows], header=True,
                widths=[3.0, 1.2, 1.7, 0.9], size=8.5)
    w.p(("Service request", "b"))
    w.table([["CPT", "Hours/week"], ["97153", "22"], ["97155", "4.5"], ["97156", "2"]], header=True,
            widths=[1.0, 1.2])
    w.p(("Signatures", "b"))
    w.table([
        ["BCBA", "Harriet Ngata, MS, BCBA", "Signature: Harriet Ngata", "Date: " + f_iso(pdate)],
        ["Parent/Guardian", "Rocío Quintanilla", "Signature: ____________________", "Date: __________"],
    ], widths=[1.2, 1.9, 2.3, 1.2])
    w.save(name)
    label(name, "commercial-aba", asof, gaps=[["signature-missing"]],
          notes="Gap: the parent/guardian signature and date are blank lines. Layout: vertical key/value "
                "table with ISO dates and an arrow in the authorization span, one small goal table per domain "
                "(the caregiver one titled 'Family training'), CPT/hours table, signature table.")


# ============================================================================================
# State licensure profiles with the baseline payer profile
# ============================================================================================


@plan
def u36():
    name = "u36_pa_commercial_no_intake_date.docx"
    pdate, asof = D("2026-02-17"), D("2026-03-12")
    w = W(font="Calibri", size=10.5, author="Allegheny Bridge Counseling")
    w.p(("Allegheny Bridge Counseling Center", "b"), size=13)
    w.p("Licensed Outpatient Psychiatric Clinic — Individual Treatment Plan", size=10)
    w.blank()
    w.table([
        ["Individual", "Theresa M. Kowalski-Dunn", "Birth date", "08/14/1979"],
        ["Insurance", "Highmark PPO", "ID #", "HMK 442 918 3306"],
        ["Date of plan", f_us(pdate), "Expected duration", "4 months (to 06/17/2026)"],
    ], widths=[1.2, 2.4, 1.3, 1.8])
    w.blank()
    w.p(("Diagnoses: ", "b"), "F43.10 Post-traumatic stress disorder, unspecified (primary); F51.01 Primary "
        "insomnia")
    w.p(("Goal #1: ", "b"), "Theresa will feel safe driving again after the accident.")
    w.p("      Objective 1.a: Drive her own car on local roads at least 3 times per week, per driving log, by "
        "04/30/2026.")
    w.p("      Objective 1.b: PCL-5 score from 47 to 30 or less by 05/29/2026.")
    w.p(("Goal #2: ", "b"), "Theresa will sleep through the night on most nights.")
    w.p(("Goal #3: ", "b"), "Theresa will return to full-time hours at work.")
    w.p("      Objective 3.a: Work 8-hour shifts on at least 4 days per week for 4 consecutive weeks by "
        "06/12/2026.")
    w.p(("Modalities", "b"))
    w.p("Trauma-focused CBT (prolonged exposure), 90837, 60 minutes weekly — Andrea Kim, LCSW.")
    w.p("Medication evaluation and management, 99214, every 4–6 weeks — Dr. Felix Amsel, MD (psychiatrist).")
    w.blank()
    w.p(("Signatures", "b"))
    w.table([
        ["Individual", "Theresa M. Kowalski-Dunn", f_us(pdate)],
        ["Mental health professional", "Andrea Kim, LCSW", f_us(pdate)],
        ["Psychiatrist approval", "Felix Amsel, MD", f_us(D("2026-02-19"))],
    ], widths=[2.2, 2.8, 1.2])
    w.save(name)
    label(name, "base-treatment-plan", asof, states=["pa-55-5200"],
          gaps=[["objective-missing"], ["field-missing"]],
          notes="Gaps: Goal #2 (sleep) has no objectives; the plan gives no intake/admission date, so the "
                "30-day deadline cannot be checked. Layout: 3x4 identification grid with insurance ID, goals "
                "with indented 'Objective 1.a' lines, modality lines, signature table.")


@plan
def u37():
    name = "u37_ny_inpatient_rehab_ctp.docx"
    adm, pdate, md, asof = D("2026-01-05"), D("2026-01-09"), D("2026-01-12"), D("2026-01-30")
    assert days(adm, pdate) <= LIM["ny_plan_days"] and days(adm, md) <= LIM["ny_md_days"]
    w = W(font="Times New Roman", size=10.5, author="Hudson Ridge Recovery")
    w.header("Hudson Ridge Recovery Center · OASAS Certified Inpatient Rehabilitation (Part 818) · "
             "Op. Cert. #31-455", align="c", size=8)
    w.p(("COMPREHENSIVE TREATMENT PLAN", "b"), align="c", size=13)
    w.table([
        ["Patient name", "Raymond K. Ostrowski", "Date of birth", "03/29/1983"],
        ["Medicaid CIN", "KT48213P", "Case #", "HRR-26-0041"],
        ["Admission date", f_us(adm), "Plan date", f_us(pdate)],
        ["Primary counselor", "Maribel Santos, CASAC-2", "Attending physician", "Conrad Ilunga, MD"],
    ], widths=[1.4, 2.0, 1.5, 1.9])
    w.blank()
    w.p(("DIAGNOSES", "b"))
    w.p("F10.20  Alcohol use disorder, severe (Alcohol dependence, uncomplicated) — primary")
    w.p("F12.20  Cannabis use disorder, moderate (Cannabis dependence, uncomplicated)")
    w.p("F33.1   Major depressive disorder, recurrent, moderate")
    w.p(("PROBLEM AREAS, GOALS AND METHODS", "b"))
    blocks = [
        ("Problem 1 — Alcohol and cannabis use",
         "Goal: Raymond will remain abstinent and leave with a written relapse-prevention plan.",
         ["Identify 5 personal triggers and a coping response for each, written in his workbook, by "
          "01/20/2026.", "Attend 100% of scheduled groups each week (attendance roster)."],
         "Individual counseling 1x/week (45 min); relapse-prevention group 5x/week; 12-step orientation "
         "group 2x/week; naltrexone 50 mg daily per MD."),
        ("Problem 2 — Depressed mood",
         "Goal: Raymond's mood will improve enough to engage in outpatient care after discharge.",
         ["PHQ-9 from 17 to 10 or lower by 02/02/2026.", "Attend the first outpatient mental health "
                                                         "appointment within 7 days of discharge."],
         "Psychiatric evaluation and medication management weekly; CBT-based mood group 2x/week."),
        ("Problem 3 — Housing / family",
         "Goal: Secure sober housing before discharge.",
         ["Complete 2 sober-living applications with the case manager by 01/23/2026."],
         "Case management 2x/week; family session with sister 1x during stay."),
    ]
    for prob, goal, objs, methods in blocks:
        w.p((prob, "b"))
        w.p(goal, indent=0.25)
        for i, o in enumerate(objs, 1):
            w.p(f"Objective {i}: {o}", indent=0.5)
        w.p(("Methods/approaches: ", "i"), methods, indent=0.25)
    w.p(("Estimated length of stay: ", "b"), "21–28 days.   ", ("Discharge criteria: ", "b"),
        "objectives met, medically stable, aftercare appointment scheduled.")
    w.p(("REVIEW AND SIGNATURES", "b"))
    w.p("Patient participated in developing this plan:  ☒ Yes  ☐ No", size=9.5)
    w.table([
        ["Signature", "Title", "Date"],
        ["Raymond K. Ostrowski", "Patient", f_us(pdate)],
        ["Maribel Santos, CASAC-2", "Responsible clinical staff member", f_us(pdate)],
        ["Conrad Ilunga, MD", "Physician — reviewed and approved", f_us(md)],
    ], header=True, widths=[2.5, 2.8, 1.2])
    boilerplate(w, "Patient Handbook Extract: Rights, Unit Rules, Confidentiality", extra=[
        "Visiting hours are Saturday and Sunday 1–4 p.m. after the first 7 days. All packages are searched.",
        "Leaving against clinical advice: please talk to your counselor first. Naloxone will be offered to "
        "everyone at discharge."])
    w.save(name)
    label(name, "base-treatment-plan", asof, states=["ny-oasas-818"],
          notes="Clean. NY OASAS inpatient rehabilitation plan: Medicaid CIN as the member identifier, "
                "admission and plan dates in a grid (4 days apart), problem/goal/objective/methods blocks, "
                "physician review signed 7 days after admission in a signature/title/date table.")


@plan
def u38():
    name = "u38_ny_physician_late.docx"
    adm, pdate, md, asof = D("2025-11-10"), D("2025-11-14"), D("2025-11-24"), D("2025-12-05")
    assert days(adm, pdate) <= LIM["ny_plan_days"] and days(adm, md) > LIM["ny_md_days"]
    w = W(font="Arial", size=9.5, author="Seneca Lake Treatment Center")
    w.p(("SENECA LAKE TREATMENT CENTER", "b"), size=12)
    w.p("Inpatient Rehabilitation — Individualized Treatment Plan", size=10)
    w.p(f"Resident: Kayla D. Fairbanks | DOB 06/02/1996 | Medicaid CIN: WQ73190M | Admitted: {f_us(adm)} | "
        f"Plan: {f_us(pdate)}")
    w.p("Diagnosis: F11.20 Opioid dependence, uncomplicated (primary); F41.1 Generalized anxiety disorder; "
        "F17.210 Nicotine dependence, cigarettes, uncomplicated")
    w.table([
        ["Problem", "Goal", "Objectives", "Interventions / who / how often"],
        ["Opioid use disorder; 2 prior overdoses", "Stable on buprenorphine and opioid-free",
         "a) Take buprenorphine/naloxone daily as ordered, 100% of doses (MAR)\nb) Complete an overdose "
         "prevention plan and naloxone training before discharge",
         "Medical staff: MOUD daily; counselor: individual session 2x/week; naloxone training 1x"],
        ["Anxiety", "Manage anxiety without substances",
         "a) GAD-7 from 15 to 9 or less by 12/08/2025\nb) Demonstrate 2 grounding skills in group by "
         "11/24/2025", "Coping-skills group 3x/week; psychiatric follow-up weekly"],
        ["Tobacco", "Reduce and stop smoking", "a) Use NRT patch daily; 0 cigarettes on unit (smoke-free "
                                                 "campus)", "Nursing: NRT daily; tobacco group 1x/week"],
    ], header=True, widths=[1.3, 1.5, 2.4, 1.6], size=8.5)
    w.p("Length of stay estimate: 28 days.  Aftercare: OTP referral, IOP.", size=9)
    w.p(("Signatures", "b"))
    w.p(f"Resident: Kayla D. Fairbanks — {f_us(pdate)}")
    w.p(f"Primary counselor: Tyrone Waweru, LMHC, CASAC — {f_us(pdate)}")
    w.p(f"Medical director review: Ingeborg Halvorsen, DO — {f_us(md)}")
    w.save(name)
    label(name, "base-treatment-plan", asof, states=["ny-oasas-818"], gaps=[["signature-late"]],
          notes="Gap: admitted 11/10/2025, physician (DO) reviewed and signed 11/24/2025, 14 days after "
                "admission (New York: within 10). Layout: pipe-separated identification line with Medicaid "
                "CIN, one 4-column problem/goal/objectives/interventions table with a), b) objectives, "
                "signature lines with role prefixes.")


@plan
def u39():
    name = "u39_fl_residential_level2.docx"
    adm, pdate, qp, asof = D("2026-02-02"), D("2026-02-10"), D("2026-02-13"), D("2026-03-03")
    assert days(adm, pdate) <= LIM["fl_days"]["residential level 2"] and days(pdate, qp) <= LIM["fl_qp_days"]
    w = W(font="Calibri", size=10, author="Gulf Breeze Recovery")
    w.p(("Gulf Breeze Recovery Residence", "b"), size=13, color="006666")
    w.p("Individualized Treatment Plan (65D-30)", size=10)
    w.table([
        ["Individual:", "Duane A. Whitlock-Hayes", "DOB:", "12/01/1990"],
        ["Medicaid/Ins. ID:", "FL MCD 8830475521", "Client #:", "GBR-1187"],
        ["Date of admission:", f_us(adm), "Date of plan:", f_us(pdate)],
        ["Level of care:", "Residential Level 2", "Primary counselor:", "Alyssa Brennan, CAP"],
    ], style=None, widths=[1.5, 2.1, 1.4, 1.8])
    w.blank()
    w.p(("Diagnostic impression", "b"))
    w.p("F15.20 Other stimulant dependence, uncomplicated (methamphetamine) — primary; F10.10 Alcohol abuse, "
        "uncomplicated")
    w.p(("Goals, measurable objectives and services", "b"))
    t = w.table([
        ["Goal", "Objective (behavioral, measurable)", "Expected completion", "Service / frequency"],
        ["1. Stop methamphetamine and alcohol use", "1a. All random urine drug screens negative (at least "
                                                    "2 per week)", "04/03/2026",
         "UDS 2x weekly; individual counseling 1x weekly"],
        ["", "1b. List 6 high-risk situations and a written coping plan for each", "02/27/2026",
         "Relapse prevention group 5x weekly"],
        ["2. Rebuild daily structure and work skills", "2a. Follow the house schedule with 0 missed "
                                                       "groups per week for 4 consecutive weeks", "03/20/2026",
         "Life skills group 3x weekly"],
        ["", "2b. Complete 3 job applications with the vocational specialist", "03/27/2026",
         "Vocational session 1x weekly"],
        ["3. Repair family relationships", "3a. Take part in 2 family sessions with his mother",
         "03/31/2026", "Family session every other week"],
    ], header=True, widths=[1.6, 2.6, 1.0, 1.6], size=9, shade_header="D5E8E8")
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(3, 0).merge(t.cell(4, 0))
    w.p("Expected length of stay: 60–90 days.", size=9.5)
    w.blank()
    w.p(("Signatures", "b"))
    w.p("I helped develop this plan and I agree with it.", italic=True, size=9)
    w.p(f"Individual: Duane A. Whitlock-Hayes        Date: {f_us(pdate)}")
    w.p(f"Counselor: Alyssa Brennan, CAP              Date: {f_us(pdate)}")
    w.p(f"Qualified professional review: Norah Fitzgerald, LMHC, clinical director      Date: {f_us(qp)}")
    w.save(name)
    label(name, "base-treatment-plan", asof, states=["fl-65d-30"],
          notes="Clean. Florida residential level 2: admission and plan 8 days apart (15 allowed), level of "
                "care in the identification grid, 4-column goal/objective/completion/service table where goal "
                "cells are left blank for a goal's second objective, QP countersignature 3 days later.")


@plan
def u40():
    name = "u40_fl_day_night_vague_objective.docx"
    adm, pdate, asof = D("2026-01-12"), D("2026-01-20"), D("2026-02-09")
    assert days(adm, pdate) <= LIM["fl_days"]["day/night treatment"]
    w = W(font="Arial", size=9.5, author="Palmetto Pathways")
    w.p(("PALMETTO PATHWAYS BEHAVIORAL HEALTH", "b"), size=12)
    w.p("Substance Abuse Treatment Plan", size=10)
    w.p(("Client name: ", "b"), "Yesenia P. Alvarado-Cruz", ("     DOB: ", "b"), "9/17/1987",
        ("     Medicaid #: ", "b"), "7710045928")
    w.p(("Admission: ", "b"), f_us_nz(adm), ("     Plan completed: ", "b"), f_us_nz(pdate),
        ("     Level of care: ", "b"), "Day/Night Treatment")
    w.p(("Diagnosis: ", "b"), "F11.21 Opioid dependence, in remission (early, on MOUD); F43.10 Post-traumatic "
        "stress disorder, unspecified")
    w.p(("Problem 1: ", "b"), "Opioid use disorder — risk of relapse.")
    w.p(("Goal: ", "b"), "Maintain recovery.")
    w.p("Objective 1.1 — Attend 4 of 4 scheduled day-treatment days each week, per attendance log, by "
        "02/27/2026.")
    w.p("Objective 1.2 — Produce negative urine drug screens for all non-prescribed opioids on every weekly "
        "test through 03/13/2026.")
    w.p("Intervention: Day treatment groups 4 days/week; individual counseling weekly; UDS weekly.")
    w.p("(Buprenorphine is prescribed by her community physician and is not a program service.)", size=9,
        italic=True)
    w.p(("Problem 2: ", "b"), "Trauma symptoms that trigger cravings.")
    w.p(("Goal: ", "b"), "Manage trauma symptoms without using.")
    w.p("Objective 2.1 — Yesenia will work on her trauma and gain insight into her triggers by 03/13/2026.")
    w.p("Intervention: Seeking Safety group 2x/week; individual trauma-informed counseling weekly.")
    w.blank()
    w.p(f"Client signature: Yesenia P. Alvarado-Cruz    date {f_us_nz(pdate)}")
    w.p(f"Staff signature: Oscar Delgado, CAP    date {f_us_nz(pdate)}")
    w.save(name)
    label(name, "base-treatment-plan", asof, states=["fl-65d-30"], gaps=[["objective-not-measurable"]],
          notes="Gap: Objective 2.1 'will work on her trauma and gain insight into her triggers' states no "
                "measurable behavior. Plan 8 days after admission to day/night treatment (10 allowed). "
                "Layout: inline-label header lines, 'Problem / Goal / Objective 1.1 / Intervention' "
                "paragraphs, signature lines with lowercase 'date'.")


@plan
def u41():
    name = "u41_fl_community_housing_plan.docx"
    adm, pdate, qp, asof = D("2026-03-02"), D("2026-03-11"), D("2026-03-18"), D("2026-04-01")
    assert days(adm, pdate) <= 10 and days(pdate, qp) <= LIM["fl_qp_days"]
    w = W(font="Cambria", size=10, author="New Tide Recovery")
    w.header("New Tide Recovery Services  ·  Day/Night with Community Housing  ·  Licensed under 65D-30 F.A.C.",
             align="c")
    w.p(("TREATMENT PLAN", "b"), align="c", size=13)
    w.kv("Person served", "Clement R. Abernathy-Ngata")
    w.kv("Date of birth", "February 9, 1978")
    w.kv("Payer / ID", "Sunshine Health Medicaid — ID 5529018847")
    w.kv("Admitted", f_long(adm))
    w.kv("Plan written", f_long(pdate))
    w.kv("Program / level of care", "Day or night treatment with community housing")
    w.blank()
    w.p(("Diagnoses (ICD-10-CM)", "b"))
    w.p("F10.20 Alcohol dependence, uncomplicated (primary)   ·   F14.20 Cocaine dependence, uncomplicated")
    w.p(("Goal A — Sobriety", "b"))
    w.p("A1. Blow 0.00 on every breathalyzer test at the residence (daily) for 30 consecutive days, by "
        "April 30, 2026.")
    w.p("A2. Attend 3 community recovery meetings per week with signed attendance slips, by April 15, 2026.")
    w.p(("Goal B — Health", "b"))
    w.p("B1. Keep 100% of primary care and liver clinic appointments scheduled during the plan, by May 29, "
        "2026.")
    w.p(("Goal C — Employment", "b"))
    w.p("C1. Obtain part-time work of at least 15 hours a week by May 29, 2026.")
    w.p(("Services", "b"))
    w.table([
        ["Service", "Frequency"],
        ["Day treatment program (groups)", "5 days/week, 4 hours/day"],
        ["Individual counseling", "weekly, 50 min"],
        ["Case management (employment, benefits)", "every 2 weeks"],
        ["Breathalyzer / urine screens", "daily / random weekly"],
    ], header=True, widths=[3.5, 2.5])
    w.p("Projected length of treatment: 90 days.", size=9.5)
    w.p(("Signatures", "b"))
    w.table([
        ["Person served", "Clement R. Abernathy-Ngata", f_us(pdate)],
        ["Counselor (author)", "Priscilla Odom, BA, CAC-trainee", f_us(pdate)],
        ["Qualified professional — countersignature", "Edgar Villalobos, LCSW", f_us(qp)],
    ], widths=[2.5, 2.7, 1.1])
    w.save(name)
    label(name, "base-treatment-plan", asof, states=["fl-65d-30"],
          notes="Clean. Florida day/night treatment with community housing: plan 9 days after admission, "
                "plan written by a counselor trainee and countersigned by an LCSW 7 days later (10 allowed). "
                "Layout: label lines with long dates, 'Goal A / A1' numbering, services table, signature "
                "table.")


@plan
def u42():
    name = "u42_ca_ntp_maintenance_plan.docx"
    adm, pdate, sup, mdd, nxt, asof = (D("2026-01-06"), D("2026-01-30"), D("2026-02-04"), D("2026-02-06"),
                                       D("2026-04-03"), D("2026-03-02"))
    assert days(adm, pdate) <= LIM["ca_plan_days"] and days(adm, nxt) <= LIM["ca_review_days"]
    assert days(pdate, sup) <= LIM["ca_sign_days"] and days(pdate, mdd) <= LIM["ca_sign_days"]
    assert mdd <= asof < nxt
    w = W(font="Arial", size=9.5, author="Golden Valley NTP")
    w.p(("GOLDEN VALLEY TREATMENT CLINIC — Narcotic Treatment Program", "b"), size=11)
    w.p("Initial Maintenance Treatment Plan (CCR Title 9, §10305)", size=9.5, italic=True)
    idt = w.table([
        ["Patient", "Hector L. Ibarra-Quon", "DOB", "04/18/1972", "Medi-Cal CIN", "91844203A"],
        ["Maintenance start", f_us(adm), "Plan effective", f_us(pdate), "Plan update due", f_us(nxt)],
    ], widths=[1.1, 1.5, 0.9, 1.0, 1.1, 1.2], size=8.5)
    cell = idt.rows[1].cells[5]
    cell.text = ""
    w.tracked(cell.paragraphs[0], deleted="05/06/2026", inserted=f_us(nxt), author="QA nurse",
              date="2026-01-30T17:05:00Z")
    w.blank()
    w.p(("Diagnosis: ", "b"), "F11.20 Opioid dependence, uncomplicated (opioid use disorder, severe)")
    w.p(("Medication: ", "b"), "Methadone 85 mg PO daily, observed dosing; take-homes per 42 CFR 8.12 "
        "criteria.")
    w.p(("Long-range goal", "b"))
    w.p("Hector will stop all illicit opioid use and keep stable employment as a delivery driver.")
    w.p(("Short-term goals", "b"))
    w.table([
        ["No.", "Short-term goal", "Target date", "Who / method"],
        ["1", "Urine drug screens negative for fentanyl and heroin on 4 consecutive monthly tests",
         "04/03/2026", "Counselor; monthly observed UDS"],
        ["2", "Attend individual counseling at least 2 times per month, 50 minutes each", "03/31/2026",
         "Primary counselor"],
        ["3", "Complete hepatitis C confirmatory testing and attend 1 hepatology appointment", "03/20/2026",
         "Nurse / medical"],
        ["4", "Keep 100% of scheduled dosing days, with 0 missed doses, for 8 consecutive weeks",
         "04/03/2026", "Dispensing nurse"],
    ], header=True, widths=[0.4, 3.3, 0.9, 1.8], size=8.5)
    w.blank()
    w.p(("Review and countersignatures", "b"))
    w.table([
        ["Primary counselor", "Marisol Vega-Toomey, SUDCC-II", f_us(pdate)],
        ["Patient", "Hector L. Ibarra-Quon", f_us(pdate)],
        ["Supervising counselor — reviewed", "Delbert Okafor, LAADC", f_us(sup)],
        ["Medical director — reviewed and countersigned", "Anjali Ramakrishnan, MD", f_us(mdd)],
    ], widths=[2.8, 2.6, 1.1])
    w.footer("GVTC-TP-01 · Plan must be updated at least every 3 months")
    boilerplate(w, "Patient Orientation: Rights, Take-Home Rules and Emergency Numbers",
                extra=["Take-home doses must be kept in the locked box provided and out of reach of children. "
                       "Lost or stolen doses are not replaced."])
    w.save(name)
    label(name, "base-treatment-plan", asof, states=["ca-title9-ntp"],
          notes="Clean. California NTP initial maintenance plan: 6-column identification grid with "
                "Medi-Cal CIN, maintenance start, plan effective date and plan update due (87 days after "
                "admission), short-term goal table with target dates, supervising counselor and medical "
                "director countersignatures 5 and 7 days after the plan. The 'Plan update due' cell holds a tracked "
                "change (05/06/2026 deleted, 04/03/2026 inserted); a rights page follows.")


@plan
def u43():
    name = "u43_ca_ntp_six_month_review.docx"
    adm, pdate, sup, mdd, nxt, asof = (D("2025-11-03"), D("2025-11-24"), D("2025-11-26"), D("2025-12-15"),
                                       D("2026-05-24"), D("2025-12-22"))
    assert days(adm, pdate) <= LIM["ca_plan_days"] and days(adm, nxt) > LIM["ca_review_days"]
    assert days(pdate, sup) <= LIM["ca_sign_days"] and days(pdate, mdd) > LIM["ca_sign_days"]
    w = W(font="Calibri", size=10, author="Bayshore Opioid Treatment")
    w.p(("Bayshore Opioid Treatment Program", "b"), size=13)
    w.p("Treatment Plan", size=11)
    w.p(f"Name: Priscilla J. Oyelaran-Moss   DOB: {f_dmy(D('1989-07-07'))}   Medi-Cal CIN: 97730518B")
    w.p(f"Date admitted to maintenance: {f_dmy(adm)}   Plan date: {f_dmy(pdate)}")
    w.p("Counselor: Graham Whitt, CADC-II")
    w.p(("Dx: ", "b"), "F11.20 Opioid dependence, uncomplicated; F41.1 Generalized anxiety disorder")
    w.p(("Goal 1: ", "b"), "Reduce and stop illicit opioid use.")
    w.p(f"   Step 1 — Negative UDS for illicit opioids on 3 consecutive tests by {f_dmy(D('2026-02-20'))}.")
    w.p(f"   Step 2 — Identify 4 alternatives to using when anxious and practise them, by "
        f"{f_dmy(D('2026-01-16'))}.")
    w.p(("Goal 2: ", "b"), "Stabilize housing.")
    w.p(f"   Step 1 — Submit a Section 8 application with the case manager by {f_dmy(D('2026-01-30'))}.")
    w.p(("Services: ", "b"), "Buprenorphine/naloxone daily dosing; counseling 2x/month, 50 min; case "
        "management monthly; psychiatric consult for anxiety.")
    w.p(("Next treatment plan update: ", "b"), f_dmy(nxt))
    w.blank()
    w.p(f"Counselor signature: Graham Whitt, CADC-II — {f_dmy(pdate)}")
    w.p(f"Patient signature: Priscilla J. Oyelaran-Moss — {f_dmy(pdate)}")
    w.p(f"Clinical supervisor: Renata Lindqvist, LMFT — {f_dmy(sup)}")
    w.p(f"Medical Director: Samuel Achterberg, DO — {f_dmy(mdd)}")
    w.save(name)
    label(name, "base-treatment-plan", asof, states=["ca-title9-ntp"],
          gaps=[["review-interval-exceeded"], ["signature-late"]],
          notes="Gaps: next plan update set for 24-May-2026, 202 days after admission (every 3 months, "
                "checked as 92 days); the medical director countersigned 21 days after the plan (14 allowed). "
                "Layout: label lines with DD-Mon-YYYY dates, goals with 'Step 1 / Step 2' objectives, "
                "signature lines with role prefixes.")


@plan
def u44():
    name = "u44_tx_native_iop_plan.yaml"
    pdate, asof = D("2026-02-12"), D("2026-03-09")
    text = f"""schema: authcheck-plan/1
patient:
  name: Rodrigo E. Villarreal-Stokes
  birth_date: 1993-05-28
  member_id: "TXM 518 220 947"
payer: Superior HealthPlan (STAR)
discipline: sud
program: Intensive outpatient chemical dependency treatment
level_of_care: Intensive outpatient
admission_date: 2026-02-09
plan_date: {pdate.isoformat()}
expected_duration: 12 weeks (projected length of stay)
diagnoses:
  - {{code: F14.20, description: "Cocaine dependence, uncomplicated", primary: true}}
  - {{code: F10.10, description: "Alcohol abuse, uncomplicated"}}
problems:
  - label: Problem 1
    statement: Cocaine and alcohol use on weekends with loss of two jobs
    goals:
      - label: Goal 1
        statement: Rodrigo will stay free of cocaine and alcohol.
        objectives:
          - statement: Rodrigo will give negative urine drug screens for cocaine on every weekly test for 8 consecutive weeks.
            target_date: 2026-04-10
            interventions:
              - {{description: Urine drug screen, frequency: weekly}}
          - statement: Rodrigo will write a relapse prevention plan naming 5 triggers and 2 responses to each, and present it in group.
            target_date: 2026-03-13
            interventions:
              - {{description: Relapse prevention group, frequency: 3 times per week, amount: 3 hours}}
  - label: Problem 2
    statement: Unemployment and unstructured evenings
    goals:
      - label: Goal 2
        statement: Rodrigo will return to steady work.
        objectives:
          - statement: Rodrigo will submit at least 5 job applications per week for 4 weeks, shown on a job log.
            target_date: 2026-04-03
            interventions:
              - {{description: Individual counseling with vocational focus, frequency: weekly, amount: 50 minutes}}
services:
  - {{code: H0015, description: "Alcohol and/or drug services; intensive outpatient", frequency: 3 times per week, amount: 3 hours, duration: 12 weeks}}
  - {{code: H0004, description: "Behavioral health counseling and therapy, per 15 minutes", frequency: weekly, amount: 4 units, duration: 12 weeks}}
signatures:
  - {{role: client, name: Rodrigo E. Villarreal-Stokes, date: {pdate.isoformat()}, method: handwritten}}
  - {{role: clinician, name: Beatriz Solano, credential: LCDC, date: {pdate.isoformat()}, method: handwritten}}
"""
    write_text(name, text)
    label(name, "base-treatment-plan", asof, states=["tx-26tac-564"],
          notes="Clean plan in authcheck's native YAML: Texas intensive outpatient chemical dependency "
                "treatment with measurable, dated objectives, interventions with frequencies, HCPCS services "
                "with frequency, amount and duration, projected length of stay, client and LCDC signatures.")


@plan
def u45():
    name = "u45_tx_outpatient_plan_typos.docx"
    pdate, asof = D("2026-03-16"), D("2026-04-02")
    w = W(font="Times New Roman", size=11, author="Lone Star Recovery Outpatient")
    w.p(("LONE STAR RECOVERY — OUTPATIENT CHEMICAL DEPENDENCY SERVICES", "b"), align="c", size=11)
    w.p(("INDIVIDUALIZED TREATMENT PLAN", "b"), align="c", size=11)
    w.table([
        ["CLIENT", "Marcus D. Tillotson-Reyes"],
        ["D.O.B.", "10/30/1985"],
        ["MEDICAID / INS #", "TX 540-118-2279"],
        ["ADMIT DATE", "03/09/2026"],
        ["TX PLAN DATE", f_us(pdate)],
        ["PROJECTED LENGTH OF STAY", "16 weeks"],
    ], widths=[2.2, 4.0], bold_col0=True)
    w.blank()
    w.p(("DIAGNOSIS", "b"))
    w.p("F10.20  Alcohol dependence, uncomplicated (primary)")
    w.p("F12.20  Cannabis dependence, uncomplicated")
    w.p(("PROBLEM #1:", "b"), " Daily alcohol use; DWI arrest 01/2026; probation requirement.")
    w.p(("LONG TERM GOAL:", "b"), " Abstain from alcohol and complete probation terms.")
    w.p(("SHORT TERM OBJECTIVES:", "b"))
    w.p(f"1.1  Marcus will show 0.00 BAC on every portable breath test at group for 8 consecutive weeks by "
        f"{f_us(D('2026-05-11'))}.")
    w.p(f"1.2  Marcus will attend 2 AA or SMART meetings per week, verified by signed slips, by "
        f"{f_us(D('2026-04-27'))}.")
    w.p(("PROBLEM #2:", "b"), " Cannabis use to manage sleep and anxiety.")
    w.p(("LONG TERM GOAL:", "b"), " Stop cannabis use and use other ways to fall asleep.")
    w.p(("SHORT TERM OBJECTIVES:", "b"))
    w.p("2.1  Marcus will have urine drug screens negative for THC on 4 consecutive weekly tests.")
    w.p(f"2.2  Marcus will use a sleep routine with no screens after 10 p.m. on 5 of 7 nights, per sleep log, "
        f"by {f_us(D('2026-05-04'))}.")
    w.p(("STRATEGIES / SERVICES", "b"))
    w.table([
        ["Service", "Code", "Frequency", "Staff"],
        ["Group counseling (relapse prevention, DWI education)", "H0005", "2x per week, 90 min", "LCDC"],
        ["Individual counseling", "HOO04", "1x per week, 45 min", "LCDC"],
        ["Urine drug screen / breath test", "80305", "weekly", "Tech"],
    ], header=True, widths=[2.9, 0.8, 1.5, 0.9])
    w.blank()
    w.p("CLIENT SIGNATURE: Marcus D. Tillotson-Reyes          DATE: " + f_us(pdate))
    w.p("COUNSELOR SIGNATURE: Lorena Castañeda, LCDC          DATE: " + f_us(pdate))
    w.save(name)
    label(name, "base-treatment-plan", asof, states=["tx-26tac-564"],
          gaps=[["objective-not-time-bound"], ["service-code-invalid"]],
          notes="Gaps: objective 2.1 (THC screens) has no target date and its goal none either; the "
                "individual counseling code is typed 'HOO04' with letter O's (H0004 intended). Layout: "
                "all-caps vertical key table ('TX PLAN DATE', 'PROJECTED LENGTH OF STAY'), PROBLEM / LONG "
                "TERM GOAL / SHORT TERM OBJECTIVES with 1.1-style numbering, services table with codes.")


# ============================================================================================
# main
# ============================================================================================


def main():
    for old in OUT.iterdir():
        if old.suffix in (".docx", ".json", ".xml", ".yaml") and old.name[:1] == "u":
            old.unlink()
    LABELS.clear()
    for fn in PLANS:
        fn()
    files = sorted(p.name for p in OUT.iterdir() if p.name[:1] == "u" and p.suffix in (".docx", ".json",
                                                                                         ".xml", ".yaml"))
    labelled = sorted(e["file"] for e in LABELS)
    assert files == labelled, (set(files) ^ set(labelled))
    assert len(set(labelled)) == len(labelled)
    for e in LABELS:
        assert "readability" not in e["must_not_report"]
        for g in e["must_report"]:
            assert not set(g) & set(e["must_not_report"]), e["file"]
    (OUT / "labels.json").write_text(json.dumps(sorted(LABELS, key=lambda e: e["file"]), indent=2) + "\n",
                                     encoding="utf-8")
    clean = sum(1 for e in LABELS if not e["must_report"])
    print(f"{len(LABELS)} plans written ({clean} clean, {len(LABELS) - clean} with gaps)")


if __name__ == "__main__":
    main()
