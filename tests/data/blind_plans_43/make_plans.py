"""Blind plan set 43 (prefix "aj"): goals and objectives in every form clinicians write them.

Deterministic: run with /work/main/.venv/bin/python make_plans.py; writes every plan and labels.json
into this folder. DOCX files are re-zipped with fixed timestamps and fixed core properties.
Everything is invented: no real patients, clinicians or agencies.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

OUT = Path(__file__).resolve().parent
D = dt.date.fromisoformat
FIXED = dt.datetime(2026, 11, 24, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# Finding kinds each profile can report at error or warning (resolved 2026-06-01 .. 2026-11-20;
# readability and info-only kinds left out).  From `authcheck profiles show ID --resolved`.
KINDS = {
    "base-treatment-plan": {
        "date-inconsistent", "diagnosis-code-invalid", "diagnosis-code-missing",
        "diagnosis-code-not-billable", "diagnosis-missing", "field-missing", "identifier-invalid",
        "service-code-invalid"},
    "medicare-outpatient-therapy": {
        "credential-not-permitted", "date-inconsistent", "diagnosis-code-invalid",
        "diagnosis-code-missing", "diagnosis-code-not-billable", "diagnosis-missing",
        "duration-missing", "field-missing", "frequency-missing", "goal-missing",
        "goal-not-measurable", "identifier-invalid", "intervention-missing", "plan-late",
        "review-interval-exceeded", "review-overdue", "service-code-invalid", "signature-late",
        "signature-missing"},
    "medicare-psychotherapy": {
        "amount-missing", "credential-missing", "date-inconsistent", "diagnosis-code-invalid",
        "diagnosis-code-missing", "diagnosis-code-not-billable", "diagnosis-missing",
        "duration-exceeds-limit", "duration-missing", "field-missing", "frequency-missing",
        "goal-missing", "goal-not-measurable", "identifier-invalid", "intervention-missing",
        "objective-not-measurable", "objective-not-time-bound", "plan-outdated",
        "service-code-invalid", "signature-missing"},
    "medicare-home-health": {
        "credential-not-permitted", "date-inconsistent", "diagnosis-code-invalid",
        "diagnosis-code-missing", "diagnosis-code-not-billable", "diagnosis-missing",
        "duration-missing", "field-missing", "frequency-missing", "goal-missing",
        "goal-not-measurable", "identifier-invalid", "intervention-missing",
        "review-interval-exceeded", "review-overdue", "service-code-invalid", "signature-missing"},
    "commercial-aba": {
        "amount-missing", "assessment-missing", "assessment-outdated", "baseline-missing",
        "caregiver-goal-missing", "date-inconsistent", "diagnosis-code-invalid",
        "diagnosis-code-missing", "diagnosis-code-not-billable", "diagnosis-missing",
        "diagnosis-not-covered", "duration-exceeds-limit", "field-missing", "goal-missing",
        "goal-not-measurable", "goal-not-time-bound", "identifier-invalid",
        "review-date-missing", "review-interval-exceeded", "service-code-invalid",
        "signature-missing"},
    "pa-55-5200": {
        "duration-missing", "field-missing", "goal-missing", "intervention-missing",
        "objective-missing", "plan-late", "signature-missing"},
    "ny-oasas-818": {
        "diagnosis-missing", "field-missing", "goal-missing", "intervention-missing", "plan-late",
        "signature-late", "signature-missing"},
    "fl-65d-30": {
        "field-missing", "frequency-missing", "goal-missing", "intervention-missing",
        "objective-missing", "objective-not-measurable", "objective-not-time-bound", "plan-late",
        "signature-late", "signature-missing"},
    "ca-title9-ntp": {
        "field-missing", "goal-missing", "objective-missing", "objective-not-time-bound",
        "plan-late", "review-date-missing", "review-interval-exceeded", "review-overdue",
        "signature-late", "signature-missing"},
    "tx-26tac-564": {
        "duration-missing", "frequency-missing", "goal-missing", "intervention-missing",
        "objective-missing", "objective-not-measurable", "objective-not-time-bound",
        "signature-missing"},
}
# profile numbers used in the self-checks below
PA_PLAN_DAYS = 30
NY_PLAN_DAYS, NY_MD_DAYS = 7, 10
FL_DAYS = {"residential level 2": 15, "day or night treatment": 10, "intensive inpatient": 3}
FL_QP_DAYS = 10
CA_PLAN_DAYS, CA_REVIEW_DAYS, CA_SIGN_DAYS = 28, 92, 14
MOT_CERT_DAYS, MOT_REVIEW_DAYS = 30, 90
HH_REVIEW_DAYS = 60
ABA_REVIEW_DAYS, ABA_ASSESS_DAYS = 184, 365
PSY_PLAN_AGE = 365

LABELS: list[dict] = []


def label(file, payer, states, as_of, gaps, notes, unsure=()):
    kinds = set(KINDS[payer])
    for s in states:
        kinds |= KINDS[s]
    gap_kinds = {k for g in gaps for k in g}
    for g in gaps:
        assert any(k in kinds for k in g), (file, g)
    check_with = ["--payer", payer]
    for s in states:
        check_with += ["--state", s]
    check_with += ["--as-of", as_of.isoformat()]
    LABELS.append({
        "file": file,
        "check_with": check_with,
        "must_report": [list(g) for g in gaps],
        "must_not_report": sorted(kinds - gap_kinds - set(unsure)),
        "notes": notes,
    })


def days(a, b):
    return (b - a).days


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


# ---------------------------------------------------------------------------------------------
# NPIs: Luhn check digit over 80840 + first nine digits
def npi(nine: str) -> str:
    assert len(nine) == 9 and nine[0] in "12"
    digits = [int(c) for c in "80840" + nine]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return nine + str((10 - total % 10) % 10)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and n[0] in "12" and npi(n[:9]) == n


assert npi("123456789") == "1234567893"


# ---------------------------------------------------------------------------------------------
# date formats
def fd(d, style="us"):
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{d:%B} {d.day}, {d.year}"
    if style == "abbr":
        return f"{d:%b} {d.day}, {d.year}"
    if style == "short":
        return f"{d.month}/{d.day}/{d:%y}"
    if style == "dmy":
        return d.strftime("%d-%b-%Y")
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    if style == "nozero":
        return f"{d.month}/{d.day}/{d.year}"
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------
# DOCX helpers
def new_doc(font="Calibri", size=10.5, landscape=False, margin=0.8):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Inches(margin))
    return doc


def h(doc, text, lvl=1):
    return doc.add_heading(text, level=lvl)


def p(where, text="", bold=False, italic=False, size=None, align=None, style=None, caps=False,
      color=None):
    par = where.add_paragraph(style=style) if style else where.add_paragraph()
    if text:
        r = par.add_run(text)
        r.bold = bold
        r.italic = italic
        if caps:
            r.font.all_caps = True
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return par


def runs(where, parts, style=None):
    """parts: list of (text, 'b'|'i'|'bi'|'') tuples."""
    par = where.add_paragraph(style=style) if style else where.add_paragraph()
    for text, fmt in parts:
        r = par.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
        if "u" in fmt:
            r.underline = True
    return par


def lv(where, pairs, gap="     "):
    """Label: value pairs on one line (label bold)."""
    parts = []
    for i, (k, v) in enumerate(pairs):
        if i:
            parts.append((gap, ""))
        parts.append((f"{k}: ", "b"))
        parts.append((v, ""))
    return runs(where, parts)


def set_cell(cell, text, bold=False, italic=False, size=None, shade=None):
    lines = text.split("\n") if isinstance(text, str) else text
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if line:
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


def tbl(where, rows, header=True, widths=None, style="Table Grid", size=None, shade_head="D9D9D9",
        bold_first_col=False):
    t = where.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            set_cell(t.cell(i, j), val, bold=(header and i == 0) or (bold_first_col and j == 0),
                     size=size, shade=shade_head if header and i == 0 and shade_head else None)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Inches(w)
    return t


def merge_row(t, r, text, bold=True, shade="EDEDED"):
    c = t.cell(r, 0).merge(t.cell(r, len(t.columns) - 1))
    set_cell(c, text, bold=bold, shade=shade)
    return c


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def header_footer(doc, header=None, footer=None):
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer


def _w(tag, **attrs):
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(k), v)
    return el


def _run_el(text, bold=False, deleted=False):
    r = _w("w:r")
    if bold:
        rpr = _w("w:rPr")
        rpr.append(_w("w:b"))
        r.append(rpr)
    t = _w("w:delText" if deleted else "w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    return r


_IDS = [100]


def _next_id():
    _IDS[0] += 1
    return str(_IDS[0])


def sdt_text(par, text, tag, alias=None, bold=False):
    """Append an inline content control holding text to a paragraph."""
    sdt = _w("w:sdt")
    pr = _w("w:sdtPr")
    if alias:
        pr.append(_w("w:alias", **{"w:val": alias}))
    pr.append(_w("w:tag", **{"w:val": tag}))
    pr.append(_w("w:id", **{"w:val": _next_id()}))
    pr.append(_w("w:text"))
    sdt.append(pr)
    content = _w("w:sdtContent")
    content.append(_run_el(text, bold=bold))
    sdt.append(content)
    par._p.append(sdt)
    return par


def ins_text(par, text, author="", when="2026-10-01T10:00:00Z"):
    ins = _w("w:ins", **{"w:id": _next_id(), "w:author": author, "w:date": when})
    ins.append(_run_el(text))
    par._p.append(ins)
    return par


def del_text(par, text, author="", when="2026-10-01T10:00:00Z"):
    de = _w("w:del", **{"w:id": _next_id(), "w:author": author, "w:date": when})
    de.append(_run_el(text, deleted=True))
    par._p.append(de)
    return par


def comment(doc, run, text, author, initials, when):
    c = doc.add_comment(run, text=text, author=author, initials=initials)
    c._comment_elm.date = when
    return c


def checkbox_line(where, label_text, options, ticked):
    parts = [(label_text + " ", "b")]
    for o in options:
        parts.append((("☒ " if o in ticked else "☐ ") + o + "   ", ""))
    return runs(where, parts)


def save(doc, name):
    cp = doc.core_properties
    cp.author = "Clinical Records"
    cp.last_modified_by = "Clinical Records"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    (OUT / name).write_bytes(out.getvalue())


def write_text(name, text):
    (OUT / name).write_text(text, encoding="utf-8", newline="\n")


CRISIS = ("If you are in crisis, call or text 988 (Suicide & Crisis Lifeline) or go to the nearest "
          "emergency room. After hours, call the clinic line and follow the prompts for the on-call "
          "clinician.")
CONSENT = ("I took part in writing this plan. I understand that I may ask for a copy, request changes "
           "at any time, and refuse any part of treatment. I have received the Notice of Privacy "
           "Practices and the client rights and grievance procedure.")


# =============================================================================================
# aj01  psychotherapy + PA, SMART objective table, clean
def aj01():
    name = "aj01_smart_table_psychotherapy_pa.docx"
    intake, plan, as_of = D("2026-08-04"), D("2026-08-25"), D("2026-10-15")
    t1, t2, t3 = D("2026-11-24"), D("2026-12-22"), D("2027-01-26")
    end = D("2027-02-24")
    assert days(intake, plan) <= PA_PLAN_DAYS and days(plan, as_of) <= PSY_PLAN_AGE
    assert days(plan, end) < 365 and all(t > plan for t in (t1, t2, t3))
    n_clin = npi("134829561")
    doc = new_doc(font="Arial", size=10)
    header_footer(doc, "Laurel Ridge Behavioral Health Clinic  |  Individualized Treatment Plan",
                  "Client: Renata Okafor   DOB 03/14/1981   Page 1 of 2   CONFIDENTIAL")
    p(doc, "LAUREL RIDGE BEHAVIORAL HEALTH CLINIC", bold=True, size=14, align="c")
    p(doc, "412 Orchard Street, Carlisle, PA 17013  •  Licensed Outpatient Psychiatric Clinic",
      align="c", size=9)
    p(doc, "INDIVIDUALIZED TREATMENT PLAN (INITIAL)", bold=True, size=12, align="c")
    h(doc, "Client Information", 2)
    t = tbl(doc, [
        ["Client Name", "Renata Okafor", "Date of Birth", "03/14/1981"],
        ["Medicare MBI", "2KD7WN4RT61", "Clinic Record #", "LR-20931"],
        ["Intake Date", fd(intake), "Plan Date", fd(plan)],
        ["Primary Clinician", "Marcus Eddy, LPC (NPI " + n_clin + ")", "Program", "Adult Outpatient"],
    ], header=False, bold_first_col=False, widths=[1.4, 2.0, 1.3, 1.8])
    for r in t.rows:
        for j in (0, 2):
            for par in r.cells[j].paragraphs:
                for run in par.runs:
                    run.bold = True
    h(doc, "Diagnoses (ICD-10-CM)", 2)
    tbl(doc, [["Code", "Description", "Primary"],
              ["F33.1", "Major depressive disorder, recurrent, moderate", "Yes"],
              ["F41.1", "Generalized anxiety disorder", ""]], widths=[0.9, 4.2, 0.8])
    h(doc, "Strengths and Needs", 2)
    p(doc, "Strengths: long work history as a school cafeteria manager, supportive sister, attends "
           "church weekly, motivated for treatment. Needs: low mood most days since her layoff in "
           "March 2026, withdrawal from friends, worry about finances that keeps her up at night.")
    h(doc, "Goals and SMART Objectives", 2)
    p(doc, "Each objective is written in SMART form (Specific, Measurable, Achievable, Relevant, "
           "Time-bound). Renata reviewed and agreed with each row.", italic=True, size=9)
    runs(doc, [("Goal 1: ", "b"), ("Renata will lift her mood enough to return to the volunteer work "
                                  "she stopped in the spring.", "")])
    tbl(doc, [
        ["Obj.", "Specific", "Measurable", "Achievable", "Relevant", "Time-bound"],
        ["1a", "Renata will lower her depression score.", "PHQ-9 total from 19 (08/04/2026) to 9 or "
         "below, given every 4 weeks in session.", "Weekly CBT; medication review with psychiatry.",
         "Depression is the main barrier to daily activity.", "By " + fd(t2)],
        ["1b", "Renata will schedule and complete pleasant or valued activities.",
         "At least 4 planned activities per week, recorded on her activity log (baseline: 1 per week).",
         "Behavioral activation worksheet; sister as support.", "Rebuilds routine and contact with others.",
         "By " + fd(t1)],
    ], widths=[0.45, 1.3, 1.6, 1.3, 1.2, 0.9], size=9)
    p(doc)
    runs(doc, [("Goal 2: ", "b"), ("Renata will manage worry about money so that she can sleep and "
                                  "plan her week.", "")])
    tbl(doc, [
        ["Obj.", "Specific", "Measurable", "Achievable", "Relevant", "Time-bound"],
        ["2a", "Renata will reduce anxiety symptoms.", "GAD-7 from 14 to 7 or below.",
         "Worry time, cognitive restructuring.", "Worry drives insomnia and avoidance.", "By " + fd(t3)],
        ["2b", "Renata will sleep through more nights.", "6 or more hours of sleep on at least 5 of 7 "
         "nights per sleep diary (baseline 2 of 7).", "CBT-I skills: fixed wake time, wind-down routine.",
         "Sleep loss worsens mood.", "By " + fd(t2)],
    ], widths=[0.45, 1.3, 1.6, 1.3, 1.2, 0.9], size=9)
    h(doc, "Treatment Modalities and Services", 2)
    tbl(doc, [["Service", "CPT", "Session length", "Frequency", "Provider"],
              ["Individual psychotherapy (CBT, behavioral activation)", "90837", "53 minutes",
               "Once weekly", "Marcus Eddy, LPC"],
              ["Medication management", "99214", "25 minutes", "Every 4 weeks",
               "Hana Lindqvist, MD"]], widths=[2.3, 0.7, 1.0, 1.1, 1.5])
    lv(doc, [("Expected duration of treatment", "6 months (through " + fd(end) + ")")])
    lv(doc, [("Next plan review", fd(D("2026-11-23")))])
    h(doc, "Crisis and Safety", 2)
    p(doc, CRISIS, size=9)
    h(doc, "Signatures", 2)
    p(doc, CONSENT, size=9, italic=True)
    tbl(doc, [["Role", "Name", "Signature", "Date"],
              ["Client", "Renata Okafor", "Renata Okafor", fd(plan)],
              ["Therapist", "Marcus Eddy, LPC", "/s/ Marcus Eddy, LPC", fd(plan)],
              ["Psychiatrist (plan approval)", "Hana Lindqvist, MD", "/s/ H. Lindqvist, MD",
               fd(D("2026-08-27"))]], widths=[1.8, 1.7, 1.8, 1.0])
    save(doc, name)
    label(name, "medicare-psychotherapy", ["pa-55-5200"], as_of, [],
          "Clean. Initial PA clinic plan; objectives laid out as a SMART table (Specific / Measurable / "
          "Achievable / Relevant / Time-bound columns) under each goal line; form table for client "
          "facts; signer table with psychiatrist approval.")


# =============================================================================================
# aj02  psychotherapy, client-voice goals, one step without date -> objective-not-time-bound
def aj02():
    name = "aj02_client_voice_recovery_plan.docx"
    plan, as_of = D("2026-09-09"), D("2026-11-02")
    doc = new_doc(font="Georgia", size=11)
    p(doc, "Birchwood Counseling Collaborative", bold=True, size=13)
    p(doc, "My Recovery Plan", bold=True, size=16)
    p(doc, "This plan is written with you, in your words. Your counselor adds the details a payer needs.",
      italic=True)
    lv(doc, [("My name", "Thomas Beaulieu"), ("Date of birth", "July 2, 1958")])
    lv(doc, [("Medicare number", "5VN2-JX8-MK47".replace("-", "")), ("Plan written", fd(plan, "long"))])
    lv(doc, [("Counselor", "Ines Marchetti, LCSW")])
    h(doc, "What brings me here", 2)
    p(doc, "\"Since my heart attack last winter I panic whenever I am in a crowded place. I stopped "
           "going to the store and to my grandson's games.\"")
    h(doc, "Diagnosis", 2)
    p(doc, "F41.0  Panic disorder [episodic paroxysmal anxiety]  (primary)")
    h(doc, "What I want to work on", 2)
    t1, t2, t3 = D("2026-11-18"), D("2026-12-16"), D("2027-01-27")
    assert all(t > plan for t in (t1, t2, t3))
    runs(doc, [("Goal 1 — ", "b"), ("\"I want to be able to go grocery shopping by myself again.\"", "i")])
    p(doc, "Steps I will take:", bold=True)
    p(doc, "1.1  I will rate my panic from 0 to 10 before and after each practice trip and bring the log; "
           "my peak rating in the store will drop from 9 to 4 or lower by " + fd(t2, "long") + ".",
      style="List Bullet")
    p(doc, "1.2  I will complete 3 store practice trips per week of at least 15 minutes each, working up my "
           "fear ladder, by " + fd(t1, "long") + ".", style="List Bullet")
    runs(doc, [("Goal 2 — ", "b"), ("\"I want my body to stop running my life.\"", "i")])
    p(doc, "Steps I will take:", bold=True)
    p(doc, "2.1  I will practice slow breathing for 5 minutes every morning on at least 5 of 7 days, as "
           "tracked in my phone app.", style="List Bullet")
    p(doc, "2.2  I will have no more than 1 full panic attack per week (now about 4 per week), counted in "
           "my panic diary, by " + fd(t3, "long") + ".", style="List Bullet")
    h(doc, "How my counselor will help", 2)
    p(doc, "Cognitive behavioral therapy for panic: education about the panic cycle, interoceptive "
           "exposure, in-vivo exposure with a fear ladder, and cognitive restructuring of catastrophic "
           "thoughts about his heart. Coordination with his cardiologist with his written permission.")
    h(doc, "How often and how long", 2)
    p(doc, "Individual psychotherapy, CPT 90834: 45-minute sessions, once a week.")
    p(doc, "Expected length of treatment: 20 weeks.")
    h(doc, "If things get hard", 2)
    p(doc, CRISIS)
    h(doc, "Signatures", 2)
    p(doc, "Thomas Beaulieu (client) — signed " + fd(D("2026-09-09")))
    p(doc, "Electronically signed by Ines Marchetti, LCSW on " + fd(plan) + " 4:12 PM")
    save(doc, name)
    label(name, "medicare-psychotherapy", [], as_of, [["objective-not-time-bound"]],
          "Gap: step 2.1 (daily breathing practice) has no target date and its goal, a client quote, "
          "sets none. Layout: client-voice goals in quotation marks with 'Steps I will take' as "
          "bulleted objectives; facts as label lines; e-signature line.")


# =============================================================================================
# ABA shared pieces
def aba_header(doc, agency, title):
    p(doc, agency, bold=True, size=13, align="c")
    p(doc, title, bold=True, size=12, align="c")


# aj03  ABA clean: skill-acquisition and behaviour-reduction grids, caregiver table
def aj03():
    name = "aj03_aba_skill_and_reduction_grids.docx"
    plan, as_of = D("2026-09-14"), D("2026-10-20")
    a_start, a_end = D("2026-09-21"), D("2027-03-20")
    review = D("2027-03-06")
    vb, vin, dx_on = D("2026-08-28"), D("2026-08-20"), D("2025-11-03")
    tgt = D("2027-03-15")
    assert a_end <= add_months(a_start, 6) and days(plan, review) <= ABA_REVIEW_DAYS
    assert days(vb, plan) <= ABA_ASSESS_DAYS and tgt > plan and review > plan
    n_bcba = npi("172650448")
    doc = new_doc(landscape=True, size=9.5)
    header_footer(doc, "Summit Pathways Autism Services — Treatment Plan & Authorization Request",
                  "Learner: Mateo Alvarez-Quinn | DOB 05/11/2020 | Member ID BRH-55028-07")
    aba_header(doc, "SUMMIT PATHWAYS AUTISM SERVICES", "Initial ABA Treatment Plan")
    tbl(doc, [
        ["Learner", "Mateo Alvarez-Quinn", "DOB", "05/11/2020", "Member ID", "BRH-55028-07"],
        ["Health plan", "Blue Ridge Health Plan", "Plan date", fd(plan), "Auth. period",
         fd(a_start) + " – " + fd(a_end)],
        ["Supervising BCBA", "Leah Brandt, BCBA (NPI " + n_bcba + ")", "Parent/Guardian",
         "Carmen Quinn (mother)", "Setting", "Home and clinic"],
    ], header=False, size=9)
    h(doc, "Diagnosis", 2)
    p(doc, "F84.0 Autistic disorder (autism spectrum disorder, level 2). Diagnosed by Priya Natarajan, PhD, "
           "licensed psychologist, on " + fd(dx_on) + " (ADOS-2, Module 1).")
    h(doc, "Assessments", 2)
    tbl(doc, [["Instrument", "Date", "Result", "Administered by"],
              ["VB-MAPP", fd(vb), "Milestones 38/170; Barriers 41", "Leah Brandt, BCBA"],
              ["Vineland-3 (parent form)", fd(vin), "Adaptive Behavior Composite 64", "Leah Brandt, BCBA"],
              ["Functional behavior assessment (interview, ABC observation)", fd(vin),
               "Aggression maintained by escape from demands", "Leah Brandt, BCBA"]], size=9)
    h(doc, "Skill Acquisition Targets", 2)
    rows = [["#", "Domain", "Target", "Baseline", "Mastery criterion", "Target date"],
            ["SA-1", "Communication (mands)", "Mateo will mand for preferred items and activities using "
             "2-word phrases without prompts.", "3 independent mands per hour (probe 09/02/2026)",
             "20 independent mands per hour across 3 consecutive sessions", fd(tgt)],
            ["SA-2", "Listener responding", "Mateo will follow 1-step directions given by an adult "
             "across home and clinic.", "35% of trials", "80% of trials across 3 consecutive sessions "
             "with 2 adults", fd(D("2027-01-15"))],
            ["SA-3", "Daily living", "Mateo will complete the 8-step handwashing chain.",
             "2 of 8 steps independent", "8 of 8 steps independent on 4 of 5 days", fd(D("2027-02-12"))]]
    tbl(doc, rows, size=9, widths=[0.5, 1.4, 3.0, 1.6, 2.0, 1.0])
    h(doc, "Behavior Reduction Targets", 2)
    tbl(doc, [["#", "Behavior", "Operational definition", "Baseline", "Goal / mastery criterion",
               "Target date"],
              ["BR-1", "Aggression", "Any hit, kick or scratch directed at another person, from the "
               "start of the movement to contact.", "6.2 per hour (5-day ABC data)",
               "0.5 or fewer per hour for 4 consecutive weeks", fd(tgt)],
              ["BR-2", "Elopement", "Moving more than 3 feet away from the supervising adult without "
               "permission.", "4 per day", "0 per day for 20 consecutive school days", fd(tgt)]],
        size=9, widths=[0.5, 1.1, 3.0, 1.5, 2.2, 1.0])
    h(doc, "Caregiver Training Goals", 2)
    tbl(doc, [["#", "Goal", "Baseline", "Mastery criterion", "Target date"],
              ["CG-1", "Ms. Quinn (mother) will deliver the first-then board and token system during "
               "homework routines.", "40% procedural fidelity", "90% fidelity across 3 consecutive "
               "observations", fd(D("2027-01-29"))],
              ["CG-2", "Parent will run the elopement safety protocol (block, redirect, reinforce "
               "staying) during community outings.", "2 of 6 steps", "6 of 6 steps on 3 consecutive "
               "outings", fd(tgt)]], size=9, widths=[0.5, 4.0, 1.5, 2.2, 1.0])
    h(doc, "Requested Services", 2)
    tbl(doc, [["CPT", "Service", "Hours per week", "Provider"],
              ["97153", "Adaptive behavior treatment by protocol (RBT)", "20", "RBT team"],
              ["97155", "Protocol modification by BCBA", "3", "Leah Brandt, BCBA"],
              ["97156", "Family adaptive behavior treatment guidance", "1", "Leah Brandt, BCBA"]], size=9)
    lv(doc, [("Progress report / plan review due", fd(review))])
    h(doc, "Signatures", 2)
    tbl(doc, [["Role", "Name", "Signature", "Date"],
              ["Supervising BCBA", "Leah Brandt, BCBA", "Leah Brandt (e-signed)", fd(plan)],
              ["Parent/Guardian", "Carmen Quinn", "Carmen Quinn", fd(D("2026-09-15"))]], size=9)
    save(doc, name)
    label(name, "commercial-aba", [], as_of, [],
          "Clean. Landscape ABA plan: skill-acquisition grid and behaviour-reduction grid with baseline, "
          "mastery and target-date columns; caregiver goals table naming the mother; services by CPT with "
          "hours per week; signer table.")


# aj04  ABA, no caregiver goal
def aj04():
    name = "aj04_aba_narrative_no_caregiver_goal.docx"
    plan, as_of = D("2026-10-05"), D("2026-11-16")
    start, end = D("2026-10-12"), D("2027-04-11")
    review = D("2027-03-29")
    ab, dx_on = D("2026-09-22"), D("2024-06-18")
    assert end <= add_months(start, 6) and days(plan, review) <= ABA_REVIEW_DAYS
    assert days(ab, plan) <= ABA_ASSESS_DAYS
    doc = new_doc(font="Cambria", size=11)
    p(doc, "BRIGHT HARBOR BEHAVIORAL CONSULTING, LLC", bold=True, size=12)
    p(doc, "Applied Behavior Analysis — Individualized Treatment Plan", size=12)
    p(doc, "Client Name: Eli Harlow")
    p(doc, "DOB: 2/23/2019")
    p(doc, "Insurance: Cascadia Mutual Health    Subscriber/Member ID: CMH4471190-02")
    p(doc, "Date of Plan: " + fd(plan, "nozero"))
    p(doc, "Authorization Period Requested: " + fd(start, "nozero") + " to " + fd(end, "nozero"))
    p(doc, "Supervising Behavior Analyst: Gideon Farrow, M.Ed., BCBA")
    h(doc, "Diagnostic Information", 1)
    p(doc, "Primary diagnosis: F84.0 Autistic disorder. Diagnosis made by Dr. Yolanda Pierce, PsyD "
           "(developmental pediatric psychology) on " + fd(dx_on, "nozero") + ".")
    h(doc, "Assessment Summary", 1)
    p(doc, "The ABLLS-R was administered on " + fd(ab, "nozero") + " over two sessions. Eli showed "
           "strengths in visual performance (B) and receptive language (C), with deficits in requests (F), "
           "labeling (G) and social interaction (L). A structured caregiver interview and two direct "
           "observations informed the functional assessment of tantrums.")
    h(doc, "Treatment Goals", 1)
    goals = [
        ("Goal 1 – Requesting", "Eli will independently request help, a break, or a preferred item using "
         "a 3-word sentence.", "Baseline: 1 of 10 opportunities (ABLLS-R probe, 09/22/2026).",
         "Mastery: 8 of 10 opportunities across 3 consecutive sessions.", D("2027-02-26")),
        ("Goal 2 – Social play", "Eli will take turns with a peer during a structured game for 5 turns "
         "each.", "Baseline: 1 turn before leaving the game.",
         "Mastery: 5 turns each on 4 of 5 sessions with 2 different peers.", D("2027-03-26")),
        ("Goal 3 – Tantrum reduction", "Eli will reduce tantrums (crying with screaming, dropping to the "
         "floor, lasting 30 seconds or longer) during transitions.", "Baseline: 5 per day (10-day average).",
         "Mastery: 1 or fewer per day for 4 consecutive weeks.", D("2027-03-26")),
        ("Goal 4 – Self-care", "Eli will put on his coat and shoes with no more than 1 gestural prompt.",
         "Baseline: full physical assistance for both.", "Mastery: 4 of 5 opportunities for 2 weeks.",
         D("2027-01-29")),
    ]
    for g, stmt, base, mast, tdate in goals:
        assert tdate > plan
        p(doc, g, bold=True)
        p(doc, stmt)
        p(doc, base, style="List Bullet")
        p(doc, mast, style="List Bullet")
        p(doc, "Target date: " + fd(tdate, "nozero"), style="List Bullet")
    h(doc, "Interventions", 1)
    p(doc, "Discrete trial teaching and natural environment teaching for requesting and play; functional "
           "communication training and visual transition warnings for tantrums; chaining with graduated "
           "guidance for dressing. Sessions are run by RBTs under weekly BCBA protocol modification. The "
           "BCBA will meet with the family monthly to review data.")
    h(doc, "Service Request", 1)
    p(doc, "97153 — adaptive behavior treatment by protocol: 18 hours per week")
    p(doc, "97155 — protocol modification (BCBA): 2 hours per week")
    p(doc, "97156 — family treatment guidance: 1 hour per week")
    p(doc, "Treatment plan review / progress report due: " + fd(review, "nozero"))
    h(doc, "Signatures", 1)
    p(doc, "BCBA: Gideon Farrow, M.Ed., BCBA        Date: " + fd(plan, "nozero"))
    p(doc, "Parent/Guardian: Denise Harlow        Date: " + fd(D("2026-10-07"), "nozero"))
    save(doc, name)
    label(name, "commercial-aba", [], as_of, [["caregiver-goal-missing"]],
          "Gap: every goal is the child's; parent involvement appears only in the interventions text and "
          "the 97156 service line, with no caregiver-training goal. Layout: plain typed lines, goals as "
          "bold titles with bulleted baseline / mastery / target date.")


# aj05  ABA, one goal with an empty baseline cell
def aj05():
    name = "aj05_aba_domain_table_blank_baseline.docx"
    plan, as_of = D("2026-07-20"), D("2026-09-10")
    start, end = D("2026-08-01"), D("2027-01-31")
    review = D("2027-01-15")
    vb, dx_on = D("2026-07-08"), D("2025-02-10")
    assert end <= add_months(start, 6) and days(plan, review) <= ABA_REVIEW_DAYS
    assert days(vb, plan) <= ABA_ASSESS_DAYS
    doc = new_doc(landscape=True, size=9.5, font="Segoe UI")
    header_footer(doc, "Kestrel ABA Partners", "Patient: Amara Nwosu   DOB 12/01/2018   Member # "
                  "PSH-883104-01   Confidential health information")
    p(doc, "Kestrel ABA Partners — Behavior Treatment Plan", bold=True, size=13)
    lv(doc, [("Patient", "Amara Nwosu"), ("DOB", "12/01/2018"), ("Member #", "PSH-883104-01"),
             ("Payer", "Piedmont Select Health")])
    lv(doc, [("Plan date", fd(plan)), ("Requested period", fd(start) + " through " + fd(end)),
             ("Next review", fd(review))])
    lv(doc, [("Diagnosis", "F84.0 Autistic disorder — diagnosed 02/10/2025 by Samuel Oyelaran, MD "
              "(developmental-behavioral pediatrics)")])
    lv(doc, [("Standardized assessment", "VB-MAPP administered " + fd(vb) + " (Milestones 61; "
              "Barriers 22)")])
    h(doc, "Goals by Domain", 2)
    t = tbl(doc, [["Goal", "Baseline", "Mastery criteria", "Target date", "Status"],
                  ["", "", "", "", ""],
                  ["Amara will tact 50 common objects and actions in pictures and in the room.",
                   "12 tacts (VB-MAPP, 07/08/2026)", "50 tacts, each correct on 2 different days",
                   fd(D("2027-01-08")), "New"],
                  ["Amara will answer 10 different \"wh\" questions about a short story.",
                   "2 of 10", "9 of 10 across 3 sessions", fd(D("2027-01-08")), "New"],
                  ["", "", "", "", ""],
                  ["Amara will initiate a greeting to a peer on arrival at school or clinic.",
                   "", "Initiates on 4 of 5 arrivals for 3 consecutive weeks", fd(D("2026-12-18")), "New"],
                  ["Amara will join a group game with 2 peers and stay for 5 minutes.",
                   "Stays 45 seconds", "5 minutes on 4 of 5 opportunities", fd(D("2027-01-22")), "New"],
                  ["", "", "", "", ""],
                  ["Amara will reduce screaming (vocalizing above conversational volume for 3 seconds or "
                   "more) during demands.", "14 per hour", "2 or fewer per hour for 4 consecutive weeks",
                   fd(D("2027-01-22")), "New"],
                  ["", "", "", "", ""],
                  ["Mr. and Mrs. Nwosu will use planned ignoring and praise for quiet requests during "
                   "homework.", "35% fidelity", "90% fidelity on 3 consecutive visits",
                   fd(D("2026-11-30")), "New"]],
            size=9, widths=[4.0, 1.6, 2.3, 1.0, 0.8])
    merge_row(t, 1, "LANGUAGE")
    merge_row(t, 4, "SOCIAL SKILLS")
    merge_row(t, 7, "BEHAVIOR REDUCTION")
    merge_row(t, 9, "PARENT TRAINING")
    h(doc, "Services", 2)
    tbl(doc, [["Code", "Description", "Hours/week"], ["97153", "Direct ABA by RBT", "15"],
              ["97155", "BCBA protocol modification", "2.5"], ["97156", "Parent training", "1"]], size=9)
    p(doc, "Methods: DTT, NET, incidental teaching, peer-mediated instruction, differential reinforcement "
           "of alternative behavior (DRA), and behavioral skills training for parents.")
    h(doc, "Sign-off", 2)
    p(doc, "Prepared and signed by Renée Castellanos, BCBA — " + fd(D("2026-07-20")))
    p(doc, "Parent/Guardian: Chinedu Nwosu — " + fd(D("2026-07-22")))
    save(doc, name)
    label(name, "commercial-aba", [], as_of, [["baseline-missing"]],
          "Gap: the peer-greeting goal (Social Skills) has an empty Baseline cell. Layout: one landscape "
          "goal table with merged full-width domain rows (LANGUAGE, SOCIAL SKILLS, ...) and a Status "
          "column; facts as several label:value pairs per line.")


# =============================================================================================
# Medicare outpatient therapy
def mot_check(ev, plan, cert_to, md_sig, as_of, reviews=()):
    assert days(ev, plan) <= 0, "plan before/at first treatment"
    assert days(ev, cert_to) <= MOT_REVIEW_DAYS
    assert 0 <= days(ev, md_sig) <= MOT_CERT_DAYS
    assert as_of < cert_to and all(as_of < r for r in reviews)
    assert all(days(ev, r) <= MOT_REVIEW_DAYS for r in reviews)


# aj06  PT clean: STG/LTG with levels of assistance
def aj06():
    name = "aj06_pt_tka_stg_ltg.docx"
    ev, cert_to, md, as_of = D("2026-10-05"), D("2026-12-28"), D("2026-10-09"), D("2026-11-10")
    pr = D("2026-11-16")
    mot_check(ev, ev, cert_to, md, as_of, [pr])
    n_pt, n_md = npi("158402236"), npi("119374650")
    doc = new_doc(size=10)
    header_footer(doc, "Riverbend Outpatient Rehabilitation • Physical Therapy",
                  "Harold Vinci | DOB 02/07/1949 | MBI 7TW4-HG2-QK38")
    p(doc, "PHYSICAL THERAPY INITIAL EVALUATION AND PLAN OF CARE", bold=True, size=13, align="c")
    tbl(doc, [["Patient", "Harold Vinci", "DOB", "02/07/1949"],
              ["MBI", "7TW4HG2QK38", "Payer", "Medicare Part B"],
              ["Date of evaluation / SOC", fd(ev), "POC date", fd(ev)],
              ["Certification period", fd(ev) + " to " + fd(cert_to), "Referring physician",
               "Anita Roy, MD (NPI " + n_md + ")"]], header=False, widths=[1.7, 1.9, 1.4, 1.9])
    h(doc, "Diagnoses", 2)
    p(doc, "Z47.1  Aftercare following joint replacement surgery (primary)")
    p(doc, "Z96.651  Presence of right artificial knee joint")
    p(doc, "R26.2  Difficulty in walking, not elsewhere classified")
    h(doc, "Subjective / History", 2)
    p(doc, "78 y/o M s/p R TKA 09/22/2026, d/c home from acute care 09/25/2026. Lives with wife in a "
           "2-story home, 12 steps with L rail to bedroom. Goal per pt: \"walk my dog around the block and "
           "get upstairs without my wife spotting me.\" Pain 6/10 with stairs.")
    h(doc, "Objective Findings", 2)
    tbl(doc, [["Measure", "Result"], ["R knee AROM", "8°–85°"], ["R quad strength", "3-/5"],
              ["TUG", "19.4 s with RW"], ["Gait", "75 ft with RW, CGA, antalgic"],
              ["Stairs", "4 steps, step-to, L rail + min A"]], widths=[2.0, 3.5])
    h(doc, "Goals", 2)
    p(doc, "Short-term goals (4 weeks, by " + fd(D("2026-11-02")) + "):", bold=True)
    for s in ["STG 1: Pt will amb 150' with RW and SBA on level surfaces.",
              "STG 2: R knee AROM 5°–100° to allow normal sit-to-stand.",
              "STG 3: Pt will ascend/descend 12 steps with L rail and CGA, step-to pattern.",
              "STG 4: Pt will be independent with HEP of 6 exercises, return demonstration 100% correct."]:
        p(doc, s, style="List Bullet")
    p(doc, "Long-term goals (8 weeks, by " + fd(D("2026-11-30")) + "):", bold=True)
    for s in ["LTG 1: Pt will amb 600' (around the block) with SPC, mod I, on uneven sidewalk.",
              "LTG 2: R knee AROM 0°–115°.",
              "LTG 3: Pt will negotiate 12 steps reciprocally with 1 rail, independently.",
              "LTG 4: TUG under 12 seconds without assistive device to reduce fall risk."]:
        p(doc, s, style="List Bullet")
    h(doc, "Plan of Care", 2)
    tbl(doc, [["Intervention", "CPT"], ["Therapeutic exercise", "97110"], ["Gait training", "97116"],
              ["Manual therapy (patellar and tibiofemoral mobilization)", "97140"],
              ["Therapeutic activities (transfers, stairs)", "97530"]], widths=[4.0, 1.0])
    lv(doc, [("Frequency", "3x/week"), ("Duration", "8 weeks"), ("Units per visit", "3–4")])
    lv(doc, [("Progress report due", fd(pr)), ("Rehab potential", "Good")])
    h(doc, "Therapist", 2)
    p(doc, "Jonah Pell, PT, DPT  (NPI " + n_pt + ")   Electronically signed " + fd(ev) + " 5:40 PM")
    h(doc, "Physician Certification", 2)
    p(doc, "I certify the need for these services furnished under this plan of treatment while under my "
           "care.", italic=True, size=9)
    p(doc, "Physician: Anita Roy, MD     Signature: /s/ Anita Roy, MD     Date: " + fd(md))
    save(doc, name)
    label(name, "medicare-outpatient-therapy", [], as_of, [],
          "Clean. PT evaluation and plan of care after TKA; STG and LTG lists with levels of assistance "
          "(SBA, CGA, mod I), degrees and seconds; time frames given in the list captions; physician "
          "certification line.")


# aj07  OT, one long-term goal with nothing measurable
def aj07():
    name = "aj07_ot_cva_vague_ltg.docx"
    ev, cert_to, md, as_of = D("2026-08-17"), D("2026-11-09"), D("2026-08-24"), D("2026-10-01")
    mot_check(ev, ev, cert_to, md, as_of)
    doc = new_doc(font="Times New Roman", size=11)
    p(doc, "Northgate Therapy Associates", bold=True, size=12)
    p(doc, "Occupational Therapy — Plan of Treatment for Outpatient Rehabilitation", bold=True)
    t = tbl(doc, [["1. Patient's last name, first name, M.I.\nDelacroix, Yvonne M.",
                   "2. Provider No.\n39-T114",
                   "3. HICN / MBI\n3QF8-RA1-TY92"],
                  ["4. Provider name\nNorthgate Therapy Associates", "5. Medical record no.\nNTA-77310",
                   "6. Onset date\n07/02/2026"],
                  ["7. SOC date\n" + fd(ev), "8. Type\n☒ OT  ☐ PT  ☐ SLP", "9. Date of birth\n10/30/1952"],
                  ["10. Primary diagnosis (ICD-10)\nI69.351 Hemiplegia and hemiparesis following cerebral "
                   "infarction affecting right dominant side", "11. Treatment diagnosis\nM62.81 Muscle "
                   "weakness (generalized)", "12. Plan established\n" + fd(ev)]],
            header=False, widths=[2.6, 2.2, 2.0])
    p(doc)
    runs(doc, [("13. Plan of treatment / functional goals", "b")])
    p(doc, "Long-term goals (by " + fd(D("2026-11-06")) + "):")
    p(doc, "LTG 1. Patient will complete upper-body dressing with set-up only, using hemi-dressing "
           "technique.", style="List Number")
    p(doc, "LTG 2. Patient will improve overall right upper-extremity function for daily tasks.",
      style="List Number")
    p(doc, "LTG 3. Patient will prepare a simple cold meal standing at the counter with SBA and no loss of "
           "balance.", style="List Number")
    p(doc, "Short-term goals (by " + fd(D("2026-09-28")) + "):")
    p(doc, "STG 1a. Patient will don pull-over shirt with min A and verbal cues for sequencing.",
      style="List Bullet")
    p(doc, "STG 3a. Patient will stand at counter 5 minutes with CGA while performing a reaching task.",
      style="List Bullet")
    runs(doc, [("14. Plan: ", "b"), ("Therapeutic activities (97530), neuromuscular re-education (97112), "
                                    "self-care/home management training (97535), therapeutic exercise "
                                    "(97110).", "")])
    runs(doc, [("15. Frequency / duration: ", "b"), ("2 times per week for 12 weeks", "")])
    runs(doc, [("16. Certification: ", "b"), ("From " + fd(ev) + " through " + fd(cert_to), "")])
    runs(doc, [("17. Rehab potential: ", "b"), ("Good for stated goals.", "")])
    p(doc)
    tbl(doc, [["Signature of therapist (name, credentials)", "Date"],
              ["Beatriz Olmos, OTR/L — signed", fd(ev)],
              ["Physician / NPP certification: I have reviewed this plan and certify a need for services.",
               ""],
              ["Carl Wendt, MD — signed", fd(md)]], widths=[5.0, 1.5])
    save(doc, name)
    label(name, "medicare-outpatient-therapy", [], as_of, [["goal-not-measurable"]],
          "Gap: LTG 2 ('improve overall right upper-extremity function for daily tasks') names no measure "
          "or level and has no short-term goal under it. Layout: CMS-700-like numbered form boxes "
          "(caption over value), numbered LTG list, STGs numbered to their LTG.")


# aj08  SLP clean, previous acute-care goals under a history heading
def aj08():
    name = "aj08_slp_dysphagia_prior_goals_history.docx"
    ev, cert_to, md, as_of = D("2026-09-01"), D("2026-11-27"), D("2026-09-08"), D("2026-10-22")
    mot_check(ev, ev, cert_to, md, as_of)
    doc = new_doc(size=10.5)
    p(doc, "Lakeshore Speech & Swallowing Center", bold=True, size=13)
    p(doc, "Speech-Language Pathology Plan of Care", size=12)
    lv(doc, [("Name", "Walter Brzezinski"), ("DOB", "1944-06-19"), ("MBI", "1AB2CD3EF45")])
    lv(doc, [("Evaluation date", fd(ev, "iso")), ("Plan of care date", fd(ev, "iso"))])
    lv(doc, [("Certification", fd(ev, "iso") + " – " + fd(cert_to, "iso"))])
    h(doc, "Diagnoses", 2)
    tbl(doc, [["ICD-10-CM", "Description", "Type"],
              ["I69.391", "Dysphagia following cerebral infarction", "Medical (primary)"],
              ["R13.12", "Dysphagia, oropharyngeal phase", "Treatment"]])
    h(doc, "Previous Plan of Care (history)", 2)
    p(doc, "Goals from the acute-care SLP plan, St. Agnes Hospital, 08/12/2026 – 08/28/2026:", italic=True)
    tbl(doc, [["Prior goal", "Status at discharge"],
              ["Tolerate puree diet with thin liquids by cup without overt s/s aspiration.", "Met 08/26/2026"],
              ["Use chin tuck with 80% accuracy.", "Partially met (60%)"]])
    h(doc, "Clinical Summary", 2)
    p(doc, "Modified barium swallow 08/27/2026: delayed swallow initiation, moderate vallecular residue, "
           "penetration with thin liquids by straw. Currently on mechanical soft solids and thin liquids by "
           "cup. Functional Oral Intake Scale (FOIS) level 5.")
    h(doc, "Goals", 2)
    p(doc, "Goal 1 (carried forward from acute care, new criterion): Patient will use a chin tuck with "
           "every sip of thin liquid in 90% of opportunities during a meal, with no more than 1 verbal "
           "cue, within 6 weeks.")
    p(doc, "Goal 2: Patient will clear vallecular residue with a spontaneous dry swallow in 8 of 10 "
           "trials of soft solids within 6 weeks.")
    p(doc, "Goal 3: Patient will advance from FOIS level 5 to FOIS level 6 (regular solids, avoiding only "
           "specific foods) by the end of the 12-week certification period.")
    p(doc, "Goal 4: Patient and wife will state 4 of 4 safe-swallow strategies and demonstrate them at a "
           "meal with 100% accuracy within 3 weeks.")
    h(doc, "Treatment Plan", 2)
    p(doc, "92526 Treatment of swallowing dysfunction; 92610 re-evaluation as needed. Effortful swallow, "
           "chin tuck, Masako maneuver, sEMG biofeedback, caregiver training.")
    p(doc, "Frequency: 2x per week.  Duration: 12 weeks.  Session length: 45 minutes.")
    h(doc, "Signatures", 2)
    p(doc, "Clinician: Noor Haddad, M.S., CCC-SLP    " + fd(ev, "iso"))
    p(doc, "Certifying physician: Eleanor Whitfield, DO    signature on file    " + fd(md, "iso"))
    save(doc, name)
    label(name, "medicare-outpatient-therapy", [], as_of, [],
          "Clean. SLP plan with the acute-care goals under 'Previous Plan of Care (history)' (one met, one "
          "partially met) and a current goal carried forward with a new criterion; goals as paragraphs "
          "with time frames in the sentence; ISO dates.")


# =============================================================================================
# Medicare home health
def hh_check(soc, cert_to, md, as_of):
    assert days(soc, cert_to) <= HH_REVIEW_DAYS and md >= soc and as_of < cert_to and md <= as_of


# aj09  CMS-485 style, clean
def aj09():
    name = "aj09_hh_485_boxes.docx"
    soc, cert_to, md, as_of = D("2026-09-08"), D("2026-11-06"), D("2026-09-14"), D("2026-10-20")
    hh_check(soc, cert_to, md, as_of)
    n_md = npi("144920587")
    doc = new_doc(size=9, margin=0.5)
    p(doc, "Department of Health and Human Services — Centers for Medicare & Medicaid Services", size=8)
    p(doc, "HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True, size=12, align="c")
    t = doc.add_table(rows=8, cols=4)
    t.style = "Table Grid"
    boxes = [
        ("1. Patient's HI Claim No.", "8HN3-TU5-WQ21"), ("2. Start of Care Date", fd(soc)),
        ("3. Certification Period", "From: " + fd(soc) + "   To: " + fd(cert_to)),
        ("4. Medical Record No.", "HH-40217"),
        ("5. Provider No.", "397812"), ("6. Patient's Name and Address",
                                        "Lorraine Abernethy\n88 Quarry Lane, Reading, PA 19605"),
        ("7. Provider's Name, Address and Telephone Number",
         "Valley Hearth Home Health\n200 Penn Ave, Reading, PA 19601  (610) 555-0188"),
        ("8. Date of Birth", "04/22/1941"),
        ("9. Sex", "☐ M  ☒ F"), ("10. Medications: Dose/Frequency/Route (N)ew (C)hanged",
                                 "Insulin glargine 18 units subcut qHS (C); metformin 500 mg PO BID; "
                                 "lisinopril 10 mg PO daily; acetaminophen 650 mg PO q6h PRN pain"),
        ("11. ICD-10-CM Principal Diagnosis", "E11.9 Type 2 diabetes mellitus without complications"),
        ("12. Surgical Procedure", "N/A"),
        ("13. ICD-10-CM Other Pertinent Diagnoses", "R26.81 Unsteadiness on feet\nM62.81 Muscle "
         "weakness (generalized)"),
        ("14. DME and Supplies", "Glucometer, sharps container, rolling walker, shower chair"),
        ("15. Safety Measures", "Fall precautions, hypoglycemia precautions"),
        ("16. Nutritional Req.", "1800-calorie consistent-carbohydrate diet"),
    ]
    for i, (cap, val) in enumerate(boxes):
        c = t.cell(i // 2, (i % 2) * 2)
        c = c.merge(t.cell(i // 2, (i % 2) * 2 + 1))
        set_cell(c, [cap] + val.split("\n"), size=8.5)
        c.paragraphs[0].runs[0].bold = True
    t2 = doc.add_table(rows=4, cols=1)
    t2.style = "Table Grid"
    set_cell(t2.cell(0, 0), [
        "21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)",
        "SN 1w1, 2w3, 1w4 (8 weeks): assess glycemic control and diabetic foot status, teach insulin "
        "self-injection, glucometer use and hypoglycemia management, medication reconciliation.",
        "PT 2w4 (4 weeks): evaluate and treat; gait and balance training, transfer training, home "
        "exercise program, fall-risk reduction.",
        "HHA 2w6 (6 weeks): assist with bathing and personal care.",
        "SN PRN x 2 visits for blood glucose above 350 mg/dL or below 60 mg/dL reported by patient."],
        size=8.5)
    t2.cell(0, 0).paragraphs[0].runs[0].bold = True
    set_cell(t2.cell(1, 0), [
        "22. Goals/Rehabilitation Potential/Discharge Plans",
        "Patient will demonstrate correct insulin self-injection technique on 3 consecutive SN visits "
        "by 10/09/2026.",
        "Fasting blood glucose will stay between 80 and 150 mg/dL on 6 of 7 days per patient log by "
        "11/06/2026.",
        "Patient will ambulate 150 feet with rolling walker, modified independent, by 10/30/2026.",
        "Patient will score 45 or more on the Berg Balance Scale (currently 36) by 10/30/2026.",
        "Rehab potential: good. Discharge plan: discharge to self-care with daughter's support when goals "
        "are met."], size=8.5)
    t2.cell(1, 0).paragraphs[0].runs[0].bold = True
    set_cell(t2.cell(2, 0), [
        "23. Nurse's Signature and Date of Verbal SOC Where Applicable",
        "Verbal SOC received from Dr. Gupta 09/07/2026 — Theresa Kolb, RN, signed " + fd(soc)], size=8.5)
    t2.cell(2, 0).paragraphs[0].runs[0].bold = True
    set_cell(t2.cell(3, 0), [
        "24. Physician's Name and Address",
        "Rohan Gupta, MD, NPI " + n_md + ", 1010 Hill Road, Wyomissing, PA 19610",
        "26. Physician Certification: I certify that this patient is confined to his/her home and needs "
        "intermittent skilled nursing care and physical therapy. The patient is under my care, and I have "
        "authorized the services on this plan of care and will periodically review the plan.",
        "27. Attending Physician's Signature and Date Signed:  Rohan Gupta, MD (electronically signed)  "
        + fd(md),
        "25. Date HHA Received Signed POT: " + fd(D("2026-09-15"))], size=8.5)
    t2.cell(3, 0).paragraphs[0].runs[0].bold = True
    p(doc, "Anyone who misrepresents, falsifies, or conceals essential information required for payment "
           "of Federal funds may be subject to fine, imprisonment, or civil penalty under applicable "
           "Federal statutes.", size=7, italic=True)
    save(doc, name)
    label(name, "medicare-home-health", [], as_of, [],
          "Clean. Home health certification and plan of care laid out as CMS-485 caption boxes (box "
          "number and caption over the value, merged cells), discipline orders in 1w1/2w3 notation, "
          "goals in box 22, physician e-signature in box 27.")


# aj10  home health narrative, one unmeasurable goal
def aj10():
    name = "aj10_hh_chf_narrative_vague_goal.docx"
    soc, cert_to, md, as_of = D("2026-08-24"), D("2026-10-22"), D("2026-08-28"), D("2026-09-30")
    hh_check(soc, cert_to, md, as_of)
    doc = new_doc(font="Verdana", size=9.5)
    p(doc, "Crescent Home Care Services", bold=True, size=12)
    p(doc, "Plan of Care — Skilled Home Health", size=11)
    p(doc, "Patient: Eugene Fairweather\tDOB: 11/03/1939\tMedicare ID: 6PK9RT2WA48")
    p(doc, "SOC: " + fd(soc) + "\tCert Period: " + fd(soc) + " - " + fd(cert_to))
    p(doc, "Primary Dx: I50.22 Chronic systolic (congestive) heart failure")
    p(doc, "Secondary Dx: J44.1 Chronic obstructive pulmonary disease with (acute) exacerbation")
    h(doc, "Homebound Status", 2)
    p(doc, "Requires rolling walker and assistance of another person to leave home; dyspnea after 20 feet; "
           "leaving home requires a considerable and taxing effort.")
    h(doc, "Orders", 2)
    p(doc, "Skilled nursing: 2 visits/week x 4 weeks, then 1 visit/week x 4 weeks — cardiopulmonary "
           "assessment, daily weight review, medication teaching, diet teaching (2 g sodium).")
    p(doc, "Physical therapy: 2 visits/week x 6 weeks — endurance, energy conservation, gait training.")
    p(doc, "Home health aide: 3 visits/week x 8 weeks — bathing.")
    h(doc, "Measurable Goals", 2)
    p(doc, "1. Patient will report weight daily and keep weight within 3 lb of dry weight (182 lb) for 4 "
           "consecutive weeks by " + fd(D("2026-10-19")) + ".")
    p(doc, "2. Patient will walk 100 feet with rolling walker with SpO2 at or above 90% and rest breaks of "
           "no more than 1, by " + fd(D("2026-10-05")) + ".")
    p(doc, "3. Patient will have improved knowledge of heart failure management by the end of the "
           "episode.")
    p(doc, "4. Patient will take all medications as ordered, with 100% agreement between pill-box count "
           "and medication list at each SN visit, by " + fd(D("2026-09-21")) + ".")
    h(doc, "Rehab Potential / Discharge Plan", 2)
    p(doc, "Fair. Discharge to self-care with wife's assistance when goals met.")
    h(doc, "Physician Orders Signature", 2)
    p(doc, "Ordering physician: Miriam Tal, DO")
    p(doc, "Signature: /Miriam Tal, DO/      Date signed: " + fd(md))
    p(doc, "Clinician completing POC: Dana Rourke, RN   " + fd(soc))
    save(doc, name)
    label(name, "medicare-home-health", [], as_of, [["goal-not-measurable"]],
          "Gap: goal 3 ('improved knowledge of heart failure management') states no measure or level. "
          "Layout: agency narrative plan of care with tab-separated facts on one line, orders in words "
          "('2 visits/week x 4 weeks'), numbered goals.")


# =============================================================================================
# SUD state plans
# aj11  TX, LTG / STO, one STO without a target date
def aj11():
    name = "aj11_tx_ltg_sto_missing_date.docx"
    adm, plan, as_of = D("2026-09-28"), D("2026-10-02"), D("2026-11-05")
    doc = new_doc(font="Arial", size=10)
    header_footer(doc, "Pecan Valley Recovery Center — Outpatient Chemical Dependency Program",
                  "Client ID PV-26-3391 • Treatment Plan • Page __ of __")
    p(doc, "INDIVIDUALIZED TREATMENT PLAN", bold=True, size=13, align="c")
    tbl(doc, [["Client", "Raymond Okonkwo-Bell", "DOB", "01/19/1987"],
              ["Medicaid ID", "TX518804417", "Admission", fd(adm)],
              ["Plan date", fd(plan), "Level of care", "Intensive outpatient"],
              ["Primary counselor", "Lucinda Haynes, LCDC", "Projected length of stay", "12 weeks"]],
        header=False, bold_first_col=True)
    h(doc, "Diagnoses", 2)
    p(doc, "F10.20 Alcohol dependence, uncomplicated (primary); F12.20 Cannabis dependence, uncomplicated")
    h(doc, "Problem 1: Alcohol use", 2)
    p(doc, "Problem statement: Drinks 10–12 beers daily; two DWI arrests; lost job in August 2026.")
    runs(doc, [("Long-Term Goal 1: ", "b"), ("Raymond will establish and maintain abstinence from alcohol.", "")])
    tbl(doc, [["STO", "Short-term objective", "Target date"],
              ["1.1", "Raymond will submit 8 of 8 negative random breathalyzer and urine screens.",
               fd(D("2026-11-27"))],
              ["1.2", "Raymond will identify 5 personal high-risk situations for drinking and write a "
               "coping response for each in his relapse-prevention workbook.", fd(D("2026-10-30"))],
              ["1.3", "Raymond will attend 3 AA meetings per week, verified by signed attendance slips.",
               fd(D("2026-12-18"))]], widths=[0.5, 4.8, 1.2])
    h(doc, "Problem 2: Cannabis use and sleep", 2)
    runs(doc, [("Long-Term Goal 2: ", "b"), ("Raymond will stop cannabis use and sleep without it.", "")])
    tbl(doc, [["STO", "Short-term objective", "Target date"],
              ["2.1", "Raymond will follow a written sleep routine (same bedtime, no screens after 10 pm) "
               "and sleep at least 6 hours on 5 of 7 nights per sleep log.", ""],
              ["2.2", "Raymond will produce negative THC screens for 4 consecutive weeks.",
               fd(D("2026-12-18"))]], widths=[0.5, 4.8, 1.2])
    h(doc, "Problem 3: Employment", 2)
    runs(doc, [("Long-Term Goal 3: ", "b"), ("Raymond will return to steady work.", "")])
    tbl(doc, [["STO", "Short-term objective", "Target date"],
              ["3.1", "Raymond will complete 2 job applications per week with Workforce Solutions, shown "
               "by his job-search log.", fd(D("2026-11-20"))]], widths=[0.5, 4.8, 1.2])
    h(doc, "Strategies / Interventions", 2)
    tbl(doc, [["Strategy", "Type", "Frequency", "Staff"],
              ["Individual counseling (MI, CBT relapse prevention)", "Individual", "1x weekly, 60 min",
               "L. Haynes, LCDC"],
              ["Process and education groups", "Group", "3x weekly, 3 hours", "Group staff"],
              ["Random breathalyzer / urine drug screens", "Monitoring", "Weekly", "Nursing"],
              ["Vocational referral", "Case management", "Twice monthly", "Case manager"]])
    h(doc, "Signatures", 2)
    p(doc, "Client: Raymond Okonkwo-Bell       Date: " + fd(plan))
    p(doc, "Counselor: Lucinda Haynes, LCDC       Date: " + fd(plan))
    p(doc, "Clinical Supervisor (QCC): Victor Esparza, LPC-S       Date: " + fd(D("2026-10-05")))
    save(doc, name)
    label(name, "base-treatment-plan", ["tx-26tac-564"], as_of, [["objective-not-time-bound"]],
          "Gap: STO 2.1 (sleep routine) has an empty Target date cell, and Long-Term Goal 2 has no date. "
          "Layout: problem headings, bold 'Long-Term Goal n:' lines, a three-column STO table per goal, "
          "strategies table with frequency.")


# aj12  TX clean: objectives in one sentence with baseline / target / method / date
def aj12():
    name = "aj12_tx_one_sentence_objectives.docx"
    adm, plan, as_of = D("2026-07-13"), D("2026-07-17"), D("2026-09-01")
    doc = new_doc(font="Calibri", size=11)
    p(doc, "Hill Country Outpatient Services", bold=True)
    p(doc, "Treatment Plan – Outpatient Chemical Dependency", bold=True, size=13)
    p(doc, "Individual Served: Marisol Treviño")
    p(doc, "Date of Birth: 05/08/1995")
    p(doc, "Member ID: SUP-4410983")
    p(doc, "Admission Date: " + fd(adm, "abbr"))
    p(doc, "Date Plan Developed: " + fd(plan, "abbr"))
    p(doc, "Projected Length of Stay: 16 weeks (through " + fd(D("2026-11-06"), "abbr") + ")")
    h(doc, "Diagnosis", 2)
    p(doc, "F15.20 Other stimulant dependence, uncomplicated (methamphetamine) — primary")
    h(doc, "Goals and Objectives", 2)
    p(doc, "Goal A. Marisol will live free of methamphetamine and rebuild a daily routine that supports "
           "recovery.", bold=True)
    objs = [
        "A1. By 09/11/2026, Marisol will give negative urine drug screens on all weekly random tests "
        "(baseline: positive at admission), verified by lab results.",
        "A2. By 08/28/2026, Marisol will attend 4 recovery meetings per week (baseline 0), measured by "
        "signed meeting slips reviewed in individual session.",
        "A3. By 10/09/2026, Marisol will follow a written daily schedule with wake time before 8 am on 6 "
        "of 7 days (baseline 1 of 7), as shown in her planner.",
    ]
    for o in objs:
        p(doc, o, style="List Bullet")
    p(doc, "Goal B. Marisol will regain custody visits with her son by showing stable recovery.", bold=True)
    for o in ["B1. By 08/21/2026, Marisol will complete all 8 sessions of the parenting-in-recovery class, "
              "verified by the certificate of completion (baseline 0 of 8).",
              "B2. By 10/30/2026, Marisol will attend 100% of scheduled CPS supervised visits (baseline "
              "2 of 4 in June), measured by the caseworker's visit log."]:
        p(doc, o, style="List Bullet")
    h(doc, "Strategies", 2)
    p(doc, "Individual counseling — CBT and contingency management — 1 time per week, 50 minutes. "
           "Group counseling — Matrix Model — 3 times per week, 90 minutes. Random urine drug screens — "
           "weekly. Case management for CPS coordination — 2 times per month.")
    h(doc, "Client Statement", 2)
    p(doc, "\"I want my son to be proud of me and I want to stop waking up scared.\"")
    h(doc, "Signatures", 2)
    p(doc, "Individual Served: Marisol Treviño    Signed: " + fd(plan, "abbr"))
    p(doc, "Counselor: Jerome Whitlock, LCDC    Signed: " + fd(plan, "abbr"))
    assert adm <= plan and as_of > plan
    save(doc, name)
    label(name, "base-treatment-plan", ["tx-26tac-564"], as_of, [],
          "Clean. Objectives written in one sentence each with date first, baseline, target and method "
          "('By 09/11/2026, ... (baseline ...), verified by ...'); 'Individual Served' label; strategies "
          "with frequency in a paragraph; dates as 'Jul 17, 2026'.")


# aj13  FL residential level 2 clean, objectives with separate fields
def aj13():
    name = "aj13_fl_residential_objective_forms.docx"
    adm, plan, qp, as_of = D("2026-09-21"), D("2026-10-02"), D("2026-10-06"), D("2026-10-28")
    assert days(adm, plan) <= FL_DAYS["residential level 2"] and days(plan, qp) <= FL_QP_DAYS
    doc = new_doc(size=10)
    p(doc, "Gulfwind Recovery Residence — Residential Treatment", bold=True, size=12)
    p(doc, "MASTER TREATMENT PLAN", bold=True, size=12)
    tbl(doc, [["Consumer", "Dwayne Ashcombe", "DOB", "08/30/1979"],
              ["Medicaid #", "FL7720194455", "Admission date", fd(adm)],
              ["Level of care", "Residential Level 2", "Plan date", fd(plan)],
              ["Funding", "Florida Medicaid managed care", "Primary clinician", "Kelsey Amari, LMHC"]],
        header=False, bold_first_col=True)
    h(doc, "Diagnoses", 2)
    p(doc, "F11.20 Opioid dependence, uncomplicated — primary\nF41.1 Generalized anxiety disorder")
    h(doc, "Goal 1: Remain free of opioids and prepare for step-down to outpatient care", 2)

    def objective_box(label_text, rows):
        p(doc, label_text, bold=True)
        tbl(doc, [[k, v] for k, v in rows], header=False, bold_first_col=True, widths=[1.6, 4.9])
        p(doc)

    objective_box("Objective 1.1", [
        ("Behavior", "Dwayne will take buprenorphine as prescribed and give negative screens for all "
                     "non-prescribed opioids."),
        ("Baseline", "Positive for fentanyl at admission"), ("Target", "8 consecutive negative weekly "
                                                                         "screens"),
        ("Measure", "Urine drug screen results"), ("Method", "Weekly observed collection"),
        ("Target date", fd(D("2026-11-27"))), ("Responsible", "Nursing; K. Amari, LMHC")])
    objective_box("Objective 1.2", [
        ("Behavior", "Dwayne will write a relapse-prevention plan naming 6 triggers and a coping step "
                     "for each."),
        ("Baseline", "Names 1 trigger"), ("Target", "Written plan with 6 triggers reviewed in group"),
        ("Measure", "Completed plan in chart"), ("Method", "Relapse-prevention group and individual "
                                                           "session"),
        ("Target date", fd(D("2026-10-30"))), ("Responsible", "K. Amari, LMHC")])
    h(doc, "Goal 2: Reduce anxiety without using substances", 2)
    objective_box("Objective 2.1", [
        ("Behavior", "Dwayne will lower his GAD-7 score."), ("Baseline", "GAD-7 = 16 on 09/23/2026"),
        ("Target", "GAD-7 of 9 or less"), ("Measure", "GAD-7"), ("Method", "Every 2 weeks in session"),
        ("Target date", fd(D("2026-11-20"))), ("Responsible", "K. Amari, LMHC")])
    objective_box("Objective 2.2", [
        ("Behavior", "Dwayne will use a grounding or breathing skill when anxious, at least once daily."),
        ("Baseline", "0 days per week"), ("Target", "6 of 7 days"), ("Measure", "Daily skills card"),
        ("Method", "Reviewed by residential tech each evening"), ("Target date", fd(D("2026-11-06"))),
        ("Responsible", "Residential staff")])
    h(doc, "Services and Frequency", 2)
    tbl(doc, [["Service", "Frequency"],
              ["Individual therapy (CBT/DBT skills)", "1x weekly, 50 minutes"],
              ["Group therapy", "5x weekly, 2 hours"],
              ["Medication-assisted treatment (buprenorphine) with prescriber visit", "Weekly"],
              ["Case management / discharge planning", "2x monthly"]])
    h(doc, "Signatures", 2)
    tbl(doc, [["", "Name", "Date"],
              ["Consumer", "Dwayne Ashcombe", fd(plan)],
              ["Staff who developed plan", "Kelsey Amari, LMHC", fd(plan)],
              ["Qualified professional review", "Harold Benoit, LCSW, Clinical Director", fd(qp)]])
    save(doc, name)
    label(name, "base-treatment-plan", ["fl-65d-30"], as_of, [],
          "Clean. Florida residential level 2 plan (due within 15 days; written on day 11; QP countersigned "
          "4 days later). Each objective is its own two-column form (Behavior / Baseline / Target / "
          "Measure / Method / Target date / Responsible).")


# aj14  FL day or night treatment, one objective not measurable
def aj14():
    name = "aj14_fl_day_treatment_insight_objective.docx"
    adm, plan, qp, as_of = D("2026-08-10"), D("2026-08-17"), D("2026-08-21"), D("2026-09-15")
    assert days(adm, plan) <= FL_DAYS["day or night treatment"] and days(plan, qp) <= FL_QP_DAYS
    doc = new_doc(font="Tahoma", size=9.5)
    p(doc, "SUNCOAST BEHAVIORAL ALLIANCE", bold=True, size=12, align="c")
    p(doc, "Day/Night Treatment Program — Individualized Treatment Plan", align="c")
    p(doc, "Client: Tiffany Maldonado-Reyes     DOB: 02/27/1990     ID#: 998120447 (Medicaid)")
    p(doc, "Admitted: " + fd(adm) + "     Plan completed: " + fd(plan))
    p(doc, "Level of Care: Day or Night Treatment")
    p(doc, "Dx: F14.20 Cocaine dependence, uncomplicated (primary); F43.10 Post-traumatic stress disorder, "
           "unspecified")
    h(doc, "PROBLEMS, GOALS AND OBJECTIVES", 2)
    tbl(doc, [["Problem", "Goal", "Objectives", "Target date"],
              ["Cocaine use", "Tiffany will stop using cocaine.",
               "1a. Tiffany will give negative cocaine screens on all twice-weekly tests for 6 consecutive "
               "weeks.", fd(D("2026-10-09"))],
              ["", "", "1b. Tiffany will gain insight into her personal relapse triggers.", fd(D("2026-09-25"))],
              ["Trauma symptoms", "Tiffany will feel safer and sleep better.",
               "2a. Tiffany will reduce PCL-5 score from 52 to below 33.", fd(D("2026-11-13"))],
              ["", "", "2b. Tiffany will practice one grounding skill daily on at least 5 of 7 days, per "
               "her diary card.", fd(D("2026-10-02"))],
              ["Housing", "Tiffany will move to recovery housing.",
               "3a. Tiffany will submit 3 applications to certified recovery residences.",
               fd(D("2026-09-18"))]], widths=[1.1, 1.6, 3.0, 0.9])
    h(doc, "SERVICES", 2)
    p(doc, "Day treatment groups 5 days per week, 4 hours per day; individual trauma-focused therapy "
           "(CPT) weekly, 60 minutes; case management weekly; urine drug screens twice weekly.")
    h(doc, "SIGNATURES", 2)
    p(doc, "Client signature: Tiffany Maldonado-Reyes   Date: " + fd(plan))
    p(doc, "Staff: Bernard Okoye, CAP   Date: " + fd(plan))
    p(doc, "Qualified Professional: Lena Hartwig, LMHC   Date: " + fd(qp))
    save(doc, name)
    label(name, "base-treatment-plan", ["fl-65d-30"], as_of, [["objective-not-measurable"]],
          "Gap: objective 1b ('gain insight into her personal relapse triggers') is not measurable. "
          "Layout: Problem | Goal | Objectives | Target date table with continuation rows whose first two "
          "cells are empty.")


def ca_check(adm, plan, sup, md, review, as_of):
    assert 0 <= days(adm, plan) <= CA_PLAN_DAYS
    assert 0 <= days(plan, sup) <= CA_SIGN_DAYS and 0 <= days(plan, md) <= CA_SIGN_DAYS
    assert days(adm, review) <= CA_REVIEW_DAYS and as_of < review and review > plan


# aj15  CA NTP clean
def aj15():
    name = "aj15_ca_ntp_initial_maintenance_plan.docx"
    adm, plan, sup, md, review, as_of = (D("2026-08-03"), D("2026-08-27"), D("2026-09-02"),
                                         D("2026-09-08"), D("2026-11-02"), D("2026-10-20"))
    ca_check(adm, plan, sup, md, review, as_of)
    n_md = npi("165530982")
    doc = new_doc(size=10)
    header_footer(doc, "Harbor Light Treatment Center — Narcotic Treatment Program (License 19-0427)",
                  "Patient: Nguyen, Bao  •  DOB 06/12/1983  •  Medi-Cal CIN 94418876A")
    p(doc, "INITIAL MAINTENANCE TREATMENT PLAN", bold=True, size=13, align="c")
    tbl(doc, [["Patient", "Bao Nguyen", "Medi-Cal CIN", "94418876A"],
              ["Date of birth", "06/12/1983", "Admission to maintenance", fd(adm)],
              ["Plan effective date", fd(plan), "Primary counselor", "Celeste Ibarra, CADC-II"],
              ["Medication", "Methadone 90 mg daily", "Medical director", "Arthur Lim, MD (NPI " + n_md + ")"]],
        header=False, bold_first_col=True)
    h(doc, "Diagnosis", 2)
    p(doc, "F11.20 Opioid dependence, uncomplicated")
    h(doc, "Needs identified at intake", 2)
    p(doc, "Daily heroin and fentanyl use for 9 years; hepatitis C antibody positive, not treated; living "
           "in his car; estranged from sister; no primary care provider.")
    h(doc, "Long-Range Goals and Short-Term Goals", 2)
    p(doc, "Long-range goal 1: Bao will stop using illicit opioids and stay on a stable methadone dose.",
      bold=True)
    for s, d in [("STG 1a: Bao will have urine tests negative for opiates and fentanyl on 4 consecutive "
                  "monthly tests.", D("2026-11-24")),
                 ("STG 1b: Bao will attend 100% of weekly counseling sessions for 8 weeks.", D("2026-10-22"))]:
        p(doc, s + "  Target date: " + fd(d), style="List Bullet")
    p(doc, "Long-range goal 2: Bao will get treatment for hepatitis C and a primary care provider.", bold=True)
    for s, d in [("STG 2a: Bao will complete the hepatitis C viral load test and 1 visit with the "
                  "liver clinic.", D("2026-10-15")),
                 ("STG 2b: Bao will enroll with a Medi-Cal primary care provider and attend 1 visit.",
                  D("2026-11-20"))]:
        p(doc, s + "  Target date: " + fd(d), style="List Bullet")
    p(doc, "Long-range goal 3: Bao will move into stable housing.", bold=True)
    p(doc, "STG 3a: Bao will complete the coordinated-entry housing assessment and submit 2 housing "
           "applications.  Target date: " + fd(D("2026-10-30")), style="List Bullet")
    h(doc, "Services", 2)
    p(doc, "Methadone dosing daily; individual counseling weekly, 50 minutes; monthly urine drug testing; "
           "case management as needed for housing.")
    lv(doc, [("Next treatment plan update due", fd(review))])
    h(doc, "Signatures", 2)
    tbl(doc, [["Role", "Name / credential", "Signature", "Date"],
              ["Patient", "Bao Nguyen", "Bao Nguyen", fd(plan)],
              ["Primary counselor", "Celeste Ibarra, CADC-II", "Celeste Ibarra", fd(plan)],
              ["Supervising counselor", "Gregory Tanaka, LAADC", "G. Tanaka", fd(sup)],
              ["Medical director", "Arthur Lim, MD", "A. Lim, MD (e-signed)", fd(md)]])
    save(doc, name)
    label(name, "base-treatment-plan", ["ca-title9-ntp"], as_of, [],
          "Clean. California NTP initial maintenance plan: 24 days after admission, supervising counselor "
          "and medical director signatures within 14 days, next update 91 days after admission. Long-range "
          "goals with STG bullets, target date at the end of each STG line.")


# aj16  CA NTP, one short-term goal without a date
def aj16():
    name = "aj16_ca_ntp_stg_without_date.docx"
    adm, plan, sup, md, review, as_of = (D("2026-06-15"), D("2026-07-06"), D("2026-07-10"),
                                         D("2026-07-14"), D("2026-09-14"), D("2026-09-01"))
    ca_check(adm, plan, sup, md, review, as_of)
    doc = new_doc(font="Courier New", size=9.5)
    p(doc, "MISSION STREET OTP            TREATMENT PLAN            PAGE 1")
    p(doc, "=" * 70)
    p(doc, "PT NAME: ESPINOZA, RUBEN A.        DOB: 03/03/1971")
    p(doc, "MEDI-CAL ID: 90227451C             ADMIT DATE: " + fd(adm))
    p(doc, "PLAN DATE: " + fd(plan) + "          COUNSELOR: M. OKAFOR, RADT-II")
    p(doc, "DX: F11.20 OPIOID DEPENDENCE, UNCOMPLICATED")
    p(doc, "-" * 70)
    p(doc, "PROBLEM 1  CONTINUED ILLICIT OPIOID USE")
    p(doc, "  LONG TERM GOAL: CLIENT WILL ACHIEVE STABLE RECOVERY BY END OF TREATMENT.")
    p(doc, "  STG 1.1  NEGATIVE UDS FOR OPIATES/FENTANYL X 3 CONSECUTIVE MONTHS     TARGET: "
           + fd(D("2026-10-06")))
    p(doc, "  STG 1.2  CLIENT WILL NAME 4 WARNING SIGNS OF RELAPSE AND 1 RESPONSE TO EACH IN SESSION")
    p(doc, "  STG 1.3  ATTEND 4 OF 4 COUNSELING SESSIONS PER MONTH                   TARGET: "
           + fd(D("2026-09-30")))
    p(doc, "PROBLEM 2  UNEMPLOYMENT")
    p(doc, "  LONG TERM GOAL: CLIENT WILL OBTAIN PART-TIME WORK BY " + fd(D("2026-12-15")) + ".")
    p(doc, "  STG 2.1  COMPLETE 1 VOCATIONAL REHAB INTAKE APPOINTMENT                TARGET: "
           + fd(D("2026-08-14")))
    p(doc, "-" * 70)
    p(doc, "SERVICES: METHADONE DAILY; INDIVIDUAL COUNSELING 50 MIN 1X/WEEK; UDS MONTHLY")
    p(doc, "NEXT PLAN REVIEW: " + fd(review))
    p(doc, "-" * 70)
    p(doc, "SIGNATURES")
    p(doc, "PATIENT:             RUBEN ESPINOZA                " + fd(plan))
    p(doc, "COUNSELOR:           MALIK OKAFOR, RADT-II         " + fd(plan))
    p(doc, "SUPERVISING COUNS.:  DEIRDRE WALSH, CADC-III       " + fd(sup))
    p(doc, "MEDICAL DIRECTOR:    PAULINE ESTRADA, DO           " + fd(md))
    save(doc, name)
    label(name, "base-treatment-plan", ["ca-title9-ntp"], as_of, [["objective-not-time-bound"]],
          "Gap: STG 1.2 (name 4 relapse warning signs) has no target date, and its long-term goal is "
          "timed only 'by end of treatment'. Layout: all-caps EHR text printout in a fixed-width font, "
          "rule lines of = and -, target dates at the end of each STG line.")


# aj17  NY OASAS inpatient rehab, narrative goals, clean
def aj17():
    name = "aj17_ny_inpatient_narrative_goals.docx"
    adm, plan, md, as_of = D("2026-10-01"), D("2026-10-06"), D("2026-10-08"), D("2026-10-25")
    assert days(adm, plan) <= NY_PLAN_DAYS and days(adm, md) <= NY_MD_DAYS
    n_md = npi("187265014")
    doc = new_doc(font="Garamond", size=11.5)
    p(doc, "Stillwater Ridge Rehabilitation — OASAS-Certified Inpatient Rehabilitation Services",
      bold=True, size=12)
    p(doc, "Comprehensive Treatment Plan", bold=True, size=14)
    p(doc, "Patient name: Colleen Fitzmaurice.  Date of birth: September 9, 1976.  Medicaid CIN: "
           "KD44187Q.  Admission date: " + fd(adm, "long") + ".  Plan date: " + fd(plan, "long") + ".")
    h(doc, "Diagnoses", 2)
    p(doc, "F10.20 Alcohol dependence, uncomplicated (primary). F13.20 Sedative, hypnotic or anxiolytic "
           "dependence, uncomplicated. F33.1 Major depressive disorder, recurrent, moderate.")
    h(doc, "Problem Areas and Goals", 2)
    p(doc, "Colleen came to the unit after medically managed withdrawal at Mercy General. She describes "
           "drinking a fifth of vodka a day and taking alprazolam not prescribed to her. The first goal of "
           "treatment is for Colleen to complete the inpatient program without any alcohol or sedative use. "
           "She will have negative breathalyzer and urine screens on every test during her stay, and she "
           "will write and present a relapse-prevention plan with at least 5 triggers and coping responses "
           "to her group by " + fd(D("2026-10-23"), "long") + ".")
    p(doc, "The second goal is to reduce her depression so that it no longer drives her drinking. Colleen "
           "will lower her PHQ-9 score from 21 to 12 or below by " + fd(D("2026-10-30"), "long") + ", and "
           "she will attend all scheduled psychiatric medication reviews during the stay.")
    p(doc, "The third goal is a safe discharge. Colleen will set up outpatient counseling and a first "
           "appointment with a prescriber within 7 days after discharge, confirmed in writing before she "
           "leaves, by " + fd(D("2026-10-28"), "long") + ".")
    h(doc, "Methods of Treatment", 2)
    p(doc, "Individual counseling twice weekly (45 minutes); daily group therapy; psychoeducation on "
           "alcohol and benzodiazepines; psychiatric evaluation and medication management weekly; "
           "family session once during the stay; discharge planning.")
    h(doc, "Review and Signatures", 2)
    p(doc, "Responsible clinical staff member: Andre Baptiste, CASAC — signed " + fd(plan))
    p(doc, "Physician review: I have reviewed this treatment plan. Rebecca Stroud, MD (NPI " + n_md +
      ") — signed " + fd(md))
    p(doc, "Patient: Colleen Fitzmaurice — signed " + fd(plan))
    save(doc, name)
    label(name, "base-treatment-plan", ["ny-oasas-818"], as_of, [],
          "Clean. NY OASAS inpatient rehab plan (day 5), physician review on day 7. Goals and objectives "
          "written as narrative paragraphs ('The first goal of treatment is ... She will ...'); facts as "
          "sentences in one paragraph; dates in words.")


# =============================================================================================
# aj18  psychotherapy narrative letter-style plan; second goal and its step not measurable
def aj18():
    name = "aj18_psy_narrative_grief_goal_vague.docx"
    plan, as_of = D("2026-10-14"), D("2026-11-18")
    doc = new_doc(font="Book Antiqua", size=11)
    p(doc, "Dr. Sylvia Aranda, PsyD — Licensed Psychologist", bold=True)
    p(doc, "27 Meadowbrook Court, Suite 3, Ann Arbor, MI 48104", size=9)
    p(doc)
    p(doc, "TREATMENT PLAN", bold=True, size=13)
    p(doc, "Re: Arthur Ferreira (DOB 4/16/1950), Medicare beneficiary ID 9QX5TD7MJ62")
    p(doc, "Date of plan: October 14, 2026")
    p(doc)
    p(doc, "Mr. Ferreira is a 76-year-old retired machinist referred by his primary care physician after "
           "the death of his wife in May 2026. Since then he has lost 14 pounds, wakes at 3 a.m. most "
           "nights, and has stopped attending his Tuesday veterans' breakfast. His PHQ-9 at intake on "
           "October 7, 2026 was 18. He denies suicidal intent; a safety plan is on file.")
    p(doc, "Diagnosis: F32.1 Major depressive disorder, single episode, moderate.")
    p(doc)
    p(doc, "We agreed on two goals. The first goal of treatment is to relieve his depression so that he "
           "can return to his usual routines. He will reduce his PHQ-9 score from 18 to 9 or below by "
           "January 29, 2027, and he will return to the veterans' breakfast at least 3 Tuesdays a month by "
           "December 17, 2026.")
    p(doc, "Second, we will address his grief. The goal is for Mr. Ferreira to feel less weighed down by "
           "the loss of his wife by the end of January 2027. Within that time he will work on processing "
           "the loss in our sessions.")
    p(doc)
    p(doc, "Treatment will be individual psychotherapy (CPT 90837), 53 minutes, once a week, using "
           "behavioral activation and grief-focused cognitive therapy. The expected duration is 16 weeks. "
           "I will coordinate with his primary care physician, Dr. Hallorann, regarding weight loss and "
           "sleep.")
    p(doc)
    p(doc, "Mr. Ferreira reviewed this plan with me and agreed to it.")
    p(doc)
    p(doc, "/s/ Sylvia Aranda, PsyD")
    p(doc, "Licensed Psychologist, NPI " + npi("121948770"))
    p(doc, "October 14, 2026")
    save(doc, name)
    label(name, "medicare-psychotherapy", [], as_of,
          [["goal-not-measurable", "objective-not-measurable"]],
          "Gap: the second (grief) goal ('feel less weighed down') and its only step ('work on processing "
          "the loss') name no measure or level; it is time-bound. Either kind satisfies it. Layout: "
          "letter-style narrative plan by a private-practice psychologist, signature block at the end.")


# aj19  ABA, one goal without mastery criteria
def aj19():
    name = "aj19_aba_cards_missing_mastery.docx"
    plan, as_of = D("2026-08-31"), D("2026-10-05")
    start, end = D("2026-09-07"), D("2027-03-06")
    review = D("2027-02-22")
    ab, dx_on = D("2026-08-12"), D("2023-09-19")
    assert end <= add_months(start, 6) and days(plan, review) <= ABA_REVIEW_DAYS and days(ab, plan) <= 365
    doc = new_doc(size=10)
    header_footer(doc, "Willow Creek Behavior Services — ABA Treatment Plan",
                  "Client: Zoe Lindqvist-Park • DOB 01/15/2017 • Member ID NPH00718822")
    p(doc, "ABA TREATMENT PLAN — REAUTHORIZATION", bold=True, size=13)
    tbl(doc, [["Client", "Zoe Lindqvist-Park"], ["Date of birth", "01/15/2017"],
              ["Member ID", "NPH00718822"], ["Health plan", "Northern Prairie Health"],
              ["Plan date", fd(plan)], ["Authorization period", fd(start) + " to " + fd(end)],
              ["Next treatment plan review", fd(review)],
              ["Diagnosis", "F84.0 Autistic disorder; diagnosed by Marcus Oduya, PhD, on " + fd(dx_on)],
              ["Assessments", "Vineland-3 (" + fd(ab) + "): ABC 71; AFLS Home Skills (" + fd(ab) + ")"]],
        header=False, bold_first_col=True, widths=[1.8, 4.6])
    h(doc, "Goals", 2)
    cards = [
        ("Goal 1 — Conversation", "Zoe will maintain a topic for 4 back-and-forth exchanges with a peer.",
         "1 exchange (probe 08/12/2026)", "4 exchanges on 80% of opportunities across 3 sessions",
         D("2027-02-19")),
        ("Goal 2 — Flexibility", "Zoe will accept an unexpected change in schedule using her coping card "
         "without crying or refusing.", "Accepts 1 of 5 changes", "Accepts 4 of 5 changes for 3 "
         "consecutive weeks", D("2027-01-29")),
        ("Goal 3 — Community safety", "Zoe will tolerate the 6-step haircut routine at the salon without "
         "leaving the chair.", "Tolerates 2 of 6 steps", "", D("2027-02-19")),
        ("Goal 4 — Parent training", "Mrs. Lindqvist-Park will use the coping-card prompt hierarchy at "
         "home during schedule changes.", "30% fidelity", "90% fidelity on 3 consecutive observations",
         D("2026-12-18")),
    ]
    for title, stmt, base, mast, tdate in cards:
        assert tdate > plan
        t = tbl(doc, [[title, ""], ["Goal", stmt], ["Baseline", base], ["Mastery criteria", mast],
                      ["Target date", fd(tdate)]], header=False, bold_first_col=True, widths=[1.6, 4.8])
        merge_row(t, 0, title, shade="DDEBF7")
        p(doc)
    h(doc, "Service Request", 2)
    tbl(doc, [["CPT", "Description", "Requested"],
              ["97153", "Adaptive behavior treatment by protocol", "12 hours/week"],
              ["97155", "Protocol modification", "2 hours/week"],
              ["97156", "Family guidance", "1 hour/week"]])
    h(doc, "Signatures", 2)
    p(doc, "BCBA: Hollis Grant, BCBA, LBA — electronically signed " + fd(plan))
    p(doc, "Parent/Guardian: Annika Lindqvist-Park — signed " + fd(D("2026-09-02")))
    save(doc, name)
    label(name, "commercial-aba", [], as_of, [["field-missing"]],
          "Gap: Goal 3 (haircut routine) has an empty 'Mastery criteria' field and no objectives "
          "(goal-mastery-criteria, reported as field-missing). Layout: every goal is its own small "
          "two-column card table with a shaded merged title row; client facts in a vertical form table.")


# aj20  ABA, one goal without any target date; no review date
def aj20():
    name = "aj20_aba_boxed_goals_no_end_date.docx"
    plan, as_of = D("2026-10-05"), D("2026-11-12")
    start, end = D("2026-10-05"), D("2027-04-04")
    ab, dx_on = D("2026-09-17"), D("2025-12-01")
    assert end <= add_months(start, 6) and days(ab, plan) <= 365
    doc = new_doc(font="Calibri Light", size=10.5)
    p(doc, "Tidewater Autism Center", bold=True, size=14)
    p(doc, "Behavior Plan & Treatment Goals", size=12)
    lv(doc, [("Child", "Kaiden Broussard"), ("Born", "07/04/2021")])
    lv(doc, [("Member ID", "GCH-2291-0457-3"), ("Plan date", fd(plan))])
    lv(doc, [("Authorized", fd(start) + " – " + fd(end))])
    lv(doc, [("Diagnosis", "F84.0 Autistic disorder (dx 12/01/2025, Imani Okoro, MD, developmental "
              "pediatrician)")])
    lv(doc, [("Assessment", "VB-MAPP " + fd(ab) + "; Vineland-3 " + fd(ab))])
    h(doc, "Goals", 2)
    boxes = [
        ["GOAL 1: Kaiden will point to or name 20 pictured items when asked \"where's ___?\"",
         "Baseline: 4 items", "Mastery: 20 items at 90% accuracy across 2 consecutive sessions",
         "Start date: " + fd(start) + "     Projected mastery date: " + fd(D("2027-01-15"))],
        ["GOAL 2: Kaiden will sit at the table for a 10-minute meal without leaving his seat.",
         "Baseline: 2 minutes", "Mastery: 10 minutes on 4 of 5 meals for 2 weeks",
         "Start date: " + fd(start) + "     Projected mastery date: "],
        ["GOAL 3: Kaiden will reduce biting (teeth contacting another person's skin) to zero.",
         "Baseline: 3 per day", "Mastery: 0 per day for 20 consecutive days",
         "Start date: " + fd(start) + "     Projected mastery date: " + fd(D("2027-03-12"))],
        ["GOAL 4 (Caregiver): Kaiden's father will use the sit-and-eat timer with praise at dinner.",
         "Baseline: 20% fidelity", "Mastery: 90% fidelity on 3 consecutive home visits",
         "Start date: " + fd(start) + "     Projected mastery date: " + fd(D("2026-12-18"))],
    ]
    for lines in boxes:
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        set_cell(t.cell(0, 0), lines)
        t.cell(0, 0).paragraphs[0].runs[0].bold = True
        p(doc)
    h(doc, "Services Requested", 2)
    p(doc, "97153 Direct therapy by RBT — 25 hours per week")
    p(doc, "97155 BCBA supervision/protocol modification — 3 hours per week")
    p(doc, "97156 Caregiver guidance — 1 hour per week")
    h(doc, "Signatures", 2)
    p(doc, "Supervising BCBA: Marguerite Dupuis, BCBA    Date: " + fd(plan))
    p(doc, "Parent/Guardian: Andre Broussard    Date: " + fd(plan))
    save(doc, name)
    label(name, "commercial-aba", [], as_of, [["goal-not-time-bound"], ["review-date-missing"]],
          "Gaps: Goal 2 (sit for a meal) has a start date but an empty 'Projected mastery date'; and the "
          "plan sets no review or progress-report date. Layout: each goal in a single-cell bordered box "
          "with baseline, mastery and start / projected mastery lines. review-interval-exceeded left out "
          "of must_not_report: unsure how an absent review date is treated by the interval rule.",
          unsure=["review-interval-exceeded"])


# =============================================================================================
# aj21  psychotherapy plan update: met, continued, deferred goals in a status table
def aj21():
    name = "aj21_psy_update_met_deferred_goals.docx"
    plan, as_of = D("2026-09-30"), D("2026-11-19")
    orig = D("2026-03-25")
    doc = new_doc(size=10)
    header_footer(doc, "Clearwater Family Counseling, PLLC", "Treatment Plan Update • Gloria Ostrowski • "
                  "DOB 12/09/1962 • MBI 4RJ6-KM9-XP13")
    p(doc, "TREATMENT PLAN UPDATE #2", bold=True, size=13)
    lv(doc, [("Client", "Gloria Ostrowski"), ("DOB", "12/09/1962"), ("MBI", "4RJ6KM9XP13")])
    lv(doc, [("Original plan", fd(orig)), ("Date of this update", fd(plan))])
    lv(doc, [("Clinician", "Paulette Graves, LMFT")])
    h(doc, "Diagnosis", 2)
    p(doc, "F43.10 Post-traumatic stress disorder, unspecified (primary)")
    p(doc, "F33.0 Major depressive disorder, recurrent, mild")
    h(doc, "Progress Since Last Plan", 2)
    p(doc, "Gloria has attended 24 of 26 scheduled sessions. Nightmares have dropped from nightly to about "
           "twice a week. She completed the written trauma narrative in August. PCL-5 fell from 58 (March) "
           "to 41 (September). She asked to hold off on the driving goal until after her knee surgery.")
    h(doc, "Goals and Objectives", 2)
    t1, t2, t3 = D("2026-12-16"), D("2027-01-27"), D("2027-03-17")
    assert all(t > plan for t in (t1, t2, t3)) and days(plan, as_of) <= PSY_PLAN_AGE
    tbl(doc, [["#", "Goal / objective", "Target date", "Status"],
              ["1", "Improve sleep.", "06/30/2026", "Met 07/2026 (discontinued)"],
              ["1a", "Gloria will sleep 6 or more hours on 5 of 7 nights per sleep log.", "06/30/2026",
               "Met 07/2026 (discontinued)"],
              ["2", "Gloria will reduce PTSD symptoms so that they no longer keep her from leaving the "
               "house alone.", fd(t3), "Continued — target date extended"],
              ["2a", "Gloria will lower her PCL-5 score from 41 to below 33.", fd(t2), "In progress"],
              ["2b", "Gloria will walk alone to the corner store and back at least 3 times a week, per her "
               "exposure log (now 1 time a week).", fd(t1), "In progress"],
              ["3", "Gloria will drive on the highway again.", fd(t3), "Deferred by client until after knee "
               "surgery (12/2026)"],
              ["3a", "Gloria will complete 4 of 6 steps on her driving exposure ladder, with SUDS of 40 or "
               "less on each step, per her log.", fd(t3), "Deferred"],
              ["4", "Gloria will rebuild contact with friends from church.", fd(t2), "New"],
              ["4a", "Gloria will have at least 2 planned social contacts per week (baseline 0), recorded on "
               "her activity log.", fd(t2), "New"]], widths=[0.4, 4.2, 1.0, 1.6])
    h(doc, "Interventions", 2)
    p(doc, "Cognitive processing therapy (continuing), in-vivo exposure hierarchy, behavioral activation "
           "for social contact. Individual psychotherapy CPT 90837, 53-minute sessions, weekly; moving to "
           "every other week after PCL-5 falls below 33.")
    p(doc, "Expected duration: 6 more months from this update (through " + fd(D("2027-03-31")) + ").")
    p(doc, "Next update due: " + fd(D("2027-01-06")))
    h(doc, "Signatures", 2)
    p(doc, "Paulette Graves, LMFT — e-signed " + fd(plan) + " 11:05")
    p(doc, "Client: Gloria Ostrowski — signed " + fd(plan))
    save(doc, name)
    label(name, "medicare-psychotherapy", [], as_of, [],
          "Clean. Plan update with a goals table whose Status column marks goal 1 and its objective met "
          "and discontinued (vague wording and past target date, closed), goal 2 continued with a new "
          "date, goal 3 deferred (still fully specified and dated) and goal 4 new.")


# aj22  psychotherapy + PA, Problem/Goal/Objective/Intervention grid, one goal with no objectives
def aj22():
    name = "aj22_psy_pa_grid_goal_without_objectives.docx"
    intake, plan, as_of = D("2026-09-01"), D("2026-09-22"), D("2026-11-09")
    assert days(intake, plan) <= PA_PLAN_DAYS
    doc = new_doc(landscape=True, size=9.5)
    header_footer(doc, "Allegheny Bridges Counseling Center — Outpatient Psychiatric Clinic",
                  "ISP • Derek Szymanski • MA # 3304719882 • Page 1")
    p(doc, "INDIVIDUAL SERVICE PLAN", bold=True, size=13, align="c")
    tbl(doc, [["Individual", "Derek Szymanski", "DOB", "06/30/1990", "Medical Assistance #", "3304719882"],
              ["Intake date", fd(intake), "Plan date", fd(plan), "Expected duration", "9 months"]],
        header=False, size=9)
    p(doc, "Diagnosis: F31.81 Bipolar II disorder (primary); F41.1 Generalized anxiety disorder")
    h(doc, "Service Plan", 2)
    tbl(doc, [["Problem", "Goal", "Objective(s)", "Intervention / frequency"],
              ["Mood swings; 2 hypomanic episodes this year with overspending",
               "1. Derek will keep his mood stable enough to hold his job.",
               "1a. Derek will complete a daily mood chart on at least 6 of 7 days and bring it to each "
               "session, by " + fd(D("2026-11-20")) + ".\n1b. Derek will have no missed workdays due to mood "
               "symptoms for 8 consecutive weeks by " + fd(D("2027-01-29")) + ".",
               "Individual therapy (IPSRT), 45 minutes, weekly"],
              ["Worry and panic at work", "2. Derek will manage anxiety at work.",
               "2a. Derek will reduce GAD-7 from 15 to 8 or less by " + fd(D("2027-02-26")) + ".",
               "CBT for anxiety within weekly individual sessions"],
              ["Medication adherence", "3. Derek will take lamotrigine as prescribed on 7 of 7 days each week, per weekly pill-box check.", "",
               "Medication management with psychiatrist, 25 minutes, monthly"]],
        size=9, widths=[2.0, 2.3, 3.4, 2.0])
    p(doc, "Services: individual psychotherapy CPT 90834 (45 min) weekly; medication management 99214 "
           "(25 min) monthly.")
    h(doc, "Signatures", 2)
    tbl(doc, [["Individual", "Therapist", "Psychiatrist approval"],
              ["Derek Szymanski\n" + fd(plan), "Hannah Kowalczyk, LCSW\n" + fd(plan),
               "Tobias Reinholt, DO\n" + fd(D("2026-09-24"))]], size=9)
    save(doc, name)
    label(name, "medicare-psychotherapy", ["pa-55-5200"], as_of, [["objective-missing"]],
          "Gap: goal 3 (medication adherence) has an empty Objective(s) cell (Pennsylvania requires "
          "objectives under each goal). Layout: landscape four-column service-plan grid, signature table "
          "with roles as column headers and name and date stacked in each cell.")


# =============================================================================================
# aj23  PT shoulder, certification period of 119 days
def aj23():
    name = "aj23_pt_shoulder_long_cert_period.docx"
    ev, cert_to, md, as_of = D("2026-09-14"), D("2027-01-11"), D("2026-09-21"), D("2026-10-26")
    assert days(ev, cert_to) > MOT_REVIEW_DAYS and days(ev, md) <= MOT_CERT_DAYS and as_of < cert_to
    doc = new_doc(size=10)
    p(doc, "Cedar Point Physical Therapy & Sports Rehab", bold=True, size=12)
    p(doc, "Plan of Care / Certification", size=12)
    tbl(doc, [["Patient:", "Loretta Vance-Okimoto", "DOB:", "08/21/1955"],
              ["Medicare #:", "2WE7AB4NN90", "Eval date:", fd(ev)],
              ["Plan date:", fd(ev), "Cert period:", fd(ev) + " – " + fd(cert_to)]],
        header=False, style=None, shade_head=None)
    h(doc, "Diagnosis", 2)
    p(doc, "M25.611 Stiffness of right shoulder, not elsewhere classified (treatment dx)")
    p(doc, "M62.81 Muscle weakness (generalized)")
    h(doc, "Assessment", 2)
    p(doc, "Adhesive capsulitis pattern R shoulder, onset 05/2026. Unable to reach top shelf, fasten bra "
           "or wash hair with R arm. QuickDASH 61.")
    h(doc, "Functional Goals", 2)
    goals = [
        "1. Increase R shoulder flexion AROM from 95° to 150° within 12 weeks so pt can reach a kitchen "
        "cabinet at shoulder height.",
        "2. Increase R shoulder ER from 10° to 45° within 12 weeks for hair washing.",
        "3. Reduce QuickDASH from 61 to 30 or below within 16 weeks.",
        "4. Pt will lift a 5-lb grocery bag to an overhead shelf with the R arm, pain 3/10 or less, within "
        "16 weeks.",
    ]
    for g in goals:
        p(doc, g)
    h(doc, "Treatment", 2)
    p(doc, "Joint mobilization (97140), therapeutic exercise (97110), neuromuscular re-education (97112), "
           "home exercise program. Frequency 2x/week; duration 16 weeks.")
    h(doc, "Signatures", 2)
    p(doc, "Therapist: Quentin Mbeki, PT, DPT   Date: " + fd(ev))
    p(doc, "Physician certification — I certify the need for these services: Lila Sorensen, MD   Date: "
           + fd(md))
    save(doc, name)
    label(name, "medicare-outpatient-therapy", [], as_of, [["review-interval-exceeded"]],
          "Gap: the certification period runs 119 days from the evaluation (recertification is due at "
          "least every 90 days); the plan sets 16 weeks of treatment with no interim recertification. "
          "Layout: borderless form table with 'Label:' cells, goals with 'from X to Y within N weeks'.")


# aj24  ABA adolescent, client-voice goals, parent goals under a Parent Training heading, clean
def aj24():
    name = "aj24_aba_teen_client_voice_parent_heading.docx"
    plan, as_of = D("2026-07-27"), D("2026-09-21")
    start, end = D("2026-08-03"), D("2027-02-02")
    review = D("2027-01-18")
    af, vin, dx_on = D("2026-07-09"), D("2026-07-09"), D("2021-04-14")
    assert end <= add_months(start, 6) and days(plan, review) <= ABA_REVIEW_DAYS and days(af, plan) <= 365
    doc = new_doc(font="Aptos", size=10.5)
    p(doc, "Northstar Behavioral Health — Adolescent ABA Program", bold=True, size=13)
    p(doc, "Individualized Treatment Plan", size=12)
    tbl(doc, [["Client", "Jaylen Whitaker-Moss"], ["Date of birth", "03/22/2012"],
              ["Member ID", "OHC 6620-19-4457"], ["Payer", "Orchard Health Cooperative"],
              ["Plan date", fd(plan)], ["Authorization period", fd(start) + " to " + fd(end)],
              ["Plan review / progress report due", fd(review)]],
        header=False, bold_first_col=True, widths=[2.2, 4.2])
    h(doc, "Diagnosis", 2)
    p(doc, "F84.0 Autistic disorder — diagnosed " + fd(dx_on) + " by Ruth Abernathy-Cole, PhD, licensed "
           "psychologist. Co-occurring F90.2 Attention-deficit hyperactivity disorder, combined type.")
    h(doc, "Assessments", 2)
    p(doc, "AFLS Community Participation and Independent Living protocols, " + fd(af) + "; Vineland-3 "
           "Comprehensive Interview Form, " + fd(vin) + " (ABC 69; Socialization 62).")
    h(doc, "Jaylen's Goals", 2)
    p(doc, "Jaylen chose these goals with his BCBA. His own words come first, then how we will measure "
           "them.", italic=True)
    goals = [
        ("\"I want to order my own food at a restaurant.\"",
         "Jaylen will order a meal at a counter-service restaurant, including answering 2 follow-up "
         "questions, with no adult prompts.", "Needs full verbal model", "4 of 5 community outings across "
         "2 weeks", D("2026-12-11")),
        ("\"I want to stop getting in trouble for yelling in class.\"",
         "Jaylen will reduce loud verbal outbursts (yelling or swearing above classroom volume) at school.",
         "6 per school day (teacher tally, July ESY)", "1 or fewer per day for 20 consecutive school days",
         D("2027-01-15")),
        ("\"I want to ride the bus to the library by myself.\"",
         "Jaylen will complete the 12-step bus routine (check schedule, pay, signal stop, walk to library) "
         "independently.", "5 of 12 steps", "12 of 12 steps on 3 consecutive trips", D("2027-01-29")),
    ]
    for voice, op, base, mast, tdate in goals:
        assert tdate > plan
        runs(doc, [("In Jaylen's words: ", "b"), (voice, "i")])
        tbl(doc, [["Measurable goal", op], ["Baseline", base], ["Mastery criteria", mast],
                  ["Target date", fd(tdate)]], header=False, bold_first_col=True, widths=[1.6, 4.8])
        p(doc)
    h(doc, "Parent Training", 2)
    for stmt, base, mast, tdate in [
        ("Implement the evening routine checklist with praise for each completed step.", "35% fidelity",
         "90% procedural fidelity across 3 consecutive probes", D("2026-11-20")),
        ("Use planned ignoring and redirection for yelling during homework.", "1 of 4 steps",
         "4 of 4 steps on 3 consecutive observed homework sessions", D("2026-12-18"))]:
        p(doc, stmt, style="List Number")
        p(doc, "Baseline: " + base + ".  Mastery: " + mast + ".  Target date: " + fd(tdate) + ".")
    h(doc, "Services", 2)
    tbl(doc, [["CPT", "Service", "Hours/week"], ["97153", "Direct ABA (community and clinic)", "15"],
              ["97155", "BCBA protocol modification", "2"], ["97156", "Parent training", "1"]])
    h(doc, "Signatures", 2)
    p(doc, "Supervising BCBA: Felicity Onuoha, BCBA   Signed " + fd(plan))
    p(doc, "Parent/Guardian: Tamara Whitaker   Signed " + fd(plan))
    p(doc, "Client assent: Jaylen Whitaker-Moss   Signed " + fd(plan))
    save(doc, name)
    label(name, "commercial-aba", [], as_of, [],
          "Clean. Adolescent ABA plan: each goal starts with the client's quoted words followed by a "
          "goal card (measurable goal / baseline / mastery / target date); caregiver goals are numbered "
          "items under a 'Parent Training' heading that do not name the parent; vertical form table.")


# aj25  ABA, standardized assessment older than a year
def aj25():
    name = "aj25_aba_reauth_old_assessment.docx"
    plan, as_of = D("2026-09-28"), D("2026-11-03")
    start, end = D("2026-10-01"), D("2027-03-31")
    review = D("2027-03-15")
    vb, vin, dx_on = D("2025-06-10"), D("2025-05-20"), D("2022-11-30")
    assert days(vb, plan) > ABA_ASSESS_DAYS and days(vin, plan) > ABA_ASSESS_DAYS
    assert end <= add_months(start, 6) and days(plan, review) <= ABA_REVIEW_DAYS
    doc = new_doc(size=10)
    p(doc, "Copperleaf ABA Services", bold=True, size=12)
    p(doc, "Continuation of Care — ABA Treatment Plan", bold=True, size=12)
    p(doc, "Recipient: Sofia Castellano-Reed   |   DOB 09/02/2019   |   Member ID 71123409-01   |   "
           "Plan: Meridian Health Partners")
    p(doc, "Plan date " + fd(plan) + "   |   Requested authorization " + fd(start) + " – " + fd(end)
      + "   |   Next review " + fd(review))
    h(doc, "Diagnosis", 2)
    p(doc, "F84.0 Autistic disorder (primary). Diagnosed 11/30/2022 by Colin Mahoney, PsyD.")
    h(doc, "Assessment", 2)
    tbl(doc, [["Tool", "Date", "Scores"],
              ["VB-MAPP Milestones", fd(vb), "Level 2; 88 of 170"],
              ["Vineland-3", fd(vin), "ABC 72"],
              ["Functional behavior assessment (updated)", fd(D("2026-09-10")), "Refusal maintained by escape"]])
    p(doc, "Standardized re-assessment was postponed during the family's move; the VB-MAPP will be "
           "re-administered once services resume.", italic=True)
    h(doc, "Goals and Objectives", 2)
    rows = [["Goal", "Objective", "Baseline", "Mastery", "Target date"],
            ["Intraverbals", "Sofia will answer 15 different social questions (name, age, favorite toy).",
             "5 of 15", "15 of 15 across 2 consecutive days", fd(D("2027-02-26"))],
            ["Reduce task refusal", "Sofia will begin a presented task within 10 seconds.", "35% of "
             "demands", "85% of demands across 3 sessions", fd(D("2027-03-12"))],
            ["Toileting", "Sofia will initiate toileting by requesting the bathroom.", "0 self-initiations "
             "per day", "3 self-initiations per day for 10 consecutive days", fd(D("2027-01-29"))],
            ["Caregiver training", "Mother will run the toileting schedule and reinforcement steps.",
             "50% fidelity", "90% fidelity on 3 consecutive observations", fd(D("2026-12-18"))]]
    tbl(doc, rows, widths=[1.2, 2.8, 1.1, 1.6, 0.9])
    h(doc, "Requested Units", 2)
    tbl(doc, [["CPT", "Hours per week"], ["97153", "20"], ["97155", "3"], ["97156", "1.5"]])
    h(doc, "Signatures", 2)
    p(doc, "BCBA: Oona Fairbanks, BCBA — " + fd(plan))
    p(doc, "Parent/Guardian: Lucia Castellano — " + fd(D("2026-09-29")))
    save(doc, name)
    label(name, "commercial-aba", [], as_of, [["assessment-outdated"]],
          "Gap: the latest standardized assessments (VB-MAPP 06/10/2025, Vineland-3 05/20/2025) are over "
          "365 days older than the plan date; only the FBA (not standardized) is recent. Layout: facts "
          "separated by vertical bars on two lines; goal / objective / baseline / mastery / date table.")


# =============================================================================================
# aj26  psychotherapy clean: objective forms filled in content controls
def aj26():
    name = "aj26_psy_objective_fields_content_controls.docx"
    plan, as_of = D("2026-06-16"), D("2026-09-08")
    doc = new_doc(size=10)
    p(doc, "Fairhaven Psychological Services", bold=True, size=13)
    p(doc, "Outpatient Treatment Plan", size=12)

    def field(label_text, value, tag):
        par = doc.add_paragraph()
        r = par.add_run(label_text + ": ")
        r.bold = True
        sdt_text(par, value, tag)
        return par

    field("Patient Name", "Desmond Achterberg", "PatientName")
    field("Date of Birth", "01/28/1957", "DOB")
    field("Medicare Beneficiary Identifier", "3MX8-PL2-QA67", "MBI")
    field("Date Plan Established", fd(plan), "PlanDate")
    field("Treating Clinician", "Yara Sandoval, PhD, Licensed Psychologist", "Clinician")
    h(doc, "Diagnoses", 2)
    field("Primary", "F43.10 Post-traumatic stress disorder, unspecified", "Dx1")
    field("Secondary", "F10.20 Alcohol dependence, uncomplicated",
          "Dx2")
    h(doc, "Problem 1 — Trauma symptoms", 2)
    runs(doc, [("Goal 1: ", "b"), ("Desmond will have fewer and less intense PTSD symptoms so he can sleep "
                                  "and drive.", "")])
    objs = [
        ("Objective 1.1", "Reduce PTSD symptom severity.", "PCL-5 = 54 (06/09/2026)", "PCL-5 below 33",
         "PCL-5 self-report", "Every 4 weeks in session", D("2026-10-13")),
        ("Objective 1.2", "Drive on the interstate for at least 20 minutes.", "0 drives since the crash "
         "(02/2026)", "2 interstate drives of 20+ minutes per week", "Exposure log", "Reviewed weekly",
         D("2026-11-17")),
    ]
    h(doc, "Problem 2 — Alcohol use", 2)
    runs(doc, [("Goal 2: ", "b"), ("Desmond will stop using alcohol to cope with nightmares.", "")])
    objs2 = [
        ("Objective 2.1", "Limit drinking days.", "5 drinking days per week (TLFB)", "0 drinking days per "
         "week for 8 consecutive weeks", "Timeline Followback calendar", "Weekly in session",
         D("2026-12-08")),
    ]
    # place each objective form right after its goal: rebuild order
    body = doc.element.body
    goal2_heading = doc.paragraphs[-2]._p
    for title, stmt, base, target, measure, method, tdate in objs:
        assert tdate > plan
        t = tbl(doc, [[title, stmt], ["Baseline", base], ["Target", target], ["Measure", measure],
                      ["Method / frequency", method], ["Target date", fd(tdate)]],
                header=False, bold_first_col=True, widths=[1.7, 4.7])
        goal2_heading.addprevious(t._tbl)
        spacer = p(doc)
        goal2_heading.addprevious(spacer._p)
    for title, stmt, base, target, measure, method, tdate in objs2:
        assert tdate > plan
        tbl(doc, [[title, stmt], ["Baseline", base], ["Target", target], ["Measure", measure],
                  ["Method / frequency", method], ["Target date", fd(tdate)]],
            header=False, bold_first_col=True, widths=[1.7, 4.7])
    assert body is not None
    h(doc, "Treatment", 2)
    tbl(doc, [["Type", "CPT", "Amount", "Frequency", "Duration"],
              ["Individual psychotherapy — prolonged exposure, CBT for insomnia", "90837", "60 minutes",
               "Weekly", "24 weeks"]])
    h(doc, "Attestation", 2)
    par = doc.add_paragraph()
    par.add_run("Clinician signature: ").bold = True
    sdt_text(par, "Yara Sandoval, PhD (electronically signed)", "ClinSig")
    par.add_run("    Date: ").bold = True
    sdt_text(par, fd(plan), "ClinSigDate")
    save(doc, name)
    assert days(plan, as_of) <= PSY_PLAN_AGE
    label(name, "medicare-psychotherapy", [], as_of, [],
          "Clean. Facts and signature typed into Word content controls after bold labels; every objective "
          "is a small form table (Objective n / Baseline / Target / Measure / Method / Target date) placed "
          "under its goal line; one services table with amount, frequency and duration.")


# aj27  psychotherapy: goals timed 'by discharge', one objective undated
def aj27():
    name = "aj27_psy_discharge_goals_undated_objective.docx"
    plan, as_of = D("2026-10-20"), D("2026-11-20")
    doc = new_doc(font="Arial", size=10)
    header_footer(doc, "Riverside Community Mental Health — Adult Outpatient",
                  "Name: Priscilla Haddad-Moore | DOB: 05/05/1961 | Medicare: 5HT2WM8QE34")
    p(doc, "TREATMENT PLAN", bold=True, size=13)
    runs(doc, [("Name: ", "b"), ("Priscilla Haddad-Moore", ""), ("     Plan Date: ", "b"), (fd(plan), "")])
    runs(doc, [("Diagnosis: ", "b"), ("F41.1 Generalized anxiety disorder; F33.1 Major depressive disorder, "
                                      "recurrent, moderate", "")])
    h(doc, "Problem #1: Anxiety", 3)
    p(doc, "Long Term Goal: Client will manage worry well enough to resume part-time work by discharge.")
    p(doc, "Short Term Objective 1.1: Client will reduce GAD-7 from 17 to 9 or below. Target: "
      + fd(D("2027-01-20")))
    p(doc, "Short Term Objective 1.2: Client will use a scheduled 15-minute worry period instead of "
           "reassurance calls on at least 5 of 7 days, per her worry log.")
    h(doc, "Problem #2: Depressed mood", 3)
    p(doc, "Long Term Goal: Client will return to her usual activities by discharge.")
    p(doc, "Short Term Objective 2.1: Client will complete 3 planned valued activities per week (baseline 0) "
           "per activity log. Target: " + fd(D("2026-12-15")))
    p(doc, "Short Term Objective 2.2: Client will lower PHQ-9 from 16 to below 10. Target: "
      + fd(D("2027-02-17")))
    h(doc, "Interventions", 3)
    p(doc, "Intervention 1: CBT for generalized anxiety (worry exposure, problem-solving training).")
    p(doc, "Intervention 2: Behavioral activation.")
    h(doc, "Frequency / Amount / Duration", 3)
    p(doc, "Individual psychotherapy CPT 90834, 45 minutes, weekly, for 20 weeks.")
    h(doc, "Sign Off", 3)
    p(doc, "Electronically signed by Jerome Adeyemi, LCSW on " + fd(plan) + " 3:47 PM")
    p(doc, "Client signature: Priscilla Haddad-Moore  " + fd(plan))
    save(doc, name)
    label(name, "medicare-psychotherapy", [], as_of, [["objective-not-time-bound"]],
          "Gap: Short Term Objective 1.2 (worry period) has no target, and its goal is timed only 'by "
          "discharge'. Layout: EHR export with 'Problem #n:', 'Long Term Goal:', 'Short Term Objective "
          "n.n:' lines and 'Target:' dates; identifiers repeated in the footer.")


# =============================================================================================
# aj28  TX clean: client-voice goals with counselor objectives, nested table
def aj28():
    name = "aj28_tx_in_my_words_nested.docx"
    adm, plan, as_of = D("2026-08-24"), D("2026-08-27"), D("2026-10-14")
    doc = new_doc(font="Calibri", size=10.5)
    p(doc, "Big Thicket Recovery Services", bold=True, size=13, align="c")
    p(doc, "Recovery-Oriented Treatment Plan", size=12, align="c")
    tbl(doc, [["Client name", "Cody Ray Pruitt", "Date of birth", "10/12/1998"],
              ["Medicaid #", "TX604417720", "Date of admission", fd(adm, "dash")],
              ["Plan date", fd(plan, "dash"), "Projected length of stay", "90 days"]],
        header=False, bold_first_col=False)
    p(doc, "Diagnosis: F11.20 Opioid dependence, uncomplicated; F12.20 Cannabis dependence, uncomplicated")
    h(doc, "Goals", 2)
    outer = doc.add_table(rows=2, cols=2)
    outer.style = "Table Grid"
    data = [
        ("In my words: \"I want to stay clean so I can keep my job at the mill.\"",
         [["Objective", "Target date"],
          ["Cody will give negative urine screens for opioids and THC on all weekly tests for 8 "
           "consecutive weeks.", fd(D("2026-10-30"), "dash")],
          ["Cody will take buprenorphine as prescribed, with 100% of weekly film counts matching.",
           fd(D("2026-09-24"), "dash")]]),
        ("In my words: \"I want my girlfriend to trust me again.\"",
         [["Objective", "Target date"],
          ["Cody and his partner will attend 3 family education sessions.", fd(D("2026-10-16"), "dash")],
          ["Cody will list 5 actions that rebuild trust and report doing at least 3 of them each week "
           "for 4 weeks.", fd(D("2026-11-13"), "dash")]]),
    ]
    for i, (voice, rows) in enumerate(data):
        set_cell(outer.cell(i, 0), "Goal " + str(i + 1) + "\n" + voice)
        outer.cell(i, 0).paragraphs[0].runs[0].bold = True
        cell = outer.cell(i, 1)
        inner = cell.add_table(rows=len(rows), cols=2)
        inner.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, val in enumerate(row):
                set_cell(inner.cell(r, c), val, bold=(r == 0))
        for row in rows[1:]:
            m, d_, y = row[1].split("-")
            assert D(f"{y}-{m}-{d_}") > plan
    h(doc, "Strategies", 2)
    for s in ["Individual counseling (MI/CBT): once a week, 50 minutes",
              "Group counseling: 3 times a week, 2 hours",
              "Medication-assisted treatment visit with prescriber: every 2 weeks",
              "Family education group: weekly"]:
        p(doc, s, style="List Bullet")
    h(doc, "Signatures", 2)
    p(doc, "☒ Client signed: Cody Ray Pruitt   Date: " + fd(plan, "dash"))
    p(doc, "Counselor: Rosalind Kearney, LCDC   Date: " + fd(plan, "dash"))
    save(doc, name)
    assert adm <= plan < as_of
    label(name, "base-treatment-plan", ["tx-26tac-564"], as_of, [],
          "Clean. Goals written in the client's words in the left column of a two-column table, with the "
          "counselor's dated objectives in a table nested in the right cell; dates with hyphens; "
          "check-box client signature line.")


# aj29  FL intensive outpatient EHR export: blank target date, undated client signature
def aj29():
    name = "aj29_fl_iop_ehr_blank_target.docx"
    adm, plan, as_of = D("2026-09-08"), D("2026-09-15"), D("2026-10-19")
    doc = new_doc(font="Consolas", size=9.5)
    p(doc, "SEMINOLE BRIDGE BEHAVIORAL HEALTH    -    TREATMENT PLAN REPORT")
    p(doc, "Printed " + fd(D("2026-09-16")) + " 08:14 by ebrant")
    p(doc, "")
    p(doc, "Client Name: Lamar J. Whitfield")
    p(doc, "DOB: 04/14/1984")
    p(doc, "Medicaid ID: 5520917734")
    p(doc, "Program: Adult Intensive Outpatient")
    p(doc, "Level of Care: Intensive Outpatient")
    p(doc, "Admission Date: " + fd(adm))
    p(doc, "Plan Date: " + fd(plan))
    p(doc, "Diagnosis 1: F10.20 Alcohol dependence, uncomplicated")
    p(doc, "Diagnosis 2: F41.1 Generalized anxiety disorder")
    p(doc, "")
    p(doc, "Problem #1: Alcohol dependence with two relapses in 2026")
    p(doc, "Long Term Goal: Client will remain abstinent from alcohol.")
    p(doc, "Short Term Objective 1.1: Client will attend 12 of 12 IOP group sessions each month.")
    p(doc, "Target Date: " + fd(D("2026-10-15")))
    p(doc, "Short Term Objective 1.2: Client will give negative breathalyzer results at every IOP "
           "session for 6 consecutive weeks.")
    p(doc, "Target Date: " + fd(D("2026-10-30")))
    p(doc, "Short Term Objective 1.3: Client will call his sponsor at least 4 days per week and record "
           "each call in his recovery journal.")
    p(doc, "Target Date:")
    p(doc, "Problem #2: Anxiety")
    p(doc, "Long Term Goal: Client will manage anxiety without alcohol.")
    p(doc, "Short Term Objective 2.1: Client will reduce GAD-7 from 14 to 8 or lower.")
    p(doc, "Target Date: " + fd(D("2026-11-13")))
    p(doc, "")
    p(doc, "Interventions: IOP group 3 days/week, 3 hours per day; individual counseling 1x/week, 50 "
           "minutes; breathalyzer each session; psychiatric medication management monthly.")
    p(doc, "")
    p(doc, "Client Signature: Lamar J. Whitfield")
    p(doc, "Staff Signature: Elise Brant, LMHC     Date: " + fd(plan))
    p(doc, "Reviewed by QP: Oscar Delgado, LCSW     Date: " + fd(D("2026-09-18")))
    save(doc, name)
    assert adm <= plan and days(plan, D("2026-09-18")) <= FL_QP_DAYS
    label(name, "base-treatment-plan", ["fl-65d-30"], as_of,
          [["objective-not-time-bound"], ["signature-missing"]],
          "Gaps: Short Term Objective 1.3 (sponsor calls) has an empty 'Target Date:' line; the client's "
          "signature has no date. Layout: plain EHR report, one 'Label: value' per line in a fixed-width "
          "font, a print stamp at the top. plan-late left out of must_not_report: Florida sets no "
          "confirmed deadline for intensive outpatient (the plan is on day 7 anyway).",
          unsure=["plan-late"])


# =============================================================================================
# aj30  home health wound care, patient and caregiver goals, clean
def aj30():
    name = "aj30_hh_wound_caregiver_goals.docx"
    soc, cert_to, md, as_of = D("2026-10-05"), D("2026-12-03"), D("2026-10-12"), D("2026-11-15")
    hh_check(soc, cert_to, md, as_of)
    doc = new_doc(size=10)
    header_footer(doc, "Magnolia Trace Home Health Agency • Plan of Care",
                  "Beatrice Langford • DOB 02/14/1938 • MBI 9FK4-TR6-UE21")
    p(doc, "PLAN OF CARE / CERTIFICATION", bold=True, size=13, align="c")
    tbl(doc, [["Patient", "Beatrice Langford", "MBI", "9FK4TR6UE21"],
              ["DOB", "02/14/1938", "Start of care", fd(soc)],
              ["Certification period", fd(soc) + " through " + fd(cert_to), "Primary caregiver",
               "Denise Langford (daughter)"]], header=False, bold_first_col=False)
    h(doc, "Diagnoses", 2)
    tbl(doc, [["ICD-10-CM", "Description"],
              ["L89.154", "Pressure ulcer of sacral region, stage 4 (principal)"],
              ["E11.9", "Type 2 diabetes mellitus without complications"],
              ["M62.81", "Muscle weakness (generalized)"]])
    h(doc, "Orders", 2)
    tbl(doc, [["Discipline", "Frequency / duration", "Orders"],
              ["Skilled nursing", "3w2, 2w6 (8 weeks)", "Sacral wound care: cleanse with NS, apply "
               "calcium alginate, cover with foam border dressing; measure weekly; teach caregiver"],
              ["Physical therapy", "2w4 (4 weeks)", "Bed mobility, transfer training, pressure relief"],
              ["Registered dietitian", "1 visit (1w1)", "Protein and calorie intake for wound healing"],
              ["Home health aide", "3w8 (8 weeks)", "Bathing, skin checks, repositioning"]])
    h(doc, "Goals / Outcomes", 2)
    goals = [
        ("Patient", "Sacral wound will decrease from 4.0 x 3.2 x 1.1 cm to 2.0 x 1.5 x 0.5 cm or less, with "
         "no signs of infection.", D("2026-12-01")),
        ("Patient", "Patient will turn or be turned at least every 2 hours while in bed, per the "
         "repositioning log, 7 of 7 days.", D("2026-10-26")),
        ("Caregiver", "Daughter will perform the dressing change with correct technique on return "
         "demonstration on 2 consecutive SN visits.", D("2026-10-30")),
        ("Caregiver", "Daughter will state 5 of 5 signs of wound infection and when to call the agency.",
         D("2026-10-19")),
        ("Patient", "Fasting blood sugar will stay between 90 and 160 mg/dL on 6 of 7 days per log.",
         D("2026-11-30")),
    ]
    tbl(doc, [["Who", "Goal", "By"]] + [[w, g, fd(d)] for w, g, d in goals])
    assert all(d > soc for _, _, d in goals)
    h(doc, "Rehabilitation Potential and Discharge Plan", 2)
    p(doc, "Rehab potential fair for wound healing. Discharge when wound is closed or caregiver is "
           "independent with wound care and the patient is stable.")
    h(doc, "Certification", 2)
    p(doc, "I certify that this patient is confined to the home and needs intermittent skilled nursing and "
           "therapy; the patient is under my care and I authorized this plan.", italic=True, size=9)
    tbl(doc, [["Certifying practitioner", "Signature", "Date"],
              ["Rebecca Osei, NP", "Rebecca Osei, NP (e-signature)", fd(md)]])
    p(doc, "Plan prepared by: Harriet Mwangi, RN, case manager — " + fd(soc))
    save(doc, name)
    label(name, "medicare-home-health", [], as_of, [],
          "Clean. Home health plan with discipline orders in 3w2/2w6 notation, a goals table with a 'Who' "
          "column (patient or caregiver) and 'By' date column, certification by a nurse practitioner.")


# aj31  OT hand therapy clean: shorthand with arrows
def aj31():
    name = "aj31_ot_hand_shorthand_arrows.docx"
    ev, cert_to, md, as_of = D("2026-07-20"), D("2026-10-16"), D("2026-07-27"), D("2026-09-09")
    pr = D("2026-09-14")
    mot_check(ev, ev, cert_to, md, as_of, [pr])
    doc = new_doc(font="Arial Narrow", size=10)
    p(doc, "Keystone Hand & Upper Extremity Therapy", bold=True, size=12)
    p(doc, "OT Eval / POC", bold=True)
    p(doc, "Pt: Ignatius Mwale    DOB 3/9/1953    Medicare # 4CE2-GH7-RR85")
    p(doc, "Eval/1st tx: " + fd(ev, "short") + "    POC dt: " + fd(ev, "short") + "    Cert: "
      + fd(ev, "short") + "–" + fd(cert_to, "short"))
    p(doc, "Referring: Dr. Farah Qureshi, MD (ortho)")
    p(doc, "Dx: S52.571D Other intraarticular fracture of lower end of right radius, subsequent "
           "encounter for closed fracture with routine healing; M25.641 Stiffness of right hand, not "
           "elsewhere classified")
    p(doc, "Hx: R dominant DRF 05/30/2026 (FOOSH), ORIF 06/02/2026, cast off 07/14/2026. Retired "
           "carpenter; wants to use hand tools and button shirts.")
    h(doc, "Objective", 3)
    tbl(doc, [["", "R", "L"], ["Wrist ext", "25°", "70°"], ["Wrist flex", "20°", "75°"],
              ["Grip (Jamar pos 2)", "12#", "68#"], ["Lateral pinch", "6#", "19#"], ["QuickDASH", "68", "—"]])
    h(doc, "Goals", 3)
    p(doc, "STGs (4 wks):", bold=True)
    for s in ["1. R wrist ext 25° → 50°", "2. R grip 12# → 30#",
              "3. Pt I w/ HEP (tendon glides, AROM, putty), return demo 100% correct",
              "4. Pt will button shirt w/ R hand, set-up only, in < 3 min"]:
        p(doc, s)
    p(doc, "LTGs (12 wks):", bold=True)
    for s in ["1. R wrist ext ≥ 65° and flex ≥ 65°", "2. R grip ≥ 50# to use hammer and screwdriver",
              "3. QuickDASH 68 → ≤ 20", "4. Lateral pinch ≥ 15# to turn key and open jars mod I"]:
        p(doc, s)
    h(doc, "Plan", 3)
    p(doc, "97110 ther ex, 97140 manual tx/joint mobs, 97530 ther activities, 97760 orthotic mgmt (static "
           "progressive wrist ext splint), 97035 US as indicated. Freq: 2x/wk. Dur: 12 wks. Prog note q10 "
           "visits or by " + fd(pr, "short") + ".")
    h(doc, "Signatures", 3)
    p(doc, "Therapist: /s/ Wren Castellanos, OTR/L, CHT  " + fd(ev, "short"))
    p(doc, "MD cert: Farah Qureshi, MD — signed " + fd(md, "short"))
    save(doc, name)
    label(name, "medicare-outpatient-therapy", [], as_of, [],
          "Clean. Hand-therapy OT evaluation in clinicians' shorthand: goals as arrows ('R grip 12# → "
          "30#'), ≥/≤ targets, STG/LTG time frames in the captions; abbreviated labels ('POC dt', "
          "'Eval/1st tx'); two-digit-year dates.")


# =============================================================================================
# aj32  SLP aphasia, treatment diagnosis coded to a category
def aj32():
    name = "aj32_slp_aphasia_category_code.docx"
    ev, cert_to, md, as_of = D("2026-10-13"), D("2027-01-05"), D("2026-10-20"), D("2026-11-17")
    mot_check(ev, ev, cert_to, md, as_of)
    doc = new_doc(size=10.5)
    p(doc, "Bayview Neuro Rehab — Outpatient Speech-Language Pathology", bold=True, size=12)
    p(doc, "Initial Evaluation & Plan of Care", size=12)
    tbl(doc, [["Patient name", "Rosalind Achebe-Turner"], ["DOB", "11/27/1948"],
              ["Medicare ID", "6RM3-XK8-PT40"], ["Date of evaluation (first visit)", fd(ev)],
              ["Plan of care date", fd(ev)], ["Certification period", fd(ev) + " – " + fd(cert_to)]],
        header=False, bold_first_col=True, widths=[2.5, 3.9])
    h(doc, "Diagnoses", 2)
    tbl(doc, [["Code", "Description", "Role"],
              ["I69.320", "Aphasia following cerebral infarction", "Medical"],
              ["R13.1", "Dysphagia", "Treatment"],
              ["R41.841", "Cognitive communication deficit", "Treatment"]])
    h(doc, "Assessment", 2)
    p(doc, "Western Aphasia Battery–Revised AQ 58.4 (moderate Broca's-type aphasia). Clinical swallow exam: "
           "mild oral-phase dysphagia with solids; coughing with thin liquids by straw.")
    h(doc, "Long-Term Goals (12 weeks)", 2)
    for g in ["LTG 1: Patient will name common household objects with 80% accuracy given no more than "
              "1 phonemic cue.",
              "LTG 2: Patient will produce 4–6 word sentences to express needs in conversation with 90% "
              "intelligibility to an unfamiliar listener.",
              "LTG 3: Patient will consume a regular diet with thin liquids by cup with no overt signs of "
              "aspiration across 3 consecutive meals observed.",
              "LTG 4: Patient will use a written schedule and alarm to attend 100% of medical appointments "
              "independently."]:
        p(doc, g, style="List Bullet")
    h(doc, "Short-Term Goals (6 weeks)", 2)
    for g in ["STG 1: Name 20 functional objects with 60% accuracy given semantic + phonemic cues.",
              "STG 2: Use the effortful swallow with solids in 8 of 10 trials with 1 verbal cue.",
              "STG 3: Complete a 3-item daily checklist with 75% accuracy with min cues."]:
        p(doc, g, style="List Bullet")
    h(doc, "Plan", 2)
    p(doc, "Treatment of speech, language, voice, communication (92507) and swallowing (92526). "
           "Frequency: 3x/week. Duration: 12 weeks. 45–60 minutes per session.")
    h(doc, "Signatures", 2)
    p(doc, "Speech-language pathologist: Mireille Fontaine, M.A., CCC-SLP   Date: " + fd(ev))
    p(doc, "Physician certification: Gabriel Okafor, MD   Date: " + fd(md) + "   (signed via fax)")
    save(doc, name)
    label(name, "medicare-outpatient-therapy", [], as_of, [["diagnosis-code-not-billable"]],
          "Gap: treatment diagnosis R13.1 is an ICD-10-CM category (billable codes are R13.10-R13.19). "
          "Layout: vertical form table of facts, diagnosis table with Role column, LTG/STG bullet lists "
          "with time frames in the headings.")


# aj33  NY OASAS, physician review on day 16
def aj33():
    name = "aj33_ny_physician_review_late.docx"
    adm, plan, md, as_of = D("2026-09-08"), D("2026-09-14"), D("2026-09-24"), D("2026-10-12")
    assert days(adm, plan) <= NY_PLAN_DAYS and days(adm, md) > NY_MD_DAYS
    doc = new_doc(size=10)
    header_footer(doc, "Adirondack Pines Treatment Center • Inpatient Rehabilitation", None)
    p(doc, "INDIVIDUAL TREATMENT PLAN", bold=True, size=13, align="c")
    tbl(doc, [["Patient", "Marcus Tillinghast", "DOB", "12/18/1983"],
              ["Medicaid CIN", "TR88017K", "Admitted", fd(adm)],
              ["Plan completed", fd(plan), "Primary counselor", "Yvette Sorensen, CASAC-2"]],
        header=False, bold_first_col=True)
    h(doc, "Diagnoses", 2)
    p(doc, "F11.20 Opioid dependence, uncomplicated; F15.20 Other stimulant dependence, uncomplicated")
    h(doc, "Problem Areas, Goals and Methods", 2)
    tbl(doc, [["Problem area", "Goal", "Objectives", "Methods / approach"],
              ["Opioid and stimulant use", "Complete rehabilitation free of all non-prescribed substances.",
               "Negative urine toxicology on every test during the stay; identify 5 triggers and write a "
               "coping plan by " + fd(D("2026-10-02")) + ".",
               "Individual counseling 2x/week; CBT groups daily; buprenorphine induction and maintenance"],
              ["Medical: untreated hepatitis C", "Begin hepatitis C care.",
               "Complete viral load and genotype labs and 1 hepatology visit by " + fd(D("2026-10-09")) + ".",
               "Nursing coordination; referral to hepatology"],
              ["Housing", "Discharge to a safe, substance-free residence.",
               "Submit 2 supportive-housing applications by " + fd(D("2026-10-05")) + ".",
               "Case management 2x/week"]])
    h(doc, "Signatures", 2)
    tbl(doc, [["Signer", "Name", "Date"],
              ["Patient", "Marcus Tillinghast", fd(plan)],
              ["Responsible clinical staff", "Yvette Sorensen, CASAC-2", fd(plan)],
              ["Physician review", "Nathaniel Boateng, MD", fd(md)]])
    save(doc, name)
    label(name, "base-treatment-plan", ["ny-oasas-818"], as_of, [["signature-late"]],
          "Gap: the physician reviewed and signed on day 16 after admission (due within 10 days). "
          "Layout: problem-area grid with goals, objectives and methods, signer table.")


# aj34  ABA clean: nested goal tables per domain, tracked changes and a reviewer comment
def aj34():
    name = "aj34_aba_nested_tracked_changes.docx"
    plan, as_of = D("2026-08-10"), D("2026-10-01")
    start, end = D("2026-08-17"), D("2027-02-16")
    review = D("2027-02-01")
    vb, dx_on = D("2026-07-24"), D("2024-10-02")
    assert end <= add_months(start, 6) and days(plan, review) <= ABA_REVIEW_DAYS and days(vb, plan) <= 365
    doc = new_doc(size=10)
    p(doc, "Lighthouse Learning ABA", bold=True, size=13)
    p(doc, "Treatment Plan — Initial Authorization", size=12)
    par = lv(doc, [("Client", "Omar Haddadi"), ("DOB", "06/03/2020"), ("Member ID", "SVH 4402 1187 06")])
    lv(doc, [("Plan date", fd(plan)), ("Authorization", fd(start) + " – " + fd(end))])
    lv(doc, [("Diagnosis", "F84.0 Autistic disorder, diagnosed " + fd(dx_on) + " by Helena Varga, MD, "
              "child psychiatrist")])
    lv(doc, [("Assessment", "VB-MAPP " + fd(vb) + " — Milestones 52, Barriers 30, Transition 6")])
    h(doc, "Goals by Domain", 2)
    outer = doc.add_table(rows=3, cols=1)
    outer.style = "Table Grid"
    domains = [
        ("COMMUNICATION", [["Goal", "Baseline", "Mastery", "Target date"],
                           ["Omar will mand for missing items in 5 routines (e.g., spoon at snack).",
                            "0 of 5 routines", "5 of 5 routines on 3 consecutive days", fd(D("2027-01-15"))],
                           ["Omar will echo 3-word phrases on request.", "1-word echoes only",
                            "80% of trials across 3 sessions", fd(D("2026-12-04"))]]),
        ("ADAPTIVE / BEHAVIOR", [["Goal", "Baseline", "Mastery", "Target date"],
                                 ["Omar will reduce head-hitting (open hand to own head).", "9 per hour",
                                  "1 or fewer per hour for 3 consecutive weeks", fd(D("2027-02-05"))],
                                 ["Omar will wait 2 minutes for a preferred item with a visual timer.",
                                  "15 seconds", "2 minutes on 4 of 5 trials", fd(D("2026-12-18"))]]),
        ("CAREGIVER TRAINING", [["Goal", "Baseline", "Mastery", "Target date"],
                                ["Parents will prompt and reinforce mands during snack and bath routines.",
                                 "25% fidelity", "90% fidelity on 3 consecutive sessions",
                                 fd(D("2026-11-20"))]]),
    ]
    for i, (dname, rows) in enumerate(domains):
        cell = outer.cell(i, 0)
        set_cell(cell, dname, bold=True, shade="E2EFDA")
        inner = cell.add_table(rows=len(rows), cols=4)
        inner.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, val in enumerate(row):
                set_cell(inner.cell(r, c), val, bold=(r == 0))
        cell.add_paragraph()
    # tracked change: target date of the echo goal revised by the BCBA
    echo_cell = outer.cell(0, 0).tables[0].cell(2, 3)
    echo_cell.paragraphs[0].text = ""
    del_text(echo_cell.paragraphs[0], "10/30/2026", author="Ines Albright, BCBA", when="2026-08-10T15:02:00Z")
    ins_text(echo_cell.paragraphs[0], fd(D("2026-12-04")), author="Ines Albright, BCBA",
             when="2026-08-10T15:02:00Z")
    h(doc, "Requested Services", 2)
    tbl(doc, [["Code", "Service", "Weekly hours"], ["97153", "1:1 ABA by RBT", "20"],
              ["97155", "Protocol modification (BCBA)", "4"], ["97156", "Caregiver guidance", "1"]])
    rp = lv(doc, [("Progress review due", fd(review))])
    comment(doc, rp.runs[-1], "Review date set at 24 weeks per payer; OK to submit.", "QA Reviewer", "QA",
            dt.datetime(2026, 8, 11, 9, 30, tzinfo=dt.timezone.utc))
    h(doc, "Signatures", 2)
    p(doc, "BCBA: Ines Albright, BCBA   " + fd(plan))
    p(doc, "Parent/Guardian: Samira Haddadi   " + fd(D("2026-08-12")))
    save(doc, name)
    label(name, "commercial-aba", [], as_of, [],
          "Clean. Goals in tables nested inside a one-column outer table (one shaded cell per domain, "
          "including CAREGIVER TRAINING); one target date revised with a tracked deletion and insertion; "
          "a reviewer comment on the review date.")


# aj35  ABA, 12-month authorization period
def aj35():
    name = "aj35_aba_twelve_month_period.docx"
    plan, as_of = D("2026-09-24"), D("2026-11-04")
    start, end = D("2026-10-01"), D("2027-09-30")
    review = D("2027-03-24")
    ab, dx_on = D("2026-09-03"), D("2025-08-14")
    assert end > add_months(start, 6) and days(plan, review) <= ABA_REVIEW_DAYS and days(ab, plan) <= 365
    doc = new_doc(font="Trebuchet MS", size=10)
    p(doc, "Prairie Sky Behavioral Therapies", bold=True, size=13)
    p(doc, "Comprehensive ABA Treatment Plan", size=12)
    p(doc, "Section 1. Identifying Information", bold=True, caps=True)
    tbl(doc, [["Client name", "Date of birth", "Member ID", "Plan date"],
              ["Hazel Okonjo", "04/17/2018", "PSH-60193-22", fd(plan)]])
    tbl(doc, [["Authorization start", "Authorization end", "6-month progress review"],
              [fd(start), fd(end), fd(review)]])
    p(doc, "Section 2. Diagnosis", bold=True, caps=True)
    p(doc, "F84.0 Autistic disorder. Diagnosing clinician: Jerome Akintola, PhD; date of diagnosis "
      + fd(dx_on) + ".")
    p(doc, "Section 3. Assessment", bold=True, caps=True)
    p(doc, "ABLLS-R administered " + fd(ab) + "; Vineland-3 administered " + fd(ab) + " (ABC 66).")
    p(doc, "Section 4. Long-Term Goals and Short-Term Objectives", bold=True, caps=True)
    ltgs = [
        ("LTG 1: Hazel will use spoken requests to get her needs met across settings.",
         [("STO 1.1: Request 10 different items with 2-word phrases.", "3 items", "10 items across 3 "
           "consecutive sessions", D("2027-01-08")),
          ("STO 1.2: Request a break instead of dropping to the floor.", "0% of opportunities", "80% of "
           "opportunities across 5 sessions", D("2027-02-26"))]),
        ("LTG 2: Hazel will stop eloping from the classroom.",
         [("STO 2.1: Reduce elopement from the room.", "5 per day", "0 per day for 15 consecutive school "
           "days", D("2027-03-12"))]),
        ("LTG 3: Hazel's grandmother (legal guardian) will carry out the break-request and elopement "
         "procedures at home.",
         [("STO 3.1: Prompt and honor break requests at home.", "30% fidelity", "90% fidelity on 3 "
           "consecutive visits", D("2026-12-11"))]),
    ]
    for ltg, stos in ltgs:
        p(doc, ltg, bold=True)
        rows = [["Short-term objective", "Baseline", "Mastery criterion", "Target date"]]
        for s, b, m, tdt in stos:
            assert tdt > plan
            rows.append([s, b, m, fd(tdt)])
        tbl(doc, rows, widths=[2.8, 1.2, 1.9, 0.9])
        p(doc)
    p(doc, "Section 5. Services Requested", bold=True, caps=True)
    tbl(doc, [["CPT", "Description", "Hours per week"], ["97153", "Direct treatment", "22"],
              ["97155", "BCBA protocol modification", "3"], ["97156", "Family guidance", "1"]])
    p(doc, "Section 6. Signatures", bold=True, caps=True)
    tbl(doc, [["Supervising BCBA", "Date", "Parent/Guardian", "Date"],
              ["Noelle Strand, BCBA", fd(plan), "Abigail Okonjo (grandmother)", fd(plan)]])
    save(doc, name)
    label(name, "commercial-aba", [], as_of, [["duration-exceeds-limit"]],
          "Gap: the authorization period requested runs 12 months (10/01/2026-09/30/2027); the payer "
          "allows at most 6 months per authorization. Layout: numbered all-caps section titles drawn "
          "with the caps effect, LTG lines each followed by an STO table with baseline / mastery / date; "
          "facts in header-row tables.")


# aj36  psychotherapy clean: 'What you told us' quotes + clinician objectives, e-signature stamp
def aj36():
    name = "aj36_psy_what_you_told_us_esign_stamp.docx"
    plan, as_of = D("2026-11-02"), D("2026-11-20")
    doc = new_doc(font="Calibri", size=10.5)
    header_footer(doc, "Sagebrush Integrated Care — Behavioral Health", "Member: Yolanda Crisp-Benavides "
                  "| Medicare ID 8DR5-EV3-KN16 | DOB 09/30/1966")
    p(doc, "Person-Centered Treatment Plan", bold=True, size=14)
    tbl(doc, [["Member", "Yolanda Crisp-Benavides", "Date of birth", "09/30/1966"],
              ["Medicare ID", "8DR5EV3KN16", "Date of plan", fd(plan)],
              ["Clinician", "Tomasz Wierzbicki, LPCC", "Expected length of treatment", "12 weeks"]],
        header=False)
    p(doc, "Diagnosis: F43.23 Adjustment disorder with mixed anxiety and depressed mood")
    h(doc, "What You Told Us", 2)
    p(doc, "\"I just want to stop crying at work and get through a shift without hiding in the "
           "bathroom.\"", italic=True)
    p(doc, "\"I want to sleep again and stop checking my phone for bad news about my son.\"", italic=True)
    h(doc, "What We're Working Toward", 2)
    items = [
        ("Goal A", "Yolanda will get through her work shifts without leaving the floor because of distress."),
        ("A.1", "Leave the floor due to distress on no more than 1 shift per week (currently 4 of 5 shifts), "
                "per self-monitoring card, by " + fd(D("2026-12-14")) + "."),
        ("A.2", "Use 1 of her 3 chosen coping skills (paced breathing, 5-4-3-2-1 grounding, text to "
                "sister) at least once per shift on 4 of 5 shifts, by " + fd(D("2026-12-07")) + "."),
        ("Goal B", "Yolanda will sleep at least 6 hours a night."),
        ("B.1", "Limit phone checking after 9 pm to 0 times on 5 of 7 nights (now every night), per her "
                "sleep log, by " + fd(D("2027-01-04")) + "."),
        ("B.2", "Reduce ISI (Insomnia Severity Index) from 19 to 10 or lower by " + fd(D("2027-01-25")) + "."),
    ]
    for lab, text in items:
        if lab.startswith("Goal"):
            runs(doc, [(lab + ": ", "b"), (text, "b")])
        else:
            runs(doc, [("    " + lab + "  ", ""), (text, "")])
    h(doc, "How We Will Help", 2)
    p(doc, "Individual psychotherapy (CPT 90834), 45 minutes, every week for 12 weeks: problem-solving "
           "therapy, CBT-I components, and skills coaching. Referral to employee assistance program for a "
           "leave consultation.")
    h(doc, "Signatures", 2)
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), ["ELECTRONICALLY SIGNED",
                            "Tomasz Wierzbicki, LPCC",
                            "Signed: " + fd(plan) + " 14:22 MST",
                            "Document ID 7f3a-22c9 • Sagebrush EHR"], shade="F2F2F2")
    p(doc, "Member signature: Yolanda Crisp-Benavides   Date: " + fd(plan))
    save(doc, name)
    label(name, "medicare-psychotherapy", [], as_of, [],
          "Clean. Client quotes under 'What You Told Us', goals and lettered objectives (A.1, B.2) under "
          "'What We're Working Toward' with targets and dates in each sentence; e-signature stamp box "
          "with the clinician's name and credential.")


# aj37  psychotherapy: clinician signs without a credential
def aj37():
    name = "aj37_psy_signature_without_credential.docx"
    plan, as_of = D("2026-10-01"), D("2026-11-12")
    doc = new_doc(size=10)
    p(doc, "Quarry Hill Counseling", bold=True, size=12)
    p(doc, "Treatment Plan", bold=True, size=13)
    tbl(doc, [["Client name", "Harriet Lindgren-Shaw"], ["DOB", "07/11/1955"],
              ["Medicare #", "1HW8-QX4-TB73"], ["Date of plan", fd(plan)],
              ["Diagnosis (ICD-10-CM)", "F42.2 Mixed obsessional thoughts and acts"]],
        header=False, bold_first_col=True, widths=[2.0, 4.4])
    h(doc, "Goals and Objectives", 2)
    tbl(doc, [["Goal", "Objective", "Target date"],
              ["1. Harriet will spend less time on checking rituals.",
               "1a. Reduce Y-BOCS from 27 to 15 or below.", fd(D("2027-01-29"))],
              ["", "1b. Reduce checking of locks and stove from about 3 hours a day to under 30 minutes a "
                   "day, per daily log.", fd(D("2026-12-18"))],
              ["2. Harriet will return to weekly choir practice.",
               "2a. Attend choir practice at least 3 of 4 weeks each month.", fd(D("2026-12-31"))]])
    h(doc, "Interventions", 2)
    p(doc, "Exposure and response prevention (ERP) with a graded hierarchy; family education for her "
           "husband about accommodation.")
    h(doc, "Service", 2)
    p(doc, "Individual psychotherapy 90837 — 60 minutes — weekly — 16 weeks.")
    h(doc, "Signature", 2)
    p(doc, "Therapist: Dana Whitcomb     Signed " + fd(plan))
    p(doc, "Client: Harriet Lindgren-Shaw     Signed " + fd(plan))
    save(doc, name)
    label(name, "medicare-psychotherapy", [], as_of, [["credential-missing"]],
          "Gap: the therapist signs 'Dana Whitcomb' with no credential anywhere on the plan. Layout: "
          "vertical facts table, three-column goal/objective/date table with a continuation row.")


# =============================================================================================
# aj38  TX, one objective not measurable (understanding)
def aj38():
    name = "aj38_tx_understand_disease_concept.docx"
    adm, plan, as_of = D("2026-10-12"), D("2026-10-15"), D("2026-11-19")
    doc = new_doc(font="Arial", size=10)
    p(doc, "Lone Star Recovery Associates — Residential", bold=True, size=12)
    p(doc, "TREATMENT PLAN", bold=True, size=12)
    p(doc, "Client: Brandon Esquivel-Hart          DOB: 12/02/2000")
    p(doc, "Member ID: LSH-7781-0092          Admit: " + fd(adm))
    p(doc, "Plan Date: " + fd(plan) + "          Projected LOS: 30 days")
    p(doc, "Diagnosis: F10.20 Alcohol dependence, uncomplicated; F14.20 Cocaine dependence, uncomplicated")
    h(doc, "Problem 1 — Substance use", 2)
    p(doc, "Goal 1: Brandon will maintain abstinence from alcohol and cocaine.")
    p(doc, "Objective 1A: Brandon will understand the disease concept of addiction. (Target: "
      + fd(D("2026-10-29")) + ")")
    p(doc, "Objective 1B: Brandon will give negative breathalyzer and urine drug screens on all tests "
           "during residential stay. (Target: " + fd(D("2026-11-10")) + ")")
    h(doc, "Problem 2 — Legal", 2)
    p(doc, "Goal 2: Brandon will meet all probation requirements.")
    p(doc, "Objective 2A: Brandon will attend 100% of scheduled probation check-ins by phone, verified by "
           "his probation officer. (Target: " + fd(D("2026-11-10")) + ")")
    p(doc, "Objective 2B: Brandon will complete the 12-hour alcohol education course required by the court. "
           "(Target: " + fd(D("2026-11-06")) + ")")
    h(doc, "Strategies", 2)
    p(doc, "Individual counseling 2x weekly (60 min); group counseling daily (3 hrs); recovery education "
           "5x weekly; case management for probation 1x weekly.")
    h(doc, "Signatures", 2)
    p(doc, "Client: Brandon Esquivel-Hart  " + fd(plan))
    p(doc, "Counselor: Wynona Pickett, LCDC  " + fd(plan))
    save(doc, name)
    assert adm <= plan
    label(name, "base-treatment-plan", ["tx-26tac-564"], as_of, [["objective-not-measurable"]],
          "Gap: Objective 1A ('understand the disease concept of addiction') is not measurable. Layout: "
          "typed lines, 'Goal n:' / 'Objective nA:' with '(Target: date)' at the end.")


# aj39  CA NTP clean: whole plan inside one big table
def aj39():
    name = "aj39_ca_ntp_single_table_form.docx"
    adm, plan, sup, md, review, as_of = (D("2026-09-01"), D("2026-09-25"), D("2026-09-29"),
                                         D("2026-10-06"), D("2026-11-30"), D("2026-11-16"))
    ca_check(adm, plan, sup, md, review, as_of)
    doc = new_doc(size=9.5, margin=0.6)
    p(doc, "Sierra Foothills Recovery — Narcotic Treatment Program", bold=True, size=12, align="c")
    t = doc.add_table(rows=14, cols=4)
    t.style = "Table Grid"
    cells = [
        ("Patient name", "Thea Marchbanks", "DOB", "02/19/1992"),
        ("Medi-Cal CIN", "91203348B", "Admission date", fd(adm)),
        ("Plan date", fd(plan), "Counselor", "Ramon Villaseñor, SUDCC II"),
        ("Diagnosis", "F11.20 Opioid dependence, uncomplicated", "Medication", "Buprenorphine/naloxone "
                                                                              "16/4 mg daily"),
    ]
    for r, (a, b, c, d) in enumerate(cells):
        for j, v in enumerate((a, b, c, d)):
            set_cell(t.cell(r, j), v, bold=(j % 2 == 0))
    merge_row(t, 4, "GOALS AND SHORT-TERM GOALS", shade="D9E1F2")
    set_cell(t.cell(5, 0), "Goal", bold=True)
    set_cell(t.cell(5, 1), "Short-term goal", bold=True)
    set_cell(t.cell(5, 2), "Target date", bold=True)
    set_cell(t.cell(5, 3), "Who", bold=True)
    goal_rows = [
        ("1. Stop fentanyl use", "1.1 Urine tests negative for fentanyl on 3 consecutive monthly tests",
         D("2026-12-18"), "Thea / counselor"),
        ("", "1.2 Take buprenorphine daily with no missed doses for 6 weeks, per dispensing record",
         D("2026-11-06"), "Thea / nursing"),
        ("2. Mental health", "2.1 Attend intake and 2 visits at county mental health clinic",
         D("2026-11-20"), "Thea / case manager"),
        ("3. Return to school", "3.1 Enroll in 1 community-college course for spring term",
         D("2026-12-11"), "Thea"),
    ]
    for i, (g, s, d, w) in enumerate(goal_rows):
        assert d > plan
        r = 6 + i
        set_cell(t.cell(r, 0), g)
        set_cell(t.cell(r, 1), s)
        set_cell(t.cell(r, 2), fd(d))
        set_cell(t.cell(r, 3), w)
    merge_row(t, 10, "SERVICES AND REVIEW", shade="D9E1F2")
    c = t.cell(11, 0).merge(t.cell(11, 3))
    set_cell(c, "Daily medication dosing; individual counseling 2 sessions per month, 50 minutes; monthly "
                "urine drug testing. Next treatment plan review: " + fd(review) + ".")
    merge_row(t, 12, "SIGNATURES", shade="D9E1F2")
    c = t.cell(13, 0).merge(t.cell(13, 3))
    set_cell(c, ["Patient: Thea Marchbanks  " + fd(plan),
                 "Counselor: Ramon Villaseñor, SUDCC II  " + fd(plan),
                 "Supervising counselor: Agnes Whitford, LAADC  " + fd(sup),
                 "Medical director: Samuel Achebe, MD  " + fd(md)])
    save(doc, name)
    label(name, "base-treatment-plan", ["ca-title9-ntp"], as_of, [],
          "Clean. California NTP initial plan held entirely in one four-column table with merged "
          "full-width section rows (goals, services and review, signatures); review 90 days after "
          "admission; countersignatures within 14 days.")


# aj40  PT, certification line left blank
def aj40():
    name = "aj40_pt_back_unsigned_certification.docx"
    ev, cert_to, as_of = D("2026-10-19"), D("2027-01-15"), D("2026-11-23")
    assert days(ev, cert_to) <= MOT_REVIEW_DAYS and as_of < cert_to
    doc = new_doc(size=10)
    header_footer(doc, "Ironwood Physical Therapy", "Rutherford, Ambrose — DOB 05/26/1947 — MBI 5NF2-WQ8-HJ63")
    p(doc, "Physical Therapy Plan of Care", bold=True, size=13)
    lv(doc, [("Patient", "Ambrose Rutherford"), ("DOB", "05/26/1947"), ("MBI", "5NF2WQ8HJ63")])
    lv(doc, [("Initial evaluation", fd(ev)), ("Plan of care", fd(ev)),
             ("Certification", fd(ev) + "–" + fd(cert_to))])
    lv(doc, [("Dx", "M48.061 Spinal stenosis, lumbar region without neurogenic claudication; R26.81 "
                    "Unsteadiness on feet")])
    h(doc, "Goals", 2)
    tbl(doc, [["Goal", "Baseline", "Target", "Time frame"],
              ["Walking tolerance", "5 minutes before leg pain forces rest", "20 minutes continuous walking "
               "with pain 3/10 or less", "8 weeks"],
              ["Oswestry Disability Index", "48%", "28% or less", "10 weeks"],
              ["Balance (Berg)", "41/56", "49/56 or more", "8 weeks"],
              ["Sit to stand (5x STS)", "18.2 s", "under 13 s without arms", "6 weeks"]])
    h(doc, "Plan", 2)
    p(doc, "Therapeutic exercise (97110), neuromuscular re-education (97112), gait training (97116), "
           "manual therapy (97140). Frequency 2x per week, duration 10 weeks.")
    h(doc, "Signatures", 2)
    p(doc, "Physical therapist: Simone Achterberg, PT, DPT    Date: " + fd(ev))
    p(doc, "Physician/NPP certification of this plan:")
    p(doc, "Signature: ______________________________    Date: ____________")
    p(doc, "Printed name: Dr. Ethan Kowalski, MD — sent for signature " + fd(D("2026-10-20")))
    save(doc, name)
    label(name, "medicare-outpatient-therapy", [], as_of, [["signature-missing"]],
          "Gap: the physician/NPP certification signature and date lines are blank (the plan was only "
          "sent for signature). Layout: label:value lines, goals as a baseline / target / time-frame "
          "table with the measure named in the first column.")


# aj45  psychotherapy + PA: client signature undated
def aj45():
    name = "aj45_psy_pa_client_signature_undated.docx"
    intake, plan, as_of = D("2026-10-06"), D("2026-10-27"), D("2026-11-20")
    assert days(intake, plan) <= PA_PLAN_DAYS
    doc = new_doc(font="Calibri", size=10.5)
    p(doc, "Susquehanna Valley Behavioral Health Clinic", bold=True, size=12, align="c")
    p(doc, "TREATMENT PLAN", bold=True, size=13, align="c")
    tbl(doc, [["Name", "Evangeline Morrow"], ["Date of birth", "08/08/1959"], ["MBI", "7GT3-NB6-DW45"],
              ["Intake date", fd(intake)], ["Plan date", fd(plan)], ["Anticipated duration", "6 months"]],
        header=False, bold_first_col=True, widths=[2.0, 4.4])
    h(doc, "Diagnosis", 2)
    p(doc, "F50.00 Anorexia nervosa, unspecified (primary)")
    h(doc, "Goals and Objectives", 2)
    p(doc, "Goal 1. Evangeline will restore and keep a healthy weight.", bold=True)
    p(doc, "Objective 1.1  Gain 0.5 to 1 lb per week until weight reaches 118 lb (currently 104 lb), per "
           "weekly weigh-ins at her PCP's office, by " + fd(D("2027-03-31")) + ".")
    p(doc, "Objective 1.2  Eat 3 meals and 2 snacks on at least 6 of 7 days, per her meal log, by "
      + fd(D("2026-12-22")) + ".")
    p(doc, "Goal 2. Evangeline will worry less about her body and food.", bold=True)
    p(doc, "Objective 2.1  Reduce EDE-Q global score from 4.6 to 2.5 or below by " + fd(D("2027-02-23")) + ".")
    h(doc, "Modalities", 2)
    p(doc, "CBT-E individual psychotherapy, 90837, 53 minutes, twice weekly for the first 8 weeks then "
           "weekly; monthly medication management with psychiatry (99214, 25 minutes); dietitian "
           "coordination.")
    h(doc, "Signatures", 2)
    p(doc, "Client signature: Evangeline Morrow")
    p(doc, "Therapist: Corinne Ashby, LPC    Date: " + fd(plan))
    p(doc, "Approving psychiatrist: Vikram Raman, MD    Date: " + fd(D("2026-10-29")))
    save(doc, name)
    label(name, "medicare-psychotherapy", ["pa-55-5200"], as_of, [["signature-missing"]],
          "Gap: the client's signature line has her name but no date (PA requires the individual's "
          "dated signature). Layout: vertical facts table, goals in bold with 'Objective n.n' "
          "paragraphs.")


# =============================================================================================
# FHIR R4
CPT = "http://www.ama-assn.org/go/cpt"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"


def aj41():
    name = "aj41_fhir_psy_bundle_provenance.json"
    plan, end, as_of = D("2026-09-15"), D("2027-03-12"), D("2026-11-10")
    assert days(plan, end) < 365 and days(plan, as_of) <= PSY_PLAN_AGE
    n = npi("139057264")
    goals = [
        ("goal-1", "Reduce depressive symptoms: PHQ-9 from 18 to below 10", "44261-6",
         "PHQ-9 total score", {"detailQuantity": {"value": 10, "comparator": "<", "unit": "{score}"}},
         "2026-12-15"),
        ("goal-2", "Return to work part-time: at least 12 hours per week for 4 consecutive weeks", None,
         "Hours worked per week", {"detailQuantity": {"value": 12, "comparator": ">=", "unit": "h/wk"}},
         "2027-02-12"),
        ("goal-3", "Reduce GAD-7 from 13 to 7 or below", "70274-6", "GAD-7 total score",
         {"detailQuantity": {"value": 7, "comparator": "<=", "unit": "{score}"}}, "2027-01-15"),
    ]
    for g in goals:
        assert D(g[5]) > plan
    entries = [
        {"fullUrl": "urn:uuid:5e0b7a4e-0c2e-4f52-9a77-1b3c5d6e7f01", "resource": {
            "resourceType": "Patient", "id": "pat-aj41",
            "identifier": [{"type": {"coding": [{"system": V2_0203, "code": "MB", "display": "Member Number"}]},
                            "system": "http://hl7.org/fhir/sid/us-mbi", "value": "6TA4KV9WD28"},
                           {"type": {"coding": [{"system": V2_0203, "code": "MR"}]},
                            "system": "urn:oid:1.2.3.4.5.41", "value": "MRN-55120"}],
            "name": [{"family": "Pemberton", "given": ["Lucille", "A."]}],
            "gender": "female", "birthDate": "1952-10-03"}},
        {"fullUrl": "urn:uuid:5e0b7a4e-0c2e-4f52-9a77-1b3c5d6e7f02", "resource": {
            "resourceType": "Practitioner", "id": "prac-aj41",
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": n}],
            "name": [{"family": "Oyelowo", "given": ["Damian"], "suffix": ["LCSW"]}],
            "qualification": [{"code": {"text": "LCSW"}}]}},
        {"fullUrl": "urn:uuid:5e0b7a4e-0c2e-4f52-9a77-1b3c5d6e7f03", "resource": {
            "resourceType": "Condition", "id": "cond-aj41",
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                           "code": "active"}]},
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                      "code": "problem-list-item"}]}],
            "code": {"coding": [{"system": ICD, "code": "F32.1",
                                 "display": "Major depressive disorder, single episode, moderate"}]},
            "subject": {"reference": "urn:uuid:5e0b7a4e-0c2e-4f52-9a77-1b3c5d6e7f01"}}},
        {"fullUrl": "urn:uuid:5e0b7a4e-0c2e-4f52-9a77-1b3c5d6e7f04", "resource": {
            "resourceType": "Condition", "id": "cond2-aj41",
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                           "code": "active"}]},
            "code": {"coding": [{"system": ICD, "code": "F41.1", "display": "Generalized anxiety disorder"}]},
            "subject": {"reference": "urn:uuid:5e0b7a4e-0c2e-4f52-9a77-1b3c5d6e7f01"}}},
    ]
    goal_refs = []
    for i, (gid, desc, loinc, mtext, detail, due) in enumerate(goals):
        url = f"urn:uuid:5e0b7a4e-0c2e-4f52-9a77-1b3c5d6e7f1{i}"
        goal_refs.append({"reference": url})
        measure = {"text": mtext}
        if loinc:
            measure["coding"] = [{"system": LOINC, "code": loinc, "display": mtext}]
        target = {"measure": measure, **detail, "dueDate": due}
        entries.append({"fullUrl": url, "resource": {
            "resourceType": "Goal", "id": gid, "lifecycleStatus": "active",
            "description": {"text": desc},
            "subject": {"reference": "urn:uuid:5e0b7a4e-0c2e-4f52-9a77-1b3c5d6e7f01"},
            "addresses": [{"reference": "urn:uuid:5e0b7a4e-0c2e-4f52-9a77-1b3c5d6e7f0" + ("4" if i == 2 else "3")}],
            "target": [target]}})
    careplan_url = "urn:uuid:5e0b7a4e-0c2e-4f52-9a77-1b3c5d6e7f20"
    entries.append({"fullUrl": careplan_url, "resource": {
        "resourceType": "CarePlan", "id": "cp-aj41", "status": "active", "intent": "plan",
        "title": "Outpatient psychotherapy treatment plan",
        "category": [{"text": "Behavioral health"}],
        "subject": {"reference": "urn:uuid:5e0b7a4e-0c2e-4f52-9a77-1b3c5d6e7f01"},
        "created": plan.isoformat(),
        "period": {"start": plan.isoformat(), "end": end.isoformat()},
        "author": {"reference": "urn:uuid:5e0b7a4e-0c2e-4f52-9a77-1b3c5d6e7f02"},
        "addresses": [{"reference": "urn:uuid:5e0b7a4e-0c2e-4f52-9a77-1b3c5d6e7f03"},
                      {"reference": "urn:uuid:5e0b7a4e-0c2e-4f52-9a77-1b3c5d6e7f04"}],
        "goal": goal_refs,
        "activity": [{"detail": {
            "kind": "ServiceRequest",
            "code": {"coding": [{"system": CPT, "code": "90837", "display": "Psychotherapy, 60 minutes"}],
                     "text": "Individual psychotherapy (CBT, behavioral activation)"},
            "status": "in-progress",
            "scheduledTiming": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "wk",
                                           "duration": 53, "durationUnit": "min"}},
            "performer": [{"reference": "urn:uuid:5e0b7a4e-0c2e-4f52-9a77-1b3c5d6e7f02"}],
            "description": "Individual psychotherapy, 53 minutes, weekly"}}]}})
    entries.append({"fullUrl": "urn:uuid:5e0b7a4e-0c2e-4f52-9a77-1b3c5d6e7f30", "resource": {
        "resourceType": "Provenance", "id": "prov-aj41",
        "target": [{"reference": careplan_url}],
        "recorded": plan.isoformat() + "T16:05:00-05:00",
        "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                        "code": "author"}]},
                   "who": {"reference": "urn:uuid:5e0b7a4e-0c2e-4f52-9a77-1b3c5d6e7f02"}}],
        "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1",
                                 "display": "Author's Signature"}],
                       "when": plan.isoformat() + "T16:05:00-05:00",
                       "who": {"reference": "urn:uuid:5e0b7a4e-0c2e-4f52-9a77-1b3c5d6e7f02"},
                       "sigFormat": "image/jpeg", "data": "c2lnbmF0dXJl"}]}})
    bundle = {"resourceType": "Bundle", "id": "aj41", "type": "collection",
              "timestamp": plan.isoformat() + "T16:06:00-05:00", "entry": entries}
    write_text(name, json.dumps(bundle, indent=2, ensure_ascii=False) + "\n")
    label(name, "medicare-psychotherapy", [], as_of, [],
          "Clean. FHIR R4 collection Bundle: Patient with an MB identifier, Practitioner with NPI and "
          "LCSW, two ICD-10-CM Conditions, three Goals each with one target (measure, level, dueDate), "
          "CarePlan with a CPT 90837 activity timed weekly for 53 minutes and a period under a year, "
          "Provenance signature.")


def aj42():
    name = "aj42_fhir_psy_careplan_contained_vague_goal.json"
    plan, as_of = D("2026-10-02"), D("2026-11-13")
    cp = {
        "resourceType": "CarePlan", "id": "cp-aj42",
        "contained": [
            {"resourceType": "Patient", "id": "p1",
             "identifier": [{"type": {"coding": [{"system": V2_0203, "code": "MB"}]},
                             "system": "http://hl7.org/fhir/sid/us-mbi", "value": "2PX6MC3RH57"}],
             "name": [{"family": "Abernathy-Sloan", "given": ["Curtis"]}], "birthDate": "1949-01-21"},
            {"resourceType": "Condition", "id": "c1",
             "code": {"coding": [{"system": ICD, "code": "F33.1",
                                  "display": "Major depressive disorder, recurrent, moderate"}]},
             "subject": {"reference": "#p1"}},
            {"resourceType": "Goal", "id": "g1", "lifecycleStatus": "active",
             "description": {"text": "Reduce depression: PHQ-9 from 20 to 10 or below"},
             "subject": {"reference": "#p1"}, "addresses": [{"reference": "#c1"}],
             "target": [{"measure": {"coding": [{"system": LOINC, "code": "44261-6"}], "text": "PHQ-9"},
                         "detailQuantity": {"value": 10, "comparator": "<=", "unit": "{score}"},
                         "dueDate": "2027-01-29"}]},
            {"resourceType": "Goal", "id": "g2", "lifecycleStatus": "active",
             "description": {"text": "Improve self-esteem"},
             "subject": {"reference": "#p1"}, "addresses": [{"reference": "#c1"}]},
            {"resourceType": "Goal", "id": "g3", "lifecycleStatus": "active",
             "description": {"text": "Walk with his neighbor at least 3 mornings a week for 30 minutes"},
             "subject": {"reference": "#p1"},
             "target": [{"measure": {"text": "Walks per week"},
                         "detailQuantity": {"value": 3, "comparator": ">=", "unit": "/wk"},
                         "dueDate": "2026-12-18"}]},
            {"resourceType": "Practitioner", "id": "pr1",
             "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi("160342987")}],
             "name": [{"family": "Ferreira-Lund", "given": ["Maribel"], "suffix": ["PsyD"]}]},
        ],
        "status": "active", "intent": "plan", "title": "Psychotherapy Plan of Care",
        "subject": {"reference": "#p1"},
        "created": plan.isoformat(),
        "period": {"start": plan.isoformat(), "end": "2027-04-02"},
        "author": {"reference": "#pr1"},
        "addresses": [{"reference": "#c1"}],
        "goal": [{"reference": "#g1"}, {"reference": "#g2"}, {"reference": "#g3"}],
        "activity": [{"detail": {
            "code": {"coding": [{"system": CPT, "code": "90834"}], "text": "Individual psychotherapy"},
            "status": "scheduled",
            "scheduledTiming": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "wk",
                                           "duration": 45, "durationUnit": "min"}},
            "description": "Individual psychotherapy (interpersonal therapy), 45 minutes weekly"}}],
        "note": [{"time": plan.isoformat() + "T11:20:00-04:00",
                  "text": "Electronically signed by Maribel Ferreira-Lund, PsyD on " + fd(plan) + " 11:20 AM"}],
    }
    assert days(plan, D("2027-04-02")) < 365
    write_text(name, json.dumps(cp, indent=2, ensure_ascii=False) + "\n")
    label(name, "medicare-psychotherapy", [], as_of, [["goal-not-measurable"]],
          "Gap: Goal g2 'Improve self-esteem' has no target and no measure. Layout: a lone FHIR CarePlan "
          "with contained Patient, Condition, Goals and Practitioner; signature as an e-signature "
          "statement in CarePlan.note.")


# =============================================================================================
# C-CDA
def aj43():
    name = "aj43_ccda_psy_care_plan.xml"
    plan, end, as_of = D("2026-09-08"), D("2027-03-05"), D("2026-10-30")
    assert days(plan, end) < 365
    n = npi("152087739")
    ymd = lambda d: d.strftime("%Y%m%d")  # noqa: E731
    goals = [("Lower depression: PHQ-9 from 19 to 9 or below.", "44261-6", "PHQ-9 total score", "9",
              D("2026-12-08")),
             ("Attend a senior-center activity at least 2 times a week (baseline 0).", None, None, None,
              D("2026-11-17")),
             ("Reduce GAD-7 from 12 to 6 or below.", "70274-6", "GAD-7 total score", "6", D("2027-01-12"))]
    goal_xml = []
    for i, (text, code, disp, val, due) in enumerate(goals):
        assert due > plan
        code_el = (f'<code code="{code}" codeSystem="2.16.840.1.113883.6.1" displayName="{disp}"/>'
                   if code else '<code nullFlavor="UNK"/>')
        val_el = (f'<value xsi:type="IVL_PQ"><high value="{val}" unit="1" inclusive="true"/></value>'
                  if val else "")
        goal_xml.append(f"""
          <entry>
            <observation classCode="OBS" moodCode="GOL">
              <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
              <id root="7d1c0a22-3f3c-4a51-8d90-00000000430{i}"/>
              {code_el}
              <text><reference value="#goal{i + 1}"/>{text}</text>
              <statusCode code="active"/>
              <effectiveTime value="{ymd(due)}"/>
              {val_el}
            </observation>
          </entry>""")
    goal_rows = "".join(f'<tr ID="goal{i + 1}"><td>{g[0]}</td><td>{fd(g[4])}</td></tr>'
                        for i, g in enumerate(goals))
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.43" extension="TP-2026-0908-443"/>
  <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Plan of care note"/>
  <title>Outpatient Behavioral Health Treatment Plan</title>
  <effectiveTime value="{ymd(plan)}103000-0500"/>
  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.4.927" extension="4HU8CE2LW39" assigningAuthorityName="CMS Medicare Beneficiary Identifier"/>
      <id root="2.16.840.1.113883.19.5.43.1" extension="OAK-88310" assigningAuthorityName="Oakmont Behavioral Health MRN"/>
      <addr use="HP"><streetAddressLine>19 Linden Terrace</streetAddressLine><city>Dayton</city><state>OH</state><postalCode>45419</postalCode></addr>
      <patient>
        <name use="L"><given>Winifred</given><family>Castellanos-Greer</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19510622"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{ymd(plan)}"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="{n}"/>
      <code code="1041C0700X" codeSystem="2.16.840.1.113883.6.101" displayName="Clinical Social Worker"/>
      <assignedPerson><name><given>Beatrix</given><family>Holloway</family><suffix>LISW-S</suffix></name></assignedPerson>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization>
    <id root="2.16.840.1.113883.19.5.43"/><name>Oakmont Behavioral Health</name>
  </representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator>
    <time value="{ymd(plan)}141500-0500"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{n}"/>
      <assignedPerson><name><given>Beatrix</given><family>Holloway</family><suffix>LISW-S</suffix></name></assignedPerson>
    </assignedEntity>
  </legalAuthenticator>
  <documentationOf>
    <serviceEvent classCode="PCPR">
      <effectiveTime><low value="{ymd(plan)}"/><high value="{ymd(end)}"/></effectiveTime>
    </serviceEvent>
  </documentationOf>
  <component>
    <structuredBody>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.5.1" extension="2015-08-01"/>
          <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
          <title>Diagnoses</title>
          <text><list><item>F33.0 Major depressive disorder, recurrent, mild (primary)</item><item>F41.1 Generalized anxiety disorder</item></list></text>
          <entry>
            <act classCode="ACT" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.3" extension="2015-08-01"/>
              <id root="b3e2f1a0-43c1-4d2e-9f10-000000000431"/>
              <code code="CONC" codeSystem="2.16.840.1.113883.5.6"/>
              <statusCode code="active"/>
              <effectiveTime><low value="{ymd(plan)}"/></effectiveTime>
              <entryRelationship typeCode="SUBJ">
                <observation classCode="OBS" moodCode="EVN">
                  <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                  <id root="b3e2f1a0-43c1-4d2e-9f10-000000000432"/>
                  <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
                  <statusCode code="completed"/>
                  <effectiveTime><low value="20260825"/></effectiveTime>
                  <priorityCode code="8319008" codeSystem="2.16.840.1.113883.6.96" displayName="Principal diagnosis"/>
                  <value xsi:type="CD" code="F33.0" codeSystem="2.16.840.1.113883.6.90" displayName="Major depressive disorder, recurrent, mild"/>
                </observation>
              </entryRelationship>
            </act>
          </entry>
          <entry>
            <act classCode="ACT" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.3" extension="2015-08-01"/>
              <id root="b3e2f1a0-43c1-4d2e-9f10-000000000433"/>
              <code code="CONC" codeSystem="2.16.840.1.113883.5.6"/>
              <statusCode code="active"/>
              <effectiveTime><low value="{ymd(plan)}"/></effectiveTime>
              <entryRelationship typeCode="SUBJ">
                <observation classCode="OBS" moodCode="EVN">
                  <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                  <id root="b3e2f1a0-43c1-4d2e-9f10-000000000434"/>
                  <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
                  <statusCode code="completed"/>
                  <effectiveTime><low value="20260825"/></effectiveTime>
                  <value xsi:type="CD" code="F41.1" codeSystem="2.16.840.1.113883.6.90" displayName="Generalized anxiety disorder"/>
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
          <text><table border="1"><thead><tr><th>Goal</th><th>Target date</th></tr></thead><tbody>{goal_rows}</tbody></table></text>{"".join(goal_xml)}
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.10" extension="2014-06-09"/>
          <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of treatment"/>
          <title>Plan of Treatment</title>
          <text>
            <table border="1"><thead><tr><th>Service</th><th>CPT</th><th>Session length</th><th>Frequency</th></tr></thead>
              <tbody><tr><td>Individual psychotherapy (CBT, behavioral activation)</td><td>90837</td><td>53 minutes</td><td>Weekly</td></tr></tbody></table>
            <paragraph>Expected duration: 6 months</paragraph>
          </text>
          <entry>
            <procedure classCode="PROC" moodCode="INT">
              <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
              <id root="b3e2f1a0-43c1-4d2e-9f10-000000000435"/>
              <code code="90837" codeSystem="2.16.840.1.113883.6.12" displayName="Psychotherapy, 60 minutes with patient"/>
              <statusCode code="active"/>
              <effectiveTime xsi:type="PIVL_TS" institutionSpecified="true" operator="A">
                <phase><width value="53" unit="min"/></phase>
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
    write_text(name, xml)
    label(name, "medicare-psychotherapy", [], as_of, [],
          "Clean. C-CDA Care Plan: MBI in recordTarget, ICD-10-CM problem observations, three Goal "
          "Observations with target dates (two with a LOINC measure and a value), planned procedure 90837 "
          "with a weekly PIVL_TS and 53-minute phase width plus a narrative services table, expected "
          "duration in the narrative, legalAuthenticator with signatureCode S and LISW-S.")


# =============================================================================================
# native YAML
def aj44():
    name = "aj44_native_aba_objective_baselines.yaml"
    plan, as_of = D("2026-08-24"), D("2026-10-08")
    assert days(plan, D("2027-02-19")) <= ABA_REVIEW_DAYS
    text = f"""schema: authcheck-plan/1
