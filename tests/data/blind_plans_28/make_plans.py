#!/usr/bin/env python3
"""Blind plan set 28 (near misses in both directions): writes every plan file and labels.json.

Run with /work/main/.venv/bin/python make_plans.py. Deterministic: DOCX files are re-zipped with fixed timestamps
and fixed core properties. Everything is invented."""
import json
import os
import datetime as dt
import io
import re
import zipfile
from copy import deepcopy

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

FIXED = dt.datetime(2026, 1, 1, 0, 0, 0)


def D(s):
    return dt.date.fromisoformat(s)


def days(a, b):
    """days from a to b (b - a)"""
    return (D(b) - D(a)).days


def npi(base9):
    base9 = str(base9)
    assert len(base9) == 9 and base9.isdigit()
    digits = "80840" + base9
    total = 0
    # Luhn: double every second digit from the right of the payload (check digit position excluded)
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return base9 + str((10 - total % 10) % 10)


def npi_ok(n):
    digits = "80840" + n
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d_ = int(ch)
        if i % 2 == 1:
            d_ *= 2
            if d_ > 9:
                d_ -= 9
        total += d_
    return total % 10 == 0


_REV = [0]


def _rev_id():
    _REV[0] += 1
    return str(_REV[0])


TOKEN = re.compile(r"(\*\*.+?\*\*|~~.+?~~|\{-.+?-\}|\{\+.+?\+\}|__.+?__)")


class Doc:
    """Thin wrapper over python-docx with run markup:
    **bold**  ~~strike~~  {-tracked deletion-}  {+tracked insertion+}  __underline__"""

    def __init__(self, font="Calibri", size=11, margins=None):
        self.d = docx.Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        self.sec = self.d.sections[0]

    # ---- runs -------------------------------------------------------
    def runs(self, p, text, bold=False, italic=False, size=None, caps=False):
        for part in TOKEN.split(text):
            if not part:
                continue
            if part.startswith("**"):
                r = p.add_run(part[2:-2]); r.bold = True
            elif part.startswith("~~"):
                r = p.add_run(part[2:-2]); r.font.strike = True
            elif part.startswith("__"):
                r = p.add_run(part[2:-2]); r.underline = True
            elif part.startswith("{-"):
                self._tracked(p, part[2:-2], "w:del")
                continue
            elif part.startswith("{+"):
                self._tracked(p, part[2:-2], "w:ins")
                continue
            else:
                r = p.add_run(part)
                if bold:
                    r.bold = True
            if italic:
                r.italic = True
            if size:
                r.font.size = Pt(size)
            if caps:
                r.font.all_caps = True
        return p

    def _tracked(self, p, text, tag):
        el = OxmlElement(tag)
        el.set(qn("w:id"), _rev_id())
        el.set(qn("w:author"), "K. Ortega")
        el.set(qn("w:date"), "2026-01-02T09:00:00Z")
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if tag == "w:del" else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        el.append(r)
        p._p.append(el)

    # ---- blocks -----------------------------------------------------
    def p(self, text="", bold=False, italic=False, size=None, style=None, align=None, caps=False):
        par = self.d.add_paragraph(style=style)
        self.runs(par, text, bold=bold, italic=italic, size=size, caps=caps)
        if align is not None:
            par.alignment = align
        return par

    def h(self, text, level=1):
        return self.d.add_heading(text, level=level)

    def lst(self, items, numbered=False):
        for it in items:
            self.p(it, style="List Number" if numbered else "List Bullet")

    def br(self):
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(self, rows, header=True, widths=None, style="Table Grid", bold_first_col=False):
        t = self.d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        if style:
            t.style = style
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                self.cell(c, val, bold=(header and i == 0) or (bold_first_col and j == 0))
        return t

    def cell(self, c, val, bold=False):
        lines = val if isinstance(val, list) else [val]
        par = c.paragraphs[0]
        for k, line in enumerate(lines):
            if k:
                par = c.add_paragraph()
            self.runs(par, line, bold=bold)

    def fields(self, pairs, sep=": ", bold_label=True):
        for lab, val in pairs:
            par = self.d.add_paragraph()
            r = par.add_run(lab + sep)
            r.bold = bold_label
            self.runs(par, val)

    def sdt_field(self, label, value, tag="field"):
        """Label, then the value inside an inline content control."""
        par = self.d.add_paragraph()
        r = par.add_run(label + " ")
        r.bold = True
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        al = OxmlElement("w:alias"); al.set(qn("w:val"), label.rstrip(":"))
        tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag)
        pr.append(al); pr.append(tg)
        content = OxmlElement("w:sdtContent")
        rr = OxmlElement("w:r")
        t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = value
        rr.append(t)
        content.append(rr)
        sdt.append(pr); sdt.append(content)
        par._p.append(sdt)
        return par

    def merge_row(self, t, i):
        row = t.rows[i]
        a = row.cells[0]
        b = row.cells[len(row.cells) - 1]
        txt = a.text
        m = a.merge(b)
        # keep only the first cell's text
        for par in m.paragraphs[1:]:
            par._p.getparent().remove(par._p)
        return m

    def header(self, text):
        hp = self.sec.header.paragraphs[0]
        self.runs(hp, text, size=8)

    def footer(self, text):
        fp = self.sec.footer.paragraphs[0]
        self.runs(fp, text, size=8)

    def comment(self, par, text, author="QA Reviewer"):
        if par.runs:
            self.d.add_comment(par.runs, text=text, author=author, initials="QA")

    def shade(self, cell, fill="D9D9D9"):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    # ---- output -----------------------------------------------------
    def save(self, path, title="Treatment Plan"):
        cp = self.d.core_properties
        cp.author = "Clinical Records"
        cp.last_modified_by = "Clinical Records"
        cp.title = title
        cp.created = FIXED
        cp.modified = FIXED
        cp.last_printed = FIXED
        cp.revision = 1
        buf = io.BytesIO()
        self.d.save(buf)
        stable_zip(buf.getvalue(), path)


def stable_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            content = zin.read(name)
            if name.endswith(".xml") or name.endswith(".rels"):
                content = re.sub(rb'w:date="[^"]*"', b'w:date="2026-01-02T09:00:00Z"', content)
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, content)
    with open(path, "wb") as f:
        f.write(out.getvalue())
# ---------------------------------------------------------------- labels and self-checks
BASE_K = ["field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
          "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"]
KINDS = {
    "medicare-psychotherapy": BASE_K + ["credential-missing", "signature-missing", "duration-exceeds-limit",
        "duration-missing", "goal-not-measurable", "goal-missing", "intervention-missing",
        "objective-not-measurable", "objective-not-time-bound", "plan-outdated", "amount-missing",
        "frequency-missing"],
    "base-treatment-plan": BASE_K,
    "medicare-outpatient-therapy": BASE_K + ["signature-missing", "duration-missing", "goal-not-measurable",
        "goal-missing", "intervention-missing", "credential-not-permitted", "signature-late", "plan-late",
        "review-interval-exceeded", "review-overdue", "frequency-missing"],
    "medicare-home-health": BASE_K + ["duration-missing", "goal-not-measurable", "goal-missing",
        "intervention-missing", "credential-not-permitted", "signature-missing", "review-interval-exceeded",
        "review-overdue", "frequency-missing"],
    "commercial-aba": BASE_K + ["assessment-missing", "assessment-outdated", "caregiver-goal-missing",
        "signature-missing", "diagnosis-not-covered", "duration-exceeds-limit", "baseline-missing",
        "goal-not-measurable", "goal-missing", "goal-not-time-bound", "review-date-missing",
        "review-interval-exceeded", "amount-missing"],
    "pa-55-5200": ["field-missing", "signature-missing", "duration-missing", "goal-missing",
        "intervention-missing", "objective-missing", "plan-late"],
    "tx-26tac-564": ["signature-missing", "duration-missing", "goal-missing", "intervention-missing",
        "objective-not-measurable", "objective-missing", "objective-not-time-bound", "frequency-missing"],
    "fl-65d-30": ["field-missing", "signature-missing", "goal-missing", "intervention-missing",
        "objective-not-measurable", "objective-missing", "objective-not-time-bound", "plan-late",
        "frequency-missing", "signature-late"],
    "ny-oasas-818": ["field-missing", "signature-missing", "diagnosis-missing", "goal-missing",
        "intervention-missing", "signature-late", "plan-late"],
    "ca-title9-ntp": ["field-missing", "signature-missing", "goal-missing", "objective-missing",
        "objective-not-time-bound", "signature-late", "plan-late", "review-date-missing",
        "review-interval-exceeded", "review-overdue"],
}
DATE_KINDS = {"date-inconsistent", "plan-outdated", "duration-exceeds-limit", "plan-late", "signature-late",
              "review-interval-exceeded", "review-overdue", "assessment-outdated"}
FL_LEVEL_DAYS = {"residential level 2": 15, "residential level 1": 7, "intensive inpatient": 3,
                 "day or night treatment": 10}


def add_months(d, m):
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def date_kinds(payer, states, f):
    """What the documented rules say about the plan's dates (facts dict f)."""
    out = set()
    g = f.get
    plan, asof = g("plan"), g("as_of")
    sigs = g("sigs", [])
    # dates-consistent (base)
    if plan:
        for t in g("targets", []):
            if D(t) < D(plan):
                out.add("date-inconsistent")
        for role, sd in sigs:
            if sd and D(sd) < D(plan):
                out.add("date-inconsistent")
        for r in g("next", []):
            if D(r) < D(plan):
                out.add("date-inconsistent")
        if g("adm") and D(g("adm")) > D(plan):
            out.add("date-inconsistent")
    for role, sd in sigs:
        if sd and D(sd) > D(asof):
            out.add("date-inconsistent")
    if g("pstart") and g("pend") and D(g("pend")) < D(g("pstart")):
        out.add("date-inconsistent")

    def sig(role):
        return [sd for r, sd in sigs if r == role and sd]

    if payer == "medicare-psychotherapy":
        ref = max([plan] + g("done", [])) if plan else None
        if ref and days(ref, asof) > 365:
            out.add("plan-outdated")
        if g("dur_days") is not None and g("dur_days") >= 365:
            out.add("duration-exceeds-limit")
    if payer == "medicare-outpatient-therapy":
        ftx = g("ftx")
        if plan and ftx and days(ftx, plan) > 0:
            out.add("plan-late")
        for sd in sig("physician"):
            if days(ftx, sd) > 30:
                out.add("signature-late")
        nxt = sorted(g("next", []) + ([g("pend")] if g("pend") else []))
        if nxt and days(ftx or plan, nxt[0]) > 90:
            out.add("review-interval-exceeded")
        if (g("pend") and D(asof) > D(g("pend"))) or any(D(r) < D(asof) for r in g("next", [])):
            out.add("review-overdue")
    if payer == "medicare-home-health":
        anchor = g("ftx") or plan or g("pstart")
        nxt = sorted(g("next", []) + ([g("pend")] if g("pend") else []))
        if nxt and days(anchor, nxt[0]) > 60:
            out.add("review-interval-exceeded")
        if (g("pend") and D(asof) > D(g("pend"))) or any(D(r) < D(asof) for r in g("next", [])):
            out.add("review-overdue")
    if payer == "commercial-aba":
        if g("assess") and days(g("assess"), plan) > 365:
            out.add("assessment-outdated")
        if g("pstart") and g("pend") and D(g("pend")) > add_months(D(g("pstart")), 6):
            out.add("duration-exceeds-limit")
        if g("next") and days(plan, min(g("next"))) > 184:
            out.add("review-interval-exceeded")
    for st in states:
        if st == "pa-55-5200" and days(g("adm"), plan) > 30:
            out.add("plan-late")
        if st == "fl-65d-30":
            if days(g("adm"), plan) > FL_LEVEL_DAYS[g("level").lower()]:
                out.add("plan-late")
            for sd in sig("supervisor"):
                if days(plan, sd) > 10:
                    out.add("signature-late")
        if st == "ny-oasas-818":
            if days(g("adm"), plan) > 7:
                out.add("plan-late")
            for sd in sig("physician"):
                if days(g("adm"), sd) > 10:
                    out.add("signature-late")
        if st == "ca-title9-ntp":
            if days(g("adm"), plan) > 28:
                out.add("plan-late")
            if g("next") and days(g("adm"), min(g("next"))) > 92:
                out.add("review-interval-exceeded")
            if any(D(r) < D(asof) for r in g("next", [])):
                out.add("review-overdue")
            for sd in sig("supervisor") + sig("physician"):
                if days(plan, sd) > 14:
                    out.add("signature-late")
    return out


LABELS = []


def label(file, payer, as_of, gaps, notes, facts, states=(), unsure=(), fmt="docx"):
    states = list(states)
    kinds = set(KINDS[payer])
    for s in states:
        kinds |= set(KINDS[s])
    gap_kinds = {k for g in gaps for k in g}
    facts = dict(facts, as_of=as_of)
    got = date_kinds(payer, states, facts)
    want = {k for g in gaps for k in g if k in DATE_KINDS}
    assert got == want, (file, got, want)
    for u in unsure:
        assert u in kinds, (file, u)
    cw = ["--payer", payer]
    for s in states:
        cw += ["--state", s]
    cw += ["--as-of", as_of]
    LABELS.append({
        "file": file,
        "check_with": cw,
        "must_report": [sorted(g) for g in gaps],
        "must_not_report": sorted(kinds - gap_kinds - set(unsure)),
        "notes": notes + (" Left out of must_not_report (unsure): " + ", ".join(sorted(unsure)) + "." if unsure else ""),
        "_fmt": fmt, "_payer": payer, "_states": states,
    })


# ---------------------------------------------------------------- shared content
BOILER_CRISIS = ("If you are in crisis, call or text 988 (Suicide & Crisis Lifeline), call 911, or go to the "
                 "nearest emergency department. After-hours on-call clinician: 555-0199.")
BOILER_CONSENT = ("I participated in developing this plan. I understand that I may request changes at any time, "
                  "that I may refuse any part of treatment, and that information in this plan is protected under "
                  "42 CFR Part 2 and HIPAA and will not be released without my written consent except as allowed by law.")
BOILER_RIGHTS = ("A copy of the Client Rights and Grievance Procedure was offered. Grievances may be filed with the "
                 "Program Director in writing or by phone (555-0140). Retaliation for filing a grievance is prohibited.")


def psy_dep(t1, t2, t3):
    return [
        ("Reduce depressive symptoms so that client can return to part-time volunteer work.", [
            ("Client will reduce the PHQ-9 total score from 18 (intake) to 9 or below.", t1),
            ("Client will schedule and complete at least 3 pleasant or valued activities per week, recorded in an activity log.", t2)]),
        ("Restore a regular sleep pattern.", [
            ("Client will sleep at least 6 hours on 5 of 7 nights, as recorded in a sleep diary.", t3)]),
    ]


def psy_anx(t1, t2, t3):
    return [
        ("Decrease worry and physical anxiety that keep client from driving and shopping alone.", [
            ("Client will lower the GAD-7 score from 16 to 7 or less.", t1),
            ("Client will use one of two practiced coping skills (paced breathing, worry postponement) in at least 4 of 5 anxious episodes logged each week.", t2)]),
        ("Resume independent errands.", [
            ("Client will drive alone to the grocery store 2 times per week with a self-rated distress (SUDS) of 40 or lower.", t3)]),
    ]


