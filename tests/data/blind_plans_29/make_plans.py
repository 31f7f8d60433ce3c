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