patient: {{name: Ruby Fenwick-Azikiwe, birth_date: 2019-03-30, member_id: "HWP-0038-7751"}}
payer: Heartwood Health Plan
discipline: aba
plan_date: {plan.isoformat()}
period: {{start: 2026-08-31, end: 2027-02-28}}
providers:
  - {{name: Caspian Whitlow, credential: BCBA, npi: "{npi('177420365')}", role: supervising BCBA}}
diagnoses:
  - code: F84.0
    description: Autistic disorder
    primary: true
    diagnosed_by: Leontyne Adebayo, PhD
    diagnosed_on: 2024-01-09
assessments:
  - {{instrument: VB-MAPP, date: 2026-08-11, administered_by: "Caspian Whitlow, BCBA", scores: {{milestones: "47"}}}}
  - {{instrument: Vineland-3, date: 2026-08-11, scores: {{ABC: "70"}}}}
problems:
  - statement: Limited functional communication
    goals:
      - label: Goal 1
        domain: Communication
        statement: Ruby will use her speech-generating device to communicate wants and needs across the day.
        target_date: 2027-02-12
        mastery_criteria: Each objective mastered at its stated criterion
        objectives:
          - label: 1a
            statement: Ruby will request 15 preferred items with her device without prompts.
            baseline: 2 items independently (probe 08/11/2026)
            mastery_criteria: 15 items across 3 consecutive sessions
            target_date: 2026-12-18
          - label: 1b
            statement: Ruby will request "help" with her device when a task is too hard.
            mastery_criteria: 80% of opportunities across 3 consecutive sessions
            target_date: 2027-01-29
  - statement: Self-injury
    goals:
      - label: Goal 2
        domain: Behavior reduction
        statement: Ruby will reduce hand-biting from 8 per hour to 1 or fewer per hour.
        baseline: 8 per hour (5-day ABC data)
        mastery_criteria: 1 or fewer per hour for 4 consecutive weeks
        target_date: 2027-02-12
  - statement: Caregiver skills
    goals:
      - label: Goal 3
        domain: Caregiver training
        statement: Ruby's mother will prompt device requests during meals and play.
        baseline: 30% fidelity
        mastery_criteria: 90% fidelity on 3 consecutive observations
        target_date: 2026-12-04
