#!/usr/bin/env python3
"""Blind set 27: treatment plans as busy clinicians type them in Word (sloppy labels, casual dates).

Run with /work/main/.venv/bin/python make_plans.py ; writes every plan file and labels.json next to
this script. Deterministic: DOCX files are re-zipped with fixed timestamps and fixed core properties.
Everything is invented: no real patients, clinicians or agencies.
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
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------------
# kinds each profile can report at error or warning (from `authcheck profiles show ID --resolved`)
# --------------------------------------------------------------------------------------------
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
    "ca-title9-ntp": {"field-missing", "goal-missing", "objective-missing", "objective-not-time-bound",
                      "plan-late", "review-date-missing", "review-interval-exceeded", "review-overdue",
                      "signature-late", "signature-missing"},
    "fl-65d-30": {"field-missing", "frequency-missing", "goal-missing", "intervention-missing",
                  "objective-missing", "objective-not-measurable", "objective-not-time-bound",
                  "plan-late", "signature-late", "signature-missing"},
    "ny-oasas-818": {"diagnosis-missing", "field-missing", "goal-missing", "intervention-missing",
                     "plan-late", "signature-late", "signature-missing"},
    "pa-55-5200": {"duration-missing", "field-missing", "goal-missing", "intervention-missing",
                   "objective-missing", "plan-late", "signature-missing"},
    "tx-26tac-564": {"duration-missing", "frequency-missing", "goal-missing", "intervention-missing",
                     "objective-missing", "objective-not-measurable", "objective-not-time-bound",
                     "signature-missing"},
}

# profile numbers used by the self-checks (from payer_profiles/*.yaml)
PSY_PLAN_MAX_AGE = 365          # medicare-psychotherapy plan-current
PSY_DURATION_MAX_DAYS = 365     # duration-limit "1 year", strict
PA_PLAN_DAYS = 30               # pa-55-5200 plan-timely
NY_PLAN_DAYS = 7                # ny-oasas-818 plan-timely
NY_MD_DAYS = 10                 # ny-oasas-818 physician-signature-timely (from admission)
FL_LEVEL_DAYS = {"intensive inpatient": 3, "residential level 1": 7, "residential level 2": 15}
FL_QP_DAYS = 10                 # fl-65d-30 supervisor-signature-timely (from plan date)
CA_PLAN_DAYS = 28               # ca-title9-ntp plan-timely
CA_REVIEW_DAYS = 92             # ca-title9-ntp review-interval (anchors: admission, plan)
CA_SIGN_DAYS = 14               # ca-title9-ntp countersignatures (from plan date)
PT_CERT_DAYS = 30               # outpatient therapy physician-signature-timely (from first treatment)
PT_REVIEW_DAYS = 90             # outpatient therapy review-interval (anchors: first treatment, plan)
HH_REVIEW_DAYS = 60             # home health review-interval
ABA_REVIEW_DAYS = 184           # commercial-aba review-interval
ABA_ASSESS_DAYS = 365           # commercial-aba assessment-recent


def D(y, m, d):
    return date(y, m, d)


def days(a, b):
    return (b - a).days


def add_months(d0, n):
    m = d0.month - 1 + n
    y = d0.year + m // 12
    m = m % 12 + 1
    import calendar
    return date(y, m, min(d0.day, calendar.monthrange(y, m)[1]))


# ------------------------------------------------------------------ casual date formats
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]


def mdyy(d):   # 3/9/26
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def mdY(d):    # 3/9/2026
    return f"{d.month}/{d.day}/{d.year}"


def mmddY(d):  # 03/09/2026
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def dash(d):   # 03-09-2026
    return f"{d.month:02d}-{d.day:02d}-{d.year}"


def dashyy(d):  # 3-9-26
    return f"{d.month}-{d.day}-{d.year % 100:02d}"


def dot(d):    # 3.9.2026
    return f"{d.month}.{d.day}.{d.year}"


def dotyy(d):  # 3.9.26
    return f"{d.month}.{d.day}.{d.year % 100:02d}"


def mon(d):    # Mar 9 26
    return f"{MON[d.month - 1]} {d.day} {d.year % 100:02d}"


def dmon(d):   # 9-Mar-2026
    return f"{d.day}-{MON[d.month - 1]}-{d.year}"


def longd(d):  # March 9, 2026
    return f"{MONTH[d.month - 1]} {d.day}, {d.year}"


def ordd(d):   # March 9th 2026
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{MONTH[d.month - 1]} {d.day}{suf} {d.year}"


# ------------------------------------------------------------------ NPI (Luhn over 80840 prefix)
def luhn_digit(payload: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return (10 - total % 10) % 10


def npi(base9: str) -> str:
    assert len(base9) == 9
    return base9 + str(luhn_digit("80840" + base9))


def npi_ok(n: str) -> bool:
    return len(n) == 10 and luhn_digit("80840" + n[:9]) == int(n[9])


def bad_npi(base9: str) -> str:
    good = npi(base9)
    wrong = str((int(good[9]) + 3) % 10)
    n = base9 + wrong
    assert not npi_ok(n)
    return n


assert npi("123456789") == "1234567893"   # the CMS worked example

# ------------------------------------------------------------------ DOCX building
FIXED = dt.datetime(2026, 1, 1, 9, 0, 0)
W_DATE = "2026-03-01T09:00:00Z"


class Doc:
    def __init__(self, font="Calibri", size=11):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        self._rev = 1

    # paragraphs --------------------------------------------------------------------------
    def p(self, text="", bold=False, italic=False, size=None, style=None, underline=False):
        para = self.d.add_paragraph(style=style)
        if text:
            r = para.add_run(text)
            r.bold = bold or None
            r.italic = italic or None
            r.underline = underline or None
            if size:
                r.font.size = Pt(size)
        return para

    def runs(self, parts, style=None):
        """parts: list of (text, fmt) with fmt a string of flags: b i u s(strike)."""
        para = self.d.add_paragraph(style=style)
        for text, fmt in parts:
            r = para.add_run(text)
            if "b" in fmt:
                r.bold = True
            if "i" in fmt:
                r.italic = True
            if "u" in fmt:
                r.underline = True
            if "s" in fmt:
                r.font.strike = True
        return para

    def br(self, lines, bold_first=False):
        """One paragraph, lines separated by soft line breaks (Shift+Enter)."""
        para = self.d.add_paragraph()
        for i, line in enumerate(lines):
            r = para.add_run(line)
            if bold_first and i == 0:
                r.bold = True
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
        return para

    def h(self, text, level=1):
        return self.d.add_heading(text, level=level)

    def bul(self, text):
        return self.d.add_paragraph(text, style="List Bullet")

    def num(self, text):
        return self.d.add_paragraph(text, style="List Number")

    def pagebreak(self):
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def lines(self, block):
        """Add each line of a text block as its own paragraph ('**' prefix = bold line)."""
        for line in block.strip("\n").split("\n"):
            if line.startswith("**"):
                self.p(line[2:], bold=True)
            else:
                self.p(line)

    # tracked changes -----------------------------------------------------------------------
    def tracked(self, before, deleted, inserted, after, author="Front Desk"):
        para = self.d.add_paragraph()
        para.add_run(before)
        if deleted:
            de = OxmlElement("w:del")
            de.set(qn("w:id"), str(self._next()))
            de.set(qn("w:author"), author)
            de.set(qn("w:date"), W_DATE)
            r = OxmlElement("w:r")
            t = OxmlElement("w:delText")
            t.set(qn("xml:space"), "preserve")
            t.text = deleted
            r.append(t)
            de.append(r)
            para._p.append(de)
        if inserted:
            ins = OxmlElement("w:ins")
            ins.set(qn("w:id"), str(self._next()))
            ins.set(qn("w:author"), author)
            ins.set(qn("w:date"), W_DATE)
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = inserted
            r.append(t)
            ins.append(r)
            para._p.append(ins)
        if after:
            para.add_run(after)
        return para

    def _next(self):
        self._rev += 1
        return self._rev

    # tables --------------------------------------------------------------------------------
    def table(self, rows, bold_header=False, style="Table Grid", merge=()):
        ncols = max(len(r) for r in rows)
        t = self.d.add_table(rows=len(rows), cols=ncols)
        if style:
            t.style = self.d.styles[style]
        for i, row in enumerate(rows):
            for j in range(ncols):
                val = row[j] if j < len(row) else ""
                cell = t.cell(i, j)
                parts = val.split("\n")
                cell.paragraphs[0].text = ""
                r = cell.paragraphs[0].add_run(parts[0])
                if bold_header and i == 0:
                    r.bold = True
                for extra in parts[1:]:
                    pp = cell.add_paragraph()
                    rr = pp.add_run(extra)
                    if bold_header and i == 0:
                        rr.bold = True
        for (r0, c0, r1, c1) in merge:
            a = t.cell(r0, c0)
            b = t.cell(r1, c1)
            keep = a.text
            m = a.merge(b)
            # merged cell keeps only the first cell's text
            for pp in m.paragraphs[1:]:
                pp._p.getparent().remove(pp._p)
            m.paragraphs[0].text = keep
        return t

    def header(self, text):
        sec = self.d.sections[0]
        sec.header.paragraphs[0].text = text

    def footer(self, text):
        sec = self.d.sections[0]
        sec.footer.paragraphs[0].text = text

    def save(self, path, title="Treatment plan", author="staff"):
        cp = self.d.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = title
        cp.created = FIXED
        cp.modified = FIXED
        cp.last_printed = FIXED
        cp.revision = 1
        cp.comments = ""
        cp.keywords = ""
        cp.subject = ""
        cp.category = ""
        buf = io.BytesIO()
        self.d.save(buf)
        restamp(buf.getvalue(), path)


def restamp(data: bytes, path: str):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


# ------------------------------------------------------------------ registry
PLANS = []


def plan(file, payer, states, as_of, gaps, notes, unsure=(), layout=""):
    """Register a plan's label. gaps: list of lists of acceptable kinds."""
    def deco(fn):
        PLANS.append(dict(file=file, payer=payer, states=list(states), as_of=as_of, gaps=gaps,
                          notes=notes, unsure=list(unsure), fn=fn, layout=layout))
        return fn
    return deco


# ============================================================================================
# Psychotherapy (medicare-psychotherapy, some with pa-55-5200)
# ============================================================================================

@plan("f01_castellanos_gad.docx", "medicare-psychotherapy", [], "2026-04-01", [],
      "Clean. Private-practice plan typed as loose lines: labels without colons ('Pt name', 'DOB 3/4/81'), "
      "'Dx; F41.1', misspelled 'Diagnosys' heading, 'Goal #1' then 'goal 2)', all service facts on one line "
      "('Freq 1x/wk dur 16 wks 53 min'), signature typed as '- L. Castellanos LCSW 3/9/26'. A rule-out "
      "line names F33.0 (billable either way).",
      layout="loose paragraphs, header with practice name")
def f01(path):
    plan_d, intake = D(2026, 3, 9), D(2026, 2, 23)
    o1, o2, o3 = D(2026, 6, 8), D(2026, 5, 11), D(2026, 6, 8)
    assert intake < plan_d < o2 < o1
    assert days(plan_d, date.fromisoformat("2026-04-01")) <= PSY_PLAN_MAX_AGE
    doc = Doc()
    doc.header("Riverbend Counseling  -  Lucia Castellanos, LCSW  -  (555) 013-4471")
    doc.p("TREATMENT PLAN", bold=True, size=14)
    doc.lines(f"""
Pt name  Rosalind Achterberg          DOB 3/4/81
MBI 4TK7WQ2HN58  (Medicare pt B)
Plan date {mdyy(plan_d)}
Therapist   Lucia Castellanos LCSW    NPI {npi('174300268')}

**Diagnosys
Dx; F41.1 generalized anxiety d/o
(r/o F33.0 - not dx'd at this time, monitor)

**Presenting problem
pt reports constant worry re finances + husbands health, poor sleep (4-5 hrs/night), GAD-7 = 16 at intake {mdyy(intake)}

**Tx Goals
Goal #1 reduce anxiety to mild range
    Obj 1 - GAD-7 from 16 to 9 or below by {mdyy(o1)}
    Obj 2 - pt will use paced breathing or grounding skill at least 5 of 7 days/wk per self-log by {mdyy(o2)}
goal 2) better sleep
    Obj 1 - increase sleep from 4-5 hrs to 6.5 hrs or more on 5 of 7 nights (sleep diary) by {mdyy(o3)}

**Interventions
CBT for worry, worry exposure, sleep hygiene psychoed, relaxation trng
**Services
Indiv psychotherapy 90837   Freq 1x/wk dur 16 wks 53 min

pt participated in plan + agrees w/ goals

- L. Castellanos LCSW {mdyy(plan_d)}
""")
    doc.save(path)


@plan("f02_osei_mdd_pa_late.docx", "medicare-psychotherapy", ["pa-55-5200"], "2026-03-20",
      [["plan-late"]],
      "Gap: Pennsylvania clinic plan dated 2/27/26, 46 days after the intake of 1-12-26 (due within 30 days, "
      "by 2/11/26). Everything else present: psychiatrist approval, client and therapist signatures dated. "
      "Layout: two-column table of sloppy labels ('Intake dt', 'Tx plan dt', 'Freq', 'Dur') then goals typed "
      "with asterisks.",
      layout="label table + asterisk lists")
