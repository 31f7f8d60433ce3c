#!/usr/bin/env python3
"""Writes the blind plan set 19 (every plan file and labels.json) deterministically.

Run with /work/main/.venv/bin/python make_plans.py (from any directory).
Everything here is invented: clients, clinicians, agencies, identifiers.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

OUT = Path(__file__).resolve().parent
D = dt.date
FIXED_DT = dt.datetime(2026, 1, 1, 8, 0, 0)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------------------------
# Kinds each profile can report at error or warning (read from the profile YAMLs; checked by hand
# against `authcheck profiles show ID --resolved`). readability is info everywhere; amount-missing
# is info under medicare-outpatient-therapy.
# ---------------------------------------------------------------------------------------------
BASE = {"date-inconsistent", "diagnosis-code-invalid", "diagnosis-code-missing", "diagnosis-code-not-billable",
        "diagnosis-missing", "field-missing", "identifier-invalid", "service-code-invalid"}
KINDS = {
    "base-treatment-plan": BASE,
    "medicare-psychotherapy": BASE | {"amount-missing", "credential-missing", "duration-exceeds-limit", "duration-missing",
                                      "frequency-missing", "goal-missing", "goal-not-measurable", "intervention-missing",
                                      "objective-not-measurable", "objective-not-time-bound", "plan-outdated",
                                      "signature-missing"},
    "medicare-outpatient-therapy": BASE | {"credential-not-permitted", "duration-missing", "frequency-missing", "goal-missing",
                                           "goal-not-measurable", "intervention-missing", "plan-late",
                                           "review-interval-exceeded", "review-overdue", "signature-late",
                                           "signature-missing"},
    "medicare-home-health": BASE | {"credential-not-permitted", "duration-missing", "frequency-missing", "goal-missing",
                                    "goal-not-measurable", "intervention-missing", "review-interval-exceeded",
                                    "review-overdue", "signature-missing"},
    "commercial-aba": BASE | {"amount-missing", "assessment-missing", "assessment-outdated", "baseline-missing",
                              "caregiver-goal-missing", "diagnosis-not-covered", "duration-exceeds-limit", "goal-missing",
                              "goal-not-measurable", "goal-not-time-bound", "review-date-missing",
                              "review-interval-exceeded", "signature-missing"},
    "pa-55-5200": {"duration-missing", "field-missing", "goal-missing", "intervention-missing", "objective-missing",
                   "plan-late", "signature-missing"},
    "ny-oasas-818": {"diagnosis-missing", "field-missing", "goal-missing", "intervention-missing", "plan-late",
                     "signature-late", "signature-missing"},
    "fl-65d-30": {"field-missing", "frequency-missing", "goal-missing", "intervention-missing", "objective-missing",
                  "objective-not-measurable", "objective-not-time-bound", "plan-late", "signature-late",
                  "signature-missing"},
    "ca-title9-ntp": {"field-missing", "goal-missing", "objective-missing", "objective-not-time-bound", "plan-late",
                      "review-date-missing", "review-interval-exceeded", "review-overdue", "signature-late",
                      "signature-missing"},
    "tx-26tac-564": {"duration-missing", "frequency-missing", "goal-missing", "intervention-missing", "objective-missing",
                     "objective-not-measurable", "objective-not-time-bound", "signature-missing"},
}

# ---------------------------------------------------------------------------------------------
# identifiers and dates
# ---------------------------------------------------------------------------------------------

def npi_check_digit(first9: str) -> str:
    digits = "80840" + first9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:  # rightmost of the payload is doubled (check digit not yet appended)
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi(first9: str) -> str:
    assert len(first9) == 9 and first9[0] in "12"
    return first9 + npi_check_digit(first9)


def npi_valid(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and npi_check_digit(n[:9]) == n[9]


def bad_npi(first9: str) -> str:
    good = npi(first9)
    bad = first9 + str((int(good[9]) + 3) % 10)
    assert not npi_valid(bad)
    return bad


assert npi_valid("1234567893")  # CMS worked example


def days(a: dt.date, b: dt.date) -> int:
    return (b - a).days


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt(d: dt.date, style: str = "us") -> str:
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "abbr":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "nopad":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------------------------

class Doc:
    """A python-docx Document with the small helpers the layouts need."""

    def __init__(self, font="Calibri", size=10, margin=0.75, landscape=False, title="Treatment Plan",
                 author="EHR Document Service"):
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
            sec.page_width, sec.page_height = sec.page_height, sec.page_width
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Inches(margin))
        cp = self.d.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = title
        cp.created = FIXED_DT
        cp.modified = FIXED_DT
        cp.last_printed = FIXED_DT
        cp.revision = 1
        cp.comments = ""
        cp.keywords = ""
        cp.subject = ""
        cp.category = ""
        self._rev = 100

    # -- text
    def p(self, text="", bold=False, italic=False, size=None, align=None, style=None, space_after=None,
          color=None, caps=False):
        para = self.d.add_paragraph(style=style) if style else self.d.add_paragraph()
        if text:
            self.run(para, text, bold=bold, italic=italic, size=size, color=color, caps=caps)
        if align == "center":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if space_after is not None:
            para.paragraph_format.space_after = Pt(space_after)
        return para

    @staticmethod
    def run(para, text, bold=False, italic=False, size=None, color=None, caps=False, underline=False):
        r = para.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        r.underline = underline or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if caps:
            r.font.all_caps = True
        return r

    def h(self, text, level=1):
        return self.d.add_heading(text, level=level)

    def lv(self, label, value, bold_label=True, sep=": "):
        para = self.d.add_paragraph()
        self.run(para, label + sep, bold=bold_label)
        self.run(para, value)
        return para

    def dots(self, label, value, pos=3.2, bold_value=False):
        """'Label ........ value' with a real dot-leader tab stop."""
        para = self.d.add_paragraph()
        para.paragraph_format.tab_stops.add_tab_stop(Inches(pos), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
        para.paragraph_format.space_after = Pt(0)
        self.run(para, label)
        self.run(para, "\t")
        self.run(para, value, bold=bold_value)
        return para

    def bullets(self, items, style="List Bullet"):
        for it in items:
            self.d.add_paragraph(it, style=style)

    def page_break(self):
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- tables
    def table(self, rows, widths=None, header=True, shade_header="D9D9D9", style="Table Grid", bold_first_col=False,
              size=None):
        ncols = max(len(r) for r in rows)
        t = self.d.add_table(rows=len(rows), cols=ncols)
        if style:
            t.style = self.d.styles[style]
        for i, row in enumerate(rows):
            for j in range(ncols):
                val = row[j] if j < len(row) else ""
                cell = t.cell(i, j)
                set_cell(cell, val, bold=(header and i == 0) or (bold_first_col and j == 0), size=size)
                if header and i == 0 and shade_header:
                    shade(cell, shade_header)
        if widths:
            for i, w in enumerate(widths):
                for row in t.rows:
                    row.cells[i].width = Inches(w)
        return t

    def caption_table(self, caption, rows, widths=None, fill="1F3864", color="FFFFFF", header=False, size=None):
        """A grid table whose first row is one merged, shaded caption cell."""
        ncols = max(len(r) for r in rows)
        t = self.d.add_table(rows=len(rows) + 1, cols=ncols)
        t.style = self.d.styles["Table Grid"]
        top = t.cell(0, 0).merge(t.cell(0, ncols - 1)) if ncols > 1 else t.cell(0, 0)
        set_cell(top, caption, bold=True, color=color, size=size)
        shade(top, fill)
        for i, row in enumerate(rows, start=1):
            for j in range(ncols):
                val = row[j] if j < len(row) else ""
                c = t.cell(i, j)
                set_cell(c, val, bold=header and i == 1, size=size)
                if header and i == 1:
                    shade(c, "E7E6E6")
        if widths:
            for i, w in enumerate(widths):
                for row in t.rows:
                    row.cells[i].width = Inches(w)
        return t

    # -- header / footer
    def header_lines(self, lines, section=None, size=8, align=None):
        sec = section or self.d.sections[0]
        hdr = sec.header
        first = True
        for line in lines:
            para = hdr.paragraphs[0] if first else hdr.add_paragraph()
            first = False
            self.run(para, line, size=size)
            if align == "right":
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif align == "center":
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return hdr

    def header_table(self, rows, section=None, size=8, fill=None):
        sec = section or self.d.sections[0]
        hdr = sec.header
        t = hdr.add_table(rows=len(rows), cols=max(len(r) for r in rows), width=Inches(7))
        t.style = self.d.styles["Table Grid"]
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                set_cell(t.cell(i, j), val, size=size, bold=(j % 2 == 0 and fill is None))
                if fill:
                    shade(t.cell(i, j), fill)
        return t

    def footer_lines(self, lines, section=None, size=7, page_numbers=True):
        sec = section or self.d.sections[0]
        ftr = sec.footer
        first = True
        for line in lines:
            para = ftr.paragraphs[0] if first else ftr.add_paragraph()
            first = False
            self.run(para, line, size=size)
        if page_numbers:
            para = ftr.add_paragraph()
            self.run(para, "Page ", size=size)
            add_field(para, "PAGE", size)
            self.run(para, " of ", size=size)
            add_field(para, "NUMPAGES", size)
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return ftr

    # -- revisions, content controls, comments
    def next_id(self):
        self._rev += 1
        return str(self._rev)

    def ins(self, para, text, author="R. Okafor", date="2026-02-03T10:15:00Z"):
        el = OxmlElement("w:ins")
        el.set(qn("w:id"), self.next_id())
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), date)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        el.append(r)
        para._p.append(el)
        return el

    def dele(self, para, text, author="R. Okafor", date="2026-02-03T10:15:00Z"):
        el = OxmlElement("w:del")
        el.set(qn("w:id"), self.next_id())
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), date)
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        el.append(r)
        para._p.append(el)
        return el

    def sdt(self, para, text, tag, bold=False):
        """Inline content control holding text."""
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        alias = OxmlElement("w:alias")
        alias.set(qn("w:val"), tag)
        pr.append(alias)
        tg = OxmlElement("w:tag")
        tg.set(qn("w:val"), tag)
        pr.append(tg)
        idel = OxmlElement("w:id")
        idel.set(qn("w:val"), self.next_id())
        pr.append(idel)
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        r = OxmlElement("w:r")
        if bold:
            rpr = OxmlElement("w:rPr")
            rpr.append(OxmlElement("w:b"))
            r.append(rpr)
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        content.append(r)
        sdt.append(content)
        para._p.append(sdt)
        return sdt

    def wrap_block_sdt(self, elements, tag):
        """Moves body elements (paragraphs/tables) into one block-level content control."""
        first = elements[0]._element if hasattr(elements[0], "_element") else elements[0]
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        alias = OxmlElement("w:alias")
        alias.set(qn("w:val"), tag)
        pr.append(alias)
        tg = OxmlElement("w:tag")
        tg.set(qn("w:val"), tag)
        pr.append(tg)
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        sdt.append(content)
        first.addprevious(sdt)
        for e in elements:
            el = e._element if hasattr(e, "_element") else e
            content.append(el)
        return sdt

    def comment(self, run, text, author="QA Reviewer", initials="QA"):
        return self.d.add_comment(run, text=text, author=author, initials=initials)

    def columns(self, n):
        sec = self.d.add_section(WD_SECTION.CONTINUOUS)
        sectpr = sec._sectPr
        cols = sectpr.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            sectpr.append(cols)
        cols.set(qn("w:num"), str(n))
        cols.set(qn("w:space"), "360")
        return sec

    def save(self, name):
        buf = io.BytesIO()
        self.d.save(buf)
        write_stable_zip(OUT / name, buf.getvalue())


def set_cell(cell, text, bold=False, size=None, color=None):
    """Cell text; '\n' starts a new paragraph inside the cell."""
    lines = str(text).split("\n")
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if line:
            r = para.add_run(line)
            r.bold = bold or None
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
    return cell


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def add_field(para, instr, size=7):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(size * 2))
    rpr.append(sz)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    para._p.append(fld)


def box(cell_or_doc_table_cell, fill="F2F2F2"):
    shade(cell_or_doc_table_cell, fill)


_DATE_ATTR = re.compile(rb'w:date="[^"]*"')


def write_stable_zip(path: Path, data: bytes):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "word/comments.xml":
                blob = _DATE_ATTR.sub(b'w:date="2026-02-03T09:00:00Z"', blob)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, blob)
    path.write_bytes(out.getvalue())


def check(text):
    return "☒" if text else "☐"


def cb(on, label, style="glyph"):
    if style == "glyph":
        return f"{'☒' if on else '☐'} {label}"
    return f"[{'X' if on else ' '}] {label}"


LABELS: list[dict] = []


def label(file, payer, states, as_of, gaps, notes, unsure=()):
    """Records one plan's expectations. gaps: list of lists of acceptable kinds."""
    kinds = set(KINDS[payer])
    for s in states:
        kinds |= KINDS[s]
    gap_kinds = {k for g in gaps for k in g}
    for k in gap_kinds:
        assert k in kinds, (file, k)
    must_not = sorted(kinds - gap_kinds - set(unsure))
    args = ["--payer", payer]
    for s in states:
        args += ["--state", s]
    args += ["--as-of", as_of.isoformat()]
    LABELS.append({"file": file, "check_with": args, "must_report": gaps, "must_not_report": must_not,
                   "notes": notes})


# ---------------------------------------------------------------------------------------------
# boilerplate text shared by several agencies (irrelevant to the rules, present for realism)
# ---------------------------------------------------------------------------------------------
CRISIS = ("If you are in crisis, call or text 988 (Suicide & Crisis Lifeline) or go to the nearest emergency "
          "department. After hours, the on-call clinician can be reached through the main number; press 9.")
RIGHTS = ("You have the right to take part in planning your care, to refuse or stop any service, to see your "
          "record, and to file a grievance without any effect on your services. A copy of the Notice of Privacy "
          "Practices was offered to you at intake.")
CONSENT = ("I have taken part in writing this plan. I understand the goals and services described and agree to "
           "them. I understand that I may ask for changes at any time and that this plan will be reviewed with me.")
TELE_CONSENT = ("Telehealth: sessions are held over a secure, encrypted video platform. If the connection drops, "
                "the clinician will call you at the number on file. Please be in a private place for each session.")
HIPAA_FOOT = "CONFIDENTIAL: protected health information. Redisclosure prohibited without written authorization."
PART2 = ("This information has been disclosed to you from records protected by federal confidentiality rules "
         "(42 CFR part 2). The federal rules prohibit you from making any further disclosure of information in this "
         "record that identifies a patient as having or having had a substance use disorder unless expressly "
         "permitted by the written consent of the person to whom it pertains or as otherwise permitted by 42 CFR part 2.")


# =============================================================================================
# Psychotherapy (medicare-psychotherapy, some with pa-55-5200 or base + pa-55-5200)
# =============================================================================================

def r01():
    f = "r01_plan.docx"
    intake, plan, asof = D(2026, 1, 8), D(2026, 1, 29), D(2026, 3, 10)
    end = D(2026, 7, 29)
    cos = D(2026, 2, 2)
    assert days(intake, plan) <= 30 and days(plan, asof) <= 365 and days(plan, end) < 365
    assert plan <= cos <= asof
    x = Doc(font="Arial", size=9, title="Behavioral Health Treatment Plan", author="ClinDoc Print Service")
    x.header_table([["QUIMBY, HAROLD J", "MRN: 00418823", "DOB: 4/17/1951 (74 yo)", "Sex: M"],
                    ["Payer: MEDICARE PART B", "MBI: 3TK9WQ2HD61", "Enc: 01/29/2026", "Attending: Varghese, Anil"]],
                   fill="EDEDED")
    x.footer_lines(["Riverbend University Health | Outpatient Behavioral Medicine, 4400 Larchmont Ave, Suite 210",
                    "Printed by KBROWN2 02/02/2026 10:41. " + HIPAA_FOOT])
    x.p("Riverbend University Health", bold=True, size=13)
    x.p("Outpatient Behavioral Medicine — Adult Clinic (Licensed Psychiatric Outpatient Clinic)", size=9)
    x.p("INDIVIDUALIZED TREATMENT PLAN — INITIAL", bold=True, size=12, align="center")
    x.caption_table("Plan Information", [
        ["Patient Name", "Harold J. Quimby", "Date of Birth", "04/17/1951"],
        ["Medicare Beneficiary ID", "3TK9WQ2HD61", "MRN", "00418823"],
        ["Intake / Assessment Date", "01/08/2026", "Plan Date", "01/29/2026"],
        ["Plan Period", "01/29/2026 – 07/29/2026", "Next Review Due", "04/29/2026"],
        ["Program", "Adult Outpatient Psychotherapy", "Primary Clinician", "Marisol Dunleavy, LCSW"],
    ], widths=[1.6, 1.9, 1.5, 1.9], fill="1F3864")
    x.p("")
    x.caption_table("Diagnoses (ICD-10-CM)", [
        ["Rank", "Code", "Description", "Status"],
        ["Primary", "F33.1", "Major depressive disorder, recurrent, moderate", "Active"],
        ["Secondary", "F41.1", "Generalized anxiety disorder", "Active"],
    ], widths=[0.9, 0.9, 3.8, 1.3], header=True)
    x.p("")
    x.caption_table("Presenting Problem / Reason for Referral", [[
        "Referred by PCP after PHQ-9 of 17 at annual wellness visit. Patient reports low mood, loss of interest in "
        "woodworking and church activities since his wife's death 14 months ago, early waking, and daily worry about "
        "finances and his health. Denies SI/HI. No prior psychiatric hospitalization."]])
    x.p("")
    x.caption_table("Problems, Goals and Objectives", [
        ["#", "Problem / Goal / Objective", "Target Date", "Status"],
        ["P1", "Problem: Depressed mood and withdrawal from usual activities.", "", ""],
        ["G1", "Goal: Harold will return to the activities he values with a more stable mood.", "07/29/2026", "New"],
        ["1a", "Harold will lower his PHQ-9 score from 17 to below 10.", "04/30/2026", "New"],
        ["1b", "Harold will take part in at least 3 planned pleasant activities each week, recorded on his activity log.",
         "03/31/2026", "New"],
        ["P2", "Problem: Excessive worry.", "", ""],
        ["G2", "Goal: Harold will spend less of his day worrying.", "07/29/2026", "New"],
        ["2a", "Harold will reduce his GAD-7 score from 14 to 8 or less.", "04/30/2026", "New"],
        ["2b", "Harold will use paced breathing or worry postponement in at least 4 of 5 worry episodes, as recorded "
               "on his worry log, for 3 weeks in a row.", "04/15/2026", "New"],
    ], widths=[0.5, 4.6, 1.0, 0.8], header=True)
    x.p("")
    x.caption_table("Interventions / Modalities", [
        ["Intervention", "Responsible", "Applies to"],
        ["Cognitive behavioral therapy: behavioral activation, activity scheduling, cognitive restructuring",
         "M. Dunleavy, LCSW", "G1"],
        ["CBT for worry: worry postponement, paced breathing, problem-solving training", "M. Dunleavy, LCSW", "G2"],
        ["Medication evaluation and management (sertraline)", "A. Varghese, MD", "G1, G2"],
    ], widths=[4.2, 1.6, 1.1], header=True)
    x.p("")
    x.caption_table("Services Requested", [
        ["CPT", "Service", "Session Length", "Frequency", "Duration"],
        ["90837", "Individual psychotherapy", "53 minutes", "Weekly", "6 months"],
        ["99214", "Medication management (E/M)", "25 minutes", "Once a month", "6 months"],
    ], widths=[0.7, 2.4, 1.2, 1.3, 1.3], header=True)
    x.p("Expected duration of treatment: 6 months (through 07/29/2026).", bold=True)
    x.p("")
    x.caption_table("Patient Participation", [[
        "Patient participated in developing this plan and states: \"I want to get back to the shop and stop "
        "lying awake at 4 in the morning.\" Patient received a copy of the plan.\n" + CONSENT]])
    x.p("")
    x.caption_table("Crisis Plan and Rights", [[CRISIS + "\n" + RIGHTS]], fill="7F7F7F")
    x.p("")
    x.p("SIGNATURES", bold=True)
    x.p("Patient signature: Harold J. Quimby (signed on signature pad)     Date: 01/29/2026")
    x.p("Electronically signed by: Marisol Dunleavy, LCSW, Primary Therapist on 01/29/2026 14:22 EST")
    x.p("NPI: " + npi("154829307"), size=8)
    x.p("")
    x.p("Cosign — Psychiatric Approval", bold=True, size=8, color="7F7F7F")
    x.p("Cosigned by: Anil Varghese, MD (Psychiatry) on 02/02/2026 09:14 EST. Plan reviewed and approved.", size=8)
    x.save(f)
    label(f, "medicare-psychotherapy", ["pa-55-5200"], asof, [],
          "Clean. Hospital outpatient behavioral health EHR print: patient banner table in the page header, "
          "shaded merged caption rows over grid tables, combined problem/goal/objective grid, e-signature lines "
          "and an EHR cosign block for the psychiatrist.")


def r02():
    f = "r02_plan.docx"
    plan, asof = D(2026, 2, 10), D(2026, 3, 25)
    assert days(plan, asof) <= 365
    x = Doc(font="Times New Roman", size=11, title="Individual Service Plan")
    x.header_lines(["THREE RIVERS VALLEY COMMUNITY MENTAL HEALTH CENTER",
                    "Eastgate Site (Site 03) • Northfield Site (Site 01) • Mill Creek Site (Site 07)"], align="center",
                   size=8)
    x.footer_lines(["TRVCMHC Form ISP-2 (rev. 08/2024)   Consumer: D. Ferrante   Record # 07-22918"])
    x.p("INDIVIDUAL SERVICE PLAN", bold=True, size=14, align="center")
    x.p("Outpatient Counseling Services", italic=True, align="center")
    x.p("")
    x.dots("Consumer Name", "Dolores A. Ferrante")
    x.dots("Date of Birth", "09/02/1956")
    x.dots("Record Number", "07-22918")
    x.dots("Insurance / ID Number", "Medicare 7GH2K81RT43")
    x.dots("Site of Service", "Eastgate (Site 03)")
    x.dots("Date of Plan", "02/10/2026")
    x.dots("Type of Plan", "☒ Initial   ☐ Review   ☐ Revision")
    x.p("")
    x.p("DIAGNOSIS", bold=True)
    x.p("F43.12   Post-traumatic stress disorder, chronic (primary)")
    x.p("")
    x.p("STRENGTHS AND PREFERENCES", bold=True)
    x.p("Dolores is a retired school secretary who lives with her sister, is close to her two grandchildren and "
        "attends a weekly quilting circle. She prefers morning appointments and female clinicians.")
    x.p("")
    x.p("NEED AREA 1: Trauma symptoms (nightmares, avoidance, startle)", bold=True)
    x.p("Goal 1: Dolores will have fewer trauma symptoms so that she can drive and shop on her own again.")
    x.p("     Objective 1.1: Dolores will reduce her PCL-5 score from 52 to 33 or lower by 05/12/2026.")
    x.p("     Objective 1.2: Dolores will drive to the grocery store alone at least 2 times per week, as reported in "
        "session, by 06/09/2026.")
    x.p("NEED AREA 2: Sleep", bold=True)
    x.p("Goal 2: Dolores will sleep through most nights.")
    x.p("     Objective 2.1: Dolores will have no more than 2 nights per week with nightmares that wake her, as "
        "recorded in her sleep diary, by 05/26/2026.")
    x.p("")
    x.p("SERVICES / INTERVENTIONS", bold=True)
    x.table([["Service", "Provided by", "How often"],
             ["Individual psychotherapy (trauma-focused CBT, cognitive processing therapy)", "Tobias Wren, LPC",
              "Weekly"],
             ["Seeking Safety skills group", "Eastgate group staff", "1x per week"]],
            widths=[3.6, 1.6, 1.5])
    x.p("")
    x.dots("Expected length of treatment", "24 weeks")
    x.dots("Next plan review", "05/11/2026")
    x.p("")
    x.p("CRISIS / SAFETY", bold=True)
    x.p(CRISIS)
    x.p("")
    x.p("CONSUMER STATEMENT", bold=True)
    x.p(CONSENT)
    x.p("")
    t = x.table([["Signature", "Printed Name / Credentials", "Date"],
                 ["Dolores A. Ferrante", "Dolores A. Ferrante, Consumer", "02/10/2026"],
                 ["Tobias Wren", "Tobias Wren, LPC, Therapist", "02/10/2026"]],
                widths=[2.4, 3.0, 1.3])
    x.save(f)
    label(f, "medicare-psychotherapy", [], asof, [["amount-missing"]],
          "Gap: neither service states a session length (no minutes, no CPT code); frequency and a 24-week duration "
          "are given. Layout: community mental health centre form with dot-leader fields, multi-site page header, "
          "indented numbered objectives, three-column signature table.")


