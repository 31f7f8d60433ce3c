"""Blind plan set 33: long, complex, multi-problem, multi-discipline treatment plans.

Deterministic: run with /work/main/.venv/bin/python make_plans.py; writes every plan and labels.json
into this folder. Everything here is invented (no real patients, clinicians or agencies).
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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = dt.datetime(2026, 1, 2, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# Profile facts (read from payer_profiles/*.yaml and `authcheck profiles show ID --resolved`)
# Kinds each profile can report at error or warning (info-only kinds and readability left out).
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
    # service-amount is info only in this profile: amount-missing is not listed
    "medicare-outpatient-therapy": BASE | {"signature-missing", "duration-missing", "goal-not-measurable",
                                           "goal-missing", "intervention-missing", "credential-not-permitted",
                                           "signature-late", "plan-late", "review-interval-exceeded",
                                           "review-overdue", "frequency-missing"},
    "medicare-home-health": BASE | {"duration-missing", "goal-not-measurable", "goal-missing",
                                    "intervention-missing", "credential-not-permitted", "signature-missing",
                                    "review-interval-exceeded", "review-overdue", "frequency-missing"},
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
                  "objective-not-measurable", "objective-missing", "objective-not-time-bound", "plan-late",
                  "frequency-missing", "signature-late"},
    "ca-title9-ntp": {"field-missing", "signature-missing", "goal-missing", "objective-missing",
                      "objective-not-time-bound", "signature-late", "plan-late", "review-date-missing",
                      "review-interval-exceeded", "review-overdue"},
    "tx-26tac-564": {"signature-missing", "duration-missing", "goal-missing", "intervention-missing",
                     "objective-not-measurable", "objective-missing", "objective-not-time-bound",
                     "frequency-missing"},
}
# numbers from the profiles, used by the self-checks below
PLAN_DAYS = {"pa-55-5200": 30, "ny-oasas-818": 7, "ca-title9-ntp": 28}
FL_LEVEL_DAYS = {"intensive inpatient": 3, "residential level 1": 7, "residential level 2": 15,
                 "residential level 3": 15, "residential level 4": 15, "day or night treatment": 10,
                 "methadone": 30}
NY_MD_DAYS = 10          # physician signs within 10 days of admission
CA_SIGN_DAYS = 14        # supervisor and medical director within 14 days of plan date
CA_REVIEW_DAYS = 92      # from admission
FL_QP_DAYS = 10          # countersignature within 10 days of plan date
MOT_CERT_DAYS = 30       # physician/NPP within 30 days of first treatment
MOT_REVIEW_DAYS = 90
HH_REVIEW_DAYS = 60
ABA_REVIEW_DAYS = 184
ABA_ASSESS_DAYS = 365
PSY_PLAN_AGE = 365


def npi(nine: str) -> str:
    """Valid NPI: Luhn check digit over 80840 + nine digits."""
    assert len(nine) == 9
    digits = [int(c) for c in "80840" + nine]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return nine + str((10 - total % 10) % 10)


def npi_ok(n: str) -> bool:
    if len(n) != 10 or not n.isdigit():
        return False
    return npi(n[:9]) == n


def bad_npi(nine: str) -> str:
    good = npi(nine)
    wrong = str((int(good[-1]) + 3) % 10)
    return nine + wrong


# ---------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def D(s: str) -> date:
    return date.fromisoformat(s)


def add(d: date, n: int) -> date:
    return d + timedelta(days=n)


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return date(y, m, min(d.day, last))


def fmt(d: date | None, style: str = "us") -> str:
    if d is None:
        return ""
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us1":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "abbr":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------------------------

def new_doc(landscape: bool = False, font: str = "Calibri", size: int = 10) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.7)
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    return doc


def para(doc_or_cell, text: str = "", bold: bool = False, italic: bool = False, size: int | None = None,
         align=None, style: str | None = None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def lv(doc_or_cell, label: str, value: str, sep: str = ": "):
    """Bold label, plain value on one line."""
    p = doc_or_cell.add_paragraph()
    r = p.add_run(label + sep)
    r.bold = True
    p.add_run(value)
    return p


def runs(p, *parts):
    """parts: (text, 'b'|'i'|'') tuples or plain strings."""
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            t, f = part
            r = p.add_run(t)
            r.bold = "b" in f
            r.italic = "i" in f
            r.underline = "u" in f
    return p


def cell_text(cell, text: str, bold: bool = False, size: int | None = None, italic: bool = False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def shade(cell, hexcolor: str = "D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def table(doc_or_cell, rows: list[list[str]], header: bool = True, style: str = "Table Grid",
          widths: list[float] | None = None, size: int | None = 9, shade_header: str | None = "D9D9D9"):
    t = doc_or_cell.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    try:
        t.style = style
    except Exception:
        pass
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0 and shade_header:
                shade(c, shade_header)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Inches(w)
    return t


def merged_row(t, idx: int, text: str, bold: bool = True, fill: str | None = "EDEDED", size: int = 9):
    row = t.rows[idx]
    a = row.cells[0].merge(row.cells[-1])
    cell_text(a, text, bold=bold, size=size)
    if fill:
        shade(a, fill)
    return a


def add_row(t, values: list[str], bold: bool = False, size: int = 9):
    r = t.add_row()
    for j, v in enumerate(values):
        cell_text(r.cells[j], v, bold=bold, size=size)
    return r


def header_footer(doc, header: str | None = None, footer: str | None = None):
    sec = doc.sections[0]
    if header is not None:
        hp = sec.header.paragraphs[0]
        hp.text = header
        for r in hp.runs:
            r.font.size = Pt(8)
    if footer is not None:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
        for r in fp.runs:
            r.font.size = Pt(8)


def sdt_run(p, text: str, tag: str = "field", bold: bool = False):
    """Inline content control holding text."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    pr.append(alias)
    pr.append(t)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    wt = OxmlElement("w:t")
    wt.set(qn("xml:space"), "preserve")
    wt.text = text
    r.append(wt)
    content.append(r)
    sdt.append(content)
    p._p.append(sdt)
    return sdt


def tracked(p, old: str | None, new: str | None, author: str = "R. Quintero", when: str = "2026-01-20T10:00:00Z"):
    """Tracked deletion of old text and insertion of new text at the end of paragraph p."""
    if old:
        d = OxmlElement("w:del")
        d.set(qn("w:id"), str(abs(hash(old)) % 9000 + 100) if False else "901")
        d.set(qn("w:author"), author)
        d.set(qn("w:date"), when)
        r = OxmlElement("w:r")
        dt_ = OxmlElement("w:delText")
        dt_.set(qn("xml:space"), "preserve")
        dt_.text = old
        r.append(dt_)
        d.append(r)
        p._p.append(d)
    if new:
        i = OxmlElement("w:ins")
        i.set(qn("w:id"), "902")
        i.set(qn("w:author"), author)
        i.set(qn("w:date"), when)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = new
        r.append(t)
        i.append(r)
        p._p.append(i)


def comment(doc, run, text: str, author: str = "QA Reviewer", initials: str = "QA"):
    c = doc.add_comment(run, text=text, author=author, initials=initials)
    c._comment_elm.date = FIXED_DT
    return c


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save_docx(doc, path: str, title: str):
    cp = doc.core_properties
    cp.author = "Plan author"
    cp.last_modified_by = "Plan author"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    restable(buf.getvalue(), path)


def restable(data: bytes, path: str):
    zin = zipfile.ZipFile(io.BytesIO(data))
    names = zin.namelist()
    order = sorted(names, key=lambda n: (n != "[Content_Types].xml", n))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in order:
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(n))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------------------------
# Clinical content banks. A problem is a dict: title, evidence, goals[...]; a goal: stmt, target
# (date or None), baseline, mastery, objs[...], ints[...]; an objective: stmt, days (target offset
# from the plan date, or None), vague (True when deliberately not measurable), baseline.
# An intervention: desc, freq, amount, who.
# ---------------------------------------------------------------------------------------------

def O(stmt, days, baseline=None, vague=False, mastery=None):
    return {"stmt": stmt, "days": days, "baseline": baseline, "vague": vague, "mastery": mastery}


def I(desc, freq, amount=None, who=None, duration=None, code=None):
    return {"desc": desc, "freq": freq, "amount": amount, "who": who, "duration": duration, "code": code}


def G(stmt, objs, ints, days=None, baseline=None, mastery=None, domain=None, vague=False):
    return {"stmt": stmt, "objs": objs, "ints": ints, "days": days, "baseline": baseline,
            "mastery": mastery, "domain": domain, "vague": vague}


def P(title, evidence, goals):
    return {"title": title, "evidence": evidence, "goals": goals}


def mh_bank(fn: str, st: dict, long: int = 90) -> dict:
    """Outpatient mental-health / co-occurring problems. st maps role -> 'Name, CRED'."""
    T, MD, CM, PS, RN = st.get("T"), st.get("MD"), st.get("CM"), st.get("PS"), st.get("RN")
    return {
        "depression": P(
            "Depressed mood (major depressive disorder, recurrent)",
            f"PHQ-9 of 19 at intake; {fn} reports sleeping 11-12 hours a day, stopped seeing friends and lost a part-time job in October.",
            [G(f"{fn} will reduce depressive symptoms enough to return to part-time work.",
               [O("Reduce the PHQ-9 total score from 19 to 9 or below, measured at the first session of each month.", long),
                O("Complete at least 3 planned pleasant or valued activities per week, recorded in an activity log, for 4 consecutive weeks.", 60),
                O("Complete 2 thought records per week that identify and challenge a negative automatic thought, reviewed in session, for 6 consecutive weeks.", 75)],
               [I("Individual cognitive behavioral therapy (CBT) with behavioral activation", "weekly", "53 minutes", T),
                I("Medication evaluation and management of antidepressant", "every 4 weeks", "25 minutes", MD),
                I("Review of activity log and thought records", "weekly", "10 minutes", T)])]),
        "ptsd": P(
            "Trauma-related symptoms (nightmares, hypervigilance, avoidance)",
            f"PCL-5 score 52; {fn} reports 5 nightmares a week and avoids driving since the 2024 collision.",
            [G(f"{fn} will have fewer trauma symptoms and resume driving to appointments.",
               [O("Reduce the PCL-5 score from 52 to below 33.", long),
                O("Reduce nightmares from 5 per week to 2 or fewer per week, recorded in a sleep diary, for 3 consecutive weeks.", 75),
                O("Drive alone to 4 of 4 scheduled appointments in a month using a written exposure hierarchy.", long)],
               [I("Cognitive processing therapy (CPT) protocol", "weekly", "53 minutes", T),
                I("Prazosin trial and monitoring of blood pressure and nightmare frequency", "every 4 weeks", "25 minutes", MD)])]),
        "anxiety": P(
            "Anxiety and panic attacks",
            f"GAD-7 of 16; {fn} reports 3-4 panic attacks a week and has stopped riding the bus.",
            [G(f"{fn} will manage anxiety well enough to ride the bus and keep appointments.",
               [O("Reduce the GAD-7 score from 16 to 8 or below.", long),
                O("Reduce panic attacks from 4 per week to 1 or fewer per week, recorded in a panic log, for 4 consecutive weeks.", 75),
                O("Use paced breathing or grounding in at least 4 of 5 logged episodes of high anxiety.", 45)],
               [I("CBT for panic with interoceptive exposure", "weekly", "53 minutes", T),
                I("Skills practice assignments reviewed in session", "weekly", "10 minutes", T)])]),
        "alcohol": P(
            "Alcohol use (alcohol use disorder, moderate)",
            f"AUDIT 24; {fn} reports drinking on 20 of the last 30 days, up to 10 drinks a day; DUI arrest in 2025.",
            [G(f"{fn} will stop drinking and build a sober support network.",
               [O("Reduce drinking days from 20 per month to 0, by timeline follow-back and a monthly PEth test below 20 ng/mL.", long),
                O("Attend at least 2 mutual-support meetings (AA or SMART Recovery) per week, shown on a signed attendance sheet, for 8 weeks.", 60),
                O("Write a relapse prevention plan naming 4 high-risk situations and a coping response for each.", 30)],
               [I("Motivational interviewing and relapse prevention counseling", "weekly", "53 minutes", T),
                I("Co-occurring disorders group (IDDT model)", "weekly", "90 minutes", T),
                I("Naltrexone 50 mg prescribing and liver function monitoring", "monthly", "25 minutes", MD),
                I("Peer recovery coaching and linkage to mutual-support meetings", "weekly", "60 minutes", PS)])]),
        "opioid": P(
            "Opioid use disorder on buprenorphine",
            f"{fn} used fentanyl daily until induction 3 weeks before this plan; COWS peak 14; two overdoses in 2025.",
            [G(f"{fn} will stay in medication treatment and stop illicit opioid use.",
               [O("Provide urine drug screens negative for fentanyl and other non-prescribed opioids on 100% of random tests for 8 consecutive weeks.", long),
                O("Take buprenorphine-naloxone as prescribed on 7 of 7 days per week, confirmed by film count at each prescriber visit.", 60),
                O("Carry naloxone at all times, shown at 3 of 3 monthly check-ins.", long)],
               [I("Buprenorphine-naloxone prescribing and monitoring", "every 2 weeks", "25 minutes", MD),
                I("Random urine drug screening", "2 times per month", "1 specimen", RN),
                I("Overdose prevention education and naloxone training", "monthly", "15 minutes", RN)])]),
        "diabetes": P(
            "Type 2 diabetes, poorly controlled (co-occurring medical condition)",
            f"HbA1c 9.4% on 12/2025 labs; {fn} misses insulin doses when depressed or drinking.",
            [G(f"{fn} will bring blood sugar closer to target with support from the integrated care nurse.",
               [O("Lower HbA1c from 9.4% to below 8.0% on the next quarterly lab draw.", long),
                O("Check and record blood glucose twice a day on at least 6 of 7 days, shown in the meter log at each nurse visit.", 45),
                O("Attend 2 of 2 scheduled primary care visits during the plan period.", long)],
               [I("Nurse care management: diabetes self-management education and glucose log review", "every 2 weeks", "30 minutes", RN),
                I("Care coordination with primary care provider (labs, medication changes)", "monthly", "15 minutes", CM)])]),
        "hypertension": P(
            "High blood pressure",
            f"Blood pressure 158/96 at intake; {fn} ran out of lisinopril 2 months ago.",
            [G(f"{fn} will keep blood pressure under control.",
               [O("Bring blood pressure below 140/90 on 3 consecutive nurse checks.", 60),
                O("Pick up lisinopril refills on time for 3 consecutive months, confirmed by pharmacy fill history.", long)],
               [I("Blood pressure checks and medication reconciliation", "every 2 weeks", "15 minutes", RN)])]),
        "housing": P(
            "Unstable housing and benefits",
            f"{fn} is staying in a shelter (Z59.01) and has no state ID; SNAP benefits lapsed in November.",
            [G(f"{fn} will move into stable housing and restore benefits.",
               [O("Obtain 1 state photo ID card and show it to the case manager.", 30),
                O("Submit at least 3 housing applications (supportive or subsidized housing).", 60),
                O("Receive 1 SNAP approval letter showing benefits reinstated.", 45)],
               [I("Targeted case management: housing search, applications and benefits", "weekly", "4 units (15 minutes each)", CM),
                I("Transportation to ID office and housing interviews", "up to 4 times per month", "1 trip", CM)])]),
        "medication": P(
            "Medication adherence",
            f"{fn} stopped sertraline twice in 2025 because of side effects and cost.",
            [G(f"{fn} will take psychiatric medication consistently.",
               [O("Take sertraline as prescribed on at least 26 of 30 days a month, by pill count and pharmacy refill record.", 60),
                O("Report any side effects at 100% of monthly medication visits using the side-effect checklist.", long)],
               [I("Medication management and side-effect monitoring", "monthly", "25 minutes", MD),
                I("Pill organizer set-up and adherence check", "every 2 weeks", "15 minutes", RN)])]),
        "safety": P(
            "Suicidal thoughts (passive), no current plan",
            f"C-SSRS screen positive for passive ideation in the last month; no intent or plan; one attempt in 2019.",
            [G(f"{fn} will stay safe and use a written safety plan when thoughts of suicide occur.",
               [O("Complete a written safety plan listing 3 warning signs, 3 coping strategies and 3 people or services to contact.", 14),
                O("Report zero suicide attempts and zero self-harm episodes, screened with the C-SSRS at every session.", long),
                O("Keep 100% of home medications in a locked box, confirmed by the case manager on 1 home visit.", 30)],
               [I("Safety planning intervention (Stanley-Brown) and C-SSRS screening", "weekly", "10 minutes", T),
                I("Lethal means counseling with client and partner", "monthly", "20 minutes", T)])]),
        "peer": P(
            "Social isolation and recovery supports",
            f"{fn} names no sober friends; spends most days alone.",
            [G(f"{fn} will build a network of people who support recovery.",
               [O("Attend 1 peer-led recovery group per week for 8 consecutive weeks.", 60),
                O("Name at least 2 sober supports and contact one of them at least twice a week, logged in a recovery journal.", 45)],
               [I("Peer support services (recovery planning, community linkage)", "weekly", "60 minutes", PS)])]),
        "tobacco": P(
            "Tobacco use",
            f"{fn} smokes 20 cigarettes a day; CO reading 28 ppm.",
            [G(f"{fn} will cut down and stop smoking.",
               [O("Reduce cigarettes from 20 per day to 5 or fewer per day, by self-report and exhaled CO below 10 ppm.", long),
                O("Set a quit date and use nicotine patch 21 mg on at least 6 of 7 days for 4 weeks.", 45)],
               [I("Tobacco cessation counseling", "weekly", "15 minutes", RN),
                I("Nicotine replacement prescribing", "monthly", "10 minutes", MD)])]),
        "family": P(
            "Family conflict",
            f"{fn} and partner argue daily; partner has threatened to leave if drinking continues.",
            [G(f"{fn} and partner will lower conflict at home.",
               [O("Reduce arguments that involve yelling from daily to 1 or fewer per week, by the couple's log.", long),
                O("Use a time-out plan in at least 3 of 4 logged conflicts.", 60)],
               [I("Family psychotherapy with partner present", "every 2 weeks", "50 minutes", T)])]),
    }


