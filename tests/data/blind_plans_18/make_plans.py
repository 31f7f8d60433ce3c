#!/usr/bin/env python3
"""Blind set 18 for authcheck: writes every plan (q01_... q45_...) and labels.json.

Deterministic: run with /work/main/.venv/bin/python make_plans.py; DOCX files are re-zipped with fixed
timestamps and fixed core properties, so two runs give byte-identical files.
Everything here is invented: agencies, clients, clinicians, member IDs and NPIs.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = dt.datetime(2026, 1, 1, 9, 0, 0)
D = dt.date

# Numbers from the profiles (payer_profiles/*.yaml, versions in force on the as-of dates used here); every
# date relation a label depends on is asserted against them in the plan functions below.
P = {
    "psy_current": 365,            # medicare-psychotherapy plan-current max_days
    "psy_max_duration": 365,       # duration-limit 1 year, strict (must be shorter)
    "pa_plan": 30,                 # pa-55-5200 plan-timely
    "opt_cert": 30,                # medicare-outpatient-therapy physician-signature-timely within_days
    "opt_recert": 90,              # medicare-outpatient-therapy review-interval max_days
    "hh_recert": 60,               # medicare-home-health review-interval max_days
    "aba_review": 184,             # commercial-aba review-interval max_days
    "aba_months": 6,               # commercial-aba duration-limit 6 months (not strict)
    "aba_assess": 365,             # commercial-aba assessment-recent max_age_days
    "ny_plan": 7, "ny_md": 10,     # ny-oasas-818 plan-timely, physician-signature-timely (from admission)
    "fl_plan": {"intensive inpatient": 3, "residential level 2": 15}, "fl_qp": 10,
    "ca_plan": 28, "ca_sign": 14, "ca_review": 92,
}


# ----------------------------------------------------------------------------------------------
# small utilities
# ----------------------------------------------------------------------------------------------

def days(a: dt.date, b: dt.date) -> int:
    return (b - a).days


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def luhn_ok(npi: str) -> bool:
    digits = [int(c) for c in "80840" + npi]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


def npi(base9: str) -> str:
    """A 10-digit NPI with a valid check digit over the 80840 prefix."""
    assert len(base9) == 9 and base9.isdigit()
    for c in "0123456789":
        if luhn_ok(base9 + c):
            return base9 + c
    raise AssertionError


def bad_npi(base9: str) -> str:
    good = npi(base9)
    bad = base9 + str((int(good[-1]) + 3) % 10)
    assert not luhn_ok(bad)
    return bad


def mdy(d):  # 03/02/2026
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def md(d):  # 3/2/2026
    return f"{d.month}/{d.day}/{d.year}"


def mdyy(d):  # 3/2/26
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def long(d):  # March 2, 2026
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def abbr(d):  # Mar 2, 2026
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def iso(d):
    return d.isoformat()


def dmy(d):  # 2 March 2026
    return f"{d.day} {d.strftime('%B')} {d.year}"


def dash(d):  # 03-02-2026
    return f"{d.month:02d}-{d.day:02d}-{d.year}"


# ----------------------------------------------------------------------------------------------
# DOCX helpers
# ----------------------------------------------------------------------------------------------

class W:
    """A thin wrapper over python-docx with the pieces these plans need."""

    def __init__(self, font="Calibri", size=11, landscape=False, margin=1.0, title="", author=""):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), font)
        sec = self.d.sections[0]
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Inches(11), Inches(8.5)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Inches(margin))
        cp = self.d.core_properties
        cp.title = title
        cp.author = author
        cp.last_modified_by = author
        cp.created = FIXED_DT
        cp.modified = FIXED_DT
        cp.last_printed = FIXED_DT
        cp.revision = 1
        cp.comments = ""
        cp.keywords = ""
        cp.subject = ""
        cp.category = ""
        self._ids = 100

    # -- text
    def runs(self, par, text, bold=False, italic=False, size=None, color=None, underline=False):
        """Add text with **bold** segments to a paragraph."""
        parts = text.split("**")
        for i, part in enumerate(parts):
            if not part:
                continue
            r = par.add_run(part)
            r.bold = bold or (i % 2 == 1)
            r.italic = italic
            r.underline = underline
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        return par

    def p(self, text="", bold=False, italic=False, size=None, align=None, style=None, color=None,
          space_after=None, underline=False):
        par = self.d.add_paragraph(style=style)
        self.runs(par, text, bold=bold, italic=italic, size=size, color=color, underline=underline)
        if align == "center":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if space_after is not None:
            par.paragraph_format.space_after = Pt(space_after)
        return par

    def h(self, text, level=1):
        return self.d.add_heading(text, level=level)

    def bullet(self, text, numbered=False):
        return self.p(text, style="List Number" if numbered else "List Bullet")

    def page_break(self):
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- header / footer
    def header(self, lines, align=None, size=9):
        hdr = self.d.sections[0].header
        par = hdr.paragraphs[0]
        for i, line in enumerate(lines):
            if i:
                par = hdr.add_paragraph()
            self.runs(par, line, size=size)
            if align == "center":
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif align == "right":
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return hdr

    def header_table(self, rows, size=8):
        hdr = self.d.sections[0].header
        t = hdr.add_table(rows=len(rows), cols=len(rows[0]), width=Inches(6.5))
        t.style = self.d.styles["Table Grid"]
        for r, row in enumerate(rows):
            for c, val in enumerate(row):
                cell = t.cell(r, c)
                cell.paragraphs[0].text = ""
                self.runs(cell.paragraphs[0], val, size=size)
        return t

    def footer(self, lines, size=8, align=None):
        ftr = self.d.sections[0].footer
        par = ftr.paragraphs[0]
        for i, line in enumerate(lines):
            if i:
                par = ftr.add_paragraph()
            self.runs(par, line, size=size)
            if align == "center":
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return ftr

    # -- tables
    def table(self, rows, style="Table Grid", header=False, widths=None, size=None, first_col_bold=False,
              shade_header=None, container=None):
        host = container if container is not None else self.d
        ncols = max(len(r) for r in rows)
        t = host.add_table(rows=len(rows), cols=ncols)
        if style:
            t.style = self.d.styles[style]
        for r, row in enumerate(rows):
            for c in range(ncols):
                val = row[c] if c < len(row) else ""
                self.fill(t.cell(r, c), val, bold=(header and r == 0) or (first_col_bold and c == 0), size=size)
                if shade_header and header and r == 0:
                    self.shade(t.cell(r, c), shade_header)
        if widths:
            for row in t.rows:
                for c, w in enumerate(widths):
                    if c < len(row.cells):
                        row.cells[c].width = Inches(w)
        return t

    def fill(self, cell, val, bold=False, size=None):
        lines = val.split("\n") if isinstance(val, str) else [str(val)]
        cell.paragraphs[0].text = ""
        self.runs(cell.paragraphs[0], lines[0], bold=bold, size=size)
        for line in lines[1:]:
            self.runs(cell.add_paragraph(), line, bold=bold, size=size)

    def merge_row(self, t, r, text, bold=True, shade=None, size=None):
        cells = t.rows[r].cells
        m = cells[0].merge(cells[-1])
        self.fill(m, text, bold=bold, size=size)
        if shade:
            self.shade(m, shade)
        return m

    def shade(self, cell, hexcolor):
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcolor)
        tcpr.append(shd)

    # -- content controls
    def sdt_inline(self, par, value, tag, alias=None, label=None):
        """`label` as plain text, then `value` inside an inline content control."""
        if label:
            self.runs(par, label)
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        al = OxmlElement("w:alias")
        al.set(qn("w:val"), alias or tag)
        tg = OxmlElement("w:tag")
        tg.set(qn("w:val"), tag)
        self._ids += 1
        idel = OxmlElement("w:id")
        idel.set(qn("w:val"), str(self._ids))
        pr.extend([al, tg, idel])
        content = OxmlElement("w:sdtContent")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = value
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        content.append(r)
        sdt.extend([pr, content])
        par._p.append(sdt)
        return sdt

    def sdt_block(self, text_lines, tag):
        """A block-level content control holding paragraphs."""
        body = self.d.element.body
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        al = OxmlElement("w:alias")
        al.set(qn("w:val"), tag)
        tg = OxmlElement("w:tag")
        tg.set(qn("w:val"), tag)
        pr.extend([al, tg])
        content = OxmlElement("w:sdtContent")
        for line in text_lines:
            par = self.d.add_paragraph()
            self.runs(par, line)
            content.append(par._p)  # moves it from the body into the control
        sdt.extend([pr, content])
        body.insert(len(body) - 1, sdt)  # before sectPr
        return sdt

    # -- tracked changes
    def _rev(self, tagname, text, author, date, deleted=False):
        self._ids += 1
        el = OxmlElement(tagname)
        el.set(qn("w:id"), str(self._ids))
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), date + "T10:00:00Z")
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.text = text
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        el.append(r)
        return el

    def ins(self, par, text, author, date):
        par._p.append(self._rev("w:ins", text, author, date))

    def dele(self, par, text, author, date):
        par._p.append(self._rev("w:del", text, author, date, deleted=True))

    def comment(self, par, text, author, initials, when=FIXED_DT):
        c = self.d.add_comment(par.runs, text=text, author=author, initials=initials)
        c._comment_elm.date = when
        return c

    def save(self, name):
        buf = io.BytesIO()
        self.d.save(buf)
        write_stable_zip(os.path.join(OUT, name), buf.getvalue())


def write_stable_zip(path, data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def write_text(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


# ----------------------------------------------------------------------------------------------
# labels
# ----------------------------------------------------------------------------------------------

BASE = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
        "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
KINDS = {
    "base-treatment-plan": BASE,
    "medicare-psychotherapy": BASE | {
        "credential-missing", "signature-missing", "duration-exceeds-limit", "duration-missing",
        "goal-not-measurable", "goal-missing", "intervention-missing", "objective-not-measurable",
        "objective-not-time-bound", "plan-outdated", "amount-missing", "frequency-missing"},
    # service-amount is info only under this profile: amount-missing is never listed
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
ALL_KINDS = set().union(*KINDS.values())

LABELS: list[dict] = []


def label(file, payer, as_of, states=(), gaps=(), unsure=(), notes=""):
    gaps = [list(g) for g in gaps]
    for g in gaps:
        for k in g:
            assert k in ALL_KINDS, k
    kinds = set(KINDS[payer])
    for s in states:
        kinds |= KINDS[s]
    for g in gaps:
        for k in g:
            assert k in kinds, (file, k)
    excluded = {k for g in gaps for k in g} | set(unsure)
    args = ["--payer", payer]
    for s in states:
        args += ["--state", s]
    args += ["--as-of", as_of.isoformat()]
    LABELS.append({
        "file": file,
        "check_with": args,
        "must_report": gaps,
        "must_not_report": sorted(kinds - excluded),
        "notes": notes,
    })


# ----------------------------------------------------------------------------------------------
# shared boilerplate
# ----------------------------------------------------------------------------------------------

CRISIS = ("If you are in crisis, call or text 988 (Suicide & Crisis Lifeline), call the county crisis line "
          "at 1-800-555-0147, or go to the nearest emergency room. Our office is not staffed after 5 pm.")
RIGHTS = ("You have the right to take part in planning your treatment, to refuse any part of it, to see this plan, "
          "and to ask for a copy. You may file a grievance without fear of losing services. A copy of the "
          "Notice of Privacy Practices was offered to you at intake.")
CONSENT_TX = ("I took part in writing this plan. It was explained to me in words I understand. I agree with the "
              "goals and the services listed, and I know I can ask to change this plan at any time.")


# ==============================================================================================
# Psychotherapy (medicare-psychotherapy, some with pa-55-5200)
# ==============================================================================================

def q01():
    """Rural PA clinic, key/value table on top, goals table, signature table. Clean."""
    f = "q01_laurel_ridge_mdd_tx_plan.docx"
    intake, plan, as_of = D(2026, 1, 8), D(2026, 1, 29), D(2026, 3, 16)
    end = add_months(plan, 6)
    psy = D(2026, 2, 3)
    assert 0 <= days(intake, plan) <= P['pa_plan'] and days(plan, end) < P['psy_max_duration'] and psy <= as_of
    w = W(font="Arial", size=10, title="Individualized Treatment Plan", author="Laurel Ridge Counseling Center")
    w.header(["Laurel Ridge Counseling Center  |  412 Mill Street, Pine Hollow, PA 16999  |  (814) 555-0132",
              "Licensed Outpatient Psychiatric Clinic"], align="center")
    w.footer(["CONFIDENTIAL: protected by 42 CFR Part 2 and HIPAA. Do not re-disclose.   Form LR-TP-04 (rev. 8/2023)"])
    w.p("INDIVIDUALIZED TREATMENT PLAN", bold=True, size=14, align="center")
    w.p("Initial Plan  ☒      Plan Update  ☐      Discharge Plan  ☐", align="center")
    w.table([
        ["Client Name:", "Marjorie E. Tasker", "Record #:", "LR-20417"],
        ["Date of Birth:", "04/22/1956", "Medicare ID (MBI):", "3HK7TN4WP28"],
        ["Intake/Admission Date:", mdy(intake), "Plan Date:", mdy(plan)],
        ["Primary Therapist:", "Colleen Brandt, LCSW", "Program:", "Adult Outpatient"],
    ], first_col_bold=False, size=9)
    w.p("")
    w.p("DIAGNOSES (ICD-10-CM)", bold=True)
    w.table([["Code", "Description", "Primary"],
             ["F33.1", "Major depressive disorder, recurrent, moderate", "X"],
             ["F41.1", "Generalized anxiety disorder", ""]], header=True, size=9)
    w.p("")
    w.p("REASON FOR REFERRAL / PRESENTING PROBLEM", bold=True)
    w.p("Referred by her primary care provider after her husband's death in 2024. Reports low mood most days, "
        "poor sleep, stopped singing in the church choir, and worries about money and her health. PHQ-9 = 18 "
        "and GAD-7 = 14 at intake. No suicidal ideation; safety screen negative.")
    w.p("STRENGTHS / BARRIERS", bold=True)
    w.p("Strengths: close sister nearby, faith community, drives. Barriers: 40-minute drive in winter, hearing loss "
        "(prefers seating on her left side).")
    w.p("GOALS AND OBJECTIVES", bold=True)
    t = w.table([
        ["#", "Goal / Measurable Objective", "Target Date", "Responsible"],
        ["", "", "", ""],
        ["1a", "Marjorie will lower her PHQ-9 score from 18 to 9 or below.", mdy(D(2026, 4, 30)), "Client / therapist"],
        ["1b", "Marjorie will schedule and complete at least 3 pleasant activities each week (choir practice, "
               "visits with her sister, walks), recorded on her activity log.", mdy(D(2026, 3, 31)), "Client"],
        ["", "", "", ""],
        ["2a", "Marjorie will lower her GAD-7 score from 14 to 7 or below.", mdy(D(2026, 5, 29)), "Client / therapist"],
        ["2b", "Marjorie will use paced breathing or a grounding skill when she notices worry on at least 5 of 7 "
               "days, as shown on her weekly log.", mdy(D(2026, 4, 30)), "Client"],
    ], header=True, size=9, widths=[0.4, 4.1, 1.0, 1.0])
    w.merge_row(t, 1, "GOAL 1: Marjorie will return to the activities she values with a steadier mood "
                      "(\"I want to feel like myself again\").", shade="E7E6E6")
    w.merge_row(t, 4, "GOAL 2: Marjorie will worry less so that it no longer keeps her from sleeping or going out.",
                shade="E7E6E6")
    w.p("")
    w.p("INTERVENTIONS / MODALITIES", bold=True)
    w.table([["Service", "CPT", "Session length", "Frequency", "Provider"],
             ["Individual psychotherapy (CBT, behavioral activation, worry exposure)", "90837", "53-60 minutes",
              "Once weekly", "C. Brandt, LCSW"],
             ["Psychiatric evaluation and medication review (by referral)", "99213", "15-20 minutes",
              "Once a month", "A. Varghese, MD"]], header=True, size=9)
    w.p("")
    w.p(f"**Expected duration of treatment:** 6 months (through {mdy(end)}). **Next plan review:** {mdy(D(2026, 4, 29))}.")
    w.p("**Discharge criteria:** PHQ-9 under 10 and GAD-7 under 8 on two visits in a row; client reports she is back "
        "at choir.")
    w.p("CLIENT RIGHTS AND PARTICIPATION", bold=True)
    w.p(RIGHTS, size=8)
    w.p(CRISIS, size=8)
    w.p("SIGNATURES", bold=True)
    w.table([["Role", "Printed name / credentials", "Signature", "Date"],
             ["Client", "Marjorie E. Tasker", "Marjorie E. Tasker", mdy(plan)],
             ["Therapist", "Colleen Brandt, LCSW", "Colleen Brandt, LCSW", mdy(plan)],
             ["Psychiatrist approval", "Anil Varghese, MD", "A. Varghese MD", mdy(psy)]],
            header=True, size=9)
    w.save(f)
    label(f, "medicare-psychotherapy", as_of, states=["pa-55-5200"],
          notes="Clean. Rural PA clinic form: identifiers in a 4-column key/value table, goals table with merged "
                "goal rows, services table, signature table (client, LCSW, psychiatrist approval).")


def q02():
    """Solo practitioner, old plain-paragraph template. Clean."""
    f = "q02_big_timber_gad_plan.docx"
    plan, as_of = D(2026, 2, 9), D(2026, 4, 6)
    objs = [D(2026, 5, 4), D(2026, 4, 6), D(2026, 5, 31)]
    assert all(o > plan for o in objs) and as_of > plan
    w = W(font="Times New Roman", size=12, title="Treatment Plan", author="H. Ostrowski")
    w.p("HELEN OSTROWSKI, LCSW", bold=True, align="center")
    w.p("Counseling and Psychotherapy  ·  118 McLeod St., Big Timber, MT 59011  ·  406-555-0178", align="center", size=10)
    w.p("")
    w.p("TREATMENT PLAN", bold=True, underline=True)
    w.p("Name of client: Russell D. Hanneman          Date of birth: 11/02/1951")
    w.p("Medicare #: 5QW2-JH8-TR47          Secondary: none")
    w.p(f"Plan established: {md(plan)}")
    w.p("Diagnosis: F41.1  Generalized anxiety disorder")
    w.p("")
    w.p("Presenting concerns: Retired rancher, widower, referred by Dr. Mahoney for constant worry about his son's "
        "debts, trouble falling asleep, muscle tension, and avoiding the grange and church since the fall. GAD-7 15 "
        "at first visit 1/26/26.")
    w.p("")
    w.p("Goals and objectives:", bold=True)
    w.p("I.  Mr. Hanneman will spend less of his day worrying and will sleep better.")
    w.p(f"     A.  Reduce his GAD-7 score from 15 to 8 or less by {md(objs[0])}.")
    w.p(f"     B.  Sleep at least 6 hours on 5 of 7 nights, by his sleep diary, by {md(objs[1])}.")
    w.p("II.  Mr. Hanneman will get back to his community activities.")
    w.p(f"     A.  Attend the grange meeting or Sunday service at least twice a month by {md(objs[2])}.")
    w.p("")
    w.p("Treatment:", bold=True)
    w.p("Individual psychotherapy (90834), 45 minutes, once a week. Cognitive behavioral therapy for worry, "
        "stimulus control and sleep scheduling, graded return to activities. His daughter may join one session "
        "with his consent.")
    w.p("Estimated length of treatment: 16 weeks, then taper to every other week if goals are met.")
    w.p("")
    w.p("Mr. Hanneman helped write these goals and agrees with them. He was given the after-hours number and the "
        "988 crisis line.", italic=True)
    w.p("")
    w.p("Signature: Helen Ostrowski, LCSW")
    w.p(f"Date: {md(plan)}")
    w.footer(["Tx plan form – rev. 2009"], size=8)
    w.save(f)
    label(f, "medicare-psychotherapy", as_of,
          notes="Clean. Solo practitioner's old plain-paragraph template; roman-numeral goals with lettered "
                "objectives, service in a sentence, typed signature line at the end.")


def q03():
    """PA clinic EHR export, plan written 42 days after intake. Gap: plan-late."""
    f = "q03_susquehanna_valley_ehr_plan.docx"
    intake, plan, as_of = D(2026, 1, 5), D(2026, 2, 16), D(2026, 3, 20)
    assert days(intake, plan) == 42 and days(intake, plan) > P['pa_plan']
    w = W(font="Segoe UI", size=9, margin=0.7, title="Treatment Plan", author="TheraNest Export")
    w.header(["Susquehanna Valley Family Counseling  ·  Outpatient Clinic Lic. #PA-0000-OP (invented)",
              "Consumer: GRUBER, Dale A.   DOB: 07/14/1954   MA/Medicare ID: 7KM3VB6RT29   Chart: 55102"], size=8)
    w.footer(["Printed 03/18/2026 10:12 by front desk (kstamm)    Page 1 of 2"], size=7)
    w.p("Treatment Plan — Initial", bold=True, size=13)
    w.table([["Consumer", "Dale A. Gruber"], ["Date of Birth", "07/14/1954"],
             ["Member ID", "7KM3VB6RT29"], ["Intake Date", mdy(intake)], ["Plan Start Date", mdy(plan)],
             ["Clinician", "Amy Rhoads, LPC"], ["Location", "Selinsgrove office"]], size=8, widths=[1.6, 4.6])
    w.p("")
    w.p("Diagnosis", bold=True, size=11)
    w.table([["Rank", "ICD-10", "Description"], ["Primary", "F32.1", "Major depressive disorder, single episode, moderate"],
             ["2", "Z63.4", "Disappearance and death of family member"]], header=True, size=8)
    w.p("")
    w.p("Problems, Goals, Objectives", bold=True, size=11)
    w.p("Problem 1: Depressed mood since wife's stroke; quit woodworking, isolates, PHQ-9 16.", size=9)
    w.p("Goal 1: Dale will feel hopeful and re-engage in daily life.", size=9)
    w.p("    Objective 1.1: Decrease PHQ-9 from 16 to under 10.   Target: 05/15/2026   Status: Open", size=9)
    w.p("    Objective 1.2: Spend at least 2 hours a week in his woodshop or at the senior center, per "
        "self-report log.   Target: 04/17/2026   Status: Open", size=9)
    w.p("    Intervention: CBT / behavioral activation, 45-minute individual sessions (90834), weekly. Staff: A. Rhoads, LPC", size=9)
    w.p("Problem 2: Caregiver strain.", size=9)
    w.p("Goal 2: Dale will share caregiving tasks so he has time for himself.", size=9)
    w.p("    Objective 2.1: Arrange respite or family help for at least 4 hours a week, per log.   Target: "
        "04/17/2026   Status: Open", size=9)
    w.p("    Intervention: problem-solving therapy within the same weekly session; referral to Area Agency on Aging.", size=9)
    w.p("")
    w.p("Expected Duration: 26 weeks", size=9)
    w.p("Review Due: 05/18/2026", size=9)
    w.p("")
    w.p("Signatures", bold=True, size=11)
    w.p(f"Consumer: Dale A. Gruber — signed on tablet {mdy(plan)} 14:05", size=8)
    w.p(f"Clinician: Electronically signed by Amy Rhoads, LPC on {mdy(plan)} 14:22", size=8)
    w.p(f"Supervising psychiatrist approval: Electronically signed by Kathleen Moyer, MSN, CRNP on {mdy(D(2026, 2, 19))} 09:41",
        size=8)
    w.save(f)
    label(f, "medicare-psychotherapy", as_of, states=["pa-55-5200"], gaps=[["plan-late"]],
          notes="Gap: intake 01/05/2026, plan 02/16/2026 = 42 days, PA allows 30. EHR export: identifiers in "
                "header, two-column demographics table, indented objective lines, e-signature lines; approval by a "
                "CRNP (nurse practitioner).")


def q04():
    """Small NM group practice; PTSD coded as the F43.1 category. Gap: diagnosis-code-not-billable."""
    f = "q04_sangre_de_cristo_ptsd_plan.docx"
    plan, as_of = D(2026, 3, 4), D(2026, 4, 13)
    end = D(2026, 9, 30)
    assert days(plan, end) < P['psy_max_duration']
    w = W(font="Georgia", size=10.5, title="Treatment Plan", author="Sangre de Cristo Psychological Services")
    w.p("Sangre de Cristo Psychological Services, PC", bold=True, size=13)
    w.p("Taos · Española · telehealth     Tel 575-555-0193     Fax 575-555-0194", size=9)
    w.p("")
    w.p("Outpatient Psychotherapy Treatment Plan", bold=True, size=12)
    w.p(f"Pt: Eusebio R. Martínez     DOB: 9/17/1948     Medicare MBI: 2RT5-GH3-XK82     Date: {md(plan)}")
    w.p("Clinician: Dr. Lorraine Baca, PhD, Licensed Psychologist (NM #PSY-0000)")
    t = w.table([["Diagnostic impression (DSM-5-TR / ICD-10-CM)"],
                 ["F43.1  Posttraumatic stress disorder   (primary)\nZ91.82  Personal history of military deployment"]],
                size=10)
    w.shade(t.cell(0, 0), "D9E2F3")
    w.p("")
    w.p("History in brief: Vietnam veteran; nightmares and startle worsened after a house fire in 2025. PCL-5 = 52. "
        "Prefers not to use the VA clinic (3 hours away).")
    w.p("Goal A – Fewer and less intense trauma symptoms.", bold=True)
    w.bullet(f"A1. PCL-5 score will fall from 52 to 33 or lower by {md(D(2026, 6, 30))}.")
    w.bullet(f"A2. Nightmares will drop from 5 nights a week to 2 or fewer, by sleep log, by {md(D(2026, 7, 31))}.")
    w.p("Goal B – Back to daily routines he has avoided.", bold=True)
    w.bullet(f"B1. Drive to the Española grocery store alone at least once a week for 4 weeks in a row by {md(D(2026, 6, 30))}.")
    w.p("Plan of treatment", bold=True)
    w.p("Cognitive processing therapy, 12 protocol sessions, then maintenance. Individual psychotherapy CPT 90837, "
        "60-minute sessions, weekly. Telehealth allowed when roads are closed.")
    w.p(f"Duration: through {md(end)} (about 7 months). Plan will be reviewed every 90 days.")
    w.p("")
    w.p(f"Clinician signature: /s/ Lorraine Baca, PhD          Date signed: {md(plan)}")
    w.p(f"Patient signature: /s/ Eusebio R. Martínez          Date: {md(plan)}")
    w.save(f)
    label(f, "medicare-psychotherapy", as_of, gaps=[["diagnosis-code-not-billable"]],
          notes="Gap: primary diagnosis written as F43.1 (a category; F43.10/F43.11/F43.12 are billable). Small "
                "group practice letter-style plan; diagnosis in a shaded one-column box; bulleted objectives; /s/ "
                "signatures.")


def q05():
    """PA clinic: psychiatry with therapy in one plan; EHR export with e-signature stamps. Clean."""
    f = "q05_keystone_psychiatry_and_therapy.docx"
    admit, plan, as_of = D(2026, 2, 2), D(2026, 2, 20), D(2026, 3, 9)
    review = D(2026, 8, 20)
    assert days(admit, plan) <= P['pa_plan'] and as_of > plan
    w = W(font="Calibri", size=10, margin=0.75, title="Integrated Treatment Plan", author="Keystone Behavioral Health")
    w.header_table([["Keystone Behavioral Health — Lewistown Clinic", "Patient: Derek J. Lamonte",
                     "DOB: 12/03/1960", "MBI: 8NP4-CX7-HW15"]])
    w.footer(["Generated from the electronic health record. Printed 03/02/2026. Page 1 of 3"], size=7)
    w.p("Integrated Psychiatric & Psychotherapy Treatment Plan", bold=True, size=14)
    w.table([["Admission Date", mdy(admit), "Plan Date", mdy(plan)],
             ["Psychiatric Provider", "Priya Natarajan, MD", "Therapist", "Tomas Ferreira, LPC"],
             ["Level of Care", "Outpatient", "Payer", "Medicare Part B"]], size=9)
    w.p("")
    w.h("Diagnoses", 2)
    w.p("1. F31.81 – Bipolar II disorder (primary)")
    w.p("2. F41.1 – Generalized anxiety disorder")
    w.h("Problem List and Goals", 2)
    w.table([
        ["Problem", "Long-term goal", "Short-term objective", "Target", "Baseline"],
        ["Mood instability", "Derek will keep his mood stable enough to keep his part-time job.",
         "Derek will have no more than 1 day a month rated 8+ on his daily mood chart (0-10).", mdy(D(2026, 5, 20)),
         "6 such days in January"],
        ["", "", "Derek will take lamotrigine as prescribed on at least 27 of 30 days (pill box check).",
         mdy(D(2026, 4, 20)), "about 20 of 30"],
        ["Anxiety", "Derek will manage worry about money and his health.",
         "GAD-7 from 13 to 7 or below.", mdy(D(2026, 6, 20)), "13"],
    ], header=True, size=9, shade_header="DDEBF7")
    w.h("Services", 2)
    w.table([["Service", "Code", "Amount", "Frequency", "Duration"],
             ["Medication management (E/M)", "99214", "25 minutes", "Monthly", "6 months"],
             ["Individual psychotherapy (CBT, IPSRT)", "90834", "45 minutes", "Weekly", "6 months"]],
            header=True, size=9, shade_header="DDEBF7")
    w.p(f"Anticipated duration: 6 months. Plan review by {mdy(review)}.", size=9)
    w.h("Crisis / Safety", 2)
    w.p("No current SI/HI. Safety plan reviewed and copy given. " + CRISIS, size=8)
    w.h("Signatures", 2)
    w.p(f"Patient signature: [signature captured on pad] Derek J. Lamonte    {mdy(plan)}", size=9)
    w.p(f"Electronically signed by Tomas Ferreira, LPC on {mdy(plan)} at 15:10 EST", size=9)
    w.p(f"Electronically signed by Priya Natarajan, MD (psychiatrist) on {mdy(plan)} at 16:42 EST — plan approved", size=9)
    w.save(f)
    label(f, "medicare-psychotherapy", as_of, states=["pa-55-5200"],
          notes="Clean. Psychiatry with therapy: E/M 99214 monthly and 90834 weekly; identifiers in a header table; "
                "problem/goal/objective grid with baseline column; e-signature stamps.")


def q06():
    """New clinician at a rural Idaho practice; no session length anywhere. Gap: amount-missing."""
    f = "q06_clearwater_new_clinician_plan.docx"
    plan, as_of = D(2026, 1, 27), D(2026, 3, 2)
    assert as_of > plan
    w = W(font="Calibri", size=11, title="Treatment Plan", author="Clearwater Counseling")
    w.p("Clearwater Counseling, Orofino ID", bold=True)
    w.p("TREATMENT PLAN", bold=True, size=14)
    w.p("Client: Wanda L. Pickett")
    w.p("DOB: 3/30/1957")
    w.p("Insurance: Medicare   ID: 6TG9-FD2-PN53")
    w.p(f"Date of plan: {mdy(plan)}")
    w.p("Therapist: Kayla Morrow, LCPC (first year licensed)")
    w.p("")
    w.p("Diagnosis", bold=True)
    w.p("F43.23 Adjustment disorder with mixed anxiety and depressed mood")
    w.p("")
    w.p("Goal #1", bold=True)
    w.p("Wanda will adjust to living in assisted living and feel less sad and nervous.")
    w.p(f"Objective 1: Wanda will go to at least 3 group activities at her residence each week by {mdy(D(2026, 3, 31))}.")
    w.p(f"Objective 2: Wanda's PHQ-9 will go from 14 to 7 or less by {mdy(D(2026, 4, 28))}.")
    w.p("Goal #2", bold=True)
    w.p("Wanda will sleep through the night most nights.")
    w.p(f"Objective 1: Wanda will sleep 6 or more hours on 5 of 7 nights, per staff sleep log, by {mdy(D(2026, 4, 28))}.")
    w.p("")
    w.p("Treatment", bold=True)
    w.p("Type of treatment: individual psychotherapy (supportive and CBT), in person at her residence")
    w.p("How often: 1x/week")
    w.p("Estimated duration: 20 weeks")
    w.p("")
    w.p("Therapist signature: Kayla Morrow, LCPC")
    w.p(f"Date: {mdy(plan)}")
    w.p(f"Client: Wanda L. Pickett   Date: {mdy(plan)}")
    w.save(f)
    label(f, "medicare-psychotherapy", as_of, gaps=[["amount-missing"]],
          notes="Gap: the psychotherapy service has type, frequency (1x/week) and duration but no session length "
                "and no CPT code. New clinician's one-page plan with label: value lines.")


def q07():
    """PA clinic, counseling intern under supervision; client signature line blank. Gap: signature-missing."""
    f = "q07_bucktail_intern_plan.docx"
    intake, plan, as_of = D(2026, 2, 10), D(2026, 3, 3), D(2026, 3, 30)
    sup, psy = D(2026, 3, 5), D(2026, 3, 9)
    assert days(intake, plan) <= P['pa_plan'] and plan <= sup <= as_of and psy <= as_of
    w = W(font="Cambria", size=10.5, title="Treatment Plan", author="Bucktail Community Mental Health")
    w.header(["Bucktail Community Mental Health — Emporium Satellite Office"], align="right")
    w.footer(["Individual served: Tyler J. Reinholt | DOB 08/09/1958 | Medicare ID 4WF6-KM2-QT90"], size=8)
    w.p("Individual Treatment Plan", bold=True, size=15)
    w.p("Training clinic – plan written by a graduate intern and reviewed by the licensed supervisor.", italic=True, size=9)
    w.table([["Individual served", "Tyler J. Reinholt", "Date of birth", "08/09/1958"],
             ["Date of intake", mdy(intake), "Date plan developed", mdy(plan)],
             ["Written by", "Rachel Amadi, MA, counseling intern", "Supervisor", "Louise Karr, PsyD"]], size=9)
    w.p("")
    w.p("Diagnosis: F42.2 Mixed obsessional thoughts and acts (primary); F41.1 Generalized anxiety disorder")
    w.p("")
    w.p("What Tyler wants: \"To stop checking the stove and locks so I can get out of the house on time.\"", italic=True)
    w.h("Goal 1 – Less time lost to checking", 3)
    w.p(f"1.1  Reduce checking rituals from about 2 hours a day to 30 minutes or less a day, by self-monitoring "
        f"form. Target date: {mdy(D(2026, 6, 1))}")
    w.p(f"1.2  Lower the Y-BOCS total from 24 to 15 or below. Target date: {mdy(D(2026, 6, 29))}")
    w.h("Goal 2 – Leave home on time for appointments", 3)
    w.p(f"2.1  Arrive on time to at least 4 of 5 scheduled appointments each week, per his planner. Target date: "
        f"{mdy(D(2026, 5, 4))}")
    w.h("Treatment modalities", 3)
    w.p("Exposure and response prevention (ERP) within individual psychotherapy, CPT 90837, 55-minute sessions, "
        "twice a week for 8 weeks, then weekly. Between-session practice assigned each visit.")
    w.p("Expected duration of treatment: 5 months.")
    w.p("")
    w.p("Signatures", bold=True)
    w.p("Individual served: ______________________________        Date: ____________")
    w.p(f"Intern: Rachel Amadi, MA (Graduate Intern)   signature: R. Amadi        Date: {mdy(plan)}")
    w.p(f"Clinical supervisor: Louise Karr, PsyD, Licensed Psychologist   signature: Louise Karr        Date: {mdy(sup)}")
    w.p(f"Psychiatric approval: Benjamin Shultz, DO   signature: B. Shultz DO        Date: {mdy(psy)}")
    w.save(f)
    label(f, "medicare-psychotherapy", as_of, states=["pa-55-5200"], gaps=[["signature-missing"]],
          notes="Gap: the individual's signature and date lines are blank (PA requires the individual's dated "
                "signature). Plan written by a graduate intern, countersigned by a psychologist supervisor and a DO; "
                "identifiers in the footer and a 4-column table.")


def q08():
    """Plan from 03/2025 with quarterly reviews written onto it; last review 02/23/2026 renews it. Clean."""
    f = "q08_sweetwater_plan_with_reviews.docx"
    plan, as_of = D(2025, 3, 10), D(2026, 4, 15)
    reviews = [D(2025, 6, 9), D(2025, 9, 8), D(2025, 12, 8), D(2026, 2, 23)]
    assert days(plan, as_of) > P['psy_current'] and days(reviews[-1], as_of) <= P['psy_current']
    assert all(days(a, b) > 0 for a, b in zip([plan] + reviews, reviews))
    w = W(font="Calibri", size=10.5, title="Treatment Plan and Reviews", author="Sweetwater Counseling Associates")
    w.header(["Sweetwater Counseling Associates · Rock Springs, WY"], size=8)
    w.p("Treatment Plan", bold=True, size=14)
    w.table([["Client", "Loretta M. Abeyta"], ["DOB", "05/05/1950"], ["Medicare ID", "9DX2-RK5-MV64"],
             ["Date plan established", mdy(plan)], ["Therapist", "Samuel Whitehorse, LCSW"]], size=9)
    w.p("")
    w.p("Diagnosis: F34.1 Dysthymic disorder")
    w.h("Original goals (03/10/2025)", 2)
    w.p("Goal 1. Loretta will have more good days than bad days.")
    w.p(f"   Obj 1a. BDI-II from 27 to 18 or below by {mdy(D(2025, 9, 10))}.")
    w.p(f"   Obj 1b. Call or visit a friend at least twice a week by {mdy(D(2025, 6, 10))}.")
    w.p("Services: Individual psychotherapy 90834, 45 min, weekly. Expected duration: 6 months.")
    w.p(f"Signed: Samuel Whitehorse, LCSW {mdy(plan)}; client Loretta M. Abeyta {mdy(plan)}")
    w.h("Plan reviews", 2)
    t = w.table([["Review date", "Progress", "Changes", "Signed"],
                 [mdy(reviews[0]), "1b met (3 calls/week). BDI-II 23.", "none", "S. Whitehorse, LCSW"],
                 [mdy(reviews[1]), "BDI-II 19; not yet met.", "continue; target moved to 12/10/2025", "S. Whitehorse, LCSW"],
                 [mdy(reviews[2]), "BDI-II 16: 1a met. New objective added.", "see update below", "S. Whitehorse, LCSW"],
                 [mdy(reviews[3]), "Annual update completed; goals rewritten below.", "see update below",
                  "S. Whitehorse, LCSW; L. Abeyta"]], header=True, size=9)
    w.h(f"Annual plan update — {mdy(reviews[3])}", 2)
    w.p("Diagnosis unchanged (F34.1). Loretta wants to keep the gains she made and to handle the anniversary of "
        "her son's death in June.")
    par = w.p("Goal 1 (updated). Loretta will keep her mood stable through the spring and summer.")
    w.comment(par, "Reworded with client at the 2/23 visit. – SW", "Samuel Whitehorse", "SW")
    par = w.p(f"   Obj 1a. Keep BDI-II at or below ")
    w.dele(par, "18", "Samuel Whitehorse", "2026-02-23")
    w.ins(par, "14", "Samuel Whitehorse", "2026-02-23")
    w.runs(par, f" at each monthly check through {mdy(D(2026, 8, 24))}.")
    w.p(f"   Obj 1b. Use her written coping plan on at least 4 of the 7 days around the June anniversary, per her "
        f"diary, by {mdy(D(2026, 6, 30))}.")
    par = w.p("Services (updated): Individual psychotherapy 90834, 45 min, ")
    w.dele(par, "weekly", "Samuel Whitehorse", "2026-02-23")
    w.ins(par, "every other week", "Samuel Whitehorse", "2026-02-23")
    w.runs(par, ". Anticipated additional duration: 6 months. Next review: 05/26/2026.")
    w.p(f"Update signed: Samuel Whitehorse, LCSW — {mdy(reviews[3])}.   Client: Loretta M. Abeyta — {mdy(reviews[3])}.")
    w.save(f)
    label(f, "medicare-psychotherapy", as_of,
          notes="Clean. A 03/2025 plan with a review table and an annual update written onto it (02/23/2026, "
                "completed and signed), so the plan is current on 04/15/2026 (51 days after the update; 401 after "
                "the original). Tracked changes (accept them: BDI-II 14, every other week) and a Word comment.")


def q09():
    """Seasoned therapist's plan, never updated: 392 days old on the date of service. Gap: plan-outdated."""
    f = "q09_prairie_rose_outdated_plan.docx"
    plan, as_of = D(2025, 1, 13), D(2026, 2, 9)
    assert days(plan, as_of) > P['psy_current']
    w = W(font="Arial", size=10, title="Plan of Care", author="Prairie Rose Family Therapy")
    w.p("PRAIRIE ROSE FAMILY THERAPY", bold=True, align="center")
    w.p("Plan of Care — Individual Psychotherapy", align="center")
    w.table([["Client", "Vernon T. Ashby", "Birthdate", "01/30/1947"],
             ["Medicare Beneficiary ID", "1YJ5-PT8-CD36", "Date", mdy(plan)]], size=9)
    w.p("")
    w.table([["Diagnosis", "F33.1 Major depressive disorder, recurrent, moderate"],
             ["Anticipated goals", "1) Vernon will get up and dressed by 9 am on at least 6 of 7 days by 04/14/2025.\n"
                                   "2) PHQ-9 will fall from 17 to below 10 by 06/13/2025.\n"
                                   "3) Vernon will eat 2 meals a day with his wife at the table on 5 of 7 days by 05/12/2025."],
             ["Type of treatment", "Individual psychotherapy (interpersonal therapy), CPT 90834"],
             ["Amount", "45 minutes"], ["Frequency", "Weekly"], ["Duration", "10 months"]],
            first_col_bold=True, size=10, widths=[1.8, 4.7])
    w.p("")
    w.p(f"Clinician: Gerald Pruitt, LMFT      Signature: Gerald Pruitt, LMFT      Date: {mdy(plan)}")
    w.save(f)
    label(f, "medicare-psychotherapy", as_of, gaps=[["plan-outdated"]],
          notes="Gap: plan dated 01/13/2025 and never reviewed; 392 days old on 02/09/2026 (limit 365). Seasoned "
                "therapist's compact two-column plan-of-care table; goals numbered 1)-3) in one cell.")


