#!/usr/bin/env python3
"""Write blind plan set 42 (emphasis: diagnoses and identifiers) and its labels.json.

Deterministic: run it twice and every byte is the same. Everything in these plans is invented.
Run with /work/main/.venv/bin/python make_plans.py (writes next to this file).
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import os
import re
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date
FIXED_TS = dt.datetime(2026, 11, 30, 9, 0, 0)

# --------------------------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def npi(base9: str) -> str:
    """A valid NPI from nine digits (first digit 1 or 2): Luhn check digit over 80840 + base."""
    assert len(base9) == 9 and base9[0] in "12", base9
    for c in "0123456789":
        if luhn_ok("80840" + base9 + c):
            return base9 + c
    raise AssertionError


def npi_valid(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and s[0] in "12" and luhn_ok("80840" + s)


def bad_npi(base9: str) -> str:
    """An NPI whose check digit is wrong (off by 3)."""
    good = npi(base9)
    bad = base9 + str((int(good[-1]) + 3) % 10)
    assert not npi_valid(bad)
    return bad


assert npi_valid("1234567893")  # the CMS example
assert npi("123456789") == "1234567893"

_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi_ok(s: str) -> bool:
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    pat = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for ch, p in zip(s, pat):
        if p == "C" and ch not in "123456789":
            return False
        if p == "N" and not ch.isdigit():
            return False
        if p == "A" and ch not in _MBI_ALPHA:
            return False
        if p == "AN" and not (ch.isdigit() or ch in _MBI_ALPHA):
            return False
    return True


# --------------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------------


def us(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def us_short(d: dt.date) -> str:
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def iso(d: dt.date) -> str:
    return d.isoformat()


def longd(d: dt.date) -> str:
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


def abbr(d: dt.date) -> str:
    return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")


def dmy(d: dt.date) -> str:
    return f"{d.day:02d}-{d.strftime('%b')}-{d.year}"


def plus(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def days(a: dt.date, b: dt.date) -> int:
    return (b - a).days


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


# --------------------------------------------------------------------------------------------
# DOCX helpers
# --------------------------------------------------------------------------------------------


def new_doc(font="Calibri", size=10.5, landscape=False, margins=0.8):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Inches(margins))
    return doc


def P(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, align=None, caps=False,
      color=None, space_after=None):
    par = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = par.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if caps:
            r.font.all_caps = True
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        par.paragraph_format.space_after = Pt(space_after)
    return par


def R(doc_or_cell, *parts, style=None, size=None):
    """A paragraph of runs: strings are plain, ("text", "b") bold, ("text", "i") italic, ("text", "bi")."""
    par = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for part in parts:
        if isinstance(part, tuple):
            t, fmt = part
        else:
            t, fmt = part, ""
        r = par.add_run(t)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
        r.underline = "u" in fmt
        if size:
            r.font.size = Pt(size)
    return par


def H(doc, text, level=1):
    return doc.add_heading(text, level=level)


def first_par(cell):
    return cell.paragraphs[0]


def cell_text(cell, text, bold=False, italic=False, size=None, shade=None):
    par = cell.paragraphs[0]
    lines = text.split("\n") if isinstance(text, str) else text
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        r = par.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if shade:
        shade_cell(cell, shade)
    return cell


def shade_cell(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def T(doc_or_cell, rows, header=True, style="Table Grid", widths=None, size=None, shade="D9D9D9",
      bold_first_col=False):
    ncols = max(len(r) for r in rows)
    t = doc_or_cell.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j in range(ncols):
            v = row[j] if j < len(row) else ""
            c = t.cell(i, j)
            cell_text(c, v, bold=(header and i == 0) or (bold_first_col and j == 0), size=size,
                      shade=shade if header and i == 0 and shade else None)
    if widths:
        for i, w in enumerate(widths):
            for r in t.rows:
                r.cells[i].width = Inches(w)
    return t


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def header_text(doc, lines, footer=False, size=8):
    sec = doc.sections[0]
    hf = sec.footer if footer else sec.header
    hf.is_linked_to_previous = False
    first = True
    for line in lines:
        par = hf.paragraphs[0] if first else hf.add_paragraph()
        first = False
        r = par.add_run(line)
        r.font.size = Pt(size)


def header_table(doc, rows, footer=False, size=8):
    sec = doc.sections[0]
    hf = sec.footer if footer else sec.header
    hf.is_linked_to_previous = False
    t = hf.add_table(rows=len(rows), cols=len(rows[0]), width=Inches(7))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, size=size)
    return t


_REV = {"n": 100}


def _next_id():
    _REV["n"] += 1
    return str(_REV["n"])


def tracked_par(doc, parts, author="Dana Okafor", date="2026-03-02T10:15:00Z"):
    """A paragraph with tracked changes: parts are ("t", text), ("ins", text), ("del", text)."""
    par = doc.add_paragraph()
    p = par._p
    for kind, text in parts:
        r = OxmlElement("w:r")
        if kind == "del":
            t = OxmlElement("w:delText")
        else:
            t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        if kind == "t":
            p.append(r)
        else:
            w = OxmlElement("w:ins" if kind == "ins" else "w:del")
            w.set(qn("w:id"), _next_id())
            w.set(qn("w:author"), author)
            w.set(qn("w:date"), date)
            w.append(r)
            p.append(w)
    return par


def sdt_inline(par, text, tag="field", alias=None, bold=False):
    """Append an inline content control (plain text) holding text to a paragraph."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    if alias:
        a = OxmlElement("w:alias")
        a.set(qn("w:val"), alias)
        pr.append(a)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    pr.append(tg)
    idn = OxmlElement("w:id")
    idn.set(qn("w:val"), _next_id())
    pr.append(idn)
    pr.append(OxmlElement("w:text"))
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
    par._p.append(sdt)
    return sdt


def sdt_block_wrap(doc, element, tag="block"):
    """Wrap a body-level element (paragraph or table) in a block content control."""
    el = element._element if hasattr(element, "_element") else element._p
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    pr.append(tg)
    idn = OxmlElement("w:id")
    idn.set(qn("w:val"), _next_id())
    pr.append(idn)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    el.addprevious(sdt)
    content.append(el)
    sdt.append(content)
    return sdt


def comment(doc, runs, text, author="QA Reviewer", initials="QA"):
    try:
        c = doc.add_comment(runs, text=text, author=author, initials=initials)
    except Exception:  # pragma: no cover - older python-docx
        return
    # a fixed comment date keeps the file byte-stable
    c._comment_elm.set(qn("w:date"), "2026-03-02T16:05:00Z")


def save_docx(doc, name, title="Treatment Plan", author="agency user"):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_TS
    cp.modified = FIXED_TS
    cp.last_printed = FIXED_TS
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    with open(os.path.join(OUT, name), "wb") as fh:
        fh.write(out.getvalue())


def sig_lines(doc, rows):
    """rows: list of strings, each a sign-off line."""
    for r in rows:
        P(doc, r)


BOILER_CRISIS = (
    "If you are in crisis, call or text 988 (Suicide & Crisis Lifeline) any time, day or night, or go to the "
    "nearest emergency department. After hours, the on-call clinician can be reached through the main number; "
    "messages left on the portal are not monitored overnight."
)
BOILER_CONSENT = (
    "I understand that participation in treatment is voluntary and that I may withdraw consent at any time. "
    "I have received a copy of the Notice of Privacy Practices and the Client Rights and Responsibilities "
    "statement. Information about my treatment will be released only with my written authorization or as "
    "permitted by law (45 CFR Parts 160 and 164; 42 CFR Part 2 where it applies)."
)
BOILER_GRIEVANCE = (
    "Grievances: you may file a complaint with the program director at any time. You will not lose services "
    "for filing a complaint. If the complaint is not resolved, you may contact your health plan's member "
    "services line printed on the back of your insurance card."
)


# --------------------------------------------------------------------------------------------
# profiles: the finding kinds each can report at error or warning (from `authcheck profiles show
# ID --resolved`, checked 2026-11-30; readability and info-only requirements left out)
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
    "commercial-aba": BASE | {"assessment-missing", "assessment-outdated", "caregiver-goal-missing",
                              "signature-missing", "diagnosis-not-covered", "duration-exceeds-limit",
                              "baseline-missing", "goal-not-measurable", "goal-missing", "goal-not-time-bound",
                              "review-date-missing", "review-interval-exceeded", "amount-missing"},
    "medicare-outpatient-therapy": BASE | {"signature-missing", "duration-missing", "goal-not-measurable",
                                           "goal-missing", "intervention-missing", "credential-not-permitted",
                                           "signature-late", "plan-late", "review-interval-exceeded",
                                           "review-overdue", "frequency-missing"},
    "medicare-home-health": BASE | {"duration-missing", "goal-not-measurable", "goal-missing",
                                    "intervention-missing", "credential-not-permitted", "signature-missing",
                                    "review-interval-exceeded", "review-overdue", "frequency-missing"},
    "pa-55-5200": {"field-missing", "plan-late", "goal-missing", "objective-missing", "intervention-missing",
                   "duration-missing", "signature-missing"},
    "ny-oasas-818": {"field-missing", "plan-late", "signature-missing", "signature-late", "diagnosis-missing",
                     "goal-missing", "intervention-missing"},
    "fl-65d-30": {"field-missing", "plan-late", "goal-missing", "objective-missing", "objective-not-measurable",
                  "objective-not-time-bound", "intervention-missing", "frequency-missing", "signature-missing",
                  "signature-late"},
    "ca-title9-ntp": {"field-missing", "plan-late", "goal-missing", "objective-missing",
                      "objective-not-time-bound", "review-date-missing", "review-interval-exceeded",
                      "review-overdue", "signature-missing", "signature-late"},
    "tx-26tac-564": {"goal-missing", "objective-missing", "objective-not-measurable", "objective-not-time-bound",
                     "intervention-missing", "frequency-missing", "duration-missing", "signature-missing"},
}

LABELS: list[dict] = []
PLANS: list[tuple] = []
SUMMARY: list[dict] = []


def label(file, payer, as_of, gaps=(), states=(), unsure=(), notes="", fmt="docx", layout=""):
    kinds = set(KINDS[payer])
    for s in states:
        kinds |= KINDS[s]
    gap_kinds = {k for g in gaps for k in g}
    for g in gaps:
        for k in g:
            assert k in kinds, (file, k)
    for u in unsure:
        assert u in kinds, (file, u)
    check_with = ["--payer", payer]
    for s in states:
        check_with += ["--state", s]
    check_with += ["--as-of", iso(as_of)]
    LABELS.append({
        "file": file,
        "check_with": check_with,
        "must_report": [list(g) for g in gaps],
        "must_not_report": sorted(kinds - gap_kinds - set(unsure)),
        "notes": notes + (f" Layout: {layout}" if layout else ""),
    })
    SUMMARY.append({"file": file, "fmt": fmt, "payer": payer, "states": list(states), "clean": not gaps,
                    "gaps": [g[0] for g in gaps]})


def plan(fn):
    PLANS.append(fn)
    return fn


# --------------------------------------------------------------------------------------------
# self-checks of dates against the profile numbers
# --------------------------------------------------------------------------------------------


def chk_common(plan_date, as_of, sig_dates=(), targets=(), reviews=(), dob=None):
    for s in sig_dates:
        assert plan_date <= s <= as_of, ("signature outside plan..as_of", s, plan_date, as_of)
    for t in targets:
        assert t > plan_date, ("target before plan", t)
    for r in reviews:
        assert r > plan_date, ("review before plan", r)
    if dob:
        assert dob < plan_date


def chk_psy(plan_date, as_of, duration_days):
    assert days(plan_date, as_of) <= 365, "plan-current"
    assert plan_date <= as_of
    assert duration_days < 365, "duration under one year"


def chk_pa(admission, plan_date, late=False):
    d = days(admission, plan_date)
    assert (d > 30) if late else (0 <= d <= 30), ("pa plan-timely", d)


def chk_ny(admission, plan_date, md_sig, late_md=False):
    assert 0 <= days(admission, plan_date) <= 7
    d = days(admission, md_sig)
    assert (d > 10) if late_md else (d <= 10), ("ny physician", d)


FL_LEVEL_DAYS = {"intensive inpatient": 3, "residential level 1": 7, "residential level 2": 15,
                 "residential level 3": 15, "residential level 4": 15, "day or night treatment": 10}


def chk_fl(admission, plan_date, level, qp_sig=None):
    assert 0 <= days(admission, plan_date) <= FL_LEVEL_DAYS[level], "fl plan-timely"
    if qp_sig:
        assert days(plan_date, qp_sig) <= 10, "fl countersign"


def chk_ca(admission, plan_date, review, as_of, sup_sig, md_sig):
    assert 0 <= days(admission, plan_date) <= 28
    assert days(admission, review) <= 92
    assert as_of <= review, "review not yet due"
    assert days(plan_date, sup_sig) <= 14 and days(plan_date, md_sig) <= 14


def chk_aba(plan_date, period, review, assessments, as_of):
    start, end = period
    assert end <= add_months(start, 6), "period at most 6 months"
    assert days(plan_date, review) <= 184, "review interval"
    assert review <= end or True
    for a in assessments:
        assert 0 <= days(a, plan_date) <= 365, "assessment recent"
    assert plan_date <= as_of


def chk_opt(eval_date, plan_date, period, recert, md_sig, as_of, duration_days, late_md=False):
    assert plan_date <= eval_date, "plan before or on first treatment"
    assert days(eval_date, period[1]) <= 90 and days(eval_date, recert) <= 90, "90-day certification"
    assert as_of <= period[1] and as_of <= recert, "recert not overdue"
    d = days(eval_date, md_sig)
    assert (d > 30) if late_md else (0 <= d <= 30), "certification within 30 days"
    assert duration_days <= 90


def chk_hh(soc, period, md_sig, as_of):
    assert period[0] == soc
    assert days(soc, period[1]) <= 60, "60-day certification"
    assert soc <= as_of <= period[1]
    assert soc <= md_sig <= as_of


# ============================================================================================
# Medicare psychotherapy plans (some with Pennsylvania licensure)
# ============================================================================================


@plan
def ai01():
    f = "ai01_juniper_ridge_psychotherapy.docx"
    pd, asof = D(2026, 3, 9), D(2026, 6, 15)
    dob = D(1951, 2, 14)
    mbi = "3TW7KD2MF81"
    clin_npi, grp_npi = npi("145872093"), npi("166203847")
    t1, t2, t3 = D(2026, 6, 8), D(2026, 5, 11), D(2026, 4, 20)
    end = D(2026, 9, 8)
    chk_common(pd, asof, [pd, pd], [t1, t2, t3], [D(2026, 9, 1)], dob)
    chk_psy(pd, asof, days(pd, end))
    assert mbi_ok(mbi) and npi_valid(clin_npi) and npi_valid(grp_npi)

    doc = new_doc()
    header_text(doc, [f"Juniper Ridge Counseling, LLC  |  Rosalind Achterberg  |  MBI {mbi}  |  DOB {us(dob)}"])
    header_text(doc, ["Confidential behavioral health record. Redisclosure prohibited.  Page numbering per print."],
                footer=True)
    P(doc, "Juniper Ridge Counseling, LLC", bold=True, size=14, align="center")
    P(doc, "418 Tamarack Avenue, Suite 2 · Bellmont, OH 43011 · (740) 555-0142", align="center", size=9)
    H(doc, "Individual Treatment Plan", 0)
    H(doc, "Client Information", 1)
    R(doc, ("Client Name: ", "b"), "Rosalind M. Achterberg", "     ", ("Date of Birth: ", "b"), us(dob))
    R(doc, ("Insurance: ", "b"), "Medicare Part B", "     ", ("Medicare Beneficiary Identifier (MBI): ", "b"), mbi)
    R(doc, ("Plan Date: ", "b"), us(pd), "     ", ("Plan Type: ", "b"), "Initial")
    H(doc, "Provider", 1)
    T(doc, [["Treating clinician", "Credential", "Individual NPI", "Group NPI"],
            ["Marguerite Oyelaran", "LCSW", clin_npi, grp_npi]])
    H(doc, "Presenting Problem", 1)
    P(doc, "Ms. Achterberg (75) was referred by her primary care physician after the death of her husband in "
           "October 2025. She reports low mood most days, loss of interest in choir and church activities, early "
           "waking, and daily worry about finances and her own health. She denies suicidal ideation, plan or "
           "intent (C-SSRS screen negative 03/02/2026).")
    H(doc, "Diagnoses", 1)
    T(doc, [["ICD-10-CM", "DSM-5-TR diagnosis", "Status"],
            ["F33.1", "Major depressive disorder, recurrent episode, moderate", "Primary"],
            ["F41.1", "Generalized anxiety disorder", "Secondary"],
            ["Z63.4", "Uncomplicated bereavement (disappearance and death of family member)", "Focus of attention"]],
        widths=[1.0, 4.2, 1.4])
    H(doc, "Goals and Objectives", 1)
    P(doc, "Goal 1: Rosalind will lift her mood enough to return to choir practice and weekly visits with her "
           "sister.", bold=True)
    P(doc, f"Objective 1a: Reduce PHQ-9 total score from 16 (03/02/2026) to 9 or lower by {us(t1)}, measured monthly.",
      style="List Bullet")
    P(doc, f"Objective 1b: Schedule and complete at least 3 planned pleasant activities per week, recorded on an "
           f"activity log, by {us(t2)}.", style="List Bullet")
    P(doc, "Goal 2: Rosalind will worry less and feel more in control of daily decisions.", bold=True)
    P(doc, f"Objective 2a: Reduce GAD-7 score from 13 to below 8 by {us(t1)}.", style="List Bullet")
    P(doc, f"Objective 2b: Use paced breathing or a grounding skill on at least 4 of 7 days per week, per her "
           f"self-monitoring log, by {us(t3)}.", style="List Bullet")
    H(doc, "Interventions", 1)
    P(doc, "Cognitive behavioral therapy with behavioral activation; grief-focused processing; worry exposure and "
           "problem-solving training; psychoeducation about sleep.")
    H(doc, "Services, Frequency and Duration", 1)
    T(doc, [["CPT", "Service", "Session length", "Frequency", "Duration"],
            ["90837", "Individual psychotherapy", "53-60 minutes", "Weekly", f"6 months (through {us(end)})"]])
    R(doc, ("Expected Duration: ", "b"), f"6 months (through {us(end)})")
    R(doc, ("Next Review Date: ", "b"), us(D(2026, 9, 1)))
    H(doc, "Crisis Resources", 2)
    P(doc, BOILER_CRISIS, italic=True, size=9)
    H(doc, "Signatures", 1)
    P(doc, f"Electronically signed by Marguerite Oyelaran, LCSW on {us(pd)} 4:12 PM")
    P(doc, f"Client signature: Rosalind M. Achterberg     Date: {us(pd)}")
    save_docx(doc, f)
    label(f, "medicare-psychotherapy", asof,
          notes="Clean. Diagnoses in an ICD-10-CM | DSM-5-TR | Status table (F33.1 primary, F41.1, Z63.4); MBI in "
                "the page header and the client block; individual and group NPIs (valid) in a provider table.",
          layout="Word headings, label: value runs, bulleted objectives, services table, e-signature line.")


@plan
def ai02():
    f = "ai02_allegheny_fieldstone_pa_plan.docx"
    intake, pd, asof = D(2026, 1, 20), D(2026, 2, 12), D(2026, 4, 20)
    dob = D(1956, 7, 30)
    mbi = "6HR2-UA7-CK95"
    lpc_npi, md_npi = npi("184420617"), npi("130599284")
    t = [D(2026, 5, 12), D(2026, 4, 15), D(2026, 5, 12), D(2026, 6, 30)]
    end = D(2026, 8, 12)
    chk_common(pd, asof, [pd, pd, D(2026, 2, 17)], t, [D(2026, 5, 12)], dob)
    chk_psy(pd, asof, days(pd, end))
    chk_pa(intake, pd)
    assert mbi_ok(mbi)

    doc = new_doc(font="Arial", size=10)
    P(doc, "ALLEGHENY FIELDSTONE BEHAVIORAL HEALTH", bold=True, size=13, align="center")
    P(doc, "Licensed Psychiatric Outpatient Clinic (55 Pa. Code Ch. 5200) · 2210 Brackenridge Rd · Natrona Heights, PA 15065",
      size=8, align="center")
    P(doc, "TREATMENT PLAN — OUTPATIENT", bold=True, size=12, align="center")
    t1 = T(doc, [["Consumer name", "Teodoro A. Barrientos", "DOB", us(dob)],
                 ["Medicare #", mbi, "Secondary ins.", "None"],
                 ["Intake / assessment date", us(intake), "Plan completed", us(pd)],
                 ["Primary therapist", "Wendell Ashgrove, LPC (NPI " + lpc_npi + ")", "Program", "Adult OP"]],
           header=False, bold_first_col=True)
    for row in t1.rows:
        row.cells[2].paragraphs[0].runs[0].bold = True
    P(doc, "")
    P(doc, "DIAGNOSTIC IMPRESSION (ICD-10 / DSM-5)", bold=True)
    T(doc, [["Code", "Diagnosis", "Rank"],
            ["F43.8", "Other specified trauma- and stressor-related disorder (persistent complex bereavement)",
             "Primary"],
            ["Z63.4", "Disappearance and death of family member", "Secondary"],
            ["I10", "Essential hypertension — medical, managed by PCP", "Medical"]])
    P(doc, "")
    P(doc, "STRENGTHS / BARRIERS", bold=True)
    P(doc, "Strengths: close relationship with adult daughter, retired machinist with strong work ethic, attends "
           "Mass weekly. Barriers: does not drive after dark, hearing loss (uses aids).")
    P(doc, "PROBLEMS, GOALS AND OBJECTIVES", bold=True)
    T(doc, [["Problem", "Goal", "Objectives (measurable)", "Target date", "Modality"],
            ["1. Intense yearning and preoccupation with late son; avoids his room and the cemetery",
             "Teodoro will be able to remember his son without being overwhelmed and return to usual routines.",
             "1a. Reduce the Inventory of Complicated Grief score from 41 to below 30.\n"
             "1b. Visit the cemetery or son's room at least 2 times per month with a distress rating of 5/10 or less.",
             f"{us(t[0])}\n{us(t[1])}", "Grief-focused CBT; imaginal revisiting; behavioral experiments"],
            ["2. Social withdrawal since the death",
             "Teodoro will reconnect with friends and his parish.",
             "2a. Attend the parish men's breakfast or another social activity at least 2 times per month.\n"
             "2b. Make 1 phone call per week to a friend or relative, recorded in his planner.",
             f"{us(t[2])}\n{us(t[3])}", "Behavioral activation; family session with daughter as needed"]],
      size=9)
    P(doc, "")
    P(doc, "SERVICES / FREQUENCY / EXPECTED DURATION", bold=True)
    T(doc, [["Service", "Code", "Amount", "Frequency", "Expected duration"],
            ["Individual psychotherapy", "90834", "45 minutes", "Weekly", "6 months"],
            ["Family psychotherapy with patient", "90847", "50 minutes", "Once a month", "6 months"]])
    P(doc, f"Plan period: {us(pd)} through {us(end)}.   Review due: {us(D(2026, 5, 12))}")
    P(doc, "")
    P(doc, "SIGNATURES", bold=True)
    T(doc, [["Role", "Name / credential", "Signature", "Date"],
            ["Consumer", "Teodoro A. Barrientos", "Teodoro A. Barrientos", us(pd)],
            ["Therapist (MHP)", "Wendell Ashgrove, LPC", "/s/ W. Ashgrove", us(pd)],
            ["Psychiatrist approval", "Priyanka Deshmukh-Hale, MD (NPI " + md_npi + ")", "/s/ P. Deshmukh-Hale MD",
             us(D(2026, 2, 17))]])
    P(doc, "")
    P(doc, BOILER_CONSENT, size=8, italic=True)
    save_docx(doc, f)
    label(f, "medicare-psychotherapy", asof, states=["pa-55-5200"],
          gaps=[["diagnosis-code-not-billable", "diagnosis-code-invalid"]],
          notes="Gap: the primary diagnosis is coded F43.8, the DSM-5 (2013) code for other specified trauma- and "
                "stressor-related disorder; F43.8 became a category on 2022-10-01 (now F43.81/F43.89), so it is no "
                "longer billable (retired code; either not-billable or invalid satisfies the gap). Other codes valid; "
                "plan 23 days after intake; psychiatrist approval signed.",
          layout="One form table for identification, diagnosis table with Rank column, a problem/goal/objective grid "
                 "with stacked target dates, services table, signer table.")


@plan
def ai03():
    f = "ai03_clarion_street_narrative_plan.docx"
    pd, asof = D(2026, 4, 2), D(2026, 7, 10)
    dob = D(1948, 11, 3)
    mbi = "5KJ2-HY4-PW63"
    phd_npi = npi("102938475")
    end = plus(pd, 20 * 7)
    t = [D(2026, 6, 25), D(2026, 5, 28), D(2026, 6, 25)]
    chk_common(pd, asof, [pd], t, [D(2026, 7, 2)], dob)
    chk_psy(pd, asof, days(pd, end))
    assert mbi_ok(mbi)

    doc = new_doc(font="Georgia", size=11)
    P(doc, "CLARION STREET PSYCHOLOGICAL ASSOCIATES", bold=True, align="center")
    P(doc, "77 Clarion Street · Fairhaven, MA 02719 · Tel (508) 555-0190 · Fax (508) 555-0191", size=9, align="center")
    P(doc, "")
    P(doc, longd(pd))
    P(doc, "Re: Psychotherapy Treatment Plan", bold=True)
    P(doc, f"Patient: Hollis Pemberton-Vance   Born: {us(dob)}")
    P(doc, f"Medicare Beneficiary Identifier {mbi}")
    P(doc, "")
    P(doc, "Reason for referral", bold=True)
    P(doc, "Mr. Pemberton-Vance is a 77-year-old retired ferry captain referred by Dr. Anselm Kiwanuka (internal "
           "medicine) for chronic low mood, irritability and poor sleep. Symptoms have been present most days for "
           "more than two years and worsened after his retirement and a move to an apartment. He sleeps about "
           "four and a half hours a night and naps in the afternoon.")
    P(doc, "Diagnostic impressions", bold=True)
    P(doc, "Based on the clinical interview of 03/26/2026, the PHQ-9 (14), the Insomnia Severity Index (19) and "
           "collateral information from his wife, he meets DSM-5-TR criteria for:")
    P(doc, "Persistent depressive disorder (dysthymia), with anxious distress, late onset, moderate", style="List Bullet")
    P(doc, "Insomnia disorder, persistent", style="List Bullet")
    P(doc, "There is no history of mania or psychosis. Alcohol use is light (two beers a week, AUDIT-C 2).")
    P(doc, "Goals of treatment", bold=True)
    P(doc, "The first goal of treatment is to relieve his chronic low mood so that he takes part again in the "
           f"activities he valued. Mr. Pemberton-Vance will reduce his PHQ-9 score from 14 to 7 or below by "
           f"{us(t[0])}. He will also volunteer at the maritime museum or attend his veterans' group at least once "
           f"a week by {us(t[1])}.")
    P(doc, "The second goal is better sleep. He will raise his sleep efficiency from 68% to at least 85% on his "
           f"sleep diary and lower his Insomnia Severity Index from 19 to below 10 by {us(t[2])}.")
    P(doc, "Treatment approach", bold=True)
    P(doc, "Cognitive behavioral therapy for depression, with cognitive behavioral therapy for insomnia (sleep "
           "restriction, stimulus control, sleep hygiene). His wife may join one session for psychoeducation.")
    P(doc, f"Individual psychotherapy (CPT 90834, 45 minutes) once a week for approximately 20 weeks, through "
           f"{us(end)}. Expected duration: 20 weeks. The plan will be reviewed with him on or before {us(D(2026, 7, 2))}.")
    P(doc, "")
    P(doc, "Please contact me with any questions. A copy of this plan has been given to the patient.")
    P(doc, "")
    P(doc, f"/s/ Imogen Castellanos, PhD   {us(pd)}")
    P(doc, f"Imogen Castellanos, PhD, Licensed Psychologist · NPI {phd_npi}")
    P(doc, "cc: Anselm Kiwanuka, MD", size=9)
    save_docx(doc, f)
    label(f, "medicare-psychotherapy", asof, gaps=[["diagnosis-code-missing"]],
          notes="Gap: both diagnoses are written only as DSM-5-TR names (persistent depressive disorder; insomnia "
                "disorder) with no ICD-10-CM code anywhere in the plan. MBI written with dashes; psychologist NPI valid.",
          layout="Letter-style narrative plan: goals and objectives in prose ('The first goal ... He will ...'), "
                 "service in a sentence, /s/ signature at the foot.")