def sud_bank(fn: str, st: dict, stay: int = 28) -> dict:
    """Residential / inpatient SUD problems (stay = planned days)."""
    C, MD, RN, CM, PS, T = (st.get(k) for k in ("C", "MD", "RN", "CM", "PS", "T"))
    s1, s2 = max(7, stay // 3), max(14, (2 * stay) // 3)
    return {
        "alcohol": P(
            "Alcohol use disorder, severe",
            f"{fn} drank about a fifth of vodka daily for 3 years; withdrawal seizures in 2024; BAC 0.21 at admission.",
            [G(f"{fn} will complete the residential program without drinking and leave with a written recovery plan.",
               [O("Provide breathalyzer and EtG screens negative for alcohol on 100% of tests during the stay.", stay),
                O("Identify 5 personal triggers for drinking and a coping response for each, written in the relapse prevention workbook.", s1),
                O("Attend at least 90% of scheduled groups each week, per the group attendance roster.", stay)],
               [I("Individual counseling (relapse prevention, motivational interviewing)", "2 times per week", "45 minutes", C),
                I("Group counseling (CBT, relapse prevention, recovery skills)", "5 times per week", "90 minutes", C),
                I("Random breathalyzer and EtG urine screens", "2 times per week", "1 test", RN)])]),
        "opioid": P(
            "Opioid use disorder, severe",
            f"{fn} injected heroin/fentanyl daily; admitted after an overdose reversed with naloxone.",
            [G(f"{fn} will start medication for opioid use disorder and stay free of illicit opioids.",
               [O("Take buprenorphine-naloxone as ordered on 100% of days, per the medication administration record.", stay),
                O("Provide urine drug screens negative for non-prescribed opioids on every random test during the stay.", stay),
                O("Demonstrate naloxone administration correctly to nursing staff (return demonstration).", s1)],
               [I("MOUD induction and daily dosing (buprenorphine-naloxone)", "daily", "1 dose", MD),
                I("Random urine drug screens", "2 times per week", "1 specimen", RN),
                I("Overdose prevention education", "weekly", "30 minutes", RN)])]),
        "stimulant": P(
            "Stimulant (methamphetamine) use",
            f"{fn} used methamphetamine 3-4 days a week, most recently 2 days before admission.",
            [G(f"{fn} will stop methamphetamine use and manage cravings.",
               [O("Rate cravings at 3 or below on a 0-10 scale on at least 5 of 7 days, recorded on the daily craving log.", s2),
                O("Provide urine drug screens negative for amphetamines on all tests during the stay.", stay)],
               [I("Contingency management (prize draws for negative screens)", "2 times per week", "10 minutes", C),
                I("Matrix model early recovery skills group", "3 times per week", "60 minutes", C)])]),
        "withdrawal": P(
            "Withdrawal and medical stabilization (hepatitis C, elevated liver enzymes)",
            f"CIWA-Ar 18 on arrival; AST/ALT 142/118; hepatitis C antibody positive (B18.2).",
            [G(f"{fn} will be medically stable and connected to hepatitis C treatment.",
               [O("Keep CIWA-Ar scores below 10 on every nursing check for 72 consecutive hours.", 5),
                O("Complete hepatitis C RNA and genotype labs and attend 1 hepatology intake appointment.", stay)],
               [I("Nursing withdrawal monitoring (CIWA-Ar, vital signs)", "every 4 hours", "15 minutes", RN),
                I("Physician medical management and lab review", "2 times per week", "20 minutes", MD)])]),
        "depression": P(
            "Depressed mood and anxiety (co-occurring mental health)",
            f"PHQ-9 of 17 and GAD-7 of 14 on day 2; {fn} reports poor sleep and guilt.",
            [G(f"{fn} will have less depression and anxiety by the end of the stay.",
               [O("Reduce the PHQ-9 score from 17 to 10 or below.", stay),
                O("Sleep at least 6 hours on 5 of 7 nights, per the nursing sleep log.", s2)],
               [I("Psychiatric evaluation and medication management", "weekly", "30 minutes", MD),
                I("Co-occurring disorders group", "2 times per week", "60 minutes", T or C)])]),
        "family": P(
            "Family relationships",
            f"{fn}'s sister is the main support; parents have cut off contact.",
            [G(f"{fn} will repair key family relationships that support recovery.",
               [O("Take part in at least 2 family sessions with sister during the stay.", stay),
                O("Write and read aloud an amends letter to a family member in a family session.", s2)],
               [I("Family counseling session", "weekly", "60 minutes", C)])]),
        "legal": P(
            "Legal and vocational needs",
            f"{fn} is on probation (Z65.1 history) and has been unemployed since March 2025 (Z56.0).",
            [G(f"{fn} will meet probation requirements and plan a return to work.",
               [O("Contact the probation officer at least once a week, verified by the case manager, for the length of the stay.", stay),
                O("Complete 1 vocational assessment and submit at least 2 job applications before discharge.", stay)],
               [I("Case management: probation liaison, vocational referral", "weekly", "30 minutes", CM)])]),
        "aftercare": P(
            "Continuing care after discharge",
            f"{fn} has no outpatient provider and lives with a roommate who uses.",
            [G(f"{fn} will leave with a safe place to live and a scheduled outpatient appointment.",
               [O("Schedule 1 intake appointment with an outpatient program, with a confirmed date, before discharge.", stay),
                O("Submit at least 2 applications to recovery residences.", s2)],
               [I("Discharge planning and care coordination", "weekly", "30 minutes", CM),
                I("Peer recovery support: introduction to community meetings", "2 times per week", "60 minutes", PS or C)])]),
        "tobacco": P(
            "Nicotine dependence",
            f"{fn} smokes 1 pack per day (F17.210).",
            [G(f"{fn} will reduce and stop smoking.",
               [O("Reduce cigarettes from 20 per day to 5 or fewer per day, by self-report and exhaled CO below 10 ppm.", s2)],
               [I("Nicotine replacement therapy and cessation counseling", "weekly", "15 minutes", RN)])]),
    }


def ntp_bank(fn: str, st: dict) -> dict:
    """California narcotic treatment program (methadone maintenance)."""
    C, MD, RN, CM = (st.get(k) for k in ("C", "MD", "RN", "CM"))
    return {
        "opioid": P(
            "Opioid use disorder (methadone maintenance)",
            f"{fn} reports 8 years of heroin and fentanyl use; started methadone on admission.",
            [G(f"{fn} will reach a stable methadone dose and stop using illicit opioids.",
               [O("Reach a stable methadone dose with COWS scores below 5 at 4 consecutive weekly nursing checks.", 60),
                O("Provide urine drug screens negative for fentanyl and heroin on at least 3 of 4 monthly random tests.", 90),
                O("Attend 100% of scheduled counseling sessions for 8 consecutive weeks.", 75)],
               [I("Methadone dosing and medical oversight", "daily", "1 dose", MD),
                I("Individual counseling", "2 times per month", "50 minutes", C),
                I("Random observed urine drug testing", "monthly", "1 specimen", RN)])]),
        "stimulant": P(
            "Cocaine use",
            f"{fn} uses cocaine on weekends (about 6 days a month).",
            [G(f"{fn} will stop cocaine use.",
               [O("Reduce cocaine use from 6 days per month to 0, by self-report and monthly urine screens.", 90),
                O("List 3 alternative weekend activities and complete at least 1 each weekend for 4 weekends.", 45)],
               [I("Relapse prevention group", "weekly", "60 minutes", C)])]),
        "medical": P(
            "Hepatitis C and dental pain",
            f"HCV antibody positive on admission labs; {fn} has untreated dental abscess pain.",
            [G(f"{fn} will start hepatitis C care and get dental treatment.",
               [O("Attend 1 hepatitis C treatment appointment at the county clinic.", 60),
                O("Complete 1 dental visit for the abscess.", 45)],
               [I("Nurse care coordination and referral follow-up", "monthly", "20 minutes", RN)])]),
        "mental": P(
            "Anxiety and trauma symptoms",
            f"GAD-7 of 15; {fn} reports nightmares related to childhood abuse.",
            [G(f"{fn} will reduce anxiety symptoms.",
               [O("Reduce the GAD-7 score from 15 to 9 or below.", 90),
                O("Use a grounding skill in at least 3 of 4 anxious episodes logged in the counseling journal.", 60)],
               [I("Counseling with CBT and grounding skills", "2 times per month", "50 minutes", C),
                I("Psychiatric referral and follow-up", "monthly", "20 minutes", MD)])]),
        "social": P(
            "Employment and housing",
            f"{fn} lives in a motel and works day labor.",
            [G(f"{fn} will secure steady income and housing.",
               [O("Submit at least 4 job applications per month for 2 months.", 60),
                O("Complete 1 application for a housing voucher.", 30)],
               [I("Case management (employment, housing referral)", "2 times per month", "30 minutes", CM)])]),
    }


def therapy_bank(fn: str, st: dict, weeks: int = 12) -> dict:
    """Outpatient rehabilitation after stroke / joint replacement: PT, OT and SLP problems."""
    PT, OT, SLP = st.get("PT"), st.get("OT"), st.get("SLP")
    lt = weeks * 7
    return {
        "pt_gait": P(
            "PT: Impaired gait and balance",
            f"{fn} walks 60 ft with a hemi-walker and moderate assist; Berg Balance 34/56; 2 falls in the last month.",
            [G(f"Pt will walk 300 ft with a single-point cane and supervision on level and uneven surfaces.",
               [O("Pt will walk 150 ft with a hemi-walker and contact guard assist.", 28, "60 ft, hemi-walker, mod A"),
                O("Improve Berg Balance Scale score from 34/56 to 45/56 or higher.", lt, "34/56"),
                O("Pt will go up and down 12 steps with one rail and standby assist.", lt, "4 steps, mod A")],
               [I("Gait training", "3x/week", "15-30 minutes", PT, code="97116"),
                I("Neuromuscular re-education (balance, postural control)", "3x/week", "15 minutes", PT, code="97112"),
                I("Therapeutic exercise (LE strengthening, home program)", "3x/week", "15 minutes", PT, code="97110")],
               days=lt)]),
        "pt_knee": P(
            "PT: Right knee pain and stiffness after total knee arthroplasty",
            f"R knee flexion 85 degrees, extension -10 degrees; {fn} rates pain 7/10 on stairs; TUG 19 seconds.",
            [G(f"Pt will return to community walking and stairs without an assistive device.",
               [O("Increase R knee flexion from 85 to 115 degrees or more.", lt, "85 degrees"),
                O("Improve R knee extension from -10 to 0 degrees.", lt, "-10 degrees"),
                O("Reduce Timed Up and Go from 19 seconds to 12 seconds or less.", lt, "19 s")],
               [I("Therapeutic exercise and ROM", "3x/week", "30 minutes", PT, code="97110"),
                I("Manual therapy (joint mobilization, soft tissue)", "2x/week", "15 minutes", PT, code="97140"),
                I("Gait training", "3x/week", "15 minutes", PT, code="97116")],
               days=lt)]),
        "ot_adl": P(
            "OT: Dependence in self-care (dressing, bathing, toileting)",
            f"{fn} needs moderate assist for upper and lower body dressing and max assist for tub transfers.",
            [G(f"Pt will complete morning self-care (dressing, grooming, toileting) with modified independence.",
               [O("Pt will complete upper-body dressing with set-up only.", 28, "mod A"),
                O("Pt will complete lower-body dressing with adaptive equipment and supervision.", lt, "max A"),
                O("Pt will transfer on and off the toilet with a grab bar, modified independent.", lt, "min A")],
               [I("Self-care / ADL training", "2x/week", "30 minutes", OT, code="97535"),
                I("Therapeutic activities (functional transfers)", "2x/week", "15 minutes", OT, code="97530")],
               days=lt)]),
        "ot_hand": P(
            "OT: Right hand weakness and fine-motor loss",
            f"R grip 18 lb (L 52 lb); 9-Hole Peg Test R 61 seconds.",
            [G(f"Pt will use the right hand to write a check and button a shirt.",
               [O("Increase R grip strength from 18 lb to 30 lb or more.", lt, "18 lb"),
                O("Complete the 9-Hole Peg Test with the right hand in 35 seconds or less.", lt, "61 seconds"),
                O("Button 5 of 5 buttons on a shirt within 2 minutes.", 42, "2 of 5 in 3 minutes")],
               [I("Therapeutic exercise (grip, pinch) and fine-motor activities", "2x/week", "30 minutes", OT, code="97110"),
                I("Neuromuscular re-education (R UE)", "2x/week", "15 minutes", OT, code="97112")],
               days=lt)]),
        "slp_swallow": P(
            "SLP: Oropharyngeal dysphagia",
            f"Modified barium swallow 12/2025: penetration with thin liquids; {fn} on mildly thick liquids.",
            [G(f"Pt will drink thin liquids safely and eat a regular diet.",
               [O("Pt will drink thin liquids by cup using a chin tuck with no overt signs of aspiration in 9 of 10 trials.", lt, "4 of 10 trials"),
                O("Pt will complete 10 of 10 effortful swallows on command during therapy.", 28, "5 of 10")],
               [I("Treatment of swallowing dysfunction", "2x/week", "45 minutes", SLP, code="92526")],
               days=lt)]),
        "slp_lang": P(
            "SLP: Expressive aphasia and cognitive-communication deficit",
            f"Western Aphasia Battery AQ 62; {fn} names 3 of 10 common objects.",
            [G(f"Pt will state needs and recall safety information at home.",
               [O("Pt will name 8 of 10 common objects with minimal cues.", lt, "3 of 10"),
                O("Pt will recall 3 of 3 home-safety items after a 10-minute delay on 2 consecutive sessions.", lt, "1 of 3")],
               [I("Treatment of speech, language and communication", "2x/week", "45 minutes", SLP, code="92507")],
               days=lt)]),
    }


def hh_bank(fn: str, st: dict, days: int = 59) -> dict:
    """Home health: SN, PT, OT, HHA, MSW under one plan of care."""
    SN, PT, OT, MSW = st.get("SN"), st.get("PT"), st.get("OT"), st.get("MSW")
    return {
        "diabetes": P(
            "SN: Diabetes management, new insulin",
            f"{fn} started insulin glargine at hospital discharge; fasting glucose 210-280 at home.",
            [G(f"Patient will manage insulin safely at home by the end of the episode.",
               [O("Patient will draw up and inject insulin glargine correctly on return demonstration.", 14),
                O("Fasting blood glucose will be between 80 and 150 on at least 5 of 7 readings in the meter log.", 45),
                O("Patient will state 3 signs of low blood sugar and the action for each.", 21)],
               [I("SN: assess glucose log, teach insulin administration and hypoglycemia management", "2w2, 1w6", "1 visit", SN)],
               days=days)]),
        "wound": P(
            "SN: Stage 3 pressure injury of sacrum",
            f"Sacral wound 3.0 x 2.5 x 0.4 cm, 20% slough, moderate serous drainage.",
            [G(f"Wound will close or show steady healing by the end of the episode.",
               [O("Sacral wound will decrease from 3.0 x 2.5 cm to 1.5 x 1.0 cm or smaller, measured weekly.", days, "3.0 x 2.5 x 0.4 cm"),
                O("Wound bed will be free of slough with no signs of infection.", 30),
                O("Caregiver will perform the dressing change correctly on return demonstration.", 21)],
               [I("SN: wound care - cleanse with normal saline, apply calcium alginate and foam border dressing", "3w2, 2w7", "1 visit", SN),
                I("SN: PRN visits for soiled or dislodged dressing", "PRN x 3", "1 visit", SN)],
               days=days)]),
        "heart": P(
            "SN: Heart failure self-management",
            f"Ejection fraction 30%; {fn} gained 4 lb in 3 days before admission.",
            [G(f"Patient will recognize and report heart failure warning signs.",
               [O("Patient will weigh self daily and record weight on at least 6 of 7 days.", 21),
                O("Patient will state the weight gain that must be reported (2 lb in a day or 5 lb in a week) and whom to call.", 14),
                O("Patient will have no hospital readmission for heart failure during the episode.", days)],
               [I("SN: cardiopulmonary assessment, weight log review, low-sodium diet teaching", "2w3, 1w5", "1 visit", SN)],
               days=days)]),
        "pt": P(
            "PT: Impaired mobility and fall risk",
            f"{fn} walks 40 ft with rolling walker and min assist; TUG 28 seconds; 2 falls in 3 months.",
            [G(f"Patient will walk safely in the home and to the mailbox.",
               [O("Patient will walk 150 ft with rolling walker and standby assist.", 42, "40 ft, min A"),
                O("Reduce Timed Up and Go from 28 seconds to 18 seconds or less.", 49, "28 s"),
                O("Patient will go up and down 3 entry steps with rail and supervision.", 35, "unable")],
               [I("PT: gait training, transfer training, therapeutic exercise, home safety evaluation", "2w4, 1w3", "1 visit", PT)],
               days=days)]),
        "ot": P(
            "OT: ADL deficits",
            f"{fn} needs moderate assist for bathing and lower-body dressing.",
            [G(f"Patient will bathe and dress with minimal help.",
               [O("Patient will bathe using a shower chair and hand-held shower with set-up only.", 42, "mod A"),
                O("Patient will dress lower body with reacher and sock aid, modified independent.", 42, "mod A")],
               [I("OT: ADL retraining, adaptive equipment, energy conservation", "1w4", "1 visit", OT)],
               days=days)]),
        "aide": P(
            "HHA: Personal care",
            f"{fn} cannot bathe safely alone while mobility improves.",
            [G(f"Patient's personal care needs will be met safely during the episode.",
               [O("Patient will have zero falls during bathing and no new skin breakdown, checked at each aide visit.", days)],
               [I("HHA: bathing, skin care, assist with dressing per aide care plan", "2w8", "1 hour", "Home health aide")],
               days=days)]),
        "msw": P(
            "MSW: Caregiver strain and community resources",
            f"Daughter works full time; {fn} is alone 9 hours a day.",
            [G(f"Patient and family will have a plan for help at home after discharge.",
               [O("Family will submit 1 application for the Medicaid home and community-based waiver.", 30),
                O("Patient will have a personal emergency response system installed.", 21)],
               [I("MSW: assessment of social and emotional factors, community resource planning", "PRN x 2", "1 visit", MSW)],
               days=days)]),
    }


def aba_bank(fn: str, cg: str) -> dict:
    """ABA targets with baseline, mastery and target offsets."""
    return {
        "comm": P(
            "Communication",
            f"VB-MAPP Level 1 milestones mostly met; {fn} mands with single words for 6 items.",
            [G(f"{fn} will request 25 different items or activities with 2-3 word phrases without prompts.",
               [O("Mand for 15 preferred items using a 2-word phrase without prompts.", 90, "6 items, single words"),
                O("Mand for information with 'where' questions in 4 of 5 opportunities.", 150, "0 of 5")],
               [], days=180, baseline="6 items with single words, full verbal model", mastery="80% of opportunities across 3 consecutive sessions")]),
        "social": P(
            "Social skills",
            f"{fn} plays alone; no reciprocal turn-taking observed at baseline.",
            [G(f"{fn} will take turns with a peer during a structured game for 5 turns.",
               [O("Take 3 turns with an adult in a board game with no more than 1 gestural prompt.", 90, "0 turns")],
               [], days=180, baseline="0 turns observed across 5 probes", mastery="5 turns in 4 of 5 sessions")]),
        "adaptive": P(
            "Adaptive / daily living",
            f"{fn} is not toilet trained; wears pull-ups at home and school.",
            [G(f"{fn} will urinate in the toilet on a 90-minute schedule.",
               [O("Sit on the toilet for 2 minutes when prompted on 9 of 10 trials.", 60, "3 of 10 trials")],
               [], days=180, baseline="0% voids in toilet over 5 days", mastery="80% of voids in toilet for 5 consecutive days")]),
        "elopement": P(
            "Problem behavior: elopement",
            f"FBA (12/2025): elopement maintained by access to preferred items and escape.",
            [G(f"{fn} will reduce elopement from 6 per day to 1 or fewer per day.",
               [O("Reduce elopement to 3 or fewer per day for 2 consecutive weeks.", 90, "6 per day")],
               [], days=180, baseline="6 episodes per day (10-day average)", mastery="1 or fewer per day for 4 consecutive weeks")]),
        "aggression": P(
            "Problem behavior: aggression (hitting, biting)",
            f"Aggression averages 12 per day, function: escape from demands.",
            [G(f"{fn} will reduce aggression from 12 per day to 2 or fewer per day.",
               [O("Request a break with a break card instead of hitting in 80% of demand situations.", 90, "10%")],
               [], days=180, baseline="12 per day (2-week average)", mastery="2 or fewer per day for 3 consecutive weeks")]),
        "caregiver": P(
            "Parent / caregiver training",
            f"{cg} reports difficulty managing elopement in the community.",
            [G(f"{cg} will implement the behavior plan and teaching procedures with at least 90% fidelity.",
               [O(f"{cg} will deliver the first-then visual schedule with 90% fidelity on the procedural checklist across 3 observations.", 90, "40% fidelity"),
                O(f"{cg} will record elopement data on at least 6 of 7 days.", 60, "no data collection")],
               [], days=180, baseline="40% fidelity on the BIP checklist", mastery="90% fidelity across 3 consecutive observations", domain="Caregiver training")]),
    }


# ---------------------------------------------------------------------------------------------
# Plan model and the reviewer's expectations computed from it (a self-check of the labels)
# ---------------------------------------------------------------------------------------------

def S(role, name, cred, d, label, method="typed", signed=True, npi_=None):
    return {"role": role, "name": name, "cred": cred, "date": d, "label": label, "method": method,
            "signed": signed, "npi": npi_}


def Dx(code, desc, primary=False, status="ok", by=None, on=None):
    return {"code": code, "desc": desc, "primary": primary, "status": status, "by": by, "on": on}


def SV(code, desc, amount, freq, duration=None, who=None, hours=None):
    return {"code": code, "desc": desc, "amount": amount, "freq": freq, "duration": duration, "who": who,
            "hours": hours}


def finalize(m: dict) -> dict:
    """Resolve objective/goal day offsets into dates."""
    pd = m["plan_date"]
    for pr in m["problems"]:
        for g in pr["goals"]:
            if g.get("days") is not None and "target" not in g:
                g["target"] = add(pd, g["days"])
            g.setdefault("target", None)
            for o in g["objs"]:
                if "target" not in o:
                    o["target"] = add(pd, o["days"]) if o["days"] is not None else None
    return m


def expected_kinds(m: dict, profiles: list[str], as_of: date) -> set[str]:
    """Kinds a careful reviewer reports on this model under these profiles (error or warning)."""
    out: set[str] = set()
    P_ = set(profiles)
    pd = m.get("plan_date")
    adm = m.get("admission")
    ft = m.get("first_tx")
    sigs = [s for s in m["sigs"] if s["signed"]]
    allsigs = m["sigs"]
    has = lambda p: p in P_  # noqa: E731
    payer = profiles[0]

    # base
    c = m["client"]
    if not (c.get("name") and c.get("dob") and c.get("member_id")):
        out.add("field-missing")
    if payer == "medicare-home-health":
        if not (pd or m.get("period") or ft):
            out.add("field-missing")
    elif not pd:
        out.add("field-missing")
    if not m["dx"]:
        out.add("diagnosis-missing")
    for d in m["dx"]:
        st = d["status"]
        out |= {"none": {"diagnosis-code-missing"}, "invalid": {"diagnosis-code-invalid"},
                "nb": {"diagnosis-code-not-billable"}, "ok": set()}[st]
    for p in m.get("providers", []) + allsigs:
        if p.get("npi") and not npi_ok(p["npi"]):
            out.add("identifier-invalid")
    # dates consistency
    for pr in m["problems"]:
        for g in pr["goals"]:
            for t in [g.get("target")] + [o["target"] for o in g["objs"]]:
                if t and pd and t < pd:
                    out.add("date-inconsistent")
    for s in sigs:
        if s["date"] and pd and s["date"] < pd:
            out.add("date-inconsistent")
        if s["date"] and s["date"] > as_of:
            out.add("date-inconsistent")
    for r in m.get("reviews", []):
        if pd and r["date"] < pd:
            out.add("date-inconsistent")
    if adm and pd and adm > pd:
        out.add("date-inconsistent")
    for a in m.get("assessments", []):
        if a["date"] > as_of:
            out.add("date-inconsistent")

    goals = [g for pr in m["problems"] for g in pr["goals"]]
    objs = [o for g in goals for o in g["objs"]]
    ints = [i for g in goals for i in g["ints"]] + m.get("plan_ints", [])
    svcs = m.get("services", [])

    def rule(kind, profs):
        return any(has(p) for p in profs)

    if not goals and rule("goal-missing", ["medicare-psychotherapy", "medicare-outpatient-therapy", "medicare-home-health",
                                           "commercial-aba", "pa-55-5200", "ny-oasas-818", "fl-65d-30", "ca-title9-ntp", "tx-26tac-564"]):
        out.add("goal-missing")
    if any(not g["objs"] for g in goals) and rule("", ["pa-55-5200", "fl-65d-30", "ca-title9-ntp", "tx-26tac-564"]):
        out.add("objective-missing")
    if any(o["vague"] for o in objs) and rule("", ["medicare-psychotherapy", "fl-65d-30", "tx-26tac-564"]):
        out.add("objective-not-measurable")
    if any(g["vague"] and all(o["vague"] for o in g["objs"]) for g in goals) and rule(
            "", ["medicare-psychotherapy", "medicare-outpatient-therapy", "medicare-home-health", "commercial-aba"]):
        out.add("goal-not-measurable")
    untimed = [o for g in goals for o in g["objs"] if o["target"] is None and g.get("target") is None]
    if untimed and rule("", ["medicare-psychotherapy", "fl-65d-30", "ca-title9-ntp", "tx-26tac-564"]):
        out.add("objective-not-time-bound")
    if has("commercial-aba"):
        for g in goals:
            if g.get("target") is None and not (g["objs"] and all(o["target"] for o in g["objs"])):
                out.add("goal-not-time-bound")
            if not g.get("baseline") and not (g["objs"] and all(o.get("baseline") for o in g["objs"])):
                out.add("baseline-missing")
            if not g.get("mastery"):
                out.add("field-missing")
        cg_re = ("parent", "caregiver", "mother", "father", "grandmother", "guardian", "family")
        if not any(g.get("domain") or any(w in (g["stmt"] + " ".join(o["stmt"] for o in g["objs"])).lower() for w in cg_re)
                   for g in goals):
            out.add("caregiver-goal-missing")
        if not m.get("assessments"):
            out.add("assessment-missing")
        else:
            latest = max(a["date"] for a in m["assessments"])
            if (pd - latest).days > ABA_ASSESS_DAYS:
                out.add("assessment-outdated")
        prim = [d for d in m["dx"] if d["primary"]] or m["dx"][:1]
        for d in prim:
            if not (d["code"] or "").startswith("F84") or d["code"].startswith("F84.2"):
                out.add("diagnosis-not-covered")
            if not (d.get("by") and d.get("on")):
                out.add("field-missing")
        for s in svcs:
            if not s.get("code"):
                out.add("field-missing")
            if not s.get("hours"):
                out.add("amount-missing")
    if not (ints or svcs) and rule("", ["medicare-psychotherapy", "medicare-outpatient-therapy", "medicare-home-health",
                                          "pa-55-5200", "ny-oasas-818", "fl-65d-30", "tx-26tac-564"]):
        out.add("intervention-missing")
    freq_profs = ["medicare-psychotherapy", "medicare-outpatient-therapy", "medicare-home-health", "fl-65d-30", "tx-26tac-564"]
    if rule("", freq_profs):
        if svcs:
            if any(not s.get("freq") for s in svcs):
                out.add("frequency-missing")
        elif ints and not any(i.get("freq") for i in ints):
            out.add("frequency-missing")
    if has("medicare-psychotherapy"):
        if svcs:
            if any(not s.get("amount") for s in svcs):
                out.add("amount-missing")
        elif ints and not any(i.get("amount") for i in ints):
            out.add("amount-missing")
    # duration
    dur_profs = ["medicare-psychotherapy", "medicare-outpatient-therapy", "medicare-home-health", "pa-55-5200", "tx-26tac-564"]
    has_dur = bool(m.get("duration") or (m.get("period") and m["period"][1]) or any(s.get("duration") for s in svcs))
    if rule("", dur_profs) and not has_dur:
        out.add("duration-missing")
    if has("medicare-psychotherapy") and m.get("duration_end") and pd:
        if m["duration_end"] >= add_months(pd, 12):
            out.add("duration-exceeds-limit")
    if has("commercial-aba"):
        pairs = [m.get("period") or (None, None)]
        if m.get("duration"):
            pairs.append((pd, m.get("duration_end")))
        for start, end in pairs:
            if start and end and end > add_months(start, 6):
                out.add("duration-exceeds-limit")
    if has("medicare-psychotherapy") and pd:
        last = max([pd] + [r["date"] for r in m.get("reviews", []) if r["completed"]])
        if (as_of - last).days > PSY_PLAN_AGE:
            out.add("plan-outdated")

    # signatures
    def roles(*rs, creds=()):
        return [s for s in allsigs if s["role"] in rs or (creds and s["cred"] in creds)]

    def signed(lst):
        return [s for s in lst if s["signed"]]

    def need_present(lst):
        if not signed(lst):
            out.add("signature-missing")

    def need_dated(lst):
        if any(s["signed"] and not s["date"] for s in lst):
            out.add("signature-missing")

    CL = roles("clinician")
    CLI = roles("client", "guardian")
    SUP = roles("supervisor")
    if has("medicare-psychotherapy"):
        need_present(CL)
        need_dated(CL)
        if any(s["signed"] and not s["cred"] for s in CL):
            out.add("credential-missing")
    if has("pa-55-5200") or has("fl-65d-30") or has("tx-26tac-564") or has("commercial-aba"):
        need_present(CLI)
        need_dated(CLI)
        need_present(CL)
        need_dated(CL)
    if has("ny-oasas-818") or has("ca-title9-ntp") or has("medicare-outpatient-therapy"):
        need_present(CL)
    if has("pa-55-5200"):
        need_present(roles("physician", creds=("MD", "DO", "NP", "CNS", "PA", "CRNP", "PMHNP-BC")))
    for prof, creds, anchor, days in [("ny-oasas-818", ("MD", "DO"), adm, NY_MD_DAYS),
                                      ("ca-title9-ntp", ("MD", "DO"), pd, CA_SIGN_DAYS),
                                      ("medicare-outpatient-therapy", ("MD", "DO", "NP", "CNS", "PA"), ft, MOT_CERT_DAYS),
                                      ("medicare-home-health", ("MD", "DO", "NP", "CNS", "PA"), None, None)]:
        if not has(prof):
            continue
        PH = roles("physician", creds=creds)
        need_present(PH)
        need_dated(PH)
        if anchor and days:
            for s in signed(PH):
                if s["date"] and (s["date"] - anchor).days > days:
                    out.add("signature-late")
        if prof in ("medicare-outpatient-therapy", "medicare-home-health"):
            allowed = {"MD", "DO", "NP", "CNS", "PA"} | ({"DPM", "OD"} if prof == "medicare-outpatient-therapy" else set())
            for s in signed(roles("physician")):
                if s["cred"] not in allowed:
                    out.add("credential-not-permitted")
    if has("ca-title9-ntp"):
        need_present(SUP)
    for prof, days in [("ca-title9-ntp", CA_SIGN_DAYS), ("fl-65d-30", FL_QP_DAYS)]:
        if has(prof):
            for s in signed(SUP):
                if s["date"] and (s["date"] - pd).days > days:
                    out.add("signature-late")
    # deadlines
    if any(has(p) for p in ("pa-55-5200", "ny-oasas-818", "fl-65d-30", "ca-title9-ntp")) and not adm:
        out.add("field-missing")
    for prof, days in PLAN_DAYS.items():
        if has(prof) and adm and pd and (pd - adm).days > days:
            out.add("plan-late")
    if has("fl-65d-30"):
        loc = (m.get("level_of_care") or "").lower()
        if not loc:
            out.add("field-missing")
        for k, v in FL_LEVEL_DAYS.items():
            if k in loc and adm and (pd - adm).days > v:
                out.add("plan-late")
    if has("medicare-outpatient-therapy"):
        if not ft:
            out.add("field-missing")
        elif pd and pd > ft:
            out.add("plan-late")
    # reviews
    sched = sorted(r["date"] for r in m.get("reviews", []) if not r["completed"])
    done = sorted(r["date"] for r in m.get("reviews", []) if r["completed"])
    rv = {"medicare-outpatient-therapy": (MOT_REVIEW_DAYS, [ft, pd], True),
          "medicare-home-health": (HH_REVIEW_DAYS, [ft, pd], True),
          "commercial-aba": (ABA_REVIEW_DAYS, [pd], False),
          "ca-title9-ntp": (CA_REVIEW_DAYS, [adm, pd], False)}
    for prof, (maxd, anchors, pe) in rv.items():
        if not has(prof):
            continue
        if prof in ("commercial-aba", "ca-title9-ntp") and not sched:
            out.add("review-date-missing")
        anchor = next((a for a in anchors if a), None)
        pts = [anchor] + sched
        if pe and m.get("period") and m["period"][1]:
            pts = [anchor] + sorted(set(sched + [m["period"][1]]))
        for a, b in zip(pts, pts[1:]):
            if (b - a).days > maxd:
                out.add("review-interval-exceeded")
        if prof != "commercial-aba":
            if any(d < as_of and not any(x >= d - timedelta(days=30) for x in done) for d in sched):
                out.add("review-overdue")
            if pe and m.get("period") and m["period"][1] and m["period"][1] < as_of:
                out.add("review-overdue")
    return out & set().union(*(KINDS[p] for p in profiles))


# ---------------------------------------------------------------------------------------------
# Boilerplate
# ---------------------------------------------------------------------------------------------
CONSENT = ("I participated in developing this plan and had the chance to ask questions. I understand that I "
           "may refuse or withdraw from any service at any time, that refusing a recommended service may "
           "affect my discharge date, and that I will receive a copy of this plan. I understand the limits "
           "of confidentiality, including mandated reporting of abuse or neglect and danger to self or others.")
PART2 = ("NOTICE: This record contains information protected by federal confidentiality rules (42 CFR Part 2). "
         "Federal rules prohibit any further disclosure of this information unless further disclosure is "
         "expressly permitted by the written consent of the person to whom it pertains or as otherwise "
         "permitted by 42 CFR Part 2. A general authorization for the release of medical or other "
         "information is NOT sufficient for this purpose.")
CRISIS = ["988 Suicide & Crisis Lifeline: call or text 988 (24/7)",
          "Agency after-hours on-call clinician: (555) 013-4470",
          "County mobile crisis team: (555) 019-2200",
          "Emergency: 911 or go to the nearest emergency department"]
RIGHTS = ("You have the right to be treated with dignity and respect; to take part in planning your care; to "
          "see your record as the law allows; to file a grievance without retaliation (Grievance Officer, "
          "(555) 013-4400); and to receive services in a language you understand at no cost.")
INSTRUCTIONS = ("Instructions for staff: complete every field. Objectives must be specific, measurable and "
                "dated. Review the plan with the individual in plain language. Route for co-signature in the "
                "EHR queue; the plan is not final until all required signatures are obtained. Scan any wet "
                "signature page into the Documents tab within 24 hours.")


def crisis_section(doc, fn, title="Crisis and Safety Plan", extra=True):
    para(doc, title, bold=True, size=11)
    para(doc, f"Warning signs {fn} identified: not answering the phone, staying in bed past noon, thoughts of "
              f"drinking or using, increased irritability.")
    para(doc, "Things I can do on my own: take a walk around the block, call my sister, listen to music, use "
              "paced breathing (4 in, 6 out) for 5 minutes.")
    para(doc, "People and places that help: sister; sponsor; Tuesday recovery meeting at St. Brendan's hall.")
    para(doc, "Numbers to call:")
    for c in CRISIS:
        para(doc, "• " + c)
    if extra:
        para(doc, "Making the environment safe: medications kept in a lock box; no firearms in the home "
                  "(confirmed by client and partner).")


def cred_name(s):
    return f"{s['name']}, {s['cred']}" if s.get("cred") else s["name"]


def dx_rows(m, ds, cols=("ICD-10-CM", "Diagnosis", "Type", "Diagnosed by / date")):
    rows = [list(cols)]
    for d in m["dx"]:
        by = ""
        if d.get("by"):
            by = f"{d['by']}" + (f", {fmt(d['on'], ds)}" if d.get("on") else "")
        rows.append([d["code"] or "", d["desc"], "Primary" if d["primary"] else "Secondary", by][:len(cols)])
    return rows


def svc_rows(m, cols=("Service", "Code", "Amount", "Frequency", "Duration", "Provider")):
    rows = [list(cols)]
    for s in m.get("services", []):
        vals = {"Service": s["desc"], "Code": s["code"] or "", "Amount": s["amount"] or "",
                "Frequency": s["freq"] or "", "Duration": s["duration"] or "", "Provider": s.get("who") or ""}
        rows.append([vals.get(c, "") for c in cols])
    return rows


# ---- Family A: EHR grid -------------------------------------------------------------------------
def render_grid(m, path, o):
    ds = o.get("ds", "us")
    cw = o.get("cw", "Client")
    fn = m["client"]["name"].split()[0]
    doc = new_doc(landscape=o.get("landscape", False))
    header_footer(doc, f"{m['agency']} | {m.get('program', '')}",
                  f"{cw}: {m['client']['name']}   MRN {m['client'].get('mrn', '')}   Printed from EHR - "
                  f"confidential")
    para(doc, m["agency"], bold=True, size=14, align="c")
    para(doc, o.get("title", "Individualized Treatment Plan"), bold=True, size=13, align="c")
    if o.get("part2"):
        para(doc, PART2, italic=True, size=8)
    c = m["client"]
    rows = [[f"{cw} Name", c["name"], "Date of Birth", fmt(c["dob"], ds)],
            [o.get("member_label", "Member ID"), c.get("member_id") or "", "MRN", c.get("mrn", "")],
            ["Payer", m.get("payer_text", ""), "Program", m.get("program", "")],
            ["Level of Care", m.get("level_of_care") or "", o.get("adm_label", "Admission Date"), fmt(m.get("admission"), ds)],
            [o.get("pd_label", "Plan Date"), fmt(m["plan_date"], ds), "Plan Type", o.get("plan_type", "Initial")],
            ["Expected Duration", m.get("duration") or "", "Next Review Due",
             ", ".join(fmt(r["date"], ds) for r in m.get("reviews", []) if not r["completed"])]]
    if not c.get("member_id"):
        rows[1] = ["Insurance", m.get("payer_text", ""), "MRN", c.get("mrn", "")]
        rows[2] = ["Referral source", m.get("referral", "Self"), "Program", m.get("program", "")]
    t = table(doc, rows, header=False)
    for r in t.rows:
        for j in (0, 2):
            shade(r.cells[j], "F2F2F2")
            for p in r.cells[j].paragraphs:
                for rn in p.runs:
                    rn.bold = True
    para(doc)
    para(doc, "Treatment Team", bold=True, size=11)
    team = [["Name", "Discipline / Role", "NPI"]] + [[cred_name(s), s["label"], s.get("npi") or ""]
                                                    for s in m["sigs"] if s["role"] not in ("client", "guardian")]
    table(doc, team)
    para(doc)
    para(doc, "Presenting Problem / Reason for Services", bold=True, size=11)
    para(doc, m.get("presenting", ""))
    para(doc, "Strengths and Preferences", bold=True, size=11)
    para(doc, m.get("strengths", ""))
    para(doc, o.get("dx_heading", "Diagnoses (ICD-10-CM)"), bold=True, size=11)
    table(doc, dx_rows(m, ds))
    if m.get("assessments"):
        para(doc, "Standardized Measures", bold=True, size=11)
        table(doc, [["Instrument", "Date", "Score / result"]] +
              [[a["inst"], fmt(a["date"], ds), a["scores"]] for a in m["assessments"]])
    para(doc)
    para(doc, o.get("pgo_heading", "Problems, Goals, Objectives and Interventions"), bold=True, size=12)
    for pi, pr in enumerate(m["problems"], 1):
        para(doc, f"Problem {pi}: {pr['title']}", bold=True, size=11)
        lv(doc, "Evidenced by", pr["evidence"])
        for gi, g in enumerate(pr["goals"], 1):
            gl = f"Goal {pi}" if len(pr["goals"]) == 1 else f"Goal {pi}.{gi}"
            p = lv(doc, gl, g["stmt"])
            if g.get("target") and o.get("goal_dates"):
                p.add_run(f"  (target {fmt(g['target'], ds)})")
            rows = [["#", "Objective", "Target Date", "Status"]]
            for oi, ob in enumerate(g["objs"], 1):
                rows.append([f"{pi}{chr(96 + oi)}", ob["stmt"], fmt(ob["target"], ds), o.get("status", "New")])
            if g["objs"]:
                table(doc, rows, widths=[0.4, 4.6, 1.0, 0.8])
            if g["ints"]:
                rows = [["Intervention", "Frequency", "Length", "Responsible"]]
                for it in g["ints"]:
                    rows.append([it["desc"], it["freq"] or "", it["amount"] or "", it["who"] or ""])
                para(doc, "Interventions", italic=True)
                table(doc, rows, widths=[3.4, 1.2, 1.0, 1.6])
        para(doc)
    if m.get("services"):
        para(doc, o.get("svc_heading", "Services Requested / Authorized"), bold=True, size=12)
        table(doc, svc_rows(m))
    if m.get("reviews_done_text"):
        para(doc, "Plan Reviews", bold=True, size=11)
        for line in m["reviews_done_text"]:
            para(doc, line)
    para(doc)
    crisis_section(doc, fn)
    para(doc, "Discharge Criteria and Plan", bold=True, size=11)
    para(doc, m.get("discharge", f"{fn} will be ready for discharge when the objectives above are met or "
                                 "services are no longer needed; aftercare will be arranged with the primary "
                                 "care provider and community supports."))
    para(doc, "Client Rights", bold=True, size=11)
    para(doc, RIGHTS, size=8)
    para(doc, "Consent", bold=True, size=11)
    para(doc, CONSENT, size=8)
    para(doc, INSTRUCTIONS, italic=True, size=8)
    para(doc, "Signatures", bold=True, size=12)
    rows = [["Role", "Printed name / credentials", "Signature", "Date signed"]]
    for s in m["sigs"]:
        if not s["signed"]:
            rows.append([s["label"], cred_name(s) if s.get("name") else "", "", ""])
            continue
        sig = {"typed": cred_name(s), "esig": f"Electronically signed by {cred_name(s)}",
               "wet": "(signature on file)", "slash": f"/s/ {s['name']}"}[s["method"]]
        rows.append([s["label"], cred_name(s), sig, fmt(s["date"], ds)])
    table(doc, rows, widths=[1.6, 2.0, 2.2, 1.0])
    save_docx(doc, path, o.get("title", "Treatment Plan"))


# ---- Family B: narrative paragraphs with run-in labels ---------------------------------------
def render_narrative(m, path, o):
    ds = o.get("ds", "long")
    cw = o.get("cw", "Individual Served")
    c = m["client"]
    fn = c["name"].split()[0]
    doc = new_doc(font="Times New Roman", size=11)
    header_footer(doc, f"{m['agency']} — {o.get('title', 'Person-Centered Recovery Plan')}",
                  f"{c['name']} | DOB {fmt(c['dob'], 'us')} | Page footer text repeats on every page")
    para(doc, o.get("title", "Person-Centered Recovery Plan").upper(), bold=True, size=14, align="c")
    para(doc, m["agency"] + " · " + m.get("address", "1200 Harbor Street, Suite 4"), align="c", size=9)
    p = para(doc)
    runs(p, (f"{cw}: ", "b"), c["name"], "\t", ("Date of birth: ", "b"), fmt(c["dob"], ds))
    p = para(doc)
    if c.get("member_id"):
        runs(p, (o.get("member_label", "Medicaid/Member ID") + ": ", "b"), c["member_id"], "\t")
    runs(p, ("Record #: ", "b"), c.get("mrn", ""))
    p = para(doc)
    runs(p, ("Payer: ", "b"), m.get("payer_text", ""), "\t", ("Program: ", "b"), m.get("program", ""))
    if m.get("level_of_care"):
        p = para(doc)
        runs(p, ("Level of care: ", "b"), m["level_of_care"])
    if m.get("admission"):
        p = para(doc)
        runs(p, (o.get("adm_label", "Date of admission") + ": ", "b"), fmt(m["admission"], ds))
    p = para(doc)
    runs(p, (o.get("pd_label", "Date plan developed") + ": ", "b"), fmt(m["plan_date"], ds))
    if m.get("duration"):
        p = para(doc)
        runs(p, ("Anticipated length of treatment: ", "b"), m["duration"])
    sched = [r for r in m.get("reviews", []) if not r["completed"]]
    if sched:
        p = para(doc)
        runs(p, ("This plan will be reviewed by: ", "b"), ", ".join(fmt(r["date"], ds) for r in sched))
    para(doc)
    para(doc, "Reason for referral and summary of assessment", bold=True)
    para(doc, m.get("presenting", ""))
    para(doc, m.get("strengths", ""))
    para(doc, "Diagnostic impressions", bold=True)
    for d in m["dx"]:
        p = para(doc)
        code = d["code"] or ""
        runs(p, (code + ("  " if code else ""), "b"), d["desc"], " (primary)" if d["primary"] else "")
        if d.get("by"):
            p.add_run(f"; diagnosed by {d['by']}" + (f" on {fmt(d['on'], ds)}" if d.get("on") else ""))
    if m.get("assessments"):
        para(doc, "Screening and assessment results", bold=True)
        for a in m["assessments"]:
            para(doc, f"{a['inst']} ({fmt(a['date'], ds)}): {a['scores']}")
    for pi, pr in enumerate(m["problems"], 1):
        para(doc)
        para(doc, f"PROBLEM AREA #{pi} – {pr['title']}", bold=True, size=12)
        p = para(doc)
        runs(p, ("As evidenced by: ", "i"), pr["evidence"])
        for gi, g in enumerate(pr["goals"], 1):
            p = para(doc)
            runs(p, ("Long-term goal: ", "b"), g["stmt"])
            if g.get("target") and o.get("goal_dates"):
                p.add_run(f" Target: {fmt(g['target'], ds)}.")
            para(doc, "Short-term objectives:", bold=True)
            for oi, ob in enumerate(g["objs"], 1):
                p = para(doc)
                p.paragraph_format.left_indent = Inches(0.3)
                txt = f"{pi}.{oi}  {ob['stmt']}"
                p.add_run(txt)
                if ob["target"]:
                    runs(p, ("  Target date: ", "b"), fmt(ob["target"], ds))
                else:
                    runs(p, ("  Target date: ", "b"))
            if g["ints"]:
                para(doc, "Interventions (who / what / how often):", bold=True)
                for it in g["ints"]:
                    bits = [it["desc"]]
                    if it["amount"]:
                        bits.append(it["amount"])
                    if it["freq"]:
                        bits.append(it["freq"])
                    p = para(doc, "• " + (it["who"] + " will provide: " if it["who"] else "") + ", ".join(bits) + ".")
                    p.paragraph_format.left_indent = Inches(0.3)
    if m.get("services"):
        para(doc)
        para(doc, "Services and frequency", bold=True, size=12)
        for s in m["services"]:
            bits = [f"{s['desc']} ({s['code']})" if s["code"] else s["desc"]]
            for k in ("amount", "freq", "duration"):
                if s.get(k):
                    bits.append(s[k])
            para(doc, "– " + "; ".join(bits))
    para(doc)
    crisis_section(doc, fn, "Safety / Crisis Plan")
    para(doc, "Discharge and transition plan", bold=True)
    para(doc, m.get("discharge", f"Discharge when {fn} meets the objectives above; step down to a lower level of care with a warm hand-off."))
    para(doc, "Agreement", bold=True)
    para(doc, CONSENT, size=9)
    para(doc, RIGHTS, size=9)
    para(doc)
    para(doc, "SIGNATURES", bold=True, size=12)
    for s in m["sigs"]:
        if not s["signed"]:
            para(doc, "_______________________________________      Date: ______________")
            para(doc, f"{s['label']}" + (f" ({s['name']})" if s.get("name") else ""), italic=True, size=9)
            continue
        if s["method"] == "esig":
            line = f"Electronically signed by {cred_name(s)}" + (f" on {fmt(s['date'], ds)}" if s["date"] else "")
            para(doc, line)
        else:
            p = para(doc)
            p.add_run(f"/s/ {cred_name(s)}")
            p.add_run("\t\tDate: " + (fmt(s["date"], ds) if s["date"] else ""))
        para(doc, s["label"], italic=True, size=9)
    save_docx(doc, path, o.get("title", "Recovery Plan"))


# ---- Family C: SUD master grid (one big table, merged problem/goal rows) ---------------------
def render_master(m, path, o):
    ds = o.get("ds", "us")
    cw = o.get("cw", "Patient")
    c = m["client"]
    fn = c["name"].split()[0]
    doc = new_doc(landscape=True, size=9)
    header_footer(doc, f"{m['agency']}  |  {cw}: {c['name']}  |  DOB: {fmt(c['dob'], 'us')}  |  "
                       f"ID: {c.get('member_id') or c.get('mrn', '')}",
                  PART2[:160] + "…")
    para(doc, o.get("title", "Comprehensive Treatment Plan"), bold=True, size=14)
    para(doc, m["agency"] + " — " + m.get("program", ""), size=10)
    info = [["Patient", c["name"], "DOB", fmt(c["dob"], ds), "Member #", c.get("member_id") or ""],
            ["Admit date", fmt(m.get("admission"), ds), "Plan date", fmt(m["plan_date"], ds),
             "Level of care", m.get("level_of_care") or ""],
            ["Payer", m.get("payer_text", ""), "Projected length of stay", m.get("duration") or "",
             "Next review", ", ".join(fmt(r["date"], ds) for r in m.get("reviews", []) if not r["completed"])]]
    if not c.get("member_id"):
        info[0][4], info[0][5] = "Record #", c.get("mrn", "")
    info[0][0] = cw
    table(doc, info, header=False)
    para(doc)
    para(doc, "Diagnoses", bold=True, size=11)
    table(doc, dx_rows(m, ds, cols=("Code", "Description", "Rank")))
    para(doc)
    para(doc, "Problem / Goal / Objective / Strategy Grid", bold=True, size=11)
    t = table(doc, [["Objective", "Strategy / Intervention", "Frequency", "Staff", "Target date"]],
              widths=[3.2, 2.8, 1.1, 1.5, 0.9])
    for pi, pr in enumerate(m["problems"], 1):
        add_row(t, [""] * 5)
        merged_row(t, len(t.rows) - 1, f"PROBLEM {pi}: {pr['title']} — {pr['evidence']}", fill="D9E2F3")
        for gi, g in enumerate(pr["goals"], 1):
            add_row(t, [""] * 5)
            merged_row(t, len(t.rows) - 1, f"Goal {pi}: {g['stmt']}", bold=False, fill="F2F2F2")
            n = max(len(g["objs"]), len(g["ints"]))
            for k in range(n):
                ob = g["objs"][k] if k < len(g["objs"]) else None
                it = g["ints"][k] if k < len(g["ints"]) else None
                add_row(t, [f"{pi}.{k + 1} {ob['stmt']}" if ob else "",
                            it["desc"] + (f" ({it['amount']})" if it and it["amount"] else "") if it else "",
                            (it["freq"] or "") if it else "", (it["who"] or "") if it else "",
                            fmt(ob["target"], ds) if ob else ""])
    para(doc)
    if m.get("services"):
        para(doc, "Service Schedule", bold=True, size=11)
        table(doc, svc_rows(m))
    para(doc, "Discharge Criteria", bold=True, size=11)
    para(doc, m.get("discharge", "Completion of objectives, medical stability, a confirmed continuing-care appointment and a safe living arrangement."))
    para(doc, "Patient Participation", bold=True, size=11)
    para(doc, CONSENT, size=8)
    para(doc, INSTRUCTIONS, italic=True, size=8)
    para(doc, "Signatures", bold=True, size=11)
    for s in m["sigs"]:
        if not s["signed"]:
            para(doc, f"{s['label']}: ______________________  Date: ________")
            continue
        if s["method"] == "esig":
            stamp = (f"Electronically signed by: {cred_name(s)} ({s['label']})" +
                     (f" on {fmt(s['date'], ds)} {o.get('time', '10:42 AM')}" if s["date"] else ""))
            t2 = table(doc, [[stamp]], header=False, size=8)
            shade(t2.cell(0, 0), "FFF2CC")
        else:
            para(doc, f"{s['label']}: {cred_name(s)}    Date: {fmt(s['date'], ds) if s['date'] else ''}")
    save_docx(doc, path, o.get("title", "Treatment Plan"))


# ---- Family D: outpatient therapy plan of care / certification -------------------------------
def render_therapy(m, path, o):
    ds = o.get("ds", "us")
    c = m["client"]
    doc = new_doc(size=10)
    header_footer(doc, f"{m['agency']} · Outpatient Rehabilitation · Fax (555) 018-3301",
                  f"Pt: {c['name']}  DOB {fmt(c['dob'], 'us')}  MBI {c.get('member_id') or ''}")
    para(doc, o.get("title", "PLAN OF CARE / CERTIFICATION — PT, OT, SLP"), bold=True, size=13, align="c")
    rows = [["Patient", c["name"], "DOB", fmt(c["dob"], ds)],
            ["Medicare (MBI)", c.get("member_id") or "", "Acct #", c.get("mrn", "")],
            ["Referring physician", m.get("referrer", ""), "Onset / surgery date", m.get("onset", "")],
            [o.get("ft_label", "Initial evaluation (start of care)"), fmt(m.get("first_tx"), ds),
             "Plan of care date", fmt(m["plan_date"], ds)],
            ["Certification period", f"{fmt(m['period'][0], ds)} to {fmt(m['period'][1], ds)}" if m.get("period") else "",
             "Recertification due", ", ".join(fmt(r["date"], ds) for r in m.get("reviews", []) if not r["completed"])]]
    table(doc, rows, header=False)
    para(doc)
    para(doc, "Medical and Treatment Diagnoses", bold=True, size=11)
    for d in m["dx"]:
        para(doc, f"{d['code'] or ''}  {d['desc']}" + ("  (medical)" if d["primary"] else "  (treatment)"))
    para(doc, "History / Prior Level of Function", bold=True, size=11)
    para(doc, m.get("presenting", ""))
    if m.get("assessments"):
        para(doc, "Objective Tests at Evaluation", bold=True, size=11)
        table(doc, [["Test", "Date", "Result"]] + [[a["inst"], fmt(a["date"], ds), a["scores"]] for a in m["assessments"]])
    para(doc, "Rehab potential: Good for stated goals. Patient and spouse agree with the plan.")
    for pi, pr in enumerate(m["problems"], 1):
        para(doc)
        para(doc, pr["title"], bold=True, size=11)
        para(doc, "Assessment: " + pr["evidence"])
        for g in pr["goals"]:
            p = para(doc)
            runs(p, ("Long-term goal", "b"), (f" (by {fmt(g['target'], ds)})" if g.get("target") else ""), ": ", g["stmt"])
            para(doc, "Short-term goals:", bold=True)
            for oi, ob in enumerate(g["objs"], 1):
                tail = f" — by {fmt(ob['target'], ds)}" if ob["target"] else ""
                base = f" [baseline: {ob['baseline']}]" if ob.get("baseline") else ""
                para(doc, f"STG {pi}.{oi}: {ob['stmt']}{base}{tail}")
            if g["ints"]:
                rows = [["CPT", "Intervention", "Frequency", "Minutes", "Discipline"]]
                for it in g["ints"]:
                    rows.append([it.get("code") or "", it["desc"], it["freq"] or "", it["amount"] or "", it["who"] or ""])
                table(doc, rows, widths=[0.6, 3.0, 0.9, 0.9, 1.6])
    para(doc)
    para(doc, "Plan: Frequency / Duration", bold=True, size=11)
    if m.get("services"):
        table(doc, svc_rows(m, cols=("Service", "Code", "Frequency", "Duration", "Amount")))
    if m.get("duration"):
        para(doc, f"Overall duration of this plan: {m['duration']}.")
    para(doc, "Home program: written home exercise program issued and reviewed; caregiver instructed in "
              "guarding for stairs. Discharge plan: home with spouse, continue HEP, community fitness program.")
    para(doc, "Therapist Signatures", bold=True, size=11)
    for s in [s for s in m["sigs"] if s["role"] != "physician"]:
        if s["signed"]:
            para(doc, f"{s['label']}: {cred_name(s)}" + (f"   NPI {s['npi']}" if s.get("npi") else "") +
                 f"   Date: {fmt(s['date'], ds) if s['date'] else ''}")
        else:
            para(doc, f"{s['label']}: ______________________   Date: ________")
    para(doc)
    t = table(doc, [["PHYSICIAN / NPP CERTIFICATION"],
                    ["I certify that I have examined the patient, that the services are medically necessary, "
                     "and that I approve this plan of care for the certification period above."],
                    [""]], header=True)
    cell = t.cell(2, 0)
    cell.text = ""
    for s in [s for s in m["sigs"] if s["role"] == "physician"]:
        if s["signed"]:
            cell_text(cell, f"Signature: {'/s/ ' if s['method'] != 'esig' else 'e-signed: '}{cred_name(s)}\n"
                            f"Printed name: {s['name']}   Credentials: {s['cred']}   NPI: {s.get('npi') or ''}\n"
                            f"Date signed: {fmt(s['date'], ds) if s['date'] else ''}")
        else:
            cell_text(cell, f"Signature: ____________________________\nPrinted name: {s.get('name') or ''}\nDate: __________")
    para(doc, "Please sign and fax back within 10 days. Payment for services depends on a signed certification.", italic=True, size=8)
    save_docx(doc, path, "Plan of Care")


# ---- Family E: home health plan of care in numbered boxes (485-style) ------------------------
def render_485(m, path, o):
    ds = o.get("ds", "us")
    c = m["client"]
    doc = new_doc(size=9)
    header_footer(doc, "HOME HEALTH CERTIFICATION AND PLAN OF CARE", f"{m['agency']}  Provider No. {m.get('provider_no', '')}")
    para(doc, "Home Health Certification and Plan of Care", bold=True, size=13, align="c")
    per = m.get("period")
    soc = m.get("first_tx")
    t = table(doc, [
        [f"1. Patient's Medicare No.\n{c.get('member_id') or ''}", f"2. Start of Care Date\n{fmt(soc, ds)}",
         f"3. Certification Period\nFrom: {fmt(per[0], ds)}   To: {fmt(per[1], ds)}" if per else "3. Certification Period",
         f"4. Medical Record No.\n{c.get('mrn', '')}"],
        [f"6. Patient's Name and Address\n{c['name']}\n{m.get('address', '')}", f"7. Provider's Name\n{m['agency']}",
         f"8. Date of Birth\n{fmt(c['dob'], ds)}", f"9. Sex\n{m.get('sex', 'F')}"],
    ], header=False, size=8)
    dx = m["dx"]
    rows = [["11./13. ICD-10-CM", "Principal / other pertinent diagnoses", "Date"]]
    for d in dx:
        rows.append([d["code"] or "", d["desc"], fmt(d.get("on"), ds) if d.get("on") else ""])
    table(doc, rows, size=8)
    table(doc, [[f"10. Medications: {m.get('meds', 'see attached medication profile')}"],
                [f"15. Safety measures: {m.get('safety', 'fall precautions, clear pathways, night light, emergency plan')}"],
                [f"16. Nutritional req.: {m.get('diet', '2 g sodium, consistent carbohydrate')}"],
                ["18.A Functional limitations: endurance, ambulation, bowel/bladder (incontinence)   18.B Activities permitted: up as tolerated, walker"],
                ["19. Mental status: oriented, forgetful   20. Prognosis: fair"]], header=False, size=8)
    para(doc)
    para(doc, "21. Orders for Discipline and Treatments (specify amount/frequency/duration)", bold=True)
    for pr in m["problems"]:
        for g in pr["goals"]:
            for it in g["ints"]:
                f = it["freq"] or ""
                para(doc, f"{it['desc']}" + (f" — {f}" if f else "") + (f" ({it['amount']} per visit)" if it.get("amount") and it["amount"] != "1 visit" else ""))
    for s in m.get("services", []):
        para(doc, f"{s['desc']} [{s['code']}] — frequency: {s['freq'] or ''}; {s.get('duration') or ''}")
    if m.get("duration"):
        para(doc, f"Duration of all visits: {m['duration']}.")
    para(doc)
    para(doc, "22. Goals / Rehabilitation Potential / Discharge Plans", bold=True)
    for pi, pr in enumerate(m["problems"], 1):
        para(doc, pr["title"], bold=True)
        para(doc, "Assessment: " + pr["evidence"], italic=True)
        for g in pr["goals"]:
            para(doc, f"Goal: {g['stmt']}" + (f" (by {fmt(g['target'], ds)})" if g.get("target") else ""))
            for ob in g["objs"]:
                para(doc, f"   – {ob['stmt']}" + (f" Target: {fmt(ob['target'], ds)}." if ob["target"] else ""))
    para(doc, "Rehab potential: good for stated goals. Discharge plan: discharge to self-care with daughter's help "
              "when goals are met; follow up with primary care within 7 days of discharge.")
    reviews = [r for r in m.get("reviews", []) if not r["completed"]]
    if reviews:
        para(doc, "Plan of care review / recertification due: " + ", ".join(fmt(r["date"], ds) for r in reviews))
    para(doc)
    sigrows = []
    for s in m["sigs"]:
        if s["role"] == "physician":
            continue
        sigrows.append([f"23. {s['label']}\n{cred_name(s) if s['signed'] else ''}",
                        f"Date: {fmt(s['date'], ds) if s['signed'] and s['date'] else ''}"])
    if sigrows:
        table(doc, sigrows, header=False, size=8)
    ph = [s for s in m["sigs"] if s["role"] == "physician"]
    for s in ph:
        table(doc, [[f"24. Physician's / allowed practitioner's name and address\n{cred_name(s) if s.get('name') else ''}\n"
                     f"NPI {s.get('npi') or ''}\n{m.get('md_address', '')}",
                     "26. I certify that this patient is confined to the home and needs intermittent skilled nursing care, "
                     "physical therapy and/or occupational therapy. The patient is under my care, I have authorized the "
                     "services on this plan of care and will periodically review the plan. A face-to-face encounter was "
                     "performed."],
                    [f"27. Attending physician's signature and date signed\n" +
                     (f"{'Electronically signed' if s['method'] == 'esig' else '/s/'} {cred_name(s)}   "
                      f"{fmt(s['date'], ds) if s['date'] else ''}" if s["signed"] else "____________________   ________"),
                     "28. Anyone who misrepresents, falsifies, or conceals essential information required for payment "
                     "of Federal funds may be subject to fine, imprisonment, or civil penalty."]], header=False, size=8)
    save_docx(doc, path, "Plan of Care")


# ---- Family F: ABA treatment plan --------------------------------------------------------------
def render_aba(m, path, o):
    ds = o.get("ds", "us")
    c = m["client"]
    cw = o.get("cw", "Learner")
    fn = c["name"].split()[0]
    doc = new_doc(size=10)
    header_footer(doc, f"{m['agency']} — Behavior Analytic Treatment Plan",
                  f"{cw}: {c['name']} | Member ID {c.get('member_id') or ''} | CONFIDENTIAL")
    para(doc, o.get("title", "ABA Treatment Plan and Authorization Request"), bold=True, size=14, align="c")
    para(doc, o.get("plan_type", "Initial Assessment and Treatment Plan"), align="c")
    rows = [[f"{cw}", c["name"], "DOB", fmt(c["dob"], ds)],
            ["Member ID", c.get("member_id") or "", "Payer", m.get("payer_text", "")],
            ["Parent / guardian", m.get("guardian", ""), "Plan date", fmt(m["plan_date"], ds)],
            ["Authorization period", f"{fmt(m['period'][0], ds)} – {fmt(m['period'][1], ds)}" if m.get("period") else "",
             "Next progress review / reassessment", ", ".join(fmt(r["date"], ds) for r in m.get("reviews", []) if not r["completed"])]]
    table(doc, rows, header=False)
    para(doc)
    para(doc, "Diagnosis", bold=True, size=11)
    for d in m["dx"]:
        s = f"{d['code'] or ''} {d['desc']}" + (" — primary" if d["primary"] else "")
        if d.get("by"):
            s += f". Diagnosed by {d['by']} on {fmt(d['on'], ds)}" if d.get("on") else f". Diagnosed by {d['by']}"
        para(doc, s)
    para(doc, "Background", bold=True, size=11)
    para(doc, m.get("presenting", ""))
    para(doc, "Assessments", bold=True, size=11)
    table(doc, [["Instrument", "Date administered", "Results"]] +
          [[a["inst"], fmt(a["date"], ds), a["scores"]] for a in m.get("assessments", [])])
    para(doc)
    for pi, pr in enumerate(m["problems"], 1):
        para(doc, f"Domain {pi}: {pr['title']}", bold=True, size=11)
        para(doc, pr["evidence"], italic=True)
        rows = [["Target", "Baseline", "Mastery criteria", "Target date"]]
        for g in pr["goals"]:
            rows.append([f"Goal: {g['stmt']}", g.get("baseline") or "", g.get("mastery") or "", fmt(g.get("target"), ds)])
            for ob in g["objs"]:
                rows.append([f"   STO: {ob['stmt']}", ob.get("baseline") or "", ob.get("mastery") or "", fmt(ob["target"], ds)])
        table(doc, rows, widths=[3.2, 1.4, 1.6, 0.9])
        para(doc)
    para(doc, "Behavior Intervention Plan summary", bold=True, size=11)
    para(doc, "Antecedent strategies: visual schedule, first-then board, choices, noncontingent access to preferred "
              "items every 5 minutes. Replacement behaviors: functional communication training (break and help "
              "requests). Consequence strategies: differential reinforcement, response blocking, planned ignoring "
              "of non-dangerous behavior. Crisis procedures: no restraint; follow the safety plan on file.")
    para(doc, "Requested Services", bold=True, size=11)
    rows = [["CPT", "Service", "Hours / week", "Units (auth period)", "Provider"]]
    for s in m.get("services", []):
        rows.append([s["code"] or "", s["desc"], s.get("hours") or "", s.get("amount") or "", s.get("who") or ""])
    table(doc, rows)
    para(doc, f"Setting: home and community. Schedule: weekday afternoons. Transition and discharge: fade to "
              f"{o.get('fade', '10 hours per week')} when 80% of goals are mastered; coordinate with school IEP team.")
    para(doc, "Signatures", bold=True, size=11)
    rows = [["Name", "Role", "Credential / Cert. #", "Signature", "Date"]]
    for s in m["sigs"]:
        rows.append([s.get("name") or "", s["label"], s.get("cred") or "",
                     ("/s/ " + s["name"]) if s["signed"] else "", fmt(s["date"], ds) if s["signed"] else ""])
    table(doc, rows)
    save_docx(doc, path, "ABA Plan")


# ---- Family G: outline-numbered plan with content controls and nested tables ------------------
def render_outline(m, path, o):
    ds = o.get("ds", "iso")
    c = m["client"]
    cw = o.get("cw", "Consumer")
    fn = c["name"].split()[0]
    doc = new_doc(font="Arial", size=10)
    header_footer(doc, f"{m['agency']}  •  {o.get('title', 'Integrated Treatment Plan')}",
                  f"{cw} ID {c.get('mrn', '')}  •  Form ITP-7 (rev. 08/2025)")
    para(doc, o.get("title", "Integrated Treatment Plan"), bold=True, size=15)
    for label, val in [(f"{cw} name", c["name"]), ("Date of birth", fmt(c["dob"], ds)),
                       (o.get("member_label", "Member ID"), c.get("member_id")), ("Payer", m.get("payer_text")),
                       ("Program / site", m.get("program")), ("Level of care", m.get("level_of_care")),
                       (o.get("adm_label", "Intake date"), fmt(m.get("admission"), ds) if m.get("admission") else None),
                       (o.get("pd_label", "Plan date"), fmt(m["plan_date"], ds)),
                       ("Expected duration", m.get("duration")),
                       ("Next plan review", ", ".join(fmt(r["date"], ds) for r in m.get("reviews", []) if not r["completed"]) or None)]:
        if not val:
            continue
        p = doc.add_paragraph()
        r = p.add_run(label + ": ")
        r.bold = True
        if o.get("sdt"):
            sdt_run(p, val, tag=label.replace(" ", "_").replace("/", ""))
        else:
            p.add_run(val)
    para(doc)
    para(doc, "1.  Assessment Summary", bold=True, size=12)
    para(doc, m.get("presenting", ""))
    para(doc, "2.  Diagnoses", bold=True, size=12)
    for i, d in enumerate(m["dx"], 1):
        para(doc, f"2.{i}  {d['code'] or '(code pending)'} — {d['desc']}" + (" [primary]" if d["primary"] else ""))
    para(doc, "3.  Problems, Goals and Objectives", bold=True, size=12)
    for pi, pr in enumerate(m["problems"], 1):
        para(doc, f"3.{pi}  Problem: {pr['title']}", bold=True)
        para(doc, f"Evidence: {pr['evidence']}")
        for gi, g in enumerate(pr["goals"], 1):
            outer = doc.add_table(rows=1, cols=2)
            outer.style = "Table Grid"
            cell_text(outer.cell(0, 0), f"Goal 3.{pi}", bold=True)
            inner_host = outer.cell(0, 1)
            cell_text(inner_host, g["stmt"])
            rows = [["Objective", "By"]]
            for oi, ob in enumerate(g["objs"], 1):
                rows.append([f"3.{pi}.{oi} {ob['stmt']}", fmt(ob["target"], ds)])
            if g["objs"]:
                table(inner_host, rows, size=8)
            if g["ints"]:
                rows = [["Intervention", "How often", "Length", "By whom"]]
                for it in g["ints"]:
                    rows.append([it["desc"], it["freq"] or "", it["amount"] or "", it["who"] or ""])
                table(inner_host, rows, size=8)
            para(doc)
    if m.get("services"):
        para(doc, "4.  Services", bold=True, size=12)
        table(doc, svc_rows(m))
    para(doc, "5.  Crisis Plan", bold=True, size=12)
    for cr in CRISIS:
        para(doc, "– " + cr)
    para(doc, "6.  Discharge Plan", bold=True, size=12)
    para(doc, m.get("discharge", "Transition to a lower level of care when objectives are met; warm hand-off to the community provider."))
    para(doc, "7.  Signatures", bold=True, size=12)
    para(doc, CONSENT, size=8)
    for s in m["sigs"]:
        p = doc.add_paragraph()
        runs(p, (s["label"] + ": ", "b"))
        if s["signed"]:
            txt = (f"Electronically signed by {cred_name(s)}" if s["method"] == "esig" else cred_name(s))
            if o.get("sdt"):
                sdt_run(p, txt, tag="signature")
            else:
                p.add_run(txt)
            p.add_run("    Date: " + (fmt(s["date"], ds) if s["date"] else ""))
        else:
            p.add_run("____________________    Date: ________")
    if o.get("track"):
        p = para(doc, "Revision note (program name): ")
        tracked(p, o["track"][0], o["track"][1])
    if o.get("comment"):
        p = para(doc)
        rr = p.add_run("QA check completed.")
        comment(doc, rr, o["comment"])
    save_docx(doc, path, o.get("title", "Treatment Plan"))


# ---- Family H: checkbox form with attestation boxes --------------------------------------------
def render_form(m, path, o):
    ds = o.get("ds", "dash")
    c = m["client"]
    cw = o.get("cw", "Member")
    doc = new_doc(font="Calibri", size=10)
    header_footer(doc, f"{m['agency']} · {m.get('program', '')}", f"{c['name']} · Page 1 of 1 (print)")
    para(doc, o.get("title", "TREATMENT / SERVICE PLAN"), bold=True, size=14, align="c")
    t = table(doc, [[f"{cw} name: {c['name']}", f"DOB: {fmt(c['dob'], ds)}"],
                    [f"{o.get('member_label', 'Member #')}: {c.get('member_id') or ''}", f"Plan date: {fmt(m['plan_date'], ds)}"],
                    [f"Admission / intake: {fmt(m.get('admission'), ds)}", f"Level of care: {m.get('level_of_care') or ''}"],
                    [f"Payer: {m.get('payer_text', '')}", f"Projected length of treatment: {m.get('duration') or ''}"],
                    [f"Next plan review: {', '.join(fmt(r['date'], ds) for r in m.get('reviews', []) if not r['completed'])}",
                     f"Record #: {c.get('mrn', '')}"]],
              header=False)
    para(doc)
    para(doc, "Plan type:  ☒ Initial   ☐ Update   ☐ Discharge", size=10)
    para(doc, "Services recommended:  ☒ Individual  ☒ Group  ☒ Medication management  ☒ Case management  ☐ Family  ☒ Peer support")
    para(doc, "DIAGNOSES", bold=True, size=11)
    table(doc, dx_rows(m, ds, cols=("ICD-10-CM", "Diagnosis", "Type")))
    para(doc)
    for pi, pr in enumerate(m["problems"], 1):
        tt = doc.add_table(rows=1, cols=1)
        tt.style = "Table Grid"
        cell = tt.cell(0, 0)
        shade(cell, "EAF1DD")
        cell_text(cell, f"PROBLEM #{pi}: {pr['title']}", bold=True)
        para(cell, pr["evidence"], italic=True, size=9)
        for g in pr["goals"]:
            p = para(cell)
            runs(p, ("GOAL: ", "b"), g["stmt"])
            for oi, ob in enumerate(g["objs"], 1):
                p = para(cell)
                runs(p, (f"Objective {pi}{chr(64 + oi)}: ", "b"), ob["stmt"], "   ",
                     ("Target date: ", "b"), fmt(ob["target"], ds) if ob["target"] else "")
            for it in g["ints"]:
                p = para(cell)
                runs(p, ("Intervention: ", "b"), it["desc"], " | ", ("Frequency: ", "b"), it["freq"] or "",
                     " | ", ("Duration: ", "b"), it["amount"] or "", " | ", ("Staff: ", "b"), it["who"] or "")
        para(doc)
    if m.get("services"):
        para(doc, "SERVICE SCHEDULE", bold=True, size=11)
        table(doc, svc_rows(m))
    para(doc, "CRISIS INFORMATION", bold=True, size=11)
    for cr in CRISIS:
        para(doc, "☐ " + cr)
    para(doc, "DISCHARGE CRITERIA", bold=True, size=11)
    para(doc, m.get("discharge", "Objectives met; stable housing; continuing care appointment scheduled."))
    para(doc)
    for s in m["sigs"]:
        body = (f"☒ I have reviewed and agree with this plan.\n" if s["role"] in ("client", "guardian") else
                f"☒ I reviewed this plan with the {cw.lower()} and attest it is accurate.\n")
        if s["signed"]:
            body += (f"Signature: {'e-signed ' if s['method'] == 'esig' else ''}{cred_name(s)}\n"
                     f"Date: {fmt(s['date'], ds) if s['date'] else ''}")
        else:
            body = "☐ I have reviewed and agree with this plan.\nSignature: ______________________\nDate: __________"
        t = table(doc, [[s["label"].upper()], [body]], header=True, size=9, shade_header="F2F2F2")
        para(doc)
    save_docx(doc, path, o.get("title", "Service Plan"))


# ---------------------------------------------------------------------------------------------
# Non-DOCX writers
# ---------------------------------------------------------------------------------------------

def write_yaml(m, path, discipline):
    import yaml
    c = m["client"]

    def d(x):
        return x.isoformat() if x else None

    doc = {"schema": "authcheck-plan/1",
           "patient": {"name": c["name"], "birth_date": d(c["dob"]), "member_id": c.get("member_id")},
           "payer": m.get("payer_text"), "program": m.get("program"), "discipline": discipline,
           "first_treatment_date": d(m.get("first_tx")), "plan_date": d(m["plan_date"])}
    if m.get("period"):
        doc["period"] = {"start": d(m["period"][0]), "end": d(m["period"][1])}
    if m.get("duration"):
        doc["expected_duration"] = m["duration"]
    doc["presenting_problem"] = m.get("presenting")
    doc["providers"] = [{"name": s["name"], "credential": s["cred"], "npi": s["npi"], "role": s["label"],
                         "organization": m["agency"]} for s in m["sigs"] if s.get("npi")]
    doc["diagnoses"] = []
    for x in m["dx"]:
        e = {"code": x["code"], "description": x["desc"], "primary": x["primary"]}
        if x.get("by"):
            e["diagnosed_by"] = x["by"]
        if x.get("on"):
            e["diagnosed_on"] = d(x["on"])
        doc["diagnoses"].append(e)
    doc["assessments"] = [{"instrument": a["inst"], "date": d(a["date"]), "scores": {"summary": a["scores"]}}
                          for a in m.get("assessments", [])]
    probs = []
    for pi, pr in enumerate(m["problems"], 1):
        goals = []
        for gi, g in enumerate(pr["goals"], 1):
            ge = {"label": f"Goal {pi}", "statement": g["stmt"]}
            for k in ("baseline", "domain"):
                if g.get(k):
                    ge[k] = g[k]
            if g.get("mastery"):
                ge["mastery_criteria"] = g["mastery"]
            if g.get("target"):
                ge["target_date"] = d(g["target"])
            ge["objectives"] = []
            for oi, ob in enumerate(g["objs"], 1):
                oe = {"label": f"Objective {pi}.{oi}", "statement": ob["stmt"]}
                if ob["target"]:
                    oe["target_date"] = d(ob["target"])
                if ob.get("baseline"):
                    oe["baseline"] = ob["baseline"]
                if ob.get("mastery"):
                    oe["mastery_criteria"] = ob["mastery"]
                ge["objectives"].append(oe)
            if g["ints"]:
                ge["interventions"] = [{k2: v for k2, v in {"description": it["desc"], "frequency": it["freq"],
                                                             "amount": it["amount"], "responsible_staff": it["who"]}.items() if v}
                                       for it in g["ints"]]
            goals.append(ge)
        probs.append({"label": f"Problem {pi}", "statement": pr["title"], "goals": goals})
    doc["problems"] = probs
    svcs = []
    for s in m.get("services", []):
        e = {"code": s["code"], "description": s["desc"]}
        for k in ("amount", "frequency", "duration"):
            v = s.get("freq" if k == "frequency" else k)
            if v:
                e[k] = v
        if s.get("hours"):
            e["hours_per_week"] = int(s["hours"].split()[0])
        svcs.append(e)
    doc["services"] = svcs
    doc["reviews"] = [{"kind": r.get("kind", "review"), "date": d(r["date"]), "completed": r["completed"]}
                      for r in m.get("reviews", [])]
    doc["signatures"] = [{k: v for k, v in {"role": s["role"], "name": s["name"], "credential": s["cred"],
                                            "npi": s["npi"], "date": d(s["date"]),
                                            "method": {"esig": "electronic", "typed": "typed", "slash": "typed",
                                                       "wet": "handwritten"}[s["method"]],
                                            "signed": s["signed"]}.items() if v is not None}
                         for s in m["sigs"]]
    doc["free_text"] = [{"heading": "Crisis plan", "text": "; ".join(CRISIS)},
                        {"heading": "Discharge plan", "text": m.get("discharge", "Discharge when goals are met.")}]
    doc = {k: v for k, v in doc.items() if v not in (None, [], {})}
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Invented plan for blind set 33 (no real patient)\n")
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=110)