def q10():
    """Solo practice; therapist's credential appears nowhere. Gap: credential-missing."""
    f = "q10_lowe_counseling_no_credential.docx"
    plan, as_of = D(2026, 3, 12), D(2026, 4, 1)
    w = W(font="Calibri", size=11, title="Therapy Plan", author="Lowe Counseling")
    w.p("Lowe Counseling, PLLC — Kingman, AZ", bold=True)
    w.p("Therapy Plan", size=16, bold=True)
    w.p(f"Client: Beverly A. Kuntz     Date of birth: June 1, 1955     Medicare number: 5CE8-HR4-JW73")
    w.p(f"Plan date: {long(plan)}")
    w.p("Therapist: Ann Lowe")
    w.p("Diagnosis: F40.10 Social phobia, unspecified")
    w.p("Goals", bold=True)
    w.table([["Goal", "How we will measure it", "By"],
             ["Beverly will take part in her quilting group again.", "Attend the Thursday quilting group at least 3 "
              "times a month.", long(D(2026, 6, 12))],
             ["Beverly will feel less anxious around people.", "Social Phobia Inventory (SPIN) from 41 to 25 or below.",
              long(D(2026, 7, 10))]], header=True, size=10)
    w.p("")
    w.p("Treatment: individual psychotherapy, CBT with graded exposure — 90834, 45 minutes, once a week for "
        "4 months.")
    w.p("")
    w.p(f"/s/ Ann Lowe     {md(plan)}")
    w.p(f"Client signature: Beverly A. Kuntz     {md(plan)}")
    w.save(f)
    label(f, "medicare-psychotherapy", as_of, gaps=[["credential-missing"]],
          notes="Gap: the therapist signs \"/s/ Ann Lowe\" and no credential is written anywhere on the plan. "
                "One-page plan with a 3-column goal / measure / by-date table; long-form dates.")


