"""Write the blind plan set 6 (invented plans, no real people) and its labels.json.

Deterministic: run with /work/main/.venv/bin/python tests/data/blind_plans_6/make_plans.py
Every patient, clinician, agency and identifier below is invented. NPIs are built with the
80840-prefix Luhn check digit; where a gap needs an invalid NPI, the check digit is altered.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape as xesc

import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

OUT = Path(__file__).resolve().parent
FIXED_CORE_DATE = dt.datetime(2026, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------- basics
def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fmt(d: dt.date | None, style: str) -> str:
    """Render a date in one of the styles real plans use (numeric dates are month first)."""
    if d is None:
        return ""
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "us_nopad":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "mon":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "mon_nocomma":
        return f"{MONTHS[d.month - 1][:3]} {d.day} {d.year}"
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dmon":
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"
    raise ValueError(style)


def luhn_npi(base9: str) -> str:
    """Complete a 9-digit NPI base with its check digit (Luhn over 80840 + base)."""
    digits = [int(c) for c in "80840" + base9]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:  # rightmost digit of the base is doubled (check digit not yet appended)
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return base9 + str((10 - total % 10) % 10)


def npi_ok(npi: str) -> bool:
    digits = [int(c) for c in "80840" + npi]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


def bad_npi(base9: str) -> str:
    good = luhn_npi(base9)
    return good[:-1] + str((int(good[-1]) + 3) % 10)


def _npi_bases():
    import random
    rng = random.Random(20260106)
    while True:
        yield "1" + "".join(str(rng.randint(0, 9)) for _ in range(8))


_NPI_BASES = _npi_bases()


def npi() -> str:
    return luhn_npi(next(_NPI_BASES))


def npi_invalid() -> str:
    return bad_npi(next(_NPI_BASES))


# ----------------------------------------------------------------------------- docx helpers
def new_doc(font: str = "Calibri", size: float = 10.5, margins: float = 0.8) -> Document:
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind-set-6 generator"
    cp.created = FIXED_CORE_DATE
    cp.modified = FIXED_CORE_DATE
    cp.last_modified_by = "generator"
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = s.right_margin = Inches(margins)
        s.top_margin = s.bottom_margin = Inches(0.7)
    return doc


def para(doc_or_cell, text: str = "", bold: bool = False, italic: bool = False, size: float | None = None,
         align: str | None = None, style: str | None = None, space_after: float | None = None,
         color: tuple[int, int, int] | None = None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(doc_or_cell, parts, size: float | None = None, style: str | None = None):
    """A paragraph of (text, bold) parts."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for part in parts:
        text, b = (part, False) if isinstance(part, str) else part
        r = p.add_run(text)
        r.bold = b
        if size:
            r.font.size = Pt(size)
    return p


def cell_text(cell, text: str, bold: bool = False, size: float | None = None, shade: str | None = None):
    """Replace a cell's text (keeps one paragraph; newlines become new paragraphs)."""
    lines = str(text).split("\n")
    cell.paragraphs[0].text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if shade:
        shade_cell(cell, shade)
    return cell


def cell_runs(cell, parts, size: float | None = None):
    cell.paragraphs[0].text = ""
    p = cell.paragraphs[0]
    for part in parts:
        text, b = (part, False) if isinstance(part, str) else part
        r = p.add_run(text)
        r.bold = b
        if size:
            r.font.size = Pt(size)
    return cell


def shade_cell(cell, hex_fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def table(doc_or_cell, rows: list[list[str]], header: bool = True, style: str = "Table Grid",
          widths: list[float] | None = None, size: float | None = None, shade_header: str | None = "D9D9D9"):
    t = doc_or_cell.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size,
                      shade=(shade_header if header and i == 0 else None))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Inches(w)
    return t