def write_fhir(m, path):
    c = m["client"]
    pid = "pt-1"
    entries = []

    def ent(res):
        entries.append({"fullUrl": f"urn:uuid:{res['resourceType'].lower()}-{res['id']}", "resource": res})

    ent({"resourceType": "Patient", "id": pid,
         "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": c["member_id"]},
                        {"system": "urn:oid:2.16.840.1.113883.19.5.99999.2", "value": c["mrn"]}],
         "name": [{"family": c["name"].split()[-1], "given": c["name"].split()[:-1]}],
         "birthDate": c["dob"].isoformat()})
    prac_refs = {}
    for i, s in enumerate([s for s in m["sigs"] if s["role"] not in ("client", "guardian")], 1):
        rid = f"pr-{i}"
        prac_refs[s["name"]] = rid
        ent({"resourceType": "Practitioner", "id": rid,
             "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": s["npi"]}] if s.get("npi") else [],
             "name": [{"text": s["name"], "suffix": [s["cred"]] if s.get("cred") else []}],
             "qualification": [{"code": {"text": s["cred"]}}] if s.get("cred") else []})
    cond_refs = []
    for i, d in enumerate(m["dx"], 1):
        rid = f"cond-{i}"
        cond_refs.append(rid)
        ent({"resourceType": "Condition", "id": rid,
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                       "code": "problem-list-item"}]}],
             "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": d["code"], "display": d["desc"]}],
                      "text": d["desc"]},
             "subject": {"reference": f"Patient/{pid}"},
             "extension": [] if not d["primary"] else [{"url": "http://example.org/fhir/StructureDefinition/primary-diagnosis", "valueBoolean": True}]})
    goal_refs = []
    gi = 0
    for pr in m["problems"]:
        for g in pr["goals"]:
            gi += 1
            rid = f"goal-{gi}"
            goal_refs.append(rid)
            ent({"resourceType": "Goal", "id": rid, "lifecycleStatus": "active",
                 "description": {"text": g["stmt"]}, "subject": {"reference": f"Patient/{pid}"},
                 "addresses": [{"display": pr["title"]}],
                 "target": [{"dueDate": g["target"].isoformat()}] if g.get("target") else []})
            for oi, ob in enumerate(g["objs"], 1):
                rid2 = f"goal-{gi}-{oi}"
                goal_refs.append(rid2)
                ent({"resourceType": "Goal", "id": rid2, "lifecycleStatus": "active",
                     "description": {"text": ob["stmt"]}, "subject": {"reference": f"Patient/{pid}"},
                     "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/goal-relationship",
                                    "extension": [{"url": "type", "valueCodeableConcept": {"text": "milestone-of"}},
                                                  {"url": "target", "valueReference": {"reference": f"Goal/goal-{gi}"}}]}],
                     "target": [{"dueDate": ob["target"].isoformat()}] if ob["target"] else []})
    sr_refs = []
    for i, s in enumerate(m.get("services", []), 1):
        rid = f"sr-{i}"
        sr_refs.append(rid)
        ent({"resourceType": "ServiceRequest", "id": rid, "status": "active", "intent": "plan",
             "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": s["code"]}], "text": s["desc"]},
             "subject": {"reference": f"Patient/{pid}"},
             "quantityQuantity": {"value": int(s["amount"].split()[0]), "unit": "min"} if s.get("amount") else None,
             "occurrenceTiming": {"code": {"text": s["freq"]}} if s.get("freq") else None,
             "note": [{"text": f"{s['desc']}: {s['amount']} {s['freq']} for {s['duration']}"}]})
    pd = m["plan_date"]
    author = next(s for s in m["sigs"] if s["role"] == "clinician")
    ent({"resourceType": "CarePlan", "id": "cp-1", "status": "active", "intent": "plan",
         "title": "Outpatient behavioral health treatment plan",
         "subject": {"reference": f"Patient/{pid}"},
         "period": {"start": pd.isoformat(), "end": m["duration_end"].isoformat()},
         "created": pd.isoformat(),
         "author": {"reference": f"Practitioner/{prac_refs[author['name']]}"},
         "addresses": [{"reference": f"Condition/{r}"} for r in cond_refs],
         "goal": [{"reference": f"Goal/{r}"} for r in goal_refs],
         "description": f"Expected duration: {m['duration']}. Presenting problem: {m['presenting']}",
         "activity": [{"reference": {"reference": f"ServiceRequest/{r}"}} for r in sr_refs],
         "note": [{"text": "Crisis plan: " + "; ".join(CRISIS)}]})
    for i, s in enumerate(m["sigs"], 1):
        who = ({"reference": f"Practitioner/{prac_refs[s['name']]}"} if s["name"] in prac_refs
               else {"reference": f"Patient/{pid}"})
        ent({"resourceType": "Provenance", "id": f"prov-{i}", "target": [{"reference": "CarePlan/cp-1"}],
             "recorded": f"{s['date'].isoformat()}T15:00:00-05:00",
             "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                             "code": "author" if s["role"] == "clinician" else "attester"}],
                                 "text": s["label"]},
                        "who": who}],
             "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1" if s["role"] == "clinician" else "1.2.840.10065.1.12.1.7"}],
                            "when": f"{s['date'].isoformat()}T15:00:00-05:00", "who": who,
                            "data": "c2lnbmVkIGVsZWN0cm9uaWNhbGx5"}]})
    for e in entries:
        r = e["resource"]
        for k in [k for k, v in r.items() if v is None or v == []]:
            del r[k]
    bundle = {"resourceType": "Bundle", "id": "blind33-o12", "type": "collection",
              "timestamp": f"{pd.isoformat()}T16:00:00-05:00", "entry": entries}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(bundle, f, indent=1, ensure_ascii=False)
        f.write("\n")


