#!/usr/bin/env python3
"""Generate blind set 16: one week of treatment plans received by a billing office.

Run with /work/main/.venv/bin/python make_plans.py (from any directory). Deterministic: DOCX files are
re-zipped with fixed timestamps and fixed core properties, so two runs give identical bytes.
Everything here is invented: no real patients, clinicians, agencies or NPIs.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import os
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor

OUT = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 3, 1, 9, 0, 0)
ZIP_TIME = (2026, 3, 1, 9, 0, 0)


# ----------------------------------------------------------------------------------------------
# dates and identifiers
# ----------------------------------------------------------------------------------------------
def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def days(a: str, b: str) -> int:
    """Calendar days from a to b."""
    return (D(b) - D(a)).days


def fd(s: str, style: str = "us") -> str:
    """Format an ISO date the way a given writer does (numeric dates are always month first)."""
    d = D(s)
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "us_nopad":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "long":
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    if style == "abbr":
        return f"{d.strftime('%b')} {d.day}, {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day} {d.strftime('%B')} {d.year}"
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


def npi(base9: str) -> str:
    """A 10-digit NPI: base9 plus the Luhn check digit computed over the 80840 prefix."""
    assert len(base9) == 9 and base9.isdigit()
    digits = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:  # the rightmost payload digit is doubled (the check digit will follow it)
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return base9 + str((10 - total % 10) % 10)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and npi(n[:9]) == n


assert npi("123456789") == "1234567893"  # the CMS worked example


# ----------------------------------------------------------------------------------------------
# DOCX writer helpers
# ----------------------------------------------------------------------------------------------
def shade(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_runs(par, runs):
    """runs: str or (text, flags) where flags contains b/i/u; '\n' inside text becomes a line break."""
    if isinstance(runs, (str, tuple)):
        runs = [runs]
    for r in runs:
        text, flags = (r, "") if isinstance(r, str) else r
        parts = text.split("\n")
        for k, part in enumerate(parts):
            run = par.add_run(part)
            run.bold = "b" in flags or None
            run.italic = "i" in flags or None
            run.underline = "u" in flags or None
            if "s" in flags:
                run.font.size = Pt(8)
            if k < len(parts) - 1:
                run.add_break()
    return par


class W:
    """A document being written, with one writer's habits (heading style, fonts, table style)."""

    _ids = 100

    def __init__(self, font="Calibri", size=11, heading="h", landscape=False, margins=1.0):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        self.heading = heading
        sec = self.doc.sections[0]
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = sec.page_height, sec.page_width
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Inches(margins))

    # -- ids for tracked changes / content controls
    @classmethod
    def nid(cls) -> str:
        cls._ids += 1
        return str(cls._ids)

    # -- text
    def p(self, *runs, align=None, style=None, container=None):
        c = container if container is not None else self.doc
        par = c.add_paragraph(style=style) if style else c.add_paragraph()
        add_runs(par, list(runs))
        if align == "c":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return par

    def h(self, text, level=1):
        if self.heading == "h":
            return self.doc.add_heading(text, level=level)
        if self.heading == "boldcaps":
            return self.p((text.upper(), "b"))
        if self.heading == "underline":
            return self.p((text, "bu"))
        if self.heading == "shaded":
            t = self.doc.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            c = t.rows[0].cells[0]
            shade(c, "1F3864" if level == 1 else "D9E2F3")
            par = c.paragraphs[0]
            run = par.add_run(text.upper() if level == 1 else text)
            run.bold = True
            if level == 1:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            return t
        if self.heading == "numbered":
            return self.p((text, "b"))
        raise ValueError(self.heading)

    def bullets(self, items, style="List Bullet", container=None):
        for it in items:
            self.p(*(it if isinstance(it, list) else [it]), style=style, container=container)

    def br(self):
        self.doc.add_paragraph()

    def pagebreak(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- tables
    def table(self, header, rows, widths=None, shade_header="D9D9D9", style="Table Grid", container=None,
              font_size=None):
        c = container if container is not None else self.doc
        ncols = len(header) if header else len(rows[0])
        t = c.add_table(rows=0, cols=ncols)
        if style:
            t.style = style
        allrows = ([header] if header else []) + rows
        for ri, row in enumerate(allrows):
            cells = t.add_row().cells
            for ci, val in enumerate(row):
                cell = cells[ci]
                par = cell.paragraphs[0]
                if isinstance(val, list):
                    first = True
                    for item in val:
                        if not first:
                            par = cell.add_paragraph()
                        add_runs(par, item)
                        first = False
                else:
                    add_runs(par, (val, "b") if (header and ri == 0) else val)
                if header and ri == 0 and shade_header:
                    shade(cell, shade_header)
                if font_size:
                    for pp in cell.paragraphs:
                        for rr in pp.runs:
                            rr.font.size = Pt(font_size)
        if widths:
            for row in t.rows:
                for ci, w in enumerate(widths):
                    row.cells[ci].width = Inches(w)
        return t

    def kv(self, pairs, cols=2, shade_labels="F2F2F2", style="Table Grid", container=None, bold_labels=True):
        """Label/value pairs as a table with cols/2 pairs per row."""
        per = cols // 2
        rows = []
        for i in range(0, len(pairs), per):
            chunk = pairs[i:i + per]
            row = []
            for lab, val in chunk:
                row += [(lab, "b") if bold_labels else lab, val]
            while len(row) < cols:
                row += ["", ""]
            rows.append(row)
        t = self.table(None, rows, style=style, container=container, shade_header=None)
        if shade_labels:
            for row in t.rows:
                for ci in range(0, cols, 2):
                    shade(row.cells[ci], shade_labels)
        return t

    def merge_row(self, table, ri, text, fill=None, flags="b"):
        row = table.rows[ri]
        m = row.cells[0].merge(row.cells[-1])
        for pp in list(m.paragraphs)[1:]:
            pp._p.getparent().remove(pp._p)
        m.paragraphs[0].text = ""
        add_runs(m.paragraphs[0], (text, flags))
        if fill:
            shade(m, fill)
        return m

    def box(self, lines, fill=None):
        t = self.doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.rows[0].cells[0]
        if fill:
            shade(c, fill)
        first = True
        for ln in lines:
            par = c.paragraphs[0] if first else c.add_paragraph()
            add_runs(par, ln)
            first = False
        return t

    # -- Word features
    def sdt_inline(self, par, value, alias, tag=None):
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        a = OxmlElement("w:alias")
        a.set(qn("w:val"), alias)
        pr.append(a)
        tg = OxmlElement("w:tag")
        tg.set(qn("w:val"), tag or alias.replace(" ", ""))
        pr.append(tg)
        i = OxmlElement("w:id")
        i.set(qn("w:val"), self.nid())
        pr.append(i)
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = value
        r.append(t)
        content.append(r)
        sdt.append(content)
        par._p.append(sdt)
        return sdt

    def sdt_field(self, label, value, alias=None, container=None):
        par = self.p((label + " ", "b"), container=container)
        self.sdt_inline(par, value, alias or label.rstrip(":"))
        return par

    def sdt_block(self, runs, alias):
        """A paragraph wrapped in a block-level content control."""
        par = self.p(*runs)
        p_el = par._p
        parent = p_el.getparent()
        idx = parent.index(p_el)
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        a = OxmlElement("w:alias")
        a.set(qn("w:val"), alias)
        pr.append(a)
        i = OxmlElement("w:id")
        i.set(qn("w:val"), self.nid())
        pr.append(i)
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        sdt.append(content)
        parent.remove(p_el)
        content.append(p_el)
        parent.insert(idx, sdt)
        return sdt

    def tracked(self, parts, author="Reviewer", date="2026-02-20T10:15:00Z", container=None, style=None):
        """parts: list of ('t'|'b'|'ins'|'del', text). Deleted text is w:delText inside w:del."""
        c = container if container is not None else self.doc
        par = c.add_paragraph(style=style) if style else c.add_paragraph()
        for kind, text in parts:
            r = OxmlElement("w:r")
            if kind == "b":
                rpr = OxmlElement("w:rPr")
                rpr.append(OxmlElement("w:b"))
                r.append(rpr)
            t = OxmlElement("w:delText" if kind == "del" else "w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            r.append(t)
            if kind in ("ins", "del"):
                wrap = OxmlElement("w:ins" if kind == "ins" else "w:del")
                wrap.set(qn("w:id"), self.nid())
                wrap.set(qn("w:author"), author)
                wrap.set(qn("w:date"), date)
                wrap.append(r)
                par._p.append(wrap)
            else:
                par._p.append(r)
        return par

    def comment(self, par, text, author="Billing", initials="BO"):
        runs = par.runs
        if not runs:
            runs = [par.add_run("")]
        self.doc.add_comment(runs, text=text, author=author, initials=initials)

    def header(self, lines, align=None):
        hdr = self.doc.sections[0].header
        par = hdr.paragraphs[0]
        first = True
        for ln in lines:
            if not first:
                par = hdr.add_paragraph()
            add_runs(par, ln)
            if align == "r":
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            first = False

    def header_table(self, cells):
        hdr = self.doc.sections[0].header
        t = hdr.add_table(rows=1, cols=len(cells), width=Inches(6.5))
        for i, val in enumerate(cells):
            add_runs(t.rows[0].cells[i].paragraphs[0], val)
        return t

    def footer(self, text, page=True):
        ftr = self.doc.sections[0].footer
        par = ftr.paragraphs[0]
        add_runs(par, (text, "s"))
        if page:
            par.add_run("   Page ").font.size = Pt(8)
            fld = OxmlElement("w:fldSimple")
            fld.set(qn("w:instr"), "PAGE")
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = "1"
            r.append(t)
            fld.append(r)
            par._p.append(fld)

    def save(self, name):
        cp = self.doc.core_properties
        cp.author = "Invented for authcheck blind set 16"
        cp.last_modified_by = "authcheck blind set"
        cp.created = FIXED
        cp.modified = FIXED
        cp.last_printed = FIXED
        cp.revision = 1
        cp.title = ""
        buf = io.BytesIO()
        self.doc.save(buf)
        write_stable_zip(OUT / name, buf.getvalue())


def write_stable_zip(path: Path, data: bytes) -> None:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "word/comments.xml":
                # comment timestamps would otherwise be the time of the run
                import re
                body = re.sub(rb'w:date="[^"]*"', b'w:date="2026-03-02T09:00:00Z"', body)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body)
    path.write_bytes(out.getvalue())


# ----------------------------------------------------------------------------------------------
# boilerplate that real plans carry (irrelevant to the checks)
# ----------------------------------------------------------------------------------------------
CRISIS_PA = ("If you are in crisis, call or text 988 (Suicide & Crisis Lifeline), call the Dauphin County "
             "Crisis Intervention line at 717-555-0142 (24 hours), or go to the nearest emergency department.")
CRISIS_GENERIC = ("In an emergency call 911. For a mental health crisis call or text 988, 24 hours a day, "
                  "7 days a week.")
CONSENT_TX = ("I have taken part in writing this plan. The goals, objectives and services were explained to me "
              "and I agree with them. I understand I may ask for a change to this plan at any time and that I "
              "may refuse any service. I have been offered a copy of this plan.")
PRIVACY = ("This document contains confidential health information protected by federal and state law, "
           "including 45 CFR Parts 160 and 164 and, where it applies, 42 CFR Part 2. Any further "
           "disclosure without the written consent of the person to whom it pertains is prohibited.")
PART2 = ("42 CFR Part 2 notice: This information has been disclosed to you from records protected by federal "
         "confidentiality rules (42 CFR part 2). The federal rules prohibit you from making any further "
         "disclosure of information in this record that identifies a patient as having or having had a "
         "substance use disorder unless further disclosure is expressly permitted by written consent.")
RIGHTS = ("You have the right to be treated with dignity and respect, to take part in planning your care, "
          "to file a grievance without retaliation, and to receive a copy of the program rules. Grievances "
          "may be filed with the Program Director or the state licensing agency.")


# ----------------------------------------------------------------------------------------------
# registry
# ----------------------------------------------------------------------------------------------
PLANS: list[dict] = []


def plan(file, payer, as_of, states=(), gaps=(), unsure=(), notes="", checks=()):
    """Record one plan's label. checks: (description, bool) self-checks of dates against the profiles."""
    for desc, ok in checks:
        assert ok, f"{file}: self-check failed: {desc}"
    PLANS.append(dict(file=file, payer=payer, states=list(states), as_of=as_of, gaps=[list(g) for g in gaps],
                      unsure=list(unsure), notes=notes))


# Profile numbers used by the self-checks (from payer_profiles/*.yaml, versions in force in March 2026)
PA_PLAN_DAYS = 30            # pa-55-5200 plan-timely
NY_PLAN_DAYS = 7             # ny-oasas-818 plan-timely
NY_MD_DAYS = 10              # ny-oasas-818 physician-signature-timely (from admission)
FL_DAYS = {"intensive inpatient": 3, "residential level 2": 15, "day or night treatment": 10}
FL_QP_DAYS = 10              # fl-65d-30 supervisor-signature-timely (from plan date)
CA_PLAN_DAYS = 28            # ca-title9-ntp plan-timely
CA_REVIEW_DAYS = 92          # ca-title9-ntp review-interval (anchors admission_date, plan_date)
CA_SIGN_DAYS = 14            # ca-title9-ntp supervisor/physician timely (from plan date)
PSY_MAX_AGE = 365            # medicare-psychotherapy plan-current
PT_CERT_DAYS = 30            # medicare-outpatient-therapy physician-signature-timely (from first treatment)
PT_RECERT_DAYS = 90          # medicare-outpatient-therapy review-interval
HH_REVIEW_DAYS = 60          # medicare-home-health review-interval
ABA_REVIEW_DAYS = 184        # commercial-aba review-interval
ABA_ASSESS_DAYS = 365        # commercial-aba assessment-recent
ABA_MAX_MONTHS = 6           # commercial-aba duration-limit (not strict)


def common_date_checks(plan_date, as_of, sigs=(), targets=(), reviews=(), admission=None, first_tx=None, dob=None):
    """Checks every clean date relation (dates-consistent) a reviewer would also check."""
    out = [("plan date not after as-of", D(plan_date) <= D(as_of))]
    for s in sigs:
        out.append((f"signature {s} on/after plan date and not after as-of", D(plan_date) <= D(s) <= D(as_of)))
    for t in targets:
        out.append((f"target {t} after plan date", D(t) > D(plan_date)))
    for r in reviews:
        out.append((f"review {r} after plan date", D(r) > D(plan_date)))
    if admission:
        out.append(("admission on/before plan", D(admission) <= D(plan_date)))
    if admission and first_tx:
        out.append(("admission on/before first treatment", D(admission) <= D(first_tx)))
    if dob:
        out.append(("birth before plan", D(dob) < D(plan_date)))
    return out


# ----------------------------------------------------------------------------------------------
# Provider 1: Riverbend Community Mental Health Center (PA licensed outpatient clinic), EHR export
# ----------------------------------------------------------------------------------------------
def riverbend(file, c):
    w = W(font="Arial", size=9.5, heading="shaded", margins=0.7)
    w.header([("Riverbend Community Mental Health Center  |  Adult Outpatient Clinic", "b"),
              (f"Consumer: {c['last']}, {c['first']}    MRN: {c['mrn']}    DOB: {fd(c['dob'])}", "s")])
    w.footer("Printed from CareLogic EHR by billing on 03/02/2026. Confidential: 45 CFR 164 / 55 Pa. Code 5100.")
    w.p(("INDIVIDUAL TREATMENT PLAN", "b"), align="c")
    w.p((c.get("plan_kind", "Initial Plan"), "i"), align="c")
    w.h("Consumer Information")
    w.kv([("Consumer Name", f"{c['first']} {c['mi']} {c['last']}"), ("Date of Birth", fd(c["dob"])),
          ("Medicare ID (MBI)", c["mbi"]), ("MRN", c["mrn"]),
          ("Intake Date", fd(c["intake"])), ("Plan Date", fd(c["plan"])),
          ("Program", "Adult Outpatient (OMHSAS licensed)"), ("Primary Clinician", c["clin"] + ", " + c["cred"]),
          ("Payer", "Medicare Part B"), ("Rendering NPI", c["clin_npi"])], cols=4)
    w.br()
    w.h("Diagnoses (ICD-10-CM)")
    w.table(["Code", "Description", "Rank"], [[d[0], d[1], d[2]] for d in c["dx"]], widths=[0.9, 4.6, 1.0])
    w.br()
    w.h("Strengths / Barriers")
    w.p(("Strengths: ", "b"), c["strengths"])
    w.p(("Barriers: ", "b"), c["barriers"])
    w.h("Goals and Objectives")
    rows = []
    for gi, g in enumerate(c["goals"], 1):
        rows.append([f"Problem {gi}", g["problem"], "", ""])
        rows.append([f"Goal {gi}", g["goal"], "", ""])
        for oi, (o, td) in enumerate(g["obj"], 1):
            rows.append([f"Obj {gi}.{oi}", o, fd(td), "New"])
    t = w.table(["#", "Statement", "Target Date", "Status"], rows, widths=[0.8, 4.2, 1.0, 0.7])
    r = 1
    for g in c["goals"]:
        w.merge_row(t, r, f"Problem: {g['problem']}", fill="F2F2F2")
        r += 2 + len(g["obj"])
    w.br()
    w.h("Services / Modalities")
    w.table(["Service", "CPT", "Amount", "Frequency", "Responsible"], c["services"], widths=[2.0, 0.6, 1.1, 1.4, 1.5])
    w.p(("Expected duration of treatment: ", "b"), c["duration"])
    w.p(("Next plan review: ", "b"), fd(c["review"]), "   (every 90 days or sooner if needed)")
    w.br()
    w.h("Discharge Criteria")
    w.p(c.get("discharge", "Objectives met or substantially met; consumer maintains gains for 4 weeks at reduced frequency."))
    w.h("Crisis Plan")
    w.p(CRISIS_PA)
    w.h("Consumer Participation")
    w.p(CONSENT_TX)
    w.h("Signatures")
    w.table(["Role", "Signed by", "Date / Time", "Method"], c["sigs"], widths=[1.6, 2.4, 1.4, 1.3])
    w.br()
    w.p((PRIVACY, "is"))
    w.save(file)


RB_GOALS_1 = [
    dict(problem="Depressed mood, low energy and withdrawal from family since her husband's death (08/2025).",
         goal="Janelle will return to her usual daily activities with a more stable mood.",
         obj=[("Janelle will lower her PHQ-9 score from 18 to 9 or below.", "2026-04-27"),
              ("Janelle will go to church or one of her grandson's activities at least 2 times a week, as recorded in her activity log.", "2026-04-27")]),
    dict(problem="Worry and racing thoughts that keep her awake most nights.",
         goal="Janelle will worry less and sleep through most nights.",
         obj=[("Janelle will lower her GAD-7 score from 14 to 7 or below.", "2026-04-27"),
              ("Janelle will use paced breathing or scheduled worry time on at least 5 of 7 nights, per her sleep log.", "2026-03-27")]),
]


def build_riverbend():
    # y01: clean
    c = dict(first="Janelle", mi="M.", last="Halvorsen", mrn="20417", dob="1961-04-22", mbi="5RK2-WD7-HT48",
             intake="2026-01-06", plan="2026-01-27", clin="Owen Brandt", cred="LPC", clin_npi=npi("164839207"),
             dx=[("F33.1", "Major depressive disorder, recurrent, moderate", "Primary"),
                 ("F41.1", "Generalized anxiety disorder", "Secondary")],
             strengths="Close to her daughter; attends church; motivated; no substance use.",
             barriers="Limited transportation on weekends; arthritis pain.",
             goals=RB_GOALS_1,
             services=[["Individual psychotherapy", "90837", "53-60 min", "Weekly", "Owen Brandt, LPC"],
                       ["Medication management", "99214", "25 min", "Every 4 weeks", "Priya Raman, MD"]],
             duration="6 months (through 07/27/2026)", review="2026-04-27",
             sigs=[["Primary Clinician", "Owen Brandt, LPC", "01/27/2026 3:41 PM", "Electronic (PIN)"],
                   ["Consumer", "Janelle M. Halvorsen", "01/27/2026 3:44 PM", "Signature pad"],
                   ["Psychiatrist Approval", "Priya Raman, MD", "01/29/2026 9:02 AM", "Electronic (PIN)"]])
    riverbend("y01_riverbend_itp_halvorsen.docx", c)
    plan("y01_riverbend_itp_halvorsen.docx", "medicare-psychotherapy", "2026-03-09", states=["pa-55-5200"],
         notes="Clean. PA CMHC EHR export: shaded section bars, 4-column demographics grid, goal/objective grid "
               "with merged problem rows, signature table with e-signature times; consumer/MRN in the page header.",
         checks=[("plan within 30 days of intake", days(c["intake"], c["plan"]) <= PA_PLAN_DAYS),
                 ("plan current", days(c["plan"], "2026-03-09") <= PSY_MAX_AGE)]
         + common_date_checks(c["plan"], "2026-03-09", sigs=["2026-01-27", "2026-01-29"],
                              targets=["2026-04-27", "2026-03-27"], reviews=[c["review"]], admission=c["intake"],
                              dob=c["dob"]))

    # y07: plan-late (42 days after intake)
    c = dict(first="Marcus", mi="T.", last="Oyelaran", mrn="20388", dob="1957-11-03", mbi="8FW3-QK4-NC92",
             intake="2025-12-01", plan="2026-01-12", clin="Dana Whitcomb", cred="LCSW", clin_npi=npi("132507781"),
             plan_kind="Initial Plan (completed after two rescheduled sessions)",
             dx=[("F43.10", "Post-traumatic stress disorder, unspecified", "Primary"),
                 ("F10.21", "Alcohol dependence, in remission", "Secondary")],
             strengths="Veteran with strong peer network at the VFW; stable housing; 14 months sober.",
             barriers="Avoids crowds; nightmares; missed two intake follow-ups in December due to snow.",
             goals=[dict(problem="Nightmares and startle response since a 2024 car crash.",
                         goal="Marcus will have fewer trauma symptoms and sleep better.",
                         obj=[("Marcus will lower his PCL-5 score from 52 to 33 or below.", "2026-04-13"),
                              ("Marcus will report 2 or fewer nightmares per week for 4 weeks in a row, per his sleep diary.", "2026-05-11")]),
                    dict(problem="Avoids driving and stores; leaves home only for appointments.",
                         goal="Marcus will return to driving and errands.",
                         obj=[("Marcus will complete 8 of the 10 steps on his exposure hierarchy, including driving to the grocery store alone.", "2026-05-11")])],
             services=[["Individual psychotherapy (CPT for PTSD)", "90837", "60 min", "Weekly", "Dana Whitcomb, LCSW"],
                       ["Psychiatric evaluation follow-up", "99213", "20 min", "Monthly", "Priya Raman, MD"]],
             duration="About 16 weeks (through 05/11/2026)", review="2026-04-13",
             sigs=[["Primary Clinician", "Dana Whitcomb, LCSW", "01/12/2026 11:20 AM", "Electronic (PIN)"],
                   ["Consumer", "Marcus T. Oyelaran", "01/12/2026 11:26 AM", "Signature pad"],
                   ["Psychiatrist Approval", "Priya Raman, MD", "01/14/2026 8:15 AM", "Electronic (PIN)"]])
    riverbend("y07_riverbend_itp_oyelaran.docx", c)
    plan("y07_riverbend_itp_oyelaran.docx", "medicare-psychotherapy", "2026-03-10", states=["pa-55-5200"],
         gaps=[["plan-late"]],
         notes="Gap: plan dated 01/12/2026 is 42 days after the 12/01/2025 intake (PA allows 30). Same EHR layout as y01; "
               "F10.21 in remission is a secondary diagnosis.",
         checks=[("plan late", days(c["intake"], c["plan"]) > PA_PLAN_DAYS)]
         + common_date_checks(c["plan"], "2026-03-10", sigs=["2026-01-12", "2026-01-14"],
                              targets=["2026-04-13", "2026-05-11"], reviews=[c["review"]], admission=c["intake"], dob=c["dob"]))

    # y13: psychiatrist approval pending (physician signature missing)
    c = dict(first="Rosalind", mi="K.", last="Abernathy-Cole", mrn="20461", dob="1949-06-30", mbi="2HN7-TX1-PE35",
             intake="2026-01-20", plan="2026-02-10", clin="Owen Brandt", cred="LPC", clin_npi=npi("164839207"),
             dx=[("F32.1", "Major depressive disorder, single episode, moderate", "Primary")],
             strengths="Retired teacher; reads daily; supportive neighbor; keeps appointments.",
             barriers="Hearing loss (uses hearing aids); lives alone.",
             goals=[dict(problem="Sad mood and loss of interest since moving to assisted living in 11/2025.",
                         goal="Rosalind will feel more settled and enjoy her days again.",
                         obj=[("Rosalind will lower her GDS-15 score from 10 to 5 or below.", "2026-05-11"),
                              ("Rosalind will join at least 3 group activities a week at her residence, per the activity calendar.", "2026-04-10")])],
             services=[["Individual psychotherapy", "90834", "45 min", "Weekly", "Owen Brandt, LPC"]],
             duration="12 weeks (through 05/05/2026)", review="2026-05-11",
             sigs=[["Primary Clinician", "Owen Brandt, LPC", "02/10/2026 1:05 PM", "Electronic (PIN)"],
                   ["Consumer", "Rosalind K. Abernathy-Cole", "02/10/2026 1:09 PM", "Signature pad"],
                   ["Psychiatrist Approval", "(pending co-signature: routed to P. Raman, MD 02/10/2026)", "", "Not signed"]])
    riverbend("y13_riverbend_itp_abernathy.docx", c)
    plan("y13_riverbend_itp_abernathy.docx", "medicare-psychotherapy", "2026-03-11", states=["pa-55-5200"],
         gaps=[["signature-missing"]],
         notes="Gap: the psychiatrist/CRNP approval required by PA for a plan with psychotherapy is still 'pending "
               "co-signature' (not signed). Same EHR layout as y01.",
         checks=[("plan timely", days(c["intake"], c["plan"]) <= PA_PLAN_DAYS)]
         + common_date_checks(c["plan"], "2026-03-11", sigs=["2026-02-10"], targets=["2026-05-11", "2026-04-10"],
                              reviews=[c["review"]], admission=c["intake"], dob=c["dob"]))


# ----------------------------------------------------------------------------------------------
# Provider 2: Allegheny Ridge Counseling Associates (PA clinic), Word template with heading styles
# ----------------------------------------------------------------------------------------------
def allegheny(file, c):
    w = W(font="Times New Roman", size=12, heading="h")
    w.header([("Allegheny Ridge Counseling Associates, LLC", "b"),
              ("412 Liberty Avenue, Suite 300, Pittsburgh, PA 15222  •  412-555-0187  •  Licensed Psychiatric Outpatient Clinic", "s")])
    w.footer(f"{c['name']}  |  Treatment Plan  |  Rev. 2024-06 form AR-TP-2")
    w.doc.add_heading("Treatment Plan", level=0)
    w.p(("Client: ", "b"), c["name"], "\t", ("D.O.B.: ", "b"), fd(c["dob"], "us_nopad"))
    w.p(("Insurance: ", "b"), "Medicare Part B   ", ("ID#: ", "b"), c["mbi"])
    w.p(("Date of intake assessment: ", "b"), fd(c["intake"], "long"))
    w.p(("Date plan developed: ", "b"), fd(c["plan"], "long"))
    w.p(("Therapist: ", "b"), c["clin"])
    w.h("Reason for Referral / Presenting Problem", 1)
    w.p(c["presenting"])
    w.h("Diagnosis", 1)
    for d in c["dx"]:
        w.p(f"{d[0]}  {d[1]}", style="List Bullet")
    w.h("Treatment Goals", 1)
    for gi, g in enumerate(c["goals"], 1):
        w.h(f"Goal {gi}: {g['goal']}", 2)
        if g.get("obj_tracked"):
            for parts in g["obj_tracked"]:
                w.tracked(parts, author="C. Mendez", style="List Number")
        for oi, (o, td) in enumerate(g["obj"]):
            letter = "abcdef"[oi]
            w.p((f"Objective {gi}{letter}. ", "b"), o, f"  Target: {fd(td, 'us_nopad')}")
        w.p(("Interventions: ", "i"), g["intv"])
    w.h("Modality, Frequency and Duration", 1)
    for s in c["services"]:
        if isinstance(s, list):
            w.tracked(s, author="C. Mendez", date="2026-02-02T16:05:00Z", style="List Bullet")
        else:
            w.p(s, style="List Bullet")
    w.p(("Estimated length of treatment: ", "b"), c["duration"])
    w.p(("This plan will be reviewed on or before ", ""), (fd(c["review"], "long"), "b"), ".")
    if c.get("extra"):
        for e in c["extra"]:
            w.p(e)
    w.h("Client Rights and Consent", 1)
    w.p(CONSENT_TX)
    w.p(RIGHTS)
    w.h("Signatures", 1)
    for role, name, date in c["sigs"]:
        w.p(f"{role}: ", (name, "u" if name.strip("_ ") else ""), "\t\tDate: ", date)
    w.p(("If you need help right away, call 1-888-555-0193 (Allegheny County resolve Crisis) or 988.", "i"))
    w.save(file)


def build_allegheny():
    # y19: clean
    c = dict(name="Evelyn Sosnowski", dob="1955-02-14", mbi="7MK4-VD2-RR19", intake="2026-01-13", plan="2026-02-02",
             clin="Carla Mendez, LCSW",
             presenting="Ms. Sosnowski was referred by her primary care physician for anxiety and panic attacks that began after a fall in October 2025. She reports 3-4 panic attacks a week and has stopped driving.",
             dx=[("F41.0", "Panic disorder [episodic paroxysmal anxiety]"), ("F40.10", "Social phobia, unspecified")],
             goals=[dict(goal="Fewer panic attacks and less fear of having them.",
                         obj=[("Evelyn will reduce panic attacks from 3-4 per week to 1 or fewer per week, as tracked on her panic log.", "2026-05-04"),
                              ("Evelyn will lower her PDSS score from 15 to 7 or below.", "2026-05-04")],
                         intv="CBT for panic (psychoeducation, interoceptive exposure, cognitive restructuring); weekly homework review."),
                    dict(goal="Return to driving and outings with friends.",
                         obj=[("Evelyn will drive to the pharmacy and the senior center on her own at least 2 times a week.", "2026-06-01")],
                         intv="Graded in-vivo exposure hierarchy built in session; relapse-prevention plan.")],
             services=[[("t", "Individual psychotherapy (90834), 45 minutes, "), ("del", "every other week"), ("ins", "once a week")],
                       "Psychiatric medication review (99213), 15-20 minutes, every 8 weeks with Dr. Feldman, MD"],
             duration="4 months (February through May 2026)", review="2026-05-01",
             sigs=[("Client", "Evelyn Sosnowski", "2/2/2026"), ("Therapist", "Carla Mendez, LCSW", "2/2/2026"),
                   ("Psychiatrist (approval)", "Howard Feldman, MD", "2/4/2026")])
    allegheny("y19_allegheny_tp_sosnowski.docx", c)
    plan("y19_allegheny_tp_sosnowski.docx", "medicare-psychotherapy", "2026-03-11", states=["pa-55-5200"],
         notes="Clean. Word form with Title/Heading styles, inline bold labels ('Client:', 'D.O.B.:', 'ID#:'), long-form "
               "dates, goals as Heading 2, objectives as lettered paragraphs with 'Target:' dates, services as bullets "
               "(one with a tracked change: 'every other week' deleted, 'once a week' inserted), typed underlined signature lines.",
         checks=[("plan timely", days(c["intake"], c["plan"]) <= PA_PLAN_DAYS)]
         + common_date_checks(c["plan"], "2026-03-11", sigs=["2026-02-02", "2026-02-04"],
                              targets=["2026-05-04", "2026-06-01"], reviews=[c["review"]], admission=c["intake"], dob=c["dob"]))

    # y25: client signature line blank
    c = dict(name="Gerald P. Nakamura", dob="1952-09-08", mbi="3TW9-HN6-UD24", intake="2026-01-28", plan="2026-02-16",
             clin="Brian Kowalczyk, LPC",
             presenting="Mr. Nakamura, 73, was referred after a hospital stay for chest pain with a negative cardiac work-up. He reports daily worry about his health, poor sleep and irritability with his wife.",
             dx=[("F41.1", "Generalized anxiety disorder"), ("Z63.0", "Problems in relationship with spouse or partner")],
             goals=[dict(goal="Gerald will worry less about his health.",
                         obj=[("Gerald will lower his GAD-7 score from 16 to 8 or below.", "2026-05-18"),
                              ("Gerald will limit checking his pulse and blood pressure to 2 times a day or fewer, per his daily log.", "2026-04-17")],
                         intv="CBT, worry exposure, relaxation training; coordination with PCP about reassurance seeking."),
                    dict(goal="Better sleep.",
                         obj=[("Gerald will sleep at least 6 hours on 5 of 7 nights, per his sleep diary.", "2026-05-18")],
                         intv="CBT-I components: stimulus control, sleep window, sleep hygiene.")],
             services=["Individual psychotherapy, CPT 90834, 45 min, weekly",
                       "Family psychotherapy with spouse, CPT 90847, 50 min, monthly"],
             duration="3 months", review="2026-05-18",
             extra=["Client was given a copy of the plan to take home and discuss with his wife."],
             sigs=[("Client", "______________________________", "__________"),
                   ("Therapist", "Brian Kowalczyk, LPC", "2/16/2026"),
                   ("Psychiatrist (approval)", "Howard Feldman, MD", "2/18/2026")])
    allegheny("y25_allegheny_tp_nakamura.docx", c)
    plan("y25_allegheny_tp_nakamura.docx", "medicare-psychotherapy", "2026-03-12", states=["pa-55-5200"],
         gaps=[["signature-missing"]],
         notes="Gap: the client's signature line and its date are blank (PA requires the individual's dated signature). "
               "Same heading-style form as y19.",
         checks=[("plan timely", days(c["intake"], c["plan"]) <= PA_PLAN_DAYS)]
         + common_date_checks(c["plan"], "2026-03-12", sigs=["2026-02-16", "2026-02-18"],
                              targets=["2026-05-18", "2026-04-17"], reviews=[c["review"]], admission=c["intake"], dob=c["dob"]))

    # y31: objectives not measurable (vague); tracked change on the goal's objective list
    c = dict(name="Tamsin Reilly-Ortiz", dob="1960-12-01", mbi="6QA1-KC8-YM57", intake="2026-02-03", plan="2026-02-24",
             clin="Carla Mendez, LCSW",
             presenting="Ms. Reilly-Ortiz sought counseling after the death of her sister in December 2025. She describes crying spells, guilt and pulling away from friends.",
             dx=[("F43.21", "Adjustment disorder with depressed mood")],
             goals=[dict(goal="Tamsin will work through her grief.",
                         obj=[("Tamsin will gain insight into her feelings of guilt about her sister's illness.", "2026-05-26"),
                              ("Tamsin will explore healthier ways of coping with her loss.", "2026-05-26")],
                         intv="Grief-focused psychotherapy; narrative work; referral to hospice bereavement group.")],
             services=["Individual psychotherapy, 90837, 60 minutes, every week"],
             duration="Approximately 12 weeks", review="2026-05-26",
             sigs=[("Client", "Tamsin Reilly-Ortiz", "2/24/2026"), ("Therapist", "Carla Mendez, LCSW", "2/24/2026"),
                   ("Psychiatrist (approval)", "Howard Feldman, MD", "2/25/2026")])
    allegheny("y31_allegheny_tp_reilly_ortiz.docx", c)
    plan("y31_allegheny_tp_reilly_ortiz.docx", "medicare-psychotherapy", "2026-03-13", states=["pa-55-5200"],
         gaps=[["objective-not-measurable", "goal-not-measurable"]],
         notes="Gap: both objectives ('gain insight into her feelings of guilt', 'explore healthier ways of coping') name no "
               "measure or level (warning under medicare-psychotherapy); the goal is vague too. Same form as y19.",
         checks=[("plan timely", days(c["intake"], c["plan"]) <= PA_PLAN_DAYS)]
         + common_date_checks(c["plan"], "2026-03-13", sigs=["2026-02-24", "2026-02-25"],
                              targets=["2026-05-26"], reviews=[c["review"]], admission=c["intake"], dob=c["dob"]))


# ----------------------------------------------------------------------------------------------
# Provider 3: Thomas Reyes, LCSW (solo private practice), narrative letter-style plan
# ----------------------------------------------------------------------------------------------
def reyes(file, c):
    w = W(font="Georgia", size=11, heading="underline", margins=1.1)
    w.p(("Thomas Reyes, LCSW", "b"), align="c")
    w.p("Psychotherapy & Counseling  ·  118 Mill Street, Athens, OH 45701  ·  740-555-0116  ·  NPI " + c["npi"], align="c")
    w.br()
    w.p(("PSYCHOTHERAPY TREATMENT PLAN", "b"))
    w.p(f"Pt: {c['name']}     DOB {fd(c['dob'], 'us_short')}     Medicare # {c['mbi']}")
    w.p(f"Date: {fd(c['plan'], 'abbr')}")
    w.br()
    w.h("Summary")
    w.p(c["summary"])
    w.p(("Diagnosis: ", "b"), c["dx"])
    w.h("What we are working on")
    w.p(c["intro"])
    for g in c["goals"]:
        w.p(g[0], style="List Number")
        for o in g[1]:
            w.p("– " + o).paragraph_format.left_indent = Inches(0.5)
    w.h("Treatment")
    w.p(c["treatment"])
    w.h("Review")
    w.p(c["review"])
    w.br()
    w.p("I have reviewed this plan with the patient, who agrees with it.")
    w.br()
    for ln in c["sig"]:
        w.p(ln)
    w.br()
    w.p((CRISIS_GENERIC, "i"))
    w.save(file)


def build_reyes():
    n = npi("151926044")
    # y06: clean
    c = dict(name="Walter Brennan-Hughes", dob="1954-07-19", mbi="1UX6-PG3-WE80", plan="2026-02-05", npi=n,
             summary="Mr. Brennan-Hughes is a 71-year-old retired machinist seen for a diagnostic evaluation on 1/29/26 (90791). He describes low mood, poor sleep and irritability since his diagnosis of Parkinson's disease last summer, and has stopped his woodworking and his Thursday coffee group.",
             dx="F06.31 Mood disorder due to known physiological condition with depressive features; G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations",
             intro="Walter and I agreed on these goals at our second visit. Each goal has the steps we will use to see progress:",
             goals=[("Mood: Walter will feel less down and get back to things he enjoys.",
                     ["PHQ-9 from 16 now to under 10 by 5/7/26.",
                      "Back in the shop or at coffee group at least 3 days a week by 4/9/26 (his weekly calendar)."]),
                    ("Irritability: fewer blow-ups at home.",
                     ["No more than 1 angry outburst a week (his wife's count) for 4 straight weeks, by 5/7/26."])],
             treatment="Individual psychotherapy (CBT and behavioral activation), 45-minute sessions (90834) once a week for 16 weeks, through 5/28/26. His wife will join a family session (90847, 50 min) once a month. I will send a copy to his neurologist, Dr. Anand.",
             review="We will review progress on these goals on 5/7/26 and rewrite the plan then.",
             sig=["/s/ Thomas Reyes, LCSW     2/5/26", "Patient copy given 2/5/26."])
    reyes("y06_reyes_plan_brennan_hughes.docx", c)
    plan("y06_reyes_plan_brennan_hughes.docx", "medicare-psychotherapy", "2026-03-09",
         notes="Clean. Solo practitioner narrative: letterhead with NPI, one-line 'Pt: ... DOB ... Medicare #' "
               "identification, short dates (2/5/26), goals as a numbered list with dash sub-items holding the "
               "measures and dates, treatment as one prose paragraph, '/s/' typed signature.",
         checks=common_date_checks(c["plan"], "2026-03-09", sigs=["2026-02-05"],
                                   targets=["2026-05-07", "2026-04-09"], reviews=["2026-05-07"], dob=c["dob"])
         + [("16 weeks < 1 year", True), ("plan current", days(c["plan"], "2026-03-09") <= PSY_MAX_AGE)])

    # y28: plan-outdated (dated 02/20/2025, no later review recorded)
    c = dict(name="Lorraine Vukovich", dob="1947-03-05", mbi="9CE2-NA7-TK16", plan="2025-02-20", npi=n,
             summary="Mrs. Vukovich, 77, was referred by her PCP for depression after her husband moved to memory care. Evaluation (90791) on 2/13/25.",
             dx="F33.0 Major depressive disorder, recurrent, mild",
             intro="Goals agreed with Lorraine:",
             goals=[("Lorraine will cope with her husband's illness without sinking into depression.",
                     ["PHQ-9 from 12 to 5 or less by 5/22/25.",
                      "Visit her husband at least 3 times a week and attend the caregiver support group twice a month, by 4/24/25."])],
             treatment="Individual psychotherapy (supportive and problem-solving therapy), 45 min (90834), every other week for 6 months.",
             review="Review at 3 months (5/22/25).",
             sig=["/s/ Thomas Reyes, LCSW   2/20/25"])
    reyes("y28_reyes_plan_vukovich.docx", c)
    plan("y28_reyes_plan_vukovich.docx", "medicare-psychotherapy", "2026-03-11",
         gaps=[["plan-outdated"]],
         notes="Gap: the plan is dated 02/20/2025 and no later review or update is recorded; on 03/11/2026 it is 384 days "
               "old (NGS: no older than one year). Same narrative layout as y06.",
         checks=[("plan outdated", days(c["plan"], "2026-03-11") > PSY_MAX_AGE)]
         + common_date_checks(c["plan"], "2026-03-11", sigs=["2025-02-20"], targets=["2025-05-22", "2025-04-24"],
                              reviews=["2025-05-22"], dob=c["dob"]))


# ----------------------------------------------------------------------------------------------
# Provider 4: Miriam Okafor, PhD & Associates: fillable form with content controls and checkboxes
# ----------------------------------------------------------------------------------------------
def okafor(file, c):
    w = W(font="Segoe UI", size=10, heading="boldcaps", margins=0.8)
    w.header([("Miriam Okafor, PhD & Associates  —  Psychological Services", "b"),
              ("2200 W. Grand River Ave, Okemos, MI 48864   Tel 517-555-0162   Fax 517-555-0163", "s")])
    w.footer("Form OK-07 Treatment Plan (fillable). Fields in grey are completed by the clinician.")
    w.p(("OUTPATIENT TREATMENT PLAN", "b"), align="c")
    w.sdt_field("Client name:", c["name"], "Client Name")
    w.sdt_field("Date of birth:", fd(c["dob"]), "DOB")
    w.sdt_field("Insurance / ID:", c["ins"], "Insurance ID")
    w.sdt_field("Plan date:", fd(c["plan"]), "Plan Date")
    w.p(("Plan type: ", "b"), "☒ Initial   ☐ Update   ☐ Discharge")
    w.h("Diagnosis")
    for d in c["dx"]:
        w.sdt_block([d], "Diagnosis")
    w.h("Problems, goals and objectives")
    for gi, g in enumerate(c["goals"], 1):
        t = w.table(None, [[(f"Problem {gi}", "b"), g["problem"]], [(f"Long-term goal", "b"), g["goal"]],
                           [("Short-term objectives", "b"), ""]], widths=[1.6, 5.0])
        inner_cell = t.rows[2].cells[1]
        inner_cell.paragraphs[0].text = ""
        it = inner_cell.add_table(rows=1, cols=2)
        it.style = "Table Grid"
        add_runs(it.rows[0].cells[0].paragraphs[0], ("Objective", "b"))
        add_runs(it.rows[0].cells[1].paragraphs[0], ("By", "b"))
        for o, td in g["obj"]:
            cells = it.add_row().cells
            add_runs(cells[0].paragraphs[0], o)
            add_runs(cells[1].paragraphs[0], fd(td))
        w.br()
    w.h("Treatment / interventions")
    w.table(["Modality", "Session length", "Frequency", "Duration"], c["services"])
    w.p(("Next review: ", "b"), fd(c["review"]))
    w.h("Attestation")
    w.box(c["attest"], fill="F2F2F2")
    w.save(file)


def build_okafor():
    # y12: diagnosis-code-not-billable (F41 category)
    c = dict(name="Beatrice Lindqvist", dob="1958-01-27", ins="Medicare 4HD8-RT5-QA03", plan="2026-02-12",
             dx=["F41  Anxiety disorder (other)", "Z63.4  Disappearance and death of family member"],
             goals=[dict(problem="Constant worry and tension after her son's death in 2025; muscle tension and headaches.",
                         goal="Beatrice will manage worry so it no longer disrupts her sleep and daily plans.",
                         obj=[("Beatrice will lower her GAD-7 from 15 to 8 or below.", "2026-05-14"),
                              ("Beatrice will practice progressive muscle relaxation at least 5 days a week, per her log.", "2026-04-02")])],
             services=[["Individual psychotherapy (90834)", "45 minutes", "Weekly", "16 weeks"]],
             review="2026-05-14",
             attest=[("I certify that this plan was developed with the client and that the services are medically necessary.", "i"),
                     "Clinician: Miriam Okafor, PhD, Licensed Psychologist    NPI " + npi("174206638"),
                     "Signature: /s/ Miriam Okafor, PhD          Date: 02/12/2026",
                     "Client: signed copy on file (paper signature 02/12/2026)"])
    okafor("y12_okafor_tp_lindqvist.docx", c)
    plan("y12_okafor_tp_lindqvist.docx", "medicare-psychotherapy", "2026-03-10",
         gaps=[["diagnosis-code-not-billable"]],
         notes="Gap: the primary diagnosis is written as the category F41, not a billable code. Fillable form: identifiers "
               "and diagnoses in content controls, checkbox glyphs, each goal in a table with a nested objective table, "
               "signature inside a shaded attestation box.",
         checks=common_date_checks(c["plan"], "2026-03-10", sigs=["2026-02-12"], targets=["2026-05-14", "2026-04-02"],
                                   reviews=[c["review"]], dob=c["dob"]))

    # y38: associate signs without any credential
    c = dict(name="Harold Pemberton", dob="1950-05-16", ins="Medicare 2WP6-EJ4-LB71", plan="2026-02-19",
             dx=["F43.23  Adjustment disorder with mixed anxiety and depressed mood"],
             goals=[dict(problem="Anxiety and low mood since retiring and moving to Michigan to be near his daughter.",
                         goal="Harold will build a new routine that keeps his mood steady.",
                         obj=[("Harold will take part in at least 2 planned social or volunteer activities per week, per his weekly planner.", "2026-04-30"),
                              ("Harold will lower his PHQ-9 from 13 to below 8.", "2026-05-21")])],
             services=[["Individual psychotherapy (90834)", "45 min", "Weekly", "3 months"]],
             review="2026-05-21",
             attest=[("I certify that this plan was developed with the client and that the services are medically necessary.", "i"),
                     "Clinician: Jordan Pike    NPI " + npi("119374502"),
                     "Signature: /s/ Jordan Pike          Date: 02/19/2026",
                     "Client: signed copy on file (paper signature 02/19/2026)"])
    okafor("y38_okafor_tp_pemberton.docx", c)
    plan("y38_okafor_tp_pemberton.docx", "medicare-psychotherapy", "2026-03-12",
         gaps=[["credential-missing"]],
         notes="Gap: the treating clinician (an associate of the practice) signs '/s/ Jordan Pike' with no credential "
               "anywhere on the plan. Same fillable form as y12 (content controls, nested objective table, attestation box).",
         checks=common_date_checks(c["plan"], "2026-03-12", sigs=["2026-02-19"], targets=["2026-04-30", "2026-05-21"],
                                   reviews=[c["review"]], dob=c["dob"]))


# ----------------------------------------------------------------------------------------------
# Provider 5: Lakeshore Behavioral Health (CMHC, Michigan), landscape EHR print with e-signature stamps
# ----------------------------------------------------------------------------------------------
def lakeshore(file, c):
    w = W(font="Calibri", size=9, heading="numbered", landscape=True, margins=0.6)
    w.header_table([("LAKESHORE BEHAVIORAL HEALTH", "b"), f"Individual: {c['name']}", f"Case #: {c['case']}"])
    w.footer("LBH-EHR  Person-Centered Plan  —  Confidential")
    w.p(("PERSON-CENTERED PLAN OF SERVICE", "b"), align="c")
    w.kv([("Individual served", c["name"]), ("DOB", fd(c["dob"], "dash")), ("Medicare Beneficiary ID", c["mbi"]),
          ("Case #", c["case"]), ("Plan start", fd(c["plan"], "dash")), ("Plan end", c["plan_end"]),
          ("Primary worker", c["clin"]), ("Program", "Adult outpatient therapy")], cols=8 if False else 4)
    w.br()
    w.p(("1. Diagnostic summary", "b"))
    w.table(["ICD-10-CM", "Diagnosis", "Primary?"], c["dx"])
    w.br()
    w.p(("2. What is important to the individual", "b"))
    w.p(("“" + c["quote"] + "”", "i"))
    w.p(("3. Goals, objectives and services", "b"))
    rows = []
    for g in c["goals"]:
        rows.append([g["n"], g["text"], "", "", ""])
        for o in g["obj"]:
            rows.append(o)
    t = w.table(["No.", "Goal / Objective", "Target date", "Service(s)", "Frequency / Amount"], rows,
                widths=[0.5, 4.2, 1.0, 2.0, 2.0])
    ri = 1
    for g in c["goals"]:
        w.merge_row(t, ri, f"GOAL {g['n']}: {g['text']}", fill="DEEAF6")
        ri += 1 + len(g["obj"])
    w.br()
    w.p(("4. Authorized services", "b"))
    w.table(["Code", "Service", "Amount", "Frequency", "Duration / Through"], c["services"])
    w.br()
    w.p(("5. Plan review", "b"))
    w.p(f"Periodic review due: {c['review']}")
    w.p(("6. Signatures", "b"))
    for s in c["sigs"]:
        w.box([s], fill="FFFFFF")
    w.br()
    w.p((PRIVACY, "s"))
    w.save(file)


def build_lakeshore():
    # y32: clean
    c = dict(name="Yolanda Fairweather", dob="1959-10-10", mbi="3PL5-XR8-MD62", case="LBH-558201", plan="2026-01-30",
             plan_end="07-29-2026", clin="Nadia Haddad, LMSW",
             dx=[["F31.81", "Bipolar II disorder", "Yes"], ["E11.9", "Type 2 diabetes mellitus without complications", "No"]],
             quote="I want to keep my job at the library and not end up in the hospital again.",
             goals=[dict(n="1", text="Yolanda will keep her mood stable enough to keep working.",
                         obj=[["1.1", "Yolanda will track mood and sleep daily on the eMoods app on at least 6 of 7 days.", "04-30-2026", "Individual therapy", "Weekly, 53 min"],
                              ["1.2", "Yolanda will have zero psychiatric hospital stays or crisis visits through the end of this plan period.", "07-29-2026", "Individual therapy; med review", "Weekly / monthly"]]),
                    dict(n="2", text="Yolanda will recognize early warning signs and act on them.",
                         obj=[["2.1", "Yolanda will write a relapse-prevention plan listing at least 3 early warning signs and 3 actions, and give a copy to her sister.", "03-31-2026", "Individual therapy", "Weekly, 53 min"]])],
             services=[["90837", "Psychotherapy, 60 min (53+)", "1 session", "1x/week", "26 weeks (through 07-29-2026)"],
                       ["99214", "E/M medication review (psychiatric NP)", "25 minutes", "monthly", "26 weeks"]],
             review="04-30-2026",
             sigs=["Electronically signed by: Nadia Haddad, LMSW  |  01-30-2026 14:22 EST  |  Role: Primary worker",
                   "Electronically signed by: Yolanda Fairweather  |  01-30-2026 14:25 EST  |  Role: Individual served",
                   "Reviewed/approved: Kevin Osei, PMHNP-BC  |  02-02-2026 08:10 EST  |  Role: Prescriber"])
    lakeshore("y32_lakeshore_pcp_fairweather.docx", c)
    plan("y32_lakeshore_pcp_fairweather.docx", "medicare-psychotherapy", "2026-03-12",
         notes="Clean. Landscape EHR print: header table with case number, 4-column demographics, goal rows merged across "
               "a 5-column grid with objective rows carrying target date, service and frequency; authorized services "
               "table; each e-signature stamp in its own bordered box. Dates written MM-DD-YYYY.",
         checks=common_date_checks(c["plan"], "2026-03-12", sigs=["2026-01-30", "2026-02-02"],
                                   targets=["2026-04-30", "2026-07-29", "2026-03-31"], reviews=["2026-04-30"], dob=c["dob"])
         + [("period under one year", days("2026-01-30", "2026-07-29") < 365)])

    # y20: amount-missing (no session length anywhere)
    c = dict(name="Desmond Achterberg", dob="1963-08-21", mbi="5JD3-GU7-FW29", case="LBH-560117", plan="2026-02-09",
             plan_end="08-08-2026", clin="Nadia Haddad, LMSW",
             dx=[["F20.9", "Schizophrenia, unspecified", "Yes"]],
             quote="I want my own apartment and to stop hearing the voices so much.",
             goals=[dict(n="1", text="Desmond will manage voices so they do not keep him from daily tasks.",
                         obj=[["1.1", "Desmond will use 2 coping strategies (headphones with music, reality check with staff) when voices start, on at least 4 of 5 program days, per staff notes.", "05-11-2026", "Individual therapy", "Weekly"],
                              ["1.2", "Desmond will take prescribed medication as scheduled on at least 90% of days, per pill-box checks.", "05-11-2026", "Medication review", "Monthly"]])],
             services=[["90832-90837", "Individual psychotherapy", "", "Weekly", "Through 08-08-2026"],
                       ["H0036", "Community psychiatric supportive treatment", "", "2x/week", "Through 08-08-2026"]],
             review="05-11-2026",
             sigs=["Electronically signed by: Nadia Haddad, LMSW  |  02-09-2026 10:02 EST  |  Role: Primary worker",
                   "Electronically signed by: Desmond Achterberg  |  02-09-2026 10:05 EST  |  Role: Individual served"])
    lakeshore("y20_lakeshore_pcp_achterberg.docx", c)
    plan("y20_lakeshore_pcp_achterberg.docx", "medicare-psychotherapy", "2026-03-10",
         gaps=[["amount-missing"]],
         notes="Gap: no service states its amount (session length or units): the Amount column is empty and the "
               "psychotherapy code is given as the range '90832-90837'. Same landscape EHR layout as y32.",
         unsure=["service-code-invalid"],
         checks=common_date_checks(c["plan"], "2026-03-10", sigs=["2026-02-09"], targets=["2026-05-11"],
                                   reviews=["2026-05-11"], dob=c["dob"]))

    # y40: duration-exceeds-limit (12 months, NGS requires less than one year)
    c = dict(name="Priscilla Okonkwo-Baird", dob="1956-04-04", mbi="8VB2-KE5-JN43", case="LBH-549930", plan="2026-01-14",
             plan_end="01-14-2027", clin="Samuel Gutierrez, LCSW",
             dx=[["F33.2", "Major depressive disorder, recurrent severe without psychotic features", "Yes"]],
             quote="I want to get out of bed in the morning and see my grandchildren.",
             goals=[dict(n="1", text="Priscilla will have fewer depressive symptoms.",
                         obj=[["1.1", "Priscilla will lower her PHQ-9 score from 22 to 14 or below.", "04-14-2026", "Individual therapy", "Weekly, 45 min"],
                              ["1.2", "Priscilla will be out of bed and dressed by 10 a.m. on at least 5 days a week, per her daughter's check-in log.", "03-31-2026", "Individual therapy", "Weekly, 45 min"]])],
             services=[["90834", "Psychotherapy, 45 min", "45 minutes", "Weekly", "12 months (01-14-2026 to 01-14-2027)"]],
             review="04-14-2026",
             sigs=["Electronically signed by: Samuel Gutierrez, LCSW  |  01-14-2026 16:40 EST  |  Role: Primary worker",
                   "Electronically signed by: Priscilla Okonkwo-Baird  |  01-14-2026 16:43 EST  |  Role: Individual served"])
    lakeshore("y40_lakeshore_pcp_okonkwo_baird.docx", c)
    plan("y40_lakeshore_pcp_okonkwo_baird.docx", "medicare-psychotherapy", "2026-03-13",
         gaps=[["duration-exceeds-limit"]],
         notes="Gap: the plan runs 12 months (plan start 01-14-2026, plan end 01-14-2027; services '12 months'); the NGS "
               "article requires a duration of less than one year (strict). Same layout as y32.",
         checks=[("12 months is not less than one year", True)]
         + common_date_checks(c["plan"], "2026-03-13", sigs=["2026-01-14"], targets=["2026-04-14", "2026-03-31"],
                              reviews=["2026-04-14"], dob=c["dob"]))


# ----------------------------------------------------------------------------------------------
# Provider 6: Cedar Point Physical Therapy: initial evaluation + plan of care with certification block
# ----------------------------------------------------------------------------------------------
def cedar(file, c):
    w = W(font="Calibri", size=10, heading="boldcaps", margins=0.75)
    w.header([("CEDAR POINT PHYSICAL THERAPY", "b"), ("Sandusky • Huron • Norwalk   |   Phone 419-555-0133   Fax 419-555-0134", "s")],
             align="r")
    w.footer(f"{c['name']}  DOB {fd(c['dob'])}  MBI {c['mbi']}   —   PT Initial Evaluation / Plan of Care")
    w.p(("PHYSICAL THERAPY INITIAL EVALUATION AND PLAN OF CARE", "b"), align="c")
    w.kv([("Patient", c["name"]), ("DOB", fd(c["dob"])), ("Medicare (MBI)", c["mbi"]), ("Acct #", c["acct"]),
          ("Referring provider", c["ref"]), ("Onset / surgery date", fd(c["onset"])),
          ("Date of evaluation", fd(c["eval"])), ("Plan of care date", fd(c["eval"])),
          ("Certification period", f"{fd(c['eval'])} – {fd(c['cert_end'])}"), ("Visit #", "1")], cols=4)
    w.h("Medical diagnosis / treatment diagnosis")
    for d in c["dx"]:
        w.p(d, style="List Bullet")
    w.h("Subjective")
    w.p(c["subj"])
    w.h("Objective")
    w.table(["Measure", "Result"], c["objective"], widths=[2.5, 4.0])
    w.h("Assessment")
    w.p(c["assess"])
    w.h("Goals")
    w.p(("Short-term goals (" + c["stg_when"] + "):", "b"))
    for i, g in enumerate(c["stg"], 1):
        w.p(f"STG {i}. {g}")
    w.p(("Long-term goals (" + c["ltg_when"] + "):", "b"))
    for i, g in enumerate(c["ltg"], 1):
        w.p(f"LTG {i}. {g}")
    w.h("Plan")
    w.table(["Frequency", "Duration", "Interventions (CPT)"],
            [[c["freq"], c["dur"], [x for x in c["cpts"]]]], widths=[1.3, 1.3, 3.9])
    w.p(("Rehab potential: ", "b"), "Good.  ", ("Patient/caregiver education: ", "b"), "HEP issued; patient agrees with the plan of care.")
    w.br()
    w.p(("Therapist: ", "b"), c["pt_sig"])
    w.br()
    w.box([("PHYSICIAN / NPP CERTIFICATION", "b"),
           "I have reviewed this plan of care and certify that the services are medically necessary, that the patient is under my care, and that the services will be furnished while the plan is in effect.",
           c["md_sig"]], fill="F2F2F2")
    w.p(("Please sign and fax back to 419-555-0134 within 14 days. Thank you for the referral.", "i"))
    w.save(file)


def build_cedar():
    # y02: clean (TKA)
    c = dict(name="Bernard Szymanski", dob="1951-12-09", mbi="4AK7-MW2-PQ15", acct="CP-88213", ref="Lena Ortiz, MD (orthopedics)",
             onset="2026-01-06", eval="2026-01-20", cert_end="2026-04-19",
             dx=["Z47.1 Aftercare following joint replacement surgery", "Z96.651 Presence of right artificial knee joint",
                 "M17.11 Unilateral primary osteoarthritis, right knee (pre-op)"],
             subj="74 y/o male s/p R TKA 1/6/26, discharged from home health 1/16/26. Pain 5/10 with stairs, 2/10 at rest. Goal: return to golf and walking his dog 1 mile.",
             objective=[["R knee AROM", "flexion 92°, extension -8°"], ["Strength", "R quad 3+/5, R hip abd 4-/5"],
                        ["TUG", "14.2 sec with SPC"], ["Gait", "SPC, antalgic, 250 ft before rest"], ["LEFS", "34/80"]],
             assess="Patient presents with decreased R knee ROM, strength and gait tolerance after TKA, limiting stairs, community ambulation and recreation. Skilled PT is needed to restore function.",
             stg_when="4 weeks", ltg_when="10 weeks, by 3/31/2026",
             stg=["R knee flexion AROM ≥ 105° and extension ≥ -4°.", "Ambulate 500 ft without assistive device on level surfaces with no loss of balance."],
             ltg=["R knee flexion ≥ 118° to allow reciprocal stair climbing of 12 steps with one rail.",
                  "LEFS ≥ 60/80.", "TUG ≤ 10 sec without device.", "Independent with advanced HEP."],
             freq="2x/week", dur="10 weeks",
             cpts=["97110 Therapeutic exercise", "97140 Manual therapy", "97116 Gait training", "97530 Therapeutic activities", "97161 PT eval, low complexity (1/20/26)"],
             pt_sig="Electronically signed by Morgan Lachance, PT, DPT   01/20/2026 17:05   NPI " + npi("128845120"),
             md_sig="Physician: Lena Ortiz, MD   NPI " + npi("160377219") + "     Signature: Electronically signed L. Ortiz MD     Date: 01/26/2026")
    cedar("y02_cedarpoint_poc_szymanski.docx", c)
    plan("y02_cedarpoint_poc_szymanski.docx", "medicare-outpatient-therapy", "2026-03-09",
         notes="Clean. Outpatient PT evaluation/plan of care: 4-column header grid (evaluation date = plan date = first "
               "treatment day), STG/LTG paragraphs, plan table with frequency, duration and CPT list in one cell, "
               "physician certification in a shaded box; MBI in the footer.",
         checks=[("cert period <= 90 days", days(c["eval"], c["cert_end"]) <= PT_RECERT_DAYS),
                 ("physician signed within 30 days", days(c["eval"], "2026-01-26") <= PT_CERT_DAYS),
                 ("cert period not ended", D(c["cert_end"]) >= D("2026-03-09"))]
         + common_date_checks(c["eval"], "2026-03-09", sigs=["2026-01-20", "2026-01-26"], targets=["2026-03-31"], dob=c["dob"]))

    # y09: physician certification signed 43 days after the first treatment day
    c = dict(name="Gloria Featherstone", dob="1944-05-28", mbi="6NE1-CV8-TB02", acct="CP-88021", ref="Arjun Mehta, MD (PCP)",
             onset="2025-12-10", eval="2026-01-05", cert_end="2026-04-04",
             dx=["M48.061 Spinal stenosis, lumbar region without neurogenic claudication", "R26.2 Difficulty in walking, not elsewhere classified"],
             subj="81 y/o female with LBP radiating to both buttocks, worse with standing > 5 min and walking > 1 block. 2 falls in past 6 months. Lives alone, 3 steps to enter.",
             objective=[["Lumbar AROM", "extension 25% limited with pain"], ["Berg Balance", "41/56"],
                        ["5x sit-to-stand", "19.8 sec"], ["Gait", "rollator, 300 ft, pain 6/10 at end"], ["ODI", "46%"]],
             assess="Decreased balance, LE strength and standing/walking tolerance with high fall risk (Berg 41/56). Skilled PT indicated.",
             stg_when="by 2/2/2026", ltg_when="by 3/30/2026 (12 weeks)",
             stg=["Berg ≥ 45/56.", "5x sit-to-stand ≤ 16 sec."],
             ltg=["Berg ≥ 50/56 to reduce fall risk.", "Ambulate 1000 ft with rollator, pain ≤ 3/10.", "ODI ≤ 30%."],
             freq="2 x per week", dur="12 weeks",
             cpts=["97110", "97112 Neuromuscular re-education", "97116", "97530", "97161 (eval 1/5/26)"],
             pt_sig="Electronically signed by Joel Whitaker, PT   01/05/2026 16:30   NPI " + npi("137724966"),
             md_sig="Physician: Arjun Mehta, MD   NPI " + npi("145551872") + "     Signature: Arjun Mehta MD (wet signature, faxed back)     Date: 02/17/2026")
    cedar("y09_cedarpoint_poc_featherstone.docx", c)
    plan("y09_cedarpoint_poc_featherstone.docx", "medicare-outpatient-therapy", "2026-03-10",
         gaps=[["signature-late"]],
         notes="Gap: the PCP certified the plan on 02/17/2026, 43 days after the first treatment day (evaluation 01/05/2026); "
               "timely certification is within 30 days (warning from 2025). Same PT template as y02.",
         checks=[("physician late", days(c["eval"], "2026-02-17") > PT_CERT_DAYS),
                 ("cert period <= 90 days", days(c["eval"], c["cert_end"]) <= PT_RECERT_DAYS)]
         + common_date_checks(c["eval"], "2026-03-10", sigs=["2026-01-05", "2026-02-17"], targets=["2026-02-02", "2026-03-30"], dob=c["dob"]))

    # y39: certification period of 119 days (recertification needed at least every 90)
    c = dict(name="Raymond Delacroix-Ames", dob="1949-02-11", mbi="2FG9-RU4-XC57", acct="CP-88107", ref="Susan Park, DO (neurology)",
             onset="2025-11-20", eval="2026-01-08", cert_end="2026-05-07",
             dx=["G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations", "R26.89 Other abnormalities of gait and mobility"],
             subj="76 y/o male with Parkinson's disease (dx 2021), increased freezing and shuffling gait over 3 months, 1 fall in December. Wife present.",
             objective=[["10MWT", "0.72 m/s"], ["Mini-BESTest", "16/28"], ["TUG", "17.5 sec"], ["Freezing episodes", "3-4 per day (wife report)"]],
             assess="Progressive gait and balance decline consistent with PD; appropriate for LSVT BIG–based program and cueing strategies.",
             stg_when="6 weeks", ltg_when="17 weeks",
             stg=["Gait speed ≥ 0.85 m/s on 10MWT.", "Wife independent with 3 cueing strategies for freezing (return demonstration)."],
             ltg=["Gait speed ≥ 1.0 m/s.", "Mini-BESTest ≥ 21/28.", "Freezing ≤ 1 episode per day."],
             freq="4x/week for 4 weeks (LSVT BIG), then 2x/week", dur="17 weeks",
             cpts=["97110", "97112", "97116", "97530", "97162 PT eval, moderate complexity (1/8/26)"],
             pt_sig="Electronically signed by Morgan Lachance, PT, DPT, LSVT BIG certified   01/08/2026 18:12",
             md_sig="Physician: Susan Park, DO   NPI " + npi("152260397") + "     Signature: e-signed S. Park, DO     Date: 01/15/2026")
    cedar("y39_cedarpoint_poc_delacroix_ames.docx", c)
    plan("y39_cedarpoint_poc_delacroix_ames.docx", "medicare-outpatient-therapy", "2026-03-12",
         gaps=[["review-interval-exceeded"]],
         notes="Gap: the certification period runs 01/08/2026 – 05/07/2026 (119 days) with a 17-week duration and no "
               "recertification date; Medicare requires recertification at least every 90 days. Same template as y02.",
         checks=[("period > 90 days", days(c["eval"], c["cert_end"]) > PT_RECERT_DAYS),
                 ("physician timely", days(c["eval"], "2026-01-15") <= PT_CERT_DAYS)]
         + common_date_checks(c["eval"], "2026-03-12", sigs=["2026-01-08", "2026-01-15"], dob=c["dob"]))


# ----------------------------------------------------------------------------------------------
# Provider 7: Summit Spine & Sport PT (chiropractic-referred patients), two-column clinic form
# ----------------------------------------------------------------------------------------------
def build_summit():
    w = W(font="Verdana", size=9, heading="underline", margins=0.8)
    w.p(("Summit Spine & Sport Physical Therapy", "b"), align="c")
    w.p("Plan of Treatment for Outpatient Rehabilitation", align="c")
    t = w.table(None, [
        [("1. Patient's last name, first", "b"), "Ventimiglia, Carla", ("2. Provider no.", "b"), npi("181120453")],
        [("3. HICN / MBI", "b"), "7TR3-DE6-WY88", ("4. DOB", "b"), "08/14/1953"],
        [("5. Type", "b"), "☒ PT  ☐ OT  ☐ SLP", ("6. Onset date", "b"), "12/29/2025"],
        [("7. SOC date (first visit)", "b"), "02/03/2026", ("8. Plan date", "b"), "02/03/2026"],
        [("9. Medical dx (ICD-10)", "b"), "M51.16 Intervertebral disc disorders with radiculopathy, lumbar region", ("10. Treatment dx", "b"), "M54.50 Low back pain, unspecified"],
    ])
    w.br()
    w.p(("11. Plan of treatment – functional goals", "b"))
    w.table(["Goal", "Baseline", "Target", "By"], [
        ["Sit tolerance for driving", "15 min", "60 min, pain ≤ 2/10", "03/17/2026"],
        ["Lifting floor to waist", "unable", "20 lb with proper mechanics", "04/14/2026"],
        ["Oswestry Disability Index", "48%", "≤ 20%", "04/14/2026"],
        ["Return to work (cashier)", "off work", "full 8-hour shifts", "04/28/2026"],
    ])
    w.br()
    w.p(("12. Plan", "b"), "  Therapeutic exercise (97110), manual therapy (97140), neuromuscular re-ed (97112), traction (97012), HEP.")
    w.p(("13. Frequency / duration", "b"), "  3x wk x 4 wks, then 2x wk x 8 wks (12 weeks total)")
    w.p(("14. Certification period", "b"), "  From 02/03/2026 through 05/03/2026")
    w.br()
    w.p(("15. Signature of therapist establishing the plan: ", "b"), "Anya Petrosyan, PT, DPT   02/03/2026")
    w.br()
    w.table(["16. Certification", "Signature", "Date"], [
        ["I certify the need for these services furnished under this plan of treatment while under my care.",
         "Kyle Brandt, DC (referring / certifying physician) – signed", "02/09/2026"]])
    w.br()
    w.p(("Recertification will be sent before 05/03/2026 if further treatment is needed.", "i"))
    w.save("y29_summit_pot_ventimiglia.docx")
    plan("y29_summit_pot_ventimiglia.docx", "medicare-outpatient-therapy", "2026-03-11",
         gaps=[["credential-not-permitted"]], unsure=["signature-missing"],
         notes="Gap: the plan is certified by the referring chiropractor (Kyle Brandt, DC); chiropractors may never certify "
               "Medicare therapy plans. Unsure whether a DC signature also counts as a missing physician signature, so "
               "signature-missing is not judged. CMS-700-like numbered grid with a goal table (baseline/target/by).",
         checks=[("period <= 90", days("2026-02-03", "2026-05-03") <= PT_RECERT_DAYS),
                 ("signed within 30", days("2026-02-03", "2026-02-09") <= PT_CERT_DAYS)]
         + common_date_checks("2026-02-03", "2026-03-11", sigs=["2026-02-03", "2026-02-09"],
                              targets=["2026-03-17", "2026-04-14", "2026-04-28"], dob="1953-08-14"))


# ----------------------------------------------------------------------------------------------
# Provider 8: Brightwater Speech & Occupational Therapy: plan-of-care letter to the physician
# ----------------------------------------------------------------------------------------------
def brightwater(file, c):
    w = W(font="Cambria", size=11, heading="h", margins=1.0)
    w.header([("Brightwater Speech & Occupational Therapy, PC", "b"), ("77 Harbor Road, Suite 2, Portland, ME 04101  |  207-555-0150", "s")])
    w.footer("Fax cover: 207-555-0151   |   Please return the signed plan within 10 days.", page=False)
    w.p(fd(c["letter_date"], "long"))
    w.p(c["to"])
    w.p(("RE: ", "b"), f"{c['name']}   DOB: {fd(c['dob'], 'abbr')}   Medicare ID: {c['mbi']}")
    w.p(f"Dear {c['dear']},")
    w.p(c["opening"])
    w.h(c["title"], 1)
    w.table(None, [[("Evaluation / first treatment date", "b"), fd(c["eval"], "abbr")],
                   [("Plan established", "b"), fd(c["eval"], "abbr")],
                   [("Diagnoses", "b"), [d for d in c["dx"]]],
                   [("Certification period", "b"), f"{fd(c['eval'], 'abbr')} to {fd(c['cert_end'], 'abbr')}"]],
            widths=[2.2, 4.3])
    w.h("Findings", 2)
    w.p(c["findings"])
    w.h("Goals", 2)
    w.p(("Long-term goals", "b"))
    w.bullets(c["ltg"])
    w.p(("Short-term goals", "b"))
    w.bullets(c["stg"])
    w.h("Treatment plan", 2)
    w.p(c["plan"])
    w.p("Sincerely,")
    w.p(c["ther_sig"])
    w.br()
    w.h("Physician certification", 2)
    w.p("☐ I certify this plan of care as written      ☐ I certify with the following changes: ____________")
    w.table(["Physician / NPP", "Signature", "Date"], [c["md_row"]])
    w.save(file)


def build_brightwater():
    # y16: SLP clean
    c = dict(letter_date="2026-02-10", to="Helen Marsh, NP\nCasco Bay Primary Care\n14 Forest Ave, Portland, ME 04101",
             name="Arthur Quimby", dob="1946-10-02", mbi="9HW4-AT1-GE26", dear="Ms. Marsh",
             opening="Thank you for referring Mr. Quimby, who was seen for a speech-language evaluation on February 9, 2026 after his left MCA stroke in December. Please review the plan of care below and sign the certification.",
             title="Speech-Language Pathology Plan of Care", eval="2026-02-09", cert_end="2026-05-09",
             dx=["I69.320 Aphasia following cerebral infarction", "R13.12 Dysphagia, oropharyngeal phase"],
             findings="Western Aphasia Battery-R AQ 58.4 (moderate Broca's aphasia). Naming 40% accurate on confrontation naming. Mild oropharyngeal dysphagia; tolerating mechanical soft with thin liquids by chin tuck per MBS 01/22/2026.",
             ltg=["Patient will name common objects and family members with 85% accuracy given minimal cues by 4/6/2026.",
                  "Patient will state wants and needs in 4-6 word phrases in 9 of 10 opportunities with his wife by 4/6/2026.",
                  "Patient will use chin tuck independently in 100% of observed meals with no signs of aspiration by 3/9/2026."],
             stg=["Confrontation naming 60% accuracy with moderate phonemic cues within 3 weeks.",
                  "Wife will demonstrate 3 supported-conversation strategies correctly within 2 weeks."],
             plan="Skilled SLP 3 times per week for 8 weeks: treatment of speech, language and communication (92507) 45-minute sessions; dysphagia treatment (92526) as part of 2 visits per week for the first 4 weeks. Home program for patient and wife.",
             ther_sig="Electronically signed: Rachel Dunleavy, MS, CCC-SLP   02/10/2026",
             md_row=["Helen Marsh, NP   NPI " + npi("106658391"), "Helen Marsh, NP (e-signed via fax portal)", "02/13/2026"])
    brightwater("y16_brightwater_slp_quimby.docx", c)
    plan("y16_brightwater_slp_quimby.docx", "medicare-outpatient-therapy", "2026-03-11",
         notes="Clean. SLP plan of care written as a letter to the referring NP: date/address block, RE: line with DOB and "
               "Medicare ID, 2-column facts table with merged multi-line diagnosis cell, long/short-term goal bullets, "
               "treatment paragraph with frequency and duration in prose, NP certification table.",
         checks=[("cert <= 90", days(c["eval"], c["cert_end"]) <= PT_RECERT_DAYS),
                 ("NP within 30", days(c["eval"], "2026-02-13") <= PT_CERT_DAYS)]
         + common_date_checks(c["eval"], "2026-03-11", sigs=["2026-02-10", "2026-02-13"], targets=["2026-04-06", "2026-03-09"], dob=c["dob"]))

    # y23: OT goals not measurable
    c = dict(letter_date="2026-02-03", to="Peter Lindgren, MD\nMaine Medical Partners – Internal Medicine\n22 Bramhall St, Portland, ME 04102",
             name="Dorothy Kettering", dob="1940-01-19", mbi="3KQ8-PB5-HN70", dear="Dr. Lindgren",
             opening="Mrs. Kettering was evaluated for occupational therapy on February 2, 2026 following her hospital stay for a COPD exacerbation. The plan of care is below for your review and signature.",
             title="Occupational Therapy Plan of Care", eval="2026-02-02", cert_end="2026-05-02",
             dx=["J44.1 Chronic obstructive pulmonary disease with (acute) exacerbation", "M62.81 Muscle weakness (generalized)"],
             findings="Patient fatigues with self-care and needs rest breaks during bathing and dressing. Uses 2 L O2 with exertion. Lives with her husband in a single-level home.",
             ltg=["Patient will improve her ADL performance.", "Patient will increase upper body strength to improve function.",
                  "Patient will be safer and more independent at home."],
             stg=["Improve tolerance for grooming tasks.", "Patient will learn energy conservation techniques."],
             plan="Occupational therapy 2x/week for 8 weeks: therapeutic activities (97530), self-care/home management training (97535), therapeutic exercise (97110).",
             ther_sig="Electronically signed: Samira Haddad, OTR/L   02/03/2026",
             md_row=["Peter Lindgren, MD   NPI " + npi("113390277"), "Peter Lindgren, MD (signed)", "02/06/2026"])
    brightwater("y23_brightwater_ot_kettering.docx", c)
    plan("y23_brightwater_ot_kettering.docx", "medicare-outpatient-therapy", "2026-03-12",
         gaps=[["goal-not-measurable"]],
         notes="Gap: none of the OT long- or short-term goals says what is measured or the level to reach ('improve her ADL "
               "performance', 'increase upper body strength to improve function', 'learn energy conservation techniques'). "
               "Same letter layout as y16. Plan date equals the evaluation date (02/02) though the letter is dated 02/03.",
         checks=[("cert <= 90", days(c["eval"], c["cert_end"]) <= PT_RECERT_DAYS),
                 ("MD within 30", days(c["eval"], "2026-02-06") <= PT_CERT_DAYS)]
         + common_date_checks(c["eval"], "2026-03-12", sigs=["2026-02-03", "2026-02-06"], dob=c["dob"]))


# ----------------------------------------------------------------------------------------------
# Provider 9: Hearthstone Home Health: CMS-485-style Home Health Certification and Plan of Care
# ----------------------------------------------------------------------------------------------
def hearth(file, c):
    w = W(font="Arial", size=8, heading="numbered", margins=0.5)
    w.p(("HOME HEALTH CERTIFICATION AND PLAN OF CARE", "b"), align="c")
    t = w.table(None, [
        [("1. Patient's HI Claim No.", "b"), ("2. Start Of Care Date", "b"), ("3. Certification Period", "b"), ("4. Medical Record No.", "b"), ("5. Provider No.", "b")],
        [c["mbi"], fd(c["soc"]), f"From: {fd(c['soc'])}   To: {fd(c['cert_end'])}", c["mrn"], "367114"],
        [("6. Patient's Name and Address", "b"), "", ("7. Provider's Name, Address and Telephone Number", "b"), "", ""],
        [c["name_addr"], "", "Hearthstone Home Health, Inc.\n901 Commerce Pkwy, Dayton, OH 45414\n937-555-0170   NPI " + c["agency_npi"], "", ""],
        [("8. Date of Birth", "b"), fd(c["dob"]), ("9. Sex", "b"), c["sex"], ""],
    ], font_size=8)
    for ri in (2, 3):
        row = t.rows[ri]
        a = row.cells[0].merge(row.cells[1])
        b = row.cells[2].merge(row.cells[4])
    w.table(["10. Medications: Dose/Frequency/Route  (N)ew (C)hanged"], [[m] for m in c["meds"]], font_size=8)
    w.table(["11. ICD-10-CM", "Principal Diagnosis", "Date"], [c["dx"][0]], font_size=8)
    w.table(["12. ICD-10-CM", "Surgical Procedure", "Date"], [c.get("surg", ["", "", ""])], font_size=8)
    w.table(["13. ICD-10-CM", "Other Pertinent Diagnoses", "Date"], c["dx"][1:], font_size=8)
    w.table(None, [[("14. DME and Supplies", "b"), c["dme"], ("15. Safety Measures", "b"), "Fall precautions, clear pathways, emergency plan"],
                   [("16. Nutritional Req.", "b"), c["diet"], ("17. Allergies", "b"), c["allergies"]],
                   [("18.A Functional Limitations", "b"), c["limits"], ("18.B Activities Permitted", "b"), c["permitted"]],
                   [("19. Mental Status", "b"), "Oriented", ("20. Prognosis", "b"), "Fair"]], font_size=8)
    w.p(("21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)", "b"))
    for o in c["orders"]:
        w.p(o)
    w.p(("22. Goals/Rehabilitation Potential/Discharge Plans", "b"))
    for g in c["goals"]:
        w.p(g)
    w.p("Rehab potential: fair to good for stated goals. Discharge plan: discharge to self-care with caregiver support when goals are met.")
    w.table(None, [
        [("23. Nurse's Signature and Date of Verbal SOC Where Applicable:", "b"), c["rn_sig"], ("25. Date HHA Received Signed POT", "b"), c["received"]],
        [("24. Physician's Name and Address", "b"), c["md_addr"], ("26.", "b"),
         "I certify/recertify that this patient is confined to his/her home and needs intermittent skilled nursing care, physical therapy and/or speech therapy or continues to need occupational therapy. The patient is under my care, and I have authorized the services on this plan of care and will periodically review the plan."],
        [("27. Attending Physician's Signature and Date Signed", "b"), c["md_sig"], ("28.", "b"),
         "Anyone who misrepresents, falsifies, or conceals essential information required for payment of Federal funds may be subject to fine, imprisonment, or civil penalty under applicable Federal statutes."],
    ], font_size=8)
    w.footer("Form CMS-485 layout (agency version)   Patient: " + c["name_addr"].split("\n")[0])
    w.save(file)


def build_hearth():
    md_npi = npi("172064419")
    # y04: clean
    c = dict(mbi="1QM5-HT8-VC21", soc="2026-02-02", cert_end="2026-04-02", mrn="HH-40218", agency_npi=npi("190251736"),
             name_addr="Clement, Harriet A.\n4410 Salem Ave, Apt 2\nDayton, OH 45416", dob="1938-07-07", sex="F",
             meds=["Furosemide 40 mg PO daily (C)", "Carvedilol 6.25 mg PO BID", "Lisinopril 10 mg PO daily", "Metformin 500 mg PO BID"],
             dx=[["I11.0", "Hypertensive heart disease with heart failure", "01/26/2026 E"],
                 ["I50.22", "Chronic systolic (congestive) heart failure", "01/26/2026 E"],
                 ["E11.9", "Type 2 diabetes mellitus without complications", "2012"],
                 ["Z99.81", "Dependence on supplemental oxygen", "01/29/2026"]],
             dme="Rolling walker, shower chair, O2 concentrator 2 L", diet="2 g sodium, 1.5 L fluid restriction, carb-controlled",
             allergies="Sulfa", limits="Endurance, ambulation, dyspnea with minimal exertion", permitted="Up as tolerated, walker",
             orders=["SN 1w1, 2w3, 1w4 for skilled assessment of cardiopulmonary status, daily weights review, medication teaching and management; SN PRN x 2 for signs of CHF exacerbation.",
                     "PT 2w4 for gait and transfer training, therapeutic exercise, home safety evaluation.",
                     "HHA 2w4 for bathing and personal care assistance.",
                     "Certification period 60 days (02/02/2026 – 04/02/2026)."],
             goals=["Patient will maintain weight within 2 lb of dry weight (168 lb) with no ED visit for CHF through 04/02/2026.",
                    "Patient/daughter will state 4 signs of CHF exacerbation and when to call the MD by 03/02/2026.",
                    "Patient will ambulate 150 ft with rolling walker and stand-by assist within 4 weeks (by 03/02/2026).",
                    "Patient will transfer tub bench independently by 04/02/2026."],
             rn_sig="Janet Okoro, RN  02/02/2026  (verbal SOC order from Dr. Bhatt 01/30/2026)", received="02/09/2026",
             md_addr="Vikram Bhatt, MD\nMiami Valley Internal Medicine\n30 E. Apple St, Dayton, OH 45409\nNPI " + md_npi,
             md_sig="Vikram Bhatt, MD (signed)     Date signed: 02/06/2026")
    hearth("y04_hearthstone_485_clement.docx", c)
    plan("y04_hearthstone_485_clement.docx", "medicare-home-health", "2026-03-09",
         notes="Clean. CMS-485-style numbered-box form: merged cells for boxes 6/7, separate diagnosis tables (11/13), "
               "orders and goals as free paragraphs under boxes 21/22, physician signature and date in box 27 beside the "
               "certification text; SOC date and certification period in boxes 2/3.",
         checks=[("60-day period", days(c["soc"], c["cert_end"]) <= HH_REVIEW_DAYS),
                 ("period not ended", D(c["cert_end"]) >= D("2026-03-09"))]
         + common_date_checks(c["soc"], "2026-03-09", sigs=["2026-02-02", "2026-02-06"], targets=["2026-03-02", "2026-04-02"], dob=c["dob"]))

    # y11: skilled nursing "as needed" with no visit limit
    c = dict(mbi="8DN2-KW6-RA93", soc="2026-02-11", cert_end="2026-04-11", mrn="HH-40255", agency_npi=npi("190251736"),
             name_addr="Ruiz, Ernesto\n77 Huffman Ave\nDayton, OH 45403", dob="1947-03-30", sex="M",
             meds=["Insulin glargine 22 units SC at bedtime (N)", "Metformin 1000 mg PO BID", "Gabapentin 300 mg PO TID", "Cephalexin 500 mg PO QID x 10 days (N)"],
             dx=[["E11.621", "Type 2 diabetes mellitus with foot ulcer", "02/04/2026 E"],
                 ["L97.412", "Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed", "02/04/2026"],
                 ["N18.30", "Chronic kidney disease, stage 3 unspecified", "2023"]],
             dme="Glucometer, offloading boot, wound supplies", diet="Consistent carbohydrate, 1800 kcal", allergies="NKDA",
             limits="Ambulation, endurance", permitted="Partial weight bearing R foot in offloading boot",
             orders=["SN visits as needed for wound care of the right heel ulcer (cleanse with NS, apply calcium alginate, cover with foam dressing), wound measurement and diabetic teaching.",
                     "PT 2w3, 1w2 for gait training with offloading boot and transfer training.",
                     "MSW 1-2 visits for community resources (medication cost assistance)."],
             goals=["Right heel ulcer will decrease from 2.1 x 1.8 cm to under 1.0 x 1.0 cm with no signs of infection by 04/11/2026.",
                    "Patient will demonstrate correct insulin self-injection and glucose logging with fasting glucose under 150 mg/dL on 5 of 7 days by 03/11/2026.",
                    "Patient will ambulate 100 ft in offloading boot with a cane, modified independent, by 03/25/2026."],
             rn_sig="Melissa Tran, RN  02/11/2026", received="02/18/2026",
             md_addr="Grace Ndiaye, DO\nFive Rivers Family Medicine\n225 Salem Ave, Dayton, OH 45406\nNPI " + npi("185937260"),
             md_sig="Grace Ndiaye, DO  — electronically signed 02/16/2026")
    hearth("y11_hearthstone_485_ruiz.docx", c)
    plan("y11_hearthstone_485_ruiz.docx", "medicare-home-health", "2026-03-10",
         gaps=[["frequency-missing"]],
         notes="Gap: the skilled nursing order in box 21 is 'visits as needed' with no frequency and no visit limit (PT and "
               "MSW orders state theirs). Same CMS-485 layout as y04.",
         checks=[("60-day period", days(c["soc"], c["cert_end"]) <= HH_REVIEW_DAYS)]
         + common_date_checks(c["soc"], "2026-03-10", sigs=["2026-02-11", "2026-02-16"], targets=["2026-04-11", "2026-03-11", "2026-03-25"], dob=c["dob"]))

    # y18: physician signature without a date
    c = dict(mbi="5GT9-LM3-EE48", soc="2026-01-26", cert_end="2026-03-26", mrn="HH-40197", agency_npi=npi("190251736"),
             name_addr="Whitlock, Eleanor M.\n1209 Wayne Ave\nDayton, OH 45410", dob="1941-11-24", sex="F",
             meds=["Apixaban 5 mg PO BID", "Acetaminophen 650 mg PO q6h PRN pain", "Oxycodone 5 mg PO q6h PRN severe pain (N)"],
             dx=[["S72.001D", "Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture with routine healing", "01/12/2026"],
                 ["Z96.641", "Presence of right artificial hip joint", "01/13/2026"],
                 ["I48.91", "Unspecified atrial fibrillation", "2019"]],
             surg=["0SR9019", "Replacement of right hip joint (hemiarthroplasty)", "01/13/2026"],
             dme="Front-wheeled walker, raised toilet seat, reacher", diet="Regular", allergies="Penicillin",
             limits="Ambulation, ADLs, posterior hip precautions", permitted="WBAT RLE with walker",
             orders=["SN 1w4 for assessment, anticoagulant and pain medication management, incision check until healed.",
                     "PT 3w2, 2w3 for gait, transfers, strengthening and hip precautions.",
                     "OT 2w3 for ADL retraining with adaptive equipment."],
             goals=["Patient will ambulate 200 ft with front-wheeled walker, modified independent, by 03/23/2026.",
                    "Patient will perform lower body dressing with reacher and sock aid independently while keeping hip precautions by 03/16/2026.",
                    "Incision will be fully healed with no signs of infection by 02/23/2026."],
             rn_sig="Janet Okoro, RN  01/26/2026", received="02/03/2026",
             md_addr="Marcus Feld, MD\nDayton Orthopedic Associates\n3000 Far Hills Ave, Dayton, OH 45429\nNPI " + npi("158806144"),
             md_sig="Marcus Feld, MD                    Date signed: ____________")
    hearth("y18_hearthstone_485_whitlock.docx", c)
    plan("y18_hearthstone_485_whitlock.docx", "medicare-home-health", "2026-03-11",
         gaps=[["signature-missing"]],
         notes="Gap: box 27 carries the physician's signature but the 'Date signed' is blank (box 25 shows the agency received "
               "the plan 02/03/2026, which is not the physician's date). Same layout as y04; ICD-10-PCS code in box 12.",
         checks=[("60-day period", days(c["soc"], c["cert_end"]) <= HH_REVIEW_DAYS)]
         + common_date_checks(c["soc"], "2026-03-11", sigs=["2026-01-26"], targets=["2026-03-23", "2026-03-16", "2026-02-23"], dob=c["dob"]))

    # y41: invalid ICD-10-CM code (I50.90) and an NPI with a wrong check digit
    bad = npi("164412093")
    bad = bad[:9] + str((int(bad[9]) + 3) % 10)
    assert not npi_ok(bad)
    c = dict(mbi="3WB6-NP1-TH74", soc="2026-02-16", cert_end="2026-04-16", mrn="HH-40271", agency_npi=npi("190251736"),
             name_addr="Grabowski, Stanley J.\n56 Riverview Dr\nKettering, OH 45429", dob="1936-09-15", sex="M",
             meds=["Tiotropium inhaler 2 puffs daily", "Furosemide 20 mg PO daily", "Prednisone taper (N)", "Home O2 2 L via NC continuous"],
             dx=[["J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation", "02/08/2026 E"],
                 ["I50.90", "Heart failure, unspecified", "2024"],
                 ["Z99.81", "Dependence on supplemental oxygen", "02/12/2026"]],
             dme="O2 concentrator and portable tanks, nebulizer, shower chair", diet="2 g sodium", allergies="NKDA",
             limits="Endurance, dyspnea", permitted="Up as tolerated",
             orders=["SN 2w2, 1w6 for cardiopulmonary assessment, inhaler and O2 teaching, medication management.",
                     "PT 2w4 for endurance and energy-conservation training.",
                     "SN PRN x 3 for respiratory distress or O2 equipment problems."],
             goals=["Patient will have no ED visits or hospital readmission for COPD or CHF through 04/16/2026.",
                    "Patient will demonstrate correct inhaler technique (all 8 steps) by 03/02/2026.",
                    "Patient will walk 150 ft with O2 keeping SpO2 at or above 90% by 04/13/2026."],
             rn_sig="Melissa Tran, RN  02/16/2026", received="02/23/2026",
             md_addr="Anita Sorensen, MD\nKettering Pulmonary Clinic\n580 Lincoln Park Blvd, Kettering, OH 45429\nNPI " + bad,
             md_sig="Anita Sorensen, MD (e-signed)   Date signed: 02/20/2026")
    hearth("y41_hearthstone_485_grabowski.docx", c)
    plan("y41_hearthstone_485_grabowski.docx", "medicare-home-health", "2026-03-13",
         gaps=[["diagnosis-code-invalid"], ["identifier-invalid"]],
         notes="Gaps: other pertinent diagnosis I50.90 does not exist in ICD-10-CM (I50.9 intended), and the physician's NPI "
               f"in box 24 ({bad}) fails the check digit (identifier-invalid is a warning). Same layout as y04.",
         checks=[("60-day period", days(c["soc"], c["cert_end"]) <= HH_REVIEW_DAYS)]
         + common_date_checks(c["soc"], "2026-03-13", sigs=["2026-02-16", "2026-02-20"], targets=["2026-04-16", "2026-03-02", "2026-04-13"], dob=c["dob"]))


# ----------------------------------------------------------------------------------------------
# Provider 10: Prairie Home Care Services: EHR plan-of-care printout, paragraphs under headings
# ----------------------------------------------------------------------------------------------
def prairie(file, c):
    w = W(font="Calibri", size=10.5, heading="h", margins=0.9)
    w.header([("Prairie Home Care Services  •  Plan of Care", "b"), (f"Patient: {c['name']}   MRN {c['mrn']}", "s")], align="r")
    w.footer("Prairie Home Care Services, 1500 S. Kansas Ave, Topeka, KS 66612  •  785-555-0121  •  Page ")
    w.h("Home Health Plan of Care", 0 if False else 1)
    w.p(("Episode: ", "b"), c["episode"])
    w.p(("Patient: ", "b"), c["name"], ("    Date of birth: ", "b"), fd(c["dob"], "long"), ("    Medicare: ", "b"), c["mbi"])
    w.p(("Start of care: ", "b"), fd(c["soc"], "long"), ("    Certification period: ", "b"),
        f"{fd(c['soc'], 'long')} through {fd(c['cert_end'], 'long')}")
    w.p(("Attending physician: ", "b"), c["md"])
    w.h("Diagnoses", 2)
    for d in c["dx"]:
        w.p(d, style="List Number")
    w.h("Homebound status", 2)
    w.p(c["homebound"])
    w.h("Orders", 2)
    for o in c["orders"]:
        w.p(o, style="List Bullet")
    w.h("Goals", 2)
    for g in c["goals"]:
        w.p(g, style="List Bullet")
    w.h("Discharge plan", 2)
    w.p("Discharge when goals are met; patient to remain at home with spouse. Follow-up with PCP within 7 days of discharge.")
    if c.get("comment"):
        par = w.p(("Coordination note: ", "b"), c["comment"][0])
        w.comment(par, c["comment"][1], author="Intake Coordinator", initials="IC")
    w.h("Signatures", 2)
    w.table(["", "Name", "Signature", "Date"], c["sigs"])
    w.save(file)


def build_prairie():
    # y27: clean
    c = dict(name="Lucille Janssen", mrn="PHC-7712", dob="1939-04-18", mbi="6RF2-QW9-UK35", soc="2026-02-23",
             cert_end="2026-04-23", episode="Start of care (initial certification)",
             md="Omar Farouk, MD, Stormont Family Practice, NPI " + npi("130949581"),
             dx=["I69.351 Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side (primary)",
                 "I10 Essential (primary) hypertension", "R27.8 Other lack of coordination"],
             homebound="Requires walker and one-person assist to leave home; leaving home requires considerable and taxing effort (fatigues after 20 ft).",
             orders=["Skilled nursing 1 visit per week for 8 weeks (1w8): blood pressure monitoring, medication teaching.",
                     "Physical therapy 3 visits per week for 2 weeks, then 2 per week for 4 weeks (3w2, 2w4): gait, balance, transfers.",
                     "Occupational therapy 2w4: ADL retraining, right upper extremity function.",
                     "Home health aide 2w6 for bathing."],
             goals=["Lucille will walk 100 feet with a quad cane and contact-guard assist by April 6, 2026.",
                    "Lucille will dress her upper body with set-up only by April 13, 2026.",
                    "Systolic blood pressure will stay below 140 on at least 6 of 8 weekly nursing checks through April 23, 2026."],
             sigs=[["Clinician completing plan", "Teresa Vogel, RN", "/s/ T. Vogel, RN", "02/23/2026"],
                   ["Attending physician", "Omar Farouk, MD", "e-signed via physician portal", "02/27/2026"]])
    prairie("y27_prairie_poc_janssen.docx", c)
    plan("y27_prairie_poc_janssen.docx", "medicare-home-health", "2026-03-12",
         notes="Clean. Home health plan of care from an EHR: headings, bold inline labels, long-form dates, numbered "
               "diagnoses, bulleted orders in words plus 3w2/2w4 notation, bulleted goals, signature table.",
         checks=[("60-day period", days(c["soc"], c["cert_end"]) <= HH_REVIEW_DAYS)]
         + common_date_checks(c["soc"], "2026-03-12", sigs=["2026-02-23", "2026-02-27"], targets=["2026-04-06", "2026-04-13", "2026-04-23"], dob=c["dob"]))

    # y36: certification period ended 02/12/2026, no recertification recorded
    c = dict(name="Franklin Oduya", mrn="PHC-7598", dob="1944-12-02", mbi="4YH8-BC2-DP61", soc="2025-12-15",
             cert_end="2026-02-12", episode="Start of care (initial certification)",
             md="Beth Carrow, DO, Topeka Internal Medicine, NPI " + npi("124477053"),
             dx=["L89.153 Pressure ulcer of sacral region, stage 3 (primary)", "G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations",
                 "E11.9 Type 2 diabetes mellitus without complications"],
             homebound="Bedbound most of the day; needs 2-person assist to transfer; leaving home is medically contraindicated except for appointments.",
             orders=["Skilled nursing 3w4, 2w4: sacral wound care (cleanse, hydrocolloid dressing), wound measurement weekly, caregiver teaching.",
                     "Skilled nursing PRN x 2 for dressing dislodgement.",
                     "Physical therapy 2w4: bed mobility, transfers, positioning program.",
                     "Home health aide 3w8: bathing, skin care."],
             goals=["Sacral ulcer will decrease from 3.0 x 2.5 x 0.4 cm to 1.5 x 1.0 x 0.1 cm or smaller by February 9, 2026.",
                    "Spouse will reposition the patient every 2 hours and demonstrate the dressing change correctly by January 12, 2026.",
                    "No new pressure injuries through February 12, 2026."],
             comment=("Wound clinic follow-up 01/20/2026; recertification OASIS to be scheduled.", "Recert visit not on the schedule yet — please check."),
             sigs=[["Clinician completing plan", "Anna Lindqvist, RN", "/s/ A. Lindqvist RN", "12/15/2025"],
                   ["Attending physician", "Beth Carrow, DO", "signed (wet), scanned", "12/19/2025"]])
    prairie("y36_prairie_poc_oduya.docx", c)
    plan("y36_prairie_poc_oduya.docx", "medicare-home-health", "2026-03-11",
         gaps=[["review-overdue"]],
         notes="Gap: the 60-day certification period ended 02/12/2026 and no recertification or review is recorded or "
               "scheduled; services on 03/11/2026 are past it. Same layout as y27, with a Word comment on the coordination note.",
         checks=[("period ended before as-of", D(c["cert_end"]) < D("2026-03-11")),
                 ("60-day period", days(c["soc"], c["cert_end"]) <= HH_REVIEW_DAYS)]
         + common_date_checks(c["soc"], "2026-03-11", sigs=["2025-12-15", "2025-12-19"], targets=["2026-02-09", "2026-01-12", "2026-02-12"], dob=c["dob"]))


# ----------------------------------------------------------------------------------------------
# Provider 11: BlueSky Autism Services: long ABA treatment plan / authorization request
# ----------------------------------------------------------------------------------------------
def bluesky(file, c):
    w = W(font="Calibri", size=10.5, heading="shaded", margins=0.8)
    w.header([("BlueSky Autism Services  |  Behavior Analytic Treatment Plan", "b"), (f"Learner: {c['name']}   •   Member ID {c['member']}", "s")])
    w.footer("BlueSky Autism Services, 3400 Peachtree Industrial Blvd, Duluth, GA 30096 • 678-555-0190 • Tax ID 58-5550190")
    w.p((c["title"], "b"), align="c")
    w.h("Identifying Information")
    w.kv([("Learner", c["name"]), ("Date of birth", fd(c["dob"], "abbr")), ("Health plan", "Keystone Mutual Health Plan (commercial)"),
          ("Member ID", c["member"]), ("Parent/guardian", c["parent"]), ("Report date", fd(c["plan"], "abbr")),
          ("Requested authorization", c["auth"]), ("Supervising BCBA", c["bcba"] + ", BCBA  NPI " + c["bcba_npi"])], cols=4)
    w.br()
    w.h("Diagnosis")
    w.p(c["dx"])
    w.h("Reason for Referral and Background")
    for para in c["background"]:
        w.p(para)
    w.h("Assessments Completed")
    w.table(["Assessment", "Date", "Administered by", "Results"], c["assess"])
    w.br()
    if c.get("progress"):
        w.h("Progress in the Previous Authorization Period")
        w.p(c["progress"])
    w.h("Treatment Goals")
    w.p(("Mastery for all skill targets is reviewed weekly by the BCBA; goals are carried over if not mastered.", "i"))
    hdr = c.get("goal_hdr", ["Domain", "Goal", "Baseline", "Mastery criteria", "Target date"])
    t = w.table(hdr, c["goals"], font_size=9)
    w.br()
    w.h("Behavior Reduction")
    w.p(c["bip"])
    w.h("Parent / Caregiver Training")
    for g in c["parent_goals"]:
        w.p(g, style="List Bullet")
    w.h("Services Requested")
    w.table(["CPT", "Service", "Hours per week", "Units (15 min) per week", "Setting"], c["services"])
    w.p(("Authorization period requested: ", "b"), c["auth"])
    w.p(("Next treatment plan review / progress report: ", "b"), fd(c["review"], "abbr"))
    w.h("Crisis Plan and Coordination of Care")
    w.p("In an emergency, staff follow the learner's crisis plan and call 911. Care is coordinated with the pediatrician, school IEP team and speech therapist with the parents' written consent.")
    w.h("Signatures")
    w.table(["", "Name / credential", "Signature", "Date"], c["sigs"])
    w.save(file)


def build_bluesky():
    bnpi = npi("188104735")
    goals_mateo = [
        ["Communication", "Mateo will mand for preferred items and activities using 2-word phrases (e.g., \"want swing\").", "3 one-word mands per 2-hr session", "80% of opportunities across 3 consecutive sessions", "06/30/2026"],
        ["Communication", "Mateo will answer 10 different \"what\" and \"where\" questions about familiar items.", "2 of 10 questions", "9 of 10 correct on 2 consecutive probes", "07/31/2026"],
        ["Social", "Mateo will respond to his name by orienting within 3 seconds.", "30% of trials", "90% of trials across 3 sessions with 2 different adults", "05/29/2026"],
        ["Adaptive", "Mateo will wash his hands independently following a 6-step picture sequence.", "2 of 6 steps independent", "6 of 6 steps independent on 5 consecutive opportunities", "06/30/2026"],
        ["Behavior", "Mateo will reduce elopement from the play area.", "Average 6 episodes per day (Jan 2026 ABC data)", "1 or fewer episodes per day for 4 consecutive weeks", "08/14/2026"],
    ]
    # y03: clean
    c = dict(title="INITIAL TREATMENT PLAN AND REQUEST FOR AUTHORIZATION", name="Mateo Alvarez-Reyes", dob="2021-05-14",
             member="KMH448120973", parent="Daniela Reyes (mother)", plan="2026-02-16", bcba="Courtney Bishop, M.Ed.",
             bcba_npi=bnpi, auth="03/02/2026 through 08/31/2026 (6 months)",
             dx="F84.0 Autistic disorder (autism spectrum disorder, level 2). Diagnosed by Lauren Pak, PhD, licensed psychologist, on November 4, 2024 (ADOS-2 and clinical interview); report attached.",
             background=["Mateo is a 4-year-old boy who lives with his mother, grandmother and older sister. He attends a pre-K program three mornings a week and receives speech therapy weekly.",
                         "His mother reports limited functional language, frequent elopement in public places, and difficulty with transitions."],
             assess=[["VB-MAPP (Milestones, Barriers, Transition)", "01/20/2026", "Courtney Bishop, BCBA", "Milestones 38/170; Barriers 41; Level 1-2"],
                     ["Vineland-3 (parent interview)", "01/27/2026", "Courtney Bishop, BCBA", "ABC standard score 66; Communication 61"],
                     ["Functional behavior assessment", "01/20/2026 - 02/06/2026", "Courtney Bishop, BCBA", "Elopement maintained by access to tangibles and escape"]],
             goals=goals_mateo,
             bip="Elopement: antecedent strategies (visual schedule, first-then board, 2-minute transition warnings), functional communication training (mand \"break\" or \"want ___\"), response blocking; data by frequency count.",
             parent_goals=["Ms. Reyes will implement the first-then board and 2-minute transition warnings with at least 90% fidelity across 3 consecutive observed sessions (baseline 35% fidelity), by 06/30/2026.",
                           "Ms. Reyes will prompt and reinforce 2-word mands at home, recording at least 20 opportunities per week on the data sheet, by 05/29/2026."],
             services=[["97153", "Adaptive behavior treatment by protocol (RBT)", "20", "80", "Home / clinic"],
                       ["97155", "Protocol modification by BCBA", "3", "12", "Home / clinic"],
                       ["97156", "Family adaptive behavior treatment guidance", "1", "4", "Home"]],
             review="2026-08-14",
             sigs=[["Supervising BCBA", "Courtney Bishop, M.Ed., BCBA", "/s/ Courtney Bishop", "02/16/2026"],
                   ["Parent/guardian", "Daniela Reyes", "Daniela Reyes (DocuSign)", "02/18/2026"]])
    bluesky("y03_bluesky_aba_alvarez_reyes.docx", c)
    aba_checks = lambda c, as_of, sigs, targets, assess, auth: (
        [("auth <= 6 months", auth[1] <= (D(auth[0]).replace(month=D(auth[0]).month + ABA_MAX_MONTHS) if D(auth[0]).month <= 6 else D(auth[0])).isoformat()),
         ("review within 184 days", days(c["plan"], c["review"]) <= ABA_REVIEW_DAYS)]
        + [(f"assessment {a} recent", 0 <= days(a, c["plan"]) <= ABA_ASSESS_DAYS) for a in assess]
        + common_date_checks(c["plan"], as_of, sigs=sigs, targets=targets, reviews=[c["review"]], dob=c["dob"]))
    plan("y03_bluesky_aba_alvarez_reyes.docx", "commercial-aba", "2026-03-09",
         notes="Clean. Long ABA plan: shaded section bars, 4-column identification grid, assessment table, 5-column goal "
               "table (domain, goal, baseline, mastery, target date), parent-training goals named by the mother's name, "
               "services table with hours and units per week, signature table with DocuSign note.",
         checks=aba_checks(c, "2026-03-09", ["2026-02-16", "2026-02-18"], ["2026-06-30", "2026-07-31", "2026-05-29", "2026-08-14"],
                           ["2026-01-20", "2026-01-27"], ("2026-03-02", "2026-08-31")))

    # y17: no baselines recorded for any goal
    c = dict(title="INITIAL TREATMENT PLAN AND REQUEST FOR AUTHORIZATION", name="Ava Lindstrom-Kaye", dob="2020-09-03",
             member="KMH448177310", parent="Erik Lindstrom (father)", plan="2026-02-20", bcba="Priya Natarajan, MS",
             bcba_npi=npi("133018460"), auth="03/09/2026 through 09/08/2026 (6 months)",
             dx="F84.0 Autistic disorder. Diagnosed by Marcus Hale, MD, developmental pediatrician, on 09/18/2025.",
             background=["Ava is a 5-year-old girl in kindergarten with an IEP. She speaks in short sentences but rarely starts interactions with peers, and has daily tantrums at transitions."],
             assess=[["ABLLS-R", "02/02/2026", "Priya Natarajan, BCBA", "Deficits in social (L), intraverbal (H) and group instruction (P) domains"],
                     ["Vineland-3 (parent)", "02/05/2026", "Priya Natarajan, BCBA", "ABC 72; Socialization 64"]],
             goal_hdr=["Domain", "Goal", "Mastery criteria", "Target date"],
             goals=[["Social", "Ava will initiate a greeting or play request to a peer during free play.", "4 initiations per 30-min play period across 3 consecutive sessions", "06/30/2026"],
                    ["Language", "Ava will answer \"why\" and \"how\" questions about a short story.", "80% correct across 3 consecutive sessions", "07/31/2026"],
                    ["Behavior", "Ava will transition between activities without tantrum using a visual timer.", "90% of transitions across 2 consecutive weeks", "08/28/2026"]],
             bip="Transitions: visual timer, choice of next activity, token board; tantrums defined as crying with dropping to the floor for 10+ seconds. Baseline data will be collected during the first 2 weeks of direct services.",
             parent_goals=["Mr. Lindstrom will use the visual timer and choice-making routine at home with 90% fidelity across 3 observed sessions, by 06/30/2026."],
             services=[["97153", "Adaptive behavior treatment by protocol", "15", "60", "Home / school"],
                       ["97155", "Protocol modification (BCBA)", "2", "8", "Home / school"],
                       ["97156", "Family guidance", "1", "4", "Home"]],
             review="2026-08-21",
             sigs=[["Supervising BCBA", "Priya Natarajan, MS, BCBA", "e-signed", "02/20/2026"],
                   ["Parent/guardian", "Erik Lindstrom", "signed", "02/23/2026"]])
    bluesky("y17_bluesky_aba_lindstrom_kaye.docx", c)
    plan("y17_bluesky_aba_lindstrom_kaye.docx", "commercial-aba", "2026-03-10",
         gaps=[["baseline-missing"]],
         notes="Gap: the goal table has no baseline column and no goal, objective or parent-training item states a current "
               "level; the plan says baselines will be collected after services start. Same layout as y03.",
         checks=aba_checks(c, "2026-03-10", ["2026-02-20", "2026-02-23"], ["2026-06-30", "2026-07-31", "2026-08-28"],
                           ["2026-02-02", "2026-02-05"], ("2026-03-09", "2026-09-08")))

    # y30: reauthorization with assessments 16 months old
    c = dict(title="TREATMENT PLAN UPDATE / REAUTHORIZATION REQUEST", name="Jonah Whitfield-Oakes", dob="2019-01-22",
             member="KMH447903381", parent="Rebecca Oakes (mother)", plan="2026-02-23", bcba="Courtney Bishop, M.Ed.",
             bcba_npi=bnpi, auth="02/25/2026 through 08/24/2026 (6 months)",
             dx="F84.0 Autistic disorder. Diagnosed by Lauren Pak, PhD, licensed psychologist, on 06/12/2023.",
             background=["Jonah is a 7-year-old boy in a general education first-grade classroom with a paraprofessional. This is his third authorization request."],
             assess=[["VB-MAPP", "10/28/2024", "Courtney Bishop, BCBA", "Milestones 121/170; Barriers 18"],
                     ["Vineland-3 (teacher and parent forms)", "10/30/2024", "Courtney Bishop, BCBA", "ABC 79; Daily Living 74"]],
             progress="Jonah mastered 14 of 19 targets in the last authorization. Aggression fell from an average of 5 to 1.2 episodes per school day. Conversation and self-management targets continue.",
             goals=[["Social", "Jonah will maintain a 4-exchange conversation on a peer-chosen topic.", "2 exchanges", "4 exchanges in 80% of opportunities across 3 sessions", "06/30/2026"],
                    ["Self-management", "Jonah will self-record on-task behavior and match teacher ratings.", "55% agreement", "90% agreement for 10 consecutive school days", "07/31/2026"],
                    ["Behavior", "Jonah will reduce aggression toward peers.", "1.2 episodes per school day", "0 episodes for 20 consecutive school days", "08/21/2026"]],
             bip="Aggression: antecedent modification, self-management, replacement behavior (ask for space), planned ignoring of minor disruption, safety blocking.",
             parent_goals=["Ms. Oakes will run a 10-minute conversation-practice routine 4 evenings a week with 90% fidelity on the checklist (baseline 60%), by 06/30/2026."],
             services=[["97153", "Adaptive behavior treatment by protocol", "12", "48", "School / home"],
                       ["97155", "Protocol modification (BCBA)", "2", "8", "School / home"],
                       ["97156", "Family guidance", "1", "4", "Home"]],
             review="2026-08-21",
             sigs=[["Supervising BCBA", "Courtney Bishop, M.Ed., BCBA", "/s/ Courtney Bishop", "02/23/2026"],
                   ["Parent/guardian", "Rebecca Oakes", "Rebecca Oakes (DocuSign)", "02/24/2026"]])
    bluesky("y30_bluesky_aba_whitfield_oakes.docx", c)
    plan("y30_bluesky_aba_whitfield_oakes.docx", "commercial-aba", "2026-03-12",
         gaps=[["assessment-outdated"]],
         notes="Gap: the latest standardized assessments (VB-MAPP 10/28/2024, Vineland-3 10/30/2024) are 481-483 days "
               "old at the 02/23/2026 plan date; 365 allowed (warning). Reauthorization version of the y03 layout with a "
               "progress section.",
         checks=[(f"assessment outdated", days("2024-10-30", c["plan"]) > ABA_ASSESS_DAYS)]
         + aba_checks(c, "2026-03-12", ["2026-02-23", "2026-02-24"], ["2026-06-30", "2026-07-31", "2026-08-21"], [], ("2026-02-25", "2026-08-24")))


# ----------------------------------------------------------------------------------------------
# Provider 12: Stepping Stones Behavior Consulting (small ABA practice): paragraph-style plan
# ----------------------------------------------------------------------------------------------
def stepping(file, c):
    w = W(font="Garamond", size=12, heading="boldcaps", margins=1.0)
    w.p(("Stepping Stones Behavior Consulting, LLC", "b"), align="c")
    w.p("PO Box 2207, Boise, ID 83701  ·  208-555-0104", align="c")
    w.p(("ABA Treatment Plan", "bu"), align="c")
    w.p(f"Client: {c['name']}")
    w.p(f"DOB: {fd(c['dob'], 'iso')}          Insurance: {c['ins']}          Subscriber/Member #: {c['member']}")
    w.p(f"Guardian: {c['parent']}")
    w.p(f"Plan written: {fd(c['plan'], 'iso')}          Plan period: {c['period']}")
    w.h("Diagnoses")
    w.p(c["dx"])
    w.h("Assessment summary")
    w.p(c["assess"])
    w.h("Goals")
    for gi, g in enumerate(c["goals"], 1):
        w.p((f"{gi}) {g[0]}", "b"))
        w.p(f"    Baseline: {g[1]}")
        w.p(f"    Mastery: {g[2]}")
        w.p(f"    Target date: {g[3]}")
    w.h("Recommended services")
    for s in c["services"]:
        w.p(s)
    w.p(f"Progress review and plan update: {c['review_txt']}")
    w.h("Consent")
    w.p("I helped develop this plan and agree to take part in parent training. I understand that services depend on insurance authorization.")
    for s in c["sigs"]:
        w.p(s)
    w.save(file)


def build_stepping():
    # y24: clean
    c = dict(name="Elijah Brandvold", dob="2022-02-08", ins="Gem State Health Alliance PPO", member="GSH-00719432-01",
             parent="Kari Brandvold (mother)", plan="2026-02-25", period="2026-03-02 to 2026-08-28",
             dx="F84.0 Autism spectrum disorder (primary) — diagnosed 2025-06-03 by Nora Castillo, PsyD (ADOS-2). F80.2 Mixed receptive-expressive language disorder.",
             assess="VB-MAPP administered 2026-02-10 by Alicia Moreau, BCBA: Milestones 22/170 (Level 1). Vineland-3 (parent form) 2026-02-12: ABC 63. Preference assessment and direct observation 2026-02-10 to 2026-02-19.",
             goals=[("Elijah will imitate 10 gross-motor actions when the model says \"do this\".", "2 of 10 actions", "80% correct across 3 consecutive sessions", "2026-05-29"),
                    ("Elijah will tact 25 common objects in pictures.", "4 objects", "90% correct across 2 sessions, 2 therapists", "2026-07-31"),
                    ("Elijah will sit at the table for a 5-minute activity without leaving.", "45 seconds average", "5 minutes in 4 of 5 opportunities over 2 weeks", "2026-06-30"),
                    ("Parent training: Mrs. Brandvold will use most-to-least prompting and immediate reinforcement during snack-time mands.", "30% fidelity", "90% fidelity on 3 consecutive observations", "2026-05-29")],
             services=["97153 direct treatment by RBT: 15 hours per week (60 units/week)",
                       "97155 BCBA protocol modification: 2 hours per week (8 units/week)",
                       "97156 parent training: 1 hour per week (4 units/week)"],
             review_txt="2026-08-14 (or sooner if requested)",
             sigs=["_/s/ Alicia Moreau, MA, BCBA_    2026-02-25", "_Kari Brandvold_ (parent)    2026-02-26"])
    stepping("y24_steppingstones_aba_brandvold.docx", c)
    plan("y24_steppingstones_aba_brandvold.docx", "commercial-aba", "2026-03-11",
         notes="Clean. Small-practice plain layout: all-caps bold headings, identification on a few tab-separated lines, "
               "ISO dates, goals as numbered bold lines each followed by indented Baseline/Mastery/Target date lines, a "
               "parent-training goal among them, services as sentences with hours and units per week, /s/ signatures.",
         checks=[("period <= 6 months", D("2026-08-28") <= D("2026-09-02")), ("review <= 184", days(c["plan"], "2026-08-14") <= ABA_REVIEW_DAYS),
                 ("VB-MAPP recent", days("2026-02-10", c["plan"]) <= ABA_ASSESS_DAYS)]
         + common_date_checks(c["plan"], "2026-03-11", sigs=["2026-02-25", "2026-02-26"], targets=["2026-05-29", "2026-07-31", "2026-06-30"], reviews=["2026-08-14"], dob=c["dob"]))

    # y10: no caregiver-training goal
    c = dict(name="Sofia Marchetti", dob="2018-11-30", ins="Gem State Health Alliance PPO", member="GSH-00688105-03",
             parent="Luca Marchetti (father)", plan="2026-02-17", period="2026-02-23 to 2026-08-21",
             dx="F84.0 Autism spectrum disorder, level 1 — diagnosed 2023-04-11 by Nora Castillo, PsyD.",
             assess="Vineland-3 (parent and teacher forms) 2026-01-28 by Alicia Moreau, BCBA: ABC 78. AFLS Basic Living Skills and Home Skills 2026-01-30: 58% and 41% of skills.",
             goals=[("Sofia will complete a 5-step morning routine using a checklist.", "2 of 5 steps without prompts", "5 of 5 steps independently on 5 consecutive school days", "2026-05-22"),
                    ("Sofia will ask a peer to join an activity during recess.", "0 times per week", "3 times per week for 3 consecutive weeks", "2026-06-19"),
                    ("Sofia will use a calm-down routine when frustrated instead of screaming.", "screaming 4 times per day", "1 or fewer screaming episodes per day for 3 weeks", "2026-07-31")],
             services=["97153 direct treatment by RBT: 10 hours per week (40 units/week)",
                       "97155 BCBA protocol modification: 1.5 hours per week (6 units/week)"],
             review_txt="2026-08-07",
             sigs=["_/s/ Alicia Moreau, MA, BCBA_    2026-02-17", "_Luca Marchetti_ (father)    2026-02-18"])
    stepping("y10_steppingstones_aba_marchetti.docx", c)
    plan("y10_steppingstones_aba_marchetti.docx", "commercial-aba", "2026-03-09",
         gaps=[["caregiver-goal-missing"]],
         notes="Gap: no goal or objective involves the parent or caregiver learning a procedure, and no family guidance "
               "(97156) is requested. Same plain layout as y24.",
         checks=[("review <= 184", days(c["plan"], "2026-08-07") <= ABA_REVIEW_DAYS), ("AFLS recent", days("2026-01-30", c["plan"]) <= ABA_ASSESS_DAYS)]
         + common_date_checks(c["plan"], "2026-03-09", sigs=["2026-02-17", "2026-02-18"], targets=["2026-05-22", "2026-06-19", "2026-07-31"], reviews=["2026-08-07"], dob=c["dob"]))

    # y37: primary diagnosis ADHD, not autism
    c = dict(name="Tyler Okamoto-Grant", dob="2017-07-19", ins="Gem State Health Alliance PPO", member="GSH-00702264-02",
             parent="Megan Grant (mother)", plan="2026-02-26", period="2026-03-02 to 2026-08-28",
             dx="F90.2 Attention-deficit hyperactivity disorder, combined type (primary) — diagnosed 2024-09-09 by Samuel Iverson, MD, pediatrician. F91.3 Oppositional defiant disorder.",
             assess="Vineland-3 (parent form) 2026-02-09 by Alicia Moreau, BCBA: ABC 84. Functional behavior assessment (interview and observation) 2026-02-09 to 2026-02-16: noncompliance maintained by escape from homework.",
             goals=[("Tyler will start homework within 2 minutes of the first instruction.", "starts within 2 minutes on 20% of days", "80% of days over 3 consecutive weeks", "2026-06-05"),
                    ("Tyler will complete 3 assigned homework tasks with no more than 1 reminder.", "1 task", "3 tasks on 4 of 5 school days for 2 weeks", "2026-07-10"),
                    ("Parent training: Ms. Grant will deliver effective instructions and praise compliance.", "40% fidelity", "90% fidelity on 3 consecutive observations", "2026-05-29")],
             services=["97153 direct treatment by RBT: 8 hours per week (32 units/week)",
                       "97155 BCBA protocol modification: 1 hour per week (4 units/week)",
                       "97156 parent training: 1 hour per week (4 units/week)"],
             review_txt="2026-08-14",
             sigs=["_/s/ Alicia Moreau, MA, BCBA_    2026-02-26", "_Megan Grant_ (mother)    2026-02-27"])
    stepping("y37_steppingstones_aba_okamoto_grant.docx", c)
    plan("y37_steppingstones_aba_okamoto_grant.docx", "commercial-aba", "2026-03-13",
         gaps=[["diagnosis-not-covered"]],
         notes="Gap: the primary diagnosis is F90.2 ADHD (with F91.3 ODD); no autism spectrum diagnosis, so ABA is not "
               "covered under this policy. Same plain layout as y24.",
         checks=[("review <= 184", days(c["plan"], "2026-08-14") <= ABA_REVIEW_DAYS), ("Vineland recent", days("2026-02-09", c["plan"]) <= ABA_ASSESS_DAYS)]
         + common_date_checks(c["plan"], "2026-03-13", sigs=["2026-02-26", "2026-02-27"], targets=["2026-06-05", "2026-07-10", "2026-05-29"], reviews=["2026-08-14"], dob=c["dob"]))


# ----------------------------------------------------------------------------------------------
# Provider 13: Harbor Light Recovery (NY OASAS inpatient rehabilitation): problem-list master plan
# ----------------------------------------------------------------------------------------------
def harbor(file, c):
    w = W(font="Times New Roman", size=10.5, heading="boldcaps", margins=0.8)
    w.header([("HARBOR LIGHT RECOVERY — Inpatient Rehabilitation (OASAS Operating Certificate 3171-xx)", "b")])
    w.footer(PART2[:150] + " ...")
    w.p(("COMPREHENSIVE TREATMENT PLAN", "b"), align="c")
    w.table(None, [[("Patient", "b"), c["name"], ("Medicaid CIN", "b"), c["cin"]],
                   [("DOB", "b"), fd(c["dob"]), ("Unit / bed", "b"), c["unit"]]] + c["date_rows"], shade_header=None)
    w.br()
    w.h("Diagnoses")
    for d in c["dx"]:
        w.p("• " + d)
    w.h("ASAM dimensions / problem list")
    for i, pr in enumerate(c["problems"], 1):
        t = w.table(None, [[(f"PROBLEM #{i}", "b"), pr["problem"]], [("Goal", "b"), pr["goal"]],
                           [("Objectives", "b"), [o for o in pr["obj"]]],
                           [("Methods / interventions", "b"), [x for x in pr["intv"]]]], widths=[1.6, 5.0])
        w.br()
    w.h("Discharge planning")
    w.p(c["dc"])
    w.h("Signatures")
    w.table(["Title", "Name", "Signature", "Date"], c["sigs"])
    w.p((PART2, "s"))
    w.save(file)


def build_harbor():
    base_probs = lambda who: [
        dict(problem="Dimension 5: relapse potential — daily heavy drinking for 6 years, 3 prior detox admissions, no period of abstinence longer than 2 months.",
             goal=f"{who} will learn and use relapse-prevention skills.",
             obj=[f"{who} will identify 5 personal triggers and a coping response for each in a written relapse-prevention plan within 14 days.",
                  f"{who} will attend 100% of scheduled groups (5 per day) during the stay."],
             intv=["Relapse-prevention group, 1 hr, 5x/week (CASAC)", "Individual counseling, 45 min, 2x/week (primary counselor)", "CBT skills group daily"]),
        dict(problem="Dimension 6: recovery environment — lives with a partner who drinks; unemployed since 09/2025.",
             goal=f"{who} will build a sober support network before discharge.",
             obj=[f"{who} will attend at least 3 community AA meetings and obtain a temporary sponsor's name and number before discharge."],
             intv=["Family session with partner, 1x during stay", "Vocational/discharge planning, 1x/week"]),
    ]
    # y05: clean
    c = dict(name="Kevin Brannigan", cin="AB47120C", dob="1984-03-17", unit="North 2 / bed 14",
             date_rows=[[("Admission date", "b"), "02/25/2026", ("Plan date", "b"), "03/02/2026"]],
             dx=["F10.20 Alcohol dependence, uncomplicated (primary)", "F41.1 Generalized anxiety disorder", "K70.30 Alcoholic cirrhosis of liver without ascites"],
             problems=base_probs("Kevin"),
             dc="Estimated length of stay 21-28 days. Referral to Harbor Light outpatient (OASAS 822) for continuing care; sober-living application in progress.",
             sigs=[["Primary counselor", "Denise Albright, CASAC", "/s/ D. Albright", "03/02/2026"],
                   ["Patient", "Kevin Brannigan", "signed", "03/02/2026"],
                   ["Physician", "Samuel Oduya, MD", "/s/ S. Oduya MD", "03/04/2026"]])
    harbor("y05_harborlight_ctp_brannigan.docx", c)
    plan("y05_harborlight_ctp_brannigan.docx", "base-treatment-plan", "2026-03-09", states=["ny-oasas-818"],
         notes="Clean. NY inpatient rehabilitation master plan: 4-column header grid, bulleted diagnoses, one 2-column table "
               "per ASAM-dimension problem (problem, goal, objectives, methods), signature table; 42 CFR Part 2 notice.",
         checks=[("plan within 7 days", days("2026-02-25", "2026-03-02") <= NY_PLAN_DAYS),
                 ("MD within 10 days of admission", days("2026-02-25", "2026-03-04") <= NY_MD_DAYS)]
         + common_date_checks("2026-03-02", "2026-03-09", sigs=["2026-03-02", "2026-03-04"], admission="2026-02-25", dob="1984-03-17"))

    # y21: admission date not stated anywhere
    c = dict(name="Angela Ferreira-Watts", cin="KC90331F", dob="1991-10-05", unit="South 1 / bed 6",
             date_rows=[[("Date of plan", "b"), "02/27/2026", ("Level of care", "b"), "Inpatient rehabilitation"]],
             dx=["F11.20 Opioid dependence, uncomplicated (primary)", "F15.20 Other stimulant dependence, uncomplicated"],
             problems=[dict(problem="Dimension 1/5: opioid and methamphetamine use; two overdoses in 2025; on buprenorphine induction since detox.",
                            goal="Angela will stay abstinent from illicit opioids and stimulants and stay on buprenorphine.",
                            obj=["Angela will take buprenorphine as prescribed with 100% of doses observed by nursing during the stay.",
                                 "Angela will name 4 high-risk situations and a plan for each, reviewed with her counselor, within 10 days."],
                            intv=["Individual counseling 45 min 2x/week", "MAT education group 1x/week", "Naloxone training before discharge"])],
             dc="Projected discharge in about 4 weeks to an OTP/office-based buprenorphine provider near her mother's home in Yonkers.",
             sigs=[["Primary counselor", "Luis Ocampo, CASAC-T", "/s/ L. Ocampo", "02/27/2026"],
                   ["Patient", "Angela Ferreira-Watts", "signed", "02/27/2026"],
                   ["Physician", "Samuel Oduya, MD", "/s/ S. Oduya MD", "02/28/2026"]])
    harbor("y21_harborlight_ctp_ferreira_watts.docx", c)
    plan("y21_harborlight_ctp_ferreira_watts.docx", "base-treatment-plan", "2026-03-10", states=["ny-oasas-818"],
         gaps=[["field-missing"]],
         notes="Gap: the admission date is not stated anywhere (header shows only the plan date and level of care), so the "
               "7-day plan and 10-day physician deadlines cannot be checked. Same layout as y05.",
         checks=common_date_checks("2026-02-27", "2026-03-10", sigs=["2026-02-27", "2026-02-28"], dob="1991-10-05"))

    # y34: physician signed 14 days after admission
    c = dict(name="Donovan Pryce", cin="MM20876B", dob="1978-06-12", unit="North 2 / bed 3",
             date_rows=[[("Admission date", "b"), "02/16/2026", ("Plan date", "b"), "02/20/2026"]],
             dx=["F10.20 Alcohol dependence, uncomplicated (primary)", "F12.20 Cannabis dependence, uncomplicated"],
             problems=base_probs("Donovan"),
             dc="Estimated stay 28 days; continuing care at a community outpatient clinic.",
             sigs=[["Primary counselor", "Denise Albright, CASAC", "/s/ D. Albright", "02/20/2026"],
                   ["Patient", "Donovan Pryce", "signed", "02/20/2026"],
                   ["Physician", "Samuel Oduya, MD", "/s/ S. Oduya MD", "03/02/2026"]])
    harbor("y34_harborlight_ctp_pryce.docx", c)
    plan("y34_harborlight_ctp_pryce.docx", "base-treatment-plan", "2026-03-11", states=["ny-oasas-818"],
         gaps=[["signature-late"]],
         notes="Gap: the physician reviewed and signed on 03/02/2026, 14 days after the 02/16/2026 admission (due within 10). "
               "Plan itself on day 4. Same layout as y05.",
         checks=[("plan within 7", days("2026-02-16", "2026-02-20") <= NY_PLAN_DAYS),
                 ("MD late", days("2026-02-16", "2026-03-02") > NY_MD_DAYS)]
         + common_date_checks("2026-02-20", "2026-03-11", sigs=["2026-02-20", "2026-03-02"], admission="2026-02-16", dob="1978-06-12"))


# ----------------------------------------------------------------------------------------------
# Provider 14: Suncoast Pathways (Florida 65D-30 licensed): EHR plan with objective grid
# ----------------------------------------------------------------------------------------------
def suncoast(file, c):
    w = W(font="Arial", size=9.5, heading="shaded", margins=0.7)
    w.header([("Suncoast Pathways, Inc.  —  DCF License #" + c["lic"], "b"), (f"Individual: {c['name']}   ID: {c['id']}", "s")])
    w.footer("Suncoast Pathways • 2100 N. Tamiami Trail, Sarasota, FL 34234 • 941-555-0178 • Confidential (42 CFR Part 2)")
    w.p(("INDIVIDUALIZED TREATMENT PLAN", "b"), align="c")
    w.kv([("Individual", c["name"]), ("DOB", fd(c["dob"])), ("Medicaid / ID", c["id"]), ("Level of care", c["loc"]),
          ("Placement (admission) date", fd(c["adm"])), ("Plan date", fd(c["plan"])), ("Primary counselor", c["counselor"]),
          ("Projected length of stay", c["los"])], cols=4)
    w.h("Diagnosis")
    w.table(["ICD-10-CM", "Description"], c["dx"])
    w.h("Goals, measurable objectives and tasks")
    rows = []
    for g in c["goals"]:
        rows.append([g[0], "", "", ""])
        for o in g[1]:
            rows.append(o)
    t = w.table(["Objective", "Task / service (type)", "Frequency", "Expected completion"], rows)
    ri = 1
    for g in c["goals"]:
        w.merge_row(t, ri, "GOAL: " + g[0], fill="FFF2CC")
        ri += 1 + len(g[1])
    w.h("Signatures")
    w.table(["", "Name", "Signature", "Date"], c["sigs"])
    w.p((RIGHTS, "i"))
    w.save(file)


def build_suncoast():
    # y08: residential level 2, plan on day 10 (limit 15)
    c = dict(lic="412-88", name="Brianna Castellanos", dob="1996-08-09", id="FL9931045822", loc="Residential Level 2",
             adm="2026-02-09", plan="2026-02-19", counselor="Hector Salinas, CAP", los="60-90 days",
             dx=[["F15.20", "Other stimulant dependence, uncomplicated"], ["F43.10", "Post-traumatic stress disorder, unspecified"]],
             goals=[("Brianna will stay free of methamphetamine and build a recovery routine.",
                     [["Brianna will produce negative urine drug screens on 100% of random weekly tests.", "Random UDS; individual counseling", "Weekly UDS; counseling 2x/week", "04/20/2026"],
                      ["Brianna will write a relapse-prevention plan listing 5 triggers and 5 coping actions and present it in group.", "Relapse-prevention group", "Daily, Mon-Fri", "03/13/2026"]]),
                    ("Brianna will reduce trauma symptoms that lead to use.",
                     [["Brianna will lower her PCL-5 score from 58 to 40 or below.", "Seeking Safety group; trauma-focused individual therapy", "Group 3x/week; individual weekly", "04/20/2026"]])],
             sigs=[["Individual", "Brianna Castellanos", "B. Castellanos", "02/19/2026"],
                   ["Primary counselor", "Hector Salinas, CAP", "/s/ H. Salinas", "02/19/2026"],
                   ["Qualified professional (countersignature)", "Renee Duval, LMHC", "/s/ R. Duval", "02/24/2026"]])
    suncoast("y08_suncoast_itp_castellanos.docx", c)
    plan("y08_suncoast_itp_castellanos.docx", "base-treatment-plan", "2026-03-09", states=["fl-65d-30"],
         notes="Clean. FL residential level 2 plan: shaded bars, 4-column header grid with level of care and placement "
               "date, objective grid with merged goal rows (objective, task/service, frequency, expected completion), "
               "signature table with QP countersignature.",
         checks=[("plan within 15 days", days(c["adm"], c["plan"]) <= FL_DAYS["residential level 2"]),
                 ("QP within 10 days", days(c["plan"], "2026-02-24") <= FL_QP_DAYS)]
         + common_date_checks(c["plan"], "2026-03-09", sigs=["2026-02-19", "2026-02-24"], targets=["2026-04-20", "2026-03-13"], admission=c["adm"], dob=c["dob"]))

    # y22: intensive inpatient, plan on day 5 (limit 3)
    c = dict(lic="412-91", name="Travis McAllister", dob="1989-01-30", id="FL9920387716", loc="Intensive Inpatient",
             adm="2026-03-02", plan="2026-03-07", counselor="Yvette Dorsainvil, CAC", los="14-21 days",
             dx=[["F10.20", "Alcohol dependence, uncomplicated"], ["F14.20", "Cocaine dependence, uncomplicated"]],
             goals=[("Travis will complete intensive inpatient treatment and step down to outpatient care.",
                     [["Travis will attend 100% of scheduled groups (6 per day) for 14 days.", "Group therapy", "6 groups daily", "03/21/2026"],
                      ["Travis will complete a continuing-care plan with an outpatient appointment date before discharge.", "Case management", "2x/week", "03/21/2026"]])],
             sigs=[["Individual", "Travis McAllister", "T. McAllister", "03/07/2026"],
                   ["Primary counselor", "Yvette Dorsainvil, CAC", "/s/ Y. Dorsainvil", "03/07/2026"],
                   ["Qualified professional (countersignature)", "Renee Duval, LMHC", "/s/ R. Duval", "03/09/2026"]])
    suncoast("y22_suncoast_itp_mcallister.docx", c)
    plan("y22_suncoast_itp_mcallister.docx", "base-treatment-plan", "2026-03-12", states=["fl-65d-30"],
         gaps=[["plan-late"]],
         notes="Gap: intensive inpatient plan dated 03/07/2026, 5 days after the 03/02/2026 placement (limit 3 days). Same "
               "layout as y08.",
         checks=[("plan late", days(c["adm"], c["plan"]) > FL_DAYS["intensive inpatient"]),
                 ("QP within 10", days(c["plan"], "2026-03-09") <= FL_QP_DAYS)]
         + common_date_checks(c["plan"], "2026-03-12", sigs=["2026-03-07", "2026-03-09"], targets=["2026-03-21"], admission=c["adm"], dob=c["dob"]))

    # y35: day/night treatment, QP countersigned 13 days after the plan
    c = dict(lic="412-88", name="Keisha Worthington", dob="1993-05-21", id="FL9947210934", loc="Day or Night Treatment",
             adm="2026-02-10", plan="2026-02-18", counselor="Hector Salinas, CAP", los="8-12 weeks",
             dx=[["F11.20", "Opioid dependence, uncomplicated"]],
             goals=[("Keisha will stop using opioids and keep taking buprenorphine.",
                     [["Keisha will produce negative screens for non-prescribed opioids on 100% of weekly tests for 8 consecutive weeks.", "UDS; medication monitoring", "Weekly", "04/15/2026"],
                      ["Keisha will attend at least 4 of 5 program days each week.", "Day treatment groups", "5 days/week, 4 hrs/day", "04/15/2026"]])],
             sigs=[["Individual", "Keisha Worthington", "K. Worthington", "02/18/2026"],
                   ["Primary counselor", "Hector Salinas, CAP", "/s/ H. Salinas", "02/18/2026"],
                   ["Qualified professional (countersignature)", "Renee Duval, LMHC", "/s/ R. Duval", "03/03/2026"]])
    suncoast("y35_suncoast_itp_worthington.docx", c)
    plan("y35_suncoast_itp_worthington.docx", "base-treatment-plan", "2026-03-13", states=["fl-65d-30"],
         gaps=[["signature-late"]],
         notes="Gap: the qualified professional countersigned on 03/03/2026, 13 days after the 02/18/2026 plan (due within 10). "
               "Plan on day 8 of day/night treatment (limit 10). Same layout as y08.",
         checks=[("plan within 10", days(c["adm"], c["plan"]) <= FL_DAYS["day or night treatment"]),
                 ("QP late", days(c["plan"], "2026-03-03") > FL_QP_DAYS)]
         + common_date_checks(c["plan"], "2026-03-13", sigs=["2026-02-18", "2026-03-03"], targets=["2026-04-15"], admission=c["adm"], dob=c["dob"]))


# ----------------------------------------------------------------------------------------------
# Provider 15: Golden Poppy Treatment Center (California NTP): maintenance treatment plan
# ----------------------------------------------------------------------------------------------
def poppy(file, c):
    w = W(font="Calibri", size=10.5, heading="h", margins=0.9)
    w.header([("Golden Poppy Treatment Center  ·  Narcotic Treatment Program (DHCS License 19-xxx)", "b")])
    w.footer("Golden Poppy Treatment Center, 880 E. Colorado Blvd, Pasadena, CA 91101 · 626-555-0147")
    w.doc.add_heading("Initial Maintenance Treatment Plan", level=1)
    w.p(("Patient: ", "b"), c["name"], ("   Patient #: ", "b"), c["pid"], ("   Medi-Cal CIN: ", "b"), c["cin"])
    w.p(("Date of birth: ", "b"), fd(c["dob"], "dmy"))
    w.p(("Admission to maintenance: ", "b"), fd(c["adm"], "dmy"), ("    Plan effective: ", "b"), fd(c["plan"], "dmy"))
    w.p(("Diagnosis: ", "b"), c["dx"])
    w.p(("Dose at plan date: ", "b"), c["dose"])
    w.doc.add_heading("Long-term goals", level=2)
    for g in c["ltg"]:
        w.p(g, style="List Number")
    w.doc.add_heading("Short-term goals (90 days or less)", level=2)
    w.table(["Short-term goal", "Behavioral task", "Target date"], c["stg"])
    w.doc.add_heading("Services", level=2)
    for s in c["services"]:
        w.p(s, style="List Bullet")
    w.p(("Treatment plan update due: ", "b"), fd(c["review"], "dmy"))
    w.doc.add_heading("Signatures", level=2)
    for s in c["sigs"]:
        w.p(s)
    w.save(file)


def build_poppy():
    # y14: clean
    c = dict(name="Rafael Dominguez-Lara", pid="GP-10772", cin="94417720A", dob="1982-12-04", adm="2026-01-12", plan="2026-02-05",
             dx="F11.20 Opioid dependence, uncomplicated", dose="Methadone 70 mg daily (observed)",
             ltg=["Rafael will remain free of illicit opioids and fentanyl.", "Rafael will return to full-time work."],
             stg=[["Negative urine tests for illicit opioids and fentanyl", "Provide observed random UDS; 4 consecutive negative tests", "04/06/2026"],
                  ["Stable employment search", "Apply to at least 3 jobs per week and attend 1 job-center session per week", "04/06/2026"],
                  ["Take-home eligibility", "Attend 100% of counseling sessions and dosing days for 60 days", "04/06/2026"]],
             services=["Methadone dosing daily", "Individual counseling, 50 minutes, 2 times per month (minimum 50 min/month per Title 9)", "Random observed UDS at least 1 per month"],
             review="2026-04-10",
             sigs=["Primary counselor: Lorena Vasquez, RADT-II  /s/  05 Feb 2026",
                   "Supervising counselor (reviewed): Greg Huang, CADC-III  /s/  10 Feb 2026",
                   "Medical director (reviewed and approved): Aileen Parekh, MD  /s/  12 Feb 2026",
                   "Patient: Rafael Dominguez-Lara  (signed)  05 Feb 2026"])
    poppy("y14_goldenpoppy_ntp_dominguez_lara.docx", c)
    plan("y14_goldenpoppy_ntp_dominguez_lara.docx", "base-treatment-plan", "2026-03-11", states=["ca-title9-ntp"],
         notes="Clean. California NTP initial maintenance plan: headings, day-month-year dates, short-term goals table with "
               "target dates, one-line typed signatures with /s/ for counselor, supervising counselor and medical director.",
         checks=[("plan within 28 days", days(c["adm"], c["plan"]) <= CA_PLAN_DAYS),
                 ("update within 92 days of admission", days(c["adm"], c["review"]) <= CA_REVIEW_DAYS),
                 ("supervisor within 14", days(c["plan"], "2026-02-10") <= CA_SIGN_DAYS),
                 ("MD within 14", days(c["plan"], "2026-02-12") <= CA_SIGN_DAYS),
                 ("update after as-of", D(c["review"]) > D("2026-03-11"))]
         + common_date_checks(c["plan"], "2026-03-11", sigs=["2026-02-05", "2026-02-10", "2026-02-12"], targets=["2026-04-06"], reviews=[c["review"]], admission=c["adm"], dob=c["dob"]))

    # y26: next update set 6 months out
    c = dict(name="Shannon Whitaker-Bose", pid="GP-10791", cin="95230118B", dob="1990-02-27", adm="2026-01-05", plan="2026-01-27",
             dx="F11.20 Opioid dependence, uncomplicated", dose="Buprenorphine/naloxone 16/4 mg daily",
             ltg=["Shannon will stop all non-prescribed opioid use.", "Shannon will regain custody visits with her son."],
             stg=[["Negative UDS", "Random observed UDS negative for non-prescribed opioids on 4 consecutive tests", "04/03/2026"],
                  ["Parenting class", "Attend 8 of 8 county parenting sessions", "04/03/2026"]],
             services=["Daily dosing", "Individual counseling 50 minutes twice a month", "Monthly UDS (random)"],
             review="2026-07-27",
             sigs=["Primary counselor: Lorena Vasquez, RADT-II  /s/  27 Jan 2026",
                   "Supervising counselor (reviewed): Greg Huang, CADC-III  /s/  02 Feb 2026",
                   "Medical director (reviewed and approved): Aileen Parekh, MD  /s/  03 Feb 2026",
                   "Patient: Shannon Whitaker-Bose  (signed)  27 Jan 2026"])
    poppy("y26_goldenpoppy_ntp_whitaker_bose.docx", c)
    plan("y26_goldenpoppy_ntp_whitaker_bose.docx", "base-treatment-plan", "2026-03-12", states=["ca-title9-ntp"],
         gaps=[["review-interval-exceeded"]],
         notes="Gap: the first plan update is set for 27 Jul 2026, 203 days after the 5 Jan 2026 admission (Title 9: at least "
               "every 3 months, checked as 92 days). Same layout as y14.",
         checks=[("plan within 28", days(c["adm"], c["plan"]) <= CA_PLAN_DAYS),
                 ("update too far", days(c["adm"], c["review"]) > CA_REVIEW_DAYS),
                 ("sup 14", days(c["plan"], "2026-02-02") <= CA_SIGN_DAYS), ("md 14", days(c["plan"], "2026-02-03") <= CA_SIGN_DAYS),
                 ("no review due yet by 92-day rule before as-of", D(c["adm"]) + dt.timedelta(days=CA_REVIEW_DAYS) > D("2026-03-12"))]
         + common_date_checks(c["plan"], "2026-03-12", sigs=["2026-01-27", "2026-02-02", "2026-02-03"], targets=["2026-04-03"], reviews=[c["review"]], admission=c["adm"], dob=c["dob"]))


# ----------------------------------------------------------------------------------------------
# Provider 16: Lone Star Recovery Center (Texas chemical dependency facility)
# ----------------------------------------------------------------------------------------------
def lonestar(file, c):
    w = W(font="Tahoma", size=10, heading="underline", margins=0.9)
    w.header([("LONE STAR RECOVERY CENTER", "b"), ("Licensed Chemical Dependency Treatment Facility  ·  4100 S. Congress Ave, Austin, TX 78745", "s")])
    w.footer("LSRC form TP-3 (rev. 09/2025)  ·  Confidential under 42 CFR Part 2")
    w.p(("TREATMENT PLAN", "b"), align="c")
    w.p(("Resident: ", "b"), c["name"], "      ", ("DOB: ", "b"), fd(c["dob"], "us_short"), "      ", ("Client ID: ", "b"), c["cid"])
    w.p(("Payer ID: ", "b"), c["payer_id"], "      ", ("Admit: ", "b"), fd(c["adm"], "us_short"), "      ", ("TP date: ", "b"), fd(c["plan"], "us_short"))
    w.p(("Program: ", "b"), c["program"])
    if c.get("los"):
        w.p(("Projected length of stay: ", "b"), c["los"])
    w.p(("DSM-5-TR / ICD-10-CM: ", "b"), c["dx"])
    for pi, pr in enumerate(c["problems"], 1):
        w.h(f"Problem {pi}: {pr['problem']}")
        w.p(("Goal: ", "b"), pr["goal"])
        w.p(("Objectives:", "b"))
        for oi, o in enumerate(pr["obj"], 1):
            w.p(f"{pi}.{oi}  {o[0]}", ("   Target: " + o[1], "i"))
        w.p(("Strategies (type / frequency / staff):", "b"))
        for s in pr["strat"]:
            if isinstance(s, list):
                w.tracked(s, author="M. Villarreal", date="2026-02-27T15:20:00Z")
            else:
                w.p("•  " + s)
    par = w.p(("Client participation: ", "b"), c["participation"])
    if c.get("comment"):
        w.comment(par, c["comment"], author="QA Reviewer", initials="QA")
    w.br()
    w.table(None, [[("Client signature", "b"), c["sig_client"], ("Date", "b"), c["sig_client_date"]],
                   [("Counselor signature", "b"), c["sig_couns"], ("Date", "b"), c["sig_couns_date"]],
                   [("Clinical director (QCC) review", "b"), c["sig_qcc"], ("Date", "b"), c["sig_qcc_date"]]])
    w.save(file)


def build_lonestar():
    # y15: objectives without target dates ("ongoing")
    c = dict(name="Colton Reyes-McBride", dob="1999-04-14", cid="LS-30877", payer_id="TXMCD 523310988", adm="2026-02-16", plan="2026-02-20",
             program="Adult residential (intensive)", los="30-45 days",
             dx="F15.20 Other stimulant dependence, uncomplicated; F12.20 Cannabis dependence, uncomplicated",
             problems=[dict(problem="Methamphetamine use daily for 2 years; lost job and housing.",
                            goal="Colton will stop using methamphetamine and cannabis.",
                            obj=[("Colton will attend all scheduled groups and participate.", "ongoing"),
                                 ("Colton will write his life history and share it in group.", "ongoing")],
                            strat=["Group counseling (process/psychoeducation) 4 hrs daily, Mon-Fri — counselor team",
                                   "Individual counseling 1 hr weekly — primary counselor"]),
                       dict(problem="No sober supports; family estranged.",
                            goal="Colton will build a sober support system.",
                            obj=[("Colton will contact his sister and invite her to family day.", "ongoing")],
                            strat=["Family session 1x during stay — primary counselor", "12-step meeting on campus 3x/week"])],
             participation="Colton helped write this plan and agrees with it.",
             sig_client="Colton Reyes-McBride", sig_client_date="2/20/26",
             sig_couns="Maria Villarreal, LCDC", sig_couns_date="2/20/26", sig_qcc="n/a (LCDC author)", sig_qcc_date="")
    lonestar("y15_lonestar_tp_reyes_mcbride.docx", c)
    plan("y15_lonestar_tp_reyes_mcbride.docx", "base-treatment-plan", "2026-03-09", states=["tx-26tac-564"],
         gaps=[["objective-not-time-bound"]],
         notes="Gap: every objective's target is 'ongoing' and the goals carry no dates, so no objective is time-specific "
               "(26 TAC 564.804). Unsure whether the reader judges 'attend all scheduled groups and participate' measurable, "
               "so objective-not-measurable is not judged. Texas form with inline labels, numbered objectives, bullet "
               "strategies and a signature grid.",
         unsure=["objective-not-measurable"],
         checks=common_date_checks(c["plan"], "2026-03-09", sigs=["2026-02-20"], admission=c["adm"], dob=c["dob"]))

    # y33: no projected length of stay or any duration; tracked change in a strategy; QA comment
    c = dict(name="Imani Cartwright", dob="1987-09-26", cid="LS-30902", payer_id="BCBSTX XGQ884120577", adm="2026-02-23", plan="2026-02-26",
             program="Intensive outpatient (IOP), evenings",
             dx="F10.20 Alcohol dependence, uncomplicated",
             problems=[dict(problem="Drinks 8-10 drinks nightly; DWI arrest 01/2026.",
                            goal="Imani will stop drinking alcohol.",
                            obj=[("Imani will have 0 positive breathalyzer or EtG results on twice-weekly testing.", "04/24/2026"),
                                 ("Imani will list 5 triggers for drinking and a coping skill for each in her relapse-prevention plan.", "03/20/2026")],
                            strat=[[("t", "•  IOP group (relapse prevention, CBT skills) 3 hrs, "), ("del", "3x/week"), ("ins", "4x/week"), ("t", " — counselor team")],
                                   "Individual counseling 1 hr every other week — primary counselor",
                                   "Breathalyzer at each group; EtG urine test 2x/week"]),
                       dict(problem="Court requirements (DWI).",
                            goal="Imani will meet all court conditions.",
                            obj=[("Imani will complete the 12-hour DWI education course and give the certificate to her counselor.", "04/10/2026")],
                            strat=["Case management 1x/week — case manager"])],
             participation="Client reviewed and agreed with the plan.",
             comment="Please add projected length of stay before billing.",
             sig_client="Imani Cartwright", sig_client_date="02/26/2026",
             sig_couns="Maria Villarreal, LCDC", sig_couns_date="02/26/2026", sig_qcc="", sig_qcc_date="")
    lonestar("y33_lonestar_tp_cartwright.docx", c)
    plan("y33_lonestar_tp_cartwright.docx", "base-treatment-plan", "2026-03-12", states=["tx-26tac-564"],
         gaps=[["duration-missing"]],
         notes="Gap: no projected length of stay, end date or service duration anywhere (a QA comment in the file even asks "
               "for it). Same Texas form as y15, with a tracked change (3x/week deleted, 4x/week inserted) in a strategy.",
         checks=common_date_checks(c["plan"], "2026-03-12", sigs=["2026-02-26"], targets=["2026-04-24", "2026-03-20", "2026-04-10"], admission=c["adm"], dob=c["dob"]))


# ----------------------------------------------------------------------------------------------
# Non-DOCX plans: native YAML (Texas), FHIR R4 (home health, psychotherapy), C-CDA (psychotherapy)
# ----------------------------------------------------------------------------------------------
def build_yaml():
    text = f"""schema: authcheck-plan/1
# Exported from Lone Star Recovery Center's intake system (authcheck native format)
patient: {{name: Dwayne Ellison, birth_date: 1975-07-08, member_id: "TXMCD 518802114"}}
payer: Texas Medicaid (Superior HealthPlan STAR)
program: Adult residential (intensive)
level_of_care: Intensive residential
discipline: sud
providers:
  - {{name: Maria Villarreal, credential: LCDC, npi: "{npi('131185520')}", role: clinician, organization: Lone Star Recovery Center}}
admission_date: 2026-02-24
plan_date: 2026-02-27
expected_duration: 35 days (through 03/31/2026)
diagnoses:
  - {{code: F10.20, description: "Alcohol dependence, uncomplicated", primary: true}}
  - {{code: F17.210, description: "Nicotine dependence, cigarettes, uncomplicated"}}
problems:
  - label: Problem 1
    statement: Daily drinking for 10 years with withdrawal seizures in 2025.
    goals:
      - label: Goal 1
        statement: Dwayne will stay sober and leave with a written aftercare plan.
        objectives:
          - statement: Dwayne will name 5 triggers and a coping skill for each in his relapse-prevention plan.
            target_date: 2026-03-13
          - statement: Dwayne will attend at least 3 on-site 12-step meetings each week and get a sponsor's phone number.
            target_date: 2026-03-27
        interventions:
          - {{description: Group counseling (relapse prevention), amount: 3 hours, frequency: 5 times per week, responsible_staff: counselor team}}
          - {{description: Individual counseling, amount: 1 hour, frequency: weekly, responsible_staff: "Maria Villarreal, LCDC"}}
  - label: Problem 2
    statement: Smokes 1 pack per day; wants to quit.
    goals:
      - label: Goal 2
        statement: Dwayne will quit smoking.
        objectives:
          - statement: Dwayne will cut down to 5 or fewer cigarettes a day, per his daily log.
            target_date: 2026-03-20
        interventions:
          - {{description: Tobacco cessation counseling and nicotine patch, amount: 20 minutes, frequency: weekly, responsible_staff: nurse}}
signatures:
  - {{role: client, name: Dwayne Ellison, date: 2026-02-27, method: handwritten}}
  - {{role: clinician, name: Maria Villarreal, credential: LCDC, date: 2026-02-27, method: electronic}}
"""
    (OUT / "y45_lonestar_native_ellison.yaml").write_text(text)
    plan("y45_lonestar_native_ellison.yaml", "base-treatment-plan", "2026-03-13", states=["tx-26tac-564"],
         notes="Clean. Native authcheck YAML export from the Texas facility: objectives with target dates, interventions "
               "with amount and frequency, expected duration with an end date, client and counselor signatures dated.",
         checks=common_date_checks("2026-02-27", "2026-03-13", sigs=["2026-02-27"], targets=["2026-03-13", "2026-03-27", "2026-03-20"],
                                   admission="2026-02-24", dob="1975-07-08"))


def fhir_bundle(entries):
    return {"resourceType": "Bundle", "id": entries[0]["resource"]["id"] + "-bundle", "type": "collection",
            "timestamp": "2026-03-02T09:00:00Z", "entry": entries}


def ent(res):
    return {"fullUrl": f"urn:uuid:{res['id']}", "resource": res}


def build_fhir_hh():
    md = npi("176623981")
    pid = "0b7d2c1e-1111-4a8a-9a01-000000000042"
    res = [
        {"resourceType": "Patient", "id": pid,
         "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": "2MC9-YT4-RW66"},
                        {"system": "urn:oid:2.16.840.1.113883.3.7711.1", "value": "WC-55012"}],
         "name": [{"family": "Hollingsworth", "given": ["Mabel", "June"]}], "gender": "female", "birthDate": "1937-02-19"},
        {"resourceType": "Practitioner", "id": "prac-md-42",
         "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": md}],
         "name": [{"family": "Castellano", "given": ["Diego"], "suffix": ["MD"]}],
         "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360", "code": "MD", "display": "Doctor of Medicine"}], "text": "MD"}}]},
        {"resourceType": "Practitioner", "id": "prac-rn-42",
         "name": [{"family": "Oyelowo", "given": ["Grace"], "suffix": ["RN"]}],
         "qualification": [{"code": {"text": "RN"}}]},
        {"resourceType": "Organization", "id": "org-42", "name": "Willow Creek Home Health",
         "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi("119284037")}]},
        {"resourceType": "Condition", "id": "cond-42-1", "subject": {"reference": f"urn:uuid:{pid}"},
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": "problem-list-item"}]}],
         "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "S72.001D", "display": "Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture with routine healing"}]},
         "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/condition-ranking", "valuePositiveInt": 1}],
         "recordedDate": "2026-02-17"},
        {"resourceType": "Condition", "id": "cond-42-2", "subject": {"reference": f"urn:uuid:{pid}"},
         "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M81.0", "display": "Age-related osteoporosis without current pathological fracture"}]},
         "recordedDate": "2026-02-17"},
        {"resourceType": "Goal", "id": "goal-42-1", "lifecycleStatus": "active", "subject": {"reference": f"urn:uuid:{pid}"},
         "description": {"text": "Patient will ambulate 150 feet with a front-wheeled walker, modified independent, on level surfaces."},
         "target": [{"dueDate": "2026-04-06"}]},
        {"resourceType": "Goal", "id": "goal-42-2", "lifecycleStatus": "active", "subject": {"reference": f"urn:uuid:{pid}"},
         "description": {"text": "Patient will transfer bed to chair and on/off toilet independently with grab bars."},
         "target": [{"dueDate": "2026-03-30"}]},
        {"resourceType": "Goal", "id": "goal-42-3", "lifecycleStatus": "active", "subject": {"reference": f"urn:uuid:{pid}"},
         "description": {"text": "Patient and daughter will state 3 fall-prevention measures and demonstrate safe use of the walker on stairs with 100% accuracy."},
         "target": [{"dueDate": "2026-03-16"}]},
    ]
    srs = [("sr-42-1", "Skilled nursing visits: medication management, pain and fall-risk assessment", "SN", 1, 5, "2026-02-23", "2026-03-29"),
           ("sr-42-2", "Physical therapy visits: gait, transfers, strengthening, home safety", "PT", 2, 6, "2026-02-23", "2026-04-05"),
           ("sr-42-3", "Home health aide visits: bathing and personal care", "HHA", 2, 4, "2026-02-23", "2026-03-22")]
    for sid, text, disc, freq, weeks, start, end in srs:
        res.append({"resourceType": "ServiceRequest", "id": sid, "status": "active", "intent": "order",
                    "subject": {"reference": f"urn:uuid:{pid}"}, "code": {"text": text},
                    "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": start, "end": end}, "frequency": freq, "period": 1, "periodUnit": "wk"},
                                         "code": {"text": f"{disc} {freq}w{weeks}"}},
                    "requester": {"reference": "urn:uuid:prac-md-42"}})
    res.append({"resourceType": "CarePlan", "id": "careplan-42", "status": "active", "intent": "plan",
                "title": "Home Health Certification and Plan of Care",
                "category": [{"text": "Home health plan of care"}],
                "subject": {"reference": f"urn:uuid:{pid}"},
                "period": {"start": "2026-02-23", "end": "2026-04-23"}, "created": "2026-02-23",
                "author": {"reference": "urn:uuid:prac-rn-42"},
                "contributor": [{"reference": "urn:uuid:prac-md-42"}, {"reference": "urn:uuid:org-42"}],
                "addresses": [{"reference": "urn:uuid:cond-42-1"}, {"reference": "urn:uuid:cond-42-2"}],
                "goal": [{"reference": "urn:uuid:goal-42-1"}, {"reference": "urn:uuid:goal-42-2"}, {"reference": "urn:uuid:goal-42-3"}],
                "activity": [{"reference": {"reference": f"urn:uuid:{s[0]}"}} for s in srs],
                "note": [{"text": "Start of care 02/23/2026. Certification period 02/23/2026 - 04/23/2026. Homebound: requires walker and assistance; leaving home is a taxing effort."}]})
    res.append({"resourceType": "Provenance", "id": "prov-42-md", "target": [{"reference": "urn:uuid:careplan-42"}],
                "recorded": "2026-02-26T14:05:00Z",
                "activity": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-DataOperation", "code": "UPDATE"}], "text": "certification"},
                "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "code": "verifier"}], "text": "Certifying physician"},
                           "who": {"reference": "urn:uuid:prac-md-42"}}],
                "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.5", "display": "Verification Signature"}],
                               "when": "2026-02-26T14:05:00Z", "who": {"reference": "urn:uuid:prac-md-42"},
                               "sigFormat": "image/jpeg", "data": "c2lnbmVkIGJ5IERpZWdvIENhc3RlbGxhbm8sIE1E"}]})
    res.append({"resourceType": "Provenance", "id": "prov-42-rn", "target": [{"reference": "urn:uuid:careplan-42"}],
                "recorded": "2026-02-23T17:30:00Z",
                "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "code": "author"}]},
                           "who": {"reference": "urn:uuid:prac-rn-42"}}],
                "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1", "display": "Author's Signature"}],
                               "when": "2026-02-23T17:30:00Z", "who": {"reference": "urn:uuid:prac-rn-42"}}]})
    (OUT / "y42_willowcreek_hh_fhir.json").write_text(json.dumps(fhir_bundle([ent(r) for r in res]), indent=2) + "\n")
    plan("y42_willowcreek_hh_fhir.json", "medicare-home-health", "2026-03-10",
         notes="Clean. FHIR R4 collection Bundle from a home health EHR: Patient with MBI, ICD-10-CM Conditions (ranked), "
               "Goals with due dates, ServiceRequests with weekly frequency and bounds, CarePlan with the 60-day period, "
               "Provenance verification signature by the certifying MD.",
         checks=[("60-day period", days("2026-02-23", "2026-04-23") <= HH_REVIEW_DAYS)]
         + common_date_checks("2026-02-23", "2026-03-10", sigs=["2026-02-23", "2026-02-26"], targets=["2026-04-06", "2026-03-30", "2026-03-16"], dob="1937-02-19"))


