#!/usr/bin/env python3
"""Generate blind test set 9 (rehabilitation therapy, home health, and a few behavioral-health plans).

Deterministic: run with /work/main/.venv/bin/python make_plans.py ; writes every plan file and labels.json
next to this script. All people, agencies and identifiers are invented.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import os
import zipfile
from datetime import date, timedelta

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
FIXED_CORE_TIME = dt.datetime(2026, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------------------------

def npi_check_digit(first9: str) -> str:
    digits = "80840" + first9
    total = 0
    # Luhn: double every second digit from the right, where the check digit will be appended
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
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


# sanity check against the CMS published example (123456789 -> 1234567893)
assert npi("123456789") == "1234567893"

MBI_ALPHA = set("ACDEFGHJKMNPQRTUVWXY")


def mbi_ok(m: str) -> bool:
    m = m.replace("-", "")
    if len(m) != 11:
        return False
    kinds = "NAXNAXNAANN"  # N numeric, A alpha, X alnum
    for ch, k in zip(m, kinds):
        if k == "N" and not ch.isdigit():
            return False
        if k == "A" and ch not in MBI_ALPHA:
            return False
        if k == "X" and not (ch.isdigit() or ch in MBI_ALPHA):
            return False
    return m[0] != "0"


def D(s: str) -> date:
    return date.fromisoformat(s)


def us(d: date) -> str:
    return d.strftime("%m/%d/%Y")


def us_short(d: date) -> str:
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def us_nopad(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def long(d: date) -> str:
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


def dmy(d: date) -> str:
    return f"{d.day:02d}-{d.strftime('%b')}-{d.year}"


def days(a: date, b: date) -> int:
    return (b - a).days

# ---------------------------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class Doc:
    def __init__(self, font="Calibri", size=10, landscape=False, margins=0.8):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), font)
        sec = self.doc.sections[0]
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = sec.page_height, sec.page_width
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Inches(margins))
        self._rev = 100

    # paragraphs -------------------------------------------------------------------------
    def p(self, *parts, style=None, align=None, size=None, space_after=None, container=None):
        """parts: str or (text, 'b'|'i'|'bi'|'u') tuples."""
        tgt = container if container is not None else self.doc
        para = tgt.add_paragraph(style=style) if style else tgt.add_paragraph()
        for part in parts:
            if isinstance(part, tuple):
                text, fmt = part
            else:
                text, fmt = part, ""
            r = para.add_run(text)
            r.bold = "b" in fmt or None
            r.italic = "i" in fmt or None
            if "u" in fmt:
                r.underline = True
            if size:
                r.font.size = Pt(size)
        if align == "c":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if space_after is not None:
            para.paragraph_format.space_after = Pt(space_after)
        return para

    def h(self, text, level=1):
        return self.doc.add_heading(text, level=level)

    def bullet(self, text, container=None, numbered=False):
        style = "List Number" if numbered else "List Bullet"
        return self.p(text, style=style, container=container)

    def kv(self, label, value, container=None, sep=": "):
        return self.p((label + sep, "b"), value, container=container)

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # tables -----------------------------------------------------------------------------
    def table(self, rows, header=True, style="Table Grid", widths=None, container=None, bold_first_col=False,
              size=None):
        tgt = container if container is not None else self.doc
        ncols = max(len(r) for r in rows)
        t = tgt.add_table(rows=len(rows), cols=ncols)
        if style:
            t.style = self.doc.styles[style]
        for i, row in enumerate(rows):
            for j in range(ncols):
                val = row[j] if j < len(row) else ""
                cell = t.cell(i, j)
                fill_cell(cell, val, bold=(header and i == 0) or (bold_first_col and j == 0), size=size)
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    if j < len(row.cells):
                        row.cells[j].width = Inches(w)
        return t

    # header/footer ----------------------------------------------------------------------
    def header(self, text, align="r", size=8):
        hdr = self.doc.sections[0].header
        para = hdr.paragraphs[0]
        para.text = ""
        for k, line in enumerate(text.split("\n")):
            if k:
                para = hdr.add_paragraph()
            r = para.add_run(line)
            r.font.size = Pt(size)
            para.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                              "l": WD_ALIGN_PARAGRAPH.LEFT}[align]

    def footer(self, text, size=7, page_numbers=False):
        ftr = self.doc.sections[0].footer
        para = ftr.paragraphs[0]
        r = para.add_run(text)
        r.font.size = Pt(size)
        if page_numbers:
            r2 = para.add_run("   Page ")
            r2.font.size = Pt(size)
            add_field(para, "PAGE", size)
            r3 = para.add_run(" of ")
            r3.font.size = Pt(size)
            add_field(para, "NUMPAGES", size)

    # special constructs -----------------------------------------------------------------
    def sdt_para(self, label, value, tag, container=None):
        """'Label: [content control holding value]'"""
        tgt = container if container is not None else self.doc
        para = tgt.add_paragraph()
        r = para.add_run(label + " ")
        r.bold = True
        add_sdt_run(para, value, tag)
        return para

    def tracked(self, para, deleted=None, inserted=None, author="Author", when="2026-01-01T00:00:00Z"):
        self._rev += 1
        if deleted:
            d = OxmlElement("w:del")
            d.set(qn("w:id"), str(self._rev))
            d.set(qn("w:author"), author)
            d.set(qn("w:date"), when)
            r = OxmlElement("w:r")
            t = OxmlElement("w:delText")
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = deleted
            r.append(t)
            d.append(r)
            para._p.append(d)
        self._rev += 1
        if inserted:
            ins = OxmlElement("w:ins")
            ins.set(qn("w:id"), str(self._rev))
            ins.set(qn("w:author"), author)
            ins.set(qn("w:date"), when)
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = inserted
            r.append(t)
            ins.append(r)
            para._p.append(ins)
        return para

    def comment(self, run, text, author="Reviewer", initials="R", when="2026-01-01T00:00:00Z"):
        c = self.doc.add_comment(run, text=text, author=author, initials=initials)
        c._comment_elm.set(qn("w:date"), when)  # python-docx stamps the current time; keep output stable
        return c

    def save(self, name, title="Plan of care", author="Clinic EHR"):
        cp = self.doc.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = title
        cp.subject = ""
        cp.keywords = ""
        cp.comments = ""
        cp.category = ""
        cp.created = FIXED_CORE_TIME
        cp.modified = FIXED_CORE_TIME
        cp.last_printed = FIXED_CORE_TIME
        cp.revision = 1
        buf = io.BytesIO()
        self.doc.save(buf)
        write_stable_zip(buf.getvalue(), os.path.join(OUT, name))


def write_stable_zip(data: bytes, path: str):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, zin.read(item.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def fill_cell(cell, val, bold=False, size=None):
    """val: str (may contain \n for new paragraphs), list of str (paragraphs) or callable(cell)."""
    if callable(val):
        cell.paragraphs[0].text = ""
        val(cell)
        return
    paras = val if isinstance(val, list) else str(val).split("\n")
    first = True
    for ptxt in paras:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if isinstance(ptxt, tuple):
            txt, fmt = ptxt
        else:
            txt, fmt = ptxt, ("b" if bold else "")
        r = para.add_run(txt)
        r.bold = ("b" in fmt) or None
        r.italic = ("i" in fmt) or None
        if size:
            r.font.size = Pt(size)


def add_field(para, instr, size=7):
    r = para.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = para.add_run()
    it = OxmlElement("w:instrText")
    it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    it.text = f" {instr} "
    r2._r.append(it)
    r3 = para.add_run()
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r3._r.append(f2)
    r4 = para.add_run("1")
    r4.font.size = Pt(size)
    r5 = para.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r5._r.append(f3)


def add_sdt_run(para, value, tag):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias")
    al.set(qn("w:val"), tag)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    pr.append(al)
    pr.append(tg)
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = value
    r.append(t)
    content.append(r)
    sdt.append(content)
    para._p.append(sdt)
    return sdt


def wrap_cell_in_sdt(cell, tag):
    """Wrap the cell's paragraphs in a block-level content control."""
    tc = cell._tc
    paras = [p for p in tc if p.tag == qn("w:p")]
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    pr.append(tg)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    for p in paras:
        tc.remove(p)
        content.append(p)
    sdt.append(content)
    tc.append(sdt)