def q11():
    """PA clinic; goal 2 has no objectives; one target date typed with last year. Gaps: objective-missing,
    date-inconsistent."""
    f = "q11_allegheny_highlands_plan.docx"
    intake, plan, as_of = D(2026, 1, 6), D(2026, 1, 20), D(2026, 2, 17)
    typo = D(2025, 4, 15)
    assert days(intake, plan) <= P['pa_plan'] and typo < plan
    w = W(font="Verdana", size=9, title="Treatment Plan", author="Allegheny Highlands Counseling")
    w.header(["Allegheny Highlands Counseling — Licensed Psychiatric Outpatient Clinic, Somerset PA"], size=8)
    w.p("TREATMENT PLAN", bold=True, size=12)
    w.table([["Client name", "Jamal K. Whitted", "Client DOB", "10/19/1959"],
             ["Medicare #", "2VB7-QN4-HK51", "Intake date", md(intake)],
             ["Plan date", md(plan), "Clinician", "Erin Polk, LPC"]], size=8)
    w.p("")
    w.p("Dx: F41.0 Panic disorder [episodic paroxysmal anxiety] (primary)")
    w.p("")
    w.p("PROBLEM 1: Panic attacks in stores and church.", bold=True)
    w.p(f"GOAL 1: Jamal will have fewer panic attacks. Target: {md(D(2026, 7, 20))}")
    w.p(f"   Objective 1A: Panic attacks will drop from 4 a week to 1 or fewer a week, by panic log. Target: {md(D(2026, 5, 20))}")
    w.p(f"   Objective 1B: Jamal will shop alone at the grocery store for 20 minutes without leaving, 3 weeks in a row. "
        f"Target: {md(typo)}")
    w.p("   Interventions: interoceptive exposure, breathing retraining; 90834 45 min weekly; E. Polk, LPC.")
    w.p("PROBLEM 2: Avoids driving on the highway.", bold=True)
    w.p(f"GOAL 2: Jamal will drive the 25 miles to his daughter's home on Route 219 at least twice a month. "
        f"Target: {md(D(2026, 7, 20))}")
    w.p("   Interventions: graded in-vivo exposure hierarchy built in session; homework log reviewed weekly.")
    w.p("")
    w.p("Expected length of treatment: 6 months")
    w.p("")
    w.table([["", "Signature", "Date"],
             ["Client", "Jamal K. Whitted", md(plan)],
             ["Clinician", "Erin Polk, LPC", md(plan)],
             ["Psychiatrist", "Harold Zimmerman, MD", md(D(2026, 1, 26))]], header=True, size=8)
    w.save(f)
    label(f, "medicare-psychotherapy", as_of, states=["pa-55-5200"],
          gaps=[["objective-missing"], ["date-inconsistent"]],
          notes="Gaps: Goal 2 has interventions but no objectives (PA requires goals and objectives); objective 1B's "
                "target date 4/15/2025 is before the 1/20/2026 plan date (year typo). Problem/goal/objective "
                "outline with indented lines.")


def q12():
    """Group practice plan 'for one year' with vague objectives. Gaps: duration-exceeds-limit,
    objective-not-measurable."""
    f = "q12_riverbend_one_year_plan.docx"
    plan, as_of = D(2026, 2, 2), D(2026, 3, 9)
    w = W(font="Calibri Light", size=11, title="Treatment Plan", author="Riverbend Behavioral Group")
    w.p("Riverbend Behavioral Group — Marietta, OH", bold=True)
    w.p("Master Treatment Plan", size=15)
    w.table([["Member", "Gloria P. Stanek"], ["Birth date", "02/28/1953"], ["Member ID (MBI)", "7HJ3-WE6-NX28"],
             ["Date", mdy(plan)], ["Provider", "Darnell Fisk, LISW-S"]], size=10)
    w.p("")
    w.p("Diagnosis: F41.0 Panic disorder [episodic paroxysmal anxiety]")
    w.p("")
    w.p("Goal: Gloria will decrease panic attacks from 3 per week to 0 per week.", bold=True)
    w.p(f"  • Objective A: Gloria will learn about the panic cycle. (by {mdy(D(2026, 4, 2))})")
    w.p(f"  • Objective B: Gloria will practice relaxation. (by {mdy(D(2026, 5, 4))})")
    w.p(f"  • Objective C: Gloria will gain insight into her fears. (by {mdy(D(2026, 6, 1))})")
    w.p("")
    w.p("Interventions: CBT for panic; individual psychotherapy 90837, 60 minutes, weekly.")
    w.p("Expected duration: 12 months")
    w.p("")
    w.p(f"Provider signature: Darnell Fisk, LISW-S   Date: {mdy(plan)}")
    w.save(f)
    label(f, "medicare-psychotherapy", as_of,
          gaps=[["duration-exceeds-limit"], ["objective-not-measurable"]],
          notes="Gaps: expected duration 12 months (the NGS article needs less than one year); objectives A-C say "
                "no measure or level (the goal itself is measurable). Short master plan with bullet objectives.")


# ==============================================================================================
# Medicare outpatient therapy (PT / OT / SLP)
# ==============================================================================================

def q13():
    """Rural PT private practice on the payer's numbered-box plan-of-care form. Clean."""
    f = "q13_ridgeline_pt_payer_form.docx"
    ev, cert_end, md_sig, as_of = D(2026, 2, 3), D(2026, 5, 3), D(2026, 2, 10), D(2026, 3, 2)
    assert days(ev, cert_end) <= P['opt_recert'] and days(ev, md_sig) <= P['opt_cert'] and md_sig <= as_of <= cert_end
    ther = npi("164829307")
    w = W(font="Arial", size=8.5, margin=0.5, title="Outpatient Rehabilitation Plan of Care / Certification",
          author="Ridgeline Physical Therapy")
    w.p("MEDICARE PART B — OUTPATIENT REHABILITATION PLAN OF CARE AND CERTIFICATION", bold=True, size=10, align="center")
    w.p("(Complete all items. Attach the initial evaluation. Form PB-OPR-2 (invented))", size=7, align="center")
    t = w.table([
        ["1. PATIENT'S LAST NAME, FIRST NAME, M.I.\nJenks, Harold W.", "2. DATE OF BIRTH\n07/30/1949",
         "3. MEDICARE NO. (MBI)\n4RK2-TA9-WD63", "4. PROVIDER NPI\n" + npi("182736450")],
        ["5. PROVIDER NAME\nRidgeline Physical Therapy, LLC — Ely, NV", "6. MEDICAL RECORD NO.\nRPT-3381",
         "7. ONSET DATE\n12/15/2025", "8. SOC / EVALUATION DATE\n" + mdy(ev)],
        ["9. TYPE\n☒ PT   ☐ OT   ☐ SLP   ☐ CR", "10. PRIMARY DIAGNOSIS (ICD-10-CM)\nM17.11 Unilateral primary osteoarthritis, right knee",
         "11. TREATMENT DIAGNOSIS\nR26.2 Difficulty in walking", "12. VISITS FROM SOC\n1"],
    ], size=8)
    w.p("")
    t2 = w.table([["13. PLAN OF TREATMENT — FUNCTIONAL GOALS", "PLAN"],
                  ["SHORT TERM (4 weeks, by " + mdy(D(2026, 3, 3)) + "):\n"
                   "1. R knee flexion AROM from 95° to 110°.\n"
                   "2. Ambulate 300 ft with single-point cane, modified independent, on level surfaces.\n"
                   "LONG TERM (8 weeks, by " + mdy(D(2026, 3, 31)) + "):\n"
                   "3. Ascend/descend 12 steps with one rail, reciprocal pattern, independent.\n"
                   "4. LEFS from 31/80 to 55/80 or more.\n"
                   "5. Stand from a standard chair without arms 5 times in 15 seconds or less.",
                   "Therapeutic exercise 97110, neuromuscular re-education 97112, gait training 97116, manual therapy "
                   "97140, home exercise program.\n\nPatient goal: \"walk to the post office and back.\""]],
                 header=True, size=8, widths=[4.3, 3.2])
    w.p("")
    w.table([["14. FREQUENCY / DURATION\n2x/week x 8 weeks", "15. PLAN ESTABLISHED (DATE)\n" + mdy(ev),
              "16. CERTIFICATION\nFROM " + mdy(ev) + "   THROUGH " + mdy(cert_end)]], size=8)
    w.p("")
    w.table([["17. SIGNATURE OF PROFESSIONAL ESTABLISHING THE PLAN (name, credentials, NPI)",
              "18. DATE"],
             [f"Luke Brenner, PT, DPT   NPI {ther}   (signed)", mdy(ev)],
             ["19. I CERTIFY THE NEED FOR THESE SERVICES FURNISHED UNDER THIS PLAN OF TREATMENT WHILE UNDER MY CARE.\n"
              "PHYSICIAN / NPP SIGNATURE: Nancy Oyelaran, MD (signed)   NPI " + npi("119283746"), "20. DATE\n" + mdy(md_sig)]],
            size=8)
    w.p("")
    w.p("Instructions: Item 19 must be signed and dated by the physician or NPP. A delayed certification must be "
        "accompanied by an explanation. Return the signed form by fax to 775-555-0121.", size=7, italic=True)
    w.save(f)
    label(f, "medicare-outpatient-therapy", as_of,
          notes="Clean. The payer's numbered-box plan-of-care/certification form; STG/LTG in one cell with shared "
                "dates; frequency/duration box; physician certification box with NPI. Evaluation 02/03/2026, "
                "certification 02/03-05/03 (89 days), signed 02/10.")


def q14():
    """Hospital outpatient neuro rehab: PT + OT + SLP in one plan of care, one certification. Clean."""
    f = "q14_high_plains_pt_ot_slp_stroke.docx"
    ev, cert_end, md_sig, as_of = D(2026, 3, 2), D(2026, 5, 30), D(2026, 3, 9), D(2026, 4, 6)
    assert days(ev, cert_end) <= P['opt_recert'] and days(ev, md_sig) <= P['opt_cert'] and as_of <= cert_end
    w = W(font="Calibri", size=10, margin=0.8, title="Interdisciplinary Plan of Care", author="High Plains Regional Medical Center")
    w.header(["High Plains Regional Medical Center — Outpatient Rehabilitation Services, Goodland KS"], size=8)
    w.footer(["Patient: Orville K. Brandt  |  DOB 02/11/1944  |  MBI 6WX9-HP3-TC47  |  MRN 004417"], size=8)
    w.p("INTERDISCIPLINARY OUTPATIENT PLAN OF CARE — PT / OT / SLP", bold=True, size=13)
    w.table([["Patient", "Orville K. Brandt", "DOB", "02/11/1944"],
             ["Medicare ID", "6WX9-HP3-TC47", "Referring physician", "Miriam Castellanos, MD (PM&R)"],
             ["Evaluations (first treatment day)", mdy(ev), "Plan of care date", mdy(ev)],
             ["Certification period", f"{mdy(ev)} to {mdy(cert_end)}", "Onset", "01/19/2026 (L MCA stroke)"]],
            size=9)
    w.p("")
    w.p("Diagnoses: I69.351 Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side "
        "(primary); I69.320 Aphasia following cerebral infarction; I69.391 Dysphagia following cerebral infarction.")
    for disc, who, lines, freq in [
        ("PHYSICAL THERAPY", "Gina Torres, PT",
         [f"LTG 1: Walk 250 ft with a quad cane and standby assist (SBA) on level surfaces by {mdy(D(2026, 5, 11))}.",
          f"LTG 2: Berg Balance Scale from 34/56 to 45/56 or more by {mdy(D(2026, 5, 11))}.",
          f"STG 1: Transfer bed to chair with contact guard assist (CGA) by {mdy(D(2026, 4, 6))}."],
         "PT 2x/week x 10 weeks (97110, 97112, 97116, 97530)"),
        ("OCCUPATIONAL THERAPY", "Heather Lindgren, OTR/L",
         [f"LTG 1: Upper-body dressing with set-up only by {mdy(D(2026, 5, 11))}.",
          f"LTG 2: R hand grip strength from 8 lb to 20 lb by {mdy(D(2026, 5, 11))}.",
          f"STG 1: Feed self with built-up utensils, minimal assist, for 75% of a meal by {mdy(D(2026, 4, 6))}."],
         "OT 2x/week x 10 weeks (97530, 97535, 97110)"),
        ("SPEECH-LANGUAGE PATHOLOGY", "Priscilla Oduya, MS, CCC-SLP",
         [f"LTG 1: Name common objects with 80% accuracy given semantic cues by {mdy(D(2026, 5, 11))}.",
          f"LTG 2: Tolerate soft and bite-sized solids with thin liquids with no signs of aspiration across 3 "
          f"consecutive meals by {mdy(D(2026, 5, 11))}.",
          f"STG 1: Follow 2-step commands with 90% accuracy by {mdy(D(2026, 4, 6))}."],
         "SLP 1x/week x 10 weeks (92507, 92526)")]:
        w.h(disc, 2)
        for line in lines:
            w.p(line)
        w.p(f"**Frequency / duration:** {freq}")
        w.p(f"Therapist: {who}   Date: {mdy(ev)}", italic=True)
    w.p("")
    w.p("Expected duration of the episode: 10 weeks. Re-evaluation and progress report every 10th visit per discipline.")
    w.p("")
    t = w.table([["PHYSICIAN CERTIFICATION"],
                 ["I have reviewed this plan of care and certify that the services are medically necessary.\n"
                  f"Miriam Castellanos, MD    NPI {npi('130572948')}    signed electronically {mdy(md_sig)}"]], size=9)
    w.shade(t.cell(0, 0), "D9D9D9")
    w.save(f)
    label(f, "medicare-outpatient-therapy", as_of,
          notes="Clean. One interdisciplinary plan with PT, OT and SLP sections (each with LTG/STG, frequency and "
                "therapist), one certification (89-day period, signed 7 days after the evaluations). Identifiers in "
                "a table and the footer.")


def q15():
    """Rural PT clinic; plan 'certified' by a chiropractor. Gap: credential-not-permitted."""
    f = "q15_sagebrush_pt_dc_certified.docx"
    ev, cert_end, dc_sig, as_of = D(2026, 2, 9), D(2026, 5, 9), D(2026, 2, 16), D(2026, 3, 9)
    assert days(ev, cert_end) <= P['opt_recert'] and days(ev, dc_sig) <= P['opt_cert']
    w = W(font="Calibri", size=10.5, title="PT Plan of Care", author="Sagebrush Physical Therapy")
    w.p("Sagebrush Physical Therapy  •  Burns, OR  •  541-555-0102", bold=True)
    w.p("Physical Therapy Initial Evaluation Summary & Plan of Care", size=13, bold=True)
    w.p(f"Pt name: Delbert R. Owings     DOB: 10/04/1952     MBI: 3MT8-EJ4-RW16")
    w.p(f"Eval date / first visit: {mdy(ev)}     POC date: {mdy(ev)}     Cert period: {mdy(ev)} – {mdy(cert_end)}")
    w.p("Referral: Wade Harlan, DC (Harlan Chiropractic)")
    w.p("Dx: M54.50 Low back pain, unspecified (primary); M62.81 Muscle weakness (generalized)")
    w.p("Assessment: 73 y/o rancher with 3 months of LBP after lifting feed sacks; ODI 46%; sit-to-stand needs "
        "hands; walks 10 min before pain 7/10.")
    w.p("Goals", bold=True)
    w.p(f"1. Oswestry Disability Index from 46% to 20% or less by {mdy(D(2026, 4, 6))}.")
    w.p(f"2. Walk 30 minutes on uneven ground with pain 3/10 or less by {mdy(D(2026, 4, 6))}.")
    w.p(f"3. Lift 25 lb floor to waist with correct mechanics, 5 reps, by {mdy(D(2026, 3, 23))}.")
    w.p("Plan", bold=True)
    w.p("Ther ex 97110, manual therapy 97140, neuromuscular re-ed 97112, HEP. Frequency 2x/wk; duration 8 wks.")
    w.p("")
    w.p(f"Therapist: Cody Arrieta, PT, DPT    signed {mdy(ev)}")
    w.p("")
    w.p("Certification: I certify that this plan of care is necessary and that services are furnished while the "
        "patient is under my care.", italic=True)
    w.p(f"Certifying practitioner: Wade Harlan, DC    Signature: W. Harlan DC    Date: {mdy(dc_sig)}")
    w.save(f)
    label(f, "medicare-outpatient-therapy", as_of, gaps=[["credential-not-permitted"]],
          unsure=["signature-missing"],
          notes="Gap: the certification is signed and dated by a chiropractor (DC), who may not certify Medicare "
                "therapy plans. signature-missing left out of must_not_report: whether a non-permitted signer also "
                "counts as no physician signature is a rule-design choice. Paragraph plan with numbered goals.")