@plan
def ai04():
    f = "ai04_careledger_export_ptsd.docx"
    pd, asof = D(2026, 5, 18), D(2026, 8, 3)
    dob = D(1953, 9, 21)
    mbi = "7DN4XE1RT52"
    npi_c = npi("170044312")
    t = [D(2026, 8, 17), D(2026, 7, 13), D(2026, 8, 17), D(2026, 6, 29)]
    end = D(2026, 11, 16)
    chk_common(pd, asof, [pd], t, [D(2026, 8, 17)], dob)
    chk_psy(pd, asof, days(pd, end))
    assert mbi_ok(mbi)

    doc = new_doc(font="Courier New", size=9, margins=0.6)
    lines = [
        "CareLedger EHR (release 11.4) - TREATMENT PLAN REPORT                 Printed " + us(D(2026, 5, 18)) + " 17:02",
        "------------------------------------------------------------------------------------------",
        f"PATIENT: KOWALCZYK, BERNADETTE A | DOB: {us(dob)} | SEX: F | MRN: 20-118834",
        f"PAYER: MEDICARE PART B | MBI: {mbi} | SECONDARY: AARP MEDIGAP PLAN G",
        f"PLAN DATE: {us(pd)} | PLAN TYPE: INITIAL | LOCATION: OFFICE (POS 11)",
        f"RENDERING: STRAND, CORMAC J, LPCC | NPI: {npi_c} | TAXONOMY: 101YP2500X",
        "------------------------------------------------------------------------------------------",
        "DIAGNOSES",
        "SEQ | ICD10 | DESCRIPTION                                            | TYPE      | STATUS",
        "1   | F4312 | Posttraumatic stress disorder, chronic                 | PRIMARY   | ACTIVE",
        "2   | F1021 | Alcohol use disorder, severe, in sustained remission   | SECONDARY | ACTIVE",
        "3   | F3181 | R/O Bipolar II disorder                                | RULE-OUT  | PROVISIONAL",
        "4   | E119  | Type 2 diabetes mellitus without complications         | MEDICAL   | ACTIVE (PCP)",
        "------------------------------------------------------------------------------------------",
        "PROBLEM LIST / GOALS / OBJECTIVES",
        "Problem #1: Intrusive memories, nightmares and avoidance related to 1991 assault",
        "Long Term Goal: Bernadette will feel safe enough to sleep through the night and go to public places alone.",
        f"Short Term Objective 1.1: Reduce PCL-5 total from 52 to below 33. Target Date: {us(t[0])}",
        f"Short Term Objective 1.2: Reduce nightmares from 5 per week to 1 or fewer per week (sleep log). Target Date: {us(t[1])}",
        "Intervention 1.1: Cognitive Processing Therapy (12-session protocol), 53-minute sessions weekly.",
        "Problem #2: Protecting sobriety while processing trauma",
        "Long Term Goal: Bernadette will stay sober from alcohol during trauma-focused treatment.",
        f"Short Term Objective 2.1: Report 0 drinking days on weekly timeline follow-back. Target Date: {us(t[2])}",
        f"Short Term Objective 2.2: Identify 3 early warning signs of relapse and 1 coping response for each in writing. Target Date: {us(t[3])}",
        "Intervention 2.1: Relapse prevention skills integrated into CPT sessions; continue AA (self-reported 2x/week).",
        "------------------------------------------------------------------------------------------",
        "SERVICES",
        "CPT   | DESCRIPTION                   | MINUTES | FREQUENCY | DURATION",
        "90837 | Psychotherapy, 60 min         | 53-60   | 1x/week   | 26 weeks",
        f"EXPECTED DURATION: 26 WEEKS (THROUGH {us(end)})",
        f"NEXT TX PLAN REVIEW: {us(D(2026, 8, 17))}",
        "------------------------------------------------------------------------------------------",
        "PRIOR EPISODE (HISTORY) - NOT ACTIVE",
        "2019 episode (other provider): 309.81 PTSD; 303.90 alcohol dependence. Discharged 11/2019.",
        "------------------------------------------------------------------------------------------",
        f"Electronically signed by Cormac J. Strand, LPCC on {us(pd)} 16:58",
        "Patient participated in developing this plan and received a copy.",
    ]
    for ln in lines:
        P(doc, ln, space_after=0)
    save_docx(doc, f)
    label(f, "medicare-psychotherapy", asof,
          notes="Clean. Diagnosis codes written without the dot as in claim files (F4312, F1021, F3181, E119 = F43.12, "
                "F10.21, F31.81, E11.9, all billable); a rule-out/provisional row; an earlier episode's ICD-9 codes "
                "(309.81, 303.90) under a 'PRIOR EPISODE (HISTORY)' line, which are not diagnoses of this plan.",
          layout="EHR text export in Courier with pipe-separated columns, 'Problem #1:' / 'Long Term Goal:' / "
                 "'Short Term Objective 1.1:' lines, e-signature line.")


@plan
def ai05():
    f = "ai05_pinecrest_bold_titles.docx"
    pd, asof = D(2026, 2, 23), D(2026, 5, 4)
    dob = D(1957, 6, 2)
    mbi = "2QM9-WV3-HN17"
    grp = npi("149920374")
    bad = bad_npi("167703318")
    t = [D(2026, 5, 18), D(2026, 4, 6), D(2026, 5, 18)]
    end = D(2026, 8, 24)
    chk_common(pd, asof, [pd], t, [D(2026, 5, 26)], dob)
    chk_psy(pd, asof, days(pd, end))
    assert mbi_ok(mbi)

    doc = new_doc(font="Calibri", size=11)
    header_text(doc, [f"Pinecrest Counseling Group · Group NPI {grp} · Rendering provider NPI {bad}",
                      "Treatment plan — Vivienne Okoro-Lindqvist"])
    P(doc, "PINECREST COUNSELING GROUP", bold=True, size=14)
    P(doc, "Outpatient Treatment Plan", italic=True)
    P(doc, "CLIENT INFORMATION", bold=True)
    P(doc, "Name: Vivienne Okoro-Lindqvist")
    P(doc, f"DOB: {us(dob)}")
    P(doc, f"Medicare ID (MBI): {mbi}")
    P(doc, f"Date of plan: {us(pd)}")
    P(doc, "Clinician: Agnieszka Fairweather, LMHC")
    P(doc, "DIAGNOSIS", bold=True)
    P(doc, "f41.1 generalized anxiety disorder (primary)")
    P(doc, "f40.10 social anxiety disorder")
    P(doc, "PRESENTING CONCERNS", bold=True)
    P(doc, "Retired school librarian with lifelong worry that intensified after her husband's cardiac surgery; "
           "avoids restaurants and group events, checks on husband's breathing at night.")
    P(doc, "GOALS AND OBJECTIVES", bold=True)
    P(doc, "Goal 1. Vivienne will spend less of each day worrying.")
    P(doc, f"   1a. GAD-7 score will decrease from 15 to 7 or less by {us(t[0])}.")
    P(doc, f"   1b. Night-time checking will decrease from about 6 times per night to 1 or fewer, per her log, by {us(t[1])}.")
    P(doc, "Goal 2. Vivienne will take part in social activities she has been avoiding.")
    P(doc, f"   2a. Attend at least 2 group activities per month (book club, church supper) by {us(t[2])}.")
    P(doc, "INTERVENTIONS", bold=True)
    P(doc, "CBT for generalized anxiety (worry postponement, cognitive restructuring); graded in-vivo exposure for "
           "social situations; relaxation training.")
    P(doc, "FREQUENCY / DURATION", bold=True)
    P(doc, "Individual psychotherapy 90834, 45 minutes, once weekly. Expected duration: 6 months "
           f"(through {us(end)}). Next review {us(D(2026, 5, 26))}.")
    P(doc, "SIGNATURES", bold=True)
    P(doc, f"Clinician: Agnieszka Fairweather, LMHC    {us(pd)}")
    P(doc, f"Client: Vivienne Okoro-Lindqvist    {us(pd)}")
    save_docx(doc, f)
    label(f, "medicare-psychotherapy", asof, gaps=[["identifier-invalid"]],
          notes=f"Gap: the rendering provider NPI in the page header ({bad}) fails the Luhn check over 80840 (the "
                f"group NPI {grp} beside it is valid). Diagnosis codes are written in lower case (f41.1, f40.10), "
                "which are valid billable codes.",
          layout="Bold all-caps titles over plain 'Label: value' lines, typed outline numbering (1a, 1b), "
                 "sign-off lines without separate date labels.")


@plan
def ai06():
    f = "ai06_keystone_hollow_old_template.docx"
    intake, pd, asof = D(2026, 6, 1), D(2026, 6, 22), D(2026, 8, 14)
    dob = D(1959, 3, 11)
    mbi = "9CA3-EN5-GU40"
    lcsw_npi, do_npi = npi("113579246"), npi("208642135")
    t = [D(2026, 9, 21), D(2026, 8, 3), D(2026, 9, 21)]
    end = D(2026, 12, 21)
    approve = D(2026, 6, 25)
    chk_common(pd, asof, [pd, pd, approve], t, [D(2026, 9, 21)], dob)
    chk_psy(pd, asof, days(pd, end))
    chk_pa(intake, pd)
    assert mbi_ok(mbi)

    doc = new_doc(font="Times New Roman", size=11)
    P(doc, "Keystone Hollow Community Mental Health Clinic", bold=True, size=13, align="center")
    P(doc, "Outpatient Services — Individual Treatment Plan (Form KH-TP-7, rev. 2012)", align="center", size=9)
    P(doc, "")
    T(doc, [["Name of individual: Clement R. Haverford", f"Birth date: {us(dob)}"],
            [f"Medicare claim no.: {mbi}", "Medical Assistance: n/a"],
            [f"Intake date: {us(intake)}", f"Date plan written: {us(pd)}"]], header=False, style="Table Grid")
    P(doc, "")
    P(doc, "I. DIAGNOSIS", bold=True)
    T(doc, [["DSM Code", "Diagnosis"],
            ["309.81", "Posttraumatic Stress Disorder"],
            ["", "Medical conditions: see PCP records"]])
    P(doc, "")
    P(doc, "II. PROBLEMS / GOALS / OBJECTIVES", bold=True)
    P(doc, "Problem 1: Flashbacks and hypervigilance since a 2024 highway accident in which he was the driver.")
    P(doc, "Goal 1: Clement will be able to drive to appointments and the grocery store without panic.")
    P(doc, f"Objective 1.1: Reduce PCL-5 from 48 to 30 or below by {us(t[0])}.")
    P(doc, f"Objective 1.2: Drive on a local road for at least 15 minutes, 3 times per week, with SUDS no higher "
           f"than 40, by {us(t[1])}.")
    P(doc, "Problem 2: Irritability with his spouse.")
    P(doc, "Goal 2: Reduce arguments at home.")
    P(doc, f"Objective 2.1: No more than 1 shouting argument per week, per spouse and client report, by {us(t[2])}.")
    P(doc, "")
    P(doc, "III. TREATMENT MODALITIES", bold=True)
    P(doc, "Prolonged exposure therapy; in-vivo driving hierarchy; couples communication skills (1-2 conjoint sessions).")
    P(doc, "Individual psychotherapy (90837), 60-minute sessions, weekly.")
    P(doc, f"IV. EXPECTED DURATION OF TREATMENT: six months (until {us(end)})", bold=True)
    P(doc, f"Treatment plan review: every 90 days; next {us(D(2026, 9, 21))}")
    P(doc, "")
    P(doc, "V. SIGNATURES", bold=True)
    P(doc, f"Individual: Clement R. Haverford                Date: {us(pd)}")
    P(doc, f"Mental health professional: Odessa Marchetti, LCSW (NPI {lcsw_npi})      Date: {us(pd)}")
    P(doc, f"Approved — Psychiatrist: Bartholomew Ilunga, DO (NPI {do_npi})      Date: {us(approve)}")
    save_docx(doc, f)
    label(f, "medicare-psychotherapy", asof, states=["pa-55-5200"],
          gaps=[["diagnosis-code-invalid", "diagnosis-code-missing"]],
          notes="Gap: the only diagnosis is coded 309.81, the DSM-IV/ICD-9-CM code for PTSD, in an old 'DSM Code' "
                "column; it is not an ICD-10-CM code (F43.1x). Invalid or missing ICD-10-CM code both satisfy the "
                "gap. Otherwise complete for PA: intake-to-plan 21 days, DO approval, client and LCSW signatures.",
          layout="Old agency form: identification in a 2-column grid with labels inside the cells, Roman-numeral "
                 "section titles, 'Problem 1:/Goal 1:/Objective 1.1:' lines, signature lines with NPIs.")


@plan
def ai07():
    f = "ai07_tidewater_tracked_changes.docx"
    pd, asof = D(2026, 3, 2), D(2026, 3, 20)
    dob = D(1960, 12, 19)
    mbi = "4FY8-T29-AK63"
    c_npi = npi("192837465")
    t = [D(2026, 6, 1), D(2026, 4, 27), D(2026, 6, 1)]
    end = D(2026, 8, 31)
    chk_common(pd, asof, [pd, D(2026, 3, 3)], t, [D(2026, 6, 1)], dob)
    chk_psy(pd, asof, days(pd, end))
    assert mbi_ok(mbi)

    doc = new_doc(font="Cambria", size=11)
    H(doc, "Tidewater Psychotherapy Partners", 1)
    P(doc, "Master Treatment Plan", bold=True)
    R(doc, ("Patient: ", "b"), "Leopold Nakashima-Byrne   ", ("DOB: ", "b"), us(dob), "   ", ("MBI: ", "b"), mbi)
    R(doc, ("Plan established: ", "b"), longd(pd), "   ", ("Therapist: ", "b"), "Sunniva Adebayo-Kern, LMFT")
    R(doc, ("Therapist NPI: ", "b"), c_npi)
    H(doc, "Diagnoses", 2)
    tracked_par(doc, [("t", "Primary: "), ("del", "F32.1 Major depressive disorder, single episode, moderate"),
                      ("ins", "F33.1 Major depressive disorder, recurrent, moderate")],
                author="Sunniva Adebayo-Kern", date="2026-03-02T15:40:00Z")
    p2 = P(doc, "Secondary: F41.1 Generalized anxiety disorder; Z56.0 Unemployment, unspecified")
    comment(doc, p2.runs, "Z56.0 kept as a focus of treatment — lost job 12/2025.", author="Clinical Records",
            initials="CR")
    P(doc, "Dx summary line for billing: F33.1 (primary); F41.1; Z56.0", italic=True, size=9)
    H(doc, "Presenting problem", 2)
    P(doc, "Laid off from shipyard planning job in December 2025; second depressive episode (first in 2014, "
           "treated with sertraline). Poor sleep, guilt, withdrawal from his adult children; worry about money.")
    H(doc, "Goals", 2)
    P(doc, "1) Leopold will regain his usual energy and routine.", bold=True)
    P(doc, f"   a) PHQ-9 will fall from 18 to under 10 by {us(t[0])}.")
    p = tracked_par(doc, [("t", "   b) He will get up by 8:00 AM on at least 5 of 7 days per week "),
                          ("ins", "(sleep/activity log) "), ("t", f"by {us(t[1])}.")],
                    author="Sunniva Adebayo-Kern", date="2026-03-02T15:44:00Z")
    P(doc, "2) Leopold will manage money worry without avoiding his bills.", bold=True)
    P(doc, f"   a) GAD-7 from 12 to 6 or less, and open and sort his mail at least 3 times per week, by {us(t[2])}.")
    H(doc, "Treatment", 2)
    P(doc, "Modality: CBT and behavioral activation; problem-solving therapy for job search and finances.")
    P(doc, "Psychotherapy 90834 — 45 minutes — weekly — expected duration 26 weeks (through " + us(end) + ").")
    H(doc, "Sign-off", 2)
    P(doc, f"Sunniva Adebayo-Kern, LMFT — electronically signed {us(pd)}")
    P(doc, f"Patient: Leopold Nakashima-Byrne — signed {us(D(2026, 3, 3))}")
    save_docx(doc, f)
    label(f, "medicare-psychotherapy", asof,
          notes="Clean. The primary diagnosis line is a tracked change: F32.1 deleted, F33.1 inserted (the document "
                "as Word shows it carries F33.1). Several codes on one line ('F33.1 (primary); F41.1; Z56.0'), a "
                "comment on the secondary line. All codes billable.",
          layout="Small headings, label runs on one line, typed outline letters a)/b), tracked insertion in an "
                 "objective, sign-off as 'Name, credential — electronically signed DATE'.")


@plan
def ai08():
    f = "ai08_meridian_one_table_no_member_id.docx"
    pd, asof = D(2026, 7, 6), D(2026, 9, 21)
    dob = D(1949, 4, 27)
    c_npi = npi("128374650")
    t = [D(2026, 10, 5), D(2026, 9, 7), D(2026, 10, 5)]
    end = D(2027, 1, 4)
    chk_common(pd, asof, [pd], t, [D(2026, 10, 5)], dob)
    chk_psy(pd, asof, days(pd, end))

    doc = new_doc(font="Arial", size=9.5)
    t_ = doc.add_table(rows=12, cols=4)
    t_.style = "Table Grid"
    def put(r, c, text, bold=False):
        cell_text(t_.cell(r, c), text, bold=bold)
    a = t_.cell(0, 0).merge(t_.cell(0, 3))
    cell_text(a, "MERIDIAN BEHAVIORAL CARE — PSYCHOTHERAPY TREATMENT PLAN", bold=True, shade="BDD7EE")
    put(1, 0, "Patient", True); put(1, 1, "Augustin Ferreira-Lund"); put(1, 2, "DOB", True); put(1, 3, us(dob))
    put(2, 0, "MRN", True); put(2, 1, "00482213"); put(2, 2, "SSN (last 4)", True); put(2, 3, "xxx-xx-4471")
    put(3, 0, "Insurance", True); put(3, 1, "Medicare Part B — card on file at front desk")
    put(3, 2, "Plan date", True); put(3, 3, us(pd))
    put(4, 0, "Clinician", True); put(4, 1, "Henrike Obuya, LCSW-C"); put(4, 2, "NPI", True); put(4, 3, c_npi)
    b = t_.cell(5, 0); put(5, 0, "Diagnoses", True)
    c = t_.cell(5, 1).merge(t_.cell(5, 3))
    cell_text(c, "F43.23  Adjustment disorder with mixed anxiety and depressed mood (primary)\n"
                 "G47.00  Insomnia, unspecified\nZ60.2  Problems related to living alone")
    put(6, 0, "Presenting problem", True)
    cell_text(t_.cell(6, 1).merge(t_.cell(6, 3)),
              "Moved into senior apartment after selling family home in May 2026; tearful, poor sleep, worry about "
              "health and money, stopped attending his bridge club.")
    put(7, 0, "Goal 1", True)
    cell_text(t_.cell(7, 1).merge(t_.cell(7, 3)),
              "Augustin will adjust to his new home and feel settled.\n"
              f"Obj 1a: Lower PHQ-9 from 13 to 5 or below by {us(t[0])}.\n"
              f"Obj 1b: Attend bridge club or another group activity at least once a week by {us(t[1])}.")
    put(8, 0, "Goal 2", True)
    cell_text(t_.cell(8, 1).merge(t_.cell(8, 3)),
              "Augustin will sleep better.\n"
              f"Obj 2a: Increase average sleep from 5 to at least 6.5 hours per night (sleep diary) by {us(t[2])}.")
    put(9, 0, "Interventions", True)
    cell_text(t_.cell(9, 1).merge(t_.cell(9, 3)),
              "Supportive and cognitive behavioral therapy; CBT-I components; linkage to senior center programs.")
    put(10, 0, "Service / frequency", True)
    cell_text(t_.cell(10, 1).merge(t_.cell(10, 3)),
              f"90834 individual psychotherapy, 45 min, weekly x 6 months (through {us(end)}). Review {us(D(2026, 10, 5))}.")
    put(11, 0, "Signatures", True)
    cell_text(t_.cell(11, 1).merge(t_.cell(11, 3)),
              f"Clinician: Henrike Obuya, LCSW-C   Date: {us(pd)}\nPatient: Augustin Ferreira-Lund   Date: {us(pd)}")
    save_docx(doc, f)
    label(f, "medicare-psychotherapy", asof, gaps=[["field-missing"]],
          notes="Gap: no member ID. The plan gives only the MRN and the last four digits of the SSN; the Medicare "
                "card is 'on file' but its number is not on the plan. Diagnoses (F43.23 primary, G47.00, Z60.2) billable.",
          layout="The whole plan in one 4-column form table with merged cells; diagnoses and goals as multi-line "
                 "cells.")


@plan
def ai09():
    f = "ai09_brightwater_ranked_dx_sig_table.docx"
    pd, asof = D(2026, 8, 10), D(2026, 10, 30)
    dob = D(1958, 1, 30)
    mbi = "8GE5-J71-XT28"
    c_npi, s_npi = npi("151239870"), npi("176540921")
    t = [D(2026, 11, 9), D(2026, 10, 12), D(2026, 11, 9), D(2026, 12, 7)]
    end = D(2027, 2, 8)
    chk_common(pd, asof, [pd, pd], t, [D(2026, 11, 9)], dob)
    chk_psy(pd, asof, days(pd, end))
    assert mbi_ok(mbi)

    doc = new_doc(font="Calibri", size=10.5)
    P(doc, "Brightwater Behavioral Health · Outpatient Services", bold=True, size=12)
    P(doc, "TREATMENT PLAN", bold=True, size=16)
    T(doc, [["Individual served", "Date of birth", "Medicare number (MBI)", "Date of plan"],
            ["Celestine Yarborough-Diaz", us(dob), mbi, us(pd)]])
    P(doc, "")
    H(doc, "Diagnostic Summary", 2)
    R(doc, ("Primary Diagnosis: ", "b"), "F31.81 – Bipolar II disorder, current episode depressed")
    R(doc, ("Secondary Diagnosis: ", "b"), "F41.0 – Panic disorder")
    R(doc, ("Tertiary Diagnosis: ", "b"), "Z59.41 – Food insecurity")
    R(doc, ("Provisional: ", "b"), "F60.3 – Borderline personality disorder (provisional; assessment ongoing)")
    R(doc, ("Medical conditions (by history): ", "b"), "E03.9 Hypothyroidism; K21.9 GERD")
    R(doc, ("Historical (resolved): ", "b"), "F10.10 Alcohol use disorder, mild, 2017–2019 — no use since 2019")
    H(doc, "Strengths and Preferences", 2)
    P(doc, "Artistic (paints watercolors), supportive neighbor, takes lamotrigine as prescribed by Dr. Vasquez-Oduya; "
           "prefers morning appointments.")
    H(doc, "Treatment Goals", 2)
    rows = [["#", "Goal", "Objective", "Measure", "Target date"],
            ["1", "Stabilize mood and prevent relapse into severe depression",
             "Keep a daily mood chart and bring it to at least 3 of every 4 sessions", "Mood chart review", us(t[1])],
            ["", "", "Reduce QIDS-SR from 17 to 10 or lower", "QIDS-SR monthly", us(t[0])],
            ["2", "Fewer panic attacks",
             "Panic attacks will drop from 4 per week to 1 or fewer per week", "Panic log", us(t[2])],
            ["3", "Reliable food at home",
             "Enroll in SNAP and visit the church food pantry at least 2 times per month", "Case note verification",
             us(t[3])]]
    tb = T(doc, rows)
    tb.cell(1, 0).merge(tb.cell(2, 0))
    tb.cell(1, 1).merge(tb.cell(2, 1))
    H(doc, "Interventions and Services", 2)
    P(doc, "Interpersonal and social rhythm therapy (IPSRT); interoceptive exposure and CBT for panic; referral "
           "to county benefits navigator.", style="List Bullet")
    P(doc, "Individual psychotherapy CPT 90837 — 60 minutes — every week.", style="List Bullet")
    P(doc, f"Anticipated length of treatment: 26 weeks, ending {us(end)}. Next plan review {us(D(2026, 11, 9))}.",
      style="List Bullet")
    H(doc, "Signatures", 2)
    T(doc, [["Role", "Name / Credentials", "Signature", "Date"],
            ["Client", "Celestine Yarborough-Diaz", "Celestine Yarborough-Diaz", us(pd)],
            ["Therapist", f"Ignatius Mbeki-Rowe, LPC · NPI {c_npi}", "(signature on file)", us(pd)],
            ["Clinical supervisor (optional)", f"Harriet Solberg, LCSW · NPI {s_npi}", "", ""]])
    save_docx(doc, f)
    label(f, "medicare-psychotherapy", asof,
          notes="Clean. Ranked diagnoses on their own labelled lines: primary F31.81, secondary F41.0, tertiary "
                "Z59.41 (a Z-code), a provisional F60.3, medical conditions by history (E03.9, K21.9) and a resolved "
                "historical F10.10; every code is valid and billable. An optional supervisor row is left blank "
                "(no supervisor signature is required by this profile).",
          layout="Identification as a one-row table with captions above, label lines for ranked diagnoses, a goal "
                 "table with vertically merged goal cells, signer table.")