def f02(path):
    intake, plan_d, md = D(2026, 1, 12), D(2026, 2, 27), D(2026, 3, 2)
    assert days(intake, plan_d) == 46 and days(intake, plan_d) > PA_PLAN_DAYS
    doc = Doc()
    doc.p("Allegheny Ridge Behavioral Health - Outpt Clinic", bold=True)
    doc.p("Individual Tx Plan")
    doc.table([
        ["Client", "Teresa Wnuk"],
        ["DOB", "11/30/1957"],
        ["Medicare #", "7XQ2-MN4-RT61"],
        ["Intake dt", dashyy(intake)],
        ["Tx plan dt", mdyy(plan_d)],
        ["Dx", "F33.1  MDD, recurrent, moderate"],
        ["Therapist", "Jamal Osei, LPC"],
    ])
    doc.p("")
    doc.p("Problem: depressed mood, withdrawn since spouse passed, stopped church + seeing daughter. PHQ-9 19 at intake.")
    doc.p("Goals/Objectives", bold=True)
    doc.lines(f"""
* Goal 1 - Improve mood
   * obj a. PHQ-9 score from 19 to 10 or below by {mdyy(D(2026, 5, 29))}
   * obj b. Client will do 1 planned pleasant activity outside the home at least 3x/wk (activity log) by {mdyy(D(2026, 4, 30))}
* Goal 2 - Reconnect w/ supports
   * obj a. Client will have contact with daughter or church friend at least 2x/wk by {mdyy(D(2026, 4, 30))}
""")
    doc.p("Modalities: CBT, behavioral activation, grief work")
    doc.p("Freq 1x/wk   45 min sessions (90834)")
    doc.p("Dur - est. 6 mo")
    doc.p("")
    doc.p(f"Jamal Osei, LPC (e-sig) {dot(plan_d)}")
    doc.p(f"client signed  Teresa Wnuk  {mdyy(plan_d)}")
    doc.p(f"Reviewed/approved - Dr. Ilse Brandt MD (psychiatrist)  {mdyy(md)}")
    doc.save(path)


@plan("f03_haddad_anxiety_f41.docx", "medicare-psychotherapy", [], "2026-04-15",
      [["diagnosis-code-not-billable"]],
      "Gap: diagnosis typed as 'Dx - F41 anxiety' (category heading, not billable). Rest clean: 'Sig.' line "
      "with credential and date, 'Frequancy' misspelled, 'Tx Goals', STG numbering 1, 2, 2.",
      layout="headings misspelled, broken numbering")
def f03(path):
    plan_d = D(2026, 3, 16)
    doc = Doc(font="Arial", size=10)
    doc.p("Lakeshore Psych Assoc.", bold=True)
    doc.p("tx plan - initial")
    doc.lines(f"""
Name: Omar Haddad   DOB 7/19/1952   Mcare ID 2HK5-PL8-WW03
Date {mon(plan_d)}
Diagnosys
Dx - F41 anxiety
Tx Goals
LTG: pt will manage anxiety w/o ER visits
STG 1. reduce panic attacks from ~4/wk to 1 or fewer per wk by {mdyy(D(2026, 6, 15))}
STG 2. GAD-7 from 15 to under 10 by {mdyy(D(2026, 6, 15))}
STG 2. pt will drive to grocery store alone at least 2x/wk by {mdyy(D(2026, 5, 15))}
Interventions - CBT, interoceptive exposure, psychoed on panic cycle
Frequancy 1x wk
Session length 53 min (90837)
Duration 16 wks
""")
    doc.p(f"Sig. Nadia Fairbanks, PsyD   {dash(plan_d)}")
    doc.save(path)


@plan("f04_brandt_adjustment_amount.docx", "medicare-psychotherapy", [], "2026-03-30",
      [["amount-missing"]],
      "Gap: the only service line is 'Indiv tx q wk x 24 wks' - no session length and no time-based CPT code "
      "anywhere. Frequency and duration are stated. Layout: hyphen lists, accidental line break splitting the "
      "service facts, signature 'signed HR, LMFT 3/4/26' with full name typed above.",
      layout="hyphen lists, facts split over lines")
def f04(path):
    plan_d = D(2026, 3, 4)
    doc = Doc()
    doc.p("Harbor Family Therapy", bold=True, size=13)
    doc.p("TREATMENT PLAN")
    doc.lines(f"""
client - Wilhelmina Brandt
dob - 05.02.1949
member id - 9RT3WD6KP12
plan dt - {dot(plan_d)}
dx - F43.23 adj d/o w mixed anxiety + depressed mood (after move to assisted living)

goals
- Goal 1: adjust to new residence
   - obj 1: attend at least 2 community activities/wk at facility by {mdyy(D(2026, 5, 4))}
   - obj 2: reduce tearful episodes from daily to 2 or fewer per wk (self report) by {mdyy(D(2026, 6, 3))}
- Goal 2: mood
   - obj 1: PHQ-9 from 14 to 7 or less by {mdyy(D(2026, 8, 3))}

tx - supportive therapy, CBT, problem solving
Indiv tx
q wk
x 24 wks
""")
    doc.p("")
    doc.p("Heidi Rasmussen, LMFT")
    doc.p(f"signed HR, LMFT {mdyy(plan_d)}")
    doc.save(path)


@plan("f05_volkov_ptsd_copied.docx", "medicare-psychotherapy", [], "2026-05-01", [],
      "Clean. Plan copied from last year's: the plan date line reads 'Date of plan 2/16/2026 (was 01/02/2025 - "
      "updated)' and an objective reads 'target 12/31/2025 - updated to 6/30/26' with the old date also struck through; the current dates are the "
      "updated ones. Plan is 74 days old on the as-of date. Signature 'Jane Okafor-Lind, LPC (e-sig) 2.16.26'.",
      layout="copied plan with stale dates crossed out in words and by strikethrough")
def f05(path):
    plan_d = D(2026, 2, 16)
    as_of = date.fromisoformat("2026-05-01")
    assert days(plan_d, as_of) == 74
    doc = Doc()
    doc.p("Northgate Counseling Center", bold=True)
    doc.p("Tx Plan (annual update)", italic=True)
    doc.lines(f"""
Client name   Dmitri Volkov
DOB 9-Oct-1955
Medicare MBI  5FN8-XK2-QA94
Date of plan {mdY(plan_d)} (was 01/02/2025 - updated)
Provider  Jane Okafor-Lind LPC
Dx  F43.12 PTSD, chronic
""")
    doc.p("Goals", bold=True)
    doc.p("Goal 1 fewer trauma sx")
    doc.p(f"  Obj 1  PCL-5 score from 52 to below 33 by {mdyy(D(2026, 8, 14))}")
    doc.runs([("  Obj 2  nightmares from 5/wk to 2 or fewer per wk (sleep log) target ", ""),
              ("12/31/2025", "s"), (" - updated to 6/30/26", "")])
    doc.p("Goal 2 get back to volunteering")
    doc.p(f"  Obj 1  volunteer at food bank at least 1 shift/wk by {mdyy(D(2026, 6, 30))}")
    doc.lines("""
Interventions: CPT (cognitive processing therapy), grounding skills, sleep hygiene
Indiv therapy 90834, 45 min, weekly, x 26 wks
""")
    doc.p("")
    doc.p(f"Jane Okafor-Lind, LPC (e-sig) {dotyy(plan_d)}")
    doc.save(path)


@plan("f06_mbeki_bipolar_12mo.docx", "medicare-psychotherapy", [], "2026-04-10",
      [["duration-exceeds-limit"]],
      "Gap: duration typed 'dur: 12 mos (3/2/26 - 3/2/27)', one full year; the profile requires less than one "
      "year (strict). Rest clean. Layout: labels with stray punctuation ('Dx;', 'Freq -'), soft line breaks "
      "inside the client block, signature 'Jane Mbeki-Rowe, PhD 3/2/26'.",
      layout="soft line breaks, stray punctuation")
def f06(path):
    plan_d = D(2026, 3, 2)
    end = D(2027, 3, 2)
    assert days(plan_d, end) >= PSY_DURATION_MAX_DAYS
    doc = Doc()
    doc.p("Cedar Hill Psychology", bold=True)
    doc.br(["Client;  Harold Tennyson-Price", "DOB;  12-14-1950", "MBI;  3PE6-TT1-YV27",
            f"Plan Date;  {mdyy(plan_d)}"])
    doc.p("Dx; F31.81 bipolar II")
    doc.p("Tx Goals", bold=True)
    doc.lines(f"""
1) mood stability
   1a. client will track mood daily on mood chart at least 6 of 7 days/wk by {mdyy(D(2026, 4, 30))}
   1b. no more than 1 hypomanic episode (per mood chart + spouse report) over the next 3 mo, by {mdyy(D(2026, 6, 1))}
2) sleep routine
   2a. same bedtime (+/- 30 min) at least 5 nights/wk by {mdyy(D(2026, 5, 1))}
""")
    doc.lines(f"""
Interventions - IPSRT (interpersonal + social rhythm tx), psychoed, relapse signature plan
Freq - 2x/mo
Session - 53 min (90837)
dur: 12 mos ({mdyy(plan_d)} - {mdyy(end)})
""")
    doc.p(f"Jane Mbeki-Rowe, PhD {mdyy(plan_d)}")
    doc.save(path)


@plan("f07_lindqvist_panic_pa.docx", "medicare-psychotherapy", ["pa-55-5200"], "2026-03-25", [],
      "Clean. Pennsylvania clinic: intake 2.2.26, plan 2/20/26 (18 days), psychiatrist approval, client and "
      "therapist signatures dated in a sloppy signature table. Frequency 'biw x 4 wks then q wk', 45 min, "
      "'x12 wks'. Objectives numbered 1, 2, 2, 4.",
      layout="signature table, abbreviations")
def f07(path):
    intake, plan_d = D(2026, 2, 2), D(2026, 2, 20)
    assert days(intake, plan_d) <= PA_PLAN_DAYS
    doc = Doc()
    doc.p("SUSQUEHANNA VALLEY MH CLINIC", bold=True)
    doc.p("treatment plan")
    doc.lines(f"""
pt: Agnes Lindqvist          dob 6/1/1960
ins: Medicare  ID 6WR4-CC7-DK85
intake {dotyy(intake)}        plan {mdyy(plan_d)}
clinician: Samuel Ortega-Baez, LCSW
Dx F41.0 panic d/o
""")
    doc.p("Tx Goals", bold=True)
    doc.lines(f"""
Goal: pt will leave home for errands without panic attack
Obj 1 - panic attacks from 3/wk to 0-1 per wk (panic log) by {mdyy(D(2026, 5, 15))}
Obj 2 - PDSS score from 17 to 8 or less by {mdyy(D(2026, 5, 15))}
Obj 2 - pt will go to pharmacy/grocery alone 2x/wk by {mdyy(D(2026, 4, 17))}
Obj 4 - pt will name 3 coping statements to use during panic sx by {mdyy(D(2026, 3, 20))}
""")
    doc.lines("""
Modalities  CBT for panic, interoceptive exposure, in vivo exposure hierarchy
Freq biw x 4 wks then q wk, 45 min (90834)
Dur x12 wks
""")
    doc.table([
        ["Signatures", "", "date"],
        ["pt", "Agnes Lindqvist", mdyy(plan_d)],
        ["therapist", "Samuel Ortega-Baez LCSW", mdyy(plan_d)],
        ["psychiatrist approval", "R. Chaudhry, MD", mdyy(D(2026, 2, 24))],
    ])
    doc.save(path)


@plan("f08_feld_ocd_nocred.docx", "medicare-psychotherapy", [], "2026-04-20",
      [["credential-missing"]],
      "Gap: the only clinician signature is 'signed Marcus Feld 03-09-2026' and the plan never states his "
      "credential (header: 'Feld Counseling', 'Therapist Marcus Feld'). Rest clean.",
      layout="loose lines, no colons")
def f08(path):
    plan_d = D(2026, 3, 9)
    doc = Doc()
    doc.header("Feld Counseling  |  412 Oak St Suite 3")
    doc.lines(f"""
**Treatment Plan
Client  Beatrice Nakamura-Holt
DOB  2/28/1956
Medicare  8TY2-HG5-NC30
Therapist  Marcus Feld
Plan date  {mdyy(plan_d)}
Dx  F42.2 OCD (mixed obsessional thoughts + acts)
**Tx Goals
Goal 1  reduce checking rituals
 Obj 1  Y-BOCS from 26 to 15 or below by {mdyy(D(2026, 7, 6))}
 Obj 2  stove/lock checking from ~2 hrs/day to under 30 min/day (self-monitoring) by {mdyy(D(2026, 6, 8))}
Goal 2  return to weekly bridge club
 Obj 1  attend bridge club at least 3 of 4 wks/month by {mdyy(D(2026, 6, 8))}
**Plan
ERP (exposure + response prevention), cognitive tx
freq 1x/wk   60 min sessions (90837)   dur 20 wks
""")
    doc.p("")
    doc.p(f"signed Marcus Feld {dash(plan_d)}")
    doc.save(path)


@plan("f09_pryce_gad_undated_obj.docx", "medicare-psychotherapy", [], "2026-04-06",
      [["objective-not-time-bound"]],
      "Gap: Goal 2's only objective ('pt will reduce reassurance-seeking calls to daughter from 6/day to 2 or "
      "fewer/day, tracked on phone log') has no target date and its goal has none; every other objective is "
      "dated. Rest clean. Layout: 'Obj 1' lines, a copied line with a stale date crossed out in words on a "
      "Goal 1 objective ('by 9/30/25 - no, updated: 6/1/26').",
      layout="loose lines, stale fragment")