def q16():
    """SLP private practice; certification period of 119 days. Gap: review-interval-exceeded."""
    f = "q16_lakeshore_slp_long_cert.docx"
    ev, cert_end, np_sig, as_of = D(2026, 2, 2), D(2026, 6, 1), D(2026, 2, 12), D(2026, 3, 16)
    assert days(ev, cert_end) == 119 > P['opt_recert'] and as_of <= cert_end and days(ev, np_sig) <= P['opt_cert']
    w = W(font="Garamond", size=11.5, title="Speech Therapy Plan of Care", author="Lakeshore Speech & Swallowing")
    w.p("Lakeshore Speech & Swallowing, LLC", bold=True, size=14)
    w.p("Marquette, Michigan", size=9)
    w.p("SPEECH-LANGUAGE PATHOLOGY PLAN OF CARE", bold=True)
    w.table([["Client", "Ruth A. Kivela", "Birth date", "March 8, 1946"],
             ["Medicare ID", "8KD3-NW7-YE52", "Evaluation / start of care", long(ev)],
             ["Plan of care date", long(ev), "Certification period", f"{long(ev)} through {long(cert_end)}"]],
            size=10)
    w.p("")
    w.p("Medical diagnosis: G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations")
    w.p("Treatment diagnoses: R13.12 Dysphagia, oropharyngeal phase; R47.1 Dysarthria and anarthria")
    w.p("Long-term goals (16 weeks)", bold=True)
    w.p(f"1) Speak at 72 dB SPL or louder (sound level meter at 30 cm) in conversation for 5 minutes by {long(D(2026, 5, 25))}.")
    w.p(f"2) Eat a regular-texture meal with thin liquids and no coughing or throat clearing on 4 of 5 observed meals "
        f"by {long(D(2026, 5, 25))}.")
    w.p("Short-term goals (8 weeks)", bold=True)
    w.p(f"1) Sustain /a/ at 80 dB or louder for 10 seconds on 8 of 10 trials by {long(D(2026, 3, 30))}.")
    w.p(f"2) Use the chin-tuck and effortful swallow on 90% of bites with one verbal cue by {long(D(2026, 3, 30))}.")
    w.p("Treatment", bold=True)
    w.p("92507 speech treatment (LSVT LOUD protocol) and 92526 swallowing treatment: 4x/week for 4 weeks, then "
        "1x/week for 12 weeks. Expected duration: 16 weeks.")
    w.p("")
    w.p(f"Clinician: Ingrid Salo, MA, CCC-SLP — {long(ev)}")
    w.p(f"Certified by: Karen Whitlow, NP (primary care)    {long(np_sig)}")
    w.save(f)
    label(f, "medicare-outpatient-therapy", as_of, gaps=[["review-interval-exceeded"]],
          notes="Gap: certification period 02/02/2026 through 06/01/2026 runs 119 days; recertification is needed "
                "at least every 90 days. Garamond plan with long-form dates, LTG/STG numbered lists; NP certifies.")


def q17():
    """2024 PT plan: certification signed 48 days after the evaluation (2015-10 profile version). Gap: signature-late."""
    f = "q17_pinecrest_pt_2024_late_cert.docx"
    ev, cert_end, md_sig, as_of = D(2024, 9, 3), D(2024, 11, 30), D(2024, 10, 21), D(2024, 11, 4)
    assert days(ev, cert_end) <= P['opt_recert'] and days(ev, md_sig) == 48 > P['opt_cert'] and as_of <= D(2024, 12, 31)
    w = W(font="Tahoma", size=9.5, title="Plan of Care", author="Pinecrest Rehab")
    w.header(["PINECREST REHAB & SPORTS MEDICINE · Hayward, WI · ph 715-555-0166"], size=8)
    w.p("PHYSICAL THERAPY PLAN OF CARE / CERTIFICATION", bold=True, size=12)
    w.table([["Name", "Evelyn J. Sorensen"], ["DOB", "06/19/1943"], ["Medicare #", "5UP7-GM2-AF38"],
             ["Date of eval (1st tx)", mdyy(ev)], ["Plan date", mdyy(ev)],
             ["Cert. from / to", f"{mdyy(ev)} - {mdyy(cert_end)}"]], size=9, widths=[1.8, 4.5])
    w.p("")
    w.p("ICD-10: Z47.1 Aftercare following joint replacement surgery; Z96.641 Presence of right artificial hip "
        "joint; R26.2 Difficulty in walking")
    w.p("Goals:", bold=True)
    w.table([["#", "Goal", "Target"],
             ["1", "Amb 200' with FWW, mod I, household & community distances", mdyy(D(2024, 10, 15))],
             ["2", "Hip abduction strength R 3-/5 → 4/5", mdyy(D(2024, 11, 12))],
             ["3", "TUG from 21 sec to < 14 sec", mdyy(D(2024, 11, 12))],
             ["4", "Car transfer independently with hip precautions", mdyy(D(2024, 10, 15))]], header=True, size=9)
    w.p("Plan: ther ex, gait training, transfer training, balance; 3x/wk x 4 wks then 2x/wk x 4 wks (8 wks total).")
    w.p("")
    w.p(f"Therapist: Brent Halvorsen, PT   {mdyy(ev)}")
    w.p(f"Physician certification: Rosalind Achterberg, MD   signature on file   dated {mdyy(md_sig)}")
    w.p("(Certification returned late: plan faxed 9/3/24, 9/17/24 and 10/8/24.)", italic=True, size=8)
    w.save(f)
    label(f, "medicare-outpatient-therapy", as_of, gaps=[["signature-late"]],
          notes="Gap: evaluation 09/03/2024, physician certification dated 10/21/2024 = 48 days (30 allowed; as-of "
                "2024-11-04 so the 2015-10 profile version applies, where it is an error). Short-date style, goals "
                "table with arrows and abbreviations.")


def q18():
    """New graduate PT's plan with vague goals. Gap: goal-not-measurable."""
    f = "q18_cedar_valley_vague_goals.docx"
    ev, cert_end, md_sig, as_of = D(2026, 3, 16), D(2026, 6, 13), D(2026, 3, 19), D(2026, 4, 13)
    assert days(ev, cert_end) <= P['opt_recert'] and days(ev, md_sig) <= P['opt_cert']
    w = W(font="Calibri", size=11, title="Plan of Care", author="Cedar Valley Therapy")
    w.p("Cedar Valley Therapy Services — Waverly, IA", bold=True)
    w.p("Plan of Care — Physical Therapy", bold=True, size=13)
    w.p(f"Patient: Lorraine F. Kettleson | DOB 9/23/1950 | MBI 2HN6-DQ8-MK94")
    w.p(f"Initial evaluation: {md(ev)} | POC date: {md(ev)} | Certification: {md(ev)}-{md(cert_end)}")
    w.p("Diagnosis: R26.81 Unsteadiness on feet (primary); Z91.81 History of falling")
    w.p("Subjective: 2 falls at home this winter; afraid to go to church.")
    w.p("Short-term goals (4 weeks):", bold=True)
    w.p("1. Pt will improve balance.")
    w.p("2. Pt will decrease fear of falling.")
    w.p("Long-term goals (by discharge):", bold=True)
    w.p("1. Pt will return to prior level of function.")
    w.p("2. Pt will improve functional mobility for safe community ambulation.")
    w.p("Plan:", bold=True)
    w.p("Balance training, gait training, ther ex, HEP. 2x/week for 8 weeks.")
    w.p("")
    w.p(f"Therapist: Alyssa Brandt, PT, DPT (new graduate, mentored by J. Rourke, PT)   {md(ev)}")
    w.p(f"Physician: Thomas Vry, DO — signed {md(md_sig)}")
    w.save(f)
    label(f, "medicare-outpatient-therapy", as_of, gaps=[["goal-not-measurable"]],
          notes="Gap: all four goals (\"improve balance\", \"return to prior level of function\"...) name no measure "
                "or level. Otherwise complete; pipe-separated header lines.")


def q19():
    """Hand therapy OT; certification lapsed on the date of service; therapist NPI mistyped.
    Gaps: review-overdue, identifier-invalid."""
    f = "q19_northwoods_hand_ot.docx"
    ev, cert_end, md_sig, as_of = D(2026, 1, 12), D(2026, 4, 11), D(2026, 1, 20), D(2026, 4, 28)
    assert days(ev, cert_end) <= P['opt_recert'] and as_of > cert_end and days(ev, md_sig) <= P['opt_cert']
    bad = bad_npi("153920718")
    w = W(font="Arial", size=10, title="OT Plan of Care", author="Northwoods Hand & Upper Extremity Therapy")
    w.p("Northwoods Hand & Upper Extremity Therapy", bold=True, size=13)
    w.p("Rhinelander, WI", size=9)
    w.table([["Patient", "Marilyn S. Dobbs", "DOB", "12/12/1955"],
             ["Medicare MBI", "4CR8-VJ5-LT21", "Therapist", f"Jenna Kowalczyk, OTR/L, CHT (NPI {bad})"],
             ["Evaluation / first treatment", mdy(ev), "Plan of care date", mdy(ev)],
             ["Certification", f"{mdy(ev)} through {mdy(cert_end)}", "Referring MD", "Paul Engstrom, MD"]], size=9)
    w.p("")
    w.p("Diagnosis: S52.501D Unspecified fracture of the lower end of right radius, subsequent encounter for closed "
        "fracture with routine healing")
    w.p("Goals (12 weeks)", bold=True)
    w.p(f"• R wrist extension AROM from 25° to 55° by {mdy(D(2026, 3, 9))}.")
    w.p(f"• R grip strength from 12 lb to 35 lb by {mdy(D(2026, 4, 6))}.")
    w.p(f"• QuickDASH from 61 to 25 or less by {mdy(D(2026, 4, 6))}.")
    w.p("Plan", bold=True)
    w.p("97110, 97140, 97530, 97760 (orthotic). 2x/week x 12 weeks.")
    w.p("")
    w.p(f"OT: Jenna Kowalczyk, OTR/L, CHT  {mdy(ev)}")
    w.p(f"Certifying physician: Paul Engstrom, MD  {mdy(md_sig)}")
    w.save(f)
    label(f, "medicare-outpatient-therapy", as_of, gaps=[["review-overdue"], ["identifier-invalid"]],
          notes="Gaps: certification ended 04/11/2026 and no recertification is recorded on 04/28/2026; the "
                "therapist's NPI fails the Luhn check. Hand-therapy plan with bullet goals.")


def q20():
    """Critical access hospital PT plan with a completed 10th-visit progress report written onto it. Clean."""
    f = "q20_frontier_cah_pt_progress.docx"
    ev, cert_end, md_sig, pr, as_of = D(2026, 1, 26), D(2026, 4, 25), D(2026, 1, 29), D(2026, 3, 5), D(2026, 3, 23)
    assert days(ev, cert_end) <= P['opt_recert'] and ev < pr < as_of <= cert_end
    w = W(font="Calibri", size=10, margin=0.9, title="PT Plan of Care", author="Frontier Community Hospital")
    w.header(["Frontier Community Hospital (Critical Access) — Rehabilitation Department, Alliance NE"], size=8)
    w.footer(["Ellsworth, Clarence D.   DOB 04/04/1941   MBI 9GF4-UB6-EA37   Acct 88120"], size=8)
    w.p("Physical Therapy Plan of Care", bold=True, size=13)
    w.p(f"Date of evaluation (first treatment): {mdy(ev)}    Plan date: {mdy(ev)}")
    w.p(f"Certification period: {mdy(ev)} – {mdy(cert_end)}")
    w.p("Diagnoses: J44.9 Chronic obstructive pulmonary disease, unspecified; M62.81 Muscle weakness (generalized); "
        "R26.81 Unsteadiness on feet")
    w.table([["Goal", "Baseline", "Target", "Due"],
             ["6-minute walk distance", "410 ft with 2 rests", "750 ft with 1 rest or fewer", mdy(D(2026, 4, 20))],
             ["Sit to stand (30-second chair stand)", "5 reps", "10 reps", mdy(D(2026, 3, 23))],
             ["SpO2 during walking on 2 L O2", "drops to 85%", "stays at 90% or above for a 6-minute walk",
              mdy(D(2026, 4, 20))]], header=True, size=9)
    w.p("")
    w.p("Interventions: therapeutic exercise, gait and endurance training, breathing strategies, energy "
        "conservation. Frequency: 2 times per week. Duration: 10 weeks.")
    w.p(f"Therapist: Dawn Feeney, PT   signed {mdy(ev)}")
    w.p(f"Physician certification: Rajesh Malhotra, MD   signed {mdy(md_sig)}")
    w.h("Progress Report — visit 10", 2)
    w.p(f"Date: {mdy(pr)}. 6MWD 590 ft with 1 rest; chair stand 9 reps; SpO2 nadir 89%. Goals continue unchanged; "
        f"plan continues through the current certification period.")
    w.p(f"Dawn Feeney, PT   {mdy(pr)}")
    w.save(f)
    label(f, "medicare-outpatient-therapy", as_of,
          notes="Clean. Critical access hospital plan: goals as a baseline/target/due table, identifiers only in the "
                "footer, and a completed 10th-visit progress report appended on 03/05/2026.")


# ==============================================================================================
# Medicare home health
# ==============================================================================================

def _box(label_, value):
    return f"**{label_}**\n{value}"


def q21():
    """Home health certification and plan of care on the numbered 28-box form. Clean."""
    f = "q21_big_horn_hh_485_form.docx"
    soc, cert_end, md_sig, as_of = D(2026, 3, 2), D(2026, 4, 30), D(2026, 3, 9), D(2026, 4, 6)
    assert days(soc, cert_end) == 59 < P['hh_recert'] and soc <= md_sig <= as_of <= cert_end
    w = W(font="Arial", size=7.5, margin=0.4, title="Home Health Certification and Plan of Care",
          author="Big Horn Basin Home Health")
    w.p("Department of Health and Human Services — Home Health Certification and Plan of Care", bold=True, size=9,
        align="center")
    w.table([
        [_box("1. Patient's HI Claim No.", "8EQ3-XW2-PK69"), _box("2. Start of Care Date", mdy(soc)),
         _box("3. Certification Period", f"From: {mdy(soc)}   To: {mdy(cert_end)}"),
         _box("4. Medical Record No.", "BH-26-0131"), _box("5. Provider No.", "53-7104   NPI " + npi("167294035"))],
    ], size=7.5)
    w.table([
        [_box("6. Patient's Name and Address", "Arlo B. Whitcomb\n22 Shoshone Rd, Greybull, WY 82426"),
         _box("7. Provider's Name, Address and Telephone Number",
              "Big Horn Basin Home Health\n301 Greybull Ave, Greybull WY 82426\n307-555-0155")],
        [_box("8. Date of Birth", "11/27/1940") + "      " + "**9. Sex** ☒ M ☐ F",
         _box("10. Medications: Dose/Frequency/Route (N)ew (C)hanged",
              "furosemide 40 mg PO daily (C); metoprolol succinate 50 mg PO daily; lisinopril 10 mg PO daily; "
              "KCl 20 mEq PO daily (N)")],
        [_box("11. ICD-10-CM  Principal Diagnosis  Date", "I11.0  Hypertensive heart disease with heart failure  02/20/2026 (E)"),
         _box("12. ICD-10-CM  Surgical Procedure  Date", "N/A")],
        [_box("13. ICD-10-CM  Other Pertinent Diagnoses  Date",
              "I50.32  Chronic diastolic (congestive) heart failure  02/20/2026 (E)\n"
              "R26.81  Unsteadiness on feet  02/20/2026 (O)"),
         _box("14. DME and Supplies", "rolling walker, digital scale, shower chair")],
        [_box("15. Safety Measures", "fall precautions, daily weights, 2 g Na diet"),
         _box("16. Nutritional Req.", "2 g sodium, 1.5 L fluid restriction")],
        [_box("17. Allergies", "NKDA"),
         _box("18.A. Functional Limitations", "☒ Endurance  ☒ Ambulation  ☒ Dyspnea with minimal exertion")],
        [_box("18.B. Activities Permitted", "☒ Up as tolerated  ☒ Walker  ☐ Complete bedrest"),
         _box("19. Mental Status", "☒ Oriented  ☐ Forgetful")],
        [_box("20. Prognosis", "☐ Poor  ☒ Guarded  ☐ Fair  ☐ Good"), ""],
    ], size=7.5)
    w.table([[_box("21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)",
                   "SN 1w1, 2w3, 1w4 for cardiopulmonary assessment, daily weight review, medication teaching and "
                   "set-up, diet teaching.\n"
                   "SN PRN x 2 visits for weight gain of 3 lb or more in a week or increased shortness of breath.\n"
                   "PT 2w3, 1w3 for gait and transfer training, home exercise program, fall-risk reduction.\n"
                   "Notify physician of weight gain > 3 lb in 1 week, SBP > 160 or < 90, HR > 110.")],
              [_box("22. Goals/Rehabilitation Potential/Discharge Plans",
                    f"Patient will state 3 signs of fluid overload that require a call to the physician by {mdy(D(2026, 3, 23))}.\n"
                    f"Patient will record his weight every day on at least 6 of 7 days per week by {mdy(D(2026, 3, 30))}.\n"
                    f"Patient will walk 150 ft with rolling walker and standby assist by {mdy(D(2026, 4, 20))}.\n"
                    f"Patient will have no CHF-related ER visit or hospital admission during the certification period "
                    f"(through {mdy(cert_end)}).\n"
                    "Rehab potential: fair for stated goals. Discharge when goals met; to self-care with wife's help.")]],
            size=7.5)
    w.table([
        [_box("23. Nurse's Signature and Date of Verbal SOC Where Applicable",
              f"Diane Kessler, RN — verbal SOC {mdy(soc)}"),
         _box("25. Date HHA Received Signed POT", mdy(D(2026, 3, 10)))],
        [_box("24. Physician's Name and Address", "Franklin Obi, MD\nBasin Family Medicine, Basin WY 82410\nNPI " + npi("178203946")),
         _box("26. Certification", "I certify that this patient is confined to his/her home and needs intermittent "
              "skilled nursing care and physical therapy. The patient is under my care, I have authorized the services "
              "on this plan of care and will periodically review the plan. A face-to-face encounter was performed.")],
        [_box("27. Attending Physician's Signature and Date Signed", f"Franklin Obi, MD (signed)     {mdy(md_sig)}"),
         _box("28.", "Anyone who misrepresents, falsifies, or conceals essential information required for payment of "
              "Federal funds may be subject to fine, imprisonment, or civil penalty under applicable Federal statutes.")],
    ], size=7.5)
    w.save(f)
    label(f, "medicare-home-health", as_of,
          notes="Clean. The numbered 28-box home health certification form: SOC 03/02/2026, 59-day certification, "
                "orders in home-health shorthand (1w1, 2w3...), PRN with a visit limit, physician box 27 signed 03/09.")


