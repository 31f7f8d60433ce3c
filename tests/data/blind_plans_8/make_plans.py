"""Generate blind test set 8: behavioral-health and SUD treatment plans (DOCX, FHIR, C-CDA, YAML).

Deterministic: run with /work/main/.venv/bin/python make_plans.py; writes every plan and labels.json
into the folder of this script. Everything here is invented.
"""
from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor

OUT = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
FIXED_DT = datetime(2026, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------------------------
# Profile kinds (error or warning severity), copied from `authcheck profiles show ID --resolved`
# ---------------------------------------------------------------------------------------------
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
                              "baseline-missing", "goal-not-measurable", "goal-missing",
                              "goal-not-time-bound", "review-date-missing", "review-interval-exceeded",
                              "amount-missing"},
    "pa-55-5200": {"field-missing", "signature-missing", "duration-missing", "goal-missing",
                   "intervention-missing", "objective-missing", "plan-late"},
    "ny-oasas-818": {"field-missing", "signature-missing", "diagnosis-missing", "goal-missing",
                     "intervention-missing", "signature-late", "plan-late"},
    "fl-65d-30": {"field-missing", "signature-missing", "goal-missing", "intervention-missing",
                  "objective-not-measurable", "objective-missing", "objective-not-time-bound",
                  "plan-late", "frequency-missing", "signature-late"},
    "ca-title9-ntp": {"field-missing", "signature-missing", "goal-missing", "objective-missing",
                      "objective-not-time-bound", "signature-late", "plan-late", "review-date-missing",
                      "review-interval-exceeded", "review-overdue"},
    "tx-26tac-564": {"signature-missing", "duration-missing", "goal-missing", "intervention-missing",
                     "objective-not-measurable", "objective-missing", "objective-not-time-bound",
                     "frequency-missing"},
}
# numbers from the profiles, used by the self-checks
PA_PLAN_DAYS = 30
NY_PLAN_DAYS, NY_MD_DAYS = 7, 10
FL_DAYS = {"residential level 1": 7, "residential level 2": 15, "methadone": 30}
FL_QP_DAYS = 10
CA_PLAN_DAYS, CA_REVIEW_DAYS, CA_SIGN_DAYS = 28, 92, 14
ABA_REVIEW_DAYS, ABA_ASSESS_DAYS = 184, 365
MEDICARE_PLAN_AGE = 365

LABELS: list[dict] = []


def D(s: str) -> date:
    return date.fromisoformat(s)


def days(a: str, b: str) -> int:
    """Days from a to b."""
    return (D(b) - D(a)).days


def us(s: str, style: str = "mdY") -> str:
    d = D(s)
    if style == "mdY":
        return d.strftime("%m/%d/%Y")
    if style == "mdy":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "long":
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if style == "short":
        return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    if style == "dmy":
        return f"{d.day} {d.strftime('%B %Y')}"
    if style == "iso":
        return s
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


def npi(first9: str, valid: bool = True) -> str:
    digits = [int(c) for c in "80840" + first9]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    check = (10 - total % 10) % 10
    if not valid:
        check = (check + 3) % 10
    return first9 + str(check)


def luhn_ok(n: str) -> bool:
    digits = [int(c) for c in "80840" + n]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


assert npi("123456789") == "1234567893" and luhn_ok("1234567893")


def label(file, payer, states, as_of, gaps, notes, unsure=()):
    """gaps: list of lists of acceptable kinds."""
    profiles = [payer] + list(states)
    kinds = set()
    for p in profiles:
        kinds |= KINDS[p]
    gap_kinds = {k for g in gaps for k in g}
    for k in gap_kinds:
        assert k in kinds, (file, k)
    for k in unsure:
        assert k in kinds, (file, k)
    must_not = sorted(kinds - gap_kinds - set(unsure))
    args = ["--payer", payer]
    for s in states:
        args += ["--state", s]
    args += ["--as-of", as_of]
    if unsure:
        notes = notes + " Left out of must_not_report (unsure): " + ", ".join(sorted(unsure)) + "."
    LABELS.append({"file": file, "check_with": args, "must_report": [list(g) for g in gaps],
                   "must_not_report": must_not, "notes": notes})


# ---------------------------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------------------------
def new_doc(font="Calibri", size=10.5, landscape=False, margins=0.8):
    doc = docx.Document()
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
        sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    else:
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Inches(margins))
    return doc


