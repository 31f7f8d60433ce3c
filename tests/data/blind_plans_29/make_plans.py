#!/usr/bin/env python
"""Blind set 29: plan updates, reviews, recertifications, reauthorizations and addenda.

Deterministic: run with /work/main/.venv/bin/python make_plans.py; writes every plan file and labels.json
next to this script. Everything is invented.
"""
import datetime as dt
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date
FIXED = dt.datetime(2026, 1, 1, 9, 0, 0)
FIXED_W = "2026-01-01T09:00:00Z"


def days(a, b):
    return (b - a).days


def us(d):
    return d.strftime("%m/%d/%Y")


def us2(d):
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def longd(d):
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


def abbr(d):
    return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")


def dmy(d):
    return f"{d.day} {d.strftime('%B %Y')}"


def npi(base9, valid=True):
    s = "80840" + base9
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    check = (10 - tot % 10) % 10
    if not valid:
        check = (check + 3) % 10
    return base9 + str(check)


def luhn_ok(n):
    s = "80840" + n
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


assert npi("123456789") == "1234567893" and luhn_ok("1234567893")

# ---------------------------------------------------------------- finding kinds per profile (error/warning only)
BASE = {"field-missing", "diagnosis-missing", "diagnosis-code-missing", "diagnosis-code-invalid",
        "diagnosis-code-not-billable", "identifier-invalid", "service-code-invalid", "date-inconsistent"}
PAYER = {
    "base-treatment-plan": set(BASE),
    "medicare-psychotherapy": BASE | {"goal-missing", "goal-not-measurable", "objective-not-measurable",
                                      "objective-not-time-bound", "intervention-missing", "amount-missing",
                                      "frequency-missing", "duration-missing", "duration-exceeds-limit",
                                      "plan-outdated", "signature-missing", "credential-missing"},
    # amount-missing is info under medicare-outpatient-therapy: never listed
    "medicare-outpatient-therapy": BASE | {"goal-missing", "goal-not-measurable", "intervention-missing",
                                           "frequency-missing", "duration-missing", "plan-late",
                                           "signature-missing", "signature-late", "credential-not-permitted",
                                           "review-interval-exceeded", "review-overdue"},
    "medicare-home-health": BASE | {"goal-missing", "goal-not-measurable", "intervention-missing",
                                    "frequency-missing", "duration-missing", "signature-missing",
                                    "credential-not-permitted", "review-interval-exceeded", "review-overdue"},
    "commercial-aba": BASE | {"diagnosis-not-covered", "goal-missing", "goal-not-measurable", "baseline-missing",
                              "goal-not-time-bound", "caregiver-goal-missing", "assessment-missing",
                              "assessment-outdated", "amount-missing", "duration-exceeds-limit",
                              "review-date-missing", "review-interval-exceeded", "signature-missing"},
}
STATE = {
    "pa-55-5200": {"field-missing", "plan-late", "goal-missing", "objective-missing", "intervention-missing",
                   "duration-missing", "signature-missing"},
    "tx-26tac-564": {"goal-missing", "objective-missing", "objective-not-measurable", "objective-not-time-bound",
                     "intervention-missing", "frequency-missing", "duration-missing", "signature-missing"},
    "fl-65d-30": {"field-missing", "plan-late", "goal-missing", "objective-missing", "objective-not-measurable",
                  "objective-not-time-bound", "intervention-missing", "frequency-missing", "signature-missing",
                  "signature-late"},
    "ny-oasas-818": {"field-missing", "plan-late", "signature-missing", "signature-late", "diagnosis-missing",
                     "goal-missing", "intervention-missing"},
    "ca-title9-ntp": {"field-missing", "plan-late", "goal-missing", "objective-missing", "objective-not-time-bound",
                      "review-date-missing", "review-interval-exceeded", "review-overdue", "signature-missing",
                      "signature-late"},
}

LABELS = []


def label(file, payer, as_of, gaps=(), omit=(), states=(), notes=""):
    kinds = set(PAYER[payer])
    for s in states:
        kinds |= STATE[s]
    gap_kinds = {k for g in gaps for k in g}
    for k in gap_kinds | set(omit):
        assert k in kinds, (file, k)
    cw = ["--payer", payer]
    for s in states:
        cw += ["--state", s]
    cw += ["--as-of", as_of.isoformat()]
    LABELS.append({"file": file, "check_with": cw, "must_report": [list(g) for g in gaps],
                   "must_not_report": sorted(kinds - gap_kinds - set(omit)), "notes": notes})


# ---------------------------------------------------------------- DOCX helpers
_ids = {"n": 100}


def nid():
    _ids["n"] += 1
    return str(_ids["n"])


def new_doc(font="Calibri", size=10.5, landscape=False, margins=0.8):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Inches(margins))
    return doc


def H(doc, text, level=1, style=True):
    if style:
        return doc.add_heading(text, level=level)
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12 if level == 1 else 11)
    return p