def q22():
    """Small agency's narrative plan of care, PT + OT + SLP + SN after a stroke. Clean."""
    f = "q22_wabash_hh_multidiscipline.docx"
    soc, cert_end, md_sig, as_of = D(2026, 1, 19), D(2026, 3, 19), D(2026, 1, 26), D(2026, 2, 23)
    assert days(soc, cert_end) == 59 < P['hh_recert'] and as_of <= cert_end
    w = W(font="Calibri", size=10.5, title="Plan of Care", author="Wabash Valley Home Care")
    w.header(["Wabash Valley Home Care, Inc. · Vincennes, Indiana · Medicare-certified HHA"], size=8)
    w.p("Home Health Plan of Care", bold=True, size=14)
    w.p(f"**Patient:** Imogene F. Carrow   **DOB:** 05/16/1939   **Medicare ID:** 3PJ5-AC9-RN84")
    w.p(f"**Start of care:** {long(soc)}   **Episode / certification:** {mdy(soc)} through {mdy(cert_end)}")
    w.p("**Attending:** Omar Haddad, DO — Knox County Internal Medicine")
    w.h("Diagnoses", 3)
    w.p("Primary: I69.351 Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side. "
        "Secondary: I69.320 Aphasia following cerebral infarction; I69.391 Dysphagia following cerebral infarction; "
        "I10 Essential (primary) hypertension.")
    w.h("Orders by discipline", 3)
    w.table([["Discipline", "Frequency & duration", "Treatments"],
             ["Skilled nursing", "1w4", "BP monitoring, medication teaching, aspiration precautions teaching"],
             ["Physical therapy", "2w4, 1w4", "gait training with hemi-walker, transfers, home exercise program"],
             ["Occupational therapy", "1w6", "ADL retraining, adaptive equipment, R UE function"],
             ["Speech-language pathology", "2w2, 1w4", "dysphagia treatment, word-finding strategies"]],
            header=True, size=9.5)
    w.h("Measurable goals", 3)
    w.p(f"SN: Patient/daughter will fill the weekly pill organizer with 100% accuracy on 2 visits in a row by {mdy(D(2026, 2, 16))}.")
    w.p(f"PT: Patient will walk 100 ft with hemi-walker and contact guard assist by {mdy(D(2026, 3, 9))}.")
    w.p(f"OT: Patient will put on a pullover shirt with minimal assist by {mdy(D(2026, 3, 2))}.")
    w.p(f"SLP: Patient will eat soft and bite-sized solids with no coughing on 4 of 5 observed meals by {mdy(D(2026, 3, 9))}.")
    w.p(f"SLP: Patient will name 8 of 10 family photos with a first-sound cue by {mdy(D(2026, 3, 16))}.")
    w.p("Rehab potential: good. Discharge plan: to home with daughter when goals met.")
    w.h("Physician certification", 3)
    w.p(f"E-signed via physician portal by Omar Haddad, DO on {mdy(md_sig)} 19:02. NPI {npi('110948372')}.")
    w.save(f)
    label(f, "medicare-home-health", as_of,
          notes="Clean. Narrative agency plan of care with an orders-by-discipline table (SN, PT, OT, SLP in "
                "shorthand frequencies), goals labelled by discipline, portal e-signature by a DO.")


def q23():
    """Wound-care plan with an open-ended PRN nursing order. Gap: frequency-missing."""
    f = "q23_ozark_hh_wound_prn.docx"
    soc, cert_end, md_sig, as_of = D(2026, 2, 9), D(2026, 4, 9), D(2026, 2, 13), D(2026, 3, 9)
    assert days(soc, cert_end) == 59 < P['hh_recert'] and as_of <= cert_end
    w = W(font="Arial", size=9.5, title="Plan of Care", author="Ozark Hills Home Health")
    w.p("OZARK HILLS HOME HEALTH — PLAN OF CARE", bold=True, size=12)
    w.table([["Patient", "Norma J. Stiles", "DOB", "08/08/1944", "MBI", "6RW2-KT8-DF53"],
             ["SOC", mdy(soc), "Cert period", f"{mdy(soc)}-{mdy(cert_end)}", "MRN", "OH-7720"]], size=8.5)
    w.p("")
    w.p("Diagnoses: L89.153 Pressure ulcer of sacral region, stage 3 (primary); E11.9 Type 2 diabetes mellitus "
        "without complications; R53.1 Weakness")
    w.p("Orders", bold=True)
    w.p("1. SN 3w3, 2w5: wound assessment and measurement, cleanse sacral wound with NS, apply calcium alginate and "
        "foam border dressing; teach offloading and turning every 2 hours; diabetic foot check.")
    w.p("2. SN PRN for dressing dislodgement or saturated dressing.")
    w.p("3. HHA 2w8 for bathing and skin care.")
    w.p("Goals", bold=True)
    w.p(f"• Sacral wound will decrease from 4.0 x 3.2 cm to 2.0 x 1.5 cm or smaller by {mdy(D(2026, 4, 6))}.")
    w.p(f"• Caregiver (son) will return-demonstrate the dressing change correctly by {mdy(D(2026, 2, 27))}.")
    w.p(f"• Fasting blood sugar will stay below 180 mg/dL on 6 of 7 days per home log by {mdy(D(2026, 3, 20))}.")
    w.p("")
    w.p(f"Physician: Harriet Lusk, MD — signed and dated {mdy(md_sig)}")
    w.p(f"Case manager: Curtis Beal, RN, WCC")
    w.save(f)
    label(f, "medicare-home-health", as_of, gaps=[["frequency-missing"]],
          notes="Gap: order 2 is a PRN skilled nursing visit without a limit on the number of visits (42 CFR 409.43 "
                "needs one). Compact plan: 6-column identifier table, numbered orders, bullet goals.")


def q24():
    """Plan of care sent for signature and not yet returned. Gap: signature-missing."""
    f = "q24_palouse_hh_unsigned.docx"
    soc, cert_end, as_of = D(2026, 2, 23), D(2026, 4, 23), D(2026, 3, 16)
    assert days(soc, cert_end) == 59 < P['hh_recert'] and as_of <= cert_end
    w = W(font="Calibri", size=10, title="Home Health Plan of Care", author="Palouse Home Health & Hospice")
    w.header(["Palouse Home Health & Hospice · Colfax WA"], size=8)
    w.p("HOME HEALTH PLAN OF CARE (485)", bold=True, size=13)
    w.table([["Patient name", "Harvey L. Oberg"], ["Date of birth", "01/05/1947"], ["Medicare #", "5TF8-MN3-WB27"],
             ["Start of care", mdy(soc)], ["Certification period", f"{mdy(soc)} to {mdy(cert_end)}"],
             ["Physician", "Laurel Vance, MD"]], size=9.5, widths=[2.0, 4.5])
    w.p("")
    w.p("Principal diagnosis: J44.9 Chronic obstructive pulmonary disease, unspecified")
    w.p("Other diagnoses: J96.11 Chronic respiratory failure with hypoxia; Z99.81 Dependence on supplemental oxygen")
    w.p("Orders:", bold=True)
    w.p("SN 2w2, 1w6 – respiratory assessment, O2 safety, inhaler technique, COPD action plan teaching.")
    w.p("PT 2w4 – endurance and strengthening, energy conservation.")
    w.p("Goals:", bold=True)
    w.p(f"- Patient will show correct inhaler technique on 3 consecutive SN visits by {mdy(D(2026, 3, 23))}.")
    w.p(f"- Patient will walk 200 ft on 2 L O2 keeping SpO2 at 88% or higher by {mdy(D(2026, 4, 13))}.")
    w.p(f"- Patient will name 4 early signs of a COPD flare and the action for each by {mdy(D(2026, 3, 16))}.")
    w.p("")
    w.p(f"Verbal start-of-care order received from Dr. Vance {mdy(soc)} by Greta Nyquist, RN.")
    w.p("")
    t = w.table([["Attending physician signature", "Date"], ["", ""]], header=True, size=9.5)
    w.p(f"SENT TO PHYSICIAN FOR SIGNATURE {mdy(D(2026, 2, 24))} BY FAX — NOT YET RETURNED", bold=True, color="C00000")
    w.save(f)
    label(f, "medicare-home-health", as_of, gaps=[["signature-missing"]],
          notes="Gap: the attending physician's signature and date cells are empty (plan faxed for signature, not "
                "returned); only the RN's verbal SOC order is recorded. Key/value table, dash-bulleted goals, empty "
                "signature table.")


def q25():
    """Agency plan with a 90-day certification period (home health allows 60). Gap: review-interval-exceeded."""
    f = "q25_tri_county_hh_90day_cert.docx"
    soc, cert_end, md_sig, as_of = D(2026, 3, 2), D(2026, 5, 30), D(2026, 3, 6), D(2026, 3, 23)
    assert days(soc, cert_end) == 89 > P['hh_recert'] and as_of <= cert_end
    w = W(font="Times New Roman", size=11, title="Plan of Care", author="Tri-County Home Health")
    w.p("Tri-County Home Health Agency", bold=True, size=14, align="center")
    w.p("Lebanon, Missouri · 417-555-0139", align="center", size=9)
    w.p("PLAN OF CARE AND CERTIFICATION", bold=True, align="center")
    w.p(f"Client: Wilma R. Deckard     D.O.B. 7/21/1945     Medicare Beneficiary Identifier: 2YH7-EP4-GJ58")
    w.p(f"Start of care: {md(soc)}     Certification period: {md(soc)} – {md(cert_end)}")
    w.p("Diagnoses: Z47.1 Aftercare following joint replacement surgery (primary); Z96.651 Presence of right "
        "artificial knee joint; E66.9 Obesity, unspecified")
    t = w.table([["Discipline", "Visits", "Interventions", "Goal (measurable, dated)"],
                 ["PT", "3w2, 2w4, 1w3", "ROM, strengthening, gait, stairs",
                  f"R knee flexion 90° to 115° by {md(D(2026, 4, 27))}; climb 4 steps with rail independently by {md(D(2026, 4, 13))}"],
                 ["SN", "1w2", "incision check, staple removal 3/12, anticoagulant teaching",
                  f"Incision closed with no signs of infection by {md(D(2026, 3, 16))}"]], header=True, size=9.5)
    w.p("")
    w.p("Discharge plan: to outpatient PT when she can get in and out of a car.")
    w.p(f"Physician: Kenneth Rusk, MD, orthopedics — signature: K. Rusk MD — date: {md(md_sig)}")
    w.save(f)
    label(f, "medicare-home-health", as_of, gaps=[["review-interval-exceeded"]],
          notes="Gap: certification period 3/2/2026-5/30/2026 runs 89 days; home health plans are reviewed/recertified "
                "at least every 60 days (warning). Centered letterhead, orders-and-goals grid by discipline.")


def q26():
    """Rural agency plan built from a content-control template; certified by an NP. Clean."""
    f = "q26_gila_hh_content_controls.docx"
    soc, cert_end, np_sig, as_of = D(2026, 1, 5), D(2026, 3, 5), D(2026, 1, 12), D(2026, 2, 2)
    assert days(soc, cert_end) == 59 < P['hh_recert'] and as_of <= cert_end
    w = W(font="Calibri", size=10.5, title="Plan of Care", author="Gila Country Home Health")
    w.p("Gila Country Home Health — Silver City, NM", bold=True, size=12)
    w.p("Plan of Care / Certification", bold=True, size=14)
    for lab, val, tag in [("Patient: ", "Aurelio S. Chavez", "PatientName"), ("Date of birth: ", "09/02/1938", "DOB"),
                          ("Medicare ID: ", "7QA4-HT6-VM31", "MBI"), ("Start of care: ", mdy(soc), "SOC"),
                          ("Certification period: ", f"{mdy(soc)} – {mdy(cert_end)}", "CertPeriod")]:
        par = w.p("")
        w.sdt_inline(par, val, tag, label=lab)
    w.p("")
    w.p("Diagnoses", bold=True)
    w.sdt_block(["I11.0 Hypertensive heart disease with heart failure (primary)",
                 "I50.32 Chronic diastolic (congestive) heart failure",
                 "Z79.891 Long term (current) use of opiate analgesic"], "Diagnoses")
    w.p("Orders", bold=True)
    w.sdt_block(["SN 2w2, 1w6: cardiac and fluid assessment, medication reconciliation, low-sodium diet teaching.",
                 "HHA 2w8: personal care, bathing.",
                 "MSW 1w2: community resources, long-term planning."], "Orders")
    w.p("Goals", bold=True)
    w.sdt_block([f"Patient will keep weight within 3 lb of his dry weight (168 lb) on daily log through {mdy(cert_end)}.",
                 f"Patient will take all medications as ordered, 100% per pill box check, by {mdy(D(2026, 2, 2))}.",
                 f"Patient and wife will name 3 high-sodium foods to avoid by {mdy(D(2026, 1, 26))}."], "Goals")
    w.p("Allowed practitioner certification", bold=True)
    par = w.p("")
    w.sdt_inline(par, f"Teresa Begay, NP   (e-signed {mdy(np_sig)})", "CertSignature", label="Signature: ")
    w.save(f)
    label(f, "medicare-home-health", as_of,
          notes="Clean. Template filled through inline and block content controls (identifiers, diagnoses, orders, "
                "goals, signature); certified by a nurse practitioner.")


# ==============================================================================================
# Commercial ABA
# ==============================================================================================

ABA_GOAL_HDR = ["#", "Domain", "Goal", "Baseline", "Mastery criteria", "Target date"]


def q27():
    """The payer's own ABA treatment plan / authorization request form, sections A-H. Clean."""
    f = "q27_prairie_crest_aba_request_form.docx"
    plan, start, end, review, as_of = D(2026, 1, 19), D(2026, 2, 1), D(2026, 7, 31), D(2026, 7, 15), D(2026, 2, 10)
    vb, vin = D(2026, 1, 6), D(2026, 1, 8)
    assert end < add_months(start, P['aba_months']) and days(plan, review) <= P['aba_review'] and days(vb, plan) <= P['aba_assess']
    bcba_npi = npi("145087239")
    w = W(font="Arial", size=9, margin=0.6, title="ABA Treatment Plan and Authorization Request",
          author="Prairie Crest Health Plan")
    w.header(["Prairie Crest Health Plan · Utilization Management · Fax 1-866-555-0190"], size=8)
    w.footer(["PCHP-BH-ABA-01 (rev. 03/2025). Incomplete requests will be returned. Member ID must appear on every page: "
              "PCH-4471023-01"], size=7)
    w.p("APPLIED BEHAVIOR ANALYSIS (ABA) TREATMENT PLAN AND AUTHORIZATION REQUEST", bold=True, size=11, align="center")
    w.p("☐ Initial   ☒ Initial after assessment   ☐ Concurrent review", align="center")
    t = w.table([["SECTION A — MEMBER", "", "", ""],
                 ["Member name", "Mateo J. Quillen", "Date of birth", "05/11/2019"],
                 ["Member ID", "PCH-4471023-01", "Parent/guardian", "Celia Quillen (mother)"],
                 ["SECTION B — PROVIDER", "", "", ""],
                 ["Agency", "Little Bluestem Autism Services, Hays KS", "Agency NPI", npi("126350981")],
                 ["Supervising BCBA", "Aubrey Lindqvist, MS, BCBA", "BCBA NPI", bcba_npi]], size=8.5)
    w.merge_row(t, 0, "SECTION A — MEMBER", shade="BFBFBF")
    w.merge_row(t, 3, "SECTION B — PROVIDER", shade="BFBFBF")
    w.p("")
    t = w.table([["SECTION C — DIAGNOSIS"],
                 ["Primary ICD-10-CM: F84.0 Autistic disorder\nDiagnosed by: Sunita Rao, PhD, licensed psychologist"
                  "       Date of diagnostic evaluation: 08/19/2024\n☒ Diagnostic report attached"]], size=8.5)
    w.shade(t.cell(0, 0), "BFBFBF")
    w.p("")
    t = w.table([["SECTION D — STANDARDIZED ASSESSMENTS", "", ""],
                 ["Instrument", "Date administered", "Results"],
                 ["VB-MAPP", mdy(vb), "Milestones 62/170 (Level 2); Barriers 41"],
                 ["Vineland-3 (parent form)", mdy(vin), "Adaptive Behavior Composite 66"],
                 ["Functional behavior assessment (interview + ABC observation)", mdy(D(2026, 1, 7)),
                  "elopement maintained by access to preferred activities"]], size=8.5)
    w.merge_row(t, 0, "SECTION D — STANDARDIZED ASSESSMENTS", shade="BFBFBF")
    w.p("")
    rows = [["SECTION E — TREATMENT GOALS", "", "", "", "", ""], ABA_GOAL_HDR,
            ["1", "Communication", "Mateo will mand for 15 different items or activities using 2-word phrases "
             "without prompts.", "4 items, 1-word, with echoic prompts", "80% of opportunities across 3 consecutive "
             "sessions", mdy(review)],
            ["2", "Social", "Mateo will respond to his name by orienting to the speaker within 3 seconds.",
             "20% of trials", "90% of trials across 3 consecutive sessions with 2 staff", mdy(D(2026, 5, 29))],
            ["3", "Behavior reduction", "Mateo will decrease elopement to fewer than 1 episode per day.",
             "6 per day (10-day average)", "fewer than 1 per day for 4 consecutive weeks", mdy(review)],
            ["4", "Caregiver training", "Mrs. Quillen will implement the first-then visual schedule and planned "
             "ignoring at home.", "40% fidelity", "90% fidelity across 3 consecutive observed sessions",
             mdy(D(2026, 5, 29))]]
    t = w.table(rows, size=8)
    w.merge_row(t, 0, "SECTION E — TREATMENT GOALS", shade="BFBFBF")
    for c in range(6):
        w.fill(t.cell(1, c), ABA_GOAL_HDR[c], bold=True, size=8)
    w.p("")
    rows = [["SECTION F — SERVICES REQUESTED", "", ""], ["CPT", "Service", "Hours per week"],
            ["97153", "Adaptive behavior treatment by protocol (RBT)", "20"],
            ["97155", "Protocol modification by BCBA", "3"],
            ["97156", "Family adaptive behavior treatment guidance", "1"]]
    t = w.table(rows, size=8.5)
    w.merge_row(t, 0, "SECTION F — SERVICES REQUESTED", shade="BFBFBF")
    w.p("")
    t = w.table([["SECTION G — AUTHORIZATION PERIOD AND REVIEW"],
                 [f"Requested period: {mdy(start)} to {mdy(end)}      Progress report / re-assessment due: {mdy(review)}"]],
                size=8.5)
    w.shade(t.cell(0, 0), "BFBFBF")
    w.p("")
    t = w.table([["SECTION H — ATTESTATION AND SIGNATURES", "", ""],
                 ["I attest that the information on this form is true and that the treatment plan was developed with "
                  "the member's parent/guardian.", "", ""],
                 ["Supervising BCBA", "Aubrey Lindqvist, MS, BCBA  (signed)", mdy(plan)],
                 ["Parent/guardian", "Celia Quillen  (signed)", mdy(D(2026, 1, 21))]], size=8.5)
    w.merge_row(t, 0, "SECTION H — ATTESTATION AND SIGNATURES", shade="BFBFBF")
    w.merge_row(t, 1, "I attest that the information on this form is true and that the treatment plan was developed "
                      "with the member's parent/guardian.", bold=False)
    w.save(f)
    label(f, "commercial-aba", as_of,
          notes="Clean. The payer's own ABA request form, sections A-H in tables with merged shaded section rows; "
                "goals grid with baseline, mastery and target date; hours per week by CPT; 6-month period; "
                "attestation box with BCBA and parent signatures.")