# ---------------------------------------------------------------------------------------------
# Scenario makers
# ---------------------------------------------------------------------------------------------

def who(p):
    """'Name, CRED' for intervention 'responsible' columns."""
    return f"{p[0]}, {p[1]}" if p and p[1] else (p[0] if p else None)


def mk_mh(c, agency, program, payer, staff, keys, pd, adm, dx, dur_months=6, long=90, svc_extra=(),
          sig_days=None, assessments=(), discharge=None, client_label="Client", level="Outpatient"):
    """Co-occurring outpatient plan. staff: role key -> (name, cred, npi9)."""
    fn = c["name"].split()[0]
    st = {k: who(v) for k, v in staff.items()}
    bank = mh_bank(fn, st, long)
    probs = [copy.deepcopy(bank[k]) for k in keys]
    dur = f"{dur_months} months"
    svcs = [SV("90837", "Individual psychotherapy", "53 minutes", "weekly", f"{dur_months} months", st["T"]),
            SV("90853", "Group psychotherapy (co-occurring disorders group)", "90 minutes", "weekly", f"{dur_months} months", st["T"]),
            SV("99214", "Evaluation and management - medication management", "25 minutes", "every 4 weeks", f"{dur_months} months", st["MD"])]
    svcs += list(svc_extra)
    sd = sig_days or {}
    sigs = [S("client", c["name"], None, add(pd, sd.get("client", 0)), f"{client_label} signature", "wet")]
    roles_ = [("T", "clinician", "Primary Therapist"), ("MD", "physician", "Psychiatrist"),
              ("CM", "other", "Case Manager"), ("PS", "other", "Certified Peer Specialist"),
              ("RN", "other", "Integrated Care Nurse"), ("SUP", "supervisor", "Clinical Supervisor")]
    for k, role, label in roles_:
        if k in staff:
            n, cr, n9 = staff[k]
            sigs.append(S(role, n, cr, add(pd, sd.get(k, 0)), label, "esig", npi_=npi(n9) if n9 else None))
    m = {"agency": agency, "program": program, "payer_text": payer, "client": c, "level_of_care": level,
         "admission": adm, "plan_date": pd, "duration": dur, "duration_end": add_months(pd, dur_months),
         "reviews": [{"date": add(pd, 90), "completed": False}], "dx": dx, "assessments": list(assessments),
         "problems": probs, "services": svcs, "sigs": sigs,
         "presenting": (f"{fn} was referred by primary care after an emergency visit for intoxication and "
                        f"worsening mood. {fn} describes low mood, poor sleep and using alcohol or drugs to cope, with "
                        f"missed medical appointments and two lapses in housing over the past year."),
         "strengths": (f"Strengths: {fn} is motivated to keep custody visits, has a supportive sister, and "
                       f"completed a vocational certificate in 2023. Preferences: afternoon appointments; text reminders."),
         "discharge": discharge or (f"Discharge when mood symptoms stay in the mild range for 2 months, {fn} has 90 days "
                                    f"without substance use, and stable housing is in place; transfer medication care "
                                    f"to primary care.")}
    return finalize(m)


