#!/usr/bin/env python3
"""Writes blind set 22 (files m01_..m47_) and labels.json into this folder.

Deterministic: run it twice and the outputs are byte-identical. Needs python-docx and lxml
(run with /work/main/.venv/bin/python once `make test` has set the venv up, or any Python
that has python-docx >= 1.2 and lxml).

Everything in these plans is invented: people, practices, agencies, member IDs and NPIs.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

OUT = Path(__file__).resolve().parent
D = dt.date

# ---------------------------------------------------------------------------------------------
# Kinds each profile can report at error or warning (from `authcheck profiles show ID --resolved`
# and docs/reference/profiles.md; info-only kinds and `readability` left out). medicare-outpatient-
# therapy: service-amount is info in both versions, so amount-missing is not listed for it.
# ---------------------------------------------------------------------------------------------
BASE = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
        "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
KINDS = {
    "base-treatment-plan": set(BASE),
    "medicare-psychotherapy": BASE | {"credential-missing", "signature-missing", "duration-exceeds-limit",
                                      "duration-missing", "goal-not-measurable", "goal-missing",
                                      "intervention-missing", "objective-not-measurable",
                                      "objective-not-time-bound", "plan-outdated", "amount-missing",
                                      "frequency-missing"},
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

# Profile numbers the self-checks use (from payer_profiles/*.yaml).
PA_PLAN_DAYS = 30          # pa-55-5200 plan-timely
NY_PLAN_DAYS = 7           # ny-oasas-818 plan-timely
NY_MD_DAYS = 10            # ny-oasas-818 physician-signature-timely (from admission)
FL_DAYS = {"residential level 2": 15, "residential level 1": 7, "day/night treatment": 10}
FL_QP_DAYS = 10            # fl-65d-30 supervisor-signature-timely (from plan date)
CA_PLAN_DAYS = 28          # ca-title9-ntp plan-timely
CA_REVIEW_DAYS = 92        # ca-title9-ntp review-interval (anchor admission date)
CA_SIGN_DAYS = 14          # ca-title9-ntp supervisor/physician countersignature (from plan date)
PT_CERT_DAYS = 30          # medicare-outpatient-therapy physician-signature-timely (from first treatment)
PT_REVIEW_DAYS = 90        # medicare-outpatient-therapy review-interval
HH_REVIEW_DAYS = 60        # medicare-home-health review-interval
PSY_PLAN_AGE = 365         # medicare-psychotherapy plan-current
ABA_REVIEW_DAYS = 184      # commercial-aba review-interval
ABA_ASSESS_DAYS = 365      # commercial-aba assessment-recent

LABELS: list[dict] = []
WRITTEN: list[str] = []


def days(a: dt.date, b: dt.date) -> int:
    return (b - a).days


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return D(y, m, min(d.day, last))


def within_months(start: dt.date, end: dt.date, n: int) -> bool:
    return end <= add_months(start, n)


# ---------------------------------------------------------------------------------------------
# NPIs: Luhn over "80840" + the first nine digits.
# ---------------------------------------------------------------------------------------------
def _luhn_total(digits: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total


def npi(nine: str) -> str:
    assert len(nine) == 9 and nine[0] in "12"
    for c in "0123456789":
        if _luhn_total("80840" + nine + c) % 10 == 0:
            return nine + c
    raise AssertionError


def npi_ok(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and _luhn_total("80840" + n) % 10 == 0


assert npi_ok("1234567893") and not npi_ok("1234567890")   # rules/npi-valid.yaml examples


# ---------------------------------------------------------------------------------------------
# Date spellings clinicians type.
# ---------------------------------------------------------------------------------------------
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]


def f_us(d): return f"{d.month:02d}/{d.day:02d}/{d.year}"
def f_short(d): return f"{d.month}/{d.day}/{d.year % 100:02d}"
def f_short4(d): return f"{d.month}/{d.day}/{d.year}"
def f_long(d): return f"{MON[d.month - 1]} {d.day}, {d.year}"
def f_abbr(d): return f"{MON[d.month - 1][:3]} {d.day}, {d.year}"
def f_dmy(d): return f"{d.day} {MON[d.month - 1][:3]} {d.year}"
def f_dmyl(d): return f"{d.day} {MON[d.month - 1]} {d.year}"
def f_iso(d): return d.isoformat()
def f_dash(d): return f"{d.month:02d}-{d.day:02d}-{d.year}"
def f_dot(d): return f"{d.month}.{d.day}.{d.year % 100:02d}"


def f_ord(d):
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{MON[d.month - 1]} {d.day}{suf}, {d.year}"


# ---------------------------------------------------------------------------------------------
# DOCX builder.
# ---------------------------------------------------------------------------------------------
W_DATE = "2026-01-01T09:00:00Z"


class Docx:
    def __init__(self, font="Calibri", size=11, margins=1.0, landscape=False, space_after=None):
        self.doc = Document()
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
        if space_after is not None:
            st.paragraph_format.space_after = Pt(space_after)
        sec = self.doc.sections[0]
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = sec.page_height, sec.page_width
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Inches(margins))
        self._ids = 100

    # -- text ------------------------------------------------------------------------------
    def _runs(self, par, parts):
        for part in parts:
            if isinstance(part, str):
                par.add_run(part)
                continue
            text, fmt = part
            r = par.add_run(text)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
            r.underline = "u" in fmt
            if "c" in fmt:
                r.font.all_caps = True
            if "s" in fmt:
                r.font.size = Pt(8)
            if "L" in fmt:
                r.font.size = Pt(14)
            if "g" in fmt:
                r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
            if "x" in fmt:
                r.font.strike = True
            if "\n" in text:
                pass
        return par

    def p(self, *parts, style=None, align=None, after=None, before=None, indent=None, container=None):
        target = container if container is not None else self.doc
        par = target.add_paragraph(style=style) if style else target.add_paragraph()
        self._runs(par, parts)
        if align == "c":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if after is not None:
            par.paragraph_format.space_after = Pt(after)
        if before is not None:
            par.paragraph_format.space_before = Pt(before)
        if indent is not None:
            par.paragraph_format.left_indent = Inches(indent)
        return par

    def lines(self, text, **kw):
        """One paragraph per line of a block of typed text."""
        out = []
        for line in text.strip("\n").split("\n"):
            out.append(self.p(line, **kw))
        return out

    def br_par(self, lines_, fmt="", **kw):
        """One paragraph whose lines are separated by soft line breaks (Shift+Enter)."""
        par = self.p(**kw)
        for i, line in enumerate(lines_):
            if isinstance(line, tuple):
                self._runs(par, [line])
            else:
                r = par.add_run(line)
                if fmt:
                    r.bold = "b" in fmt
            if i < len(lines_) - 1:
                par.add_run().add_break()
        return par

    def h(self, text, level=1):
        return self.doc.add_heading(text, level=level)

    def bullet(self, *parts, style="List Bullet", container=None):
        return self.p(*parts, style=style, container=container)

    def num(self, *parts, container=None):
        return self.p(*parts, style="List Number", container=container)

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- tables ----------------------------------------------------------------------------
    def table(self, rows, style="Table Grid", widths=None, header_bold=False, container=None, bold_col0=False):
        target = container if container is not None else self.doc
        ncols = max(len(r) for r in rows)
        t = target.add_table(rows=len(rows), cols=ncols)
        if style:
            t.style = self.doc.styles[style]
        for i, row in enumerate(rows):
            for j in range(ncols):
                val = row[j] if j < len(row) else ""
                cell = t.cell(i, j)
                self.cell(cell, val, bold=(header_bold and i == 0) or (bold_col0 and j == 0))
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    if j < len(row.cells):
                        row.cells[j].width = Inches(w)
        return t

    def cell(self, cell, val, bold=False):
        """Fill a cell: a str (lines split on \n into paragraphs) or a list of parts."""
        first = cell.paragraphs[0]
        if isinstance(val, list):
            self._runs(first, val)
            return cell
        lines_ = str(val).split("\n")
        for k, line in enumerate(lines_):
            par = first if k == 0 else cell.add_paragraph()
            r = par.add_run(line)
            r.bold = bold
        return cell

    @staticmethod
    def merge(t, r1, c1, r2, c2):
        a = t.cell(r1, c1)
        b = t.cell(r2, c2)
        m = a.merge(b)
        # python-docx concatenates the merged cells' paragraphs; drop empty ones beyond the first
        pars = m.paragraphs
        for par in pars[1:]:
            if not par.text.strip():
                par._p.getparent().remove(par._p)
        return m

    @staticmethod
    def shade(cell, fill="D9D9D9"):
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcpr.append(shd)

    # -- header / footer -------------------------------------------------------------------
    def header(self, *lines_, align=None, size=None):
        hdr = self.doc.sections[0].header
        first = True
        for line in lines_:
            par = hdr.paragraphs[0] if first else hdr.add_paragraph()
            first = False
            self._runs(par, [line] if isinstance(line, (str, tuple)) else line)
            if align == "c":
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif align == "r":
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if size:
                for r in par.runs:
                    r.font.size = Pt(size)
        return hdr

    def footer(self, *lines_, page_numbers=False, align=None, size=9):
        ftr = self.doc.sections[0].footer
        first = True
        for line in lines_:
            par = ftr.paragraphs[0] if first else ftr.add_paragraph()
            first = False
            self._runs(par, [line] if isinstance(line, (str, tuple)) else line)
            if align == "c":
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in par.runs:
                r.font.size = Pt(size)
        if page_numbers:
            par = ftr.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = par.add_run("Page ")
            r.font.size = Pt(size)
            self._field(par, "PAGE", "1")
            r = par.add_run(" of ")
            r.font.size = Pt(size)
            self._field(par, "NUMPAGES", "3")
        return ftr

    @staticmethod
    def _field(par, instr, shown):
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), instr)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = shown
        r.append(t)
        fld.append(r)
        par._p.append(fld)

    # -- content controls, tracked changes, comments ----------------------------------------
    def _nid(self):
        self._ids += 1
        return str(self._ids)

    def sdt_inline(self, par, text, alias, bold=False):
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        al = OxmlElement("w:alias")
        al.set(qn("w:val"), alias)
        tag = OxmlElement("w:tag")
        tag.set(qn("w:val"), alias.replace(" ", ""))
        idn = OxmlElement("w:id")
        idn.set(qn("w:val"), self._nid())
        pr.extend([al, tag, idn])
        pr.append(OxmlElement("w:text"))
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
        sdt.extend([pr, content])
        par._p.append(sdt)
        return sdt

    def p_sdt(self, label, value, alias=None, label_fmt="b", sep=" "):
        """A paragraph: label, then the value inside a plain-text content control."""
        par = self.p((label + sep, label_fmt) if label_fmt else label + sep)
        self.sdt_inline(par, value, alias or label.strip(": "))
        return par

    def sdt_block(self, lines_, alias):
        """Block-level content control wrapping several paragraphs (a 'rich text' control)."""
        body = self.doc.element.body
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        al = OxmlElement("w:alias")
        al.set(qn("w:val"), alias)
        idn = OxmlElement("w:id")
        idn.set(qn("w:val"), self._nid())
        pr.extend([al, idn])
        content = OxmlElement("w:sdtContent")
        for line in lines_:
            par = self.doc.add_paragraph()
            self._runs(par, [line] if isinstance(line, (str, tuple)) else line)
            content.append(par._p)      # moves the paragraph into the control
        sdt.extend([pr, content])
        sectpr = body.find(qn("w:sectPr"))
        sectpr.addprevious(sdt)
        return sdt

    def tracked(self, par, kind, text, author="Reviewer", date=W_DATE):
        """Append a tracked insertion ('ins') or deletion ('del') run to a paragraph."""
        el = OxmlElement("w:" + kind)
        el.set(qn("w:id"), self._nid())
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), date)
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if kind == "del" else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        el.append(r)
        par._p.append(el)
        return el

    def comment(self, par, text, author="QA", initials=None):
        runs = par.runs
        if not runs:
            runs = [par.add_run("")]
        c = self.doc.add_comment(runs, text=text, author=author, initials=initials or author[:2])
        return c

    # -- save ------------------------------------------------------------------------------
    def save(self, name, title="", author="", when=dt.datetime(2026, 1, 1, 9, 0, 0)):
        cp = self.doc.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = title
        cp.subject = ""
        cp.comments = ""
        cp.keywords = ""
        cp.category = ""
        cp.revision = 1
        cp.created = when
        cp.modified = when
        buf = io.BytesIO()
        self.doc.save(buf)
        write_stable_zip(OUT / name, buf.getvalue(), when)
        WRITTEN.append(name)


def write_stable_zip(path: Path, data: bytes, when: dt.datetime):
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == "word/comments.xml":
                body = re.sub(rb'w:date="[^"]*"', b'w:date="' + stamp.encode() + b'"', body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, body)
    path.write_bytes(out.getvalue())


def write_text(name: str, text: str):
    (OUT / name).write_text(text, encoding="utf-8", newline="\n")
    WRITTEN.append(name)


# ---------------------------------------------------------------------------------------------
# Labels.
# ---------------------------------------------------------------------------------------------
def label(file, payer, as_of, gaps=(), states=(), unsure=(), notes=""):
    profiles = [payer, *states]
    can = set()
    for p in profiles:
        can |= KINDS[p]
    gap_kinds = {k for g in gaps for k in g}
    for g in gaps:
        assert g and any(k in can for k in g), (file, g)
    for k in unsure:
        assert k in can, (file, k)
    args = ["--payer", payer]
    for s in states:
        args += ["--state", s]
    args += ["--as-of", as_of.isoformat()]
    LABELS.append({
        "file": file,
        "check_with": args,
        "must_report": [sorted(g) for g in gaps],
        "must_not_report": sorted(can - gap_kinds - set(unsure)),
        "notes": notes,
    })


def sigdates_ok(plan_date, as_of, *sig_dates):
    """dates-consistent: signatures on/after the plan date and not after the as-of date."""
    for s in sig_dates:
        assert plan_date <= s <= as_of, (plan_date, s, as_of)


CRISIS = ("If you are in crisis call or text 988 (Suicide & Crisis Lifeline), call 911, or go to the "
          "nearest emergency room. Our office is not monitored after hours.")
CONSENT = ("I understand that I have the right to participate in planning my treatment, to refuse treatment, "
           "and to request a copy of this plan. Information in this plan is confidential and is released "
           "only with my written authorization or as permitted by law (45 CFR Parts 160 and 164).")
NOTICE42 = ("This record may contain information protected by 42 CFR Part 2. Federal rules prohibit any further "
            "disclosure of this information unless expressly permitted by the written consent of the person "
            "to whom it pertains or as otherwise permitted by 42 CFR Part 2.")


# =============================================================================================
# Psychotherapy (medicare-psychotherapy, some with pa-55-5200)
# =============================================================================================
def m01():
    plan, asof = D(2026, 2, 2), D(2026, 3, 10)
    n = npi("154820371")
    t1, t2, t3, end = D(2026, 3, 31), D(2026, 4, 15), D(2026, 3, 15), D(2026, 5, 29)
    assert days(plan, asof) <= PSY_PLAN_AGE and end < add_months(plan, 12)
    assert min(t1, t2, t3, end) > plan
    sigdates_ok(plan, asof, plan)
    d = Docx(font="Garamond", size=12)
    d.p(("Miriam Ostrowski, LCSW", "b"), align="c", after=0)
    d.p("Individual & Couples Psychotherapy", align="c", after=0)
    d.p("418 Wendover Lane, Suite 2  ·  Fairbrook, OH 43219  ·  (614) 555-0148", align="c")
    d.p("")
    d.p(("TREATMENT PLAN", "bu"))
    d.p("Client\tHarold J. Beaumont")
    d.p("DOB\t7/19/1951\t\tMedicare # 4TR9-WK3-NJ62")
    d.p("Date of plan\t" + f_abbr(plan))
    d.p("Dx", after=0)
    d.p("F33.1   Major depressive disorder, recurrent episode, moderate", after=0, indent=0.4)
    d.p("F41.1   Generalized anxiety disorder", indent=0.4)
    d.p(("Presenting problem / hx", "b"))
    d.p("74 y/o widowed male referred by PCP (Dr. Leland) after PHQ-9 of 17 at annual wellness visit. "
        "Wife died 14 months ago. Pt reports low mood most days, early waking, lost interest in woodworking and "
        "church, worry about finances and his own health that he \"can't shut off\". Hx of one prior depressive "
        "episode in 2009 treated w/ sertraline + counseling. No SI/HI, denies plan or intent, no hx of attempts. "
        "Lives alone, daughter nearby. Intake done 1/26/26; PHQ-9 17, GAD-7 14 at intake.")
    d.p(("Goals", "b"))
    d.p("LTG #1 (mood): Harold wants to \"feel like myself again\" and get back to the things he used to do. "
        f"We will measure this w/ the PHQ-9 - goal is a PHQ-9 under 10 (currently 17) by {f_short(end)}.")
    d.p(f"- STG 1a: pt will schedule and complete at least 3 pleasant/valued activities per wk, tracked on his "
        f"activity log, by {f_short(t1)}", indent=0.3)
    d.p(f"- STG 1b: PHQ-9 from 17 down to 12 or less by {f_short(t2)}", indent=0.3)
    d.p("LTG #2 (worry): less time lost to worry. Reduce GAD-7 from 14 to below 8 by " + f_short(end) + ".")
    d.p(f"- STG 2a: practice diaphragmatic breathing or PMR once a day on at least 5 of 7 days/wk (log) by {f_short(t3)}",
        indent=0.3)
    d.p(f"- STG 2b: use scheduled \"worry time\" (20 min) instead of all-day worrying on 5+ days/wk by {f_short(t2)}",
        indent=0.3)
    d.p(("Tx", "b"))
    d.p("Individual psychotherapy, CBT w/ behavioral activation + grief work. CPT 90834 (45 min) 1x/wk. "
        "Expected duration approx. 4 months, through " + f_short(end) + ", then re-evaluate. Coordinate with PCP re: "
        "medication (pt declines antidepressant at this time, will revisit in 4 wks).")
    d.p(("Crisis plan", "b"))
    d.p("Pt has 988 and office # on his phone. Daughter (Carol) aware. " + CRISIS)
    d.p("")
    d.p("Harold participated in writing this plan and says he agrees with it. He was given a copy.")
    d.p("")
    d.p("/s/ Miriam Ostrowski, LCSW      " + f_short(plan), after=0)
    d.p("NPI " + n, after=0)
    d.p("Client: Harold J. Beaumont (signed in office)   " + f_short(plan))
    d.save("m01_plan.docx", "Treatment plan", "Miriam Ostrowski")
    label("m01_plan.docx", "medicare-psychotherapy", asof, notes=(
        "Clean. Solo LCSW letterhead, no template: tab-separated labels without colons, diagnosis codes on lines "
        "under 'Dx', LTGs as sentences in paragraphs with dash STGs, service and duration in one 'Tx' paragraph, "
        "typed /s/ signature at the end."))


def m02():
    plan, asof = D(2026, 1, 21), D(2026, 2, 25)
    n = npi("171930552")
    end = D(2026, 7, 20)
    tg = [D(2026, 3, 18), D(2026, 4, 22), D(2026, 5, 20), D(2026, 6, 17)]
    assert min(tg) > plan and end < add_months(plan, 12) and days(plan, asof) <= PSY_PLAN_AGE
    d = Docx(font="Arial", size=10)
    d.header([("Whitley Counseling Services", "b")], "2207 Orchard Row, Tacoma WA 98405   tel 253-555-0190", size=8)
    d.footer("Whitley Counseling Services - confidential client record", page_numbers=True)
    d.p(("Plan of Care", "bL"))
    d.p("1. Identifying info", style=None).runs[0].bold = True
    d.p("Name: Lorraine Fitzgerald-Omondi     Date of birth: 03-11-1956", indent=0.25, after=0)
    d.p("Medicare Beneficiary ID: 7HC2-JN4-RX15", indent=0.25, after=0)
    d.p("Plan written: " + f_dash(plan), indent=0.25)
    d.p("2. Diagnosis").runs[0].bold = True
    d.p("F43.12 Post-traumatic stress disorder, chronic (primary)", indent=0.25, after=0)
    d.p("F51.01 Primary insomnia", indent=0.25)
    d.p("3. Why she is here").runs[0].bold = True
    d.p("Retired school bus driver; MVA as a passenger in 2023 with fractured pelvis. Since then nightmares 4-5 "
        "nights/wk, avoids riding in cars except to medical appts, startles easily. PCL-5 = 52 on 01/14/2026. "
        "Sleeps 4 hrs/night on average per sleep diary.", indent=0.25)
    d.p("4. What we are working toward").runs[0].bold = True
    d.p("Goal A. Fewer trauma symptoms: PCL-5 below 33 by " + f_dash(end) + ".", indent=0.25, after=2)
    d.p("   a) Lorraine will complete 10 of 12 CPT (cognitive processing therapy) practice assignments by "
        + f_dash(tg[2]) + ".", indent=0.25, after=0)
    d.p("   b) Ride as a passenger on 2 non-medical car trips of 15+ minutes per week by " + f_dash(tg[1]) + ".",
        indent=0.25, after=0)
    d.p("   c) Nightmares down from 4-5 per week to 2 or fewer per week (nightmare log) by " + f_dash(tg[3]) + ".",
        indent=0.25)
    d.p("Goal B. Sleep: average 6 or more hours/night on sleep diary by " + f_dash(tg[3]) + ".", indent=0.25, after=2)
    d.p("   a) Follow the CBT-I sleep window on at least 6 of 7 nights per week by " + f_dash(tg[0]) + ".",
        indent=0.25, after=0)
    d.p("   b) Sleep-onset latency under 30 minutes on 5 of 7 nights per week by " + f_dash(tg[1]) + ".", indent=0.25)
    d.p("5. Services").runs[0].bold = True
    d.p("Individual psychotherapy, cognitive processing therapy + CBT-I components. 90837, 60 minute sessions, "
        "once a week. Expected length: 6 months (" + f_dash(plan) + " to " + f_dash(end) + ").", indent=0.25)
    d.p("Provider NPI " + n, indent=0.25)
    d.p("6. Safety").runs[0].bold = True
    d.p("No current SI. Safety plan reviewed. " + CRISIS, indent=0.25)
    d.p("")
    d.p("Client agreement: reviewed with Lorraine, she agrees and received a copy.")
    d.p("")
    d.p("Electronically signed by Jordan Whitley on " + f_us(plan) + " 14:02", after=0)
    d.p("Lorraine Fitzgerald-Omondi — signed " + f_us(plan))
    d.save("m02_plan.docx", "Plan of Care", "jwhitley")
    label("m02_plan.docx", "medicare-psychotherapy", asof, gaps=[["credential-missing"]], notes=(
        "Gap: the treating clinician's e-signature ('Electronically signed by Jordan Whitley') carries no "
        "credential and none appears anywhere in the plan (letterhead is the practice name only). Layout: "
        "numbered bold section lines, lettered objectives indented under goals, practice in header."))


def m03():
    plan, asof = D(2026, 3, 9), D(2026, 4, 14)
    n1, n2 = npi("132650418"), npi("145509923")
    t = {"1a": D(2026, 4, 20), "1b": D(2026, 5, 18), "2a": D(2026, 4, 10), "2b": D(2026, 4, 30),
         "3a": D(2026, 5, 4)}
    end = D(2026, 6, 8)
    assert min(t.values()) > plan and end < add_months(plan, 12) and days(plan, asof) <= PSY_PLAN_AGE
    d = Docx(font="Calibri", size=11)
    d.p(("LAKESIDE BEHAVIORAL ASSOCIATES", "b"), after=0)
    d.p("outpt tx plan", after=6)
    d.p("pt: Denise Carmody      dob 11/02/1958      MBI 2NF6-QA8-TT93", after=0)
    d.p("date " + f_short(plan) + "      clinician: Paul Achebe, LPC (NPI " + n1 + ")", after=0)
    d.p("supervising psychologist Dr. Ruth Ann Lindqvist PsyD (NPI " + n2 + ")")
    d.p("dx: F32.1 - MDD single episode moderate / F10.21 alcohol use d/o, moderate, in early remission")
    d.p("hx: 67 y/o female, retired RN, referred by PCP. depressed x ~8 mos after retirement + move, "
        "stopped drinking 11/2025 (was 4-5 glasses wine/night), attends SMART mtgs 1x/wk. PHQ-9 16 at intake 3/2/26. "
        "no SI/HI. lives w/ husband, supportive.")
    d.p("")
    d.p("problem #1 depressed mood", after=0).runs[0].bold = True
    d.p("LTG: pt will report improved mood w/ PHQ-9 <10 by " + f_short(end), after=0)
    d.p("   * STG 1a: pt to resume 2 valued activities (choir, volunteering) - attend at least 2x/wk by " + f_short(t["1a"]),
        after=0)
    d.p("   * STG 1b: PHQ-9 to 12 or below by " + f_short(t["1b"]))
    d.p("problem #2 low self-worth since retirement", after=0).runs[0].bold = True
    d.p("LTG: pt will improve self-esteem", after=0)
    d.p("   * STG 2a: pt will identify 3 personal strengths and write them in her journal by " + f_short(t["2a"]), after=0)
    d.p("   * STG 2b: pt will work on feeling better about herself and be more confident by " + f_short(t["2b"]))
    d.p("problem #3 relapse risk", after=0).runs[0].bold = True
    d.p("LTG: maintain abstinence from alcohol, 0 drinking days per month through " + f_short(end), after=0)
    d.p("   * STG 3a: pt will list 4 high-risk situations + a coping plan for each on relapse-prevention worksheet by "
        + f_short(t["3a"]))
    d.p("")
    d.p("tx / freq", after=0).runs[0].bold = True
    d.p("indiv psychotx (CBT, MI, relapse prevention) 90834 45 min q wk; f/u w/ PCP re: meds prn. "
        "est. duration 3 mos (thru " + f_short(end) + ") then review / d/c if goals met.")
    d.p("")
    d.p("pt participated and agrees w/ plan.")
    d.p("signed: Paul Achebe, LPC   " + f_short(plan), after=0)
    d.p("reviewed: R.A. Lindqvist, PsyD   " + f_short(plan + dt.timedelta(days=2)), after=0)
    d.p("pt: Denise Carmody   " + f_short(plan))
    sigdates_ok(plan, asof, plan, plan + dt.timedelta(days=2))
    d.save("m03_plan.docx", "tx plan", "pachebe")
    label("m03_plan.docx", "medicare-psychotherapy", asof, gaps=[["objective-not-measurable"]], notes=(
        "Gap: STG 2b ('work on feeling better about herself and be more confident') names no measure or level "
        "(warning). Goal 2 stays measurable through STG 2a. Layout: lower-case shorthand (pt, dx, hx, indiv psychotx, "
        "q wk, f/u), bold problem lines, LTG lines, asterisk STGs."))


def m04():
    plan, asof = D(2025, 2, 14), D(2026, 3, 3)
    n = npi("189376642")
    end = D(2025, 8, 14)
    tg = [D(2025, 4, 14), D(2025, 5, 30), D(2025, 7, 15), D(2025, 8, 14)]
    assert days(plan, asof) > PSY_PLAN_AGE and min(tg) > plan and end < add_months(plan, 12)
    d = Docx(font="Times New Roman", size=11)
    d.p(("BRIGHTWATER COUNSELING, PLLC", "b"), align="c", after=0)
    d.p("Individual Treatment Plan", align="c")
    t = d.table([
        ["Client name", "Eugene Marchetti"],
        ["Date of birth", "09/30/1949"],
        ["Insurance / ID", "Medicare Part B  1EM5-UK7-PA28"],
        ["Plan date", f_us(plan)],
        ["Therapist", "Sandra Kowalczyk, LMHC   NPI " + n],
        ["Diagnoses", "F41.0 Panic disorder [episodic paroxysmal anxiety]\nZ63.4 Disappearance and death of family member"],
    ], widths=[1.8, 4.7], bold_col0=True)
    d.p("")
    d.p(("Reason for referral", "b"))
    d.p("Mr. Marchetti (75) has had 3-4 panic attacks a week since his brother's death in 10/2024, with two ED visits "
        "for chest pain (cardiac w/u negative). He has stopped driving on the highway and avoids the grocery store.")
    d.p(("Goals and objectives", "b"))
    d.num("Panic attacks will decrease from 3-4 per week to no more than 1 per week (panic diary) by " + f_us(end) + ".")
    d.p("Objective 1.1 - Eugene will name the 5 body sensations of panic and explain the panic cycle in session by "
        + f_us(tg[0]) + ".", indent=0.5, after=0)
    d.p("Objective 1.2 - Complete interoceptive exposure exercises on at least 4 days per week by " + f_us(tg[1]) + ".",
        indent=0.5)
    d.num("Return to avoided places: grocery shopping alone once a week and one highway drive per week by "
          + f_us(tg[3]) + ".")
    d.p("Objective 2.1 - Climb at least 6 steps of his 10-step exposure hierarchy (SUDS 40 or below) by "
        + f_us(tg[2]) + ".", indent=0.5)
    d.p(("Treatment", "b"))
    d.p("Individual psychotherapy (CBT for panic, grief counseling), 45 minutes, weekly (CPT 90834). "
        "Duration: 6 months.")
    d.p("Next review due " + f_us(D(2025, 8, 14)))
    d.p(("Signatures", "b"))
    d.table([
        ["Therapist", "Sandra Kowalczyk, LMHC", f_us(plan)],
        ["Client", "Eugene Marchetti", f_us(plan)],
    ], widths=[1.5, 3.5, 1.5])
    d.save("m04_plan.docx", "Individual Treatment Plan", "skowalczyk", when=dt.datetime(2025, 2, 14, 10, 0))
    label("m04_plan.docx", "medicare-psychotherapy", asof, gaps=[["plan-outdated"]], notes=(
        "Gap: plan dated 02/14/2025 and never reviewed (only a 'Next review due' date, no completed review); on "
        "the as-of date 2026-03-03 it is 382 days old (> 365). Layout: two-column identification table, "
        "auto-numbered goals with 'Objective 1.1' paragraphs, small signature table."))


def m05():
    plan, asof = D(2026, 3, 16), D(2026, 4, 20)
    n = npi("120489765")
    tg = [D(2026, 5, 15), D(2026, 6, 30), D(2026, 9, 15), D(2026, 12, 15)]
    assert min(tg) > plan and days(plan, asof) <= PSY_PLAN_AGE
    d = Docx(font="Cambria", size=11)
    d.header("Rosalind Tate-Whitaker, PhD  |  Licensed Psychologist  |  Burlington VT", size=8)
    d.p(("PSYCHOTHERAPY TREATMENT PLAN", "b"), align="c")
    d.p(("CLIENT", "bu"), after=0)
    d.p("Walter Ng, DOB 1 June 1952", after=0)
    d.p("Medicare MBI 9KD3-EV6-WW71")
    d.p(("DATE ESTABLISHED", "bu"), after=0)
    d.p(f_dmyl(plan))
    d.p(("DIAGNOSIS", "bu"), after=0)
    d.p("F06.31 Mood disorder due to known physiological condition with depressive features "
        "(Parkinson disease, G20.A1 - managed by neurology)")
    d.p(("SUMMARY", "bu"), after=0)
    d.p("Mr. Ng was diagnosed with Parkinson's in 2024. His wife reports withdrawal and tearfulness. GDS-15 score 11 "
        "on 03/09/2026. Cognition intact (MoCA 27).")
    d.p(("GOALS", "bu"), after=0)
    d.p("Long-term: GDS-15 will fall from 11 to 5 or below by " + f_dmyl(tg[3]) + ".")
    d.p("Short-term objectives:", after=0)
    d.p("— Mr. Ng will attend his PD exercise class at least 2 times per week by " + f_dmyl(tg[0]) + ".", indent=0.3, after=0)
    d.p("— He will make 1 social phone call or visit per week outside the family by " + f_dmyl(tg[1]) + ".",
        indent=0.3, after=0)
    d.p("— GDS-15 of 8 or below by " + f_dmyl(tg[2]) + ".", indent=0.3)
    d.p(("MODALITY AND FREQUENCY", "bu"), after=0)
    d.p("Individual psychotherapy (adjustment-focused CBT, problem-solving therapy) 90834, 45 minutes, every week; "
        "family session (90847, 50 min) monthly with his wife.")
    d.p(("ANTICIPATED LENGTH OF TREATMENT", "bu"), after=0)
    d.p("12 months")
    d.p(("NPI", "bu"), after=0)
    d.p(n)
    d.p("")
    d.p("_________________________________", after=0)
    d.p("Rosalind Tate-Whitaker, PhD, Licensed Psychologist — signed " + f_dmyl(plan))
    d.save("m05_plan.docx", "Psychotherapy treatment plan", "RTW")
    label("m05_plan.docx", "medicare-psychotherapy", asof, gaps=[["duration-exceeds-limit"]], notes=(
        "Gap: anticipated length of treatment is 12 months; the profile requires a duration of less than one year "
        "(strict). Layout: underlined caps headings with the value on the next line, em-dash objectives, "
        "day-month-year dates, credentials in the header."))


def m06():
    plan, asof = D(2026, 4, 6), D(2026, 5, 11)
    n = npi("163320854")
    end = D(2026, 10, 5)
    tg = [D(2026, 5, 29), D(2026, 6, 30), D(2026, 7, 31), D(2026, 8, 28)]
    assert min(tg) > plan and end < add_months(plan, 12) and days(plan, asof) <= PSY_PLAN_AGE
    d = Docx(font="Calibri", size=10, landscape=True, margins=0.7)
    d.p(("Treatment Plan — Northgate Therapy Group", "bL"))
    d.p("Member: Gloria Benavides-Ruiz    DOB: 5/5/55    Medicare ID 6RT1-CX9-HH40    Plan date: " + f_short4(plan))
    d.p("Diagnosis: 296.32 Major depressive disorder, recurrent, moderate;  F41.1 Generalized anxiety disorder")
    t = d.table([
        ["Problem", "Goal", "Objectives (measurable)", "Interventions", "Target"],
        ["Depression: isolates, stays in bed until noon most days",
         "Gloria will be out of bed by 9 am and active most days",
         "1. Out of bed by 9:00 on 6 of 7 days per week (sleep/activity log)\n2. PHQ-9 from 18 to below 10",
         "Behavioral activation, activity scheduling, cognitive restructuring",
         f_short4(tg[0]) + "\n" + f_short4(tg[3])],
        ["Worry about adult son's health, can't concentrate",
         "Reduce worry so it no longer interferes with daily tasks",
         "1. GAD-7 from 15 to 8 or less\n2. Uses 2 coping skills (paced breathing, worry postponement) on 5 of 7 days/week",
         "CBT for GAD, relaxation training, worry exposure",
         f_short4(tg[2]) + "\n" + f_short4(tg[1])],
    ], header_bold=True, widths=[1.8, 1.9, 2.8, 2.2, 1.0])
    d.p("")
    d.p(("Treatment: ", "b"), "Individual psychotherapy weekly with this writer. Psychiatric medication management "
        "continues with her PCP (sertraline 100 mg).")
    d.p(("Expected duration: ", "b"), "6 months, through " + f_short4(end) + ".")
    d.p(("Client participation: ", "b"), "Gloria helped write the goals and agrees with this plan.")
    d.p("")
    d.p("Therapist: Ines Carvalho, LCSW  (NPI " + n + ")      Signature: Ines Carvalho, LCSW      Date: " + f_short4(plan))
    d.p("Client signature: Gloria Benavides-Ruiz      Date: " + f_short4(plan))
    d.save("m06_plan.docx", "Treatment Plan", "icarvalho")
    label("m06_plan.docx", "medicare-psychotherapy", asof,
          gaps=[["amount-missing"], ["diagnosis-code-invalid", "diagnosis-code-missing"]], notes=(
              "Gaps: (1) the only service, 'Individual psychotherapy weekly', has no session length and no CPT code "
              "(medication management is with the PCP, not a requested service); (2) the primary diagnosis is written "
              "with the DSM-IV number 296.32 instead of an ICD-10-CM code (F33.1). Layout: landscape, one problem/"
              "goal/objectives/interventions/target table with numbered objectives inside cells."))


def m07():
    plan, asof = D(2026, 5, 4), D(2026, 6, 15)
    n = npi("158812093")
    tg = {"1.1": D(2026, 6, 29), "1.2": D(2026, 8, 3), "2.1": D(2026, 7, 13), "2.2": D(2026, 9, 28)}
    end = D(2026, 10, 30)
    assert min(tg.values()) > plan and end < add_months(plan, 12) and days(plan, asof) <= PSY_PLAN_AGE
    d = Docx(font="Calibri", size=10)
    d.header([("Morimoto Psychological Services", "b"), "   ·   Kenji Morimoto, PsyD   ·   Eugene, OR"], size=9)
    d.footer("Pt: Beatrice Olander  |  DOB 12/14/1947", page_numbers=True)
    d.p(("TREATMENT PLAN", "bL"), align="c")
    rows = [
        ["Client name", "Beatrice Olander", "DOB", "12/14/1947"],
        ["Medicare ID", "5GU8-MM2-KE37", "Plan date", f_us(plan)],
        ["DIAGNOSES", "", "", ""],
        ["F33.0 Major depressive disorder, recurrent, mild", "", "", ""],
        ["F43.21 Adjustment disorder with depressed mood", "", "", ""],
        ["GOALS / OBJECTIVES", "", "", ""],
        ["", "", "", ""],
        ["SERVICES", "", "", ""],
        ["Service", "Length", "How often", "Code"],
        ["Individual psychotherapy (interpersonal therapy)", "53-60 min", "", "90837"],
        ["Expected duration", "6 months (through " + f_us(end) + ")", "", ""],
        ["Clinician signature", "Kenji Morimoto, PsyD (e-signed)", "Date", f_us(plan)],
        ["Clinician NPI", n, "", ""],
    ]
    t = d.table(rows, widths=[2.3, 1.8, 1.1, 1.3])
    for r in (2, 3, 4, 5, 6, 7):
        d.merge(t, r, 0, r, 3)
    d.merge(t, 10, 1, 10, 3)
    d.merge(t, 12, 1, 12, 3)
    for r in (2, 5, 7):
        d.shade(t.cell(r, 0))
        for par in t.cell(r, 0).paragraphs:
            for run in par.runs:
                run.bold = True
    for c in range(4):
        for run in t.cell(8, c).paragraphs[0].runs:
            run.bold = True
    g = t.cell(6, 0)
    par = g.paragraphs[0]
    par.add_run("Goal 1. ").bold = True
    par.add_run("Beatrice will rebuild contact with people since moving to assisted living: at least 3 social contacts "
                "per week.")
    d.p(f"Obj 1.1 Join 1 resident activity group and attend it at least 1x/week by {f_us(tg['1.1'])}.", container=g)
    d.p(f"Obj 1.2 Call or visit her sister or a friend 2 or more times per week (self-report log) by {f_us(tg['1.2'])}.",
        container=g)
    par = g.add_paragraph()
    par.add_run("Goal 2. ").bold = True
    par.add_run("Mood: PHQ-9 from 13 to 5 or less.")
    d.p(f"Obj 2.1 Identify 3 role-transition losses and 3 gains in session by {f_us(tg['2.1'])}.", container=g)
    d.p(f"Obj 2.2 PHQ-9 of 5 or below on two consecutive monthly screens by {f_us(tg['2.2'])}.", container=g)
    freq = t.cell(9, 2).paragraphs[0]
    d.tracked(freq, "del", "every other week", author="K. Morimoto")
    d.tracked(freq, "ins", "weekly", author="K. Morimoto")
    d.comment(freq, "Changed to weekly after intake discussion; pt prefers weekly while settling in.", author="Kenji Morimoto",
              initials="KM")
    d.p("")
    d.p(("Client", "b"), " — I helped make this plan and agree with it.   Beatrice Olander   " + f_us(plan))
    d.p(CONSENT, style=None).runs[0].font.size = Pt(8)
    d.save("m07_plan.docx", "Treatment Plan", "Kenji Morimoto")
    label("m07_plan.docx", "medicare-psychotherapy", asof, notes=(
        "Clean. Single form table with full-width merged section rows (shaded), goals and objectives in one merged "
        "cell, service frequency changed by a tracked change (deleted 'every other week', inserted 'weekly'; both are "
        "a frequency) with a comment; identifiers repeated in the footer."))


def m08():
    intake, plan, asof = D(2026, 1, 12), D(2026, 2, 3), D(2026, 3, 2)
    appr = D(2026, 2, 6)
    n1, n2 = npi("110294761"), npi("137728405")
    tg = {"1a": D(2026, 4, 3), "1b": D(2026, 5, 29), "2a": D(2026, 3, 27), "2b": D(2026, 6, 26), "3a": D(2026, 4, 24)}
    end = D(2026, 8, 3)
    assert days(intake, plan) <= PA_PLAN_DAYS and min(tg.values()) > plan and end < add_months(plan, 12)
    sigdates_ok(plan, asof, plan, appr)
    d = Docx(font="Calibri", size=11)
    d.header([("Susquehanna Family Counseling Center", "b")], "Licensed Outpatient Psychiatric Clinic · Lewisburg, PA",
             size=9)
    d.p(("Individual Treatment Plan", "bL"))
    d.p(("Section A – Identifying Information", "bu"))
    d.p("Consumer: Raymond T. Kessler", after=0)
    d.p("Date of birth: 08/22/1957", after=0)
    d.p("Medicare #: 3PA4-DD7-WQ19", after=0)
    d.p("Date of intake: " + f_us(intake), after=0)
    d.p("Date of plan: " + f_us(plan))
    d.p(("Section B – Diagnosis (ICD-10-CM)", "bu"))
    d.p("Primary: F31.32 Bipolar disorder, current episode depressed, moderate", after=0)
    d.p("Secondary: F17.210 Nicotine dependence, cigarettes, uncomplicated")
    d.p(("Section C – Strengths / Barriers", "bu"))
    d.p("Strengths: stable housing, adherent to lithium, close to his brother. Barriers: transportation in winter, "
        "limited income.")
    d.p(("Section D – Goals and Objectives", "bu"))
    d.p("Goal 1: Stabilize mood — no psychiatric hospitalizations and MADRS below 12 by " + f_us(end) + ".")
    d.p(f"* 1a. Raymond will track mood and sleep daily on the mood chart on at least 6 of 7 days per week by {f_us(tg['1a'])}.",
        indent=0.3, after=0)
    d.p(f"* 1b. MADRS score from 24 to 16 or below by {f_us(tg['1b'])}.", indent=0.3)
    d.p("Goal 2: Structure his days — 4 or more planned activities per week.")
    d.p(f"* 2a. Raymond will attend the drop-in center 2 afternoons per week by {f_us(tg['2a'])}.", indent=0.3, after=0)
    d.p(f"* 2b. Complete a weekly activity schedule for 8 consecutive weeks by {f_us(tg['2b'])}.", indent=0.3)
    d.p("Goal 3: Cut down smoking from 20 to 10 or fewer cigarettes per day by " + f_us(end) + ".")
    d.p(f"* 3a. 15 or fewer cigarettes per day on the smoking log for 2 consecutive weeks by {f_us(tg['3a'])} "
        "(PA Free Quitline 1-800-QUIT-NOW given).", indent=0.3)
    d.p(("Section E – Treatment Modalities", "bu"))
    d.p("• Individual psychotherapy (CBT/IPSRT), 90837, 53 minutes, once a week", after=0)
    d.p("• Medication management (99214) with Dr. Deshmukh, 25 minutes, once a month")
    d.p(("Section F – Expected Duration", "bu"))
    d.p("6 months (" + f_us(plan) + " – " + f_us(end) + "); plan reviewed every 90 days or sooner if needed.")
    d.p(("Section G – Signatures", "bu"))
    d.p("Mental health professional: Tamsin Hollowell, LPC        /s/ T. Hollowell, LPC        " + f_us(plan), after=0)
    d.p("NPI " + n1, after=0)
    d.p("Consumer: Raymond T. Kessler        signed        " + f_us(plan), after=0)
    d.p("Approved (psychiatrist): Anil Deshmukh, MD        /s/ A. Deshmukh MD        " + f_us(appr), after=0)
    d.p("NPI " + n2)
    d.p("")
    d.p(CRISIS).runs[0].italic = True
    d.save("m08_plan.docx", "Individual Treatment Plan", "SFCC")
    label("m08_plan.docx", "medicare-psychotherapy", asof, states=["pa-55-5200"], notes=(
        "Clean (plan 22 days after intake; psychiatrist approval 3 days later). Group practice template with "
        "'Section A-G' underlined headings, 'Consumer' label, asterisk objectives, bullet modalities, typed /s/ "
        "signature lines."))


def m09():
    intake, plan, asof = D(2026, 1, 5), D(2026, 2, 20), D(2026, 3, 23)
    appr = D(2026, 2, 24)
    n1 = npi("149963012")
    tg = [D(2026, 4, 17), D(2026, 5, 15), D(2026, 6, 19), D(2026, 7, 31)]
    end = D(2026, 8, 20)
    assert days(intake, plan) > PA_PLAN_DAYS and min(tg) > plan and end < add_months(plan, 12)
    sigdates_ok(plan, asof, plan, appr)
    d = Docx(font="Georgia", size=11)
    d.p(("Allegheny Ridge Counseling", "b"), after=0)
    d.p("outpatient clinic – Altoona PA", after=8)
    d.p(("Tx Plan", "bL"))
    d.p("Pt name   Sharon Delacroix-Hughes", after=0)
    d.p("Birthdate   4/17/1960", after=0)
    d.p("Medicare   8WV2-TN5-AG66", after=0)
    d.p("Opened to clinic (intake)   " + f_short(intake), after=0)
    d.p("Today   " + f_short(plan))
    d.p("")
    d.p("Dx:  F40.01 agoraphobia w/ panic d/o;  F33.1 MDD, recurrent, moderate")
    d.p("")
    d.p("Sharon is a 65 y/o woman who has not left her home except for medical appts in about two years. Her "
        "daughter drove her to intake. She would like to be able to go to her granddaughter's school events and "
        "to church again. PDSS 17, PHQ-9 15 at intake.")
    d.p("")
    d.p("LTG 1 – leave the house for non-medical outings at least 3x/week by " + f_short(tg[3]) + ".")
    d.p("     STG: build a 10-step exposure ladder with SUDS ratings by " + f_short(tg[0]) + "; complete steps 1-5 "
        "(SUDS 30 or less at the end of each) by " + f_short(tg[2]) + ".")
    d.p("     STG: walk to the mailbox and around the block daily (at least 5 of 7 days) by " + f_short(tg[1]) + ".")
    d.p("LTG 2 – PHQ-9 below 10 by " + f_short(tg[3]) + ".")
    d.p("     STG: 2 pleasant activities per day logged on at least 5 days/week by " + f_short(tg[1]) + ".")
    d.p("")
    d.p("Treatment: individual psychotherapy (CBT w/ graded exposure) 45 min sessions BIW x 8 wks, then weekly; "
        "first 4 sessions as home visits / telehealth. Expected duration: 6 months.")
    d.p("")
    d.p("Pt and therapist reviewed and agreed. Pt signed on the tablet.")
    d.p("Therapist: Owen Mbeki, MA, LPC  — e-signed " + f_short(plan) + "  (NPI " + n1 + ")", after=0)
    d.p("Pt: Sharon Delacroix-Hughes — e-signed " + f_short(plan), after=0)
    d.p("Psychotherapy approved by: Kathleen Albright, MSN, CRNP (psychiatric nurse practitioner) — e-signed "
        + f_short(appr))
    d.save("m09_plan.docx", "Tx Plan", "omb")
    label("m09_plan.docx", "medicare-psychotherapy", asof, states=["pa-55-5200"], gaps=[["plan-late"]], notes=(
        "Gap: intake (opened to clinic) 1/5/26, plan 2/20/26: 46 days, past the 30-day Pennsylvania deadline. "
        "Approval is by a psychiatric CRNP (advanced practice professional). Layout: free-form clinician note, "
        "labels without colons and values after spaces, LTG lines with indented 'STG:' lines, BIW frequency."))


def m10():
    intake, plan, asof = D(2026, 6, 1), D(2026, 6, 22), D(2026, 7, 27)
    appr = D(2026, 6, 25)
    n1, n2 = npi("116620384"), npi("128834019")
    tg = [D(2026, 8, 14), D(2026, 9, 18), D(2026, 10, 30), D(2026, 12, 11)]
    end = D(2026, 12, 21)
    assert days(intake, plan) <= PA_PLAN_DAYS and min(tg) > plan and end < add_months(plan, 12)
    d = Docx(font="Calibri", size=11)
    d.header("CONFIDENTIAL — Keystone Valley Behavioral Health — Lancaster, PA", align="c", size=8)
    d.p(("Treatment Plan", "bL"), align="c")
    d.p("Individual served: Francis X. O'Rourke          DOB: June 3, 1949", after=0)
    d.p("Medicare ID: 2YB7-CF1-UR58          Record #: KV-20931", after=0)
    d.p("Admission date: " + f_long(intake) + "          Plan date: " + f_long(plan))
    d.p(("Diagnosis", "b"), after=0)
    d.p("F43.10  Post-traumatic stress disorder, unspecified", after=0)
    d.p("F10.11  Alcohol abuse, in remission")
    d.p(("Problem 1: Intrusive memories and avoidance (Vietnam-era veteran)", "b"))
    d.p("Goal: PCL-5 score from 49 to below 33 by " + f_long(tg[3]) + ".")
    d.p("Objectives:", after=0)
    d.bullet(f"Francis will complete written trauma account (CPT therapy) and read it in session by {f_long(tg[1])}.")
    d.bullet(f"Reduce nightmares from 5 to 2 or fewer per week (sleep log) by {f_long(tg[2])}.")
    d.p(("Problem 2: Isolation", "b"))
    d.p("Goal: Francis will take part in community activities 2 or more times per week by " + f_long(tg[2]) + ".")
    d.p("Objectives:", after=0)
    d.bullet(f"Attend the VFW coffee group at least 1x/week for 4 consecutive weeks by {f_long(tg[0])}.")
    d.bullet(f"Identify 2 peers he can call when distressed and call one at least weekly by {f_long(tg[1])}.")
    d.p(("Modalities / frequency", "b"))
    d.p("Individual psychotherapy (cognitive processing therapy) — 60 min (90837) — weekly", after=0)
    d.p("Peer group (veterans' processing group) — 90 min (90853) — weekly")
    d.p(("Expected duration of treatment: ", "b"), "approximately 6 months (to " + f_long(end) + ")")
    d.p("")
    d.p("Signatures", style="Heading 3")
    t = d.table([
        ["Role", "Signature", "Printed name / credential", "Date"],
        ["Therapist", "Nadia Petrossian, LCSW (signed)", "Nadia Petrossian, LCSW  NPI " + n1, f_us(plan)],
        ["Individual served", "", "Francis X. O'Rourke", ""],
        ["Psychiatrist approval", "/s/ Luis Haddad, DO", "Luis Haddad, DO  NPI " + n2, f_us(appr)],
    ], header_bold=True, widths=[1.4, 2.0, 2.3, 1.0])
    d.p("")
    d.p("Individual served was not available to sign at the session; plan to be reviewed and signed at next visit.")
    d.save("m10_plan.docx", "Treatment Plan", "KVBH")
    label("m10_plan.docx", "medicare-psychotherapy", asof, states=["pa-55-5200"], gaps=[["signature-missing"]], notes=(
        "Gap: the individual served's signature and date cells are blank (printed name only, with a note that he was "
        "not available to sign); Pennsylvania requires the individual's dated signature. Layout: 'Individual served' "
        "label, bold problem headings with 'Objectives:' bullet lists, 4-column signature table."))


def m11():
    intake, plan, asof = D(2026, 8, 3), D(2026, 8, 24), D(2026, 9, 28)
    n1 = npi("176641208")
    appr = D(2026, 8, 26)
    tg = [D(2026, 10, 5), D(2026, 11, 2), D(2026, 12, 7), D(2027, 1, 29)]
    end = D(2027, 2, 24)
    assert days(intake, plan) <= PA_PLAN_DAYS and min(tg) > plan and end < add_months(plan, 12)
    d = Docx(font="Verdana", size=9)
    d.p(("Riverbend Psychotherapy Associates — TREATMENT PLAN", "b"))
    d.p("Client Name: Yolanda Pryce-Whitman   |   DOB: 02/09/1961   |   Medicare No.: 4CJ9-HP2-MN84")
    d.p("Intake/Assessment Date: " + f_iso(intake) + "   |   Treatment Plan Date: " + f_iso(plan))
    d.p("Diagnoses: F41.0 Panic disorder; F43.22 Adjustment disorder with anxiety")
    d.p("")
    d.p(("GOAL 1 ", "b"), "Yolanda will return to work part-time (at least 20 hours per week) by " + f_iso(tg[3]) + ".")
    d.p("Objectives", after=0).runs[0].italic = True
    d.p("1.1  Work at least 2 half-days per week (graded return agreed with HR) by " + f_iso(tg[0]) + ".", indent=0.3, after=0)
    d.p("1.2  Work at least 3 half-days per week for 4 consecutive weeks by " + f_iso(tg[2]) + ".", indent=0.3)
    d.p(("GOAL 2 ", "b"), "Sleep 7 hours on at least 5 nights per week by " + f_iso(tg[2]) + ".")
    d.p("Objectives", after=0).runs[0].italic = True
    d.p("2.1  Complete the sleep diary on 7 of 7 nights per week by " + f_iso(tg[0]) + ".", indent=0.3, after=0)
    d.p("2.2  No daytime naps longer than 20 minutes on 6 of 7 days per week by " + f_iso(tg[1]) + ".", indent=0.3)
    d.p(("GOAL 3 ", "b"), "Panic attacks from about 4 per week to 1 or fewer per week (panic log) by " + f_iso(tg[3]) + ".")
    d.p("")
    d.p(("Interventions: ", "b"), "CBT for panic (psychoeducation, interoceptive exposure, cognitive restructuring), "
        "CBT-I. Individual psychotherapy 90834, 45 minutes, weekly.")
    d.p(("Projected length of treatment: ", "b"), "6 months")
    d.p("")
    d.p("Clinician: Evander Solis, LPC  NPI " + n1 + "   Signature: E. Solis LPC   Date: " + f_iso(plan))
    d.p("Client: Yolanda Pryce-Whitman   Signature: Y. Pryce-Whitman   Date: " + f_iso(plan))
    d.p("Approved by psychiatrist: Helen Vasquez-Moore, MD   Signature: H. Vasquez-Moore MD   Date: " + f_iso(appr))
    sigdates_ok(plan, asof, plan, appr)
    d.save("m11_plan.docx", "TREATMENT PLAN", "RPA")
    label("m11_plan.docx", "medicare-psychotherapy", asof, states=["pa-55-5200"], gaps=[["objective-missing"]], notes=(
        "Gap: Goal 3 (panic attacks) has no objectives; Pennsylvania requires objectives under the goals. Goal 3 itself "
        "is measurable and dated. Layout: pipe-separated identification lines, ISO dates, 'GOAL n' run-in bold "
        "labels with italic 'Objectives' and numbered 1.1/2.1 lines."))


def m12():
    intake, plan, asof = D(2026, 9, 8), D(2026, 9, 29), D(2026, 11, 2)
    appr = D(2026, 10, 1)
    n1, n2 = npi("187702355"), npi("102293847")
    tg = [D(2026, 11, 13), D(2026, 12, 18), D(2027, 1, 22), D(2027, 3, 26)]
    end = D(2027, 3, 29)
    assert days(intake, plan) <= PA_PLAN_DAYS and min(tg) > plan and end < add_months(plan, 12)
    sigdates_ok(plan, asof, plan, appr)
    d = Docx(font="Calibri", size=11)
    d.header("Client: Marguerite Oyelaran   DOB 10/30/1954   Medicare 9TE3-GB8-XK02", align="r", size=8)
    d.footer("Penn Hollow Counseling, Clinic License #PH-4471 — State College, PA", page_numbers=True)
    d.p(("PENN HOLLOW COUNSELING", "b"), after=0)
    d.p("Treatment Plan (initial)")
    d.p(("Client", "b"), after=0)
    d.p("Marguerite Oyelaran")
    d.p(("Intake date", "b"), after=0)
    par = d.p()
    d.sdt_inline(par, f_us(intake), "Intake Date")
    d.p(("Plan date", "b"), after=0)
    par = d.p()
    d.sdt_inline(par, f_us(plan), "Plan Date")
    d.p(("Diagnosis", "b"), after=0)
    d.p("F34.1 Dysthymic disorder", after=0)
    d.p("G47.00 Insomnia, unspecified")
    d.p(("Clinical summary", "b"), after=0)
    d.sdt_block([
        "Retired librarian, 71, with low-grade depression \"for as long as I can remember\" that got worse after hip "
        "replacement in spring. Spends most of the day watching TV. BDI-II 26 on 9/8/26.",
        "Good support from her niece; no safety concerns.",
    ], "Clinical Summary")
    d.p(("Goals & objectives", "b"))
    d.p("GOAL 1   Lift mood: BDI-II from 26 to 13 or less by " + f_us(tg[3]), after=0)
    d.p("*  Marguerite will walk outdoors 20 min at least 4 days per week by " + f_us(tg[0]), indent=0.25, after=0)
    d.p("*  She will list and challenge 2 negative automatic thoughts per week on a thought record by " + f_us(tg[1]),
        indent=0.25)
    d.p("GOAL 2   Better sleep: asleep within 30 minutes on 5 of 7 nights", after=0)
    d.p("*  Get up at the same time (7:00 am) on 6 of 7 days per week by " + f_us(tg[0]), indent=0.25, after=0)
    d.p("*  Stop TV in bed: 0 nights per week with TV in bed by " + f_us(tg[2]), indent=0.25)
    d.p(("Treatment modality", "b"), after=0)
    d.p("Individual CBT 90834 — 45 min — every week x 12 wks, then every other week")
    d.p(("Expected duration", "b"), after=0)
    d.p("6 months (until " + f_us(end) + ")")
    d.p(("Signatures", "b"))
    d.p("Therapist", after=0)
    d.p("Gideon Farrow, LCSW — electronically signed " + f_us(plan) + " 3:41 PM — NPI " + n1)
    d.p("Client", after=0)
    d.p("Marguerite Oyelaran — signed " + f_us(plan))
    d.p("Psychiatric review / approval", after=0)
    d.p("Priya Raman, MD — electronically signed " + f_us(appr) + " — NPI " + n2)
    d.save("m12_plan.docx", "Treatment Plan", "PHC")
    label("m12_plan.docx", "medicare-psychotherapy", asof, states=["pa-55-5200"], notes=(
        "Clean. Labels on their own line with the value below, intake and plan dates inside content controls, "
        "summary in a block content control, asterisk objectives, identifiers in the header, e-signature lines "
        "under role captions."))


# =============================================================================================
# ABA (commercial-aba)
# =============================================================================================
def aba_dates(plan, start, end, review, assessments, asof, sigs, dx_on):
    assert within_months(start, end, 6), (start, end)
    assert days(plan, review) <= ABA_REVIEW_DAYS and review > plan
    for a in assessments:
        assert a <= plan
    assert dx_on < plan
    sigdates_ok(plan, asof, *sigs)


def m16():
    plan, asof = D(2026, 1, 26), D(2026, 2, 20)
    start, end, review = D(2026, 2, 2), D(2026, 8, 1), D(2026, 7, 15)
    vb, vin, dx_on = D(2026, 1, 12), D(2026, 1, 15), D(2024, 5, 14)
    psig = D(2026, 1, 28)
    aba_dates(plan, start, end, review, [vb, vin], asof, [plan, psig], dx_on)
    tg = [D(2026, 4, 30), D(2026, 5, 29), D(2026, 6, 30), D(2026, 7, 24)]
    assert min(tg) > plan and max(tg) <= end
    n = npi("180044217")
    d = Docx(font="Calibri", size=11)
    d.p(("Bright Steps Behavior Consulting, LLC", "b"), after=0)
    d.p("Shannon Reyes-Albright, MS, BCBA  ·  Boise, ID  ·  NPI " + n)
    d.p(("Initial ABA Treatment Plan & Authorization Request", "bL"))
    d.p("Child: Mateo Alvarez-Quinn    DOB: 03/08/2021 (age 4)", after=0)
    d.p("Insurance: BlueSummit PPO    Member ID: BSU774120953", after=0)
    d.p("Plan written " + f_short4(plan) + "    Requested period " + f_short4(start) + " – " + f_short4(end))
    d.p(("Diagnosis. ", "b"), "F84.0 Autism spectrum disorder (autistic disorder), level 2. Diagnosed by Dr. Wendell Oduya, "
        "PhD, licensed psychologist, on " + f_long(dx_on) + " (ADOS-2 and clinical interview; report attached).")
    d.p(("Assessment. ", "b"), "I completed the VB-MAPP on " + f_short4(vb) + " (Milestones score 38; Barriers 24) and the "
        "Vineland-3 parent form on " + f_short4(vin) + " (Adaptive Behavior Composite 64). Mom reports most difficult times "
        "are transitions out of preferred activities and bedtime. Preference assessment and ABC data collected across "
        "3 home sessions.")
    d.p(("Goals", "b"))
    d.p("1. Requesting (manding). Right now Mateo mands for about 4 items a session, mostly with a full echoic prompt "
        "(baseline: 4 independent mands per 1-hr session). The goal is 15 independent mands per hour across 10 "
        "different items. Mastery: 15+ independent mands/hr for 3 consecutive sessions with 2 different therapists. "
        "Target date " + f_short4(tg[1]) + ".")
    d.p("2. Transitions. Baseline: tantrum (crying, dropping to the floor) on 70% of transitions away from iPad, "
        "averaged over 5 days. He will transition within 1 minute with no more than 1 verbal prompt on 80% of "
        "transitions; mastery 80% for 5 consecutive days. Target " + f_short4(tg[2]) + ".")
    d.p("3. Toileting. Baseline 0 of 6 scheduled sits result in voiding in the toilet. Mateo will void in the toilet "
        "on 5 of 6 scheduled sits per day, mastered at that level for 10 consecutive days, by " + f_short4(tg[3]) + ".")
    d.p("4. Parent training. Baseline: mom and dad use the first-then board correctly on 1 of 5 observed "
        "transitions (20% fidelity). Parents will use the first-then board and 1-minute warning with 90% fidelity on "
        "the BST checklist, mastered when 90% or higher for 3 consecutive parent sessions, by " + f_short4(tg[0]) + ".")
    d.p(("Services requested", "b"))
    d.p("97153 adaptive behavior treatment by protocol (RBT) — 15 hrs/week", after=0)
    d.p("97155 protocol modification by BCBA — 2 hrs/week", after=0)
    d.p("97156 family adaptive behavior treatment guidance — 1 hr/week", after=0)
    d.p("Setting: home, with one community outing per week.")
    d.p(("Review. ", "b"), "Progress report and plan update due " + f_short4(review) + " (re-administer VB-MAPP).")
    d.p("")
    d.p("Shannon Reyes-Albright, MS, BCBA #1-19-39921      signed " + f_short4(plan), after=0)
    d.p("Parent/guardian: Daniela Alvarez (mother)        signed " + f_short4(psig))
    d.save("m16_plan.docx", "ABA plan", "SRA")
    label("m16_plan.docx", "commercial-aba", asof, notes=(
        "Clean. Solo BCBA narrative: run-in bold paragraph labels, goals written as numbered prose paragraphs with "
        "baseline, mastery and target date inside the sentences, caregiver goal as goal 4, services as plain lines."))


def m17():
    plan, asof = D(2026, 3, 2), D(2026, 3, 30)
    start, end, review = D(2026, 3, 9), D(2026, 9, 8), D(2026, 8, 24)
    dx_on = D(2025, 11, 20)
    assert within_months(start, end, 6) and days(plan, review) <= ABA_REVIEW_DAYS
    tg = [D(2026, 5, 29), D(2026, 6, 26), D(2026, 7, 31), D(2026, 8, 28)]
    assert min(tg) > plan
    sigdates_ok(plan, asof, plan, plan)
    n = npi("165579012")
    d = Docx(font="Arial", size=10)
    d.header([("Pinecrest Autism Services", "b"), "  —  Treatment Plan"], "Tucson, AZ · clinic NPI " + n, size=8)
    d.table([
        ["Learner", "Elijah Whitcomb", "DOB", "7/19/2019"],
        ["Payer / Member ID", "Desert Sky Health  DSH-0038817-02", "Plan date", f_short4(plan)],
        ["Auth period", f_short4(start) + " to " + f_short4(end), "Next review", f_short4(review)],
        ["Diagnosis", "F84.0 Autistic disorder — dx " + f_short4(dx_on) + " by Marcus Feld, MD (developmental pediatrics)", "", ""],
    ], widths=[1.4, 2.8, 1.0, 1.3], bold_col0=True)
    d.p("")
    d.p(("Assessment summary", "b"))
    d.p("Functional behavior assessment completed 2/16-2/20/26: structured interview with Ms. Whitcomb, record review "
        "(school IEP), and direct ABC observation across 4 sessions (6.5 hrs). Hypothesized function of aggression: "
        "escape from non-preferred demands; elopement: access to tangibles (playground).")
    d.p(("Target behaviors / skill goals", "b"))
    rows = [["#", "Goal", "Baseline", "Mastery criterion", "Target date"],
            ["1", "Reduce aggression (hitting, kicking) to 2 or fewer episodes per day", "9.4 episodes/day (ABC data)",
             "≤2/day for 10 consecutive school days", f_short4(tg[3])],
            ["2", "Reduce elopement from the classroom/clinic to 0 per week", "3 per week",
             "0 for 4 consecutive weeks", f_short4(tg[2])],
            ["3", "Elijah will request a break using his AAC device when given a demand", "0% of opportunities",
             "80% of opportunities across 3 consecutive sessions", f_short4(tg[0])],
            ["4", "Follow 1-step instructions within 5 seconds", "35% of trials",
             "90% of trials across 3 consecutive sessions", f_short4(tg[1])]]
    d.table(rows, header_bold=True, widths=[0.3, 2.3, 1.3, 1.7, 0.9])
    d.p("")
    d.p(("Services", "b"))
    d.table([["Code", "Service", "Hours/week"],
             ["97153", "Direct therapy (RBT)", "20"],
             ["97155", "BCBA supervision / protocol modification", "3"],
             ["97156", "Family guidance", "1"]], header_bold=True, widths=[0.8, 3.5, 1.0])
    d.p("")
    d.p("Crisis / safety: staff trained in safe blocking; no restraint used. " + CRISIS)
    d.p("")
    d.p("BCBA: Talia Okonkwo, MA, BCBA     Signature: T. Okonkwo     Date: " + f_short4(plan), after=0)
    d.p("Guardian: Renee Whitcomb (mother)     Signature: Renee Whitcomb     Date: " + f_short4(plan))
    d.save("m17_plan.docx", "ABA treatment plan", "PAS")
    label("m17_plan.docx", "commercial-aba", asof,
          gaps=[["caregiver-goal-missing"], ["assessment-missing"]], notes=(
              "Gaps: (1) no goal or objective involves caregiver training (97156 hours are requested but no parent goal); "
              "(2) the only assessment is a functional behavior assessment (interview, record review, ABC observation): "
              "no standardized instrument. Layout: identification table in the body, goals table with baseline/mastery/"
              "date columns, services table with hours."))


def m18():
    plan, asof = D(2026, 4, 13), D(2026, 5, 20)
    start, end, review = D(2026, 4, 20), D(2026, 10, 19), D(2026, 10, 5)
    ab, vin, dx_on = D(2026, 3, 30), D(2026, 4, 2), D(2023, 9, 7)
    aba_dates(plan, start, end, review, [ab, vin], asof, [plan, plan], dx_on)
    tg = [D(2026, 7, 17), D(2026, 8, 14), D(2026, 9, 25)]
    assert min(tg) > plan and max(tg) <= end
    n = npi("139920874")
    d = Docx(font="Calibri", size=11)
    d.p(("TREATMENT PLAN — Applied Behavior Analysis", "b"), align="c")
    d.p("Little Harbor Behavioral Health · Portland, ME", align="c")
    d.p("Client: Nora Lindgren-Baptiste", after=0)
    d.p("D.O.B. 2/27/2018", after=0)
    d.p("Member ID HPM 5502913377", after=0)
    d.p("Date: " + f_abbr(plan), after=0)
    d.p("Authorization requested: " + f_abbr(start) + " through " + f_abbr(end))
    d.p("Dx: F84.0 Autism spectrum disorder (diagnosed " + f_us(dx_on) + ", Dr. Celeste Amari, PsyD)")
    d.p("Assessments: ABLLS-R " + f_us(ab) + "; Vineland-3 (teacher + parent) " + f_us(vin) + " — ABC standard score 71.")
    d.p("")
    d.p(("GOALS", "b"))
    d.p("Goal 1  Social initiation", after=0).runs[0].bold = True
    d.bullet("Nora will initiate play with a peer (verbal bid or offering a toy) 4 times per 30-min recess.")
    d.bullet("Baseline: 0-1 initiations per recess (mean 0.4, 5 observations).")
    d.bullet("Mastery: 4+ initiations in 4 of 5 recess probes.")
    d.bullet("Target date: " + f_us(tg[1]))
    d.p("Goal 2  Conversation", after=0).runs[0].bold = True
    d.bullet("Nora will answer \"wh\" questions about a short story with 80% accuracy.")
    d.bullet("Mastery: 80% or better across 3 consecutive sessions.")
    d.bullet("Target date: " + f_us(tg[0]))
    d.p("Goal 3  Flexibility", after=0).runs[0].bold = True
    d.bullet("Nora will accept a change in routine with no more than 1 minute of protest on 80% of planned changes.")
    d.bullet("Baseline: protest over 5 min on 9 of 10 planned changes (10% acceptance).")
    d.bullet("Mastery: 80% across 2 consecutive weeks.")
    d.p("Goal 4  Caregiver training", after=0).runs[0].bold = True
    d.bullet("Dad will prompt and reinforce peer initiations during a weekly playdate with 85% fidelity (BST checklist).")
    d.bullet("Baseline: 40% fidelity.")
    d.bullet("Mastery: 85%+ on 3 consecutive observations.")
    d.bullet("Target date: " + f_us(tg[2]))
    d.p("")
    d.p(("SERVICES", "b"))
    d.p("97153 – 12 hours per week (clinic social group + 1:1)", after=0)
    d.p("97155 – 2 hours per week", after=0)
    d.p("97156 – 1 hour per week (caregiver training)")
    d.p("Progress review / reassessment: " + f_us(review))
    d.p("")
    d.p("Signed,", after=0)
    d.p("Gareth Imbert, M.Ed., BCBA — " + f_us(plan) + " — NPI " + n, after=0)
    d.p("Parent: Samuel Baptiste — " + f_us(plan))
    d.save("m18_plan.docx", "ABA treatment plan", "LHBH")
    label("m18_plan.docx", "commercial-aba", asof,
          gaps=[["baseline-missing"], ["goal-not-time-bound"]], notes=(
              "Gaps: (1) Goal 2 (answering wh-questions) records no baseline; (2) Goal 3 (flexibility) has no target "
              "date or time frame (only the plan-level authorization period). Layout: bold 'Goal n  Title' lines, each "
              "with bullets for statement, baseline, mastery and target date."))


def m19():
    plan, asof = D(2026, 5, 11), D(2026, 6, 8)
    start, end, review = D(2026, 5, 18), D(2026, 11, 17), D(2026, 11, 2)
    vb, dx_on = D(2026, 4, 27), D(2025, 10, 3)
    aba_dates(plan, start, end, review, [vb], asof, [plan, D(2026, 5, 12)], dx_on)
    tg = [D(2026, 8, 7), D(2026, 9, 4), D(2026, 10, 16)]
    assert min(tg) > plan
    d = Docx(font="Times New Roman", size=12)
    d.p(("Coastal Kids Behavior Therapy", "b"), after=0)
    d.p("ABA Plan of Care", after=10)
    d.p("Name of child: Landon Petrakis-Moore", after=0)
    d.p("Date of birth: Sept. 2, 2018", after=0)
    d.p("Subscriber/member ID: TQH-88310457-01", after=0)
    d.p("Plan date: " + f_long(plan), after=0)
    d.p("Auth period requested: " + f_long(start) + " – " + f_long(end))
    d.p("")
    d.p(("Diagnoses", "u"), after=0)
    d.p("Primary: F90.2 Attention-deficit hyperactivity disorder, combined type — diagnosed " + f_long(dx_on)
        + " by Imani Castellanos, MD (developmental-behavioral pediatrics)", after=0)
    d.p("Secondary: F80.2 Mixed receptive-expressive language disorder", after=0)
    d.p("Note: family reports a school psychologist suggested autism; no ASD evaluation has been done.")
    d.p(("Assessment", "u"), after=0)
    d.p("VB-MAPP on " + f_long(vb) + ": Level 3 milestones 12/15; barriers score 19 (impulsivity, noncompliance).")
    d.p(("Goals", "u"))
    d.p("A) Landon will stay in his seat during 15-minute table work with 2 or fewer redirections. "
        "Baseline 7 redirections per 15 min. Mastery: ≤2 redirections in 4 of 5 sessions. By " + f_long(tg[1]) + ".")
    d.p("B) Raise hand and wait to be called on in group instruction on 80% of opportunities (baseline 15%). "
        "Mastery 80% across 3 consecutive group sessions. By " + f_long(tg[0]) + ".")
    d.p("C) Parent will use a token economy and planned ignoring at home with 90% fidelity (baseline 35%, BST "
        "checklist). Mastery: 90% across 3 observed sessions. By " + f_long(tg[2]) + ".")
    d.p(("Requested services", "u"))
    d.p("97153 — 10 hrs/wk;   97155 — 1.5 hrs/wk;   97156 — 1 hr/wk.   Next progress review: " + f_long(review) + ".")
    d.p("")
    d.p("BCBA: Corinne Valdez-Whitlock, BCBA   /s/   " + f_long(plan), after=0)
    d.p("Parent/guardian: Alexis Moore   /s/   " + f_long(D(2026, 5, 12)))
    d.save("m19_plan.docx", "ABA Plan of Care", "CKBT")
    label("m19_plan.docx", "commercial-aba", asof, gaps=[["diagnosis-not-covered"]], notes=(
        "Gap: the primary diagnosis is F90.2 ADHD (secondary F80.2); no autism spectrum diagnosis (ASD only "
        "'suggested', never evaluated), so ABA is not covered under F84.x. Layout: underlined section words, "
        "lettered goals as prose paragraphs with baseline/mastery/date inline, services on one line."))


def m20():
    plan, asof = D(2026, 2, 16), D(2026, 3, 16)
    start, end, review = D(2026, 3, 1), D(2026, 8, 31), D(2026, 8, 14)
    vb, vin, dx_on = D(2024, 12, 10), D(2024, 12, 12), D(2022, 8, 30)
    assert days(vin, plan) > ABA_ASSESS_DAYS and days(vb, plan) > ABA_ASSESS_DAYS
    assert within_months(start, end, 6) and days(plan, review) <= ABA_REVIEW_DAYS
    sigdates_ok(plan, asof, plan, D(2026, 2, 18))
    tg = [D(2026, 5, 29), D(2026, 6, 30), D(2026, 8, 14)]
    assert min(tg) > plan
    n = npi("104472389")
    d = Docx(font="Calibri", size=10)
    d.header("Kestrel ABA Partners — Continuation Request — Member: Priya Natarajan-Cole", size=8)
    d.p(("Re-authorization / Updated Treatment Plan", "bL"))
    d.table([
        ["Client", "Priya Natarajan-Cole", "DOB", "01/04/2017"],
        ["Member #", "UHX 4471 8830 2", "Date", f_us(plan)],
        ["Current auth", "09/01/2025 – 02/28/2026", "Requested", f_us(start) + " – " + f_us(end)],
    ], widths=[1.2, 2.4, 1.0, 1.9], bold_col0=True)
    d.p("")
    d.p("Diagnosis: F84.0 — autism spectrum disorder, dx'd " + f_us(dx_on) + " by Dr. Howard Lin, PhD (psychologist).")
    d.p("Standardized assessment results (from initial assessment, carried forward):", after=0)
    d.bullet("VB-MAPP " + f_us(vb) + ": 96 milestones; barriers 11")
    d.bullet("Vineland-3 " + f_us(vin) + ": ABC 72 (Communication 70, DLS 78, Socialization 69)")
    d.p("Progress since last auth: mastered 14 of 19 short-term targets; elopement down from 4/wk to 1/wk.")
    d.p(("Continuing goals", "b"))
    d.p("1 — Elopement. Baseline 1/week (8-wk average). Goal: 0 episodes for 6 consecutive weeks (mastery) by "
        + f_us(tg[2]) + ".", after=2)
    d.p("2 — Conversational turns. Baseline 2 turns per topic. Goal: 5 reciprocal turns on a peer-selected topic in "
        "4 of 5 probes (mastery) by " + f_us(tg[1]) + ".", after=2)
    d.p("3 — Parent goal. Mom will run a 10-min structured play session with 90% fidelity on the procedural "
        "checklist; baseline 60%; mastery 90% on 3 consecutive checks; by " + f_us(tg[0]) + ".")
    d.p(("Hours requested", "b"))
    d.p("97153 direct 1:1 — 12 hours/week", after=0)
    d.p("97155 supervision/protocol modification — units per payer supervision ratio", after=0)
    d.p("97156 caregiver guidance — 1 hour/week")
    d.p("Next progress report: " + f_us(review))
    d.p("")
    d.p("Lead BCBA: Fernanda Oliveira, PhD, BCBA-D — e-signed " + f_us(plan) + " (NPI " + n + ")", after=0)
    d.p("Parent/guardian: Anand Cole — e-signed " + f_us(D(2026, 2, 18)))
    d.save("m20_plan.docx", "Continuation request", "KAP")
    label("m20_plan.docx", "commercial-aba", asof, gaps=[["assessment-outdated"], ["amount-missing"]], notes=(
        "Gaps: (1) the newest standardized assessments (VB-MAPP 12/10/2024, Vineland-3 12/12/2024) are over a year "
        "older than the 02/16/2026 plan (warning); (2) 97155 is requested with no hours per week ('units per payer "
        "supervision ratio'; warning). Layout: continuation request with header identifiers, small ID table, "
        "em-dash numbered goals."))


def m21():
    plan, asof = D(2026, 7, 6), D(2026, 8, 10)
    start, end, review = D(2026, 7, 13), D(2027, 1, 12), D(2026, 12, 28)
    vb, vin, dx_on = D(2026, 6, 22), D(2026, 6, 24), D(2026, 3, 3)
    psig = D(2026, 7, 8)
    aba_dates(plan, start, end, review, [vb, vin], asof, [plan, psig], dx_on)
    tg = [D(2026, 9, 30), D(2026, 10, 30), D(2026, 11, 30), D(2026, 12, 18)]
    assert min(tg) > plan and max(tg) <= end
    n = npi("193301726")
    d = Docx(font="Calibri", size=10, margins=0.8)
    d.p(("Harmony Path ABA — Individualized Treatment Plan", "bL"))
    info = d.table([["Client", "Zayd Al-Masri"], ["Birth date", "2022-11-19"], ["Plan ID / Member", "AETX W882041776"],
                    ["Plan date", f_us(plan)], ["Service period", f_us(start) + " – " + f_us(end)],
                    ["Next treatment plan review", f_us(review)]], widths=[2.0, 4.5], bold_col0=True)
    d.p("")
    d.p("Diagnosis: F84.0 Autistic disorder. Diagnosing clinician: Dr. Soraya Bennani, MD (child psychiatrist); "
        "date of diagnosis " + f_us(dx_on) + ".")
    d.p("Standardized assessments: VB-MAPP " + f_us(vb) + " (Level 1, 11 milestones); Vineland-3 " + f_us(vin)
        + " (ABC 58).")
    d.p("")

    def domain(title, rows):
        outer = d.table([[title], [""]], widths=[6.9])
        d.shade(outer.cell(0, 0), "DDEBF7")
        for run in outer.cell(0, 0).paragraphs[0].runs:
            run.bold = True
        inner_cell = outer.cell(1, 0)
        inner = inner_cell.add_table(rows=len(rows) + 1, cols=4)
        inner.style = d.doc.styles["Table Grid"]
        for j, h in enumerate(["Target", "Baseline", "Mastery criteria", "Target date"]):
            d.cell(inner.cell(0, j), h, bold=True)
        for i, r in enumerate(rows, 1):
            for j, v in enumerate(r):
                d.cell(inner.cell(i, j), v)
        d.p("")

    domain("Communication", [
        ["Zayd will mand for 20 different items/activities without prompts", "3 items (echoic prompt)",
         "20 items, 2 consecutive days, 2 therapists", f_us(tg[2])],
        ["Zayd will respond to his name by orienting within 3 s", "20% of trials", "80% across 3 sessions", f_us(tg[0])],
    ])
    domain("Adaptive / daily living", [
        ["Wash hands with 8-step task analysis independently", "2 of 8 steps independent",
         "8/8 steps independent on 3 consecutive days", f_us(tg[3])],
    ])
    domain("Caregiver training", [
        ["Grandmother and mother will deliver mand training trials at home with correct prompt fading",
         "45% fidelity", "90% fidelity on 3 consecutive observations", f_us(tg[1])],
    ])
    d.p(("Requested services", "b"))
    d.table([["CPT", "Description", "Hours per week", "Location"],
             ["97153", "Adaptive behavior treatment by protocol", "18", "Home / clinic"],
             ["97155", "Adaptive behavior treatment with protocol modification", "3", "Home / clinic"],
             ["97156", "Family adaptive behavior treatment guidance", "1.5", "Home"]], header_bold=True,
            widths=[0.7, 3.3, 1.2, 1.4])
    d.p("")
    sig = d.table([["Supervising BCBA", "Parent / Legal guardian"],
                   ["Electronically signed: Malik Johansson, MS, BCBA\n" + f_us(plan) + "\nNPI " + n,
                    "Signed: Rania Al-Masri (mother)\n" + f_us(psig)]], widths=[3.4, 3.4], header_bold=True)
    d.save("m21_plan.docx", "ITP", "HPABA")
    label("m21_plan.docx", "commercial-aba", asof, notes=(
        "Clean. One-column shaded domain tables each holding a nested 4-column goal table (target, baseline, mastery, "
        "target date), caregiver domain heading, CPT/hours table, two-column signature table."))


def m23():
    plan, asof = D(2026, 2, 23), D(2026, 3, 25)
    start, end = D(2026, 3, 1), D(2027, 2, 28)
    vb, dx_on = D(2026, 2, 9), D(2025, 12, 1)
    assert not within_months(start, end, 6)
    sigdates_ok(plan, asof, plan, plan)
    tg = [D(2026, 6, 30), D(2026, 8, 31), D(2026, 12, 31)]
    n = npi("111845670")
    d = Docx(font="Calibri", size=11)
    d.p(("Spectrum Bridge Therapy Group", "b"), after=0)
    d.p("1109 Canal St, Lowell MA 01852", after=12)
    d.p(f_long(plan))
    d.p("RE: Request for authorization of ABA services", after=0)
    d.p("Patient: Oliver Braithwaite   DOB 05/21/2020   Member ID: MHP993302718")
    d.p("To the utilization review team,")
    d.p("Oliver is a 5-year-old boy with autism spectrum disorder (F84.0), diagnosed " + f_us(dx_on) + " by "
        "Dr. Ana Lucía Ferreira, PhD, licensed psychologist. We are requesting ABA services for the period "
        + f_us(start) + " through " + f_us(end) + " as outlined below. The VB-MAPP administered on " + f_us(vb)
        + " placed Oliver in Level 1 (14 milestones); he has no functional vocal requests and engages in self-injury "
        "(head hitting) about 12 times per hour when demands are placed.")
    d.p(("TREATMENT GOALS", "b"))
    d.p("Goal 1. Decrease head hitting from a baseline of 12 per hour to 1 or fewer per hour across 5 consecutive "
        "sessions (mastery) by " + f_us(tg[1]) + ".")
    d.p("Goal 2. Oliver will use a picture card to request 10 preferred items (baseline 0) independently in 80% of "
        "opportunities across 3 consecutive sessions by " + f_us(tg[0]) + ".")
    d.p("Goal 3. Parents will implement the demand-fading protocol with 90% fidelity across 3 consecutive home "
        "observations (baseline 30%) by " + f_us(tg[0]) + ".")
    d.p("Goal 4. Oliver will sit at a table for 10 minutes of instruction with 0 elopements (baseline 90 seconds) "
        "across 5 consecutive sessions by " + f_us(tg[2]) + ".")
    d.p(("SERVICES", "b"))
    d.p("97153: 25 hours per week  |  97155: 4 hours per week  |  97156: 2 hours per week")
    d.p("Progress will be reported to the plan as required.")
    d.p("")
    d.p("Sincerely,")
    d.p("Hannah Szymanski, MA, BCBA, LABA", after=0)
    d.p("Clinical Director   NPI " + n, after=0)
    d.p("Signed " + f_us(plan))
    d.p("")
    d.p("Parent/guardian agreement: I have reviewed this plan.  Thomas Braithwaite (father)   " + f_us(plan))
    d.save("m23_plan.docx", "ABA authorization request", "SBTG")
    label("m23_plan.docx", "commercial-aba", asof, gaps=[["duration-exceeds-limit"], ["review-date-missing"]], notes=(
        "Gaps: (1) the requested period 03/01/2026-02/28/2027 is 12 months, over the 6-month limit; (2) no next "
        "review/progress-report date is given ('as required'). Layout: letter of request to utilization review, "
        "goals as numbered prose sentences, services on one pipe-separated line, signature block as a letter close."))


# =============================================================================================
# Outpatient PT / OT / SLP (medicare-outpatient-therapy)
# =============================================================================================
def therapy_dates(first, plan, cert_end, md_sig, asof, review=None, late_ok=False, long_ok=False):
    assert plan <= first or late_ok                     # plan-before-treatment (max_days 0)
    if not long_ok:
        assert days(first, cert_end) <= PT_REVIEW_DAYS  # review-interval incl. period end
        if review:
            assert days(first, review) <= PT_REVIEW_DAYS
    assert asof <= cert_end or long_ok or late_ok        # review-not-overdue
    if md_sig:
        assert days(first, md_sig) <= PT_CERT_DAYS or late_ok
        assert md_sig <= asof


CERT_STMT = ("I have reviewed this plan of care and certify that the services are medically necessary, that they "
             "are furnished while the patient is under my care, and that the plan is established and will be "
             "periodically reviewed by me.")


def m24():
    ev, asof = D(2026, 3, 2), D(2026, 4, 6)
    cert_end, md = D(2026, 5, 29), D(2026, 3, 9)
    therapy_dates(ev, ev, cert_end, md, asof)
    sigdates_ok(ev, asof, ev, md)
    n1, n2 = npi("152209938"), npi("141176503")
    d = Docx(font="Calibri", size=11)
    d.p(("Ridgeline Physical Therapy", "b"), "   |   Owner: Curtis Landry, PT, DPT   |   Spokane WA")
    d.p(("PT Initial Eval & Plan of Care", "bL"))
    d.p("Pt: Ethel Marsh-Donnelly   DOB: 10/21/1950   MBI: 6AW3-YP1-KT48", after=0)
    d.p("Date of eval (1st tx): " + f_short(ev) + "   Referring: Dr. Amelia Strand, MD (ortho)")
    d.p("Dx: Z96.651 presence of R artificial knee joint; M25.661 stiffness of R knee; R26.89 other abnormalities of "
        "gait and mobility")
    d.p(("S: ", "b"), "75 y/o F s/p R TKA 2/10/26, d/c'd from home health 2/27. c/o stiffness, pain 5/10 w/ stairs, can't "
        "get in/out of her car w/o help. Lives alone, 3 STE w/ 1 rail. PLOF: indep, drove, gardened.")
    d.p(("O: ", "b"), "R knee AROM 8-92°, PROM 5-98°. Quad 3+/5. TUG 16.4 s. Amb 150' w/ SPC, antalgic. "
        "Stairs step-to w/ rail + SPC, CGA. LEFS 31/80.")
    d.p(("A: ", "b"), "Pt presents w/ decreased ROM, strength, gait and balance limiting community mobility + "
        "driving. Good rehab potential.")
    d.p(("Goals", "b"))
    d.p("STG (4 wks):", after=0)
    d.p("1. R knee flexion AROM 92° → 105°", after=0, indent=0.3)
    d.p("2. TUG < 13.5 s", after=0, indent=0.3)
    d.p("3. indep w/ HEP (return demo correct)", indent=0.3)
    d.p("LTG (8 wks):", after=0)
    d.p("1. R knee AROM 0-115° for car transfers and stairs", after=0, indent=0.3)
    d.p("2. amb 1000' community distances w/o AD, indep, no LOB", after=0, indent=0.3)
    d.p("3. stairs reciprocal w/ 1 rail mod I", after=0, indent=0.3)
    d.p("4. LEFS ≥ 55/80", indent=0.3)
    d.p(("P: ", "b"), "PT 2x/wk x 8 wks (16 visits): ther ex 97110, neuro re-ed 97112, gait trng 97116, manual 97140, "
        "ther act 97530; HEP. Cert period " + f_short(ev) + " – " + f_short(cert_end) + ". Progress note q 10th visit.")
    d.p("")
    d.p("Therapist: Curtis Landry, PT, DPT   " + f_short(ev) + "   NPI " + n1)
    d.p(CERT_STMT).runs[0].font.size = Pt(9)
    d.p("Physician: Amelia Strand, MD   NPI " + n2 + "   signature on file — faxed back signed " + f_short(md))
    d.save("m24_plan.docx", "PT POC", "RPT")
    label("m24_plan.docx", "medicare-outpatient-therapy", asof, notes=(
        "Clean. SOAP-style evaluation and plan of care with heavy PT shorthand (s/p, c/o, STE, PLOF, CGA, mod I), "
        "STG/LTG blocks with time frames in the block labels, plan paragraph with 2x/wk x 8 wks and CPT list, "
        "physician certification returned by fax 7 days after the evaluation."))


def m25():
    ev, asof = D(2026, 1, 7), D(2026, 3, 2)
    cert_end, md = D(2026, 4, 6), D(2026, 2, 17)
    assert days(ev, md) > PT_CERT_DAYS
    therapy_dates(ev, ev, cert_end, md, asof, late_ok=True)
    n1, n2 = npi("167714502"), npi("178823096")
    d = Docx(font="Arial", size=10)
    d.header("Harborview Outpatient Rehab  ·  Plan of Care / Certification", size=8)
    d.footer("Patient: Vernon Achterberg   DOB 04/04/1944   Medicare 2KU9-FE5-CD71", page_numbers=True)
    d.p(("Physical Therapy Plan of Care", "bL"))
    t = d.table([
        ["Patient", "Vernon Achterberg", "Start of care / eval", f_us(ev)],
        ["Medical dx", "M48.062 Spinal stenosis, lumbar region with neurogenic claudication", "", ""],
        ["Treatment dx", "M54.16 Radiculopathy, lumbar region; R26.2 Difficulty in walking", "", ""],
        ["Certification period", f_us(ev) + " through " + f_us(cert_end), "", ""],
    ], widths=[1.5, 2.6, 1.4, 1.0], bold_col0=True)
    for r in (1, 2, 3):
        d.merge(t, r, 1, r, 3)
    d.p("")
    d.p(("Assessment", "b"), after=0)
    d.p("81 y/o retired machinist; can walk 2 blocks before leg pain/numbness forces rest (6MWT 480 ft). ODI 44%. "
        "Wants to walk to church (0.5 mi) and play with grandkids.")
    d.p(("Long-term goals (10 weeks)", "b"), after=0)
    d.num("6MWT from 480 ft to 900 ft or more")
    d.num("Walk 0.5 mile without stopping with neurogenic symptoms 2/10 or less")
    d.num("ODI below 25%")
    d.p(("Plan", "b"), after=0)
    d.p("Frequency: 2 times per week", after=0)
    d.p("Duration: 10 weeks (20 visits)", after=0)
    d.p("Interventions: 97110 therapeutic exercise (flexion-based program), 97140 manual therapy, 97116 gait training, "
        "97530 functional activities, 97535 home program instruction")
    d.p("")
    d.p("Therapist signature: Imogen Castell, PT, MSPT       Date: " + f_us(ev) + "       NPI " + n1)
    d.p("")
    d.p(("Physician certification", "b"), after=0)
    d.p(CERT_STMT)
    d.p("Signature: Hector Villanueva, MD (e-signed)      NPI " + n2 + "      Date: " + f_us(md))
    d.save("m25_plan.docx", "PT POC", "HOR")
    label("m25_plan.docx", "medicare-outpatient-therapy", asof, gaps=[["signature-late"]], notes=(
        "Gap: evaluation/first treatment 01/07/2026, physician certification signed 02/17/2026: 41 days, past 30 "
        "(warning under the 2025-01 version). Layout: identification table with merged value cells, auto-numbered "
        "LTGs, plan as 'Frequency:'/'Duration:' lines, patient identifiers only in the footer besides the name."))


def m26():
    ev, asof = D(2024, 6, 3), D(2024, 7, 15)
    cert_end, md = D(2024, 8, 30), D(2024, 6, 5)
    therapy_dates(ev, ev, cert_end, md, asof)
    sigdates_ok(ev, asof, ev, md)
    n1, n2 = npi("184430915"), npi("195501367")
    d = Docx(font="Calibri", size=11)
    d.p(("Spine & Sport Therapy Co.", "b"), after=0)
    d.p("Plan of care — physical therapy")
    d.p("Patient name: Gwendolyn Tsosie", after=0)
    d.p("Birth date: 12/01/1953", after=0)
    d.p("Medicare #: 7FT2-RW8-QE35", after=0)
    d.p("Initial evaluation / first visit: " + f_long(ev))
    d.p("Diagnosis", after=0).runs[0].bold = True
    d.p("M54.50 Low back pain, unspecified", after=0)
    d.p("M62.81 Muscle weakness (generalized)")
    d.p("Functional limitations: unable to stand > 10 min for cooking, needs help getting in/out of the bathtub, "
        "sleep disrupted by pain 4 nights/week.")
    d.p("Goals (by end of 8 weeks)", after=0).runs[0].bold = True
    d.p("- stand 30 min for meal prep with pain ≤ 3/10", after=0)
    d.p("- tub transfer with grab bar independently", after=0)
    d.p("- Modified Oswestry from 46% to ≤ 20%", after=0)
    d.p("- sleep through the night without waking from pain on 6 of 7 nights")
    d.p("Plan", after=0).runs[0].bold = True
    d.p("PT 2x a week for 8 weeks. Ther ex (97110), manual therapy (97140), neuromuscular re-ed (97112), "
        "HEP. Cert " + f_us(ev) + "-" + f_us(cert_end) + ".")
    d.p("")
    d.p("Therapist: Ramon Estevez, PT, DPT — " + f_us(ev) + " — NPI " + n1)
    d.p("")
    d.p("Referring / certifying provider: I certify the need for these services furnished under this plan of care.")
    d.p("Dr. Brent Hollis, DC — signed " + f_us(md) + " — NPI " + n2)
    d.save("m26_plan.docx", "Plan of care", "SST", when=dt.datetime(2024, 6, 3, 9, 0))
    label("m26_plan.docx", "medicare-outpatient-therapy", asof, gaps=[["credential-not-permitted"]],
          unsure=["signature-missing"], notes=(
              "Gap: the plan is certified by a chiropractor (DC), who may not certify a therapy plan of care. As-of "
              "2024-07-15 (profile version 2015-10). Unsure: whether a reviewer also calls the certification "
              "missing (signature-missing) since the only certifying signature is the DC's, so signature-missing is "
              "left unjudged. Layout: plain lines, dash goals under a bold 'Goals (by end of 8 weeks)' line."))


def m27():
    ev, asof = D(2026, 4, 14), D(2026, 5, 26)
    cert_end, md = D(2026, 7, 10), D(2026, 4, 20)
    therapy_dates(ev, ev, cert_end, md, asof)
    sigdates_ok(ev, asof, ev, md)
    n1, n2 = npi("126680417"), npi("133391740")
    d = Docx(font="Segoe UI", size=10)
    d.p(("HANDS ON OT  —  Outpatient Occupational Therapy", "b"))
    d.p("Name:", after=0)
    d.p("    Consuela Ferreira-Banks", after=0)
    d.p("DOB:", after=0)
    d.p("    Aug 17 1948", after=0)
    d.p("Medicare:", after=0)
    d.p("    1VM6-HC3-RX22")
    d.p("Eval date / first tx:  " + f_abbr(ev) + "        POC date:  " + f_abbr(ev))
    d.p("Dx:  S52.531D Colles' fx R radius, subsequent encounter, routine healing;  M25.631 stiffness of R wrist")
    d.p("")
    d.p("Consuela fell on ice 2/20/26, ORIF 2/23/26, cast removed 4/3. She is R hand dominant and cannot button, "
        "open jars, or write more than a few words. QuickDASH 68. Grip R 8 lb / L 46 lb. Wrist ext 25°, flex 20°.")
    d.p("")
    d.p(("Goals", "b"))
    d.p("Within 6 weeks she will button her blouse independently in under 2 minutes; within 6 weeks she will write "
        "a 3-sentence grocery list legibly without pain > 3/10. By discharge (12 weeks): R grip ≥ 30 lb, R wrist "
        "extension ≥ 55°, QuickDASH ≤ 30, open a new jar independently with adaptive gripper.")
    d.p(("Plan", "b"))
    d.p("OT 2x/wk x 12 wks: 97110 ther ex, 97140 manual, 97530 therapeutic activities, 97018 paraffin, "
        "97760 orthotic mgmt (static progressive splint). HEP. Cert period " + f_abbr(ev) + " to "
        + f_abbr(cert_end) + ".")
    d.p("")
    d.p("OT: Bethany Kurokawa, OTR/L, CHT          " + f_abbr(ev) + "          NPI " + n1)
    d.p("Physician cert: Raj Bhandari, MD (hand surgery)   signed " + f_abbr(md) + "   NPI " + n2)
    d.save("m27_plan.docx", "OT plan of care", "HOOT")
    label("m27_plan.docx", "medicare-outpatient-therapy", asof, notes=(
        "Clean. Labels alone on a line with indented values below, goals as run-on prose sentences with 'within 6 "
        "weeks' / 'by discharge (12 weeks)' time frames, 12-week plan inside an 88-day certification."))


def m28():
    ev, asof = D(2026, 4, 6), D(2026, 5, 1)
    cert_end, md = D(2026, 8, 5), D(2026, 4, 10)
    assert days(ev, cert_end) > PT_REVIEW_DAYS
    therapy_dates(ev, ev, cert_end, md, asof, long_ok=True)
    n1, n2 = npi("119957023"), npi("170064418")
    d = Docx(font="Calibri", size=11)
    d.p(("Occupational Therapy — Plan of Care", "bL"))
    d.p("Lakeshore Therapy Associates (small group practice) — Erie, PA", after=10)
    d.p(("Client", "b"), " Bartholomew Quist     ", ("DOB", "b"), " 6/30/1946     ", ("MBI", "b"), " 3HD8-NW2-PJ57")
    d.p(("Eval/1st visit", "b"), " " + f_short(ev) + "     ", ("Certification", "b"), " " + f_short(ev) + " – "
        + f_short(cert_end))
    d.p(("Dx", "b"), " G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations; R27.8 other "
        "lack of coordination")
    d.p("")
    d.p("Hx: dx PD 2021; since winter more trouble w/ fine motor (handwriting micrographia, buttons, utensils). Wife "
        "assists w/ dressing ~20 min each AM. 9HPT R 48 s, L 41 s. ")
    d.p(("Goals:", "b"))
    d.p("LTG1  Pt will don shirt and pants mod I (extra time, no physical assist) in ≤ 10 min", after=0)
    d.p("LTG2  Handwriting: write name/address legibly (letter height ≥ 4 mm) on 4 of 5 trials", after=0)
    d.p("LTG3  9HPT R ≤ 38 s", after=0)
    d.p("STG1  Use built-up utensils to feed self with 0 spills in 3 of 4 meals (4 wks)")
    d.p(("Tx plan:", "b"))
    d.p("OT 2x/wk x 16 weeks (LSVT BIG principles, fine motor trng, ADL retraining, AE issue): 97530, 97535, 97110, "
        "97112. Recert / re-eval at end of cert period.")
    d.p("")
    d.p("Tomasz Wieczorek, MS, OTR/L — " + f_short(ev) + " — NPI " + n1)
    d.p("Certifying physician: Lorna Ebersole, DO (neurology) — signed " + f_short(md) + " — NPI " + n2)
    d.save("m28_plan.docx", "OT POC", "LTA")
    label("m28_plan.docx", "medicare-outpatient-therapy", asof, gaps=[["review-interval-exceeded"]], notes=(
        "Gap: certification period 4/6/26-8/5/26 (121 days) with recertification only at its end: longer than 90 "
        "days. Layout: bold run-in labels several to a line, LTG/STG lines with two-space separators, 16-week plan."))


def m29():
    ev, asof = D(2026, 5, 18), D(2026, 6, 22)
    cert_end, md = D(2026, 8, 14), D(2026, 5, 26)
    therapy_dates(ev, ev, cert_end, md, asof)
    sigdates_ok(ev, asof, ev, md)
    tg = [D(2026, 6, 29), D(2026, 7, 27), D(2026, 8, 10)]
    n1, n2 = npi("108837264"), npi("156603921")
    d = Docx(font="Book Antiqua", size=11)
    d.p(("Speech-Language Pathology Plan of Care", "b"), align="c")
    d.p("Clear Voice Speech Therapy, PLLC · Ann Arbor, MI", align="c", after=12)
    d.p("Patient — Leopold Haraszti", after=0)
    d.p("Date of birth — 02/14/1941", after=0)
    d.p("Medicare ID — 5QG1-TB4-HV69", after=0)
    d.p("Evaluation (first treatment) — " + f_us(ev), after=0)
    d.p("Plan established — " + f_us(ev))
    d.p("Diagnoses — I69.391 Dysphagia following cerebral infarction; R13.12 Dysphagia, oropharyngeal phase")
    d.p("")
    d.p("Summary. L MCA stroke 3/2026, discharged from SNF 5/8. MBSS 5/12/26: penetration with thin liquids "
        "(PAS 5), moderate vallecular residue with solids. Currently on mechanical soft / mildly thick liquids. "
        "FOIS level 4. Wants to return to eating at the diner with friends.")
    d.p("Goals —")
    d.p("(1) Pt will tolerate thin liquids by cup with chin tuck with no overt signs of aspiration in 9/10 trials by "
        + f_us(tg[1]) + ".", indent=0.3, after=0)
    d.p("(2) Pt will complete 10 effortful swallows per bolus set with 90% accuracy and min cues by " + f_us(tg[0]) + ".",
        indent=0.3, after=0)
    d.p("(3) FOIS from level 4 to level 6 (total oral diet, special preparation) by " + f_us(tg[2]) + ".",
        indent=0.3, after=0)
    d.p("(4) Pt and wife will state and demonstrate safe-swallow strategies correctly on 3 consecutive sessions by "
        + f_us(tg[0]) + ".", indent=0.3)
    d.p("Treatment — dysphagia tx (92526) incl. NMES-free oral motor/pharyngeal exercises, strategy training, "
        "caregiver education. 2x/week for 12 weeks (24 visits). Repeat MBSS as indicated.")
    d.p("")
    d.p("Speech-language pathologist: Adaeze Nwosu-Park, MA, CCC-SLP    " + f_us(ev) + "    NPI " + n1)
    d.p("Physician certification: Gordon Fairweather, MD    " + f_us(md) + "    NPI " + n2)
    d.p("Cert period: " + f_us(ev) + " - " + f_us(cert_end))
    d.save("m29_plan.docx", "SLP POC", "CVST")
    label("m29_plan.docx", "medicare-outpatient-therapy", asof, notes=(
        "Clean. Em-dash 'Label — value' lines, goals numbered (1)-(4) with target dates, treatment paragraph with "
        "code, frequency and duration, certification signature and period typed at the very end."))


def m30():
    ev, asof = D(2026, 3, 2), D(2026, 4, 13)
    cert_end, md = D(2026, 5, 29), D(2026, 3, 10)
    therapy_dates(ev, ev, cert_end, md, asof)
    sigdates_ok(ev, asof, ev, md)
    n1, n2 = npi("145582036"), npi("162237719")
    d = Docx(font="Calibri", size=11)
    d.p(("SLP outpatient POC", "b"), "  (Word template v2 — Talk Again Therapy)")
    d.table([["Pt", "Marisol Echeverría-Lund"], ["DOB", "1955-09-09"], ["Medicare #", "8DM4-XQ6-LA13"],
             ["Eval / SOC", f_iso(ev)], ["Cert period", f_iso(ev) + " — " + f_iso(cert_end)]],
            style=None, widths=[1.3, 4.0], bold_col0=True)
    d.p("")
    d.p("DX: I69.320 aphasia following cerebral infarction; R47.01 aphasia")
    d.p("WAB-R AQ 54.2 (Broca's). Pt names 6/20 common objects, produces 2-3 word phrases. Husband reports she "
        "can't use the phone or order at a restaurant.")
    d.p("GOALS", after=0).runs[0].bold = True
    d.p("STG 1. name 15/20 common objects w/ min semantic cues", after=0)
    d.p("STG 2. produce 4-5 word sentences to describe a picture in 8/10 trials", after=0)
    d.p("LTG. pt will order a meal and call her daughter using a 5-phrase script w/ 90% intelligibility, indep")
    d.p("PLAN", after=0).runs[0].bold = True
    d.p("Speech/language tx 92507 2x per wk, 45-60 min. Script training, semantic feature analysis, VNeST, "
        "AAC backup (communication book). Continue until goals met. HEP w/ husband.")
    d.p("")
    d.p("SLP — Rhiannon Teague, MS, CCC-SLP — e-signed " + f_iso(ev) + " — NPI " + n1)
    d.p("MD — Abdul Rahimi, MD — e-signed " + f_iso(md) + " — NPI " + n2)
    d.save("m30_plan.docx", "SLP POC", "TATS")
    label("m30_plan.docx", "medicare-outpatient-therapy", asof, gaps=[["duration-missing"]], notes=(
        "Gap: no treatment duration (weeks or number of visits): frequency 2x/wk and 'continue until goals met'; the "
        "certification period does not state the duration (profile note). Layout: borderless key/value table, caps "
        "GOALS/PLAN lines, STG/LTG lower-case shorthand, ISO dates."))


def m32():
    ev, asof = D(2026, 1, 12), D(2026, 5, 4)
    cert_end, md = D(2026, 4, 11), D(2026, 1, 20)
    assert asof > cert_end and days(ev, cert_end) <= PT_REVIEW_DAYS
    therapy_dates(ev, ev, cert_end, md, asof, late_ok=True)
    n1, n2 = npi("113304862"), npi("129945371")
    d = Docx(font="Tahoma", size=10)
    d.p(("ALPINE MOTION PHYSICAL THERAPY", "b"), align="c", after=0)
    d.p("Evaluation and Treatment Plan", align="c")
    d.p("Patient: Ignatius Vanterpool      DOB 11/11/1952      Medicare 4RX7-EK9-BM26")
    d.p("Eval / first treatment date: " + f_long(ev))
    d.p("Certification from " + f_long(ev) + " to " + f_long(cert_end))
    d.p("Dx: M17.12 Unilateral primary osteoarthritis, left knee; M62.81 Muscle weakness (generalized); Z91.81 "
        "History of falling")
    d.p("")
    d.p("Subjective: 2 falls in last 6 months, one at the mailbox on ice. Uses cane outdoors. Goal: walk the dog "
        "(0.5 mi loop) safely.")
    d.p("Objective: Berg 41/56. 5xSTS 17.8 s (UE push). Gait speed 0.72 m/s. L knee flexion 105°, quads 4-/5.")
    d.p("Goals (12 weeks):")
    d.p("  a. Berg ≥ 49/56 (reduced fall risk)", after=0)
    d.p("  b. 5xSTS ≤ 13 s without UE", after=0)
    d.p("  c. Gait speed ≥ 1.0 m/s with SPC", after=0)
    d.p("  d. 0 falls reported over the plan period; walk 0.5 mi loop mod I with SPC")
    d.p("Plan: PT 2x/wk for 12 weeks (24 visits) — balance training 97112, ther ex 97110, gait 97116, HEP, Otago "
        "program. Progress report every 10 visits; recertification before " + f_long(cert_end) + ".")
    d.p("")
    d.p("Therapist: Freya Lindahl, PT   " + f_long(ev) + "   NPI " + n1)
    d.p("Physician certification: Osagie Ighodaro, MD   " + f_long(md) + "   NPI " + n2)
    d.save("m32_plan.docx", "PT plan", "AMPT")
    label("m32_plan.docx", "medicare-outpatient-therapy", asof, gaps=[["review-overdue"]], notes=(
        "Gap: the certification ran through April 11, 2026 and no recertification or completed review is recorded; on "
        "the as-of date 2026-05-04 treatment is past the certified period (warning). Layout: centered caps title, "
        "long-form dates, lettered goals under 'Goals (12 weeks):'."))


def m33():
    ev, asof = D(2026, 9, 8), D(2026, 10, 13)
    cert_end, md = D(2026, 12, 4), D(2026, 9, 15)
    therapy_dates(ev, ev, cert_end, md, asof)
    sigdates_ok(ev, asof, ev, md)
    n1, n2 = npi("186615037"), npi("197708254")
    d = Docx(font="Calibri", size=11)
    d.header("OT Plan of Care — Marigold Occupational Therapy — Asheville NC", size=8)
    d.p("Client name ... Winifred Sato-Okafor", after=0)
    d.p("DOB ... 03/28/1945", after=0)
    d.p("Medicare ... 9PJ2-KA7-NG44", after=0)
    d.p("Eval / 1st tx ... " + f_us(ev), after=0)
    d.p("Cert ... " + f_us(ev) + " thru " + f_us(cert_end))
    d.p("Dx ... M19.011 primary osteoarthritis, right shoulder; M25.611 stiffness of right shoulder; Z74.1 need for "
        "assistance with personal care")
    d.p("")
    d.p("Pt is an 81 y/o retired seamstress, lives w/ daughter. Can't reach overhead shelves or wash her hair; "
        "needs help with bra/ back fastening. R shoulder flex 95°, abd 80°, ER 20°. SPADI 62%.")
    d.p("Goals", style="Heading 3")
    d.p("Goal 1: R shoulder flexion from 95° to 130° to reach 2nd kitchen shelf (8 wks)", after=0)
    d.p("Goal 2: wash hair in shower independently with long-handled sponge/brush (6 wks)", after=0)
    d.p("Goal 3: SPADI below 35% (10 wks)", after=0)
    d.p("Goal 4: fasten bra independently using front-closing technique in 3 of 3 trials (4 wks)")
    d.p("Treatment plan", style="Heading 3")
    d.table([["Intervention", "CPT", "Frequency"],
             ["Therapeutic exercise (ROM, strengthening)", "9711", "2x/wk"],
             ["Therapeutic activities / ADL retraining", "97530", "2x/wk"],
             ["Self-care / home mgmt training, AE", "97535", "1x/wk"],
             ["Manual therapy", "97140", "2x/wk"]], header_bold=True, widths=[3.4, 0.8, 1.0])
    d.p("Duration: 10 weeks, 20 visits total.")
    d.p("")
    d.p("Occupational therapist: Delphine Arceneaux, OTR/L   " + f_us(ev) + "   NPI " + n1)
    d.p("Physician/NPP: Kwame Asante, PA-C (orthopedics)   " + f_us(md) + "   NPI " + n2)
    d.save("m33_plan.docx", "OT POC", "MOT")
    label("m33_plan.docx", "medicare-outpatient-therapy", asof, gaps=[["service-code-invalid"]], notes=(
        "Gap: the therapeutic-exercise row gives CPT '9711' (four digits; 97110 meant). Certified by a PA-C. "
        "Layout: 'Label ... value' dot leaders, Heading 3 section titles, goals with time frames in parentheses, "
        "intervention/CPT/frequency table."))


# =============================================================================================
# Home health (medicare-home-health)
# =============================================================================================
def hh_dates(soc, cert_end, md, asof, goals=(), long_ok=False):
    if not long_ok:
        assert days(soc, cert_end) <= HH_REVIEW_DAYS
    assert soc <= asof <= cert_end
    if md:
        assert soc <= md <= asof
    for g in goals:
        assert soc < g <= cert_end


HH_RIGHTS = ("Patient/caregiver received the agency's Patient Rights and Responsibilities, Notice of Privacy "
             "Practices, emergency preparedness plan and the 24-hour on-call number (1-800-555-0126). Medication "
             "profile reconciled with patient and pharmacy list. OASIS SOC assessment completed.")


def m34():
    soc, cert_end, md, asof = D(2026, 3, 9), D(2026, 5, 7), D(2026, 3, 16), D(2026, 4, 6)
    g = [D(2026, 3, 30), D(2026, 3, 23), D(2026, 4, 20), D(2026, 4, 27), D(2026, 5, 4)]
    hh_dates(soc, cert_end, md, asof, g)
    n_ag, n_md = npi("151148270"), npi("168863091")
    d = Docx(font="Arial", size=9, margins=0.6)
    d.p(("COMPASS HOME HEALTH, INC.", "b"), "    Home Health Certification and Plan of Care", after=2)
    t = d.table([
        ["1. Patient's Medicare No.\n5NW2-HJ8-TD31", "2. SOC date\n" + f_us(soc),
         "3. Certification period\nFrom: " + f_us(soc) + "  To: " + f_us(cert_end), "4. Medical record no.\nCH-26-0412"],
        ["5. Patient name and address\nAlphonse Birdsong\n72 Larkspur Ct, Mesa AZ 85203", "6. Date of birth\n05/19/1943",
         "7. Provider\nCompass Home Health, Inc.  NPI " + n_ag, "8. Physician\nNaomi Greenhalgh, MD  NPI " + n_md],
        ["9. ICD-10-CM / diagnoses\nI50.32 Chronic diastolic (congestive) heart failure\nE11.65 Type 2 diabetes mellitus "
         "with hyperglycemia\nZ79.4 Long term (current) use of insulin\nR26.81 Unsteadiness on feet", "", "", ""],
        ["10. Orders for discipline and treatments (specify amount/frequency/duration)", "", "", ""],
        ["SN 1w1, 2w3, 1w5: assess cardiopulmonary status, wt, edema, BG log; teach CHF diet (2 g Na), daily weights, "
         "s/s to report; teach insulin pen technique; med management. SN PRN x 2 visits for BG > 400 or wt gain > 3 lb "
         "in 24 hrs.\nPT 2w3, 1w3: eval and treat, gait/balance training, therex, home safety, HEP.\n"
         "HHA 2w4: assist with bathing and personal care.", "", "", ""],
        ["11. Goals / rehab potential / discharge plans", "", "", ""],
        ["", "", "", ""],
    ], widths=[2.0, 1.6, 2.2, 1.9])
    for r in (2, 3, 4, 5, 6):
        d.merge(t, r, 0, r, 3)
    for r in (3, 5):
        d.shade(t.cell(r, 0), "EEEEEE")
    gc = t.cell(6, 0)
    gl = [
        f"Pt will demonstrate correct insulin pen self-injection (return demo, all steps correct) by {f_us(g[0])}.",
        f"Pt will weigh self daily and record on 7 of 7 days, and call the agency for a gain > 3 lb/day or 5 lb/week, by {f_us(g[1])}.",
        f"Pt will ambulate 200 ft in the home and to the mailbox with rolling walker, modified independent, by {f_us(g[2])}.",
        f"Fasting BG 80-150 on at least 5 of 7 days per log by {f_us(g[3])}.",
        f"No ER visits or hospitalizations for CHF exacerbation through {f_us(g[4])}.",
    ]
    gc.paragraphs[0].add_run(gl[0])
    for x in gl[1:]:
        gc.add_paragraph(x)
    gc.add_paragraph("Rehab potential: good for stated goals. Discharge plan: to self-care with daughter's support "
                     "when goals met.")
    d.p("")
    d.p(HH_RIGHTS).runs[0].font.size = Pt(8)
    d.p("")
    st = d.table([["Nurse's signature and date of verbal SOC where applicable",
                   "Attending physician's signature and date signed"],
                  ["Verbal SOC order 03/06/2026 — Lucinda Faraday, RN\nPlan sent to physician " + f_us(soc),
                   "Naomi Greenhalgh, MD — electronically signed " + f_us(md)]], widths=[3.8, 3.8], header_bold=True)
    d.p("Anyone who misrepresents, falsifies, or conceals essential information required for payment of Federal "
        "funds may be subject to fine, imprisonment, or civil penalty under applicable Federal laws.").runs[0].font.size = Pt(7)
    d.save("m34_plan.docx", "Plan of Care", "CHH")
    label("m34_plan.docx", "medicare-home-health", asof, notes=(
        "Clean. Agency's own Word version of a 485-style form: numbered box captions with values on the next line "
        "inside cells, full-width merged order and goal boxes, w-notation frequencies with a limited PRN, two-cell "
        "signature table, fine-print boilerplate."))


def m35():
    soc, cert_end, md, asof = D(2026, 2, 2), D(2026, 4, 2), D(2026, 2, 6), D(2026, 3, 2)
    g_bad = D(2025, 2, 20)
    g = [D(2026, 3, 16), D(2026, 3, 30)]
    hh_dates(soc, cert_end, md, asof, g)
    assert g_bad < soc
    n_md = npi("174421603")
    d = Docx(font="Calibri", size=11)
    d.p(("Sunrise Valley Home Care — Plan of Care", "bL"))
    d.p("Patient: Cornelius Abernethy-Shaw   DOB 07/07/1938   HICN/MBI 2TE5-PK1-WR84", after=0)
    d.p("Start of care " + f_us(soc) + "   Episode/cert " + f_us(soc) + " – " + f_us(cert_end), after=0)
    d.p("Certifying physician: Dr. Marta Zielinski, MD (urology)   NPI " + n_md)
    d.p(("Diagnoses", "b"), after=0)
    d.p("N31.9 Neuromuscular dysfunction of bladder, unspecified", after=0)
    d.p("Z96.0 Presence of urogenital implants", after=0)
    d.p("Z46.6 Encounter for fitting and adjustment of urinary device", after=0)
    d.p("G30.1 Alzheimer's disease with late onset")
    d.p(("Orders", "b"), after=0)
    d.p("SN 1w8 for Foley catheter change q 30 days (16 Fr, 10 mL balloon), assess for s/s UTI, skin, hydration; "
        "teach wife catheter care.", after=0)
    d.p("SN PRN visits for Foley catheter problems (blockage, leakage, dislodgement).", after=0)
    d.p("HHA 3w8 for bathing, peri care.")
    d.p(("Goals", "b"), after=0)
    d.p("- Wife (primary CG) will demonstrate correct Foley catheter care and emptying of the drainage bag "
        "(return demo) by " + f_us(g_bad) + ".", after=0)
    d.p("- No s/s of UTI (temp < 100.4, clear urine, no new confusion) at every SN visit through " + f_us(g[1]) + ".", after=0)
    d.p("- Skin at catheter site intact, no breakdown, at every visit through " + f_us(g[1]) + ".", after=0)
    d.p("- Pt will be bathed 3x/week with 0 missed baths by " + f_us(g[0]) + ".")
    d.p("Rehab potential: fair. D/C plan: d/c to care of wife when she is independent with catheter care.")
    d.p("")
    d.p("Case manager: Bethel Ansah, RN — " + f_us(soc))
    d.p("Physician signature: Marta Zielinski, MD — signed " + f_us(md))
    d.save("m35_plan.docx", "Plan of care", "SVHC")
    label("m35_plan.docx", "medicare-home-health", asof,
          gaps=[["frequency-missing"], ["date-inconsistent"]], notes=(
              "Gaps: (1) SN PRN visits for catheter problems are ordered with no limit on the number of visits; (2) "
              "the caregiver-teaching goal's target date is 02/20/2025, a year before the 02/02/2026 start of care "
              "(typo). Layout: plain paragraphs, bold section words, dash goals."))


def m36():
    soc, cert_end, asof = D(2026, 6, 15), D(2026, 8, 13), D(2026, 7, 6)
    g = [D(2026, 7, 13), D(2026, 7, 27), D(2026, 8, 10)]
    hh_dates(soc, cert_end, None, asof, g)
    n_ag, n_md = npi("122257084"), npi("138814592")
    d = Docx(font="Times New Roman", size=10, margins=0.7)
    d.header([("HEARTLAND VISITING NURSES", "b"), "  ·  Plan of Treatment  ·  Agency NPI " + n_ag], size=8)
    d.p("PATIENT:  Rosemarie Quackenbush        DOB:  08/08/1940        Medicare #:  1QX4-GD6-NA97")
    d.p("SOC:  " + f_dash(soc) + "        Certification:  " + f_dash(soc) + " to " + f_dash(cert_end))
    d.p("ATTENDING PHYSICIAN:  Emeka Obiora, MD        NPI " + n_md)
    d.p("DIAGNOSES (ICD-10):  L89.153 Pressure ulcer of sacral region, stage 3;  E43 Unspecified severe protein-calorie "
        "malnutrition;")
    d.p("I69.354 Hemiplegia and hemiparesis following cerebral infarction affecting left non-dominant side")
    d.p("")
    d.p(("ORDERS", "bu"))
    d.p("SN 3w3, 2w6: sacral wound care — cleanse with NS, apply calcium alginate, cover with bordered foam, change "
        "every other day and PRN soiling (within the visits ordered); measure wound weekly; nutrition teaching.", after=0)
    d.p("MSW 1w2: community resources, caregiver support, long-term care planning.", after=0)
    d.p("PT 2w4: bed mobility, transfers, pressure relief; caregiver training.", after=0)
    d.p("HHA 3w9: bathing, repositioning assistance.")
    d.p(("GOALS", "bu"))
    d.p("1) Sacral wound from 4.2 x 3.1 x 0.8 cm to ≤ 2.0 x 1.5 x 0.3 cm by " + f_dash(g[2]) + ".", after=0)
    d.p("2) Son will reposition pt q2h and perform wound dressing correctly on return demonstration by " + f_dash(g[0]) + ".",
        after=0)
    d.p("3) Albumin ≥ 3.2 g/dL and weight gain of 3 lb by " + f_dash(g[2]) + ".", after=0)
    d.p("4) Bed-to-chair transfer with min assist of 1 by " + f_dash(g[1]) + ".")
    d.p("")
    d.p("Verbal order for SOC received " + f_dash(D(2026, 6, 12)) + " from Dr. Obiora by Pilar Mendez, RN.")
    d.p("Plan of care faxed to physician " + f_dash(soc) + " for signature; 2nd request faxed " + f_dash(D(2026, 6, 29)) + ".")
    d.p("")
    d.p("RN case manager: Pilar Mendez, RN, BSN   " + f_dash(soc))
    d.p("")
    d.p("Attending physician's signature: ____________________________     Date signed: __________")
    d.save("m36_plan.docx", "Plan of Treatment", "HVN")
    label("m36_plan.docx", "medicare-home-health", asof, gaps=[["signature-missing"]], notes=(
        "Gap: the attending physician's signature and date are blank lines; the plan was faxed for signature twice "
        "and only a verbal SOC order (taken by the RN) is recorded. The physician is named with credential and NPI in "
        "the heading lines. Layout: caps labels with double-space separators, underlined section words, numbered "
        "goals with closing parentheses."))


def m38():
    soc, cert_end, md, asof = D(2026, 10, 5), D(2026, 12, 3), D(2026, 10, 9), D(2026, 11, 2)
    hh_dates(soc, cert_end, md, asof)
    good = npi("147730625")
    bad = good[:-1] + str((int(good[-1]) + 3) % 10)
    assert npi_ok(good) and not npi_ok(bad)
    d = Docx(font="Calibri", size=11)
    d.p(("Plan of care", "b"), "  —  Gentle Harbor Home Health  —  Savannah, GA")
    d.p("Pt Hollis Beauregard  |  DOB 1/15/1947  |  MBI 6YC3-UM7-FE20  |  SOC " + f_short(soc), after=0)
    d.p("Cert period " + f_short(soc) + "-" + f_short(cert_end) + "  |  Physician Dr. Catalina Ruiz-Pemberton, MD, NPI " + bad)
    d.p("Dx: J44.1 COPD w/ (acute) exacerbation; I11.0 hypertensive heart disease w/ heart failure; I50.9 heart "
        "failure, unspecified; Z99.81 dependence on supplemental oxygen")
    d.p("Orders:", after=0)
    d.p("  SN 2w4, 1w5 — cardiopulm assessment, O2 sat, inhaler technique, med teaching, CHF/COPD action plan", after=0)
    d.p("  PT 2w4 — endurance, energy conservation, gait", after=0)
    d.p("  OT 1w4 — ADL retraining, adaptive equipment", after=0)
    d.p("  MSW 1w2 — community resources / long-term planning")
    d.p("Goals:", after=0)
    d.p("  Pt will be safer in the home.", after=0)
    d.p("  Improve endurance.", after=0)
    d.p("  Pt/CG will understand disease process and medications.", after=0)
    d.p("  Pt will have better breathing and stay out of the hospital.")
    d.p("Rehab potential: fair.  D/C plan: when goals met, to self-care w/ wife.")
    d.p("")
    d.p("Clinician: Juniper Calloway, RN — " + f_short(soc), after=0)
    d.p("Physician: C. Ruiz-Pemberton, MD — e-signed " + f_short(md))
    d.save("m38_plan.docx", "Plan of care", "GHHH")
    label("m38_plan.docx", "medicare-home-health", asof,
          gaps=[["goal-not-measurable"], ["identifier-invalid"]], notes=(
              "Gaps: (1) none of the four goals says what will be measured or the level to reach ('be safer', "
              "'improve endurance', 'understand', 'better breathing'); (2) the physician's NPI fails the check digit "
              "(warning). Layout: pipe-separated header lines, indented order and goal lines without bullets."))


def m39():
    soc, cert_end, md, asof = D(2026, 8, 17), D(2026, 10, 15), D(2026, 8, 21), D(2026, 9, 14)
    g = [D(2026, 9, 4), D(2026, 9, 18), D(2026, 10, 9)]
    hh_dates(soc, cert_end, md, asof, g)
    n_np = npi("159920384")
    d = Docx(font="Georgia", size=11)
    d.p(("Blue Ridge Therapy at Home", "b"), after=0)
    d.p("Home health therapy plan of care (therapy-only episode)", after=10)
    d.p("This plan is for Dorothea Vanlandingham, born April 2, 1936, Medicare beneficiary ID 3FK8-WA2-HM65, who "
        "started home health care on " + f_long(soc) + " after a left hip hemiarthroplasty for a femoral neck fracture. "
        "The certification period is " + f_long(soc) + " through " + f_long(cert_end) + ".")
    d.p("Diagnoses: S72.002D fracture of unspecified part of neck of left femur, subsequent encounter for closed "
        "fracture with routine healing; Z96.642 presence of left artificial hip joint; Z91.81 history of falling.")
    d.p("At the start of care Mrs. Vanlandingham walked 40 feet with a rolling walker and contact guard, needed "
        "moderate assistance for toilet transfers, and could not get into her walk-in shower. Her TUG was 31 seconds.")
    d.p(("What we will do", "b"))
    d.p("Physical therapy 3w2, 2w3, 1w3 for gait training, transfer training, hip precautions, strengthening and a "
        "home exercise program. Occupational therapy 2w3 for bathing/toileting ADLs, tub-transfer bench and raised "
        "toilet seat training.")
    d.p(("Goals", "b"))
    d.p("She will walk 150 feet with the rolling walker, modified independent, by " + f_long(g[1]) + ". ", after=0)
    d.p("She will transfer on and off the toilet independently with a raised seat by " + f_long(g[0]) + ". ", after=0)
    d.p("She will shower using the tub-transfer bench with supervision only by " + f_long(g[1]) + ". ", after=0)
    d.p("TUG will improve from 31 seconds to under 18 seconds by " + f_long(g[2]) + ".")
    d.p("Rehab potential is good. She will be discharged to outpatient PT or self-care once goals are met.")
    d.p("")
    d.p("Therapist: Augustin Pellerin, PT — " + f_long(soc))
    d.p("Certifying practitioner: Joanna Fritsch, FNP-C (nurse practitioner) — signed " + f_long(md) + " — NPI " + n_np)
    d.save("m39_plan.docx", "Therapy plan of care", "BRTH")
    label("m39_plan.docx", "medicare-home-health", asof, notes=(
        "Clean. Narrative letter-style plan: identification inside a prose sentence, orders and goals as sentences, "
        "certified by a nurse practitioner (FNP-C)."))


# =============================================================================================
# Substance use disorder programs (base-treatment-plan payer + state profiles)
# =============================================================================================
def m40():
    adm, plan, md, asof = D(2026, 4, 6), D(2026, 4, 10), D(2026, 4, 13), D(2026, 4, 27)
    assert days(adm, plan) <= NY_PLAN_DAYS and days(adm, md) <= NY_MD_DAYS
    sigdates_ok(plan, asof, plan, plan, md)
    n_md = npi("105548826")
    d = Docx(font="Calibri", size=10)
    d.header("Finger Lakes Recovery Center — OASAS-certified Inpatient Rehabilitation — Geneva, NY", size=8)
    d.footer(NOTICE42, size=7)
    d.p(("Individualized Treatment Plan", "bL"))
    d.p("Patient: Desmond A. Fairclough     DOB: 02/17/1979     Medicaid CIN: KT48201M", after=0)
    d.p("Admitted: " + f_us(adm) + "     Plan completed: " + f_us(plan) + "     Unit: Inpatient rehab (Cayuga)")
    d.p(("Diagnoses", "b"), after=0)
    d.p("F10.20 Alcohol dependence, uncomplicated", after=0)
    d.p("F12.10 Cannabis abuse, uncomplicated", after=0)
    d.p("F41.1 Generalized anxiety disorder")
    d.p(("Problem areas / goals / methods", "b"))
    rows = [["Problem area", "Goal", "Methods / approaches", "Who / how often"],
            ["1. Alcohol use: drank 12-15 beers daily x 3 yrs, 2 DWIs, withdrawal seizure 2024",
             "Desmond will complete inpatient rehab and leave with a written relapse-prevention plan and 3 sober supports "
             "identified",
             "Individual counseling (MI, CBT); relapse-prevention group; 12-step facilitation; naltrexone evaluation",
             "Primary counselor 2x/wk; groups daily; MD weekly"],
            ["2. Anxiety: worry and insomnia, uses alcohol to sleep",
             "GAD-7 from 16 to 10 or less before discharge",
             "CBT skills group; sleep hygiene; psychiatric consultation",
             "Groups 3x/wk; NP consult x1"],
            ["3. Legal / employment: license suspended, lost job 1/2026",
             "Attend court date 5/12 and complete DMV IDP referral; apply to 3 jobs or training programs before discharge",
             "Case management; vocational counseling",
             "Case manager 1x/wk"]]
    d.table(rows, header_bold=True, widths=[1.8, 1.9, 2.0, 1.3])
    d.p("")
    d.p("Patient participated in developing this plan: yes.   Discharge planning begins at admission; estimated "
        "length of stay 21-28 days.")
    d.p(("Signatures", "b"))
    d.p("Responsible clinical staff: Marisa Okafor-Drummond, CASAC   signed " + f_us(plan), after=0)
    d.p("Patient: Desmond A. Fairclough   signed " + f_us(plan), after=0)
    d.p("Physician review: Yusuf Karimov, MD   signed " + f_us(md) + "   NPI " + n_md)
    d.save("m40_plan.docx", "ITP", "FLRC")
    label("m40_plan.docx", "base-treatment-plan", asof, states=["ny-oasas-818"], notes=(
        "Clean (plan 4 days after admission, physician review 7 days after admission). Four-column problem/goal/"
        "methods/frequency table, 42 CFR Part 2 notice in the footer, 'Medicaid CIN' as member ID."))


def m41():
    adm, plan, md, asof = D(2026, 7, 13), D(2026, 7, 17), D(2026, 7, 26), D(2026, 8, 3)
    assert days(adm, plan) <= NY_PLAN_DAYS and days(adm, md) > NY_MD_DAYS
    sigdates_ok(plan, asof, plan, md)
    n_md = npi("117728340")
    d = Docx(font="Courier New", size=10)
    d.p("ST. BRENDAN'S HOUSE - INPATIENT REHABILITATION (OASAS PART 818)")
    d.p("TREATMENT PLAN")
    d.p("==============================================================")
    d.p("NAME: Lucinda Mae Harrow            DOB: 11-30-1991")
    d.p("MEDICAID #: RL55031P               ADMIT DATE: " + f_dash(adm))
    d.p("DATE OF PLAN: " + f_dash(plan))
    d.p("DSM-5/ICD-10: F11.20 Opioid use disorder, severe (opioid dependence, uncomplicated); F15.20 Other "
        "stimulant dependence, uncomplicated")
    d.p("--------------------------------------------------------------")
    d.p("PROBLEM 1  Opioid use - IV fentanyl daily, 2 overdoses (Narcan x2) in 2026.")
    d.p("   METHODS: buprenorphine induction and maintenance (MD); individual counseling 2x/wk; "
        "relapse prevention group daily; naloxone training before d/c.")
    d.p("PROBLEM 2  Methamphetamine use - 3-4 days/wk, paranoia when using.")
    d.p("   METHODS: contingency management; CBT group 3x/wk; psychiatric eval.")
    d.p("PROBLEM 3  Housing - was living in car; 2 children in kinship care with her mother.")
    d.p("   METHODS: case mgmt 1x/wk for supportive housing application; family session with mother 1x/wk.")
    d.p("--------------------------------------------------------------")
    d.p("Patient involvement: Lucinda helped identify the problems above and agrees with the plan.")
    d.p("")
    d.p("COUNSELOR:  Trevor Baptiste-Lowe, CASAC-T     " + f_dash(plan))
    d.p("PATIENT:    Lucinda Mae Harrow                " + f_dash(plan))
    d.p("PHYSICIAN:  Ingrid Solberg, DO  NPI " + n_md + "   reviewed & signed " + f_dash(md))
    d.save("m41_plan.docx", "TREATMENT PLAN", "SBH")
    label("m41_plan.docx", "base-treatment-plan", asof, states=["ny-oasas-818"],
          gaps=[["signature-late"], ["goal-missing"]], notes=(
              "Gaps: (1) physician review signed 07/26/2026, 13 days after the 07/13/2026 admission (due within 10); "
              "(2) the plan lists problems and methods but states no goals. Layout: monospaced typewriter-style "
              "plan with caps labels, '=' and '-' rules, indented 'METHODS:' lines."))


def m42():
    adm, plan, qp, asof = D(2026, 5, 4), D(2026, 5, 14), D(2026, 5, 19), D(2026, 6, 1)
    assert days(adm, plan) <= FL_DAYS["residential level 2"] and days(plan, qp) <= FL_QP_DAYS
    sigdates_ok(plan, asof, plan, plan, qp)
    tg = [D(2026, 5, 28), D(2026, 6, 11), D(2026, 6, 25), D(2026, 7, 9), D(2026, 7, 23)]
    assert min(tg) > plan
    d = Docx(font="Calibri", size=11)
    d.p(("Gulf Breeze Recovery Village", "b"), after=0)
    d.p("Licensed substance abuse treatment — Pensacola, FL")
    d.p(("Individualized Treatment Plan", "b"), align="c")
    d.p("Individual: Travis Okonjo-Bell        DOB: 3/3/1988        Medicaid ID: 9904417723", after=0)
    d.p("Level of care: Residential Level 2", after=0)
    d.p("Placement/admission: " + f_short4(adm) + "        Plan date: " + f_short4(plan))
    d.p("Dx: F15.20 Other stimulant dependence, uncomplicated (methamphetamine); F10.20 Alcohol dependence, uncomplicated")
    d.p("")
    d.p("Problem #1 — Methamphetamine and alcohol use", style="Heading 3")
    d.p("Goal: Travis will stay abstinent from all substances and build a recovery support network.")
    d.p("Objectives", after=0).runs[0].bold = True
    d.p("- Negative UDS on all random screens (at least 1x/week) through " + f_short4(tg[4]), after=0)
    d.p("- Identify 5 personal triggers and a written coping response for each in his relapse-prevention workbook by "
        + f_short4(tg[0]), after=0)
    d.p("- Attend 4 NA/AA meetings per week (signed sheets) and obtain a temporary sponsor by " + f_short4(tg[2]))
    d.p("Problem #2 — Anger / conflict with peers", style="Heading 3")
    d.p("Goal: Handle conflict without threats or fighting.")
    d.p("Objectives", after=0).runs[0].bold = True
    d.p("- 0 incident reports for verbal threats or physical aggression for 30 consecutive days by " + f_short4(tg[3]),
        after=0)
    d.p("- Demonstrate 3 de-escalation skills in role-play, rated correct by the group facilitator, by " + f_short4(tg[1]))
    d.p("Services (type / frequency)", style="Heading 3")
    d.p("Individual counseling 1x/week; group therapy 5x/week; anger management group 2x/week; case management "
        "1x/week; psychiatric/medical follow-up every 2 weeks; random UDS at least weekly.")
    d.p("")
    d.p("Individual signature: Travis Okonjo-Bell      Date: " + f_short4(plan), after=0)
    d.p("Staff signature: Kendra Villalobos, CAP (primary counselor)      Date: " + f_short4(plan), after=0)
    d.p("Qualified professional countersignature: Julian Esposito, PhD, LMHC   Date: "
        + f_short4(qp))
    d.save("m42_plan.docx", "Treatment plan", "GBRV")
    label("m42_plan.docx", "base-treatment-plan", asof, states=["fl-65d-30"], notes=(
        "Clean (residential level 2: plan 10 days after admission, due within 15; QP countersignature 5 days after "
        "the plan). Heading-3 problem titles, dash objectives with dates, services paragraph with frequencies."))


def m43():
    adm, plan, asof = D(2026, 9, 14), D(2026, 9, 21), D(2026, 10, 19)
    tg = [D(2026, 10, 16), D(2026, 11, 13)]
    assert min(tg) > plan and adm <= plan
    sigdates_ok(plan, asof, plan, plan)
    d = Docx(font="Arial", size=10)
    d.p(("SUNCOAST RECOVERY ASSOCIATES", "b"), "   ·   Sarasota, Florida")
    d.p("treatment plan", after=8).runs[0].italic = True
    d.p("Client     Ximena Castellano-Pratt", after=0)
    d.p("DOB        12/24/1996", after=0)
    d.p("Medicaid   3318820465", after=0)
    d.p("Admit      " + f_short4(adm), after=0)
    d.p("Plan       " + f_short4(plan))
    d.p("Dx  F11.20 opioid dependence, uncomplicated; F43.10 PTSD, unspecified")
    d.p("")
    d.p("Problem: opioid use (pills → fentanyl), overdose 8/2026; trauma hx.")
    d.p("Goal: Ximena will stay off opioids (buprenorphine is prescribed by her PCP, Dr. Lowry).")
    d.p("  Obj 1) take buprenorphine as prescribed with 100% of weekly pill/film counts correct by " + f_short4(tg[0]),
        after=0)
    d.p("  Obj 2) negative fentanyl screens on 8 consecutive weekly tests by " + f_short4(tg[1]), after=0)
    d.p("  Obj 3) identify 3 people she can call when she has cravings and call at least one of them 2x/week")
    d.p("Goal: fewer trauma symptoms interfering with recovery.")
    d.p("  Obj 1) PCL-5 from 51 to 40 or less by " + f_short4(tg[1]))
    d.p("")
    d.p("Services: individual counseling weekly (Seeking Safety), group 3x/week, peer support weekly.")
    d.p("")
    d.p("Client signature  Ximena Castellano-Pratt   " + f_short4(plan), after=0)
    d.p("Counselor  Roderick Ambrose, CAC   " + f_short4(plan))
    d.save("m43_plan.docx", "treatment plan", "SRA2")
    label("m43_plan.docx", "base-treatment-plan", asof, states=["fl-65d-30"],
          gaps=[["objective-not-time-bound"], ["field-missing"]], notes=(
              "Gaps: (1) objective 3 under the first goal (3 people to call when craving) has no date and its goal "
              "none either; (2) the plan never states the level of care (no program/level anywhere), which Florida's "
              "deadlines depend on. Layout: tab-aligned labels without colons, 'Obj n)' lines, services sentence."))


def m44():
    adm, plan, sup, md, review, asof = (D(2026, 2, 3), D(2026, 2, 24), D(2026, 3, 2), D(2026, 3, 5), D(2026, 5, 4),
                                        D(2026, 3, 20))
    assert days(adm, plan) <= CA_PLAN_DAYS and days(adm, review) <= CA_REVIEW_DAYS
    assert days(plan, sup) <= CA_SIGN_DAYS and days(plan, md) <= CA_SIGN_DAYS and asof < review
    sigdates_ok(plan, asof, plan, plan, sup, md)
    tg = [D(2026, 3, 24), D(2026, 4, 21), D(2026, 5, 19), D(2026, 4, 7)]
    assert min(tg) > plan
    n_md = npi("191182603")
    d = Docx(font="Calibri", size=10)
    d.header([("Mission Bay Narcotic Treatment Program", "b")], "Licensed NTP · San Diego, CA · DHCS", size=8)
    d.p(("MAINTENANCE TREATMENT PLAN — INITIAL", "bL"))
    d.table([["Patient", "Rafael Ibarra-Soto", "Pt ID", "MB-77104"],
             ["DOB", "07/12/1983", "Medi-Cal ID", "91477203A"],
             ["Admission (maintenance start)", f_us(adm), "Plan effective", f_us(plan)],
             ["Next plan update due", f_us(review), "Primary counselor", "Ana-Luisa Bermúdez, RADT-II"]],
            widths=[1.9, 1.6, 1.4, 2.0], bold_col0=True)
    d.p("")
    d.p("Diagnosis: F11.20 Opioid dependence, uncomplicated (OUD, severe).  Medication: methadone 85 mg daily.")
    d.p(("Long-term goal 1:", "b"), " Stop all illicit opioid use and stay on a stable methadone dose.")
    d.p("Short-term goals:", after=0)
    d.p("a) Rafael will give opiate- and fentanyl-negative urine samples on all random tests for 4 consecutive "
        "weeks by " + f_us(tg[1]) + ".", indent=0.3, after=0)
    d.p("b) He will attend dosing 6 of 7 days per week with 0 missed doses by " + f_us(tg[0]) + ".", indent=0.3)
    d.p(("Long-term goal 2:", "b"), " Regain steady employment.")
    d.p("Short-term goals:", after=0)
    d.p("a) Complete a vocational rehab intake and submit 3 job applications by " + f_us(tg[2]) + ".", indent=0.3, after=0)
    d.p("b) Obtain his California ID card (lost) by " + f_us(tg[3]) + ".", indent=0.3)
    d.p(("Services:", "b"), " methadone dosing daily (H0020); individual counseling 50 min 2x/month minimum; "
        "group counseling weekly; physician visit monthly.")
    d.p("")
    d.table([["Signed by", "Name / credential", "Date"],
             ["Patient", "Rafael Ibarra-Soto", f_us(plan)],
             ["Primary counselor", "Ana-Luisa Bermúdez, RADT-II", f_us(plan)],
             ["Supervising counselor (review)", "Geraldine Oyelowo, LAADC, CADC-III", f_us(sup)],
             ["Medical director (review)", "Samuel Whitford, MD  NPI " + n_md, f_us(md)]],
            header_bold=True, widths=[2.0, 3.2, 1.2])
    d.save("m44_plan.docx", "Maintenance plan", "MBNTP")
    label("m44_plan.docx", "base-treatment-plan", asof, states=["ca-title9-ntp"], notes=(
        "Clean (plan 21 days after admission; supervisor and medical director countersign 6 and 9 days after the plan; "
        "next update 90 days after admission). Identification table with the next update date, long-/short-term goal "
        "paragraphs with lettered short-term goals, signature table."))


def m45():
    adm, plan, sup, md, review, asof = (D(2026, 6, 1), D(2026, 6, 22), D(2026, 6, 26), D(2026, 6, 30),
                                        D(2026, 9, 29), D(2026, 7, 20))
    assert days(adm, plan) <= CA_PLAN_DAYS and days(adm, review) > CA_REVIEW_DAYS and days(plan, review) > CA_REVIEW_DAYS
    assert days(plan, sup) <= CA_SIGN_DAYS and days(plan, md) <= CA_SIGN_DAYS and asof < review
    sigdates_ok(plan, asof, plan, sup, md)
    tg = [D(2026, 7, 20), D(2026, 8, 17), D(2026, 9, 14)]
    assert min(tg) > plan
    n_md = npi("143309276")
    d = Docx(font="Calibri", size=11)
    d.p(("Central Valley Opioid Treatment Center — Fresno", "b"))
    d.p("Tx plan (initial maintenance)")
    d.p("Name: Harlan Quintero-Webb / DOB 4-9-1976 / Medi-Cal # 90338127F", after=0)
    d.p("Admitted to maintenance " + f_short(adm) + ". Plan date " + f_short(plan) + ".", after=0)
    d.p("Diagnosis: see physician's admission H&P (on file).")
    d.p("")
    d.p("Background: 50 y/o carpenter, heroin and fentanyl use since 2015 after a work injury, 3 prior detoxes, on "
        "methadone 60 mg, titrating.")
    d.p("")
    d.p("GOAL - no illicit opioid use.", after=0)
    d.p("   STG: UDS negative for opiates/fentanyl on all random tests for 30 consecutive days by " + f_short(tg[1]),
        after=0)
    d.p("   STG: reach a stable methadone dose with 0 withdrawal complaints (COWS < 5) by " + f_short(tg[0]))
    d.p("GOAL - get back to work.", after=0)
    d.p("   STG: meet with the union hiring hall and be placed on the out-of-work list by " + f_short(tg[2]))
    d.p("")
    d.p("Services: methadone daily (H0020); counseling 2x/month (50 min); group weekly.")
    d.p("Plan will be reviewed and updated by " + f_short(review) + ".")
    d.p("")
    d.p("Counselor - Yesenia Ortega-Blum, SUDCC   " + f_short(plan), after=0)
    d.p("Supervising counselor - Darnell Pryor, LAADC   " + f_short(sup), after=0)
    d.p("Medical director - Francesca Liang, MD   " + f_short(md) + "   NPI " + n_md, after=0)
    d.p("Patient - Harlan Quintero-Webb   " + f_short(plan))
    d.save("m45_plan.docx", "Tx plan", "CVOTC")
    label("m45_plan.docx", "base-treatment-plan", asof, states=["ca-title9-ntp"],
          gaps=[["review-interval-exceeded"], ["diagnosis-missing", "diagnosis-code-missing"]], notes=(
              "Gaps: (1) the plan is to be reviewed by 9/29/26, 120 days after the 6/1/26 admission (and 99 after the "
              "plan): more than 92 days; (2) no diagnosis is stated ('see physician's admission H&P'). Layout: "
              "slash-separated identification line, 'GOAL -' lines with indented 'STG:' lines, dash signature lines."))


def m46():
    plan, asof = D(2026, 10, 6), D(2026, 11, 9)
    tg = [D(2026, 10, 27), D(2026, 11, 17), D(2026, 12, 15), D(2027, 1, 4)]
    assert min(tg) > plan
    sigdates_ok(plan, asof, plan, plan)
    d = Docx(font="Calibri", size=11)
    d.p(("Lone Star Recovery Counseling — Outpatient Chemical Dependency Treatment", "b"), after=0)
    d.p("Abilene, TX", after=10)
    d.p("TREATMENT PLAN", after=6).runs[0].bold = True
    d.p("Client: Beaumont \"Bo\" Castellanos", after=0)
    d.p("Date of birth: Jan 3, 1990", after=0)
    d.p("Member ID: STAR-TX 620044817", after=0)
    d.p("Date of plan: " + f_abbr(plan))
    d.p("Diagnosis: Alcohol use disorder, severe; Cannabis use disorder, mild")
    d.p("Projected length of stay: 90 days (outpatient)")
    d.p("")
    d.p("Problem 1: Alcohol use — drinking a fifth of whiskey 4-5 nights a week; DWI 8/2026; court-ordered treatment.",
        after=0)
    d.p("Goal: Bo will maintain sobriety and complete probation requirements.", after=0)
    d.p("Objectives:", after=0)
    d.p("   1. Bo will have 0 positive breathalyzer or EtG results on random testing for 60 consecutive days by "
        + f_abbr(tg[3]) + ".", after=0)
    d.p("   2. Bo will attend 3 AA meetings per week and get the attendance card signed, starting by " + f_abbr(tg[0])
        + ".", after=0)
    d.p("   3. Bo will write a relapse-prevention plan listing 5 triggers and a response to each by " + f_abbr(tg[1]) + ".")
    d.p("")
    d.p("Problem 2: Cannabis use — daily use to sleep.", after=0)
    d.p("Goal: stop cannabis use.", after=0)
    d.p("Objectives:", after=0)
    d.p("   1. Negative THC screens on 4 consecutive weekly tests by " + f_abbr(tg[2]) + ".", after=0)
    d.p("   2. Bo will follow a written sleep routine (same bedtime, no screens after 10 pm) on 5 of 7 nights per week by "
        + f_abbr(tg[1]) + ".")
    d.p("")
    d.p("Client signature: Beaumont Castellanos    Date: " + f_us(plan), after=0)
    d.p("Counselor signature: Reyna Cavazos, LCDC    Date: " + f_us(plan))
    d.save("m46_plan.docx", "Treatment plan", "LSRC")
    label("m46_plan.docx", "base-treatment-plan", asof, states=["tx-26tac-564"],
          gaps=[["diagnosis-code-missing"], ["intervention-missing"]], unsure=["frequency-missing"], notes=(
              "Gaps: (1) the diagnoses are in words only, no ICD-10-CM codes; (2) no strategies, services or "
              "interventions are stated (only problems, goals and client objectives). Unsure: frequency-missing, which "
              "the documented rule leaves to intervention-missing when there is nothing to judge. Layout: plain "
              "paragraphs, 'Problem n:' lines with goal and numbered objectives."))


# =============================================================================================
# FHIR R4, C-CDA and native YAML plans
# =============================================================================================
import uuid

NS_UUID = uuid.UUID("5b1f2d3c-0000-4000-8000-000000000022")
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
MBI = "http://hl7.org/fhir/sid/us-mbi"
NPI_SYS = "http://hl7.org/fhir/sid/us-npi"


def uid(*parts):
    return "urn:uuid:" + str(uuid.uuid5(NS_UUID, "/".join(parts)))


def fhir_bundle(key, resources):
    entries = []
    for r in resources:
        full = uid(key, r["resourceType"], r["id"])
        entries.append({"fullUrl": full, "resource": r})
    return {"resourceType": "Bundle", "id": key, "type": "collection",
            "timestamp": "2026-01-01T09:00:00Z", "entry": entries}


def ref(key, rtype, rid):
    return {"reference": uid(key, rtype, rid)}


def practitioner(rid, given, family, cred, npi_):
    return {"resourceType": "Practitioner", "id": rid,
            "identifier": [{"system": NPI_SYS, "value": npi_}],
            "name": [{"family": family, "given": given, "suffix": [cred], "text": " ".join(given) + " " + family + ", " + cred}],
            "qualification": [{"code": {"text": cred}}]}


def condition(key, rid, code, display, recorded):
    c = {"resourceType": "Condition", "id": rid,
         "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
         "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "confirmed"}]},
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": "encounter-diagnosis"}]}],
         "code": {"coding": [{"system": ICD, "code": code, "display": display}], "text": display},
         "subject": ref(key, "Patient", "pt"), "recordedDate": recorded.isoformat()}
    return c


def goal(key, rid, text, due, start, measure=None, detail=None, addresses=None):
    g = {"resourceType": "Goal", "id": rid, "lifecycleStatus": "active",
         "achievementStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/goal-achievement", "code": "in-progress"}]},
         "description": {"text": text}, "subject": ref(key, "Patient", "pt"), "startDate": start.isoformat(),
         "target": [{"dueDate": due.isoformat()}]}
    if measure:
        g["target"][0]["measure"] = measure
    if detail:
        g["target"][0].update(detail)
    if addresses:
        g["addresses"] = [ref(key, "Condition", a) for a in addresses]
    return g


def provenance(key, rid, target_rid, signers):
    agents, sigs = [], []
    for role, prid, when in signers:
        agents.append({"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                            "code": role}]}, "who": ref(key, "Practitioner" if prid != "pt" else "Patient", prid)})
        sigs.append({"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1",
                               "display": "Author's Signature"}],
                     "when": when.isoformat() + "T12:00:00Z",
                     "who": ref(key, "Practitioner" if prid != "pt" else "Patient", prid),
                     "sigFormat": "image/jpeg", "data": "c2lnbmF0dXJl"})
    return {"resourceType": "Provenance", "id": rid, "target": [ref(key, "CarePlan", target_rid)],
            "recorded": max(w for _, _, w in signers).isoformat() + "T12:00:00Z", "agent": agents, "signature": sigs}


def write_json(name, obj):
    write_text(name, json.dumps(obj, indent=2, ensure_ascii=False) + "\n")


def m13():
    key = "m13"
    plan, end, asof = D(2026, 6, 1), D(2026, 11, 30), D(2026, 7, 6)
    assert end < add_months(plan, 12) and days(plan, asof) <= PSY_PLAN_AGE
    n = npi("124481930")
    due = [D(2026, 8, 31), D(2026, 9, 28), D(2026, 11, 30)]
    res = [
        {"resourceType": "Patient", "id": "pt", "identifier": [{"system": MBI, "value": "2GE7TJ4KP91"}],
         "name": [{"family": "Holloway-Baptiste", "given": ["Clementine"]}], "gender": "female", "birthDate": "1953-12-02"},
        practitioner("clin", ["Oksana"], "Dvorakova", "LICSW", n),
        condition(key, "dx1", "F33.1", "Major depressive disorder, recurrent, moderate", plan),
        condition(key, "dx2", "G47.00", "Insomnia, unspecified", plan),
        goal(key, "g1", "Reduce PHQ-9 from 16 to below 10", due[2], plan,
             measure={"coding": [{"system": "http://loinc.org", "code": "44261-6", "display": "PHQ-9 total score"}]},
             detail={"detailQuantity": {"value": 10, "comparator": "<", "unit": "{score}"}}, addresses=["dx1"]),
        goal(key, "g2", "Clementine will attend her church choir or another group activity at least 2 times per week",
             due[0], plan, addresses=["dx1"]),
        goal(key, "g3", "Sleep at least 6 hours on 5 of 7 nights per week on the sleep diary", due[1], plan,
             addresses=["dx2"]),
        {"resourceType": "ServiceRequest", "id": "sr1", "status": "active", "intent": "plan",
         "code": {"coding": [{"system": CPT, "code": "90834", "display": "Psychotherapy, 45 minutes with patient"}],
                  "text": "Individual psychotherapy (CBT, behavioral activation, CBT-I)"},
         "subject": ref(key, "Patient", "pt"), "requester": ref(key, "Practitioner", "clin"),
         "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": plan.isoformat(), "end": end.isoformat()},
                                         "frequency": 1, "period": 1, "periodUnit": "wk",
                                         "duration": 45, "durationUnit": "min"}},
         "reasonReference": [ref(key, "Condition", "dx1")]},
        {"resourceType": "CarePlan", "id": "cp", "status": "active", "intent": "plan",
         "title": "Outpatient psychotherapy treatment plan",
         "category": [{"text": "Behavioral health treatment plan"}],
         "subject": ref(key, "Patient", "pt"), "created": plan.isoformat(),
         "period": {"start": plan.isoformat(), "end": end.isoformat()},
         "author": ref(key, "Practitioner", "clin"),
         "addresses": [ref(key, "Condition", "dx1"), ref(key, "Condition", "dx2")],
         "goal": [ref(key, "Goal", g) for g in ("g1", "g2", "g3")],
         "activity": [{"reference": ref(key, "ServiceRequest", "sr1")}],
         "note": [{"text": "Expected duration 6 months. Client participated in the plan and agrees with it."}]},
        provenance(key, "prov", "cp", [("author", "clin", plan)]),
    ]
    write_json("m13_plan.json", fhir_bundle(key, res))
    label("m13_plan.json", "medicare-psychotherapy", asof, notes=(
        "Clean. FHIR R4 collection Bundle: Patient (MBI), Practitioner (NPI, LICSW), ICD-10-CM Conditions, three Goals "
        "with due dates, one ServiceRequest with weekly 45-minute timing, CarePlan with period, Provenance signature "
        "by the clinician."))


def m14():
    key = "m14"
    plan, end, asof = D(2026, 9, 14), D(2027, 3, 12), D(2026, 10, 19)
    assert end < add_months(plan, 12) and days(plan, asof) <= PSY_PLAN_AGE
    n = npi("136652089")
    due = [D(2026, 12, 14), D(2027, 1, 15), D(2027, 3, 12)]
    res = [
        {"resourceType": "Patient", "id": "pt", "identifier": [{"system": MBI, "value": "8NH3VD6WT24"}],
         "name": [{"family": "Ekwueme", "given": ["Augustine", "C."]}], "gender": "male", "birthDate": "1950-03-17"},
        practitioner("clin", ["Thaddeus"], "Rourke-Amani", "PhD", n),
        condition(key, "dx1", "F41.1", "Generalized anxiety disorder", plan),
        condition(key, "dx2", "F43.21", "Adjustment disorder with depressed mood", plan),
        goal(key, "g1", "Reduce GAD-7 from 15 to 7 or below", due[2], plan,
             measure={"coding": [{"system": "http://loinc.org", "code": "69737-5", "display": "GAD-7 total score"}]},
             detail={"detailQuantity": {"value": 7, "comparator": "<=", "unit": "{score}"}}, addresses=["dx1"]),
        goal(key, "g2", "Augustine will use paced breathing or a worry-postponement skill on at least 5 of 7 days per "
             "week, recorded in his log", due[0], plan, addresses=["dx1"]),
        goal(key, "g3", "Resume 2 retirement activities (woodshop club, grandchildren's games) at least once a week each",
             due[1], plan, addresses=["dx2"]),
        {"resourceType": "ServiceRequest", "id": "sr1", "status": "active", "intent": "plan",
         "code": {"coding": [{"system": CPT, "code": "90834", "display": "Psychotherapy, 45 minutes with patient"}],
                  "text": "Individual psychotherapy, CBT for GAD"},
         "subject": ref(key, "Patient", "pt"), "requester": ref(key, "Practitioner", "clin"),
         "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": plan.isoformat(), "end": end.isoformat()},
                                         "duration": 45, "durationUnit": "min"}},
         "note": [{"text": "45-minute sessions with Dr. Rourke-Amani."}]},
        {"resourceType": "CarePlan", "id": "cp", "status": "active", "intent": "plan",
         "title": "Psychotherapy plan of care", "subject": ref(key, "Patient", "pt"), "created": plan.isoformat(),
         "period": {"start": plan.isoformat(), "end": end.isoformat()},
         "author": ref(key, "Practitioner", "clin"),
         "addresses": [ref(key, "Condition", "dx1"), ref(key, "Condition", "dx2")],
         "goal": [ref(key, "Goal", g) for g in ("g1", "g2", "g3")],
         "activity": [{"reference": ref(key, "ServiceRequest", "sr1")}]},
        provenance(key, "prov", "cp", [("author", "clin", plan)]),
    ]
    write_json("m14_plan.json", fhir_bundle(key, res))
    label("m14_plan.json", "medicare-psychotherapy", asof, gaps=[["frequency-missing"]], notes=(
        "Gap: the only ServiceRequest gives a 45-minute session length and the plan period, but no frequency "
        "(no repeat.frequency/period, nothing in text). FHIR R4 collection Bundle like m13."))


def m37():
    key = "m37"
    soc, end, md, asof = D(2026, 11, 2), D(2026, 12, 31), D(2026, 11, 6), D(2026, 11, 30)
    hh_dates(soc, end, md, asof)
    n_rn, n_md = npi("182276405"), npi("118840253")
    due = [D(2026, 11, 23), D(2026, 12, 14), D(2026, 12, 28)]
    res = [
        {"resourceType": "Patient", "id": "pt", "identifier": [{"system": MBI, "value": "5RA9KC2YE73"}],
         "name": [{"family": "Mbatha-Lindqvist", "given": ["Thelonius"]}], "gender": "male", "birthDate": "1939-06-25"},
        practitioner("md", ["Priscilla"], "Achebe-Hartmann", "MD", n_md),
        practitioner("rn", ["Odalys"], "Fuentes", "RN", n_rn),
        condition(key, "dx1", "L97.412", "Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed", soc),
        condition(key, "dx2", "E11.621", "Type 2 diabetes mellitus with foot ulcer", soc),
        condition(key, "dx3", "Z79.4", "Long term (current) use of insulin", soc),
        goal(key, "g1", "Right heel ulcer will decrease from 2.5 x 2.0 cm to 1.0 x 1.0 cm or smaller", due[2], soc,
             addresses=["dx1"]),
        goal(key, "g2", "Caregiver (daughter) will perform the heel dressing change correctly on return demonstration",
             due[0], soc, addresses=["dx1"]),
        goal(key, "g3", "Fasting blood glucose 80-150 mg/dL on at least 5 of 7 days per log", due[1], soc,
             addresses=["dx2"]),
        {"resourceType": "ServiceRequest", "id": "sn", "status": "active", "intent": "order",
         "code": {"coding": [{"system": HCPCS, "code": "G0299", "display": "Direct skilled nursing services of a registered nurse (RN) in the home health setting"}],
                  "text": "Skilled nursing: wound care, diabetic teaching, insulin management"},
         "subject": ref(key, "Patient", "pt"), "requester": ref(key, "Practitioner", "md"),
         "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": soc.isoformat(), "end": end.isoformat()},
                                         "frequency": 3, "period": 1, "periodUnit": "wk"}, "code": {"text": "3w8"}}},
        {"resourceType": "ServiceRequest", "id": "pt1", "status": "active", "intent": "order",
         "code": {"coding": [{"system": HCPCS, "code": "G0151", "display": "Services performed by a qualified physical therapist in the home health setting"}],
                  "text": "Physical therapy: offloading gait training, transfers, home safety"},
         "subject": ref(key, "Patient", "pt"), "requester": ref(key, "Practitioner", "md"),
         "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": soc.isoformat(), "end": D(2026, 11, 29).isoformat()},
                                         "frequency": 2, "period": 1, "periodUnit": "wk"}, "code": {"text": "2w4"}}},
        {"resourceType": "CarePlan", "id": "cp", "status": "active", "intent": "plan",
         "title": "Home health plan of care", "subject": ref(key, "Patient", "pt"), "created": soc.isoformat(),
         "period": {"start": soc.isoformat(), "end": end.isoformat()},
         "author": ref(key, "Practitioner", "rn"),
         "contributor": [ref(key, "Practitioner", "md")],
         "addresses": [ref(key, "Condition", c) for c in ("dx1", "dx2", "dx3")],
         "goal": [ref(key, "Goal", g) for g in ("g1", "g2", "g3")],
         "activity": [{"reference": ref(key, "ServiceRequest", "sn")}, {"reference": ref(key, "ServiceRequest", "pt1")}],
         "note": [{"text": "Certification period " + soc.isoformat() + " to " + end.isoformat()
                   + ". Rehab potential good; discharge to self-care with daughter when wound healed."}]},
        provenance(key, "prov", "cp", [("author", "rn", soc), ("attester", "md", md)]),
    ]
    write_json("m37_plan.json", fhir_bundle(key, res))
    label("m37_plan.json", "medicare-home-health", asof, notes=(
        "Clean. FHIR R4 Bundle: HCPCS-coded ServiceRequests with weekly timing over the 60-day certification period, "
        "Goals with due dates, Provenance with the RN as author and the MD as attester (signed 4 days after SOC)."))


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def ts(d):
    return d.strftime("%Y%m%d")


def ccda(doc_id, title, eff, patient, author, legal, authenticators, period, sections):
    """A C-CDA R2.1 Care Plan document (templateId 2.16.840.1.113883.10.20.22.1.15)."""
    pt_given, pt_family, pt_birth, pt_gender, pt_id_root, pt_id = patient
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
         'xmlns:sdtc="urn:hl7-org:sdtc">',
         '  <realmCode code="US"/>',
         '  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>',
         '  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>',
         '  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>',
         f'  <id root="2.16.840.1.113883.19.5.99999.1" extension="{doc_id}"/>',
         '  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" displayName="Overall plan of care/advance care directives"/>',
         f'  <title>{xesc(title)}</title>',
         f'  <effectiveTime value="{ts(eff)}"/>',
         '  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>',
         '  <languageCode code="en-US"/>',
         '  <recordTarget><patientRole>',
         f'    <id root="{pt_id_root}" extension="{pt_id}"/>',
         f'    <patient><name><given>{xesc(pt_given)}</given><family>{xesc(pt_family)}</family></name>',
         f'      <administrativeGenderCode code="{pt_gender}" codeSystem="2.16.840.1.113883.5.1"/>',
         f'      <birthTime value="{pt_birth}"/></patient>',
         '  </patientRole></recordTarget>']

    def person(tag, p, inner_tag, with_sig=True):
        given, family, cred, npi_, when = p
        sig = '<signatureCode code="S"/>' if with_sig else ""
        return [f'  <{tag}>', f'    <time value="{ts(when)}"/>', f'    {sig}' if sig else "",
                f'    <{inner_tag}><id root="2.16.840.1.113883.4.6" extension="{npi_}"/>',
                f'      <assignedPerson><name><given>{xesc(given)}</given><family>{xesc(family)}</family>'
                f'<suffix qualifier="AC">{xesc(cred)}</suffix></name></assignedPerson>',
                f'    </{inner_tag}>', f'  </{tag}>']

    x += [ln for ln in person("author", author, "assignedAuthor", with_sig=False) if ln]
    x += ['  <custodian><assignedCustodian><representedCustodianOrganization>'
          '<id root="2.16.840.1.113883.19.5.99999.2"/><name>' + xesc(author[1]) + ' practice</name>'
          '</representedCustodianOrganization></assignedCustodian></custodian>']
    x += [ln for ln in person("legalAuthenticator", legal, "assignedEntity") if ln]
    for a in authenticators:
        x += [ln for ln in person("authenticator", a, "assignedEntity") if ln]
    x += ['  <documentationOf><serviceEvent classCode="PCPR">',
          f'    <effectiveTime><low value="{ts(period[0])}"/><high value="{ts(period[1])}"/></effectiveTime>',
          '  </serviceEvent></documentationOf>',
          '  <component><structuredBody>']
    for s in sections:
        x += ['    <component><section>', f'      <templateId root="{s["template"]}"/>',
              f'      <code code="{s["code"]}" codeSystem="2.16.840.1.113883.6.1" displayName="{xesc(s["title"])}"/>',
              f'      <title>{xesc(s["title"])}</title>', '      <text>']
        if s.get("table"):
            head, *rows = s["table"]
            x.append('        <table border="1"><thead><tr>' + "".join(f"<th>{xesc(h)}</th>" for h in head)
                     + '</tr></thead><tbody>')
            for r in rows:
                x.append('          <tr>' + "".join(f"<td>{xesc(c)}</td>" for c in r) + '</tr>')
            x.append('        </tbody></table>')
        for para in s.get("paras", []):
            x.append(f'        <paragraph>{xesc(para)}</paragraph>')
        x.append('      </text>')
        for e in s.get("entries", []):
            x.append('      ' + e)
        x.append('    </section></component>')
    x += ['  </structuredBody></component>', '</ClinicalDocument>', '']
    return "\n".join(x)


def cc_problem(i, code, display, when):
    return ('<entry><act classCode="ACT" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.22.4.3"/>'
            f'<id root="2.16.840.1.113883.19.5.99999.3" extension="c{i}"/><code code="CONC" codeSystem="2.16.840.1.113883.5.6"/>'
            '<statusCode code="active"/>'
            f'<effectiveTime><low value="{ts(when)}"/></effectiveTime>'
            '<entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN">'
            '<templateId root="2.16.840.1.113883.10.20.22.4.4"/>'
            f'<id root="2.16.840.1.113883.19.5.99999.4" extension="p{i}"/>'
            '<code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>'
            '<statusCode code="completed"/>'
            f'<effectiveTime><low value="{ts(when)}"/></effectiveTime>'
            f'<value xsi:type="CD" code="{code}" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" '
            f'displayName="{xesc(display)}"/>'
            '</observation></entryRelationship></act></entry>')


def cc_goal(i, text, due):
    return ('<entry><observation classCode="OBS" moodCode="GOL"><templateId root="2.16.840.1.113883.10.20.22.4.121"/>'
            f'<id root="2.16.840.1.113883.19.5.99999.5" extension="g{i}"/>'
            '<code code="58144-7" codeSystem="2.16.840.1.113883.6.1" displayName="Resident\'s overall goal established during assessment process"/>'
            '<statusCode code="active"/>'
            f'<effectiveTime><high value="{ts(due)}"/></effectiveTime>'
            f'<value xsi:type="ST">{xesc(text)}</value>'
            '</observation></entry>')


def cc_proc(i, code, system, display, text, start, end, per_value, per_unit, minutes=None):
    width = f'<width value="{minutes}" unit="min"/>' if minutes else ""
    return ('<entry><procedure classCode="PROC" moodCode="INT"><templateId root="2.16.840.1.113883.10.20.22.4.41"/>'
            f'<id root="2.16.840.1.113883.19.5.99999.6" extension="s{i}"/>'
            f'<code code="{code}" codeSystem="{system}" displayName="{xesc(display)}"/>'
            f'<text>{xesc(text)}</text>'
            '<statusCode code="active"/>'
            f'<effectiveTime xsi:type="IVL_TS"><low value="{ts(start)}"/><high value="{ts(end)}"/>{width}</effectiveTime>'
            f'<effectiveTime xsi:type="PIVL_TS" institutionSpecified="true" operator="A"><period value="{per_value}" unit="{per_unit}"/></effectiveTime>'
            '</procedure></entry>')


CPT_OID = "2.16.840.1.113883.6.12"


def m15():
    plan, end, asof = D(2026, 3, 23), D(2026, 9, 21), D(2026, 4, 27)
    assert end < add_months(plan, 12) and days(plan, asof) <= PSY_PLAN_AGE
    n = npi("153390417")
    due = [D(2026, 5, 29), D(2026, 7, 24), D(2026, 9, 18)]
    assert min(due) > plan
    clin = ("Corwin", "Abernathy-Soto", "LMFT", n, plan)
    sections = [
        {"template": "2.16.840.1.113883.10.20.22.2.58", "code": "75310-3", "title": "Health Concerns",
         "table": [["Concern", "ICD-10-CM", "Noted"],
                   ["Post-traumatic stress disorder (house fire 11/2025)", "F43.1", f_us(plan)],
                   ["Insomnia due to other mental disorder", "F51.05", f_us(plan)]],
         "entries": [cc_problem(1, "F43.1", "Post-traumatic stress disorder", plan),
                     cc_problem(2, "F51.05", "Insomnia due to other mental disorder", plan)]},
        {"template": "2.16.840.1.113883.10.20.22.2.60", "code": "61146-7", "title": "Goals",
         "table": [["Goal", "Target date"],
                   ["PCL-5 from 47 to below 31", f_us(due[2])],
                   ["Sleep 6 or more hours on 5 of 7 nights (sleep diary)", f_us(due[1])],
                   ["Cook a meal on the stove at least 3 times per week without leaving the kitchen", f_us(due[0])]],
         "entries": [cc_goal(1, "PCL-5 from 47 to below 31", due[2]),
                     cc_goal(2, "Sleep 6 or more hours on 5 of 7 nights (sleep diary)", due[1]),
                     cc_goal(3, "Cook a meal on the stove at least 3 times per week without leaving the kitchen", due[0])]},
        {"template": "2.16.840.1.113883.10.20.21.2.3", "code": "62387-6", "title": "Interventions",
         "table": [["Intervention", "Code", "Session length", "Frequency", "Through"],
                   ["Individual psychotherapy (prolonged exposure)", "90837", "60 minutes", "weekly", f_us(end)]],
         "paras": ["Expected duration: 6 months."],
         "entries": [cc_proc(1, "90837", CPT_OID, "Psychotherapy, 60 minutes with patient",
                             "Individual psychotherapy (prolonged exposure), 60 minutes, weekly", plan, end, 1, "wk", 60)]},
    ]
    xml = ccda("m15-cp-1", "Psychotherapy Care Plan", plan,
               ("Winona", "Redcloud-Ashby", "19560802", "F", "2.16.840.1.113883.4.927", "1WR6TE9HK08"),
               clin, clin, [], (plan, end), sections)
    write_text("m15_plan.xml", xml)
    label("m15_plan.xml", "medicare-psychotherapy", asof, gaps=[["diagnosis-code-not-billable"]], notes=(
        "Gap: the primary concern is coded F43.1, the ICD-10-CM category for PTSD (billable codes are F43.10-F43.12). "
        "C-CDA R2.1 Care Plan: Health Concerns, Goals and Interventions sections with narrative tables and entries; "
        "legalAuthenticator signature by the LMFT."))


def m31():
    ev, cert_end, md, asof = D(2026, 7, 20), D(2026, 10, 16), D(2026, 7, 28), D(2026, 8, 24)
    therapy_dates(ev, ev, cert_end, md, asof)
    sigdates_ok(ev, asof, ev, md)
    n_pt, n_md = npi("171106283"), npi("106627493")
    pt_ = ("Solveig", "Amundsen-Reyes", "PT, DPT", n_pt, ev)
    mdp = ("Cyrus", "Farahani", "MD", n_md, md)
    sections = [
        {"template": "2.16.840.1.113883.10.20.22.2.58", "code": "75310-3", "title": "Health Concerns",
         "table": [["Concern", "ICD-10-CM"],
                   ["Complete tear of right rotator cuff, nontraumatic (s/p repair 6/30/2026)", "M75.121"],
                   ["Encounter for other orthopedic aftercare (post-op rotator cuff repair)", "Z47.89"]],
         "paras": ["Initial evaluation and first treatment day: " + f_us(ev) + ". Plan of care established " + f_us(ev) + "."],
         "entries": [cc_problem(1, "M75.121", "Complete rotator cuff tear or rupture of right shoulder, not specified as traumatic", ev),
                     cc_problem(2, "Z47.89", "Encounter for other orthopedic aftercare", ev)]},
        {"template": "2.16.840.1.113883.10.20.22.2.60", "code": "61146-7", "title": "Goals",
         "table": [["Long-term goal", "Target date"],
                   ["R shoulder active flexion from 70 to 150 degrees", f_us(D(2026, 10, 12))],
                   ["Lift a 5 lb grocery bag to a shoulder-height shelf independently", f_us(D(2026, 10, 12))],
                   ["QuickDASH from 71 to 30 or below", f_us(D(2026, 10, 12))]],
         "entries": [cc_goal(1, "R shoulder active flexion from 70 to 150 degrees", D(2026, 10, 12)),
                     cc_goal(2, "Lift a 5 lb grocery bag to a shoulder-height shelf independently", D(2026, 10, 12)),
                     cc_goal(3, "QuickDASH from 71 to 30 or below", D(2026, 10, 12))]},
        {"template": "2.16.840.1.113883.10.20.21.2.3", "code": "62387-6", "title": "Interventions",
         "table": [["Intervention", "CPT", "Frequency", "Duration"],
                   ["Therapeutic exercise (post-op rotator cuff protocol)", "97110", "2x/week", "12 weeks"],
                   ["Manual therapy", "97140", "2x/week", "12 weeks"],
                   ["Therapeutic activities", "97530", "2x/week", "12 weeks"]],
         "paras": ["Physical therapy 2 times per week for 12 weeks (24 visits). Certification period "
                   + f_us(ev) + " to " + f_us(cert_end) + "."],
         "entries": [cc_proc(1, "97110", CPT_OID, "Therapeutic exercises", "Therapeutic exercise, 2x/week x 12 weeks",
                             ev, D(2026, 10, 12), 0.5, "wk"),
                     cc_proc(2, "97140", CPT_OID, "Manual therapy techniques", "Manual therapy, 2x/week x 12 weeks",
                             ev, D(2026, 10, 12), 0.5, "wk"),
                     cc_proc(3, "97530", CPT_OID, "Therapeutic activities", "Therapeutic activities, 2x/week x 12 weeks",
                             ev, D(2026, 10, 12), 0.5, "wk")]},
    ]
    xml = ccda("m31-poc-1", "Physical Therapy Plan of Care", ev,
               ("Ignacio", "Valderrama", "19480614", "M", "2.16.840.1.113883.4.927", "7TQ2HN5WD36"),
               pt_, pt_, [mdp], (ev, cert_end), sections)
    write_text("m31_plan.xml", xml)
    label("m31_plan.xml", "medicare-outpatient-therapy", asof, notes=(
        "Clean. C-CDA Care Plan from a PT practice: first treatment day in the Health Concerns narrative and as the "
        "service-event start, certification period as the service event, CPT interventions with 2x/week timing and "
        "12-week duration, therapist as legal authenticator and the MD as authenticator (8 days after evaluation)."))


def yaml_q(s):
    return json.dumps(s, ensure_ascii=False)


def m22():
    plan, asof = D(2026, 9, 21), D(2026, 10, 26)
    start, end, review = D(2026, 10, 1), D(2027, 3, 31), D(2027, 3, 15)
    vb, vin, dx_on = D(2026, 9, 2), D(2026, 9, 8), D(2025, 6, 18)
    psig = D(2026, 9, 22)
    aba_dates(plan, start, end, review, [vb, vin], asof, [plan, psig], dx_on)
    tg = [D(2026, 12, 18), D(2027, 1, 29), D(2027, 3, 12)]
    n = npi("163309752")
    y = f"""schema: authcheck-plan/1