def q28():
    """Mid-size ABA agency plan in narrative sections. Clean."""
    f = "q28_bright_path_aba_agency_plan.docx"
    plan, start, end, review, as_of = D(2026, 3, 9), D(2026, 3, 16), D(2026, 9, 15), D(2026, 9, 1), D(2026, 3, 30)
    abl, vin = D(2026, 2, 24), D(2026, 2, 26)
    assert end < add_months(start, P['aba_months']) and days(plan, review) <= P['aba_review']
    w = W(font="Century Gothic", size=10, title="Behavior Treatment Plan", author="Bright Path Behavioral")
    w.header(["Bright Path Behavioral Services · Lincoln & Grand Island, NE"], size=8)
    w.p("Individualized Behavior Treatment Plan", bold=True, size=15)
    w.p(f"Learner: Nora A. Adeyemi-Platt   ·   DOB 10/30/2020   ·   Cornerstone Health member # CHX88213407")
    w.p(f"Plan date: {long(plan)}   ·   Service period: {mdy(start)} – {mdy(end)}   ·   Next progress review: {mdy(review)}")
    w.h("Diagnosis", 2)
    w.p("F84.0 Autistic disorder — diagnosed 10/02/2023 by Marcus Ellery, MD, developmental pediatrician "
        "(report on file).")
    w.h("Assessments", 2)
    w.p(f"ABLLS-R, {mdy(abl)}: strongest in visual performance; deficits in requests, labeling, and social interaction. "
        f"Vineland-3, {mdy(vin)}: Adaptive Behavior Composite 71 (communication 64, daily living 75, socialization 68).")
    w.h("Skill acquisition", 2)
    w.p("**Target 1 — Requesting.** Nora will request help or a break with a full sentence. Baseline: 1 of 10 "
        "opportunities (5-session probe). Mastery: 8 of 10 opportunities across 3 consecutive sessions. "
        f"Target date: {mdy(D(2026, 7, 31))}.")
    w.p("**Target 2 — Tolerating transitions.** Nora will move from a preferred to a non-preferred activity within 1 "
        "minute of the instruction. Baseline: 30% of transitions. Mastery: 85% of transitions across 5 consecutive "
        f"days. Target date: {mdy(D(2026, 8, 28))}.")
    w.p("**Target 3 — Toileting.** Nora will initiate using the toilet. Baseline: 0 self-initiations per day. "
        "Mastery: 3 or more self-initiations per day with no more than 1 accident per week for 3 consecutive weeks. "
        f"Target date: {mdy(D(2026, 8, 28))}.")
    w.h("Behavior reduction", 2)
    w.p("**Target 4 — Aggression (hitting).** Reduce hitting from 9 per day to 1 or fewer per day. Baseline: 9 per day "
        "(ABC data, 2 weeks). Mastery: 1 or fewer per day for 4 consecutive weeks. "
        f"Target date: {mdy(D(2026, 9, 1))}.")
    w.h("Parent training goals", 2)
    w.p("**Target 5.** Nora's father will use the token board and prompt a full-sentence request at dinner with "
        "90% fidelity. Baseline: 35% fidelity on the BST checklist. Mastery: 90% fidelity on 3 consecutive "
        f"observations. Target date: {mdy(D(2026, 6, 30))}.")
    w.h("Services requested", 2)
    w.p("97153 Adaptive behavior treatment by protocol: 15 hours per week (home and preschool).")
    w.p("97155 Protocol modification by the BCBA: 2 hours per week.")
    w.p("97156 Family treatment guidance: 1.5 hours per week.")
    w.h("Crisis plan", 2)
    w.p("If hitting causes injury, staff follow the agency crisis protocol and call the parent. " + CRISIS, size=8)
    w.h("Signatures", 2)
    w.table([["Name", "Role", "Signature", "Date"],
             ["Shannon Okafor, MA, BCBA", "Supervising BCBA", "/s/ Shannon Okafor", mdy(plan)],
             ["Temitope Adeyemi-Platt", "Parent / legal guardian", "/s/ T. Adeyemi-Platt", mdy(D(2026, 3, 11))]],
            header=True, size=9)
    w.save(f)
    label(f, "commercial-aba", as_of,
          notes="Clean. Agency plan in narrative sections; each target's baseline, mastery and date written in one "
                "paragraph; a \"Parent training goals\" heading; hours per week in sentences; signature table.")


def q29():
    """ABA plan with only child goals. Gap: caregiver-goal-missing."""
    f = "q29_red_river_aba_no_parent_goal.docx"
    plan, start, end, review, as_of = D(2026, 2, 16), D(2026, 3, 1), D(2026, 8, 31), D(2026, 8, 14), D(2026, 3, 9)
    vb = D(2026, 2, 5)
    assert end < add_months(start, P['aba_months']) and days(plan, review) <= P['aba_review']
    w = W(font="Calibri", size=10, landscape=True, margin=0.6, title="ABA Treatment Plan", author="Red River Autism Center")
    w.p("Red River Autism Center — Wahpeton, ND", bold=True, size=12)
    w.p("ABA TREATMENT PLAN", bold=True, size=14)
    w.table([["Client", "Eli R. Vandermolen", "DOB", "03/14/2020", "Member ID", "NDB-552190-03"],
             ["Plan date", mdy(plan), "Auth period", f"{mdy(start)} - {mdy(end)}", "Re-evaluation", mdy(review)],
             ["Dx", "F84.0 Autistic disorder", "Diagnosed by", "Greta Solheim, PhD, LP — 06/10/2023",
              "Assessment", f"VB-MAPP {mdy(vb)} (Milestones 48)"]], size=9)
    w.p("")
    w.table([["Goal", "Operational definition", "Baseline", "Mastery criterion", "Target date"],
             ["Tacting", "Eli will label 50 common items in books and in his environment.", "12 items",
              "90% correct across 2 consecutive sessions", mdy(D(2026, 7, 31))],
             ["Imitation", "Eli will imitate 2-step gross motor actions.", "0 of 10 trials",
              "8 of 10 trials across 3 consecutive sessions", mdy(D(2026, 6, 30))],
             ["Waiting", "Eli will wait for a preferred item for 2 minutes without crying or grabbing.",
              "10 seconds", "2 minutes on 80% of trials for 5 consecutive days", mdy(D(2026, 7, 31))],
             ["Self-injury", "Eli will decrease head-hitting to 2 or fewer episodes per day.", "14 per day",
              "2 or fewer per day for 3 consecutive weeks", mdy(D(2026, 8, 14))]], header=True, size=9,
            shade_header="C6E0B4")
    w.p("")
    w.table([["Code", "Description", "Hours/week"],
             ["97153", "Direct treatment by RBT", "18"], ["97155", "BCBA protocol modification", "2"],
             ["97156", "Family adaptive behavior treatment guidance", "1"]], header=True, size=9)
    w.p("")
    w.p(f"BCBA: Jolene Haugen, M.Ed., BCBA   signed {mdy(plan)}          Guardian: Kristen Vandermolen   signed "
        f"{mdy(D(2026, 2, 18))}")
    w.save(f)
    label(f, "commercial-aba", as_of, gaps=[["caregiver-goal-missing"]],
          notes="Gap: every goal targets the child; 97156 family guidance is requested but no goal has the parent "
                "learn or apply a procedure. Landscape plan: 6-column identifier grid, goals table with baseline and "
                "mastery columns, hours table.")


def q30():
    """Clinic ABA request for a child whose primary diagnosis is ADHD. Gap: diagnosis-not-covered."""
    f = "q30_hilltop_aba_adhd_primary.docx"
    plan, start, end, review, as_of = D(2026, 1, 26), D(2026, 2, 2), D(2026, 8, 1), D(2026, 7, 20), D(2026, 2, 16)
    vin = D(2026, 1, 14)
    assert end < add_months(start, P['aba_months']) and days(plan, review) <= P['aba_review']
    w = W(font="Cambria", size=10.5, title="Treatment Plan", author="Hilltop Pediatric Behavior Clinic")
    w.p("HILLTOP PEDIATRIC BEHAVIOR CLINIC", bold=True, align="center")
    w.p("Applied Behavior Analysis — Treatment Plan", align="center", size=12)
    w.table([["Child", "Kaden M. Moorehouse"], ["Date of birth", "07/22/2018"], ["Insurance ID", "HTP-30917744"],
             ["Plan date", mdy(plan)], ["Authorization requested", f"{mdy(start)} through {mdy(end)}"],
             ["Next review", mdy(review)]], size=9.5, widths=[2.0, 4.5])
    w.p("")
    w.p("Diagnoses", bold=True)
    w.p("1. F90.2 Attention-deficit hyperactivity disorder, combined type — PRIMARY")
    w.p("2. F80.2 Mixed receptive-expressive language disorder")
    w.p("Both diagnosed by Alicia Finch, PsyD, licensed psychologist, on 11/12/2025.", italic=True)
    w.p(f"Standardized assessment: Vineland-3 on {mdy(vin)}, Adaptive Behavior Composite 74.")
    w.p("Goals", bold=True)
    for i, (g, b, m, d) in enumerate([
        ("Kaden will stay seated and on task during 15-minute table work.", "3 minutes", "15 minutes on 4 of 5 "
         "days for 2 consecutive weeks", D(2026, 6, 30)),
        ("Kaden will raise his hand and wait to be called on instead of calling out.", "calls out 22 times per hour",
         "4 or fewer call-outs per hour for 3 consecutive weeks", D(2026, 7, 20)),
        ("Parent will give effective 1-step instructions and praise compliance.", "45% fidelity",
         "90% fidelity on 3 consecutive observations", D(2026, 5, 29))], start=1):
        w.p(f"Goal {i}: {g}")
        w.p(f"     Baseline: {b}.  Mastery: {m}.  Target date: {mdy(d)}.")
    w.p("Services", bold=True)
    w.p("97153: 10 hours per week.  97155: 2 hours per week.  97156: 1 hour per week.")
    w.p("")
    w.p(f"Lead BCBA: Rosa Delgado-Kerr, MS, BCBA — signature: Rosa Delgado-Kerr — date: {mdy(plan)}")
    w.p(f"Parent/Guardian: Amber Moorehouse — signature: Amber Moorehouse — date: {mdy(plan)}")
    w.save(f)
    label(f, "commercial-aba", as_of, gaps=[["diagnosis-not-covered"]],
          notes="Gap: primary diagnosis F90.2 (ADHD); ABA is covered for autism spectrum disorder (F84.x), not "
                "listed at all. Clinic plan: key/value table, numbered goals with baseline/mastery/date lines.")


def q31():
    """Continuation plan with an assessment from 2024 and goals without baselines. Gaps: baseline-missing,
    assessment-outdated."""
    f = "q31_sandhills_aba_old_assessment.docx"
    plan, start, end, review, as_of = D(2026, 1, 12), D(2026, 1, 19), D(2026, 7, 18), D(2026, 7, 6), D(2026, 2, 2)
    vb = D(2024, 11, 4)
    assert days(vb, plan) == 434 > P['aba_assess'] and end < add_months(start, P['aba_months']) and days(plan, review) <= P['aba_review']
    w = W(font="Arial", size=9.5, title="ABA Plan", author="Sandhills Behavior Consulting")
    w.p("Sandhills Behavior Consulting", bold=True, size=12)
    w.p("Treatment Plan — Continuation of Services", bold=True)
    w.p(f"Client: Owen T. Beckstrom    DOB: 04/02/2017    Subscriber/Member ID: SBX-771045-02")
    w.p(f"Plan date: {mdy(plan)}    Authorization: {mdy(start)} - {mdy(end)}    Progress report due: {mdy(review)}")
    w.p("Diagnosis: F84.0 Autistic disorder (diagnosed by Dr. Heidi Wentz, PhD, on 09/15/2021)")
    w.p(f"Assessment: VB-MAPP administered {mdy(vb)} (Milestones 121/170); parent interview {mdy(D(2026, 1, 5))}.")
    w.p("")
    w.table([["Goal", "Baseline", "Mastery criteria", "Target date"],
             ["Owen will answer 20 different WH-questions about a short story.", "", "80% correct across 3 "
              "consecutive sessions", mdy(D(2026, 6, 1))],
             ["Owen will initiate a conversation with a peer at recess.", "", "3 initiations per recess on 4 of 5 "
              "days", mdy(D(2026, 6, 1))],
             ["Owen will complete his 6-step morning routine with a picture checklist.", "2 of 6 steps",
              "6 of 6 steps on 5 consecutive days", mdy(D(2026, 4, 30))],
             ["Owen's mother will run a 10-minute structured play session using the BST steps.", "",
              "90% fidelity across 3 consecutive observations", mdy(D(2026, 4, 30))]], header=True, size=9)
    w.p("")
    w.p("Services: 97153 12 hours/week; 97155 2 hours/week; 97156 1 hour/week.")
    w.p("")
    w.p(f"BCBA: Trent Oyler, MS, BCBA    {mdy(plan)}")
    w.p(f"Parent/guardian: Marissa Beckstrom    {mdy(D(2026, 1, 14))}")
    w.save(f)
    label(f, "commercial-aba", as_of, gaps=[["baseline-missing"], ["assessment-outdated"]],
          notes="Gaps: three of four goals have an empty baseline cell; the only standardized assessment (VB-MAPP "
                "11/04/2024) is 434 days old at the 01/12/2026 plan date (365 allowed; warning). Compact plan with "
                "a four-column goals table.")


def q32():
    """A second payer's concurrent-review form requesting a 12-month period. Gap: duration-exceeds-limit."""
    f = "q32_sunflower_aba_12_month_request.docx"
    plan, start, end, review, as_of = D(2026, 1, 2), D(2026, 1, 5), D(2027, 1, 4), D(2026, 6, 30), D(2026, 1, 20)
    vin, vb = D(2025, 12, 15), D(2025, 12, 17)
    assert end > add_months(start, P['aba_months']) and days(plan, review) <= P['aba_review'] and days(vin, plan) <= P['aba_assess']
    w = W(font="Calibri", size=9.5, margin=0.6, title="ABA Concurrent Review Request", author="Sunflower Valley Health Plan")
    w.p("SUNFLOWER VALLEY HEALTH PLAN", bold=True, size=12)
    w.p("Behavioral Health — ABA Concurrent Review / Treatment Plan Form", bold=True)
    w.p("Please type. All fields are required.", italic=True, size=8)
    outer = w.table([["1. Member information", "2. Provider information"], ["", ""]], size=9)
    w.table([["Name", "Sofia L. Ortiz-Reyes"], ["DOB", "09/09/2021"], ["Member #", "SVH000561882"]],
            container=outer.cell(1, 0), size=8.5)
    w.table([["Provider", "Cornfield Kids ABA, Emporia KS"], ["BCBA", "Dylan Marsh, MA, BCBA"],
             ["NPI", npi("190327415")]], container=outer.cell(1, 1), size=8.5)
    w.p("")
    w.table([["3. Diagnosis", "F84.0 Autistic disorder; diagnosed 03/03/2024 by Nadia Farouk, MD (child psychiatrist)"],
             ["4. Assessments", f"Vineland-3 {mdy(vin)} (ABC 69); VB-MAPP {mdy(vb)} (Milestones 57)"],
             ["5. Requested authorization period", f"{mdy(start)} – {mdy(end)} (12 months)"],
             ["6. Next progress report due", mdy(review)],
             ["7. Services (CPT / hours per week)", "97153 — 22 hrs/wk\n97155 — 3 hrs/wk\n97156 — 1 hr/wk"]],
            first_col_bold=True, size=9, widths=[2.2, 5.0])
    w.p("")
    w.p("8. Goals", bold=True)
    w.table([["Goal", "Baseline", "Mastery", "Target"],
             ["Sofia will use a 3-word phrase to request on 80% of opportunities.", "1-word requests, 25% of "
              "opportunities", "80% across 3 consecutive sessions", mdy(D(2026, 6, 30))],
             ["Sofia will sit with peers for circle time for 10 minutes.", "2 minutes", "10 minutes on 4 of 5 days "
              "for 2 weeks", mdy(D(2026, 6, 30))],
             ["Ms. Ortiz-Reyes (parent) will use planned ignoring and differential reinforcement for tantrums.",
              "30% fidelity", "90% fidelity on 3 consecutive observations", mdy(D(2026, 4, 30))]],
            header=True, size=8.5)
    w.p("")
    w.p("9. Signatures", bold=True)
    w.p(f"BCBA: Dylan Marsh, MA, BCBA   ☒ e-signed {mdy(plan)}")
    w.p(f"Parent/guardian: Valeria Ortiz-Reyes   ☒ e-signed {mdy(D(2026, 1, 3))}")
    w.save(f)
    label(f, "commercial-aba", as_of, gaps=[["duration-exceeds-limit"]],
          notes="Gap: requested authorization period 01/05/2026-01/04/2027 is 12 months; the policy allows at most 6 "
                "(the next progress report, 06/30/2026, is within 184 days). Payer form with a nested table for "
                "member/provider, numbered sections in a two-column table.")


# ==============================================================================================
# SUD: New York OASAS 818, Florida 65D-30, California NTP, Texas 564 (payer: base-treatment-plan)
# ==============================================================================================

def _sud_problem_table(w, rows, size=8.5, shade="FCE4D6"):
    t = w.table([["Problem", "Goal", "Objectives (measurable, with target date)", "Methods / frequency", "Staff"]] + rows,
                header=True, size=size, shade_header=shade)
    return t


def q33():
    """NY OASAS inpatient rehabilitation plan, problem tables. Clean."""
    f = "q33_seneca_hills_oasas_plan.docx"
    admit, plan, md_sig, as_of = D(2026, 2, 2), D(2026, 2, 6), D(2026, 2, 9), D(2026, 2, 20)
    assert days(admit, plan) <= P['ny_plan'] and days(admit, md_sig) <= P['ny_md']
    w = W(font="Calibri", size=10, landscape=True, margin=0.6, title="Treatment/Recovery Plan",
          author="Seneca Hills Recovery Center")
    w.header(["Seneca Hills Recovery Center — OASAS-certified Inpatient Rehabilitation (Part 818), Penn Yan NY"], size=8)
    w.footer(["Confidential patient record — 42 CFR Part 2 applies.   Resident: Wyatt J. Pomeroy   CIN: KT48213M"], size=7)
    w.p("INDIVIDUALIZED TREATMENT / RECOVERY PLAN", bold=True, size=13)
    w.table([["Resident", "Wyatt J. Pomeroy", "Date of birth", "02/19/1988", "Medicaid CIN", "KT48213M"],
             ["Admission date", mdy(admit), "Plan date", mdy(plan), "Primary counselor", "Shauna Whitcomb, CASAC"]],
            size=9)
    w.p("")
    w.p("Diagnoses: F10.20 Alcohol dependence, uncomplicated (primary); F12.20 Cannabis dependence, uncomplicated; "
        "F17.210 Nicotine dependence, cigarettes, uncomplicated")
    _sud_problem_table(w, [
        ["1. Alcohol use: daily drinking for 6 years, 2 DWIs, lost job", "Wyatt will stay alcohol-free and build a "
         "relapse prevention plan.", f"a) Negative breathalyzer and EtG on every random test during the stay "
         f"({mdy(D(2026, 3, 2))}).\nb) Write a relapse prevention plan naming 5 triggers and a coping step for each "
         f"by {mdy(D(2026, 2, 20))}.", "Individual counseling 1x/week; relapse prevention group 5x/week; "
         "12-step meetings on unit 3x/week", "S. Whitcomb, CASAC"],
        ["2. Cannabis use to sleep", "Wyatt will sleep without cannabis.", f"a) Sleep 6 hours or more on 5 of 7 "
         f"nights per nursing sleep log by {mdy(D(2026, 2, 27))}.", "Sleep hygiene group 2x/week; medical review",
         "Nursing; R. Abernathy, MD"],
        ["3. Family conflict", "Wyatt will repair contact with his parents.", f"a) Attend 2 family sessions with his "
         f"mother by {mdy(D(2026, 3, 2))}.", "Family session 1x/week (phone or in person)", "S. Whitcomb, CASAC"],
    ])
    w.p("")
    w.p(f"Estimated length of stay: 28 days (discharge planning begins week 2). Plan review: weekly at team meeting.")
    w.p("")
    w.table([["Signature", "Name / credentials", "Date"],
             ["Resident", "Wyatt J. Pomeroy", mdy(plan)],
             ["Responsible clinical staff member", "Shauna Whitcomb, CASAC", mdy(plan)],
             ["Physician review and approval", "Reuben Abernathy, MD, Medical Director", mdy(md_sig)]],
            header=True, size=9)
    w.save(f)
    label(f, "base-treatment-plan", as_of, states=["ny-oasas-818"],
          notes="Clean. NY inpatient rehab plan: landscape, 6-column identifier grid, problem/goal/objective/methods "
                "table, signature table; plan 4 days and physician review 7 days after admission.")