def psy_ptsd(t1, t2, t3):
    return [
        ("Reduce trauma-related symptoms (nightmares, avoidance, hypervigilance).", [
            ("Client will reduce PCL-5 total from 52 to below 33.", t1),
            ("Client will report nightmares on 2 or fewer nights per week (baseline 5) on the weekly sleep log.", t2)]),
        ("Reconnect with family activities avoided since the accident.", [
            ("Client will attend at least 2 family outings per month without leaving early.", t3)]),
    ]
# ---------------------------------------------------------------- Medicare psychotherapy (DOCX)
PSY = "medicare-psychotherapy"


def goals_outline(doc, goals, style="num", tlabel="Target date"):
    for gi, (gs, objs) in enumerate(goals, 1):
        if style == "num":
            doc.p(f"**Goal {gi}.** {gs}")
            for oi, (os_, t) in enumerate(objs):
                doc.p(f"    Objective {gi}{'abc'[oi]}: {os_}  ({tlabel}: {t})")
        elif style == "ltg":
            doc.p(f"LTG #{gi}: {gs}", bold=True)
            for oi, (os_, t) in enumerate(objs, 1):
                doc.p(f"STG {gi}.{oi} - {os_} Target: {t}", style="List Bullet")


def e01(path):
    d = Doc()
    d.p("NORTHFIELD PSYCHOTHERAPY GROUP", bold=True, size=14)
    d.p("2210 Cedar Row, Suite 4 · Harlan, OH 44000 · 555-0110")
    d.h("Individual Treatment Plan", 1)
    t = d.table([["Client", "Renata Pike", "DOB", "07/19/1956"],
                 ["Medicare ID", "5KJ2-WT8-NP41", "Plan date", "02/11/2026"],
                 ["Therapist", "Owen Sallow, LCSW", "NPI", npi("174300218")]], header=False)
    d.h("Diagnosis", 2)
    d.p("F33.1  Major depressive disorder, recurrent, moderate (primary)")
    d.h("Goals and Objectives", 2)
    goals_outline(d, psy_dep("05/11/2026", "04/11/2026", "04/11/2026"))
    d.h("Services", 2)
    d.table([["Service", "CPT", "Session length", "Frequency", "Duration"],
             ["Individual psychotherapy (CBT, behavioral activation)", "90834", "45 minutes", "weekly", "6 months"]])
    d.h("Client Participation", 2)
    d.p(BOILER_CONSENT)
    d.p("")
    d.p("__Owen Sallow, LCSW__\t\t\t\t__Renata Pike          02/11/2026__")
    d.p("Therapist signature\t\t\t\t\tClient signature / date", size=9)
    d.p(BOILER_CRISIS, italic=True, size=9)
    d.save(path)
    label("e01_northfield_itp.docx", PSY, "2026-03-10", [["signature-missing"]],
          "Therapist's name and credential are typed on the signature line with no date; the only date on that line is "
          "under the client's caption. Header grid table, headings, services table, side-by-side signature line.",
          dict(plan="2026-02-11", targets=["2026-05-11", "2026-04-11"], dur_days=181, sigs=[("client", "2026-02-11")]))


def e02(path):
    d = Doc(font="Georgia")
    d.header("Birchwater Counseling Associates · Licensed Psychologists (PhD, PsyD) · LCSW · LPC · LMFT")
    d.h("Birchwater Counseling Associates", 0)
    d.p("Outpatient Treatment Plan", bold=True)
    d.table([["Member name", "Ansel Corby"], ["Date of birth", "March 2, 1951"], ["MBI", "2RF6-JD3-HX07"],
             ["Date plan established", "February 5, 2026"], ["Treating clinician", "Nora Quill"]], header=False)
    d.h("Diagnoses", 1)
    d.table([["ICD-10-CM", "Description", "Primary"], ["F41.1", "Generalized anxiety disorder", "Yes"]])
    d.h("Goals", 1)
    rows = [["#", "Goal", "Objective", "Target date"]]
    for gi, (gs, objs) in enumerate(psy_anx("05/05/2026", "04/05/2026", "05/05/2026"), 1):
        for oi, (os_, tt) in enumerate(objs):
            rows.append([str(gi) if oi == 0 else "", gs if oi == 0 else "", os_, tt])
    d.table(rows)
    d.h("Treatment", 1)
    d.p("Modality: individual cognitive behavioral therapy with graded exposure. CPT 90837, 53+ minutes per session, "
        "once a week, for an expected duration of 20 weeks.")
    d.h("Signatures", 1)
    d.p("Electronically signed by Nora Quill on 02/05/2026 10:41 AM (treating clinician)")
    d.p("Clinical supervisor review: Dr. Amos Rell, PsyD, Clinical Director, reviewed 02/06/2026 09:15 AM")
    d.footer("Birchwater Counseling Associates | Tax ID 00-0000000 | Group NPI " + npi("160055512"))
    d.save(path)
    label("e02_birchwater_otp.docx", PSY, "2026-03-02", [["credential-missing"]],
          "The treating clinician's e-signature has no credential; credentials appear only in the letterhead and on the "
          "supervisor's review line. Word headings, two-column form table, goals table, treatment in one sentence.",
          dict(plan="2026-02-05", targets=["2026-05-05", "2026-04-05"], dur_days=140,
               sigs=[("clinician", "2026-02-05"), ("supervisor", "2026-02-06")]))


def e03(path):
    d = Doc()
    d.p("Meadowgate Behavioral Health - Treatment Plan", bold=True, size=13)
    d.fields([("Client", "Hollis Brandvold"), ("DOB", "11/30/1949"), ("Medicare #", "7MA3-GH9-TK25"),
              ("Plan Date", "01/27/2026")])
    d.p("PROBLEM / DIAGNOSIS", bold=True)
    d.p("Adjustment disorder with mixed anxiety and depressed mood (F43.23), following relocation to assisted living.")
    d.p("GOALS & OBJECTIVES", bold=True)
    goals_outline(d, [
        ("Adjust to the new residence with a stable mood.", [
            ("Hollis will reduce his PHQ-9 score from 14 to below 8.", "04/27/2026"),
            ("Hollis will take part in at least 2 scheduled community activities per week at the residence.", "03/27/2026")]),
        ("Manage worry about finances.", [
            ("Hollis will complete a written monthly budget with his daughter and review it 1 time per week.", "03/27/2026")]),
    ], style="ltg")
    d.p("TREATMENT / SERVICES", bold=True)
    d.table([["Service", "CPT", "Length", "Frequency", "Provider"],
             ["Individual psychotherapy (supportive, problem-solving therapy)", "90834", "45 min", "see below", "M. Ferreira, LPC"]])
    d.p("Frequency: medication management visits monthly with Dr. Tal Oren, PMHNP (outside prescriber; not part of this request).")
    d.p("Expected duration: 16 weeks (through 05/19/2026).")
    d.p("SIGNATURES", bold=True)
    d.p("Clinician: Marisol Ferreira, LPC     Date: 01/27/2026")
    d.p("Client: Hollis Brandvold     Date: 01/27/2026")
    d.save(path)
    label("e03_meadowgate_plan.docx", PSY, "2026-02-23", [["frequency-missing"]],
          "The psychotherapy row says 'see below' for frequency; the only frequency below is for medication management by an "
          "outside prescriber, not the requested 90834. Bold-paragraph headings, LTG/STG bullets, services table.",
          dict(plan="2026-01-27", targets=["2026-04-27", "2026-03-27"], dur_days=112,
               sigs=[("clinician", "2026-01-27"), ("client", "2026-01-27")]))


def e04(path):
    d = Doc(font="Courier New", size=10)
    d.p("RIVERBEND CLINIC EHR - TREATMENT PLAN REPORT", bold=True)
    d.p("=" * 60)
    for lab, val in [("PATIENT NAME", "DELACROIX, MAUREEN"), ("DATE OF BIRTH", "04/02/1954"),
                     ("INSURANCE ID", "9PL8-ZC4-WU63"), ("PLAN ESTABLISHED", "2026-02-02"),
                     ("PRIMARY DX", "F43.12 POST-TRAUMATIC STRESS DISORDER, CHRONIC")]:
        d.p(f"{lab}:\t{val}")
    d.p("-" * 60)
    d.p("TREATMENT GOALS")
    for gi, (gs, objs) in enumerate(psy_ptsd("within 12 weeks", "within 8 weeks", "within 12 weeks"), 1):
        d.p(f"{gi}. {gs.upper()}")
        for oi, (os_, t) in enumerate(objs):
            d.p(f"   {gi}.{oi+1} {os_} TIMEFRAME: {t.upper()}")
    d.p("-" * 60)
    d.p("INTERVENTIONS")
    d.p("CPT 90837 INDIVIDUAL PSYCHOTHERAPY (CPT-PTSD PROTOCOL) - 60 MIN - 1X WEEKLY - CLINICIAN: S. VANCE, LISW")
    d.p("ESTIMATED LENGTH OF TREATMENT:\tONGOING - UNTIL TREATMENT GOALS ARE MET")
    d.p("PLAN REVIEW:\tEVERY 90 DAYS OR SOONER AS CLINICALLY INDICATED")
    d.p("-" * 60)
    d.p("SIGNED: SAMUEL VANCE, LISW  02/02/2026 15:32  (ELECTRONIC)")
    d.p("*** END OF REPORT ***  PAGE 1 OF 1")
    d.save(path)
    label("e04_riverbend_export.docx", PSY, "2026-03-30", [["duration-missing"]],
          "Length of treatment is only 'ongoing - until treatment goals are met'; the 90-day review line and the objective "
          "time frames are not a duration. Monospace EHR export in capitals, tab-separated labels.",
          dict(plan="2026-02-02", sigs=[("clinician", "2026-02-02")]))


def e05(path):
    d = Doc()
    d.h("Psychotherapy Treatment Plan", 0)
    d.sdt_field("Individual served:", "Thaddeus Morrow", "client")
    d.sdt_field("Birth date:", "1957-09-14", "dob")
    d.sdt_field("Medicare Beneficiary ID:", "3XN5-KE2-QD89", "mbi")
    d.sdt_field("Plan date:", "2026-02-16", "plandate")
    d.h("Clinical Summary", 1)
    d.p("Mr. Morrow is a 68-year-old retired machinist referred by his primary care physician after the death of his wife "
        "in 2025. He reports low mood, loss of interest, early waking and withdrawal from his church community.")
    d.p("Diagnostic history: F41.1 Generalized anxiety disorder (diagnosed 2019; in full remission, not a focus of this episode).")
    d.h("Current Diagnosis", 1)
    d.p("Major depressive disorder, recurrent, moderate - primary")
    d.h("Goals", 1)
    goals_outline(d, psy_dep("2026-05-18", "2026-04-13", "2026-04-13"))
    d.h("Plan of Treatment", 1)
    d.table([["Type", "Amount", "Frequency", "Expected duration"],
             ["Individual psychotherapy, CPT 90834 (CBT; grief work)", "45 min", "weekly", "24 weeks"]])
    d.h("Signature", 1)
    d.p("Clinician: Felicity Arden, LPCC   /s/ F. Arden   Date: 2026-02-16")
    d.save(path)
    label("e05_morrow_psychotherapy.docx", PSY, "2026-03-16", [["diagnosis-code-missing"]],
          "The current diagnosis is written in words only; the only ICD-10-CM code is in a diagnostic-history line for a "
          "remitted past diagnosis. Content controls around identifiers, headings, narrative summary.",
          dict(plan="2026-02-16", targets=["2026-05-18", "2026-04-13"], dur_days=168, sigs=[("clinician", "2026-02-16")]))


def e06(path):
    d = Doc()
    d.p("SILVER OAKS SENIOR COUNSELING", bold=True, align=1)
    d.p("Plan of Care - Outpatient Psychotherapy", align=1)
    d.table([["Consumer: Edwina Larkspur", "DOB: 06/08/1957", "Medicare ID: 6HT1-MM4-CV30"],
             ["Plan date: 03/04/2026", "Clinician: Jonah Pell, LMHC", "Location: Silver Oaks Center, Bldg B"]], header=False)
    d.p("Diagnosis: F32.1 Major depressive disorder, single episode, moderate", bold=True)
    d.p("Goal 1: Lift depressed mood after retirement and the move to a new city.", bold=True)
    d.p("Objective 1a: Edwina will reduce her PHQ-9 score from 16 to 8 or less by 06/03/2026.")
    d.p("Objective 1b: Edwina will call the peer warmline at 1-855-555-0134 when she notices early warning signs, by 05/01/2026.")
    d.p("Goal 2: Increase social contact.", bold=True)
    d.p("Objective 2a: Edwina, 68, will feel more connected by spending time with others in Room 214 of the senior center by 04/15/2026.")
    d.p("Objective 2b: Edwina will have at least 2 phone or in-person contacts with friends or family per week, per her weekly log, by 05/01/2026.")
    d.p("Services: Individual psychotherapy (CPT 90834), 45-minute sessions, weekly, for 6 months.", bold=False)
    d.p("Clinician signature: Jonah Pell, LMHC    Date: 03/04/2026")
    d.p(BOILER_CRISIS, size=9, italic=True)
    d.save(path)
    label("e06_silveroaks_poc.docx", PSY, "2026-04-06", [["objective-not-measurable"]],
          "Objectives 1b and 2a carry numbers that are not measures (a warmline phone number, an age, a room number) and "
          "state no level to reach; each goal keeps one measurable objective. Three-column header table, bold goal lines.",
          dict(plan="2026-03-04", targets=["2026-06-03", "2026-05-01", "2026-04-15"], dur_days=183,
               sigs=[("clinician", "2026-03-04")]))


def e07(path):
    d = Doc()
    d.header("02/27/2026 14:03   FAX 555-0177   LAKEVIEW BEHAVIORAL   P.002/004")
    d.footer("Printed 02/27/2026 2:01 PM by mlopez - Lakeview Behavioral - CONFIDENTIAL")
    d.p("Lakeview Behavioral - Master Treatment Plan", bold=True, size=14)
    d.table([["Client name", "Ulla Brandt"], ["DOB", "12/03/1952"], ["Member ID (Medicare)", "8WC2-PF7-YB16"],
             ["Clinician", "Gideon Marsh, LMFT"]], header=False)
    d.p("Diagnosis", bold=True)
    d.p("F43.10 Post-traumatic stress disorder, unspecified")
    d.p("Goals / Objectives", bold=True)
    for gi, (gs, objs) in enumerate(psy_ptsd("06/01/2026", "05/01/2026", "06/01/2026"), 1):
        d.p(f"{gi}) {gs}")
        for os_, t in objs:
            d.p(f"- {os_} by {t}")
    d.p("Services", bold=True)
    d.p("Individual psychotherapy 90837 (prolonged exposure), 60 minutes, 1x per week, anticipated 16 weeks.")
    d.p("Therapist signature: /s/ Gideon Marsh, LMFT          Date: ____________")
    d.save(path)
    label("e07_lakeview_faxed.docx", PSY, "2026-03-09", [["field-missing"], ["signature-missing"]],
          "No plan date anywhere: the only dates near the top and bottom are a fax header stamp and a print timestamp in the "
          "footer; the therapist's /s/ signature has an empty date blank. Form table, bold titles, dash lists.",
          dict(plan=None, sigs=[]))


