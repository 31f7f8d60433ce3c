#!/usr/bin/env python3
"""Write the blind_plans_10 test set: invented treatment plans (DOCX, FHIR R4, C-CDA, native YAML)
and labels.json. Deterministic: run it twice and the files are byte-identical.

Run:  /work/main/.venv/bin/python make_plans.py      (writes next to this file)
Everything in these plans is invented (people, agencies, identifiers).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import zipfile
from copy import deepcopy

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
D = dt.date


# ----------------------------------------------------------------------------------------------
# identifiers and dates
# ----------------------------------------------------------------------------------------------
def npi(base9: str) -> str:
    """A valid NPI: nine digits plus the Luhn check digit computed over the 80840 prefix."""
    assert len(base9) == 9 and base9.isdigit()
    digits = [int(c) for c in "80840" + base9]
    total = 0
    # double every second digit from the right, starting with the rightmost of the payload
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    check = (10 - total % 10) % 10
    return base9 + str(check)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and npi(n[:9]) == n


def bad_npi(base9: str) -> str:
    good = npi(base9)
    wrong = str((int(good[-1]) + 3) % 10)
    return base9 + wrong


def days(a: D, b: D) -> int:
    return (b - a).days


def us(d: D) -> str:
    return d.strftime("%m/%d/%Y")


def us_short(d: D) -> str:
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def long(d: D) -> str:
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]


def es(d: D) -> str:
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def add_months(d: D, n: int) -> D:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return D(y, m, day)


# ----------------------------------------------------------------------------------------------
# DOCX helpers
# ----------------------------------------------------------------------------------------------
class B:
    """A small document builder over python-docx."""

    def __init__(self, font="Calibri", size=10.5, landscape=False, margin=0.9, title="Treatment Plan",
                 author="Clinical Records"):
        self.doc = Document()
        self.title = title
        self.author = author
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), font)
        sec = self.doc.sections[0]
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Inches(11), Inches(8.5)
        else:
            sec.page_width, sec.page_height = Inches(8.5), Inches(11)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Inches(margin))

    # paragraphs ---------------------------------------------------------------------------
    def p(self, text="", bold=False, italic=False, size=None, align=None, style=None, color=None,
          after=None, before=None, underline=False, caps=False):
        para = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        if text:
            r = para.add_run(text)
            r.bold, r.italic, r.underline = bold, italic, underline
            if caps:
                r.font.all_caps = True
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        if align == "c":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if after is not None:
            para.paragraph_format.space_after = Pt(after)
        if before is not None:
            para.paragraph_format.space_before = Pt(before)
        return para

    def runs(self, parts, align=None, after=None, style=None):
        """parts: list of str or (str, 'b'/'i'/'bi'/'u')"""
        para = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        add_runs(para, parts)
        if align == "c":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if after is not None:
            para.paragraph_format.space_after = Pt(after)
        return para

    def lv(self, label, value, after=2):
        return self.runs([(label, "b"), value], after=after)

    def h(self, text, level=1):
        return self.doc.add_heading(text, level=level)

    def bullet(self, text):
        return self.doc.add_paragraph(text, style="List Bullet")

    def number(self, text):
        return self.doc.add_paragraph(text, style="List Number")

    def lines(self, text, mono=False, size=None):
        """One paragraph per line (text pasted from e-mail or PDF: hard line ends)."""
        out = []
        for line in text.split("\n"):
            para = self.doc.add_paragraph()
            para.paragraph_format.space_after = Pt(0)
            if line:
                r = para.add_run(line)
                if mono:
                    r.font.name = "Courier New"
                if size:
                    r.font.size = Pt(size)
            out.append(para)
        return out

    def br_para(self, text, bold_first=False):
        """One paragraph with manual line breaks (Shift+Enter) between lines."""
        para = self.doc.add_paragraph()
        for i, line in enumerate(text.split("\n")):
            r = para.add_run(line)
            if bold_first and i == 0:
                r.bold = True
            if i < len(text.split("\n")) - 1:
                r.add_break()
        return para

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # tables -------------------------------------------------------------------------------
    def table(self, rows, widths=None, style="Table Grid", head=False, first_col=False, size=None,
              shade_head=None):
        ncols = max(len(r) for r in rows)
        t = self.doc.add_table(rows=len(rows), cols=ncols)
        if style:
            t.style = self.doc.styles[style]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        fill_table(t, rows, head=head, first_col=first_col, size=size, shade_head=shade_head)
        if widths:
            set_widths(t, widths)
        return t

    # headers and footers ------------------------------------------------------------------
    def header(self, text, align="r", size=8, section=0):
        hp = self.doc.sections[section].header.paragraphs[0]
        hp.text = ""
        for i, line in enumerate(text.split("\n")):
            r = hp.add_run(line)
            r.font.size = Pt(size)
            if i < len(text.split("\n")) - 1:
                r.add_break()
        hp.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                        "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        return hp

    def footer(self, text, align="c", size=8, section=0):
        fp = self.doc.sections[section].footer.paragraphs[0]
        fp.text = ""
        r = fp.add_run(text)
        r.font.size = Pt(size)
        fp.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                        "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        return fp

    def header_table(self, rows, widths=None):
        hdr = self.doc.sections[0].header
        t = hdr.add_table(rows=len(rows), cols=max(len(r) for r in rows), width=Inches(6.7))
        fill_table(t, rows, size=8)
        if widths:
            set_widths(t, widths)
        return t

    # columns ------------------------------------------------------------------------------
    def columns(self, num):
        """Start a new continuous section with num text columns."""
        sec = self.doc.add_section(WD_SECTION.CONTINUOUS)
        sectpr = sec._sectPr
        cols = sectpr.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            sectpr.append(cols)
        cols.set(qn("w:num"), str(num))
        cols.set(qn("w:space"), "432")
        return sec

    def save(self, name):
        cp = self.doc.core_properties
        cp.author = self.author
        cp.last_modified_by = self.author
        cp.title = self.title
        cp.created = dt.datetime(2026, 1, 1, 9, 0, 0)
        cp.modified = dt.datetime(2026, 1, 1, 9, 0, 0)
        cp.last_printed = dt.datetime(2026, 1, 1, 9, 0, 0)
        cp.revision = 1
        cp.comments = ""
        cp.keywords = ""
        cp.subject = ""
        cp.category = ""
        buf = io.BytesIO()
        self.doc.save(buf)
        write_stable_zip(os.path.join(OUT, name), buf.getvalue())


def add_runs(para, parts):
    for part in parts:
        if isinstance(part, str):
            para.add_run(part)
        else:
            text, fmt = part
            r = para.add_run(text)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
            r.underline = "u" in fmt
    return para


def fill_table(t, rows, head=False, first_col=False, size=None, shade_head=None):
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell = t.cell(i, j)
            cell.text = ""
            para = cell.paragraphs[0]
            if isinstance(val, list):
                add_runs(para, val)
            else:
                lines = str(val).split("\n")
                for k, line in enumerate(lines):
                    if k:
                        para = cell.add_paragraph()
                    r = para.add_run(line)
                    if (head and i == 0) or (first_col and j == 0):
                        r.bold = True
            if size:
                for pp in cell.paragraphs:
                    for r in pp.runs:
                        r.font.size = Pt(size)
            if shade_head and head and i == 0:
                shade(cell, shade_head)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def set_widths(t, widths):
    t.autofit = False
    for row in t.rows:
        for j, w in enumerate(widths):
            if j < len(row.cells):
                row.cells[j].width = Inches(w)


def merge_row(t, r, c0, c1, text=None, bold=True, fill=None):
    cell = t.cell(r, c0).merge(t.cell(r, c1))
    if text is not None:
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = bold
    if fill:
        shade(cell, fill)
    return cell


# tracked changes -----------------------------------------------------------------------------
_REV = [100]


def _rev_id():
    _REV[0] += 1
    return str(_REV[0])


def tracked(para, parts, author="Reviewer", date="2026-01-15T10:00:00Z"):
    """parts: list of str (plain), ('del', text), ('ins', text)."""
    for part in parts:
        if isinstance(part, str):
            para.add_run(part)
            continue
        kind, text = part
        r = OxmlElement("w:r")
        if kind == "del":
            wrap = OxmlElement("w:del")
            t = OxmlElement("w:delText")
        else:
            wrap = OxmlElement("w:ins")
            t = OxmlElement("w:t")
        wrap.set(qn("w:id"), _rev_id())
        wrap.set(qn("w:author"), author)
        wrap.set(qn("w:date"), date)
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        wrap.append(r)
        para._p.append(wrap)
    return para


# content controls -----------------------------------------------------------------------------
_SDT = [500]


def sdt_inline(para, value, alias, tag=None):
    """Append an inline rich-text content control holding value."""
    _SDT[0] += 1
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    pr.append(a)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag or alias.replace(" ", "_"))
    pr.append(tg)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(_SDT[0]))
    pr.append(i)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = value
    r.append(t)
    content.append(r)
    sdt.append(content)
    para._p.append(sdt)
    return sdt


def sdt_field(b, label, value, alias=None):
    para = b.doc.add_paragraph()
    para.paragraph_format.space_after = Pt(2)
    r = para.add_run(label + " ")
    r.bold = True
    sdt_inline(para, value, alias or label.rstrip(":"))
    return para


def comment(b, run, text, author, initials):
    c = b.doc.add_comment(run, text=text, author=author, initials=initials)
    c._comment_elm.date = dt.datetime(2026, 1, 20, 12, 0, 0, tzinfo=dt.timezone.utc)
    return c


def write_stable_zip(path, data):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(name))


def write_text(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ----------------------------------------------------------------------------------------------
# finding kinds each profile can report at error or warning (read from the profile YAML files)
# ----------------------------------------------------------------------------------------------
BASE = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
        "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
KINDS = {
    "base-treatment-plan": BASE,
    "medicare-psychotherapy": BASE | {
        "credential-missing", "signature-missing", "duration-exceeds-limit", "duration-missing",
        "goal-not-measurable", "goal-missing", "intervention-missing", "objective-not-measurable",
        "objective-not-time-bound", "plan-outdated", "amount-missing", "frequency-missing"},
    # service-amount is info under this profile: amount-missing is not listed
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
                  "objective-not-measurable", "objective-missing", "objective-not-time-bound",
                  "plan-late", "frequency-missing", "signature-late"},
    "ny-oasas-818": {"field-missing", "signature-missing", "diagnosis-missing", "goal-missing",
                     "intervention-missing", "signature-late", "plan-late"},
    "pa-55-5200": {"field-missing", "signature-missing", "duration-missing", "goal-missing",
                   "intervention-missing", "objective-missing", "plan-late"},
    "tx-26tac-564": {"signature-missing", "duration-missing", "goal-missing", "intervention-missing",
                     "objective-not-measurable", "objective-missing", "objective-not-time-bound",
                     "frequency-missing"},
}

LABELS = []
CODES_USED = set()


def label(file, payer, as_of, gaps=(), states=(), unsure=(), notes="", codes=()):
    """gaps: list of lists of acceptable kinds. unsure: kinds left out of must_not_report."""
    kinds = set(KINDS[payer])
    for s in states:
        kinds |= KINDS[s]
    gap_kinds = {k for g in gaps for k in g}
    for g in gaps:
        for k in g:
            assert k in kinds, (file, k)
    must_not = sorted(kinds - gap_kinds - set(unsure))
    args = ["--payer", payer]
    for s in states:
        args += ["--state", s]
    args += ["--as-of", as_of.isoformat()]
    LABELS.append({"file": file, "check_with": args, "must_report": [list(g) for g in gaps],
                   "must_not_report": must_not, "notes": notes})
    CODES_USED.update(codes)


# ==============================================================================================
# medicare-psychotherapy
# ==============================================================================================
def s01():
    """Solo private practice, practice-software printout (MindLedger style)."""
    plan, asof = D(2026, 1, 26), D(2026, 2, 16)
    t1, rev = D(2026, 4, 27), D(2026, 4, 27)
    end = plan + dt.timedelta(weeks=26)
    assert days(plan, end) < 365 and asof > plan and days(plan, asof) <= 365
    n = npi("158204731")
    b = B(font="Arial", size=9.5, title="Treatment Plan", author="mlp-export")
    b.header("MindLedger Practice Suite  |  Garner Counseling PLLC\nClient: VENN, HAROLD  |  Client ID MLP-00421", align="l")
    b.footer(f"Printed 02/10/2026 3:41 PM by lgarner  |  Confidential health information  |  MLP-00421  |  Page 1")
    b.p("TREATMENT PLAN", bold=True, size=14, after=0)
    b.p("Garner Counseling PLLC · 412 Orchard St, Suite 3 · Marquette, MI 49855 · (906) 555-0142", size=8, after=8)
    t = b.table([
        ["Client", "Harold Venn", "Client ID", "MLP-00421"],
        ["Date of Birth", "04/17/1951 (74 y)", "Sex", "M"],
        ["Primary Insurance", "Medicare Part B", "Member ID", "3TW9HJ2KP61"],
        ["Clinician", "Lydia Garner, LCSW", "Rendering NPI", n],
        ["Plan Created", us(plan), "Plan Status", "Active"],
    ], widths=[1.3, 2.2, 1.2, 2.0], first_col=True, size=9)
    b.p("")
    b.p("DIAGNOSES", bold=True, size=10.5, after=2)
    b.table([
        ["Rank", "Code", "Description", "Added"],
        ["Primary", "F33.1", "Major depressive disorder, recurrent, moderate", "01/12/2026"],
        ["2", "F41.1", "Generalized anxiety disorder", "01/12/2026"],
    ], widths=[0.8, 0.8, 3.9, 1.2], head=True, size=9, shade_head="D9D9D9")
    b.p("")
    b.p("PRESENTING PROBLEM", bold=True, size=10.5, after=2)
    b.p("Client is a retired machinist referred by his primary care provider after the death of his "
        "wife in 2025. Reports low mood most days, withdrawal from church and friends, poor sleep and "
        "constant worry about finances. PHQ-9 = 17 and GAD-7 = 13 at intake (01/12/2026).", after=6)
    b.p("PROBLEMS, GOALS AND OBJECTIVES", bold=True, size=10.5, after=2)
    b.runs([("Problem 1 — Depressed mood and withdrawal", "b")], after=0)
    b.runs([("Long-term goal: ", "b"), "Harold will return to his usual routine of church, family visits and "
            "woodworking, with depressive symptoms in the mild range."], after=2)
    b.table([
        ["Short-term objective", "Target date", "Status"],
        ["1.1 Harold will reduce his PHQ-9 score from 17 to 9 or lower.", us(t1), "New"],
        ["1.2 Harold will complete at least 3 scheduled pleasant activities per week, recorded on an "
         "activity log, for 4 consecutive weeks.", us(t1), "New"],
    ], widths=[4.6, 1.1, 1.0], head=True, size=9)
    b.p("")
    b.runs([("Problem 2 — Worry", "b")], after=0)
    b.runs([("Long-term goal: ", "b"), "Harold will keep worry from interfering with sleep and daily tasks."], after=2)
    b.table([
        ["Short-term objective", "Target date", "Status"],
        ["2.1 Harold will lower his GAD-7 score from 13 to below 8.", us(t1), "New"],
        ["2.2 Harold will use a worry-postponement routine on at least 5 of 7 days, per self-report log.", us(t1), "New"],
    ], widths=[4.6, 1.1, 1.0], head=True, size=9)
    b.p("")
    b.p("INTERVENTIONS / MODALITY", bold=True, size=10.5, after=2)
    b.bullet("Cognitive behavioral therapy with behavioral activation (clinician, each session)")
    b.bullet("Grief-focused work on meaning and routines; sleep hygiene education")
    b.p("SERVICES", bold=True, size=10.5, after=2, before=6)
    b.table([
        ["CPT", "Service", "Session length", "Frequency", "Duration"],
        ["90837", "Individual psychotherapy", "60 min (53+ face-to-face)", "Weekly", "26 weeks (through " + us(end) + ")"],
    ], widths=[0.7, 1.6, 1.6, 0.9, 1.9], head=True, size=9, shade_head="D9D9D9")
    b.p("")
    b.runs([("Next plan review: ", "b"), us(rev)], after=6)
    b.p("SIGNATURES", bold=True, size=10.5, after=2)
    b.p(f"Electronically signed by Lydia Garner, LCSW on {us(plan)} at 4:12 PM (NPI {n})", italic=True, after=2)
    b.p(f"Client signature captured on tablet by Harold Venn on {us(plan)} at 4:20 PM", italic=True, after=2)
    b.save("s01_solo_practice_printout.docx")
    label("s01_solo_practice_printout.docx", "medicare-psychotherapy", asof, codes=["F33.1", "F41.1"],
          notes="Clean. Practice-software printout: client grid, diagnosis table with rank column, problem "
                "blocks with objective tables, one-row services grid, e-signature lines in italics.")


def s02():
    """Telehealth group practice; no session length, age instead of DOB."""
    plan, asof = D(2026, 2, 16), D(2026, 3, 9)
    end = plan + dt.timedelta(weeks=16)
    t = D(2026, 5, 18)
    assert end == D(2026, 6, 8)
    b = B(font="Segoe UI", size=10, title="Care Plan", author="Brightwater")
    b.header("BRIGHTWATER VIRTUAL THERAPY  ·  telehealth mental health care  ·  care@brightwater.example", align="c")
    b.footer("If you are in crisis call or text 988. Brightwater does not provide emergency services.")
    b.p("Care Plan — Individual Therapy (Telehealth)", bold=True, size=15, color="1F4E79", after=4)
    b.table([
        ["Client", "Ellen Marsh-Whitaker"],
        ["Age", "72"],
        ["State of residence at time of sessions", "Vermont"],
        ["Medicare Beneficiary Identifier", "7KD2-W31-NX84"],
        ["Session format", "Synchronous audio-video telehealth (POS 10, client's home)"],
        ["Care plan date", long(plan)],
        ["Therapist", "Renata Okafor, PsyD, Licensed Psychologist (VT #048-0031177)"],
    ], widths=[2.4, 4.3], first_col=True)
    b.p("")
    b.p("What brings you here", bold=True, color="1F4E79")
    b.p("Ellen moved to an apartment near her daughter after a fall in October and describes feeling "
        "anxious and low since the move, crying most days and avoiding the building's common room.")
    b.p("Diagnosis", bold=True, color="1F4E79")
    b.p("F43.23  Adjustment disorder with mixed anxiety and depressed mood")
    b.p("Our goals", bold=True, color="1F4E79")
    b.runs([("Goal A. ", "b"), "Feel settled in the new apartment and reconnect with people."])
    b.p(f"   A1. Attend at least 2 social activities in the building each week by {us(t)}, per her weekly check-in.")
    b.p(f"   A2. Lower her PHQ-9 score from 14 to below 10 by {us(t)}.")
    b.runs([("Goal B. ", "b"), "Worry less about falling again."])
    b.p(f"   B1. Walk to the mailroom and back independently on 5 of 7 days by {us(t)} (self-report log).")
    b.p(f"   B2. Rate fear of falling at 4/10 or lower on the weekly check-in by {us(t)}.")
    b.p("How we will work", bold=True, color="1F4E79")
    b.p("Cognitive behavioral therapy, graded exposure to feared activities and problem-solving therapy.")
    b.p("Schedule", bold=True, color="1F4E79")
    b.p(f"Individual psychotherapy over secure video, once a week, for 16 weeks (through {us(end)}). "
        f"We will review this plan together on {us(t)}.")
    b.p("Technology agreement", bold=True, color="1F4E79")
    b.p("Please join from a private room. If the video connection drops, your therapist will call the phone "
        "number on file within 5 minutes. If we cannot reconnect, we will reschedule at no charge.", size=9)
    b.p("Signatures", bold=True, color="1F4E79")
    b.p(f"/s/ Renata Okafor, PsyD — {us(plan)}")
    b.p(f"Client agreement recorded verbally on video and e-signed by Ellen Marsh-Whitaker — {us(plan)}")
    b.save("s02_telehealth_video.docx")
    label("s02_telehealth_video.docx", "medicare-psychotherapy", asof,
          gaps=[["amount-missing"], ["field-missing"]], codes=["F43.23"],
          notes="Two gaps: the psychotherapy service never states a session length (no minutes, no CPT "
                "code; the '5 minutes' is a reconnect rule in the technology agreement), and the client "
                "is identified by age only, with no date of birth. Telehealth practice layout: label/value "
                "grid, coloured headings, indented lettered objectives.")


def s03():
    """FQHC behavioral health integration, bilingual Spanish/English."""
    plan, asof = D(2026, 1, 19), D(2026, 2, 23)
    t1 = D(2026, 4, 20)
    end = D(2026, 7, 19)
    rev = D(2026, 4, 20)
    assert days(plan, end) < 365
    n = npi("174530916")
    b = B(font="Calibri", size=10, title="Plan de tratamiento", author="CSVN")
    b.header("Centro de Salud Valle Norte — Salud Conductual Integrada / Integrated Behavioral Health\n"
             "Expediente / MRN: VN-2210874", align="l")
    b.footer("Centro de Salud Valle Norte · 1800 Avenida Central · Yakima, WA 98902 · Línea de crisis / Crisis line: 988")
    b.p("PLAN DE TRATAMIENTO / TREATMENT PLAN", bold=True, size=13, align="c", after=6)
    b.table([
        ["Nombre / Name:", "Rosa Elena Quintanilla", "Fecha de nacimiento / Date of birth:", f"{es(D(1956,5,3))} (05/03/1956)"],
        ["No. de Medicare / Medicare ID:", "5RT8-QE4-WM20", "Idioma preferido / Preferred language:", "Español"],
        ["Fecha del plan / Plan date:", f"{es(plan)} ({us(plan)})", "Proveedor de atención primaria / PCP:", "Dr. Felipe Arce, MD"],
        ["Consultora de salud conductual / Behavioral health clinician:", f"Marisol Ibarra, LCSW (NPI {n})", "Intérprete / Interpreter:", "No necesario / Not needed (clinician bilingual)"],
    ], widths=[1.6, 1.8, 1.6, 1.7], size=9)
    b.p("")
    b.p("Diagnóstico / Diagnosis", bold=True)
    b.table([
        ["Código / Code", "Descripción / Description"],
        ["F41.1", "Trastorno de ansiedad generalizada / Generalized anxiety disorder (principal / primary)"],
    ], widths=[1.2, 5.5], head=True, size=9.5)
    b.p("")
    b.p("Metas y objetivos / Goals and objectives", bold=True)
    b.runs([("Meta 1 / Goal 1: ", "b"), "Controlar la preocupación para poder dormir y cuidar a sus nietos. / "
            "Manage worry so she can sleep and care for her grandchildren."])
    b.p(f"Objetivo 1a / Objective 1a: Reducir la puntuación GAD-7 de 16 a menos de 10 para el {es(t1)}. / "
        f"Reduce GAD-7 score from 16 to below 10 by {us(t1)}.")
    b.p(f"Objetivo 1b / Objective 1b: Dormir 6 horas o más al menos 5 noches por semana, según su diario de sueño, "
        f"para el {es(t1)}. / Sleep 6 or more hours on at least 5 nights a week, per sleep diary, by {us(t1)}.")
    b.runs([("Meta 2 / Goal 2: ", "b"), "Reducir los síntomas físicos de ansiedad. / Reduce physical symptoms of anxiety."])
    b.p(f"Objetivo 2a / Objective 2a: Practicar respiración diafragmática 1 vez al día, 6 de 7 días, para el {es(t1)}. / "
        f"Practice diaphragmatic breathing once a day on 6 of 7 days by {us(t1)}.")
    b.p("")
    b.p("Servicios / Services", bold=True)
    b.table([
        ["Servicio / Service", "Código / Code", "Duración de sesión / Session length", "Frecuencia / Frequency"],
        ["Psicoterapia individual (TCC) / Individual psychotherapy (CBT)", "90834", "45 minutos / 45 minutes", "Cada semana / Weekly"],
    ], widths=[2.6, 0.9, 1.6, 1.6], head=True, size=9.5)
    b.p(f"Duración esperada / Expected duration: 6 meses / 6 months (hasta el {es(end)} / through {us(end)})")
    b.p(f"Próxima revisión / Next review: {es(rev)} ({us(rev)})")
    b.p("")
    b.p("Firmas / Signatures", bold=True)
    b.table([
        ["Firma / Signature", "Rol / Role", "Fecha / Date"],
        ["Rosa E. Quintanilla", "Paciente / Patient", f"{es(plan)}"],
        ["Marisol Ibarra, LCSW", "Clínica / Clinician", f"{us(plan)}"],
    ], widths=[2.4, 2.4, 1.9], head=True)
    b.save("s03_fqhc_bilingual.docx")
    label("s03_fqhc_bilingual.docx", "medicare-psychotherapy", asof, codes=["F41.1"],
          notes="Clean. FQHC integrated behavioral health form with bilingual Spanish/English labels and "
                "goals; Spanish long dates beside US numeric dates; signature table with the date of the "
                "patient's signature written in Spanish.")


def s04():
    """PA licensed outpatient clinic (group practice), tracked change in the frequency."""
    intake, plan, approve, asof = D(2026, 1, 8), D(2026, 2, 2), D(2026, 2, 4), D(2026, 3, 2)
    assert days(intake, plan) <= 30
    t1, rev = D(2026, 5, 1), D(2026, 5, 1)
    b = B(font="Times New Roman", size=11, title="Individual Treatment Plan", author="ARBH")
    b.header("Allegheny Ridge Behavioral Health, LLC — licensed psychiatric outpatient clinic (55 Pa. Code ch. 5200)", align="c")
    b.footer("ARBH form OP-7 (rev. 08/2024)")
    b.p("INDIVIDUAL TREATMENT PLAN", bold=True, size=14, align="c")
    b.h("Section A — Identifying Information", 2)
    t = b.table([
        ["Individual", "Marcus T. Delaney", "Record #", "AR-55190"],
        ["DOB", "09/30/1957", "Medicare MBI", "9HW4-UP7-RT35"],
        ["Date of intake / assessment", us(intake), "Date plan completed", us(plan)],
        ["Primary therapist", "Colleen Brandt, LPC", "Program", "Adult outpatient"],
    ], widths=[1.7, 1.9, 1.4, 1.7], first_col=True)
    b.h("Section B — Diagnoses (ICD-10-CM)", 2)
    b.p("F43.12  Post-traumatic stress disorder, chronic — primary")
    b.p("F10.21  Alcohol dependence, in remission")
    b.h("Section C — Goals and Objectives", 2)
    t = b.table([
        ["Goal", "Objectives (measurable)", "Target"],
        ["1. Reduce the impact of trauma symptoms on daily life.",
         "1a. PCL-5 total will decrease from 52 to 33 or lower.\n1b. Marcus will drive on the interstate at least once a week, as logged.", us(t1)],
        ["2. Maintain sobriety and stable sleep.",
         "2a. Zero drinking days per weekly self-report and spouse report.\n2b. Nightmares reduced from 5 to 2 or fewer per week (sleep log).", us(t1)],
    ], widths=[2.2, 3.6, 0.9], head=True, shade_head="E7E6E6")
    b.h("Section D — Treatment Modalities, Amount and Frequency", 2)
    para = b.doc.add_paragraph()
    tracked(para, ["Individual psychotherapy, Cognitive Processing Therapy (90837, 53–60 minutes), ",
                   ("del", "every other week"), ("ins", "weekly"), "."],
            author="Colleen Brandt", date="2026-02-02T15:10:00Z")
    b.p("Psychiatric evaluation and medication management (99214) with Dr. Shah, 20 minutes, monthly.")
    b.p("Expected duration of treatment: 6 months (through 08/02/2026), with review every 90 days.")
    b.p(f"Next treatment plan review: {us(rev)}")
    b.h("Section E — Participation and Signatures", 2)
    b.p("I participated in developing this plan and I agree with it. I received a copy.", italic=True)
    b.table([
        ["Role", "Name / credentials", "Signature", "Date"],
        ["Individual", "Marcus T. Delaney", "Marcus T Delaney", us(plan)],
        ["Mental health professional", "Colleen Brandt, LPC", "C. Brandt, LPC", us(plan)],
        ["Psychiatrist approval", "Anil Shah, MD", "Anil Shah MD", us(approve)],
    ], widths=[1.8, 2.0, 1.8, 1.1], head=True)
    b.save("s04_pa_group_practice.docx")
    label("s04_pa_group_practice.docx", "medicare-psychotherapy", asof, states=["pa-55-5200"],
          codes=["F43.12", "F10.21"],
          notes="Clean (Medicare psychotherapy + Pennsylvania 5200). Plan 25 days after intake; "
                "psychiatrist approval 2 days later. Lettered sections with Heading 2 styles, goal table, "
                "a tracked change in the frequency sentence (deleted 'every other week', inserted "
                "'weekly'; both states give a frequency), signature table.")


def s05():
    """PA clinic, landscape grid; plan written 39 days after intake."""
    intake, plan, asof = D(2025, 12, 1), D(2026, 1, 9), D(2026, 1, 26)
    assert days(intake, plan) == 39 > 30
    t = D(2026, 4, 10)
    b = B(font="Arial", size=9, landscape=True, margin=0.6, title="ITP", author="Susquehanna")
    b.header("Susquehanna Valley Counseling Center  |  Outpatient Psychiatric Clinic  |  License #OP-22871", align="l")
    b.footer("Individualized Treatment Plan  |  Confidential under 55 Pa. Code §5100.31 and 42 CFR Part 2 where applicable")
    b.p("INDIVIDUALIZED TREATMENT PLAN (ITP) — INITIAL", bold=True, size=12)
    b.table([
        ["Name: Gloria Ann Fetterman", "DOB: 02/11/1950", "MBI: 2QF6-YK3-JD59", "Intake/Assessment date: " + us(intake),
         "ITP date: " + us(plan)],
    ], size=9)
    b.p("")
    b.p("Dx: F32.1 Major depressive disorder, single episode, moderate (primary);  F41.1 Generalized anxiety disorder", after=4)
    b.table([
        ["Problem", "Goal", "Objectives", "Interventions / modality", "Responsible", "Target date"],
        ["Depressed mood, isolation since retirement", "Gloria will re-engage in meaningful activity.",
         "1) Volunteer or attend a group outside the home at least 2 times per week.\n2) PHQ-9 from 16 to below 10.",
         "Individual psychotherapy, behavioral activation; 45-minute sessions weekly (90834)", "D. Kowalczyk, LPC", us(t)],
        ["Anxiety, panic in stores", "Gloria will shop without leaving early.",
         "1) Complete a full grocery trip alone on 3 of 4 weekly attempts.\n2) GAD-7 from 14 to 8 or lower.",
         "Exposure hierarchy, relaxation training (same sessions)", "D. Kowalczyk, LPC", us(t)],
    ], widths=[1.5, 1.6, 2.6, 2.2, 1.1, 0.8], head=True, shade_head="BDD7EE")
    b.p("")
    b.p("Expected duration of treatment: 24 weeks. Plan review every 90 days or sooner if needed. Next review: " + us(t))
    b.p("")
    b.table([
        ["Individual signature / date", "Therapist signature / date", "Psychiatric approval (psychiatrist or APP) / date"],
        [f"Gloria A. Fetterman   {us(plan)}", f"Dana Kowalczyk, LPC   {us(plan)}", f"Priya Raman, CRNP   {us(D(2026,1,13))}"],
    ], widths=[3.2, 3.2, 3.4], head=True)
    b.save("s05_pa_clinic_late.docx")
    label("s05_pa_clinic_late.docx", "medicare-psychotherapy", D(2026, 1, 26), states=["pa-55-5200"],
          gaps=[["plan-late"]], codes=["F32.1", "F41.1"],
          notes="Gap: the ITP is dated 01/09/2026, 39 days after the 12/01/2025 intake (PA allows 30). "
                "Landscape one-row identification strip, six-column problem grid, approval signed by a "
                "CRNP (Pennsylvania's title for a nurse practitioner).")


def s06():
    """Hospital outpatient behavioral health; DSM-IV/ICD-9 code left on an old multiaxial form."""
    plan, asof = D(2026, 3, 16), D(2026, 4, 6)
    t = D(2026, 6, 15)
    end = plan + dt.timedelta(weeks=20)
    n = npi("120938475")
    b = B(font="Arial", size=9.5, title="Outpatient Treatment Plan", author="SBRMC")
    b.header_table([["St. Brendan Regional Medical Center", "MRN: 00487213", "FIN: 7740019822"],
                    ["Outpatient Behavioral Health Services", "Pt: LINDQVIST, ARNE P", "DOB: 07/22/1948"]],
                   widths=[3.0, 1.8, 1.9])
    b.footer("SBRMC-BH-114 (rev 2012)   Printed from PowerNote   Page 1 of 2")
    b.p("OUTPATIENT PSYCHOTHERAPY TREATMENT PLAN", bold=True, size=12, align="c")
    b.table([
        ["Patient name", "Arne P. Lindqvist", "Payer", "Medicare Part B"],
        ["Medicare HIC/MBI", "4NM2-CA8-XU16", "Plan date", us(plan)],
        ["Attending", "Joanna Ferreira, PhD, Licensed Psychologist", "NPI", n],
    ], widths=[1.4, 2.4, 1.1, 1.8], first_col=True)
    b.p("")
    b.p("DIAGNOSTIC IMPRESSION (multiaxial)", bold=True)
    b.table([
        ["Axis I", "296.32  Major depressive disorder, recurrent, moderate"],
        ["Axis II", "None"],
        ["Axis III", "Type 2 diabetes; hypertension (per PCP)"],
        ["Axis IV", "Spouse in memory care; limited social support"],
        ["Axis V", "GAF 55"],
    ], widths=[1.0, 5.7], first_col=True)
    b.p("")
    b.p("TREATMENT GOALS", bold=True)
    b.number("Decrease depressive symptoms: PHQ-9 from 18 to below 10 by " + us(t) + ".")
    b.number("Increase caregiver respite: patient will spend at least 2 afternoons per week on his own "
             "activities (chorus, walking group) by " + us(t) + ", per weekly log.")
    b.number("Improve sleep: 6 or more hours on 5 of 7 nights by " + us(t) + " (sleep diary).")
    b.p("INTERVENTIONS", bold=True)
    b.p("Individual psychotherapy (CPT 90837), 53-60 minutes, once weekly; cognitive behavioral therapy and "
        "caregiver-stress problem solving. Expected duration 20 weeks (through " + us(end) + ").")
    b.p("Coordination with PCP regarding medication; referral to Alzheimer's caregiver support group.")
    b.p("")
    b.p("ATTESTATION", bold=True)
    b.p(f"Electronically signed: Joanna Ferreira, PhD  {us(plan)} 16:47 CDT")
    b.p(f"Patient reviewed plan and agrees: Arne Lindqvist (signature on file)  {us(plan)}")
    b.save("s06_hospital_opd_icd9.docx")
    label("s06_hospital_opd_icd9.docx", "medicare-psychotherapy", asof,
          gaps=[["diagnosis-code-invalid", "diagnosis-code-missing"]],
          unsure=["diagnosis-code-not-billable"], codes=["F33.1"],
          notes="Gap: the only diagnosis is written with the DSM-IV/ICD-9 number 296.32 on an old "
                "multiaxial form (Axis I-V table), not an ICD-10-CM code; invalid or missing ICD-10-CM "
                "code both accepted; not-billable left out as unsure. Hospital layout with a "
                "two-row header table holding MRN/FIN/patient/DOB and numbered goals.")


def s07():
    """Plan pasted into Word from an e-mail: hard line breaks, tab columns, no styles."""
    plan, asof = D(2026, 2, 2), D(2026, 2, 20)
    end = plan + dt.timedelta(weeks=24)
    b = B(font="Calibri", size=11, title="", author="tr")
    text = f"""From: Tomas Reyes <treyes@reyesfamilytherapy.example>