@plan
def ai10():
    f = "ai10_lakeshore_category_code.docx"
    pd, asof = D(2026, 1, 12), D(2026, 4, 1)
    dob = D(1961, 8, 8)
    mbi = "1NV6-PD8-YJ34"
    c_npi = npi("133301276")
    t = [D(2026, 4, 13), D(2026, 3, 2), D(2026, 4, 13)]
    end = D(2026, 7, 13)
    chk_common(pd, asof, [pd], t, [D(2026, 4, 13)], dob)
    chk_psy(pd, asof, days(pd, end))
    assert mbi_ok(mbi)

    doc = new_doc(font="Segoe UI", size=10)
    P(doc, "Lakeshore Integrated Care — Behavioral Health", bold=True, size=12)
    P(doc, "Plan of Care (Psychotherapy)", size=12)
    T(doc, [["Member", "Philippa Ostrowski-Grant"], ["Birth date", us(dob)], ["MBI", mbi],
            ["Plan established", us(pd)], ["Clinician", "Rashida Ellingboe, PsyD"], ["NPI", c_npi]],
      header=False, bold_first_col=True, widths=[1.6, 4.0])
    P(doc, "")
    P(doc, "Diagnoses", bold=True, size=11)
    T(doc, [["Dx Code", "Description", "Primary?"],
            ["F32", "Major depressive disorder, single episode", "Yes"],
            ["Z63.5", "Disruption of family by separation and divorce", "No"]])
    P(doc, "")
    P(doc, "Goals & Objectives", bold=True, size=11)
    P(doc, "Goal A — Philippa will recover her energy and interest after her divorce.")
    P(doc, f"Objective A1 — PHQ-9 from 19 to below 10 by {us(t[0])}.", style="List Number")
    P(doc, f"Objective A2 — Walk outdoors at least 20 minutes on 4 or more days per week by {us(t[1])}.",
      style="List Number")
    P(doc, "Goal B — Philippa will co-parent with less conflict.")
    P(doc, f"Objective B1 — Limit hand-off arguments to 1 or fewer per month (client log) by {us(t[2])}.",
      style="List Number")
    P(doc, "Interventions", bold=True, size=11)
    P(doc, "CBT; behavioral activation; assertiveness and boundary-setting skills; referral to a divorce "
           "support group.")
    P(doc, "Frequency and duration", bold=True, size=11)
    P(doc, f"90837 psychotherapy 60 minutes, weekly, for 6 months (end date {us(end)}).")
    P(doc, f"Review date: {us(D(2026, 4, 13))}")
    P(doc, "Signature", bold=True, size=11)
    P(doc, f"Rashida Ellingboe, PsyD, Licensed Psychologist — {us(pd)} (e-signed)")
    save_docx(doc, f)
    label(f, "medicare-psychotherapy", asof, gaps=[["diagnosis-code-not-billable"]],
          notes="Gap: the primary diagnosis is coded F32, a category heading (needs a fourth character, e.g. F32.1). "
                "Z63.5 is billable.",
          layout="Two-column label/value table for identification, diagnosis table with a 'Primary?' column, "
                 "Word numbered list for objectives, signature line with '(e-signed)'.")


@plan
def ai11():
    f = "ai11_riverbend_pa_dual_eligible_controls.docx"
    intake, pd, asof = D(2026, 4, 6), D(2026, 4, 28), D(2026, 7, 20)
    dob = D(1966, 10, 4)
    mbi = "5EX1-UK6-QR73"
    access = "4102375518"
    c_npi, md_npi = npi("117226634"), npi("141905588")
    t = [D(2026, 7, 27), D(2026, 6, 15), D(2026, 7, 27), D(2026, 6, 29)]
    end = D(2026, 10, 26)
    md_sig = D(2026, 5, 1)
    chk_common(pd, asof, [pd, pd, md_sig], t, [D(2026, 7, 27)], dob)
    chk_psy(pd, asof, days(pd, end))
    chk_pa(intake, pd)
    assert mbi_ok(mbi)

    doc = new_doc(font="Calibri", size=10.5)
    P(doc, "Riverbend Community Counseling Center", bold=True, size=13)
    P(doc, "Licensed outpatient psychiatric clinic · 14 Canal Street, Lock Haven, PA 17745", size=9)
    H(doc, "Individualized Treatment Plan", 1)
    H(doc, "Identifying Information", 2)
    fields = [("Client Name: ", "Marisol Quintanilla-Booth"), ("Date of Birth: ", us(dob)),
              ("Medicare MBI: ", mbi), ("PA Medical Assistance (ACCESS) #: ", access),
              ("Intake Date: ", us(intake)), ("Plan Date: ", us(pd))]
    for lab, val in fields:
        par = doc.add_paragraph()
        r = par.add_run(lab)
        r.bold = True
        sdt_inline(par, val, tag=lab.strip(": ").lower().replace(" ", "_"), alias=lab.strip(": "))
    H(doc, "Diagnoses", 2)
    tb = T(doc, [["ICD-10-CM", "Name", "Type"],
                 ["F43.12", "Posttraumatic stress disorder, chronic", "Primary"],
                 ["Z91.410", "Personal history of adult physical and sexual abuse", "Contributing"],
                 ["J45.909", "Asthma, uncomplicated (medical comorbidity)", "Medical"]])
    sdt_block_wrap(doc, tb, tag="dx_table")
    H(doc, "Goals and Objectives", 2)
    P(doc, "Goal 1: Marisol will feel safe at home and sleep without fear of intrusions.", bold=True)
    P(doc, f"Objective 1a: PCL-5 score from 58 to below 33 by {us(t[0])}.")
    P(doc, f"Objective 1b: Nightmares reduced from nightly to 2 or fewer nights per week by {us(t[1])}.")
    P(doc, "Goal 2: Marisol will rebuild a support network.", bold=True)
    P(doc, f"Objective 2a: Attend the women's peer support group at least 3 times per month by {us(t[2])}.")
    P(doc, f"Objective 2b: Name 2 safe people she can call and call one of them at least weekly by {us(t[3])}.")
    H(doc, "Treatment Modalities", 2)
    P(doc, "Trauma-focused CBT (Cognitive Processing Therapy); safety planning; peer support referral; "
           "medication management by the clinic psychiatrist (sertraline, prazosin).")
    H(doc, "Services", 2)
    T(doc, [["Service", "CPT", "Length", "Frequency"],
            ["Individual psychotherapy", "90837", "60 minutes", "Weekly"],
            ["Psychiatric medication management", "99214", "25 minutes", "Every 4 weeks"]])
    R(doc, ("Expected duration of treatment: ", "b"), f"6 months, through {us(end)}")
    R(doc, ("Next treatment plan review: ", "b"), us(D(2026, 7, 27)))
    H(doc, "Signatures", 2)
    par = doc.add_paragraph()
    par.add_run("Client: ").bold = True
    sdt_inline(par, "Marisol Quintanilla-Booth", tag="client_sig")
    par.add_run("    Date: ")
    sdt_inline(par, us(pd), tag="client_sig_date")
    par = doc.add_paragraph()
    par.add_run("Therapist: ").bold = True
    sdt_inline(par, f"Cassius Moreland-Ibe, LPC (NPI {c_npi})", tag="therapist_sig")
    par.add_run("    Date: ")
    sdt_inline(par, us(pd), tag="therapist_sig_date")
    par = doc.add_paragraph()
    par.add_run("Psychiatrist approval: ").bold = True
    sdt_inline(par, f"Evangeline Takahashi-Reyes, MD (NPI {md_npi})", tag="md_sig")
    par.add_run("    Date: ")
    sdt_inline(par, us(md_sig), tag="md_sig_date")
    P(doc, BOILER_GRIEVANCE, size=8, italic=True)
    save_docx(doc, f)
    label(f, "medicare-psychotherapy", asof, states=["pa-55-5200"],
          notes="Clean. Dual-eligible client: both the MBI and the PA ACCESS number are given. Diagnoses F43.12 "
                "(primary), Z91.410, J45.909 all billable. Plan 22 days after intake, psychiatrist approval dated "
                "3 days after the plan. Both services carry length and frequency.",
          layout="Field values in inline content controls (identification and signatures), the diagnosis table "
                 "inside a block content control, heading-styled sections.")


@plan
def ai12():
    f = "ai12_cedar_hollow_invalid_code.docx"
    pd, asof = D(2026, 9, 8), D(2026, 11, 2)
    dob = D(1955, 5, 16)
    mbi = "3AT9-CF2-MK80"
    c_npi = npi("186612409")
    t = [D(2026, 12, 7), D(2026, 10, 26), D(2026, 12, 7)]
    end = D(2027, 3, 8)
    chk_common(pd, asof, [pd], t, [D(2026, 12, 7)], dob)
    chk_psy(pd, asof, days(pd, end))
    assert mbi_ok(mbi)

    doc = new_doc(font="Calibri", size=11)
    P(doc, "Cedar Hollow Counseling", bold=True, size=13, align="center")
    P(doc, "Treatment Plan", bold=True, size=12, align="center")
    P(doc, f"Client name\tOsvaldo Penhaligon\tDOB\t{us(dob)}")
    P(doc, f"Medicare ID\t{mbi}\tPlan date\t{us(pd)}")
    P(doc, f"Therapist\tDelphine Arkwright, LPC\tNPI\t{c_npi}")
    P(doc, "")
    P(doc, "Diagnosis", bold=True)
    T(doc, [["ICD-10", "DSM-5 name", ""],
            ["F33.10", "Major depressive disorder, recurrent, moderate", "primary"],
            ["F51.01", "Insomnia disorder", ""]])
    P(doc, "Mr. Penhaligon's third depressive episode (F33.10) began in June after his dog died and his "
           "arthritis limited woodworking; sleep-onset insomnia is treated as a separate focus.")
    P(doc, "Goals", bold=True)
    P(doc, "1. Osvaldo will feel less depressed and return to woodworking in an adapted way.")
    P(doc, f"    1.1 PHQ-9 from 17 to 9 or lower by {us(t[0])}")
    P(doc, f"    1.2 Spend at least 30 minutes on a hobby task 3 days per week by {us(t[1])}")
    P(doc, "2. Osvaldo will fall asleep more easily.")
    P(doc, f"    2.1 Sleep-onset time under 30 minutes on 5 of 7 nights per sleep diary by {us(t[2])}")
    P(doc, "Interventions", bold=True)
    P(doc, "CBT and behavioral activation; CBT-I (stimulus control, sleep restriction); coordination with PCP "
           "about pain management.")
    P(doc, "Service plan", bold=True)
    P(doc, f"Individual therapy 90834 (45 min) weekly. Length of treatment: 6 months (through {us(end)}).")
    P(doc, f"Next review: {us(D(2026, 12, 7))}")
    P(doc, "")
    P(doc, f"Therapist signature: /Delphine Arkwright, LPC/   {us(pd)}")
    save_docx(doc, f)
    label(f, "medicare-psychotherapy", asof, gaps=[["diagnosis-code-invalid"]],
          notes="Gap: the primary diagnosis is written F33.10, which does not exist in ICD-10-CM (moderate recurrent "
                "MDD is F33.1); the same code is repeated in a prose sentence. F51.01 is billable.",
          layout="Tab-separated label/value lines, a diagnosis table with an unlabelled rank column, typed outline "
                 "numbers (1.1), /name/ typed signature.")


@plan
def ai13():
    f = "ai13_northgate_dx_deferred.docx"
    pd, asof = D(2026, 3, 16), D(2026, 5, 11)
    dob = D(1952, 9, 9)
    mbi = "6PK3-RW8-EH55"
    c_npi = npi("102475836")
    t = [D(2026, 6, 15), D(2026, 5, 4), D(2026, 6, 15)]
    end = D(2026, 9, 14)
    chk_common(pd, asof, [pd, pd], t, [D(2026, 6, 15)], dob)
    chk_psy(pd, asof, days(pd, end))
    assert mbi_ok(mbi)

    doc = new_doc(font="Calibri", size=10.5)
    H(doc, "Northgate Family & Senior Counseling", 1)
    H(doc, "Initial Treatment Plan", 2)
    T(doc, [["Client", "DOB", "MBI", "Plan date", "Clinician"],
            ["Ambrose Kettleborough", us(dob), mbi, us(pd), "Yolanda Fairclough-Ncube, LCSW"]])
    H(doc, "Reason for referral", 3)
    P(doc, "Referred by his cardiologist for low mood, tearfulness and withdrawal after a heart attack in "
           "January 2026; stopped attending cardiac rehab twice.")
    H(doc, "Diagnostic impression", 3)
    P(doc, "Deferred pending psychiatric evaluation (scheduled 03/30/2026) and records from the cardiology practice. "
           "Symptoms are being monitored with the PHQ-9 (15 on 03/09/2026).")
    H(doc, "Goals and objectives", 3)
    P(doc, "Goal 1: Ambrose will cope with the changes after his heart attack and feel hopeful again.")
    P(doc, f"• Reduce PHQ-9 from 15 to under 10 by {us(t[0])}.")
    P(doc, f"• Attend all scheduled cardiac rehab sessions (2 per week) for 4 consecutive weeks by {us(t[1])}.")
    P(doc, "Goal 2: Ambrose will share his worries with his wife instead of keeping them to himself.")
    P(doc, f"• Have at least 1 planned conversation per week with his wife about health worries by {us(t[2])}.")
    H(doc, "Interventions", 3)
    P(doc, "Supportive psychotherapy with CBT for cardiac-related depression; motivational interviewing for "
           "rehab adherence; one conjoint session with his wife.")
    H(doc, "Frequency / session length / duration", 3)
    P(doc, f"CPT 90834, 45-minute sessions, weekly; expected duration 6 months (to {us(end)}).")
    P(doc, f"Review: {us(D(2026, 6, 15))}")
    H(doc, "Signatures", 3)
    P(doc, f"Clinician: Yolanda Fairclough-Ncube, LCSW, NPI {c_npi}     Date signed: {us(pd)}")
    P(doc, f"Client: Ambrose Kettleborough     Date signed: {us(pd)}")
    save_docx(doc, f)
    label(f, "medicare-psychotherapy", asof, gaps=[["diagnosis-missing", "diagnosis-code-missing"]],
          notes="Gap: the plan states no diagnosis; the 'Diagnostic impression' says it is deferred pending a "
                "psychiatric evaluation. (diagnosis-code-missing accepted too, in case 'deferred' is read as a "
                "diagnosis without a code.)",
          layout="Heading levels 1-3, identification as a one-row table, bullet-character objectives, signature "
                 "lines with 'Date signed'.")


@plan
def ai14():
    f = "ai14_saltmarsh_formulation_prose.docx"
    pd, asof = D(2026, 6, 1), D(2026, 6, 29)
    dob = D(1954, 2, 25)
    mbi = "9VD2-NA4-TC61"
    c_npi = npi("163318075")
    t = [D(2026, 8, 31), D(2026, 7, 27), D(2026, 8, 31), D(2026, 9, 28)]
    end = D(2026, 11, 30)
    chk_common(pd, asof, [pd, D(2026, 6, 2)], t, [D(2026, 8, 31)], dob)
    chk_psy(pd, asof, days(pd, end))
    assert mbi_ok(mbi)

    doc = new_doc(font="Garamond", size=12)
    P(doc, "Saltmarsh Psychotherapy Practice", bold=True, size=14)
    P(doc, "Bettina Lowenstein-Achebe, PhD · Licensed Psychologist · NPI " + c_npi, size=10)
    P(doc, "")
    P(doc, "TREATMENT PLAN", bold=True, size=13)
    P(doc, f"Name: Gwendolyn Asante-Marsh     Date of birth: {us(dob)}     Medicare: {mbi}")
    P(doc, f"Date established: {longd(pd)}")
    P(doc, "")
    P(doc, "Clinical formulation", bold=True)
    P(doc, "Ms. Asante-Marsh is a 72-year-old retired pharmacist who lives alone since her partner's move to "
           "memory care. She meets DSM-5-TR criteria for social anxiety disorder (F40.10) and major depressive "
           "disorder, recurrent, mild (F33.0). Contributing psychosocial factors are coded Z56.0 (she lost her "
           "part-time consulting work in March) and Z60.2 (problems related to living alone). Medical "
           "comorbidities documented by her primary care physician are type 2 diabetes mellitus (E11.9), "
           "essential hypertension (I10) and insomnia (G47.00). An adjustment disorder with depressed mood "
           "(F43.21) diagnosed in 2023 has resolved and is not a focus of this plan.")
    P(doc, "Goals and objectives", bold=True)
    P(doc, "Goal 1 (social anxiety). Gwendolyn will take part in community activities without escaping early.")
    P(doc, f"Objective 1a. Her Social Phobia Inventory score will drop from 38 to 20 or lower by {us(t[0])}.")
    P(doc, f"Objective 1b. She will stay for the whole of at least 2 group events per month (library talks, "
           f"church coffee hour) by {us(t[1])}.")
    P(doc, "Goal 2 (depression). Gwendolyn will have more good days than bad days.")
    P(doc, f"Objective 2a. PHQ-9 from 11 to 5 or below by {us(t[2])}.")
    P(doc, f"Objective 2b. Rate at least 4 of 7 days per week as 'good' on her mood diary by {us(t[3])}.")
    P(doc, "Treatment", bold=True)
    P(doc, "I will see Ms. Asante-Marsh for individual cognitive behavioral therapy (CPT 90834) in 45-minute "
           "sessions once a week, using graded exposure, video feedback and behavioral activation. Expected "
           f"duration is 26 weeks, through {us(end)}, with a formal review on {us(D(2026, 8, 31))}.")
    P(doc, "")
    P(doc, "Signed", bold=True)
    P(doc, f"Bettina Lowenstein-Achebe, PhD, Licensed Psychologist        {us(pd)}")
    P(doc, f"Reviewed with and agreed by Gwendolyn Asante-Marsh        {us(D(2026, 6, 2))}")
    save_docx(doc, f)
    label(f, "medicare-psychotherapy", asof,
          notes="Clean. All diagnoses are written inside a prose formulation with the codes in parentheses: F40.10, "
                "F33.0, Z-codes Z56.0 and Z60.2, medical comorbidities E11.9, I10, G47.00, and a resolved F43.21; all "
                "valid and billable.",
          layout="Practice letterhead with the NPI under the psychologist's name, bold run-in titles, prose "
                 "formulation, service in a first-person sentence, signatures as name-and-date lines.")


@plan
def ai15():
    f = "ai15_quarry_hill_npi_nine_digits.docx"
    pd, asof = D(2026, 10, 5), D(2026, 11, 16)
    dob = D(1950, 7, 7)
    mbi = "2HW5-KE9-UP37"
    short_npi = "167239405"
    t = [D(2027, 1, 4), D(2026, 11, 30), D(2027, 1, 4)]
    end = D(2027, 4, 5)
    chk_common(pd, asof, [pd], t, [D(2027, 1, 4)], dob)
    chk_psy(pd, asof, days(pd, end))
    assert mbi_ok(mbi) and len(short_npi) == 9

    doc = new_doc(font="Calibri", size=11)
    P(doc, "Quarry Hill Psychological Services", bold=True, size=13)
    P(doc, "Psychotherapy Plan of Care", size=12)
    P(doc, "")
    P(doc, "Patient information", bold=True)
    P(doc, f"Patient: Reinhold Abernathy-Osei · DOB {us(dob)} · Medicare {mbi}")
    P(doc, f"Plan date: {us(pd)}")
    P(doc, "")
    P(doc, "Provider", bold=True)
    P(doc, f"Services will be provided by Dr. Ysolde Pardo-Whitlock, PsyD (NPI {short_npi}), at the Quarry Hill "
           "office, 5 Granite Row, Barre, VT 05641.")
    P(doc, "")
    P(doc, "Diagnosis", bold=True)
    P(doc, "Primary: F42.2 Obsessive-compulsive disorder (mixed obsessional thoughts and acts), with good insight")
    P(doc, "Also: Z73.3 Stress, not elsewhere classified")
    P(doc, "")
    P(doc, "Goals", bold=True)
    P(doc, "Goal 1: Reinhold will spend far less time on checking and reassurance rituals.")
    P(doc, f"  Objective 1: Y-BOCS total from 26 to 14 or lower by {us(t[0])}.")
    P(doc, f"  Objective 2: Reduce door and stove checking from about 90 minutes to under 20 minutes per day "
           f"(self-monitoring form) by {us(t[1])}.")
    P(doc, "Goal 2: Reinhold will resume driving his grandson to school.")
    P(doc, f"  Objective 1: Drive the school route at least 3 mornings per week without returning home to check, "
           f"by {us(t[2])}.")
    P(doc, "")
    P(doc, "Treatment", bold=True)
    P(doc, "Exposure and response prevention (ERP), 90837, 60-minute sessions, twice weekly for the first 4 weeks "
           "and then weekly.")
    P(doc, f"Expected duration: 26 weeks (through {us(end)}). Review: {us(D(2027, 1, 4))}.")
    P(doc, "")
    P(doc, f"Ysolde Pardo-Whitlock, PsyD, Licensed Psychologist — signed {us(pd)}")
    save_docx(doc, f)
    label(f, "medicare-psychotherapy", asof, gaps=[["identifier-invalid"]],
          notes=f"Gap: the psychologist's NPI in the provider sentence has only 9 digits ({short_npi}); an NPI has 10. "
                "Diagnoses F42.2 and Z73.3 are billable.",
          layout="Bold titles, identification on one line with middle dots, provider and NPI in a prose sentence, "
                 "objectives numbered from 1 under each goal, single signature line.")


# ============================================================================================
# State licensure plans (payer: base-treatment-plan)
# ============================================================================================


def ny_boiler(doc):
    P(doc, "PATIENT RIGHTS AND PROGRAM RULES (summary)", bold=True)
    for s in ["You have the right to be treated with dignity and respect, to participate in your treatment "
              "planning, and to receive a copy of your plan.",
              "Visiting hours are 6:00-8:00 PM weekdays and 1:00-4:00 PM on weekends after your first 7 days.",
              "Toxicology testing is done on admission and at random; refusals are treated as positive.",
              "NYS OASAS HOPEline: 1-877-8-HOPENY (1-877-846-7369), 24/7."]:
        P(doc, s, style="List Bullet", size=9)


@plan
def ai16():
    f = "ai16_hudson_terrace_inpatient_rehab.docx"
    adm, pd, mdsig, asof = D(2026, 5, 4), D(2026, 5, 9), D(2026, 5, 11), D(2026, 5, 25)
    dob = D(1987, 5, 9)
    cin = "KT48213Q"
    md_npi, cnsl_npi = npi("154900813"), npi("120483377")
    t = [D(2026, 5, 30), D(2026, 6, 1), D(2026, 5, 23), D(2026, 6, 1)]
    chk_common(pd, asof, [pd, pd, mdsig], t, [D(2026, 5, 23)], dob)
    chk_ny(adm, pd, mdsig)

    doc = new_doc(font="Arial", size=10)
    header_text(doc, [f"Hudson Terrace Recovery Center · Inpatient Rehabilitation (14 NYCRR Part 818) · "
                      f"Patient: Achebe-Larkin, Desmond · Medicaid CIN {cin}"])
    header_text(doc, ["HT-818-TP rev 03/2025 · Confidential: 42 CFR Part 2 protected record"], footer=True)
    P(doc, "COMPREHENSIVE TREATMENT PLAN", bold=True, size=14, align="center")
    T(doc, [["Patient name", "Desmond Achebe-Larkin", "Date of birth", us(dob)],
            ["Medicaid CIN", cin, "Managed care plan", "Hudson Valley Health Partners (HARP)"],
            ["Admission date", us(adm), "Plan date", us(pd)],
            ["Level of care", "Inpatient rehabilitation (ASAM 3.7)", "Primary counselor", "Tobias Vanterpool, CASAC"]],
      header=False, bold_first_col=True)
    P(doc, "")
    H(doc, "Diagnoses (each diagnosis addressed in this plan)", 2)
    T(doc, [["ICD-10-CM", "DSM-5-TR", "Addressed by"],
            ["F11.20", "Opioid use disorder, severe", "Problems 1 and 2"],
            ["F14.20", "Cocaine use disorder, moderate", "Problem 1"],
            ["F17.210", "Tobacco use disorder, cigarettes", "Nicotine replacement (medical)"],
            ["Z59.01", "Sheltered homelessness (shelter before admission)", "Problem 3"],
            ["B18.2", "Chronic hepatitis C (medical)", "Referral to hepatology"]])
    H(doc, "Problem Areas, Goals and Methods", 2)
    probs = [
        ("Problem 1 — Opioid and cocaine use with overdose in 03/2026",
         "Goal: Desmond will complete inpatient rehabilitation and leave with a relapse-prevention plan.",
         [f"Objective 1.1: Complete a written relapse-prevention plan naming 5 triggers and a response for each by {us(t[0])}.",
          f"Objective 1.2: Attend at least 12 of 14 scheduled groups each week until discharge, per attendance record, by {us(t[1])}."],
         "Methods: individual counseling 2x/week (45 min); CBT relapse-prevention group daily; 12-step facilitation."),
        ("Problem 2 — Opioid withdrawal and craving",
         "Goal: Start and stay on buprenorphine.",
         [f"Objective 2.1: Take buprenorphine/naloxone daily as dosed with no missed doses, per MAR, through {us(t[3])}."],
         "Methods: medication-assisted treatment by the attending physician; daily nursing assessment."),
        ("Problem 3 — No stable housing at discharge",
         "Goal: Have a safe place to live at discharge.",
         [f"Objective 3.1: Complete supportive housing application (NYC 2010e) with the case manager by {us(t[2])}."],
         "Methods: case management 1x/week; referral to HRA and supportive housing providers."),
    ]
    for prob, goal, objs, meth in probs:
        P(doc, prob, bold=True)
        P(doc, goal)
        for o in objs:
            P(doc, o, style="List Bullet")
        P(doc, meth, italic=True)
    P(doc, f"Estimated length of stay: 28 days. Plan will be reviewed weekly by the treatment team; next review {us(D(2026, 5, 23))}.")
    page_break(doc)
    ny_boiler(doc)
    P(doc, "")
    H(doc, "Signatures", 2)
    T(doc, [["", "Name", "Credential", "Signature", "Date"],
            ["Patient", "Desmond Achebe-Larkin", "", "Desmond Achebe-Larkin", us(pd)],
            ["Responsible clinical staff", "Tobias Vanterpool", "CASAC", "T. Vanterpool (e-signed)", us(pd)],
            ["Physician review", "Margarethe Oduya-Linde", "MD", "M. Oduya-Linde MD (e-signed)", us(mdsig)]])
    P(doc, f"Physician NPI {md_npi} · Counselor NPI {cnsl_npi}", size=8)
    save_docx(doc, f)
    label(f, "base-treatment-plan", asof, states=["ny-oasas-818"],
          notes="Clean. Plan 5 days after admission; physician (MD) signed 7 days after admission. Medicaid CIN in the "
                "page header and in the form table. Diagnoses F11.20, F14.20, F17.210, Z59.01 and medical B18.2, all "
                "billable.",
          layout="Header/footer identifiers, 4-column form table, diagnosis table with an 'Addressed by' column, "
                 "problem blocks with bullets, patient-rights boilerplate on page 2, signer table with a blank "
                 "first header cell.")


