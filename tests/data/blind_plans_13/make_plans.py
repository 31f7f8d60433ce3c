"""Blind test set 13 for authcheck: 36 invented treatment plans (DOCX) and labels.json.

Deterministic: run with /work/main/.venv/bin/python make_plans.py (writes beside this file).
Everything here is invented: no real patients, clinicians or agencies.
"""
import datetime as dt
import io
import json
import os
import re
import zipfile
import copy

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date
FIXED = dt.datetime(2026, 1, 15, 9, 0, 0)


# ---------------------------------------------------------------- helpers
def npi(base9):
    """A 10-digit NPI with a valid Luhn check digit over the 80840 prefix."""
    s = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return base9 + str((10 - total % 10) % 10)


def npi_ok(n):
    s = "80840" + n
    total = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def us(d):  # 01/05/2026
    return d.strftime("%m/%d/%Y")


def us_short(d):  # 1/5/26
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def iso(d):
    return d.isoformat()


def longd(d):  # January 5, 2026
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def mon(d):  # 05-Jan-2026
    return d.strftime("%d-%b-%Y")


def dmy(d):  # 5 January 2026
    return f"{d.day} {d.strftime('%B')} {d.year}"


def abbr(d):  # Jan 5, 2026
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def days(a, b):
    return (b - a).days


class Doc:
    def __init__(self, landscape=False, font="Calibri", size=11, margins=1.0):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        sec = self.d.sections[0]
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = sec.page_height, sec.page_width
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Inches(margins))

    # text
    def h(self, text, lvl=1):
        return self.d.add_heading(text, level=lvl)

    def bh(self, text, size=None, caps=False, underline=False, align=None, shade=None):
        """A 'heading' typed as a bold normal paragraph, as many templates do."""
        p = self.d.add_paragraph()
        r = p.add_run(text.upper() if caps else text)
        r.bold = True
        r.underline = underline
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if shade:
            shade_par(p, shade)
        return p

    def p(self, text="", bold=False, italic=False, size=None, align=None, style=None):
        p = self.d.add_paragraph(style=style) if style else self.d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return p

    def lp(self, *pairs, sep="  "):
        """Paragraph of bold labels and plain values: lp(('Client:', 'X'), ('DOB:', 'Y'))."""
        p = self.d.add_paragraph()
        for i, (lab, val) in enumerate(pairs):
            if i:
                p.add_run(sep)
            r = p.add_run(lab)
            r.bold = True
            p.add_run(" " + val if val and not lab.endswith(" ") else val)
        return p

    def bullet(self, text, num=False):
        return self.d.add_paragraph(text, style="List Number" if num else "List Bullet")

    def table(self, rows, style="Table Grid", bold_header=True, bold_first_col=False, widths=None, size=None):
        ncols = max(len(r) for r in rows)
        t = self.d.add_table(rows=len(rows), cols=ncols)
        if style:
            t.style = style
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.text = ""
                lines = str(val).split("\n")
                par = c.paragraphs[0]
                for k, line in enumerate(lines):
                    if k:
                        par = c.add_paragraph()
                    r = par.add_run(line)
                    if (bold_header and i == 0) or (bold_first_col and j == 0):
                        r.bold = True
                    if size:
                        r.font.size = Pt(size)
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    if j < len(row.cells):
                        row.cells[j].width = Inches(w)
        return t

    def header(self, text, align="r", size=8):
        hp = self.d.sections[0].header.paragraphs[0]
        hp.text = ""
        for k, line in enumerate(text.split("\n")):
            if k:
                hp.add_run().add_break()
            r = hp.add_run(line)
            r.font.size = Pt(size)
        hp.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]

    def footer(self, text, align="c", size=8):
        fp = self.d.sections[0].footer.paragraphs[0]
        fp.text = ""
        for k, line in enumerate(text.split("\n")):
            if k:
                fp.add_run().add_break()
            r = fp.add_run(line)
            r.font.size = Pt(size)
        fp.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]

    def header_table(self, rows):
        hdr = self.d.sections[0].header
        t = hdr.add_table(rows=len(rows), cols=len(rows[0]), width=Inches(6.5))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                t.cell(i, j).text = v
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.font.size = Pt(8)
        return t

    def pagebreak(self):
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def comment(self, par, text, author="QA Reviewer", initials="QA"):
        self.d.add_comment(par.runs, text=text, author=author, initials=initials)

    def save(self, name):
        cp = self.d.core_properties
        cp.author = "authcheck blind set 13"
        cp.last_modified_by = "authcheck blind set 13"
        cp.created = FIXED
        cp.modified = FIXED
        cp.last_printed = FIXED
        cp.revision = 1
        cp.title = ""
        cp.comments = ""
        buf = io.BytesIO()
        self.d.save(buf)
        write_stable(os.path.join(OUT, name), buf.getvalue())
        return name