def mk_sud(c, agency, program, payer, staff, keys, pd, adm, dx, stay, level, los_text=None, services=None,
           sig_days=None, client_label="Patient", with_services=True):
    fn = c["name"].split()[0]
    st = {k: who(v) for k, v in staff.items()}
    bank = sud_bank(fn, st, stay)
    probs = [copy.deepcopy(bank[k]) for k in keys]
    sd = sig_days or {}
    sigs = [S("client", c["name"], None, add(pd, sd.get("client", 0)), f"{client_label} signature", "wet")]
    roles_ = [("C", "clinician", "Primary Counselor"), ("MD", "physician", "Medical Director / Physician"),
              ("RN", "other", "Registered Nurse"), ("CM", "other", "Case Manager"),
              ("PS", "other", "Peer Recovery Advocate"), ("SUP", "supervisor", "Clinical Supervisor (Qualified Professional)")]
    for k, role, label in roles_:
        if k in staff:
            n, cr, n9 = staff[k]
            sigs.append(S(role, n, cr, add(pd, sd.get(k, 0)), label, "esig", npi_=npi(n9) if n9 else None))
    if services is None and with_services:
        services = [SV("H0018", "Residential treatment, short term (per diem)", "1 day", "daily", f"{stay} days", st.get("C")),
                    SV("H0004", "Individual counseling", "45 minutes", "2 times per week", f"{stay} days", st.get("C")),
                    SV("H0005", "Group counseling", "90 minutes", "5 times per week", f"{stay} days", st.get("C")),
                    SV("H0016", "Medical/somatic services, physician", "20 minutes", "2 times per week", f"{stay} days", st.get("MD")),
                    SV("H0048", "Alcohol and drug testing (collection)", "1 specimen", "2 times per week", f"{stay} days", st.get("RN"))]
    m = {"agency": agency, "program": program, "payer_text": payer, "client": c, "level_of_care": level,
         "admission": adm, "plan_date": pd, "duration": los_text or f"{stay} days",
         "duration_end": add(adm, stay), "reviews": [{"date": add(pd, 7), "completed": False}],
         "dx": dx, "problems": probs, "services": services or [], "sigs": sigs,
         "presenting": (f"{fn} was admitted from the emergency department after a 5-day binge. {fn} reports "
                        f"three prior detox admissions, no outpatient care since 2023, and wants to keep a job offer."),
         "strengths": f"{fn} is employed seasonally, has a supportive sister and completed detox twice before.",
         "discharge": (f"{fn} will be discharged when objectives are met, withdrawal is resolved, and a continuing-care "
                       f"appointment and a recovery residence bed are confirmed.")}
    return finalize(m)


def mk_ntp(c, agency, staff, keys, pd, adm, dx, review, sig_days=None):
    fn = c["name"].split()[0]
    st = {k: who(v) for k, v in staff.items()}
    bank = ntp_bank(fn, st)
    probs = [copy.deepcopy(bank[k]) for k in keys]
    sd = sig_days or {}
    sigs = [S("client", c["name"], None, add(pd, sd.get("client", 0)), "Patient", "wet")]
    for k, role, label in [("C", "clinician", "Primary Counselor"), ("SUP", "supervisor", "Supervising Counselor"),
                           ("MD", "physician", "Medical Director"), ("RN", "other", "Nurse")]:
        if k in staff:
            n, cr, n9 = staff[k]
            sigs.append(S(role, n, cr, add(pd, sd.get(k, 0)), label, "esig", npi_=npi(n9) if n9 else None))
    services = [SV("H0020", "Methadone administration and medical oversight", "1 dose", "daily", "12 months", st["MD"]),
                SV("H0004", "Individual counseling", "50 minutes", "2 times per month", "12 months", st["C"]),
                SV("H0005", "Group counseling (relapse prevention)", "60 minutes", "weekly", "12 months", st["C"]),
                SV("H0048", "Observed urine drug testing", "1 specimen", "monthly", "12 months", st["RN"])]
    m = {"agency": agency, "program": "Narcotic Treatment Program - methadone maintenance",
         "payer_text": "Medi-Cal (DMC-ODS)", "client": c, "level_of_care": "OTP - methadone maintenance",
         "admission": adm, "plan_date": pd, "duration": "12 months (maintenance; reviewed every 3 months)",
         "duration_end": add_months(adm, 12), "reviews": [{"date": review, "completed": False}],
         "dx": dx, "problems": probs, "services": services, "sigs": sigs,
         "presenting": (f"{fn} started methadone maintenance on the admission date after 8 years of opioid use, "
                        f"two non-fatal overdoses and a failed buprenorphine trial."),
         "strengths": f"{fn} works day labor, has a partner in recovery and kept every intake appointment.",
         "discharge": "Maintenance is open-ended; taper only at the patient's request with medical approval. "
                      "Transfer to an office-based provider when stable for 12 months."}
    return finalize(m)


def mk_therapy(c, agency, staff, keys, ft, dx, cert_days=89, weeks=12, sig_days=None, assessments=(),
               md_cred=None, pd=None):
    fn = c["name"].split()[0]
    st = {k: who(v) for k, v in staff.items()}
    bank = therapy_bank(fn, st, weeks)
    pd = pd or ft
    probs = [copy.deepcopy(bank[k]) for k in keys]
    sd = sig_days or {}
    sigs = []
    for k, label in [("PT", "Physical Therapist"), ("OT", "Occupational Therapist"), ("SLP", "Speech-Language Pathologist")]:
        if k in staff:
            n, cr, n9 = staff[k]
            sigs.append(S("clinician", n, cr, add(pd, sd.get(k, 0)), label, "typed", npi_=npi(n9)))
    n, cr, n9 = staff["MD"]
    sigs.append(S("physician", n, md_cred or cr, add(pd, sd.get("MD", 5)), "Physician/NPP", "slash", npi_=npi(n9)))
    services = []
    seen = set()
    for pr in probs:
        for g in pr["goals"]:
            for it in g["ints"]:
                if it["code"] in seen:
                    continue
                seen.add(it["code"])
                services.append(SV(it["code"], it["desc"], it["amount"], it["freq"], f"{weeks} weeks", it["who"]))
    period_end = add(ft, cert_days)
    m = {"agency": agency, "program": "Outpatient rehabilitation", "payer_text": "Medicare Part B", "client": c,
         "first_tx": ft, "plan_date": pd, "period": (ft, period_end), "duration": f"{weeks} weeks",
         "reviews": [{"date": period_end, "completed": False, "kind": "recertification"}],
         "dx": dx, "problems": probs, "services": services, "sigs": sigs, "assessments": list(assessments),
         "referrer": "", "onset": "",
         "presenting": (f"{fn} lived alone independently and drove before the onset; now walks short distances "
                        f"with an assistive device and needs help with dressing and bathing. Goals: return home "
                        f"safely, resume church and grocery shopping.")}
    return finalize(m)


def mk_hh(c, agency, staff, keys, soc, dx, sig_days=None, md_cred=None, recert_offset=55):
    fn = c["name"].split()[0]
    st = {k: who(v) for k, v in staff.items()}
    bank = hh_bank(fn, st, 59)
    probs = [copy.deepcopy(bank[k]) for k in keys]
    sd = sig_days or {}
    sigs = []
    n, cr, n9 = staff["SN"]
    sigs.append(S("clinician", n, cr, add(soc, sd.get("SN", 0)), "Nurse's signature and date of verbal SOC", "typed"))
    if "PT" in staff:
        n, cr, n9 = staff["PT"]
        sigs.append(S("clinician", n, cr, add(soc, sd.get("PT", 1)), "Physical therapist (evaluation)", "typed"))
    n, cr, n9 = staff["MD"]
    sigs.append(S("physician", n, md_cred or cr, add(soc, sd.get("MD", 9)), "Attending physician", "esig", npi_=npi(n9)))
    m = {"agency": agency, "program": "Home health", "payer_text": "Medicare Part A", "client": c,
         "first_tx": soc, "plan_date": soc, "period": (soc, add(soc, 59)), "duration": "60 days (certification period)",
         "reviews": [{"date": add(soc, recert_offset), "completed": False, "kind": "recertification"}],
         "dx": dx, "problems": probs, "services": [], "sigs": sigs, "provider_no": "" ,
         "presenting": f"{fn} was discharged home from hospital after the admission described above."}
    return finalize(m)


def mk_aba(c, agency, staff, guardian, keys, pd, dx, assess_date, sig_days=None, months=6, review_days=None):
    fn = c["name"].split()[0]
    bank = aba_bank(fn, guardian[1])
    probs = [copy.deepcopy(bank[k]) for k in keys]
    sd = sig_days or {}
    start = add(pd, 7)
    end = add(add_months(start, months), -1)
    sigs = [S("guardian", guardian[0], None, add(pd, sd.get("G", 1)), "Parent/Guardian", "wet")]
    for k, role, label in [("BCBA", "clinician", "Supervising BCBA"), ("DIR", "supervisor", "Clinical Director"),
                           ("RBT", "other", "Lead RBT")]:
        if k in staff:
            n, cr, n9 = staff[k]
            sigs.append(S(role, n, cr, add(pd, sd.get(k, 0)), label, "typed", npi_=npi(n9) if n9 else None))
    b = who(staff["BCBA"])
    services = [SV("97153", "Adaptive behavior treatment by protocol (RBT)", "1560 units", None, None, "RBT", hours="15 hours/week"),
                SV("97155", "Protocol modification by BCBA", "312 units", None, None, b, hours="3 hours/week"),
                SV("97156", "Family adaptive behavior treatment guidance", "208 units", None, None, b, hours="2 hours/week"),
                SV("97158", "Group adaptive behavior treatment (social skills)", "104 units", None, None, b, hours="1 hour/week")]
    m = {"agency": agency, "program": "ABA services", "payer_text": "Commercial (self-funded employer plan)",
         "client": c, "guardian": f"{guardian[0]} ({guardian[2]})", "plan_date": pd, "period": (start, end),
         "duration_end": end, "reviews": [{"date": add(pd, review_days or 170), "completed": False}],
         "dx": dx, "problems": probs, "services": services, "sigs": sigs,
         "assessments": [{"inst": "VB-MAPP", "date": assess_date, "scores": "Milestones 58/170; Barriers 24"},
                         {"inst": "Vineland-3 (parent interview form)", "date": assess_date,
                          "scores": "ABC 64; Communication 61; Daily Living 68; Socialization 60"},
                         {"inst": "Functional behavior assessment (interview and observation)", "date": assess_date,
                          "scores": "Elopement: access/escape; aggression: escape"}],
         "presenting": (f"{fn} was diagnosed with autism spectrum disorder and has limited functional language, "
                        f"elopement in community settings, and is not toilet trained.")}
    return finalize(m)