Sent: Monday, February 2, 2026 6:48 PM
To: billing@reyesfamilytherapy.example
Subject: Tx plan - R. Delacroix (for chart + Medicare file)

Hi Jen, plan below for the chart, signed copy is in the folder.

TREATMENT PLAN
Client:\t\tRaymond Delacroix
DOB:\t\t\t11/02/1953
Medicare #:\t\t1AC7-RP3-HE92
Date of plan:\t{us(plan)}
Therapist:\t\tTomas Reyes, LMFT

Dx:\tF41.0 Panic disorder [episodic paroxysmal anxiety]
\tF40.00 Agoraphobia, unspecified

Goal 1: Raymond will be able to leave the house for errands
without panic getting in the way.
  Obj 1a: Panic attacks will decrease from about 4 per week to
  1 or fewer per week, per his panic log.
  Obj 1b: He will drive alone to the pharmacy and grocery store
  at least twice a week.
Goal 2: Raymond will rely less on his wife to go places.
  Obj 2a: He will attend his Tuesday men's breakfast alone on 3
  of 4 Tuesdays each month.
  Obj 2b: Agoraphobic avoidance score (MI-alone) will go from
  3.8 to 2.0 or lower.

Interventions: CBT for panic (interoceptive exposure, in vivo
exposure hierarchy, cognitive restructuring).
Services:\t90834\tindiv psychotherapy\t45 min\tweekly
Duration:\t24 weeks (through {us(end)})

--
Tomas Reyes, LMFT
Reyes Family Therapy | (575) 555-0188
Signed {us(plan)}