# Sent by Tidewater ABA Collaborative; exported from the practice's intake tool.
patient: {{name: Kaia Moon-Delgado, birth_date: 2020-04-30, member_id: "CGN-556021843"}}
payer: Cigna-style commercial PPO
discipline: aba
plan_date: {plan}
period: {{start: {start}, end: {end}}}
providers:
  - {{name: Beatriz Halvorsen, credential: BCBA, npi: "{n}", role: clinician, organization: Tidewater ABA Collaborative}}
diagnoses:
  - {{code: F84.0, description: Autistic disorder, primary: true, diagnosed_by: "Leon Szabo, PhD", diagnosed_on: {dx_on}}}
assessments:
  - {{instrument: VB-MAPP, date: {vb}, scores: {{milestones: 52, barriers: 18}}, administered_by: "Beatriz Halvorsen, BCBA"}}
  - {{instrument: Vineland-3, date: {vin}, scores: {{ABC: 66}}, administered_by: "Beatriz Halvorsen, BCBA"}}
problems:
  - statement: Limited functional communication
    goals:
      - statement: Kaia will use 2-word phrases to request items and activities
        baseline: 1-word requests only, 0 two-word requests per session
        target: 20 two-word requests per 2-hour session
        mastery_criteria: 20 or more per session across 3 consecutive sessions
        target_date: {tg[1]}
  - statement: Aggression during transitions
    goals:
      - statement: Reduce biting and scratching during transitions from 6 per day to 1 or fewer per day
        baseline: 6 per day (10-day average)
        mastery_criteria: 1 or fewer per day for 10 consecutive days
        target_date: {tg[2]}
  - statement: Caregiver implementation
    goals:
      - domain: Caregiver training
        statement: Father will use the visual transition timer and first-then language at home with 90% fidelity
        baseline: 30% fidelity on the procedural checklist
        mastery_criteria: 90% fidelity on 3 consecutive observations
        target_date: {tg[0]}
