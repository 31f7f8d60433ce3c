#!/usr/bin/env python3
"""Blind plan set 40 (prefix "ag"): writes every plan file and labels.json into this folder.

Deterministic: run it twice and the bytes are the same (DOCX parts are re-zipped with fixed
timestamps and fixed core properties; no clock or random state is used).

Everything in these plans is invented: clients, clinicians, agencies, member IDs and NPIs.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import os
import zipfile
from datetime import date, timedelta

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
D = date


# ---------------------------------------------------------------------------------------------
# identifiers and dates
# ---------------------------------------------------------------------------------------------

def npi(first9: str) -> str:
    """A 10-digit NPI with the Luhn check digit computed over the 80840 prefix."""
    assert len(first9) == 9 and first9[0] in "12"
    payload = "80840" + first9
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:  # rightmost payload digit is doubled (the check digit follows it)
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return first9 + str((10 - total % 10) % 10)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and n[0] in "12" and npi(n[:9]) == n


assert npi("123456789") == "1234567893"  # the CMS worked example


def us(d: date) -> str:
    return d.strftime("%m/%d/%Y")


def us_short(d: date) -> str:
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def us_nopad(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def iso(d: date) -> str:
    return d.isoformat()


def long(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def mon(d: date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def dmy(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def dash(d: date) -> str:
    return f"{d.day:02d}-{d.strftime('%b')}-{d.year}"


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return date(y, m, min(d.day, last))


# ---------------------------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------------------------

FIXED_DT = dt.datetime(2026, 11, 20, 9, 0, 0)


def new_doc(font="Calibri", size=11, margins=1.0, landscape=False):
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
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Inches(margins))
    return doc


def para(container, text="", bold=False, italic=False, size=None, align=None, style=None, color=None,
         caps=False, space_after=None, underline=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if caps:
            r.font.all_caps = True
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(container, parts, style=None, align=None):
    """parts: list of (text, fmt) where fmt is a string of flags b/i/u or ''."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
        r.underline = "u" in fmt
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def lv(container, label, value, sep=": "):
    """Bold label, plain value."""
    return runs(container, [(label + sep, "b"), (value, "")])


def heading(doc, text, level=1):
    return doc.add_heading(text, level=level)


def shade(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n") if isinstance(text, str) else text
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if line:
            r = p.add_run(line)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
    return cell


def table(container, rows, header=True, style="Table Grid", widths=None, size=None, head_fill=None,
          bold_first_col=False):
    ncols = max(len(r) for r in rows)
    t = container.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j in range(ncols):
            txt = row[j] if j < len(row) else ""
            set_cell(t.cell(i, j), txt, bold=(header and i == 0) or (bold_first_col and j == 0), size=size)
            if header and i == 0 and head_fill:
                shade(t.cell(i, j), head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Inches(w)
    return t


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def header_text(doc, lines, footer=False, size=8):
    sec = doc.sections[0]
    hf = sec.footer if footer else sec.header
    hf.is_linked_to_previous = False
    first = True
    for line in lines:
        p = hf.paragraphs[0] if first else hf.add_paragraph()
        first = False
        r = p.add_run(line)
        r.font.size = Pt(size)
    return hf


def tracked_insert(p, text, author="Reviewer", when="2026-09-02T10:15:00Z", rid=101):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), str(rid))
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), when)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)
    return ins


def tracked_delete(p, text, author="Reviewer", when="2026-09-02T10:15:00Z", rid=102):
    de = OxmlElement("w:del")
    de.set(qn("w:id"), str(rid))
    de.set(qn("w:author"), author)
    de.set(qn("w:date"), when)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    de.append(r)
    p._p.append(de)
    return de


def plain_run(p, text, bold=False):
    r = p.add_run(text)
    r.bold = bold
    return r


def inline_sdt(p, text, tag="field", alias=None, date_value=None):
    """An inline content control (plain text or date picker) holding text."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias or tag)
    pr.append(a)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    pr.append(tg)
    if date_value:
        dte = OxmlElement("w:date")
        dte.set(qn("w:fullDate"), date_value + "T00:00:00Z")
        fmt = OxmlElement("w:dateFormat")
        fmt.set(qn("w:val"), "M/d/yyyy")
        dte.append(fmt)
        pr.append(dte)
    else:
        pr.append(OxmlElement("w:text"))
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


def wrap_block_sdt(doc, elements, tag="section", alias=None):
    """Wrap body-level elements (paragraphs/tables) in one block content control."""
    first = elements[0]._element if hasattr(elements[0], "_element") else elements[0]
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias or tag)
    pr.append(a)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    pr.append(tg)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    first.addprevious(sdt)
    for el in elements:
        e = el._element if hasattr(el, "_element") else el
        content.append(e)
    sdt.append(content)
    return sdt


def merge_row(t, row, text=None, bold=True, fill=None):
    cells = t.rows[row].cells
    m = cells[0].merge(cells[-1])
    if text is not None:
        set_cell(m, text, bold=bold)
    if fill:
        shade(m, fill)
    return m


def save_docx(doc, name, title="Treatment Plan", author="Clinical Records"):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(out.getvalue())


def save_text(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------------------------
# profiles: finding kinds each can report at error or warning (read from payer_profiles/ and
# `authcheck profiles show ID --resolved`; readability and info-only kinds left out)
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
    # amount-missing is info-only in this profile
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

FL_LEVEL_DAYS = {"intensive inpatient": 3, "residential level 1": 7, "residential level 2": 15,
                 "residential level 3": 15, "residential level 4": 15, "day or night treatment": 10,
                 "methadone": 30}

PLANS = []  # filled by the plan builders below


def register(file, payer, states, as_of, gaps, notes, facts, unsure=()):
    """gaps: list of lists of acceptable kinds; facts: dates for the self-check."""
    PLANS.append(dict(file=file, payer=payer, states=list(states), as_of=as_of, gaps=gaps, notes=notes,
                      facts=facts, unsure=set(unsure)))


def date_kinds(p):
    """Recompute, from the plan's facts and the profile numbers, the date-driven gaps a reviewer sees."""
    f = p["facts"]
    a = p["as_of"]
    prof = [p["payer"]] + p["states"]
    out = set()
    plan = f.get("plan")
    sigs = f.get("sigs", [])
    for s in sigs:
        assert s <= a, (p["file"], "signature after as-of")
        if plan and s < plan and not f.get("sig_before_plan_ok"):
            raise AssertionError((p["file"], "signature before plan date"))
    for t in f.get("targets", []):
        if plan and t <= plan:
            out.add("date-inconsistent")
    if "medicare-psychotherapy" in prof:
        ref = max([plan] + f.get("reviews_done", []))
        if (a - ref).days > 365:
            out.add("plan-outdated")
        if f.get("duration_days") is not None and f["duration_days"] >= 365:
            out.add("duration-exceeds-limit")
    if "pa-55-5200" in prof:
        if (plan - f["adm"]).days > 30:
            out.add("plan-late")
    if "medicare-outpatient-therapy" in prof:
        ft = f["first_tx"]
        if (plan - ft).days > 0:
            out.add("plan-late")
        if f.get("phys_sig") and (f["phys_sig"] - ft).days > 30:
            out.add("signature-late")
        if (f["period_end"] - ft).days > 90:
            out.add("review-interval-exceeded")
        for r in f.get("reviews_sched", []):
            if (r - ft).days > 90:
                out.add("review-interval-exceeded")
            if r < a:
                out.add("review-overdue")
        if a > f["period_end"]:
            out.add("review-overdue")
    if "medicare-home-health" in prof:
        soc = f["soc"]
        if (f["period_end"] - soc).days > 60:
            out.add("review-interval-exceeded")
        if a > f["period_end"]:
            out.add("review-overdue")
    if "commercial-aba" in prof:
        if (plan - f["assess"]).days > 365:
            out.add("assessment-outdated")
        if f.get("review"):
            if (f["review"] - plan).days > 184:
                out.add("review-interval-exceeded")
        if f["period_end"] > add_months(f["period_start"], 6):
            out.add("duration-exceeds-limit")
    if "ny-oasas-818" in prof:
        if (plan - f["adm"]).days > 7:
            out.add("plan-late")
        if (f["phys_sig"] - f["adm"]).days > 10:
            out.add("signature-late")
    if "fl-65d-30" in prof:
        lvl = f.get("level")
        if lvl and lvl.lower() in FL_LEVEL_DAYS and (plan - f["adm"]).days > FL_LEVEL_DAYS[lvl.lower()]:
            out.add("plan-late")
        if f.get("sup_sig") and (f["sup_sig"] - plan).days > 10:
            out.add("signature-late")
    if "ca-title9-ntp" in prof:
        if (plan - f["adm"]).days > 28:
            out.add("plan-late")
        if (f["review"] - f["adm"]).days > 92:
            out.add("review-interval-exceeded")
        if f["review"] < a:
            out.add("review-overdue")
        for k in ("sup_sig", "phys_sig"):
            if (f[k] - plan).days > 14:
                out.add("signature-late")
    return out


DATE_KINDS = {"plan-outdated", "duration-exceeds-limit", "plan-late", "signature-late", "review-interval-exceeded",
              "review-overdue", "assessment-outdated", "date-inconsistent"}


# =============================================================================================
# Outpatient psychotherapy (medicare-psychotherapy; some with pa-55-5200)
# =============================================================================================

CRISIS = ("If you are in crisis, call or text 988 (Suicide & Crisis Lifeline), call the county crisis line "
          "at 1-800-555-0143, or go to the nearest emergency department. This treatment plan is not an "
          "emergency service.")
RIGHTS = ("You have the right to take part in planning your treatment, to receive a copy of this plan, to "
          "refuse any part of it, and to file a grievance without retaliation. Your records are kept "
          "confidential under HIPAA and 42 CFR Part 2 where it applies.")


def ag01():
    adm, plan, psy = D(2026, 8, 31), D(2026, 9, 22), D(2026, 9, 29)
    review, end = D(2026, 12, 21), D(2027, 3, 22)
    asof = D(2026, 11, 16)
    doc = new_doc("Arial", 10)
    header_text(doc, ["Riverbend Community Counseling Center  |  412 Mill Street, Harlow PA 17301  |  Licensed "
                      "Psychiatric Outpatient Clinic"])
    header_text(doc, ["Client: Corrigan, Wendell T.   MR# RB-20931   Page footer - confidential"], footer=True)
    para(doc, "OUTPATIENT INDIVIDUAL TREATMENT PLAN", bold=True, size=14, align="center")
    para(doc, "Initial Plan", italic=True, align="center")
    t = table(doc, [
        ["Client Name", "Wendell T. Corrigan", "Date of Birth", "03/14/1951"],
        ["MR #", "RB-20931", "Medicare (MBI)", "4HK2W73RD58"],
        ["Intake Date", us(adm), "Plan Date", us(plan)],
        ["Program", "Adult Outpatient", "Primary Clinician", "Teodora Lindqvist, LCSW"],
    ], header=False, bold_first_col=False)
    for r in t.rows:
        r.cells[0].paragraphs[0].runs[0].bold = True
        r.cells[2].paragraphs[0].runs[0].bold = True
    para(doc, "")
    para(doc, "Reason for Referral", bold=True, caps=True)
    para(doc, "Mr. Corrigan was referred by his primary care physician after the death of his wife in March. He "
              "reports low mood most days, early waking, withdrawal from his church group and loss of interest "
              "in woodworking. PHQ-9 at intake was 18.")
    para(doc, "Diagnoses", bold=True, caps=True)
    table(doc, [["ICD-10-CM", "Description", "Primary"],
                ["F33.1", "Major depressive disorder, recurrent, moderate", "Yes"],
                ["Z63.4", "Disappearance and death of family member", "No"]], head_fill="D9D9D9")
    para(doc, "")
    para(doc, "Goals and Objectives", bold=True, caps=True)
    table(doc, [
        ["Problem", "Goal", "Objective", "Target Date"],
        ["Depressed mood", "Wendell will feel less depressed and return to activities he values.",
         "1a. Reduce PHQ-9 total score from 18 to 9 or lower.", us(D(2027, 1, 19))],
        ["", "", "1b. Attend his church men's group at least 3 of 4 Saturdays per month, tracked on an "
                 "activity log.", us(D(2026, 12, 15))],
        ["Sleep", "Wendell will sleep through most nights.",
         "2a. Sleep at least 6 hours on 5 of 7 nights per week, per sleep diary.", us(D(2026, 12, 15))],
    ], head_fill="D9D9D9")
    para(doc, "")
    para(doc, "Treatment Modalities / Services", bold=True, caps=True)
    table(doc, [["CPT", "Service", "Session Length", "Frequency", "Modality"],
                ["90837", "Individual psychotherapy", "53-60 minutes", "Weekly",
                 "Grief-focused CBT, behavioral activation"],
                ["90853", "Group psychotherapy (Bereavement group)", "90 minutes", "Every other week",
                 "Supportive group"]], head_fill="D9D9D9")
    para(doc, "")
    lv(doc, "Expected Duration of Treatment", f"6 months (through {us(end)})")
    lv(doc, "Next Treatment Plan Review", us(review))
    para(doc, "")
    para(doc, "Client Rights / Crisis Information", bold=True, caps=True)
    para(doc, RIGHTS, size=8)
    para(doc, CRISIS, size=8)
    para(doc, "Signatures", bold=True, caps=True)
    table(doc, [["Role", "Printed Name", "Signature", "Date"],
                ["Client", "Wendell T. Corrigan", "Wendell T. Corrigan", us(plan)],
                ["Therapist (MHP)", "Teodora Lindqvist, LCSW", "/s/ T. Lindqvist, LCSW", us(plan)],
                ["Psychiatrist (approval)", "Imran Castellano, MD", "/s/ Imran Castellano, MD", us(psy)]],
          head_fill="D9D9D9")
    save_docx(doc, "ag01_riverbend_pa_initial_plan.docx")
    register("ag01_riverbend_pa_initial_plan.docx", "medicare-psychotherapy", ["pa-55-5200"], asof, [],
             "Clean. PA county clinic initial plan: label/value form table, diagnosis, goals and services "
             "tables, signer table with client, LCSW and approving psychiatrist; header/footer identifiers.",
             dict(plan=plan, adm=adm, sigs=[plan, psy], targets=[D(2027, 1, 19), D(2026, 12, 15)],
                  duration_days=(end - plan).days))


def ag02():
    plan = D(2026, 10, 7)
    asof = D(2026, 11, 18)
    doc = new_doc("Georgia", 11)
    para(doc, "Renata Voss, LMFT", bold=True, size=13)
    para(doc, "Marriage & Family Therapy  ·  88 Orchard Lane, Suite 2, Brookfield, WI 53005  ·  (262) 555-0187",
         size=9)
    para(doc, f"NPI {npi('187654302')}", size=9)
    para(doc, "")
    para(doc, "TREATMENT PLAN", bold=True, size=12)
    para(doc, f"Client: Gordon Harlan\nMedicare #: 7QW9-N42-TK31\nDate of plan: {long(plan)}")
    para(doc, "")
    para(doc, "Background", bold=True)
    para(doc, "Mr. Harlan, a retired machinist, came to see me at his daughter's urging. Since his heart "
              "surgery last spring he has been worrying most of the day about his health and money, sleeps "
              "poorly, and has stopped driving to see friends. He scored 16 on the GAD-7 on 09/30/2026.")
    para(doc, "Diagnosis", bold=True)
    para(doc, "F41.1 Generalized anxiety disorder (primary).")
    para(doc, "What we will work on", bold=True)
    para(doc, "Goal 1. Gordon will spend less of his day worrying and get back to driving on his own.")
    para(doc, f"    Objective 1a. Lower his GAD-7 score from 16 to 8 or below by {long(D(2027, 1, 27))}.")
    para(doc, f"    Objective 1b. Limit worry to one 20-minute scheduled 'worry time' a day on at least 5 days a "
              f"week, per his own log, by {long(D(2026, 12, 16))}.")
    para(doc, "Goal 2. Gordon will reconnect with friends.")
    para(doc, f"    Objective 2a. Drive himself to at least 2 social visits per week by {long(D(2027, 1, 6))}.")
    para(doc, "How I will help", bold=True)
    para(doc, "I will see Mr. Harlan for individual psychotherapy once a week for about 16 weeks, using "
              "cognitive behavioral therapy for worry (worry postponement, cognitive restructuring, "
              "problem-solving training) and graded exposure for driving. His daughter may join a session "
              "with his consent.")
    para(doc, "")
    para(doc, "I developed this plan with Mr. Harlan, who agreed with it.")
    para(doc, f"/s/ Renata Voss, LMFT      {us(plan)}")
    save_docx(doc, "ag02_voss_lmft_letter_plan.docx")
    register("ag02_voss_lmft_letter_plan.docx", "medicare-psychotherapy", [], asof,
             [["amount-missing"], ["field-missing"]],
             "Gaps: the service says once a week for about 16 weeks but never how long a session is (no "
             "minutes, no CPT code); the client's date of birth is nowhere in the plan. Layout: solo LMFT's "
             "letter-style plan, paragraphs, /s/ signature.",
             dict(plan=plan, sigs=[plan], targets=[D(2027, 1, 27), D(2026, 12, 16), D(2027, 1, 6)],
                  duration_days=16 * 7))


def ag03():
    plan = D(2026, 10, 14)
    asof = D(2026, 11, 20)
    doc = new_doc("Courier New", 9, margins=0.7)
    header_text(doc, ["HARBORVIEW BEHAVIORAL HEALTH - EHR TREATMENT PLAN PRINT",
                      "Patient: NAKASHIMA, ELLEN R    DOB: 07/02/1956    MRN: 00481733"], size=8)
    header_text(doc, [f"Printed 11/02/2026 14:11 by kfrost   Page 1 of 2"], footer=True, size=7)
    para(doc, "TREATMENT PLAN (ACTIVE)", bold=True)
    para(doc, "Patient Name: Ellen R. Nakashima")
    para(doc, "Date of Birth: 07/02/1956")
    para(doc, "Insurance: Medicare Part B    MBI: 2FJ8-KX4-YT63")
    para(doc, f"Plan Start Date: {us(plan)}")
    para(doc, "Location: Harborview BH - Eastside Clinic    Program: Outpatient Adult")
    para(doc, "-" * 78)
    para(doc, "DIAGNOSES (ICD-10-CM)")
    para(doc, "  1) F41.1   Generalized anxiety disorder                       [Primary]")
    para(doc, "  2) F40.10  Social phobia, unspecified")
    para(doc, "-" * 78)
    para(doc, "Problem #1: Excessive worry with muscle tension and poor concentration")
    para(doc, "  Long Term Goal: Ellen will manage worry well enough to resume volunteering at the library.")
    para(doc, f"  Short Term Objective 1.1: Ellen will reduce her GAD-7 score from 15 to below 10.  "
              f"Target Date: {us(D(2027, 1, 12))}")
    para(doc, f"  Short Term Objective 1.2: Ellen will practice diaphragmatic breathing or PMR at least once "
              f"daily on 6 of 7 days, per practice log.  Target Date: {us(D(2026, 12, 9))}")
    para(doc, "  Intervention 1.1: CBT for generalized anxiety (worry exposure, cognitive restructuring). "
              "Responsible: K. Frost, LPC")
    para(doc, "Problem #2: Avoidance of social situations")
    para(doc, "  Long Term Goal: Ellen will take part in group activities without leaving early.")
    para(doc, f"  Short Term Objective 2.1: Ellen will complete 8 of the 10 steps of her exposure hierarchy, "
              f"rating peak SUDS at or below 40.  Target Date: {us(D(2027, 2, 10))}")
    para(doc, "  Intervention 2.1: Graded in-vivo exposure with between-session practice. Responsible: K. Frost, LPC")
    para(doc, "-" * 78)
    para(doc, "SERVICES")
    para(doc, "  Service: 90834 Psychotherapy, 45 minutes with patient")
    para(doc, "  Frequency: every other week (twice monthly)")
    para(doc, "  Session Length: 45 minutes")
    para(doc, "  Estimated Length of Treatment: 24 weeks")
    para(doc, "-" * 78)
    para(doc, f"Electronically signed by Kendra Frost, LPC on {us(plan)} 04:52 PM")
    para(doc, f"Patient reviewed and agreed with plan: yes (verbal, documented in session note {us(plan)})")
    save_docx(doc, "ag03_harborview_ehr_print.docx", author="EHR Export")
    register("ag03_harborview_ehr_print.docx", "medicare-psychotherapy", [], asof, [],
             "Clean. Monospace EHR print: 'Problem #1 / Long Term Goal / Short Term Objective 1.1' lines, "
             "services block with 'every other week (twice monthly)', e-signature line, identifiers in the "
             "page header.",
             dict(plan=plan, sigs=[plan], targets=[D(2027, 1, 12), D(2026, 12, 9), D(2027, 2, 10)],
                  duration_days=24 * 7))


def ag04():
    plan = D(2025, 8, 14)
    asof = D(2026, 11, 10)
    doc = new_doc("Calibri", 11)
    para(doc, "Lakeshore Behavioral Associates, LLC", bold=True, size=12, color="1F4E79")
    para(doc, "Group practice · Psychology · Counseling · Social Work", size=9, color="1F4E79")
    heading(doc, "Individualized Treatment Plan", 1)
    heading(doc, "Identifying Information", 2)
    lv(doc, "Patient", "Marguerite Ostrowski")
    lv(doc, "DOB", "11/30/1949")
    lv(doc, "Medicare Beneficiary Identifier", "5TR3-HW8-AK27")
    lv(doc, "Date plan established", us(plan))
    lv(doc, "Treating clinician", "Dr. Samuel Achterberg, PsyD, licensed psychologist")
    heading(doc, "Diagnosis", 2)
    para(doc, "F33.1 – Major depressive disorder, recurrent, moderate (primary)")
    heading(doc, "Goals", 2)
    para(doc, "Marguerite will regain enough energy and interest to manage her household and see her "
              "grandchildren.", style="List Number")
    para(doc, "Marguerite will use skills to stop ruminating about past conflicts with her son.",
         style="List Number")
    heading(doc, "Objectives", 2)
    para(doc, f"Goal 1 – decrease BDI-II score from 29 to 16 or below by {us(D(2025, 11, 14))}.",
         style="List Bullet")
    para(doc, f"Goal 1 – complete at least 4 scheduled pleasant activities per week, recorded on the "
              f"activity schedule, by {us(D(2025, 10, 16))}.", style="List Bullet")
    para(doc, f"Goal 2 – identify and challenge ruminative thoughts on a thought record at least 3 times per "
              f"week by {us(D(2025, 10, 30))}.", style="List Bullet")
    heading(doc, "Interventions and Services", 2)
    para(doc, "Individual psychotherapy (CPT 90834), 45-minute sessions, once weekly: cognitive therapy and "
              "behavioral activation; rumination-focused CBT.")
    heading(doc, "Expected Duration", 2)
    para(doc, f"9 months (through {us(D(2026, 5, 14))})")
    heading(doc, "Signature", 2)
    para(doc, f"Samuel Achterberg, PsyD      Date: {us(plan)}")
    para(doc, f"Patient: Marguerite Ostrowski      Date: {us(plan)}")
    save_docx(doc, "ag04_lakeshore_group_plan.docx")
    register("ag04_lakeshore_group_plan.docx", "medicare-psychotherapy", [], asof, [["plan-outdated"]],
             "Gap: the plan was established 08/14/2025 and no review or update is recorded; on the as-of "
             "date 2026-11-10 it is 453 days old (NGS: no older than one year). Layout: Word heading styles, "
             "numbered goals, bulleted objectives keyed 'Goal 1 -'.",
             dict(plan=plan, sigs=[plan], targets=[D(2025, 11, 14), D(2025, 10, 16), D(2025, 10, 30)],
                  duration_days=(D(2026, 5, 14) - plan).days))