CONFIDENTIALITY NOTICE: This e-mail and any attachments contain
protected health information. If you received it in error,
notify the sender and delete it."""
    b.lines(text)
    b.save("s07_email_paste.docx")
    label("s07_email_paste.docx", "medicare-psychotherapy", asof, gaps=[["objective-not-time-bound"]],
          codes=["F41.0", "F40.00"],
          notes="Gap: none of the four objectives (and neither goal) has a target date or time frame; "
                "only the overall 24-week duration is given. Layout: an e-mail pasted into Word, one "
                "paragraph per line (hard breaks mid-sentence), tab-aligned label columns, signature in "
                "the e-mail sign-off, confidentiality footer.")


def s08():
    """Geriatric psychology group practice; two-column body."""
    plan, asof = D(2026, 4, 20), D(2026, 5, 11)
    t1, t2, end = D(2026, 7, 20), D(2026, 8, 17), D(2026, 10, 20)
    assert days(plan, end) < 365
    n = npi("193847102")
    b = B(font="Garamond", size=10.5, title="Plan of Care", author="LGPA")
    b.header("Lakeshore Geriatric Psychology Associates · 2100 Harbor Blvd · Sheboygan WI", align="c")
    b.footer("Patient: Beatrice Novak · DOB 12/05/1944 · Medicare ID 6EJ1-TN9-GA43 · Plan of care " + us(plan))
    b.p("Psychotherapy Plan of Care", bold=True, size=16, align="c", after=2)
    b.p("Beatrice Novak   |   Date of birth 12/05/1944   |   Medicare ID 6EJ1-TN9-GA43", align="c", size=9.5)
    b.p(f"Date established: {long(plan)}   |   Psychologist: Miriam Oduya, PsyD (NPI {n})", align="c", size=9.5)
    b.columns(2)
    b.p("Reason for care", bold=True, caps=True, size=9.5)
    b.p("Mrs. Novak, 81, lives in assisted living. Since a hip fracture last winter she has stayed in her "
        "room most of the day, eats little and says she is 'a burden'. No suicidal intent; safety plan "
        "completed at intake. Cognitive screen (MoCA 26/30) supports talk therapy.")
    b.p("Diagnosis", bold=True, caps=True, size=9.5)
    b.p("F32.1 — Major depressive disorder, single episode, moderate (primary)")
    b.p("Goals", bold=True, caps=True, size=9.5)
    b.p("1. Mrs. Novak will take part in community life at her residence again.")
    b.p(f"   • She will attend at least 3 group activities per week by {us(t1)}, per activity staff log.")
    b.p(f"   • She will eat in the dining room for at least 2 meals a day on 5 of 7 days by {us(t1)}.")
    b.p("2. Her depression will lessen.")
    b.p(f"   • Geriatric Depression Scale (GDS-15) from 11 to 5 or lower by {us(t2)}.")
    b.p(f"   • She will name 3 things she still contributes to her family by {us(t2)}.")
    b.p("Approach", bold=True, caps=True, size=9.5)
    b.p("Individual psychotherapy using problem-solving therapy and reminiscence work; coordination with "
        "the residence's activity director and her daughter (with consent).")
    b.p("Schedule", bold=True, caps=True, size=9.5)
    b.p("Individual psychotherapy (90834), 45-minute sessions, weekly, in the residence.")
    b.p(f"Expected duration: 6 months, through {us(end)}.")
    b.p(f"Plan review: {us(t1)}.")
    b.p("Signed", bold=True, caps=True, size=9.5)
    b.p(f"Miriam Oduya, PsyD, licensed psychologist\nSigned {us(plan)}")
    b.p(f"Beatrice Novak (patient)\nSigned {us(plan)}")
    b.save("s08_two_column_geri.docx")
    label("s08_two_column_geri.docx", "medicare-psychotherapy", asof, codes=["F32.1"],
          notes="Clean. Geriatric psychology group practice; the body is a two-column continuous section "
                "(headings in small caps), identifiers repeated in a centred line and the page footer; "
                "bulleted objectives under numbered goals; signatures as text with line breaks.")


def s09():
    """Goals only in a narrative summary; e-signature without any credential."""
    plan, asof = D(2026, 3, 2), D(2026, 3, 16)
    t1 = D(2026, 5, 29)
    b = B(font="Georgia", size=10.5, title="Treatment Plan Summary", author="Pike")
    b.header("Pike Counseling · Casper, Wyoming", align="r")
    b.p("Treatment Plan Summary", bold=True, size=14, after=6)
    b.lv("Client: ", "Delores M. Yazzie")
    b.lv("Date of birth: ", "06/14/1959")
    b.lv("Medicare number: ", "8GP3-XW2-AM71")
    b.lv("Date: ", us(plan))
    b.p("")
    b.p("Delores came to counseling in February after her son's overdose death. She meets criteria for "
        "prolonged grief disorder (F43.81) with a major depressive episode, recurrent, moderate "
        "(F33.1). She has no suicidal intent and has agreed to the safety plan we wrote together.")
    b.p(f"Together we agreed on two goals. First, Delores wants her low mood to lift enough to go back to "
        f"her part-time job at the library: she will bring her PHQ-9 score down from 19 to under 10 and "
        f"return to at least two shifts a week by May 29, 2026. Second, she wants to be able to talk about "
        f"her son with her grandchildren without shutting down; by the same date she will share a memory of "
        f"him with a family member at least once a week, as she records in her journal.")
    b.p("We will meet weekly for 53-minute sessions of individual psychotherapy (90837), using grief-focused "
        "cognitive behavioral therapy and behavioral activation, for about six months (through 09/02/2026). "
        "We will look at this plan again at the end of May.")
    b.p("I have reviewed this plan with Delores and she agrees with it.")
    b.p("")
    b.p(f"Electronically signed: Jordan Pike   {us(plan)} 10:14 AM", italic=True)
    b.p(f"Client acknowledgement: Delores M. Yazzie   {us(plan)}", italic=True)
    b.save("s09_narrative_goals.docx")
    label("s09_narrative_goals.docx", "medicare-psychotherapy", asof, gaps=[["credential-missing"]],
          codes=["F43.81", "F33.1"],
          notes="Gap: the treating clinician's e-signature ('Jordan Pike') shows no credential and none is "
                "given anywhere in the plan. Layout: diagnoses, goals, services and duration exist only "
                "inside narrative paragraphs; label lines at the top.")


def s10():
    """Paper form re-typed with check boxes."""
    plan, asof = D(2026, 6, 1), D(2026, 6, 15)
    t = D(2026, 9, 1)
    end = D(2026, 12, 1)
    b = B(font="Courier New", size=10, title="TX PLAN", author="front desk")
    b.p("NORTHERN TIER COUNSELING SERVICES", bold=True, align="c", after=0)
    b.p("TREATMENT PLAN  (form TP-2, rev. 3/2019)", align="c", after=8)
    b.p("Pt Name: Walter J. Kaminski           DOB: 08/08/1949")
    b.p("Medicare ID: 3PA5-HD6-CV28            Date: " + us(plan))
    b.p("Therapist: Nadia Petrosyan, LPC")
    b.p("")
    b.p("DIAGNOSIS (ICD-10): F40.10 Social phobia, unspecified")
    b.p("")
    b.p("TYPE OF SERVICE:   ☒ Individual psychotherapy   ☐ Group   ☐ Family   ☐ Medication management")
    b.p("CPT:               ☐ 90832   ☒ 90834   ☐ 90837   ☐ 90847   ☐ 90853")
    b.p("SESSION LENGTH:    ☐ 30 min   ☒ 45 min   ☐ 60 min")
    b.p("FREQUENCY:         ☐ 2x/week   ☒ Weekly   ☐ Every 2 weeks   ☐ Monthly")
    b.p("EXPECTED DURATION: ☐ 3 months   ☒ 6 months   ☐ 9 months   ☐ 12 months")
    b.p("")
    b.p("PROBLEM #1: Avoids speaking to people outside family; quit bowling league.")
    b.p("  GOAL: Pt will take part in social activities without avoiding them.")
    b.p(f"  OBJ A: Pt will start 1 conversation with a non-family adult at least 3x/week  TARGET: {us(t)}")
    b.p(f"  OBJ B: Pt will rejoin bowling league and attend 3 of 4 weekly games       TARGET: {us(t)}")
    b.p(f"  OBJ C: SPIN score from 41 to below 25                                     TARGET: {us(t)}")
    b.p("  METHODS: ☒ CBT  ☒ Exposure  ☐ DBT  ☐ EMDR  ☒ Social skills practice")
    b.p("")
    b.p(f"REVIEW DATE: {us(t)}")
    b.p("")
    b.p(f"Therapist signature: Nadia Petrosyan, LPC       Date: {us(plan)}")
    b.p(f"Patient signature:   Walter J Kaminski          Date: {us(plan)}")
    b.save("s10_checkbox_paper.docx")
    label("s10_checkbox_paper.docx", "medicare-psychotherapy", asof, codes=["F40.10"],
          notes="Clean. A paper form re-typed in Courier with ☒/☐ check boxes for type, CPT, session "
                "length, frequency and duration (only 90834, 45 min, weekly, 6 months are checked; the "
                "unchecked '12 months' must not be read as the duration).")


def s11():
    """C-CDA Care Plan (psychotherapy) established 15 months before the as-of date."""
    plan, asof = D(2024, 10, 14), D(2026, 1, 12)
    end = D(2025, 4, 14)
    t = D(2025, 1, 13)
    assert days(plan, asof) > 365
    n = npi("136601247")
    f = lambda d: d.strftime("%Y%m%d")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="CP-20241014-0077"/>
  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Overall plan of care/advance care directives"/>
  <title>Behavioral Health Care Plan</title>
  <effectiveTime value="{f(plan)}"/>
  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.4.927" extension="2VH8-KT1-QW56" assigningAuthorityName="CMS (MBI)"/>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="PRH-331904"/>
      <addr use="HP"><streetAddressLine>77 Linden Ct</streetAddressLine><city>Dubuque</city><state>IA</state><postalCode>52001</postalCode></addr>
      <patient>
        <name use="L"><given>Shirley</given><given>Ann</given><family>Oberholtzer</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19520309"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{f(plan)}"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="{n}"/>
      <assignedPerson><name><given>Curtis</given><family>Wendt</family><suffix>LISW</suffix></name></assignedPerson>
      <representedOrganization><name>Prairie River Health - Behavioral Health</name></representedOrganization>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.19.5.99999"/><name>Prairie River Health</name></representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator>
    <time value="{f(plan)}"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{n}"/>
      <assignedPerson><name><given>Curtis</given><family>Wendt</family><suffix>LISW</suffix></name></assignedPerson>
    </assignedEntity>
  </legalAuthenticator>
  <documentationOf>
    <serviceEvent classCode="PCPR">
      <effectiveTime><low value="{f(plan)}"/><high value="{f(end)}"/></effectiveTime>
    </serviceEvent>
  </documentationOf>
  <component>
    <structuredBody>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/>
          <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concerns document"/>
          <title>Health Concerns</title>
          <text><list><item>F33.1 Major depressive disorder, recurrent, moderate (primary)</item></list></text>
          <entry>
            <act classCode="ACT" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.132" extension="2015-08-01"/>
              <id root="1.2.3.4.5" extension="hc-1"/>
              <code code="75310-3" codeSystem="2.16.840.1.113883.6.1"/>
              <statusCode code="active"/>
              <entryRelationship typeCode="REFR">
                <observation classCode="OBS" moodCode="EVN">
                  <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                  <id root="1.2.3.4.5" extension="prob-1"/>
                  <code code="55607006" codeSystem="2.16.840.1.113883.6.96" displayName="Problem"/>
                  <statusCode code="completed"/>
                  <effectiveTime><low value="{f(plan)}"/></effectiveTime>
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
          <text><list>
            <item>Reduce PHQ-9 score from 18 to below 10 by {us(t)}.</item>
            <item>Attend senior center activities at least 2 times per week by {us(t)}.</item>
          </list></text>
          <entry>
            <observation classCode="OBS" moodCode="GOL">
              <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
              <id root="1.2.3.4.5" extension="goal-1"/>
              <code code="44249-1" codeSystem="2.16.840.1.113883.6.1" displayName="PHQ-9 quick depression assessment panel"/>
              <text>Reduce PHQ-9 score from 18 to below 10 by {us(t)}.</text>
              <statusCode code="active"/>
              <effectiveTime value="{f(t)}"/>
              <value xsi:type="IVL_PQ"><high value="10" inclusive="false" unit="{{score}}"/></value>
            </observation>
          </entry>
          <entry>
            <observation classCode="OBS" moodCode="GOL">
              <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
              <id root="1.2.3.4.5" extension="goal-2"/>
              <code code="410289001" codeSystem="2.16.840.1.113883.6.96" displayName="Social participation"/>
              <text>Attend senior center activities at least 2 times per week by {us(t)}.</text>
              <statusCode code="active"/>
              <effectiveTime value="{f(t)}"/>
            </observation>
          </entry>
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>
          <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/>
          <title>Planned Interventions</title>
          <text><table border="1"><thead><tr><th>Service</th><th>CPT</th><th>Session length</th><th>Frequency</th><th>Duration</th></tr></thead>
            <tbody><tr><td>Individual psychotherapy (CBT)</td><td>90834</td><td>45 minutes</td><td>Weekly</td><td>6 months ({us(plan)} - {us(end)})</td></tr></tbody></table></text>
          <entry>
            <procedure classCode="PROC" moodCode="INT">
              <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
              <id root="1.2.3.4.5" extension="svc-1"/>
              <code code="90834" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT" displayName="Psychotherapy, 45 minutes with patient"/>
              <text>Individual psychotherapy (CBT), 45-minute sessions, weekly, for 6 months</text>
              <statusCode code="active"/>
              <effectiveTime xsi:type="IVL_TS"><low value="{f(plan)}"/><high value="{f(end)}"/></effectiveTime>
              <effectiveTime xsi:type="PIVL_TS" operator="A" institutionSpecified="true"><period value="1" unit="wk"/></effectiveTime>
            </procedure>
          </entry>
        </section>
      </component>
    </structuredBody>
  </component>
</ClinicalDocument>
"""
    write_text("s11_ccda_psych_old.xml", xml)
    label("s11_ccda_psych_old.xml", "medicare-psychotherapy", asof, gaps=[["plan-outdated"]], codes=["F33.1"],
          notes="Gap: the C-CDA care plan was established 2024-10-14 and no later review is recorded; on "
                "the 2026-01-12 date of service it is 455 days old (limit 365). Standard C-CDA R2.1 Care "
                "Plan: ICD-10-CM problem in Health Concerns, goal observations, planned procedure with CPT "
                "and PIVL_TS frequency; legal authenticator with LISW suffix.")


def s12():
    """Word form with content controls; 18-month duration and a category-level code."""
    plan, asof = D(2026, 1, 26), D(2026, 2, 9)
    t = D(2026, 4, 27)
    b = B(font="Calibri", size=10.5, title="Treatment Plan Form", author="Cedar Hollow")
    b.header("Cedar Hollow Psychotherapy · Bozeman, MT", align="r")
    b.p("Individual Treatment Plan", bold=True, size=15, after=8)
    sdt_field(b, "Client name:", "Loretta F. Birkeland", "Client")
    sdt_field(b, "Date of birth:", "10/21/1955", "DOB")
    sdt_field(b, "Medicare MBI:", "5FY2-KM8-PB13", "MBI")
    sdt_field(b, "Plan date:", us(plan), "PlanDate")
    sdt_field(b, "Clinician:", "Samuel Oyelaran, LCPC", "Clinician")
    b.p("")
    sdt_field(b, "Diagnosis (ICD-10):", "F41 Anxiety disorder", "Dx1")
    b.p("")
    b.p("Goals and objectives", bold=True, size=12)
    sdt_field(b, "Goal 1:", "Loretta will manage anxiety well enough to drive to her sister's home in Billings.", "Goal1")
    sdt_field(b, "Objective 1.1:", f"Reduce GAD-7 from 15 to 9 or lower by {us(t)}.", "Obj11")
    sdt_field(b, "Objective 1.2:", f"Complete 4 of the 6 steps of her driving exposure ladder by {us(t)}.", "Obj12")
    sdt_field(b, "Goal 2:", "Loretta will sleep through the night more often.", "Goal2")
    sdt_field(b, "Objective 2.1:", f"Wake no more than once per night on 5 of 7 nights by {us(t)}, per sleep log.", "Obj21")
    b.p("")
    b.p("Treatment", bold=True, size=12)
    sdt_field(b, "Modality:", "Individual psychotherapy: CBT, exposure, CBT-I components", "Modality")
    sdt_field(b, "CPT code:", "90834", "CPT")
    sdt_field(b, "Session length:", "45 minutes", "Length")
    sdt_field(b, "Frequency:", "Weekly for 12 weeks, then every other week", "Frequency")
    sdt_field(b, "Anticipated length of treatment:", "18 months", "Duration")
    sdt_field(b, "Next review:", us(t), "Review")
    b.p("")
    b.p("Signatures", bold=True, size=12)
    sdt_field(b, "Clinician signature:", f"/s/ Samuel Oyelaran, LCPC  {us(plan)}", "ClinSig")
    sdt_field(b, "Client signature:", f"Loretta F. Birkeland  {us(plan)}", "ClientSig")
    b.save("s12_content_controls.docx")
    label("s12_content_controls.docx", "medicare-psychotherapy", asof,
          gaps=[["duration-exceeds-limit"], ["diagnosis-code-not-billable"]], codes=[],
          notes="Two gaps: the anticipated length of treatment is 18 months (NGS requires less than one "
                "year), and the diagnosis is the ICD-10-CM category F41, not a billable code. Every value "
                "sits in an inline rich-text content control after a bold label.")


def s13():
    """Group practice plan with reviewer comments and tracked changes."""
    plan, asof = D(2026, 6, 29), D(2026, 7, 20)
    t1, t2 = D(2026, 9, 28), D(2026, 12, 14)
    end = D(2026, 12, 29)
    assert days(plan, end) < 365
    n1, n2 = npi("145209376"), npi("167734590")
    b = B(font="Cambria", size=10.5, title="Treatment Plan", author="Kiran Mehta")
    b.header("RIVERBEND PSYCHOLOGICAL GROUP", align="l", size=9)
    b.footer("Riverbend Psychological Group · Fort Collins, CO · client: Gerald P. Huang · MBI 4XT7-AB2-YK60")
    b.p("Treatment Plan", bold=True, size=16, after=0)
    b.p("Trauma-focused individual therapy", italic=True, after=8)
    b.table([
        ["Client", "Gerald P. Huang", "DOB", "03/03/1954"],
        ["Medicare MBI", "4XT7-AB2-YK60", "Plan date", us(plan)],
        ["Treating psychologist", f"Kiran Mehta, PhD (NPI {n1})", "Clinical director", f"Ruth Albright, PsyD (NPI {n2})"],
    ], widths=[1.5, 2.2, 1.2, 1.8], first_col=True)
    b.p("")
    b.p("Diagnosis", bold=True, size=12)
    b.p("F43.10 Post-traumatic stress disorder, unspecified (primary)")
    b.p("Treatment goals", bold=True, size=12)
    b.p("Goal 1 — Fewer intrusive memories of the 2024 house fire.", bold=True)
    b.p(f"Objective 1a. PCL-5 score will decrease from 49 to 30 or lower by {us(t1)}.")
    para = b.doc.add_paragraph()
    tracked(para, ["Objective 1b. Gerald will sleep in his bedroom (not the recliner) on ",
                   ("del", "most nights"), ("ins", "at least 5 of 7 nights"), f" by {us(t1)}."],
            author="Ruth Albright", date="2026-06-30T09:12:00Z")
    b.p("Goal 2 — Return to driving past the old neighborhood.", bold=True)
    p2 = b.p(f"Objective 2a. Gerald will complete the in-vivo exposure list (8 items) with distress of 40/100 or "
             f"lower on each by {us(t2)}.")
    comment(b, p2.runs[0], "Good - exposure list attached to chart. RA", "Ruth Albright", "RA")
    b.p("Interventions", bold=True, size=12)
    b.p("Prolonged exposure therapy; sleep hygiene. Individual psychotherapy 90837, 60-minute sessions, "
        "weekly for the first 12 weeks and then every two weeks.")
    b.p(f"Expected duration: 6 months (through {us(end)}). Review at 90 days ({us(t1)}).")
    b.p("Signatures", bold=True, size=12)
    p3 = b.p(f"Kiran Mehta, PhD, Licensed Psychologist — signed {us(plan)}")
    comment(b, p3.runs[0], "Reviewed with client on 6/29.", "Kiran Mehta", "KM")
    b.p(f"Reviewed: Ruth Albright, PsyD, Clinical Director — {us(D(2026,6,30))}")
    b.p(f"Client: Gerald P. Huang — {us(plan)}")
    b.save("s13_group_practice_tracked.docx")
    label("s13_group_practice_tracked.docx", "medicare-psychotherapy", asof, codes=["F43.10"],
          notes="Clean. Group practice plan with two Word comments and a tracked change inside an objective "
                "(deleted 'most nights', inserted 'at least 5 of 7 nights': judged with the change accepted, "
                "as the clinical director made it). Identification table plus footer identifiers.")


# ==============================================================================================
# medicare-outpatient-therapy
# ==============================================================================================
def cert_check(first, end, md_date, asof, recert=None):
    """Self-check of the profile numbers: period <= 90 days, certification within 30 days,
    as-of inside the period (or a recertification recorded)."""
    assert days(first, end) <= 90, (first, end)
    assert days(first, md_date) <= 30, (first, md_date)
    assert asof <= end or recert


def s14():
    """Hospital outpatient rehabilitation, PT after total knee replacement."""
    ev, end, md, asof = D(2026, 2, 9), D(2026, 5, 9), D(2026, 2, 12), D(2026, 3, 2)
    cert_check(ev, end, md, asof)
    assert days(ev, end) == 89
    g = D(2026, 4, 6)
    n_pt, n_md = npi("110294856"), npi("181736204")
    b = B(font="Arial", size=9, title="Plan of Care", author="MVH Rehab")
    b.header_table([["MERCY VALLEY HOSPITAL", "Outpatient Rehabilitation Services", "Acct 5530098741"],
                    ["Pt: PRUITT, DOLORES J", "MRN 000619442", "DOB 01/30/1947"]], widths=[2.3, 2.6, 1.8])
    b.footer("Fax signed plan to Rehab Scheduling 555-0199 · Form REHAB-POC-3")
    b.p("PHYSICAL THERAPY INITIAL EVALUATION AND PLAN OF CARE", bold=True, size=11, align="c")
    b.table([
        ["Patient", "Dolores J. Pruitt", "Medicare ID", "7RC3-MH5-PT91"],
        ["Referring physician", "Sandra Liu, MD", "Onset / surgery", "R TKA 01/27/2026"],
        ["Evaluation date (first visit)", us(ev), "Plan of care date", us(ev)],
        ["Certification period", f"{us(ev)} to {us(end)}", "Therapist", "Aaron Whitlock, PT, DPT"],
    ], widths=[1.7, 1.7, 1.5, 1.8], first_col=True, size=9)
    b.p("")
    b.p("Treatment diagnoses", bold=True)
    b.table([
        ["ICD-10-CM", "Description"],
        ["Z47.1", "Aftercare following joint replacement surgery (primary)"],
        ["Z96.651", "Presence of right artificial knee joint"],
        ["R26.81", "Unsteadiness on feet"],
    ], widths=[1.2, 5.5], head=True, size=9)
    b.p("")
    b.p("Assessment: 79 y/o F 2 weeks s/p R TKA. R knee AROM 8-85°, quad lag, amb 60' with RW and CGA, "
        "TUG 24 s. Good rehab potential; lives with husband in single-level home, 3 steps to enter.", size=9)
    b.p("Long-term goals (8 weeks)", bold=True)
    b.table([
        ["#", "Goal", "Baseline", "Target date"],
        ["1", "R knee AROM 0-115° to allow normal gait and stair use", "8-85°", us(g)],
        ["2", "Amb 500' community distances with no assistive device, independent", "60' RW CGA", us(g)],
        ["3", "Ascend/descend 12 steps with 1 rail reciprocally, mod I", "3 steps step-to, min A", us(g)],
        ["4", "TUG under 12 seconds", "24 s", us(g)],
    ], widths=[0.3, 3.8, 1.5, 1.1], head=True, size=9)
    b.p("")
    b.p("Plan / interventions", bold=True)
    b.table([
        ["CPT", "Intervention"],
        ["97110", "Therapeutic exercise"], ["97112", "Neuromuscular re-education"],
        ["97116", "Gait training"], ["97140", "Manual therapy"], ["97530", "Therapeutic activities"],
    ], widths=[0.9, 5.8], head=True, size=9)
    b.p("Frequency: 3x/week     Duration: 8 weeks     Units: up to 4 units per visit", bold=True)
    b.p("")
    b.p(f"Therapist: Electronically signed by Aaron Whitlock, PT, DPT (NPI {n_pt}) on {us(ev)} 17:02")
    b.p("PHYSICIAN CERTIFICATION: I have reviewed this plan of care and certify that the services are "
        "medically necessary and that the patient is under my care.", bold=True, size=8.5)
    b.table([["Physician signature", "Printed name / NPI", "Date"],
             ["Sandra Liu MD", f"Sandra Liu, MD / {n_md}", us(md)]], widths=[2.4, 2.8, 1.5], head=True)
    b.save("s14_hospital_opd_pt.docx")
    label("s14_hospital_opd_pt.docx", "medicare-outpatient-therapy", asof, codes=["Z47.1", "Z96.651", "R26.81"],
          notes="Clean. Hospital outpatient PT evaluation/plan of care: header table with account/MRN/DOB, "
                "grid of dates (evaluation = first visit = plan date), goal table with baseline column, CPT "
                "table, frequency/duration line, physician certification table signed 3 days after the "
                "evaluation; certification period 89 days.")


def s15():
    """Private PT practice; physician certification came back by fax 49 days after the evaluation."""
    ev, end, md, asof = D(2026, 1, 12), D(2026, 4, 11), D(2026, 3, 2), D(2026, 3, 16)
    assert days(ev, end) == 89 and days(ev, md) == 49 > 30
    g = D(2026, 3, 9)
    b = B(font="Verdana", size=9, title="POC", author="SSSPT")
    b.header("Summit Spine & Sport Physical Therapy · 88 Quarry Rd · Montpelier VT · NPI " + npi("102938477"), align="c")
    b.p("Plan of Care / Certification", bold=True, size=13)
    b.lv("Patient: ", "Franklin O. Teague     DOB: 05/19/1952     Medicare: 6HN4-DK2-UE88")
    b.lv("Start of care / initial evaluation: ", us(ev))
    b.lv("Certification period: ", f"{us(ev)} – {us(end)}")
    b.lv("Dx: ", "M54.50 Low back pain, unspecified;  M62.81 Muscle weakness (generalized)")
    b.p("")
    b.p("Problem list: pain 7/10 limiting standing to 10 min; ODI 46%; unable to lift grandchild or garden; "
        "trunk flexion 40% of normal.")
    b.p("Goals (by " + us(g) + "):", bold=True)
    b.bullet("Oswestry Disability Index from 46% to 24% or less")
    b.bullet("Stand 45 minutes to cook a meal with pain 3/10 or less")
    b.bullet("Lift 20 lb floor to waist with proper mechanics, independently, 5 reps")
    b.p("Treatment plan:", bold=True)
    b.p("Therapeutic exercise (97110), manual therapy (97140), neuromuscular re-education (97112), "
        "home exercise program; 2 times per week for 8 weeks.")
    b.p("")
    b.p(f"Therapist: Megan Dufresne, PT, DPT — signed {us(ev)}")
    b.p("")
    b.p("*** RECEIVED VIA FAX 03/02/2026 10:41 FROM NORTHFIELD FAMILY MEDICINE ***", bold=True, align="c", size=8)
    b.p("I certify the need for these services furnished under this plan of treatment while under my care.")
    b.p(f"Physician: Kevin Osei, DO          Signature: K Osei DO          Date: {us(md)}")
    b.save("s15_private_pt_late_cert.docx")
    label("s15_private_pt_late_cert.docx", "medicare-outpatient-therapy", asof, gaps=[["signature-late"]],
          codes=["M54.50", "M62.81"],
          notes="Gap: the physician certification is dated 03/02/2026, 49 days after the 01/12/2026 "
                "evaluation/first treatment (due within 30; warning under the 2025-01 version). Simple "
                "private-practice layout with bold label runs, bullet goals and a fax banner.")