def box(doc, title: str | None, lines: list, size: float | None = None, fill: str | None = None):
    """A table of one cell used as a framed box."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    c.paragraphs[0].text = ""
    first = True
    if title:
        r = c.paragraphs[0].add_run(title)
        r.bold = True
        first = False
    for line in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        if isinstance(line, (list, tuple)):
            for part in line:
                text, b = (part, False) if isinstance(part, str) else part
                rr = p.add_run(text)
                rr.bold = b
                if size:
                    rr.font.size = Pt(size)
        else:
            rr = p.add_run(line)
            if size:
                rr.font.size = Pt(size)
    if fill:
        shade_cell(c, fill)
    doc.add_paragraph()
    return t


def set_header(doc, left: str, right: str | None = None, footer: str | None = None, size: float = 8):
    for s in doc.sections:
        hp = s.header.paragraphs[0]
        hp.text = ""
        r = hp.add_run(left)
        r.font.size = Pt(size)
        if right:
            hp.paragraph_format.tab_stops.add_tab_stop(Inches(6.8), WD_TAB_ALIGNMENT.RIGHT)
            r2 = hp.add_run("\t" + right)
            r2.font.size = Pt(size)
        if footer:
            fp = s.footer.paragraphs[0]
            fp.text = ""
            rf = fp.add_run(footer)
            rf.font.size = Pt(size)


def add_page_field_footer(doc, text: str, size: float = 8) -> None:
    """Footer 'text  Page X of Y' with real PAGE/NUMPAGES fields."""
    for s in doc.sections:
        fp = s.footer.paragraphs[0]
        fp.text = ""
        r = fp.add_run(text + "    Page ")
        r.font.size = Pt(size)
        _field(fp, "PAGE", size)
        r = fp.add_run(" of ")
        r.font.size = Pt(size)
        _field(fp, "NUMPAGES", size)


def _field(p, instr: str, size: float) -> None:
    r = p.add_run()
    r.font.size = Pt(size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = p.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._r.append(it)
    r3 = p.add_run("1")
    r3.font.size = Pt(size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r4 = p.add_run()
    r4._r.append(e)


def tabbed(doc_or_cell, parts: list[str], stops: list[float], leader: str | None = None, bold_labels: bool = True,
           size: float | None = None, right_last: bool = False):
    """One line of label<TAB>value<TAB>label<TAB>value on real tab stops (optionally dotted leaders)."""
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    for i, pos in enumerate(stops):
        align = WD_TAB_ALIGNMENT.RIGHT if (right_last and i == len(stops) - 1) else WD_TAB_ALIGNMENT.LEFT
        ld = WD_TAB_LEADER.DOTS if leader == "dots" else (WD_TAB_LEADER.LINES if leader == "lines" else WD_TAB_LEADER.SPACES)
        pf.tab_stops.add_tab_stop(Inches(pos), align, ld)
    for i, part in enumerate(parts):
        r = p.add_run(("\t" if i else "") + part)
        r.bold = bold_labels and i % 2 == 0
        if size:
            r.font.size = Pt(size)
    return p


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def heading(doc, text: str, level: int = 1):
    return doc.add_heading(text, level=level)


# ----------------------------------------------------------------------------- profiles and finding kinds
BASE = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
        "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
KINDS = {
    "base-treatment-plan": BASE,
    "medicare-outpatient-therapy": BASE | {
        "signature-missing", "goal-not-measurable", "goal-missing", "intervention-missing",
        "credential-not-permitted", "signature-late", "plan-late", "review-interval-exceeded",
        "review-overdue", "frequency-missing", "duration-missing"},  # amount-missing is info here
    "medicare-psychotherapy": BASE | {
        "credential-missing", "signature-missing", "duration-exceeds-limit", "duration-missing",
        "goal-not-measurable", "goal-missing", "intervention-missing", "objective-not-measurable",
        "objective-not-time-bound", "plan-outdated", "amount-missing", "frequency-missing"},
    "medicare-home-health": BASE | {
        "duration-missing", "goal-not-measurable", "goal-missing", "intervention-missing",
        "credential-not-permitted", "signature-missing", "review-interval-exceeded", "review-overdue",
        "frequency-missing"},
    "commercial-aba": BASE | {
        "assessment-missing", "assessment-outdated", "caregiver-goal-missing", "signature-missing",
        "diagnosis-not-covered", "duration-exceeds-limit", "baseline-missing", "goal-not-measurable",
        "goal-missing", "goal-not-time-bound", "review-date-missing", "review-interval-exceeded",
        "amount-missing"},
    "pa-55-5200": {"field-missing", "plan-late", "goal-missing", "objective-missing", "intervention-missing",
                   "duration-missing", "signature-missing"},
    "ny-oasas-818": {"field-missing", "plan-late", "signature-missing", "signature-late", "diagnosis-missing",
                     "goal-missing", "intervention-missing"},
    "fl-65d-30": {"field-missing", "plan-late", "goal-missing", "objective-missing", "objective-not-measurable",
                  "objective-not-time-bound", "intervention-missing", "frequency-missing", "signature-missing",
                  "signature-late"},
    "ca-title9-ntp": {"field-missing", "plan-late", "goal-missing", "objective-missing", "objective-not-time-bound",
                      "review-date-missing", "review-interval-exceeded", "review-overdue", "signature-missing",
                      "signature-late"},
    "tx-26tac-564": {"signature-missing", "duration-missing", "goal-missing", "objective-missing",
                     "objective-not-measurable", "objective-not-time-bound", "intervention-missing",
                     "frequency-missing"},
}


def S(role, name, cred=None, date=None, label=None, time=None, method="handwritten", signed=True, npi_=None):
    return dict(role=role, name=name, cred=cred, date=date, label=label or role.title(), time=time,
                method=method, signed=signed, npi=npi_)


def G(statement, target_date=None, baseline=None, mastery=None, domain=None, label=None, objectives=None,
      time_frame=None, interventions=None):
    return dict(statement=statement, target_date=target_date, baseline=baseline, mastery=mastery, domain=domain,
                label=label, objectives=objectives or [], time_frame=time_frame, interventions=interventions or [])


def O(statement, target_date=None, baseline=None, label=None):
    return dict(statement=statement, target_date=target_date, baseline=baseline, label=label)


def SV(code, desc, freq=None, amount=None, duration=None, hpw=None, units=None):
    return dict(code=code, desc=desc, freq=freq, amount=amount, duration=duration, hpw=hpw, units=units)


def DX(code, desc, primary=False, by=None, on=None):
    return dict(code=code, desc=desc, primary=primary, by=by, on=on)


PLANS: list[dict] = []


def plan(**kw):
    kw.setdefault("states", [])
    kw.setdefault("gaps", [])
    kw.setdefault("unsure", [])
    kw.setdefault("providers", [])
    kw.setdefault("reviews", [])
    kw.setdefault("assessments", [])
    kw.setdefault("interventions", [])
    kw.setdefault("services", [])
    kw.setdefault("admission", None)
    kw.setdefault("first_tx", None)
    kw.setdefault("period", None)
    kw.setdefault("duration", None)
    kw.setdefault("level", None)
    kw.setdefault("program", None)
    kw.setdefault("df", "us")
    PLANS.append(kw)
    return kw


# ============================================================================= PLAN CONTENT
# ---- Medicare Part B outpatient therapy (PT / OT / SLP) -------------------------------------
MOT = "medicare-outpatient-therapy"

p = plan(id="01", fmt="docx", layout="grid_merged", disc="pt", payer=MOT, as_of="2026-02-16", df="us",
    org="Riverbend Physical Therapy & Sports Rehab", org_addr="4410 Millrace Rd, Suite 2, Harlow Falls, OH 43990",
    title="PHYSICAL THERAPY PLAN OF CARE / CERTIFICATION",
    patient=dict(name="Walter Kessing", dob=D("1951-03-14"), member_id="4QR7WN2HJ58", sex="M"),
    payer_name="Medicare Part B",
    providers=[dict(name="Dana Prusik", cred="PT, DPT", npi=npi(), role="Treating therapist"),
               dict(name="Anil Varghese", cred="MD", npi=npi(), role="Referring physician")],
    first_tx=D("2026-01-12"), plan_date=D("2026-01-12"), period=(D("2026-01-12"), D("2026-04-10")),
    duration="12 weeks",
    presenting="Progressive right knee pain and stiffness from primary osteoarthritis; walks 300 ft with a single-point cane, "
               "needs both rails for 4 steps at home, LEFS 31/80. Right knee AROM 8-92 degrees.",
    dx=[DX("M17.11", "Unilateral primary osteoarthritis, right knee", True),
        DX("R26.89", "Other abnormalities of gait and mobility")],
    problems=[dict(statement="Impaired mobility and knee ROM", goals=[
        G("Pt will ascend/descend 12 stairs with one rail, reciprocal pattern, modified independent", D("2026-04-06"), label="LTG 1"),
        G("Increase R knee flexion AROM from 92 to 115 degrees", D("2026-03-23"), label="LTG 2"),
        G("Improve LEFS score from 31/80 to 55/80 or higher", D("2026-04-06"), label="LTG 3"),
        G("Ambulate 1000 ft on level surfaces without an assistive device, independent", D("2026-04-06"), label="LTG 4"),
    ])],
    services=[SV("97110", "Therapeutic exercise", "2x/week", "1 session/day", "12 weeks"),
              SV("97140", "Manual therapy (joint mobilization)", "2x/week", "1 session/day", "12 weeks"),
              SV("97116", "Gait training", "2x/week", "1 session/day", "12 weeks"),
              SV("97530", "Therapeutic activities", "2x/week", "1 session/day", "12 weeks")],
    reviews=[dict(kind="recertification", date=D("2026-04-10"), completed=False)],
    sigs=[S("clinician", "Dana Prusik", "PT, DPT", D("2026-01-12"), "Therapist"),
          S("physician", "Anil Varghese", "MD", D("2026-01-20"), "Physician certification")],
    layout_note="form grid: section header rows merged across 4 columns, label|value|label|value cells, goals grid with Target Date first, signature table")

p = plan(id="02", fmt="docx", layout="dots", disc="pt", payer=MOT, as_of="2026-02-02", df="us_short",
    org="Lakeshore Outpatient Rehabilitation", org_addr="17 Pell Street, Marrowfield, WI 53999",
    title="Plan of Care - Physical Therapy",
    patient=dict(name="Marguerite Olsztyn", dob=D("1948-07-02"), member_id="7TD2XK4PW61", sex="F"),
    payer_name="Medicare (Part B)",
    providers=[dict(name="Kofi Brandt-Lowe", cred="PT", npi=npi(), role="Physical therapist")],
    first_tx=D("2025-12-01"), plan_date=D("2025-12-01"), period=(D("2025-12-01"), D("2026-02-22")),
    duration="12 wks",
    presenting="S/p R total hip arthroplasty (posterior approach) 11/14/25. Walks 150' with rolling walker, CGA for tub transfer, "
               "Harris Hip Score 48.",
    dx=[DX("Z47.1", "Aftercare following joint replacement surgery", True),
        DX("Z96.641", "Presence of right artificial hip joint")],
    problems=[dict(statement="Post-THA mobility", goals=[
        G("Pt will amb 600' w/ single point cane, independent, on level and uneven surfaces", None, time_frame="within 10 weeks", label="1."),
        G("Pt will perform tub transfer with grab bar, modified independent, 5 of 5 trials", None, time_frame="within 8 weeks", label="2."),
        G("Increase R hip abduction strength from 3-/5 to 4/5", None, time_frame="within 12 weeks", label="3."),
        G("Improve Harris Hip Score from 48 to 75 or higher", None, time_frame="by end of POC (12 weeks)", label="4."),
    ])],
    services=[SV("97110", "Ther ex", "3x/wk", None, "12 wks"),
              SV("97116", "Gait training", "3x/wk", None, "12 wks"),
              SV("97530", "Functional/transfer training (ther activities)", "3x/wk", None, "12 wks")],
    reviews=[dict(kind="recertification", date=D("2026-02-22"), completed=False)],
    sigs=[S("clinician", "Kofi Brandt-Lowe", "PT", D("2025-12-01"), "Therapist signature"),
          S("physician", "Yusuf Terzioglu", "MD", D("2026-01-21"), "Physician signature")],
    gaps=[(["signature-late"], "Physician certification signed 1/21/26, 51 days after the first treatment day (12/1/25); due within 30 days (by 12/31/25). Warning under the 2025-01 version.")],
    layout_note="'Label ........ value' literal dot leaders, dates as 1/5/26, time frames as phrases, underscore signature lines with /s/")

p = plan(id="03", fmt="docx", layout="outline", disc="ot", payer=MOT, as_of="2026-03-05", df="long",
    org="Cedar Hollow Neuro Rehab Clinic", org_addr="900 Quarry Lane, Ellsmere, PA 19999",
    title="Occupational Therapy Plan of Care",
    patient=dict(name="Rosalind Achterberg", dob=D("1944-11-23"), member_id="2HV9RM6TQ34", sex="F"),
    payer_name="Medicare Part B",
    providers=[dict(name="Celeste Umbagai", cred="OTR/L", npi=npi(), role="Occupational therapist"),
               dict(name="Priya Ramanathan", cred="NP", npi=npi(), role="Certifying NPP")],
    first_tx=D("2026-02-02"), plan_date=D("2026-02-02"), period=(D("2026-02-02"), D("2026-04-27")),
    duration="12 weeks (24 visits)",
    presenting="Left MCA ischemic stroke 12/2025 with right (dominant) hemiparesis. Needs moderate assistance for upper-body dressing "
               "and minimal assistance for bathing; right grip 6 lb vs 44 lb left; Box and Block 12 blocks right.",
    dx=[DX("I69.351", "Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side", True),
        DX("R27.8", "Other lack of coordination")],
    problems=[dict(statement="Self-care deficits", goals=[
        G("Patient will complete upper-body dressing with set-up only", D("2026-04-20"), label="A", objectives=[
            O("Patient will don a pullover shirt with minimal assistance in 3 of 4 trials", D("2026-03-16"), label="1"),
            O("Patient will button 5 of 5 buttons with adaptive equipment, independent", D("2026-04-06"), label="2")]),
        G("Patient will bathe in tub-shower with tub bench and supervision", D("2026-04-27"), label="B", objectives=[
            O("Patient will perform tub-bench transfer with contact guard assistance", D("2026-03-23"), label="1")]),
    ]), dict(statement="Right upper-extremity function", goals=[
        G("Increase right grip strength from 6 lb to 20 lb", D("2026-04-27"), label="A", objectives=[
            O("Increase Box and Block score (right) from 12 to 25 blocks", D("2026-04-13"), label="1")]),
    ])],
    services=[SV("97530", "Therapeutic activities", "2 times a week", "1 session per day", "12 weeks"),
              SV("97535", "Self-care/home management training", "2 times a week", "1 session per day", "12 weeks"),
              SV("97112", "Neuromuscular re-education", "2 times a week", "1 session per day", "12 weeks")],
    reviews=[dict(kind="progress-report", date=D("2026-03-16"), completed=False),
              dict(kind="recertification", date=D("2026-04-27"), completed=False)],
    sigs=[S("clinician", "Celeste Umbagai", "OTR/L", D("2026-02-02"), "Occupational Therapist"),
          S("physician", "Priya Ramanathan", "NP", D("2026-02-09"), "Certifying Practitioner (NPP)")],
    layout_note="numbered outline I./A./1./a., long dates (February 2, 2026), certification by an NP")

p = plan(id="04", fmt="docx", layout="letter", disc="slp", payer=MOT, as_of="2026-02-20", df="us_short",
    org="Brightwater Speech & Swallowing Center", org_addr="22 Oriel Court, Dunmore Heights, NC 27999",
    title="Speech-Language Pathology Plan of Care",
    patient=dict(name="Eugene Favreau", dob=D("1939-05-30"), member_id="6CJ4NP8WA27", sex="M"),
    payer_name="Medicare Part B",
    providers=[dict(name="Hollis Brandvold", cred="M.S., CCC-SLP", npi=npi(), role="Speech-language pathologist")],
    first_tx=D("2026-01-20"), plan_date=D("2026-01-20"), period=(D("2026-01-20"), D("2026-03-16")),
    duration="8 weeks (16 sessions)",
    presenting="Oropharyngeal dysphagia after a right-hemisphere stroke in November 2025. Clinical swallow evaluation 1/20/26: "
               "delayed swallow initiation, wet vocal quality with thin liquids; currently on mechanical soft solids and mildly thick liquids. "
               "FOIS level 4.",
    dx=[DX("I69.391", "Dysphagia following cerebral infarction", True),
        DX("R13.12", "Dysphagia, oropharyngeal phase")],
    problems=[dict(statement="Dysphagia", goals=[
        G("Mr. Favreau will safely consume thin liquids by cup with a chin-tuck strategy, with no overt signs of aspiration in 90% of trials", D("2026-03-16"), label="1"),
        G("Improve FOIS from level 4 to level 6 (total oral diet with no special preparation, with specific food limitations)", D("2026-03-16"), label="2"),
        G("Patient will complete 30 repetitions of the effortful swallow with 80% accuracy independently", D("2026-02-27"), label="3"),
    ])],
    services=[SV("92526", "Treatment of swallowing dysfunction", "2x/week", "45-minute sessions", "8 weeks")],
    reviews=[dict(kind="recertification", date=D("2026-03-16"), completed=False)],
    sigs=[S("clinician", "Hollis Brandvold", "M.S., CCC-SLP", D("2026-01-20"), "Speech-Language Pathologist", method="typed"),
          S("physician", "Teodora Malinski", "MD", D("2026-01-27"), "Physician certification", method="typed")],
    layout_note="narrative letter to the certifying physician; plan elements in prose; /s/ signatures; dates 1/20/26")

p = plan(id="05", fmt="docx", layout="ehr", disc="pt", payer=MOT, as_of="2026-02-24", df="us",
    org="Northgate Spine & Joint PT", org_addr="1150 Vessey Ave, Brookhollow, MN 55999",
    title="PT Plan of Care",
    patient=dict(name="Lionel Trewhitt", dob=D("1950-09-08"), member_id="9EW3KA7TR42", sex="M"),
    payer_name="MEDICARE PART B",
    providers=[dict(name="Simone Achterfeld", cred="PT, DPT, OCS", npi=npi(), role="Rendering"),
               dict(name="Harvey Nwachukwu", cred="DO", npi=npi(), role="Referring physician")],
    first_tx=D("2026-01-06"), plan_date=D("2026-01-06"), period=(D("2026-01-06"), D("2026-05-01")),
    duration="16 weeks",
    presenting="Lumbar radiculopathy L5 with disc protrusion on MRI; left leg pain 7/10, Oswestry 52%, sitting tolerance 15 minutes.",
    dx=[DX("M51.16", "Intervertebral disc disorders with radiculopathy, lumbar region", True),
        DX("M54.16", "Radiculopathy, lumbar region")],
    problems=[dict(statement="Low back/leg pain limiting function", goals=[
        G("Reduce Oswestry Disability Index from 52% to 20% or less", D("2026-04-27"), label="LTG1"),
        G("Increase sitting tolerance from 15 to 60 minutes for car travel", D("2026-03-30"), label="LTG2"),
        G("Pt will lift 20 lb floor to waist with proper body mechanics, 5 reps, independent", D("2026-04-27"), label="LTG3"),
    ])],
    services=[SV("97110", "Therapeutic Exercise", "2x wk", "1 unit-2 units", "16 wk"),
              SV("97140", "Manual Therapy", "2x wk", "1 unit", "16 wk"),
              SV("97112", "Neuromuscular Re-education", "2x wk", "1 unit", "16 wk")],
    reviews=[dict(kind="recertification", date=D("2026-05-01"), completed=False)],
    sigs=[S("clinician", "Simone Achterfeld", "PT, DPT, OCS", D("2026-01-06"), "Therapist", time="16:08", method="electronic"),
          S("physician", "Harvey Nwachukwu", "DO", D("2026-01-13"), "Physician", time="09:41", method="electronic")],
    gaps=[(["review-interval-exceeded"], "Certification period 01/06/2026-05/01/2026 (and recert date 05/01/2026) is 115 days from the first treatment day; recertification is required at least every 90 days.")],
    layout_note="EHR print-out: page header with clinic/patient/MRN, footer with print audit and page fields, field: value blocks, audit trail at end, time-stamped e-signatures")

p = plan(id="06", fmt="docx", layout="checkbox", disc="pt", payer=MOT, as_of="2026-03-02", df="us",
    org="Prairie Wind Therapy Services", org_addr="301 Grange St, Halvorsen, KS 67999",
    title="Outpatient Physical Therapy Initial Plan of Care",
    patient=dict(name="Corinne Vatanen", dob=D("1953-02-17"), member_id="3MK8TF2RX95", sex="F"),
    payer_name="Medicare Part B",
    providers=[dict(name="Elias Borowitz", cred="PT", npi=npi(), role="Evaluating therapist")],
    first_tx=D("2026-02-09"), plan_date=D("2026-02-09"), period=(D("2026-02-09"), D("2026-04-06")),
    duration="8 weeks",
    presenting="Mechanical low back pain for 4 months after lifting grandchild; pain 6/10, trunk flexion limited 50%, "
               "unable to stand > 10 minutes to cook. Modified Oswestry 40%.",
    dx=[DX("M54.5", "Low back pain", True), DX("M62.81", "Muscle weakness (generalized)")],
    problems=[dict(statement="Low back pain", goals=[
        G("Decrease Modified Oswestry from 40% to 16% or less", D("2026-04-06"), label="1"),
        G("Stand at kitchen counter 30 minutes with pain 2/10 or less", D("2026-03-23"), label="2"),
        G("Independent with home exercise program, demonstrating 6 of 6 exercises correctly", D("2026-03-09"), label="3"),
    ])],
    services=[SV("97110", "Therapeutic exercise", "2x/week", None, "8 weeks"),
              SV("97140", "Manual therapy techniques", "2x/week", None, "8 weeks"),
              SV("97530", "Therapeutic activities", "2x/week", None, "8 weeks")],
    reviews=[dict(kind="recertification", date=D("2026-04-06"), completed=False)],
    sigs=[S("clinician", "Elias Borowitz", "PT", D("2026-02-09"), "Therapist"),
          S("physician", "Jerome Adeyemi", "DO", D("2026-02-16"), "Referring/Certifying Physician")],
    gaps=[(["diagnosis-code-not-billable"], "Primary diagnosis M54.5 is a subcategory since FY2022 (M54.50/M54.51/M54.59 are the billable codes).")],
    layout_note="checkbox form (☒/☐) for frequency, duration, interventions; diagnosis and goals in grid")

p = plan(id="07", fmt="docx", layout="above", disc="pt", payer=MOT, as_of="2026-02-12", df="mon",
    org="Summit Ridge Physical Therapy", org_addr="78 Larchmont Way, Copper Bend, CO 80999",
    title="Physical Therapy Plan of Treatment",
    patient=dict(name="Thaddeus Morrow", dob=D("1955-12-04"), member_id="5GN6VE3KC18", sex="M"),
    payer_name="Medicare Part B",
    providers=[dict(name="Annika Feldstrom", cred="DPT", npi=npi(), role="Physical therapist"),
               dict(name="Gideon Farraday", cred="DC", npi=npi(), role="Referring provider")],
    first_tx=D("2026-01-15"), plan_date=D("2026-01-15"), period=(D("2026-01-15"), D("2026-04-08")),
    duration="10 weeks",
    presenting="Chronic low back pain with deconditioning; referred by his chiropractor. Walks 10 minutes before needing to sit; "
               "5x sit-to-stand 17 seconds.",
    dx=[DX("M54.50", "Low back pain, unspecified", True), DX("M62.81", "Muscle weakness (generalized)")],
    problems=[dict(statement="Reduced walking tolerance", goals=[
        G("Walk 30 minutes continuously in the community without rest", D("2026-03-26"), label="Goal 1"),
        G("Improve 5x sit-to-stand time from 17 to 12 seconds or less", D("2026-03-12"), label="Goal 2"),
        G("Reduce worst low back pain from 7/10 to 3/10 or lower with daily activities", D("2026-03-26"), label="Goal 3"),
    ])],
    services=[SV("97110", "Therapeutic exercise", "2x per week", None, "10 weeks"),
              SV("97530", "Therapeutic activities", "2x per week", None, "10 weeks"),
              SV("97140", "Manual therapy", "1x per week", None, "10 weeks")],
    reviews=[dict(kind="recertification", date=D("2026-04-08"), completed=False)],
    sigs=[S("clinician", "Annika Feldstrom", "DPT", D("2026-01-15"), "Therapist"),
          S("physician", "Gideon Farraday", "DC", D("2026-01-19"), "Certifying practitioner")],
    gaps=[(["credential-not-permitted", "signature-missing"], "The plan is certified only by a chiropractor (DC); chiropractors may not certify therapy plans of care (MBPM ch. 15 §220.1.3.C), so there is no permitted certifying signature.")],
    unsure=[],
    layout_note="label-above-value form (small grey label row, value row below), dates 'Jan 15, 2026'")

p = plan(id="08", fmt="docx", layout="tabs", disc="slp", payer=MOT, as_of="2026-03-10", df="us",
    org="Harborview Communication Therapy", org_addr="5 Wharf Row, Port Aldane, ME 04999",
    title="SPEECH THERAPY PLAN OF CARE",
    patient=dict(name="Beatrix Holloway-Nunes", dob=D("1946-08-19"), member_id="8PA2HW5DN73", sex="F"),
    payer_name="Medicare Part B",
    providers=[dict(name="Oren Castellvi", cred="MA, CCC-SLP", npi=npi(), role="SLP")],
    first_tx=D("2026-02-03"), plan_date=D("2026-02-03"), period=(D("2026-02-03"), D("2026-05-03")),
    duration=None,
    presenting="Non-fluent aphasia after left MCA infarct 10/2025. WAB-R Aphasia Quotient 48.2; names 8/20 common objects; "
               "cannot produce a phone call greeting.",
    dx=[DX("I69.320", "Speech and language deficits following cerebral infarction, aphasia", True),
        DX("R47.01", "Aphasia")],
    problems=[dict(statement="Expressive language", goals=[
        G("Patient will name 16/20 common objects given a semantic cue", D("2026-04-13"), label="1"),
        G("Patient will produce a scripted 3-sentence phone greeting with 90% intelligibility", D("2026-05-01"), label="2"),
        G("Increase WAB-R Aphasia Quotient from 48.2 to 60 or higher", D("2026-05-01"), label="3"),
    ])],
    services=[SV("92507", "Treatment of speech, language, voice, communication", "2x weekly", "45 min", None)],
    reviews=[dict(kind="recertification", date=D("2026-05-03"), completed=False)],
    sigs=[S("clinician", "Oren Castellvi", "MA, CCC-SLP", D("2026-02-03"), "Clinician"),
          S("physician", "Wen-Li Ashcombe", "MD", D("2026-02-10"), "Physician")],
    gaps=[(["duration-missing"], "No duration of treatment (weeks or number of sessions) is stated; only a certification period is given, which per the profile (MBPM ch. 15 §220.1.2) does not state the duration.")],
    layout_note="tab-stop form lines (label<TAB>value<TAB>label<TAB>value), services on tab stops, signature line with tab leader")

p = plan(id="09", fmt="docx", layout="soap", disc="ot", payer=MOT, as_of="2026-02-20", df="mon_nocomma",
    org="Westfield Hand & Upper Extremity Therapy", org_addr="61 Orchard Plaza, Westfield Crossing, IN 46999",
    title="OT Initial Evaluation and Plan of Care",
    patient=dict(name="Delphine Okonkwo-Reyes", dob=D("1957-04-26"), member_id="1WT5CU9GH26", sex="F"),
    payer_name="Medicare Part B",
    providers=[dict(name="Ingrid Solvang", cred="OTR/L, CHT", npi=npi(), role="Treating OT")],
    first_tx=D("2026-01-27"), plan_date=D("2026-01-27"), period=(D("2026-01-27"), D("2026-03-09")),
    duration="6 weeks",
    presenting="Right distal radius (Colles') fracture 12/08/2025, closed reduction and cast; cast removed 01/20/2026.",
    dx=[DX("S52.531D", "Colles' fracture of right radius, subsequent encounter for closed fracture with routine healing", True),
        DX("M25.631", "Stiffness of right wrist, not elsewhere classified")],
    problems=[dict(statement="R wrist/hand", goals=[
        G("Increase R wrist extension AROM from 25 to 60 degrees", D("2026-03-09"), label="LTG 1"),
        G("Improve QuickDASH from 61 to 25 or less", D("2026-03-09"), label="LTG 2"),
        G("Pt will open a jar and carry a 5 lb grocery bag with R hand independently", D("2026-03-02"), label="LTG 3"),
    ])],
    services=[SV("97110", "Therapeutic exercise", "2x/wk", None, "6 wks"),
              SV("97140", "Manual therapy", "2x/wk", None, "6 wks"),
              SV("97530", "Therapeutic activities", "2x/wk", None, "6 wks")],
    reviews=[dict(kind="recertification", date=D("2026-03-09"), completed=False)],
    sigs=[S("clinician", "Ingrid Solvang", "OTR/L, CHT", D("2026-01-27"), "Therapist"),
          S("physician", "Marcus Heathcote", "MD", D("2026-02-03"), "Physician")],
    layout_note="SOAP note (S/O/A/P headings) with the plan of care inside P; dates 'Jan 27 2026'; signatures as initials line + full line")

p = plan(id="10", fmt="docx", layout="bilingual", disc="pt", payer=MOT, as_of="2026-03-03", df="us",
    org="Clínica de Terapia Física Sol y Mar / Sol y Mar Physical Therapy Clinic", org_addr="2700 Calle Ocotillo, San Benito Springs, TX 78999",
    title="Plan de Cuidado de Terapia Física / Physical Therapy Plan of Care",
    patient=dict(name="Esperanza Villaseñor Ruiz", dob=D("1949-10-11"), member_id="2KR6MJ4XE83", sex="F"),
    payer_name="Medicare Parte B / Medicare Part B",
    providers=[dict(name="Rafael Quintanilla", cred="PT", npi=npi_invalid(), role="Fisioterapeuta / Physical therapist"),
               dict(name="Amelia Sotomayor", cred="MD", npi=npi(), role="Médico / Physician")],
    first_tx=D("2026-02-05"), plan_date=D("2026-02-05"), period=(D("2026-02-05"), D("2026-04-30")),
    duration="12 semanas / 12 weeks",
    presenting="Caídas x2 en 3 meses / Two falls in 3 months. Berg Balance Scale 38/56; TUG 18 seconds; walks with a cane in the home.",
    dx=[DX("R26.81", "Unsteadiness on feet / Inestabilidad al caminar", True),
        DX("Z91.81", "History of falling / Historia de caídas"),
        DX("M62.81", "Muscle weakness (generalized) / Debilidad muscular generalizada")],
    problems=[dict(statement="Riesgo de caídas / Fall risk", goals=[
        G("Increase Berg Balance Scale from 38/56 to 48/56", D("2026-04-30"), label="1"),
        G("Decrease TUG from 18 to 12 seconds or less", D("2026-04-16"), label="2"),
        G("Patient will walk 500 ft in the community with a single-point cane, modified independent", D("2026-04-30"), label="3"),
    ])],
    services=[SV("97116", "Entrenamiento de la marcha / Gait training", None, None, "12 weeks"),
              SV("97112", "Reeducación neuromuscular / Neuromuscular re-education", None, None, "12 weeks"),
              SV("97110", "Ejercicio terapéutico / Therapeutic exercise", None, None, "12 weeks")],
    reviews=[dict(kind="recertification", date=D("2026-04-30"), completed=False)],
    sigs=[S("clinician", "Rafael Quintanilla", "PT", D("2026-02-05"), "Firma del terapeuta / Therapist signature"),
          S("physician", "Amelia Sotomayor", "MD", D("2026-02-12"), "Firma del médico / Physician signature")],
    gaps=[(["frequency-missing"], "The frequency field is left blank (Frecuencia / Frequency: ____) and no service states how often it is given."),
          (["identifier-invalid"], "The therapist's NPI fails the Luhn check digit (80840 prefix).")],
    layout_note="two-language (Spanish/English) form with bilingual labels, blank frequency line")

p = plan(id="11", fmt="fhir", disc="pt", payer=MOT, as_of="2026-02-05",
    org="Greyfield Orthopedic Therapy", title="Physical therapy plan of care",
    patient=dict(name="Gunnar Lindqvist", dob=D("1947-06-03"), member_id="6HF9AC2KM47", sex="male"),
    payer_name="Medicare Part B",
    providers=[dict(name="Talia Okoro-Brennan", cred="PT, DPT", npi=npi(), role="therapist"),
               dict(name="Bruno Castellane", cred="MD", npi=npi(), role="physician")],
    first_tx=D("2026-01-08"), plan_date=D("2026-01-08"), period=(D("2026-01-08"), D("2026-03-31")),
    duration="12 weeks",
    presenting="Right total knee arthroplasty 12/15/2025; knee flexion 80 degrees, walks 200 ft with a rolling walker.",
    dx=[DX("Z96.651", "Presence of right artificial knee joint", True),
        DX("M25.661", "Stiffness of right knee, not elsewhere classified")],
    problems=[dict(statement="Mobility after right TKA", goals=[
        G("Increase right knee flexion AROM from 80 to 115 degrees", D("2026-03-19")),
        G("Patient will walk 1000 feet without an assistive device, independent", D("2026-03-31")),
        G("Patient will climb 12 stairs with one rail, reciprocal, modified independent", D("2026-03-31")),
    ])],
    services=[SV("97110", "Therapeutic exercise", "2x/week", None, "12 weeks"),
              SV("97116", "Gait training", "2x/week", None, "12 weeks"),
              SV("97140", "Manual therapy", "2x/week", None, "12 weeks")],
    sigs=[S("clinician", "Talia Okoro-Brennan", "PT, DPT", D("2026-01-08"), method="electronic"),
          S("physician", "Bruno Castellane", "MD", D("2026-01-15"), method="electronic")],
    unsure=["field-missing", "plan-late"],
    layout_note="FHIR R4 Bundle: CarePlan (period), Goals with target.dueDate, ServiceRequests with occurrenceTiming (frequency, boundsDuration 12 wk), evaluation Encounter, Provenance signatures (author PT, verification MD)")

p = plan(id="12", fmt="ccda", disc="pt", payer=MOT, as_of="2026-02-10",
    org="Kestrel Bay Physical Therapy", title="Physical Therapy Plan of Care",
    patient=dict(name="Ottilie Brandauer", dob=D("1952-01-29"), member_id="4DX7QW3JN58", sex="F"),
    payer_name="Medicare Part B",
    providers=[dict(name="Mateo Achebe-Lund", cred="PT", npi=npi(), role="therapist"),
               dict(name="Helga Marchetti", cred="MD", npi=npi(), role="physician")],
    first_tx=D("2026-01-13"), plan_date=D("2026-01-20"), period=(D("2026-01-13"), D("2026-04-07")),
    duration="12 weeks",
    presenting="Non-traumatic complete right rotator cuff tear, managed without surgery; shoulder flexion 95 degrees, QuickDASH 57.",
    dx=[DX("M75.121", "Complete rotator cuff tear or rupture of right shoulder, not specified as traumatic", True),
        DX("M25.611", "Stiffness of right shoulder, not elsewhere classified")],
    problems=[dict(statement="Right shoulder function", goals=[
        G("Increase right shoulder active flexion from 95 to 150 degrees", D("2026-04-06")),
        G("Improve QuickDASH from 57 to 30 or less", D("2026-04-06")),
        G("Patient will place a 2 lb object on a shoulder-height shelf 10 times independently", D("2026-03-23")),
    ])],
    services=[SV("97110", "Therapeutic exercise", "2 times per week", None, "12 weeks"),
              SV("97140", "Manual therapy", "2 times per week", None, "12 weeks"),
              SV("97530", "Therapeutic activities", "1 time per week", None, "12 weeks")],
    reviews=[dict(kind="recertification", date=D("2026-04-07"), completed=False)],
    sigs=[S("clinician", "Mateo Achebe-Lund", "PT", D("2026-01-20"), method="electronic"),
          S("physician", "Helga Marchetti", "MD", D("2026-01-22"), method="electronic")],
    gaps=[(["plan-late"], "Evaluation and first treatment on 2026-01-13 but the plan of care is dated 2026-01-20: the plan was not established before treatment began (42 CFR 410.61(b)); warning.")],
    unsure=["field-missing"],
    layout_note="C-CDA R2.1 Care Plan: encompassingEncounter = evaluation/first treatment, serviceEvent = certification period, Health Concerns/Goals/Interventions sections, authenticator + legalAuthenticator")

# ---- Medicare psychotherapy --------------------------------------------------------------------
PSY = "medicare-psychotherapy"

p = plan(id="13", fmt="docx", layout="goalcols", disc="psychotherapy", payer=PSY, as_of="2026-03-02", df="us",
    org="Ashgrove Counseling Associates", org_addr="310 Linden Terrace, Maple Fork, OR 97999",
    title="Individual Treatment Plan",
    patient=dict(name="Irena Castellanos", dob=D("1958-09-30"), member_id="3NE5TY8GK21", sex="F"),
    payer_name="Medicare Part B",
    providers=[dict(name="Joanna Whitfield-Amari", cred="LCSW", npi=npi(), role="Therapist")],
    plan_date=D("2026-01-14"), duration="6 months (through 07/14/2026)",
    presenting="Recurrent depression since widowhood in 2024; low energy, social withdrawal, PHQ-9 18 at intake.",
    dx=[DX("F33.1", "Major depressive disorder, recurrent, moderate", True)],
    problems=[dict(statement="Depressed mood", goals=[
        G("Client will return to a stable mood and re-engage in valued activities.", None, label="Goal 1", objectives=[
            O("Reduce PHQ-9 score from 18 to 9 or below", D("2026-04-15"), label="1a"),
            O("Schedule and complete 3 pleasant activities per week for 4 consecutive weeks, per activity log", D("2026-03-31"), label="1b")])]),
        dict(statement="Social isolation", goals=[
        G("Client will rebuild social contact outside the home.", None, label="Goal 2", objectives=[
            O("Attend the senior center or church group at least 2 times per week", D("2026-05-01"), label="2a"),
            O("Call or visit 1 friend or family member at least 3 days per week, per log", D("2026-04-01"), label="2b")])])],
    services=[SV("90837", "Individual psychotherapy (CBT / behavioral activation)", "weekly", "60 minutes")],
    sigs=[S("clinician", "Joanna Whitfield-Amari", "LCSW", D("2026-01-14"), "Clinician", method="electronic", time="3:12 PM")],
    layout_note="headings with goals table (columns Problem | Goal | Objective | Target Date), e-signature statement with time")

p = plan(id="14", fmt="docx", layout="ehr_note", disc="psychotherapy", payer=PSY, as_of="2026-03-10", df="us",
    org="Clearwater Behavioral Health Group", org_addr="88 Spring Hollow Rd, Tillman, GA 30999",
    title="Treatment Plan",
    patient=dict(name="Harlan Birchwood", dob=D("1954-12-09"), member_id="7AC4RP2VN69", sex="M"),
    payer_name="Medicare",
    providers=[dict(name="Nadia Corvell", cred=None, npi=npi(), role="Rendering provider")],
    plan_date=D("2026-02-04"), duration="16 weeks",
    presenting="Excessive worry about health and finances, insomnia, muscle tension for over a year. GAD-7 = 16.",
    dx=[DX("F41.1", "Generalized anxiety disorder", True)],
    problems=[dict(statement="Anxiety", goals=[
        G("Reduce anxiety to a mild level.", None, label="Goal", objectives=[
            O("GAD-7 from 16 to 7 or less", D("2026-05-27"), label="Obj 1"),
            O("Practice diaphragmatic breathing or progressive muscle relaxation 5 days/week per practice log", D("2026-03-25"), label="Obj 2"),
            O("Sleep onset latency under 30 minutes on 5 of 7 nights per sleep diary", D("2026-04-29"), label="Obj 3")])])],
    services=[SV("90834", "Psychotherapy, 45 min", "every other week", "45 minutes")],
    sigs=[S("clinician", "Nadia Corvell", None, D("2026-02-04"), "Provider", method="electronic", time="16:42")],
    gaps=[(["credential-missing"], "The clinician's signature (and the plan) carries no credential anywhere; the NGS article requires the signature with credentials.")],
    layout_note="EHR note print: header block with encounter data, 'Electronically signed by ... on ... at ...' statement without credential")

p = plan(id="15", fmt="docx", layout="letter_psy", disc="psychotherapy", payer=PSY, as_of="2026-01-26", df="long",
    org="Marlow Street Psychology Practice", org_addr="14 Marlow Street, Kinsbury, VT 05999",
    title="Treatment plan",
    patient=dict(name="Maribel Dunleavy", dob=D("1956-03-22"), member_id="5RJ8HD3WM14", sex="F"),
    payer_name="Medicare Part B",
    providers=[dict(name="Cassius Mbeki-Lorne", cred="PhD", npi=npi(), role="Licensed psychologist")],
    plan_date=D("2025-12-08"), duration="12 months (through December 8, 2026)",
    presenting="Chronic PTSD after a house fire in 2023: nightmares 4-5 nights a week, avoidance of cooking, PCL-5 score 54.",
    dx=[DX("F43.12", "Post-traumatic stress disorder, chronic", True)],
    problems=[dict(statement="Trauma symptoms", goals=[
        G("Reduce PTSD symptoms so that Ms. Dunleavy can cook and sleep without fear.", None, objectives=[
            O("Reduce PCL-5 total from 54 to below 33", D("2026-06-08")),
            O("Reduce nightmares from 4-5 nights per week to 1 or fewer, per sleep log", D("2026-04-08")),
            O("Prepare a hot meal on the stove at least 3 times per week", D("2026-05-08"))])])],
    services=[SV("90837", "Individual psychotherapy (Cognitive Processing Therapy)", "once a week", "60 minutes")],
    sigs=[S("clinician", "Cassius Mbeki-Lorne", "PhD", D("2025-12-08"), "Psychologist", method="typed")],
    gaps=[(["duration-exceeds-limit"], "Anticipated duration is 12 months (through 12/08/2026); the NGS article requires a duration of less than one year (strict).")],
    layout_note="narrative letter to the plan with plan elements in prose paragraphs; long dates; signature by psychologist with license line")

p = plan(id="16", fmt="docx", layout="boxes", disc="psychotherapy", payer=PSY, as_of="2026-01-12", df="us",
    org="Piedmont Senior Mental Health", org_addr="2 Calloway Square, Redbank, SC 29999",
    title="Psychotherapy Treatment Plan",
    patient=dict(name="Ferdinand Oyelaran", dob=D("1949-04-15"), member_id="8HM2KT6CW37", sex="M"),
    payer_name="Medicare Part B",
    providers=[dict(name="Rosamund Teague", cred="LMFT", npi=npi(), role="Therapist")],
    plan_date=D("2024-11-18"), duration="9 months (through 08/18/2025)",
    presenting="Bipolar II disorder with recurrent depressive episodes; missed medication doses, irregular sleep.",
    dx=[DX("F31.81", "Bipolar II disorder", True)],
    problems=[dict(statement="Mood instability", goals=[
        G("Maintain stable mood with no hospitalization.", None, objectives=[
            O("Keep a daily mood and sleep chart on at least 6 of 7 days per week", D("2025-02-17")),
            O("Reduce PHQ-9 from 15 to below 10", D("2025-05-19")),
            O("Identify 3 early warning signs of hypomania and a response plan for each", D("2025-01-20"))])])],
    services=[SV("90834", "Individual psychotherapy (IPSRT)", "weekly", "45 minutes"),
              SV("90847", "Family psychotherapy with patient", "monthly", "50 minutes")],
    sigs=[S("clinician", "Rosamund Teague", "LMFT", D("2024-11-18"), "Clinician")],
    gaps=[(["plan-outdated"], "Plan established 11/18/2024 with no later review recorded; on the as-of date 2026-01-12 it is 420 days old (more than one year).")],
    layout_note="sections in one-cell table boxes (framed text), plain 'Label: value' lines inside boxes")

p = plan(id="17", fmt="docx", layout="nested", disc="psychotherapy", payer=PSY, as_of="2026-03-03", df="us_nopad",
    org="Foxglove Family Therapy", org_addr="431 Beech St, Alder Point, MI 49999",
    title="Treatment Plan - Outpatient Psychotherapy",
    patient=dict(name="Clementine Ashworth", dob=D("1960-07-07"), member_id="9TP4GC7HA52", sex="F"),
    payer_name="Medicare Part B",
    providers=[dict(name="Tobias Renwick", cred="LPC", npi=npi(), role="Clinician")],
    plan_date=D("2026-02-11"), duration="12 weeks",
    presenting="Adjustment disorder after retirement and a move to assisted living: tearfulness, worry, poor sleep.",
    dx=[DX("F43.23", "Adjustment disorder with mixed anxiety and depressed mood", True)],
    problems=[dict(statement="Adjustment to move", goals=[
        G("Client will adapt to her new residence.", None, objectives=[
            O("Attend 2 community activities at the residence each week, per activity calendar", D("2026-04-08")),
            O("Reduce GAD-7 from 12 to 5 or below", D("2026-05-06")),
            O("Report sleeping at least 6 hours on 5 of 7 nights per sleep log", D("2026-04-22"))])])],
    interventions=[dict(desc="Individual psychotherapy (cognitive behavioral therapy)", freq="once weekly", amount=None)],
    services=[],
    sigs=[S("clinician", "Tobias Renwick", "LPC", D("2026-02-11"), "Clinician")],
    gaps=[(["amount-missing"], "The only service (individual CBT psychotherapy, weekly) has no session length or CPT code; the 'Session length' cell is blank.")],
    layout_note="nested tables: service and goal sub-tables inside cells of an outer form table; dates as 2/11/2026")

p = plan(id="18", fmt="docx", layout="cellkv", disc="psychotherapy", payer=PSY, as_of="2026-02-25", df="mon",
    org="Harrow & Pike Psychological Services", org_addr="1900 Harrow Rd, Pike Junction, NE 68999",
    title="Treatment Plan",
    patient=dict(name="Agnes Pemberton-Lyle", dob=D("1952-10-03"), member_id="2GW7MA5RT86", sex="F"),
    payer_name="Medicare Part B",
    providers=[dict(name="Elspeth Marwick", cred="PsyD", npi=npi(), role="Psychologist")],
    plan_date=D("2026-01-22"), duration="24 weeks",
    presenting="Third depressive episode in six years; anhedonia, early waking, stopped painting and choir.",
    dx=[DX("F33.7", "Major depressive disorder, recurrent, moderate", True)],
    problems=[dict(statement="Depression", goals=[
        G("Remission of the current depressive episode.", None, objectives=[
            O("Reduce BDI-II from 31 to 13 or less", D("2026-06-30")),
            O("Resume painting or choir at least 2 times per week", D("2026-04-30"))])])],
    services=[SV("90834", "Individual psychotherapy", "weekly", "45 minutes")],
    sigs=[S("clinician", "Elspeth Marwick", "PsyD", D("2026-01-22"), "Psychologist")],
    gaps=[(["diagnosis-code-invalid"], "Diagnosis code F33.7 does not exist in ICD-10-CM (F33.0-F33.3, F33.40-F33.42, F33.8, F33.9); the description suggests F33.1.")],
    layout_note="grid where each cell holds 'Label: value' together (label and value in one cell)")

p = plan(id="19", fmt="fhir", disc="psychotherapy", payer=PSY, as_of="2026-02-16",
    org="Tamarack Behavioral Health", title="Outpatient psychotherapy treatment plan",
    patient=dict(name="Bernard Quillfeather", dob=D("1950-02-26"), member_id="5KC3WN8PE19", sex="male"),
    payer_name="Medicare Part B",
    providers=[dict(name="Ulla Brennecke", cred="LCSW", npi=npi(), role="therapist")],
    plan_date=D("2026-01-05"), period=(D("2026-01-05"), D("2026-06-30")), duration=None,
    presenting="Obsessive thoughts about contamination and checking rituals of about 3 hours a day.",
    dx=[DX("F42.2", "Mixed obsessional thoughts and acts", True)],
    problems=[dict(statement="Obsessions and compulsions", goals=[
        G("Reduce Y-BOCS total score from 26 to 15 or below", D("2026-05-29"), objectives=[
            O("Reduce time spent on checking rituals from 3 hours to under 1 hour per day, per self-monitoring log", D("2026-04-10")),
            O("Complete 12 of 15 exposure hierarchy steps without performing the ritual", D("2026-05-15"))])])],
    services=[SV("90837", "Individual psychotherapy (exposure and response prevention)", "weekly", "53 minutes")],
    sigs=[S("clinician", "Ulla Brennecke", "LCSW", D("2026-01-05"), method="electronic")],
    layout_note="FHIR R4 Bundle: CarePlan.period gives the duration (through 2026-06-30), Goal with target, ServiceRequest with timing and duration, Provenance signature")

p = plan(id="20", fmt="fhir", disc="psychotherapy", payer=PSY, as_of="2026-03-09",
    org="Bluestem Counseling", title="Psychotherapy treatment plan",
    patient=dict(name="Lucinda Farrow-Batiste", dob=D("1955-08-14"), member_id="1PJ6RT4DK73", sex="female"),
    payer_name="Medicare Part B",
    providers=[dict(name="Desmond Ilunga", cred="LPC", npi=npi_invalid(), role="therapist")],
    plan_date=D("2026-02-02"), period=(D("2026-02-02"), D("2026-07-31")), duration=None,
    presenting="First depressive episode after a stroke in her spouse; caregiving strain; PHQ-9 16.",
    dx=[DX("F32.1", "Major depressive disorder, single episode, moderate", True)],
    problems=[dict(statement="Depression", goals=[
        G("Reduce PHQ-9 from 16 to below 10", D("2026-06-30"), objectives=[
            O("Use respite care at least 4 hours per week", D("2026-04-15")),
            O("Complete 3 behavioral activation activities per week for 6 consecutive weeks", D("2026-05-15"))])])],
    services=[SV("90834", "Individual psychotherapy", "weekly", "45 minutes")],
    sigs=[S("clinician", "Desmond Ilunga", "LPC", D("2026-02-02"), method="electronic")],
    gaps=[(["identifier-invalid"], "The therapist's NPI (Practitioner.identifier us-npi) fails the Luhn check digit.")],
    layout_note="FHIR R4 Bundle with invalid NPI on the Practitioner")

p = plan(id="21", fmt="docx", layout="bold_lists", disc="psychotherapy", payer=PSY, as_of="2026-02-27", df="dmy",
    org="Saltmarsh Counseling Center", org_addr="7 Heron Walk, Saltmarsh, DE 19999",
    title="Client Treatment Plan",
    patient=dict(name="Reginald Osei-Whitmore", dob=D("1951-06-18"), member_id="6WN2HK9CA48", sex="M"),
    payer_name="Medicare Part B",
    providers=[dict(name="Mirela Castro-Voss", cred="LPC", npi=npi(), role="Counselor")],
    plan_date=D("2026-01-28"), duration="20 weeks",
    presenting="Intrusive memories and hypervigilance since a violent robbery at his shop in 2025.",
    dx=[DX("F43.10", "Post-traumatic stress disorder, unspecified", True)],
    problems=[dict(statement="Trauma", goals=[
        G("Decrease trauma symptoms.", None, objectives=[
            O("Client will gain insight into his trauma triggers.", D("2026-04-30")),
            O("Client will improve his coping skills.", D("2026-04-30")),
            O("Client will feel safer in his shop.", D("2026-06-15"))])])],
    services=[SV("90834", "Individual psychotherapy", "weekly", "45 minutes")],
    sigs=[S("clinician", "Mirela Castro-Voss", "LPC", D("2026-01-28"), "Counselor")],
    gaps=[(["goal-not-measurable", "objective-not-measurable"], "The goal ('Decrease trauma symptoms') and every objective ('gain insight', 'improve coping skills', 'feel safer') name nothing measurable and no level to reach.")],
    layout_note="bold run titles followed by bulleted lists; dates as '30 April 2026'")

p = plan(id="22", fmt="ccda", disc="psychotherapy", payer=PSY, as_of="2026-02-23",
    org="Willowmere Psychotherapy", title="Psychotherapy Care Plan",
    patient=dict(name="Philippa Vandermeer", dob=D("1957-11-11"), member_id="3TA8KE5RW64", sex="F"),
    payer_name="Medicare Part B",
    providers=[dict(name="Aurelio Santangelo", cred="LCSW", npi=npi(), role="therapist")],
    plan_date=D("2026-01-16"), period=(D("2026-01-16"), D("2026-07-15")), duration="6 months",
    presenting="Constant worry, restlessness and poor concentration for 2 years; GAD-7 16.",
    dx=[DX("F41.1", "Generalized anxiety disorder", True)],
    problems=[dict(statement="Anxiety", goals=[
        G("Reduce GAD-7 from 16 to 7 or below", D("2026-06-15")),
        G("Client will use a relaxation skill at least once daily on 6 of 7 days, per practice log", D("2026-04-15"))])],
    services=[SV("90834", "Individual psychotherapy", "weekly", "45 minutes")],
    sigs=[S("clinician", "Aurelio Santangelo", "LCSW", D("2026-01-16"), method="electronic")],
    unsure=["field-missing"],
    layout_note="C-CDA R2.1 Care Plan with Goals, Interventions (planned procedure 90834 weekly 45 min), legalAuthenticator LCSW")

# ---- Pennsylvania 55 Pa. Code 5200 + Medicare psychotherapy ------------------------------------
p = plan(id="23", fmt="docx", layout="ehr2", disc="psychotherapy", payer=PSY, states=["pa-55-5200"], as_of="2026-03-04", df="us",
    org="Conestoga Valley Outpatient Psychiatric Clinic", org_addr="610 Millbrook Pike, Lancaster Mills, PA 17999",
    title="Individualized Treatment Plan", program="Licensed psychiatric outpatient clinic",
    patient=dict(name="Desmond Achebe-Kraus", dob=D("1959-05-05"), member_id="7GK3PW6EM25", sex="M"),
    payer_name="Medicare Part B",
    providers=[dict(name="Lorraine Fitzwater", cred="LPC", npi=npi(), role="Primary therapist"),
               dict(name="Sunita Kaplan-Obi", cred="MD", npi=npi(), role="Psychiatrist")],
    admission=D("2026-01-06"), plan_date=D("2026-01-27"), duration="6 months",
    presenting="Persistent worry and panic-like episodes; avoids driving on highways and crowded stores. GAD-7 17.",
    dx=[DX("F41.1", "Generalized anxiety disorder", True), DX("F40.10", "Social phobia, unspecified")],
    problems=[dict(statement="Anxiety", goals=[
        G("Desmond will manage anxiety well enough to drive and shop on his own.", None, label="Goal 1", objectives=[
            O("Reduce GAD-7 from 17 to 8 or below", D("2026-05-27"), label="1.1"),
            O("Drive on the highway for 20 minutes at least once a week, per log", D("2026-04-27"), label="1.2")]),
        G("Desmond will take part in social settings without leaving early.", None, label="Goal 2", objectives=[
            O("Stay in a crowded store for 30 minutes on 3 occasions", D("2026-04-13"), label="2.1")])])],
    services=[SV("90837", "Individual psychotherapy (CBT with exposure)", "weekly", "60 minutes"),
              SV("99213", "Medication management (psychiatrist)", "every 8 weeks", "15 minutes")],
    reviews=[dict(kind="review", date=D("2026-04-27"), completed=False)],
    sigs=[S("clinician", "Lorraine Fitzwater", "LPC", D("2026-01-27"), "Therapist", method="electronic", time="11:05"),
          S("client", "Desmond Achebe-Kraus", None, D("2026-01-27"), "Client", method="electronic", time="11:07"),
          S("physician", "Sunita Kaplan-Obi", "MD", D("2026-01-29"), "Psychiatrist approval", method="electronic", time="08:52")],
    layout_note="EHR print with repeating header (client name, DOB, MRN) and footer (printed by/at, page X of Y), e-signature block with time stamps")

p = plan(id="24", fmt="docx", layout="tabs2", disc="psychotherapy", payer=PSY, states=["pa-55-5200"], as_of="2026-02-05", df="us_short",
    org="Susquehanna Behavioral Clinic", org_addr="44 Front St, Halberton, PA 16999",
    title="Treatment Plan", program="Outpatient psychiatric clinic",
    patient=dict(name="Yolanda Perricone", dob=D("1953-01-31"), member_id="4VH9CN2TK87", sex="F"),
    payer_name="Medicare",
    providers=[dict(name="Benedikt Oyama", cred="LCSW", npi=npi(), role="Therapist"),
               dict(name="Marguerite Ostrowski", cred="MD", npi=npi(), role="Psychiatrist")],
    admission=D("2025-11-24"), plan_date=D("2026-01-08"), duration="24 weeks",
    presenting="Recurrent major depression, current episode moderate, with grief after the death of her sister.",
    dx=[DX("F33.1", "Major depressive disorder, recurrent, moderate", True)],
    problems=[dict(statement="Depression", goals=[
        G("Improve mood and daily functioning.", None, objectives=[
            O("PHQ-9 from 19 to 9 or lower", D("2026-04-08")),
            O("Get out of bed by 9 AM on at least 5 days per week, per sleep/activity log", D("2026-03-08"))])])],
    services=[SV("90834", "Individual psychotherapy", "1x week", "45 min")],
    sigs=[S("clinician", "Benedikt Oyama", "LCSW", D("2026-01-08"), "Therapist"),
          S("client", "Yolanda Perricone", None, D("2026-01-08"), "Client"),
          S("physician", "Marguerite Ostrowski", "MD", D("2026-01-12"), "Psychiatrist")],
    gaps=[(["plan-late"], "Intake 11/24/25, plan completed 1/8/26: 45 days after intake; 55 Pa. Code 5200.31 requires the plan within 30 days.")],
    layout_note="tab-stop form lines, dates 1/8/26, signature lines with tab leaders")

p = plan(id="25", fmt="docx", layout="twocol", disc="psychotherapy", payer=PSY, states=["pa-55-5200"], as_of="2026-02-26", df="us",
    org="Allegheny Ridge Counseling Clinic", org_addr="1200 Ridge Ave, Coalport Hills, PA 15999",
    title="Outpatient Treatment Plan", program="Licensed outpatient psychiatric clinic",
    patient=dict(name="Cornelius Wetherby", dob=D("1956-10-20"), member_id="6MC4AT7HW32", sex="M"),
    payer_name="Medicare Part B",
    providers=[dict(name="Helena Marchbanks", cred="LMFT", npi=npi(), role="Therapist")],
    admission=D("2026-01-12"), plan_date=D("2026-01-30"), duration="4 months",
    presenting="Irritability, low mood and marital conflict since a cancer diagnosis in 2025.",
    dx=[DX("F43.23", "Adjustment disorder with mixed anxiety and depressed mood", True)],
    problems=[dict(statement="Mood", goals=[
        G("Reduce depressive and anxious symptoms.", None, label="Goal 1", objectives=[
            O("PHQ-9 from 14 to below 8", D("2026-05-29")),
            O("Use 2 coping skills from session when irritable, on 4 of 7 days per diary card", D("2026-04-15"))])]),
        dict(statement="Marital conflict", goals=[
        G("Reduce arguments with his wife from 5 per week to 1 or fewer per week", D("2026-05-29"), label="Goal 2", objectives=[])])],
    services=[SV("90834", "Individual psychotherapy", "weekly", "45 minutes"),
              SV("90847", "Family psychotherapy (conjoint, with patient present)", "every 2 weeks", "50 minutes")],
    sigs=[S("clinician", "Helena Marchbanks", "LMFT", D("2026-01-30"), "Therapist"),
          S("client", "Cornelius Wetherby", None, D("2026-01-30"), "Client")],
    gaps=[(["signature-missing"], "No psychiatrist or advanced practice professional (MD/DO/NP/CNS/PA) approved/signed the plan, which includes psychotherapy (55 Pa. Code 5200.31)."),
          (["objective-missing"], "Goal 2 (marital conflict) has no objectives.")],
    layout_note="two-column problem/goal table with objectives listed in the right column; underscore signature lines")

p = plan(id="26", fmt="docx", layout="sigtable_dmon", disc="psychotherapy", payer=PSY, states=["pa-55-5200"], as_of="2026-02-18", df="dmon",
    org="Brandywine Outpatient Mental Health", org_addr="3 Kennett Row, Chadds Mill, PA 19399",
    title="TREATMENT PLAN", program="Psychiatric outpatient clinic",
    patient=dict(name="Henrietta Szabo-Lindgren", dob=D("1954-07-28"), member_id="9RA5HM3GT41", sex="F"),
    payer_name="Medicare Part B",
    providers=[dict(name="Ignacio Ferreira-Holm", cred="LPC", npi=npi(), role="Therapist"),
               dict(name="Anselm Kowalczyk", cred="MD", npi=npi(), role="Psychiatrist")],
    admission=D("2026-01-05"), plan_date=D("2026-01-22"), duration="26 weeks",
    presenting="Chronic worry, tension headaches, avoidance of travel; GAD-7 15.",
    dx=[DX("F41.1", "Generalized anxiety disorder", True)],
    problems=[dict(statement="Worry and tension", goals=[
        G("Henrietta will reduce worry and resume travel to see family.", None, objectives=[
            O("GAD-7 from 15 to 7 or below", D("2026-06-22")),
            O("Limit worry to one 20-minute scheduled worry period per day on 5 of 7 days, per log", D("2026-04-22")),
            O("Take the train to her daughter's home once, with a written coping plan", D("2026-05-22"))])])],
    services=[SV("90837", "Individual psychotherapy", "weekly", "60 min")],
    sigs=[S("client", "Henrietta Szabo-Lindgren", None, None, "Client"),
          S("clinician", "Ignacio Ferreira-Holm", "LPC", D("2026-01-22"), "Therapist"),
          S("physician", "Anselm Kowalczyk", "MD", D("2026-01-26"), "Psychiatrist")],
    gaps=[(["signature-missing"], "The client signed but did not date the plan (date cell blank); 55 Pa. Code 5200.31 requires it signed and dated by the individual.")],
    layout_note="label: value paragraphs with dates as 22-Jan-2026; signature table Role | Signature | Date with a blank date cell")

p = plan(id="27", fmt="yaml", disc="psychotherapy", payer=PSY, states=["pa-55-5200"], as_of="2026-03-16",
    org="Monongahela Psychiatric Associates", title="Treatment plan", program="Licensed psychiatric outpatient clinic",
    patient=dict(name="Ottoline Grzelak", dob=D("1958-12-02"), member_id="2EK7TD4NQ95", sex="F"),
    payer_name="Medicare Part B",
    providers=[dict(name="Caspian Whitlock", cred="LPC", npi=npi(), role="therapist"),
               dict(name="Farida Osterhout", cred="NP", npi=npi(), role="psychiatric nurse practitioner")],
    admission=D("2026-02-02"), plan_date=D("2026-02-20"), duration="6 months (through 08/20/2026)",
    presenting="Single moderate depressive episode after retirement; PHQ-9 17.",
    dx=[DX("F32.1", "Major depressive disorder, single episode, moderate", True)],
    problems=[dict(statement="Depressed mood", goals=[
        G("Client will regain interest in daily life and structure her week.", None, objectives=[
            O("Reduce PHQ-9 from 17 to 9 or below", D("2026-06-20")),
            O("Complete 4 planned activities per week for 4 consecutive weeks, per activity log", D("2026-05-01"))])])],
    services=[SV("90834", "Individual psychotherapy", "weekly", "45 minutes")],
    sigs=[S("client", "Ottoline Grzelak", None, D("2026-02-20")),
          S("clinician", "Caspian Whitlock", "LPC", D("2026-02-20")),
          S("physician", "Farida Osterhout", "NP", D("2026-02-24"))],
    layout_note="authcheck native YAML")

# ---- Medicare home health ---------------------------------------------------------------------
HH = "medicare-home-health"

p = plan(id="28", fmt="docx", layout="cms485", disc="home-health", payer=HH, as_of="2026-02-10", df="us",
    org="Tri-County Visiting Nurses, Inc.", org_addr="95 Commerce Park Dr, Fallowfield, OH 44999", org_provider_no="367123",
    title="HOME HEALTH CERTIFICATION AND PLAN OF CARE",
    patient=dict(name="Augustin Delacroix-Webb", dob=D("1940-06-12"), member_id="8WD3NJ5KT26", sex="M"),
    payer_name="Medicare Part A",
    providers=[dict(name="Leopold Haverkamp", cred="MD", npi=npi(), role="Certifying physician"),
               dict(name="Noreen Castellan", cred="RN", npi=None, role="Case manager")],
    first_tx=D("2026-01-07"), plan_date=D("2026-01-07"), period=(D("2026-01-07"), D("2026-03-07")),
    duration="60 days",
    presenting="Hospitalized 12/29/2025-01/05/2026 for acute on chronic systolic heart failure; EF 30%; new furosemide and metoprolol doses; "
               "weak, short of breath walking 50 feet.",
    dx=[DX("I11.0", "Hypertensive heart disease with heart failure", True),
        DX("I50.22", "Chronic systolic (congestive) heart failure"),
        DX("Z79.01", "Long term (current) use of anticoagulants")],
    problems=[dict(statement="Heart failure", goals=[
        G("Patient/caregiver will verbalize 5 of 5 heart-failure warning signs and when to call the agency", D("2026-02-04")),
        G("Patient will record daily weights on 7 of 7 days for 4 consecutive weeks", D("2026-02-18")),
        G("Patient will walk 200 feet with a rolling walker and stand-by assistance", D("2026-03-04")),
        G("Patient will transfer tub bench independently with grab bar, 3 of 3 trials", D("2026-02-28"))])],
    services=[SV("G0299", "SN: assess cardiopulmonary status, teach HF/diet/meds, medication set-up", "2w3, 1w5", None, "8 weeks"),
              SV("G0151", "PT: gait training, therapeutic exercise, home safety", "2w4", None, "4 weeks"),
              SV("G0156", "HHA: personal care, shower assist", "2w4", None, "4 weeks")],
    reviews=[dict(kind="recertification", date=D("2026-03-06"), completed=False)],
    sigs=[S("clinician", "Noreen Castellan", "RN", D("2026-01-07"), "Nurse's signature and date of verbal SOC"),
          S("physician", "Leopold Haverkamp", "MD", D("2026-01-14"), "Attending physician's signature and date signed")],
    layout_note="CMS-485 style numbered boxes (1. Patient's HI Claim No. ... 21. Orders ... 27. Attending physician's signature), frequency notation 2w3, 1w5")

p = plan(id="29", fmt="docx", layout="above2", disc="home-health", payer=HH, as_of="2026-03-02", df="us",
    org="Gentle Harbor Home Health", org_addr="18 Wicklow Ln, Seabright, NJ 08999",
    title="Plan of Care", 
    patient=dict(name="Winifred Ashby-Coombs", dob=D("1936-09-09"), member_id="3HT6KP9WC18", sex="F"),
    payer_name="Medicare",
    providers=[dict(name="Fenwick Oduya", cred="DO", npi=npi(), role="Certifying physician")],
    first_tx=D("2026-02-03"), plan_date=D("2026-02-03"), period=(D("2026-02-03"), D("2026-04-03")),
    duration="8 weeks",
    presenting="COPD exacerbation, discharged on 2 L O2; SpO2 drops to 86% walking 30 feet; confused about inhaler schedule.",
    dx=[DX("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation", True),
        DX("J96.11", "Chronic respiratory failure with hypoxia"),
        DX("Z99.81", "Dependence on supplemental oxygen")],
    problems=[dict(statement="Breathing and medication management", goals=[
        G("Patient will demonstrate correct inhaler technique 4 of 4 steps with teach-back", D("2026-02-24")),
        G("Patient will walk 100 feet on 2 L O2 keeping SpO2 at 90% or above", D("2026-03-24")),
        G("No emergency visits or re-hospitalization for COPD during the certification period", D("2026-04-03"))])],
    services=[SV("G0299", "Skilled nursing: respiratory assessment, inhaler/oxygen teaching", "3w1, 2w4, 1w3", None, "8 weeks"),
              SV("G0151", "Physical therapy: energy conservation, gait, breathing exercises", "2w4", None, "4 weeks")],
    reviews=[dict(kind="recertification", date=D("2026-04-02"), completed=False)],
    sigs=[S("clinician", "Priscilla Nakamura-Voigt", "RN", D("2026-02-03"), "Clinical manager"),
          S("physician", "Fenwick Oduya", "DO", None, "Physician signature")],
    gaps=[(["signature-missing"], "The certifying physician signed but the date field is blank (42 CFR 424.22: dated signature).")],
    layout_note="label-above-value layout (label paragraph in small caps, value on the next line), physician date line blank")

p = plan(id="30", fmt="docx", layout="dots2", disc="home-health", payer=HH, as_of="2026-02-09", df="us",
    org="Heartland Home Care Services", org_addr="42 Prairie Rose Blvd, Clay Center, IA 50999",
    title="Home Health Plan of Care",
    patient=dict(name="Barnaby Kettleworth", dob=D("1943-03-03"), member_id="5PK2WR8NJ43", sex="M"),
    payer_name="Medicare Part A",
    providers=[dict(name="Marisol Etxeberria", cred="NP", npi=npi(), role="Certifying practitioner")],
    first_tx=D("2026-01-12"), plan_date=D("2026-01-12"), period=(D("2026-01-12"), D("2026-04-11")),
    duration="through 04/11/2026",
    presenting="Right total hip arthroplasty 01/06/2026; homebound, walks 40 ft with a walker, needs help with lower-body dressing.",
    dx=[DX("Z47.1", "Aftercare following joint replacement surgery", True),
        DX("Z96.641", "Presence of right artificial hip joint")],
    problems=[dict(statement="Mobility/ADLs after R THA", goals=[
        G("Patient will walk 300 feet with a single-point cane, modified independent", D("2026-03-30")),
        G("Patient will dress lower body with a reacher and sock aid, independent", D("2026-02-23")),
        G("Patient will climb 4 steps with rail and supervision", D("2026-03-09"))])],
    services=[SV("G0151", "PT visits: gait, strengthening, stairs", "3w2, 2w6", None, "8 weeks"),
              SV("G0152", "OT visits: ADL training, adaptive equipment", "1w4", None, "4 weeks")],
    reviews=[dict(kind="recertification", date=D("2026-04-10"), completed=False)],
    sigs=[S("clinician", "Jonah Feathers", "PT", D("2026-01-12"), "Clinician"),
          S("physician", "Marisol Etxeberria", "NP", D("2026-01-16"), "Certifying practitioner")],
    gaps=[(["review-interval-exceeded"], "Certification period 01/12/2026-04/11/2026 (89 days) and recert date 04/10/2026 exceed the 60-day certification/review interval (warning, unverified).")],
    layout_note="Word tab-stop dot leaders (real tab leaders) plus literal '....' lines; certification by NP")

p = plan(id="31", fmt="docx", layout="hh_orders", disc="home-health", payer=HH, as_of="2026-03-09", df="mon",
    org="Riverside Skilled Home Health Agency", org_addr="300 Levee St, Cairo Point, IL 62999",
    title="Plan of Care / Home Health Certification",
    patient=dict(name="Cordelia Mwangi-Hart", dob=D("1938-12-19"), member_id="7NM4HD2RE59", sex="F"),
    payer_name="Medicare A",
    providers=[dict(name="Osric Delahunt", cred="MD", npi=npi(), role="Attending physician")],
    first_tx=D("2026-02-16"), plan_date=D("2026-02-16"), period=(D("2026-02-16"), D("2026-04-16")),
    duration="60 days",
    presenting="Diastolic heart failure with 6 lb weight gain in a week, leg edema; type 2 diabetes; indwelling Foley for retention.",
    dx=[DX("I50.3", "Diastolic (congestive) heart failure", True),
        DX("E11.9", "Type 2 diabetes mellitus without complications")],
    problems=[dict(statement="Fluid balance / diabetes", goals=[
        G("Patient will keep weight within 3 lb of dry weight (168 lb) for 4 consecutive weeks", D("2026-04-13")),
        G("Fasting blood glucose 80-150 mg/dL on 6 of 7 days per glucose log", D("2026-04-06")),
        G("Caregiver will demonstrate Foley catheter care 5 of 5 steps correctly", D("2026-03-02"))])],
    services=[SV("G0299", "SN: cardiopulmonary and diabetic assessment, teaching", "2w4, 1w4", None, "8 weeks"),
              SV("G0299", "SN PRN visits for Foley catheter problems (blockage, leakage, dislodgement)", "PRN", None, None),
              SV("G0156", "HHA: bathing/personal care", "2w8", None, "8 weeks")],
    reviews=[dict(kind="recertification", date=D("2026-04-15"), completed=False)],
    sigs=[S("clinician", "Beatrix Odunsi", "RN", D("2026-02-16"), "RN case manager"),
          S("physician", "Osric Delahunt", "MD", D("2026-02-20"), "Physician")],
    gaps=[(["frequency-missing"], "Skilled nursing PRN visits for Foley problems are ordered with no limit on the number of visits (42 CFR 409.43: PRN orders need a number)."),
          (["diagnosis-code-not-billable"], "Primary diagnosis I50.3 is a subcategory; the billable codes are I50.30-I50.33.")],
    layout_note="agency orders list ('Orders for discipline and treatments' with SN/HHA lines and frequency notation), dates 'Feb 16, 2026'")

p = plan(id="32", fmt="fhir", disc="home-health", payer=HH, as_of="2026-02-12",
    org="Silverbrook Home Health", title="Home health plan of care",
    patient=dict(name="Ignatius Pellegrino", dob=D("1941-04-04"), member_id="2RC9WT5HK37", sex="male"),
    payer_name="Medicare Part A",
    providers=[dict(name="Vivienne Oyelowo", cred="MD", npi=npi(), role="physician"),
               dict(name="Kasimir Drury", cred="RN", npi=None, role="nurse")],
    first_tx=D("2026-01-20"), plan_date=D("2026-01-20"), period=(D("2026-01-20"), D("2026-03-20")),
    duration="60 days",
    presenting="Stage 3 sacral pressure ulcer 4 x 3 x 0.5 cm; bed-bound after a stroke; type 2 diabetes.",
    dx=[DX("L89.153", "Pressure ulcer of sacral region, stage 3", True),
        DX("E11.9", "Type 2 diabetes mellitus without complications"),
        DX("Z74.01", "Bed confinement status")],
    problems=[dict(statement="Wound", goals=[
        G("Sacral wound will decrease from 4 x 3 cm to 2 x 1.5 cm or smaller", D("2026-03-17")),
        G("Caregiver will reposition patient every 2 hours, documented on 90% of turning-log entries", D("2026-02-17"))])],
    services=[SV("G0299", "Skilled nursing visit: wound care, negative pressure dressing change", "3x/week", None, "8 weeks"),
              SV("G0156", "Home health aide visit: bathing, skin care", None, None, None)],
    sigs=[S("physician", "Vivienne Oyelowo", "MD", D("2026-01-23"), method="electronic")],
    gaps=[(["frequency-missing"], "The home health aide ServiceRequest has no occurrence (no frequency, no duration).")],
    unsure=["duration-missing"],
    layout_note="FHIR R4 Bundle; one ServiceRequest without occurrenceTiming")

p = plan(id="33", fmt="ccda", disc="home-health", payer=HH, as_of="2026-03-01",
    org="Cypress Lane Home Health", title="Home Health Plan of Care",
    patient=dict(name="Rosemary Tillinghast", dob=D("1937-08-22"), member_id="6JD3PA7TM84", sex="F"),
    payer_name="Medicare Part A",
    providers=[dict(name="Gregor Ambrose-Tan", cred="MD", npi=npi(), role="physician"),
               dict(name="Liesl Marchetti", cred="RN", npi=None, role="nurse")],
    first_tx=D("2026-02-02"), plan_date=D("2026-02-02"), period=(D("2026-02-02"), D("2026-04-02")),
    duration="8 weeks",
    presenting="Type 2 diabetes with hyperglycemia (A1c 10.8%) after hospital discharge; new insulin; lives alone with poor vision.",
    dx=[DX("E11.65", "Type 2 diabetes mellitus with hyperglycemia", True),
        DX("Z79.4", "Long term (current) use of insulin")],
    problems=[dict(statement="Diabetes self-management", goals=[
        G("Patient will self-administer insulin with a magnifier pen, correct dose 5 of 5 observed times", D("2026-03-02")),
        G("Fasting glucose 80-160 mg/dL on 5 of 7 days per glucose log", D("2026-03-30"))])],
    services=[SV("G0299", "Skilled nursing visit: diabetic teaching, insulin administration", "2w4, 1w4", None, "8 weeks")],
    reviews=[dict(kind="recertification", date=D("2026-04-01"), completed=False)],
    sigs=[S("clinician", "Liesl Marchetti", "RN", D("2026-02-02"), method="electronic"),
          S("physician", "Gregor Ambrose-Tan", "MD", D("2026-02-06"), method="electronic")],
    unsure=["field-missing"],
    layout_note="C-CDA R2.1 Care Plan for home health; legalAuthenticator physician")

# ---- Commercial ABA ---------------------------------------------------------------------------
ABA = "commercial-aba"

p = plan(id="34", fmt="docx", layout="aba_table", disc="aba", payer=ABA, as_of="2026-02-23", df="us",
    org="Bright Horizons Behavioral Partners", org_addr="2250 Kestrel Pkwy, Suite 140, Ridgeview, WA 98999",
    title="ABA Treatment Plan & Authorization Request",
    patient=dict(name="Milo Zaharias-Quint", dob=D("2020-09-14"), member_id="CHP-44817206", sex="M"),
    payer_name="Cascadia Health PPO",
    providers=[dict(name="Soren Adeyemi-Holt", cred="M.Ed., BCBA", npi=npi(), role="Supervising BCBA")],
    plan_date=D("2026-01-19"), period=(D("2026-01-19"), D("2026-07-18")), duration="6 months",
    presenting="Limited functional communication (single words), elopement in community settings, tantrums at transitions.",
    dx=[DX("F84.0", "Autistic disorder", True, by="Helena Strick, PhD, licensed psychologist", on=D("2025-08-21"))],
    assessments=[dict(instrument="VB-MAPP", date=D("2026-01-06"), scores={"Milestones": "41/170", "Barriers": "38"}),
                 dict(instrument="Vineland-3", date=D("2026-01-09"), scores={"ABC standard score": "68"})],
    problems=[dict(statement="Treatment goals", goals=[
        G("Milo will mand for 20 different items/activities using 2-word phrases", D("2026-06-30"), baseline="5 items with single words",
          mastery="80% of opportunities across 3 consecutive sessions", domain="Communication"),
        G("Reduce elopement from an average of 6 per day to fewer than 1 per day", D("2026-07-15"), baseline="6 per day (10-day average)",
          mastery="0-1 episodes per day for 10 consecutive days", domain="Behavior reduction"),
        G("Milo will transition between activities with a visual timer with no more than 1 tantrum per day", D("2026-06-15"), baseline="4 tantrums per day",
          mastery="1 or fewer per day for 2 consecutive weeks", domain="Behavior reduction"),
        G("Parents will implement the elopement prevention protocol with at least 90% fidelity", D("2026-05-15"), baseline="45% fidelity on checklist",
          mastery="90% fidelity across 3 consecutive observations", domain="Caregiver training")])],
    services=[SV("97153", "Adaptive behavior treatment by protocol (RBT)", None, None, None, hpw="20 hours per week"),
              SV("97155", "Protocol modification (BCBA)", None, None, None, hpw="3 hours per week"),
              SV("97156", "Family adaptive behavior treatment guidance", None, None, None, hpw="1 hour per week")],
    reviews=[dict(kind="review", date=D("2026-07-17"), completed=False)],
    sigs=[S("clinician", "Soren Adeyemi-Holt", "M.Ed., BCBA", D("2026-01-19"), "Supervising BCBA"),
          S("guardian", "Katerina Zaharias", None, D("2026-01-21"), "Parent/Guardian (mother)")],
    layout_note="goals table with columns Domain | Target Date | Goal | Baseline | Mastery Criteria; hours by CPT in a table")

p = plan(id="35", fmt="docx", layout="ehr_aba", disc="aba", payer=ABA, as_of="2026-03-02", df="us",
    org="Keystone Autism Services", org_addr="66 Harrowgate Rd, Meadowlark, TX 75999",
    title="Behavior Treatment Plan - Continuation Request",
    patient=dict(name="Anaya Brightwater", dob=D("2019-05-02"), member_id="UHX209338417", sex="F"),
    payer_name="Summit Commercial HMO",
    providers=[dict(name="Caleb Ferreira-Munro", cred="BCBA", npi=npi(), role="BCBA")],
    plan_date=D("2026-02-06"), period=(D("2026-02-06"), D("2026-08-05")), duration="6 months",
    presenting="Continuation of services. Gains in requesting; ongoing aggression toward peers and limited self-care skills.",
    dx=[DX("F84.0", "Autistic disorder", True, by="Ruth Kemelman, MD (developmental pediatrician)", on=D("2022-11-03"))],
    assessments=[dict(instrument="ABLLS-R", date=D("2024-12-10"), scores={"Domains mastered": "7 of 25"})],
    problems=[dict(statement="Goals", goals=[
        G("Reduce aggression toward peers from 9 to 2 or fewer episodes per week", D("2026-07-31"), baseline="9 per week",
          mastery="2 or fewer per week for 4 consecutive weeks", domain="Behavior"),
        G("Anaya will complete a 7-step toothbrushing routine independently", D("2026-06-30"), baseline="3 of 7 steps",
          mastery="7 of 7 steps independently on 5 consecutive days", domain="Self-care"),
        G("Anaya will answer 15 different 'wh' questions", D("2026-07-31"), baseline="4 questions",
          mastery="80% correct across 3 sessions", domain="Language"),
        G("Caregiver will deliver token-economy reinforcement correctly in 90% of opportunities", D("2026-05-29"), baseline="50%",
          mastery="90% across 3 observations", domain="Parent training")])],
    services=[SV("97153", "Direct ABA by RBT", None, None, None, hpw="15 hrs/week"),
              SV("97155", "BCBA protocol modification", None, None, None, hpw="2 hrs/week"),
              SV("97156", "Parent training", None, None, None, hpw="1 hr/week")],
    reviews=[dict(kind="review", date=D("2026-08-04"), completed=False)],
    sigs=[S("clinician", "Caleb Ferreira-Munro", "BCBA", D("2026-02-06"), "BCBA", method="electronic", time="10:14"),
          S("guardian", "Tamsin Brightwater", None, D("2026-02-06"), "Parent/Guardian", method="electronic", time="10:31")],
    gaps=[(["assessment-outdated"], "The only standardized assessment (ABLLS-R) is dated 12/10/2024, 423 days before the plan date; the profile allows 365 days (warning, unverified).")],
    layout_note="EHR export with audit trail lines, repeating header with member ID, 'Printed on' footer")

p = plan(id="36", fmt="docx", layout="cellkv2", disc="aba", payer=ABA, as_of="2026-02-17", df="us",
    org="Little Steps Behavior Clinic", org_addr="9 Juniper Ct, Fairhaven Glen, GA 31999",
    title="Applied Behavior Analysis - Initial Treatment Plan",
    patient=dict(name="Tobiah Renfrew", dob=D("2022-03-10"), member_id="PGH7731024", sex="M"),
    payer_name="Peachtree Commercial PPO",
    providers=[dict(name="Adaeze Lindholm", cred="BCBA", npi=npi(), role="BCBA")],
    plan_date=D("2026-01-26"), period=(D("2026-01-26"), D("2026-07-25")), duration="6 months",
    presenting="Delayed speech, limited play skills, frequent crying at transitions. Autism evaluation is scheduled but not yet completed.",
    dx=[DX("F88", "Other disorders of psychological development (global developmental delay)", True,
           by="Colm Ransford, MD (pediatrician)", on=D("2025-10-14")),
        DX("F80.2", "Mixed receptive-expressive language disorder")],
    assessments=[dict(instrument="VB-MAPP", date=D("2026-01-12"), scores={"Milestones": "22/170"})],
    problems=[dict(statement="Goals", goals=[
        G("Tobiah will imitate 10 different actions with objects", D("2026-05-26"), baseline="2 actions",
          mastery="80% across 3 consecutive sessions", domain="Imitation"),
        G("Tobiah will request help using a sign or word", D("2026-06-26"), baseline="0 independent requests",
          mastery="5 independent requests per session for 3 sessions", domain="Communication"),
        G("Parents will use a first-then board during 4 daily routines with 85% fidelity", D("2026-04-26"), baseline="0 routines",
          mastery="85% fidelity for 2 consecutive weeks", domain="Parent training")])],
    services=[SV("97153", "Adaptive behavior treatment by protocol", None, None, None, hpw="12 hours/week"),
              SV("97155", "Protocol modification", None, None, None, hpw="2 hours/week"),
              SV("97156", "Family guidance", None, None, None, hpw="1 hour/week")],
    reviews=[dict(kind="review", date=D("2026-07-24"), completed=False)],
    sigs=[S("clinician", "Adaeze Lindholm", "BCBA", D("2026-01-26"), "BCBA"),
          S("guardian", "Shona Renfrew", None, D("2026-01-26"), "Parent/Guardian")],
    gaps=[(["diagnosis-not-covered"], "Primary diagnosis F88 (global developmental delay), secondary F80.2; no autism spectrum disorder (F84.x) diagnosis.")],
    layout_note="grid of cells each holding 'Label: value' (label and value in one cell), goals as numbered paragraphs in cells")

p = plan(id="37", fmt="docx", layout="outline2", disc="aba", payer=ABA, as_of="2026-03-04", df="iso",
    org="Evergreen ABA Collaborative", org_addr="510 Alder Row, Pinecrest, OR 97499",
    title="Treatment Plan and Request for Authorization",
    patient=dict(name="Wrenna Castellano-Boyd", dob=D("2018-11-27"), member_id="OHP-88245193", sex="F"),
    payer_name="Northwest Commercial EPO",
    providers=[dict(name="Jules Abernathy", cred="BCBA-D", npi=npi(), role="Clinical director")],
    plan_date=D("2026-02-02"), period=(D("2026-02-02"), D("2026-10-31")), duration="9 months",
    presenting="Social communication deficits, rigid routines, self-injury (hand biting) when routines change.",
    dx=[DX("F84.0", "Autistic disorder", True, by="Marianne Kroeger, PhD", on=D("2021-06-09"))],
    assessments=[dict(instrument="Vineland-3", date=D("2026-01-15"), scores={"ABC": "71"}),
                 dict(instrument="AFLS (Basic Living Skills)", date=D("2026-01-20"), scores={"Total": "54%"})],
    problems=[dict(statement="Goals", goals=[
        G("Reduce hand biting from 12 to 2 or fewer episodes per day", D("2026-09-30"), baseline="12 per day",
          mastery="2 or fewer per day for 15 consecutive school days", domain="Behavior"),
        G("Wrenna will initiate a conversation with a peer 3 times per recess", D("2026-08-31"), baseline="0 initiations",
          mastery="3 per recess across 5 consecutive days", domain="Social"),
        G("Parent will run a 10-minute social-story routine before schedule changes with 90% fidelity", D("2026-06-30"), baseline="not implemented",
          mastery="90% fidelity over 4 observations", domain="Caregiver training")])],
    services=[SV("97153", "Adaptive behavior treatment by protocol", None, None, None, hpw="15 hours per week"),
              SV("97155", "Adaptive behavior treatment with protocol modification", None, None, None, hpw="2 hours per week"),
              SV("97156", "Family adaptive behavior treatment guidance", None, None, None, hpw="1 hour per week")],
    reviews=[dict(kind="review", date=D("2026-10-30"), completed=False)],
    sigs=[S("clinician", "Jules Abernathy", "BCBA-D", D("2026-02-02"), "Supervising BCBA-D"),
          S("guardian", "Ramona Castellano", None, D("2026-02-03"), "Parent/Legal guardian")],
    gaps=[(["duration-exceeds-limit"], "Authorization period 2026-02-02 to 2026-10-31 (9 months) exceeds the 6-month limit."),
          (["review-interval-exceeded"], "The next progress review is 2026-10-30, 270 days after the plan; reviews are required at least every 184 days.")],
    layout_note="decimal outline (1. / 1.1 / 1.1.1), ISO dates")

p = plan(id="38", fmt="docx", layout="checkbox_aba", disc="aba", payer=ABA, as_of="2026-02-04", df="us",
    org="Meadowbrook Center for Autism", org_addr="77 Clover Hill Rd, Brookfield Falls, CT 06999",
    title="ABA Individualized Treatment Plan",
    patient=dict(name="Eamon Dufresne-Pike", dob=D("2021-07-19"), member_id="NEH-5529104", sex="M"),
    payer_name="New England Choice PPO",
    providers=[dict(name="Priya Halvorsen", cred="MA, BCBA, LBA", npi=npi(), role="Supervising BCBA")],
    plan_date=D("2026-01-12"), period=(D("2026-01-12"), D("2026-07-11")), duration="6 months",
    presenting="Echolalia without functional requests, feeding selectivity (5 foods), head-banging when denied access.",
    dx=[DX("F84.0", "Autistic disorder", True, by="Lorna Whitcombe, PsyD", on=D("2025-10-02"))],
    assessments=[dict(instrument="VB-MAPP", date=D("2025-12-15"), scores={"Milestones": "28/170", "Barriers": "45"})],
    problems=[dict(statement="Goals", goals=[
        G("Eamon will make 10 spontaneous requests per hour using words or AAC", D("2026-06-12"), baseline="1 per hour",
          mastery="10 per hour across 3 consecutive sessions", domain="Communication"),
        G("Reduce head-banging from 15 episodes per day to 2 or fewer", D("2026-07-10"), baseline="15 per day",
          mastery="2 or fewer per day for 10 consecutive days", domain="Behavior"),
        G("Eamon will accept 10 new foods (3 bites each)", D("2026-07-10"), baseline="5 accepted foods",
          mastery="3 bites of each of 10 new foods on 3 occasions", domain="Feeding"),
        G("Caregivers will run the functional communication training protocol with 90% fidelity", D("2026-04-30"), baseline="30% fidelity",
          mastery="90% over 3 consecutive home observations", domain="Caregiver training")])],
    services=[SV("97153", "Adaptive behavior treatment by protocol", None, None, None, hpw="25 hrs/wk"),
              SV("97155", "Protocol modification (BCBA)", None, None, None, hpw="4 hrs/wk"),
              SV("97156", "Family guidance", None, None, None, hpw="2 hrs/wk")],
    reviews=[dict(kind="review", date=D("2026-07-10"), completed=False)],
    sigs=[S("clinician", "Priya Halvorsen", "MA, BCBA, LBA", D("2026-01-12"), "BCBA"),
          S("guardian", "Colette Dufresne", None, D("2026-01-13"), "Parent")],
    layout_note="checkbox form (☒ Initial ☐ Continuation, setting checkboxes) with narrative paragraphs; goals as indented lists")

p = plan(id="39", fmt="docx", layout="bilingual_aba", disc="aba", payer=ABA, as_of="2026-03-05", df="us",
    org="Centro Familiar de Conducta / Family Behavior Center", org_addr="1400 Avenida Palma, Las Cruces Heights, NM 88999",
    title="Plan de Tratamiento ABA / ABA Treatment Plan",
    patient=dict(name="Sofía Marisela Ontiveros", dob=D("2020-02-28"), member_id="BCN-60718842", sex="F"),
    payer_name="Sunland Commercial PPO",
    providers=[dict(name="Tomás Echeverría-Lind", cred="BCBA", npi=npi(), role="BCBA")],
    plan_date=D("2026-02-09"), period=(D("2026-02-09"), D("2026-08-08")), duration="6 meses / 6 months",
    presenting="Comunicación limitada / limited communication; rabietas / tantrums at bedtime; no toilet training.",
    dx=[DX("F84.0", "Trastorno autista / Autistic disorder", True, by="Graciela Montenegro, PhD", on=D("2025-05-20"))],
    assessments=[dict(instrument="Vineland-3", date=D("2026-01-28"), scores={"ABC": "66"})],
    problems=[dict(statement="Metas / Goals", goals=[
        G("Sofía will use the toilet for urination on 80% of scheduled sits", D("2026-07-31"), baseline="0% of sits",
          mastery="80% of sits for 2 consecutive weeks", domain="Autocuidado / Self-care"),
        G("Reduce bedtime tantrums from 5 to 1 or fewer per week", D("2026-06-30"), baseline="5 per week",
          mastery="1 or fewer per week for 4 weeks", domain="Conducta / Behavior"),
        G("Padres / Parents will follow the bedtime routine protocol with 90% fidelity", D("2026-05-29"), baseline="40% fidelity",
          mastery="90% fidelity across 3 observations", domain="Capacitación de padres / Parent training")])],
    services=[SV("97153", "Tratamiento por protocolo / Treatment by protocol", None, None, None, hpw="18 horas por semana / 18 hours per week"),
              SV("97155", "Modificación de protocolo / Protocol modification", None, None, None, hpw="2 horas por semana / 2 hours per week"),
              SV("97156", "Capacitación familiar / Family guidance", None, None, None, hpw="1 hora por semana / 1 hour per week")],
    reviews=[dict(kind="review", date=D("2026-08-07"), completed=False)],
    sigs=[S("clinician", "Tomás Echeverría-Lind", "BCBA", D("2026-02-09"), "Firma del BCBA / BCBA signature"),
          S("guardian", "", None, None, "Firma del padre/madre/tutor / Parent/Guardian signature", signed=False)],
    gaps=[(["signature-missing"], "The parent/guardian signature and date lines are blank; only the BCBA signed.")],
    layout_note="two-language (Spanish/English) labels in tables, blank guardian signature line")

p = plan(id="40", fmt="docx", layout="letter_aba", disc="aba", payer=ABA, as_of="2026-03-20", df="long",
    org="Riverstone Behavioral Health", org_addr="3020 Rivergate Dr, Shelby Falls, TN 37999",
    title="Request for Authorization and Treatment Plan",
    patient=dict(name="Jasper Thorne-Aguilar", dob=D("2017-10-05"), member_id="VLT-90471336", sex="M"),
    payer_name="Volunteer Commercial Health Plan",
    providers=[dict(name="Marisa Quennell", cred="BCBA", npi=npi(), role="Supervising BCBA")],
    plan_date=D("2026-03-02"), period=(D("2026-03-02"), D("2026-08-31")), duration="6 months",
    presenting="Eight-year-old in second grade with difficulty following group instructions, peer aggression at recess and limited "
               "conversational skills.",
    dx=[DX("F84.0", "Autistic disorder", True, by="Beatriz Loughlin, PhD", on=D("2020-01-14"))],
    assessments=[dict(instrument="ABLLS-R", date=D("2026-02-10"), scores={}),
                 dict(instrument="Vineland-3", date=D("2026-02-12"), scores={"ABC": "74"})],
    problems=[dict(statement="Goals", goals=[
        G("Jasper will follow 2-step group instructions within 10 seconds", D("2026-07-31"), baseline="30% of opportunities",
          mastery="80% of opportunities across 5 school days", domain="Classroom skills"),
        G("Reduce peer aggression at recess from 4 to 0 episodes per week", D("2026-08-28"), baseline="4 per week",
          mastery="0 episodes for 4 consecutive weeks", domain="Behavior"),
        G("Jasper will sustain a 4-exchange conversation with a peer", D("2026-08-28"), baseline="1 exchange",
          mastery="4 exchanges on 3 consecutive probes", domain="Social communication"),
        G("Parents will use planned ignoring and reinforcement of calm behavior with 90% accuracy", D("2026-06-30"), baseline="40% accuracy",
          mastery="90% across 3 home observations", domain="Parent training")])],
    services=[SV("97153", "Adaptive behavior treatment by protocol", None, None, None, hpw="18 hours per week"),
              SV("97155", "Protocol modification", None, None, None, hpw="3 hours per week"),
              SV("97156", "Family adaptive behavior treatment guidance", None, None, None, hpw="1.5 hours per week"),
              SV("97158", "Group adaptive behavior treatment with protocol modification (social skills group)", None, None, None, hpw="2 hours per week")],
    reviews=[dict(kind="review", date=D("2026-08-28"), completed=False)],
    sigs=[S("clinician", "Marisa Quennell", "BCBA", D("2026-03-02"), "BCBA", method="typed"),
          S("guardian", "Lucia Aguilar", None, D("2026-03-04"), "Parent/Guardian", method="typed")],
    layout_note="narrative letter to the payer with goals as an outline (A., B., ...) and an hours-by-code paragraph")

p = plan(id="41", fmt="yaml", disc="aba", payer=ABA, as_of="2026-03-10",
    org="Sandpiper ABA Services", title="ABA treatment plan",
    patient=dict(name="Nico Ferreira-Blum", dob=D("2021-04-30"), member_id="CSH-33019476", sex="M"),
    payer_name="Coastal Select PPO",
    providers=[dict(name="Ingeborg Tallis", cred="BCBA", npi=npi(), role="supervising BCBA")],
    plan_date=D("2026-02-16"), period=(D("2026-02-16"), D("2026-08-15")), duration="6 months",
    presenting="No functional speech, pica, does not sit for meals.",
    dx=[DX("F84.0", "Autistic disorder", True, by="Harriet Obuya, MD", on=D("2025-11-18"))],
    assessments=[dict(instrument="VB-MAPP", date=D("2026-02-02"), scores={"Milestones": "15/170"})],
    problems=[dict(statement="Goals", goals=[
        G("Nico will request 10 items using a picture exchange system", D("2026-07-31"), baseline="0 items",
          mastery="80% of opportunities across 3 sessions", domain="Communication"),
        G("Reduce pica attempts from 20 to 2 or fewer per day", D("2026-08-14"), baseline="20 per day",
          mastery="2 or fewer per day for 10 consecutive days", domain="Behavior"),
        G("Caregivers will implement the pica response-blocking protocol with 90% fidelity", D("2026-05-29"), baseline="35% fidelity",
          mastery="90% fidelity across 3 observations", domain="Caregiver training")])],
    services=[SV("97153", "Adaptive behavior treatment by protocol", None, None, None, units="1040 units for the authorization period"),
              SV("97155", "Protocol modification", None, None, None, units="208 units for the authorization period"),
              SV("97156", "Family guidance", None, None, None, units="52 units for the authorization period")],
    reviews=[],
    sigs=[S("clinician", "Ingeborg Tallis", "BCBA", D("2026-02-16")),
          S("guardian", "Anneliese Blum", None, D("2026-02-16"))],
    gaps=[(["amount-missing"], "Services are requested as total units for the period; no hours per week by CPT code (warning, unverified)."),
          (["review-date-missing"], "No next review/progress-report date is scheduled.")],
    layout_note="authcheck native YAML")

p = plan(id="42", fmt="fhir", disc="aba", payer=ABA, as_of="2026-02-20",
    org="Lighthouse Autism Therapies", title="ABA treatment plan",
    patient=dict(name="Leilani Okafor-Strand", dob=D("2019-12-03"), member_id="PNW-71830255", sex="female"),
    payer_name="Pacific Commercial HMO",
    providers=[dict(name="Rowan Castellanos-Pei", cred="BCBA", npi=npi(), role="BCBA")],
    plan_date=D("2026-01-26"), period=(D("2026-01-26"), D("2026-07-25")), duration="6 months",
    presenting="Limited requesting, difficulty with transitions, not toilet trained.",
    dx=[DX("F84.0", "Autistic disorder", True, by="Amara Lindqvist, PhD", on=D("2024-09-12"))],
    assessments=[dict(instrument="VB-MAPP", date=D("2026-01-14"), scores={"Milestones": "34/170"})],
    problems=[dict(statement="Goals", goals=[
        G("Leilani will mand for 15 different items using 2-word phrases", D("2026-06-30"), baseline="4 items",
          mastery="80% of opportunities across 3 consecutive sessions", domain="Communication"),
        G("Leilani will transition from preferred activities with 1 or fewer protests per day", D("2026-07-20"), baseline="6 protests per day",
          mastery="1 or fewer per day for 10 consecutive days", domain="Behavior"),
        G("Leilani will void in the toilet on 80% of scheduled sits", D("2026-07-20"), baseline="10% of sits",
          mastery="80% of sits for 2 consecutive weeks", domain="Self-care")])],
    services=[SV("97153", "Adaptive behavior treatment by protocol", None, None, None, hpw="20 hours per week"),
              SV("97155", "Protocol modification", None, None, None, hpw="3 hours per week"),
              SV("97156", "Family adaptive behavior treatment guidance", None, None, None, hpw="1 hour per week")],
    reviews=[dict(kind="review", date=D("2026-07-24"), completed=False)],
    sigs=[S("clinician", "Rowan Castellanos-Pei", "BCBA", D("2026-01-26"), method="electronic"),
          S("guardian", "Makana Okafor", None, D("2026-01-27"), method="electronic")],
    gaps=[(["caregiver-goal-missing"], "None of the goals involves parent/caregiver training (97156 is requested but no caregiver goal is written).")],
    unsure=["review-date-missing", "assessment-missing", "field-missing", "signature-missing"],
    layout_note="FHIR R4 Bundle: Goals with baseline in Goal.note and mastery in target.detailString, domain as Goal.category, Observation for VB-MAPP, next review as a scheduled CarePlan.activity.detail, Provenance signatures for BCBA and parent (RelatedPerson)")

# ---- SUD licensure (base-treatment-plan payer profile + state) --------------------------------
BTP = "base-treatment-plan"

p = plan(id="43", fmt="docx", layout="grid_sud", disc="sud", payer=BTP, states=["ny-oasas-818"], as_of="2026-01-30", df="us",
    org="Catskill Ridge Recovery Center", org_addr="1 Overlook Rd, Pine Hollow, NY 12999",
    title="Comprehensive Treatment Plan - Inpatient Rehabilitation (Part 818)",
    program="Inpatient rehabilitation", level="Inpatient rehabilitation",
    patient=dict(name="Ruairi Castellane", dob=D("1986-02-11"), member_id="YH48213K", sex="M"),
    payer_name="NY Medicaid Managed Care",
    providers=[dict(name="Tamsin Holbrook-Ng", cred="CASAC", npi=npi(), role="Primary counselor"),
               dict(name="Emeka Vanterpool", cred="MD", npi=npi(), role="Medical director")],
    admission=D("2026-01-05"), plan_date=D("2026-01-09"), duration="estimated length of stay 28 days",
    presenting="Daily alcohol use (1 L vodka) and daily cannabis; two failed outpatient episodes; lost job in November.",
    dx=[DX("F10.20", "Alcohol dependence, uncomplicated", True), DX("F12.20", "Cannabis dependence, uncomplicated")],
    problems=[dict(statement="Substance use", goals=[
        G("Ruairi will complete inpatient rehabilitation and step down to outpatient care with a written relapse prevention plan.", None, objectives=[
            O("Identify 5 high-risk situations and a coping response for each, reviewed with counselor", D("2026-01-20")),
            O("Attend 100% of scheduled group sessions, per attendance log", D("2026-02-01")),
            O("Schedule an intake appointment with an outpatient program before discharge", D("2026-01-30"))])]),
        dict(statement="Employment/housing", goals=[
        G("Ruairi will have a discharge plan for housing and employment.", None, objectives=[
            O("Complete 2 job applications with the vocational counselor", D("2026-01-28"))])])],
    interventions=[dict(desc="Individual counseling (MI/CBT)", freq="2x/week", amount="45 minutes"),
                   dict(desc="Group counseling", freq="daily, Monday-Friday", amount="90 minutes"),
                   dict(desc="Medical monitoring / medication review (acamprosate)", freq="weekly", amount="20 minutes"),
                   dict(desc="Vocational counseling", freq="1x/week", amount="30 minutes")],
    sigs=[S("clinician", "Tamsin Holbrook-Ng", "CASAC", D("2026-01-09"), "Primary counselor"),
          S("client", "Ruairi Castellane", None, D("2026-01-09"), "Patient"),
          S("physician", "Emeka Vanterpool", "MD", D("2026-01-12"), "Physician review")],
    layout_note="form grid with merged header rows; problem blocks; signature grid Name/Credential/Date")

p = plan(id="44", fmt="docx", layout="above_sud", disc="sud", payer=BTP, states=["ny-oasas-818"], as_of="2026-02-02", df="us_short",
    org="Hudson Bend Treatment Services", org_addr="240 River Rd, Kingsbridge Falls, NY 12599",
    title="Individual Treatment Plan",
    program="Inpatient Rehabilitation Services", level="Inpatient rehabilitation",
    patient=dict(name="Marisa Eklund-Baptiste", dob=D("1979-08-30"), member_id="AB73920Q", sex="F"),
    payer_name="Commercial (EmpireLine HMO)",
    providers=[dict(name="Darnell Fitzhugh", cred="CASAC-Advanced", npi=npi(), role="Counselor"),
               dict(name="Ilse Marchetti-Owusu", cred="DO", npi=npi(), role="Physician")],
    admission=D("2026-01-02"), plan_date=D("2026-01-13"), duration="21-28 days",
    presenting="Opioid use disorder (IV heroin/fentanyl) after detox; on buprenorphine induction.",
    dx=[DX("F11.20", "Opioid dependence, uncomplicated", True)],
    problems=[dict(statement="Opioid use", goals=[
        G("Marisa will remain in treatment and abstinent from illicit opioids.", None, objectives=[
            O("Negative urine toxicology for illicit opioids on every weekly test during the stay", D("2026-01-30")),
            O("Take buprenorphine as prescribed with 100% of doses observed", D("2026-01-30"))])])],
    interventions=[dict(desc="Individual counseling", freq="2x/week", amount="45 min"),
                   dict(desc="Group therapy", freq="5x/week", amount="60 min"),
                   dict(desc="Medication-assisted treatment (buprenorphine)", freq="daily", amount=None)],
    sigs=[S("clinician", "Darnell Fitzhugh", "CASAC-Advanced", D("2026-01-13"), "Counselor"),
          S("client", "Marisa Eklund-Baptiste", None, D("2026-01-13"), "Patient"),
          S("physician", "Ilse Marchetti-Owusu", "DO", D("2026-01-15"), "Physician")],
    gaps=[(["plan-late"], "Admitted 1/2/26, plan dated 1/13/26: 11 days; 14 NYCRR 818.5 requires the plan within 7 days of admission."),
          (["signature-late"], "Physician reviewed/signed 1/15/26, 13 days after admission; required within 10 days.")],
    layout_note="label above value layout with SOAP-like sections, dates 1/13/26")

p = plan(id="45", fmt="docx", layout="outline_sud", disc="sud", payer=BTP, states=["fl-65d-30"], as_of="2026-02-16", df="us",
    org="Gulf Breeze Recovery Residences", org_addr="8800 Seagrape Blvd, Pelican Shores, FL 32999",
    title="Individualized Treatment Plan", program="Residential treatment", level="Residential Level 2",
    patient=dict(name="Dorian Quackenbush", dob=D("1992-03-17"), member_id="FL0098231477", sex="M"),
    payer_name="Florida Medicaid (Sunshine Managed Care)",
    providers=[dict(name="Priyanka Delmonico", cred="CAP", npi=npi(), role="Primary counselor"),
               dict(name="Lucas Abernathy-Fox", cred="LMHC", npi=npi(), role="Qualified professional")],
    admission=D("2026-01-08"), plan_date=D("2026-01-20"), duration="projected 60 days (through 03/09/2026)",
    presenting="IV opioid and methamphetamine use for 4 years; homeless; two overdoses in 2025.",
    dx=[DX("F11.20", "Opioid dependence, uncomplicated", True), DX("F15.20", "Other stimulant dependence, uncomplicated")],
    problems=[dict(statement="Opioid and stimulant use", goals=[
        G("Establish early recovery and prepare for step-down.", None, objectives=[
            O("Negative urine drug screens on all random tests", D("2026-03-09")),
            O("List 6 personal triggers and a coping response for each in the relapse prevention workbook", D("2026-02-03")),
            O("Attend 3 peer support meetings per week, verified by sign-in sheet", D("2026-03-01"))])]),
        dict(statement="Housing", goals=[
        G("Secure stable housing at discharge.", None, objectives=[
            O("Submit 2 applications to recovery residences with the case manager", D("2026-02-20"))])])],
    interventions=[dict(desc="Individual counseling (relapse prevention, MI)", freq="2x per week", amount="50 minutes"),
                   dict(desc="Group counseling", freq="5x per week", amount="90 minutes"),
                   dict(desc="Case management (housing)", freq="weekly", amount="30 minutes")],
    services=[SV("H0018", "Behavioral health short-term residential (per diem)", "daily (7 days/week)", None, "60 days")],
    sigs=[S("client", "Dorian Quackenbush", None, D("2026-01-20"), "Individual"),
          S("clinician", "Priyanka Delmonico", "CAP", D("2026-01-20"), "Staff member"),
          S("supervisor", "Lucas Abernathy-Fox", "LMHC", D("2026-01-23"), "Qualified professional (countersignature)")],
    layout_note="numbered outline I. / A. / 1. / a. with Roman section numbers; countersignature block")

p = plan(id="46", fmt="docx", layout="tabs_sud", disc="sud", payer=BTP, states=["fl-65d-30"], as_of="2026-02-20", df="mon",
    org="Coquina Coast Addiction Treatment Center", org_addr="15 Anastasia Way, St. Marigold, FL 32099",
    title="Treatment Plan", program="Addictions receiving / intensive inpatient", level="Intensive Inpatient",
    patient=dict(name="Trevor Nakashima-Boyle", dob=D("1988-07-21"), member_id="FLC-4471902", sex="M"),
    payer_name="Commercial (Coastline PPO)",
    providers=[dict(name="Gabriela Ostrander", cred="CAP", npi=npi(), role="Counselor")],
    admission=D("2026-02-02"), plan_date=D("2026-02-08"), duration="10-14 days",
    presenting="Severe alcohol use with withdrawal tremors on admission; 12-15 drinks daily.",
    dx=[DX("F10.20", "Alcohol dependence, uncomplicated", True)],
    problems=[dict(statement="Alcohol use", goals=[
        G("Complete intensive inpatient treatment and transfer to residential or IOP.", None, objectives=[
            O("Client will understand the disease concept of addiction", D("2026-02-13")),
            O("Complete the alcohol relapse-prevention worksheet and list 4 warning signs", D("2026-02-12")),
            O("Participate in 10 of 10 scheduled groups", D("2026-02-16"))])])],
    interventions=[dict(desc="Individual counseling", freq="3x/week", amount="45 min"),
                   dict(desc="Group psychoeducation", freq="2x daily", amount="60 min"),
                   dict(desc="Nursing assessment and medical monitoring", freq="3 times daily", amount=None)],
    sigs=[S("client", "Trevor Nakashima-Boyle", None, D("2026-02-08"), "Client"),
          S("clinician", "Gabriela Ostrander", "CAP", D("2026-02-08"), "Counselor")],
    gaps=[(["plan-late"], "Intensive inpatient level: plan due within 3 days of admission (2/2/2026); written Feb 8, 2026 (6 days)."),
          (["objective-not-measurable"], "Objective 'Client will understand the disease concept of addiction' names no observable behaviour or level.")],
    layout_note="tab-stop form lines with level-of-care checkboxes (☒ Intensive Inpatient), dates 'Feb 8, 2026'")

p = plan(id="47", fmt="docx", layout="checkbox_tx", disc="sud", payer=BTP, states=["tx-26tac-564"], as_of="2026-02-03", df="us",
    org="Pecos Trail Recovery Center", org_addr="410 Mesquite Rd, Alamo Flats, TX 79999",
    title="Individualized Treatment Plan", program="Intensive residential", level="Intensive residential",
    patient=dict(name="Jolene Castellanos-Wirth", dob=D("1990-12-12"), member_id="TXM-520347761", sex="F"),
    payer_name="Texas Medicaid (STAR)",
    providers=[dict(name="Royce Delgadillo", cred="LCDC", npi=npi(), role="Primary counselor")],
    admission=D("2026-01-13"), plan_date=D("2026-01-16"), duration="30 days (projected discharge 02/12/2026)",
    presenting="Methamphetamine use daily for 2 years; CPS case open; children placed with grandmother.",
    dx=[DX("F15.20", "Other stimulant dependence, uncomplicated", True)],
    problems=[dict(statement="Stimulant use", goals=[
        G("Jolene will stop methamphetamine use and build a recovery support network.", None, objectives=[
            O("Negative urine drug screens on all weekly tests during treatment", D("2026-02-12")),
            O("Name 3 sober support people and obtain their phone numbers", D("2026-01-27")),
            O("Attend 4 NA meetings per week, verified by meeting slips", D("2026-02-10"))])]),
        dict(statement="Family/CPS", goals=[
        G("Jolene will complete the CPS service plan steps due during treatment.", None, objectives=[
            O("Complete 4 of 4 parenting class sessions", D("2026-02-10"))])])],
    interventions=[dict(desc="Individual counseling", freq="2 times per week", amount="60 minutes"),
                   dict(desc="Group counseling", freq="daily (Mon-Sat)", amount="2 hours"),
                   dict(desc="Parenting education class", freq="weekly", amount="90 minutes"),
                   dict(desc="Chemical dependency education", freq="3 times per week", amount="1 hour")],
    sigs=[S("client", "Jolene Castellanos-Wirth", None, D("2026-01-16"), "Client"),
          S("clinician", "Royce Delgadillo", "LCDC", D("2026-01-16"), "Counselor")],
    layout_note="checkbox form (☒/☐ for program, strategies, frequency) with tab stops")

p = plan(id="48", fmt="docx", layout="boxes_sud", disc="sud", payer=BTP, states=["tx-26tac-564"], as_of="2026-02-27", df="us",
    org="Brazos Hills Outpatient Recovery", org_addr="1201 Cotton Gin Rd, Brazos Hills, TX 76999",
    title="Treatment Plan", program="Outpatient chemical dependency treatment", level="Supportive outpatient",
    patient=dict(name="Abelardo Kinsella", dob=D("1984-05-06"), member_id="TXC-77120459", sex="M"),
    payer_name="Lone Star Commercial PPO",
    providers=[dict(name="Marguerite Dunaway", cred="LCDC", npi=npi(), role="Counselor")],
    admission=D("2026-02-02"), plan_date=D("2026-02-06"), duration=None,
    presenting="Alcohol use disorder; DWI arrest 12/2025; court-ordered treatment.",
    dx=[DX("F10.20", "Alcohol dependence, uncomplicated", True)],
    problems=[dict(statement="Alcohol use", goals=[
        G("Abelardo will maintain abstinence from alcohol.", None, objectives=[
            O("Negative breathalyzer/EtG results on all random tests", D("2026-04-30")),
            O("Write a relapse prevention plan with 5 triggers and coping responses", D("2026-03-13")),
            O("Attend 2 AA meetings per week with signed attendance slips", D("2026-04-30"))])])],
    interventions=[dict(desc="Individual counseling", freq=None, amount=None),
                   dict(desc="Group counseling", freq=None, amount=None),
                   dict(desc="DWI education", freq=None, amount=None)],
    sigs=[S("client", "Abelardo Kinsella", None, D("2026-02-06"), "Client"),
          S("clinician", "Marguerite Dunaway", "LCDC", D("2026-02-06"), "Counselor")],
    gaps=[(["duration-missing"], "No projected length of stay or expected duration of treatment is stated."),
          (["frequency-missing"], "The strategies (individual counseling, group counseling, DWI education) give no frequency.")],
    layout_note="sections in one-cell boxes, strategies as a bulleted list without frequencies")

p = plan(id="49", fmt="docx", layout="nested_ntp", disc="sud", payer=BTP, states=["ca-title9-ntp"], as_of="2026-02-20", df="us",
    org="Sierra Vista Narcotic Treatment Program", org_addr="5600 Foothill Blvd, Manzanita Springs, CA 95999",
    title="Initial Maintenance Treatment Plan", program="Narcotic treatment program (methadone maintenance)", level="Methadone maintenance (OTP)",
    patient=dict(name="Wendell Harrowgate", dob=D("1975-10-09"), member_id="91827364A", sex="M"),
    payer_name="Medi-Cal (DMC-ODS)",
    providers=[dict(name="Corinne Valdés-Hart", cred="CADC-II", npi=npi(), role="Primary counselor"),
               dict(name="Samuel Ishikawa-Reyes", cred="LCSW", npi=npi(), role="Supervising counselor"),
               dict(name="Beatrice Okonjo", cred="MD", npi=npi(), role="Medical director")],
    admission=D("2026-01-06"), plan_date=D("2026-01-27"), duration="ongoing maintenance; plan updated every 3 months",
    presenting="Opioid use disorder for 12 years (heroin, then fentanyl); three prior detox episodes.",
    dx=[DX("F11.20", "Opioid dependence, uncomplicated", True)],
    problems=[dict(statement="Opioid use", goals=[
        G("Wendell will stabilize on methadone and stop illicit opioid use.", None, objectives=[
            O("Reach a stable methadone dose with no withdrawal symptoms (COWS below 5) on 5 consecutive dosing days", D("2026-02-27")),
            O("Submit 4 consecutive monthly urine tests negative for fentanyl and heroin", D("2026-04-06"))])]),
        dict(statement="Employment", goals=[
        G("Wendell will return to work.", None, objectives=[
            O("Submit 3 job applications per week for 4 weeks, per job log", D("2026-03-31"))])])],
    services=[SV("H0020", "Methadone administration and dosing", "daily", None, "ongoing"),
              SV("H0004", "Individual counseling", "2x/month", "50 minutes", None)],
    reviews=[dict(kind="review", date=D("2026-04-06"), completed=False)],
    sigs=[S("clinician", "Corinne Valdés-Hart", "CADC-II", D("2026-01-27"), "Primary counselor"),
          S("client", "Wendell Harrowgate", None, D("2026-01-27"), "Patient"),
          S("supervisor", "Samuel Ishikawa-Reyes", "LCSW", D("2026-01-29"), "Supervising counselor review"),
          S("physician", "Beatrice Okonjo", "MD", D("2026-02-03"), "Medical director review")],
    layout_note="nested tables (problem table inside outer form cells), four-signature grid")

p = plan(id="50", fmt="docx", layout="ehr_ntp", disc="sud", payer=BTP, states=["ca-title9-ntp"], as_of="2026-03-04", df="us",
    org="Bayshore Opioid Treatment Program", org_addr="77 Embarcadero Ct, Port Solano, CA 94999",
    title="Maintenance Treatment Plan", program="Narcotic treatment program", level="Methadone maintenance (OTP)",
    patient=dict(name="Loretta Birnbaum-Sosa", dob=D("1981-06-25"), member_id="90514278B", sex="F"),
    payer_name="Medi-Cal",
    providers=[dict(name="Jonas Whitlock-Ama", cred="SUDCC", npi=npi(), role="Counselor"),
               dict(name="Mariela Castañeda", cred="LMFT", npi=npi(), role="Clinical supervisor"),
               dict(name="Theodore Ruiz-Bannerman", cred="MD", npi=npi(), role="Medical director")],
    admission=D("2026-01-12"), plan_date=D("2026-02-02"), duration="ongoing maintenance",
    presenting="Heroin use 8 years, now fentanyl; hepatitis C; unstable housing.",
    dx=[DX("F11.20", "Opioid dependence, uncomplicated", True)],
    problems=[dict(statement="Opioid use", goals=[
        G("Loretta will stop using illicit opioids.", None, objectives=[
            O("Attend daily dosing with no more than 1 missed dose per month", D("2026-04-02")),
            O("Two consecutive monthly urine tests negative for fentanyl", D("2026-04-30"))])]),
        dict(statement="Hepatitis C", goals=[
        G("Loretta will begin hepatitis C treatment.", None, objectives=[
            O("Keep the hepatology referral appointment", D("2026-03-20"))])])],
    services=[SV("H0020", "Methadone dosing", "daily", None, None),
              SV("H0004", "Individual counseling", "weekly", "50 minutes", None)],
    reviews=[],
    sigs=[S("clinician", "Jonas Whitlock-Ama", "SUDCC", D("2026-02-02"), "Counselor", method="electronic", time="14:20"),
          S("client", "Loretta Birnbaum-Sosa", None, D("2026-02-02"), "Patient", method="electronic", time="14:26"),
          S("supervisor", "Mariela Castañeda", "LMFT", D("2026-02-05"), "Clinical supervisor", method="electronic", time="09:02"),
          S("physician", "Theodore Ruiz-Bannerman", "MD", D("2026-02-23"), "Medical director", method="electronic", time="17:45")],
    gaps=[(["signature-late"], "Medical director countersigned 02/23/2026, 21 days after the plan date (02/02/2026); required within 14 calendar days."),
          (["review-date-missing"], "No date is set for the next plan update (required at least every 3 months).")],
    layout_note="EHR print with audit trail and time-stamped e-signatures; header/footer with patient name")


# ============================================================================= DOCX LAYOUTS
def fd(p, d):
    return fmt(d, p["df"])


def pname(p):
    return p["patient"]["name"]


def prov(p, role_word):
    for pr in p["providers"]:
        if role_word.lower() in (pr["role"] or "").lower():
            return pr
    return p["providers"][0]


def cred_join(name, cred):
    return f"{name}, {cred}" if cred else name


def primary_dx(p):
    return next(x for x in p["dx"] if x["primary"])


def svc_freq(s):
    return s.get("freq") or ""


def all_goals(p):
    for pr in p["problems"]:
        for g in pr["goals"]:
            yield pr, g


def sig_of(p, role):
    return next((s for s in p["sigs"] if s["role"] == role), None)


def sig_lines_table(doc, p, cols=("Role", "Name / Signature", "Credentials", "Date"), with_time=False, size=None):
    rows = [list(cols)]
    for s in p["sigs"]:
        date = fd(p, s["date"]) if s["date"] else ""
        if with_time and s.get("time") and date:
            date += " " + s["time"]
        rows.append([s["label"], s["name"] if s["signed"] else "", s["cred"] or "", date])
    return table(doc, rows, size=size)


# ---- 01 grid with merged section rows
def L_grid_merged(p):
    doc = new_doc("Arial", 9.5)
    para(doc, p["org"], bold=True, size=13, align="center", space_after=0)
    para(doc, p["org_addr"] + "   Tel (555) 010-4477   Fax (555) 010-4478", size=8, align="center")
    para(doc, p["title"], bold=True, size=12, align="center")
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"

    def section(title):
        r = t.add_row()
        c = r.cells[0].merge(r.cells[3])
        cell_text(c, title, bold=True, shade="BFBFBF")

    def kv(a, b, c=None, d=None):
        r = t.add_row()
        cell_text(r.cells[0], a, bold=True, shade="F2F2F2")
        if c is None:
            m = r.cells[1].merge(r.cells[3])
            cell_text(m, b)
        else:
            cell_text(r.cells[1], b)
            cell_text(r.cells[2], c, bold=True, shade="F2F2F2")
            cell_text(r.cells[3], d)

    th, md = prov(p, "therapist"), prov(p, "physician")
    section("PATIENT INFORMATION")
    kv("Patient Name", pname(p), "DOB", fd(p, p["patient"]["dob"]))
    kv("Medicare ID (MBI)", p["patient"]["member_id"], "Payer", p["payer_name"])
    kv("Referring Physician", cred_join(md["name"], md["cred"]), "Physician NPI", md["npi"])
    kv("Treating Therapist", cred_join(th["name"], th["cred"]), "Therapist NPI", th["npi"])
    section("DATES")
    kv("Initial Eval / Start of Care", fd(p, p["first_tx"]), "Plan of Care Date", fd(p, p["plan_date"]))
    kv("Certification Period", f"From {fd(p, p['period'][0])}", "Through", fd(p, p["period"][1]))
    section("DIAGNOSES (ICD-10-CM)")
    for i, x in enumerate(p["dx"]):
        kv("Primary (treatment) Dx" if x["primary"] else f"Secondary Dx {i}", f"{x['code']}  {x['desc']}")
    section("ASSESSMENT SUMMARY / FUNCTIONAL LIMITATIONS")
    r = t.add_row()
    cell_text(r.cells[0].merge(r.cells[3]), p["presenting"])
    doc.add_paragraph()
    para(doc, "LONG-TERM GOALS", bold=True)
    rows = [["Target Date", "Goal #", "Functional Goal"]]
    for _, g in all_goals(p):
        rows.append([fd(p, g["target_date"]), g["label"], g["statement"]])
    table(doc, rows, widths=[1.1, 0.7, 5.0])
    doc.add_paragraph()
    para(doc, "PLAN OF TREATMENT", bold=True)
    rows = [["CPT", "Intervention", "Frequency", "Duration"]]
    for s in p["services"]:
        rows.append([s["code"], s["desc"], s["freq"], s["duration"]])
    table(doc, rows, widths=[0.7, 3.2, 1.3, 1.3])
    para(doc, f"Frequency/Duration: 2 times per week for {p['duration']}.  Rehab potential: good.  "
              f"Recertification due: {fd(p, p['reviews'][0]['date'])}.")
    para(doc, "I certify the need for these services furnished under this plan of treatment while under my care.", italic=True, size=8.5)
    t2 = doc.add_table(rows=3, cols=3)
    t2.style = "Table Grid"
    cell_text(t2.cell(0, 0), "Signature", bold=True); cell_text(t2.cell(0, 1), "Printed name / credentials", bold=True)
    cell_text(t2.cell(0, 2), "Date", bold=True)
    for i, s in enumerate(p["sigs"], start=1):
        cell_text(t2.cell(i, 0), f"{s['label']}: (signed)")
        cell_text(t2.cell(i, 1), cred_join(s["name"], s["cred"]))
        cell_text(t2.cell(i, 2), fd(p, s["date"]))
    return doc


# ---- 02 literal dot leaders
def L_dots(p):
    doc = new_doc("Times New Roman", 11)
    para(doc, p["org"].upper(), bold=True, align="center", space_after=0)
    para(doc, p["org_addr"], size=9, align="center")
    para(doc, p["title"], bold=True, size=13, align="center")

    def dl(label, value, width=46):
        dots = "." * max(4, width - len(label))
        para(doc, f"{label} {dots} {value}", space_after=1)

    th = prov(p, "therapist")
    dl("Patient", pname(p))
    dl("Date of birth", fd(p, p["patient"]["dob"]))
    dl("Medicare Beneficiary ID", p["patient"]["member_id"])
    dl("Insurance", p["payer_name"])
    dl("Physical therapist / NPI", f"{cred_join(th['name'], th['cred'])} / {th['npi']}")
    dl("Onset / surgery", "11/14/25 (R THA)")
    dl("Evaluation & 1st treatment date", fd(p, p["first_tx"]))
    dl("Plan of care date", fd(p, p["plan_date"]))
    dl("Certification period", f"{fd(p, p['period'][0])} to {fd(p, p['period'][1])}")
    for x in p["dx"]:
        dl("Primary diagnosis" if x["primary"] else "Treatment diagnosis", f"{x['code']} {x['desc']}")
    para(doc, "")
    para(doc, "Assessment", bold=True)
    para(doc, p["presenting"])
    para(doc, "Long term goals", bold=True)
    for _, g in all_goals(p):
        para(doc, f"{g['label']} {g['statement']} {g['time_frame']}.", space_after=2)
    para(doc, "Plan", bold=True)
    for s in p["services"]:
        dl(f"{s['code']} {s['desc']}", f"{s['freq']} x {s['duration']}")
    dl("Frequency", "3x/wk")
    dl("Duration", p["duration"])
    dl("Recert due", fd(p, p["reviews"][0]["date"]))
    para(doc, "")
    for s in p["sigs"]:
        para(doc, f"{s['label']}: /s/ {cred_join(s['name'], s['cred'])}  ______________________   Date: {fd(p, s['date'])}")
    para(doc, "Physician: I have reviewed this plan of care and certify that the services are medically necessary.", italic=True, size=9)
    return doc


# ---- 03 roman outline
def L_outline(p):
    doc = new_doc("Cambria", 11)
    para(doc, p["org"], bold=True, size=14)
    para(doc, p["org_addr"], size=9)
    para(doc, p["title"], bold=True, size=13, align="center")
    ot, np_ = prov(p, "occupational"), prov(p, "npp")
    para(doc, "I. IDENTIFICATION", bold=True)
    for i, (a, b) in enumerate([("Patient", pname(p)), ("Date of Birth", fd(p, p["patient"]["dob"])),
                                ("Medicare Number", p["patient"]["member_id"]), ("Payer", p["payer_name"]),
                                ("Therapist", f"{cred_join(ot['name'], ot['cred'])} (NPI {ot['npi']})"),
                                ("Certifying Practitioner", f"{cred_join(np_['name'], np_['cred'])} (NPI {np_['npi']})")]):
        para(doc, f"    {chr(65 + i)}. {a}: {b}", space_after=0)
    para(doc, "II. DATES", bold=True)
    para(doc, f"    A. Initial evaluation / first day of treatment: {fd(p, p['first_tx'])}", space_after=0)
    para(doc, f"    B. Plan of care established: {fd(p, p['plan_date'])}", space_after=0)
    para(doc, f"    C. Certification period: {fd(p, p['period'][0])} through {fd(p, p['period'][1])}", space_after=0)
    para(doc, "III. DIAGNOSES", bold=True)
    for i, x in enumerate(p["dx"]):
        para(doc, f"    {chr(65 + i)}. {x['code']} - {x['desc']}{' (primary)' if x['primary'] else ''}", space_after=0)
    para(doc, "IV. EVALUATION SUMMARY", bold=True)
    para(doc, "    " + p["presenting"])
    para(doc, "V. GOALS", bold=True)
    for pi, pr in enumerate(p["problems"], start=1):
        para(doc, f"    {pi}. Problem: {pr['statement']}", bold=True, space_after=0)
        for g in pr["goals"]:
            para(doc, f"        {g['label']}. Long-term goal: {g['statement']} by {fd(p, g['target_date'])}.", space_after=0)
            for oi, o in enumerate(g["objectives"]):
                para(doc, f"            {chr(97 + oi)}. Short-term goal: {o['statement']} by {fd(p, o['target_date'])}.", space_after=0)
    para(doc, "VI. PLAN OF TREATMENT", bold=True)
    for i, s in enumerate(p["services"]):
        para(doc, f"    {chr(65 + i)}. {s['desc']} ({s['code']}): {s['amount']}, {s['freq']}, for {s['duration']}", space_after=0)
    para(doc, f"    Duration of plan: {p['duration']}. Progress report due {fd(p, p['reviews'][0]['date'])}; "
              f"recertification due {fd(p, p['reviews'][1]['date'])}.")
    para(doc, "VII. SIGNATURES", bold=True)
    for s in p["sigs"]:
        para(doc, f"    {s['label']}: {cred_join(s['name'], s['cred'])}      Signed: {fd(p, s['date'])}", space_after=0)
    para(doc, "    By signing, the certifying practitioner certifies the plan of care above.", italic=True, size=9)
    return doc


# ---- 04 narrative letter to physician
def L_letter(p):
    doc = new_doc("Georgia", 11, 1.0)
    para(doc, p["org"], bold=True, size=14, space_after=0)
    para(doc, p["org_addr"], size=9)
    md = sig_of(p, "physician")
    para(doc, fd(p, p["plan_date"]))
    para(doc, f"{md['name']}, {md['cred']}\nInternal Medicine\n41 Cobble Hill Rd, Dunmore Heights, NC 27999")
    para(doc, f"RE: {pname(p)}   DOB {fd(p, p['patient']['dob'])}   Medicare # {p['patient']['member_id']}", bold=True)
    para(doc, f"Subject: {p['title']} - request for certification", bold=True)
    para(doc, f"Dear Dr. {md['name'].split()[-1]},")
    para(doc, f"Thank you for referring Mr. {pname(p).split()[-1]} to our clinic. I completed his clinical swallow evaluation (92610) and "
              f"first treatment on {fd(p, p['first_tx'])}. {p['presenting']}")
    dx = "; ".join(f"{x['code']} ({x['desc']})" for x in p["dx"])
    para(doc, f"Diagnoses: {dx}. The first code is the primary diagnosis for this plan.")
    s = p["services"][0]
    para(doc, f"I recommend {s['desc'].lower()} ({s['code']}), {s['amount']}, {s['freq']}, for {p['duration']}. "
              f"This plan of care covers {fd(p, p['period'][0])} through {fd(p, p['period'][1])}; I will send a progress report and, "
              f"if needed, a recertification request by {fd(p, p['reviews'][0]['date'])}.")
    para(doc, "Our goals for this plan of care are:")
    for _, g in all_goals(p):
        para(doc, f"{g['statement']} by {fd(p, g['target_date'])}.", style="List Number")
    para(doc, "Treatment will include oral-motor and pharyngeal strengthening, compensatory strategy training, diet texture trials, "
              "and caregiver education on safe swallowing precautions.")
    para(doc, "Please review, sign and date the certification below and fax the page back to (555) 010-2331.")
    para(doc, "Sincerely,")
    c = sig_of(p, "clinician")
    para(doc, f"/s/ {c['name']}, {c['cred']}\nSpeech-Language Pathologist, NPI {prov(p, 'speech')['npi']}\nDate: {fd(p, c['date'])}")
    para(doc, "_" * 70)
    para(doc, "PHYSICIAN CERTIFICATION", bold=True)
    para(doc, f"I have reviewed the plan of care for {pname(p)} and certify that the services are needed and will be furnished "
              f"while the patient is under my care, for the period {fd(p, p['period'][0])} - {fd(p, p['period'][1])}.")
    para(doc, f"Signature: /s/ {md['name']}, {md['cred']}        Date: {fd(p, md['date'])}")
    return doc


# ---- 05 EHR print-out
def L_ehr(p):
    doc = new_doc("Consolas", 9)
    th, md = p["providers"][0], sig_of(p, "physician")
    set_header(doc, f"{p['org']}  |  {pname(p).upper()}  DOB {fd(p, p['patient']['dob'])}  MRN 00{p['id']}48817",
               "PT Plan of Care")
    add_page_field_footer(doc, f"Printed {fd(p, D(p['as_of']))} 08:14 by frontdesk2 - CONFIDENTIAL PHI - {p['org']}")
    para(doc, "=== PLAN OF CARE (OUTPATIENT PT) ===", bold=True)
    para(doc, f"Encounter: Initial Evaluation  |  Visit #1  |  DOS: {fd(p, p['first_tx'])}  |  Location: Main Clinic")
    para(doc, "--- Patient ---", bold=True)
    para(doc, f"Name: {pname(p)}    Sex: {p['patient']['sex']}    DOB: {fd(p, p['patient']['dob'])}")
    para(doc, f"Primary Ins: {p['payer_name']}    Subscriber ID: {p['patient']['member_id']}")
    para(doc, f"Rendering: {cred_join(th['name'], th['cred'])}    NPI: {th['npi']}")
    para(doc, f"Referring: {cred_join(md['name'], md['cred'])}    NPI: {p['providers'][1]['npi']}")
    para(doc, "--- Dates ---", bold=True)
    para(doc, f"Start of Care: {fd(p, p['first_tx'])}    POC Date: {fd(p, p['plan_date'])}")
    para(doc, f"Cert Period: {fd(p, p['period'][0])} - {fd(p, p['period'][1])}    Recert Due: {fd(p, p['reviews'][0]['date'])}")
    para(doc, "--- Diagnosis ---", bold=True)
    for i, x in enumerate(p["dx"], start=1):
        para(doc, f"Dx{i}: {x['code']}  {x['desc']}{'  [PRIMARY]' if x['primary'] else ''}")
    para(doc, "--- Assessment ---", bold=True)
    para(doc, p["presenting"])
    para(doc, "--- Goals ---", bold=True)
    for _, g in all_goals(p):
        para(doc, f"[{g['label']}] {g['statement']}  Target: {fd(p, g['target_date'])}  Status: New")
    para(doc, "--- Plan ---", bold=True)
    t = table(doc, [["Code", "Description", "Units", "Freq", "Dur"]] +
              [[s["code"], s["desc"], s["amount"], s["freq"], s["duration"]] for s in p["services"]], size=8.5)
    para(doc, f"Frequency: 2x/week   Duration: {p['duration']}   Rehab Potential: Good")
    para(doc, "--- Signatures ---", bold=True)
    for s in p["sigs"]:
        para(doc, f"{s['label']}: Electronically signed by {cred_join(s['name'], s['cred'])} on {fd(p, s['date'])} {s['time']}")
    para(doc, "--- Audit ---", bold=True)
    para(doc, f"{fd(p, p['plan_date'])} 15:02 created by achterfeld.s (Therapist)", size=8)
    para(doc, f"{fd(p, p['plan_date'])} 16:08 signed by achterfeld.s", size=8)
    para(doc, f"{fd(p, p['plan_date'])} 16:09 faxed to referring provider (fax 555-010-9902)", size=8)
    para(doc, f"{fd(p, md['date'])} 09:41 co-signed by nwachukwu.h via portal", size=8)
    return doc


# ---- 06 checkbox form
def L_checkbox(p):
    doc = new_doc("Arial", 9.5)
    para(doc, p["org"], bold=True, size=12, align="center", space_after=0)
    para(doc, p["title"], bold=True, size=11, align="center")
    th, md = p["providers"][0], sig_of(p, "physician")
    table(doc, [["Patient name", pname(p), "DOB", fd(p, p["patient"]["dob"])],
                ["Medicare ID", p["patient"]["member_id"], "Insurance", p["payer_name"]],
                ["Eval date (1st visit)", fd(p, p["first_tx"]), "POC date", fd(p, p["plan_date"])],
                ["Cert. from", fd(p, p["period"][0]), "Cert. to", fd(p, p["period"][1])],
                ["Therapist", cred_join(th["name"], th["cred"]), "NPI", th["npi"]]], header=False)
    para(doc, "")
    para(doc, "Diagnoses", bold=True)
    table(doc, [["ICD-10-CM", "Description", "Primary?"]] +
          [[x["code"], x["desc"], "☒" if x["primary"] else "☐"] for x in p["dx"]])
    para(doc, "Subjective/Objective summary: " + p["presenting"])
    para(doc, "Goals", bold=True)
    table(doc, [["#", "Goal", "Target date", "Met"]] +
          [[g["label"], g["statement"], fd(p, g["target_date"]), "☐"] for _, g in all_goals(p)])
    para(doc, "")
    para(doc, "Interventions (check all that apply)", bold=True)
    codes = {s["code"] for s in p["services"]}
    for code, name in [("97110", "Therapeutic exercise"), ("97112", "Neuromuscular re-ed"), ("97116", "Gait training"),
                       ("97140", "Manual therapy"), ("97530", "Therapeutic activities"), ("G0283", "Electrical stim (unattended)")]:
        para(doc, f"{'☒' if code in codes else '☐'} {code} {name}", space_after=0)
    para(doc, "")
    para(doc, "Frequency:   ☐ 1x/week   ☒ 2x/week   ☐ 3x/week   ☐ Other: ______", bold=False)
    para(doc, "Duration:    ☐ 4 weeks   ☐ 6 weeks   ☒ 8 weeks   ☐ 12 weeks   ☐ Other: ______")
    para(doc, f"Recertification / re-eval due: {fd(p, p['reviews'][0]['date'])}")
    para(doc, "Home exercise program:  ☒ Issued   ☐ Not issued")
    para(doc, "")
    c = sig_of(p, "clinician")
    para(doc, f"Therapist: {cred_join(c['name'], c['cred'])}   Signature: E. Borowitz PT   Date: {fd(p, c['date'])}")
    para(doc, "☒ I certify that this plan of care is medically necessary.", size=9)
    para(doc, f"Physician: {cred_join(md['name'], md['cred'])}   Signature: J. Adeyemi DO   Date: {fd(p, md['date'])}")
    return doc


# ---- 07 label above value (table)
def L_above(p):
    doc = new_doc("Calibri", 10)
    para(doc, p["org"], bold=True, size=14, color=(31, 73, 125), space_after=0)
    para(doc, p["title"], size=12)
    th, dc = p["providers"][0], sig_of(p, "physician")

    def above(pairs):
        t = doc.add_table(rows=2, cols=len(pairs))
        t.style = "Table Grid"
        for j, (lab, val) in enumerate(pairs):
            cell_text(t.cell(0, j), lab.upper(), size=7, shade="EDEDED")
            cell_text(t.cell(1, j), val, size=10)
        doc.add_paragraph()

    above([("Patient name", pname(p)), ("Date of birth", fd(p, p["patient"]["dob"])), ("Medicare MBI", p["patient"]["member_id"])])
    above([("Therapist", cred_join(th["name"], th["cred"])), ("Therapist NPI", th["npi"]), ("Referral source", "Gideon Farraday, DC")])
    above([("Date of initial evaluation", fd(p, p["first_tx"])), ("Plan date", fd(p, p["plan_date"])),
           ("Certification period", f"{fd(p, p['period'][0])} – {fd(p, p['period'][1])}")])
    above([("Primary diagnosis", f"{p['dx'][0]['code']} {p['dx'][0]['desc']}"), ("Secondary diagnosis", f"{p['dx'][1]['code']} {p['dx'][1]['desc']}")])
    above([("Clinical impression", p["presenting"])])
    para(doc, "GOALS", bold=True, size=9)
    for _, g in all_goals(p):
        para(doc, g["label"].upper(), size=7, space_after=0)
        para(doc, f"{g['statement']} (by {fd(p, g['target_date'])})", space_after=4)
    para(doc, "TREATMENT PLAN", bold=True, size=9)
    rows = [["Frequency", "Procedure", "CPT", "Duration"]]
    for s in p["services"]:
        rows.append([s["freq"], s["desc"], s["code"], s["duration"]])
    table(doc, rows)
    para(doc, "")
    above([("Expected duration", p["duration"]), ("Recertification date", fd(p, p["reviews"][0]["date"]))])
    c = sig_of(p, "clinician")
    above([("Therapist signature", f"{cred_join(c['name'], c['cred'])} (signed)"), ("Date", fd(p, c["date"]))])
    above([("Certifying practitioner signature", f"{cred_join(dc['name'], dc['cred'])} (signed)"), ("Date", fd(p, dc["date"]))])
    return doc


# ---- 08 tab-stop form
def L_tabs(p):
    doc = new_doc("Calibri", 10.5)
    para(doc, p["org"], bold=True, size=12, align="center", space_after=0)
    para(doc, p["title"], bold=True, size=12, align="center")
    th, md = p["providers"][0], sig_of(p, "physician")
    st = [1.3, 3.6, 4.9]
    tabbed(doc, ["Patient:", pname(p), "DOB:", fd(p, p["patient"]["dob"])], st)
    tabbed(doc, ["MBI:", p["patient"]["member_id"], "Payer:", p["payer_name"]], st)
    tabbed(doc, ["SLP:", cred_join(th["name"], th["cred"]), "NPI:", th["npi"]], st)
    tabbed(doc, ["Eval date:", fd(p, p["first_tx"]), "POC date:", fd(p, p["plan_date"])], st)
    tabbed(doc, ["Cert from:", fd(p, p["period"][0]), "Cert to:", fd(p, p["period"][1])], st)
    para(doc, "")
    para(doc, "Diagnosis codes", bold=True)
    for x in p["dx"]:
        tabbed(doc, [x["code"], x["desc"] + (" (primary)" if x["primary"] else "")], [1.3], bold_labels=False)
    para(doc, "")
    para(doc, "Evaluation summary", bold=True)
    para(doc, p["presenting"])
    para(doc, "Long-term goals", bold=True)
    for _, g in all_goals(p):
        tabbed(doc, [g["label"] + ".", g["statement"], fd(p, g["target_date"])], [0.4, 5.6], bold_labels=False)
    para(doc, "")
    para(doc, "Treatment", bold=True)
    tabbed(doc, ["CPT", "Service", "Frequency", "Session"], [0.8, 3.8, 5.3])
    for s in p["services"]:
        tabbed(doc, [s["code"], s["desc"], s["freq"], s["amount"]], [0.8, 3.8, 5.3], bold_labels=False)
    para(doc, "Treatment approaches: semantic feature analysis, script training, melodic intonation trials, home practice program.")
    tabbed(doc, ["Recertification due:", fd(p, p["reviews"][0]["date"])], [2.0])
    para(doc, "")
    for s in p["sigs"]:
        tabbed(doc, [f"{s['label']}:", f"{cred_join(s['name'], s['cred'])}", "Date:", fd(p, s["date"])], [1.3, 4.2, 4.9], leader=None)
    return doc


# ---- 09 SOAP
def L_soap(p):
    doc = new_doc("Calibri", 10.5)
    para(doc, p["org"], bold=True, size=12, space_after=0)
    para(doc, p["title"], bold=True)
    th, md = p["providers"][0], sig_of(p, "physician")
    para(doc, f"Patient: {pname(p)}   DOB: {fd(p, p['patient']['dob'])}   Medicare ID: {p['patient']['member_id']}   "
              f"Date of service: {fd(p, p['first_tx'])} (initial evaluation and first treatment)")
    para(doc, f"Referring/certifying physician: {cred_join(md['name'], md['cred'])}   Therapist: {cred_join(th['name'], th['cred'])}, NPI {th['npi']}")
    heading(doc, "S:", 2)
    para(doc, f"Pt reports {p['presenting'][0].lower() + p['presenting'][1:]} Pain 5/10 with gripping. Unable to open jars, carry groceries, "
              "or fasten bra. Goal: \"to use my right hand for cooking again.\"")
    heading(doc, "O:", 2)
    para(doc, "R wrist AROM: ext 25°, flex 30°, sup 55°, pron 70°. Grip R 12 lb / L 48 lb. QuickDASH 61. Edema mild dorsal hand.")
    heading(doc, "A:", 2)
    para(doc, "Dx: " + "; ".join(f"{x['code']} {x['desc']}" for x in p["dx"]) + ". Pt presents with decreased ROM, strength and function "
              "of the R dominant UE after fracture; good rehab potential.")
    heading(doc, "P:", 2)
    para(doc, f"Plan of care dated {fd(p, p['plan_date'])}. Certification period {fd(p, p['period'][0])} - {fd(p, p['period'][1])}.")
    para(doc, f"Frequency 2x/wk, duration {p['duration']}. Interventions: " +
              ", ".join(f"{s['desc'].lower()} ({s['code']})" for s in p["services"]) + "; HEP issued today.")
    para(doc, "Long-term goals:")
    for _, g in all_goals(p):
        para(doc, f"{g['label']}: {g['statement']} by {fd(p, g['target_date'])}", style="List Bullet")
    para(doc, f"Recert/re-eval due {fd(p, p['reviews'][0]['date'])}.")
    c = sig_of(p, "clinician")
    para(doc, f"IS  —  {cred_join(c['name'], c['cred'])}   {fd(p, c['date'])}", italic=True)
    para(doc, "")
    para(doc, "Physician certification of plan of care", bold=True)
    para(doc, f"Signature: {md['name']} {md['cred']}    Date: {fd(p, md['date'])}")
    return doc


# ---- 10 bilingual form
def L_bilingual(p):
    doc = new_doc("Arial", 9.5)
    para(doc, p["org"], bold=True, size=11, align="center")
    para(doc, p["title"], bold=True, size=11, align="center")
    th, md = p["providers"][0], p["providers"][1]
    table(doc, [["Nombre del paciente / Patient name", pname(p)],
                ["Fecha de nacimiento / Date of birth", fd(p, p["patient"]["dob"])],
                ["Número de Medicare / Medicare number", p["patient"]["member_id"]],
                ["Seguro / Insurance", p["payer_name"]],
                ["Fisioterapeuta / Physical therapist", f"{cred_join(th['name'], th['cred'])}  NPI {th['npi']}"],
                ["Médico / Physician", f"{cred_join(md['name'], md['cred'])}  NPI {md['npi']}"],
                ["Fecha de evaluación (primer tratamiento) / Evaluation date (first treatment)", fd(p, p["first_tx"])],
                ["Fecha del plan / Plan date", fd(p, p["plan_date"])],
                ["Periodo de certificación / Certification period", f"{fd(p, p['period'][0])} – {fd(p, p['period'][1])}"]],
          header=False, widths=[3.0, 3.8])
    para(doc, "")
    para(doc, "Diagnósticos / Diagnoses (ICD-10-CM)", bold=True)
    table(doc, [["Código / Code", "Descripción / Description"]] + [[x["code"], x["desc"] + (" — principal / primary" if x["primary"] else "")] for x in p["dx"]])
    para(doc, "Resumen / Summary: " + p["presenting"])
    para(doc, "Metas a largo plazo / Long-term goals", bold=True)
    table(doc, [["#", "Meta / Goal", "Fecha meta / Target date"]] + [[g["label"], g["statement"], fd(p, g["target_date"])] for _, g in all_goals(p)])
    para(doc, "Tratamiento / Treatment", bold=True)
    table(doc, [["CPT", "Servicio / Service", "Duración / Duration"]] + [[s["code"], s["desc"], s["duration"]] for s in p["services"]])
    para(doc, "Frecuencia / Frequency: ______________________")
    para(doc, f"Duración / Duration: {p['duration']}")
    para(doc, f"Recertificación / Recertification: {fd(p, p['reviews'][0]['date'])}")
    para(doc, "")
    sig_lines_table(doc, p, cols=("Firma / Signature", "Nombre / Name", "Credencial / Credential", "Fecha / Date"))
    return doc


# ---- 13 headings + goals table (Problem | Goal | Objective | Target Date)
def L_goalcols(p):
    doc = new_doc("Calibri", 11)
    heading(doc, p["org"], 1)
    heading(doc, p["title"], 2)
    th = p["providers"][0]
    para(doc, f"Client: {pname(p)}\nDate of Birth: {fd(p, p['patient']['dob'])}\nMedicare ID: {p['patient']['member_id']}\n"
              f"Clinician: {cred_join(th['name'], th['cred'])} (NPI {th['npi']})\nDate of Plan: {fd(p, p['plan_date'])}")
    heading(doc, "Presenting Problem", 3)
    para(doc, p["presenting"])
    heading(doc, "Diagnosis", 3)
    for x in p["dx"]:
        para(doc, f"{x['code']} {x['desc']} (primary)")
    heading(doc, "Goals and Objectives", 3)
    rows = [["Problem", "Goal", "Objective", "Target Date"]]
    for pr, g in all_goals(p):
        for o in g["objectives"]:
            rows.append([pr["statement"], f"{g['label']}: {g['statement']}", f"{o['label']}. {o['statement']}", fd(p, o["target_date"])])
    table(doc, rows, widths=[1.1, 2.0, 2.8, 1.0])
    heading(doc, "Treatment Modality / Services", 3)
    s = p["services"][0]
    para(doc, f"Type: {s['desc']}, CPT {s['code']}")
    para(doc, f"Frequency: {s['freq']}")
    para(doc, f"Session length: {s['amount']}")
    para(doc, f"Expected duration: {p['duration']}")
    heading(doc, "Signature", 3)
    c = p["sigs"][0]
    para(doc, f"Electronically signed by {cred_join(c['name'], c['cred'])} on {fd(p, c['date'])} at {c['time']}. "
              "I have developed this plan with the client, who agrees with it.")
    return doc


# ---- 14 EHR progress-note style, e-signature without credential
def L_ehr_note(p):
    doc = new_doc("Segoe UI", 9.5)
    set_header(doc, f"{p['org']} — Clinical Record", f"Client: {pname(p)}")
    th = p["providers"][0]
    table(doc, [["Client", pname(p), "DOB", fd(p, p["patient"]["dob"])],
                ["Payer", p["payer_name"], "Member #", p["patient"]["member_id"]],
                ["Provider", th["name"], "Provider NPI", th["npi"]],
                ["Document", "Treatment Plan (initial)", "Date of plan", fd(p, p["plan_date"])]], header=False, size=9)
    para(doc, "")
    para(doc, "Reason for treatment", bold=True)
    para(doc, p["presenting"])
    para(doc, "Diagnosis", bold=True)
    para(doc, "; ".join(f"{x['code']} - {x['desc']}" for x in p["dx"]))
    para(doc, "Goal", bold=True)
    g = p["problems"][0]["goals"][0]
    para(doc, g["statement"])
    para(doc, "Objectives", bold=True)
    table(doc, [["Objective", "Measure / target", "Target date"]] +
          [[o["label"], o["statement"], fd(p, o["target_date"])] for o in g["objectives"]], size=9)
    para(doc, "")
    para(doc, "Interventions", bold=True)
    s = p["services"][0]
    para(doc, f"CBT for worry, relaxation training and stimulus control for sleep. Service: {s['code']} ({s['desc']}); "
              f"{s['amount']} per session, {s['freq']}.")
    para(doc, f"Estimated length of treatment: {p['duration']}")
    para(doc, "")
    c = p["sigs"][0]
    para(doc, f"Electronically signed by {c['name']} on {fd(p, c['date'])} at {c['time']}", italic=True)
    para(doc, "Client participated in developing this plan and received a copy.", size=8.5)
    return doc


# ---- 15 narrative letter (psychologist)
def L_letter_psy(p):
    doc = new_doc("Garamond", 12, 1.0)
    para(doc, p["org"], bold=True, size=14, align="center", space_after=0)
    para(doc, p["org_addr"], size=9, align="center")
    th = p["providers"][0]
    para(doc, f"{p['title'].capitalize()} for {pname(p)}", bold=True)
    para(doc, f"Date established: {fd(p, p['plan_date'])}")
    para(doc, f"{pname(p)} (date of birth {fd(p, p['patient']['dob'])}, Medicare number {p['patient']['member_id']}) was seen for a "
              f"diagnostic interview (90791) in November 2025. {p['presenting']} Her diagnosis is "
              f"{p['dx'][0]['desc'].lower()} ({p['dx'][0]['code']}).")
    g = p["problems"][0]["goals"][0]
    para(doc, f"The overall goal of treatment is to {g['statement'][0].lower() + g['statement'][1:-1]}. Specifically, we have agreed on the "
              "following objectives:")
    for o in g["objectives"]:
        para(doc, f"{o['statement']}, by {fd(p, o['target_date'])}.", style="List Bullet")
    s = p["services"][0]
    para(doc, f"Treatment will consist of {s['desc'].lower()}, billed as {s['code']}, in sessions of {s['amount']}, {s['freq']}. "
              f"The anticipated duration of treatment is {p['duration']}. Progress will be measured with the PCL-5 every four weeks.")
    para(doc, "Ms. Dunleavy took part in writing this plan and agrees with it.")
    para(doc, "")
    para(doc, f"/s/ {th['name']}, {th['cred']}")
    para(doc, f"Licensed Psychologist (VT lic. PSY-0{p['id']}77), NPI {th['npi']}")
    para(doc, f"{fd(p, p['sigs'][0]['date'])}")
    return doc


# ---- 16 one-cell boxes
def L_boxes(p):
    doc = new_doc("Verdana", 9)
    para(doc, p["org"], bold=True, size=12, align="center")
    para(doc, p["title"].upper(), bold=True, align="center")
    th = p["providers"][0]
    box(doc, "CLIENT", [f"Name: {pname(p)}", f"DOB: {fd(p, p['patient']['dob'])}", f"Medicare #: {p['patient']['member_id']}",
                        f"Plan date: {fd(p, p['plan_date'])}"], fill="F7F7F7")
    box(doc, "DIAGNOSIS", [f"{x['code']}  {x['desc']}" for x in p["dx"]])
    box(doc, "PRESENTING PROBLEM", [p["presenting"]])
    g = p["problems"][0]["goals"][0]
    box(doc, "GOAL", [g["statement"]])
    box(doc, "OBJECTIVES", [f"{i}) {o['statement']} — target {fd(p, o['target_date'])}" for i, o in enumerate(g["objectives"], 1)])
    box(doc, "SERVICES", [f"{s['code']} {s['desc']}: {s['amount']}, {s['freq']}" for s in p["services"]] +
        [f"Duration: {p['duration']}"])
    c = p["sigs"][0]
    box(doc, "SIGNATURE", [f"Therapist: {cred_join(c['name'], c['cred'])}   NPI {th['npi']}", f"Signed: {fd(p, c['date'])}"])
    return doc


# ---- 17 nested tables
def L_nested(p):
    doc = new_doc("Calibri", 10)
    para(doc, p["org"], bold=True, size=12)
    para(doc, p["title"], bold=True, size=11)
    th = p["providers"][0]
    outer = doc.add_table(rows=4, cols=2)
    outer.style = "Table Grid"
    cell_text(outer.cell(0, 0), "Client information", bold=True, shade="DDEBF7")
    inner = outer.cell(0, 1).add_table(rows=4, cols=2)
    inner.style = "Table Grid"
    for i, (a, b) in enumerate([("Name", pname(p)), ("Birth date", fd(p, p["patient"]["dob"])),
                                ("Medicare ID", p["patient"]["member_id"]), ("Plan date", fd(p, p["plan_date"]))]):
        cell_text(inner.cell(i, 0), a, bold=True)
        cell_text(inner.cell(i, 1), b)
    cell_text(outer.cell(1, 0), "Clinical", bold=True, shade="DDEBF7")
    c = outer.cell(1, 1)
    cell_text(c, f"Presenting problem: {p['presenting']}")
    c.add_paragraph(f"Diagnosis: {p['dx'][0]['code']} {p['dx'][0]['desc']}")
    cell_text(outer.cell(2, 0), "Goals and objectives", bold=True, shade="DDEBF7")
    c = outer.cell(2, 1)
    g = p["problems"][0]["goals"][0]
    cell_text(c, f"Goal: {g['statement']}")
    gt = c.add_table(rows=1 + len(g["objectives"]), cols=2)
    gt.style = "Table Grid"
    cell_text(gt.cell(0, 0), "Objective", bold=True)
    cell_text(gt.cell(0, 1), "By", bold=True)
    for i, o in enumerate(g["objectives"], 1):
        cell_text(gt.cell(i, 0), o["statement"])
        cell_text(gt.cell(i, 1), fd(p, o["target_date"]))
    c.add_paragraph()
    cell_text(outer.cell(3, 0), "Treatment", bold=True, shade="DDEBF7")
    c = outer.cell(3, 1)
    iv = p["interventions"][0]
    st = c.add_table(rows=4, cols=2)
    st.style = "Table Grid"
    for i, (a, b) in enumerate([("Modality", iv["desc"]), ("Frequency", iv["freq"]), ("Session length", ""),
                                ("Expected duration", p["duration"])]):
        cell_text(st.cell(i, 0), a, bold=True)
        cell_text(st.cell(i, 1), b)
    c.add_paragraph()
    para(doc, "")
    s = p["sigs"][0]
    para(doc, f"Clinician signature: {cred_join(s['name'], s['cred'])}    NPI {th['npi']}    Date: {fd(p, s['date'])}")
    return doc


# ---- 18 label and value in one cell
def L_cellkv(p):
    doc = new_doc("Calibri", 10)
    para(doc, p["org"], bold=True, size=12, align="center")
    para(doc, p["title"], bold=True, size=12, align="center")
    th = p["providers"][0]
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    vals = [f"Client: {pname(p)}", f"DOB: {fd(p, p['patient']['dob'])}", f"Medicare ID: {p['patient']['member_id']}",
            f"Plan Date: {fd(p, p['plan_date'])}", f"Clinician: {cred_join(th['name'], th['cred'])}", f"NPI: {th['npi']}",
            f"Diagnosis: {p['dx'][0]['code']} {p['dx'][0]['desc']}", f"Expected Duration: {p['duration']}",
            f"Payer: {p['payer_name']}"]
    for i, v in enumerate(vals):
        cell_text(t.cell(i // 3, i % 3), v)
    para(doc, "")
    para(doc, "Presenting concerns: " + p["presenting"])
    g = p["problems"][0]["goals"][0]
    t2 = doc.add_table(rows=1 + len(g["objectives"]), cols=2)
    t2.style = "Table Grid"
    cell_text(t2.cell(0, 0), f"Goal: {g['statement']}", bold=True)
    cell_text(t2.cell(0, 1), "Target:", bold=True)
    for i, o in enumerate(g["objectives"], 1):
        cell_text(t2.cell(i, 0), f"Objective {i}: {o['statement']}")
        cell_text(t2.cell(i, 1), f"Target: {fd(p, o['target_date'])}")
    para(doc, "")
    s = p["services"][0]
    t3 = doc.add_table(rows=1, cols=3)
    t3.style = "Table Grid"
    cell_text(t3.cell(0, 0), f"Service: {s['desc']} ({s['code']})")
    cell_text(t3.cell(0, 1), f"Frequency: {s['freq']}")
    cell_text(t3.cell(0, 2), f"Session: {s['amount']}")
    para(doc, "")
    c = p["sigs"][0]
    t4 = doc.add_table(rows=1, cols=2)
    t4.style = "Table Grid"
    cell_text(t4.cell(0, 0), f"Signature: Dr. {c['name']}, {c['cred']}")
    cell_text(t4.cell(0, 1), f"Date: {fd(p, c['date'])}")
    return doc


# ---- 21 bold titles + bullets
def L_bold_lists(p):
    doc = new_doc("Calibri", 11)
    para(doc, p["org"], bold=True, size=13)
    para(doc, p["title"], bold=True, size=12)
    th = p["providers"][0]
    runs(doc, [("Client: ", True), pname(p), ("   Date of birth: ", True), fd(p, p["patient"]["dob"])])
    runs(doc, [("Medicare ID: ", True), p["patient"]["member_id"], ("   Plan date: ", True), fd(p, p["plan_date"])])
    runs(doc, [("Counselor: ", True), f"{cred_join(th['name'], th['cred'])} (NPI {th['npi']})"])
    runs(doc, [("Presenting Problem", True)])
    para(doc, p["presenting"])
    runs(doc, [("Diagnosis", True)])
    for x in p["dx"]:
        para(doc, f"{x['code']} — {x['desc']}", style="List Bullet")
    g = p["problems"][0]["goals"][0]
    runs(doc, [("Goal", True)])
    para(doc, g["statement"], style="List Bullet")
    runs(doc, [("Objectives", True)])
    for o in g["objectives"]:
        para(doc, f"{o['statement']} Target date: {fd(p, o['target_date'])}", style="List Bullet")
    runs(doc, [("Interventions", True)])
    s = p["services"][0]
    para(doc, f"{s['desc']} ({s['code']}), {s['amount']}, {s['freq']}", style="List Bullet")
    para(doc, "Trauma-focused CBT, grounding skills, psychoeducation on PTSD", style="List Bullet")
    runs(doc, [("Expected Duration: ", True), p["duration"]])
    c = p["sigs"][0]
    runs(doc, [("Signature: ", True), f"{cred_join(c['name'], c['cred'])}", ("   Date: ", True), fd(p, c["date"])])
    return doc


# ---- 23 EHR print, PA clinic
def L_ehr2(p):
    doc = new_doc("Arial", 9)
    set_header(doc, f"{pname(p)}  |  DOB {fd(p, p['patient']['dob'])}  |  MRN CV-20{p['id']}93", p["org"])
    add_page_field_footer(doc, f"Printed {fd(p, D(p['as_of']))} 07:58 by hlopez  |  Contains PHI  |  ")
    para(doc, p["title"].upper(), bold=True, size=12)
    para(doc, f"Program: {p['program']}   |   Payer: {p['payer_name']} ({p['patient']['member_id']})", size=9)
    th, md = prov(p, "therapist"), prov(p, "psychiatrist")
    table(doc, [["Intake/Admission Date", "Plan Completed", "Next Review", "Expected Duration"],
                [fd(p, p["admission"]), fd(p, p["plan_date"]), fd(p, p["reviews"][0]["date"]), p["duration"]]], size=9)
    para(doc, "")
    para(doc, "Diagnoses", bold=True)
    table(doc, [["Rank", "ICD-10-CM", "Description"]] +
          [["1 (primary)" if x["primary"] else str(i + 1), x["code"], x["desc"]] for i, x in enumerate(p["dx"])], size=9)
    para(doc, "Presenting problem: " + p["presenting"])
    for pr, g in all_goals(p):
        para(doc, f"{g['label']}: {g['statement']}", bold=True)
        table(doc, [["Obj #", "Target", "Objective"]] + [[o["label"], fd(p, o["target_date"]), o["statement"]] for o in g["objectives"]], size=9)
        para(doc, "")
    para(doc, "Treatment Modalities", bold=True)
    table(doc, [["Service", "Code", "Frequency", "Length"]] + [[s["desc"], s["code"], s["freq"], s["amount"]] for s in p["services"]], size=9)
    para(doc, f"Treating therapist: {cred_join(th['name'], th['cred'])} NPI {th['npi']};  Psychiatrist: {cred_join(md['name'], md['cred'])} NPI {md['npi']}")
    para(doc, "")
    para(doc, "Signatures", bold=True)
    for s in p["sigs"]:
        para(doc, f"✔ {s['label']}: {cred_join(s['name'], s['cred'])} — e-signed {fd(p, s['date'])} {s['time']}", size=9)
    para(doc, f"Audit: plan created {fd(p, p['plan_date'])} 10:21 (fitzwater.l); locked {fd(p, p['sigs'][2]['date'])} 08:52", size=7.5, italic=True)
    return doc


# ---- 24 tab form, PA
def L_tabs2(p):
    doc = new_doc("Calibri", 10.5)
    para(doc, p["org"], bold=True, size=12, space_after=0)
    para(doc, p["org_addr"], size=8.5)
    para(doc, p["title"], bold=True, size=12)
    th = prov(p, "therapist")
    st = [1.6, 3.7, 5.3]
    tabbed(doc, ["Client name", pname(p), "DOB", fd(p, p["patient"]["dob"])], st)
    tabbed(doc, ["Insurance", p["payer_name"], "ID #", p["patient"]["member_id"]], st)
    tabbed(doc, ["Intake date", fd(p, p["admission"]), "Plan date", fd(p, p["plan_date"])], st)
    tabbed(doc, ["Therapist", cred_join(th["name"], th["cred"]), "NPI", th["npi"]], st)
    tabbed(doc, ["Diagnosis", f"{p['dx'][0]['code']} {p['dx'][0]['desc']}"], [1.6])
    para(doc, "")
    para(doc, "Presenting problem", bold=True)
    para(doc, p["presenting"])
    g = p["problems"][0]["goals"][0]
    tabbed(doc, ["Goal", g["statement"]], [1.6])
    for i, o in enumerate(g["objectives"], 1):
        tabbed(doc, [f"Objective {i}", o["statement"], "by", fd(p, o["target_date"])], [1.6, 5.6, 6.0], bold_labels=False)
    para(doc, "")
    s = p["services"][0]
    tabbed(doc, ["Modality", f"{s['desc']} ({s['code']})", "Freq", s["freq"]], st)
    tabbed(doc, ["Session", s["amount"], "Duration", p["duration"]], st)
    para(doc, "")
    for sg in p["sigs"]:
        tabbed(doc, [sg["label"], cred_join(sg["name"], sg["cred"]), "Date", fd(p, sg["date"])], [1.6, 4.6, 5.3], leader="lines")
    return doc


# ---- 25 two-column problem/goal table, underscore signature lines
def L_twocol(p):
    doc = new_doc("Book Antiqua", 10.5)
    para(doc, p["org"], bold=True, size=13, align="center")
    para(doc, p["title"], bold=True, align="center")
    th = p["providers"][0]
    para(doc, f"Name: {pname(p)}        Birthdate: {fd(p, p['patient']['dob'])}        Medicare #: {p['patient']['member_id']}")
    para(doc, f"Admission (intake) date: {fd(p, p['admission'])}        Treatment plan date: {fd(p, p['plan_date'])}")
    para(doc, f"Therapist: {cred_join(th['name'], th['cred'])}, NPI {th['npi']}        Program: {p['program']}")
    para(doc, f"Diagnosis: {p['dx'][0]['code']} {p['dx'][0]['desc']}")
    para(doc, "Reason for referral: " + p["presenting"])
    rows = [["Problem / Goal", "Objectives (measurable, with target date)"]]
    for pr, g in all_goals(p):
        left = f"Problem: {pr['statement']}\n{g['label']}: {g['statement']}" + (f" (by {fd(p, g['target_date'])})" if g["target_date"] else "")
        right = "\n".join(f"• {o['statement']} — by {fd(p, o['target_date'])}" for o in g["objectives"])
        rows.append([left, right])
    table(doc, rows, widths=[3.0, 3.8])
    para(doc, "")
    para(doc, "Modalities: " + "; ".join(f"{s['desc']} ({s['code']}), {s['amount']}, {s['freq']}" for s in p["services"]))
    para(doc, f"Expected duration of treatment: {p['duration']}")
    para(doc, "")
    for s in p["sigs"]:
        para(doc, f"__{cred_join(s['name'], s['cred'])}__________________   {s['label']}          Date: __{fd(p, s['date'])}__")
    return doc


# ---- 26 label: value paragraphs + signature table with dd-Mon-yyyy
def L_sigtable_dmon(p):
    doc = new_doc("Calibri", 10.5)
    para(doc, p["org"], bold=True, size=12)
    para(doc, p["title"], bold=True, size=12)
    th, md = prov(p, "therapist"), prov(p, "psychiatrist")
    for a, b in [("Client", pname(p)), ("DOB", fd(p, p["patient"]["dob"])), ("Medicare Beneficiary Identifier", p["patient"]["member_id"]),
                 ("Program", p["program"]), ("Intake Date", fd(p, p["admission"])), ("Plan Date", fd(p, p["plan_date"])),
                 ("Primary Therapist", f"{cred_join(th['name'], th['cred'])} (NPI {th['npi']})"),
                 ("Psychiatrist", f"{cred_join(md['name'], md['cred'])} (NPI {md['npi']})"),
                 ("Diagnosis", f"{p['dx'][0]['code']} {p['dx'][0]['desc']}"), ("Expected Duration", p["duration"])]:
        runs(doc, [(a + ": ", True), b])
    para(doc, "Presenting problem: " + p["presenting"])
    g = p["problems"][0]["goals"][0]
    runs(doc, [("GOAL: ", True), g["statement"]])
    for i, o in enumerate(g["objectives"], 1):
        para(doc, f"Objective {i}: {o['statement']} (target {fd(p, o['target_date'])})")
    s = p["services"][0]
    runs(doc, [("MODALITY: ", True), f"{s['desc']} {s['code']} — {s['freq']}, {s['amount']} per session"])
    para(doc, "")
    sig_lines_table(doc, p, cols=("Role", "Signature", "Credentials", "Date"))
    return doc


# ---- 28 CMS-485-like numbered boxes
def L_cms485(p):
    doc = new_doc("Arial", 8.5, 0.5)
    para(doc, "Department of Health and Human Services / Centers for Medicare & Medicaid Services", size=7, space_after=0)
    para(doc, p["title"], bold=True, size=11, align="center")
    md = prov(p, "physician")
    t = doc.add_table(rows=0, cols=6)
    t.style = "Table Grid"

    def row(*cells):
        r = t.add_row()
        i = 0
        for text, span in cells:
            c = r.cells[i]
            if span > 1:
                c = c.merge(r.cells[i + span - 1])
            cell_text(c, text, size=8)
            i += span

    row((f"1. Patient's HI Claim No.\n{p['patient']['member_id']}", 2), (f"2. Start Of Care Date\n{fd(p, p['first_tx'])}", 1),
        (f"3. Certification Period\nFrom: {fd(p, p['period'][0])}  To: {fd(p, p['period'][1])}", 2), (f"4. Medical Record No.\nTC-{p['id']}0417", 1))
    row((f"5. Provider No.\n{p['org_provider_no']}", 1), (f"6. Patient's Name and Address\n{pname(p)}\n18 Dunmore Ct, Fallowfield, OH 44999", 3),
        (f"7. Provider's Name, Address\n{p['org']}\n{p['org_addr']}", 2))
    row((f"8. Date of Birth\n{fd(p, p['patient']['dob'])}", 2), (f"9. Sex  ☒ M  ☐ F", 1), (f"10. Medications: Dose/Frequency/Route\nFurosemide 40 mg PO daily; metoprolol succinate 50 mg PO daily; apixaban 5 mg PO BID", 3))
    dx1 = primary_dx(p)
    row((f"11. ICD-10-CM  Principal Diagnosis\n{dx1['code']}  {dx1['desc']}", 3), (f"Date\n12/29/2025 (E)", 1), ("12. Surgical Procedure\nN/A", 2))
    others = "\n".join(f"{x['code']}  {x['desc']}" for x in p["dx"] if not x["primary"])
    row((f"13. ICD-10-CM  Other Pertinent Diagnoses\n{others}", 6))
    row(("14. DME and Supplies\nRolling walker, tub bench, scale", 3), ("15. Safety Measures\nFall precautions, bleeding precautions", 3))
    row(("16. Nutritional Req.\n2 g sodium, 1.5 L fluid restriction", 3), ("17. Allergies\nNKDA", 3))
    row(("18.A. Functional Limitations\n☒ Endurance  ☒ Ambulation  ☒ Dyspnea with minimal exertion", 3), ("18.B. Activities Permitted\n☒ Walker  ☒ Up as tolerated", 3))
    row(("19. Mental Status\n☒ Oriented", 2), ("20. Prognosis\n☒ Fair", 2), ("Homebound: requires walker and assistance to leave home; leaving home is a taxing effort.", 2))
    orders = "\n".join(f"{s['desc']} ({s['code']}) — frequency {s['freq']} ({s['duration']})" for s in p["services"])
    row((f"21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)\n{orders}\n"
         f"Duration of plan: {p['duration']} (certification period).", 6))
    goals = "\n".join(f"- {g['statement']} by {fd(p, g['target_date'])}" for _, g in all_goals(p))
    row((f"22. Goals/Rehabilitation Potential/Discharge Plans\n{goals}\nRehab potential: fair to good. Discharge when goals met, "
         f"to self-care with daughter's help. Recertification visit due {fd(p, p['reviews'][0]['date'])}.", 6))
    rn = sig_of(p, "clinician")
    row((f"23. Nurse's Signature and Date of Verbal SOC Where Applicable\n{cred_join(rn['name'], rn['cred'])}  {fd(p, rn['date'])}", 4),
        (f"25. Date HHA Received Signed POT\n{fd(p, sig_of(p, 'physician')['date'])}", 2))
    row((f"24. Physician's Name and Address\n{cred_join(md['name'], md['cred'])}, NPI {md['npi']}\n600 Health Plaza, Fallowfield, OH 44999", 3),
        ("26. I certify that this patient is confined to his home and needs intermittent skilled nursing care and physical therapy. "
         "The patient is under my care, and I have authorized the services on this plan of care and will periodically review it.", 3))
    ps = sig_of(p, "physician")
    row((f"27. Attending Physician's Signature and Date Signed\n{cred_join(ps['name'], ps['cred'])} (signed)   {fd(p, ps['date'])}", 4),
        ("28. Anyone who misrepresents, falsifies, or conceals essential information required for payment of Federal funds may be subject to fine, imprisonment, or civil penalty.", 2))
    para(doc, "Form CMS-485 layout (agency reproduction)", size=6.5, italic=True)
    return doc


# ---- 29 label above value, paragraphs
def L_above2(p):
    doc = new_doc("Calibri", 10.5)
    para(doc, p["org"], bold=True, size=13, color=(0, 97, 97), space_after=0)
    para(doc, p["title"].upper(), bold=True, size=11)
    md = prov(p, "physician")

    def lv(label, value):
        para(doc, label.upper(), size=7.5, color=(110, 110, 110), space_after=0)
        para(doc, value, space_after=6)

    lv("Patient", pname(p))
    lv("Date of birth", fd(p, p["patient"]["dob"]))
    lv("Medicare number", p["patient"]["member_id"])
    lv("Start of care", fd(p, p["first_tx"]))
    lv("Certification period", f"{fd(p, p['period'][0])} through {fd(p, p['period'][1])}")
    lv("Principal diagnosis", f"{p['dx'][0]['code']} {p['dx'][0]['desc']}")
    lv("Other diagnoses", "; ".join(f"{x['code']} {x['desc']}" for x in p["dx"][1:]))
    lv("Clinical summary", p["presenting"])
    lv("Orders", "\n".join(f"{s['desc']} ({s['code']}): {s['freq']}, {s['duration']}" for s in p["services"]))
    lv("Goals", "\n".join(f"{i}. {g['statement']} — by {fd(p, g['target_date'])}" for i, (_, g) in enumerate(all_goals(p), 1)))
    lv("Expected duration of services", p["duration"])
    lv("Recertification due", fd(p, p["reviews"][0]["date"]))
    lv("Certifying physician", f"{cred_join(md['name'], md['cred'])}   NPI {md['npi']}")
    c = sig_of(p, "clinician")
    lv("Clinical manager signature / date", f"{cred_join(c['name'], c['cred'])} / {fd(p, c['date'])}")
    lv("Physician signature", f"{md['name']} {md['cred']} (signed)")
    lv("Date signed", "____________________")
    return doc


# ---- 30 real tab-leader dots + literal dots
def L_dots2(p):
    doc = new_doc("Cambria", 10.5)
    para(doc, p["org"], bold=True, size=13, align="center")
    para(doc, p["title"], bold=True, size=11, align="center")
    md = prov(p, "certifying")
    for a, b in [("Patient", pname(p)), ("Birth date", fd(p, p["patient"]["dob"])), ("Medicare ID", p["patient"]["member_id"]),
                 ("Start of care", fd(p, p["first_tx"])), ("Plan of care date", fd(p, p["plan_date"])),
                 ("Certification period", f"{fd(p, p['period'][0])} to {fd(p, p['period'][1])}"),
                 ("Recertification due", fd(p, p["reviews"][0]["date"])),
                 ("Certifying practitioner", f"{cred_join(md['name'], md['cred'])}, NPI {md['npi']}")]:
        tabbed(doc, [a, b], [6.5], leader="dots", right_last=True)
    para(doc, "")
    para(doc, "Diagnoses", bold=True)
    for x in p["dx"]:
        para(doc, f"{x['code']} ......... {x['desc']}", space_after=0)
    para(doc, "Homebound status / summary", bold=True)
    para(doc, p["presenting"])
    para(doc, "Orders", bold=True)
    for s in p["services"]:
        tabbed(doc, [f"{s['desc']} ({s['code']})", f"{s['freq']} x {s['duration']}"], [6.5], leader="dots", right_last=True, bold_labels=False)
    para(doc, f"Services needed {p['duration']}.")
    para(doc, "Goals", bold=True)
    for _, g in all_goals(p):
        para(doc, f"{g['statement']} .......... by {fd(p, g['target_date'])}", space_after=0)
    para(doc, "")
    for s in p["sigs"]:
        tabbed(doc, [f"{s['label']}: {cred_join(s['name'], s['cred'])}", f"Date {fd(p, s['date'])}"], [6.5], leader="lines", right_last=True)
    return doc


# ---- 31 agency orders list
def L_hh_orders(p):
    doc = new_doc("Arial", 9.5)
    set_header(doc, p["org"], f"Patient: {pname(p)}")
    para(doc, p["title"], bold=True, size=12)
    md = prov(p, "physician")
    table(doc, [["Patient", "DOB", "Medicare #", "SOC", "Cert period"],
                [pname(p), fd(p, p["patient"]["dob"]), p["patient"]["member_id"], fd(p, p["first_tx"]),
                 f"{fd(p, p['period'][0])} – {fd(p, p['period'][1])}"]])
    para(doc, "")
    para(doc, "Diagnoses", bold=True)
    for x in p["dx"]:
        para(doc, f"{'PRIMARY' if x['primary'] else 'OTHER'}: {x['code']} {x['desc']}", space_after=0)
    para(doc, "Summary: " + p["presenting"])
    para(doc, "ORDERS FOR DISCIPLINE AND TREATMENTS", bold=True)
    para(doc, "SN: " + p["services"][0]["freq"] + " — " + p["services"][0]["desc"][4:] + f" ({p['services'][0]['code']}). Teach daily weights, "
              "2 g Na diet, s/s of fluid overload, glucose monitoring, Foley care to caregiver.")
    para(doc, "SN: PRN visits for Foley catheter problems (blockage, leakage, dislodgement).")
    para(doc, "HHA: " + p["services"][2]["freq"] + " — " + p["services"][2]["desc"][5:] + f" ({p['services'][2]['code']}).")
    para(doc, f"Certification period {p['duration']}; recertification assessment {fd(p, p['reviews'][0]['date'])}.")
    para(doc, "GOALS", bold=True)
    for _, g in all_goals(p):
        para(doc, f"• {g['statement']} by {fd(p, g['target_date'])}", space_after=0)
    para(doc, "")
    table(doc, [["", "Name", "Signature", "Date"],
                ["RN case manager", cred_join(p["sigs"][0]["name"], p["sigs"][0]["cred"]), "(signed)", fd(p, p["sigs"][0]["date"])],
                ["Attending physician", f"{cred_join(md['name'], md['cred'])} NPI {md['npi']}", "(signed)", fd(p, p["sigs"][1]["date"])]])
    return doc


# ---- ABA helpers
def aba_dx_line(p):
    x = primary_dx(p)
    return f"{x['code']} {x['desc']} — diagnosed by {x['by']} on {fd(p, x['on'])}"


# ---- 34 ABA goals table, column order Domain | Target Date | Goal | Baseline | Mastery
def L_aba_table(p):
    doc = new_doc("Calibri", 10)
    para(doc, p["org"], bold=True, size=13, align="center", space_after=0)
    para(doc, p["org_addr"], size=8, align="center")
    para(doc, p["title"], bold=True, size=12, align="center")
    b = p["providers"][0]
    table(doc, [["Child", pname(p), "DOB", fd(p, p["patient"]["dob"])],
                ["Insurance", p["payer_name"], "Member ID", p["patient"]["member_id"]],
                ["Plan date", fd(p, p["plan_date"]), "Authorization period", f"{fd(p, p['period'][0])} - {fd(p, p['period'][1])}"],
                ["Supervising BCBA", cred_join(b["name"], b["cred"]), "BCBA NPI", b["npi"]]], header=False)
    para(doc, "")
    runs(doc, [("Diagnosis: ", True), aba_dx_line(p)])
    runs(doc, [("Reason for referral: ", True), p["presenting"]])
    para(doc, "Assessments", bold=True)
    table(doc, [["Instrument", "Date administered", "Results"]] +
          [[a["instrument"], fd(p, a["date"]), "; ".join(f"{k} {v}" for k, v in a["scores"].items())] for a in p["assessments"]])
    para(doc, "")
    para(doc, "Treatment Goals", bold=True)
    table(doc, [["Domain", "Target Date", "Goal", "Baseline", "Mastery Criteria"]] +
          [[g["domain"], fd(p, g["target_date"]), g["statement"], g["baseline"], g["mastery"]] for _, g in all_goals(p)],
          widths=[1.1, 0.9, 2.4, 1.2, 1.5], size=9)
    para(doc, "")
    para(doc, "Requested Services", bold=True)
    table(doc, [["CPT", "Service", "Hours per week"]] + [[s["code"], s["desc"], s["hpw"]] for s in p["services"]])
    para(doc, f"Requested period: {p['duration']} ({fd(p, p['period'][0])} through {fd(p, p['period'][1])}). "
              f"Next progress review: {fd(p, p['reviews'][0]['date'])}.")
    para(doc, "")
    sig_lines_table(doc, p, cols=("Role", "Signature", "Credential", "Date"))
    return doc


# ---- 35 ABA EHR export with audit trail
def L_ehr_aba(p):
    doc = new_doc("Tahoma", 9)
    set_header(doc, f"{p['org']}  ::  {pname(p)}  ::  Member {p['patient']['member_id']}", "CONFIDENTIAL")
    set_header(doc, f"{p['org']}  ::  {pname(p)}  ::  Member {p['patient']['member_id']}", "CONFIDENTIAL",
               footer=f"Printed on {fd(p, D(p['as_of']))} 16:40 by caleb.fm — report TXPLAN-v7")
    para(doc, p["title"], bold=True, size=12)
    b = p["providers"][0]
    for line in [f"Client Name: {pname(p)}    Date of Birth: {fd(p, p['patient']['dob'])}    Member ID: {p['patient']['member_id']}",
                 f"Payer: {p['payer_name']}    Rendering BCBA: {cred_join(b['name'], b['cred'])}    NPI: {b['npi']}",
                 f"Plan Date: {fd(p, p['plan_date'])}    Authorization Period Requested: {fd(p, p['period'][0])} to {fd(p, p['period'][1])}",
                 f"Next Review Date: {fd(p, p['reviews'][0]['date'])}"]:
        para(doc, line, space_after=1)
    para(doc, "Diagnosis:", bold=True)
    para(doc, "Dx 1: " + aba_dx_line(p))
    para(doc, "Summary of progress / presenting concerns:", bold=True)
    para(doc, p["presenting"])
    para(doc, "Standardized assessment:", bold=True)
    for a in p["assessments"]:
        para(doc, f"{a['instrument']} administered {fd(p, a['date'])} — " + "; ".join(f"{k}: {v}" for k, v in a["scores"].items()))
    para(doc, "Treatment goals:", bold=True)
    for i, (_, g) in enumerate(all_goals(p), 1):
        para(doc, f"Goal {i} ({g['domain']}): {g['statement']}", space_after=0)
        para(doc, f"    Baseline: {g['baseline']} | Mastery: {g['mastery']} | Target: {fd(p, g['target_date'])}")
    para(doc, "Service request:", bold=True)
    for s in p["services"]:
        para(doc, f"{s['code']} {s['desc']} — {s['hpw']}", space_after=0)
    para(doc, f"Plan period: {p['duration']}")
    para(doc, "Signatures:", bold=True)
    for s in p["sigs"]:
        para(doc, f"Electronically signed by {cred_join(s['name'], s['cred'])} ({s['label']}) on {fd(p, s['date'])} {s['time']}")
    para(doc, "Audit trail", bold=True, size=8)
    for line in [f"{fd(p, p['plan_date'])} 09:02 draft created (caleb.fm)", f"{fd(p, p['plan_date'])} 10:14 signed (caleb.fm)",
                 f"{fd(p, p['plan_date'])} 10:31 guardian signature captured on tablet", f"{fd(p, p['plan_date'])} 10:40 submitted to payer portal"]:
        para(doc, line, size=7.5, space_after=0)
    return doc


# ---- 36 ABA cell label/value grid
def L_cellkv2(p):
    doc = new_doc("Calibri", 10)
    para(doc, p["org"], bold=True, size=12)
    para(doc, p["title"], bold=True, size=11)
    b = p["providers"][0]
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    vals = [f"Child's name: {pname(p)}", f"Date of birth: {fd(p, p['patient']['dob'])}",
            f"Insurance ID: {p['patient']['member_id']}", f"Plan: {p['payer_name']}",
            f"Treatment plan date: {fd(p, p['plan_date'])}", f"Authorization dates: {fd(p, p['period'][0])} - {fd(p, p['period'][1])}",
            f"BCBA: {cred_join(b['name'], b['cred'])} (NPI {b['npi']})", f"Next review: {fd(p, p['reviews'][0]['date'])}"]
    for i, v in enumerate(vals):
        cell_text(t.cell(i // 2, i % 2), v)
    para(doc, "")
    t = doc.add_table(rows=3, cols=1)
    t.style = "Table Grid"
    dx = "\n".join([f"Primary diagnosis: {aba_dx_line(p)}"] + [f"Secondary diagnosis: {x['code']} {x['desc']}" for x in p["dx"] if not x["primary"]])
    cell_text(t.cell(0, 0), dx)
    cell_text(t.cell(1, 0), "Background: " + p["presenting"])
    a = p["assessments"][0]
    cell_text(t.cell(2, 0), f"Assessment: {a['instrument']} on {fd(p, a['date'])}: " + "; ".join(f"{k} {v}" for k, v in a["scores"].items()))
    para(doc, "")
    t = doc.add_table(rows=len(p["problems"][0]["goals"]), cols=1)
    t.style = "Table Grid"
    for i, (_, g) in enumerate(all_goals(p)):
        cell_text(t.cell(i, 0), f"Goal {i + 1} – {g['domain']}: {g['statement']}\nBaseline: {g['baseline']}\n"
                                f"Mastery criteria: {g['mastery']}\nTarget date: {fd(p, g['target_date'])}")
    para(doc, "")
    t = doc.add_table(rows=1, cols=len(p["services"]))
    t.style = "Table Grid"
    for j, s in enumerate(p["services"]):
        cell_text(t.cell(0, j), f"{s['code']} {s['desc']}: {s['hpw']}")
    para(doc, f"Duration requested: {p['duration']}")
    para(doc, "")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for j, s in enumerate(p["sigs"]):
        cell_text(t.cell(0, j), f"{s['label']}: {cred_join(s['name'], s['cred'])}\nSigned: {fd(p, s['date'])}")
    return doc


# ---- 37 decimal outline
def L_outline2(p):
    doc = new_doc("Calibri", 10.5)
    para(doc, p["org"], bold=True, size=13)
    para(doc, p["title"], bold=True, size=12)
    b = p["providers"][0]
    para(doc, "1. Client and provider", bold=True)
    para(doc, f"1.1 Name: {pname(p)}; date of birth {fd(p, p['patient']['dob'])}", space_after=0)
    para(doc, f"1.2 Health plan: {p['payer_name']}; member ID {p['patient']['member_id']}", space_after=0)
    para(doc, f"1.3 Provider: {cred_join(b['name'], b['cred'])}, NPI {b['npi']}")
    para(doc, "2. Diagnosis and assessment", bold=True)
    para(doc, f"2.1 {aba_dx_line(p)}", space_after=0)
    for i, a in enumerate(p["assessments"], 2):
        para(doc, f"2.{i} {a['instrument']}, {fd(p, a['date'])}: " + "; ".join(f"{k} {v}" for k, v in a["scores"].items()), space_after=0)
    para(doc, f"2.{len(p['assessments']) + 2} Presenting concerns: {p['presenting']}")
    para(doc, "3. Goals", bold=True)
    for i, (_, g) in enumerate(all_goals(p), 1):
        para(doc, f"3.{i} {g['domain']}: {g['statement']}", space_after=0)
        para(doc, f"      3.{i}.1 Baseline: {g['baseline']}", space_after=0)
        para(doc, f"      3.{i}.2 Mastery criterion: {g['mastery']}", space_after=0)
        para(doc, f"      3.{i}.3 Target date: {fd(p, g['target_date'])}")
    para(doc, "4. Services requested", bold=True)
    for i, s in enumerate(p["services"], 1):
        para(doc, f"4.{i} {s['code']} {s['desc']}: {s['hpw']}", space_after=0)
    para(doc, f"4.{len(p['services']) + 1} Authorization period: {fd(p, p['period'][0])} to {fd(p, p['period'][1])} ({p['duration']})")
    para(doc, "5. Review", bold=True)
    para(doc, f"5.1 Next progress review: {fd(p, p['reviews'][0]['date'])}")
    para(doc, "6. Signatures", bold=True)
    for i, s in enumerate(p["sigs"], 1):
        para(doc, f"6.{i} {s['label']}: {cred_join(s['name'], s['cred'])}, signed {fd(p, s['date'])}", space_after=0)
    return doc


# ---- 38 ABA checkbox form with narrative
def L_checkbox_aba(p):
    doc = new_doc("Arial", 9.5)
    para(doc, p["org"], bold=True, size=12, align="center")
    para(doc, p["title"], bold=True, size=11, align="center")
    para(doc, "Request type:  ☒ Initial   ☐ Continuation   ☐ Modification")
    para(doc, "Setting:  ☒ Home   ☒ Clinic   ☐ School   ☐ Community")
    b = p["providers"][0]
    para(doc, f"Child: {pname(p)}      DOB: {fd(p, p['patient']['dob'])}      Member ID: {p['patient']['member_id']}      Plan: {p['payer_name']}")
    para(doc, f"Plan date: {fd(p, p['plan_date'])}      Requested period: {fd(p, p['period'][0])} to {fd(p, p['period'][1])}")
    para(doc, f"BCBA: {cred_join(b['name'], b['cred'])}      NPI: {b['npi']}")
    para(doc, "Diagnosis", bold=True)
    para(doc, "☒ F84.0 Autistic disorder   ☐ F84.5 Asperger's syndrome   ☐ F84.9 Pervasive developmental disorder, unspecified")
    x = primary_dx(p)
    para(doc, f"Diagnosing clinician: {x['by']}      Date of diagnosis: {fd(p, x['on'])}")
    para(doc, "Background", bold=True)
    para(doc, f"{pname(p).split()[0]} is a 4-year-old boy who lives with his mother and grandmother. {p['presenting']} He attends a "
              "half-day preschool program three mornings a week.")
    para(doc, "Assessment", bold=True)
    a = p["assessments"][0]
    para(doc, f"☒ VB-MAPP ({fd(p, a['date'])}): milestones {a['scores']['Milestones']}, barriers score {a['scores']['Barriers']}.   ☐ ABLLS-R   ☐ Vineland-3")
    para(doc, "Goals", bold=True)
    for i, (_, g) in enumerate(all_goals(p), 1):
        para(doc, f"{i}. [{g['domain']}] {g['statement']}", space_after=0)
        para(doc, f"      Baseline: {g['baseline']}.  Mastery: {g['mastery']}.  Target date: {fd(p, g['target_date'])}.")
    para(doc, "Hours requested", bold=True)
    for s in p["services"]:
        para(doc, f"☒ {s['code']} {s['desc']} — {s['hpw']}", space_after=0)
    para(doc, "☐ 97151 Behavior identification assessment (reassessment)")
    para(doc, f"Duration of request: {p['duration']}.  Progress report/next review due: {fd(p, p['reviews'][0]['date'])}.")
    para(doc, "")
    for s in p["sigs"]:
        para(doc, f"{s['label']} signature: {cred_join(s['name'], s['cred'])}          Date: {fd(p, s['date'])}")
    return doc


# ---- 39 ABA bilingual
def L_bilingual_aba(p):
    doc = new_doc("Calibri", 10)
    para(doc, p["org"], bold=True, size=12, align="center")
    para(doc, p["title"], bold=True, size=11, align="center")
    b = p["providers"][0]
    x = primary_dx(p)
    table(doc, [["Nombre del niño(a) / Child's name", pname(p)], ["Fecha de nacimiento / DOB", fd(p, p["patient"]["dob"])],
                ["Seguro / Insurance", p["payer_name"]], ["Número de miembro / Member ID", p["patient"]["member_id"]],
                ["Fecha del plan / Plan date", fd(p, p["plan_date"])],
                ["Periodo de autorización / Authorization period", f"{fd(p, p['period'][0])} – {fd(p, p['period'][1])}"],
                ["Analista / BCBA", f"{cred_join(b['name'], b['cred'])} — NPI {b['npi']}"],
                ["Diagnóstico / Diagnosis", f"{x['code']} {x['desc']}"],
                ["Diagnosticado por / Diagnosed by", f"{x['by']}, {fd(p, x['on'])}"],
                ["Evaluación / Assessment", f"{p['assessments'][0]['instrument']} — {fd(p, p['assessments'][0]['date'])} (ABC {p['assessments'][0]['scores']['ABC']})"],
                ["Próxima revisión / Next review", fd(p, p["reviews"][0]["date"])]], header=False, widths=[2.8, 4.0])
    para(doc, "Motivo / Reason: " + p["presenting"])
    para(doc, "Metas / Goals", bold=True)
    table(doc, [["Área / Domain", "Meta / Goal", "Línea base / Baseline", "Criterio / Mastery", "Fecha / Target"]] +
          [[g["domain"], g["statement"], g["baseline"], g["mastery"], fd(p, g["target_date"])] for _, g in all_goals(p)], size=9)
    para(doc, "Servicios / Services", bold=True)
    table(doc, [["Código / Code", "Servicio / Service", "Horas / Hours"]] + [[s["code"], s["desc"], s["hpw"]] for s in p["services"]])
    para(doc, f"Duración / Duration: {p['duration']}")
    para(doc, "")
    bc = p["sigs"][0]
    para(doc, f"{bc['label']}: {cred_join(bc['name'], bc['cred'])}    Fecha / Date: {fd(p, bc['date'])}")
    para(doc, f"{p['sigs'][1]['label']}: ______________________________    Fecha / Date: __________")
    return doc


# ---- 40 ABA narrative letter
def L_letter_aba(p):
    doc = new_doc("Cambria", 11, 1.0)
    para(doc, p["org"], bold=True, size=14, space_after=0)
    para(doc, p["org_addr"], size=9)
    para(doc, fd(p, p["plan_date"]))
    para(doc, f"Utilization Management Department\n{p['payer_name']}")
    para(doc, f"Re: {p['title']} for {pname(p)}, DOB {fd(p, p['patient']['dob'])}, Member ID {p['patient']['member_id']}", bold=True)
    para(doc, "To the reviewer:")
    x = primary_dx(p)
    para(doc, f"{pname(p).split()[0]} was diagnosed with autism spectrum disorder ({x['code']}, {x['desc'].lower()}) by {x['by']} "
              f"on {fd(p, x['on'])}. {p['presenting']}")
    para(doc, "He was assessed with the " + " and the ".join(f"{a['instrument']} on {fd(p, a['date'])}" for a in p["assessments"]) +
              "; the Vineland-3 Adaptive Behavior Composite was 74. Full score reports are attached.")
    para(doc, f"We request authorization for {p['duration']}, from {fd(p, p['period'][0])} through {fd(p, p['period'][1])}, "
              "for the following services: " + "; ".join(f"{s['code']} ({s['desc'].lower()}) {s['hpw']}" for s in p["services"]) +
              f". Progress will be reviewed and the plan updated by {fd(p, p['reviews'][0]['date'])}.")
    para(doc, "The treatment goals are:")
    for i, (_, g) in enumerate(all_goals(p)):
        para(doc, f"{chr(65 + i)}. {g['domain']}: {g['statement']}.", space_after=0)
        para(doc, f"      Baseline: {g['baseline']}. Mastery criterion: {g['mastery']}. Target date: {fd(p, g['target_date'])}.")
    b = p["providers"][0]
    para(doc, "Please contact me with any questions.")
    para(doc, f"Respectfully,\n\n/s/ {cred_join(b['name'], b['cred'])}\nSupervising Board Certified Behavior Analyst, NPI {b['npi']}\n"
              f"Signed {fd(p, p['sigs'][0]['date'])}")
    g = p["sigs"][1]
    para(doc, f"Parent/guardian acknowledgment: I have reviewed and agree with this treatment plan.\n/s/ {g['name']} (mother)   {fd(p, g['date'])}")
    return doc


# ---- SUD helpers
def iv_text(iv):
    bits = [iv["desc"]]
    if iv.get("freq"):
        bits.append(iv["freq"])
    if iv.get("amount"):
        bits.append(iv["amount"])
    return ", ".join(bits)


# ---- 43 NY grid
def L_grid_sud(p):
    doc = new_doc("Arial", 9.5)
    para(doc, p["org"], bold=True, size=12, align="center", space_after=0)
    para(doc, "OASAS-certified program  |  " + p["org_addr"], size=8, align="center")
    para(doc, p["title"], bold=True, size=11, align="center")
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"

    def hdr(text):
        r = t.add_row()
        cell_text(r.cells[0].merge(r.cells[3]), text, bold=True, shade="C6E0B4")

    def kv(a, b, c, d):
        r = t.add_row()
        cell_text(r.cells[0], a, bold=True); cell_text(r.cells[1], b); cell_text(r.cells[2], c, bold=True); cell_text(r.cells[3], d)

    hdr("Patient")
    kv("Name", pname(p), "DOB", fd(p, p["patient"]["dob"]))
    kv("Medicaid CIN", p["patient"]["member_id"], "Payer", p["payer_name"])
    kv("Admission date", fd(p, p["admission"]), "Plan date", fd(p, p["plan_date"]))
    kv("Service", p["program"], "Est. length of stay", p["duration"])
    hdr("Diagnoses (DSM-5-TR / ICD-10-CM)")
    for x in p["dx"]:
        r = t.add_row()
        cell_text(r.cells[0], x["code"]); cell_text(r.cells[1].merge(r.cells[3]), x["desc"] + (" (primary)" if x["primary"] else ""))
    hdr("Presenting problems")
    r = t.add_row()
    cell_text(r.cells[0].merge(r.cells[3]), p["presenting"])
    doc.add_paragraph()
    for n, pr in enumerate(p["problems"], 1):
        para(doc, f"Problem {n}: {pr['statement']}", bold=True)
        for g in pr["goals"]:
            para(doc, f"Goal: {g['statement']}")
            table(doc, [["Objective", "Target date", "Responsible"]] + [[o["statement"], fd(p, o["target_date"]), "Patient / counselor"] for o in g["objectives"]], size=9)
        para(doc, "")
    para(doc, "Methods of treatment", bold=True)
    table(doc, [["Service", "Frequency", "Length"]] + [[iv["desc"], iv["freq"], iv["amount"]] for iv in p["interventions"]], size=9)
    para(doc, "")
    table(doc, [["Signature", "Name / credential", "Date"]] +
          [[s["label"], cred_join(s["name"], s["cred"]), fd(p, s["date"])] for s in p["sigs"]])
    return doc


# ---- 44 NY label above value + SOAP-ish blocks
def L_above_sud(p):
    doc = new_doc("Calibri", 10.5)
    para(doc, p["org"], bold=True, size=12, space_after=0)
    para(doc, p["title"], size=12)

    def lv(label, value):
        para(doc, label, bold=True, size=8, space_after=0)
        para(doc, value, space_after=5)

    lv("PATIENT NAME", pname(p)); lv("DATE OF BIRTH", fd(p, p["patient"]["dob"])); lv("MEMBER ID", p["patient"]["member_id"])
    lv("PROGRAM", p["program"]); lv("DATE OF ADMISSION", fd(p, p["admission"])); lv("TREATMENT PLAN DATE", fd(p, p["plan_date"]))
    lv("DIAGNOSIS", "; ".join(f"{x['code']} {x['desc']}" for x in p["dx"]))
    para(doc, "S — Patient's view", bold=True)
    para(doc, "\"I want to get my kids back and stay off dope.\" " + p["presenting"])
    para(doc, "O — Findings", bold=True)
    para(doc, "COWS 3 today; vitals stable; UDS on admission positive for fentanyl and benzodiazepines.")
    para(doc, "A — Problem", bold=True)
    para(doc, p["problems"][0]["statement"] + ": " + p["problems"][0]["goals"][0]["statement"])
    para(doc, "P — Plan", bold=True)
    for o in p["problems"][0]["goals"][0]["objectives"]:
        para(doc, f"Objective: {o['statement']} (target {fd(p, o['target_date'])})", style="List Bullet")
    for iv in p["interventions"]:
        para(doc, f"Method: {iv_text(iv)}", style="List Bullet")
    lv("ANTICIPATED LENGTH OF STAY", p["duration"])
    for s in p["sigs"]:
        lv(s["label"].upper() + " SIGNATURE / DATE", f"{cred_join(s['name'], s['cred'])}   {fd(p, s['date'])}")
    return doc


# ---- 45 FL roman outline with a., b.
def L_outline_sud(p):
    doc = new_doc("Times New Roman", 11)
    para(doc, p["org"], bold=True, size=13, align="center")
    para(doc, p["title"], bold=True, size=12, align="center")
    para(doc, "I. CLIENT INFORMATION", bold=True)
    for i, (a, b) in enumerate([("Name", pname(p)), ("Date of birth", fd(p, p["patient"]["dob"])), ("Medicaid ID", p["patient"]["member_id"]),
                                ("Payer", p["payer_name"]), ("Level of care", p["level"]), ("Date of admission (placement)", fd(p, p["admission"])),
                                ("Date of treatment plan", fd(p, p["plan_date"])), ("Projected length of stay", p["duration"])]):
        para(doc, f"   {chr(65 + i)}. {a}: {b}", space_after=0)
    para(doc, "II. DIAGNOSES", bold=True)
    for i, x in enumerate(p["dx"]):
        para(doc, f"   {chr(65 + i)}. {x['code']} {x['desc']}", space_after=0)
    para(doc, "III. ASSESSED NEEDS", bold=True)
    para(doc, "   " + p["presenting"])
    para(doc, "IV. PROBLEMS, GOALS AND OBJECTIVES", bold=True)
    for i, pr in enumerate(p["problems"]):
        para(doc, f"   {chr(65 + i)}. Problem: {pr['statement']}", space_after=0)
        for g in pr["goals"]:
            para(doc, f"      1. Goal: {g['statement']}", space_after=0)
            for j, o in enumerate(g["objectives"]):
                para(doc, f"         {chr(97 + j)}. {o['statement']} — expected completion {fd(p, o['target_date'])}", space_after=0)
    para(doc, "V. SERVICES AND INTERVENTIONS", bold=True)
    for i, iv in enumerate(p["interventions"]):
        para(doc, f"   {chr(65 + i)}. {iv['desc']}: {iv['freq']}, {iv['amount']} per session", space_after=0)
    s = p["services"][0]
    para(doc, f"   {chr(65 + len(p['interventions']))}. {s['desc']} ({s['code']}): {s['freq']} for {s['duration']}")
    para(doc, "VI. SIGNATURES", bold=True)
    for s in p["sigs"]:
        para(doc, f"   {s['label']}: {cred_join(s['name'], s['cred'])}     Date: {fd(p, s['date'])}", space_after=0)
    return doc


# ---- 46 FL tab stops + checkboxes
def L_tabs_sud(p):
    doc = new_doc("Calibri", 10.5)
    para(doc, p["org"], bold=True, size=12, align="center")
    para(doc, p["title"], bold=True, size=12, align="center")
    st = [1.5, 3.7, 5.1]
    tabbed(doc, ["Client:", pname(p), "DOB:", fd(p, p["patient"]["dob"])], st)
    tabbed(doc, ["Member ID:", p["patient"]["member_id"], "Payer:", p["payer_name"]], st)
    tabbed(doc, ["Admitted:", fd(p, p["admission"]), "Plan date:", fd(p, p["plan_date"])], st)
    para(doc, "Level of care:  ☐ Residential Level 1   ☐ Residential Level 2   ☒ Intensive Inpatient   ☐ Day/Night   ☐ Outpatient")
    tabbed(doc, ["Diagnosis:", f"{p['dx'][0]['code']} {p['dx'][0]['desc']}"], [1.5])
    tabbed(doc, ["Est. stay:", p["duration"]], [1.5])
    para(doc, "")
    para(doc, "Presenting problem: " + p["presenting"])
    g = p["problems"][0]["goals"][0]
    tabbed(doc, ["Goal:", g["statement"]], [1.5])
    for i, o in enumerate(g["objectives"], 1):
        tabbed(doc, [f"Obj. {i}:", o["statement"], fd(p, o["target_date"])], [1.5, 5.9], bold_labels=False)
    para(doc, "")
    para(doc, "Services", bold=True)
    for iv in p["interventions"]:
        tabbed(doc, ["☒ " + iv["desc"], iv["freq"], iv["amount"] or ""], [3.6, 5.2], bold_labels=False)
    para(doc, "")
    for s in p["sigs"]:
        tabbed(doc, [f"{s['label']} signature:", cred_join(s["name"], s["cred"]), "Date:", fd(p, s["date"])], [1.8, 4.6, 5.1], leader="lines")
    return doc


# ---- 47 TX checkbox form
def L_checkbox_tx(p):
    doc = new_doc("Arial", 9.5)
    para(doc, p["org"], bold=True, size=12, align="center", space_after=0)
    para(doc, "Licensed Chemical Dependency Treatment Facility", size=8, align="center")
    para(doc, p["title"], bold=True, size=11, align="center")
    st = [1.4, 3.8, 5.0]
    tabbed(doc, ["Client:", pname(p), "DOB:", fd(p, p["patient"]["dob"])], st)
    tabbed(doc, ["Medicaid #:", p["patient"]["member_id"], "Admit date:", fd(p, p["admission"])], st)
    tabbed(doc, ["Plan date:", fd(p, p["plan_date"]), "Counselor:", cred_join(p["providers"][0]["name"], p["providers"][0]["cred"])], st)
    para(doc, "Program:  ☐ Detoxification   ☒ Intensive residential   ☐ Supportive residential   ☐ Intensive outpatient   ☐ Supportive outpatient")
    para(doc, f"Projected length of stay: {p['duration']}")
    para(doc, f"Diagnosis: {p['dx'][0]['code']} {p['dx'][0]['desc']}")
    para(doc, "Counselor NPI: " + p["providers"][0]["npi"])
    para(doc, "Presenting problem: " + p["presenting"])
    for n, pr in enumerate(p["problems"], 1):
        para(doc, f"PROBLEM {n}: {pr['statement']}", bold=True)
        for g in pr["goals"]:
            para(doc, f"Goal: {g['statement']}")
            table(doc, [["Objective (measurable, behavioral)", "Target date", "Achieved"]] +
                  [[o["statement"], fd(p, o["target_date"]), "☐"] for o in g["objectives"]], size=9)
    para(doc, "")
    para(doc, "Strategies / interventions", bold=True)
    table(doc, [["Strategy", "Type", "Frequency", "Duration of session"]] +
          [[iv["desc"], "☒ Individual" if "Individual" in iv["desc"] else "☒ Group", iv["freq"], iv["amount"]] for iv in p["interventions"]], size=9)
    para(doc, "")
    for s in p["sigs"]:
        para(doc, f"☒ {s['label']} signed: {cred_join(s['name'], s['cred'])}      Date: {fd(p, s['date'])}")
    return doc


# ---- 48 TX boxes
def L_boxes_sud(p):
    doc = new_doc("Verdana", 9)
    para(doc, p["org"], bold=True, size=12)
    para(doc, p["title"].upper(), bold=True)
    c = p["providers"][0]
    box(doc, "Client", [f"Name: {pname(p)}    DOB: {fd(p, p['patient']['dob'])}    ID: {p['patient']['member_id']}",
                        f"Admission: {fd(p, p['admission'])}    Plan date: {fd(p, p['plan_date'])}", f"Program: {p['program']}",
                        f"Counselor: {cred_join(c['name'], c['cred'])} (NPI {c['npi']})"], fill="EEF3F8")
    box(doc, "Diagnosis", [f"{x['code']} {x['desc']}" for x in p["dx"]])
    box(doc, "Presenting problem", [p["presenting"]])
    g = p["problems"][0]["goals"][0]
    box(doc, "Goal", [g["statement"]])
    box(doc, "Objectives", [f"• {o['statement']} (by {fd(p, o['target_date'])})" for o in g["objectives"]])
    box(doc, "Strategies", ["• " + iv["desc"] for iv in p["interventions"]])
    box(doc, "Signatures", [f"{s['label']}: {cred_join(s['name'], s['cred'])}   Date: {fd(p, s['date'])}" for s in p["sigs"]])
    return doc


# ---- 49 CA NTP nested tables
def L_nested_ntp(p):
    doc = new_doc("Calibri", 10)
    para(doc, p["org"], bold=True, size=12, align="center")
    para(doc, p["title"], bold=True, size=11, align="center")
    outer = doc.add_table(rows=3, cols=1)
    outer.style = "Table Grid"
    c = outer.cell(0, 0)
    cell_text(c, "Patient and program", bold=True)
    it = c.add_table(rows=4, cols=4)
    it.style = "Table Grid"
    cells = [("Patient", pname(p)), ("DOB", fd(p, p["patient"]["dob"])), ("Medi-Cal CIN", p["patient"]["member_id"]), ("Payer", p["payer_name"]),
             ("Admission (start of maintenance)", fd(p, p["admission"])), ("Plan effective date", fd(p, p["plan_date"])),
             ("Next plan update due", fd(p, p["reviews"][0]["date"])), ("Program", p["program"])]
    for i, (a, b) in enumerate(cells):
        cell_text(it.cell(i // 2, (i % 2) * 2), a, bold=True)
        cell_text(it.cell(i // 2, (i % 2) * 2 + 1), b)
    c.add_paragraph(f"Diagnosis: {p['dx'][0]['code']} {p['dx'][0]['desc']}.  {p['presenting']}")
    c = outer.cell(1, 0)
    cell_text(c, "Problems, goals and short-term objectives", bold=True)
    for pr in p["problems"]:
        for g in pr["goals"]:
            c.add_paragraph(f"Problem: {pr['statement']} — Long-term goal: {g['statement']}")
            gt = c.add_table(rows=1 + len(g["objectives"]), cols=2)
            gt.style = "Table Grid"
            cell_text(gt.cell(0, 0), "Short-term objective", bold=True); cell_text(gt.cell(0, 1), "Target date", bold=True)
            for i, o in enumerate(g["objectives"], 1):
                cell_text(gt.cell(i, 0), o["statement"]); cell_text(gt.cell(i, 1), fd(p, o["target_date"]))
    c.add_paragraph("Services: " + "; ".join(f"{s['desc']} ({s['code']}) {s['freq']}" + (f", {s['amount']}" if s["amount"] else "") for s in p["services"]))
    c = outer.cell(2, 0)
    cell_text(c, "Signatures", bold=True)
    st = c.add_table(rows=1 + len(p["sigs"]), cols=3)
    st.style = "Table Grid"
    for j, h in enumerate(["Role", "Name, credential", "Date"]):
        cell_text(st.cell(0, j), h, bold=True)
    for i, s in enumerate(p["sigs"], 1):
        cell_text(st.cell(i, 0), s["label"]); cell_text(st.cell(i, 1), cred_join(s["name"], s["cred"])); cell_text(st.cell(i, 2), fd(p, s["date"]))
    para(doc, f"NPIs: " + "; ".join(f"{pr['name']} {pr['npi']}" for pr in p["providers"]), size=8)
    return doc


# ---- 50 CA NTP EHR with audit
def L_ehr_ntp(p):
    doc = new_doc("Courier New", 9)
    set_header(doc, f"{p['org']}  -  {pname(p)}  -  DOB {fd(p, p['patient']['dob'])}", "MAINT TX PLAN",
               footer=f"Generated {fd(p, D(p['as_of']))} 11:03 | user: records01 | 42 CFR Part 2 protected record")
    para(doc, p["title"].upper(), bold=True)
    para(doc, f"PATIENT........: {pname(p)}", space_after=0)
    para(doc, f"CIN............: {p['patient']['member_id']}   PAYER: {p['payer_name']}", space_after=0)
    para(doc, f"ADMIT DATE.....: {fd(p, p['admission'])}", space_after=0)
    para(doc, f"PLAN DATE......: {fd(p, p['plan_date'])}", space_after=0)
    para(doc, f"PROGRAM........: {p['program']}", space_after=0)
    para(doc, f"DX.............: {p['dx'][0]['code']} {p['dx'][0]['desc']}")
    para(doc, "PRESENTING: " + p["presenting"])
    for n, pr in enumerate(p["problems"], 1):
        for g in pr["goals"]:
            para(doc, f"PROBLEM {n}: {pr['statement']}  /  GOAL: {g['statement']}", bold=True, space_after=0)
            for o in g["objectives"]:
                para(doc, f"   OBJ: {o['statement']}  TARGET {fd(p, o['target_date'])}", space_after=0)
    para(doc, "")
    para(doc, "SERVICES:", bold=True, space_after=0)
    for s in p["services"]:
        para(doc, f"   {s['code']}  {s['desc']}  {s['freq']}" + (f"  {s['amount']}" if s["amount"] else ""), space_after=0)
    para(doc, "")
    para(doc, "SIGNATURES:", bold=True, space_after=0)
    for s in p["sigs"]:
        para(doc, f"   {s['label'].upper():<22} {cred_join(s['name'], s['cred'])}  e-signed {fd(p, s['date'])} {s['time']}", space_after=0)
    para(doc, "")
    para(doc, "AUDIT:", bold=True, space_after=0)
    for s in p["sigs"]:
        para(doc, f"   {fd(p, s['date'])} {s['time']}  SIGN  {s['name']}", size=7.5, space_after=0)
    para(doc, "NPIs: " + ", ".join(f"{x['name']} {x['npi']}" for x in p["providers"]), size=7.5)
    return doc


LAYOUTS = {
    "grid_merged": L_grid_merged, "dots": L_dots, "outline": L_outline, "letter": L_letter, "ehr": L_ehr,
    "checkbox": L_checkbox, "above": L_above, "tabs": L_tabs, "soap": L_soap, "bilingual": L_bilingual,
    "goalcols": L_goalcols, "ehr_note": L_ehr_note, "letter_psy": L_letter_psy, "boxes": L_boxes, "nested": L_nested,
    "cellkv": L_cellkv, "bold_lists": L_bold_lists, "ehr2": L_ehr2, "tabs2": L_tabs2, "twocol": L_twocol,
    "sigtable_dmon": L_sigtable_dmon, "cms485": L_cms485, "above2": L_above2, "dots2": L_dots2, "hh_orders": L_hh_orders,
    "aba_table": L_aba_table, "ehr_aba": L_ehr_aba, "cellkv2": L_cellkv2, "outline2": L_outline2,
    "checkbox_aba": L_checkbox_aba, "bilingual_aba": L_bilingual_aba, "letter_aba": L_letter_aba,
    "grid_sud": L_grid_sud, "above_sud": L_above_sud, "outline_sud": L_outline_sud, "tabs_sud": L_tabs_sud,
    "checkbox_tx": L_checkbox_tx, "boxes_sud": L_boxes_sud, "nested_ntp": L_nested_ntp, "ehr_ntp": L_ehr_ntp,
}


# ============================================================================= FHIR R4
import uuid

NS = uuid.UUID("6b1d6c2e-4f7a-4b55-9d0e-000000000006")


def uid(p, *parts):
    return str(uuid.uuid5(NS, p["id"] + "/" + "/".join(parts)))


def parse_freq(text):
    """'2x/week' -> (2, 1, 'wk'); 'weekly' -> (1, 1, 'wk'); 'every other week' -> (1, 2, 'wk'); '2w4, 1w4' -> (2, 1, 'wk')."""
    import re
    t = (text or "").lower()
    if t.startswith("weekly") or t in ("once a week", "once weekly"):
        return 1, 1, "wk"
    if "every other week" in t:
        return 1, 2, "wk"
    m = re.match(r"(\d+)\s*(?:x|times?)\s*(?:/|per|a)\s*(?:week|wk)", t) or re.match(r"(\d+)w\d+", t)
    if m:
        return int(m.group(1)), 1, "wk"
    raise ValueError(text)


def fhir_bundle(p):
    pid = uid(p, "patient")
    ent = []

    def add(res):
        ent.append({"fullUrl": f"urn:uuid:{res['id']}", "resource": res})
        return f"urn:uuid:{res['id']}"

    given, family = p["patient"]["name"].rsplit(" ", 1)
    mb_system = "http://hl7.org/fhir/sid/us-mbi" if "Medicare" in p["payer_name"] else "urn:oid:2.16.840.1.113883.3.9999.6"
    add({"resourceType": "Patient", "id": pid,
         "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB",
                                              "display": "Member Number"}], "text": "Member ID"},
                         "system": mb_system, "value": p["patient"]["member_id"]}],
         "name": [{"use": "official", "family": family, "given": given.split()}],
         "gender": p["patient"]["sex"], "birthDate": p["patient"]["dob"].isoformat()})
    pract = {}
    for pr in p["providers"]:
        rid = uid(p, "pract", pr["name"])
        g, f = pr["name"].rsplit(" ", 1)
        res = {"resourceType": "Practitioner", "id": rid,
               "name": [{"family": f, "given": g.split(), "suffix": [c.strip() for c in pr["cred"].split(",")]}],
               "qualification": [{"code": {"text": c.strip()}} for c in pr["cred"].split(",")]}
        if pr.get("npi"):
            res["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": pr["npi"]}]
        pract[pr["name"]] = add(res)
    related = {}
    for s in p["sigs"]:
        if s["role"] == "guardian":
            g, f = s["name"].rsplit(" ", 1)
            related[s["name"]] = add({"resourceType": "RelatedPerson", "id": uid(p, "rp", s["name"]),
                                      "patient": {"reference": f"urn:uuid:{pid}"},
                                      "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                                                                    "code": "MTH", "display": "mother"}],
                                                        "text": "Parent/guardian"}],
                                      "name": [{"family": f, "given": g.split()}]})
    cond_refs = []
    for x in p["dx"]:
        res = {"resourceType": "Condition", "id": uid(p, "cond", x["code"]),
               "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
               "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "confirmed"}]},
               "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                         "code": "encounter-diagnosis" if x["primary"] else "problem-list-item"}]}],
               "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": x["code"], "display": x["desc"]}], "text": x["desc"]},
               "subject": {"reference": f"urn:uuid:{pid}"}}
        if x["primary"]:
            res["note"] = [{"text": "Primary diagnosis for this plan of care."}]
        if x.get("by"):
            dname = x["by"].split(",")[0]
            dg, dfam = dname.rsplit(" ", 1)
            dref = add({"resourceType": "Practitioner", "id": uid(p, "diagnoser"), "name": [{"family": dfam, "given": dg.split(),
                        "suffix": [x["by"].split(",")[1].strip().split(" ")[0]]}],
                        "qualification": [{"code": {"text": x["by"].split(",", 1)[1].strip()}}]})
            res["asserter"] = {"reference": dref, "display": x["by"]}
            res["recordedDate"] = x["on"].isoformat()
            res["onsetDateTime"] = x["on"].isoformat()
        cond_refs.append(add(res))
    goal_refs = []
    for pr_, g in all_goals(p):
        obj_refs = []
        for o in g["objectives"]:
            ores = {"resourceType": "Goal", "id": uid(p, "obj", o["statement"]), "lifecycleStatus": "active",
                    "category": [{"text": "Objective"}],
                    "description": {"text": o["statement"]}, "subject": {"reference": f"urn:uuid:{pid}"},
                    "target": [{"dueDate": o["target_date"].isoformat()}], "addresses": [{"reference": cond_refs[0]}]}
            obj_refs.append(add(ores))
        gres = {"resourceType": "Goal", "id": uid(p, "goal", g["statement"]), "lifecycleStatus": "active",
                "description": {"text": g["statement"]}, "subject": {"reference": f"urn:uuid:{pid}"},
                "addresses": [{"reference": cond_refs[0]}],
                "startDate": p["plan_date"].isoformat()}
        tgt = {}
        if g["target_date"]:
            tgt["dueDate"] = g["target_date"].isoformat()
        if g.get("mastery"):
            tgt["detailString"] = g["mastery"]
            tgt["measure"] = {"text": "Mastery criterion"}
        if tgt:
            gres["target"] = [tgt]
        if g.get("domain"):
            gres["category"] = [{"text": g["domain"]}]
        notes = []
        if g.get("baseline"):
            notes.append({"text": f"Baseline: {g['baseline']}"})
        if notes:
            gres["note"] = notes
        if obj_refs:
            gres["extension"] = [{"url": "http://hl7.org/fhir/StructureDefinition/goal-relationship", "extension": [
                {"url": "type", "valueCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/goal-relationship-type", "code": "milestone"}]}},
                {"url": "target", "valueReference": {"reference": r}}]} for r in obj_refs]
        goal_refs.append(add(gres))
        goal_refs.extend(obj_refs)
    sr_refs = []
    for i, s in enumerate(p["services"]):
        res = {"resourceType": "ServiceRequest", "id": uid(p, "sr", str(i), s["code"]), "status": "active", "intent": "order",
               "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt" if s["code"][0].isdigit() else "urn:oid:2.16.840.1.113883.6.285",
                                    "code": s["code"], "display": s["desc"]}], "text": s["desc"]},
               "subject": {"reference": f"urn:uuid:{pid}"}, "authoredOn": p["plan_date"].isoformat(),
               "requester": {"reference": list(pract.values())[0]}}
        rep = {}
        if s.get("freq"):
            f, per, unit = parse_freq(s["freq"])
            rep.update({"frequency": f, "period": per, "periodUnit": unit})
        if s.get("amount"):
            rep.update({"duration": int(s["amount"].split()[0]), "durationUnit": "min"})
        if s.get("hpw"):
            h = float(s["hpw"].split()[0])
            rep.update({"frequency": 1, "period": 1, "periodUnit": "wk", "duration": h, "durationUnit": "h"})
            res["quantityQuantity"] = {"value": h, "unit": "hours per week"}
            res["note"] = [{"text": f"{s['hpw']}"}]
        if s.get("duration") and rep:
            n, unit = s["duration"].split()[:2]
            rep["boundsDuration"] = {"value": int(n), "unit": unit, "system": "http://unitsofmeasure.org",
                                     "code": "wk" if unit.startswith("week") else "d"}
        elif p.get("period") and rep:
            rep["boundsPeriod"] = {"start": p["period"][0].isoformat(), "end": p["period"][1].isoformat()}
        if rep:
            res["occurrenceTiming"] = {"repeat": rep}
        sr_refs.append(add(res))
    obs_refs = []
    for a in p["assessments"]:
        obs_refs.append(add({"resourceType": "Observation", "id": uid(p, "obs", a["instrument"]), "status": "final",
                             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "survey"}]}],
                             "code": {"text": f"{a['instrument']} standardized assessment"},
                             "subject": {"reference": f"urn:uuid:{pid}"}, "effectiveDateTime": a["date"].isoformat(),
                             "valueString": "; ".join(f"{k} {v}" for k, v in a["scores"].items())}))
    enc_ref = None
    if p.get("first_tx"):
        enc_ref = add({"resourceType": "Encounter", "id": uid(p, "enc"), "status": "finished",
                       "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB" if p["disc"] != "home-health" else "HH"},
                       "type": [{"text": "Initial evaluation and first treatment" if p["disc"] != "home-health" else "Start of care visit"}],
                       "subject": {"reference": f"urn:uuid:{pid}"},
                       "period": {"start": p["first_tx"].isoformat(), "end": p["first_tx"].isoformat()}})
    cp_id = uid(p, "careplan")
    cp = {"resourceType": "CarePlan", "id": cp_id, "status": "active", "intent": "plan", "title": p["title"],
          "category": [{"coding": [{"system": "http://hl7.org/fhir/us/core/CodeSystem/careplan-category", "code": "assess-plan"}]}],
          "description": p["presenting"], "subject": {"reference": f"urn:uuid:{pid}"},
          "created": p["plan_date"].isoformat(), "author": {"reference": list(pract.values())[0]},
          "addresses": [{"reference": r} for r in cond_refs], "goal": [{"reference": r} for r in goal_refs],
          "activity": [{"reference": {"reference": r}} for r in sr_refs]}
    if p.get("period"):
        cp["period"] = {"start": p["period"][0].isoformat(), "end": p["period"][1].isoformat()}
    if enc_ref:
        cp["encounter"] = {"reference": enc_ref}
    if obs_refs:
        cp["supportingInfo"] = [{"reference": r} for r in obs_refs]
    notes = []
    if p.get("duration"):
        notes.append({"text": f"Expected duration: {p['duration']}"})
    if notes:
        cp["note"] = notes
    for rv in p["reviews"]:
        cp["activity"].append({"detail": {"kind": "Appointment", "code": {"text": "Treatment plan review" if rv["kind"] == "review" else "Recertification"},
                                          "status": "scheduled", "scheduledString": rv["date"].isoformat(),
                                          "description": f"Next {'review' if rv['kind'] == 'review' else 'recertification'} due {rv['date'].isoformat()}"}})
    add(cp)
    sigtypes = {"clinician": ("1.2.840.10065.1.12.1.1", "Author's Signature"),
                "physician": ("1.2.840.10065.1.12.1.5", "Verification Signature"),
                "guardian": ("1.2.840.10065.1.12.1.7", "Consent Signature"),
                "client": ("1.2.840.10065.1.12.1.7", "Consent Signature")}
    for s in p["sigs"]:
        who = pract.get(s["name"]) or related.get(s["name"])
        code, disp = sigtypes[s["role"]]
        when = f"{s['date'].isoformat()}T{(s.get('time') or '10:00')}:00-05:00"
        add({"resourceType": "Provenance", "id": uid(p, "prov", s["name"]),
             "target": [{"reference": f"urn:uuid:{cp_id}"}], "recorded": when,
             "activity": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-DataOperation", "code": "UPDATE" if s["role"] != "clinician" else "CREATE"}]},
             "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                             "code": "author" if s["role"] == "clinician" else ("verifier" if s["role"] == "physician" else "attester")}]},
                        "who": {"reference": who, "display": cred_join(s["name"], s["cred"])}}],
             "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": code, "display": disp}],
                            "when": when, "who": {"reference": who}, "sigFormat": "application/jose",
                            "data": "ZXlKaGJHY2lPaUpTVXpJMU5pSjkuLi4="}]})
    return {"resourceType": "Bundle", "id": uid(p, "bundle"), "type": "collection",
            "timestamp": f"{p['plan_date'].isoformat()}T18:00:00-05:00", "entry": ent}


# ============================================================================= C-CDA R2.1 Care Plan
def hl7(d: dt.date, time: str | None = None) -> str:
    s = d.strftime("%Y%m%d")
    if time:
        s += time.replace(":", "") + "00-0500"
    return s


def ccda_name(name, cred=None):
    g, f = name.rsplit(" ", 1)
    gs = "".join(f"<given>{xesc(x)}</given>" for x in g.split())
    suf = f"<suffix qualifier=\"AC\">{xesc(cred)}</suffix>" if cred else ""
    return f"<name>{gs}<family>{xesc(f)}</family>{suf}</name>"


def ccda_doc(p):
    pid = uid(p, "doc")
    pat = p["patient"]
    clin = sig_of(p, "clinician")
    phys = sig_of(p, "physician")
    legal = phys or clin
    authen = clin if phys else None
    provs = {pr["name"]: pr for pr in p["providers"]}

    def assigned(s, tag):
        pr = provs.get(s["name"], {})
        npi_el = f'<id root="2.16.840.1.113883.4.6" extension="{pr["npi"]}"/>' if pr.get("npi") else '<id nullFlavor="UNK"/>'
        return (f"<{tag}><time value=\"{hl7(s['date'], '10:00')}\"/><signatureCode code=\"S\"/>"
                f"<assignedEntity>{npi_el}<addr><streetAddressLine>100 Main St</streetAddressLine><city>Springfield</city>"
                f"<state>ZZ</state><postalCode>00000</postalCode></addr><telecom use=\"WP\" value=\"tel:+1-555-010-0000\"/>"
                f"<assignedPerson>{ccda_name(s['name'], s['cred'])}</assignedPerson></assignedEntity></{tag}>")

    author = clin or phys
    apr = provs.get(author["name"], {})
    gender = {"F": "F", "M": "M"}[pat["sex"]]
    hc_entries, hc_rows = [], []
    for i, x in enumerate(p["dx"]):
        hc_rows.append(f"<tr><td>{xesc(x['code'])}</td><td>{xesc(x['desc'])}</td><td>{'Primary' if x['primary'] else 'Secondary'}</td></tr>")
        hc_entries.append(f"""
        <entry><act classCode="ACT" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.22.4.132" extension="2015-08-01"/>
          <id root="{uid(p, 'hc', x['code'])}"/><code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concern"/>
          <statusCode code="active"/><effectiveTime><low value="{hl7(p['plan_date'])}"/></effectiveTime>
          <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">
            <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/><id root="{uid(p, 'prob', x['code'])}"/>
            <code code="{'29308-4' if x['primary'] else '282291009'}" codeSystem="{'2.16.840.1.113883.6.1' if x['primary'] else '2.16.840.1.113883.6.96'}" displayName="{'Diagnosis' if x['primary'] else 'Diagnosis interpretation'}"/>
            <statusCode code="completed"/><effectiveTime><low value="{hl7(p['plan_date'])}"/></effectiveTime>
            <priorityCode code="{'63161005' if x['primary'] else '394849002'}" codeSystem="2.16.840.1.113883.6.96" displayName="{'Principal' if x['primary'] else 'Secondary'}"/>
            <value xsi:type="CD" code="{x['code']}" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="{xesc(x['desc'])}"/>
          </observation></entryRelationship></act></entry>""")
    goal_entries, goal_rows = [], []
    for pr_, g in all_goals(p):
        goal_rows.append(f"<tr><td>{xesc(g['statement'])}</td><td>{fmt(g['target_date'], 'us')}</td></tr>")
        goal_entries.append(f"""
        <entry><observation classCode="OBS" moodCode="GOL"><templateId root="2.16.840.1.113883.10.20.22.4.121"/>
          <id root="{uid(p, 'goal', g['statement'])}"/><code code="58144-7" codeSystem="2.16.840.1.113883.6.1" displayName="Resident's overall goal established during assessment process"/>
          <text>{xesc(g['statement'])}</text><statusCode code="active"/>
          <effectiveTime><low value="{hl7(p['plan_date'])}"/><high value="{hl7(g['target_date'])}"/></effectiveTime>
          <value xsi:type="ST">{xesc(g['statement'])}</value>
          <author><templateId root="2.16.840.1.113883.10.20.22.4.119"/><time value="{hl7(p['plan_date'])}"/>
            <assignedAuthor><id root="2.16.840.1.113883.4.6" extension="{apr.get('npi', '')}"/></assignedAuthor></author>
        </observation></entry>""")
    iv_entries, iv_rows = [], []
    for i, s in enumerate(p["services"]):
        f, per, unit = parse_freq(s["freq"])
        per_val = {1: 1.0, 2: 2.0}[per] / f
        amount = f"; {s['amount']} per session" if s.get("amount") else ""
        dur = s.get("duration") or p.get("duration")
        iv_rows.append(f"<tr><td>{s['code']}</td><td>{xesc(s['desc'])}</td><td>{xesc(s['freq'])}{xesc(amount)}</td><td>{xesc(dur or '')}</td></tr>")
        iv_entries.append(f"""
        <entry><procedure classCode="PROC" moodCode="INT"><templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
          <id root="{uid(p, 'proc', str(i))}"/>
          <code code="{s['code']}" codeSystem="{'2.16.840.1.113883.6.12' if s['code'][0].isdigit() else '2.16.840.1.113883.6.285'}" codeSystemName="{'CPT-4' if s['code'][0].isdigit() else 'HCPCS'}" displayName="{xesc(s['desc'])}"/>
          <text>{xesc(s['desc'])}: {xesc(s['freq'])}{xesc(amount)}; {xesc(dur or '')}</text>
          <statusCode code="active"/>
          <effectiveTime xsi:type="IVL_TS"><low value="{hl7(p['period'][0])}"/><high value="{hl7(p['period'][1])}"/></effectiveTime>
          <effectiveTime xsi:type="PIVL_TS" institutionSpecified="true" operator="A"><period value="{per_val:g}" unit="{unit}"/></effectiveTime>
        </procedure></entry>""")
    plan_entries, plan_rows = [], []
    for rv in p["reviews"]:
        plan_rows.append(f"<tr><td>{'Recertification' if rv['kind'] == 'recertification' else 'Plan review'}</td><td>{fmt(rv['date'], 'us')}</td></tr>")
        plan_entries.append(f"""
        <entry><encounter classCode="ENC" moodCode="INT"><templateId root="2.16.840.1.113883.10.20.22.4.40" extension="2014-06-09"/>
          <id root="{uid(p, 'rev', rv['date'].isoformat())}"/><code nullFlavor="OTH"><originalText>{'Recertification' if rv['kind'] == 'recertification' else 'Treatment plan review'}</originalText></code>
          <statusCode code="active"/><effectiveTime value="{hl7(rv['date'])}"/></encounter></entry>""")
    given, family = pat["name"].rsplit(" ", 1)
    first_tx = p.get("first_tx") or p["plan_date"]
    auth_xml = assigned(authen, "authenticator") if authen else ""
    plan_section = ""
    if p["reviews"] or p.get("duration"):
        plan_section = f"""
    <component><section><templateId root="2.16.840.1.113883.10.20.22.2.10" extension="2014-06-09"/>
      <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care note"/><title>Plan of Treatment</title>
      <text><paragraph>Expected duration: {xesc(p.get('duration') or '')}. Plan period {fmt(p['period'][0], 'us')} - {fmt(p['period'][1], 'us')}.</paragraph>
        <table border="1"><thead><tr><th>Scheduled</th><th>Date</th></tr></thead><tbody>{''.join(plan_rows)}</tbody></table></text>
      {''.join(plan_entries)}
    </section></component>"""
    first_tx_par = (f"<paragraph>Initial evaluation / first treatment date: {fmt(first_tx, 'us')}.</paragraph>" if p.get("first_tx") else "")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="{pid}"/>
  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Overall plan of care/advance care directives"/>
  <title>{xesc(p['title'])}</title>
  <effectiveTime value="{hl7(p['plan_date'], '10:00')}"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <setId root="{uid(p, 'set')}"/><versionNumber value="1"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.4.927" extension="{pat['member_id']}" assigningAuthorityName="CMS Medicare Beneficiary Identifier"/>
    <addr use="HP"><streetAddressLine>12 Elm Row</streetAddressLine><city>Springfield</city><state>ZZ</state><postalCode>00000</postalCode></addr>
    <telecom use="HP" value="tel:+1-555-010-7788"/>
    <patient><name use="L">{''.join(f'<given>{xesc(x)}</given>' for x in given.split())}<family>{xesc(family)}</family></name>
      <administrativeGenderCode code="{gender}" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="{hl7(pat['dob'])}"/></patient>
  </patientRole></recordTarget>
  <author><time value="{hl7(author['date'], '10:00')}"/><assignedAuthor>
    <id root="2.16.840.1.113883.4.6" extension="{apr.get('npi', '')}"/>
    <addr><streetAddressLine>100 Main St</streetAddressLine><city>Springfield</city><state>ZZ</state><postalCode>00000</postalCode></addr>
    <telecom use="WP" value="tel:+1-555-010-0000"/>
    <assignedPerson>{ccda_name(author['name'], author['cred'])}</assignedPerson>
    <representedOrganization><name>{xesc(p['org'])}</name></representedOrganization></assignedAuthor></author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="{uid(p, 'org')}"/><name>{xesc(p['org'])}</name>
    <telecom value="tel:+1-555-010-0000"/><addr><streetAddressLine>100 Main St</streetAddressLine><city>Springfield</city><state>ZZ</state><postalCode>00000</postalCode></addr>
  </representedCustodianOrganization></assignedCustodian></custodian>
  {assigned(legal, 'legalAuthenticator')}
  {auth_xml}
  <participant typeCode="IND"><associatedEntity classCode="GUAR"><id nullFlavor="NA"/><code code="GUAR" codeSystem="2.16.840.1.113883.5.111"/>
    <scopingOrganization><name>{xesc(p['payer_name'])}</name></scopingOrganization></associatedEntity></participant>
  <documentationOf><serviceEvent classCode="PCPR">
    <effectiveTime><low value="{hl7(p['period'][0])}"/><high value="{hl7(p['period'][1])}"/></effectiveTime>
  </serviceEvent></documentationOf>
  <componentOf><encompassingEncounter><id root="{uid(p, 'enc')}"/>
    <code code="{'97161' if p['disc'] == 'pt' else ('G0299' if p['disc'] == 'home-health' else '90791')}" codeSystem="{'2.16.840.1.113883.6.12' if p['disc'] != 'home-health' else '2.16.840.1.113883.6.285'}" displayName="{'Initial evaluation' if p['disc'] != 'home-health' else 'Start of care visit'}"/>
    <effectiveTime><low value="{hl7(first_tx)}"/></effectiveTime></encompassingEncounter></componentOf>
  <component><structuredBody>
    <component><section><templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/>
      <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concerns document"/><title>Health Concerns</title>
      <text><paragraph>{xesc(p['presenting'])}</paragraph>{first_tx_par}
        <table border="1"><thead><tr><th>ICD-10-CM</th><th>Diagnosis</th><th>Rank</th></tr></thead><tbody>{''.join(hc_rows)}</tbody></table></text>
      {''.join(hc_entries)}
    </section></component>
    <component><section><templateId root="2.16.840.1.113883.10.20.22.2.60"/>
      <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/><title>Goals</title>
      <text><table border="1"><thead><tr><th>Goal</th><th>Target date</th></tr></thead><tbody>{''.join(goal_rows)}</tbody></table></text>
      {''.join(goal_entries)}
    </section></component>
    <component><section><templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>
      <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/><title>Interventions</title>
      <text><table border="1"><thead><tr><th>Code</th><th>Intervention</th><th>Frequency / amount</th><th>Duration</th></tr></thead><tbody>{''.join(iv_rows)}</tbody></table></text>
      {''.join(iv_entries)}
    </section></component>{plan_section}
  </structuredBody></component>
</ClinicalDocument>
"""