@plan
def ai17():
    f = "ai17_greenport_physician_late.docx"
    adm, pd, mdsig, asof = D(2026, 8, 10), D(2026, 8, 15), D(2026, 8, 24), D(2026, 9, 1)
    dob = D(1979, 12, 1)
    cin = "WR70561F"
    t = [D(2026, 8, 29), D(2026, 9, 4), D(2026, 8, 26)]
    chk_common(pd, asof, [pd, pd, mdsig], t, [D(2026, 8, 22)], dob)
    chk_ny(adm, pd, mdsig, late_md=True)

    doc = new_doc(font="Calibri", size=10.5)
    P(doc, "Greenport Recovery Lodge — Inpatient Rehabilitation Services", bold=True, size=12)
    P(doc, "INDIVIDUAL TREATMENT PLAN", bold=True, size=12)
    P(doc, f"Resident: Lucinda Marchbanks-Oyelowo      DOB: {us(dob)}")
    P(doc, f"Medicaid CIN: {cin}      Admit: {us(adm)}      Plan: {us(pd)}")
    P(doc, "Counselor: Florian Strathmore, LMHC, CASAC-2")
    P(doc, "")
    P(doc, "Dx", bold=True)
    P(doc, "F1020  Alcohol use disorder, severe")
    P(doc, "F1120  Opioid use disorder, moderate (prescription opioids)")
    P(doc, "Z63.72 Alcoholism and drug addiction in family")
    P(doc, "")
    P(doc, "Problems / goals / methods", bold=True)
    T(doc, [["Problem", "Goal", "Objective", "By", "Method / frequency"],
            ["Daily drinking and pill misuse for 6 years", "Stop using alcohol and opioids",
             "Identify 4 high-risk situations and a refusal plan for each, in writing", us(t[0]),
             "Individual counseling 2x/week; relapse-prevention group daily"],
            ["Shame and isolation", "Reconnect with her sister and recovery supports",
             "Attend 5 mutual-help meetings per week and obtain a sponsor", us(t[1]),
             "Peer advocate sessions weekly; on-site AA/NA"],
            ["Medical: withdrawal, hypertension", "Safe withdrawal and stable BP",
             "Blood pressure below 140/90 on 5 consecutive daily checks", us(t[2]),
             "Nursing assessment daily; physician follow-up"]], size=9)
    P(doc, "Anticipated length of stay: 21-28 days.")
    P(doc, "")
    P(doc, "Signatures", bold=True)
    P(doc, f"Resident: Lucinda Marchbanks-Oyelowo   {us(pd)}")
    P(doc, f"Counselor: Florian Strathmore, LMHC, CASAC-2   {us(pd)}")
    P(doc, f"Physician review: Anand Krishnamurthy-Cole, MD   {us(mdsig)}")
    save_docx(doc, f)
    label(f, "base-treatment-plan", asof, states=["ny-oasas-818"], gaps=[["signature-late"]],
          notes=f"Gap: the physician reviewed and signed on {us(mdsig)}, {days(adm, mdsig)} days after admission "
                f"({us(adm)}); 14 NYCRR 818.5 allows 10. Plan itself 5 days after admission. Diagnosis codes written "
                "without the dot (F1020, F1120 = F10.20, F11.20, billable) beside Z63.72.",
          layout="Short label lines (several labels per line), 'Dx' title, a 5-column problem grid, signature "
                 "lines 'Role: Name, credential   date'.")


@plan
def ai18():
    f = "ai18_catskill_ridge_f112.docx"
    adm, pd, mdsig, asof = D(2026, 2, 2), D(2026, 2, 6), D(2026, 2, 9), D(2026, 2, 20)
    dob = D(1992, 3, 14)
    cin = "PB39027M"
    t = [D(2026, 2, 16), D(2026, 2, 27), D(2026, 2, 23)]
    chk_common(pd, asof, [pd, pd, mdsig], t, [D(2026, 2, 13)], dob)
    chk_ny(adm, pd, mdsig)

    doc = new_doc(font="Arial", size=10)
    P(doc, "Catskill Ridge Treatment Center", bold=True, size=13)
    P(doc, "Inpatient Rehabilitation · Treatment Plan", size=11)
    H(doc, "Patient Information", 2)
    T(doc, [["Name", "DOB", "Medicaid CIN", "Admission", "Plan date"],
            ["Thaddeus Ogunwale-Prentiss", us(dob), cin, us(adm), us(pd)]])
    H(doc, "Diagnoses", 2)
    P(doc, "1. F11.2 – Opioid use disorder, severe (fentanyl, IV use)")
    P(doc, "2. F15.20 – Stimulant use disorder, methamphetamine, moderate")
    P(doc, "3. Z65.3 – Problems related to other legal circumstances (pending charge; drug court referral)")
    H(doc, "Problems and Goals", 2)
    P(doc, "Problem A. Daily IV fentanyl use with two overdoses in the past year.", bold=True)
    P(doc, "Goal A. Remain abstinent and engaged in medication treatment after discharge.")
    P(doc, f"A.1 Begin extended-release buprenorphine injection before discharge (documented in MAR) by {us(t[0])}.")
    P(doc, f"A.2 Describe and practise a naloxone overdose-response plan with staff, 1 return demonstration, by {us(t[2])}.")
    P(doc, "Problem B. Methamphetamine use to stay awake at work.", bold=True)
    P(doc, "Goal B. Manage fatigue and work stress without stimulants.")
    P(doc, f"B.1 Write a sleep and shift schedule and review it with the counselor by {us(t[1])}.")
    H(doc, "Methods of treatment", 2)
    P(doc, "Individual counseling 2 times a week, 45 minutes; daily group therapy (relapse prevention, "
           "CBT, DBT skills); medical management and MAT; family session by phone once; drug court liaison.")
    P(doc, f"Projected discharge: {us(D(2026, 3, 2))}. Next team review: {us(D(2026, 2, 13))}.")
    H(doc, "Signatures", 2)
    P(doc, f"Patient signature: Thaddeus Ogunwale-Prentiss     Date: {us(pd)}")
    P(doc, f"Primary counselor: Renata Silvestri-Obi, CASAC     Date: {us(pd)}")
    P(doc, f"Physician: Hollis Wexford-Adeyemi, DO     Date: {us(mdsig)}")
    save_docx(doc, f)
    label(f, "base-treatment-plan", asof, states=["ny-oasas-818"], gaps=[["diagnosis-code-not-billable"]],
          notes="Gap: the primary SUD diagnosis is coded F11.2, a subcategory (needs the 5th character, e.g. F11.20). "
                "F15.20 and Z65.3 are billable. Plan 4 days and physician (DO) signature 7 days after admission.",
          layout="Heading sections, identification as a one-row table, numbered diagnosis lines 'n. CODE – name', "
                 "lettered problem blocks (A.1), signature lines with 'Date:' labels.")


@plan
def ai19():
    f = "ai19_suncoast_harbor_residential.docx"
    adm, pd, qp, asof = D(2026, 3, 3), D(2026, 3, 14), D(2026, 3, 19), D(2026, 4, 10)
    dob = D(1990, 10, 28)
    fl_mcd = "7023148856"
    c_npi, q_npi = npi("139028475"), npi("160394822")
    t = [D(2026, 4, 4), D(2026, 4, 18), D(2026, 4, 25), D(2026, 5, 2), D(2026, 4, 11)]
    chk_common(pd, asof, [pd, pd, qp], t, [D(2026, 4, 13)], dob)
    chk_fl(adm, pd, "residential level 2", qp)

    doc = new_doc(font="Calibri", size=10.5)
    header_table(doc, [["Suncoast Harbor Residential Treatment", f"Client: Emeric Delacroix-Banda",
                        f"FL Medicaid ID: {fl_mcd}"]])
    P(doc, "INDIVIDUALIZED TREATMENT PLAN — RESIDENTIAL", bold=True, size=13, align="center")
    P(doc, "Licensed under Chapter 397, F.S., and Rule 65D-30, F.A.C.", size=8, align="center")
    H(doc, "Demographics", 2)
    T(doc, [["Client", "Emeric Delacroix-Banda"], ["Date of birth", us(dob)], ["Florida Medicaid ID", fl_mcd],
            ["Level of care", "Residential Level 2"], ["Date of admission", us(adm)],
            ["Date plan developed", us(pd)], ["Primary counselor", "Noemi Castellano-Frey, CAP"]],
      header=False, bold_first_col=True, widths=[2.0, 4.5])
    H(doc, "Diagnoses", 2)
    P(doc, "F14.20 Cocaine use disorder, severe (primary)   |   F12.20 Cannabis use disorder, moderate   |   "
           "Z65.1 Imprisonment and other incarceration (released 01/2026)")
    H(doc, "Goals, Measurable Objectives and Tasks", 2)
    data = [
        ("Goal 1: Emeric will build a drug-free daily routine.", [
            (f"1.1 Produce negative urine drug screens on all random tests (at least 1 per week) through {us(t[1])}.", t[1]),
            (f"1.2 Complete the 8-module relapse-prevention workbook and present it in group by {us(t[0])}.", t[0])]),
        ("Goal 2: Emeric will prepare for work and stable housing after residential care.", [
            (f"2.1 Obtain a Florida ID card and a copy of his birth certificate by {us(t[4])}.", t[4]),
            (f"2.2 Submit at least 3 job applications per week for 3 consecutive weeks by {us(t[2])}.", t[2]),
            (f"2.3 Complete a recovery residence application with the case manager by {us(t[3])}.", t[3])]),
    ]
    for g, objs in data:
        P(doc, g, bold=True)
        for o, _ in objs:
            P(doc, o)
    H(doc, "Services (type and frequency)", 2)
    T(doc, [["Service", "Frequency", "Staff"],
            ["Individual counseling", "1 time per week, 50 minutes", "Primary counselor"],
            ["Group counseling (CBT / relapse prevention)", "5 times per week", "Counseling staff"],
            ["Case management", "1 time per week", "Case manager"],
            ["Psychiatric evaluation and medication review", "Every 2 weeks", "ARNP"]])
    P(doc, f"Estimated length of stay: 60-90 days. Plan review: every 30 days; next {us(D(2026, 4, 13))}.")
    H(doc, "Signatures", 2)
    P(doc, f"Client: Emeric Delacroix-Banda        Date: {us(pd)}")
    P(doc, f"Counselor (developed plan): Noemi Castellano-Frey, CAP   NPI {c_npi}        Date: {us(pd)}")
    P(doc, f"Qualified professional review: Oren Blackwood-Sato, LMHC   NPI {q_npi}        Date: {us(qp)}")
    save_docx(doc, f)
    label(f, "base-treatment-plan", asof, states=["fl-65d-30"],
          notes="Clean. Residential Level 2: plan 11 days after admission (15 allowed); qualified-professional "
                "countersignature 5 days after the plan (10 allowed). Several diagnoses on one line separated by "
                "bars (F14.20, F12.20, Z65.1). FL Medicaid ID in a header table and the demographics table.",
          layout="Header as a 3-cell table, 2-column demographics table, run-in objectives numbered 1.1, services "
                 "table with frequency, signature lines with NPIs.")


@plan
def ai20():
    f = "ai20_palmetto_day_night_invalid_code.docx"
    adm, pd, asof = D(2026, 7, 13), D(2026, 7, 21), D(2026, 8, 5)
    dob = D(1984, 1, 9)
    fl_mcd = "5531807642"
    t = [D(2026, 8, 18), D(2026, 8, 25), D(2026, 9, 1)]
    chk_common(pd, asof, [pd], t, [D(2026, 8, 20)], dob)
    chk_fl(adm, pd, "day or night treatment")

    doc = new_doc(font="Verdana", size=9.5)
    P(doc, "Palmetto Pathways Recovery Services", bold=True, size=12)
    P(doc, "TREATMENT PLAN", bold=True, size=12)
    P(doc, "Section 1 — Client", bold=True)
    P(doc, f"Name: Cordelia Vasquez-Thorne    DOB: {us(dob)}    Medicaid #: {fl_mcd}")
    P(doc, f"Admission: {us(adm)}    Plan developed: {us(pd)}")
    P(doc, "Level of care: Day or Night Treatment (without community housing)")
    P(doc, "Section 2 — Diagnoses", bold=True)
    T(doc, [["Code", "Description"],
            ["F12.200", "Cannabis use disorder, moderate"],
            ["F41.1", "Generalized anxiety disorder"]])
    P(doc, "Section 3 — Goals and Objectives", bold=True)
    P(doc, "Goal 1. Cordelia will stop daily cannabis use.")
    P(doc, f"Objective 1a. Reduce cannabis use days from 30 per month to 0, confirmed by weekly urine screens, by {us(t[1])}.")
    P(doc, f"Objective 1b. List 5 anxiety-management skills other than cannabis and use 2 of them daily (diary card) by {us(t[0])}.")
    P(doc, "Goal 2. Cordelia will return to her community college courses.")
    P(doc, f"Objective 2a. Re-enroll in at least 2 courses for the fall term by {us(t[2])}.")
    P(doc, "Section 4 — Services", bold=True)
    P(doc, "Day treatment program 5 days per week (4 hours per day); individual counseling weekly (50 min); "
           "psychiatric medication review monthly.")
    P(doc, f"Projected length of treatment: 8 weeks. Next review: {us(D(2026, 8, 20))}.")
    P(doc, "Section 5 — Signatures", bold=True)
    P(doc, "Client signature: ______________________________    Date: __________")
    P(doc, f"Staff signature: Bartholomew Nakamura-Greene, CAP    Date: {us(pd)}")
    save_docx(doc, f)
    label(f, "base-treatment-plan", asof, states=["fl-65d-30"],
          gaps=[["diagnosis-code-invalid"], ["signature-missing"]],
          notes="Gaps: (1) the primary diagnosis is coded F12.200, which does not exist (moderate cannabis use disorder "
                "is F12.20); (2) the client signature line is blank. Day/night treatment: plan 8 days after "
                "admission (10 allowed).",
          layout="'Section n —' bold titles, several labels per line, a 2-column diagnosis table, blank underscore "
                 "signature line.")


@plan
def ai21():
    f = "ai21_mission_bay_ntp_methadone.docx"
    adm, pd, sup, md, review, asof = (D(2026, 1, 5), D(2026, 1, 27), D(2026, 2, 3), D(2026, 2, 5),
                                      D(2026, 4, 6), D(2026, 3, 15))
    dob = D(1975, 8, 23)
    cin = "91572084A"
    md_npi, c_npi = npi("112358132"), npi("213455891")
    t = [D(2026, 3, 27), D(2026, 4, 3), D(2026, 3, 13), D(2026, 4, 3)]
    chk_common(pd, asof, [pd, pd, sup, md], t, [review], dob)
    chk_ca(adm, pd, review, asof, sup, md)

    doc = new_doc(font="Calibri", size=10.5)
    P(doc, "Mission Bay Opioid Treatment Program", bold=True, size=13)
    P(doc, "Narcotic Treatment Program · licensed by DHCS (Cal. Code Regs. tit. 9, ch. 4)", size=8)
    P(doc, "INITIAL MAINTENANCE TREATMENT PLAN", bold=True, size=12)
    T(doc, [["Patient", "Ignacio Ferreira-Whitlow", "Date of birth", us(dob)],
            ["Medi-Cal CIN", cin, "Patient ID", "MB-20931"],
            ["Admission (start of maintenance)", us(adm), "Plan effective date", us(pd)],
            ["Medication", "Methadone, 85 mg daily (observed)", "Phase", "Phase I"]],
      header=False, bold_first_col=True)
    H(doc, "Diagnosis", 2)
    P(doc, "Opioid use disorder, severe, on maintenance therapy — F11.20 (primary)")
    P(doc, "Tobacco use disorder — F17.210")
    P(doc, "Chronic hepatitis C — B18.2 (medical; referred to county liver clinic)")
    H(doc, "Long-Term Goal and Short-Term Goals", 2)
    P(doc, "LTG 1: Ignacio will stay in treatment and stop using illicit opioids.", bold=True)
    P(doc, f"STG 1a: Urine drug screens negative for fentanyl and heroin on 4 consecutive monthly tests — target {us(t[1])}.")
    P(doc, f"STG 1b: Attend counseling sessions as scheduled (at least 2 per month) — target {us(t[0])}.")
    P(doc, "LTG 2: Ignacio will address his hepatitis C and primary health care.", bold=True)
    P(doc, f"STG 2a: Attend the liver clinic intake appointment and bring back the visit summary — target {us(t[2])}.")
    P(doc, f"STG 2b: Establish a primary care provider and complete 1 visit — target {us(t[3])}.")
    H(doc, "Services / Interventions", 2)
    P(doc, "Daily methadone dosing at the clinic (observed); individual counseling 50 minutes twice a month; "
           "monthly random urine drug screening; case management for insurance and housing as needed.")
    H(doc, "Plan Review", 2)
    P(doc, f"This plan is updated at least every three months. Next plan update due: {us(review)}.")
    H(doc, "Signatures", 2)
    T(doc, [["Role", "Name", "Signature / date"],
            ["Patient", "Ignacio Ferreira-Whitlow", f"Ignacio Ferreira-Whitlow  {us(pd)}"],
            ["Primary counselor", "Beatriz Olamide-Sorensen, SUDCC II", f"/s/ B. Olamide-Sorensen  {us(pd)}"],
            ["Supervising counselor", "Quentin Harrowgate, LAADC", f"/s/ Q. Harrowgate  {us(sup)}"],
            ["Medical director", f"Winifred Osterhagen-Nunez, MD (NPI {md_npi})", f"/s/ W. Osterhagen-Nunez, MD  {us(md)}"]])
    P(doc, f"Program NPI: {c_npi}", size=8)
    save_docx(doc, f)
    label(f, "base-treatment-plan", asof, states=["ca-title9-ntp"],
          notes=f"Clean. Plan {days(adm, pd)} days after admission (28 allowed); next update {us(review)} is "
                f"{days(adm, review)} days after admission (92 allowed) and not yet due on the as-of date; supervising "
                f"counselor signed {days(pd, sup)} and medical director {days(pd, md)} days after the plan (14 allowed). "
                "Diagnoses written name-first with the code after a dash; Medi-Cal CIN in the form table.",
          layout="4-column form table, LTG/STG labels, signer table whose third column holds signature and date "
                 "together.")


@plan
def ai22():
    f = "ai22_eastbay_ntp_bad_md_npi.docx"
    adm, pd, sup, md, review, asof = (D(2026, 6, 1), D(2026, 6, 22), D(2026, 6, 26), D(2026, 6, 30),
                                      D(2026, 8, 31), D(2026, 7, 15))
    dob = D(1969, 4, 3)
    cin = "90281736B"
    bad_md = "3016829447"
    c_npi = npi("198765431")
    t = [D(2026, 8, 17), D(2026, 7, 31), D(2026, 8, 24)]
    chk_common(pd, asof, [pd, pd, sup, md], t, [review], dob)
    chk_ca(adm, pd, review, asof, sup, md)
    assert not npi_valid(bad_md)

    doc = new_doc(font="Arial", size=10)
    header_text(doc, ["East Bay Medication-Assisted Recovery · NTP #01-884 · Treatment Plan",
                      f"Patient: Marguerite Soyinka-Hale · Medi-Cal {cin}"])
    P(doc, "Treatment Plan (Initial)", bold=True, size=13)
    P(doc, f"Patient: Marguerite Soyinka-Hale")
    P(doc, f"DOB: {us(dob)}")
    P(doc, f"Medi-Cal BIC/CIN: {cin}")
    P(doc, f"Admission date: {us(adm)}")
    P(doc, f"Plan date: {us(pd)}")
    P(doc, "")
    P(doc, "DIAGNOSIS", bold=True)
    P(doc, "ICD-10-CM F11.20 (DSM-5: opioid use disorder, severe) — primary; ICD-10-CM F13.20 (sedative, hypnotic "
           "or anxiolytic use disorder, moderate).")
    P(doc, "")
    P(doc, "GOALS", bold=True)
    P(doc, "Goal 1 — Stop using non-prescribed opioids and benzodiazepines.")
    P(doc, f"  Short-term goal 1.1: Negative screens for opioids other than methadone and for benzodiazepines on 3 "
           f"consecutive tests by {us(t[0])}.")
    P(doc, f"  Short-term goal 1.2: Complete a supervised benzodiazepine taper plan with the medical director by {us(t[1])}.")
    P(doc, "Goal 2 — Stable housing.")
    P(doc, f"  Short-term goal 2.1: Submit 2 applications for subsidized senior housing by {us(t[2])}.")
    P(doc, "")
    P(doc, "SERVICES", bold=True)
    P(doc, "Methadone maintenance, daily observed dosing; counseling 50 minutes, 2 sessions per month; urine "
           "toxicology at least monthly.")
    P(doc, f"Plan update due: {us(review)} (every 3 months)")
    P(doc, "")
    P(doc, "SIGNATURES", bold=True)
    P(doc, f"Patient: Marguerite Soyinka-Hale — {us(pd)}")
    P(doc, f"Primary counselor: Dashiell Oyenuga, RADT-II (NPI {c_npi}) — {us(pd)}")
    P(doc, f"Supervising counselor: Henrietta Vasilakis, CADC-III — {us(sup)}")
    P(doc, f"Medical director: Cyprian Delgado-Mbatha, MD (NPI {bad_md}) — {us(md)}")
    save_docx(doc, f)
    label(f, "base-treatment-plan", asof, states=["ca-title9-ntp"], gaps=[["identifier-invalid"]],
          notes=f"Gap: the medical director's NPI {bad_md} begins with 3 (NPIs begin with 1 or 2) and fails the check "
                "digit. Everything else in time: plan 21 days after admission, update due 91 days after admission, "
                "countersignatures 4 and 8 days after the plan.",
          layout="Page header with the Medi-Cal number, one label per line, diagnoses in a sentence with 'ICD-10-CM' "
                 "before each code and the DSM-5 name in parentheses, 'Short-term goal 1.1' lines, signature lines "
                 "with em dashes.")


@plan
def ai23():
    f = "ai23_caprock_outpatient_cd.docx"
    pd, asof = D(2026, 9, 14), D(2026, 10, 5)
    dob = D(1995, 6, 17)
    tx_mcd = "518204736"
    t = [D(2026, 10, 12), D(2026, 11, 9), D(2026, 10, 26), D(2026, 12, 7)]
    chk_common(pd, asof, [pd, pd], t, [D(2026, 10, 12)], dob)

    doc = new_doc(font="Calibri", size=10.5)
    P(doc, "CAPROCK RECOVERY SERVICES", bold=True, size=13, align="center")
    P(doc, "Licensed Chemical Dependency Treatment Facility · 26 TAC Chapter 564 · Lubbock, TX", size=8, align="center")
    P(doc, "Individualized Treatment Plan — Outpatient", bold=True, align="center")
    T(doc, [["Client", "Date of birth", "Texas Medicaid #", "Plan date", "Program"],
            ["Jasper Okafor-Lindgren", us(dob), tx_mcd, us(pd), "Supportive outpatient"]])
    P(doc, "")
    P(doc, "DIAGNOSTIC IMPRESSION", bold=True)
    P(doc, "Primary: Alcohol use disorder, moderate (F10.20)")
    P(doc, "Secondary: Stimulant use disorder, amphetamine-type substance, moderate (F15.20)")
    P(doc, "Psychosocial: Unemployment (Z56.0)")
    P(doc, "")
    P(doc, "GOALS, OBJECTIVES AND STRATEGIES", bold=True)
    T(doc, [["Goal", "Objective (measurable, time-specific)", "Target date", "Strategy / type / frequency"],
            ["1. Jasper will stop drinking and using methamphetamine.",
             "1.1 Breathalyzer and urine screens negative at every test (at least weekly) for 4 weeks in a row.",
             us(t[1]), "Group counseling 3 times per week (3 hours); random testing weekly"],
            ["", "1.2 Write a relapse-prevention plan listing 5 triggers and 2 coping actions for each.",
             us(t[0]), "Individual counseling weekly, 60 minutes"],
            ["2. Jasper will find steady work.",
             "2.1 Complete a Texas Workforce Commission registration and submit at least 4 applications per week for 3 weeks.",
             us(t[2]), "Case management every 2 weeks"],
            ["", "2.2 Attend 2 or more mutual-support meetings per week and get a sponsor's phone number.",
             us(t[3]), "Peer recovery coaching weekly"]], size=9)
    P(doc, "")
    P(doc, "Projected length of stay: 12 weeks (outpatient).", bold=True)
    P(doc, f"Treatment plan review: {us(D(2026, 10, 12))} and every 30 days.")
    P(doc, "")
    P(doc, "SIGNATURES", bold=True)
    T(doc, [["Client signature", "Date", "Counselor signature / credential", "Date"],
            ["Jasper Okafor-Lindgren", us(pd), "Maribel Tejeda-Strand, LCDC", us(pd)]])
    save_docx(doc, f)
    label(f, "base-treatment-plan", asof, states=["tx-26tac-564"],
          notes="Clean. Objectives in a goals table are measurable, with their own target dates; each strategy has "
                "a frequency; projected length of stay 12 weeks; client and LCDC signatures dated. Diagnoses as "
                "'Primary: name (CODE)' lines: F10.20, F15.20, Z56.0.",
          layout="Centered letterhead, one-row identification table, a goals/objectives/strategies grid with blank "
                 "goal cells for continuation rows, a signature table laid out across one row.")