def s16():
    """University speech-language clinic: graduate student clinician, supervising SLP, physician."""
    ev, end, md, asof = D(2026, 8, 31), D(2026, 11, 28), D(2026, 9, 10), D(2026, 10, 5)
    cert_check(ev, end, md, asof)
    assert days(ev, end) == 89
    g = D(2026, 11, 20)
    n_slp, n_md = npi("124578093"), npi("139902844")
    b = B(font="Calibri", size=10.5, title="Plan of Care", author="UCSLC")
    b.header("Ridgeline State University · Communication Sciences and Disorders Clinic\n"
             "A clinical training program. Services are provided by graduate student clinicians under the "
             "direct supervision of ASHA-certified, state-licensed speech-language pathologists.", align="c", size=7.5)
    b.footer("Fall semester 2026 · Client file SLC-26-0412")
    b.p("Speech-Language Pathology Plan of Care", bold=True, size=14, align="c")
    b.table([
        ["Client", "Warren E. Lykins", "Date of birth", "02/14/1946"],
        ["Medicare #", "3UE6-FR9-HM27", "Clinic file", "SLC-26-0412"],
        ["Date of evaluation / first treatment", us(ev), "Plan date", us(ev)],
        ["Certification period", f"{us(ev)} through {us(end)}", "Referring physician", "Rebecca Stone, MD"],
    ], widths=[1.9, 1.7, 1.3, 1.8], first_col=True)
    b.p("")
    b.runs([("Medical diagnosis: ", "b"), "I69.320 Aphasia following cerebral infarction (CVA 05/2026)"])
    b.runs([("Treatment diagnosis: ", "b"), "R47.01 Aphasia"])
    b.p("")
    b.p("Long-term goals (end of semester, " + us(g) + ")", bold=True)
    b.number("Client will name common objects in confrontation naming with 80% accuracy given "
             "no more than phonemic cues (baseline 35%, WAB-R naming).")
    b.number("Client will produce 3-4 word sentences to make requests in conversation in 8 of 10 "
             "opportunities (baseline 2 of 10).")
    b.number("Client and spouse will use a written-choice communication strategy to repair breakdowns in "
             "4 of 5 observed breakdowns (baseline 0 of 5).")
    b.p("Treatment approach", bold=True)
    b.p("Semantic feature analysis, script training, supported conversation partner training. "
        "CPT 92507 (treatment of speech, language, voice, communication) — 50-minute individual sessions, "
        "2 times per week for 12 weeks.")
    b.p("")
    b.p("Signatures", bold=True)
    b.table([
        ["", "Name", "Signature", "Date"],
        ["Graduate student clinician", "Emma Castillo, B.S.", "Emma Castillo", us(ev)],
        ["Supervising SLP", f"Noor Haddad, PhD, CCC-SLP (NPI {n_slp})", "Noor Haddad, CCC-SLP", us(ev)],
        ["Certifying physician", f"Rebecca Stone, MD (NPI {n_md})", "Rebecca Stone MD", us(md)],
    ], widths=[1.6, 2.4, 1.6, 1.1], head=True)
    b.save("s16_univ_slp_clinic.docx")
    label("s16_univ_slp_clinic.docx", "medicare-outpatient-therapy", asof, codes=["I69.320", "R47.01"],
          notes="Clean. University training clinic (graduate student clinician plus supervising CCC-SLP "
                "co-signature plus physician certification 10 days after the evaluation); training-clinic "
                "disclaimer in the header; numbered goals with baselines in parentheses.")


def s17():
    """Re-typed fax form; plan certified by a chiropractor."""
    ev, end, md, asof = D(2026, 4, 6), D(2026, 7, 4), D(2026, 4, 9), D(2026, 4, 27)
    assert days(ev, end) == 89 and days(ev, md) <= 30
    g = D(2026, 6, 1)
    b = B(font="Arial", size=9.5, title="POC", author="fax")
    b.p("PHYSICAL THERAPY PLAN OF CARE — PHYSICIAN CERTIFICATION REQUEST", bold=True, align="c")
    b.p("Please review, sign, date and fax back to (307) 555-0120 within 30 days of the initial visit.", italic=True, align="c", size=8)
    b.p("Patient: Vernon K. Hollis          DOB: 12/01/1950          Medicare ID: 9TD2-KE6-RW47")
    b.p(f"Initial evaluation / first treatment: {us(ev)}     Plan of care date: {us(ev)}")
    b.p(f"Certification: {us(ev)} to {us(end)}")
    b.p("Diagnosis: M54.16 Radiculopathy, lumbar region; M54.50 Low back pain, unspecified")
    b.p("")
    b.p("Type of service:  [x] PT   [ ] OT   [ ] SLP")
    b.p("Frequency:  [ ] 1x/wk   [x] 2x/wk   [ ] 3x/wk        Duration:  [ ] 4 wks   [x] 6 wks   [ ] 8 wks   [ ] 12 wks")
    b.p("Interventions:  [x] Ther ex 97110   [x] Manual 97140   [x] Neuro re-ed 97112   [ ] Gait 97116   [ ] E-stim G0283   [x] HEP")
    b.p("")
    b.p("Goals (by " + us(g) + "):", bold=True)
    b.p("1. Sit 60 min for church and driving with leg symptoms 2/10 or less (now 20 min, 6/10).")
    b.p("2. Negative slump test on the right; centralized symptoms (now peripheral to calf).")
    b.p("3. Modified ODI from 52% to 26% or less.")
    b.p("")
    b.p(f"Therapist: Kayla Brennan, PT, DPT      Signature: Kayla Brennan PT      Date: {us(ev)}")
    b.p("Referring/Certifying Practitioner:", bold=True)
    b.p(f"[x] I certify the need for these services.   Signature: Dr. Brent Aldana, DC     Date: {us(md)}")
    b.p("Aldana Chiropractic & Wellness · 1412 E 2nd St · Casper WY", size=8)
    b.save("s17_pt_chiro_certified.docx")
    label("s17_pt_chiro_certified.docx", "medicare-outpatient-therapy", asof,
          gaps=[["credential-not-permitted", "signature-missing"]], codes=["M54.16", "M54.50"],
          notes="Gap: the only certifying signature is a chiropractor's (DC), who may not certify a "
                "Medicare therapy plan; credential-not-permitted expected (signature-missing for the "
                "physician/NPP also accepted). Re-typed fax form with [x]/[ ] check boxes for frequency "
                "(2x/wk), duration (6 wks) and interventions.")


def s18():
    """SLP dysphagia plan pasted from a PDF; no frequency."""
    ev, end, md, asof = D(2026, 5, 4), D(2026, 7, 31), D(2026, 5, 8), D(2026, 5, 26)
    cert_check(ev, end, md, asof)
    g = D(2026, 6, 29)
    n_md = npi("171123046")
    b = B(font="Times New Roman", size=10.5, title="", author="")
    text = f"""Harborview Community Hospital                    Outpatient Speech Pathology
Patient: Ingrid S. Aalto          DOB: 07/07/1944          MRN: HCH-3319027
Medicare ID: 2WK9-EG5-TA31
OUTPATIENT SPEECH-LANGUAGE PATHOLOGY PLAN OF CARE
Evaluation date (first treatment): {us(ev)}     Plan date: {us(ev)}
Certification period: {us(ev)} - {us(end)}
Medical Dx: G20.A1 Parkinson's disease without dyskinesia, without mention of
fluctuations        Treatment Dx: R13.12 Dysphagia, oropharyngeal phase
Summary: MBSS 05/01/2026 shows delayed swallow initiation and deep
penetration with thin liquids (PAS 5), vallecular residue with solids.
Currently on mildly thick liquids. FOIS level 4.
GOALS (8 weeks, by {us(g)}):
1. Pt will tolerate thin liquids by cup with chin tuck with no overt signs of
aspiration in 9/10 trials.
2. Pt will perform effortful swallow and Masako exercises independently with
90% accuracy per home log.
3. FOIS will improve from level 4 to level 6.
PLAN: Dysphagia treatment (92526), NMES not indicated. Treatment for 8 weeks;
visits to be scheduled according to patient's transportation availability.
Caregiver (daughter) training in safe-swallow strategies.
Therapist: Paul Nakashima, MS, CCC-SLP          Signed: {us(ev)}
Physician certification: Omar Haddadin, MD   NPI {n_md}   Signed {us(md)}
Page 1 of 1"""
    b.lines(text)
    b.save("s18_slp_pdf_paste.docx")
    label("s18_slp_pdf_paste.docx", "medicare-outpatient-therapy", asof, gaps=[["frequency-missing"]],
          codes=["G20.A1", "R13.12"],
          notes="Gap: the plan says how long (8 weeks) but not how often ('visits to be scheduled according "
                "to the patient's transportation availability'). Layout: text pasted from a PDF, one Word "
                "paragraph per line, sentences and a diagnosis broken mid-line, no styles.")


def s19():
    """PT clinic software printout; certification lapsed and an OCR-style code typo."""
    ev, end, md, asof = D(2026, 1, 5), D(2026, 4, 4), D(2026, 1, 9), D(2026, 4, 20)
    assert days(ev, end) == 89 and days(ev, md) <= 30 and asof > end
    g = D(2026, 3, 30)
    b = B(font="Tahoma", size=9, title="Plan of Care", author="RehabTrack")
    b.header("RehabTrack Outpatient · Clearwater Physical Therapy · Lincoln NE", align="l")
    b.footer("RehabTrack v11.4 · Document ID POC-88120-01 · Printed 04/20/2026")
    b.p("Plan of Care", bold=True, size=14)
    t = b.table([
        ["Patient", "Harriet M. Voss", "DOB", "08/25/1949", "Medicare", "8PQ3-TC7-NN52"],
        ["Eval date", us(ev), "POC start", us(ev), "POC end", us(end)],
        ["Therapist", "Lucas Ferreira, PT", "Referring MD", "Amy Castellano, MD", "Visits to date", "22"],
    ], widths=[0.9, 1.4, 0.9, 1.3, 0.9, 1.3], size=8.5)
    b.p("")
    b.p("ICD-10: M17.12 Unilateral primary osteoarthritis, left knee; R26.81 Unsteadiness on feet", size=9)
    b.p("")
    b.p("Goals", bold=True, size=11)
    b.table([
        ["Term", "Goal", "Target", "Status"],
        ["STG", "Independent with HEP, demonstrating correct form on all 6 exercises", "02/02/2026", "Met"],
        ["LTG", "Berg Balance from 38/56 to 48/56 or better", us(g), "Progressing"],
        ["LTG", "Walk 1000 ft in the community without device, independently", us(g), "Progressing"],
        ["LTG", "L knee flexion from 95° to 120°", us(g), "Progressing"],
    ], widths=[0.6, 3.9, 1.0, 1.2], head=True, size=8.5, shade_head="DDEBF7")
    b.p("")
    b.p("Treatment Plan", bold=True, size=11)
    b.table([
        ["Code", "Description"],
        ["97110", "Therapeutic exercise"],
        ["97116", "Gait training"],
        ["9753O", "Therapeutic activities"],
        ["97140", "Manual therapy"],
    ], widths=[1.0, 5.7], head=True, size=8.5)
    b.p("Frequency: 2x/week        Duration: 12 weeks", bold=True)
    b.p("")
    b.p(f"Therapist signature: Lucas Ferreira, PT  (e-signed {us(ev)})")
    b.p(f"Physician certification: Amy Castellano, MD  (e-signed via portal {us(md)})")
    b.p("Recertification: not on file", italic=True, size=8.5)
    b.save("s19_pt_recert_lapsed.docx")
    label("s19_pt_recert_lapsed.docx", "medicare-outpatient-therapy", asof,
          gaps=[["review-overdue"], ["service-code-invalid"]], codes=["M17.12", "R26.81"],
          notes="Two gaps: the certification period ended 04/04/2026 and on the 04/20/2026 date of service "
                "no recertification is recorded (the printout says 'not on file'); and one service code is "
                "'9753O' (letter O for zero), not a well-formed CPT code. Practice-software printout with a "
                "six-column identification grid, STG/LTG goal table with status column, code table.")


def s20():
    """OT hand/upper-extremity clinic, two-column layout; certification period of 116 days."""
    ev, end, md, asof = D(2026, 2, 2), D(2026, 5, 29), D(2026, 2, 5), D(2026, 2, 23)
    assert days(ev, end) == 116 > 90 and days(ev, md) <= 30 and days(ev, asof) < 90
    g = D(2026, 5, 22)
    b = B(font="Calibri", size=10, title="OT Plan of Care", author="Kestrel OT")
    b.header("KESTREL HAND & UPPER EXTREMITY THERAPY", align="c", size=10)
    b.footer("Kestrel Hand & Upper Extremity Therapy · 3100 W Main · Rapid City SD · (605) 555-0163")
    b.p("Occupational Therapy Plan of Care", bold=True, size=14, align="c")
    b.table([
        ["Patient: Leonard A. Grishom", "DOB: 10/10/1955", "Medicare #: 5CV8-RU1-XB09"],
        [f"Initial evaluation: {us(ev)}", f"Plan date: {us(ev)}", f"Certification period: {us(ev)} – {us(end)}"],
    ], size=9)
    b.columns(2)
    b.p("DIAGNOSES", bold=True)
    b.p("M19.011 Primary osteoarthritis, right shoulder\nM25.611 Stiffness of right shoulder, NEC")
    b.p("EVALUATION SUMMARY", bold=True)
    b.p("R dominant shoulder AROM flexion 95°, abduction 80°, ER 15°. QuickDASH 61. Needs help with "
        "overhead reach, dressing (shirts, jacket) and washing hair. Retired electrician; wants to return "
        "to fly fishing.")
    b.p("LONG-TERM GOALS (16 weeks)", bold=True)
    b.p(f"1. R shoulder flexion AROM to 140° or more to reach the second kitchen shelf, by {us(g)}.")
    b.p(f"2. Don and doff a jacket independently with no compensatory trunk lean, by {us(g)}.")
    b.p(f"3. QuickDASH from 61 to 30 or lower, by {us(g)}.")
    b.p("INTERVENTIONS", bold=True)
    b.p("97165 OT evaluation (completed). 97110 therapeutic exercise, 97140 manual therapy, 97530 therapeutic "
        "activities, 97535 self-care/home management training; home program.")
    b.p("FREQUENCY / DURATION", bold=True)
    b.p("2 times a week x 16 weeks")
    b.p("SIGNATURES", bold=True)
    b.p(f"Therapist: Jolene Whitebird, OTR/L, CHT — {us(ev)}")
    b.p(f"Certifying physician: Gregory Marsh, MD — {us(md)}")
    b.save("s20_ot_two_column.docx")
    label("s20_ot_two_column.docx", "medicare-outpatient-therapy", asof, gaps=[["review-interval-exceeded"]],
          codes=["M19.011", "M25.611"],
          notes="Gap: the certification period runs 116 days (02/02/2026 to 05/29/2026) with no earlier "
                "recertification scheduled; Medicare requires recertification at least every 90 days. "
                "The as-of date is inside the first 90 days, so nothing is overdue yet. Two-column body "
                "after a full-width identification table.")


def s21():
    """Bilingual PT plan in a border-region hospital outpatient department; NP certifies."""
    ev, end, md, asof = D(2026, 3, 12), D(2026, 6, 9), D(2026, 3, 16), D(2026, 4, 6)
    cert_check(ev, end, md, asof)
    assert days(ev, end) == 89
    g = D(2026, 5, 21)
    n_np = npi("150048213")
    b = B(font="Arial", size=9.5, title="Plan de cuidado", author="HVO")
    b.header("Hospital del Valle — Rehabilitación Ambulatoria / Outpatient Rehabilitation · Laredo, TX", align="c")
    b.p("PLAN DE CUIDADO DE TERAPIA FÍSICA / PHYSICAL THERAPY PLAN OF CARE", bold=True, align="c")
    b.table([
        ["Paciente / Patient", "Aurelio Bustamante Garza"],
        ["Fecha de nacimiento / DOB", f"{es(D(1948,11,2))} (11/02/1948)"],
        ["Número de Medicare / Medicare number", "1YN5-GW8-CF34"],
        ["Fecha de evaluación (primer tratamiento) / Evaluation date (first treatment)", f"{es(ev)} — {us(ev)}"],
        ["Período de certificación / Certification period", f"{us(ev)} – {us(end)}"],
        ["Diagnósticos / Diagnoses", "R26.81 Inestabilidad al caminar / Unsteadiness on feet\nM62.81 Debilidad muscular generalizada / Muscle weakness (generalized)"],
    ], widths=[3.0, 3.7], first_col=True)
    b.p("")
    b.p("Metas a largo plazo / Long-term goals", bold=True)
    b.table([
        ["Meta / Goal", "Inicial / Baseline", "Fecha / Target"],
        ["Caminar 300 pies con bastón, independiente / Walk 300 ft with cane, independently", "75 ft con andadera, CGA / 75 ft RW CGA", us(g)],
        ["Puntuación Berg de 36/56 a 46/56 o más / Berg score from 36/56 to 46/56 or better", "36/56", us(g)],
        ["Levantarse de la silla 5 veces en menos de 15 s / Five times sit-to-stand in under 15 s", "28 s con brazos / 28 s with arms", us(g)],
    ], widths=[3.8, 1.8, 1.1], head=True, size=9)
    b.p("")
    b.p("Plan de tratamiento / Treatment plan", bold=True)
    b.p("Ejercicio terapéutico (97110), entrenamiento de la marcha (97116), reeducación neuromuscular (97112), "
        "programa en casa. / Therapeutic exercise (97110), gait training (97116), neuromuscular re-education "
        "(97112), home program.")
    b.p("Frecuencia / Frequency: 2 veces por semana / 2x per week.   Duración / Duration: 10 semanas / 10 weeks.", bold=True)
    b.p("")
    b.table([
        ["Firma / Signature", "Fecha / Date"],
        ["Terapeuta / Therapist: Itzel Moreno Saldaña, PT, DPT", us(ev)],
        [f"Certifica / Certifying practitioner: Lucía Fernández, NP (NPI {n_np})", f"{es(md)} ({us(md)})"],
    ], widths=[5.0, 1.7], head=True)
    b.save("s21_pt_bilingual.docx")
    label("s21_pt_bilingual.docx", "medicare-outpatient-therapy", asof, codes=["R26.81", "M62.81"],
          notes="Clean. Bilingual Spanish/English hospital outpatient PT plan: long label cells holding both "
                "languages, Spanish long dates beside numeric ones, goal table with baselines, certification "
                "by a nurse practitioner 4 days after the evaluation.")


def s22():
    """SLP voice plan via telehealth; one goal's target date has the wrong year."""
    ev, end, md, asof = D(2026, 1, 20), D(2026, 4, 19), D(2026, 1, 23), D(2026, 2, 9)
    cert_check(ev, end, md, asof)
    assert days(ev, end) == 89
    g = D(2026, 2, 17)
    bad = D(2025, 2, 17)
    b = B(font="Calibri", size=10.5, title="SLP POC", author="NVH")
    b.header("North Valley Health — Outpatient Speech Therapy (telehealth program)", align="l")
    b.footer("Telehealth visits use the North Valley video platform. Client located at home (POS 10).")
    b.p("Speech Therapy Plan of Care — Voice", bold=True, size=13)
    b.lv("Client: ", "Thomas R. Abernathy")
    b.lv("Date of birth: ", "04/04/1950")
    b.lv("Medicare ID: ", "6MA2-QE8-YR15")
    b.lv("Evaluation / first session: ", us(ev))
    b.lv("Plan established: ", us(ev))
    b.lv("Certification period: ", f"{us(ev)} to {us(end)}")
    b.lv("Diagnosis: ", "G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations; R49.0 Dysphonia")
    b.p("")
    b.p("Goals", bold=True, size=12)
    b.table([
        ["Goal", "Baseline", "Target date"],
        ["Sustain 'ah' at 85 dB or louder (at 30 cm) for 15 seconds, 5 of 5 trials", "72 dB, 6 s", us(g)],
        ["Read 10 functional phrases at 75 dB or louder in 9 of 10 trials", "64 dB average", us(bad)],
        ["Carry on a 10-minute phone call without the listener asking for repetition more than once, per spouse report", "4-6 requests per call", us(g)],
    ], widths=[4.1, 1.5, 1.1], head=True)
    b.p("")
    b.p("Plan", bold=True, size=12)
    b.p("LSVT LOUD (92507), 60-minute individual sessions, 4 times per week for 4 weeks (16 sessions), "
        "delivered by synchronous video; daily home practice.")
    b.p("")
    b.p(f"Clinician: Hannah Oyelowo, MA, CCC-SLP — signed electronically {us(ev)}")
    b.p(f"Physician certification: Rafael Quiroga, MD — signed electronically {us(md)}")
    b.save("s22_slp_telehealth_date_typo.docx")
    label("s22_slp_telehealth_date_typo.docx", "medicare-outpatient-therapy", asof, gaps=[["date-inconsistent"]],
          codes=["G20.A1", "R49.0"],
          notes="Gap: the second goal's target date is 02/17/2025, a year before the plan was written (the "
                "other goals say 02/17/2026). Telehealth SLP plan with bold label runs and a three-column "
                "goal table.")


# ==============================================================================================
# medicare-home-health
# ==============================================================================================
def hh_check(soc, end, md, asof):
    assert days(soc, end) <= 60 and soc <= md <= asof <= end


