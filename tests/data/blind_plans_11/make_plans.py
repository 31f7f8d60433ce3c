#!/usr/bin/env python3
"""Blind test set 11 for authcheck: writes every plan file and labels.json into this folder.

Held out until scored: do not open when working on readers.

Everything here is invented (patients, clinicians, agencies, NPIs). Run with
/work/main/.venv/bin/python make_plans.py ; output is byte-stable.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
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
FIXED_DT = dt.datetime(2026, 1, 2, 8, 0, 0)
LABELS: list[dict] = []

# ---------------------------------------------------------------------------------------------
# Finding kinds each profile can report at error or warning (from `authcheck profiles show ID
# --resolved --format json` on the as-of dates used here; readability is info and never listed).
# ---------------------------------------------------------------------------------------------
BASE = {"date-inconsistent", "diagnosis-code-invalid", "diagnosis-code-missing",
        "diagnosis-code-not-billable", "diagnosis-missing", "field-missing", "identifier-invalid",
        "service-code-invalid"}
KINDS = {
    "base-treatment-plan": BASE,
    "medicare-psychotherapy": BASE | {"amount-missing", "credential-missing", "duration-exceeds-limit",
                                      "duration-missing", "frequency-missing", "goal-missing",
                                      "goal-not-measurable", "intervention-missing",
                                      "objective-not-measurable", "objective-not-time-bound",
                                      "plan-outdated", "signature-missing"},
    "medicare-outpatient-therapy": BASE | {"credential-not-permitted", "duration-missing",
                                           "frequency-missing", "goal-missing", "goal-not-measurable",
                                           "intervention-missing", "plan-late",
                                           "review-interval-exceeded", "review-overdue",
                                           "signature-late", "signature-missing"},
    "medicare-home-health": BASE | {"credential-not-permitted", "duration-missing", "frequency-missing",
                                    "goal-missing", "goal-not-measurable", "intervention-missing",
                                    "review-interval-exceeded", "review-overdue", "signature-missing"},
    "commercial-aba": BASE | {"amount-missing", "assessment-missing", "assessment-outdated",
                              "baseline-missing", "caregiver-goal-missing", "diagnosis-not-covered",
                              "duration-exceeds-limit", "goal-missing", "goal-not-measurable",
                              "goal-not-time-bound", "review-date-missing", "review-interval-exceeded",
                              "signature-missing"},
    "pa-55-5200": {"duration-missing", "field-missing", "goal-missing", "intervention-missing",
                   "objective-missing", "plan-late", "signature-missing"},
    "ny-oasas-818": {"diagnosis-missing", "field-missing", "goal-missing", "intervention-missing",
                     "plan-late", "signature-late", "signature-missing"},
    "fl-65d-30": {"field-missing", "frequency-missing", "goal-missing", "intervention-missing",
                  "objective-missing", "objective-not-measurable", "objective-not-time-bound",
                  "plan-late", "signature-late", "signature-missing"},
    "ca-title9-ntp": {"field-missing", "goal-missing", "objective-missing", "objective-not-time-bound",
                      "plan-late", "review-date-missing", "review-interval-exceeded", "review-overdue",
                      "signature-late", "signature-missing"},
    "tx-26tac-564": {"duration-missing", "frequency-missing", "goal-missing", "intervention-missing",
                     "objective-missing", "objective-not-measurable", "objective-not-time-bound",
                     "signature-missing"},
}


def label(file: str, payer: str, states: list[str], as_of: D, gaps: list[list[str]], notes: str,
          unsure: tuple[str, ...] = ()) -> None:
    kinds = set(KINDS[payer])
    for s in states:
        kinds |= KINDS[s]
    gap_kinds = {k for g in gaps for k in g}
    for g in gaps:
        assert any(k in kinds for k in g), (file, g)
    args = ["--payer", payer]
    for s in states:
        args += ["--state", s]
    args += ["--as-of", as_of.isoformat()]
    if unsure:
        notes += " Left out of must_not_report (unsure): " + ", ".join(sorted(unsure)) + "."
    LABELS.append({
        "file": file,
        "check_with": args,
        "must_report": gaps,
        "must_not_report": sorted(kinds - gap_kinds - set(unsure)),
        "notes": notes,
    })


# ---------------------------------------------------------------------------------------------
# Self-checks of dates against the profile numbers
# ---------------------------------------------------------------------------------------------
def days(a: D, b: D) -> int:
    return (b - a).days


def check(file: str, payer: str, states: list[str], as_of: D, gaps: list[list[str]], f: dict) -> None:
    """Assert that the plan's dates meet (or, for the gap, miss) every timing requirement."""
    g = {k for x in gaps for k in x}
    pd = f.get("plan")
    sigs = f.get("sigs", {})          # role -> date (None = undated)
    for role, sd in sigs.items():
        if sd is not None and "date-inconsistent" not in g:
            assert pd is None or sd >= pd, (file, role, "signature before plan")
            assert sd <= as_of, (file, role, "signature after as-of")
    for t in f.get("targets", []):
        if "date-inconsistent" not in g:
            assert pd is None or t > pd, (file, "target before plan", t)
    if f.get("admission") and pd:
        assert f["admission"] <= pd, file
    assert pd is None or pd <= as_of, (file, "plan after as-of")
    if payer == "medicare-psychotherapy":
        last = max([pd] + f.get("completed_reviews", []))
        assert (days(last, as_of) > 365) == ("plan-outdated" in g), file
        if "duration_days" in f:
            assert (f["duration_days"] >= 365) == ("duration-exceeds-limit" in g), file
    if payer == "medicare-outpatient-therapy":
        ft = f["first_tx"]
        assert pd <= ft or "plan-late" in g, file
        ps, pe = f["period"]
        span = days(ft, pe)
        assert (span > 90) == ("review-interval-exceeded" in g), (file, span)
        assert as_of <= pe, (file, "certification lapsed")
        md = sigs.get("physician")
        if md is not None:
            late = days(ft, md) > 30
            assert late == ("signature-late" in g), (file, days(ft, md))
    if payer == "medicare-home-health":
        ps, pe = f["period"]
        span = days(ps, pe)
        assert (span > 60) == ("review-interval-exceeded" in g), (file, span)
        assert ps <= as_of <= pe, (file, "outside certification period")
    if payer == "commercial-aba":
        ps, pe = f["period"]
        six = D(ps.year + (ps.month + 5) // 12, (ps.month + 5) % 12 + 1, ps.day)
        assert (pe > six) == ("duration-exceeds-limit" in g), (file, pe, six)
        rv = f["next_review"]
        assert (days(pd, rv) > 184) == ("review-interval-exceeded" in g), (file, days(pd, rv))
        a = f["assessment"]
        assert (days(a, pd) > 365) == ("assessment-outdated" in g), (file, days(a, pd))
        assert a <= as_of
    if "pa-55-5200" in states:
        assert (days(f["admission"], pd) > 30) == ("plan-late" in g), (file, days(f["admission"], pd))
    if "ny-oasas-818" in states:
        assert (days(f["admission"], pd) > 7) == ("plan-late" in g), file
        md = sigs["physician"]
        assert (days(f["admission"], md) > 10) == ("signature-late" in g), (file, days(f["admission"], md))
    if "fl-65d-30" in states:
        lim = f["fl_limit"]
        assert (days(f["admission"], pd) > lim) == ("plan-late" in g), (file, days(f["admission"], pd))
        qp = sigs.get("supervisor")
        if qp is not None:
            assert (days(pd, qp) > 10) == ("signature-late" in g), (file, days(pd, qp))
    if "ca-title9-ntp" in states:
        assert (days(f["admission"], pd) > 28) == ("plan-late" in g), file
        late = days(pd, sigs["physician"]) > 14 or days(pd, sigs["supervisor"]) > 14
        assert late == ("signature-late" in g), file
        rv = f["next_review"]
        assert (days(f["admission"], rv) > 92) == ("review-interval-exceeded" in g), file
        assert as_of <= rv, file


# ---------------------------------------------------------------------------------------------
# NPIs (Luhn over the 80840 prefix)
# ---------------------------------------------------------------------------------------------
def npi(base9: str) -> str:
    digits = [int(c) for c in "80840" + base9]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return base9 + str((10 - total % 10) % 10)


assert npi("123456789") == "1234567893"


def bad_npi(base9: str) -> str:
    good = npi(base9)
    return good[:-1] + str((int(good[-1]) + 3) % 10)


# ---------------------------------------------------------------------------------------------
# Date formats
# ---------------------------------------------------------------------------------------------
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]


def us(d: D) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def us1(d: D) -> str:
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def us4(d: D) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def iso(d: D) -> str:
    return d.isoformat()


def long(d: D) -> str:
    return f"{MONTH[d.month - 1]} {d.day}, {d.year}"


def dmy(d: D) -> str:
    return f"{d.day} {MONTH[d.month - 1]} {d.year}"


def abbr(d: D) -> str:
    return f"{MON[d.month - 1]} {d.day}, {d.year}"


def ehr(d: D) -> str:
    return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"


def dash(d: D) -> str:
    return f"{d.month:02d}-{d.day:02d}-{d.year}"


def dots(d: D) -> str:
    return f"{d.month:02d}.{d.day:02d}.{d.year}"


def plus(d: D, n: int) -> D:
    return d + dt.timedelta(days=n)


# ---------------------------------------------------------------------------------------------
# DOCX builder
# ---------------------------------------------------------------------------------------------
_MARK = re.compile(r"(\*\*.+?\*\*|\+\+.+?\+\+|~~.+?~~)")


class Doc:
    def __init__(self, font="Calibri", size=10, landscape=False, margin=0.9, author="Clinic staff"):
        self.d = Document()
        self.author = author
        st = self.d.styles["Normal"]
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
        sec = self.d.sections[0]
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = sec.page_height, sec.page_width
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Inches(margin))
        self._ids = 100

    # -- text ---------------------------------------------------------------------------------
    def runs(self, para, text, bold=False, italic=False, size=None, color=None, font=None):
        for part in _MARK.split(text):
            if not part:
                continue
            b, u, i = bold, False, italic
            if part.startswith("**") and part.endswith("**"):
                part, b = part[2:-2], True
            elif part.startswith("++") and part.endswith("++"):
                part, u = part[2:-2], True
            elif part.startswith("~~") and part.endswith("~~"):
                part, i = part[2:-2], True
            pieces = part.split("\t")
            for k, piece in enumerate(pieces):
                if k:
                    para.add_run().add_tab()
                if not piece:
                    continue
                r = para.add_run(piece)
                r.bold = b or None
                r.italic = i or None
                r.underline = u or None
                if size:
                    r.font.size = Pt(size)
                if color:
                    r.font.color.rgb = RGBColor.from_string(color)
                if font:
                    r.font.name = font
        return para

    def p(self, text="", bold=False, italic=False, size=None, align=None, style=None, color=None,
          after=None, before=None, indent=None, tabs=(), keep=None):
        para = self.d.add_paragraph(style=style)
        self.runs(para, text, bold, italic, size, color)
        if align:
            para.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                              "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        if after is not None:
            para.paragraph_format.space_after = Pt(after)
        if before is not None:
            para.paragraph_format.space_before = Pt(before)
        if indent is not None:
            para.paragraph_format.left_indent = Inches(indent)
        for pos in tabs:
            para.paragraph_format.tab_stops.add_tab_stop(Inches(pos))
        return para

    def h(self, text, level=1):
        return self.d.add_heading(text, level=level)

    def bullet(self, text, level=0, numbered=False):
        style = "List Number" if numbered else "List Bullet"
        if level:
            style += f" {level + 1}"
        return self.p(text, style=style)

    def brk(self):
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def rule(self):
        para = self.d.add_paragraph()
        ppr = para._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "444444")):
            b.set(qn(k), v)
        bdr.append(b)
        ppr.append(bdr)
        return para

    def shade_par(self, para, fill="D9D9D9"):
        ppr = para._p.get_or_add_pPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        ppr.append(shd)
        return para

    def bar(self, text, fill="1F3864", color="FFFFFF", size=None):
        para = self.p(text, bold=True, color=color, size=size, before=6)
        return self.shade_par(para, fill)

    # -- tables -------------------------------------------------------------------------------
    @staticmethod
    def shade(cell, fill):
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcpr.append(shd)

    def fill(self, cell, text, bold=False, size=None, italic=False):
        lines = text.split("\n") if text else [""]
        first = cell.paragraphs[0]
        self.runs(first, lines[0], bold=bold, size=size, italic=italic)
        for line in lines[1:]:
            self.runs(cell.add_paragraph(), line, bold=bold, size=size, italic=italic)

    def t(self, rows, style="Table Grid", widths=None, head=False, head_fill=None, first_col=False,
          col_fill=None, size=None, merges=(), container=None, align_center=False):
        ncols = max(len(r) for r in rows)
        parent = container if container is not None else self.d
        if container is not None:
            tbl = container.add_table(rows=len(rows), cols=ncols)
        else:
            tbl = self.d.add_table(rows=len(rows), cols=ncols)
        if style:
            tbl.style = self.d.styles[style]
        if align_center:
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        for (r1, c1, r2, c2) in merges:
            tbl.cell(r1, c1).merge(tbl.cell(r2, c2))
        done = {}   # id -> element; keeping the element alive keeps its id unique
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                if val is None:
                    continue
                cell = tbl.cell(ri, ci)
                if id(cell._tc) in done:
                    continue
                done[id(cell._tc)] = cell._tc
                b = (head and ri == 0) or (first_col and ci == 0)
                self.fill(cell, val, bold=b, size=size)
                if head and ri == 0 and head_fill:
                    self.shade(cell, head_fill)
                if first_col and ci == 0 and col_fill:
                    self.shade(cell, col_fill)
        if widths:
            for row in tbl.rows:
                for ci, w in enumerate(widths):
                    if ci < len(row.cells):
                        row.cells[ci].width = Inches(w)
        del parent
        return tbl

    def gap(self):
        return self.p("", after=2)

    # -- header / footer ------------------------------------------------------------------------
    def header(self, text, align="r", size=8, table=None, widths=None):
        hdr = self.d.sections[0].header
        para = hdr.paragraphs[0]
        if text:
            self.runs(para, text, size=size)
            para.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                              "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        if table:
            sec = self.d.sections[0]
            width = sec.page_width - sec.left_margin - sec.right_margin
            tbl = hdr.add_table(rows=len(table), cols=len(table[0]), width=width)
            tbl.style = self.d.styles["Table Grid"]
            for ri, row in enumerate(table):
                for ci, val in enumerate(row):
                    self.fill(tbl.cell(ri, ci), val, size=size)
        return hdr

    def footer(self, text, align="c", size=8, page=True):
        ftr = self.d.sections[0].footer
        para = ftr.paragraphs[0]
        self.runs(para, text, size=size)
        if page:
            r = para.add_run("   Page ")
            r.font.size = Pt(size)
            self._field(para, "PAGE", size)
            r = para.add_run(" of ")
            r.font.size = Pt(size)
            self._field(para, "NUMPAGES", size)
        para.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                          "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        return ftr

    @staticmethod
    def _field(para, instr, size):
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), instr)
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
        r.append(rpr)
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        para._p.append(fld)

    # -- Word features ----------------------------------------------------------------------------
    def _next_id(self):
        self._ids += 1
        return str(self._ids)

    def cc(self, para, text, alias, tag=None, bold=False):
        """Inline content control (structured document tag) holding `text`."""
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        a = OxmlElement("w:alias")
        a.set(qn("w:val"), alias)
        pr.append(a)
        tg = OxmlElement("w:tag")
        tg.set(qn("w:val"), tag or alias.lower().replace(" ", "_"))
        pr.append(tg)
        i = OxmlElement("w:id")
        i.set(qn("w:val"), self._next_id())
        pr.append(i)
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        r = OxmlElement("w:r")
        if bold:
            rpr = OxmlElement("w:rPr")
            rpr.append(OxmlElement("w:b"))
            r.append(rpr)
        t = OxmlElement("w:t")
        t.text = text
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        content.append(r)
        sdt.append(content)
        para._p.append(sdt)
        return sdt

    def block_cc(self, texts, alias):
        """Block-level content control wrapping whole paragraphs."""
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        a = OxmlElement("w:alias")
        a.set(qn("w:val"), alias)
        pr.append(a)
        i = OxmlElement("w:id")
        i.set(qn("w:val"), self._next_id())
        pr.append(i)
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        for text in texts:
            para = self.d.add_paragraph()
            self.runs(para, text)
            content.append(para._p)      # moves the paragraph into the control
        sdt.append(content)
        self.d.element.body.insert(len(self.d.element.body) - 1, sdt)
        return sdt

    def ins(self, para, text, author="J. Reviewer", when="2026-01-02T08:00:00Z", bold=False):
        el = OxmlElement("w:ins")
        el.set(qn("w:id"), self._next_id())
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), when)
        r = OxmlElement("w:r")
        if bold:
            rpr = OxmlElement("w:rPr")
            rpr.append(OxmlElement("w:b"))
            r.append(rpr)
        t = OxmlElement("w:t")
        t.text = text
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        el.append(r)
        para._p.append(el)
        return el

    def dele(self, para, text, author="J. Reviewer", when="2026-01-02T08:00:00Z"):
        el = OxmlElement("w:del")
        el.set(qn("w:id"), self._next_id())
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), when)
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText")
        t.text = text
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        el.append(r)
        para._p.append(el)
        return el

    def comment(self, para, text, author, initials, when=FIXED_DT):
        runs = para.runs
        c = self.d.add_comment(runs, text=text, author=author, initials=initials)
        c._comment_elm.date = when
        return c

    # -- save -------------------------------------------------------------------------------------
    def save(self, name, title="Treatment plan"):
        cp = self.d.core_properties
        cp.author = self.author
        cp.last_modified_by = self.author
        cp.title = title
        cp.created = FIXED_DT
        cp.modified = FIXED_DT
        cp.last_printed = FIXED_DT
        cp.revision = 1
        cp.comments = ""
        cp.subject = ""
        cp.keywords = ""
        buf = io.BytesIO()
        self.d.save(buf)
        write_stable_zip(OUT / name, buf.getvalue())


def write_stable_zip(path: Path, data: bytes) -> None:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 2, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def write_text(name: str, text: str) -> None:
    (OUT / name).write_text(text, encoding="utf-8", newline="\n")


def sigline(d: Doc, left: str, right: str = "", tab=4.2):
    return d.p(left + ("\t" + right if right else ""), tabs=(tab,))


# =============================================================================================
# medicare-psychotherapy (some with pa-55-5200)
# =============================================================================================
def t01():
    name = "t01_rural_clinic_depression.docx"
    as_of, intake, pd = D(2026, 3, 16), D(2026, 1, 6), D(2026, 1, 27)
    md = D(2026, 1, 29)
    tg = [D(2026, 4, 27), D(2026, 5, 25), D(2026, 7, 27)]
    x = Doc(font="Times New Roman", size=11, author="LFCC front desk")
    x.p("LAUREL FORK COUNSELING CENTER", bold=True, size=14, align="c", after=0)
    x.p("412 Mill Run Road  ~  Coalport, PA 16627  ~  (814) 555-0142", align="c", size=9, after=0)
    x.p("Outpatient Psychiatric Clinic – Licensed under 55 Pa. Code Chapter 5200", italic=True, align="c", size=9)
    x.rule()
    x.p("INDIVIDUAL TREATMENT PLAN", bold=True, size=13, align="c", before=4)
    x.p("Client Name: ++Earl D. Mumma++\tD.O.B.: ++07/14/1951++", tabs=(4.0,))
    x.p("Medicare #: ++5TN4-QX2-RA61++\tChart #: ++LF-20931++", tabs=(4.0,))
    x.p(f"Date of Intake: ++{us(intake)}++\tDate Plan Written: ++{us(pd)}++", tabs=(4.0,))
    x.p("Therapist: ++Rhonda Kitchell, M.A., LPC++   NPI ++" + npi("184027735") + "++")
    x.p("Insurance: ☒ Medicare B   ☐ Medical Assistance   ☐ Private   ☐ Self-pay")
    x.p("")
    x.p("**Reason for referral / presenting problem (in client's words):** \"Since my wife passed I don't "
        "want to get out of the chair. I quit going to the fire hall and I don't sleep right.\" "
        "Referred by PCP Dr. Amos Yoder after PHQ-9 of 19 at annual wellness visit.")
    x.p("**DIAGNOSIS (ICD-10):**  F33.1  Major depressive disorder, recurrent, moderate")
    x.p("")
    x.p("**PROBLEM #1:** Depressed mood, withdrawal from activities, poor sleep.", before=4)
    x.p("**Long Term Goal:** Earl will get back to the things he cares about (fire company auxiliary, "
        "church, visiting grandkids) with his mood in the mild range.", indent=0.3)
    x.p("**Short Term Objectives:**", indent=0.3)
    x.p(f"a)  Earl will lower his PHQ-9 score from 19 to 9 or below by {us(tg[1])}.", indent=0.6)
    x.p(f"b)  Earl will do at least 3 planned activities outside the house each week (activity log), by {us(tg[0])}.",
        indent=0.6)
    x.p("**Interventions:** Cognitive behavioral therapy with behavioral activation and activity scheduling; "
        "grief work.", indent=0.3)
    x.p("**PROBLEM #2:** Sleep disturbance.", before=4)
    x.p("**Long Term Goal:** Earl will sleep well enough to feel rested most mornings.", indent=0.3)
    x.p("**Short Term Objectives:**", indent=0.3)
    x.p(f"a)  Earl will sleep 6 or more hours on at least 5 of 7 nights per his sleep diary by {us(tg[2])}.",
        indent=0.6)
    x.p(f"b)  Earl will follow 4 of 5 sleep-hygiene steps he picks in session, checked weekly, by {us(tg[0])}.",
        indent=0.6)
    x.p("**Interventions:** CBT-I techniques (stimulus control, sleep restriction), sleep diary review.", indent=0.3)
    x.p("")
    x.p("**MODALITY / FREQUENCY:**  Individual psychotherapy (90834), 45 minute sessions, once a week.")
    x.p("**Medication:** Sertraline 100 mg per PCP. No psychiatric med management at LFCC at this time.")
    x.p("**Estimated length of treatment:**  6 months")
    x.p(f"**Plan to be reviewed by:**  {us(plus(pd, 90))}")
    x.p("**Discharge criteria:** PHQ-9 under 10 for two months running and client back in regular activities.")
    x.p("")
    x.p("I took part in writing this plan and I agree with it. I got a copy. I know I can ask for changes.",
        italic=True, size=9)
    x.t([["Signature", "Printed name / credentials", "Date"],
         ["/s/ Earl D. Mumma", "Earl D. Mumma (client)", us(pd)],
         ["/s/ Rhonda Kitchell", "Rhonda Kitchell, M.A., LPC (therapist)", us(pd)],
         ["/s/ S. Oduya", "Samir Oduya, MD (psychiatrist approval)", us(md)]],
        head=True, widths=[2.0, 3.2, 1.2])
    x.p("")
    x.p("Crisis: call or text 988, or Clearfield-Jefferson crisis line (814) 555-0199, 24/7.", size=8, italic=True)
    x.footer("LFCC form TP-1 (rev. 2019)", page=False)
    x.save(name)
    st = ["pa-55-5200"]
    f = dict(plan=pd, admission=intake, targets=tg, duration_days=183,
             sigs={"client": pd, "clinician": pd, "physician": md})
    check(name, "medicare-psychotherapy", st, as_of, [], f)
    label(name, "medicare-psychotherapy", st, as_of, [],
          "Clean. Homemade rural-clinic Word form: underlined fill-ins on tab-separated lines, "
          "lettered objectives under each problem, modality/frequency in one line, three-column signature table.")