def write_stable(path, data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename.endswith(".xml"):
                content = re.sub(rb'w:date="[^"]*"', b'w:date="2026-01-15T09:00:00Z"', content)
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, content)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def shade_par(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _run(text, tag="w:r", text_tag="w:t", bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement(text_tag)
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(par, deleted, inserted, author="J. Reviewer", rid=1):
    """Append a tracked deletion and insertion to a paragraph."""
    if deleted:
        de = OxmlElement("w:del")
        de.set(qn("w:id"), str(rid))
        de.set(qn("w:author"), author)
        de.set(qn("w:date"), "2026-01-15T09:00:00Z")
        de.append(_run(deleted, text_tag="w:delText"))
        par._p.append(de)
    if inserted:
        ins = OxmlElement("w:ins")
        ins.set(qn("w:id"), str(rid + 1))
        ins.set(qn("w:author"), author)
        ins.set(qn("w:date"), "2026-01-15T09:00:00Z")
        ins.append(_run(inserted))
        par._p.append(ins)


def sdt(par, text, tag, alias=None):
    """Append a plain-text content control holding text to a paragraph."""
    s = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias or tag)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    pr.append(a)
    pr.append(tg)
    pr.append(OxmlElement("w:text"))
    s.append(pr)
    c = OxmlElement("w:sdtContent")
    c.append(_run(text))
    s.append(c)
    par._p.append(s)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    par = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            par = cell.add_paragraph()
        r = par.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


# ---------------------------------------------------------------- labels
KINDS = {
    "base-treatment-plan": ["field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
                            "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"],
    "medicare-psychotherapy": ["credential-missing", "signature-missing", "duration-exceeds-limit", "duration-missing",
                               "goal-missing", "goal-not-measurable", "intervention-missing", "objective-not-measurable",
                               "objective-not-time-bound", "plan-outdated", "amount-missing", "frequency-missing"],
    "medicare-outpatient-therapy": ["signature-missing", "duration-missing", "goal-not-measurable", "goal-missing",
                                    "intervention-missing", "credential-not-permitted", "signature-late", "plan-late",
                                    "review-interval-exceeded", "review-overdue", "frequency-missing"],
    "medicare-home-health": ["duration-missing", "goal-not-measurable", "goal-missing", "intervention-missing",
                             "credential-not-permitted", "signature-missing", "review-interval-exceeded",
                             "review-overdue", "frequency-missing"],
    "commercial-aba": ["assessment-missing", "assessment-outdated", "caregiver-goal-missing", "signature-missing",
                       "diagnosis-not-covered", "duration-exceeds-limit", "baseline-missing", "goal-not-measurable",
                       "goal-missing", "goal-not-time-bound", "review-date-missing", "review-interval-exceeded",
                       "amount-missing"],
    "pa-55-5200": ["field-missing", "signature-missing", "duration-missing", "goal-missing", "intervention-missing",
                   "objective-missing", "plan-late"],
    "ny-oasas-818": ["field-missing", "signature-missing", "diagnosis-missing", "goal-missing", "intervention-missing",
                     "signature-late", "plan-late"],
    "fl-65d-30": ["field-missing", "signature-missing", "goal-missing", "intervention-missing", "objective-not-measurable",
                  "objective-missing", "objective-not-time-bound", "plan-late", "frequency-missing", "signature-late"],
    "ca-title9-ntp": ["field-missing", "signature-missing", "goal-missing", "objective-missing",
                      "objective-not-time-bound", "signature-late", "plan-late", "review-date-missing",
                      "review-interval-exceeded", "review-overdue"],
    "tx-26tac-564": ["signature-missing", "duration-missing", "goal-missing", "intervention-missing",
                     "objective-not-measurable", "objective-missing", "objective-not-time-bound", "frequency-missing"],
}

LABELS = []


def label(file, payer, states, as_of, gaps, notes, unsure=()):
    kinds = set(KINDS["base-treatment-plan"]) | set(KINDS[payer])
    for s in states:
        kinds |= set(KINDS[s])
    gap_kinds = {k for g in gaps for k in g}
    for g in gaps:
        for k in g:
            assert k in kinds, (file, k)
    for u in unsure:
        assert u in kinds, (file, u)
    cw = ["--payer", payer]
    for s in states:
        cw += ["--state", s]
    cw += ["--as-of", iso(as_of)]
    if unsure:
        notes += " Left out of must_not_report (unsure): " + ", ".join(sorted(unsure)) + "."
    LABELS.append({
        "file": file,
        "check_with": cw,
        "must_report": [list(g) for g in gaps],
        "must_not_report": sorted(kinds - gap_kinds - set(unsure)),
        "notes": notes,
    })


PLANS = []


def plan(fn):
    PLANS.append(fn)
    return fn


# =============================================================== PSYCHOTHERAPY
@plan
def v01():
    f = "v01_outpatient_depression.docx"
    pd_, asof = D(2026, 1, 12), D(2026, 3, 2)
    o1, o2 = D(2026, 4, 13), D(2026, 6, 12)
    assert days(pd_, asof) <= 365 and o1 > pd_ and o2 > pd_
    d = Doc()
    d.header("Riverbend Counseling Associates  |  412 Alder Street, Suite 2  |  Tel 555-0142")
    d.footer("CONFIDENTIAL - protected health information. Page 1 of 2")
    d.bh("INDIVIDUALIZED TREATMENT PLAN", size=14, align="c")
    d.table([
        ["Client Name", "Harold P. Venn", "Date of Birth", "03/22/1951"],
        ["Medicare ID (MBI)", "3QK7-HN2-RT54", "Record #", "RB-20931"],
        ["Plan Date", us(pd_), "Plan Type", "Initial"],
        ["Clinician", "Theodora Quance, LCSW", "NPI", npi("174002381")],
    ], bold_header=False, bold_first_col=True)
    d.p()
    d.bh("Diagnoses (ICD-10-CM)")
    d.table([["Code", "Description", "Primary"],
             ["F33.1", "Major depressive disorder, recurrent, moderate", "X"],
             ["F41.1", "Generalized anxiety disorder", ""]])
    d.p()
    d.bh("Presenting Problem")
    d.p("Mr. Venn reports low mood, poor sleep and withdrawal from church and family activities since the death "
        "of his wife 14 months ago. PHQ-9 at intake 18; GAD-7 at intake 12.")
    d.bh("Goals and Objectives")
    d.p("Goal 1: Reduce depressive symptoms so that Harold resumes his usual weekly activities.", bold=True)
    d.p(f"   Objective 1.1  Harold will lower his PHQ-9 score from 18 to 9 or below.  Target date: {us(o1)}")
    d.p(f"   Objective 1.2  Harold will attend at least 2 outside activities per week (church, senior center) "
        f"for 4 consecutive weeks, per self-report log.  Target date: {us(o2)}")
    d.p("Goal 2: Manage worry and physical tension.", bold=True)
    d.p(f"   Objective 2.1  Harold will use paced breathing or a worry-time routine on 5 of 7 days, and lower "
        f"his GAD-7 from 12 to 7 or below.  Target date: {us(o1)}")
    d.bh("Services")
    d.table([["Service", "CPT", "Session length", "Frequency", "Duration"],
             ["Individual psychotherapy (CBT, grief-focused)", "90837", "53-60 minutes", "Once weekly", "6 months"]])
    d.p()
    d.lp(("Expected duration of treatment:", f"6 months (through {us(D(2026, 7, 12))})"))
    d.lp(("Next plan review:", us(D(2026, 4, 13))))
    d.bh("Signatures")
    d.table([["Signature", "Printed name / credentials", "Date"],
             ["Theodora Quance", "Theodora Quance, LCSW", us(pd_)],
             ["Harold P. Venn", "Harold P. Venn (client)", us(pd_)]])
    d.save(f)
    label(f, "medicare-psychotherapy", [], asof, [],
          "Clean. Plain two-column identification table, goal/objective paragraphs numbered 1.1, services table with CPT, "
          "length, frequency, duration; signature table.")


@plan
def v02():
    f = "v02_group_cbt_no_length.docx"
    pd_, asof = D(2025, 11, 18), D(2026, 2, 9)
    t1 = D(2026, 2, 17)
    assert days(pd_, asof) <= 365
    d = Doc(font="Times New Roman", size=12)
    d.p("LAKESHORE BEHAVIORAL HEALTH GROUP", bold=True, align="c")
    d.p("Treatment Plan - Outpatient", align="c")
    d.p()
    d.p(f"Pt: Loretta Szymanski     D.O.B. 9/2/1956     Medicare #: 7TR2-WX9-NP81     Date: {us_short(pd_)}")
    d.p("Dx: F41.1 Generalized anxiety disorder; F40.10 Social phobia, unspecified")
    d.p()
    d.p("PROBLEM #1 - Anxiety / avoidance", bold=True)
    d.p("LTG: Pt will attend her grandson's school events and church services without leaving early due to anxiety.")
    d.p(f"STG a) Pt will complete a graded exposure hierarchy, finishing 6 of 8 steps, by {us_short(t1)}.")
    d.p(f"STG b) Pt will rate peak anxiety in exposure tasks at 4/10 or lower on 3 consecutive tasks by {us_short(t1)}.")
    d.p("PROBLEM #2 - Worry", bold=True)
    d.p("LTG: Pt will spend less time worrying and sleep through the night.")
    d.p(f"STG a) Pt will reduce her GAD-7 from 15 to 8 or less by {us_short(t1)}.")
    d.p()
    d.p("Treatment modality: Group psychotherapy (CPT 90853), CBT anxiety group, meets every Thursday. "
        "Pt to attend weekly.")
    d.p("Estimated duration: 16 weeks")
    d.p("Discharge criteria: GAD-7 < 8 for 4 weeks; attends community events independently.")
    d.p()
    d.p(f"_/s/ Ingrid Valcourt, PhD, Licensed Psychologist_____   Date {us_short(pd_)}")
    d.p(f"Patient signature: Loretta Szymanski   Date {us_short(pd_)}")
    d.save(f)
    label(f, "medicare-psychotherapy", [], asof, [["amount-missing"]],
          "Gap: the only service (group psychotherapy 90853, weekly) never states a session length. Paragraph layout with "
          "Pt/LTG/STG abbreviations, short m/d/yy dates, /s/ typed signature on an underline.")


@plan
def v03():
    f = "v03_trauma_nonbillable.docx"
    pd_, asof = D(2026, 2, 3), D(2026, 2, 24)
    t1, t2 = D(2026, 5, 1), D(2026, 7, 31)
    d = Doc(font="Arial", size=10)
    d.header("Harbor Light Trauma Recovery Center\nClinical Record - do not re-disclose", align="l")
    d.h("Treatment Plan", 1)
    d.lp(("Individual served:", "Marcus D. Ellery"), ("Born:", longd(D(1948, 11, 30))))
    d.lp(("Beneficiary ID:", "5HG3-QP1-ZZ62"), ("Plan established:", longd(pd_)))
    d.h("Clinical formulation", 2)
    d.p("Vietnam-era veteran referred by his primary care physician for nightmares, hypervigilance and "
        "irritability that worsened after a house fire in 2025. PCL-5 = 52 at intake.")
    d.h("Diagnosis", 2)
    d.p("F43.1  Post-traumatic stress disorder")
    d.p("Z91.81  History of falling (noted by PCP; not a focus of treatment)")
    d.h("What we are working toward", 2)
    d.p("1. Marcus will sleep at least 6 hours on 5 nights a week.", style="List Number")
    d.p(f"    1a. Marcus will record nightmares in a sleep diary and reduce them from 5 per week to 2 or fewer "
        f"per week by {longd(t1)}.")
    d.p("2. Marcus will manage anger without verbal outbursts toward his daughter.", style="List Number")
    d.p(f"    2a. Marcus will reduce his PCL-5 total from 52 to 33 or below by {longd(t2)}.")
    d.p(f"    2b. Marcus will use a time-out plan in 4 of 5 conflicts, per his daughter's weekly check-in, by {longd(t1)}.")
    d.h("Treatment", 2)
    d.p("Cognitive Processing Therapy, individual, 90834 (45 minutes), one session every week; "
        "expected to take about 16 sessions over 5 months.")
    d.h("Signed", 2)
    d.p(f"Electronically signed by Priya Natarajan-Holt, PsyD on {longd(pd_)} 3:42 PM")
    d.p(f"Client acknowledged plan verbally and signed on tablet {longd(pd_)}.")
    d.save(f)
    label(f, "medicare-psychotherapy", [], asof, [["diagnosis-code-not-billable"]],
          "Gap: primary diagnosis F43.1 is a non-billable category (F43.10/.11/.12 needed). Heading-styled narrative, "
          "'Individual served', long dates, numbered goals with 1a/2a objectives, e-signature line.")


@plan
def v04():
    f = "v04_stale_plan_no_review.docx"
    pd_, asof = D(2025, 1, 27), D(2026, 2, 16)
    t1 = D(2025, 6, 30)
    assert days(pd_, asof) > 365
    d = Doc(font="Cambria", size=11)
    d.p("North Fork Psychological Services, PLLC", bold=True, size=13)
    d.p("PLAN OF CARE - PSYCHOTHERAPY", bold=True)
    d.table([
        ["Patient", "Eunice Barrowclough", "DOB", mon(D(1944, 6, 8))],
        ["MBI", "2DF8-KL4-MM17", "Established", mon(pd_)],
    ], bold_header=False, bold_first_col=False)
    d.p()
    d.p("Diagnosis: F32.1 - Major depressive disorder, single episode, moderate")
    d.p("Anticipated goals", bold=True)
    d.table([
        ["#", "Goal", "Measurable objective", "By"],
        ["1", "Improve mood", "PHQ-9 from 16 to under 10, measured monthly", mon(t1)],
        ["2", "Re-engage socially", "Phone or in-person contact with a friend 3x per week, per weekly log", mon(t1)],
        ["3", "Restore daily routine", "Out of bed and dressed by 9 am on 6 of 7 days, per daily log", mon(t1)],
    ])
    d.p()
    d.p("Type of treatment: Interpersonal psychotherapy, individual (90834).")
    d.p("Amount: 45-minute sessions.   Frequency: weekly, then every other week once PHQ-9 < 10.")
    d.p("Duration: approximately 9 months.")
    d.p()
    d.p("Reviewed with patient, who agrees with the plan.", italic=True)
    d.p(f"[E-SIGNED] Anselm Brightwater, LMHC  {mon(pd_)} 10:14")
    d.p(f"[E-SIGNED] Eunice Barrowclough  {mon(pd_)} 10:20")
    d.save(f)
    label(f, "medicare-psychotherapy", [], asof, [["plan-outdated"]],
          f"Gap: plan established {iso(pd_)} with no later review; on the as-of date {iso(asof)} it is "
          f"{days(pd_, asof)} days old (> 365). DD-Mon-YYYY dates, goal table, [E-SIGNED] stamps.")


@plan
def v05():
    f = "v05_no_credential_signature.docx"
    pd_, asof = D(2026, 1, 20), D(2026, 3, 10)
    t1 = D(2026, 4, 20)
    d = Doc()
    d.p("Sunrise Integrated Care - Behavioral Health", bold=True)
    d.p("Treatment Plan", size=16)
    d.p("Member information", bold=True)
    d.p(f"Name: Delphine Okafor-Reyes\nDate of birth: 07-19-1957\nMedicare Beneficiary Identifier: 8MN4-CV7-TT20\n"
        f"Date of plan: {us(pd_)}")
    d.p("Diagnosis", bold=True)
    d.p("F43.23 Adjustment disorder with mixed anxiety and depressed mood")
    d.p("Goal", bold=True)
    d.p("Delphine will adjust to her move into assisted living with less tearfulness and worry.")
    d.p("Objectives", bold=True)
    d.p(f"(a) Delphine will take part in 2 or more resident activities per week by {us(t1)}, per activity log.")
    d.p(f"(b) Delphine will report crying spells on no more than 2 days per week, down from daily, by {us(t1)}.")
    d.p(f"(c) Delphine will name 3 coping strategies and use at least one daily, per self-report, by {us(t1)}.")
    d.p("Plan for treatment", bold=True)
    d.p("Supportive and problem-solving psychotherapy, 90832 (30 min), twice a month at the facility. "
        "Treatment expected to last 3 months.")
    d.p("Signatures", bold=True)
    d.table([["Therapist", "Member"], ["Winifred Ashgrove", "Delphine Okafor-Reyes"],
             [f"Date: {us(pd_)}", f"Date: {us(pd_)}"]], bold_header=True)
    d.save(f)
    label(f, "medicare-psychotherapy", [], asof, [["credential-missing"]],
          "Gap: the therapist's signature (Winifred Ashgrove) carries no credential anywhere in the plan. Bold-label "
          "paragraphs, lettered objectives, two-column signature table with role headings.")


@plan
def v06():
    f = "v06_tracked_changes_controls.docx"
    pd_, asof = D(2026, 2, 2), D(2026, 2, 27)
    t1, t2 = D(2026, 5, 4), D(2026, 7, 31)
    d = Doc(landscape=True, font="Segoe UI", size=10)
    d.header_table([["Cedar Hollow Counseling", "Member: Bartholomew Ng", "MBI 4WX9-RE3-LA58"]])
    d.footer("Form CH-TP-07 rev. 2024  -  Crisis line: 988")
    d.bh("Treatment Plan (initial)", size=14)
    par = d.p()
    par.add_run("Date of plan: ").bold = True
    sdt(par, us(pd_), "PlanDate", "Plan date")
    par.add_run("     Member DOB: ").bold = True
    sdt(par, "12/01/1949", "DOB", "Date of birth")
    par = d.p()
    par.add_run("Diagnosis: ").bold = True
    sdt(par, "F60.3 Borderline personality disorder; F33.1 Major depressive disorder, recurrent, moderate", "Dx")
    d.p()
    t = d.table([["Problem", "Goal / Objectives"], ["", ""], ["", ""]], widths=[2.5, 6.5])
    cell_text(t.cell(1, 0), "1. Self-harm urges when distressed")
    inner = t.cell(1, 1).add_table(rows=3, cols=2)
    inner.style = "Table Grid"
    rows = [("Goal 1", "Bartholomew will keep himself safe and manage distress without self-injury."),
            ("Obj 1A", f"Zero self-injury episodes for 8 consecutive weeks, per diary card, by {us(t1)}."),
            ("Obj 1B", f"Use a DBT distress-tolerance skill in 80% of urges logged on the diary card by {us(t1)}.")]
    for i, (a, b) in enumerate(rows):
        cell_text(inner.cell(i, 0), a, bold=True)
        cell_text(inner.cell(i, 1), b)
    cell_text(t.cell(2, 0), "2. Depressed mood")
    inner = t.cell(2, 1).add_table(rows=2, cols=2)
    inner.style = "Table Grid"
    rows = [("Goal 2", "Bartholomew will have more good days and keep his part-time job."),
            ("Obj 2A", f"PHQ-9 from 19 to 10 or lower, and no missed work shifts for mood, by {us(t2)}.")]
    for i, (a, b) in enumerate(rows):
        cell_text(inner.cell(i, 0), a, bold=True)
        cell_text(inner.cell(i, 1), b)
    d.p()
    d.bh("Services")
    par = d.p("Individual DBT-informed psychotherapy, CPT 90837, 60 minutes, ")
    tracked(par, "every other week", "once a week", author="T. Marchetti", rid=11)
    par.add_run(".")
    d.p("DBT skills group, CPT 90853, 90 minutes, once a week.")
    par = d.p("Projected length of treatment: ")
    tracked(par, "12 months", "6 months", author="T. Marchetti", rid=21)
    d.p()
    t = d.table([["Clinician", "Credentials", "Signed"],
                 ["Tomasina Marchetti", "LPC", us(pd_)],
                 ["Bartholomew Ng", "Member", us(pd_)]])
    d.save(f)
    label(f, "medicare-psychotherapy", [], asof, [],
          "Clean. Landscape; identifiers only in a header table; plan date and diagnosis in content controls; goals in "
          "tables nested inside a problem table; frequency and duration edited with tracked changes (deleted text "
          "'every other week' / '12 months' must be ignored: accepted text is weekly / 6 months).")


@plan
def v07():
    f = "v07_pa_clinic_clean.docx"
    intake, pd_, asof = D(2026, 1, 6), D(2026, 1, 29), D(2026, 3, 16)
    t1 = D(2026, 4, 30)
    assert days(intake, pd_) <= 30
    d = Doc()
    d.header("Keystone Valley Community Mental Health Clinic - Licensed Psychiatric Outpatient Clinic", align="c")
    d.bh("TREATMENT PLAN", size=13, align="c")
    d.table([
        ["Consumer", "Gwendolyn Ruiz-Abernathy", "DOB", "05/14/1958"],
        ["Medicare MBI", "9PL2-FD6-KC33", "MA #", "00418832"],
        ["Date of intake", us(intake), "Date plan completed", us(pd_)],
    ], bold_header=False, bold_first_col=True)
    d.p()
    d.p("Diagnosis: F33.1 Major depressive disorder, recurrent, moderate")
    d.p()
    d.bh("Goal 1 - Mood", underline=True)
    d.p("Gwendolyn will feel well enough to return to volunteering at the library.")
    d.p(f"Objective 1-1: Lower PHQ-9 score from 17 to 9 or below by {us(t1)}.")
    d.p(f"Objective 1-2: Volunteer at least 1 half-day per week for 4 straight weeks by {us(t1)}.")
    d.bh("Goal 2 - Medication", underline=True)
    d.p("Gwendolyn will take her antidepressant as prescribed.")
    d.p(f"Objective 2-1: Take sertraline daily with no more than 2 missed doses per month, per pill box check, by {us(t1)}.")
    d.bh("Modalities", underline=True)
    d.table([["Modality", "Code", "Length", "How often"],
             ["Individual psychotherapy", "90834", "45 min", "Weekly"],
             ["Medication management", "99213", "15 min", "Monthly"]])
    d.p()
    d.p("Expected duration of treatment: 6 months, to be reviewed every 90 days.")
    d.p()
    d.bh("Signatures", underline=True)
    d.p(f"Mental health professional: Colm Fairweather, LPC ______________________ Date: {us(pd_)}")
    d.p(f"Consumer: Gwendolyn Ruiz-Abernathy ______________________ Date: {us(pd_)}")
    d.p(f"Psychiatrist approval: Anjali Ferreira-Bose, MD ______________________ Date: {us(D(2026, 2, 2))}")
    d.save(f)
    label(f, "medicare-psychotherapy", ["pa-55-5200"], asof, [],
          f"Clean. Pennsylvania clinic: intake {iso(intake)}, plan {iso(pd_)} ({days(intake, pd_)} days), psychiatrist "
          "approval, consumer and LPC signatures dated. Identification table, underlined bold headings, modality table.")


@plan
def v08():
    f = "v08_pa_plan_late.docx"
    intake, pd_, asof = D(2025, 11, 3), D(2025, 12, 15), D(2026, 1, 26)
    t1 = D(2026, 3, 16)
    assert days(intake, pd_) > 30
    d = Doc(font="Georgia", size=10.5)
    d.p("Allegheny Ridge Behavioral Services", bold=True, size=12)
    d.p("Comprehensive Treatment Plan", italic=True)
    d.p()
    d.lp(("Individual:", "Terrence Obuya"), ("Birthdate:", "2/28/1953"), sep="     ")
    d.lp(("Medicare #:", "6YT3-BN8-PQ44"), ("Admission/Intake:", us(intake)), sep="     ")
    d.lp(("Treatment plan date:", us(pd_)), sep="")
    d.p()
    d.p("DIAGNOSTIC IMPRESSION", bold=True)
    d.p("Primary: F41.1 Generalized anxiety disorder\nSecondary: F10.20 Alcohol dependence, uncomplicated (monitored)")
    d.p("GOALS / OBJECTIVES", bold=True)
    d.p("I. Reduce anxiety that leads to drinking.")
    d.p(f"   A. Terrence will use a relaxation skill instead of alcohol on 90% of high-anxiety days, per log, by {us(t1)}.")
    d.p(f"   B. GAD-7 will decrease from 14 to 7 or less by {us(t1)}.")
    d.p("II. Maintain sobriety.")
    d.p(f"   A. Terrence will attend 2 mutual-support meetings weekly, verified by attendance sheet, through {us(t1)}.")
    d.p("MODALITIES / SERVICES", bold=True)
    d.p("- Individual psychotherapy (CBT) 90837, 55 minutes, weekly\n- Psychiatric follow-up 99214, 25 minutes, every 4 weeks")
    d.p("Estimated length of treatment: 4 months")
    d.p()
    d.p("SIGNATURES", bold=True)
    d.table([["Name", "Role", "Signature", "Date"],
             ["Renata Kowalczyk, LCSW", "Therapist", "Renata Kowalczyk", us(pd_)],
             ["Terrence Obuya", "Individual", "Terrence Obuya", us(pd_)],
             ["Desmond Achterberg, DO", "Psychiatrist (approval)", "D. Achterberg", us(D(2025, 12, 18))]])
    d.save(f)
    label(f, "medicare-psychotherapy", ["pa-55-5200"], asof, [["plan-late"]],
          f"Gap: PA plan completed {iso(pd_)}, {days(intake, pd_)} days after intake {iso(intake)} (limit 30). "
          "Roman-numeral goals with lettered objectives, bulleted services in one paragraph, signature table with roles.")


@plan
def v09():
    f = "v09_year_long_duration.docx"
    pd_, asof = D(2026, 1, 5), D(2026, 2, 20)
    t1 = D(2026, 6, 30)
    d = Doc(font="Verdana", size=9)
    d.table([["PINE STREET PSYCHOTHERAPY", f"Treatment plan\nPrepared {abbr(pd_)}"]], style=None, bold_header=True)
    d.p()
    d.table([["Patient name", "Rosalind Featherstonehaugh"], ["Date of birth", abbr(D(1952, 4, 3))],
             ["Medicare number", "1AB2-CD3-EF45"], ["Therapist", "Lucian Abara, PhD (NPI " + npi("132907715") + ")"]],
            bold_header=False, bold_first_col=True)
    d.p()
    d.p("Working diagnosis:  F33.0 Major depressive disorder, recurrent, mild")
    d.p()
    d.p("Anticipated goals", bold=True)
    d.p(f"1. Rosalind will keep her PHQ-9 below 10 on every monthly check, starting from 13, by {abbr(t1)}.")
    d.p(f"2. Rosalind will schedule and complete 3 pleasant activities per week, per activity log, by {abbr(t1)}.")
    d.p(f"3. Rosalind will identify 3 early warning signs of relapse and write a relapse-prevention plan by {abbr(t1)}.")
    d.p()
    d.p("Type / amount / frequency / duration", bold=True)
    d.p("Individual psychotherapy (90834), 45 minutes per session, every 2 weeks, for 12 months.")
    d.p()
    d.p(f"Signed: Lucian Abara, PhD, Clinical Psychologist    {abbr(pd_)}")
    d.save(f)
    label(f, "medicare-psychotherapy", [], asof, [["duration-exceeds-limit"]],
          "Gap: duration stated as 12 months; the NGS article (strict) requires less than one year. Borderless title table, "
          "identification table, combined 'type / amount / frequency / duration' sentence, goals only (no separate objectives).",
          unsure=["objective-not-measurable", "objective-not-time-bound"])


# =============================================================== OUTPATIENT THERAPY
@plan
def v10():
    f = "v10_pt_tka_poc.docx"
    ev, asof = D(2026, 1, 12), D(2026, 2, 23)
    end = ev + dt.timedelta(days=89)
    md = D(2026, 1, 20)
    assert days(ev, end) <= 90 and days(ev, md) <= 30 and asof <= end
    d = Doc(font="Arial", size=9.5)
    d.header("Summit Physical Therapy & Sports Rehab  -  Fax 555-0199", align="l")
    d.bh("PLAN OF CARE / CERTIFICATION - PHYSICAL THERAPY", size=12, shade="D9E2F3")
    d.table([
        ["Patient: Orville Tennant", "DOB: 08/30/1950", "MBI: 2RT6-YU8-IO90"],
        [f"Eval / SOC date: {us(ev)}", f"Certification: {us(ev)} - {us(end)}", "Referring: Halvard Lindqvist, MD"],
        ["Onset: 12/29/2025 (R TKA)", "Payer: Medicare Part B", "Physician NPI: " + npi("114927630")],
    ], bold_header=False)
    d.p()
    d.table([["ICD-10", "Description"],
             ["Z47.1", "Aftercare following joint replacement surgery"],
             ["Z96.651", "Presence of right artificial knee joint"],
             ["R26.81", "Unsteadiness on feet"]])
    d.p()
    d.bh("Assessment")
    d.p("Pt is 2 weeks s/p R TKA. AROM knee 8-82 deg, quad lag, ambulates 150 ft with FWW and min A on stairs. "
        "TUG 19.4 s (fall risk). Good rehab potential.")
    d.bh("Goals")
    d.table([["", "Goal", "Baseline", "Time frame"],
             ["STG 1", "R knee flexion AROM >= 100 degrees", "82 deg", "4 weeks"],
             ["STG 2", "Ascend/descend 12 steps with rail, modified independent", "min A", "4 weeks"],
             ["LTG 1", "Ambulate 1000 ft community distances without device", "150 ft w/ FWW", "8 weeks"],
             ["LTG 2", "TUG < 12 seconds", "19.4 s", "8 weeks"]])
    d.p()
    d.bh("Plan")
    d.p("Interventions: therapeutic exercise (97110), gait training (97116), neuromuscular re-ed (97112), manual therapy "
        "(97140), HEP instruction.")
    d.p("Frequency: 3x/week   Duration: 8 weeks   Units: 3-4 per visit")
    d.p()
    d.p("Therapist: Ingeborg Salazar, PT, DPT    " + us(ev), bold=False)
    d.p()
    d.bh("PHYSICIAN CERTIFICATION")
    d.p("I certify the need for these services furnished under this plan of treatment while under my care.", italic=True)
    d.table([["Physician signature", "Date"], ["Halvard Lindqvist, MD  (signed electronically)", us(md)]])
    d.save(f)
    label(f, "medicare-outpatient-therapy", [], asof, [],
          f"Clean. PT plan of care: eval {iso(ev)} = plan date, certification through {iso(end)} (89 days), physician "
          f"signed {iso(md)}. Shaded banner, three-column id grid, STG/LTG goal table with baselines, 'Frequency/Duration' line.")


@plan
def v11():
    f = "v11_ot_cert_undated.docx"
    ev, asof = D(2026, 1, 8), D(2026, 2, 12)
    end = D(2026, 3, 5)
    assert days(ev, end) <= 90
    d = Doc(font="Calibri", size=11)
    d.p("Brookside Outpatient Rehabilitation - Occupational Therapy", bold=True)
    d.p("Initial Evaluation Summary & Plan of Care", bold=True, size=14)
    d.p(f"Client: Beatrix Lowenthal | DOB 01/16/1947 | Medicare ID 3KD9-FG2-HJ56 | Date of eval: {us(ev)}")
    d.p(f"Plan of care period: {us(ev)} through {us(end)}")
    d.p("Treatment diagnosis: I69.351 Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side; "
        "M62.81 Muscle weakness (generalized)")
    d.p()
    d.p("Long-term goals (8 weeks):", bold=True)
    d.bullet("Client will complete upper-body dressing with modified independence (from mod A) using adaptive techniques.")
    d.bullet("Client will use the R hand to hold utensils and feed herself 75% of a meal without spillage (from 25%).")
    d.bullet("Client will transfer tub bench independently with grab bar (currently min A), 3 of 3 trials.")
    d.p("Short-term goals (4 weeks):", bold=True)
    d.bullet("Grip strength R hand from 8 lb to 15 lb.")
    d.bullet("Button 5 medium buttons in under 3 minutes (currently unable).")
    d.p()
    d.p("Plan: ADL retraining 97535, therapeutic activities 97530, neuromuscular re-education 97112, orthotic fitting 97760 as needed.")
    d.p("Frequency and duration: 2 times per week for 8 weeks.")
    d.p()
    d.p(f"Occupational therapist: Marisol Quintanilla-Burke, OTR/L      Date: {us(ev)}")
    d.p()
    d.p("Physician/NPP certification", bold=True)
    d.p("I have reviewed this plan of care and certify that services are medically necessary.")
    d.p("Signature: /s/ Cornelius Adebayo-Marsh, MD          Date: ____________")
    d.save(f)
    label(f, "medicare-outpatient-therapy", [], asof, [["signature-missing"]],
          "Gap: the physician certification is signed (/s/) but the date is blank (physician-signature-dated, error). "
          "Pipe-separated id line, bulleted LTG/STG lists, combined frequency-and-duration sentence.",
          unsure=["signature-late"])


@plan
def v12():
    f = "v12_slp_dysphagia.docx"
    ev, asof = D(2026, 2, 9), D(2026, 3, 20)
    end = D(2026, 5, 8)
    cert = D(2026, 2, 17)
    assert days(ev, end) <= 90 and days(ev, cert) <= 30 and asof <= end
    d = Doc(font="Garamond", size=12)
    d.p("Meadowlark Speech & Swallowing Clinic", bold=True, align="c")
    d.p("Speech-Language Pathology Plan of Treatment", align="c")
    d.p()
    d.p(f"This plan of treatment is for Mr. Fitzgerald Oyelowo-Brandt (date of birth {dmy(D(1939, 10, 2))}, Medicare "
        f"beneficiary identifier 7LQ4-WE2-RT19), who was evaluated on {dmy(ev)} following referral by his neurologist, "
        f"Dr. Saoirse Mbeki-Lund, MD, for coughing with thin liquids after a left MCA stroke.")
    d.p("Diagnoses: R13.12 Dysphagia, oropharyngeal phase; I69.320 Aphasia following cerebral infarction.")
    d.p()
    d.p("Goals", bold=True)
    d.p(f"By the end of this certification period ({dmy(end)}), Mr. Oyelowo-Brandt will:")
    d.p("(1) safely swallow thin liquids by cup using a chin-tuck strategy with no overt signs of aspiration in 90% of trials "
        "(currently 40%);")
    d.p("(2) name 20 common household objects with 80% accuracy given a phonemic cue (currently 35%);")
    d.p("(3) state his name, address and phone number in full sentences for emergencies in 4 of 5 trials.")
    d.p()
    d.p("Treatment", bold=True)
    d.p("Dysphagia treatment (92526) and speech-language treatment (92507), provided two times a week for 12 weeks "
        "(24 visits), one unit of each per visit. Caregiver education on diet texture and strategies is included.")
    d.p()
    d.p(f"Clinician: Annika Thorvaldsen, MS, CCC-SLP, {dmy(ev)}")
    d.p(f"Certifying physician: Saoirse Mbeki-Lund, MD  -  signed {dmy(cert)}")
    d.save(f)
    label(f, "medicare-outpatient-therapy", [], asof, [],
          f"Clean. All-prose SLP plan (identifiers inside a sentence), day-month-year dates, parenthesised goal numbers, "
          f"frequency/duration in a sentence; certification signed {iso(cert)}, period ends {iso(end)} ({days(ev, end)} days).")


@plan
def v13():
    f = "v13_pt_chiro_cert.docx"
    ev, asof = D(2026, 1, 21), D(2026, 2, 25)
    end = D(2026, 4, 20)
    sig = D(2026, 1, 28)
    assert days(ev, end) <= 90 and asof <= end
    d = Doc(font="Tahoma", size=9)
    d.header("BACKBONE PT - plan of care  |  pt: Winslow Haverkamp  |  MBI 5ZX2-CV7-BN33", align="c")
    d.p("OUTPATIENT PHYSICAL THERAPY - PLAN OF CARE", bold=True)
    d.table([["Name", "Winslow Haverkamp", "D.O.B.", "06.11.1955"],
             ["Initial eval", us(ev), "Cert period", f"{us(ev)} to {us(end)}"],
             ["Dx", "M54.50 Low back pain, unspecified", "Tx Dx", "M62.81 Muscle weakness (generalized)"]],
            bold_header=False, bold_first_col=False)
    d.p()
    d.p("Functional limitations: unable to sit > 20 min, stand > 10 min; ODI 46%.")
    d.p("Goals:", bold=True)
    d.p("1) ODI from 46% to 20% or less - 8 wks\n2) Sit 60 min for driving without increased pain - 6 wks\n"
        "3) Lift 20 lb floor-to-waist with proper mechanics - 8 wks")
    d.p("Plan:", bold=True)
    d.p("Ther ex 97110, manual 97140, neuro re-ed 97112, HEP. 2x/wk x 8 wks.")
    d.p()
    d.p(f"PT: Jovanka Petrakis, PT, DPT   {us(ev)}")
    d.p(f"Certifying practitioner: Reginald Fontenot-Wu, DC   Signed {us(sig)}")
    d.save(f)
    label(f, "medicare-outpatient-therapy", [], asof, [["credential-not-permitted"]],
          "Gap: the plan is certified by a chiropractor (DC), who may not certify Medicare therapy plans. "
          "Dense abbreviated layout, identifiers repeated in the page header, goals as '1)' lines with weeks.",
          unsure=["signature-missing", "signature-late"])


@plan
def v14():
    f = "v14_pt_long_cert.docx"
    ev, asof = D(2026, 1, 5), D(2026, 2, 18)
    end = D(2026, 5, 5)
    sig = D(2026, 1, 14)
    assert days(ev, end) > 90 and asof <= end
    d = Doc()
    d.bh("Physical Therapy Plan of Care", size=14)
    d.p("Prairie Wind Therapy Services, LLC  -  Outpatient Clinic #3", italic=True)
    d.p()
    for lab, val in [("Beneficiary", "Agnieszka Thornbury"), ("Birth date", "10/09/1943"), ("HICN/MBI", "4GH8-JK1-LM27"),
                     ("Start of care / evaluation", us(ev)), ("Certification period", f"{us(ev)} - {us(end)}"),
                     ("Diagnoses", "M16.12 Unilateral primary osteoarthritis, left hip; Z91.81 History of falling")]:
        d.lp((lab + ":", val))
    d.p()
    d.p("Goals (by end of certification period)", bold=True)
    d.p("A. Berg Balance Scale from 38/56 to 48/56.")
    d.p("B. Gait speed from 0.6 m/s to 0.9 m/s over 10 m with single-point cane.")
    d.p("C. Independent with written home exercise program, 5 of 5 exercises demonstrated correctly.")
    d.p("Treatment plan", bold=True)
    d.table([["Intervention", "CPT", "Frequency", "Duration"],
             ["Therapeutic exercise", "97110", "2x per week", "17 weeks"],
             ["Gait training", "97116", "2x per week", "17 weeks"],
             ["Balance / neuromuscular re-education", "97112", "2x per week", "17 weeks"]])
    d.p()
    d.p(f"Physical therapist: Emeka Lindgren-Osei, PT     {us(ev)}")
    d.p(f"Physician certification: Marguerite Delacroix-Yoon, MD     {us(sig)}")
    d.save(f)
    label(f, "medicare-outpatient-therapy", [], asof, [["review-interval-exceeded"]],
          f"Gap: certification period {iso(ev)} to {iso(end)} runs {days(ev, end)} days; recertification is required at "
          "least every 90 days. Label-per-line header, lettered goals, intervention table with frequency/duration columns.")


@plan
def v15():
    f = "v15_ot_hand_no_frequency.docx"
    ev, asof = D(2026, 2, 2), D(2026, 3, 3)
    end = D(2026, 4, 27)
    sig = D(2026, 2, 6)
    assert days(ev, end) <= 90 and asof <= end
    d = Doc(font="Calibri Light", size=11)
    d.table([["HANDWORKS OT", "Occupational Therapy Plan of Care"]], style=None)
    d.p()
    d.p("Patient:  Clementine Abernathy-Soto          Date of birth:  3/3/1949")
    d.p("Medicare:  6PO1-IU7-YT45                        Evaluation date:  " + us(ev))
    d.p(f"Certification from {us(ev)} to {us(end)}")
    d.p()
    d.p("DIAGNOSIS:  M75.111 Incomplete rotator cuff tear or rupture of right shoulder, not specified as traumatic")
    d.p()
    d.p("GOALS")
    d.p("STG (4 wks): R shoulder flexion AROM 90 -> 130 deg; don/doff pullover shirt with min A -> supervision.")
    d.p("LTG (10 wks): Reach to a 2nd kitchen shelf to retrieve a 2 lb item independently; QuickDASH 61 -> 30.")
    d.p()
    d.p("INTERVENTIONS")
    d.p("Therapeutic exercise (97110), therapeutic activities (97530), self-care/ADL training (97535), "
        "modalities as indicated (97010). Treatment to continue for 10 weeks.")
    d.p()
    d.p(f"OT: Yusuf Ravenscroft, MS, OTR/L ({us(ev)})")
    d.p(f"MD: Philippa Nakashima, MD ({us(sig)}) - e-signed via fax portal")
    d.save(f)
    label(f, "medicare-outpatient-therapy", [], asof, [["frequency-missing"]],
          "Gap: interventions and a 10-week duration are given but no visits per week anywhere. Borderless title table, "
          "space-aligned id lines, STG/LTG with arrow notation.")


@plan
def v16():
    f = "v16_slp_plan_after_eval.docx"
    ev, pd_, asof = D(2026, 1, 6), D(2026, 1, 22), D(2026, 2, 24)
    end = D(2026, 4, 5)
    sig = D(2026, 1, 27)
    assert pd_ > ev and days(ev, end) <= 90 and days(ev, sig) <= 30 and asof <= end
    d = Doc()
    d.p("Riverside Hospital Outpatient Rehabilitation", bold=True)
    d.p("SPEECH THERAPY - PLAN OF CARE", bold=True)
    d.table([["Patient", "Date of Birth", "Medicare Beneficiary ID", "First treatment (evaluation)", "Plan of care established"],
             ["Hollis Vanderpool", "11/11/1941", "8QW3-ER5-TY72", us(ev), us(pd_)]])
    d.p()
    d.p(f"Certification period: {us(ev)} - {us(end)}")
    d.p("ICD-10: R48.2 Apraxia; I69.320 Aphasia following cerebral infarction")
    d.p()
    d.p("Note: evaluation completed 1/6; three treatment sessions were provided while awaiting the neurology report, "
        "after which the formal plan of care below was written.", italic=True)
    d.p()
    d.p("Long-term goal: Hollis will communicate basic wants and needs to family using 3-4 word utterances with 80% "
        "intelligibility to unfamiliar listeners in 12 weeks.")
    d.p("Short-term goals (6 weeks):")
    d.p("  - Produce 10 functional 2-word phrases with 70% accuracy given a model (baseline 10%).")
    d.p("  - Use a picture communication board to request 5 items with 90% accuracy (baseline 0%).")
    d.p()
    d.p("Services: 92507 speech/language treatment, 2x week x 12 weeks, 45-minute sessions.")
    d.p()
    d.p(f"SLP: Ottilie Brennan-Achebe, M.A., CCC-SLP   Signed: {us(pd_)}")
    d.p(f"Certifying physician: Bogdan Iwasaki-Ferrer, DO   Signed: {us(sig)}")
    d.save(f)
    label(f, "medicare-outpatient-therapy", [], asof, [["plan-late"]],
          f"Gap: plan of care established {iso(pd_)}, {days(ev, pd_)} days after the evaluation / first treatment "
          f"{iso(ev)} (plan-before-treatment, warning). Certification signed {iso(sig)}, within 30 days. Five-column "
          "horizontal id table, dash-bulleted STGs.")


# =============================================================== HOME HEALTH
@plan
def v17():
    f = "v17_hh_485_grid.docx"
    soc, asof = D(2026, 1, 8), D(2026, 2, 10)
    end = soc + dt.timedelta(days=59)
    sig = D(2026, 1, 15)
    assert days(soc, end) <= 60 and asof <= end
    d = Doc(font="Courier New", size=8.5, margins=0.5)
    d.p("Department of Health and Human Services - Centers for Medicare & Medicaid Services", size=7)
    d.p("HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True, align="c")
    t = d.table([
        ["1. Patient's HI Claim No.\n7HJ2-KL5-ZX81", "2. Start Of Care Date\n" + us(soc),
         "3. Certification Period\nFrom: " + us(soc) + "   To: " + us(end), "4. Medical Record No.\nGH-55102", "5. Provider No.\n397001"],
        ["6. Patient's Name and Address\nAmbrose T. Kettleworth\n18 Orchard Lane, Millbrook", "", "7. Provider's Name, Address\nGreenhaven Home Health Agency\n200 Commerce Dr.", "", ""],
        ["8. Date of Birth\n04/02/1940", "9. Sex  M", "10. Medications: furosemide 40 mg daily; metformin 500 mg BID; lisinopril 10 mg daily", "", ""],
        ["11. ICD-10-CM  Principal Diagnosis\nI50.32 Chronic diastolic (congestive) heart failure", "", "12. Surgical Procedure\nN/A", "", ""],
        ["13. ICD-10-CM  Other Pertinent Diagnoses\nE11.9 Type 2 diabetes mellitus without complications\nR26.81 Unsteadiness on feet", "", "", "", ""],
        ["18.A. Functional Limitations: endurance, ambulation, dyspnea with minimal exertion", "", "18.B. Activities Permitted: up as tolerated, walker", "", ""],
        ["21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)\n"
         "SN: 1w1, 2w3, 1w4 for CHF/DM assessment, daily weight teaching, medication management.\n"
         "PT: 2w4 for gait/balance training, therapeutic exercise, home safety evaluation.\n"
         "HHA: 2w6 for bathing/personal care.", "", "", "", ""],
        ["22. Goals/Rehabilitation Potential/Discharge Plans\n"
         "Pt will report daily weight and identify a 3-lb gain as a reason to call the agency, 7 of 7 days, within 3 weeks.\n"
         "Pt will have no ED visit or hospitalization for CHF during the certification period.\n"
         "Pt will ambulate 150 ft with walker, Tinetti from 14/28 to 20/28, within 4 weeks.\n"
         "Fasting blood sugar log readings 80-150 mg/dL on 5 of 7 days within 4 weeks.\n"
         "Rehab potential: good. D/C when goals met, pt to follow up with PCP.", "", "", "", ""],
        ["23. Nurse's Signature and Date of Verbal SOC Where Applicable\nLavinia Oduya, RN  " + us(soc), "", "", "25. Date HHA Received Signed POT\n" + us(D(2026, 1, 16)), ""],
        ["24. Physician's Name and Address\nSeverin Castellanos, MD   NPI " + npi("150338201") + "\n41 Medical Plaza", "", "",
         "26. Physician Certification: I certify that this patient is confined to his/her home and needs intermittent skilled nursing care...", ""],
        ["27. Attending Physician's Signature and Date Signed\nSeverin Castellanos, MD (electronically signed) " + us(sig), "", "", "", ""],
    ], bold_header=False, size=8)
    # merged cells, as on the CMS form
    for r in (1, 3, 5):
        t.cell(r, 0).merge(t.cell(r, 1))
        t.cell(r, 2).merge(t.cell(r, 4))
    t.cell(2, 2).merge(t.cell(2, 4))
    for r in (4, 6, 7, 10):
        t.cell(r, 0).merge(t.cell(r, 4))
    t.cell(8, 0).merge(t.cell(8, 2))
    t.cell(8, 3).merge(t.cell(8, 4))
    t.cell(9, 0).merge(t.cell(9, 2))
    t.cell(9, 3).merge(t.cell(9, 4))
    d.p("Form CMS-485 layout reproduced by agency EHR. Total SN visits this period: 11.", size=7)
    d.save(f)
    label(f, "medicare-home-health", [], asof, [],
          f"Clean. CMS-485 style grid of numbered boxes with merged cells; orders in 'SN: 1w1, 2w3, 1w4' notation; "
          f"certification {iso(soc)}-{iso(end)} ({days(soc, end)} days); physician e-signed {iso(sig)}.")


@plan
def v18():
    f = "v18_hh_prn_unlimited.docx"
    soc, asof = D(2026, 2, 2), D(2026, 2, 26)
    end = soc + dt.timedelta(days=59)
    sig = D(2026, 2, 9)
    assert asof <= end
    d = Doc()
    d.bh("Plan of Care", size=16)
    d.p("Bluebonnet Home Health Services  •  Agency CCN 457123", italic=True)
    d.table([["Patient", "Mildred Oyelaran-Pike"], ["DOB", "07/07/1936"], ["Medicare #", "3WE5-RT8-YU12"],
             ["Start of care", us(soc)], ["Episode", f"{us(soc)} through {us(end)}"]], bold_header=False, bold_first_col=True)
    d.p()
    d.bh("Diagnoses")
    d.p("Primary - L89.153 Pressure ulcer of sacral region, stage 3\nSecondary - E11.622 Type 2 diabetes mellitus with other skin ulcer; "
        "M62.81 Muscle weakness (generalized)")
    d.bh("Orders")
    d.table([["Discipline", "Frequency / duration", "Orders"],
             ["Skilled nursing", "3w2, 2w4, 1w2", "Wound care to sacrum per wound protocol; assess for infection; diabetic teaching"],
             ["Skilled nursing", "PRN", "Additional visits as needed for dressing dislodgement or soiling"],
             ["Occupational therapy", "2w4", "ADL training, pressure-relief techniques, equipment"]])
    d.p()
    d.bh("Goals")
    d.p("1. Sacral wound will decrease from 4.2 x 3.1 cm to 2.0 x 1.5 cm or smaller, with no signs of infection, by end of episode.")
    d.p("2. Caregiver (daughter) will demonstrate the dressing change correctly 3 consecutive times within 2 weeks.")
    d.p("3. Patient will reposition every 2 hours while awake per turning log, 6 of 7 days, within 3 weeks.")
    d.p("4. Patient will complete lower-body bathing with set-up only (from mod assist) within 8 weeks.")
    d.p()
    d.p(f"Clinician: Tobias Ferreira-Lund, RN, Case Manager ({us(soc)})")
    d.p(f"Physician: Ngozi Halvorsen, DO — electronically signed {us(sig)}")
    d.save(f)
    label(f, "medicare-home-health", [], asof, [["frequency-missing"]],
          "Gap: one skilled-nursing order is 'PRN' with no visit limit. Vertical key-value id table, orders table by "
          "discipline, numbered goals, em-dash e-signature.")


@plan
def v19():
    f = "v19_hh_unsigned_cert.docx"
    soc, asof = D(2026, 1, 19), D(2026, 2, 13)
    end = soc + dt.timedelta(days=59)
    assert asof <= end
    d = Doc(font="Arial", size=10)
    d.header("Golden Years Home Care, Inc. - Plan of Care / Physician Orders", align="c")
    d.p(f"PATIENT: Cordelia Vasquez-Whitlock     DOB: 02/11/1938     MEDICARE: 9TY6-UI3-OP27")
    d.p(f"SOC: {us(soc)}     CERT PERIOD: {us(soc)} - {us(end)}")
    d.p("ATTENDING: Lysander Okonkwo-Berg, MD   NPI: " + npi("162045913"))
    d.p()
    d.p("DX: J44.1 Chronic obstructive pulmonary disease with (acute) exacerbation (primary); I50.32 Chronic diastolic "
        "(congestive) heart failure")
    d.p()
    d.p("DISCIPLINES / FREQUENCY:", bold=True)
    d.p("SN 2w2, 1w6 - cardiopulmonary assessment, O2 safety, inhaler technique, energy conservation teaching")
    d.p("PT 2w3 - endurance, gait, stair training")
    d.p()
    d.p("GOALS:", bold=True)
    d.p("- Pt will demonstrate correct MDI with spacer technique 3/3 return demonstrations by week 2.")
    d.p("- Pt will walk 100 ft on room air keeping SpO2 >= 90% within 5 weeks (baseline 30 ft).")
    d.p("- No COPD-related hospital readmission during the 60-day period.")
    d.p()
    d.p("VERBAL ORDER", bold=True)
    d.p(f"Verbal start-of-care order received from Dr. Okonkwo-Berg by Fenella Arkwright, RN on {us(soc)}.")
    d.p()
    d.p("PHYSICIAN SIGNATURE: ______________________________     DATE: ___________")
    d.p("(Plan sent to physician office for signature " + us(D(2026, 1, 21)) + ")", italic=True)
    d.save(f)
    label(f, "medicare-home-health", [], asof, [["signature-missing"]],
          "Gap: the plan was sent for signature but the physician signature line is blank (only a verbal order by the RN). "
          "All-caps labels on single lines, attending named with NPI in the header block.")


@plan
def v20():
    f = "v20_hh_narrative_sections.docx"
    soc, asof = D(2026, 2, 16), D(2026, 3, 9)
    end = soc + dt.timedelta(days=59)
    sig = D(2026, 2, 20)
    assert asof <= end
    d = Doc(font="Book Antiqua", size=11)
    d.h("Coastal Pines Home Health — Comprehensive Plan of Care", 1)
    d.p(f"{'Patient:':<14}Silas Quennell-Drummond")
    d.p(f"{'Born:':<14}{dmy(D(1945, 9, 14))}")
    d.p(f"{'MBI:':<14}1MK8-NB2-VC63")
    d.p(f"{'Start of care:':<14}{dmy(soc)}  (certification period ends {dmy(end)})")
    d.h("Diagnoses", 2)
    d.p("S72.001D  Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture with routine healing")
    d.p("R26.81  Unsteadiness on feet")
    d.h("Skilled Nursing", 2)
    d.p("Visits: one visit per week for 8 weeks. Focus: incision check until healed, pain control, anticoagulant teaching.")
    d.p("Goal: patient will state 3 signs of bleeding and take apixaban as ordered with 0 missed doses per pill organizer "
        "check, within 3 weeks.")
    d.h("Physical Therapy", 2)
    d.p("Visits: three visits per week for 4 weeks, then two visits per week for 4 weeks.")
    d.p("Goals: Timed Up and Go from 24 s to under 14 s in 8 weeks; walk 300 ft with a rolling walker, "
        "modified independent, in 6 weeks; climb 3 steps with rail and contact guard in 4 weeks.")
    d.h("Home Health Aide", 2)
    d.p("Visits: two visits per week for 6 weeks for shower assistance.")
    d.p("Goal: patient will shower safely with the aide's stand-by assistance and no falls for 6 weeks.")
    d.h("Certification", 2)
    d.p(f"Plan prepared by Henrietta Obi-Lawson, PT, DPT, on {dmy(soc)}.")
    d.p(f"Certifying practitioner: Rosamund Achterberg, NP — signed {dmy(sig)}.")
    d.save(f)
    label(f, "medicare-home-health", [], asof, [],
          "Clean. Narrative plan organised by discipline headings, visits written out ('three visits per week for 4 weeks'), "
          "certified by a nurse practitioner (allowed practitioner).")


@plan
def v21():
    f = "v21_hh_vague_goals.docx"
    soc, asof = D(2026, 1, 26), D(2026, 2, 19)
    end = soc + dt.timedelta(days=59)
    sig = D(2026, 1, 30)
    assert asof <= end
    d = Doc(font="Calibri", size=10)
    d.table([["Willowbrook Visiting Nurses", "PLAN OF CARE", "Page 1"]], style=None)
    d.p()
    d.table([["Client", "DOB", "MBI", "SOC", "Cert Period"],
             ["Augustin Ferncastle", "12/25/1942", "2PL7-OK4-IJ90", us(soc), f"{us(soc)}–{us(end)}"]])
    d.p()
    d.p("Pertinent diagnoses: E11.622 Type 2 diabetes mellitus with other skin ulcer (primary); I50.32 Chronic diastolic (congestive) heart failure")
    d.p()
    d.p("Interventions & frequency", bold=True)
    d.p("SN 2w4 then 1w4: assess skin and left heel ulcer, diabetic foot care teaching, glucose monitoring review.")
    d.p("MSW 1w2: community resources, meal delivery.")
    d.p()
    d.p("Patient goals", bold=True)
    d.p("• Patient will have improved knowledge of diabetes.")
    d.p("• Heel wound will get better.")
    d.p("• Patient will be safe at home.")
    d.p("• Patient/caregiver will understand heart failure.")
    d.p()
    d.p(f"RN case manager: Philomena Ostrowski, RN    {us(soc)}")
    d.p(f"Physician: Theophilus Wandschneider, MD  /s/  {us(sig)}")
    d.save(f)
    label(f, "medicare-home-health", [], asof, [["goal-not-measurable"]],
          "Gap: every goal is vague (no measure, level or count: 'improved knowledge', 'get better', 'be safe'). "
          "Horizontal id table, bulleted goals.")


# =============================================================== ABA
def aba_goals(child, tdate, with_baseline=True, with_caregiver=True, fmt=us):
    g = [
        ("Communication", f"{child} will mand for 10 preferred items or activities using 2-word phrases without prompts",
         "2 independent mands per session", "80% of opportunities across 3 consecutive sessions with 2 therapists"),
        ("Social", f"{child} will respond to peer greetings with eye contact and a verbal greeting",
         "10% of opportunities", "80% of opportunities over 3 consecutive sessions"),
        ("Behavior reduction", f"{child} will reduce elopement from the classroom or home to 1 or fewer episodes per week",
         "average 9 episodes per week (ABC data, 2 weeks)", "1 or fewer per week for 4 consecutive weeks"),
    ]
    if with_caregiver:
        g.append(("Caregiver training", "Parent will implement the elopement prevention plan and prompt-fading steps with fidelity",
                  "45% fidelity on the procedural checklist", "90% fidelity across 3 consecutive observations"))
    return [(dom, st, bl if with_baseline else None, mc, fmt(tdate)) for dom, st, bl, mc in g]


@plan
def v22():
    f = "v22_aba_initial_clean.docx"
    pd_, asof = D(2026, 1, 14), D(2026, 2, 16)
    ps, pe = D(2026, 2, 1), D(2026, 7, 31)
    rv = D(2026, 7, 15)
    asmt = D(2025, 12, 18)
    t = D(2026, 7, 31)
    assert days(asmt, asof) <= 365 and days(pd_, rv) <= 184 and pe < D(2026, 8, 1)
    d = Doc()
    d.header("Bright Steps Autism Center | Behavior Intervention / Treatment Plan | Member ID BSX884120937", align="l")
    d.bh("APPLIED BEHAVIOR ANALYSIS TREATMENT PLAN - INITIAL AUTHORIZATION REQUEST", size=12)
    d.table([["Client", "Elliot Marchbanks-Oduya", "DOB", "04/09/2021"],
             ["Insurance", "Crescent Health PPO", "Member ID", "BSX884120937"],
             ["Plan date", us(pd_), "Requested auth period", f"{us(ps)} - {us(pe)}"]], bold_header=False, bold_first_col=True)
    d.p()
    d.bh("Diagnosis")
    d.p("F84.0 Autistic disorder (autism spectrum disorder, level 2). Diagnosed by Corvina Haldane-Pruitt, PhD, licensed "
        "psychologist, on 09/22/2025 (ADOS-2 Module 1).")
    d.bh("Assessments")
    d.table([["Instrument", "Date", "Results"],
             ["VB-MAPP", us(asmt), "Milestones 38/170; barriers score 41"],
             ["Vineland-3 (parent form)", us(asmt), "Adaptive Behavior Composite 64"]])
    d.p()
    d.bh("Treatment goals")
    tbl = [["#", "Domain", "Goal", "Baseline", "Mastery criterion", "Target date"]]
    for i, (dom, st, bl, mc, td) in enumerate(aba_goals("Elliot", t), 1):
        tbl.append([str(i), dom, st, bl, mc, td])
    d.table(tbl, size=9)
    d.p()
    d.bh("Requested services")
    d.table([["CPT", "Service", "Hours/week", "Provider"],
             ["97153", "Adaptive behavior treatment by protocol", "20", "RBT"],
             ["97155", "Protocol modification / supervision", "3", "BCBA"],
             ["97156", "Family adaptive behavior treatment guidance", "1", "BCBA"]])
    d.p()
    d.p(f"Progress review / re-authorization report due: {us(rv)}")
    d.p()
    d.bh("Signatures")
    d.table([["Role", "Name", "Signature", "Date"],
             ["Supervising BCBA", "Marguerite Anand-Volkov, MS, BCBA (NPI " + npi("188127450") + ")", "M. Anand-Volkov", us(pd_)],
             ["Parent/Guardian", "Dorothea Marchbanks", "Dorothea Marchbanks", us(D(2026, 1, 16))]])
    d.save(f)
    label(f, "commercial-aba", [], asof, [],
          "Clean. Tabular ABA plan: goal table with domain, baseline, mastery criterion and target date columns; caregiver "
          f"training goal; hours/week by CPT; auth period {iso(ps)}-{iso(pe)}; review {iso(rv)}; member ID also in header.")


@plan
def v23():
    f = "v23_aba_no_baselines.docx"
    pd_, asof = D(2026, 2, 4), D(2026, 3, 2)
    ps, pe = D(2026, 2, 15), D(2026, 8, 14)
    rv = D(2026, 8, 1)
    asmt = D(2026, 1, 20)
    t = D(2026, 8, 14)
    assert days(pd_, rv) <= 184
    d = Doc(font="Arial", size=10)
    d.p("Spectrum Pathways Behavioral Consulting", bold=True, size=13)
    d.p("ABA Treatment Plan")
    d.p(f"Learner: Priya Castellano-Mwangi     Date of birth: 10/30/2020     Subscriber/Member #: SPC-0041187-02")
    d.p(f"Payer: Harborline Commercial HMO     Report date: {us(pd_)}     Authorization: {us(ps)} to {us(pe)}")
    d.p("Diagnosis: F84.0 Autistic disorder - diagnosed 03/03/2024 by Felix Ramaswamy, MD (developmental pediatrician)")
    d.p(f"Assessment: ABLLS-R completed {us(asmt)} by BCBA; AFLS Basic Living Skills module {us(asmt)}.")
    d.p()
    d.p("GOALS", bold=True)
    for i, (dom, st, bl, mc, td) in enumerate(aba_goals("Priya", t, with_baseline=False), 1):
        d.p(f"Goal {i} ({dom}): {st}.", bold=False)
        d.p(f"      Mastery: {mc}.   Target: {td}")
    d.p()
    d.p("SERVICE REQUEST", bold=True)
    d.p("97153 - 15 hours per week (RBT, home and clinic)\n97155 - 2 hours per week (BCBA)\n97156 - 1 hour per week (BCBA with parents)")
    d.p(f"Next review of progress: {us(rv)}")
    d.p()
    d.p(f"BCBA: Octavia Lindqvist-Mora, M.Ed., BCBA    Signed {us(pd_)}")
    d.p(f"Parent: Giancarlo Castellano    Signed {us(pd_)}")
    d.save(f)
    label(f, "commercial-aba", [], asof, [["baseline-missing"]],
          "Gap: no goal states a baseline (goals give mastery criteria and target dates only). Paragraph layout, "
          "'Learner' label, services as dash lines with hours per week.")


@plan
def v24():
    f = "v24_aba_no_parent_training.docx"
    pd_, asof = D(2026, 1, 27), D(2026, 2, 24)
    ps, pe = D(2026, 2, 1), D(2026, 7, 31)
    rv = D(2026, 7, 20)
    asmt = D(2026, 1, 9)
    t = D(2026, 7, 31)
    assert days(pd_, rv) <= 184
    d = Doc(landscape=True, font="Calibri", size=10)
    d.p("Northstar ABA Services — Individualized Treatment Plan", bold=True, size=14)
    d.table([["Child's name", "Date of birth", "Member ID", "Plan written", "Authorization requested"],
             ["Caspian Delacroix-Nwosu", "06/18/2019", "NSH2209941", us(pd_), f"{us(ps)}–{us(pe)} (6 months)"]])
    d.p()
    d.p("Diagnosis: F84.0 Autistic disorder. Comprehensive diagnostic evaluation by Ilse Brandvold, PsyD on 11/12/2024.")
    d.p(f"Standardized assessment: VB-MAPP administered {us(asmt)} (Level 2, milestones 71/170); Vineland-3 ABC 68 ({us(asmt)}).")
    d.p()
    tbl = [["Target area", "Objective", "Current level (baseline)", "Mastery", "Target date"]]
    for dom, st, bl, mc, td in aba_goals("Caspian", t, with_caregiver=False):
        tbl.append([dom, st, bl, mc, td])
    tbl.append(["Daily living", "Caspian will wash and dry hands independently following a 6-step visual schedule",
                "2 of 6 steps independent", "6 of 6 steps on 4 of 5 days for 2 weeks", us(t)])
    d.table(tbl, size=9)
    d.p()
    d.p("Services requested: 97153 direct treatment 25 hrs/week; 97155 protocol modification 2.5 hrs/week.")
    d.p(f"Six-month progress review: {us(rv)}")
    d.p()
    d.table([["Supervising BCBA", "Date", "Parent / guardian", "Date"],
             ["Bartholomew Achebe-Rowe, BCBA", us(pd_), "Leocadia Delacroix", us(pd_)]])
    d.save(f)
    label(f, "commercial-aba", [], asof, [["caregiver-goal-missing"]],
          "Gap: no caregiver/parent training goal and no 97156 family guidance. Landscape, objective grid with baseline "
          "column, signature grid with two name/date pairs.")


@plan
def v25():
    f = "v25_aba_old_assessment.docx"
    pd_, asof = D(2026, 2, 10), D(2026, 3, 5)
    ps, pe = D(2026, 3, 1), D(2026, 8, 31)
    rv = D(2026, 8, 10)
    asmt = D(2024, 10, 2)
    t = D(2026, 8, 31)
    assert days(asmt, asof) > 365 and days(pd_, rv) <= 184
    d = Doc(font="Georgia", size=10)
    d.bh("Re-authorization Treatment Plan (continuation)", size=13)
    d.p("Lighthouse Behavior Partners", italic=True)
    d.p()
    d.lp(("Client:", "Magnolia Haverford-Iqbal"), ("DOB:", "01/05/2018"), ("ID #:", "LHP77310452"), sep="   |   ")
    d.lp(("Plan date:", us(pd_)), ("Authorization period:", f"{us(ps)} through {us(pe)}"), sep="   |   ")
    d.p()
    d.p("Diagnosis: F84.0 Autistic disorder (dx 08/2022, Agnes Trevelyan-Okafor, PhD, licensed psychologist, 08/15/2022).")
    d.p(f"Most recent standardized assessment: VB-MAPP re-administered {us(asmt)}; milestones 112/170. "
        "Ongoing curriculum-based probes are collected weekly.")
    d.p()
    d.p("Goals", bold=True)
    for i, (dom, st, bl, mc, td) in enumerate(aba_goals("Magnolia", t), 1):
        d.p(f"{i}. [{dom}] {st}. Baseline: {bl}. Mastery criterion: {mc}. Target date: {td}.")
    d.p()
    d.p("Hours requested", bold=True)
    d.table([["Code", "Hours per week", "Units per week"], ["97153", "12", "48"], ["97155", "2", "8"], ["97156", "1", "4"]])
    d.p()
    d.p(f"Plan review scheduled: {us(rv)}")
    d.p(f"/s/ Rafferty Oyelowo, BCBA-D   {us(pd_)}        /s/ Imogen Haverford (mother)   {us(D(2026, 2, 12))}")
    d.save(f)
    label(f, "commercial-aba", [], asof, [["assessment-outdated"]],
          f"Gap: the latest standardized assessment (VB-MAPP {iso(asmt)}) is {days(asmt, asof)} days old on the as-of "
          "date (> 365; warning). Pipe-separated label lines, goals with inline Baseline/Mastery/Target, two /s/ signatures on one line.")


@plan
def v26():
    f = "v26_aba_adhd_primary.docx"
    pd_, asof = D(2026, 1, 22), D(2026, 2, 18)
    ps, pe = D(2026, 2, 1), D(2026, 7, 31)
    rv = D(2026, 7, 22)
    asmt = D(2026, 1, 8)
    t = D(2026, 7, 31)
    d = Doc()
    d.p("Kestrel Behavioral Health, LLC", bold=True)
    d.p("Applied Behavior Analysis - Treatment Plan", size=14)
    d.table([["Patient", "Thaddeus Ambrose-Kimura"], ["Date of birth", "08/21/2016"], ["Member ID", "KBH-530019-01"],
             ["Date", us(pd_)], ["Auth period", f"{us(ps)} - {us(pe)}"]], bold_header=False, bold_first_col=True)
    d.p()
    d.p("Diagnoses", bold=True)
    d.p("1. F90.2 Attention-deficit hyperactivity disorder, combined type (primary) - diagnosed by Wilhelmina Osei, MD, "
        "child psychiatrist, 05/06/2025")
    d.p("2. F80.2 Mixed receptive-expressive language disorder")
    d.p(f"Assessment: Vineland-3 {us(asmt)}, ABC 72; FBA completed {us(asmt)}.")
    d.p()
    d.p("Goals", bold=True)
    for i, (dom, st, bl, mc, td) in enumerate(aba_goals("Thaddeus", t), 1):
        d.p(f"Goal {i}: {st}.")
        d.p(f"Baseline - {bl}; mastery - {mc}; by {td}.")
    d.p()
    d.p("Requested: 97153 10 hours/week; 97155 1.5 hours/week; 97156 1 hour/week.")
    d.p(f"Review date: {us(rv)}")
    d.p()
    d.p(f"BCBA signature: Cressida Pemberton-Lau, MA, BCBA   Date: {us(pd_)}")
    d.p(f"Guardian signature: Hiroshi Kimura   Date: {us(pd_)}")
    d.save(f)
    label(f, "commercial-aba", [], asof, [["diagnosis-not-covered"]],
          "Gap: the primary diagnosis is ADHD (F90.2), not autism spectrum disorder. Key-value id table, goal lines "
          "followed by 'Baseline - ...; mastery - ...; by ...' lines.")


@plan
def v27():
    f = "v27_aba_twelve_month_auth.docx"
    pd_, asof = D(2026, 2, 2), D(2026, 3, 4)
    ps, pe = D(2026, 2, 15), D(2027, 2, 14)
    rv = D(2026, 8, 3)
    asmt = D(2026, 1, 15)
    t = D(2026, 8, 3)
    assert days(pd_, rv) <= 184 and days(ps, pe) > 184
    d = Doc(font="Trebuchet MS", size=10)
    d.header("Evergreen Developmental Services - ABA Program", align="l")
    d.footer("This document contains information protected under HIPAA. Evergreen DS - form ABA-TP-3")
    d.bh("Treatment Plan and Authorization Request", size=13)
    d.p(f"Individual: Leopold Nakamura-Finch   DOB 12/12/2020   Plan member #: EVG4471020   Date of report: {abbr(pd_)}")
    d.p(f"Requested authorization: {abbr(ps)} to {abbr(pe)} (12 months)")
    d.p("Diagnosis: F84.0 Autistic disorder (Dr. Soren Achterberg, PhD, 02/10/2023)")
    d.p(f"Standardized assessment: VB-MAPP {abbr(asmt)}; Vineland-3 ABC 70 {abbr(asmt)}")
    d.p()
    for i, (dom, st, bl, mc, td) in enumerate(aba_goals("Leopold", t, fmt=abbr), 1):
        p = d.p()
        p.add_run(f"Goal {i} – {dom}. ").bold = True
        p.add_run(f"{st}. Baseline {bl}. Mastered at {mc}. Target {td}.")
    d.p()
    d.p("Weekly hours: 97153 x 18 hrs; 97155 x 2 hrs; 97156 x 1 hr")
    d.p(f"Interim progress review: {abbr(rv)}")
    d.p(f"Marisela Oyelaran-Quist, BCBA (e-signed {abbr(pd_)})   |   Parent: Beatrice Finch (e-signed {abbr(pd_)})")
    d.save(f)
    label(f, "commercial-aba", [], asof, [["duration-exceeds-limit"]],
          f"Gap: authorization requested for 12 months ({iso(ps)} to {iso(pe)}); the profile allows at most 6 months. "
          "Review at 6 months is within 184 days. Inline bold goal headers, 'x 18 hrs' hour notation.")


@plan
def v28():
    f = "v28_aba_merged_goal_grid.docx"
    pd_, asof = D(2026, 1, 30), D(2026, 2, 27)
    ps, pe = D(2026, 2, 1), D(2026, 7, 31)
    rv = D(2026, 7, 24)
    asmt = D(2026, 1, 12)
    t = D(2026, 7, 24)
    assert days(pd_, rv) <= 184
    d = Doc(landscape=True, font="Calibri", size=9, margins=0.6)
    d.header_table([["Pebblecreek Behavior Therapy", "Client: Wren Adeyemi-Castellanos", "Member ID: PBT-662093", "DOB: 09/09/2019"]])
    d.bh("Six-Month Treatment Plan", size=14)
    d.p(f"Date: {iso(pd_)}     Service period: {iso(ps)} to {iso(pe)}     Next review: {iso(rv)}")
    d.p("Diagnosis: F84.0 Autistic disorder — confirmed by Philippa Garza-Holm, PsyD, on 2025-06-30.")
    d.p(f"Assessments: AFLS and VB-MAPP ({iso(asmt)}); PDDBI parent rating ({iso(asmt)}).")
    d.p()
    rows = [["Goal area", "Targets", "Baseline", "Mastery criteria", "Target date"]]
    goals = aba_goals("Wren", t, fmt=iso)
    rows.append(["Skill acquisition", goals[0][1], goals[0][2], goals[0][3], goals[0][4]])
    rows.append(["", goals[1][1], goals[1][2], goals[1][3], goals[1][4]])
    rows.append(["Behavior reduction", goals[2][1], goals[2][2], goals[2][3], goals[2][4]])
    rows.append(["Parent training", goals[3][1], goals[3][2], goals[3][3], goals[3][4]])
    tb = d.table(rows)
    top = tb.cell(1, 0)
    top.merge(tb.cell(2, 0))
    cell_text(tb.cell(1, 0), "Skill acquisition", bold=True)
    for r in range(1, 5):
        shade_cell(tb.cell(r, 0), "EDEDED")
    d.p()
    d.table([["Service", "Code", "Weekly hours", "Setting"],
             ["Direct ABA (RBT)", "97153", "22", "Home / clinic"],
             ["BCBA protocol modification", "97155", "3", "Clinic"],
             ["Parent guidance", "97156", "1.5", "Telehealth/home"]])
    d.p()
    d.p("Electronic signature log", bold=True)
    d.table([["Signed by", "Role", "Timestamp"],
             ["Anneliese Okoro-Brandt, MS, BCBA", "Supervising behavior analyst", f"{iso(pd_)} 16:02"],
             ["Ramona Adeyemi", "Mother / legal guardian", f"{iso(D(2026, 2, 1))} 09:47"]])
    d.save(f)
    label(f, "commercial-aba", [], asof, [],
          "Clean. Landscape; identifiers only in a header table; ISO dates; goal grid with a vertically merged, shaded "
          "'Skill acquisition' cell over two goals; e-signature log table with timestamps.")


# =============================================================== STATE PROFILES (with base-treatment-plan)
def ny_plan(f, adm, pd_, phys, asof, font, gap_note, gaps):
    d = Doc(font=font, size=10)
    d.header("Hudson Crest Recovery Center - OASAS Certified Inpatient Rehabilitation (Part 818)", align="c")
    d.bh("Individualized Treatment Plan", size=13, align="c")
    d.table([["Patient", "Dmitri Vasquez-O'Halloran", "Case #", "HC-26-0117"],
             ["Date of birth", "11/03/1979", "Medicaid CIN", "TQ48217R"],
             ["Admission date", us(adm), "Plan date", us(pd_)]], bold_header=False, bold_first_col=True)
    d.p()
    d.p("Diagnoses: F10.20 Alcohol dependence, uncomplicated; F14.20 Cocaine dependence, uncomplicated")
    d.p()
    d.bh("Problem areas, goals and methods")
    d.table([["Problem area", "Goal", "Objective", "Method / approach", "Staff"],
             ["Alcohol and cocaine use", "Remain abstinent and complete rehabilitation",
              f"Attend 100% of scheduled groups and produce negative toxicology screens weekly through {us(adm + dt.timedelta(days=28))}",
              "Group counseling 5x/week; individual counseling 2x/week; MRT workbook", "CASAC"],
             ["Relapse risk", "Build a written relapse-prevention plan",
              f"Identify 5 personal triggers and 3 coping responses, reviewed with counselor, by {us(adm + dt.timedelta(days=21))}",
              "Relapse-prevention group 3x/week; individual session weekly", "CASAC"],
             ["Medical", "Manage withdrawal risk and hypertension",
              "BP below 140/90 on daily checks for 7 consecutive days", "Nursing BP checks daily; physician follow-up weekly", "RN/MD"]], size=9)
    d.p()
    d.p("Discharge plan: step down to outpatient at Hudson Crest OP, 3x/week.")
    d.p()
    d.table([["", "Name", "Date"],
             ["Responsible clinical staff (primary counselor)", "Lorcan Mbatha-Ellis, CASAC", us(pd_)],
             ["Physician review and signature", "Yevgenia Oduya-Reinholt, MD", us(phys)],
             ["Patient", "Dmitri Vasquez-O'Halloran", us(pd_)]], bold_first_col=True)
    d.save(f)
    label(f, "base-treatment-plan", ["ny-oasas-818"], asof, gaps, gap_note)


@plan
def v29():
    adm, pd_, phys, asof = D(2026, 1, 12), D(2026, 1, 16), D(2026, 1, 20), D(2026, 2, 5)
    assert days(adm, pd_) <= 7 and days(adm, phys) <= 10
    ny_plan("v29_ny_inpatient_rehab.docx", adm, pd_, phys, asof, "Calibri",
            f"Clean. NY OASAS inpatient plan {days(adm, pd_)} days after admission, physician signed "
            f"{days(adm, phys)} days after admission. Five-column problem/goal/objective/method/staff grid, "
            "signature table with roles in the first column. Medicaid CIN as the member ID.", [])


@plan
def v30():
    adm, pd_, phys, asof = D(2026, 1, 12), D(2026, 1, 17), D(2026, 2, 2), D(2026, 2, 9)
    assert days(adm, pd_) <= 7 and days(adm, phys) > 10
    ny_plan("v30_ny_late_physician.docx", adm, pd_, phys, asof, "Arial",
            f"Gap: physician signed {iso(phys)}, {days(adm, phys)} days after admission {iso(adm)} (limit 10). Same "
            "agency template as v29 with a different patient's dates.", [["signature-late"]])


@plan
def v31():
    f = "v31_fl_residential_clean.docx"
    adm, pd_, qp, asof = D(2026, 1, 5), D(2026, 1, 14), D(2026, 1, 20), D(2026, 2, 3)
    t1, t2 = D(2026, 2, 13), D(2026, 3, 16)
    assert days(adm, pd_) <= 15 and days(pd_, qp) <= 10
    d = Doc(font="Times New Roman", size=11)
    d.p("SUNCOAST RECOVERY VILLAGE", bold=True, align="c")
    d.p("Individualized Treatment Plan  -  Chapter 65D-30, F.A.C.", align="c")
    d.p()
    d.p(f"Client: Esperanza Lindqvist-Boateng     DOB: 04/17/1990     Medicaid ID: 8823104597")
    d.p(f"Level of care: Residential Level 2     Admission: {us(adm)}     Plan date: {us(pd_)}")
    d.p("Diagnosis: F11.20 Opioid dependence, uncomplicated; F41.1 Generalized anxiety disorder")
    d.p()
    d.p("GOAL 1: Establish and keep recovery from opioid use.", bold=True)
    d.p(f"   Obj 1.1 Client will attend 5 of 5 weekday process groups each week, per attendance roster, by {us(t1)}.")
    d.p(f"   Obj 1.2 Client will write and present a relapse-prevention plan naming 4 triggers and 4 coping actions by {us(t2)}.")
    d.p("   Services: group therapy 5 times per week; individual counseling once per week; MAT follow-up every 2 weeks.")
    d.p("GOAL 2: Reduce anxiety without substances.", bold=True)
    d.p(f"   Obj 2.1 Client will use a grounding skill during 3 or more anxious episodes per week, per diary, and lower GAD-7 "
        f"from 16 to 10 or less by {us(t2)}.")
    d.p("   Services: anxiety skills group twice weekly; individual counseling once per week.")
    d.p()
    d.p("Signatures", bold=True)
    d.p(f"Client: Esperanza Lindqvist-Boateng  {us(pd_)}")
    d.p(f"Primary counselor: Thaddeus Okoro, CAP  {us(pd_)}")
    d.p(f"Qualified professional review: Ines Achterberg-Salas, LMHC  {us(qp)}")
    d.save(f)
    label(f, "base-treatment-plan", ["fl-65d-30"], asof, [],
          f"Clean. Florida residential level 2: plan {days(adm, pd_)} days after admission (limit 15), QP countersignature "
          f"{days(pd_, qp)} days after the plan (limit 10). Indented objectives with per-goal service lines.")


@plan
def v32():
    f = "v32_fl_undated_objectives.docx"
    adm, pd_, asof = D(2026, 1, 7), D(2026, 1, 12), D(2026, 1, 30)
    assert days(adm, pd_) <= 7
    d = Doc(font="Calibri", size=10.5)
    d.p("Gulf Breeze Treatment Center — Residential", bold=True, size=12)
    d.table([["Name", "Jonah Featherby-Nakamura", "Level of care", "Residential Level 1"],
             ["DOB", "1/30/1986", "Admit date", us(adm)],
             ["Insurance ID", "FLB-2290417", "Tx plan date", us(pd_)]], bold_header=False, bold_first_col=False)
    d.p()
    d.p("Dx: F15.20 Other stimulant dependence, uncomplicated")
    d.p()
    d.table([["Problem", "Goal", "Behavioral objectives", "Interventions / frequency"],
             ["Methamphetamine use", "Abstinence and stable recovery",
              "1. Jonah will attend all scheduled groups, 6 per week.\n2. Jonah will provide negative urine drug screens on all weekly tests.",
              "Group therapy 6x/week; individual counseling 1x/week; UDS weekly"],
             ["Employment", "Return to work after discharge",
              "1. Jonah will complete 3 job applications per week once on step-down phase.",
              "Vocational counseling 1x/week"]], size=9.5)
    d.p()
    d.p("Expected completion: upon discharge from residential care.")
    d.p()
    d.table([["Client signature / date", "Counselor signature / date"],
             [f"Jonah Featherby-Nakamura   {us(pd_)}", f"Carlotta Ruiz-Ambrose, CAC   {us(pd_)}"]])
    d.save(f)
    label(f, "base-treatment-plan", ["fl-65d-30"], asof, [["objective-not-time-bound"]],
          "Gap: no objective has a completion date ('upon discharge' is not a date). Problem/goal/objective/intervention grid "
          "with numbered objectives inside cells; signature grid with name and date in one cell.")


@plan
def v33():
    f = "v33_ca_ntp_clean.docx"
    adm, pd_, sup, md, rv, asof = D(2026, 1, 8), D(2026, 1, 30), D(2026, 2, 5), D(2026, 2, 10), D(2026, 4, 8), D(2026, 3, 2)
    t1, t2 = D(2026, 3, 31), D(2026, 4, 6)
    assert days(adm, pd_) <= 28 and days(pd_, sup) <= 14 and days(pd_, md) <= 14 and days(adm, rv) <= 92 and asof < rv
    d = Doc(font="Arial", size=10)
    d.header("Pacific Crest Opioid Treatment Program  •  Narcotic Treatment Program license NTP-0000", align="l")
    d.bh("INITIAL MAINTENANCE TREATMENT PLAN", size=12)
    d.p(f"Patient: Ignatius Moreau-Takahashi | DOB 06/02/1975 | Medi-Cal BIC 97734521C | Admitted (maintenance start) {us(adm)}")
    d.p(f"Plan effective date: {us(pd_)}")
    d.p("Diagnosis: F11.20 Opioid dependence, uncomplicated")
    d.p()
    d.p("Long-term goal A: Stop illicit opioid use and stabilize on methadone.", bold=True)
    d.p(f"   Short-term goal A1: Negative toxicology for illicit opioids on 4 consecutive monthly tests. Target date: {us(t1)}")
    d.p(f"   Short-term goal A2: Attend counseling 4 of 4 scheduled sessions per month. Target date: {us(t1)}")
    d.p("Long-term goal B: Rebuild stable housing.", bold=True)
    d.p(f"   Short-term goal B1: Complete a housing application with the case manager. Target date: {us(t2)}")
    d.p()
    d.p("Services: methadone dosing daily; individual counseling 50 minutes 2x/month; case management monthly.")
    d.p(f"Treatment plan update due: {us(rv)}")
    d.p()
    d.table([["Primary counselor", "Supervising counselor", "Medical director"],
             [f"Alondra Whitfield-Osei, CADC-II\n{us(pd_)}", f"Benedikt Sarr, LAADC\n{us(sup)}", f"Oluwaseun Lindgren, MD\n{us(md)}"]])
    d.save(f)
    label(f, "base-treatment-plan", ["ca-title9-ntp"], asof, [],
          f"Clean. California NTP plan {days(adm, pd_)} days after admission, supervisor and medical director countersigned "
          f"{days(pd_, sup)} and {days(pd_, md)} days after the plan; update due {days(adm, rv)} days after admission. "
          "Three-column signature table with name and date stacked in one cell.")


@plan
def v34():
    f = "v34_ca_ntp_late_update.docx"
    adm, pd_, sup, md, rv, asof = D(2026, 1, 5), D(2026, 1, 26), D(2026, 1, 28), D(2026, 2, 4), D(2026, 7, 26), D(2026, 2, 20)
    bad = D(2025, 3, 20)
    assert days(pd_, rv) > 92 and bad < pd_ and days(pd_, md) <= 14 and days(pd_, sup) <= 14 and days(adm, pd_) <= 28
    d = Doc(font="Calibri", size=11)
    d.p("Valle Verde Treatment Services - Narcotic Treatment Program", bold=True)
    d.p("Treatment Plan", size=15)
    d.lp(("Client name:", "Rosalba Quintero-Pike"))
    d.lp(("DOB:", "09/19/1983"))
    d.lp(("Medi-Cal / member ID:", "91120458A"))
    d.lp(("Start of maintenance treatment:", us(adm)))
    d.lp(("Plan date:", us(pd_)))
    d.p("Diagnosis: F11.20 Opioid dependence, uncomplicated; F12.20 Cannabis dependence, uncomplicated")
    d.p()
    d.p("Goal 1. Reduce and stop illicit fentanyl use.", bold=True)
    d.p(f"  1.1 Rosalba will have 3 consecutive toxicology results negative for fentanyl by {us(D(2026, 4, 20))}.")
    d.p(f"  1.2 Rosalba will attend the fentanyl overdose-prevention class once and carry naloxone by {us(bad)}.")
    d.p("Goal 2. Improve parenting stability.", bold=True)
    d.p(f"  2.1 Rosalba will attend 4 of 4 monthly family-reunification meetings through {us(D(2026, 4, 30))}.")
    d.p()
    d.p("Modalities: methadone daily; individual counseling 2x/month (50 min); parenting group weekly.")
    d.p(f"Next plan update: {us(rv)}")
    d.p()
    d.p(f"Counselor: Florentin Adebayo, RADT-II   {us(pd_)}")
    d.p(f"Supervising counselor: Henrike Solberg, CADC-III   {us(sup)}")
    d.p(f"Medical director: Cassius Ferreira-Lim, DO   {us(md)}")
    d.save(f)
    label(f, "base-treatment-plan", ["ca-title9-ntp"], asof, [["review-interval-exceeded"], ["date-inconsistent"]],
          f"Gaps: next plan update {iso(rv)} is {days(pd_, rv)} days after the plan ({days(adm, rv)} after admission; "
          f"limit 92); objective 1.2 target date {iso(bad)} is before the plan date (year typo). Label-per-line header.")


@plan
def v35():
    f = "v35_tx_cd_facility_clean.docx"
    pd_, asof = D(2026, 1, 21), D(2026, 2, 11)
    t1, t2 = D(2026, 2, 18), D(2026, 3, 18)
    d = Doc(font="Calibri", size=10)
    d.header("Lone Star Recovery Outpatient - Chemical Dependency Treatment Facility", align="c")
    d.bh("Treatment Plan", size=13)
    d.table([["Client", "Wendell Achebe-Sorensen", "Client ID", "LSR-44021"],
             ["DOB", "03/15/1992", "Medicaid #", "524117890"],
             ["Date of plan", us(pd_), "Projected length of stay", "10 weeks (intensive outpatient)"]],
            bold_header=False, bold_first_col=True)
    d.p()
    d.p("Diagnosis: F10.20 Alcohol dependence, uncomplicated")
    d.p()
    d.table([["Goal", "Objective (measurable, time-specific)", "Strategy (type & frequency)"],
             ["1. Stop drinking",
              f"a. Wendell will produce negative breathalyzer results at every session (3 per week) through {us(t2)}.\n"
              f"b. Wendell will list 5 high-risk situations and a plan for each by {us(t1)}.",
              "IOP group counseling 3x/week, 3 hours; individual counseling 1x/week; breathalyzer each visit"],
             ["2. Build sober support",
              f"a. Wendell will attend 2 AA meetings each week with signed attendance slips through {us(t2)}.\n"
              f"b. Wendell will identify a sponsor by {us(t2)}.",
              "Peer recovery coaching every 2 weeks; 12-step facilitation in group 1x/week"]], size=9.5)
    d.p()
    d.table([["Client signature", "Date", "Counselor signature", "Date"],
             ["Wendell Achebe-Sorensen", us(pd_), "Ximena Oyelaran, LCDC", us(pd_)]])
    d.save(f)
    label(f, "base-treatment-plan", ["tx-26tac-564"], asof, [],
          "Clean. Texas CD facility: goal/objective/strategy grid with lettered objectives in cells, projected length of "
          "stay in the id table, four-column signature table.")


@plan
def v36():
    f = "v36_tx_client_undated.docx"
    pd_, asof = D(2026, 2, 4), D(2026, 2, 25)
    t1 = D(2026, 4, 1)
    d = Doc(font="Arial", size=10)
    d.p("Big Sky Counseling & Recovery (licensed CDTF)", bold=True)
    d.p("INDIVIDUALIZED TREATMENT PLAN", bold=True)
    d.p(f"Client: Bernadette Oduya-Lachance        DOB: 08/08/1988        Member #: BSR-210934")
    d.p(f"Date: {us(pd_)}        Projected length of stay: 8 weeks")
    d.p("Dx: F14.20 Cocaine dependence, uncomplicated")
    d.p()
    d.p("Problem 1: Cocaine use", bold=True)
    d.p("Goal: Bernadette will stop cocaine use.")
    d.p(f"Objective 1A: Negative urine screens on every weekly test through {us(t1)}.")
    d.p(f"Objective 1B: Name 4 triggers and a refusal statement for each, and rehearse them in group, by {us(D(2026, 3, 4))}.")
    d.p("Strategies: group counseling 4x weekly; individual counseling weekly; UDS weekly.")
    d.p("Problem 2: Family conflict", bold=True)
    d.p("Goal: Bernadette will improve communication with her partner.")
    d.p(f"Objective 2A: Attend 3 of 3 family sessions and use 'I' statements in each, per counselor note, by {us(t1)}.")
    d.p("Strategies: family session every 2 weeks.")
    d.p()
    d.p("Client signature: Bernadette Oduya-Lachance")
    d.p(f"Counselor signature: Marcellus Brightwater, LCDC      Date: {us(pd_)}")
    d.save(f)
    label(f, "base-treatment-plan", ["tx-26tac-564"], asof, [["signature-missing"]],
          "Gap: the client signed but her signature carries no date (client-signature-dated). Single-line label layout, "
          "Problem/Goal/Objective 1A paragraphs with a 'Strategies' line each.")


# =============================================================== BASE ONLY
@plan
def v37():
    f = "v37_base_commercial_bh.docx"
    pd_, asof = D(2026, 2, 9), D(2026, 2, 23)
    good = npi("145203867")
    bad = good[:-1] + str((int(good[-1]) + 3) % 10)
    assert npi_ok(good) and not npi_ok(bad)
    d = Doc(font="Helvetica", size=10)
    d.p("Maple Ridge Family Counseling", bold=True)
    d.p("Outpatient Treatment Plan", size=14)
    d.p(f"Client: Cosima Albrecht-Nwachukwu      DOB: 05/05/1994      Plan date: {us(pd_)}")
    d.p("Insurance: Commercial PPO (card on file)")
    d.p("Diagnosis: F41.1 Generalized anxiety disorder")
    d.p()
    d.p("Goal: Cosima will reduce worry so she can return to full-time work.")
    d.p(f"Objective: GAD-7 from 14 to 7 or lower by {us(D(2026, 5, 11))}.")
    d.p("Service: 90834 individual psychotherapy, 45 minutes, weekly, for 12 weeks.")
    d.p()
    d.p(f"Clinician: Evander Kowalski-Marsh, LMFT, NPI {bad}    {us(pd_)}")
    d.p(f"Client: Cosima Albrecht-Nwachukwu    {us(pd_)}")
    d.save(f)
    label(f, "base-treatment-plan", [], asof, [["field-missing"], ["identifier-invalid"]],
          "Gaps: no member ID anywhere ('card on file'); the clinician's NPI fails the Luhn check (warning). "
          "Short one-page plan, single-line labels.")


# =============================================================== main
def main():
    for fn in PLANS:
        fn()
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".docx"))
    assert len(files) == len(LABELS) == len({l["file"] for l in LABELS}), (len(files), len(LABELS))
    with open(os.path.join(OUT, "labels.json"), "w") as fh:
        json.dump(LABELS, fh, indent=1, sort_keys=False)
        fh.write("\n")
    print(f"{len(LABELS)} plans written")


if __name__ == "__main__":
    main()