def shade(cell, hex_fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def merge_row(table, row_idx, text, bold=True, fill=None):
    row = table.rows[row_idx]
    c = row.cells[0].merge(row.cells[-1])
    for p in list(c.paragraphs)[1:]:
        p._p.getparent().remove(p._p)
    c.paragraphs[0].text = ""
    r = c.paragraphs[0].add_run(text)
    r.bold = bold or None
    if fill:
        shade(c, fill)
    return c


def set_cell(cell, val, bold=False, size=None):
    for p in list(cell.paragraphs)[1:]:
        p._p.getparent().remove(p._p)
    cell.paragraphs[0].text = ""
    fill_cell(cell, val, bold=bold, size=size)


def checkbox(on: bool) -> str:
    return "\u2612" if on else "\u2610"

# ---------------------------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------------------------

BASE_KINDS = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
              "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
PROFILE_KINDS = {
    "base-treatment-plan": set(BASE_KINDS),
    # amount-missing is info-only under medicare-outpatient-therapy: never listed
    "medicare-outpatient-therapy": BASE_KINDS | {"signature-missing", "duration-missing", "goal-not-measurable",
                                                 "goal-missing", "intervention-missing",
                                                 "credential-not-permitted", "signature-late", "plan-late",
                                                 "review-interval-exceeded", "review-overdue",
                                                 "frequency-missing"},
    "medicare-home-health": BASE_KINDS | {"duration-missing", "goal-not-measurable", "goal-missing",
                                          "intervention-missing", "credential-not-permitted",
                                          "signature-missing", "review-interval-exceeded", "review-overdue",
                                          "frequency-missing"},
    "medicare-psychotherapy": BASE_KINDS | {"credential-missing", "signature-missing", "duration-exceeds-limit",
                                            "duration-missing", "goal-not-measurable", "goal-missing",
                                            "intervention-missing", "objective-not-measurable",
                                            "objective-not-time-bound", "plan-outdated", "amount-missing",
                                            "frequency-missing"},
    "pa-55-5200": {"field-missing", "signature-missing", "duration-missing", "goal-missing",
                   "intervention-missing", "objective-missing", "plan-late"},
    "tx-26tac-564": {"signature-missing", "duration-missing", "goal-missing", "intervention-missing",
                     "objective-not-measurable", "objective-missing", "objective-not-time-bound",
                     "frequency-missing"},
    "fl-65d-30": {"field-missing", "signature-missing", "goal-missing", "intervention-missing",
                  "objective-not-measurable", "objective-missing", "objective-not-time-bound", "plan-late",
                  "frequency-missing", "signature-late"},
    "ny-oasas-818": {"field-missing", "signature-missing", "diagnosis-missing", "goal-missing",
                     "intervention-missing", "signature-late", "plan-late"},
    "ca-title9-ntp": {"field-missing", "signature-missing", "goal-missing", "objective-missing",
                      "objective-not-time-bound", "signature-late", "plan-late", "review-date-missing",
                      "review-interval-exceeded", "review-overdue"},
}

LABELS: list[dict] = []


def label(file, payer, as_of, gaps=(), states=(), unsure=(), notes=""):
    kinds = set(PROFILE_KINDS[payer])
    for s in states:
        kinds |= PROFILE_KINDS[s]
    gap_kinds = {k for g in gaps for k in g}
    for g in gaps:
        for k in g:
            assert k in kinds, (file, k)
    for k in unsure:
        assert k in kinds, (file, k)
    args = ["--payer", payer]
    for s in states:
        args += ["--state", s]
    args += ["--as-of", as_of]
    entry = {
        "file": file,
        "check_with": args,
        "must_report": [sorted(g) for g in gaps],
        "must_not_report": sorted(kinds - gap_kinds - set(unsure)),
        "notes": notes,
    }
    LABELS.append(entry)
    return entry


# ---------------------------------------------------------------------------------------------
# date self-checks against the profile numbers
# ---------------------------------------------------------------------------------------------

MOT_CERT_DAYS = 90        # medicare-outpatient-therapy review-interval max_days
MOT_SIGN_DAYS = 30        # physician-signature-timely within_days
HH_REVIEW_DAYS = 60       # medicare-home-health review-interval max_days
PSY_PLAN_AGE = 365        # medicare-psychotherapy plan-current max_days
PA_PLAN_DAYS = 30
FL_DAYS_RES2 = 15
FL_QP_DAYS = 10
NY_PLAN_DAYS = 7
NY_PHYS_DAYS = 10
CA_PLAN_DAYS = 28
CA_REVIEW_DAYS = 92
CA_SIGN_DAYS = 14


def check_common(f, gaps, as_of, sigs, plan_date=None, targets=()):
    g = {k for grp in gaps for k in grp}
    a = D(as_of)
    for s in sigs:
        assert s <= a, (f, "signature after as-of", s)
        if plan_date:
            assert s >= plan_date, (f, "signature before plan date", s)
    if plan_date:
        bad_targets = [t for t in targets if t <= plan_date]
        assert bool(bad_targets) == ("date-inconsistent" in g), (f, "targets", bad_targets)


def check_mot(f, gaps, as_of, first_tx, plan_date, phys_sig, period_end, other_sigs=(), targets=(),
              recert=False, recert_done=False):
    g = {k for grp in gaps for k in grp}
    a = D(as_of)
    sigs = list(other_sigs) + ([phys_sig] if phys_sig else [])
    check_common(f, gaps, as_of, sigs, plan_date, targets)
    if recert:
        return
    if first_tx and phys_sig:
        assert (days(first_tx, phys_sig) > MOT_SIGN_DAYS) == ("signature-late" in g), f
    if first_tx and period_end:
        assert (days(first_tx, period_end) > MOT_CERT_DAYS) == ("review-interval-exceeded" in g), f
    if period_end:
        assert (a > period_end and not recert_done) == ("review-overdue" in g), f
    if first_tx and plan_date:
        assert (plan_date > first_tx) == ("plan-late" in g), f


def check_hh(f, gaps, as_of, soc, period_start, period_end, phys_sig, other_sigs=(), targets=(), recert=False,
             plan_date=None):
    g = {k for grp in gaps for k in grp}
    a = D(as_of)
    sigs = list(other_sigs) + ([phys_sig] if phys_sig else [])
    check_common(f, gaps, as_of, sigs, plan_date or period_start, targets)
    if period_end and period_start:
        assert (days(period_start, period_end) > HH_REVIEW_DAYS) == ("review-interval-exceeded" in g), f
        assert (a > period_end) == ("review-overdue" in g), f
    if not recert and soc and period_start:
        assert soc == period_start, f


# =============================================================================================
# Medicare outpatient therapy (PT / OT / SLP)
# =============================================================================================

def r01():
    f = "r01_pt_tka_cert_letter.docx"
    ev = D("2026-01-06"); sig_pt = ev; sig_md = D("2026-01-09"); end = D("2026-03-02"); as_of = "2026-02-10"
    ther_npi = npi("164738291"); md_npi = npi("138846205")
    x = Doc(font="Arial", size=10)
    x.header("Lakeshore Physical Therapy & Sports Rehab  |  2210 Harbor View Dr, Suite 4  |  Ph 555-0148  Fax 555-0149")
    x.footer("CONFIDENTIAL: contains protected health information. If received in error, call 555-0148 and destroy all copies.")
    x.p(("FACSIMILE TRANSMITTAL", "b"), size=16, align="c")
    x.table([["To:", "Adaeze Okafor, MD (Orthopaedic Associates of Westfield)"],
             ["Fax:", "555-0177"],
             ["From:", "Megan Tulloch, PT, DPT"],
             ["Date sent:", us(ev)],
             ["Pages (incl. cover):", "4"],
             ["Re:", "PLAN OF CARE - SIGNATURE REQUESTED"]], header=False, bold_first_col=True, widths=[1.6, 4.6])
    x.p("")
    x.p("\u2612 Urgent   \u2610 For review   \u2612 Please sign and return   \u2610 Please reply")
    x.p("Please sign and date page 4 and fax back to 555-0149 within 7 days. Medicare requires the physician's "
        "dated certification of the plan of care. Thank you for the referral!", size=9)
    x.page_break()
    x.p(long(ev))
    x.p("Adaeze Okafor, MD\nOrthopaedic Associates of Westfield\n40 Mill Pond Rd\nWestfield")
    x.p(("RE: ", "b"), "Harold J. Brenneman  \u2022  DOB 04/11/1949  \u2022  Medicare MBI 3QW7-HN2-PR58")
    x.p("Dear Dr. Okafor,")
    x.p("Thank you for referring Mr. Brenneman to our clinic. He was seen for his physical therapy initial "
        f"evaluation on {us(ev)} (first visit; evaluation and treatment). A summary of my findings and the "
        "proposed plan of care follows. Please review, and if you agree, sign the certification on the last page.")
    x.p(("Referral diagnosis / reason: ", "b"), "R TKA 12/02/2025 (Dr. Okafor), s/p acute rehab, home health PT "
        "discharged 12/30/2025.")
    x.p(("ICD-10 codes: ", "b"), "Z96.651 Presence of right artificial knee joint; Z47.1 Aftercare following "
        "joint replacement surgery; R26.2 Difficulty in walking, not elsewhere classified")
    x.p(("Subjective: ", "b"), "Pt reports R knee pain 5/10 with stairs, 2/10 at rest. Lives with spouse in 2-story "
        "home, 12 steps with L rail to bedroom. PLOF: independent community ambulator, golfs weekly.")
    x.p(("Objective: ", "b"), "R knee AROM 8-92 deg (ext lag 8 deg); quad 3+/5; TUG 16.4 s with SPC; 6MWT 210 m; "
        "ascends stairs step-to with rail and SPC. LEFS 31/80.")
    x.p(("Assessment: ", "b"), "Pt demonstrates decreased ROM, strength and gait tolerance following R TKA, "
        "limiting stair negotiation and community mobility. Good rehab potential.")
    x.p(("GOALS", "b"))
    x.p(("Short-term (3 weeks):", "bi"))
    stg = ["Pt will demonstrate R knee AROM 5-105 deg in order to clear foot during swing phase.",
           "Pt will be independent with written HEP (6 exercises) in order to self-manage between visits.",
           "Pt will ambulate 300 ft with SPC and no gait deviations in order to walk in the grocery store."]
    for s in stg:
        x.bullet(s)
    x.p(("Long-term (8 weeks):", "bi"))
    ltg = ["Pt will ascend/descend 12 stairs reciprocally with one rail in order to reach his bedroom safely.",
           "Pt will improve LEFS from 31/80 to 60/80 or better in order to return to golf.",
           "Pt will complete TUG in under 12 s without assistive device in order to reduce fall risk."]
    for s in ltg:
        x.bullet(s)
    x.p(("PLAN OF CARE", "b"))
    x.p("Interventions: therapeutic exercise (97110), neuromuscular re-education (97112), gait training (97116), "
        "manual therapy incl. patellar mobilization (97140), therapeutic activities (97530), home exercise program, "
        "cryotherapy.")
    x.p(("Frequency/Duration: ", "b"), "2x/wk x 8 wks (16 visits)")
    x.p(("Certification period: ", "b"), f"{us(ev)} to {us(end)}")
    x.p(("Prognosis: ", "b"), "Good")
    x.p("Sincerely,")
    x.p("Electronically signed by: Megan Tulloch, PT, DPT  " + us(sig_pt) + " 4:12 PM")
    x.p(f"License PT-018842  \u2022  NPI {ther_npi}", size=9)
    x.page_break()
    x.p(("PHYSICIAN CERTIFICATION OF PLAN OF CARE", "b"), size=12, align="c")
    x.p("Patient: Harold J. Brenneman     DOB: 04/11/1949     Plan of care dated " + us(ev))
    x.p("I certify the need for these services furnished under this plan of treatment while under my care.")
    x.p("\u2612 I approve the plan of care as written     \u2610 I approve with the following modifications: ________")
    t = x.table([["Physician signature", "Date", "NPI"],
                 ["/s/ Adaeze Okafor, MD", us(sig_md), md_npi]], header=True, widths=[3.2, 1.4, 1.6])
    x.p("Please return to fax 555-0149. Thank you.", size=9)
    x.save(f, title="Plan of care - Brenneman")
    check_mot(f, [], as_of, ev, ev, sig_md, end, [sig_pt])
    assert mbi_ok("3QW7-HN2-PR58")
    label(f, "medicare-outpatient-therapy", as_of, [],
          notes="Clean PT plan after right TKA. Fax cover page, then a referral letter with the plan in prose "
                "(STG/LTG bullets in 'Pt will ... in order to ...' form, '2x/wk x 8 wks'), therapist e-signature in "
                "the letter closing, physician certification with /s/ signature in a table on the last page.")


def r02():
    f = "r02_pt_lbp_ehr_export.docx"
    ev = D("2026-02-02"); end = D("2026-05-01"); as_of = "2026-03-03"
    targets = [D("2026-02-23"), D("2026-03-16"), D("2026-03-16")]
    x = Doc(font="Courier New", size=9)
    x.header("ST. ANSELM HEALTH SYSTEM                                  Printed by: RHBSCHED3\n"
             "DOMINGUEZ, ROSA M  MRN: 00482911  DOB: 7/22/1951  Sex: F", align="l")
    x.footer("ST. ANSELM OUTPATIENT REHAB - 77 CANAL ST  -  Encounter CSN 88120045193", page_numbers=True)
    x.p(("Therapy Plan of Care - Physical Therapy", "b"), size=11)
    x.p("Encounter Date: 2/2/2026      Dept: OP REHAB CANAL ST      Visit Type: PT EVAL MOD COMPLEX")
    x.p("Payer: MEDICARE PART B      Plan: MEDICARE      Subscriber ID: 5TK9AD6XC21      Group: --")
    x.p("Referring Provider: LINDQVIST, PAUL, DO      Authorizing Provider: LINDQVIST, PAUL, DO")
    x.p("Onset Date: 11/15/2025      Start of Care: 2/2/2026      Initial Evaluation: 2/2/2026")
    x.p("-" * 90)
    x.p(("Diagnoses", "b"))
    x.table([["Code", "Description", "Type"],
             ["M54.5", "Low back pain", "Treatment / Medical"],
             ["M48.061", "Spinal stenosis, lumbar region without neurogenic claudication", "Medical"]],
            widths=[0.9, 4.2, 1.4], style=None)
    x.p("-" * 90)
    x.p(("Assessment", "b"))
    x.p("74 y.o. female with chronic LBP and lumbar stenosis presenting with decreased lumbar mobility, decreased "
        "hip/core strength and reduced standing/walking tolerance (10 min). ODI 46%. Pt is a good candidate for "
        "skilled PT to address deficits.")
    x.p(("Goals", "b"))
    rows = [["#", "Term", "Goal", "Target Date", "Status"],
            ["1", "ST", "Patient will be independent with HEP as demonstrated by teach-back of 5 exercises.",
             us_nopad(targets[0]), "New"],
            ["2", "LT", "Patient will stand and walk 30 minutes to complete grocery shopping with pain no higher than 3/10.",
             us_nopad(targets[1]), "New"],
            ["3", "LT", "Patient will reduce ODI from 46% to 26% or less.", us_nopad(targets[2]), "New"]]
    x.table(rows, widths=[0.3, 0.4, 4.0, 1.0, 0.6])
    x.p(("Plan", "b"))
    x.p("PT Frequency: 2 times per week")
    x.p("PT Duration: 6 weeks")
    x.p("Plan of Care Start: 2/2/2026    Plan of Care End: 5/1/2026")
    x.p("Planned Interventions:")
    x.p("  \u2611 97110 Therapeutic exercise   \u2611 97112 Neuromuscular re-ed   \u2611 97140 Manual therapy")
    x.p("  \u2611 97530 Therapeutic activities   \u2610 97035 Ultrasound   \u2610 97014 E-stim unattended")
    x.p("  \u2611 Patient education / HEP")
    x.p("Rehab Potential: Good")
    x.p("-" * 90)
    x.p("Electronically signed by TREVINO, MARCUS, PT on 2/2/2026 at 15:47")
    x.p("")
    x.p(("Physician Certification", "b"))
    x.p("I have reviewed this plan of care and certify a continuing need for the services described.")
    x.p("Cosigned by: LINDQVIST, PAUL, DO")
    x.p("Routing history: Sent to LINDQVIST, PAUL, DO In Basket (Cosign - Plan of Care) 2/2/2026 15:48")
    x.save(f, title="Therapy Plan of Care")
    check_mot(f, [["diagnosis-code-not-billable"], ["signature-missing"]], as_of, ev, ev, None, end, [ev], targets)
    label(f, "medicare-outpatient-therapy", as_of,
          [["diagnosis-code-not-billable"], ["signature-missing"]],
          notes="Two gaps: treatment diagnosis M54.5 is a category since FY2022 (M54.50/M54.51/M54.59 billable); "
                "the physician cosignature carries no date (physician-signature-dated). Layout: Epic-like EHR print "
                "in Courier with patient banner in the header, goals table with ST/LT term column.")


def r03():
    f = "r03_ot_hand_goal_grid.docx"
    ev = D("2026-01-20"); sig_ot = ev; sig_pa = D("2026-01-26"); end = D("2026-04-17"); as_of = "2026-02-24"
    targets = [D("2026-02-17"), D("2026-02-17"), D("2026-03-31"), D("2026-03-31"), D("2026-03-31")]
    x = Doc(font="Cambria", size=10, landscape=True, margins=0.6)
    x.header("Crescent Hand & Upper Extremity Therapy\nOT Plan of Care / Certification", align="c", size=9)
    x.footer("Client: Loretta Vasquez-Hale   |   Chart # CH-20611   |   Form OT-POC rev. 07/2025")
    t = x.table([["Client", "Loretta Vasquez-Hale", "Date of birth", "09/03/1947", "Medicare #", "7RA2VF8JK40"],
                 ["Referring", "Priya Raman, PA-C (Westside Orthopedics)", "Eval date / 1st visit", us(ev),
                  "Plan date", us(ev)],
                 ["Cert. from", us(ev), "Cert. through", us(end), "Hand dominance", "R"]],
                header=False, size=9)
    for r in t.rows:
        for j in (0, 2, 4):
            shade(r.cells[j], "E7E6E6")
    x.p("")
    x.p(("Medical dx: ", "b"), "S52.531D  Colles' fracture of right radius, subsequent encounter, routine healing (ORIF 12/09/2025)")
    x.p(("Treatment dx: ", "b"), "M25.631  Stiffness of right wrist, not elsewhere classified")
    x.p(("Evaluation summary: ", "b"), "R wrist ext 25\u00b0, flex 30\u00b0, sup 45\u00b0; grip R 8 lb / L 52 lb (Jamar pos. II); "
        "QuickDASH 68.2. Edema +1.5 cm figure-of-8. Unable to open jars, fasten bra, or carry grocery bags R.")
    g = x.table([["", "Goal", "Baseline", "Target date"],
                 ["STG 1", "Client will increase R wrist extension to 45\u00b0 in order to push up from a chair.", "25\u00b0", us(targets[0])],
                 ["STG 2", "Client will reduce figure-of-8 edema to within 0.5 cm of L in order to wear her rings and watch.", "+1.5 cm", us(targets[1])],
                 ["LTG 1", "Client will improve R grip strength to 30 lb in order to open jars and carry a 5-lb grocery bag.", "8 lb", us(targets[2])],
                 ["LTG 2", "Client will independently fasten bra and button blouse in under 2 minutes in order to dress without help.", "max A", us(targets[3])],
                 ["LTG 3", "Client will score 25 or lower on the QuickDASH in order to resume volunteer work.", "68.2", us(targets[4])]],
                widths=[0.7, 5.6, 1.0, 1.2])
    x.p("")
    x.p(("Interventions (CPT): ", "b"), "97165 OT eval low complexity (completed); 97110 therapeutic exercise; "
        "97140 manual therapy; 97530 therapeutic activities; 97535 self-care/ADL training; 97760 orthotic "
        "management (static progressive wrist orthosis); paraffin 97018; HEP.")
    x.p(("Frequency & duration: ", "b"), "1-2x/week x 10 weeks")
    x.p(("Rehab potential: ", "b"), "Good, for stated goals.")
    x.p("")
    s = x.table([["Role", "Name / credentials", "Signature", "Date"],
                 ["Treating therapist", "Simone Achterberg, OTR/L, CHT", "S. Achterberg", us(sig_ot)],
                 ["Certifying practitioner\n(I certify the need for these services furnished under this plan of "
                  "treatment while under my care.)", "Priya Raman, PA-C  NPI " + npi("145508832"), "P. Raman", us(sig_pa)]],
                widths=[2.4, 2.8, 1.8, 1.2])
    x.save(f, title="OT POC")
    check_mot(f, [], as_of, ev, ev, sig_pa, end, [sig_ot], targets)
    label(f, "medicare-outpatient-therapy", as_of, [],
          notes="Clean OT hand-therapy plan. Landscape; shaded demographic grid; STG/LTG goal grid with baseline "
                "and target-date columns; '1-2x/week x 10 weeks'; signature table with certifying PA-C (a PA, "
                "permitted).")


def r04():
    f = "r04_pt_cervical_chiro_cert.docx"
    ev = D("2026-01-27"); sig_dc = D("2026-02-03"); end = D("2026-04-24"); as_of = "2026-02-25"
    x = Doc(font="Times New Roman", size=11)
    x.p(("NORTHGATE SPINE & MOTION", "b"), align="c", size=14)
    x.p("Physical Therapy Department  \u2022  19 Quarry Ln  \u2022  Tel 555-0162", align="c", size=9)
    x.p(("INITIAL PLAN OF CARE AND REQUEST FOR CERTIFICATION", "b"), align="c")
    x.p("Patient name: Gordon Achebe-Whitlock          D.O.B.: 02/14/1956")
    x.p("Insurance: Medicare Part B          ID#: 2HN6CU3EM97")
    x.p("Referred by: Lance Whitcomb, DC (Whitcomb Family Chiropractic)")
    x.p(f"Date of evaluation: {us(ev)}          Plan of care start: {us(ev)}          POC end: {us(end)}")
    x.p(("Diagnoses (ICD-10-CM):", "b"))
    x.p("1) M54.2 Cervicalgia   2) M62.838 Other muscle spasm")
    x.p(("Clinical impression:", "b"))
    x.p("Mechanical neck pain with decreased cervical rotation (R 40\u00b0, L 45\u00b0), deep neck flexor endurance "
        "12 s, NDI 38%. Difficulty checking blind spot while driving and reading > 15 min.")
    x.p(("Functional goals (to be met within 6 weeks):", "b"))
    for i, s in enumerate([
        "Increase cervical rotation to 70\u00b0 bilaterally to allow safe shoulder check while driving.",
        "Improve deep neck flexor endurance to 30 s to allow reading for 45 minutes without pain above 2/10.",
        "Reduce NDI from 38% to 18% or less.",
        "Patient independent with home program and ergonomic set-up (teach-back 100%)."], 1):
        x.p(f"{i}. {s}")
    x.p(("Treatment plan:", "b"))
    x.p("Therapeutic exercise 97110, manual therapy 97140 (joint mobs/STM), neuromuscular re-ed 97112, "
        "mechanical traction 97012 as indicated, HEP, posture education.")
    x.p("Frequency: 2 x per week     Duration: 6 weeks     Total visits requested: 12")
    x.p("")
    x.p("Therapist: Yolanda Pereira-Grant, PT, MSPT      Signature: Yolanda Pereira-Grant, PT      Date: " + us(ev))
    x.p("")
    x.p(("CERTIFICATION", "b"))
    x.p("I have examined the patient and certify that the above services are required and will be furnished "
        "while the patient is under my care. This plan of care is approved.")
    x.p("Referring provider signature: Lance Whitcomb, DC          Date: " + us(sig_dc))
    x.p("Print name: Lance Whitcomb, DC          NPI: " + npi("187720449"))
    x.save(f, title="Initial plan of care")
    check_mot(f, [["credential-not-permitted", "signature-missing"]], as_of, ev, ev, sig_dc, end, [ev])
    label(f, "medicare-outpatient-therapy", as_of, [["credential-not-permitted", "signature-missing"]],
          notes="Gap: the plan is certified only by the referring chiropractor (DC), who may not certify a "
                "Medicare therapy plan; either credential-not-permitted or signature-missing (no permitted "
                "certifier) satisfies it. Layout: classic single-column typed form, numbered goals.")


def r05():
    f = "r05_slp_aphasia_no_duration.docx"
    ev = D("2026-02-03"); sig_md = D("2026-02-10"); end = D("2026-05-03"); as_of = "2026-03-10"
    x = Doc(font="Georgia", size=10)
    x.header("RIVERBEND NEURO REHAB \u2014 Speech-Language Pathology", align="l")
    x.p(("SPEECH-LANGUAGE PATHOLOGY PLAN OF TREATMENT", "b"), size=12)
    x.table([["Name", "Evangeline Thorsby"], ["Birthdate", "June 30, 1944"],
             ["Medicare Beneficiary ID", "8DK1WT4QY62"], ["Referral", "Marcus Oyelaran, MD (neurology)"],
             ["Onset", "Left MCA CVA 12/18/2025"], ["Evaluation / SOC", long(ev)], ["Date of plan", long(ev)],
             ["Certification period", f"{long(ev)} through {long(end)}"]],
            header=False, bold_first_col=True, widths=[2.0, 4.4])
    x.p("")
    x.p(("Diagnoses", "b"))
    x.p("I69.320  Aphasia following cerebral infarction")
    x.p("R41.841  Cognitive communication deficit")
    x.p(("Standardized testing", "b"))
    x.p("WAB-R Aphasia Quotient 54.2 (moderate Broca's type). Boston Naming Test 18/60. Functional: relies on "
        "gestures and yes/no; spouse reports frustration during phone calls.")
    x.p(("Goals", "b"))
    x.p("LTG 1: Pt will produce 5-7 word utterances to express wants and needs to unfamiliar listeners with 80% "
        "intelligibility in order to order a meal independently.")
    x.p("    STG 1a: Pt will name 20 common household objects with 80% accuracy given a phonemic cue.")
    x.p("    STG 1b: Pt will complete sentence-completion tasks with 70% accuracy given minimal cues.")
    x.p("LTG 2: Pt will follow 2-step commands with 90% accuracy in order to participate in medical appointments.")
    x.p("    STG 2a: Pt will answer complex yes/no questions with 85% accuracy.")
    x.p("LTG 3: Pt and spouse will use a written-choice communication board during 4 of 5 observed phone calls.")
    x.p(("Treatment", "b"))
    x.p("92507 treatment of speech, language, voice, communication (individual). Approaches: semantic feature "
        "analysis, constraint-induced language therapy, script training, caregiver training.")
    x.p(("Frequency: ", "b"), "2x/week")
    x.p(("Prognosis: ", "b"), "Fair to good given motivation and family support.")
    x.p("")
    x.p("Mirela Dragomir, M.S., CCC-SLP", ("   \u2014 electronically signed " + us(ev), "i"))
    x.p("")
    x.p(("Physician/NPP certification: ", "b"), "I certify the need for these services furnished under this plan "
        "of treatment while under my care.")
    x.p(f"Marcus Oyelaran, MD    signed {us(sig_md)}    NPI {npi('160044718')}")
    x.save(f, title="SLP plan")
    check_mot(f, [["duration-missing"]], as_of, ev, ev, sig_md, end, [ev])
    label(f, "medicare-outpatient-therapy", as_of, [["duration-missing"]],
          notes="Gap: frequency (2x/week) is given but no duration in weeks or visits; only the certification "
                "period, which the profile does not accept as the duration. Layout: key-value table, LTG/STG "
                "indented paragraphs, long-form dates.")


def r06():
    f = "r06_pt_parkinson_lsvt_big.docx"
    ev = D("2026-02-09"); sig_np = D("2026-02-16"); end = D("2026-05-08"); as_of = "2026-03-04"
    x = Doc(font="Verdana", size=9)
    x.p(("MOVEWELL NEUROLOGIC PHYSICAL THERAPY", "b"), size=13)
    x.p("LSVT BIG\u00ae Program \u2014 Plan of Care", size=11)
    x.p("")
    x.p("PATIENT: Winifred Osterhaus        DOB: 10/27/1950        MBI: 4PX8GM7RT15")
    x.p(f"DATE OF EVAL: {us(ev)}        POC DATE: {us(ev)}        PHYSICIAN/NPP: Jolene Farris, MSN, APRN, FNP-BC")
    x.p("")
    x.p(("DIAGNOSIS", "b"))
    x.p("G20  Parkinson's disease (dx 2021, H&Y stage 2.5)")
    x.p("R26.89  Other abnormalities of gait and mobility")
    x.p(("EVALUATION FINDINGS", "b"))
    x.p("Gait velocity 0.82 m/s with reduced step length and arm swing; TUG 14.1 s; 5xSTS 17.8 s; Mini-BESTest "
        "17/28; 2 falls in past 6 months. Difficulty turning in kitchen, rising from low sofa.")
    x.p(("GOALS", "b"))
    x.p("By the end of the 4-week intensive phase:")
    x.bullet("Pt will increase comfortable gait speed to 1.0 m/s or greater in order to cross the street within the signal.")
    x.bullet("Pt will perform 5xSTS in under 14 s without UE support in order to rise from her sofa.")
    x.p("By discharge (8 weeks):")
    x.bullet("Pt will score 22/28 or higher on the Mini-BESTest in order to decrease fall risk.")
    x.bullet("Pt will perform 180\u00b0 turns in kitchen with no freezing episodes in 5 of 5 trials.")
    x.p(("PLAN", "b"))
    x.p("LSVT BIG protocol: 4x/wk x 4 wks (16 one-hour sessions), then 1x/wk x 4 wks for carry-over and "
        "community program transition. Total 20 visits over 8 weeks.")
    x.p("CPT: 97110, 97112, 97116, 97530, 97535 (HEP/daily BIG exercises).")
    x.p(f"Certification period: {us(ev)} \u2013 {us(end)}")
    x.p("")
    x.p("Therapist: Dariusz Kowalczyk, PT, DPT, NCS    (e-signed " + us(ev) + ")")
    x.p("")
    x.p(("PHYSICIAN / NPP CERTIFICATION", "b"))
    x.p("I certify the need for these services furnished under this plan of treatment while under my care.")
    x.p("Signature: Jolene Farris, MSN, APRN, FNP-BC          Date: " + us(sig_np))
    x.save(f, title="LSVT BIG POC")
    check_mot(f, [["diagnosis-code-not-billable"]], as_of, ev, ev, sig_np, end, [ev])
    label(f, "medicare-outpatient-therapy", as_of, [["diagnosis-code-not-billable"]],
          notes="Gap: G20 has been a category since FY2024 (G20.A1 etc. are billable). The certifier is a family "
                "nurse practitioner written 'MSN, APRN, FNP-BC' (an NP, permitted). Layout: all-caps section "
                "headings, goals grouped under time-frame sentences, phased frequency '4x/wk x 4 wks, then 1x/wk x 4 wks'.")


def r07():
    f = "r07_ot_cva_late_certification.docx"
    ev = D("2026-02-04"); sig_md = D("2026-03-19"); end = D("2026-04-03"); as_of = "2026-03-25"
    x = Doc(font="Calibri", size=10)
    x.header("Harborview Outpatient Therapy \u2022 OT", align="r")
    x.footer("OT Eval/POC \u2022 Eustace Pemberton-Lowe \u2022 MBI 6CJ3KR9WA84", page_numbers=True)
    x.h("Occupational Therapy Initial Evaluation and Plan of Care", 1)
    x.table([["Patient", "Eustace Pemberton-Lowe", "DOB", "01/19/1952"],
             ["MBI", "6CJ3KR9WA84", "Date of service (eval)", us(ev)],
             ["Plan of care date", us(ev), "Setting", "Hospital outpatient"],
             ["Referring MD", "Hollis Brandt, MD", "Onset", "R CVA 01/02/2026"]], header=False, bold_first_col=False)
    x.h("Diagnoses", 2)
    x.p("I69.354 \u2014 Hemiplegia and hemiparesis following cerebral infarction affecting left non-dominant side")
    x.p("R27.0 \u2014 Ataxia, unspecified")
    x.h("History", 2)
    x.p("72 y/o retired machinist, R CVA with L hemiparesis, d/c from IRF 01/30/2026 to home with wife. Prior "
        "level: independent in all ADL/IADL, drove.")
    x.h("ADL status", 2)
    x.table([["Task", "Current level", "Prior level"],
             ["UB dressing", "Min A", "Indep"], ["LB dressing", "Mod A", "Indep"],
             ["Tub transfer", "Mod A with tub bench", "Indep"], ["Grooming (standing)", "CGA", "Indep"],
             ["Meal prep (simple)", "Not attempted", "Indep"]])
    x.h("Objective", 2)
    x.p("L UE Fugl-Meyer 38/66; L grip 14 lb (R 70 lb); 9-hole peg L 68 s; Box & Blocks L 21. Sensation "
        "impaired L hand. MoCA 26/30.")
    x.h("Goals", 2)
    gl = [("1.", "Pt will complete UB dressing with set-up only in order to dress for church without help from his wife."),
          ("2.", "Pt will complete LB dressing with supervision using AE in order to dress independently in the morning."),
          ("3.", "Pt will perform tub transfer with tub bench at SBA in order to shower safely 3x/week."),
          ("4.", "Pt will increase L UE Fugl-Meyer score from 38 to 48 or more in order to use L hand as a functional assist for meal prep."),
          ("5.", "Pt will prepare a simple cold meal standing at the counter with modified independence.")]
    for n, s in gl:
        x.p((n + " ", "b"), s)
    x.h("Plan", 2)
    x.p("Skilled OT to include ADL/self-care training (97535), therapeutic activities (97530), neuromuscular "
        "re-education (97112), therapeutic exercise (97110), task-specific training and caregiver education.")
    x.p(("Frequency: ", "b"), "3x/week    ", ("Duration: ", "b"), "8 weeks")
    x.p(("Plan of care period: ", "b"), f"{us(ev)} through {us(end)}")
    x.p("Plan established by: Noor Haddad-Sorensen, OTR/L     Signed " + us(ev) + " 17:05")
    x.h("Physician certification", 2)
    x.p("I certify the need for these services furnished under this plan of treatment while under my care.")
    x.p("Physician signature: Hollis Brandt, MD        Date signed: " + us_short(sig_md))
    x.p(("Received by fax " + us(sig_md) + " (third request; first sent " + us(ev) + ").", "i"), size=8)
    x.save(f, title="OT eval POC")
    check_mot(f, [["signature-late"]], as_of, ev, ev, sig_md, end, [ev])
    assert days(ev, sig_md) == 43
    label(f, "medicare-outpatient-therapy", as_of, [["signature-late"]],
          notes="Gap: certification dated 43 days after the first treatment (evaluation) day; the profile allows 30 "
                "(warning since 2025). Layout: Word headings, ADL table, goals numbered '1.' with assist levels, "
                "footer with identifiers, short date format on the physician line.")


def r08():
    f = "r08_pt_fall_risk_form_controls.docx"
    ev = D("2026-03-03"); sig_md = D("2026-03-06"); end = D("2026-05-28"); as_of = "2026-04-01"
    x = Doc(font="Segoe UI", size=9)
    x.p(("PHYSICAL THERAPY \u2014 PLAN OF CARE", "b"), size=13, align="c")
    x.p("Balance & Fall Prevention Program \u2022 Maple Grove Rehabilitation Partners", align="c", size=8)
    x.sdt_para("Patient name:", "Cornelius Abernathy-Reyes", "PatientName")
    x.sdt_para("Date of birth:", "12/05/1940", "DOB")
    x.sdt_para("Medicare ID (MBI):", "9FV5EY1HN36", "MBI")
    x.sdt_para("Initial evaluation (first treatment day):", us(ev), "EvalDate")
    x.sdt_para("Plan of care date:", us(ev), "PlanDate")
    x.sdt_para("Certifying physician:", "Imani Castellanos, MD \u2014 Maple Grove Family Medicine", "Physician")
    x.p(("Diagnoses", "b"))
    t = x.table([["ICD-10-CM", "Description"], ["R26.81", "Unsteadiness on feet"], ["Z91.81", "History of falling"],
                 ["M62.81", "Muscle weakness (generalized)"]], widths=[1.2, 5.0])
    x.p(("Tests and measures", "b"))
    x.p("Berg Balance Scale 38/56; TUG 18.2 s with SPC; 30-s chair stand 6 reps; gait speed 0.71 m/s; "
        "ABC scale 48%. 3 falls in the last year, one with ED visit.")
    x.p(("Goals", "b"))
    t = x.table([["", "Goal", "Time frame"],
                 ["STG-1", "Patient will perform 30-s chair stand 9 reps or more to rise from the toilet without grab bar.", "4 wks"],
                 ["STG-2", "Patient will demonstrate safe floor recovery with CGA using a chair.", "4 wks"],
                 ["LTG-1", "Patient will improve Berg Balance Scale to 46/56 or more to reduce fall risk.", "8 wks"],
                 ["LTG-2", "Patient will complete TUG in 13.5 s or less with SPC to walk safely in the community.", "8 wks"],
                 ["LTG-3", "Patient will ambulate 600 ft outdoors on uneven ground with SPC, modified independent.", "8 wks"]],
                widths=[0.7, 4.9, 0.8])
    wrap_cell_in_sdt(t.cell(3, 1), "LTG1")
    x.p(("Plan of treatment", "b"))
    x.p(f"{checkbox(True)} Therapeutic exercise 97110   {checkbox(True)} Neuromuscular re-ed 97112   "
        f"{checkbox(True)} Gait training 97116   {checkbox(True)} Therapeutic activities 97530   "
        f"{checkbox(False)} Aquatic therapy 97113   {checkbox(False)} Orthotic fitting 97760")
    x.sdt_para("Frequency:", "2-3 times weekly", "Frequency")
    x.sdt_para("Duration:", "8 weeks", "Duration")
    x.sdt_para("Certification period:", f"{us(ev)} to {us(end)}", "CertPeriod")
    x.p("")
    x.sdt_para("Therapist:", "Oksana Bielawski, PT, DPT, GCS", "Therapist")
    x.sdt_para("Therapist signature date:", us(ev), "TherapistDate")
    x.p("")
    x.p(("Physician certification: ", "b"), "I have reviewed this plan of care and certify the need for these "
        "services furnished under this plan of treatment while under my care.")
    x.sdt_para("Physician signature:", "Imani Castellanos, MD (e-signed via DocuLink)", "PhysSig")
    x.sdt_para("Date:", us(sig_md), "PhysDate")
    x.save(f, title="PT POC")
    check_mot(f, [], as_of, ev, ev, sig_md, end, [ev])
    label(f, "medicare-outpatient-therapy", as_of, [],
          notes="Clean PT fall-prevention plan. Nearly every value sits in an inline content control after a bold "
                "label; one goal cell wrapped in a block content control; STG/LTG table with '4 wks'/'8 wks' "
                "time-frame column; '2-3 times weekly'; checkbox line of CPT codes.")


def r09():
    f = "r09_pt_progress_recert_hybrid.docx"
    soc = D("2025-11-10"); prior_end = D("2026-02-06"); rpt = D("2026-02-05")
    new_start = D("2026-02-07"); new_end = D("2026-05-07"); sig_md = D("2026-02-09"); as_of = "2026-03-02"
    targets = [D("2026-03-20"), D("2026-03-20"), D("2026-03-20")]
    assert days(soc, prior_end) <= MOT_CERT_DAYS and days(new_start, new_end) <= MOT_CERT_DAYS
    x = Doc(font="Calibri", size=10)
    x.header("Pinecrest Physical Therapy  |  Progress Report / Re-Certification  |  Visit 18", align="c")
    x.p(("Progress Report and Recertification of Plan of Care", "b"), size=13)
    x.table([["Patient:", "Marguerite Fennimore", "DOB:", "03/08/1946"],
             ["Medicare ID:", "1TW4UX7CD59", "Acct #:", "PC-551902"],
             ["Start of care (initial eval):", us(soc), "Visits to date:", "18"],
             ["Current certification:", f"{us(soc)} \u2013 {us(prior_end)}", "Report date:", us(rpt)],
             ["Recertification period requested:", f"{us(new_start)} \u2013 {us(new_end)}", "Physician:", "Bartholomew Ng, MD"]],
            header=False, style=None)
    x.p(("Dx: ", "b"), "M17.12 Unilateral primary osteoarthritis, left knee; R26.2 Difficulty in walking")
    x.p(("Interval summary: ", "b"), "Pt has attended 18 of 20 scheduled visits. Pain reduced from 7/10 to 3/10. "
        "L knee flexion 88\u2192112\u00b0. Gait speed 0.74\u21920.96 m/s. KOOS-JR interval score 52\u219264. Still "
        "unable to descend stairs reciprocally or kneel to garden. Continued skilled PT is needed to progress "
        "eccentric quad control and balance on uneven surfaces.")
    x.p(("Status of goals from the previous plan", "b"))
    x.table([["Goal", "Status"],
             ["Independent with HEP", "MET"],
             ["L knee flexion 110\u00b0", "MET"],
             ["Ambulate 1000 ft without device", "PARTIALLY MET \u2014 600 ft, carried over as revised LTG 1"],
             ["Descend 14 stairs reciprocally with rail", "NOT MET \u2014 carried over as LTG 2"]])
    x.p(("Goals for the recertification period", "b"))
    x.table([["#", "Goal", "Target"],
             ["LTG 1 (revised)", "Pt will ambulate 1000 ft on level and uneven surfaces without AD, mod I, in order to walk her dog.", us(targets[0])],
             ["LTG 2", "Pt will descend 14 stairs reciprocally with 1 rail in order to do laundry in her basement.", us(targets[1])],
             ["LTG 3 (new)", "Pt will kneel and rise from half-kneel with UE support of 1 hand in 3 of 3 trials in order to garden.", us(targets[2])]])
    x.p(("Plan: ", "b"), "Continue 97110, 97112, 97116, 97530, 97140 as indicated. Progress to community program.")
    x.p(("Frequency/duration for the new period: ", "b"), "2x/wk x 6 wks (12 visits)")
    x.p(("Anticipated discharge: ", "b"), "to independent HEP/community fitness after this period.")
    x.p("")
    x.p("Therapist: Quentin Abara-Lindholm, PT, DPT \u2014 e-signed " + us(rpt))
    x.p("")
    x.p(("RECERTIFICATION: ", "b"), "I have reviewed this progress report and updated plan and certify the "
        f"continued need for these services from {us(new_start)} through {us(new_end)} while under my care.")
    x.table([["Physician", "Signature", "Date"], ["Bartholomew Ng, MD", "Bartholomew Ng MD", us(sig_md)]])
    x.save(f, title="Progress report / recert")
    check_mot(f, [], as_of, soc, rpt, sig_md, new_end, [rpt], targets, recert=True)
    assert mbi_ok("1TW4UX7CD59")
    label(f, "medicare-outpatient-therapy", as_of, [],
          unsure=["signature-late", "review-interval-exceeded", "plan-late", "review-overdue"],
          notes="Clean PT progress report + recertification (visit 18). Both certification periods are within 90 "
                "days and the recert was signed 2 days into the new period. Unsure (left out of must_not_report): "
                "timing kinds anchored on the first treatment day (signature-late, plan-late, "
                "review-interval-exceeded) and review-overdue, which a tool might compute from the original start "
                "of care. Layout: borderless header grid, goal-status table, new goal table with 'LTG 1 (revised)'.")


def r10():
    f = "r10_slp_cognitive_vague_goal.docx"
    ev = D("2026-01-15"); sig_md = D("2026-01-22"); end = D("2026-04-14"); as_of = "2026-02-12"
    x = Doc(font="Calibri", size=10)
    x.p(("Outpatient Speech Therapy \u2014 Plan of Care", "b"), size=12)
    x.p("Ellery Brain Injury Clinic  \u00b7  Suite 210  \u00b7  555-0133")
    x.p("")
    x.p("Pt: Thaddeus Kwiatkowski-Moor   |   DOB 08/23/1958   |   MBI 5MA3HJ6TE28   |   Eval date: " + us(ev) + "   |   POC date: " + us(ev))
    x.p("Referring/certifying: Celestine Abiodun, MD (PM&R)")
    x.p("Dx: S06.2X9S Diffuse traumatic brain injury with LOC of unspecified duration, sequela;  "
        "R41.841 Cognitive communication deficit")
    x.p(("Eval summary: ", "b"), "TBI 2023 (MVA). SLUMS 19/30. Difficulty with recall of appointments, "
        "multi-step planning, word-finding in conversation. Lives alone; sister checks in weekly.")
    x.p(("Goals", "b"))
    t = x.table([["Long-term goal", "Short-term goals"],
                 ["LTG A: Pt will independently use a smartphone calendar to attend 100% of scheduled medical "
                  "appointments over a 4-week period in order to live alone safely.",
                  "A1. Pt will enter appointments into calendar with 90% accuracy given min verbal cues.\n"
                  "A2. Pt will set 2 reminders per appointment independently in 4 of 5 trials."],
                 ["LTG B: Pt will improve cognitive-linguistic skills to return to prior level of function.", "\u2014"]],
                widths=[3.4, 3.0])
    x.p(("Treatment plan: ", "b"), "Cognitive-communication treatment (97129/97130), 92507 for word-finding; "
        "external memory aid training; compensatory strategy training with sister.")
    x.p(("Frequency / duration: ", "b"), "1-2 times weekly x 10 weeks")
    x.p(("Cert period: ", "b"), f"{us(ev)} - {us(end)}")
    x.p("")
    x.p("SLP: Ingrid Solvang-Murray, MA, CCC-SLP    Date: " + us(ev))
    x.p("I certify the need for these services furnished under this plan of treatment while under my care.")
    x.p("MD/NPP: Celestine Abiodun, MD    Date: " + us(sig_md))
    x.save(f, title="ST POC")
    check_mot(f, [["goal-not-measurable"]], as_of, ev, ev, sig_md, end, [ev])
    label(f, "medicare-outpatient-therapy", as_of, [["goal-not-measurable"]],
          notes="Gap: LTG B ('improve cognitive-linguistic skills to return to prior level of function') states no "
                "measure or level and has no short-term goals. Layout: two-column LTG/STG table, pipe-separated "
                "demographics line.")


def r11():
    f = "r11_pt_rotator_cuff_long_cert.docx"
    ev = D("2026-01-12"); sig_md = D("2026-01-16"); end = D("2026-05-08"); as_of = "2026-02-20"
    x = Doc(font="Arial", size=9, landscape=True, margins=0.5)
    x.p(("SUMMIT ORTHOPAEDIC REHABILITATION \u2014 POST-OPERATIVE PLAN OF CARE", "b"), size=12)
    t = x.table([["Patient", "DOB", "Medicare ID", "Surgeon / certifying MD", "Surgery", "Initial PT visit"],
                 ["Rosalind Ekwueme", "05/02/1953", "3CK8PW2MV71", "Anselm Varga, MD", "R arthroscopic RCR 01/05/2026",
                  us(ev)]], size=9)
    x.p(("Diagnoses: ", "b"), "M75.121 Complete rotator cuff tear or rupture of right shoulder, not specified as "
        "traumatic; Z98.890 Other specified postprocedural states")
    x.p(("Phase-based goals", "b"))
    ph = x.table([["Phase", "Weeks", "Goals (patient will...)", "Interventions"],
                  ["I \u2014 Protection", "0-6", "achieve passive R shoulder flexion 140\u00b0 and ER 40\u00b0 with sling compliance 100%; pain 3/10 or less at night",
                   "PROM 97140, pendulums, cryotherapy, sling education"],
                  ["II \u2014 Active motion", "6-12", "achieve AROM flexion 150\u00b0 without shrug sign; independently don/doff shirt",
                   "AAROM\u2192AROM 97110, scapular NMR 97112"],
                  ["III \u2014 Strengthening", "12-16", "lift 5 lb to a shoulder-height shelf 10x; QuickDASH 20 or less",
                   "progressive resistive exercise 97110, functional tasks 97530"]],
                 size=9)
    x.p("")
    x.p(("Plan established: ", "b"), us(ev))
    x.p(("Frequency/Duration: ", "b"), "2x/week x 16 weeks (32 visits) per post-operative protocol")
    x.p(("Plan of care / certification dates: ", "b"), f"{us(ev)} through {us(end)}")
    x.p(("Rehab potential: ", "b"), "Good. Precautions: no active R shoulder elevation until week 6; no lifting > 1 lb until week 12.")
    x.p("")
    sig = x.table([["Therapist", "Signature / date", "Certifying physician", "Signature / date"],
                   ["Benedikt Halvorsen, PT, DPT, SCS", f"B. Halvorsen PT  {us(ev)}",
                    "Anselm Varga, MD  NPI " + npi("132290674"), f"A. Varga MD  {us(sig_md)}"]], size=9)
    x.p("I certify the need for these services furnished under this plan of treatment while under my care.", size=8)
    x.save(f, title="Post-op POC")
    assert days(ev, end) == 116
    check_mot(f, [["review-interval-exceeded"]], as_of, ev, ev, sig_md, end, [ev])
    label(f, "medicare-outpatient-therapy", as_of, [["review-interval-exceeded"]],
          notes="Gap: one certification covers 116 days (01/12-05/08/2026) for a 16-week protocol; certification "
                "must be renewed at least every 90 days. Layout: landscape, one-row demographic table with column "
                "headers, phase table whose goals start lower-case after 'Goals (patient will...)'.")


def r12():
    f = "r12_slp_pediatric_school_plan.docx"
    ev = D("2026-01-21"); sig_md = D("2026-02-02"); end = D("2026-04-15"); as_of = "2026-03-02"
    targets = [D("2026-04-15")] * 4
    x = Doc(font="Comic Sans MS", size=10)
    x.header("Little Harbor Pediatric Therapy \u2022 Speech & Language", align="c")
    x.p(("Speech-Language Therapy Plan of Care", "b"), size=13, align="c")
    x.p(("Child's name: ", "b"), "Amaris Delacroix-Moon        ", ("DOB: ", "b"), "09/14/2019 (age 6;4)")
    x.p(("Parent/guardian: ", "b"), "Yvette Delacroix (mother)        ", ("Member ID: ", "b"), "JW77184520-01")
    x.p(("School: ", "b"), "Fairmount Elementary, grade K (IEP in place; school SLP 1x/wk group)")
    x.p(("Evaluation date / first session: ", "b"), us(ev), "        ", ("Date of this plan: ", "b"), us(ev))
    x.p(("Primary care provider: ", "b"), "Fenna Albrecht, MD (Harbor Pediatrics)")
    x.p(("Diagnoses: ", "b"), "F80.1 Expressive language disorder; F80.0 Phonological disorder")
    x.p(("Test results: ", "b"), "CELF-5 Expressive Language Index 72 (3rd %ile); GFTA-3 standard score 68. "
        "Intelligibility ~55% to unfamiliar listeners. Deletes final consonants, fronts /k, g/.")
    x.p(("What Amaris will work on (goals for this plan period):", "b"))
    goals = ["Amaris will produce final consonants in CVC words with 80% accuracy across 3 consecutive sessions.",
             "Amaris will produce /k/ and /g/ in initial position of words with 80% accuracy given no more than 1 model.",
             "Amaris will use 4-5 word sentences with correct pronoun (he/she) in 8 of 10 opportunities during play.",
             "Amaris will retell a 3-part story with beginning, middle and end in 4 of 5 trials with a picture cue."]
    for i, gtxt in enumerate(goals, 1):
        x.p(f"Goal {i}: {gtxt} (by {us(targets[i-1])})")
    x.p(("Home program: ", "b"), "Mother will practice 10 minutes daily with the picture cards and record practice on the chart.")
    x.table([["Service", "CPT", "Minutes", "How often", "How long"],
             ["Individual speech/language treatment", "92507", "45", "1x/week", "12 weeks"]])
    x.p(("Plan of care dates: ", "b"), f"{us(ev)} to {us(end)}")
    x.p("")
    x.p("Therapist: Philippa Okonkwo-Reyes, M.S., CCC-SLP     Signed: " + us(ev))
    x.p("Parent/guardian: Yvette Delacroix     Signed: " + us(ev))
    x.p("")
    x.p(("Physician order / certification", "b"))
    x.p("I have reviewed the plan and certify that these services are medically necessary and will be furnished "
        "while the child is under my care.")
    x.p("Fenna Albrecht, MD     Date: " + us(sig_md) + "     NPI " + npi("119305527"))
    x.save(f, title="Pediatric SLP POC")
    check_mot(f, [], as_of, ev, ev, sig_md, end, [ev], targets)
    label(f, "medicare-outpatient-therapy", as_of, [],
          notes="Clean pediatric SLP plan checked under the Medicare outpatient-therapy rules (Medicaid-like payer "
                "that follows them). Goals written with the child's first name instead of 'Pt', services in a "
                "small table (CPT, minutes, how often, how long), parent signature in addition to therapist and "
                "pediatrician.")


def r13():
    f = "r13_pt_vestibular_plan_after_treatment.docx"
    first = D("2026-01-13"); plan = D("2026-01-27"); sig_md = D("2026-01-29"); end = D("2026-04-10"); as_of = "2026-02-18"
    x = Doc(font="Calibri", size=10)
    x.p(("BALANCE & DIZZINESS CENTER \u2014 PHYSICAL THERAPY", "b"))
    x.p(("Written Plan of Care", "b"), size=12)
    x.p("Patient: Ottilie Brandvold-Asante  \u2022  D.O.B. 11-Mar-1949  \u2022  Medicare Beneficiary ID 7UP2RE5NX83")
    x.p(f"First visit (evaluation and canalith repositioning): {dmy(first)}")
    x.p(f"Date this plan was written: {dmy(plan)}")
    x.p(("Note: ", "b"), "The patient was evaluated and treated on " + dmy(first) + " and received treatment on "
        "15-Jan-2026, 20-Jan-2026 and 22-Jan-2026 under the referring physician's order before this written plan "
        "was completed.")
    x.p("Referring/certifying physician: Dr. Soren Mbeki-Larsen, MD (ENT)")
    x.p("Diagnoses: H81.11 Benign paroxysmal vertigo, right ear; R42 Dizziness and giddiness")
    x.p("Findings: + R Dix-Hallpike (resolved after 2 CRP); persistent motion sensitivity (MSQ 28), DHI 54, "
        "gait speed with head turns 0.8 m/s, FGA 17/30.")
    x.p(("Goals (6 weeks)", "b"))
    for s in ["DHI will decrease from 54 to 30 or less.",
              "Patient will score 24/30 or more on the FGA to walk in busy stores safely.",
              "Patient will tolerate 2 minutes of gaze stabilization (VOR x1) at 2 Hz with symptoms 2/10 or less.",
              "Negative R Dix-Hallpike on 2 consecutive visits."]:
        x.bullet(s)
    x.p(("Plan", "b"))
    x.p("Canalith repositioning (95992), vestibular rehabilitation/NMR 97112, gait training 97116, therapeutic "
        "exercise 97110, HEP (habituation and gaze stabilization).")
    x.p("Frequency: 1-2x/wk x 6 wks")
    x.p(f"Certification: {dmy(plan)} to {dmy(end)}")
    x.p("")
    x.p("Therapist signature: Hyacinth Delmar-Strand, PT, DPT  (electronically signed " + dmy(plan) + ")")
    x.p("Physician certification \u2014 I certify the need for these services furnished under this plan of treatment "
        "while under my care:  Soren Mbeki-Larsen, MD   " + dmy(sig_md))
    x.save(f, title="Vestibular POC")
    assert days(first, end) == 87 and days(first, sig_md) == 16
    check_mot(f, [["plan-late"]], as_of, first, plan, sig_md, end, [plan])
    label(f, "medicare-outpatient-therapy", as_of, [["plan-late"]],
          notes="Gap: the written plan is dated 14 days after treatment began (first visit 13-Jan-2026, plan "
                "27-Jan-2026), and the plan itself says four treatment visits preceded it. Dates are written "
                "dd-Mon-yyyy. Certification is timely (16 days) and the period is 87 days from the first visit.")


def r14():
    f = "r14_ot_hemiparesis_tracked_changes.docx"
    ev = D("2026-02-17"); sig_md = D("2026-02-24"); end = D("2026-05-15"); as_of = "2026-03-16"
    x = Doc(font="Calibri", size=10)
    x.p(("OCCUPATIONAL THERAPY PLAN OF CARE", "b"), size=12)
    x.p("Valley Community Hospital \u2014 Outpatient Rehabilitation, 3rd floor", size=9)
    x.table([["Patient", "Beatrix Lindqvist-Amadi"], ["Date of birth", "07/07/1955"], ["Medicare ID", "2QD9TF3KA64"],
             ["OT evaluation (first visit)", us(ev)], ["Plan date", us(ev)], ["Certifying physician", "Rafael Quintero, DO"],
             ["Plan period", f"{us(ev)} \u2013 {us(end)}"]], header=False, bold_first_col=True, widths=[2.2, 4.0])
    x.p("")
    x.p(("Diagnoses:", "b"))
    x.p("\u2022 I69.354 Hemiplegia and hemiparesis following cerebral infarction affecting left non-dominant side")
    x.p("\u2022 M62.81 Muscle weakness (generalized)")
    x.p(("Problem list:", "b"), " decreased L UE motor control and coordination; dependence in bathing and LB "
        "dressing; unable to cut food; reduced activity tolerance.")
    x.p(("Goals:", "b"))
    for lab, s in [("STG #1 (4 wks)", "Pt will use L UE as a gross assist to stabilize a plate while cutting food in 4 of 5 meals."),
                   ("STG #2 (4 wks)", "Pt will complete LB dressing with long-handled reacher at SBA."),
                   ("LTG #1 (8 wks)", "Pt will complete shower routine with tub transfer bench at modified independence in order to bathe without her daughter."),
                   ("LTG #2 (8 wks)", "Pt will improve L UE Box and Blocks from 12 to 25 blocks in order to fold laundry.")]:
        x.p((lab + ": ", "b"), s)
    x.p(("Plan:", "b"), " 97535 self-care/home management training, 97530 therapeutic activities, 97112 neuromuscular "
        "re-education (task-oriented training, mirror therapy), 97110 therapeutic exercise.")
    para = x.p(("Frequency: ", "b"))
    x.tracked(para, deleted="3x/week", inserted="2x/week", author="Tamsin Okoro-Vale", when="2026-02-17T16:20:00Z")
    r = para.add_run("  \u2022  ")
    para.add_run("Duration: ").bold = True
    para.add_run("8 weeks")
    x.comment(para.runs[0], "Changed per phone call with Dr. Quintero \u2014 pt relies on daughter for transport.",
              author="Tamsin Okoro-Vale", initials="TO", when="2026-02-17T16:21:00Z")
    x.p("")
    x.p(("Therapist: ", "b"), "Tamsin Okoro-Vale, OTR/L \u2014 signed " + us(ev))
    x.p(("Physician certification: ", "b"), "I certify the need for these services furnished under this plan of "
        "treatment while under my care.")
    x.p("Rafael Quintero, DO \u2014 signed " + us(sig_md) + " \u2014 NPI " + npi("171188350"))
    x.save(f, title="OT POC")
    check_mot(f, [], as_of, ev, ev, sig_md, end, [ev])
    label(f, "medicare-outpatient-therapy", as_of, [],
          notes="Clean OT plan. Frequency is a tracked change (deleted '3x/week', inserted '2x/week') with a Word "
                "comment on the label; goals labelled 'STG #1 (4 wks)' inline; key-value demographic table.")


def r15():
    f = "r15_pt_hip_fracture_unsigned_cert.docx"
    ev = D("2026-02-10"); end = D("2026-05-08"); as_of = "2026-02-27"
    x = Doc(font="Tahoma", size=9)
    x.header("Oakmont Rehab Associates \u2014 Physical Therapy        Fax 555-0190", align="l")
    x.p(("PLAN OF CARE \u2014 PHYSICAL THERAPY", "b"), size=12)
    x.p("Name: Leopold Asamoah-Brandt     DOB: 02/28/1941     Medicare: 4EN7XR2GD30")
    x.p(f"Evaluation date: {us(ev)}     Plan of care date: {us(ev)}")
    x.p(f"Onset: fall at home 12/21/2025, R intertrochanteric fx, IMN 12/22/2025")
    x.p("Dx: S72.141D Displaced intertrochanteric fracture of right femur, subsequent encounter for closed fracture with routine healing; Z74.09 Other reduced mobility")
    x.p("Precautions: WBAT RLE. Fall risk.")
    x.p(("Assessment", "b"))
    x.p("Pt ambulates 75 ft with RW CGA, Tinetti 14/28, unable to rise from standard chair without B UE push and "
        "min A. Goals are to return to independent household and short community ambulation.")
    x.p(("Goals", "b"))
    for s in ["(STG, 3 wks) Pt will perform sit-to-stand from standard-height chair with SBA.",
              "(STG, 3 wks) Pt will ambulate 150 ft with RW and supervision.",
              "(LTG, 8 wks) Pt will ambulate 400 ft with SPC, modified independent, in order to walk to mailbox and church.",
              "(LTG, 8 wks) Pt will improve Tinetti score from 14/28 to 22/28 or more."]:
        x.p(s)
    x.p(("Plan", "b"))
    x.p("97116 gait training, 97110 therapeutic exercise, 97530 therapeutic activities, 97112 balance training; "
        "HEP; DME assessment.")
    x.p("Freq: 3x/wk x 4 wks, then 2x/wk x 4 wks      Certification period: " + f"{us(ev)} - {us(end)}")
    x.p("")
    x.p("Therapist: Fiorella Santangelo, PT    ____Fiorella Santangelo, PT____    Date: " + us(ev))
    x.p("")
    x.p(("Physician certification (required by Medicare):", "b"))
    x.p("I certify the need for these services furnished under this plan of treatment while under my care.")
    x.p("Physician signature: ________________________________    Date: ______________")
    x.p("Printed name: Cyprian Oduya, MD        NPI: " + npi("158873302"))
    x.p(("Sent for signature " + us(D("2026-02-11")) + " via fax; 2nd request " + us(D("2026-02-25")) + ".", "i"), size=8)
    x.save(f, title="PT POC")
    check_mot(f, [["signature-missing"]], as_of, ev, ev, None, end, [ev])
    label(f, "medicare-outpatient-therapy", as_of, [["signature-missing"]],
          notes="Gap: the physician certification line is blank (printed name only, 'sent for signature'). "
                "Reported as a warning since 2025 under this profile. As-of is 17 days after the first treatment, so "
                "the 30-day certification window has not yet passed (signature-late is not expected).")


def r16():
    f = "r16_slp_voice_cpt_units_table.docx"
    ev = D("2026-03-02"); sig_md = D("2026-03-05"); end = D("2026-05-29"); as_of = "2026-03-30"
    x = Doc(font="Calibri Light", size=10)
    x.p(("VOICE & SWALLOW CENTER", "b"), size=14)
    x.p("Speech-Language Pathology  \u2014  Plan of Care / Medicare Certification", size=10)
    hdr = x.table([["", ""], ["Beneficiary", "Florian Dunmore-Achterberg"], ["DOB", "04/16/1947"],
                   ["MBI", "8GT6PD4HU17"], ["Eval / 1st tx", us(ev)], ["POC date", us(ev)], ["Cert period", f"{us(ev)} through {us(end)}"]],
                  header=False, widths=[1.6, 4.6])
    merge_row(hdr, 0, "IDENTIFICATION", fill="D9E2F3")
    x.p("")
    x.p(("Medical diagnosis: ", "b"), "G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations")
    x.p(("Treatment diagnosis: ", "b"), "R49.0 Dysphonia")
    x.p(("Baseline acoustics: ", "b"), "sustained /a/ 68 dB SPL at 30 cm; conversational loudness 62 dB; "
        "VHI-10 = 24. Spouse reports frequent 'what?' requests.")
    x.p(("Goals", "b"))
    gt = x.table([["Goal", "Baseline", "Target", "By"],
                   ["Sustained phonation loudness (dB SPL at 30 cm)", "68 dB", "80 dB or more", "4 weeks"],
                   ["Conversational loudness in 5-minute conversation", "62 dB", "70-72 dB in 80% of utterances", "4 weeks"],
                   ["VHI-10 score", "24", "11 or less", "12 weeks"],
                   ["Carry-over: pt will order at a restaurant without being asked to repeat", "0 of 3", "3 of 3 outings", "12 weeks"]],
                  widths=[3.0, 0.9, 1.7, 0.8])
    x.p("")
    x.p(("Services", "b"))
    x.table([["CPT", "Description", "Units/session", "Min", "Frequency", "Duration", "Visits"],
             ["92507", "Treatment of speech/voice (LSVT LOUD\u00ae)", "1", "60", "4x/week", "4 weeks", "16"],
             ["92507", "Maintenance/carry-over sessions", "1", "45", "1x/week", "8 weeks", "8"]], size=9)
    x.p("Total: 24 visits over 12 weeks.", size=9)
    x.p("")
    x.p("Clinician: Henrietta Vos-Kamau, MS, CCC-SLP (LSVT LOUD certified) \u2014 e-signature on file, dated " + us(ev))
    x.p(("Certifying physician: ", "b"), "Theo Marchetti, MD (movement disorders) \u2014 NPI " + npi("102938474"))
    x.p("I certify the need for these services furnished under this plan of treatment while under my care.")
    x.p("Signed: Theo Marchetti MD    " + us(sig_md))
    x.save(f, title="Voice POC")
    check_mot(f, [], as_of, ev, ev, sig_md, end, [ev])
    label(f, "medicare-outpatient-therapy", as_of, [],
          notes="Clean SLP voice plan (LSVT LOUD). Identification table with a merged title row, goals as a "
                "measure/baseline/target/by grid (goal text is a measure name, the level is in the target column), "
                "service table with CPT, units, minutes, frequency, duration and visit counts.")


def r17():
    f = "r17_pt_knee_oa_no_first_visit_date.docx"
    letter = D("2026-03-02"); sig_md = D("2026-03-09"); as_of = "2026-03-20"
    x = Doc(font="Garamond", size=11)
    x.p(("Fairhaven Physical Therapy", "b"), size=14)
    x.p("88 Elm Terrace \u00b7 Fairhaven \u00b7 555-0115", size=9)
    x.p("")
    x.p(long(letter))
    x.p("To: Dr. Wilhelmina Achebe, MD \u2014 Fairhaven Internal Medicine")
    x.p(("Re: Plan of care for Reginald Oyelowo-Strand (DOB 01/30/1951, Medicare 6HR4KT8WP22)", "b"))
    x.p("Referral received: 02/20/2026 (order dated 02/18/2026: 'PT eval and treat, L knee OA')")
    x.p("Dr. Achebe,")
    x.p("Mr. Oyelowo-Strand has been evaluated for left knee osteoarthritis. He reports 6/10 pain with "
        "walking more than one block and difficulty rising from low chairs. He has 10-100\u00b0 L knee AROM, quad "
        "strength 4-/5, 30-s chair stand 7, 6MWT 290 m and KOOS-JR 49.")
    x.p(("Diagnoses: ", "b"), "M17.12 Unilateral primary osteoarthritis, left knee")
    x.p(("Goals", "b"), " \u2014 Mr. Oyelowo-Strand will:")
    for s in ["walk 6 blocks (about 800 m) with pain 3/10 or less in order to walk to the library",
              "perform 30-s chair stand 11 reps or more in order to rise from low chairs without using his arms",
              "improve KOOS-JR from 49 to 65 or better",
              "demonstrate independent performance of his home exercise program (8 exercises)"]:
        x.bullet(s)
    x.p(("Plan", "b"), ": therapeutic exercise (97110), manual therapy (97140), neuromuscular re-education (97112), "
        "gait training (97116) and education in activity pacing and joint protection.")
    x.p(("Frequency and duration", "b"), ": twice a week for 8 weeks.")
    x.p("Please sign below to certify the plan and return by fax to 555-0116.")
    x.p("Warm regards,")
    x.p("Ambrose Featherstone-Ilori, PT, DPT, OCS    (signed " + us(letter) + ")")
    x.p("")
    x.p(("Certification: ", "b"), "I certify the need for these services furnished under this plan of treatment "
        "while under my care.")
    x.p("_/s/ Wilhelmina Achebe, MD_     Date: " + us(sig_md))
    x.save(f, title="POC letter")
    check_common(f, [], as_of, [letter, sig_md], letter)
    label(f, "medicare-outpatient-therapy", as_of, [["field-missing"]],
          unsure=["plan-late"],
          notes="Gap: the letter never states the evaluation / first treatment date (only the letter date, the referral "
                "date and the order date), so the certification timeliness cannot be checked "
                "(first-treatment-date-present). No certification period is given. Unsure: plan-late, if a tool "
                "took the referral or order date as the first treatment.")


def r18():
    f = "r18_pt_cms700_style_bad_npi.docx"
    soc = D("2026-01-08"); sig_md = D("2026-01-14"); end = D("2026-04-07"); as_of = "2026-02-09"
    good = npi("149901235")
    bad = good[:9] + str((int(good[9]) + 3) % 10)
    assert not npi_valid(bad)
    x = Doc(font="Arial", size=8, margins=0.5)
    x.p(("DEPARTMENT OF HEALTH AND HUMAN SERVICES", "b"), size=7)
    x.p(("PLAN OF TREATMENT FOR OUTPATIENT REHABILITATION", "b"), size=11, align="c")
    x.p("(COMPLETE FOR INITIAL CLAIMS ONLY)", size=7, align="c")
    rows = [
        ["1. PATIENT'S LAST NAME\nGRUNEWALD-OKAFOR", "FIRST NAME\nMATTHIAS", "M.I.\nE", "2. PROVIDER NO.\n14-3382"],
        ["3. MEDICARE NO. (MBI)\n5WJ2NC9AR46", "4. PROVIDER NAME\nKettle Creek Therapy Services", "5. MEDICAL RECORD NO.\nKC-77310", "6. ONSET DATE\n11/30/2025"],
        ["7. SOC DATE\n" + us(soc), "8. TYPE:  \u2612 PT  \u2610 OT  \u2610 SLP  \u2610 CR\n\u2610 RT  \u2610 PS  \u2610 SN  \u2610 SW", "9. PRIMARY DIAGNOSIS (pertinent medical D.X.)\nM16.11 Unilateral primary osteoarthritis, right hip", "10. TREATMENT DIAGNOSIS\nR26.2 Difficulty in walking, NEC"],
        ["11. VISITS FROM SOC\n1", "DATE OF BIRTH\n06/19/1948", "", ""],
    ]
    t = x.table(rows, header=False, size=8)
    a = t.cell(3, 1).merge(t.cell(3, 3))
    set_cell(a, "DATE OF BIRTH\n06/19/1948", size=8)
    x.p("")
    t2 = x.table([["12. PLAN OF TREATMENT  FUNCTIONAL GOALS", "PLAN"],
                  ["GOALS (Short Term)\n"
                   "1. Pt will ambulate 200 ft with SPC and SBA within 3 weeks.\n"
                   "2. Pt will perform 5x sit-to-stand in 15 s or less within 3 weeks.\n"
                   "OUTCOME (Long Term)\n"
                   "1. Pt will ambulate 1000 ft with no device, mod I, on community surfaces within 8 weeks in order to shop.\n"
                   "2. Pt will ascend/descend 1 flight of stairs reciprocally with 1 rail within 8 weeks.\n"
                   "3. HOOS-JR improved from 58 to 75 or better within 8 weeks.",
                   "Ther ex 97110\nGait trng 97116\nNMR / balance 97112\nManual 97140\nTher activities 97530\nHEP / education"]],
                 header=True, size=8)
    x.p("")
    t3 = x.table([["13. SIGNATURE (professional establishing POC including prof. designation)\n"
                   "Signed: Rosamund Ilves-Achterberg, PT, DPT   NPI " + good + "   Date: " + us(soc),
                   "14. FREQ/DURATION (e.g., 3/Wk x 4 Wk.)\n2/Wk x 8 Wk"],
                  ["I CERTIFY THE NEED FOR THESE SERVICES FURNISHED UNDER THIS PLAN OF TREATMENT WHILE UNDER MY CARE   \u2610 N/A",
                   "15. CERTIFICATION\nFROM " + us(soc) + "   THROUGH " + us(end) + "   \u2610 N/A"],
                  ["16. PHYSICIAN SIGNATURE\nIsadora Velasquez-Hahn, MD (signed)", "17. DATE\n" + us(sig_md)],
                  ["18. ON FILE (Print/type physician's name)\nIsadora Velasquez-Hahn, MD   NPI " + bad,
                   "19. PRIOR HOSPITALIZATION\nFROM  N/A   TO  N/A"]],
                 header=False, size=8)
    x.p("")
    x.table([["20. INITIAL ASSESSMENT (history, medical complications, level of function at start of care. Reason for referral.)"],
             ["72 y/o M with R hip OA awaiting possible THA; pain 6/10 with walking > 10 min; gait with R Trendelenburg and "
              "antalgic pattern, SPC; 5xSTS 21 s; HOOS-JR 58. Goal: delay surgery, return to community ambulation."]],
            header=True, size=8)
    x.p("21. \u2610 CONTINUE SERVICES OR \u2610 DC SERVICES          SERVICE DATES FROM " + us(soc) + " THROUGH " + us(soc),
        size=7)
    x.p("Form CMS-700 style layout reproduced by Kettle Creek Therapy Services for internal use.", size=6)
    x.save(f, title="Plan of treatment")
    check_mot(f, [["identifier-invalid"]], as_of, soc, soc, sig_md, end, [soc])
    label(f, "medicare-outpatient-therapy", as_of, [["identifier-invalid"]],
          notes="Gap: the certifying physician's NPI in box 18 fails the Luhn check digit (warning under this "
                "profile). Layout: CMS-700-like numbered boxes with label and value in the same cell, merged cell "
                "for DOB, goals/plan side by side in box 12, frequency '2/Wk x 8 Wk' in box 14.")


def r19():
    f = "r19_ot_frequency_tbd.docx"
    ev = D("2026-02-23"); sig_np = D("2026-03-02"); end = D("2026-04-20"); as_of = "2026-03-18"
    targets = [D("2026-03-23"), D("2026-04-06"), D("2026-04-06")]
    x = Doc(font="Calibri", size=10)
    x.header("Westbrook Medical Group \u2014 Rehabilitation Services\nOT Plan of Care", align="r")
    x.p(("Patient: ", "b"), "Philomena Arkwright-Nwosu   ", ("DOB: ", "b"), "03/22/1944   ",
        ("Medicare: ", "b"), "9KW3MT6VE19")
    x.p(("Initial evaluation: ", "b"), us(ev), "    ", ("Plan date: ", "b"), us(ev), "    ", ("Plan of care through: ", "b"), us(end))
    x.p(("Diagnoses: ", "b"), "M80.08XD Age-related osteoporosis with current pathological fracture, vertebra(e), "
        "subsequent encounter; S32.010D Wedge compression fracture of first lumbar vertebra, subsequent encounter")
    x.p(("Evaluation summary: ", "b"), "Pt with L1 compression fx (12/2025), TLSO discontinued 02/10/2026. "
        "Requires mod A for LB dressing and tub transfers due to spinal precautions and pain; unable to reach "
        "lower cabinets. COPM performance 3.2, satisfaction 2.4.")
    x.p(("Goals", "b"))
    x.table([["Goal", "Target date"],
             ["Pt will don/doff socks and shoes with AE while maintaining spinal precautions, mod I.", us(targets[0])],
             ["Pt will complete tub bench transfer with supervision in order to shower 3x/week.", us(targets[1])],
             ["Pt will improve COPM performance score from 3.2 to 6.0 or more.", us(targets[2])]])
    x.p(("Treatment plan", "b"))
    x.table([["CPT", "Service", "Units per visit"],
             ["97535", "Self-care / home management training", "2"],
             ["97530", "Therapeutic activities", "1"],
             ["97110", "Therapeutic exercise (core stabilization within precautions)", "1"]])
    x.p(("Frequency: ", "b"), "TBD \u2014 pending Medicare Advantage authorization; will follow up with the certifying NP.")
    x.p(("Duration: ", "b"), "8 weeks")
    x.p("")
    x.p("Plan established by: Cordelia Vantongeren, MOT, OTR/L        " + us(ev))
    x.p("Certified by: Ignatius Mbatha, ACNP-BC (nurse practitioner)        " + us(sig_np))
    x.p("I certify the need for these services furnished under this plan of treatment while under my care.", size=8)
    x.save(f, title="OT POC")
    check_mot(f, [["frequency-missing"]], as_of, ev, ev, sig_np, end, [ev], targets)
    label(f, "medicare-outpatient-therapy", as_of, [["frequency-missing"]],
          notes="Gap: frequency is 'TBD' pending authorization; units per visit and an 8-week duration are given. "
                "Certifier is an acute-care nurse practitioner ('ACNP-BC (nurse practitioner)').")


def r20():
    f = "r20_pt_lapsed_certification.yaml"
    ev = D("2025-10-13"); sig_md = D("2025-10-20"); end = D("2026-01-09"); as_of = "2026-01-26"
    text = f"""schema: authcheck-plan/1
# Exported from Brightwater Therapy scheduling system (plan of care module)
patient: {{name: Ignatius Featherly-Obi, birth_date: 1945-08-14, member_id: 3MX7KA5TD64}}
payer: Medicare Part B
discipline: pt
program: Outpatient physical therapy - Brightwater Therapy, Dunmore clinic
plan_date: {ev.isoformat()}
first_treatment_date: {ev.isoformat()}
period: {{start: {ev.isoformat()}, end: {end.isoformat()}}}
expected_duration: 12 weeks
providers:
  - {{name: Cassius Adebayo-Lund, credential: PT, npi: "{npi('110293847')}", role: treating therapist, organization: Brightwater Therapy}}
  - {{name: Genevieve Holmqvist, credential: MD, npi: "{npi('127364019')}", role: certifying physician}}
diagnoses:
  - {{code: M48.061, description: "Spinal stenosis, lumbar region without neurogenic claudication", primary: true}}
  - {{code: R26.2, description: "Difficulty in walking, not elsewhere classified"}}
presenting_problem: Neurogenic-type leg fatigue limits standing and walking to 5 minutes; ODI 52%.
problems:
  - statement: Limited walking and standing tolerance
    goals:
      - statement: Pt will walk 20 minutes continuously with pain 3/10 or less in order to shop for groceries.
        target_date: 2026-01-05
      - statement: Pt will reduce ODI from 52% to 30% or less.
        target_date: 2026-01-05
  - statement: Decreased core and hip strength
    goals:
      - statement: Pt will hold a side plank 30 seconds each side and perform 10 bridges with march.
        target_date: 2025-12-01
services:
  - {{code: "97110", description: Therapeutic exercise, units: 2, frequency: 2x/week, duration: 12 weeks}}
  - {{code: "97112", description: Neuromuscular re-education, units: 1, frequency: 2x/week, duration: 12 weeks}}
  - {{code: "97140", description: Manual therapy, units: 1, frequency: 2x/week, duration: 12 weeks}}
reviews:
  - {{kind: recertification, date: {end.isoformat()}, completed: false}}
signatures:
  - {{role: clinician, name: Cassius Adebayo-Lund, credential: PT, date: {ev.isoformat()}, method: electronic}}
  - {{role: physician, name: Genevieve Holmqvist, credential: MD, date: {sig_md.isoformat()}, method: electronic}}
"""
    with open(os.path.join(OUT, f), "w", encoding="utf-8") as fh:
        fh.write(text)
    check_mot(f, [["review-overdue"]], as_of, ev, ev, sig_md, end, [ev], [D("2026-01-05"), D("2025-12-01")])
    label(f, "medicare-outpatient-therapy", as_of, [["review-overdue"]],
          notes="Gap: the certification period ended 2026-01-09 and no recertification is recorded; the as-of date "
                "is 17 days later. Native authcheck YAML.")


def r21():
    f = "r21_slp_dysphagia_fhir.json"
    ev = D("2026-02-16"); sig_md = D("2026-02-20"); end = D("2026-04-27"); as_of = "2026-03-12"
    slp_npi = npi("182736450"); md_npi = npi("190817263")
    pid = "pt-ravensworth"
    def ref(t, i):
        return {"reference": f"{t}/{i}"}
    goals = [
        ("g1", "Patient will safely consume thin liquids by cup with chin-tuck strategy with no overt signs of aspiration in 9 of 10 trials.", "2026-03-30"),
        ("g2", "Patient will advance from IDDSI level 5 (minced and moist) to level 7 (regular) solids with no coughing or pocketing across 3 consecutive meals.", "2026-04-27"),
        ("g3", "Patient will complete 30 effortful swallows and 3 sets of Shaker exercises daily as shown by home log on 6 of 7 days.", "2026-03-16"),
    ]
    entries = [
        {"resource": {"resourceType": "Patient", "id": pid,
                      "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": "2VT8HC4PN53"}],
                      "name": [{"family": "Ravensworth-Oduya", "given": ["Clementine", "A."]}],
                      "gender": "female", "birthDate": "1943-12-02"}},
        {"resource": {"resourceType": "Practitioner", "id": "slp-1",
                      "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": slp_npi}],
                      "name": [{"family": "Nakamura-Ellison", "given": ["Josephine"], "suffix": ["MS", "CCC-SLP"]}],
                      "qualification": [{"code": {"text": "CCC-SLP"}}]}},
        {"resource": {"resourceType": "Practitioner", "id": "md-1",
                      "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": md_npi}],
                      "name": [{"family": "Okonjo-Weiss", "given": ["Tobias"], "suffix": ["MD"]}],
                      "qualification": [{"code": {"text": "MD"}}]}},
        {"resource": {"resourceType": "Encounter", "id": "enc-eval", "status": "finished",
                      "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
                      "type": [{"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "92610",
                                            "display": "Evaluation of oral and pharyngeal swallowing function"}],
                                "text": "SLP swallow evaluation (first treatment day)"}],
                      "subject": ref("Patient", pid), "period": {"start": ev.isoformat(), "end": ev.isoformat()}}},
        {"resource": {"resourceType": "Condition", "id": "dx-1",
                      "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                                "code": "encounter-diagnosis"}]}],
                      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I69.391",
                                           "display": "Dysphagia following cerebral infarction"}]},
                      "subject": ref("Patient", pid)}},
        {"resource": {"resourceType": "Condition", "id": "dx-2",
                      "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                                "code": "encounter-diagnosis"}]}],
                      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "R13.12",
                                           "display": "Dysphagia, oropharyngeal phase"}]},
                      "subject": ref("Patient", pid)}},
    ]
    for gid, txt, due in goals:
        entries.append({"resource": {"resourceType": "Goal", "id": gid, "lifecycleStatus": "active",
                                     "description": {"text": txt}, "subject": ref("Patient", pid),
                                     "startDate": ev.isoformat(), "target": [{"dueDate": due}]}})
    entries.append({"resource": {
        "resourceType": "ServiceRequest", "id": "sr-1", "status": "active", "intent": "order",
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "92526",
                             "display": "Treatment of swallowing dysfunction and/or oral function for feeding"}]},
        "subject": ref("Patient", pid),
        "occurrenceTiming": {"repeat": {"frequency": 2, "period": 1, "periodUnit": "wk",
                                        "boundsDuration": {"value": 8, "unit": "wk",
                                                           "system": "http://unitsofmeasure.org", "code": "wk"}}},
        "quantityQuantity": {"value": 1, "unit": "session per visit"},
        "requester": ref("Practitioner", "slp-1"),
        "note": [{"text": "2x/week x 8 weeks; NMES (97032) not indicated."}]}})
    entries.append({"resource": {
        "resourceType": "CarePlan", "id": "poc-1", "status": "active", "intent": "plan",
        "title": "Speech-language pathology plan of care (dysphagia)",
        "category": [{"text": "Outpatient speech-language pathology plan of care"}],
        "subject": ref("Patient", pid), "created": ev.isoformat(),
        "period": {"start": ev.isoformat(), "end": end.isoformat()},
        "author": ref("Practitioner", "slp-1"), "contributor": [ref("Practitioner", "md-1")],
        "addresses": [ref("Condition", "dx-1"), ref("Condition", "dx-2")],
        "goal": [ref("Goal", g[0]) for g in goals],
        "activity": [{"reference": ref("ServiceRequest", "sr-1")},
                     {"detail": {"kind": "ServiceRequest", "status": "scheduled",
                                 "code": {"text": "Caregiver training in thickening liquids and safe-swallow strategies"},
                                 "scheduledTiming": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "wk",
                                                                "boundsDuration": {"value": 4, "unit": "wk"}}}}}],
        "note": [{"text": "I certify the need for these services furnished under this plan of treatment while under my care."}]}})
    for pid_, who, code, disp, when in [("prov-slp", "slp-1", "1.2.840.10065.1.12.1.1", "Author's Signature", ev),
                                        ("prov-md", "md-1", "1.2.840.10065.1.12.1.5", "Verification Signature", sig_md)]:
        entries.append({"resource": {
            "resourceType": "Provenance", "id": pid_, "target": [ref("CarePlan", "poc-1")],
            "recorded": when.isoformat() + "T15:00:00-05:00",
            "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                            "code": "author" if who == "slp-1" else "verifier"}]},
                       "who": ref("Practitioner", who)}],
            "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": code, "display": disp}],
                           "when": when.isoformat() + "T15:00:00-05:00", "who": ref("Practitioner", who)}]}})
    for e in entries:
        r = e["resource"]
        e["fullUrl"] = f"urn:uuid:{r['resourceType'].lower()}-{r['id']}"
    bundle = {"resourceType": "Bundle", "id": "slp-poc-ravensworth", "type": "collection",
              "timestamp": ev.isoformat() + "T15:05:00-05:00", "entry": entries}
    with open(os.path.join(OUT, f), "w", encoding="utf-8") as fh:
        json.dump(bundle, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    check_mot(f, [], as_of, ev, ev, sig_md, end, [ev], [D(g[2]) for g in goals])
    label(f, "medicare-outpatient-therapy", as_of, [],
          notes="Clean SLP dysphagia plan as a FHIR R4 collection Bundle: CarePlan (created, period), Goals with due "
                "dates, ICD-10-CM Conditions, a ServiceRequest with CPT 92526 and timing 2/wk bounded 8 wk, an "
                "evaluation Encounter, and Provenance signatures (SLP author, MD verifier).")


def r22():
    f = "r22_ot_shoulder_ccda.xml"
    ev = D("2026-03-09"); sig_md = D("2026-03-13"); end = D("2026-06-05"); as_of = "2026-04-06"
    ot_npi = npi("113579246"); md_npi = npi("124681357")
    ts = lambda d: d.strftime("%Y%m%d")
    goals = [
        ("Pt will don and doff a pullover shirt independently with no more than 1 verbal cue in order to dress without help.", "2026-04-06"),
        ("Pt will reach to a shoulder-height cabinet with the R arm and place a 1-lb can 5 times with pain 3/10 or less.", "2026-05-04"),
        ("Pt will increase R shoulder active flexion from 85 to 130 degrees in order to wash her hair.", "2026-06-01"),
    ]
    goal_rows = "".join(f"<tr><td>{i}</td><td>{g}</td><td>{d}</td></tr>" for i, (g, d) in enumerate(goals, 1))
    goal_entries = "".join(f"""
        <entry><observation classCode="OBS" moodCode="GOL">
          <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
          <id root="7d5a02b0-67a4-11db-bd13-0800200c9a{60+i:02d}"/>
          <code code="58144-7" codeSystem="2.16.840.1.113883.6.1" displayName="Resident's overall goal established during assessment process"/>
          <text>{g}</text>
          <statusCode code="active"/>
          <effectiveTime><low value="{ts(ev)}"/><high value="{d.replace('-', '')}"/></effectiveTime>
        </observation></entry>""" for i, (g, d) in enumerate(goals, 1))
    services = [("97535", "Self-care/home management training"), ("97110", "Therapeutic exercise"),
                ("97530", "Therapeutic activities"), ("97140", "Manual therapy")]
    svc_rows = "".join(f"<tr><td>{c}</td><td>{n}</td><td>2x/week</td><td>12 weeks</td></tr>" for c, n in services)
    svc_entries = "".join(f"""
        <entry><procedure classCode="PROC" moodCode="INT">
          <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
          <id root="c1f0e2a4-1111-4c3e-9f1a-00000000{k:04d}"/>
          <code code="{c}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4" displayName="{n}"/>
          <statusCode code="active"/>
          <effectiveTime xsi:type="IVL_TS"><low value="{ts(ev)}"/><high value="{ts(end)}"/></effectiveTime>
          <effectiveTime xsi:type="PIVL_TS" institutionSpecified="true" operator="A"><period value="0.5" unit="wk"/></effectiveTime>
        </procedure></entry>""" for k, (c, n) in enumerate(services, 1))
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="OTPOC-20260309-0442"/>
  <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Plan of care note"/>
  <title>Occupational Therapy Plan of Care and Certification</title>
  <effectiveTime value="{ts(ev)}1630-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.4.927" extension="4HX2QA7MC98"/>
    <id root="2.16.840.1.113883.19.5.99999.2" extension="GL-300817"/>
    <patient>
      <name><given>Henrietta</given><family>Lowenstein-Abara</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19500524"/>
    </patient>
  </patientRole></recordTarget>
  <author>
    <time value="{ts(ev)}1630-0500"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="{ot_npi}"/>
      <code code="225X00000X" codeSystem="2.16.840.1.113883.6.101" displayName="Occupational Therapist"/>
      <assignedPerson><name><given>Ludovica</given><family>Marchbanks</family><suffix>OTR/L</suffix></name></assignedPerson>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization>
    <id root="2.16.840.1.113883.19.5.99999.3"/><name>Glenlake Outpatient Rehabilitation</name>
  </representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator>
    <time value="{ts(sig_md)}0912-0500"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{md_npi}"/>
      <code code="207X00000X" codeSystem="2.16.840.1.113883.6.101" displayName="Orthopaedic Surgery"/>
      <assignedPerson><name><given>Cosimo</given><family>Adeyemi-Fairbanks</family><suffix>MD</suffix></name></assignedPerson>
    </assignedEntity>
  </legalAuthenticator>
  <authenticator>
    <time value="{ts(ev)}1630-0500"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{ot_npi}"/>
      <assignedPerson><name><given>Ludovica</given><family>Marchbanks</family><suffix>OTR/L</suffix></name></assignedPerson>
    </assignedEntity>
  </authenticator>
  <documentationOf><serviceEvent classCode="PCPR">
    <effectiveTime><low value="{ts(ev)}"/><high value="{ts(end)}"/></effectiveTime>
  </serviceEvent></documentationOf>
  <componentOf><encompassingEncounter>
    <id root="2.16.840.1.113883.19.5.99999.4" extension="ENC-55120"/>
    <code code="97166" codeSystem="2.16.840.1.113883.6.12" displayName="Occupational therapy evaluation, moderate complexity"/>
    <effectiveTime><low value="{ts(ev)}"/></effectiveTime>
  </encompassingEncounter></componentOf>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/>
      <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concerns document"/>
      <title>Health Concerns / Diagnoses</title>
      <text><list>
        <item>Z96.611 Presence of right artificial shoulder joint (reverse TSA 02/02/2026)</item>
        <item>M25.611 Stiffness of right shoulder, not elsewhere classified</item>
      </list><paragraph>Initial evaluation and first treatment {ev.isoformat()}. Plan of care {ev.isoformat()} through {end.isoformat()}.</paragraph></text>
      <entry><act classCode="ACT" moodCode="EVN">
        <templateId root="2.16.840.1.113883.10.20.22.4.132" extension="2015-08-01"/>
        <id root="a1b2c3d4-0000-4000-8000-000000000001"/>
        <code code="75310-3" codeSystem="2.16.840.1.113883.6.1"/>
        <statusCode code="active"/>
        <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">
          <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
          <id root="a1b2c3d4-0000-4000-8000-000000000002"/>
          <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
          <statusCode code="completed"/>
          <effectiveTime><low value="20260202"/></effectiveTime>
          <value xsi:type="CD" code="Z96.611" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="Presence of right artificial shoulder joint"/>
        </observation></entryRelationship>
        <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">
          <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
          <id root="a1b2c3d4-0000-4000-8000-000000000003"/>
          <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
          <statusCode code="completed"/>
          <effectiveTime><low value="{ts(ev)}"/></effectiveTime>
          <value xsi:type="CD" code="M25.611" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="Stiffness of right shoulder, not elsewhere classified"/>
        </observation></entryRelationship>
      </act></entry>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.60"/>
      <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/>
      <title>Goals</title>
      <text><table><thead><tr><th>#</th><th>Goal</th><th>Target date</th></tr></thead><tbody>{goal_rows}</tbody></table></text>{goal_entries}
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>
      <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/>
      <title>Planned Interventions</title>
      <text><table><thead><tr><th>CPT</th><th>Intervention</th><th>Frequency</th><th>Duration</th></tr></thead><tbody>{svc_rows}</tbody></table>
      <paragraph>Frequency/duration: 2x/week x 12 weeks. I certify the need for these services furnished under this plan of treatment while under my care (see legal authenticator).</paragraph></text>{svc_entries}
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    with open(os.path.join(OUT, f), "w", encoding="utf-8") as fh:
        fh.write(xml)
    check_mot(f, [], as_of, ev, ev, sig_md, end, [ev], [D(g[1]) for g in goals])
    label(f, "medicare-outpatient-therapy", as_of, [],
          notes="Clean OT plan after reverse shoulder arthroplasty as a C-CDA Care Plan: therapist as author and "
                "authenticator, certifying MD as legalAuthenticator with time, ICD-10-CM problem observations, goal "
                "observations with target dates, CPT planned procedures, serviceEvent period = certification.")


def r23():
    f = "r23_ot_parkinson_goal_year_typo.docx"
    ev = D("2026-01-14"); sig_md = D("2026-01-21"); end = D("2026-04-13"); as_of = "2026-02-16"
    targets = [D("2026-02-11"), D("2025-03-11"), D("2026-03-11")]
    x = Doc(font="Calibri", size=10)
    x.p(("Hillcrest Rehabilitation \u2014 Occupational Therapy Plan of Care", "b"), size=12)
    x.p(f"Client: Anselma Rutherford-Ibe    DOB 02/09/1949    MBI 7NE5GX3UA26    Eval/POC date {us(ev)}")
    x.p("Physician: Dr. Maximilian Osei-Bergstrom, MD (neurology)")
    x.p("ICD-10: G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations; "
        "R27.0 Ataxia, unspecified")
    x.p("Findings: micrographia (letters 3 mm), 9-hole peg R 38 s / L 41 s, requires min A for buttons and "
        "medication set-up; PDQ-8 summary 41.")
    t = x.table([["Goal", "Due"],
                 ["STG: Client will write a 5-word sentence with letters at least 5 mm tall using large-amplitude strategies in 4 of 5 trials.", us(targets[0])],
                 ["LTG: Client will button a shirt with 6 buttons independently in under 3 minutes in order to dress herself.", us(targets[1])],
                 ["LTG: Client will fill a weekly pill organizer with 100% accuracy using a checklist.", us(targets[2])]])
    x.p("Plan: 97530, 97535, 97112 (LSVT BIG-based amplitude training), HEP.  Frequency 2x/wk.  Duration 8 wks.")
    x.p(f"Certification {us(ev)} through {us(end)}.")
    x.p("Therapist: Persephone Langridge, OTR/L   signed " + us(ev))
    x.p("Physician certification (I certify the need for these services furnished under this plan of treatment while "
        "under my care): Maximilian Osei-Bergstrom, MD   signed " + us(sig_md))
    x.save(f, title="OT POC")
    check_mot(f, [["date-inconsistent"]], as_of, ev, ev, sig_md, end, [ev], targets)
    label(f, "medicare-outpatient-therapy", as_of, [["date-inconsistent"]],
          notes="Gap: the button LTG is due 03/11/2025, before the plan date 01/14/2026 (year typo). Compact layout: "
                "identifiers on one line, two-column goal/due table, plan in one sentence.")


def r24():
    f = "r24_pt_ankle_bad_cpt_code.docx"
    ev = D("2026-02-24"); sig_md = D("2026-03-03"); end = D("2026-05-22"); as_of = "2026-03-24"
    x = Doc(font="Arial", size=9)
    x.p(("Coastal Sports & Spine PT \u2014 Plan of Care", "b"), size=12)
    x.table([["Patient", "Bartholomew Achterberg-Nnadi", "DOB", "11/11/1955", "Medicare ID", "5RF8DW2HK31"],
             ["Eval", us(ev), "POC date", us(ev), "Certifying MD", "Octavia Lindgren-Obi, MD"]], header=False, size=8)
    x.p(("Diagnoses: ", "b"), "M25.571 Pain in right ankle and joints of right foot; R26.89 Other abnormalities of gait and mobility")
    x.p(("Assessment: ", "b"), "Chronic R lateral ankle instability after inversion sprain 10/2025; single-leg stance 4 s R "
        "vs 28 s L; FAAM-ADL 61%; Y-balance anterior reach asymmetry 9 cm.")
    x.p(("Goals (6 weeks): ", "b"))
    for s in ["1) Single-leg stance on R for 20 s or more without UE support to walk on uneven trails.",
              "2) FAAM-ADL improved from 61% to 85% or more.",
              "3) Y-balance anterior reach asymmetry less than 4 cm to return to pickleball."]:
        x.p(s)
    x.p(("Services requested", "b"))
    x.table([["Code", "Service", "Units", "Freq", "Duration"],
             ["97110", "Therapeutic exercise", "2", "2x/wk", "6 wks"],
             ["9712", "Neuromuscular re-education (balance/proprioception)", "1", "2x/wk", "6 wks"],
             ["97140", "Manual therapy", "1", "2x/wk", "6 wks"]])
    x.p(f"Certification period {us(ev)} to {us(end)}.")
    x.p("PT: Evander Mwangi-Sorensen, PT, DPT, ATC \u2014 signed " + us(ev))
    x.p("MD: Octavia Lindgren-Obi, MD \u2014 I certify the need for these services furnished under this plan of treatment "
        "while under my care. Signed " + us(sig_md))
    x.save(f, title="POC")
    check_mot(f, [["service-code-invalid"]], as_of, ev, ev, sig_md, end, [ev])
    label(f, "medicare-outpatient-therapy", as_of, [["service-code-invalid"]],
          notes="Gap: the neuromuscular re-education row carries the code '9712' (a digit dropped from 97112). "
                "Layout: two-row demographic grid, services table with units/freq/duration columns.")

# =============================================================================================
# Medicare home health
# =============================================================================================

def box_table(x, rows, size=8):
    """Rows of (box label, value) pairs laid out as a CMS-485-like grid: each cell 'N. LABEL' + value."""
    ncols = max(len(r) for r in rows)
    t = x.doc.add_table(rows=len(rows), cols=ncols)
    t.style = x.doc.styles["Table Grid"]
    for i, r in enumerate(rows):
        for j in range(ncols):
            cell = t.cell(i, j)
            if j < len(r):
                lab, val = r[j]
                cell.paragraphs[0].text = ""
                rr = cell.paragraphs[0].add_run(lab)
                rr.bold = True
                rr.font.size = Pt(size - 1)
                for line in str(val).split("\n"):
                    pp = cell.add_paragraph()
                    r2 = pp.add_run(line)
                    r2.font.size = Pt(size)
        # merge trailing empty cells into the last filled one
        if len(r) < ncols:
            t.cell(i, len(r) - 1).merge(t.cell(i, ncols - 1))
    return t


def h01():
    f = "h01_hh_485_chf_copd.docx"
    soc = D("2026-01-12"); end = D("2026-03-12"); sig_md = D("2026-01-20"); rcvd = D("2026-01-22"); as_of = "2026-02-16"
    targets = [D("2026-02-09"), D("2026-03-12"), D("2026-03-12"), D("2026-02-23")]
    x = Doc(font="Arial", size=8, margins=0.45)
    x.p(("HOME HEALTH CERTIFICATION AND PLAN OF CARE", "b"), size=11, align="c")
    box_table(x, [
        [("1. Patient's HI Claim No.", "6TE4KM8RA32"), ("2. Start Of Care Date", us(soc)),
         ("3. Certification Period", f"From: {us(soc)}   To: {us(end)}"), ("4. Medical Record No.", "HH-260112-07"),
         ("5. Provider No.", "36-7781")],
        [("6. Patient's Name and Address", "Wendell Abernathy-Osei\n412 Tamarack Ct\nMillbrook"),
         ("7. Provider's Name, Address and Telephone Number", "Tri-County Visiting Nurses\n90 Foundry St, Millbrook\n555-0102")],
        [("8. Date of Birth", "03/17/1938"), ("9. Sex", "\u2612 M  \u2610 F"),
         ("10. Medications: Dose/Frequency/Route (N)ew (C)hanged", "furosemide 40 mg PO daily (C); carvedilol 6.25 mg PO BID; "
          "lisinopril 10 mg PO daily; tiotropium 18 mcg inh daily; insulin glargine 18 units SC qHS; "
          "metformin 500 mg PO BID")],
        [("11. ICD-10-CM  Principal Diagnosis  Date", "I11.0  Hypertensive heart disease with heart failure  01/06/2026 (E)"),
         ("12. ICD-10-CM  Surgical Procedure  Date", "N/A")],
        [("13. ICD-10-CM  Other Pertinent Diagnoses  Date",
          "I50.22  Chronic systolic (congestive) heart failure  01/06/2026 (E)\n"
          "J44.9  Chronic obstructive pulmonary disease, unspecified  2019 (O)\n"
          "E11.9  Type 2 diabetes mellitus without complications  2012 (O)\n"
          "Z79.4  Long term (current) use of insulin")],
        [("14. DME and Supplies", "RW, shower chair, scale, glucometer"),
         ("15. Safety Measures", "fall precautions, O2 safety N/A, bleeding precautions N/A"),
         ("16. Nutritional Req.", "2 g Na, 1.5 L fluid restriction, consistent carbohydrate"),
         ("17. Allergies", "sulfa")],
        [("18.A Functional Limitations", "\u2612 Endurance  \u2612 Ambulation  \u2612 Dyspnea with minimal exertion"),
         ("18.B Activities Permitted", "\u2612 Up as tolerated  \u2612 Walker  \u2612 Partial weight bearing N/A")],
        [("19. Mental Status", "\u2612 Oriented"), ("20. Prognosis", "\u2612 Fair")],
    ])
    x.p("")
    box_table(x, [[("21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)",
                    "SN 2w3, 1w5 for skilled observation and assessment of cardiopulmonary status, teaching and training "
                    "re: CHF diet, daily weights, medication regimen (new furosemide dose), insulin administration and "
                    "signs/symptoms to report.\n"
                    "SN PRN visits x 2 for weight gain > 3 lb in one day or 5 lb in one week, or increased shortness of breath.\n"
                    "PT 2w4, 1w4 for evaluation (completed), therapeutic exercise, gait and balance training with RW, "
                    "energy conservation, home safety.\n"
                    "Notify MD for SBP > 160 or < 90, HR > 110 or < 50, weight gain as above, BG > 350 or < 70.")]])
    x.p("")
    box_table(x, [[("22. Goals/Rehabilitation Potential/Discharge Plans",
                    f"1. Pt/CG will verbalize 3 s/s of CHF exacerbation and when to call the MD by {us(targets[0])}.\n"
                    f"2. Pt will record a daily weight on 100% of days per log review by {us(targets[1])}.\n"
                    f"3. Pt will ambulate 150 ft with RW independently with SpO2 90% or more by {us(targets[2])}.\n"
                    f"4. Pt will self-administer insulin with correct dose and technique 3 of 3 observed times by {us(targets[3])}.\n"
                    "Rehab potential: fair to good for stated goals. Discharge plan: to self-care with PCP follow-up when goals met.")]])
    x.p("")
    box_table(x, [
        [("23. Nurse's Signature and Date of Verbal SOC Where Applicable", f"Rosalind Fairweather, RN   {us(soc)}"),
         ("25. Date HHA Received Signed POT", us(rcvd))],
        [("24. Physician's Name and Address", f"Oluwaseun Adeyemi, MD\nMillbrook Internal Medicine, 3 Court Sq\nNPI {npi('133344556')}"),
         ("26.", "I certify that this patient is confined to his/her home and needs intermittent skilled nursing care, "
                 "physical therapy and/or speech therapy or continues to need occupational therapy. The patient is under "
                 "my care, and I have authorized the services on this plan of care and will periodically review the plan.")],
        [("27. Attending Physician's Signature and Date Signed", f"Oluwaseun Adeyemi MD (signed)   {us(sig_md)}"),
         ("28.", "Anyone who misrepresents, falsifies, or conceals essential information required for payment of Federal "
                 "funds may be subject to fine, imprisonment, or civil penalty under applicable Federal statutes.")],
    ])
    x.save(f, title="Plan of care")
    check_hh(f, [], as_of, soc, soc, end, sig_md, [soc], targets)
    label(f, "medicare-home-health", as_of, [],
          notes="Clean 485-style home health certification and plan of care (numbered boxes 1-28, label and value in "
                "the same cell). Orders with '2w3, 1w5', PRN visits limited 'x 2', goals in box 22 with dates.")


def h02():
    f = "h02_hh_wound_prn_unlimited.docx"
    soc = D("2026-02-02"); end = D("2026-04-02"); sig_md = D("2026-02-06"); as_of = "2026-03-01"
    targets = [D("2026-04-02"), D("2026-03-02"), D("2026-04-02")]
    x = Doc(font="Calibri", size=10)
    x.header("Evergreen Home Health Services, LLC \u2014 Agency Provider # 45-0923", align="l")
    x.footer("Plan of Care & Physician Orders  \u2022  Patient: Marisol Thistlewood-Akande  \u2022  MR# EG-10448")
    x.p(("PLAN OF CARE & PHYSICIAN ORDERS", "b"), size=13, align="c")
    x.table([["Patient", "Marisol Thistlewood-Akande", "DOB", "08/08/1942"],
             ["Medicare ID", "8HA3NW6TC41", "SOC", us(soc)],
             ["Certification period", f"{us(soc)} - {us(end)}", "Episode", "Initial (1 of 1)"],
             ["Attending", "Kenji Morimoto, DO", "Phone", "555-0137"]], header=False, bold_first_col=True)
    x.p("")
    x.p(("Diagnoses", "b"))
    x.p("Primary: L89.153 Pressure ulcer of sacral region, stage 3")
    x.p("Secondary: E11.9 Type 2 diabetes mellitus without complications; Z74.09 Other reduced mobility")
    x.p(("Homebound status: ", "b"), "requires assistance of one person and a wheelchair to leave home; leaving home "
        "requires considerable and taxing effort.")
    x.p(("Skilled nursing orders", "b"))
    x.bullet("SN 3w2, 2w4, 1w2 for wound assessment and care.")
    x.bullet("Wound care: cleanse sacral wound with NS, apply calcium alginate to wound bed, cover with silicone "
             "foam border dressing; change 3x/week and PRN soiling.")
    x.bullet("SN PRN visits for dressing dislodgement, soiling or signs of infection.")
    x.bullet("Teach caregiver pressure redistribution (turning q2h in bed), incontinence care, and nutrition (protein 1.2 g/kg).")
    x.p(("Home health aide", "b"))
    x.bullet("HHA 2w8 for bathing, skin care and linen change.")
    x.p(("Measurable outcomes", "b"))
    x.table([["Outcome", "Target date"],
             ["Sacral wound will decrease in size from 3.2 x 2.5 x 0.4 cm to 2.0 x 1.5 x 0.2 cm or smaller.", us(targets[0])],
             ["Caregiver will return-demonstrate the dressing change correctly in 2 of 2 observed visits.", us(targets[1])],
             ["Patient will have no new pressure injuries on weekly skin checks.", us(targets[2])]])
    x.p(("Rehab potential / discharge plan: ", "b"), "Good for wound healing. Discharge when wound measurements meet "
        "goal and caregiver independent with care.")
    x.p("")
    x.p("Clinician completing plan: Adaeze Fontaine-Barrow, RN, WCC    " + us(soc))
    x.p("Physician: I certify that this patient is confined to the home and needs intermittent skilled nursing care. "
        "The patient is under my care, I have authorized the services on this plan of care, and will periodically "
        "review the plan.")
    x.p("Kenji Morimoto, DO   (electronically signed)   Date: " + us(sig_md))
    x.save(f, title="POC")
    check_hh(f, [["frequency-missing"]], as_of, soc, soc, end, sig_md, [soc], targets)
    label(f, "medicare-home-health", as_of, [["frequency-missing"]],
          notes="Gap: 'SN PRN visits for dressing dislodgement, soiling or signs of infection' gives no limit on the "
                "number of PRN visits (42 CFR 409.43). Agency-specific layout: bullet orders by discipline, outcomes "
                "table.")


def h03():
    f = "h03_hh_pt_hip_arthroplasty.docx"
    soc = D("2026-03-04"); end = D("2026-05-02"); sig_np = D("2026-03-10"); as_of = "2026-03-31"
    targets = [D("2026-03-25"), D("2026-04-15"), D("2026-04-29"), D("2026-04-01")]
    x = Doc(font="Calibri", size=9, landscape=True, margins=0.5)
    x.p(("HOMEWARD THERAPY AT HOME \u2014 Home Health Plan of Care (Therapy-led episode)", "b"), size=12)
    x.table([["Patient name", "Medicare #", "DOB", "SOC", "Cert period", "Primary MD/NPP"],
             ["Thornton Abiola-Marsh", "2PC6VJ9FQ85", "1944-07-01", soc.isoformat(),
              f"{soc.isoformat()} to {end.isoformat()}", "Carmen Delacroix-Obi, NP"]])
    x.p("")
    x.p(("Diagnoses (ICD-10-CM)", "b"), "  Z47.1 Aftercare following joint replacement surgery  |  Z96.641 Presence of "
        "right artificial hip joint  |  R26.2 Difficulty in walking, NEC  |  I10 Essential (primary) hypertension")
    x.p(("Homebound: ", "b"), "posterior hip precautions, requires RW and assist of 1 for stairs; leaving home requires taxing effort.")
    x.p("")
    x.table([["Discipline", "Frequency", "Duration / visits", "Orders"],
             ["PT", "1w1, 3w2, 2w3, 1w2", "8 weeks / 15 visits", "Eval (done 2026-03-04); gait training with RW\u2192SPC; "
              "therex per posterior THA protocol; stair training; home safety; HEP."],
             ["OT", "1w1, 1w3", "4 weeks / 4 visits", "Eval; ADL training with hip kit; tub bench transfer; "
              "bathroom DME recommendations."],
             ["SN", "1w2", "2 weeks / 2 visits", "Assess surgical incision, anticoagulant (apixaban) teaching, "
              "remove staples on POD 14 per surgeon order."]], widths=[1.0, 1.6, 1.6, 5.6])
    x.p("")
    x.p(("Goals", "b"))
    x.table([["Discipline", "Goal", "Target"],
             ["SN", "Incision will show no signs of infection and staples removed with wound edges approximated.", targets[0].isoformat()],
             ["PT", "Patient will ambulate 250 ft with SPC, modified independent, within the home and to the mailbox.", targets[1].isoformat()],
             ["PT", "Patient will climb 4 steps with 1 rail and SPC at supervision level to enter the home.", targets[2].isoformat()],
             ["OT", "Patient will perform LB dressing with hip kit independently while maintaining precautions 3 of 3 trials.", targets[3].isoformat()]],
            widths=[1.0, 7.0, 1.6])
    x.p(("Discharge plan: ", "b"), "Discharge to outpatient PT when goals met.")
    x.p("")
    x.p("Plan prepared by: Saoirse Nwachukwu-Ryan, PT, DPT (case manager)   " + soc.isoformat())
    x.p("Certifying practitioner: I certify this patient is confined to the home and needs intermittent physical "
        "therapy; the patient is under my care and I authorized the services on this plan of care.")
    x.p("Signature: Carmen Delacroix-Obi, NP   Date signed: " + sig_np.isoformat() + "   NPI " + npi("176655443"))
    x.save(f, title="HH POC")
    check_hh(f, [], as_of, soc, soc, end, sig_np, [soc], targets)
    label(f, "medicare-home-health", as_of, [],
          notes="Clean therapy-led home health plan after right THA. Landscape; ISO dates; discipline table with "
                "frequency strings '1w1, 3w2, 2w3, 1w2' and duration/visit counts; goals table by discipline; "
                "certified by a nurse practitioner.")


def h04():
    f = "h04_hh_diabetic_foot_undated_md.docx"
    soc = D("2026-01-26"); end = D("2026-03-26"); as_of = "2026-02-20"
    targets = [D("2026-03-26"), D("2026-02-23"), D("2026-03-09")]
    x = Doc(font="Times New Roman", size=11)
    x.p(("Gracewell Home Care", "b"), align="c", size=14)
    x.p("Plan of Treatment / Physician's Orders \u2014 Skilled Nursing", align="c")
    x.p("")
    x.p("Beneficiary: Augustin Mbeki-Holloway              Medicare No.: 7WG2HT5RN64")
    x.p("Birth date: 05/05/1951              Agency chart: GW-2026-0031")
    x.p(f"Start of care: {us(soc)}              Certification: {us(soc)} through {us(end)}")
    x.p("")
    x.p(("DIAGNOSES", "bu"))
    x.p("E11.621 Type 2 diabetes mellitus with foot ulcer (primary)")
    x.p("L97.412 Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed")
    x.p("Z79.4 Long term (current) use of insulin")
    x.p(("ORDERS", "bu"))
    x.p("Skilled nursing 3w3, 2w3, 1w3 for wound care and diabetic management. Right heel: cleanse with wound "
        "cleanser, apply collagen dressing and bordered foam, offload with heel boot at all times in bed. "
        "Teach blood glucose monitoring, foot inspection, insulin pen technique. Up to 2 PRN visits for dressing "
        "problems. Podiatry follow-up every 2 weeks.")
    x.p(("GOALS / OUTCOMES", "bu"))
    x.p(f"(a) R heel ulcer will reduce from 2.8 cm\u00b2 to 1.0 cm\u00b2 or less by {us(targets[0])}.")
    x.p(f"(b) Patient will demonstrate insulin pen technique with correct dose 3 of 3 observed times by {us(targets[1])}.")
    x.p(f"(c) Fasting blood glucose will be 80-150 mg/dL on 5 of 7 days per log by {us(targets[2])}.")
    x.p("Rehab potential: Good. Discharge when ulcer healed or stable and patient independent with diabetic self-care.")
    x.p("")
    x.p("RN case manager: Delphine Oyelaran-Frost, RN, BSN     Date: " + us(soc))
    x.p("")
    x.p("PHYSICIAN CERTIFICATION: I certify that this patient is confined to the home and needs intermittent skilled "
        "nursing care. The patient is under my care, and I have authorized the services on this plan of care.")
    x.table([["Physician signature", "Date"], ["Beatrix Holloway, MD  (signed)", ""]], widths=[4.5, 1.5])
    x.p("NPI " + npi("148526937") + " \u2022 Holloway Family Practice \u2022 Fax 555-0150", size=9)
    x.save(f, title="POT")
    check_hh(f, [["signature-missing"]], as_of, soc, soc, end, None, [soc], targets)
    label(f, "medicare-home-health", as_of, [["signature-missing"]],
          notes="Gap: the certifying physician signed but the date cell of the signature table is empty "
                "(physician-signature-dated). Typed 'letterhead' layout with underlined section headings, goals "
                "lettered (a)-(c), PRN visits limited 'up to 2'.")


def h05():
    f = "h05_hh_pt_ot_75_day_period.docx"
    soc = D("2026-03-02"); end = D("2026-05-15"); sig_md = D("2026-03-06"); as_of = "2026-03-20"
    targets = [D("2026-04-13"), D("2026-05-11"), D("2026-04-27")]
    x = Doc(font="Arial", size=9)
    x.header("AXIS HOMECARE  |  EMR v8  |  Plan of Care (POC) \u2014 Certification  |  Printed 03/06/2026 14:02", align="l", size=7)
    x.p(("Plan of Care (POC) \u2014 Certification", "b"), size=12)
    x.p("Patient: SOLBERG-EZE, HELGA   DOB: 12/24/1939   MBI: 3JT9MR4WK27   Agency ID: AX-88412")
    x.p(f"SOC: {us(soc)}    Certification Period: {us(soc)} - {us(end)}    Recert due: {us(end)}")
    x.p("Certifying Physician: ADEBAYO-KRAUSE, LEOPOLD MD    NPI: " + npi("161718192"))
    x.p("Dx: (1) I69.398 Other sequelae of cerebral infarction  (2) R29.6 Repeated falls  (3) I10 Essential hypertension")
    x.p("")
    x.p(("DISCIPLINES / FREQUENCY", "b"))
    x.p("PT: 2w5, 1w5 \u2014 balance, gait, transfer training, home exercise program")
    x.p("OT: 2w4, 1w2 \u2014 ADL retraining, bathroom safety, energy conservation")
    x.p("SN: 1w1 \u2014 medication reconciliation and teaching (BP medications)")
    x.p("")
    x.p(("GOALS", "b"))
    x.p(f"PT-1  Pt will perform bed-to-chair transfer with SBA in 3 of 3 trials by {us(targets[0])}.")
    x.p(f"PT-2  Pt will ambulate 150 ft with RW, modified independent, with no loss of balance by {us(targets[1])}.")
    x.p(f"OT-1  Pt will bathe seated on tub bench with supervision only by {us(targets[2])}.")
    x.p("")
    x.p("Electronically signed: PRZYBYLSKI, AGNIESZKA PT  " + us(soc) + " 18:40 (POC author)")
    x.p("Physician e-signature: ADEBAYO-KRAUSE, LEOPOLD MD  " + us(sig_md) + " 07:55 via physician portal")
    x.save(f, title="POC")
    assert days(soc, end) == 74
    check_hh(f, [["review-interval-exceeded"]], as_of, soc, soc, end, sig_md, [soc], targets)
    label(f, "medicare-home-health", as_of, [["review-interval-exceeded"]],
          notes="Gap: the certification period runs 74 days (03/02-05/15/2026) with the recert due at its end; home "
                "health plans are recertified at least every 60 days (warning: unverified). EMR print layout with "
                "upper-case names and timestamped e-signatures.")


def h06():
    f = "h06_hh_copd_vague_goal_bad_npi.docx"
    soc = D("2026-02-09"); end = D("2026-04-09"); sig_md = D("2026-02-13"); as_of = "2026-03-05"
    targets = [D("2026-03-09"), D("2026-04-09")]
    good = npi("135792468")
    bad = good[:8] + good[9] + good[8]
    if npi_valid(bad):
        bad = good[:9] + str((int(good[9]) + 1) % 10)
    assert not npi_valid(bad)
    x = Doc(font="Calibri", size=10)
    x.p(("SUNRISE HOME HEALTH PARTNERS", "b"), size=13)
    x.p("Interdisciplinary Plan of Care", size=11)
    x.table([["Patient: Constance Ekwensi-Hart", "DOB: 10/10/1945", "Medicare: 5YN8CA2DE19"],
             ["SOC: " + us(soc), "Cert: " + us(soc) + " - " + us(end), "MR#: SHP-7719"],
             ["Physician: Dr. Ambrose Kittredge, MD", "NPI: " + bad, "Phone: 555-0188"]], header=False)
    x.p("")
    x.p(("Diagnoses: ", "b"), "J44.1 Chronic obstructive pulmonary disease with (acute) exacerbation; Z99.81 Dependence "
        "on supplemental oxygen; I10 Essential (primary) hypertension")
    x.p("")
    t = x.table([["Problem", "Interventions (discipline, frequency)", "Goals / outcomes"],
                 ["Ineffective breathing pattern / COPD",
                  "SN 2w2, 1w6: assess respiratory status, SpO2, lung sounds; teach pursed-lip breathing, inhaler "
                  "technique with spacer, O2 safety; SN PRN x 2 for increased dyspnea.",
                  "Patient will have improved respiratory status and understand disease process."],
                 ["Medication management",
                  "SN (same visits): medication set-up teaching, prednisone taper calendar.",
                  f"Patient will demonstrate correct inhaler-with-spacer technique 3 of 3 times by {us(targets[0])}."],
                 ["Activity intolerance",
                  "PT 2w3, 1w3: endurance training, energy conservation, home exercise program.",
                  f"Patient will walk 100 ft on 2 L O2 with SpO2 at or above 88% and rest breaks no more than 1 by {us(targets[1])}."]],
                widths=[1.5, 2.7, 2.3])
    x.p("")
    x.p("Rehab potential: fair. Discharge plan: to self-care with pulmonology follow-up.")
    x.p("Case manager: Wilhelmina Tsosie-Baird, RN    " + us(soc))
    x.p("I certify that this patient is confined to the home and needs intermittent skilled nursing care and physical "
        "therapy; the patient is under my care and I have authorized the services on this plan of care.")
    x.p("Physician: Ambrose Kittredge, MD    Signed: " + us(sig_md))
    x.save(f, title="IPOC")
    check_hh(f, [["goal-not-measurable"], ["identifier-invalid"]], as_of, soc, soc, end, sig_md, [soc], targets)
    label(f, "medicare-home-health", as_of, [["goal-not-measurable"], ["identifier-invalid"]],
          notes="Two gaps: the COPD goal 'improved respiratory status and understand disease process' is not "
                "measurable; the physician's NPI fails the check digit (warning). Layout: problem / interventions / "
                "goals three-column care-plan table.")


def h07():
    f = "h07_hh_recert_second_period.docx"
    soc = D("2025-11-03"); p1_end = D("2026-01-01"); p2s = D("2026-01-02"); p2e = D("2026-03-02")
    oasis = D("2025-12-29"); sig_md = D("2026-01-05"); as_of = "2026-02-03"
    targets = [D("2026-02-27"), D("2026-03-02"), D("2026-02-13")]
    assert days(soc, p1_end) == 59 and days(p2s, p2e) == 59
    x = Doc(font="Arial", size=9)
    x.p(("RECERTIFICATION \u2014 HOME HEALTH PLAN OF CARE", "b"), size=12, align="c")
    x.p("Bluewater Home Health \u2022 Medicare provider 22-6614", align="c", size=8)
    box_table(x, [
        [("1. HI Claim No.", "4KD7RP3TA58"), ("2. SOC Date", us(soc)),
         ("3. Certification Period (this period)", f"{us(p2s)} to {us(p2e)}"), ("4. MR No.", "BW-11-0398")],
        [("6. Patient", "Ezekiel Moorcroft-Addo\n17 Lantern Way"), ("8. DOB", "09/29/1936"), ("9. Sex", "M"),
         ("Previous period", f"{us(soc)} - {us(p1_end)} (recertified)")],
        [("11. Principal Dx", "G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations"),
         ("13. Other Dx", "R29.6 Repeated falls; N39.0 Urinary tract infection, site not specified (resolved 12/2025 - monitor); Z91.81 History of falling")],
    ])
    x.p("")
    x.p(("Recertification summary (OASIS recert assessment " + us(oasis) + ")", "b"))
    x.p("Falls reduced from 3 in prior period to 1. Ambulates 80 ft with 4-wheeled walker with CGA (was 40 ft mod A). "
        "Caregiver (daughter) now independent with medication set-up. Remains homebound: freezing of gait at doorways, "
        "requires assist of 1 to leave home.")
    x.p(("21. Orders (this period)", "b"))
    x.p("PT 2w4, 1w4: gait training with cueing strategies for freezing, balance, transfer training, caregiver training.")
    x.p("OT 1w4: bathroom safety, ADL strategies (dressing with large-amplitude movements).")
    x.p("SN 1w2 then every other week x 3: medication review, fall-risk monitoring, bowel/bladder program.")
    x.p(("22. Goals (this period)", "b"))
    x.p(f"\u2022 Pt will ambulate 150 ft with 4-wheeled walker and SBA using visual cues by {us(targets[0])}.")
    x.p(f"\u2022 Pt will have no more than 1 fall during the certification period as recorded in the fall log ({us(targets[1])}).")
    x.p(f"\u2022 Pt will perform toilet transfers with grab bar at SBA in 4 of 4 observed trials by {us(targets[2])}.")
    x.p("Discharge plan: discharge to outpatient LSVT BIG when able to leave home.")
    x.p("")
    x.p("23. Nurse/clinician: Magdalena Quist-Ofori, RN    " + us(oasis))
    x.p("26. I certify that this patient continues to be confined to the home and needs intermittent skilled care; "
        "the patient is under my care and I have authorized the services on this plan of care.")
    x.p("27. Physician signature: Ingeborg Ashworth-Nkem, DO         Date signed: " + us(sig_md))
    x.save(f, title="Recert POC")
    check_hh(f, [], as_of, soc, p2s, p2e, sig_md, [oasis], targets, recert=True, plan_date=oasis)
    label(f, "medicare-home-health", as_of, [],
          unsure=["review-interval-exceeded", "review-overdue"],
          notes="Clean recertification for the second 60-day period (01/02-03/02/2026), signed 01/05/2026. Unsure "
                "(left out of must_not_report): review-interval-exceeded and review-overdue, which a tool might "
                "compute from the original start of care (11/03/2025) or the previous period. Layout: "
                "485-like boxes plus prose; 'every other week x 3' in the SN order.")


def h08():
    f = "h08_hh_pressure_ulcer_code_typo.docx"
    soc = D("2026-03-16"); end = D("2026-05-14"); sig_md = D("2026-03-20"); as_of = "2026-04-08"
    targets = [D("2026-05-14"), D("2026-04-13")]
    x = Doc(font="Calibri", size=10)
    x.p(("Harmony Home Health \u2014 Physician Plan of Care", "b"), size=12)
    x.table([["Patient", "Cyrus Wetherell-Anand", "Medicare Beneficiary Identifier", "9PW4RE7GC63"],
             ["Date of birth", "01/04/1934", "Start of care", us(soc)],
             ["Cert period start", us(soc), "Cert period end", us(end)]], header=False)
    x.p("")
    x.p(("Diagnosis codes", "b"))
    x.table([["Seq", "ICD-10-CM", "Description"],
             ["1", "L89.135", "Pressure ulcer of sacral region, stage 3"],
             ["2", "F01.50", "Vascular dementia, unspecified severity, without behavioral disturbance"],
             ["3", "Z74.09", "Other reduced mobility"]])
    x.p(("Orders", "b"))
    x.p("SN 3w4, 2w4 \u2014 wound care: cleanse sacral wound with NS, apply hydrogel-impregnated gauze, cover with "
        "bordered foam, change every other day and PRN (max 3 PRN visits this period) for soiling. Teach spouse "
        "turning schedule and barrier cream use.")
    x.p("HHA 3w8 \u2014 bathing, incontinence care, skin checks.")
    x.p("MSW 1 visit (week 1) for caregiver strain and long-term care planning.")
    x.p(("Goals", "b"))
    x.p(f"Wound will decrease from 4.0 x 3.1 x 0.5 cm to 2.5 x 2.0 x 0.3 cm or smaller by {us(targets[0])}.")
    x.p(f"Spouse will return-demonstrate the turning schedule and dressing change correctly 2 of 2 times by {us(targets[1])}.")
    x.p("")
    x.p("Prepared by: Beatriz Kallstrom-Eze, RN    " + us(soc))
    x.p("Physician certification: I certify that this patient is confined to the home and needs intermittent skilled "
        "nursing care; the patient is under my care and I have authorized the services on this plan of care.")
    x.p("Signed: Lorcan Achterberg-Diallo, MD    " + us(sig_md))
    x.save(f, title="POC")
    check_hh(f, [["diagnosis-code-invalid"]], as_of, soc, soc, end, sig_md, [soc], targets)
    label(f, "medicare-home-health", as_of, [["diagnosis-code-invalid", "diagnosis-code-not-billable"]],
          notes="Gap: 'L89.135' is not an ICD-10-CM code (transposed digits of L89.153, sacral stage 3; the L89.13- "
                "subcategory has no 5th character 5). Either invalid or not-billable satisfies it. Layout: "
                "diagnosis table with sequence column; 'MSW 1 visit (week 1)'.")


def h09():
    f = "h09_hh_slp_addendum_no_duration.docx"
    pd = D("2026-03-04"); sig_md = D("2026-03-09"); as_of = "2026-03-23"
    targets = [D("2026-04-01"), D("2026-04-15")]
    x = Doc(font="Calibri", size=10)
    x.p(("Speech Therapy Evaluation Summary & Plan of Care Addendum (Home Health)", "b"), size=12)
    x.p("Agency: Northwind Home Health    Contracted SLP: Lumen Rehab Staffing")
    x.p("Patient: Perpetua Osei-Lindahl    DOB: 06/06/1940    MBI: 6RD2XK8HP47")
    x.p("Date of SLP evaluation and plan: " + us(pd))
    x.p("Diagnoses: I69.391 Dysphagia following cerebral infarction; R13.12 Dysphagia, oropharyngeal phase")
    x.p(("Findings: ", "b"), "Bedside swallow evaluation: delayed swallow initiation, wet vocal quality after thin "
        "liquids x 4/5 trials; tolerates nectar-thick (IDDSI 2) without signs of aspiration. Weight loss 4 lb in 2 weeks.")
    x.p(("Goals", "b"))
    x.p(f"1. Pt will tolerate IDDSI level 2 liquids with no overt signs of aspiration in 10 of 10 trials by {us(targets[0])}.")
    x.p(f"2. Caregiver will prepare mildly thick liquids to correct consistency in 3 of 3 observations by {us(targets[1])}.")
    x.p(("Plan", "b"))
    x.p("SLP to provide dysphagia treatment (92526): oral-motor and pharyngeal strengthening, compensatory strategies "
        "(chin tuck, small sips), diet texture education. Frequency: 2x/week.")
    x.p("")
    x.p("SLP: Tobias Ferreira-Gunn, MS, CCC-SLP    " + us(pd))
    x.p("Physician order: Add SLP to the plan of care as above.  Signed: Harriet Osei-Mensah, MD    " + us(sig_md))
    x.save(f, title="SLP addendum")
    check_common(f, [], as_of, [pd, sig_md], pd, targets)
    label(f, "medicare-home-health", as_of, [["duration-missing"]],
          notes="Gap: discipline plan addendum with 'Frequency: 2x/week' but no duration, visit count or certification "
                "period. Short single-column layout.")


def h10():
    f = "h10_hh_nested_tables_controls.docx"
    soc = D("2026-02-23"); end = D("2026-04-23"); sig_md = D("2026-02-27"); as_of = "2026-03-19"
    targets = [D("2026-03-23"), D("2026-04-20"), D("2026-04-06"), D("2026-04-23")]
    x = Doc(font="Calibri", size=9)
    x.header("CEDAR RIDGE HOME HEALTH & HOSPICE \u2014 HOME HEALTH DIVISION", align="c")
    x.footer("Form HH-POC-3 (03/2025)  \u2022  This form contains confidential patient information.", page_numbers=True)
    outer = x.table([["", ""], ["", ""], ["", ""]], header=False, widths=[3.3, 3.3])
    merge_row(outer, 0, "HOME HEALTH PLAN OF CARE / CERTIFICATION", fill="BDD7EE")
    # left: patient block as a nested table
    c = outer.cell(1, 0)
    set_cell(c, [("Patient", "b")])
    x.table([["Name", "Ottoline Brackenridge-Oko"], ["DOB", "02/02/1937"], ["MBI", "8UQ3FN6MD20"],
             ["Agency MR", "CR-3391"]], header=False, container=c, size=8)
    c2 = outer.cell(1, 1)
    set_cell(c2, [("Episode", "b")])
    x.table([["SOC", us(soc)], ["Certification", f"{us(soc)} \u2192 {us(end)}"],
             ["Certifying physician", "Thaddeus Oyekan-Wells, MD"], ["Physician NPI", npi("159263748")]],
            header=False, container=c2, size=8)
    c3 = outer.cell(2, 0).merge(outer.cell(2, 1))
    set_cell(c3, [("Diagnoses", "b")])
    x.table([["ICD-10-CM", "Description", "Onset/Exac"],
             ["G20.A2", "Parkinson's disease without dyskinesia, with fluctuations", "E 02/2026"],
             ["R29.6", "Repeated falls", "E 02/2026"],
             ["G47.33", "Obstructive sleep apnea (adult) (pediatric)", "O"]], container=c3, size=8)
    for r in outer.rows:
        for cc in r.cells:
            pass
    x.p("")
    x.p(("Orders by discipline", "b"))
    ords = x.table([["Discipline", "Frequency & duration", "Treatments"],
                    ["SN", "1w4, then 1 visit every other week x 2", "Medication review (carbidopa-levodopa timing), "
                     "orthostatic vitals, bowel regimen teaching."],
                    ["PT", "2w4, 1w4", "Gait training with external cueing, balance, transfers, home exercise program."],
                    ["HHA", "2w8", "Bathing and personal care."]], size=9)
    wrap_cell_in_sdt(ords.cell(1, 1), "FreqSN")
    wrap_cell_in_sdt(ords.cell(2, 1), "FreqPT")
    wrap_cell_in_sdt(ords.cell(3, 1), "FreqHHA")
    x.p("")
    x.p(("Patient-specific measurable goals", "b"))
    gt = x.table([["#", "Goal", "Target date"],
                  ["1", "Patient will take carbidopa-levodopa doses on schedule (within 30 min) on 6 of 7 days per pill log.", us(targets[0])],
                  ["2", "Patient will ambulate 200 ft with rollator and verbal cues, no freezing episodes, in 3 of 3 trials.", us(targets[1])],
                  ["3", "Patient will perform sit-to-stand from bed and toilet at supervision level.", us(targets[2])],
                  ["4", "Patient will have 0 falls with injury during the certification period.", us(targets[3])]], size=9)
    for i in range(1, 5):
        wrap_cell_in_sdt(gt.cell(i, 1), f"Goal{i}")
    x.p("")
    sig = x.table([["Clinician establishing plan", "Certifying physician"],
                   ["", ""]], header=True)
    set_cell(sig.cell(1, 0), ["Ilse Marchetti-Oduya, RN", "Date: " + us(soc)])
    set_cell(sig.cell(1, 1), ["Thaddeus Oyekan-Wells, MD (signature on file)", "Date signed: " + us(sig_md),
                              ("I certify that this patient is confined to the home and needs intermittent skilled "
                               "nursing and physical therapy; the patient is under my care and I have authorized "
                               "the services on this plan of care.", "i")], size=8)
    x.save(f, title="POC")
    check_hh(f, [], as_of, soc, soc, end, sig_md, [soc], targets)
    label(f, "medicare-home-health", as_of, [],
          notes="Clean home health plan. Outer layout table with a merged title row and nested tables for "
                "patient, episode and diagnoses; frequencies and goal texts inside block content controls; "
                "signatures in a two-cell table.")


def h11():
    f = "h11_hh_diabetes_wound_fhir.json"
    soc = D("2026-01-19"); end = D("2026-03-19"); sig_md = D("2026-01-23"); as_of = "2026-02-12"
    goals = [("Wound on left lower leg will be fully healed with intact skin.", "2026-03-19"),
             ("Patient will check blood glucose twice daily and record results on 6 of 7 days per log review.", "2026-02-16"),
             ("Patient will state 4 signs of wound infection and when to call the agency.", "2026-02-02")]
    pid = "p-1"
    ref = lambda t, i: {"reference": f"{t}/{i}"}
    entries = [
        {"resource": {"resourceType": "Patient", "id": pid,
                      "identifier": [{"type": {"text": "Medicare Beneficiary Identifier"},
                                      "system": "http://hl7.org/fhir/sid/us-mbi", "value": "3FA6UH2TR94"},
                                     {"type": {"text": "Agency MRN"}, "system": "urn:oid:2.16.840.1.113883.19.5.42",
                                      "value": "SL-5512"}],
                      "name": [{"text": "Bertram Oyinlola-Sayer", "family": "Oyinlola-Sayer", "given": ["Bertram"]}],
                      "birthDate": "1949-04-21"}},
        {"resource": {"resourceType": "Practitioner", "id": "md",
                      "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi("187654320")}],
                      "name": [{"text": "Marisela Quintanilla-Berg, MD"}],
                      "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360",
                                                              "code": "MD", "display": "Doctor of Medicine"}]}}]}},
        {"resource": {"resourceType": "Practitioner", "id": "rn",
                      "name": [{"text": "Oswin Hartigan-Eboh, RN"}],
                      "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360",
                                                              "code": "RN", "display": "Registered Nurse"}]}}]}},
    ]
    for i, (code, disp) in enumerate([("L97.822", "Non-pressure chronic ulcer of other part of left lower leg with fat layer exposed"),
                                       ("E11.622", "Type 2 diabetes mellitus with other skin ulcer"),
                                       ("Z79.4", "Long term (current) use of insulin")], 1):
        entries.append({"resource": {"resourceType": "Condition", "id": f"c{i}",
                                     "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": code,
                                                          "display": disp}]},
                                     "subject": ref("Patient", pid)}})
    for i, (txt, due) in enumerate(goals, 1):
        entries.append({"resource": {"resourceType": "Goal", "id": f"g{i}", "lifecycleStatus": "active",
                                     "description": {"text": txt}, "subject": ref("Patient", pid),
                                     "target": [{"dueDate": due}]}})
    srs = [("sr-sn", "G0299", "Direct skilled nursing services of a registered nurse (RN) in the home health setting",
            {"frequency": 3, "period": 1, "periodUnit": "wk", "boundsDuration": {"value": 3, "unit": "wk"}},
            "SN 3w3 then 2w5 for wound care and diabetic teaching"),
           ("sr-sn2", "G0299", "Direct skilled nursing services of a registered nurse (RN) in the home health setting",
            {"frequency": 2, "period": 1, "periodUnit": "wk", "boundsDuration": {"value": 5, "unit": "wk"}},
            "SN 2w5 (continuation)"),
           ("sr-hha", "G0156", "Services of home health/hospice aide in home health setting, each 15 minutes",
            {"frequency": 2, "period": 1, "periodUnit": "wk", "boundsDuration": {"value": 8, "unit": "wk"}},
            "HHA 2w8 for bathing")]
    for sid, code, disp, rep, note in srs:
        entries.append({"resource": {"resourceType": "ServiceRequest", "id": sid, "status": "active", "intent": "order",
                                     "code": {"coding": [{"system": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                                                          "code": code, "display": disp}], "text": note},
                                     "subject": ref("Patient", pid), "occurrenceTiming": {"repeat": rep},
                                     "requester": ref("Practitioner", "md")}})
    entries.append({"resource": {
        "resourceType": "CarePlan", "id": "hh-poc", "status": "active", "intent": "order",
        "title": "Home health plan of care", "category": [{"text": "Home health"}],
        "subject": ref("Patient", pid), "created": soc.isoformat(),
        "period": {"start": soc.isoformat(), "end": end.isoformat()},
        "author": ref("Practitioner", "rn"), "contributor": [ref("Practitioner", "md")],
        "addresses": [ref("Condition", "c1"), ref("Condition", "c2"), ref("Condition", "c3")],
        "goal": [ref("Goal", f"g{i}") for i in range(1, 4)],
        "activity": [{"reference": ref("ServiceRequest", s[0])} for s in srs]}})
    for pv, who, code, disp, when in [("sig-rn", "rn", "1.2.840.10065.1.12.1.1", "Author's Signature", soc),
                                      ("sig-md", "md", "1.2.840.10065.1.12.1.5", "Verification Signature", sig_md)]:
        entries.append({"resource": {"resourceType": "Provenance", "id": pv, "target": [ref("CarePlan", "hh-poc")],
                                     "recorded": when.isoformat() + "T12:00:00-06:00",
                                     "agent": [{"who": ref("Practitioner", who)}],
                                     "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": code,
                                                              "display": disp}],
                                                    "when": when.isoformat() + "T12:00:00-06:00",
                                                    "who": ref("Practitioner", who)}]}})
    for e in entries:
        r = e["resource"]
        e["fullUrl"] = f"urn:uuid:hh11-{r['resourceType'].lower()}-{r['id']}"
    bundle = {"resourceType": "Bundle", "id": "hh-poc-bundle", "type": "collection", "entry": entries}
    with open(os.path.join(OUT, f), "w", encoding="utf-8") as fh:
        json.dump(bundle, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    check_hh(f, [], as_of, soc, soc, end, sig_md, [soc], [D(g[1]) for g in goals])
    label(f, "medicare-home-health", as_of, [],
          notes="Clean home health plan as a FHIR R4 collection Bundle: CarePlan with period, HCPCS ServiceRequests "
                "(G0299, G0156) with weekly timing and bounds, Goals with due dates, ICD-10-CM Conditions, "
                "Provenance signatures (RN author, MD verifier).")


def h12():
    f = "h12_hh_no_medicare_number.docx"
    soc = D("2026-04-06"); end = D("2026-06-04"); sig_md = D("2026-04-10"); as_of = "2026-04-28"
    targets = [D("2026-05-04"), D("2026-06-01"), D("2026-05-18")]
    x = Doc(font="Calibri", size=10)
    x.p(("Meadowlark Home Health \u2014 Start of Care Plan", "b"), size=12)
    x.p(("Patient: ", "b"), "Fitzgerald Amankwah-Rowe     ", ("Date of birth: ", "b"), "11/19/1946")
    x.p(("Agency MR#: ", "b"), "ML-04-2291     ", ("Payer: ", "b"), "Medicare Part A (traditional) \u2014 see intake face sheet")
    x.p(("Start of care: ", "b"), us(soc), "     ", ("Certification: ", "b"), f"{us(soc)} to {us(end)}")
    x.p(("Physician: ", "b"), "Evangelos Mbatha-Crane, MD  (NPI " + npi("172839405") + ")")
    x.p(("Diagnoses: ", "b"), "S72.141D Displaced intertrochanteric fracture of right femur, subsequent encounter for "
        "closed fracture with routine healing; Z91.81 History of falling; I10 Essential (primary) hypertension")
    x.p(("Orders", "b"))
    x.p("PT 3w2, 2w4, 1w2 \u2014 gait and transfer training, strengthening, home safety evaluation, HEP.")
    x.p("OT 1w1, 2w3 \u2014 ADL retraining with adaptive equipment, bathroom safety.")
    x.p("SN 1w1 \u2014 medication reconciliation, pain management teaching, fall-prevention teaching.")
    x.p(("Goals", "b"))
    x.p(f"\u25b8 Patient will ambulate 150 ft with RW, modified independent, by {us(targets[1])}.")
    x.p(f"\u25b8 Patient will complete a tub bench transfer with SBA by {us(targets[0])}.")
    x.p(f"\u25b8 Patient will state 3 ways to prevent falls in the home by {us(targets[2])}.")
    x.p("Prepared by: Runa Castellano-Efe, PT (SOC evaluation)    " + us(soc))
    x.p("I certify this patient is confined to the home and needs intermittent physical therapy and skilled nursing; "
        "the patient is under my care and I have authorized the services on this plan of care.")
    x.p("Evangelos Mbatha-Crane, MD \u2014 signed " + us(sig_md))
    x.save(f, title="SOC plan")
    check_hh(f, [["field-missing"]], as_of, soc, soc, end, sig_md, [soc], targets)
    label(f, "medicare-home-health", as_of, [["field-missing"]],
          notes="Gap: the Medicare number (MBI) is not on the plan; only the agency medical-record number and "
                "'see intake face sheet' (client-identifiers: member ID). Paragraph layout with bold inline labels "
                "and triangle-bullet goals.")


def h13():
    f = "h13_hh_period_ended.yaml"
    soc = D("2025-12-29"); end = D("2026-02-26"); sig_md = D("2026-01-05"); as_of = "2026-03-10"
    text = f"""schema: authcheck-plan/1
patient: {{name: Leocadia Oyelaran-Birch, birth_date: 1941-02-11, member_id: 5DC9TJ4XA72}}
payer: Medicare Part A (home health)
discipline: home-health
program: Riverstone Home Health
plan_date: {soc.isoformat()}
first_treatment_date: {soc.isoformat()}
period: {{start: {soc.isoformat()}, end: {end.isoformat()}}}
providers:
  - {{name: Caius Fenwick-Adu, credential: MD, npi: "{npi('193827465')}", role: certifying physician}}
  - {{name: Ines Marlowe-Okeke, credential: RN, role: case manager, organization: Riverstone Home Health}}
diagnoses:
  - {{code: I50.22, description: "Chronic systolic (congestive) heart failure", primary: true}}
  - {{code: N18.30, description: "Chronic kidney disease, stage 3 unspecified"}}
problems:
  - statement: Heart failure self-management
    goals:
      - statement: Patient will weigh daily and record weights on 100% of days per log review.
        target_date: 2026-01-26
      - statement: Patient will state 3 symptoms of fluid overload and the action to take for each.
        target_date: 2026-01-19
      - statement: Patient will have 0 emergency visits or admissions for heart failure during the certification period.
        target_date: {end.isoformat()}
services:
  - {{code: G0299, description: "Skilled nursing (RN) visits", frequency: 2w4, duration: 4 weeks}}
  - {{code: G0299, description: "Skilled nursing (RN) visits", frequency: 1w4, duration: 4 weeks}}
  - {{code: G0299, description: "PRN skilled nursing visits for weight gain over 3 lb in a day", frequency: PRN x 2}}
reviews:
  - {{kind: recertification, date: {end.isoformat()}, completed: false}}
signatures:
  - {{role: clinician, name: Ines Marlowe-Okeke, credential: RN, date: {soc.isoformat()}}}
  - {{role: physician, name: Caius Fenwick-Adu, credential: MD, date: {sig_md.isoformat()}, method: electronic}}
"""
    with open(os.path.join(OUT, f), "w", encoding="utf-8") as fh:
        fh.write(text)
    check_hh(f, [["review-overdue"]], as_of, soc, soc, end, sig_md, [soc],
             [D("2026-01-26"), D("2026-01-19"), end])
    label(f, "medicare-home-health", as_of, [["review-overdue"]],
          notes="Gap: the 60-day certification period ended 2026-02-26 and no recertification is recorded by the "
                "as-of date 2026-03-10 (warning: unverified). Native authcheck YAML.")


def h14():
    f = "h14_hh_portal_esign_ot_sn.docx"
    soc = D("2026-03-09"); end = D("2026-05-07"); sig_md = D("2026-03-12"); as_of = "2026-04-02"
    targets = [D("2026-04-06"), D("2026-04-20"), D("2026-05-04")]
    x = Doc(font="Calibri", size=10)
    x.p(("FAX \u2014 PHYSICIAN ORDERS FOR SIGNATURE", "b"), size=11)
    x.p("To: Dr. Harriet Osei-Mensah  |  From: Willowbend Home Health, Clinical Records  |  Pages: 3", size=9)
    x.p("Please review and sign via ProviderLink or sign and fax back to 555-0124.", size=9)
    x.page_break()
    x.p(("Willowbend Home Health \u2014 Plan of Care", "b"), size=12)
    t = x.table([["Patient", "Medicare #", "DOB", "SOC", "From", "To"],
                 ["Ambrosine Kettleby-Nwosu", "7KM2WQ5EN38", "03/30/1943", us(soc), us(soc), us(end)]])
    x.p("")
    x.p(("Principal diagnosis: ", "b"), "I69.351 Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side")
    x.p(("Other diagnoses: ", "b"), "E11.42 Type 2 diabetes mellitus with diabetic polyneuropathy; I10 Essential (primary) hypertension")
    x.p(("Orders", "b"))
    x.table([["Discipline", "Visits", "Interventions"],
             ["SN", "1w1, 2w2, 1w5", "Assess neuro status and BP; diabetic foot care teaching; insulin not applicable "
                                      "(oral agents); medication teaching. PRN x 2 for BG > 400."],
             ["OT", "2w4, 1w4", "ADL retraining (R UE neuro re-ed, one-handed techniques), tub transfer, home safety."]])
    x.p(("Goals", "b"))
    x.p(f"OT: Pt will complete UB dressing with set-up only using one-handed technique by {us(targets[0])}.")
    x.p(f"OT: Pt will complete tub bench transfer with grab bar at modified independence by {us(targets[1])}.")
    x.p(f"SN: Pt will keep systolic BP below 140 on 5 of 7 home readings per week by {us(targets[2])}.")
    x.p(("Discharge plan: ", "b"), "D/C to outpatient OT when able to leave home.")
    x.p("")
    x.p("Clinician: Rosalind Abernethy-Quaye, OTR/L (OT evaluation and POC)    " + us(soc))
    x.p("")
    st = x.table([["ELECTRONIC SIGNATURE"],
                  ["Electronically signed by Harriet Osei-Mensah, MD via ProviderLink on " + us(sig_md) + " 10:14 EST. "
                   "Certification statement accepted: 'I certify that this patient is confined to the home and needs "
                   "intermittent skilled nursing and occupational therapy; the patient is under my care and I have "
                   "authorized the services on this plan of care.'"]])
    shade(st.cell(0, 0), "E2EFDA")
    x.save(f, title="POC")
    check_hh(f, [], as_of, soc, soc, end, sig_md, [soc], targets)
    label(f, "medicare-home-health", as_of, [],
          notes="Clean home health plan: fax cover page, then a plan with a one-row demographic table, orders table "
                "('1w1, 2w2, 1w5', 'PRN x 2'), discipline-prefixed goals, and a shaded e-signature stamp box.")

# =============================================================================================
# Behavioral health / SUD (base-treatment-plan + state, medicare-psychotherapy)
# =============================================================================================

def check_psy(f, gaps, as_of, plan_date, sigs, targets, duration_end=None):
    g = {k for grp in gaps for k in grp}
    check_common(f, gaps, as_of, sigs, plan_date, targets)
    assert (days(plan_date, D(as_of)) > PSY_PLAN_AGE) == ("plan-outdated" in g), f
    if duration_end:
        assert days(plan_date, duration_end) < 365, f


def p01():
    f = "p01_psy_pa_clinic_itp.docx"
    intake = D("2026-01-08"); pd = D("2026-01-29"); sig_md = D("2026-02-03"); as_of = "2026-03-05"
    dur_end = D("2026-07-29")
    targets = [D("2026-03-31"), D("2026-04-30"), D("2026-04-30"), D("2026-05-29")]
    x = Doc(font="Calibri", size=10)
    x.header("Allegheny Ridge Behavioral Health \u2014 Licensed Psychiatric Outpatient Clinic", align="c")
    x.footer("Individual: Delphine Kowalczyk-Amari  |  Record # ARB-104732  |  Medicare 1YK5PE8DT39", page_numbers=True)
    x.p(("INDIVIDUAL TREATMENT PLAN (ITP)", "b"), size=13, align="c")
    x.table([["Individual", "Delphine Kowalczyk-Amari", "Date of birth", "05/13/1957"],
             ["Medicare ID", "1YK5PE8DT39", "Intake date", us(intake)],
             ["Plan date", us(pd), "Expected duration", "6 months (through " + us(dur_end) + ")"],
             ["Primary clinician", "Josiah Brandt-Olawale, LPC", "Psychiatrist", "Anneliese Okafor-Ruiz, MD"]],
            header=False, bold_first_col=False)
    x.p("")
    x.p(("Diagnoses (ICD-10-CM)", "b"))
    x.p("F33.1 Major depressive disorder, recurrent, moderate (primary)")
    x.p("F41.1 Generalized anxiety disorder")
    x.p(("Individual's words: ", "b"), "\u201cI want to stop spending whole days in bed and get back to my church choir.\u201d")
    x.p(("Problem 1: Depressed mood", "b"), " \u2014 PHQ-9 = 18 at intake; in bed 4-5 days/week; withdrawn from choir.")
    x.p("Goal 1: Delphine will return to her usual weekly activities with a stable mood.")
    x.p(f"   Objective 1a: Reduce PHQ-9 from 18 to 9 or below by {us(targets[0])}.")
    x.p(f"   Objective 1b: Get out of bed and dressed by 10 a.m. on at least 5 of 7 days, per activity log, by {us(targets[1])}.")
    x.p("   Interventions: CBT with behavioral activation (Josiah Brandt-Olawale, LPC); medication management (Dr. Okafor-Ruiz).")
    x.p(("Problem 2: Worry and tension", "b"), " \u2014 GAD-7 = 14.")
    x.p("Goal 2: Delphine will manage worry so it does not keep her from leaving the house.")
    x.p(f"   Objective 2a: Use 2 coping skills (paced breathing, worry time) when anxious on 4 of 7 days per log by {us(targets[2])}.")
    x.p(f"   Objective 2b: Reduce GAD-7 from 14 to 7 or below by {us(targets[3])}.")
    x.p("   Interventions: CBT for GAD, relaxation training.")
    x.p(("Services and modalities", "b"))
    x.table([["Service", "Code", "Amount", "Frequency", "Provider"],
             ["Individual psychotherapy", "90837", "53-60 minutes", "weekly", "J. Brandt-Olawale, LPC"],
             ["Medication management", "99213", "20 minutes", "every 4 weeks", "A. Okafor-Ruiz, MD"]])
    x.p(("Crisis plan: ", "b"), "Call or text 988, or the clinic after-hours line 555-0111. Go to the nearest emergency department if unsafe.")
    x.p(("Review: ", "b"), "This plan will be reviewed at least every 90 days or sooner if needs change.")
    x.p("")
    x.p("My clinician reviewed this plan with me, and I helped write it. I received a copy.", size=9)
    sig = x.table([["Signature", "Name / credential", "Date"],
                   ["Delphine Kowalczyk-Amari", "Individual", us(pd)],
                   ["Josiah Brandt-Olawale", "Josiah Brandt-Olawale, LPC (mental health professional)", us(pd)],
                   ["A. Okafor-Ruiz", "Anneliese Okafor-Ruiz, MD \u2014 psychiatrist approval of plan", us(sig_md)]])
    x.save(f, title="ITP")
    assert days(intake, pd) <= PA_PLAN_DAYS
    check_psy(f, [], as_of, pd, [pd, sig_md], targets, dur_end)
    assert mbi_ok("1YK5PE8DT39")
    label(f, "medicare-psychotherapy", as_of, [], states=["pa-55-5200"],
          notes="Clean psychotherapy plan from a Pennsylvania licensed clinic (plan 21 days after intake; individual, "
                "LPC and psychiatrist sign and date). Key-value grid, problem/goal/objective paragraphs with "
                "indented objectives, services table with amounts, signature table.")


def p02():
    f = "p02_psy_undated_objective_no_credential.docx"
    pd = D("2026-02-11"); as_of = "2026-03-16"
    targets = [D("2026-05-11"), D("2026-04-13")]
    x = Doc(font="Arial", size=10)
    x.p(("Mindful Path Counseling, PLLC", "b"), size=12)
    x.p("Treatment Plan", size=11)
    x.p(f"Client: Osvaldo Trevanion-Ikeda    DOB: 07/25/1954    Medicare: 2AC4NR7VX61    Date established: {us(pd)}")
    x.p("Diagnosis: F43.12 Post-traumatic stress disorder, chronic")
    x.p("Modality: individual trauma-focused CBT (cognitive processing therapy), 90837, 55-minute sessions, once a week.")
    x.p("Expected length of treatment: 16 weeks")
    t = x.table([["Problem", "Goal", "Objectives", "Target"],
                 ["Intrusive memories and nightmares", "Osvaldo will have fewer trauma symptoms.",
                  "1a. Reduce PCL-5 from 52 to 33 or below.", us(targets[0])],
                 ["", "", "1b. Sleep 6 or more hours on 5 of 7 nights per sleep diary.", us(targets[1])],
                 ["Avoidance of crowds", "Osvaldo will go to places he now avoids.",
                  "2a. Complete 8 of 10 steps of his in-vivo exposure hierarchy, per therapy log.", "ongoing"]],
                widths=[1.4, 1.6, 2.6, 0.9])
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(1, 1).merge(t.cell(2, 1))
    set_cell(t.cell(1, 0), "Intrusive memories and nightmares")
    set_cell(t.cell(1, 1), "Osvaldo will have fewer trauma symptoms.")
    x.p("")
    x.p("Clinician: Rebecca Tanaka-Moss          Signature: Rebecca Tanaka-Moss          Date: " + us(pd))
    x.p("Client: Osvaldo Trevanion-Ikeda          Date: " + us(pd))
    x.save(f, title="Treatment plan")
    check_psy(f, [["objective-not-time-bound"], ["credential-missing"]], as_of, pd, [pd], targets)
    label(f, "medicare-psychotherapy", as_of, [["objective-not-time-bound"], ["credential-missing"]],
          notes="Two gaps: objective 2a's target is 'ongoing' (no date or time frame, and its goal has none); the "
                "clinician's signature shows no credential anywhere on the plan. Layout: problem/goal/objective/target "
                "table with vertically merged problem and goal cells.")


def p03():
    f = "p03_psy_no_session_length.docx"
    pd = D("2026-01-22"); as_of = "2026-02-26"
    targets = [D("2026-04-22"), D("2026-04-22"), D("2026-03-19")]
    x = Doc(font="Book Antiqua", size=11)
    x.p(("Behavioral Health Treatment Plan", "b"), size=13)
    x.p("Meridian Senior Counseling Associates")
    x.p("")
    x.kv("Member", "Lucinda Farquharson-Obi")
    x.kv("Date of birth", "December 1, 1949")
    x.kv("Medicare number", "9EH7KD3AT50")
    x.kv("Date of plan", long(pd))
    x.kv("Diagnosis", "F43.23 Adjustment disorder with mixed anxiety and depressed mood")
    x.p("")
    x.p(("Presenting concern", "b"))
    x.p("Widowed 9 months ago; tearful daily, stopped attending her book group, sleeping 4 hours a night.")
    x.p(("Goal", "b"))
    x.p("Lucinda will adjust to the loss of her husband and re-engage with friends and activities.")
    x.p(("Objectives", "b"))
    x.p(f"A. Attend her book group or another social activity at least 2 times per month by {long(targets[0])}.")
    x.p(f"B. Reduce GDS-15 from 9 to 5 or below by {long(targets[1])}.")
    x.p(f"C. Sleep at least 6 hours on 5 of 7 nights, per sleep log, by {long(targets[2])}.")
    x.p(("Plan of treatment", "b"))
    x.p("Individual psychotherapy (supportive and grief-focused CBT), weekly, for 3 months.")
    x.p("")
    x.p("Therapist: Augustina Pellegrini-Voss, LCSW \u2014 signed " + long(pd))
    x.p("Member signature: Lucinda Farquharson-Obi \u2014 " + long(pd))
    x.save(f, title="Treatment plan")
    check_psy(f, [["amount-missing"]], as_of, pd, [pd], targets)
    label(f, "medicare-psychotherapy", as_of, [["amount-missing"]],
          notes="Gap: individual psychotherapy is 'weekly, for 3 months' with no session length (and no time-based "
                "CPT code). Layout: bold 'Label: value' lines, 'Member' label, long-form dates, lettered objectives.")


def p04():
    f = "p04_psy_plan_over_a_year_old.docx"
    pd = D("2025-01-14"); as_of = "2026-02-10"
    dur_end = D("2025-12-14")
    targets = [D("2025-04-14"), D("2025-06-14"), D("2025-09-14")]
    x = Doc(font="Calibri", size=10)
    x.p(("Lakeside Psychology Group \u2014 Psychotherapy Treatment Plan", "b"), size=12)
    x.table([["Patient", "Ignatius Blackwood-Asante"], ["DOB", "04/04/1952"], ["Medicare ID", "6NT3GK9CF24"],
             ["Plan established", us(pd)], ["Anticipated duration", f"11 months (through {us(dur_end)})"]],
            header=False, bold_first_col=True, widths=[2.0, 4.2])
    x.p("Diagnosis: F41.1 Generalized anxiety disorder; G47.00 Insomnia, unspecified")
    x.p(("Goals and objectives", "b"))
    x.p("1. Reduce worry so it no longer interferes with sleep and driving.")
    x.p(f"   1.1 GAD-7 from 16 to 8 or below by {us(targets[1])}.")
    x.p(f"   1.2 Drive to the grocery store alone at least 2 times per week by {us(targets[0])}.")
    x.p(f"   1.3 ISI (Insomnia Severity Index) from 19 to 10 or below by {us(targets[2])}.")
    x.p(("Treatment", "b"))
    x.p("CBT for GAD and CBT-I: individual psychotherapy 90834 (45 minutes) every week for 12 weeks, then every other week.")
    x.p("")
    x.p("Psychologist: Drusilla Featherstonehaugh, PsyD \u2014 signature on file, " + us(pd))
    x.p("Patient: Ignatius Blackwood-Asante \u2014 " + us(pd))
    x.save(f, title="Tx plan")
    assert days(pd, D(as_of)) == 392
    check_psy(f, [["plan-outdated"]], as_of, pd, [pd], targets, dur_end)
    label(f, "medicare-psychotherapy", as_of, [["plan-outdated"]],
          notes="Gap: the plan was established 2025-01-14 and is 392 days old on the as-of date, with no review or "
                "update recorded. Otherwise complete (45-minute weekly sessions, 11-month duration).")


def p11():
    f = "p11_psy_ptsd_recovery_plan.docx"
    pd = D("2026-03-03"); as_of = "2026-04-14"
    targets = [D("2026-06-02"), D("2026-05-05"), D("2026-06-30"), D("2026-08-31")]
    x = Doc(font="Calibri", size=10)
    x.header("Northfield Community Mental Health \u2014 Outpatient Services", align="l")
    x.p(("Individualized Recovery Plan", "b"), size=14)
    x.p(long(pd), align="r")
    x.p(("Person served: ", "b"), "Marcus Oyelaran-Whitfield   ", ("Born: ", "b"), "August 19, 1951   ",
        ("Medicare ID: ", "b"), "4QM8HD2UR70")
    x.p(("Diagnosis: ", "b"), "F43.12 Post-traumatic stress disorder, chronic; F10.21 Alcohol dependence, in remission")
    x.p(("Plan in effect: ", "b"), f"{long(pd)} through {long(D('2026-08-31'))} (6 months)")
    x.p("")
    x.p(("What I want (my goal)", "b"))
    x.p("\u201cSleep through the night and go back to fishing with my brother.\u201d")
    x.p(("How we will know (objectives)", "b"))
    x.table([["Objective", "By"],
             ["PCL-5 score will go from 49 to 30 or lower.", long(targets[0])],
             ["Nightmares will drop from 5 nights a week to 2 or fewer, per sleep diary.", long(targets[1])],
             ["Marcus will go fishing or to another outdoor outing with family at least 2 times a month.", long(targets[2])],
             ["Marcus will stay alcohol-free, with zero drinking days per monthly check-in (AUDIT-C 0).", long(targets[3])]])
    x.p(("What we will do", "b"))
    x.p("Prolonged exposure therapy, individual, 90837 (60-minute sessions), weekly for 12 weeks, then every other week. "
        "Imagery rehearsal therapy for nightmares within sessions. Peer support group offered (not billed).")
    x.p("")
    x.table([["", ""],
             ["Clinician", "Theodora Quansah-Lindqvist, LMFT\nSigned electronically " + long(pd)],
             ["Person served", "Marcus Oyelaran-Whitfield\nSigned " + long(pd)]], header=False)
    x.save(f, title="Recovery plan")
    check_psy(f, [], as_of, pd, [pd], targets, D("2026-08-31"))
    label(f, "medicare-psychotherapy", as_of, [],
          notes="Clean psychotherapy plan in recovery-plan wording: 'Person served', the goal in the person's own "
                "words, objectives in a two-column table with long-form dates, signatures in a table with an empty "
                "first row and 'Signed electronically'.")


def p05():
    f = "p05_sud_tx_iop_clean.docx"
    adm = D("2026-02-02"); pd = D("2026-02-06"); as_of = "2026-03-02"
    targets = [D("2026-02-27"), D("2026-03-27"), D("2026-03-20"), D("2026-03-27"), D("2026-03-13")]
    x = Doc(font="Arial", size=9)
    x.p(("LONE STAR RECOVERY CENTER", "b"), size=13, align="c")
    x.p("Licensed Chemical Dependency Treatment Facility \u2022 Intensive Outpatient Program", align="c", size=8)
    x.p(("INDIVIDUALIZED TREATMENT PLAN", "b"), align="c")
    x.table([["Client", "Ramon Villalobos-Whitaker", "DOB", "09/09/1988"],
             ["Medicaid ID", "518842207", "Admission", us(adm)],
             ["Plan date", us(pd), "Projected length of stay", "8 weeks (IOP), then step-down"]], header=False)
    x.p("Diagnoses: F11.20 Opioid dependence, uncomplicated; F15.20 Other stimulant dependence, uncomplicated")
    x.p("")
    probs = [
        ("Problem 1: Opioid and methamphetamine use", "Goal: Ramon will stop using opioids and methamphetamine.",
         [("1.1", "Ramon will provide negative urine drug screens on 100% of random weekly tests.", targets[1]),
          ("1.2", "Ramon will list 5 personal triggers and a coping response for each in his relapse prevention workbook.", targets[0])],
         "Group counseling (relapse prevention) 3x/week, 3 hours; individual counseling 1x/week, 50 minutes; random UDS weekly."),
        ("Problem 2: Recovery support", "Goal: Ramon will build a sober support network.",
         [("2.1", "Ramon will attend 3 NA meetings per week, verified by signed attendance sheets.", targets[2]),
          ("2.2", "Ramon will name a sponsor and report contact with the sponsor at least 2 times per week in individual session.", targets[3])],
         "Individual counseling 1x/week; peer recovery coaching 1x/week, 30 minutes."),
        ("Problem 3: Medication for OUD", "Goal: Ramon will remain on buprenorphine as prescribed.",
         [("3.1", "Ramon will attend 100% of prescriber appointments (every 2 weeks) and have buprenorphine-positive UDS.", targets[4])],
         "Case management 1x/week to coordinate with MOUD prescriber."),
    ]
    for ph, goal, objs, strat in probs:
        t = x.table([[ph, "", ""], [goal, "", ""], ["#", "Objective (measurable, time-specific)", "Target date"]] +
                    [[n, s, us(d)] for n, s, d in objs] + [["Strategies (type / frequency)", strat, ""]], header=False)
        merge_row(t, 0, ph, fill="D9D9D9")
        merge_row(t, 1, goal, bold=False)
        last = len(t.rows) - 1
        c = t.cell(last, 1).merge(t.cell(last, 2))
        set_cell(c, strat)
        x.p("")
    x.p("I participated in developing this plan and agree with it.", size=8)
    x.p("Client signature: Ramon Villalobos-Whitaker      Date: " + us(pd))
    x.p("Counselor signature: Graciela Okonkwo-Ruiz, LCDC      Date: " + us(pd))
    x.save(f, title="ITP")
    check_common(f, [], as_of, [pd], pd, targets)
    label(f, "base-treatment-plan", as_of, [], states=["tx-26tac-564"],
          notes="Clean Texas IOP plan: one small table per problem with merged title and goal rows, numbered "
                "objectives with target dates, a merged strategies row with type and frequency; client and LCDC "
                "sign and date.")


def p06():
    f = "p06_sud_tx_unsigned_client_vague_objective.docx"
    adm = D("2026-01-20"); pd = D("2026-01-27"); as_of = "2026-02-24"
    targets = [D("2026-03-10"), D("2026-02-24"), D("2026-03-24")]
    x = Doc(font="Calibri", size=10)
    x.p(("Gulf Coast Outpatient Recovery", "b"), size=12)
    x.p("Chemical Dependency Treatment \u2014 Treatment Plan (Outpatient)")
    x.p(f"Client: Deshawn Castellanos-Pryor | DOB 03/03/1979 | Medicaid # 729104385 | Admit {us(adm)} | Plan {us(pd)}")
    x.p("Diagnosis: F10.20 Alcohol dependence, uncomplicated")
    x.p("Projected length of stay: 12 weeks")
    x.p(("GOAL 1", "b"), " Deshawn will stop drinking alcohol.")
    x.p(f"  Obj 1-A  Deshawn will have zero positive breathalyzer or EtG results on all random tests by {us(targets[0])}.")
    x.p(f"  Obj 1-B  Deshawn will gain insight into his relapse triggers by {us(targets[1])}.")
    x.p("  Strategies: relapse-prevention group 2x/week (2 hours); individual counseling 1x/week (50 min); random EtG 1x/week.")
    x.p(("GOAL 2", "b"), " Deshawn will repair his relationship with his daughter.")
    x.p(f"  Obj 2-A  Deshawn will attend 4 family sessions with his daughter and her mother by {us(targets[2])}.")
    x.p("  Strategies: family counseling every other week (60 min).")
    x.p("")
    x.table([["Client signature", "Date", "Counselor signature", "Date"],
             ["", "", "Philippa Arceneaux-Bello, LCDC", us(pd)]])
    x.p("Client was not present at plan completion; to sign at next session.", size=8)
    x.save(f, title="Tx plan")
    check_common(f, [], as_of, [pd], pd, targets)
    label(f, "base-treatment-plan", as_of, [["signature-missing"], ["objective-not-measurable"]],
          states=["tx-26tac-564"],
          notes="Two gaps: the client signature and date cells are empty ('to sign at next session'); objective 1-B "
                "('gain insight into his relapse triggers') states no measure or level. Layout: pipe-separated "
                "header line, indented 'Obj 1-A' objectives, four-column signature table.")


def p07():
    f = "p07_sud_fl_residential_late_plan.docx"
    adm = D("2026-01-05"); pd = D("2026-01-26"); qp = D("2026-01-28"); as_of = "2026-02-20"
    targets = [D("2026-02-23"), D("2026-03-09"), D("2026-02-16"), D("2026-03-02")]
    x = Doc(font="Times New Roman", size=11)
    x.p(("SEAGRAPE RECOVERY RESIDENCE", "b"), align="c", size=13)
    x.p("Licensed under Chapter 397, F.S. \u2022 Residential Treatment", align="c", size=9)
    x.p(("TREATMENT PLAN", "b"), align="c")
    x.table([["Individual", "Priscilla Hargreave-Mensah"], ["DOB", "11/30/1990"], ["Medicaid ID", "8841027735"],
             ["Admission date", us(adm)], ["Level of care", "Residential Level 2"], ["Treatment plan date", us(pd)]],
            header=False, bold_first_col=True, widths=[2.0, 4.2])
    x.p("Diagnoses: F14.20 Cocaine dependence, uncomplicated; F12.20 Cannabis dependence, uncomplicated")
    x.p("")
    x.p(("Goal 1 \u2014 Abstinence", "b"))
    x.p(f"Objective 1.1: Priscilla will provide negative drug screens on all weekly random tests through {us(targets[1])}.")
    x.p(f"Objective 1.2: Priscilla will write a relapse prevention plan naming 5 triggers and 5 coping responses and present it in group by {us(targets[0])}.")
    x.p("Services: group therapy 5x/week; individual counseling 1x/week; urine drug screens 1x/week (random).")
    x.p(("Goal 2 \u2014 Life skills and aftercare", "b"))
    x.p(f"Objective 2.1: Priscilla will complete 6 of 6 life-skills modules (budgeting, cooking, job search) by {us(targets[3])}.")
    x.p(f"Objective 2.2: Priscilla will schedule 1 outpatient intake appointment and secure 1 sober-living bed, confirmed in writing, by {us(targets[2])}.")
    x.p("Services: life-skills group 3x/week; case management 1x/week.")
    x.p("")
    x.p("Individual: Priscilla Hargreave-Mensah      Date: " + us(pd))
    x.p("Primary counselor: Lionel Baptiste-Varga, CAP      Date: " + us(pd))
    x.p("Qualified professional review: Ximena Oduya-Carrow, LMHC      Date: " + us(qp))
    x.save(f, title="Treatment plan")
    assert days(adm, pd) == 21 and days(pd, qp) <= FL_QP_DAYS
    check_common(f, [], as_of, [pd, qp], pd, targets)
    label(f, "base-treatment-plan", as_of, [["plan-late"]], states=["fl-65d-30"],
          notes="Gap: Residential Level 2 plan completed 21 days after admission; the rule allows 15. QP "
                "countersignature 2 days after the plan (timely). Key-value table for demographics.")


def p08():
    f = "p08_sud_ny_inpatient_physician_late.docx"
    adm = D("2026-02-02"); pd = D("2026-02-06"); sig_md = D("2026-02-16"); as_of = "2026-02-25"
    x = Doc(font="Calibri", size=10)
    x.header("Hudson Bend Treatment Center \u2014 OASAS Certified Inpatient Rehabilitation", align="c")
    x.p(("COMPREHENSIVE TREATMENT PLAN", "b"), size=13)
    x.p(f"Patient: Cornelius Vandermeer-Osei     DOB 06/12/1975     Medicaid CIN: AB12345C     Admitted: {us(adm)}")
    x.p(f"Plan completed: {us(pd)}     Responsible clinician: Evangeline Ruiz-Tanaka, CASAC, LMSW")
    x.p(("Diagnoses", "b"))
    x.p("F10.20 Alcohol dependence, uncomplicated; F11.20 Opioid dependence, uncomplicated; K70.30 Alcoholic "
        "cirrhosis of liver without ascites")
    x.p(("Problem areas, goals and methods", "b"))
    x.table([["Problem area", "Goal", "Methods / approaches"],
             ["Alcohol and opioid use", "Patient will complete withdrawal management and remain abstinent for the full stay, with negative breathalyzer and UDS on every test.",
              "Group counseling daily; individual counseling 2x/week; MOUD induction (buprenorphine) by medical staff."],
             ["Medical: liver disease", "Patient will attend hepatology follow-up and complete hepatitis A/B vaccination series dose 1 before discharge.",
              "Nursing education; referral to hepatology; vaccination."],
             ["Discharge / continuing care", "Patient will have an outpatient intake scheduled and a sober-living placement confirmed before discharge.",
              "Case management 3x/week; family session 1x."]])
    x.p("")
    x.p("Responsible clinical staff: Evangeline Ruiz-Tanaka, CASAC, LMSW \u2014 signed " + us(pd))
    x.p("Patient: Cornelius Vandermeer-Osei \u2014 signed " + us(pd))
    x.p("Physician review: I have reviewed this treatment plan.  Dr. Rutger Abernathy-Lowe, MD \u2014 signed " + us(sig_md))
    x.save(f, title="Treatment plan")
    assert days(adm, pd) <= NY_PLAN_DAYS and days(adm, sig_md) == 14
    check_common(f, [], as_of, [pd, sig_md], pd)
    label(f, "base-treatment-plan", as_of, [["signature-late"]], states=["ny-oasas-818"],
          notes="Gap: the physician reviewed and signed 14 days after admission; 14 NYCRR 818.5 requires it within "
                "10. Plan itself within 7 days. Problem-area/goal/methods table; 'CIN' as the member identifier.")


def p09():
    f = "p09_sud_ca_ntp_maintenance_plan.docx"
    adm = D("2026-01-06"); pd = D("2026-01-27"); sup = D("2026-01-30"); md = D("2026-02-03")
    nxt = D("2026-04-06"); as_of = "2026-03-10"
    targets = [D("2026-03-24"), D("2026-04-06"), D("2026-03-10"), D("2026-04-06")]
    x = Doc(font="Arial", size=9)
    x.p(("PACIFIC BAYVIEW NARCOTIC TREATMENT PROGRAM", "b"), size=12)
    x.p("Initial Maintenance Treatment Plan", size=11)
    x.table([["Patient", "Anastasia Wojcik-Delgado", "Program ID", "PB-26-0017"],
             ["DOB", "04/18/1984", "Medi-Cal CIN", "93817462A"],
             ["Admission (maintenance start)", us(adm), "Plan effective date", us(pd)],
             ["Medication", "Methadone 80 mg daily (observed)", "Next plan update due", us(nxt)]], header=False)
    x.p("Dx: F11.20 Opioid dependence, uncomplicated")
    x.p(("Long-term goal", "b"), ": Anastasia will maintain stable recovery from opioid use and return to work.")
    x.p(("Short-term goals (90 days or less)", "b"))
    x.table([["#", "Short-term goal", "Target date", "Behavioral tasks"],
             ["1", "Negative for illicit opioids and fentanyl on 4 consecutive monthly random UDS.", us(targets[1]),
              "Take dose daily at clinic; attend counseling."],
             ["2", "Attend 100% of scheduled counseling sessions (individual 2x/month, 50 min).", us(targets[0]),
              "Use reminder app; arrange childcare."],
             ["3", "Complete hepatitis C antibody test and review result with the medical provider.", us(targets[2]),
              "Lab draw at clinic."],
             ["4", "Submit 2 job applications per week, per job-search log.", us(targets[3]),
              "Vocational referral."]])
    x.p("Services: individual counseling 2x/month (50 minutes); dosing daily; medical review monthly; random UDS at least monthly.")
    x.p("")
    x.table([["Role", "Name", "Signature", "Date"],
             ["Primary counselor", "Felipe Anaya-Brooks, SUDCC II", "F. Anaya-Brooks", us(pd)],
             ["Supervising counselor", "Marguerite Nakashima-Ellis, LAADC", "M. Nakashima-Ellis", us(sup)],
             ["Medical director", "Desmond Okafor-Lindgren, MD", "D. Okafor-Lindgren MD", us(md)],
             ["Patient", "Anastasia Wojcik-Delgado", "A. Wojcik-Delgado", us(pd)]])
    x.save(f, title="NTP plan")
    assert days(adm, pd) <= CA_PLAN_DAYS and days(adm, nxt) <= CA_REVIEW_DAYS
    assert days(pd, sup) <= CA_SIGN_DAYS and days(pd, md) <= CA_SIGN_DAYS and D(as_of) < nxt
    assert all(days(pd, t) <= 90 for t in targets)
    check_common(f, [], as_of, [pd, sup, md], pd, targets)
    label(f, "base-treatment-plan", as_of, [], states=["ca-title9-ntp"],
          notes="Clean California NTP initial maintenance plan: plan 21 days after the start of maintenance, next "
                "update 90 days after admission, supervising counselor and medical director countersign within 14 "
                "days; short-term goals table with target dates; four-row signature table.")


def p10():
    f = "p10_mh_pa_goals_without_objectives.docx"
    intake = D("2026-02-03"); pd = D("2026-02-24"); sig_np = D("2026-02-26"); as_of = "2026-03-18"
    x = Doc(font="Calibri", size=10)
    x.p(("Keystone Valley Counseling Center", "b"), size=12)
    x.p("Outpatient Psychiatric Clinic \u2014 Treatment Plan")
    x.p(f"Name: Tobias Lindenmeyer-Acheampong   DOB: 10/02/1996   Member ID: KVH448812307   Intake: {us(intake)}   Plan date: {us(pd)}")
    x.p("Diagnosis: F41.0 Panic disorder [episodic paroxysmal anxiety]")
    x.p("Expected duration of treatment: 6 months")
    x.p(("Goals", "b"))
    x.p("1. Reduce panic attacks from 4 per week to fewer than 1 per week by 05/26/2026.")
    x.p("2. Ride the bus to work at least 4 days a week without leaving early by 06/23/2026.")
    x.p(("Treatment modalities", "b"))
    x.p("Individual CBT with interoceptive exposure, 53 minutes weekly (90837); psychiatric evaluation and medication "
        "management every 4 weeks by the CRNP.")
    x.p("")
    x.p("Individual: Tobias Lindenmeyer-Acheampong    Date: " + us(pd))
    x.p("Therapist: Henrike Osterberg-Mensah, LPC    Date: " + us(pd))
    x.p("Approved: Celestine Warburton-Adjei, CRNP (psychiatric nurse practitioner)    Date: " + us(sig_np))
    x.save(f, title="Tx plan")
    assert days(intake, pd) <= PA_PLAN_DAYS
    check_common(f, [], as_of, [pd, sig_np], pd, [D("2026-05-26"), D("2026-06-23")])
    label(f, "base-treatment-plan", as_of, [["objective-missing"]], states=["pa-55-5200"],
          notes="Gap: the plan lists two dated, measurable goals but no objectives under them (55 Pa. Code 5200.31 "
                "asks for goals and objectives). Approval by a psychiatric CRNP (a nurse practitioner, counts as "
                "advanced practice professional). Compact single-column layout.")


# =============================================================================================

ALL = [r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20, r21,
       r22, r23, r24,
       h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14,
       p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11]


def main():
    LABELS.clear()
    for fn in ALL:
        fn()
    names = [e["file"] for e in LABELS]
    assert len(names) == len(set(names))
    for n in names:
        assert os.path.exists(os.path.join(OUT, n)), n
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    clean = sum(1 for e in LABELS if not e["must_report"])
    print(f"{len(LABELS)} plans written ({clean} clean)")


if __name__ == "__main__":
    main()