def t02():
    name = "t02_telehealth_panic.docx"
    as_of, pd = D(2026, 5, 4), D(2026, 2, 9)
    tg = [D(2026, 4, 6), D(2026, 5, 4), D(2026, 6, 1)]
    x = Doc(font="Arial", size=10, author="BrightPath")
    x.p("BrightPath Virtual Therapy", bold=True, size=16, color="2E75B6", after=0)
    x.p("Telehealth-only practice · Licensed in PA, OH, WV · help@brightpath.example", size=8, color="7F7F7F")
    x.p("Care Plan", bold=True, size=13, before=6)
    x.t([["Client", "Marguerite (Peggy) Szalai"],
         ["Age", "71"],
         ["Insurance", "Medicare Part B — MBI 2QF8-WE3-KN70"],
         ["Location during sessions", "Client home, Steubenville OH (patient site); provider site Pittsburgh PA"],
         ["Plan created", long(pd)],
         ["Clinician", "Nadia Ferreira-Holt, LCSW · NPI " + npi("165392201")]],
        style="Light List Accent 1", widths=[1.8, 4.6], first_col=True)
    x.p("")
    x.p("What brings you here", bold=True, size=11, color="2E75B6")
    x.p("Peggy has had sudden panic episodes since a cardiology work-up in the fall (cardiac causes ruled "
        "out). She now avoids driving and the grocery store and has stopped her water aerobics class.")
    x.p("Diagnosis", bold=True, size=11, color="2E75B6")
    x.p("F41.0 — Panic disorder [episodic paroxysmal anxiety]")
    x.p("What we're working toward", bold=True, size=11, color="2E75B6")
    x.p("1. Peggy will be able to drive to the store and her class without panic getting in the way.")
    x.p(f"    ▸ Cut panic attacks from about 4 a week to 1 or fewer a week, tracked on the app log, by {us(tg[1])}.")
    x.p(f"    ▸ Drive alone to the grocery store (2 miles) at least twice a week by {us(tg[2])}.")
    x.p("2. Peggy will understand and ride out body sensations instead of fearing them.")
    x.p(f"    ▸ Bring her PDSS score from 15 down to 7 or below by {us(tg[2])}.")
    x.p(f"    ▸ Practise interoceptive exposure exercises on 5 of 7 days for 4 weeks in a row, by {us(tg[0])}.")
    x.p("How we'll get there", bold=True, size=11, color="2E75B6")
    x.p("Cognitive behavioral therapy for panic (psychoeducation, interoceptive and in-vivo exposure, "
        "cognitive restructuring). Sessions are by secure video, weekly. Planned course: 16 weeks, then "
        "we decide together whether to taper.")
    x.p("Telehealth notes", bold=True, size=11, color="2E75B6")
    x.p("If the video drops we will call you at the number on file. If you are in crisis, call 911 or 988. "
        "Late cancellations (under 24 hours) may be charged. Your emergency contact is on file.", size=9)
    x.p("")
    x.p(f"Electronically signed by Nadia Ferreira-Holt, LCSW on {iso(pd)} 16:42 ET", italic=True, size=9)
    x.p(f"Client acknowledged plan via patient portal on {iso(pd)} 18:05 ET", italic=True, size=9)
    x.save(name)
    gaps = [["amount-missing"], ["field-missing"]]
    f = dict(plan=pd, targets=tg, duration_days=112, sigs={"clinician": pd, "client": pd})
    check(name, "medicare-psychotherapy", [], as_of, gaps, f)
    label(name, "medicare-psychotherapy", [], as_of, gaps,
          "Gaps: the psychotherapy service has frequency (weekly) and duration (16 weeks) but no session "
          "length (amount-missing); the client's date of birth is not given, only age 71 (field-missing). "
          "Layout: consumer-style telehealth care plan, key/value table with 'Light List' style, friendly "
          "headings, objectives as arrow bullets, e-signature lines.")


def t03():
    name = "t03_ehr_printout_ptsd.docx"
    as_of, pd = D(2026, 6, 22), D(2026, 5, 5)
    tg = [D(2026, 7, 31), D(2026, 8, 28), D(2026, 10, 30)]
    x = Doc(font="Courier New", size=9, author="CERIDIAN-EHR")
    x.header("ALLEGHENY VALLEY HEALTH SYSTEM  |  BEHAVIORAL HEALTH OUTPATIENT  |  CONFIDENTIAL", align="c", size=7)
    x.footer(f"Printed {ehr(as_of)} 08:14 by KLOWRY (HIM)  -  Document ID BH-TXP-883120", size=7)
    x.t([["MONTOYA, RAYMOND A", "MRN: 004417731", "DOB: 03-Sep-1948 (77Y)", "Sex: M"],
         ["Enc: 7720019931", "Loc: AVH BH Clinic 3W", "Attending: Venkataraman, Priya", "FIN: 55012938"],
         ["Payer: MEDICARE PART B", "Subscriber ID: 9AX7WQ3TE22", "Plan: Traditional", "Rel: Self"]],
        size=8)
    x.p("")
    x.p("BEHAVIORAL HEALTH TREATMENT PLAN - INITIAL", bold=True, size=11)
    x.p(f"Plan Status: Signed          Plan Effective: {ehr(pd)}          Plan Type: Outpatient Psychotherapy")
    x.p("")
    x.p("DIAGNOSES (ICD-10-CM)", bold=True)
    x.t([["Rank", "Code", "Description", "Onset"],
         ["Primary", "F43.12", "Post-traumatic stress disorder, chronic", "1971"],
         ["Secondary", "F10.21", "Alcohol dependence, in remission", "1994"]], head=True, size=8)
    x.p("")
    x.p("PROBLEM LIST / GOALS / OBJECTIVES", bold=True)
    x.t([["#", "Problem", "Goal", "Objective", "Target", "Status"],
         ["1", "Intrusive combat memories, nightmares", "Reduce PTSD symptoms to a level that allows "
          "restful sleep and normal daily routine", "1a. PCL-5 total from 58 to below 33", ehr(tg[2]), "Active"],
         ["", "", "", "1b. Nightmares from 5/wk to 2/wk or fewer per sleep log", ehr(tg[1]), "Active"],
         ["2", "Avoidance; social isolation", "Re-engage with community and family",
          "2a. Attend VFW breakfast or church 2x/month (self-report, verified by spouse)", ehr(tg[0]), "Active"],
         ["", "", "", "2b. Complete 8 of 10 in-vivo exposure hierarchy steps", ehr(tg[2]), "Active"]],
        head=True, size=8, merges=[(1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2), (3, 0, 4, 0), (3, 1, 4, 1), (3, 2, 4, 2)])
    x.p("")
    x.p("ORDERS / INTERVENTIONS", bold=True)
    x.t([["Service", "CPT", "Minutes", "Frequency", "Responsible"],
         ["Individual psychotherapy - Cognitive Processing Therapy", "90837", "60", "Weekly", "Venkataraman, P PhD"],
         ["Psychotherapy for crisis (PRN)", "90839", "60", "PRN, max 2 per plan period", "Venkataraman, P PhD"]],
        head=True, size=8)
    x.p("")
    x.p("Anticipated duration of treatment: 20 sessions (approx. 6 months)")
    x.p(f"Next plan review due: {ehr(plus(pd, 90))}")
    x.p("Patient participation: Patient participated in plan development and verbalized agreement.")
    x.p("")
    x.p(f"Electronically signed: Priya Venkataraman, PhD, Licensed Psychologist  {ehr(pd)} 11:02", bold=True)
    x.p(f"Cosign: not required          Last updated by: VENKATARAMAN, PRIYA PhD  {ehr(pd)} 11:02")
    x.save(name)
    f = dict(plan=pd, targets=tg, duration_days=183, sigs={"clinician": pd})
    check(name, "medicare-psychotherapy", [], as_of, [], f)
    label(name, "medicare-psychotherapy", [], as_of, [],
          "Clean. Hospital EHR printout: monospaced, demographics grid with MRN/FIN/Subscriber ID, DD-Mon-YYYY "
          "dates, problem/goal/objective grid with vertically merged cells, orders table with minutes column, "
          "e-signature line. Crisis code 90839 is PRN with a limit of 2.")


def t04():
    name = "t04_veterans_community_care.docx"
    as_of, pd = D(2026, 4, 10), D(2026, 3, 2)
    tg = [D(2026, 5, 29), D(2026, 6, 30), D(2026, 8, 31)]
    x = Doc(font="Calibri", size=10, author="Tri-County Counseling")
    x.header("Community Care Network – Episode of Care", align="l", size=8)
    x.p("TRI-COUNTY COUNSELING ASSOCIATES, LLC", bold=True, size=12, align="c", after=0)
    x.p("Community Care Provider – Behavioral Health Treatment Plan", align="c", after=6)
    x.p("1.0  VETERAN / BENEFICIARY INFORMATION", bold=True)
    x.p("1.1  Name: Dwayne R. Tillotson")
    x.p("1.2  Date of birth: 11/02/1953")
    x.p("1.3  Medicare Beneficiary Identifier: 6MJ2-HT4-XY83   (dual: VA Community Care, Medicare primary for this service)")
    x.p("1.4  VA referral / SEOC #: VA0093312-BH-0147")
    x.p("2.0  PROVIDER", bold=True)
    x.p("2.1  Treating provider: Harold J. Baxter")
    x.p("2.2  Rendering NPI: " + bad_npi("130684945"))
    x.p("2.3  Practice: Tri-County Counseling Associates, 88 Depot St, Bluefield, WV 24701")
    x.p("3.0  DIAGNOSIS", bold=True)
    x.p("3.1  F43.10  Post-traumatic stress disorder, unspecified")
    x.p("3.2  F32.1   Major depressive disorder, single episode, moderate")
    x.p("4.0  PLAN ESTABLISHED", bold=True)
    x.p(f"4.1  Date: {us(pd)}")
    x.p("5.0  TREATMENT GOALS AND OBJECTIVES", bold=True)
    x.p("5.1  Goal: Veteran will manage trauma reminders without leaving the situation.")
    x.p(f"      5.1.1  Decrease PCL-5 from 51 to 38 or lower by {us(tg[1])}.")
    x.p(f"      5.1.2  Stay in a crowded store for 20 minutes with distress at 4/10 or lower, 3 times, by {us(tg[2])}.")
    x.p("5.2  Goal: Improve mood and daily functioning.")
    x.p(f"      5.2.1  PHQ-9 from 16 to 9 or below by {us(tg[2])}.")
    x.p(f"      5.2.2  Walk 20 minutes outside on 4 days each week, per weekly log, by {us(tg[0])}.")
    x.p("6.0  TREATMENT", bold=True)
    x.p("6.1  Type: Individual psychotherapy, Prolonged Exposure protocol (90837)")
    x.p("6.2  Amount: 60-minute sessions (PE imaginal sessions may run to 90 minutes)")
    x.p("6.3  Frequency: once weekly")
    x.p("6.4  Duration: 15 sessions / about 4 months (SEOC valid 180 days)")
    x.p("7.0  COORDINATION", bold=True)
    x.p("7.1  Copy of plan sent to VA Community Care office and to PCP at VAMC Beckley via HSRM.")
    x.p("8.0  SIGNATURE", bold=True)
    x.p(f"Signed: Harold J. Baxter\t{us(pd)}", tabs=(4.5,))
    x.p("______________________________________", after=0)
    x.p("Provider signature                                                        Date", size=8)
    x.save(name)
    gaps = [["credential-missing"], ["identifier-invalid"]]
    f = dict(plan=pd, targets=tg, duration_days=120, sigs={"clinician": pd})
    check(name, "medicare-psychotherapy", [], as_of, gaps, f)
    label(name, "medicare-psychotherapy", [], as_of, gaps,
          "Gaps: the only signature (Harold J. Baxter) carries no credential anywhere in the plan "
          "(credential-missing); the rendering NPI fails its check digit (identifier-invalid, a warning). "
          "Layout: decimal-numbered outline (1.0, 1.1, 5.1.1) like a government form, type/amount/frequency/"
          "duration on separate numbered lines.")


def t05():
    name = "t05_eating_disorder_program.docx"
    as_of, intake, pd = D(2026, 4, 20), D(2026, 1, 12), D(2026, 2, 23)
    tg = [D(2026, 4, 6), D(2026, 5, 18), D(2026, 6, 29)]
    md = D(2026, 2, 25)
    x = Doc(font="Segoe UI", size=9, landscape=True, margin=0.6, author="HEDOP")
    x.t([["HARBORVIEW EATING DISORDER OUTPATIENT PROGRAM\nInterdisciplinary Treatment Plan",
          "Patient: Lucinda Abernathy-Cole\nDOB: 04/30/1958   MBI: 3RX5-PD9-CK14\nMRN HV-77120"]],
        style=None, widths=[5.8, 3.6])
    x.p("")
    x.t([["Program admission / intake", us(intake), "Treatment plan date", us(pd)],
         ["Level of care", "Outpatient (OP) – 2 visits/week", "Review", "Every 30 days at team meeting"]],
        first_col=False, size=9)
    x.p("")
    x.p("Diagnoses: F50.011 Anorexia nervosa, restricting type, moderate (primary); "
        "F41.1 Generalized anxiety disorder", bold=True)
    x.p("")
    rows = [["Domain", "Problem", "Goal", "Measurable objective", "Target date", "Interventions / staff"],
            ["MEDICAL / WEIGHT", "BMI 16.1; orthostatic HR change 28 bpm", "Restore healthy weight",
             "BMI from 16.1 to at least 18.5, weighed weekly (blind weights)", us(tg[2]),
             "Weekly vitals & blind weight – RN; PCP labs monthly"],
            ["NUTRITION", "Skips lunch; 6 fear foods", "Eat regular balanced meals",
             "Complete 3 meals + 2 snacks on 6 of 7 days (meal log)", us(tg[0]),
             "Medical nutrition therapy – RD (97803)"],
            ["", "", "", "Eat 4 of 6 fear foods at a supported meal", us(tg[1]), "Exposure meals – RD/therapist"],
            ["PSYCHOLOGICAL", "Body checking; anxiety", "Reduce eating-disorder thinking",
             "EDE-Q global score from 4.2 to below 2.5", us(tg[2]), "CBT-E individual therapy (90837)"],
            ["", "", "", "Body checking from ~20/day to 5 or fewer/day (self-monitoring)", us(tg[1]),
             "Family session with spouse (90847)"]]
    x.t(rows, head=True, head_fill="DEEAF6", size=8,
        merges=[(2, 0, 3, 0), (2, 1, 3, 1), (2, 2, 3, 2), (4, 0, 5, 0), (4, 1, 5, 1), (4, 2, 5, 2)])
    x.p("")
    x.p("SERVICES AUTHORIZED UNDER THIS PLAN", bold=True)
    x.t([["Service", "Code", "Session length", "How often"],
         ["Individual psychotherapy (CBT-E)", "90837", "53–60 min", "1x per week"],
         ["Family psychotherapy with patient present", "90847", "50 min", "every other week"],
         ["Medical nutrition therapy", "97803", "30 min", "1x per week"]], head=True, size=8)
    x.p("Expected duration: 20 weeks, then step-down to monthly maintenance.")
    x.p("")
    x.t([["Team member", "Signature", "Date"],
         ["Patient", "Lucinda Abernathy-Cole", us(pd)],
         ["Primary therapist", "Colm Redding, LCSW", us(pd)],
         ["Registered dietitian", "Tova Ismail, RD, LDN", us(pd)],
         ["Psychiatrist (approves plan incl. psychotherapy)", "Ines Barragán, MD", us(md)]],
        head=True, head_fill="DEEAF6", size=8, widths=[3.2, 3.2, 1.4])
    x.save(name)
    st = ["pa-55-5200"]
    gaps = [["plan-late"]]
    f = dict(plan=pd, admission=intake, targets=tg, duration_days=140,
             sigs={"client": pd, "clinician": pd, "physician": md})
    check(name, "medicare-psychotherapy", st, as_of, gaps, f)
    label(name, "medicare-psychotherapy", st, as_of, gaps,
          f"Gap: intake {iso(intake)}, plan {iso(pd)} = {days(intake, pd)} days, beyond Pennsylvania's 30 "
          "(plan-late). Layout: landscape interdisciplinary matrix by domain with merged cells, header as a "
          "borderless two-cell table, services table, team signature table.")


def t06():
    name = "t06_prolonged_grief_narrative.docx"
    as_of, pd = D(2026, 2, 2), D(2026, 1, 13)
    tg = [D(2026, 4, 14), D(2026, 7, 14)]
    x = Doc(font="Garamond", size=12, author="Dr. Whitcombe")
    x.p("Eleanor Whitcombe, PsyD", bold=True, size=14, after=0)
    x.p("Licensed Psychologist (PA PS-018772)  ·  NPI " + npi("147902263"), size=9, after=0)
    x.p("The Carriage House, 19 Locust Lane, Doylestown PA 18901", size=9)
    x.rule()
    x.p(f"{long(pd)}", align="r")
    x.p("RE:  Treatment plan — Ms. Josephine Albrecht", bold=True)
    x.p("Date of birth 2/11/1944; Medicare MBI 8VE1-KR6-NJ27", size=10)
    x.p("")
    x.p("Ms. Albrecht is an 81-year-old widow seen for three evaluation sessions after the death of her "
        "husband of 58 years in late 2024. She continues to experience intense yearning, daily crying "
        "spells, and has not entered his study or sorted his belongings. She meets criteria for prolonged "
        "grief disorder (ICD-10-CM F43.81). There is no suicidal ideation; she has a supportive daughter "
        "nearby.", align="j")
    x.p("We agreed on the following goals. First, Ms. Albrecht will reduce her grief symptoms so that "
        f"they no longer dominate her days: her PG-13-R score will fall from 41 to below 30 by {long(tg[0])}, "
        "and crying spells will drop from daily to two or fewer per week as noted in her journal by the "
        f"same date. Second, she will re-engage with her own life: she will resume her Tuesday bridge group "
        f"at least twice a month and complete the sorting of two rooms of her husband's belongings by "
        f"{long(tg[1])}.", align="j")
    x.p("Treatment will be prolonged grief disorder therapy (PGDT) in individual psychotherapy "
        "(CPT 90834, 45-minute sessions) every other week. Given her pace and the anniversaries ahead, the "
        "estimated length of treatment is 15 months, through April 2027, with a formal review every six "
        "months.", align="j")
    x.p("")
    x.p("Diagnosis:  F43.81  Prolonged grief disorder", bold=True)
    x.p("")
    x.p("Respectfully,")
    x.p("/s/ Eleanor Whitcombe", italic=True, after=0)
    x.p(f"Eleanor Whitcombe, PsyD      Signed {us(pd)}")
    x.p("")
    x.p(f"Reviewed with and agreed by client: Josephine Albrecht  {us(pd)}", size=10)
    x.save(name)
    gaps = [["duration-exceeds-limit"]]
    f = dict(plan=pd, targets=tg, duration_days=456, sigs={"clinician": pd, "client": pd})
    check(name, "medicare-psychotherapy", [], as_of, gaps, f)
    label(name, "medicare-psychotherapy", [], as_of, gaps,
          "Gap: estimated length of treatment 15 months (through April 2027); NGS requires under one year "
          "(duration-exceeds-limit). Layout: solo-practice letter, goals and objectives written as running "
          "prose paragraphs with PG-13-R and counts, type/amount/frequency in one sentence.")


def t07():
    name = "t07_bipolar_med_and_therapy.docx"
    as_of, pd = D(2026, 6, 15), D(2025, 4, 28)
    tg = [D(2025, 7, 28), D(2025, 10, 27), D(2026, 1, 26)]
    x = Doc(font="Calibri", size=10, author="Keystone Integrated")
    x.p("Keystone Integrated Psychiatry", bold=True, size=13, after=0)
    x.p("Combined Psychiatric & Psychotherapy Treatment Plan", size=11, after=6)
    x.t([["Pt:", "Gideon Faulk", "DOB:", "12/19/1956"],
         ["Medicare ID:", "4HK9-TT1-MW52", "Plan date:", us(pd)],
         ["Prescriber:", "Tomasz Wieczorek, PMHNP-BC", "Therapist:", "Annika Lovell, LPC"]],
        style=None, first_col=True, widths=[1.2, 2.3, 1.0, 2.2])
    x.p("")
    x.p("Dx: F31.81 Bipolar II disorder; F41.1 Generalized anxiety disorder")
    x.p("")
    x.h("Goals", 2)
    x.p("G1  Mood stability so Gideon can keep his part-time job at the hardware store.")
    x.p(f"   O1.1  No missed work days due to mood symptoms for 8 consecutive weeks by {us(tg[1])}.", indent=0.2)
    x.p(f"   O1.2  Complete daily mood chart on at least 25 of 30 days, reviewed monthly, by {us(tg[0])}.", indent=0.2)
    x.p("G2  Less worry, better sleep.")
    x.p(f"   O2.1  GAD-7 from 14 to below 8 by {us(tg[2])}.", indent=0.2)
    x.p(f"   O2.2  Use a wind-down routine on 5 of 7 nights (sleep log) by {us(tg[0])}.", indent=0.2)
    x.h("Treatment", 2)
    x.t([["Service", "Code", "Amount", "Frequency", "By"],
         ["Medication management (E/M)", "99214", "25 min", "monthly", "T. Wieczorek, PMHNP-BC"],
         ["Psychotherapy add-on with E/M", "90833", "30 min", "monthly", "T. Wieczorek, PMHNP-BC"],
         ["Individual psychotherapy (IPSRT)", "90834", "45 min", "every 2 weeks", "A. Lovell, LPC"]],
        head=True, head_fill="E2EFD9")
    x.p("Expected duration: 9 months, then re-evaluate.")
    x.p("")
    x.p("Signatures", bold=True)
    x.p(f"Tomasz Wieczorek, PMHNP-BC  (e-signed {us(pd)})")
    x.p(f"Annika Lovell, LPC  (e-signed {us(pd)})")
    x.p(f"Patient: Gideon Faulk  (signed in office {us(pd)})")
    x.save(name)
    gaps = [["plan-outdated"]]
    f = dict(plan=pd, targets=tg, duration_days=275, sigs={"clinician": pd, "client": pd})
    check(name, "medicare-psychotherapy", [], as_of, gaps, f)
    label(name, "medicare-psychotherapy", [], as_of, gaps,
          f"Gap: plan dated {iso(pd)} with no later review is {days(pd, as_of)} days old on the as-of date, "
          "older than one year (plan-outdated). Layout: borderless demographics grid with 'Pt:' labels, "
          "G1/O1.1 numbering, services table mixing E/M and psychotherapy with amount column.")


def t08():
    name = "t08_caregiver_adjustment_family.docx"
    as_of, pd = D(2026, 3, 30), D(2026, 2, 17)
    tg = [D(2026, 5, 15), D(2026, 6, 30)]
    x = Doc(font="Cambria", size=10, author="Sunrise Senior Counseling")
    x.p("SUNRISE SENIOR COUNSELING — PLAN OF TREATMENT", bold=True, size=12)
    x.t([["Consumer", "Beatrix Holloway-Nunn", "Consumer #", "SSC-4410"],
         ["Birthdate", "08/08/1949", "Medicare MBI", "7CY3-GA2-RP64"],
         ["Plan begun", us(pd), "Clinician", "Wendell Oakes, LMFT"]], first_col=True, col_fill="F2F2F2")
    x.p("")
    x.p("Diagnostic impression", bold=True)
    x.p("F43.2   Adjustment disorders — following husband's diagnosis of Alzheimer's disease (G30.1, his chart)")
    x.p("Z63.6   Dependent relative needing care at home")
    x.p("")
    x.p("Modalities (check all that apply)", bold=True)
    x.p("☒ Individual psychotherapy 90834 — 45 min — weekly")
    x.p("☒ Family psychotherapy w/ consumer present 90847 — 50 min — twice monthly (with adult son)")
    x.p("☐ Group      ☐ Psychiatric evaluation      ☐ Medication management")
    x.p("")
    x.p("Goals", bold=True)
    x.bullet(f"Reduce caregiver distress: Zarit Burden Interview score from 46 to 30 or lower (Target: {us(tg[1])})")
    x.bullet(f"Set up respite: adult day program or in-home aide at least 2 days/week (Target: {us(tg[0])})")
    x.bullet(f"Sleep: 6+ hours on 5 of 7 nights by sleep log (Target: {us(tg[0])})")
    x.bullet(f"Family: son takes over 2 named caregiving tasks each week, confirmed in family session (Target: {us(tg[1])})")
    x.p("")
    x.p("Anticipated duration: 5 months")
    x.p("")
    x.t([["Consumer signature", "Date", "Clinician signature", "Date"],
         ["Beatrix Holloway-Nunn", us(pd), "Wendell Oakes, LMFT", us(pd)]], head=True)
    x.save(name)
    gaps = [["diagnosis-code-not-billable"]]
    f = dict(plan=pd, targets=tg, duration_days=150, sigs={"clinician": pd, "client": pd})
    check(name, "medicare-psychotherapy", [], as_of, gaps, f)
    label(name, "medicare-psychotherapy", [], as_of, gaps,
          "Gap: primary diagnosis written as F43.2, an ICD-10-CM category heading (needs F43.20-F43.25) "
          "(diagnosis-code-not-billable). The husband's G30.1 is mentioned as context only. Layout: "
          "'Consumer' labels, checkbox modality list with code-length-frequency dashes, goals as bullets "
          "that are themselves the measurable targets (no separate objectives).")