def build_fhir_psy():
    pid = "5c4e7f10-2222-4b1b-8c02-000000000044"
    cl = npi("149907731")
    res = [
        {"resourceType": "Patient", "id": pid,
         "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": "7DA3-QP8-ZL52"}],
         "name": [{"family": "Marchbanks", "given": ["Clifford"]}], "gender": "male", "birthDate": "1953-11-11"},
        {"resourceType": "Practitioner", "id": "prac-44", "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": cl}],
         "name": [{"family": "Ingram", "given": ["Felicia"], "suffix": ["PsyD"]}],
         "qualification": [{"code": {"text": "PsyD, Licensed Psychologist"}}]},
        {"resourceType": "Condition", "id": "cond-44", "subject": {"reference": f"urn:uuid:{pid}"},
         "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F43.12", "display": "Post-traumatic stress disorder, chronic"}]},
         "recordedDate": "2026-01-29"},
        {"resourceType": "Goal", "id": "goal-44-1", "lifecycleStatus": "active", "subject": {"reference": f"urn:uuid:{pid}"},
         "description": {"text": "Clifford will reduce PTSD symptoms: PCL-5 from 49 to below 33."},
         "target": [{"measure": {"coding": [{"system": "http://loinc.org", "code": "79063-4", "display": "PTSD checklist for DSM-5 total score"}]},
                     "detailQuantity": {"value": 33, "comparator": "<"}, "dueDate": "2026-05-14"}]},
        {"resourceType": "Goal", "id": "goal-44-2", "lifecycleStatus": "active", "subject": {"reference": f"urn:uuid:{pid}"},
         "description": {"text": "Clifford will sleep at least 6 hours on 5 of 7 nights, per sleep diary."},
         "target": [{"dueDate": "2026-04-16"}]},
        {"resourceType": "ServiceRequest", "id": "sr-44", "status": "active", "intent": "plan", "subject": {"reference": f"urn:uuid:{pid}"},
         "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90837", "display": "Psychotherapy, 60 minutes with patient"}],
                  "text": "Individual psychotherapy (Cognitive Processing Therapy), 60 minutes"},
         "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": "2026-02-05", "end": "2026-05-28"}, "frequency": 1, "period": 1, "periodUnit": "wk",
                                         "duration": 60, "durationUnit": "min"}},
         "performer": [{"reference": "urn:uuid:prac-44"}]},
        {"resourceType": "CarePlan", "id": "careplan-44", "status": "active", "intent": "plan", "title": "Psychotherapy treatment plan",
         "subject": {"reference": f"urn:uuid:{pid}"}, "period": {"start": "2026-02-05", "end": "2026-05-28"}, "created": "2026-02-05",
         "author": {"reference": "urn:uuid:prac-44"}, "addresses": [{"reference": "urn:uuid:cond-44"}],
         "goal": [{"reference": "urn:uuid:goal-44-1"}, {"reference": "urn:uuid:goal-44-2"}],
         "activity": [{"reference": {"reference": "urn:uuid:sr-44"}}],
         "description": "Weekly 60-minute CPT sessions for 16 weeks (12 CPT protocol sessions plus 4 consolidation sessions)."},
        {"resourceType": "Provenance", "id": "prov-44", "target": [{"reference": "urn:uuid:careplan-44"}], "recorded": "2026-02-05T16:00:00Z",
         "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "code": "author"}]},
                    "who": {"reference": "urn:uuid:prac-44"}}],
         "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1", "display": "Author's Signature"}],
                        "when": "2026-02-05T16:00:00Z", "who": {"reference": "urn:uuid:prac-44"}}]},
    ]
    (OUT / "y44_ingram_psychotherapy_fhir.json").write_text(json.dumps(fhir_bundle([ent(r) for r in res]), indent=2) + "\n")
    plan("y44_ingram_psychotherapy_fhir.json", "medicare-psychotherapy", "2026-03-13",
         notes="Clean. FHIR R4 Bundle from a psychologist's EHR: ICD-10-CM Condition, Goals with LOINC measure and due dates, "
               "ServiceRequest with CPT 90837, weekly frequency, 60-minute duration and bounds, CarePlan period, Provenance "
               "author signature (PsyD).",
         checks=common_date_checks("2026-02-05", "2026-03-13", sigs=["2026-02-05"], targets=["2026-05-14", "2026-04-16"], dob="1953-11-11"))