def P(container, text="", bold=False, italic=False, size=None, align=None, color=None, style=None,
      space_after=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def LV(container, lab, value, sep=": ", size=None):
    """'Label: value' paragraph with a bold label."""
    p = container.add_paragraph()
    r = p.add_run(lab + sep)
    r.bold = True
    r2 = p.add_run(value)
    if size:
        r.font.size = r2.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


def runs(p, *parts):
    """parts: (text, bold) tuples or str."""
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            t, b = part
            r = p.add_run(t)
            r.bold = b
    return p


def H(doc, text, level=1, style=True):
    if style:
        return doc.add_heading(text, level=level)
    return P(doc, text, bold=True, size=12 if level == 1 else 11)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    lines = text.split("\n") if isinstance(text, str) else text
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def T(container, rows, header=True, style="Table Grid", widths=None, size=None, fill="D9D9D9"):
    ncols = max(len(r) for r in rows)
    t = container.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            set_cell(c, val, bold=(header and i == 0), size=size)
            if header and i == 0 and fill:
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Inches(w)
    return t


def KV(container, pairs, per_row=2, style="Table Grid", size=None, bold_labels=True):
    """A grid of label/value cells: per_row pairs in each row."""
    nrows = (len(pairs) + per_row - 1) // per_row
    t = container.add_table(rows=nrows, cols=per_row * 2)
    if style:
        t.style = style
    for i, (k, v) in enumerate(pairs):
        r, c = divmod(i, per_row)
        set_cell(t.cell(r, c * 2), k, bold=bold_labels, size=size)
        set_cell(t.cell(r, c * 2 + 1), v, size=size)
    return t


def field_run(p, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def page_x_of_y(p, prefix="Page ", mid=" of "):
    p.add_run(prefix)
    field_run(p, "PAGE")
    p.add_run(mid)
    field_run(p, "NUMPAGES")


def footer_text(doc, left, page=True, size=8):
    ft = doc.sections[0].footer
    p = ft.paragraphs[0]
    r = p.add_run(left)
    r.font.size = Pt(size)
    if page:
        p.add_run("    ")
        page_x_of_y(p)
        for r in p.runs:
            r.font.size = Pt(size)
    return p


def header_lines(doc, lines, size=8, bold_first=True, align=None):
    hd = doc.sections[0].header
    p = hd.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = hd.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(size)
        r.bold = bold_first and i == 0
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return hd


def header_table(doc, rows, size=7.5):
    hd = doc.sections[0].header
    sec = doc.sections[0]
    width = sec.page_width - sec.left_margin - sec.right_margin
    ncols = max(len(r) for r in rows)
    t = hd.add_table(rows=len(rows), cols=ncols, width=width)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, size=size, bold=(j % 2 == 0 and ":" not in v and i == -1))
    return t


def sdt_inline(p, tag, text, alias=None):
    """A plain-text content control inside paragraph p."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias or tag)
    pr.append(a)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    pr.append(tg)
    txt = OxmlElement("w:text")
    pr.append(txt)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    content.append(r)
    sdt.append(content)
    p._p.append(sdt)
    return sdt


def sdt_block(doc, tag, paragraphs):
    """A block-level rich-text content control holding paragraphs."""
    body = doc.element.body
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), tag)
    pr.append(a)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    pr.append(tg)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    for text in paragraphs:
        p = OxmlElement("w:p")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        p.append(r)
        content.append(p)
    sdt.append(content)
    body.insert(len(body) - 1, sdt)  # before sectPr
    return sdt


_REV = [100]


def tracked(p, kind, text, author="K. Albright", when="2026-02-24T10:12:00Z"):
    """Append a tracked insertion ('ins') or deletion ('del') run to paragraph p."""
    _REV[0] += 1
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), str(_REV[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), when)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)
    return el


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def finalize(doc, name, title="Treatment Plan", author="EHR Export"):
    cp = doc.core_properties
    cp.author = author
    cp.title = title
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""
    cp.last_modified_by = author
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    doc.save(buf)
    write_stable_zip(buf.getvalue(), OUT / name)


def write_stable_zip(data: bytes, path: Path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "word/comments.xml":
                blob = re.sub(rb'w:date="[^"]*"', b'w:date="2026-01-01T00:00:00Z"', blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    path.write_bytes(out.getvalue())


def sig_table(container, rows, cols=("Role", "Name", "Credential", "Signature", "Date"), size=9):
    return T(container, [list(cols)] + [list(r) for r in rows], size=size)


CRISIS = ("If you are in crisis, call or text 988 (Suicide & Crisis Lifeline), call 911, or go to the "
          "nearest emergency department. After hours, the agency on-call line is answered 24/7.")


# =============================================================================================
# Medicare outpatient psychotherapy (medicare-psychotherapy, some with pa-55-5200)
# =============================================================================================
MED = "medicare-psychotherapy"
PA = "pa-55-5200"


def q01():
    name = "q01_cmhc-ehr-printout.docx"
    intake, plan, md_sign, as_of = "2026-01-07", "2026-01-29", "2026-02-03", "2026-02-20"
    assert days(intake, plan) <= PA_PLAN_DAYS and days(plan, as_of) <= MEDICARE_PLAN_AGE
    doc = new_doc("Arial", 9.5)
    header_table(doc, [["Riverbend Community Behavioral Health — CareTrak EHR", "Client: HOLLOWAY, Gerald R.",
                        "DOB: 05/14/1961", "MBI: 5QR2WN8JT46", "MRN: RB-0048812"]])
    footer_text(doc, "Printed 02/19/2026 16:42 by mkessler  |  CONFIDENTIAL — contains protected health information")
    P(doc, "INDIVIDUAL SERVICE PLAN", bold=True, size=14, align="c")
    P(doc, "Outpatient Mental Health Clinic — Licensed under 55 Pa. Code Chapter 5200", italic=True, align="c", size=8)
    KV(doc, [("Client Name", "Gerald R. Holloway"), ("Date of Birth", "05/14/1961"),
             ("Primary Insurance", "Medicare Part B"), ("Medicare Beneficiary ID", "5QR2WN8JT46"),
             ("Secondary", "PA Medical Assistance — ID 7704419923"), ("Program", "Adult Outpatient Clinic"),
             ("Intake / Admission Date", us(intake)), ("Plan Type", "Initial"),
             ("Plan Effective Date", us(plan)), ("Next Review Due", us("2026-04-29")),
             ("Primary Clinician", "Andrea Bellweather, LCSW"), ("Clinician NPI", npi("184302219"))], per_row=2, size=9)
    P(doc)
    P(doc, "DIAGNOSES (ICD-10-CM)", bold=True)
    T(doc, [["Rank", "Code", "Description", "Onset"],
            ["Primary", "F33.1", "Major depressive disorder, recurrent, moderate", "2019"],
            ["Secondary", "F41.1", "Generalized anxiety disorder", "2021"]], size=9)
    P(doc)
    P(doc, "STRENGTHS / PREFERENCES", bold=True)
    P(doc, "Gerald is a retired machinist who enjoys woodworking and has a supportive sister nearby. He prefers "
           "morning appointments and wants to keep his medication regimen simple.")
    P(doc, "PROBLEM 1: Depressed mood, loss of interest, withdrawal from activities", bold=True)
    LV(doc, "Goal 1", "Gerald will return to his usual level of daily activity with a stable mood.")
    T(doc, [["Obj #", "Objective (measurable)", "Target Date", "Status"],
            ["1.1", "Gerald will reduce his PHQ-9 score from 16 (01/07/2026) to 9 or lower.", us("2026-04-30"), "New"],
            ["1.2", "Gerald will complete at least 3 planned pleasant activities per week, recorded on an "
                    "activity log reviewed in session.", us("2026-04-30"), "New"]], size=9)
    P(doc, "Interventions: Cognitive behavioral therapy with behavioral activation; activity scheduling; "
           "medication evaluation and monitoring by the clinic psychiatrist.")
    P(doc, "PROBLEM 2: Persistent worry and tension", bold=True)
    LV(doc, "Goal 2", "Gerald will manage worry so that it no longer keeps him from sleeping or going out.")
    T(doc, [["Obj #", "Objective (measurable)", "Target Date", "Status"],
            ["2.1", "Gerald will lower his GAD-7 score from 13 to 7 or below.", us("2026-04-30"), "New"],
            ["2.2", "Gerald will practice diaphragmatic breathing or progressive muscle relaxation on 5 of 7 "
                    "days per week, per self-report log.", us("2026-03-31"), "New"]], size=9)
    P(doc, "Interventions: CBT for worry (worry time, cognitive restructuring), relaxation training.")
    P(doc)
    P(doc, "SERVICES / MODALITIES", bold=True)
    T(doc, [["Service", "CPT", "Amount", "Frequency", "Provider"],
            ["Individual psychotherapy", "90837", "53–60 minutes", "Weekly", "A. Bellweather, LCSW"],
            ["Psychiatric medication management", "99214", "25 minutes", "Every 4 weeks", "T. Okonkwo, MD"]], size=9)
    LV(doc, "Expected duration of treatment", "6 months (through 07/29/2026), then re-evaluate")
    LV(doc, "Discharge criteria", "PHQ-9 below 10 for two consecutive months and return to regular activities.")
    P(doc)
    P(doc, "Crisis plan: " + CRISIS, size=8, italic=True)
    P(doc, "PARTICIPATION AND SIGNATURES", bold=True)
    P(doc, "I participated in developing this plan and received a copy.", size=8.5)
    sig_table(doc, [["Individual served", "Gerald R. Holloway", "—", "Gerald R. Holloway (signed on pad)", us(plan)],
                    ["Primary clinician", "Andrea Bellweather", "LCSW", "e-signed", us(plan)],
                    ["Psychiatrist (plan approval)", "Tobenna Okonkwo", "MD", "e-signed", us(md_sign)]])
    finalize(doc, name)
    label(name, MED, [PA], as_of, [], "Clean. EHR printout with a client banner table in the page header, "
          "key/value grid, diagnosis table with rank column, objective tables, and a role/name/credential/"
          "signature/date signature table with psychiatrist approval 5 days after the plan.")


def q02():
    name = "q02_in-my-words-plan.docx"
    plan, as_of = "2025-11-12", "2025-12-15"
    doc = new_doc("Georgia", 10.5)
    P(doc, "Hearthstone Counseling Associates", bold=True, size=13)
    P(doc, "412 Larch Street, Suite 2 · (555) 014-2290", size=8.5)
    P(doc, "MY RECOVERY PLAN", bold=True, size=16, align="c")
    P(doc, "A person-centered plan written together with my therapist", italic=True, align="c")
    T(doc, [["About me", ""], ["Name", "Loretta Vance-Kim"], ["Birthdate", "September 3, 1955"],
            ["Medicare number", "2HM6TR4KX19"], ["Date we wrote this plan", us(plan, "long")],
            ["My therapist", "Dana Whitcomb, LCSW (NPI " + npi("162211034") + ")"]], style="Light Grid Accent 1")
    P(doc)
    H(doc, "What brings me here", 2)
    P(doc, "In my words: \u201cI worry about everything — my health, my grandson, money. My chest gets tight and I "
           "can\u2019t sleep. I stopped going to choir because I was too keyed up.\u201d")
    H(doc, "What my therapist understands", 2)
    P(doc, "Diagnosis: Generalized anxiety disorder (F41.1). GAD-7 at intake 15 (moderate-severe). No safety "
           "concerns at this time; denies suicidal ideation.")
    H(doc, "My goals", 2)
    for g, words, objs in [
        ("Goal A", "\u201cI want to worry less and sleep through the night.\u201d",
         ["I will bring my GAD-7 score down from 15 to under 8.",
          "I will sleep at least 6 hours on 5 nights a week, written in my sleep diary."]),
        ("Goal B", "\u201cI want to go back to choir and see my friends.\u201d",
         ["I will attend choir practice at least 2 times a month.",
          "I will use box breathing when I notice worry, at least 5 days a week, tracked in my phone app."]),
    ]:
        p = P(doc)
        runs(p, (g + " — In my words: ", True), words)
        for i, o in enumerate(objs, 1):
            P(doc, f"Step {i}: {o}", style="List Bullet")
    H(doc, "How we will work on it", 2)
    P(doc, "Cognitive behavioral therapy for anxiety (worry exposure, cognitive restructuring), sleep hygiene "
           "coaching, relaxation skills. Individual psychotherapy (CPT 90834), 45 minutes, once a week.")
    P(doc, "How long: about 16 sessions over 4 months, then we will look at the plan together again.")
    H(doc, "If things get hard", 2)
    P(doc, CRISIS, size=9)
    P(doc)
    P(doc, "My signature: Loretta Vance-Kim        Date: " + us(plan))
    P(doc, "Signed electronically: Dana Whitcomb, LCSW   " + us(plan) + " 4:05 PM")
    finalize(doc, name)
    label(name, MED, [], as_of, [["objective-not-time-bound"]],
          "Gap: no objective (\u201cStep\u201d) or goal has a target date or time frame; only the overall "
          "duration (16 sessions over 4 months) is given. Person-centered \u201cIn my words\u201d layout with a "
          "styled about-me table and bulleted steps.")


def q03():
    name = "q03_county-form-late.docx"
    intake, plan, md_sign, as_of = "2025-09-08", "2025-10-27", "2025-10-30", "2025-11-20"
    assert days(intake, plan) > PA_PLAN_DAYS  # 49 days
    doc = new_doc("Times New Roman", 10)
    header_lines(doc, ["SUSQUENANGO COUNTY MH/ID PROGRAM", "Form MH-TP-3 (rev. 4/2022)"], align="c")
    footer_text(doc, "White: chart   Yellow: client   Pink: county liaison")
    P(doc, "TREATMENT PLAN — OUTPATIENT", bold=True, size=13, align="c")
    P(doc, "SECTION A. IDENTIFYING INFORMATION", bold=True)
    KV(doc, [("Consumer name", "Walter J. Prendergast"), ("DOB", "02/27/1958"),
             ("Medicare MBI", "7KD3XM1PT25"), ("County case #", "SC-23-11907"),
             ("Date of intake", us(intake, "dash")), ("Date plan completed", us(plan, "dash")),
             ("Provider", "Laurel Ridge Outpatient Clinic"), ("Therapist", "Corinne Fahey, LPC")], per_row=2)
    P(doc, "SECTION B. DIAGNOSIS", bold=True)
    KV(doc, [("ICD-10-CM", "F43.12"), ("Description", "Posttraumatic stress disorder, chronic"),
             ("ICD-10-CM", "F10.21"), ("Description", "Alcohol dependence, in remission")], per_row=2)
    P(doc, "SECTION C. TREATMENT MODALITIES (check all that apply)", bold=True)
    T(doc, [["☒ Individual psychotherapy", "☐ Group psychotherapy", "☐ Family therapy"],
            ["☒ Medication management", "☐ Peer support", "☐ Case management referral"]], header=False)
    P(doc, "SECTION D. GOALS AND OBJECTIVES", bold=True)
    T(doc, [["Goal", "Objective", "Method / Intervention", "Target date"],
            ["1. Walter will have fewer trauma symptoms that disrupt his day.",
             "1a. PCL-5 total will decrease from 58 to below 33.",
             "Prolonged exposure therapy; psychoeducation", us("2026-01-27", "dash")],
            ["", "1b. Walter will report nightmares on no more than 2 nights per week (sleep log).",
             "Imagery rehearsal therapy", us("2026-01-27", "dash")],
            ["2. Walter will keep his sobriety while in trauma treatment.",
             "2a. Walter will attend at least 2 AA meetings per week, verified by his sponsor sheet.",
             "Relapse prevention; coordination with sponsor", us("2026-01-27", "dash")]])
    P(doc, "SECTION E. SERVICES", bold=True)
    T(doc, [["Service", "Code", "Session length", "Frequency"],
            ["Individual psychotherapy", "90837", "60 min", "1x per week"],
            ["Medication management (psychiatry)", "99213", "15–20 min", "monthly"]])
    P(doc, "Expected duration of treatment: 6 months from plan date.")
    P(doc, "SECTION F. SIGNATURES", bold=True)
    T(doc, [["Consumer", "Walter J. Prendergast", us(plan, "dash")],
            ["Therapist", "Corinne Fahey, LPC", us(plan, "dash")],
            ["Psychiatrist (approves plan incl. psychotherapy)", "Samuel Ordway, MD", us(md_sign, "dash")]],
      header=False)
    P(doc, "Reason for delay (if plan completed more than 30 days after intake): ____________________", size=9)
    finalize(doc, name)
    label(name, MED, [PA], as_of, [["plan-late"]],
          f"Gap: plan completed {days(intake, plan)} days after intake (Pennsylvania allows 30); the delay "
          "reason line is blank. County carbon-copy form with lettered sections, checkbox grid and "
          "month-day-year dates with dashes.")


def q04():
    name = "q04_progress-report-plus-plan.docx"
    prev, plan, as_of = "2025-06-02", "2025-12-01", "2026-01-10"
    doc = new_doc("Calibri", 10)
    header_lines(doc, ["Northfield Psychological Services, PC", "Patient: Beverly A. Strand · DOB 11/30/1949 · "
                       "MBI 3WJ8KV2NC60"], size=8)
    footer_text(doc, "Northfield Psychological Services — Progress Report & Plan Update")
    P(doc, "Semi-Annual Progress Report and Treatment Plan", bold=True, size=14)
    KV(doc, [("Patient", "Beverly A. Strand"), ("Date of birth", "11/30/1949"), ("MBI", "3WJ8KV2NC60"),
             ("Report / plan date", us(plan)), ("Previous plan dated", us(prev)),
             ("Clinician", "Harold Wexley, PhD, licensed psychologist")], per_row=3)
    P(doc)
    H(doc, "Part I — Progress since the previous plan", 2)
    T(doc, [["Previous objective", "Status", "Comment"],
            ["Reduce BDI-II from 29 to below 20", "Partially met", "BDI-II 22 on 11/24/2025"],
            ["Leave the house for a social activity 2x/week", "Met", "Attends senior center Tues/Thurs"],
            ["Complete grief letter to late husband", "Met", "Read in session 09/2025"]], size=9)
    P(doc, "Summary: Beverly has made steady gains; mood remains low in the evenings and she continues to "
           "isolate on weekends. Continued psychotherapy is medically necessary.")
    H(doc, "Part II — Treatment plan for the next period", 2)
    P(doc, "Diagnosis: F33 – Major depressive disorder, recurrent")
    P(doc, "Goal 1. Beverly will have a steadier mood in the evenings and on weekends.", bold=True)
    P(doc, "Objective 1a. BDI-II will fall from 22 to 13 or lower by 03/31/2026.")
    P(doc, "Objective 1b. Beverly will schedule and complete at least one weekend activity with another person "
           "on 3 of 4 weekends each month by 03/31/2026.")
    P(doc, "Goal 2. Beverly will keep her improved sleep routine.", bold=True)
    P(doc, "Objective 2a. Beverly will get out of bed by 9:00 a.m. on at least 6 of 7 days (sleep log) by 02/28/2026.")
    P(doc, "Treatment: Individual psychotherapy (CPT 90834), 45 minutes, every week; interpersonal therapy "
           "focus on role transition; behavioral activation.")
    P(doc, "Plan period / duration: 6 months (12/01/2025 through 05/31/2026).")
    P(doc, "Next review: 05/2026.")
    P(doc)
    P(doc, "Harold Wexley, PhD    Licensed Psychologist PA-PS-009911")
    P(doc, "Signed " + us(plan, "long"))
    finalize(doc, name)
    label(name, MED, [], as_of, [["diagnosis-code-not-billable"]],
          "Gap: the diagnosis is written as the category F33 (not billable; F33.1 etc. needed). "
          "Hybrid layout: Part I progress table of last period's objectives, Part II new plan in paragraphs.")


def q05():
    name = "q05_psychologist-narrative.docx"
    plan, as_of = "2026-02-02", "2026-03-01"
    doc = new_doc("Cambria", 11)
    P(doc, "MIRIAM OSEI-BONSU, PsyD", bold=True, size=14, align="c")
    P(doc, "Licensed Psychologist · Trauma and Anxiety Practice · NPI " + npi("149731850"), size=9, align="c")
    P(doc, "_" * 80, align="c")
    P(doc, "February 2, 2026")
    P(doc, "TREATMENT PLAN", bold=True)
    P(doc, "RE: Curtis L. Amundsen    DOB: 07/19/1952    Medicare (MBI): 9AC1VD5HR38")
    P(doc, "Mr. Amundsen is a 73-year-old Vietnam-era veteran referred by his primary care physician for "
           "intrusive memories, nightmares and avoidance that intensified after a house fire in October 2025. "
           "A diagnostic evaluation (90791) was completed on 01/26/2026; PCL-5 was 52 and PHQ-9 was 11.")
    P(doc, "Diagnosis. Posttraumatic stress disorder, chronic — ICD-10-CM F43.12.")
    P(doc, "Goals. Over the course of treatment Mr. Amundsen will be able to sleep through most nights and "
           "return to the activities he has avoided since the fire (driving past the old house, grocery shopping "
           "in the evening). Specifically:")
    for t in ["(1) PCL-5 will decrease from 52 to below 33 by April 27, 2026.",
              "(2) Nightmares will decrease from about 5 per week to 1 or fewer per week by April 27, 2026, as "
              "recorded in his sleep diary.",
              "(3) He will complete 8 of the 10 items on his in-vivo avoidance hierarchy by April 27, 2026."]:
        P(doc, t).paragraph_format.left_indent = Inches(0.4)
    P(doc, "Treatment. Cognitive Processing Therapy, delivered as individual psychotherapy (CPT 90837), "
           "60-minute sessions once a week for 12 sessions, ending approximately April 27, 2026. Sleep "
           "hygiene and imagery rehearsal will be added as needed within sessions.")
    P(doc, "Coordination. Progress will be shared with his PCP, Dr. Lena Marsh, with his written consent "
           "(on file).")
    P(doc, "I have reviewed this plan with Mr. Amundsen, who agrees with it.")
    P(doc)
    P(doc, "/s/ Miriam Osei-Bonsu, PsyD, Licensed Psychologist      02/02/2026")
    finalize(doc, name, author="M. Osei-Bonsu")
    label(name, MED, [], as_of, [], "Clean. Letter-style narrative plan on letterhead; diagnosis in a "
          "sentence; numbered objectives as indented paragraphs; services and duration in prose; /s/ signature "
          "with credential and date.")


def q06():
    name = "q06_esign-stamp-no-credential.docx"
    plan, as_of = "2026-01-14", "2026-02-10"
    doc = new_doc("Segoe UI", 9.5)
    header_lines(doc, ["BrightPath BH  ·  Treatment Plan (Signed)  ·  Client: Ferreira, Joaquim  ·  "
                       "DOB 1959-08-02  ·  Ins ID 6FP9GN3RW57"], size=7.5)
    footer_text(doc, "Generated by BrightPath Notes v8.4 — do not alter")
    P(doc, "Treatment Plan", bold=True, size=15, color="1F4E79")
    for k, v in [("Client", "Joaquim Ferreira"), ("Date of Birth", "1959-08-02"), ("Payer", "Medicare Part B"),
                 ("Member ID", "6FP9GN3RW57"), ("Plan Date", "2026-01-14"), ("Clinician", "Jordan Pike"),
                 ("Location", "BrightPath Behavioral Health — Eastgate office")]:
        LV(doc, k, v)
    P(doc, "Diagnoses", bold=True, size=11, color="1F4E79")
    P(doc, "1) F32.1  Major depressive disorder, single episode, moderate  [Primary]")
    P(doc, "Problem: Depressed mood after retirement and loss of routine", bold=True, size=11, color="1F4E79")
    P(doc, "Long-term goal: Joaquim will rebuild a daily routine and enjoy his days again.")
    T(doc, [["Short-term objective", "Measure", "Target"],
            ["Joaquim will reduce his PHQ-9 score from 17 to 9 or less.", "PHQ-9 monthly", "04/15/2026"],
            ["Joaquim will follow a written daily schedule on at least 5 of 7 days.", "Schedule log",
             "01/31/2025"],
            ["Joaquim will contact a friend or family member by phone or in person 3 times a week.",
             "Self-report", "03/15/2026"]], size=9, fill="DEEAF6")
    P(doc, "Interventions", bold=True, size=11, color="1F4E79")
    P(doc, "• Behavioral activation and activity scheduling\n• Cognitive restructuring of retirement-related "
           "beliefs\n• Problem-solving therapy")
    P(doc, "Services: Psychotherapy, 45 min (90834) — weekly. Estimated duration: 20 weeks.")
    P(doc)
    P(doc, "Electronically signed by Jordan Pike on 1/14/2026 3:12 PM", italic=True, size=9)
    P(doc, "Client signature on file — Joaquim Ferreira, 1/14/2026", italic=True, size=9)
    finalize(doc, name)
    label(name, MED, [], as_of, [["credential-missing"], ["date-inconsistent"]],
          "Gaps: the clinician's e-signature stamp (and the clinician field) carries no credential; the second "
          "objective's target date is 01/31/2025, a year-typo before the plan date 2026-01-14. EHR 'signed' "
          "export with ISO dates and a one-line header banner.")


def q07():
    name = "q07_tracked-changes-unsigned-client.docx"
    intake, plan, md_sign, as_of = "2026-02-03", "2026-02-24", "2026-02-26", "2026-03-15"
    assert days(intake, plan) <= PA_PLAN_DAYS
    doc = new_doc("Calibri", 10.5)
    header_lines(doc, ["Cedar Hollow Counseling Center — Outpatient Psychiatric Clinic", "DRAFT REVIEWED"], size=8)
    P(doc, "Comprehensive Treatment Plan", bold=True, size=14)
    t = KV(doc, [("Individual", "Renata M. Szabo"), ("DOB", "04/09/1957"), ("Medicare ID (MBI)", "8NE4HT7QA12"),
                 ("Admission", us(intake)), ("Plan date", us(plan)), ("Clinician", "Paulette Greer, LCSW")])
    P(doc)
    p = P(doc, "Diagnosis: ")
    r = p.add_run("F41.1 Generalized anxiety disorder; F17.210 Nicotine dependence, cigarettes, uncomplicated")
    doc.add_comment([r], text="Confirm F17.210 with PCP records.", author="Paulette Greer", initials="PG")
    P(doc, "Goal 1 — Renata will reduce anxiety enough to resume driving to appointments alone.", bold=True)
    P(doc, "Objective 1.1: GAD-7 will drop from 16 to 8 or below by 05/26/2026.")
    p = P(doc, "Objective 1.2: Renata will drive alone to at least ")
    tracked(p, "del", "1 appointment")
    tracked(p, "ins", "2 appointments")
    p.add_run(" per week by 05/26/2026.")
    P(doc, "Goal 2 — Renata will cut down smoking to protect her breathing.", bold=True)
    P(doc, "Objective 2.1: Renata will smoke no more than 5 cigarettes per day (self-report log) by 04/30/2026.")
    P(doc, "Interventions: CBT for anxiety with graded exposure to driving; motivational interviewing for "
           "tobacco use; referral to the PA Free Quitline.")
    p = P(doc, "Services: Individual psychotherapy (90834), 45 minutes, ")
    tracked(p, "del", "every other week")
    r = p.add_run("")
    tracked(p, "ins", "weekly")
    p.add_run(".")
    c_run = p.runs[0]
    doc.add_comment([c_run], text="Changed to weekly after intake review.", author="K. Albright", initials="KA")
    P(doc, "Expected duration of treatment: 24 weeks.")
    P(doc)
    P(doc, "Signatures", bold=True)
    P(doc, "Client/Guardian Signature: ______________________________   Date: ____________")
    P(doc, "Clinician: Paulette Greer, LCSW   /s/ P. Greer   Date: " + us(plan))
    P(doc, "Psychiatric review and approval: Dmitri Kalnins, DO   /s/ D. Kalnins   Date: " + us(md_sign))
    finalize(doc, name)
    label(name, MED, [PA], as_of, [["signature-missing"]],
          "Gap: the client signature line is blank (Pennsylvania requires the individual's dated signature). "
          "Contains tracked deletions/insertions in an objective and the service frequency (accepted text: "
          "'2 appointments', 'weekly') and two Word comments.")


def q08():
    name = "q08_group-practice-no-session-length.docx"
    plan, as_of = "2025-10-06", "2025-11-03"
    doc = new_doc("Calibri", 10)
    P(doc, "Maple & Stone Group Practice", bold=True, size=12)
    P(doc, "Behavioral Health Treatment Plan", size=12)
    T(doc, [["Pt", "Eugene T. Marlowe", "DOB", "03/03/1956"],
            ["Medicare #", "1TY7RE2CW49", "Date", us(plan, "mdy")],
            ["Therapist", "Felicia Nwosu, LMFT", "Referral", "Dr. G. Patel (PCP)"]], header=False)
    P(doc)
    T(doc, [["Section", "Content"],
            ["Diagnosis", "F43.23 Adjustment disorder with mixed anxiety and depressed mood"],
            ["Presenting problem", "Stress, low mood and conflict with adult son since moving into son's home after "
                                   "a stroke (06/2025)."],
            ["Goal 1", "Pt will adjust to his new living situation with less distress."],
            ["Objectives", "a) Reduce PHQ-9 from 14 to below 8 by 01/05/2026.\n"
                           "b) Have no more than 1 argument per week with son (both report) by 12/15/2025."],
            ["Goal 2", "Pt will rebuild independence in daily tasks."],
            ["Objectives", "a) Pt will take the bus alone to the senior center 2 times per week by 12/31/2025."],
            ["Interventions", "Supportive and cognitive behavioral psychotherapy; problem-solving; family sessions "
                              "to improve communication."],
            ["Services", "Individual psychotherapy — weekly\nFamily psychotherapy with patient present — twice monthly"],
            ["Duration", "6 months"],
            ["Signature", "Felicia Nwosu, LMFT — signed " + us(plan, "mdy")]], widths=[1.5, 5.4])
    finalize(doc, name)
    label(name, MED, [], as_of, [["amount-missing"]],
          "Gap: neither service states a session length (no minutes, no units, no time-based CPT code). Two-column "
          "section/content table layout with 'Pt' and 'Medicare #' labels.")


def q09():
    name = "q09_outdated-ocd-plan.docx"
    plan, as_of = "2024-11-04", "2026-01-20"
    assert days(plan, as_of) > MEDICARE_PLAN_AGE  # 442 days
    doc = new_doc("Times New Roman", 11)
    P(doc, "OAKMONT BEHAVIORAL CLINIC", bold=True, align="c")
    P(doc, "Master Treatment Plan", align="c", size=12)
    T(doc, [["Name:", "Ingrid P. Castellano", "Birth date:", "12/12/1960"],
            ["MBI:", "4UB2NK8DM63", "Plan date:", us(plan)],
            ["Clinician:", "Reginald Few, LICSW", "Review due:", us("2025-05-04")]], header=False, style=None)
    P(doc, "Diagnosis: F42.2 Mixed obsessional thoughts and acts")
    T(doc, [["Problem", "Goal", "Objective", "Target", "Intervention"],
            ["Checking rituals take 3+ hours daily", "Spend less time on rituals",
             "Y-BOCS from 27 to 15 or lower", "05/04/2025", "Exposure and response prevention (ERP)"],
            ["", "", "Reduce checking time to under 1 hour per day (self-monitoring form)", "05/04/2025", "ERP homework"],
            ["Avoids leaving home", "Return to community activities",
             "Leave home for errands at least 4 times per week", "03/31/2025", "In-vivo exposure"]])
    P(doc, "Services: Individual psychotherapy (90837), 60 minutes, weekly. Duration: 9 months.")
    P(doc, "Clinician signature: Reginald Few, LICSW        Date: " + us(plan))
    P(doc, "Client signature: Ingrid P. Castellano           Date: " + us(plan))
    finalize(doc, name)
    label(name, MED, [], as_of, [["plan-outdated"]],
          f"Gap: plan dated {plan} is {days(plan, as_of)} days old on the as-of date and no completed review is "
          "recorded (the 'review due' date 05/04/2025 is only scheduled). Borderless header table, five-column "
          "problem/goal/objective grid.")


def q10():
    name = "q10_nested-tables-18-months.docx"
    plan, as_of = "2026-01-08", "2026-02-01"
    doc = new_doc("Calibri", 10)
    P(doc, "Lakeshore DBT Center — Individual Treatment Plan", bold=True, size=13)
    outer = doc.add_table(rows=3, cols=2)
    outer.style = "Table Grid"
    set_cell(outer.cell(0, 0), "CLIENT", bold=True)
    inner = outer.cell(0, 1).add_table(rows=3, cols=2)
    inner.style = "Table Grid"
    for i, (k, v) in enumerate([("Name", "Simone D. Achterberg"), ("DOB", "10/21/1963"),
                                ("Medicare Beneficiary Identifier", "2RC5MW9FJ84")]):
        set_cell(inner.cell(i, 0), k, bold=True, size=9)
        set_cell(inner.cell(i, 1), v, size=9)
    set_cell(outer.cell(1, 0), "PLAN", bold=True)
    inner2 = outer.cell(1, 1).add_table(rows=3, cols=2)
    inner2.style = "Table Grid"
    for i, (k, v) in enumerate([("Date of plan", us(plan)), ("Therapist", "Noor Haddad, LCSW"),
                                ("Estimated length of treatment", "18 months (standard DBT program)")]):
        set_cell(inner2.cell(i, 0), k, bold=True, size=9)
        set_cell(inner2.cell(i, 1), v, size=9)
    set_cell(outer.cell(2, 0), "DIAGNOSIS", bold=True)
    set_cell(outer.cell(2, 1), "F60.3 Borderline personality disorder\nF33.1 Major depressive disorder, recurrent, moderate")
    P(doc)
    P(doc, "TARGET HIERARCHY AND GOALS", bold=True)
    goals = doc.add_table(rows=3, cols=2)
    goals.style = "Table Grid"
    set_cell(goals.cell(0, 0), "Goal", bold=True)
    set_cell(goals.cell(0, 1), "Objectives", bold=True)
    for i, (g, objs) in enumerate([
        ("1. Simone will stop self-harm and manage urges with skills.",
         [("Zero self-harm acts for 12 consecutive weeks (diary card)", "06/30/2026"),
          ("Use at least 2 distress-tolerance skills when urges are 3/5 or higher, on 80% of diary-card days",
           "04/30/2026")]),
        ("2. Simone will have steadier relationships.",
         [("No more than 1 crisis call to her sister per week", "05/31/2026")])], 1):
        set_cell(goals.cell(i, 0), g)
        c = goals.cell(i, 1)
        c.text = ""
        sub = c.add_table(rows=len(objs) + 1, cols=2)
        sub.style = "Table Grid"
        set_cell(sub.cell(0, 0), "Objective", bold=True, size=9)
        set_cell(sub.cell(0, 1), "By", bold=True, size=9)
        for j, (o, d) in enumerate(objs, 1):
            set_cell(sub.cell(j, 0), o, size=9)
            set_cell(sub.cell(j, 1), d, size=9)
    P(doc)
    P(doc, "MODES OF TREATMENT", bold=True)
    T(doc, [["Mode", "CPT", "Length", "How often"],
            ["Individual DBT therapy", "90837", "60 min", "weekly"],
            ["DBT skills training group", "90853", "90 min", "weekly"]], size=9)
    P(doc, "Phone coaching between sessions as needed (not billed).", size=9, italic=True)
    P(doc)
    P(doc, "Therapist: /s/ Noor Haddad, LCSW — " + us(plan))
    P(doc, "Client: /s/ Simone D. Achterberg — " + us(plan))
    finalize(doc, name)
    label(name, MED, [], as_of, [["duration-exceeds-limit"]],
          "Gap: estimated length of treatment 18 months, but Medicare (NGS) requires a duration under one year. "
          "Client, plan and goal sections are tables nested inside outer table cells.")


def q11():
    name = "q11_plan-with-addendum.docx"
    plan, upd, as_of = "2025-06-16", "2025-12-15", "2026-01-20"
    assert days(upd, as_of) <= MEDICARE_PLAN_AGE and days(plan, as_of) <= MEDICARE_PLAN_AGE
    doc = new_doc("Calibri", 10.5)
    header_lines(doc, ["Willowbrook Senior Behavioral Health", "Consumer: Harriet O. Lindqvist | MBI 6WQ3JD8PE27"], size=8)
    footer_text(doc, "WBH-TP 2024")
    P(doc, "Treatment Plan", bold=True, size=14)
    LV(doc, "Consumer", "Harriet O. Lindqvist")
    LV(doc, "Date of birth", "January 8, 1948")
    LV(doc, "MBI", "6WQ3JD8PE27")
    LV(doc, "Date plan established", us(plan, "long"))
    LV(doc, "Therapist", "Colette Marchetti, LCSW")
    P(doc, "Diagnostic impression: Major depressive disorder, recurrent, moderate (F33.1), following the death "
           "of her spouse in 2024; no psychotic features.")
    P(doc, "Goal: Harriet will feel less hopeless and take part in life at her residence.", bold=True)
    T(doc, [["#", "Objective", "Target date"],
            ["1", "GDS-15 score will decrease from 11 to 5 or lower.", us("2025-12-15")],
            ["2", "Harriet will attend at least 2 group activities at her residence each week.", us("2025-10-15")]])
    P(doc, "Type/amount/frequency: Individual psychotherapy (90834), 45-minute sessions, weekly.")
    P(doc, "Duration: 6 months (through 12/15/2025).")
    P(doc, "Colette Marchetti, LCSW   signed " + us(plan) + "     Harriet O. Lindqvist   signed " + us(plan))
    P(doc)
    P(doc, "ADDENDUM — 6-MONTH REVIEW AND UPDATE", bold=True, size=12)
    LV(doc, "Review date", us(upd, "long"))
    P(doc, "Progress: GDS-15 now 7 (objective 1 partially met); attends 3 activities weekly (objective 2 met). "
           "Treatment continues with the updated objective below.")
    T(doc, [["#", "Updated objective", "Target date"],
            ["1 (revised)", "GDS-15 score will decrease from 7 to 4 or lower.", us("2026-06-15")],
            ["3 (new)", "Harriet will call her daughter at least 2 times per week.", us("2026-04-15")]])
    P(doc, "Services unchanged: 90834, 45 minutes, weekly. Plan continued for 6 months, through 06/15/2026.")
    P(doc, "Review completed and signed: Colette Marchetti, LCSW — " + us(upd) + "; Harriet O. Lindqvist — " + us(upd))
    finalize(doc, name)
    label(name, MED, [], as_of, [], "Clean. Plan established 2025-06-16 with a completed 6-month review "
          "addendum (2025-12-15) that revises objectives and continues the plan to 06/15/2026. Diagnosis "
          "placed in a sentence ('... moderate (F33.1)').")


def q12():
    name = "q12_content-controls-bipolar.docx"
    intake, plan, np_sign, as_of = "2025-12-01", "2025-12-22", "2025-12-29", "2026-01-15"
    assert days(intake, plan) <= PA_PLAN_DAYS
    doc = new_doc("Calibri", 10.5)
    header_lines(doc, ["Keystone Valley Counseling — Outpatient Psychiatric Clinic (PA License #04-2231)"], size=8)
    P(doc, "Individualized Treatment Plan", bold=True, size=14)
    for lab, tag, val in [("Client name", "ClientName", "Desmond K. Arbuckle"),
                          ("Date of birth", "DOB", "06/30/1966"),
                          ("Medicare MBI", "MBI", "3PX8CA1VN72"),
                          ("Intake date", "IntakeDate", us(intake)),
                          ("Treatment plan date", "PlanDate", us(plan)),
                          ("Primary diagnosis", "Dx1", "F31.81 Bipolar II disorder"),
                          ("Secondary diagnosis", "Dx2", "F41.1 Generalized anxiety disorder")]:
        p = P(doc)
        runs(p, (lab + ": ", True))
        sdt_inline(p, tag, val)
    P(doc, "Goals and Objectives", bold=True, size=12)
    sdt_block(doc, "Goal1", [
        "Goal 1: Desmond will keep his mood stable enough to keep working part time.",
        "Objective 1A: Desmond will have no more than 1 day per month rated 8 or higher on his mood chart "
        "(0-10 scale) by 03/31/2026.",
        "Objective 1B: Desmond will keep a regular sleep schedule, in bed by 11:30 p.m. on 6 of 7 nights, by 02/28/2026.",
    ])
    sdt_block(doc, "Goal2", [
        "Goal 2: Desmond will worry less about losing his job.",
        "Objective 2A: GAD-7 will decrease from 14 to 7 or less by 03/31/2026.",
    ])
    P(doc, "Modalities and Services", bold=True, size=12)
    T(doc, [["Modality", "Code", "Session", "Frequency", "Staff"],
            ["Individual psychotherapy (IPSRT)", "90834", "45 minutes", "weekly", "Tamsin Coyle, LPC"],
            ["Group psychotherapy (mood skills)", "90853", "60 minutes", "weekly", "Tamsin Coyle, LPC"],
            ["Medication management", "99213", "20 minutes", "monthly", "Ruth Abernathy, CRNP"]])
    p = P(doc)
    runs(p, ("Expected duration of treatment: ", True))
    sdt_inline(p, "Duration", "6 months")
    P(doc, "Signatures", bold=True, size=12)
    T(doc, [["", "Name / credentials", "Date"],
            ["Individual", "Desmond K. Arbuckle", us(plan)],
            ["Mental health professional", "Tamsin Coyle, LPC", us(plan)],
            ["Psychiatric approval (advanced practice professional)", "Ruth Abernathy, CRNP, PMHNP-BC", us(np_sign)]])
    finalize(doc, name)
    label(name, MED, [PA], as_of, [], "Clean. Field values (client, dates, diagnoses, duration) sit inside "
          "Word content controls, and goals/objectives inside block content controls; plan approved by a "
          "psychiatric nurse practitioner (CRNP, PMHNP-BC), an advanced practice professional under 5200.31.")


# =============================================================================================
# ABA (commercial-aba)
# =============================================================================================
ABA = "commercial-aba"


def aba_checks(plan, assess, review, period=None, max_review=ABA_REVIEW_DAYS):
    assert days(assess, plan) <= ABA_ASSESS_DAYS, (plan, assess)
    assert 0 < days(plan, review) <= max_review, (plan, review)
    if period:
        s, e = D(period[0]), D(period[1])
        six = date(s.year + (s.month + 6 - 1) // 12, (s.month + 6 - 1) % 12 + 1, s.day)
        assert e <= six, period


def q13():
    name = "q13_aba-clinic-target-tables.docx"
    plan, assess, review, as_of = "2026-01-12", "2025-12-15", "2026-07-06", "2026-02-01"
    period = ("2026-01-19", "2026-07-18")
    aba_checks(plan, assess, review, period)
    doc = new_doc("Calibri", 10, landscape=True, margins=0.6)
    header_table(doc, [["Bright Steps Autism Center", "Learner: Theo M. Villanueva", "DOB: 04/02/2021",
                        "Member ID: BCX448201937", "Plan date: " + us(plan)]])
    footer_text(doc, "Bright Steps ABA — Treatment Plan — Confidential")
    P(doc, "APPLIED BEHAVIOR ANALYSIS TREATMENT PLAN — INITIAL AUTHORIZATION", bold=True, size=13, align="c")
    KV(doc, [("Learner", "Theo M. Villanueva"), ("Date of birth", "04/02/2021"), ("Age", "4 y 9 m"),
             ("Health plan", "Cardinal Health Partners PPO"), ("Member ID", "BCX448201937"), ("Group #", "77120"),
             ("Parent/guardian", "Elena Villanueva (mother)"), ("Setting", "Center and home"),
             ("Authorization period requested", us(period[0]) + " – " + us(period[1])),
             ("Plan date", us(plan)), ("Next plan review", us(review)),
             ("Supervising BCBA", "Priya Raman, M.Ed., BCBA (NPI " + npi("171052238") + ")")], per_row=3, size=9)
    P(doc)
    P(doc, "DIAGNOSIS", bold=True)
    T(doc, [["ICD-10-CM", "Description", "Diagnosed by", "Date of diagnosis"],
            ["F84.0", "Autistic disorder (autism spectrum disorder, level 2)", "Helena Park, PhD, Licensed Psychologist",
             "03/22/2024"]], size=9)
    P(doc, "ASSESSMENTS", bold=True)
    T(doc, [["Instrument", "Date", "Result"],
            ["VB-MAPP Milestones", us(assess), "Level 1 complete; 31/170 total milestones; Barriers score 38"],
            ["Vineland-3 (parent form)", "12/18/2025", "Adaptive Behavior Composite 61"],
            ["Functional behavior assessment (interview + ABC observation)", "12/16/2025",
             "Tantrums maintained by escape from demands and access to tangibles"]], size=9)
    P(doc)
    P(doc, "SKILL ACQUISITION TARGETS", bold=True)
    T(doc, [["Domain", "Target", "Baseline", "Mastery criterion", "Start", "Target date"],
            ["Communication (mand)", "Theo will mand for preferred items using 2-word phrases without prompts.",
             "0 independent 2-word mands per 30-min probe", "10 independent 2-word mands per 30-min session across 3 consecutive sessions",
             us(period[0]), "06/30/2026"],
            ["Listener", "Theo will follow 1-step instructions given by an adult.",
             "20% of opportunities", "80% of opportunities across 3 consecutive sessions", us(period[0]), "05/31/2026"],
            ["Social", "Theo will take turns in a structured game with a peer.",
             "1 turn exchange with full physical prompt", "5 turn exchanges independently on 4 of 5 sessions",
             us(period[0]), "06/30/2026"],
            ["Daily living", "Theo will wash hands following a 6-step visual task analysis.",
             "2 of 6 steps independent", "6 of 6 steps independent across 5 consecutive days", us(period[0]), "04/30/2026"]],
      size=8.5)
    P(doc)
    P(doc, "BEHAVIOR REDUCTION TARGETS", bold=True)
    T(doc, [["Behavior", "Operational definition", "Baseline", "Goal / mastery", "Target date"],
            ["Tantrum", "Crying, screaming and/or dropping to the floor for 10 s or longer",
             "avg. 9 per day (5-day ABC data)", "2 or fewer per day for 4 consecutive weeks", "07/10/2026"],
            ["Elopement", "Moving more than 3 ft away from the adult without permission",
             "avg. 4 per session", "0 per session for 10 consecutive sessions", "06/30/2026"]], size=8.5)
    P(doc)
    P(doc, "PARENT / CAREGIVER TRAINING GOALS", bold=True)
    T(doc, [["Goal", "Baseline", "Mastery criterion", "Target date"],
            ["Elena will implement the first-then visual schedule during morning routines with fidelity.",
             "40% fidelity (checklist)", "90% fidelity across 3 consecutive observations", "04/30/2026"],
            ["Elena will use planned ignoring plus redirection for tantrums at home.",
             "25% fidelity", "85% fidelity across 3 consecutive observations", "06/30/2026"]], size=8.5)
    P(doc)
    P(doc, "SERVICES REQUESTED", bold=True)
    T(doc, [["CPT", "Service", "Hours per week", "Units per week", "Location"],
            ["97153", "Adaptive behavior treatment by protocol (RBT)", "25", "100", "Center/home"],
            ["97155", "Protocol modification by BCBA", "4", "16", "Center/home"],
            ["97156", "Family adaptive behavior treatment guidance", "2", "8", "Home/telehealth"]], size=9)
    P(doc, "Crisis plan, consent to treat and coordination-of-care release are on file.", italic=True, size=8.5)
    P(doc)
    sig_table(doc, [["Supervising BCBA", "Priya Raman", "M.Ed., BCBA", "Priya Raman (e-sign)", us(plan)],
                    ["Parent/Guardian", "Elena Villanueva", "—", "E. Villanueva", us(plan)]])
    finalize(doc, name)
    label(name, ABA, [], as_of, [], "Clean. Landscape ABA plan with header client banner, skill-acquisition, "
          "behavior-reduction and parent-training target tables (baseline/mastery/target-date columns), "
          "assessment table and services by CPT with hours per week.")


def q14():
    name = "q14_aba-no-caregiver-goal.docx"
    plan, assess, review, as_of = "2026-02-04", "2026-01-20", "2026-07-27", "2026-02-20"
    period = ("2026-02-09", "2026-08-08")
    aba_checks(plan, assess, review, period)
    doc = new_doc("Arial", 10)
    P(doc, "Lighthouse Behavioral Solutions", bold=True, size=12, color="2E75B6")
    P(doc, "Individualized ABA Treatment Plan", size=12)
    for k, v in [("Client", "Noah J. Pemberton"), ("DOB", "09/15/2019"), ("Subscriber/Member ID", "UHX20384411-01"),
                 ("Payer", "Summit Mutual Health"), ("Date of plan", us(plan)),
                 ("Requested authorization", us(period[0]) + " to " + us(period[1]) + " (6 months)"),
                 ("Plan review", us(review)), ("Caregivers", "Amanda and Kyle Pemberton (parents)")]:
        LV(doc, k, v)
    P(doc, "Diagnosis: F84.0 Autistic disorder — diagnosed 06/11/2023 by Marcus Trell, MD (developmental pediatrics).")
    P(doc, "Standardized assessment: ABLLS-R updated 01/20/2026 (see summary grid attached); Vineland-3 ABC 70 (01/22/2026).")
    H(doc, "Goals by domain", 2)
    for dom, goals in [
        ("Communication", [("Noah will request a break using the phrase 'break please' instead of hitting.",
                            "Baseline: 0 of 10 opportunities", "Mastery: 8 of 10 opportunities across 3 sessions",
                            "Target date: 06/30/2026")]),
        ("Social skills", [("Noah will respond to his name by orienting within 3 seconds.",
                            "Baseline: 30% of trials", "Mastery: 90% of trials across 3 consecutive sessions",
                            "Target date: 05/29/2026"),
                           ("Noah will initiate a greeting to a peer at arrival.",
                            "Baseline: 0 of 5 days", "Mastery: 4 of 5 days for 2 consecutive weeks",
                            "Target date: 07/31/2026")]),
        ("Behavior reduction", [("Noah will reduce hitting others.",
                                 "Baseline: mean 12 per day", "Mastery: 1 or fewer per day for 3 consecutive weeks",
                                 "Target date: 07/31/2026")]),
    ]:
        P(doc, dom, bold=True, size=11)
        for stmt, b, m, t in goals:
            P(doc, stmt, style="List Number")
            P(doc, b + "   |   " + m + "   |   " + t, size=9).paragraph_format.left_indent = Inches(0.5)
    H(doc, "Requested services", 2)
    P(doc, "97153 Adaptive behavior treatment by protocol: 20 hours per week")
    P(doc, "97155 Adaptive behavior treatment with protocol modification (BCBA): 3 hours per week")
    P(doc, "97156 Family adaptive behavior treatment guidance: 1 hour per week")
    P(doc, "Parents will receive a copy of this plan and monthly progress graphs.", italic=True)
    P(doc)
    P(doc, "BCBA: Celeste Amari, MS, BCBA — digitally signed " + us(plan))
    P(doc, "Parent/Guardian: Amanda Pemberton — signed " + us(plan))
    finalize(doc, name)
    label(name, ABA, [], as_of, [["caregiver-goal-missing"]],
          "Gap: no goal involves parent/caregiver training, although 97156 hours are requested. Goals are "
          "numbered list paragraphs under domain headings with baseline | mastery | target-date lines beneath.")


def q15():
    name = "q15_aba-landscape-baseline-pending.docx"
    plan, assess, review, as_of = "2025-11-10", "2025-10-28", "2026-05-04", "2025-12-01"
    period = ("2025-11-17", "2026-05-16")
    aba_checks(plan, assess, review, period)
    doc = new_doc("Calibri", 9.5, landscape=True, margins=0.5)
    header_lines(doc, ["Harbor Point ABA · Treatment Plan · Client: Aria S. Whitlock · DOB 02/28/2020 · "
                       "Medicaid MCO ID 8820041177"], size=7.5)
    footer_text(doc, "Printed from AbaCloud 11/10/2025")
    P(doc, "Treatment Plan — Behavior Analytic Services", bold=True, size=13)
    KV(doc, [("Client", "Aria S. Whitlock"), ("DOB", "02/28/2020"), ("ID #", "8820041177"),
             ("Plan date", us(plan)), ("Auth period", us(period[0]) + "–" + us(period[1])), ("Review", us(review)),
             ("Dx", "F84.0 Autistic disorder (Dx by Joanna Fairleigh, PsyD, 08/30/2023)"),
             ("Assessment", "VB-MAPP " + us(assess) + " (Milestones 54.5)"),
             ("Guardian", "Lena Whitlock")], per_row=3, size=8.5)
    P(doc)
    T(doc, [["#", "Target behavior", "Operational definition", "Baseline", "Objective", "Mastery criteria",
             "Procedure", "Target date"],
            ["B1", "Aggression (biting)", "Closing teeth on another person's skin",
             "3.2 per day (10-day data)", "Reduce biting", "0 per day for 20 consecutive days",
             "FCT, DRA, response block", "05/01/2026"],
            ["B2", "Elopement", "Leaving the assigned area by more than 5 ft without permission",
             "Data collection in progress", "Reduce elopement", "0 per session across 10 sessions",
             "NCR, high-p sequence", "05/01/2026"],
            ["S1", "Manding", "Vocal request for an item or activity", "4 per hour",
             "Increase independent mands", "20 per hour across 3 sessions", "Mand training (NET)", "04/15/2026"],
            ["S2", "Toileting", "Voids in toilet when taken on schedule", "1 of 6 opportunities",
             "Increase toilet voids", "5 of 6 opportunities for 5 consecutive days", "Scheduled sits", "03/31/2026"],
            ["P1", "Caregiver: FCT at home", "Lena prompts and reinforces 'help' mand",
             "30% steps correct", "Parent fidelity", "90% steps correct in 3 consecutive observations",
             "BST", "03/31/2026"]], size=8)
    P(doc)
    T(doc, [["Code", "Description", "Requested"],
            ["97153", "Direct therapy (RBT)", "15 hrs/week"],
            ["97155", "BCBA protocol modification", "3 hrs/week"],
            ["97156", "Caregiver training", "1.5 hrs/week"]], size=8.5)
    P(doc)
    P(doc, "Reviewed with guardian. Signatures:", bold=True)
    P(doc, "Dominic Yeboah, BCBA, LBA        " + us(plan) + "            Lena Whitlock (guardian)        " + us(plan))
    finalize(doc, name)
    label(name, ABA, [], as_of, [["baseline-missing"]],
          "Gap: target B2 (elopement) has no baseline ('Data collection in progress'). Landscape eight-column "
          "target grid mixing behavior, skill and caregiver (P1) rows; signatures on one line.")


def q16():
    name = "q16_aba-developmental-delay-primary.docx"
    plan, assess, review, as_of = "2026-03-02", "2026-02-10", "2026-08-24", "2026-03-20"
    period = ("2026-03-09", "2026-09-08")
    aba_checks(plan, assess, review, period)
    doc = new_doc("Verdana", 9.5)
    P(doc, "Tidewater Pediatric Behavior Services", bold=True, size=12)
    P(doc, "Initial ABA Treatment Plan", size=11)
    T(doc, [["Child", "Mateo R. Quiñones", "DOB", "05/06/2022"],
            ["Insurance", "Blue Harbor HMO", "ID", "BHH0092210554"],
            ["Plan date", us(plan), "Authorization", us(period[0]) + " - " + us(period[1])],
            ["Next reassessment/review", us(review), "Parent", "Isabel Quiñones"]], header=False)
    P(doc)
    P(doc, "Diagnoses", bold=True)
    P(doc, "Primary: F88 Other disorders of psychological development (global developmental delay), diagnosed "
           "01/15/2026 by Audra Kensington, MD, developmental-behavioral pediatrician.")
    P(doc, "Secondary: F80.2 Mixed receptive-expressive language disorder.")
    P(doc, "Comprehensive autism evaluation is scheduled for 05/2026; autism spectrum disorder is suspected but "
           "not yet diagnosed.")
    P(doc, "Assessment: VB-MAPP administered " + us(assess) + "; 22 milestones, Barriers 29. Vineland-3 ABC 66 (02/12/2026).")
    P(doc, "Goals", bold=True)
    T(doc, [["Goal", "Baseline", "Mastery", "Target date"],
            ["Mateo will imitate 10 gross-motor actions when modeled.", "2 of 10", "10 of 10 across 3 sessions", "06/30/2026"],
            ["Mateo will label 25 common objects.", "5 objects", "25 objects at 80% accuracy over 2 sessions", "08/31/2026"],
            ["Mateo will sit at the table for a 5-minute activity.", "45 seconds", "5 minutes on 4 of 5 days", "07/31/2026"],
            ["Parent will deliver reinforcement within 3 seconds of target responses.", "35% of opportunities",
             "85% across 3 observations", "05/31/2026"]])
    P(doc, "Services: 97153 — 12 hours/week; 97155 — 2 hours/week; 97156 — 1 hour/week.")
    P(doc)
    sig_table(doc, [["BCBA", "Hollis Marchand", "BCBA", "/s/ H. Marchand", us(plan)],
                    ["Parent", "Isabel Quiñones", "", "/s/ I. Quiñones", us(plan)]])
    finalize(doc, name)
    label(name, ABA, [], as_of, [["diagnosis-not-covered"]],
          "Gap: primary diagnosis is F88 (global developmental delay); autism is only suspected, so the ABA "
          "policy's F84.x requirement is not met. Compact grid header, diagnoses in sentences.")


def q17():
    name = "q17_aba-progress-reauthorization.docx"
    plan, assess, review, as_of = "2026-02-09", "2026-01-26", "2026-08-03", "2026-02-27"
    period = ("2026-02-16", "2026-08-15")
    aba_checks(plan, assess, review, period)
    doc = new_doc("Calibri", 10)
    header_lines(doc, ["Spectrum Bridges ABA  |  Progress Report & Treatment Plan (Reauthorization)",
                       "Client: Oliver B. Nakamura-Reyes  |  DOB 08/19/2018  |  Member #: AET-5521903318"], size=8)
    footer_text(doc, "SB-ABA form PR-2  ")
    P(doc, "Six-Month Progress Report and Updated Treatment Plan", bold=True, size=14)
    KV(doc, [("Client", "Oliver B. Nakamura-Reyes"), ("Date of birth", "08/19/2018"),
             ("Member number", "AET-5521903318"), ("Report / plan date", us(plan)),
             ("Previous authorization", "08/18/2025 – 02/15/2026"),
             ("Requested authorization", us(period[0]) + " – " + us(period[1])),
             ("Next progress review", us(review)), ("BCBA", "Rosalind Achebe, PhD, BCBA-D")], per_row=2)
    P(doc)
    P(doc, "Diagnosis: F84.0 Autistic disorder. Initial diagnosis 11/02/2021 by Gideon Farris, PhD (licensed "
           "psychologist), ADOS-2 Module 2.")
    H(doc, "1. Assessment results", 2)
    T(doc, [["Instrument", "Previous (07/2025)", "Current (" + us(assess) + ")"],
            ["VB-MAPP milestones", "88", "112"], ["VB-MAPP barriers", "41", "27"],
            ["Vineland-3 ABC", "64", "71 (01/28/2026)"]])
    H(doc, "2. Progress on previous goals", 2)
    T(doc, [["Previous goal", "Status"],
            ["Tact 50 items", "Mastered 11/2025"], ["Tolerate denied access", "Mastered 01/2026"],
            ["Intraverbal fill-ins (25)", "Continued — 18 of 25"]])
    H(doc, "3. Treatment plan — goals for the new authorization period", 2)
    goals = [
        ("Intraverbal", "Oliver will answer 25 'wh-' questions about familiar topics.", "18 of 25 (01/26/2026)",
         "25 of 25 at 90% across 3 sessions", "07/31/2026"),
        ("Social", "Oliver will join a cooperative game with 2 peers for 10 minutes.", "3 minutes with prompts",
         "10 minutes independently on 3 consecutive days", "07/31/2026"),
        ("Self-management", "Oliver will use a visual timer to transition between activities.",
         "40% of transitions without protest", "90% of transitions for 2 consecutive weeks", "06/30/2026"),
        ("Behavior", "Oliver will reduce screaming during transitions.", "6 per day (10-day average)",
         "1 or fewer per day for 4 consecutive weeks", "08/14/2026"),
        ("Caregiver", "Mr. and Ms. Nakamura-Reyes will run the token economy at home with fidelity.",
         "55% fidelity", "90% fidelity in 3 consecutive home observations", "05/31/2026"),
    ]
    for i, (dom, g, b, m, t) in enumerate(goals, 1):
        p = P(doc)
        runs(p, (f"Goal {i} ({dom}). ", True), g)
        P(doc, f"Current level/baseline: {b}. Mastery criteria: {m}. Target date: {t}.", size=9.5).paragraph_format.left_indent = Inches(0.3)
    H(doc, "4. Services requested", 2)
    T(doc, [["CPT code", "Description", "Weekly hours"],
            ["97153", "Adaptive behavior treatment by protocol", "18"],
            ["97155", "Protocol modification (BCBA)", "3"],
            ["97156", "Family guidance (parents)", "1"],
            ["97157", "Multiple-family group guidance", "1"]])
    P(doc)
    P(doc, "Signatures", bold=True)
    T(doc, [["Signer", "Signature", "Date"],
            ["Rosalind Achebe, PhD, BCBA-D (supervising behavior analyst)", "Electronically signed via Portal ID 88412",
             us(plan)],
            ["Kenji Nakamura-Reyes, parent/legal guardian", "Electronically signed via Portal ID 88419", "02/10/2026"]])
    finalize(doc, name)
    label(name, ABA, [], as_of, [], "Clean. Progress report plus reauthorization plan: previous vs current "
          "assessment table, progress table of mastered previous goals, then new goals as paragraphs with "
          "'Current level/baseline ... Mastery criteria ... Target date' sentences; signature table with "
          "portal e-signatures (parent signs the next day).")


def q18():
    name = "q18_aba-old-vbmapp.docx"
    plan, assess, review, as_of = "2026-01-05", "2024-10-21", "2026-06-29", "2026-01-25"
    period = ("2026-01-12", "2026-07-11")
    assert days(assess, plan) > ABA_ASSESS_DAYS  # 441
    assert days(plan, review) <= ABA_REVIEW_DAYS
    doc = new_doc("Calibri", 10)
    header_table(doc, [["Clearwater ABA Partners", "Learner: Zoe E. Marchetti-Lund", "DOB 12/01/2017",
                        "Policy/Member # 4492018837", "Printed 01/06/2026"]])
    footer_text(doc, "Clearwater ABA — Continuation Request")
    P(doc, "ABA Treatment Plan — Continuation of Services", bold=True, size=13)
    KV(doc, [("Learner", "Zoe E. Marchetti-Lund"), ("DOB", "12/01/2017"), ("Policy/Member #", "4492018837"),
             ("Plan date", us(plan)), ("Authorization requested", us(period[0]) + " through " + us(period[1])),
             ("Next review", us(review))], per_row=3)
    P(doc)
    P(doc, "Diagnosis: F84.0 Autistic disorder; diagnosed by Corwin Blaise, PhD, on 04/04/2021.")
    P(doc, "Assessment summary: VB-MAPP administered " + us(assess) + " (Milestones 121; Barriers 18). Direct "
           "observation and caregiver interview completed 12/2025 to update targets.")
    T(doc, [["Target", "Baseline (12/2025)", "Mastery criterion", "Target date"],
            ["Zoe will write a 3-sentence response to a reading prompt.", "1 sentence", "3 sentences on 4 of 5 probes", "05/29/2026"],
            ["Zoe will ask a peer a follow-up question in conversation.", "0 per 10-min probe",
             "2 per 10-min probe across 3 sessions", "06/30/2026"],
            ["Zoe will reduce property destruction (throwing/ripping materials).", "3 per week",
             "0 per week for 6 consecutive weeks", "07/10/2026"],
            ["Caregiver will implement the homework routine (visual checklist + token board).", "50% fidelity",
             "90% fidelity across 3 observations", "04/30/2026"]])
    P(doc)
    P(doc, "Requested: 97153 — 10 hours/week; 97155 — 2 hours/week; 97156 — 1 hour/week.")
    P(doc)
    P(doc, "Signed: Gwendolyn Tate, MA, BCBA  " + us(plan, "mdy"))
    P(doc, "Signed: Paolo Marchetti-Lund (father)  " + us(plan, "mdy"))
    finalize(doc, name)
    label(name, ABA, [], as_of, [["assessment-outdated"]],
          f"Gap: the only standardized assessment (VB-MAPP {assess}) is {days(assess, plan)} days older than the "
          "plan (limit 365); interview and observation do not count. Header banner table with print date.")


def q19():
    name = "q19_aba-review-too-far.docx"
    plan, assess, review, as_of = "2026-02-10", "2026-01-14", "2026-11-16", "2026-03-01"
    period = ("2026-02-16", "2026-08-15")
    assert days(plan, review) > ABA_REVIEW_DAYS  # 279
    doc = new_doc("Calibri", 10.5)
    P(doc, "Pinecrest Behavioral Health — ABA Program", bold=True, size=12)
    P(doc, "Treatment Plan", size=12)
    P(doc, "Identifying information", bold=True)
    for line in ["• Client: Liam P. O'Driscoll", "• Date of birth: 07/22/2020", "• Member ID: ZQH-31177420",
                 "• Plan written: " + us(plan, "long"), "• Authorization requested: 6 months (02/16/2026 – 08/15/2026)",
                 "• Next treatment plan review: " + us(review, "long"),
                 "• Diagnosis: F84.0 Autistic disorder — evaluation by Sunita Rao, PhD, 10/09/2024"]:
        P(doc, line, space_after=0)
    P(doc, "Assessment", bold=True)
    P(doc, "AFLS Basic Living Skills and VB-MAPP completed 01/14/2026. Vineland-3 ABC 68.")
    P(doc, "Goals", bold=True)
    for i, (g, b, m, d) in enumerate([
        ("Liam will dress himself (shirt, pants, shoes) with no more than 1 verbal prompt.", "full physical for 3 of 3 items",
         "1 verbal prompt or fewer for all 3 items on 5 consecutive days", "07/31/2026"),
        ("Liam will use 3-word sentences to request.", "1-word requests", "3-word requests in 80% of opportunities across 3 sessions", "07/31/2026"),
        ("Liam will reduce head-banging.", "5 per day", "0 per day for 4 consecutive weeks", "08/14/2026"),
        ("Parents will use the bedtime routine protocol.", "30% fidelity", "90% fidelity for 3 observations", "05/15/2026")], 1):
        P(doc, f"{i}. {g}")
        P(doc, f"    Baseline: {b}   •   Mastery: {m}   •   By: {d}", size=9)
    P(doc, "Services", bold=True)
    P(doc, "97153: 22 hrs/wk   97155: 3 hrs/wk   97156: 2 hrs/wk")
    P(doc)
    P(doc, "BCBA signature: Tobias Wren, BCBA   Date: " + us(plan))
    P(doc, "Parent/Guardian signature: Maeve O'Driscoll   Date: " + us(plan))
    finalize(doc, name)
    label(name, ABA, [], as_of, [["review-interval-exceeded"]],
          f"Gap: next treatment plan review {review} is {days(plan, review)} days after the plan (policy: at "
          "least every 184 days). Bulleted identification block, numbered goals with indented detail lines.")


def q20():
    name = "q20_aba-twelve-month-request.docx"
    plan, assess, review, as_of = "2026-02-23", "2026-02-02", "2026-08-17", "2026-03-10"
    period = ("2026-03-02", "2027-03-01")
    assert days(plan, review) <= ABA_REVIEW_DAYS and days(assess, plan) <= ABA_ASSESS_DAYS
    doc = new_doc("Calibri", 10)
    P(doc, "Evergreen Developmental Services", bold=True, size=12, align="c")
    P(doc, "ABA Treatment Plan and Authorization Request", size=12, align="c")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(0, 3))
    set_cell(a, "CLIENT AND AUTHORIZATION", bold=True)
    shade(a)
    for (r, c, txt) in [(1, 0, "Name: Hazel V. Brightwater"), (1, 1, "DOB: 01/30/2019"),
                        (1, 2, "Member ID: ECP7730021"), (1, 3, "Plan date: " + us(plan)),
                        (2, 0, "Requested period:"), (3, 0, "Plan review date: " + us(review))]:
        set_cell(t.cell(r, c), txt)
    m = t.cell(2, 1).merge(t.cell(2, 3))
    set_cell(m, us(period[0]) + " through " + us(period[1]) + " (12 months)")
    m2 = t.cell(3, 1).merge(t.cell(3, 3))
    set_cell(m2, "Diagnosis: F84.0 Autistic disorder (dx 05/17/2022, Imogen Hart, PsyD)")
    P(doc)
    P(doc, "Standardized assessments: Vineland-3 (" + us(assess) + ") ABC 72; ABLLS-R updated 02/04/2026.")
    t2 = T(doc, [["Goal area", "Goal", "Baseline", "Mastery criteria", "Target date"],
                 ["Communication", "Hazel will initiate conversation with a peer at recess.", "0 per week",
                  "3 per week for 4 consecutive weeks", "08/31/2026"],
                 ["Adaptive", "Hazel will complete her morning routine with a picture schedule.", "3 of 8 steps",
                  "8 of 8 steps independently on 5 consecutive school days", "07/31/2026"],
                 ["Behavior", "Hazel will decrease scripting during instruction.", "35% of intervals",
                  "10% or fewer of intervals across 5 sessions", "08/31/2026"],
                 ["Parent training", "Parent will run 10-minute natural-environment teaching sessions.",
                  "40% fidelity", "90% fidelity across 3 observations", "06/30/2026"]], size=9)
    P(doc)
    T(doc, [["CPT", "Hours/week"], ["97153", "15"], ["97155", "2.5"], ["97156", "1"]])
    P(doc)
    P(doc, "Lead BCBA: Ophelia Grant, MS, BCBA — signed " + us(plan) + "     Guardian: Wren Brightwater — signed " + us(plan))
    finalize(doc, name)
    label(name, ABA, [], as_of, [["duration-exceeds-limit"]],
          "Gap: the authorization period requested is 12 months (03/02/2026 through 03/01/2027); the policy allows "
          "at most 6 months. Header table with merged cells.")


def q21():
    name = "q21_aba-home-nested-merged.docx"
    plan, assess, review, as_of = "2025-12-01", "2025-11-12", "2026-05-26", "2025-12-20"
    period = ("2025-12-08", "2026-06-07")
    aba_checks(plan, assess, review, period)
    doc = new_doc("Calibri", 10)
    header_lines(doc, ["Kinship ABA Home Services"], size=9)
    footer_text(doc, "KABA-TP v3  ")
    P(doc, "In-Home ABA Treatment Plan", bold=True, size=14)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 2))
    set_cell(top, "Client: Jasper T. Okafor     DOB: 03/14/2020     Insurance ID: MHW-009213375", bold=True)
    set_cell(t.cell(1, 0), "Plan date\n" + us(plan))
    set_cell(t.cell(1, 1), "Service period\n" + us(period[0]) + " – " + us(period[1]))
    set_cell(t.cell(1, 2), "Next review\n" + us(review))
    c = t.cell(2, 0).merge(t.cell(2, 2))
    c.text = ""
    set_cell(c, "Diagnoses")
    inner = c.add_table(rows=3, cols=4)
    inner.style = "Table Grid"
    for i, row in enumerate([["Code", "Diagnosis", "Diagnosed by", "Date"],
                             ["F84.0", "Autistic disorder", "Beatrix Lowell, PhD", "09/09/2023"],
                             ["F90.2", "ADHD, combined type", "Beatrix Lowell, PhD", "09/09/2023"]]):
        for j, v in enumerate(row):
            set_cell(inner.cell(i, j), v, bold=(i == 0), size=9)
    P(doc)
    P(doc, "Assessments: ABLLS-R (" + us(assess) + "): 212 of 544 items; Vineland-3 ABC 63 (11/14/2025).")
    P(doc, "Treatment goals", bold=True)
    gt = doc.add_table(rows=1, cols=2)
    gt.style = "Table Grid"
    set_cell(gt.cell(0, 0), "Goal", bold=True)
    set_cell(gt.cell(0, 1), "Measurement", bold=True)
    for g, meas in [
        ("Jasper will complete a 4-piece puzzle independently.",
         [("Baseline", "1 piece with help"), ("Mastery", "4 pieces independently, 3 consecutive sessions"), ("Target date", "03/31/2026")]),
        ("Jasper will wait for a preferred item for 60 seconds without crying.",
         [("Baseline", "10 seconds"), ("Mastery", "60 s on 80% of trials over 3 sessions"), ("Target date", "04/30/2026")]),
        ("Jasper will reduce throwing objects.",
         [("Baseline", "7 per day"), ("Mastery", "1 or fewer per day for 3 weeks"), ("Target date", "05/31/2026")]),
        ("Grandmother (primary caregiver) will use prompt fading during mealtime routines.",
         [("Baseline", "20% correct prompting steps"), ("Mastery", "90% correct across 3 observations"), ("Target date", "03/31/2026")]),
    ]:
        row = gt.add_row()
        set_cell(row.cells[0], g)
        row.cells[1].text = ""
        it = row.cells[1].add_table(rows=3, cols=2)
        it.style = "Table Grid"
        for i, (k, v) in enumerate(meas):
            set_cell(it.cell(i, 0), k, bold=True, size=9)
            set_cell(it.cell(i, 1), v, size=9)
    P(doc)
    P(doc, "Service request: 97153 30 hours per week (home); 97155 5 hours per week; 97156 2 hours per week.")
    P(doc)
    sig = doc.add_table(rows=2, cols=2)
    sig.style = "Table Grid"
    set_cell(sig.cell(0, 0), "Behavior analyst\nSafiya Okonjo, MA, BCBA, LBA\nSigned: " + us(plan))
    set_cell(sig.cell(0, 1), "Legal guardian\nAdaeze Okafor (grandmother, legal guardian)\nSigned: " + us(plan))
    m = sig.cell(1, 0).merge(sig.cell(1, 1))
    set_cell(m, "By signing, the guardian agrees to the goals and the schedule above and received a copy.", size=8, italic=True)
    finalize(doc, name)
    label(name, ABA, [], as_of, [], "Clean. Merged header cells, a diagnosis table nested in a merged cell "
          "(with diagnosed-by and date), goals table whose measurement column holds nested baseline/mastery/"
          "target-date tables; grandmother is legal guardian; two-cell signature table.")


def q22():
    name = "q22_aba-guardian-undated.docx"
    plan, assess, review, as_of = "2026-01-20", "2026-01-06", "2026-07-13", "2026-02-10"
    period = ("2026-01-26", "2026-07-25")
    aba_checks(plan, assess, review, period)
    doc = new_doc("Calibri", 10)
    header_lines(doc, ["Meadowlark Autism Services — Treatment Plan", "Client: Freya L. Sandoval-Hart · DOB 10/10/2016 · "
                       "Member ID T7720-44109"], size=8)
    footer_text(doc, "Meadowlark — page ")
    P(doc, "ABA Treatment Plan", bold=True, size=14)
    KV(doc, [("Client", "Freya L. Sandoval-Hart"), ("Date of birth", "10/10/2016"), ("Member ID", "T7720-44109"),
             ("Plan date", us(plan)), ("Authorization period", us(period[0]) + " - " + us(period[1])),
             ("Review date", us(review)),
             ("Diagnosis", "F84.0 Autistic disorder — diagnosed 02/02/2022 by Lionel Asher, PhD"),
             ("Assessment", "Vineland-3 (01/06/2026) ABC 74; PEAK-DT 01/08/2026")], per_row=2)
    P(doc)
    T(doc, [["Goal", "Baseline", "Mastery criteria", "Target"],
            ["Freya will join a small-group activity for 15 minutes.", "4 minutes", "15 min on 4 of 5 days", "06/30/2026"],
            ["Freya will use a coping card when frustrated instead of screaming.", "10% of episodes",
             "80% of episodes over 2 weeks", "06/30/2026"],
            ["Freya will reduce self-scratching.", "14 per day", "3 or fewer per day for 3 weeks", "07/24/2026"],
            ["Mother will implement the coping-card routine at home.", "25% fidelity", "90% fidelity across 3 visits", "04/30/2026"]])
    P(doc)
    P(doc, "Services: 97153 — 12 hours per week; 97155 — 2 hours per week; 97156 — 1 hour per week.")
    P(doc)
    sig_table(doc, [["Supervising BCBA", "Marisol Dunmore", "BCBA", "Marisol Dunmore", us(plan)],
                    ["Parent/Guardian", "Catalina Sandoval-Hart", "", "Catalina Sandoval-Hart", ""],
                    ["RBT (informational)", "Eli Fontaine", "RBT", "Eli Fontaine", us(plan)]])
    finalize(doc, name)
    label(name, ABA, [], as_of, [["signature-missing"]],
          "Gap: the parent/guardian signed but the date cell is empty. Five-column signature table with an "
          "extra RBT row.")


# =============================================================================================
# State licensure profiles with the base payer profile
# =============================================================================================
BASEP = "base-treatment-plan"
NY, FL, CA, TX = "ny-oasas-818", "fl-65d-30", "ca-title9-ntp", "tx-26tac-564"
PART2 = ("This record is protected by federal confidentiality rules (42 CFR Part 2). Federal rules prohibit "
         "any further disclosure of this record unless expressly permitted by the written consent of the person "
         "to whom it pertains or as otherwise permitted by 42 CFR Part 2.")


def q23():
    name = "q23_ny-inpatient-rehab.docx"
    adm, plan, md, as_of = "2026-01-05", "2026-01-09", "2026-01-13", "2026-02-01"
    assert days(adm, plan) <= NY_PLAN_DAYS and days(adm, md) <= NY_MD_DAYS
    doc = new_doc("Arial", 9.5)
    header_lines(doc, ["HUDSON HIGHLANDS RECOVERY CENTER — OASAS-Certified Inpatient Rehabilitation (Part 818)",
                       "Operating Certificate #1190-22"], size=7.5)
    footer_text(doc, PART2[:120] + "…")
    P(doc, "INDIVIDUALIZED TREATMENT/RECOVERY PLAN", bold=True, size=13, align="c")
    KV(doc, [("Patient name", "Marcus D. Thibodeaux"), ("DOB", "08/14/1984"), ("Medicaid CIN", "KT48815M"),
             ("Admission date", us(adm)), ("Plan date", us(plan)), ("Unit", "Men's Rehab 2 East"),
             ("Primary counselor", "Yolanda Briggs, CASAC"), ("Attending physician", "Henrik Solberg, MD")], per_row=2)
    P(doc)
    P(doc, "DIAGNOSES", bold=True)
    P(doc, "F10.20 Alcohol dependence, uncomplicated (primary)\nF14.20 Cocaine dependence, uncomplicated\n"
           "F17.210 Nicotine dependence, cigarettes, uncomplicated")
    P(doc, "ASAM dimensions reviewed at admission; see Level of Care Determination (LOCADTR 3.0) of " + us(adm) + ".", size=9)
    P(doc, "PROBLEMS, GOALS, OBJECTIVES AND METHODS", bold=True)
    T(doc, [["Problem area", "Goal", "Objective (target date)", "Methods / approaches", "Staff"],
            ["1. Alcohol and cocaine use with 3 failed outpatient attempts", "Marcus will stay abstinent and build a relapse-prevention plan.",
             "a) Complete a written relapse-prevention plan naming 5 triggers and 5 responses (01/30/2026)\n"
             "b) Attend 100% of scheduled groups each week (01/30/2026)",
             "CBT relapse prevention group 5x/week (60 min); individual counseling 2x/week (45 min)", "Y. Briggs, CASAC"],
            ["2. Cravings and withdrawal history", "Marcus will manage cravings safely.",
             "a) Report cravings 3/10 or lower on the daily craving scale on 5 consecutive days (01/26/2026)",
             "Medication evaluation (naltrexone); daily nursing check", "H. Solberg, MD; nursing"],
            ["3. Unstable housing after discharge", "Marcus will have a sober living placement at discharge.",
             "a) Submit 2 sober-living applications (01/23/2026)", "Case management 2x/week (30 min)", "Case manager"]], size=8.5)
    P(doc)
    P(doc, "Anticipated length of stay: 21–28 days. Discharge planning begins at admission.")
    P(doc)
    P(doc, "SIGNATURES", bold=True)
    T(doc, [["Patient", "Marcus D. Thibodeaux", us(plan)],
            ["Responsible clinical staff (primary counselor)", "Yolanda Briggs, CASAC", us(plan)],
            ["Clinical supervisor", "Ernest Lavigne, LCSW", us(plan)],
            ["Physician review", "Henrik Solberg, MD", us(md)]], header=False)
    finalize(doc, name)
    label(name, BASEP, [NY], as_of, [], "Clean. OASAS inpatient form: plan 4 days and physician review 8 days after "
          "admission; five-column problem/goal/objective/methods/staff grid; Medicaid 'CIN' as member ID; "
          "Part 2 notice in the footer.")


def q24():
    name = "q24_ny-ehr-banner-pages.docx"
    adm, plan, md, as_of = "2025-10-20", "2025-10-24", "2025-10-29", "2025-11-15"
    assert days(adm, plan) <= NY_PLAN_DAYS and days(adm, md) <= NY_MD_DAYS
    doc = new_doc("Tahoma", 9)
    hd = header_lines(doc, ["Catskill Ridge Treatment Center  •  Treatment Plan  •  ACTIVE",
                            "Pt: ESPOSITO, Angela R.   DOB: 03/27/1990   CIN: RM22093T   Adm: 10/20/2025   Unit: Women's Rehab"],
                      size=7.5)
    f = footer_text(doc, "Printed 11/14/2025 08:03  by: tmorrow   |   " + PART2[:60] + "…")
    P(doc, "Treatment Plan — Initial", bold=True, size=13)
    LV(doc, "Plan Effective", us(plan) + " 14:20")
    LV(doc, "Admit Date", us(adm))
    LV(doc, "Patient", "Angela R. Esposito")
    LV(doc, "Date of Birth", "03/27/1990")
    LV(doc, "Medicaid Client ID (CIN)", "RM22093T")
    P(doc, "Diagnosis List", bold=True, size=10.5)
    T(doc, [["Seq", "ICD-10", "Description", "Status"],
            ["1", "F11.20", "Opioid dependence, uncomplicated", "Active"],
            ["2", "F13.20", "Sedative, hypnotic or anxiolytic dependence, uncomplicated", "Active"],
            ["3", "F43.10", "Post-traumatic stress disorder, unspecified", "Active"]], size=8.5)
    P(doc, "Problem #1  Opioid use (heroin/fentanyl IV) with overdose x2", bold=True, size=10.5)
    P(doc, "Goal: Angela will begin recovery on buprenorphine and stay in treatment.")
    P(doc, "Obj 1.1  Take buprenorphine as prescribed with 0 missed doses during the stay (MAR) — by 11/14/2025")
    P(doc, "Obj 1.2  Name 4 high-risk situations and a coping response for each, in writing — by 11/07/2025")
    P(doc, "Interventions: MAT induction and daily medication monitoring (physician/nursing, daily); individual "
           "counseling 45 min 2x/week; relapse prevention group daily.")
    page_break(doc)
    P(doc, "Problem #2  Benzodiazepine use", bold=True, size=10.5)
    P(doc, "Goal: Angela will complete a safe taper and learn non-drug anxiety skills.")
    P(doc, "Obj 2.1  Complete the medically supervised taper with no withdrawal seizures — by 11/10/2025")
    P(doc, "Obj 2.2  Practice 2 grounding skills daily, recorded on her skills card — by 11/07/2025")
    P(doc, "Interventions: medically supervised taper (physician); DBT skills group 4x/week, 60 min.")
    P(doc, "Problem #3  Trauma symptoms", bold=True, size=10.5)
    P(doc, "Goal: Angela will understand the link between trauma and her substance use.")
    P(doc, "Obj 3.1  Attend 6 Seeking Safety group sessions — by 11/14/2025")
    P(doc, "Interventions: Seeking Safety group 3x/week (60 min); referral for outpatient trauma therapy at discharge.")
    P(doc, "Estimated length of stay: 28 days", bold=True)
    P(doc, "Signature Log", bold=True, size=10.5)
    T(doc, [["Role", "Signed by", "Date/time", "Method"],
            ["Patient", "Angela R. Esposito", "10/24/2025 14:31", "signature pad"],
            ["Primary Counselor", "Teresa Morrow, CASAC-2", "10/24/2025 14:35", "electronic"],
            ["Medical Director / Physician", "Faisal Rahimi, DO", "10/29/2025 09:12", "electronic"]], size=8.5)
    finalize(doc, name)
    label(name, BASEP, [NY], as_of, [], "Clean. Two-page EHR printout with a client banner (name, DOB, CIN, "
          "admission) in the page header, 'Obj 1.1 ... — by date' lines, signature log table with times; "
          "physician review by a DO 9 days after admission.")


def q25():
    name = "q25_ny-physician-late.docx"
    adm, plan, md, as_of = "2026-02-02", "2026-02-06", "2026-02-19", "2026-03-01"
    assert days(adm, plan) <= NY_PLAN_DAYS and days(adm, md) > NY_MD_DAYS  # 17
    doc = new_doc("Calibri", 10.5)
    P(doc, "Mohawk Valley Addiction Treatment Services — Inpatient Rehabilitation", bold=True)
    P(doc, "Comprehensive Treatment Plan", size=13)
    P(doc, "Patient: Dmitri A. Volkonsky. Born 11/02/1979. Medicaid CIN WB77102K. Admitted " + us(adm, "long") +
           ". This plan was developed with the patient on " + us(plan, "long") + ".")
    P(doc, "Diagnoses: F10.20 Alcohol dependence, uncomplicated; F12.20 Cannabis dependence, uncomplicated.")
    P(doc, "Problem 1 — Daily heavy drinking with blackouts, job loss.", bold=True)
    P(doc, "Goal: Maintain abstinence from alcohol and prepare for outpatient continuing care.")
    P(doc, "Objectives: (1) Identify 5 personal relapse warning signs in writing by 02/20/2026. (2) Attend 2 "
           "mutual-help meetings per week on site and obtain a temporary sponsor by 02/27/2026.")
    P(doc, "Methods: individual counseling 2x weekly (45 minutes); relapse-prevention group daily; "
           "12-step facilitation; acamprosate evaluation by physician.")
    P(doc, "Problem 2 — Cannabis use to sleep.", bold=True)
    P(doc, "Goal: Sleep without cannabis.")
    P(doc, "Objectives: (1) Sleep 6 or more hours on 5 of 7 nights per nursing sleep log by 02/27/2026.")
    P(doc, "Methods: sleep hygiene group weekly; CBT-I handouts reviewed in individual counseling.")
    P(doc, "Projected stay: 28 days.")
    P(doc)
    P(doc, "Patient: Dmitri A. Volkonsky   " + us(plan))
    P(doc, "Primary counselor (responsible clinical staff member): Harriet Mbeki, CASAC   " + us(plan))
    P(doc, "Physician: reviewed and approved — Conrad Ellingsen, MD   " + us(md))
    finalize(doc, name)
    label(name, BASEP, [NY], as_of, [["signature-late"]],
          f"Gap: the physician signed {days(adm, md)} days after admission (14 NYCRR 818.5: within 10). Prose "
          "layout with identification in a sentence and numbered objectives inline.")


def q26():
    name = "q26_ny-dx-see-evaluation.docx"
    adm, plan, md, as_of = "2025-12-01", "2025-12-05", "2025-12-09", "2025-12-20"
    assert days(adm, plan) <= NY_PLAN_DAYS and days(adm, md) <= NY_MD_DAYS
    doc = new_doc("Arial", 9.5)
    P(doc, "Seneca Lake Recovery — Inpatient Rehabilitation Services", bold=True, size=11)
    P(doc, "Treatment Plan", bold=True, size=13)
    KV(doc, [("Name", "Priscilla J. Haverford"), ("D.O.B.", "06/06/1971"), ("Medicaid CIN", "AZ90115Q"),
             ("Admission", us(adm)), ("Plan date", us(plan)), ("Diagnosis", "Refer to psychiatric evaluation in chart")],
       per_row=2)
    P(doc)
    T(doc, [["Life area", "Concern", "Goal", "Objectives", "Methods"],
            ["Substance use", "Drinking a fifth of vodka daily; two detox admissions in 2025",
             "Stay sober and complete rehabilitation", "Write a relapse-prevention plan with 5 triggers by 12/19/2025",
             "Individual counseling 2x/week; relapse-prevention group daily"],
            ["Physical health", "Elevated liver enzymes, poor nutrition", "Improve physical health",
             "Attend 100% of nutrition sessions and gain 3 lb by 12/26/2025", "Nursing education weekly; dietitian consult"],
            ["Family", "Estranged from adult children", "Reconnect with family",
             "Complete 1 family session with daughter by 12/26/2025", "Family counseling session x1"]], size=8.5)
    P(doc)
    P(doc, "Projected discharge: approximately 12/29/2025 to intensive outpatient.")
    T(doc, [["Signature", "Name", "Date"],
            ["Patient", "Priscilla J. Haverford", us(plan)],
            ["Primary counselor", "Oren Castellanos, CASAC", us(plan)],
            ["Physician", "Leopoldine Marsh, MD", us(md)]])
    finalize(doc, name)
    label(name, BASEP, [NY], as_of, [["diagnosis-missing"]],
          "Gap: the plan states no diagnosis ('Refer to psychiatric evaluation in chart'); problem areas are life "
          "areas. Life-area grid layout.")


def q27():
    name = "q27_fl-residential-level2.docx"
    adm, plan, qp, as_of = "2026-01-12", "2026-01-23", "2026-01-28", "2026-02-15"
    assert days(adm, plan) <= FL_DAYS["residential level 2"] and days(plan, qp) <= FL_QP_DAYS
    doc = new_doc("Calibri", 10)
    header_lines(doc, ["Palmetto Shores Recovery, Inc. — DCF License #SA-4471-R2"], size=8)
    footer_text(doc, "Confidential per 42 CFR Part 2 and s. 397.501, F.S.")
    P(doc, "Individualized Treatment Plan", bold=True, size=14)
    KV(doc, [("Client", "Travis W. Delacroix"), ("DOB", "01/19/1993"), ("Medicaid ID", "9981204473"),
             ("Admission date", us(adm)), ("Level of care", "Residential Level 2"), ("Plan date", us(plan)),
             ("Primary counselor", "Marisa Quintero, CAP"), ("Qualified professional", "Raymond Lusk, LMHC")], per_row=2)
    P(doc)
    P(doc, "Diagnosis: F15.20 Other stimulant dependence, uncomplicated (methamphetamine); F12.20 Cannabis dependence, uncomplicated.")
    P(doc, "In my words: \u201cI want to stay clean so I can get my daughter back on weekends.\u201d", italic=True)
    T(doc, [["ASAM dimension", "Goal", "Measurable behavioral objective", "Expected completion", "Services (type / frequency)"],
            ["Dim 5 Relapse potential", "Travis will stay abstinent from methamphetamine.",
             "Provide 8 consecutive negative weekly urine drug screens.", "03/20/2026",
             "Relapse-prevention group, 5x weekly; random UDS weekly"],
            ["Dim 5 Relapse potential", "", "Write a relapse-prevention plan naming 5 triggers and 5 coping actions.",
             "02/13/2026", "Individual counseling, 1x weekly (50 min)"],
            ["Dim 6 Recovery environment", "Travis will rebuild a safe support network.",
             "Attend 3 NA meetings per week and obtain a sponsor.", "03/06/2026", "12-step facilitation group, 2x weekly"],
            ["Dim 3 Emotional/behavioral", "Travis will manage anger without violence.",
             "Have 0 physical altercations and 2 or fewer verbal incident reports per month.", "04/10/2026",
             "Anger management group, weekly"]], size=8.5)
    P(doc)
    P(doc, "Estimated length of stay: 90 days.")
    T(doc, [["Signature", "Date"],
            ["Travis W. Delacroix (client)", us(plan)],
            ["Marisa Quintero, CAP (primary counselor, developed plan)", us(plan)],
            ["Raymond Lusk, LMHC (qualified professional review)", us(qp)]])
    finalize(doc, name)
    label(name, BASEP, [FL], as_of, [], "Clean. Florida residential level 2 (15 days): plan on day 11, QP review 5 "
          "days after the plan; ASAM-dimension grid with goal cells left blank on continuation rows; client's "
          "words quoted.")


def q28():
    name = "q28_fl-residential-level1-late.docx"
    adm, plan, qp, as_of = "2025-11-03", "2025-11-14", "2025-11-17", "2025-12-01"
    assert days(adm, plan) > FL_DAYS["residential level 1"] and days(plan, qp) <= FL_QP_DAYS
    doc = new_doc("Times New Roman", 10.5)
    P(doc, "GULF BREEZE TREATMENT CENTER", bold=True, align="c")
    P(doc, "TREATMENT PLAN", bold=True, align="c")
    T(doc, [["Client Name: Sheldon K. Ambrose", "Client #: GB-25-3312", "Medicaid #: 4410098821"],
            ["DOB: 04/15/1968", "Admit: " + us(adm), "Level of Care: Residential Level 1"],
            ["Plan Date: " + us(plan), "Counselor: Beatriz Olmos, CAP", ""]], header=False)
    P(doc)
    P(doc, "Diagnosis (ICD-10-CM): F10.239 Alcohol dependence with withdrawal, unspecified")
    P(doc, "Goal 1: Sheldon will complete treatment and remain alcohol-free.", bold=True)
    P(doc, "  Objective 1a: Sheldon will have 0 positive breathalyzer tests during the stay. Target: 01/30/2026")
    P(doc, "  Objective 1b: Sheldon will list 6 warning signs of relapse and a response to each. Target: 12/05/2025")
    P(doc, "  Services: individual counseling weekly; process group daily; relapse-prevention education 3x weekly")
    P(doc, "Goal 2: Sheldon will address his diabetes, which he has neglected while drinking.", bold=True)
    P(doc, "  Objective 2a: Sheldon will check his blood glucose 2 times daily, logged, for 30 consecutive days. Target: 12/31/2025")
    P(doc, "  Services: nursing education 2x weekly; primary care follow-up monthly")
    P(doc, "Projected length of stay: 60–90 days")
    P(doc)
    P(doc, "Client signature: Sheldon K. Ambrose  Date: " + us(plan))
    P(doc, "Staff signature: Beatriz Olmos, CAP  Date: " + us(plan))
    P(doc, "QP countersignature: Ivan Petrakis, LCSW  Date: " + us(qp))
    finalize(doc, name)
    label(name, BASEP, [FL], as_of, [["plan-late"]],
          f"Gap: Residential Level 1 plan completed {days(adm, plan)} days after admission (limit 7). Three-column "
          "'Label: value' header grid, indented objectives with 'Target:' dates.")


def q29():
    name = "q29_fl-in-my-words-qp-late.docx"
    adm, plan, qp, as_of = "2026-02-23", "2026-03-02", "2026-03-18", "2026-04-01"
    assert days(plan, qp) > FL_QP_DAYS  # 16
    doc = new_doc("Calibri", 10.5)
    P(doc, "Suncoast Recovery Collective", bold=True, size=12)
    P(doc, "Person-Centered Recovery Plan", bold=True, size=14)
    T(doc, [["My name", "Keisha M. Holloway-Grant"], ["My birthday", "12/09/1987"],
            ["My Medicaid ID", "5520938814"], ["I started services on", us(adm, "long")],
            ["We wrote this plan on", us(plan, "long")], ["My counselor", "Darnell Fitch, CAC"]], header=False,
      style="Light List Accent 1")
    P(doc)
    P(doc, "My diagnosis: F11.20 Opioid dependence, uncomplicated; F41.1 Generalized anxiety disorder")
    for n, (words, goal, objs, svc) in enumerate([
        ("\u201cI don\u2019t want to use again. I almost died in December.\u201d",
         "Keisha will stay free from opioids.",
         [("Give negative urine screens on every test for 8 weeks in a row", "04/27/2026"),
          ("Show staff all 4 steps of giving naloxone correctly in a return demonstration", "03/16/2026")],
         "Individual counseling once a week; recovery group 3 times a week; weekly random urine screens"),
        ("\u201cI get so nervous I can\u2019t leave the apartment.\u201d",
         "Keisha will manage her anxiety without using.",
         [("Use a breathing or grounding skill when anxious on at least 5 days a week (skills log)", "04/13/2026"),
          ("Bring her GAD-7 score from 15 down to 9 or lower", "05/11/2026")],
         "CBT skills group twice a week; psychiatric evaluation once, then medication check monthly")], 1):
        P(doc, f"Goal {n}", bold=True, size=12)
        P(doc, "In my words: " + words, italic=True)
        P(doc, "What we will work toward: " + goal)
        for i, (o, d) in enumerate(objs):
            P(doc, f"Step {n}.{i + 1}: {o} — by {d}", style="List Bullet")
        P(doc, "Services: " + svc)
    P(doc, "How long: about 12 weeks, then we will look at this plan again together.")
    P(doc)
    P(doc, "Me: Keisha M. Holloway-Grant — signed " + us(plan))
    P(doc, "My counselor: Darnell Fitch, CAC — signed " + us(plan))
    P(doc, "Qualified professional review: Nadia Sorensen, LMHC — signed " + us(qp))
    finalize(doc, name)
    label(name, BASEP, [FL], as_of, [["signature-late"], ["field-missing"]],
          f"Gaps: the qualified professional countersigned {days(plan, qp)} days after the plan (limit 10); the "
          "plan does not state the level of care. First-person recovery plan with 'In my words' quotes and "
          "bulleted steps.")


def q30():
    name = "q30_fl-iop-vague-objectives.docx"
    adm, plan, qp, as_of = "2026-01-20", "2026-01-30", "2026-02-03", "2026-02-20"
    assert days(plan, qp) <= FL_QP_DAYS
    doc = new_doc("Segoe UI", 9.5)
    header_lines(doc, ["Treasure Coast Behavioral  |  Clinical Record  |  TREATMENT PLAN",
                       "Client: Lindqvist, Bjorn E.   DOB 05/30/1982   Ins#: FLB-660281934   Admit: 01/20/2026"], size=7.5)
    footer_text(doc, "Printed 02/19/2026 11:20   user: rcalder")
    P(doc, "Treatment Plan", bold=True, size=14, color="833C0B")
    KV(doc, [("Client", "Bjorn E. Lindqvist"), ("DOB", "05/30/1982"), ("Insurance ID", "FLB-660281934"),
             ("Admission", us(adm)), ("Level of care", "Intensive Outpatient (IOP)"), ("Plan date", us(plan))], per_row=3)
    P(doc)
    P(doc, "Dx: F10.20 Alcohol dependence, uncomplicated | F32.1 Major depressive disorder, single episode, moderate")
    T(doc, [["Goal", "Objective", "Completion date", "Service / frequency"],
            ["1. Bjorn will remain abstinent from alcohol.", "1.1 Bjorn will provide negative breathalyzer results at every IOP session.",
             "03/27/2026", "IOP group, 3 hours, 3x weekly"],
            ["", "1.2 Bjorn will gain insight into his triggers.", "02/27/2026", "Individual counseling, weekly"],
            ["2. Bjorn will improve his mood.", "2.1 Bjorn will improve communication with his wife.", "03/13/2026",
             "Family session, every other week"],
            ["", "2.2 Bjorn will reduce his PHQ-9 from 18 to 10 or below.", "03/27/2026", "Psychiatric medication check, monthly"]],
      size=9)
    P(doc)
    P(doc, "Anticipated duration: 10 weeks.")
    P(doc, "Signatures", bold=True)
    T(doc, [["Client", "Bjorn E. Lindqvist", us(plan)], ["Counselor", "Rowena Calder, CAP", us(plan)],
            ["QP review", "Augustin Feld, LCSW", us(qp)]], header=False)
    finalize(doc, name)
    label(name, BASEP, [FL], as_of, [["objective-not-measurable"]],
          "Gap: objectives 1.2 ('gain insight into his triggers') and 2.1 ('improve communication with his wife') "
          "are not measurable. IOP level (no Florida deadline applies). EHR printout with header banner.")


def q31():
    name = "q31_fl-methadone-mat.docx"
    adm, plan, qp, as_of = "2025-12-01", "2025-12-26", "2026-01-02", "2026-01-20"
    assert days(adm, plan) <= FL_DAYS["methadone"] and days(plan, qp) <= FL_QP_DAYS
    doc = new_doc("Calibri", 10)
    P(doc, "Orange Grove Comprehensive Treatment Center", bold=True, size=12)
    P(doc, "Medication-Assisted Treatment — Initial Treatment Plan", size=12)
    KV(doc, [("Patient", "Rosalind T. Baptiste"), ("Date of birth", "02/14/1979"),
             ("Medicaid ID", "3318840027"), ("Date of admission", us(adm)),
             ("Level of care", "Medication-assisted treatment for opioid addiction (methadone)"),
             ("Treatment plan date", us(plan))], per_row=2)
    P(doc)
    P(doc, "Diagnosis: F11.20 Opioid dependence, uncomplicated")
    P(doc, "Current dose: methadone 85 mg daily (stabilizing).")
    T(doc, [["Problem", "Goal", "Objectives (measurable) and target dates", "Services and frequency"],
            ["Opioid use", "Rosalind will stop illicit opioid use.",
             "A. Negative for fentanyl and heroin on 4 consecutive monthly urine screens — by 04/30/2026\n"
             "B. Attend 100% of dosing days except approved take-homes — by 03/31/2026",
             "Daily dosing; individual counseling 2x per month (50 min); monthly UDS"],
            ["Employment", "Rosalind will return to work.",
             "C. Submit 5 job applications — by 02/27/2026", "Vocational referral; case management monthly"],
            ["Health", "Rosalind will get her hepatitis C treated.",
             "D. Complete hepatitis C specialist intake — by 03/15/2026", "Nursing coordination monthly"]], size=9)
    P(doc)
    P(doc, "Expected duration: ongoing maintenance; plan reviewed every 90 days.")
    P(doc, "Patient signature: Rosalind T. Baptiste   12/26/2025")
    P(doc, "Counselor signature: Vernon Ashby, CAP   12/26/2025")
    P(doc, "Qualified professional: Imelda Santos, LMHC   01/02/2026")
    finalize(doc, name)
    label(name, BASEP, [FL], as_of, [], "Clean. Florida methadone MAT (30-day deadline): plan on day 25, QP review "
          "7 days after the plan; objectives lettered inside one cell with '— by date'.")


def q32():
    name = "q32_tx-residential-cd.docx"
    plan, as_of = "2026-01-14", "2026-02-05"
    doc = new_doc("Arial", 9.5)
    header_lines(doc, ["LONE STAR RECOVERY RANCH — Licensed Chemical Dependency Treatment Facility (HHSC #0417)"], size=8)
    footer_text(doc, "LSRR-TP-01 Rev. 09/2024   ")
    P(doc, "TREATMENT PLAN", bold=True, size=13, align="c")
    KV(doc, [("Client", "Cody R. Vandermeer"), ("DOB", "09/09/1995"), ("Medicaid/CHIP #", "517733091"),
             ("Admission", "01/12/2026"), ("Service", "Intensive residential"), ("Plan date", us(plan)),
             ("Counselor", "Leticia Garza, LCDC"), ("Projected length of stay", "30 days (est. discharge 02/11/2026)")],
       per_row=2)
    P(doc)
    P(doc, "DIAGNOSTIC IMPRESSION: F15.20 Other stimulant dependence, uncomplicated; F10.20 Alcohol dependence, uncomplicated")
    for gi, (prob, goal, objs, strat) in enumerate([
        ("Methamphetamine and alcohol use", "Cody will maintain abstinence and build relapse-prevention skills.",
         [("Cody will identify 5 high-risk situations and a coping plan for each, written in his workbook.", "01/28/2026"),
          ("Cody will give negative results on all random urine drug screens during the stay.", "02/11/2026")],
         [("Relapse-prevention group", "5 times per week, 90 min"), ("Individual counseling", "2 times per week, 50 min"),
          ("Random UDS", "weekly")]),
        ("Family conflict", "Cody will repair communication with his parents.",
         [("Cody will complete 2 family sessions with his mother and father.", "02/09/2026")],
         [("Family counseling", "1 time per week, 60 min")]),
    ], 1):
        P(doc, f"PROBLEM {gi}: {prob}", bold=True)
        P(doc, f"Goal {gi}: {goal}")
        T(doc, [["Objective", "Target date"]] + [[f"{gi}.{i} {o}", d] for i, (o, d) in enumerate(objs, 1)], size=9)
        T(doc, [["Strategy", "Type and frequency"]] + [list(s) for s in strat], size=9)
        P(doc)
    P(doc, "I have participated in developing this plan and agree with it.")
    T(doc, [["Client signature", "Cody R. Vandermeer", "Date " + us(plan)],
            ["Counselor signature", "Leticia Garza, LCDC", "Date " + us(plan)],
            ["QCC review", "Mercedes Alcala, LCDC, QCC", "Date 01/15/2026"]], header=False)
    finalize(doc, name)
    label(name, BASEP, [TX], as_of, [], "Clean. Texas residential plan with per-problem objective and strategy "
          "tables (type and frequency), projected length of stay in the header grid, QCC review row.")


def q33():
    name = "q33_tx-goal-without-objectives.docx"
    plan, as_of = "2025-12-03", "2025-12-20"
    doc = new_doc("Calibri", 10)
    P(doc, "Brazos Valley Outpatient Recovery", bold=True, size=12)
    P(doc, "Individualized Treatment Plan (26 TAC §564)", size=11)
    for k, v in [("Client", "Alondra P. Zavala"), ("DOB", "07/04/1990"), ("Payer ID", "TXM-2204987"),
                 ("Program", "Supportive outpatient"), ("Plan date", us(plan)), ("Projected length of stay", "12 weeks"),
                 ("Counselor", "Brent Oyelaran, LCDC")]:
        LV(doc, k, v)
    P(doc, "Diagnosis: F14.20 Cocaine dependence, uncomplicated")
    P(doc, "GOAL 1 — Alondra will stop using cocaine.", bold=True)
    P(doc, "Objective 1A: Alondra will have negative urine drug screens on all weekly tests for 6 consecutive weeks, by 01/16/2026.")
    P(doc, "Objective 1B: Alondra will list 4 people she can call when she has cravings, by 12/12/2025.")
    P(doc, "Strategies: individual counseling 1 time per week (50 min); relapse-prevention group 2 times per week.")
    P(doc, "GOAL 2 — Alondra will keep her job.", bold=True)
    P(doc, "Objective 2A: Alondra will miss no more than 1 shift per month for the next 2 months, by 02/03/2026.")
    P(doc, "Strategies: problem-solving in individual counseling weekly; EAP coordination once.")
    P(doc, "GOAL 3 — Alondra will improve her relationship with her mother.", bold=True)
    P(doc, "Strategies: family counseling session every other week.")
    P(doc)
    P(doc, "Client: Alondra P. Zavala                  Date: " + us(plan))
    P(doc, "Counselor: Brent Oyelaran, LCDC          Date: " + us(plan))
    finalize(doc, name)
    label(name, BASEP, [TX], as_of, [["objective-missing"]],
          "Gap: Goal 3 has strategies but no objectives. Headings 'GOAL n —' with objective and strategy "
          "paragraphs.")


def q34():
    name = "q34_tx-as-scheduled-no-los.docx"
    plan, as_of = "2026-02-16", "2026-03-05"
    doc = new_doc("Calibri", 10)
    header_lines(doc, ["Gulf Coast Counseling & Recovery — Chemical Dependency Program",
                       "Client: Beaumont, Terrence L. | DOB 11/11/1977 | Member # HC-88013302"], size=8)
    P(doc, "Treatment Plan", bold=True, size=14)
    KV(doc, [("Client", "Terrence L. Beaumont"), ("DOB", "11/11/1977"), ("Member #", "HC-88013302"),
             ("Plan date", us(plan)), ("Counselor", "Francine Doucet, LCDC"), ("Program", "Outpatient")], per_row=3)
    P(doc)
    P(doc, "Diagnosis: F10.20 Alcohol dependence, uncomplicated; F17.210 Nicotine dependence, cigarettes, uncomplicated")
    T(doc, [["Goal", "Objective", "Target date", "Strategy"],
            ["1. Terrence will stop drinking.", "1a. Zero positive breathalyzer tests at every visit for 8 weeks.", "04/13/2026",
             "Individual counseling — as scheduled with counselor"],
            ["", "1b. Attend 3 AA meetings per week with signed attendance sheet.", "03/30/2026",
             "Group counseling — per program schedule"],
            ["2. Terrence will cut down smoking.", "2a. Smoke 10 or fewer cigarettes per day (self-log).", "04/13/2026",
             "Tobacco cessation education — as needed"]], size=9)
    P(doc)
    P(doc, "Client signature: Terrence L. Beaumont   Date: " + us(plan))
    P(doc, "Counselor signature: Francine Doucet, LCDC   Date: " + us(plan))
    finalize(doc, name)
    label(name, BASEP, [TX], as_of, [["frequency-missing"], ["duration-missing"]],
          "Gaps: strategies say 'as scheduled', 'per program schedule' and 'as needed' (no frequency); no projected "
          "length of stay or end date is given. Table with blank goal cells on continuation rows.")


def q35():
    name = "q35_tx-iop-ehr-printout.docx"
    plan, as_of = "2026-01-30", "2026-02-20"
    doc = new_doc("Tahoma", 9)
    header_table(doc, [["Panhandle Plains Recovery Services", "Client: SALAZAR, Ruben A.", "DOB: 02/02/1986",
                        "MCO Member ID: 70044129835", "Episode: IOP-2026-014"]])
    footer_text(doc, "Report: TX_TxPlan_v4  Printed 02/19/2026 15:02   ")
    P(doc, "Treatment Plan", bold=True, size=13)
    T(doc, [["Plan Date", us(plan), "Admission", "01/26/2026"],
            ["Level", "Intensive outpatient", "Projected LOS", "8 weeks (est. discharge 03/27/2026)"],
            ["Counselor", "Abigail Trevino, LCDC", "Payer", "Lone Star Health Plan (Medicaid)"]], header=False, size=8.5)
    P(doc)
    P(doc, "Diagnoses: 1) F11.20 Opioid dependence, uncomplicated  2) F43.10 Post-traumatic stress disorder, unspecified", size=9)
    P(doc, "Problem 1 — Opioid use (pills, then fentanyl)", bold=True)
    P(doc, "Goal 1: Ruben will stay off opioids while starting buprenorphine with his OBOT prescriber.")
    P(doc, "  Obj 1.1: Negative for fentanyl on every weekly urine screen for 6 consecutive weeks — target 03/13/2026")
    P(doc, "  Obj 1.2: Attend 90% of IOP sessions (attendance log) — target 03/27/2026")
    P(doc, "  Strategy: IOP group 3 hrs, 3 days/week; individual counseling 1x/week; weekly UDS")
    P(doc, "Problem 2 — Trauma symptoms and sleep", bold=True)
    P(doc, "Goal 2: Ruben will use safe coping for trauma reminders.")
    P(doc, "  Obj 2.1: Use a grounding skill on at least 4 days a week (skills log) — target 02/27/2026")
    P(doc, "  Obj 2.2: Reduce PCL-5 score from 49 to 35 or lower — target 03/27/2026")
    P(doc, "  Strategy: Seeking Safety group 1x/week; referral to trauma therapist (outside) once")
    P(doc)
    T(doc, [["Signer", "Role", "Signed", "Method"],
            ["Ruben A. Salazar", "Client", "01/30/2026 10:48", "Topaz pad"],
            ["Abigail Trevino, LCDC", "Primary Counselor", "01/30/2026 11:02", "E-signature"]], size=8.5)
    finalize(doc, name)
    label(name, BASEP, [TX], as_of, [], "Clean. EHR printout with a banner table in the header, 'Obj n.n: ... — "
          "target date' lines, signer/role/time/method table.")


def q36():
    name = "q36_ca-ntp-initial-plan.docx"
    adm, plan, sup, md, rev, as_of = "2026-01-06", "2026-01-30", "2026-02-05", "2026-02-10", "2026-04-03", "2026-03-01"
    assert days(adm, plan) <= CA_PLAN_DAYS and days(plan, sup) <= CA_SIGN_DAYS and days(plan, md) <= CA_SIGN_DAYS
    assert days(adm, rev) <= CA_REVIEW_DAYS and D(as_of) < D(rev)
    doc = new_doc("Calibri", 10)
    header_lines(doc, ["Sierra Vista Narcotic Treatment Program — DHCS License 19-0442-NTP"], size=8)
    footer_text(doc, PART2[:90] + "…")
    P(doc, "INITIAL MAINTENANCE TREATMENT PLAN (Title 9, §10305)", bold=True, size=12.5)
    KV(doc, [("Patient", "Evangeline D. Rourke"), ("DOB", "03/03/1988"), ("Medi-Cal BIC/CIN", "94418327B"),
             ("Admission to maintenance", us(adm)), ("Plan effective date", us(plan)), ("Next plan update due", us(rev)),
             ("Primary counselor", "Julian Torres, CADC-II"), ("Medication", "Methadone 90 mg daily")], per_row=2)
    P(doc)
    P(doc, "Diagnosis: F11.20 Opioid dependence, uncomplicated. Secondary: F17.210 Nicotine dependence, cigarettes, uncomplicated.")
    P(doc, "Long-term goal 1: Evangeline will reach stable recovery without illicit opioid use.", bold=True)
    T(doc, [["Short-term goal", "Action steps", "Target date"],
            ["1a. Provide urine samples negative for fentanyl and heroin on 3 consecutive monthly tests",
             "Daily dosing; counseling 50 min 2x monthly", "04/30/2026"],
            ["1b. Identify 3 safe people to call when cravings reach 7/10 or higher", "Individual counseling", "03/06/2026"]])
    P(doc, "Long-term goal 2: Evangeline will have stable housing.", bold=True)
    T(doc, [["Short-term goal", "Action steps", "Target date"],
            ["2a. Complete 2 housing applications with her case manager", "Case management monthly", "03/31/2026"]])
    P(doc)
    P(doc, "Signatures", bold=True)
    T(doc, [["Role", "Name", "Date"],
            ["Patient", "Evangeline D. Rourke", us(plan)],
            ["Primary counselor", "Julian Torres, CADC-II", us(plan)],
            ["Supervising counselor (review/countersign)", "Odessa Kim, LAADC", us(sup)],
            ["Medical director (review/countersign)", "Anand Raghunathan, MD", us(md)]])
    finalize(doc, name)
    label(name, BASEP, [CA], as_of, [], "Clean. California NTP initial plan: day 24 after admission, countersigned "
          "by supervising counselor (6 days) and medical director (11 days); next update 87 days after admission; "
          "long-term goals with short-term goal tables.")


def q37():
    name = "q37_ca-ntp-update-overdue.docx"
    adm, plan, sup, md, rev, as_of = "2025-10-06", "2025-10-30", "2025-11-03", "2025-11-07", "2026-01-05", "2026-02-10"
    assert days(adm, plan) <= CA_PLAN_DAYS and days(adm, rev) <= CA_REVIEW_DAYS and D(as_of) > D(rev)
    doc = new_doc("Arial", 9.5)
    P(doc, "Coastal Range Opioid Treatment Program", bold=True, size=12)
    P(doc, "Treatment Plan", bold=True, size=13)
    P(doc, "Patient: Wendell F. Okamura   |   DOB 04/01/1974   |   Medi-Cal CIN 90112744A   |   Admit " + us(adm))
    P(doc, "Plan date: " + us(plan) + "   |   Quarterly update due: " + us(rev))
    P(doc, "Dx: F11.20 Opioid dependence, uncomplicated")
    for i, (g, stg) in enumerate([
        ("Wendell will stop using heroin.", [("Negative for opiates on 2 consecutive monthly UDS", "12/31/2025"),
                                            ("Reach a stable methadone dose with no withdrawal symptoms (COWS below 5) for 14 days", "12/15/2025")]),
        ("Wendell will reconnect with his son.", [("Attend 1 supervised visit per month", "01/05/2026")])], 1):
        P(doc, f"Goal {i}: {g}", bold=True)
        for j, (s, d) in enumerate(stg):
            P(doc, f"   Short-term goal {i}.{j + 1}: {s}. Target date: {d}.")
    P(doc, "Services: daily dosing; individual counseling 50 minutes twice a month; group weekly.")
    P(doc)
    P(doc, "Primary counselor: Marguerite Ellison, RADT-II   " + us(plan))
    P(doc, "Supervising counselor: Tomas Beltran, CADC-III   " + us(sup))
    P(doc, "Medical director: Siobhan Carrick, DO   " + us(md))
    P(doc, "Patient: Wendell F. Okamura   " + us(plan))
    finalize(doc, name)
    label(name, BASEP, [CA], as_of, [["review-overdue"]],
          f"Gap: the quarterly update due {rev} is {days(rev, as_of)} days past on the as-of date with no completed "
          "update recorded. Pipe-separated identification lines, indented short-term goals.")


def q38():
    name = "q38_ca-ntp-medical-director-late.docx"
    adm, plan, sup, md, rev, as_of = "2026-02-02", "2026-02-20", "2026-02-24", "2026-03-09", "2026-05-01", "2026-03-20"
    assert days(adm, plan) <= CA_PLAN_DAYS and days(plan, sup) <= CA_SIGN_DAYS and days(plan, md) > CA_SIGN_DAYS
    assert days(adm, rev) <= CA_REVIEW_DAYS
    doc = new_doc("Calibri", 10)
    header_table(doc, [["Mission Hills Treatment Center (NTP)", "Pt: NAVARRO, Celestina", "DOB 08/08/1983",
                        "Medi-Cal ID 92277051C", "Admit 02/02/2026"]])
    footer_text(doc, "MHTC — Treatment plan export  ")
    P(doc, "Treatment Plan — Maintenance", bold=True, size=13)
    T(doc, [["Patient name", "Celestina Navarro", "Plan date", us(plan)],
            ["DOB", "08/08/1983", "Admission date", us(adm)],
            ["Medi-Cal ID", "92277051C", "Next update", us(rev)]], header=False)
    P(doc)
    P(doc, "Diagnoses: F11.20 Opioid dependence, uncomplicated; F15.20 Other stimulant dependence, uncomplicated")
    T(doc, [["Problem", "Goal", "Short-term objective", "Target", "Interventions"],
            ["Opioid and methamphetamine use", "Celestina will stop illicit drug use.",
             "Negative UDS for fentanyl and methamphetamine on 3 consecutive tests", "04/24/2026",
             "Counseling 2x/month; contingency management weekly"],
            ["", "", "Attend 4 of 4 weekly groups each month", "04/30/2026", "Group counseling weekly"],
            ["Dental pain", "Celestina will get dental care.", "Attend dental appointment and follow-up", "03/31/2026",
             "Referral; nursing follow-up"]], size=9)
    P(doc)
    T(doc, [["Role", "Name / credential", "Signature", "Date"],
            ["Primary counselor", "Delphine Arceneaux, SUDCC", "/s/", us(plan)],
            ["Patient", "Celestina Navarro", "/s/", us(plan)],
            ["Supervising counselor", "Rafael Quezada, CADC-II", "/s/", us(sup)],
            ["Medical director", "Winifred Osterhout, MD", "/s/", us(md)]])
    finalize(doc, name)
    label(name, BASEP, [CA], as_of, [["signature-late"]],
          f"Gap: the medical director countersigned {days(plan, md)} days after the plan's effective date (limit 14). "
          "Header banner table, problem grid with blank continuation cells, signature table with /s/.")


def q39():
    name = "q39_ca-ntp-dsm-dx-six-month-update.docx"
    adm, plan, sup, md, rev, as_of = "2025-09-15", "2025-10-09", "2025-10-14", "2025-10-20", "2026-03-16", "2025-11-01"
    assert days(adm, plan) <= CA_PLAN_DAYS and days(plan, md) <= CA_SIGN_DAYS and days(adm, rev) > CA_REVIEW_DAYS
    doc = new_doc("Times New Roman", 11)
    P(doc, "DESERT SPRINGS NTP", bold=True, align="c")
    P(doc, "PATIENT TREATMENT PLAN", bold=True, align="c")
    P(doc, "Name: Hollis G. Pettibone          Date of Birth: 12/24/1969          Medi-Cal CIN: 97730284E")
    P(doc, "Admission date: " + us(adm) + "          Plan date: " + us(plan) + "          Next update: " + us(rev))
    P(doc, "DSM-5 Diagnosis: Opioid use disorder, severe, on maintenance therapy")
    P(doc, "Goals / short-term objectives:", bold=True)
    for line in ["1. Hollis will stop using street opioids.",
                 "   1.1 Provide 3 consecutive monthly urine screens negative for illicit opioids by 01/09/2026.",
                 "2. Hollis will manage chronic back pain without illicit opioids.",
                 "   2.1 Attend the pain-management clinic intake and 2 follow-ups by 12/31/2025.",
                 "3. Hollis will keep his apartment.",
                 "   3.1 Pay rent on time for 3 consecutive months (receipts) by 01/09/2026."]:
        P(doc, line, space_after=0)
    P(doc, "Services: daily methadone dosing; counseling 50 min twice monthly; case management monthly.")
    P(doc)
    P(doc, "Primary counselor ________Claudette Renaud, CADC-I________ Date " + us(plan))
    P(doc, "Supervising counselor ____Ignatius Ferro, LAADC____ Date " + us(sup))
    P(doc, "Medical director ____Benedikt Aaltonen, MD____ Date " + us(md))
    P(doc, "Patient ____Hollis G. Pettibone____ Date " + us(plan))
    finalize(doc, name)
    label(name, BASEP, [CA], as_of, [["diagnosis-code-missing"], ["review-interval-exceeded"]],
          f"Gaps: the diagnosis is written in DSM-5 words with no ICD-10-CM code; the next update is {days(adm, rev)} "
          "days after admission (limit 92, 'at least every 3 months'). Typewriter-style form with underscored "
          "signature lines.")


def q40():
    name = "q40_pa-child-clinic-guardian.docx"
    adm, plan, md, as_of = "2026-01-05", "2026-01-26", "2026-01-29", "2026-02-15"
    assert days(adm, plan) <= PA_PLAN_DAYS
    doc = new_doc("Calibri", 10)
    header_lines(doc, ["Juniata Family Counseling — Child & Adolescent Outpatient Clinic",
                       "Youth: Kaylee R. Brandt-Osei · DOB 07/07/2014 · MA ID 4490017722"], size=8)
    footer_text(doc, "JFC Form CA-ITP  ")
    P(doc, "Individual Treatment Plan — Child/Adolescent", bold=True, size=14)
    KV(doc, [("Youth", "Kaylee R. Brandt-Osei"), ("Date of birth", "07/07/2014"), ("Age", "11"),
             ("Medical Assistance ID", "4490017722"), ("Intake date", us(adm)), ("Plan date", us(plan)),
             ("Parent/guardian", "Monique Brandt (mother)"), ("School", "Grade 6, Lewistown Area MS")], per_row=2)
    P(doc)
    P(doc, "Diagnoses: F90.0 Attention-deficit hyperactivity disorder, predominantly inattentive type; "
           "F43.25 Adjustment disorder with mixed disturbance of emotions and conduct.")
    P(doc, "What Kaylee says: \u201cI want to stop getting in trouble and have friends at lunch.\u201d", italic=True)
    T(doc, [["Goal", "Objectives", "By", "Interventions / modality"],
            ["1. Kaylee will follow classroom rules and finish her work.",
             "1a. Turn in at least 80% of homework each week (teacher report)\n1b. No more than 1 office referral per month",
             "04/30/2026", "Individual CBT; parent management training"],
            ["2. Kaylee will handle anger without hurting others.",
             "2a. Use a calm-down skill instead of hitting in 4 of 5 incidents (parent log)",
             "05/29/2026", "Individual therapy; family therapy"],
            ["3. Mom will use consistent routines at home.",
             "3a. Monique will use the evening routine chart and praise on 5 of 7 nights",
             "03/31/2026", "Family therapy; parent coaching"]], size=9)
    P(doc)
    T(doc, [["Service", "Code", "Length", "Frequency"],
            ["Individual psychotherapy", "90834", "45 min", "weekly"],
            ["Family psychotherapy with patient", "90847", "50 min", "every other week"],
            ["Psychiatric evaluation / medication management", "99214", "25 min", "monthly"]], size=9)
    P(doc, "Expected duration: 6 months (through 07/26/2026).")
    P(doc)
    sig_table(doc, [["Youth (assent)", "Kaylee R. Brandt-Osei", "", "signed", us(plan)],
                    ["Parent/Guardian", "Monique Brandt", "", "signed", us(plan)],
                    ["Therapist", "Leon Albrecht", "LPC", "signed", us(plan)],
                    ["Psychiatrist", "Corazon Villareal", "MD", "signed", us(md)]])
    finalize(doc, name)
    label(name, BASEP, [PA], as_of, [], "Clean. Pennsylvania child clinic plan: day 21 after intake, youth "
          "assent plus mother's signature, psychiatrist approval; goal grid with multiple objectives per cell.")


def q41():
    name = "q41_pa-no-psychiatric-approval.docx"
    adm, plan, as_of = "2025-10-01", "2025-10-22", "2025-11-10"
    assert days(adm, plan) <= PA_PLAN_DAYS
    bad = npi("155809341", valid=False)
    assert not luhn_ok(bad)
    doc = new_doc("Calibri", 10)
    P(doc, "Allegheny Ridge Psychiatric Outpatient", bold=True, size=12)
    P(doc, "TREATMENT PLAN", bold=True, size=13)
    T(doc, [["Individual", "Stanislaw P. Wozniak", "DOB", "01/31/1975"],
            ["MA recipient #", "8800129934", "Intake", us(adm)],
            ["Plan date", us(plan), "Therapist / NPI", "Gretchen Hollis, LCSW / " + bad]], header=False)
    P(doc)
    P(doc, "Diagnosis: F41.0 Panic disorder [episodic paroxysmal anxiety]; F40.10 Social phobia, unspecified")
    P(doc, "Goal 1: Stanislaw will ride the bus to work without a panic attack.", bold=True)
    P(doc, "  • Reduce panic attacks from 4 per week to 1 or fewer per week (panic diary) — 01/20/2026")
    P(doc, "  • Ride the bus 5 days a week for 2 consecutive weeks — 01/20/2026")
    P(doc, "Goal 2: Stanislaw will speak up at work meetings.", bold=True)
    P(doc, "  • Make at least 1 comment in each weekly team meeting for 4 weeks — 12/31/2025")
    P(doc, "Modality: CBT with interoceptive and in-vivo exposure; individual psychotherapy 90837, 60 min, weekly.")
    P(doc, "Expected duration: 16 weeks.")
    P(doc)
    P(doc, "Individual: Stanislaw P. Wozniak   Date " + us(plan))
    P(doc, "Therapist: Gretchen Hollis, LCSW   Date " + us(plan))
    finalize(doc, name)
    label(name, BASEP, [PA], as_of, [["signature-missing"], ["identifier-invalid"]],
          "Gaps: no psychiatrist or advanced practice professional approval of a psychotherapy plan; the therapist's "
          "NPI fails the check digit. Bulleted objectives with dates after dashes.")


# =============================================================================================
# FHIR R4, C-CDA and native YAML plans
# =============================================================================================
def write_json(name, obj):
    (OUT / name).write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def fhir_bundle(pid, patient, practitioner, conditions, goals, services, careplan, provenance=None):
    entries = []

    def add(res):
        entries.append({"fullUrl": f"urn:uuid:{res['id']}", "resource": res})

    add(patient)
    add(practitioner)
    for c in conditions:
        add(c)
    for g in goals:
        add(g)
    for s in services:
        add(s)
    add(careplan)
    if provenance:
        add(provenance)
    return {"resourceType": "Bundle", "id": pid, "type": "collection", "timestamp": "2026-01-01T00:00:00Z",
            "entry": entries}


def q42():
    name = "q42_fhir-careplan-ptsd.json"
    plan, as_of = "2026-01-21", "2026-02-18"
    end = "2026-07-20"
    ref = lambda rid: {"reference": f"urn:uuid:{rid}"}
    pt = {"resourceType": "Patient", "id": "b8-42-pat",
          "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB"}]},
                          "system": "http://hl7.org/fhir/sid/us-mbi", "value": "7TE2RW5UK30"}],
          "name": [{"family": "Fairweather", "given": ["Ambrose", "L."]}], "birthDate": "1954-10-03", "gender": "male"}
    pr = {"resourceType": "Practitioner", "id": "b8-42-prac",
          "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi("138820746")}],
          "name": [{"family": "Lindgren", "given": ["Sofia"], "suffix": ["LCSW"]}],
          "qualification": [{"code": {"text": "LCSW", "coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360",
                                                                   "code": "MSW", "display": "Master of Social Work"}]}}]}
    cond = {"resourceType": "Condition", "id": "b8-42-dx1",
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                      "code": "problem-list-item"}]}],
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F43.12",
                                 "display": "Post-traumatic stress disorder, chronic"}], "text": "PTSD, chronic"},
            "subject": ref("b8-42-pat"), "recordedDate": plan}
    goals = []
    for i, (txt, measure, detail, due) in enumerate([
        ("Reduce PCL-5 score from 55 to below 33", "PCL-5 total score", {"detailQuantity": {"value": 33, "comparator": "<", "unit": "score"}}, "2026-05-20"),
        ("Drive on the highway for 20 minutes without pulling over, at least 2 times per week", "Highway drives per week",
         {"detailQuantity": {"value": 2, "comparator": ">=", "unit": "per week"}}, "2026-06-19"),
        ("Sleep at least 6 hours on 5 of 7 nights (sleep diary)", "Nights with 6+ hours sleep",
         {"detailString": "5 of 7 nights"}, "2026-04-20")], 1):
        goals.append({"resourceType": "Goal", "id": f"b8-42-goal{i}", "lifecycleStatus": "active",
                      "description": {"text": txt}, "subject": ref("b8-42-pat"), "startDate": plan,
                      "target": [{"measure": {"text": measure}, **detail, "dueDate": due}],
                      "addresses": [ref("b8-42-dx1")]})
    sr = {"resourceType": "ServiceRequest", "id": "b8-42-sr1", "status": "active", "intent": "order",
          "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90834",
                               "display": "Psychotherapy, 45 minutes with patient"}],
                   "text": "Individual psychotherapy (prolonged exposure), 45 minutes"},
          "subject": ref("b8-42-pat"), "requester": ref("b8-42-prac"),
          "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": plan, "end": end}, "frequency": 1, "period": 1,
                                          "periodUnit": "wk", "duration": 45, "durationUnit": "min"}},
          "quantityQuantity": {"value": 45, "unit": "min", "system": "http://unitsofmeasure.org", "code": "min"},
          "reasonReference": [ref("b8-42-dx1")]}
    cp = {"resourceType": "CarePlan", "id": "b8-42-cp", "status": "active", "intent": "plan",
          "title": "Outpatient psychotherapy treatment plan",
          "description": "Prolonged exposure therapy for chronic PTSD after a 2024 motor-vehicle collision.",
          "subject": ref("b8-42-pat"), "period": {"start": plan, "end": end}, "created": plan,
          "author": ref("b8-42-prac"), "addresses": [ref("b8-42-dx1")],
          "goal": [ref(g["id"]) for g in goals],
          "activity": [{"reference": ref("b8-42-sr1")},
                       {"detail": {"kind": "ServiceRequest", "status": "scheduled",
                                   "description": "In-vivo exposure homework between sessions, reviewed weekly"}}]}
    prov = {"resourceType": "Provenance", "id": "b8-42-prov", "target": [ref("b8-42-cp")],
            "recorded": plan + "T16:20:00Z",
            "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                            "code": "author"}]}, "who": ref("b8-42-prac")}],
            "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1",
                                     "display": "Author's Signature"}],
                           "when": plan + "T16:20:00Z", "who": ref("b8-42-prac"),
                           "sigFormat": "application/jose", "data": "ZXlKaGJHY2lPaUpTVXpJMU5pSjkuLi4="}]}
    write_json(name, fhir_bundle("blind8-q42", pt, pr, [cond], goals, [sr], cp, prov))
    label(name, MED, [], as_of, [], "Clean FHIR R4 collection Bundle: Patient with MBI, Condition (ICD-10-CM), "
          "three Goals with targets and due dates, ServiceRequest 90834 with weekly Timing and 45-minute duration, "
          "CarePlan with period, and a Provenance author signature by an LCSW (credential in Practitioner name "
          "suffix and qualification).", unsure=["signature-missing", "credential-missing"])


def q43():
    name = "q43_fhir-sud-bad-cpt.json"
    plan, as_of = "2025-12-10", "2026-01-05"
    ref = lambda rid: {"reference": f"urn:uuid:{rid}"}
    pt = {"resourceType": "Patient", "id": "b8-43-pat",
          "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.3.48", "type": {"text": "Medicaid ID"}, "value": "620044918"},
                         {"system": "urn:oid:1.2.3.4.5.99.1", "type": {"text": "MRN"}, "value": "MRN-77310"}],
          "name": [{"family": "Castellanos", "given": ["Yesenia"]}], "birthDate": "1997-02-11", "gender": "female"}
    pr = {"resourceType": "Practitioner", "id": "b8-43-prac",
          "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi("119055263")}],
          "name": [{"family": "Okafor", "given": ["Gideon"], "suffix": ["LCDC"]}]}
    conds = [{"resourceType": "Condition", "id": "b8-43-dx1",
              "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F12.20",
                                   "display": "Cannabis dependence, uncomplicated"}]}, "subject": ref("b8-43-pat")},
             {"resourceType": "Condition", "id": "b8-43-dx2",
              "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F41.1",
                                   "display": "Generalized anxiety disorder"}]}, "subject": ref("b8-43-pat")}]
    goals = [{"resourceType": "Goal", "id": "b8-43-goal1", "lifecycleStatus": "active",
              "description": {"text": "Negative cannabis screens on 6 consecutive weekly tests"},
              "subject": ref("b8-43-pat"), "target": [{"dueDate": "2026-03-10"}]}]
    srs = [{"resourceType": "ServiceRequest", "id": "b8-43-sr1", "status": "active", "intent": "order",
            "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "908037"}],
                     "text": "Individual psychotherapy 60 min"}, "subject": ref("b8-43-pat"),
            "occurrenceTiming": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "wk", "duration": 60, "durationUnit": "min"}}},
           {"resourceType": "ServiceRequest", "id": "b8-43-sr2", "status": "active", "intent": "order",
            "code": {"coding": [{"system": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "code": "H0005"}],
                     "text": "Alcohol and/or drug services; group counseling"}, "subject": ref("b8-43-pat"),
            "occurrenceTiming": {"repeat": {"frequency": 2, "period": 1, "periodUnit": "wk"}}}]
    cp = {"resourceType": "CarePlan", "id": "b8-43-cp", "status": "active", "intent": "plan",
          "title": "Outpatient SUD treatment plan", "subject": ref("b8-43-pat"), "created": plan,
          "period": {"start": plan, "end": "2026-03-10"}, "author": ref("b8-43-prac"),
          "addresses": [ref("b8-43-dx1"), ref("b8-43-dx2")], "goal": [ref("b8-43-goal1")],
          "activity": [{"reference": ref("b8-43-sr1")}, {"reference": ref("b8-43-sr2")}]}
    write_json(name, fhir_bundle("blind8-q43", pt, pr, conds, goals, srs, cp))
    label(name, BASEP, [], as_of, [["service-code-invalid"]],
          "Gap: the psychotherapy ServiceRequest carries CPT code '908037' (six digits, not a CPT/HCPCS code). "
          "FHIR collection Bundle; Medicaid ID and MRN identifiers on the Patient.")


def ccda(name, p):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;")
    probs = "".join(f"""
        <entry>
          <act classCode="ACT" moodCode="EVN">
            <templateId root="2.16.840.1.113883.10.20.22.4.132" extension="2015-08-01"/>
            <id root="{p['oid']}.{i}"/>
            <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concerns Document"/>
            <statusCode code="active"/>
            <entryRelationship typeCode="REFR">
              <observation classCode="OBS" moodCode="EVN">
                <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                <id root="{p['oid']}.{i}.1"/>
                <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
                <text><reference value="#dx{i}"/></text>
                <statusCode code="completed"/>
                <effectiveTime><low value="{p['plan'].replace('-', '')}"/></effectiveTime>
                <value xsi:type="CD" code="{c}" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="{esc(d)}"/>
              </observation>
            </entryRelationship>
          </act>
        </entry>""" for i, (c, d) in enumerate(p["dx"], 1))
    dx_rows = "".join(f'<tr ID="dx{i}"><td>{c}</td><td>{esc(d)}</td></tr>' for i, (c, d) in enumerate(p["dx"], 1))
    goals = "".join(f"""
        <entry>
          <observation classCode="OBS" moodCode="GOL">
            <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
            <id root="{p['oid']}.g{i}"/>
            <code nullFlavor="OTH"><originalText><reference value="#goal{i}"/></originalText></code>
            <statusCode code="active"/>
            <effectiveTime><high value="{due.replace('-', '')}"/></effectiveTime>
            <value xsi:type="ST">{esc(g)}</value>
          </observation>
        </entry>""" for i, (g, due) in enumerate(p["goals"], 1))
    goal_rows = "".join(f'<tr ID="goal{i}"><td>{esc(g)}</td><td>{us(due)}</td></tr>' for i, (g, due) in enumerate(p["goals"], 1))
    svcs = "".join(f"""
        <entry>
          <procedure classCode="PROC" moodCode="INT">
            <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
            <id root="{p['oid']}.s{i}"/>
            <code code="{code}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT" displayName="{esc(desc)}"/>
            <statusCode code="active"/>
            <effectiveTime xsi:type="IVL_TS"><low value="{p['plan'].replace('-', '')}"/><high value="{p['end'].replace('-', '')}"/></effectiveTime>
          </procedure>
        </entry>""" for i, (code, desc, freq) in enumerate(p["services"], 1))
    svc_rows = "".join(f"<tr><td>{code}</td><td>{esc(desc)}</td><td>{esc(freq)}</td></tr>" for code, desc, freq in p["services"])
    pd = p["plan"].replace("-", "")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="{p['oid']}" extension="{p['docid']}"/>
  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" displayName="Overall plan of care/advance care directives"/>
  <title>{esc(p['title'])}</title>
  <effectiveTime value="{pd}1030-0500"/>
  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="{p['payer_oid']}" extension="{p['member_id']}" assigningAuthorityName="{esc(p['payer'])}"/>
      <id root="{p['oid']}.99" extension="{p['mrn']}" assigningAuthorityName="MRN"/>
      <addr use="HP"><streetAddressLine>{esc(p['street'])}</streetAddressLine><city>{p['city']}</city><state>{p['state']}</state><postalCode>{p['zip']}</postalCode></addr>
      <patient>
        <name use="L"><given>{p['given']}</given><family>{p['family']}</family></name>
        <administrativeGenderCode code="{p['sex']}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{p['dob'].replace('-', '')}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{pd}1030-0500"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="{p['npi']}"/>
      <assignedPerson><name><given>{p['author'][0]}</given><family>{p['author'][1]}</family><suffix>{p['author'][2]}</suffix></name></assignedPerson>
      <representedOrganization><name>{esc(p['org'])}</name></representedOrganization>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="{p['oid']}"/><name>{esc(p['org'])}</name></representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator>
    <time value="{pd}1105-0500"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{p['npi']}"/>
      <assignedPerson><name><given>{p['author'][0]}</given><family>{p['author'][1]}</family><suffix>{p['author'][2]}</suffix></name></assignedPerson>
    </assignedEntity>
  </legalAuthenticator>
  <documentationOf>
    <serviceEvent classCode="PCPR">
      <effectiveTime><low value="{pd}"/><high value="{p['end'].replace('-', '')}"/></effectiveTime>
    </serviceEvent>
  </documentationOf>
  <component>
    <structuredBody>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/>
          <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concerns document"/>
          <title>Health Concerns</title>
          <text><table border="1"><thead><tr><th>ICD-10-CM</th><th>Diagnosis</th></tr></thead><tbody>{dx_rows}</tbody></table>
            <paragraph>{esc(p['concern_text'])}</paragraph></text>{probs}
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.60"/>
          <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/>
          <title>Goals</title>
          <text><table border="1"><thead><tr><th>Goal</th><th>Target date</th></tr></thead><tbody>{goal_rows}</tbody></table></text>{goals}
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>
          <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/>
          <title>Interventions</title>
          <text><table border="1"><thead><tr><th>CPT</th><th>Service</th><th>Frequency / amount</th></tr></thead><tbody>{svc_rows}</tbody></table></text>{svcs}
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.61"/>
          <code code="11383-7" codeSystem="2.16.840.1.113883.6.1" displayName="Patient problem outcome"/>
          <title>Health Status Evaluations and Outcomes</title>
          <text><paragraph>{esc(p['outcome_text'])}</paragraph></text>
        </section>
      </component>
    </structuredBody>
  </component>
</ClinicalDocument>
"""
    (OUT / name).write_text(xml, encoding="utf-8")


def q44():
    name = "q44_ccda-careplan-cmhc.xml"
    plan, as_of = "2026-01-12", "2026-02-02"
    ccda(name, {"oid": "2.16.840.1.113883.3.9988.44", "docid": "CP-2026-0112-044", "title": "Behavioral Health Care Plan",
                "plan": plan, "end": "2026-07-12", "payer_oid": "2.16.840.1.113883.3.9988.7", "member_id": "MCD4471902651",
                "payer": "Keystone Medicaid Managed Care", "mrn": "CM-55120", "street": "88 Orchard Row", "city": "Millbrook",
                "state": "PA", "zip": "17000", "given": "Tamsin", "family": "Harrowgate", "sex": "F", "dob": "1979-09-25",
                "npi": npi("167733401"), "author": ("Ilse", "Vantongeren", "LPC"), "org": "Millbrook Community Mental Health",
                "dx": [("F33.1", "Major depressive disorder, recurrent, moderate"), ("F41.1", "Generalized anxiety disorder")],
                "concern_text": "Low mood, poor sleep, missed work days.",
                "goals": [("PHQ-9 below 10 on two consecutive monthly screens", "2026-05-12"),
                          ("Return to work full time (5 shifts per week)", "2026-04-12")],
                "services": [("90834", "Individual psychotherapy, 45 minutes", "weekly"),
                             ("90853", "Group psychotherapy", "weekly, 90 minutes")],
                "outcome_text": "Baseline PHQ-9 18 (01/05/2026); GAD-7 12."})
    label(name, BASEP, [], as_of, [], "Clean C-CDA R2.1 Care Plan document: member ID and MRN ids in the "
          "recordTarget, ICD-10-CM problem observations inside Health Concern acts, goals with target dates, "
          "planned procedures with CPT codes, legal authenticator with NPI.")


def q45():
    name = "q45_ccda-careplan-bad-icd.xml"
    plan, as_of = "2025-11-18", "2025-12-10"
    ccda(name, {"oid": "2.16.840.1.113883.3.9988.45", "docid": "CP-2025-1118-045", "title": "Care Plan",
                "plan": plan, "end": "2026-05-18", "payer_oid": "2.16.840.1.113883.3.9988.8", "member_id": "ZH20577341",
                "payer": "Harborline Health Plan", "mrn": "HX-00918", "street": "14 Gannet Lane", "city": "Port Carrow",
                "state": "NY", "zip": "12000", "given": "Desmond", "family": "Achterhof", "sex": "M", "dob": "1966-04-04",
                "npi": npi("190044718"), "author": ("Perpetua", "Nakashima", "LCSW-R"), "org": "Port Carrow Counseling Center",
                "dx": [("F33.10", "Major depressive disorder, recurrent, moderate"), ("F10.21", "Alcohol dependence, in remission")],
                "concern_text": "Recurrent depression; alcohol use in early remission.",
                "goals": [("BDI-II below 14", "2026-02-18"), ("Attend 2 mutual-help meetings per week", "2026-01-18")],
                "services": [("90837", "Individual psychotherapy, 60 minutes", "weekly")],
                "outcome_text": "BDI-II 27 at intake (11/04/2025)."})
    label(name, BASEP, [], as_of, [["diagnosis-code-invalid"]],
          "Gap: the primary problem observation carries 'F33.10', which is not an ICD-10-CM code (F33.1 is the "
          "complete code). C-CDA Care Plan document.")


def yaml_str(obj, indent=0):
    """Tiny YAML emitter (block style, every scalar quoted) for deterministic native plans."""
    pad = "  " * indent
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{pad}{k}:")
                out.append(yaml_str(v, indent + 1))
            else:
                out.append(f"{pad}{k}: {scalar(v)}")
    elif isinstance(obj, list):
        for item in obj:
            if isinstance(item, dict):
                first = True
                sub = yaml_str(item, indent + 1).split("\n")
                for line in sub:
                    if first:
                        out.append(f"{pad}- {line.strip()}" if line.startswith("  " * (indent + 1)) else f"{pad}- {line}")
                        first = False
                    else:
                        out.append(line)
            else:
                out.append(f"{pad}- {scalar(item)}")
    return "\n".join(out)


def scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, dict)):
        return "[]" if isinstance(v, list) else "{}"
    return json.dumps(str(v), ensure_ascii=False)