def t09():
    name = "t09_mco_outpatient_treatment_report.docx"
    as_of, pd = D(2026, 8, 10), D(2026, 7, 20)
    start, end = D(2026, 7, 27), D(2027, 1, 26)
    tg = [D(2026, 10, 26), D(2027, 1, 25)]
    x = Doc(font="Arial", size=9, author="KeystoneCare Advantage")
    x.header("KeystoneCare Advantage (HMO-POS)  ·  Behavioral Health Utilization Management  ·  Fax 1-800-555-0177",
             align="c", size=7)
    x.p("OUTPATIENT TREATMENT REPORT / REQUEST FOR CONTINUED AUTHORIZATION", bold=True, size=11, align="c")
    x.p("This form may be used as the treatment plan of record. Complete all fields. Incomplete forms will be returned.",
        italic=True, size=7, align="c")
    x.t([["1. Member name\nVivienne Castellanos", "2. Member ID\nKCA-338104772", "3. Date of birth\n01/23/1955"],
         ["4. Provider name / credential\nKeisha Monroe-Bell, PsyD", "5. Provider NPI\n" + npi("159920374"),
          "6. Tax ID\n**-***4471"],
         ["7. Date of this treatment plan\n" + us(pd), "8. Date of first visit\n" + us(D(2026, 6, 29)),
          "9. Level of care\nOutpatient"]], size=8)
    x.p("")
    x.p("10. Diagnoses (ICD-10-CM, list primary first)", bold=True)
    x.t([["Code", "Description"], ["F33.0", "Major depressive disorder, recurrent, mild"],
         ["F41.1", "Generalized anxiety disorder"]], head=True, size=8)
    x.p("11. Current symptoms / functional impairment (check)", bold=True)
    x.p("☒ Depressed mood   ☒ Anxiety/worry   ☐ Psychosis   ☒ Sleep   ☐ SI/HI   ☒ Social withdrawal   ☐ Substance use",
        size=8)
    x.p("12. Requested services", bold=True)
    x.t([["CPT", "Service", "Sessions", "Session length", "Frequency", "From", "To"],
         ["90837", "Individual psychotherapy", "12", "55 min", "2x per month", us(start), us(end)]], head=True, size=8)
    x.p("13. Measurable treatment goals (goal, objective, target date)", bold=True)
    x.p(f"Goal A — Member will return to her volunteer work at the library.", size=9)
    x.p(f"   A.1 PHQ-9 from 13 to 5 or below by {us(tg[1])}.", size=9)
    x.p(f"   A.2 Volunteer at least 1 shift (3 hrs) per week by {us(tg[0])}.", size=9)
    x.p(f"Goal B — Member will keep worry from stopping her day.", size=9)
    x.p(f"   B.1 GAD-7 from 12 to below 6 by {us(tg[1])}.", size=9)
    x.p(f"   B.2 Use worry-time technique on 5 of 7 days (log) by {us(tg[0])}.", size=9)
    x.p("14. Interventions: CBT, behavioral activation, worry exposure, relapse-prevention plan.", size=9)
    x.p("15. Estimated discharge date / duration: 6 months (by " + us(end) + ")", size=9)
    x.p("")
    x.t([["16. ATTESTATION: I attest that the information above is accurate, that the member participated in "
          "developing this plan, and that services are medically necessary.\n\n"
          f"Provider signature: /s/ Keisha Monroe-Bell, PsyD          Date: {us(pd)}"]], size=8)
    x.p("")
    x.p("For plan use only:  Auth # ____________   Approved units ______   Reviewer ______", size=7, color="808080")
    x.save(name)
    f = dict(plan=pd, targets=tg, duration_days=183, sigs={"clinician": pd})
    check(name, "medicare-psychotherapy", [], as_of, [], f)
    label(name, "medicare-psychotherapy", [], as_of, [],
          "Clean. Medicare Advantage plan's numbered-box authorization form that doubles as the plan: label "
          "and value in the same cell separated by a line break, services table with From/To, attestation box "
          "holding the signature, empty 'for plan use' line.")


def t10():
    name = "t10_fhir_psychotherapy.json"
    as_of, pd = D(2026, 5, 18), D(2026, 3, 9)
    end = D(2026, 9, 8)
    tg = [D(2026, 6, 8), D(2026, 9, 7)]
    clin_npi = npi("162230785")
    bundle = {
        "resourceType": "Bundle", "id": "tp-ruiz-2026", "type": "collection",
        "timestamp": f"{iso(pd)}T15:20:00-05:00",
        "entry": [
            {"fullUrl": "urn:uuid:pt-1", "resource": {
                "resourceType": "Patient", "id": "pt-1",
                "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": "1NW3HK8TD45",
                                "type": {"text": "Medicare Beneficiary Identifier"}},
                               {"system": "urn:oid:2.16.840.1.113883.3.7788.1", "value": "MRN-0092231"}],
                "name": [{"family": "Ruiz-Bastida", "given": ["Orlando", "J."]}],
                "gender": "male", "birthDate": "1950-10-05"}},
            {"fullUrl": "urn:uuid:pr-1", "resource": {
                "resourceType": "Practitioner", "id": "pr-1",
                "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": clin_npi}],
                "name": [{"family": "Adeyemi", "given": ["Folake"], "suffix": ["LCSW"]}],
                "qualification": [{"code": {"text": "LCSW"}}]}},
            {"fullUrl": "urn:uuid:cond-1", "resource": {
                "resourceType": "Condition", "id": "cond-1",
                "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                               "code": "active"}]},
                "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                          "code": "problem-list-item"}]}],
                "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F41.1",
                                     "display": "Generalized anxiety disorder"}]},
                "subject": {"reference": "urn:uuid:pt-1"}, "recordedDate": iso(pd)}},
            {"fullUrl": "urn:uuid:goal-1", "resource": {
                "resourceType": "Goal", "id": "goal-1", "lifecycleStatus": "active",
                "description": {"text": "Orlando will reduce worry so he can resume driving to see his grandchildren; "
                                        "GAD-7 from 16 to below 8."},
                "subject": {"reference": "urn:uuid:pt-1"},
                "target": [{"measure": {"text": "GAD-7 total score"},
                            "detailRange": {"high": {"value": 7}}, "dueDate": iso(tg[1])}],
                "addresses": [{"reference": "urn:uuid:cond-1"}]}},
            {"fullUrl": "urn:uuid:goal-2", "resource": {
                "resourceType": "Goal", "id": "goal-2", "lifecycleStatus": "active",
                "description": {"text": "Orlando will drive alone to his daughter's house (12 miles) at least once a week."},
                "subject": {"reference": "urn:uuid:pt-1"},
                "target": [{"measure": {"text": "independent drives per week"},
                            "detailQuantity": {"value": 1, "comparator": ">=", "unit": "per week"},
                            "dueDate": iso(tg[0])}]}},
            {"fullUrl": "urn:uuid:sr-1", "resource": {
                "resourceType": "ServiceRequest", "id": "sr-1", "status": "active", "intent": "order",
                "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90834",
                                     "display": "Psychotherapy, 45 minutes with patient"}],
                         "text": "Individual psychotherapy (CBT for GAD)"},
                "subject": {"reference": "urn:uuid:pt-1"},
                "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": iso(pd), "end": iso(end)},
                                                "frequency": 1, "period": 1, "periodUnit": "wk",
                                                "duration": 45, "durationUnit": "min"}},
                "requester": {"reference": "urn:uuid:pr-1"},
                "reasonReference": [{"reference": "urn:uuid:cond-1"}]}},
            {"fullUrl": "urn:uuid:cp-1", "resource": {
                "resourceType": "CarePlan", "id": "cp-1", "status": "active", "intent": "plan",
                "title": "Outpatient psychotherapy treatment plan",
                "subject": {"reference": "urn:uuid:pt-1"},
                "period": {"start": iso(pd), "end": iso(end)}, "created": iso(pd),
                "author": {"reference": "urn:uuid:pr-1"},
                "addresses": [{"reference": "urn:uuid:cond-1"}],
                "goal": [{"reference": "urn:uuid:goal-1"}, {"reference": "urn:uuid:goal-2"}],
                "activity": [{"reference": {"reference": "urn:uuid:sr-1"}}],
                "note": [{"text": "Expected duration 6 months. Plan reviewed with patient, who agrees."}]}},
            {"fullUrl": "urn:uuid:prov-1", "resource": {
                "resourceType": "Provenance", "id": "prov-1",
                "target": [{"reference": "urn:uuid:cp-1"}], "recorded": f"{iso(pd)}T15:18:00-05:00",
                "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                                "code": "author"}]},
                           "who": {"reference": "urn:uuid:pr-1", "display": "Folake Adeyemi, LCSW"}}],
                "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1",
                                         "display": "Author's Signature"}],
                               "when": f"{iso(pd)}T15:18:00-05:00",
                               "who": {"reference": "urn:uuid:pr-1", "display": "Folake Adeyemi, LCSW"},
                               "sigFormat": "image/jpeg", "data": "c2lnbmF0dXJl"}]}},
        ]}
    write_text(name, json.dumps(bundle, indent=2) + "\n")
    f = dict(plan=pd, targets=tg, duration_days=183, sigs={"clinician": pd})
    check(name, "medicare-psychotherapy", [], as_of, [], f)
    label(name, "medicare-psychotherapy", [], as_of, [],
          "Clean. FHIR R4 collection Bundle: Patient (MBI), Practitioner (NPI, LCSW), Condition (ICD-10-CM), "
          "two Goals with targets and due dates, ServiceRequest with Timing (weekly, 45 min, bounds), CarePlan "
          "with period, and a Provenance carrying the author's signature.")


def t11():
    name = "t11_hoarding_tracked_changes.docx"
    as_of, intake, pd = D(2026, 7, 6), D(2026, 5, 19), D(2026, 6, 8)
    tg = [D(2026, 8, 31), D(2026, 10, 30), D(2026, 12, 7)]
    x = Doc(font="Calibri", size=10, author="Ridge & Valley BH")
    x.header("Ridge & Valley Behavioral Health — Lewistown Clinic", align="l", size=8)
    x.p("Treatment Plan", bold=True, size=16, after=0)
    x.p("Individual served: Cornelius T. Vanderpool        Record # RV-55812", after=0)
    x.p("Date of birth: 06/06/1952        Medicare: 5EW2-UN7-QJ38        Intake: " + us(intake))
    x.p("Plan date: " + us(pd) + "        Clinician: Rosalind Achterberg, LCSW")
    x.p("")
    x.p("Diagnosis: F42.3 Hoarding disorder; F33.1 Major depressive disorder, recurrent, moderate")
    x.h("Goal 1 — Safe, usable home", 2)
    x.p(f"Objective 1a. Clear 3 of 5 rooms to the point that each can be used for its purpose (Clutter Image "
        f"Rating 3 or lower), photographed monthly, by {us(tg[2])}.")
    x.p(f"Objective 1b. Discard or donate at least 10 items per week in home sessions, by {us(tg[0])}.")
    x.p("Interventions: CBT for hoarding (Steketee & Frost), home-based sorting sessions, motivational interviewing.")
    x.h("Goal 2 — Mood", 2)
    x.p(f"Objective 2a. PHQ-9 from 15 to 9 or below by {us(tg[1])}.")
    x.p(f"Objective 2b. Leave the house for a planned activity 3 times per week (log) by {us(tg[0])}.")
    x.p("Interventions: behavioral activation; coordination with PCP on antidepressant.")
    x.h("Services", 2)
    para = x.p("Individual psychotherapy 90837, 60 minutes, ")
    x.dele(para, "every other week", author="M. Trostle, LCSW, Clinical Director", when="2026-06-09T10:12:00Z")
    x.ins(para, "weekly", author="M. Trostle, LCSW, Clinical Director", when="2026-06-09T10:12:00Z")
    x.runs(para, ", alternating office and home visits.")
    x.comment(para, "Weekly is needed for the home sorting work - changed after case consult.", "M. Trostle", "MT")
    x.p("Expected duration of treatment: 6 months (through " + us(tg[2]) + ").")
    x.p("Next treatment plan update: " + us(plus(pd, 90)))
    x.h("Signatures", 2)
    x.p(f"Individual served: Cornelius T. Vanderpool\tDate: {us(pd)}", tabs=(4.5,))
    x.p(f"Clinician: Rosalind Achterberg, LCSW\tDate: {us(pd)}", tabs=(4.5,))
    sig = x.p("Psychiatrist / APP approval: ______________________________\tDate: __________", tabs=(4.5,))
    x.comment(sig, "Routed to Dr. Hsu 6/9 for approval - not back yet.", "R. Achterberg", "RA")
    x.save(name)
    st = ["pa-55-5200"]
    gaps = [["signature-missing"]]
    f = dict(plan=pd, admission=intake, targets=tg, duration_days=182, sigs={"client": pd, "clinician": pd})
    check(name, "medicare-psychotherapy", st, as_of, gaps, f)
    label(name, "medicare-psychotherapy", st, as_of, gaps,
          "Gap: the psychiatrist/advanced-practice approval required by 55 Pa. Code 5200.31 for a plan with "
          "psychotherapy is a blank line (signature-missing); a comment says it was routed. Layout: "
          "'Individual served' labels, Word heading styles per goal, the frequency is a tracked change "
          "(deleted 'every other week', inserted 'weekly'), two Word comments.")


# =============================================================================================
# medicare-outpatient-therapy
# =============================================================================================
def t12():
    name = "t12_lymphedema_cdt.docx"
    as_of, ev = D(2026, 3, 9), D(2026, 2, 2)
    cert = (ev, D(2026, 4, 30))
    md = D(2026, 2, 10)
    x = Doc(font="Calibri", size=10, author="Mercy Lymphedema Clinic")
    x.p("Mercy Outpatient Rehabilitation — Lymphedema & Oncology Rehab", bold=True, size=12, color="7030A0")
    x.p("LYMPHEDEMA EVALUATION & PLAN OF CARE (Complete Decongestive Therapy)", bold=True)
    x.t([["Patient", "Rosalie Brandt-Okafor", "MBI", "2FT6-JD9-RC31"],
         ["DOB", "05/17/1954", "Referring MD", "Adaeze Okonkwo-Reyes, MD"],
         ["Evaluation date (1st visit)", us(ev), "Certification period", f"{us(cert[0])} – {us(cert[1])}"]],
        first_col=True, col_fill="EDE7F6")
    x.p("")
    x.p("Medical diagnosis: I97.2 Postmastectomy lymphedema syndrome (L mastectomy + ALND 2019). "
        "Treatment diagnosis: I89.0 Lymphedema, not elsewhere classified.")
    x.p("History: progressive L arm swelling x 8 months; heaviness; unable to wear wedding ring or fit "
        "blouse sleeve. No active cancer; no DVT (duplex 01/2026 negative). Stemmer sign negative L hand.")
    x.p("Circumferential measurements (cm, every 4 cm from ulnar styloid)", bold=True)
    x.t([["Site", "R (uninvolved)", "L (involved)", "Diff"],
         ["Wrist", "15.5", "17.0", "+1.5"], ["+8 cm", "19.0", "22.5", "+3.5"],
         ["+16 cm", "23.5", "28.0", "+4.5"], ["+24 cm", "27.0", "32.5", "+5.5"],
         ["Volume (truncated cone)", "1,612 mL", "2,063 mL", "+28%"]], head=True, size=9)
    x.p("LLIS score 38/92. QuickDASH 45.5.")
    x.p("")
    x.p("GOALS", bold=True)
    x.p("Short-term (4 weeks):")
    x.p("1. Limb volume difference from 28% to 18% or less.", indent=0.3)
    x.p("2. Patient will apply multilayer short-stretch bandaging to L arm independently with correct "
        "gradient on 3 consecutive checks.", indent=0.3)
    x.p("Long-term (8 weeks):")
    x.p("3. Limb volume difference 10% or less, maintained with daytime compression garment.", indent=0.3)
    x.p("4. Patient independent in home program (self-MLD, exercises, skin care) per return demonstration.", indent=0.3)
    x.p("5. QuickDASH from 45.5 to 25 or lower; able to lift 10 lb grocery bag with L arm.", indent=0.3)
    x.p("")
    x.p("PLAN", bold=True)
    x.t([["Intervention", "CPT", "Units/visit"],
         ["Manual lymphatic drainage / manual therapy", "97140", "2"],
         ["Compression bandaging application", "29584", "1"],
         ["Therapeutic exercise (decongestive)", "97110", "1"],
         ["Self-care / home management training", "97535", "1"]], head=True, size=9)
    x.p("Frequency: 3x/week for 4 weeks (intensive phase), then 2x/week for 4 weeks (transition).")
    x.p("Duration: 8 weeks.  Garment fitting at week 4.")
    x.p("Rehab potential: good.")
    x.p("")
    x.p(f"Therapist: Marisol Quintanar, OTR/L, CLT-LANA     NPI {npi('171145302')}     Date {us(ev)}")
    x.p("")
    x.t([["PHYSICIAN CERTIFICATION — I have reviewed this plan of care and certify that the services are "
          "medically necessary and furnished while the patient is under my care.",
          f"Adaeze Okonkwo-Reyes, MD\nNPI {npi('188230917')}\nSigned {us(md)}"]], widths=[4.6, 2.0])
    x.save(name)
    f = dict(plan=ev, first_tx=ev, period=cert, sigs={"clinician": ev, "physician": md})
    check(name, "medicare-outpatient-therapy", [], as_of, [], f)
    label(name, "medicare-outpatient-therapy", [], as_of, [],
          "Clean. Lymphedema CDT evaluation/plan: demographics grid with shaded label column, girth "
          "measurement table, STG/LTG numbered by time frame, units-per-visit table, tapering frequency "
          "sentence, certification statement and signature in a two-cell table.")


def t13():
    name = "t13_vestibular_rehab_late_cert.docx"
    as_of, ev = D(2026, 4, 27), D(2026, 2, 16)
    cert = (ev, D(2026, 5, 16))
    md = D(2026, 4, 2)
    x = Doc(font="Helvetica", size=10, author="BalancePoint PT")
    x.p("BalancePoint Physical Therapy · Vestibular & Balance Center", bold=True, size=12)
    x.p(f"PT Initial Evaluation and Plan of Care          Date of service: {us(ev)}", size=9)
    x.p("Name: Theodora Pappas      DOB: 09/09/1947      Medicare #: 8PK4-WN1-EA67      Acct: BP-30221", size=9)
    x.rule()
    x.p("Dx: H81.13 Benign paroxysmal vertigo, bilateral; R42 Dizziness and giddiness; Z91.81 History of falling")
    x.p("S: Spinning with rolling in bed and looking up x 3 months; 2 falls (no injury). Lives alone, "
        "2-story home.")
    x.p("O:")
    x.t([["Test", "Result"], ["Dix-Hallpike", "+ R posterior canal (upbeating torsional nystagmus 20 s)"],
         ["Roll test", "negative"], ["Dizziness Handicap Inventory (DHI)", "58/100"],
         ["Functional Gait Assessment (FGA)", "16/30"], ["Timed Up and Go", "15.8 s"],
         ["Canalith repositioning", "Epley R performed today; tolerated"]], head=True, size=9)
    x.p("A: Findings consistent with R posterior canal BPPV with secondary deconditioning and fall risk.")
    x.p("P:")
    x.t([["Goals", "Time frame"],
         ["STG 1: Negative R Dix-Hallpike (no nystagmus or vertigo) on 2 consecutive visits", "3 weeks"],
         ["STG 2: TUG under 13.5 s", "4 weeks"],
         ["LTG 1: DHI from 58 to 30 or below", "8 weeks"],
         ["LTG 2: FGA from 16/30 to 23/30 or better (reduced fall risk)", "8 weeks"],
         ["LTG 3: Pt independent with home habituation/gaze-stability program (return demo)", "8 weeks"]],
        head=True, size=9)
    x.p("Treatment: canalith repositioning (95992), neuromuscular re-education / balance training (97112), "
        "therapeutic exercise (97110), gait training (97116), home program instruction.")
    x.p("Frequency 2x/wk   Duration 8 wks   Cert period " + us(cert[0]) + " to " + us(cert[1]))
    x.p(f"Therapist: Gwendolyn Aske, PT, DPT, NCS    {us(ev)}")
    x.p("")
    x.p("PHYSICIAN/NPP CERTIFICATION OF PLAN OF CARE", bold=True)
    x.p("I certify the need for these services furnished under this plan of treatment while under my care.", size=9)
    x.t([["Physician signature", "Printed name", "NPI", "Date"],
         ["Lionel Vasquez-Pratt", "Lionel Vasquez-Pratt, DO", npi("140917736"), us(md)]], head=True, size=9)
    x.p("☐ Approve with the following changes: __________________________", size=9)
    x.save(name)
    gaps = [["signature-late"]]
    f = dict(plan=ev, first_tx=ev, period=cert, sigs={"clinician": ev, "physician": md})
    check(name, "medicare-outpatient-therapy", [], as_of, gaps, f)
    label(name, "medicare-outpatient-therapy", [], as_of, gaps,
          f"Gap: evaluation/first treatment {iso(ev)}, certification signed {iso(md)}, {days(ev, md)} days later, "
          "beyond 30 (signature-late, a warning since 2025). Layout: SOAP-format evaluation, goals table with "
          "'Time frame' column only (weeks), frequency/duration/cert period on one line, certification table.")


def t14():
    name = "t14_dysphagia_slp_no_duration.docx"
    as_of, ev = D(2026, 10, 19), D(2026, 9, 8)
    cert = (ev, D(2026, 12, 6))
    md = D(2026, 9, 15)
    x = Doc(font="Calibri", size=10, author="St. Brendan Outpatient Rehab")
    x.header("St. Brendan Regional Medical Center — Outpatient Speech-Language Pathology", align="c", size=8)
    x.footer("SLP POC v4  CONFIDENTIAL PATIENT INFORMATION", size=7)
    x.p("SPEECH-LANGUAGE PATHOLOGY PLAN OF CARE — DYSPHAGIA", bold=True, size=12, align="c")
    x.t([["Patient name:", "Augustin Delacroix-Moss", "Start of care:", us(ev)],
         ["Date of birth:", "03/30/1941", "Cert from:", us(cert[0])],
         ["HICN/MBI:", "9GR2-TC5-HW48", "Cert through:", us(cert[1])],
         ["Physician:", "Hana Kobayashi-Reid, MD", "Onset:", "08/21/2026 (L MCA CVA)"]], style=None,
        first_col=False, size=9)
    x.p("")
    x.p("Diagnoses: I69.391 Dysphagia following cerebral infarction; R13.12 Dysphagia, oropharyngeal phase.")
    x.p("Instrumental: MBSS 09/03/2026 — delayed swallow initiation, penetration with thin liquids "
        "(PAS 5), vallecular residue with solids. Current diet: IDDSI level 5 minced & moist, level 2 "
        "mildly thick liquids. FOIS level 4.")
    x.p("")
    x.p("Functional goals", bold=True)
    x.p("1) Pt will safely consume IDDSI level 6 soft & bite-sized solids with level 0 thin liquids using "
        "chin tuck, with no clinical signs of aspiration in 90% of trials over 2 sessions.")
    x.p("2) Pt will advance from FOIS level 4 to FOIS level 6.")
    x.p("3) Pt will complete 30 effortful swallows and 3 sets of Shaker exercises daily per home log, "
        "independently, with 100% accuracy on return demonstration.")
    x.p("4) Pt/spouse will state 4 of 4 safe-swallow strategies independently.")
    x.p("")
    x.p("Interventions: 92526 treatment of swallowing dysfunction; NMES (97032) as adjunct; patient and "
        "caregiver education; repeat MBSS when clinically indicated.")
    x.p("Frequency: 2 times per week")
    x.p("Rehab potential: good, motivated, supportive spouse.")
    x.p("")
    x.p(f"Speech-language pathologist: Priyanka Ostrowski, MS, CCC-SLP    Date: {us(ev)}")
    x.p("")
    x.p("Physician certification: I have reviewed and certify the above plan of care.", bold=True)
    x.p(f"Signature: Hana Kobayashi-Reid, MD (electronically signed)    Date: {us(md)}")
    x.save(name)
    gaps = [["duration-missing"]]
    f = dict(plan=ev, first_tx=ev, period=cert, sigs={"clinician": ev, "physician": md})
    check(name, "medicare-outpatient-therapy", [], as_of, gaps, f)
    label(name, "medicare-outpatient-therapy", [], as_of, gaps,
          "Gap: only the certification period is given; no expected duration in weeks or sessions "
          "(duration-missing; the profile says the certification period does not state it). Layout: "
          "borderless four-column demographics, goals as '1)' paragraphs without their own dates, "
          "header/footer text.")