services:
  - {{code: "97153", description: Adaptive behavior treatment by protocol, hours_per_week: 16}}
  - {{code: "97155", description: Adaptive behavior treatment with protocol modification, hours_per_week: 2}}
  - {{code: "97156", description: Family adaptive behavior treatment guidance, hours_per_week: 1}}
reviews:
  - {{kind: review, date: {review}, completed: false, by: "Beatriz Halvorsen, BCBA"}}
signatures:
  - {{role: clinician, name: Beatriz Halvorsen, credential: BCBA, npi: "{n}", date: {plan}, method: electronic}}
  - {{role: guardian, name: Rafael Delgado, date: {psig}, method: electronic}}
"""
    write_text("m22_plan.yaml", y)
    label("m22_plan.yaml", "commercial-aba", asof, notes=(
        "Clean. authcheck native YAML (schema authcheck-plan/1) with baselines, mastery criteria, target dates, a "
        "caregiver-training domain goal, hours per week by CPT code and a scheduled review 175 days after the plan."))


def m47():
    plan, asof = D(2026, 12, 7), D(2027, 1, 11)
    tg = [D(2027, 1, 4), D(2027, 1, 25), D(2027, 2, 22), D(2027, 3, 8)]
    assert min(tg) > plan
    sigdates_ok(plan, asof, plan, plan)
    y = f"""schema: authcheck-plan/1