def q34():
    """NY OASAS plan; physician signed 14 days after admission. Gap: signature-late."""
    f = "q34_mohawk_bend_oasas_late_md.docx"
    admit, plan, md_sig, as_of = D(2026, 1, 12), D(2026, 1, 16), D(2026, 1, 26), D(2026, 2, 9)
    assert days(admit, plan) <= P['ny_plan'] and days(admit, md_sig) == 14 > P['ny_md']
    w = W(font="Times New Roman", size=11, title="Treatment Plan", author="Mohawk Bend Treatment Center")
    w.p("MOHAWK BEND TREATMENT CENTER", bold=True, align="center", size=13)
    w.p("Inpatient Rehabilitation · Little Falls, New York", align="center", size=9)
    w.p("Treatment Plan", bold=True, size=12)
    w.p(f"Patient: Crystal A. Vanderhoof. Born 6/3/1979. Medicaid CIN PQ27590R. Admitted {md(admit)}. "
        f"This plan was completed on {md(plan)} by the primary counselor, Marcus Delacroix, CASAC-2, with the patient.")
    w.p("Diagnosis: F11.20 Opioid dependence, uncomplicated; F41.1 Generalized anxiety disorder.")
    w.p("Problem 1 – Opioid use disorder.", bold=True)
    w.p(f"Goal: Crystal will complete the inpatient program and leave with naltrexone or buprenorphine started and "
        f"an outpatient appointment. Objectives: (1) attend 90% of scheduled groups each week, per attendance "
        f"record, by {md(D(2026, 2, 9))}; (2) meet the prescriber and choose a medication by {md(D(2026, 1, 30))}. "
        "Methods: MAT education group 3x/week, individual counseling weekly, medication evaluation by physician.")
    w.p("Problem 2 – Anxiety.", bold=True)
    w.p(f"Goal: Crystal will handle anxiety without using. Objectives: GAD-7 from 16 to 10 or less by "
        f"{md(D(2026, 2, 9))}. Methods: CBT skills group 2x/week; psychiatric consult.")
    w.p("Problem 3 – Housing.", bold=True)
    w.p(f"Goal: Crystal will have a safe, drug-free place to live at discharge. Objectives: apply to 2 recovery "
        f"residences by {md(D(2026, 2, 6))}. Methods: case management 2x/week.")
    w.p("")
    t = w.table([["Physician review"],
                 [f"I have reviewed this treatment plan and approve it.\nSignature: Howard Tisdale, MD      "
                  f"Date: {md(md_sig)}"]], size=10)
    w.shade(t.cell(0, 0), "E7E6E6")
    w.p(f"Primary counselor: Marcus Delacroix, CASAC-2    {md(plan)}")
    w.p(f"Patient: Crystal A. Vanderhoof    {md(plan)}")
    w.save(f)
    label(f, "base-treatment-plan", as_of, states=["ny-oasas-818"], gaps=[["signature-late"]],
          notes="Gap: admitted 1/12/2026, physician review signed 1/26/2026 = 14 days (OASAS: within 10 days of "
                "admission). Narrative plan with goals, objectives and methods run together in paragraphs; "
                "physician approval in a shaded box.")


def q35():
    """Florida residential level 2 plan with a QP countersignature. Clean."""
    f = "q35_suwannee_residential_plan.docx"
    admit, plan, qp, as_of = D(2026, 3, 2), D(2026, 3, 12), D(2026, 3, 16), D(2026, 3, 30)
    assert days(admit, plan) <= P['fl_plan']['residential level 2'] and days(plan, qp) <= P['fl_qp']
    w = W(font="Arial", size=9.5, title="Individualized Treatment Plan", author="Suwannee River Recovery")
    w.header(["Suwannee River Recovery, Inc. · Live Oak, FL · DCF license (invented) 62-0000"], size=8)
    w.p("INDIVIDUALIZED TREATMENT PLAN", bold=True, size=12, align="center")
    w.table([["Individual", "Travis L. Mayhew", "DOB", "11/23/1990"],
             ["Medicaid ID", "0041877265", "Level of care", "Residential Level 2"],
             ["Admission date", mdy(admit), "Plan date", mdy(plan)]], size=9)
    w.p("")
    w.p("Diagnoses: F15.20 Other stimulant dependence, uncomplicated (methamphetamine); F12.20 Cannabis dependence, "
        "uncomplicated")
    for n, (prob, goal, objs, ints) in enumerate([
        ("Methamphetamine use daily for 3 years", "Travis will stop using methamphetamine and other drugs.",
         [f"Travis will have negative urine drug screens on every random test for 6 weeks in a row by {mdy(D(2026, 4, 24))}.",
          f"Travis will list 5 personal triggers and a coping response for each in his workbook by {mdy(D(2026, 3, 27))}."],
         ["Relapse prevention group, 5 times per week (counselor)", "Individual counseling, 1 time per week (primary counselor)"]),
        ("No stable work history", "Travis will prepare to return to work.",
         [f"Travis will complete 3 job applications with the vocational specialist by {mdy(D(2026, 4, 17))}."],
         ["Vocational group, 2 times per week (vocational specialist)"]),
    ], start=1):
        w.p(f"Problem {n}: {prob}", bold=True)
        w.p(f"Goal {n}: {goal}")
        for k, o in enumerate(objs):
            w.p(f"   Objective {n}.{k + 1}: {o}")
        for k, it in enumerate(ints):
            w.p(f"   Intervention {n}.{k + 1}: {it}")
    w.p("")
    w.p("I participated in developing this plan and agree with it. " + RIGHTS, size=8)
    w.table([["", "Name", "Signature", "Date"],
             ["Individual", "Travis L. Mayhew", "Travis L. Mayhew", mdy(plan)],
             ["Primary counselor", "Dustin Palmer, CAP", "Dustin Palmer, CAP", mdy(plan)],
             ["Qualified professional review", "Maribel Ortega, LMHC", "M. Ortega, LMHC", mdy(qp)]], header=True, size=9)
    w.save(f)
    label(f, "base-treatment-plan", as_of, states=["fl-65d-30"],
          notes="Clean. FL residential level 2: plan 10 days after admission (15 allowed), QP countersignature 4 days "
                "after the plan; problem/goal/objective/intervention outline with frequencies; signature table.")


def q36():
    """Florida intensive inpatient plan written 7 days after admission. Gap: plan-late."""
    f = "q36_emerald_coast_intensive_inpatient.docx"
    admit, plan, qp, as_of = D(2026, 2, 2), D(2026, 2, 9), D(2026, 2, 12), D(2026, 2, 23)
    assert days(admit, plan) == 7 > P['fl_plan']['intensive inpatient'] and days(plan, qp) <= P['fl_qp']
    w = W(font="Calibri", size=10, title="Treatment Plan", author="Emerald Coast Behavioral")
    w.p("Emerald Coast Behavioral — Intensive Inpatient Unit, Crestview FL", bold=True)
    w.p("MASTER TREATMENT PLAN", bold=True, size=14)
    w.p("Client: Brandy N. Culpepper     DOB: 04/17/1985     Member ID: SUN-77120455")
    w.p(f"Admitted: {mdy(admit)}     Level of care: Intensive Inpatient     Plan completed: {mdy(plan)}")
    w.p("Diagnosis: F10.20 Alcohol dependence, uncomplicated")
    w.table([["Goal", "Objective", "Target date", "Interventions and frequency"],
             ["Brandy will remain abstinent from alcohol.", "Zero positive breathalyzer results on daily testing.",
              mdy(D(2026, 2, 27)), "Daily breathalyzer; relapse prevention group daily (Mon-Fri)"],
             ["", "Identify 4 high-risk situations and a plan for each in writing.", mdy(D(2026, 2, 20)),
              "Individual counseling 2x/week"],
             ["Brandy will have a recovery support network at discharge.", "Obtain phone numbers of 3 sober supports "
              "and call one each day for 7 days.", mdy(D(2026, 2, 27)), "Peer support 3x/week; AA on unit 2x/week"]],
            header=True, size=9)
    w.p("")
    w.p(f"Client signature: Brandy N. Culpepper  Date: {mdy(plan)}")
    w.p(f"Clinician: Jared Whitfield, CAP  Date: {mdy(plan)}")
    w.p(f"Clinical supervisor (QP): Yolanda Pierce, LCSW  Date: {mdy(qp)}")
    w.save(f)
    label(f, "base-treatment-plan", as_of, states=["fl-65d-30"], gaps=[["plan-late"]],
          notes="Gap: intensive inpatient level of care, admitted 02/02/2026, plan completed 02/09/2026 = 7 days (3 "
                "allowed). Goals table with continuation rows (blank goal cell).")


def q37():
    """California NTP initial maintenance plan with counselor, supervisor and medical director. Clean."""
    f = "q37_central_valley_ntp_plan.docx"
    admit, plan, sup, mdd, upd, as_of = (D(2026, 1, 5), D(2026, 1, 27), D(2026, 2, 3), D(2026, 2, 5), D(2026, 4, 6),
                                         D(2026, 2, 23))
    assert days(admit, plan) <= P['ca_plan'] and days(plan, sup) <= P['ca_sign'] and days(plan, mdd) <= P['ca_sign'] and days(admit, upd) <= P['ca_review']
    assert as_of < upd
    w = W(font="Arial", size=9.5, title="Initial Treatment Plan", author="Central Valley Recovery Clinic")
    w.header(["Central Valley Recovery Clinic — Narcotic Treatment Program, Madera CA"], size=8)
    w.footer(["Patient: Gutierrez, Ramon E. | DOB 03/08/1976 | Medi-Cal CIN 91234567A | Program ID 0412"], size=7)
    w.p("Initial Maintenance Treatment Plan", bold=True, size=13)
    w.table([["Patient", "Ramon E. Gutierrez"], ["Date of birth", "03/08/1976"], ["Medi-Cal CIN", "91234567A"],
             ["Admission to maintenance", mdy(admit)], ["Plan effective date", mdy(plan)],
             ["Next plan update due", mdy(upd)], ["Primary counselor", "Lupe Carrillo, SUDCC II"]],
            size=9, widths=[2.2, 4.3])
    w.p("")
    w.p("Diagnosis: F11.20 Opioid dependence, uncomplicated. Methadone 80 mg daily (dose per medical director).")
    w.p("Long-term goal 1: Ramon will stop using illicit opioids and stabilize on methadone.", bold=True)
    w.p(f"  Short-term goal 1a: UDS negative for fentanyl and heroin on every test for 4 weeks in a row. Target date: {mdy(D(2026, 3, 31))}")
    w.p(f"  Short-term goal 1b: Attend 4 of 4 monthly counseling sessions without a missed dose day. Target date: {mdy(D(2026, 4, 3))}")
    w.p("Long-term goal 2: Ramon will regain his commercial driver's license.", bold=True)
    w.p(f"  Short-term goal 2a: Pay the first 3 installments of his DMV fines, receipts shown. Target date: {mdy(D(2026, 4, 3))}")
    w.p("Services: methadone dosing daily; individual counseling 50 minutes, 4 times per month; case management monthly.")
    w.p("")
    w.table([["Role", "Name", "Date signed"],
             ["Patient", "Ramon E. Gutierrez", mdy(plan)],
             ["Primary counselor", "Lupe Carrillo, SUDCC II", mdy(plan)],
             ["Supervising counselor (review)", "Daniel Oyelowo, LMFT", mdy(sup)],
             ["Medical director (review)", "Evelyn Sato, MD", mdy(mdd)]], header=True, size=9)
    w.save(f)
    label(f, "base-treatment-plan", as_of, states=["ca-title9-ntp"],
          notes="Clean. CA NTP: plan 22 days after admission, supervisor and medical director sign 7 and 9 days "
                "after it, next update 91 days after admission; long-/short-term goal outline; key/value table.")


def q38():
    """California NTP plan; medical director countersigned 21 days after the plan. Gap: signature-late."""
    f = "q38_redwood_coast_ntp_late_md.docx"
    admit, plan, sup, mdd, upd, as_of = (D(2026, 2, 9), D(2026, 3, 2), D(2026, 3, 6), D(2026, 3, 23), D(2026, 5, 8),
                                         D(2026, 4, 6))
    assert days(admit, plan) <= P['ca_plan'] and days(plan, sup) <= P['ca_sign'] and days(plan, mdd) == 21 > P['ca_sign'] and days(admit, upd) <= P['ca_review']
    w = W(font="Calibri", size=10, title="Treatment Plan", author="Redwood Coast Treatment Services")
    w.p("Redwood Coast Treatment Services — Opioid Treatment Program — Eureka, CA", bold=True)
    w.p("Treatment Plan (initial)", size=14)
    w.p(f"Pt: Shelby D. Lindqvist-Moore   DOB 12/01/1992   Medi-Cal CIN 94455012B")
    w.p(f"Admission: {md(admit)}   Plan date: {md(plan)}   Plan update due by: {md(upd)}")
    w.p("Dx: F11.20 Opioid dependence, uncomplicated; F17.210 Nicotine dependence, cigarettes, uncomplicated")
    w.table([["Problem", "Goal", "Short-term goals (target dates)", "Action steps"],
             ["Opioid use", "Shelby will stay on buprenorphine and stop fentanyl use.",
              f"1. Take buprenorphine as observed on 26 of 28 days ({md(D(2026, 4, 30))}).\n"
              f"2. 3 consecutive fentanyl-negative UDS ({md(D(2026, 4, 30))}).",
              "Observed dosing daily; counseling 2x/month"],
             ["Parenting", "Shelby will regain unsupervised visits with her son.",
              f"1. Complete the 8-week parenting class ({md(D(2026, 5, 1))}).",
              "Referral to family services; case management 1x/month"]], header=True, size=9)
    w.p("")
    w.p(f"Primary counselor: Kiana Roberts, RADT-II — signed {md(plan)}")
    w.p(f"Patient: Shelby D. Lindqvist-Moore — signed {md(plan)}")
    w.p(f"Supervising counselor: Owen Pedersen, LAADC — reviewed and signed {md(sup)}")
    w.p(f"Medical director: Gabriel Anaya, DO — reviewed and signed {md(mdd)}")
    w.save(f)
    label(f, "base-treatment-plan", as_of, states=["ca-title9-ntp"], gaps=[["signature-late"]],
          notes="Gap: the medical director's review signature is dated 21 days after the 3/2/2026 plan (14 allowed). "
                "Problem/goal/short-term-goal/action table; signatures as one line each.")


def q39():
    """Texas outpatient chemical dependency plan. Clean."""
    f = "q39_brazos_bend_tx_plan.docx"
    admit, plan, as_of = D(2026, 2, 16), D(2026, 2, 23), D(2026, 3, 16)
    w = W(font="Calibri", size=10.5, title="Treatment Plan", author="Brazos Bend Recovery Services")
    w.header(["Brazos Bend Recovery Services · Licensed Chemical Dependency Treatment Facility · Navasota TX"], size=8)
    w.p("Client Treatment Plan", bold=True, size=14)
    w.table([["Client", "Javier M. Cantu", "DOB", "05/29/1994"],
             ["Texas Medicaid #", "512398764", "Admission", mdy(admit)],
             ["Plan date", mdy(plan), "Projected length of stay", "12 weeks (intensive outpatient, then outpatient)"]],
            size=9)
    w.p("")
    w.p("Diagnosis: F14.20 Cocaine dependence, uncomplicated")
    w.p("Goal 1: Javier will stop using cocaine.", bold=True)
    w.p(f"   Objective 1.1: Javier will give negative urine screens on all weekly tests for 8 weeks in a row by {mdy(D(2026, 4, 27))}.")
    w.p(f"   Objective 1.2: Javier will name 4 triggers and a plan for each on his relapse prevention worksheet by {mdy(D(2026, 3, 16))}.")
    w.p("   Strategies: IOP group 3 times per week (3 hours each); individual counseling once a week.")
    w.p("Goal 2: Javier will build sober supports.", bold=True)
    w.p(f"   Objective 2.1: Javier will attend 2 NA or SMART Recovery meetings a week, per signed attendance sheet, by {mdy(D(2026, 3, 30))}.")
    w.p("   Strategies: peer recovery coaching every 2 weeks; meeting list given.")
    w.p("")
    w.p(f"Client: Javier M. Cantu   signature: Javier M. Cantu   date: {mdy(plan)}")
    w.p(f"Counselor: Amanda Reyes, LCDC   signature: Amanda Reyes, LCDC   date: {mdy(plan)}")
    w.save(f)
    label(f, "base-treatment-plan", as_of, states=["tx-26tac-564"],
          notes="Clean. TX licensed facility plan: goals with numbered objectives and strategies with frequencies, "
                "projected length of stay in the header table, client and counselor signature lines.")


def q40():
    """Texas plan with undated objectives and no date of birth (age only). Gaps: objective-not-time-bound,
    field-missing."""
    f = "q40_piney_woods_tx_undated.docx"
    admit, plan, as_of = D(2026, 1, 20), D(2026, 1, 27), D(2026, 2, 17)
    w = W(font="Times New Roman", size=11, title="Treatment Plan", author="Piney Woods Counseling & Recovery")
    w.p("Piney Woods Counseling & Recovery — Lufkin, Texas", bold=True)
    w.p("TREATMENT PLAN", bold=True, size=13)
    w.p(f"Client: Dale R. Pruett      Age: 34      Client ID / Medicaid #: 509871234")
    w.p(f"Admission: {md(admit)}      Date of plan: {md(plan)}")
    w.p("Projected length of stay: 90 days")
    w.p("Diagnosis: F10.20 Alcohol dependence, uncomplicated")
    w.p("GOAL A. Dale will stop drinking.", bold=True)
    w.p("   A1. Dale will have 0 positive breathalyzer tests at each weekly visit.")
    w.p("   A2. Dale will attend 3 AA meetings each week, per signed attendance sheet.")
    w.p("   Strategy: group counseling twice a week; individual counseling once a week.")
    w.p("GOAL B. Dale will keep his job.", bold=True)
    w.p("   B1. Dale will miss no more than 1 workday per month, per his supervisor's note.")
    w.p("   Strategy: weekly individual session on work stress and scheduling.")
    w.p("")
    w.p(f"Client signature: Dale R. Pruett     Date: {md(plan)}")
    w.p(f"Counselor signature: Lacey Hollins, LCDC     Date: {md(plan)}")
    w.save(f)
    label(f, "base-treatment-plan", as_of, states=["tx-26tac-564"],
          gaps=[["objective-not-time-bound"], ["field-missing"]],
          notes="Gaps: no objective or goal has a target date or time frame (the 90-day projected stay is not a "
                "target date for the objectives); the client's date of birth is missing (only age 34). Plain "
                "paragraph plan with lettered goals.")


# ==============================================================================================
# FHIR R4, C-CDA and native YAML plans
# ==============================================================================================