def ag05():
    adm, plan = D(2026, 7, 6), D(2026, 8, 19)
    psy = D(2026, 8, 24)
    asof = D(2026, 10, 20)
    doc = new_doc("Times New Roman", 11)
    para(doc, "SUSQUEHANNA VALLEY MENTAL HEALTH CLINIC", bold=True, align="center")
    para(doc, "Treatment Plan – Outpatient", bold=True, align="center")
    para(doc, "")
    para(doc, "IDENTIFYING DATA", bold=True)
    para(doc, "Name\tLorraine Baptiste\tDOB\t2/9/1958")
    para(doc, "Medicare ID\t6PN4-GU2-EW95\tCase #\t55-1187")
    para(doc, f"Intake date\t{us_short(adm)}\tPlan date\t{us_short(plan)}")
    para(doc, "")
    para(doc, "DIAGNOSIS", bold=True)
    para(doc, "F43.12\tPost-traumatic stress disorder, chronic\tprimary")
    para(doc, "")
    para(doc, "GOALS AND OBJECTIVES", bold=True)
    para(doc, "Goal 1: Lorraine will feel safe enough to sleep and leave her home alone.")
    para(doc, f"Objective 1a: Reduce PCL-5 score from 52 to 33 or lower by {us_short(D(2026, 11, 18))}.")
    para(doc, f"Objective 1b: Walk to the corner store alone at least twice a week, per self-report log, by "
              f"{us_short(D(2026, 10, 28))}.")
    para(doc, "Goal 2: Lorraine will have fewer nightmares.")
    para(doc, f"Objective 2a: Nightmares on no more than 2 nights per week (baseline 6), per sleep log, by "
              f"{us_short(D(2026, 12, 16))}.")
    para(doc, "")
    para(doc, "MODALITIES", bold=True)
    para(doc, "Cognitive Processing Therapy (individual)\tCPT 90837\t60 min\t1x/week")
    para(doc, "Imagery rehearsal therapy for nightmares, within the same sessions")
    para(doc, "")
    para(doc, "EXPECTED DURATION", bold=True)
    para(doc, "16 weeks")
    para(doc, "")
    para(doc, "NEXT REVIEW", bold=True)
    para(doc, us_short(D(2026, 11, 17)))
    para(doc, "")
    para(doc, "SIGNATURES", bold=True)
    para(doc, f"Individual:\tLorraine Baptiste\t\t{us_short(plan)}")
    para(doc, f"Therapist:\tOksana Pereira, LPC\t\t{us_short(plan)}")
    para(doc, f"Psychiatrist:\tJolene Marsh, MD\t\t{us_short(psy)}")
    save_docx(doc, "ag05_susquehanna_tabbed_plan.docx")
    register("ag05_susquehanna_tabbed_plan.docx", "medicare-psychotherapy", ["pa-55-5200"], asof,
             [["plan-late"]],
             "Gap: intake 07/06/2026, plan dated 08/19/2026 = 44 days (PA 5200.31: within 30 days of intake). "
             "Layout: bold ALL-CAPS titles, tab-separated label/value lines, two-digit years.",
             dict(plan=plan, adm=adm, sigs=[plan, psy],
                  targets=[D(2026, 11, 18), D(2026, 10, 28), D(2026, 12, 16)], duration_days=112))


def ag06():
    adm, plan = D(2026, 9, 28), D(2026, 10, 19)
    psy = D(2026, 10, 23)
    asof = D(2026, 11, 12)
    doc = new_doc("Calibri", 10)
    para(doc, "Allegheny Foothills Counseling", bold=True, size=14)
    para(doc, "Licensed Outpatient Psychiatric Clinic – Treatment Plan Form BH-TP-2", size=9, italic=True)
    t = table(doc, [["Client name", "Date of birth", "Medicare / MBI"],
                    ["Desmond Achebe-Walsh", "05/21/1960", "3CE7-TD1-HM40"],
                    ["Intake / admission date", "Treatment plan date", "Clinician"],
                    [us(adm), us(plan), "Priya Raman, LCSW"]], header=False)
    for i in (0, 2):
        for c in t.rows[i].cells:
            c.paragraphs[0].runs[0].bold = True
            shade(c, "EDEDED")
    para(doc, "")
    para(doc, "Diagnosis (ICD-10-CM)", bold=True)
    para(doc, "F31.81 Bipolar II disorder – primary\nF41.1 Generalized anxiety disorder")
    para(doc, "Problem / Goals / Objectives", bold=True)
    table(doc, [["#", "Goal", "Measurable objective", "Target"],
                ["1", "Keep mood stable and avoid hospitalization",
                 "Rate mood daily on a 0-10 chart; no more than 2 days a week rated 3 or below.",
                 us(D(2027, 1, 18))],
                ["", "", "Take prescribed medication as directed on at least 90% of days (pill-box check at "
                         "each visit).", us(D(2026, 12, 14))],
                ["2", "Reduce anxiety at work",
                 "GAD-7 from 14 to 9 or lower.", us(D(2027, 1, 18))]])
    para(doc, "")
    para(doc, "Modality (check all that apply)", bold=True)
    para(doc, "☒ Individual psychotherapy    ☐ Family therapy    ☒ Medication management    ☐ Group")
    para(doc, "Individual psychotherapy: CPT 90834 – session length ☐ 30 min  ☒ 45 min  ☐ 60 min")
    para(doc, "Frequency: ☐ Weekly  ☒ Every 2 weeks  ☐ Monthly")
    para(doc, "Medication management (99214 with psychiatrist): 25 minutes, monthly")
    para(doc, "Approach: interpersonal and social rhythm therapy (IPSRT), CBT for anxiety.")
    para(doc, "")
    lv(doc, "Expected duration of treatment", "6 months")
    lv(doc, "Plan review due", us(D(2027, 1, 18)))
    para(doc, "")
    para(doc, "Consent", bold=True)
    para(doc, "I took part in writing this plan and I agree with it. I have received a copy.", size=9)
    para(doc, "Client signature: ______________________________   Date: ____________")
    para(doc, f"Clinician signature: Priya Raman, LCSW (signed)   Date: {us(plan)}")
    para(doc, f"Psychiatrist approval: Anselm Kovacs, DO (e-signed)   Date: {us(psy)}")
    para(doc, "")
    para(doc, CRISIS, size=8, italic=True)
    save_docx(doc, "ag06_allegheny_checkbox_form.docx")
    register("ag06_allegheny_checkbox_form.docx", "medicare-psychotherapy", ["pa-55-5200"], asof,
             [["signature-missing"]],
             "Gap: the client signature line is blank (PA 5200.31 requires the individual's dated signature). "
             "Layout: stacked caption/value form table, goals table, check-box modality/length/frequency.",
             dict(plan=plan, adm=adm, sigs=[plan, psy], targets=[D(2027, 1, 18), D(2026, 12, 14)],
                  duration_days=182))


def ag07():
    plan = D(2026, 11, 2)
    asof = D(2026, 11, 19)
    doc = new_doc("Verdana", 9)
    para(doc, "NORTHGATE PSYCHOTHERAPY GROUP", bold=True, size=13, align="center")
    para(doc, "Treatment Plan", align="center", size=11)
    outer = doc.add_table(rows=6, cols=1)
    outer.style = "Table Grid"
    c = outer.cell(0, 0)
    set_cell(c, "CLIENT INFORMATION", bold=True)
    shade(c, "CFE2F3")
    c = outer.cell(1, 0)
    set_cell(c, f"Client Name: Tobias Fairweather     DOB: 12/04/1963     Medicare ID: 8VA5-RT6-PK12\n"
                f"Date of Plan: {us(plan)}     Provider: Dana Moreau     Credentials: ")
    c = outer.cell(2, 0)
    set_cell(c, "DIAGNOSIS AND GOALS", bold=True)
    shade(c, "CFE2F3")
    c = outer.cell(3, 0)
    set_cell(c, "Diagnosis: F43.1 Post-traumatic stress disorder (primary)")
    inner = c.add_table(rows=4, cols=3)
    inner.style = "Table Grid"
    rows = [["Goal", "Objective", "By"],
            ["Reduce trauma symptoms so Tobias can return to part-time work",
             "PCL-5 total from 49 to 30 or less", us(D(2027, 2, 1))],
            ["", "Attend 90% of scheduled sessions (attendance record)", us(D(2027, 2, 1))],
            ["Improve sleep", "Sleep 6+ hours on 5 of 7 nights per sleep diary", us(D(2026, 12, 28))]]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            set_cell(inner.cell(i, j), v, bold=(i == 0))
    c.add_paragraph("")
    c = outer.cell(4, 0)
    set_cell(c, "TREATMENT", bold=True)
    shade(c, "CFE2F3")
    c = outer.cell(5, 0)
    set_cell(c, "Modality: Prolonged exposure therapy, individual (90837), 60-minute sessions, weekly.\n"
                "Duration: 12 weeks, then reassess.\n"
                f"Clinician signature: Dana Moreau          Signed {us(plan)}")
    save_docx(doc, "ag07_northgate_nested_tables.docx")
    register("ag07_northgate_nested_tables.docx", "medicare-psychotherapy", [], asof,
             [["diagnosis-code-not-billable"], ["credential-missing"]],
             "Gaps: F43.1 is a category, not a billable code (F43.10/F43.11/F43.12); the clinician signs "
             "without any credential and the Credentials field is blank. Layout: one-column outer table "
             "with shaded section rows and a goals table nested in a cell.",
             dict(plan=plan, sigs=[plan], targets=[D(2027, 2, 1), D(2026, 12, 28)], duration_days=84))


def ag08():
    plan = D(2026, 9, 9)
    asof = D(2026, 11, 4)
    doc = new_doc("Calibri", 11)
    para(doc, "Cedar Hollow Counseling – Treatment Plan", bold=True, size=14)
    para(doc, "Client: Annika Sorensen-Blake\tDOB: 06/17/1955\tMBI: 9GT2-QD5-XN38")
    para(doc, f"Plan date: {us(plan)}\tClinician: Marcus Delacroix-Ruiz, LICSW")
    heading(doc, "Diagnosis", 2)
    para(doc, "F42.2 Mixed obsessional thoughts and acts (primary)")
    heading(doc, "Goals and Objectives", 2)
    para(doc, "Goal 1: Annika will spend less time on checking and cleaning rituals.")
    para(doc, f"  1a. Reduce Y-BOCS total from 27 to 15 or below by {us(D(2027, 3, 10))}.")
    para(doc, f"  1b. Limit hand-washing to 10 or fewer times a day, per daily tally, by {us(D(2026, 12, 9))}.")
    p = para(doc, "  1c. ")
    tracked_insert(p, f"Complete 3 exposure-and-response-prevention homework exercises per week, per ERP log, "
                      f"by {us(D(2026, 11, 25))}.", author="M. Delacroix-Ruiz", rid=201)
    para(doc, "Goal 2: Annika will return to volunteering at the animal shelter.")
    para(doc, f"  2a. Volunteer at least 2 half-days per week by {us(D(2027, 1, 13))} (shelter schedule).")
    heading(doc, "Interventions", 2)
    para(doc, "Exposure and response prevention (ERP), individual psychotherapy, CPT 90837, 60 minutes.")
    p = para(doc, "Frequency: ")
    tracked_delete(p, "every other week", author="M. Delacroix-Ruiz", rid=202)
    tracked_insert(p, "weekly", author="M. Delacroix-Ruiz", rid=203)
    heading(doc, "Duration", 2)
    p = para(doc, "Expected duration of treatment: 18 months")
    cm = doc.add_comment(p.runs[0], text="Long course expected given 20-year history; revisit at 6-month review.",
                         author="M. Delacroix-Ruiz", initials="MD")
    cm._comment_elm.set(qn("w:date"), "2026-09-09T15:20:00Z")  # fixed, for byte-stable output
    lv(doc, "Next review", us(D(2027, 3, 9)))
    heading(doc, "Signatures", 2)
    para(doc, f"Clinician: Marcus Delacroix-Ruiz, LICSW   {us(plan)}")
    para(doc, f"Client: Annika Sorensen-Blake   {us(plan)}")
    save_docx(doc, "ag08_cedarhollow_tracked_changes.docx", author="M. Delacroix-Ruiz")
    register("ag08_cedarhollow_tracked_changes.docx", "medicare-psychotherapy", [], asof,
             [["duration-exceeds-limit"]],
             "Gap: expected duration 18 months; NGS requires a duration of less than one year. Layout: "
             "heading styles, tracked insertion of an objective, tracked replacement of the frequency "
             "('every other week' deleted, 'weekly' inserted), a comment on the duration line.",
             dict(plan=plan, sigs=[plan],
                  targets=[D(2027, 3, 10), D(2026, 12, 9), D(2026, 11, 25), D(2027, 1, 13)],
                  duration_days=548))


def ag09():
    orig, upd = D(2026, 7, 27), D(2026, 10, 26)
    asof = D(2026, 11, 23)
    doc = new_doc("Segoe UI", 10)
    para(doc, "Bayside Family & Individual Therapy", bold=True, size=12)
    para(doc, "TREATMENT PLAN REVIEW / UPDATE (90-DAY)", bold=True, size=12)
    p = para(doc, "Client Name: ")
    inline_sdt(p, "Rosalind Quarshie", tag="client_name")
    p = para(doc, "Date of Birth: ")
    inline_sdt(p, "08/08/1957", tag="dob", date_value="1957-08-08")
    p = para(doc, "Medicare Number: ")
    inline_sdt(p, "1RA6-WE9-JC24", tag="mbi")
    p = para(doc, "Original Plan Date: ")
    inline_sdt(p, us(orig), tag="orig_date", date_value=orig.isoformat())
    p = para(doc, "Date of This Update: ")
    inline_sdt(p, us(upd), tag="update_date", date_value=upd.isoformat())
    heading(doc, "Diagnoses", 2)
    para(doc, "F32.1  Major depressive disorder, single episode, moderate  (primary)")
    para(doc, "F43.22 Adjustment disorder with anxiety")
    heading(doc, "Progress on Previous Goals", 2)
    table(doc, [["Goal", "Status", "Comment"],
                ["Establish a regular sleep schedule (bed by 11 pm on 5 of 7 nights)", "Met 10/2026 (discontinued)",
                 "Sleep log shows 6 of 7 nights for 4 weeks."],
                ["Reduce depressive symptoms (PHQ-9 below 10)", "Partially met",
                 "PHQ-9 17 at intake, 12 today."]], head_fill="E2EFDA")
    heading(doc, "Current Goals and Objectives", 2)
    g1 = para(doc, "Goal 1: Rosalind will have fewer and milder depressive symptoms.", bold=True)
    o1 = para(doc, f"Objective 1.1 – PHQ-9 from 12 to 7 or below by {us(D(2027, 1, 25))}.")
    o2 = para(doc, f"Objective 1.2 – Spend at least 30 minutes outdoors on 5 days a week (activity log) by "
                   f"{us(D(2026, 12, 21))}.")
    g2 = para(doc, "Goal 2: Rosalind will cope with her move to assisted living.", bold=True)
    o3 = para(doc, f"Objective 2.1 – Attend at least 2 resident activities per week, per activity calendar, by "
                   f"{us(D(2026, 12, 21))}.")
    o4 = para(doc, f"Objective 2.2 – Rate adjustment-related worry at 4/10 or lower on 5 of 7 days (daily "
                   f"rating) by {us(D(2027, 1, 25))}.")
    wrap_block_sdt(doc, [g1, o1, o2, g2, o3, o4], tag="goals_block", alias="Goals and objectives")
    heading(doc, "Services for the Next Period", 2)
    table(doc, [["Service", "CPT", "Length", "How often"],
                ["Individual psychotherapy (CBT, behavioral activation)", "90834", "45 min", "Weekly"],
                ["Family session with daughter", "90847", "50 min", "Once a month"]], head_fill="E2EFDA")
    lv(doc, "Expected duration", "3 more months (through 01/26/2027)")
    lv(doc, "Next review due", us(D(2027, 1, 25)))
    heading(doc, "Signatures", 2)
    p = para(doc, "Therapist: Hollis Nakamura-Reyes, LCSW   Date: ")
    inline_sdt(p, us(upd), tag="sig_date", date_value=upd.isoformat())
    para(doc, f"Client: Rosalind Quarshie   Date: {us(upd)}")
    save_docx(doc, "ag09_bayside_review_update.docx")
    register("ag09_bayside_review_update.docx", "medicare-psychotherapy", [], asof, [],
             "Clean. 90-day review/update: identifiers and dates in inline content controls (date pickers), "
             "previous-goals status table with one goal 'Met ... (discontinued)', current goals wrapped in a "
             "block content control, services table. Plan date is the update date 10/26/2026.",
             dict(plan=upd, sigs=[upd], targets=[D(2027, 1, 25), D(2026, 12, 21)],
                  duration_days=(D(2027, 1, 26) - upd).days))


def ag10():
    plan = D(2026, 10, 1)
    asof = D(2026, 11, 9)
    bad = "1538294716"
    assert not npi_ok(bad)
    doc = new_doc("Calibri", 10.5)
    para(doc, "WILLOW CREEK COUNSELING SERVICES", bold=True, align="center")
    para(doc, "Outpatient Psychotherapy Treatment Plan", align="center")
    table(doc, [["Patient", "Benedikt Ashcombe", "DOB", "10/19/1948"],
                ["Medicare ID", "2NW5-CY7-UH83", "Plan Date", us(plan)],
                ["Therapist", "Clementine Oyelaran, LPC", "NPI", bad]], header=False)
    para(doc, "")
    para(doc, "Diagnosis: F34.1 Dysthymic disorder (primary); Z60.0 Problems of adjustment to life-cycle "
              "transitions")
    for gi, (goal, objs, tgt) in enumerate([
        ("Benedikt will find meaning and structure in retirement.",
         ["Benedikt will explore his feelings about retiring.",
          "Benedikt will schedule and complete at least 3 planned activities per week, logged in his planner."],
         D(2027, 1, 4)),
        ("Benedikt will lift his persistent low mood.",
         ["Reduce BDI-II score from 24 to 13 or below."], D(2027, 3, 29)),
    ], start=1):
        para(doc, "")
        rows = [[f"GOAL {gi}", ""], ["Goal statement", goal]]
        for oi, o in enumerate(objs):
            rows.append([f"Objective {gi}{'abc'[oi]}", o])
        rows.append(["Target date", us(tgt)])
        rows.append(["Interventions", "Individual psychotherapy (meaning-centered therapy, behavioral activation), "
                                      "90834, 45 minutes, weekly"])
        t = table(doc, rows, header=False, bold_first_col=True)
        merge_row(t, 0, f"GOAL {gi}", fill="FCE4D6")
    para(doc, "")
    lv(doc, "Anticipated length of treatment", "6 months")
    para(doc, "")
    para(doc, f"Clinician signature: Clementine Oyelaran, LPC          Date: {us(plan)}")
    para(doc, f"Patient signature: Benedikt Ashcombe          Date: {us(plan)}")
    save_docx(doc, "ag10_willowcreek_goal_tables.docx")
    register("ag10_willowcreek_goal_tables.docx", "medicare-psychotherapy", [], asof,
             [["objective-not-measurable"], ["identifier-invalid"]],
             "Gaps: objective 1a ('will explore his feelings about retiring') names no measure or level; the "
             "therapist's NPI 1538294716 fails the check digit. Layout: one two-column table per goal with a "
             "merged, shaded title row; goal-level target date and interventions.",
             dict(plan=plan, sigs=[plan], targets=[D(2027, 1, 4), D(2027, 3, 29)], duration_days=182))


def ag11():
    plan, end = D(2026, 10, 20), D(2027, 4, 19)
    sig = D(2026, 10, 20)
    asof = D(2026, 11, 17)
    prac_npi = npi("143210987")
    pid, cid, gid1, gid2, prid, cpid, covid = ("pt-1", "cond-1", "goal-1", "goal-2", "prac-1", "cp-1", "cov-1")
    ICD = "http://hl7.org/fhir/sid/icd-10-cm"
    LOINC = "http://loinc.org"
    bundle = {
        "resourceType": "Bundle", "id": "tp-export-20261020", "type": "collection",
        "timestamp": "2026-10-20T16:40:00-04:00",
        "entry": [
            {"fullUrl": f"urn:uuid:{pid}", "resource": {
                "resourceType": "Patient", "id": pid,
                "identifier": [
                    {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                     "system": "urn:oid:2.16.840.1.113883.3.9921", "value": "GL-448102"},
                    {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB"}]},
                     "system": "http://hl7.org/fhir/sid/us-mbi", "value": "7KD3RM2PW46"}],
                "name": [{"family": "Vandermeer", "given": ["Cornelius", "J."]}],
                "gender": "male", "birthDate": "1952-01-23"}},
            {"fullUrl": f"urn:uuid:{covid}", "resource": {
                "resourceType": "Coverage", "id": covid, "status": "active",
                "beneficiary": {"reference": f"urn:uuid:{pid}"}, "subscriberId": "7KD3RM2PW46",
                "payor": [{"display": "Medicare Part B"}]}},
            {"fullUrl": f"urn:uuid:{prid}", "resource": {
                "resourceType": "Practitioner", "id": prid,
                "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": prac_npi}],
                "name": [{"family": "Halvorsen", "given": ["Ingrid"], "suffix": ["PhD"]}],
                "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360",
                                                        "code": "PHD", "display": "Doctor of Philosophy"}],
                                            "text": "PhD"}}]}},
            {"fullUrl": f"urn:uuid:{cid}", "resource": {
                "resourceType": "Condition", "id": cid,
                "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                               "code": "active"}]},
                "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                                                   "code": "confirmed"}]},
                "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                          "code": "problem-list-item"}]}],
                "code": {"coding": [{"system": ICD, "code": "F41.0",
                                     "display": "Panic disorder [episodic paroxysmal anxiety]"}],
                         "text": "Panic disorder"},
                "subject": {"reference": f"urn:uuid:{pid}"}, "recordedDate": "2026-10-13"}},
            {"fullUrl": f"urn:uuid:{gid1}", "resource": {
                "resourceType": "Goal", "id": gid1, "lifecycleStatus": "active",
                "description": {"text": "Cornelius will have fewer panic attacks and stop avoiding the grocery store."},
                "subject": {"reference": f"urn:uuid:{pid}"},
                "target": [
                    {"measure": {"text": "Panic attacks per week (panic diary)"},
                     "detailQuantity": {"value": 1, "comparator": "<=", "unit": "per week"},
                     "dueDate": "2027-01-19"},
                    {"measure": {"text": "Panic Disorder Severity Scale (PDSS) total score"},
                     "detailQuantity": {"value": 7, "comparator": "<=", "unit": "score"},
                     "dueDate": "2027-02-16"}],
                "addresses": [{"reference": f"urn:uuid:{cid}"}],
                "note": [{"text": "Baseline: 5 panic attacks per week; PDSS 17 on 10/13/2026."}]}},
            {"fullUrl": f"urn:uuid:{gid2}", "resource": {
                "resourceType": "Goal", "id": gid2, "lifecycleStatus": "active",
                "description": {"text": "Cornelius will shop on his own at least twice a week."},
                "subject": {"reference": f"urn:uuid:{pid}"},
                "target": [{"measure": {"text": "Unaccompanied shopping trips per week (activity log)"},
                            "detailQuantity": {"value": 2, "comparator": ">=", "unit": "per week"},
                            "dueDate": "2026-12-22"}],
                "addresses": [{"reference": f"urn:uuid:{cid}"}]}},
            {"fullUrl": f"urn:uuid:{cpid}", "resource": {
                "resourceType": "CarePlan", "id": cpid, "status": "active", "intent": "plan",
                "title": "Outpatient psychotherapy treatment plan",
                "category": [{"text": "Behavioral health - outpatient psychotherapy"}],
                "description": "Panic attacks since a cardiac work-up in August 2026 (cardiac cause ruled out); "
                               "avoids stores and driving on highways.",
                "subject": {"reference": f"urn:uuid:{pid}"},
                "period": {"start": plan.isoformat(), "end": end.isoformat()},
                "created": plan.isoformat(),
                "author": {"reference": f"urn:uuid:{prid}"},
                "addresses": [{"reference": f"urn:uuid:{cid}"}],
                "goal": [{"reference": f"urn:uuid:{gid1}"}, {"reference": f"urn:uuid:{gid2}"}],
                "activity": [{"detail": {
                    "kind": "ServiceRequest",
                    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90837",
                                         "display": "Psychotherapy, 60 minutes with patient"}],
                             "text": "Individual psychotherapy - CBT for panic disorder with interoceptive exposure"},
                    "goal": [{"reference": f"urn:uuid:{gid1}"}, {"reference": f"urn:uuid:{gid2}"}],
                    "status": "in-progress",
                    "scheduledTiming": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "wk",
                                                   "duration": 53, "durationUnit": "min"}},
                    "performer": [{"reference": f"urn:uuid:{prid}"}],
                    "description": "CBT for panic (psychoeducation, interoceptive and in-vivo exposure), 53-60 "
                                   "minutes, once a week."}}],
                "note": [{"text": "Plan reviewed with the patient, who agreed with the goals."}]}},
            {"fullUrl": "urn:uuid:prov-1", "resource": {
                "resourceType": "Provenance", "id": "prov-1",
                "target": [{"reference": f"urn:uuid:{cpid}"}],
                "recorded": f"{sig.isoformat()}T16:38:00-04:00",
                "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                                "code": "author"}]},
                           "who": {"reference": f"urn:uuid:{prid}"}}],
                "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1",
                                         "display": "Author's Signature"}],
                               "when": f"{sig.isoformat()}T16:38:00-04:00",
                               "who": {"reference": f"urn:uuid:{prid}"},
                               "sigFormat": "image/jpeg", "data": "c2lnbmF0dXJl"}]}},
        ]}
    save_text("ag11_fhir_panic_careplan.json", json.dumps(bundle, indent=2, ensure_ascii=False) + "\n")
    register("ag11_fhir_panic_careplan.json", "medicare-psychotherapy", [], asof, [],
             "Clean. FHIR R4 collection Bundle: Patient with MB identifier, Coverage, PhD Practitioner with NPI, "
             "ICD-10-CM Condition, two Goals (one with two targets = objectives, with measures, levels and due "
             "dates), CarePlan with period end as duration and a weekly 53-minute CPT 90837 activity, "
             "Provenance signature of the author.",
             dict(plan=plan, sigs=[sig], targets=[D(2027, 1, 19), D(2027, 2, 16), D(2026, 12, 22)],
                  duration_days=(end - plan).days))