def f09(path):
    plan_d = D(2026, 3, 2)
    doc = Doc(font="Times New Roman", size=12)
    doc.p("Maplewood Counseling", bold=True)
    doc.lines(f"""
INDIVIDUAL TREATMENT PLAN
Pt   Cordelia Pryce     DOB 4/22/1954     MBI 1AC9-RM3-PT48
Date {mdyy(plan_d)}
Clinician   Tobias Wren, LICSW
Dx F41.1 GAD
""")
    doc.p("Tx Goals", bold=True)
    doc.lines(f"""
Goal 1 less worry
Obj 1 GAD-7 from 17 to 9 or below by 9/30/25 - no, updated: {mdyy(D(2026, 6, 1))}
Obj 2 pt will use worry-time technique (15 min/day) at least 5 days/wk per log by {mdyy(D(2026, 4, 27))}
Goal 2 less reassurance seeking
Obj 1 pt will reduce reassurance-seeking calls to daughter from 6/day to 2 or fewer/day, tracked on phone log
""")
    doc.lines("""
Interventions  CBT, worry exposure, response prevention for reassurance seeking
Freq weekly 45 min (90834)  Dur 16 wks
""")
    doc.p(f"Tobias Wren, LICSW   {dash(plan_d)}")
    doc.save(path)


@plan("f10_quint_mdd_outdated.docx", "medicare-psychotherapy", [], "2026-03-10",
      [["plan-outdated"]],
      "Gap: plan dated 2/3/25 and never reviewed; on the as-of date 2026-03-10 it is 400 days old (more than "
      "365). Otherwise complete: duration 10 months, all objectives dated in 2025.",
      layout="tab-separated labels, 'Goal #1' / 'goal 2)'")
def f10(path):
    plan_d = D(2025, 2, 3)
    as_of = date.fromisoformat("2026-03-10")
    assert days(plan_d, as_of) == 400 > PSY_PLAN_MAX_AGE
    doc = Doc()
    doc.p("Quarry Street Therapy", bold=True)
    doc.lines(f"""
Treatment plan
Name\tEzekiel Quint
DOB\t01/09/1948
Medicare ID\t4NV7-EJ2-WC19
Plan dt\t{mdyy(plan_d)}
Dx\tF33.1  MDD recurrent moderate
""")
    doc.lines(f"""
Goal #1 improve mood
  a) PHQ-9 from 18 to below 10 by {mdyy(D(2025, 6, 2))}
  b) out of apartment for walk or errand at least 4 days/wk by {mdyy(D(2025, 5, 5))}
goal 2) increase social contact
  a) attend senior center lunch at least 2x/wk by {mdyy(D(2025, 6, 2))}
Tx: CBT + behavioral activation
1x/wk 53 min (90837)
Duration 10 months (through {mdyy(D(2025, 12, 3))})
""")
    doc.p(f"- Rhea Vasquez-Oduya LCSW {mdyy(plan_d)}")
    doc.save(path)


@plan("f11_osterberg_grief_freq_npi.docx", "medicare-psychotherapy", [], "2026-04-08",
      [["frequency-missing"], ["identifier-invalid"]],
      "Two gaps: the service line 'Indiv psychotherapy 45 min (90834) x 20 sessions' never says how often; "
      "the clinician's NPI fails its check digit. Rest clean. Layout: header block with NPI, asterisk bullets, "
      "'Reveiw date' misspelled (no review rules in this profile).",
      layout="header block, asterisks")
def f11(path):
    plan_d = D(2026, 3, 11)
    bad = bad_npi("155820473")
    doc = Doc()
    doc.header(f"Mira Osterberg, LCSW  NPI {bad}  |  Osterberg Counseling LLC")
    doc.p("TX PLAN", bold=True, size=14)
    doc.lines(f"""
Client: Leopold Anand   DOB: 8/17/1951   Mcare ID: 2RJ6-QD9-KA57
Plan date: {mdyy(plan_d)}
Dx: F43.8? no -- F32.1 MDD single episode moderate (after wife's death 11/2025)
""")
    doc.p("Goals", bold=True)
    doc.lines(f"""
* Goal 1 - work through grief
   * Obj 1. PHQ-9 from 16 to 8 or below by {mdyy(D(2026, 7, 1))}
   * Obj 2. pt will visit wife's grave / look at photos w/o avoiding, at least 1x/wk by {mdyy(D(2026, 5, 13))}
* Goal 2 - daily structure
   * Obj 1. pt will keep to written daily schedule at least 5 of 7 days by {mdyy(D(2026, 5, 13))}
""")
    doc.lines(f"""
Interventions: grief-focused CBT, behavioral activation
Indiv psychotherapy 45 min (90834) x 20 sessions
Reveiw date {mdyy(D(2026, 6, 10))}
""")
    doc.p(f"Mira Osterberg, LCSW  {mdyy(plan_d)}")
    doc.save(path)


@plan("f12_kowalski_ptsd_pa_undated.docx", "medicare-psychotherapy", ["pa-55-5200"], "2026-04-02",
      [["signature-missing"]],
      "Gap: the client signed ('client sig: Irena Kowalski') but wrote no date; the date slot beside it is "
      "blank ('date ______'). Therapist and psychiatrist signatures are dated; intake 2/9/26, plan 3/3/26 "
      "(22 days). Layout: 'Obj 1' lines, freq/dur/amount run together on one line.",
      layout="run-together facts, blank date slot")
def f12(path):
    intake, plan_d = D(2026, 2, 9), D(2026, 3, 3)
    assert days(intake, plan_d) == 22 <= PA_PLAN_DAYS
    doc = Doc()
    doc.p("Keystone Community Mental Health - Outpatient", bold=True)
    doc.lines(f"""
Tx Plan
client Irena Kowalski       DOB 3/15/1959
Medicare #  9KD3-WF6-JH22
Intake {mdyy(intake)}   Plan {mdyy(plan_d)}
primary clinician  Brandon Achebe, LPC
Dx F43.10 PTSD
Goal 1 feel safe at home again
Obj 1 PCL-5 from 48 to under 33 by {mdyy(D(2026, 6, 2))}
Obj 2 sleep through the night (no waking from nightmares) at least 4 nights/wk by {mdyy(D(2026, 5, 5))}
Goal 2 return to shopping independently
Obj 1 go to the supermarket alone at least 1x/wk by {mdyy(D(2026, 5, 5))}
Tx: trauma-focused CBT, PE (prolonged exposure), relaxation trng
Freq 1x/wk dur 14 wks 53 min 90837
""")
    doc.p("")
    doc.p("client sig: Irena Kowalski          date ______")
    doc.p(f"clinician: Brandon Achebe, LPC   {mdyy(plan_d)}")
    doc.p(f"MD approval: Dr. Femi Adeyemi, MD (psychiatry)  {mdyy(D(2026, 3, 6))}")
    doc.save(path)


@plan("f13_ferreira_mdd_esig.docx", "medicare-psychotherapy", [], "2026-04-20", [],
      "Clean. Telehealth plan: goals in a rough three-column table (goal | how measured | by when), "
      "e-signature stamp 'Electronically signed by Paulo Ferreira, LMHC on 9-Mar-2026 14:32'. "
      "'Frequency - 2x wk' with no colon; duration 'x 12 wks'.",
      layout="goal table, e-sig stamp")
def f13(path):
    plan_d = D(2026, 3, 9)
    doc = Doc()
    doc.p("BayPoint Telehealth Counseling", bold=True)
    doc.lines(f"""
Plan of tx
Pt - Graciela Montoya   DOB 10/3/1957   MBI 7CF4-UH8-MM13
Date {dmon(plan_d)}
Dx F33.1 major depressive d/o recurrent moderate
Therapist Paulo Ferreira LMHC
""")
    doc.table([
        ["goal", "how measured", "by when"],
        ["1. mood better", "PHQ-9 from 17 to 9 or less", mdyy(D(2026, 6, 1))],
        ["2. out of the house", "walk or errand at least 4 days/wk (activity log)", mdyy(D(2026, 5, 4))],
        ["3. sleep", "in bed by 11pm at least 5 nights/wk", mdyy(D(2026, 5, 4))],
    ], bold_header=True)
    doc.lines("""
Tx  CBT, behavioral activation (video visits)
Frequency - 2x wk
Session 45 min (90834-95)
x 12 wks
""")
    doc.p(f"Electronically signed by Paulo Ferreira, LMHC on {dmon(plan_d)} 14:32")
    doc.save(path)


# ============================================================================================
# Outpatient therapy PT / OT / SLP (medicare-outpatient-therapy)
# ============================================================================================

@plan("f14_oyelaran_pt_knee.docx", "medicare-outpatient-therapy", [], "2026-03-15", [],
      "Clean. PT plan of care typed as abbreviation-heavy lines: 'Eval/1st tx 2/10/26', 'Cert period 2/10/26 - "
      "5/10/26' (89 days), 'Freq 2x wk x 8 wks', LTG/STG with 'amb 300' w/ SPC mod I'. Physician certified "
      "'Dr R. Villanueva MD e-signed 2/13/2026' (3 days after first treatment).",
      layout="abbreviation-heavy lines, LTG/STG")
def f14(path):
    ev, cert_end, md = D(2026, 2, 10), D(2026, 5, 10), D(2026, 2, 13)
    assert days(ev, cert_end) == 89 <= PT_REVIEW_DAYS and days(ev, md) <= PT_CERT_DAYS
    doc = Doc()
    doc.p("Summit Physical Therapy - PLAN OF CARE", bold=True)
    doc.lines(f"""
Pt  Winifred Castellano      DOB 7/7/1946
MBI 3UA5-GV2-RN64
Eval/1st tx {mdyy(ev)}     POC date {mdyy(ev)}
Cert period {mdyy(ev)} - {mdyy(cert_end)}
Dx  M17.11 OA R knee;  R26.89 gait abn
Referring  Dr. Ramon Villanueva MD  NPI {npi('162938475')}
""")
    doc.p("Assessment: pt w/ R knee pain 6/10, flex 0-95, amb 75' w/ SPC + min A, TUG 19 sec, high fall risk.")
    doc.p("Goals", bold=True)
    doc.lines(f"""
STG (4 wks)
 1. R knee flex AROM 95 -> 110 deg by {mdyy(D(2026, 3, 10))}
 2. TUG under 15 sec by {mdyy(D(2026, 3, 10))}
LTG (8 wks)
 1. amb 300' w/ SPC mod I on level surfaces by {mdyy(D(2026, 4, 7))}
 2. asc/desc 12 steps w/ 1 rail mod I by {mdyy(D(2026, 4, 7))}
""")
    doc.lines("""
Tx plan: ther ex 97110, neuro re-ed/balance 97112, gait trng 97116, manual 97140, HEP
Freq 2x wk x 8 wks
""")
    doc.p(f"Kendra Oyelaran, PT, DPT   {mdyy(ev)}")
    doc.p("")
    doc.p("Physician cert: I certify the need for these services furnished under this plan of treatment.")
    doc.p(f"Dr R. Villanueva MD e-signed {mdY(md)}")
    doc.save(path)


@plan("f15_tran_ot_cert_late.docx", "medicare-outpatient-therapy", [], "2026-03-01",
      [["signature-late"]],
      "Gap: OT eval/first treatment 1-6-26; certifying physician signed 2/23/26, 48 days later (due within 30, "
      "by 2/5/26). A late certification is a warning under the 2025-01 version. Cert period 89 days. "
      "Layout: 'Frequancy', run-together 'Freq 2x/wk dur 12 wks', physician line 'Dr. M. Haugen MD signed "
      "2/23/26'.",
      layout="misspelled labels, run-together facts")
def f15(path):
    ev, cert_end, md = D(2026, 1, 6), D(2026, 4, 5), D(2026, 2, 23)
    assert days(ev, md) == 48 > PT_CERT_DAYS and days(ev, cert_end) <= PT_REVIEW_DAYS
    doc = Doc()
    doc.p("Occupational Therapy POC", bold=True, size=13)
    doc.p("Westfield Rehab - outpt", italic=True)
    doc.lines(f"""
pt name Bao Tran   DOB 2/2/1944   Medicare 5MC8-XY3-TA40
Eval date (1st tx) {dashyy(ev)}        plan dt {dashyy(ev)}
cert {mdyy(ev)} thru {mdyy(cert_end)}
Dx I69.351 hemiplegia R dom side after CVA
Therapist  Sofia Lindahl OTR/L
""")
    doc.lines(f"""
Goals
LTG 1 - pt will complete UB dressing w/ set-up only by {mdyy(D(2026, 3, 31))}
LTG 2 - pt will complete toilet transfer w/ SBA using grab bar by {mdyy(D(2026, 3, 31))}
STG 1 - R grip strength from 8 lb to 20 lb by {mdyy(D(2026, 2, 17))}
STG 2 - pt will button shirt (5 buttons) w/ min A in under 5 min by {mdyy(D(2026, 2, 17))}
Interventions  ther act 97530, ther ex 97110, ADL trng 97535, neuro re-ed 97112
Frequancy
Freq 2x/wk dur 12 wks
""")
    doc.p(f"Sofia Lindahl, OTR/L  {mdyy(ev)}")
    doc.p(f"Certifying physician: Dr. M. Haugen MD signed {mdyy(md)}")
    doc.save(path)


@plan("f16_abernathy_slp_120d.docx", "medicare-outpatient-therapy", [], "2026-02-20",
      [["review-interval-exceeded"]],
      "Gap: certification period typed 'Cert 1/14/26 to 5/14/26' - 120 days from the first treatment; "
      "recertification is required at least every 90 days. Physician signed 1/20/26. Layout: SLP note style, "
      "goals as 'Goal #1' / 'goal 2)', '% acc' targets.",
      layout="SLP note style")