def e08(path):
    d = Doc()
    d.h("Cornerstone Counseling - Individual Treatment Plan", 1)
    d.sdt_field("Client:", "Wendell Oyelaran", "client")
    d.sdt_field("DOB:", "02/25/1955", "dob")
    d.sdt_field("Medicare Beneficiary Identifier:", "1QR7-HB5-EN52", "mbi")
    d.p("**Plan Date:** {-01/05/2026-}{+01/12/2026+}")
    d.h("Diagnosis", 2)
    d.p("F41.1 Generalized anxiety disorder")
    d.h("Goals and Measurable Objectives", 2)
    goals_outline(d, psy_anx("04/13/2026", "03/16/2026", "04/13/2026"))
    d.h("Interventions", 2)
    d.p("CBT with worry exposure and applied relaxation - individual psychotherapy, CPT 90834, 45 minutes, "
        "weekly. Expected duration of treatment: 6 months.")
    d.h("Signatures", 2)
    d.table([["Role", "Name", "Signature", "Date"],
             ["Therapist", "Leona Strand, LCSW", "/s/ Leona Strand, LCSW", "01/12/2026"],
             ["Client", "Wendell Oyelaran", "/s/ W. Oyelaran", "01/12/2026"],
             ["Parent/Guardian", "", "", ""],
             ["Supervisor co-signature", "Not required - independently licensed clinician", "", ""]])
    d.save(path)
    label("e08_cornerstone_itp.docx", PSY, "2026-04-02", [],
          "Clean. Decoys: the plan date has a tracked deletion of an old date beside the current one; a blank "
          "Parent/Guardian row on an adult's plan; a supervisor row marked 'not required'. Content controls for identifiers.",
          dict(plan="2026-01-12", targets=["2026-04-13", "2026-03-16"], dur_days=181,
               sigs=[("clinician", "2026-01-12"), ("client", "2026-01-12")]))


def e09(path):
    d = Doc(font="Cambria")
    d.p("Hawthorne Trauma Recovery Practice", bold=True, size=13)
    d.p("Treatment Plan - narrative format", italic=True)
    d.p("Re: Celestine Hale, born October 9, 1950. Medicare beneficiary identifier 4DN9-UR3-PL74.")
    d.p("This treatment plan was established on March 3rd, 2026, following the diagnostic evaluation completed on "
        "February 24th, 2026. Ms. Hale meets criteria for post-traumatic stress disorder, chronic (F43.12), related to "
        "a house fire in 2023.")
    d.p("Goals. Our first goal is to reduce trauma-related symptoms: Ms. Hale will reduce her PCL-5 total from 52 to "
        "below 33 by June 30th, 2026, and will report nightmares on 2 or fewer nights per week (baseline 5) by May 31st, "
        "2026. Our second goal is to reconnect with family activities: she will attend at least 2 family outings per "
        "month without leaving early by June 30th, 2026.")
    d.p("Treatment. She will be seen for individual trauma-focused psychotherapy (cognitive processing therapy), CPT "
        "90837, sessions of 53 to 60 minutes, every other week, through 08/31/2026.")
    d.p("Electronically signed: Priya Anand, PsyD, Licensed Psychologist - 03/03/2026 16:20")
    d.footer("Billing reference: 90791 on 02/24/2026 billed with F43.10 (provisional) - Hawthorne Trauma Recovery Practice")
    d.save(path)
    label("e09_hawthorne_narrative.docx", PSY, "2026-05-12", [],
          "Clean, all narrative: dates in words with ordinals, code in parentheses, 'every other week', duration as an end "
          "date. Decoy: a billing footer with another (provisional) code for the evaluation visit.",
          dict(plan="2026-03-03", targets=["2026-06-30", "2026-05-31"], dur_days=181, sigs=[("clinician", "2026-03-03")]))


def e10(path):
    d = Doc()
    t = d.table([["WILLOWBROOK OUTPATIENT SERVICES - TREATMENT PLAN", ""],
                 ["Client: Dorothea Kimani", "Date of Birth: 08/21/1958"],
                 ["Medicare ID: 5BV3-CL8-RT90", "Intake date: 02/02/2026"],
                 ["Plan date: 02/20/2026", "Clinician: Carla Wynn, LPC"],
                 ["DIAGNOSIS", ""],
                 ["F34.1 Persistent depressive disorder (dysthymia)", ""],
                 ["GOALS AND OBJECTIVES", ""]], header=False)
    for i in (0, 4, 6):
        d.merge_row(t, i)
    d.shade(t.cell(0, 0)); d.shade(t.cell(4, 0)); d.shade(t.cell(6, 0))
    goals_outline(d, [
        ("Reduce chronic low mood.", [
            ("Dorothea will reduce her BDI-II score from 27 to 14 or lower.", "05/20/2026"),
            ("Dorothea will identify and challenge 2 negative automatic thoughts per day on a thought record, 5 days a week.", "04/20/2026")]),
        ("Rebuild daily structure.", [
            ("Dorothea will follow a written daily schedule on at least 5 of 7 days per week.", "04/20/2026")]),
    ])
    d.table([["Service", "Code", "Minutes", "How often", "How long"],
             ["Individual psychotherapy", "90834", "45", "2x/month", "6 months"]])
    d.p("")
    d.p("Signed by Carla Wynn, LPC on 02/02/2026", italic=True)
    d.save(path)
    label("e10_willowbrook_merged.docx", PSY, "2026-03-23", [["date-inconsistent"]],
          "The clinician's signature is dated 02/02/2026, the intake date, 18 days before the plan date 02/20/2026. Merged "
          "shaded section rows in a layout table, outline goals, services table.",
          dict(plan="2026-02-20", targets=["2026-05-20", "2026-04-20"], dur_days=181, sigs=[("clinician", "2026-02-02")]))


def e11(path):
    d = Doc()
    d.h("Treatment Plan", 0)
    d.table([["Pt", "Beatrix Hollowell"], ["DOB", "1953-01-30"], ["MBI", "7TR4-AJ6-WX21"],
             ["Plan effective", "2026-01-14"], ["Program", "Outpatient psychotherapy"]], header=False)
    d.h("History of Treatment", 2)
    d.p("Previous plan dated 01/10/2025; plan reviewed 07/08/2025; closed 12/15/2025 on relocation. Re-admitted 01/06/2026.")
    d.h("Diagnosis", 2)
    d.p("F31.81 Bipolar II disorder, current episode depressed (stable on lithium per PCP).")
    d.h("Goals / Objectives", 2)
    rows = [["Goal", "Objective", "By"]]
    rows += [["Stabilize mood", "Beatrix will keep a daily mood chart on at least 6 of 7 days per week.", "2026-03-14"],
             ["", "Beatrix will reduce her PHQ-9 from 15 to 7 or below.", "2026-04-14"],
             ["Early warning signs", "Beatrix will list 3 personal early warning signs of hypomania and 3 actions for each in a written relapse plan.", "2026-02-28"]]
    d.table(rows)
    d.h("Modality / Frequency", 2)
    par = d.p("Individual psychotherapy (IPSRT), CPT 90834, 45 min, ~~weekly~~ 2x/month. Duration: 26 weeks.")
    d.comment(par, "Reduced from weekly at client's request (transport). TW")
    d.h("Authentication", 2)
    d.table([["Electronically signed by Tomasz Wren, LPC on 01/14/2026 at 4:12 PM (rendering clinician)"],
             ["Client acknowledged plan in session 01/14/2026 - copy given"]], header=False)
    d.save(path)
    label("e11_wren_ehr.docx", PSY, "2026-04-20", [],
          "Clean. Decoys: history section with the previous plan's date and review date; struck-out old frequency beside "
          "the current one, with a Word comment on it. Title, form table, goals table with continuation rows, e-signature stamp in a table.",
          dict(plan="2026-01-14", targets=["2026-03-14", "2026-04-14", "2026-02-28"], dur_days=182,
               sigs=[("clinician", "2026-01-14")]))


def e14(path):
    d = Doc()
    d.p("Pinecrest Counseling Center", bold=True, size=14)
    d.p("TREATMENT PLAN", bold=True)
    d.fields([("Name", "Gustav Leclair"), ("D.O.B.", "5/5/1948"), ("Medicare No.", "2HM8-VN1-EK47"),
              ("Date of plan", "1/8/2025")], bold_label=False)
    d.p("Dx: F42.2 Mixed obsessional thoughts and acts")
    d.p("Goal: Reduce time spent on checking rituals.", bold=True)
    d.lst(["Gustav will reduce Y-BOCS total from 26 to 15 or below by 7/8/2025.",
           "Gustav will cut checking of locks and stove from 90 to 20 minutes or less per day, per self-monitoring log, by 5/8/2025."], numbered=True)
    d.p("Treatment: individual psychotherapy with ERP, 90837, 60 min, weekly, through 12/31/2025.")
    d.p("Clinician: Harriet Simms, PhD  /s/  1/8/2025")
    d.p("Treatment Plan Review", bold=True)
    d.table([["Review date", "Reviewed by", "Progress / changes"], ["", "", ""], ["", "", ""]])
    d.save(path)
    label("e14_pinecrest_review_blank.docx", PSY, "2026-02-16", [["plan-outdated"]],
          "Plan dated 1/8/2025 is 404 days old on the as-of date; the 'Treatment Plan Review' section is only an empty "
          "table, so no review renews it. Short plain form, numbered list, short dates.",
          dict(plan="2025-01-08", targets=["2025-07-08", "2025-05-08"], dur_days=357, sigs=[("clinician", "2025-01-08")]))


def e47(path):
    d = Doc(font="Arial", size=10)
    d.header("03/31/2026 08:52 FAX 555-0163  TIDEWATER BH  PG 1")
    d.p("Tidewater BH - Tx Plan", bold=True)
    d.p("Pt name Ivo Castellanos   DOB 10-17-1950   MBI 3GK6-RC9-TM05")
    d.p("Plan dt 04/02/2026   Clinician T. Okafor LCSW")
    d.p("Dx F40.10 social phobia unspec")
    d.p("Goal 1 - pt will attend community events w/o leaving due to anxiety")
    d.p("  obj 1.1 pt will stay at least 45 min at 2 community events per month (baseline 0) by 6/30/26")
    d.p("  obj 1.2 pt will lower SPIN score from 44 to under 30 by 7/2/26")
    d.p("Goal 2 - pt will speak up in medical appts")
    d.p("  obj 2.1 pt will ask at least 1 question at each of his next 3 medical appointments by 6/30/26")
    d.p("Tx: 90837 ind psychotherapy CBT-SAD, 60 min, 1x/wk, 16 sessions")
    d.p("Cosign: n/a")
    d.p("T. Okafor LCSW 4/2/26 (e-signed)")
    d.save(path)
    label("e47_tidewater_casual.docx", PSY, "2026-04-28", [],
          "Clean, typed casually: abbreviations, labels without colons, duration as a session count. Decoys: a fax header "
          "dated 03/31/2026 two days before the plan date; 'Cosign: n/a'.",
          dict(plan="2026-04-02", targets=["2026-06-30", "2026-07-02"], dur_days=112, sigs=[("clinician", "2026-04-02")]))
# ---------------------------------------------------------------- native YAML (psychotherapy)
def e12(path):
    text = f"""schema: authcheck-plan/1
patient: {{name: Lorcan Ashby, birth_date: 1955-12-02, member_id: 6PD2-XW4-LB83}}
payer: Medicare Part B
discipline: psychotherapy
plan_date: 2026-02-09
expected_duration: 20 weeks
providers:
  - {{name: Mireille Fontaine, credential: LCSW, npi: "{npi('182204417')}", role: treating clinician, organization: Fontaine Counseling}}
diagnoses:
  - {{code: F33.1, description: "Major depressive disorder, recurrent, moderate", primary: true}}
problems:
  - statement: Depressed mood and withdrawal
    goals:
      - statement: Client will return to weekly contact with his sons and his choir.
        objectives:
          - statement: Client will reduce the PHQ-9 score from 19 to 9 or below.
            target_date: 2026-05-11
          - statement: Client will attend choir practice at least 3 times per month.
            target_date: 2026-04-13
services:
  - {{code: "90834", description: Individual psychotherapy, amount: 45 minutes, frequency: weekly}}
signatures:
  - {{role: clinician, name: Mireille Fontaine, date: 2026-02-09, method: electronic}}
  - {{role: client, name: Lorcan Ashby, date: 2026-02-09, method: handwritten}}
"""
    open(path, "w").write(text)
    label("e12_fontaine_native.yaml", PSY, "2026-03-12", [["credential-missing"]],
          "Native YAML. The clinician's credential (LCSW) is given only in the providers list; the clinician signature "
          "itself carries no credential.",
          dict(plan="2026-02-09", targets=["2026-05-11", "2026-04-13"], dur_days=140,
               sigs=[("clinician", "2026-02-09"), ("client", "2026-02-09")]), fmt="yaml")


def e13(path):
    text = """schema: authcheck-plan/1
patient: {name: Philippa Norgaard, birth_date: 1951-06-21, member_id: 9KT5-EB2-GZ38}
payer: Medicare Part B
discipline: psychotherapy
plan_date: 2026-03-18
expected_duration: 6 months (through 09/17/2026)
diagnoses:
  - {code: F43.23, description: "Adjustment disorder with mixed anxiety and depressed mood", primary: true}
problems:
  - statement: Adjustment to a new diagnosis of Parkinson's disease
    goals:
      - statement: Client will cope with the diagnosis without withdrawing from daily life.
        objectives:
          - statement: Client will reduce the GAD-7 score from 13 to 6 or lower.
            target_date: 2026-06-17
          - statement: Client will leave the house for a planned activity on at least 4 days per week.
            target_date: 2026-05-18
services:
  - {code: "90834", description: Individual psychotherapy (ACT), amount: 45 minutes, frequency: every other week, duration: 6 months}
signatures:
  - {role: clinician, name: Anton Keel, credential: PhD, date: 2026-03-18, method: typed}
  - {role: guardian, name: "", signed: false}
  - {role: supervisor, name: "Not required", signed: false}
free_text:
  - {heading: Previous plan, text: "Plan of 03/20/2025 closed 09/30/2025; its review of 06/19/2025 was completed."}
"""
    open(path, "w").write(text)
    label("e13_keel_native.yaml", PSY, "2026-04-15", [],
          "Native YAML, clean. Decoys: an unsigned blank guardian line and a 'not required' supervisor line (roles the "
          "profile does not require); a free-text note about the previous plan's dates.",
          dict(plan="2026-03-18", targets=["2026-06-17", "2026-05-18"], dur_days=183, sigs=[("clinician", "2026-03-18")]),
          fmt="yaml")


# ---------------------------------------------------------------- base-treatment-plan + state profiles
BASE = "base-treatment-plan"