def aba_yaml(plan, assess_list, reviews, caregiver=True):
    goals = [
        {"label": "SA-1", "domain": "Communication", "statement": "Ruby will request help using a 3-word phrase.",
         "baseline": "2 of 10 opportunities (probe 12/29/2025)", "mastery_criteria": "9 of 10 opportunities across 3 consecutive sessions",
         "target_date": "2026-05-29"},
        {"label": "SA-2", "domain": "Social", "statement": "Ruby will share materials with a peer during play.",
         "baseline": "0 shares per 15-minute play probe", "mastery_criteria": "3 shares per 15-minute probe on 4 of 5 days",
         "target_date": "2026-06-30"},
        {"label": "BR-1", "domain": "Behavior reduction", "statement": "Ruby will reduce pinching others.",
         "baseline": "6 per day (10-day average)", "mastery_criteria": "0 per day for 15 consecutive days",
         "target_date": "2026-07-10"},
    ]
    if caregiver:
        goals.append({"label": "CT-1", "domain": "Caregiver training",
                      "statement": "Father will deliver differential reinforcement for gentle hands during play at home.",
                      "baseline": "30% fidelity", "mastery_criteria": "90% fidelity across 3 consecutive observations",
                      "target_date": "2026-04-30"})
    plan_obj = {
        "schema": "authcheck-plan/1",
        "patient": {"name": "Ruby A. Lindahl-Moreno", "birth_date": "2021-05-17", "member_id": "CGN00441287"},
        "payer": "Cascade Group Health",
        "discipline": "aba",
        "program": "Early intensive behavioral intervention",
        "providers": [{"name": "Yusuf Demir", "credential": "BCBA", "npi": npi("106688213"), "role": "supervising BCBA",
                       "organization": "North Fork Behavior Clinic"}],
        "plan_date": plan,
        "period": {"start": "2026-01-19", "end": "2026-07-18"},
        "expected_duration": "6 months",
        "diagnoses": [{"code": "F84.0", "description": "Autistic disorder", "primary": True,
                       "diagnosed_by": "Clarissa Vogt, PhD, licensed psychologist", "diagnosed_on": "2024-08-12"}],
        "assessments": assess_list,
        "problems": [{"statement": "Skill deficits and problem behavior associated with autism", "goals": goals}],
        "services": [
            {"code": "97153", "description": "Adaptive behavior treatment by protocol", "hours_per_week": "20"},
            {"code": "97155", "description": "Protocol modification by BCBA", "hours_per_week": "3"},
            {"code": "97156", "description": "Family adaptive behavior treatment guidance", "hours_per_week": "1"},
        ],
        "reviews": reviews,
        "signatures": [
            {"role": "clinician", "name": "Yusuf Demir", "credential": "BCBA", "date": plan, "method": "electronic"},
            {"role": "guardian", "name": "Anders Lindahl", "date": plan, "method": "handwritten"},
        ],
    }
    if not reviews:
        del plan_obj["reviews"]
    return plan_obj