def s23():
    """CMS-485 look-alike with numbered boxes."""
    soc, end, md, asof = D(2026, 1, 12), D(2026, 3, 12), D(2026, 1, 20), D(2026, 2, 2)
    hh_check(soc, end, md, asof)
    assert days(soc, end) == 59
    n_md, n_hha = npi("148822093"), npi("112340987")
    b = B(font="Arial", size=8, margin=0.5, title="Home Health Certification and Plan of Care", author="HHA")
    b.p("HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True, size=11, align="c", after=2)
    t = b.table([
        ["1. Patient's Medicare No.\n2HF7-WD3-KQ18", f"2. Start Of Care Date\n{us(soc)}", f"3. Certification Period\nFrom: {us(soc)}   To: {us(end)}", "4. Medical Record No.\nHC-20418", f"5. Provider No.\n{n_hha}"],
        ["6. Patient's Name and Address\nEulalia B. Ramsey\n2217 Cypress Bend Rd\nHattiesburg, MS 39401", None, "7. Provider's Name, Address and Telephone Number\nPineland Home Health Services\n400 Hardy St, Hattiesburg MS\n(601) 555-0155", None, None],
        ["8. Date of Birth\n06/18/1940", "9. Sex  [ ] M  [X] F", "10. Medications: Dose/Frequency/Route (N)ew (C)hanged\nMetformin 500 mg PO BID; Lisinopril 10 mg PO daily; Furosemide 20 mg PO daily (C)", None, None],
        ["11. ICD-10-CM  Principal Diagnosis", "L89.153 Pressure ulcer of sacral region, stage 3", "Date\n" + us(D(2026,1,6)), None, None],
        ["12. ICD-10-CM  Surgical Procedure", "N/A", "", None, None],
        ["13. ICD-10-CM  Other Pertinent Diagnoses", "E11.9 Type 2 diabetes mellitus without complications\nI50.32 Chronic diastolic (congestive) heart failure", "", None, None],
        ["14. DME and Supplies\nHospital bed, pressure-redistribution mattress, wound supplies", None, "15. Safety Measures\nFall precautions, bleeding precautions", None, None],
        ["16. Nutritional Req.\n2 g Na, diabetic, high protein", "17. Allergies\nSulfa", "18.A. Functional Limitations\n[X] Endurance  [X] Ambulation  [ ] Hearing", "18.B. Activities Permitted\n[X] Walker  [X] Up as tolerated", None],
        ["19. Mental Status\n[X] Oriented  [ ] Forgetful", "20. Prognosis\n[ ] Poor  [ ] Guarded  [X] Fair  [ ] Good", None, None, None],
    ], widths=[1.6, 1.6, 1.6, 1.3, 1.3], size=7.5)
    merge_row(t, 1, 0, 1); merge_row(t, 1, 2, 4)
    for r in (3, 4, 5):
        merge_row(t, r, 2, 4)
    merge_row(t, 6, 0, 1); merge_row(t, 6, 2, 4)
    merge_row(t, 7, 3, 4)
    merge_row(t, 8, 1, 4)
    b.p("")
    o = b.table([
        ["21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)"],
        ["SN 1w1, 2w4, 1w3 for wound assessment and care: cleanse sacral wound with NS, apply calcium alginate "
         "and bordered foam, change 3x/week and PRN soiling (caregiver trained for non-visit days); teach diabetic "
         "foot care and heart-failure self-monitoring (daily weights, call for gain over 3 lb in 2 days).\n"
         "SN PRN x 2 visits for dressing complications.\n"
         "PT 2w3, 1w3: evaluate and treat for gait training, transfer training, therapeutic exercise, home safety.\n"
         "HHA 3w4, 2w4: assist with bathing, skin checks, repositioning."],
        ["22. Goals/Rehabilitation Potential/Discharge Plans"],
        [f"Sacral wound will decrease from 3.2 x 2.5 x 0.6 cm to 1.5 x 1.0 x 0.2 cm or smaller by {us(end)}.\n"
         f"Patient will ambulate 150 ft with rolling walker, supervision only, by {us(D(2026,2,23))}.\n"
         f"Caregiver (daughter) will return-demonstrate correct dressing change on 2 consecutive visits by {us(D(2026,1,30))}.\n"
         f"Patient will report weight daily with no missed days for 2 weeks by {us(D(2026,2,9))}.\n"
         "Rehab potential: fair for stated goals. Discharge to self-care with daughter when goals met."],
    ], widths=[7.4], size=8)
    b.p("")
    s = b.table([
        [f"23. Nurse's Signature and Date of Verbal SOC Where Applicable:\nCharlene Boudreaux, RN   {us(soc)}", f"25. Date HHA Received Signed POT\n{us(D(2026,1,21))}"],
        [f"24. Physician's Name and Address\nTheodore Banks, MD  NPI {n_md}\nForrest Internal Medicine, 55 Broadway Dr, Hattiesburg MS", "26. I certify that this patient is confined to his/her home and needs intermittent skilled nursing care, physical therapy... The patient is under my care, and I have authorized the services on this plan of care and will periodically review the plan."],
        [f"27. Attending Physician's Signature and Date Signed\nElectronically signed by Theodore Banks, MD on {us(md)}", "28. Anyone who misrepresents, falsifies, or conceals essential information required for payment of Federal funds may be subject to fine, imprisonment, or civil penalty under applicable Federal laws."],
    ], widths=[4.2, 3.2], size=7.5)
    b.save("s23_hha_485_style.docx")
    label("s23_hha_485_style.docx", "medicare-home-health", asof, codes=["L89.153", "E11.9", "I50.32"],
          notes="Clean. CMS-485 look-alike: numbered boxes in a grid with many merged cells, orders in box 21 "
                "as home-health frequency strings (1w1, 2w4, 1w3; PRN x 2), measurable goals in box 22, "
                "physician e-signature in box 27 eight days after the start of care; 59-day certification "
                "period.")


def s24():
    """Bilingual home health plan; skilled nursing PRN without a visit limit."""
    soc, end, md, asof = D(2026, 2, 3), D(2026, 4, 3), D(2026, 2, 6), D(2026, 2, 16)
    hh_check(soc, end, md, asof)
    assert days(soc, end) == 59
    g = D(2026, 3, 27)
    n_np = npi("163304789")
    b = B(font="Calibri", size=10, title="Plan de cuidado", author="Sol")
    b.header("Sol de Tucson Home Health · Cuidado en el hogar / Home care · (520) 555-0147", align="c")
    b.p("PLAN DE CUIDADO EN EL HOGAR / HOME HEALTH PLAN OF CARE", bold=True, size=12, align="c")
    b.table([
        ["Nombre / Name", "Ignacio Valenzuela Ortiz", "Fecha de nacimiento / DOB", f"{es(D(1943,9,12))} (09/12/1943)"],
        ["Número de Medicare / Medicare no.", "4GT9-NM2-HE71", "Inicio de cuidado / Start of care", f"{es(soc)} ({us(soc)})"],
        ["Período de certificación / Cert. period", f"{us(soc)} – {us(end)}", "Expediente / MR #", "SDT-55081"],
    ], widths=[1.7, 1.8, 1.6, 1.6], size=9)
    b.p("")
    b.p("Diagnósticos / Diagnoses", bold=True)
    b.p("J44.1 EPOC con exacerbación aguda / COPD with (acute) exacerbation — principal / primary")
    b.p("I50.32 Insuficiencia cardíaca diastólica crónica / Chronic diastolic heart failure")
    b.p("")
    b.p("Órdenes de visitas / Visit orders", bold=True)
    b.table([
        ["Disciplina / Discipline", "Frecuencia / Frequency", "Servicios / Services"],
        ["Enfermería / SN", "2w3, 1w5", "Evaluación cardiopulmonar, educación sobre inhaladores y oxígeno, manejo de medicamentos / cardiopulmonary assessment, inhaler and O2 teaching, medication management"],
        ["Enfermería / SN", "PRN", "Visitas adicionales por disnea o cambios de peso / additional visits for shortness of breath or weight change"],
        ["Fisioterapia / PT", "2w4", "Ejercicio de resistencia, técnicas de conservación de energía / endurance exercise, energy conservation"],
    ], widths=[1.5, 1.3, 3.9], head=True, size=9)
    b.p("")
    b.p("Metas / Goals", bold=True)
    b.p(f"1. El paciente usará el inhalador con técnica correcta en 3 de 3 demostraciones para el {es(g)}. / "
        f"Patient will use inhaler with correct technique on 3 of 3 return demonstrations by {us(g)}.")
    b.p(f"2. Caminará 100 pies con SpO2 de 90% o más, con descanso de no más de 1 minuto, para el {es(g)}. / "
        f"Will walk 100 ft keeping SpO2 at 90% or above with no more than one 1-minute rest by {us(g)}.")
    b.p(f"3. Sin visitas a urgencias ni hospitalizaciones durante el período de certificación. / "
        f"Zero ER visits or hospital admissions during the certification period.")
    b.p("")
    b.p("Firmas / Signatures", bold=True)
    b.p(f"Enfermera que recibió la orden verbal / RN taking verbal SOC order: Graciela Ochoa, RN — {us(soc)}")
    b.p(f"Profesional que certifica / Certifying practitioner: Daniel Whitcomb, NP (NPI {n_np}) — firmado / signed {us(md)}")
    b.save("s24_hha_bilingual_prn.docx")
    label("s24_hha_bilingual_prn.docx", "medicare-home-health", asof, gaps=[["frequency-missing"]],
          codes=["J44.1", "I50.32"],
          notes="Gap: the second skilled-nursing order is 'PRN' with no limit on the number of visits, so it "
                "states no frequency (42 CFR 409.43). Bilingual Spanish/English home-health plan with "
                "visit-order table and NP certification.")


def s25():
    """Re-typed home-health checklist; physician line typed but never signed."""
    soc, end, asof = D(2026, 3, 9), D(2026, 5, 7), D(2026, 3, 20)
    assert days(soc, end) == 59
    g = D(2026, 4, 30)
    b = B(font="Arial", size=9.5, title="POC", author="intake")
    b.p("PRAIRIE LIGHTS HOME CARE — PLAN OF CARE", bold=True, align="c")
    b.p("Patient: Lyle D. Hargrove      DOB: 02/27/1938      Medicare #: 7QJ4-RX6-AT29")
    b.p(f"SOC: {us(soc)}      Cert period: {us(soc)} thru {us(end)}      MR#: PL-7719")
    b.p("Dx: I69.351 Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side; R26.81 Unsteadiness on feet")
    b.p("")
    b.p("DISCIPLINES ORDERED:", bold=True)
    b.p("☒ Skilled nursing   ☒ Physical therapy   ☒ Occupational therapy   ☐ Speech therapy   ☐ MSW   ☒ Home health aide")
    b.p("FREQUENCY:", bold=True)
    b.p("SN 1w4, then 1 every other week x 4 weeks (medication management and teaching, BP monitoring)")
    b.p("PT 3w2, 2w4 (gait, transfers, balance, HEP)")
    b.p("OT 2w4 (ADL retraining, UE function, bathroom safety)")
    b.p("HHA 2w6 (bathing, personal care)")
    b.p("")
    b.p("GOALS:", bold=True)
    b.p(f"☐ Pt will transfer bed to wheelchair with stand-by assist by {us(g)}")
    b.p(f"☐ Pt will ambulate 75 ft with hemi-walker and contact guard by {us(g)}")
    b.p(f"☐ Pt will dress upper body with set-up only by {us(g)}")
    b.p(f"☐ Pt/wife will state 3 stroke warning signs and when to call 911 by {us(D(2026,3,31))}")
    b.p("(boxes are checked when goals are met)", italic=True, size=8)
    b.p("")
    b.p("PHYSICIAN CERTIFICATION", bold=True)
    b.p("Attending physician: Anita Choudhury, MD      NPI: " + npi("177203958"))
    b.p("Physician signature: ______________________________      Date: ____________")
    b.p(f"☒ Verbal start-of-care order obtained by Teresa Lindgren, RN on {us(soc)}")
    b.p(f"☐ Signed POC returned      Sent to physician for signature: {us(D(2026,3,10))}")
    b.save("s25_hha_checkbox_unsigned.docx")
    label("s25_hha_checkbox_unsigned.docx", "medicare-home-health", asof, gaps=[["signature-missing"]],
          codes=["I69.351", "R26.81"],
          notes="Gap: the attending physician's name is typed but the signature and date lines are blank "
                "(only a verbal start-of-care order is recorded and the 'signed POC returned' box is "
                "unchecked). Re-typed checklist with ☒/☐ boxes for disciplines and goals (goal boxes mean "
                "'met', not 'ordered').")


def s26():
    """FHIR R4 Bundle: home-health CarePlan with Goals, ServiceRequests, Provenance signature."""
    soc, end, md, asof = D(2026, 5, 4), D(2026, 7, 2), D(2026, 5, 8), D(2026, 5, 20)
    hh_check(soc, end, md, asof)
    assert days(soc, end) == 59
    g1, g2 = D(2026, 6, 26), D(2026, 6, 12)
    n_md, n_agency = npi("186620475"), npi("119087324")
    pid, cid = "Patient/pt-8841", "CarePlan/cp-8841"
    res = []
    res.append({"resourceType": "Patient", "id": "pt-8841",
                "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB", "display": "Member Number"}]},
                                "system": "http://hl7.org/fhir/sid/us-mbi", "value": "9EA3-HT5-UM62"},
                               {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                                "system": "urn:oid:2.16.840.1.113883.19.5.7711", "value": "CRH-04417"}],
                "name": [{"family": "Stanhope", "given": ["Mildred", "June"]}],
                "gender": "female", "birthDate": "1937-11-29"})
    res.append({"resourceType": "Practitioner", "id": "pr-banerjee",
                "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": n_md}],
                "name": [{"family": "Banerjee", "given": ["Arjun"], "suffix": ["MD"]}],
                "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360", "code": "MD", "display": "Doctor of Medicine"}]}}]})
    res.append({"resourceType": "Organization", "id": "org-crh",
                "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": n_agency}],
                "name": "Cumberland River Home Health"})
    res.append({"resourceType": "Condition", "id": "dx-1", "subject": {"reference": pid},
                "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": "problem-list-item"}]}],
                "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I69.351",
                                     "display": "Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side"}]},
                "extension": [{"url": "http://example.org/fhir/StructureDefinition/diagnosis-rank", "valuePositiveInt": 1}]})
    res.append({"resourceType": "Condition", "id": "dx-2", "subject": {"reference": pid},
                "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": "problem-list-item"}]}],
                "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "R13.12", "display": "Dysphagia, oropharyngeal phase"}]}})
    res.append({"resourceType": "Goal", "id": "goal-1", "lifecycleStatus": "active", "subject": {"reference": pid},
                "description": {"text": "Patient will ambulate 150 feet with a quad cane and stand-by assistance on level surfaces."},
                "startDate": soc.isoformat(),
                "target": [{"measure": {"text": "Ambulation distance with quad cane, SBA"}, "detailQuantity": {"value": 150, "unit": "ft"}, "dueDate": g1.isoformat()}]})
    res.append({"resourceType": "Goal", "id": "goal-2", "lifecycleStatus": "active", "subject": {"reference": pid},
                "description": {"text": "Patient will swallow mechanical soft solids and nectar-thick liquids with no coughing or wet voice on 9 of 10 trials."},
                "startDate": soc.isoformat(),
                "target": [{"measure": {"text": "Trials without signs of aspiration"}, "detailRatio": {"numerator": {"value": 9}, "denominator": {"value": 10}}, "dueDate": g2.isoformat()}]})
    sr = [
        ("sr-pt", "G0151", "Services performed by a qualified physical therapist in the home health setting", 2, 1, "wk", 6, "PT 2w6: gait and transfer training, balance, therapeutic exercise"),
        ("sr-slp", "G0153", "Services performed by a qualified speech-language pathologist in the home health setting", 2, 1, "wk", 4, "SLP 2w4: dysphagia treatment, caregiver training on diet textures"),
        ("sr-sn", "G0299", "Direct skilled nursing services of a registered nurse (RN) in the home health setting", 1, 1, "wk", 8, "SN 1w8: medication management, BP monitoring, stroke education"),
    ]
    for sid, code, disp, f, p, u, wk, note in sr:
        res.append({"resourceType": "ServiceRequest", "id": sid, "status": "active", "intent": "order",
                    "subject": {"reference": pid}, "basedOn": [{"reference": cid}],
                    "code": {"coding": [{"system": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "code": code, "display": disp}], "text": note},
                    "occurrenceTiming": {"repeat": {"frequency": f, "period": p, "periodUnit": u,
                                                    "boundsDuration": {"value": wk, "unit": "wk", "system": "http://unitsofmeasure.org", "code": "wk"}}},
                    "requester": {"reference": "Practitioner/pr-banerjee"},
                    "reasonReference": [{"reference": "Condition/dx-1"}]})
    res.append({"resourceType": "CarePlan", "id": "cp-8841", "status": "active", "intent": "plan",
                "title": "Home Health Plan of Care", "subject": {"reference": pid},
                "period": {"start": soc.isoformat(), "end": end.isoformat()}, "created": soc.isoformat(),
                "author": {"reference": "Organization/org-crh"},
                "contributor": [{"reference": "Practitioner/pr-banerjee"}],
                "addresses": [{"reference": "Condition/dx-1"}, {"reference": "Condition/dx-2"}],
                "goal": [{"reference": "Goal/goal-1"}, {"reference": "Goal/goal-2"}],
                "activity": [{"reference": {"reference": "ServiceRequest/" + s[0]}} for s in sr],
                "note": [{"text": "Start of care " + us(soc) + ". Certification period " + us(soc) + " - " + us(end) + "."}]})
    res.append({"resourceType": "Provenance", "id": "prov-cert",
                "target": [{"reference": cid}], "recorded": f"{md.isoformat()}T14:05:00-05:00",
                "activity": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-DataOperation", "code": "UPDATE"}], "text": "Physician certification of plan of care"},
                "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "code": "attester"}]},
                           "who": {"reference": "Practitioner/pr-banerjee", "display": "Arjun Banerjee, MD"}}],
                "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.5", "display": "Verification Signature"}],
                               "when": f"{md.isoformat()}T14:05:00-05:00",
                               "who": {"reference": "Practitioner/pr-banerjee", "display": "Arjun Banerjee, MD"},
                               "sigFormat": "application/jose", "data": "ZXlKaGJHY2lPaUpTVXpJMU5pSjkuLi4="}]})
    bundle = {"resourceType": "Bundle", "id": "hh-poc-8841", "type": "collection",
              "timestamp": f"{md.isoformat()}T14:06:00-05:00",
              "entry": [{"fullUrl": f"urn:uuid:{r['resourceType'].lower()}-{r['id']}", "resource": r} for r in res]}
    # use resolvable relative references: fullUrl as the RESTful form
    for e in bundle["entry"]:
        r = e["resource"]
        e["fullUrl"] = f"https://fhir.cumberlandriver.example/{r['resourceType']}/{r['id']}"
    write_text("s26_hha_fhir_bundle.json", json.dumps(bundle, indent=2, ensure_ascii=False) + "\n")
    label("s26_hha_fhir_bundle.json", "medicare-home-health", asof, codes=["I69.351", "R13.12"],
          notes="Clean. FHIR R4 collection Bundle: Patient (MBI identifier), two ICD-10-CM Conditions, "
                "CarePlan with period (59 days), two Goals with quantity/ratio targets and due dates, three "
                "ServiceRequests (HCPCS home-health codes) with repeat frequency and boundsDuration, and a "
                "Provenance signature by the MD four days after start of care.")


def s27():
    """Agency plan of care where the goals are all general statements."""
    soc, end, md, asof = D(2026, 6, 1), D(2026, 7, 30), D(2026, 6, 4), D(2026, 6, 15)
    hh_check(soc, end, md, asof)
    assert days(soc, end) == 59
    n_md = npi("108852634")
    b = B(font="Book Antiqua", size=10.5, title="Plan of Care", author="Magnolia")
    b.header("Magnolia Trace Home Health Agency · Provider #45-7801", align="r")
    b.footer("Patient: Cornelius A. Fitch · MBI 3RK8-WF6-DD40 · DOB 01/09/1941 · SOC " + us(soc))
    b.p("Plan of Care — Narrative Format", bold=True, size=14)
    b.p(f"Certification period {us(soc)} to {us(end)}. Start of care {us(soc)}.", italic=True)
    b.p("Patient", bold=True)
    b.p("Cornelius A. Fitch, date of birth 01/09/1941, Medicare beneficiary identifier 3RK8-WF6-DD40, lives "
        "alone in a two-story home in Tupelo, MS; his niece checks on him daily.")
    b.p("Diagnoses", bold=True)
    b.p("Principal: I50.32 Chronic diastolic (congestive) heart failure. Other: E11.9 Type 2 diabetes mellitus "
        "without complications; R26.81 Unsteadiness on feet.")
    b.p("Orders", bold=True)
    b.p("Skilled nursing 2w2, 1w6 for cardiopulmonary assessment, medication set-up and teaching, diabetic "
        "monitoring. Physical therapy 2w4 for strengthening, balance and gait training. Home health aide "
        "2w8 for bathing.")
    b.p("Goals", bold=True)
    b.p("The patient's heart failure will be better managed at home. The patient will have improved "
        "endurance and strength. The patient will be safe in his home and will understand his medications. "
        "Rehabilitation potential is good. He will be discharged to self-care when goals are met.")
    b.p("Certification", bold=True)
    b.p("I certify that this patient is confined to the home and needs intermittent skilled nursing and "
        "physical therapy, that he is under my care, and that I authorized the services on this plan of "
        "care.")
    b.p(f"Electronically signed: Wendell Price, DO (NPI {n_md}) — {us(md)}")
    b.save("s27_hha_narrative_vague_goals.docx")
    label("s27_hha_narrative_vague_goals.docx", "medicare-home-health", asof, gaps=[["goal-not-measurable"]],
          codes=["I50.32", "E11.9", "R26.81"],
          notes="Gap: the goals are general aims ('better managed', 'improved endurance and strength', 'safe "
                "in his home', 'understand his medications') with no measure or target level, and there "
                "are no objectives. Narrative plan: every element inside prose paragraphs under short "
                "bold headings; identifiers repeated in the footer.")