def f16(path):
    ev, cert_end, md = D(2026, 1, 14), D(2026, 5, 14), D(2026, 1, 20)
    assert days(ev, cert_end) == 120 > PT_REVIEW_DAYS
    doc = Doc()
    doc.p("Speech Language Pathology - Plan of Care", bold=True)
    doc.lines(f"""
Pt Reginald Abernathy  DOB 11/11/1941  MBI 8HW2-KP5-QE37
Eval / 1st visit {mdyy(ev)}   Plan {mdyy(ev)}
Cert {mdyy(ev)} to {mdyy(cert_end)}
Dx I69.320 aphasia following CVA; R41.841 cog-communication deficit
""")
    doc.lines(f"""
Goal #1 pt will name common objects w/ 80% acc given min cues by {mdyy(D(2026, 3, 25))}
goal 2) pt will follow 2-step commands w/ 90% acc by {mdyy(D(2026, 3, 25))}
goal 3) pt will use phone to call family member w/ written script independently by {mdyy(D(2026, 4, 22))}
tx: 92507 speech/lang tx, caregiver ed, home program
Freq 2x/wk  dur 16 wks
""")
    doc.p(f"- Yolanda Pretorius, MS, CCC-SLP  {mdyy(ev)}")
    doc.p(f"MD: Dr. Anton Lisowski MD  signed {mdyy(md)}")
    doc.save(path)


@plan("f17_gruber_pt_lapsed.docx", "medicare-outpatient-therapy", [], "2026-02-20",
      [["review-overdue"]],
      "Gap: the certification period 11/3/25 - 1/30/26 has ended on the as-of date 2026-02-20 and no "
      "recertification or progress report is recorded. Everything else timely (physician signed 11/7/25). "
      "Layout: hyphen lists, dates as '3-Nov-2025' mixed with slashes.",
      layout="hyphen lists, mixed date styles")
def f17(path):
    ev, cert_end, md = D(2025, 11, 3), D(2026, 1, 30), D(2025, 11, 7)
    as_of = date.fromisoformat("2026-02-20")
    assert days(ev, cert_end) == 88 <= PT_REVIEW_DAYS and cert_end < as_of
    doc = Doc()
    doc.p("Riverside Outpatient Rehab", bold=True)
    doc.p("PT Plan of Care / Cert")
    doc.lines(f"""
- Pt: Horst Gruber
- DOB: {dmon(D(1949, 4, 30))}
- Medicare ID: 6PK3-AB9-XT15
- 1st tx (eval): {dmon(ev)}
- POC dated {mdyy(ev)}
- Cert: {mdyy(ev)} - {mdyy(cert_end)}
- Dx: M48.061 lumbar stenosis; Z91.81 hx falls
""")
    doc.lines(f"""
Goals
- pt will stand 10 min for meal prep w/ pain 3/10 or less by {mdyy(D(2026, 1, 26))}
- pt will amb community distances (1000') w/ rollator mod I by {mdyy(D(2026, 1, 26))}
- Berg from 38 to 46 or more by {mdyy(D(2026, 1, 26))}
Plan
- ther ex, balance, gait, manual, HEP
- 2x/wk x 12 wks
""")
    doc.p(f"Therapist - Lionel Baptiste, PT  {mdyy(ev)}")
    doc.p(f"Physician - Dr. Carmen Esposito, DO  {mdyy(md)}")
    doc.save(path)


@plan("f18_delacroix_pt_chiro.docx", "medicare-outpatient-therapy", [], "2026-03-25",
      [["credential-not-permitted", "signature-missing"]],
      "Gap: the plan is 'certified' by 'Dr. Paul Greco, DC' - a chiropractor, who may not certify a Medicare "
      "therapy plan; no MD/DO/NP/PA signature. Either finding kind is accepted. Signed 3/5/26, 3 days after "
      "first treatment, so timeliness is not at issue.",
      layout="certification box as table")
def f18(path):
    ev, cert_end, dc = D(2026, 3, 2), D(2026, 5, 29), D(2026, 3, 5)
    assert days(ev, cert_end) == 88
    doc = Doc()
    doc.p("Brookline Spine & Sport PT", bold=True)
    doc.lines(f"""
Plan of care
Patient Mireille Delacroix    DOB 12/5/1953    Mcare 4GD7-LM2-HU88
Initial eval / first tx {mdY(ev)}   POC {mdY(ev)}
Cert period {mdyy(ev)} - {mdyy(cert_end)}
Dx M54.50 LBP;  M62.81 muscle weakness
""")
    doc.lines(f"""
Problems  LBP 7/10 w/ sitting > 20 min, lifting limited to 5 lb, Oswestry 48%
LTG
1. Oswestry from 48% to 24% or less by {mdyy(D(2026, 5, 25))}
2. lift 20 lb floor to waist w/ proper mechanics, pain 2/10 or less, by {mdyy(D(2026, 5, 25))}
3. sit 60 min w/ pain 3/10 or less by {mdyy(D(2026, 4, 27))}
Tx  ther ex 97110, manual 97140, ther act 97530, HEP
Freq 2-3x/wk x 12 wks
""")
    doc.p(f"Therapist  Quentin Aldana, PT, DPT  {mdyy(ev)}")
    doc.table([
        ["CERTIFICATION", ""],
        ["Certifying provider", "Dr. Paul Greco, DC"],
        ["Signature / date", f"Paul Greco DC  {mdyy(dc)}"],
    ], merge=[(0, 0, 0, 1)])
    doc.save(path)


@plan("f19_ivanova_ot_nodur.docx", "medicare-outpatient-therapy", [], "2026-04-01",
      [["duration-missing"]],
      "Gap: 'Freq 3x/wk' with no number of weeks or visits anywhere; the plan gives only the certification "
      "period (which does not state duration under this profile) and goal dates. Rest clean.",
      layout="sloppy table with merged header")
def f19(path):
    ev, cert_end, md = D(2026, 3, 9), D(2026, 6, 6), D(2026, 3, 12)
    assert days(ev, cert_end) == 89
    doc = Doc()
    doc.p("OT PLAN OF TX", bold=True)
    doc.table([
        ["Pt info", "", ""],
        ["Name  Svetlana Ivanova", "DOB 1/20/1950", "MBI 2WQ6-JT4-NB71"],
        [f"eval/1st tx  {mdyy(ev)}", f"plan dt {mdyy(ev)}", f"cert {mdyy(ev)}-{mdyy(cert_end)}"],
        ["Dx  M75.101 R RTC tear (non traumatic)", "M25.611 stiffness R shoulder", ""],
    ], merge=[(0, 0, 0, 2)])
    doc.p("")
    doc.lines(f"""
Goals
1. R shoulder flex AROM 90 -> 140 deg by {mdyy(D(2026, 5, 4))}
2. pt will reach to 2nd shelf to put away dishes w/ pain 2/10 or less independently by {mdyy(D(2026, 6, 1))}
3. QuickDASH from 61 to 30 or less by {mdyy(D(2026, 6, 1))}
Plan: ther ex 97110, manual 97140, ther act 97530, HEP
Freq 3x/wk
""")
    doc.p(f"Therapist: Bettina Ruiz-Calder OTR/L  {mdyy(ev)}")
    doc.p(f"Physician signature: Dr. Kwame Asante, MD  date {mdyy(md)}")
    doc.save(path)


@plan("f20_nakashima_slp_dysphagia.docx", "medicare-outpatient-therapy", [], "2026-04-10", [],
      "Clean. SLP dysphagia plan with a tracked change on the frequency line ('2x/wk' deleted, '3x/wk' "
      "inserted; either is a frequency), 'dur 8 wks', cert 89 days, physician signed 3 days after eval as "
      "'signed RM 03-19-2026 (Rosa Mendelssohn, NP)'.",
      layout="tracked change, initials signature with name in brackets")
def f20(path):
    ev, cert_end, np_ = D(2026, 3, 16), D(2026, 6, 13), D(2026, 3, 19)
    assert days(ev, cert_end) == 89 and days(ev, np_) <= PT_CERT_DAYS
    doc = Doc()
    doc.p("Outpatient Speech Therapy", bold=True)
    doc.lines(f"""
SLP POC
pt: Haruto Nakashima   dob 5/5/1947   MBI 9AE3-RR7-GW52
eval (1st tx) {mdyy(ev)}   poc {mdyy(ev)}   cert {mdyy(ev)} - {mdyy(cert_end)}
Dx: I69.391 dysphagia after CVA; R13.12 oropharyngeal dysphagia
MBSS {mdyy(D(2026, 3, 10))}: pen/asp w/ thin liquids, PAS 6
Goals
1. pt will use chin tuck + effortful swallow w/ 90% acc during meals given min cues by {mdyy(D(2026, 4, 27))}
2. pt will tolerate mildly thick liquids w/ no overt s/s aspiration across 3 consecutive sessions by {mdyy(D(2026, 5, 11))}
3. pt will advance to regular solids (IDDSI 7) w/o s/s aspiration by {mdyy(D(2026, 5, 11))}
tx 92526 swallow tx, NMES 97014? no - not using. compensatory strategies, pt/caregiver ed
""")
    doc.tracked("Freq ", "2x/wk", "3x/wk", "  dur 8 wks", author="C. Whitlock")
    doc.p(f"Clinician  Caroline Whitlock, MA, CCC-SLP   {mdyy(ev)}")
    doc.p(f"signed RM {dash(np_)} (Rosa Mendelssohn, NP)")
    doc.save(path)


@plan("f21_obrien_pt_tka_2024.docx", "medicare-outpatient-therapy", [], "2024-10-15", [],
      "Clean (as-of 2024, profile version 2015-10). Post-TKA PT plan: eval 9/9/24, cert 9/9/24 - 12/7/24 "
      "(89 days), 'Freq - 3x wk' and 'Dur - 6 wks', physician 'signed by Dr. Li Wei, MD 9/12/24'. Stale "
      "copied line 'DOS 08/01/2023 (old - ignore)' at the top.",
      layout="stale copied line, dash labels")
def f21(path):
    ev, cert_end, md = D(2024, 9, 9), D(2024, 12, 7), D(2024, 9, 12)
    assert days(ev, cert_end) == 89 and days(ev, md) == 3
    doc = Doc()
    doc.p("Prairie View PT", bold=True)
    doc.p("DOS 08/01/2023 (old - ignore, template from prior pt)", italic=True)
    doc.lines(f"""
PLAN OF CARE - PT
Name - Siobhan O'Brien
DOB - {mdyy(D(1952, 2, 29))}
MBI - 1TR5-ZN8-DC03
Eval/start of care - {mdyy(ev)}
Plan date - {mdyy(ev)}
Cert - {mdyy(ev)} to {mdyy(cert_end)}
Dx - Z96.651 s/p R TKA; Z47.1 aftercare joint replacement
Status - R knee flex 78 deg, ext -8, amb 50' w/ RW CGA, 5x STS unable w/o UE
Goals -
  1) R knee flex to 110 deg and ext to 0 deg by {mdyy(D(2024, 10, 21))}
  2) amb 500' w/ SPC mod I by {mdyy(D(2024, 10, 21))}
  3) 5x sit to stand in 15 sec or less w/o UE by {mdyy(D(2024, 10, 21))}
Interventions - ther ex, gait trng, manual, cryo, HEP
Freq - 3x wk
Dur - 6 wks
""")
    doc.p(f"Gwendolyn Achterberg PTA? no - Gwendolyn Achterberg, PT  {mdyy(ev)}")
    doc.p(f"signed by Dr. Li Wei, MD {mdyy(md)}")
    doc.save(path)


@plan("f22_sandoval_pt_poc_late.docx", "medicare-outpatient-therapy", [], "2026-03-10",
      [["plan-late"]],
      "Gap: 'Initial eval + tx 2/2/26' but 'POC completed 2/12/26' - the plan is dated 10 days after the "
      "first treatment (must be on or before it; a warning). Cert 2/2/26 - 5/1/26 (88 days), physician signed "
      "2/16/26 (14 days after first treatment).",
      layout="labels with stray punctuation")
def f22(path):
    ev, plan_d, cert_end, md = D(2026, 2, 2), D(2026, 2, 12), D(2026, 5, 1), D(2026, 2, 16)
    assert days(ev, plan_d) == 10 and days(ev, cert_end) == 88 and days(ev, md) == 14
    doc = Doc()
    doc.p("Mesa Verde Therapy Services", bold=True)
    doc.lines(f"""
PT POC:
Pt.. Alejandro Sandoval    DOB.. 3/3/1951    MBI.. 7JK2-PV6-HE90
Initial eval + tx.. {mdyy(ev)}
POC completed.. {mdyy(plan_d)}
Cert.. {mdyy(ev)} - {mdyy(cert_end)}
Dx.. S72.141D R intertroch fx, subsequent, routine healing; R26.2 diff walking
Goals::
 LTG1 amb 200' w/ RW mod I by {mdyy(D(2026, 4, 13))}
 LTG2 TUG from 24 to under 14 sec by {mdyy(D(2026, 4, 27))}
 LTG3 car transfer w/ SBA by {mdyy(D(2026, 3, 30))}
Tx:: gait trng 97116, ther ex 97110, ther act 97530, HEP
Freq:: 2x wk x 12 wks
""")
    doc.p(f"PT: Marisol Etxeberria, PT  {mdyy(plan_d)}")
    doc.p(f"Cert MD: Dr. Owen Pritchard MD  {mdyy(md)}")
    doc.save(path)


# ============================================================================================
# Home health (medicare-home-health)
# ============================================================================================

def hh_orders(doc, orders):
    doc.p("Orders / disciplines + freq", bold=True)
    for o in orders:
        doc.p(o)


@plan("f23_pemberton_hh_chf.docx", "medicare-home-health", [], "2026-03-20", [],
      "Clean. Home health plan of care typed free-form (no 485 grid): 'SOC 3/2/26', 'cert per 3/2/26-4/30/26' "
      "(59 days), orders 'SN 1w1, 2w4, 1w3', 'PT 2w4', 'HHA 2w4' with their own week counts, measurable goals, "
      "'Dr. Hollis Adeyemi-Cole MD signed 3/6/26'.",
      layout="free-form 485-style lines")