def ag12():
    adm, plan = D(2026, 9, 8), D(2026, 9, 30)
    asof = D(2026, 11, 6)
    doc = new_doc("Arial", 10)
    para(doc, "Keystone Youth & Family Behavioral Health", bold=True, size=12)
    para(doc, "INDIVIDUAL SERVICE PLAN (ISP) – Outpatient Mental Health", bold=True)
    para(doc, "Funding source: Medical Assistance – Keystone Community BH-MCO", size=9)
    table(doc, [["Youth's name", "Jaylen Okafor-Price", "Date of birth", "04/11/2015"],
                ["MA recipient #", "8803321457", "Date of intake", us(adm)],
                ["ISP date", us(plan), "School / grade", "Linden Elementary / 6"]], header=False,
          bold_first_col=True)
    para(doc, "")
    para(doc, "Diagnosis", bold=True)
    para(doc, "Attention-deficit/hyperactivity disorder, combined presentation (per DSM-5-TR psychological "
              "evaluation, Dr. R. Fenwick, 08/2026)")
    para(doc, "Strengths", bold=True)
    para(doc, "Loves drawing and soccer; close to his grandmother; responds well to praise.")
    para(doc, "Goals and Objectives", bold=True)
    para(doc, "Goal 1 – Jaylen will follow classroom rules and finish his work.")
    para(doc, f"   Objective 1.1 – Complete at least 80% of in-class assignments on 4 of 5 school days, per "
              f"teacher daily report card, by {us(D(2027, 1, 29))}.")
    para(doc, f"   Objective 1.2 – No more than 1 office referral per month, per school record, by "
              f"{us(D(2027, 1, 29))}.")
    para(doc, "Goal 2 – Jaylen's family will manage his behavior at home with consistent routines.")
    para(doc, f"   Objective 2.1 – Parent will use the home token chart on at least 6 of 7 days, per weekly "
              f"chart review, by {us(D(2026, 12, 18))}.")
    para(doc, "Services / Interventions", bold=True)
    table(doc, [["Service", "Code", "Frequency", "Provider"],
                ["Individual therapy (behavioral skills, CBT)", "90834", "Weekly, 45 minutes",
                 "Marisol Vantongeren, LPC"],
                ["Family therapy (parent training)", "90847", "Twice a month, 50 minutes",
                 "Marisol Vantongeren, LPC"]], head_fill="DDEBF7")
    lv(doc, "Expected duration", "6 months")
    lv(doc, "ISP review", us(D(2027, 1, 29)))
    para(doc, "")
    para(doc, "Signatures", bold=True)
    table(doc, [["", "Name", "Date"],
                ["Youth (14 and older)", "N/A – under 14", ""],
                ["Parent/Guardian", "Denise Okafor (mother)", us(plan)],
                ["Therapist", "Marisol Vantongeren, LPC", us(plan)]], head_fill="DDEBF7")
    save_docx(doc, "ag12_keystone_youth_isp.docx")
    register("ag12_keystone_youth_isp.docx", "base-treatment-plan", ["pa-55-5200"], asof,
             [["signature-missing"], ["diagnosis-code-missing"]],
             "Gaps: no approval by a psychiatrist or advanced practice professional although the plan "
             "includes psychotherapy (PA 5200.31); the ADHD diagnosis is written in words only, with no "
             "ICD-10-CM code. Medicaid youth ISP, base payer profile; parent signs for an 11-year-old.",
             dict(plan=plan, adm=adm, sigs=[plan], targets=[D(2027, 1, 29), D(2026, 12, 18)]))


def ag13():
    plan = D(2026, 10, 5)
    asof = D(2026, 11, 13)
    doc = new_doc("Cambria", 11)
    para(doc, "Eleanor Whitcombe-Saito, Ph.D.", bold=True, align="right")
    para(doc, "Licensed Psychologist (PA PS-019932)", align="right", size=9)
    para(doc, "")
    para(doc, "Psychotherapy Treatment Plan", bold=True, size=13)
    para(doc, f"Patient: Harold Finch-Amadi     Date of birth: 09/09/1946     Medicare no.: 4UM8-HN3-CR71")
    para(doc, f"Date: {mon(plan)}")
    para(doc, "")
    para(doc, f"Mr. Finch-Amadi is an 80-year-old widower referred by his neurologist for low mood and "
              f"irritability after a mild stroke. My diagnostic impression is F06.31 Mood disorder due "
              f"to known physiological condition with depressive features (primary), with I69.398 Other "
              f"sequelae of cerebral infarction noted.")
    para(doc, "")
    para(doc, "The goal of treatment is for Mr. Finch-Amadi to regain a steadier mood and resume the daily "
              "routines he had before the stroke. To get there, he will:")
    para(doc, f"• lower his GDS-15 score from 11 to 5 or less by {us(D(2027, 1, 4))};", style=None)
    para(doc, f"• take a walk of at least 15 minutes on 5 days a week, recorded on his calendar, by "
              f"{us(D(2026, 1, 15))};")
    para(doc, f"• use a 'pause and breathe' step instead of shouting in at least 4 of 5 frustrating moments, as "
              f"reported by his daughter, by {us(D(2026, 12, 14))}.")
    para(doc, "")
    table(doc, [["Treatment", "CPT", "Session length", "Schedule"],
                ["Individual psychotherapy (CBT adapted for post-stroke depression; problem-solving therapy)",
                 "90837", "55 minutes", "as clinically indicated"]], head_fill="F2F2F2")
    para(doc, "")
    para(doc, "Anticipated duration: approximately 20 sessions over 6 months.")
    para(doc, "")
    para(doc, f"Eleanor Whitcombe-Saito, Ph.D.        {us(plan)}")
    save_docx(doc, "ag13_whitcombe_psychologist_prose.docx")
    register("ag13_whitcombe_psychologist_prose.docx", "medicare-psychotherapy", [], asof,
             [["frequency-missing"], ["date-inconsistent"]],
             "Gaps: the only service is scheduled 'as clinically indicated' (no frequency); the walking "
             "objective's target date 01/15/2026 is before the plan date (10/05/2026; a year typo). Layout: "
             "psychologist's own prose with a bulleted 'he will' list and a one-row service table.",
             dict(plan=plan, sigs=[plan], targets=[D(2027, 1, 4), D(2026, 1, 15), D(2026, 12, 14)],
                  duration_days=182))


def ag14():
    plan, end = D(2026, 10, 28), D(2027, 4, 30)
    asof = D(2026, 11, 20)
    doc = new_doc("Calibri Light", 11)
    para(doc, "Prairie Lantern Recovery & Wellness", bold=True, size=15, color="385723")
    para(doc, "PERSON-CENTERED RECOVERY PLAN", bold=True, size=12, color="385723")
    para(doc, "")
    table(doc, [["Individual served", "Odalys Featherstone-Mbeki"],
                ["Born", mon(D(1961, 2, 27))],
                ["Medicare #", "6YX2-DK8-RE49"],
                ["Plan established", mon(plan)],
                ["Practitioner", "Yusuf Adebayo-Klein, LCPC (NPI " + npi("110293847") + ")"]],
          header=False, bold_first_col=True, widths=[1.8, 4.5])
    para(doc, "")
    heading(doc, "In my own words", 2)
    para(doc, "\"I want to stop feeling like I'm drowning since I lost my job, and sleep through the night "
              "again.\"", italic=True)
    heading(doc, "Diagnostic Impressions", 2)
    para(doc, "F43.23  Adjustment disorder with mixed anxiety and depressed mood — primary")
    heading(doc, "What We're Working Toward", 2)
    para(doc, "Goal A: Odalys will manage stress from her job loss and rebuild a daily routine.", bold=True)
    para(doc, f"Short-term step A1 (objective): Apply to at least 3 jobs per week, tracked on her job-search "
              f"sheet, within 8 weeks (by {mon(D(2026, 12, 23))}).")
    para(doc, f"Short-term step A2 (objective): Bring her DASS-21 stress score from 26 to 14 or less by "
              f"{mon(D(2027, 2, 24))}.")
    para(doc, "Goal B: Odalys will sleep better.", bold=True)
    para(doc, "Short-term step B1 (objective): Sleep 6½ hours or more on at least 5 nights a week (sleep app "
              "report) within 10 weeks.")
    heading(doc, "How We Will Help", 2)
    table(doc, [["Type of treatment", "Code", "Amount", "Frequency"],
                ["Individual psychotherapy – solution-focused & CBT-I components", "90834", "38–52 min", "1x/wk"]],
          head_fill="E2EFDA")
    para(doc, f"Length of treatment: through {mon(end)}")
    heading(doc, "Natural Supports & Crisis Plan", 2)
    para(doc, "Sister (Lucinda) checks in by phone on Sundays. Odalys attends a job-seekers' group at the library.")
    para(doc, CRISIS, size=9)
    page_break(doc)
    heading(doc, "Consent to Treatment and Acknowledgements", 2)
    para(doc, "I consent to the services in this plan. I understand I can ask for a change to this plan at "
              "any time, that I will get a copy, and how to file a complaint. I received the Notice of "
              "Privacy Practices.", size=9)
    para(doc, RIGHTS, size=9)
    heading(doc, "Attestation", 2)
    t = table(doc, [["I developed this plan together with the individual served and attest that it reflects "
                     "her preferences and the services I will provide.\n\n"
                     "Digitally signed by Yusuf Adebayo-Klein, LCPC\n"
                     "Date: 2026.10.28 15:02:11 -05'00'"]], header=False)
    shade(t.cell(0, 0), "F2F2F2")
    para(doc, "")
    para(doc, f"Individual served: Odalys Featherstone-Mbeki (signed on tablet) — {mon(plan)}")
    save_docx(doc, "ag14_prairielantern_recovery_plan.docx")
    register("ag14_prairielantern_recovery_plan.docx", "medicare-psychotherapy", [], asof, [],
             "Clean, unusual wordings: 'Individual served', 'Born', 'What We're Working Toward', 'Short-term "
             "step A1 (objective)', amount '38–52 min', frequency '1x/wk', 'Length of treatment: through "
             "Apr 30, 2027', a time frame 'within 10 weeks', consent boilerplate after a page break, and the "
             "clinician's signature as a PDF-style digital stamp (Date: 2026.10.28 ...) inside a shaded "
             "attestation box.",
             dict(plan=plan, sigs=[plan], targets=[D(2026, 12, 23), D(2027, 2, 24)],
                  duration_days=(end - plan).days))


# =============================================================================================
# Medicare Part B outpatient therapy (PT / OT / SLP)
# =============================================================================================

CERT_TEXT = ("I have reviewed this plan of care and certify that the services are medically necessary, that "
             "the patient is under my care, and that the services will be furnished under this plan while "
             "the patient is under my care.")


def ag15():
    ev, end, phys = D(2026, 10, 5), D(2026, 12, 3), D(2026, 10, 9)
    asof = D(2026, 11, 17)
    doc = new_doc("Calibri", 10)
    para(doc, "SUMMIT RIDGE ORTHOPEDIC PHYSICAL THERAPY", bold=True, size=13, color="1F3864")
    para(doc, "Initial Evaluation and Plan of Care", bold=True, size=11)
    table(doc, [["Patient", "Bernadette Kowalczyk", "DOB", "01/26/1950", "MBI", "3WM9-FE4-TA62"],
                ["Eval date", us(ev), "Referring MD", "Philippa Oduya, MD", "Onset/surgery", "09/14/2026"],
                ["Payer", "Medicare Part B", "Visit #", "1", "Therapist", "Caspar Lindgren, PT, DPT"]],
          header=False, size=9)
    para(doc, "")
    para(doc, "Diagnoses", bold=True)
    para(doc, "Z47.1 Aftercare following joint replacement surgery (treatment dx); Z96.651 Presence of right "
              "artificial knee joint; M62.81 Muscle weakness (generalized)")
    para(doc, "Subjective", bold=True)
    para(doc, "Pt is a 76 y/o female s/p R TKA 09/14/2026. Reports pain 5/10 with stairs, uses a rolling walker "
              "outdoors, wants to return to gardening and to climbing the 12 steps to her apartment.")
    para(doc, "Objective", bold=True)
    table(doc, [["Measure", "Right", "Left"],
                ["Knee flexion AROM", "92°", "128°"],
                ["Knee extension AROM", "-8°", "0°"],
                ["Quad strength (MMT)", "3+/5", "5/5"],
                ["TUG", "16.2 sec", ""]], head_fill="DEEAF6", size=9)
    para(doc, "Assessment", bold=True)
    para(doc, "Pt presents with decreased R knee ROM and strength, impaired gait and stair negotiation, and "
              "fall risk (TUG > 13.5 s). Good rehab potential.")
    para(doc, "Goals", bold=True)
    para(doc, "Short-term (4 weeks):", italic=True)
    para(doc, "1. Pt will increase R knee flexion AROM to 110° to allow sit-to-stand from standard chair.")
    para(doc, "2. Pt will ambulate 300 ft with a single-point cane, modified independent, on level surfaces.")
    para(doc, "Long-term (8 weeks):", italic=True)
    para(doc, "3. Pt will ascend/descend 12 steps with one rail, reciprocal pattern, independently.")
    para(doc, "4. Pt will improve TUG to under 12 seconds to reduce fall risk.")
    para(doc, "5. Pt will report pain ≤ 2/10 with stair climbing.")
    para(doc, "Plan of Care", bold=True)
    lv(doc, "Frequency", "2x/week")
    lv(doc, "Duration", "8 weeks")
    lv(doc, "Certification period", f"{us(ev)} – {us(end)}")
    para(doc, "Interventions: therapeutic exercise (97110), neuromuscular re-education (97112), gait training "
              "(97116), manual therapy (97140), therapeutic activities (97530), home exercise program.")
    para(doc, "")
    para(doc, f"Therapist: Caspar Lindgren, PT, DPT     NPI {npi('156473829')}     Date: {us(ev)}")
    para(doc, "")
    t = table(doc, [["PHYSICIAN CERTIFICATION"],
                    [CERT_TEXT + "\n\n"
                     f"Electronically signed by Philippa Oduya, MD (NPI {npi('120398745')}) on {us(phys)} 7:41 AM"]],
              header=True, head_fill="DEEAF6")
    save_docx(doc, "ag15_summitridge_pt_poc.docx")
    register("ag15_summitridge_pt_poc.docx", "medicare-outpatient-therapy", [], asof, [],
             "Clean. Outpatient ortho PT evaluation and plan of care: six-column identifier table, SOAP "
             "sections, numbered STG/LTG, Frequency/Duration/Certification period lines, therapist line with "
             "NPI, physician e-signature in a boxed certification statement 4 days after the evaluation.",
             dict(plan=ev, first_tx=ev, phys_sig=phys, period_end=end, sigs=[ev, phys]))


def ag16():
    ev, end = D(2026, 10, 12), D(2026, 12, 20)
    asof = D(2026, 11, 16)
    doc = new_doc("Arial", 9, margins=0.6)
    header_text(doc, ["Cascade Spine & Sport PT  ·  Plan of Care  ·  Patient: Thaddeus Rourke  ·  DOB 6/3/1955"])
    header_text(doc, ["Generated by clinic EMR. Page 1/1"], footer=True)
    para(doc, "PLAN OF CARE / CERTIFICATION", bold=True, size=12)
    para(doc, "Patient Name: Thaddeus Rourke        Date of Birth: 06/03/1955        Medicare ID: 5KN2-JR7-WP08")
    para(doc, f"Date of Initial Evaluation: {us(ev)}        POC Date: {us(ev)}")
    para(doc, f"Certification: From {us(ev)} Through {us(end)}")
    para(doc, "")
    para(doc, "Treatment Diagnosis: M54.50 Low back pain, unspecified; M62.81 Muscle weakness (generalized); "
              "R26.89 Other abnormalities of gait and mobility")
    para(doc, "")
    para(doc, "Functional limitations: unable to stand > 10 min for cooking; walks 1 block before stopping for "
              "LBP; Oswestry 46%.")
    para(doc, "")
    para(doc, "LONG TERM GOALS (by end of certification):")
    para(doc, "  LTG 1: Oswestry Disability Index ≤ 20%.")
    para(doc, "  LTG 2: Stand 30 min to prepare meals with pain ≤ 3/10.")
    para(doc, "  LTG 3: Walk 6 blocks (about 1/2 mile) community distances without rest.")
    para(doc, "SHORT TERM GOALS (3 weeks):")
    para(doc, "  STG 1: Independent with HEP, 100% correct technique on return demo.")
    para(doc, "  STG 2: Walk 3 blocks with pain ≤ 4/10.")
    para(doc, "")
    para(doc, "TREATMENT PLAN: 97110 Ther ex; 97140 Manual therapy; 97530 Ther activities; 97112 NMR; "
              "97535 Self-care/HEP instruction.")
    para(doc, "Frequency: 2-3x/week     Duration: 10 weeks     Rehab potential: good")
    para(doc, "")
    para(doc, f"Therapist: Wilhelmina Achebe, PT    Date: {us(ev)}")
    para(doc, "")
    para(doc, CERT_TEXT, italic=True, size=8)
    para(doc, "Physician Signature: Hollis Brandt, DO (signature on file)        Date: ______________")
    para(doc, "Please sign, date and fax back to (503) 555-0199 within 7 days.", size=8)
    save_docx(doc, "ag16_cascade_pt_undated_cert.docx")
    register("ag16_cascade_pt_undated_cert.docx", "medicare-outpatient-therapy", [], asof,
             [["signature-missing"]],
             "Gap: the certifying physician's signature (marked 'signature on file') has no date; the date "
             "blank is empty (certification is a dated signature). Layout: EMR print with running header "
             "identifiers, LTG/STG labels, 'Certification: From ... Through ...'.",
             dict(plan=ev, first_tx=ev, phys_sig=None, period_end=end, sigs=[ev]))


def ag17():
    ev, end, phys = D(2026, 8, 10), D(2026, 11, 7), D(2026, 9, 26)
    asof = D(2026, 11, 2)
    doc = new_doc("Calibri", 10.5)
    para(doc, "Lakeview Rehabilitation – Outpatient Neuro Clinic", bold=True, size=12)
    para(doc, "OCCUPATIONAL THERAPY EVALUATION & PLAN OF CARE", bold=True, size=11)
    table(doc, [["Name", "Ignatius Mwangi-Lowell"], ["DOB", "04/18/1944"], ["Medicare #", "2GH7-TN3-KD55"],
                ["Evaluation date", us(ev)], ["Plan of care date", us(ev)],
                ["Cert. period", f"{us(ev)} to {us(end)}"], ["Referring physician", "Rosamund Achterberg, MD"]],
          header=False, bold_first_col=True, widths=[1.8, 4.0])
    para(doc, "")
    para(doc, "Medical diagnosis: I69.351 Hemiplegia and hemiparesis following cerebral infarction affecting "
              "right dominant side.  Treatment diagnosis: R27.8 Other lack of coordination; Z74.09 Other "
              "reduced mobility.")
    para(doc, "")
    para(doc, "Goals", bold=True)
    table(doc, [["#", "Goal", "Baseline", "Time frame"],
                ["STG 1", "Don shirt with set-up only using one-handed technique", "Mod A", "4 weeks"],
                ["STG 2", "Grip strength R hand to 20 lb (Jamar)", "9 lb", "4 weeks"],
                ["LTG 1", "Complete upper and lower body dressing independently in under 15 minutes", "Max A LB",
                 "12 weeks"],
                ["LTG 2", "Prepare a simple hot meal at modified independent level with no safety cues",
                 "unable", "12 weeks"],
                ["LTG 3", "Write name and a 5-word sentence legibly with R dominant hand", "illegible",
                 "12 weeks"]], head_fill="FFF2CC")
    para(doc, "")
    para(doc, "Plan", bold=True)
    para(doc, "OT 2x/week for 12 weeks: ADL retraining (97535), therapeutic activities (97530), neuromuscular "
              "re-education (97112), therapeutic exercise (97110), orthotic management (97760) as needed.")
    para(doc, "")
    para(doc, "Signatures", bold=True)
    para(doc, f"Occupational Therapist: Saoirse Delgado-Brennan, OTR/L   {us(ev)}")
    para(doc, f"Certifying Physician: Rosamund Achterberg, MD   {us(phys)}")
    save_docx(doc, "ag17_lakeview_ot_late_cert.docx")
    register("ag17_lakeview_ot_late_cert.docx", "medicare-outpatient-therapy", [], asof,
             [["signature-late"]],
             "Gap: first treatment (evaluation) 08/10/2026, physician certification dated 09/26/2026 = 47 days "
             "(due within 30 days; warning under the 2025 version). Layout: vertical two-column identifier "
             "table, STG/LTG goal grid with baseline and time frame, plain sign-off lines.",
             dict(plan=ev, first_tx=ev, phys_sig=phys, period_end=end, sigs=[ev, phys]))


def ag18():
    ev, end, phys = D(2026, 10, 19), D(2026, 12, 13), D(2026, 10, 22)
    asof = D(2026, 11, 23)
    doc = new_doc("Times New Roman", 11)
    header_text(doc, ["St. Brigid Regional Medical Center – Outpatient Rehabilitation Services"])
    header_text(doc, ["Acct 7730021  |  Patient: Wojcik, Henryka  |  Confidential health information"], footer=True)
    para(doc, "Speech-Language Pathology Plan of Treatment", bold=True, size=13, align="center")
    para(doc, "")
    lv(doc, "Patient", "Henryka Wojcik")
    lv(doc, "Date of birth", "December 2, 1940")
    lv(doc, "Medicare MBI", "8RT3-YE6-GK17")
    lv(doc, "Start of care (evaluation)", long(ev))
    lv(doc, "Plan established", long(ev))
    lv(doc, "Certification period", f"{long(ev)} through {long(end)}")
    para(doc, "")
    para(doc, "DIAGNOSES", bold=True)
    para(doc, "Medical: I69.391 Dysphagia following cerebral infarction\nTreatment: R13.12 Dysphagia, "
              "oropharyngeal phase")
    para(doc, "CLINICAL SUMMARY", bold=True)
    para(doc, "Modified barium swallow 10/14/2026: delayed swallow initiation and moderate vallecular residue with "
              "thin liquids; silent penetration. Currently on mechanical soft solids / mildly thick liquids "
              "(IDDSI level 2). FOIS level 4.")
    para(doc, "GOALS", bold=True)
    para(doc, "Long-term goal: Patient will safely eat a regular diet with thin liquids (FOIS level 6 or higher) "
              "with no signs of aspiration by the end of the certification period.")
    para(doc, "Short-term goals:")
    para(doc, "a) Patient will perform effortful swallow and chin-tuck strategies with 90% accuracy given "
              "minimal cues within 4 weeks.")
    para(doc, "b) Patient will complete 30 reps of Shaker exercise daily per log with 80% adherence within 4 "
              "weeks.")
    para(doc, "c) Patient will tolerate thin liquids by cup with no overt signs of aspiration in 9/10 trials "
              "within 6 weeks.")
    para(doc, "TREATMENT", bold=True)
    para(doc, "Skilled ST 2x/wk x 8 wks: 92526 treatment of swallowing dysfunction; NMES (97032) as indicated; "
              "caregiver education on diet and strategies.")
    para(doc, "")
    para(doc, f"Speech-Language Pathologist: Ottoline Marchetti-Shaw, MS, CCC-SLP      {long(ev)}")
    para(doc, "")
    para(doc, "Certification of plan of treatment (physician / NPP):", bold=True)
    para(doc, CERT_TEXT, size=9)
    para(doc, f"Signed: Ferdinand Asante, NP        Date signed: {long(phys)}")
    save_docx(doc, "ag18_stbrigid_slp_dysphagia.docx")
    register("ag18_stbrigid_slp_dysphagia.docx", "medicare-outpatient-therapy", [], asof, [],
             "Clean. Hospital outpatient SLP plan of treatment: bold-label lines with dates in words, "
             "'Start of care (evaluation)', lettered short-term goals with time frames, 'Skilled ST 2x/wk x 8 "
             "wks', certification by a nurse practitioner 3 days after the evaluation; header/footer text.",
             dict(plan=ev, first_tx=ev, phys_sig=phys, period_end=end, sigs=[ev, phys]))


def boxed(t, r, c, caption, value, cap_size=7, val_size=10):
    cell = t.cell(r, c)
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(caption)
    run.font.size = Pt(cap_size)
    run.bold = True
    for line in value.split("\n"):
        q = cell.add_paragraph()
        rr = q.add_run(line)
        rr.font.size = Pt(val_size)
    return cell