def r03():
    f = "r03_plan.docx"
    plan, asof = D(2026, 2, 2), D(2026, 2, 20)
    end = D(2026, 3, 13)
    assert days(plan, end) < 365
    x = Doc(font="Segoe UI", size=9, landscape=True, title="IOP Master Treatment Plan")
    x.header_lines(["Lakeshore Regional Medical Center — Behavioral Health Intensive Outpatient Program",
                    "Pt: Beaumont, Celeste R   DOB 11/30/1959   Acct 88120457   MBI 6PW4NE7XK20"], size=8)
    x.footer_lines(["IOP-MTP v3 | Document status: Final | " + HIPAA_FOOT])
    x.p("MASTER TREATMENT PLAN — ADULT INTENSIVE OUTPATIENT PROGRAM", bold=True, size=12)
    x.table([["Patient", "Celeste R. Beaumont", "DOB", "11/30/1959", "Medicare #", "6PW4NE7XK20"],
             ["Admit to IOP", "01/27/2026", "Plan date", "02/02/2026", "Est. discharge", "03/13/2026"]],
            header=False, bold_first_col=False)
    x.p("")
    x.p("Diagnoses: F31.81 Bipolar II disorder (primary); F41.1 Generalized anxiety disorder", bold=True)
    x.p("")
    x.table([
        ["Problem", "Long-term goal", "Short-term objectives", "Target date", "Interventions", "Staff"],
        ["1. Depressive episode with passive death wishes",
         "Celeste will be free of suicidal thinking and back to her part-time job.",
         "1.1 Celeste will report 0 days with passive death wishes on the daily C-SSRS screen for 14 days in a row.",
         "03/06/2026", "Safety planning; DBT distress tolerance group; daily C-SSRS screen", "RN, therapist"],
        ["", "", "1.2 Celeste will lower her QIDS-SR from 19 to 10 or less.", "03/13/2026",
         "Behavioral activation group; individual therapy", "Therapist"],
        ["2. Social isolation",
         "Celeste will rebuild contact with friends and family.",
         "2.1 Celeste will gain insight into how isolation worsens her mood.",
         "03/06/2026", "Interpersonal process group; psychoeducation", "Group facilitator"],
        ["", "", "2.2 Celeste will make at least 2 social contacts outside the home each week, per weekly check-in.",
         "03/13/2026", "Interpersonal process group", "Therapist"],
        ["3. Medication adherence",
         "Celeste will take her medication as prescribed.",
         "3.1 Celeste will take lamotrigine as prescribed on at least 13 of 14 days, per pill organizer check.",
         "02/27/2026", "Medication education; weekly psychiatrist visit", "Psychiatrist, RN"],
    ], widths=[1.5, 1.8, 2.8, 0.9, 1.8, 1.0], size=8)
    x.p("")
    x.p("Services", bold=True)
    x.table([["Code", "Service", "Amount", "Frequency", "Duration"],
             ["90853", "Group psychotherapy", "60 minutes per group", "3 groups/day, 3 days/week", "6 weeks"],
             ["90834", "Individual psychotherapy", "45 minutes", "1x/week", "6 weeks"],
             ["99213", "Psychiatric medication management", "20 minutes", "1x/week", "6 weeks"]], size=8)
    x.p("Program duration: 6 weeks (02/02/2026 – 03/13/2026).")
    x.p("")
    x.p("Discharge criteria: stable mood for 2 weeks, no suicidal ideation, step-down appointment scheduled with "
        "outpatient therapist and psychiatrist.")
    x.p("")
    x.p("Signed: Priya Castellanos, LCSW — IOP Therapist — 02/02/2026 16:40")
    x.p("Reviewed: Gregor Halvorsen, MD — IOP Medical Director — 02/03/2026 08:05")
    x.p("Patient: Celeste R. Beaumont — signed 02/02/2026")
    x.save(f)
    label(f, "medicare-psychotherapy", [], asof, [["objective-not-measurable"]],
          "Gap: objective 2.1 ('gain insight into how isolation worsens her mood') names no measure or level; all "
          "other objectives are measurable and dated. Layout: landscape hospital IOP master treatment plan, one wide "
          "grid with problem / goal / objective / target date / interventions / staff columns and continuation "
          "rows with blank problem cells.")


def r04():
    f = "r04_plan.docx"
    plan, asof = D(2026, 3, 2), D(2026, 4, 6)
    end = plan + dt.timedelta(weeks=24)
    assert end == D(2026, 8, 17) and days(plan, end) < 365 and days(plan, asof) <= 365
    assert D(2026, 3, 3) <= asof  # client e-signature the next day
    x = Doc(font="Helvetica", size=11, margin=1.0, title="Care Plan", author="TeleCare Platform")
    x.header_lines(["BrightPath Telebehavioral Health, PLLC   |   Visit type: Video"], size=8, align="right")
    x.footer_lines(["Member: Ingrid Solheim-Carter · DOB Aug 3, 1962 · Medicare 2RV8-MX4-TN57"])
    x.h("Your care plan", 0)
    x.p("Prepared March 2, 2026 for Ingrid Solheim-Carter (born August 3, 1962).")
    x.p("Medicare Beneficiary Identifier: 2RV8-MX4-TN57. Clinician: Dr. Naomi Ferreira-Blake, PsyD "
        "(Licensed Psychologist, NPI " + npi("187204559") + ").")
    x.h("What brought you here", 2)
    x.p("You told me that for many years you have avoided meetings, phone calls with people you don't know and "
        "eating in front of others. Since you retired, this has left you mostly at home and you miss your choir.")
    x.h("Diagnosis", 2)
    x.p("Social anxiety disorder (social phobia), ICD-10-CM F40.10.")
    x.h("What we're working on", 2)
    x.p("Goal 1 — Feel comfortable enough around other people to rejoin your choir by August 14, 2026.")
    x.bullets([
        "Step 1: You will bring your SPIN (Social Phobia Inventory) score down from 41 to 25 or lower by June 1, 2026.",
        "Step 2: You will complete at least 3 exposure practices from your fear ladder each week, logged in the app, "
        "by April 30, 2026.",
        "Step 3: You will attend 2 choir rehearsals and stay for the whole rehearsal by August 14, 2026.",
    ])
    x.p("Goal 2 — Make and answer phone calls without putting them off.")
    x.bullets([
        "Step 1: You will make at least 4 of the phone calls on your weekly list within 2 days of adding them, "
        "for 4 weeks in a row, by May 15, 2026.",
    ])
    x.h("How we'll get there", 2)
    x.p("Cognitive behavioral therapy for social anxiety: graded exposure with a fear ladder, video feedback, "
        "attention training and work on the predictions you make before social situations.")
    x.h("Your sessions", 2)
    x.p("Individual psychotherapy by video (CPT 90834-95), 45 minutes, once a week, for 24 weeks "
        "(through August 17, 2026). We will look at your progress together on May 4, 2026.")
    x.h("If things get hard", 2)
    x.p(CRISIS)
    x.p(TELE_CONSENT)
    x.h("Signatures", 2)
    x.p("/s/ Naomi Ferreira-Blake, PsyD, Licensed Psychologist — electronically signed 03/02/2026 7:41 PM ET")
    x.p("Client acknowledgment: Ingrid Solheim-Carter — e-signed via patient portal 03/03/2026 9:02 AM ET")
    x.save(f)
    label(f, "medicare-psychotherapy", [], asof, [],
          "Clean. Telehealth practice plan written to the client in second person ('Your care plan'), goals with "
          "bulleted 'Step' objectives, long-form dates, session details in a sentence, identifiers in the footer, "
          "/s/ e-signature lines.")


def r05():
    f = "r05_plan.docx"
    intake, plan, asof = D(2026, 1, 20), D(2026, 2, 9), D(2026, 3, 2)
    assert days(intake, plan) <= 30
    x = Doc(font="Calibri", size=10, title="School-Based Treatment Plan")
    x.header_lines(["Harbor Point Behavioral Health — School-Based Outpatient Program",
                    "Licensed outpatient psychiatric clinic satellite at Westbrook Middle School, Room 114"], size=8)
    x.footer_lines(["Student/Client: Mateo Lindqvist-Ruiz | Chart 5531-08 | Form SB-TP-01"])
    x.p("SCHOOL-BASED MENTAL HEALTH — INDIVIDUAL TREATMENT PLAN", bold=True, size=13, align="center")
    x.table([["Client name", "Mateo Lindqvist-Ruiz", "Grade / School", "6th / Westbrook Middle"],
             ["Date of birth", "05/14/2014", "Medical Assistance ID", "4409187723"],
             ["Parent / guardian", "Carmen Ruiz (mother)", "Phone", "(555) 014-2290"],
             ["Intake date", "01/20/2026", "Plan date", "02/09/2026"],
             ["Plan type", "[X] Initial  [ ] Update", "Anticipated duration", "Through 06/12/2026 (end of school year)"]],
            header=False, bold_first_col=True, widths=[1.4, 2.0, 1.5, 2.0])
    x.p("")
    x.p("Diagnoses", bold=True)
    x.table([["ICD-10-CM", "Diagnosis", ""],
             ["F41.1", "Generalized anxiety disorder", "Primary"],
             ["F90.0", "Attention-deficit hyperactivity disorder, predominantly inattentive type", "Secondary"]])
    x.p("")
    x.p("Treatment services (check all that apply)", bold=True)
    x.p("[X] Individual therapy at school — 45 minutes, 1x per week (90834)")
    x.p("[X] Family therapy — 50 minutes, 2x per month (90847)")
    x.p("[ ] Group therapy      [ ] Psychiatric evaluation      [X] Teacher consultation (not billed)")
    x.p("")
    x.p("Goals and objectives", bold=True)
    x.table([
        ["Goal", "Objective", "Measured by", "Target date"],
        ["1. Mateo will go to school and stay in class without panic.",
         "1a. Mateo will stay in class for the full period on at least 9 of 10 school days, without leaving for the "
         "nurse's office.", "Teacher attendance sheet", "04/17/2026"],
        ["", "1b. Mateo will name and use 2 calming skills when he feels worried, in at least 3 of 4 worried "
             "moments.", "Self-rating card, weekly review", "03/27/2026"],
        ["2. Mateo will finish and hand in his school work.",
         "2a. Mateo will hand in at least 80% of homework assignments each week.", "Teacher report / school portal",
         "05/15/2026"],
    ], widths=[1.9, 2.8, 1.4, 0.9])
    x.p("")
    x.p("Interventions: CBT for child anxiety (Coping Cat), relaxation training, parent coaching on accommodation, "
        "organization skills training, weekly check-in with the school counselor.")
    x.p("")
    x.p("Crisis plan: school counselor and principal notified per safety protocol. " + CRISIS, size=9)
    x.p("")
    x.p("Signatures", bold=True)
    x.table([["", "Signature", "Date"],
             ["Therapist", "Jordan Whitcombe, LPC", "02/09/2026"],
             ["Parent/Guardian", "", ""],
             ["Client (age 14 and older)", "N/A — client is 11", ""],
             ["Psychiatrist approval", "Lena Abernathy, MD", "02/11/2026"]], widths=[1.8, 3.2, 1.5])
    x.save(f)
    label(f, "base-treatment-plan", ["pa-55-5200"], asof, [["signature-missing"]],
          "Gap: the parent/guardian signature row is empty and the child (11) is not asked to sign, so the plan "
          "is not signed by the individual or guardian (55 Pa. Code 5200.31). Layout: school-based satellite clinic "
          "form, [X] check boxes for services, goals grid with 'Measured by' column, signature table with role rows.")


def r06():
    f = "r06_plan.docx"
    plan, asof = D(2025, 1, 13), D(2026, 2, 3)
    end = D(2025, 12, 12)
    assert days(plan, asof) > 365 and days(plan, end) < 365
    x = Doc(font="Cambria", size=10.5, title="Individualized Recovery Plan")
    x.header_table([["Keystone Valley CMHC", "Person served: Wendell Okoro-Pratt", "Record 311-4478"],
                    ["Sites: Ashford • Lindale • Route 9 Clinic", "DOB: 02/28/1954", "Medicare: 9CF3-HJ6-PW12"]],
                   fill="F2F2F2")
    x.footer_lines(["IRP form 12 (2023) — page footer repeats on every page"])
    x.p("INDIVIDUALIZED RECOVERY PLAN", bold=True, size=14)
    x.lv("Person served", "Wendell Okoro-Pratt")
    x.lv("Date of birth", "02/28/1954")
    x.lv("Medicare number", "9CF3HJ6PW12")
    x.lv("Date plan developed", "01/13/2025")
    x.lv("Plan in effect through", "12/12/2025")
    x.lv("Clinic", "Lindale outpatient office")
    x.p("")
    x.p("In my own words: \"I want to keep my apartment and stop ending up in the ER when the voices get bad.\"",
        italic=True)
    x.p("")
    x.p("Diagnosis", bold=True)
    x.p("F20.0 — Paranoid schizophrenia (primary)")
    x.p("Z59.819 — Housing instability, housed, unspecified")
    x.p("")
    x.p("Recovery Goal A: Wendell will stay safely housed in his own apartment.", bold=True)
    x.p("A.1  Wendell will pay his rent on time each month for 6 months in a row, with help from his payee, by "
        "07/31/2025.")
    x.p("A.2  Wendell will have no more than 1 emergency department visit for psychiatric reasons in the plan year "
        "(baseline: 5 in 2024), by 12/12/2025.")
    x.p("Recovery Goal B: Wendell will manage the voices so they interfere less with his day.", bold=True)
    x.p("B.1  Wendell will use 2 of his coping strategies (headphones with music, calling his brother) when the "
        "voices get loud, on at least 4 of 5 occasions he reports, by 06/30/2025.")
    x.p("B.2  Wendell will attend at least 90% of his monthly injection appointments through 12/12/2025.")
    x.p("")
    x.p("Services", bold=True)
    x.table([["Service", "CPT", "Length", "How often", "For how long"],
             ["Individual psychotherapy (supportive, CBT for psychosis)", "90834", "45 min", "every 2 weeks",
              "11 months"],
             ["Medication management with injection", "99213", "20 min", "monthly", "11 months"]])
    x.p("")
    x.p("Next review: 07/14/2025")
    x.p("")
    x.p("Signatures", bold=True)
    x.p("Person served: Wendell Okoro-Pratt     Date: 01/13/2025")
    x.p("Clinician: Beatrix Kolmann, LCSW     Date: 01/13/2025")
    x.p("Psychiatrist: Tomasz Ilunga, MD     Date: 01/16/2025")
    x.save(f)
    label(f, "medicare-psychotherapy", [], asof, [["plan-outdated"]],
          "Gap: the plan is dated 01/13/2025 and no completed review is recorded; on the as-of date 2026-02-03 it "
          "is 386 days old (over 365). Layout: CMHC recovery plan with a shaded multi-site banner table in the header, "
          "'Person served' wording, lettered goals with A.1/B.2 objectives.",
          )


def r07():
    f = "r07_plan.docx"
    plan, asof = D(2026, 3, 9), D(2026, 4, 1)
    x = Doc(font="Courier New", size=10, title="tx plan")
    x.p("TX PLAN - OUTPT")
    x.p("pt: Ruth Mendelsohn   71 y/o F   MRN 20-7781   ins: Medicare 4JD7-UK2-WE85")
    x.p("date: 3/9/26")
    x.p("")
    x.p("hx: long hx worry, worse since husband's CVA 8/25. poor sleep (~4 hrs/night), tension HA. no SI/HI. "
        "PCP started buspirone 1/26.")
    x.p("dx: F41.1 GAD;  G47.00 insomnia unsp")
    x.p("")
    x.p("GOALS")
    x.p("1) dec anxiety")
    x.p("   a. GAD-7 from 16 -> <10 by 6/1/26")
    x.p("   b. pt will use worry time + PMR at least 5x/wk per log by 5/1/26")
    x.p("2) sleep")
    x.p("   a) pt will sleep >= 6 hrs/night on 5 of 7 nights per sleep diary by 5/15/26")
    x.p("3. caregiver stress")
    x.p("   3a pt will schedule respite (adult day program) at least 1 day/wk by 4/30/26")
    x.p("")
    x.p("TX: indiv CBT / CBT-I, 45 min q wk x 12 wks (90834). f/u w/ PCP re: meds. caregiver support grp info given.")
    x.p("duration: 12 wks")
    x.p("")
    x.p("pt agrees w/ plan, copy given.")
    x.p("")
    x.p("signed: J. Okonkwo   3/9/26")
    x.save(f)
    label(f, "medicare-psychotherapy", [], asof, [["credential-missing"], ["field-missing"]],
          "Gaps: the clinician signs 'J. Okonkwo' with no credential anywhere on the plan; no date of birth is "
          "given (only '71 y/o'). Layout: hurried shorthand plan in plain monospaced lines (pt, hx, dx, tx, q wk, "
          "f/u, w/), inconsistent numbering (1) a. / a) / 3. 3a).")


def r08():
    f = "r08_plan.docx"
    admit, prev, plan, asof = D(2025, 7, 2), D(2025, 7, 21), D(2026, 1, 20), D(2026, 4, 14)
    end = D(2026, 7, 20)
    assert days(plan, asof) <= 365 and days(plan, end) < 365
    x = Doc(font="Calibri", size=10, title="Treatment Plan Update")
    x.header_table([["Northgate Counseling & Wellness (CMHC)", "Client: Abernathy-Cole, Simone", "MR# 118-204"],
                    ["Plan: 180-day review / update", "DOB 10/09/1961", "Medicare 5NM1-QC3-RA08"]])
    x.footer_lines(["Northgate CMHC • Central, Fairview and Oak Hill sites • " + HIPAA_FOOT])
    x.p("TREATMENT PLAN UPDATE", bold=True, size=14)
    x.table([["Client", "Simone Abernathy-Cole", "Date of birth", "10/09/1961"],
             ["Medicare ID", "5NM1QC3RA08", "Admission", "07/02/2025"],
             ["Previous plan", "07/21/2025", "This update", "01/20/2026"],
             ["Plan period", "01/20/2026 to 07/20/2026", "Next review", "07/20/2026"]],
            header=False, bold_first_col=False)
    x.p("")
    x.p("Diagnoses (reviewed, unchanged)", bold=True)
    x.p("F33.1 Major depressive disorder, recurrent, moderate  •  F10.21 Alcohol dependence, in remission")
    x.p("")
    x.p("Progress since last plan", bold=True)
    x.p("Simone has attended 22 of 24 scheduled sessions. PHQ-9 has moved from 19 (07/2025) to 12 (01/2026). She "
        "reports 6 months without alcohol, confirmed by her PCP. Goal met and closed since the last plan: she "
        "re-established care with a PCP and attends monthly (closed 11/18/2025).")
    x.p("")
    x.p("Current goals and objectives", bold=True)
    x.table([
        ["No.", "Goal / Objective", "Target date", "Status"],
        ["1", "Goal: Simone will have a stable mood and return to part-time work.", "07/20/2026", "Continue"],
        ["1.1", "Simone will lower her PHQ-9 from 12 to below 8.", "04/20/2026", "Revised (was: below 15)"],
        ["1.2", "Simone will complete at least 3 job applications per month with her vocational counselor.",
         "05/29/2026", "New"],
        ["2", "Goal: Simone will stay alcohol-free.", "07/20/2026", "Continue"],
        ["2.1", "Simone will attend at least 2 recovery meetings (SMART or AA) each week, by her attendance card.",
         "03/31/2026", "Continue"],
        ["2.2", "Simone will write a relapse-prevention plan naming 3 high-risk situations and a response to each.",
         "02/27/2026", "New"],
    ], widths=[0.5, 4.3, 1.0, 1.2])
    x.p("")
    x.p("Services for this plan period", bold=True)
    x.p("• Individual psychotherapy (90834), 45 minutes, every other week, 6 months")
    x.p("• Medication management (99213), 15 minutes, every 6 weeks, 6 months")
    x.p("Interventions: CBT and behavioral activation; relapse-prevention planning; motivational interviewing.")
    x.p("Estimated duration: 6 months (to 07/20/2026).")
    x.p("")
    x.p("Signatures", bold=True)
    x.table([["Role", "Name", "Signature", "Date"],
             ["Client", "Simone Abernathy-Cole", "Simone Abernathy-Cole", "01/20/2026"],
             ["Therapist", "Owen Farraday, LPC", "e-signed", "01/20/2026"],
             ["Psychiatrist", "Ruth Ekwueme, MD", "e-signed", "01/22/2026"]])
    x.save(f)
    label(f, "medicare-psychotherapy", [], asof, [],
          "Clean. 180-day plan update at a multi-site CMHC: goals carried forward with a Status column "
          "(Continue / Revised / New), previous plan date and admission date shown beside this update's date, a closed "
          "goal described only in the progress paragraph, signature table with Role/Name/Signature/Date.")