def build_ccda():
    cl = npi("158830296")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.43" extension="CP-2026-0043"/>
  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Overall plan of care/advance care directives"/>
  <title>Behavioral Health Treatment Plan</title>
  <effectiveTime value="20260203"/>
  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.4.927" extension="6TG1-MC4-AP09"/>
      <addr use="HP"><streetAddressLine>812 Linden Ct</streetAddressLine><city>Madison</city><state>WI</state><postalCode>53704</postalCode></addr>
      <patient>
        <name use="L"><given>Harriet</given><family>Vandersloot</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19500818"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="20260203"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="{cl}"/>
      <assignedPerson><name><given>Nathaniel</given><family>Osterberg</family><suffix>LMFT</suffix></name></assignedPerson>
      <representedOrganization><name>Prairie Wind Counseling Associates</name></representedOrganization>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.19.5.99999.43"/><name>Prairie Wind Counseling Associates</name></representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator>
    <time value="20260203153000-0600"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{cl}"/>
      <assignedPerson><name><given>Nathaniel</given><family>Osterberg</family><suffix>LMFT</suffix></name></assignedPerson>
    </assignedEntity>
  </legalAuthenticator>
  <documentationOf>
    <serviceEvent classCode="PCPR">
      <effectiveTime><low value="20260203"/><high value="20260731"/></effectiveTime>
    </serviceEvent>
  </documentationOf>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/>
      <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concerns document"/>
      <title>Health Concerns / Diagnoses</title>
      <text><list><item ID="dx1">F33.1 Major depressive disorder, recurrent, moderate</item></list></text>
      <entry><act classCode="ACT" moodCode="EVN">
        <templateId root="2.16.840.1.113883.10.20.22.4.132" extension="2015-08-01"/>
        <code code="75310-3" codeSystem="2.16.840.1.113883.6.1"/>
        <statusCode code="active"/>
        <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">
          <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
          <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
          <text><reference value="#dx1"/></text>
          <statusCode code="completed"/>
          <effectiveTime><low value="20260120"/></effectiveTime>
          <value xsi:type="CD" code="F33.1" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="Major depressive disorder, recurrent, moderate"/>
        </observation></entryRelationship>
      </act></entry>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.60"/>
      <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/>
      <title>Goals</title>
      <text><list>
        <item ID="g1">Harriet will lower her PHQ-9 score from 17 to below 10 by 05/05/2026.</item>
        <item ID="g2">Harriet will do at least 3 planned pleasant activities per week (gardening club, calling her sister, walking) as logged in her activity diary, by 04/07/2026.</item>
      </list></text>
      <entry><observation classCode="OBS" moodCode="GOL">
        <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
        <id root="2.16.840.1.113883.19.5.99999.43.1" extension="g1"/>
        <code code="44261-6" codeSystem="2.16.840.1.113883.6.1" displayName="Patient Health Questionnaire 9 item (PHQ-9) total score"/>
        <text><reference value="#g1"/></text>
        <statusCode code="active"/>
        <effectiveTime value="20260505"/>
        <value xsi:type="IVL_PQ"><high value="10" unit="{{score}}" inclusive="false"/></value>
      </observation></entry>
      <entry><observation classCode="OBS" moodCode="GOL">
        <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
        <id root="2.16.840.1.113883.19.5.99999.43.1" extension="g2"/>
        <code code="58144-7" codeSystem="2.16.840.1.113883.6.1" displayName="Resident's overall goal established during assessment process"/>
        <text><reference value="#g2"/></text>
        <statusCode code="active"/>
        <effectiveTime value="20260407"/>
      </observation></entry>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>
      <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/>
      <title>Interventions</title>
      <text><table border="1"><thead><tr><th>Service</th><th>CPT</th><th>Session length</th><th>Frequency</th><th>Through</th></tr></thead>
        <tbody><tr ID="i1"><td>Individual psychotherapy (CBT, behavioral activation)</td><td>90834</td><td>45 minutes</td><td>Weekly</td><td>07/31/2026</td></tr></tbody></table></text>
      <entry><procedure classCode="PROC" moodCode="INT">
        <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
        <id root="2.16.840.1.113883.19.5.99999.43.2" extension="i1"/>
        <code code="90834" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4" displayName="Psychotherapy, 45 minutes with patient"/>
        <text><reference value="#i1"/></text>
        <statusCode code="active"/>
        <effectiveTime xsi:type="IVL_TS"><low value="20260203"/><high value="20260731"/></effectiveTime>
        <effectiveTime xsi:type="PIVL_TS" institutionSpecified="true" operator="A"><period value="1" unit="wk"/></effectiveTime>
      </procedure></entry>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    (OUT / "y43_prairiewind_careplan_ccda.xml").write_text(xml)
    plan("y43_prairiewind_careplan_ccda.xml", "medicare-psychotherapy", "2026-03-10",
         notes="Clean. C-CDA R2.1 Care Plan: MBI in recordTarget id, ICD-10-CM health concern, two goal observations with "
               "target dates, planned procedure 90834 with weekly PIVL_TS and an end date, 45-minute session length in the "
               "narrative table, legalAuthenticator LMFT with signature time.",
         checks=common_date_checks("2026-02-03", "2026-03-10", sigs=["2026-02-03"], targets=["2026-05-05", "2026-04-07"], dob="1950-08-18")
         + [("period under a year", days("2026-02-03", "2026-07-31") < 365)])