def _fhir_bundle(entries, bundle_id):
    return {"resourceType": "Bundle", "id": bundle_id, "type": "collection",
            "timestamp": "2026-03-01T12:00:00Z",
            "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in entries]}


def q41():
    """FHIR R4 collection Bundle from a small practice's EHR: psychotherapy CarePlan. Clean (baseline profile)."""
    f = "q41_fhir_careplan_ptsd.json"
    plan, as_of = D(2026, 2, 24), D(2026, 3, 23)
    pr_npi = npi("158204736")
    pid, cid, gid1, gid2, sid, prid, covid, cpid = ("5d1f0c2a-1111-4a5e-9c01-000000000041", "5d1f0c2a-2222-4a5e-9c01-000000000041",
                                                    "5d1f0c2a-3333-4a5e-9c01-000000000041", "5d1f0c2a-3334-4a5e-9c01-000000000041",
                                                    "5d1f0c2a-4444-4a5e-9c01-000000000041", "5d1f0c2a-5555-4a5e-9c01-000000000041",
                                                    "5d1f0c2a-6666-4a5e-9c01-000000000041", "5d1f0c2a-7777-4a5e-9c01-000000000041")
    patient = {"resourceType": "Patient", "id": pid,
               "identifier": [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                               "system": "urn:oid:2.16.840.1.113883.3.9999.41", "value": "MR-118204"},
                              {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB",
                                                    "display": "Member Number"}]},
                               "system": "https://members.bluemesa-health.example/id", "value": "BMH-00912734"}],
               "name": [{"use": "official", "family": "Okonkwo", "given": ["Adaeze", "N."]}],
               "gender": "female", "birthDate": "1987-06-14"}
    coverage = {"resourceType": "Coverage", "id": covid, "status": "active", "subscriberId": "BMH-00912734",
                "beneficiary": {"reference": f"urn:uuid:{pid}"}, "payor": [{"display": "Blue Mesa Health Plan"}]}
    pract = {"resourceType": "Practitioner", "id": prid,
             "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": pr_npi}],
             "name": [{"family": "Tsosie", "given": ["Marcus"], "suffix": ["LCSW"]}],
             "qualification": [{"code": {"text": "LCSW"}}]}
    cond = {"resourceType": "Condition", "id": cid,
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": "problem-list-item"}]}],
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F43.12",
                                 "display": "Post-traumatic stress disorder, chronic"}], "text": "Chronic PTSD"},
            "subject": {"reference": f"urn:uuid:{pid}"}, "recordedDate": "2026-02-10"}
    goal1 = {"resourceType": "Goal", "id": gid1, "lifecycleStatus": "active",
             "description": {"text": "Adaeze will lower her PCL-5 score from 49 to 30 or below."},
             "subject": {"reference": f"urn:uuid:{pid}"},
             "target": [{"measure": {"text": "PCL-5 total score"}, "detailQuantity": {"value": 30, "comparator": "<="},
                         "dueDate": "2026-06-30"}],
             "addresses": [{"reference": f"urn:uuid:{cid}"}]}
    goal2 = {"resourceType": "Goal", "id": gid2, "lifecycleStatus": "active",
             "description": {"text": "Adaeze will ride the city bus to work at least 4 days a week."},
             "subject": {"reference": f"urn:uuid:{pid}"},
             "target": [{"measure": {"text": "days per week riding the bus"}, "detailQuantity": {"value": 4, "comparator": ">="},
                         "dueDate": "2026-05-29"}],
             "addresses": [{"reference": f"urn:uuid:{cid}"}]}
    sr = {"resourceType": "ServiceRequest", "id": sid, "status": "active", "intent": "order",
          "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90837",
                               "display": "Psychotherapy, 60 minutes"}], "text": "Individual psychotherapy (prolonged exposure)"},
          "subject": {"reference": f"urn:uuid:{pid}"},
          "occurrenceTiming": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "wk", "duration": 60,
                                          "durationUnit": "min", "boundsPeriod": {"start": "2026-02-24", "end": "2026-08-21"}}},
          "requester": {"reference": f"urn:uuid:{prid}"}, "reasonReference": [{"reference": f"urn:uuid:{cid}"}]}
    cp = {"resourceType": "CarePlan", "id": cpid, "status": "active", "intent": "plan",
          "title": "Outpatient psychotherapy treatment plan",
          "subject": {"reference": f"urn:uuid:{pid}"}, "created": plan.isoformat(),
          "period": {"start": "2026-02-24", "end": "2026-08-21"},
          "author": {"reference": f"urn:uuid:{prid}"},
          "addresses": [{"reference": f"urn:uuid:{cid}"}],
          "goal": [{"reference": f"urn:uuid:{gid1}"}, {"reference": f"urn:uuid:{gid2}"}],
          "activity": [{"reference": {"reference": f"urn:uuid:{sid}"}}],
          "note": [{"text": "Plan reviewed with the client, who agrees with it. Crisis line 988 given."}]}
    b = _fhir_bundle([cp, patient, coverage, pract, cond, goal1, goal2, sr], "q41-bundle")
    write_text(f, json.dumps(b, indent=2, ensure_ascii=False) + "\n")
    label(f, "base-treatment-plan", as_of,
          notes="Clean. FHIR R4 collection Bundle: CarePlan, Patient (MR and MB identifiers), Coverage, Practitioner "
                "with a valid NPI, Condition in ICD-10-CM, two Goals with targets, ServiceRequest with CPT 90837.")


def q42():
    """FHIR R4 Bundle whose Condition carries a code that does not exist. Gap: diagnosis-code-invalid."""
    f = "q42_fhir_careplan_bad_icd.json"
    plan, as_of = D(2026, 3, 10), D(2026, 3, 31)
    ids = {k: f"9a7e4410-{n:04d}-4c2b-8d11-000000000042" for n, k in enumerate(
        ["pat", "enc", "cond", "cond2", "goal", "sr", "pr", "cp"], start=1)}
    res = [
        {"resourceType": "Patient", "id": ids["pat"],
         "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB"}],
                                  "text": "Medicaid member ID"},
                         "system": "https://medicaid.state.example/member", "value": "770184223"}],
         "name": [{"text": "Harlan P. Beaudry", "family": "Beaudry", "given": ["Harlan", "P."]}],
         "gender": "male", "birthDate": "1964-01-29"},
        {"resourceType": "Practitioner", "id": ids["pr"],
         "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi("171029384")}],
         "name": [{"text": "Renee Castellano, PsyD"}]},
        {"resourceType": "Encounter", "id": ids["enc"], "status": "finished",
         "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
         "subject": {"reference": f"urn:uuid:{ids['pat']}"}, "period": {"start": "2026-03-10T09:00:00-05:00",
                                                                       "end": "2026-03-10T10:00:00-05:00"}},
        {"resourceType": "Condition", "id": ids["cond"],
         "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F33.10",
                              "display": "Major depressive disorder, recurrent, moderate"}]},
         "subject": {"reference": f"urn:uuid:{ids['pat']}"}, "encounter": {"reference": f"urn:uuid:{ids['enc']}"}},
        {"resourceType": "Condition", "id": ids["cond2"],
         "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F41.1",
                              "display": "Generalized anxiety disorder"}]},
         "subject": {"reference": f"urn:uuid:{ids['pat']}"}},
        {"resourceType": "Goal", "id": ids["goal"], "lifecycleStatus": "active",
         "description": {"text": "Harlan will lower his PHQ-9 from 17 to under 10."},
         "subject": {"reference": f"urn:uuid:{ids['pat']}"},
         "target": [{"measure": {"text": "PHQ-9"}, "detailQuantity": {"value": 10, "comparator": "<"}, "dueDate": "2026-07-10"}]},
        {"resourceType": "ServiceRequest", "id": ids["sr"], "status": "active", "intent": "plan",
         "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90834"}],
                  "text": "Individual psychotherapy, 45 minutes"},
         "subject": {"reference": f"urn:uuid:{ids['pat']}"},
         "occurrenceTiming": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "wk"}}},
        {"resourceType": "CarePlan", "id": ids["cp"], "status": "active", "intent": "plan",
         "subject": {"reference": f"urn:uuid:{ids['pat']}"}, "created": f"{plan.isoformat()}T10:05:00-05:00",
         "period": {"start": plan.isoformat(), "end": "2026-09-10"},
         "author": {"reference": f"urn:uuid:{ids['pr']}"},
         "addresses": [{"reference": f"urn:uuid:{ids['cond']}"}, {"reference": f"urn:uuid:{ids['cond2']}"}],
         "goal": [{"reference": f"urn:uuid:{ids['goal']}"}],
         "activity": [{"reference": {"reference": f"urn:uuid:{ids['sr']}"}}]},
    ]
    write_text(f, json.dumps(_fhir_bundle(res, "q42-bundle"), indent=1, ensure_ascii=False) + "\n")
    label(f, "base-treatment-plan", as_of, gaps=[["diagnosis-code-invalid"]],
          notes="Gap: the depression Condition is coded F33.10, which does not exist (F33.1 is the billable code). "
                "FHIR R4 Bundle with an Encounter, two Conditions, Goal, ServiceRequest, CarePlan.")


CCDA_TMPL = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.43" extension="CP-20260302-0043"/>
  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" displayName="Overall plan of care/advance care directives"/>
  <title>Care Plan — Occupational Therapy</title>
  <effectiveTime value="20260302103000-0700"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="MRN-60233"/>
      <addr use="HP"><streetAddressLine>14 Aspen Loop</streetAddressLine><city>Salida</city><state>CO</state><postalCode>81201</postalCode></addr>
      <patient>
        <name use="L"><given>Geraldine</given><given>M.</given><family>Haskins</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19510919"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="20260302103000-0700"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="{npi_ot}"/>
      <assignedPerson><name><given>Tessa</given><family>Rourke</family><suffix>OTR/L</suffix></name></assignedPerson>
      <representedOrganization><name>Upper Arkansas Valley Therapy</name></representedOrganization>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization>
    <id root="2.16.840.1.113883.4.6" extension="{npi_org}"/><name>Upper Arkansas Valley Therapy</name>
  </representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator>
    <time value="20260302"/>
    <signatureCode code="S"/>
    <assignedEntity><id root="2.16.840.1.113883.4.6" extension="{npi_ot}"/>
      <assignedPerson><name><given>Tessa</given><family>Rourke</family><suffix>OTR/L</suffix></name></assignedPerson>
    </assignedEntity>
  </legalAuthenticator>
  <documentationOf>
    <serviceEvent classCode="PCPR">
      <effectiveTime><low value="20260302"/><high value="20260525"/></effectiveTime>
    </serviceEvent>
  </documentationOf>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/>
      <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concerns document"/>
      <title>Health Concerns</title>
      <text><list><item>Z47.1 Aftercare following joint replacement surgery — difficulty with lower-body dressing and bathing</item>
        <item>Z96.651 Presence of right artificial knee joint (TKA 02/09/2026)</item></list></text>
      <entry><act classCode="ACT" moodCode="EVN">
        <templateId root="2.16.840.1.113883.10.20.22.4.132" extension="2015-08-01"/>
        <id root="2.16.840.1.113883.19.5.99999.43.1"/>
        <code code="75310-3" codeSystem="2.16.840.1.113883.6.1"/>
        <statusCode code="active"/>
        <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">
          <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
          <id root="2.16.840.1.113883.19.5.99999.43.2"/>
          <code code="55607006" codeSystem="2.16.840.1.113883.6.96" displayName="Problem"/>
          <statusCode code="completed"/>
          <effectiveTime><low value="20260209"/></effectiveTime>
          <value xsi:type="CD" code="Z96.651" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="Presence of right artificial knee joint"/>
        </observation></entryRelationship>
        <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">
          <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
          <id root="2.16.840.1.113883.19.5.99999.43.3"/>
          <code code="55607006" codeSystem="2.16.840.1.113883.6.96" displayName="Problem"/>
          <statusCode code="completed"/>
          <effectiveTime><low value="20260209"/></effectiveTime>
          <value xsi:type="CD" code="Z47.1" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="Aftercare following joint replacement surgery"/>
        </observation></entryRelationship>
      </act></entry>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.60"/>
      <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/>
      <title>Goals</title>
      <text><list>
        <item>Dress lower body with a reacher and sock aid, modified independent, by 04/13/2026.</item>
        <item>Step into and out of the tub using a tub bench with standby assist by 04/27/2026.</item>
      </list></text>
      <entry><observation classCode="OBS" moodCode="GOL">
        <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
        <id root="2.16.840.1.113883.19.5.99999.43.4"/>
        <code code="58151-2" codeSystem="2.16.840.1.113883.6.1" displayName="Lower body dressing"/>
        <statusCode code="active"/>
        <effectiveTime value="20260413"/>
        <value xsi:type="ST">Dress lower body with a reacher and sock aid, modified independent, by 04/13/2026.</value>
      </observation></entry>
      <entry><observation classCode="OBS" moodCode="GOL">
        <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
        <id root="2.16.840.1.113883.19.5.99999.43.5"/>
        <code code="28238-7" codeSystem="2.16.840.1.113883.6.1" displayName="Tub transfer"/>
        <statusCode code="active"/>
        <effectiveTime value="20260427"/>
        <value xsi:type="ST">Step into and out of the tub using a tub bench with standby assist by 04/27/2026.</value>
      </observation></entry>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>
      <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/>
      <title>Interventions</title>
      <text>Self-care/home management training (97535) and therapeutic activities (97530), 2 times per week for 8 weeks.</text>
      <entry><procedure classCode="PROC" moodCode="INT">
        <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
        <id root="2.16.840.1.113883.19.5.99999.43.6"/>
        <code code="97535" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT" displayName="Self-care/home management training"/>
        <statusCode code="active"/>
        <effectiveTime xsi:type="IVL_TS"><low value="20260302"/><high value="20260427"/></effectiveTime>
      </procedure></entry>
      <entry><procedure classCode="PROC" moodCode="INT">
        <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
        <id root="2.16.840.1.113883.19.5.99999.43.7"/>
        <code code="97530" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT" displayName="Therapeutic activities"/>
        <statusCode code="active"/>
        <effectiveTime xsi:type="IVL_TS"><low value="20260302"/><high value="20260427"/></effectiveTime>
      </procedure></entry>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.18" extension="2015-08-01"/>
      <code code="48768-6" codeSystem="2.16.840.1.113883.6.1" displayName="Payment sources"/>
      <title>Insurance Providers</title>
      <text><table><thead><tr><th>Payer</th><th>Member ID</th></tr></thead>
        <tbody><tr><td>Medicare Part B</td><td>3NA6-TK1-PW45</td></tr></tbody></table></text>
      <entry><act classCode="ACT" moodCode="EVN">
        <templateId root="2.16.840.1.113883.10.20.22.4.60" extension="2015-08-01"/>
        <id root="2.16.840.1.113883.19.5.99999.43.8"/>
        <code code="48768-6" codeSystem="2.16.840.1.113883.6.1"/>
        <statusCode code="completed"/>
        <entryRelationship typeCode="COMP"><act classCode="ACT" moodCode="EVN">
          <templateId root="2.16.840.1.113883.10.20.22.4.61" extension="2015-08-01"/>
          <id root="2.16.840.1.113883.19.5.99999.43.9"/>
          <code code="1" codeSystem="2.16.840.1.113883.3.221.5" displayName="MEDICARE"/>
          <statusCode code="completed"/>
          <performer typeCode="PRF"><assignedEntity><id root="2.16.840.1.113883.6.300"/>
            <representedOrganization><name>Medicare Part B</name></representedOrganization></assignedEntity></performer>
          <participant typeCode="COV"><participantRole classCode="PAT">
            <id root="2.16.840.1.113883.4.927" extension="3NA6TK1PW45"/>
            <code code="SELF" codeSystem="2.16.840.1.113883.5.111"/>
          </participantRole></participant>
        </act></entryRelationship>
      </act></entry>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""


def q43():
    """C-CDA R2.1 Care Plan from an OT practice. Clean (baseline profile)."""
    f = "q43_ccda_ot_care_plan.xml"
    as_of = D(2026, 3, 30)
    write_text(f, CCDA_TMPL.replace("{npi_ot}", npi("139482716")).replace("{npi_org}", npi("186604213")))
    label(f, "base-treatment-plan", as_of,
          notes="Clean. C-CDA Care Plan: Health Concerns with ICD-10-CM problem observations, Goals, Interventions "
                "(CPT), Payers section with the Medicare member ID, author and legal authenticator with valid NPIs.")


YAML_ABA = """schema: authcheck-plan/1
# Exported from the agency's practice-management system (small rural ABA provider).
patient: {name: Wren A. Castellanos, birth_date: 2021-02-17, member_id: "00451772019"}
payer: Plains Mutual Health (commercial)
discipline: aba
providers:
  - {name: Maren Holt, credential: BCBA, npi: "{npi_bcba}", role: supervising BCBA, organization: Windbreak Behavior Services}
plan_date: 2026-02-02
period: {start: 2026-02-09, end: 2026-08-08}
diagnoses:
  - {code: F84.0, description: Autistic disorder, primary: true, diagnosed_by: "Hollis Grant, PhD", diagnosed_on: 2025-09-30}
assessments:
  - {instrument: VB-MAPP, date: 2026-01-20, scores: {milestones: 38}}
  - {instrument: Vineland-3, date: 2026-01-22, scores: {ABC: 63}}
problems:
  - label: Communication
    goals:
      - statement: Wren will request 10 preferred items with a sign or a word without prompts.
        baseline: 2 items with full physical prompts
        mastery_criteria: 80% of opportunities across 3 consecutive sessions
        target_date: 2026-07-31
      - statement: Wren will follow 1-step instructions from an adult.
        baseline: 25% of instructions
        mastery_criteria: 80% of instructions across 3 consecutive sessions
  - label: Behavior reduction
    goals:
      - statement: Wren will decrease biting to 1 or fewer episodes per week.
        baseline: 5 per day
        mastery_criteria: 1 or fewer per week for 4 consecutive weeks
  - label: Caregiver training
    goals:
      - domain: Caregiver training
        statement: Wren's grandmother will run the mand-training routine at snack time.
        baseline: 30% fidelity
        mastery_criteria: 90% fidelity on 3 consecutive observations
        target_date: 2026-05-29
services:
  - {code: "97153", description: Adaptive behavior treatment by protocol, hours_per_week: 15}
  - {code: "97155", description: Protocol modification, hours_per_week: 2}
  - {code: "97156", description: Family treatment guidance, hours_per_week: 1}
reviews:
  - {kind: progress-report, date: 2026-07-27, completed: false}
signatures:
  - {role: clinician, name: Maren Holt, credential: BCBA, date: 2026-02-02, method: electronic}
  - {role: guardian, name: Dolores Castellanos, date: 2026-02-04, method: electronic}
"""


def q44():
    """Native YAML ABA plan; two goals have no target date. Gap: goal-not-time-bound."""
    f = "q44_native_aba_undated_goals.yaml"
    plan, as_of = D(2026, 2, 2), D(2026, 2, 23)
    assert days(plan, D(2026, 7, 27)) <= P['aba_review'] and D(2026, 8, 8) < add_months(D(2026, 2, 9), P['aba_months'])
    write_text(f, YAML_ABA.replace("{npi_bcba}", npi("162039485")))
    label(f, "commercial-aba", as_of, gaps=[["goal-not-time-bound"]],
          notes="Gap: the 1-step-instruction goal and the biting goal have no target date or time frame. Native "
                "authcheck YAML (plan format), otherwise complete.")


YAML_NTP = """schema: authcheck-plan/1
patient:
  name: Tobias J. Keller
  birth_date: 1983-08-30
  member_id: "93318720C"
payer: Medi-Cal
program: Narcotic treatment program (methadone maintenance), Sierra Foothills NTP, Auburn CA
discipline: sud
admission_date: 2026-01-12
plan_date: 2026-02-02
diagnoses:
  - {code: F11.20, description: "Opioid dependence, uncomplicated", primary: true}
problems:
  - statement: Daily fentanyl use; overdose x1 in 2025
    goals:
      - statement: Tobias will stop using illicit opioids.
        objectives:
          - statement: Tobias will have fentanyl-negative urine drug screens on every test for 4 consecutive weeks.
            target_date: 2026-04-13
          - statement: Tobias will carry naloxone and show staff his kit at 3 monthly check-ins.
            target_date: 2026-05-04
        interventions:
          - {description: Methadone dosing, frequency: daily}
          - {description: Individual counseling, amount: 50 minutes, frequency: 2x/month}
  - statement: Unemployed since 2024
    goals:
      - statement: Tobias will return to work.
        objectives:
          - statement: Tobias will submit 5 job applications with the case manager.
            target_date: 2026-04-27
        interventions:
          - {description: Case management, frequency: monthly}
reviews:
  - {kind: review, date: 2026-05-20, completed: false}
signatures:
  - {role: client, name: Tobias J. Keller, date: 2026-02-02}
  - {role: clinician, name: Rosa Inzunza, credential: SUDCC, date: 2026-02-02}
  - {role: supervisor, name: Neil Abbott, credential: LCSW, date: 2026-02-06}
  - {role: physician, name: Harriet Lum, credential: MD, date: 2026-02-10}
"""


def q45():
    """Native YAML CA NTP plan; first update set 128 days after admission. Gap: review-interval-exceeded."""
    f = "q45_native_ntp_review_too_far.yaml"
    admit, plan, review, as_of = D(2026, 1, 12), D(2026, 2, 2), D(2026, 5, 20), D(2026, 3, 2)
    assert days(admit, plan) <= P['ca_plan'] and days(admit, review) == 128 > P['ca_review'] and days(plan, D(2026, 2, 10)) <= P['ca_sign']
    write_text(f, YAML_NTP)
    label(f, "base-treatment-plan", as_of, states=["ca-title9-ntp"], gaps=[["review-interval-exceeded"]],
          notes="Gap: the only scheduled plan update is 05/20/2026, 128 days after admission (every 3 months = 92 "
                "days). Native authcheck YAML with problems, objectives, interventions and four dated signatures.")


# ----------------------------------------------------------------------------------------------

PLANS = [q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15, q16, q17, q18, q19, q20,
         q21, q22, q23, q24, q25, q26, q27, q28, q29, q30, q31, q32, q33, q34, q35, q36, q37, q38, q39, q40,
         q41, q42, q43, q44, q45]


def main():
    for fn in PLANS:
        fn()
    files = sorted(x for x in os.listdir(OUT) if x[:1] == "q" and x[1:3].isdigit())
    assert [l["file"] for l in LABELS] == files, "labels and files differ"
    assert len(set(files)) == len(files) == 45
    write_text("labels.json", json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