def r09():
    f = "r09_plan.docx"
    admit, plan, asof = D(2026, 2, 11), D(2026, 2, 13), D(2026, 2, 27)
    x = Doc(font="Arial", size=9, title="PHP Individualized Treatment Plan", author="MedChart Print")
    for_hdr = ["ST. AGATHA HEALTH SYSTEM — PARTIAL HOSPITALIZATION PROGRAM (ADULT)",
               "PT NAME: DUVALL, MARCUS T      MRN: 004-77-2210      DOB: 07/21/1967      FIN: 2026044181"]
    x.header_lines(for_hdr, size=8)
    x.footer_lines(["PHP-ITP  |  Electronically generated — no signature stamp required  |  " + HIPAA_FOOT])
    x.p("INDIVIDUALIZED TREATMENT PLAN", bold=True, size=12, align="center")
    x.caption_table("DEMOGRAPHICS", [
        ["Patient", "Marcus T. Duvall", "DOB", "07/21/1967"],
        ["Primary insurance", "Medicare Part B", "Member ID", "8KE5TY1RM36"],
        ["PHP admission", "02/11/2026", "Treatment plan date", "02/13/2026"],
    ], fill="D9E2F3", color="000000")
    x.p("")
    x.caption_table("DIAGNOSES", [
        ["Code", "Description", "Type"],
        ["F33.2", "Major depressive disorder, recurrent severe without psychotic features", "Principal"],
        ["F41", "Anxiety", "Secondary"],
    ], fill="D9E2F3", color="000000", header=True)
    x.p("")
    x.caption_table("PHYSICIAN CERTIFICATION", [[
        "I certify that this patient would require inpatient psychiatric care in the absence of partial "
        "hospitalization services, and that the services below are furnished under this individualized written plan."]],
        fill="D9E2F3", color="000000")
    x.p("")
    x.caption_table("PROBLEM 1 — SEVERE DEPRESSION", [
        ["Goal", "Marcus will be safe and able to return to outpatient care."],
        ["Objective 1", "Marcus will report no suicidal ideation on the daily C-SSRS screen for 7 consecutive program "
                        "days. Target: 02/27/2026"],
        ["Objective 2", "Marcus will reduce his PHQ-9 from 24 to 14 or below. Target: 03/06/2026"],
        ["Interventions", "Daily CBT and DBT skills groups; individual therapy 2x/week; medication management weekly; "
                          "safety planning."],
    ], fill="D9E2F3", color="000000")
    x.p("")
    x.caption_table("PROBLEM 2 — ANXIETY", [
        ["Goal", "Marcus will manage anxiety well enough to leave the house daily."],
        ["Objective 1", "Marcus will use a grounding skill during at least 3 of 4 anxiety spikes logged on his diary "
                        "card. Target: 03/04/2026"],
        ["Interventions", "Anxiety management group; diary card review in individual therapy."],
    ], fill="D9E2F3", color="000000")
    x.p("")
    x.caption_table("SERVICES", [
        ["Service (CPT)", "Amount", "Frequency", "Duration"],
        ["Group psychotherapy (90853)", "60 minutes per group, 4 groups per day", "5 days per week", "3 weeks"],
        ["Individual psychotherapy (90832)", "30 minutes", "2x per week", "3 weeks"],
        ["Medication management (99213)", "15 minutes", "weekly", "3 weeks"],
    ], fill="D9E2F3", color="000000", header=True)
    x.p("Estimated length of stay: 3 weeks (anticipated discharge 03/06/2026).")
    x.p("")
    x.caption_table("SIGNATURES", [
        ["Treatment team member", "Credentials", "Date/Time"],
        ["Signed by: Keisha Montgomery-Lowe", "LCSW, Primary Therapist", "02/13/2026 15:02"],
        ["Signed by: Rafael Okimoto", "MD, Attending Psychiatrist (certifying physician)", "02/13/2026 17:30"],
        ["Signed by: Marcus T. Duvall", "Patient", "02/13/2026 15:10"],
    ], fill="D9E2F3", color="000000", header=True)
    x.save(f)
    label(f, "medicare-psychotherapy", [], asof, [["diagnosis-code-not-billable"]],
          "Gap: the secondary diagnosis is coded F41 ('Anxiety'), an ICD-10-CM category, not a billable code. "
          "Layout: hospital partial hospitalization plan of blue-shaded caption tables (merged caption rows), "
          "label/value rows per problem, signature table with date-time stamps.")


def r10():
    f = "r10_plan.docx"
    plan, asof = D(2026, 2, 24), D(2026, 5, 5)
    end = D(2026, 8, 24)
    assert days(plan, end) < 365
    x = Doc(font="Calibri", size=10, title="Service Plan")
    x.header_lines(["Cedar Hollow Behavioral Health Services — Outpatient (Main Campus, Brookside, Pinecrest)",
                    "Member: Lucille Haverford • Member ID 1WQ6-AK8-PN44 • DOB 12/05/1949"], size=8)
    x.footer_lines(["Service Plan (SP-4)  •  " + HIPAA_FOOT])
    x.p("OUTPATIENT SERVICE PLAN", bold=True, size=14)
    para = x.p("")
    x.run(para, "Member name: ", bold=True)
    x.sdt(para, "Lucille M. Haverford", "MemberName")
    para = x.p("")
    x.run(para, "Date of birth: ", bold=True)
    x.sdt(para, "12/05/1949", "DOB")
    x.run(para, "     Member ID: ", bold=True)
    x.sdt(para, "1WQ6AK8PN44", "MemberID")
    para = x.p("")
    x.run(para, "Plan date: ", bold=True)
    x.sdt(para, "02/24/2026", "PlanDate")
    x.run(para, "     Site: ", bold=True)
    x.sdt(para, "Brookside", "Site")
    x.p("")
    x.p("Diagnoses", bold=True)
    t = x.table([["ICD-10-CM", "Description"], ["F43.23", "Adjustment disorder with mixed anxiety and depressed mood"],
                 ["G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations (medical)"]])
    x.p("")
    x.p("Goals", bold=True)
    outer = x.d.add_table(rows=3, cols=2)
    outer.style = x.d.styles["Table Grid"]
    set_cell(outer.cell(0, 0), "Goal", bold=True)
    set_cell(outer.cell(0, 1), "Objectives", bold=True)
    shade(outer.cell(0, 0), "D9D9D9")
    shade(outer.cell(0, 1), "D9D9D9")
    goals = [
        ("Goal 1. Lucille will adjust to her Parkinson's diagnosis with less sadness and worry.",
         [("1.1", "Lucille will lower her GDS-15 (Geriatric Depression Scale) score from 9 to 5 or less.", "05/26/2026"),
          ("1.2", "Lucille will name 3 activities she can still enjoy and do at least 2 of them each week, per her "
                  "weekly log.", "04/21/2026")]),
        ("Goal 2. Lucille will talk with her family about her care wishes.",
         [("2.1", "Lucille will hold 1 family meeting about her care wishes, with the therapist present or by phone.",
           "06/30/2026")]),
    ]
    for i, (g, objs) in enumerate(goals, start=1):
        set_cell(outer.cell(i, 0), g)
        cell = outer.cell(i, 1)
        inner = cell.add_table(rows=len(objs) + 1, cols=3)
        inner.style = x.d.styles["Table Grid"]
        for j, head in enumerate(["#", "Objective", "Target"]):
            set_cell(inner.cell(0, j), head, bold=True, size=8)
        for r, (n, o, dte) in enumerate(objs, start=1):
            set_cell(inner.cell(r, 0), n, size=9)
            set_cell(inner.cell(r, 1), o, size=9)
            set_cell(inner.cell(r, 2), dte, size=9)
    x.p("")
    x.p("Treatment", bold=True)
    t = x.table([["Modality", "CPT", "Session", "Frequency", "Duration"],
                 ["Individual psychotherapy (CBT, acceptance-based coping)", "90834", "45 minutes", "weekly",
                  "6 months"],
                 ["Family psychotherapy with patient present", "90847", "50 minutes", "once a month", "6 months"]])
    x.p("Plan duration: 6 months (02/24/2026 through 08/24/2026). Review due 05/26/2026.")
    x.p("")
    x.p("Crisis and after-hours: " + CRISIS, size=9)
    x.p("")
    x.p("Signatures", bold=True)
    para = x.p("")
    x.run(para, "Member: ")
    x.sdt(para, "Lucille M. Haverford", "MemberSig")
    x.run(para, "   Date: ")
    x.sdt(para, "02/24/2026", "MemberSigDate")
    para = x.p("")
    x.run(para, "Clinician: ")
    x.sdt(para, "Elias Brandvold, LICSW", "ClinSig")
    x.run(para, "   Date: ")
    x.sdt(para, "02/24/2026", "ClinSigDate")
    x.save(f)
    label(f, "medicare-psychotherapy", [], asof, [],
          "Clean. CMHC service plan with identifiers and dates inside inline content controls, objectives in nested "
          "tables inside the goal table's cells, a medical diagnosis listed beside the mental health diagnosis.")


def r11():
    f = "r11_plan.docx"
    intake, plan, asof = D(2026, 1, 5), D(2026, 2, 19), D(2026, 3, 16)
    assert days(intake, plan) == 45 > 30
    x = Doc(font="Georgia", size=10.5, title="Treatment Plan")
    x.header_lines(["Maple Ridge Psychiatric Outpatient Clinic — Licensed by PA DHS OMHSAS"], size=8)
    x.footer_lines(["Patient: Vernon Achterberg   Acct 55-20931"])
    x.h("Treatment Plan", 1)
    x.h("Identifying information", 2)
    x.lv("Patient", "Vernon Achterberg")
    x.lv("DOB", "06/30/1958")
    x.lv("Medicare MBI", "7RT2-EW9-KX31")
    x.lv("Date of initial assessment (intake)", "01/05/2026")
    x.lv("Date treatment plan completed", "02/19/2026")
    x.lv("Plan review date", "05/19/2026")
    x.h("Diagnoses", 2)
    x.p("1. F43.12 Post-traumatic stress disorder, chronic")
    x.p("2. F10.20 Alcohol dependence, uncomplicated")
    x.h("Goals and objectives", 2)
    x.p("Goal 1: Vernon will reduce PTSD symptoms that keep him from sleeping and driving.", bold=True)
    x.p("Objective 1.1: Vernon will reduce his PCL-5 score from 58 to below 33 by 05/19/2026.")
    x.p("Objective 1.2: Vernon will drive on the interstate at least once a week for 4 weeks in a row by 04/30/2026.")
    x.p("Goal 2: Vernon will stop drinking.", bold=True)
    x.p("Objective 2.1: Vernon will report 0 drinking days per week on the timeline follow-back for 8 consecutive "
        "weeks by 05/19/2026.")
    x.p("Objective 2.2: Vernon will attend at least 1 mutual-support meeting per week, documented on his meeting "
        "sheet, by 03/31/2026.")
    x.h("Treatment modalities and services", 2)
    x.table([["Modality", "Code", "Length", "Frequency"],
             ["Individual psychotherapy — Prolonged Exposure", "90837", "60 min", "weekly"],
             ["Psychiatric medication management (naltrexone, prazosin)", "99214", "25 min", "monthly"]])
    x.p("Expected duration of treatment: 16 weeks.")
    x.h("Signatures", 2)
    x.p("Mental health professional: Celia Vanterpool, LPC   Date: 02/19/2026")
    x.p("Patient: Vernon Achterberg   Date: 02/19/2026")
    x.p("Psychiatric approval (psychotherapy included): Yusuf Ketterman, DO   Date: 02/23/2026")
    x.save(f)
    label(f, "medicare-psychotherapy", ["pa-55-5200"], asof, [["plan-late"]],
          "Gap: intake 01/05/2026, plan completed 02/19/2026 = 45 days, over the 30 days 55 Pa. Code 5200.31 allows. "
          "Layout: Word heading styles (Heading 1/2), bold 'Label:' lines, numbered diagnoses, plain signature lines.")


def r12():
    f = "r12_plan.docx"
    intake, plan, asof = D(2026, 3, 3), D(2026, 3, 24), D(2026, 4, 20)
    assert days(intake, plan) <= 30
    x = Doc(font="Calibri", size=11, title="Individual Treatment Plan")
    x.header_lines(["Susquehanna Bend Counseling Center, Inc. — Outpatient Psychiatric Clinic"], align="center", size=9)
    x.footer_lines(["ITP — Eleanor Fairweather-Nunn — MBI 3HV5-CN2-TD77"])
    x.p("Individual Treatment Plan", bold=True, size=16, align="center")
    x.p("")
    x.p("Name: Eleanor Fairweather-Nunn        Date of Birth: 01/22/1955")
    x.p("Medicare Beneficiary ID: 3HV5CN2TD77     Intake date: 03/03/2026")
    x.p("Date of this plan: 03/24/2026            Anticipated length of treatment: 20 weeks")
    x.p("")
    x.p("Diagnostic impression", bold=True)
    x.p("F40.01 Agoraphobia with panic disorder")
    x.p("")
    x.p("PROBLEM 1: Panic attacks and avoidance of leaving home", bold=True)
    x.p("Goal 1. Eleanor will be able to go to stores, church and appointments without a companion.")
    x.p("Objectives:", italic=True)
    x.p("Eleanor will complete at least 4 steps of her exposure hierarchy, rating distress at 30 or below on the SUDS "
        "scale at the end of each, by 06/05/2026.", style="List Number")
    x.p("Eleanor will go to the pharmacy alone at least once a week for 4 weeks in a row by 07/10/2026.",
        style="List Number")
    x.p("")
    x.p("PROBLEM 2: Panic attacks", bold=True)
    x.p("Goal 2. Eleanor will reduce panic attacks from 4 per week to 1 or fewer per week, as recorded in her panic "
        "diary, by 08/11/2026.")
    x.p("Interventions for goal 2: interoceptive exposure; breathing retraining; psychoeducation on the panic cycle.")
    x.p("")
    x.p("TREATMENT", bold=True)
    x.p("Panic control treatment (CBT) — individual psychotherapy, 53 minutes (90837), weekly, for 20 weeks. "
        "Medication: continue sertraline per PCP; no psychiatric medication services requested.")
    x.p("")
    x.p("Crisis: " + CRISIS, size=9)
    x.p("")
    x.p("SIGNATURES", bold=True)
    x.table([["Client", "Eleanor Fairweather-Nunn", "03/24/2026"],
             ["Therapist", "Darnell Pruitt, LCSW", "03/24/2026"],
             ["Approving psychiatrist", "Hanna Lindgren-Obi, MD", "03/26/2026"]], header=False)
    x.save(f)
    label(f, "medicare-psychotherapy", ["pa-55-5200"], asof, [["objective-missing"]],
          "Gap: goal 2 has no objectives (only a measurable, dated goal statement and interventions); 55 Pa. Code "
          "5200.31 requires goals and objectives. Layout: centred title, run-on demographic lines with several fields "
          "per line, Word numbered-list objectives, headerless three-column signature table.")


def r13():
    f = "r13_plan.docx"
    plan, asof = D(2026, 1, 16), D(2026, 2, 27)
    good = npi("163017284")
    badn = bad_npi("172940138")
    x = Doc(font="Verdana", size=9, title="Treatment Plan")
    x.header_lines(["Summit Behavioral Partners — Group Practice", "Treatment Plan — Medicare"], size=8)
    x.footer_lines(["Patient: Gideon Marchetti | DOB 03/11/1952 | MBI 6TR3-WN5-KE19"])
    x.p("TREATMENT PLAN", bold=True, size=13)
    x.table([["Patient", "Gideon Marchetti", "Plan date", "01/16/2026"],
             ["DOB", "03/11/1952", "MBI", "6TR3WN5KE19"]], header=False)
    x.p("")
    x.p("Providers", bold=True)
    x.table([["Role", "Name", "Credential", "NPI"],
             ["Rendering clinician", "Anneliese Brockhurst", "PhD, Licensed Psychologist", badn],
             ["Billing group", "Summit Behavioral Partners", "", good]])
    x.p("")
    x.p("Diagnosis: F42.2 Mixed obsessional thoughts and acts (OCD)")
    x.p("")
    x.p("Goal 1: Gideon will spend less time on checking and washing rituals.", bold=True)
    x.p("   1a. Gideon will reduce his Y-BOCS score from 29 to 16 or below by 07/16/2026.")
    x.p("   1b. Gideon will limit hand-washing to 10 or fewer times per day, per his self-monitoring form, by "
        "05/15/2026.")
    x.p("Goal 2: Gideon will go back to volunteering at the library.", bold=True)
    x.p("   2a. Gideon will volunteer at least 1 half-day shift per week for 4 weeks in a row by 09/30/2026.")
    x.p("")
    x.p("Treatment: Exposure and response prevention (ERP), individual psychotherapy 90837, 60 minutes, twice "
        "weekly for 8 weeks, then weekly.")
    x.p("Estimated duration of treatment: 14 months.", bold=True)
    x.p("")
    x.p("Clinician signature: Anneliese Brockhurst, PhD    Date: 01/16/2026")
    x.p("Patient signature: Gideon Marchetti    Date: 01/16/2026")
    x.save(f)
    label(f, "medicare-psychotherapy", [], asof, [["identifier-invalid"], ["duration-exceeds-limit"]],
          "Gaps: the rendering clinician's NPI " + badn + " fails the Luhn check digit (the group NPI is valid); the "
          "estimated duration is 14 months, not less than one year. Layout: small group practice plan with a "
          "providers table (role/name/credential/NPI), indented 1a/1b objectives, duration in bold run.")


def r14():
    f = "r14_plan.docx"
    plan, asof = D(2026, 2, 5), D(2026, 3, 3)
    x = Doc(font="Calibri", size=10.5, title="Treatment Plan DRAFT->FINAL")
    x.header_lines(["Ridgeview Veterans & Family Counseling (outpatient behavioral health)"], size=8)
    x.footer_lines(["Client: Dashiell Ngata | DOB 08/19/1960 | Medicare ID 2PX8-FT4-LM53"])
    x.p("TREATMENT PLAN", bold=True, size=14)
    x.lv("Client", "Dashiell Ngata")
    x.lv("Date of birth", "08/19/1960")
    x.lv("Medicare ID", "2PX8FT4LM53")
    x.lv("Plan date", "02/05/2026")
    x.lv("Expected duration", "6 months")
    x.p("")
    x.p("Diagnoses", bold=True)
    x.p("Primary: F43.10 Post-traumatic stress disorder, unspecified")
    para = x.p("Secondary: Alcohol use disorder, mild")
    x.comment(para.runs[0], "Code to be added by billing after PCP records arrive?", author="Front Desk", initials="FD")
    x.p("")
    x.p("Goal 1: Dashiell will have fewer nightmares and flashbacks.", bold=True)
    para = x.p("Objective 1a: Dashiell will reduce his PCL-5 score from 49 to 30 or below by ")
    x.dele(para, "03/15/2026")
    x.ins(para, "04/15/2026")
    x.run(para, ".")
    x.p("Objective 1b: Dashiell will use his grounding skill during at least 3 of 4 flashbacks, per his weekly log, "
        "by 04/01/2026.")
    x.p("Goal 2: Dashiell will cut down his drinking.", bold=True)
    x.p("Objective 2a: Dashiell will drink on no more than 2 days per week, per his drink diary, by 04/30/2026.")
    x.p("Objective 2b: Dashiell will go to at least 2 veteran peer-support meetings a week, per his attendance "
        "card.")
    x.p("")
    x.p("Services", bold=True)
    x.p("Individual psychotherapy (CPT 90837): Cognitive Processing Therapy and motivational interviewing, 53 "
        "minutes, weekly.")
    x.p("")
    x.p("Signatures", bold=True)
    x.p("Clinician: Fenella Oduya, LMFT — 02/05/2026")
    x.p("Client: Dashiell Ngata — 02/05/2026")
    x.save(f)
    label(f, "medicare-psychotherapy", [], asof, [["objective-not-time-bound"], ["diagnosis-code-missing"]],
          "Gaps: objective 2b has no target date and goal 2 has none either; the secondary diagnosis 'Alcohol use "
          "disorder, mild' has no ICD-10-CM code (a Word comment says billing will add it). Layout: label lines, a "
          "tracked change on objective 1a's date (03/15 deleted, 04/15 inserted: read as accepted), a margin comment.")


# =============================================================================================
# Outpatient therapy (medicare-outpatient-therapy)
# =============================================================================================

def cert_ok(first_tx, period_end, md_sign, asof, plan=None):
    """Self-check for a therapy plan that should pass every timing rule."""
    plan = plan or first_tx
    assert plan <= first_tx, "plan must be established on or before the first treatment day"
    assert days(first_tx, period_end) <= 90, "recertification interval"
    assert 0 <= days(first_tx, md_sign) <= 30, "certification timely"
    assert md_sign <= asof <= period_end, "signed before the as-of date; period not yet ended"


def r15():
    f = "r15_plan.docx"
    ftx, pend, md, asof = D(2026, 2, 3), D(2026, 5, 3), D(2026, 2, 9), D(2026, 3, 18)
    cert_ok(ftx, pend, md, asof)
    x = Doc(font="Arial", size=9, title="PT Plan of Care", author="RehabDoc")
    x.header_table([["Mercy Fields Hospital — Outpatient Rehabilitation (Provider-based, Part B)", "", ""],
                    ["Patient: Pellegrino-Watts, Agnes", "DOB: 02/09/1948", "MRN: M0092231"],
                    ["MBI: 1FK7RE2WD90", "Referring: Obafemi Adeyemi, MD", "Visit: Initial Evaluation"]])
    x.footer_lines(["Plan of Care / Certification — printed from RehabDoc. " + HIPAA_FOOT])
    x.p("PHYSICAL THERAPY INITIAL EVALUATION AND PLAN OF CARE", bold=True, size=12, align="center")
    x.caption_table("Episode", [
        ["Date of evaluation (first treatment day)", "02/03/2026", "Plan of care date", "02/03/2026"],
        ["Certification period", "02/03/2026 to 05/03/2026", "Onset / surgery", "Right TKA 01/06/2026"],
    ], fill="305496")
    x.p("")
    x.caption_table("Diagnoses", [
        ["ICD-10-CM", "Description", "Type"],
        ["Z47.1", "Aftercare following joint replacement surgery", "Medical"],
        ["Z96.651", "Presence of right artificial knee joint", "Medical"],
        ["M25.661", "Stiffness of right knee, not elsewhere classified", "Treatment"],
        ["R26.81", "Unsteadiness on feet", "Treatment"],
    ], fill="305496", header=True)
    x.p("")
    x.caption_table("Assessment", [[
        "Patient is 4 weeks s/p right TKA (01/06/2026) with limited knee ROM (flexion 92°, extension lacking 8°), "
        "quadriceps weakness (3+/5), antalgic gait with rolling walker and TUG of 19 seconds. Good rehab potential; "
        "lives with husband in a two-story home with 12 steps to the bedroom."]], fill="305496")
    x.p("")
    x.caption_table("Goals", [
        ["#", "Goal", "Time frame"],
        ["STG 1", "Increase right knee flexion from 92° to 105° (AROM).", "4 weeks"],
        ["STG 2", "Ambulate 150 ft with a single-point cane, supervision level, on level surfaces.", "4 weeks"],
        ["LTG 1", "Right knee AROM 0–115° so that patient can get in and out of the car independently.", "12 weeks"],
        ["LTG 2", "Ascend and descend 12 steps with 1 rail, reciprocal pattern, modified independent.", "12 weeks"],
        ["LTG 3", "Reduce TUG from 19 s to under 12 s to lower fall risk.", "12 weeks"],
    ], fill="305496", header=True)
    x.p("")
    x.caption_table("Plan", [
        ["CPT", "Intervention", "Frequency", "Duration"],
        ["97110", "Therapeutic exercise", "2x/week", "12 weeks"],
        ["97140", "Manual therapy (joint mobilization)", "2x/week", "12 weeks"],
        ["97116", "Gait training", "2x/week", "12 weeks"],
        ["97530", "Therapeutic activities (stairs, car transfers)", "2x/week", "12 weeks"],
    ], fill="305496", header=True)
    x.p("Frequency/duration: 2 times per week for 12 weeks (24 visits). Home exercise program issued.")
    x.p("")
    x.p("Therapist: Electronically signed by Colm Fitzhenry, PT, DPT on 02/03/2026 at 16:55.")
    x.p("")
    t = x.d.add_table(rows=1, cols=1)
    t.style = x.d.styles["Table Grid"]
    set_cell(t.cell(0, 0),
             "PHYSICIAN/NPP CERTIFICATION\nI have reviewed this plan of care and certify that the services are "
             "medically necessary, furnished while the patient is under my care, and that the plan is established "
             "and will be reviewed periodically.\nPhysician signature: Obafemi Adeyemi, MD      NPI: "
             + npi("130928475") + "      Date: 02/09/2026")
    shade(t.cell(0, 0), "F2F2F2")
    x.save(f)
    label(f, "medicare-outpatient-therapy", [], asof, [],
          "Clean. Hospital outpatient PT evaluation and plan of care: banner table in the page header, dark-blue "
          "merged caption rows, STG/LTG goals table with time frames, CPT plan table, physician certification in a "
          "shaded one-cell attestation box.")