def t15():
    name = "t15_cardiopulmonary_itp.docx"
    as_of, ev = D(2026, 2, 23), D(2026, 1, 12)
    cert = (ev, D(2026, 5, 11))
    md = D(2026, 1, 20)
    x = Doc(font="Arial", size=9, author="Lakeshore Cardiopulmonary")
    x.bar("LAKESHORE CARDIOPULMONARY PHYSICAL THERAPY — INDIVIDUALIZED TREATMENT PLAN (ITP)", fill="C00000")
    x.t([["Participant", "Walter Szczepanski", "DOB", "10/10/1949", "MBI", "6UA8-YB3-MF52"],
         ["Referral", "Pulmonology (COPD GOLD 3)", "Eval / 1st session", us(ev), "Plan period",
          f"{us(cert[0])} → {us(cert[1])}"]], size=8, first_col=True)
    x.p("")
    x.p("Diagnoses: J44.9 Chronic obstructive pulmonary disease, unspecified; R26.89 Other abnormalities "
        "of gait and mobility; M62.81 Muscle weakness (generalized)")
    x.p("")
    x.t([["", "Baseline (" + us(ev) + ")", "Goal", "Re-assess"],
         ["Exercise / 6MWT", "220 m, SpO2 nadir 87% on 2 L", "≥ 300 m with SpO2 ≥ 88% on 2 L", "every 30 days"],
         ["Dyspnea (mMRC)", "3", "≤ 2", "every 30 days"],
         ["Strength (30-s chair stand)", "7 reps", "≥ 11 reps", "every 30 days"],
         ["Education", "Pursed-lip breathing inconsistent", "Uses PLB independently during 6MWT", "week 6"],
         ["Psychosocial", "CAT score 24", "CAT ≤ 17", "end of plan"]],
        head=True, head_fill="F4CCCC", size=8, first_col=True)
    x.p("")
    x.p("Exercise prescription: interval treadmill 10–20 min at Borg 3–4, NuStep 10 min, upper-extremity "
        "ergometer 8 min, resistance bands 2 x 10. Progress per tolerance.")
    x.t([["Code", "Service", "Units"],
         ["97110", "Therapeutic exercise", "2"],
         ["971100", "Therapeutic activities / functional training", "1"],
         ["97535", "Self-care / energy conservation training", "1"]], head=True, size=8)
    x.p("Sessions: 2 sessions/week x 16 weeks.")
    x.p("")
    x.p(f"Plan developed by: Renata Hollis, PT, CCS — {us(ev)}")
    x.p(f"Medical director / certifying physician: Olusegun Fashola, MD — signed {us(md)}")
    x.p("Participant has reviewed this ITP.  W. Szczepanski " + us(ev), size=8)
    x.save(name)
    gaps = [["review-interval-exceeded"], ["service-code-invalid"]]
    f = dict(plan=ev, first_tx=ev, period=cert, sigs={"clinician": ev, "physician": md, "client": ev})
    check(name, "medicare-outpatient-therapy", [], as_of, gaps, f)
    label(name, "medicare-outpatient-therapy", [], as_of, gaps,
          f"Gaps: plan period {iso(cert[0])} to {iso(cert[1])} ({days(*cert)} days) and 16 weeks of "
          "treatment exceed the 90-day certification limit with no recertification scheduled "
          "(review-interval-exceeded); service code '971100' is six digits (service-code-invalid). Layout: "
          "cardiac/pulmonary-rehab style ITP, goals as a Baseline/Goal/Re-assess matrix by domain, red bar title.")


def t16():
    name = "t16_hand_therapy_np_cert.docx"
    as_of, ev = D(2026, 1, 20), D(2025, 12, 8)
    cert = (ev, D(2026, 3, 7))
    md = D(2025, 12, 15)
    x = Doc(font="Calibri", size=10, author="Summit Hand Therapy")
    x.header(table=[["Summit Orthopaedics — Hand Therapy", "Patient: Imogen Farraday-Lutz",
                     "DOB 02/14/1950 · MBI 3HJ7-VK2-DT90"]], text="", size=8)
    x.p("OCCUPATIONAL THERAPY PLAN OF CARE — CERTIFIED HAND THERAPY", bold=True, size=12)
    x.p(f"Initial evaluation: {dmy(ev)}    Certification: {dmy(cert[0])} through {dmy(cert[1])}")
    x.p("Dx: S52.531D Colles' fracture of right radius, subsequent encounter, routine healing "
        "(ORIF 11/04/2025); M25.631 Stiffness of right wrist")
    x.p("")
    x.t([["Subjective", "Objective"],
         ["R-hand dominant retired piano teacher. Pain 5/10 with gripping. Cannot open jars, button "
          "blouse, or play. Goal: \"play Chopin again.\"",
          "AROM R wrist: ext 30°, flex 25°, sup 55°. Grip R 8 lb / L 44 lb (Jamar pos. 2). "
          "QuickDASH 61.4. Edema +1.2 cm figure-8."]], head=True)
    x.p("")
    x.t([["#", "Goal", "Baseline", "Target", "Time frame"],
         ["1", "R wrist extension AROM", "30°", "≥ 60°", "6 weeks"],
         ["2", "R grip strength", "8 lb", "≥ 30 lb", "10 weeks"],
         ["3", "QuickDASH disability score", "61.4", "≤ 25", "10 weeks"],
         ["4", "Fasten 5 blouse buttons independently", "unable", "independent in < 60 s", "6 weeks"],
         ["5", "Play a 2-minute piece on piano", "unable", "with pain ≤ 2/10", "10 weeks"]],
        head=True, head_fill="D9E2F3")
    x.p("")
    x.p("Interventions: 97140 joint mobilization/soft tissue; 97110 ROM & strengthening; 97530 "
        "functional activities; 97760 orthotic management (static-progressive wrist orthosis); "
        "home exercise program.")
    x.p("Frequency/duration: 2x per week for 10 weeks.")
    x.p("")
    x.p(f"Therapist: Bartholomew Iheanacho, OTR/L, CHT    NPI {npi('190483326')}    {us(ev)}")
    x.p("")
    x.p("Certification", bold=True)
    x.p(f"☒ I certify this plan of care.   Signed: Corinne Valdez-Whitaker, NP   NPI {npi('158827413')}   "
        f"Date: {us(md)}")
    x.save(name)
    f = dict(plan=ev, first_tx=ev, period=cert, sigs={"clinician": ev, "physician": md})
    check(name, "medicare-outpatient-therapy", [], as_of, [], f)
    label(name, "medicare-outpatient-therapy", [], as_of, [],
          "Clean. Hand therapy plan: patient identifiers only in a page-header table, 'D Month YYYY' dates, "
          "two-column Subjective/Objective table, goal table with Baseline/Target/Time-frame columns, "
          "certification by a nurse practitioner with a checkbox.")


def t17():
    name = "t17_lbp_chiropractor_signed.docx"
    as_of, ev = D(2025, 9, 15), D(2025, 8, 18)
    cert = (ev, D(2025, 11, 14))
    md = D(2025, 8, 22)
    x = Doc(font="Verdana", size=9, author="Prairie Spine & Sport")
    x.p("PRAIRIE SPINE & SPORT — Physical Therapy Department", bold=True, size=11)
    x.p("Plan of Care / Certification", size=10, after=6)
    x.p("Patient: Lyle Bergquist    DOB 06/21/1958    Medicare MBI 4DN6-QP8-TX21    Claim type: Part B")
    x.p(f"Evaluation date: {us1(ev)}    Plan of care dates: {us1(cert[0])} - {us1(cert[1])}")
    x.p("Diagnosis: M54.16 Radiculopathy, lumbar region; M54.50 Low back pain, unspecified")
    x.p("")
    x.p("Impairments: lumbar flexion 40% of normal; SLR L 45°; L EHL 4/5; ODI 48%; sitting tolerance 15 min.")
    x.p("Goals (all by discharge, 6 weeks):", bold=True)
    x.bullet("Oswestry Disability Index from 48% to 24% or less.")
    x.bullet("Sit 60 minutes for church and driving with pain 3/10 or less.")
    x.bullet("Centralization of leg symptoms with repeated extension in 3 consecutive visits.")
    x.bullet("Independent with home exercise program per return demonstration.")
    x.p("Treatment plan: 97161 eval; 97110 therapeutic exercise (McKenzie/MDT), 97140 manual therapy, "
        "97112 neuromuscular re-ed, 97530 functional activities.")
    x.p("Frequency: 2-3x/week. Duration: 6 weeks.")
    x.p(f"Therapist: Jolene Marchetti, PT, DPT, Cert. MDT   {us1(ev)}")
    x.p("")
    x.p("Referring/certifying provider", bold=True)
    x.p("I have reviewed the plan of care and certify that the services are required.")
    x.p(f"Signature: Bradley Nguyen-Storm, DC      NPI {npi('120934478')}      Date: {us1(md)}")
    x.p("(Prairie Spine & Sport chiropractic clinic, referring provider of record)", size=8, italic=True)
    x.save(name)
    gaps = [["credential-not-permitted"]]
    f = dict(plan=ev, first_tx=ev, period=cert, sigs={"clinician": ev, "physician": md})
    check(name, "medicare-outpatient-therapy", [], as_of, gaps, f)
    label(name, "medicare-outpatient-therapy", [], as_of, gaps,
          "Gap: the plan is certified by a chiropractor (DC), who may not certify Medicare therapy plans "
          "(credential-not-permitted). Layout: short single-page form, m/d/yy dates, bulleted goals under "
          "'all by discharge, 6 weeks', certifying signature on a text line.",
          unsure=("signature-missing",))


def t18():
    name = "t18_tka_vague_goals.docx"
    as_of, ev = D(2025, 8, 4), D(2025, 7, 7)
    cert = (ev, D(2025, 10, 4))
    md = D(2025, 7, 10)
    x = Doc(font="Calibri", size=10, author="Heartland Health OP Rehab")
    x.p("Heartland Health — Outpatient Rehabilitation Services", bold=True, align="c", size=11)
    x.p("PHYSICAL THERAPY PLAN OF TREATMENT FOR OUTPATIENT REHABILITATION", align="c", bold=True)
    x.t([["1. PATIENT'S LAST NAME\nKowalczyk", "FIRST NAME\nBernadette", "M.I.\nA", "2. PROVIDER NO.\n39-T412"],
         ["3. HICN / MBI\n7RT3-MK5-WE60", "4. DOB\n11/25/1951", "5. ONSET DATE\n06/20/2025", "6. SOC DATE\n" + us(ev)],
         ["7. TYPE\n☒ PT  ☐ OT  ☐ SLP", "8. PRIMARY DIAGNOSIS\nZ47.1 Aftercare following joint replacement surgery",
          "9. TREATMENT DIAGNOSIS\nM17.11 / Z96.651", "10. VISITS FROM SOC\n1"]], size=8)
    x.p("")
    x.p("11. PLAN OF TREATMENT FUNCTIONAL GOALS", bold=True, size=9)
    x.p("GOALS (Short Term):  Decrease pain and improve R knee ROM. Improve tolerance to activity.", size=9)
    x.p("OUTCOME (Long Term):  Improve functional mobility and return to prior level of function.", size=9)
    x.p("PLAN:  Therapeutic exercise 97110, gait training 97116, manual therapy 97140, cryotherapy, HEP.", size=9)
    x.p("12. FREQ/DURATION:  3x/wk x 6 wks", bold=True, size=9)
    x.p("13. CERTIFICATION  FROM " + us(cert[0]) + "  THROUGH " + us(cert[1]), bold=True, size=9)
    x.p("")
    x.p("14. INITIAL ASSESSMENT: s/p R TKA 06/20/2025 (Dr. Feeney). Knee AROM 8–82°, amb with RW 150 ft, "
        "pain 6/10, TUG 22 s. Lives with husband, 3 steps to enter.", size=9)
    x.p("")
    x.t([["15. SIGNATURE (professional establishing POC incl. prof. designation)\n"
          f"Dominic Ferraro, PT, DPT   {us(ev)}",
          "16. I CERTIFY THE NEED FOR THESE SERVICES FURNISHED UNDER THIS PLAN OF TREATMENT WHILE UNDER MY CARE\n"
          f"Physician signature: Siobhan Feeney, MD   DATE {us(md)}"]], size=8)
    x.save(name)
    gaps = [["goal-not-measurable"]]
    f = dict(plan=ev, first_tx=ev, period=cert, sigs={"clinician": ev, "physician": md})
    check(name, "medicare-outpatient-therapy", [], as_of, gaps, f)
    label(name, "medicare-outpatient-therapy", [], as_of, gaps,
          "Gap: short- and long-term goals ('Decrease pain and improve R knee ROM', 'Improve functional "
          "mobility and return to prior level of function') state no measure or level (goal-not-measurable). "
          "Layout: CMS-700-style numbered boxes with label and value in one cell, 'SOC DATE' as the start "
          "of care, certification sentence in a box.")


def t19():
    name = "t19_lbp_unsigned_cert_2024.docx"
    as_of, ev = D(2024, 7, 15), D(2024, 6, 24)
    cert = (ev, D(2024, 9, 21))
    x = Doc(font="Times New Roman", size=11, author="Riverbend PT")
    x.p("RIVERBEND PHYSICAL THERAPY, P.C.", bold=True, size=13, after=0)
    x.p("2200 Commerce Dr, Suite 4 · Decatur, IL 62521 · Fax (217) 555-0118", size=9)
    x.p("")
    x.p("FAX — PLAN OF CARE FOR PHYSICIAN SIGNATURE — PLEASE SIGN, DATE AND RETURN", bold=True, align="c")
    x.p("To: Dr. Ramesh Chandrasekaran, MD (Decatur Family Medicine)        Pages: 2", size=9)
    x.p("")
    x.p(f"Patient: Harlan Q. Whitt          Birth date: {abbr(D(1955, 1, 3))}")
    x.p("Medicare MBI: 1AC4-TR8-YK33          Physical therapy")
    x.p(f"Initial evaluation: {abbr(ev)}          Certification period: {abbr(cert[0])} to {abbr(cert[1])}")
    x.p("Diagnosis: M54.50 Low back pain, unspecified; M62.81 Muscle weakness (generalized)")
    x.p("")
    x.p("Long-term goals (8 weeks):", bold=True)
    x.p("• Modified Oswestry from 42% to ≤ 20%.")
    x.p("• Lift a 20-lb bag of softener salt from floor to waist with correct mechanics, 5 reps.")
    x.p("• Stand 45 minutes for woodworking with pain ≤ 2/10.")
    x.p("Short-term goals (4 weeks):", bold=True)
    x.p("• Independent with HEP (return demonstration).")
    x.p("• Trunk flexion AROM from 45° to ≥ 70°.")
    x.p("")
    x.p("Treatment: therapeutic exercise (97110), manual therapy (97140), neuromuscular re-education "
        "(97112), self-care/body mechanics training (97535).")
    x.p("Frequency: 2x per week.   Duration: 8 weeks.")
    x.p("")
    x.p(f"Therapist: Celeste Ambrose, PT     Date: {abbr(ev)}")
    x.p("")
    x.p("PHYSICIAN CERTIFICATION", bold=True)
    x.p("I certify that I have examined the patient and that physical therapy is necessary.", size=10)
    x.p("Physician signature: _________________________________   Date: ______________")
    x.p("Printed name: Ramesh Chandrasekaran, MD          NPI: " + npi("112874903"))
    x.save(name)
    gaps = [["signature-missing"]]
    f = dict(plan=ev, first_tx=ev, period=cert, sigs={"clinician": ev})
    check(name, "medicare-outpatient-therapy", [], as_of, gaps, f)
    label(name, "medicare-outpatient-therapy", [], as_of, gaps,
          "Gap: as of 2024 (profile version 2015-10) the physician certification is a blank signature line "
          "on a fax-back form; the physician is only named in print (signature-missing, error in that "
          "version). Layout: fax cover style, 'Mon D, YYYY' dates, bullet goals under time-frame headings.")