# ============================================================================= native YAML
def native(p):
    iso = lambda d: d.isoformat() if d else None  # noqa: E731
    doc = {"schema": "authcheck-plan/1",
           "patient": {"name": pname(p), "birth_date": iso(p["patient"]["dob"]), "member_id": p["patient"]["member_id"]},
           "payer": p["payer_name"]}
    if p.get("program"):
        doc["program"] = p["program"]
    doc["discipline"] = p["disc"]
    doc["providers"] = [{k: v for k, v in {"name": pr["name"], "credential": pr["cred"], "npi": pr["npi"], "role": pr["role"],
                                           "organization": p["org"]}.items() if v} for pr in p["providers"]]
    if p.get("admission"):
        doc["admission_date"] = iso(p["admission"])
    doc["plan_date"] = iso(p["plan_date"])
    if p.get("period"):
        doc["period"] = {"start": iso(p["period"][0]), "end": iso(p["period"][1])}
    if p.get("duration"):
        doc["expected_duration"] = p["duration"]
    doc["presenting_problem"] = p["presenting"]
    doc["diagnoses"] = []
    for x in p["dx"]:
        d = {"code": x["code"], "description": x["desc"]}
        if x["primary"]:
            d["primary"] = True
        if x.get("by"):
            d["diagnosed_by"] = x["by"]
            d["diagnosed_on"] = iso(x["on"])
        doc["diagnoses"].append(d)
    doc["problems"] = []
    for pr in p["problems"]:
        goals = []
        for g in pr["goals"]:
            gd = {"statement": g["statement"]}
            if g.get("domain"):
                gd = {"domain": g["domain"], **gd}
            if g.get("baseline"):
                gd["baseline"] = g["baseline"]
            if g.get("mastery"):
                gd["mastery_criteria"] = g["mastery"]
            if g.get("target_date"):
                gd["target_date"] = iso(g["target_date"])
            if g["objectives"]:
                gd["objectives"] = [{"statement": o["statement"], "target_date": iso(o["target_date"])} for o in g["objectives"]]
            goals.append(gd)
        doc["problems"].append({"statement": pr["statement"], "goals": goals})
    svcs = []
    for s in p["services"]:
        sd = {"code": s["code"], "description": s["desc"]}
        for k, v in (("units", s.get("units")), ("amount", s.get("amount") or s.get("hpw")), ("frequency", s.get("freq")),
                     ("duration", s.get("duration"))):
            if v:
                sd[k] = v
        svcs.append(sd)
    doc["services"] = svcs
    if p["assessments"]:
        doc["assessments"] = [{"instrument": a["instrument"], "date": iso(a["date"]), "scores": a["scores"]} for a in p["assessments"]]
    if p["reviews"]:
        doc["reviews"] = [{"kind": r["kind"], "date": iso(r["date"]), "completed": False} for r in p["reviews"]]
    doc["signatures"] = [{k: v for k, v in {"role": s["role"], "name": s["name"], "credential": s["cred"], "date": iso(s["date"]),
                                            "method": s["method"]}.items() if v} for s in p["sigs"]]
    head = (f"# Invented plan (no real patient) - blind set 6, plan {p['id']}.\n"
            f"# {p['org']}: {p['title']}\n")
    return head + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=110)