def f23(path):
    soc, cert_end, md = D(2026, 3, 2), D(2026, 4, 30), D(2026, 3, 6)
    assert days(soc, cert_end) == 59 <= HH_REVIEW_DAYS
    doc = Doc()
    doc.p("Golden Meadows Home Health - Plan of Care", bold=True)
    doc.lines(f"""
Pt Eleanor Pemberton     DOB 10/10/1938     HI claim # / MBI 2FE7-WA4-KK19
SOC {mdyy(soc)}      cert per {mdyy(soc)}-{mdyy(cert_end)}
Attending  Dr. Hollis Adeyemi-Cole MD  NPI {npi('148392016')}
Dx  I50.22 chronic systolic CHF; J44.9 COPD; E11.9 DM2
Homebound: SOB w/ 20' ambulation, requires RW + assist of 1 to leave home
""")
    hh_orders(doc, ["SN 1w1, 2w4, 1w3 - assess cardiopulm, daily wt review, med mgmt, CHF/COPD teaching",
                    "PT 2w4 - gait/transfer trng, HEP, fall prevention",
                    "HHA 2w4 - bathing/personal care"])
    doc.lines(f"""
Goals
- pt will verbalize 3 s/s of CHF exacerbation + when to call MD by {mdyy(D(2026, 3, 30))}
- pt will log daily weight at least 6 of 7 days by {mdyy(D(2026, 4, 6))}
- pt will amb 100' w/ RW SBA by {mdyy(D(2026, 4, 27))}
- no ER visits or hospitalization during cert period
Rehab potential good for stated goals. D/C when goals met.
""")
    doc.p(f"RN case mgr  Tamsin Greaves RN  {mdyy(soc)}")
    doc.p(f"Dr. Hollis Adeyemi-Cole MD signed {mdyy(md)}")
    doc.save(path)


@plan("f24_ruiz_hh_prn.docx", "medicare-home-health", [], "2026-04-02",
      [["frequency-missing"]],
      "Gap: 'MSW PRN' with no limit on the number of visits (PRN orders need a visit limit); SN and OT orders "
      "have frequencies. Rest clean: cert 3/16/26-5/14/26 (59 days), physician signed 3/18/26.",
      layout="asterisk lists, 'cert per'")
def f24(path):
    soc, cert_end, md = D(2026, 3, 16), D(2026, 5, 14), D(2026, 3, 18)
    assert days(soc, cert_end) == 59
    doc = Doc()
    doc.p("Sunrise Home Care Services", bold=True)
    doc.p("HOME HEALTH POC")
    doc.lines(f"""
patient: Ignacio Ruiz-Belmonte
dob {dashyy(D(1940, 8, 8))}? no 08-08-1940
medicare # 3HJ9-CD2-PM46
soc {mdyy(soc)}  cert per {mdyy(soc)}-{mdyy(cert_end)}
dx E11.621 DM2 w/ foot ulcer; I10 HTN
""")
    doc.lines(f"""
* SN 2w3, 1w5 - wound assess/care L foot, DM teaching, glucose log review
* OT 1w4 - ADL retraining, bathing equipment
* MSW PRN - community resources, meals on wheels
goals
* L plantar ulcer from 2.5 x 2.0 cm to fully healed by {mdyy(D(2026, 5, 11))}
* pt will check + log blood glucose 2x/day at least 6 of 7 days by {mdyy(D(2026, 4, 13))}
* pt will bathe w/ tub bench + set-up only by {mdyy(D(2026, 4, 27))}
""")
    doc.p(f"ordering: Renata Szabo, MD   e-sig {mdyy(md)}")
    doc.save(path)


@plan("f25_whitcombe_hh_md_undated.docx", "medicare-home-health", [], "2026-03-27",
      [["signature-missing"]],
      "Gap: the physician signature line reads '/s/ Anneli Lindqvist, DO' with 'Date signed: ______' blank - "
      "an undated certification. Rest clean: SOC 3/9/26, cert 3/9/26-5/7/26 (59 days).",
      layout="signature table with blank date cell")
def f25(path):
    soc, cert_end = D(2026, 3, 9), D(2026, 5, 7)
    assert days(soc, cert_end) == 59
    doc = Doc()
    doc.p("Evergreen HHA", bold=True)
    doc.lines(f"""
Plan of care
Pt  Lavinia Whitcombe   DOB 12/24/1935   MBI 5RT2-NE8-AJ67
SOC {dot(soc)}    Cert period {dot(soc)} - {dot(cert_end)}
Dx  S72.001D R hip fx (subsequent enc.);  Z91.81 hx of falls
Orders
  PT  3w2, 2w3, 1w2   ther ex, gait, transfer trng, home safety
  OT  1w4             ADL trng, DME (raised toilet seat)
  SN  1w2             med rec, pain mgmt, fall prevention teaching
Goals
  1. amb 150' w/ RW mod I in home by {mdyy(D(2026, 4, 20))}
  2. toilet + shower transfers w/ SBA by {mdyy(D(2026, 4, 20))}
  3. pain 3/10 or less w/ activity by {mdyy(D(2026, 3, 30))}
""")
    doc.table([
        ["Attending physician signature", "Date signed"],
        ["/s/ Anneli Lindqvist, DO", "______"],
    ])
    doc.p(f"Prepared by: Marguerite Osei RN  {mdyy(soc)}")
    doc.save(path)


@plan("f26_kaminski_hh_88days.docx", "medicare-home-health", [], "2026-03-20",
      [["review-interval-exceeded"]],
      "Gap: certification period typed '3/2/2026 thru 5/29/2026' - 88 days from the start of care; home "
      "health recertification is due at least every 60 days (a warning, unverified). Rest clean.",
      layout="one paragraph per discipline, run-together facts")
def f26(path):
    soc, cert_end, md = D(2026, 3, 2), D(2026, 5, 29), D(2026, 3, 5)
    assert days(soc, cert_end) == 88 > HH_REVIEW_DAYS
    doc = Doc()
    doc.p("HARBORVIEW HOME HEALTH", bold=True)
    doc.lines(f"""
plan of care/certification
Stanislaw Kaminski  DOB 6/14/1937  MBI 8NC4-TW7-EP29
SOC {mdY(soc)}  Certification period {mdY(soc)} thru {mdY(cert_end)}
Dx J44.1 COPD w/ acute exacerbation; R53.1 weakness
SN freq 2w4 then 1w8 for cardiopulm assess, O2 safety, inhaler teaching, s/s resp infection
PT freq 2w6 for strengthening, endurance, gait w/ O2
goals: SpO2 90% or more on 2L w/ ADLs by {mdyy(D(2026, 4, 13))}; amb 150' w/ 4WW + O2 w/ SBA by {mdyy(D(2026, 4, 27))}; pt will demonstrate correct MDI + spacer technique (return demo) by {mdyy(D(2026, 3, 23))}
""")
    doc.p(f"physician: Dr. Yusuf Hakimi, MD -- signed {mon(md)}")
    doc.save(path)


@plan("f27_okonkwo_hh_vague_goal.docx", "medicare-home-health", [], "2026-04-06",
      [["goal-not-measurable"]],
      "Gap: goal 3 'Pt will have improved safety in the home' states no measure or level and has no "
      "objective under it; goals 1-2 are measurable. Rest clean (cert 3/23/26-5/21/26, 59 days; NP signature "
      "dated).",
      layout="numbered goals 1, 2, 2 (third typed as 2)")
def f27(path):
    soc, cert_end, np_ = D(2026, 3, 23), D(2026, 5, 21), D(2026, 3, 25)
    assert days(soc, cert_end) == 59
    doc = Doc()
    doc.p("Bluebonnet Home Health", bold=True)
    doc.lines(f"""
POC
Pt: Chidinma Okonkwo    DOB: 3/31/1942    MBI: 6DA3-HH5-RW84
SOC: {mdyy(soc)}    Cert: {mdyy(soc)}-{mdyy(cert_end)}
Dx: G20.A1 Parkinson's dz; Z91.81 hx falls
Orders:
SN 1w8 - med mgmt (carbidopa/levodopa timing), fall risk
PT 2w4, 1w4 - gait w/ cueing, balance, home safety
Goals:
1. Berg from 36 to 44 or more by {mdyy(D(2026, 5, 18))}
2. pt will take meds on schedule per pill organizer 7 of 7 days by {mdyy(D(2026, 4, 20))}
2. Pt will have improved safety in the home.
""")
    doc.p(f"signed  Harriet Lemaire, NP  {dash(np_)}")
    doc.save(path)


@plan("f28_fairweather_hh_wound.docx", "medicare-home-health", [], "2026-04-10", [],
      "Clean. Wound-care home health plan, facts split over lines by accidental Enter presses ('SN' / "
      "'3w3, 2w5' on the next line), NP signature 'Jane Fairfax-Ito, NP (e-sig) 3.25.26'. Cert 3/23/26-"
      "5/21/26 (59 days).",
      layout="facts split over lines")
def f28(path):
    soc, cert_end, np_ = D(2026, 3, 23), D(2026, 5, 21), D(2026, 3, 25)
    assert days(soc, cert_end) == 59
    doc = Doc()
    doc.p("Coastal Home Nursing", bold=True)
    doc.lines(f"""
Plan of Care
Pt name
Beatrix Fairweather
DOB
4/1/1941
MBI
9PU5-QC2-LX38
SOC {mdyy(soc)}
Cert period {mdyy(soc)} -
{mdyy(cert_end)}
Dx L89.153 sacral pressure ulcer stage 3;  E11.9 DM2
Orders
SN
3w3, 2w5
wound care sacrum (NS cleanse, hydrocolloid), nutrition teaching, offloading
HHA
2w8
bathing, skin checks
Goals
sacral wound from 4.0 x 3.2 cm to 2.0 x 1.5 cm or smaller by {mdyy(D(2026, 5, 18))}
cg will demonstrate correct dressing change (return demo) by {mdyy(D(2026, 4, 6))}
pt will be repositioned q2h per turning log 90% of entries by {mdyy(D(2026, 4, 6))}
""")
    doc.p(f"Jane Fairfax-Ito, NP (e-sig) {dotyy(np_)}")
    doc.save(path)


# ============================================================================================
# ABA (commercial-aba)
# ============================================================================================

@plan("f29_delgado_aba_clean.docx", "commercial-aba", [], "2026-03-10", [],
      "Clean. ABA plan typed as paragraphs: 'Goal 1 (manding)' with 'baseline -', 'mastery -', 'target dt' "
      "lines, a parent-training goal, VB-MAPP 2/6/26, auth 3/1/26-8/31/26 (6 months), next review 8/15/26 "
      "(176 days), hours by CPT ('97153 - 15 hrs/wk'), BCBA and parent signatures typed casually.",
      layout="paragraph goals with baseline/mastery lines")
def f29(path):
    plan_d, a0, a1, rev, vb = D(2026, 2, 20), D(2026, 3, 1), D(2026, 8, 31), D(2026, 8, 15), D(2026, 2, 6)
    assert a1 <= add_months(a0, 6) and days(plan_d, rev) == 176 <= ABA_REVIEW_DAYS
    assert days(vb, plan_d) <= ABA_ASSESS_DAYS
    doc = Doc()
    doc.p("Bright Steps Behavioral - ABA Treatment Plan", bold=True)
    doc.lines(f"""
Client  Mateo Delgado     DOB 8/14/2020 (age 5)
Member ID  AET448120937   (Aetna)
Plan dt {mdyy(plan_d)}     Auth period {mdyy(a0)}-{mdyy(a1)}
Dx F84.0 autistic disorder - dx'd by Dr. Priya Natarajan PhD (licensed psychologist) {mdyy(D(2023, 6, 12))}
Assessments: VB-MAPP {mdyy(vb)} - milestones 42 (level 1-2), barriers 31; Vineland-3 ABC 64 ({mdyy(D(2026, 2, 9))})
""")
    doc.p("Goals", bold=True)
    doc.lines(f"""
Goal 1 (manding) - Mateo will independently mand for preferred items/activities
   baseline - 2 independent mands/hr
   mastery - 15 or more independent mands/hr across 3 consecutive sessions
   target dt {mdyy(D(2026, 8, 1))}
Goal 2 (tolerating denied access) - reduce tantrums when told "no"/"wait"
   baseline - avg 9 tantrums/day (ABC data, 2 wks)
   mastery - 2 or fewer tantrums/day for 4 consecutive wks
   target dt {mdyy(D(2026, 8, 1))}
Goal 3 (toileting) - void in toilet on schedule
   baseline - 10% of scheduled sits
   mastery - 80% of scheduled sits across 10 consecutive days
   target dt {mdyy(D(2026, 7, 1))}
Goal 4 (parent training) - parent will implement first-then + planned ignoring protocol
   baseline - 35% fidelity (BST checklist)
   mastery - 90% fidelity across 3 consecutive observations
   target dt {mdyy(D(2026, 6, 1))}
""")
    doc.lines(f"""
Services requested
97153 - 15 hrs/wk  (RBT, home + clinic)
97155 - 2 hrs/wk   (BCBA protocol modification)
97156 - 1 hr/wk    (parent trng)
Next review {mdyy(rev)}
""")
    doc.p(f"BCBA - Naomi Feldstein, M.Ed., BCBA  {mdyy(plan_d)}")
    doc.p(f"parent - Rosa Delgado (mom)  {mdyy(D(2026, 2, 23))}")
    doc.save(path)