# =============================================================================================
# medicare-home-health
# =============================================================================================
def t20():
    name = "t20_hh_485_chf.docx"
    as_of, soc = D(2026, 2, 16), D(2026, 1, 5)
    cert = (soc, plus(soc, 59))
    md = D(2026, 1, 14)
    x = Doc(font="Arial", size=8, margin=0.5, author="Valley Visiting Nurses")
    x.p("Department of Health and Human Services — Centers for Medicare & Medicaid Services", size=7, after=0)
    x.p("HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True, size=11, align="c")
    rows = [
        ["1. Patient's HI Claim No.\n5KV2-HE7-GA19", "2. Start Of Care Date\n" + us(soc),
         f"3. Certification Period\nFrom: {us(cert[0])}   To: {us(cert[1])}", "4. Medical Record No.\nVVN-26-0041",
         "5. Provider No.\n397214"],
        ["6. Patient's Name and Address\nAlbertine M. Gosselin\n14 Orchard Hill Rd, Montpelier VT 05602", None,
         "7. Provider's Name, Address and Telephone Number\nValley Visiting Nurses of Central Vermont\n"
         "600 Granger Rd, Barre VT 05641 · (802) 555-0160", None, None],
        ["8. Date of Birth\n03/12/1938", "9. Sex  ☐M ☒F", "10. Medications: Dose/Frequency/Route (N)ew (C)hanged\n"
         "Furosemide 40 mg PO daily (C); Carvedilol 12.5 mg PO BID; Lisinopril 10 mg PO daily; KCl 20 mEq PO daily (N)",
         None, None],
        ["11. ICD-10-CM  Principal Diagnosis\nI11.0 Hypertensive heart disease with heart failure", None,
         "Date\n12/29/2025", "12. ICD-10-CM  Surgical Procedure\nN/A", None],
        ["13. ICD-10-CM  Other Pertinent Diagnoses\nI50.22 Chronic systolic (congestive) heart failure\n"
         "N18.30 Chronic kidney disease, stage 3 unspecified\nZ91.81 History of falling", None, None, None, None],
        ["14. DME and Supplies: scale, shower chair, rolling walker", None, None,
         "15. Safety Measures: fall precautions, 2 L fluid restriction", None],
        ["16. Nutritional Req.: 2 g sodium, 2 L fluid restriction", None, None,
         "17. Allergies: sulfa (rash)", None],
        ["18.A Functional Limitations: endurance, ambulation, dyspnea with minimal exertion", None, None,
         "18.B Activities Permitted: up as tolerated, walker", None],
        ["19. Mental Status: oriented", None, "20. Prognosis: fair", None, None],
        ["21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)\n"
         "SN 2w3, 1w5, 2 PRN visits for weight gain > 3 lb in 1 day or 5 lb in 1 week: skilled assessment of "
         "cardiopulmonary status, weights, edema; teach CHF self-management and medication regimen; "
         "venipuncture BMP 1/20/2026.\n"
         "PT 2w4: evaluate and treat; gait training, transfer training, home exercise program.\n"
         "HHA 2w6: assist with bathing and personal care.", None, None, None, None],
        ["22. Goals/Rehabilitation Potential/Discharge Plans\n"
         "Pt will weigh self daily and record weights in log 7 of 7 days by 02/02/2026.\n"
         "Pt will state 4 signs of CHF exacerbation and when to call the agency by 01/26/2026.\n"
         "Pt will have no ED visit or hospitalization for CHF during the certification period.\n"
         "Pt will ambulate 150 ft with rolling walker with supervision and Tinetti score from 16 to ≥ 20 by 03/02/2026.\n"
         "Rehab potential: fair for stated goals. Discharge when goals met and caregiver (daughter) independent.",
         None, None, None, None],
        ["23. Nurse's Signature and Date of Verbal SOC Where Applicable\nJacqueline Roy, RN  " + us(soc), None, None,
         "25. Date HHA Received Signed POT\n" + us(plus(md, 1)), None],
        ["24. Physician's Name and Address\nMiriam Castellanos-Webb, MD  NPI " + npi("132976018") + "\n"
         "Central Vermont Internal Medicine, 130 Fisher Rd, Berlin VT 05602", None, None,
         "26. I certify that this patient is confined to his/her home and needs intermittent skilled nursing "
         "care... (certification statement on file)", None],
        ["27. Attending Physician's Signature and Date Signed\nMiriam Castellanos-Webb, MD   " + us(md), None, None,
         "28. Anyone who misrepresents, falsifies, or conceals essential information required for payment of "
         "Federal funds may be subject to fine, imprisonment, or civil penalty under applicable Federal statutes.",
         None]]
    merges = [(1, 0, 1, 1), (1, 2, 1, 4), (2, 2, 2, 4), (3, 0, 3, 1), (3, 3, 3, 4), (4, 0, 4, 4),
              (5, 0, 5, 2), (5, 3, 5, 4), (6, 0, 6, 2), (6, 3, 6, 4), (7, 0, 7, 2), (7, 3, 7, 4),
              (8, 0, 8, 1), (8, 2, 8, 4), (9, 0, 9, 4), (10, 0, 10, 4), (11, 0, 11, 2), (11, 3, 11, 4),
              (12, 0, 12, 2), (12, 3, 12, 4), (13, 0, 13, 2), (13, 3, 13, 4)]
    x.t(rows, merges=merges, size=7)
    x.p("Form CMS-485 (C-3) (02-94) (Print Aligned) — agency reproduction", size=6)
    x.save(name)
    tg = [D(2026, 2, 2), D(2026, 1, 26), D(2026, 3, 2)]
    f = dict(plan=soc, period=cert, targets=tg, sigs={"physician": md, "clinician": soc})
    check(name, "medicare-home-health", [], as_of, [], f)
    label(name, "medicare-home-health", [], as_of, [],
          "Clean. CMS-485 box layout: one big grid with numbered boxes and many merged cells, label and "
          "value in the same cell, orders as discipline codes (SN 2w3, 1w5, 2 PRN with a reason; PT 2w4; "
          "HHA 2w6), goals in box 22, physician signature and date in box 27.")


def t21():
    name = "t21_hh_wound_prn.docx"
    as_of, soc = D(2026, 5, 11), D(2026, 4, 6)
    cert = (soc, plus(soc, 59))
    md = D(2026, 4, 9)
    x = Doc(font="Calibri", size=10, author="Gulf Breeze Home Health")
    x.p("Gulf Breeze Home Health, LLC", bold=True, size=13, after=0)
    x.p("Plan of Care / Physician Orders — Start of Care", size=11)
    x.p(f"Patient: Cleotha Washington-Bey     DOB: 07/01/1946     Medicare: 2EY5-MR9-UA73")
    x.p(f"SOC: {us(soc)}     Episode: {us(cert[0])} – {us(cert[1])}     MR#: GB-1187")
    x.p("Primary Dx: E11.621 Type 2 diabetes mellitus with foot ulcer. Secondary: L97.412 Non-pressure "
        "chronic ulcer of right heel and midfoot with fat layer exposed; Z79.4 Long term (current) use of insulin.")
    x.p("")
    x.h("Skilled Nursing", 3)
    x.p("Frequency: 3w2, 2w4, 1w3.")
    x.p("Wound care R heel: cleanse with NS, apply calcium alginate, cover with foam border dressing; "
        "change 3x/week and PRN. Measure wound weekly. Teach insulin administration, glucose monitoring, "
        "foot inspection.")
    x.p("SN PRN visits for dressing dislodgement, saturation, or signs of infection.")
    x.h("Home Health Aide", 3)
    x.p("2w8 for bathing (sponge bath, protect dressing).")
    x.h("Goals", 3)
    x.p("• R heel wound from 3.2 x 2.1 x 0.4 cm to ≤ 1.5 x 1.0 x 0.2 cm by end of episode, no signs of infection.")
    x.p("• Patient will self-administer insulin with correct dose and technique on 3 consecutive return "
        "demonstrations by 04/27/2026.")
    x.p("• Fasting glucose 80–150 mg/dL on 5 of 7 days per log by 05/25/2026.")
    x.p("• Patient/caregiver will perform daily foot inspection and state 4 signs of infection by 05/04/2026.")
    x.p("")
    x.p("Discharge plan: discharge to self-care with daughter's help when wound ≤ 1 cm² or goals met.")
    x.p("")
    x.p(f"Verbal SOC order received by Dwight Ransome, RN, on {us(soc)}.")
    x.p(f"Ordering practitioner: Yolanda Pruitt-Abara, APRN, FNP-C — NPI {npi('167732290')}")
    x.p(f"Signature: /Yolanda Pruitt-Abara, APRN/     Date: {us(md)}")
    x.save(name)
    tg = [D(2026, 4, 27), D(2026, 5, 25), D(2026, 5, 4)]
    gaps = [["frequency-missing"]]
    f = dict(plan=soc, period=cert, targets=tg, sigs={"physician": md})
    check(name, "medicare-home-health", [], as_of, gaps, f)
    label(name, "medicare-home-health", [], as_of, gaps,
          "Gap: 'SN PRN visits for dressing dislodgement, saturation, or signs of infection' gives no limit on "
          "the number of PRN visits (42 CFR 409.43), so that order states no frequency (frequency-missing). "
          "Layout: agency narrative with discipline headings (Heading 3), orders as 3w2/2w4/1w3 codes, "
          "signed by an APRN/FNP-C with /name/ signature.")


def t22():
    name = "t22_hh_therapy_undated_md.docx"
    as_of, soc = D(2026, 9, 14), D(2026, 8, 17)
    cert = (soc, plus(soc, 59))
    x = Doc(font="Tahoma", size=9, author="Blue Ridge Therapy at Home")
    x.bar("BLUE RIDGE THERAPY AT HOME  |  Home Health Plan of Care (Therapy Only)", fill="203864")
    x.t([["Client", "Everett Lindqvist", "Medicare ID", "8WC1-PF4-JN29"],
         ["Date of birth", "12/02/1943", "Agency MR", "BRT-4478"],
         ["Start of care", us(soc), "Cert period", f"{us(cert[0])} to {us(cert[1])}"],
         ["Homebound reason", "Requires walker and assist of 1; leaving home is a taxing effort", "", ""]],
        merges=[(3, 1, 3, 3)], first_col=True, size=9)
    x.p("")
    x.p("Diagnoses: I69.351 Hemiplegia and hemiparesis following cerebral infarction affecting right dominant "
        "side (primary); R26.89 Other abnormalities of gait and mobility; Z91.81 History of falling")
    x.p("")
    x.t([["Discipline", "Orders", "Frequency / duration"],
         ["PT", "Gait training, transfer training, balance program, HEP, fall-risk home assessment", "2w4, 1w4"],
         ["OT", "ADL retraining (UB dressing, bathing), R UE neuro re-ed, bathroom DME", "2w3, 1w3"],
         ["ST", "Evaluation only for word-finding", "1w1"]], head=True, head_fill="D6DCE4")
    x.p("")
    x.p("Measurable goals", bold=True)
    x.p("PT-1  Tinetti from 12/28 to ≥ 19/28 within 8 weeks.")
    x.p("PT-2  Ambulate 150 ft in home with hemi-walker and SBA within 6 weeks.")
    x.p("OT-1  Upper-body dressing with set-up only within 5 weeks (currently mod A).")
    x.p("OT-2  Tub transfer with tub bench and CGA within 6 weeks.")
    x.p("")
    x.p("Rehab potential: good. D/C plan: to outpatient therapy when goals met.")
    x.p("")
    x.t([["Physician orders approved", "Date signed"],
         ["Electronically signed by: Gregory Stanek, MD  (NPI " + npi("109283741") + ")", ""]], head=True)
    x.p(f"Verbal order for SOC taken by Amara Chukwu, PT, DPT on {us(soc)}.", size=8)
    x.save(name)
    gaps = [["signature-missing"]]
    f = dict(plan=soc, period=cert, sigs={})
    check(name, "medicare-home-health", [], as_of, gaps, f)
    label(name, "medicare-home-health", [], as_of, gaps,
          "Gap: the physician's electronic signature has an empty 'Date signed' cell (signature-missing: "
          "undated certification). The verbal-order date belongs to the therapist. Layout: blue bar title, "
          "discipline/orders/frequency table, goals with PT-1/OT-1 labels and 'within N weeks'.")


def t23():
    name = "t23_hh_tribal_diabetes.docx"
    as_of, soc = D(2026, 7, 27), D(2026, 7, 6)
    cert = (soc, plus(soc, 59))
    md = D(2026, 7, 10)
    x = Doc(font="Georgia", size=10, author="Red Cedar Tribal Health")
    x.p("RED CEDAR TRIBAL HEALTH SERVICES", bold=True, size=13, align="c", after=0)
    x.p("Home Health Program · Medicare-certified HHA #507731", align="c", size=9, after=0)
    x.p("Plan of Care — Start of Care", align="c", size=11, bold=True)
    x.p("")
    x.p(f"Elder: Lorraine Two Feathers-Marsh          Date of birth: {long(D(1949, 11, 18))}")
    x.p("Medicare Beneficiary ID: 3TG8-XA2-KP56          IHS/Tribal chart #: RC-008812")
    x.p(f"Start of care: {long(soc)}          This plan covers: {long(cert[0])} through {long(cert[1])}")
    x.p("")
    x.p("Why home health: new insulin start after hospital stay for hyperglycemia; lives 38 miles from clinic "
        "on gravel road; daughter works days. Family asked that the traditional healer's visits on Thursdays "
        "be respected when scheduling.")
    x.p("Diagnoses: E11.65 Type 2 diabetes mellitus with hyperglycemia (primary); Z79.4 Long term (current) "
        "use of insulin; I10 Essential (primary) hypertension")
    x.p("")
    x.p("Visit plan", bold=True)
    x.t([["Discipline", "Order", "Wk1", "Wk2", "Wk3", "Wk4", "Wk5", "Wk6", "Wk7", "Wk8", "Wk9"],
         ["SN", "2w3, 1w6", "2", "2", "2", "1", "1", "1", "1", "1", "1"],
         ["MSW", "1w2", "1", "1", "", "", "", "", "", "", ""],
         ["HHA", "1w8", "1", "1", "1", "1", "1", "1", "1", "1", ""]], head=True, size=8)
    x.p("SN: teach insulin pen use, glucose meter, hypoglycemia treatment, foot care, diet with traditional "
        "foods; assess BP and glucose log. MSW: transportation and food-access resources. HHA: bathing.", size=9)
    x.p("")
    x.p("Goals", bold=True)
    x.p("1. Lorraine will give her own insulin with correct dose and technique on 3 visits in a row by "
        f"{us(D(2026, 8, 3))}.")
    x.p(f"2. Fasting sugars between 80 and 160 on at least 5 of 7 days in her log by {us(D(2026, 8, 24))}.")
    x.p(f"3. Lorraine and her daughter will name 3 signs of low blood sugar and how to treat them by {us(D(2026, 7, 27))}.")
    x.p(f"4. Ride to clinic arranged for every diabetes appointment (0 missed) by {us(D(2026, 8, 31))}.")
    x.p("")
    x.p("Discharge plan: to Red Cedar clinic diabetes program when goals are met.")
    x.p("")
    x.p(f"Case manager: Winona Begay-Sutter, RN     {us(soc)}")
    x.p(f"Certifying practitioner: Darnell Whitehorse, PA-C     NPI {npi('145563820')}     Signed {us(md)}")
    x.save(name)
    tg = [D(2026, 8, 3), D(2026, 8, 24), D(2026, 7, 27), D(2026, 8, 31)]
    f = dict(plan=soc, period=cert, targets=tg, sigs={"physician": md, "clinician": soc})
    check(name, "medicare-home-health", [], as_of, [], f)
    label(name, "medicare-home-health", [], as_of, [],
          "Clean. Tribal health home-health plan: 'Elder' label, 'Month D, YYYY' dates, a week-by-week visit "
          "grid (with the order code in its own column), goals as numbered sentences with dates, certified by "
          "a PA-C.")


def t24():
    name = "t24_hh_90day_period.docx"
    as_of, soc = D(2026, 3, 2), D(2026, 1, 12)
    cert = (soc, D(2026, 4, 11))
    md = D(2026, 1, 16)
    x = Doc(font="Calibri", size=9, author="HomeFirst Health EHR")
    x.header(f"HomeFirst Health Services  —  POC printed from EHR  —  Patient: PIETRZAK, STANLEY  —  MRN HF-220019",
             align="l", size=7)
    x.bar("PATIENT", fill="DDEBF7", color="000000")
    x.p("Name: Pietrzak, Stanley J.    DOB: 04/04/1940    Medicare #: 9MD3-YE6-WR15    Phone: (412) 555-0194")
    x.bar("EPISODE", fill="DDEBF7", color="000000")
    x.p(f"Start of care: {us(soc)}    Certification period: {us(cert[0])} through {us(cert[1])}    Episode: 1")
    x.bar("DIAGNOSES", fill="DDEBF7", color="000000")
    x.p("M1021 Primary: L89.153 Pressure ulcer of sacral region, stage 3")
    x.p("M1023 Other: G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations; "
        "E11.9 Type 2 diabetes mellitus without complications")
    x.bar("ORDERS", fill="DDEBF7", color="000000")
    x.p("SN 3w4, 2w4, 1w5 for wound care sacrum: cleanse NS, hydrocolloid, change every 3 days; pressure-relief teaching.")
    x.p("PT 2w4 for bed mobility, transfers, gait; caregiver training on turning schedule.")
    x.p("HHA 3w12 personal care.")
    x.bar("GOALS", fill="DDEBF7", color="000000")
    x.p("Sacral ulcer from 4.0 x 3.0 x 0.5 cm to ≤ 2.0 x 1.5 x 0.2 cm by end of certification period.")
    x.p("Wife will turn patient every 2 hours per posted schedule with correct technique on 2 return demos by 02/09/2026.")
    x.p("Patient will transfer bed↔chair with min assist of 1 by 03/09/2026 (currently mod A).")
    x.p("Braden score from 13 to ≥ 17 by 04/06/2026.")
    x.bar("SIGNATURES", fill="DDEBF7", color="000000")
    x.p(f"Clinician: Fiona McGarrigle, RN, WCC — signed {us(soc)}")
    x.p(f"Physician: Howard Blumenfeld, DO — NPI {npi('181190336')} — signed {us(md)}")
    x.save(name)
    tg = [D(2026, 2, 9), D(2026, 3, 9), D(2026, 4, 6)]
    gaps = [["review-interval-exceeded"]]
    f = dict(plan=soc, period=cert, targets=tg, sigs={"physician": md, "clinician": soc})
    check(name, "medicare-home-health", [], as_of, gaps, f)
    label(name, "medicare-home-health", [], as_of, gaps,
          f"Gap: certification period {iso(cert[0])} to {iso(cert[1])} is {days(*cert)} days, longer than the "
          "60-day home-health certification/review interval (review-interval-exceeded, warning). Layout: EHR "
          "printout with shaded section bars, OASIS item numbers before diagnoses, one-line signatures.")


# =============================================================================================
# commercial-aba
# =============================================================================================
ABA_NOTE = ("Includes 97153/97155/97156 with hours per week, standardized assessment, goals with baseline, "
            "mastery criteria and target dates, caregiver goals, BCBA and parent signatures.")


def t25():
    name = "t25_aba_initial_auth_request.docx"
    as_of, pd = D(2026, 3, 23), D(2026, 2, 2)
    auth = (D(2026, 2, 16), D(2026, 8, 15))
    rv, asmt = D(2026, 7, 31), D(2026, 1, 20)
    x = Doc(font="Arial", size=9, author="Cornerstone Autism Center")
    x.p("Cornerstone Autism Center — Request for Authorization: Applied Behavior Analysis (Initial)", bold=True,
        size=11)
    x.p("Submit with diagnostic report and assessment score sheets. Fields marked * are required.", italic=True,
        size=7)
    x.t([["*Member name", "Mateo Villanueva-Pierce", "*Member ID", "UHX-904412377-01"],
         ["*DOB", "06/18/2021", "Group #", "ENT-55830"],
         ["*Parent/guardian", "Carolina Pierce (mother)", "Phone", "(602) 555-0148"],
         ["*Treatment plan date", us(pd), "*Requested period", f"{us(auth[0])} – {us(auth[1])}"]],
        first_col=False, size=8)
    x.p("")
    x.p("Diagnosis", bold=True)
    x.p(f"F84.0 Autistic disorder (ASD, level 2). Diagnosed 09/18/2025 by Rebecca Oyelaran, PhD, licensed "
        "psychologist (ADOS-2 Module 1, comparison score 8).")
    x.p("Standardized assessments", bold=True)
    x.t([["Instrument", "Date", "Result"],
         ["VB-MAPP", us(asmt), "Milestones 38/170 (Level 1–2); Barriers 42"],
         ["Vineland-3 (parent form)", us(D(2026, 1, 22)), "ABC 64; Communication 61; Socialization 58"]],
        head=True, size=8)
    x.p("")
    x.p("Skill acquisition and behavior reduction goals", bold=True)
    x.t([["Domain", "Target", "Baseline", "Mastery criterion", "Target date"],
         ["Communication", "Mateo will mand for 20 different items/activities using 2-word phrases",
          "4 single-word mands", "20 mands across 3 consecutive sessions with 2 therapists", us(D(2026, 7, 31))],
         ["Social", "Respond to name from 3 m by orienting within 3 s", "20% of opportunities",
          "80% of opportunities across 3 consecutive sessions", us(D(2026, 6, 30))],
         ["Adaptive", "Complete 8-step handwashing chain independently", "2 of 8 steps",
          "8 of 8 steps on 4 of 5 days", us(D(2026, 7, 31))],
         ["Behavior reduction", "Reduce elopement from instructional area", "6.2 per hour",
          "≤ 0.5 per hour for 4 consecutive weeks", us(D(2026, 8, 14))]],
        head=True, head_fill="FFF2CC", size=8)
    x.p("Parent Training", bold=True)
    x.t([["Target", "Baseline", "Mastery criterion", "Target date"],
         ["Carolina will run a 5-minute mand-training session with correct prompting and reinforcement",
          "35% fidelity", "≥ 90% fidelity on 3 consecutive observations", us(D(2026, 6, 30))],
         ["Carolina will follow the elopement protocol (block, redirect, reinforce) during community outings",
          "40% of steps", "≥ 90% of steps on 3 consecutive outings", us(D(2026, 8, 14))]],
        head=True, head_fill="FFF2CC", size=8)
    x.p("")
    x.p("Requested services", bold=True)
    x.t([["CPT", "Description", "Hours per week", "Units (period)"],
         ["97153", "Adaptive behavior treatment by protocol (RBT)", "20", "2,080"],
         ["97155", "Protocol modification (BCBA)", "3", "312"],
         ["97156", "Family adaptive behavior guidance (BCBA)", "1", "104"]], head=True, size=8)
    x.p(f"Treatment plan review / reauthorization due: {us(rv)}")
    x.p("")
    x.t([["Supervising BCBA", "Parent / guardian"],
         [f"Naomi Restrepo-Gaines, MS, BCBA\nNPI {npi('176540219')}\nSigned {us(pd)}",
          f"Carolina Pierce\nSigned {us(pd)}"]], head=True)
    x.save(name)
    f = dict(plan=pd, period=auth, next_review=rv, assessment=asmt,
             targets=[D(2026, 7, 31), D(2026, 6, 30), D(2026, 8, 14)], sigs={"clinician": pd, "guardian": pd})
    check(name, "commercial-aba", [], as_of, [], f)
    label(name, "commercial-aba", [], as_of, [],
          "Clean. Payer-style initial ABA authorization request used as the plan: asterisked field grid, "
          "assessment table, goal table with Baseline/Mastery/Target-date columns, separate 'Parent Training' "
          "table whose targets name the mother, services with hours per week, side-by-side signature cells.")


def t26():
    name = "t26_aba_inhome_no_caregiver_goal.docx"
    as_of, pd = D(2026, 5, 4), D(2026, 4, 13)
    auth = (D(2026, 4, 20), D(2026, 10, 19))
    rv, asmt = D(2026, 10, 5), D(2026, 3, 30)
    x = Doc(font="Calibri", size=10, author="Little Steps ABA")
    x.p("Little Steps In-Home ABA", bold=True, size=14, color="548235", after=0)
    x.p("Individualized Behavior Treatment Plan — 6-month", size=11)
    x.p(f"Learner: Jaylen Okoro   |   DOB 10/30/2019   |   Subscriber ID: BCX 884120559   |   Plan date {us(pd)}")
    x.p(f"Authorization period requested: {us(auth[0])} through {us(auth[1])}   |   Next plan review: {us(rv)}")
    x.p("Diagnosis: F84.0 Autistic disorder — diagnosed 02/07/2023 by Marcus Oyelowo, MD, developmental pediatrics.")
    x.p(f"Assessment: ABLLS-R administered {us(asmt)} (language and self-help repertoires scored); Vineland-3 "
        f"{us(D(2026, 4, 1))}, ABC 71.")
    x.p("")
    x.h("Treatment goals", 2)
    goals = [
        ("Tacting", "Jaylen will tact 50 common pictures", "Baseline: 12 tacts",
         "Mastery: 50 tacts at 90% accuracy across 2 consecutive probes", D(2026, 10, 5)),
        ("Intraverbals", "Jaylen will answer 15 different 'wh' questions about daily routines",
         "Baseline: 3 questions", "Mastery: 80% correct across 3 consecutive sessions", D(2026, 9, 15)),
        ("Toileting", "Jaylen will initiate toileting by manding 'potty'", "Baseline: 0 self-initiations/day",
         "Mastery: 3 self-initiations/day on 5 consecutive days", D(2026, 8, 31)),
        ("Aggression", "Reduce hitting during transitions", "Baseline: 9 per day",
         "Mastery: ≤ 1 per day for 4 consecutive weeks", D(2026, 10, 19)),
    ]
    for i, (dom, stmt, base, mast, tgt) in enumerate(goals, 1):
        x.p(f"{i}. {dom}: {stmt}.", bold=True)
        x.p(f"{base}.  {mast}.  Target date: {us(tgt)}.", indent=0.3)
    x.p("")
    x.h("Service request", 2)
    x.p("97153 Adaptive behavior treatment by protocol — 15 hours/week in the home")
    x.p("97155 Protocol modification by BCBA — 2 hours/week")
    x.p("97156 Family adaptive behavior treatment guidance — 1 hour/week")
    x.p("")
    x.p("Crisis plan: for aggression that risks injury, block and create distance; call 911 for emergencies.",
        size=9, italic=True)
    x.p("")
    x.p(f"BCBA: Theresa Anand-Kwok, MEd, BCBA    Date: {us(pd)}")
    x.p(f"Parent/Guardian: Blessing Okoro    Date: {us(pd)}")
    x.save(name)
    gaps = [["caregiver-goal-missing"]]
    f = dict(plan=pd, period=auth, next_review=rv, assessment=asmt,
             targets=[g[4] for g in goals], sigs={"clinician": pd, "guardian": pd})
    check(name, "commercial-aba", [], as_of, gaps, f)
    label(name, "commercial-aba", [], as_of, gaps,
          "Gap: all four goals target the learner; there is no caregiver-training goal even though 97156 is "
          "requested (caregiver-goal-missing). Layout: numbered bold goal lines with baseline/mastery/target "
          "date in one indented sentence, pipe-separated identifiers.")


def t27():
    name = "t27_aba_continuation_old_assessment.docx"
    as_of, pd = D(2026, 6, 1), D(2026, 5, 18)
    auth = (D(2026, 6, 1), D(2026, 11, 30))
    rv, asmt = D(2026, 11, 9), D(2025, 3, 10)
    x = Doc(font="Calibri", size=10, author="Spectrum Pathways")
    x.p("SPECTRUM PATHWAYS BEHAVIORAL SERVICES", bold=True, align="c", size=12, after=0)
    x.p("Progress Report & Treatment Plan Update — Continuation of Care Request", align="c")
    x.p("")
    x.t([["Client: Anneliese Harrow-Diaz", "DOB: 01/09/2018", "Policy #: AET-W22819473"],
         [f"Report date: {us(pd)}", f"Requested: {us(auth[0])} – {us(auth[1])}", f"Next review: {us(rv)}"]],
        style=None)
    x.p("")
    x.p("Diagnosis: F84.0 Autistic disorder (Dr. Sylvie Marchand, PhD, 04/22/2022)")
    x.p("")
    x.p("Assessment summary", bold=True)
    x.p(f"VB-MAPP re-administered {us(asmt)}: Milestones 96/170 (Level 2–3), Barriers 18. "
        "A functional behavior assessment (interview, ABC observation) was updated 04/28/2026 for "
        "new task-refusal behavior. Ongoing skill data are collected every session.")
    x.p("")
    x.p("Goals carried forward and new goals", bold=True)
    x.t([["Goal", "Baseline (date)", "Current", "Mastery criteria", "Target date", "Status"],
         ["Initiate play with a peer using a scripted phrase", "0/10 (06/2025)", "4/10",
          "8/10 opportunities across 3 sessions", us(D(2026, 10, 30)), "Continue"],
         ["Write first and last name legibly", "letters A, N only", "6 of 15 letters",
          "all 15 letters legibly on 3 consecutive days", us(D(2026, 9, 30)), "Continue"],
         ["Reduce task refusal (dropping to floor)", "14 per session (04/2026)", "—",
          "≤ 2 per session for 3 consecutive weeks", us(D(2026, 11, 20)), "New"],
         ["Parent will use first-then board and planned ignoring for task refusal", "30% fidelity (04/2026)",
          "—", "≥ 90% fidelity on 3 consecutive parent-training sessions", us(D(2026, 9, 30)), "New"]],
        head=True, head_fill="E7E6E6", size=8)
    x.p("")
    x.p("Services requested: 97153 — 18 hrs/week;  97155 — 2.5 hrs/week;  97156 — 1 hr/week.")
    x.p("")
    x.p(f"Lead analyst: Desmond Ferreira, MA, BCBA — {us(pd)}", after=0)
    x.p(f"Guardian: Luz Harrow-Diaz — {us(pd)}")
    x.save(name)
    gaps = [["assessment-outdated"]]
    f = dict(plan=pd, period=auth, next_review=rv, assessment=asmt,
             targets=[D(2026, 10, 30), D(2026, 9, 30), D(2026, 11, 20)], sigs={"clinician": pd, "guardian": pd})
    check(name, "commercial-aba", [], as_of, gaps, f)
    label(name, "commercial-aba", [], as_of, gaps,
          f"Gap: the latest standardized assessment (VB-MAPP {iso(asmt)}) is {days(asmt, pd)} days old at the "
          "plan date, beyond 365 (assessment-outdated, a warning); the FBA of 04/2026 is not a standardized "
          "instrument. Layout: continuation progress report with a Baseline/Current/Mastery/Status table, "
          "services on one line separated by semicolons.")


def t28():
    name = "t28_aba_baseline_tbd.docx"
    as_of, pd = D(2026, 9, 8), D(2026, 8, 24)
    auth = (D(2026, 9, 1), D(2027, 2, 28))
    rv, asmt = D(2027, 2, 8), D(2026, 8, 10)
    x = Doc(font="Calibri", size=10, author="Northstar ABA")
    x.header("Northstar ABA · Treatment Plan · CONFIDENTIAL", size=8)
    x.p("Treatment Plan", bold=True, size=16, after=0)
    x.p("Northstar ABA — clinic & school consultation", size=9, color="7F7F7F")
    x.p("")
    x.p("**Client:** Rowan Featherstone-Li\t**Date of birth:** 2/27/2017", tabs=(3.5,))
    x.p("**Insurance:** Cigna — ID U7731904455\t**Plan date:** " + us(pd), tabs=(3.5,))
    x.p("**Authorization requested:** " + f"{us(auth[0])} to {us(auth[1])}" + "\t**Review:** " + us(rv), tabs=(3.5,))
    x.p("**Diagnosis:** F84.0 Autistic disorder; F90.2 ADHD, combined type. ASD diagnosed 05/03/2024 by "
        "Imani Caldwell, PsyD.")
    x.p(f"**Assessment:** Vineland-3 comprehensive interview {us(asmt)} — ABC 69; AFLS Basic Living Skills "
        f"{us(asmt)} — 58% of skills.")
    x.p("")
    x.p("GOALS", bold=True)
    x.p("Goal 1 – Safety: Rowan will stop at the curb and wait for an adult's 'go' cue.")
    x.p("      Baseline: 1 of 10 trials.   Mastery: 10 of 10 trials across 3 community outings.   By: " + us(D(2026, 12, 18)))
    x.p("Goal 2 – Classroom: Rowan will remain in assigned area during 15-minute small-group work.")
    x.p("      Baseline: TBD – to be probed in first 2 weeks of service.   Mastery: 90% of intervals across "
        "5 consecutive school days.   By: " + us(D(2027, 1, 29)))
    x.p("Goal 3 – Self-care: Rowan will zip and unzip his coat independently.")
    x.p("      Baseline: hand-over-hand prompting.   Mastery: independent on 4 of 5 days.   By: " + us(D(2026, 11, 30)))
    x.p("Goal 4 – Caregiver: Father will deliver token economy in the home with correct reinforcement schedule.")
    x.p("      Baseline: 25% fidelity.   Mastery: ≥ 85% fidelity on 3 consecutive home observations.   By: "
        + us(D(2026, 12, 18)))
    x.p("")
    x.p("SERVICES", bold=True)
    x.p("97153: 12 hours per week (clinic) | 97155: 2 hours per week | 97156: 1 hour per week | "
        "97151 reassessment: 8 units at end of period")
    x.p("")
    x.t([["Role", "Name", "Signature", "Date"],
         ["BCBA", "Elias Moreau-Grant, MS, BCBA", "/s/ E. Moreau-Grant", us(pd)],
         ["Parent", "Wen Featherstone-Li", "/s/ W. Featherstone-Li", us(pd)]], head=True)
    x.save(name)
    gaps = [["baseline-missing"]]
    f = dict(plan=pd, period=auth, next_review=rv, assessment=asmt,
             targets=[D(2026, 12, 18), D(2027, 1, 29), D(2026, 11, 30)], sigs={"clinician": pd, "guardian": pd})
    check(name, "commercial-aba", [], as_of, gaps, f)
    label(name, "commercial-aba", [], as_of, gaps,
          "Gap: Goal 2's baseline is 'TBD - to be probed in first 2 weeks of service' (baseline-missing). "
          "Layout: bold inline labels with tab stops, goals as 'Goal N – Domain:' lines with an indented "
          "Baseline/Mastery/By line, pipe-separated services. The 97151 reassessment line has units, not "
          "hours per week.",
          unsure=("amount-missing",))


def t29():
    name = "t29_aba_gdd_not_covered.docx"
    as_of, pd = D(2026, 4, 13), D(2026, 3, 30)
    auth = (D(2026, 4, 6), D(2026, 10, 5))
    rv, asmt = D(2026, 9, 21), D(2026, 3, 16)
    x = Doc(font="Trebuchet MS", size=10, author="Bright Horizons Behavior")
    x.p("BRIGHT HORIZONS BEHAVIOR CONSULTING", bold=True, size=12, color="C55A11", after=0)
    x.p("Behavior-Analytic Treatment Plan and Authorization Request", size=10)
    x.t([["Child's name", "Penelope Achebe-Sorensen", "Date of birth", "08/14/2022"],
         ["Member ID", "BSCA-11902847", "Plan date", us(pd)],
         ["Authorization", f"{us(auth[0])} – {us(auth[1])}", "Progress review", us(rv)]], first_col=True,
        col_fill="FBE4D5")
    x.p("")
    x.p("Diagnoses (per developmental evaluation 01/26/2026, Kwame Asante-Lind, MD, developmental-behavioral "
        "pediatrics):", bold=True)
    x.p("1. F88 Other disorders of psychological development (global developmental delay) — primary")
    x.p("2. F80.2 Mixed receptive-expressive language disorder")
    x.p("Autism spectrum disorder was considered and not diagnosed (ADOS-2 Toddler Module: little-to-no concern); "
        "re-evaluation recommended at age 4.", italic=True)
    x.p(f"Assessment: Vineland-3 {us(asmt)} — ABC 66. VB-MAPP {us(D(2026, 3, 18))} — Milestones 22.")
    x.p("")
    x.p("Goals", bold=True)
    x.t([["Goal", "Baseline", "Mastery", "By"],
         ["Imitate 10 two-step actions with objects", "2 actions", "10 actions, 80% across 3 sessions", us(D(2026, 8, 31))],
         ["Follow 1-step directions without gestures", "30% of trials", "80% of trials across 3 sessions", us(D(2026, 7, 31))],
         ["Use 25 signs or words to request", "6", "25 spontaneous requests across 2 probes", us(D(2026, 9, 30))],
         ["Caregiver will embed naturalistic teaching during snack and bath", "1 of 5 steps",
          "5 of 5 steps on 3 consecutive observations", us(D(2026, 7, 31))]], head=True, size=9)
    x.p("")
    x.p("Requested: 97153 — 10 hours/week; 97155 — 1.5 hours/week; 97156 — 1 hour/week.")
    x.p("")
    x.p(f"BCBA signature: Priscilla Haverford, PhD, BCBA-D   {us(pd)}")
    x.p(f"Parent signature: Ingrid Sorensen   {us(pd)}")
    x.save(name)
    gaps = [["diagnosis-not-covered"]]
    f = dict(plan=pd, period=auth, next_review=rv, assessment=asmt,
             targets=[D(2026, 8, 31), D(2026, 7, 31), D(2026, 9, 30)], sigs={"clinician": pd, "guardian": pd})
    check(name, "commercial-aba", [], as_of, gaps, f)
    label(name, "commercial-aba", [], as_of, gaps,
          "Gap: primary diagnosis F88 (global developmental delay) with F80.2; autism explicitly ruled out, so "
          "the diagnosis is not covered for ABA (diagnosis-not-covered). Layout: shaded label column grid, "
          "numbered diagnosis list with 'primary' marker, goal table without a 'Target date' header ('By').")


def t30():
    name = "t30_aba_adult_annual_plan.docx"
    as_of, pd = D(2026, 2, 9), D(2026, 1, 5)
    auth = (D(2026, 1, 5), D(2027, 1, 4))
    rv, asmt = D(2027, 1, 4), D(2025, 12, 12)
    x = Doc(font="Calibri", size=10, landscape=True, author="Transitions Adult Services")
    x.p("TRANSITIONS ADULT SERVICES — Behavior Support & ABA Treatment Plan (Annual)", bold=True, size=12)
    x.t([["Participant", "Quentin Abernathy-Vale", "DOB", "03/22/2005", "Member #", "HNT 700381925"],
         ["Plan year", f"{us(auth[0])} to {us(auth[1])}", "Plan written", us(pd), "Annual review", us(rv)]],
        first_col=False, size=9)
    x.p("Dx: F84.0 Autistic disorder (adult re-evaluation 11/14/2023, Harriet Lindqvist, PhD, licensed "
        f"psychologist). Assessments: AFLS Vocational & Community modules {us(asmt)}; Vineland-3 {us(asmt)} ABC 58.")
    x.p("")
    x.t([["Area", "Objective", "Baseline", "Criterion", "Target"],
         ["Vocational", "Quentin will complete a 12-step mail-sorting task at his job site without prompts",
          "5 of 12 steps", "12 of 12 steps on 5 consecutive shifts", us(D(2026, 6, 30))],
         ["Community", "Quentin will pay for a purchase and wait for change", "needs full verbal prompts",
          "independent on 4 of 5 store visits", us(D(2026, 5, 29))],
         ["Behavior", "Reduce self-injury (hand biting)", "11 per week", "≤ 1 per week for 8 consecutive weeks",
          us(D(2026, 10, 30))],
         ["Family/caregiver", "Group-home staff and mother will implement the hand-biting replacement protocol",
          "45% fidelity", "≥ 90% fidelity on 3 consecutive checks", us(D(2026, 4, 30))]],
        head=True, head_fill="D9D9D9", size=9)
    x.p("")
    x.p("Hours: 97153 — 10 h/wk (job site and community); 97155 — 2 h/wk; 97156 — 1 h/wk; "
        "97158 group adaptive behavior treatment by protocol modification — 1 h/wk (social skills group).")
    x.p("")
    x.p(f"BCBA: Soraya Delgado-Whitfield, MA, BCBA  {us(pd)}        "
        f"Guardian (mother, legal guardian): Ottilie Vale  {us(pd)}        Participant: Quentin Abernathy-Vale  {us(pd)}")
    x.save(name)
    gaps = [["duration-exceeds-limit"], ["review-interval-exceeded"]]
    f = dict(plan=pd, period=auth, next_review=rv, assessment=asmt,
             targets=[D(2026, 6, 30), D(2026, 5, 29), D(2026, 10, 30), D(2026, 4, 30)],
             sigs={"clinician": pd, "guardian": pd, "client": pd})
    check(name, "commercial-aba", [], as_of, gaps, f)
    label(name, "commercial-aba", [], as_of, gaps,
          "Gaps: the plan year runs 12 months, beyond the 6-month authorization limit "
          "(duration-exceeds-limit), and the only review is the annual one, 364 days away (over 184) "
          "(review-interval-exceeded). Layout: landscape adult-services plan, six-column identifier grid, "
          "'Area/Objective/Baseline/Criterion/Target' table, signatures run together on one line.")


def t31():
    name = "t31_pediatric_feeding_program.docx"
    as_of, pd = D(2026, 10, 5), D(2026, 9, 14)
    auth = (D(2026, 9, 21), D(2027, 3, 20))
    rv, asmt = D(2027, 3, 1), D(2026, 8, 31)
    x = Doc(font="Calibri", size=10, author="Sprout Pediatric Feeding")
    x.p("SPROUT PEDIATRIC FEEDING PROGRAM", bold=True, size=13, color="2F5496", after=0)
    x.p("Intensive Day-Treatment (Behavioral) · Interdisciplinary Feeding Team", size=9, after=6)
    x.p("PATIENT INFORMATION", bold=True, color="2F5496")
    para = x.p("Name: ")
    x.cc(para, "Tobias Erdogan-Marsh", "Patient name")
    x.runs(para, "     DOB: ")
    x.cc(para, "11/03/2020", "Date of birth")
    x.runs(para, "     Member ID: ")
    x.cc(para, "ANT-61877304", "Member ID")
    para = x.p("Plan date: ")
    x.cc(para, us(pd), "Plan date")
    x.runs(para, "     Authorization: ")
    x.cc(para, f"{us(auth[0])} - {us(auth[1])}", "Authorization period")
    x.runs(para, "     Review by: ")
    x.cc(para, us(rv), "Review date")
    x.p("")
    x.p("DIAGNOSES", bold=True, color="2F5496")
    x.p("F84.0 Autistic disorder (primary) — diagnosed 04/12/2023 by Yusuf Haddad, PhD, licensed psychologist")
    x.p("R63.39 Other feeding difficulties (food selectivity; 5 accepted foods; weight-for-age 8th percentile)")
    x.p("")
    x.p("ASSESSMENTS", bold=True, color="2F5496")
    x.p(f"Vineland-3 ({us(asmt)}): ABC 70, Daily Living Skills 62. BAMBI ({us(asmt)}): total 61 (food "
        "refusal 22, limited variety 19). Swallow study 07/2026: safe for all textures (SLP).")
    x.p("")
    x.p("TREATMENT GOALS", bold=True, color="2F5496")
    x.block_cc([
        f"Goal 1. Tobias will accept bites of 15 target foods across 4 food groups. Baseline: 5 foods. "
        f"Mastery: 80% bite acceptance for each food across 3 consecutive meals. Target date: {us(D(2027, 2, 26))}.",
        f"Goal 2. Tobias will swallow accepted bites within 30 seconds (no packing). Baseline: 40% of bites. "
        f"Mastery: 90% of bites across 3 consecutive sessions. Target date: {us(D(2026, 12, 18))}.",
        f"Goal 3. Disruptive mealtime behavior (pushing spoon, crying) will decrease. Baseline: 4.5 per minute. "
        f"Mastery: 0.5 per minute or less across 5 consecutive meals. Target date: {us(D(2027, 1, 29))}.",
        f"Goal 4 (caregiver). Mother and father will each run a 20-bite meal using the protocol. Baseline: 30% "
        f"fidelity. Mastery: 90% fidelity on 3 consecutive home meals. Target date: {us(D(2027, 2, 26))}.",
    ], "Goals")
    x.p("")
    x.p("SERVICES", bold=True, color="2F5496")
    x.t([["Code", "Service", "Schedule", "Hours/week"],
         ["97153", "Protocol meals with behavior technician", "2 hrs/day x 5 days/wk", "10"],
         ["97155", "BCBA protocol modification (in meal room)", "1 hr/day x 3 days/wk", "3"],
         ["97156", "Caregiver feeding training", "1 hr x 2 days/wk", "2"]], head=True, head_fill="D9E2F3")
    x.p("")
    x.p(f"BCBA: Marguerite Oyelaran-Stone, MS, BCBA — e-signed {iso(pd)}")
    x.p(f"Parent/legal guardian: Helena Erdogan-Marsh — e-signed {iso(pd)}")
    x.save(name)
    f = dict(plan=pd, period=auth, next_review=rv, assessment=asmt,
             targets=[D(2027, 2, 26), D(2026, 12, 18), D(2027, 1, 29)], sigs={"clinician": pd, "guardian": pd})
    check(name, "commercial-aba", [], as_of, [], f)
    label(name, "commercial-aba", [], as_of, [],
          "Clean. Pediatric behavioral feeding program: identifiers and dates inside inline content controls, "
          "goals inside one block-level content control, BAMBI/Vineland-3 assessments, services table with both "
          "a schedule and an hours/week column, ISO e-signature dates.")


def t32():
    name = "t32_aba_native.yaml"
    as_of, pd = D(2026, 7, 20), D(2026, 6, 29)
    auth = (D(2026, 7, 6), D(2027, 1, 5))
    rv, asmt = D(2026, 12, 14), D(2026, 6, 15)
    bcba_npi = npi("133390284")
    text = f"""schema: authcheck-plan/1
# Exported from Kestrel ABA practice-management system (native authcheck format)
patient:
  name: Farida Nwachukwu-Ellis
  birth_date: 2019-12-07
  member_id: "00417723908"
payer: Highmark commercial PPO
discipline: aba
program: Kestrel ABA early learning clinic
plan_date: {iso(pd)}
period: {{start: {iso(auth[0])}, end: {iso(auth[1])}}}
expected_duration: 6 months
providers:
  - {{name: Rashida Coleman-Pryor, credential: BCBA, npi: "{bcba_npi}", role: supervising BCBA, organization: Kestrel ABA}}
diagnoses:
  - code: F84.0
    description: Autistic disorder
    primary: true
    diagnosed_by: Lionel Ashworth, PhD, licensed psychologist
    diagnosed_on: 2023-09-19
assessments:
  - instrument: VB-MAPP
    date: {iso(asmt)}
    scores: {{milestones: "74", barriers: "21"}}
    administered_by: Rashida Coleman-Pryor, BCBA
  - instrument: Vineland-3
    date: {iso(D(2026, 6, 17))}
    scores: {{ABC: "67"}}
problems:
  - statement: Limited functional communication and frequent tantrums at transitions
    goals:
      - label: "1"
        domain: Communication
        statement: Farida will request help or a break with a 3-word phrase instead of crying.
        baseline: 1 independent request per session
        mastery_criteria: 10 independent requests per session across 3 consecutive sessions
        target_date: {iso(D(2026, 11, 30))}
      - label: "2"
        domain: Behavior reduction
        statement: Farida will have fewer tantrums at transitions.
        baseline: 7 tantrums per day
        target: 1 or fewer tantrums per day for 3 consecutive weeks
        mastery_criteria: 1 or fewer tantrums per day for 3 consecutive weeks
        target_date: {iso(D(2026, 12, 31))}
      - label: "3"
        domain: Caregiver training
        statement: Father will use a visual timer and first-then language for transitions at home.
        baseline: 20% fidelity
        mastery_criteria: 90% fidelity on 3 consecutive observations
        target_date: {iso(D(2026, 10, 30))}
services:
  - {{code: "97153", description: Adaptive behavior treatment by protocol, hours_per_week: 15}}
  - {{code: "97155", description: Protocol modification, hours_per_week: 2}}
  - {{code: "97156", description: Family adaptive behavior treatment guidance, hours_per_week: 1}}
reviews:
  - {{kind: review, date: {iso(rv)}, completed: false}}
signatures:
  - {{role: clinician, name: Rashida Coleman-Pryor, credential: BCBA, npi: "{bcba_npi}", date: {iso(pd)}, method: electronic}}
  - {{role: guardian, name: Obinna Nwachukwu-Ellis, date: {iso(pd)}, method: electronic}}
"""
    write_text(name, text)
    f = dict(plan=pd, period=auth, next_review=rv, assessment=asmt,
             targets=[D(2026, 11, 30), D(2026, 12, 31), D(2026, 10, 30)], sigs={"clinician": pd, "guardian": pd})
    check(name, "commercial-aba", [], as_of, [], f)
    label(name, "commercial-aba", [], as_of, [],
          "Clean. authcheck native YAML with flow mappings, quoted member ID with a leading zero, providers, "
          "assessments with score maps, goals with baseline/mastery/target dates, a scheduled review.")


# =============================================================================================
# base-treatment-plan with state licensure profiles
# =============================================================================================
def t33():
    name = "t33_adolescent_iop_parent_signatures.docx"
    as_of, intake, pd = D(2026, 2, 16), D(2025, 12, 29), D(2026, 1, 16)
    md = D(2026, 1, 20)
    tg = [D(2026, 2, 13), D(2026, 3, 13), D(2026, 3, 27)]
    x = Doc(font="Century Gothic", size=9, author="Bridgeway Youth IOP")
    x.header(table=[["Bridgeway Behavioral Health — Adolescent Intensive Outpatient Program",
                     "Youth: Sadie Kowalewski-Brandt\nMA ID: 9037741285"]], text="", size=7)
    x.footer("Bridgeway BH is licensed by PA DHS OMHSAS as a psychiatric outpatient clinic.", size=7)
    x.p("ADOLESCENT IOP — INDIVIDUALIZED TREATMENT PLAN", bold=True, size=12, align="c")
    x.t([["Youth", "Sadie Kowalewski-Brandt", "Date of birth", "05/02/2010 (15 y)"],
         ["Medical Assistance ID", "9037741285", "MCO", "Community Care Behavioral Health"],
         ["Admission to IOP", us(intake), "Plan completed", us(pd)],
         ["Parent/guardian", "Dorota Kowalewska (mother)", "School", "Central Dauphin HS, grade 10"]],
        first_col=True, col_fill="E2EFD9", size=8)
    x.p("")
    x.p("Diagnoses: F32.2 Major depressive disorder, single episode, severe without psychotic features; "
        "F41.1 Generalized anxiety disorder")
    x.p("Safety: passive SI at admission, no plan/intent; safety plan completed " + us(intake) + " and reviewed weekly.")
    x.p("")
    probs = [
        ("Depression / safety",
         "Sadie will feel hopeful and safe enough to stay in school full-time.",
         [f"Sadie will lower her PHQ-A score from 21 to 10 or less by {us(tg[2])}.",
          f"Sadie will use a skill from her safety plan and tell a parent when urges to self-harm happen, "
          f"with 0 self-harm acts, for 6 weeks in a row by {us(tg[2])}."]),
        ("School refusal / anxiety",
         "Sadie will go to school on regular days.",
         [f"Sadie will attend at least 4 of 5 school days per week for 3 weeks in a row by {us(tg[1])}.",
          f"Sadie will lower her SCARED score from 44 to below 30 by {us(tg[2])}."]),
        ("Family conflict",
         "Sadie and her mother will argue less and solve problems together.",
         [f"Sadie and her mother will hold a 15-minute weekly family check-in at home 4 weeks in a row, per "
          f"mother's report, by {us(tg[0])}.",
          f"Yelling episodes at home will drop from 5 a week to 1 or fewer a week by {us(tg[1])}."]),
    ]
    for i, (prob, goal, objs) in enumerate(probs, 1):
        x.p(f"PROBLEM {i}: {prob}", bold=True)
        x.p(f"Goal {i}: {goal}")
        for j, o in enumerate(objs):
            x.p(f"Objective {i}.{j + 1}: {o}", indent=0.3)
    x.p("")
    x.p("Treatment / modalities", bold=True)
    x.t([["Modality", "Frequency", "Length", "Staff"],
         ["IOP group (DBT-A skills, CBT)", "3 days/week", "3 hours/day", "IOP therapists"],
         ["Individual psychotherapy", "weekly", "45 min", "Joaquín Ibarra, LPC"],
         ["Family therapy", "weekly", "60 min", "Joaquín Ibarra, LPC"],
         ["Psychiatric evaluation & medication management", "every 2 weeks", "20 min",
          "Dr. Amara Lindqvist-Osei, MD"]], head=True, size=8)
    x.p("Expected duration of IOP: 10 weeks (anticipated step-down to outpatient by " + us(D(2026, 3, 27)) + ").")
    x.p("")
    x.p("Our signatures show we helped write this plan and agree with it.", italic=True)
    x.t([["", "Name", "Signature", "Date"],
         ["Youth", "Sadie Kowalewski-Brandt", "Sadie K-B", us(pd)],
         ["Parent/guardian", "Dorota Kowalewska", "D. Kowalewska", us(pd)],
         ["Therapist", "Joaquín Ibarra, LPC", "J. Ibarra, LPC", us(pd)],
         ["Psychiatrist (approval)", "Amara Lindqvist-Osei, MD", "A. Lindqvist-Osei MD", us(md)]],
        head=True, size=8)
    x.save(name)
    st = ["pa-55-5200"]
    f = dict(plan=pd, admission=intake, targets=tg,
             sigs={"client": pd, "guardian": pd, "clinician": pd, "physician": md})
    check(name, "base-treatment-plan", st, as_of, [], f)
    label(name, "base-treatment-plan", st, as_of, [],
          "Clean (Medical Assistance MCO plan, baseline payer). Adolescent IOP: identifiers repeated in a "
          "header table, PROBLEM/Goal/Objective i.j numbering, modality table with length column, four-row "
          "signature table with youth, parent, therapist and psychiatrist.")


def t34():
    name = "t34_psych_rehab_irp.docx"
    as_of, intake, pd = D(2026, 5, 26), D(2026, 4, 13), D(2026, 5, 8)
    np_ = D(2026, 5, 12)
    tg = [D(2026, 7, 31), D(2026, 8, 31)]
    x = Doc(font="Calibri", size=10, author="Harbor Light PRS")
    x.p("Harbor Light Psychiatric Rehabilitation Services", bold=True, size=13, after=0)
    x.p("INDIVIDUAL RECOVERY & REHABILITATION PLAN", size=11, after=6)
    x.p(f"Person served: Montgomery \"Monty\" Achterberg    Date of birth: 09/12/1979")
    x.p(f"HealthChoices ID: 7300158842    Program entry: {us(intake)}    Plan date: {us(pd)}")
    x.p("Diagnosis: F25.0 Schizoaffective disorder, bipolar type")
    x.p("")
    x.p("My overall rehabilitation goal (in my words): \"I want my own apartment and a job where people know my name.\"",
        italic=True)
    x.p("Readiness assessment: ready for Living and Working domains; thinking about Social.", size=9)
    x.p("")
    x.h("Working domain", 2)
    x.p("Goal W: Monty will get and keep a part-time job.")
    x.p(f"   W1. Monty will complete 3 job applications per week with his PRS worker's help, by {us(tg[0])}.")
    x.p(f"   W2. Monty will attend 2 mock interviews and rate himself 4/5 or better on the interview checklist, by {us(tg[0])}.")
    x.p("   Interventions: skill teaching (interviewing), resource coordination with OVR.")
    x.h("Living domain", 2)
    x.p("Goal L: Monty will move from his sister's home into a supported apartment.")
    x.p("   Objectives: to be developed with Monty at the 30-day review once the housing application is back.")
    x.p("   Interventions: housing search support, budgeting skill teaching.")
    x.h("Wellness domain", 2)
    x.p("Goal H: Monty will stay well enough to stay out of the hospital.")
    x.p(f"   H1. Monty will take medications as prescribed on 6 of 7 days (pill-box check) by {us(tg[1])}.")
    x.p(f"   H2. Monty will name 3 early warning signs and one action for each in his WRAP by {us(tg[0])}.")
    x.p("   Interventions: WRAP, medication self-management skill teaching.")
    x.p("")
    x.p("Services: site-based psychiatric rehabilitation, 3 days/week, 4 hours/day (H2017); mobile PRS 1 hour/week. "
        "Expected length of service: 12 months, reviewed every 90 days.")
    x.p("")
    x.p("Signatures", bold=True)
    x.t([["Person served", "PRS specialist (CPRP)", "Supervising psychiatric nurse practitioner"],
         [f"Montgomery Achterberg\n{us(pd)}", f"Kiara Delacourt, MA, CPRP\n{us(pd)}",
          f"Farah Qureshi-Lind, CRNP\n{us(np_)}"]], head=True)
    x.save(name)
    st = ["pa-55-5200"]
    gaps = [["objective-missing"]]
    f = dict(plan=pd, admission=intake, targets=tg, sigs={"client": pd, "clinician": pd, "physician": np_})
    check(name, "base-treatment-plan", st, as_of, gaps, f)
    label(name, "base-treatment-plan", st, as_of, gaps,
          "Gap: Goal L (Living) has no objectives, only 'to be developed at the 30-day review' "
          "(objective-missing). Layout: recovery-model IRP with domains as Word headings, letter-coded "
          "goals (W, L, H) and objectives (W1, H2), HCPCS H2017, three-column signature table with a "
          "CRNP (Pennsylvania's nurse-practitioner title).")


def t35():
    name = "t35_ny_inpatient_rehab.docx"
    as_of, adm, pd = D(2026, 3, 2), D(2026, 2, 9), D(2026, 2, 13)
    md = D(2026, 2, 17)
    tg = [D(2026, 2, 27), D(2026, 3, 6), D(2026, 3, 13)]
    x = Doc(font="Arial", size=9, author="Hudson Highlands Recovery")
    x.p("HUDSON HIGHLANDS RECOVERY CENTER — Inpatient Rehabilitation (OASAS Part 818)", bold=True, size=10)
    x.p("PERSON-CENTERED TREATMENT/RECOVERY PLAN", bold=True, size=12)
    x.t([["Patient", "Desmond O'Halloran-Reyes", "DOB", "07/28/1988", "Medicaid CIN", "KT48213Q"],
         ["Admitted", us(adm), "Plan date", us(pd), "Unit", "B-Men's"]], size=8)
    x.p("")
    x.p("Diagnoses (DSM-5-TR / ICD-10-CM): F11.20 Opioid dependence, uncomplicated (OUD, severe, on "
        "buprenorphine); F10.20 Alcohol dependence, uncomplicated; F17.210 Nicotine dependence, cigarettes")
    x.p("")
    for dom, prob, goal, objs, meth in [
        ("SUBSTANCE USE", "Daily fentanyl and alcohol use x 3 years; 2 overdoses",
         "Stay in recovery with MOUD after discharge",
         [f"Take buprenorphine as prescribed daily, 100% of doses observed on unit, through {us(tg[2])}",
          f"Identify 5 personal triggers and a coping response for each in relapse prevention plan by {us(tg[0])}"],
         "Individual counseling 2x/week (45 min); relapse prevention group daily; MOUD induction/maintenance"),
        ("PHYSICAL HEALTH", "Hep C antibody positive; tobacco use",
         "Start hepatitis C care and cut down smoking",
         [f"Attend hep C clinic intake and complete viral load lab by {us(tg[1])}",
          f"Reduce cigarettes from 20/day to 5/day or fewer with NRT by {us(tg[2])}"],
         "Medical staff consult; nicotine replacement; tobacco education group weekly"),
        ("SOCIAL / FAMILY / HOUSING", "Unstably housed; estranged from sister",
         "Have a safe place to live after discharge",
         [f"Complete supportive housing application with case manager by {us(tg[1])}",
          f"Hold 1 family session with sister (phone or in person) by {us(tg[2])}"],
         "Case management 2x/week; family counseling session x1"),
    ]:
        x.bar(dom, fill="E7E6E6", color="000000")
        x.p(f"Problem: {prob}")
        x.p(f"Goal: {goal}")
        for o in objs:
            x.p(f"   ▪ Objective: {o}")
        x.p(f"Methods/approaches: {meth}")
    x.p("")
    x.p("Estimated length of stay: 28 days. Discharge planning began at admission.")
    x.p("")
    x.t([["Responsible clinical staff member", "Physician review"],
         [f"Signed: Maribel Fonseca-Trent, LMSW, CASAC\nDate: {us(pd)}",
          f"Reviewed and approved: Kenji Albright-Sato, MD\nDate: {us(md)}"]], head=True)
    x.p(f"Patient participation: Desmond O'Halloran-Reyes signed {us(pd)}.", size=8)
    x.save(name)
    st = ["ny-oasas-818"]
    f = dict(plan=pd, admission=adm, targets=tg, sigs={"clinician": pd, "physician": md, "client": pd})
    check(name, "base-treatment-plan", st, as_of, [], f)
    label(name, "base-treatment-plan", st, as_of, [],
          "Clean. NY OASAS inpatient person-centered plan: identifiers in a six-column grid with a Medicaid CIN, "
          "shaded domain bars, Problem/Goal/Objective/Methods lines per domain, clinician and physician "
          "signatures side by side with dates on the next line.")


def t36():
    name = "t36_ny_judicial_diversion.docx"
    as_of, adm, pd = D(2026, 8, 31), D(2026, 7, 20), D(2026, 7, 24)
    md = D(2026, 8, 3)
    tg = [D(2026, 8, 7), D(2026, 8, 14), D(2026, 8, 17)]
    x = Doc(font="Times New Roman", size=10, author="Seneca Ridge")
    x.p("SENECA RIDGE ADDICTION TREATMENT CENTER", bold=True, align="c", size=12, after=0)
    x.p("OASAS-certified Inpatient Rehabilitation Services · Operating Certificate 51820", align="c", size=8)
    x.p("")
    x.p("TREATMENT PLAN — MANDATED CLIENT", bold=True, align="c")
    x.t([["Client name: Tyrell M. Haskins-Boyd", f"Admission date: {dash(adm)}"],
         ["DOB: 02-14-1995", f"Date of plan: {dash(pd)}"],
         ["Client ID (Medicaid): RB77301M", "Referral: Onondaga County Judicial Diversion Part, Docket IND-70219-26"]],
        style=None)
    x.p("Legal status: Mandated. Progress reports to the Court weekly per signed 42 CFR Part 2 consent "
        "(on file, expires at end of court case).", size=9, italic=True)
    x.p("")
    x.p("Diagnoses: F15.20 Other stimulant dependence, uncomplicated (methamphetamine); F12.20 Cannabis "
        "dependence, uncomplicated; F43.10 Post-traumatic stress disorder, unspecified")
    x.p("")
    x.t([["Problem area", "Goal", "Objectives (measurable, dated)", "Methods of treatment"],
         ["1. Stimulant use leading to arrest", "Remain abstinent and meet court conditions",
          f"a. Negative urine screens on all random tests through discharge ({dash(tg[2])})\n"
          f"b. Complete Seeking Safety modules 1–6 by {dash(tg[1])}",
          "Individual counseling 2x/wk; CBT relapse prevention group daily; random UDS 2x/wk"],
         ["2. Trauma symptoms", "Reduce trauma symptoms that trigger use",
          f"a. PCL-5 from 47 to below 35 by {dash(tg[2])}",
          "Trauma-informed individual counseling; psychiatric consult"],
         ["3. Legal / employment", "Re-enter the community with work and court compliance",
          f"a. Attend every court appearance (100%) during stay\nb. Complete resume and 2 job-readiness sessions by {dash(tg[0])}",
          "Vocational counselor 1x/wk; case management"]], head=True, head_fill="D9D9D9", size=9)
    x.p("")
    x.p("Planned length of stay: 28 days.")
    x.p("")
    sigline(x, "Primary counselor: Vanessa Quiñones-Hart, CASAC-2", f"Date: {dash(pd)}")
    sigline(x, "Client: Tyrell M. Haskins-Boyd", f"Date: {dash(pd)}")
    sigline(x, "Physician review: Abimbola Chen-Ferraro, MD", f"Date: {dash(md)}")
    x.save(name)
    st = ["ny-oasas-818"]
    gaps = [["signature-late"]]
    f = dict(plan=pd, admission=adm, targets=tg, sigs={"clinician": pd, "client": pd, "physician": md})
    check(name, "base-treatment-plan", st, as_of, gaps, f)
    label(name, "base-treatment-plan", st, as_of, gaps,
          f"Gap: admission {iso(adm)}, physician review signed {iso(md)}, {days(adm, md)} days after admission "
          "(over 10) (signature-late). Layout: forensic/court-mandated plan, MM-DD-YYYY dates, borderless "
          "two-column identifier table, four-column problem/goal/objective/methods grid, tab-aligned signature lines.")


def t37():
    name = "t37_ny_dsm_words_only.docx"
    as_of, adm, pd = D(2026, 11, 2), D(2026, 10, 9), D(2026, 10, 14)
    md = D(2026, 10, 16)
    x = Doc(font="Calibri", size=10, author="Mohawk Valley Recovery")
    x.p("Mohawk Valley Recovery Lodge", bold=True, size=14, after=0)
    x.p("Inpatient Rehabilitation · Comprehensive Treatment Plan", size=10)
    x.p("")
    x.p(f"Resident: Philippa \"Pippa\" Strand-Okonjo · born {abbr(D(1979, 4, 2))} · Fidelis Care member "
        f"ID 58812093-01 · admitted {abbr(adm)} · plan written {abbr(pd)}")
    x.p("")
    x.p("Clinical formulation", bold=True)
    x.p("Pippa is a 47-year-old nurse referred by the Professional Assistance Program after diversion of "
        "hydrocodone was discovered. She drinks a bottle of wine nightly.")
    x.p("DSM-5-TR diagnoses: Alcohol use disorder, severe; Opioid use disorder, moderate; "
        "Major depressive disorder, recurrent, mild.")
    x.p("")
    x.p("Problems, goals and approaches", bold=True)
    x.p("1) Alcohol and opioid use. Goal: sustained recovery and return to safe nursing practice. "
        f"Objectives: complete alcohol withdrawal without complications (CIWA below 8) by {abbr(D(2026, 10, 20))}; "
        f"attend 12 mutual-help meetings (Caduceus/AA) before discharge ({abbr(D(2026, 11, 6))}). "
        "Approaches: individual counseling 3x/week, daily groups, naltrexone evaluation.")
    x.p("2) Depression. Goal: stable mood. Objectives: PHQ-9 from 14 to under 10 by "
        f"{abbr(D(2026, 11, 6))}. Approaches: CBT in individual sessions; psychiatric evaluation.")
    x.p("3) Professional licensure. Goal: comply with PAP monitoring. Objectives: sign PAP monitoring agreement "
        f"and complete 1 call with PAP case manager by {abbr(D(2026, 10, 30))}. Approaches: case management.")
    x.p("")
    x.p("Projected stay: 28 days.")
    x.p("")
    x.p(f"Primary counselor — Gideon Ashby, CASAC — {abbr(pd)}")
    x.p(f"Medical director — Roxanne Petrosyan, DO — reviewed {abbr(md)}")
    x.p(f"Resident — Philippa Strand-Okonjo — {abbr(pd)}")
    x.save(name)
    st = ["ny-oasas-818"]
    gaps = [["diagnosis-code-missing"]]
    f = dict(plan=pd, admission=adm, targets=[D(2026, 10, 20), D(2026, 11, 6), D(2026, 10, 30)],
             sigs={"clinician": pd, "client": pd, "physician": md})
    check(name, "base-treatment-plan", st, as_of, gaps, f)
    label(name, "base-treatment-plan", st, as_of, gaps,
          "Gap: the three diagnoses are written in DSM-5-TR words only, with no ICD-10-CM codes "
          "(diagnosis-code-missing). Layout: identifiers run together in one middle-dot-separated sentence, "
          "'Mon D, YYYY' dates, each problem a single paragraph holding goal, objectives and approaches.")


def t38():
    name = "t38_fl_residential_level2.docx"
    as_of, adm, pd = D(2026, 4, 6), D(2026, 3, 2), D(2026, 3, 13)
    qp = D(2026, 3, 18)
    tg = [D(2026, 4, 3), D(2026, 4, 24), D(2026, 5, 15)]
    x = Doc(font="Arial", size=9, author="Suncoast Recovery Residence")
    x.p("SUNCOAST RECOVERY — RESIDENTIAL TREATMENT", bold=True, size=11, color="1F4E79")
    x.p("Individualized Treatment Plan (65D-30.0044, F.A.C.)", size=9)
    x.t([["Individual:", "Ramona Esperanza Velez", "Date of birth:", "10/03/1991"],
         ["Client #:", "SR-26-0188", "Medicaid ID:", "7719340255"],
         ["Level of care:", "Residential Level 2", "Date of admission:", us(adm)],
         ["Date of plan:", us(pd), "Primary counselor:", "Devin Okafor-Reilly, CAP"]], style=None, first_col=False)
    x.p("")
    x.p("Diagnoses: F14.20 Cocaine dependence, uncomplicated; F10.20 Alcohol dependence, uncomplicated; "
        "F43.10 Post-traumatic stress disorder, unspecified")
    x.p("")
    x.t([["Goal", "Behavioral objective", "Expected completion", "Tasks / services", "Frequency"],
         ["1. Abstinence", "Ramona will produce negative urine screens on 100% of random tests",
          us(tg[2]), "Random UDS; relapse-prevention group", "UDS 1x/week; group 5x/week"],
         ["", "Ramona will write a relapse-prevention plan with 5 triggers and 5 coping actions and present it in group",
          us(tg[0]), "Individual counseling", "2x/week, 50 min"],
         ["2. Trauma", "Ramona will lower PCL-5 from 52 to 38 or less", us(tg[2]),
          "Seeking Safety group; individual trauma counseling", "group 2x/week; individual 1x/week"],
         ["3. Parenting / family", "Ramona will attend 4 supervised visits with her children and complete "
          "8 of 8 parenting class sessions", us(tg[1]), "Parenting class; family sessions with DCF case plan",
          "class 1x/week; family 2x/month"]],
        head=True, head_fill="DEEAF6", size=8, merges=[(1, 0, 2, 0)])
    x.p("")
    x.p("Estimated length of stay: 60–90 days.")
    x.p("")
    x.t([["Individual", "Primary counselor", "Qualified professional (review)"],
         [f"Ramona E. Velez   {us(pd)}", f"Devin Okafor-Reilly, CAP   {us(pd)}",
          f"Anneliese Brandt, LMHC, QP   {us(qp)}"]], head=True, size=8)
    x.save(name)
    st = ["fl-65d-30"]
    f = dict(plan=pd, admission=adm, targets=tg, fl_limit=15,
             sigs={"client": pd, "clinician": pd, "supervisor": qp})
    check(name, "base-treatment-plan", st, as_of, [], f)
    label(name, "base-treatment-plan", st, as_of, [],
          "Clean. Florida residential level 2 plan (15-day deadline, 11 days used; QP countersigned in 5 "
          "days): borderless label/value grid, goal table with a vertically merged goal cell over two "
          "objectives, 'Expected completion' and 'Frequency' columns, signature table.")


def t39():
    name = "t39_fl_detox_late.docx"
    as_of, adm, pd = D(2026, 1, 26), D(2026, 1, 5), D(2026, 1, 11)
    tg = [D(2026, 1, 14), D(2026, 1, 16)]
    x = Doc(font="Calibri", size=9, author="Palmetto Detox")
    x.p("PALMETTO WITHDRAWAL MANAGEMENT CENTER", bold=True, size=11)
    x.p("Intensive Inpatient Treatment Plan", size=10)
    x.p(f"Patient: Boyd Alvarez-Tuck   DOB: 3/8/1983   Member ID: SUN-448021977   MRN: PW-9001")
    x.p(f"Level: Intensive Inpatient   Admit: {us4(adm)}   Plan: {us4(pd)}")
    x.p("Dx: F10.230 Alcohol dependence with withdrawal, uncomplicated; F11.20 Opioid dependence, uncomplicated")
    x.p("")
    x.p("Goal 1 – Complete withdrawal safely", bold=True)
    x.p(f"  1a. CIWA-Ar scores under 8 for 48 consecutive hours by {us4(tg[0])}.")
    x.p(f"  1b. COWS under 5 after buprenorphine induction by {us4(tg[0])}.")
    x.p("  Services: nursing assessment every 4 hours; physician/ARNP rounds daily; withdrawal medication per "
        "protocol at each 4-hour assessment.")
    x.p("Goal 2 – Linkage to continuing care", bold=True)
    x.p(f"  2a. Boyd will have 1 confirmed intake appointment with an outpatient MAT provider (date and time "
        f"written on his discharge plan) before discharge ({us4(tg[1])}).")
    x.p(f"  2b. Boyd will name 3 people he can call for support and enter them in his phone by {us4(tg[1])}.")
    x.p("  Services: case management daily; motivational interviewing counseling 1x/day, 30 min; "
        "education group 2x/day.")
    x.p("")
    x.p("Projected stay: 5–7 days.")
    x.p("")
    x.p("Signatures", bold=True)
    x.p("Patient: Boyd Alvarez-Tuck ____________  Date: ______")
    x.p(f"Counselor: Lorna Baptiste-Yoon, CAC    Date: {us4(pd)}")
    x.p("Note: patient reviewed the plan with counselor and signed; date not written.", size=8, italic=True)
    x.save(name)
    st = ["fl-65d-30"]
    gaps = [["plan-late"], ["signature-missing"]]
    f = dict(plan=pd, admission=adm, targets=tg, fl_limit=3, sigs={"clinician": pd, "client": None})
    check(name, "base-treatment-plan", st, as_of, gaps, f)
    label(name, "base-treatment-plan", st, as_of, gaps,
          f"Gaps: intensive inpatient plan due within 3 days; admitted {iso(adm)}, plan {iso(pd)} "
          f"({days(adm, pd)} days) (plan-late); the patient's signature has no date (signature-missing). "
          "Layout: compact detox plan, m/d/yyyy dates, goals with indented 1a/1b objectives and a "
          "'Services:' line each.")


def t40():
    name = "t40_fl_methadone_otp.docx"
    as_of, adm, pd = D(2026, 9, 21), D(2026, 8, 3), D(2026, 8, 28)
    qp = D(2026, 9, 2)
    tg = [D(2026, 10, 30), D(2026, 11, 27), D(2026, 12, 18)]
    x = Doc(font="Calibri", size=10, author="Bay Pines Opioid Treatment")
    x.header("Bay Pines Opioid Treatment Program — CONFIDENTIAL: 42 CFR Part 2", size=8)
    x.p("Bay Pines OTP", bold=True, size=14, after=0)
    x.p("Comprehensive Treatment Plan — Methadone Maintenance", size=11)
    x.p("")
    x.p(f"Patient name: Jolene Marchbanks-Ruiz     DOB: {us(D(1986, 6, 30))}     Patient #: BP-11827")
    x.p(f"Payer: Florida Medicaid (Sunshine Health) ID 3301294477")
    x.p(f"Program admission: {us(adm)}     Plan date: {us(pd)}")
    x.p("Level of care: Medication-Assisted Treatment for Opioid Addiction (methadone)")
    x.p("Diagnosis: F11.20 Opioid dependence, uncomplicated; F41.1 Generalized anxiety disorder")
    x.p("")
    x.p("Current dose: methadone 85 mg daily, observed. Take-home level: 0 (eligible for step 1 after 90 days "
        "of negative screens).")
    x.p("")
    for lab, goal, objs, svc in [
        ("A", "Stabilize on methadone with no illicit opioid use",
         [f"Negative fentanyl/opiate screens on 8 consecutive weekly tests by {us(tg[1])}",
          f"Attend dosing 7 of 7 days per week with 0 missed doses for 30 days by {us(tg[0])}"],
         "Daily observed dosing; weekly random UDS; physician dose review monthly"),
        ("B", "Manage anxiety without benzodiazepines",
         [f"GAD-7 from 15 to below 10 by {us(tg[2])}",
          f"Practise 2 relaxation skills 5 days/week, per counselor check-in, by {us(tg[0])}"],
         "Individual counseling 2x/month (50 min); one-time referral to psychiatry"),
        ("C", "Return to work",
         [f"Complete CNA license reinstatement paperwork by {us(tg[1])}",
          f"Work at least 20 hours per week for 4 weeks in a row by {us(tg[2])}"],
         "Vocational rehabilitation referral once; case management monthly"),
    ]:
        x.p(f"Goal {lab}: {goal}", bold=True)
        for i, o in enumerate(objs, 1):
            x.p(f"Objective {lab}{i}: {o}", indent=0.3)
        x.p(f"Services and frequency: {svc}", indent=0.3, italic=True)
    x.p("")
    x.p("Expected duration: long-term maintenance; plan reviewed at least every 90 days.")
    x.p("")
    x.p(f"Patient signature: Jolene Marchbanks-Ruiz          Date: {us(pd)}")
    x.p(f"Counselor: Terrence Obi-Lundgren, CAC          Date: {us(pd)}")
    x.p(f"Qualified professional review: Marisa Delgado-Hunt, LCSW          Date: {us(qp)}")
    x.p(f"Medical director: Hyun-woo Park, MD          Date: {us(qp)}")
    x.save(name)
    st = ["fl-65d-30"]
    f = dict(plan=pd, admission=adm, targets=tg, fl_limit=30,
             sigs={"client": pd, "clinician": pd, "supervisor": qp, "physician": qp})
    check(name, "base-treatment-plan", st, as_of, [], f)
    label(name, "base-treatment-plan", st, as_of, [],
          "Clean. Florida OTP methadone plan (30-day deadline, 25 days used; QP countersigned in 5 days): "
          "Part 2 header, lettered goals with A1/A2 objectives, an italic 'Services and frequency' line per goal, "
          "signatures as label/date lines.")


def t41():
    name = "t41_fl_day_night_countersign_late.docx"
    as_of, adm, pd = D(2026, 6, 29), D(2026, 5, 4), D(2026, 5, 12)
    qp = D(2026, 5, 29)
    tg = [D(2026, 6, 5), D(2026, 6, 26), D(2026, 7, 10)]
    x = Doc(font="Calibri", size=10, author="Everglades Day Treatment")
    x.p("EVERGLADES COMMUNITY SERVICES — Day Treatment Program", bold=True, size=11)
    x.p("TREATMENT PLAN", bold=True, size=14)
    x.t([["Name", "Ximena Cardoso-Blake"], ["Date of Birth", "12/19/1998"], ["Member #", "MOL-50093318"],
         ["Level of Care", "Day or Night Treatment"], ["Admission", us(adm)], ["Plan", us(pd)]],
        widths=[1.6, 3.0], first_col=True, col_fill="FFF2CC")
    x.p("")
    x.p("Diagnoses: F15.20 Other stimulant dependence, uncomplicated; F33.1 Major depressive disorder, recurrent, moderate")
    x.p("")
    x.p("GOAL 1. Stop methamphetamine use.", bold=True)
    x.p(f"Objective 1.1 — Negative drug screens on all random tests (at least 1 per week) through {us(tg[2])}.")
    x.p(f"Objective 1.2 — List 6 high-risk situations and a refusal plan for each, reviewed in group, by {us(tg[0])}.")
    x.p("Services: day treatment groups 5 days/week, 4 hours/day; individual counseling weekly.")
    x.p("GOAL 2. Improve mood and daily structure.", bold=True)
    x.p(f"Objective 2.1 — PHQ-9 from 18 to 12 or below by {us(tg[1])}.")
    x.p(f"Objective 2.2 — Follow a written daily schedule on 5 of 7 days (schedule log) by {us(tg[1])}.")
    x.p("Services: psychiatric medication evaluation once, then monthly; behavioral activation in individual counseling weekly.")
    x.p("")
    x.p("Anticipated length of stay: 10 weeks.")
    x.p("")
    x.p(f"Individual: Ximena Cardoso-Blake — {us(pd)}")
    x.p(f"Staff (plan author): Caleb Thibodeaux, BS, CAP-intern — {us(pd)}")
    x.p(f"Qualified professional countersignature: Renée Dufresne-Amari, LMHC — {us(qp)}")
    x.save(name)
    st = ["fl-65d-30"]
    gaps = [["signature-late"]]
    f = dict(plan=pd, admission=adm, targets=tg, fl_limit=10,
             sigs={"client": pd, "clinician": pd, "supervisor": qp})
    check(name, "base-treatment-plan", st, as_of, gaps, f)
    label(name, "base-treatment-plan", st, as_of, gaps,
          f"Gap: the plan was written by an intern and countersigned by the qualified professional on "
          f"{iso(qp)}, {days(pd, qp)} days after the plan (over 10) (signature-late). Admission to plan "
          f"{days(adm, pd)} days (day/night limit 10). Layout: vertical two-column label table, GOAL N bold "
          "lines with 'Objective N.M —' paragraphs, em-dash signature lines.")


def _ntp(x: Doc, org: str, pt: dict, adm: D, pd: D, rv: D, sup: D, md: D, tg: list[D], style: int):
    if style == 1:
        x.p(org, bold=True, size=12, align="c", after=0)
        x.p("Narcotic Treatment Program — Licensed by DHCS (Title 9, Chapter 4)", align="c", size=8)
        x.p("INITIAL MAINTENANCE TREATMENT PLAN", bold=True, align="c", before=6)
        x.t([["Patient", pt["name"], "Patient ID", pt["pid"]],
             ["Date of birth", pt["dob"], "Medi-Cal CIN", pt["cin"]],
             ["Admission to maintenance", us(adm), "Plan effective date", us(pd)],
             ["Primary counselor", pt["counselor"], "Next plan update due", us(rv)]], first_col=False, size=9)
    else:
        x.p(org, bold=True, size=13, color="385723")
        x.p("Treatment Plan (Maintenance) — Title 9 §10305", size=9, after=6)
        x.p(f"PATIENT  {pt['name']}   ·   DOB {pt['dob']}   ·   Medi-Cal {pt['cin']}   ·   Chart {pt['pid']}", size=9)
        x.p(f"Admitted {iso(adm)}   ·   Plan effective {iso(pd)}   ·   Quarterly update due {iso(rv)}", size=9)
    x.p("")
    x.p("Diagnosis: " + pt["dx"])
    x.p("Medication: " + pt["med"])
    x.p("")
    x.p("LONG-TERM GOALS AND SHORT-TERM GOALS (target dates within 90 days)", bold=True)
    for i, (lt, sts) in enumerate(pt["goals"], 1):
        x.p(f"Long-term goal {i}: {lt}")
        for j, (st_, d) in enumerate(sts):
            x.p(f"     Short-term goal {i}.{chr(97 + j)}: {st_}  — target date {us(tg[d])}")
    x.p("")
    x.p("Behavioral tasks / services: " + pt["svc"])
    x.p("")
    x.t([["Role", "Signature", "Date"],
         ["Primary counselor", pt["counselor"], us(pd)],
         ["Patient", pt["name"], us(pd)],
         ["Supervising counselor (review/countersign)", pt["supervisor"], us(sup)],
         ["Medical director (review/countersign)", pt["md"], us(md)]], head=True, size=9)


def t42():
    name = "t42_ca_ntp_initial.docx"
    as_of, adm, pd = D(2026, 2, 23), D(2026, 1, 5), D(2026, 1, 26)
    sup, md, rv = D(2026, 1, 30), D(2026, 2, 3), D(2026, 4, 6)
    tg = [D(2026, 3, 2), D(2026, 3, 30), D(2026, 4, 20)]
    x = Doc(font="Arial", size=9, author="Pacific Crest NTP")
    pt = dict(name="Esteban Villalobos-Crane", pid="PC-30518", dob="05/21/1977", cin="94218837B",
              counselor="Lucia Montemayor, SUDCC II", supervisor="Graham Whitfield, LMFT, clinical supervisor",
              md="Nalini Raghavan, MD", dx="F11.20 Opioid dependence, uncomplicated",
              med="Methadone, currently 60 mg daily, titrating",
              goals=[("Stop using illicit opioids.",
                      [("Negative screens for fentanyl and other opioids on 4 consecutive monthly tests", 2),
                       ("Reduce self-reported use days from 20 per month to 4 or fewer", 0)]),
                     ("Improve health and safety.",
                      [("Complete hepatitis C and HIV testing and receive results", 0),
                       ("Carry naloxone at every dosing visit (counselor spot check 4 of 4)", 1)]),
                     ("Stable housing.", [("Submit 2 housing applications with case manager's help", 1)])],
              svc="daily observed dosing; individual counseling 50 minutes at least 4 times per month; "
                  "monthly random drug testing; case management as needed.")
    _ntp(x, "PACIFIC CREST RECOVERY — NARCOTIC TREATMENT PROGRAM", pt, adm, pd, rv, sup, md, tg, 1)
    x.save(name)
    st = ["ca-title9-ntp"]
    f = dict(plan=pd, admission=adm, targets=tg, next_review=rv,
             sigs={"clinician": pd, "client": pd, "supervisor": sup, "physician": md})
    check(name, "base-treatment-plan", st, as_of, [], f)
    label(name, "base-treatment-plan", st, as_of, [],
          f"Clean. California NTP initial plan: plan {days(adm, pd)} days after admission (28 allowed); supervisor "
          f"and medical director countersigned {days(pd, sup)} and {days(pd, md)} days after the plan (14 allowed); "
          f"update due {days(adm, rv)} days after admission (92 allowed). Layout: label grid, 'Long-term goal' / "
          "'Short-term goal i.a — target date' lines, role/signature/date table.")


def t43():
    name = "t43_ca_ntp_md_late.docx"
    as_of, adm, pd = D(2026, 7, 13), D(2026, 5, 11), D(2026, 6, 1)
    sup, md, rv = D(2026, 6, 4), D(2026, 6, 23), D(2026, 8, 10)
    tg = [D(2026, 7, 6), D(2026, 8, 3), D(2026, 8, 28)]
    x = Doc(font="Calibri", size=10, author="Valle Central NTP")
    pt = dict(name="Marisol Quiroga-Denton", pid="VC-7720", dob="09/14/1990", cin="91830422A",
              counselor="Bertrand Ochoa, CADC-II", supervisor="Thandiwe Mokoena, LCSW",
              md="Farid Haddad-Lowe, DO", dx="F11.20 Opioid dependence, uncomplicated; F15.20 Other stimulant dependence, uncomplicated",
              med="Methadone 90 mg daily",
              goals=[("Stop all opioid and methamphetamine use.",
                      [("Negative screens for all substances on 3 consecutive tests", 1),
                       ("Attend 8 of 8 scheduled counseling sessions", 0)]),
                     ("Regain custody of her son.",
                      [("Complete 10-week parenting course (10 of 10 classes)", 2),
                       ("Provide CPS worker with monthly clean screen letter 2 months in a row", 1)])],
              svc="daily observed dosing; individual counseling 50 min weekly; women's group weekly; "
                  "random drug testing at least monthly.")
    _ntp(x, "Valle Central Comprehensive Treatment Center", pt, adm, pd, rv, sup, md, tg, 2)
    x.save(name)
    st = ["ca-title9-ntp"]
    gaps = [["signature-late"]]
    f = dict(plan=pd, admission=adm, targets=tg, next_review=rv,
             sigs={"clinician": pd, "client": pd, "supervisor": sup, "physician": md})
    check(name, "base-treatment-plan", st, as_of, gaps, f)
    label(name, "base-treatment-plan", st, as_of, gaps,
          f"Gap: the medical director (DO) countersigned {iso(md)}, {days(pd, md)} days after the plan's "
          "effective date (14 allowed) (signature-late). Layout: ISO dates in a middle-dot identifier line, "
          "'Short-term goal' lines with target dates, role/signature/date table.")


def t44():
    name = "t44_tx_outpatient_cd.docx"
    as_of, adm, pd = D(2026, 5, 18), D(2026, 4, 14), D(2026, 4, 21)
    tg = [D(2026, 5, 26), D(2026, 6, 16), D(2026, 7, 14)]
    x = Doc(font="Calibri", size=10, author="Lone Star Recovery")
    x.p("LONE STAR RECOVERY SERVICES, INC.", bold=True, size=12, after=0)
    x.p("Licensed Chemical Dependency Treatment Facility — Supportive/Intensive Outpatient", size=9)
    x.p("")
    x.p("INDIVIDUALIZED TREATMENT PLAN", bold=True, size=12, align="c")
    x.t([["Client", "Cody Wayne Hargrove", "DOB", "08/30/1984"],
         ["Payer / ID", "Texas Medicaid (Superior) 522019834", "Admission", us(adm)],
         ["Plan date", us(pd), "Counselor", "Lacey Villanueva, LCDC"]], first_col=False)
    x.p("")
    x.p("Diagnosis: F10.20 Alcohol dependence, uncomplicated; F12.20 Cannabis dependence, uncomplicated")
    x.p("")
    x.t([["Problem", "Goal", "Objectives (behavioral, measurable, time-specific)", "Strategies (type & frequency)"],
         ["Alcohol use (DUI 02/2026)", "Maintain sobriety",
          f"1. Negative breath and urine tests on 100% of random tests through {us(tg[2])}\n"
          f"2. Attend 3 AA/SMART meetings per week, with signed attendance sheets, every week through {us(tg[2])}",
          "Group counseling 3x/week, 3 hrs; individual counseling 1x/week, 1 hr; random UA 1x/week"],
         ["Cannabis use", "Stop cannabis use",
          f"3. List 5 triggers and a coping plan for each by {us(tg[0])}\n"
          f"4. THC levels declining to negative by {us(tg[1])}",
          "Individual counseling 1x/week; relapse-prevention curriculum in group 3x/week"],
         ["Employment/legal", "Keep job and complete probation terms",
          f"5. Miss 0 work days due to use through {us(tg[2])}\n"
          f"6. Complete 24 of 24 DWI education hours by {us(tg[1])}",
          "Case management 2x/month; DWI education class 1x/week"]],
        head=True, head_fill="F8CBAD", size=8)
    x.p("")
    x.p("Projected length of stay: 12 weeks (IOP 6 weeks, then supportive outpatient 6 weeks).")
    x.p("")
    x.t([["Client signature / date", "Counselor signature / date"],
         [f"Cody W. Hargrove  {us(pd)}", f"Lacey Villanueva, LCDC  {us(pd)}"]])
    x.save(name)
    st = ["tx-26tac-564"]
    f = dict(plan=pd, admission=adm, targets=tg, sigs={"client": pd, "clinician": pd})
    check(name, "base-treatment-plan", st, as_of, [], f)
    label(name, "base-treatment-plan", st, as_of, [],
          "Clean. Texas CD outpatient plan: four-column Problem/Goal/Objectives/Strategies table with "
          "objectives numbered 1-6 across rows inside cells, strategies with type and frequency, projected "
          "length of stay, two-cell signature table.")


def t45():
    name = "t45_tx_probation_sud.docx"
    as_of, adm, pd = D(2026, 10, 26), D(2026, 9, 28), D(2026, 10, 5)
    tg = [D(2026, 11, 2), D(2026, 11, 30), D(2026, 12, 28)]
    x = Doc(font="Times New Roman", size=11, author="Brazos Valley CSCD Treatment")
    x.p("BRAZOS VALLEY COMMUNITY SUPERVISION — CONTRACTED TREATMENT PROVIDER", bold=True, size=10, align="c")
    x.p("Trinity Bend Counseling, LLC (licensed CDTF)", align="c", size=10)
    x.p("Court-Ordered Substance Use Treatment Plan", bold=True, size=13, align="c")
    x.p("")
    x.p(f"Probationer / client: Dakota Lee Ramsey           SID: 09911872")
    x.p(f"Date of birth: {us(D(1992, 3, 17))}           Medicaid/CHIP ID: none; Member ID (county indigent program): BV-CI-44210")
    x.p(f"Cause No.: 24-1187-CR-85 (DWI 3rd)           Admission: {us(adm)}           Plan date: {us(pd)}")
    x.p("Conditions of supervision require: 90 days treatment, ignition interlock, random testing, SCRAM.", size=9,
        italic=True)
    x.p("")
    x.p("Diagnosis: F10.20 Alcohol dependence, uncomplicated; F17.210 Nicotine dependence, cigarettes, uncomplicated")
    x.p("")
    x.p("Problem 1: Repeated alcohol-related arrests", bold=True)
    x.p("Goal: Dakota will stay sober and complete the conditions of probation.")
    x.p(f"   Obj 1A: SCRAM bracelet will show 0 drinking events through {us(tg[2])}.")
    x.p(f"   Obj 1B: Dakota will gain insight into his criminal thinking patterns by {us(tg[1])}.")
    x.p("   Strategy: cognitive-behavioral intervention (Thinking for a Change) group 2x/week, 2 hours.")
    x.p("Problem 2: No sober supports", bold=True)
    x.p("Goal: Build a sober support network.")
    x.p(f"   Obj 2A: Attend 2 AA meetings per week and get a sponsor's phone number by {us(tg[0])}.")
    x.p(f"   Obj 2B: Identify 3 sober people he can call and practise calling one in session by {us(tg[0])}.")
    x.p("   Strategy: individual counseling 1x/week, 1 hour, using 12-step facilitation.")
    x.p("")
    x.p("Projected length of treatment: 90 days (court-ordered minimum).")
    x.p("")
    x.p("Releases: 42 CFR Part 2 consent to Brazos Valley CSCD (probation officer M. Truong) signed " + us(adm) + ".",
        size=9)
    x.p("")
    x.p(f"Client signature: Dakota Lee Ramsey                          Date: {us(pd)}")
    x.p(f"Counselor signature: Joanna Pruett-Salas, LCDC          Date: {us(pd)}")
    x.save(name)
    st = ["tx-26tac-564"]
    gaps = [["objective-not-measurable"]]
    f = dict(plan=pd, admission=adm, targets=tg, sigs={"client": pd, "clinician": pd})
    check(name, "base-treatment-plan", st, as_of, gaps, f)
    label(name, "base-treatment-plan", st, as_of, gaps,
          "Gap: Obj 1B 'Dakota will gain insight into his criminal thinking patterns' is dated but names "
          "nothing observable or a level (objective-not-measurable). Layout: court-ordered probation plan "
          "with SID/cause number, member ID for a county indigent program, 'Obj 1A' labels, Strategy lines.")


def t46():
    name = "t46_tx_target_year_typo.docx"
    as_of, adm, pd = D(2026, 3, 9), D(2026, 1, 13), D(2026, 1, 20)
    good = [D(2026, 3, 20), D(2026, 4, 17)]
    typo = D(2025, 2, 20)
    x = Doc(font="Arial", size=10, author="Hill Country Recovery Ranch")
    x.p("Hill Country Recovery Ranch", bold=True, size=13, after=0)
    x.p("Residential Chemical Dependency Treatment · Kerrville, TX", size=9)
    x.p("")
    x.p("TREATMENT PLAN", bold=True)
    x.t([["Client", "Brandi Jo Castañeda"], ["Birth date", "01/31/1997"], ["Insurance ID", "BCBSTX XJH880193455"],
         ["Admitted", us(adm)], ["Plan date", us(pd)], ["Counselor", "Travis Oyelaran-Beck, LCDC"]],
        widths=[1.5, 3.5], first_col=True)
    x.p("")
    x.p("Diagnosis: F11.20 Opioid dependence, uncomplicated; F41.1 Generalized anxiety disorder")
    x.p("")
    x.t([["Goal", "Objective", "Target date", "Strategy / frequency"],
         ["1. Recovery from opioid use", "1.1 Brandi will complete 10 of 10 relapse-prevention workbook chapters",
          us(good[0]), "Individual counseling 2x/week"],
         ["", "1.2 Brandi will attend 5 Narcotics Anonymous meetings per week on campus", us(typo),
          "NA meetings 5x/week"],
         ["2. Manage anxiety", "2.1 GAD-7 from 16 to 9 or less", us(good[1]), "CBT group 3x/week"],
         ["", "2.2 Use box breathing when anxious, 3 times per day on 5 of 7 days (diary card)", us(good[0]),
          "Skills group 3x/week; diary card review 1x/week"]],
        head=True, merges=[(1, 0, 2, 0), (3, 0, 4, 0)], size=9)
    x.p("")
    x.p("Projected length of stay: 60 days.")
    x.p("")
    x.p(f"Client: Brandi Jo Castañeda   {us(pd)}")
    x.p(f"Counselor: Travis Oyelaran-Beck, LCDC   {us(pd)}")
    x.save(name)
    st = ["tx-26tac-564"]
    gaps = [["date-inconsistent"]]
    f = dict(plan=pd, admission=adm, targets=good + [typo], sigs={"client": pd, "clinician": pd})
    check(name, "base-treatment-plan", st, as_of, gaps, f)
    label(name, "base-treatment-plan", st, as_of, gaps,
          f"Gap: objective 1.2's target date {us(typo)} is before the plan date {us(pd)} (a year typo) "
          "(date-inconsistent, a warning). Layout: vertical two-column identifier table, goal table with "
          "vertically merged goal cells.",
          unsure=("objective-not-time-bound",))


def t47():
    name = "t47_fhir_county_care_plan.json"
    as_of, pd = D(2026, 6, 1), D(2026, 4, 22)
    end = D(2026, 10, 21)
    cm_npi = npi("196627051")
    res = [
        {"resourceType": "Patient", "id": "p1",
         "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB"}],
                                  "text": "Member Number"},
                         "system": "urn:oid:2.16.840.1.113883.4.3.48", "value": "TX5580231907"},
                        {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                         "value": "CCHA-00771"}],
         "name": [{"use": "official", "family": "Delacruz-Whitmore", "given": ["Annabelle", "Rose"]}],
         "birthDate": "1968-02-29", "gender": "female"},
        {"resourceType": "Coverage", "id": "cov1", "status": "active", "subscriberId": "TX5580231907",
         "beneficiary": {"reference": "Patient/p1"}, "payor": [{"display": "Texas Medicaid STAR+PLUS (Molina)"}]},
        {"resourceType": "Practitioner", "id": "cm1",
         "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": cm_npi}],
         "name": [{"text": "Odalys Fairbanks-Nguyen, LCSW"}]},
        {"resourceType": "Condition", "id": "c1",
         "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F33.1",
                              "display": "Major depressive disorder, recurrent, moderate"},
                             {"system": "http://snomed.info/sct", "code": "18818009",
                              "display": "Moderate recurrent major depression"}]},
         "subject": {"reference": "Patient/p1"}},
        {"resourceType": "Condition", "id": "c2",
         "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.9",
                              "display": "Type 2 diabetes mellitus without complications"}]},
         "subject": {"reference": "Patient/p1"}},
        {"resourceType": "Goal", "id": "g1", "lifecycleStatus": "active",
         "description": {"text": "PHQ-9 from 17 to under 10"},
         "subject": {"reference": "Patient/p1"},
         "target": [{"measure": {"coding": [{"system": "http://loinc.org", "code": "44261-6",
                                             "display": "PHQ-9 total score"}]},
                     "detailRange": {"high": {"value": 9}}, "dueDate": "2026-08-20"}]},
        {"resourceType": "Goal", "id": "g2", "lifecycleStatus": "active",
         "description": {"text": "HbA1c below 8.0% at the next quarterly lab"},
         "subject": {"reference": "Patient/p1"},
         "target": [{"measure": {"coding": [{"system": "http://loinc.org", "code": "4548-4"}]},
                     "detailQuantity": {"value": 8.0, "comparator": "<", "unit": "%"}, "dueDate": "2026-07-31"}]},
        {"resourceType": "ServiceRequest", "id": "s1", "status": "active", "intent": "plan",
         "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90834"}],
                  "text": "Individual psychotherapy"},
         "subject": {"reference": "Patient/p1"},
         "occurrenceTiming": {"repeat": {"frequency": 2, "period": 1, "periodUnit": "mo", "duration": 45,
                                         "durationUnit": "min"}}},
        {"resourceType": "ServiceRequest", "id": "s2", "status": "active", "intent": "plan",
         "code": {"coding": [{"system": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "code": "T1016"}],
                  "text": "Case management, each 15 minutes"},
         "subject": {"reference": "Patient/p1"}, "quantityQuantity": {"value": 4, "unit": "units"},
         "occurrenceTiming": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "mo"}}},
        {"resourceType": "CarePlan", "id": "cp1", "status": "active", "intent": "plan",
         "title": "Integrated care coordination plan",
         "subject": {"reference": "Patient/p1"}, "created": f"{iso(pd)}T10:00:00-05:00",
         "period": {"start": iso(pd), "end": iso(end)},
         "author": {"reference": "Practitioner/cm1"},
         "addresses": [{"reference": "Condition/c1"}, {"reference": "Condition/c2"}],
         "goal": [{"reference": "Goal/g1"}, {"reference": "Goal/g2"}],
         "activity": [{"reference": {"reference": "ServiceRequest/s1"}},
                      {"reference": {"reference": "ServiceRequest/s2"}}]},
    ]
    bundle = {"resourceType": "Bundle", "id": "ccha-cp-2026-0422", "type": "document",
              "timestamp": f"{iso(pd)}T10:05:00-05:00",
              "entry": [{"fullUrl": f"https://fhir.ccha.example/{r['resourceType']}/{r['id']}", "resource": r}
                        for r in res]}
    # A document Bundle starts with a Composition.
    comp = {"resourceType": "Composition", "id": "comp1", "status": "final",
            "type": {"coding": [{"system": "http://loinc.org", "code": "18776-5", "display": "Plan of care note"}]},
            "subject": {"reference": "Patient/p1"}, "date": f"{iso(pd)}T10:05:00-05:00",
            "author": [{"reference": "Practitioner/cm1"}], "title": "Care plan",
            "attester": [{"mode": "legal", "time": f"{iso(pd)}T10:05:00-05:00", "party": {"reference": "Practitioner/cm1"}}],
            "section": [{"title": "Care plan", "entry": [{"reference": "CarePlan/cp1"}]}]}
    bundle["entry"].insert(0, {"fullUrl": "https://fhir.ccha.example/Composition/comp1", "resource": comp})
    write_text(name, json.dumps(bundle, indent=1, ensure_ascii=False) + "\n")
    f = dict(plan=pd, targets=[D(2026, 8, 20), D(2026, 7, 31)], sigs={"clinician": pd})
    check(name, "base-treatment-plan", [], as_of, [], f)
    label(name, "base-treatment-plan", [], as_of, [],
          "Clean (baseline only). FHIR R4 document Bundle from a county care-coordination program: Composition "
          "with legal attester, Patient with a v2 'MB' member number (Feb 29 birth date), Coverage, two "
          "Conditions (one with ICD-10-CM and SNOMED codings), LOINC-coded Goals, ServiceRequests with CPT and "
          "HCPCS T1016, CarePlan.")