def e15(path):
    d = Doc()
    d.p("Keystone Valley Psychiatric Outpatient Clinic", bold=True, size=14)
    d.p("Licensed under 55 Pa. Code Chapter 5200 · 480 Furnace St, Altoona PA · 555-0120", size=9)
    d.h("Individualized Treatment Plan", 1)
    d.table([["Individual", "Marta Kelleher", "Date of birth", "09/03/1987"],
             ["Member ID", "PA7734120955", "Payer", "Highmark Wholecare"],
             ["Admission (intake) date", "~~11/20/2025~~ 01/06/2026", "Plan date", "01/29/2026"]], header=False)
    d.h("Diagnosis", 2)
    d.p("F43.10 Post-traumatic stress disorder, unspecified; F41.1 Generalized anxiety disorder")
    d.h("Goals and Objectives", 2)
    goals_outline(d, psy_ptsd("04/29/2026", "03/31/2026", "04/29/2026"), style="ltg")
    d.h("Treatment Modalities", 2)
    d.table([["Modality", "Code", "Frequency", "Length"],
             ["Individual psychotherapy (TF-CBT adapted for adults)", "90837", "weekly", "60 min"],
             ["Psychiatric evaluation / medication management", "99214", "monthly", "25 min"]])
    d.p("Expected duration of treatment: 6 months (review at 90 days).")
    d.h("Signatures", 2)
    d.table([["", "Name", "Date"],
             ["Individual", "/s/ Marta Kelleher", "01/29/2026"],
             ["Parent/Guardian (if under 18)", "", ""],
             ["Mental health professional", "Desmond Quay, LPC", "01/29/2026"],
             ["Psychiatrist approval", "Imani Osei, MD", "02/02/2026"]])
    d.save(path)
    label("e15_keystone_pa.docx", BASE, "2026-03-05", [],
          "Clean (PA clinic). Decoys: the admission date has a struck-out earlier date beside the current one; blank "
          "'Parent/Guardian (if under 18)' row for an adult. Grid header table, LTG/STG bullets, modality table.",
          dict(plan="2026-01-29", adm="2026-01-06", targets=["2026-04-29", "2026-03-31"],
               sigs=[("client", "2026-01-29"), ("clinician", "2026-01-29"), ("physician", "2026-02-02")]),
          states=["pa-55-5200"])


def e16(path):
    d = Doc()
    d.p("ALLEGHENY RIDGE COUNSELING - TREATMENT PLAN", bold=True)
    d.fields([("Client", "Boris Tennant"), ("Birthdate", "04/14/1979"), ("Recipient ID", "PA3391084417"),
              ("Intake date", "02/03/2026"), ("Plan completed", "02/24/2026")])
    d.p("DIAGNOSIS: F33.1 Major depressive disorder, recurrent, moderate", bold=True)
    d.p("GOALS", bold=True)
    goals_outline(d, psy_dep("05/26/2026", "04/24/2026", "04/24/2026"))
    d.p("MODALITIES", bold=True)
    d.p("Individual psychotherapy 90834 (45 minutes) weekly; group CBT for depression 90853 (90 minutes) weekly.")
    d.p("Expected duration: 20 weeks")
    d.p("SIGNATURES", bold=True)
    d.p("Client: Boris Tennant (signed)   Date: 02/24/2026")
    d.p("Therapist: Gwen Holloway, LCSW   Date: 02/24/2026")
    d.p("Psychiatric approval (required when psychotherapy is provided):")
    d.table([["Approver", "Status", "Requested"],
             ["Ferris Lamb, MD (Medical Director)", "E-signature PENDING", "02/25/2026 08:10"]])
    d.save(path)
    label("e16_allegheny_pending.docx", BASE, "2026-03-11", [["signature-missing"]],
          "PA clinic plan: the psychiatrist's approval is an e-signature request with status PENDING (only the request date "
          "is shown), so no psychiatrist has signed. Bold-caps headings, label lines, status table.",
          dict(plan="2026-02-24", adm="2026-02-03", targets=["2026-05-26", "2026-04-24"],
               sigs=[("client", "2026-02-24"), ("clinician", "2026-02-24")]),
          states=["pa-55-5200"])


def e17(path):
    d = Doc(font="Times New Roman")
    d.h("Susquehanna Family Clinic", 0)
    d.p("Treatment Plan (Outpatient)", italic=True)
    d.table([["Name: Priya Venkataraman", "DOB: 01/22/1992"], ["MA ID: PA5520183340", "Intake: 03/02/2026"],
             ["Date of plan: 03/20/2026", "Clinician: Roland Meeks, LPC"]], header=False)
    d.p("Diagnosis: F40.10 Social phobia, unspecified")
    d.p("Goal A. Participate at work without avoidance.", bold=True)
    d.p("A1. Priya will speak at least once in each weekly team meeting for 4 consecutive weeks by 06/19/2026.")
    d.p("A2. Priya will reduce her LSAS score from 82 to 60 or below by 06/19/2026.")
    d.p("Goal B. Build social contacts.", bold=True)
    d.p("B1. Priya will join one social or hobby activity and attend at least 3 times by 05/29/2026.")
    d.p("Modalities: individual CBT (90834, 45 min) weekly; social skills group (90853) every other week.")
    d.p("Length of treatment: until goals are met. Plan reviewed every 90 days.")
    d.p("Signed:  Priya Venkataraman  03/20/2026      Roland Meeks, LPC  03/20/2026")
    d.p("Psychiatrist review: Noor Haddad, MD  03/23/2026")
    d.save(path)
    label("e17_susquehanna_pa.docx", BASE, "2026-04-08", [["duration-missing"]],
          "PA clinic plan whose length of treatment is 'until goals are met'; the 90-day review sentence next to it is not a "
          "duration. Title, two-column table, lettered goals, signatures run together on one line.",
          dict(plan="2026-03-20", adm="2026-03-02", targets=["2026-06-19", "2026-05-29"],
               sigs=[("client", "2026-03-20"), ("clinician", "2026-03-20"), ("physician", "2026-03-23")]),
          states=["pa-55-5200"])


def sud_objs(t1, t2, t3, room=False):
    return [
        ("Establish and maintain abstinence from alcohol.", [
            ("Client will submit negative breathalyzer and urine screens on 100% of random tests for 30 consecutive days.", t1),
            (("Client will attend 12 of 12 scheduled process groups in Room 104." if room else
              "Client will attend at least 3 community recovery meetings per week and obtain a sponsor's signature on the attendance sheet."), t2)]),
        ("Develop a relapse-prevention plan.", [
            ("Client will write a relapse-prevention plan naming 5 triggers and 2 coping responses for each, and review it with the counselor.", t3)]),
    ]


def e18(path):
    d = Doc()
    d.p("Lone Star Recovery Center · Licensed Chemical Dependency Treatment Facility", bold=True)
    d.h("Individualized Treatment Plan", 1)
    d.table([["Client", "Dale Ruckert", "DOB", "06/11/1984"], ["Client ID / Member #", "TXM00482271", "Admit date", "02/16/2026"],
             ["Plan date", "02/20/2026", "Level of care", "Intensive outpatient"]], header=False)
    d.p("Diagnosis: F10.20 Alcohol dependence, uncomplicated")
    d.h("Problems, Goals and Objectives", 2)
    for gi, (gs, objs) in enumerate(sud_objs("03/27/2026", "04/03/2026", "03/13/2026"), 1):
        d.p(f"Goal {gi}: {gs}", bold=True)
        for oi, (os_, t) in enumerate(objs, 1):
            d.p(f"Objective {gi}.{oi}: {os_} Target date: {t}")
    d.h("Strategies / Services", 2)
    d.table([["Strategy", "Type", "Frequency", "Responsible"],
             ["Group counseling (relapse prevention, CBT)", "Group", "3x weekly, 3 hours each", "K. Alvarez, LCDC"],
             ["Individual counseling", "Individual", "As needed", "K. Alvarez, LCDC"],
             ["Education: alcohol and health", "Didactic", "Weekly", "Nursing"]])
    d.p("Projected length of stay: 8 weeks")
    d.h("Signatures", 2)
    d.p("Client signature: Dale Ruckert     Date: 02/20/2026")
    d.p("Counselor signature: Katya Alvarez, LCDC     Date: 02/20/2026")
    d.save(path)
    label("e18_lonestar_tx.docx", BASE, "2026-03-06", [["frequency-missing"]],
          "Texas CD facility: individual counseling is ordered 'As needed' with no limit, while the frequency beside it belongs "
          "to group counseling. Grid header, bold goal lines, strategies table.",
          dict(plan="2026-02-20", adm="2026-02-16", targets=["2026-03-27", "2026-04-03", "2026-03-13"],
               sigs=[("client", "2026-02-20"), ("clinician", "2026-02-20")]),
          states=["tx-26tac-564"])


def e19(path):
    d = Doc(font="Verdana", size=10)
    d.p("Brazos Bend Treatment Services", bold=True, size=13)
    d.p("TREATMENT PLAN - Residential", bold=True)
    d.fields([("Resident", "Corinne Vasquez-Hale"), ("Date of birth", "10/28/1990"), ("Medicaid #", "TX517204839"),
              ("Admitted", "03/09/2026"), ("Plan date", "03/13/2026")])
    d.p("Diagnoses: F15.20 Other stimulant dependence, uncomplicated (primary); F12.20 Cannabis dependence, uncomplicated")
    for gi, (gs, objs) in enumerate(sud_objs("04/17/2026", "04/10/2026", "03/27/2026", room=True), 1):
        d.p(f"PROBLEM {gi}: {gs}", bold=True)
        for oi, (os_, t) in enumerate(objs):
            d.p(f"  Obj {gi}{'ab'[oi]}  {os_}  ({t})")
    d.p("Strategies: group counseling 5x/week (Room 104, 90 minutes); individual counseling 1x/week (50 minutes); "
        "family session 2x/month.")
    d.p("Projected length of stay: 45 days")
    d.table([["Client", "Corinne Vasquez-Hale (signed)", "03/13/2026"],
             ["Counselor", "Ruth Abernathy, LCDC", "03/13/2026"],
             ["Witness", "", ""]], header=False)
    d.save(path)
    label("e19_brazos_tx.docx", BASE, "2026-03-30", [],
          "Clean (Texas residential). Decoys: room numbers inside objectives that are still measurable; a blank 'Witness' "
          "row in the signature table. Label lines, PROBLEM headings, strategies in one sentence.",
          dict(plan="2026-03-13", adm="2026-03-09", targets=["2026-04-17", "2026-04-10", "2026-03-27"],
               sigs=[("client", "2026-03-13"), ("clinician", "2026-03-13")]),
          states=["tx-26tac-564"])


def e20(path):
    d = Doc()
    d.header("Gulf Breeze Recovery - Residential Level 2 - Treatment team meets Thursdays")
    d.h("Gulf Breeze Recovery: Individualized Treatment Plan", 1)
    d.table([["Individual", "Thomas Reinholt"], ["DOB", "07/07/1977"], ["Medicaid ID", "FL8830219477"],
             ["Level of care", "Residential Level 2"], ["Admission date", "02/02/2026"], ["Plan date", "02/10/2026"],
             ["Treatment team meeting", "02/12/2026"]], header=False)
    d.p("Diagnosis: F11.20 Opioid dependence, uncomplicated")
    d.h("Goals / Measurable Behavioral Objectives", 2)
    rows = [["Goal", "Objective", "Expected completion"]]
    rows += [["Remain free of opioid use", "Thomas will provide negative urine drug screens on all random tests (at least 1 per week) for 6 consecutive weeks.", "03/24/2026"],
             ["", "Thomas will take buprenorphine as prescribed on 100% of days per the MAR.", "03/10/2026"],
             ["Prepare for step-down", "Thomas will complete 3 job applications and 1 mock interview.", "03/31/2026"]]
    d.table(rows)
    d.p("Services: group therapy 5 days/week; individual counseling weekly; medication management every 2 weeks; "
        "peer support 2x/week.")
    d.h("Signatures", 2)
    d.table([["Signer", "Signature", "Date"],
             ["Individual served", "Thomas Reinholt", "02/10/2026"],
             ["Primary counselor (author)", "Jolene Park, CAP-intern", "02/10/2026"],
             ["Qualified professional (countersignature)", "Arturo Baines, LMHC", "02/24/2026"]])
    d.save(path)
    label("e20_gulfbreeze_fl.docx", BASE, "2026-03-03", [["signature-late"]],
          "Florida residential level 2: plan on time (8 days after admission), but the qualified professional countersigned "
          "on 02/24/2026, 14 days after the plan date (10 allowed); the treatment-team date 02/12/2026 elsewhere is not the "
          "countersignature. Form table, goals table with continuation rows, signature table.",
          dict(plan="2026-02-10", adm="2026-02-02", level="Residential Level 2", targets=["2026-03-24", "2026-03-10", "2026-03-31"],
               sigs=[("client", "2026-02-10"), ("clinician", "2026-02-10"), ("supervisor", "2026-02-24")]),
          states=["fl-65d-30"])


def ny_plan(path, phys_date, decoy, fname, gaps, notes, asof):
    d = Doc()
    d.p("HUDSON HIGHLANDS INPATIENT REHABILITATION (OASAS Part 818)", bold=True)
    d.p("Comprehensive Treatment Plan", italic=True)
    d.fields([("Patient", "Ramon Ellery"), ("DOB", "03/19/1971"), ("Medicaid CIN", "AB12345C"),
              ("Admission", "03/02/2026"), ("Treatment plan date", "03/06/2026")], sep=":\t")
    d.p("Diagnoses: F10.20 Alcohol dependence, uncomplicated; F41.1 Generalized anxiety disorder", bold=True)
    d.h("Problem areas", 2)
    d.p("1. Alcohol use - Goal: complete withdrawal-free inpatient stay and engage in continuing care.")
    d.p("   a) Ramon will attend 100% of daily groups for the 28-day stay, per attendance log, by 03/30/2026.")
    d.p("   b) Ramon will schedule an intake with an outpatient program before discharge, by 03/27/2026.")
    d.p("2. Anxiety - Goal: manage anxiety without alcohol.")
    d.p("   a) Ramon will practice a relaxation skill at least once daily on 6 of 7 days per week by 03/23/2026.")
    d.h("Methods of treatment", 2)
    d.p("Individual counseling 2x/week (45 min); group counseling daily; medical monitoring and medication management; "
        "family program Sundays.")
    d.h("Review and signatures", 2)
    d.p("Responsible clinical staff member: Lydia Farrow, CASAC — signed 03/06/2026")
    d.p(decoy)
    d.p(f"Physician: Electronically signed by Ravi Pantel, MD - {phys_date} 08:02")
    d.p("Family member participation: ______________ (declined)")
    d.save(path)
    label(fname, BASE, asof, gaps, notes,
          dict(plan="2026-03-06", adm="2026-03-02", targets=["2026-03-30", "2026-03-27", "2026-03-23"],
               sigs=[("clinician", "2026-03-06"), ("physician", phys_date[6:] + "-" + phys_date[:2] + "-" + phys_date[3:5])]),
          states=["ny-oasas-818"])


def e21(path):
    ny_plan(path, "03/10/2026", "Attending physician: see admission orders of 03/02/2026.", "e21_hudson_ny.docx", [],
            "Clean (NY inpatient): plan 4 days after admission, physician e-signature 8 days after admission. Decoys: "
            "'see admission orders' line with the admission date; blank family-member line marked declined.", "2026-03-20")


def e22(path):
    ny_plan(path, "03/14/2026", "Physician review requested 03/09/2026 (task sent to Dr. Pantel).", "e22_hudson_ny_late.docx",
            [["signature-late"]],
            "NY inpatient: the physician signed on 03/14/2026, 12 days after admission (10 allowed); the 03/09/2026 date on "
            "the line above is only the review request. Same template as e21.", "2026-03-24")