@plan
def ai24():
    f = "ai24_big_thicket_partial_codes.docx"
    pd, asof = D(2026, 4, 20), D(2026, 5, 15)
    dob = D(1988, 2, 29)
    tx_mcd = "620417385"
    t = [D(2026, 5, 18), D(2026, 6, 15), D(2026, 6, 1)]
    chk_common(pd, asof, [pd, pd], t, [D(2026, 5, 20)], dob)

    doc = new_doc(font="Times New Roman", size=11)
    P(doc, "Big Thicket Behavioral Recovery, LLC", bold=True, size=13)
    P(doc, "Chemical Dependency Treatment Plan", italic=True)
    P(doc, "")
    P(doc, f"Client: Delphine Ravensworth-Achebe    DOB: {us(dob)}    Medicaid ID: {tx_mcd}")
    P(doc, f"Date of plan: {us(pd)}    Counselor: Everett Molina-Fitzgerald, LCDC")
    P(doc, "")
    P(doc, "Diagnoses:", bold=True)
    P(doc, "1) Alcohol use disorder, moderate — F10.20")
    P(doc, "2) Stimulant use disorder, amphetamine-type substance, mild")
    P(doc, "")
    P(doc, "Problem 1: Weekend binge drinking with blackouts; methamphetamine use on work shifts.", bold=True)
    P(doc, "Goal: Delphine will stay free of alcohol and stimulants.")
    P(doc, f"Objective 1: Report zero drinking days and zero stimulant use days on weekly check-ins for 4 consecutive weeks by {us(t[1])}.")
    P(doc, f"Objective 2: Identify 3 people she can call when craving and call at least one of them each week, per counseling notes, by {us(t[0])}.")
    P(doc, "Strategies: individual counseling once a week (50 min); relapse-prevention group twice a week; "
           "random urine screens weekly.")
    P(doc, "")
    P(doc, "Problem 2: Conflict with employer about attendance.", bold=True)
    P(doc, "Goal: Keep her job.")
    P(doc, f"Objective 1: Miss no more than 1 scheduled shift per month, verified by pay stubs, by {us(t[2])}.")
    P(doc, "Strategies: case management every 2 weeks; work-schedule planning in individual sessions.")
    P(doc, "")
    P(doc, "Projected length of stay: 10 weeks")
    P(doc, f"Review date: {us(D(2026, 5, 20))}")
    P(doc, "")
    P(doc, f"Client signature: Delphine Ravensworth-Achebe    Date: {us(pd)}")
    P(doc, f"Counselor signature: Everett Molina-Fitzgerald, LCDC    Date: {us(pd)}")
    save_docx(doc, f)
    label(f, "base-treatment-plan", asof, states=["tx-26tac-564"], gaps=[["diagnosis-code-missing"]],
          notes="Gap: the second diagnosis (stimulant use disorder, amphetamine-type, mild; F15.10) is written as a "
                "DSM-5 name only, with no ICD-10-CM code; the first is coded F10.20.",
          layout="Several labels per line, numbered diagnosis lines 'n) name — CODE', 'Problem n:' blocks with "
                 "objectives numbered from 1 under each, strategies as run-in lines.")


@plan
def ai25():
    f = "ai25_susquehanna_child_plan_late.docx"
    intake, pd, asof = D(2026, 2, 9), D(2026, 3, 23), D(2026, 4, 6)
    dob = D(2015, 8, 19)
    access = "8820461937"
    mco_id = "UPH00731852"
    t = [D(2026, 6, 22), D(2026, 5, 18), D(2026, 6, 22), D(2026, 5, 4)]
    md_sig = D(2026, 3, 26)
    end = D(2026, 9, 23)
    chk_common(pd, asof, [pd, pd, md_sig], t, [D(2026, 6, 22)], dob)
    chk_pa(intake, pd, late=True)

    doc = new_doc(font="Calibri", size=10.5)
    P(doc, "Susquehanna Valley Family Counseling", bold=True, size=13)
    P(doc, "Outpatient Psychiatric Clinic — Child & Adolescent Treatment Plan", size=10)
    H(doc, "Child Information", 2)
    T(doc, [["Child", "Jaylen Okonkwo-Reyes"], ["DOB", us(dob)],
            ["Medical Assistance (ACCESS) ID", access], ["MCO member ID", mco_id],
            ["Parent/guardian", "Adaeze Okonkwo (mother)"], ["Intake date", us(intake)],
            ["Treatment plan date", us(pd)]], header=False, bold_first_col=True)
    H(doc, "DSM-5 / ICD-10-CM Diagnoses", 2)
    T(doc, [["ICD-10-CM", "DSM-5", "Priority"],
            ["F90.2", "Attention-deficit/hyperactivity disorder, combined presentation", "1"],
            ["F91.3", "Oppositional defiant disorder, moderate", "2"],
            ["Z62.820", "Parent-biological child conflict", "3"]])
    H(doc, "Goals and Objectives", 2)
    P(doc, "Goal 1: Jaylen will follow directions at home and school.", bold=True)
    P(doc, f"Objective 1.1: Follow adult directions within 1 prompt on 80% of opportunities, per daily behavior "
           f"chart, by {us(t[0])}.")
    P(doc, f"Objective 1.2: Reduce office discipline referrals from 3 per month to 0-1 per month by {us(t[1])}.")
    P(doc, "Goal 2: The family will have calmer evenings.", bold=True)
    P(doc, f"Objective 2.1: Mother will use labeled praise and planned ignoring, at least 5 praises per evening on "
           f"5 of 7 days, by {us(t[3])}.")
    P(doc, f"Objective 2.2: Reduce tantrums from daily to 2 or fewer per week by {us(t[2])}.")
    H(doc, "Treatment Modalities", 2)
    P(doc, "Parent-child interaction therapy (PCIT); individual CBT for emotion regulation; school consultation; "
           "medication evaluation with the clinic psychiatrist.")
    P(doc, "Family psychotherapy with patient (90847) 50 minutes weekly; individual psychotherapy (90832) "
           "30 minutes every other week.")
    P(doc, f"Expected duration: 6 months (through {us(end)}). Review every 90 days; next {us(D(2026, 6, 22))}.")
    H(doc, "Signatures", 2)
    P(doc, f"Parent/Guardian: Adaeze Okonkwo     Date: {us(pd)}")
    P(doc, f"Child (age 10): Jaylen Okonkwo-Reyes     Date: {us(pd)}")
    P(doc, f"Therapist: Lorcan Abiodun-Marsh, LPC     Date: {us(pd)}")
    P(doc, f"Psychiatrist approval: Ottilie Brandvold, MD     Date: {us(md_sig)}")
    save_docx(doc, f)
    label(f, "base-treatment-plan", asof, states=["pa-55-5200"], gaps=[["plan-late"]],
          notes=f"Gap: the plan is dated {us(pd)}, {days(intake, pd)} days after intake ({us(intake)}); PA allows 30. "
                "Both the ACCESS number and an MCO member ID are given; diagnoses F90.2, F91.3, Z62.820 billable.",
          layout="2-column information table, diagnosis table with a numeric 'Priority' column, bold goals over "
                 "'Objective 1.1:' lines, services in a sentence, four signature lines.")


# ============================================================================================
# Commercial ABA plans
# ============================================================================================


@plan
def ai26():
    f = "ai26_brightpath_aba_dsm_dual_code.docx"
    pd, asof = D(2026, 1, 20), D(2026, 3, 2)
    period = (D(2026, 2, 1), D(2026, 7, 31))
    review = D(2026, 7, 15)
    dob = D(2020, 4, 22)
    a1, a2 = D(2026, 1, 8), D(2026, 1, 12)
    dx_date = D(2024, 9, 17)
    bcba_npi = npi("188027364")
    member = "XJH884213907"
    td = [D(2026, 7, 15), D(2026, 6, 30), D(2026, 7, 15), D(2026, 5, 29), D(2026, 6, 30)]
    chk_common(pd, asof, [pd, pd], td, [review], dob)
    chk_aba(pd, period, review, [a1, a2], asof)

    doc = new_doc(font="Calibri", size=10.5)
    header_text(doc, [f"Brightpath Autism Services · Mateo Villanueva-Shah · Member ID {member}"])
    P(doc, "Brightpath Autism Services", bold=True, size=14, color="1F4E79")
    P(doc, "Applied Behavior Analysis — Initial Treatment Plan and Authorization Request", bold=True)
    H(doc, "Client and Coverage", 2)
    T(doc, [["Client", "Mateo Villanueva-Shah", "Date of birth", us(dob)],
            ["Health plan", "Cascadia Health Alliance PPO", "Member ID", member],
            ["Group #", "00918-AB", "Subscriber", "Priya Shah (mother)"],
            ["Plan date", us(pd), "Authorization period", f"{us(period[0])} – {us(period[1])}"]],
      header=False, bold_first_col=True)
    H(doc, "Diagnosis", 2)
    T(doc, [["ICD-10-CM", "Diagnosis (DSM-5)", "Primary", "Diagnosed by / date"],
            ["F84.0", "Autism spectrum disorder, 299.00 (F84.0): requiring substantial support for social "
                      "communication, with accompanying language impairment", "Yes",
             f"Lorraine Whitcombe, PhD, licensed psychologist — {us(dx_date)}"],
            ["F80.2", "Mixed receptive-expressive language disorder", "No", "SLP evaluation 08/2024"]])
    H(doc, "Assessments", 2)
    T(doc, [["Instrument", "Date", "Administered by", "Results"],
            ["VB-MAPP", us(a1), "Tamsin Eberhardt-Yoon, BCBA", "Milestones 58/170; Barriers 31"],
            ["Vineland-3 (parent form)", us(a2), "Tamsin Eberhardt-Yoon, BCBA",
             "Adaptive Behavior Composite 64"],
            ["Functional behavior assessment", us(a1), "Tamsin Eberhardt-Yoon, BCBA",
             "Elopement maintained by access to tangibles/escape"]])
    H(doc, "Treatment Goals", 2)
    goals = [
        ("Communication", "Mateo will independently request 15 preferred items or activities with 2-word phrases.",
         "3 independent 2-word mands per hour (probe 01/08/2026)",
         "80% of opportunities across 3 consecutive sessions", td[0]),
        ("Social", "Mateo will take turns with a peer in a structured game for 5 consecutive exchanges.",
         "1 exchange before leaving the game", "5 exchanges in 4 of 5 sessions across 2 weeks", td[1]),
        ("Behavior reduction", "Mateo will reduce elopement from the therapy area and home to 1 or fewer "
                               "episodes per day.", "6 episodes per day (10-day ABC data)",
         "1 or fewer per day for 4 consecutive weeks", td[2]),
        ("Adaptive", "Mateo will complete the 6-step handwashing routine independently.",
         "2 of 6 steps independent", "6 of 6 steps independently on 3 consecutive days", td[3]),
        ("Caregiver training", "Mother and father will implement the first-then board and token system "
                               "with at least 90% fidelity.", "40% fidelity (checklist, 01/12/2026)",
         "90% fidelity across 3 consecutive observed sessions", td[4]),
    ]
    rows = [["Domain", "Goal", "Baseline", "Mastery criteria", "Target date"]]
    for g in goals:
        rows.append([g[0], g[1], g[2], g[3], us(g[4])])
    T(doc, rows, size=9)
    H(doc, "Requested Services", 2)
    T(doc, [["CPT", "Service", "Hours per week", "Provider"],
            ["97153", "Adaptive behavior treatment by protocol (RBT)", "20 hours per week", "RBT"],
            ["97155", "Protocol modification by BCBA", "3 hours per week", "BCBA"],
            ["97156", "Family adaptive behavior treatment guidance", "1 hour per week", "BCBA"]])
    P(doc, f"Expected duration: 6 months. Progress report and plan review due {us(review)}.")
    H(doc, "Signatures", 2)
    P(doc, f"Supervising BCBA: Tamsin Eberhardt-Yoon, BCBA, LBA (NPI {bcba_npi})   Date: {us(pd)}")
    P(doc, f"Parent/Guardian: Priya Shah (mother)   Date: {us(pd)}")
    save_docx(doc, f)
    label(f, "commercial-aba", asof,
          notes="Clean. Primary F84.0 with the DSM-5 ICD-9-CM number written beside it in the description "
                "('299.00 (F84.0)'), as DSM-5 prints it: the diagnosis is coded F84.0, so no invalid code. Evaluator "
                "and date given; VB-MAPP and Vineland-3 within 2 weeks of the plan; 6-month authorization period; "
                "review 176 days after the plan; caregiver goal; hours per week per CPT code.",
          layout="Header with member ID, 4-column coverage table, diagnosis table with 'Diagnosed by / date', "
                 "assessment table, one goal grid with Baseline/Mastery/Target columns, service table.")


def aba_goal_blocks(doc, goals, style="blocks"):
    """goals: list of (title, statement, baseline, mastery, target_date, extra)."""
    if style == "blocks":
        for i, (title, st, base, mast, td, extra) in enumerate(goals, 1):
            P(doc, f"Target {i}: {title}", bold=True)
            P(doc, f"Goal: {st}")
            P(doc, f"Baseline: {base}")
            P(doc, f"Mastery criteria: {mast}")
            P(doc, f"Target date: {us(td)}")
            if extra:
                P(doc, extra, italic=True)
    elif style == "lines":
        for i, (title, st, base, mast, td, extra) in enumerate(goals, 1):
            R(doc, (f"LTG {i} ({title}): ", "b"), st)
            R(doc, "    ", ("Baseline – ", "i"), base, ("  |  Mastery – ", "i"), mast, ("  |  By – ", "i"), us(td))


@plan
def ai27():
    f = "ai27_little_oaks_f88_rule_out.docx"
    pd, asof = D(2026, 3, 16), D(2026, 4, 10)
    period = (D(2026, 4, 1), D(2026, 9, 30))
    review = D(2026, 9, 15)
    dob = D(2022, 11, 2)
    a1 = D(2026, 2, 27)
    member = "MHP-4471-90218"
    td = [D(2026, 9, 15), D(2026, 8, 31), D(2026, 9, 15), D(2026, 7, 31)]
    chk_common(pd, asof, [pd, pd], td, [review], dob)
    chk_aba(pd, period, review, [a1], asof)

    doc = new_doc(font="Arial", size=10)
    P(doc, "Little Oaks Developmental Therapies", bold=True, size=13)
    P(doc, "ABA Treatment Plan / Request for Authorization", size=11)
    P(doc, "")
    P(doc, f"Child: Oluwaseun Brightwater-Kim    DOB: {us(dob)}    Age: 3 y 4 m")
    P(doc, f"Insurance: Meridian Health Partners HMO    Member ID: {member}")
    P(doc, f"Date of plan: {us(pd)}    Requested period: {us(period[0])} to {us(period[1])}")
    P(doc, "")
    P(doc, "DIAGNOSTIC INFORMATION", bold=True)
    P(doc, "Primary diagnosis: F88 Global developmental delay (other disorders of psychological development)")
    P(doc, f"Diagnosed by: Cordula Ifeanyi-Hart, MD, developmental-behavioral pediatrician, on {us(D(2025, 11, 4))}")
    P(doc, "Rule out: Autism spectrum disorder (F84.0) — ADOS-2 evaluation scheduled 05/2026; not yet diagnosed.")
    P(doc, "Secondary: F80.2 Mixed receptive-expressive language disorder")
    P(doc, "")
    P(doc, "ASSESSMENT", bold=True)
    P(doc, f"VB-MAPP administered {us(a1)} by Hollis Fenwick-Adeyemi, BCBA: Level 1, Milestones score 14. "
           "Parent interview and direct observation (3 sessions).")
    P(doc, "")
    P(doc, "TREATMENT TARGETS", bold=True)
    aba_goal_blocks(doc, [
        ("Manding", "Oluwaseun will mand for 10 different items using a word or sign without prompts.",
         "0 independent mands (2 prompted mands per hour)", "80% independent across 3 consecutive sessions", td[0], ""),
        ("Imitation", "Oluwaseun will imitate 10 gross-motor actions on request.",
         "2 of 10 actions", "9 of 10 actions correct in 3 consecutive sessions", td[1], ""),
        ("Tantrums", "Reduce tantrums lasting over 2 minutes to 1 or fewer per day.",
         "7 per day (1-week parent data)", "1 or fewer per day for 3 consecutive weeks", td[2], ""),
        ("Parent training", "Parents will deliver mand-training trials with 85% procedural fidelity.",
         "30% fidelity", "85% or higher across 3 consecutive observations", td[3], ""),
    ])
    P(doc, "")
    P(doc, "SERVICES REQUESTED", bold=True)
    P(doc, "97153 — direct treatment by RBT — 15 hours per week")
    P(doc, "97155 — BCBA protocol modification — 2 hours per week")
    P(doc, "97156 — parent training — 1 hour per week")
    P(doc, f"Expected duration: 6 months. Re-assessment and plan review: {us(review)}.")
    P(doc, "")
    P(doc, "SIGNATURES", bold=True)
    P(doc, f"BCBA: Hollis Fenwick-Adeyemi, BCBA        {us(pd)}")
    P(doc, f"Parent/Guardian: Min-Ji Kim (mother)        {us(pd)}")
    save_docx(doc, f)
    label(f, "commercial-aba", asof, gaps=[["diagnosis-not-covered"]],
          notes="Gap: the primary diagnosis is F88 (global developmental delay); autism (F84.0) is only a rule-out "
                "pending an ADOS-2, so the primary diagnosis is not the covered F84.x. Everything else is complete.",
          layout="Label lines, 'Primary diagnosis / Diagnosed by / Rule out / Secondary' lines, 'Target n:' blocks "
                 "with Goal/Baseline/Mastery criteria/Target date lines, services as 'CODE — text — hours' lines.")


@plan
def ai28():
    f = "ai28_harborview_aba_category_f84.docx"
    pd, asof = D(2026, 5, 4), D(2026, 6, 1)
    period = (D(2026, 5, 11), D(2026, 11, 10))
    review = D(2026, 10, 26)
    dob = D(2018, 7, 30)
    a1, a2 = D(2026, 4, 14), D(2026, 4, 20)
    member = "W228410937"
    bcba_npi = npi("125098760")
    td = [D(2026, 10, 26), D(2026, 9, 28), D(2026, 10, 26), D(2026, 8, 31)]
    chk_common(pd, asof, [pd, D(2026, 5, 5)], td, [review], dob)
    chk_aba(pd, period, review, [a1, a2], asof)

    doc = new_doc(font="Calibri", size=10.5)
    P(doc, "HARBORVIEW BEHAVIOR CONSULTANTS", bold=True, size=13)
    P(doc, "Treatment Plan — Applied Behavior Analysis (Continuation)", bold=True)
    T(doc, [["Learner", "Date of birth", "Payer / member ID", "Plan date", "Auth period"],
            ["Soren Abernathy-Quaye", us(dob), f"Evergreen Mutual / {member}", us(pd),
             f"{us(period[0])}-{us(period[1])}"]], size=9)
    P(doc, "")
    P(doc, "Diagnosis", bold=True)
    P(doc, f"Autism Spectrum Disorder (ICD-10 F84) — Level 2. Diagnosed {us(D(2021, 2, 9))} by Anneliese "
           "Oduya-Brandt, PsyD, licensed psychologist (comprehensive diagnostic evaluation on file).")
    P(doc, "Co-occurring: F90.2 ADHD, combined presentation (pediatrician).")
    P(doc, "")
    P(doc, "Standardized assessment", bold=True)
    T(doc, [["Tool", "Date", "Score summary"],
            ["ABLLS-R", us(a1), "Gains in 19 of 25 domains since 10/2025; deficits in cooperation (B), social (L)"],
            ["Vineland-3", us(a2), "ABC 71 (Communication 74, DLS 70, Socialization 66)"]])
    P(doc, "")
    P(doc, "Goals", bold=True)
    aba_goal_blocks(doc, [
        ("conversation", "Soren will maintain a 4-turn conversation on a peer-chosen topic.",
         "1-2 turns (5 probes, 04/2026)", "4 turns in 80% of opportunities over 3 consecutive sessions", td[0], None),
        ("flexibility", "Soren will accept a change in schedule without aggression or crying.",
         "accepts 20% of planned changes", "90% of changes across 2 consecutive weeks", td[1], None),
        ("aggression", "Reduce hitting and kicking toward siblings to 0-1 episodes per week.",
         "5 episodes per week (parent log)", "1 or fewer per week for 4 consecutive weeks", td[2], None),
        ("caregiver", "Caregivers will run the visual schedule and planned-ignoring protocol with 90% fidelity.",
         "55% fidelity", "90% fidelity on 3 consecutive observations", td[3], None),
    ], style="lines")
    P(doc, "")
    P(doc, "Hours requested", bold=True)
    T(doc, [["CPT", "Description", "Hrs/week"],
            ["97153", "Direct treatment (RBT)", "18"],
            ["97155", "BCBA protocol modification / supervision", "2.5"],
            ["97156", "Caregiver guidance", "1"]])
    P(doc, f"Expected duration of this authorization: 6 months. Next progress review: {us(review)}.")
    P(doc, "")
    P(doc, f"BCBA: Farida Lindqvist-Owusu, BCBA (NPI {bcba_npi}) — signed {us(pd)}")
    P(doc, f"Guardian: Malcolm Abernathy (father) — signed {us(D(2026, 5, 5))}")
    save_docx(doc, f)
    label(f, "commercial-aba", asof, gaps=[["diagnosis-code-not-billable"]],
          notes="Gap: the autism diagnosis is coded 'ICD-10 F84', a category heading, not a billable code (F84.0). "
                "Evaluator and date are documented; assessments 2-3 weeks old; 6-month period; caregiver goal. "
                "F90.2 billable.",
          layout="One-row identification table, diagnosis in a prose sentence, an assessment table, 'LTG n "
                 "(domain):' lines with baseline/mastery/by on the next line separated by bars, hours table with a "
                 "bare number column 'Hrs/week'.")


@plan
def ai29():
    f = "ai29_prairie_star_no_evaluator.docx"
    pd, asof = D(2026, 8, 3), D(2026, 9, 14)
    period = (D(2026, 8, 10), D(2027, 2, 9))
    review = D(2027, 1, 25)
    dob = D(2019, 12, 12)
    a1 = D(2026, 7, 16)
    member = "BCX901447263"
    bcba_npi = npi("143667802")
    td = [D(2027, 1, 25), D(2026, 12, 14), D(2027, 1, 25), D(2026, 11, 30)]
    chk_common(pd, asof, [pd, pd], td, [review], dob)
    chk_aba(pd, period, review, [a1], asof)

    doc = new_doc(font="Calibri", size=10.5)
    H(doc, "Prairie Star ABA Center — Individual Treatment Plan", 1)
    P(doc, f"Client: Anouk Delacroix-Mensah | DOB: {us(dob)} | Member ID: {member} | Plan Date: {us(pd)}")
    P(doc, f"Authorization period requested: {us(period[0])} through {us(period[1])}")
    H(doc, "Diagnosis", 2)
    P(doc, "F84.0 Autism spectrum disorder (primary)")
    P(doc, "Z91.83 Wandering in diseases classified elsewhere")
    H(doc, "Assessment Results", 2)
    P(doc, f"AFLS (Basic Living Skills and Home Skills modules) completed {us(a1)}: Basic Living Skills 38%, "
           "Home Skills 22%. Preference assessment and parent interview also completed.")
    H(doc, "Goals", 2)
    goals = [
        ("Safety", "Anouk will stay within 3 feet of an adult in community settings.",
         "stays close on 25% of 1-minute intervals", "95% of intervals across 4 consecutive community outings", td[0]),
        ("Daily living", "Anouk will dress herself (shirt, pants, socks, shoes) with no more than 1 verbal prompt.",
         "full physical prompts for 4 of 4 items", "4 of 4 items with 1 or fewer verbal prompts on 5 consecutive mornings", td[1]),
        ("Communication", "Anouk will use her AAC device to request help or a break.",
         "0 independent requests per session", "5 independent requests per session across 3 consecutive sessions", td[2]),
        ("Parent training", "Parents will practise the community-safety protocol (hand-holding, stop signal, "
                            "reinforcement) with 90% fidelity.", "45% fidelity", "90% across 3 consecutive outings", td[3]),
    ]
    for i, g in enumerate(goals, 1):
        P(doc, f"{i}. {g[0]}: {g[1]}", style="List Number")
        P(doc, f"Baseline: {g[2]}.  Mastery: {g[3]}.  Target date: {us(g[4])}.")
    H(doc, "Services", 2)
    T(doc, [["Code", "Service", "Weekly hours"],
            ["97153", "1:1 behavior technician", "22 hours per week"],
            ["97155", "BCBA direction and protocol modification", "3 hours per week"],
            ["97156", "Parent training", "1.5 hours per week"]])
    P(doc, f"Length of authorization: 6 months. Plan review: {us(review)}.")
    H(doc, "Signatures", 2)
    T(doc, [["Signer", "Signature", "Date"],
            [f"Ingrid Sol-Abernethy, BCBA — supervising behavior analyst (NPI {bcba_npi})", "Ingrid Sol-Abernethy",
             us(pd)],
            ["Parent/guardian: Kwame Mensah (father)", "Kwame Mensah", us(pd)]])
    save_docx(doc, f)
    label(f, "commercial-aba", asof, gaps=[["field-missing"]],
          notes="Gap: the plan does not say who diagnosed the autism spectrum disorder or when (no evaluator, "
                "credential or date anywhere); reported by diagnosis-evaluation-documented as field-missing "
                "(warning). F84.0 and Z91.83 are billable. AFLS 18 days before the plan.",
          layout="Heading styles, identification on one line with pipes, Word numbered goals with baseline/mastery/"
                 "target on the following line, signer table with name and role in one cell.")