def t48():
    name = "t48_ccda_care_plan.xml"
    as_of, pd = D(2026, 4, 20), D(2026, 3, 24)
    end = D(2026, 6, 22)
    doc_npi = npi("115532964")
    ts = pd.strftime("%Y%m%d")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="CP-20260324-0042"/>
  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Overall plan of care/advance care directives"/>
  <title>Behavioral Health Care Plan</title>
  <effectiveTime value="{ts}143000-0600"/>
  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="MRN-448120"/>
      <addr use="HP"><streetAddressLine>77 Prospect Ave</streetAddressLine><city>Omaha</city><state>NE</state><postalCode>68131</postalCode></addr>
      <patient>
        <name use="L"><given>Winifred</given><given>A.</given><family>Okereke-Lund</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19610715"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{ts}143000-0600"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="{doc_npi}"/>
      <assignedPerson><name><given>Leopold</given><family>Varga-Mensah</family><suffix>LIMHP</suffix></name></assignedPerson>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization>
    <id root="2.16.840.1.113883.19.5.99999"/><name>Missouri River Behavioral Health</name>
  </representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator>
    <time value="{ts}150500-0600"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{doc_npi}"/>
      <assignedPerson><name><given>Leopold</given><family>Varga-Mensah</family><suffix>LIMHP</suffix></name></assignedPerson>
    </assignedEntity>
  </legalAuthenticator>
  <documentationOf>
    <serviceEvent classCode="PCPR">
      <effectiveTime><low value="{ts}"/><high value="{end.strftime('%Y%m%d')}"/></effectiveTime>
    </serviceEvent>
  </documentationOf>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.18" extension="2015-08-01"/>
      <code code="48768-6" codeSystem="2.16.840.1.113883.6.1" displayName="Payment sources"/>
      <title>Payers</title>
      <text>Nebraska Medicaid Heritage Health (Nebraska Total Care) — Member ID NTC-30918277</text>
      <entry><act classCode="ACT" moodCode="EVN">
        <templateId root="2.16.840.1.113883.10.20.22.4.60" extension="2015-08-01"/>
        <id root="2.16.840.1.113883.19.5.99999.3"/>
        <code code="48768-6" codeSystem="2.16.840.1.113883.6.1"/>
        <statusCode code="completed"/>
        <entryRelationship typeCode="COMP"><act classCode="ACT" moodCode="EVN">
          <templateId root="2.16.840.1.113883.10.20.22.4.61" extension="2015-08-01"/>
          <id root="2.16.840.1.113883.19.5.99999.4" extension="NTC-30918277"/>
          <code code="MC" codeSystem="2.16.840.1.113883.6.255.1336" displayName="Medicaid"/>
          <statusCode code="completed"/>
          <participant typeCode="COV">
            <templateId root="2.16.840.1.113883.10.20.22.4.89" extension="2015-08-01"/>
            <participantRole classCode="PAT">
              <id root="2.16.840.1.113883.19.5.99999.5" extension="NTC-30918277"/>
              <code code="SELF" codeSystem="2.16.840.1.113883.5.111"/>
            </participantRole>
          </participant>
        </act></entryRelationship>
      </act></entry>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/>
      <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concerns document"/>
      <title>Health Concerns</title>
      <text><list><item>F41.10 Generalized anxiety disorder</item><item>F33.1 Major depressive disorder, recurrent, moderate</item></list></text>
      <entry><act classCode="ACT" moodCode="EVN">
        <templateId root="2.16.840.1.113883.10.20.22.4.132" extension="2015-08-01"/>
        <id root="2.16.840.1.113883.19.5.99999.6"/>
        <code code="75310-3" codeSystem="2.16.840.1.113883.6.1"/>
        <statusCode code="active"/>
        <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">
          <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
          <id root="2.16.840.1.113883.19.5.99999.7"/>
          <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
          <statusCode code="completed"/>
          <effectiveTime><low value="20251104"/></effectiveTime>
          <value xsi:type="CD" code="F41.10" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="Generalized anxiety disorder"/>
        </observation></entryRelationship>
        <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">
          <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
          <id root="2.16.840.1.113883.19.5.99999.8"/>
          <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
          <statusCode code="completed"/>
          <effectiveTime><low value="20251104"/></effectiveTime>
          <value xsi:type="CD" code="F33.1" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="Major depressive disorder, recurrent, moderate"/>
        </observation></entryRelationship>
      </act></entry>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.60"/>
      <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/>
      <title>Goals</title>
      <text><list>
        <item>GAD-7 from 15 to below 8 by 06/15/2026</item>
        <item>Return to work 3 shifts per week by 06/01/2026</item>
      </list></text>
      <entry><observation classCode="OBS" moodCode="GOL">
        <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
        <id root="2.16.840.1.113883.19.5.99999.9"/>
        <code code="70274-6" codeSystem="2.16.840.1.113883.6.1" displayName="Generalized anxiety disorder 7 item (GAD-7) total score"/>
        <statusCode code="active"/>
        <effectiveTime><high value="20260615"/></effectiveTime>
        <value xsi:type="IVL_INT"><high value="7"/></value>
      </observation></entry>
      <entry><observation classCode="OBS" moodCode="GOL">
        <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
        <id root="2.16.840.1.113883.19.5.99999.10"/>
        <code nullFlavor="OTH"><originalText>Return to work 3 shifts per week</originalText></code>
        <statusCode code="active"/>
        <effectiveTime><high value="20260601"/></effectiveTime>
      </observation></entry>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>
      <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/>
      <title>Interventions</title>
      <text>Individual psychotherapy (CBT), 90837, 53 minutes, weekly through 06/22/2026.</text>
      <entry><act classCode="ACT" moodCode="INT">
        <templateId root="2.16.840.1.113883.10.20.22.4.131" extension="2015-08-01"/>
        <id root="2.16.840.1.113883.19.5.99999.11"/>
        <code code="90837" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4" displayName="Psychotherapy, 60 minutes"/>
        <statusCode code="active"/>
        <effectiveTime xsi:type="IVL_TS"><low value="{ts}"/><high value="{end.strftime('%Y%m%d')}"/></effectiveTime>
      </act></entry>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    write_text(name, xml)
    gaps = [["diagnosis-code-invalid"]]
    f = dict(plan=pd, targets=[D(2026, 6, 15), D(2026, 6, 1)], sigs={"clinician": pd})
    check(name, "base-treatment-plan", [], as_of, gaps, f)
    label(name, "base-treatment-plan", [], as_of, gaps,
          "Gap: the anxiety diagnosis is coded F41.10, which does not exist in ICD-10-CM (GAD is F41.1) "
          "(diagnosis-code-invalid). Layout: C-CDA R2.1 Care Plan with the member ID only in a Payers section "
          "policy activity, Health Concerns with two ICD-10-CM problem observations, Goals, Interventions, "
          "legal authenticator.")


# =============================================================================================
def main() -> None:
    for old in OUT.glob("t[0-9][0-9]_*"):
        old.unlink()
    builders = [v for k, v in sorted(globals().items()) if re.fullmatch(r"t\d\d", k)]
    for b in builders:
        b()
    files = sorted(p.name for p in OUT.glob("t[0-9][0-9]_*"))
    assert files == sorted(e["file"] for e in LABELS), "one label per plan file"
    assert len(set(files)) == len(files)
    for e in LABELS:
        assert "readability" not in e["must_not_report"]
        for g in e["must_report"]:
            assert not set(g) & set(e["must_not_report"]), e["file"]
    LABELS.sort(key=lambda e: e["file"])
    write_text("labels.json", json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(LABELS)} plans written to {OUT}")


if __name__ == "__main__":
    main()