def r16():
    f = "r16_plan.docx"
    ftx, pend, md, asof = D(2026, 3, 10), D(2026, 6, 7), D(2026, 3, 13), D(2026, 4, 22)
    cert_ok(ftx, pend, md, asof)
    x = Doc(font="Calibri", size=10, title="OT Plan of Care")
    x.header_lines(["KEYSTONE MOTION REHAB • Clinic #14 (Fox Run)  —  Hand & Upper Extremity Center"], size=8)
    x.footer_lines(["Keystone Motion Rehab is part of the Keystone Motion network of 38 outpatient clinics.",
                    "Patient: Rosalind Vang • DOB 07/07/1950"])
    x.p("Occupational Therapy — Evaluation Summary & Plan of Care", bold=True, size=13)
    x.p("")
    x.dots("Patient name", "Rosalind Vang")
    x.dots("Date of birth", "07/07/1950")
    x.dots("Medicare beneficiary ID", "4WN2KD8PE61")
    x.dots("Date of initial evaluation", "03/10/2026")
    x.dots("Plan of care established", "03/10/2026")
    x.dots("Certification period", "03/10/2026 – 06/07/2026")
    x.dots("Certifying practitioner", "Marguerite Olawale, NP (orthopedics)")
    x.p("")
    x.p("Diagnosis", bold=True)
    x.p("S52.571D — Other intraarticular fracture of lower end of right radius, subsequent encounter, routine healing")
    x.p("M25.631 — Stiffness of right wrist, not elsewhere classified")
    x.p("")
    x.p("Functional limitations", bold=True)
    x.p(cb(True, "Self-care (buttons, jar opening)") + "   " + cb(True, "Home management") + "   " +
        cb(False, "Driving") + "   " + cb(True, "Leisure (gardening, crochet)"))
    x.p("")
    x.p("Long-term goals (by 05/19/2026)", bold=True)
    x.p("1. Increase right grip strength from 18 lb to 40 lb (Jamar, position 2).")
    x.p("2. Increase right wrist extension from 35° to 60° AROM.")
    x.p("3. Improve QuickDASH score from 61 to 30 or less.")
    x.p("4. Fasten and unfasten 5 buttons on her own blouse independently in under 60 seconds.")
    x.p("Short-term goals (by 04/07/2026)", bold=True)
    x.p("1. Wrist extension AROM 45°.   2. Grip 26 lb.   3. Independent with home exercise program (return "
        "demonstration, no cues).")
    x.p("")
    x.p("Plan", bold=True)
    x.dots("Interventions", "97110 ther ex; 97140 manual therapy; 97530 functional activities; 97760 orthotic mgmt")
    x.dots("Frequency", "2x per week")
    x.dots("Duration", "10 weeks")
    x.dots("Rehab potential", "Good")
    x.p("")
    x.p("Therapist: Yevgenia Marsh, OTR/L — signed 03/10/2026")
    x.p("")
    x.p("Certification: I certify the need for these services furnished under this plan of treatment while "
        "under my care.", italic=True)
    x.p("Marguerite Olawale, NP   NPI " + npi("148203917") + "   Signed 03/13/2026")
    x.save(f)
    label(f, "medicare-outpatient-therapy", [], asof, [],
          "Clean. Outpatient rehab chain OT plan: dot-leader fields (tab stops with dot leaders), ☒/☐ functional "
          "check boxes, goals as numbered lines under bold 'by date' headings, short-term goals run together on one "
          "line, nurse practitioner certification.")


def r17():
    f = "r17_plan.docx"
    ftx, pend, md, asof = D(2026, 1, 12), D(2026, 4, 11), D(2026, 2, 25), D(2026, 3, 5)
    assert days(ftx, pend) <= 90 and days(ftx, md) == 44 > 30 and md <= asof <= pend
    x = Doc(font="Arial", size=9.5, title="Speech-Language Pathology Plan of Care")
    hdr = ["Lakeshore Regional Medical Center — Outpatient Speech, Language & Swallowing Clinic",
           "HAUGEN, BERNARD L    MRN 0077-1294    DOB 09/14/1944    MBI 5EA7-TQ3-XN28"]
    x.header_lines(hdr, size=8)
    x.footer_lines(["SLP POC  " + HIPAA_FOOT])
    x.p("SPEECH-LANGUAGE PATHOLOGY PLAN OF CARE", bold=True, size=12)
    x.p("Patient: Bernard L. Haugen   |   DOB: 09/14/1944   |   MBI: 5EA7TQ3XN28")
    x.p("Date of evaluation / start of care: 01/12/2026   |   Plan of care date: 01/12/2026")
    x.p("Certification period: 01/12/2026 through 04/11/2026")
    x.p("")
    x.p("Diagnoses", bold=True)
    x.p("Medical: I69.391 Dysphagia following cerebral infarction.  Treatment: R13.12 Dysphagia, oropharyngeal phase.")
    x.p("")
    x.p("Clinical summary", bold=True)
    x.p("Modified barium swallow 01/09/2026: delayed swallow initiation, vallecular residue with thin liquids, one "
        "silent penetration event. Currently on mildly thick liquids and soft & bite-sized solids (IDDSI 6). "
        "Functional Oral Intake Scale (FOIS) level 4.")
    x.p("")
    x.table([["Goal", "Target"],
             ["LTG 1: Patient will tolerate thin liquids by cup sip with no overt signs of aspiration on 95% of trials "
              "across 3 sessions, allowing return to a regular liquid diet.", "12 weeks"],
             ["  STG 1.1: Patient will perform effortful swallow and chin-tuck strategy with 90% accuracy given min "
              "verbal cues.", "4 weeks"],
             ["  STG 1.2: Patient will complete 30 repetitions of Shaker exercise daily per home log, 6 of 7 days.",
              "4 weeks"],
             ["LTG 2: Patient will improve FOIS from level 4 to level 6 (total oral diet with special preparation "
              "limited to specific foods).", "12 weeks"]])
    x.p("")
    x.p("Treatment plan", bold=True)
    x.p("92526 Treatment of swallowing dysfunction — 2x/week for 12 weeks. 97535-GN caregiver training in diet "
        "modification — 1x/week for 4 weeks. Repeat instrumental assessment as indicated.")
    x.p("")
    x.p("SLP: Ophelia Dragomir, MS, CCC-SLP    Electronically signed 01/12/2026 14:10")
    x.p("")
    x.p("CERTIFICATION OF PLAN OF CARE", bold=True)
    x.p("I have reviewed this plan of care and certify a need for these services.")
    x.table([["Physician", "Signature", "Date"],
             ["Ansel Throckmorton, MD (Neurology)", "Ansel Throckmorton, MD — e-signed", "02/25/2026"]])
    x.save(f)
    label(f, "medicare-outpatient-therapy", [], asof, [["signature-late"]],
          "Gap: first treatment (evaluation) 01/12/2026; the physician certification is dated 02/25/2026, 44 days "
          "later, past the 30 days allowed (a warning from 2025 on). Layout: hospital SLP plan with patient line in the "
          "page header, pipe-separated field lines, LTG/STG table with indented STGs, certification table.")


def r18():
    f = "r18_plan.docx"
    ftx, pend, md, asof = D(2026, 4, 6), D(2026, 7, 4), D(2026, 4, 8), D(2026, 5, 1)
    cert_ok(ftx, pend, md, asof)
    x = Doc(font="Calibri", size=10, title="Plan of Care")
    x.header_lines(["SPRINGLINE PHYSICAL THERAPY & SPORTS REHAB — Location: Route 30 / Greenvale"], size=8)
    x.footer_lines(["Springline PT • 11 locations • Patient: Thaddeus Kirkpatrick-Ode"])
    x.p("PLAN OF CARE", bold=True, size=14)
    t = x.d.add_table(rows=5, cols=4)
    t.style = x.d.styles["Table Grid"]
    vals = [["Patient name", "Thaddeus Kirkpatrick-Ode", "DOB", "12/01/1953"],
            ["Medicare ID", "8JN4WC7RK22", "Payer", "Medicare Part B"],
            ["Initial eval / first visit", "04/06/2026", "POC date", "04/06/2026"],
            ["Cert. period", "04/06/2026 — 07/04/2026", "", ""],
            ["Referral source", "Brent Halloway, DC — Halloway Family Chiropractic", "", ""]]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(j % 2 == 0))
    t.cell(3, 1).merge(t.cell(3, 3))
    t.cell(4, 1).merge(t.cell(4, 3))
    set_cell(t.cell(3, 1), "04/06/2026 — 07/04/2026")
    set_cell(t.cell(4, 1), "Brent Halloway, DC — Halloway Family Chiropractic")
    x.p("")
    x.p("Dx: M54.16 Radiculopathy, lumbar region; M48.061 Spinal stenosis, lumbar region without neurogenic "
        "claudication")
    x.p("")
    x.p("Goals", bold=True)
    x.table([["Long-term goals (10 weeks)", "Baseline"],
             ["Oswestry Disability Index reduced from 46% to 20% or less", "46%"],
             ["Walk 30 minutes continuously with pain no higher than 3/10", "8 minutes, pain 7/10"],
             ["Lift 20 lb from floor to waist with correct body mechanics, 5 repetitions", "unable"]])
    x.p("Short-term goals (4 weeks): independent with HEP; sit 30 minutes with pain ≤4/10.")
    x.p("")
    x.p("Plan: therapeutic exercise (97110), neuromuscular re-education (97112), manual therapy (97140), "
        "HEP. Frequency 2x/week; duration 10 weeks.")
    x.p("")
    x.p("Therapist signature: Marisa Quintanilla-Shore, PT, DPT     Date: 04/06/2026")
    x.p("")
    t = x.d.add_table(rows=2, cols=3)
    t.style = x.d.styles["Table Grid"]
    set_cell(t.cell(0, 0), "Certifying provider", bold=True)
    set_cell(t.cell(0, 1), "Signature", bold=True)
    set_cell(t.cell(0, 2), "Date", bold=True)
    set_cell(t.cell(1, 0), "Brent Halloway, DC")
    set_cell(t.cell(1, 1), "Brent Halloway DC (signed, faxed back)")
    set_cell(t.cell(1, 2), "04/08/2026")
    x.save(f)
    label(f, "medicare-outpatient-therapy", [], asof, [["credential-not-permitted", "signature-missing"]],
          "Gap: the plan is certified only by a chiropractor (DC), who may not certify a Medicare therapy plan; "
          "reported either as a credential not permitted or as no physician/NPP certification. Layout: rehab chain "
          "form table with merged value cells, goals table with a baseline column, certification table.")


def r19():
    f = "r19_plan.docx"
    ftx, pend, md, asof = D(2026, 2, 2), D(2026, 6, 1), D(2026, 2, 6), D(2026, 2, 20)
    assert days(ftx, pend) == 119 > 90 and days(ftx, md) <= 30 and md <= asof <= pend
    x = Doc(font="Calibri", size=10, title="Neuro PT Plan of Care")
    x.header_lines(["Brightwater Health — Neurologic Rehabilitation Outpatient Center (hospital-based)"], size=8)
    x.footer_lines(["Mitchell, Cornelius A • MRN 220-4417 • " + HIPAA_FOOT])
    x.p("NEUROLOGIC PHYSICAL THERAPY — PLAN OF CARE", bold=True, size=13)
    x.columns(2)
    x.p("Patient: Cornelius A. Mitchell")
    x.p("DOB: 05/25/1949")
    x.p("MBI: 2KC9-PD4-QM73")
    x.p("Referring: Ilse Vantongeren, MD (Movement Disorders)")
    x.p("Evaluation date: 02/02/2026")
    x.p("Plan of care date: 02/02/2026")
    x.p("Certification: 02/02/2026 – 06/01/2026")
    x.p("Visits authorized: 32")
    x.columns(1)
    x.p("")
    x.p("Diagnoses: G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations; R26.89 Other "
        "abnormalities of gait and mobility; R27.8 Other lack of coordination.")
    x.p("")
    x.p("Objective findings: Mini-BESTest 14/28; 10-meter walk 0.78 m/s; 5x sit-to-stand 17.2 s; 2 falls in last "
        "3 months.")
    x.p("")
    x.p("Goals", bold=True)
    x.table([["Goal", "Measure", "Current", "Target", "By"],
             ["Improve dynamic balance", "Mini-BESTest", "14/28", "≥ 20/28", "16 weeks"],
             ["Improve gait speed for community walking", "10MWT", "0.78 m/s", "≥ 1.0 m/s", "16 weeks"],
             ["Improve transfers", "5xSTS", "17.2 s", "< 13 s", "8 weeks"],
             ["Fall reduction", "Falls reported", "2 in 3 months", "0 falls", "16 weeks"]])
    x.p("")
    x.p("Plan: LSVT BIG protocol 4x/week for 4 weeks, then 2x/week for 12 weeks; therapeutic exercise (97110), "
        "neuromuscular re-education (97112), gait training (97116). Total duration 16 weeks.")
    x.p("")
    x.p("Signed: Hollis Ashworth-Lane, PT, DPT, NCS — 02/02/2026")
    x.p("Physician certification: Ilse Vantongeren, MD — signed 02/06/2026")
    x.save(f)
    label(f, "medicare-outpatient-therapy", [], asof, [["review-interval-exceeded"]],
          "Gap: the certification period runs 02/02/2026 to 06/01/2026, 119 days, and no recertification is set "
          "within 90 days of the first treatment. Layout: hospital neuro PT plan with demographics in a two-column "
          "section, goals table with measure/current/target/by columns, phased frequency sentence.")


def r20():
    f = "r20_plan.docx"
    ftx, pend, md, asof = D(2025, 12, 1), D(2026, 2, 27), D(2025, 12, 5), D(2026, 3, 16)
    assert days(ftx, pend) == 88 and days(ftx, md) <= 30 and asof > pend
    x = Doc(font="Tahoma", size=9.5, title="Plan of Care")
    x.header_table([["Pinecrest Rehabilitation Network — Clinic 06 (Eastridge)", "Physical Therapy"],
                    ["Client: Wilhelmina Otieno", "Acct 6601-38842"]])
    x.footer_lines(["Pinecrest Rehabilitation Network — outpatient PT/OT/SLP at 22 sites"])
    x.p("Physical Therapy Plan of Care — Certification", bold=True, size=12)
    x.table([["Client", "Wilhelmina Otieno", "DOB", "3/3/1946"],
             ["Insurance", "Medicare B — MBI 6HT5XN2CR84", "Secondary", "AARP Medigap Plan G"],
             ["Start of care", "12/1/2025", "Cert period", "12/1/2025 to 2/27/2026"]], header=False,
            bold_first_col=True)
    x.p("")
    x.p("Medical diagnosis: S72.141D Displaced intertrochanteric fracture of right femur, subsequent encounter, "
        "routine healing. Treatment diagnoses: R26.81 Unsteadiness on feet; M62.81 Muscle weakness (generalized).")
    x.p("")
    x.p("Goals (12 weeks)", bold=True)
    x.p("• Ambulate 300 feet with a 4-wheeled walker, modified independent, for community access.")
    x.p("• Berg Balance Scale from 31/56 to 45/56 or higher.")
    x.p("• Transfer bed↔chair and on/off toilet independently without use of arms on 4 of 4 trials.")
    x.p("")
    x.p("Treatment plan: 97110, 97116, 97530, 97112. 3x/week x 4 weeks, then 2x/week x 8 weeks (12 weeks).")
    x.p("")
    x.p("Therapist: Dominic Falkenrath, PT — signed 12/1/2025")
    x.p("Physician certification: Priyanka Ramaswamy-Hale, MD — signed 12/5/2025")
    x.p("")
    x.p("Progress and recertification", bold=True)
    x.table([["Date", "Type", "Completed by", "Notes"],
             ["", "Recertification", "", ""]])
    x.save(f)
    label(f, "medicare-outpatient-therapy", [], asof, [["review-overdue"]],
          "Gap: the certification period ended 02/27/2026 and no recertification is recorded or scheduled (the "
          "recertification row is blank); on 2026-03-16 the plan has lapsed. Layout: rehab network plan with a "
          "two-row header table, unpadded dates (12/1/2025), bullet goals, an empty progress/recertification log table.")


def r21():
    f = "r21_plan.docx"
    ftx, pend, md, asof = D(2026, 3, 2), D(2026, 5, 30), D(2026, 3, 5), D(2026, 3, 30)
    cert_ok(ftx, pend, md, asof)
    x = Doc(font="Calibri", size=10.5, title="PT POC")
    x.p("PT POC / CERT", bold=True)
    x.p("Pt: Lorenzo Baptiste-Kim   DOB 11/19/1951   MBI 9QA2-KE7-HW35")
    x.p("Eval/SOC 3/2/26.  Cert 3/2/26 - 5/30/26.  Ref: Dr. Saoirse Halvey MD")
    x.p("Dx: M17.11 R knee OA (med);  M25.561 R knee pain;  R26.81 unsteady")
    x.p("")
    x.p("S: pt reports R knee pain 6/10 w/ stairs, 3/10 at rest. hx fall x1 in Jan. lives alone, 2 STE w/ rail.")
    x.p("O: R knee flex 100, ext -5. quad 4-/5. TUG 15.8 s. amb w/ SPC, antalgic.")
    x.p("A: pt is good candidate for skilled PT to address ROM, strength, gait.")
    x.p("")
    x.p("STGs (4 wk):")
    x.p("1. R knee flex to 110")
    x.p("2. indep w/ HEP")
    x.p("LTGs (12 wk):")
    x.p("1. amb 500' w/o AD, mod I, community distances")
    x.p("2) TUG < 12 s")
    x.p("3- pt will have less pain & better function w/ ADLs")
    x.p("")
    x.p("P: TE (97110), MT (97140), gait trng (9716), NMR (97112). 2x/wk x 12 wk.")
    x.p("")
    x.p("PT: Ines Cavalcanti-Roe, PT, DPT  3/2/26")
    x.p("MD cert: Saoirse Halvey, MD  signed 3/5/26 (see fax cover)")
    x.save(f)
    label(f, "medicare-outpatient-therapy", [], asof, [["goal-not-measurable"], ["service-code-invalid"]],
          "Gaps: LTG 3 ('less pain & better function w/ ADLs') states no measure or level; the gait training code is "
          "written '9716' (four digits), not a well-formed CPT code. Layout: hurried SOAP-style shorthand plan (pt, w/, "
          "hx, HEP, mod I, x 12 wk) with inconsistent numbering (1. / 2) / 3-), no tables.")


def r22():
    f = "r22_plan.docx"
    ftx, pend, md, asof = D(2024, 9, 9), D(2024, 12, 7), D(2024, 9, 16), D(2024, 10, 15)
    cert_ok(ftx, pend, md, asof)
    x = Doc(font="Arial", size=9.5, title="OT Plan of Care")
    x.header_lines(["Harborview Health System • Outpatient Therapy Services • West Pavilion"], size=8)
    x.footer_lines(["OT POC — Client: Margarethe Sundqvist — MRN 10-558-221"])
    x.p("OCCUPATIONAL THERAPY PLAN OF CARE", bold=True, size=12)
    outer = x.d.add_table(rows=2, cols=2)
    outer.style = x.d.styles["Table Grid"]
    set_cell(outer.cell(0, 0), "Client", bold=True)
    set_cell(outer.cell(0, 1), "Episode", bold=True)
    shade(outer.cell(0, 0), "DDEBF7")
    shade(outer.cell(0, 1), "DDEBF7")
    inner1 = outer.cell(1, 0).add_table(rows=3, cols=2)
    for i, (a, b) in enumerate([("Name", "Margarethe Sundqvist"), ("Birth date", "04/02/1943"),
                                ("Medicare #", "1DP8TR6JA47")]):
        set_cell(inner1.cell(i, 0), a, bold=True)
        set_cell(inner1.cell(i, 1), b)
    inner2 = outer.cell(1, 1).add_table(rows=3, cols=2)
    for i, (a, b) in enumerate([("Initial evaluation", "09/09/2024"), ("Plan date", "09/09/2024"),
                                ("Certification", "09/09/2024 to 12/07/2024")]):
        set_cell(inner2.cell(i, 0), a, bold=True)
        set_cell(inner2.cell(i, 1), b)
    x.p("")
    x.p("Diagnoses: I69.354 Hemiplegia and hemiparesis following cerebral infarction affecting left non-dominant "
        "side; Z74.1 Need for assistance with personal care.")
    x.p("")
    x.p("Goals", bold=True)
    x.p("LTG 1: Client will dress her upper body with set-up only, using hemi-dressing technique.")
    x.p("LTG 2: Client will complete a simple hot meal (soup and toast) from a standing position with supervision "
        "and no loss of balance.")
    x.p("LTG 3: Client will use her left hand as a functional assist for 4 of 5 bilateral tasks (opening containers, "
        "stabilizing paper).")
    x.p("STG 1: Client will don a pullover shirt with minimal assistance.  STG 2: Box and Block Test, left hand, from "
        "12 to 20 blocks.")
    x.p("")
    x.p("Treatment plan", bold=True)
    x.table([["Code", "Treatment", "Frequency"],
             ["97535", "Self-care/home management training", "3x/week"],
             ["97530", "Therapeutic activities", "3x/week"],
             ["97112", "Neuromuscular re-education (task-specific training, CIMT-modified)", "3x/week"]])
    x.p("")
    x.p("Rehab potential: good. Client and daughter agree with the plan.")
    x.p("")
    x.p("Occupational therapist: Benedikt Osei-Larsen, MS, OTR/L — 09/09/2024")
    x.p("Physician certification: Corinna Valdivieso, DO — 09/16/2024")
    x.save(f)
    label(f, "medicare-outpatient-therapy", [], asof, [["duration-missing"]],
          "Gap: frequency (3x/week) is given but no duration in weeks or visits anywhere; only the certification "
          "period is stated, which the profile says does not state the duration. As-of 2024-10-15: the 2015-10 "
          "version applies. Layout: hospital OT plan with client and episode facts in two nested tables inside a "
          "shaded outer table.")