def ag19():
    ev, end, phys = D(2026, 7, 20), D(2026, 11, 16), D(2026, 7, 24)
    asof = D(2026, 11, 9)
    doc = new_doc("Arial", 9, margins=0.5)
    para(doc, "PLAN OF TREATMENT FOR OUTPATIENT REHABILITATION", bold=True, size=11, align="center")
    para(doc, "(Complete for initial claims only)", size=7, align="center")
    t = doc.add_table(rows=6, cols=4)
    t.style = "Table Grid"
    boxed(t, 0, 0, "1. PATIENT'S LAST NAME", "Vasquez-Thornbury")
    boxed(t, 0, 1, "FIRST NAME", "Evangelina")
    boxed(t, 0, 2, "M.I.", "R")
    boxed(t, 0, 3, "2. PROVIDER NAME", "Meridian Outpatient Therapy, LLC")
    boxed(t, 1, 0, "3. HICN / MBI", "9PD4-WA2-MX30")
    boxed(t, 1, 1, "4. PATIENT DATE OF BIRTH", "07/29/1947")
    boxed(t, 1, 2, "5. TYPE", "☒ PT  ☐ OT  ☐ SLP")
    boxed(t, 1, 3, "6. ONSET DATE", "06/28/2026")
    boxed(t, 2, 0, "7. SOC. DATE", us(ev))
    boxed(t, 2, 1, "8. PRIMARY DIAGNOSIS (Pertinent Medical D.X.)", "S72.001D Fx neck of R femur, subs. "
                                                                   "encounter, routine healing")
    boxed(t, 2, 2, "9. TREATMENT DIAGNOSIS", "R26.2 Difficulty in walking\nM62.81 Muscle weakness")
    boxed(t, 2, 3, "10. VISITS FROM SOC", "1")
    m = t.cell(3, 0).merge(t.cell(3, 3))
    boxed(t, 3, 0, "11. PLAN OF TREATMENT  FUNCTIONAL GOALS", "")
    for line in ["GOALS (Short Term)  – 6 weeks:",
                 "  1) Ambulate 150 ft with front-wheeled walker, supervision, on level surfaces.",
                 "  2) Sit-to-stand from 18\" chair independently 5 times in under 20 seconds.",
                 "Outcome (Long Term) – 16 weeks:",
                 "  3) Ambulate 500 ft with straight cane, modified independent, including curbs.",
                 "  4) Berg Balance Scale from 38/56 to ≥ 48/56.",
                 "PLAN: Gait training 97116, therapeutic exercise 97110, balance/NMR 97112, ther activities 97530,",
                 "home exercise program. Frequency 2x/week, duration 16 weeks."]:
        q = m.add_paragraph()
        q.add_run(line).font.size = Pt(9)
    m2 = t.cell(4, 0).merge(t.cell(4, 1))
    boxed(t, 4, 0, "12. CERTIFICATION  FROM  THROUGH  ☐ N/A", f"FROM {us(ev)}   THROUGH {us(end)}")
    m3 = t.cell(4, 2).merge(t.cell(4, 3))
    boxed(t, 4, 2, "13. PHYSICIAN SIGNATURE / DATE", f"/s/ Anand Pemberton-Cole, MD   {us(phys)}")
    m4 = t.cell(5, 0).merge(t.cell(5, 1))
    boxed(t, 5, 0, "14. PROFESSIONAL SIGNATURE (including prof. designation) / DATE",
          f"Leopold Fairbanks-Oni, PT   {us(ev)}")
    m5 = t.cell(5, 2).merge(t.cell(5, 3))
    boxed(t, 5, 2, "15. PHYSICIAN NPI", npi("198273645"))
    save_docx(doc, "ag19_meridian_cms700_style.docx")
    register("ag19_meridian_cms700_style.docx", "medicare-outpatient-therapy", [], asof,
             [["review-interval-exceeded"]],
             "Gap: certification period 07/20/2026 through 11/16/2026 = 119 days from the first treatment day; "
             "recertification is required at least every 90 days (a 16-week duration was certified in one "
             "block). Layout: CMS-700-style form, numbered caption boxes over values, merged cells.",
             dict(plan=ev, first_tx=ev, phys_sig=phys, period_end=end, sigs=[ev, phys]))


def ag20():
    ev, end, sig = D(2026, 10, 1), D(2026, 12, 29), D(2026, 10, 6)
    asof = D(2026, 11, 12)
    doc = new_doc("Calibri", 11)
    para(doc, "Back in Motion Integrated Health – Physical Therapy Department", bold=True, size=12)
    para(doc, "Chiropractic · Physical Therapy · Massage", size=9, italic=True)
    heading(doc, "Physical Therapy Plan of Care", 1)
    lv(doc, "Patient", "Reginald Osei-Bonsu")
    lv(doc, "Date of birth", "03/03/1953")
    lv(doc, "Medicare Beneficiary ID", "1UK6-AP9-TW73")
    lv(doc, "Date of evaluation / first visit", us(ev))
    lv(doc, "Plan of care dates", f"{us(ev)} – {us(end)}")
    heading(doc, "Diagnosis", 2)
    para(doc, "M54.50 Low back pain, unspecified\nM48.062 Spinal stenosis, lumbar region with neurogenic "
              "claudication")
    heading(doc, "Goals", 2)
    for g in ["Walk 20 minutes continuously without leg symptoms (currently 6 minutes) within 8 weeks.",
              "Lift a 15-lb grocery bag from floor to counter with proper mechanics and pain ≤ 3/10 within 6 weeks.",
              "Modified Oswestry score from 52% to 30% or less within 12 weeks."]:
        para(doc, g, style="List Number")
    heading(doc, "Plan", 2)
    para(doc, "Therapeutic exercise (97110), manual therapy (97140), aquatic therapy (97113), HEP.")
    para(doc, "Frequency: 2 times per week.  Expected duration: 12 weeks.")
    heading(doc, "Signatures", 2)
    para(doc, f"Physical Therapist: Annelise Kortright, PT, DPT    {us(ev)}")
    para(doc, f"Certifying Practitioner: Gordon Pryce, DC    {us(sig)}")
    para(doc, "(Dr. Pryce is the patient's treating chiropractor and referred him for PT.)", size=8, italic=True)
    save_docx(doc, "ag20_backinmotion_dc_certifier.docx")
    register("ag20_backinmotion_dc_certifier.docx", "medicare-outpatient-therapy", [], asof,
             [["credential-not-permitted", "signature-missing"]],
             "Gap: the plan is certified only by a chiropractor (DC), who may not certify Medicare therapy "
             "plans; either credential-not-permitted or a missing valid physician/NPP certification satisfies "
             "the gap. Layout: heading styles, Word numbered goals, sign-off lines.",
             dict(plan=ev, first_tx=ev, phys_sig=sig, period_end=end, sigs=[ev, sig]))


def ag21():
    ev, end, phys = D(2026, 11, 2), D(2027, 1, 30), D(2026, 11, 5)
    asof = D(2026, 11, 20)
    ot_npi, md_npi = npi("167283940"), npi("128374650")

    def ts(d):
        return d.strftime("%Y%m%d")

    def goal(gid, text, due, code_text):
        return f"""
          <entry>
            <observation classCode="OBS" moodCode="GOL">
              <templateId root="2.16.840.1.113883.10.20.22.4.121" extension="2022-06-01"/>
              <id root="8f1c2a44-6b7e-4c31-9d0a-{gid}"/>
              <code nullFlavor="OTH"><originalText>{code_text}</originalText></code>
              <text>{text}</text>
              <statusCode code="active"/>
              <effectiveTime value="{ts(due)}"/>
            </observation>
          </entry>"""

    def proc(pid, cpt, name, width_min=None):
        return f"""
          <entry>
            <procedure classCode="PROC" moodCode="INT">
              <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2022-06-01"/>
              <id root="3d0b7f10-2c55-4a8e-b1f2-{pid}"/>
              <code code="{cpt}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4" displayName="{name}"/>
              <statusCode code="active"/>
              <effectiveTime><low value="{ts(ev)}"/><high value="{ts(end)}"/></effectiveTime>
            </procedure>
          </entry>"""

    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="OTPOC-20261102-0071"/>
  <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Plan of care note"/>
  <title>Occupational Therapy Plan of Care</title>
  <effectiveTime value="{ts(ev)}1515-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="MRN-2290418" assigningAuthorityName="Granite Bay Hand Center MRN"/>
      <id root="2.16.840.1.113883.4.927" extension="6MV8AJ3XE21" assigningAuthorityName="CMS Medicare Beneficiary Identifier"/>
      <addr use="HP"><streetAddressLine>41 Quarry Road</streetAddressLine><city>Barre</city><state>VT</state><postalCode>05641</postalCode></addr>
      <patient>
        <name use="L"><given>Philomena</given><family>Castellanos-Reid</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19480913"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{ts(ev)}1515-0500"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="{ot_npi}"/>
      <code code="225X00000X" codeSystem="2.16.840.1.113883.6.101" displayName="Occupational Therapist"/>
      <assignedPerson><name><given>Lisbeth</given><family>Tremaine</family><suffix>OTR/L, CHT</suffix></name></assignedPerson>
      <representedOrganization><name>Granite Bay Hand Center</name></representedOrganization>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization>
    <id root="2.16.840.1.113883.19.5.99999.1"/><name>Granite Bay Hand Center</name>
  </representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator>
    <time value="{ts(ev)}1520-0500"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{ot_npi}"/>
      <assignedPerson><name><given>Lisbeth</given><family>Tremaine</family><suffix>OTR/L, CHT</suffix></name></assignedPerson>
    </assignedEntity>
  </legalAuthenticator>
  <authenticator>
    <time value="{ts(phys)}0902-0500"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{md_npi}"/>
      <code code="207XS0106X" codeSystem="2.16.840.1.113883.6.101" displayName="Orthopaedic Surgery - Hand Surgery"/>
      <assignedPerson><name><given>Tobias</given><family>Lindqvist-Achebe</family><suffix>MD</suffix></name></assignedPerson>
    </assignedEntity>
  </authenticator>
  <documentationOf>
    <serviceEvent classCode="PCPR">
      <effectiveTime><low value="{ts(ev)}"/><high value="{ts(end)}"/></effectiveTime>
    </serviceEvent>
  </documentationOf>
  <componentOf>
    <encompassingEncounter>
      <id root="2.16.840.1.113883.19.5.99999.3" extension="ENC-55810"/>
      <code code="97166" codeSystem="2.16.840.1.113883.6.12" displayName="Occupational therapy evaluation, moderate complexity"/>
      <effectiveTime><low value="{ts(ev)}1400-0500"/><high value="{ts(ev)}1510-0500"/></effectiveTime>
    </encompassingEncounter>
  </componentOf>
  <component>
    <structuredBody>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.18" extension="2015-08-01"/>
          <code code="48768-6" codeSystem="2.16.840.1.113883.6.1" displayName="Payment sources"/>
          <title>Insurance</title>
          <text><paragraph>Medicare Part B, MBI 6MV8AJ3XE21</paragraph></text>
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.5.1" extension="2015-08-01"/>
          <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
          <title>Diagnoses</title>
          <text><list><item>S52.531D Colles' fracture of right radius, subsequent encounter, routine healing (primary)</item>
          <item>M25.631 Stiffness of right wrist</item></list></text>
          <entry>
            <act classCode="ACT" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.3" extension="2015-08-01"/>
              <id root="b7e0a1f2-0d61-4d1e-8a7c-000000000001"/>
              <code code="CONC" codeSystem="2.16.840.1.113883.5.6"/>
              <statusCode code="active"/>
              <effectiveTime><low value="{ts(ev)}"/></effectiveTime>
              <entryRelationship typeCode="SUBJ">
                <observation classCode="OBS" moodCode="EVN">
                  <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                  <id root="b7e0a1f2-0d61-4d1e-8a7c-000000000002"/>
                  <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
                  <statusCode code="completed"/>
                  <effectiveTime><low value="20260919"/></effectiveTime>
                  <priorityCode code="8319008" codeSystem="2.16.840.1.113883.6.96" displayName="Principal diagnosis"/>
                  <value xsi:type="CD" code="S52.531D" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM"
                         displayName="Colles' fracture of right radius, subsequent encounter for closed fracture with routine healing"/>
                </observation>
              </entryRelationship>
            </act>
          </entry>
          <entry>
            <act classCode="ACT" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.3" extension="2015-08-01"/>
              <id root="b7e0a1f2-0d61-4d1e-8a7c-000000000003"/>
              <code code="CONC" codeSystem="2.16.840.1.113883.5.6"/>
              <statusCode code="active"/>
              <effectiveTime><low value="{ts(ev)}"/></effectiveTime>
              <entryRelationship typeCode="SUBJ">
                <observation classCode="OBS" moodCode="EVN">
                  <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                  <id root="b7e0a1f2-0d61-4d1e-8a7c-000000000004"/>
                  <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
                  <statusCode code="completed"/>
                  <effectiveTime><low value="{ts(ev)}"/></effectiveTime>
                  <value xsi:type="CD" code="M25.631" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM"
                         displayName="Stiffness of right wrist, not elsewhere classified"/>
                </observation>
              </entryRelationship>
            </act>
          </entry>
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.7.1" extension="2014-06-09"/>
          <code code="47519-4" codeSystem="2.16.840.1.113883.6.1" displayName="History of Procedures"/>
          <title>Procedures</title>
          <text><paragraph>{us(ev)}: Occupational therapy evaluation, moderate complexity (97166). Grip R 12 lb / L 48 lb;
          wrist extension 25 degrees; QuickDASH 61.</paragraph></text>
          <entry>
            <procedure classCode="PROC" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.14" extension="2014-06-09"/>
              <id root="c1d2e3f4-0000-4000-8000-000000000010"/>
              <code code="97166" codeSystem="2.16.840.1.113883.6.12" displayName="Occupational therapy evaluation, moderate complexity"/>
              <statusCode code="completed"/>
              <effectiveTime value="{ts(ev)}"/>
            </procedure>
          </entry>
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.60"/>
          <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/>
          <title>Goals</title>
          <text><list>
            <item>Grip strength right hand from 12 lb to at least 35 lb (Jamar, position 2) by {us(D(2027, 1, 25))}.</item>
            <item>Active wrist extension from 25 to 55 degrees or more by {us(D(2026, 12, 28))}.</item>
            <item>QuickDASH score from 61 to 25 or lower, allowing her to knit and open jars independently, by {us(D(2027, 1, 25))}.</item>
          </list></text>{goal("000000000021", f"Grip strength right hand from 12 lb to at least 35 lb (Jamar, position 2).", D(2027, 1, 25), "Grip strength")}{goal("000000000022", "Active wrist extension from 25 to 55 degrees or more.", D(2026, 12, 28), "Wrist extension AROM")}{goal("000000000023", "QuickDASH score from 61 to 25 or lower, allowing her to knit and open jars independently.", D(2027, 1, 25), "QuickDASH")}
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.10" extension="2014-06-09"/>
          <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care"/>
          <title>Plan of Treatment</title>
          <text>
            <table border="1">
              <thead><tr><th>Service</th><th>CPT</th><th>Frequency</th><th>Duration</th></tr></thead>
              <tbody>
                <tr><td>Therapeutic exercise</td><td>97110</td><td>2x/week</td><td>12 weeks</td></tr>
                <tr><td>Manual therapy (joint mobilization, scar management)</td><td>97140</td><td>2x/week</td><td>12 weeks</td></tr>
                <tr><td>Therapeutic activities (functional grasp and release)</td><td>97530</td><td>2x/week</td><td>12 weeks</td></tr>
              </tbody>
            </table>
            <paragraph>Expected duration: 12 weeks. Certification period: {us(ev)} - {us(end)}.</paragraph>
          </text>{proc("000000000031", "97110", "Therapeutic exercises")}{proc("000000000032", "97140", "Manual therapy techniques")}{proc("000000000033", "97530", "Therapeutic activities")}
        </section>
      </component>
    </structuredBody>
  </component>