patient: {{name: Marisela Ybarra-Coffey, birth_date: 1985-08-14, member_id: "TXM-704418265"}}
payer: Texas Medicaid managed care (STAR)
discipline: sud
program: Intensive outpatient chemical dependency treatment
level_of_care: intensive outpatient
admission_date: 2026-12-01
plan_date: {plan}
expected_duration: 90 days (projected length of stay)
diagnoses:
  - {{code: F10.20, description: "Alcohol dependence, uncomplicated", primary: true}}
  - {{code: F41.1, description: Generalized anxiety disorder}}
problems:
  - statement: Daily drinking, two alcohol-related ER visits in 2026
    goals:
      - statement: Marisela will stop drinking and build a sober support network
        objectives:
          - statement: Marisela will have negative EtG results on all weekly random tests for 8 consecutive weeks
            target_date: {tg[3]}
          - statement: Marisela will attend 3 mutual-support meetings per week and bring signed attendance sheets
            target_date: {tg[0]}
  - statement: Anxiety managed with alcohol
    goals:
      - statement: Use non-chemical coping skills for anxiety
        objectives:
          - statement: Marisela will list 4 anxiety triggers and practice 2 coping skills at least 5 days per week, logged
            target_date: {tg[1]}
          - statement: Reduce GAD-7 from 14 to 9 or below
            target_date: {tg[2]}