def ca_plan(path, fname, review_block, next_review, gaps, notes, asof, adm, plan, sup, md, history=None):
    d = Doc()
    d.p("SIERRA VISTA NARCOTIC TREATMENT PROGRAM", bold=True, align=1)
    d.p("Initial Maintenance Treatment Plan (Title 9, §10305)", align=1)
    d.table([["Patient", "Vera Oksanen", "Patient ID", "CA-NTP-20931"],
             ["Date of birth", "05/30/1986", "Medi-Cal / member ID", "9 1234 5678 A"],
             ["Admission to maintenance", adm, "Plan effective date", plan]], header=False)
    if history:
        d.h("Treatment history", 2)
        d.p(history)
    d.p("Diagnosis: F11.20 Opioid dependence, uncomplicated")
    d.h("Goals and short-term objectives", 2)
    d.table([["Goal", "Short-term objective", "Target date"],
             ["Stop illicit opioid use", "Vera will have urine drug screens negative for non-prescribed opioids on 4 consecutive monthly tests.", "03/31/2026" if plan < "02" else "06/30/2026"],
             ["", "Vera will take her methadone dose as ordered on at least 95% of days each month.", "02/28/2026" if plan < "02" else "04/30/2026"],
             ["Stable housing", "Vera will submit 2 housing applications and attend 1 housing navigation appointment.", "03/15/2026" if plan < "02" else "05/15/2026"]])
    d.p("Counseling: individual counseling 50 minutes at least 2x/month; medication: daily observed dosing.")
    d.h("Plan updates (required at least every 3 months)", 2)
    for line in review_block:
        if isinstance(line, list):
            d.table(line)
        else:
            d.p(line)
    d.h("Signatures", 2)
    d.table([["Role", "Name / credential", "Date"],
             ["Primary counselor", "Dana Whitlock, RADT-II", plan],
             ["Supervising counselor", "Marcus Ybarra, CADC-III (clinical supervisor)", sup],
             ["Medical director", "Helen Cho, MD", md]])
    d.save(path)
    iso = lambda s: s[6:] + "-" + s[:2] + "-" + s[3:5]
    tg = ["2026-03-31", "2026-02-28", "2026-03-15"] if plan < "02" else ["2026-06-30", "2026-04-30", "2026-05-15"]
    label(fname, BASE, asof, gaps, notes,
          dict(plan=iso(plan), adm=iso(adm), next=[iso(x) for x in next_review], targets=tg,
               sigs=[("clinician", iso(plan)), ("supervisor", iso(sup)), ("physician", iso(md))]),
          states=["ca-title9-ntp"], unsure=(["review-interval-exceeded"] if not next_review else []))


def e23(path):
    ca_plan(path, "e23_sierravista_ca.docx",
            [[["Update due / date", "Reviewed by", "Changes"], ["", "", ""], ["", "", ""]]], [],
            [["review-date-missing"]],
            "California NTP: the 'Plan updates (required at least every 3 months)' section holds only an empty table, so no "
            "next update date is set. Centered title, grid header table, goals table, signature table.",
            "2026-03-02", "01/05/2026", "01/26/2026", "01/30/2026", "02/03/2026")


def e24(path):
    ca_plan(path, "e24_sierravista_ca_clean.docx",
            ["Next plan update due: 05/08/2026 (within 3 months of admission).",
             "Last update: none - initial plan."], ["05/08/2026"], [],
            "Clean (California NTP): plan 21 days after admission, next update 88 days after admission, countersignatures "
            "within 14 days. Decoys: a history paragraph with a previous episode's review date; 'Last update: none'.",
            "2026-04-10", "02/09/2026", "03/02/2026", "03/09/2026", "03/12/2026",
            history="Previous episode at this program 01/2023 - 08/2023 (plan reviewed 05/02/2023); discharged against advice.")


# ---------------------------------------------------------------- FHIR R4 (base-treatment-plan)
def fhir_bundle(pid, pname, dob, member, prac, cond_list, goals, srs, careplan_extra, bundle_ts, cp_created=True,
                plan_date=None, period=None):
    fam, giv = pname.split(" ")[-1], pname.split(" ")[0]
    entries = []
    def add(res):
        entries.append({"fullUrl": f"urn:uuid:{res['resourceType'].lower()}-{res['id']}", "resource": res})
    add({"resourceType": "Patient", "id": pid, "name": [{"family": fam, "given": [giv]}], "birthDate": dob,
         "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB"}]},
                         "system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": member}]})
    pn, pcred, pnpi = prac
    add({"resourceType": "Practitioner", "id": "pr1", "name": [{"text": pn}],
         "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": pnpi}],
         "qualification": [{"code": {"text": pcred}}]})
    for c in cond_list:
        add(c)
    for g in goals:
        add(g)
    for s in srs:
        add(s)
    cp = {"resourceType": "CarePlan", "id": "cp1", "status": "active", "intent": "plan",
          "title": "Behavioral health treatment plan",
          "subject": {"reference": f"urn:uuid:patient-{pid}"},
          "author": {"reference": "urn:uuid:practitioner-pr1"},
          "addresses": [{"reference": f"urn:uuid:condition-{c['id']}"} for c in cond_list if c.get("_current", True)],
          "goal": [{"reference": f"urn:uuid:goal-{g['id']}"} for g in goals],
          "activity": [{"reference": {"reference": f"urn:uuid:servicerequest-{s['id']}"}} for s in srs]}
    if plan_date:
        cp["created"] = plan_date
    if period:
        cp["period"] = period
    cp.update(careplan_extra)
    add(cp)
    for e in entries:
        e["resource"].pop("_current", None)
    return {"resourceType": "Bundle", "id": f"b-{pid}", "type": "collection", "timestamp": bundle_ts, "entry": entries}


def cond(cid, pid, codings, text, status="active", onset=None, abated=None, current=True):
    c = {"resourceType": "Condition", "id": cid,
         "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": status}]},
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": "problem-list-item"}]}],
         "code": {"coding": codings, "text": text}, "subject": {"reference": f"urn:uuid:patient-{pid}"}, "_current": current}
    if onset:
        c["onsetDateTime"] = onset
    if abated:
        c["abatementDateTime"] = abated
    return c


def goal(gid, pid, text, due, measure=None):
    g = {"resourceType": "Goal", "id": gid, "lifecycleStatus": "active", "description": {"text": text},
         "subject": {"reference": f"urn:uuid:patient-{pid}"}, "target": [{"dueDate": due}]}
    if measure:
        g["target"][0]["measure"] = {"text": measure[0]}
        g["target"][0]["detailString"] = measure[1]
    return g


def sreq(sid, pid, cpt, text, freq, per, unit, minutes):
    return {"resourceType": "ServiceRequest", "id": sid, "status": "active", "intent": "order",
            "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": cpt}], "text": text},
            "subject": {"reference": f"urn:uuid:patient-{pid}"},
            "occurrenceTiming": {"repeat": {"frequency": freq, "period": per, "periodUnit": unit,
                                            "duration": minutes, "durationUnit": "min"}}}


ICD = "http://hl7.org/fhir/sid/icd-10-cm"
SCT = "http://snomed.info/sct"


def e25(path):
    pid = "p25"
    b = fhir_bundle(pid, "Odalys Ferreira", "1988-02-14", "HZ55120887",
                    ("Kwame Asante", "LCSW", npi("190377421")),
                    [cond("c1", pid, [{"system": ICD, "code": "F41.1", "display": "Generalized anxiety disorder"},
                                      {"system": SCT, "code": "21897009", "display": "Generalized anxiety disorder"}],
                          "Generalized anxiety disorder", onset="2025-11-01")],
                    [goal("g1", pid, "Odalys will lower her GAD-7 score from 15 to 7 or below.", "2026-06-01"),
                     goal("g2", pid, "Odalys will use a coping skill in at least 4 of 5 logged anxious episodes per week.", "2026-05-01")],
                    [sreq("s1", pid, "90834", "Individual psychotherapy, 45 minutes", 1, 1, "wk", 45)],
                    {}, "2026-03-05T10:12:00Z", plan_date="2026-03-02", period={"start": "2026-03-02", "end": "2026-08-31"})
    json.dump(b, open(path, "w"), indent=2)
    label("e25_ferreira_fhir.json", BASE, "2026-03-20", [],
          "FHIR R4 collection bundle, clean: ICD-10-CM plus SNOMED codings on one Condition, CarePlan.created and period, "
          "Goals with due dates, ServiceRequest with CPT and timing. Decoy: Bundle.timestamp three days after the plan date.",
          dict(plan="2026-03-02", pstart="2026-03-02", pend="2026-08-31", targets=["2026-06-01", "2026-05-01"]), fmt="fhir")


def e26(path):
    pid = "p26"
    b = fhir_bundle(pid, "Linus Haraldsen", "1979-07-07", "QX20931184",
                    ("Sofia Brennan", "PsyD", npi("155201948")),
                    [cond("c1", pid, [{"system": SCT, "code": "370143000", "display": "Major depressive disorder"}],
                          "Major depressive disorder, recurrent, moderate", onset="2026-01-10"),
                     cond("c0", pid, [{"system": ICD, "code": "F43.10", "display": "Post-traumatic stress disorder, unspecified"}],
                          "PTSD (history)", status="resolved", onset="2016-05-01", abated="2019-09-01", current=False)],
                    [goal("g1", pid, "Linus will reduce his PHQ-9 from 17 to 9 or below.", "2026-05-15")],
                    [sreq("s1", pid, "90837", "Individual psychotherapy, 60 minutes", 1, 1, "wk", 60)],
                    {}, "2026-02-18T09:00:00Z", plan_date="2026-02-16", period={"start": "2026-02-16", "end": "2026-08-14"})
    json.dump(b, open(path, "w"), indent=2)
    label("e26_haraldsen_fhir.json", BASE, "2026-03-09", [["diagnosis-code-missing"]],
          "FHIR R4: the active Condition (the one the CarePlan addresses) is coded only in SNOMED CT; the only ICD-10-CM code is "
          "on a resolved history Condition (abated 2019).",
          dict(plan="2026-02-16", pstart="2026-02-16", pend="2026-08-14", targets=["2026-05-15"]), fmt="fhir")


def e27(path):
    pid = "p27"
    b = fhir_bundle(pid, "Agnes Whitcombe", "1965-11-23", "RT77402913",
                    ("Declan Moy", "LPC", npi("168830027")),
                    [cond("c1", pid, [{"system": ICD, "code": "F43.23", "display": "Adjustment disorder with mixed anxiety and depressed mood"}],
                          "Adjustment disorder with mixed anxiety and depressed mood")],
                    [goal("g1", pid, "Agnes will return to work 3 days per week.", "2026-05-29"),
                     goal("g2", pid, "Agnes will reduce her PHQ-9 from 13 to below 8.", "2026-05-29")],
                    [sreq("s1", pid, "90834", "Individual psychotherapy", 1, 1, "wk", 45)],
                    {"meta": {"lastUpdated": "2026-03-02T14:01:00Z"}, "note": [{"text": "Printed from portal 03/02/2026 2:01 PM"}]},
                    "2026-03-02T14:05:00Z")
    json.dump(b, open(path, "w"), indent=2)
    label("e27_whitcombe_fhir.json", BASE, "2026-03-16", [["field-missing"]],
          "FHIR R4: the CarePlan has neither created nor period; the only dates are meta.lastUpdated, a print note and "
          "Bundle.timestamp (export times, not the date the plan was established).",
          dict(plan=None), fmt="fhir")
# ---------------------------------------------------------------- Medicare outpatient therapy
OPT = "medicare-outpatient-therapy"


def t_label(fname, asof, gaps, notes, ftx, plan, pstart, pend, sigs, targets=(), unsure=()):
    label(fname, OPT, asof, gaps, notes,
          dict(plan=plan, ftx=ftx, pstart=pstart, pend=pend, sigs=sigs, targets=list(targets)), unsure=unsure)


def ot_layout_a(path, hdr, dx, goals, plan_rows, extra, sig_rows, history=None):
    d = Doc()
    d.p(hdr[0], bold=True, size=13)
    d.p(hdr[1], size=9)
    d.h("Plan of Care / Certification", 1)
    t = d.table(hdr[2], header=False)
    if history:
        d.p(history, italic=True, size=9)
    d.h("Diagnoses", 2)
    d.table([["ICD-10-CM", "Description"]] + dx)
    d.h("Goals", 2)
    d.table([["", "Goal", "Time frame"]] + goals)
    d.h("Plan", 2)
    d.table(plan_rows, header=False, bold_first_col=True)
    for e in extra:
        d.p(e)
    d.h("Certification", 2)
    d.p("I have reviewed this plan of care and certify a need for these services furnished under this plan of treatment "
        "while under my care.", italic=True, size=9)
    d.table(sig_rows)
    d.save(path)


def e28(path):
    ot_layout_a(path,
        ("Summit Ridge Physical Therapy", "18 Quarry Rd · Bend, OR · 555-0150 · fax 555-0151",
         [["Patient", "Harold Mbeki", "DOB", "01/11/1950"], ["MBI", "1WD4-FK8-QA63", "Referred by", "Alan Brook, DC"],
          ["Evaluation / 1st treatment", "02/09/2026", "Plan date", "02/09/2026"],
          ["Certification period", "02/09/2026 - 05/09/2026", "Therapist", "Nadia Roos, PT, DPT"]]),
        [["Z96.651", "Presence of right artificial knee joint"], ["Z47.1", "Aftercare following joint replacement surgery"]],
        [["LTG 1", "Pt will increase R knee flexion from 95 to 115 degrees.", "8 weeks"],
         ["LTG 2", "Pt will ambulate 300 ft with a single-point cane, modified independent.", "8 weeks"],
         ["STG 1", "Pt will ascend/descend 12 stairs with 1 rail and SBA.", "4 weeks"]],
        [["Interventions", "97110 therapeutic exercise, 97140 manual therapy, 97116 gait training, 97530 therapeutic activities"],
         ["Frequency", "2x/week"], ["Duration", "8 weeks"]],
        ["Prior episode (L shoulder, 2024): recertified 07/01/2024, discharged 08/15/2024."],
        [["Signer", "Signature", "Date"], ["Therapist", "Nadia Roos, PT, DPT (e-signed)", "02/09/2026"],
         ["Certifying physician", "Mei-Lin Okada, MD", "02/16/2026"]])
    t_label("e28_summitridge_pt.docx", "2026-03-20", [],
            "Clean PT plan of care. Decoys: referral from a chiropractor (DC) who is not the certifier; a previous episode's "
            "recertification date in a history line. Grid header, goals table, plan table, certification table.",
            "2026-02-09", "2026-02-09", "2026-02-09", "2026-05-09",
            [("clinician", "2026-02-09"), ("physician", "2026-02-16")])