# ---------------------------------------------------------------------------------------------
# People (all invented). Staff: (name, credential, 9-digit NPI seed or None)
# ---------------------------------------------------------------------------------------------
def CL(name, dob, member, mrn):
    return {"name": name, "dob": D(dob), "member_id": member, "mrn": mrn}


MH_STAFF = [
    {"T": ("Aurelio Banks", "LCSW", "162839471"), "MD": ("Priya Venkataraman", "MD", "174920385"),
     "CM": ("Denise Holloway", "BSW", None), "PS": ("Tomas Ekwueme", "CPS", None), "RN": ("Hannah Lindqvist", "RN", None)},
    {"T": ("Jolene Farraday", "LPC", "118273645"), "MD": ("Oluwaseun Adebayo-Kent", "DO", "150293847"),
     "CM": ("Marcus Trevino", "BA, TCM", None), "PS": ("Lorraine Witt", "CRPS", None), "RN": ("Kyle Amundsen", "RN", None)},
    {"T": ("Imani Castellanos", "PsyD", "137465829"), "MD": ("Harold Brennan-Soto", "MD", "192837465"),
     "CM": ("Yvette Okafor", "MSW", None), "PS": ("Derek Saldana", "CPRS", None), "RN": ("Beatriz Nunes", "RN, BSN", None),
     "SUP": ("Gwendolyn Pratt", "LCSW-C", None)},
    {"T": ("Nathaniel Oduya", "LMFT", "145362718"), "MD": ("Sofia Reinholt", "MD", "163748291"),
     "CM": ("Carla Dominguez", "BSW", None), "RN": ("Ethan Marsh", "LPN", None)},
]
SUD_STAFF = [
    {"C": ("Roxanne Delacroix-Pugh", "CASAC", None), "MD": ("Samuel Oyelaran", "MD", "173829104"),
     "RN": ("Gretchen Albrecht", "RN", None), "CM": ("Felix Navarro", "CASAC-T", None), "PS": ("Dana Rourke", "CRPA", None)},
    {"C": ("Terrence Ubaldo", "LCDC", None), "MD": ("Margaret Ostrowski", "DO", "128374650"),
     "RN": ("Luis Carvajal", "RN", None), "CM": ("Shonda Merriweather", "BS", None), "PS": ("Ray Kettleman", "PRSS", None)},
    {"C": ("Alondra Pineda", "CAP", None), "MD": ("Vikram Sethuraman", "MD", "139485726"),
     "RN": ("Colleen Fitzhugh", "RN", None), "CM": ("Omar Haddad", "BSW", None),
     "SUP": ("Bernadette Kowalczyk", "LMHC, QP", None)},
    {"C": ("Quentin Ashby", "CADC-II", None), "MD": ("Elena Marisol Ferrante", "MD", "147362519"),
     "RN": ("Jin-Woo Park", "RN", None), "CM": ("Trina Valdez", "BA", None), "SUP": ("Leticia Obuya", "LAADC", None)},
]
THER_STAFF = [
    {"PT": ("Rebecca Lanfranchi", "PT, DPT", "120394857"), "OT": ("Kwame Asante", "OTR/L", "138475960"),
     "SLP": ("Ingrid Sorensen", "MS, CCC-SLP", "146273859"), "MD": ("Alan Whitcombe", "MD", "157384920")},
    {"PT": ("Diego Barrientos", "PT", "163849205"), "OT": ("Marguerite Ellison", "OT", "171829304"),
     "SLP": ("Priyanka Deshpande", "CCC-SLP", "182736405"), "MD": ("Nora Castellano", "NP", "119283746")},
]
HH_STAFF = [
    {"SN": ("Patricia Olorunfemi", "RN", None), "PT": ("Greg Halvorsen", "PT", None), "OT": ("Ana Lucia Prado", "OTR", None),
     "MSW": ("Keisha Vandermeer", "MSW", None), "MD": ("Robert Kaminski", "MD", "130495867")},
    {"SN": ("Joy Abernathy-Lee", "RN", None), "PT": ("Tobias Wren", "DPT", None), "OT": ("Celeste Moreau", "OT", None),
     "MSW": ("Hector Villanueva", "LCSW", None), "MD": ("Amina Rahimi", "DO", "141526374")},
]
ABA_STAFF = [
    {"BCBA": ("Melissa Hargrove", "BCBA", "152637481"), "DIR": ("Jonathan Pell", "BCBA-D", None),
     "RBT": ("Sierra Blackwood", "RBT", None)},
    {"BCBA": ("Raul Espinoza-Tate", "BCBA, LBA", "168273940"), "DIR": ("Anneliese Croft", "BCBA-D, LBA", None),
     "RBT": ("Kiara Monteiro", "RBT", None)},
]


def swap(staff, **kw):
    s = dict(staff)
    s.update(kw)
    return s


def mh_services(st, peer=True, cm=True, rn=False, fam=False, dur=6):
    out = []
    if cm:
        out.append(SV("T1016", "Case management", "4 units (15 minutes each)", "weekly", f"{dur} months", who(st.get("CM"))))
    if peer:
        out.append(SV("H0038", "Peer support services", "60 minutes", "weekly", f"{dur} months", who(st.get("PS"))))
    if rn:
        out.append(SV("T1002", "RN services (care management)", "30 minutes", "every 2 weeks", f"{dur} months", who(st.get("RN"))))
    if fam:
        out.append(SV("90847", "Family psychotherapy with client present", "50 minutes", "every 2 weeks", f"{dur} months", who(st.get("T"))))
    return out


# ---------------------------------------------------------------------------------------------
# The plans
# ---------------------------------------------------------------------------------------------
PLANS = []


def plan(pid, slug, family, profiles, as_of, m, gaps=(), unsure=(), notes="", layout="", opts=None, ext="docx",
         discipline=None):
    PLANS.append({"id": pid, "file": f"{pid}_{slug}.{ext}", "family": family, "profiles": profiles,
                  "as_of": as_of, "m": m, "gaps": [list(g) for g in gaps], "unsure": list(unsure),
                  "notes": notes, "layout": layout, "opts": opts or {}, "discipline": discipline})


MED = "medicare-psychotherapy"
PA = "pa-55-5200"
BASE = "base-treatment-plan"