@plan
def ai30():
    f = "ai30_summit_bridge_bcba_npi.docx"
    pd, asof = D(2026, 2, 16), D(2026, 3, 30)
    period = (D(2026, 3, 1), D(2026, 8, 31))
    review = D(2026, 8, 14)
    dob = D(2017, 3, 5)
    a1, a2 = D(2026, 1, 27), D(2026, 2, 2)
    member = "ZQK550182774"
    bad = bad_npi("177290418")
    grp = npi("204455678")
    td = [D(2026, 8, 14), D(2026, 7, 31), D(2026, 8, 14), D(2026, 6, 30)]
    chk_common(pd, asof, [pd, pd], td, [review], dob)
    chk_aba(pd, period, review, [a1, a2], asof)

    doc = new_doc(font="Arial", size=9.5)
    P(doc, "Summit Bridge Behavioral Health — ABA Services", bold=True, size=12)
    P(doc, "Treatment Plan / Prior Authorization", bold=True)
    T(doc, [["Patient", "Ezekiel Marchetti-Obi", "DOB", us(dob)],
            ["Member ID", member, "Plan", "Keystone Crest Commercial PPO"],
            ["Plan date", us(pd), "Service period", f"{us(period[0])} - {us(period[1])}"],
            ["Rendering BCBA", "Giselle Harrow-Nakamura, BCBA", "BCBA NPI", bad],
            ["Billing provider", "Summit Bridge Behavioral Health, LLC", "Group NPI", grp]],
      header=False, bold_first_col=True)
    P(doc, "")
    P(doc, "Diagnoses", bold=True)
    T(doc, [["", "Code", "Description", "Diagnosing clinician", "Date"],
            ["Primary", "F84.0", "Autism spectrum disorder, Level 1", "Rupert Castellanos-Eze, PhD", us(D(2023, 6, 20))],
            ["Secondary", "F41.9", "Anxiety disorder, unspecified", "Pediatrician", us(D(2025, 10, 2))]])
    P(doc, "")
    P(doc, "Assessments", bold=True)
    P(doc, f"Vineland-3 Comprehensive Interview Form, {us(a1)}: ABC 78.  VB-MAPP Level 3 milestones and EESA, "
           f"{us(a2)}: 132 of 170.")
    P(doc, "")
    P(doc, "Goals / Objectives", bold=True)
    T(doc, [["Goal", "Baseline", "Mastery criterion", "Target"],
            ["Ezekiel will join a peer conversation by commenting or asking a question at least 3 times in 10 minutes.",
             "0-1 per 10 minutes", "3+ per 10 min in 4 of 5 sessions", us(td[0])],
            ["Ezekiel will use a coping card (breathing, break request) when frustrated instead of screaming.",
             "screams in 70% of frustrating tasks", "coping card used in 80% of frustrating tasks, 3 consecutive weeks",
             us(td[1])],
            ["Ezekiel will complete 3-step homework routines with 1 or fewer prompts.",
             "6-8 prompts per routine", "1 or fewer prompts on 5 consecutive school days", us(td[2])],
            ["Parent will run the coping-card and homework routines with 90% fidelity.",
             "50% fidelity", "90% on 3 consecutive checks", us(td[3])]], size=9)
    P(doc, "")
    P(doc, "Requested hours", bold=True)
    P(doc, "97153 — 12 hours/week; 97155 — 2 hours/week; 97156 — 1 hour/week.")
    P(doc, f"Expected duration: 6 months. Review date: {us(review)}.")
    P(doc, "")
    P(doc, f"Electronically signed by Giselle Harrow-Nakamura, BCBA on {us(pd)} 09:14")
    P(doc, f"Parent/guardian signature: Teresa Marchetti   Date: {us(pd)}")
    save_docx(doc, f)
    label(f, "commercial-aba", asof, gaps=[["identifier-invalid"]],
          notes=f"Gap: the rendering BCBA's NPI {bad} in the identification table fails the Luhn check (the group NPI "
                f"{grp} is valid). Diagnoses in a table with diagnosing clinician and date; everything else complete.",
          layout="4-column form table holding identifiers and NPIs, diagnosis table with a blank first header, goal "
                 "table with Baseline/Mastery criterion/Target columns, hours in one run-in line, e-signature.")


@plan
def ai31():
    f = "ai31_coastal_learning_rett.docx"
    pd, asof = D(2026, 10, 12), D(2026, 11, 9)
    period = (D(2026, 10, 19), D(2027, 4, 18))
    review = D(2027, 4, 5)
    dob = D(2019, 5, 19)
    a1 = D(2026, 9, 22)
    member = "CLH-77201-4458"
    td = [D(2027, 4, 5), D(2027, 3, 1), D(2027, 4, 5)]
    chk_common(pd, asof, [pd, pd], td, [review], dob)
    chk_aba(pd, period, review, [a1], asof)

    doc = new_doc(font="Calibri", size=10.5)
    P(doc, "Coastal Learning & Behavior Center", bold=True, size=13)
    P(doc, "ABA Plan of Care", size=12)
    R(doc, ("Patient: ", "b"), "Lilou Abernathy-Sato", "   ", ("DOB: ", "b"), us(dob), "   ",
      ("Member ID: ", "b"), member)
    R(doc, ("Plan date: ", "b"), us(pd), "   ", ("Authorization period: ", "b"),
      f"{us(period[0])} to {us(period[1])}")
    P(doc, "Diagnosis", bold=True)
    P(doc, f"Primary: F84.2 Rett syndrome; diagnosed by Imara Castellano-Reed, MD, pediatric neurologist, on "
           f"{us(D(2022, 3, 8))} (MECP2 mutation confirmed).")
    P(doc, "Secondary: G40.909 Epilepsy, unspecified, not intractable, without status epilepticus")
    P(doc, "Assessment", bold=True)
    P(doc, f"Vineland-3, administered {us(a1)}: ABC 48; Communication 45; Daily Living Skills 50.")
    P(doc, "Goals", bold=True)
    aba_goal_blocks(doc, [
        ("Eye-gaze choice making", "Lilou will choose between 2 pictures using eye gaze to request an activity.",
         "correct choice on 30% of trials", "80% correct across 3 consecutive sessions", td[0], None),
        ("Hand-mouthing", "Reduce hand-mouthing to under 10% of 10-second intervals during table activities.",
         "55% of intervals", "under 10% of intervals for 3 consecutive weeks", td[1], None),
        ("Caregiver training", "Parents will present 2-choice eye-gaze trials correctly during meals.",
         "35% correct implementation", "90% correct implementation on 3 consecutive observations", td[2], None),
    ], style="lines")
    P(doc, "Services", bold=True)
    P(doc, "97153 technician-delivered treatment 10 hours per week; 97155 BCBA protocol modification 2 hours per "
           "week; 97156 family guidance 1 hour per week.")
    P(doc, f"Expected duration: 6 months. Plan review due {us(review)}.")
    P(doc, "Signatures", bold=True)
    P(doc, f"Supervising BCBA: Percival Ndlovu-Hart, BCBA — {us(pd)}")
    P(doc, f"Parent/guardian: Chiyo Sato (mother) — {us(pd)}")
    save_docx(doc, f)
    label(f, "commercial-aba", asof, gaps=[["diagnosis-not-covered"]],
          notes="Gap: the primary diagnosis is F84.2 Rett syndrome, which the profile excludes from covered autism "
                "diagnoses (F84.0-F84.9 excluding F84.2). G40.909 valid. Evaluator/date given, Vineland-3 20 days "
                "before the plan.",
          layout="Label runs on shared lines, 'Primary:/Secondary:' diagnosis lines with the evaluator in the same "
                 "sentence, 'LTG n (domain):' goal lines, services in one sentence.")


@plan
def ai32():
    f = "ai32_lone_star_aba_medicaid_nested.docx"
    pd, asof = D(2026, 6, 8), D(2026, 7, 6)
    period = (D(2026, 6, 15), D(2026, 12, 14))
    review = D(2026, 12, 1)
    dob = D(2021, 9, 14)
    a1, a2 = D(2026, 5, 19), D(2026, 5, 26)
    tx_mcd = "731905548"
    mco = "SHP-0092217745"
    bcba_npi, grp_npi = npi("161187432"), npi("250033194")
    td = [D(2026, 12, 1), D(2026, 10, 30), D(2026, 11, 16), D(2026, 9, 30)]
    chk_common(pd, asof, [pd, D(2026, 6, 9)], td, [review], dob)
    chk_aba(pd, period, review, [a1, a2], asof)

    doc = new_doc(font="Calibri", size=10)
    P(doc, "LONE STAR CHILD DEVELOPMENT & ABA", bold=True, size=13, align="center")
    P(doc, "Texas Medicaid (STAR Kids) — ABA Treatment Plan", align="center")
    outer = doc.add_table(rows=2, cols=2)
    outer.style = "Table Grid"
    left, right = outer.cell(0, 0), outer.cell(0, 1)
    cell_text(left, "CHILD", bold=True)
    inner = left.add_table(rows=4, cols=2)
    inner.style = "Table Grid"
    for i, (k, v) in enumerate([("Name", "Mateus Oyelaran-Castillo"), ("DOB", us(dob)),
                                ("Texas Medicaid ID", tx_mcd), ("STAR Kids MCO member #", mco)]):
        cell_text(inner.cell(i, 0), k, bold=True)
        cell_text(inner.cell(i, 1), v)
    cell_text(right, "PROVIDER", bold=True)
    inner2 = right.add_table(rows=4, cols=2)
    inner2.style = "Table Grid"
    for i, (k, v) in enumerate([("BCBA", "Araceli Fontaine-Obuya, BCBA, LBA"), ("BCBA NPI", bcba_npi),
                                ("Group NPI", grp_npi), ("Plan date", us(pd))]):
        cell_text(inner2.cell(i, 0), k, bold=True)
        cell_text(inner2.cell(i, 1), v)
    m = outer.cell(1, 0).merge(outer.cell(1, 1))
    cell_text(m, f"Requested authorization period: {us(period[0])} – {us(period[1])} (6 months)")
    P(doc, "")
    P(doc, "DIAGNOSES", bold=True)
    T(doc, [["Rank", "ICD-10-CM", "Description", "Diagnosed by", "Date of diagnosis"],
            ["1 (primary)", "F84.0", "Autism spectrum disorder, requiring very substantial support",
             "Delphine Okoro-Whitfield, PhD, LSSP", us(D(2024, 1, 22))],
            ["2", "R62.50", "Unspecified lack of expected normal physiological development in childhood",
             "Pediatrician", us(D(2023, 5, 1))],
            ["3", "Z62.21", "Child in welfare custody (kinship placement with grandmother)", "—", "—"]])
    P(doc, "")
    P(doc, "STANDARDIZED ASSESSMENTS", bold=True)
    T(doc, [["Assessment", "Date", "Scores"],
            ["VB-MAPP", us(a1), "Milestones 21 (Level 1); Barriers 48"],
            ["Vineland-3 (caregiver form)", us(a2), "ABC 52"]])
    P(doc, "")
    P(doc, "TREATMENT GOALS", bold=True)
    gt = doc.add_table(rows=1, cols=5)
    gt.style = "Table Grid"
    for j, h in enumerate(["Goal", "Baseline", "Objective / mastery criterion", "Target date", "Status"]):
        cell_text(gt.cell(0, j), h, bold=True, shade="E2EFDA")
    rows = [
        ("G1. Mateus will follow 1-step instructions in the home (e.g., 'give me', 'come here').",
         "20% of opportunities", "80% of opportunities across 3 consecutive sessions", td[0], "New"),
        ("G2. Mateus will tolerate tooth brushing for 60 seconds without aggression.",
         "tolerates 5 seconds", "60 seconds on 5 consecutive days", td[1], "New"),
        ("G3. Mateus will reduce head-hitting to 2 or fewer episodes per day.",
         "14 per day (partial-interval data)", "2 or fewer per day for 4 consecutive weeks", td[2], "New"),
        ("G4. Grandmother will use the visual schedule and prompt hierarchy with 85% fidelity.",
         "30% fidelity", "85% fidelity on 3 consecutive observations", td[3], "New"),
    ]
    for g in rows:
        r = gt.add_row()
        for j, v in enumerate([g[0], g[1], g[2], us(g[3]), g[4]]):
            cell_text(r.cells[j], v, size=9)
    P(doc, "")
    P(doc, "REQUESTED SERVICES", bold=True)
    T(doc, [["HCPCS/CPT", "Service", "Hours per week", "Units per week"],
            ["97153", "Behavior treatment by protocol (RBT)", "25", "100"],
            ["97155", "Treatment with protocol modification (BCBA)", "4", "16"],
            ["97156", "Family treatment guidance", "2", "8"]])
    P(doc, f"Expected duration: 6 months. Plan review / reauthorization request due {us(review)}.")
    P(doc, "")
    P(doc, "SIGNATURES", bold=True)
    P(doc, f"☒ Reviewed and signed by BCBA: Araceli Fontaine-Obuya, BCBA, LBA   Date: {us(pd)}")
    P(doc, f"☒ Legal guardian signed: Esperanza Castillo (grandmother, kinship guardian)   Date: {us(D(2026, 6, 9))}")
    save_docx(doc, f)
    label(f, "commercial-aba", asof,
          notes="Clean. Identifiers in nested tables (Texas Medicaid ID, MCO member number, BCBA and group NPIs, all "
                "valid). Diagnosis table with rank, diagnosing clinician and date (F84.0 primary, R62.50, Z62.21). "
                "VB-MAPP and Vineland-3 within 3 weeks of the plan; period 6 months; review 176 days after the plan.",
          layout="Outer 2x2 table with nested label/value tables and a merged bottom row, goal table with Status "
                 "column, service table with hours and units, check-box sign-off lines.")


# ============================================================================================
# Medicare outpatient therapy (PT / OT / SLP)
# ============================================================================================


@plan
def ai33():
    f = "ai33_fairmount_pt_tka.docx"
    ev, asof = D(2026, 2, 3), D(2026, 3, 16)
    pd = ev
    period = (ev, D(2026, 4, 30))
    recert = D(2026, 4, 30)
    md = D(2026, 2, 10)
    dob = D(1949, 6, 12)
    mbi = "1EK7-AW3-TN48"
    pt_npi, md_npi = npi("133846207"), npi("184402951")
    td = [D(2026, 4, 28), D(2026, 3, 3), D(2026, 3, 17), D(2026, 4, 28)]
    chk_common(pd, asof, [pd, md], td, [recert], dob)
    chk_opt(ev, pd, period, recert, md, asof, 84)
    assert mbi_ok(mbi)

    doc = new_doc(font="Arial", size=9.5)
    header_text(doc, [f"Fairmount Physical Therapy · Patient: Wilhelmina Osei-Brandt · MBI {mbi.replace('-', '')}"])
    P(doc, "PLAN OF CARE / CERTIFICATION — PHYSICAL THERAPY", bold=True, size=12, align="center")
    T(doc, [["Patient name", "Wilhelmina Osei-Brandt", "DOB", us(dob), "Medicare (MBI)", mbi],
            ["Evaluation date (first visit)", us(ev), "Plan of care date", us(pd), "Referring MD",
             "Leopold Varga-Kent, MD"],
            ["Certification period", f"{us(period[0])} to {us(period[1])}", "Onset / surgery", "01/14/2026 R TKA",
             "Therapist", "Anika Brenner-Osei, PT, DPT"]],
      header=False, size=8.5)
    P(doc, "")
    P(doc, "Medical / treatment diagnoses", bold=True)
    T(doc, [["ICD-10-CM", "Description", "Type"],
            ["Z47.1", "Aftercare following joint replacement surgery", "Medical"],
            ["Z96.651", "Presence of right artificial knee joint", "Medical"],
            ["M25.661", "Stiffness of right knee, NEC", "Treatment"],
            ["R26.89", "Other abnormalities of gait and mobility", "Treatment"]], size=9)
    P(doc, "")
    P(doc, "Assessment", bold=True)
    P(doc, "76-year-old woman 3 weeks after right total knee arthroplasty. R knee AROM 12-78°, quad lag 10°, "
           "TUG 19.8 s with rolling walker, LEFS 22/80. Lives alone in a 2-story home with 12 steps and a rail on "
           "the right. Good rehab potential.")
    P(doc, "Long-term goals (12 weeks)", bold=True)
    P(doc, f"LTG 1: Pt will ambulate 500 ft in the community with a single-point cane, independently, by {us(td[0])}.")
    P(doc, f"LTG 2: R knee AROM 0-115° for stair climbing and car transfers by {us(td[3])}.")
    P(doc, "Short-term goals (4-6 weeks)", bold=True)
    P(doc, f"STG 1: R knee flexion to 100° and extension lag under 5° by {us(td[1])}.")
    P(doc, f"STG 2: Ascend/descend 12 steps with rail and reciprocal pattern with supervision by {us(td[2])}.")
    P(doc, "Plan of treatment", bold=True)
    T(doc, [["Interventions (CPT)", "Frequency", "Duration"],
            ["97110 therapeutic exercise; 97140 manual therapy; 97116 gait training; 97530 therapeutic activities; "
             "97010 cryotherapy", "2x/week", "12 weeks"]], size=9)
    P(doc, "Expected duration: 12 weeks.  Rehab potential: good.")
    P(doc, f"Recertification due: {us(recert)}")
    P(doc, "")
    P(doc, "Certification", bold=True)
    P(doc, "I certify the need for these services furnished under this plan of treatment while under my care.",
      italic=True, size=8.5)
    T(doc, [["", "Name / credentials", "NPI", "Signature", "Date"],
            ["Therapist", "Anika Brenner-Osei, PT, DPT", pt_npi, "/s/ Anika Brenner-Osei", us(pd)],
            ["Physician", "Leopold Varga-Kent, MD", md_npi, "/s/ L. Varga-Kent MD", us(md)]], size=9)
    save_docx(doc, f)
    label(f, "medicare-outpatient-therapy", asof,
          notes="Clean. Plan written at the evaluation (first treatment day); certification period 86 days; physician "
                "certified 7 days after the first treatment; recertification due 86 days after it and not yet due. "
                "Four codes in a diagnosis table with a Medical/Treatment type column; MBI written with dashes in "
                "the table and without them in the header.",
          layout="6-column form table, LTG/STG lines, an interventions table with CPT codes in one cell, a "
                 "certification signer table with NPIs.")


@plan
def ai34():
    f = "ai34_ridgeline_pt_low_back_retired.docx"
    ev, asof = D(2026, 5, 11), D(2026, 6, 22)
    pd = ev
    period = (ev, D(2026, 8, 8))
    recert = D(2026, 8, 8)
    np_sig = D(2026, 5, 20)
    dob = D(1955, 10, 3)
    mbi = "4RV8-GH6-DK12"
    pt_npi, np_npi = npi("140021896"), npi("171550343")
    td = [D(2026, 7, 20), D(2026, 6, 8), D(2026, 6, 22), D(2026, 7, 20)]
    chk_common(pd, asof, [pd, np_sig], td, [recert], dob)
    chk_opt(ev, pd, period, recert, np_sig, asof, 70)
    assert mbi_ok(mbi)

    doc = new_doc(font="Calibri", size=10.5)
    H(doc, "Ridgeline Rehabilitation — Outpatient Physical Therapy", 1)
    H(doc, "Initial Evaluation and Plan of Care", 2)
    P(doc, f"Patient: Benedikt Farrow-Anand    DOB: {us(dob)}    Medicare MBI: {mbi}")
    P(doc, f"Date of evaluation / start of care: {us(ev)}    Plan of care date: {us(pd)}")
    P(doc, f"Certification period: {us(period[0])} – {us(period[1])}")
    H(doc, "Diagnosis", 3)
    P(doc, "Medical diagnosis: M54.5 Low back pain")
    P(doc, "Medical diagnosis: M54.16 Radiculopathy, lumbar region")
    P(doc, "Treatment diagnosis: R26.89 Other abnormalities of gait and mobility; M62.81 Muscle weakness (generalized)")
    H(doc, "Objective findings", 3)
    P(doc, "Oswestry 46%. Lumbar flexion 40% of normal with peripheralization to L calf. SLR positive L at 45°. "
           "Gait: antalgic, 5-minute walk tolerance. Hip abductor strength 3+/5 bilaterally.")
    H(doc, "Goals", 3)
    P(doc, f"1. Oswestry Disability Index from 46% to 20% or less by {us(td[0])}.")
    P(doc, f"2. Centralize leg symptoms with repeated extension (no pain below the knee) by {us(td[1])}.")
    P(doc, f"3. Walk 30 minutes continuously for errands without increase in leg pain by {us(td[3])}.")
    P(doc, f"4. Independent with home exercise program, 100% correct return demonstration, by {us(td[2])}.")
    H(doc, "Plan", 3)
    P(doc, "Therapeutic exercise (97110), neuromuscular re-education (97112), manual therapy (97140), "
           "self-care/home management training (97535).")
    P(doc, "Frequency: 2 times per week.  Duration: 10 weeks.")
    P(doc, f"Recertification / progress report due: {us(recert)}")
    H(doc, "Signatures", 3)
    P(doc, f"Therapist: Clementine Adair-Boateng, PT, DPT (NPI {pt_npi})   Date: {us(pd)}")
    P(doc, f"Certifying practitioner: Ottoline Vance-Mbeki, NP (NPI {np_npi})   Date: {us(np_sig)}")
    P(doc, "I have reviewed this plan of care and certify that the services are medically necessary.", italic=True,
      size=9)
    save_docx(doc, f)
    label(f, "medicare-outpatient-therapy", asof,
          gaps=[["diagnosis-code-not-billable", "diagnosis-code-invalid"]],
          notes="Gap: the medical diagnosis M54.5 (low back pain) has not been billable since 2021-10-01 (expanded to "
                "M54.50/M54.51/M54.59); a retired code, so not-billable or invalid satisfies the gap. M54.16, R26.89, "
                "M62.81 billable. NP certification 9 days after the evaluation; certification period 89 days.",
          layout="Heading levels 1-3, 'Medical diagnosis:' / 'Treatment diagnosis:' lines (two codes on one line), "
                 "numbered goals, frequency and duration on one line, signature lines with NPIs.")