def e31(path):
    ot_layout_a(path,
        ("Cascade Rehab Partners", "Outpatient PT · 900 Mill St · Salem, OR · 555-0152",
         [["Patient", "Imogen Tull", "DOB", "08/30/1947"], ["Medicare ID", "6GR1-NE2-VB48", "Referring MD", "Paul Deane, MD"],
          ["Initial eval (1st visit)", "01/05/2026", "Plan of care date", "01/05/2026"],
          ["Cert. period", "01/05/2026 to 04/04/2026", "Therapist", "Lars Eide, PT"]]),
        [["M17.11", "Unilateral primary osteoarthritis, right knee"], ["R26.89", "Other abnormalities of gait and mobility"]],
        [["1", "Pt will walk 500 ft on level surfaces without an assistive device, independently.", "by 03/30/2026"],
         ["2", "Pt will rise from a standard chair 5 times in 15 seconds or less (5xSTS; baseline 22 s).", "by 03/02/2026"]],
        [["Treatment", "97110, 97112 neuromuscular re-education, 97116, 97140"], ["Frequency", "3x/week"],
         ["Duration", "Until goals are met"]],
        ["Certification period is set by Medicare rules and is not the expected duration of care."],
        [["Signer", "Signature", "Date"], ["Therapist", "Lars Eide, PT", "01/05/2026"],
         ["Physician", "Paul Deane, MD", "01/09/2026"]])
    t_label("e31_cascade_pt.docx", "2026-02-10", [["duration-missing"]],
            "PT plan whose duration is only 'Until goals are met'; the certification period next to it is not the duration "
            "(the profile counts expected duration or service duration only). Same form family as e28.",
            "2026-01-05", "2026-01-05", "2026-01-05", "2026-04-04",
            [("clinician", "2026-01-05"), ("physician", "2026-01-09")])


def ot_layout_b(path, lines, fname):
    d = Doc(font="Consolas", size=9)
    for ln in lines:
        if ln.startswith("#"):
            d.p(ln[1:].strip(), bold=True)
        elif isinstance(ln, str):
            d.p(ln)
    d.save(path)


def e29(path):
    ot_layout_b(path, [
        "# MERIDIAN HOSPITAL OUTPATIENT REHABILITATION - PLAN OF CARE",
        "Patient: Osric Vandermeer     MRN: 00488211     DOB: 1949-03-27",
        "Medicare MBI: 8JT3-XR5-HU92",
        "Discipline: Physical Therapy     Eval date (first treatment): 2026-01-20",
        "Plan of care date: 2026-01-20     Certification: 2026-01-20 through 2026-04-19",
        "# DIAGNOSIS",
        "I69.351 Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side",
        "# GOALS",
        "1. Pt will ambulate 150 ft with a quad cane and contact guard assist (CGA) within 6 weeks.",
        "2. Pt will transfer bed to chair with supervision (SBA) within 4 weeks.",
        "3. Pt will improve Berg Balance score from 34 to 45 within 10 weeks.",
        "# PLAN",
        "97116 gait training, 97112 neuromuscular re-ed, 97530 therapeutic activities; 3x/wk for 10 weeks.",
        "# AUTHENTICATION",
        "Therapist: Electronically signed by Keiko Brandt, PT, DPT on 2026-01-20 16:45",
        "Certifying physician: Lena Farr, MD - Awaiting e-signature (sent via portal 2026-01-21 08:03)",
        "-- end of document --"], "e29")
    t_label("e29_meridian_pending.docx", "2026-02-25", [["signature-missing"]],
            "The certifying physician's e-signature is only 'awaiting' (sent via portal); the date shown is the send date. "
            "Monospace EHR export, one fact per line, bold section labels.",
            "2026-01-20", "2026-01-20", "2026-01-20", "2026-04-19", [("clinician", "2026-01-20")])


def e33(path):
    ot_layout_b(path, [
        "# VALLEY SPEECH & SWALLOW CLINIC - SLP PLAN OF CARE",
        "Patient: Rosalind Achebe     DOB: 1944-12-05     MBI: 5FE8-LM2-JC71",
        "First treatment / evaluation: 2026-02-23     Plan established: 2026-02-23",
        "Certification period: 2026-02-23 - 2026-05-23",
        "# DIAGNOSIS",
        "R13.12 Dysphagia, oropharyngeal phase; I63.9 Cerebral infarction, unspecified (history, 12/2025)",
        "# GOALS",
        "LTG: Pt will safely consume a regular-texture diet with thin liquids with no overt signs of aspiration across 3 consecutive meals within 8 weeks.",
        "STG: Pt will complete 10 effortful swallows with 90% accuracy given min cues within 4 weeks.",
        "# PLAN / FREQUENCY",
        "92526 Treatment of swallowing dysfunction - 45 min sessions - duration 8 weeks - frequency: ____",
        "Home exercise program (Shaker, chin tuck against resistance): daily, caregiver supervised.",
        "# SIGNATURES",
        "SLP: Theo Lindqvist, MS, CCC-SLP  2026-02-23",
        "Certifying physician: Anjali Rao, MD  signed 2026-02-25"], "e33")
    t_label("e33_valley_slp.docx", "2026-03-18", [["frequency-missing"]],
            "SLP plan: the 92526 treatment line has an empty frequency blank; the only frequency ('daily') belongs to the "
            "home exercise program, not the billed service. Monospace export lines.",
            "2026-02-23", "2026-02-23", "2026-02-23", "2026-05-23",
            [("clinician", "2026-02-23"), ("physician", "2026-02-25")])


def e30(path):
    d = Doc(font="Garamond", size=11)
    d.p("Lakeshore Hand & Occupational Therapy", bold=True, size=14)
    d.p("January 12, 2026")
    d.p("To: Dr. Simone Achterberg, MD, Orthopaedics")
    d.p("Re: Plan of care for Ingrid Solberg (DOB 04/09/1952, MBI 2CX9-QP4-DW16)")
    d.p("Dear Dr. Achterberg, thank you for referring Ms. Solberg, whom I evaluated and treated today (first treatment "
        "01/12/2026) after open reduction of a right proximal humerus fracture (S42.201D, subsequent encounter, routine "
        "healing) with stiffness of the right shoulder (M25.611).")
    d.p("Goals: (1) Ms. Solberg will increase active right shoulder flexion from 70 to 140 degrees within 12 weeks. "
        "(2) She will don and doff an overhead shirt independently within 8 weeks. (3) She will reach a 2 lb item on a "
        "shoulder-height shelf with the right arm, 5 of 5 trials, within 10 weeks.")
    d.p("Plan: therapeutic exercise (97110), manual therapy (97140), self-care training (97535); 2 times per week for 12 "
        "weeks. Certification period 01/12/2026 - 04/11/2026.")
    d.p("Sincerely, Beatriz Solano, OTR/L   01/12/2026")
    d.p("Plan faxed to physician 01/13/2026.", italic=True, size=9)
    d.h("Physician certification", 2)
    d.table([["I certify the need for these services under this plan of care.", ""],
             ["Physician signature: Simone Achterberg, MD", "Date: 02/20/2026"]], header=False)
    d.save(path)
    t_label("e30_lakeshore_ot_letter.docx", "2026-03-02", [["signature-late"]],
            "OT plan as a letter to the physician: the physician certified on 02/20/2026, 39 days after the first treatment "
            "(30 allowed); the fax date 01/13/2026 is only when the plan was sent. Narrative letter, certification table.",
            "2026-01-12", "2026-01-12", "2026-01-12", "2026-04-11",
            [("clinician", "2026-01-12"), ("physician", "2026-02-20")])


def e34(path):
    d = Doc(font="Calibri", size=10)
    d.p("Pinebrook Spine & Sports PT - Initial Evaluation and Plan of Care", bold=True, size=12)
    d.p("Date of Service: 03/03/2026 (Initial Evaluation)   Patient: Mateo Ilunga   DOB: 06/19/1955   Medicare: 4HS2-BT7-RY50")
    d.p("Subjective: 6 weeks of low back pain after lifting a garden planter; pain 6/10 at worst; difficulty standing > 15 min.")
    d.p("Objective: lumbar flexion 50% limited; ODI 38%; 5xSTS 17 s; tender L4-5 paraspinals.")
    d.p("Assessment: M54.50 Low back pain, unspecified, with M62.81 muscle weakness (generalized); good rehab potential.")
    d.p("Goals (within 8 weeks): 1) ODI from 38% to 20% or less. 2) Stand 45 minutes for cooking with pain no more than 2/10. "
        "3) Lift 20 lb floor to waist with correct mechanics, 5 repetitions, independently.")
    d.p("Plan: 97110, 97140, 97530, 97112; frequency 2x/week; duration 8 weeks; certification period 03/03/2026 - 05/31/2026. "
        "Plan established at today's evaluation.")
    d.p("Therapist: Colm Devereaux, PT, DPT   Date: 03/03/2026")
    d.p("Physician certification: I certify the need for these services furnished under this plan of treatment. "
        "Signature: /s/ Ruth Oyelowo, DO   Date: 03/05/2026")
    d.p("Recertification (if needed): Physician signature ______________________  Date ________")
    d.save(path)
    t_label("e34_pinebrook_eval.docx", "2026-04-14", [],
            "Clean PT evaluation with plan of care in paragraphs. Decoy: a blank 'Recertification (if needed)' physician line "
            "below the signed certification.",
            "2026-03-03", "2026-03-03", "2026-03-03", "2026-05-31",
            [("clinician", "2026-03-03"), ("physician", "2026-03-05")])


def e32(path):
    d = Doc()
    d.h("Outpatient Occupational Therapy - Plan of Treatment", 1)
    outer = d.table([["Patient information", ""], ["", ""]], header=False)
    d.merge_row(outer, 0)
    inner = outer.cell(1, 0).add_table(rows=3, cols=2)
    inner.style = "Table Grid"
    for i, (a, b) in enumerate([("Name", "Winifred Szabo"), ("DOB", "02/02/1946"), ("MBI", "3NW5-GA1-KE84")]):
        inner.cell(i, 0).text = a; inner.cell(i, 1).text = b
    inner2 = outer.cell(1, 1).add_table(rows=3, cols=2)
    inner2.style = "Table Grid"
    for i, (a, b) in enumerate([("Start of care (eval/1st tx)", "03/02/2026"), ("Plan date", "03/02/2026"),
                                ("Cert period", "03/02/2026 - 05/26/2026")]):
        inner2.cell(i, 0).text = a; inner2.cell(i, 1).text = b
    d.p("Medical diagnosis: I69.351 Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side")
    d.p("Treatment diagnosis: R26.89 Other abnormalities of gait and mobility")
    d.h("Functional goals", 2)
    d.lst(["Pt will complete upper-body dressing with set-up only within 6 weeks (baseline mod A).",
           "Pt will complete toilet transfers with SBA within 6 weeks (baseline min A).",
           "Pt will use the R hand to pick up 10 small objects in 2 minutes or less within 8 weeks (baseline 4 minutes)."], numbered=True)
    d.h("Plan of treatment", 2)
    d.p("Interventions: 97530 therapeutic activities, 97535 ADL training, 97112 neuromuscular re-education, 97110.")
    d.p("Frequency/duration: {-2x/wk x 6 wks-}{+3x/wk x 8 wks+}")
    d.p("Progress report due by the 10th treatment visit.")
    d.h("Signatures", 2)
    d.p("Occupational therapist: Farida Nasser, OTR/L — 03/02/2026")
    d.p("Certifying practitioner: Jordan Hale, NP (nurse practitioner, allowed NPP) — electronically signed 03/06/2026")
    d.save(path)
    t_label("e32_szabo_ot_nested.docx", "2026-04-01", [],
            "Clean OT plan. Nested tables in a merged header, tracked change of frequency/duration (old deleted, new "
            "inserted), certifying NP. Decoy: 'Progress report due by the 10th treatment visit' (not a review date).",
            "2026-03-02", "2026-03-02", "2026-03-02", "2026-05-26",
            [("clinician", "2026-03-02"), ("physician", "2026-03-06")])


def e48(path):
    ot_layout_b(path, [
        "# VALLEY SPEECH & SWALLOW CLINIC - SLP PLAN OF CARE",
        "Patient: Bartholomew Iwu     DOB: 1946-08-08     MBI: 7VA2-HN6-QC39",
        "First treatment / evaluation: 2026-03-16     Plan established: 2026-03-16",
        "Certification period: 2026-03-16 - 2026-06-13",
        "# DIAGNOSIS",
        "R13.12 Dysphagia, oropharyngeal phase; G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations",
        "# GOALS",
        "LTG: Pt will consume soft and bite-sized solids with thin liquids with no overt signs of aspiration across 3 consecutive meals within 10 weeks.",
        "STG: Pt will use a chin-tuck strategy on 9 of 10 sips with min verbal cues within 4 weeks.",
        "# PLAN / FREQUENCY",
        "92526 Treatment of swallowing dysfunction - 45 min sessions - frequency: 2x/week - duration 10 weeks",
        "Home exercise program (EMST 150 device): ~~daily~~ 5 days/week, 25 breaths, caregiver supervised.",
        "# SIGNATURES",
        "SLP: Theo Lindqvist, MS, CCC-SLP  2026-03-16",
        "Certifying physician: Anjali Rao, MD  signed 2026-03-19",
        "Co-signature (clinical fellow supervisor): not applicable"], "e48")
    t_label("e48_valley_slp_clean.docx", "2026-04-20", [],
            "Clean SLP plan in the same monospace family as e33: the billed 92526 line states frequency and duration. "
            "Decoys: struck-out old home-program frequency; 'Co-signature ... not applicable'.",
            "2026-03-16", "2026-03-16", "2026-03-16", "2026-06-13",
            [("clinician", "2026-03-16"), ("physician", "2026-03-19")])
# ---------------------------------------------------------------- Medicare home health
HH = "medicare-home-health"