def r23():
    f = "r23_plan.docx"
    ftx, pend, md, asof = D(2026, 1, 20), D(2026, 4, 19), D(2026, 1, 26), D(2026, 3, 2)
    cert_ok(ftx, pend, md, asof)
    x = Doc(font="Calibri", size=10.5, title="SLP Plan of Care")
    x.header_lines(["Valley Crest Medical Center Outpatient Rehabilitation • Speech-Language Pathology"], size=8)
    x.footer_lines(["Patient: Arvid Castellano-Moss • MBI 3MJ6-YU1-EK02 • " + HIPAA_FOOT])
    x.p("Speech-Language Pathology Plan of Treatment", bold=True, size=13)
    rows = [("Patient", "Arvid Castellano-Moss", "PatientName"), ("Date of birth", "10/27/1956", "DOB"),
            ("MBI", "3MJ6YU1EK02", "MBI"), ("Start of care (evaluation)", "01/20/2026", "SOC"),
            ("Plan established", "01/20/2026", "PlanDate"), ("Certification period", "01/20/2026 to 04/19/2026", "Cert")]
    for lab, val, tag in rows:
        para = x.p("")
        x.run(para, lab + ": ", bold=True)
        x.sdt(para, val, tag)
    x.p("")
    x.p("Diagnoses: I69.320 Aphasia following cerebral infarction (medical); R47.01 Aphasia (treatment).")
    x.p("")
    x.p("Evaluation summary: Western Aphasia Battery-R Aphasia Quotient 58.4 (moderate Broca's-type aphasia). "
        "Naming 4/10 on confrontation naming. Patient communicates basic needs with gesture and single words.")
    x.p("")
    x.p("Long-term goals (12 weeks)", bold=True)
    x.p("LTG 1. Patient will name 8 of 10 common household objects independently.")
    x.p("LTG 2. Patient will produce 3- to 4-word phrases to request needs in 80% of opportunities with min cues.")
    x.p("LTG 3. WAB-R Aphasia Quotient will improve from 58.4 to 70 or higher.")
    x.p("Short-term goals (6 weeks)", bold=True)
    x.p("STG 1. Name 6 of 10 objects with phonemic cues.  STG 2. Use a 12-item communication board to make "
        "requests in 4 of 5 opportunities.")
    x.p("")
    x.p("Plan: 92507 treatment of speech, language, voice, communication — 2 sessions per week, 45 minutes each, "
        "for 12 weeks. Caregiver training for spouse included.")
    x.p("")
    x.p("Signed: Leonie Baptiste, MA, CCC-SLP — 01/20/2026")
    x.p("Certifying physician: Ravindra Osterhout, DO — 01/26/2026 — NPI " + npi("115208736"))
    x.save(f)
    label(f, "medicare-outpatient-therapy", [], asof, [],
          "Clean. Hospital outpatient SLP plan with every demographic and date value inside content controls, "
          "goals as 'LTG 1.'/'STG 1.' paragraphs under bold time-frame headings, DO certification with NPI.")


def r24():
    f = "r24_plan.docx"
    ftx, pend, md, asof = D(2026, 2, 9), D(2026, 5, 9), D(2026, 2, 12), D(2026, 3, 4)
    cert_ok(ftx, pend, md, asof)
    bad_target = D(2025, 2, 23)
    assert bad_target < ftx
    x = Doc(font="Calibri", size=10, title="OT Plan of Care")
    x.header_lines(["Granite Peaks Orthopedic & Hand Therapy (hospital outpatient department)"], size=8)
    x.footer_lines(["Patient: Fabienne Thorvaldsen | DOB 06/06/1952 | MBI 7VB3-RW8-HF16"])
    x.p("OUTPATIENT OCCUPATIONAL THERAPY PLAN OF CARE", bold=True, size=12)
    x.caption_table("Patient", [["Name", "Fabienne Thorvaldsen", "DOB", "06/06/1952"],
                                ["MBI", "7VB3RW8HF16", "Evaluation date", "02/09/2026"],
                                ["Plan of care date", "02/09/2026", "Certification", "02/09/2026 – 05/09/2026"]],
                    fill="595959")
    x.p("")
    x.p("Diagnoses: S42.291D Other displaced fracture of upper end of right humerus, subsequent encounter, routine "
        "healing; M25.611 Stiffness of right shoulder.")
    x.p("")
    x.caption_table("Goals", [
        ["Goal", "Target date"],
        ["STG 1: Right shoulder flexion AROM from 70° to 110°.", "02/23/2025"],
        ["STG 2: Independent with home exercise program, demonstrated without cues.", "03/09/2026"],
        ["LTG 1: Right shoulder flexion AROM 150° to reach upper kitchen cabinet independently.", "05/04/2026"],
        ["LTG 2: QuickDASH from 68 to 30 or less.", "05/04/2026"],
        ["LTG 3: Don/doff a bra and pullover shirt independently using the right arm.", "04/20/2026"],
    ], fill="595959", header=True)
    x.p("")
    x.caption_table("Plan of treatment", [
        ["Interventions", "97110 therapeutic exercise; 97140 manual therapy; 97535 self-care training; 97530 "
                          "therapeutic activities"],
        ["Frequency", ""],
        ["Duration", "12 weeks"],
        ["Home program", "Pendulums, AAROM wand, isometrics — issued 02/09/2026"],
    ], fill="595959")
    x.p("")
    x.p("Therapist: Anouk Delacroix-Webb, OTR/L    Date: 02/09/2026")
    x.p("Physician: Casimir Brzezinski, MD (Orthopedics)    Date: 02/12/2026")
    x.save(f)
    label(f, "medicare-outpatient-therapy", [], asof, [["frequency-missing"], ["date-inconsistent"]],
          "Gaps: the Frequency row of the plan-of-treatment table is blank (duration 12 weeks is given); STG 1's "
          "target date 02/23/2025 is a year before the plan date (typo). Layout: hospital OT plan in dark-grey "
          "captioned tables, goals with a target-date column, label/value plan table with an empty value cell.")


def r25():
    f = "r25_plan.docx"
    ftx, pend, md, asof = D(2026, 4, 13), D(2026, 7, 11), D(2026, 4, 15), D(2026, 5, 20)
    cert_ok(ftx, pend, md, asof)
    assert days(ftx, pend) == 89
    x = Doc(font="Calibri", size=10, title="Plan of Care")
    x.header_lines(["ALPINE STATE UNIVERSITY HEALTH — Sports & Spine Physical Therapy (Clinic 3 of 9)"], size=8)
    x.footer_lines(["Patient: Ezekiel Nwankwo-Price • ASUH MRN 77021455 • Plan of Care"])
    x.p("Physical Therapy Plan of Care", bold=True, size=14)
    x.columns(2)
    x.p("PATIENT", bold=True)
    x.p("Ezekiel Nwankwo-Price")
    x.p("Born 01/30/1955")
    x.p("Medicare MBI 5KP1-DA3-VT99")
    x.p("EPISODE", bold=True)
    x.p("Eval / 1st visit: 04/13/2026")
    x.p("Plan date: 04/13/2026")
    x.p("Cert: 04/13/2026 – 07/11/2026")
    x.p("DIAGNOSES", bold=True)
    x.p("M75.101 Rotator cuff tear, right shoulder, not specified as traumatic")
    x.p("M25.611 Stiffness of right shoulder")
    x.p("PRECAUTIONS", bold=True)
    x.p(cb(True, "Diabetes") + "  " + cb(False, "Pacemaker") + "  " + cb(True, "Anticoagulant") + "  " +
        cb(False, "Osteoporosis"))
    x.columns(1)
    x.p("")
    x.p("Goals — to be met by 07/06/2026", bold=True)
    x.table([["#", "Goal", "Baseline"],
             ["1", "Right shoulder flexion AROM 160° so he can reach overhead shelves", "95°"],
             ["2", "Right shoulder ER strength 4+/5 (MMT)", "3/5"],
             ["3", "SPADI total score 20 or lower", "64"],
             ["4", "Sleep on right side for 4+ hours without waking from pain, 5 of 7 nights", "0 nights"]])
    x.p("")
    x.p("Plan", bold=True)
    x.p(cb(True, "97110 Therapeutic exercise") + "   " + cb(True, "97140 Manual therapy") + "   " +
        cb(True, "97530 Therapeutic activities") + "   " + cb(False, "97035 Ultrasound") + "   " +
        cb(False, "97014 E-stim"))
    x.p("Frequency: 2x/week     Duration: 12 weeks     Expected visits: 24")
    x.p("")
    x.table([["Therapist", "Date", "Certifying physician", "Date"],
             ["Rowena Faulkner-Iyer, PT, DPT, OCS", "04/13/2026", "Julian Sakamoto-Reyes, MD", "04/15/2026"]])
    x.save(f)
    label(f, "medicare-outpatient-therapy", [], asof, [],
          "Clean. University hospital sports PT plan: demographics and diagnoses in a two-column section, ☒/☐ "
          "precaution and intervention check boxes (only ticked codes are planned), goals table with baselines, "
          "side-by-side therapist/physician signature table.")


# =============================================================================================
# Home health (medicare-home-health)
# =============================================================================================

def hh_ok(soc, pend, md, asof):
    assert days(soc, pend) <= 60, "60-day certification"
    assert soc <= md <= asof <= pend


def form485(x, v, numbered=True, fill="EDEDED"):
    """A CMS-485-like grid: v maps locus number -> (caption, value)."""
    def cap(n):
        c, val = v[n]
        return (f"{n}. {c}" if numbered else c), val
    t = x.d.add_table(rows=0, cols=4)
    t.style = x.d.styles["Table Grid"]

    def row(cells, merge=None):
        r = t.add_row()
        for j, (c, val) in enumerate(cells):
            cell = r.cells[j]
            set_cell(cell, c, bold=True, size=7)
            cell.add_paragraph(val)
        return r
    row([cap(1), cap(2), cap(3), cap(4)])
    r = t.add_row()
    for j, n in enumerate([5, 6]):
        pass
    c1 = r.cells[0].merge(r.cells[1])
    c2 = r.cells[2].merge(r.cells[3])
    for cell, n in ((c1, 6), (c2, 7)):
        c, val = cap(n)
        set_cell(cell, c, bold=True, size=7)
        cell.add_paragraph(val)
    row([cap(8), cap(9), cap(5), cap(17)])
    for n in (10, 11, 13, 14, 18, 21, 22):
        r = t.add_row()
        cell = r.cells[0].merge(r.cells[3])
        c, val = cap(n)
        set_cell(cell, c, bold=True, size=7)
        for line in val.split("\n"):
            cell.add_paragraph(line)
    r = t.add_row()
    cell = r.cells[0].merge(r.cells[1])
    c, val = cap(23)
    set_cell(cell, c, bold=True, size=7)
    cell.add_paragraph(val)
    cell = r.cells[2].merge(r.cells[3])
    c, val = cap(25)
    set_cell(cell, c, bold=True, size=7)
    cell.add_paragraph(val)
    r = t.add_row()
    cell = r.cells[0].merge(r.cells[1])
    c, val = cap(24)
    set_cell(cell, c, bold=True, size=7)
    for line in val.split("\n"):
        cell.add_paragraph(line)
    cell = r.cells[2].merge(r.cells[3])
    c, val = cap(26)
    set_cell(cell, c, bold=True, size=7)
    cell.add_paragraph(val)
    r = t.add_row()
    cell = r.cells[0].merge(r.cells[3])
    c, val = cap(27)
    set_cell(cell, c, bold=True, size=7)
    for line in val.split("\n"):
        cell.add_paragraph(line)
    shade(t.rows[0].cells[0], fill)
    return t


CERT_STMT = ("I certify that this patient is confined to his/her home and needs intermittent skilled nursing care, "
             "physical therapy and/or speech therapy, or continues to need occupational therapy. The patient is under "
             "my care, and I have authorized the services on this plan of care and will periodically review the plan. "
             "A face-to-face encounter was performed related to the primary reason for home health.")