# ============================================================================= labels and self-checks
def months_later(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def selfcheck(p) -> list[str]:
    """Consistency checks a careful reviewer would make; returns problems (expected ones are listed as gaps)."""
    probs = []
    as_of = D(p["as_of"])
    pd_ = p["plan_date"]
    gk = {k for kinds, _ in p["gaps"] for k in kinds}
    if p["patient"]["dob"] >= pd_:
        probs.append("dob after plan")
    if p.get("admission") and p["admission"] > pd_:
        probs.append("admission after plan")
    for _, g in all_goals(p):
        for d in [g["target_date"]] + [o["target_date"] for o in g["objectives"]]:
            if d and d <= pd_:
                probs.append(f"target {d} not after plan")
    for r in p["reviews"]:
        if r["date"] <= pd_:
            probs.append("review before plan")
    for s in p["sigs"]:
        if s["date"] and (s["date"] < pd_ or s["date"] > as_of):
            probs.append(f"signature {s['name']} {s['date']} outside plan..as_of")
    for a in p["assessments"]:
        if a["date"] > as_of:
            probs.append("assessment in future")
    if p.get("period") and p["period"][0] > p["period"][1]:
        probs.append("period backwards")
    for pr in p["providers"]:
        if pr.get("npi") and not npi_ok(pr["npi"]) and "identifier-invalid" not in gk:
            probs.append(f"invalid NPI {pr['npi']}")
    profs = [p["payer"]] + p["states"]
    phys = sig_of(p, "physician")
    if p["payer"] == MOT:
        ft = p["first_tx"]
        if pd_ > ft:
            probs.append("plan-late")
        if (p["period"][1] - ft).days > 90 or any((r["date"] - ft).days > 90 for r in p["reviews"]):
            probs.append("review-interval-exceeded")
        if phys and (phys["date"] - ft).days > 30:
            probs.append("signature-late")
        if as_of > p["period"][1]:
            probs.append("review-overdue")
        if not p["duration"] and not any(s.get("duration") for s in p["services"]):
            probs.append("duration-missing")
        if any(not s.get("freq") for s in p["services"]):
            probs.append("frequency-missing")
    if p["payer"] == HH:
        ft = p["first_tx"]
        if (p["period"][1] - ft).days > 60 or any((r["date"] - ft).days > 60 for r in p["reviews"]):
            probs.append("review-interval-exceeded")
        if not phys or not phys["date"]:
            probs.append("signature-missing")
        if as_of > p["period"][1]:
            probs.append("review-overdue")
    if p["payer"] == PSY:
        if (as_of - pd_).days > 365:
            probs.append("plan-outdated")
        if not phys and not sig_of(p, "clinician")["cred"]:
            probs.append("credential-missing")
    if p["payer"] == ABA:
        if p["period"][1] > months_later(p["period"][0], 6):
            probs.append("duration-exceeds-limit")
        if not p["reviews"]:
            probs.append("review-date-missing")
        elif (p["reviews"][0]["date"] - pd_).days > 184:
            probs.append("review-interval-exceeded")
        if not p["assessments"] or (pd_ - max(a["date"] for a in p["assessments"])).days > 365:
            probs.append("assessment-outdated")
        if not primary_dx(p)["code"].startswith("F84"):
            probs.append("diagnosis-not-covered")
        if not any(s["role"] == "guardian" and s["signed"] and s["date"] for s in p["sigs"]):
            probs.append("signature-missing")
        if not any(any(w in (g["statement"] + (g["domain"] or "")).lower() for w in ("parent", "caregiver", "padres"))
                   for _, g in all_goals(p)):
            probs.append("caregiver-goal-missing")
        if any(not s.get("hpw") for s in p["services"]):
            probs.append("amount-missing")
    if "pa-55-5200" in profs:
        if (pd_ - p["admission"]).days > 30:
            probs.append("plan-late")
        if not phys:
            probs.append("signature-missing")
        if any(not s["date"] for s in p["sigs"]):
            probs.append("signature-missing")
        if any(not g["objectives"] for _, g in all_goals(p)):
            probs.append("objective-missing")
    if "ny-oasas-818" in profs:
        if (pd_ - p["admission"]).days > 7:
            probs.append("plan-late")
        if not phys:
            probs.append("signature-missing")
        elif (phys["date"] - p["admission"]).days > 10:
            probs.append("signature-late")
    if "fl-65d-30" in profs:
        lim = {"intensive inpatient": 3, "residential level 2": 15}[p["level"].lower()]
        if (pd_ - p["admission"]).days > lim:
            probs.append("plan-late")
        sup = sig_of(p, "supervisor")
        if sup and (sup["date"] - pd_).days > 10:
            probs.append("signature-late")
    if "ca-title9-ntp" in profs:
        if (pd_ - p["admission"]).days > 28:
            probs.append("plan-late")
        for role in ("supervisor", "physician"):
            s = sig_of(p, role)
            if not s:
                probs.append("signature-missing")
            elif (s["date"] - pd_).days > 14:
                probs.append("signature-late")
        if not p["reviews"]:
            probs.append("review-date-missing")
        elif (p["reviews"][0]["date"] - p["admission"]).days > 92:
            probs.append("review-interval-exceeded")
        elif p["reviews"][0]["date"] < as_of:
            probs.append("review-overdue")
    if "tx-26tac-564" in profs:
        if not p["duration"]:
            probs.append("duration-missing")
        if any(not iv.get("freq") for iv in p["interventions"]):
            probs.append("frequency-missing")
    if any(not s.get("freq") for s in p["services"]) and p["payer"] in (HH, PSY) and "frequency-missing" not in probs:
        probs.append("frequency-missing")
    if p["payer"] == PSY and any(not iv.get("amount") for iv in p["interventions"]) and not p["services"]:
        probs.append("amount-missing")
    return probs


def label(p) -> dict:
    profs = [p["payer"]] + p["states"]
    kinds = set().union(*(KINDS[x] for x in profs))
    gap_kinds = {k for ks, _ in p["gaps"] for k in ks}
    mnr = sorted(kinds - gap_kinds - set(p["unsure"]))
    check = ["--payer", p["payer"]]
    for s in p["states"]:
        check += ["--state", s]
    check += ["--as-of", p["as_of"]]
    fmt_name = {"docx": "DOCX", "fhir": "FHIR R4 Bundle", "ccda": "C-CDA R2.1 Care Plan", "yaml": "authcheck native YAML"}[p["fmt"]]
    notes = [f"{fmt_name}, {p['disc']}; layout: {p['layout_note']}."]
    if p["gaps"]:
        notes += [f"Gap {i}: {txt}" for i, (_, txt) in enumerate(p["gaps"], 1)]
    else:
        notes.append("Clean: meets every requirement of " + " + ".join(profs) + f" on {p['as_of']}.")
    if p["unsure"]:
        notes.append("Left out of must_not_report (unsure): " + ", ".join(p["unsure"]) + ".")
    return {"file": p["file"], "check_with": check, "must_report": [list(ks) for ks, _ in p["gaps"]],
            "must_not_report": mnr, "notes": " ".join(notes)}


# ============================================================================= main
def save_docx(doc, path: Path) -> None:
    """Save with fixed zip timestamps so that the output is byte-for-byte deterministic."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = item.external_attr
            zout.writestr(zi, zin.read(item.filename))


EXT = {"docx": "docx", "fhir": "json", "ccda": "xml", "yaml": "yaml"}


def main() -> int:
    for old in OUT.glob("plan_*"):
        old.unlink()
    labels, problems = [], 0
    for p in PLANS:
        p["file"] = f"plan_{p['id']}_{p['disc'].replace('-', '')}.{EXT[p['fmt']]}"
        path = OUT / p["file"]
        if p["fmt"] == "docx":
            save_docx(LAYOUTS[p["layout"]](p), path)
        elif p["fmt"] == "fhir":
            path.write_text(json.dumps(fhir_bundle(p), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        elif p["fmt"] == "ccda":
            path.write_text(ccda_doc(p), encoding="utf-8")
        else:
            path.write_text(native(p), encoding="utf-8")
        found = set(selfcheck(p))
        expected = {k for ks, _ in p["gaps"] for k in ks}
        unexpected = {f for f in found if f not in expected}
        missed = {k for ks, _ in p["gaps"] if not (set(ks) & found) for k in ks[:1]}
        soft = {"signature-missing"} if p["id"] == "07" else set()
        for f in sorted(unexpected - soft):
            print(f"SELFCHECK plan {p['id']}: unexpected {f}", file=sys.stderr)
            problems += 1
        for m in sorted(missed - {"goal-not-measurable", "objective-not-measurable", "identifier-invalid", "credential-not-permitted",
                                  "diagnosis-code-not-billable", "diagnosis-code-invalid", "amount-missing"} | (missed & {"review-overdue"})):
            print(f"SELFCHECK plan {p['id']}: gap {m} not seen by the self-check", file=sys.stderr)
        labels.append(label(p))
    (OUT / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(PLANS)} plans and labels.json; self-check problems: {problems}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