def hh_485(path, f):
    d = Doc(font="Arial", size=9)
    d.p("HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True, size=12, align=1)
    d.p(f["agency"], align=1, size=8)
    rows = [["1. Patient HI claim no. " + f["mbi"], "2. Start of care date " + f["soc"],
             "3. Certification period From: " + f["p0"] + "  To: " + f["p1"], "4. Medical record no. " + f["mrn"]],
            ["6. Patient's name and address: " + f["name"] + ", " + f["addr"], "", "7. Date of birth " + f["dob"], "8. Sex " + f["sex"]],
            ["11. ICD-10-CM / principal diagnosis: " + f["pdx"], "", "", "12. Date " + f["soc"]],
            ["13. Other pertinent diagnoses: " + f["odx"], "", "", ""],
            ["21. Orders for discipline and treatments (specify amount/frequency/duration):", "", "", ""],
            [f["orders"], "", "", ""],
            ["22. Goals / rehabilitation potential / discharge plans:", "", "", ""],
            [f["goals"], "", "", ""],
            ["23. Nurse's signature and date of verbal SOC where applicable: " + f["rn"], "", "", "25. Date HHA received signed POT: " + f["recv"]],
            ["24. Physician's name and address: " + f["phys_name"], "", "", ""],
            ["27. Attending physician's signature and date signed: " + f["phys_sig"], "", "", ""]]
    t = d.table(rows, header=False)
    for i in (2, 3, 4, 5, 6, 7, 9, 10):
        d.merge_row(t, i)
    a = t.cell(1, 0).merge(t.cell(1, 1))
    for par in a.paragraphs[1:]:
        par._p.getparent().remove(par._p)
    a2 = t.cell(8, 0).merge(t.cell(8, 2))
    for par in a2.paragraphs[1:]:
        par._p.getparent().remove(par._p)
    d.p("Anyone who misrepresents, falsifies, or conceals essential information required for payment of Federal funds may be "
        "subject to fine, imprisonment, or civil penalty under applicable Federal statutes.", size=7, italic=True)
    d.save(path)


def hh_narr(path, f):
    d = Doc()
    d.p(f["agency"], bold=True, size=13)
    d.h("Plan of Care", 1)
    d.fields([("Patient", f["name"]), ("Date of birth", f["dob"]), ("Medicare number", f["mbi"]),
              ("Start of care", f["soc"]), ("Certification period", f["p0"] + " through " + f["p1"])])
    for extra in f.get("extra_top", []):
        d.p(extra, italic=True, size=9)
    d.h("Diagnoses", 2)
    d.p("Principal: " + f["pdx"])
    d.p("Secondary: " + f["odx"])
    d.h("Disciplines and visit frequency", 2)
    for o in f["orders"].split("\n"):
        d.p(o, style="List Bullet")
    d.h("Measurable goals", 2)
    for g in f["goals"].split("\n"):
        d.p(g, style="List Number")
    d.h("Certification", 2)
    for s in f["sig_lines"]:
        d.p(s)
    if f.get("attachment"):
        d.br()
        d.h("Attachment A - Medication profile", 2)
        d.table([["Medication", "Dose", "Route", "Frequency"]] + f["attachment"])
        d.p("Physician's signature not required on this attachment; see certification above.", italic=True, size=9)
    d.save(path)


def hh_label(fname, asof, gaps, notes, soc, p0, p1, phys, unsure=(), plan=None):
    label(fname, HH, asof, gaps, notes,
          dict(plan=plan, ftx=soc, pstart=p0, pend=p1, sigs=[("physician", phys)] if phys else []), unsure=unsure)


GOALS_DM = ("Pt will demonstrate correct insulin self-injection with 100% accuracy on 3 consecutive SN visits by 02/09/2026.\n"
            "Pt will keep fasting blood glucose between 80 and 150 mg/dL on 6 of 7 days per log by 03/09/2026.\n"
            "Pt will walk 150 ft with rolling walker, modified independent, by 03/02/2026 (PT).")


def e35(path):
    hh_485(path, dict(agency="Evergreen Home Health Services · Provider No. 38-7001 · 555-0160",
        mbi="7KQ2-DN5-HP30", soc="01/12/2026", p0="01/12/2026", p1="03/12/2026", mrn="EHH-20417",
        name="Florence Adeyemi", addr="77 Larch Ct, Medford OR", dob="09/14/1941", sex="F",
        pdx="E11.621 Type 2 diabetes mellitus with foot ulcer", odx="L97.512 Non-pressure chronic ulcer of other part of right foot with fat layer exposed; I50.22 Chronic systolic (congestive) heart failure",
        orders="SN: 1w1, 2w4, 1w4; PRN x 2 for glucometer or dressing problems. Wound care R foot: cleanse with NS, apply hydrogel, cover with foam dressing, change 3x/week.\nPT: 2w3 for gait and transfer training, home exercise program.",
        goals=GOALS_DM.replace("\n", " "), rn="Verbal SOC order received 01/10/2026 - Alma Ruiz, RN",
        recv="01/22/2026", phys_name="Harlan Whitby, MD, 410 Oak St, Medford OR",
        phys_sig="Harlan Whitby, MD   01/16/2026"))
    hh_label("e35_evergreen_485.docx", "2026-02-20", [],
             "Clean CMS-485-style form with numbered boxes in merged cells; orders in HH shorthand (1w1, 2w4) with a PRN limit. "
             "Decoys: 'Date HHA received signed POT' and verbal SOC order date boxes beside the physician boxes.",
             "2026-01-12", "2026-01-12", "2026-03-12", "2026-01-16")


def e37(path):
    hh_485(path, dict(agency="Riverside Visiting Nurses · Provider No. 38-7155",
        mbi="2TB8-MW3-LC57", soc="02/02/2026", p0="02/02/2026", p1="04/02/2026", mrn="RVN-88310",
        name="Cyrus Pemberton", addr="12 Vine St, Eugene OR", dob="03/03/1938", sex="M",
        pdx="L89.153 Pressure ulcer of sacral region, stage 3", odx="G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations",
        orders="SN 3w4, 2w4 for wound assessment and care (sacrum: cleanse, calcium alginate, bordered foam, change 3x/wk). SN PRN for wound complications.\nHHA 2w8 for bathing and personal care.",
        goals="Sacral wound will decrease from 4.0 x 3.0 cm to 2.0 x 1.5 cm or smaller by 04/01/2026. Caregiver (wife) will return-demonstrate correct turning and repositioning every 2 hours on 2 consecutive visits by 02/20/2026.",
        rn="Verbal order 01/30/2026 - Joan Kettle, RN", recv="02/09/2026",
        phys_name="Eliza Marchetti, DO", phys_sig="Eliza Marchetti, DO   02/05/2026"))
    hh_label("e37_riverside_prn.docx", "2026-02-27", [["frequency-missing"]],
             "485-style form: one skilled-nursing order is 'SN PRN for wound complications' with no visit limit, beside "
             "other SN orders that do state frequencies. Same form family as e35.",
             "2026-02-02", "2026-02-02", "2026-04-02", "2026-02-05")


def e40(path):
    hh_485(path, dict(agency="Cedar Hollow Home Care · Provider No. 38-7290",
        mbi="5RM4-EX9-TN26", soc="01/26/2026", p0="01/26/2026", p1="03/26/2026", mrn="CHC-3120",
        name="Bernadette Oduya", addr="5 Fern Way, Roseburg OR", dob="11/19/1944", sex="F",
        pdx="E11.621 Type 2 diabetes mellitus with foot ulcer", odx="L97.512 Non-pressure chronic ulcer of other part of right foot with fat layer exposed",
        orders="SN 2w4, 1w4 for wound care and diabetic teaching; wound care R plantar foot: cleanse, collagen, foam, offloading boot at all times when up.\nPT 1w4 for offloading gait training.",
        goals="Wound will decrease from 2.5 x 2.0 cm to 1.0 x 1.0 cm or less by 03/23/2026. Pt will check both feet daily and record findings on 7 of 7 days per week by 02/23/2026.",
        rn="Verbal SOC order 01/23/2026 - Lee Tran, RN", recv="02/03/2026",
        phys_name="Gareth Lowe, DPM (podiatry)", phys_sig="Gareth Lowe, DPM   01/29/2026"))
    hh_label("e40_cedarhollow_dpm.docx", "2026-02-18", [["credential-not-permitted", "signature-missing"]],
             "485-style form certified and signed only by a podiatrist (DPM), who is not a physician or allowed practitioner "
             "for home health certification (MD, DO, NP, CNS, PA).",
             "2026-01-26", "2026-01-26", "2026-03-26", "2026-01-29")


def e36(path):
    hh_narr(path, dict(agency="Brightwater Home Health Agency",
        name="Quentin Ashdown", dob="07/04/1939", mbi="9CP3-RJ6-WQ18", soc="01/06/2026", p0="01/06/2026", p1="03/06/2026",
        pdx="I50.22 Chronic systolic (congestive) heart failure", odx="J44.1 Chronic obstructive pulmonary disease with (acute) exacerbation",
        orders="SN 2w3, 1w6 - cardiopulmonary assessment, daily weights teaching, medication management\nPT 2w4 - endurance and gait\nMSW 1w1 - community resources",
        goals="Pt will report daily weights and call the agency for a gain of more than 3 lb in 1 day on 100% of occasions by 02/03/2026\nPt will walk 200 ft with rolling walker with SpO2 at or above 90% by 03/02/2026\nPt will name 4 of 4 heart-failure warning signs by 01/27/2026",
        sig_lines=["Verbal start-of-care order received from Dr. Naomi Pratt, MD on 01/05/2026 by Ines Calder, RN.",
                   "Attending physician: Naomi Pratt, MD",
                   "Physician signature: PENDING - e-signature request sent to physician portal 01/08/2026",
                   "Clinical manager: Ines Calder, RN   01/06/2026"]))
    hh_label("e36_brightwater_pending.docx", "2026-02-11", [["signature-missing"]],
             "The physician's signature is only 'PENDING' (portal request dated 01/08/2026); the dated line above it is the "
             "verbal SOC order taken by the RN. Agency narrative plan with bullet orders and numbered goals.",
             "2026-01-06", "2026-01-06", "2026-03-06", None)


def e38(path):
    hh_narr(path, dict(agency="Northstar Home Health",
        name="Magdalena Rusu", dob="01/30/1943", mbi="4LW7-BS2-FK65", soc="02/16/2026", p0="02/16/2026", p1="04/16/2026",
        pdx="Type 2 diabetes mellitus with foot ulcer (left heel)", odx="I50.22 Chronic systolic (congestive) heart failure",
        orders="SN 2w4, 1w4 - wound care L heel (cleanse, silver alginate, foam; change 3x/wk), diabetic teaching\nHHA 2w4 - bathing",
        goals="L heel wound will decrease from 3.0 x 2.2 cm to 1.5 x 1.0 cm or smaller by 04/13/2026\nPt will check blood glucose twice daily and record it on 7 of 7 days per week by 03/09/2026",
        sig_lines=["Certifying physician: Samuel Okonjo, MD   Signed 02/19/2026"],
        extra_top=["Billing note: Z48.812 used on the prior episode's final claim (post-CABG aftercare); not this episode."]))
    hh_label("e38_northstar_dxname.docx", "2026-03-11", [["diagnosis-code-missing"]],
             "The principal diagnosis (diabetes with a heel ulcer) is written in words only; codes appear only for the secondary "
             "diagnosis and in a billing note about the prior episode. Agency narrative plan.",
             "2026-02-16", "2026-02-16", "2026-04-16", "2026-02-19")


def e39(path):
    hh_narr(path, dict(agency="Juniper Hills Home Health & Hospice",
        name="Elias Thorvaldsen", dob="05/12/1940", mbi="6DK1-PV8-MA93", soc="03/09/2026", p0="03/09/2026", p1="05/07/2026",
        pdx="I50.22 Chronic systolic (congestive) heart failure", odx="E11.9 Type 2 diabetes mellitus without complications",
        orders="SN 1w1, 2w3, 1w4 - assessment, medication teaching, weights\nPT 2w4 - strengthening and balance\nOT 1w3 - energy conservation for bathing and dressing",
        goals="Pt will weigh himself daily and log it on 7 of 7 days by 04/06/2026\nPt will walk 150 ft with a cane, modified independent, by 05/04/2026\nPt will bathe with set-up only using a shower chair by 04/20/2026",
        extra_top=["Face-to-face encounter: 02/27/2026 by Carmen Ibarra, NP (documented in the referral packet)."],
        sig_lines=["I certify that this patient is confined to the home and needs intermittent skilled nursing care and physical therapy.",
                   "Certifying practitioner: Carmen Ibarra, NP   Date signed: 03/13/2026"],
        attachment=[["Furosemide", "40 mg", "PO", "daily"], ["Metoprolol succinate", "50 mg", "PO", "daily"],
                    ["Metformin", "500 mg", "PO", "BID"]]))
    hh_label("e39_juniper_np.docx", "2026-04-02", [],
             "Clean agency plan certified by a nurse practitioner (allowed practitioner). Decoys: face-to-face encounter date "
             "line; a medication-profile attachment stating no physician signature is required on it.",
             "2026-03-09", "2026-03-09", "2026-05-07", "2026-03-13")


def e49(path):
    hh_narr(path, dict(agency="Brightwater Home Health Agency",
        name="Henrietta Cole", dob="10/10/1942", mbi="1MX6-TE4-RB72", soc="04/06/2026", p0="04/06/2026", p1="06/04/2026",
        pdx="I50.22 Chronic systolic (congestive) heart failure", odx="E11.9 Type 2 diabetes mellitus without complications",
        orders="SN 1w1, 2w4, 1w3 - cardiopulmonary assessment, weights, medication teaching; PRN x 3 visits for weight gain over 3 lb/day or new edema\nPT 2w4 - endurance and gait\nHHA 1w8 - bathing",
        goals="Pt will log daily weights on 7 of 7 days per week by 05/04/2026\nPt will walk 250 ft with a rollator with SpO2 at or above 90% by 06/01/2026\nPt will name 4 of 4 heart-failure warning signs by 04/27/2026",
        sig_lines=["Verbal start-of-care order received from Dr. Naomi Pratt, MD on 04/03/2026 by Ines Calder, RN.",
                   "Attending physician: Naomi Pratt, MD",
                   "Physician signature: Electronically signed by Naomi Pratt, MD on 04/09/2026 (status: SIGNED; earlier request 04/07/2026 pending)",
                   "Clinical manager: Ines Calder, RN   04/06/2026"]))
    hh_label("e49_brightwater_clean.docx", "2026-05-01", [],
             "Clean plan in the same agency template as e36: the physician e-signature shows SIGNED with its date (the earlier "
             "'pending' request is history). PRN visits carry a limit (x 3).",
             "2026-04-06", "2026-04-06", "2026-06-04", "2026-04-09")
# ---------------------------------------------------------------- commercial ABA
ABA = "commercial-aba"

ABA_GOALS = [
    ("Communication", "Learner will independently mand for 10 different preferred items or activities using 2-word phrases.",
     "2 different items with full verbal prompts", "80% of opportunities across 3 consecutive sessions"),
    ("Social", "Learner will respond to his name by orienting within 3 seconds.", "20% of opportunities",
     "90% of opportunities across 3 consecutive sessions"),
    ("Behavior reduction", "Learner will reduce elopement to 1 or fewer episodes per day.", "average 7 episodes per day",
     "1 or fewer per day for 10 consecutive school days"),
    ("Caregiver training", "Parent will implement the first-then visual schedule and planned ignoring with at least 90% fidelity.",
     "45% fidelity on the 12-step checklist", "90% fidelity across 3 consecutive observations"),
]


def aba_table(path, f):
    d = Doc(font="Calibri", size=10)
    d.p(f["agency"], bold=True, size=13)
    d.h("ABA Treatment Plan and Authorization Request", 1)
    d.table([["Client", f["name"], "DOB", f["dob"]], ["Member ID", f["member"], "Plan date", f["plan"]],
             ["Authorization period", f["period"], "Next plan review", f["review"]]], header=False)
    for extra in f.get("top_extra", []):
        d.p(extra, italic=True, size=9)
    d.h("Diagnosis", 2)
    d.p(f["dx"])
    d.h("Assessments", 2)
    d.table([["Instrument", "Date", "Results"]] + f["assess"])
    d.h("Treatment goals", 2)
    rows = [["Domain", "Goal", "Baseline", "Mastery criteria", "Target date"]]
    for (dom, g, b, m), t in zip(ABA_GOALS, f["targets"]):
        rows.append([dom, g.replace("Learner", f["first"]), b, m, t])
    d.table(rows)
    d.h("Requested services", 2)
    d.table([["CPT", "Service", "Hours per week", "Provider"]] + f["services"])
    d.h("Signatures", 2)
    d.table([["Role", "Name", "Signature", "Date"]] + f["sigs"])
    d.save(path)


def aba_narr(path, f):
    d = Doc(font="Segoe UI", size=10)
    d.p(f["agency"], bold=True, size=12)
    d.p("Behavior Treatment Plan", bold=True)
    d.p(f"Learner: {f['name']}  |  Date of birth: {f['dob']}  |  Subscriber/member no.: {f['member']}")
    d.p(f"Plan written: {f['plan']}  |  Authorization requested: {f['period']}")
    d.p("Diagnosis", bold=True)
    d.p(f["dx"])
    d.p("Assessment summary", bold=True)
    for a in f["assess"]:
        d.p(a, style="List Bullet")
    d.p("Goals", bold=True)
    for i, ((dom, g, b, m), t) in enumerate(zip(ABA_GOALS, f["targets"]), 1):
        d.p(f"{i}. {dom}: {g.replace('Learner', f['first'])}", bold=False)
        d.p(f"   Baseline: {b}.  Mastery: {m}.  Target: {t}.")
    d.p("Service request", bold=True)
    for s in f["services"]:
        d.p(s, style="List Bullet")
    d.p("Review", bold=True)
    for r in f["review"]:
        d.p(r)
    d.p("Signatures", bold=True)
    for s in f["sigs"]:
        d.p(s)
    d.save(path)


def aba_label(fname, asof, gaps, notes, plan, p0, p1, nxt, assess, sigs, targets, unsure=()):
    label(fname, ABA, asof, gaps, notes,
          dict(plan=plan, pstart=p0, pend=p1, next=nxt, assess=assess, sigs=sigs, targets=targets), unsure=unsure)


SERV = [["97153", "Adaptive behavior treatment by protocol (RBT)", "20", "RBT team"],
        ["97155", "Protocol modification by BCBA", "3", "BCBA"],
        ["97156", "Family adaptive behavior treatment guidance", "1", "BCBA"]]


def e41(path):
    aba_table(path, dict(agency="Bright Steps Autism Services", name="Milo Arkwright", first="Milo", dob="05/22/2019",
        member="W339021877", plan="02/02/2026", period="02/01/2026 - 07/31/2026", review="07/15/2026",
        top_extra=["Previous authorization 08/01/2025 - 01/31/2026; progress review completed 01/20/2026."],
        dx="F84.0 Autistic disorder - diagnosed by Dr. Helena Marsh, PhD, licensed psychologist, on 03/14/2024",
        assess=[["VB-MAPP", "01/22/2026", "Milestones 58 (Level 2); Barriers 41"],
                ["Vineland-3 (parent form)", "01/24/2026", "Adaptive Behavior Composite 66"]],
        targets=["07/31/2026", "06/30/2026", "07/31/2026", "05/31/2026"], services=SERV,
        sigs=[["Supervising BCBA", "Tessa Grunwald, BCBA", "/s/ T. Grunwald", "02/02/2026"],
              ["Parent/guardian", "Olivia Arkwright (mother)", "/s/ O. Arkwright", "02/03/2026"],
              ["Client", "N/A - minor (age 6)", "", ""]]))
    aba_label("e41_brightsteps_aba.docx", "2026-02-20", [],
              "Clean ABA request in tables. Decoys: the previous authorization and its completed progress review in a note "
              "above the diagnosis; a 'Client: N/A - minor' signature row.",
              "2026-02-02", "2026-02-01", "2026-07-31", ["2026-07-15"], "2026-01-22",
              [("clinician", "2026-02-02"), ("guardian", "2026-02-03")], ["2026-07-31", "2026-06-30", "2026-05-31"])


def e43(path):
    aba_table(path, dict(agency="Harborlight Behavioral Consulting", name="Sadie Okoro", first="Sadie", dob="11/02/2020",
        member="UHC88201934", plan="03/09/2026", period="03/09/2026 - 09/08/2026", review="08/24/2026",
        top_extra=["Supervising BCBA: Kira Voss, BCBA, NPI " + npi("137720046") + " - Harborlight Behavioral Consulting"],
        dx="F84.0 Autistic disorder - diagnosed by Ramon Iglesias, MD (developmental pediatrics), 06/02/2023",
        assess=[["ABLLS-R", "02/26/2026", "Language and social domains 35-50% of items"],
                ["Vineland-3", "02/27/2026", "ABC 71"]],
        targets=["09/08/2026", "08/31/2026", "09/08/2026", "06/30/2026"], services=SERV,
        sigs=[["Supervising BCBA", "[Name], [Credential]", "", "[Date]"],
              ["Parent/guardian", "Adaeze Okoro", "Adaeze Okoro", "03/10/2026"]]))
    aba_label("e43_harborlight_placeholder.docx", "2026-03-25", [["signature-missing"]],
              "The BCBA signature row is the template's placeholder ('[Name], [Credential]', '[Date]'), unsigned; the BCBA's "
              "name and credential appear only in a provider line above the diagnosis. Same table family as e41.",
              "2026-03-09", "2026-03-09", "2026-09-08", ["2026-08-24"], "2026-02-26",
              [("guardian", "2026-03-10")], ["2026-09-08", "2026-08-31", "2026-06-30"])


def e46(path):
    serv = [["97153", "Adaptive behavior treatment by protocol", "15", "RBT"],
            ["97155", "Protocol modification", "2", "BCBA"],
            ["97156", "Caregiver training (family guidance)", "As needed", "BCBA"]]
    aba_table(path, dict(agency="Prairie Wind ABA", name="Jonah Feldstein", first="Jonah", dob="08/15/2018",
        member="CGN40228813", plan="01/19/2026", period="01/19/2026 - 07/18/2026", review="07/06/2026",
        dx="F84.0 Autistic disorder; diagnosed 09/10/2021 by Lila Brandt, PsyD",
        assess=[["VB-MAPP", "01/08/2026", "Milestones 96; Barriers 22"], ["Vineland-3", "01/09/2026", "ABC 74"]],
        targets=["07/18/2026", "06/30/2026", "07/18/2026", "04/30/2026"], services=serv,
        sigs=[["BCBA", "Nico Albers, BCBA", "/s/ Nico Albers", "01/19/2026"],
              ["Guardian", "Ruth Feldstein", "/s/ Ruth Feldstein", "01/19/2026"]]))
    aba_label("e46_prairiewind_asneeded.docx", "2026-02-09", [["amount-missing"]],
              "97156 caregiver training is requested 'As needed' in the hours-per-week column; the other codes state hours. "
              "Same table family as e41.",
              "2026-01-19", "2026-01-19", "2026-07-18", ["2026-07-06"], "2026-01-08",
              [("clinician", "2026-01-19"), ("guardian", "2026-01-19")], ["2026-07-18", "2026-06-30", "2026-04-30"])


def e42(path):
    aba_narr(path, dict(agency="Little Harbor Learning Center - ABA Services", name="Ezra Lindqvist", first="Ezra",
        dob="03/03/2020", member="AET55028163", plan="02/02/2026", period="02/02/2026 to 08/01/2026",
        dx="F84.0 Autistic disorder (diagnosed 04/18/2023 by Marguerite Fay, PhD, licensed psychologist)",
        assess=["VB-MAPP administered 01/15/2026: Milestones 74 (Level 2/3); Barriers 30",
                "Vineland-3 (caregiver interview form) 01/16/2026: ABC 69"],
        targets=["08/01/2026", "07/01/2026", "08/01/2026", "05/01/2026"],
        services=["97153 adaptive behavior treatment by protocol: 18 hours per week",
                  "97155 protocol modification (BCBA): 2.5 hours per week",
                  "97156 family guidance: 1 hour per week"],
        review=["Treatment plan reviewed with caregiver on: 02/02/2026 (initial review of goals and consent)."],
        sigs=["BCBA: Inga Solvik, BCBA   02/02/2026", "Parent/guardian: Petra Lindqvist   02/02/2026"]))
    aba_label("e42_littleharbor_review.docx", "2026-02-24", [["review-date-missing"]],
              "The 'Review' section records only that the plan was reviewed with the caregiver on the plan date; no next "
              "review date is set. Narrative/list layout with bold paragraph headings.",
              "2026-02-02", "2026-02-02", "2026-08-01", [], "2026-01-15",
              [("clinician", "2026-02-02"), ("guardian", "2026-02-02")], ["2026-08-01", "2026-07-01", "2026-05-01"],
              unsure=["review-interval-exceeded"])


def e44(path):
    aba_narr(path, dict(agency="Cottonwood Behavior Partners", name="Lucia Tremaine", first="Lucia",
        dob="12/12/2018", member="BCB71190452", plan="02/09/2026", period="02/09/2026 to 08/08/2026",
        dx="F84.0 Autistic disorder - diagnosed by Victor Amadi, PhD, on 01/30/2022",
        assess=["VB-MAPP: 11/04/2024 - Milestones 88; Barriers 25 (re-assessment scheduled 02/20/2026)",
                "Preference assessment (MSWO) 01/28/2026 - top items: bubbles, iPad, trampoline",
                "Parent interview 01/26/2026"],
        targets=["08/08/2026", "07/01/2026", "08/08/2026", "05/08/2026"],
        services=["97153: 22 hours per week", "97155: 3 hours per week", "97156: 1.5 hours per week"],
        review=["Next treatment plan review: 07/27/2026"],
        sigs=["Supervising BCBA: Farah Qureshi, BCBA-D - 02/09/2026", "Parent: Dominic Tremaine - 02/10/2026"]))
    aba_label("e44_cottonwood_oldvbmapp.docx", "2026-02-26", [["assessment-outdated"]],
              "The only standardized assessment is a VB-MAPP from 11/04/2024, 462 days before the plan date; the re-assessment "
              "is only scheduled, and the recent preference assessment and parent interview are not standardized instruments.",
              "2026-02-09", "2026-02-09", "2026-08-08", ["2026-07-27"], "2024-11-04",
              [("clinician", "2026-02-09"), ("guardian", "2026-02-10")], ["2026-08-08", "2026-07-01", "2026-05-08"])


def e45(path):
    aba_narr(path, dict(agency="Maple & Pine Developmental Services", name="Theo Marchetti", first="Theo",
        dob="07/07/2021", member="HUM20937745", plan="03/01/2026", period="03/01/2026 to 08/31/2026",
        dx="Autism spectrum disorder, level 2 (ICD-10-CM F84.0); evaluation by Danielle Roux, PhD, 10/05/2025",
        assess=["Vineland-3 interview form, 02/18/2026: ABC 64",
                "VB-MAPP, 02/20/2026: Milestones 41; Barriers 48",
                "Functional behavior assessment 02/21/2026: elopement maintained by access to tangibles"],
        targets=["08/31/2026", "07/31/2026", "08/31/2026", "05/31/2026"],
        services=["97153 - direct therapy by RBT - 25 hrs/week", "97155 - BCBA protocol modification - 4 hrs/week",
                  "97156 - parent training - 2 hrs/week"],
        review=["Progress review and plan update due: 08/17/2026.",
                "(Initial plan - no prior reviews.)"],
        sigs=["Supervising BCBA: Owen Castellano, BCBA, LBA   Date: 03/01/2026",
              "Parent/guardian: Giulia Marchetti   Date: 03/02/2026",
              "Learner signature: not required (age 4)"]))
    aba_label("e45_maplepine_aba.docx", "2026-03-30", [],
              "Clean ABA plan in lists. Decoys: an FBA among the assessments (standardized ones also present); 'Learner "
              "signature: not required'; '(Initial plan - no prior reviews)'.",
              "2026-03-01", "2026-03-01", "2026-08-31", ["2026-08-17"], "2026-02-18",
              [("clinician", "2026-03-01"), ("guardian", "2026-03-02")], ["2026-08-31", "2026-07-31", "2026-05-31"])


# ---------------------------------------------------------------- main
PLANS = [
    (e01, "e01_northfield_itp.docx"), (e02, "e02_birchwater_otp.docx"), (e03, "e03_meadowgate_plan.docx"),
    (e04, "e04_riverbend_export.docx"), (e05, "e05_morrow_psychotherapy.docx"), (e06, "e06_silveroaks_poc.docx"),
    (e07, "e07_lakeview_faxed.docx"), (e08, "e08_cornerstone_itp.docx"), (e09, "e09_hawthorne_narrative.docx"),
    (e10, "e10_willowbrook_merged.docx"), (e11, "e11_wren_ehr.docx"), (e12, "e12_fontaine_native.yaml"),
    (e13, "e13_keel_native.yaml"), (e14, "e14_pinecrest_review_blank.docx"),
    (e15, "e15_keystone_pa.docx"), (e16, "e16_allegheny_pending.docx"), (e17, "e17_susquehanna_pa.docx"),
    (e18, "e18_lonestar_tx.docx"), (e19, "e19_brazos_tx.docx"), (e20, "e20_gulfbreeze_fl.docx"),
    (e21, "e21_hudson_ny.docx"), (e22, "e22_hudson_ny_late.docx"), (e23, "e23_sierravista_ca.docx"),
    (e24, "e24_sierravista_ca_clean.docx"), (e25, "e25_ferreira_fhir.json"), (e26, "e26_haraldsen_fhir.json"),
    (e27, "e27_whitcombe_fhir.json"),
    (e28, "e28_summitridge_pt.docx"), (e29, "e29_meridian_pending.docx"), (e30, "e30_lakeshore_ot_letter.docx"),
    (e31, "e31_cascade_pt.docx"), (e32, "e32_szabo_ot_nested.docx"), (e33, "e33_valley_slp.docx"),
    (e34, "e34_pinebrook_eval.docx"),
    (e35, "e35_evergreen_485.docx"), (e36, "e36_brightwater_pending.docx"), (e37, "e37_riverside_prn.docx"),
    (e38, "e38_northstar_dxname.docx"), (e39, "e39_juniper_np.docx"), (e40, "e40_cedarhollow_dpm.docx"),
    (e41, "e41_brightsteps_aba.docx"), (e42, "e42_littleharbor_review.docx"), (e43, "e43_harborlight_placeholder.docx"),
    (e44, "e44_cottonwood_oldvbmapp.docx"), (e45, "e45_maplepine_aba.docx"), (e46, "e46_prairiewind_asneeded.docx"),
    (e47, "e47_tidewater_casual.docx"), (e48, "e48_valley_slp_clean.docx"),
    (e49, "e49_brightwater_clean.docx"),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    LABELS.clear()
    _REV[0] = 0
    for fn, name in PLANS:
        n_before = len(LABELS)
        fn(os.path.join(here, name))
        assert len(LABELS) == n_before + 1 and LABELS[-1]["file"] == name, name
    # every NPI written in the plans is valid (no NPI gap in this set)
    for n in ["174300218", "160055512", "182204417", "190377421", "155201948", "168830027", "137720046"]:
        assert npi_ok(npi(n))
    # self-checks on the set as a whole
    names = [l["file"] for l in LABELS]
    assert len(names) == len(set(names))
    for l in LABELS:
        for g in l["must_report"]:
            for k in g:
                assert k not in l["must_not_report"], l["file"]
        assert "readability" not in l["must_not_report"]
    out = [{k: v for k, v in l.items() if not k.startswith("_")} for l in LABELS]
    with open(os.path.join(here, "labels.json"), "w") as f:
        json.dump(out, f, indent=2)
        f.write("\n")
    # summary table for the README
    from collections import Counter
    c = Counter()
    for l in LABELS:
        key = (l["_fmt"], l["_payer"] + "".join(" +" + s for s in l["_states"]))
        c[key, "clean" if not l["must_report"] else "gap"] += 1
    for (k, kind), v in sorted(c.items()):
        print(k, kind, v)


if __name__ == "__main__":
    main()