services:
  - {{code: "97153", description: Adaptive behavior treatment by protocol, hours_per_week: 20}}
  - {{code: "97155", description: Protocol modification, hours_per_week: 3}}
  - {{code: "97156", description: Family guidance, hours_per_week: 1}}
reviews:
  - {{kind: progress-report, date: 2027-02-19, completed: false}}
signatures:
  - {{role: clinician, name: Caspian Whitlow, credential: BCBA, date: {plan.isoformat()}, method: electronic}}
  - {{role: guardian, name: Ngozi Fenwick-Azikiwe, date: 2026-08-25, method: handwritten}}
"""
    import yaml as _yaml
    _yaml.safe_load(text)
    write_text(name, text)
    label(name, "commercial-aba", [], as_of, [["baseline-missing"]],
          "Gap: Goal 1 has no baseline of its own, and objective 1b ('help' requests) records none, so "
          "the goal is not covered by its objectives' baselines. Native authcheck YAML with problems, "
          "goals and objectives.")


# =============================================================================================
ALL = [aj01, aj02, aj03, aj04, aj05, aj06, aj07, aj08, aj09, aj10, aj11, aj12, aj13, aj14, aj15, aj16,
       aj17, aj18, aj19, aj20, aj21, aj22, aj23, aj24, aj25, aj26, aj27, aj28, aj29, aj30, aj31, aj32,
       aj33, aj34, aj35, aj36, aj37, aj38, aj39, aj40, aj41, aj42, aj43, aj44, aj45]


def main():
    LABELS.clear()
    _IDS[0] = 100
    for fn in ALL:
        fn()
    names = [e["file"] for e in LABELS]
    assert len(names) == len(set(names)) == len(ALL)
    for e in LABELS:
        assert e["file"].startswith("aj") and (OUT / e["file"]).exists()
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