def build_all():
    # ---- o01 clean: co-occurring MDD + AUD + diabetes + housing, PA clinic, EHR grid
    st = MH_STAFF[0]
    pd = D("2026-01-21")
    m = mk_mh(CL("Marisol Quintanilla-Reyes", "1979-03-14", "1EG4TE5MK73", "BH-204417"),
              "Riverbend Community Behavioral Health", "Co-Occurring Disorders Outpatient Clinic",
              "Medicare Part B / PA Medical Assistance (secondary)", st,
              ["depression", "alcohol", "diabetes", "housing", "safety", "peer"], pd, D("2026-01-06"),
              [Dx("F33.1", "Major depressive disorder, recurrent, moderate", True), Dx("F10.20", "Alcohol dependence, uncomplicated"),
               Dx("E11.65", "Type 2 diabetes mellitus with hyperglycemia"), Dx("Z59.01", "Sheltered homelessness")],
              svc_extra=mh_services(st, rn=True), sig_days={"client": 0, "T": 0, "MD": 3, "CM": 1, "PS": 1, "RN": 2},
              assessments=[{"inst": "PHQ-9", "date": D("2026-01-06"), "scores": "19"},
                           {"inst": "AUDIT", "date": D("2026-01-06"), "scores": "24"}])
    plan("o01", "cooccurring_grid", "grid", [MED, PA], D("2026-02-18"), m,
         notes="Clean. Six problems (MDD, alcohol, diabetes, housing, safety, peer support), 17 objectives all dated, "
               "seven services with amount/frequency/duration, six signers incl. psychiatrist MD; plan 15 days after intake.",
         layout="EHR grid: form table, per-problem objective and intervention tables, signature table",
         opts={"ds": "us", "cw": "Client", "adm_label": "Intake Date"})

    # ---- o02 gap: one objective of 16 without a target date (narrative)
    st = MH_STAFF[1]
    pd = D("2026-02-03")
    m = mk_mh(CL("Darnell Whitacre", "1968-11-02", "4TR9HU2KD58", "CMH-55810"),
              "Lakeshore Integrated Health", "Adult Outpatient", "Medicare", st,
              ["ptsd", "alcohol", "hypertension", "medication", "family", "safety"], pd, D("2026-01-20"),
              [Dx("F43.12", "Post-traumatic stress disorder, chronic", True), Dx("F10.20", "Alcohol dependence, uncomplicated"),
               Dx("I10", "Essential (primary) hypertension"), Dx("Z63.0", "Problems in relationship with spouse or partner")],
              svc_extra=mh_services(st, fam=True), sig_days={"T": 0, "MD": 2, "CM": 2, "PS": 3, "RN": 1, "client": 0})
    m["problems"][1]["goals"][0]["objs"][1]["target"] = None
    plan("o02", "ptsd_aud_narrative", "narrative", [MED], D("2026-03-04"), m,
         gaps=[["objective-not-time-bound"]],
         notes="Objective 2.2 (mutual-support meetings) has an empty 'Target date:' and its goal has no date; the "
               "other 15 objectives are dated. Warning under medicare-psychotherapy.",
         layout="Narrative paragraphs with run-in labels, bullet interventions, /s/ and e-signature lines",
         opts={"ds": "long", "cw": "Individual Served"})

    # ---- o03 gap: client signature line blank (PA)
    st = MH_STAFF[2]
    pd = D("2026-01-28")
    m = mk_mh(CL("Genevieve Strand", "1985-06-30", "7KD3PW1QA92", "ITP-30991"),
              "Northgate Counseling & Recovery", "Integrated Co-Occurring Outpatient", "Medicare Part B", st,
              ["depression", "anxiety", "opioid", "tobacco", "housing"], pd, D("2026-01-12"),
              [Dx("F33.1", "Major depressive disorder, recurrent, moderate", True), Dx("F41.0", "Panic disorder [episodic paroxysmal anxiety]"),
               Dx("F11.20", "Opioid dependence, uncomplicated"), Dx("F17.210", "Nicotine dependence, cigarettes, uncomplicated")],
              svc_extra=mh_services(st, rn=True), sig_days={"T": 0, "MD": 4, "CM": 1, "PS": 1, "RN": 1, "SUP": 2},
              client_label="Consumer")
    m["sigs"][0]["signed"] = False
    m["sigs"][0]["date"] = None
    plan("o03", "integrated_outline_sdt", "outline", [MED, PA], D("2026-02-25"), m,
         gaps=[["signature-missing"]],
         notes="The consumer's signature line is blank (no signature, no date); six staff signers (therapist, MD, "
               "case manager, peer, nurse, supervisor) all signed. PA requires the individual's dated signature.",
         layout="Outline numbering, label values in content controls, goal cells with nested objective and intervention tables, a tracked change",
         opts={"ds": "iso", "cw": "Consumer", "sdt": True, "track": ("Adult Outpatient", "Integrated Co-Occurring Outpatient")})

    # ---- o04 gaps: peer-support service without session length; diabetes diagnosis written without a code
    st = MH_STAFF[3]
    st = swap(st, PS=("Wendell Oakes", "CPS", None))
    pd = D("2026-02-10")
    m = mk_mh(CL("Evangeline Moss", "1959-09-18", "3PX8VN6TR14", "R-88213"),
              "Cedar Hollow Behavioral Health", "Senior Co-Occurring Program", "Medicare", st,
              ["anxiety", "alcohol", "diabetes", "medication", "peer"], pd, D("2026-01-29"),
              [Dx("F41.1", "Generalized anxiety disorder", True), Dx("F10.20", "Alcohol dependence, uncomplicated"),
               Dx(None, "Type 2 diabetes mellitus with hyperglycemia", status="none"), Dx("G47.00", "Insomnia, unspecified")],
              svc_extra=mh_services(st, rn=True), sig_days={"T": 0, "MD": 1, "CM": 0, "PS": 2, "RN": 2}, client_label="Member")
    for s in m["services"]:
        if s["code"] == "H0038":
            s["amount"] = None
    plan("o04", "senior_form", "form", [MED], D("2026-03-10"), m,
         gaps=[["amount-missing"], ["diagnosis-code-missing"]],
         notes="Peer support (H0038) row of the service schedule has no session length (the other six services do); "
               "the third of four diagnoses (type 2 diabetes with hyperglycemia) has no ICD-10-CM code.",
         layout="Checkbox form: boxed problem tables, service grid, one attestation box per signer",
         opts={"ds": "dash", "cw": "Member"})

    # ---- o05 clean: seven problems, landscape grid
    st = MH_STAFF[0]
    pd = D("2026-03-02")
    m = mk_mh(CL("Raymond Achebe-Larkin", "1990-01-25", "6WJ4RC8PL33", "BH-219004"),
              "Riverbend Community Behavioral Health", "Opioid Treatment and Recovery Clinic", "Medicare Part B", st,
              ["ptsd", "opioid", "safety", "housing", "peer", "tobacco", "diabetes"], pd, D("2026-02-16"),
              [Dx("F43.12", "Post-traumatic stress disorder, chronic", True), Dx("F11.20", "Opioid dependence, uncomplicated"),
               Dx("E11.9", "Type 2 diabetes mellitus without complications"), Dx("F17.210", "Nicotine dependence, cigarettes, uncomplicated"),
               Dx("Z59.01", "Sheltered homelessness")],
              svc_extra=mh_services(st, rn=True), sig_days={"T": 0, "MD": 1, "CM": 0, "PS": 2, "RN": 3})
    plan("o05", "seven_problems_landscape", "grid", [MED], D("2026-03-30"), m,
         notes="Clean. Seven problems, 21 objectives all dated, seven services complete, five diagnoses billable, six signers.",
         layout="Landscape EHR grid with team table (NPIs), measures table, objective/intervention tables",
         opts={"ds": "us", "cw": "Patient", "landscape": True, "goal_dates": False})

    # ---- o06 gap: one of four diagnosis codes is a category (F43.1)
    st = MH_STAFF[1]
    pd = D("2026-01-14")
    m = mk_mh(CL("Callum Birchfield", "1972-07-07", "8DM2XE5HN70", "CMH-54122"),
              "Lakeshore Integrated Health", "Adult Outpatient", "Medicare Part B", st,
              ["depression", "medication", "hypertension", "family", "alcohol"], pd, D("2025-12-29"),
              [Dx("F33.1", "Major depressive disorder, recurrent, moderate", True), Dx("F43.1", "Post-traumatic stress disorder", status="nb"),
               Dx("F10.20", "Alcohol dependence, uncomplicated"), Dx("I10", "Essential (primary) hypertension")],
              svc_extra=mh_services(st, fam=True), sig_days={"T": 0, "MD": 5, "CM": 1, "PS": 1, "RN": 0})
    plan("o06", "mdd_narrative_pa", "narrative", [MED, PA], D("2026-02-12"), m,
         gaps=[["diagnosis-code-not-billable"]],
         notes="Second of four diagnoses is written F43.1 (category; needs F43.10/F43.11/F43.12). Plan 16 days after intake.",
         layout="Narrative with run-in labels; diagnoses as paragraphs; /s/ signature lines",
         opts={"ds": "abbr", "cw": "Client", "adm_label": "Intake/assessment date"})

    # ---- o07 gap: treating therapist signed without a credential (one of six signers)
    st = swap(MH_STAFF[2], T=("Dana Whitlock", None, None))
    st.pop("SUP")
    pd = D("2026-02-17")
    m = mk_mh(CL("Loretta Finchley", "1964-04-22", "2AB7CD9EF15", "ITP-31206"),
              "Northgate Counseling & Recovery", "Integrated Co-Occurring Outpatient", "Medicare Part B", st,
              ["depression", "alcohol", "housing", "diabetes", "safety"], pd, D("2026-02-03"),
              [Dx("F32.1", "Major depressive disorder, single episode, moderate", True), Dx("F10.20", "Alcohol dependence, uncomplicated"),
               Dx("E11.65", "Type 2 diabetes mellitus with hyperglycemia"), Dx("Z59.00", "Homelessness unspecified")],
              svc_extra=mh_services(st, rn=True), sig_days={"T": 0, "MD": 2, "CM": 1, "PS": 1, "RN": 1})
    plan("o07", "therapist_no_credential", "grid", [MED], D("2026-03-16"), m,
         gaps=[["credential-missing"]],
         notes="Primary therapist signs as 'Dana Whitlock' with no credential anywhere on the plan; the psychiatrist, "
               "case manager, peer and nurse show theirs.",
         layout="EHR grid, signature table with role/name/signature/date columns",
         opts={"ds": "us1", "cw": "Client"})

    # ---- o08 gap: plan 41 days after intake (PA 30)
    st = MH_STAFF[3]
    st = swap(st, PS=("Bettina Krall", "CPS", None))
    adm = D("2026-01-05")
    pd = add(adm, 41)
    m = mk_mh(CL("Ignatius Moreno-Blaine", "1981-12-09", "5FG6HJ7KL28", "CH-70455"),
              "Cedar Hollow Behavioral Health", "Adult Outpatient", "Medicare Part B", st,
              ["anxiety", "ptsd", "alcohol", "peer", "diabetes"], pd, adm,
              [Dx("F41.1", "Generalized anxiety disorder", True), Dx("F43.10", "Post-traumatic stress disorder, unspecified"),
               Dx("F10.20", "Alcohol dependence, uncomplicated"), Dx("E11.9", "Type 2 diabetes mellitus without complications")],
              svc_extra=mh_services(st), sig_days={"T": 0, "MD": 3, "CM": 0, "PS": 0, "RN": 1}, client_label="Consumer")
    plan("o08", "late_plan_outline", "outline", [MED, PA], D("2026-03-20"), m,
         gaps=[["plan-late"]],
         notes=f"Intake {adm.isoformat()}, plan {pd.isoformat()}: 41 days, over Pennsylvania's 30.",
         layout="Outline numbering with nested goal tables (no content controls), comment on a QA line",
         opts={"ds": "us", "cw": "Consumer", "comment": "Plan completed after the 30-day window - see supervisor note.",
               "adm_label": "Intake date"})

    # ---- o09 gap: expected duration 12 months (must be under 1 year)
    st = MH_STAFF[0]
    pd = D("2026-02-24")
    m = mk_mh(CL("Philippa Oyelowo", "1977-05-05", "9QW8ER7TY61", "BH-220917"),
              "Riverbend Community Behavioral Health", "Co-Occurring Disorders Outpatient Clinic", "Medicare", st,
              ["depression", "opioid", "housing", "tobacco"], pd, D("2026-02-09"),
              [Dx("F33.2", "Major depressive disorder, recurrent severe without psychotic features", True),
               Dx("F11.20", "Opioid dependence, uncomplicated"), Dx("F17.210", "Nicotine dependence, cigarettes, uncomplicated"),
               Dx("Z59.01", "Sheltered homelessness")],
              dur_months=12, svc_extra=mh_services(st, dur=12), sig_days={"T": 0, "MD": 1, "CM": 0, "PS": 0, "RN": 0})
    plan("o09", "twelve_month_form", "form", [MED], D("2026-03-23"), m,
         gaps=[["duration-exceeds-limit"]],
         notes="Projected length of treatment and every service duration are 12 months; the NGS article needs less than one year.",
         layout="Checkbox form with boxed problems and attestation boxes",
         opts={"ds": "us", "cw": "Client"})

    # ---- o10 clean: PA + Medicare, six problems
    st = MH_STAFF[1]
    pd = D("2026-03-09")
    m = mk_mh(CL("Winifred Castellane", "1955-10-12", "1HJ5KL8MN27", "CMH-56307"),
              "Lakeshore Integrated Health", "Older Adult Outpatient", "Medicare Part B", st,
              ["anxiety", "depression", "alcohol", "hypertension", "family", "peer"], pd, D("2026-02-23"),
              [Dx("F41.1", "Generalized anxiety disorder", True), Dx("F33.1", "Major depressive disorder, recurrent, moderate"),
               Dx("F10.20", "Alcohol dependence, uncomplicated"), Dx("I10", "Essential (primary) hypertension")],
              svc_extra=mh_services(st, fam=True), sig_days={"T": 0, "MD": 2, "CM": 1, "PS": 1, "RN": 1})
    plan("o10", "older_adult_grid", "grid", [MED, PA], D("2026-04-02"), m,
         notes="Clean. Six problems, 15 dated objectives, seven services, psychiatrist (DO) approval; plan 14 days after intake.",
         layout="EHR grid, portrait",
         opts={"ds": "abbr", "cw": "Individual", "adm_label": "Intake Date", "part2": True})

    # ---- o11 gaps: one vague objective among 15; no member ID
    st = MH_STAFF[2]
    st = {k: v for k, v in st.items() if k != "SUP"}
    pd = D("2026-01-19")
    m = mk_mh(CL("Theodora Vance-Okoro", "1988-08-16", None, "ITP-30644"),
              "Northgate Counseling & Recovery", "Integrated Co-Occurring Outpatient", "Medicare Part B", st,
              ["ptsd", "depression", "alcohol", "medication", "housing", "peer"], pd, D("2026-01-05"),
              [Dx("F43.12", "Post-traumatic stress disorder, chronic", True), Dx("F33.1", "Major depressive disorder, recurrent, moderate"),
               Dx("F10.20", "Alcohol dependence, uncomplicated")],
              svc_extra=mh_services(st), sig_days={"T": 0, "MD": 1, "CM": 0, "PS": 0, "RN": 2})
    m["problems"][1]["goals"][0]["objs"][2] = {"stmt": "Explore feelings about the loss of her mother and how grief affects her mood.",
                                               "days": 60, "target": add(pd, 60), "baseline": None, "vague": True, "mastery": None}
    plan("o11", "ptsd_narrative_noid", "narrative", [MED], D("2026-02-20"), m,
         gaps=[["objective-not-measurable"], ["field-missing"]],
         notes="Objective 2.3 ('Explore feelings about the loss of her mother...') names no measure or level (warning). "
               "No member/Medicare ID anywhere (only an internal record number).",
         layout="Narrative; identifying lines with tabs; e-signature lines",
         opts={"ds": "long", "cw": "Client"})

    # ---- o12 clean FHIR
    st = MH_STAFF[3]
    st = swap(st, PS=("Wendell Oakes", "CPS", None))
    pd = D("2026-02-02")
    m = mk_mh(CL("Augustin Pereira-Lowe", "1970-02-27", "6TY5UI4OP39", "CH-71102"),
              "Cedar Hollow Behavioral Health", "Adult Outpatient", "Medicare Part B", st,
              ["depression", "alcohol", "diabetes"], pd, D("2026-01-20"),
              [Dx("F33.1", "Major depressive disorder, recurrent, moderate", True), Dx("F10.20", "Alcohol dependence, uncomplicated"),
               Dx("E11.65", "Type 2 diabetes mellitus with hyperglycemia")],
              svc_extra=[], sig_days={"T": 0, "MD": 2, "CM": 0, "PS": 0, "RN": 1})
    plan("o12", "fhir_bundle", "fhir", [MED], D("2026-03-02"), m, ext="json",
         notes="Clean. FHIR R4 collection Bundle: Patient (MBI), Conditions, Goals with milestone objectives and due dates, "
               "ServiceRequests with timing text and minutes, CarePlan with period and duration text, Provenance signatures.",
         layout="FHIR R4 Bundle (collection)")

    # ---- o13 clean: base + PA Medicaid clinic, master grid
    st = MH_STAFF[2]
    pd = D("2026-02-11")
    m = mk_mh(CL("Jasper Teodorescu", "1994-03-03", "PA-0092281734", "ITP-31544"),
              "Northgate Counseling & Recovery", "Licensed Psychiatric Outpatient Clinic", "PA Medical Assistance (HealthChoices)", st,
              ["depression", "safety", "alcohol", "housing", "medication", "family"], pd, D("2026-01-20"),
              [Dx("F31.81", "Bipolar II disorder", True), Dx("F10.20", "Alcohol dependence, uncomplicated"),
               Dx("Z59.01", "Sheltered homelessness"), Dx("F17.210", "Nicotine dependence, cigarettes, uncomplicated")],
              svc_extra=mh_services(st, rn=True, fam=True), sig_days={"T": 0, "MD": 6, "CM": 0, "PS": 1, "RN": 1, "SUP": 2})
    plan("o13", "pa_medicaid_master", "master", [BASE, PA], D("2026-03-12"), m,
         notes="Clean. Six problems in one merged-row grid, eight services, seven signers (e-signature stamps); plan 22 days after intake.",
         layout="Landscape master grid with merged problem/goal rows, e-signature stamp boxes",
         opts={"ds": "us", "cw": "Individual"})

    # ================= New York OASAS inpatient rehabilitation =================
    NY = "ny-oasas-818"
    st = SUD_STAFF[0]
    adm = D("2026-02-02")
    pd = add(adm, 5)
    m = mk_sud(CL("Bartholomew Kessler", "1983-04-11", "NY-MC-66029814", "IR-11873"),
               "Hudson Ridge Recovery Center", "Inpatient Rehabilitation (14 NYCRR Part 818)", "NY Medicaid Managed Care", st,
               ["alcohol", "withdrawal", "depression", "family", "legal", "aftercare", "tobacco"], pd, adm,
               [Dx("F10.230", "Alcohol dependence with withdrawal, uncomplicated", True), Dx("F33.1", "Major depressive disorder, recurrent, moderate"),
                Dx("B18.2", "Chronic viral hepatitis C"), Dx("F17.210", "Nicotine dependence, cigarettes, uncomplicated")],
               28, "Inpatient rehabilitation", sig_days={"client": 0, "C": 0, "MD": 3, "RN": 1, "CM": 1, "PS": 2})
    plan("o14", "ny_inpatient_master", "master", [BASE, NY], D("2026-02-27"), m,
         notes="Clean. Seven problems, 16 objectives, five services; plan on day 5, physician (MD) e-signed on day 8 after admission.",
         layout="Landscape master grid with merged problem/goal rows; e-signature stamps",
         opts={"ds": "us", "cw": "Patient"})

    st = SUD_STAFF[1]
    adm = D("2026-01-12")
    pd = add(adm, 4)
    m = mk_sud(CL("Consuelo Arbogast", "1991-09-29", "NY-MC-70413395", "IR-11620"),
               "Hudson Ridge Recovery Center", "Inpatient Rehabilitation (14 NYCRR Part 818)", "NY Medicaid Managed Care", st,
               ["opioid", "withdrawal", "depression", "family", "legal", "aftercare"], pd, adm,
               [Dx("F11.23", "Opioid dependence with withdrawal", True), Dx("F41.1", "Generalized anxiety disorder"),
                Dx("B18.2", "Chronic viral hepatitis C"), Dx("Z65.1", "Imprisonment and other incarceration")],
               28, "Inpatient rehabilitation", sig_days={"client": 0, "C": 0, "MD": 9, "RN": 0, "CM": 1, "PS": 1})
    plan("o15", "ny_late_physician_narrative", "narrative", [BASE, NY], D("2026-02-10"), m,
         gaps=[["signature-late"]],
         notes=f"Physician (DO) signed {add(pd, 9).isoformat()}, 13 days after admission {adm.isoformat()} (limit 10); "
               "the other five signers are on time.",
         layout="Narrative paragraphs, e-signature lines with dates",
         opts={"ds": "long", "cw": "Patient", "adm_label": "Date of admission"})

    st = SUD_STAFF[0]
    adm = D("2026-03-02")
    pd = add(adm, 6)
    m = mk_sud(CL("Ezekiel Thornbury", "1976-01-31", "NY-MC-55192044", "IR-12040"),
               "Hudson Ridge Recovery Center", "Inpatient Rehabilitation (14 NYCRR Part 818)", "Commercial (Empire Plan)", st,
               ["alcohol", "stimulant", "withdrawal", "depression", "legal", "aftercare"], pd, adm,
               [Dx("F10.20", "Alcohol dependence, uncomplicated", True), Dx("F15.20", "Other stimulant dependence, uncomplicated"),
                Dx("K70.30", "Alcoholic cirrhosis of liver without ascites"), Dx("F32.1", "Major depressive disorder, single episode, moderate")],
               28, "Inpatient rehabilitation", sig_days={"client": 0, "C": 0, "MD": 4, "RN": 0, "CM": 0, "PS": 1})
    plan("o16", "ny_grid", "grid", [BASE, NY], D("2026-03-25"), m,
         notes="Clean. Six problems, plan on day 6, physician signed day 10 (the limit), four diagnoses billable.",
         layout="EHR grid with treatment-team table and signature table",
         opts={"ds": "us", "cw": "Patient", "adm_label": "Admission Date"})

    st = SUD_STAFF[1]
    adm = D("2026-02-16")
    pd = add(adm, 9)
    m = mk_sud(CL("Mirela Constantin", "1987-12-20", "NY-MC-61840277", "IR-11955"),
               "Hudson Ridge Recovery Center", "Inpatient Rehabilitation (14 NYCRR Part 818)", "NY Medicaid Managed Care", st,
               ["opioid", "stimulant", "family", "aftercare", "tobacco"], pd, adm,
               [Dx("F11.20", "Opioid dependence, uncomplicated", True), Dx("F14.20", "Cocaine dependence, uncomplicated"),
                Dx("F17.210", "Nicotine dependence, cigarettes, uncomplicated")],
               28, "Inpatient rehabilitation", sig_days={"client": 0, "C": 0, "MD": 1, "RN": 0, "CM": 0, "PS": 0})
    plan("o17", "ny_late_plan_outline", "outline", [BASE, NY], D("2026-03-13"), m,
         gaps=[["plan-late"]],
         notes=f"Admission {adm.isoformat()}, plan {pd.isoformat()} (day 9; limit 7). Physician signed day 10, in time.",
         layout="Outline numbering, values in content controls, nested goal tables",
         opts={"ds": "iso", "cw": "Resident", "sdt": True, "adm_label": "Admission date"})

    # ================= Florida 65D-30 =================
    FL = "fl-65d-30"
    st = SUD_STAFF[2]
    adm = D("2026-01-26")
    pd = add(adm, 12)
    m = mk_sud(CL("Lucius Abernethy", "1979-06-06", "FL-MCD-3308817442", "SR-4471"),
               "Gulf Palms Treatment Center", "Adult Residential", "Florida Medicaid (SMMC)", st,
               ["alcohol", "depression", "family", "legal", "aftercare"], pd, adm,
               [Dx("F10.20", "Alcohol dependence, uncomplicated", True), Dx("F33.1", "Major depressive disorder, recurrent, moderate"),
                Dx("Z56.0", "Unemployment, unspecified")],
               45, "Residential Level 2", sig_days={"client": 0, "C": 0, "MD": 2, "RN": 1, "CM": 1, "SUP": 6})
    plan("o18", "fl_res2_master", "master", [BASE, FL], D("2026-03-02"), m,
         notes="Clean. Residential Level 2, plan on day 12 (limit 15); QP countersigned 6 days after the plan (limit 10).",
         layout="Landscape master grid, e-signature stamps",
         opts={"ds": "us", "cw": "Individual"})

    st = SUD_STAFF[2]
    adm = D("2026-02-09")
    pd = add(adm, 5)
    m = mk_sud(CL("Serafina Lockhart", "1993-02-14", "FL-MCD-3311926051", "SR-4532"),
               "Gulf Palms Treatment Center", "Adult Residential - Level 1", "Florida Medicaid (SMMC)", st,
               ["opioid", "withdrawal", "depression", "aftercare", "family"], pd, adm,
               [Dx("F11.20", "Opioid dependence, uncomplicated", True), Dx("B18.2", "Chronic viral hepatitis C"),
                Dx("F41.1", "Generalized anxiety disorder"), Dx("F17.210", "Nicotine dependence, cigarettes, uncomplicated")],
               28, "Residential Level 1", sig_days={"client": 0, "C": 0, "MD": 1, "RN": 0, "CM": 2, "SUP": 14})
    plan("o19", "fl_res1_late_qp_form", "form", [BASE, FL], D("2026-03-09"), m,
         gaps=[["signature-late"]],
         notes=f"Qualified professional countersigned {add(pd, 14).isoformat()}, 14 days after the plan (limit 10); "
               "plan on day 5 of Residential Level 1 (limit 7) is in time.",
         layout="Checkbox form, attestation box per signer",
         opts={"ds": "us", "cw": "Individual", "member_label": "Medicaid ID"})

    st = SUD_STAFF[2]
    adm = D("2026-03-03")
    pd = add(adm, 2)
    m = mk_sud(CL("Horace Delgado-Pryce", "1969-08-23", "FL-MCD-3290047718", "II-0931"),
               "Gulf Palms Treatment Center", "Intensive Inpatient Unit", "Florida Medicaid (SMMC)", st,
               ["alcohol", "withdrawal", "stimulant", "aftercare"], pd, adm,
               [Dx("F10.239", "Alcohol dependence with withdrawal, unspecified", True), Dx("F15.20", "Other stimulant dependence, uncomplicated"),
                Dx("K70.30", "Alcoholic cirrhosis of liver without ascites")],
               21, "Intensive Inpatient", sig_days={"client": 0, "C": 0, "MD": 1, "RN": 0, "CM": 1, "SUP": 3})
    plan("o20", "fl_intensive_inpatient_narrative", "narrative", [BASE, FL], D("2026-03-20"), m,
         notes="Clean. Intensive inpatient, plan on day 2 (limit 3); QP countersigned 3 days after the plan.",
         layout="Narrative with run-in labels and bullet interventions",
         opts={"ds": "abbr", "cw": "Individual", "adm_label": "Placement/admission date"})

    st = SUD_STAFF[2]
    adm = D("2026-01-20")
    pd = add(adm, 8)
    dsv = [SV("H2012", "Behavioral health day treatment", "5 hours", "5 days per week", "8 weeks", who(st["C"])),
           SV("H0004", "Individual counseling", "45 minutes", "weekly", "8 weeks", who(st["C"])),
           SV("H0005", "Group counseling (relapse prevention)", "60 minutes", None, "8 weeks", who(st["C"])),
           SV("H0016", "Medical services (physician)", "20 minutes", "every 2 weeks", "8 weeks", who(st["MD"])),
           SV("H0048", "Drug screen collection", "1 specimen", "weekly", "8 weeks", who(st["RN"])),
           SV("T1016", "Case management", "30 minutes", "weekly", "8 weeks", who(st["CM"])),
           SV("T1007", "Treatment plan development and review", "30 minutes", "monthly", "8 weeks", who(st["C"]))]
    m = mk_sud(CL("Octavia Brennan-Fields", "1998-05-19", "FL-MCD-3320558190", "DN-2210"),
               "Gulf Palms Treatment Center", "Day/Night Program", "Florida Medicaid (SMMC)", st,
               ["stimulant", "depression", "family", "legal", "aftercare"], pd, adm,
               [Dx("F15.20", "Other stimulant dependence, uncomplicated", True), Dx("F12.20", "Cannabis dependence, uncomplicated"),
                Dx("F43.23", "Adjustment disorder with mixed anxiety and depressed mood")],
               56, "Day or Night Treatment", los_text="8 weeks", services=dsv,
               sig_days={"client": 0, "C": 0, "MD": 2, "RN": 1, "CM": 0, "SUP": 5})
    plan("o21", "fl_daynight_grid", "grid", [BASE, FL], D("2026-02-26"), m,
         gaps=[["frequency-missing"]],
         notes="Group counseling (H0005) row of the seven-row service table has an empty frequency cell. Day or night "
               "treatment plan on day 8 (limit 10).",
         layout="EHR grid with services table",
         opts={"ds": "us", "cw": "Individual", "adm_label": "Admission Date"})

    st = SUD_STAFF[2]
    adm = D("2026-02-02")
    pd = add(adm, 14)
    m = mk_sud(CL("Prudence Okonkwo-Hale", "1975-11-11", "FL-MCD-3287711056", "SR-4609"),
               "Gulf Palms Treatment Center", "Adult Residential - Level 3", "Florida Medicaid (SMMC)", st,
               ["alcohol", "opioid", "depression", "family", "legal", "aftercare"], pd, adm,
               [Dx("F10.20", "Alcohol dependence, uncomplicated", True), Dx("F11.21", "Opioid dependence, in remission"),
                Dx("F33.1", "Major depressive disorder, recurrent, moderate"), Dx("Z56.0", "Unemployment, unspecified")],
               60, "Residential Level 3", sig_days={"client": 0, "C": 0, "MD": 1, "RN": 0, "CM": 1, "SUP": 2})
    plan("o22", "fl_res3_outline", "outline", [BASE, FL], D("2026-03-16"), m,
         notes="Clean. Residential Level 3, plan on day 14 (limit 15); QP countersigned 2 days later.",
         layout="Outline with nested goal tables",
         opts={"ds": "us", "cw": "Individual", "adm_label": "Admission date"})

    # ================= Texas 26 TAC 564 =================
    TX = "tx-26tac-564"
    st = SUD_STAFF[1]
    adm = D("2026-01-07")
    pd = add(adm, 4)
    m = mk_sud(CL("Wilhelmina Garza-Trent", "1984-03-27", "TX-STAR-508812364", "CD-30912"),
               "Pecan Bluff Recovery", "Residential Chemical Dependency Treatment", "Texas Medicaid (STAR)", st,
               ["opioid", "withdrawal", "depression", "family", "legal", "aftercare", "tobacco"], pd, adm,
               [Dx("F11.20", "Opioid dependence, uncomplicated", True), Dx("F32.1", "Major depressive disorder, single episode, moderate"),
                Dx("B18.2", "Chronic viral hepatitis C"), Dx("F17.210", "Nicotine dependence, cigarettes, uncomplicated")],
               30, "Residential (ASAM 3.5)", los_text="30 days", sig_days={"client": 0, "C": 0, "MD": 2, "RN": 0, "CM": 1, "PS": 1})
    plan("o23", "tx_residential_master", "master", [BASE, TX], D("2026-02-05"), m,
         notes="Clean. Seven problems, 16 measurable dated objectives, projected length of stay 30 days, client and LCDC counselor signed and dated.",
         layout="Landscape master grid with merged rows; e-signature stamps",
         opts={"ds": "us", "cw": "Client"})

    st = SUD_STAFF[1]
    adm = D("2026-02-23")
    pd = add(adm, 3)
    m = mk_sud(CL("Anselm Rutherford", "1962-07-15", "TX-STAR-511027739", "CD-31188"),
               "Pecan Bluff Recovery", "Residential Chemical Dependency Treatment", "Texas Medicaid (STAR+PLUS)", st,
               ["stimulant", "depression", "family", "aftercare", "legal"], pd, adm,
               [Dx("F15.20", "Other stimulant dependence, uncomplicated", True), Dx("F33.1", "Major depressive disorder, recurrent, moderate"),
                Dx("Z65.1", "Imprisonment and other incarceration")],
               30, "Residential (ASAM 3.5)", los_text="30 days", sig_days={"client": 0, "C": 0, "MD": 1, "RN": 0, "CM": 0, "PS": 2})
    m["problems"][2]["goals"][0]["objs"][1] = {"stmt": "Gain insight into the role of shame in past relapses.", "days": 21,
                                               "target": add(pd, 21), "baseline": None, "vague": True, "mastery": None}
    plan("o24", "tx_vague_objective_form", "form", [BASE, TX], D("2026-03-18"), m,
         gaps=[["objective-not-measurable"]],
         notes="Objective 3B ('Gain insight into the role of shame in past relapses') is dated but names no measure; "
               "the other ten objectives are measurable.",
         layout="Checkbox form with boxed problems and attestation boxes",
         opts={"ds": "dash", "cw": "Client"})

    st = SUD_STAFF[0]
    adm = D("2026-01-26")
    pd = add(adm, 3)
    m = mk_sud(CL("Cordelia Fairweather", "1989-10-04", "TX-STAR-507733120", "CD-30977"),
               "Pecan Bluff Recovery", "Residential Chemical Dependency Treatment", "Texas Medicaid (STAR)", st,
               ["alcohol", "depression", "family", "legal", "aftercare", "tobacco"], pd, adm,
               [Dx("F10.20", "Alcohol dependence, uncomplicated", True), Dx("F41.1", "Generalized anxiety disorder"),
                Dx("F17.210", "Nicotine dependence, cigarettes, uncomplicated")],
               30, "Residential (ASAM 3.5)", sig_days={"client": 0, "C": 0, "MD": 2, "RN": 0, "CM": 0, "PS": 1})
    m["duration"] = None
    for s in m["services"]:
        s["duration"] = None
    m["problems"][3]["goals"][0]["objs"] = []
    plan("o25", "tx_no_los_outline", "outline", [BASE, TX], D("2026-02-25"), m,
         gaps=[["duration-missing"], ["objective-missing"]],
         notes="No projected length of stay or service duration anywhere; the goal of problem 3.4 (legal/vocational) "
               "has interventions but no objectives.",
         layout="Outline numbering, content controls, nested goal tables",
         opts={"ds": "us", "cw": "Client", "sdt": True})

    st = SUD_STAFF[1]
    adm = D("2026-02-04")
    pd = add(adm, 6)
    iop = [SV("H0015", "Intensive outpatient program (3 hours per day)", "3 hours", "3 days per week", "12 weeks", who(st["C"])),
           SV("H0004", "Individual counseling", "45 minutes", "weekly", "12 weeks", who(st["C"])),
           SV("H0048", "Drug screen collection", "1 specimen", "weekly", "12 weeks", who(st["RN"])),
           SV("T1016", "Case management", "30 minutes", "every 2 weeks", "12 weeks", who(st["CM"]))]
    m = mk_sud(CL("Desmond Achterberg", "1980-04-30", "TX-STAR-509946512", "IOP-7741"),
               "Pecan Bluff Recovery", "Intensive Outpatient", "Texas Medicaid (STAR)", st,
               ["alcohol", "stimulant", "depression", "legal", "family"], pd, adm,
               [Dx("F10.20", "Alcohol dependence, uncomplicated", True), Dx("F14.20", "Cocaine dependence, uncomplicated"),
                Dx("F33.1", "Major depressive disorder, recurrent, moderate")],
               84, "Intensive Outpatient (ASAM 2.1)", los_text="12 weeks", services=iop,
               sig_days={"client": 0, "C": 0, "MD": 3, "RN": 0, "CM": 1, "PS": 1})
    plan("o26", "tx_iop_narrative", "narrative", [BASE, TX], D("2026-03-11"), m,
         notes="Clean. IOP, five problems, 11 measurable dated objectives, projected length 12 weeks, four services with frequency.",
         layout="Narrative paragraphs with run-in labels; /s/ and e-signature lines",
         opts={"ds": "long", "cw": "Client"})

    # ================= California narcotic treatment program =================
    CA = "ca-title9-ntp"
    st = SUD_STAFF[3]
    adm = D("2026-01-05")
    pd = add(adm, 21)
    m = mk_ntp(CL("Florentino Achebe", "1978-02-08", "91234567A", "NTP-20817"), "Sierra Vista Narcotic Treatment Program", st,
               ["opioid", "stimulant", "medical", "mental", "social"], pd, adm,
               [Dx("F11.20", "Opioid dependence, uncomplicated", True), Dx("F14.20", "Cocaine dependence, uncomplicated"),
                Dx("B18.2", "Chronic viral hepatitis C"), Dx("F41.1", "Generalized anxiety disorder")],
               review=add(adm, 88), sig_days={"client": 0, "C": 0, "SUP": 6, "MD": 9, "RN": 1})
    plan("o27", "ca_ntp_master", "master", [BASE, CA], D("2026-03-06"), m,
         notes="Clean. Plan on day 21 (limit 28); supervising counselor +6 and medical director +9 days (limit 14); "
               "next update day 88 after admission (limit 92).",
         layout="Landscape master grid; e-signature stamps",
         opts={"ds": "us", "cw": "Patient"})

    st = SUD_STAFF[3]
    adm = D("2026-01-19")
    pd = add(adm, 18)
    m = mk_ntp(CL("Magdalena Sorensen-Cruz", "1986-06-21", "92345678B", "NTP-20933"), "Sierra Vista Narcotic Treatment Program", st,
               ["opioid", "mental", "medical", "social"], pd, adm,
               [Dx("F11.20", "Opioid dependence, uncomplicated", True), Dx("F43.10", "Post-traumatic stress disorder, unspecified"),
                Dx("B18.2", "Chronic viral hepatitis C")],
               review=add(adm, 85), sig_days={"client": 0, "C": 0, "SUP": 5, "MD": 20, "RN": 0})
    for s in m["sigs"]:
        if s["label"] == "Primary Counselor":
            s["npi"] = bad_npi("176254309")
    plan("o28", "ca_late_md_grid", "grid", [BASE, CA], D("2026-03-20"), m,
         gaps=[["signature-late"], ["identifier-invalid"]],
         notes=f"Medical director signed {add(pd, 20).isoformat()}, 20 days after the plan (limit 14). The primary "
               "counselor's NPI in the treatment-team table fails the check digit (warning).",
         layout="EHR grid with treatment-team table (NPIs) and signature table",
         opts={"ds": "us", "cw": "Patient", "adm_label": "Admission (maintenance start)"})

    st = SUD_STAFF[3]
    adm = D("2026-02-02")
    pd = add(adm, 14)
    m = mk_ntp(CL("Thaddeus Nakamura-Reed", "1973-09-13", "93456789C", "NTP-21040"), "Sierra Vista Narcotic Treatment Program", st,
               ["opioid", "stimulant", "mental", "social", "medical"], pd, adm,
               [Dx("F11.20", "Opioid dependence, uncomplicated", True), Dx("F15.20", "Other stimulant dependence, uncomplicated"),
                Dx("F33.1", "Major depressive disorder, recurrent, moderate")],
               review=add(adm, 120), sig_days={"client": 0, "C": 0, "SUP": 3, "MD": 7, "RN": 0})
    plan("o29", "ca_review_far_form", "form", [BASE, CA], D("2026-03-27"), m,
         gaps=[["review-interval-exceeded"]],
         notes=f"Next plan review {add(adm, 120).isoformat()} is 120 days after admission (must be updated at least every 3 months, 92 days).",
         layout="Checkbox form with review date in the header table",
         opts={"ds": "us", "cw": "Patient"})

    st = SUD_STAFF[3]
    adm = D("2026-01-12")
    pd = add(adm, 25)
    m = mk_ntp(CL("Rosalind Ebersole", "1990-12-01", "94567891D", "NTP-20880"), "Sierra Vista Narcotic Treatment Program", st,
               ["opioid", "mental", "stimulant", "social", "medical"], pd, adm,
               [Dx("F11.20", "Opioid dependence, uncomplicated", True), Dx("F41.10", "Generalized anxiety disorder", status="invalid"),
                Dx("F14.20", "Cocaine dependence, uncomplicated"), Dx("B18.2", "Chronic viral hepatitis C")],
               review=add(adm, 90), sig_days={"client": 0, "C": 0, "SUP": 0, "MD": 4, "RN": 0})
    for s in m["sigs"]:
        if s["role"] == "supervisor":
            s["signed"] = False
            s["date"] = None
    plan("o30", "ca_unsigned_supervisor_narrative", "narrative", [BASE, CA], D("2026-03-05"), m,
         gaps=[["signature-missing"], ["diagnosis-code-invalid"]],
         notes="Supervising counselor's line is blank (named, not signed, no date); the second of four diagnoses is "
               "coded F41.10, which does not exist (F41.1 is the code).",
         layout="Narrative with run-in labels; blank signature line among e-signatures",
         opts={"ds": "long", "cw": "Patient", "adm_label": "Admission / start of maintenance"})

    # ================= Medicare Part B outpatient therapy (PT + OT + SLP) =================
    MOT = "medicare-outpatient-therapy"
    st = THER_STAFF[0]
    ft = D("2026-02-09")
    m = mk_therapy(CL("Gertrude Vanderslice", "1946-08-03", "3CV7BN2MQ45", "OPR-55120"), "Maple Crest Rehabilitation", st,
                   ["pt_gait", "ot_adl", "ot_hand", "slp_swallow", "slp_lang"], ft,
                   [Dx("I69.351", "Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side", True),
                    Dx("I69.320", "Aphasia following cerebral infarction"), Dx("I69.391", "Dysphagia following cerebral infarction"),
                    Dx("R26.89", "Other abnormalities of gait and mobility")],
                   sig_days={"PT": 0, "OT": 0, "SLP": 0, "MD": 6},
                   assessments=[{"inst": "Berg Balance Scale", "date": ft, "scores": "34/56"},
                                {"inst": "Western Aphasia Battery-R", "date": ft, "scores": "AQ 62"}])
    m["referrer"], m["onset"] = "Alan Whitcombe, MD", "CVA 12/28/2025"
    plan("o31", "stroke_pt_ot_slp", "therapy", [MOT], D("2026-03-16"), m,
         notes="Clean. One plan of care for PT, OT and SLP: five problems, 13 short-term goals with baselines, eight CPT "
               "lines with frequency and 12-week duration; certified by MD 6 days after the evaluation; certification "
               "period 90 days with recertification due at its end.",
         layout="Plan-of-care/certification form: header table, discipline sections, CPT tables, certification box",
         opts={"ds": "us"})

    st = THER_STAFF[1]
    ft = D("2026-01-26")
    m = mk_therapy(CL("Leopold Hanrahan", "1951-03-19", "4DW8CM3NR56", "OPR-55031"), "Maple Crest Rehabilitation",
                   swap(st, MD=("Curtis Lambright", "DC", "185746392")),
                   ["pt_knee", "pt_gait", "ot_adl"], ft,
                   [Dx("Z47.1", "Aftercare following joint replacement surgery", True), Dx("Z96.651", "Presence of right artificial knee joint"),
                    Dx("M25.661", "Stiffness of right knee, not elsewhere classified"), Dx("R26.89", "Other abnormalities of gait and mobility")],
                   sig_days={"PT": 0, "OT": 0, "MD": 4})
    m["sigs"] = [s for s in m["sigs"] if s["label"] != "Speech-Language Pathologist"]
    m["referrer"], m["onset"] = "Curtis Lambright, DC", "R TKA 01/12/2026"
    plan("o32", "tka_chiropractor_cert", "therapy", [MOT], D("2026-02-23"), m,
         gaps=[["credential-not-permitted"]], unsure=["signature-missing"],
         notes="The certification box is signed by a chiropractor (DC), who may not certify a therapy plan of care. "
               "signature-missing left out of must_not_report: a reviewer could also call the certification absent.",
         layout="Plan-of-care/certification form",
         opts={"ds": "us"})

    st = THER_STAFF[0]
    ft = D("2026-01-12")
    m = mk_therapy(CL("Ottoline Pembrook", "1949-12-24", "5EX9DN4PS67", "OPR-54988"), "Maple Crest Rehabilitation", st,
                   ["pt_gait", "ot_adl", "slp_lang", "slp_swallow"], ft,
                   [Dx("I69.351", "Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side", True),
                    Dx("I69.320", "Aphasia following cerebral infarction"), Dx("I69.391", "Dysphagia following cerebral infarction"),
                    Dx("Z91.81", "History of falling")],
                   sig_days={"PT": 0, "OT": 0, "SLP": 0, "MD": 45})
    m["referrer"], m["onset"] = "Alan Whitcombe, MD", "CVA 12/15/2025"
    plan("o33", "stroke_late_cert", "therapy", [MOT], D("2026-03-09"), m,
         gaps=[["signature-late"]],
         notes=f"Physician certification dated {add(ft, 45).isoformat()}, 45 days after the first treatment day "
               f"{ft.isoformat()} (limit 30; a warning since 2025). Three therapists signed on the evaluation day.",
         layout="Plan-of-care/certification form",
         opts={"ds": "us1"})

    st = THER_STAFF[1]
    ft = D("2026-02-18")
    m = mk_therapy(CL("Cornelius Abernathy", "1944-05-11", "6FY1EP5QT78", "OPR-55204"), "Maple Crest Rehabilitation", st,
                   ["pt_gait", "ot_hand", "ot_adl", "slp_swallow", "slp_lang"], ft,
                   [Dx("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations", True),
                    Dx("R26.89", "Other abnormalities of gait and mobility"), Dx("R13.12", "Dysphagia, oropharyngeal phase"),
                    Dx("R41.841", "Cognitive communication deficit")],
                   sig_days={"PT": 0, "OT": 0, "SLP": 0, "MD": 12},
                   assessments=[{"inst": "Berg Balance Scale", "date": ft, "scores": "34/56"},
                                {"inst": "9-Hole Peg Test (R)", "date": ft, "scores": "61 seconds"}])
    m["referrer"], m["onset"] = "Nora Castellano, NP", "Parkinson's disease, progression 2025"
    plan("o34", "parkinson_poc", "therapy", [MOT], D("2026-03-31"), m,
         notes="Clean. Five problems across PT/OT/SLP; certified by an NP 12 days after the evaluation; 90-day period.",
         layout="Plan-of-care/certification form with dates written out in words",
         opts={"ds": "long"})

    st = THER_STAFF[0]
    ft = D("2026-02-02")
    m = mk_therapy(CL("Fenella Harcourt", "1953-07-29", "7GZ2FQ6RU89", "OPR-55077"), "Maple Crest Rehabilitation", st,
                   ["pt_knee", "ot_adl", "pt_gait"], ft,
                   [Dx("M17.11", "Unilateral primary osteoarthritis, right knee", True), Dx("R26.89", "Other abnormalities of gait and mobility"),
                    Dx("M62.81", "Muscle weakness (generalized)")],
                   cert_days=119, weeks=16, sig_days={"PT": 0, "OT": 0, "MD": 8})
    m["sigs"] = [s for s in m["sigs"] if s["label"] != "Speech-Language Pathologist"]
    m["referrer"], m["onset"] = "Alan Whitcombe, MD", "pre-operative conditioning, TKA planned 06/2026"
    plan("o35", "oa_knee_long_cert", "therapy", [MOT], D("2026-03-02"), m,
         gaps=[["review-interval-exceeded"]],
         notes=f"Certification period {ft.isoformat()} to {add(ft, 119).isoformat()} (120 days) with recertification "
               "due at its end; Medicare requires recertification at least every 90 days.",
         layout="Plan-of-care/certification form",
         opts={"ds": "us"})

    # ================= Medicare home health =================
    HH = "medicare-home-health"
    st = HH_STAFF[0]
    soc = D("2026-02-16")
    m = mk_hh(CL("Mildred Okonjo-Baines", "1938-11-30", "8HA3GR7SV91", "HH-10442"), "Bluewater Home Health Services", st,
              ["diabetes", "wound", "heart", "pt", "ot", "aide", "msw"], soc,
              [Dx("E11.65", "Type 2 diabetes mellitus with hyperglycemia", True), Dx("L89.153", "Pressure ulcer of sacral region, stage 3"),
               Dx("I50.22", "Chronic systolic (congestive) heart failure"), Dx("Z79.4", "Long term (current) use of insulin"),
               Dx("Z91.81", "History of falling")])
    m["address"] = "418 Linden Court, Apt 2"
    plan("o36", "hh_485_full", "hh", [HH], D("2026-03-18"), m,
         notes="Clean. SN, PT, OT, HHA and MSW orders with frequencies (2w2, 1w6 style, PRN x 3 with limit); seven "
               "problems with measurable goals; MD e-signed 9 days after start of care; 60-day certification period.",
         layout="485-style numbered boxes in tables, orders and goals as paragraphs",
         opts={"ds": "us"})

    st = HH_STAFF[1]
    soc = D("2026-01-20")
    m = mk_hh(CL("Ambrose Fairclough", "1941-04-17", "9JB4HS8TW02", "HH-10391"), "Bluewater Home Health Services",
              swap(st, MD=("Lydia Marchetti", "DPM", "196857403")),
              ["wound", "diabetes", "pt", "aide", "ot"], soc,
              [Dx("E11.621", "Type 2 diabetes mellitus with foot ulcer", True),
               Dx("L97.412", "Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed"),
               Dx("E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy"), Dx("Z79.4", "Long term (current) use of insulin")])
    plan("o37", "hh_podiatrist_cert", "hh", [HH], D("2026-02-24"), m,
         gaps=[["credential-not-permitted"]], unsure=["signature-missing"],
         notes="Boxes 24/27 are signed by a podiatrist (DPM); home health certification needs an MD, DO, NP, CNS or PA. "
               "signature-missing left out of must_not_report (a reviewer could call the certification absent).",
         layout="485-style numbered boxes",
         opts={"ds": "us"})

    st = HH_STAFF[0]
    soc = D("2026-03-02")
    m = mk_hh(CL("Beatrix Holloway-Nash", "1936-09-09", "1KC5JT9UX13", "HH-10517"), "Bluewater Home Health Services", st,
              ["heart", "diabetes", "pt", "aide", "msw"], soc,
              [Dx("I50.22", "Chronic systolic (congestive) heart failure", True), Dx("E11.9", "Type 2 diabetes mellitus without complications"),
               Dx("Z79.4", "Long term (current) use of insulin"), Dx("R26.89", "Other abnormalities of gait and mobility")])
    g = m["problems"][0]["goals"][0]
    g["stmt"] = "Patient will improve understanding of heart failure."
    g["vague"] = True
    g["objs"] = [{"stmt": "Patient will be more aware of heart failure symptoms.", "days": 30, "target": add(soc, 30),
                  "baseline": None, "vague": True, "mastery": None},
                 {"stmt": "Patient will gain knowledge about a low-sodium diet.", "days": 30, "target": add(soc, 30),
                  "baseline": None, "vague": True, "mastery": None}]
    pt_obj = m["problems"][2]["goals"][0]["objs"][0]
    pt_obj["target"] = date(pt_obj["target"].year - 1, pt_obj["target"].month, pt_obj["target"].day)
    plan("o38", "hh_vague_goal_bad_year", "hh", [HH], D("2026-04-01"), m,
         gaps=[["goal-not-measurable"], ["date-inconsistent"]],
         notes="The skilled-nursing heart-failure goal ('improve understanding') and both its steps ('be more aware', "
               "'gain knowledge') name no measure. The first PT step's target date is typed with the previous year "
               "(before the start of care).",
         layout="485-style numbered boxes",
         opts={"ds": "us"})

    st = HH_STAFF[1]
    soc = D("2026-01-05")
    m = mk_hh(CL("Cyril Mbeki-Thornton", "1940-02-22", "2LD6KU1VY24", "HH-10288"), "Bluewater Home Health Services", st,
              ["pt", "ot", "heart", "aide"], soc,
              [Dx("I50.22", "Chronic systolic (congestive) heart failure", True), Dx("R26.89", "Other abnormalities of gait and mobility"),
               Dx("M62.81", "Muscle weakness (generalized)"), Dx("Z91.81", "History of falling")])
    plan("o39", "hh_lapsed_cert", "hh", [HH], D("2026-03-12"), m,
         gaps=[["review-overdue"]],
         notes=f"Certification period ended {add(soc, 59).isoformat()} and the recertification due {add(soc, 55).isoformat()} "
               "is not recorded; checked as of 2026-03-12.",
         layout="485-style numbered boxes",
         opts={"ds": "us"})

    # ================= Commercial ABA =================
    ABA = "commercial-aba"
    st = ABA_STAFF[0]
    pd = D("2026-01-26")
    m = mk_aba(CL("Declan Achterberg", "2020-05-14", "ZXH884120933", "ABA-3310"), "Bright Steps Behavioral Services", st,
               ("Rosalind Achterberg", "Ms. Achterberg", "mother"),
               ["comm", "social", "adaptive", "elopement", "aggression", "caregiver"], pd,
               [Dx("F84.0", "Autistic disorder", True, by="Lena Marchetti, PhD (licensed psychologist)", on=D("2025-06-10")),
                Dx("F80.2", "Mixed receptive-expressive language disorder")], D("2026-01-12"),
               sig_days={"G": 1, "BCBA": 0, "DIR": 2, "RBT": 0})
    plan("o40", "aba_initial", "aba", [ABA], D("2026-02-16"), m,
         notes="Clean. Six domains incl. parent training, every goal with baseline, mastery criteria and target date; "
               "VB-MAPP/Vineland-3 two weeks before the plan; hours per week by CPT; 6-month authorization; review in 170 days.",
         layout="ABA plan: identifying table, domain target tables (baseline/mastery/date columns), CPT hours table, signer table",
         opts={"ds": "us", "cw": "Learner"})

    st = ABA_STAFF[1]
    pd = D("2026-02-09")
    m = mk_aba(CL("Marisela Quintero-Boyd", "2019-11-02", "UHC-4471093826", "ABA-3377"), "Bright Steps Behavioral Services", st,
               ("Tomas Quintero", "Mr. Quintero", "father"),
               ["comm", "social", "adaptive", "elopement", "caregiver"], pd,
               [Dx("F84.0", "Autistic disorder", True, by="Harriet Osei, MD (developmental pediatrician)", on=D("2024-09-03")),
                Dx("F90.2", "Attention-deficit hyperactivity disorder, combined type")], D("2026-01-28"),
               sig_days={"G": 0, "BCBA": 0, "DIR": 3, "RBT": 1})
    g = m["problems"][1]["goals"][0]
    g["baseline"] = None
    for ob in g["objs"]:
        ob["baseline"] = None
    plan("o41", "aba_missing_baseline", "aba", [ABA], D("2026-03-02"), m,
         gaps=[["baseline-missing"]],
         notes="The social-skills goal and its step have empty baseline cells; the other four goals record baselines.",
         layout="ABA plan with target tables",
         opts={"ds": "us", "cw": "Client"})

    st = ABA_STAFF[0]
    pd = D("2026-03-04")
    m = mk_aba(CL("Oskar Lindqvist-Mensah", "2018-08-21", "CGN-U77340218", "ABA-3402"), "Bright Steps Behavioral Services", st,
               ("Ingrid Lindqvist", "Mrs. Lindqvist", "mother"),
               ["comm", "adaptive", "aggression", "social", "caregiver", "elopement"], pd,
               [Dx("F84.0", "Autistic disorder", True, by="Lena Marchetti, PhD", on=D("2023-02-17"))], D("2026-02-20"),
               sig_days={"G": 2, "BCBA": 0, "DIR": 1, "RBT": 0})
    g = m["problems"][1]["goals"][0]
    g["target"] = None
    for ob in g["objs"]:
        ob["target"] = None
    plan("o42", "aba_undated_goal", "aba", [ABA], D("2026-03-23"), m,
         gaps=[["goal-not-time-bound"]],
         notes="The toileting goal and its step have empty target-date cells; the other five goals are dated.",
         layout="ABA plan with target tables",
         opts={"ds": "abbr", "cw": "Learner"})

    st = ABA_STAFF[1]
    pd = D("2026-02-23")
    m = mk_aba(CL("Priya Halvorsen-Diaz", "2021-01-09", "AET-W90215577", "ABA-3390"), "Bright Steps Behavioral Services", st,
               ("Camila Diaz", "Ms. Diaz", "mother"),
               ["comm", "social", "elopement", "adaptive", "caregiver"], pd,
               [Dx("F84.0", "Autistic disorder", True, by="Harriet Osei, MD", on=D("2025-10-30"))], D("2026-02-10"),
               sig_days={"G": 0, "BCBA": 0, "DIR": 2, "RBT": 0})
    plan("o43", "aba_native_yaml", "yaml", [ABA], D("2026-03-16"), m, ext="yaml", discipline="aba",
         notes="Clean. Native YAML: five goals with baselines, mastery criteria and dates, caregiver-training goal, "
               "assessments, hours per week per CPT, 6-month period, review scheduled.",
         layout="authcheck native YAML")

    st = HH_STAFF[0]
    soc = D("2026-02-23")
    m = mk_hh(CL("Eugenia Castellanos-Wirth", "1943-06-26", "3MF7LV2WZ35", "HH-10560"), "Bluewater Home Health Services", st,
              ["pt", "ot", "aide", "msw", "heart"], soc,
              [Dx("G20", "Parkinson's disease", True, status="nb"), Dx("I50.22", "Chronic systolic (congestive) heart failure"),
               Dx("R26.89", "Other abnormalities of gait and mobility"), Dx("Z91.81", "History of falling")])
    plan("o44", "hh_native_yaml", "yaml", [HH], D("2026-03-20"), m, ext="yaml", discipline="home-health",
         gaps=[["diagnosis-code-not-billable"]],
         notes="Principal diagnosis written G20 (a category since the 2023 expansion; needs G20.A1 etc.); the other three codes are billable.",
         layout="authcheck native YAML")

    # ---- o45 gap: plan more than a year old on the date of service
    st = MH_STAFF[1]
    pd = D("2025-01-13")
    m = mk_mh(CL("Hollis Vandermolen", "1966-03-08", "4NG8MW3XA46", "CMH-49071"),
              "Lakeshore Integrated Health", "Adult Outpatient", "Medicare Part B", st,
              ["depression", "alcohol", "medication", "hypertension", "peer"], pd, D("2024-12-30"),
              [Dx("F33.1", "Major depressive disorder, recurrent, moderate", True), Dx("F10.20", "Alcohol dependence, uncomplicated"),
               Dx("I10", "Essential (primary) hypertension")],
              svc_extra=mh_services(st), sig_days={"T": 0, "MD": 3, "CM": 0, "PS": 1, "RN": 1})
    plan("o45", "stale_plan_narrative", "narrative", [MED], D("2026-02-09"), m,
         gaps=[["plan-outdated"]],
         notes="Plan dated 2025-01-13 with no completed review; on the date of service 2026-02-09 it is 392 days old (limit 365).",
         layout="Narrative paragraphs",
         opts={"ds": "us", "cw": "Client"})