</ClinicalDocument>
"""
    save_text("ag21_ccda_hand_ot_poc.xml", xml)
    register("ag21_ccda_hand_ot_poc.xml", "medicare-outpatient-therapy", [], asof, [],
             "Clean. C-CDA Care Plan (OT, hand): MBI in recordTarget and Payers section, ICD-10-CM problem "
             "observations (principal S52.531D), OT evaluation 97166 as encompassing encounter and completed "
             "procedure, three goal observations with target dates, planned CPT procedures over the certification period "
             "with frequency in the section's narrative table and 'Expected duration: 12 weeks', OT as legal "
             "authenticator and the hand surgeon (MD) as authenticator 3 days later.",
             dict(plan=ev, first_tx=ev, phys_sig=phys, period_end=end, sigs=[ev, phys]))


def ag22():
    ev, end, phys = D(2026, 9, 21), D(2026, 12, 19), D(2026, 9, 25)
    asof = D(2026, 11, 5)
    doc = new_doc("Tahoma", 10)
    para(doc, "Hometown Therapy Partners", bold=True, size=12)
    para(doc, "Outpatient Occupational Therapy – Plan of Care", size=11)
    para(doc, "")
    para(doc, "Client Information", bold=True, underline=True)
    para(doc, "Name: Winifred Abernathy-Cho      DOB: 11/02/1939      Medicare: 7TE2-MA5-HQ64")
    para(doc, f"Initial Evaluation: {us(ev)}      Plan Date: {us(ev)}")
    para(doc, f"Cert Period: {us(ev)} - {us(end)}")
    para(doc, "")
    para(doc, "Diagnosis", bold=True, underline=True)
    para(doc, "G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations\n"
              "R27.8 Other lack of coordination")
    para(doc, "")
    para(doc, "Evaluation Summary", bold=True, underline=True)
    para(doc, "Pt reports increasing difficulty with buttons, handwriting and getting in/out of the tub. Lives "
              "with husband, who assists with bathing. Box and Block R 38, L 41. Requires min A for LB "
              "dressing.")
    para(doc, "")
    para(doc, "Goals", bold=True, underline=True)
    para(doc, "1. Pt will improve fine motor coordination for self-care tasks.")
    para(doc, "2. Pt will be more independent with dressing.")
    para(doc, "3. Pt will demonstrate improved safety awareness during bathing.")
    para(doc, "4. Pt will maintain handwriting skills.")
    para(doc, "")
    para(doc, "Plan", bold=True, underline=True)
    para(doc, "Treatment will include: ADL training (97535), therapeutic activities (97530), fine motor and "
              "coordination training (97112), adaptive equipment assessment and training, LSVT BIG principles, "
              "caregiver education.")
    para(doc, "Frequency: 2x per week          Duration: 12 weeks")
    para(doc, "")
    para(doc, f"OT: Fenella Marchbanks, MOT, OTR/L    Date: {us(ev)}")
    para(doc, f"Physician certification: Caldwell Nwachukwu, MD    Date: {us(phys)}")
    save_docx(doc, "ag22_hometown_ot_vague_goals.docx")
    register("ag22_hometown_ot_vague_goals.docx", "medicare-outpatient-therapy", [], asof,
             [["goal-not-measurable"]],
             "Gap: all four goals are general aims ('improve fine motor coordination', 'be more independent "
             "with dressing', 'improved safety awareness', 'maintain handwriting') with no measure or level; "
             "no objectives. Layout: bold underlined titles, label lines, numbered goals typed as text.",
             dict(plan=ev, first_tx=ev, phys_sig=phys, period_end=end, sigs=[ev, phys]))


def ag23():
    ev, end, phys = D(2024, 3, 11), D(2024, 6, 8), D(2024, 3, 20)
    asof = D(2024, 4, 22)
    doc = new_doc("Calibri", 10)
    para(doc, "RIVERSTONE PHYSICAL THERAPY & WELLNESS", bold=True, size=13, align="center")
    para(doc, "Medicare Plan of Care", align="center", size=11)
    t = table(doc, [["PATIENT INFORMATION", "", "", ""],
                    ["Name", "Augustin Delacourt", "Medicare #", "4AF6-RE1-VN27"],
                    ["DOB", "08/15/1946", "Phone", "(608) 555-0174"],
                    ["Date of evaluation", us(ev), "Plan of care effective", f"{us(ev)} to {us(end)}"]],
              header=False)
    merge_row(t, 0, "PATIENT INFORMATION", fill="D9E2F3")
    for r in t.rows[1:]:
        for c in (r.cells[0], r.cells[2]):
            c.paragraphs[0].runs[0].bold = True
    para(doc, "")
    t = table(doc, [["DIAGNOSES", ""],
                    ["ICD-10", "Description"],
                    ["M17.11", "Unilateral primary osteoarthritis, right knee"],
                    ["R26.89", "Other abnormalities of gait and mobility"],
                    ["Z91.81", "History of falling"]], header=False)
    merge_row(t, 0, "DIAGNOSES", fill="D9E2F3")
    para(doc, "")
    t = table(doc, [["GOALS", "", ""],
                    ["Goal", "Current", "Target / time frame"],
                    ["Gait: ambulate community distances with straight cane", "250 ft with RW",
                     "1000 ft with SPC, independent, 8 wks"],
                    ["Balance: Berg Balance Scale", "39/56", "≥ 47/56, 8 wks"],
                    ["Stairs: 14 steps to bedroom", "step-to, 2 rails, CGA",
                     "reciprocal with 1 rail, independent, 6 wks"],
                    ["Pain with walking (NPRS)", "7/10", "≤ 3/10, 4 wks"]], header=False)
    merge_row(t, 0, "GOALS", fill="D9E2F3")
    for c in t.rows[1].cells:
        c.paragraphs[0].runs[0].bold = True
    para(doc, "")
    t = table(doc, [["TREATMENT PLAN", "", "", ""],
                    ["Code", "Intervention", "Frequency", "Duration"],
                    ["97110", "Therapeutic exercise", "2x/wk", "8 weeks"],
                    ["97116", "Gait training", "2x/wk", "8 weeks"],
                    ["97112", "Neuromuscular re-education (balance)", "2x/wk", "8 weeks"],
                    ["97140", "Manual therapy", "1x/wk", "4 weeks"]], header=False)
    merge_row(t, 0, "TREATMENT PLAN", fill="D9E2F3")
    for c in t.rows[1].cells:
        c.paragraphs[0].runs[0].bold = True
    para(doc, "")
    t = table(doc, [["SIGNATURES", "", ""],
                    ["Physical Therapist", "Marisela Quintanilla-Berg, PT, DPT", us(ev)],
                    ["Certifying Physician", "Desmond Hargreave-Lin, DO", us(phys)]], header=False)
    merge_row(t, 0, "SIGNATURES", fill="D9E2F3")
    para(doc, CERT_TEXT, size=8, italic=True)
    save_docx(doc, "ag23_riverstone_pt_2024.docx")
    register("ag23_riverstone_pt_2024.docx", "medicare-outpatient-therapy", [], asof, [],
             "Clean, checked as of 2024-04-22 (profile version 2015-10, before the 2025 signature change). "
             "Layout: stacked tables each with a merged shaded title row (patient, diagnoses, goals with "
             "current/target/time-frame columns, treatment codes with frequency and duration, signatures); "
             "physician signed 9 days after the evaluation.",
             dict(plan=ev, first_tx=ev, phys_sig=phys, period_end=end, sigs=[ev, phys]))


def ag24():
    ev, end, phys = D(2026, 10, 26), D(2027, 1, 22), D(2026, 10, 30)
    asof = D(2026, 11, 24)
    doc = new_doc("Arial", 10)
    para(doc, "Clearwater Neuro Rehab – Speech Therapy", bold=True, size=12)
    para(doc, "Plan of Care (Initial Certification)", bold=True)
    para(doc, "")
    table(doc, [["Client", "Bartholomew Achterberg-Yuen", "Medicare ID", "3JX5-UK8-NE02"],
                ["Birth date", "05/05/1943", "Start of care", us(ev)],
                ["Plan date", us(ev), "Certification through", us(end)]], header=False, bold_first_col=True)
    para(doc, "")
    para(doc, "Dx: I69.320 Aphasia following cerebral infarction (medical); R41.841 Cognitive communication "
              "deficit (treatment)")
    para(doc, "")
    para(doc, "Long Term Goal 1: Client will state his needs and short messages to family in 4-6 word "
              "sentences with 90% intelligibility and no more than 1 cue per 10 utterances by 12 weeks.")
    para(doc, "  STG 1a: Name 20/25 common household objects from photos with min cues in 4 weeks.")
    para(doc, "  STG 1b: Answer yes/no questions about personal information with 95% accuracy in 3 weeks.")
    para(doc, "Long Term Goal 2: Client will manage his own medication schedule using a pill organizer and "
              "checklist with 100% accuracy over 2 consecutive weeks by 12 weeks.")
    para(doc, "  STG 2a: Recall 3 of 3 daily tasks after a 10-minute delay using a memory notebook in 80% of "
              "trials within 6 weeks.")
    para(doc, "")
    table(doc, [["Service", "CPT", "Frequency", "Duration"],
                ["Treatment of speech, language, voice, communication (aphasia)", "92507", "2x/week", "12 weeks"],
                ["Cognitive function intervention, first 15 min", "97129", "1x/week", "12 weeks"],
                ["Cognitive function intervention, each additional 15 min", "9713O", "1x/week", "12 weeks"]],
          head_fill="E7E6E6")
    para(doc, "")
    para(doc, f"SLP: Marguerite Ndiaye-Foster, M.A., CCC-SLP  (e-signed {us(ev)})")
    para(doc, f"Physician: Ravindra Okonjo, MD  (e-signed {us(phys)})")
    save_docx(doc, "ag24_clearwater_slp_code_typo.docx")
    register("ag24_clearwater_slp_code_typo.docx", "medicare-outpatient-therapy", [], asof,
             [["service-code-invalid"]],
             "Gap: the add-on cognitive intervention is coded '9713O' (letter O for zero; 97130), which is "
             "not a well-formed CPT/HCPCS code. Layout: form table, 'Long Term Goal 1' / 'STG 1a' lines, "
             "services table, e-signed lines with the date in parentheses.",
             dict(plan=ev, first_tx=ev, phys_sig=phys, period_end=end, sigs=[ev, phys]))


# =============================================================================================
# Medicare home health
# =============================================================================================

HH_CERT = ("I certify that this patient is confined to his/her home and needs intermittent skilled nursing "
           "care, physical therapy and/or speech therapy, or continues to need occupational therapy. The "
           "patient is under my care, and I have authorized the services on this plan of care and will "
           "periodically review the plan. A face-to-face encounter was performed.")
HH_PENALTY = ("Anyone who misrepresents, falsifies, or conceals essential information required for payment of "
              "Federal funds may be subject to fine, imprisonment, or civil penalty under applicable Federal "
              "laws.")


def ag25():
    soc, end, phys = D(2026, 10, 5), D(2026, 12, 3), D(2026, 10, 14)
    asof = D(2026, 11, 18)
    doc = new_doc("Arial", 8, margins=0.4)
    para(doc, "HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True, size=10, align="center")
    t = doc.add_table(rows=9, cols=4)
    t.style = "Table Grid"
    boxed(t, 0, 0, "1. Patient's HI Claim No.", "5HE8-NC2-WQ47", 6, 9)
    boxed(t, 0, 1, "2. Start Of Care Date", us(soc), 6, 9)
    boxed(t, 0, 2, "3. Certification Period", f"From: {us(soc)}   To: {us(end)}", 6, 9)
    boxed(t, 0, 3, "4. Medical Record No.  5. Provider No.", "HH-30418    147-221", 6, 9)
    boxed(t, 1, 0, "6. Patient's Name and Address", "Lucille Ambrose-Tanaka\n18 Wren Court\nDothan, AL 36301", 6, 9)
    boxed(t, 1, 1, "7. Provider's Name, Address and Telephone Number",
          "Wiregrass Home Health Services\n900 Ross Clark Cir\nDothan, AL 36303  (334) 555-0120", 6, 9)
    boxed(t, 1, 2, "8. Date of Birth", "02/17/1938", 6, 9)
    boxed(t, 1, 3, "9. Sex", "☐ M  ☒ F", 6, 9)
    m = t.cell(2, 0).merge(t.cell(2, 1))
    boxed(t, 2, 0, "11. ICD-10-CM  Principal Diagnosis  Date",
          "I11.0  Hypertensive heart disease with heart failure   09/29/2026 (E)", 6, 9)
    m = t.cell(2, 2).merge(t.cell(2, 3))
    boxed(t, 2, 2, "10. Medications: Dose/Frequency/Route (N)ew (C)hanged",
          "Furosemide 40 mg PO daily (C); Metoprolol succinate 50 mg PO daily; Metformin 500 mg PO BID; "
          "Apixaban 5 mg PO BID", 6, 9)
    m = t.cell(3, 0).merge(t.cell(3, 3))
    boxed(t, 3, 0, "13. ICD-10-CM  Other Pertinent Diagnoses  Date",
          "I50.32 Chronic diastolic (congestive) heart failure  09/29/2026 (E)\n"
          "I48.91 Unspecified atrial fibrillation  05/2019 (O)\n"
          "E11.9 Type 2 diabetes mellitus without complications  2011 (O)\n"
          "Z79.01 Long term (current) use of anticoagulants", 6, 9)
    m = t.cell(4, 0).merge(t.cell(4, 3))
    boxed(t, 4, 0, "15. Safety Measures  16. Nutritional Req.  17. Allergies  18.A Functional Limitations  "
                   "18.B Activities Permitted",
          "Fall precautions, bleeding precautions. 2 g sodium, carb-controlled diet, 1.5 L fluid restriction. "
          "NKDA. Endurance, ambulation, dyspnea with minimal exertion. Up as tolerated, walker.", 6, 9)
    m = t.cell(5, 0).merge(t.cell(5, 3))
    boxed(t, 5, 0, "21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)",
          "SN 1w1, 2w3, 1w4: skilled assessment of cardiopulmonary status, daily weight review, medication "
          "teaching (diuretic, anticoagulant), diabetic foot checks, CHF diet teaching. SN 2 PRN visits for "
          "weight gain > 3 lb in a day or 5 lb in a week.\n"
          "PT 2w4: gait and balance training, home exercise program, transfer training.\n"
          "HHA 2w4: assist with bathing and personal care.\n"
          "MSW 1w1: community resources, meal delivery, caregiver support.", 6, 9)
    m = t.cell(6, 0).merge(t.cell(6, 3))
    boxed(t, 6, 0, "22. Goals / Rehabilitation Potential / Discharge Plans",
          f"Pt will verbalize 3 of 3 signs of CHF exacerbation to report to MD by {us(D(2026, 10, 30))}.\n"
          f"Pt weight will stay within 3 lb of 176 lb dry weight for 4 consecutive weeks by {us(end)}.\n"
          f"Pt will ambulate 150 ft with rolling walker with standby assist by {us(D(2026, 11, 30))}.\n"
          f"Pt/daughter will state correct dose and timing of all medications 100% on teach-back by "
          f"{us(D(2026, 11, 13))}.\n"
          "Rehab potential: fair. Discharge when goals met; to self-care with daughter's support.", 6, 9)
    boxed(t, 7, 0, "23. Nurse's Signature and Date of Verbal SOC Where Applicable",
          f"Verbal SOC from Dr. Ostrander 10/02/2026 — Ruth Baptiste-Holm, RN  {us(soc)}", 6, 9)
    boxed(t, 7, 1, "25. Date HHA Received Signed POT", us(D(2026, 10, 16)), 6, 9)
    m = t.cell(7, 2).merge(t.cell(7, 3))
    boxed(t, 7, 2, "24. Physician's Name and Address",
          f"Harlan Ostrander, MD\nNPI {npi('154637281')}\nWiregrass Internal Medicine, 410 Main St, Dothan AL", 6, 9)
    m = t.cell(8, 0).merge(t.cell(8, 1))
    boxed(t, 8, 0, "26. " + HH_CERT, "", 5, 9)
    m = t.cell(8, 2).merge(t.cell(8, 3))
    boxed(t, 8, 2, "27. Attending Physician's Signature and Date Signed",
          f"Harlan Ostrander, MD (e-signed)   {us(phys)}", 6, 9)
    para(doc, "28. " + HH_PENALTY, size=6)
    save_docx(doc, "ag25_wiregrass_cms485_boxes.docx")
    register("ag25_wiregrass_cms485_boxes.docx", "medicare-home-health", [], asof, [],
             "Clean. CMS-485-style form: numbered caption boxes over values in a merged-cell grid, orders in "
             "home-health shorthand (1w1, 2w3, 1w4; 2 PRN visits), goals with target dates, physician "
             "e-signature in box 27 nine days after SOC; 59-day certification period.",
             dict(plan=soc, soc=soc, period_end=end, sigs=[soc, phys],
                  targets=[D(2026, 10, 30), end, D(2026, 11, 30), D(2026, 11, 13)]))


def ag26():
    soc, end, phys = D(2026, 9, 21), D(2026, 11, 19), D(2026, 9, 28)
    asof = D(2026, 11, 3)
    doc = new_doc("Consolas", 8.5, margins=0.6)
    header_text(doc, ["BLUE HERON HOME CARE  |  Certification & Plan of Care  |  Printed 09/29/2026"], size=7)
    header_text(doc, ["Patient: DRUMMOND, ELIAS W   MRN 0098113   Episode 09/21/2026-11/19/2026"], footer=True, size=7)
    para(doc, "PATIENT")
    para(doc, "  Name ............ Elias W. Drummond")
    para(doc, "  DOB ............. 03/30/1941")
    para(doc, "  Medicare (MBI) .. 2YR7-TF6-DC80")
    para(doc, f"  SOC ............. {us(soc)}")
    para(doc, f"  Cert Period ..... {us(soc)} - {us(end)}")
    para(doc, "DIAGNOSES")
    para(doc, "  Primary   T83.511D  Infection and inflammatory reaction due to indwelling urethral catheter, subs")
    para(doc, "  Other     N31.9     Neuromuscular dysfunction of bladder, unspecified")
    para(doc, "  Other     N39.0     Urinary tract infection, site not specified")
    para(doc, "  Other     G20.A1    Parkinson's disease without dyskinesia, w/o fluctuations")
    para(doc, "ORDERS")
    para(doc, "  SN 2w2, 1w6 - assess GU status, s/s UTI, hydration; teach catheter care to wife; Foley "
              "catheter 16Fr 10 mL balloon change every 30 days.")
    para(doc, "  SN PRN visits for catheter blockage, leakage or dislodgement.")
    para(doc, "  PT 2w4 - strengthening, transfer and gait training, fall prevention.")
    para(doc, "  HHA 3w8 - bathing, personal care, catheter bag emptying assist.")
    para(doc, "GOALS")
    para(doc, f"  1. Pt will be free of s/s UTI (temp < 100.4 F, no cloudy/foul urine) for the rest of the "
              f"episode, by {us(end)}.")
    para(doc, f"  2. Wife will return-demonstrate catheter and drainage bag care correctly in 2 of 2 visits by "
              f"{us(D(2026, 10, 9))}.")
    para(doc, f"  3. Pt will transfer bed<->chair with supervision only (currently mod A) by {us(D(2026, 11, 13))}.")
    para(doc, "  Rehab potential: fair for stated goals. D/C plan: to care of wife when goals met.")
    para(doc, "CERTIFICATION")
    para(doc, "  " + HH_CERT)
    para(doc, f"  Physician: Wendeline Okafor, DO   NPI {npi('176540321')}")
    para(doc, f"  Electronically signed by Wendeline Okafor, DO on {us(phys)} 18:22")
    save_docx(doc, "ag26_blueheron_prn_unbounded.docx")
    register("ag26_blueheron_prn_unbounded.docx", "medicare-home-health", [], asof, [["frequency-missing"]],
             "Gap: 'SN PRN visits for catheter blockage, leakage or dislodgement' gives no limit on the number "
             "of PRN visits (42 CFR 409.43: PRN orders need a limit). Layout: monospace EHR print with dotted "
             "leaders, column-aligned diagnosis lines, e-signature.",
             dict(plan=soc, soc=soc, period_end=end, sigs=[soc, phys],
                  targets=[end, D(2026, 10, 9), D(2026, 11, 13)]))


def ag27():
    soc, end = D(2026, 10, 19), D(2026, 12, 17)
    asof = D(2026, 11, 10)
    doc = new_doc("Calibri", 10.5)
    para(doc, "Valley Oak Visiting Nurses", bold=True, size=13)
    heading(doc, "Plan of Care – Home Health", 1)
    heading(doc, "Patient", 2)
    para(doc, "Name: Cordelia Fitzwilliam-Nakamura\nDate of birth: 07/07/1936\nMedicare Beneficiary ID: "
              "9KT4-XG1-AP38")
    para(doc, f"Start of care: {us(soc)}\nCertification period: {us(soc)} through {us(end)}")
    heading(doc, "Diagnoses", 2)
    para(doc, "L89.153 Pressure ulcer of sacral region, stage 3 (primary)\nE11.622 Type 2 diabetes mellitus "
              "with other skin ulcer\nZ74.1 Need for assistance with personal care")
    heading(doc, "Disciplines, Visits and Treatments", 2)
    para(doc, "Skilled nursing 3w3, 2w5 for wound assessment and care: cleanse sacral wound with normal saline, "
              "apply calcium alginate and foam border dressing, change 3x/week and PRN soiling (up to 2 extra "
              "visits); measure wound weekly; diabetic teaching.", style="List Bullet")
    para(doc, "Physical therapy 1w1 for evaluation and pressure-relief positioning/equipment.",
         style="List Bullet")
    para(doc, "Home health aide 3w8 for bathing and skin care.", style="List Bullet")
    para(doc, "Registered dietitian 1w1 (one visit) for protein intake.", style="List Bullet")
    heading(doc, "Goals", 2)
    para(doc, f"Sacral wound will decrease from 4.2 x 3.1 x 0.6 cm to 2.0 x 1.5 x 0.2 cm or less by {us(end)}.",
         style="List Number")
    para(doc, f"Caregiver (son) will reposition patient every 2 hours while awake, per turning log, 90% of "
              f"entries by {us(D(2026, 11, 16))}.", style="List Number")
    para(doc, f"Fasting blood glucose 80-150 mg/dL on 6 of 7 days (glucometer log) by {us(D(2026, 11, 30))}.",
         style="List Number")
    heading(doc, "Certification", 2)
    para(doc, HH_CERT, size=9)
    para(doc, "Attending physician: Marcus Teague-Osei, MD        NPI " + npi("109876543"))
    para(doc, "Physician signature: ____________________________   Date signed: ____________")
    para(doc, f"Verbal order for start of care taken by: Inés Calloway, RN on {us(D(2026, 10, 16))}")
    para(doc, "Plan sent to physician for signature " + us(D(2026, 10, 21)) + " (fax).", size=9, italic=True)
    save_docx(doc, "ag27_valleyoak_unsigned_poc.docx")
    register("ag27_valleyoak_unsigned_poc.docx", "medicare-home-health", [], asof, [["signature-missing"]],
             "Gap: the attending physician's signature and date lines are blank (only a verbal SOC order and "
             "a fax-sent note); the plan of care is not certified. Layout: Word headings, bulleted discipline "
             "orders, numbered goals.",
             dict(plan=soc, soc=soc, period_end=end, sigs=[soc],
                  targets=[end, D(2026, 11, 16), D(2026, 11, 30)]))


def ag28():
    soc, end, phys = D(2026, 10, 12), D(2026, 12, 10), D(2026, 10, 20)
    asof = D(2026, 11, 19)
    doc = new_doc("Calibri", 9.5, margins=0.6, landscape=True)
    para(doc, "Pinecrest Home Health Agency — Plan of Care (Certification)", bold=True, size=12)
    table(doc, [["Patient", "MBI", "DOB", "SOC", "Certification period", "Agency MR#"],
                ["Ambrose Kettering-Lowe", "8WC3-HJ5-RM91", "10/21/1942", us(soc), f"{us(soc)} - {us(end)}",
                 "PC-7781"]], head_fill="D0CECE")
    para(doc, "")
    table(doc, [["Dx", "ICD-10-CM", "Description"],
                ["Primary", "G20", "Parkinson's disease"],
                ["Secondary", "R26.89", "Other abnormalities of gait and mobility"],
                ["Secondary", "Z91.81", "History of falling"],
                ["Secondary", "R13.12", "Dysphagia, oropharyngeal phase"]], head_fill="D0CECE")
    para(doc, "")
    table(doc, [["Discipline", "Frequency / duration", "Orders", "Goals (measurable, with target date)"],
                ["SN", "1w1, 1 every other week x 4",
                 "Assess Parkinson's med timing and response, orthostatic BP, swallow precautions, fall risk",
                 f"Pt/wife will state the medication schedule and 2 signs of aspiration correctly on teach-back by "
                 f"{us(D(2026, 11, 9))}"],
                ["PT", "2w4",
                 "Gait training with cueing (LSVT BIG), balance, transfers, home safety",
                 f"Ambulate 200 ft with 4-wheeled walker and visual cues with no freezing episodes by "
                 f"{us(D(2026, 12, 4))}; TUG from 21 s to under 15 s by {us(D(2026, 12, 4))}"],
                ["SLP", "2w3",
                 "Dysphagia treatment, compensatory strategies, LSVT LOUD",
                 f"Tolerate thin liquids with chin tuck without cough in 9 of 10 trials by {us(D(2026, 11, 20))}"],
                ["HHA", "2w6", "Shower assistance, personal care", "—"]], head_fill="D0CECE")
    para(doc, "")
    para(doc, "Rehab potential: good for stated goals.  Discharge plan: home with wife when goals met.")
    para(doc, HH_CERT, size=8)
    table(doc, [["Certifying practitioner", "NPI", "Signature", "Date signed"],
                ["Priscilla Moreno-Hale, MD", npi("132547698"), "e-signed", us(phys)]], head_fill="D0CECE")
    save_docx(doc, "ag28_pinecrest_landscape_g20.docx")
    register("ag28_pinecrest_landscape_g20.docx", "medicare-home-health", [], asof,
             [["diagnosis-code-not-billable"]],
             "Gap: principal diagnosis coded G20, a category since October 2023 (billable: G20.A1-G20.C). "
             "Layout: landscape page, header-row tables for identifiers, diagnoses (Dx | ICD-10-CM | "
             "Description), discipline orders with goals per row, and a signer table.",
             dict(plan=soc, soc=soc, period_end=end, sigs=[phys],
                  targets=[D(2026, 11, 9), D(2026, 12, 4), D(2026, 11, 20)]))


def ag29():
    soc, end, phys = D(2026, 8, 17), D(2026, 10, 15), D(2026, 8, 25)
    asof = D(2026, 11, 4)
    y = f"""schema: authcheck-plan/1
# Exported from Sandhill Home Health scheduling system (nightly extract, episode 1)
patient:
  name: Florentina Ibarra-Whitlock
  birth_date: 1944-12-01
  member_id: 3QA9-DT4-KW56
payer: Medicare (traditional)
discipline: home-health
program: Skilled home health
plan_date: {soc.isoformat()}
first_treatment_date: {soc.isoformat()}
period:
  start: {soc.isoformat()}
  end: {end.isoformat()}
providers:
  - name: Thaddeus Ong-Bramwell
    credential: MD
    npi: "{npi('162534870')}"
    role: certifying physician
    organization: Sandhill Family Medicine
  - name: Gretchen Aldana
    credential: RN
    role: case manager
    organization: Sandhill Home Health
diagnoses:
  - code: S72.141D
    description: Displaced intertrochanteric fracture of right femur, subsequent encounter for closed fracture with routine healing
    primary: true
  - code: Z96.641
    description: Presence of right artificial hip joint
  - code: Z91.81
    description: History of falling
problems:
  - statement: Impaired mobility after right hip fracture repair
    goals:
      - statement: Patient will walk 250 feet with a rolling walker, modified independent, on level surfaces.
        target_date: 2026-10-09
      - statement: Patient will climb 4 porch steps with one rail and standby assist.
        target_date: 2026-10-14
  - statement: Pain and medication management
    goals:
      - statement: Patient will report hip pain at 3/10 or lower during walking on 3 consecutive visits.
        target_date: 2026-09-25
interventions:
  - description: Skilled nursing - wound/incision check, pain and anticoagulant teaching
    frequency: 1w3, 1w2
  - description: Physical therapy - gait, transfer and stair training, home exercise program
    frequency: 2w4, 1w4
  - description: Home health aide - bathing assistance
    frequency: 2w6
services:
  - description: Skilled nursing visits
    frequency: 1w3, 1w2
    duration: 5 weeks
  - description: Physical therapy visits
    frequency: 2w4, 1w4
    duration: 8 weeks
  - description: Home health aide visits
    frequency: 2w6
    duration: 6 weeks
signatures:
  - role: physician
    name: Thaddeus Ong-Bramwell
    credential: MD
    npi: "{npi('162534870')}"
    date: {phys.isoformat()}
    method: electronic
  - role: clinician
    name: Gretchen Aldana
    credential: RN
    date: {soc.isoformat()}
    method: electronic
free_text:
  - heading: Episode status
    text: Services continuing after the certification period per weekly schedule; recertification OASIS not yet entered.