def P(doc, text="", bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def LP(doc, label_, value, sep=": "):
    p = doc.add_paragraph()
    r = p.add_run(label_ + sep)
    r.bold = True
    p.add_run(value)
    return p


def B(doc, text, numbered=False):
    return doc.add_paragraph(text, style="List Number" if numbered else "List Bullet")


def set_cell(cell, text, bold=False, shade=None, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)


def T(doc_or_cell, rows, header=True, shade="D9E2F3", style="Table Grid", size=None, widths=None):
    ncol = max(len(r) for r in rows)
    t = doc_or_cell.add_table(rows=len(rows), cols=ncol)
    try:
        t.style = style
    except Exception:
        pass
    for i, row in enumerate(rows):
        for j in range(ncol):
            val = row[j] if j < len(row) else ""
            set_cell(t.cell(i, j), val, bold=(header and i == 0), shade=(shade if header and i == 0 else None),
                     size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Inches(w)
    return t


def merge_row(t, r, text, bold=True, shade="EDEDED"):
    a = t.cell(r, 0).merge(t.cell(r, len(t.columns) - 1))
    set_cell(a, text, bold=bold, shade=shade)
    return a


def header(doc, text, footer_text=None):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text


def _run_el(text, bold=False, deleted=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, before, deleted, inserted, after="", author="QA Reviewer"):
    """Append to paragraph p: before + <del>deleted</del><ins>inserted</ins> + after."""
    if before:
        p._p.append(_run_el(before))
    if deleted:
        d = OxmlElement("w:del")
        d.set(qn("w:id"), nid())
        d.set(qn("w:author"), author)
        d.set(qn("w:date"), FIXED_W)
        d.append(_run_el(deleted, deleted=True))
        p._p.append(d)
    if inserted:
        i = OxmlElement("w:ins")
        i.set(qn("w:id"), nid())
        i.set(qn("w:author"), author)
        i.set(qn("w:date"), FIXED_W)
        i.append(_run_el(inserted))
        p._p.append(i)
    if after:
        p._p.append(_run_el(after))
    return p


def sdt_run(p, text, tag="field", bold=False):
    """Inline content control holding text."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias")
    al.set(qn("w:val"), tag)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    pr.append(al)
    pr.append(tg)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    content.append(_run_el(text, bold=bold))
    sdt.append(content)
    p._p.append(sdt)
    return p


def sdt_block(doc, build, tag="section"):
    """Wrap what build(doc) adds (paragraphs/tables) in a block content control."""
    body = doc.element.body
    n0 = len(body)
    build(doc)
    sect = body[-1]
    assert sect.tag == qn("w:sectPr")
    added = list(body)[n0 - 1:len(body) - 1]
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    pr.append(tg)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    for e in added:
        content.append(e)
    sdt.append(content)
    sect.addprevious(sdt)


def comment(doc, paragraph, text, author="Clinical Director", initials="CD"):
    runs = paragraph.runs
    if not runs:
        runs = [paragraph.add_run("")]
    doc.add_comment(runs, text=text, author=author, initials=initials)


def save(doc, name, author="records"):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    buf = io.BytesIO()
    doc.save(buf)
    write_zip_stable(buf.getvalue(), os.path.join(OUT, name))


def write_zip_stable(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    names = zin.namelist()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in names:
            content = zin.read(n)
            if n == "word/comments.xml":
                import re
                content = re.sub(rb'w:date="[^"]*"', ('w:date="%s"' % FIXED_W).encode(), content)
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, content)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def write_text(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


CRISIS = ("If you are in crisis, call or text 988 (Suicide & Crisis Lifeline) or go to the nearest emergency "
          "department. After hours, the answering service will page the on-call clinician.")
CONSENT = ("I participated in developing this plan and had the chance to ask questions. I understand I may "
           "request a copy of this plan and may ask for changes at any time. I understand that services may "
           "be billed to my insurance and that information in this plan may be shared with my insurer for "
           "payment purposes as permitted by law.")
PRIVACY = ("CONFIDENTIAL: This document contains protected health information. Redisclosure is prohibited "
           "unless permitted by 45 CFR Part 164 or 42 CFR Part 2 where applicable.")


# ================================================================ medicare-psychotherapy
def c01():
    orig, rev, nxt, asof = D(2025, 11, 4), D(2026, 2, 3), D(2026, 5, 5), D(2026, 2, 20)
    end = D(2026, 8, 3)
    assert days(orig, end) < 365 and days(rev, asof) <= 365 and nxt > rev
    doc = new_doc("Arial", 10)
    header(doc, "Harborview Counseling Associates  |  Outpatient Behavioral Health  |  NPI " + npi("164209371"),
           "Okafor, Rosalind  DOB 04/22/1957  MBI 5RW2HJ8KT43   -   Page 1 of 2")
    P(doc, "TREATMENT PLAN REVIEW (90-DAY)", bold=True, size=14, align="c")
    t = T(doc, [["Client", "Rosalind Okafor", "Date of birth", "04/22/1957"],
                ["Medicare ID (MBI)", "5RW2HJ8KT43", "Record #", "HCA-20931"],
                ["Original plan date", us(orig), "Review date", us(rev)],
                ["Review type", "90-day review", "Next review due", us(nxt)],
                ["Clinician", "Tomas Reyes, LCSW", "Payer", "Medicare Part B"]], header=False)
    for r in t.rows:
        for j in (0, 2):
            for run in r.cells[j].paragraphs[0].runs:
                run.bold = True
    H(doc, "Diagnosis (no change since original plan)", 2)
    T(doc, [["ICD-10-CM", "Description", "Status"], ["F33.1", "Major depressive disorder, recurrent, moderate",
                                                      "Primary - continues"]])
    H(doc, "Summary of progress since last plan", 2)
    P(doc, "Rosalind has attended 12 of 13 scheduled sessions. She reports that mornings are easier and she has "
           "returned to choir practice once a week. Sleep remains broken (up at 3-4 a.m. most nights); a sleep "
           "goal is added at this review. No safety concerns; she denies suicidal ideation (C-SSRS screen negative "
           "01/27/2026). PHQ-9 has fallen from 18 at intake to 12 today.")
    H(doc, "Goals and objectives - status at this review", 2)
    rows = [["#", "Goal / objective", "Baseline\n(" + us(orig) + ")", "Now\n(" + us(rev) + ")", "Status",
             "Target date"],
            ["G1", "Goal 1: Lift depressed mood so that Rosalind resumes her usual social and household "
                   "routines.", "", "", "Continued", ""],
            ["1a", "Rosalind will reduce her PHQ-9 score from 18 to below 10.", "18", "12",
             "Partially met - continue", us(nxt)],
            ["1b", "Rosalind will attend at least 2 planned social activities per week (choir, senior center, "
                   "visiting her sister), as recorded in her activity log.", "0 per week", "1 per week",
             "Partially met - continue", us(nxt)],
            ["1c", "Rosalind will name 3 early warning signs of a depressive relapse.", "0", "3",
             "Met 01/13/2026 (discontinued)", "-"],
            ["G2", "Goal 2 (NEW at this review): Improve sleep so that daytime fatigue no longer keeps her from "
                   "planned activities.", "", "", "New", ""],
            ["2a", "Rosalind will sleep at least 6 hours on 5 of 7 nights, as recorded in a sleep diary.",
             "1 of 7 nights", "1 of 7 nights", "New", us(nxt)]]
    t = T(doc, rows, size=9)
    for r in (1, 5):
        for c in t.rows[r].cells:
            for p in c.paragraphs:
                for run in p.runs:
                    run.bold = True
    H(doc, "Interventions", 2)
    B(doc, "Cognitive behavioral therapy: thought records, cognitive restructuring (continue).")
    B(doc, "Behavioral activation with weekly activity scheduling (continue).")
    B(doc, "CBT for insomnia components: sleep restriction, stimulus control, sleep diary review (new).")
    H(doc, "Services", 2)
    T(doc, [["Service", "CPT", "Session length", "Frequency", "Duration"],
            ["Individual psychotherapy", "90837", "53-60 minutes", "Weekly",
             "6 months from this review (through " + us(end) + ")"]])
    P(doc, "Changes made at this review: objective 1c closed as met; Goal 2 and objective 2a added; "
           "frequency and session length unchanged.", italic=True)
    H(doc, "Signatures", 2)
    T(doc, [["", "Name / credentials", "Signature", "Date"],
            ["Original plan - clinician", "Tomas Reyes, LCSW", "signed", us(orig)],
            ["Original plan - client", "Rosalind Okafor", "signed", us(orig)],
            ["90-day review - clinician", "Tomas Reyes, LCSW", "/s/ Tomas Reyes, LCSW", us(rev)],
            ["90-day review - client", "Rosalind Okafor", "/s/ Rosalind Okafor", us(rev)]])
    P(doc, CRISIS, size=8)
    save(doc, "c01_psy_90day_review_table.docx")
    label("c01_psy_90day_review_table.docx", "medicare-psychotherapy", asof,
          notes="Clean. 90-day review in a status table (baseline / now / status / target columns), original plan "
                "date next to the review date; the review is the current plan (plan date 02/03/2026); a met "
                "objective is closed with no target. Duration through 08/03/2026 is under one year from either date.")


def c02():
    init, upd, q1, q2due, asof = D(2024, 1, 10), D(2025, 1, 14), D(2025, 4, 15), D(2025, 7, 15), D(2026, 5, 12)
    assert days(q1, asof) > 365 and days(upd, asof) > 365
    end = D(2025, 10, 14)
    assert days(upd, end) < 365
    doc = new_doc("Times New Roman", 11.5)
    header(doc, "Northgate Psychological Services, PLLC")
    P(doc, "Annual Treatment Plan Update", bold=True, size=15)
    P(doc, "Consumer: Gerald Vanterpool          Date of Birth: September 30, 1949")
    P(doc, "Medicare Number: 2KD7RT4XW18          Chart No. 44-1187")
    P(doc, f"Initial treatment plan: {longd(init)}.  Date of this annual update: {longd(upd)}.")
    P(doc, "Treating psychologist: Priya Natarajan, PsyD (NPI " + npi("150318842") + ")")
    H(doc, "Reason for update", 2, style=False)
    P(doc, "Annual update of the plan of care. Mr. Vanterpool continues to experience excessive worry about his "
           "health and finances, with muscle tension and poor concentration. His wife reports he is more engaged "
           "than a year ago. He wishes to continue therapy.")
    H(doc, "Diagnosis", 2, style=False)
    P(doc, "F41.1  Generalized anxiety disorder (primary).")
    H(doc, "Goals for the coming year", 2, style=False)
    P(doc, "Goal A. Mr. Vanterpool will worry less and spend his days on activities he values.")
    P(doc, f"    Objective A1: reduce the GAD-7 score from 15 (12/2024) to 7 or lower by {abbr(D(2025, 7, 14))}.")
    P(doc, f"    Objective A2: practice diaphragmatic breathing or progressive muscle relaxation on at least 5 of 7 "
           f"days, as logged on his practice sheet, by {abbr(D(2025, 4, 14))}.")
    P(doc, f"    Objective A3: limit checking of his bank and health portals to no more than twice a day on 6 of 7 "
           f"days by {abbr(D(2025, 7, 14))}.")
    H(doc, "Treatment", 2, style=False)
    P(doc, "Cognitive behavioral therapy for GAD (worry exposure, cognitive restructuring, relaxation training). "
           "Individual psychotherapy, CPT 90834, 45 minutes, every other week. Expected duration: 9 months "
           f"(through {us(end)}), then discharge or re-evaluation.")
    P(doc, "Electronically signed: Priya Natarajan, PsyD - " + us(upd) + " 16:02")
    P(doc, "Consumer signature: Gerald Vanterpool (signed in office) - " + us(upd))
    H(doc, "Quarterly review", 2, style=False)
    P(doc, f"Review completed {longd(q1)}: GAD-7 today 11. Objective A2 met. A1 and A3 continue. No changes to "
           f"frequency. Next review scheduled {longd(q2due)}.")
    P(doc, "Electronically signed: Priya Natarajan, PsyD - " + us(q1))
    P(doc, PRIVACY, size=8, italic=True)
    save(doc, "c02_psy_annual_update_lapsed.docx")
    label("c02_psy_annual_update_lapsed.docx", "medicare-psychotherapy", asof, gaps=[["plan-outdated"]],
          notes="Annual update dated 01/14/2025 with a completed quarterly review 04/15/2025; the review scheduled "
                "for 07/15/2025 is not documented. On 2026-05-12 the last update/review is 392 days old, more than "
                "365 (whichever date is taken as the plan date). Plain paragraph layout, dates in words.")


def c03():
    orig, upd, nxt, asof = D(2025, 12, 1), D(2026, 3, 2), D(2026, 6, 1), D(2026, 3, 20)
    doc = new_doc("Segoe UI", 9.5)
    header(doc, "Lakeshore Behavioral Health - EHR print  |  Document: TX PLAN UPDATE  |  Printed 03/02/2026",
           "Patient: FERNWOOD, ELLIS  |  DOB: 07/19/1954  |  Ins ID: 8VN3QA2DK55")
    P(doc, "TREATMENT PLAN UPDATE", bold=True, size=13)
    T(doc, [["Patient name", "FERNWOOD, ELLIS"], ["DOB", "07/19/1954"], ["Primary insurance", "Medicare (MBI 8VN3QA2DK55)"],
            ["Plan established", us(orig)], ["Update date", us(upd)], ["Next plan review", us(nxt)],
            ["Rendering provider", "Jordan Pike"], ["Location", "Lakeshore BH - Eastside office"]], header=False)
    P(doc, "")
    P(doc, "DIAGNOSES", bold=True)
    P(doc, "1. F43.10 Post-traumatic stress disorder, unspecified - Primary - Active")
    P(doc, "PROBLEM 1: Intrusive memories, nightmares and avoidance following a house fire (08/2025).", bold=True)
    P(doc, "LONG-TERM GOAL: Ellis will manage trauma symptoms well enough to drive past the old neighborhood and "
           "sleep through most nights.")
    T(doc, [["Obj", "Short-term objective", "Progress", "Target"],
            ["1.1", "Reduce PCL-5 total from 52 to below 33.", "PCL-5 41 on 02/23/2026 - progressing",
             us(D(2026, 6, 1))],
            ["1.2", "Report no more than 2 nightmares per week on the sleep log for 4 consecutive weeks.",
             "4-5 per week - revised target date", us(D(2026, 6, 1))],
            ["1.3", "Complete 10 in-vivo exposure tasks from the agreed hierarchy.", "6 of 10 done",
             us(D(2026, 5, 1))]])
    P(doc, "INTERVENTIONS: Cognitive processing therapy (CPT protocol), graded in-vivo exposure, imagery rehearsal "
           "for nightmares.")
    P(doc, "SERVICE: 90837 Psychotherapy, 60 min, once weekly. Expected duration: 6 months from update "
           f"(through {us(D(2026, 9, 2))}).")
    P(doc, "UPDATE NOTE: Objective 1.2 target date moved from 03/01/2026 to 06/01/2026; no other changes.")
    P(doc, "")
    P(doc, "Signed by Jordan Pike 12/01/2025 (original plan)")
    P(doc, "Electronically signed by Jordan Pike on 03/02/2026 at 2:14 PM")
    P(doc, "Patient acknowledgment: signed on signature pad 03/02/2026 - Ellis Fernwood")
    save(doc, "c03_psy_update_no_credential.docx")
    label("c03_psy_update_no_credential.docx", "medicare-psychotherapy", asof, gaps=[["credential-missing"]],
          notes="EHR-print update; the clinician Jordan Pike signs the original plan and the update without any "
                "credential (none appears anywhere in the document). Patient identifiers in the footer and a "
                "label/value table; 'revised target date' wording.")


def c04():
    orig, add, eff, asof = D(2026, 1, 6), D(2026, 4, 2), D(2026, 4, 9), D(2026, 4, 10)
    end = D(2026, 7, 6)
    assert days(orig, end) < 365 and add > orig
    doc = new_doc("Cambria", 11)
    header(doc, "Willow Creek Therapy Group - 880 Alder Way, Suite 4 - (555) 014-2290")
    P(doc, "TREATMENT PLAN ADDENDUM #1", bold=True, size=14, align="c")
    LP(doc, "Pt", "Margarethe Solberg-Ruiz")
    LP(doc, "DOB", "1961-03-08")
    LP(doc, "Medicare beneficiary ID", "3HU6-WQ1-PE27")
    LP(doc, "Plan being amended", "Individual Treatment Plan established " + abbr(orig) + " (Attachment A)")
    LP(doc, "Date of addendum", abbr(add))
    H(doc, "Change", 2, style=False)
    T(doc, [["Element", "Was", "Now (effective " + us(eff) + ")"],
            ["Frequency of individual psychotherapy (CPT 90834, 45 min)", "Weekly", "Every 2 weeks"]])
    P(doc, "Reason: panic attacks have fallen from 4 per week to 1 or fewer per week for 6 weeks; step-down agreed "
           "with the patient to build independent use of skills. All other elements of the plan remain unchanged.")
    P(doc, "Clinician: Beatriz Almonte, LMFT     Signature: /s/ Beatriz Almonte, LMFT     Date: " + us(add))
    P(doc, "Patient: Margarethe Solberg-Ruiz     Signature: /s/ M. Solberg-Ruiz     Date: " + us(add))
    doc.add_page_break()
    P(doc, "ATTACHMENT A - INDIVIDUAL TREATMENT PLAN", bold=True, size=13, align="c")
    T(doc, [["Pt name", "Margarethe Solberg-Ruiz", "DOB", "1961-03-08"],
            ["MBI", "3HU6-WQ1-PE27", "Plan date", us(orig)],
            ["Diagnosis", "F41.0 Panic disorder [episodic paroxysmal anxiety]", "Therapist", "Beatriz Almonte, LMFT"]],
      header=False)
    H(doc, "Problem: panic attacks and avoidance of driving and shopping", 2)
    P(doc, "Goal: Pt will drive and shop alone without leaving because of panic.", bold=True)
    B(doc, f"Obj 1: Decrease panic attacks from 4 per week to 1 or fewer per week, per panic log, by {us(D(2026, 4, 6))}.")
    B(doc, f"Obj 2: Drive alone to the grocery store and complete shopping on 3 occasions by {us(D(2026, 5, 6))}.")
    B(doc, f"Obj 3: Reduce PDSS score from 16 to 7 or below by {us(D(2026, 6, 6))}.")
    P(doc, "Interventions: psychoeducation on the panic cycle, interoceptive exposure, graded in-vivo exposure "
           "hierarchy, cognitive restructuring of catastrophic misinterpretations.")
    P(doc, "Modality / amount / frequency: individual psychotherapy 90834, 45 minutes, weekly.")
    P(doc, "Expected duration: 6 months (through " + us(end) + ").")
    P(doc, "Signatures: Beatriz Almonte, LMFT " + us(orig) + "; Margarethe Solberg-Ruiz " + us(orig))
    save(doc, "c04_psy_addendum_frequency.docx")
    label("c04_psy_addendum_frequency.docx", "medicare-psychotherapy", asof,
          notes="Clean. One-page addendum changing only the frequency (weekly -> every 2 weeks) in front of the "
                "attached original plan. Both the addendum and the plan are signed and dated with credentials; "
                "plan age and duration pass whichever date is taken as the plan date.")


def c05():
    orig, rev, nxt, asof = D(2026, 3, 16), D(2026, 5, 18), D(2026, 7, 17), D(2026, 5, 28)
    doc = new_doc("Calibri", 11)
    header(doc, "Ridgeview Community Counseling  -  60-Day Plan Review")
    P(doc, "60-DAY TREATMENT PLAN REVIEW", bold=True, size=14)
    P(doc, f"Consumer: Desmond Achebe-Lund    DOB: 11/02/1958    Medicare ID: 7FJ2-MX4-TT90")
    P(doc, f"Plan established: {us(orig)}    Reviewed: {us(rev)}    Next review: {us(nxt)}")
    P(doc, "Diagnosis: F31.81 Bipolar II disorder")
    P(doc, "Problem #1 - Depressive episodes with withdrawal from work and family.", bold=True)
    P(doc, f"LTG 1: Desmond will keep a steady daily routine and return to part-time work by {us(D(2026, 9, 16))}.")
    P(doc, f"   STG 1a. Complete a daily mood chart on at least 6 of 7 days by {us(D(2026, 6, 16))}. "
           "Progress: 4 of 7 days - continued.")
    P(doc, f"   STG 1b. Follow a written morning routine (out of bed by 8:00, shower, breakfast) on 5 of 7 days by "
           f"{us(D(2026, 7, 16))}. Progress: 2 of 7 days - continued.")
    P(doc, "Problem #2 - Urges to self-harm when overwhelmed.", bold=True)
    P(doc, "LTG 2: Desmond will keep himself safe and use skills instead of self-harm by discharge.")
    P(doc, f"   STG 2a. Reduce self-harm urges rated 7 or higher (0-10 scale) from 5 per week to 1 or fewer per week "
           f"by {us(D(2026, 7, 16))}. Progress: 3 per week - continued.")
    P(doc, f"   STG 2b. Review and update the written safety plan with the clinician by {us(D(2026, 6, 1))}. "
           "Progress: new.")
    P(doc, "   STG 2c. (Added at this review) Desmond will use the urge-surfing skill before acting on an urge on at "
           "least 5 of 7 days, tracked on his diary card. Progress: new.")
    P(doc, "Interventions: CBT for bipolar depression, DBT distress-tolerance skills, safety planning, "
           "coordination with prescriber (Dr. Halvorsen).")
    P(doc, "Service: individual psychotherapy 90837 (60 minutes) weekly; expected duration 6 months "
           f"(through {us(D(2026, 9, 16))}).")
    P(doc, "Sign: /s/ Maren Holt, LPC   " + us(rev))
    P(doc, "Consumer: /s/ Desmond Achebe-Lund   " + us(rev))
    P(doc, CRISIS, size=8)
    save(doc, "c05_psy_60day_new_objective_undated.docx")
    label("c05_psy_60day_new_objective_undated.docx", "medicare-psychotherapy", asof,
          gaps=[["objective-not-time-bound"]],
          notes="60-day review in LTG/STG paragraphs. STG 2c added at the review has no target date, and its goal "
                "LTG 2 is timed only 'by discharge', which does not date its steps; all other objectives are dated.")


def c06():
    orig, rev, nxt, asof = D(2026, 3, 2), D(2026, 6, 1), D(2026, 8, 31), D(2026, 6, 5)
    doc = new_doc("Verdana", 9)
    header(doc, "Pinecrest Trauma Recovery Center", "Form BH-TPR-3 (rev. 2024)   Page 1 of 1")
    t = T(doc, [["QUARTERLY TREATMENT PLAN REVIEW", "", "", ""],
                ["Member name", "Dolores Achterberg", "Member ID", "6PL8-CV3-RA21"],
                ["Date of birth", "02/14/1952", "Clinician", "Samuel Oyelaran, PhD, licensed psychologist"],
                ["Current plan date", us(orig), "Review date", us(rev)],
                ["Diagnosis (ICD-10)", "F43.1  Post-traumatic stress disorder", "", ""],
                ["GOALS / OBJECTIVES", "", "", ""],
                ["Goal 1", "Dolores will feel safe enough at home to sleep in her bedroom and go out to her "
                           "weekly appointments alone.", "Status", "Continued"],
                ["Obj 1.1", f"Reduce PCL-5 score from 48 to below 30 by {us(D(2026, 8, 31))}.", "Now", "PCL-5 = 37"],
                ["Obj 1.2", f"Sleep in her own bedroom on at least 5 of 7 nights by {us(D(2026, 7, 31))}.", "Now",
                 "3 of 7 nights"],
                ["Obj 1.3", f"Attend appointments outside the home without a companion 4 times by {us(D(2026, 8, 31))}.",
                 "Now", "1 time"],
                ["INTERVENTIONS / SERVICES", "", "", ""],
                ["Treatment", "Prolonged exposure therapy; grounding skills; sleep hygiene", "CPT / length",
                 "90837 / 60 min"],
                ["Frequency", "Weekly", "Expected duration", "Through " + us(D(2026, 12, 1)) + " (9 months from plan)"],
                ["Next review", us(nxt), "", ""],
                ["SIGNATURES", "", "", ""],
                ["Clinician", "Samuel Oyelaran, PhD  (e-signed " + us(rev) + ")", "Member", "Dolores Achterberg  "
                                                                                          "(signed " + us(rev) + ")"]],
          header=False)
    for r in (0, 5, 10, 14):
        merge_row(t, r, t.cell(r, 0).text)
    a = t.cell(4, 1).merge(t.cell(4, 3))
    set_cell(a, "F43.1  Post-traumatic stress disorder")
    a = t.cell(13, 1).merge(t.cell(13, 3))
    set_cell(a, us(nxt))
    assert days(orig, D(2026, 12, 1)) < 365
    save(doc, "c06_psy_quarterly_form_dx_category.docx")
    label("c06_psy_quarterly_form_dx_category.docx", "medicare-psychotherapy", asof,
          gaps=[["diagnosis-code-not-billable"]],
          notes="Quarterly review on a single form table with merged section rows. The diagnosis is coded F43.1, a "
                "category, not a billable code (F43.10/F43.11/F43.12).")


def c07():
    prior, upd, end, asof = D(2025, 12, 8), D(2026, 3, 9), D(2026, 9, 8), D(2026, 3, 25)
    assert days(upd, end) < 365 and days(prior, end) < 365
    cl_npi = npi("177204615")
    pat = {"resourceType": "Patient", "id": "pt-1",
           "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": "9GT4XN2WE63"},
                          {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "MRN-557310"}],
           "name": [{"family": "Castellano", "given": ["Ignatius"]}], "birthDate": "1956-12-03", "gender": "male"}
    prac = {"resourceType": "Practitioner", "id": "pr-1",
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": cl_npi}],
            "name": [{"family": "Whitcombe", "given": ["Leonie"], "suffix": ["LCSW"]}],
            "qualification": [{"code": {"text": "LCSW"}}]}
    cond = {"resourceType": "Condition", "id": "dx-1",
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                           "code": "active"}]},
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                      "code": "problem-list-item"}]}],
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F41.0",
                                 "display": "Panic disorder [episodic paroxysmal anxiety]"}]},
            "subject": {"reference": "Patient/pt-1"}, "recordedDate": prior.isoformat()}

    def goal(i, text, due, status="in-progress", note=None):
        g = {"resourceType": "Goal", "id": f"goal-{i}", "lifecycleStatus": "active",
             "achievementStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/goal-achievement",
                                               "code": status}]},
             "description": {"text": text}, "subject": {"reference": "Patient/pt-1"},
             "startDate": prior.isoformat(), "target": [{"dueDate": due.isoformat()}],
             "addresses": [{"reference": "Condition/dx-1"}]}
        if note:
            g["note"] = [{"text": note}]
        return g

    goals = [goal(1, "Ignatius will reduce panic attacks from 5 per week to no more than 1 per week, as recorded "
                     "in his panic log.", D(2026, 6, 8), "improving", "Quarterly review 2026-03-09: 2 per week."),
             goal(2, "Ignatius will ride the city bus alone to the library and back on 4 occasions.",
                  D(2026, 6, 8), "in-progress", "Quarterly review 2026-03-09: 1 occasion so far."),
             goal(3, "Ignatius will lower his PDSS score from 17 to 8 or below.", D(2026, 9, 8), "improving",
                  "Quarterly review 2026-03-09: PDSS 12.")]
    sr = {"resourceType": "ServiceRequest", "id": "sr-1", "status": "active", "intent": "plan",
          "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90834",
                               "display": "Psychotherapy, 45 minutes with patient"}]},
          "subject": {"reference": "Patient/pt-1"},
          "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": upd.isoformat(), "end": end.isoformat()},
                                          "frequency": 1, "period": 1, "periodUnit": "wk",
                                          "duration": 45, "durationUnit": "min"}},
          "quantityQuantity": {"value": 45, "unit": "min"},
          "requester": {"reference": "Practitioner/pr-1"},
          "note": [{"text": "Individual CBT with interoceptive and in-vivo exposure, 45 minutes, once a week for 6 months."}]}
    cp = {"resourceType": "CarePlan", "id": "cp-2", "status": "active", "intent": "plan",
          "title": "Outpatient psychotherapy treatment plan - quarterly update",
          "description": "Quarterly update of the plan established 2025-12-08; goals 1-3 continued with revised "
                         "targets, frequency unchanged.",
          "subject": {"reference": "Patient/pt-1"}, "created": upd.isoformat(),
          "period": {"start": upd.isoformat(), "end": end.isoformat()},
          "replaces": [{"reference": "CarePlan/cp-1", "display": "Treatment plan of 2025-12-08"}],
          "author": {"reference": "Practitioner/pr-1"},
          "addresses": [{"reference": "Condition/dx-1"}],
          "goal": [{"reference": f"Goal/goal-{i}"} for i in (1, 2, 3)],
          "activity": [{"reference": {"reference": "ServiceRequest/sr-1"}}],
          "note": [{"text": "Next review 2026-06-08."}]}
    prov = {"resourceType": "Provenance", "id": "prov-1", "target": [{"reference": "CarePlan/cp-2"}],
            "recorded": upd.isoformat() + "T15:40:00-05:00",
            "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                            "code": "author"}]}, "who": {"reference": "Practitioner/pr-1"}}],
            "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1",
                                     "display": "Author's Signature"}],
                           "when": upd.isoformat() + "T15:40:00-05:00", "who": {"reference": "Practitioner/pr-1"},
                           "sigFormat": "image/jpeg", "data": "U2lnbmVkIGJ5IExlb25pZSBXaGl0Y29tYmUsIExDU1c="}]}
    res = [cp, pat, prac, cond] + goals + [sr, prov]
    bundle = {"resourceType": "Bundle", "id": "c07", "type": "collection",
              "timestamp": upd.isoformat() + "T15:41:00-05:00",
              "entry": [{"fullUrl": f"urn:uuid:{r['resourceType'].lower()}-{r['id']}", "resource": r} for r in res]}
    write_text("c07_psy_quarterly_update.fhir.json", json.dumps(bundle, indent=2) + "\n")
    label("c07_psy_quarterly_update.fhir.json", "medicare-psychotherapy", asof,
          notes="Clean. FHIR R4 Bundle: an updated CarePlan (created 2026-03-09, replaces the 2025-12-08 plan, period "
                "to 2026-09-08), three measurable Goals with due dates and review notes, a weekly 45-minute 90834 "
                "ServiceRequest and a Provenance signature by the LCSW author.")


def c08():
    orig, rev, nxt, asof = D(2026, 4, 6), D(2026, 7, 6), D(2026, 10, 5), D(2026, 7, 15)
    doc = new_doc("Georgia", 10.5)
    header(doc, "Cedar Hollow Counseling, LLC")
    t = T(doc, [["PLAN OF CARE - QUARTERLY REVIEW"]], header=True, shade="C6E0B4")
    P(doc, "")
    for lab, val in [("Client", "Winifred Pacheco-Dunn"), ("Birth date", "08-29-1950"),
                     ("Medicare MBI", "1KR5-TD7-HW34"), ("Plan start", us(orig)), ("This review", us(rev)),
                     ("Following review", us(nxt)), ("Clinician", "Anders Lindgren, LPC (NPI " + npi("133875620") + ")")]:
        LP(doc, lab, val)
    T(doc, [["DIAGNOSIS"]], shade="C6E0B4")
    P(doc, "F43.23 Adjustment disorder with mixed anxiety and depressed mood (after spouse's death, 01/2026).")
    T(doc, [["GOALS AND OBJECTIVES"]], shade="C6E0B4")
    P(doc, "Goal: Winifred will adjust to living alone and take part in her usual activities again.", bold=True)
    B(doc, f"Objective 1 - Reduce her PHQ-9 score from 14 to under 8 by {us(D(2026, 10, 5))}. (Now 10 - ongoing.)",
      numbered=False)
    B(doc, f"Objective 2 - Attend the grief support group at least 3 times a month by {us(D(2026, 9, 5))}. "
           "(Now 1-2 times - ongoing.)")
    B(doc, f"Objective 3 - Complete 4 household tasks her husband used to handle (bills, car service, taxes, "
           f"yard contract) by {us(D(2026, 10, 5))}. (2 of 4 - ongoing.)")
    T(doc, [["SERVICES"]], shade="C6E0B4")
    T(doc, [["Service", "Code", "Length", "Frequency", "Duration"],
            ["Individual psychotherapy (grief-focused CBT, meaning-centered work)", "90837", "60 minutes",
             "As clinically indicated", "Through " + us(D(2026, 12, 31))]])
    assert days(orig, D(2026, 12, 31)) < 365
    P(doc, "Review summary: mood lifting; she has restarted church and book club. Sessions continue; scheduling "
           "will be as clinically indicated.")
    T(doc, [["SIGNATURES"]], shade="C6E0B4")
    P(doc, "Anders Lindgren, LPC  ______/s/ A. Lindgren_____   " + us(rev))
    P(doc, "Winifred Pacheco-Dunn  ______/s/ W. Pacheco-Dunn____   " + us(rev))
    save(doc, "c08_psy_quarterly_frequency_unstated.docx")
    label("c08_psy_quarterly_frequency_unstated.docx", "medicare-psychotherapy", asof, gaps=[["frequency-missing"]],
          notes="Quarterly review with shaded one-cell 'banner' tables as headings. The only service's frequency is "
                "'As clinically indicated' and no frequency is stated anywhere else.")


def c09():
    intake, init, upd, nxt, asof = D(2025, 10, 14), D(2025, 11, 5), D(2026, 2, 3), D(2026, 5, 4), D(2026, 2, 12)
    assert days(intake, init) <= 30
    doc = new_doc("Calibri", 10.5)
    header(doc, "Susquehanna Valley Outpatient Psychiatric Clinic - Licensed under 55 Pa. Code Ch. 5200",
           "TPU-90  Individual: Kowalski, Bernadette   MA/Medicare ID 4XE9PQ3RM82")
    P(doc, "TREATMENT PLAN UPDATE - 90 DAYS", bold=True, size=13)
    T(doc, [["Individual served", "Bernadette Kowalski", "DOB", "05/30/1955"],
            ["Medicare ID", "4XE9PQ3RM82", "Intake date", us(intake)],
            ["Initial plan date", us(init), "Update date", us(upd)],
            ["Next update due", us(nxt), "Primary clinician", "Colette Ambrose, LPC"]], header=False)
    H(doc, "Diagnosis", 2)
    P(doc, "F32.1 Major depressive disorder, single episode, moderate.")
    H(doc, "Goal 1 - Reduce depression", 2)
    P(doc, "Bernadette will return to caring for her garden and attending her grandson's games.")
    T(doc, [["Objective", "Target date", "Update"],
            ["1. Reduce PHQ-9 from 19 to 9 or less.", us(D(2026, 5, 4)), "PHQ-9 13 (01/27/2026) - partially met"],
            ["2. Complete at least 3 pleasant activities per week, per activity log.", us(D(2026, 4, 4)),
             "2 per week - partially met"],
            ["3. Take prescribed sertraline daily on 6 of 7 days per pill organizer check.", us(D(2026, 3, 4)),
             "Met - continue to maintain"]])
    H(doc, "Modalities and schedule", 2)
    P(doc, "Individual psychotherapy (CBT, behavioral activation) 45 minutes, CPT 90834, weekly; medication "
           "management with the clinic psychiatrist monthly (99213). Expected duration of treatment: 6 more months "
           f"(through {us(D(2026, 8, 3))}).")
    assert days(init, D(2026, 8, 3)) < 365
    H(doc, "Signatures", 2)
    T(doc, [["Role", "Name", "Signature", "Date"],
            ["Mental health professional", "Colette Ambrose, LPC", "/s/ Colette Ambrose", us(upd)],
            ["Individual", "Bernadette Kowalski", "", ""],
            ["Psychiatrist approval", "Anil Deshpande, MD", "/s/ A. Deshpande, MD", us(D(2026, 2, 5))]])
    P(doc, "Note: individual did not attend the update session (transportation); the update will be reviewed "
           "with her and signed at the next appointment.", italic=True)
    save(doc, "c09_psy_pa_update_client_unsigned.docx")
    label("c09_psy_pa_update_client_unsigned.docx", "medicare-psychotherapy", asof, states=["pa-55-5200"],
          gaps=[["signature-missing"]], omit=["plan-late"],
          notes="PA clinic 90-day update: the individual's signature row is blank (to be signed later); no other "
                "client signature appears. plan-late left out: the rule counts the plan date from intake, and for "
                "an update it is not documented whether the initial plan date (22 days) or the update date (112 "
                "days) counts.")


def c10():
    intake, init, upd, nxt, asof = D(2026, 1, 7), D(2026, 1, 28), D(2026, 4, 28), D(2026, 7, 27), D(2026, 5, 6)
    assert days(intake, init) <= 30
    doc = new_doc("Calibri", 10, landscape=True, margins=0.6)
    header(doc, "Allegheny Ridge Behavioral Health Clinic  |  Treatment Plan Update  |  CONFIDENTIAL")
    p = P(doc)
    r = p.add_run("Individual: ")
    r.bold = True
    sdt_run(p, "Theodore Blankenship", "client_name")
    r = p.add_run("     DOB: ")
    r.bold = True
    sdt_run(p, "10/11/1959", "dob")
    r = p.add_run("     Medicare ID: ")
    r.bold = True
    sdt_run(p, "2WQ7-HN5-KC38", "member_id")
    p = P(doc)
    p.add_run("Date of intake: " + us(intake) + "     Initial plan: " + us(init) + "     Update: " + us(upd)
              + "     Next update: " + us(nxt))
    P(doc, "Diagnosis: F42.2 Mixed obsessional thoughts and acts (primary)")
    outer = T(doc, [["Goal", "Objectives (measurable, dated)", "Modality"],
                    ["Goal 1. Theodore will spend less time on rituals so he can get to work on time and finish "
                     "household chores.", "", "Exposure and response prevention (ERP); CBT"],
                    ["Goal 2. Theodore will return to social contact he has avoided because of contamination fears.",
                     "", "ERP hierarchy; family session as needed"]], widths=[3.0, 4.6, 1.8])
    inner = T(outer.cell(1, 1), [["Obj", "Statement", "Target", "Status"],
                                 ["1a", "Reduce Y-BOCS from 27 to 15 or below.", us(D(2026, 7, 27)), "Y-BOCS 21"],
                                 ["1b", "Limit hand-washing rituals to under 30 minutes per day on 5 of 7 days.",
                                  us(D(2026, 6, 28)), "45-60 min/day"]], size=9)
    inner2 = T(outer.cell(2, 1), [["Obj", "Statement", "Target", "Status"],
                                  ["2a", "Visit friends or family in their homes at least 2 times per month.",
                                   us(D(2026, 7, 27)), "new"]], size=9)
    del inner, inner2
    p = P(doc)
    tracked(p, "Service: individual psychotherapy 90837, 60 minutes, ", "twice weekly", "once weekly",
            ", expected duration through " + us(D(2026, 10, 28)) + ".", author="C. Imbriano")
    assert days(init, D(2026, 10, 28)) < 365
    P(doc, "Update summary: rituals down from about 3 hours to about 1 hour per day; frequency reduced from twice "
           "weekly to once weekly (tracked change); objective 2a added.")
    sdt_block(doc, lambda d: T(d, [["Signed", "Name and credential", "Date"],
                                   ["Mental health professional", "/s/ Celeste Imbriano, LCSW", us(upd)],
                                   ["Individual", "/s/ Theodore Blankenship", us(upd)],
                                   ["Psychiatrist (approval)", "/s/ Ravi Sundaram, DO", us(D(2026, 4, 30))]]),
              tag="signatures")
    P(doc, CONSENT, size=8)
    save(doc, "c10_psy_pa_update_nested_tracked.docx")
    label("c10_psy_pa_update_nested_tracked.docx", "medicare-psychotherapy", asof, states=["pa-55-5200"],
          omit=["plan-late"],
          notes="Clean. PA clinic update in landscape: objectives in tables nested in the goal table, client fields in "
                "content controls, the frequency changed by a tracked change (twice -> once weekly), signatures "
                "table inside a content control. plan-late left out: initial plan 21 days after intake, update "
                "111 days; which one is the plan date for the intake deadline is not documented.")


# ================================================================ base-treatment-plan with state profiles
def c11():
    intake, init, upd, nxt, asof = D(2025, 8, 11), D(2025, 8, 28), D(2026, 2, 9), D(2026, 8, 7), D(2026, 2, 17)
    doc = new_doc("Arial", 10)
    header(doc, "Keystone Family Clinic (Lic. Psychiatric Outpatient Clinic)",
           "Youth ITP six-month update - Page 1 of 2")
    P(doc, "INDIVIDUALIZED TREATMENT PLAN - SIX-MONTH UPDATE", bold=True, size=13, align="c")
    T(doc, [["Child/youth", "Mateo Villanueva-Roth", "DOB", "03/17/2015"],
            ["Medical Assistance ID", "8100457392", "Intake date", us(intake)],
            ["Original ITP date", us(init), "Update date", us(upd)],
            ["Next update", us(nxt), "Therapist", "Noelle Fairbanks, LPC"]], header=False)
    H(doc, "Diagnoses", 2)
    P(doc, "F90.2 Attention-deficit hyperactivity disorder, combined type")
    H(doc, "Goals, objectives and progress", 2)
    P(doc, "Goal 1 (continued): Mateo will follow classroom and home rules with fewer outbursts.", bold=True)
    P(doc, f"Objective 1.1 - Reduce office referrals at school from 4 per month to 1 or fewer per month by {us(D(2026, 8, 7))}. "
           "Progress: 2 per month (partially met).")
    P(doc, f"Objective 1.2 - Complete homework with no more than 2 reminders on 4 of 5 school nights, per parent "
           f"chart, by {us(D(2026, 6, 7))}. Progress: 3 of 5 nights.")
    P(doc, "Goal 2 (new): Mateo and his mother will use a shared plan for handling anger at home.", bold=True)
    P(doc, f"Objective 2.1 - Mother will use planned ignoring and praise as practiced in session on at least 5 "
           f"of 7 days, per home log, by {us(D(2026, 5, 9))}.")
    H(doc, "Treatment modalities", 2)
    P(doc, "Individual therapy (behavioral and CBT skills) 45 minutes weekly; family therapy 50 minutes twice a month; "
           "medication management with the clinic psychiatrist every 4-6 weeks.")
    P(doc, f"Expected duration of treatment: 6 months (to {us(D(2026, 8, 9))}), with review at the next update.")
    H(doc, "Signatures", 2)
    T(doc, [["", "Name", "Date"],
            ["Therapist (mental health professional)", "/s/ Noelle Fairbanks, LPC", us(upd)],
            ["Parent/guardian", "/s/ Adriana Villanueva (mother)", us(upd)],
            ["Youth (age 10, assent)", "Mateo V.", us(upd)],
            ["Psychiatrist approval", "/s/ Hollis Brandt, MD", us(D(2026, 2, 11))]])
    save(doc, "c11_pa_youth_itp_6month_update.docx")
    label("c11_pa_youth_itp_6month_update.docx", "base-treatment-plan", asof, states=["pa-55-5200"],
          omit=["plan-late"],
          notes="Clean. PA youth ITP six-month update, signed by therapist, parent, youth and psychiatrist. "
                "plan-late left out (original ITP 17 days after intake; update 182 days; which counts is not "
                "documented).")


def c12():
    intake, init, upd, nxt, asof = D(2025, 9, 2), D(2025, 10, 20), D(2026, 1, 20), D(2026, 4, 20), D(2026, 1, 28)
    assert days(intake, init) > 30 and days(intake, upd) > 30
    doc = new_doc("Calibri", 11)
    header(doc, "Monongahela Counseling Center - Outpatient Psychiatric Clinic")
    P(doc, "Treatment Plan Review / Update", bold=True, size=14)
    P(doc, "Individual: Harriet Oyelowo-Banks    DOB 12/09/1979    Recipient No. 7700315842")
    P(doc, f"Intake/assessment completed: {us(intake)}")
    P(doc, f"Initial treatment plan completed: {us(init)} (delayed - client missed two scheduled planning sessions)")
    P(doc, f"Date of this update: {us(upd)}    Next update: {us(nxt)}")
    P(doc, "Diagnosis: F41.1 Generalized anxiety disorder; F33.1 Major depressive disorder, recurrent, moderate")
    P(doc, "GOAL 1: Harriet will manage worry and low mood so she can keep her job.", bold=True)
    P(doc, f"  Obj 1: GAD-7 from 16 to 8 or lower by {us(D(2026, 4, 20))} (now 12).")
    P(doc, f"  Obj 2: miss no more than 1 work day per month due to anxiety, by {us(D(2026, 4, 20))} (now 2).")
    P(doc, "GOAL 2: Harriet will rebuild supports outside work.", bold=True)
    P(doc, f"  Obj 1: attend one social or faith activity each week by {us(D(2026, 3, 20))} (now 2 per month).")
    P(doc, "Modalities: individual CBT 45 min weekly; psychiatric medication management monthly.")
    P(doc, f"Expected duration: 6 months (through {us(D(2026, 7, 20))}).")
    P(doc, f"Signed: Owen Castellanos, LCSW  {us(upd)}    Harriet Oyelowo-Banks  {us(upd)}")
    P(doc, f"Reviewed and approved: Priyanka Rao, MD (psychiatrist)  {us(D(2026, 1, 22))}")
    save(doc, "c12_pa_update_initial_plan_late.docx")
    label("c12_pa_update_initial_plan_late.docx", "base-treatment-plan", asof, states=["pa-55-5200"],
          gaps=[["plan-late"]],
          notes="PA update whose initial plan was completed 48 days after intake (the delay is noted); the update "
                "itself is 140 days after intake, so the plan is late past the 30-day limit whichever date counts.")


def c13():
    adm, init, rev, asof = D(2026, 2, 2), D(2026, 2, 5), D(2026, 3, 4), D(2026, 3, 12)
    doc = new_doc("Arial", 10)
    header(doc, "Bluebonnet Recovery Center - Licensed Chemical Dependency Treatment Facility",
           "Client: Ruiz-Templeton, Adrian   DOB 06/03/1988   Medicaid ID 511872903")
    P(doc, "TREATMENT PLAN REVIEW - RESIDENTIAL (30 DAY)", bold=True, size=13)
    T(doc, [["Client", "Adrian Ruiz-Templeton"], ["DOB", "06/03/1988"], ["Medicaid ID", "511872903"],
            ["Admission", us(adm)], ["Initial plan", us(init)], ["Review date", us(rev)],
            ["Primary counselor", "Delphine Okonkwo, LCDC"],
            ["Projected length of stay", "60 days from admission (projected discharge " + us(D(2026, 4, 3)) + ")"]],
      header=False)
    P(doc, "Diagnoses: F15.20 Other stimulant dependence, uncomplicated (methamphetamine); F12.20 Cannabis "
           "dependence, uncomplicated")
    T(doc, [["Problem / goal", "Objective (behavioral, measurable)", "Target", "Review status"],
            ["1. Relapse risk: Adrian will build a relapse-prevention plan he can use after discharge.",
             "1a. Identify 5 personal triggers and a coping response for each in a written relapse-prevention plan.",
             us(D(2026, 3, 18)), "3 of 5 - continued"],
            ["", "1b. Attend 5 peer-support (NA/SMART) meetings per week, verified by signature sheet.",
             us(D(2026, 4, 1)), "4 per week - continued"],
            ["2. Family: Adrian will repair contact with his sister and daughter.",
             "2a. Complete 2 family sessions with his sister.", us(D(2026, 3, 25)), "1 of 2"],
            ["", "2b. Write and read aloud a letter to his daughter in group.", us(D(2026, 3, 20)), "new"]])
    P(doc, "Strategies and frequency: individual counseling 1 hour weekly; group counseling 3 hours daily Monday "
           "to Friday; relapse-prevention education group twice weekly; family session every other week.")
    P(doc, "Review note: engaged; urine drug screens negative since 02/09/2026. Plan continued with objective 2b added.")
    T(doc, [["Signature", "Date"],
            ["Client: Adrian Ruiz-Templeton (signed)", us(rev)],
            ["Counselor: Delphine Okonkwo, LCDC (signed)", us(rev)]])
    save(doc, "c13_tx_residential_30day_review.docx")
    label("c13_tx_residential_30day_review.docx", "base-treatment-plan", asof, states=["tx-26tac-564"],
          notes="Clean. Texas residential 30-day review: label/value table, a four-column problem/objective table "
                "with blank goal cells under a continued goal, projected length of stay, client and counselor "
                "signatures.")


def c14():
    adm, rev, asof = D(2026, 5, 4), D(2026, 6, 3), D(2026, 6, 10)
    doc = new_doc("Times New Roman", 11)
    header(doc, "Lone Star Outpatient Recovery Services")
    P(doc, "Treatment Plan Update (IOP)", bold=True, size=14)
    P(doc, "Client: Cordell Vasquez-Lindahl    DOB: 1991-01-22    Payer ID: TX-M-2208471")
    P(doc, f"Admit: {us(adm)}    Update: {us(rev)}    Counselor: Yvette Marchetti, LCDC")
    P(doc, "Dx: F10.20 Alcohol dependence, uncomplicated")
    P(doc, "Projected length of stay: to be determined based on progress.")
    P(doc, "Goal 1: Cordell will stop drinking and stay sober by discharge.", bold=True)
    P(doc, f"  1.1 Provide negative breathalyzer results at every IOP session through {us(D(2026, 7, 3))}. (continued)")
    P(doc, "  1.2 Practice 2 refusal skills in role play in group and report using one outside group each week. (new)")
    P(doc, "Goal 2: Cordell will return to work with a plan for high-risk situations.", bold=True)
    P(doc, f"  2.1 Identify 3 high-risk work situations and a plan for each, in writing, by {us(D(2026, 6, 24))}.")
    P(doc, "Strategies: IOP group 3 hours, 3 evenings per week; individual counseling 1 hour weekly; naltrexone "
           "evaluation with program physician.")
    P(doc, f"Client signature: /s/ Cordell Vasquez-Lindahl  {us(rev)}")
    P(doc, f"Counselor signature: /s/ Yvette Marchetti, LCDC  {us(rev)}")
    save(doc, "c14_tx_iop_update_los_tbd.docx")
    label("c14_tx_iop_update_los_tbd.docx", "base-treatment-plan", asof, states=["tx-26tac-564"],
          gaps=[["duration-missing"], ["objective-not-time-bound"]],
          notes="Texas IOP update. Projected length of stay is 'to be determined' and no other duration or end date "
                "is given; new objective 1.2 has no date and its goal is timed only 'by discharge'.")


def c15():
    adm, init, rev, qp, asof = D(2026, 1, 5), D(2026, 1, 16), D(2026, 2, 16), D(2026, 2, 18), D(2026, 2, 25)
    assert days(adm, init) <= 15 and days(rev, qp) <= 10
    doc = new_doc("Calibri", 10.5)
    header(doc, "Gulf Breeze Recovery Residence - DCF licensed (65D-30) - Residential Level 2")
    P(doc, "INDIVIDUALIZED TREATMENT PLAN - 30-DAY REVIEW", bold=True, size=13)
    T(doc, [["Individual", "Lucinda Marchetti-Obi", "DOB", "09/14/1983"],
            ["Client ID / Medicaid", "FL-1093348271", "Level of care", "Residential Level 2"],
            ["Admission date", us(adm), "Initial plan date", us(init)],
            ["Review date", us(rev), "Next review", us(D(2026, 3, 18))]], header=False)
    P(doc, "Diagnosis: F11.20 Opioid dependence, uncomplicated (on buprenorphine via partner OTP)")
    T(doc, [["Goal", "Measurable objective", "Expected completion", "Progress at review"],
            ["A. Lucinda will learn and use skills to stay off opioids after discharge.",
             "A1. Produce negative urine drug screens (except buprenorphine) on all weekly random tests.",
             us(D(2026, 3, 18)), "All negative - continue"],
            ["", "A2. Write a relapse-prevention plan naming 4 triggers and 2 coping responses for each.",
             us(D(2026, 3, 4)), "Draft done - revised date"],
            ["B. Lucinda will arrange safe housing and income before discharge.",
             "B1. Submit 3 applications to recovery residences or sober living homes.", us(D(2026, 3, 11)),
             "1 of 3"],
            ["", "B2. Attend 1 vocational rehabilitation intake and write down 2 job goals with the counselor.", us(D(2026, 3, 18)), "scheduled"]])
    P(doc, "Tasks and services (type / frequency): group counseling 15 hours per week; individual counseling 1 "
           "hour weekly; case management 30 minutes twice weekly; peer recovery support daily.")
    T(doc, [["Signed by", "Signature", "Date"],
            ["Individual: Lucinda Marchetti-Obi", "L. Marchetti-Obi", us(rev)],
            ["Staff (primary counselor): Ansel Kirkpatrick, CAC", "A. Kirkpatrick, CAC", us(rev)],
            ["Qualified professional review: Maribel Strand, LMHC", "M. Strand, LMHC", us(qp)]])
    save(doc, "c15_fl_residential_30day_review.docx")
    label("c15_fl_residential_30day_review.docx", "base-treatment-plan", asof, states=["fl-65d-30"],
          omit=["plan-late", "signature-late"],
          notes="Clean. Florida residential level 2 30-day review. plan-late and signature-late left out: both are "
                "counted from the plan date, and for a review it is not documented whether the initial plan date "
                "(11 days after admission) or the review date counts (the QP countersigned 2 days after the review, "
                "33 days after the initial plan).")


def c16():
    adm, init, upd, asof = D(2025, 11, 3), D(2025, 11, 20), D(2026, 2, 10), D(2026, 2, 20)
    doc = new_doc("Arial", 10)
    header(doc, "Sunrise Coast Behavioral Services - Outpatient")
    P(doc, "Treatment Plan Update", bold=True, size=14)
    P(doc, "Client: Reginald Achterhof  |  DOB: 04/02/1976  |  Client #: SCB-66102")
    P(doc, f"Level of care: Outpatient treatment  |  Admitted: {us(adm)}  |  Original plan: {us(init)}  |  "
           f"Update: {us(upd)}")
    P(doc, "Diagnosis: F10.20 Alcohol dependence, uncomplicated")
    H(doc, "Goal 1 - Sobriety", 2, style=False)
    P(doc, f"1a. Reginald will attend all scheduled outpatient groups (2 per week) with no unexcused absences through "
           f"{us(D(2026, 5, 10))}.")
    P(doc, "1b. Reginald will gain insight into his relapse triggers. Expected completion: " + us(D(2026, 4, 10)))
    H(doc, "Goal 2 - Health", 2, style=False)
    P(doc, "2a. Reginald will complete a primary-care visit including liver function tests. Expected completion: "
           "01/15/2025")
    P(doc, "Services: outpatient group counseling 90 minutes twice weekly; individual counseling 50 minutes every "
           "other week; breathalyzer at each visit.")
    P(doc, f"Signed - client: Reginald Achterhof {us(upd)};  staff: Tamsin Delacroix-Wu, LMHC {us(upd)}")
    save(doc, "c16_fl_outpatient_update_vague_and_bad_date.docx")
    label("c16_fl_outpatient_update_vague_and_bad_date.docx", "base-treatment-plan", asof, states=["fl-65d-30"],
          gaps=[["objective-not-measurable"], ["date-inconsistent"]],
          omit=["plan-late", "signature-late", "objective-not-time-bound"],
          notes="Florida outpatient update. Objective 1b ('gain insight into his relapse triggers') is not "
                "measurable; objective 2a's expected completion 01/15/2025 is before the plan (typo year), before "
                "both the original plan and the update. plan-late/signature-late left out (outpatient deadline not "
                "encoded; update date question); objective-not-time-bound left out (unsure whether a past target "
                "date counts as a time frame).")


def c17():
    adm, init, rev, asof = D(2026, 3, 2), D(2026, 3, 8), D(2026, 3, 16), D(2026, 3, 20)
    doc = new_doc("Calibri", 10.5)
    header(doc, "Adirondack Ridge Inpatient Rehabilitation (OASAS Part 818)", "Pt: Duchesne, Marguerite  MRN 818-40277")
    P(doc, "TREATMENT PLAN REVIEW", bold=True, size=13)
    for lab, val in [("Patient", "Marguerite Duchesne"), ("DOB", "02/27/1969"), ("Medicaid CIN", "AB12345C"),
                     ("Admission", us(adm)), ("Comprehensive plan", us(init)), ("Review", us(rev) + " (day 14)")]:
        LP(doc, lab, val)
    P(doc, "Diagnoses treated: F10.20 Alcohol dependence, uncomplicated; F41.1 Generalized anxiety disorder")
    T(doc, [["Problem area", "Goal", "Methods / approaches", "Progress"],
            ["Alcohol use", "Remain abstinent and complete a written continuing-care plan before discharge",
             "Group counseling daily; individual counseling twice weekly; relapse-prevention curriculum",
             "Abstinent; plan drafted"],
            ["Anxiety", "Use 2 anxiety-management skills daily instead of drinking", "CBT skills group; "
                                                                                     "psychiatric follow-up",
             "Using breathing daily"],
            ["Family", "Complete 1 family session before discharge", "Family program (Saturday)", "Scheduled 3/21"]])
    P(doc, "Responsible clinical staff: Gideon Farrow, CASAC    Signature: /s/ Gideon Farrow, CASAC    " + us(rev))
    P(doc, "Physician review and signature: ______________________________    Date: ___________")
    P(doc, "Patient: /s/ Marguerite Duchesne  " + us(rev))
    save(doc, "c17_ny_inpatient_review_no_physician.docx")
    label("c17_ny_inpatient_review_no_physician.docx", "base-treatment-plan", asof, states=["ny-oasas-818"],
          gaps=[["signature-missing"]], omit=["plan-late", "signature-late"],
          notes="NY inpatient day-14 plan review; the physician review/signature line is blank and no physician "
                "signature appears anywhere. plan-late and signature-late left out (initial plan day 6, review day "
                "14; which date counts for the 7-day deadline is not documented).")


def c18():
    adm = D(2025, 4, 14)
    hist = [D(2025, 7, 10), D(2025, 10, 8), D(2026, 1, 5)]
    upd, nxt, asof = hist[-1], D(2026, 5, 13), D(2026, 2, 1)
    prev = adm
    for h in hist:
        assert days(prev, h) <= 92
        prev = h
    assert days(upd, nxt) > 92
    doc = new_doc("Calibri", 10.5)
    header(doc, "Pacific Crest Narcotic Treatment Program - Maintenance Treatment Plan Update")
    P(doc, "QUARTERLY TREATMENT PLAN UPDATE", bold=True, size=13)
    T(doc, [["Patient", "Emilio Sandoval-Greer", "DOB", "07/07/1981"],
            ["Medi-Cal CIN", "91827364A", "Admission (maintenance start)", us(adm)],
            ["Effective date of this update", us(upd), "Next update due", us(nxt)]], header=False)
    P(doc, "Diagnosis: F11.20 Opioid dependence, uncomplicated. Methadone 85 mg daily.")
    H(doc, "Update history", 2)
    T(doc, [["Update", "Date", "Completed by"],
            ["Initial plan", us(D(2025, 5, 9)), "K. Ashdown"],
            ["Q1 update", us(hist[0]), "K. Ashdown"],
            ["Q2 update", us(hist[1]), "K. Ashdown"],
            ["Q3 update (this plan)", us(hist[2]), "K. Ashdown"]])
    H(doc, "Long-term goal", 2)
    P(doc, "Emilio will remain free of illicit opioids and keep stable employment.")
    H(doc, "Short-term goals", 2)
    T(doc, [["#", "Short-term goal", "Target date"],
            ["1", "Negative for illicit opioids and fentanyl on all random UDS for 90 days.", us(D(2026, 4, 5))],
            ["2", "Attend 3 counseling sessions per month.", us(D(2026, 4, 5))],
            ["3", "Obtain a primary-care appointment for hepatitis C treatment.", us(D(2026, 3, 5))]])
    P(doc, "Services: methadone dosing daily; individual counseling 50 min 3 times a month; group weekly.")
    T(doc, [["Role", "Name", "Date signed"],
            ["Primary counselor", "Kendra Ashdown, RADT-II", us(upd)],
            ["Supervising counselor", "Leopold Fairweather, LAADC", us(D(2026, 1, 9))],
            ["Medical director", "Yusuf Karimi, MD", us(D(2026, 1, 12))]])
    save(doc, "c18_ca_ntp_quarterly_next_too_far.docx")
    label("c18_ca_ntp_quarterly_next_too_far.docx", "base-treatment-plan", asof, states=["ca-title9-ntp"],
          gaps=[["review-interval-exceeded"]], omit=["plan-late", "signature-late"],
          notes="California NTP quarterly update with an update-history table (every earlier interval <= 92 days); "
                "the next update is set 128 days after this one. plan-late and signature-late left out (whether the "
                "initial or the update date is the plan date is not documented).")


def c19():
    adm = D(2025, 6, 10)
    revs = [D(2025, 9, 8), D(2025, 12, 5), D(2026, 3, 2)]
    nxt, asof = D(2026, 5, 29), D(2026, 3, 20)
    prev = adm
    for r in revs + [nxt]:
        assert days(prev, r) <= 92, (prev, r)
        prev = r
    plan_date = revs[-1]
    sup, md = D(2026, 3, 6), D(2026, 3, 9)
    assert days(plan_date, sup) <= 14 and days(plan_date, md) <= 14
    y = f"""schema: authcheck-plan/1
# Quarterly treatment plan update exported from the program's EHR
patient: {{name: Florencia Abernathy-Quist, birth_date: 1977-05-19, member_id: "96620418B"}}
payer: Medi-Cal
program: Harbor Light Narcotic Treatment Program
level_of_care: opioid treatment program (methadone maintenance)
discipline: sud
providers:
  - {{name: Desmond Yarrow, credential: AADC, role: primary counselor, organization: Harbor Light NTP}}
  - {{name: Corinne Vasquez-Hale, credential: MD, role: medical director, npi: "{npi('198273645')}", organization: Harbor Light NTP}}
admission_date: {adm.isoformat()}
plan_date: {plan_date.isoformat()}
expected_duration: 3 months (through {nxt.isoformat()})
diagnoses:
  - {{code: F11.20, description: "Opioid dependence, uncomplicated", primary: true}}
problems:
  - statement: Opioid use disorder in early remission on methadone maintenance
    goals:
      - statement: Florencia will stay off illicit opioids and keep her custody arrangement.
        objectives:
          - statement: Negative results for illicit opioids and fentanyl on all random urine drug screens.
            target_date: {D(2026, 5, 29).isoformat()}
            baseline: 1 positive screen in December 2025, negative since
          - statement: Attend 4 individual counseling sessions per month.
            target_date: {D(2026, 5, 29).isoformat()}
  - statement: Unstable housing
    goals:
      - statement: Florencia will move into stable housing.
        objectives:
          - statement: Submit 2 applications for subsidized housing with her case manager.
            target_date: {D(2026, 4, 15).isoformat()}
services:
  - {{description: Methadone dosing, frequency: daily}}
  - {{description: Individual counseling, amount: 50 minutes, frequency: 4 times per month}}
reviews:
  - {{kind: review, date: {revs[0].isoformat()}, completed: true, by: Desmond Yarrow}}
  - {{kind: review, date: {revs[1].isoformat()}, completed: true, by: Desmond Yarrow}}
  - {{kind: review, date: {revs[2].isoformat()}, completed: true, by: Desmond Yarrow}}
  - {{kind: review, date: {nxt.isoformat()}, completed: false}}
signatures:
  - {{role: clinician, name: Desmond Yarrow, credential: AADC, date: {plan_date.isoformat()}, method: electronic}}
  - {{role: client, name: Florencia Abernathy-Quist, date: {plan_date.isoformat()}, method: handwritten}}
  - {{role: supervisor, name: Thaddeus Olumide, credential: LAADC, date: {sup.isoformat()}, method: electronic}}
  - {{role: physician, name: Corinne Vasquez-Hale, credential: MD, date: {md.isoformat()}, method: electronic}}
free_text:
  - heading: Update summary
    text: Third quarterly update. Housing objective added; methadone dose unchanged at 90 mg.
"""
    write_text("c19_ca_ntp_quarterly_update.yaml", y)
    label("c19_ca_ntp_quarterly_update.yaml", "base-treatment-plan", asof, states=["ca-title9-ntp"],
          omit=["plan-late"],
          notes="Clean. Native YAML quarterly update: plan_date is the update (2026-03-02), completed reviews every "
                "87-90 days since admission and the next one scheduled 88 days out; countersignatures 4 and 7 days "
                "after the update. plan-late left out: the 28-day deadline from admission is meant for the initial "
                "plan and the update date is the only plan date given.")


# ================================================================ medicare-outpatient-therapy
def opt_doc(s):
    """s: dict describing an outpatient therapy progress report / recertification / updated plan."""
    lay = s["layout"]
    doc = new_doc(s.get("font", "Calibri"), s.get("size", 10))
    header(doc, s["org"], s.get("footer"))
    P(doc, s["title"], bold=True, size=13, align="c" if lay != "narrative" else None)
    c = s["client"]
    ids = [(s.get("client_label", "Patient"), c["name"])]
    if c.get("dob"):
        ids.append(("DOB", c["dob"]))
    ids.append(("Medicare ID", c["mbi"]))
    dates = s["dates"]  # list of (label, value)
    if lay == "grid":
        rows = []
        flat = ids + dates
        for i in range(0, len(flat), 2):
            a = flat[i]
            b = flat[i + 1] if i + 1 < len(flat) else ("", "")
            rows.append([a[0], a[1], b[0], b[1]])
        T(doc, rows, header=False)
    elif lay == "form":
        T(doc, [[a, b] for a, b in ids + dates], header=False, widths=[2.2, 4.4])
    else:
        P(doc, "   ".join(f"{a}: {b}" for a, b in ids))
        for a, b in dates:
            LP(doc, a, b)
    H(doc, s.get("dx_heading", "Diagnoses"), 2, style=(lay != "narrative"))
    for code, desc in s["dx"]:
        P(doc, f"{code}  {desc}")
    if s.get("summary"):
        H(doc, s.get("summary_heading", "Assessment / progress summary"), 2, style=(lay != "narrative"))
        P(doc, s["summary"])
    if s.get("history"):
        H(doc, "Certification history", 2, style=(lay != "narrative"))
        T(doc, [["Period", "Type", "Signed by", "Date signed"]] + s["history"], size=9)
    H(doc, s.get("goal_heading", "Goals"), 2, style=(lay != "narrative"))
    if lay == "narrative":
        for g in s["goals"]:
            P(doc, f"{g[0]}: {g[1]}  Baseline: {g[2]}. Current: {g[3]}. Status: {g[4]}. Target: {g[5]}.")
    else:
        T(doc, [["#", "Goal", "Baseline", "Current", "Status", "Target"]] + [list(g) for g in s["goals"]], size=9)
    H(doc, s.get("plan_heading", "Plan of care"), 2, style=(lay != "narrative"))
    for lab, val in s["plan"]:
        LP(doc, lab, val)
    for extra in s.get("extra", []):
        P(doc, extra, size=8.5, italic=True)
    H(doc, s.get("sig_heading", "Signatures"), 2, style=(lay != "narrative"))
    for line in s["sigs"]:
        if isinstance(line, list):
            T(doc, line)
        else:
            P(doc, line)
    save(doc, s["file"])


def c20():
    ft, cert_end, phys, prog, asof = D(2026, 2, 2), D(2026, 4, 26), D(2026, 2, 5), D(2026, 3, 2), D(2026, 3, 10)
    assert days(ft, cert_end) <= 90 and days(ft, phys) <= 30
    s = dict(file="c20_pt_progress_report_visit10.docx", layout="grid",
             org="Riverside Physical Therapy & Sports Rehab  |  NPI " + npi("145602938"),
             footer="Progress reports are completed at least every 10 treatment days (MBPM ch. 15 sec. 220.3).",
             title="PHYSICAL THERAPY PROGRESS REPORT (VISIT 10) AND UPDATED PLAN OF CARE",
             client=dict(name="Evangeline Thornbury", dob="01/30/1948", mbi="6TK2-RW8-QD15"),
             dates=[("Evaluation / first treatment", us(ft)), ("Plan of care certified", us(ft) + " - " + us(cert_end)),
                    ("Reporting period", us(ft) + " to " + us(prog)), ("Date of report", us(prog)),
                    ("Visits this period", "10"), ("Recertification due by", us(cert_end))],
             dx=[("Z96.651", "Presence of right artificial knee joint"), ("Z47.1", "Aftercare following joint "
                                                                                    "replacement surgery"),
                 ("R26.2", "Difficulty in walking, not elsewhere classified")],
             summary="Right TKA 01/20/2026. Knee flexion improved from 82 to 104 degrees; walking with a cane "
                     "indoors. Goals updated: STG 1 met; LTG targets unchanged; stair goal revised.",
             goals=[("STG 1", "Increase R knee flexion to at least 100 degrees.", "82 deg", "104 deg",
                     "Met 02/27/2026 (discontinued)", "-"),
                    ("LTG 1", "Increase R knee flexion to 115 degrees for stair and car transfers.", "82 deg",
                     "104 deg", "Progressing", us(D(2026, 4, 24))),
                    ("LTG 2", "Walk 500 feet in the community without an assistive device, independent.",
                     "150 ft with RW, CGA", "300 ft with cane, SBA", "Progressing", us(D(2026, 4, 24))),
                    ("LTG 3", "Climb 12 steps with one rail reciprocally, modified independent.",
                     "4 steps step-to, min A", "8 steps step-to, SBA", "Revised (was 14 steps)", us(D(2026, 4, 24)))],
             plan=[("Interventions", "Therapeutic exercise (97110), neuromuscular re-education (97112), gait "
                                     "training (97116), manual therapy (97140), home exercise program"),
                   ("Frequency", "2 times per week"), ("Duration", "12 weeks from evaluation (through "
                                                                  + us(cert_end) + ")"),
                   ("Amount", "1 session per day, 45-60 minutes")],
             sigs=[[["Role", "Name / credentials", "Date"],
                    ["Therapist (progress report)", "/s/ Dana Kowalczyk, PT, DPT", us(prog)],
                    ["Certifying physician (initial plan of care)", "/s/ Marcus Ebbesen, MD  NPI " + npi("162839405"),
                     us(phys)]]])
    opt_doc(s)
    label(s["file"], "medicare-outpatient-therapy", asof, omit=["plan-late"],
          notes="Clean. Visit-10 progress report inside the initial certification (eval 02/02/2026, certified "
                "through 04/26/2026, 83 days); the physician's certification of the initial plan is dated 02/05/2026. "
                "plan-late left out: whether the report date (after the first treatment) is taken as the plan date "
                "is not documented.")


def c21():
    ft, cert1_end, rec, rec_start, rec_end, phys, asof = (D(2026, 1, 12), D(2026, 4, 10), D(2026, 4, 6),
                                                          D(2026, 4, 6), D(2026, 7, 20), D(2026, 4, 8), D(2026, 4, 15))
    assert days(rec_start, rec_end) > 90 and days(ft, cert1_end) <= 90
    s = dict(file="c21_ot_recert_period_too_long.docx", layout="form", font="Arial",
             org="Brightwater Hand & Occupational Therapy",
             title="OCCUPATIONAL THERAPY RE-CERTIFICATION / UPDATED PLAN OF CARE",
             client=dict(name="Ptolemy Graves-Hathaway", dob="06/21/1944", mbi="2NV8-PL3-XE47"),
             dates=[("Start of care (initial evaluation)", us(ft)), ("Re-certification date", us(rec)),
                    ("Re-certification period", f"{us(rec_start)} through {us(rec_end)}")],
             dx=[("I69.351", "Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side")],
             summary="Dressing improved from max A to min A. Grasp strength R 9 lb (L 48 lb). Continued skilled OT "
                     "needed for fine motor and ADL retraining.",
             history=[[f"{us(ft)} - {us(cert1_end)}", "Initial certification", "Helena Brightman, NP",
                       us(D(2026, 1, 15))],
                      [f"{us(rec_start)} - {us(rec_end)}", "Re-certification (this plan)", "Helena Brightman, NP",
                       us(phys)]],
             goals=[("LTG 1", "Dress upper body with set-up only.", "max A", "min A", "Continue", us(D(2026, 7, 17))),
                    ("LTG 2", "Increase R grip strength to 20 lb for jar opening.", "5 lb", "9 lb", "Continue",
                     us(D(2026, 7, 17))),
                    ("LTG 3", "Write name legibly 3 of 3 trials with R hand.", "0/3", "1/3", "New", us(D(2026, 7, 17)))],
             plan=[("Treatment", "ADL retraining 97535, therapeutic activities 97530, neuromuscular re-education "
                                 "97112, HEP"),
                   ("Frequency", "2x/week"), ("Duration", "15 weeks")],
             sigs=["Occupational therapist: Clementine Ashby, OTR/L    e-signed " + us(rec),
                   "I certify the need for these services furnished under this plan of care while the patient is "
                   "under my care.",
                   "Certifying practitioner: Helena Brightman, NP    e-signed " + us(phys)])
    opt_doc(s)
    label(s["file"], "medicare-outpatient-therapy", asof, gaps=[["review-interval-exceeded"]],
          omit=["plan-late", "signature-late"],
          notes="OT recertification whose new certification period runs 04/06/2026-07/20/2026 (105 days, 15 weeks), "
                "longer than 90 days from any start. plan-late and signature-late left out: they are counted from "
                "the first treatment date (01/12/2026), and whether they apply to a recertification is not "
                "documented.")


def c22():
    ft, rec, rs, re_, phys, asof = D(2025, 12, 1), D(2026, 2, 23), D(2026, 2, 27), D(2026, 5, 27), D(2026, 2, 25), D(2026, 3, 5)
    assert days(rs, re_) <= 90
    s = dict(file="c22_slp_recert_narrative.docx", layout="narrative", font="Garamond", size=11.5,
             org="Cascade Speech & Swallowing Clinic",
             title="Speech-Language Pathology Recertification of Plan of Care",
             client_label="Beneficiary",
             client=dict(name="Anselm Kittredge", dob="November 3, 1939", mbi="8CW5-TA9-NN62"),
             dates=[("Initial evaluation and first treatment", longd(ft)),
                    ("Prior certification", f"{us(ft)} - {us(D(2026, 2, 26))}"),
                    ("Date of recertification", longd(rec)),
                    ("New certification period", f"{longd(rs)} to {longd(re_)}")],
             dx=[("R13.12", "Dysphagia, oropharyngeal phase"), ("G20.A1", "Parkinson's disease without dyskinesia, "
                                                                           "without mention of fluctuations")],
             summary="Mr. Kittredge now takes thin liquids by cup with a chin tuck with no coughing in 8 of 10 "
                     "trials (baseline 3 of 10). Voice loudness in conversation improved with LSVT LOUD. Continued "
                     "therapy is needed to advance to a regular diet.",
             goals=[("Goal 1", "Tolerate a regular-texture diet with no clinical signs of aspiration across 3 "
                               "consecutive meals.", "mechanical soft", "soft and bite-sized", "Continued",
                     us(D(2026, 5, 22))),
                    ("Goal 2", "Maintain conversational loudness of at least 70 dB SPL at 30 cm during a 10-minute "
                               "conversation.", "62 dB", "67 dB", "Continued", us(D(2026, 5, 22))),
                    ("Goal 3", "Use the chin-tuck strategy independently at all meals, per caregiver report 6 of 7 "
                               "days.", "0 of 7", "4 of 7", "Revised", us(D(2026, 4, 24)))],
             plan=[("Treatment", "Dysphagia treatment (92526) and speech/voice treatment (92507), caregiver "
                                 "training, home program"),
                   ("Frequency", "2 times a week"), ("Duration", "12 weeks (24 visits)")],
             sigs=[f"Clinician: Philippa Ravensworth, M.S., CCC-SLP, signed {abbr(rec)}",
                   f"Physician recertification: I have reviewed this plan and certify continued need. "
                   f"Signed: Ignacio Fuentes-Lamb, MD, {abbr(phys)}"])
    opt_doc(s)
    label(s["file"], "medicare-outpatient-therapy", asof,
          omit=["plan-late", "signature-late", "review-interval-exceeded"],
          notes="Clean. SLP recertification in prose (dates in words), new 90-day certification period 02/27-05/27/2026 "
                "signed by the physician 02/25/2026. plan-late, signature-late and review-interval-exceeded left out: "
                "all three are anchored on the first treatment date (12/01/2025) and the documentation does not say "
                "how a recertification's own dates replace it.")


def c23():
    ft, rec, rs, re_, asof = D(2026, 1, 5), D(2026, 4, 1), D(2026, 4, 3), D(2026, 6, 30), D(2026, 4, 20)
    assert days(rs, re_) <= 90
    s = dict(file="c23_pt_recert_unsigned_by_physician.docx", layout="grid", font="Tahoma", size=9.5,
             org="Summit Spine & Balance Physical Therapy", footer="Fax completed recertifications to (555) 013-7781",
             title="RECERTIFICATION - PHYSICAL THERAPY PLAN OF CARE",
             client=dict(name="Wilhelmina Osterhout", dob="08/08/1946", mbi="5GD3-KU2-MB90"),
             dates=[("Initial eval (SOC)", us(ft)), ("Recert written", us(rec)),
                    ("Recert period", f"{us(rs)} - {us(re_)}"), ("Visits to date", "21")],
             dx=[("M48.061", "Spinal stenosis, lumbar region without neurogenic claudication"),
                 ("R26.81", "Unsteadiness on feet")],
             summary="Berg Balance Scale 38 -> 45/56. Walks 1,000 ft with a cane; standing tolerance 12 minutes.",
             goals=[("1", "Berg Balance Scale of 50/56 or higher to reduce fall risk.", "38/56", "45/56", "Continue",
                     us(D(2026, 6, 26))),
                    ("2", "Stand 20 minutes to prepare a meal without leg symptoms.", "5 min", "12 min", "Continue",
                     us(D(2026, 6, 26))),
                    ("3", "Walk 1,500 ft in the community with no device, modified independent.", "600 ft, cane",
                     "1,000 ft, cane", "Revised", us(D(2026, 6, 26)))],
             plan=[("Interventions", "97110, 97112, 97116, 97530; home exercise program; fall-prevention education"),
                   ("Frequency", "2x per week"), ("Duration", "12 weeks"), ("Session", "45-55 minutes")],
             extra=["Sent to referring physician Dr. Orsolya Farkas for recertification signature by fax on "
                    + us(D(2026, 4, 2)) + "; awaiting return."],
             sigs=["Therapist: Rowan Eckersley, PT, DPT   /s/ R. Eckersley   " + us(rec),
                   [["Physician / NPP recertification", "Signature", "Date"],
                    ["I certify that these services are required and furnished under this plan while the patient "
                     "is under my care.", "", ""]]])
    opt_doc(s)
    label(s["file"], "medicare-outpatient-therapy", asof, gaps=[["signature-missing"]],
          omit=["plan-late", "signature-late", "review-interval-exceeded"],
          notes="PT recertification faxed to the physician and not yet signed: the certification box is empty and no "
                "physician signature appears anywhere (warning under the 2025 version). plan-late, signature-late, "
                "review-interval-exceeded left out (anchored on the first treatment date; not documented for recerts).")


def c24():
    ft, rec, rs, re_, dc, asof = D(2026, 2, 9), D(2026, 5, 4), D(2026, 5, 8), D(2026, 8, 5), D(2026, 5, 6), D(2026, 5, 15)
    assert days(rs, re_) <= 90
    s = dict(file="c24_pt_recert_chiropractor.docx", layout="form", font="Calibri",
             org="Meadowlark Rehabilitation Partners",
             title="Plan of Care Recertification (PT)",
             client=dict(name="Cornelius Abernathy", dob="12/12/1950", mbi="4QX7-RH1-EW28"),
             dates=[("First treatment date", us(ft)), ("Recertification date", us(rec)),
                    ("Certification period", us(rs) + " to " + us(re_))],
             dx=[("M54.16", "Radiculopathy, lumbar region"), ("M62.81", "Muscle weakness (generalized)")],
             goals=[("LTG1", "Oswestry Disability Index below 20%.", "46%", "32%", "Partially met - continue",
                     us(D(2026, 8, 1))),
                    ("LTG2", "Lift 20 lb floor to waist with correct mechanics 5 times.", "unable", "10 lb x 5",
                     "Continue", us(D(2026, 8, 1)))],
             plan=[("Interventions", "therapeutic exercise, manual therapy, traction, body-mechanics training"),
                   ("Frequency", "2 visits weekly"), ("Duration", "12 weeks")],
             sigs=["PT: /s/ Genevieve Marsh, PT  " + us(rec),
                   "Recertifying practitioner: /s/ Lars Engstrom, D.C.  " + us(dc) + "  NPI " + npi("119283746")])
    opt_doc(s)
    label(s["file"], "medicare-outpatient-therapy", asof, gaps=[["credential-not-permitted"]],
          omit=["signature-missing", "plan-late", "signature-late", "review-interval-exceeded"],
          notes="PT recertification signed in the certifying-practitioner slot by a chiropractor (D.C.), who may not "
                "certify. signature-missing left out (unsure whether a non-permitted certifier also counts as no "
                "certification); plan-late, signature-late, review-interval-exceeded left out as for other recerts.")


def c25():
    ft, phys, prog, cert_end, asof = D(2026, 3, 9), D(2026, 3, 12), D(2026, 4, 10), D(2026, 6, 5), D(2026, 4, 17)
    assert days(ft, cert_end) <= 90 and days(ft, phys) <= 30
    s = dict(file="c25_pt_progress_goal_vague.docx", layout="narrative", font="Calibri", size=11,
             org="Tidewater Outpatient Therapy - Progress Note / Plan Update",
             title="Progress Report - Physical Therapy",
             client=dict(name="Opal Dunleavy", dob="03/03/1941", mbi="9HE4-NC6-PK19"),
             dates=[("Eval / first treatment", us(ft)), ("Plan of care certified", f"{us(ft)} - {us(cert_end)} "
                                                                                   f"(signed by physician {us(phys)})"),
                    ("Progress report date", us(prog)), ("Next progress report", "by visit 20")],
             dx=[("S72.001D", "Fracture of unspecified part of neck of right femur, subsequent encounter for closed "
                              "fracture with routine healing")],
             summary="s/p R hip hemiarthroplasty 02/18/2026. Now walking with a rolling walker in the home. LTG 2 "
                     "revised after discussion with the patient, who wants to feel steadier.",
             goals=[("LTG 1", "Walk 300 feet with a single-point cane, modified independent", "50 ft RW min A",
                     "150 ft RW SBA", "Progressing", us(D(2026, 6, 5))),
                    ("LTG 2", "Patient will improve her walking and feel more confident", "-", "-",
                     "Revised", us(D(2026, 6, 5)))],
             plan=[("Interventions", "gait training, therapeutic exercise, balance training, HEP"),
                   ("Frequency", "3x/week"), ("Duration", "12 weeks (through " + us(cert_end) + ")")],
             sigs=["Physical therapist: Bertrand Lisowski, PT    signed " + us(prog),
                   "Physician certification of the plan of care: Ophelia Nakagawa-Reyes, MD    signed " + us(phys)])
    opt_doc(s)
    label(s["file"], "medicare-outpatient-therapy", asof, gaps=[["goal-not-measurable"]], omit=["plan-late"],
          notes="Progress report inside the initial certification; revised LTG 2 ('improve her walking and feel more "
                "confident') has no measure or level and no objectives under it. plan-late left out (report date "
                "vs first treatment).")


def c26():
    ft, rec, rs, re_, phys, asof = D(2026, 3, 2), D(2026, 5, 26), D(2026, 5, 30), D(2026, 8, 27), D(2026, 5, 28), D(2026, 6, 8)
    assert days(rs, re_) <= 90
    s = dict(file="c26_ot_recert_until_goals_met.docx", layout="grid", font="Arial", size=9.5,
             org="Lakeview Occupational Therapy Services",
             title="OT RECERTIFICATION",
             client=dict(name="Seraphina Ulrich-Obasi", mbi="3PF6-VD2-HT55"),
             dates=[("Initial evaluation", us(ft)), ("Recert date", us(rec)),
                    ("Certification period", us(rs) + " - " + us(re_)), ("Referring MD", "Tobias Renwick, MD")],
             dx=[("M75.121", "Complete rotator cuff tear or rupture of right shoulder, not specified as traumatic"),
                 ("M19.011", "Primary osteoarthritis, right shoulder")],
             summary="R shoulder flexion 95 -> 130 degrees. Able to reach a shoulder-height shelf.",
             goals=[("1", "Active R shoulder flexion to 150 degrees to reach overhead cabinets.", "95", "130",
                     "Continue", us(D(2026, 8, 21))),
                    ("2", "Fasten bra and tuck shirt independently.", "mod A", "min A", "Continue", us(D(2026, 8, 21)))],
             plan=[("Treatment", "therapeutic exercise 97110, therapeutic activities 97530, self-care training 97535"),
                   ("Frequency", "2x/wk"), ("Duration", "until goals are met")],
             sigs=[[["Signer", "Signature", "Date"],
                    ["Occupational therapist", "Maelle Fontaine, OTR/L (e-signature)", us(rec)],
                    ["Physician recertification", "Tobias Renwick, MD (e-signature)", us(phys)]]])
    opt_doc(s)
    label(s["file"], "medicare-outpatient-therapy", asof, gaps=[["duration-missing"], ["field-missing"]],
          omit=["plan-late", "signature-late", "review-interval-exceeded"],
          notes="OT recertification: duration is 'until goals are met' (the profile does not accept the certification "
                "period as the duration), and the client's date of birth appears nowhere. plan-late, "
                "signature-late, review-interval-exceeded left out as for other recerts.")


def c27():
    ft, phys, prog, cert_end, asof = D(2026, 1, 20), D(2026, 1, 23), D(2026, 2, 17), D(2026, 4, 17), D(2026, 2, 27)
    assert days(ft, cert_end) <= 90 and days(ft, phys) <= 30
    ther_npi, md_npi = npi("156473829"), npi("137465820")

    def ts(d):
        return d.strftime("%Y%m%d")

    goals = [("Walk 1,000 feet outdoors on uneven ground with no device, independent.", D(2026, 4, 10),
              "Baseline 200 ft with rolling walker, CGA; now 600 ft with cane, SBA."),
             ("Rise from a standard chair 5 times in under 15 seconds without using arms.", D(2026, 3, 20),
              "Baseline unable without arms; now 5 times in 19 seconds."),
             ("Timed Up and Go under 12 seconds.", D(2026, 4, 10), "Baseline 21 s; now 15 s.")]
    gx = ""
    for i, (txt, due, note) in enumerate(goals, 1):
        gx += f"""
          <entry><observation classCode="OBS" moodCode="GOL">
            <templateId root="2.16.840.1.113883.10.20.22.4.121" extension="2022-06-01"/>
            <id root="7d1b6c0e-0c27-4a00-9000-00000000000{i}"/>
            <code code="58144-7" codeSystem="2.16.840.1.113883.6.1" displayName="Resident's overall goal"/>
            <text>{txt}</text>
            <statusCode code="active"/>
            <effectiveTime><low value="{ts(prog)}"/><high value="{ts(due)}"/></effectiveTime>
            <entryRelationship typeCode="COMP"><act classCode="ACT" moodCode="EVN">
              <code code="48767-8" codeSystem="2.16.840.1.113883.6.1" displayName="Annotation comment"/>
              <text>{note}</text></act></entryRelationship>
          </observation></entry>"""
    rows = "".join(f"<tr><td>{t}</td><td>{n}</td><td>{d.isoformat()}</td></tr>" for t, d, n in goals)
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="PR-2026-0217-0042"/>
  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" displayName="Overall plan of care/advance care directives"/>
  <title>Physical Therapy Progress Report and Updated Plan of Care</title>
  <effectiveTime value="{ts(prog)}1130-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <setId root="2.16.840.1.113883.19.5.99999.19" extension="POC-88214"/>
  <versionNumber value="2"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.4.927" extension="7WB3RT6KD41"/>
    <addr><streetAddressLine>19 Juniper Court</streetAddressLine><city>Fairhaven</city><state>OR</state><postalCode>97000</postalCode></addr>
    <patient><name><given>Leopoldine</given><family>Marchbanks</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19450614"/></patient>
  </patientRole></recordTarget>
  <author><time value="{ts(prog)}"/><assignedAuthor>
    <id root="2.16.840.1.113883.4.6" extension="{ther_npi}"/>
    <assignedPerson><name><given>Caspian</given><family>Holloway</family><suffix>PT, DPT</suffix></name></assignedPerson>
  </assignedAuthor></author>
  <custodian><assignedCustodian><representedCustodianOrganization>
    <id root="2.16.840.1.113883.19.5.99999"/><name>Fairhaven Balance and Mobility Clinic</name>
  </representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator><time value="{ts(prog)}"/><signatureCode code="S"/>
    <assignedEntity><id root="2.16.840.1.113883.4.6" extension="{ther_npi}"/>
      <assignedPerson><name><given>Caspian</given><family>Holloway</family><suffix>PT, DPT</suffix></name></assignedPerson>
    </assignedEntity></legalAuthenticator>
  <authenticator><time value="{ts(phys)}"/><signatureCode code="S"/>
    <assignedEntity><id root="2.16.840.1.113883.4.6" extension="{md_npi}"/>
      <code displayName="Certifying physician (initial plan of care)"/>
      <assignedPerson><name><given>Harriet</given><family>Okwuosa</family><suffix>MD</suffix></name></assignedPerson>
    </assignedEntity></authenticator>
  <documentationOf><serviceEvent classCode="PCPR">
    <effectiveTime><low value="{ts(ft)}"/><high value="{ts(cert_end)}"/></effectiveTime>
  </serviceEvent></documentationOf>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/>
      <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concerns document"/>
      <title>Health Concerns and Diagnoses</title>
      <text><list><item>R26.81 Unsteadiness on feet (treating diagnosis)</item><item>M62.81 Muscle weakness (generalized)</item></list>
        <paragraph>Evaluation and first treatment: {us(ft)}. Plan of care certified {us(ft)} through {us(cert_end)}. This report covers visits 1-10 ({us(ft)} to {us(prog)}).</paragraph></text>
      <entry><act classCode="ACT" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.22.4.132" extension="2015-08-01"/>
        <code code="75310-3" codeSystem="2.16.840.1.113883.6.1"/><statusCode code="active"/>
        <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">
          <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
          <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
          <statusCode code="completed"/><effectiveTime><low value="{ts(ft)}"/></effectiveTime>
          <value xsi:type="CD" code="R26.81" codeSystem="2.16.840.1.113883.6.90" displayName="Unsteadiness on feet"/>
        </observation></entryRelationship>
        <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">
          <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
          <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
          <statusCode code="completed"/><effectiveTime><low value="{ts(ft)}"/></effectiveTime>
          <value xsi:type="CD" code="M62.81" codeSystem="2.16.840.1.113883.6.90" displayName="Muscle weakness (generalized)"/>
        </observation></entryRelationship>
      </act></entry>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.60"/>
      <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/>
      <title>Goals (updated {us(prog)})</title>
      <text><table><thead><tr><th>Goal</th><th>Baseline / progress</th><th>Target date</th></tr></thead><tbody>{rows}</tbody></table></text>{gx}
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>
      <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/>
      <title>Planned Interventions</title>
      <text><paragraph>Therapeutic exercise (97110), gait training (97116), neuromuscular re-education (97112): 2 times per week, 1 session per day, for 12 weeks (through {us(cert_end)}).</paragraph></text>
      <entry><procedure classCode="PROC" moodCode="INT">
        <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
        <id root="7d1b6c0e-0c27-4a00-9000-0000000000a1"/>
        <code code="97110" codeSystem="2.16.840.1.113883.6.12" displayName="Therapeutic exercises"/>
        <statusCode code="active"/>
        <effectiveTime xsi:type="IVL_TS"><low value="{ts(ft)}"/><high value="{ts(cert_end)}"/></effectiveTime>
      </procedure></entry>
      <entry><procedure classCode="PROC" moodCode="INT">
        <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
        <id root="7d1b6c0e-0c27-4a00-9000-0000000000a2"/>
        <code code="97116" codeSystem="2.16.840.1.113883.6.12" displayName="Gait training"/>
        <statusCode code="active"/>
        <effectiveTime xsi:type="IVL_TS"><low value="{ts(ft)}"/><high value="{ts(cert_end)}"/></effectiveTime>
      </procedure></entry>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    write_text("c27_pt_progress_report.cda.xml", xml)
    label("c27_pt_progress_report.cda.xml", "medicare-outpatient-therapy", asof, omit=["plan-late"],
          notes="Clean. C-CDA Care Plan document for a visit-10 progress report inside the initial certification "
                "(service event 01/20-04/17/2026, 87 days); the therapist is legal authenticator, the physician who "
                "certified the initial plan is authenticator (01/23/2026). Frequency and duration only in the "
                "interventions narrative. plan-late left out (report date vs first treatment).")


def c28():
    ft, phys1, rev, phys2, cert_end, asof = (D(2026, 3, 2), D(2026, 3, 4), D(2026, 3, 23), D(2026, 3, 26),
                                             D(2026, 5, 29), D(2026, 4, 1))
    assert days(ft, cert_end) <= 90 and days(ft, phys2) <= 30 and days(ft, phys1) <= 30
    doc = new_doc("Calibri", 10.5)
    header(doc, "Northfield Rehab at Home & Clinic - Outpatient PT", "Confidential patient information")
    P(doc, "REVISED PLAN OF CARE (interim change)", bold=True, size=13)
    T(doc, [["Patient", "Bartholomew Quist", "DOB", "10/05/1952", "MBI", "1RJ9-GX4-UA63"],
            ["Evaluation / 1st treatment", us(ft), "Original POC", us(ft), "Revision", us(rev)],
            ["Certification period", f"{us(ft)} - {us(cert_end)}", "", "", "", ""]], header=False, size=9)
    P(doc, "Reason for revision: patient fell at home on 03/19/2026 (no fracture; ED visit). Balance goals added, "
           "frequency increased from 2 to 3 visits per week for 4 weeks, then 2 per week.")
    P(doc, "Dx: G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations; R26.81 Unsteadiness "
           "on feet")
    p = P(doc, "Goals (changes shown):", bold=True)
    T(doc, [["Goal", "Baseline", "Target date", "Change"],
            ["Walk 400 ft with 4-wheeled walker with no loss of balance, modified independent.", "150 ft, 2 LOB",
             us(D(2026, 5, 22)), "Unchanged"],
            ["Mini-BESTest score of 20/28 or higher.", "13/28", us(D(2026, 5, 22)), "Added " + us(rev)],
            ["Get up from the floor using a chair with stand-by assistance only.", "unable", us(D(2026, 5, 1)),
             "Added " + us(rev)],
            ["Turn 360 degrees in under 4 seconds in each direction.", "7 s", us(D(2026, 5, 22)), "Unchanged"]])
    pp = P(doc)
    tracked(pp, "Frequency: ", "2x/week", "3x/week x 4 weeks, then 2x/week", "", author="K. Ferreira, PT")
    P(doc, "Duration: through " + us(cert_end) + " (12 weeks from evaluation); session 50-60 minutes.")
    P(doc, "Interventions: gait and balance training (97116, 97112), LSVT BIG-based amplitude training (97530), "
           "floor recovery practice, caregiver education.")
    cpar = P(doc, "Home program updated and reviewed with spouse.")
    comment(doc, cpar, "Please attach the updated HEP handout to the chart.", author="Clinic manager", initials="CM")
    T(doc, [["", "Original plan of care", "Revised plan of care"],
            ["Physical therapist", "Katarina Ferreira, PT, DPT  " + us(ft), "Katarina Ferreira, PT, DPT  " + us(rev)],
            ["Certifying physician", "Reuben Ashworth, MD  " + us(phys1), "Reuben Ashworth, MD  " + us(phys2)]])
    save(doc, "c28_pt_revised_poc_after_fall.docx")
    label("c28_pt_revised_poc_after_fall.docx", "medicare-outpatient-therapy", asof, omit=["plan-late"],
          notes="Clean. Mid-certification revised plan of care after a fall: goals table with change column, tracked "
                "change of the frequency, a Word comment, side-by-side original/revised signature table; every "
                "physician signature is within 30 days of the first treatment. plan-late left out (revision date "
                "vs first treatment).")


# ================================================================ medicare-home-health
def hh_doc(s):
    lay = s["layout"]
    doc = new_doc(s.get("font", "Arial"), s.get("size", 9.5), margins=0.6)
    header(doc, s["agency"], s.get("footer"))
    P(doc, s["title"], bold=True, size=12, align="c")
    c = s["client"]
    ps, pe = s["period"]
    if lay == "485":
        t = T(doc, [["1. Patient's HI claim no.", "2. Start of care date", "3. Certification period", "4. Medical record no.",
                     "5. Provider no."],
                    [c["mbi"], us(s["soc"]), f"From: {us(ps)}   To: {us(pe)}", c["mrn"], s["provno"]],
                    ["6. Patient's name and address", "", "7. Provider's name, address and telephone", "", ""],
                    [c["name"] + "\n" + c["addr"], "", s["agency"], "", ""],
                    ["8. Date of birth", c["dob"], "9. Sex", c["sex"], ""]], header=False, size=8.5)
        t.cell(2, 0).merge(t.cell(2, 1))
        t.cell(3, 0).merge(t.cell(3, 1))
        t.cell(2, 2).merge(t.cell(2, 4))
        t.cell(3, 2).merge(t.cell(3, 4))
        rows = [["11. Principal diagnosis (ICD-10-CM)", s["dx"][0][0] + " " + s["dx"][0][1]],
                ["13. Other pertinent diagnoses", "\n".join(f"{a} {b}" for a, b in s["dx"][1:])],
                ["18.A Functional limitations / 18.B Activities permitted", s.get("func", "")],
                ["21. Orders for discipline and treatments (specify amount/frequency/duration)", "\n".join(s["orders"])],
                ["22. Goals / rehabilitation potential / discharge plans", "\n".join(s["goals"])]]
        T(doc, rows, header=False, size=8.5, widths=[2.3, 5.0])
    else:
        LP(doc, "Patient", f"{c['name']}   DOB {c['dob']}   Medicare {c['mbi']}   MR# {c['mrn']}")
        LP(doc, "Start of care", us(s["soc"]))
        LP(doc, "Certification period", f"{us(ps)} through {us(pe)}")
        H(doc, "Diagnoses", 2)
        for a, b in s["dx"]:
            P(doc, f"{a} - {b}")
        if s.get("func"):
            H(doc, "Homebound status / functional limitations", 2)
            P(doc, s["func"])
        H(doc, "Orders (discipline, frequency, duration)", 2)
        for o in s["orders"]:
            B(doc, o)
        H(doc, "Goals and discharge plan", 2)
        for g in s["goals"]:
            B(doc, g, numbered=True)
    if s.get("summary"):
        H(doc, s.get("summary_heading", "Recertification summary"), 2, style=False)
        P(doc, s["summary"])
    for line in s.get("extra", []):
        P(doc, line, size=8.5)
    sig = s["sig"]
    if lay == "485":
        T(doc, [["23. Nurse's signature and date of verbal SOC where applicable", "25. Date HHA received signed POT"],
                [sig["nurse"], sig.get("received", "")],
                ["24. Physician's name and address", "26. Physician certification / recertification"],
                [sig["phys_name"], s.get("attest", "I certify/recertify that this patient is confined to the home and "
                                                   "needs intermittent skilled nursing care and/or physical therapy. "
                                                   "The patient is under my care, and I have authorized the services "
                                                   "on this plan of care and will periodically review the plan.")],
                ["27. Attending physician's signature and date signed", ""],
                [sig["phys_sig"], ""]], header=False, size=8.5)
    else:
        H(doc, "Signatures", 2)
        P(doc, sig["nurse"])
        P(doc, sig["phys_name"])
        P(doc, sig["phys_sig"])
    save(doc, s["file"])


HH_OMIT_RECERT = ("review-interval-exceeded is left out: the profile counts the 60 days from the first treatment "
                  "date first, and for a recertification the document gives the start of care of the first episode; "
                  "whether the recertification period start replaces it is not documented.")


def c29():
    soc, ps, pe, ph, asof = D(2026, 1, 12), D(2026, 3, 13), D(2026, 5, 11), D(2026, 3, 16), D(2026, 3, 30)
    assert days(ps, pe) <= 60 and days(soc, ps) == 60
    md = npi("124398765")
    s = dict(file="c29_hh_recert_485.docx", layout="485", agency="Evergreen Valley Home Health, 14 Ridge Rd, "
                                                                  "Fairmont (555) 017-4410",
             title="HOME HEALTH CERTIFICATION AND PLAN OF CARE - RECERTIFICATION (2nd episode)",
             client=dict(name="Augustina Pembrook", addr="402 Larch Street, Apt 2, Fairmont", dob="07/01/1938",
                         sex="F", mbi="2QW5-JD8-RN71", mrn="EVH-22871"),
             soc=soc, period=(ps, pe), provno="HHA 14-7753",
             dx=[("I50.32", "Chronic diastolic (congestive) heart failure"), ("I11.0", "Hypertensive heart disease "
                                                                                        "with heart failure"),
                 ("N18.30", "Chronic kidney disease, stage 3 unspecified"), ("Z79.4", "Long term (current) use of "
                                                                                       "insulin"),
                 ("E11.9", "Type 2 diabetes mellitus without complications")],
             func="Endurance, dyspnea with minimal exertion. Activities permitted: up as tolerated, walker.",
             orders=["SN 1w9: assess cardiopulmonary status, daily weights, edema; teach CHF diet and medication "
                     "regimen; call MD for weight gain > 3 lb in 1 day or 5 lb in 1 week.",
                     "SN PRN x 2 visits for signs of CHF exacerbation (weight gain, increased dyspnea, edema).",
                     "PT 2w3, then 1w3: gait, balance and endurance training; home exercise program.",
                     "HHA 2w6: personal care, bathing assistance."],
             goals=["Patient will maintain weight within 3 lb of dry weight of 142 lb at every SN visit through "
                    f"{us(pe)}.",
                    "Patient will state 4 signs of CHF exacerbation and when to call the nurse by the 4th SN visit.",
                    "Patient will walk 150 feet with a walker without rest, SpO2 at or above 90%, by " + us(D(2026, 4, 24)) + ".",
                    "Rehab potential: fair. Discharge when goals met and caregiver independent with care."],
             summary="Recertification: continued need for skilled nursing (two weight gains > 3 lb this episode) and "
                     "PT. Prior episode 01/12/2026-03/12/2026.",
             sig=dict(nurse="Verbal SOC orders: Imogen Tate, RN  03/11/2026", received=us(D(2026, 3, 17)),
                      phys_name="Solomon Achterberg, MD   NPI " + md + "   220 Clinic Way, Fairmont",
                      phys_sig="/s/ Solomon Achterberg, MD   " + us(ph)))
    hh_doc(s)
    label(s["file"], "medicare-home-health", asof, omit=["review-interval-exceeded"],
          notes="Clean. CMS-485-style recertification (second 60-day episode, 03/13-05/11/2026) with numbered boxes, "
                "merged cells, PRN visits with a limit, physician signature dated 03/16/2026. " + HH_OMIT_RECERT)


def c30():
    soc, ps, pe, ph, asof = D(2026, 3, 2), D(2026, 5, 1), D(2026, 7, 14), D(2026, 5, 4), D(2026, 5, 20)
    assert days(ps, pe) > 60
    s = dict(file="c30_hh_recert_period_74_days.docx", layout="list", font="Calibri", size=10.5,
             agency="Maple Grove Home Care Services", title="Recertification Plan of Care",
             client=dict(name="Cyrus Waldenström", dob="09/17/1943", mbi="6HY2-TE5-QM08", mrn="MG-55310"),
             soc=soc, period=(ps, pe),
             dx=[("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"),
                 ("I10", "Essential (primary) hypertension")],
             func="Homebound: short of breath after 20 feet; requires walker and rest breaks.",
             orders=["Skilled nursing 1 visit/week x 10 weeks: respiratory assessment, inhaler technique, oxygen "
                     "safety.", "Physical therapy 2 visits/week x 4 weeks: breathing and endurance training.",
                     "Medical social worker 1 visit x 1 week: community resources."],
             goals=["Patient will demonstrate correct inhaler technique on 3 consecutive SN visits by " + us(D(2026, 6, 1)) + ".",
                    "Patient will walk 100 feet with a walker keeping SpO2 at or above 90% by " + us(D(2026, 6, 15)) + ".",
                    "No hospital readmission for COPD during this certification period."],
             summary="Second certification period. Episode extended to 74 days to line up with the pulmonology "
                     "follow-up on 07/14/2026.",
             sig=dict(nurse="Case manager: Priscilla Onyango, RN  " + us(D(2026, 4, 29)),
                      phys_name="Physician: Marisol Ekwueme, DO  NPI " + npi("188273641"),
                      phys_sig="Electronically signed by Marisol Ekwueme, DO on " + us(ph)))
    hh_doc(s)
    label(s["file"], "medicare-home-health", asof, gaps=[["review-interval-exceeded"]],
          notes="Recertification plan in heading/bullet layout whose certification period runs 05/01-07/14/2026 "
                "(74 days), more than 60 from either the period start or the start of care.")


def c31():
    soc, ps, pe, ph, asof = D(2026, 2, 19), D(2026, 4, 20), D(2026, 6, 18), D(2026, 4, 22), D(2026, 5, 1)
    assert days(ps, pe) <= 60
    s = dict(file="c31_hh_recert_prn_unlimited.docx", layout="485", agency="Heritage Hearth Home Health Agency",
             title="PLAN OF CARE - RECERTIFICATION",
             client=dict(name="Mortimer Eckhardt-Sloane", addr="77 Quarry Lane, Millbrook", dob="04/09/1936",
                         sex="M", mbi="9DK4-WP7-FX52", mrn="HHH-90112"),
             soc=soc, period=(ps, pe), provno="HHA 22-0941",
             dx=[("Z48.01", "Encounter for change or removal of surgical wound dressing"),
                 ("E11.622", "Type 2 diabetes mellitus with other skin ulcer"),
                 ("L97.412", "Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed")],
             func="Limited weight bearing R foot; wheelchair for distances.",
             orders=["SN 3w4, 2w4: wound care R heel per wound care orders; assess for infection; diabetic teaching.",
                     "SN PRN for dressing problems or wound drainage.",
                     "OT 1w4: lower body dressing and bathing with adaptive equipment."],
             goals=["Wound R heel will decrease from 3.0 x 2.2 cm to 1.5 x 1.0 cm or smaller by " + us(D(2026, 6, 15)) + ".",
                    "Patient/caregiver will perform the dressing change correctly with return demonstration by "
                    + us(D(2026, 5, 15)) + ".",
                    "Fasting blood glucose between 80 and 150 on 6 of 7 days per log by " + us(D(2026, 6, 15)) + "."],
             summary="Recert: wound improving (4.1 x 3.0 cm at SOC). Continued skilled wound care required.",
             sig=dict(nurse="Bettina Kowalczyk, RN  " + us(D(2026, 4, 17)), received=us(D(2026, 4, 24)),
                      phys_name="Emeka Lindqvist, MD   NPI " + npi("167382910"),
                      phys_sig="Emeka Lindqvist, MD (signed)   " + us(ph)))
    hh_doc(s)
    label(s["file"], "medicare-home-health", asof, gaps=[["frequency-missing"]], omit=["review-interval-exceeded"],
          notes="485-style recertification with a PRN skilled-nursing order that sets no limit on the number of PRN "
                "visits (the other orders state frequencies). " + HH_OMIT_RECERT)


def c32():
    soc, ps, pe, asof = D(2025, 12, 27), D(2026, 2, 25), D(2026, 4, 25), D(2026, 3, 10)
    assert days(ps, pe) <= 60
    s = dict(file="c32_hh_recert_physician_pending.docx", layout="list", font="Verdana", size=9,
             agency="Clearwater Visiting Nurses", title="60-DAY RECERTIFICATION - PLAN OF CARE",
             footer="POC status: SENT FOR SIGNATURE",
             client=dict(name="Henrietta Vogelsang", dob="02/02/1940", mbi="3MT7-CX1-VJ66", mrn="CVN-30418"),
             soc=soc, period=(ps, pe),
             dx=[("I69.354", "Hemiplegia and hemiparesis following cerebral infarction affecting left non-dominant "
                             "side"), ("R13.12", "Dysphagia, oropharyngeal phase")],
             orders=["SN 1w8: medication management, vital signs, skin checks.",
                     "PT 2w4, 1w4: transfers, gait with hemi-walker, balance.",
                     "SLP 1w6: swallowing strategies, diet texture advancement."],
             goals=["Patient will transfer bed to chair with stand-by assistance by " + us(D(2026, 4, 10)) + ".",
                    "Patient will take thin liquids with a chin tuck and no coughing in 9 of 10 trials by "
                    + us(D(2026, 4, 20)) + ".",
                    "Caregiver will give all medications from the pill organizer correctly for 2 weeks by "
                    + us(D(2026, 3, 25)) + "."],
             summary="Recertification for the second episode, pending physician signature.",
             sig=dict(nurse="Clinician completing POC: Rosamund Achebe, RN   " + us(D(2026, 2, 23)),
                      phys_name="Attending physician: Ferdinand Oyelaran-Marsh, MD   NPI " + npi("140293847"),
                      phys_sig="Physician signature: ______________________   Date: ________   (sent via portal "
                               + us(D(2026, 2, 24)) + ")"))
    hh_doc(s)
    label(s["file"], "medicare-home-health", asof, gaps=[["signature-missing"]], omit=["review-interval-exceeded"],
          notes="Recertification plan sent to the physician and not yet signed: blank physician signature and date, "
                "no other physician signature. " + HH_OMIT_RECERT)


def c33():
    soc, ps, pe, ph, asof = D(2026, 4, 6), D(2026, 6, 5), D(2026, 8, 3), D(2026, 6, 8), D(2026, 6, 20)
    assert days(ps, pe) <= 60 and days(soc, ps) == 60
    md_npi = npi("173829104")
    pat = {"resourceType": "Patient", "id": "p33",
           "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": "8RA3GH6TP20"}],
           "name": [{"family": "Lindqvist-Amadi", "given": ["Beatrix"]}], "birthDate": "1944-10-28", "gender": "female"}
    prac = {"resourceType": "Practitioner", "id": "md33",
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": md_npi}],
            "name": [{"family": "Okafor-Reyes", "given": ["Julian"], "suffix": ["MD"]}],
            "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360",
                                                    "code": "MD", "display": "Doctor of Medicine"}]}}]}
    rn = {"resourceType": "Practitioner", "id": "rn33", "name": [{"family": "Bramwell", "given": ["Tessa"], "suffix": ["RN"]}]}
    conds = [{"resourceType": "Condition", "id": f"c33-{i}", "subject": {"reference": "Patient/p33"},
              "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": code, "display": disp}]},
              "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                             "code": "active"}]}}
             for i, (code, disp) in enumerate([("L89.154", "Pressure ulcer of sacral region, stage 4"),
                                               ("G20.A1", "Parkinson's disease without dyskinesia, without mention "
                                                          "of fluctuations")], 1)]
    goals = [{"resourceType": "Goal", "id": f"g33-{i}", "lifecycleStatus": "active", "subject": {"reference": "Patient/p33"},
              "description": {"text": txt}, "target": [{"dueDate": due.isoformat()}]}
             for i, (txt, due) in enumerate([
                 ("Sacral wound will decrease from 4.0 x 3.5 x 1.2 cm to 2.5 x 2.0 x 0.5 cm or smaller.", D(2026, 7, 31)),
                 ("Caregiver will reposition the patient every 2 hours and document it on the turning log on 7 of 7 "
                  "days.", D(2026, 6, 30)),
                 ("Patient will show no signs of wound infection at every SN visit.", D(2026, 8, 3))], 1)]

    def sr(i, code_text, freq, period, unit, count_weeks, note):
        return {"resourceType": "ServiceRequest", "id": f"sr33-{i}", "status": "active", "intent": "order",
                "subject": {"reference": "Patient/p33"}, "code": {"text": code_text},
                "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": ps.isoformat(), "end": pe.isoformat()},
                                                "frequency": freq, "period": period, "periodUnit": unit},
                                     "code": {"text": note}},
                "requester": {"reference": "Practitioner/md33"}, "note": [{"text": f"{note} for {count_weeks} weeks"}]}

    srs = [sr(1, "Skilled nursing - wound care (negative pressure wound therapy)", 3, 1, "wk", 9, "SN 3w9"),
           sr(2, "Home health aide - bathing and personal care", 2, 1, "wk", 8, "HHA 2w8")]
    cp = {"resourceType": "CarePlan", "id": "cp33", "status": "active", "intent": "order",
          "title": "Home health plan of care - recertification (episode 2)",
          "category": [{"text": "home health plan of care"}],
          "subject": {"reference": "Patient/p33"}, "created": D(2026, 6, 3).isoformat(),
          "period": {"start": ps.isoformat(), "end": pe.isoformat()},
          "replaces": [{"display": f"Plan of care {soc.isoformat()} to {D(2026, 6, 4).isoformat()} (start of care)"}],
          "author": {"reference": "Practitioner/md33"}, "contributor": [{"reference": "Practitioner/rn33"}],
          "addresses": [{"reference": f"Condition/c33-{i}"} for i in (1, 2)],
          "goal": [{"reference": f"Goal/g33-{i}"} for i in (1, 2, 3)],
          "activity": [{"reference": {"reference": f"ServiceRequest/sr33-{i}"}} for i in (1, 2)],
          "note": [{"text": f"Start of care {soc.isoformat()}. Recertification: wound improving but not healed; "
                            "continued skilled nursing required."}]}
    prov = {"resourceType": "Provenance", "id": "pv33", "target": [{"reference": "CarePlan/cp33"}],
            "recorded": ph.isoformat() + "T10:05:00-04:00",
            "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                            "code": "verifier"}]}, "who": {"reference": "Practitioner/md33"}}],
            "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.5",
                                     "display": "Verification Signature"}],
                           "when": ph.isoformat() + "T10:05:00-04:00", "who": {"reference": "Practitioner/md33"},
                           "sigFormat": "application/jose", "data": "ZXlKaGJHY2lPaUpTVXpJMU5pSjku"}]}
    res = [cp, pat, prac, rn] + conds + goals + srs + [prov]
    bundle = {"resourceType": "Bundle", "id": "c33", "type": "collection",
              "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in res]}
    write_text("c33_hh_recert.fhir.json", json.dumps(bundle, indent=2) + "\n")
    label("c33_hh_recert.fhir.json", "medicare-home-health", asof, omit=["review-interval-exceeded"],
          notes="Clean. FHIR R4 Bundle of a home-health recertification: CarePlan period 06/05-08/03/2026 (59 days), "
                "measurable Goals with due dates, ServiceRequests with weekly timing bounded by the period, "
                "physician verification signature in Provenance (06/08/2026). " + HH_OMIT_RECERT)


def c34():
    soc, ps, pe, ph, asof = D(2026, 7, 1), D(2026, 8, 30), D(2026, 10, 28), D(2026, 9, 1), D(2026, 9, 15)
    assert days(ps, pe) <= 60
    s = dict(file="c34_hh_recert_vague_goals.docx", layout="485", agency="Sunnyfield Home Health Partners",
             title="HOME HEALTH RECERTIFICATION - PLAN OF TREATMENT",
             client=dict(name="Thaddeus Kimura-Blake", addr="9 Orchard Row, Elmsford", dob="01/19/1947", sex="M",
                         mbi="5BN8-QJ3-LD47", mrn="SHP-11873"),
             soc=soc, period=(ps, pe), provno="HHA 31-5520",
             dx=[("I50.32", "Chronic diastolic (congestive) heart failure"), ("E11.9", "Type 2 diabetes mellitus "
                                                                                         "without complications")],
             orders=["SN 1w8: cardiopulmonary assessment, weights, diabetic foot checks, medication teaching.",
                     "PT 2w4: strengthening and gait training."],
             goals=["Patient will be safe in the home.",
                    "Patient will have improved knowledge of his disease process.",
                    "Patient will be more independent with mobility."],
             summary="Recertification; patient continues to require skilled observation and teaching.",
             sig=dict(nurse="Marguerite Fenwick, RN   " + us(D(2026, 8, 28)), received=us(D(2026, 9, 3)),
                      phys_name="Adaeze Holmqvist, NP   NPI " + npi("152637489"),
                      phys_sig="Adaeze Holmqvist, NP   e-signed " + us(ph)))
    hh_doc(s)
    label(s["file"], "medicare-home-health", asof, gaps=[["goal-not-measurable"]], omit=["review-interval-exceeded"],
          notes="485-style recertification whose goals ('be safe in the home', 'improved knowledge', 'more "
                "independent') name no measure or level; certified by an NP (allowed). " + HH_OMIT_RECERT)


def c35():
    soc, pe, io_date, ph_poc, ph_io, asof = (D(2026, 2, 2), D(2026, 4, 2), D(2026, 2, 20), D(2026, 2, 5),
                                             D(2026, 2, 23), D(2026, 3, 2))
    assert days(soc, pe) <= 60
    md = npi("119928374")
    doc = new_doc("Calibri", 10)
    header(doc, "Bayside Home Health - Interim Physician Order / Plan of Care Addendum")
    P(doc, "INTERIM ORDER (ADDENDUM TO PLAN OF CARE)", bold=True, size=13)
    T(doc, [["Patient", "Ingrid Salvatierra", "Medicare ID", "7KE2-TP9-BW14"],
            ["DOB", "05/25/1942", "MR #", "BHH-44019"],
            ["Start of care", us(soc), "Certification period", f"{us(soc)} - {us(pe)}"],
            ["Order date", us(io_date), "Physician", "Clarissa Montague, MD (NPI " + md + ")"]], header=False)
    P(doc, "Order: Increase PT from 2w4 to 3w3 then 1w2 starting " + us(D(2026, 2, 23)) + " for gait training after "
           "new ankle-foot orthosis. Add OT 1w3 for bathing with adaptive equipment. All other orders unchanged.")
    P(doc, "Read back and verified: Gwendolyn Asare, RN " + us(io_date))
    P(doc, "Physician signature: /s/ Clarissa Montague, MD    Date: " + us(ph_io))
    doc.add_page_break()
    P(doc, "PLAN OF CARE IN EFFECT (start of care episode)", bold=True, size=12)
    P(doc, "Principal diagnosis: S72.001D Fracture of unspecified part of neck of right femur, subsequent encounter "
           "for closed fracture with routine healing. Other: R26.81 Unsteadiness on feet; I10 Essential hypertension.")
    T(doc, [["Discipline", "Frequency / duration (as amended " + us(io_date) + ")", "Treatments"],
            ["SN", "1w8", "pain management, incision check, anticoagulant teaching"],
            ["PT", "2w3 (done), 3w3, 1w2", "gait with AFO and walker, stairs, HEP"],
            ["OT", "1w3 (added)", "bathing and dressing with adaptive equipment"]])
    P(doc, "Goals:", bold=True)
    B(doc, "Patient will walk 200 feet with a walker and AFO, modified independent, by " + us(D(2026, 3, 27)) + ".")
    B(doc, "Patient will climb 4 steps with a rail and stand-by assistance by " + us(D(2026, 3, 27)) + ".")
    B(doc, "Patient will bathe using a tub bench with set-up only by " + us(D(2026, 3, 20)) + ".")
    P(doc, "Physician certification of the plan of care: /s/ Clarissa Montague, MD  " + us(ph_poc))
    save(doc, "c35_hh_interim_order_addendum.docx")
    label("c35_hh_interim_order_addendum.docx", "medicare-home-health", asof,
          notes="Clean. Interim physician order (addendum) changing PT frequency and adding OT, in front of the plan "
                "of care in effect for the first episode (SOC 02/02/2026, period to 04/02/2026, 59 days); both the "
                "plan and the order are signed by the MD. Orders in compact home-health notation (2w3, 1w2).")


def c36():
    soc, ps, pe, ph, asof = D(2025, 11, 20), D(2026, 1, 19), D(2026, 3, 19), D(2026, 1, 21), D(2026, 2, 3)
    assert days(ps, pe) <= 60
    bad = npi("135792468", valid=False)
    assert not luhn_ok(bad)
    s = dict(file="c36_hh_recert_dx_category_bad_npi.docx", layout="list", font="Arial", size=10,
             agency="Riverbend Home Health", title="Plan of Care - Recertification",
             client=dict(name="Ezekiel Morrow-Tanaka", dob="12/30/1939", mbi="4WC7-RD2-HN91", mrn="RBH-7730"),
             soc=soc, period=(ps, pe),
             dx=[("I50.3", "Diastolic (congestive) heart failure"), ("J44.1", "Chronic obstructive pulmonary disease "
                                                                              "with (acute) exacerbation")],
             func="Dyspnea on exertion; leaves home only for medical appointments with assistance.",
             orders=["SN 2w2, 1w7: heart failure and COPD assessment, weights, oxygen use, medication teaching.",
                     "PT 2w4: endurance and balance."],
             goals=["Patient will keep weight within 3 lb of 168 lb at each SN visit through " + us(pe) + ".",
                    "Patient will walk 150 feet with a rollator with no more than 1 rest by " + us(D(2026, 3, 13)) + "."],
             sig=dict(nurse="RN case manager: Octavia Lindgren, RN " + us(D(2026, 1, 17)),
                      phys_name="Certifying physician: Benedikt Sorensen, MD   NPI " + bad,
                      phys_sig="Signed: Benedikt Sorensen, MD   " + us(ph)))
    hh_doc(s)
    label(s["file"], "medicare-home-health", asof, gaps=[["diagnosis-code-not-billable"], ["identifier-invalid"]],
          omit=["review-interval-exceeded"],
          notes="Recertification with principal diagnosis I50.3 (a category; I50.30-I50.33 are billable) and a "
                "physician NPI whose check digit is wrong. " + HH_OMIT_RECERT)


# ================================================================ commercial-aba
def aba_doc(s):
    lay = s["layout"]
    doc = new_doc(s.get("font", "Calibri"), s.get("size", 10))
    header(doc, s["org"], s.get("footer"))
    P(doc, s["title"], bold=True, size=13, align="c")
    c = s["client"]
    idrows = [["Client", c["name"], "DOB", c["dob"]], ["Member ID", c["member"], "Payer", c["payer"]]]
    idrows += s["daterows"]
    T(doc, idrows, header=False)
    H(doc, "Diagnosis", 2)
    P(doc, s["dx"])
    H(doc, "Assessments", 2)
    T(doc, [["Instrument", "Date", "Result"]] + s["assess"])
    if s.get("summary"):
        H(doc, "Progress summary for the previous authorization period", 2)
        P(doc, s["summary"])
    for sec_title, goals in s["goal_sections"]:
        H(doc, sec_title, 2)
        if lay == "table":
            T(doc, [["Goal", "Baseline", "Current", "Mastery criteria", "Target date", "Status"]] +
              [list(g) for g in goals], size=8.5)
        else:
            for g in goals:
                P(doc, g[0], bold=True)
                P(doc, f"Baseline: {g[1]}   |   Current: {g[2]}   |   Mastery: {g[3]}   |   Target: {g[4]}   |   "
                       f"Status: {g[5]}")
    H(doc, "Requested services", 2)
    T(doc, [["CPT", "Service", "Hours per week", "Units (auth period)", "Setting"]] + s["services"])
    for lab, val in s["plan_lines"]:
        LP(doc, lab, val)
    for extra in s.get("extra", []):
        P(doc, extra, size=8.5, italic=True)
    H(doc, "Signatures", 2)
    T(doc, s["sigs"])
    P(doc, s.get("boiler", CONSENT), size=8)
    save(doc, s["file"])


def c37():
    plan, vb, pstart, pend, nxt, asof = D(2026, 2, 2), D(2026, 1, 20), D(2026, 2, 16), D(2026, 8, 15), D(2026, 7, 20), D(2026, 2, 10)
    assert days(plan, nxt) <= 184 and days(vb, plan) <= 365 and pend < D(2026, 8, 16)
    s = dict(file="c37_aba_6month_reauth.docx", layout="table", org="Bright Path Autism Services  |  TIN 00-0000000",
             footer="Reauthorization request - page 1 of 3",
             title="ABA REAUTHORIZATION: 6-MONTH PROGRESS REPORT AND UPDATED TREATMENT PLAN",
             client=dict(name="Oliver Nakashima-Pratt", dob="04/11/2020", member="BXH448210917", payer="Crestline Health Plan"),
             daterows=[["Report date", us(plan), "Previous authorization", "08/18/2025 - 02/15/2026"],
                       ["Requested authorization", f"{us(pstart)} - {us(pend)}", "Next progress review", us(nxt)]],
             dx="F84.0 Autistic disorder (autism spectrum disorder, level 2) - diagnosed by Renata Gallagher, PhD, "
                "licensed psychologist, on 05/14/2024 (ADOS-2, ADI-R).",
             assess=[["VB-MAPP (re-administered)", us(vb), "Milestones 78/170 (was 52 on 07/28/2025)"],
                     ["Vineland-3 (parent form)", us(D(2026, 1, 22)), "ABC 68 (was 61)"]],
             summary="Oliver attended 92% of scheduled sessions. 14 of 22 short-term targets mastered. Elopement fell "
                     "from 6 to 1 per week. New targets added for conversation and toileting.",
             goal_sections=[
                 ("Skill acquisition", [
                     ("Mand for 20 different items or actions using 2-3 word phrases without prompts", "8 mands",
                      "14 mands", "80% of opportunities across 3 consecutive sessions", us(D(2026, 7, 31)), "Continued"),
                     ("Respond to peer greetings within 5 s", "10% of opportunities", "45%",
                      "80% across 3 sessions with 2 peers", us(D(2026, 6, 30)), "Continued"),
                     ("Complete toileting routine with no more than 1 gestural prompt", "0 of 8 steps",
                      "0 of 8 steps (new)", "8 of 8 steps on 90% of trials for 2 weeks", us(D(2026, 8, 14)), "New")]),
                 ("Behavior reduction", [
                     ("Reduce elopement from the session area to 0 per week", "6 per week", "1 per week",
                      "0 per week for 4 consecutive weeks", us(D(2026, 5, 31)), "Continued")]),
                 ("Parent / caregiver training", [
                     ("Parent will implement the elopement-prevention protocol with 90% fidelity", "40% fidelity",
                      "75% fidelity", "90% fidelity on 3 consecutive checks", us(D(2026, 5, 31)), "Continued"),
                     ("Parent will run 10 mand trials at dinner each day and record them", "0 days per week",
                      "3 days per week", "5 of 7 days for 4 weeks", us(D(2026, 7, 31)), "Continued")])],
             services=[["97153", "Adaptive behavior treatment by protocol (RBT)", "20", "2080", "Home/clinic"],
                       ["97155", "Protocol modification by BCBA", "3", "312", "Home/clinic"],
                       ["97156", "Family adaptive behavior treatment guidance", "1", "104", "Home/telehealth"]],
             plan_lines=[("Authorization period requested", f"{us(pstart)} to {us(pend)} (6 months)")],
             sigs=[["", "Name", "Signature", "Date"],
                   ["BCBA (this report)", "Yasmin Delacourt, MS, BCBA", "/s/ Y. Delacourt", us(plan)],
                   ["Parent/guardian (this report)", "Keiko Nakashima-Pratt", "/s/ K. Nakashima-Pratt", us(D(2026, 2, 3))],
                   ["BCBA (previous plan)", "Yasmin Delacourt, MS, BCBA", "signed", "08/06/2025"],
                   ["Parent/guardian (previous plan)", "Keiko Nakashima-Pratt", "signed", "08/06/2025"]])
    aba_doc(s)
    label(s["file"], "commercial-aba", asof,
          notes="Clean. Six-month reauthorization report with previous and requested authorization periods side by "
                "side, re-administered VB-MAPP (13 days before the report), goal tables with baseline/current/"
                "mastery/target/status, parent-training section, hours per week by CPT, next review 168 days out, "
                "current and previous signatures.")


def c38():
    plan, vb, pstart, pend, nxt, asof = D(2026, 1, 15), D(2024, 12, 10), D(2026, 2, 1), D(2026, 7, 31), D(2026, 7, 10), D(2026, 1, 25)
    assert days(vb, plan) > 365 and days(plan, nxt) <= 184
    s = dict(file="c38_aba_reauth_assessment_old.docx", layout="narrative", font="Georgia", size=10,
             org="Little Steps Behavioral Health", title="Treatment Plan Update / Request for Continued Services",
             client=dict(name="Amara Fitzgerald-Osei", dob="09/02/2019", member="QRT90214473", payer="Northwind Health"),
             daterows=[["Date of update", us(plan), "Current authorization", "08/01/2025 - 01/31/2026"],
                       ["Requested period", f"{us(pstart)} - {us(pend)}", "Next review", us(nxt)]],
             dx="F84.0 Autistic disorder. Diagnosing clinician: Dr. Philippa Osei-Mensah, MD (developmental "
                "pediatrics), 03/03/2023.",
             assess=[["ABLLS-R", us(vb), "Baseline for current goals"],
                     ["Direct observation and parent interview", us(D(2026, 1, 6)), "Updated target list"]],
             summary="Amara met 9 of 15 objectives. The ABLLS-R will be repeated next period.",
             goal_sections=[
                 ("Communication", [
                     ("Answer 'wh' questions about a short story", "2 of 10", "6 of 10", "8 of 10 correct in 3 "
                                                                                         "consecutive sessions",
                      us(D(2026, 7, 15)), "Continued")]),
                 ("Social", [("Take turns in a board game with a peer for 5 minutes", "0 min", "2 min",
                              "5 minutes on 4 of 5 opportunities", us(D(2026, 6, 30)), "Continued")]),
                 ("Caregiver training", [("Father will use first-then visual schedule at bedtime", "0 of 7 nights",
                                          "3 of 7 nights", "6 of 7 nights for 3 weeks", us(D(2026, 5, 31)),
                                          "Continued")])],
             services=[["97153", "RBT direct treatment", "15", "1560", "Home"],
                       ["97155", "BCBA protocol modification", "2", "208", "Home"],
                       ["97156", "Caregiver guidance", "1", "104", "Home"]],
             plan_lines=[],
             sigs=[["Role", "Name", "Date"], ["BCBA", "Torin Ashgrove, BCBA", us(plan)],
                   ["Parent/guardian", "Malcolm Fitzgerald-Osei (father)", us(plan)]])
    aba_doc(s)
    label(s["file"], "commercial-aba", asof, gaps=[["assessment-outdated"]],
          notes="Reauthorization update in paragraph goal layout: the only standardized assessment (ABLLS-R "
                "12/10/2024) is 401 days before the update; the recent observation/interview is not standardized.")


def c39():
    plan, vb, pstart, pend, nxt, asof = D(2026, 3, 2), D(2026, 2, 16), D(2026, 3, 16), D(2026, 9, 15), D(2026, 8, 24), D(2026, 3, 10)
    assert days(plan, nxt) <= 184
    s = dict(file="c39_aba_reauth_caregiver_goals_closed.docx", layout="table", org="Coastal ABA Collaborative",
             title="6-Month Reassessment and Treatment Plan",
             client=dict(name="Dashiell Romero-Whitaker", dob="12/19/2017", member="CHP-55182930", payer="Coastal Health Plan"),
             daterows=[["Reassessment date", us(plan), "Requested authorization", f"{us(pstart)} - {us(pend)}"],
                       ["Next review", us(nxt), "BCBA", "Imelda Castellanos, BCBA"]],
             dx="F84.0 Autistic disorder - diagnosed 06/10/2021 by Gregor Heitmann, PsyD.",
             assess=[["Vineland-3", us(vb), "ABC 72"], ["AFLS (Basic Living Skills)", us(vb), "61% of skills"]],
             summary="Dashiell's mother completed all caregiver training targets and has declined further training "
                     "sessions for now; direct therapy continues.",
             goal_sections=[
                 ("Goals", [
                     ("Ask for a break using a full sentence instead of leaving the table", "20% of opportunities",
                      "60%", "90% of opportunities for 3 consecutive sessions", us(D(2026, 8, 31)), "Continued"),
                     ("Complete a 5-step morning hygiene routine independently", "2 of 5 steps", "3 of 5 steps",
                      "5 of 5 steps on 4 of 5 days", us(D(2026, 8, 31)), "Continued"),
                     ("Mother will deliver labeled praise at a 4:1 ratio during homework", "1:1", "4:1",
                      "4:1 ratio on 3 consecutive probes", "-", "Mastered 02/20/2026 - discontinued"),
                     ("Reduce aggression (hitting) from 5 to 0 per week", "5 per week", "2 per week",
                      "0 per week for 4 weeks", us(D(2026, 7, 31)), "Continued")])],
             services=[["97153", "RBT direct treatment", "12", "1248", "Clinic"],
                       ["97155", "BCBA protocol modification", "2", "208", "Clinic"]],
             plan_lines=[("Authorization period", f"{us(pstart)} through {us(pend)}")],
             sigs=[["Signer", "Signature", "Date"], ["BCBA", "Imelda Castellanos, BCBA (e-signed)", us(plan)],
                   ["Parent/guardian", "Lucia Romero (mother) (e-signed)", us(plan)]])
    aba_doc(s)
    label(s["file"], "commercial-aba", asof, gaps=[["caregiver-goal-missing"]],
          notes="Six-month reassessment in one goal table; the only caregiver goal is closed ('Mastered 02/20/2026 - "
                "discontinued') and no current goal involves caregiver training (parent declined further sessions; "
                "no 97156 requested).")


def c40():
    plan, vb, pstart, pend, nxt, asof = D(2026, 2, 16), D(2026, 2, 2), D(2026, 3, 1), D(2027, 2, 28), D(2026, 8, 14), D(2026, 2, 24)
    assert days(plan, nxt) <= 184 and days(pstart, pend) > 184
    s = dict(file="c40_aba_reauth_12_months.docx", layout="table", font="Arial", size=9.5,
             org="Summit Behavioral Pediatrics", title="Continuation of Care Request - ABA",
             client=dict(name="Genevieve Oduya-Marsh", dob="07/07/2018", member="SBP-20311847", payer="Ironwood Insurance"),
             daterows=[["Plan update date", us(plan), "Requested authorization", f"{us(pstart)} - {us(pend)}"],
                       ["Interim progress review", us(nxt), "Prior authorization", "09/01/2025 - 02/28/2026"]],
             dx="F84.0 Autistic disorder; diagnosed by Anneliese Borkowski, PhD on 11/02/2021.",
             assess=[["VB-MAPP", us(vb), "Level 3 milestones 14/40"], ["Vineland-3", us(vb), "ABC 70"]],
             goal_sections=[
                 ("Targets", [
                     ("Request help with a full sentence", "30%", "70%", "90% across 3 sessions", us(D(2026, 8, 28)),
                      "Continued"),
                     ("Tolerate schedule changes with no tantrum", "4 tantrums/day", "1/day", "0 tantrums for 10 "
                                                                                            "school days",
                      us(D(2026, 8, 28)), "Continued"),
                     ("Parent will run the transition-warning routine before outings", "1 of 5 outings",
                      "3 of 5", "5 of 5 outings for 3 weeks", us(D(2026, 6, 30)), "Continued")])],
             services=[["97153", "RBT treatment", "18", "1872", "Home/school"],
                       ["971555", "BCBA protocol modification", "2", "208", "Home"],
                       ["97156", "Parent guidance", "1", "104", "Home"]],
             plan_lines=[("Length of authorization requested", "12 months, " + us(pstart) + " to " + us(pend))],
             sigs=[["Role", "Name", "Date"], ["Supervising BCBA", "/s/ Horatio Lindenbaum, BCBA-D", us(plan)],
                   ["Guardian", "/s/ Patience Oduya (mother)", us(plan)]])
    aba_doc(s)
    label(s["file"], "commercial-aba", asof, gaps=[["duration-exceeds-limit"], ["service-code-invalid"]],
          notes="Continuation request for a 12-month authorization (03/01/2026-02/28/2027), over the 6-month limit, "
                "with an interim review inside 184 days; the BCBA protocol-modification line is coded '971555' "
                "(six digits), not a CPT/HCPCS code.")


def c41():
    plan, vb, pstart, pend, nxt, asof = D(2026, 4, 6), D(2026, 3, 23), D(2026, 4, 20), D(2026, 10, 19), D(2026, 9, 28), D(2026, 4, 14)
    assert days(plan, nxt) <= 184
    s = dict(file="c41_aba_reauth_new_goals_no_baseline.docx", layout="narrative", org="Harbor Light ABA Therapy",
             title="Progress Report and Treatment Plan Update (Reauthorization)",
             client=dict(name="Ignatius Featherstone", dob="02/25/2021", member="HLA771049928", payer="Bayshore Care"),
             daterows=[["Report date", us(plan), "Auth period requested", f"{us(pstart)} - {us(pend)}"],
                       ["Next treatment plan review", us(nxt), "Supervising BCBA", "Willa Thorsdottir, BCBA"]],
             dx="F84.0 Autistic disorder, diagnosed 10/01/2023 by Cormac Delaney, PhD, licensed psychologist.",
             assess=[["VB-MAPP", us(vb), "Milestones 61/170"], ["Vineland-3", us(vb), "ABC 66"]],
             goal_sections=[
                 ("Continued goals", [
                     ("Imitate 2-step actions with objects", "4 of 20 actions", "12 of 20", "18 of 20 across 3 "
                                                                                            "sessions",
                      us(D(2026, 9, 30)), "Continued"),
                     ("Parent will use time-delay prompting for mands at snack", "0% fidelity", "60% fidelity",
                      "90% fidelity on 3 checks", us(D(2026, 7, 31)), "Continued")]),
                 ("New goals introduced this period", [
                     ("Follow 1-step instructions from a group leader in circle time", "to be probed in the first "
                                                                                         "2 weeks", "-",
                      "80% of instructions across 3 sessions", us(D(2026, 10, 15)), "New"),
                     ("Tolerate haircut or nail trimming for 5 minutes without aggression", "not yet collected", "-",
                      "5 minutes on 3 consecutive opportunities", us(D(2026, 10, 15)), "New")])],
             services=[["97153", "RBT direct", "20", "2080", "Clinic"], ["97155", "BCBA", "2", "208", "Clinic"],
                       ["97156", "Parent training", "1", "104", "Telehealth"]],
             plan_lines=[],
             sigs=[["Signer", "Name", "Date"], ["BCBA", "Willa Thorsdottir, BCBA", us(plan)],
                   ["Parent/guardian", "Roisin Featherstone", us(D(2026, 4, 7))]])
    aba_doc(s)
    label(s["file"], "commercial-aba", asof, gaps=[["baseline-missing"]],
          notes="Reauthorization update with a 'New goals introduced this period' section whose two goals have no "
                "baseline yet ('to be probed in the first 2 weeks', 'not yet collected').")


def c42():
    plan, vb, pend, nxt, asof = D(2026, 5, 11), D(2026, 1, 26), D(2026, 8, 8), D(2026, 8, 3), D(2026, 5, 20)
    assert days(plan, nxt) <= 184 and days(vb, plan) <= 365
    orig = D(2026, 2, 9)
    doc = new_doc("Calibri", 10)
    header(doc, "Meadowbrook Developmental Services - ABA Program", "Quarterly update - internal and payer copy")
    P(doc, "QUARTERLY TREATMENT PLAN UPDATE (ABA)", bold=True, size=13, align="c")
    T(doc, [["Learner", "Rosalind Achterberg-Yeo", "DOB", "06/14/2019"],
            ["Member ID", "MDS-30491187", "Payer", "Silverline Health"],
            ["Treatment plan date", us(orig), "Quarterly update date", us(plan)],
            ["Authorization period", f"{us(orig)} - {us(pend)} (6 months)", "Next update", us(nxt)]],
      header=False)
    P(doc, "Diagnosis: F84.0 Autistic disorder (diagnosed 08/19/2022 by Lorcan Whitby, PhD).")
    P(doc, f"Standardized assessment: VB-MAPP {us(vb)} - milestones 96/170; Vineland-3 {us(vb)} - ABC 74.")
    H(doc, "Goal status", 2)
    t = T(doc, [["Goal", "Baseline", "Now", "Mastery", "Target date"],
                ["Initiate play with a peer with a verbal invitation", "0 per session", "2 per session",
                 "3 per session in 4 of 5 sessions", us(D(2026, 8, 3))],
                ["Write first and last name legibly", "first name only", "both, 60% legible",
                 "both names legible in 4 of 5 trials", us(D(2026, 8, 3))],
                ["Reduce screaming during transitions", "8 per day", "3 per day", "1 or fewer per day for 10 days",
                 us(D(2026, 8, 3))],
                ["Parent will use the token board correctly during homework", "30% of steps", "70% of steps",
                 "90% of steps on 3 consecutive checks", us(D(2026, 7, 10))]], size=9)
    cell_p = t.cell(3, 4).paragraphs[0]
    for r in list(cell_p.runs):
        r._r.getparent().remove(r._r)
    tracked(cell_p, "", us(D(2026, 6, 10)), us(D(2026, 8, 3)), "", author="J. Okwu, BCBA")
    comment(doc, t.cell(3, 0).paragraphs[0], "Target date extended after the spring break regression.",
            author="J. Okwu", initials="JO")
    H(doc, "Services (unchanged)", 2)
    P(doc, "97153 RBT direct therapy - 15 hours per week; 97155 BCBA supervision/protocol modification - 2 hours "
           "per week; 97156 parent training - 1 hour per week.")
    P(doc, "No changes to hours or setting at this quarterly update.")
    H(doc, "Signatures", 2)
    T(doc, [["", "Original plan (" + us(orig) + ")", "Quarterly update (" + us(plan) + ")"],
            ["BCBA", "Jideofor Okwu, BCBA - " + us(orig), "Jideofor Okwu, BCBA - " + us(plan)],
            ["Parent/guardian", "Helena Achterberg - " + us(orig), "Helena Achterberg - " + us(D(2026, 5, 12))]])
    save(doc, "c42_aba_quarterly_update_tracked.docx")
    assert days(orig, pend) <= 183
    label("c42_aba_quarterly_update_tracked.docx", "commercial-aba", asof,
          notes="Clean. Quarterly update inside a 6-month authorization, with a tracked change to one target date, "
                "a Word comment, 'no changes' statement for services, assessments 105 days before the update, next "
                "update 84 days out, original and update signatures side by side.")


def c43():
    plan, vb, pstart, pend, nxt, asof = D(2026, 6, 1), D(2026, 5, 18), D(2026, 6, 15), D(2026, 12, 14), D(2026, 11, 16), D(2026, 6, 9)
    assert days(plan, nxt) <= 184 and days(vb, plan) <= 365
    s = dict(file="c43_aba_reauth_narrative.docx", layout="narrative", font="Cambria", size=10.5,
             org="Prairie Wind Behavior Consultants", title="Semi-Annual Reassessment Report and Revised Treatment Plan",
             client=dict(name="Thelonious Brandvold", dob="01/08/2016", member="PWB-88127740", payer="Heartland Mutual"),
             daterows=[["Date of report", us(plan), "Authorization requested", f"{us(pstart)} - {us(pend)}"],
                       ["Next reassessment", us(nxt), "Previous plan", "12/01/2025"]],
             dx="Autism spectrum disorder, F84.0 - diagnosis made 04/22/2019 by Marisela Ochoa, PhD (licensed "
                "psychologist) at the regional autism center.",
             assess=[["ABLLS-R", us(vb), "Reading 40%, math 35%, social 55%"],
                     ["Vineland-3", us(vb), "ABC 77 (previous 71)"]],
             summary="Thelonious mastered 11 of 16 targets. School refusal resolved. Two goals revised to harder "
                     "criteria; one new social goal.",
             goal_sections=[
                 ("Revised goals", [
                     ("Join a recess game with peers and stay for 10 minutes", "2 minutes", "6 minutes",
                      "10 minutes on 4 of 5 recess periods", us(D(2026, 11, 13)), "Revised (criterion raised from 5 min)"),
                     ("Complete a 3-step written math worksheet independently", "1 step", "2 steps",
                      "3 steps with 80% accuracy on 3 worksheets", us(D(2026, 10, 30)), "Revised")]),
                 ("New goal", [
                     ("Use a calm-down card instead of shouting when he loses a game", "4 shouts per day",
                      "4 shouts per day", "1 or fewer per day for 2 weeks", us(D(2026, 11, 13)), "New")]),
                 ("Parent training", [
                     ("Parents will run a 10-minute structured play session 5 days a week and log it",
                      "1 day per week", "3 days per week", "5 of 7 days for 4 weeks", us(D(2026, 9, 30)), "Continued")])],
             services=[["97153", "Direct treatment by RBT", "10", "1040", "Home/community"],
                       ["97155", "BCBA protocol modification", "2", "208", "Home"],
                       ["97156", "Family guidance", "1", "104", "Home"]],
             plan_lines=[("Plan period", f"{us(pstart)} - {us(pend)} (6 months)")],
             sigs=[["Signer", "Signature", "Date"],
                   ["Board Certified Behavior Analyst", "Eleanor Vasquez-Fairbairn, M.Ed., BCBA", us(plan)],
                   ["Parent/legal guardian", "Ingrid Brandvold", us(plan)]])
    aba_doc(s)
    label(s["file"], "commercial-aba", asof,
          notes="Clean. Semi-annual reassessment with revised/new/continued goal sections in paragraph form, "
                "ABLLS-R and Vineland-3 two weeks before the report, 6-month period, next reassessment 168 days out.")


def c44():
    plan, vb, pstart, pend, nxt, asof = D(2026, 7, 6), D(2026, 6, 22), D(2026, 7, 20), D(2027, 1, 19), D(2026, 12, 21), D(2026, 7, 14)
    assert days(plan, nxt) <= 184
    s = dict(file="c44_aba_reauth_rett.docx", layout="table", org="Willowmere Child Development Center",
             title="ABA Treatment Plan - Reauthorization",
             client=dict(name="Clementine Aucoin-Mbeki", dob="05/05/2019", member="WCD-60217734", payer="Lakeside Health"),
             daterows=[["Reauthorization date", us(plan), "Authorization requested", f"{us(pstart)} - {us(pend)}"],
                       ["Next review", us(nxt), "Previous authorization", "01/20/2026 - 07/19/2026"]],
             dx="Primary: F84.2 Rett's syndrome (genetic confirmation MECP2; diagnosed 09/14/2021 by Dr. Soren "
                "Halvard, MD, pediatric neurologist).",
             assess=[["Vineland-3", us(vb), "ABC 52"], ["VB-MAPP", us(vb), "Milestones 22/170"]],
             goal_sections=[
                 ("Goals", [
                     ("Select a preferred item from a field of 2 using eye gaze", "30% of trials", "55%",
                      "80% across 3 sessions", us(D(2026, 12, 18)), "Continued"),
                     ("Tolerate hand-over-hand self-feeding for a full meal", "5 minutes", "10 minutes",
                      "20 minutes on 4 of 5 meals", us(D(2026, 12, 18)), "Continued"),
                     ("Caregiver will run the eye-gaze choice routine at 2 meals per day", "0 of 7 days",
                      "4 of 7 days", "7 of 7 days for 3 weeks", us(D(2026, 10, 30)), "Continued")])],
             services=[["97153", "RBT direct", "10", "1040", "Home"], ["97155", "BCBA", "2", "208", "Home"],
                       ["97156", "Caregiver guidance", "1", "104", "Home"]],
             plan_lines=[("Authorization period", f"{us(pstart)} - {us(pend)}")],
             sigs=[["Role", "Name", "Date"], ["BCBA", "Percival Ngata, BCBA", us(plan)],
                   ["Parent/guardian", "Josephine Aucoin (mother)", us(plan)]])
    aba_doc(s)
    label(s["file"], "commercial-aba", asof, gaps=[["diagnosis-not-covered"]],
          notes="Reauthorization whose primary diagnosis is F84.2 Rett syndrome, excluded from the covered F84 range.")


def c45():
    plan, add, vb, pend, nxt, asof = D(2026, 2, 2), D(2026, 4, 14), D(2026, 1, 19), D(2026, 7, 31), D(2026, 7, 27), D(2026, 4, 22)
    assert days(plan, nxt) <= 184 and days(add, nxt) <= 184
    doc = new_doc("Calibri", 10.5)
    header(doc, "Cornerstone Autism Partners")
    P(doc, "TREATMENT PLAN ADDENDUM - SERVICE CHANGE", bold=True, size=13)
    T(doc, [["Client", "Barnaby Okonjo-Hale", "DOB", "11/30/2020"],
            ["Member ID", "CAP-71120458", "Payer", "Evergreen Select"],
            ["Treatment plan date", us(plan), "Addendum date", us(add)]], header=False)
    P(doc, "Change requested: add parent training (97156) because Barnaby's grandmother became his daytime caregiver "
           "in March. 97156 - 8 units per month for the rest of the authorization period (through " + us(pend) + "). "
           "All other services and goals are unchanged.")
    P(doc, "Addendum signed: Magnus Eriksen-Obi, BCBA " + us(add) + ";  Parent/guardian: Adaeze Okonjo " + us(add))
    doc.add_page_break()
    P(doc, "TREATMENT PLAN (authorization " + us(D(2026, 2, 1)) + " - " + us(pend) + ")", bold=True, size=12)
    P(doc, "Diagnosis: F84.0 Autistic disorder - diagnosed 02/18/2023 by Tamsin Whitlock, PsyD.")
    P(doc, f"Assessments: VB-MAPP {us(vb)} (milestones 58/170); Vineland-3 {us(vb)} (ABC 64).")
    T(doc, [["Goal", "Baseline", "Mastery criteria", "Target date"],
            ["Label 50 common objects when asked 'what is it?'", "12 objects", "50 objects, 90% across 3 sessions",
             us(D(2026, 7, 24))],
            ["Sit at a table activity for 10 minutes with no more than 1 prompt", "2 minutes",
             "10 minutes on 4 of 5 days", us(D(2026, 7, 24))],
            ["Grandmother will use first-then language and a visual timer during transitions", "0 of 5 transitions",
             "4 of 5 transitions for 2 weeks", us(D(2026, 7, 24))],
            ["Reduce biting from 3 per day to 0", "3 per day", "0 per day for 20 days", us(D(2026, 7, 24))]], size=9)
    T(doc, [["CPT", "Service", "Amount"],
            ["97153", "RBT direct treatment", "20 hours per week"],
            ["97155", "BCBA protocol modification", "2 hours per week"],
            ["97156", "Family guidance (added by addendum " + us(add) + ")", "8 units per month"]])
    P(doc, "Next treatment plan review: " + us(nxt))
    P(doc, "Plan signed: Magnus Eriksen-Obi, BCBA " + us(plan) + ";  Parent/guardian: Adaeze Okonjo " + us(plan))
    save(doc, "c45_aba_addendum_units_per_month.docx")
    label("c45_aba_addendum_units_per_month.docx", "commercial-aba", asof, gaps=[["amount-missing"]],
          notes="Addendum adding 97156 at '8 units per month' in front of the plan in effect; that service states no "
                "hours per week (the other two do). Signed by BCBA and guardian on both the addendum and the plan.")


# ================================================================ main
PLANS = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22,
         c23, c24, c25, c26, c27, c28, c29, c30, c31, c32, c33, c34, c35, c36, c37, c38, c39, c40, c41, c42, c43, c44,
         c45]


def main():
    _ids["n"] = 100
    LABELS.clear()
    for f in PLANS:
        f()
    files = sorted(x for x in os.listdir(OUT) if x.startswith("c") and not x.endswith(".py"))
    assert sorted(e["file"] for e in LABELS) == files, (files, [e["file"] for e in LABELS])
    assert len(LABELS) == 45
    for e in LABELS:
        assert "readability" not in e["must_not_report"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(LABELS, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