@plan("f30_ashford_aba_nobaseline.docx", "commercial-aba", [], "2026-03-31",
      [["baseline-missing"]],
      "Gap: Goal 3 (social play) says 'Baseline: not probed yet - will collect wk 1' - no starting level; the "
      "other goals have baselines. Rest clean: Vineland-3 + AFLS, auth 6 months, review 8/31/26, caregiver "
      "goal, hours per CPT.",
      layout="goal table with baseline/mastery/target columns")
def f30(path):
    plan_d, a0, a1, rev = D(2026, 3, 2), D(2026, 3, 9), D(2026, 9, 8), D(2026, 8, 31)
    assert a1 <= add_months(a0, 6) and days(plan_d, rev) <= ABA_REVIEW_DAYS
    doc = Doc()
    doc.p("Keystone Autism Services", bold=True)
    doc.p("ABA tx plan - initial auth request")
    doc.lines(f"""
Client: Theodore Ashford     DOB: 01/17/2019
Member ID: UHC 907733512-01
Plan date: {mdyy(plan_d)}     Auth: {mdyy(a0)} to {mdyy(a1)}
Dx: F84.0 ASD - dx by Marcus Ellery, MD (dev peds) on {mdyy(D(2024, 11, 4))}
Assessment: Vineland-3 ({mdyy(D(2026, 2, 16))}) ABC 61; AFLS basic living skills {mdyy(D(2026, 2, 18))}
""")
    doc.table([
        ["Goal", "Baseline", "Mastery", "Target"],
        ["1. Follows 1-step directions w/o gestures", "30% of trials", "80% across 3 consec sessions", mdyy(D(2026, 7, 1))],
        ["2. Elopement from table/room", "6 per session", "0-1 per session for 3 consec wks", mdyy(D(2026, 8, 3))],
        ["3. Social play: takes turns w/ peer in board game", "Baseline: not probed yet - will collect wk 1",
         "5 turns w/o prompts in 4 of 5 sessions", mdyy(D(2026, 8, 3))],
        ["4. Caregiver: Mr./Mrs. Ashford will run DTT trials w/ correct prompting",
         "20% fidelity", "90% fidelity x3 observations", mdyy(D(2026, 6, 1))],
    ], bold_header=True)
    doc.lines(f"""
Requested: 97153 20 hrs/wk; 97155 3 hrs/wk; 97156 1 hr/wk
Next review/reauth {mdyy(rev)}
""")
    doc.p(f"Supervising BCBA  Ingrid Solvang, BCBA  {dash(plan_d)}")
    doc.p(f"Guardian  Charlotte Ashford  {dash(plan_d)}")
    doc.save(path)


@plan("f31_banerjee_aba_nocaregiver.docx", "commercial-aba", [], "2026-04-01",
      [["caregiver-goal-missing"]],
      "Gap: every goal targets the child (communication, transitions, self-care); no goal or objective involves "
      "a parent or caregiver learning a procedure, although 97156 hours are requested. Rest clean.",
      layout="hyphen lists, 'STG'/'LTG' mixed in ABA")
def f31(path):
    plan_d, a0, a1, rev, ab = D(2026, 3, 5), D(2026, 3, 16), D(2026, 9, 15), D(2026, 9, 1), D(2026, 2, 20)
    assert a1 <= add_months(a0, 6) and days(plan_d, rev) == 180
    doc = Doc()
    doc.p("Lotus ABA Partners", bold=True)
    doc.lines(f"""
treatment plan
- client: Arjun Banerjee
- dob: 4/2/2021
- member id: CGN-55120943
- plan dt: {mdyy(plan_d)}   auth per {mdyy(a0)} - {mdyy(a1)}
- dx: F84.0 autism spectrum d/o (dx by Lena Park, PsyD {mdyy(D(2024, 9, 9))})
- assessment: ABLLS-R {mdyy(ab)} - 28% of items mastered; Vineland-3 ABC 66 ({mdyy(ab)})
goals
- 1. Arjun will use 2-word phrases to request, 20 or more per session (baseline 3 per session) - mastery 3 consecutive sessions - by {mdyy(D(2026, 8, 14))}
- 2. Arjun will transition between activities w/ visual timer w/o crying/dropping, 80% of transitions (baseline 25%) - mastery 5 consecutive days - by {mdyy(D(2026, 8, 14))}
- 3. Arjun will wash hands independently (6-step task analysis) 6 of 6 steps (baseline 2 of 6) - mastery 3 consecutive days - by {mdyy(D(2026, 7, 15))}
services
- 97153  18 hrs/wk
- 97155  2 hrs/wk
- 97156  1 hr/wk
next review {mdyy(rev)}
""")
    doc.p(f"signed Devika Raman, MS, BCBA {mdyy(plan_d)}")
    doc.p(f"parent/guardian  Sunita Banerjee  {mdyy(plan_d)}")
    doc.save(path)


@plan("f32_mcallister_aba_adhd.docx", "commercial-aba", [], "2026-03-16",
      [["diagnosis-not-covered"]],
      "Gap: the primary (and only) diagnosis is F90.2 ADHD combined type; no autism spectrum diagnosis (F84.x) "
      "is given, which the ABA policy requires. Everything else is complete.",
      layout="two-column label table, goals in paragraphs")
def f32(path):
    plan_d, a0, a1, rev = D(2026, 3, 2), D(2026, 3, 2), D(2026, 8, 31), D(2026, 8, 28)
    assert a1 <= add_months(a0, 6) and days(plan_d, rev) <= ABA_REVIEW_DAYS
    doc = Doc()
    doc.p("Pinecrest Behavior Services", bold=True)
    doc.table([
        ["Client", "Fiona McAllister"],
        ["DOB", "9/9/2017"],
        ["Member #", "BCBS XJP771204455"],
        ["Plan dt", mdyy(plan_d)],
        ["Auth req", f"{mdyy(a0)} - {mdyy(a1)}"],
        ["Dx", f"F90.2 ADHD combined type (primary) - dx by Dr. Owen Marsh, PhD {mdyy(D(2025, 10, 1))}"],
        ["Assessment", f"Vineland-3 {mdyy(D(2026, 2, 12))} ABC 72; VB-MAPP not indicated"],
    ])
    doc.p("")
    doc.lines(f"""
Goal 1 in-seat behavior: stays seated during 15-min table task, baseline 3 min, mastery 15 min in 4 of 5 sessions, by {mdyy(D(2026, 7, 31))}
Goal 2 aggression (hitting sibling): baseline 5/day, mastery 0-1/day for 3 consecutive wks, by {mdyy(D(2026, 7, 31))}
Goal 3 parent trng: mother will deliver token economy w/ 90% fidelity across 3 observations (baseline 40%), by {mdyy(D(2026, 6, 1))}
Requested: 97153 10 hrs/wk, 97155 2 hrs/wk, 97156 1 hr/wk
Review {mdyy(rev)}
""")
    doc.p(f"Noor Haddadin BCBA  {mdyy(plan_d)}  /  Moira McAllister (mother) {mdyy(plan_d)}")
    doc.save(path)


@plan("f33_vasquez_aba_12mo.docx", "commercial-aba", [], "2026-03-20",
      [["duration-exceeds-limit"]],
      "Gap: the authorization period requested is '3/1/26 - 2/28/27 (12 mo)', longer than the 6 months allowed. "
      "The next review (8/20/26, 181 days after the plan) is within 184 days. Rest clean.",
      layout="loose lines with colons missing, freq/hours on one line")
def f33(path):
    plan_d, a0, a1, rev = D(2026, 2, 20), D(2026, 3, 1), D(2027, 2, 28), D(2026, 8, 20)
    assert a1 > add_months(a0, 6) and days(plan_d, rev) == 181 <= ABA_REVIEW_DAYS
    doc = Doc()
    doc.p("Sunflower ABA", bold=True)
    doc.lines(f"""
ABA Treatment Plan
Client Lucas Vasquez   DOB 2-27-2020   Member ID CIG 3320917744
Plan date {mdyy(plan_d)}   Auth period requested {mdyy(a0)} - {mdyy(a1)} (12 mo)
Dx F84.0 ASD level 2 - Dr. Hannah Qureshi, PhD {mdyy(D(2023, 1, 19))}
VB-MAPP {mdyy(D(2026, 2, 3))} milestones 61, barriers 18
Goals
1 Lucas will answer "wh" questions (what/where/who) w/ 80% acc, baseline 20%, mastery 3 consec sessions, by {mdyy(D(2026, 8, 1))}
2 Lucas will wait up to 2 min for preferred item w/o problem behavior, baseline 10 sec, mastery 2 min in 80% of trials x3 sessions, by {mdyy(D(2026, 8, 1))}
3 Lucas will dress (pants, shirt, shoes) w/ no more than 1 verbal prompt, baseline full physical, mastery 5 consec days, by {mdyy(D(2026, 7, 1))}
4 Caregiver - dad will use BST-taught prompting for dressing routine at 90% fidelity, baseline 30%, mastery 3 observations, by {mdyy(D(2026, 6, 1))}
Services 97153 25 hrs/wk  97155 3 hrs/wk  97156 2 hrs/wk
Next review {mdyy(rev)}
""")
    doc.p(f"Elena Moreau, BCBA (e-sig) {dotyy(plan_d)}")
    doc.p(f"Father: Diego Vasquez  {dotyy(plan_d)}")
    doc.save(path)


@plan("f34_nguyen_aba_noassess.docx", "commercial-aba", [], "2026-03-25",
      [["assessment-missing"]],
      "Gap: the only assessments are an FBA (indirect + direct observation) and a parent interview - no "
      "standardized assessment (VB-MAPP, ABLLS-R, Vineland-3 ...). Rest clean.",
      layout="sections with misspelled headings ('Assesment', 'Goals & Objectivs')")
def f34(path):
    plan_d, a0, a1, rev = D(2026, 3, 9), D(2026, 3, 16), D(2026, 9, 15), D(2026, 9, 8)
    assert a1 <= add_months(a0, 6) and days(plan_d, rev) == 183 <= ABA_REVIEW_DAYS
    doc = Doc()
    doc.p("Harmony Behavioral Health - ABA", bold=True)
    doc.lines(f"""
Client info
Name  Khoa Nguyen      DOB  {mdyy(D(2018, 12, 1))}      Ins ID  AMB-66120937
Plan date {mdyy(plan_d)}    Auth {mdyy(a0)}-{mdyy(a1)}
Dx  F84.0 autism - dx'd by Rachel Obi, PhD, {mdyy(D(2022, 4, 20))}
**Assesment
FBA {mdyy(D(2026, 2, 24))} - indirect (parent interview) + direct observation x3 (home); hypothesized function: escape from demands
Parent interview {mdyy(D(2026, 2, 20))}
**Goals & Objectivs
Goal 1 - reduce head-hitting during homework; baseline 12/hr; mastery under 1/hr for 4 consec wks; by {mdyy(D(2026, 8, 31))}
Goal 2 - request a break using break card; baseline 0; mastery 90% of opportunities x3 sessions; by {mdyy(D(2026, 7, 31))}
Goal 3 - complete 10-min worksheet w/ 1 or fewer prompts; baseline 2 min; mastery 4 of 5 sessions; by {mdyy(D(2026, 8, 31))}
Goal 4 - parent will implement escape-extinction + break card protocol w/ 90% fidelity (baseline 25%); mastery 3 observations; by {mdyy(D(2026, 6, 30))}
**Services
97153 12 hrs/wk; 97155 2 hrs/wk; 97156 1.5 hrs/wk
Re-eval/next review {mdyy(rev)}
""")
    doc.p(f"BCBA: Tomasz Wojcik, BCBA  {mdyy(plan_d)}")
    doc.p(f"Parent: Linh Nguyen  {mdyy(plan_d)}")
    doc.save(path)


@plan("f35_herrera_aba_clean.docx", "commercial-aba", [], "2026-03-31", [],
      "Clean. Bilingual family: goals typed 'Obj 1'-style under program areas, caregiver goal 'Mama (Lucia) "
      "will...', ABLLS-R + Vineland-3 in a small table, auth 3/16/26-9/15/26, review 9/10/26 "
      "(182 days after the plan), parent signature 'firma: Lucia Herrera 3/12/26'.",
      layout="program areas with Obj lines, Spanish signature label")
def f35(path):
    plan_d, a0, a1, rev = D(2026, 3, 12), D(2026, 3, 16), D(2026, 9, 15), D(2026, 9, 10)
    assert a1 <= add_months(a0, 6) and days(plan_d, rev) == 182 <= ABA_REVIEW_DAYS
    doc = Doc()
    doc.p("Camino ABA Services", bold=True)
    doc.lines(f"""
Plan de tratamiento / Treatment plan
Client: Valentina Herrera     DOB 6/30/2021     Member ID MOL-480017733
Plan date {mdyy(plan_d)}      Auth {mdyy(a0)} - {mdyy(a1)}
Dx F84.0 autistic disorder (Dr. Julian Bautista, PhD, {mdyy(D(2024, 3, 3))})
""")
    doc.table([
        ["Assessment", "Date", "Result"],
        ["ABLLS-R", mdyy(D(2026, 2, 27)), "A-visual perf 40%, C-receptive 22%, F-requests 15%"],
        ["Vineland-3", mdyy(D(2026, 3, 2)), "ABC 59"],
    ], bold_header=True)
    doc.lines(f"""
Communication
  Obj 1  Valentina will request 10 different items using PECS phase III, baseline 2 items, mastery 10 items across 3 consecutive sessions, by {mdyy(D(2026, 8, 14))}
Behavior
  Obj 1  Valentina will reduce biting from 4/day (baseline) to 0 per day for 20 consecutive school days, by {mdyy(D(2026, 9, 1))}
Daily living
  Obj 1  Valentina will drink from open cup w/o spilling in 4 of 5 trials, baseline 1 of 5, mastery 3 consecutive days, by {mdyy(D(2026, 6, 30))}
Caregiver / padres
  Obj 1  Mama (Lucia) will use PECS exchange + prompting at 90% fidelity, baseline 30%, across 3 home observations, by {mdyy(D(2026, 6, 1))}
Services: 97153 15 hrs/wk, 97155 2 hrs/wk, 97156 1 hr/wk
Next review {mdyy(rev)}
""")
    doc.p(f"BCBA  Marisol Quintero, MA, BCBA  {mdyy(plan_d)}")
    doc.p(f"firma padre/madre: Lucia Herrera  {mdyy(plan_d)}")
    doc.save(path)