def r26():
    f = "r26_plan.docx"
    soc, pend, md, asof = D(2026, 3, 2), D(2026, 4, 30), D(2026, 3, 9), D(2026, 3, 25)
    hh_ok(soc, pend, md, asof)
    x = Doc(font="Arial", size=8, margin=0.5, title="Home Health Certification and Plan of Care")
    x.header_lines(["Brightwater Health at Home — a service of Brightwater Health System"], size=8, align="center")
    x.footer_lines(["Form CMS-485 layout (agency print). Patient: Gutierrez-Ahn, Beatriz"])
    x.p("HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True, size=11, align="center")
    v = {
        1: ("Patient's HI Claim No.", "7TF4-QN2-WB63"), 2: ("Start of Care Date", "03/02/2026"),
        3: ("Certification Period", "From: 03/02/2026   To: 04/30/2026"), 4: ("Medical Record No.", "HH-260302-118"),
        5: ("Provider No.", "397412"),
        6: ("Patient's Name and Address", "Beatriz Gutierrez-Ahn\n14 Larkspur Court, Apt 2"),
        7: ("Provider's Name, Address and Telephone Number", "Brightwater Health at Home\n900 Commerce Pkwy, Suite 300\n(555) 018-4400"),
        8: ("Date of Birth", "06/18/1941"), 9: ("Sex", "F"),
        17: ("Allergies", "Sulfa, latex"),
        10: ("Medications: Dose/Frequency/Route (N)ew (C)hanged",
             "insulin glargine 22 units SC at bedtime (N); metformin 500 mg PO BID; lisinopril 10 mg PO daily; "
             "furosemide 20 mg PO daily (C)"),
        11: ("ICD-10-CM / Principal Diagnosis / Date", "E11.621  Type 2 diabetes mellitus with foot ulcer   02/20/2026 (E)"),
        13: ("ICD-10-CM / Other Pertinent Diagnoses / Date",
             "L97.412  Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed   02/20/2026\n"
             "I50.9  Heart failure, unspecified   05/2019\nZ79.4  Long term (current) use of insulin"),
        14: ("DME and Supplies", "Rolling walker, shower chair, glucometer, wound care supplies (hydrocolloid, gauze)"),
        18: ("Functional Limitations / Activities Permitted",
             "Endurance, ambulation; partial weight bearing R foot with offloading boot; up as tolerated with walker"),
        21: ("Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)",
             "SN: 3w2, 2w4, 1w2 for wound care R heel (cleanse NS, hydrocolloid), diabetic teaching, CHF assessment, "
             "medication reconciliation. SN PRN x 2 for wound dressing dislodgement.\n"
             "PT: 2w4 for gait and transfer training, home exercise program, fall prevention.\n"
             "HHA: 2w6 for personal care and bathing assistance."),
        22: ("Goals / Rehabilitation Potential / Discharge Plans",
             "1. R heel ulcer will decrease from 2.4 x 1.8 cm to 1.0 x 0.8 cm or smaller, with no signs of infection, "
             "by 04/27/2026.\n2. Patient will demonstrate correct insulin self-injection technique on return "
             "demonstration on 3 consecutive visits by 03/30/2026.\n3. Patient will walk 150 feet with rolling walker, "
             "modified independent, by 04/24/2026.\n4. Fasting blood glucose below 150 mg/dL on 5 of 7 days per log "
             "by 04/27/2026.\nRehab potential: good. Discharge when goals met to self-care with daughter."),
        23: ("Nurse's Signature and Date of Verbal SOC Where Applicable",
             "Verbal SOC 02/27/2026 — Harriet Okonjo-Reyes, RN, BSN   03/02/2026"),
        25: ("Date HHA Received Signed POT", "03/10/2026"),
        24: ("Physician's Name and Address", "Emeka Thornbury, MD\nBrightwater Internal Medicine, 12 Hospital Drive\nNPI "
             + npi("176203485")),
        26: ("", CERT_STMT),
        27: ("Attending Physician's Signature and Date Signed",
             "Electronically signed: Emeka Thornbury, MD   03/09/2026 18:22"),
    }
    form485(x, v)
    x.p("")
    x.p("28. Anyone who misrepresents, falsifies, or conceals essential information required for payment of Federal "
        "funds may be subject to fine, imprisonment, or civil penalty under applicable Federal statutes.", size=7)
    x.save(f)
    label(f, "medicare-home-health", [], asof, [],
          "Clean. Hospital-system home health agency plan printed in the CMS-485 layout: numbered loci in a grid "
          "with merged cells, orders written as 3w2, 2w4, 1w2 and 'PRN x 2', goals numbered inside one cell, "
          "e-signed attending physician locus.")


def r27():
    f = "r27_plan.docx"
    soc, pend, asof = D(2026, 4, 6), D(2026, 6, 4), D(2026, 4, 24)
    assert days(soc, pend) <= 60 and soc <= asof <= pend
    x = Doc(font="Times New Roman", size=9, margin=0.6, title="Plan of Care")
    x.header_lines(["CEDAR HOLLOW HOME HEALTH — a Cedar Hollow Health System agency",
                    "Patient: Fitzwilliam, Otto  |  MBI 1RH8-ET5-YC30  |  DOB 01/15/1938"], size=8)
    x.footer_lines(["Plan of Care / Certification. Return signed copy by fax to (555) 017-9921."])
    x.p("HOME HEALTH PLAN OF CARE (Certification)", bold=True, size=12)
    x.table([["Field", "Value"],
             ["1. HI claim no.", "1RH8ET5YC30"],
             ["2. SOC date", "04/06/2026"],
             ["3. Certification period", "04/06/2026 through 06/04/2026"],
             ["6. Patient", "Otto Fitzwilliam, 3 Birchwood Lane"],
             ["8. DOB", "01/15/1938"],
             ["11. Principal dx", "J44.1 Chronic obstructive pulmonary disease with (acute) exacerbation"],
             ["13. Other dx", "J96.11 Chronic respiratory failure with hypoxia; I10 Essential (primary) hypertension"],
             ["14. DME", "Home oxygen 2 L/min via nasal cannula, concentrator and portable tanks; nebulizer"]],
            widths=[1.8, 5.0])
    x.p("")
    x.p("21. Orders", bold=True)
    x.p("SN 2w3, 1w5 for cardiopulmonary assessment, oxygen safety, inhaler/nebulizer teaching, COPD action plan.")
    x.p("PT 2w4 for endurance and energy conservation training.")
    x.p("22. Goals", bold=True)
    x.p("a) Patient will use pursed-lip breathing correctly on return demonstration on 2 consecutive visits by "
        "04/20/2026.")
    x.p("b) Patient will walk 100 feet with SpO2 at or above 88% on 2 L O2 by 05/29/2026.")
    x.p("c) Patient will have no ED visits or hospital admissions for COPD during the certification period.")
    x.p("Rehab potential: fair. Discharge to self-care with son when goals met.")
    x.p("")
    x.p("23. Nurse: Quentin Abara, RN — verbal SOC order 04/03/2026 — signed 04/06/2026")
    x.p("24. Physician: Lorenzo Vitale, MD, Pulmonary Associates of Cedar Hollow, NPI " + npi("162019334"))
    x.p("26. " + CERT_STMT, size=8)
    x.table([["27. Attending physician's signature", "Date signed"],
             ["Lorenzo Vitale, MD", ""]], widths=[4.5, 2.3])
    x.p("25. Date HHA received signed POT: ____________")
    x.save(f)
    label(f, "medicare-home-health", [], asof, [["signature-missing"]],
          "Gap: the attending physician's signature box holds the name but the 'Date signed' cell is empty, so the "
          "certification is undated; the date the agency received the signed plan is also blank. Layout: "
          "numbered-locus two-column table (485 fields as rows), orders and goals as paragraphs, lettered goals.")


def r28():
    f = "r28_plan.docx"
    soc, pend, md, asof = D(2026, 2, 16), D(2026, 4, 16), D(2026, 2, 20), D(2026, 3, 10)
    hh_ok(soc, pend, md, asof)
    x = Doc(font="Calibri", size=10, title="Psychiatric Home Health Plan of Care")
    x.header_table([["Keystone Valley Home Health (Behavioral Health Home Care Program)", "Plan of Care"],
                    ["Patient: Philippa Grantham-Oyelaran", "MBI 4CN7-HA9-PD25"]])
    x.footer_lines(["Keystone Valley Health — Home Health Division — " + HIPAA_FOOT])
    x.p("PSYCHIATRIC HOME HEALTH — PLAN OF CARE AND CERTIFICATION", bold=True, size=12)
    x.lv("Patient", "Philippa Grantham-Oyelaran")
    x.lv("Date of birth", "09/09/1947")
    x.lv("Medicare", "4CN7HA9PD25")
    x.lv("Start of care", "02/16/2026")
    x.lv("Certification period", "02/16/2026 – 04/16/2026")
    x.lv("Homebound status", "Leaves home only for medical appointments with assistance; severe anxiety and "
                             "unsteady gait make leaving home a taxing effort.")
    x.p("")
    x.p("Diagnoses", bold=True)
    x.table([["ICD-10-CM", "Description"],
             ["F33.2", "Major depressive disorder, recurrent severe without psychotic features"],
             ["F41.1", "Generalized anxiety disorder"],
             ["R26.81", "Unsteadiness on feet"]])
    x.p("")
    x.p("Orders", bold=True)
    x.table([["Discipline", "Frequency / duration", "Orders"],
             ["SN (psychiatric RN)", "2w4, 1w4", "Psychiatric assessment, medication teaching and adherence "
                                                 "monitoring, PHQ-9 every 2 weeks, coping skills teaching"],
             ["MSW", "1w2", "Community resources, caregiver support"]])
    x.p("")
    x.p("Goals", bold=True)
    x.p("1. Patient will take all prescribed psychiatric medications as ordered on at least 13 of 14 days by pill "
        "box check, by 03/16/2026.")
    x.p("2. PHQ-9 will decrease from 21 to 14 or below by 04/13/2026.")
    x.p("3. Patient will name 3 early warning signs of worsening depression and the action for each by 03/09/2026.")
    x.p("")
    x.p("RN case manager: Solveig Amankwah, RN, BC — 02/16/2026")
    x.p("")
    x.p("Certification", bold=True)
    x.p(CERT_STMT, size=8)
    x.table([["Certifying practitioner", "Credentials", "Signature", "Date"],
             ["Helena Marsh-Dubois", "PhD, Licensed Psychologist", "/s/ Helena Marsh-Dubois, PhD", "02/20/2026"]])
    x.save(f)
    label(f, "medicare-home-health", [], asof, [["credential-not-permitted", "signature-missing"]],
          "Gap: the plan is certified only by a licensed psychologist (PhD), who is not a physician or allowed "
          "practitioner (MD, DO, NP, CNS, PA); reported either as a credential not permitted or as no physician "
          "signature. Layout: psychiatric home-care plan (not 485), label lines, orders table, certification table "
          "with a separate credentials column.")


def r29():
    f = "r29_plan.docx"
    soc, pend, md, asof = D(2026, 5, 4), D(2026, 7, 2), D(2026, 5, 8), D(2026, 5, 28)
    hh_ok(soc, pend, md, asof)
    x = Doc(font="Arial", size=8.5, margin=0.5, title="Home Health Certification and Plan of Care")
    x.header_lines(["Pinecrest Visiting Nurses — Pinecrest Regional Medical Center Home Care"], size=8)
    x.footer_lines(["HHCPOC | Patient: Anselm Drobnik | MR 5541-2026-07"])
    x.p("HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True, size=11, align="center")
    v = {
        1: ("Patient HI Claim No.", "2WK5-TR8-NB41"), 2: ("SOC Date", "05/04/2026"),
        3: ("Certification Period", "05/04/2026 to 07/02/2026"), 4: ("Medical Record No.", "5541-2026-07"),
        5: ("Provider No.", "397788"),
        6: ("Patient Name and Address", "Anselm Drobnik, 77 Quarry Road"),
        7: ("Provider Name and Address", "Pinecrest Visiting Nurses, 40 Medical Park Drive"),
        8: ("DOB", "08/08/1944"), 9: ("Sex", "M"), 17: ("Allergies", "NKDA"),
        10: ("Medications", "tamsulosin 0.4 mg PO daily; apixaban 5 mg PO BID; acetaminophen 650 mg PO q6h PRN"),
        11: ("Principal Diagnosis", "N40.1 Benign prostatic hyperplasia with lower urinary tract symptoms   04/28/2026"),
        13: ("Other Pertinent Diagnoses", "R33.9 Retention of urine, unspecified\nI48.91 Unspecified atrial fibrillation\n"
             "Z96.0 Presence of urogenital implants (indwelling Foley)"),
        14: ("DME and Supplies", "Foley catheter kits 16 Fr, leg and night drainage bags"),
        18: ("Functional Limitations", "Endurance; ambulation with cane"),
        21: ("Orders for Discipline and Treatments",
             "SN 1w1, 2w2, 1w5 for Foley catheter care and monthly change, teaching of catheter and bag care to "
             "patient and wife, assessment for UTI and bleeding on anticoagulant.\nSN PRN for Foley catheter "
             "problems (blockage, leakage, dislodgement).\nPT 2w3 for gait and balance training."),
        22: ("Goals / Rehab Potential / Discharge Plans",
             "1. Wife will demonstrate correct catheter bag change and cleaning on return demonstration by "
             "05/25/2026.\n2. Patient will have no signs or symptoms of UTI during the certification period.\n"
             "3. Patient will walk 200 feet with cane, modified independent, by 06/15/2026.\nRehab potential good; "
             "discharge to self-care with wife."),
        23: ("Nurse's Signature and Date of Verbal SOC", "Marguerite Ouellette, RN   05/04/2026"),
        25: ("Date HHA Received Signed POT", "05/11/2026"),
        24: ("Physician Name and Address", "Tobiah Wexford, DO, Pinecrest Urology\nNPI " + npi("190234881")),
        26: ("Physician Certification", CERT_STMT),
        27: ("Attending Physician Signature and Date Signed", "Tobiah Wexford, DO (e-signature)   05/08/2026"),
    }
    form485(x, v)
    x.save(f)
    label(f, "medicare-home-health", [], asof, [["frequency-missing"]],
          "Gap: the skilled nursing PRN order ('SN PRN for Foley catheter problems') sets no limit on the number of "
          "visits, so it states no frequency (42 CFR 409.43); all other orders have frequencies. Layout: 485-style "
          "grid from a hospital-owned visiting nurse agency.")


def r30():
    f = "r30_plan.docx"
    soc, pend, md, asof = D(2026, 1, 12), D(2026, 3, 12), D(2026, 1, 16), D(2026, 2, 10)
    hh_ok(soc, pend, md, asof)
    add = D(2026, 1, 28)
    assert soc < add < asof
    x = Doc(font="Calibri", size=9.5, title="Home Health Plan of Care", author="HomeCare EHR")
    x.header_table([["Riverbend Home Health & Hospice", "PATIENT: Castellanos-Bright, Imelda", "DOB: 11/02/1939"],
                    ["Riverbend University Health affiliate", "MRN: RH-0091877", "MBI: 6GE2-MU7-TA55"]],
                   fill="E2EFDA")
    x.footer_lines(["Printed from HomeCare EHR — plan version 2 (addendum 01/28/2026). " + HIPAA_FOOT])
    x.p("Home Health Plan of Care", bold=True, size=14)
    x.table([["Start of care", "01/12/2026", "Episode / certification", "01/12/2026 – 03/12/2026"],
             ["Admission source", "Discharged from Riverbend University Hospital 01/09/2026", "Episode #", "1"]],
            header=False, bold_first_col=False)
    x.p("")
    x.p("Diagnoses", bold=True)
    x.table([["Seq", "ICD-10-CM", "Description"],
             ["1", "S72.141D", "Displaced intertrochanteric fracture of right femur, subsequent encounter, routine "
                               "healing"],
             ["2", "Z96.641", "Presence of right artificial hip joint"],
             ["3", "E11.9", "Type 2 diabetes mellitus without complications"]])
    x.p("")
    x.p("Orders by discipline", bold=True)
    x.table([["Discipline", "Visit frequency", "Interventions"],
             ["Skilled nursing", "1w1, 2w2, 1w5", "Surgical site assessment, anticoagulant teaching, diabetic "
                                                  "foot checks, pain management"],
             ["Physical therapy", "3w3, 2w4", "Gait training with walker, transfers, stairs, hip precautions"],
             ["Home health aide", "2w6", "Bathing and personal care"]])
    x.p("")
    x.p("Goals", bold=True)
    x.p("G1  Imelda will walk 150 feet with a rolling walker, modified independent, following hip precautions, by "
        "03/06/2026.")
    x.p("G2  Imelda will climb 4 steps with 1 rail and stand-by assist by 03/06/2026.")
    x.p("G3  Surgical incision will be fully healed with no signs of infection by 02/09/2026.")
    x.p("G4  Imelda will state the signs of bleeding to report while on apixaban on 2 consecutive visits by "
        "01/30/2026.")
    x.p("")
    x.p("Patient rights, advance directives and emergency preparedness", bold=True)
    x.p("Patient received the agency's rights and responsibilities booklet, the OASIS privacy notice and the "
        "emergency plan (priority level 2). Advance directive: DNR on file. " + CRISIS.split(".")[0] + ".", size=8)
    x.p("")
    x.p("Clinician signatures", bold=True)
    x.p("Admitting clinician: Gwendolyn Ashby-Tran, RN — electronically signed 01/12/2026 17:45")
    x.p("Allowed practitioner (certifying): Dana Whitlock-Ames, NP — electronically signed 01/16/2026 09:02 — NPI "
        + npi("134027758"))
    x.p("")
    x.p("ADDENDUM — Interim order 01/28/2026", bold=True)
    x.p("Add occupational therapy: OT evaluation and 1w3 for bathroom transfers and lower-body dressing with "
        "adaptive equipment. Verbal order received by Gwendolyn Ashby-Tran, RN on 01/28/2026; signed by Dana "
        "Whitlock-Ames, NP on 01/29/2026.")
    x.save(f)
    label(f, "medicare-home-health", [], asof, [],
          "Clean. Hospital-affiliated home health EHR plan (not 485): shaded banner table in the header, orders "
          "table by discipline, 'G1'-style goals, boilerplate rights paragraph, NP certification e-signature, and an "
          "interim-order addendum adding OT with its own frequency.")


def r31():
    f = "r31_plan.docx"
    soc, pend, md, asof = D(2026, 4, 6), D(2026, 6, 19), D(2026, 4, 10), D(2026, 4, 24)
    assert days(soc, pend) == 74 > 60 and soc <= md <= asof <= pend
    x = Doc(font="Arial", size=10, title="POC")
    x.p("HOME HEALTH POC - Tri-County Health System Home Care")
    x.p("pt: Cyrus Abernethy-Lowe   DOB 2/14/40   MBI 8PD3-WK6-RE72")
    x.p("SOC 4/6/26   cert 4/6/26 - 6/19/26")
    x.p("dx: I50.9 CHF (primary), I10 HTN, Z79.01 long term anticoag")
    x.p("hx: hosp 3/29-4/4 CHF exac. wt on d/c 182 lb. lives w/ wife, 1 STE.")
    x.p("")
    x.p("ORDERS")
    x.p("SN 2w2, 1w6: CHF assess, daily wt teaching, med mgmt, low Na diet teaching")
    x.p("PT 2w3: endurance, gait, fall prev")
    x.p("")
    x.p("GOALS")
    x.p("1- pt will verbalize 3 s/s of CHF exac to report to MD by 4/20/26")
    x.p("2- pt/wife will keep daily wt log w/ wt recorded 7 of 7 days x 2 wks by 5/1/26")
    x.p("3- pt will be safer at home and feel stronger")
    x.p("")
    x.p("RN: Tamsin Oyelowo-Brandt, RN  4/6/26")
    x.p("MD: Hugo Lindqvist, MD  e-signed 4/10/26")
    x.save(f)
    label(f, "medicare-home-health", [], asof, [["goal-not-measurable"], ["review-interval-exceeded"]],
          "Gaps: goal 3 ('be safer at home and feel stronger') names no measure or level; the certification period "
          "4/6/26 to 6/19/26 is 74 days, longer than the 60 days between certifications. Layout: hurried shorthand "
          "home health plan in plain lines (pt, hx, s/s, d/c, w/, 2w2), goals numbered '1-'.")


# =============================================================================================
# ABA (commercial-aba)
# =============================================================================================

def aba_ok(plan, pstart, pend, review, assess, asof):
    six = D(pstart.year + (pstart.month + 5) // 12, (pstart.month + 5) % 12 + 1, pstart.day)
    assert pend <= six, "authorization period at most 6 months"
    if review:
        assert plan < review and days(plan, review) <= 184, "review within 184 days"
    if assess:
        assert assess <= plan and days(assess, plan) <= 365, "assessment within a year"
    assert plan <= asof


def r32():
    f = "r32_plan.docx"
    plan, ps, pe, rev, asmt, asof = D(2026, 1, 5), D(2026, 1, 12), D(2026, 7, 11), D(2026, 6, 29), D(2025, 12, 15), \
        D(2026, 2, 16)
    aba_ok(plan, ps, pe, rev, asmt, asof)
    x = Doc(font="Calibri", size=10, title="ABA Treatment Plan")
    x.header_table([["Harborview Children's Autism Center — a Harborview Health System program", ""],
                    ["Client: Ari Delacroix-Mensah", "DOB 08/22/2020 · Member ID HZP448210937"]], fill="FCE4D6")
    x.footer_lines(["ABA Treatment Plan — Initial Authorization Request — " + HIPAA_FOOT])
    x.p("Applied Behavior Analysis — Initial Treatment Plan", bold=True, size=14)
    x.caption_table("Client and authorization", [
        ["Client", "Ari Delacroix-Mensah", "Date of birth", "08/22/2020"],
        ["Health plan", "Lakeview Health Partners (commercial)", "Member ID", "HZP448210937"],
        ["Parent/guardian", "Celine Delacroix (mother)", "Plan date", "01/05/2026"],
        ["Requested period", "01/12/2026 – 07/11/2026", "Progress review", "06/29/2026"],
    ], fill="C55A11")
    x.p("")
    x.caption_table("Diagnosis", [
        ["F84.0 Autistic disorder (autism spectrum disorder, level 2). Diagnosed by Marguerite Ellison-Ward, PhD, "
         "licensed psychologist, on 10/03/2024 (ADOS-2 Module 1, comprehensive evaluation attached)."]],
        fill="C55A11")
    x.p("")
    x.caption_table("Standardized assessments", [
        ["Instrument", "Date", "Results"],
        ["VB-MAPP", "12/15/2025", "Milestones 38/170 (Level 1–2); Barriers 31"],
        ["Vineland-3 (parent interview form)", "12/18/2025", "Adaptive Behavior Composite 62; Communication 58"],
    ], fill="C55A11", header=True)
    x.p("")
    x.p("Treatment goals", bold=True, size=12)
    goals = [
        ("Communication", "Ari will independently mand for 15 different preferred items or activities using 2-word "
         "phrases.", "3 items with full echoic prompts", "80% of opportunities across 3 consecutive sessions",
         "05/29/2026"),
        ("Social", "Ari will respond to his name by orienting within 3 seconds.", "20% of trials",
         "90% of trials across 3 consecutive sessions with 2 therapists", "04/30/2026"),
        ("Behavior reduction", "Ari will reduce elopement from the table or room to 1 or fewer episodes per hour.",
         "6 per hour (10-day average)", "1 or fewer per hour for 10 consecutive sessions", "06/26/2026"),
        ("Daily living", "Ari will wash his hands completing all 8 steps of the task analysis independently.",
         "2 of 8 steps independent", "8 of 8 steps independent across 5 consecutive opportunities", "06/12/2026"),
        ("Parent training", "Celine (mother) will use first-then language and least-to-most prompting during "
         "mealtime and bath routines.", "40% fidelity on BCBA checklist", "90% fidelity across 3 consecutive "
         "observations", "04/17/2026"),
    ]
    for dom, stmt, base, mast, tgt in goals:
        x.table([["Domain", dom], ["Goal", stmt], ["Baseline", base], ["Mastery criterion", mast],
                 ["Target date", tgt]], header=False, bold_first_col=True, widths=[1.6, 5.2])
        x.p("")
    x.caption_table("Services requested", [
        ["CPT", "Service", "Provider", "Hours per week", "Units per period"],
        ["97153", "Adaptive behavior treatment by protocol", "RBT", "20 hours per week", "2080"],
        ["97155", "Protocol modification", "BCBA", "3 hours per week", "312"],
        ["97156", "Family adaptive behavior treatment guidance", "BCBA", "1 hour per week", "104"],
    ], fill="C55A11", header=True)
    x.p("")
    x.p("Coordination of care: speech therapy 2x/week at Harborview Outpatient Rehab; preschool 3 mornings/week. "
        "Crisis plan and emergency contacts on file.")
    x.p("")
    x.table([["Signer", "Signature", "Date"],
             ["Supervising BCBA: Rosalind Achebe-Hart, MS, BCBA (NPI " + npi("128305566") + ")",
              "Rosalind Achebe-Hart, BCBA", "01/05/2026"],
             ["Parent/guardian: Celine Delacroix", "Celine Delacroix", "01/06/2026"]])
    x.save(f)
    label(f, "commercial-aba", [], asof, [],
          "Clean. Hospital-system autism centre initial ABA plan: orange caption tables, one small label/value table "
          "per goal (domain, goal, baseline, mastery, target date), parent-training goal, CPT table with hours per "
          "week, BCBA and parent signature table.")


def r33():
    f = "r33_plan.docx"
    plan, ps, pe, asmt, asof = D(2026, 2, 2), D(2026, 2, 9), D(2026, 8, 8), D(2026, 1, 14), D(2026, 3, 9)
    aba_ok(plan, ps, pe, None, asmt, asof)
    x = Doc(font="Arial", size=9.5, title="Behavior Treatment Plan")
    x.header_lines(["Bright Horizons Learning & Behavior — School-Based ABA Services (Districts 4, 7 and 12)"], size=8)
    x.footer_lines(["Student: Noor Haddad-Fielding — Member ID QRX7750218 — DOB 03/09/2017"])
    x.p("BEHAVIOR ANALYTIC TREATMENT PLAN", bold=True, size=13, align="center")
    x.dots("Student/client", "Noor Haddad-Fielding", pos=2.4)
    x.dots("Date of birth", "03/09/2017", pos=2.4)
    x.dots("Insurance member ID", "QRX7750218", pos=2.4)
    x.dots("School / grade", "Eastfield Elementary, grade 3 (self-contained classroom)", pos=2.4)
    x.dots("Plan date", "02/02/2026", pos=2.4)
    x.dots("Authorization period", "02/09/2026 to 08/08/2026", pos=2.4)
    x.p("")
    x.p("Diagnosis: F84.0 Autistic disorder — diagnosed 05/11/2021 by Tobias Lindqvist, MD (developmental "
        "pediatrics).")
    x.p("Assessments: VB-MAPP 01/14/2026 (Milestones 92/170, Level 2–3); Vineland-3 teacher form 01/14/2026 "
        "(ABC 66).")
    x.p("")
    x.p("TREATMENT GOALS", bold=True)
    x.table([["#", "Target behavior / skill", "Baseline", "Mastery criteria", "Target date"],
             ["1", "Noor will raise her hand and wait to be called on before speaking during group instruction.",
              "25% of opportunities", "85% of opportunities across 3 consecutive school days", "05/22/2026"],
             ["2", "Noor will reduce screaming during transitions to 2 or fewer episodes per school day.",
              "9 episodes/day", "2 or fewer per day for 10 consecutive school days", "06/05/2026"],
             ["3", "Noor will initiate a play or conversation bid with a peer during recess.",
              "1 bid per recess", "4 bids per recess across 5 consecutive recesses", "05/29/2026"],
             ["4", "Noor will complete a 5-step independent work system task without adult prompts.",
              "2 of 5 steps", "5 of 5 steps on 4 of 5 days", "04/24/2026"]],
            widths=[0.3, 2.7, 1.2, 1.7, 0.9], size=8.5)
    x.p("")
    x.p("SERVICES", bold=True)
    x.table([["Code", "Description", "Weekly hours"],
             ["97153", "Adaptive behavior treatment by protocol (RBT, school day)", "15 hours/week"],
             ["97155", "Protocol modification by BCBA", "2 hours/week"]])
    x.p("")
    x.p("Notes: Services are delivered during the school day under the district agreement. Teacher and "
        "paraprofessional receive monthly consultation (not billed).")
    x.p("")
    x.p("BCBA: Imogen Castellane, M.Ed., BCBA — signed 02/02/2026")
    x.p("Parent/guardian: Samir Haddad — signed 02/04/2026")
    x.save(f)
    label(f, "commercial-aba", [], asof, [["caregiver-goal-missing"], ["review-date-missing"]],
          "Gaps: no goal involves a parent or caregiver (all four goals are the student's, teacher consultation is "
          "only mentioned in notes); the plan gives an authorization period but no date for the next progress "
          "review. Layout: school-based ABA plan with dot-leader fields and a five-column goal grid. "
          "review-interval-exceeded is left out of must_not_report (with no review date the interval may or may "
          "not be judged).", unsure=["review-interval-exceeded"])


def r34():
    f = "r34_plan.docx"
    plan, ps, pe, rev, asmt, asof = D(2026, 3, 2), D(2026, 3, 9), D(2026, 9, 8), D(2026, 8, 24), D(2026, 2, 17), \
        D(2026, 3, 30)
    aba_ok(plan, ps, pe, rev, asmt, asof)
    x = Doc(font="Calibri", size=10, landscape=True, title="ABA Plan")
    x.header_lines(["Summit Pediatric Therapies — ABA Department (in-home and clinic)     |     "
                    "Client: Tomasz Vukovic-Adeyemi · DOB 11/11/2021 · Member HPX-2200-7715"], size=8)
    x.footer_lines(["Summit Pediatric Therapies is a member of the Summit Health network."])
    x.p("ABA TREATMENT PLAN — REQUEST FOR AUTHORIZATION", bold=True, size=13)
    x.table([["Client", "Tomasz Vukovic-Adeyemi", "DOB", "11/11/2021", "Member ID", "HPX-2200-7715"],
             ["Plan date", "03/02/2026", "Auth period", "03/09/2026 – 09/08/2026", "Next review", "08/24/2026"],
             ["Diagnosis", "F84.0 Autistic disorder", "Dx by", "Ingrid Halvorsen-Obi, PhD", "Dx date", "07/19/2024"]],
            header=False, bold_first_col=False, size=9)
    x.p("")
    x.p("Assessment: Vineland-3 (02/17/2026) ABC 59; ABLLS-R (02/17/2026) see attached grid.")
    x.p("")
    x.table([["Goal", "Baseline", "Mastery criteria", "Target date", "Status"],
             ["1. Tomasz will mand for help using \"help please\" when a task is difficult.",
              "0 of 10 opportunities", "8 of 10 opportunities across 3 consecutive sessions", "06/05/2026", "New"],
             ["2. Tomasz will tolerate a 10-minute community outing (grocery store) without dropping to the floor.",
              "2 minutes before dropping", "10 minutes with 0 drops across 4 consecutive outings", "07/31/2026", "New"],
             ["3. Tomasz will imitate 10 two-step gross motor actions when a model is given.",
              "to be probed in first 2 weeks", "90% correct across 3 consecutive sessions", "06/19/2026", "New"],
             ["4. Tomasz will reduce biting to 0 episodes per session.", "3 per session",
              "0 episodes for 15 consecutive sessions", "08/14/2026", "New"],
             ["5. Parents (Mr. and Mrs. Vukovic-Adeyemi) will implement the biting response protocol with 90% "
              "fidelity.", "not yet trained (0%)", "90% fidelity across 3 consecutive observations", "ongoing", "New"]],
            size=9)
    x.p("")
    x.table([["CPT", "Service", "Hours/week"],
             ["97153", "RBT direct treatment", "25"],
             ["97155", "BCBA protocol modification / supervision", "4"],
             ["97156", "Family guidance", "1.5"]], size=9)
    x.p("")
    x.table([["BCBA", "Date", "Parent/Guardian", "Date"],
             ["Ottilie Brennan-Sato, BCBA", "03/02/2026", "Dragana Vukovic-Adeyemi", "03/03/2026"]], size=9)
    x.save(f)
    label(f, "commercial-aba", [], asof, [["baseline-missing"], ["goal-not-time-bound"]],
          "Gaps: goal 3's baseline cell reads 'to be probed in first 2 weeks' (no starting level recorded); goal 5 "
          "(parent training) has 'ongoing' instead of a target date. Layout: landscape in-home ABA request, three-row "
          "six-column header table, one goal grid with baseline/mastery/target/status columns, hours-per-week column "
          "without units.")


def r35():
    f = "r35_plan.docx"
    plan, ps, pe, rev, asof = D(2026, 1, 19), D(2026, 1, 26), D(2026, 7, 25), D(2026, 7, 13), D(2026, 2, 23)
    old = D(2024, 11, 4)
    assert days(old, plan) == 441 > 365
    aba_ok(plan, ps, pe, rev, None, asof)
    x = Doc(font="Georgia", size=10, title="Treatment Plan Update")
    x.header_lines(["Meadowlark Autism & Behavior Services — Continuation Request"], size=9)
    x.footer_lines(["Client: Juniper Okwuosa | Member ID 88420-1937-01 | Plan date 01/19/2026"])
    x.h("ABA Treatment Plan — Continuation (Reauthorization)", 1)
    x.lv("Client", "Juniper Okwuosa")
    x.lv("Date of birth", "04/30/2019")
    x.lv("Member ID", "88420-1937-01")
    x.lv("Guardian", "Adaeze Okwuosa (mother)")
    x.lv("Plan date", "01/19/2026")
    x.lv("Authorization period requested", "01/26/2026 to 07/25/2026")
    x.lv("Progress review scheduled", "07/13/2026")
    x.h("Diagnosis", 2)
    x.p("F84.0 Autistic disorder. Diagnosing clinician: Dr. Felix Adebayo-Strand, MD, child psychiatrist; date of "
        "diagnosis 02/14/2022.")
    x.h("Assessment", 2)
    x.p("Standardized assessment: VB-MAPP administered 11/04/2024 by Lorna Fitzgerald, BCBA (Milestones 121/170; "
        "Barriers 14). Functional behavior assessment (interview and direct observation) updated 01/08/2026.")
    x.h("Progress summary", 2)
    x.p("Juniper mastered 14 of 18 short-term targets in the last period. Aggression fell from 5 to 1.2 episodes "
        "per day.")
    x.h("Goals for the next period", 2)
    for n, (g, b, m, t) in enumerate([
        ("Juniper will use a calm-down routine (ask for a break card, breathe, return) when frustrated.",
         "Baseline: 35% of frustration episodes", "Mastery: 80% of episodes across 2 consecutive weeks", "06/26/2026"),
        ("Juniper will answer 'wh' questions about a short story read aloud.", "Baseline: 3 of 10 correct",
         "Mastery: 8 of 10 correct across 3 consecutive sessions", "05/29/2026"),
        ("Juniper will reduce hitting others to 0 episodes per day.", "Baseline: 1.2 per day",
         "Mastery: 0 episodes for 20 consecutive days", "07/10/2026"),
        ("Caregiver goal: Mrs. Okwuosa will run a 10-minute structured play session using reinforcement of "
         "appropriate requests.", "Baseline: 50% fidelity", "Mastery: 90% fidelity across 3 observations",
         "04/24/2026"),
    ], start=1):
        x.p(f"Goal {n}. {g}", bold=True)
        x.p(f"{b}.  {m}.  Target date: {t}.")
    x.h("Services requested", 2)
    x.table([["CPT", "Service", "Hours per week"],
             ["97153", "Adaptive behavior treatment by protocol", "15"],
             ["97155", "Adaptive behavior treatment with protocol modification", "3"],
             ["97156", "Family adaptive behavior treatment guidance", "1"]])
    x.h("Signatures", 2)
    x.p("Lorna Fitzgerald, MA, BCBA, LBA — 01/19/2026")
    x.p("Adaeze Okwuosa (parent/guardian) — 01/21/2026")
    x.save(f)
    label(f, "commercial-aba", [], asof, [["assessment-outdated"]],
          "Gap: the only standardized assessment (VB-MAPP 11/04/2024) is 441 days older than the plan date "
          "01/19/2026 (limit 365); the 01/08/2026 functional behavior assessment is not a standardized instrument. "
          "Layout: continuation request with Word headings, label lines, goals as bold paragraphs followed by a "
          "baseline/mastery/target sentence.")


def r36():
    f = "r36_plan.docx"
    plan, ps, pe, rev, asmt, asof = D(2026, 2, 9), D(2026, 2, 16), D(2026, 8, 15), D(2026, 8, 3), D(2026, 1, 27), \
        D(2026, 3, 2)
    aba_ok(plan, ps, pe, rev, asmt, asof)
    x = Doc(font="Calibri", size=10, title="ABA Plan")
    x.header_table([["Pinecrest Regional Medical Center — Child Development & Behavior Clinic", "ABA Program"],
                    ["Patient: Wren Castellanos-Ito", "MRN CD-44720"]], fill="DEEAF6")
    x.footer_lines(["Plan of care — Applied Behavior Analysis — printed 02/10/2026"])
    x.p("Applied Behavior Analysis Plan of Care", bold=True, size=14)
    x.table([["Patient", "Wren Castellanos-Ito"], ["Date of birth", "06/03/2022"],
             ["Subscriber / member ID", "Bluewater Health Plan — BWH5520198833"],
             ["Plan date", "02/09/2026"], ["Requested authorization", "02/16/2026 through 08/15/2026"],
             ["Reassessment / review due", "08/03/2026"]], header=False, bold_first_col=True, widths=[2.2, 4.6])
    x.p("")
    x.p("Diagnoses", bold=True)
    x.table([["", "ICD-10-CM", "Description", "Diagnosed by / date"],
             ["Primary", "F88", "Other disorders of psychological development (global developmental delay)",
              "Anjali Okonkwo-Berg, MD, developmental pediatrician — 09/30/2025"],
             ["Secondary", "F80.2", "Mixed receptive-expressive language disorder", "same"]])
    x.p("Autism evaluation (ADOS-2) is scheduled for 04/2026; ASD has not been diagnosed.", italic=True)
    x.p("")
    x.p("Assessment: Vineland-3 comprehensive parent interview 01/27/2026 — ABC 64. VB-MAPP 01/27/2026 — "
        "Milestones 44/170.")
    x.p("")
    x.p("Goals", bold=True)
    x.table([["Goal", "Baseline", "Mastery", "Target"],
             ["Wren will follow 1-step directions without gestures (e.g., 'give me the cup').", "30% of trials",
              "80% of trials across 3 consecutive sessions", "05/15/2026"],
             ["Wren will use 20 different words or signs to request.", "4 words/signs",
              "20 used spontaneously across 2 weeks of probes", "07/17/2026"],
             ["Wren will sit at the table for a 5-minute activity without leaving.", "45 seconds",
              "5 minutes on 4 of 5 days", "05/29/2026"],
             ["Parent (father) will use modeling and expansion during play on 80% of opportunities.", "20%",
              "80% across 3 coaching sessions", "04/30/2026"]])
    x.p("")
    x.table([["CPT", "Service", "Hours/week"],
             ["97153", "Adaptive behavior treatment by protocol", "12 hours/week"],
             ["97155", "Protocol modification (BCBA)", "2 hours/week"],
             ["97156", "Family guidance", "1 hour/week"]])
    x.p("")
    x.p("BCBA: Caius Ferreira-Lund, BCBA — electronically signed 02/09/2026 13:20")
    x.p("Parent/guardian: Marco Castellanos-Ito — signed 02/09/2026")
    x.save(f)
    label(f, "commercial-aba", [], asof, [["diagnosis-not-covered"]],
          "Gap: the primary diagnosis is F88 (global developmental delay) with F80.2; autism has not been diagnosed, "
          "and the profile covers F84.x only. Layout: hospital child development clinic plan, label/value form table, "
          "diagnosis table with 'Diagnosed by / date' column, goal grid.")


def r37():
    f = "r37_plan.docx"
    plan, ps, pe, rev, asmt, asof = D(2026, 4, 6), D(2026, 4, 13), D(2026, 10, 12), D(2026, 10, 2), D(2026, 3, 24), \
        D(2026, 5, 11)
    aba_ok(plan, ps, pe, rev, asmt, asof)
    x = Doc(font="Arial", size=8.5, landscape=True, margin=0.5, title="Treatment Plan Export", author="BehaviorCloud EHR")
    x.header_lines(["BehaviorCloud EHR export • Agency: Tri-County Health System Home & Community ABA • Report: "
                    "Treatment Plan (full)"], size=7)
    x.footer_lines(["Exported 04/06/2026 • Client ID 20419 • Page footer repeats"])
    x.p("TREATMENT PLAN", bold=True, size=12)
    x.table([["Client Name", "Client ID", "DOB", "Payer", "Member #", "Plan Start", "Plan End", "Plan Date"],
             ["Jasper Lindgren-Okafor", "20419", "01/08/2019", "Meridian Commercial PPO", "MCP-3387-1120",
              "04/13/2026", "10/12/2026", "04/06/2026"]], size=8)
    x.p("")
    x.table([["Dx Code", "Dx Description", "Diagnosing Provider", "Dx Date"],
             ["F84.0", "Autistic disorder", "Corinne Vasquez-Hale, PsyD", "12/02/2022"]], size=8)
    x.p("")
    x.table([["Assessment", "Date", "Score Summary"],
             ["Vineland-3", "03/20/2026", "ABC 71; Socialization 64"],
             ["ABLLS-R", "03/24/2026", "Updated grid; gains in requests, receptive, visual performance"]], size=8)
    x.p("")
    x.p("Program Goals", bold=True)
    x.table([["Domain", "Goal", "Baseline", "Mastery Criteria", "Start", "Target", "Status"],
             ["Language", "Jasper will ask peers 'wh' questions during play (who/what/where).",
              "1 question per 20-min play", "5 questions per 20-min play, 3 consecutive sessions", "04/13/2026",
              "08/14/2026", "Continue"],
             ["Social", "Jasper will take turns in a board game for 10 minutes without protest.", "3 minutes",
              "10 minutes, 0 protests, 4 of 5 sessions", "04/13/2026", "07/31/2026", "Revised"],
             ["Self-care", "Jasper will dress himself for school (shirt, pants, socks, shoes) independently.",
              "needs partial physical help for 3 of 4 items", "4 of 4 items independent on 5 consecutive mornings",
              "04/13/2026", "09/11/2026", "Continue"],
             ["Behavior", "Jasper will reduce tantrums longer than 2 minutes to 1 or fewer per week.",
              "4 per week", "1 or fewer per week for 6 consecutive weeks", "04/13/2026", "09/25/2026", "Continue"],
             ["Caregiver training", "Caregivers will run the morning visual schedule and token board with 90% "
              "procedural fidelity.", "60% fidelity", "90% across 3 consecutive home visits", "04/13/2026",
              "06/26/2026", "New"],
             ["Social", "Jasper will greet familiar adults when prompted.", "—", "—", "10/2025", "—",
              "Met 03/2026 (discontinued)"]], size=7.5)
    x.p("")
    x.table([["Service Code", "Description", "Rendering", "Hours/Week", "Location"],
             ["97153", "Direct treatment", "RBT", "18", "Home / community"],
             ["97155", "Protocol modification", "BCBA", "3", "Home"],
             ["97156", "Caregiver guidance", "BCBA", "1", "Home / telehealth"]], size=8)
    x.p("Next treatment plan review: 10/02/2026", bold=True)
    x.p("")
    x.table([["Signature Type", "Name", "Credential", "Signed", "Method"],
             ["Supervising BCBA", "Maren Oyelaran-Pike", "MS, BCBA", "04/06/2026 16:02", "E-signature"],
             ["Parent/Guardian", "Elsa Lindgren", "", "04/08/2026 19:45", "E-signature (portal)"]], size=8)
    x.save(f)
    label(f, "commercial-aba", [], asof, [],
          "Clean. Landscape EHR export of a home-and-community ABA plan from a health-system agency: one-row wide "
          "header tables, goal grid with Domain/Baseline/Mastery/Start/Target/Status, a met and discontinued goal "
          "kept in the grid with dashes (not an active goal), hours-per-week column without units, e-signature "
          "table. Caveat: the discontinued goal row has no baseline or target by design; a reviewer would not count "
          "it as an active goal.")


# =============================================================================================
# Substance use disorder programs (base-treatment-plan + a state profile)
# =============================================================================================

def r38():
    f = "r38_plan.docx"
    adm, plan, clin, md, asof = D(2026, 3, 2), D(2026, 3, 6), D(2026, 3, 6), D(2026, 3, 9), D(2026, 3, 20)
    assert days(adm, plan) <= 7 and days(adm, md) <= 10 and plan <= clin <= md <= asof
    x = Doc(font="Arial", size=9, title="Comprehensive Treatment Plan", author="Meditrak")
    x.header_table([["St. Agatha Health System — Addiction Medicine Inpatient Rehabilitation Unit (OASAS Part 818)",
                     ""],
                    ["Patient: Rourke, Declan P", "MRN 004-91-3307 · Admit 03/02/2026 · Unit 4 West"]], fill="F2F2F2")
    x.footer_lines([PART2])
    x.p("COMPREHENSIVE TREATMENT PLAN — INPATIENT REHABILITATION", bold=True, size=12)
    x.table([["Patient name", "Declan P. Rourke", "Date of birth", "05/05/1984"],
             ["Medicaid CIN", "KT48215M", "Managed care plan", "Empire Valley Health (HARP)"],
             ["Admission date", "03/02/2026", "Treatment plan date", "03/06/2026"],
             ["Primary counselor", "Maeve Sorensen-Adu, CASAC-Master", "Attending physician", "Ravi Coutinho, MD"]],
            header=False, bold_first_col=False)
    x.p("")
    x.p("DSM-5-TR / ICD-10-CM diagnoses", bold=True)
    x.table([["Code", "Diagnosis"], ["F10.20", "Alcohol use disorder, severe (alcohol dependence, uncomplicated)"],
             ["F17.210", "Tobacco use disorder (nicotine dependence, cigarettes)"],
             ["F32.A", "Depression, unspecified"]])
    x.p("")
    x.p("Problem list, goals and methods", bold=True)
    x.table([
        ["Problem", "Goal", "Objectives (target date)", "Methods / approaches", "Responsible"],
        ["1. Alcohol use: daily drinking for 6 years, 2 withdrawal seizures",
         "Declan will stay abstinent and leave with a relapse-prevention plan.",
         "a) Attend 100% of scheduled groups while on the unit (03/20/2026)\nb) Complete a written relapse-prevention "
         "plan with 5 triggers and coping responses (03/24/2026)",
         "Group counseling 3x daily; CBT relapse prevention; naltrexone evaluation", "Counselor; physician"],
        ["2. Depressed mood",
         "Declan's mood will improve enough to engage in outpatient care.",
         "a) PHQ-9 from 18 to below 10 (03/27/2026)",
         "Psychiatric evaluation; individual counseling 2x weekly", "Psychiatrist; counselor"],
        ["3. Tobacco use", "Declan will be tobacco-free on the unit.",
         "a) Use NRT patch daily and report 0 cigarettes per day (03/13/2026)", "NRT; tobacco education group weekly",
         "Nursing"],
        ["4. Discharge / continuing care", "Declan will have outpatient care in place before discharge.",
         "a) Attend an intake appointment at an outpatient program (03/27/2026)", "Case management",
         "Case manager"],
    ], size=8)
    x.p("")
    x.p("Estimated length of stay: 21–28 days.")
    x.p("")
    x.p("Treatment plan signatures", bold=True)
    x.table([["Role", "Name / credentials", "Date"],
             ["Patient", "Declan P. Rourke", "03/06/2026"],
             ["Responsible clinical staff member (primary counselor)", "Maeve Sorensen-Adu, CASAC-Master", "03/06/2026"],
             ["Physician review and signature", "Ravi Coutinho, MD", "03/09/2026"]])
    x.save(f)
    label(f, "base-treatment-plan", ["ny-oasas-818"], asof, [],
          "Clean. Hospital inpatient addiction rehabilitation plan (OASAS Part 818): banner table in the header, "
          "42 CFR part 2 notice in the footer, five-column problem/goal/objective/method/responsible grid with "
          "multi-line cells, role-based signature table with physician review 7 days after admission.")


def r39():
    f = "r39_plan.docx"
    adm, plan, md, asof = D(2026, 1, 12), D(2026, 1, 16), D(2026, 1, 26), D(2026, 2, 5)
    assert days(adm, plan) <= 7 and days(adm, md) == 14 > 10 and md <= asof
    x = Doc(font="Calibri", size=10, title="Individualized Treatment Plan")
    x.header_lines(["Lakeshore Regional Medical Center — Chemical Dependency Inpatient Rehabilitation (Pavilion C)"],
                   size=8)
    x.footer_lines(["Individualized Treatment Plan | Patient: Oksana Friedlander-Mbeki | " + "42 CFR Part 2 protected"])
    x.p("INDIVIDUALIZED TREATMENT PLAN", bold=True, size=13)
    x.dots("Patient", "Oksana Friedlander-Mbeki", pos=2.6)
    x.dots("DOB", "12/12/1991", pos=2.6)
    x.dots("Medicaid ID", "RM62094Q", pos=2.6)
    x.dots("Admission date", "01/12/2026", pos=2.6)
    x.dots("Date of plan", "01/16/2026", pos=2.6)
    x.p("")
    x.p("Diagnoses", bold=True)
    x.p("F11.200  Opioid use disorder, severe")
    x.p("F14.20   Cocaine dependence, uncomplicated")
    x.p("")
    x.p("Problem 1 — Opioid use disorder", bold=True)
    x.p("Goal: Oksana will stay on buprenorphine and free of illicit opioids.")
    x.p("Objectives: (1) negative urine drug screens for illicit opioids on every test during the stay, through "
        "02/06/2026; (2) identify 4 high-risk situations and a plan for each in writing by 01/30/2026.")
    x.p("Methods: buprenorphine induction and daily dosing; relapse-prevention group daily; individual counseling "
        "2x/week.")
    x.p("Problem 2 — Cocaine use", bold=True)
    x.p("Goal: Oksana will understand her cocaine use pattern and stop using.")
    x.p("Objectives: (1) complete a cocaine use functional analysis worksheet with her counselor by 01/27/2026.")
    x.p("Methods: contingency management; CBT group 5x/week.")
    x.p("Problem 3 — Housing after discharge", bold=True)
    x.p("Goal: Oksana will have a safe place to live at discharge.")
    x.p("Objectives: (1) submit 2 applications to recovery residences by 02/02/2026.")
    x.p("Methods: case management.")
    x.p("")
    x.p("Signatures", bold=True)
    x.p("Patient: Oksana Friedlander-Mbeki   01/16/2026")
    x.p("Primary counselor: Bartholomew Nakashima, LMSW, CASAC   01/16/2026")
    x.p("Physician: Genevieve Osterberg-Lau, MD — reviewed and signed 01/26/2026")
    x.save(f)
    label(f, "base-treatment-plan", ["ny-oasas-818"], asof, [["signature-late"], ["diagnosis-code-invalid"]],
          "Gaps: admission 01/12/2026, physician review signed 01/26/2026 = 14 days, past the 10 days; the primary "
          "diagnosis code F11.200 does not exist in ICD-10-CM (one character too many). Layout: hospital CD "
          "inpatient plan with dot-leader fields, problem sections with run-in 'Goal:'/'Objectives:'/'Methods:' "
          "paragraphs and parenthesised (1)/(2) objectives.")


def r40():
    f = "r40_plan.docx"
    adm, plan, sup, asof = D(2026, 1, 7), D(2026, 1, 27), D(2026, 1, 29), D(2026, 2, 15)
    assert days(adm, plan) == 20 > 15 and days(plan, sup) <= 10
    x = Doc(font="Calibri", size=10, title="Treatment Plan")
    x.header_lines(["Gulf Shores Recovery Center — Residential Treatment (Licensed under 65D-30) — Bayside Campus"],
                   size=8)
    x.footer_lines(["Individual: Desmond Achterberg-Oyelowo | Client # GSR-26-0041 | Confidential (42 CFR Part 2)"])
    x.p("INDIVIDUALIZED TREATMENT PLAN", bold=True, size=13, align="center")
    x.table([["Individual served", "Desmond Achterberg-Oyelowo", "DOB", "02/17/1979"],
             ["Medicaid / member ID", "FL-MCD 8817420263", "Client #", "GSR-26-0041"],
             ["Level of care", "Residential Level 2", "Date of admission", "01/07/2026"],
             ["Plan date", "01/27/2026", "Projected length of stay", "60 days"]], header=False, bold_first_col=False)
    x.p("")
    x.p("Diagnoses: F15.20 Other stimulant dependence, uncomplicated (methamphetamine); F12.20 Cannabis dependence, "
        "uncomplicated.")
    x.p("")
    for n, (prob, goal, objs, svc) in enumerate([
        ("Methamphetamine use", "Desmond will stay abstinent from methamphetamine.",
         ["Desmond will provide negative urine drug screens on 100% of random weekly tests through 03/06/2026.",
          "Desmond will name 5 personal triggers and a coping response for each in his recovery workbook by "
          "02/13/2026."],
         ["Individual counseling — 1x per week", "Relapse-prevention group — 5x per week",
          "Random urine drug screen — 1x per week"]),
        ("Employment and finances", "Desmond will prepare to return to work.",
         ["Desmond will complete a résumé and 3 mock interviews with the vocational counselor by 03/06/2026."],
         ["Vocational counseling — 1x per week"]),
    ], start=1):
        x.p(f"Problem #{n}: {prob}", bold=True)
        x.p(f"Goal {n}: {goal}")
        for k, o in enumerate(objs, start=1):
            x.p(f"Objective {n}.{k}: {o}")
        x.p("Services/tasks: " + "; ".join(svc) + ".")
        x.p("")
    x.p("Signatures", bold=True)
    x.table([["", "Name", "Signature", "Date"],
             ["Individual", "Desmond Achterberg-Oyelowo", "D. Achterberg-Oyelowo", "01/27/2026"],
             ["Primary counselor", "Yolanda Pereira-Strand, CAP", "Y. Pereira-Strand", "01/27/2026"],
             ["Qualified professional (review)", "Harrison Dube, LMHC, Clinical Supervisor", "H. Dube", "01/29/2026"]])
    x.save(f)
    label(f, "base-treatment-plan", ["fl-65d-30"], asof, [["plan-late"]],
          "Gap: residential level 2 allows 15 days from admission; admitted 01/07/2026, plan dated 01/27/2026 = 20 "
          "days. Qualified professional countersigned 2 days after the plan (within 10). Layout: residential SUD plan, "
          "form table with level of care, problem sections with Goal n / Objective n.k lines and service lists with "
          "'1x per week' frequencies, four-column signature table.")


def r41():
    f = "r41_plan.docx"
    plan, asof = D(2026, 4, 1), D(2026, 4, 28)
    x = Doc(font="Arial", size=9.5, title="Treatment Plan")
    x.header_lines(["Brazos Crossing Recovery — Intensive Outpatient Chemical Dependency Program (licensed facility)",
                    "Locations: Waco Road • Mesquite Plaza • Telehealth"], size=8)
    x.footer_lines(["Client: Esperanza Villarreal-Quist  •  Member ID TXM-5520-98817  •  DOB 07/19/1988"])
    x.p("INDIVIDUALIZED TREATMENT PLAN — IOP", bold=True, size=13)
    x.caption_table("Client", [["Name", "Esperanza Villarreal-Quist", "Date of birth", "07/19/1988"],
                               ["Member ID", "TXM-5520-98817", "Plan date", "04/01/2026"],
                               ["Admission", "03/26/2026", "Projected length of stay", "12 weeks"]], fill="833C0B")
    x.p("")
    x.p("Diagnosis: F10.20 Alcohol dependence, uncomplicated; F41.1 Generalized anxiety disorder")
    x.p("")
    x.caption_table("Goals, objectives and strategies", [
        ["Goal", "Objective (measurable, time-specific)", "Strategies (type and frequency)"],
        ["A. Esperanza will maintain sobriety.",
         "A1. Esperanza will report 0 drinking days per week on the timeline follow-back and provide negative "
         "breathalyzer results at every IOP session for 8 consecutive weeks, by 05/29/2026.",
         "IOP group counseling 3 hours/day, 3 days per week; breathalyzer at each session"],
        ["", "A2. Esperanza will attend at least 2 community recovery meetings per week, verified by signed sheet, "
             "by 04/30/2026.", "Peer recovery coaching 1x per week"],
        ["B. Esperanza will manage anxiety without alcohol.",
         "B1. Esperanza will reduce her GAD-7 score from 15 to 9 or less by 06/10/2026.",
         "Individual counseling (CBT) 1x per week"],
        ["C. Esperanza will rebuild trust with her family.",
         "C1. Esperanza and her husband will attend 3 family sessions by 06/17/2026.",
         "Family counseling every other week"],
    ], fill="833C0B", header=True)
    x.p("")
    x.p("Client comments: \"I want to be there for my kids' graduation in June.\"", italic=True)
    x.p("")
    x.p("Signed and dated:", bold=True)
    x.p("Client — Esperanza Villarreal-Quist — 04/01/2026")
    x.p("Counselor — Raymundo Alcott-Pierce, LCDC — 04/01/2026")
    x.p("Clinical program director — Sylvie Marchand, LPC-S — 04/02/2026")
    x.save(f)
    label(f, "base-treatment-plan", ["tx-26tac-564"], asof, [],
          "Clean. Texas chemical dependency IOP plan with brown caption tables, lettered goals with continuation rows, "
          "objectives written as measurable and time-specific, strategies with type and frequency, dashed signature "
          "lines for client, LCDC counselor and director.")


def r42():
    f = "r42_plan.docx"
    adm, plan, sup, md, rev, asof = D(2026, 2, 2), D(2026, 2, 20), D(2026, 2, 24), D(2026, 3, 12), D(2026, 5, 1), \
        D(2026, 3, 20)
    assert days(adm, plan) <= 28 and days(plan, sup) <= 14 and days(plan, md) == 20 > 14
    assert days(adm, rev) <= 92 and asof < rev
    x = Doc(font="Calibri", size=10, title="Maintenance Treatment Plan")
    x.header_lines(["Pacific Crest Health — Narcotic Treatment Program (Opioid Treatment Program), Eastside Clinic"],
                   size=8)
    x.footer_lines(["Patient: Benedetta Ashgrove-Tran | Patient ID NTP-77102 | Medi-Cal CIN 91448207C | " + "Part 2"])
    x.p("INITIAL MAINTENANCE TREATMENT PLAN", bold=True, size=13)
    x.lv("Patient", "Benedetta Ashgrove-Tran")
    x.lv("DOB", "10/03/1986")
    x.lv("Medi-Cal CIN", "91448207C")
    x.lv("Admission to maintenance treatment", "02/02/2026")
    x.lv("Treatment plan date (effective)", "02/20/2026")
    x.lv("Next treatment plan update due", "05/01/2026")
    x.p("")
    x.p("Diagnosis: F11.20 Opioid dependence, uncomplicated (fentanyl); F17.210 Nicotine dependence, cigarettes")
    x.p("")
    x.p("Long-term goal: Benedetta will stop illicit opioid use and keep her job and custody of her son.", bold=True)
    x.p("")
    x.table([["Short-term goal", "Target date", "Behavioral tasks"],
             ["1. Reach a stable methadone dose with no withdrawal symptoms (COWS under 5) for 14 consecutive days.",
              "03/20/2026", "Daily dosing; medical review weekly"],
             ["2. Urine drug screens negative for fentanyl on 4 consecutive monthly tests.", "04/30/2026",
              "Random UDS monthly; counseling 1x/week"],
             ["3. Attend 100% of counseling sessions for 8 weeks.", "04/17/2026", "Individual counseling 50 min weekly"],
             ["4. Obtain a primary care appointment and hepatitis C testing.", "04/03/2026", "Case management"]])
    x.p("")
    x.p("Signatures", bold=True)
    x.table([["Role", "Name", "Date signed"],
             ["Patient", "Benedetta Ashgrove-Tran", "02/20/2026"],
             ["Primary counselor", "Lucas Ferreira-Oduya, SUDCC II", "02/20/2026"],
             ["Supervising counselor (review)", "Annika Solberg-Rhee, LAADC", "02/24/2026"],
             ["Medical director (review and countersignature)", "Thaddeus Okoye-Lindholm, MD", "03/12/2026"]])
    x.save(f)
    label(f, "base-treatment-plan", ["ca-title9-ntp"], asof, [["signature-late"]],
          "Gap: plan effective 02/20/2026; the medical director countersigned 03/12/2026, 20 days later (limit 14 "
          "days); the supervising counselor signed within 4 days. Layout: narcotic treatment program plan with label "
          "lines, one long-term goal and a short-term goal table with target dates, role/name/date signature table.")


# =============================================================================================
# FHIR R4, C-CDA and native YAML plans
# =============================================================================================

def r43():
    f = "r43_careplan.json"
    plan, end, asof = D(2026, 2, 17), D(2026, 8, 17), D(2026, 3, 30)
    assert days(plan, end) < 365
    prac_npi = npi("145038226")
    pt = {"resourceType": "Patient", "id": "pt1",
          "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": "3QW7EN4KT15",
                          "type": {"text": "Medicare Beneficiary Identifier"}},
                         {"system": "urn:oid:2.16.840.1.113883.3.7711.1", "value": "TC-0091342",
                          "type": {"text": "Platform member number"}}],
          "name": [{"family": "Okafor-Lindqvist", "given": ["Rosamund", "E."]}],
          "gender": "female", "birthDate": "1957-06-21"}
    pr = {"resourceType": "Practitioner", "id": "pr1",
          "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": prac_npi}],
          "name": [{"family": "Abernathy-Soto", "given": ["Clement"], "suffix": ["LCSW"]}],
          "qualification": [{"code": {"text": "LCSW", "coding": [{"display": "Licensed Clinical Social Worker"}]}}]}
    conds = [
        {"resourceType": "Condition", "id": "c1",
         "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F41.1",
                              "display": "Generalized anxiety disorder"}], "text": "Generalized anxiety disorder"},
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                   "code": "problem-list-item"}]}],
         "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                        "code": "active"}]},
         "subject": {"reference": "Patient/pt1"}, "recordedDate": "2026-02-10"},
        {"resourceType": "Condition", "id": "c2",
         "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F32.A",
                              "display": "Depression, unspecified"}], "text": "Depression, unspecified"},
         "subject": {"reference": "Patient/pt1"}, "recordedDate": "2026-02-10"},
    ]
    goals = [
        {"resourceType": "Goal", "id": "g1", "lifecycleStatus": "active",
         "description": {"text": "Rosamund will reduce her GAD-7 score from 15 to 7 or less."},
         "subject": {"reference": "Patient/pt1"}, "startDate": "2026-02-17",
         "target": [{"measure": {"text": "GAD-7 total score"},
                     "detailQuantity": {"value": 7, "comparator": "<="}, "dueDate": "2026-05-29"}],
         "addresses": [{"reference": "Condition/c1"}]},
        {"resourceType": "Goal", "id": "g2", "lifecycleStatus": "active",
         "description": {"text": "Rosamund will practice a relaxation or worry-postponement skill on at least 5 "
                                 "days a week, as logged in the app, for 4 weeks in a row."},
         "subject": {"reference": "Patient/pt1"}, "startDate": "2026-02-17",
         "target": [{"measure": {"text": "days per week with logged skill practice"},
                     "detailQuantity": {"value": 5, "comparator": ">=", "unit": "days/week"},
                     "dueDate": "2026-04-24"}],
         "addresses": [{"reference": "Condition/c1"}]},
        {"resourceType": "Goal", "id": "g3", "lifecycleStatus": "active",
         "description": {"text": "Rosamund will reduce her PHQ-9 score from 13 to below 8."},
         "subject": {"reference": "Patient/pt1"}, "startDate": "2026-02-17",
         "target": [{"measure": {"text": "PHQ-9 total score"},
                     "detailQuantity": {"value": 8, "comparator": "<"}, "dueDate": "2026-06-26"}],
         "addresses": [{"reference": "Condition/c2"}]},
    ]
    sr = {"resourceType": "ServiceRequest", "id": "s1", "status": "active", "intent": "plan",
          "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90834",
                               "display": "Psychotherapy, 45 minutes with patient"}],
                   "text": "Individual psychotherapy by video (CBT), 45 minutes"},
          "subject": {"reference": "Patient/pt1"},
          "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": "2026-02-17", "end": "2026-08-17"},
                                          "frequency": 1, "period": 1, "periodUnit": "wk",
                                          "duration": 45, "durationUnit": "min"},
                               "code": {"text": "weekly, 45 minutes"}},
          "requester": {"reference": "Practitioner/pr1"}, "reasonReference": [{"reference": "Condition/c1"}]}
    cp = {"resourceType": "CarePlan", "id": "cp1", "status": "active", "intent": "plan",
          "title": "Outpatient psychotherapy treatment plan",
          "description": "Telehealth CBT for generalized anxiety with depressive symptoms.",
          "subject": {"reference": "Patient/pt1"},
          "period": {"start": "2026-02-17", "end": "2026-08-17"}, "created": "2026-02-17",
          "author": {"reference": "Practitioner/pr1"},
          "addresses": [{"reference": "Condition/c1"}, {"reference": "Condition/c2"}],
          "goal": [{"reference": "Goal/g1"}, {"reference": "Goal/g2"}, {"reference": "Goal/g3"}],
          "activity": [{"reference": {"reference": "ServiceRequest/s1"}}],
          "note": [{"text": "Expected duration 6 months (through 08/17/2026). Progress review with client on "
                            "05/18/2026. Crisis plan reviewed; 988 given."}]}
    prov = {"resourceType": "Provenance", "id": "pv1", "target": [{"reference": "CarePlan/cp1"}],
            "recorded": "2026-02-17T18:32:00-05:00",
            "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                            "code": "author"}]},
                       "who": {"reference": "Practitioner/pr1"}}],
            "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1",
                                     "display": "Author's Signature"}],
                           "when": "2026-02-17T18:32:00-05:00", "who": {"reference": "Practitioner/pr1"},
                           "sigFormat": "text/plain", "data": "L3MvIENsZW1lbnQgQWJlcm5hdGh5LVNvdG8sIExDU1c="}]}
    entries = [pt, pr] + conds + goals + [sr, cp, prov]
    bundle = {"resourceType": "Bundle", "id": "tp-0091342", "type": "collection",
              "timestamp": "2026-02-17T18:35:00-05:00",
              "entry": [{"fullUrl": f"urn:uuid:{r['resourceType'].lower()}-{r['id']}", "resource": r} for r in entries]}
    (OUT / f).write_text(json.dumps(bundle, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    label(f, "medicare-psychotherapy", [], asof, [],
          "Clean. FHIR R4 collection Bundle from a telehealth platform: Patient with MBI, Practitioner with NPI and "
          "LCSW qualification, two ICD-10-CM Conditions, three Goals with targets and due dates (no separate "
          "objectives), a weekly 45-minute ServiceRequest, CarePlan with period, and a Provenance author signature.")


def r44():
    f = "r44_careplan.xml"
    ftx, pend, md, asof = D(2026, 3, 3), D(2026, 5, 31), D(2026, 3, 6), D(2026, 4, 14)
    cert_ok(ftx, pend, md, asof)
    md_npi, pt_npi = npi("119402837"), npi("183650291")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="POC-2026-0303-5521"/>
  <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care note"/>
  <title>Physical Therapy Plan of Care</title>
  <effectiveTime value="20260303154500-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.4.927" extension="5RV2KM8TD40"/>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="MRN-3300417"/>
      <addr use="HP"><streetAddressLine>88 Juniper Hollow Road</streetAddressLine><city>Fairview</city><state>OH</state><postalCode>44000</postalCode></addr>
      <patient>
        <name use="L"><given>Winifred</given><given>A</given><family>Stroud-Kowalczyk</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19460924"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="20260303154500-0500"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="{pt_npi}"/>
      <code code="225100000X" codeSystem="2.16.840.1.113883.6.101" displayName="Physical Therapist"/>
      <assignedPerson><name><given>Leopold</given><family>Nakamura-Byrne</family><suffix>PT, DPT</suffix></name></assignedPerson>
      <representedOrganization><name>Fairview Health System Outpatient Rehabilitation - Lakeside</name></representedOrganization>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.19.5.99999"/><name>Fairview Health System</name></representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator>
    <time value="20260306091000-0500"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{md_npi}"/>
      <code code="207Q00000X" codeSystem="2.16.840.1.113883.6.101" displayName="Family Medicine"/>
      <assignedPerson><name><given>Henrietta</given><family>Olawuyi-Marsh</family><suffix>MD</suffix></name></assignedPerson>
    </assignedEntity>
  </legalAuthenticator>
  <authenticator>
    <time value="20260303154500-0500"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{pt_npi}"/>
      <assignedPerson><name><given>Leopold</given><family>Nakamura-Byrne</family><suffix>PT, DPT</suffix></name></assignedPerson>
    </assignedEntity>
  </authenticator>
  <documentationOf>
    <serviceEvent classCode="PCPR">
      <effectiveTime><low value="20260303"/><high value="20260531"/></effectiveTime>
    </serviceEvent>
  </documentationOf>
  <componentOf>
    <encompassingEncounter>
      <id root="2.16.840.1.113883.19.5.99999.3" extension="ENC-77120"/>
      <code code="PT-EVAL" codeSystem="2.16.840.1.113883.19.5.99999.4" displayName="Physical therapy initial evaluation"/>
      <effectiveTime><low value="20260303140000-0500"/><high value="20260303154500-0500"/></effectiveTime>
    </encompassingEncounter>
  </componentOf>
  <component>
    <structuredBody>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/>
          <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concerns document"/>
          <title>Health Concerns</title>
          <text>
            <paragraph>Date of initial evaluation (first treatment day): 03/03/2026. Certification period 03/03/2026 to 05/31/2026.</paragraph>
            <table border="1">
              <thead><tr><th>ICD-10-CM</th><th>Concern</th></tr></thead>
              <tbody>
                <tr ID="hc1"><td>M48.062</td><td>Spinal stenosis, lumbar region with neurogenic claudication</td></tr>
                <tr ID="hc2"><td>R26.89</td><td>Other abnormalities of gait and mobility</td></tr>
              </tbody>
            </table>
          </text>
          <entry>
            <act classCode="ACT" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.132" extension="2015-08-01"/>
              <id root="2.16.840.1.113883.19.5.99999.10" extension="hc1"/>
              <code code="75310-3" codeSystem="2.16.840.1.113883.6.1"/>
              <statusCode code="active"/>
              <entryRelationship typeCode="REFR">
                <observation classCode="OBS" moodCode="EVN">
                  <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                  <id root="2.16.840.1.113883.19.5.99999.11" extension="p1"/>
                  <code code="64572001" codeSystem="2.16.840.1.113883.6.96" displayName="Condition"/>
                  <statusCode code="completed"/>
                  <effectiveTime><low value="20251110"/></effectiveTime>
                  <value xsi:type="CD" code="M48.062" codeSystem="2.16.840.1.113883.6.90" displayName="Spinal stenosis, lumbar region with neurogenic claudication"/>
                </observation>
              </entryRelationship>
              <entryRelationship typeCode="REFR">
                <observation classCode="OBS" moodCode="EVN">
                  <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                  <id root="2.16.840.1.113883.19.5.99999.11" extension="p2"/>
                  <code code="64572001" codeSystem="2.16.840.1.113883.6.96" displayName="Condition"/>
                  <statusCode code="completed"/>
                  <value xsi:type="CD" code="R26.89" codeSystem="2.16.840.1.113883.6.90" displayName="Other abnormalities of gait and mobility"/>
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
              <item ID="g1">Patient will walk 1,000 feet continuously with a single-point cane and no rest breaks, modified independent, by 05/26/2026.</item>
              <item ID="g2">Patient will stand for 20 minutes to prepare a meal with leg pain no higher than 3/10 by 05/26/2026.</item>
              <item ID="g3">Oswestry Disability Index will improve from 48% to 24% or less by 05/26/2026.</item>
            </list>
          </text>
          <entry>
            <observation classCode="OBS" moodCode="GOL">
              <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
              <id root="2.16.840.1.113883.19.5.99999.20" extension="g1"/>
              <code code="58152-0" codeSystem="2.16.840.1.113883.6.1" displayName="Goal"/>
              <text><reference value="#g1"/></text>
              <statusCode code="active"/>
              <effectiveTime><low value="20260303"/><high value="20260526"/></effectiveTime>
            </observation>
          </entry>
          <entry>
            <observation classCode="OBS" moodCode="GOL">
              <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
              <id root="2.16.840.1.113883.19.5.99999.20" extension="g2"/>
              <code code="58152-0" codeSystem="2.16.840.1.113883.6.1" displayName="Goal"/>
              <text><reference value="#g2"/></text>
              <statusCode code="active"/>
              <effectiveTime><low value="20260303"/><high value="20260526"/></effectiveTime>
            </observation>
          </entry>
          <entry>
            <observation classCode="OBS" moodCode="GOL">
              <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
              <id root="2.16.840.1.113883.19.5.99999.20" extension="g3"/>
              <code code="58152-0" codeSystem="2.16.840.1.113883.6.1" displayName="Goal"/>
              <text><reference value="#g3"/></text>
              <statusCode code="active"/>
              <effectiveTime><low value="20260303"/><high value="20260526"/></effectiveTime>
            </observation>
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
              <thead><tr><th>CPT</th><th>Intervention</th><th>Frequency</th><th>Duration</th></tr></thead>
              <tbody>
                <tr ID="i1"><td>97110</td><td>Therapeutic exercise (flexion-based lumbar program, hip strengthening)</td><td>2 times per week</td><td>8 weeks</td></tr>
                <tr ID="i2"><td>97116</td><td>Gait training with single-point cane</td><td>2 times per week</td><td>8 weeks</td></tr>
                <tr ID="i3"><td>97140</td><td>Manual therapy</td><td>2 times per week</td><td>8 weeks</td></tr>
              </tbody>
            </table>
          </text>
          <entry>
            <procedure classCode="PROC" moodCode="INT">
              <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
              <id root="2.16.840.1.113883.19.5.99999.30" extension="i1"/>
              <code code="97110" codeSystem="2.16.840.1.113883.6.12" displayName="Therapeutic exercise"/>
              <text><reference value="#i1"/></text>
              <statusCode code="active"/>
              <effectiveTime xsi:type="IVL_TS"><low value="20260303"/><high value="20260428"/></effectiveTime>
            </procedure>
          </entry>
          <entry>
            <procedure classCode="PROC" moodCode="INT">
              <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
              <id root="2.16.840.1.113883.19.5.99999.30" extension="i2"/>
              <code code="97116" codeSystem="2.16.840.1.113883.6.12" displayName="Gait training"/>
              <text><reference value="#i2"/></text>
              <statusCode code="active"/>
              <effectiveTime xsi:type="IVL_TS"><low value="20260303"/><high value="20260428"/></effectiveTime>
            </procedure>
          </entry>
          <entry>
            <procedure classCode="PROC" moodCode="INT">
              <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
              <id root="2.16.840.1.113883.19.5.99999.30" extension="i3"/>
              <code code="97140" codeSystem="2.16.840.1.113883.6.12" displayName="Manual therapy"/>
              <text><reference value="#i3"/></text>
              <statusCode code="active"/>
              <effectiveTime xsi:type="IVL_TS"><low value="20260303"/><high value="20260428"/></effectiveTime>
            </procedure>
          </entry>
        </section>
      </component>
      <component>
        <section>
          <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care note"/>
          <title>Certification</title>
          <text>
            <paragraph>Plan of care established 03/03/2026 by Leopold Nakamura-Byrne, PT, DPT. Frequency 2 times per week, duration 8 weeks (16 visits).</paragraph>
            <paragraph>Certified by Henrietta Olawuyi-Marsh, MD on 03/06/2026: I certify the need for these services furnished under this plan of treatment while under my care.</paragraph>
          </text>
        </section>
      </component>
    </structuredBody>
  </component>
</ClinicalDocument>
"""
    assert D(2026, 3, 3) + dt.timedelta(weeks=8) == D(2026, 4, 28)
    (OUT / f).write_text(xml, encoding="utf-8")
    label(f, "medicare-outpatient-therapy", [], asof, [],
          "Clean. C-CDA R2.1 Care Plan from a health-system EHR: MBI in recordTarget, therapist as author and "
          "authenticator, certifying MD as legalAuthenticator with time, serviceEvent as certification period, "
          "evaluation encounter, ICD-10-CM health concerns, goal observations, planned procedures with frequency "
          "and duration in the narrative table.")


def r45():
    f = "r45_plan.yaml"
    adm, plan, sup, md, rev, asof = D(2026, 5, 4), D(2026, 5, 26), D(2026, 5, 28), D(2026, 6, 2), D(2026, 8, 3), \
        D(2026, 6, 15)
    assert days(adm, plan) <= 28 and days(plan, sup) <= 14 and days(plan, md) <= 14
    assert days(adm, rev) <= 92 and asof < rev
    text = f"""schema: authcheck-plan/1
# Exported from the program's EHR as authcheck native YAML (Harbor Crest Health, OTP Westside).
patient: {{name: Leocadia Brennan-Oduya, birth_date: 1979-03-30, member_id: "93017455A"}}
payer: Medi-Cal
program: Harbor Crest Health Narcotic Treatment Program - Westside Clinic
level_of_care: Opioid treatment program (methadone maintenance)
discipline: sud
admission_date: {adm.isoformat()}
plan_date: {plan.isoformat()}
expected_duration: 12 months, updated at least every 3 months
diagnoses:
  - {{code: F11.20, description: "Opioid dependence, uncomplicated", primary: true}}
  - {{code: F41.1, description: Generalized anxiety disorder}}
problems:
  - label: Problem 1
    statement: Daily fentanyl use for 3 years, two overdoses in 2025.
    goals:
      - label: Long-term goal 1
        statement: Leocadia will stop using illicit opioids and stay in treatment.
        objectives:
          - label: Short-term goal 1.1
            statement: Leocadia will reach a methadone dose at which she reports no withdrawal (COWS under 5) on 10 consecutive dosing days.
            target_date: 2026-06-26
          - label: Short-term goal 1.2
            statement: Leocadia will have urine drug screens negative for fentanyl on 3 consecutive monthly tests.
            target_date: 2026-08-28
        interventions:
          - {{description: Methadone dosing daily with weekly medical review, frequency: daily}}
          - {{description: Individual counseling, amount: 50 minutes, frequency: weekly, responsible_staff: primary counselor}}
  - label: Problem 2
    statement: Anxiety and poor sleep.
    goals:
      - label: Long-term goal 2
        statement: Leocadia will manage anxiety without benzodiazepines.
        objectives:
          - label: Short-term goal 2.1
            statement: Leocadia will lower her GAD-7 score from 16 to 10 or less.
            target_date: 2026-08-14
        interventions:
          - {{description: Referral to program psychiatrist and CBT skills in counseling, frequency: weekly}}
reviews:
  - {{kind: review, date: {rev.isoformat()}, completed: false}}
signatures:
  - {{role: client, name: Leocadia Brennan-Oduya, date: {plan.isoformat()}, method: handwritten}}
  - {{role: clinician, name: Ignatius Farrow-Mendes, credential: SUDCC, date: {plan.isoformat()}, method: electronic}}
  - {{role: supervisor, name: Oriana Vasquez-Lind, credential: LAADC, date: {sup.isoformat()}, method: electronic}}
  - {{role: physician, name: Cornelius Adeyemi-Haas, credential: MD, date: {md.isoformat()}, method: electronic}}
"""
    (OUT / f).write_text(text, encoding="utf-8")
    label(f, "base-treatment-plan", ["ca-title9-ntp"], asof, [],
          "Clean. authcheck native YAML export of a California narcotic treatment program plan: plan 22 days after "
          "admission, short-term goals with target dates, next update 91 days after admission, supervising counselor "
          "and medical director signatures 2 and 7 days after the plan.")


PLANS = [r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20, r21, r22,
         r23, r24, r25, r26, r27, r28, r29, r30, r31, r32, r33, r34, r35, r36, r37, r38, r39, r40, r41, r42, r43, r44,
         r45]


def main():
    LABELS.clear()
    for fn in PLANS:
        fn()
    assert len(LABELS) == len(PLANS) == len({e["file"] for e in LABELS})
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LABELS)} plans and labels.json to {OUT}")


if __name__ == "__main__":
    main()