RENDER = {"grid": render_grid, "narrative": render_narrative, "master": render_master, "therapy": render_therapy,
          "hh": render_485, "aba": render_aba, "outline": render_outline, "form": render_form}


def label_for(p):
    profiles = p["profiles"]
    args = ["--payer", profiles[0]]
    for s in profiles[1:]:
        args += ["--state", s]
    args += ["--as-of", p["as_of"].isoformat()]
    reportable = set().union(*(KINDS[x] for x in profiles))
    gap_kinds = {k for g in p["gaps"] for k in g}
    assert gap_kinds <= reportable, (p["id"], gap_kinds - reportable)
    mnr = sorted(reportable - gap_kinds - set(p["unsure"]))
    return {"file": p["file"], "check_with": args, "must_report": p["gaps"], "must_not_report": mnr,
            "notes": p["notes"] + " Layout: " + p["layout"] + "."}


def self_check(p):
    """The reviewer's expectations computed from the plan data must equal the labelled gaps."""
    m = p["m"]
    exp = expected_kinds(m, p["profiles"], p["as_of"])
    gap_kinds = {k for g in p["gaps"] for k in g}
    assert exp == gap_kinds, (p["id"], "computed", sorted(exp), "labelled", sorted(gap_kinds))
    # every NPI we meant to be valid is valid
    for s in m["sigs"]:
        if s.get("npi") and "identifier-invalid" not in gap_kinds:
            assert npi_ok(s["npi"]), (p["id"], s)
    # explicit date arithmetic against the profile numbers
    pr = set(p["profiles"])
    pd, adm, ft = m["plan_date"], m.get("admission"), m.get("first_tx")
    if "pa-55-5200" in pr:
        assert ((pd - adm).days <= 30) == ("plan-late" not in gap_kinds), p["id"]
    if "ny-oasas-818" in pr:
        assert ((pd - adm).days <= 7) == ("plan-late" not in gap_kinds), p["id"]
        mdd = [s["date"] for s in m["sigs"] if s["role"] == "physician"][0]
        assert ((mdd - adm).days <= 10) == ("signature-late" not in gap_kinds), p["id"]
    if "ca-title9-ntp" in pr:
        assert (pd - adm).days <= 28, p["id"]
        for s in m["sigs"]:
            if s["role"] in ("supervisor", "physician") and s["signed"]:
                assert ((s["date"] - pd).days <= 14) or "signature-late" in gap_kinds, p["id"]
        rv = [r["date"] for r in m["reviews"] if not r["completed"]][0]
        assert ((rv - adm).days <= 92) == ("review-interval-exceeded" not in gap_kinds), p["id"]
        assert rv >= p["as_of"], p["id"]
    if "medicare-outpatient-therapy" in pr:
        assert pd <= ft and (m["period"][1] - ft).days <= 90 or "review-interval-exceeded" in gap_kinds, p["id"]
        assert m["period"][1] >= p["as_of"], p["id"]
    if "medicare-home-health" in pr:
        assert (m["period"][1] - ft).days == 59, p["id"]
    if "commercial-aba" in pr:
        assert m["period"][1] <= add_months(m["period"][0], 6), p["id"]
        assert (m["reviews"][0]["date"] - pd).days <= 184, p["id"]
        assert (pd - max(a["date"] for a in m["assessments"])).days <= 365, p["id"]
    if "medicare-psychotherapy" in pr:
        assert ((p["as_of"] - pd).days <= 365) == ("plan-outdated" not in gap_kinds), p["id"]
    for s in m["sigs"]:
        if s["date"]:
            assert s["date"] <= p["as_of"], (p["id"], s)


def main():
    build_all()
    assert len({p["file"] for p in PLANS}) == len(PLANS)
    labels = []
    for p in PLANS:
        self_check(p)
        path = os.path.join(OUT, p["file"])
        if p["family"] == "fhir":
            write_fhir(p["m"], path)
        elif p["family"] == "yaml":
            write_yaml(p["m"], path, p["discipline"])
        else:
            RENDER[p["family"]](p["m"], path, p["opts"])
        labels.append(label_for(p))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False)
        f.write("\n")
    clean = sum(1 for p in PLANS if not p["gaps"])
    print(f"{len(PLANS)} plans, {clean} clean")


if __name__ == "__main__":
    main()