@plan
def ai35():
    f = "ai35_valley_ot_hip_fracture_7th_char.docx"
    ev, asof = D(2026, 9, 2), D(2026, 10, 12)
    pd = ev
    period = (ev, D(2026, 11, 30))
    recert = D(2026, 11, 30)
    md = D(2026, 9, 9)
    dob = D(1944, 1, 18)
    mbi = "7UC2-QF5-WA86"
    ot_npi, md_npi = npi("118844259"), npi("193306617")
    td = [D(2026, 11, 25), D(2026, 10, 14), D(2026, 10, 28), D(2026, 11, 25)]
    chk_common(pd, asof, [pd, md], td, [recert], dob)
    chk_opt(ev, pd, period, recert, md, asof, 84)
    assert mbi_ok(mbi)

    doc = new_doc(font="Tahoma", size=9.5)
    P(doc, "Valley Outpatient Occupational Therapy", bold=True, size=12)
    P(doc, "OT PLAN OF CARE (CMS-700 format)", bold=True)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    boxes = [("1. Patient's last name, first name", "Quarshie-Lindholm, Adelheid"),
             ("2. Provider name", "Valley Outpatient OT"), ("3. HICN / MBI", mbi),
             ("4. Type", "OT"), ("5. Start of care", us(ev)), ("6. Onset date", "08/04/2026"),
             ("7. Medical diagnosis", "S72.001 Fracture of unspecified part of neck of right femur\n"
                                      "Z96.641 Presence of right artificial hip joint"),
             ("8. Treatment diagnosis", "R26.81 Unsteadiness on feet; Z74.1 Need for assistance with personal care"),
             ("9. Visits from SOC", "1"),
             ("10. Date of birth", us(dob)), ("11. Plan of care date", us(pd)),
             ("12. Certification", f"From {us(period[0])} through {us(period[1])}")]
    for i, (cap, val) in enumerate(boxes):
        c = t.cell(i // 3, i % 3)
        cell_text(c, cap, size=7.5, bold=True)
        c.add_paragraph(val)
    P(doc, "")
    P(doc, "13. Plan of care — functional goals", bold=True)
    P(doc, "Short term goals:", italic=True)
    P(doc, f"STG 1: Pt will complete lower-body dressing with a reacher and sock aid with set-up only by {us(td[1])}.")
    P(doc, f"STG 2: Pt will perform toilet transfers to a raised seat with standby assistance by {us(td[2])}.")
    P(doc, "Long term goals:", italic=True)
    P(doc, f"LTG 1: Pt will bathe using a tub bench and hand-held shower independently while following hip "
           f"precautions by {us(td[0])}.")
    P(doc, f"LTG 2: Pt will prepare a simple hot meal standing with a walker, independently, by {us(td[3])}.")
    P(doc, "14. Treatment plan: 97535 self-care/ADL training; 97530 therapeutic activities; 97110 therapeutic "
           "exercise; DME and home-safety training.")
    P(doc, "15. Frequency / duration: 2x/week x 12 weeks")
    P(doc, f"Recert due {us(recert)}.")
    P(doc, "")
    P(doc, f"16. Signature of therapist: Fenella Osterberg, OTR/L    NPI {ot_npi}    Date {us(pd)}")
    P(doc, f"17. Certification — physician signature: Tiberius Acheampong, MD    NPI {md_npi}    Date {us(md)}")
    save_docx(doc, f)
    label(f, "medicare-outpatient-therapy", asof,
          gaps=[["diagnosis-code-not-billable", "diagnosis-code-invalid"]],
          notes="Gap: the medical diagnosis S72.001 lacks its required 7th character (e.g. S72.001D, subsequent "
                "encounter); without it the code is not billable (either not-billable or invalid satisfies the gap). "
                "Other codes billable. MD certification 7 days after SOC; period 89 days.",
          layout="CMS-700-style numbered caption boxes in a 3x4 table (caption over value), STG/LTG lines, numbered "
                 "form items for plan, frequency and signatures.")


@plan
def ai36():
    f = "ai36_cascade_slp_parkinson.docx"
    ev, asof = D(2026, 7, 7), D(2026, 8, 3)
    pd = ev
    period = (ev, D(2026, 10, 4))
    recert = D(2026, 10, 4)
    md = D(2026, 7, 14)
    dob = D(1947, 3, 29)
    mbi = "5WE3-HT4-RM09"
    slp_npi, md_npi = npi("107775420"), npi("159932004")
    td = [D(2026, 9, 1), D(2026, 8, 4), D(2026, 9, 1)]
    chk_common(pd, asof, [pd, md], td, [recert], dob)
    chk_opt(ev, pd, period, recert, md, asof, 56)
    assert mbi_ok(mbi)

    doc = new_doc(font="Calibri", size=10.5)
    P(doc, "Cascade Voice & Swallow Clinic", bold=True, size=13)
    P(doc, "Speech-Language Pathology Plan of Care", size=12)
    T(doc, [["Patient", "Anselm Kowalski-Ibe"], ["Date of birth", us(dob)], ["Medicare number", mbi],
            ["Evaluation (first treatment) date", us(ev)], ["Plan date", us(pd)],
            ["Certification period", f"{us(period[0])} – {us(period[1])}"],
            ["Referring physician", "Marisela Obuya-Grant, MD (neurology)"]],
      header=False, bold_first_col=True)
    P(doc, "")
    P(doc, "Diagnoses", bold=True)
    P(doc, "Medical: G20.A1 — Parkinson's disease without dyskinesia, without mention of fluctuations")
    P(doc, "Treatment: R49.0 — Dysphonia;  R13.12 — Dysphagia, oropharyngeal phase")
    P(doc, "")
    P(doc, "Evaluation summary", bold=True)
    P(doc, "Mean conversational loudness 62 dB SPL at 30 cm (norm 70-75); intelligibility 78% in sentences. "
           "MBSS 06/30/2026: delayed swallow initiation, mild vallecular residue with thin liquids, no "
           "penetration with chin tuck.")
    P(doc, "")
    P(doc, "Goals", bold=True)
    T(doc, [["#", "Goal", "Target date"],
            ["LTG 1", "Pt will maintain conversational loudness of at least 70 dB SPL at 30 cm for a 5-minute "
                      "conversation, with 90% sentence intelligibility.", us(td[0])],
            ["STG 1a", "Pt will sustain 'ah' at 80 dB SPL or more for 15 seconds on 10 of 10 trials.", us(td[1])],
            ["LTG 2", "Pt will eat a regular diet with thin liquids using chin tuck and effortful swallow with no "
                      "signs of aspiration on 3 consecutive meals observed.", us(td[2])]])
    P(doc, "")
    P(doc, "Treatment plan", bold=True)
    P(doc, "LSVT LOUD (92507), 4 sessions per week for 4 weeks, then 2 sessions per week for 4 weeks; "
           "dysphagia treatment (92526) within sessions. Home practice daily.")
    P(doc, "Duration: 8 weeks (24 sessions).")
    P(doc, f"Recertification: on or before {us(recert)}")
    P(doc, "")
    P(doc, f"Electronically signed by Philippa Adeyemi-Stroud, MS, CCC-SLP (NPI {slp_npi}) on {us(pd)} 15:20")
    P(doc, f"Physician certification: Marisela Obuya-Grant, MD (NPI {md_npi}) — e-signed {us(md)}")
    save_docx(doc, f)
    label(f, "medicare-outpatient-therapy", asof,
          notes="Clean. Medical diagnosis G20.A1 (the billable Parkinson's code since 2023-10-01) and treatment "
                "diagnoses R49.0 and R13.12 on 'Medical:'/'Treatment:' lines. Plan at the evaluation, physician "
                "certification 7 days later, certification period 89 days, duration 8 weeks.",
          layout="2-column information table, a goal table with LTG/STG labels in the first column, treatment in "
                 "prose with frequency changes, e-signature lines.")


@plan
def ai37():
    f = "ai37_keystone_spine_chiropractor_cert.docx"
    ev, asof = D(2026, 4, 14), D(2026, 5, 18)
    pd = ev
    period = (ev, D(2026, 7, 10))
    recert = D(2026, 7, 10)
    dc_sig = D(2026, 4, 20)
    dob = D(1952, 12, 7)
    mbi = "3NF6-VY2-KP71"
    pt_npi, dc_npi = npi("126640581"), npi("145590762")
    td = [D(2026, 7, 7), D(2026, 5, 12), D(2026, 6, 9)]
    chk_common(pd, asof, [pd, dc_sig], td, [recert], dob)
    chk_opt(ev, pd, period, recert, dc_sig, asof, 84)
    assert mbi_ok(mbi)

    doc = new_doc(font="Calibri", size=10.5)
    P(doc, "Keystone Spine & Sport Physical Therapy", bold=True, size=13)
    P(doc, "Physical Therapy Plan of Care", bold=True)
    P(doc, f"Patient Name: Evander Hollingsworth-Ade   |   DOB: {us(dob)}   |   MBI: {mbi}")
    P(doc, f"Initial Evaluation Date: {us(ev)}   |   POC Date: {us(pd)}   |   Cert Period: {us(period[0])} - {us(period[1])}")
    P(doc, "Referral: Fortunato Ribeiro-Adams, DC (Keystone Chiropractic)")
    P(doc, "")
    P(doc, "DIAGNOSES", bold=True)
    P(doc, "M51.26 Other intervertebral disc displacement, lumbar region  •  M54.16 Radiculopathy, lumbar region  "
           "•  R26.2 Difficulty in walking, NEC")
    P(doc, "")
    P(doc, "GOALS", bold=True)
    P(doc, f"LTG: Stand and walk 45 minutes for grocery shopping with pain 2/10 or less by {us(td[0])}.")
    P(doc, f"STG: Modified Oswestry from 52% to 35% or less by {us(td[1])}.")
    P(doc, f"STG: Lift 15 lb floor-to-waist with neutral spine, 5 repetitions, by {us(td[2])}.")
    P(doc, "")
    P(doc, "PLAN", bold=True)
    P(doc, "Therapeutic exercise 97110, manual therapy 97140, neuromuscular re-education 97112, mechanical "
           "traction 97012. Frequency: 3x/week for 4 weeks then 2x/week for 8 weeks. Expected duration: 12 weeks.")
    P(doc, f"Next recertification: {us(recert)}")
    P(doc, "")
    P(doc, "SIGNATURES", bold=True)
    P(doc, f"Treating therapist: Marit Osterhout, PT, DPT (NPI {pt_npi})   {us(pd)}")
    P(doc, f"Certifying physician: Fortunato Ribeiro-Adams, DC (NPI {dc_npi})   {us(dc_sig)}")
    save_docx(doc, f)
    label(f, "medicare-outpatient-therapy", asof, gaps=[["credential-not-permitted"]],
          unsure=["signature-missing"],
          notes="Gap: the plan is certified by a chiropractor (DC), who may not certify a Medicare therapy plan. Not "
                "judged: signature-missing (a reader may or may not count the DC's line as the physician/NPP "
                "signature). Diagnoses several per line separated by bullets, all billable.",
          layout="Pipe-separated label lines, bullet-separated diagnosis line, LTG/STG lines, plan paragraph with a "
                 "two-phase frequency, signature lines.")


@plan
def ai38():
    f = "ai38_northshore_hand_ot.docx"
    ev, asof = D(2026, 10, 6), D(2026, 11, 9)
    pd = ev
    period = (ev, D(2026, 12, 31))
    recert = D(2026, 12, 31)
    do_sig = D(2026, 10, 13)
    dob = D(1958, 8, 21)
    mbi = "6CG9-MM1-EY24"
    ot_npi, do_npi = npi("190011236"), npi("136678802")
    td = [D(2026, 12, 29), D(2026, 11, 10), D(2026, 12, 1)]
    chk_common(pd, asof, [pd, do_sig], td, [recert], dob)
    chk_opt(ev, pd, period, recert, do_sig, asof, 56)
    assert mbi_ok(mbi)

    doc = new_doc(font="Calibri", size=10)
    header_text(doc, ["NorthShore Hand Therapy · Occupational Therapy Plan of Care"])
    header_text(doc, [f"Patient: Ruth Abara-Lindstrom  ·  MBI {mbi}  ·  Therapist NPI {ot_npi}"], footer=True)
    P(doc, "Plan of Care — Hand Therapy (OT)", bold=True, size=13)
    T(doc, [["Patient", "Ruth Abara-Lindstrom", "DOB", us(dob)],
            ["Evaluation / 1st visit", us(ev), "Plan date", us(pd)],
            ["Cert. from", us(period[0]), "Cert. through", us(period[1])]], header=False, bold_first_col=True)
    P(doc, "")
    P(doc, "ICD-10 diagnosis codes", bold=True)
    P(doc, "S52.501D, M25.631, G56.01")
    P(doc, "(S52.501D unspecified fracture of lower end of right radius, subsequent encounter, routine healing; "
           "M25.631 stiffness of right wrist; G56.01 carpal tunnel syndrome, right upper limb)", size=9, italic=True)
    P(doc, "")
    P(doc, "Findings", bold=True)
    P(doc, "ORIF R distal radius 08/21/2026; cast off 09/29/2026. Wrist extension 25°, flexion 20°; grip R 8 lb vs "
           "L 46 lb; QuickDASH 68. Numbness in median distribution at night.")
    P(doc, "Goals", bold=True)
    P(doc, f"LTG 1: R grip strength 8 lb → 30 lb to open jars and carry a grocery bag by {us(td[0])}.")
    P(doc, f"STG 1: R wrist extension 25° → 50° by {us(td[1])}.")
    P(doc, f"STG 2: QuickDASH from 68 to 40 or less by {us(td[2])}.")
    P(doc, "Plan", bold=True)
    P(doc, "97110 therapeutic exercise; 97140 manual therapy; 97018 paraffin; 97760 orthotic management "
           "(night wrist splint). 2 visits per week x 8 weeks. Expected duration: 8 weeks.")
    P(doc, f"Recertification due by {us(recert)}.")
    P(doc, "")
    T(doc, [["Therapist", "Date", "Physician certification", "Date"],
            ["Solveig Marchetti-Ode, OTR/L, CHT", us(pd), f"Cornelius Abiola-Frost, DO · NPI {do_npi}", us(do_sig)]])
    save_docx(doc, f)
    label(f, "medicare-outpatient-therapy", asof,
          notes="Clean. Three codes on one line without descriptions (S52.501D, M25.631, G56.01) with the descriptions "
                "in a small italic note under them; all billable, 7th character present. DO certification 7 days "
                "after the first visit; period 86 days; MBI and therapist NPI in the footer.",
          layout="Header and footer identifiers, 4-column form table, code-only diagnosis line, arrow goals "
                 "('8 lb → 30 lb'), a signature table laid out across one row.")


@plan
def ai39():
    f = "ai39_prairie_rose_pt_invalid_knee.docx"
    ev, asof = D(2026, 1, 13), D(2026, 2, 23)
    pd = ev
    period = (ev, D(2026, 4, 10))
    recert = D(2026, 4, 10)
    md = D(2026, 1, 21)
    dob = D(1951, 4, 4)
    mbi = "2TJ4-DR7-XX55"
    pt_npi, md_npi = npi("121212125"), npi("177001345")
    td = [D(2026, 4, 7), D(2026, 2, 24), D(2026, 3, 10)]
    chk_common(pd, asof, [pd, md], td, [recert], dob)
    chk_opt(ev, pd, period, recert, md, asof, 84)
    assert mbi_ok(mbi)

    doc = new_doc(font="Arial", size=10)
    P(doc, "Prairie Rose Physical Therapy", bold=True, size=12)
    P(doc, "Initial Plan of Care", size=11)
    P(doc, "")
    P(doc, "Patient information", bold=True)
    P(doc, f"Name\tCasimir Wetherby-Oduya")
    P(doc, f"DOB\t{us(dob)}")
    P(doc, f"Medicare #\t{mbi}")
    P(doc, f"Date of first treatment\t{us(ev)}")
    P(doc, f"Plan date\t{us(pd)}")
    P(doc, f"Certification\t{us(period[0])} – {us(period[1])}")
    P(doc, "")
    P(doc, "Diagnosis", bold=True)
    T(doc, [["Dx", "Code", "Onset"],
            ["Primary osteoarthritis, right knee", "M17.111", "chronic"],
            ["Other abnormalities of gait and mobility", "R26.89", us(D(2025, 12, 1))],
            ["History of falling", "Z91.81", us(D(2025, 12, 20))]])
    P(doc, "")
    P(doc, "Problem list and goals", bold=True)
    P(doc, f"1) Pain with stairs → Goal: climb 14 stairs reciprocally with one rail, pain 3/10 or less, by {us(td[0])}.")
    P(doc, f"2) Fall risk (Berg 41/56) → Goal: Berg Balance Scale 50/56 or higher by {us(td[2])}.")
    P(doc, f"3) Weak quadriceps → Goal: 5x sit-to-stand in under 15 seconds without hands by {us(td[1])}.")
    P(doc, "")
    P(doc, "Treatment plan", bold=True)
    P(doc, "Therapeutic exercise (97110), balance/neuromuscular re-education (97112), gait training (97116), home "
           "exercise program. Frequency: 2x per week. Duration: 12 weeks.")
    P(doc, f"Recertification due {us(recert)}.")
    P(doc, "")
    P(doc, f"Therapist: Annika Lowe-Bamidele, PT   NPI {pt_npi}   Date {us(pd)}")
    P(doc, f"Physician: Horatio Mensah-Vale, MD   NPI {md_npi}   Date {us(md)}")
    save_docx(doc, f)
    label(f, "medicare-outpatient-therapy", asof, gaps=[["diagnosis-code-invalid"]],
          notes="Gap: the primary diagnosis is written M17.111, which does not exist in ICD-10-CM (right-knee primary "
                "osteoarthritis is M17.11). R26.89 and Z91.81 billable. MD certification 8 days after the first "
                "treatment; period 87 days.",
          layout="Tab-separated label lines, a diagnosis table with the description first and the code second, "
                 "'problem → Goal:' lines, signature lines with NPIs.")


# ============================================================================================
# Medicare home health
# ============================================================================================


def box_table(doc, boxes, cols=3, cap_size=7, val_size=9):
    rows = (len(boxes) + cols - 1) // cols
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    for i, (cap, val) in enumerate(boxes):
        c = t.cell(i // cols, i % cols)
        cell_text(c, cap, size=cap_size, bold=True)
        for line in val.split("\n"):
            p = c.add_paragraph()
            r = p.add_run(line)
            r.font.size = Pt(val_size)
    return t


@plan
def ai40():
    f = "ai40_bayou_home_health_485.docx"
    soc, asof = D(2026, 3, 2), D(2026, 4, 6)
    period = (soc, D(2026, 4, 30))
    md = D(2026, 3, 6)
    dob = D(1940, 9, 15)
    mbi = "8KA1-ND5-PW30"
    agency_npi, md_npi = npi("128800441"), npi("149063317")
    td = [D(2026, 4, 15), D(2026, 3, 30), D(2026, 4, 27), D(2026, 4, 27)]
    chk_common(soc, asof, [md], td, [], dob)
    chk_hh(soc, period, md, asof)
    assert mbi_ok(mbi)

    doc = new_doc(font="Arial", size=8.5, margins=0.5)
    P(doc, "HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True, size=11, align="center")
    box_table(doc, [
        ("1. Patient's HI claim no. (MBI)", mbi), ("2. Start of care date", us(soc)),
        ("3. Certification period", f"From: {us(period[0])}   To: {us(period[1])}"),
        ("4. Medical record no.", "BHH-260114"), ("5. Provider no. / NPI", agency_npi),
        ("6. Patient's name and address", "Thibodeaux-Mensah, Odile\n1180 Bayou Vista Dr, Houma, LA 70360"),
        ("7. Provider's name and address", "Bayou Crescent Home Health, 400 Canal Blvd, Thibodaux, LA 70301"),
        ("8. Date of birth", us(dob)), ("9. Sex", "F"),
        ("11. ICD-10-CM / principal diagnosis", "I11.0  Hypertensive heart disease with heart failure   Date 02/24/2026 (E)"),
        ("12. Surgical procedure", "N/A"),
        ("13. ICD-10-CM / other pertinent diagnoses",
         "I50.32  Chronic diastolic (congestive) heart failure\nE11.65  Type 2 DM with hyperglycemia\n"
         "Z79.4  Long-term (current) use of insulin\nZ99.81  Dependence on supplemental oxygen"),
    ])
    P(doc, "")
    P(doc, "21. Orders for discipline and treatments (specify amount/frequency/duration)", bold=True)
    P(doc, "SN 2w2, 1w6: skilled assessment of cardiopulmonary status, daily weights, teach HF diet and fluid limit, "
           "insulin administration teaching, medication reconciliation.")
    P(doc, "PT 2w3, 1w3: gait and transfer training, home exercise program, fall prevention.")
    P(doc, "HHA 2w8: assist with bathing and personal care.")
    P(doc, "SN PRN x 2 visits for weight gain over 3 lb in 1 day or 5 lb in 1 week.")
    P(doc, "")
    P(doc, "22. Goals / rehabilitation potential / discharge plans", bold=True)
    P(doc, f"Pt will keep weight within 3 lb of dry weight (184 lb) on daily log, with no HF hospitalization, by {us(td[2])}.")
    P(doc, f"Pt/caregiver will demonstrate correct insulin drawing up and injection 3 of 3 times by {us(td[1])}.")
    P(doc, f"Fasting blood glucose will be 80-180 mg/dL on 6 of 7 days per glucometer log by {us(td[3])}.")
    P(doc, f"Pt will ambulate 150 ft with rolling walker with standby assistance by {us(td[0])}.")
    P(doc, "Rehab potential: fair. Discharge when goals met and caregiver independent with care.")
    P(doc, "")
    box_table(doc, [
        ("23. Nurse's signature and date of verbal SOC", f"Verbal SOC from Dr. Aurelio Fonseca-Bright {us(soc)}; "
                                                           f"Jolene Arceneaux, RN {us(soc)}"),
        ("24. Physician's name and address", f"Aurelio Fonseca-Bright, MD, NPI {md_npi}\n900 Tunnel Blvd, Houma, LA"),
        ("26. Attending physician's signature and date signed", f"Aurelio Fonseca-Bright, MD (e-signed)  {us(md)}"),
    ], cols=3)
    P(doc, "27. Anyone who misrepresents, falsifies, or conceals essential information required for payment of "
           "Federal funds may be subject to fine, imprisonment, or civil penalty under applicable Federal statutes.",
      size=7, italic=True)
    save_docx(doc, f)
    label(f, "medicare-home-health", asof,
          notes="Clean. CMS-485-style caption boxes: MBI in box 1, principal diagnosis I11.0 and other diagnoses "
                "I50.32, E11.65, Z79.4, Z99.81 (all billable); 59-day certification period; MD signed 4 days after "
                "SOC; every discipline has a frequency (SN PRN with a visit limit).",
          layout="Numbered caption boxes (caption over value) in tables, orders and goals as paragraphs, signature "
                 "boxes.")


@plan
def ai41():
    f = "ai41_lakeland_home_health_g20.docx"
    soc, asof = D(2026, 6, 15), D(2026, 7, 20)
    period = (soc, D(2026, 8, 13))
    md = D(2026, 6, 19)
    dob = D(1938, 2, 2)
    mbi = "9MP4-CE7-TH62"
    agency_npi, md_npi = npi("156612237"), npi("119980337")
    td = [D(2026, 8, 10), D(2026, 7, 13), D(2026, 8, 10)]
    chk_common(soc, asof, [md], td, [], dob)
    chk_hh(soc, period, md, asof)
    assert mbi_ok(mbi)

    doc = new_doc(font="Calibri", size=10)
    P(doc, "Lakeland Visiting Nurses — Home Health Plan of Care", bold=True, size=12)
    T(doc, [["Patient", "Bartholomew Nyquist-Adebayo", "Medicare ID", mbi],
            ["DOB", us(dob), "Agency NPI", agency_npi],
            ["Start of care", us(soc), "Certification period", f"{us(period[0])} through {us(period[1])}"]],
      header=False, bold_first_col=True)
    P(doc, "")
    P(doc, "Diagnoses (M1021 / M1023)", bold=True)
    T(doc, [["OASIS item", "ICD-10-CM", "Description"],
            ["M1021 Primary", "G20", "Parkinson's disease"],
            ["M1023 Other", "R26.81", "Unsteadiness on feet"],
            ["M1023 Other", "Z91.81", "History of falling"],
            ["M1023 Other", "N40.0", "Benign prostatic hyperplasia without LUTS"]])
    P(doc, "")
    P(doc, "Orders", bold=True)
    P(doc, "PT: 3w2, 2w3, 1w3 — gait and balance training with walker, transfer training, home safety.")
    P(doc, "OT: 1w4 — bathroom safety, tub bench training, energy conservation.")
    P(doc, "SN: 1w2 then every other week x 3 — medication teaching (carbidopa/levodopa timing), orthostatic BP.")
    P(doc, "")
    P(doc, "Goals", bold=True)
    P(doc, f"• Pt will ambulate 200 ft with a 4-wheeled walker and supervision without loss of balance by {us(td[0])}.")
    P(doc, f"• Pt will transfer in and out of the tub with a tub bench with standby assistance by {us(td[1])}.")
    P(doc, f"• Pt and spouse will state the medication schedule and 3 signs of orthostatic hypotension, 100% correct, by {us(td[2])}.")
    P(doc, "")
    P(doc, "Physician certification", bold=True)
    P(doc, "I certify that this patient is confined to the home and needs intermittent skilled nursing care and/or "
           "physical or occupational therapy, that a face-to-face encounter was performed, and that the plan of "
           "care is established and will be periodically reviewed by me.", italic=True, size=8.5)
    P(doc, f"Signed: Esperanza Lindgren-Osei, MD   NPI {md_npi}   Date: {us(md)}")
    save_docx(doc, f)
    label(f, "medicare-home-health", asof,
          gaps=[["diagnosis-code-not-billable", "diagnosis-code-invalid"]],
          notes="Gap: the primary diagnosis is G20, which stopped being billable on 2023-10-01 (now G20.A1-G20.C); a "
                "retired code, so not-billable or invalid satisfies the gap. Other codes billable. Period 59 days; MD "
                "signature 4 days after SOC.",
          layout="4-column form table, OASIS-item diagnosis table (M1021/M1023), discipline orders as lines, bullet "
                 "goals, certification statement and one signature line.")


@plan
def ai42():
    f = "ai42_piedmont_home_health_bad_npi.docx"
    soc, asof = D(2026, 9, 8), D(2026, 10, 19)
    period = (soc, D(2026, 11, 6))
    md = D(2026, 9, 11)
    dob = D(1943, 11, 27)
    mbi = "4XH2-UR9-FN73"
    agency_npi = npi("176655423")
    bad = bad_npi("110248862")
    td = [D(2026, 11, 2), D(2026, 10, 9), D(2026, 10, 30)]
    chk_common(soc, asof, [md], td, [], dob)
    chk_hh(soc, period, md, asof)
    assert mbi_ok(mbi)

    doc = new_doc(font="Arial", size=9, margins=0.6)
    P(doc, "PIEDMONT HOMECARE PARTNERS", bold=True, size=12)
    P(doc, "Home Health Certification and Plan of Care", bold=True)
    box_table(doc, [
        ("Patient HI claim no.", mbi), ("SOC date", us(soc)),
        ("Certification period", f"{us(period[0])} – {us(period[1])}"),
        ("Patient", "Augustina Pemberton-Osei"), ("DOB", us(dob)), ("Agency NPI", agency_npi),
        ("Principal diagnosis (ICD-10-CM)", "J44.1 COPD with (acute) exacerbation"),
        ("Other diagnoses", "J96.11 Chronic respiratory failure with hypoxia; Z99.81 Dependence on supplemental "
                            "oxygen; I10 Essential hypertension"),
        ("Certifying physician / NPI", f"Lysander Okonjo-Whitfield, MD / NPI {bad}"),
    ])
    P(doc, "")
    P(doc, "Orders", bold=True)
    T(doc, [["Discipline", "Frequency / duration", "Treatments"],
            ["SN", "2w3, 1w5", "Cardiopulmonary assessment, pulse oximetry, inhaler and nebulizer teaching, O2 safety"],
            ["PT", "2w4", "Endurance and breathing-pacing training, gait with rollator"],
            ["MSW", "1w1, PRN x 1", "Community resources (meal delivery, Medicaid waiver application)"]])
    P(doc, "")
    P(doc, "Goals", bold=True)
    P(doc, f"1. Pt will use pursed-lip breathing and keep SpO2 at or above 90% on 2 L while walking 100 ft by {us(td[0])}.")
    P(doc, f"2. Pt will demonstrate correct metered-dose inhaler technique with spacer 3 of 3 times by {us(td[1])}.")
    P(doc, f"3. No ED visits or hospital admissions for COPD exacerbation through {us(td[2])}.")
    P(doc, "")
    P(doc, "Physician signature", bold=True)
    P(doc, f"Lysander Okonjo-Whitfield, MD — electronically signed {us(md)}")
    save_docx(doc, f)
    label(f, "medicare-home-health", asof, gaps=[["identifier-invalid"]],
          notes=f"Gap: the certifying physician's NPI {bad} fails the Luhn check; the agency NPI is valid. Diagnoses "
                "J44.1 (principal), J96.11, Z99.81, I10 billable; period 59 days; MD signed 3 days after SOC.",
          layout="Caption boxes for identifiers and diagnoses (NPI written 'name / NPI n' in one box), orders table "
                 "with home-health frequency codes, numbered goals, e-signature line.")


@plan
def ai43():
    f = "ai43_heartland_home_health_narrative.docx"
    soc, asof = D(2026, 1, 19), D(2026, 2, 16)
    period = (soc, D(2026, 3, 19))
    np_sig = D(2026, 1, 23)
    dob = D(1946, 5, 5)
    mbi = "1AD5-GJ3-RE84"
    np_npi, agency_npi = npi("162200449"), npi("208013579")
    td = [D(2026, 3, 16), D(2026, 2, 13), D(2026, 3, 16), D(2026, 3, 2)]
    chk_common(soc, asof, [np_sig], td, [], dob)
    chk_hh(soc, period, np_sig, asof)
    assert mbi_ok(mbi)

    doc = new_doc(font="Cambria", size=10.5)
    P(doc, "Heartland Home Health Services", bold=True, size=13)
    P(doc, "Plan of Care", bold=True, size=12)
    P(doc, f"Patient: Cornelius Abernathy-Fofanah   DOB {us(dob)}   Medicare MBI {mbi}")
    P(doc, f"Start of care {us(soc)} · Certification period {us(period[0])} to {us(period[1])} · Agency NPI {agency_npi}")
    P(doc, "")
    P(doc, "Diagnoses", bold=True)
    P(doc, "Principal: L89.153 Pressure ulcer of sacral region, stage 3")
    P(doc, "Secondary: E11.22 Type 2 diabetes mellitus with diabetic chronic kidney disease; N18.4 Chronic kidney "
           "disease, stage 4; Z79.4 Long-term (current) use of insulin")
    P(doc, "Past history (not treated this episode): right hip fracture 2024 (S72.001A at the time), now Z96.641 "
           "presence of right artificial hip joint; CVA 2019 without residual deficits (Z86.73).", size=9.5)
    P(doc, "")
    P(doc, "Clinical summary", bold=True)
    P(doc, "Homebound: leaves home only for dialysis evaluation and physician visits, requires wheelchair and "
           "assistance of 1. Sacral wound 3.2 x 2.5 x 0.6 cm with 20% slough; braden 13; lives with his daughter "
           "who works days.")
    P(doc, "")
    P(doc, "Orders and frequency", bold=True)
    P(doc, "Skilled nursing 3 visits per week for 4 weeks, then 2 visits per week for 4 weeks: wound care with "
           "calcium alginate and foam dressing, glucose monitoring review, diabetic and renal diet teaching.")
    P(doc, "Physical therapy 2 visits per week for 3 weeks: bed mobility and pressure-relief repositioning training.")
    P(doc, "Registered dietitian 1 visit in week 1 (1w1): protein intake plan for wound healing within renal limits.")
    P(doc, "")
    P(doc, "Goals", bold=True)
    P(doc, f"Goal 1 — Sacral wound will decrease in size by at least 50% (to 4.0 sq cm or less) with no signs of "
           f"infection by {us(td[0])}.")
    P(doc, f"Goal 2 — Daughter will perform the dressing change correctly in a return demonstration by {us(td[1])}.")
    P(doc, f"Goal 3 — Pt will shift weight or reposition at least every 2 hours while up in the chair, per log, by {us(td[3])}.")
    P(doc, f"Goal 4 — Pre-meal blood glucose 100-200 mg/dL on at least 80% of checks by {us(td[2])}.")
    P(doc, "")
    P(doc, "Certification", bold=True)
    P(doc, "I certify that this patient is under my care, is confined to the home, and needs intermittent skilled "
           "nursing and physical therapy. I authorized the services on this plan of care.", italic=True, size=9)
    P(doc, f"Certifying practitioner: Genevieve Oyelowo-Marsh, NP (NPI {np_npi})    Signed {us(np_sig)}")
    save_docx(doc, f)
    label(f, "medicare-home-health", asof,
          notes="Clean. Principal L89.153 and secondary E11.22, N18.4, Z79.4 (several codes per line, all billable); a "
                "past-history sentence mentions the code used for a 2024 hip fracture (S72.001A, itself valid) and "
                "Z-codes for history. NP certification 4 days after SOC; period 59 days.",
          layout="Narrative plan with bold run-in titles, 'Principal:/Secondary:' lines, orders as sentences with "
                 "visit frequencies, 'Goal n —' lines, certification statement and one signature line.")


# ============================================================================================
# FHIR R4 and C-CDA
# ============================================================================================

CPT = "http://www.ama-assn.org/go/cpt"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
SCT = "http://snomed.info/sct"
LOINC = "http://loinc.org"
NPI_SYS = "http://hl7.org/fhir/sid/us-npi"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"


def write_json(name, obj):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(obj, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def entry(res):
    return {"fullUrl": f"urn:uuid:{res['id']}", "resource": res}


def ref(res):
    return {"reference": f"urn:uuid:{res['id']}"}


@plan
def ai44():
    f = "ai44_fhir_psychotherapy_snomed_only.json"
    pd, asof = D(2026, 5, 5), D(2026, 6, 30)
    end = D(2026, 11, 3)
    dob = D(1954, 8, 30)
    mbi = "5TP8-AU2-CK46".replace("-", "")
    c_npi = npi("114433226")
    td = [D(2026, 8, 4), D(2026, 7, 7), D(2026, 8, 4)]
    chk_common(pd, asof, [pd], td, [], dob)
    chk_psy(pd, asof, days(pd, end))
    assert mbi_ok(mbi)
    u = lambda n: f"9a4e0c2d-44{n:02d}-4f1a-8b6e-2c5d7e9f10{n:02d}"
    pat = {"resourceType": "Patient", "id": u(1),
           "identifier": [
               {"type": {"coding": [{"system": V2_0203, "code": "MB", "display": "Member Number"}]},
                "system": "http://hl7.org/fhir/sid/us-mbi", "value": mbi},
               {"type": {"coding": [{"system": V2_0203, "code": "MR"}]}, "system": "urn:oid:2.16.840.1.113883.3.9191",
                "value": "WSC-0044719"}],
           "name": [{"use": "official", "family": "Valdivia-Okereke", "given": ["Ines", "Marguerite"]}],
           "gender": "female", "birthDate": iso(dob)}
    prac = {"resourceType": "Practitioner", "id": u(2),
            "identifier": [{"system": NPI_SYS, "value": c_npi}],
            "name": [{"family": "Thornbury-Ansah", "given": ["Lucius"], "suffix": ["LCSW"]}],
            "qualification": [{"code": {"coding": [{"system": "http://nucc.org/provider-taxonomy",
                                                    "code": "1041C0700X", "display": "Clinical Social Worker"}],
                                        "text": "LCSW"}}]}
    org = {"resourceType": "Organization", "id": u(3), "name": "Westshore Counseling Collective",
           "identifier": [{"system": NPI_SYS, "value": npi("203344556")}]}
    payer = {"resourceType": "Organization", "id": u(4), "name": "Medicare Part B"}
    cov = {"resourceType": "Coverage", "id": u(5), "status": "active", "beneficiary": ref(pat),
           "subscriberId": mbi, "payor": [ref(payer)]}
    c1 = {"resourceType": "Condition", "id": u(6),
          "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                         "code": "active"}]},
          "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                                             "code": "confirmed"}]},
          "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                    "code": "problem-list-item"}]}],
          "code": {"coding": [{"system": SCT, "code": "370143000", "display": "Major depressive disorder"}],
                   "text": "Major depressive disorder, recurrent, moderate"},
          "subject": ref(pat), "recordedDate": iso(D(2026, 4, 28)), "asserter": ref(prac)}
    c2 = copy.deepcopy(c1)
    c2["id"] = u(7)
    c2["code"] = {"coding": [{"system": SCT, "code": "21897009", "display": "Generalized anxiety disorder"}],
                  "text": "Generalized anxiety disorder"}
    g1 = {"resourceType": "Goal", "id": u(8), "lifecycleStatus": "active",
          "description": {"text": "Ines will have fewer depressed days and return to her weekly art class."},
          "subject": ref(pat), "addresses": [ref(c1)],
          "target": [
              {"measure": {"coding": [{"system": LOINC, "code": "44261-6",
                                       "display": "Patient Health Questionnaire 9 item (PHQ-9) total score"}]},
               "detailQuantity": {"value": 9, "comparator": "<=", "unit": "{score}"}, "dueDate": iso(td[0])},
              {"measure": {"text": "Art class or other planned activity attendance per week"},
               "detailQuantity": {"value": 1, "comparator": ">=", "unit": "/wk"}, "dueDate": iso(td[1])}],
          "note": [{"text": "Baseline: PHQ-9 17 (04/28/2026); no art class attendance since January."}]}
    g2 = {"resourceType": "Goal", "id": u(9), "lifecycleStatus": "active",
          "description": {"text": "Ines will worry less about her son's health and sleep better."},
          "subject": ref(pat), "addresses": [ref(c2)],
          "target": [{"measure": {"coding": [{"system": LOINC, "code": "70274-6",
                                              "display": "Generalized anxiety disorder 7 item (GAD-7) total score"}]},
                      "detailQuantity": {"value": 8, "comparator": "<", "unit": "{score}"}, "dueDate": iso(td[2])}],
          "note": [{"text": "Baseline: GAD-7 14 (04/28/2026)."}]}
    cp_id = u(11)
    sr = {"resourceType": "ServiceRequest", "id": u(10), "status": "active", "intent": "plan",
          "code": {"coding": [{"system": CPT, "code": "90834", "display": "Psychotherapy, 45 minutes with patient"}],
                   "text": "Individual psychotherapy (CBT)"},
          "subject": ref(pat), "basedOn": [{"reference": f"urn:uuid:{cp_id}"}],
          "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": iso(pd), "end": iso(end)},
                                          "frequency": 1, "period": 1, "periodUnit": "wk",
                                          "duration": 45, "durationUnit": "min"}},
          "requester": ref(prac), "performer": [ref(prac)], "reasonReference": [ref(c1), ref(c2)]}
    cp = {"resourceType": "CarePlan", "id": cp_id, "status": "active", "intent": "plan",
          "category": [{"text": "Outpatient behavioral health - psychotherapy"}],
          "title": "Psychotherapy treatment plan",
          "description": "Depressed mood and worry after her son's cancer diagnosis in early 2026; withdrawn from "
                         "friends and her art class; sleep 5 hours a night.",
          "subject": ref(pat), "period": {"start": iso(pd), "end": iso(end)}, "created": iso(pd),
          "author": ref(prac), "addresses": [ref(c1), ref(c2)], "goal": [ref(g1), ref(g2)],
          "activity": [{"reference": ref(sr)},
                       {"detail": {"kind": "ServiceRequest", "status": "scheduled",
                                   "code": {"text": "Cognitive behavioral therapy with behavioral activation"},
                                   "goal": [ref(g1), ref(g2)], "performer": [ref(prac)],
                                   "description": "CBT, behavioral activation, worry postponement; weekly, 45 minutes"}}],
          "note": [{"text": "Expected duration: 26 weeks. Plan reviewed with the client, who agrees with it."}]}
    prov = {"resourceType": "Provenance", "id": u(12), "target": [ref(cp)], "recorded": f"{iso(pd)}T16:20:00-05:00",
            "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                            "code": "author"}]}, "who": ref(prac)}],
            "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1",
                                     "display": "Author's Signature"}],
                           "when": f"{iso(pd)}T16:20:00-05:00", "who": ref(prac), "sigFormat": "image/jpeg",
                           "data": "c2lnbmF0dXJlLWltYWdlLXBsYWNlaG9sZGVy"}]}
    bundle = {"resourceType": "Bundle", "id": "ai44-westshore", "type": "collection",
              "timestamp": f"{iso(pd)}T16:21:00-05:00",
              "entry": [entry(r) for r in [cp, pat, prac, org, payer, cov, c1, c2, g1, g2, sr, prov]]}
    write_json(f, bundle)
    label(f, "medicare-psychotherapy", asof, gaps=[["diagnosis-code-missing"]], fmt="fhir",
          notes="Gap: both Conditions the CarePlan addresses are coded only in SNOMED CT (370143000, 21897009); there "
                "is no ICD-10-CM coding. MBI as a Patient identifier typed MB and as Coverage.subscriberId; NPIs valid; "
                "Provenance signature by the LCSW author.",
          layout="FHIR R4 collection Bundle: CarePlan, Patient, Practitioner, Coverage, two Conditions, two Goals "
                 "(one with two targets), a ServiceRequest with occurrenceTiming, Provenance.")