def s28():
    """Two-column home-health plan: 89-day certification period and a mistyped physician NPI."""
    soc, end, md, asof = D(2026, 7, 6), D(2026, 10, 3), D(2026, 7, 9), D(2026, 7, 20)
    assert days(soc, end) == 89 > 60 and soc <= md <= asof
    g = D(2026, 8, 28)
    n_bad = bad_npi("155631209")
    assert not npi_ok(n_bad)
    b = B(font="Calibri", size=9.5, margin=0.7, title="Therapy Plan of Care", author="Ozark")
    b.header("Ozark Therapy at Home, LLC · Medicare-certified home health agency · Springfield, MO", align="c")
    b.p("HOME HEALTH THERAPY PLAN OF CARE", bold=True, size=12, align="c")
    b.table([
        ["Patient: Opal R. Winkler", "DOB: 03/15/1944", "Medicare: 1DV5-PK3-WM88"],
        [f"SOC: {us(soc)}", f"Certification: {us(soc)} – {us(end)}", "Agency MR: OTH-2290"],
    ], size=9)
    b.columns(2)
    b.p("DIAGNOSES", bold=True)
    b.p("S72.001D Fracture of unspecified part of neck of right femur, subsequent encounter for closed "
        "fracture with routine healing (primary)")
    b.p("Z96.641 Presence of right artificial hip joint")
    b.p("HOMEBOUND STATUS", bold=True)
    b.p("Requires walker and the assistance of another person to leave home; leaving home requires a "
        "considerable and taxing effort.")
    b.p("ORDERS", bold=True)
    b.p("PT 3w2, 2w4, 1w2 — gait training, stair training, hip precautions, HEP")
    b.p("OT 2w3 — bathing and lower-body dressing with adaptive equipment")
    b.p("SN 1w2 — medication reconciliation, anticoagulant teaching")
    b.p("GOALS", bold=True)
    b.p(f"Ambulate 200 ft with a single-point cane, modified independent, by {us(g)}.")
    b.p(f"Climb 4 steps with rail and cane, supervision, by {us(g)}.")
    b.p(f"Complete lower-body dressing with reacher and sock aid, independently, by {us(D(2026,7,31))}.")
    b.p(f"State all 3 hip precautions correctly on 2 consecutive visits by {us(D(2026,7,20))}.")
    b.p("PHYSICIAN", bold=True)
    b.p(f"Martin Albrecht, MD\nNPI {n_bad}\nSigned electronically {us(md)}")
    b.p("THERAPIST", bold=True)
    b.p(f"Jacob Lindahl, PT\nSigned {us(soc)}")
    b.save("s28_hha_two_column.docx")
    label("s28_hha_two_column.docx", "medicare-home-health", asof,
          gaps=[["review-interval-exceeded"], ["identifier-invalid"]], codes=["S72.001D", "Z96.641"],
          notes="Two gaps: the certification period runs 89 days (07/06/2026 to 10/03/2026), longer than the "
                "60-day home-health certification/review interval (warning, unverified); and the physician "
                "NPI fails its check digit (warning). Two-column body after a full-width identification "
                "table; signatures as multi-line blocks.")


# ==============================================================================================
# commercial-aba
# ==============================================================================================
def aba_check(plan, start, end, review, assess, asof, diag):
    assert add_months(start, 6) >= end, (start, end)          # period at most 6 months
    assert days(plan, review) <= 184                           # review within 184 days
    assert days(assess, plan) <= 365                           # assessment within a year
    assert diag <= plan and assess <= plan <= asof


def s29():
    """Early-intervention-style ABA program for a toddler; coaching-heavy."""
    plan, start, end, review, asof = D(2026, 1, 5), D(2026, 1, 12), D(2026, 7, 11), D(2026, 6, 22), D(2026, 1, 26)
    vb, vin, dx = D(2025, 12, 8), D(2025, 12, 10), D(2025, 9, 15)
    aba_check(plan, start, end, review, vb, asof, dx)
    n = npi("191274035")
    b = B(font="Century Gothic", size=9.5, title="ABA Treatment Plan", author="Little Steps")
    b.header("Little Steps Early Autism Program · In-home and parent-coaching services for children 18-48 months", align="c")
    b.footer("Little Steps Early Autism Program · 1220 Meridian Ave · Boise, ID · Tax ID 82-0000000 (on file)")
    b.p("Individualized Behavior Treatment Plan — Initial Authorization Request", bold=True, size=13)
    b.table([
        ["Child", "Mateo J. Lindgren-Ochoa", "Date of birth", "03/02/2023 (2 y 10 m)"],
        ["Insurance", "Blue Summit PPO", "Member ID", "BSX448120937"],
        ["Parents", "Sofia Ochoa and Erik Lindgren", "Plan date", us(plan)],
        ["Authorization period requested", f"{us(start)} to {us(end)}", "Supervising BCBA", f"Alana Whitford, MS, BCBA (NPI {n})"],
    ], widths=[1.6, 2.0, 1.3, 1.8], first_col=True, size=9)
    b.p("")
    b.p("Diagnosis", bold=True, size=11)
    b.p(f"F84.0 Autistic disorder (autism spectrum disorder, level 2). Diagnosed {us(dx)} by Hannah Reyes, PhD, "
        "licensed psychologist, Treasure Valley Developmental Clinic (report attached).")
    b.p("Assessments", bold=True, size=11)
    b.table([
        ["Instrument", "Date", "Result"],
        ["VB-MAPP Milestones", us(vb), "Level 1: 9/15 milestones; Level 2: 2/15; Barriers score 28"],
        ["Vineland-3 (parent interview form)", us(vin), "Adaptive Behavior Composite 66; Communication 61; Socialization 64"],
    ], widths=[2.2, 1.0, 3.5], head=True, size=9)
    b.p("")
    b.p("Goals", bold=True, size=11)
    rows = [["Domain", "Goal", "Baseline", "Mastery criterion", "Target date"]]
    rows += [
        ["Communication (manding)", "Mateo will request 15 different items or activities with a word or word approximation, without prompts.", "3 independent mands per 2-hour session", "15 different independent mands across 3 consecutive sessions", "05/29/2026"],
        ["Joint attention", "Mateo will follow an adult's point to an object 3 feet away.", "10% of opportunities", "80% of opportunities across 3 consecutive sessions", "04/24/2026"],
        ["Challenging behavior", "Reduce head-hitting during transitions.", "6.5 episodes per hour (ABC data, 5 sessions)", "0.5 or fewer per hour for 4 consecutive weeks", "06/19/2026"],
        ["Parent coaching", "Parents will use 3 naturalistic teaching strategies (model, wait, expand) during play routines.", "Fidelity 35% (10-minute video probe)", "85% fidelity on 3 consecutive probes with each parent", "05/29/2026"],
    ]
    b.table(rows, widths=[1.2, 2.4, 1.2, 1.3, 0.8], head=True, size=8.5, shade_head="E2EFDA")
    b.p("")
    b.p("Requested services", bold=True, size=11)
    b.table([
        ["CPT", "Service", "Hours per week", "Provider"],
        ["97153", "Adaptive behavior treatment by protocol (RBT, in home)", "20 hours per week", "RBT"],
        ["97155", "Protocol modification by BCBA", "4 hours per week", "BCBA"],
        ["97156", "Family adaptive behavior treatment guidance", "2 hours per week", "BCBA"],
    ], widths=[0.8, 3.2, 1.3, 1.4], head=True, size=9)
    b.p(f"Progress review and plan update: {us(review)} (before the end of the authorization period).")
    b.p("")
    b.p("Signatures", bold=True, size=11)
    b.table([
        ["Supervising BCBA", "Alana Whitford, MS, BCBA", us(plan)],
        ["Parent/guardian", "Sofia Ochoa (mother)", us(D(2026,1,6))],
        ["Parent/guardian", "Erik Lindgren (father)", us(D(2026,1,6))],
    ], widths=[1.8, 3.2, 1.7], first_col=True)
    b.save("s29_aba_early_intervention.docx")
    label("s29_aba_early_intervention.docx", "commercial-aba", asof, codes=["F84.0"],
          notes="Clean. Early-intervention-style ABA plan for a toddler: identification grid, diagnosis "
                "sentence with evaluator and date, two standardized assessments in December 2025, a "
                "five-column goal table (domain/goal/baseline/mastery/target) including parent coaching, "
                "hours per week by CPT code, 6-month period, review in 168 days, BCBA and both parents "
                "signed.")


def s30():
    """School-based ABA: every goal is a classroom goal; no caregiver training."""
    plan, start, end, review, asof = D(2026, 8, 24), D(2026, 8, 31), D(2027, 2, 26), D(2027, 1, 29), D(2026, 9, 8)
    ab, dx = D(2026, 8, 10), D(2022, 4, 5)
    aba_check(plan, start, end, review, ab, asof, dx)
    n = npi("140037262")
    b = B(font="Calibri", size=10, title="School-based ABA plan", author="Keystone")
    b.header("Bridgeway Behavioral Partners · School-Based ABA Services · Contracted with Lakeview Unified School District", align="l")
    b.footer("This clinical plan is separate from the student's IEP. Services are billed to the student's health plan.")
    b.p("ABA Treatment Plan — School Setting", bold=True, size=14)
    b.table([
        ["Student", "Jaylen A. Brooks", "DOB", "05/17/2018"],
        ["Health plan", "Meridian Choice HMO", "Subscriber/member ID", "MCH-30094417-02"],
        ["School / grade", "Lakeview Elementary, grade 3 (general education with resource support)", "Plan date", us(plan)],
        ["Authorization period", f"{us(start)} – {us(end)}", "BCBA", "Darius Kingsley, BCBA"],
    ], widths=[1.4, 2.6, 1.3, 1.4], first_col=True, size=9)
    b.p("")
    b.p(f"Diagnosis: F84.0 Autism spectrum disorder — diagnosed {us(dx)} by Mira Castellanos, MD, developmental-behavioral pediatrician.")
    b.p(f"Assessment: ABLLS-R updated {us(ab)} (classroom routines, social play, and group instruction sections); "
        "functional behavior assessment completed 08/2026 (observation in class and recess).")
    b.p("")
    b.p("Treatment goals", bold=True, size=12)
    goals = [
        ("1. On-task behavior", "Jaylen will stay on task during 20-minute independent work periods.", "38% of 1-minute intervals", "80% of intervals for 5 consecutive school days", "12/18/2026"),
        ("2. Elopement", "Jaylen will remain in the assigned area during transitions.", "4.2 elopements per day", "0 elopements for 10 consecutive school days", "01/22/2027"),
        ("3. Peer interaction", "Jaylen will start a play exchange with a classmate at recess.", "0-1 per recess", "3 or more per recess on 4 of 5 days", "01/22/2027"),
        ("4. Self-advocacy", "Jaylen will ask for a break using his card instead of leaving his seat.", "20% of opportunities", "90% of opportunities across 3 weeks", "12/18/2026"),
    ]
    for head, g, base, mast, tgt in goals:
        b.p(head, bold=True, after=0)
        b.p(g, after=0)
        b.p(f"Baseline: {base}   |   Mastery: {mast}   |   Target: {tgt}", size=9, after=6)
    b.p("Services requested", bold=True, size=12)
    b.p("97153 Adaptive behavior treatment by protocol (RBT in classroom): 15 hours per week")
    b.p("97155 Protocol modification and RBT supervision (BCBA): 3 hours per week")
    b.p(f"Plan review: {us(review)}")
    b.p("")
    b.p(f"BCBA: Darius Kingsley, BCBA (NPI {n})    Signature: D. Kingsley    Date: {us(plan)}")
    b.p(f"Parent/guardian: Tanya Brooks    Signature: Tanya Brooks    Date: {us(D(2026,8,27))}")
    b.save("s30_aba_school_based.docx")
    label("s30_aba_school_based.docx", "commercial-aba", asof, gaps=[["caregiver-goal-missing"]], codes=["F84.0"],
          notes="Gap: all four goals are classroom goals; no goal or objective has a parent or caregiver "
                "learning a procedure (and no 97156 is requested). School-based contractor layout: goals as "
                "paragraph blocks with a one-line 'Baseline | Mastery | Target' strip under each.")


def s31():
    """Bilingual ABA plan for a Spanish-speaking family."""
    plan, start, end, review, asof = D(2026, 3, 16), D(2026, 3, 23), D(2026, 9, 22), D(2026, 9, 4), D(2026, 4, 6)
    vb, dx = D(2026, 2, 27), D(2025, 11, 3)
    aba_check(plan, start, end, review, vb, asof, dx)
    n = npi("132280591")
    b = B(font="Calibri", size=9.5, title="Plan de tratamiento ABA", author="Puentes")
    b.header("Puentes Behavioral Services · Servicios bilingües de ABA / Bilingual ABA services · El Paso, TX", align="c")
    b.p("PLAN DE TRATAMIENTO ABA / ABA TREATMENT PLAN", bold=True, size=12, align="c")
    b.table([
        ["Nombre del niño / Child's name:", "Valentina Ríos Carrasco", "Fecha de nacimiento / DOB:", f"{es(D(2020,7,14))} (07/14/2020)"],
        ["Aseguradora / Health plan:", "Lone Star Family Health Plan", "No. de miembro / Member ID:", "LSF-7730418-01"],
        ["Fecha del plan / Plan date:", f"{es(plan)} ({us(plan)})", "Período de autorización / Authorization period:", f"{us(start)} – {us(end)}"],
    ], widths=[1.6, 1.8, 1.7, 1.6], size=9)
    b.p("")
    b.p(f"Diagnóstico / Diagnosis: F84.0 Trastorno autista / Autistic disorder. Diagnosticado por / Diagnosed by: "
        f"Dr. Ernesto Villalobos, PhD, psicólogo licenciado / licensed psychologist, el {es(dx)} ({us(dx)}).")
    b.p(f"Evaluación estandarizada / Standardized assessment: VB-MAPP, {es(vb)} ({us(vb)}) — Nivel 1 / Level 1: 13/15; "
        "Nivel 2 / Level 2: 5/15; Barreras / Barriers: 22. Vineland-3 ABC 70 (same week).")
    b.p("")
    b.p("Metas / Goals", bold=True)
    b.table([
        ["Meta / Goal", "Línea base / Baseline", "Criterio de dominio / Mastery", "Fecha meta / Target"],
        ["Valentina pedirá ayuda con una frase de 2 palabras (español o inglés). / Valentina will ask for help with a 2-word phrase (Spanish or English).",
         "2 de 10 oportunidades / 2 of 10", "9 de 10 oportunidades en 3 sesiones seguidas / 9 of 10 across 3 consecutive sessions", us(D(2026, 7, 31))],
        ["Reducir las rabietas de más de 5 minutos. / Reduce tantrums lasting over 5 minutes.",
         "8 por semana / 8 per week", "1 o menos por semana durante 4 semanas / 1 or fewer per week for 4 weeks", us(D(2026, 8, 28))],
        ["Se lavará las manos siguiendo los 6 pasos de forma independiente. / Will wash hands completing all 6 steps independently.",
         "2 de 6 pasos / 2 of 6 steps", "6 de 6 pasos en 5 días seguidos / 6 of 6 steps on 5 consecutive days", us(D(2026, 6, 26))],
        ["Capacitación de padres: la madre usará la economía de fichas durante la tarea. / Parent training: mother will use the token board during homework.",
         "Fidelidad 30% / 30% fidelity", "90% de fidelidad en 3 observaciones / 90% fidelity on 3 observations", us(D(2026, 6, 26))],
    ], widths=[2.9, 1.2, 1.8, 0.8], head=True, size=8.5)
    b.p("")
    b.p("Servicios solicitados / Requested services", bold=True)
    b.p("97153 Tratamiento por protocolo (técnico RBT) / treatment by protocol (RBT): 18 horas por semana / 18 hours per week")
    b.p("97155 Modificación de protocolo (BCBA) / protocol modification (BCBA): 3 horas por semana / 3 hours per week")
    b.p("97156 Orientación a la familia / family guidance (BCBA): 1.5 horas por semana / 1.5 hours per week")
    b.p(f"Revisión del plan / Plan review: {es(review)} ({us(review)})")
    b.p("")
    b.table([
        ["Firma / Signature", "Fecha / Date"],
        [f"BCBA: Yesenia Calderón, M.Ed., BCBA, LBA (NPI {n})", us(plan)],
        ["Padre/Madre/Tutor legal / Parent/Guardian: Marisela Carrasco (madre / mother)", es(D(2026, 3, 18))],
    ], widths=[5.0, 1.7], head=True)
    b.save("s31_aba_bilingual.docx")
    label("s31_aba_bilingual.docx", "commercial-aba", asof, codes=["F84.0"],
          notes="Clean. Bilingual Spanish/English ABA plan: bilingual labels and goal text in one cell, Spanish "
                "long dates beside numeric ones (the parent's signature date is written only in Spanish), "
                "goal table with baseline/mastery/target columns including a parent-training goal, hours per "
                "week per CPT code.")


def s32():
    """ABA plan in a content-control form; one goal's baseline not yet collected."""
    plan, start, end, review, asof = D(2026, 5, 11), D(2026, 5, 18), D(2026, 11, 17), D(2026, 11, 2), D(2026, 5, 26)
    ab, dx = D(2026, 4, 20), D(2026, 1, 22)
    aba_check(plan, start, end, review, ab, asof, dx)
    n = npi("127760413")
    b = B(font="Calibri", size=10, title="ABA Plan", author="Horizon")
    b.header("Horizon ABA Collaborative · Form HA-TP (fillable)", align="r")
    b.p("Behavior Treatment Plan", bold=True, size=14)
    for lab, val in [("Client:", "Noah E. Brandvold"), ("Date of birth:", "11/30/2019"), ("Member ID:", "UHX90417735"),
                     ("Payer:", "Great Plains Health Alliance"), ("Plan date:", us(plan)),
                     ("Requested authorization:", f"{us(start)} through {us(end)}"),
                     ("Diagnosis:", "F84.0 Autistic disorder"),
                     ("Diagnosing clinician and date:", f"Laura Pettibone, PsyD, {us(dx)}"),
                     ("Assessment:", f"AFLS Basic Living Skills and Vineland-3, {us(ab)} (Vineland ABC 72)")]:
        sdt_field(b, lab, val)
    b.p("")
    b.p("Treatment goals", bold=True, size=12)
    gl = [
        ("Goal 1 (Daily living):", "Noah will complete the 8-step toothbrushing routine independently.", "3 of 8 steps independent (task analysis, 5 probes)", "8 of 8 steps independently on 5 consecutive days", "09/25/2026"),
        ("Goal 2 (Safety):", "Noah will stop and wait at the curb when told 'stop' in the parking lot.", "To be established during the first two weeks of treatment", "100% of opportunities across 10 consecutive outings", "10/23/2026"),
        ("Goal 3 (Communication):", "Noah will answer 'wh' questions about a short story.", "25% correct", "80% correct across 3 consecutive sessions", "10/23/2026"),
        ("Goal 4 (Caregiver training):", "Caregivers will run the toothbrushing task analysis with correct prompting.", "40% fidelity", "90% fidelity on 3 consecutive observations", "08/28/2026"),
    ]
    for lab, st, base, mast, tgt in gl:
        sdt_field(b, lab, st)
        sdt_field(b, "    Baseline:", base, "Baseline")
        sdt_field(b, "    Mastery criteria:", mast, "Mastery")
        sdt_field(b, "    Target date:", tgt, "Target")
    b.p("")
    b.p("Requested hours", bold=True, size=12)
    sdt_field(b, "97153 (RBT direct):", "12 hours per week")
    sdt_field(b, "97155 (BCBA protocol modification):", "2 hours per week")
    sdt_field(b, "97156 (caregiver guidance):", "1 hour per week")
    sdt_field(b, "Next review:", us(review))
    b.p("")
    sdt_field(b, "BCBA signature/date:", f"Electronically signed — Chelsea Van Wyk, BCBA (NPI {n}) — {us(plan)}")
    sdt_field(b, "Parent/guardian signature/date:", f"Kristin Brandvold — {us(D(2026,5,13))}")
    b.save("s32_aba_content_controls.docx")
    label("s32_aba_content_controls.docx", "commercial-aba", asof, gaps=[["baseline-missing"]], codes=["F84.0"],
          notes="Gap: Goal 2 (safety) has no baseline ('To be established during the first two weeks of "
                "treatment'). Fillable form: every value in an inline content control after a bold label, "
                "goal details as indented label lines.")


def s33():
    """Continuation request: the only standardized assessment is 13 months old; no review date."""
    plan, start, asof = D(2026, 3, 2), D(2026, 3, 9), D(2026, 3, 23)
    vb, dx, fba, pref = D(2025, 1, 20), D(2023, 6, 12), D(2026, 2, 10), D(2026, 2, 16)
    assert days(vb, plan) == 406 > 365
    n = npi("118843092")
    b = B(font="Arial", size=9.5, title="Reauthorization", author="Coastal")
    b.header("Coastal Pathways Autism Services · Reauthorization Request", align="l")
    b.footer("Reauthorization #3 · Member: Elijah T. Moreau · ID CPH-55120984")
    b.p("Treatment Plan Update — Request for Continued ABA Services", bold=True, size=13)
    b.table([
        ["Member", "Elijah T. Moreau", "DOB", "09/09/2017"],
        ["Member ID", "CPH-55120984", "Plan", "Coastal Pines Health PPO"],
        ["Plan date", us(plan), "Requested start", us(start)],
        ["Requested duration", "6 months", "BCBA", f"Renée Thibodeaux, BCBA (NPI {n})"],
    ], widths=[1.5, 2.0, 1.3, 1.9], first_col=True)
    b.p("")
    b.p("Diagnostic information", bold=True)
    b.p(f"F84.0 Autistic disorder; diagnosed {us(dx)} by Gerard Fontenot, PhD, licensed psychologist.")
    b.p("Assessment summary", bold=True)
    b.table([
        ["Assessment", "Date", "Summary"],
        ["VB-MAPP (Milestones, Barriers, Transition)", us(vb), "Milestones 118/170; Barriers 19; Transition 41"],
        ["Functional behavior assessment (interview, ABC observation)", us(fba), "Aggression maintained by escape from demands"],
        ["Preference assessment (MSWO)", us(pref), "Top items: tablet, trampoline, gummy snacks"],
    ], widths=[2.6, 1.0, 3.1], head=True, size=9)
    b.p("")
    b.p("Progress and continued goals", bold=True)
    b.table([
        ["Target", "Baseline (03/2025)", "Current (02/2026)", "Mastery criterion", "Target date"],
        ["Aggression (hits, kicks) during demands", "9 per hour", "3.1 per hour", "Under 0.5 per hour for 4 consecutive weeks", "08/28/2026"],
        ["Completes 10-minute independent seatwork", "2 minutes", "6 minutes", "10 minutes on 4 of 5 days for 2 weeks", "07/31/2026"],
        ["Conversational turns with a peer", "1 turn", "3 turns", "5 turns in 4 of 5 opportunities", "08/28/2026"],
        ["Parent training: father uses escape extinction with demand fading", "45% fidelity", "70% fidelity", "90% fidelity on 3 consecutive sessions", "06/26/2026"],
    ], widths=[2.1, 1.0, 1.0, 1.8, 0.8], head=True, size=8.5)
    b.p("")
    b.p("Requested services (per week)", bold=True)
    b.p("97153 — 25 hours per week;  97155 — 5 hours per week;  97156 — 2 hours per week")
    b.p("")
    b.p(f"BCBA: Renée Thibodeaux, BCBA — signed {us(plan)}")
    b.p(f"Parent/guardian: Luc Moreau (father) — signed {us(D(2026,3,4))}")
    b.save("s33_aba_reauth_old_assessment.docx")
    label("s33_aba_reauth_old_assessment.docx", "commercial-aba", asof,
          gaps=[["assessment-outdated"], ["review-date-missing"]], codes=["F84.0"],
          unsure=["review-interval-exceeded"],
          notes="Two gaps: the only standardized assessment is the VB-MAPP of 01/20/2025, 406 days before the "
                "plan (the February 2026 FBA and preference assessment are not standardized instruments; "
                "assessment-outdated is a warning), and the plan gives no date for the next review (only a "
                "6-month requested duration; review-interval-exceeded left out as unsure, since with no review "
                "date the interval cannot be judged). Reauthorization layout with baseline/current columns.")