"""
    save_text("ag29_sandhill_native_export.yaml", y)
    register("ag29_sandhill_native_export.yaml", "medicare-home-health", [], asof, [["review-overdue"]],
             "Gap: the 60-day certification period ended 10/15/2026; on the as-of date 2026-11-04 no "
             "recertification is recorded or scheduled while services continue. Layout: authcheck native YAML "
             "(schema authcheck-plan/1) as exported by an agency system.",
             dict(plan=soc, soc=soc, period_end=end, sigs=[soc, phys],
                  targets=[D(2026, 10, 9), D(2026, 10, 14), D(2026, 9, 25)]))


def ag30():
    soc, end, phys = D(2026, 10, 26), D(2026, 12, 24), D(2026, 10, 30)
    asof = D(2026, 11, 24)
    doc = new_doc("Calibri", 10)
    header_text(doc, ["Magnolia Bend Home Health | Patient: Theophilus Grantham-Eze | MBI 6NF2-CE7-TY45 | "
                      "DOB 04/04/1945"], size=8)
    para(doc, "HOME HEALTH PLAN OF CARE", bold=True, size=13, color="7030A0")
    para(doc, "Episode 1 — Initial certification", italic=True)
    para(doc, "")
    lv(doc, "Start of Care", mon(soc))
    lv(doc, "Certification Period", f"{mon(soc)} to {mon(end)}")
    lv(doc, "Allowed practitioner (certifying)", "Candace Whitlow-Abara, NP — Bend Family Clinic")
    para(doc, "")
    para(doc, "DIAGNOSES", bold=True, color="7030A0")
    para(doc, "1. J44.1 Chronic obstructive pulmonary disease with (acute) exacerbation — PRIMARY")
    para(doc, "2. J96.11 Chronic respiratory failure with hypoxia")
    para(doc, "3. Z99.81 Dependence on supplemental oxygen")
    para(doc, "4. Z87.891 Personal history of nicotine dependence")
    para(doc, "")
    para(doc, "ORDERS BY DISCIPLINE", bold=True, color="7030A0")
    table(doc, [["Discipline", "Visits", "Treatments"],
                ["Skilled Nursing", "2w2, 1w6",
                 "Cardiopulmonary assessment, SpO2, inhaler/nebulizer technique teaching, COPD action plan, "
                 "O2 safety"],
                ["Skilled Nursing PRN", "PRN x 2 visits", "For increased dyspnea or O2 equipment problems"],
                ["Occupational Therapy", "2w3, 1w2", "Energy conservation during ADLs, adaptive equipment"],
                ["Home Health Aide", "2w4", "Bathing with O2 in place"]], head_fill="E4DFEC")
    para(doc, "")
    para(doc, "GOALS", bold=True, color="7030A0")
    para(doc, f"• Patient will demonstrate correct inhaler and spacer technique in 3 of 3 return "
              f"demonstrations by {mon(D(2026, 11, 16))}.")
    para(doc, f"• Patient will keep SpO2 at or above 90% on 2 L O2 at rest on every SN visit through "
              f"{mon(end)}.")
    para(doc, f"• Patient will complete upper-body bathing and dressing with pursed-lip breathing and no more "
              f"than 2 rest breaks by {mon(D(2026, 12, 11))}.")
    para(doc, f"• Patient will name 3 early warning signs on his COPD action plan and who to call by "
              f"{mon(D(2026, 11, 9))}.")
    para(doc, "")
    para(doc, "CERTIFICATION STATEMENT", bold=True, color="7030A0")
    para(doc, HH_CERT, size=9)
    para(doc, f"Signed: Candace Whitlow-Abara, NP  (NPI {npi('173829104')})  —  {mon(phys)}")
    para(doc, f"Clinical manager review: Oluwaseun Pratt, RN, BSN  —  {mon(soc)}")
    save_docx(doc, "ag30_magnoliabend_np_certified.docx")
    register("ag30_magnoliabend_np_certified.docx", "medicare-home-health", [], asof, [],
             "Clean. Agency plan of care certified by a nurse practitioner (an allowed practitioner), dates "
             "written 'Oct 26, 2026', orders table with home-health shorthand and a PRN row limited to 2 "
             "visits, bulleted goals with target dates; identifiers only in the page header and the lines.",
             dict(plan=soc, soc=soc, period_end=end, sigs=[soc, phys],
                  targets=[D(2026, 11, 16), end, D(2026, 12, 11), D(2026, 11, 9)]))


# =============================================================================================
# Commercial ABA
# =============================================================================================

def ag31():
    plan, a1, a2 = D(2026, 9, 14), D(2026, 8, 24), D(2026, 8, 27)
    start, end, review = D(2026, 9, 21), D(2027, 3, 20), D(2027, 3, 5)
    bcba, guard = D(2026, 9, 14), D(2026, 9, 16)
    asof = D(2026, 11, 16)
    doc = new_doc("Calibri", 10.5)
    header_text(doc, ["Spectrum Bridges Behavioral Health, PLLC  ·  ABA Treatment Plan  ·  CONFIDENTIAL"])
    header_text(doc, ["Client: Mateo Villanueva-Rhodes   DOB 05/02/2020   Member ID W728410356"], footer=True)
    para(doc, "Applied Behavior Analysis – Initial Treatment Plan and Authorization Request", bold=True, size=14)
    heading(doc, "1. Identifying Information", 2)
    table(doc, [["Client name", "Mateo Villanueva-Rhodes"], ["Date of birth", "05/02/2020 (age 6)"],
                ["Health plan", "Cigna Open Access Plus"], ["Member ID", "W728410356"],
                ["Parents/guardians", "Adriana Villanueva (mother), Colin Rhodes (father)"],
                ["Plan date", us(plan)],
                ["Requested authorization period", f"{us(start)} – {us(end)}"],
                ["Supervising BCBA", f"Nadia Szczepanski, MS, BCBA, LBA (NPI {npi('181726354')})"]],
          header=False, bold_first_col=True, widths=[2.2, 4.3])
    heading(doc, "2. Reason for Referral and Background", 2)
    para(doc, "Mateo was referred by his developmental pediatrician for ABA. He uses about 15 single words, "
              "elopes from adults in community settings, and has daily tantrums with head-hitting when "
              "routines change. He attends a general-education kindergarten with a 1:1 aide.")
    heading(doc, "3. Diagnosis", 2)
    para(doc, "F84.0 Autistic disorder (autism spectrum disorder, level 2) – primary. Diagnosed by Harriet "
              "Okonkwo-Lund, PhD, licensed psychologist, on 03/14/2025 (ADOS-2, Module 1).")
    heading(doc, "4. Assessments", 2)
    table(doc, [["Instrument", "Date", "Results"],
                ["VB-MAPP (Milestones / Barriers)", us(a1), "Milestones 58/170 (Level 2); Barriers 31"],
                ["Vineland-3 (parent interview form)", us(a2), "ABC 64; Communication 58; Socialization 61"],
                ["Functional behavior assessment (interview + ABC observation)", us(a1),
                 "Tantrums/self-injury maintained by escape and access to tangibles"]], head_fill="DDEBF7")
    heading(doc, "5. Behavior Reduction Goals", 2)
    table(doc, [["Target", "Definition", "Baseline", "Goal / mastery criterion", "Target date"],
                ["Elopement", "Moves > 3 ft away from adult without permission in community settings",
                 "4.5 per hour", "≤ 0.5 per hour for 4 consecutive weeks", us(D(2027, 3, 5))],
                ["Self-injury (head hitting)", "Open or closed hand contact with own head",
                 "11 per day", "≤ 1 per day for 3 consecutive weeks", us(D(2027, 2, 19))]], head_fill="DDEBF7")
    heading(doc, "6. Skill Acquisition Goals", 2)
    table(doc, [["Domain", "Goal", "Baseline", "Mastery criterion", "Target date"],
                ["Communication", "Mateo will mand for 20 different items/activities using 2-word phrases",
                 "3 mands, single words", "80% of opportunities across 3 consecutive sessions", us(D(2027, 1, 29))],
                ["Social", "Mateo will take turns in a 2-person game for 5 exchanges", "0 exchanges",
                 "4 of 5 probes across 2 therapists", us(D(2027, 2, 26))],
                ["Daily living", "Mateo will wash hands independently (7-step task analysis)", "2 of 7 steps",
                 "100% of steps for 5 consecutive days", us(D(2026, 12, 18))]], head_fill="DDEBF7")
    heading(doc, "7. Parent / Caregiver Training Goals", 2)
    table(doc, [["Goal", "Baseline", "Mastery criterion", "Target date"],
                ["Parents will use a first-then visual and planned ignoring for tantrums at home",
                 "30% fidelity", "≥ 90% fidelity on the fidelity checklist across 3 consecutive observations",
                 us(D(2027, 1, 15))],
                ["Parents will run 10 mand trials during snack with correct prompting", "1 of 10 trials correct",
                 "9 of 10 correct in 2 consecutive sessions", us(D(2027, 2, 12))]], head_fill="DDEBF7")
    heading(doc, "8. Services Requested", 2)
    table(doc, [["CPT", "Service", "Hours per week", "Units (6 months)", "Setting"],
                ["97153", "Adaptive behavior treatment by protocol (RBT)", "20 hours per week", "2080", "Home/clinic"],
                ["97155", "Protocol modification by BCBA", "3 hours per week", "312", "Home/clinic"],
                ["97156", "Family adaptive behavior guidance", "1.5 hours per week", "156", "Home"]],
          head_fill="DDEBF7")
    para(doc, f"Progress review and updated plan: {us(review)}, before the end of the authorization period.")
    heading(doc, "9. Coordination of Care, Crisis Plan and Discharge Criteria", 2)
    para(doc, "We coordinate with the school team and the pediatrician with the parents' written consent. In a "
              "behavioral emergency staff follow the agency crisis protocol and call 911 if anyone is at risk. "
              "Discharge will be considered when Mateo meets 80% of goals and parents implement the plan "
              "independently.", size=9.5)
    para(doc, "Consent: I agree to this plan and authorize Spectrum Bridges to submit it to my health plan. "
              "I may withdraw consent in writing at any time.", size=9)
    heading(doc, "10. Signatures", 2)
    table(doc, [["Role", "Name", "Signature", "Date"],
                ["Supervising BCBA", "Nadia Szczepanski, MS, BCBA", "Nadia Szczepanski", us(bcba)],
                ["Parent/Guardian", "Adriana Villanueva", "Adriana Villanueva", us(guard)]], head_fill="DDEBF7")
    save_docx(doc, "ag31_spectrumbridges_aba_initial.docx")
    register("ag31_spectrumbridges_aba_initial.docx", "commercial-aba", [], asof, [],
             "Clean. Long numbered-heading ABA initial plan: identifier table, diagnosis with evaluator and "
             "date, assessment table (VB-MAPP 3 weeks before the plan; FBA listed too), behavior-reduction, "
             "skill and caregiver goal tables with baselines, mastery criteria and target dates, services by "
             "CPT with hours per week, 6-month authorization, review date in a sentence, signer table; "
             "identifiers in header/footer; consent and crisis boilerplate.",
             dict(plan=plan, assess=a1, review=review, period_start=start, period_end=end, sigs=[bcba, guard],
                  targets=[D(2027, 3, 5), D(2027, 2, 19), D(2027, 1, 29), D(2027, 2, 26), D(2026, 12, 18),
                           D(2027, 1, 15), D(2027, 2, 12)]))


def ag32():
    plan, a1 = D(2026, 10, 8), D(2026, 9, 22)
    start, end, review = D(2026, 10, 15), D(2027, 4, 14), D(2027, 4, 1)
    asof = D(2026, 11, 12)
    doc = new_doc("Garamond", 11.5)
    para(doc, "Juniper Path Behavior Consulting", bold=True, size=13)
    para(doc, "Joanna Thistlewood, M.Ed., BCBA  ·  Solo practice  ·  NPI " + npi("195867423"), size=9)
    para(doc, "")
    para(doc, "BEHAVIOR TREATMENT PLAN", bold=True, size=12)
    para(doc, f"Learner: Eliza Marchetti-Quon\nDate of birth: 01/19/2019\nInsurance: Aetna Choice POS II, "
              f"member no. MEQ55120934\nPlan date: {long(plan)}\nAuthorization period requested: {long(start)} "
              f"to {long(end)}")
    para(doc, "")
    para(doc, "Diagnosis", bold=True)
    para(doc, "F84.0 Autism spectrum disorder (primary), diagnosed 11/02/2023 by Dr. Benedict Arrowsmith, MD, "
              "developmental-behavioral pediatrician.")
    para(doc, "Standardized assessment", bold=True)
    para(doc, f"ABLLS-R administered {us(a1)}: strongest in visual performance (B), weakest in requests (F) "
              f"and social interaction (L). Vineland-3 ABC 71 ({us(a1)}).")
    para(doc, "Treatment goals", bold=True)
    goals = [
        ("Requests", "Eliza will request help or a break using a 3-word sentence", "2 independent requests per "
         "session", "10 per session across 3 consecutive sessions", D(2027, 1, 22)),
        ("Social", "Eliza will answer 'wh' questions about a short story", "20% correct",
         "80% correct across 3 consecutive sessions", D(2027, 2, 19)),
        ("Behavior", "Eliza will decrease screaming during transitions", "14 episodes per day",
         "2 or fewer per day for 10 consecutive school days", D(2027, 3, 19)),
        ("Self-help", "Eliza will put on her coat and zip it independently", "needs full physical prompt",
         "independent on 5 consecutive days", D(2026, 12, 18)),
    ]
    for i, (dom, g, base, mast, tgt) in enumerate(goals, 1):
        para(doc, f"Goal {i} ({dom}): {g}.")
        para(doc, f"      Baseline: {base}.   Mastery: {mast}.   Target date: {us(tgt)}.")
    para(doc, "Services", bold=True)
    para(doc, "97153 Adaptive behavior treatment by protocol: 15 hours per week (home).")
    para(doc, "97155 Protocol modification (BCBA): 2 hours per week.")
    para(doc, f"Next plan review: {us(review)}.")
    para(doc, "")
    para(doc, "Family involvement", bold=True)
    para(doc, "Eliza lives with her mother and grandmother; both attend parts of sessions when their work "
              "schedules allow and receive a copy of the weekly data summary.")
    para(doc, "")
    para(doc, f"BCBA: Joanna Thistlewood, M.Ed., BCBA    Signed {us(plan)}")
    para(doc, f"Parent/guardian: Serafina Marchetti    Signed {us(D(2026, 10, 9))}")
    save_docx(doc, "ag32_juniperpath_no_parent_goal.docx")
    register("ag32_juniperpath_no_parent_goal.docx", "commercial-aba", [], asof, [["caregiver-goal-missing"]],
             "Gap: no goal involves parent/caregiver training (all four goals are the learner's; family "
             "involvement is described only as attending sessions, with no goal), and no 97156 is requested. "
             "Layout: solo BCBA's plan, bold titles, 'Goal n (Domain):' lines with an indented Baseline / "
             "Mastery / Target date line.",
             dict(plan=plan, assess=a1, review=review, period_start=start, period_end=end,
                  sigs=[plan, D(2026, 10, 9)],
                  targets=[g[4] for g in goals]))


def ag33():
    plan, a1 = D(2026, 10, 26), D(2026, 10, 1)
    start, end, review = D(2026, 11, 2), D(2027, 5, 1), D(2027, 4, 19)
    asof = D(2026, 11, 20)
    doc = new_doc("Arial", 10)
    para(doc, "Little Lighthouse Autism Center", bold=True, size=13, color="2E75B6")
    para(doc, "Individualized ABA Treatment Plan", bold=True, size=11)
    t = table(doc, [["Child", "Rohan Desai-Whitfield", "DOB", "08/30/2021"],
                    ["Payer", "UnitedHealthcare (Optum BH)", "Subscriber/member ID", "991804476-01"],
                    ["Plan date", us(plan), "Auth. period", f"{us(start)} – {us(end)}"],
                    ["BCBA", "Kwame Aldridge-Soto, BCBA", "Next review", us(review)]], header=False)
    for r in t.rows:
        for c in (r.cells[0], r.cells[2]):
            c.paragraphs[0].runs[0].bold = True
            shade(c, "DEEBF6")
    para(doc, "")
    para(doc, "Diagnosis: F84.0 Autistic disorder — primary (diagnosed by Celeste Varga, PsyD, 06/11/2024)")
    para(doc, f"Assessment: VB-MAPP completed {us(a1)} — Milestones 34 (Level 1–2), Barriers 42; "
              f"AFLS Basic Living Skills module {us(a1)}.")
    para(doc, "")
    para(doc, "Goals", bold=True, size=11)
    table(doc, [["#", "Area", "Goal", "Mastery criteria", "Target date"],
                ["1", "Communication", "Rohan will request preferred items with an AAC device (2-icon sequence)",
                 "80% of opportunities across 3 consecutive sessions", us(D(2027, 2, 26))],
                ["2", "Listener skills", "Rohan will follow 1-step instructions with common objects",
                 "8 of 10 trials across 2 therapists", us(D(2027, 1, 29))],
                ["3", "Problem behavior", "Rohan will reduce biting during demands",
                 "0 bites for 15 consecutive sessions", us(D(2027, 4, 16))],
                ["4", "Caregiver training", "Parents will deliver prompts and reinforcement during AAC requests "
                 "with fidelity", "90% fidelity across 3 observations", us(D(2027, 2, 12))]], head_fill="DEEBF7")
    para(doc, "")
    para(doc, "Requested services", bold=True, size=11)
    table(doc, [["Code", "Description", "Hours/week"],
                ["97153", "Direct treatment by technician", "25"],
                ["97155", "BCBA protocol modification", "4"],
                ["97156", "Caregiver guidance", "2"]], head_fill="DEEBF7")
    para(doc, "")
    para(doc, "Signatures", bold=True, size=11)
    para(doc, f"Kwame Aldridge-Soto, M.A., BCBA — {us(plan)}")
    para(doc, f"Parent/Guardian: Priyanka Desai — {us(plan)}")
    save_docx(doc, "ag33_littlelighthouse_no_baselines.docx")
    register("ag33_littlelighthouse_no_baselines.docx", "commercial-aba", [], asof, [["baseline-missing"]],
             "Gap: none of the four goals records a baseline (the goals table has mastery criteria and target "
             "dates only; no starting level anywhere). Layout: shaded label cells in a form table, goals table, "
             "services table with a bare 'Hours/week' column, signature lines with em dashes.",
             dict(plan=plan, assess=a1, review=review, period_start=start, period_end=end, sigs=[plan],
                  targets=[D(2027, 2, 26), D(2027, 1, 29), D(2027, 4, 16), D(2027, 2, 12)]))


def ag34():
    plan, a_old = D(2026, 10, 5), D(2025, 6, 10)
    start, end = D(2026, 10, 12), D(2027, 4, 11)
    asof = D(2026, 11, 9)
    doc = new_doc("Calibri", 10.5)
    para(doc, "BrightSteps Behavioral Services", bold=True, size=13)
    para(doc, "ABA Reauthorization Request – Continued Treatment Plan", bold=True)
    para(doc, "")
    lv(doc, "Client", "Imogen Castellanos-Pryor")
    lv(doc, "DOB", "02/14/2017")
    lv(doc, "Health plan / ID", "Blue Cross Blue Shield PPO / XQB840193327")
    lv(doc, "Date of report", us(plan))
    lv(doc, "Authorization period requested", f"{us(start)} through {us(end)}")
    lv(doc, "Treatment start (initial auth)", "04/08/2025")
    para(doc, "")
    heading(doc, "Diagnosis", 3)
    para(doc, "F84.0 Autistic disorder (primary). Diagnosis made 01/20/2025 by Marcus Feld-Ibanez, PhD "
              "(licensed psychologist).")
    heading(doc, "Standardized Assessment", 3)
    para(doc, f"VB-MAPP, administered {us(a_old)}: Milestones 96/170 (Level 2-3). Barriers 18. Re-administration "
              "was deferred this period because of staffing changes; probe data below were collected "
              "09/2026.")
    heading(doc, "Previous Goals – Progress Summary", 3)
    table(doc, [["Goal (prior period)", "Status"],
                ["Tacts 50 items", "Mastered 03/2026"],
                ["Waits 2 minutes for a preferred item", "Mastered 06/2026"],
                ["Conversational exchanges with peers", "Partially met – continued below"]], head_fill="F2F2F2")
    heading(doc, "Goals for the Requested Period", 3)
    for i, (g, b, m, t) in enumerate([
        ("Imogen will maintain a 4-turn conversation with a peer on a shared topic", "1-2 turns",
         "4 turns in 80% of opportunities over 3 consecutive sessions", D(2027, 3, 12)),
        ("Imogen will use a coping strategy (deep breaths, asking for a break) when told 'no'",
         "uses a strategy in 15% of opportunities", "80% of opportunities for 3 consecutive weeks", D(2027, 2, 12)),
        ("Imogen will reduce verbal protest episodes lasting > 1 minute", "6 per day",
         "≤ 1 per day across 10 consecutive school days", D(2027, 4, 2)),
        ("Caregiver will prompt and reinforce conversational turns during dinner", "40% fidelity",
         "90% fidelity across 3 consecutive home observations", D(2027, 1, 29)),
    ], 1):
        para(doc, f"{i}. {g}.", bold=True)
        para(doc, f"    Baseline: {b}  |  Mastery criteria: {m}  |  Target: {us(t)}")
    heading(doc, "Services Requested", 3)
    para(doc, "97153 – 12 hours per week; 97155 – 2 hours per week; 97156 – 1 hour per week.")
    heading(doc, "Signatures", 3)
    para(doc, f"BCBA: Leonora Whitcombe, MS, BCBA, LBA – e-signed {us(plan)}")
    para(doc, f"Guardian: Rafael Castellanos – signed {us(D(2026, 10, 6))}")
    save_docx(doc, "ag34_brightsteps_reauth_old_vbmapp.docx")
    register("ag34_brightsteps_reauth_old_vbmapp.docx", "commercial-aba", [], asof,
             [["assessment-outdated"], ["review-date-missing"]],
             "Gaps: the latest standardized assessment (VB-MAPP 06/10/2025) is 482 days old at the plan date "
             "(limit 365; warning); the plan sets no date for its next review or progress report. Layout: "
             "reauthorization report with bold-label lines, small headings, a prior-goals status table "
             "(mastered goals), numbered goals with a pipe-separated Baseline | Mastery | Target line.",
             dict(plan=plan, assess=a_old, review=None, period_start=start, period_end=end,
                  sigs=[plan, D(2026, 10, 6)], targets=[D(2027, 3, 12), D(2027, 2, 12), D(2027, 4, 2),
                                                        D(2027, 1, 29)]))


def ag35():
    plan, a1 = D(2026, 9, 29), D(2026, 9, 10)
    start, end, review = D(2026, 10, 5), D(2027, 4, 4), D(2027, 3, 22)
    asof = D(2026, 11, 2)
    doc = new_doc("Cambria", 10.5)
    para(doc, "Northstar Pediatric Behavior Clinic", bold=True, size=13)
    para(doc, "Treatment Plan – Applied Behavior Analysis", size=12)
    table(doc, [["Patient", "Dashiell Pemberton-Acosta"], ["DOB", "11/11/2017"],
                ["Insurance", "Anthem Blue Cross (commercial)"], ["Member ID", "YRK448210937"],
                ["Plan date", us(plan)], ["Service period", f"{us(start)} to {us(end)}"],
                ["Review date", us(review)]], header=False, bold_first_col=True, widths=[1.7, 4.6])
    para(doc, "")
    heading(doc, "Diagnoses", 2)
    table(doc, [["Code", "Description", "Primary", "Diagnosed by / date"],
                ["F90.2", "Attention-deficit hyperactivity disorder, combined type", "Yes",
                 "Lorena Vasquez-Hart, PhD, 05/06/2026"],
                ["F80.2", "Mixed receptive-expressive language disorder", "No",
                 "Tobiah Greene, MS, CCC-SLP, 04/2026"]], head_fill="E2EFDA")
    para(doc, "Autism spectrum disorder was considered at the 05/2026 evaluation and not diagnosed.", size=9,
         italic=True)
    heading(doc, "Assessment", 2)
    para(doc, f"Vineland-3 Comprehensive Parent/Caregiver Form ({us(a1)}): ABC 74. ABLLS-R selected domains "
              f"({us(a1)}).")
    heading(doc, "Goals", 2)
    table(doc, [["Goal", "Baseline", "Mastery criteria", "Target date"],
                ["Dashiell will stay seated and on task during 15-minute table work", "3 minutes",
                 "15 minutes in 4 of 5 sessions", us(D(2027, 1, 15))],
                ["Dashiell will raise his hand and wait to be called on in group", "10% of opportunities",
                 "80% of opportunities across 3 consecutive days", us(D(2027, 2, 26))],
                ["Parent will deliver a token economy at home with fidelity", "no system in place",
                 "90% fidelity across 3 observations", us(D(2026, 12, 18))]], head_fill="E2EFDA")
    heading(doc, "Services", 2)
    table(doc, [["CPT", "Hours per week"], ["97153", "10"], ["97155", "2"], ["97156", "1"]], head_fill="E2EFDA")
    heading(doc, "Signatures", 2)
    table(doc, [["BCBA", "Parent/guardian"],
                [f"Genevieve Ostrowski, BCBA\n{us(plan)}", f"Marisol Acosta\n{us(plan)}"]], head_fill="E2EFDA")
    save_docx(doc, "ag35_northstar_adhd_primary.docx")
    register("ag35_northstar_adhd_primary.docx", "commercial-aba", [], asof, [["diagnosis-not-covered"]],
             "Gap: the primary diagnosis is F90.2 ADHD (with F80.2); autism was evaluated and not diagnosed, so "
             "the ABA request has no covered F84.x diagnosis. Layout: vertical identifier table, diagnosis "
             "table with 'Diagnosed by / date' column, goal and services tables, a two-column signature "
             "table with name and date in one cell.",
             dict(plan=plan, assess=a1, review=review, period_start=start, period_end=end, sigs=[plan],
                  targets=[D(2027, 1, 15), D(2027, 2, 26), D(2026, 12, 18)]))


def ag36():
    plan, a1 = D(2026, 10, 19), D(2026, 10, 2)
    start, end, review = D(2026, 10, 26), D(2027, 4, 25), D(2027, 4, 12)
    sig_b, sig_g = D(2026, 10, 19), D(2026, 10, 21)
    asof = D(2026, 11, 23)
    bcba_npi = npi("158372649")
    LOINC = "http://loinc.org"
    CPT = "http://www.ama-assn.org/go/cpt"

    def ref(x):
        return {"reference": f"urn:uuid:{x}"}

    def goal(gid, text, cat, baseline, mastery, due, measure, detail):
        return {"fullUrl": f"urn:uuid:{gid}", "resource": {
            "resourceType": "Goal", "id": gid, "lifecycleStatus": "active",
            "category": [{"text": cat}],
            "description": {"text": text}, "subject": ref("p1"),
            "startDate": start.isoformat(),
            "target": [{"measure": {"text": measure}, "detailString": detail, "dueDate": due.isoformat()}],
            "addresses": [ref("c1")],
            "note": [{"text": f"Baseline: {baseline}"}, {"text": f"Mastery criteria: {mastery}"}]}}

    def sr(sid, code, display, per_week, minutes):
        return {"fullUrl": f"urn:uuid:{sid}", "resource": {
            "resourceType": "ServiceRequest", "id": sid, "status": "active", "intent": "order",
            "code": {"coding": [{"system": CPT, "code": code, "display": display}]},
            "subject": ref("p1"), "basedOn": [ref("cp1")],
            "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": start.isoformat(), "end": end.isoformat()},
                                            "frequency": per_week, "period": 1, "periodUnit": "wk",
                                            "duration": minutes, "durationUnit": "min"}},
            "requester": ref("pr1"), "reasonReference": [ref("c1")]}}

    entries = [
        {"fullUrl": "urn:uuid:p1", "resource": {
            "resourceType": "Patient", "id": "p1",
            "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                                 "code": "MB"}], "text": "Member Number"},
                            "system": "urn:oid:2.16.840.1.113883.3.8811.7", "value": "HMK30977215"}],
            "name": [{"use": "official", "family": "Abernethy-Sallow", "given": ["Quentin"]}],
            "gender": "male", "birthDate": "2021-03-08"}},
        {"fullUrl": "urn:uuid:rp1", "resource": {
            "resourceType": "RelatedPerson", "id": "rp1", "patient": ref("p1"),
            "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                                          "code": "MTH", "display": "mother"}]}],
            "name": [{"family": "Sallow", "given": ["Beatrix"]}]}},
        {"fullUrl": "urn:uuid:cov1", "resource": {
            "resourceType": "Coverage", "id": "cov1", "status": "active", "beneficiary": ref("p1"),
            "subscriberId": "HMK30977215", "payor": [{"display": "Harborline Health Plan (commercial)"}]}},
        {"fullUrl": "urn:uuid:pr1", "resource": {
            "resourceType": "Practitioner", "id": "pr1",
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": bcba_npi}],
            "name": [{"family": "Rasmussen-Eze", "given": ["Talia"], "suffix": ["BCBA"]}],
            "qualification": [{"code": {"text": "BCBA"}}]}},
        {"fullUrl": "urn:uuid:pr2", "resource": {
            "resourceType": "Practitioner", "id": "pr2",
            "name": [{"family": "Lindholm", "given": ["Aurelio"], "suffix": ["PhD"]}],
            "qualification": [{"code": {"text": "PhD, licensed psychologist"}}]}},
        {"fullUrl": "urn:uuid:c1", "resource": {
            "resourceType": "Condition", "id": "c1",
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                           "code": "active"}]},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F84.0",
                                 "display": "Autistic disorder"}]},
            "subject": ref("p1"), "recordedDate": "2025-12-03", "asserter": ref("pr2")}},
        {"fullUrl": "urn:uuid:obs1", "resource": {
            "resourceType": "Observation", "id": "obs1", "status": "final",
            "code": {"text": "VB-MAPP Milestones Assessment total score"},
            "subject": ref("p1"), "effectiveDateTime": a1.isoformat(),
            "valueQuantity": {"value": 41, "unit": "points"}, "performer": [ref("pr1")]}},
        {"fullUrl": "urn:uuid:obs2", "resource": {
            "resourceType": "Observation", "id": "obs2", "status": "final",
            "code": {"text": "Vineland-3 Adaptive Behavior Composite standard score"},
            "subject": ref("p1"), "effectiveDateTime": a1.isoformat(),
            "valueQuantity": {"value": 66, "unit": "standard score"}, "performer": [ref("pr1")]}},
        goal("g1", "Quentin will request 15 different items using 2-word phrases", "Communication",
             "4 single-word requests per session", "80% independent across 3 consecutive sessions",
             D(2027, 2, 19), "Independent 2-word requests", "15 different items, 80% independent"),
        goal("g2", "Quentin will reduce dropping to the floor during transitions", "Behavior reduction",
             "9 times per day", "1 or fewer per day for 3 consecutive weeks", D(2027, 3, 26),
             "Floor drops per day", "1 or fewer per day"),
        goal("g3", "Quentin will imitate 10 two-step play actions with a peer", "Social / play",
             "1 of 10 actions", "9 of 10 actions across 2 consecutive sessions", D(2027, 1, 29),
             "Play actions imitated", "9 of 10"),
        goal("g4", "Parent will use a visual transition timer and praise during transitions with fidelity",
             "Caregiver training", "25% fidelity", "90% fidelity on 3 consecutive home observations",
             D(2027, 1, 15), "Fidelity checklist", "90%"),
        {"fullUrl": "urn:uuid:cp1", "resource": {
            "resourceType": "CarePlan", "id": "cp1", "status": "active", "intent": "plan",
            "title": "ABA treatment plan",
            "category": [{"text": "Applied behavior analysis"}],
            "description": "Initial ABA treatment plan: limited functional communication, transition-related "
                           "problem behavior, emerging play skills.",
            "subject": ref("p1"), "created": plan.isoformat(),
            "period": {"start": start.isoformat(), "end": end.isoformat()},
            "author": ref("pr1"), "addresses": [ref("c1")],
            "supportingInfo": [ref("obs1"), ref("obs2")],
            "goal": [ref("g1"), ref("g2"), ref("g3"), ref("g4")],
            "activity": [{"reference": ref("sr1")}, {"reference": ref("sr2")}, {"reference": ref("sr3")},
                         {"reference": ref("sr4")}]}},
        sr("sr1", "97153", "Adaptive behavior treatment by protocol", 5, 240),
        sr("sr2", "97155", "Adaptive behavior treatment with protocol modification", 2, 90),
        sr("sr3", "97156", "Family adaptive behavior treatment guidance", 1, 60),
        {"fullUrl": "urn:uuid:sr4", "resource": {
            "resourceType": "ServiceRequest", "id": "sr4", "status": "active", "intent": "plan",
            "code": {"text": "Treatment plan progress review and update"},
            "subject": ref("p1"), "basedOn": [ref("cp1")],
            "occurrenceDateTime": review.isoformat(), "requester": ref("pr1")}},
        {"fullUrl": "urn:uuid:prov1", "resource": {
            "resourceType": "Provenance", "id": "prov1", "target": [ref("cp1")],
            "recorded": f"{sig_g.isoformat()}T19:05:00-05:00",
            "agent": [{"who": ref("pr1")}, {"who": ref("rp1")}],
            "signature": [
                {"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1",
                           "display": "Author's Signature"}],
                 "when": f"{sig_b.isoformat()}T17:12:00-05:00", "who": ref("pr1"),
                 "sigFormat": "application/jose", "data": "ZXlKaGJHY2lPaUpTVXpJMU5pSjk="},
                {"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.3",
                           "display": "Co-participant's Signature"}],
                 "when": f"{sig_g.isoformat()}T19:05:00-05:00", "who": ref("rp1"),
                 "sigFormat": "image/png", "data": "aVZCT1J3MEtHZ28="}]}},
    ]
    bundle = {"resourceType": "Bundle", "id": "aba-plan-QAS-20261019", "type": "collection",
              "timestamp": f"{sig_g.isoformat()}T19:10:00-05:00", "entry": entries}
    save_text("ag36_fhir_aba_bundle.json", json.dumps(bundle, indent=2, ensure_ascii=False) + "\n")
    register("ag36_fhir_aba_bundle.json", "commercial-aba", [], asof, [],
             "Clean. FHIR R4 collection Bundle for ABA: Patient with MB member number, mother as RelatedPerson, "
             "BCBA Practitioner with NPI, F84.0 Condition with asserter (psychologist) and recordedDate, "
             "VB-MAPP and Vineland-3 total-score Observations 17 days before the plan, four Goals with "
             "category, Baseline:/Mastery criteria: notes and due dates (one caregiver-training goal), "
             "ServiceRequests 97153/97155/97156 with weekly timing (20, 3 and 1 hours a week), a scheduled "
             "progress-review ServiceRequest, 6-month CarePlan period, one Provenance with the BCBA's and the "
             "mother's signatures (author and co-participant).",
             dict(plan=plan, assess=a1, review=review, period_start=start, period_end=end,
                  sigs=[sig_b, sig_g],
                  targets=[D(2027, 2, 19), D(2027, 3, 26), D(2027, 1, 29), D(2027, 1, 15)]))


def ag37():
    plan, a1 = D(2026, 10, 13), D(2026, 9, 28)
    start, end, review = D(2026, 10, 20), D(2027, 4, 19), D(2027, 4, 5)
    asof = D(2026, 11, 17)
    doc = new_doc("Calibri", 10)
    para(doc, "KITE & COMPASS ABA SERVICES", bold=True, size=13, align="center")
    para(doc, "Treatment Plan / Prior Authorization Request", align="center")
    para(doc, "")
    table(doc, [["Client:", "Soren Achterberg-Mills", "Date of birth:", "06/06/2018"],
                ["Plan:", "Cigna (commercial)", "ID #:", "U49927181 03"],
                ["Date of plan:", us(plan), "Requested dates:", f"{us(start)} - {us(end)}"],
                ["Progress report due:", us(review), "Clinic:", "Kite & Compass – Westfield"]], header=False,
          style=None)
    para(doc, "")
    para(doc, "DIAGNOSIS", bold=True)
    para(doc, "F84.0  Autistic disorder  (primary)  —  Diagnosing clinician: Beatrice Nakagawa, MD (child "
              "psychiatrist), 09/18/2024")
    para(doc, "F50.89 Other specified eating disorder (ARFID features)")
    para(doc, "")
    para(doc, "STANDARDIZED ASSESSMENT", bold=True)
    para(doc, f"AFLS Home Skills and Community Participation modules – {us(a1)}. Vineland-3 – {us(a1)}: ABC 69.")
    para(doc, "")
    para(doc, "TARGETS", bold=True)
    table(doc, [["Target", "Baseline", "Mastery criterion", "Target date"],
                ["Tries 1 bite of a new food when presented (feeding protocol)", "0 of 10 presentations",
                 "8 of 10 presentations across 3 sessions", us(D(2027, 3, 19))],
                ["Completes morning routine (6 steps) with a picture schedule", "2 of 6 steps independent",
                 "6 of 6 steps on 5 consecutive days", us(D(2027, 1, 22))],
                ["Hitting siblings", "5 per day", "0-1 per day for 4 consecutive weeks", us(D(2027, 4, 2))],
                ["Caregiver: father will run the feeding protocol at dinner", "not yet trained",
                 "90% procedural fidelity across 3 observations", us(D(2027, 2, 5))]], head_fill="FBE4D5")
    para(doc, "")
    para(doc, "REQUESTED SERVICES", bold=True)
    table(doc, [["CPT", "Description", "Request"],
                ["97153", "Adaptive behavior treatment by protocol", "per protocol, as scheduled by the clinic"],
                ["97155", "Protocol modification (BCBA)", "3 hours per week"],
                ["97156", "Family guidance (BCBA with parents)", "1 hour per week"]], head_fill="FBE4D5")
    para(doc, "")
    para(doc, "SIGNATURES", bold=True)
    para(doc, f"Clinical Director / BCBA-D: Ambrose Feldkamp-Ortiz, PhD, BCBA-D    Date: {us(plan)}")
    para(doc, "Parent / Guardian: Lars Mills (father)    Date: __________")
    save_docx(doc, "ag37_kitecompass_hours_and_undated.docx")
    register("ag37_kitecompass_hours_and_undated.docx", "commercial-aba", [], asof,
             [["amount-missing"], ["signature-missing"]],
             "Gaps: 97153 is requested 'per protocol, as scheduled by the clinic' with no hours per week "
             "(warning); the parent/guardian line carries the father's name but an empty date. Layout: "
             "borderless form table with labels ending in colons, target grid, services table.",
             dict(plan=plan, assess=a1, review=review, period_start=start, period_end=end, sigs=[plan],
                  targets=[D(2027, 3, 19), D(2027, 1, 22), D(2027, 4, 2), D(2027, 2, 5)]))


def ag38():
    plan, a1 = D(2026, 11, 2), D(2026, 10, 21)
    start, end, review = D(2026, 11, 9), D(2027, 5, 8), D(2027, 4, 26)
    asof = D(2026, 11, 23)
    doc = new_doc("Book Antiqua", 11)
    para(doc, "Tamsin Okoro-Bell, MA, BCBA", bold=True)
    para(doc, "Independent behavior analyst — home and community ABA", italic=True, size=9)
    para(doc, "")
    para(doc, f"{long(plan)}", align="right")
    para(doc, "Treatment plan for Wren Haverford-Diaz", bold=True, size=13)
    para(doc, "Born 09/25/2022 · Member 6620418839 (Meridian Peak Health, commercial) · Authorization "
              f"requested {us(start)} through {us(end)}")
    para(doc, "")
    para(doc, "Wren is a 4-year-old with autism (F84.0 Autistic disorder, primary; diagnosed 07/15/2025 by "
              "Dr. Odile Sandoval-Price, PsyD, licensed psychologist). She lives with her parents and baby "
              "brother. On the VB-MAPP, administered " + us(a1) + ", Wren scored 22 Milestones (Level 1). She "
              "communicates by leading adults by the hand and cries for up to 20 minutes when a preferred "
              "activity ends.")
    para(doc, "")
    para(doc, "What we will teach", bold=True)
    para(doc, f"1) Manding with signs or words. Wren will request 10 items or actions with a sign or word. "
              f"Right now she requests 0 items independently. Mastered when she does so in 80% of "
              f"opportunities over 3 sessions in a row. We expect this by {us(D(2027, 2, 26))}.")
    para(doc, f"2) Ending preferred activities. Wren will move to the next activity after a 2-minute warning "
              f"with crying for less than 1 minute. Right now she cries an average of 14 minutes. Mastered "
              f"when crying stays under 1 minute in 4 of 5 transitions for 2 weeks. Expected by "
              f"{us(D(2027, 4, 9))}.")
    para(doc, f"3) Parent coaching. Wren's parents will use the 2-minute warning, a visual timer and praise "
              f"at home. Right now they do this in about 20% of transitions (fidelity checklist). Mastered at "
              f"90% fidelity over 3 home visits in a row. Expected by {us(D(2027, 1, 29))}.")
    para(doc, "")
    para(doc, "Hours I am asking for", bold=True)
    para(doc, "• 97153 (direct sessions with a registered behavior technician): 12 hours per week")
    para(doc, "• 97155 (my supervision and program changes): 2 hours per week")
    para(doc, "• 97156 (parent coaching with me): 1 hour per week")
    para(doc, "")
    para(doc, f"I will review progress and update this plan by {us(review)}.")
    para(doc, "")
    para(doc, f"Tamsin Okoro-Bell, MA, BCBA (signature on file)  {us(plan)}")
    para(doc, f"Parent: Joaquin Diaz  {us(plan)}")
    save_docx(doc, "ag38_okorobell_narrative_aba.docx")
    register("ag38_okorobell_narrative_aba.docx", "commercial-aba", [], asof, [],
             "Clean. Independent BCBA's plan in plain prose: diagnosis, evaluator and assessment in sentences, "
             "goals as numbered paragraphs with 'Right now ...' baselines, 'Mastered when ...' criteria and "
             "'Expected by' dates, hours in bullets, review date in a sentence, simple sign-off lines.",
             dict(plan=plan, assess=a1, review=review, period_start=start, period_end=end, sigs=[plan],
                  targets=[D(2027, 2, 26), D(2027, 4, 9), D(2027, 1, 29)]))


def ag39():
    plan, a1 = D(2026, 9, 24), D(2026, 9, 8)
    start, end, review = D(2026, 10, 1), D(2027, 9, 30), D(2027, 3, 24)
    asof = D(2026, 11, 6)
    doc = new_doc("Calibri", 10.5)
    para(doc, "Evergreen Autism Partners", bold=True, size=13, color="375623")
    para(doc, "ABA Service Plan", bold=True, size=12)
    para(doc, "")
    lv(doc, "Client name", "Ignatius Fairholme-Ruiz")
    lv(doc, "Date of birth", "12/12/2015")
    lv(doc, "Health plan ID", "EVP4410723-02 (Premera, commercial)")
    lv(doc, "Plan date", us(plan))
    lv(doc, "Authorization period requested", f"{us(start)} – {us(end)} (12 months)")
    lv(doc, "Six-month progress review", us(review))
    para(doc, "")
    para(doc, "Diagnosis", bold=True, color="375623")
    para(doc, "F84.0 Autistic disorder, primary — diagnosed by Miriam Oyelowo-Stark, PhD, 10/04/2022.")
    para(doc, "Assessments", bold=True, color="375623")
    para(doc, f"ABLLS-R ({us(a1)}); Vineland-3 ({us(a1)}), ABC 62.")
    para(doc, "Goals", bold=True, color="375623")
    table(doc, [["Goal", "Baseline", "Mastery", "Target date"],
                ["Ignatius will use a break card instead of leaving class", "0 of 8 opportunities",
                 "7 of 8 opportunities for 3 consecutive weeks", us(D(2027, 3, 5))],
                ["Ignatius will start a conversation with a peer at lunch", "0 per week",
                 "3 per week for 4 consecutive weeks", us(D(2027, 3, 19))],
                ["Ignatius will complete a 5-step laundry routine", "1 of 5 steps",
                 "5 of 5 steps independently on 4 consecutive probes", us(D(2027, 2, 12))],
                ["Caregivers will use behavior-specific praise and the break card at home",
                 "2 praise statements per 10 minutes", "8 per 10 minutes across 3 observations",
                 us(D(2027, 1, 22))]], head_fill="E2EFDA")
    para(doc, "Services", bold=True, color="375623")
    table(doc, [["CPT", "Service", "Hours/week"],
                ["97153", "Direct ABA (technician)", "15"],
                ["97155", "BCBA program modification", "2"],
                ["97156", "Caregiver training", "1"],
                ["97158", "Social skills group (BCBA-led)", "1.5"]], head_fill="E2EFDA")
    para(doc, "Signatures", bold=True, color="375623")
    table(doc, [["Supervising BCBA", "Guardian"],
                [f"Rosalind Achebe-Frost, BCBA — signed {us(plan)}",
                 f"Maribel Ruiz — signed {us(D(2026, 9, 25))}"]], head_fill="E2EFDA")
    save_docx(doc, "ag39_evergreen_twelve_month_auth.docx")
    register("ag39_evergreen_twelve_month_auth.docx", "commercial-aba", [], asof,
             [["duration-exceeds-limit"]],
             "Gap: the authorization period requested is 12 months (10/01/2026 - 09/30/2027); the profile "
             "allows at most 6 months per authorization. A six-month progress review is scheduled (within "
             "184 days). Layout: bold-label lines, coloured titles, goal and services tables, two-column "
             "signature table.",
             dict(plan=plan, assess=a1, review=review, period_start=start, period_end=end,
                  sigs=[plan, D(2026, 9, 25)],
                  targets=[D(2027, 3, 5), D(2027, 3, 19), D(2027, 2, 12), D(2027, 1, 22)]))


# =============================================================================================
# Substance use disorder programs (base payer profile + state licensure)
# =============================================================================================

PART2 = ("This record is protected by federal confidentiality rules (42 CFR Part 2). Federal rules prohibit any "
         "further disclosure of this information unless further disclosure is expressly permitted by the "
         "written consent of the person to whom it pertains or as otherwise permitted by 42 CFR Part 2.")


def ag40():
    adm, plan, md = D(2026, 10, 26), D(2026, 10, 30), D(2026, 11, 3)
    asof = D(2026, 11, 19)
    doc = new_doc("Arial", 8.5, margins=0.5, landscape=True)
    header_text(doc, ["HUDSON RIDGE RECOVERY CENTER – OASAS Certified Inpatient Rehabilitation (Part 818)"], size=8)
    header_text(doc, [PART2], footer=True, size=6)
    para(doc, "INDIVIDUALIZED TREATMENT PLAN", bold=True, size=12, align="center")
    table(doc, [["Patient", "Raymond Castellucci-Boateng", "DOB", "08/19/1979", "Medicaid CIN", "RC48213K"],
                ["Admission date", us(adm), "Plan date", us(plan), "Unit", "Men's Rehab, Bed 14B"],
                ["Primary counselor", "Yolanda Whitaker-Senn, CASAC-Advanced", "Attending physician",
                 "Emeka Lindgren, MD", "Projected discharge", us(D(2026, 12, 7))]], header=False, size=8)
    para(doc, "")
    para(doc, "Diagnoses: F10.20 Alcohol dependence, uncomplicated (primary); F12.20 Cannabis dependence, "
              "uncomplicated; F41.1 Generalized anxiety disorder", size=9)
    para(doc, "")
    table(doc, [
        ["ASAM Dimension", "Problem", "Goal", "Objectives (measurable)", "Interventions / frequency", "Target",
         "Staff"],
        ["1 Withdrawal", "Completed medically managed detox 10/25; residual sleep disturbance",
         "Stable sleep without alcohol", "Sleep ≥ 6 hrs on 5 of 7 nights per nursing sleep log",
         "Sleep hygiene group 2x/week; nursing monitoring nightly", us(D(2026, 11, 20)), "RN"],
        ["3 Emotional / behavioral", "Anxiety drives drinking", "Manage anxiety without substances",
         "GAD-7 from 16 to ≤ 9; name 3 coping skills used in last week at each weekly review",
         "Individual counseling (CBT) 1x/week 45 min; anxiety skills group 3x/week", us(D(2026, 12, 4)),
         "Counselor"],
        ["5 Relapse potential", "Two relapses within 30 days of prior discharges", "Written relapse "
         "prevention plan", "Complete relapse prevention plan with 5 triggers and a response for each",
         "Relapse prevention group daily (Mon-Fri); 12-step meetings on site 3x/week", us(D(2026, 11, 27)),
         "Counselor"],
        ["6 Recovery environment", "Lives alone above a bar; unemployed", "Safe, substance-free housing",
         "Complete 2 sober-living applications and 1 outpatient intake before discharge",
         "Case management 2x/week", us(D(2026, 12, 4)), "Case manager"]], head_fill="D9D9D9", size=8)
    para(doc, "")
    table(doc, [["Signature", "Name / credential", "Date"],
                ["Patient", "Raymond Castellucci-Boateng", us(plan)],
                ["Responsible clinical staff (primary counselor)", "Yolanda Whitaker-Senn, CASAC-Advanced",
                 us(plan)],
                ["Physician review", "Emeka Lindgren, MD", us(md)]], head_fill="D9D9D9", size=8)
    save_docx(doc, "ag40_hudsonridge_ny_asam_grid.docx")
    register("ag40_hudsonridge_ny_asam_grid.docx", "base-treatment-plan", ["ny-oasas-818"], asof, [],
             "Clean. NY OASAS inpatient rehab: landscape page, six-column identifier table, ASAM dimension grid "
             "(problem, goal, objectives, interventions with frequency, target, staff), signer table; plan "
             "4 days and physician review 8 days after admission; Part 2 notice in the footer.",
             dict(plan=plan, adm=adm, phys_sig=md, sigs=[plan, md],
                  targets=[D(2026, 11, 20), D(2026, 12, 4), D(2026, 11, 27)]))


def ag41():
    adm, plan, md = D(2026, 9, 14), D(2026, 9, 18), D(2026, 9, 28)
    asof = D(2026, 10, 30)
    doc = new_doc("Courier New", 9)
    para(doc, "SENECA LAKE ADDICTION TREATMENT CENTER         TREATMENT PLAN (INITIAL)")
    para(doc, "=" * 72)
    para(doc, "Client: Geraldine Szymanski-Obi            DOB: 1/4/1988")
    para(doc, "Medicaid CIN: GS20417T                      Level: Inpatient Rehabilitation")
    para(doc, f"Admit Date: {us_nopad(adm)}                        Plan Date: {us_nopad(plan)}")
    para(doc, "=" * 72)
    para(doc, "DIAGNOSIS")
    para(doc, "  F11.20  Opioid dependence, uncomplicated  (Primary)")
    para(doc, "  F13.20  Sedative, hypnotic or anxiolytic dependence, uncomplicated")
    para(doc, "PROBLEM 1: Opioid and benzodiazepine use with overdose in 08/2026")
    para(doc, "  GOAL 1.1: Remain abstinent and engaged in medication for OUD.")
    para(doc, f"    OBJ 1.1.a: Take buprenorphine as prescribed daily with 100% of doses observed by nursing "
              f"through {us_nopad(D(2026, 10, 16))}.")
    para(doc, f"    OBJ 1.1.b: Negative urine toxicology on all weekly screens through {us_nopad(D(2026, 10, 16))}.")
    para(doc, "    INTERVENTION: MOUD induction/maintenance (MD daily x 7 then weekly); individual counseling "
              "2x/week; relapse prevention group 5x/week.")
    para(doc, "PROBLEM 2: Estrangement from her two children (in kinship care)")
    para(doc, "  GOAL 2.1: Rebuild contact with her children.")
    para(doc, f"    OBJ 2.1.a: Attend 3 family sessions with her aunt (kinship caregiver) by {us_nopad(D(2026, 10, 14))}.")
    para(doc, "    INTERVENTION: Family counseling 1x/week; parenting group 2x/week.")
    para(doc, "=" * 72)
    para(doc, "SIGNATURES")
    para(doc, f"  Client ........................ Geraldine Szymanski-Obi      {us_nopad(plan)}")
    para(doc, f"  Primary Counselor ............. Devon Achterberg, LMSW, CASAC  {us_nopad(plan)}")
    para(doc, f"  Physician ..................... Natalia Forsythe, DO           {us_nopad(md)}")
    save_docx(doc, "ag41_senecalake_ny_late_md.docx")
    register("ag41_senecalake_ny_late_md.docx", "base-treatment-plan", ["ny-oasas-818"], asof,
             [["signature-late"]],
             "Gap: admitted 9/14/2026, physician signed 9/28/2026 = 14 days after admission (818.5: physician "
             "review and signature within 10 days). The plan itself is on day 4. Layout: monospace print with "
             "rules of '=', PROBLEM / GOAL 1.1 / OBJ 1.1.a outline, dotted signature leaders, unpadded dates.",
             dict(plan=plan, adm=adm, phys_sig=md, sigs=[plan, md],
                  targets=[D(2026, 10, 16), D(2026, 10, 14)]))


def ag42():
    adm, plan, md = D(2026, 11, 6), D(2026, 11, 12), D(2026, 11, 14)
    asof = D(2026, 11, 24)
    doc = new_doc("Calibri", 11)
    para(doc, "Adirondack Bridge Treatment Services", bold=True, size=13)
    para(doc, "Inpatient Rehabilitation Program · OASAS Operating Certificate #8818-04", size=9)
    heading(doc, "Comprehensive Treatment Plan", 1)
    para(doc, "Patient: Tomasz Eberhardt-Nwosu   |   Date of Birth: 3/22/1992   |   Medicaid #: TE73019P")
    para(doc, f"Admission: {long(adm)}   |   Plan completed: {long(plan)}")
    heading(doc, "Clinical Summary", 2)
    para(doc, "Mr. Eberhardt-Nwosu was admitted from an emergency department after a cocaine-related chest-pain "
              "episode. He reports daily cocaine and heavy weekend alcohol use for 4 years, lost his job as a "
              "line cook in October, and has had no prior treatment. He is motivated by his upcoming custody "
              "hearing.")
    heading(doc, "Diagnoses", 2)
    para(doc, "F14.20 Cocaine dependence, uncomplicated (primary)\nF10.20 Alcohol dependence, uncomplicated\n"
              "Z56.0 Unemployment, unspecified")
    heading(doc, "Problems, Goals and Methods of Treatment", 2)
    para(doc, "Problem A – Cocaine and alcohol use.", bold=True)
    para(doc, "Goal: Tomasz will stay abstinent and leave with an aftercare plan he helped write.")
    para(doc, "Methods: individual counseling twice weekly (motivational interviewing, CBT for stimulant use); "
              "relapse prevention group daily; contingency management for negative screens; 12-step "
              "orientation.")
    para(doc, "Problem B – Employment and legal stress.", bold=True)
    para(doc, "Goal: Tomasz will have a plan for work and his court date.")
    para(doc, "Methods: vocational counseling weekly; case management twice weekly for legal and housing "
              "referrals.")
    heading(doc, "Measurable Objectives", 2)
    table(doc, [["Problem", "Objective", "Target date"],
                ["A", "Identify 5 personal high-risk situations and a coping response for each in a written "
                      "relapse prevention plan", us(D(2026, 11, 26))],
                ["A", "100% negative urine drug screens (twice weekly)", us(D(2026, 12, 10))],
                ["B", "Complete 1 job application per week and attend 1 legal aid appointment",
                 us(D(2026, 12, 10))]], head_fill="DEEAF6")
    heading(doc, "Treatment Team Signatures", 2)
    table(doc, [["Team member", "Role", "Signature", "Date"],
                ["Tomasz Eberhardt-Nwosu", "Patient", "signed", us(plan)],
                ["Celestine Moreau, CASAC", "Primary counselor (responsible clinical staff)", "signed", us(plan)],
                ["Bartholomew Ige, DO", "Medical director (physician review)", "signed", us(md)]],
          head_fill="DEEAF6")
    para(doc, PART2, size=8, italic=True)
    save_docx(doc, "ag42_adirondack_ny_narrative.docx")
    register("ag42_adirondack_ny_narrative.docx", "base-treatment-plan", ["ny-oasas-818"], asof, [],
             "Clean. NY OASAS inpatient rehab with dates in words: heading styles, clinical summary, "
             "problems with goals and 'Methods' paragraphs, a separate measurable-objectives table, treatment "
             "team signer table with 'signed' cells; plan on day 6, DO review on day 8.",
             dict(plan=plan, adm=adm, phys_sig=md, sigs=[plan, md],
                  targets=[D(2026, 11, 26), D(2026, 12, 10)]))


def ag43():
    adm, plan, qp = D(2026, 10, 5), D(2026, 10, 16), D(2026, 10, 22)
    asof = D(2026, 11, 13)
    doc = new_doc("Arial", 9.5)
    para(doc, "GULF BREEZE RECOVERY — Licensed under Chapter 397, F.S. / 65D-30, F.A.C.", bold=True, size=11)
    para(doc, "INDIVIDUALIZED TREATMENT PLAN", bold=True, size=12, align="center")
    table(doc, [["Individual", "Darnell Whitmore-Aoki", "DOB", "06/30/1984"],
                ["Medicaid ID", "9043817265", "Record #", "GBR-26-0412"],
                ["Date of admission", us(adm), "Date of plan", us(plan)]], header=False, bold_first_col=True)
    para(doc, "Level of care:  ☐ Residential Level 1   ☒ Residential Level 2   ☐ Residential Level 3   "
              "☐ Outpatient")
    para(doc, "")
    para(doc, "Diagnoses: F15.20 Other stimulant dependence, uncomplicated (methamphetamine) – primary; "
              "F10.10 Alcohol abuse, uncomplicated; Z59.00 Homelessness unspecified")
    para(doc, "")
    table(doc, [
        ["Problem", "Goal", "Behavioral objective", "Completion date", "Services / frequency"],
        ["Methamphetamine use", "Darnell will stay abstinent and learn to handle cravings",
         "Record cravings and the skill used on a craving log at least 5 of 7 days",
         us(D(2026, 11, 6)), "Individual counseling 1x/week; CBT-SUD group 5x/week"],
        ["", "", "Provide negative urine screens on 100% of random weekly tests", us(D(2026, 12, 18)),
         "Random UDS weekly"],
        ["Homelessness", "Darnell will have stable, drug-free housing at discharge",
         "Submit applications to 2 recovery residences and attend 1 housing interview",
         us(D(2026, 12, 4)), "Case management 2x/week"],
        ["Health", "Darnell will manage his hypertension",
         "Take amlodipine daily per MAR on at least 95% of days; BP < 140/90 on 3 consecutive weekly checks",
         us(D(2026, 12, 4)), "Nursing medication pass daily; PCP visit monthly"]], head_fill="DDEBF7", size=8.5)
    para(doc, "")
    para(doc, "Projected length of stay: 60-90 days")
    para(doc, "")
    table(doc, [["Signature", "Printed name", "Date"],
                ["Individual", "Darnell Whitmore-Aoki", us(plan)],
                ["Staff who developed plan", "Keisha Montgomery-Lindqvist, CAP (primary counselor)", us(plan)],
                ["Qualified professional review (clinical supervisor)", "Rafael Etxeberria, LMHC, MCAP",
                 us(qp)]], head_fill="DDEBF7")
    save_docx(doc, "ag43_gulfbreeze_fl_residential.docx")
    register("ag43_gulfbreeze_fl_residential.docx", "base-treatment-plan", ["fl-65d-30"], asof, [],
             "Clean. Florida residential level 2 (ticked check box among four levels): plan 11 days after "
             "admission (limit 15), problem/goal/objective table with completion dates and services with "
             "frequency, individual and staff signatures dated, qualified professional countersignature 6 "
             "days after the plan.",
             dict(plan=plan, adm=adm, level="Residential Level 2", sup_sig=qp, sigs=[plan, qp],
                  targets=[D(2026, 11, 6), D(2026, 12, 18), D(2026, 12, 4)]))


def ag44():
    adm, plan = D(2026, 9, 8), D(2026, 9, 19)
    asof = D(2026, 10, 28)
    doc = new_doc("Calibri", 11)
    para(doc, "Palmetto Shores Treatment Center", bold=True, size=13)
    para(doc, "Individualized Treatment Plan", bold=True)
    para(doc, "")
    para(doc, "CLIENT", bold=True)
    para(doc, "Name: Luciana Ferreira-Holt     DOB: 10/10/1996     Florida Medicaid ID: 7719043352")
    para(doc, f"Admission date: {us(adm)}     Plan date: {us(plan)}")
    para(doc, "Level of Care: Residential Level 1")
    para(doc, "")
    para(doc, "DIAGNOSIS", bold=True)
    para(doc, "F11.20 Opioid dependence, uncomplicated (primary); F43.10 Post-traumatic stress disorder, "
              "unspecified")
    para(doc, "")
    para(doc, "GOALS AND OBJECTIVES", bold=True)
    para(doc, "Luciana will remain free of opioids and engaged in MAT.", style="List Number")
    para(doc, f"Objective: Attend 100% of scheduled buprenorphine dosing and provide negative fentanyl "
              f"screens on all weekly tests through {us(D(2026, 11, 13))}.", style="List Bullet")
    para(doc, f"Objective: Name 4 triggers and a coping response for each in her relapse prevention plan by "
              f"{us(D(2026, 10, 9))}.", style="List Bullet")
    para(doc, "Luciana will reduce trauma-related distress.", style="List Number")
    para(doc, f"Objective: Lower PCL-5 score from 58 to 40 or below by {us(D(2026, 11, 20))}.",
         style="List Bullet")
    para(doc, f"Objective: Use a grounding skill during at least 4 of 5 reported flashbacks (self-report "
              f"log) by {us(D(2026, 10, 30))}.", style="List Bullet")
    para(doc, "")
    para(doc, "SERVICES", bold=True)
    para(doc, "Individual therapy (Seeking Safety) 2x weekly; group counseling 3 hours daily Mon-Fri; "
              "medication-assisted treatment with buprenorphine daily; psychiatric follow-up every 2 weeks.")
    para(doc, "")
    para(doc, "SIGNATURES", bold=True)
    para(doc, f"Client: Luciana Ferreira-Holt          {us(plan)}")
    para(doc, f"Counselor: Brandon Achebe-Lowry, CAC   {us(plan)}")
    para(doc, f"Clinical Supervisor (QP): Simone Varga, LCSW   {us(D(2026, 9, 22))}")
    save_docx(doc, "ag44_palmetto_fl_late_plan.docx")
    register("ag44_palmetto_fl_late_plan.docx", "base-treatment-plan", ["fl-65d-30"], asof, [["plan-late"]],
             "Gap: residential level 1 requires the plan within 7 days of admission; admitted 09/08/2026, plan "
             "dated 09/19/2026 = 11 days. Layout: bold titles, Word numbered goals with bulleted objectives, "
             "services paragraph, sign-off lines.",
             dict(plan=plan, adm=adm, level="Residential Level 1", sup_sig=D(2026, 9, 22),
                  sigs=[plan, D(2026, 9, 22)],
                  targets=[D(2026, 11, 13), D(2026, 10, 9), D(2026, 11, 20), D(2026, 10, 30)]))


def ag45():
    adm, plan, qp = D(2026, 10, 1), D(2026, 10, 9), D(2026, 10, 26)
    asof = D(2026, 11, 5)
    doc = new_doc("Times New Roman", 10.5)
    para(doc, "SUNCOAST COMMUNITY RECOVERY SERVICES", bold=True, align="center")
    para(doc, "Treatment Plan — Day/Night Treatment Program", align="center")
    para(doc, "")
    lv(doc, "Person served", "Otis Bramblewood-Ngata")
    lv(doc, "Date of birth", "02/02/1975")
    lv(doc, "Member ID", "FLMC-55021948")
    lv(doc, "Admission", us(adm))
    lv(doc, "Plan date", us(plan))
    lv(doc, "Level of care", "Day or Night Treatment")
    para(doc, "")
    lv(doc, "Diagnoses", "F10.20 Alcohol dependence, uncomplicated (primary); Z56.0 Unemployment, unspecified")
    para(doc, "")
    table(doc, [["Goal", "Objective", "Target date", "Services and frequency"],
                ["1. Otis will stop drinking and build a sober support network.",
                 "1a. Attend at least 3 AA meetings per week and get a sponsor (attendance sheet).",
                 us(D(2026, 11, 20)), "Group counseling 4 days/week; individual counseling weekly"],
                ["", "1b. Breathalyzer results of 0.00 at 100% of program days.", us(D(2026, 12, 18)),
                 "Breathalyzer each program day"],
                ["2. Otis will return to work.", "2a. Attend 2 sessions with the vocational counselor and finish a one-page résumé.",
                 "ongoing", "Vocational counseling every other week"],
                ["", "2b. Apply for 2 jobs per week once the résumé is done (job log).", "", ""]],
          head_fill="EDEDED")
    para(doc, "")
    para(doc, f"Person served: Otis Bramblewood-Ngata   Date: {us(plan)}")
    para(doc, f"Counselor (author): Wanda Kirschbaum, CAP   Date: {us(plan)}")
    para(doc, f"Qualified professional countersignature: Dr. Ezra Mbeki-Shaw, PsyD   Date: {us(qp)}")
    save_docx(doc, "ag45_suncoast_fl_dnt.docx")
    register("ag45_suncoast_fl_dnt.docx", "base-treatment-plan", ["fl-65d-30"], asof,
             [["objective-not-time-bound"], ["signature-late"]],
             "Gaps: objectives 2a ('ongoing') and 2b (blank) have no completion date and goal 2 has none; "
             "the qualified professional countersigned 10/26/2026, 17 days after the plan (limit 10). Plan on "
             "day 8 of day/night treatment (limit 10). Layout: bold-label lines, goal/objective table with "
             "blank continuation cells.",
             dict(plan=plan, adm=adm, level="Day or Night Treatment", sup_sig=qp, sigs=[plan, qp],
                  targets=[D(2026, 11, 20), D(2026, 12, 18)]))


def ag46():
    adm, plan, sup, md, review = D(2026, 9, 1), D(2026, 9, 24), D(2026, 10, 2), D(2026, 10, 5), D(2026, 11, 30)
    asof = D(2026, 11, 20)
    doc = new_doc("Calibri", 10)
    para(doc, "Central Valley Opioid Treatment Program", bold=True, size=13)
    para(doc, "Narcotic Treatment Program – Initial Maintenance Treatment Plan (Title 9, §10305)", size=10)
    p = para(doc, "Patient: ")
    inline_sdt(p, "Benedetta Yazzie-Coulter", tag="pt_name")
    p = para(doc, "DOB: ")
    inline_sdt(p, "07/17/1990", tag="dob")
    p = para(doc, "Medi-Cal CIN: ")
    inline_sdt(p, "92817463B", tag="cin")
    p = para(doc, "Admission to maintenance treatment: ")
    inline_sdt(p, us(adm), tag="adm", date_value=adm.isoformat())
    p = para(doc, "Plan effective date: ")
    inline_sdt(p, us(plan), tag="plan_date", date_value=plan.isoformat())
    para(doc, "")
    para(doc, "Diagnosis: F11.20 Opioid dependence, uncomplicated (primary)")
    para(doc, "Medication: methadone 85 mg daily, observed dosing")
    para(doc, "")
    para(doc, "LONG-TERM GOALS", bold=True)
    para(doc, "1. Stop using illicit opioids and stay on a stable methadone dose.")
    para(doc, "2. Regain custody of her daughter and steady employment.")
    para(doc, "SHORT-TERM GOALS (90 days or less)", bold=True)
    table(doc, [["#", "Short-term goal", "Target date", "Interventions"],
                ["1.1", "Fentanyl-negative urine screens on 4 consecutive monthly tests", us(D(2026, 12, 18)),
                 "Individual counseling 2x/month; dose evaluation by physician"],
                ["1.2", "Attend 100% of counseling sessions scheduled in the month", us(D(2026, 11, 30)),
                 "Counselor reminder calls"],
                ["2.1", "Complete parenting class (8 sessions) required by family court", us(D(2026, 12, 11)),
                 "Referral to Family Resource Center; case management monthly"],
                ["2.2", "Submit 3 job applications per week (job-search log)", us(D(2026, 12, 11)),
                 "Vocational referral"]], head_fill="FFF2CC")
    para(doc, "")
    lv(doc, "Next treatment plan update due", us(review))
    para(doc, "")
    table(doc, [["", "Name", "Date"],
                ["Primary counselor", "Esperanza Villalobos-Tate, RADT-II", us(plan)],
                ["Supervising counselor (review)", "Harold Nakashima-Reyes, CADC-III", us(sup)],
                ["Medical director (review)", "Yusuf Marrow-Delacroix, MD", us(md)],
                ["Patient", "Benedetta Yazzie-Coulter", us(plan)]], head_fill="FFF2CC")
    save_docx(doc, "ag46_centralvalley_ca_ntp.docx")
    register("ag46_centralvalley_ca_ntp.docx", "base-treatment-plan", ["ca-title9-ntp"], asof, [],
             "Clean. California NTP initial maintenance plan: identifiers and dates in content controls, "
             "long-term goals list, short-term goals table with target dates, plan on day 23, update due "
             "11/30/2026 (90 days after admission), supervising counselor and medical director countersign "
             "8 and 11 days after the plan.",
             dict(plan=plan, adm=adm, review=review, sup_sig=sup, phys_sig=md, sigs=[plan, sup, md],
                  targets=[D(2026, 12, 18), D(2026, 11, 30), D(2026, 12, 11)]))


def ag47():
    adm, plan, sup, md, review = D(2026, 8, 3), D(2026, 8, 27), D(2026, 9, 4), D(2026, 9, 8), D(2026, 12, 18)
    asof = D(2026, 11, 10)
    doc = new_doc("Calibri", 10.5)
    para(doc, "Pacific Crest Recovery Clinic — NTP", bold=True, size=12)
    heading(doc, "Treatment Plan", 1)
    para(doc, f"Client: Marisol Tupou-Henning · DOB 11/23/1983 · Medi-Cal 90044718C")
    para(doc, f"Admitted {us(adm)} · Plan {us(plan)} · Buprenorphine (Suboxone) 16 mg daily")
    heading(doc, "Diagnosis", 2)
    para(doc, "F11.20 Opioid dependence, uncomplicated — primary; F41.1 Generalized anxiety disorder")
    heading(doc, "Goals", 2)
    para(doc, "Goal 1 — Stay free of illicit opioids.")
    para(doc, f"   Short-term goal 1a: negative screens for fentanyl and heroin on all monthly random tests, by "
              f"{us(D(2026, 11, 25))}.")
    para(doc, f"   Short-term goal 1b: keep 2 take-home doses safely in a lock box (verified at callback) by "
              f"{us(D(2026, 10, 30))}.")
    para(doc, "Goal 2 — Manage anxiety without benzodiazepines.")
    para(doc, f"   Short-term goal 2a: GAD-7 from 15 to 10 or lower by {us(D(2026, 11, 25))}.")
    heading(doc, "Services", 2)
    para(doc, "Individual counseling 50 minutes, twice a month; anxiety skills group weekly; medical "
              "follow-up monthly.")
    heading(doc, "Plan Review", 2)
    para(doc, f"Next treatment plan update: {us(review)}")
    heading(doc, "Signatures", 2)
    para(doc, f"Primary Counselor: Joaquin Alvarado-Sims, SUDCC   {us(plan)}")
    para(doc, f"Supervising Counselor: Lorraine Fiske, LAADC   {us(sup)}")
    para(doc, f"Medical Director: Adaeze Okonkwo-Hart, DO   {us(md)}")
    para(doc, f"Client: Marisol Tupou-Henning   {us(plan)}")
    save_docx(doc, "ag47_pacificcrest_ca_review_gap.docx")
    register("ag47_pacificcrest_ca_review_gap.docx", "base-treatment-plan", ["ca-title9-ntp"], asof,
             [["review-interval-exceeded"]],
             "Gap: next plan update set for 12/18/2026, 137 days after admission (08/03/2026; 113 days after "
             "the plan); §10305 requires updates at least every 3 months. Layout: heading styles, a "
             "middle-dot identifier line, 'Short-term goal 1a' lines, sign-off lines.",
             dict(plan=plan, adm=adm, review=review, sup_sig=sup, phys_sig=md, sigs=[plan, sup, md],
                  targets=[D(2026, 11, 25), D(2026, 10, 30)]))


def ag48():
    adm, plan = D(2026, 10, 12), D(2026, 10, 15)
    asof = D(2026, 11, 12)
    doc = new_doc("Arial", 10)
    para(doc, "LONE STAR PATHWAYS CHEMICAL DEPENDENCY TREATMENT", bold=True, size=12, align="center")
    para(doc, "Licensed by Texas HHSC · Intensive Outpatient Program", size=9, align="center")
    para(doc, "TREATMENT PLAN", bold=True, size=12, align="center")
    table(doc, [["Client", "Beau Ramirez-Lindqvist", "DOB", "04/30/1990"],
                ["Medicaid / CHIP #", "528840193", "Admission", us(adm)],
                ["Plan date", us(plan), "Projected length of stay", "12 weeks (IOP), then 12 weeks supportive OP"]],
          header=False, bold_first_col=True)
    para(doc, "")
    para(doc, "Diagnosis: F15.20 Other stimulant dependence, uncomplicated (methamphetamine), primary; "
              "F12.20 Cannabis dependence, uncomplicated")
    para(doc, "")
    table(doc, [["Problem / goal", "Behavioral objective (measurable, time-specific)", "Strategies (type & frequency)"],
                ["1. Methamphetamine use. Goal: Beau will achieve and keep abstinence.",
                 f"1.1 Beau will give negative drug screens on 100% of twice-weekly tests for 8 consecutive weeks "
                 f"by {us(D(2026, 12, 10))}.",
                 "IOP group 3 hours, 3x/week; random UDS 2x/week"],
                ["", f"1.2 Beau will list 5 personal triggers and a plan for each in his relapse prevention "
                     f"workbook by {us(D(2026, 11, 5))}.",
                 "Individual counseling 1x/week (CBT, MI)"],
                ["2. Work and finances. Goal: Beau will keep his job at the warehouse.",
                 f"2.1 Beau will attend 100% of scheduled shifts, per his weekly pay stub, by "
                 f"{us(D(2026, 12, 10))}.",
                 "Case management every 2 weeks"],
                ["3. Family. Goal: Beau will repair trust with his partner.",
                 f"3.1 Beau and his partner will attend 4 family sessions by {us(D(2026, 12, 17))}.",
                 "Family counseling 1x/week for 4 weeks"]], head_fill="F8CBAD")
    para(doc, "")
    para(doc, "Client statement: \"I want to stay clean for my daughter and keep my job.\"", italic=True)
    para(doc, "")
    table(doc, [["Client signature / date", "Counselor signature / date"],
                [f"Beau Ramirez-Lindqvist   {us(plan)}", f"Shanice Okafor-Brandt, LCDC   {us(plan)}"]],
          head_fill="F8CBAD")
    save_docx(doc, "ag48_lonestar_tx_iop.docx")
    register("ag48_lonestar_tx_iop.docx", "base-treatment-plan", ["tx-26tac-564"], asof, [],
             "Clean. Texas CD treatment facility IOP plan: form table with projected length of stay, "
             "three-column problem/objective/strategy table with measurable, dated objectives and strategy "
             "type and frequency, client statement, two-column signature table with name and date per cell.",
             dict(plan=plan, adm=adm, sigs=[plan],
                  targets=[D(2026, 12, 10), D(2026, 11, 5), D(2026, 12, 17)]))


def ag49():
    adm, plan = D(2026, 10, 19), D(2026, 10, 22)
    asof = D(2026, 11, 18)
    doc = new_doc("Courier New", 9.5)
    header_text(doc, ["BRAZOS BEND RECOVERY  -  Residential Treatment Plan  -  Client ID 44918"], size=8)
    para(doc, "TREATMENT PLAN")
    para(doc, "Client Name:  Rosalyn Fairbanks-Ochoa")
    para(doc, "DOB:          12/08/1981")
    para(doc, "Member ID:    TXM-61029374")
    para(doc, f"Admit Date:   {us(adm)}")
    para(doc, f"Plan Date:    {us(plan)}")
    para(doc, "Program:      Adult Residential")
    para(doc, "")
    para(doc, "DX:  F10.20 Alcohol dependence, uncomplicated (primary)")
    para(doc, "     F13.20 Sedative, hypnotic or anxiolytic dependence, uncomplicated")
    para(doc, "")
    para(doc, "PROBLEM 1  Alcohol and benzodiazepine use")
    para(doc, "  GOAL     Rosalyn will live a sober lifestyle.")
    para(doc, "  OBJ 1A   Rosalyn will work on her recovery.                          TARGET 11/20/2026")
    para(doc, "  OBJ 1B   Rosalyn will understand the disease concept of addiction.   TARGET 11/13/2026")
    para(doc, "  STRATEGY Group counseling 4x/week; individual counseling 1x/week; lectures daily")
    para(doc, "PROBLEM 2  Family conflict")
    para(doc, "  GOAL     Rosalyn will improve relationships with her family.")
    para(doc, "  OBJ 2A   Rosalyn will gain insight into family patterns.             TARGET 11/20/2026")
    para(doc, "  STRATEGY Family session 1x/week")
    para(doc, "")
    para(doc, f"CLIENT SIGNATURE:    Rosalyn Fairbanks-Ochoa          DATE {us(plan)}")
    para(doc, f"COUNSELOR:           Dwayne Castillo-Harte, LCDC      DATE {us(plan)}")
    save_docx(doc, "ag49_brazosbend_tx_vague.docx")
    register("ag49_brazosbend_tx_vague.docx", "base-treatment-plan", ["tx-26tac-564"], asof,
             [["objective-not-measurable"], ["duration-missing"]],
             "Gaps: all three objectives are vague ('work on her recovery', 'understand the disease concept', "
             "'gain insight') with no measure or level; no projected length of stay or other duration "
             "anywhere. Layout: monospace residential print, fixed-width PROBLEM/GOAL/OBJ/STRATEGY columns "
             "with TARGET dates at the line ends.",
             dict(plan=plan, adm=adm, sigs=[plan], targets=[D(2026, 11, 20), D(2026, 11, 13)]))


# =============================================================================================
# main: build everything, self-check dates against the profile numbers, write labels.json
# =============================================================================================

BUILDERS = [ag01, ag02, ag03, ag04, ag05, ag06, ag07, ag08, ag09, ag10, ag11, ag12, ag13, ag14, ag15, ag16,
            ag17, ag18, ag19, ag20, ag21, ag22, ag23, ag24, ag25, ag26, ag27, ag28, ag29, ag30, ag31, ag32,
            ag33, ag34, ag35, ag36, ag37, ag38, ag39, ag40, ag41, ag42, ag43, ag44, ag45, ag46, ag47, ag48,
            ag49]


def self_check(p):
    gap_kinds = {k for alts in p["gaps"] for k in alts}
    profiles = [p["payer"]] + p["states"]
    reportable = set().union(*(KINDS[x] for x in profiles))
    for k in gap_kinds:
        assert k in reportable, (p["file"], k, "gap kind not reportable by the chosen profiles")
    # date-driven gaps recomputed from the facts must be exactly the date-driven gaps labelled
    got = date_kinds(p)
    want = gap_kinds & DATE_KINDS
    # plan-late from a gap list that also allows other kinds still counts; only compare reportable date kinds
    got &= reportable
    assert got == want, (p["file"], "date gaps", sorted(got), "labelled", sorted(want))
    # psychotherapy: every plan's duration is known and below one year unless that is the gap
    if p["payer"] == "medicare-psychotherapy":
        assert p["facts"].get("duration_days") is not None, p["file"]
    # as-of is never in the future relative to the set's writing date
    assert p["as_of"] <= D(2026, 11, 24), p["file"]
    # profile versions in force: states start 2023-01-01, ABA 2025-01-01
    if p["states"]:
        assert p["as_of"] >= D(2023, 1, 1)
    if p["payer"] == "commercial-aba":
        assert p["as_of"] >= D(2025, 1, 1)


def main():
    for b in BUILDERS:
        b()
    labels = []
    seen = set()
    for p in PLANS:
        assert p["file"] not in seen
        seen.add(p["file"])
        self_check(p)
        gap_kinds = {k for alts in p["gaps"] for k in alts}
        profiles = [p["payer"]] + p["states"]
        reportable = set().union(*(KINDS[x] for x in profiles))
        mnr = sorted(reportable - gap_kinds - p["unsure"])
        cw = ["--payer", p["payer"]]
        for s in p["states"]:
            cw += ["--state", s]
        cw += ["--as-of", p["as_of"].isoformat()]
        labels.append({"file": p["file"], "check_with": cw, "must_report": [sorted(a) for a in p["gaps"]],
                       "must_not_report": mnr, "notes": p["notes"]})
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    clean = sum(1 for p in PLANS if not p["gaps"])
    print(f"wrote {len(PLANS)} plans ({clean} clean) and labels.json")


if __name__ == "__main__":
    main()