def q46():
    name = "q46_native-aba.yaml"
    plan, as_of = "2026-01-12", "2026-02-01"
    rev = "2026-07-06"
    aba_checks(plan, "2025-12-22", rev, ("2026-01-19", "2026-07-18"))
    obj = aba_yaml(plan, [{"instrument": "VB-MAPP", "date": "2025-12-22", "scores": {"Milestones": "41", "Barriers": "33"},
                           "administered_by": "Yusuf Demir, BCBA"},
                          {"instrument": "Vineland-3", "date": "2025-12-30", "scores": {"ABC": "67"}}],
                   [{"kind": "review", "date": rev, "completed": False}])
    (OUT / name).write_text(yaml_str(obj) + "\n", encoding="utf-8")
    label(name, ABA, [], as_of, [], "Clean native authcheck YAML ABA plan (all fields explicit).")


def q47():
    name = "q47_native-aba-fba-only.yaml"
    plan, as_of = "2026-01-12", "2026-02-01"
    obj = aba_yaml(plan, [{"instrument": "Functional behavior assessment (interview and ABC observation)", "date": "2025-12-22"},
                          {"instrument": "Parent interview", "date": "2025-12-20"}], [])
    (OUT / name).write_text(yaml_str(obj) + "\n", encoding="utf-8")
    label(name, ABA, [], as_of, [["assessment-missing"], ["review-date-missing"]],
          "Gaps: the only assessments are an FBA and a parent interview (no standardized instrument); no next review "
          "date. Native YAML.", unsure=["review-interval-exceeded"])


# =============================================================================================
PLANS = [q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15, q16, q17, q18, q19, q20,
         q21, q22, q23, q24, q25, q26, q27, q28, q29, q30, q31, q32, q33, q34, q35, q36, q37, q38, q39, q40,
         q41, q42, q43, q44, q45, q46, q47]


def main():
    LABELS.clear()
    for f in PLANS:
        f()
    names = [l["file"] for l in LABELS]
    assert len(names) == len(set(names)) == len(PLANS)
    for l in LABELS:
        assert (OUT / l["file"]).exists()
        assert "readability" not in l["must_not_report"]
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LABELS)} plans")


if __name__ == "__main__":
    main()