# ----------------------------------------------------------------------------------------------
# labels
# ----------------------------------------------------------------------------------------------
# Finding kinds each profile can report at error or warning on the as-of dates used here (March 2026), read from
# `authcheck profiles show ID --resolved --as-of 2026-03-09` and the profile/rule YAML. Info-only kinds
# (readability everywhere; amount-missing under medicare-outpatient-therapy) are left out.
BASE_KINDS = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
              "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
PROFILE_KINDS = {
    "base-treatment-plan": BASE_KINDS,
    "medicare-psychotherapy": BASE_KINDS | {"credential-missing", "signature-missing", "duration-exceeds-limit",
                                            "duration-missing", "goal-not-measurable", "goal-missing",
                                            "intervention-missing", "objective-not-measurable",
                                            "objective-not-time-bound", "plan-outdated", "amount-missing",
                                            "frequency-missing"},
    "medicare-outpatient-therapy": BASE_KINDS | {"signature-missing", "duration-missing", "goal-not-measurable",
                                                 "goal-missing", "intervention-missing", "credential-not-permitted",
                                                 "signature-late", "plan-late", "review-interval-exceeded",
                                                 "review-overdue", "frequency-missing"},
    "medicare-home-health": BASE_KINDS | {"duration-missing", "goal-not-measurable", "goal-missing",
                                          "intervention-missing", "credential-not-permitted", "signature-missing",
                                          "review-interval-exceeded", "review-overdue", "frequency-missing"},
    "commercial-aba": BASE_KINDS | {"assessment-missing", "assessment-outdated", "caregiver-goal-missing",
                                    "signature-missing", "diagnosis-not-covered", "duration-exceeds-limit",
                                    "baseline-missing", "goal-not-measurable", "goal-missing", "goal-not-time-bound",
                                    "review-date-missing", "review-interval-exceeded", "amount-missing"},
    "pa-55-5200": {"field-missing", "signature-missing", "duration-missing", "goal-missing", "intervention-missing",
                   "objective-missing", "plan-late"},
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


def labels():
    out = []
    for p in PLANS:
        kinds = set(PROFILE_KINDS[p["payer"]])
        for s in p["states"]:
            kinds |= PROFILE_KINDS[s]
        gap_kinds = {k for g in p["gaps"] for k in g}
        for k in gap_kinds:
            assert k in kinds, (p["file"], k)
        mnr = sorted(kinds - gap_kinds - set(p["unsure"]))
        args = ["--payer", p["payer"]]
        for s in p["states"]:
            args += ["--state", s]
        args += ["--as-of", p["as_of"]]
        notes = p["notes"]
        if p["unsure"] and "not judged" not in notes:
            notes += " Not judged (unsure): " + ", ".join(p["unsure"]) + "."
        out.append({"file": p["file"], "check_with": args, "must_report": p["gaps"], "must_not_report": mnr,
                    "notes": notes})
    return out


def main():
    for b in [build_riverbend, build_allegheny, build_reyes, build_okafor, build_lakeshore, build_cedar, build_summit,
              build_brightwater, build_hearth, build_prairie, build_bluesky, build_stepping, build_harbor,
              build_suncoast, build_poppy, build_lonestar, build_yaml, build_fhir_hh, build_fhir_psy, build_ccda]:
        b()
    PLANS.sort(key=lambda p: p["file"])
    files = [p["file"] for p in PLANS]
    assert len(files) == len(set(files))
    prefixes = [f.split("_")[0] for f in files]
    assert prefixes == [f"y{i:02d}" for i in range(1, len(files) + 1)], prefixes
    lab = labels()
    (OUT / "labels.json").write_text(json.dumps(lab, indent=1, ensure_ascii=False) + "\n")
    on_disk = sorted(f.name for f in OUT.iterdir() if f.name.startswith("y"))
    assert on_disk == files, set(on_disk) ^ set(files)
    print(f"{len(files)} plans, {sum(1 for p in PLANS if not p['gaps'])} clean")


if __name__ == "__main__":
    main()