# ============================================================================================
# SUD (base-treatment-plan + a state profile)
# ============================================================================================

@plan("f36_pruitt_tx_iop_clean.docx", "base-treatment-plan", ["tx-26tac-564"], "2026-03-27", [],
      "Clean. Texas IOP plan: problems typed with 'Prob 1' / 'LTG' / 'STG' and dates in several casual forms; "
      "strategies with type and frequency ('grp 3x/wk 3 hrs', 'indiv q wk 50 min'); projected LOS '8 wks'; "
      "client and counselor (LCDC) sign and date in a signature table.",
      layout="Prob/LTG/STG lines, signature table")
def f36(path):
    plan_d = D(2026, 3, 4)
    doc = Doc()
    doc.p("Lone Star Recovery Center - IOP", bold=True)
    doc.lines(f"""
Individualized Tx Plan
client  Darnell Pruitt     DOB  {mdY(D(1986, 7, 21))}
Medicaid #  518840297
admit  {mdyy(D(2026, 2, 26))}     plan dt  {mdyy(plan_d)}
Dx  F10.20 alcohol use d/o, severe;  F12.20 cannabis use d/o, moderate
Projected LOS  8 wks (IOP)
Prob 1  daily drinking, 2 DUIs, lost job
  LTG  sustained abstinence from alcohol
  STG 1a  negative BAC on all random breathalyzer tests for 30 consecutive days by {mdyy(D(2026, 4, 3))}
  STG 1b  identify 5 personal relapse triggers + a coping plan for each, written, by {mdyy(D(2026, 3, 20))}
Prob 2  no sober support
  LTG  build a recovery support network
  STG 2a  attend 3 AA/SMART meetings per wk, verified by sign-in sheet, by {mdyy(D(2026, 3, 25))}
  STG 2b  identify a sponsor or recovery coach + meet w/ them at least 1x/wk by {mdyy(D(2026, 4, 15))}
Strategies
  - grp therapy (relapse prevention/CBT) 3x/wk 3 hrs
  - indiv counseling q wk 50 min
  - UDS/breathalyzer random 1x/wk
""")
    doc.table([
        ["", "name", "date"],
        ["client", "Darnell Pruitt", mdyy(plan_d)],
        ["counselor", "Renee Castillo, LCDC", mdyy(plan_d)],
    ])
    doc.save(path)


@plan("f37_hollister_tx_vague_obj.docx", "base-treatment-plan", ["tx-26tac-564"], "2026-04-02",
      [["objective-not-measurable"], ["date-inconsistent"]],
      "Two gaps: objective 2b 'Client will work on relapse prevention' names nothing measurable (other "
      "objectives do); the DOB is typed '4/11/2062', after the plan date. Rest clean.",
      layout="hyphen lists, 'Obj' labels, casual signatures")
def f37(path):
    plan_d = D(2026, 3, 10)
    doc = Doc()
    doc.p("Gulf Coast Chemical Dependency Svcs", bold=True)
    doc.lines(f"""
TX PLAN - OP
Client- Wyatt Hollister
DOB- 4/11/2062
Member ID- TXM 730015528
Plan date- {mdyy(plan_d)}
Dx- F15.20 methamphetamine use d/o severe
Proj length of stay- 12 wks
Goal 1- stop meth use
 - Obj 1a- negative UDS on every weekly screen for 6 consecutive wks by {mdyy(D(2026, 4, 21))}
 - Obj 1b- complete written relapse prevention plan w/ 3 high-risk situations by {mdyy(D(2026, 3, 31))}
Goal 2- stable housing + work
 - Obj 2a- submit 5 job applications per wk, shown to counselor, by {mdyy(D(2026, 4, 28))}
 - Obj 2b- Client will work on relapse prevention by {mdyy(D(2026, 5, 5))}
Services- grp 2x/wk 2 hrs; indiv 1x/wk 50 min; UDS 1x/wk
""")
    doc.p(f"client sig -- Wyatt Hollister {mdyy(plan_d)}")
    doc.p(f"counselor sig -- Bianca Ferrante LCDC {mdyy(plan_d)}")
    doc.save(path)


@plan("f38_duval_fl_res2_clean.docx", "base-treatment-plan", ["fl-65d-30"], "2026-03-30", [],
      "Clean. Florida residential level 2: admitted 3/2/26, plan 3/12/26 (10 days, 15 allowed), QP "
      "countersign 3/16/26 (4 days). Labels without colons, 'LOC Residential Level 2', objectives with "
      "dates written 'Mar 31 26', client + staff + QP signatures typed in different ways.",
      layout="loose lines, 'Mon D YY' dates")
def f38(path):
    adm, plan_d, qp = D(2026, 3, 2), D(2026, 3, 12), D(2026, 3, 16)
    assert days(adm, plan_d) <= FL_LEVEL_DAYS["residential level 2"] and days(plan_d, qp) <= FL_QP_DAYS
    doc = Doc()
    doc.p("Palmetto House Treatment Center", bold=True)
    doc.lines(f"""
TREATMENT PLAN
Resident  Colette Duval    DOB {mdyy(D(1979, 1, 30))}
Medicaid ID  6610042287
LOC  Residential Level 2
Admit {mdyy(adm)}    Plan {mdyy(plan_d)}
Dx  F11.20 opioid use d/o severe;  F41.1 GAD
Goal 1 stay off opioids
 Obj 1  negative UDS on all random screens thru {mon(D(2026, 4, 30))}
 Obj 2  list 4 triggers + 2 refusal skills for each in relapse prevention workbook by {mon(D(2026, 3, 31))}
Goal 2 manage anxiety w/o benzos
 Obj 1  use breathing/grounding skill at least 2x/day per daily log 6 of 7 days by {mon(D(2026, 4, 15))}
Services
 grp counseling 5x/wk
 indiv counseling 1x/wk 50 min
 MAT (buprenorphine) - daily dosing, prescriber visit 1x/wk
""")
    doc.p(f"resident - Colette Duval {mdyy(plan_d)}")
    doc.p(f"primary counselor - Trevor Bankole, CAP  {mdyy(plan_d)}")
    doc.p(f"QP review/countersign - Alana Whitfield, LMHC  {mdyy(qp)}")
    doc.save(path)


@plan("f39_mercer_fl_qp_late.docx", "base-treatment-plan", ["fl-65d-30"], "2026-04-06",
      [["signature-late"]],
      "Gap: the qualified professional countersigned on 3/30/26, 18 days after the plan date 3/12/26 "
      "(10 days allowed). Residential level 1, admitted 3/9/26 (plan 3 days later, 7 allowed). Rest clean.",
      layout="table of objectives, countersignature in a separate box")
def f39(path):
    adm, plan_d, qp = D(2026, 3, 9), D(2026, 3, 12), D(2026, 3, 30)
    assert days(adm, plan_d) <= FL_LEVEL_DAYS["residential level 1"] and days(plan_d, qp) == 18 > FL_QP_DAYS
    doc = Doc()
    doc.p("Cypress Bend Recovery", bold=True)
    doc.lines(f"""
Tx plan
Client: Jolene Mercer      DOB 11/2/1990      Member ID: SUN 44810273
Level of care: Residential level 1
Admission: {dash(adm)}    Plan date: {dash(plan_d)}
Dx: F10.20 alcohol dependence; F32.1 MDD single ep moderate
""")
    doc.table([
        ["Goal", "Objective", "Target date", "Service / freq"],
        ["1. sobriety", "0 positive breathalyzers on daily testing", mdyy(D(2026, 4, 9)), "grp tx 5x/wk"],
        ["", "write + present relapse prevention plan to group", mdyy(D(2026, 4, 2)), "indiv 2x/wk 50 min"],
        ["2. mood", "PHQ-9 from 18 to 10 or less", mdyy(D(2026, 4, 9)), "psychiatric f/u 1x/wk"],
    ], bold_header=True)
    doc.p("")
    doc.p(f"Client signature  Jolene Mercer   {mdyy(plan_d)}")
    doc.p(f"Staff  Hector Villalobos, CAC   {mdyy(plan_d)}")
    doc.table([["Qualified professional countersignature"],
               [f"Dr. Miriam Castellanos, LCSW   date {mdyy(qp)}"]])
    doc.save(path)


@plan("f40_ambrose_fl_ii_late.docx", "base-treatment-plan", ["fl-65d-30"], "2026-04-20",
      [["plan-late"]],
      "Gap: intensive inpatient, admitted 4/6/26, plan dated 4/13/26 - 7 days after admission (3 allowed). "
      "No countersignature (only checked when present). Rest clean.",
      layout="run-together header line")
def f40(path):
    adm, plan_d = D(2026, 4, 6), D(2026, 4, 13)
    assert days(adm, plan_d) == 7 > FL_LEVEL_DAYS["intensive inpatient"]
    doc = Doc()
    doc.p("Seagrape Intensive Inpatient Unit", bold=True)
    doc.lines(f"""
pt Raymond Ambrose dob 2/14/1975 Medicaid 3302918846 admit {mdyy(adm)} plan {mdyy(plan_d)} LOC intensive inpatient
Dx F13.20 sedative/benzo dependence; F10.20 alcohol dependence
Goals/objectives
Goal 1 - complete safe taper + stabilization
   obj - CIWA-B scores under 10 for 3 consecutive days by {mdyy(D(2026, 4, 20))}
Goal 2 - step-down planning
   obj - attend 1 discharge planning mtg + sign referral to residential or IOP program by {mdyy(D(2026, 4, 24))}
   obj - name 3 people he can call for support and share their #s w/ counselor by {mdyy(D(2026, 4, 22))}
Services - indiv counseling daily 30 min; grp 2x/day; nursing assessment q shift; MD rounds daily
""")
    doc.p(f"pt signature: Raymond Ambrose  {mdyy(plan_d)}")
    doc.p(f"counselor: Keisha Dunmore, CAP  {mdyy(plan_d)}")
    doc.save(path)


@plan("f41_oconnell_ny_rehab_clean.docx", "base-treatment-plan", ["ny-oasas-818"], "2026-03-10", [],
      "Clean. New York inpatient rehab: admitted 2/16/26, plan 2/20/26 (4 days, 7 allowed), physician "
      "review 'reviewed + signed Dr. Abiola Eze MD 2/24/26' (8 days after admission, 10 allowed); responsible "
      "clinician CASAC signs. Problem list typed with asterisks, methods listed per problem.",
      layout="asterisk problem list, signatures at the bottom")
def f41(path):
    adm, plan_d, md = D(2026, 2, 16), D(2026, 2, 20), D(2026, 2, 24)
    assert days(adm, plan_d) <= NY_PLAN_DAYS and days(adm, md) <= NY_MD_DAYS
    doc = Doc()
    doc.p("Hudson Pines Inpatient Rehabilitation", bold=True)
    doc.lines(f"""
Treatment plan
Pt: Declan O'Connell   DOB: {dash(D(1983, 5, 9))}   Medicaid CIN: KQ48213T
Admit dt {mdyy(adm)}      Plan dt {mdyy(plan_d)}
Dx: F11.20 opioid use d/o severe; F14.20 cocaine use d/o; F43.10 PTSD
* Prob 1 opioid + cocaine use
   goal: no use during stay + linked to MOUD at d/c
   obj: negative tox on all screens through d/c; start XR-naltrexone or bup before d/c ({mdyy(D(2026, 3, 13))})
   methods: indiv counseling 3x/wk 45 min, grp 2x/day, MAT eval by MD
* Prob 2 trauma sx
   goal: learn 3 grounding skills + use them when triggered
   obj: use grounding skill per daily diary at least 1x/day for 14 consecutive days by {mdyy(D(2026, 3, 10))}
   methods: Seeking Safety grp 3x/wk
* Prob 3 housing
   goal: safe sober housing at d/c
   obj: 2 sober-living applications submitted by {mdyy(D(2026, 3, 6))}
   methods: case mgmt 2x/wk
""")
    doc.p(f"responsible clinician: Megan Szymanski, CASAC  {mdyy(plan_d)}")
    doc.p(f"reviewed + signed Dr. Abiola Eze MD {mdyy(md)}")
    doc.p(f"pt: Declan O'Connell {mdyy(plan_d)}")
    doc.save(path)


@plan("f42_lindgren_ny_md_late.docx", "base-treatment-plan", ["ny-oasas-818"], "2026-03-12",
      [["signature-late"]],
      "Gap: physician reviewed and signed 3/3/26, 15 days after admission on 2/16/26 (within 10 days "
      "required, by 2/26/26). Plan itself timely (2/21/26, 5 days). Rest clean.",
      layout="labels with periods, e-sig stamp for MD")