@plan
def ai46():
    f = "ai46_fhir_psychotherapy_icd_resolved_history.json"
    pd, asof = D(2026, 8, 18), D(2026, 9, 30)
    end = D(2026, 12, 8)
    dob = D(1962, 2, 11)
    mbi = "3GW5-EP8-HU19".replace("-", "")
    c_npi = npi("187762340")
    td = [D(2026, 11, 17), D(2026, 10, 13), D(2026, 12, 1)]
    chk_common(pd, asof, [pd], td, [], dob)
    chk_psy(pd, asof, days(pd, end))
    assert mbi_ok(mbi)
    u = lambda n: f"5b7d1f3a-46{n:02d}-4c2e-9a8b-7f6e5d4c3b{n:02d}"
    pat = {"resourceType": "Patient", "id": u(1),
           "identifier": [{"type": {"coding": [{"system": V2_0203, "code": "MR"}]},
                           "system": "urn:oid:2.16.840.1.113883.3.7711", "value": "00092231"}],
           "name": [{"use": "official", "family": "Abernathy-Kowalczyk", "given": ["Tobias"]}],
           "gender": "male", "birthDate": iso(dob)}
    prac = {"resourceType": "Practitioner", "id": u(2), "identifier": [{"system": NPI_SYS, "value": c_npi}],
            "name": [{"family": "Osei-Lindqvist", "given": ["Marisol"]}],
            "qualification": [{"code": {"text": "LMFT"}}]}
    payer = {"resourceType": "Organization", "id": u(3), "name": "Medicare"}
    cov = {"resourceType": "Coverage", "id": u(4), "status": "active", "beneficiary": ref(pat),
           "identifier": [{"type": {"coding": [{"system": V2_0203, "code": "MB"}]},
                           "system": "http://hl7.org/fhir/sid/us-mbi", "value": mbi}],
           "subscriberId": mbi, "payor": [ref(payer)]}
    c1 = {"resourceType": "Condition", "id": u(5),
          "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                         "code": "active"}]},
          "code": {"coding": [{"system": ICD10CM, "code": "F43.23",
                               "display": "Adjustment disorder with mixed anxiety and depressed mood"},
                              {"system": SCT, "code": "192110000"}],
                   "text": "Adjustment disorder with mixed anxiety and depressed mood"},
          "subject": ref(pat), "recordedDate": iso(D(2026, 8, 11)), "asserter": ref(prac)}
    c2 = {"resourceType": "Condition", "id": u(6),
          "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                         "code": "resolved"}]},
          "code": {"coding": [{"system": ICD10CM, "code": "F32.0",
                               "display": "Major depressive disorder, single episode, mild"}],
                   "text": "Major depressive disorder, single episode, mild (2019 episode, resolved)"},
          "subject": ref(pat), "abatementDateTime": "2020-03-01", "recordedDate": "2019-06-14"}
    c3 = {"resourceType": "Condition", "id": u(7),
          "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                         "code": "active"}]},
          "code": {"coding": [{"system": ICD10CM, "code": "Z56.6", "display": "Other physical and mental strain related to work"}],
                   "text": "Work-related strain"},
          "subject": ref(pat), "recordedDate": iso(D(2026, 8, 11))}
    g1 = {"resourceType": "Goal", "id": u(8), "lifecycleStatus": "active",
          "description": {"text": "Tobias will manage stress from the plant closure and feel steady again."},
          "subject": ref(pat), "addresses": [ref(c1)],
          "target": [{"measure": {"coding": [{"system": LOINC, "code": "70274-6"}], "text": "GAD-7 total score"},
                      "detailQuantity": {"value": 5, "comparator": "<=", "unit": "{score}"}, "dueDate": iso(td[0])},
                     {"measure": {"text": "Days per week with a planned job-search task done"},
                      "detailQuantity": {"value": 4, "comparator": ">=", "unit": "d/wk"}, "dueDate": iso(td[1])}],
          "note": [{"text": "Baseline: GAD-7 13; job-search tasks 0-1 days per week."}]}
    g2 = {"resourceType": "Goal", "id": u(9), "lifecycleStatus": "active",
          "description": {"text": "Tobias will talk with his wife about money decisions without arguments escalating."},
          "subject": ref(pat), "addresses": [ref(c3)],
          "target": [{"measure": {"text": "Escalated arguments per week (couple's log)"},
                      "detailQuantity": {"value": 1, "comparator": "<=", "unit": "/wk"}, "dueDate": iso(td[2])}]}
    cp_id = u(11)
    sr = {"resourceType": "ServiceRequest", "id": u(10), "status": "active", "intent": "order",
          "code": {"coding": [{"system": CPT, "code": "90837", "display": "Psychotherapy, 60 minutes with patient"}]},
          "subject": ref(pat), "basedOn": [{"reference": f"urn:uuid:{cp_id}"}],
          "occurrenceTiming": {"repeat": {"count": 16, "frequency": 1, "period": 1, "periodUnit": "wk",
                                          "duration": 60, "durationUnit": "min",
                                          "boundsPeriod": {"start": iso(pd), "end": iso(end)}}},
          "requester": ref(prac), "reasonReference": [ref(c1)]}
    cp = {"resourceType": "CarePlan", "id": cp_id, "status": "active", "intent": "plan",
          "title": "Behavioral health treatment plan (psychotherapy)",
          "description": "Anxiety, low mood and irritability since the announced closure of his plant in July 2026.",
          "subject": ref(pat), "period": {"start": iso(pd), "end": iso(end)}, "created": iso(pd),
          "author": ref(prac), "addresses": [ref(c1), ref(c3)], "goal": [ref(g1), ref(g2)],
          "activity": [{"reference": ref(sr)}],
          "note": [{"text": f"Electronically signed by Marisol Osei-Lindqvist, LMFT on {us(pd)} 11:05 AM"}]}
    prov = {"resourceType": "Provenance", "id": u(12), "target": [ref(cp)], "recorded": f"{iso(pd)}T11:05:00-04:00",
            "agent": [{"who": ref(prac)}],
            "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1"}],
                           "when": f"{iso(pd)}T11:05:00-04:00", "who": ref(prac)}]}
    bundle = {"resourceType": "Bundle", "id": "ai46-plan", "type": "collection",
              "entry": [entry(r) for r in [pat, cov, payer, prac, c1, c2, c3, g1, g2, sr, cp, prov]]}
    write_json(f, bundle)
    label(f, "medicare-psychotherapy", asof, fmt="fhir",
          notes="Clean. The CarePlan addresses F43.23 and Z56.6 (ICD-10-CM, billable); a resolved 2019 Condition "
                "(F32.0) sits in the bundle unlinked. The MBI is only on the Coverage (identifier typed MB and "
                "subscriberId); the Patient carries just an MRN. 16 weekly 60-minute sessions; period under 4 months.",
          layout="FHIR R4 collection Bundle with the CarePlan after its resources, Provenance signature plus an "
                 "e-signature note.")


def ccda_ts(d):
    return d.strftime("%Y%m%d")


@plan
def ai45():
    f = "ai45_ccda_care_plan_panic.xml"
    pd, asof = D(2026, 3, 24), D(2026, 5, 10)
    end = plus(pd, 24 * 7)
    dob = D(1957, 1, 6)
    mbi = "6QE2-DA9-MN38".replace("-", "")
    c_npi = npi("153310894")
    td = [D(2026, 6, 23), D(2026, 5, 12), D(2026, 6, 23)]
    chk_common(pd, asof, [pd], td, [], dob)
    chk_psy(pd, asof, days(pd, end))
    assert mbi_ok(mbi)
    T_ = ccda_ts
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="CP-20260324-0045"/>
  <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Plan of care note"/>
  <title>Behavioral Health Care Plan - Outpatient Psychotherapy</title>
  <effectiveTime value="{T_(pd)}101500-0600"/>
  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.4.927" extension="{mbi}" assigningAuthorityName="Medicare (MBI)"/>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="MRN-558210" assigningAuthorityName="Medical record number"/>
      <addr use="HP"><streetAddressLine>22 Larkspur Lane</streetAddressLine><city>Pueblo</city><state>CO</state><postalCode>81003</postalCode></addr>
      <patient>
        <name use="L"><given>Theodora</given><family>Quintero-Albright</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{T_(dob)}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{T_(pd)}101500-0600"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="{c_npi}"/>
      <code code="101YP2500X" codeSystem="2.16.840.1.113883.6.101" displayName="Professional Counselor"/>
      <assignedPerson><name><given>Ambrose</given><family>Whitlock-Danso</family><suffix>LPC</suffix></name></assignedPerson>
      <representedOrganization><name>Sangre Valley Counseling Center</name></representedOrganization>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization>
    <id root="2.16.840.1.113883.4.6" extension="{npi('219955331')}"/>
    <name>Sangre Valley Counseling Center</name>
  </representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator>
    <time value="{T_(pd)}113000-0600"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{c_npi}"/>
      <assignedPerson><name><given>Ambrose</given><family>Whitlock-Danso</family><suffix>LPC</suffix></name></assignedPerson>
    </assignedEntity>
  </legalAuthenticator>
  <documentationOf>
    <serviceEvent classCode="PCPR">
      <effectiveTime><low value="{T_(pd)}"/><high value="{T_(end)}"/></effectiveTime>
    </serviceEvent>
  </documentationOf>
  <component>
    <structuredBody>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.5.1" extension="2015-08-01"/>
          <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
          <title>Problems</title>
          <text>
            <table border="1"><thead><tr><th>Problem</th><th>ICD-10-CM</th><th>Status</th><th>Onset</th></tr></thead>
              <tbody>
                <tr ID="prob1"><td>Panic disorder</td><td>F41.0</td><td>Active</td><td>09/2025</td></tr>
                <tr ID="prob2"><td>Agoraphobia</td><td>F40.00</td><td>Active</td><td>11/2025</td></tr>
                <tr ID="prob3"><td>Major depressive disorder, single episode, moderate (2016)</td><td>F32.1</td><td>Resolved</td><td>2016</td></tr>
              </tbody></table>
          </text>
          <entry>
            <act classCode="ACT" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.3" extension="2015-08-01"/>
              <id root="7e1d2a55-0045-4c11-9d01-000000000001"/>
              <code code="CONC" codeSystem="2.16.840.1.113883.5.6"/>
              <statusCode code="active"/>
              <effectiveTime><low value="20250915"/></effectiveTime>
              <entryRelationship typeCode="SUBJ">
                <observation classCode="OBS" moodCode="EVN">
                  <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                  <id root="7e1d2a55-0045-4c11-9d01-000000000002"/>
                  <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
                  <text><reference value="#prob1"/></text>
                  <statusCode code="completed"/>
                  <effectiveTime><low value="20250915"/></effectiveTime>
                  <priorityCode code="63161005" codeSystem="2.16.840.1.113883.6.96" displayName="Principal"/>
                  <value xsi:type="CD" code="F41.0" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="Panic disorder [episodic paroxysmal anxiety]"/>
                </observation>
              </entryRelationship>
            </act>
          </entry>
          <entry>
            <act classCode="ACT" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.3" extension="2015-08-01"/>
              <id root="7e1d2a55-0045-4c11-9d01-000000000003"/>
              <code code="CONC" codeSystem="2.16.840.1.113883.5.6"/>
              <statusCode code="active"/>
              <effectiveTime><low value="20251110"/></effectiveTime>
              <entryRelationship typeCode="SUBJ">
                <observation classCode="OBS" moodCode="EVN">
                  <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                  <id root="7e1d2a55-0045-4c11-9d01-000000000004"/>
                  <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
                  <text><reference value="#prob2"/></text>
                  <statusCode code="completed"/>
                  <effectiveTime><low value="20251110"/></effectiveTime>
                  <value xsi:type="CD" code="70691001" codeSystem="2.16.840.1.113883.6.96" displayName="Agoraphobia">
                    <translation code="F40.00" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="Agoraphobia, unspecified"/>
                  </value>
                </observation>
              </entryRelationship>
            </act>
          </entry>
          <entry>
            <act classCode="ACT" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.3" extension="2015-08-01"/>
              <id root="7e1d2a55-0045-4c11-9d01-000000000005"/>
              <code code="CONC" codeSystem="2.16.840.1.113883.5.6"/>
              <statusCode code="completed"/>
              <effectiveTime><low value="2016"/><high value="2017"/></effectiveTime>
              <entryRelationship typeCode="SUBJ">
                <observation classCode="OBS" moodCode="EVN">
                  <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                  <id root="7e1d2a55-0045-4c11-9d01-000000000006"/>
                  <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
                  <text><reference value="#prob3"/></text>
                  <statusCode code="completed"/>
                  <effectiveTime><low value="2016"/><high value="2017"/></effectiveTime>
                  <value xsi:type="CD" code="F32.1" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="Major depressive disorder, single episode, moderate"/>
                  <entryRelationship typeCode="REFR">
                    <observation classCode="OBS" moodCode="EVN">
                      <templateId root="2.16.840.1.113883.10.20.22.4.6"/>
                      <code code="33999-4" codeSystem="2.16.840.1.113883.6.1" displayName="Status"/>
                      <statusCode code="completed"/>
                      <value xsi:type="CD" code="413322009" codeSystem="2.16.840.1.113883.6.96" displayName="Resolved"/>
                    </observation>
                  </entryRelationship>
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
              <item ID="goal1">Theodora will have fewer panic attacks: no more than 1 per week (panic diary), by {us(td[0])}.</item>
              <item ID="goal2">Theodora will drive alone to the grocery store and stay 20 minutes at least 2 times per week, by {us(td[1])}.</item>
              <item ID="goal3">Theodora will reduce her PDSS score from 16 to 7 or lower, by {us(td[2])}.</item>
            </list>
          </text>
          <entry>
            <observation classCode="OBS" moodCode="GOL">
              <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
              <id root="7e1d2a55-0045-4c11-9d01-000000000011"/>
              <code code="289169006" codeSystem="2.16.840.1.113883.6.96" displayName="Panic attack frequency"/>
              <text><reference value="#goal1"/>Theodora will have fewer panic attacks: no more than 1 per week (panic diary), by {us(td[0])}.</text>
              <statusCode code="active"/>
              <effectiveTime value="{T_(td[0])}"/>
            </observation>
          </entry>
          <entry>
            <observation classCode="OBS" moodCode="GOL">
              <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
              <id root="7e1d2a55-0045-4c11-9d01-000000000012"/>
              <code code="129025006" codeSystem="2.16.840.1.113883.6.96" displayName="Activity"/>
              <text><reference value="#goal2"/>Theodora will drive alone to the grocery store and stay 20 minutes at least 2 times per week, by {us(td[1])}.</text>
              <statusCode code="active"/>
              <effectiveTime value="{T_(td[1])}"/>
            </observation>
          </entry>
          <entry>
            <observation classCode="OBS" moodCode="GOL">
              <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
              <id root="7e1d2a55-0045-4c11-9d01-000000000013"/>
              <code code="273724008" codeSystem="2.16.840.1.113883.6.96" displayName="Assessment using scale"/>
              <text><reference value="#goal3"/>Theodora will reduce her PDSS score from 16 to 7 or lower, by {us(td[2])}.</text>
              <statusCode code="active"/>
              <effectiveTime value="{T_(td[2])}"/>
            </observation>
          </entry>
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.10" extension="2014-06-09"/>
          <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of treatment"/>
          <title>Plan of Treatment</title>
          <text>
            <table border="1"><thead><tr><th>Service</th><th>CPT</th><th>Session length</th><th>Frequency</th></tr></thead>
              <tbody><tr><td>Individual psychotherapy (CBT for panic, interoceptive and in-vivo exposure)</td><td>90834</td><td>45 minutes</td><td>Weekly</td></tr></tbody></table>
            <paragraph>Expected duration: 24 weeks (through {us(end)}).</paragraph>
          </text>
          <entry>
            <procedure classCode="PROC" moodCode="INT">
              <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
              <id root="7e1d2a55-0045-4c11-9d01-000000000021"/>
              <code code="90834" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4" displayName="Psychotherapy, 45 minutes with patient"/>
              <statusCode code="active"/>
              <effectiveTime xsi:type="IVL_TS"><low value="{T_(pd)}"/><high value="{T_(end)}"/></effectiveTime>
              <effectiveTime xsi:type="PIVL_TS" operator="A" institutionSpecified="true">
                <phase><width value="45" unit="min"/></phase>
                <period value="1" unit="wk"/>
              </effectiveTime>
            </procedure>
          </entry>
        </section>
      </component>
    </structuredBody>
  </component>
</ClinicalDocument>
"""
    with open(os.path.join(OUT, f), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(xml)
    label(f, "medicare-psychotherapy", asof, fmt="ccda",
          notes="Clean. Problems section: principal F41.0 (ICD-10-CM value), F40.00 as an ICD-10-CM translation under a "
                "SNOMED value, and a 2016 depressive episode (F32.1) under a completed concern with status Resolved. "
                "MBI as recordTarget id (root 2.16.840.1.113883.4.927); author NPI valid; legalAuthenticator signed (S) "
                "by the LPC; weekly 45-minute 90834 for 24 weeks.",
          layout="C-CDA R2.1 Care Plan document with Problems, Goals and Plan of Treatment sections.")


# ============================================================================================
# main
# ============================================================================================


def main():
    for fn in PLANS:
        fn()
    files = sorted(x for x in os.listdir(OUT) if re.match(r"ai\d\d_", x))
    LABELS.sort(key=lambda e: e["file"])
    assert [e["file"] for e in LABELS] == files, (len(LABELS), len(files))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    if "--summary" in sys.argv:
        from collections import Counter
        c = Counter((s["fmt"], s["payer"], tuple(s["states"]), s["clean"]) for s in SUMMARY)
        for k, v in sorted(c.items()):
            print(k, v)
        g = Counter(k for s in SUMMARY for k in s["gaps"])
        print(dict(g))
        print(len(SUMMARY), "plans;", sum(s["clean"] for s in SUMMARY), "clean")


if __name__ == "__main__":
    main()