services:
  - {{code: H0015, description: Intensive outpatient group counseling (3 hours), frequency: 3x/week, amount: 3 hours}}
  - {{code: H0004, description: Individual counseling, frequency: weekly, amount: 4 units}}
signatures:
  - {{role: client, name: Marisela Ybarra-Coffey, date: {plan}, method: handwritten}}
  - {{role: clinician, name: Dominic Salazar-Pruitt, credential: LCDC, date: {plan}, method: handwritten}}
"""
    write_text("m47_plan.yaml", y)
    label("m47_plan.yaml", "base-treatment-plan", asof, states=["tx-26tac-564"], notes=(
        "Clean. authcheck native YAML for a Texas intensive outpatient chemical dependency plan: dated measurable "
        "objectives, services with frequency, projected length of stay, client and counselor signatures."))


# =============================================================================================
def main():
    for old in OUT.glob("m[0-9][0-9]_*"):
        old.unlink()
    builders = [m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19, m20,
                m21, m22, m23, m24, m25, m26, m27, m28, m29, m30, m31, m32, m33, m34, m35, m36, m37, m38, m39, m40,
                m41, m42, m43, m44, m45, m46, m47]
    for b in builders:
        b()
    files = sorted(WRITTEN)
    assert files == sorted(l["file"] for l in LABELS), "one label per plan"
    assert len(set(files)) == len(files)
    for i, f in enumerate(files, 1):
        assert f.startswith(f"m{i:02d}_plan."), f
    LABELS.sort(key=lambda l: l["file"])
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    clean = sum(1 for l in LABELS if not l["must_report"])
    print(f"wrote {len(files)} plans ({clean} clean) and labels.json to {OUT}")


if __name__ == "__main__":
    main()