def f42(path):
    adm, plan_d, md = D(2026, 2, 16), D(2026, 2, 21), D(2026, 3, 3)
    assert days(adm, plan_d) <= NY_PLAN_DAYS and days(adm, md) == 15 > NY_MD_DAYS
    doc = Doc()
    doc.p("Adirondack Recovery Center (inpt rehab)", bold=True)
    doc.lines(f"""
Tx. Plan.
Name. Gunnar Lindgren    DOB. {dot(D(1969, 9, 17))}    Ins. ID. NYM 229104457
Admission. {dot(adm)}
Plan date. {dot(plan_d)}
Dx. F10.20 alcohol dependence; F41.1 GAD
Problem 1. alcohol use - goal. abstinence + aftercare plan
   obj. negative breathalyzer on all daily tests for 14 consecutive days by {mdyy(D(2026, 3, 7))}
   obj. written aftercare plan w/ OP appt scheduled by {mdyy(D(2026, 3, 13))}
   tx. CBT grp daily, indiv 2x/wk 45 min, AA in-house 3x/wk
Problem 2. anxiety - goal. manage w/o alcohol
   obj. GAD-7 from 15 to 9 or less by {mdyy(D(2026, 3, 13))}
   tx. relaxation grp 2x/wk, psychiatric eval
""")
    doc.p(f"Primary counselor. Tamara Eskildsen, CASAC   {dot(plan_d)}")
    doc.p(f"Electronically signed: Dr. Paul Henriksen, MD   {dash(md)} 16:05")
    doc.save(path)


@plan("f43_yazzie_ca_ntp_clean.docx", "base-treatment-plan", ["ca-title9-ntp"], "2026-03-01", [],
      "Clean. California NTP maintenance plan: admitted 1/5/26, plan 1/26/26 (21 days, 28 allowed), next "
      "update due 4/3/26 (88 days from admission), supervising counselor signed 2/2/26 and medical director "
      "(MD) 2/4/26 (7 and 9 days, 14 allowed). Short-term goals each dated ('STG 1 ... by 3/2/26').",
      layout="STG lines, three signature lines typed differently")
def f43(path):
    adm, plan_d, sup, md, rev = D(2026, 1, 5), D(2026, 1, 26), D(2026, 2, 2), D(2026, 2, 4), D(2026, 4, 3)
    assert days(adm, plan_d) <= CA_PLAN_DAYS and days(adm, rev) == 88 <= CA_REVIEW_DAYS
    assert days(plan_d, sup) <= CA_SIGN_DAYS and days(plan_d, md) <= CA_SIGN_DAYS
    doc = Doc()
    doc.p("Sierra Valley Opioid Treatment Program", bold=True)
    doc.lines(f"""
Maintenance Treatment Plan
patient  Darlene Yazzie     DOB {mdyy(D(1984, 3, 12))}     Medi-Cal CIN 91827364A
Admit (start of maintenance) {mdyy(adm)}     Plan eff. date {mdyy(plan_d)}
Dx F11.20 opioid use disorder, severe
LTG  stable on methadone w/ no illicit opioid use; return to part-time work
STG 1  negative UDS for illicit opioids + fentanyl on all monthly random screens by {mdyy(D(2026, 3, 2))}
STG 2  attend all scheduled counseling sessions (4 of 4 per month) by {mdyy(D(2026, 2, 27))}
STG 3  apply for 3 part-time jobs by {mdyy(D(2026, 3, 27))}
Services  methadone daily dosing; indiv counseling 50 min 4x/mo; UDS random 1x/mo
Next plan update due {mdyy(rev)}
""")
    doc.p(f"counselor  Luis Ocampo, SUDCC  {mdyy(plan_d)}")
    doc.p(f"supervising counselor  Grace Whitehorse, LAADC  signed {mdyy(sup)}")
    doc.p(f"Medical Director - Dr. Sanjay Kulkarni MD  {dash(md)}")
    doc.save(path)


@plan("f44_ortega_ca_ntp_noreview.docx", "base-treatment-plan", ["ca-title9-ntp"], "2026-03-15",
      [["review-date-missing"]],
      "Gap: no date is set for the next plan update anywhere (only 'plan will be updated as needed'). "
      "Everything else is timely: admitted 1/12/26, plan 2/2/26 (21 days), supervisor and medical director "
      "signed within 14 days. Unsure whether authcheck also reports the interval or overdue kinds for a plan "
      "with no scheduled review, so review-interval-exceeded and review-overdue are left out of must_not_report.",
      unsure=["review-interval-exceeded", "review-overdue"],
      layout="hyphen bullets, '/s/' signatures")
def f44(path):
    adm, plan_d, sup, md = D(2026, 1, 12), D(2026, 2, 2), D(2026, 2, 9), D(2026, 2, 10)
    assert days(adm, plan_d) <= CA_PLAN_DAYS and days(plan_d, sup) <= CA_SIGN_DAYS and days(plan_d, md) <= CA_SIGN_DAYS
    doc = Doc()
    doc.p("Pacific Crest NTP", bold=True)
    doc.lines(f"""
Tx plan (maintenance)
- Pt: Rogelio Ortega
- DOB: {mdyy(D(1979, 10, 25))}
- Medi-Cal: 80017263B
- admitted {mdyy(adm)} - plan {mdyy(plan_d)}
- Dx: F11.20 OUD severe
- Goal: no illicit opioid use; keep housing
   - STG: neg UDS for opioids/fentanyl on 2 consecutive monthly screens by {mdyy(D(2026, 4, 2))}
   - STG: pay rent on time for Feb + Mar (receipts shown to counselor) by {mdyy(D(2026, 4, 3))}
- Services: buprenorphine daily dosing; counseling 1x/wk 50 min; UDS 1x/mo
- plan will be updated as needed
""")
    doc.p(f"/s/ Danielle Fortier, SUDCC  {mdyy(plan_d)}")
    doc.p(f"/s/ supervisor Oscar Bermudez, LAADC  {mdyy(sup)}")
    doc.p(f"/s/ Medical Director Helen Cho, MD  {mdyy(md)}")
    doc.save(path)


# ============================================================================================
# Native YAML and FHIR
# ============================================================================================

@plan("f45_harrow_psy.yaml", "medicare-psychotherapy", [], "2026-04-15", [],
      "Clean. Native authcheck YAML (schema authcheck-plan/1) exported by a small practice: psychotherapy "
      "plan with two objectives dated, 90834 weekly 45 minutes for 16 weeks, signed LCSW.",
      layout="native YAML")
def f45(path):
    txt = f"""schema: authcheck-plan/1
patient: {{name: Winston Harrow, birth_date: 1953-06-02, member_id: 3KQ8WD4TR51}}
payer: Medicare Part B
discipline: psychotherapy
plan_date: 2026-03-18
expected_duration: 16 weeks
providers:
  - {{name: Odessa Lyle, credential: LCSW, npi: "{npi('131907264')}"}}
diagnoses:
  - {{code: F43.22, description: Adjustment disorder with anxiety, primary: true}}
problems:
  - statement: Anxiety after cancer diagnosis
    goals:
      - statement: Client will manage anxiety about treatment and keep up daily routines.
        objectives:
          - statement: Client will lower the GAD-7 score from 14 to 7 or below.
            target_date: 2026-06-10
          - statement: Client will attend all oncology appointments (0 missed) with a coping card in hand.
            target_date: 2026-05-13
interventions:
  - {{description: "Supportive psychotherapy and CBT for health anxiety", modality: individual psychotherapy}}
services:
  - {{code: "90834", description: Individual psychotherapy, amount: 45 minutes, frequency: weekly, duration: 16 weeks}}
signatures:
  - {{role: clinician, name: Odessa Lyle, credential: LCSW, date: 2026-03-18, method: electronic}}
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(txt)


@plan("f46_fontaine_hh.yaml", "medicare-home-health", [], "2026-03-25",
      [["diagnosis-code-invalid"]],
      "Gap: the primary diagnosis is coded I50.25, which does not exist in ICD-10-CM (I50.22 was meant; the "
      "description says chronic systolic heart failure). Rest clean: SOC 3/9/26, period 59 days, physician "
      "signed and dated.",
      layout="native YAML")
def f46(path):
    txt = """schema: authcheck-plan/1
patient: {name: Odile Fontaine, birth_date: 1939-02-11, member_id: 6TM2GH7PX40}
payer: Medicare home health
discipline: home-health
plan_date: 2026-03-09
first_treatment_date: 2026-03-09
period: {start: 2026-03-09, end: 2026-05-07}
expected_duration: 9 weeks
diagnoses:
  - {code: I50.25, description: "Chronic systolic (congestive) heart failure", primary: true}
  - {code: E11.9, description: Type 2 diabetes mellitus without complications}
problems:
  - statement: Heart failure self-management
    goals:
      - statement: Patient will weigh daily and record it on at least 6 of 7 days.
        target_date: 2026-04-06
      - statement: Patient will walk 100 feet with a rolling walker with stand-by assistance.
        target_date: 2026-04-27
services:
  - {code: G0299, description: "Skilled nursing (RN)", frequency: "1w1, 2w4, 1w3"}
  - {code: G0151, description: Physical therapy, frequency: "2w4"}
signatures:
  - {role: physician, name: Reuben Achterberg, credential: MD, date: 2026-03-12}
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(txt)


@plan("f47_kessler_fhir.json", "base-treatment-plan", [], "2026-04-01", [],
      "Clean. FHIR R4 collection Bundle (Patient with member identifier, Coverage, Practitioner with a valid "
      "NPI, Condition coded ICD-10-CM F41.1, CarePlan with created date and period, Goal, ServiceRequest "
      "90834). Checked against the baseline profile only.",
      layout="FHIR R4 Bundle")
def f47(path):
    pract_npi = npi("160842193")
    bundle = {
        "resourceType": "Bundle", "type": "collection",
        "entry": [
            {"fullUrl": "urn:uuid:pat-1", "resource": {
                "resourceType": "Patient", "id": "pat-1",
                "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                                     "code": "MB"}]},
                                "system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "KSR-2290471"}],
                "name": [{"family": "Kessler", "given": ["Annika"]}],
                "birthDate": "1988-12-03"}},
            {"fullUrl": "urn:uuid:cov-1", "resource": {
                "resourceType": "Coverage", "id": "cov-1", "status": "active",
                "subscriberId": "KSR-2290471", "beneficiary": {"reference": "urn:uuid:pat-1"},
                "payor": [{"display": "Evergreen Health Plan"}]}},
            {"fullUrl": "urn:uuid:prac-1", "resource": {
                "resourceType": "Practitioner", "id": "prac-1",
                "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": pract_npi}],
                "name": [{"family": "Moreno", "given": ["Ines"], "suffix": ["LCSW"]}]}},
            {"fullUrl": "urn:uuid:cond-1", "resource": {
                "resourceType": "Condition", "id": "cond-1",
                "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                               "code": "active"}]},
                "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F41.1",
                                     "display": "Generalized anxiety disorder"}]},
                "subject": {"reference": "urn:uuid:pat-1"}}},
            {"fullUrl": "urn:uuid:goal-1", "resource": {
                "resourceType": "Goal", "id": "goal-1", "lifecycleStatus": "active",
                "description": {"text": "Reduce GAD-7 score from 15 to 8 or below"},
                "subject": {"reference": "urn:uuid:pat-1"},
                "target": [{"measure": {"text": "GAD-7"}, "detailQuantity": {"value": 8, "comparator": "<="},
                            "dueDate": "2026-06-20"}]}},
            {"fullUrl": "urn:uuid:sr-1", "resource": {
                "resourceType": "ServiceRequest", "id": "sr-1", "status": "active", "intent": "order",
                "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90834",
                                     "display": "Psychotherapy, 45 minutes"}]},
                "subject": {"reference": "urn:uuid:pat-1"},
                "occurrenceTiming": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "wk",
                                                "boundsDuration": {"value": 14, "unit": "wk"}}},
                "requester": {"reference": "urn:uuid:prac-1"}}},
            {"fullUrl": "urn:uuid:cp-1", "resource": {
                "resourceType": "CarePlan", "id": "cp-1", "status": "active", "intent": "plan",
                "title": "Outpatient psychotherapy treatment plan",
                "subject": {"reference": "urn:uuid:pat-1"},
                "created": "2026-03-20",
                "period": {"start": "2026-03-20", "end": "2026-06-26"},
                "author": {"reference": "urn:uuid:prac-1"},
                "addresses": [{"reference": "urn:uuid:cond-1"}],
                "goal": [{"reference": "urn:uuid:goal-1"}],
                "activity": [{"reference": {"reference": "urn:uuid:sr-1"}}]}},
        ]}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(bundle, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


# ============================================================================================
# build
# ============================================================================================

def check_with(p):
    args = ["--payer", p["payer"]]
    for s in p["states"]:
        args += ["--state", s]
    args += ["--as-of", p["as_of"]]
    return args


def main():
    files = set()
    labels = []
    for p in PLANS:
        assert p["file"] not in files, p["file"]
        files.add(p["file"])
        p["fn"](os.path.join(HERE, p["file"]))
        allowed = set(KINDS[p["payer"]])
        for s in p["states"]:
            allowed |= KINDS[s]
        gap_kinds = set()
        for g in p["gaps"]:
            assert g and all(k in allowed for k in g), (p["file"], g)
            gap_kinds |= set(g)
        assert len(p["gaps"]) <= 2
        for k in p["unsure"]:
            assert k in allowed, (p["file"], k)
        mnr = sorted(allowed - gap_kinds - set(p["unsure"]) - {"readability"})
        labels.append({"file": p["file"], "check_with": check_with(p), "must_report": p["gaps"],
                       "must_not_report": mnr, "notes": p["notes"]})
    n_docx = sum(1 for p in PLANS if p["file"].endswith(".docx"))
    assert n_docx >= 40, n_docx
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    clean = sum(1 for p in PLANS if not p["gaps"])
    print(f"{len(PLANS)} plans ({n_docx} DOCX), {clean} clean, {len(PLANS) - clean} with gaps")


if __name__ == "__main__":
    main()