def s34():
    """ABA request for a child whose only diagnosis is a language disorder."""
    plan, start, end, review, asof = D(2026, 2, 9), D(2026, 2, 16), D(2026, 8, 14), D(2026, 7, 27), D(2026, 2, 23)
    vb, dx = D(2026, 1, 21), D(2025, 10, 14)
    aba_check(plan, start, end, review, vb, asof, dx)
    n = npi("196628407")
    b = B(font="Calibri", size=10, title="ABA plan", author="Evergreen")
    b.header("Evergreen Child Development Center · Applied Behavior Analysis", align="c")
    b.p("ABA Treatment Plan and Authorization Request", bold=True, size=13, align="c")
    b.p(f"Child: Owen P. Szymanski          DOB: 04/22/2021          Member ID: NWH-22018736")
    b.p(f"Health plan: Northwest Health Partners          Plan date: {us(plan)}")
    b.p(f"Authorization period: {us(start)} – {us(end)}          Next review: {us(review)}")
    b.p("")
    b.p("Diagnoses", bold=True)
    b.table([
        ["Code", "Description", "Diagnosed by / date"],
        ["F80.2", "Mixed receptive-expressive language disorder (primary)", f"Carla Mendes, MS, CCC-SLP / {us(dx)}"],
        ["F88", "Other disorders of psychological development", f"Carla Mendes, MS, CCC-SLP / {us(dx)}"],
    ], widths=[0.8, 3.6, 2.3], head=True)
    b.p("Autism diagnostic evaluation is scheduled with the developmental pediatrics clinic (waitlist, est. 05/2026).", italic=True, size=9)
    b.p("")
    b.p(f"Assessment: VB-MAPP administered {us(vb)} — Milestones 34; Barriers 31. ABAS-3 GAC 69 (same date).")
    b.p("")
    b.p("Goals", bold=True)
    gl = [
        ("1", "Owen will follow 1-step directions without gestures.", "30% of trials", "80% across 3 consecutive sessions", "06/12/2026"),
        ("2", "Owen will label 20 common objects.", "4 objects", "20 objects at 90% accuracy across 2 sessions", "07/10/2026"),
        ("3", "Owen will tolerate waiting up to 2 minutes for a preferred item without crying.", "10 seconds", "2 minutes on 4 of 5 trials for 3 sessions", "07/10/2026"),
        ("4", "Parents will use first-then language and a visual timer during daily routines.", "20% fidelity", "85% fidelity on 3 observations", "05/29/2026"),
    ]
    b.table([["#", "Goal", "Baseline", "Mastery", "Target date"]] + [list(x) for x in gl],
            widths=[0.3, 3.0, 1.1, 1.5, 0.8], head=True, size=9)
    b.p("")
    b.p("Services: 97153 — 15 hours per week; 97155 — 3 hours per week; 97156 — 1 hour per week.")
    b.p("")
    b.p(f"Supervising BCBA: Priyanka Deshmukh, BCBA (NPI {n})   Signature: P. Deshmukh   Date: {us(plan)}")
    b.p(f"Parent/Guardian: Anna Szymanski   Signature: Anna Szymanski   Date: {us(plan)}")
    b.save("s34_aba_language_dx.docx")
    label("s34_aba_language_dx.docx", "commercial-aba", asof, gaps=[["diagnosis-not-covered"]],
          codes=["F80.2", "F88"],
          notes="Gap: the primary (and every) diagnosis is a language/developmental disorder (F80.2, F88), not "
                "autism spectrum disorder F84.x; an ASD evaluation is only scheduled. Otherwise complete. "
                "Diagnosis table with a 'diagnosed by / date' column; goal table.")


def s35():
    """ABA plan with a 9-month authorization period; landscape grid with nested data tables."""
    plan, start, end, review, asof = D(2026, 1, 12), D(2026, 1, 19), D(2026, 10, 18), D(2026, 7, 6), D(2026, 2, 2)
    vb, dx = D(2025, 12, 15), D(2024, 8, 30)
    assert add_months(start, 6) < end and days(plan, review) <= 184
    n = npi("113355208")
    b = B(font="Arial", size=8.5, landscape=True, margin=0.6, title="ABA TP", author="Summit")
    b.header("Summit Behavioral Health Partners · ABA Department · Denver, CO  |  Client: Ava M. Richter  |  DOB 06/06/2016  |  Member ID RMH-8830127", align="l")
    b.p("Comprehensive ABA Treatment Plan", bold=True, size=13)
    b.p(f"Plan date: {us(plan)}   ·   Authorization period: {us(start)} through {us(end)}   ·   Mid-period review: {us(review)}   ·   "
        "Payer: Rocky Mountain Health Choice", size=9)
    b.p(f"Diagnosis: F84.0 Autistic disorder — diagnosed {us(dx)} by Samuel Yoon, MD (child psychiatrist).   "
        f"Assessment: Vineland-3 {us(vb)} (ABC 74); VB-MAPP {us(vb)} (Milestones 131).", size=9)
    b.p("")
    t = b.table([["Goal area", "Goal", "Data", "Mastery criterion", "Target date"]] + [[""] * 5 for _ in range(4)],
                widths=[1.3, 3.2, 2.4, 1.8, 1.0], head=True, shade_head="FCE4D6", size=8.5)
    goals = [
        ("Social", "Ava will join a peer game and follow its rules for 10 minutes.", [("Baseline", "2 min"), ("Last probe", "3 min")], "10 min in 4 of 5 opportunities", "07/31/2026"),
        ("Emotional regulation", "Ava will use a calming strategy when told 'no' instead of screaming.", [("Baseline", "15% of episodes"), ("Last probe", "20%")], "80% of episodes for 3 weeks", "09/25/2026"),
        ("Self-care", "Ava will pack her school bag using a picture checklist.", [("Baseline", "3 of 9 steps"), ("Last probe", "4 of 9")], "9 of 9 steps on 5 consecutive days", "05/29/2026"),
        ("Caregiver training", "Parents will deliver behavior-specific praise at a 4:1 ratio during homework.", [("Baseline", "1:2 ratio"), ("Last probe", "1:1")], "4:1 ratio on 3 consecutive home observations", "06/26/2026"),
    ]
    for i, (area, g, data, mast, tgt) in enumerate(goals, start=1):
        t.cell(i, 0).text = area
        t.cell(i, 1).text = g
        c = t.cell(i, 2)
        c.text = ""
        nt = c.add_table(rows=len(data), cols=2)
        nt.style = b.doc.styles["Table Grid"]
        for k, (a, v) in enumerate(data):
            nt.cell(k, 0).text = a
            nt.cell(k, 1).text = v
        t.cell(i, 3).text = mast
        t.cell(i, 4).text = tgt
    b.p("")
    b.table([
        ["CPT", "Service", "Hours/week"],
        ["97153", "Adaptive behavior treatment by protocol", "22"],
        ["97155", "Adaptive behavior treatment with protocol modification", "4"],
        ["97156", "Family adaptive behavior treatment guidance", "2"],
    ], widths=[0.8, 4.0, 1.2], head=True)
    b.p("")
    b.table([["BCBA signature", "Date", "Parent/guardian signature", "Date"],
             [f"Marisa Oyelaran-Cho, BCBA (NPI {n})", us(plan), "Daniel Richter (father)", us(D(2026, 1, 14))]],
            widths=[3.0, 1.0, 3.0, 1.0], head=True)
    b.save("s35_aba_nine_month_period.docx")
    label("s35_aba_nine_month_period.docx", "commercial-aba", asof, gaps=[["duration-exceeds-limit"]],
          codes=["F84.0"],
          notes="Gap: the authorization period runs 01/19/2026 to 10/18/2026 (9 months; limit 6 months). The "
                "mid-period review on 07/06/2026 is within 184 days of the plan, so the review interval is "
                "met. Landscape layout; identifiers only in the page header; goal grid whose 'Data' cells "
                "hold nested baseline/last-probe tables.")


def s36():
    """Native YAML: units for the period instead of hours per week; one goal without a target date."""
    plan, start, end, review, asof = D(2026, 4, 13), D(2026, 4, 20), D(2026, 10, 19), D(2026, 10, 5), D(2026, 4, 27)
    ab, dx = D(2026, 3, 30), D(2025, 2, 11)
    aba_check(plan, start, end, review, ab, asof, dx)
    n = npi("184402179")
    y = f"""schema: authcheck-plan/1
# Exported from Tidewater ABA scheduling system (plan builder), then hand-edited by the BCBA.
patient:
  name: Isaiah K. Montgomery
  birth_date: "2018-12-03"
  member_id: "TWH-004418273"
payer: Tidewater Health Plan (commercial)
program: Home and clinic ABA
discipline: aba
providers:
  - {{name: Rachel Ambrose, credential: BCBA, npi: "{n}", role: supervising BCBA, organization: Tidewater ABA Partners}}
plan_date: "{plan.isoformat()}"
period: {{start: "{start.isoformat()}", end: "{end.isoformat()}"}}
diagnoses:
  - code: F84.0
    description: Autistic disorder
    primary: true
    diagnosed_by: Monica Whitlow, PhD, licensed psychologist
    diagnosed_on: "{dx.isoformat()}"
assessments:
  - instrument: Vineland-3
    date: "{ab.isoformat()}"
    scores: {{Adaptive Behavior Composite: "71", Communication: "68"}}
    administered_by: Rachel Ambrose, BCBA
problems:
  - statement: Limited functional communication
    goals:
      - label: Goal 1
        domain: Communication
        statement: Isaiah will use his speech-generating device to request breaks and help.
        baseline: 1 independent request per session
        mastery_criteria: 10 independent requests per session across 3 consecutive sessions
        target_date: "2026-08-14"
  - statement: Elopement from the home and classroom
    goals:
      - label: Goal 2
        domain: Safety
        statement: Isaiah will stay within the designated area when a door is opened.
        baseline: 5 elopement attempts per day
        mastery_criteria: 0 attempts for 15 consecutive days
  - statement: Caregiver skill building
    goals:
      - label: Goal 3
        domain: Caregiver training
        statement: Grandmother will implement the functional communication training protocol during dinner routines.
        baseline: 25% fidelity
        mastery_criteria: 90% fidelity across 3 consecutive observations
        target_date: "2026-07-31"
services:
  - {{code: "97153", description: Adaptive behavior treatment by protocol, units: 1560}}
  - {{code: "97155", description: Protocol modification by BCBA, units: 312}}
  - {{code: "97156", description: Family adaptive behavior treatment guidance, units: 104}}
reviews:
  - {{kind: review, date: "{review.isoformat()}", completed: false}}
signatures:
  - {{role: clinician, name: Rachel Ambrose, credential: BCBA, npi: "{n}", date: "{plan.isoformat()}", method: electronic}}
  - {{role: guardian, name: Bernice Montgomery, date: "{D(2026, 4, 15).isoformat()}", method: handwritten}}
"""
    write_text("s36_aba_native.yaml", y)
    label("s36_aba_native.yaml", "commercial-aba", asof,
          gaps=[["amount-missing"], ["goal-not-time-bound"]], codes=["F84.0"],
          notes="Two gaps: the services give only units for the whole authorization period, never hours per "
                "week (amount-missing is a warning), and Goal 2 (safety) has no target date or time frame. "
                "Native authcheck YAML exported from a scheduling system.")


# ==============================================================================================
# base-treatment-plan + state licensure profiles
# ==============================================================================================
def s37():
    """University psychology training clinic (PA licensed outpatient clinic): trainee + supervisor."""
    intake, plan, asof = D(2026, 1, 20), D(2026, 2, 10), D(2026, 2, 24)
    assert days(intake, plan) <= 30
    t1, end = D(2026, 4, 24), D(2026, 5, 8)
    b = B(font="Times New Roman", size=11, title="Treatment Plan", author="KUPSC")
    b.header("Keystone University Psychological Services Center\nTraining clinic of the Department of Psychology · Licensed psychiatric outpatient clinic", align="c", size=8)
    b.footer("KUPSC is a training clinic: services are provided by graduate trainees under the supervision of licensed psychologists.")
    b.p("TREATMENT PLAN", bold=True, size=13, align="c")
    b.table([
        ["Client", "Priya N. Venkataraman", "Case #", "KU-26-0117"],
        ["Date of birth", "08/19/2004", "Student health insurance member ID", "AHP-771204956"],
        ["Intake date", us(intake), "Treatment plan date", us(plan)],
        ["Trainee therapist", "Owen Park, M.S. (doctoral student)", "Supervising psychologist", "Helen Marsh, PhD (PA license PS-018822)"],
    ], widths=[1.3, 2.1, 1.7, 1.6], first_col=True, size=10)
    b.p("")
    b.p("Diagnosis: F40.10 Social anxiety disorder (social phobia), unspecified")
    b.p("")
    b.p("Goal 1. Priya will speak up in class and in her lab group despite anxiety.", bold=True)
    b.p(f"   Objective 1a. Ask or answer at least one question in each of her two seminars per week by {us(t1)}.")
    b.p(f"   Objective 1b. Reduce her Social Phobia Inventory (SPIN) score from 44 to 25 or lower by {us(t1)}.")
    b.p("Goal 2. Priya will reduce avoidance of social events.", bold=True)
    b.p(f"   Objective 2a. Attend at least 2 social events per month (club, dinner with peers) by {us(t1)}, per weekly log.")
    b.p("")
    b.p("Treatment modalities: individual CBT for social anxiety (Clark & Wells model), 50-minute sessions weekly; "
        "optional social anxiety group (90853), 90 minutes weekly, from March.")
    b.p(f"Expected duration: through the end of the spring semester, {us(end)} (about 13 weeks); review at that time.")
    b.p("")
    b.table([
        ["Signature", "Role", "Date"],
        ["Priya N. Venkataraman", "Client", us(plan)],
        ["Owen Park, M.S.", "Trainee therapist (supervised worker)", us(plan)],
        ["Helen Marsh, PhD", "Supervising licensed psychologist", us(D(2026, 2, 11))],
        ["Victor Ansah, MD", "Consulting psychiatrist — plan approved", us(D(2026, 2, 12))],
    ], widths=[2.4, 2.9, 1.4], head=True)
    b.save("s37_pa_univ_training_clinic.docx")
    label("s37_pa_univ_training_clinic.docx", "base-treatment-plan", asof, states=["pa-55-5200"],
          codes=["F40.10"],
          notes="Clean (baseline + Pennsylvania 5200). University training clinic: trainee therapist, "
                "supervising psychologist and consulting psychiatrist all sign; plan 21 days after intake; "
                "student-health-insurance member ID; indented objectives under bold goals.")


def s38():
    """School-based satellite of a PA outpatient clinic; youth and parent lines left blank."""
    intake, plan, asof = D(2026, 9, 2), D(2026, 9, 23), D(2026, 10, 5)
    assert days(intake, plan) <= 30
    t = D(2026, 12, 18)
    b = B(font="Arial", size=10, title="School-Based Treatment Plan", author="Lehigh")
    b.header("Lehigh Hills Family Counseling — School-Based Outpatient Satellite at Northampton Middle School", align="c", size=8)
    b.footer("Licensed outpatient psychiatric clinic satellite · Services during the school day with parental consent")
    b.p("School-Based Outpatient Treatment Plan", bold=True, size=13)
    b.table([
        ["Student", "Caleb J. Mertz", "Grade", "8"],
        ["DOB", "01/27/2012", "Medical Assistance ID", "9102774356"],
        ["Intake", us(intake), "Plan date", us(plan)],
        ["Therapist", "Brianna Scholl, LCSW", "Parent/guardian", "Deborah Mertz (mother)"],
    ], widths=[1.3, 2.4, 1.3, 1.7], first_col=True)
    b.p("")
    b.p("Diagnosis: F90.2 Attention-deficit hyperactivity disorder, combined type; F43.22 Adjustment disorder with anxiety")
    b.p("")
    b.table([
        ["Goal", "Objectives", "By"],
        ["Caleb will manage frustration at school without leaving class.",
         "a) Leave class without permission no more than 1 time per week (teacher tracking sheet).\nb) Use the break pass appropriately in 4 of 5 opportunities.", us(t)],
        ["Caleb will turn in his assignments.",
         "a) Turn in at least 80% of assignments each week, per the online gradebook.", us(t)],
    ], widths=[2.2, 3.7, 0.8], head=True)
    b.p("")
    b.p("Modalities: individual psychotherapy at school, 45 minutes, weekly; family session 60 minutes monthly (evening, clinic office); "
        "consultation with school counselor.")
    b.p("Expected duration of treatment: school year 2026-27 (through 06/11/2027), reviewed every 90 days.")
    b.p("")
    b.table([
        ["Signature", "Date"],
        ["Youth (14 and over): ______________________", "________"],
        ["Parent/guardian: ______________________", "________"],
        ["Therapist: Brianna Scholl, LCSW", us(plan)],
        ["Psychiatrist approval: Tobias Renner, MD", us(D(2026, 9, 25))],
    ], widths=[4.7, 2.0], head=True)
    b.p("If the youth or parent/guardian is unable or unwilling to sign, document the reason here: ______________________", italic=True, size=9)
    b.save("s38_pa_school_based_unsigned.docx")
    label("s38_pa_school_based_unsigned.docx", "base-treatment-plan", asof, states=["pa-55-5200"],
          gaps=[["signature-missing"]], codes=["F90.2", "F43.22"],
          notes="Gap: neither the 14-year-old nor the parent/guardian signed; both lines and the 'reason "
                "not signed' line are blank (therapist and psychiatrist signed). School-based satellite "
                "layout with goal/objective table.")


def s39():
    """OASAS inpatient rehabilitation plan."""
    adm, plan, md, asof = D(2026, 3, 2), D(2026, 3, 6), D(2026, 3, 9), D(2026, 3, 16)
    assert days(adm, plan) <= 7 and days(adm, md) <= 10
    t = D(2026, 3, 27)
    n = npi("162201358")
    b = B(font="Calibri", size=10, title="Treatment Plan", author="Hudson")
    b.header("Hudson Highlands Recovery Center · OASAS-certified Inpatient Rehabilitation · Operating Certificate 51-0293", align="l", size=8)
    b.footer("Confidential: 42 CFR Part 2 protected record. Re-disclosure prohibited.")
    b.p("COMPREHENSIVE TREATMENT/RECOVERY PLAN", bold=True, size=13)
    b.table([
        ["Patient", "Dominic R. Ferraro", "Admission date", us(adm)],
        ["Date of birth", "10/04/1988", "Medicaid CIN", "KT48213Q"],
        ["Plan date", us(plan), "Primary counselor", "Jessica Amato, CASAC"],
    ], widths=[1.4, 2.1, 1.4, 1.8], first_col=True)
    b.p("")
    b.p("Diagnoses", bold=True)
    b.p("F10.20 Alcohol dependence, uncomplicated (primary)\nF12.20 Cannabis dependence, uncomplicated\nF32.A Depression, unspecified")
    b.p("Problem areas, goals and methods", bold=True)
    probs = [
        ("Alcohol use", "Dominic will develop a relapse prevention plan he can use after discharge.",
         f"Write a relapse prevention plan naming 5 triggers and a coping response for each, reviewed with counselor by {us(t)}.",
         "Individual counseling 2x/week; relapse prevention group daily; MAT evaluation (naltrexone) by physician"),
        ("Depressed mood", "Dominic will report improved mood.",
         f"PHQ-9 from 16 to below 10 by {us(t)}.",
         "Psychiatric evaluation; CBT skills group 3x/week"),
        ("Family/social", "Dominic will identify sober supports.",
         f"Attend 3 mutual-help meetings per week while in residence and name 2 sober supports by {us(t)}.",
         "Family session 1x during stay; on-site AA/SMART meetings"),
    ]
    b.table([["Problem", "Goal", "Objective", "Methods / approaches"]] + [list(p) for p in probs],
            widths=[1.1, 1.8, 2.2, 1.6], head=True, size=9)
    b.p("")
    b.p("Anticipated length of stay: 21-28 days. Discharge planning begins at admission.")
    b.p("")
    b.p("Signatures", bold=True)
    b.p(f"Responsible clinical staff member: Jessica Amato, CASAC — {us(plan)}")
    b.p(f"Patient: Dominic R. Ferraro — {us(plan)}")
    b.p(f"Physician review: I have reviewed this treatment plan. — Lorraine Bastien, MD (NPI {n}) — {us(md)}")
    b.save("s39_ny_inpatient_rehab.docx")
    label("s39_ny_inpatient_rehab.docx", "base-treatment-plan", asof, states=["ny-oasas-818"],
          codes=["F10.20", "F12.20", "F32.A"],
          notes="Clean (baseline + New York OASAS 818). Plan 4 days after admission, physician review 7 days "
                "after admission; problem/goal/objective/method grid; Medicaid CIN as the member ID.")


def s40():
    """OASAS inpatient rehab, re-typed check-box form; physician signed on day 14."""
    adm, plan, md, asof = D(2026, 5, 11), D(2026, 5, 15), D(2026, 5, 25), D(2026, 6, 1)
    assert days(adm, plan) <= 7 and days(adm, md) == 14 > 10
    t = D(2026, 6, 5)
    b = B(font="Arial", size=9.5, title="TX PLAN", author="records")
    b.p("ST. KATERI RECOVERY SERVICES — INPATIENT REHABILITATION", bold=True, align="c")
    b.p("INDIVIDUAL TREATMENT PLAN", bold=True, align="c")
    b.p(f"Name: Tyrell M. Greene        DOB: 02/14/1979        Medicaid CIN: MR77102B")
    b.p(f"Admit date: {us(adm)}        Plan date: {us(plan)}        Unit: 3 West")
    b.p("")
    b.p("Diagnoses (ICD-10-CM):  [x] F11.20 Opioid dependence, uncomplicated   [x] F14.20 Cocaine dependence, uncomplicated   [ ] F10.20   [ ] F12.20")
    b.p("")
    b.p("PROBLEM 1: Opioid use with 2 overdoses in the past year", bold=True)
    b.p(f"Goal: Begin medication for opioid use disorder and leave with a community MOUD appointment.")
    b.p(f"Objective: Accept buprenorphine induction and have a confirmed outpatient appointment before discharge (by {us(t)}).")
    b.p("Methods: [x] Individual counseling   [x] Group counseling   [x] MAT   [ ] Vocational   [x] Naloxone training")
    b.p("PROBLEM 2: Cocaine use / craving", bold=True)
    b.p("Goal: Learn and use skills to manage cravings.")
    b.p(f"Objective: Rate cravings 3/10 or less on the daily scale for 7 consecutive days by {us(t)}.")
    b.p("Methods: [x] CBT group   [ ] Contingency management   [x] Individual counseling")
    b.p("")
    b.p("Length of stay (est.): 28 days")
    b.p("")
    b.p(f"Primary counselor: Megan O'Rourke, CASAC-T        Signed: M. O'Rourke        Date: {us(plan)}")
    b.p(f"Patient: Tyrell M. Greene        Signed: T Greene        Date: {us(plan)}")
    b.p(f"Physician: Sergei Volkov, DO        Signed: S. Volkov DO        Date: {us(md)}")
    b.save("s40_ny_checkbox_late_md.docx")
    label("s40_ny_checkbox_late_md.docx", "base-treatment-plan", asof, states=["ny-oasas-818"],
          gaps=[["signature-late"]], codes=["F11.20", "F14.20"],
          notes="Gap: the physician signed on 05/25/2026, 14 days after the 05/11/2026 admission (OASAS "
                "allows 10). Re-typed paper form with [x]/[ ] boxes for diagnoses and methods; the "
                "unchecked F10.20/F12.20 are not diagnoses of this patient.")


def s41():
    """Florida residential level 2 treatment plan."""
    adm, plan, qp, asof = D(2026, 4, 1), D(2026, 4, 13), D(2026, 4, 17), D(2026, 4, 27)
    assert days(adm, plan) <= 15 and days(plan, qp) <= 10
    t1, t2 = D(2026, 5, 11), D(2026, 6, 8)
    b = B(font="Calibri", size=10, title="Treatment Plan", author="Gulf")
    b.header("Gulf Breeze Recovery Residence, Inc. · DCF License #RS-4471 · Pensacola, FL", align="c", size=8)
    b.p("INDIVIDUALIZED TREATMENT PLAN", bold=True, size=13, align="c")
    b.table([
        ["Individual", "Shawna L. Pettigrew", "DOB", "07/30/1991"],
        ["Medicaid ID", "1044871923", "Level of care", "Residential Level 2"],
        ["Admission / placement date", us(adm), "Plan date", us(plan)],
    ], widths=[1.8, 1.9, 1.2, 1.8], first_col=True)
    b.p("")
    b.p("Diagnoses: F15.20 Other stimulant dependence, uncomplicated (methamphetamine); F43.10 Post-traumatic stress disorder, unspecified")
    b.p("")
    goals = [
        ("Goal 1: Remain free of methamphetamine and build a relapse prevention plan.",
         [f"1.1 Provide negative random urine drug screens on 100% of tests through {us(t2)}.",
          f"1.2 Identify 5 personal triggers and a coping response for each, in writing, by {us(t1)}."],
         ["Relapse prevention group — 5x/week", "Individual counseling — 1x/week", "Random UDS — at least 1x/week"]),
        ("Goal 2: Reduce trauma symptoms that lead to use.",
         [f"2.1 PCL-5 score from 58 to 40 or lower by {us(t2)}.",
          f"2.2 Use a grounding skill during 4 of 5 reported flashbacks, per daily diary, by {us(t2)}."],
         ["Seeking Safety group — 2x/week", "Psychiatric follow-up — every 2 weeks"]),
        ("Goal 3: Prepare for housing and work after discharge.",
         [f"3.1 Complete 3 job applications and 1 recovery-housing application by {us(t2)}."],
         ["Case management — 1x/week"]),
    ]
    for g, objs, svcs in goals:
        b.p(g, bold=True, after=2)
        b.p("Measurable objectives:", italic=True, after=0)
        for o in objs:
            b.p("   " + o, after=0)
        b.p("Services / frequency:", italic=True, after=0)
        for s in svcs:
            b.p("   • " + s, after=0)
        b.p("")
    b.table([
        ["Signed by", "Name / credentials", "Date"],
        ["Individual", "Shawna L. Pettigrew", us(plan)],
        ["Staff who developed the plan", "Marcus Fielding, BA, Recovery Counselor", us(plan)],
        ["Qualified professional (countersignature)", "Dr. Elaine Whitaker, LMHC", us(qp)],
    ], widths=[2.4, 3.0, 1.3], head=True)
    b.save("s41_fl_residential.docx")
    label("s41_fl_residential.docx", "base-treatment-plan", asof, states=["fl-65d-30"],
          codes=["F15.20", "F43.10"],
          notes="Clean (baseline + Florida 65D-30). Residential Level 2, plan 12 days after admission (15 "
                "allowed), QP countersignature 4 days after the plan; goals with indented objectives and "
                "bulleted services with frequencies.")


def s42():
    """Florida day/night treatment, bilingual; one objective not measurable."""
    adm, plan, qp, asof = D(2026, 6, 8), D(2026, 6, 16), D(2026, 6, 19), D(2026, 6, 29)
    assert days(adm, plan) <= 10 and days(plan, qp) <= 10
    t = D(2026, 7, 31)
    b = B(font="Arial", size=9.5, title="Plan de tratamiento", author="Nueva Aurora")
    b.header("Nueva Aurora Treatment Center · Miami, FL · Programa de día / Day program", align="c")
    b.p("PLAN DE TRATAMIENTO INDIVIDUAL / INDIVIDUAL TREATMENT PLAN", bold=True, align="c")
    b.table([
        ["Nombre / Name", "Héctor Manuel Ibáñez", "Fecha de nacimiento / DOB", "03/21/1985"],
        ["No. de Medicaid / Medicaid ID", "1067732014", "Nivel de cuidado / Level of care", "Day or Night Treatment (tratamiento de día o noche)"],
        ["Fecha de admisión / Admission date", f"{es(adm)} ({us(adm)})", "Fecha del plan / Plan date", f"{es(plan)} ({us(plan)})"],
    ], widths=[1.7, 1.9, 1.6, 1.5], size=9)
    b.p("")
    b.p("Diagnóstico / Diagnosis: F14.20 Dependencia de cocaína / Cocaine dependence, uncomplicated; F10.20 Alcohol dependence, uncomplicated")
    b.p("")
    b.table([
        ["Meta / Goal", "Objetivos / Objectives", "Fecha esperada / Expected completion"],
        ["1. Mantenerse sin consumir cocaína ni alcohol. / Stay free of cocaine and alcohol.",
         "1a. Pruebas de orina negativas en el 100% de las pruebas aleatorias. / Negative urine screens on 100% of random tests.\n"
         "1b. Asistir a 3 reuniones de ayuda mutua por semana, con hoja de firmas. / Attend 3 mutual-help meetings per week, per sign-in sheet.", us(t)],
        ["2. Entender lo que lo lleva a consumir. / Understand what leads him to use.",
         "2a. Comprenderá mejor sus detonantes. / Client will gain insight into his triggers.", us(t)],
        ["3. Reparar la relación con su familia. / Repair family relationships.",
         "3a. Participará en 2 sesiones familiares con su esposa. / Will take part in 2 family sessions with his wife.", us(t)],
    ], widths=[2.2, 3.5, 1.0], head=True, size=9)
    b.p("")
    b.p("Servicios y frecuencia / Services and frequency", bold=True)
    b.p("Terapia de grupo / Group therapy — 5 días por semana / 5 days per week, 4 hours a day")
    b.p("Consejería individual / Individual counseling — 1 vez por semana / once a week")
    b.p("Sesiones familiares / Family sessions — cada 2 semanas / every 2 weeks")
    b.p("Pruebas de orina / Urine drug screens — al azar, mínimo 1 por semana / random, at least once a week")
    b.p("")
    b.table([
        ["Firma / Signature", "Fecha / Date"],
        ["Cliente / Client: Héctor M. Ibáñez", us(plan)],
        ["Consejero / Counselor: Yamilet Rosales, CAP", us(plan)],
        ["Profesional calificado / Qualified professional: Ricardo Peña, LCSW", us(qp)],
    ], widths=[5.0, 1.7], head=True)
    b.save("s42_fl_daynight_bilingual.docx")
    label("s42_fl_daynight_bilingual.docx", "base-treatment-plan", asof, states=["fl-65d-30"],
          gaps=[["objective-not-measurable"]], codes=["F14.20", "F10.20"],
          notes="Gap: objective 2a ('Client will gain insight into his triggers', in both languages) names no "
                "measure or level. Day or night treatment, plan 8 days after admission (10 allowed), QP "
                "countersigned 3 days later. Bilingual goal/objective table with an expected-completion "
                "column.")


def s43():
    """California NTP maintenance treatment plan."""
    adm, plan, sup, md, asof = D(2026, 1, 5), D(2026, 1, 26), D(2026, 2, 2), D(2026, 2, 5), D(2026, 2, 16)
    rev = D(2026, 4, 3)
    assert days(adm, plan) <= 28 and days(plan, sup) <= 14 and days(plan, md) <= 14 and days(adm, rev) <= 92
    t1, t2 = D(2026, 3, 2), D(2026, 4, 3)
    b = B(font="Calibri", size=10, title="Maintenance Treatment Plan", author="Pacific")
    b.header("Pacific Crest Treatment Services · Narcotic Treatment Program · Fresno, CA · DHCS License 10-0712", align="l", size=8)
    b.footer("Patient ID PCT-116093 · Confidential 42 CFR Part 2")
    b.p("Initial Maintenance Treatment Plan", bold=True, size=13)
    b.table([
        ["Patient", "Ramona L. Escobedo", "Patient ID", "PCT-116093"],
        ["Date of birth", "12/12/1976", "Medi-Cal CIN", "91847263A"],
        ["Admission (start of maintenance)", us(adm), "Plan effective date", us(plan)],
        ["Primary counselor", "Victor Alvarado, CADC-II", "Medication", "Methadone 80 mg daily"],
    ], widths=[2.0, 1.9, 1.3, 1.5], first_col=True)
    b.p("")
    b.p("Diagnosis: F11.20 Opioid dependence, uncomplicated")
    b.p("")
    b.p("Long-term goal: Ramona will stop using illicit opioids and keep custody of her son.", bold=True)
    b.p("Short-term goals (target dates):", bold=True)
    b.number(f"Negative for fentanyl and other illicit opioids on all urine tests for 4 consecutive weeks — {us(t1)}")
    b.number(f"Attend every scheduled counseling session (at least 2 per month) — {us(t2)}")
    b.number(f"Enroll in the family court-approved parenting class and attend 4 sessions — {us(t2)}")
    b.p("Services: methadone dosing daily; individual counseling 50 minutes, 2x per month; random observed UDS "
        "at least 8 per year; case management as needed for court and housing.")
    b.p(f"Next treatment plan update: {us(rev)}")
    b.p("")
    b.table([
        ["", "Name", "Signature", "Date"],
        ["Primary counselor", "Victor Alvarado, CADC-II", "V. Alvarado", us(plan)],
        ["Patient", "Ramona L. Escobedo", "R. Escobedo", us(plan)],
        ["Supervising counselor (review)", "Dolores Kwan, LAADC", "D. Kwan", us(sup)],
        ["Medical director (review)", "Harold Nguyen, MD", "H. Nguyen MD", us(md)],
    ], widths=[2.0, 2.1, 1.4, 1.2], head=True)
    b.save("s43_ca_ntp.docx")
    label("s43_ca_ntp.docx", "base-treatment-plan", asof, states=["ca-title9-ntp"], codes=["F11.20"],
          notes="Clean (baseline + California NTP). Plan 21 days after admission; supervising counselor 7 days "
                "and medical director 10 days after the plan; next update 88 days after admission; numbered "
                "short-term goals each ending with a target date.")


def s44():
    """California NTP; next update set 90 days after the plan, 109 days after admission."""
    adm, plan, sup, md, asof = D(2026, 2, 2), D(2026, 2, 23), D(2026, 2, 27), D(2026, 3, 3), D(2026, 3, 9)
    rev = D(2026, 5, 22)
    assert days(adm, plan) <= 28 and days(plan, sup) <= 14 and days(plan, md) <= 14
    assert days(adm, rev) == 109 > 92 and days(plan, rev) == 88
    t = D(2026, 5, 1)
    b = B(font="Arial", size=9.5, title="NTP plan", author="Valley")
    b.header("Valle Central Opioid Treatment Program · Bakersfield, CA", align="c")
    b.p("TREATMENT PLAN — MAINTENANCE / PLAN DE TRATAMIENTO", bold=True, align="c")
    b.p(f"Patient: Arturo D. Villaseñor   |   DOB: 05/05/1969   |   Medi-Cal CIN: 90552817C   |   Chart: VC-20931")
    b.p(f"Admission to maintenance: {us(adm)}   |   Plan effective: {us(plan)}   |   Medication: buprenorphine/naloxone 16/4 mg daily")
    b.p("Diagnosis: F11.20 Opioid dependence, uncomplicated; F17.210 Nicotine dependence, cigarettes, uncomplicated")
    b.p("")
    b.table([
        ["Problem", "Long-term goal", "Short-term goal", "Target date"],
        ["Opioid use", "No illicit opioid use.", "All random UDS negative for non-prescribed opioids for 6 consecutive weeks.", us(t)],
        ["Employment", "Return to full-time work.", "Complete a forklift certification course and apply to 3 warehouse jobs.", us(t)],
        ["Tobacco", "Quit smoking.", "Reduce from 20 to 5 or fewer cigarettes per day, per self-report and CO monitor.", us(t)],
    ], widths=[1.1, 1.7, 3.0, 0.9], head=True, size=9)
    b.p("")
    b.p("Counseling: individual 50 minutes twice a month; relapse prevention group weekly. Dosing daily, take-homes per 42 CFR 8.12 criteria.")
    b.p(f"Plan update due: {us(rev)} (90 days)")
    b.p("")
    b.p(f"Counselor: Lisette Ramírez, SUDCC-II — signed {us(plan)}")
    b.p(f"Patient: Arturo D. Villaseñor — signed {us(plan)}")
    b.p(f"Supervising counselor: Kenneth Ochoa, LAADC — reviewed/signed {us(sup)}")
    b.p(f"Medical director: Farah Siddiqui, DO — reviewed/signed {us(md)}")
    b.save("s44_ca_ntp_review_late.docx")
    label("s44_ca_ntp_review_late.docx", "base-treatment-plan", asof, states=["ca-title9-ntp"],
          gaps=[["review-interval-exceeded"]], codes=["F11.20", "F17.210"],
          notes="Gap: the plan update is set for 05/22/2026, 109 days after the 02/02/2026 admission (the "
                "'90 days' were counted from the plan date); California NTP plans are updated at least every "
                "3 months from admission (92 days). Single-line identification strips separated by bars; "
                "problem/long-term/short-term grid.")


def s45():
    """Texas intensive outpatient chemical dependency plan, bilingual."""
    plan, asof = D(2026, 8, 3), D(2026, 8, 17)
    t1, t2 = D(2026, 8, 31), D(2026, 10, 9)
    b = B(font="Calibri", size=10, title="Plan de tratamiento", author="Rio Grande")
    b.header("Río Grande Recovery Services · Licensed chemical dependency treatment facility · McAllen, TX", align="c", size=8)
    b.p("PLAN DE TRATAMIENTO / TREATMENT PLAN — Intensive Outpatient", bold=True, align="c", size=12)
    b.table([
        ["Cliente / Client", "Rogelio Cantú Treviño", "Fecha de nacimiento / DOB", f"{es(D(1990,2,8))} (02/08/1990)"],
        ["No. de Medicaid / Medicaid ID", "528177403", "Fecha del plan / Plan date", f"{es(plan)} ({us(plan)})"],
        ["Duración proyectada / Projected length of stay", "10 semanas / 10 weeks (hasta / through 10/09/2026)", "Consejero / Counselor", "Griselda Saenz, LCDC"],
    ], widths=[1.8, 2.0, 1.5, 1.4], size=9)
    b.p("")
    b.p("Diagnóstico / Diagnosis: F10.20 Dependencia del alcohol, sin complicaciones / Alcohol dependence, uncomplicated")
    b.p("")
    blocks = [
        ("Meta 1 / Goal 1: Dejar de beber / Stop drinking.",
         [f"Objetivo 1.1 / Objective 1.1: Pruebas de aliento negativas en cada sesión de grupo hasta el {es(t2)}. / Negative breath tests at every group session through {us(t2)}.",
          f"Objetivo 1.2 / Objective 1.2: Escribir 5 situaciones de alto riesgo y un plan para cada una para el {es(t1)}. / Write 5 high-risk situations and a plan for each by {us(t1)}."],
         "Estrategias / Strategies: grupo IOP 3 veces por semana, 3 horas / IOP group 3 times a week, 3 hours; consejería individual 1 vez por semana / individual counseling once a week."),
        ("Meta 2 / Goal 2: Recuperar su licencia de conducir / Get his driver's license back.",
         [f"Objetivo 2.1 / Objective 2.1: Completar el curso DWI de 12 horas y entregar el certificado para el {es(t2)}. / Complete the 12-hour DWI education course and turn in the certificate by {us(t2)}."],
         "Estrategias / Strategies: manejo de caso cada 2 semanas / case management every 2 weeks."),
    ]
    for g, objs, strat in blocks:
        b.p(g, bold=True, after=2)
        for o in objs:
            b.p(o, after=2)
        b.p(strat, italic=True, after=8)
    b.table([
        ["Firma / Signature", "Fecha / Date"],
        ["Cliente / Client: Rogelio Cantú Treviño", f"{es(plan)}"],
        ["Consejero / Counselor: Griselda Saenz, LCDC", us(plan)],
    ], widths=[5.0, 1.7], head=True)
    b.save("s45_tx_iop_bilingual.docx")
    label("s45_tx_iop_bilingual.docx", "base-treatment-plan", asof, states=["tx-26tac-564"],
          codes=["F10.20"],
          notes="Clean (baseline + Texas 564). Bilingual IOP plan: projected length of stay in the header "
                "table, goals with bilingual measurable objectives each dated in Spanish and in US numeric "
                "form, strategies with frequencies in italics, client and LCDC signatures dated.")


def s46():
    """Texas outpatient plan pasted from a PDF export; no projected length of stay, one goal without objectives."""
    plan, asof = D(2026, 9, 14), D(2026, 9, 28)
    t = D(2026, 11, 9)
    b = B(font="Calibri", size=10.5, title="", author="")
    text = f"""LONE PRAIRIE COUNSELING & RECOVERY            TREATMENT PLAN
Licensed Chemical Dependency Treatment Facility    Lubbock, Texas
Client:\tBrandon K. Oyler\tDOB:\t06/30/1997
Medicaid #:\t710448392\tPlan Date:\t{us(plan)}
Program:\tSupportive Outpatient
Counselor:\tAshlyn Medrano, LCDC
DIAGNOSIS
F15.20 Other stimulant dependence, uncomplicated (methamphetamine)
F12.20 Cannabis dependence, uncomplicated
PROBLEM 1 - Methamphetamine use
GOAL: Brandon will stop using methamphetamine.
OBJECTIVE 1A: Brandon will provide negative urine drug screens on all random
tests by {us(t)}.
OBJECTIVE 1B: Brandon will attend 2 NA meetings per week and bring signed
attendance sheets, by {us(t)}.
STRATEGIES: Outpatient group 2 times per week (2 hours); individual
counseling every other week; random UDS weekly.
PROBLEM 2 - Legal (probation)
GOAL: Brandon will complete the terms of his probation.
STRATEGIES: Case management once a month; coordinate with probation officer
monthly.
CLIENT SIGNATURE: Brandon K Oyler           DATE: {us(plan)}
COUNSELOR SIGNATURE: Ashlyn Medrano, LCDC   DATE: {us(plan)}
Page 1 of 1 - generated by RecoveryNote export"""
    b.lines(text)
    b.save("s46_tx_pdf_paste.docx")
    label("s46_tx_pdf_paste.docx", "base-treatment-plan", asof, states=["tx-26tac-564"],
          gaps=[["duration-missing"], ["objective-missing"]], codes=["F15.20", "F12.20"],
          notes="Two gaps: no projected length of stay (or end date) anywhere, and the Problem 2 goal "
                "(probation) has no objectives, only strategies. Text pasted from a PDF export: one "
                "paragraph per line, tab-separated label columns, objectives broken mid-sentence.")


# ==============================================================================================
PLANS = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13,
         s14, s15, s16, s17, s18, s19, s20, s21, s22,
         s23, s24, s25, s26, s27, s28,
         s29, s30, s31, s32, s33, s34, s35, s36,
         s37, s38, s39, s40, s41, s42, s43, s44, s45, s46]


def main():
    for f in PLANS:
        f()
    files = sorted(x for x in os.listdir(OUT) if x[:1] == "s" and x[1:3].isdigit())
    labelled = sorted(e["file"] for e in LABELS)
    assert files == labelled, set(files) ^ set(labelled)
    assert len({e["file"] for e in LABELS}) == len(LABELS)
    for e in LABELS:
        assert "readability" not in e["must_not_report"]
        for g in e["must_report"]:
            assert not set(g) & set(e["must_not_report"]), e["file"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print(f"{len(LABELS)} plans written to {OUT}")


if __name__ == "__main__":
    main()
