#!/usr/bin/env python3
"""Blind plan set 39 ("af" prefix): programs and settings, each with its own template.

Deterministic: run with /work/main/.venv/bin/python make_plans.py ; writes every plan file and
labels.json next to this script. Everything in the plans is invented.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_TS = dt.datetime(2026, 11, 24, 9, 0, 0, tzinfo=dt.timezone.utc)

# --------------------------------------------------------------------------------------------
# finding kinds each profile can report at error or warning (read from the profile YAML files and
# `authcheck profiles show ID --resolved`; info-only kinds such as readability are left out)
BASE = ["date-inconsistent", "diagnosis-code-invalid", "diagnosis-code-missing",
        "diagnosis-code-not-billable", "diagnosis-missing", "field-missing", "identifier-invalid",
        "service-code-invalid"]
KINDS = {
    "base-treatment-plan": BASE,
    "commercial-aba": BASE + ["amount-missing", "assessment-missing", "assessment-outdated",
                              "baseline-missing", "caregiver-goal-missing", "diagnosis-not-covered",
                              "duration-exceeds-limit", "goal-missing", "goal-not-measurable",
                              "goal-not-time-bound", "review-date-missing", "review-interval-exceeded",
                              "signature-missing"],
    "medicare-home-health": BASE + ["credential-not-permitted", "duration-missing", "frequency-missing",
                                    "goal-missing", "goal-not-measurable", "intervention-missing",
                                    "review-interval-exceeded", "review-overdue", "signature-missing"],
    # amount-missing is info-only in this profile
    "medicare-outpatient-therapy": BASE + ["credential-not-permitted", "duration-missing",
                                           "frequency-missing", "goal-missing", "goal-not-measurable",
                                           "intervention-missing", "plan-late", "review-interval-exceeded",
                                           "review-overdue", "signature-late", "signature-missing"],
    "medicare-psychotherapy": BASE + ["amount-missing", "credential-missing", "duration-exceeds-limit",
                                      "duration-missing", "frequency-missing", "goal-missing",
                                      "goal-not-measurable", "intervention-missing",
                                      "objective-not-measurable", "objective-not-time-bound",
                                      "plan-outdated", "signature-missing"],
    "ca-title9-ntp": ["field-missing", "goal-missing", "objective-missing", "objective-not-time-bound",
                      "plan-late", "review-date-missing", "review-interval-exceeded", "review-overdue",
                      "signature-late", "signature-missing"],
    "fl-65d-30": ["field-missing", "frequency-missing", "goal-missing", "intervention-missing",
                  "objective-missing", "objective-not-measurable", "objective-not-time-bound",
                  "plan-late", "signature-late", "signature-missing"],
    "ny-oasas-818": ["diagnosis-missing", "field-missing", "goal-missing", "intervention-missing",
                     "plan-late", "signature-late", "signature-missing"],
    "pa-55-5200": ["duration-missing", "field-missing", "goal-missing", "intervention-missing",
                   "objective-missing", "plan-late", "signature-missing"],
    "tx-26tac-564": ["duration-missing", "frequency-missing", "goal-missing", "intervention-missing",
                     "objective-missing", "objective-not-measurable", "objective-not-time-bound",
                     "signature-missing"],
}

LABELS: list[dict] = []
FILES: list[str] = []


def label(file, payer, states, as_of, gaps, notes, unsure=()):
    allk = set(KINDS[payer])
    for s in states:
        allk |= set(KINDS[s])
    gapk = {k for g in gaps for k in g}
    for g in gaps:
        assert any(k in allk for k in g), (file, g)
    for u in unsure:
        assert u in allk, (file, u)
    mnr = sorted(allk - gapk - set(unsure))
    cw = ["--payer", payer]
    for s in states:
        cw += ["--state", s]
    cw += ["--as-of", as_of.isoformat() if isinstance(as_of, dt.date) else as_of]
    if unsure:
        notes = notes + " Left out of must_not_report (unsure): " + ", ".join(sorted(unsure)) + "."
    LABELS.append({"file": file, "check_with": cw, "must_report": [list(g) for g in gaps],
                   "must_not_report": mnr, "notes": notes})


# --------------------------------------------------------------------------------------------
# dates
def D(s):
    return dt.date.fromisoformat(s)


def days(a, b):
    """days from a to b"""
    return (b - a).days


def us(d):
    return d.strftime("%m/%d/%Y")


def us1(d):  # 3/2/2026
    return f"{d.month}/{d.day}/{d.year}"


def us2(d):  # 3/2/26
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def longd(d):  # March 2, 2026
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def abbr(d):  # Mar 2, 2026
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def dmy(d):  # 02-Mar-2026
    return d.strftime("%d-%b-%Y")


def iso(d):
    return d.isoformat()


def add(d, n):
    return d + dt.timedelta(days=n)


def add_months(d, m):
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


TODAY = D("2026-11-24")


def check_sigs_not_future(as_of, *sigs):
    for s in sigs:
        assert s <= as_of <= TODAY, (s, as_of)


# --------------------------------------------------------------------------------------------
# NPIs: 10 digits, first 1 or 2, Luhn check digit over the prefix 80840
def luhn_digit(body: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return (10 - total % 10) % 10


def npi(nine: str) -> str:
    assert len(nine) == 9 and nine[0] in "12"
    return nine + str(luhn_digit("80840" + nine))


def npi_ok(n: str) -> bool:
    return len(n) == 10 and n[0] in "12" and luhn_digit("80840" + n[:9]) == int(n[9])


assert npi("123456789") == "1234567893"  # the rule's own valid example
assert not npi_ok("1234567890")

# --------------------------------------------------------------------------------------------
# DOCX helpers


class W:
    """A thin writer over python-docx."""

    def __init__(self, font="Calibri", size=10.5, landscape=False, margins=0.8, title="Treatment Plan",
                 author="EHR Export"):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), font)
        sec = self.doc.sections[0]
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = sec.page_height, sec.page_width
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Inches(margins))
        self._title = title
        self._author = author
        self._id = 100

    # -- text
    def h(self, text, level=1):
        return self.doc.add_heading(text, level=level)

    def p(self, text="", bold=False, italic=False, size=None, align=None, style=None, color=None,
          caps=False, underline=False):
        par = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        if text:
            r = par.add_run(text)
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
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return par

    def rp(self, *parts, style=None):
        """paragraph from parts: str (plain) or (text, 'b'|'i'|'bi'|'u')"""
        par = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        for part in parts:
            if isinstance(part, str):
                par.add_run(part)
            else:
                t, f = part
                r = par.add_run(t)
                r.bold = "b" in f
                r.italic = "i" in f
                r.underline = "u" in f
        return par

    def kv(self, *pairs, gap="    "):
        par = self.doc.add_paragraph()
        for i, (k, v) in enumerate(pairs):
            if i:
                par.add_run(gap)
            r = par.add_run(k + ": ")
            r.bold = True
            par.add_run(v)
        return par

    def bullet(self, text, level=0):
        style = "List Bullet" if level == 0 else "List Bullet 2"
        return self.doc.add_paragraph(text, style=style)

    def num(self, text, level=0):
        style = "List Number" if level == 0 else "List Number 2"
        return self.doc.add_paragraph(text, style=style)

    def page_break(self):
        par = self.doc.add_paragraph()
        par.add_run().add_break(WD_BREAK.PAGE)

    # -- tables
    def table(self, rows, header=True, style="Table Grid", widths=None, bold_col0=False, size=None,
              shade_header="D9D9D9", container=None):
        host = container if container is not None else self.doc
        t = host.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        if style:
            t.style = self.doc.styles[style]
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                self.set_cell(cell, val, bold=(header and i == 0) or (bold_col0 and j == 0), size=size)
                if header and i == 0 and shade_header:
                    shade(cell, shade_header)
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    if j < len(row.cells):
                        row.cells[j].width = Inches(w)
        return t

    @staticmethod
    def set_cell(cell, val, bold=False, size=None):
        cell.text = ""
        lines = val if isinstance(val, list) else str(val).split("\n")
        par = cell.paragraphs[0]
        for k, line in enumerate(lines):
            if k:
                par = cell.add_paragraph()
            r = par.add_run(line)
            r.bold = bold
            if size:
                r.font.size = Pt(size)

    # -- headers / footers
    def header(self, *lines, align="left", size=8.5):
        hdr = self.doc.sections[0].header
        hdr.is_linked_to_previous = False
        par = hdr.paragraphs[0]
        for i, line in enumerate(lines):
            if i:
                par = hdr.add_paragraph()
            r = par.add_run(line)
            r.font.size = Pt(size)
            if align == "right":
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif align == "center":
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return hdr

    def footer(self, *lines, page=True, size=8):
        ftr = self.doc.sections[0].footer
        par = ftr.paragraphs[0]
        for i, line in enumerate(lines):
            if i:
                par = ftr.add_paragraph()
            r = par.add_run(line)
            r.font.size = Pt(size)
        if page:
            par = ftr.add_paragraph()
            r = par.add_run("Page ")
            r.font.size = Pt(size)
            add_field(par, "PAGE", "1", size)
            r = par.add_run(" of ")
            r.font.size = Pt(size)
            add_field(par, "NUMPAGES", "1", size)
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return ftr

    # -- revisions, comments, content controls
    def next_id(self):
        self._id += 1
        return str(self._id)

    def ins_run(self, par, text, author="Reviewer", date="2026-01-01T10:00:00Z"):
        ins = OxmlElement("w:ins")
        ins.set(qn("w:id"), self.next_id())
        ins.set(qn("w:author"), author)
        ins.set(qn("w:date"), date)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        ins.append(r)
        par._p.append(ins)

    def del_run(self, par, text, author="Reviewer", date="2026-01-01T10:00:00Z"):
        de = OxmlElement("w:del")
        de.set(qn("w:id"), self.next_id())
        de.set(qn("w:author"), author)
        de.set(qn("w:date"), date)
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        de.append(r)
        par._p.append(de)

    def comment(self, runs, text, author="QA Reviewer", initials="QA"):
        c = self.doc.add_comment(runs, text=text, author=author, initials=initials)
        c._comment_elm.date = FIXED_TS
        return c

    def sdt_run(self, par, text, alias="Field", tag=None):
        """inline content control holding text"""
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        al = OxmlElement("w:alias")
        al.set(qn("w:val"), alias)
        pr.append(al)
        tg = OxmlElement("w:tag")
        tg.set(qn("w:val"), tag or alias.replace(" ", "_"))
        pr.append(tg)
        i = OxmlElement("w:id")
        i.set(qn("w:val"), self.next_id())
        pr.append(i)
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        content.append(r)
        sdt.append(content)
        par._p.append(sdt)
        return sdt

    def save(self, name):
        cp = self.doc.core_properties
        cp.author = self._author
        cp.last_modified_by = self._author
        cp.title = self._title
        cp.created = dt.datetime(2026, 1, 1, 8, 0, 0)
        cp.modified = dt.datetime(2026, 1, 1, 8, 0, 0)
        cp.last_printed = dt.datetime(2026, 1, 1, 8, 0, 0)
        cp.revision = 1
        cp.comments = ""
        cp.keywords = ""
        cp.subject = ""
        cp.category = ""
        buf = io.BytesIO()
        self.doc.save(buf)
        write_stable_zip(buf.getvalue(), os.path.join(OUT, name))
        FILES.append(name)


def write_stable_zip(data: bytes, path: str):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def add_field(par, instr, shown, size=None):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), f" {instr} \\* MERGEFORMAT ")
    r = OxmlElement("w:r")
    if size:
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
        r.append(rpr)
    t = OxmlElement("w:t")
    t.text = shown
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def merge_row(t, r, text=None, bold=True, fill=None):
    """merge a whole table row into one cell (a section title row)"""
    a = t.cell(r, 0)
    b = t.cell(r, len(t.columns) - 1)
    m = a.merge(b)
    if text is not None:
        W.set_cell(m, text, bold=bold)
    if fill:
        shade(m, fill)
    return m


def write_text(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    FILES.append(name)


BOILER_CONSENT = (
    "I have participated in developing this plan and I agree with the goals and services listed. I "
    "understand that I may ask for a copy of this plan, that I may request changes at any time, and "
    "that I may refuse any service. I have received the Notice of Privacy Practices and the program's "
    "grievance procedure.")
CRISIS_LINES = ("If you are in crisis: call or text 988 (Suicide & Crisis Lifeline), call 911, or go to "
                "the nearest emergency department. After-hours on-call clinician: 555-0142.")


# ============================================================================================
# ABA / autism services (commercial-aba)
# ============================================================================================
def sig_table(w, rows, widths=None, header=("Role", "Name / Credentials", "Signature", "Date")):
    return w.table([list(header)] + rows, widths=widths)


def af01():
    name = "af01_aba_initial_brightpath.docx"
    plan, asmt1, asmt2 = D("2026-02-09"), D("2026-01-21"), D("2026-01-23")
    start, end, review = D("2026-02-16"), D("2026-08-15"), D("2026-07-31")
    bcba_sig, par_sig, as_of = plan, D("2026-02-11"), D("2026-02-20")
    assert days(asmt1, plan) <= 365 and days(asmt2, plan) <= 365
    assert end < add_months(start, 6) and days(plan, review) <= 184
    check_sigs_not_future(as_of, bcba_sig, par_sig)
    bnpi = npi("148203719")
    w = W(font="Arial", size=10, title="ABA Treatment Plan - Initial", author="BrightPath Clinical")
    w.header("BrightPath Behavioral Health, LLC  |  2210 Orchard Row, Suite 4, Harrisburg, PA 17110",
             "Phone 555-0187  |  Fax 555-0188  |  Tax ID 88-0000000", align="center")
    w.footer("Mateo R. Quintanilla  |  DOB 05/14/2021  |  Member ID KMH884201937  |  CONFIDENTIAL")
    w.p("APPLIED BEHAVIOR ANALYSIS", bold=True, size=14, align="center")
    w.p("Initial Treatment Plan and Authorization Request", bold=True, size=12, align="center")
    w.h("Client Information", 2)
    t = w.table([
        ["Client Name", "Mateo R. Quintanilla", "Date of Birth", "05/14/2021"],
        ["Member ID", "KMH884201937", "Health Plan", "Keystone Mutual Health (commercial PPO)"],
        ["Parent/Guardian", "Adriana Quintanilla (mother)", "Phone", "555-0123"],
        ["Plan Date", us(plan), "Requested Authorization Period", f"{us(start)} - {us(end)}"],
        ["Supervising BCBA", "Lauren Pike, MS, BCBA", "BCBA NPI", bnpi],
    ], header=False, widths=[1.4, 2.0, 1.6, 2.0])
    for r in t.rows:
        for j in (0, 2):
            for par in r.cells[j].paragraphs:
                for run in par.runs:
                    run.bold = True
    w.h("Diagnosis", 2)
    w.table([["ICD-10-CM", "Description", "Primary", "Diagnosed by", "Date of diagnosis"],
             ["F84.0", "Autism spectrum disorder (autistic disorder), requiring very substantial support (Level 3)",
              "Yes", "Helen Okafor, PhD, Licensed Psychologist", "11/18/2025"]],
            widths=[0.9, 2.8, 0.7, 1.7, 1.0])
    w.h("Reason for Referral", 2)
    w.p("Mateo is a 4-year-old boy referred by his pediatrician after a diagnostic evaluation confirmed "
        "autism spectrum disorder. He uses fewer than 10 spoken words, leads adults by the hand to request, "
        "elopes from caregivers in parking lots and stores, and has daily tantrums (crying, dropping to the "
        "floor, hitting his head with an open hand) when routines change. He attends a half-day Pre-K "
        "program three mornings a week.")
    w.h("Assessments Completed", 2)
    w.table([["Instrument", "Date", "Administered by", "Results"],
             ["VB-MAPP (Milestones, Barriers, Transition)", us(asmt1), "Lauren Pike, BCBA",
              "Milestones 21/170 (Level 1: 19, Level 2: 2); Barriers 34/96; Transition 18/90"],
             ["Vineland Adaptive Behavior Scales, 3rd ed. (parent interview form)", us(asmt2), "Lauren Pike, BCBA",
              "Adaptive Behavior Composite 64; Communication 58; Daily Living 70; Socialization 61"],
             ["Functional behavior assessment (ABC data, interview)", "01/26/2026", "Lauren Pike, BCBA",
              "Tantrums and elopement maintained by access to tangibles and escape from transitions"]],
            widths=[2.2, 0.9, 1.3, 2.6])
    w.h("Skill Acquisition Goals", 2)
    w.table([["#", "Domain", "Goal", "Baseline", "Mastery Criteria", "Target Date"],
             ["1", "Communication (manding)",
              "Mateo will independently mand for 15 different preferred items or activities using 1-2 word vocal requests or an AAC device.",
              "3 items mand independently (probe 01/21/2026)", "15 novel mands, 80% independent across 3 consecutive sessions", "08/14/2026"],
             ["2", "Listener responding",
              "Mateo will follow 1-step directions without gestures (e.g., 'give me cup', 'sit down') in 80% of opportunities.",
              "20% of opportunities (10-trial probe)", "80% of opportunities across 3 consecutive sessions with 2 staff", "07/31/2026"],
             ["3", "Social / joint attention",
              "Mateo will respond to a bid for joint attention by shifting gaze between the adult and the object in 8 of 10 opportunities.",
              "2 of 10 opportunities", "8 of 10 opportunities across 3 consecutive sessions", "08/14/2026"],
             ["4", "Daily living (handwashing)",
              "Mateo will complete all 6 steps of the handwashing task analysis independently.",
              "2 of 6 steps independent; full physical prompts for 4 steps", "6 of 6 steps independent on 4 of 5 consecutive probes", "06/30/2026"]],
            widths=[0.3, 1.1, 2.4, 1.3, 1.4, 0.8], size=9)
    w.h("Behavior Reduction Goals", 2)
    w.table([["#", "Target Behavior", "Operational Definition", "Baseline", "Goal / Mastery Criteria", "Target Date"],
             ["5", "Tantrum", "Crying with dropping to the floor and/or open-hand head hitting lasting 10 seconds or longer; new episode after 60 s without the behavior.",
              "Mean 6.2 episodes per day (7-day ABC/frequency record)", "1 or fewer episodes per day for 4 consecutive weeks", "08/14/2026"],
             ["6", "Elopement", "Moving more than 5 feet away from the caregiver without permission in community or clinic settings.",
              "Mean 4 episodes per outing (5 outings)", "0 episodes across 10 consecutive community outings", "08/14/2026"]],
            widths=[0.3, 1.0, 2.3, 1.3, 1.5, 0.8], size=9)
    w.h("Parent Training Goals", 2)
    w.table([["#", "Goal", "Baseline", "Mastery Criteria", "Target Date"],
             ["7", "Parent will implement the mand-training procedure (wait for a request, model the word, deliver the item) during snack and play with 90% fidelity.",
              "40% fidelity (fidelity checklist, 01/28/2026)", "90% fidelity on 3 consecutive parent-training sessions", "06/30/2026"],
             ["8", "Parent will follow the transition protocol (first-then board, 2-minute warning, planned ignoring of tantrums) with 85% fidelity in the home.",
              "30% fidelity", "85% fidelity on 3 consecutive observations", "07/31/2026"]],
            widths=[0.3, 3.0, 1.3, 1.6, 0.8], size=9)
    w.h("Services Requested", 2)
    w.table([["CPT", "Service", "Provider", "Hours per Week", "Units per Week", "Setting"],
             ["97153", "Adaptive behavior treatment by protocol", "RBT", "20", "80", "Home / clinic"],
             ["97155", "Adaptive behavior treatment with protocol modification", "BCBA", "3", "12", "Home / clinic"],
             ["97156", "Family adaptive behavior treatment guidance", "BCBA", "1.5", "6", "Home / telehealth"]],
            widths=[0.6, 2.4, 0.7, 0.9, 0.9, 1.2])
    w.p(f"Authorization period requested: {us(start)} through {us(end)} (6 months).")
    w.p(f"Next treatment plan review / progress report due: {us(review)}.")
    w.h("Crisis and Coordination of Care", 2)
    w.p("Staff follow the agency's emergency procedure for elopement near traffic (block, prompt, "
        "notify the caregiver). The BCBA will coordinate with the Pre-K teacher monthly and with the "
        "speech-language pathologist about AAC vocabulary. " + CRISIS_LINES)
    w.h("Signatures", 2)
    sig_table(w, [["Supervising BCBA", "Lauren Pike, MS, BCBA", "/s/ Lauren Pike", us(bcba_sig)],
                  ["Parent/Guardian", "Adriana Quintanilla", "Adriana Quintanilla (signed in clinic)", us(par_sig)]],
              widths=[1.4, 2.0, 2.2, 1.0])
    w.p(BOILER_CONSENT, italic=True, size=8)
    w.save(name)
    label(name, "commercial-aba", [], as_of, [],
          "Clean initial ABA plan. Form table for client data, ABA grids (skill acquisition, behaviour "
          "reduction, parent training) with baseline / mastery / target-date columns, services table with "
          "hours per week by CPT, signature table; identifiers repeated in the footer.")


def af02():
    name = "af02_aba_reauth_ehr_export.docx"
    plan, ablls = D("2026-04-06"), D("2025-01-27")
    start, end, review = D("2026-04-13"), D("2026-10-12"), D("2026-10-01")
    bcba_sig, par_sig, as_of = plan, D("2026-04-08"), D("2026-04-20")
    assert days(ablls, plan) > 365  # the gap: latest standardized assessment older than a year
    assert end < add_months(start, 6) and days(plan, review) <= 184
    check_sigs_not_future(as_of, bcba_sig, par_sig)
    bnpi = npi("160334902")
    w = W(font="Courier New", size=9.5, title="Treatment Plan (Reauthorization)", author="CentralReach Export")
    w.p("SUMMIT SPECTRUM THERAPIES  -  CLINICAL DOCUMENT", bold=True)
    w.p("Document type: Behavior Treatment Plan - Reauthorization       Status: Final")
    w.p("Printed 04/08/2026 19:02 by system")
    w.p("-" * 86)
    w.p(f"Client: Brooks, Jaylen T.     DOB: 09/03/2018     Client ID: SST-20417")
    w.p("Payer: Lakeshore Health Alliance     Subscriber/Member #: LHA-33019846-01")
    w.p(f"Date of Plan: {iso(plan)}     Authorization Period: {iso(start)} to {iso(end)}")
    w.p(f"Provider: Summit Spectrum Therapies     Rendering BCBA: Corinne Maddox, M.Ed., BCBA  NPI {bnpi}")
    w.p("-" * 86)
    w.p("DIAGNOSES", bold=True)
    w.p("1. F84.0  Autistic disorder (ASD, Level 2)  -  Primary.  Diagnosed by Raymond Ashe, PsyD, 10/02/2020.")
    w.p("2. F90.2  Attention-deficit hyperactivity disorder, combined type  -  Secondary.")
    w.p("ASSESSMENTS", bold=True)
    w.p(f"ABLLS-R (Assessment of Basic Language and Learning Skills - Revised), administered {us(ablls)} by "
        "C. Maddox, BCBA: 212 of 544 items (39%); largest deficits in intraverbals (H) and social interaction (L).")
    w.p("Functional behavior assessment update, 03/16/2026: indirect interviews and 6 sessions of ABC "
        "observation; aggression maintained by escape from non-preferred academic tasks.")
    w.p("Parent interview completed 03/30/2026. Preference assessment (MSWO) 03/23/2026.")
    w.p("PROGRESS SUMMARY (previous authorization 10/13/2025 - 04/12/2026)", bold=True)
    w.p("Jaylen mastered 11 of 16 short-term objectives in the last period. Aggression decreased from 9.1 "
        "to 3.4 episodes per day. Intraverbal responding and peer play remain below age expectations. "
        "Continued services are requested at the same intensity.")
    w.p("TREATMENT PLAN", bold=True)
    probs = [
        ("Problem #1: Intraverbal / conversational language deficits",
         "Long Term Goal 1: Jaylen will answer WH-questions and sustain 3-turn conversations with peers by 10/12/2026.",
         [("Short Term Objective 1.1", "Jaylen will answer 20 different 'what/where/who' questions about familiar topics with 90% accuracy.",
           "8 of 20 questions correct (40%) on 03/27/2026 probe", "90% accuracy across 3 consecutive sessions", "08/14/2026", "In progress"),
          ("Short Term Objective 1.2", "Jaylen will maintain a 3-turn conversational exchange with a peer in 4 of 5 opportunities.",
           "1 of 5 opportunities", "4 of 5 opportunities across 3 consecutive sessions", "10/09/2026", "New")]),
        ("Problem #2: Aggression",
         "Long Term Goal 2: Jaylen will reduce aggression (hitting, kicking, scratching others) to near-zero levels by 10/12/2026.",
         [("Short Term Objective 2.1", "Jaylen will reduce aggression from 3.4 episodes per day to 1 or fewer episodes per day.",
           "3.4 episodes per day (mean of the last 10 school days)", "1 or fewer per day for 20 consecutive days", "09/30/2026", "Partially met"),
          ("Short Term Objective 2.2", "Jaylen will request a break using his break card in 80% of opportunities when presented with a non-preferred task.",
           "35% of opportunities", "80% of opportunities across 5 consecutive sessions", "07/31/2026", "In progress")]),
        ("Problem #3: Social play",
         "Long Term Goal 3: Jaylen will engage in cooperative play with peers during unstructured time by 10/12/2026.",
         [("Short Term Objective 3.1", "Jaylen will take turns in a structured board game with 1 peer for 10 minutes with no more than 1 verbal prompt.",
           "3 minutes with 4+ verbal prompts", "10 minutes, 1 prompt or fewer, on 3 consecutive sessions", "08/28/2026", "In progress")]),
        ("Problem #4: Caregiver implementation",
         "Long Term Goal 4: Mr. and Mrs. Brooks will carry out the behavior intervention plan at home by 10/12/2026.",
         [("Short Term Objective 4.1", "Parents will implement the escape-extinction with break-card procedure during homework with 90% fidelity.",
           "55% fidelity (checklist 03/2026)", "90% fidelity on 3 consecutive parent-training sessions", "07/31/2026", "In progress"),
          ("Short Term Objective 4.2", "Parents will collect daily aggression frequency data on the home data sheet on 6 of 7 days.",
           "2 of 7 days", "6 of 7 days for 4 consecutive weeks", "06/30/2026", "New")]),
    ]
    for prob, ltg, stos in probs:
        w.p(prob, bold=True)
        w.p(ltg)
        for lab, stmt, base, mast, tdate, status in stos:
            w.p(f"{lab}: {stmt}")
            w.p(f"    Baseline: {base}")
            w.p(f"    Mastery Criteria: {mast}")
            w.p(f"    Target Date: {tdate}        Status: {status}")
    w.p("INTERVENTIONS", bold=True)
    w.p("Discrete trial teaching, natural environment teaching, functional communication training, "
        "differential reinforcement of alternative behavior (DRA), escape extinction, token economy, "
        "behavioral skills training (instructions, modeling, rehearsal, feedback) for caregivers.")
    w.p("SERVICES REQUESTED", bold=True)
    w.p("97153  Adaptive behavior treatment by protocol (RBT) ........ 18 hours per week")
    w.p("97155  Protocol modification / supervision (BCBA) .......... 3 hours per week")
    w.p("97156  Family adaptive behavior treatment guidance ......... 2 hours per week")
    w.p(f"Next Review Date: {us(review)}")
    w.p("-" * 86)
    w.p(f"Electronically signed by Corinne Maddox, M.Ed., BCBA on {us(bcba_sig)} 4:17 PM")
    w.p(f"Parent/Guardian: Tamara Brooks - electronically signed {us(par_sig)} 6:42 PM")
    w.p("-" * 86)
    w.p("This document contains confidential health information protected by HIPAA (45 CFR Parts 160 and 164).", size=8)
    w.save(name)
    label(name, "commercial-aba", [], as_of, [["assessment-outdated"]],
          "Reauthorization plan whose only standardized assessment (ABLLS-R, 01/27/2025) is 434 days older "
          "than the plan date (limit 365); the FBA update, parent interview and preference assessment are "
          "not standardized instruments. Monospace EHR export with 'Problem #n / Long Term Goal / Short Term "
          "Objective' lines, indented Baseline/Mastery/Target lines, dotted service lines, e-signature lines.")


def af03():
    name = "af03_aba_initial_narrative.docx"
    plan, vb = D("2026-05-18"), D("2026-05-04")
    start, end, review = D("2026-05-25"), D("2026-11-24"), D("2026-11-09")
    bcba_sig, par_sig, as_of = plan, D("2026-05-20"), D("2026-05-29")
    assert end < add_months(start, 6) and days(plan, review) <= 184 and days(vb, plan) <= 365
    check_sigs_not_future(as_of, bcba_sig, par_sig)
    bnpi = npi("171142860")
    w = W(font="Georgia", size=11, title="Behavior Plan", author="A. Whitlow")
    w.p("Little Steps Autism Center", bold=True, size=13)
    w.p("418 Cobble Hill Road, Lancaster, PA 17601  ·  555-0166", size=9)
    w.p("")
    w.p("INDIVIDUALIZED BEHAVIOR-ANALYTIC TREATMENT PLAN", bold=True, size=12)
    w.rp(("Learner: ", "b"), "Priya N. Raman", ("     Birth date: ", "b"), longd(D("2022-01-30")))
    w.rp(("Insurance: ", "b"), "Commonwealth Choice Health", ("     Member ID: ", "b"), "CCH-7781-20934")
    w.rp(("Plan written: ", "b"), longd(plan), ("     Service period: ", "b"), f"{longd(start)} to {longd(end)}")
    w.rp(("Behavior analyst: ", "b"), f"Amara Whitlow, MA, BCBA (NPI {bnpi})")
    w.h("Diagnosis", 3)
    w.p("Autism spectrum disorder, Level 2 (ICD-10-CM F84.0), primary. The diagnosis was made by "
        "Gregory Tan, MD, developmental-behavioral pediatrician, on March 3, 2026 (ADOS-2 Module 1).")
    w.h("Background", 3)
    w.p("Priya is a 4-year-old girl who lives with her parents and an older brother. She speaks in single "
        "words, mostly echoic, and rarely initiates interaction with other children. She has frequent "
        "episodes of screaming and biting her own hand when demands are placed or preferred items are "
        "removed. She has not previously received ABA services.")
    w.h("Assessment", 3)
    w.p(f"The VB-MAPP was administered on {longd(vb)}. Priya scored 34 of 170 milestones (Level 1: 26, "
        "Level 2: 8) with barrier scores highest for impaired mands, prompt dependency and negative "
        "behaviors (Barriers total 29). A direct observation of 3 hours across home and clinic and a "
        "structured caregiver interview informed the behavior goals below.")
    w.h("Goals", 3)
    w.p("Each goal below lists the current level (baseline), the criterion for mastery and the date by "
        "which we expect it to be met. Data are collected every session and graphed weekly.")
    goals = [
        ("Priya will independently request 20 preferred items or actions using 2-word phrases.",
         "4 items with single words, with an echoic prompt", "80% independent requests across 3 consecutive sessions", "October 30, 2026"),
        ("Priya will imitate 10 gross-motor and 10 object actions modeled by an adult.",
         "3 of 20 actions imitated", "20 of 20 actions, 90% accuracy on 2 consecutive probes", "September 30, 2026"),
        ("Priya will tolerate the removal of a preferred item with no screaming or hand-biting in 8 of 10 opportunities.",
         "2 of 10 opportunities", "8 of 10 opportunities across 3 consecutive sessions", "October 30, 2026"),
        ("Priya will reduce self-injury (biting her own hand with teeth contacting skin) from 12 to 2 or fewer episodes per day.",
         "Mean 12 episodes per day (10-day frequency count)", "2 or fewer per day for 3 consecutive weeks", "November 20, 2026"),
        ("Priya will sit at a table and complete a 5-minute teacher-led activity with no more than 1 prompt to stay seated.",
         "1 minute with 3+ prompts", "5 minutes with 1 prompt or fewer on 4 of 5 sessions", "August 31, 2026"),
    ]
    for i, (g, b, m, d) in enumerate(goals, 1):
        w.num(g)
        w.p(f"Baseline: {b}. Mastery: {m}. Target date: {d}.", italic=True)
    w.h("Procedures", 3)
    w.p("Mand training with time delay and most-to-least prompting; discrete trial teaching for "
        "imitation; response interruption and redirection and differential reinforcement of other "
        "behavior for hand-biting; visual schedules and first-then boards for table work.")
    w.h("Services and Hours Requested", 3)
    w.p("Direct treatment by a registered behavior technician, CPT 97153: 25 hours per week. "
        "Protocol modification and supervision by the BCBA, CPT 97155: 4 hours per week. "
        "Family guidance sessions with the BCBA, CPT 97156: 1 hour per week.")
    w.p(f"The plan will be reviewed and progress reported on or before {longd(review)}.")
    w.h("Signatures", 3)
    w.p(f"/s/ Amara Whitlow, MA, BCBA          Date: {us(bcba_sig)}")
    w.p(f"Parent/Guardian: Lakshmi Raman          Signed {us(par_sig)}")
    w.save(name)
    label(name, "commercial-aba", [], as_of, [["caregiver-goal-missing"]],
          "Initial ABA plan with child goals only: 97156 family guidance is requested but no goal or "
          "objective has the parent or caregiver learn or apply a procedure. Letter-style narrative, goals as "
          "a Word numbered list each followed by an italic 'Baseline... Mastery... Target date' line, services "
          "in a sentence, /s/ signature.")


def af04():
    name = "af04_aba_grid_merged_domains.docx"
    plan, vin, afls = D("2026-06-15"), D("2026-05-28"), D("2026-06-02")
    start, end = D("2026-06-22"), D("2026-12-21")
    bcba_sig, par_sig, as_of = plan, D("2026-06-17"), D("2026-06-26")
    assert end < add_months(start, 6) and days(vin, plan) <= 365
    check_sigs_not_future(as_of, bcba_sig, par_sig)
    bnpi = npi("125870336")
    w = W(font="Calibri", size=10, landscape=True, title="ABA Plan", author="Harbor ABA")
    w.header("HARBOR ABA COLLABORATIVE", "Treatment Plan  -  Initial Authorization", align="left")
    w.footer("Client: Elias Vance-Moreno   DOB 11/30/2019   ID HPN-550-281-774")
    w.table([["Client", "Elias Vance-Moreno", "DOB", "11/30/2019", "Member #", "HPN-550-281-774"],
             ["Payer", "Harborview Health Plan", "Plan date", us(plan), "Auth period", f"{us(start)} to {us(end)}"],
             ["BCBA", "Nadia Petrov, MS, BCBA", "NPI", bnpi, "Guardian", "Luis Vance (father)"]],
            header=False, bold_col0=False, widths=[0.9, 2.0, 0.9, 1.2, 1.0, 2.4])
    w.p("")
    w.p("Diagnosis: F84.0 Autism spectrum disorder (primary) - diagnosed by Theresa Gaines, PhD, 04/09/2024. "
        "Secondary: F80.2 Mixed receptive-expressive language disorder.")
    w.p(f"Standardized assessments: Vineland-3 (comprehensive parent form) {us(vin)} - ABC 69; "
        f"AFLS Basic Living Skills module {us(afls)} - 88 of 232 points.")
    w.h("Treatment Targets", 2)
    rows = [["Domain", "Target", "Baseline", "Mastery Criteria", "Target Date"],
            ["Communication", "Elias will request help or a break with a full sentence in 80% of opportunities.",
             "25% of opportunities", "80% of opportunities over 3 consecutive sessions", "10/30/2026"],
            ["", "Elias will answer yes/no questions about his wants with 90% accuracy.",
             "", "90% accuracy across 3 sessions with 2 therapists", "09/30/2026"],
            ["Adaptive / self-care", "Elias will dress himself (pants, shirt, socks, shoes) with no more than 1 verbal prompt.",
             "Needs 6 or more prompts (task analysis 05/30/2026)", "1 prompt or fewer on 5 consecutive mornings", "11/30/2026"],
            ["", "Elias will use the toilet on a schedule with 0 accidents per day.",
             "3 accidents per day", "0 accidents for 10 consecutive days", "12/18/2026"],
            ["Behavior reduction", "Elias will reduce property destruction (throwing or breaking objects) to 1 or fewer episodes per week.",
             "7 episodes per week", "1 or fewer per week for 4 consecutive weeks", "12/18/2026"],
            ["Caregiver training", "Mr. Vance will use planned ignoring and redirection for whining during meals with 85% fidelity.",
             "45% fidelity", "85% fidelity on 3 consecutive observations", "09/30/2026"]]
    t = w.table(rows, widths=[1.3, 3.3, 1.6, 2.0, 1.0], size=9.5)
    # vertically merged domain cells
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(3, 0).merge(t.cell(4, 0))
    W.set_cell(t.cell(1, 0), "Communication")
    W.set_cell(t.cell(3, 0), "Adaptive / self-care")
    w.h("Interventions", 2)
    w.p("Functional communication training; most-to-least prompting with task analysis for dressing; "
        "scheduled toileting with reinforcement; differential reinforcement of incompatible behavior and "
        "response cost for property destruction; behavioral skills training for Mr. Vance.")
    w.h("Requested Services", 2)
    w.table([["CPT", "Description", "Hours/Week", "Location"],
             ["97153", "Adaptive behavior treatment by protocol (technician)", "15", "Home"],
             ["97155", "Adaptive behavior treatment with protocol modification (BCBA)", "2", "Home"],
             ["97156", "Family adaptive behavior treatment guidance (BCBA)", "1", "Home / telehealth"]],
            widths=[0.8, 4.2, 1.0, 1.8])
    w.h("Signatures", 2)
    w.table([["BCBA", f"Nadia Petrov, MS, BCBA  (electronically signed)", us(bcba_sig)],
             ["Parent / Guardian", "Luis Vance", us(par_sig)]], header=False, widths=[1.6, 4.5, 1.4])
    w.save(name)
    label(name, "commercial-aba", [], as_of, [["baseline-missing"], ["review-date-missing"]],
          "Landscape ABA grid with vertically merged Domain cells; the second communication target (yes/no "
          "questions) has an empty Baseline cell, and the plan sets no next review or progress-report date "
          "(only the authorization period).", unsure=["review-interval-exceeded"])


def af05():
    name = "af05_aba_checkbox_request_form.docx"
    plan, vb, vin = D("2026-07-13"), D("2026-06-29"), D("2026-07-01")
    start, end, review = D("2026-07-20"), D("2027-07-19"), D("2027-01-11")
    bcba_sig, par_sig, as_of = plan, D("2026-07-14"), D("2026-07-24")
    assert end > add_months(start, 6)  # the gap: a 12-month period
    assert days(plan, review) <= 184
    check_sigs_not_future(as_of, bcba_sig, par_sig)
    bnpi = npi("139955027")
    w = W(font="Arial", size=9.5, title="ABA Authorization Request", author="Prior Auth Team")
    w.p("PRIOR AUTHORIZATION REQUEST - APPLIED BEHAVIOR ANALYSIS", bold=True, size=12, align="center")
    w.p("Form ABA-2 (rev. 03/2025)  ·  Fax completed form with the treatment plan to 555-0100", size=8, align="center")
    w.h("Section A. Member", 3)
    w.table([["Member name", "Noah J. Whitcomb"], ["Date of birth", "02/22/2017"],
             ["Member ID", "GWP 66120-4490"], ["Plan", "Great Western Plans - EPO"],
             ["Parent / guardian", "Erin Whitcomb"]], header=False, widths=[2.0, 4.5], bold_col0=True)
    w.h("Section B. Request type", 3)
    w.p("☐ Initial assessment only     ☐ Initial treatment     ☒ Continuation of treatment     ☐ Modification")
    w.p("Requested authorization length:   ☐ 3 months   ☐ 6 months   ☒ 12 months")
    w.kv(("Requested start", us(start)), ("Requested end", us(end)))
    w.kv(("Treatment plan date", us(plan)))
    w.h("Section C. Diagnosis", 3)
    w.table([["ICD-10-CM", "Diagnosis", "Diagnosing clinician", "Date"],
             ["F84.0", "Autism spectrum disorder (primary)", "Wendell Cho, PhD, licensed psychologist", "08/14/2019"]],
            widths=[0.9, 2.4, 2.4, 0.9])
    w.h("Section D. Standardized assessment", 3)
    w.p(f"☒ VB-MAPP  date {us(vb)}  score: Milestones 118/170      ☐ ABLLS-R      ☒ Vineland-3  date {us(vin)}  ABC: 72      ☐ Other")
    w.h("Section E. Goals (summary; full plan attached below)", 3)
    goals = [
        ["1", "Noah will initiate conversation with a peer at recess in 4 of 5 observed recesses.", "1 of 5 recesses", "4 of 5 recesses for 3 consecutive weeks", "12/31/2026"],
        ["2", "Noah will complete a 10-step morning routine using a written checklist independently.", "4 of 10 steps independent", "10 of 10 steps on 5 consecutive school days", "11/30/2026"],
        ["3", "Noah will reduce verbal aggression (threats, name calling) from 11 to 2 or fewer per week.", "11 per week", "2 or fewer per week for 6 consecutive weeks", "01/08/2027"],
        ["4", "Noah will accept 'no' or a delay to a request without arguing in 80% of opportunities.", "30% of opportunities", "80% across 5 consecutive sessions", "12/31/2026"],
        ["5", "Ms. Whitcomb will use the token economy and response-cost procedure with 90% fidelity at home.", "50% fidelity", "90% fidelity on 3 consecutive parent sessions", "10/30/2026"],
    ]
    w.table([["#", "Goal", "Baseline", "Mastery criterion", "Target date"]] + goals, widths=[0.3, 3.0, 1.2, 1.6, 0.9], size=9)
    w.h("Section F. Services requested", 3)
    w.table([["CPT", "Service", "Hours per week", "Total units requested"],
             ["97153", "Direct treatment (RBT)", "12", "2,496"],
             ["97155", "BCBA protocol modification", "2", "416"],
             ["97156", "Caregiver guidance", "1", "208"]], widths=[0.8, 2.6, 1.2, 1.6])
    w.p("Interventions: social skills instruction with video modeling, self-management checklists, "
        "differential reinforcement, token economy with response cost, behavioral skills training for the parent.")
    w.kv(("6-month progress review", us(review)))
    w.h("Section G. Attestation", 3)
    w.p("I attest that the information in this request is accurate and that the services requested are "
        "medically necessary.")
    w.p(f"Supervising BCBA: Rhea Castellanos, BCBA-D (NPI {bnpi})     Signature: Rhea Castellanos (e-signed)     Date: {us(bcba_sig)}")
    w.p(f"Parent/Guardian: Erin Whitcomb     Signature: Erin Whitcomb     Date: {us(par_sig)}")
    w.save(name)
    label(name, "commercial-aba", [], as_of, [["duration-exceeds-limit"]],
          "Continuation request for a 12-month authorization period (07/20/2026-07/19/2027) where the "
          "profile allows at most 6 months. Payer request form with typed check boxes (☒/☐), sections A-G, "
          "a two-column member table, goal summary table and an attestation with signer lines.")


def af06():
    name = "af06_aba_single_table_form.docx"
    plan, vin, vb = D("2026-08-24"), D("2026-08-03"), D("2026-08-05")
    start, end, review = D("2026-09-01"), D("2027-02-28"), D("2027-02-15")
    bcba_sig, par_sig, as_of = plan, D("2026-08-26"), D("2026-09-04")
    assert end < add_months(start, 6) and days(plan, review) <= 184
    check_sigs_not_future(as_of, bcba_sig, par_sig)
    bnpi = npi("183306642")
    w = W(font="Calibri", size=10, title="ABA Treatment Plan", author="Northstar")
    w.p("NORTHSTAR CHILD & FAMILY BEHAVIOR SERVICES", bold=True, size=13, align="center")
    t = w.doc.add_table(rows=14, cols=2)
    t.style = w.doc.styles["Table Grid"]
    merge_row(t, 0, "APPLIED BEHAVIOR ANALYSIS TREATMENT PLAN", fill="BDD7EE")
    labels_ = [("Client name", None), ("Date of birth", "04/08/2020"), ("Member ID / Health plan", "PRX-0093318402 / Pinecrest Health"),
               ("Plan date", None), ("Authorization period", f"{us(start)} through {us(end)}")]
    for i, (k, v) in enumerate(labels_, start=1):
        W.set_cell(t.cell(i, 0), k, bold=True)
        W.set_cell(t.cell(i, 1), "" if v is None else v)
    # content controls for name and plan date
    c = t.cell(1, 1).paragraphs[0]
    w.sdt_run(c, "Sofia Lindqvist-Hart", alias="Client Name")
    c = t.cell(4, 1).paragraphs[0]
    w.sdt_run(c, us(plan), alias="Plan Date")
    W.set_cell(t.cell(6, 0), "Diagnosis", bold=True)
    W.set_cell(t.cell(6, 1), ["F84.0 Autism spectrum disorder, Level 1 (primary)",
                              "Diagnosed 06/30/2025 by Marcus Feld, MD, developmental pediatrician"])
    W.set_cell(t.cell(7, 0), "Standardized assessments", bold=True)
    W.set_cell(t.cell(7, 1), [f"Vineland-3, {us(vin)}: ABC 74 (Communication 70, Socialization 66, DLS 82)",
                              f"VB-MAPP, {us(vb)}: Milestones 131/170; Barriers 14"])
    W.set_cell(t.cell(8, 0), "Goals and objectives", bold=True)
    cell = t.cell(8, 1)
    cell.text = "See table; each target is graphed and reviewed weekly by the BCBA."
    inner = cell.add_table(rows=1, cols=5)
    inner.style = w.doc.styles["Table Grid"]
    hdr = ["Target", "Baseline", "Mastery criteria", "Target date", "Domain"]
    for j, hname in enumerate(hdr):
        W.set_cell(inner.cell(0, j), hname, bold=True, size=8.5)
    rows = [
        ("Sofia will start and maintain a conversation on a peer's topic for 4 exchanges.", "1 exchange", "4 exchanges in 4 of 5 opportunities, 3 sessions", "01/29/2027", "Social"),
        ("Sofia will identify emotions in others from facial expression and context with 90% accuracy.", "50% accuracy", "90% across 3 consecutive sessions", "12/18/2026", "Social"),
        ("Sofia will use a coping strategy (deep breaths, ask for space) instead of crying when she loses a game in 8 of 10 opportunities.", "2 of 10", "8 of 10 across 3 sessions", "01/29/2027", "Emotional regulation"),
        ("Sofia will reduce screaming during transitions from 5 to 1 or fewer per day.", "5 per day", "1 or fewer per day, 15 consecutive days", "02/12/2027", "Behavior reduction"),
        ("Sofia's grandmother and father will run a 10-minute structured play session using labeled praise with 90% fidelity.", "40% fidelity", "90% on 3 consecutive visits", "12/18/2026", "Caregiver training"),
    ]
    for r in rows:
        cells = inner.add_row().cells
        for j, v in enumerate(r):
            W.set_cell(cells[j], v, size=8.5)
    W.set_cell(t.cell(9, 0), "Treatment procedures", bold=True)
    W.set_cell(t.cell(9, 1), "Naturalistic developmental behavioral intervention, social skills groups with peer "
               "models, video modeling, token economy, DRA, caregiver behavioral skills training.")
    W.set_cell(t.cell(10, 0), "Services requested", bold=True)
    W.set_cell(t.cell(10, 1), ["97153 Adaptive behavior treatment by protocol: 10 hours per week",
                               "97155 Protocol modification (BCBA): 2 hours per week",
                               "97156 Family guidance: 1 hour per week",
                               "97158 Group protocol modification (social skills group): 1.5 hours per week"])
    W.set_cell(t.cell(11, 0), "Review", bold=True)
    W.set_cell(t.cell(11, 1), f"Next plan review: {us(review)}")
    merge_row(t, 12, "SIGNATURES", fill="BDD7EE")
    W.set_cell(t.cell(13, 0), [f"BCBA: Joelle Amari, MA, BCBA (NPI {bnpi})", f"Signed electronically {us(bcba_sig)}"])
    W.set_cell(t.cell(13, 1), ["Parent/Guardian: Henrik Lindqvist (father)", f"Signed {us(par_sig)}"])
    w.p("")
    w.p("Crisis plan: If Sofia or others are at risk of harm, staff will end the session, notify the "
        "parent and the BCBA, and call 911 if needed. " + CRISIS_LINES, size=8.5)
    w.p("Consent: " + BOILER_CONSENT, size=8.5)
    w.save(name)
    label(name, "commercial-aba", [], as_of, [],
          "Clean ABA plan laid out as one big two-column table with merged title rows; the goals sit in a "
          "table nested inside a cell; client name and plan date are in content controls; the caregiver goal "
          "names the grandmother and father; 97158 group hours included.")


def af07():
    name = "af07_aba_bilingual_plan.docx"
    plan, vb = D("2026-09-08"), D("2026-08-25")
    start, end, review = D("2026-09-14"), D("2027-03-13"), D("2027-03-01")
    bcba_sig, par_sig, as_of = plan, D("2026-09-10"), D("2026-09-18")
    assert end < add_months(start, 6) and days(plan, review) <= 184 and days(vb, plan) <= 365
    check_sigs_not_future(as_of, bcba_sig, par_sig)
    bnpi = npi("152660913")
    w = W(font="Calibri", size=10.5, title="Plan de Tratamiento / Treatment Plan", author="Puentes")
    w.p("Puentes Behavioral Services", bold=True, size=13)
    w.p("Treatment Plan / Plan de Tratamiento  -  Applied Behavior Analysis", bold=True, size=12)
    w.h("Client Information (Información del cliente)", 2)
    w.kv(("Client Name", "Valentina Ochoa Ruiz"), ("Date of Birth", "03/19/2022"))
    w.kv(("Member ID", "SUN-4410928-03"), ("Insurance", "Sunbelt Family Health"))
    w.kv(("Parent/Guardian (Padre/Madre/Tutor)", "Marisol Ruiz (madre)"), ("Preferred language", "Spanish"))
    w.kv(("Plan Date", us(plan)), ("Authorization Period", f"{us(start)} - {us(end)}"))
    w.h("Diagnosis (Diagnóstico)", 2)
    w.table([["Code", "Description", "Primary", "Diagnosed by / date"],
             ["F88", "Global developmental delay (other disorders of psychological development)", "Yes",
              "Beatriz Salcedo, MD, pediatric neurologist - 01/12/2026"],
             ["F80.2", "Mixed receptive-expressive language disorder", "No", "Beatriz Salcedo, MD - 01/12/2026"]],
            widths=[0.7, 3.0, 0.7, 2.4])
    w.p("Note: an autism diagnostic evaluation (ADOS-2) is scheduled with the regional center in "
        "October 2026; ASD has not been diagnosed at this time.", italic=True)
    w.h("Assessment (Evaluación)", 2)
    w.p(f"VB-MAPP administered {us(vb)} in Spanish and English: Milestones 16/170 (Level 1: 16); "
        "Barriers 22/96. Direct observation at home, 2 sessions.")
    w.h("Goals and Objectives (Metas y objetivos)", 2)
    items = [
        ("Goal 1 (Communication / Comunicación)", "Valentina will request 10 preferred items using a word or sign in Spanish or English.",
         "2 items with a gesture", "10 items, 80% independent across 3 sessions", "01/29/2027"),
        ("Goal 2 (Play / Juego)", "Valentina will play with a toy functionally for 3 minutes without mouthing or throwing it.",
         "20 seconds", "3 minutes on 4 of 5 sessions", "12/18/2026"),
        ("Goal 3 (Behavior / Conducta)", "Valentina will reduce head-banging on hard surfaces from 8 to 0-1 episodes per day.",
         "8 episodes per day", "1 or fewer per day for 3 consecutive weeks", "02/26/2027"),
        ("Goal 4 (Parent training / Capacitación de padres)", "Mrs. Ruiz will use the first-then board and prompt requests at meals with 90% fidelity.",
         "35% fidelity", "90% fidelity on 3 consecutive visits", "12/18/2026"),
    ]
    for lab, stmt, b, m, d in items:
        w.rp((lab + ": ", "b"), stmt)
        w.p(f"Baseline (Línea base): {b}   |   Mastery criteria (Criterio de dominio): {m}   |   Target date (Fecha meta): {d}", size=9.5)
    w.h("Interventions (Intervenciones)", 2)
    w.p("Mand training with sign and vocal models, naturalistic teaching, blocking and redirection with "
        "DRO for head-banging, helmet use per physician order, bilingual caregiver coaching.")
    w.h("Services Requested (Servicios solicitados)", 2)
    w.table([["CPT", "Service", "Hours per week"],
             ["97153", "Direct ABA by RBT (home)", "12"],
             ["97155", "BCBA protocol modification", "2"],
             ["97156", "Parent training (Spanish)", "1"]], widths=[0.8, 3.5, 1.2])
    w.p(f"Next review (Próxima revisión): {us(review)}")
    w.h("Signatures (Firmas)", 2)
    w.p(f"BCBA: Tomás Echeverría, MS, BCBA, NPI {bnpi} — firmado electrónicamente / electronically signed {us(bcba_sig)}")
    w.p(f"Parent/Guardian (Padre/Tutor): Marisol Ruiz — firma / signed {us(par_sig)}")
    w.save(name)
    label(name, "commercial-aba", [], as_of, [["diagnosis-not-covered"]],
          "Bilingual English/Spanish ABA plan whose primary diagnosis is F88 (global developmental delay) with "
          "F80.2 secondary; ASD evaluation only scheduled, so the primary diagnosis is outside F84.x. "
          "'Label: value' lines, bilingual headings, goals as 'Goal n (Domain):' with a pipe-separated line.")


def af08():
    name = "af08_aba_update_tracked_changes.docx"
    plan, vin, vb = D("2026-10-05"), D("2026-09-14"), D("2026-09-16")
    start, end, review = D("2026-10-12"), D("2027-04-11"), D("2027-03-29")
    bcba_sig, as_of = plan, D("2026-10-16")
    assert end < add_months(start, 6) and days(plan, review) <= 184
    check_sigs_not_future(as_of, bcba_sig)
    bnpi = npi("117723448")
    w = W(font="Cambria", size=10.5, title="Treatment Plan Update", author="K. Osei")
    w.p("RIVERBEND AUTISM PARTNERS", bold=True, size=12)
    w.p("Treatment Plan Update  (6-month reauthorization)", bold=True)
    w.table([["Client", "Kai Nakamura-Bell"], ["DOB", "12/01/2016"], ["Member ID", "RMH 0045 7712 93"],
             ["Health plan", "Riverside Mutual Health"], ["Date of this update", us(plan)],
             ["Authorization period", f"{us(start)} - {us(end)}"],
             ["BCBA", f"Kwame Osei, PhD, BCBA-D  ·  NPI {bnpi}"]], header=False, bold_col0=True, widths=[1.8, 4.6])
    w.h("Diagnosis", 2)
    w.p("F84.0 Autism spectrum disorder, primary - diagnosed by Paula Brandt, PhD, on 05/20/2019.")
    w.h("Standardized Assessment Results", 2)
    w.table([["Instrument", "Date", "Score"],
             ["Vineland-3", us(vin), "ABC 71 (prior 66)"],
             ["VB-MAPP", us(vb), "Milestones 140/170 (prior 122)"]], widths=[2.0, 1.2, 3.0])
    w.h("Goal Status and Updated Goals", 2)
    rows = [["Goal", "Baseline", "Mastery criteria", "Target date", "Status"],
            ["Kai will write a 3-sentence response to a social question with correct punctuation.", "1 sentence", "3 sentences, 4 of 5 probes", "02/26/2027", "Continue"],
            ["Kai will wait for a turn in a group game without grabbing for 5 minutes.", "90 seconds", "5 minutes on 4 of 5 sessions", "01/29/2027", "Modified"],
            ["Kai will reduce loud vocal protests during homework from 14 to 3 or fewer per session.", "14 per session", "3 or fewer per session for 10 sessions", "03/26/2027", "Continue"],
            ["Kai's father will deliver the homework token system with 90% fidelity.", "60% fidelity", "90% on 3 consecutive observations", "01/29/2027", "Continue"]]
    t = w.table(rows, widths=[2.9, 1.1, 1.5, 0.9, 0.8], size=9.5)
    # tracked change on goal 1 target date: 01/15/2027 -> 02/26/2027
    cell = t.cell(1, 3)
    cell.text = ""
    par = cell.paragraphs[0]
    w.del_run(par, "01/15/2027", author="Kwame Osei", date="2026-10-05T14:12:00Z")
    w.ins_run(par, "02/26/2027", author="Kwame Osei", date="2026-10-05T14:12:00Z")
    # tracked insertion inside goal 2
    cell = t.cell(2, 0)
    par = cell.paragraphs[0]
    w.ins_run(par, " (board or card game with 2-3 peers)", author="Kwame Osei", date="2026-10-05T14:15:00Z")
    w.h("Services", 2)
    w.table([["CPT", "Service", "Requested amount"],
             ["97153", "Adaptive behavior treatment by protocol", "15 hours/week"],
             ["97155", "Protocol modification by BCBA", "As needed for protocol changes"],
             ["97156", "Family adaptive behavior treatment guidance", "1 hour/week"]], widths=[0.8, 3.4, 2.2])
    w.p(f"Plan review / progress report due {us(review)}.")
    w.h("Signatures", 2)
    w.p(f"BCBA: Kwame Osei, PhD, BCBA-D      Signature: Kwame Osei (electronic)      Date: {us(bcba_sig)}")
    w.p("Parent/Guardian: ______________________________      Date: ____________")
    w.p("Plan mailed to family 10/06/2026 for review and signature.", italic=True, size=9)
    w.save(name)
    label(name, "commercial-aba", [], as_of, [["signature-missing"], ["amount-missing"]],
          "Six-month update: the parent/guardian signature line is blank (plan mailed for signature), and "
          "97155 is requested 'as needed' with no hours per week. Two-column form table, goal status table "
          "with tracked changes (a deleted and an inserted target date, an inserted phrase in a goal).")


def af09():
    name = "af09_aba_behavior_reduction_comments.docx"
    plan, vin, abl = D("2026-10-19"), D("2026-10-02"), D("2026-10-09")
    start, end, review = D("2026-10-26"), D("2027-04-25"), D("2027-04-12")
    bcba_sig, par_sig, as_of = plan, D("2026-10-21"), D("2026-11-02")
    assert end < add_months(start, 6) and days(plan, review) <= 184
    check_sigs_not_future(as_of, bcba_sig, par_sig)
    bnpi = npi("208845531")
    w = W(font="Times New Roman", size=11, title="BIP and Treatment Plan", author="Cardinal ABA")
    w.header("Cardinal Behavior Consultants  ·  Treatment Plan", align="right")
    w.footer("Declan O. Fairweather · DOB 06/27/2014 · Member ID TRC-90871123")
    w.p("Treatment Plan with Behavior Intervention Plan", bold=True, size=14)
    p1 = w.kv(("Client", "Declan O. Fairweather"), ("DOB", "06/27/2014"), ("Age", "12"))
    w.kv(("Member ID", "TRC-90871123"), ("Insurer", "Tri-Rivers Care"))
    w.kv(("Plan Date", longd(plan)), ("Service Period", f"{us(start)} to {us(end)}"))
    w.kv(("Guardians", "Nora and Peter Fairweather"))
    w.h("Diagnoses", 2)
    w.p("Primary: F84.0 Autism spectrum disorder, Level 2 — diagnosed by Imani Cole, PsyD, 02/14/2019.")
    w.p("Secondary: F41.1 Generalized anxiety disorder.")
    w.h("Assessments", 2)
    w.p(f"Vineland-3 Comprehensive Interview Form, {us(vin)}: ABC 62.")
    w.p(f"ABLLS-R, {us(abl)}: 401 of 544 items.")
    w.p("Functional behavior assessment, 10/06/2026 (interviews, ABC observation, structured descriptive "
        "assessment): aggression and self-injury maintained by escape from demands and access to the tablet.")
    w.h("Target Behaviors", 2)
    tb = [
        ("Target Behavior 1: Physical aggression",
         "Operational Definition: hitting, kicking or pushing another person with enough force to be heard or to move them.",
         "Baseline: 5.6 episodes per day (10 school days, 09/2026).",
         "Short-term objective: Declan will reduce aggression to 2 or fewer episodes per day.",
         "Mastery Criteria: 1 or fewer episodes per day for 20 consecutive school days.",
         "Target Date: 03/31/2027"),
        ("Target Behavior 2: Self-injury (head hitting)",
         "Operational Definition: closed-fist hit to his own head or face.",
         "Baseline: 3.1 episodes per day.",
         "Short-term objective: Declan will reduce head hitting to 0 episodes per day.",
         "Mastery Criteria: 0 episodes for 15 consecutive days.",
         "Target Date: 04/09/2027"),
    ]
    for block in tb:
        w.p(block[0], bold=True)
        for line in block[1:]:
            w.p(line)
    w.h("Replacement and Skill Goals", 2)
    sk = [
        ("Goal 3: Functional communication",
         "Declan will request a break or help using a full sentence or his break card in 85% of opportunities.",
         "Baseline: 20% of opportunities.", "Mastery Criteria: 85% across 5 consecutive sessions.", "Target Date: 01/29/2027"),
        ("Goal 4: Coping / self-management",
         "Declan will rate his stress on a 1-5 scale and choose a calming strategy when he rates 3 or higher in 8 of 10 opportunities.",
         "Baseline: 1 of 10 opportunities.", "Mastery Criteria: 8 of 10 across 3 consecutive weeks.", "Target Date: 02/26/2027"),
        ("Goal 5: Caregiver implementation",
         "Declan's parents, Nora and Peter, will implement the demand-fading and break-card procedures at home with 90% fidelity.",
         "Baseline: 50% fidelity.", "Mastery Criteria: 90% fidelity on 3 consecutive observations.", "Target Date: 12/31/2026"),
    ]
    for block in sk:
        par = w.p(block[0], bold=True)
        for line in block[1:]:
            w.p(line)
    w.h("Intervention Strategies", 2)
    strat = w.p("Demand fading, noncontingent breaks, functional communication training with a break card, "
                "extinction of escape for aggression where safe, token economy, self-monitoring, crisis "
                "procedures per the agency safety policy (no restraint except as trained).")
    w.comment(strat.runs, "Please confirm restraint language matches the 2026 safety policy.", author="QA Reviewer", initials="QR")
    w.h("Service Request", 2)
    w.p("97153 Direct therapy (RBT), home and community: 15 hours per week")
    w.p("97155 BCBA protocol modification: 3 hours per week")
    w.p("97156 Family guidance: 1.5 hours per week")
    svc = w.p(f"Next treatment plan review: {us(review)}")
    w.comment(svc.runs, "Review date checked against auth period - OK.", author="Intake Coordinator", initials="IC")
    w.h("Signatures", 2)
    w.p(f"Board Certified Behavior Analyst: Simone Achterberg, MS, BCBA (NPI {bnpi})   e-signed {us(bcba_sig)}")
    w.p(f"Parent/Guardian: Nora Fairweather   signed {us(par_sig)}")
    w.save(name)
    label(name, "commercial-aba", [], as_of, [],
          "Clean plan for a 12-year-old centred on behaviour reduction (BIP style): 'Target Behavior n' blocks "
          "with operational definition / baseline / short-term objective / mastery / target date on separate "
          "lines, then 'Goal n' skill goals; two Word comments; an FBA alongside two standardized instruments; "
          "identifiers in the footer.")


def fhir_ref(rtype, rid):
    return {"reference": f"urn:uuid:{rid}"}


def entry(rid, res):
    return {"fullUrl": f"urn:uuid:{rid}", "resource": res}


def U(n):
    """deterministic pseudo-uuid"""
    return f"3f1a9c2e-0000-4000-8000-{n:012d}"


ESIG = {"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1", "display": "Author's Signature"}
CSIG = {"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.7", "display": "Consent Signature"}


def af10():
    name = "af10_aba_fhir_bundle.json"
    plan, vin = D("2026-02-23"), D("2026-02-10")
    start, end, review = D("2026-03-02"), D("2026-08-31"), D("2026-08-17")
    bcba_sig, par_sig, as_of = plan, D("2026-02-25"), D("2026-03-06")
    assert end < add_months(start, 6) and days(plan, review) <= 184 and days(vin, plan) <= 365
    check_sigs_not_future(as_of, bcba_sig, par_sig)
    bnpi = npi("194420067")
    pid, cov, rp, pr, org, cond, obs1, obs2, cp = U(1), U(2), U(3), U(4), U(5), U(6), U(7), U(8), U(9)
    goals = [U(20 + i) for i in range(5)]
    srs = [U(40 + i) for i in range(4)]
    provs = [U(60), U(61)]
    entries = []
    entries.append(entry(pid, {
        "resourceType": "Patient", "id": pid,
        "identifier": [
            {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
             "system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "MRN-448812"},
            {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB", "display": "Member Number"}]},
             "system": "urn:oid:2.16.840.1.113883.3.9999.2", "value": "OVH-20573319"}],
        "name": [{"use": "official", "family": "Adeyemi", "given": ["Tobi", "Oluwaseun"]}],
        "gender": "male", "birthDate": "2020-11-02"}))
    entries.append(entry(cov, {
        "resourceType": "Coverage", "id": cov, "status": "active", "subscriberId": "OVH-20573319",
        "beneficiary": fhir_ref("Patient", pid), "payor": [{"display": "Ohio Valley Health Plan"}]}))
    entries.append(entry(rp, {
        "resourceType": "RelatedPerson", "id": rp, "patient": fhir_ref("Patient", pid),
        "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "MTH", "display": "mother"}]}],
        "name": [{"family": "Adeyemi", "given": ["Folake"]}]}))
    entries.append(entry(pr, {
        "resourceType": "Practitioner", "id": pr,
        "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": bnpi}],
        "name": [{"family": "Lindahl", "given": ["Greta"], "suffix": ["MA", "BCBA"]}],
        "qualification": [{"code": {"text": "BCBA", "coding": [{"display": "Board Certified Behavior Analyst"}]}}]}))
    entries.append(entry(org, {"resourceType": "Organization", "id": org, "name": "Meadowlark ABA Services"}))
    entries.append(entry(cond, {
        "resourceType": "Condition", "id": cond,
        "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
        "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "confirmed"}]},
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": "problem-list-item"}]}],
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F84.0", "display": "Autistic disorder"}],
                 "text": "Autism spectrum disorder"},
        "subject": fhir_ref("Patient", pid), "recordedDate": "2025-07-15",
        "asserter": {"display": "Samuel Okonkwo, PhD, licensed psychologist"}}))
    entries.append(entry(obs1, {
        "resourceType": "Observation", "id": obs1, "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "survey"}]}],
        "code": {"text": "Vineland-3 Adaptive Behavior Composite total score"},
        "subject": fhir_ref("Patient", pid), "effectiveDateTime": iso(vin),
        "performer": [fhir_ref("Practitioner", pr)], "valueQuantity": {"value": 67, "unit": "standard score"}}))
    entries.append(entry(obs2, {
        "resourceType": "Observation", "id": obs2, "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "survey"}]}],
        "code": {"text": "VB-MAPP Milestones Assessment total score"},
        "subject": fhir_ref("Patient", pid), "effectiveDateTime": "2026-02-12",
        "performer": [fhir_ref("Practitioner", pr)], "valueQuantity": {"value": 38, "unit": "milestones"}}))
    gdefs = [
        ("Communication", "Tobi will mand for 12 preferred items or actions with 2-word phrases.", "Requests per session",
         "80% independent across 3 consecutive sessions", "2026-07-31", "Baseline: 3 items, single words with echoic prompt (02/12/2026 probe)"),
        ("Social", "Tobi will respond to his name by orienting within 3 seconds in 8 of 10 opportunities.", "Opportunities with response",
         "8 of 10 opportunities across 3 consecutive sessions", "2026-06-30", "Baseline: 2 of 10 opportunities"),
        ("Behavior reduction", "Tobi will reduce flopping to the floor during transitions from 7 to 1 or fewer episodes per day.", "Episodes per day",
         "1 or fewer per day for 4 consecutive weeks", None, "Baseline: 7 episodes per day (10-day count)"),
        ("Daily living", "Tobi will complete the 5-step toothbrushing routine with no more than 1 gestural prompt.", "Steps independent",
         "5 of 5 steps on 4 of 5 consecutive probes", "2026-08-14", "Baseline: 1 of 5 steps independent"),
        ("Caregiver training", "Parent will implement the transition routine (visual timer, first-then, reinforcement) with 90% fidelity.", "Fidelity checklist",
         "90% fidelity on 3 consecutive parent-training sessions", "2026-05-29", "Baseline: 40% fidelity"),
    ]
    for gid, (cat, desc, meas, detail, due, base) in zip(goals, gdefs):
        g = {"resourceType": "Goal", "id": gid, "lifecycleStatus": "active",
             "category": [{"text": cat}], "description": {"text": desc},
             "subject": fhir_ref("Patient", pid), "startDate": iso(start),
             "target": [{"measure": {"text": meas}, "detailString": detail}],
             "addresses": [fhir_ref("Condition", cond)],
             "note": [{"text": base}, {"text": f"Mastery criteria: {detail}"}]}
        if due:
            g["target"][0]["dueDate"] = due
        entries.append(entry(gid, g))
    sdefs = [("97153", "Adaptive behavior treatment by protocol, RBT", 5, 240),
             ("97155", "Adaptive behavior treatment with protocol modification, BCBA", 2, 90),
             ("97156", "Family adaptive behavior treatment guidance", 1, 60)]
    for sid, (code, disp, freq, mins) in zip(srs, sdefs):
        entries.append(entry(sid, {
            "resourceType": "ServiceRequest", "id": sid, "status": "active", "intent": "order",
            "basedOn": [fhir_ref("CarePlan", cp)],
            "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": code, "display": disp}], "text": disp},
            "subject": fhir_ref("Patient", pid),
            "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": iso(start), "end": iso(end)},
                                            "frequency": freq, "period": 1, "periodUnit": "wk",
                                            "duration": mins, "durationUnit": "min"}},
            "requester": fhir_ref("Practitioner", pr), "reasonReference": [fhir_ref("Condition", cond)]}))
    entries.append(entry(srs[3], {
        "resourceType": "ServiceRequest", "id": srs[3], "status": "active", "intent": "plan",
        "basedOn": [fhir_ref("CarePlan", cp)],
        "code": {"text": "Treatment plan review and progress report"},
        "subject": fhir_ref("Patient", pid), "occurrenceDateTime": iso(review),
        "requester": fhir_ref("Practitioner", pr)}))
    entries.append(entry(cp, {
        "resourceType": "CarePlan", "id": cp, "status": "active", "intent": "plan",
        "category": [{"text": "Applied behavior analysis treatment plan"}],
        "title": "ABA Treatment Plan - Initial Authorization",
        "description": "4-year-old with autism spectrum disorder: limited functional communication, flopping during transitions, dependence in self-care.",
        "subject": fhir_ref("Patient", pid), "period": {"start": iso(start), "end": iso(end)},
        "created": iso(plan), "author": fhir_ref("Practitioner", pr),
        "addresses": [fhir_ref("Condition", cond)],
        "supportingInfo": [fhir_ref("Observation", obs1), fhir_ref("Observation", obs2)],
        "goal": [fhir_ref("Goal", g) for g in goals],
        "activity": [{"reference": fhir_ref("ServiceRequest", s)} for s in srs[:3]],
        "note": [{"text": "Interventions: discrete trial teaching, natural environment teaching, visual supports, DRA, behavioral skills training for caregivers."}]}))
    entries.append(entry(provs[0], {
        "resourceType": "Provenance", "id": provs[0], "target": [fhir_ref("CarePlan", cp)],
        "recorded": f"{iso(bcba_sig)}T15:20:00-05:00",
        "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "code": "author"}]},
                   "who": fhir_ref("Practitioner", pr)}],
        "signature": [{"type": [ESIG], "when": f"{iso(bcba_sig)}T15:20:00-05:00", "who": fhir_ref("Practitioner", pr),
                       "sigFormat": "image/jws", "data": "ZXlKaGJHY2lPaUpTVXpJMU5pSjku"}]}))
    entries.append(entry(provs[1], {
        "resourceType": "Provenance", "id": provs[1], "target": [fhir_ref("CarePlan", cp)],
        "recorded": f"{iso(par_sig)}T18:05:00-05:00",
        "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "code": "attester"}]},
                   "who": fhir_ref("RelatedPerson", rp)}],
        "signature": [{"type": [CSIG], "when": f"{iso(par_sig)}T18:05:00-05:00", "who": fhir_ref("RelatedPerson", rp),
                       "sigFormat": "image/jws", "data": "ZXlKaGJHY2lPaUpTVXpJMU5pSjkuMg=="}]}))
    bundle = {"resourceType": "Bundle", "id": "aba-plan-export-0223", "type": "collection",
              "timestamp": f"{iso(par_sig)}T18:10:00-05:00", "entry": entries}
    write_text(name, json.dumps(bundle, indent=2, ensure_ascii=False) + "\n")
    label(name, "commercial-aba", [], as_of, [["goal-not-time-bound"]],
          "FHIR R4 collection Bundle (CarePlan, five Goals, Condition with asserter and recordedDate, two "
          "total-score Observations, CPT ServiceRequests with weekly timing and session minutes, a review "
          "ServiceRequest, Provenance signatures by the BCBA and the mother). The behaviour-reduction Goal "
          "(flopping) has no dueDate and no time frame.")


# ============================================================================================
# School-based services (base-treatment-plan)
# ============================================================================================
def af11():
    name = "af11_school_slp_iep_services.docx"
    plan, par_sig, md_sig, as_of = D("2026-09-14"), D("2026-09-16"), D("2026-09-18"), D("2026-10-01")
    check_sigs_not_future(as_of, plan, par_sig, md_sig)
    slp_npi, md_npi = npi("163390218"), npi("128874550")
    w = W(font="Arial", size=10, title="School-Based Medicaid Plan of Care", author="District SBS")
    w.header("Maple Valley Unified School District  ·  Special Education Department",
             "School-Based Health Services - Plan of Care (Medicaid)", align="center")
    w.footer("Student: Amira K. Haddad | DOB 04/11/2017 | Medicaid ID 3309187245 | Confidential student record (FERPA)")
    w.p("SPEECH-LANGUAGE SERVICES PLAN OF CARE", bold=True, size=13, align="center")
    w.table([["Student", "Amira K. Haddad", "Grade / School", "4 / Cedar Hollow Elementary"],
             ["Date of Birth", "04/11/2017", "Medicaid ID", "3309187245"],
             ["IEP Date", "09/10/2026", "Plan of Care Date", us(plan)],
             ["Annual IEP review", "09/09/2027", "Case manager", "Ms. R. Dunleavy"]],
            header=False, widths=[1.3, 2.0, 1.5, 2.2])
    w.h("Diagnosis / Educational Disability", 2)
    w.p("Educational eligibility: Speech or Language Impairment.")
    w.p("ICD-10-CM: F80.2 Mixed receptive-expressive language disorder; F80.0 Phonological disorder.")
    w.h("Present Levels of Performance", 2)
    w.p("CELF-5 (08/28/2026): Core Language 76, Receptive Language 79, Expressive Language 74. GFTA-3 "
        "(08/28/2026): standard score 72. Amira follows 2-step directions in class with repetition, "
        "answers literal 'who/what' questions about a read-aloud with about 50% accuracy, and produces "
        "/s/ and /z/ with a frontal lisp in all positions (20% accuracy at word level).")
    w.h("Annual Goals and Benchmarks", 2)
    goals = [
        ("Annual Goal 1 (Articulation)",
         "By 06/04/2027, Amira will produce /s/ and /z/ correctly in sentences with 80% accuracy in 4 of 5 sessions.",
         ["Benchmark 1a: By 11/20/2026, produce /s/ and /z/ at word level with 80% accuracy across 3 consecutive sessions.",
          "Benchmark 1b: By 02/26/2027, produce /s/ and /z/ in phrases with 80% accuracy across 3 consecutive sessions."]),
        ("Annual Goal 2 (Receptive language)",
         "By 06/04/2027, Amira will follow 3-step classroom directions without repetition in 8 of 10 trials.",
         ["Benchmark 2a: By 12/18/2026, follow 2-step directions without repetition in 8 of 10 trials.",
          "Benchmark 2b: By 03/26/2027, follow 3-step directions with one repetition in 8 of 10 trials."]),
        ("Annual Goal 3 (Comprehension)",
         "By 06/04/2027, Amira will answer 'who, what, where, why' questions about a grade-level passage with 80% accuracy.",
         ["Benchmark 3a: By 01/29/2027, answer 'who/what/where' questions with 80% accuracy in 4 of 5 sessions."]),
    ]
    for g, stmt, bms in goals:
        w.rp((g + ": ", "b"), stmt)
        for b in bms:
            w.p(b, style="List Bullet")
    w.h("Related Services (Medicaid billable)", 2)
    w.table([["CPT", "Service", "Minutes", "Frequency", "Setting", "Start", "End"],
             ["92507", "Speech/language treatment, individual", "30", "2 x weekly", "Speech room (pull-out)", "09/21/2026", "06/04/2027"],
             ["92508", "Speech/language treatment, group (2-4 students)", "30", "1 x weekly", "Classroom (push-in)", "09/21/2026", "06/04/2027"]],
            widths=[0.6, 2.0, 0.7, 0.9, 1.4, 0.8, 0.8], size=9)
    w.p("Strategies: phonetic placement and minimal pairs, visual supports for directions, story "
        "grammar maps, teacher consultation monthly (not billed).")
    w.p("Progress is reported to parents each grading period (every 9 weeks) with the report card.")
    w.h("Signatures", 2)
    w.table([["Role", "Name", "Signature", "Date"],
             ["Speech-Language Pathologist", f"Colleen Fraser, MS, CCC-SLP (NPI {slp_npi})", "Colleen Fraser", us(plan)],
             ["Parent / Guardian", "Samir Haddad", "Samir Haddad", us(par_sig)],
             ["Physician (medical necessity / referral)", f"Yusuf Rahman, MD (NPI {md_npi})", "Yusuf Rahman, MD (e-signed)", us(md_sig)]],
            widths=[1.8, 2.5, 1.6, 0.9])
    w.p("Parental consent to bill Medicaid for school-based services was obtained on 09/10/2026 (34 CFR "
        "300.154). Consent may be revoked at any time without affecting the student's IEP services.", size=8, italic=True)
    w.save(name)
    label(name, "base-treatment-plan", [], as_of, [],
          "Clean school-based speech-language plan of care: district header, student identifiers in a form "
          "table and the footer, IEP-style annual goals with bulleted benchmarks, related-services table "
          "(CPT, minutes, frequency, start/end), signature table including the referring physician.")


def af12():
    name = "af12_school_ot_plan.docx"
    plan, par_sig, as_of = D("2026-10-05"), D("2026-10-07"), D("2026-10-20")
    check_sigs_not_future(as_of, plan, par_sig)
    ot_npi = npi("176604495")
    w = W(font="Verdana", size=9.5, title="OT Service Plan", author="Lakeside ISD")
    w.p("LAKESIDE INDEPENDENT SCHOOL DISTRICT", bold=True, align="center")
    w.p("School Health and Related Services (SHARS) - Occupational Therapy Service Plan", bold=True, align="center")
    w.kv(("Student", "Caleb R. Osterman"), ("DOB", "08/19/2015"), ("Grade", "5"))
    w.kv(("Medicaid #", "518 227 904"), ("Campus", "Prairie Wind Intermediate"))
    w.kv(("Plan date", us(plan)), ("Service dates", "10/12/2026 - 05/28/2027"))
    w.h("Diagnoses", 3)
    w.p("F82 Specific developmental disorder of motor function")
    w.p("F90.0 Attention-deficit hyperactivity disorder, predominantly inattentive type")
    w.h("Evaluation Summary", 3)
    w.p("BOT-2 Short Form (09/22/2026): standard score 38 (well below average). Beery VMI-6: 74. Caleb "
        "writes 9 legible words per minute in copying tasks (grade expectation about 18), fatigues after "
        "5 minutes of handwriting, and needs adult help to organize materials.")
    w.h("Service Location", 3)
    w.p("☒ Pull-out (OT room)    ☒ Push-in (general education classroom)    ☐ Consultation only")
    w.h("Goals", 3)
    rows = [["#", "Annual goal", "Short-term objectives", "Evaluation method"],
            ["1", "By 05/28/2027 Caleb will copy a 3-sentence paragraph from the board at 15 legible words per minute.",
             "a) 11 legible words per minute by 12/18/2026\nb) 13 legible words per minute by 03/05/2027", "Timed work samples"],
            ["2", "By 05/28/2027 Caleb will type 12 words per minute with 90% accuracy on a keyboarding program.",
             "a) 8 wpm with 90% accuracy by 01/29/2027", "Program report"],
            ["3", "By 05/28/2027 Caleb will set up and put away his materials for a class period using a checklist with no adult prompts on 4 of 5 days.",
             "a) with 1 verbal prompt on 4 of 5 days by 01/29/2027", "Teacher data sheet"]]
    w.table(rows, widths=[0.3, 2.7, 2.4, 1.2], size=9)
    w.h("Services", 3)
    w.table([["Code", "Service", "Duration", "Frequency"],
             ["97530", "Therapeutic activities (functional handwriting, organization)", "30 min", "1x / week"],
             ["9711", "Therapeutic exercise (hand and shoulder strengthening)", "15 min", "1x / week"]],
            widths=[0.8, 3.4, 0.9, 1.0])
    w.p("Intervention approaches: multisensory handwriting instruction, graded strengthening, visual "
        "checklists, assistive technology trial (slant board, pencil grip).")
    w.h("Approvals", 3)
    w.p(f"Occupational Therapist: Ingrid Paulsen, OTR/L   NPI {ot_npi}   Signature: Ingrid Paulsen   Date: {us(plan)}")
    w.p(f"Parent/Guardian: Dana Osterman   Signature: Dana Osterman   Date: {us(par_sig)}")
    w.p("Physician prescription for OT services is on file in the student's health record.", italic=True, size=8.5)
    w.save(name)
    label(name, "base-treatment-plan", [], as_of, [["service-code-invalid"]],
          "School OT (SHARS) service plan; the second service code is typed '9711' (four digits), not a CPT "
          "or HCPCS code. Label lines, typed check boxes for location, goals table with multi-line objectives "
          "in one cell.")


def af13():
    name = "af13_school_counseling_plan.docx"
    plan, par_sig, as_of = D("2026-01-26"), D("2026-01-28"), D("2026-02-09")
    check_sigs_not_future(as_of, plan, par_sig)
    lpc_npi = npi("110987653")
    w = W(font="Calibri", size=11, title="School-Based Mental Health Treatment Plan", author="Bridges SBMH")
    w.p("Bridges School-Based Mental Health Program", bold=True, size=12)
    w.p("in partnership with Eastfield Middle School", italic=True)
    w.h("Individual Treatment Plan", 1)
    w.p("Student name: Marcus D. Bellamy")
    w.p("Date of birth: 03/07/2013")
    w.p("Medicaid ID: 77120459-8")
    w.p("Grade: 7")
    w.p(f"Treatment plan date: {us(plan)}")
    w.p("Referral source: school counselor and parent (attendance, classroom disruptions, worry).")
    w.h("Diagnostic Impressions", 2)
    w.p("Attention-deficit/hyperactivity disorder, combined presentation")
    w.p("Generalized anxiety disorder")
    w.p("(Diagnoses per the intake assessment completed 01/12/2026 by the program clinician.)", italic=True, size=9)
    w.h("Strengths", 2)
    w.p("Funny, kind to younger students, enjoys basketball and drawing; mother and grandmother are involved.")
    w.h("Goals and Objectives", 2)
    w.p("Goal 1: Marcus will manage worry so that he attends school and stays in class.", bold=True)
    w.p("Objective 1a: Marcus will attend at least 90% of school days each month (baseline 78% in December) by 04/30/2026.")
    w.p("Objective 1b: Marcus will use a coping skill (breathing, counting, asking for a pass) instead of leaving class, reducing unexcused exits from 6 to 1 or fewer per week by 04/30/2026.")
    w.p("Goal 2: Marcus will improve attention and behavior in class.", bold=True)
    w.p("Objective 2a: Marcus will complete and turn in 80% of assignments in core classes, as reported weekly by teachers, by 05/22/2026.")
    w.p("Objective 2b: Marcus will reduce office discipline referrals from 4 per month to 1 or fewer per month by 05/22/2026.")
    w.h("Services", 2)
    w.p("Individual therapy at school, HCPCS H0004 (behavioral health counseling, per 15 minutes): 2 units (30 minutes), once weekly.")
    w.p("Family session, H0004: 4 units (60 minutes), once monthly.")
    w.p("Interventions: CBT for anxiety, self-monitoring and behavior contracts, coordination with teachers.")
    w.p("Expected duration: through the end of the school year (05/29/2026), reviewed every 90 days.")
    w.h("Signatures", 2)
    w.p(f"Clinician: Teresa Alvarado, MA, LPC (NPI {lpc_npi})    {us(plan)}")
    w.p(f"Parent/guardian: Denise Bellamy    {us(par_sig)}")
    w.p(f"Student: Marcus Bellamy    {us(par_sig)}")
    w.save(name)
    label(name, "base-treatment-plan", [], as_of, [["diagnosis-code-missing"]],
          "School-based mental health plan whose two diagnoses are written only in words (no ICD-10-CM codes). "
          "One fact per line ('Student name: ...'), goals and objectives as bold 'Goal n' lines with "
          "'Objective na' lines, HCPCS H0004 services in sentences.")


# ============================================================================================
# Residential / inpatient SUD
# ============================================================================================
def af14():
    name = "af14_ny_inpatient_rehab_hudson.docx"
    adm, plan, md, as_of = D("2026-02-09"), D("2026-02-13"), D("2026-02-17"), D("2026-02-20")
    assert days(adm, plan) <= 7 and days(adm, md) <= 10 and md >= plan
    check_sigs_not_future(as_of, plan, md)
    w = W(font="Segoe UI", size=9.5, title="Comprehensive Treatment Plan", author="Hudson Ridge")
    w.header("HUDSON RIDGE RECOVERY CENTER - OASAS Certified Inpatient Rehabilitation (Part 818)", align="left")
    w.footer("FERRANTE, DOMINIC A  MRN HR-260209-04  Medicaid CIN AB41276C", page=True)
    w.p("Comprehensive Treatment Plan", bold=True, size=13)
    w.p("Patient: FERRANTE, DOMINIC A      DOB: 07/22/1988      Sex: M")
    w.p("Medicaid CIN: AB41276C      MRN: HR-260209-04      Unit: Birch Hall")
    w.p(f"Admission Date: {us(adm)}      Plan Date: {us(plan)}      Level of Care: Inpatient rehabilitation (3.7)")
    w.p("Primary Counselor: Keisha Dorsey, CASAC      Attending Physician: Anil Mehta, MD")
    w.h("Diagnoses (DSM-5-TR / ICD-10-CM)", 2)
    w.table([["Code", "Diagnosis", "Rank"],
             ["F11.20", "Opioid use disorder, severe (opioid dependence, uncomplicated)", "Primary"],
             ["F10.20", "Alcohol use disorder, moderate (alcohol dependence, uncomplicated)", "Secondary"],
             ["F43.10", "Post-traumatic stress disorder", "Secondary"]], widths=[0.8, 4.5, 1.0])
    w.h("Problems, Goals and Methods", 2)
    probs = [
        ("Problem #1: Opioid use with 2 overdoses in the past year (ASAM Dimension 1/5)",
         "Goal: Patient will complete inpatient rehabilitation and begin medication for opioid use disorder.",
         ["Objective 1.1: Patient will take buprenorphine/naloxone as prescribed every day with 0 missed doses, by 03/06/2026.",
          "Objective 1.2: Patient will name 3 personal overdose risk factors and demonstrate naloxone use correctly by 02/27/2026."],
         "Methods: medication for OUD with daily nursing administration; individual counseling 2x weekly (45 min); relapse prevention group daily; naloxone training."),
        ("Problem #2: Alcohol use and cravings (Dimension 5)",
         "Goal: Patient will develop a written relapse-prevention plan covering alcohol and opioids.",
         ["Objective 2.1: Patient will complete a relapse-prevention workbook (5 chapters) and review it with the counselor by 03/06/2026.",
          "Objective 2.2: Patient will attend 5 mutual-help meetings (AA/NA/SMART) on site by 03/13/2026."],
         "Methods: CBT-based relapse prevention group 5x weekly; 12-step facilitation; craving monitoring (daily self-rating 0-10)."),
        ("Problem #3: Trauma symptoms and sleep (Dimension 3)",
         "Goal: Patient will reduce PTSD symptoms that trigger use.",
         ["Objective 3.1: Patient will reduce the PCL-5 score from 52 to below 38 by 03/13/2026.",
          "Objective 3.2: Patient will report 6 or more hours of sleep on 5 of 7 nights by 03/06/2026."],
         "Methods: trauma-informed individual counseling; Seeking Safety group 3x weekly; psychiatric evaluation and medication review."),
        ("Problem #4: Housing and discharge planning (Dimension 6)",
         "Goal: Patient will have a safe, substance-free living arrangement at discharge.",
         ["Objective 4.1: Patient will complete 2 applications for supportive or recovery housing by 02/27/2026.",
          "Objective 4.2: Patient will attend an intake appointment with an outpatient OTP or office-based buprenorphine prescriber before discharge (by 03/13/2026)."],
         "Methods: case management 1x weekly; family session with sister if patient consents."),
    ]
    for prob, goal, objs, meth in probs:
        w.p(prob, bold=True)
        w.p(goal)
        for o in objs:
            w.p(o)
        w.p(meth, italic=True)
    w.h("Estimated Length of Stay", 2)
    w.p("30 days (anticipated discharge 03/13/2026); continuing care: outpatient MOUD and IOP.")
    w.h("Patient Participation", 2)
    w.p("The patient participated in developing this plan and states: \"I want to stay alive for my "
        "daughter and get a job back on the boats.\"")
    w.h("Signatures", 2)
    w.p(f"Electronically signed by Keisha Dorsey, CASAC (Primary Counselor) on {us(plan)} 3:40 PM")
    w.p(f"Patient: Dominic Ferrante - signed {us(plan)}")
    w.p(f"Reviewed and approved: Anil Mehta, MD (Attending Physician) - electronically signed {us(md)} 8:12 AM")
    w.save(name)
    label(name, "base-treatment-plan", ["ny-oasas-818"], as_of, [],
          "Clean OASAS inpatient rehabilitation plan: plan 4 days after admission, physician signature 8 days "
          "after admission. EHR print layout with 'Problem #n' blocks, goal line, 'Objective n.n' lines and "
          "an italic methods line; e-signature lines; CIN in the footer.")


def af15():
    name = "af15_ny_inpatient_catskill.docx"
    adm, plan, md, as_of = D("2026-04-06"), D("2026-04-16"), D("2026-04-16"), D("2026-04-24")
    assert days(adm, plan) == 10 and days(adm, plan) > 7  # the gap
    assert days(adm, md) <= 10
    check_sigs_not_future(as_of, plan, md)
    w = W(font="Calibri", size=10, title="Individual Treatment Plan", author="Catskill Valley")
    w.p("CATSKILL VALLEY TREATMENT CENTER", bold=True, size=12, align="center")
    w.p("Inpatient Rehabilitation Services - Individualized Treatment Plan", align="center")
    w.table([["Name", "Shanice M. Whitaker", "DOB", "11/04/1993"],
             ["Medicaid CIN", "QX73092K", "Record #", "CV-11872"],
             ["Date admitted", us(adm), "Date of plan", us(plan)],
             ["Service", "Inpatient rehabilitation", "Counselor", "Olivia Brandt, LMSW, CASAC-T"]],
            header=False, widths=[1.3, 2.2, 1.2, 2.2])
    w.p("")
    w.h("Diagnosis", 2)
    w.p("Primary: F14.20 Cocaine use disorder, severe. Secondary: F10.20 Alcohol use disorder, moderate; "
        "F33.1 Major depressive disorder, recurrent, moderate.")
    w.h("Summary of Assessment", 2)
    w.p("32-year-old woman admitted from the crisis center after 10 days of continuous crack cocaine and "
        "alcohol use. She lost her job as a home health aide in February and her two children are staying "
        "with her mother. She reports depressed mood, poor sleep and passive thoughts of death without "
        "plan; C-SSRS screen on admission low risk.")
    w.h("Treatment Goals", 2)
    w.p("1. Remain abstinent from cocaine and alcohol during the stay, shown by negative urine toxicology on all weekly random tests through discharge.")
    w.p("2. Reduce depressive symptoms: PHQ-9 from 19 to below 10 by 05/04/2026.")
    w.p("3. Re-establish contact with her children: 2 supervised family calls per week, beginning by 04/23/2026.")
    w.p("4. Complete a written relapse prevention plan naming 5 triggers and 5 coping responses by 04/30/2026.")
    w.h("Treatment Methods", 2)
    w.table([["Method", "Frequency", "Staff"],
             ["Individual counseling", "2 sessions per week, 45 minutes", "Primary counselor"],
             ["Group counseling (CBT, relapse prevention, women's group)", "3 groups daily, Monday-Friday", "Clinical staff"],
             ["Psychiatric evaluation and medication management", "Weekly", "Psychiatric NP / physician"],
             ["Family session (with consent)", "1 per week", "Primary counselor"]], widths=[3.0, 2.0, 1.8])
    w.p("Estimated length of stay: 21-28 days.")
    w.h("Signatures", 2)
    w.table([["", "Name", "Date"],
             ["Counselor", "Olivia Brandt, LMSW, CASAC-T  (signed)", us(plan)],
             ["Patient", "Shanice Whitaker  (signed)", us(plan)],
             ["Physician", "Howard Lindqvist, MD  (signed)", us(md)]], widths=[1.3, 3.8, 1.3])
    w.save(name)
    label(name, "base-treatment-plan", ["ny-oasas-818"], as_of, [["plan-late"]],
          "OASAS inpatient plan dated 10 days after admission (limit 7); physician signed on day 10 (in "
          "time). Four-column form table with admission and plan dates, numbered goals, methods table, "
          "signature table with a blank header cell.")


def af16():
    name = "af16_fl_residential_level2.docx"
    adm, plan, qp, as_of = D("2026-03-02"), D("2026-03-12"), D("2026-03-16"), D("2026-03-25")
    assert days(adm, plan) <= 15 and days(plan, qp) <= 10
    check_sigs_not_future(as_of, plan, qp)
    w = W(font="Arial", size=9.5, title="Individualized Treatment Plan", author="Gulf Breeze Recovery")
    w.header("Gulf Breeze Recovery Residences, Inc. — DCF License #RS-0000-00", align="center")
    w.footer("Client: Travis L. Beaumont   DOB 01/15/1979   Medicaid ID 9021775340")
    w.p("INDIVIDUALIZED TREATMENT PLAN", bold=True, size=13, align="center")
    w.table([["Client name", "Travis L. Beaumont"], ["Date of birth", "01/15/1979"],
             ["Medicaid ID", "9021775340"], ["Level of care", "Residential Level 2"],
             ["Date of admission/placement", us(adm)], ["Date of treatment plan", us(plan)],
             ["Primary counselor", "Renee Castillo, CAP"]], header=False, bold_col0=True, widths=[2.2, 4.3])
    w.h("Diagnoses", 2)
    w.p("F15.20 Stimulant (methamphetamine) use disorder, severe — primary")
    w.p("F12.20 Cannabis use disorder, moderate")
    w.h("Problem Statements, Goals, Objectives", 2)
    rows = [["Problem", "Goal", "Measurable objective", "Expected completion"],
            ["Daily methamphetamine use for 3 years; 2 failed outpatient episodes.", "Establish sustained abstinence.",
             "Travis will provide negative urine drug screens on 100% of random tests (at least 1 per week) for 30 consecutive days.", "04/24/2026"],
            ["", "", "Travis will identify 5 high-risk situations and a written coping plan for each.", "04/03/2026"],
            ["Unemployed, no stable housing after discharge.", "Secure recovery housing and income.",
             "Travis will submit 3 applications for recovery residences and 5 job applications.", "04/30/2026"],
            ["Poor anger control; 2 physical altercations in 2025.", "Manage anger without violence.",
             "Travis will use a time-out or breathing skill, with 0 verbal or physical altercations documented by staff.", "04/30/2026"]]
    t = w.table(rows, widths=[1.7, 1.4, 2.8, 0.9], size=9)
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(1, 1).merge(t.cell(2, 1))
    W.set_cell(t.cell(1, 0), "Daily methamphetamine use for 3 years; 2 failed outpatient episodes.", size=9)
    W.set_cell(t.cell(1, 1), "Establish sustained abstinence.", size=9)
    w.h("Services / Tasks", 2)
    w.table([["Type of service", "Frequency", "Responsible"],
             ["Individual counseling (50 minutes)", "1 time per week", "Primary counselor"],
             ["Group counseling (relapse prevention, anger management, life skills)", "5 times per week", "Clinical team"],
             ["Case management", "1 time per week", "Case manager"],
             ["Random urine drug screening", "At least 1 time per week", "Nursing"],
             ["Peer support / mutual-help meetings", "3 times per week", "Client / peer staff"]], widths=[3.2, 1.6, 1.7])
    w.p("Anticipated length of stay: 60 days. Plan reviewed with the client; client's words: \"I want my kids to be proud of me.\"")
    w.h("Signatures", 2)
    w.p(f"Client signature: Travis L. Beaumont        Date: {us(plan)}")
    w.p(f"Staff (plan developed by): Renee Castillo, CAP        Date: {us(plan)}")
    w.p(f"Qualified professional review: Dr. Miriam Solano, PsyD, Clinical Director (qualified professional)        Date: {us(qp)}")
    w.save(name)
    label(name, "base-treatment-plan", ["fl-65d-30"], as_of, [],
          "Clean Florida residential level 2 plan (10 days after admission, limit 15; QP countersigned 4 days "
          "after the plan, limit 10). Two-column identification table, problem/goal/objective/completion "
          "table with vertically merged problem and goal cells, services table with frequency, signature lines.")


def af17():
    name = "af17_tx_residential_checkbox.docx"
    adm, plan, as_of = D("2026-05-11"), D("2026-05-14"), D("2026-05-20")
    check_sigs_not_future(as_of, plan)
    w = W(font="Arial", size=9.5, title="Treatment Plan", author="Piney Woods")
    w.p("PINEY WOODS RECOVERY - CHEMICAL DEPENDENCY TREATMENT FACILITY", bold=True, align="center")
    w.p("Residential Treatment Plan", bold=True, align="center")
    w.kv(("Client", "Ricardo V. Salinas"), ("DOB", "06/30/1990"), ("Medicaid/CHIP #", "TX-552019387"))
    w.kv(("Admit date", us(adm)), ("Plan date", us(plan)), ("Projected length of stay", "30 days"))
    w.p("Program:  ☒ Residential   ☐ Intensive outpatient   ☐ Supportive outpatient   ☐ Detox")
    w.h("Diagnoses", 3)
    w.p("F10.20 Alcohol use disorder, severe; F12.20 Cannabis use disorder, moderate")
    w.h("Problem Areas Identified (check all that apply)", 3)
    w.p("☒ Substance use   ☒ Family / relationships   ☐ Legal   ☒ Employment   ☐ Medical   ☐ Mental health")
    w.h("Goals and Objectives", 3)
    blocks = [
        ("PROBLEM 1 - Substance use", "GOAL 1: Client will stop drinking alcohol and using cannabis.",
         [("1A", "Client will attend and participate in 12 relapse prevention groups.", "06/05/2026"),
          ("1B", "Client will gain insight into his relapse triggers.", "05/28/2026"),
          ("1C", "Client will list 5 refusal statements and role-play them in group with the counselor's rating of 'adequate' or better.", "05/28/2026")]),
        ("PROBLEM 2 - Family", "GOAL 2: Client will repair his relationship with his wife.",
         [("2A", "Client will participate in 2 family sessions with his wife.", "06/08/2026"),
          ("2B", "Client will write a letter to his wife describing the impact of his drinking and read it in a family session.", "06/08/2026")]),
        ("PROBLEM 3 - Employment", "GOAL 3: Client will return to work after discharge.",
         [("3A", "Client will contact his former employer and 2 other employers about work by the target date.", "06/05/2026")]),
    ]
    for prob, goal, objs in blocks:
        w.p(prob, bold=True)
        w.p(goal)
        w.table([["Obj.", "Objective", "Target date"]] + [list(o) for o in objs], widths=[0.5, 5.0, 1.0], size=9)
    w.h("Strategies / Interventions", 3)
    w.table([["Strategy", "Type", "Frequency"],
             ["Individual counseling", "CBT / motivational interviewing", "1x per week, 60 min"],
             ["Group counseling", "Relapse prevention, anger, family roles", "2 groups per day, 6 days per week"],
             ["Chemical dependency education", "Lecture / video", "Daily"],
             ["Family counseling", "Conjoint session", "1x per week"]], widths=[1.8, 2.8, 1.9])
    w.h("Signatures", 3)
    w.p(f"Client: Ricardo V. Salinas    Date: {us(plan)}")
    w.p(f"Counselor: Adrienne Thibodeaux, LCDC    Date: {us(plan)}")
    w.save(name)
    label(name, "base-treatment-plan", ["tx-26tac-564"], as_of, [["objective-not-measurable"]],
          "Texas residential plan in which objective 1B ('gain insight into his relapse triggers') names no "
          "measure or level; the other objectives are measurable and all are dated. Check-box program and "
          "problem lines, one small objectives table per goal, strategies table with frequency.")


def af18():
    name = "af18_fl_day_night_suncoast.docx"
    adm, plan, qp, as_of = D("2026-06-01"), D("2026-06-09"), D("2026-06-24"), D("2026-06-30")
    assert days(adm, plan) <= 10
    assert days(plan, qp) == 15  # the gap: countersignature after 10 days
    check_sigs_not_future(as_of, plan, qp)
    w = W(font="Calibri", size=10.5, title="Treatment Plan", author="Suncoast DNT")
    w.p("Suncoast Behavioral - Day/Night Treatment Program", bold=True, size=12)
    w.p("TREATMENT PLAN", bold=True)
    w.p(f"Individual: Jenna K. Morrow     Date of Birth: 02/12/1996     Member ID: SCH-440182-77")
    w.p(f"Level of Care: Day or Night Treatment     Admission Date: {us(adm)}     Plan Date: {us(plan)}")
    w.p("Diagnosis: F11.20 Opioid use disorder, severe; F41.1 Generalized anxiety disorder")
    w.h("Assessment Summary", 2)
    w.p("Ms. Morrow stepped down from residential treatment after 21 days. She lives with her partner, "
        "who does not use, and works part time at a grocery store. She is maintained on extended-release "
        "buprenorphine (monthly injection). Anxiety is her main relapse risk.")
    w.h("Goals / Objectives / Interventions", 2)
    items = [
        ("Goal 1", "Maintain recovery from opioids.",
         ["Jenna will attend 100% of scheduled program days (4 days per week) for 6 weeks - by 07/21/2026.",
          "Jenna will receive her monthly buprenorphine injection on schedule (2 of 2 injections) - by 07/31/2026.",
          "Jenna will have 0 positive urine drug screens for opioids or benzodiazepines on weekly testing - by 07/21/2026."]),
        ("Goal 2", "Reduce anxiety that drives cravings.",
         ["Jenna will reduce her GAD-7 score from 16 to 10 or below - by 07/21/2026.",
          "Jenna will practice one relaxation skill daily, recorded on her tracking sheet on at least 5 of 7 days - by 07/07/2026."]),
    ]
    for g, stmt, objs in items:
        w.rp((f"{g}: ", "b"), stmt)
        for i, o in enumerate(objs, 1):
            w.p(f"    Objective {g[-1]}.{i}: {o}")
    w.p("Interventions and frequency: group therapy 3 hours per day, 4 days per week; individual "
        "counseling 1 time per week (50 minutes); medication management with the program physician 1 time "
        "per month; random urine drug screens 1 time per week.")
    w.p("Expected length of treatment: 6 weeks.")
    w.h("Signatures", 2)
    w.p(f"Individual: Jenna K. Morrow — signed {us(plan)}")
    w.p(f"Counselor who developed the plan: Tyler Oakes, BS, Counselor I — signed {us(plan)}")
    w.p(f"Qualified Professional (countersignature): Elena Marquez, LMHC — signed {us(qp)}")
    w.save(name)
    label(name, "base-treatment-plan", ["fl-65d-30"], as_of, [["signature-late"]],
          "Florida day/night treatment plan (8 days after admission, limit 10) written by a counselor I "
          "and countersigned by the qualified professional 15 days after the plan date (limit 10). "
          "Label lines, goals with indented 'Objective n.n' lines, interventions in a sentence.")


# ============================================================================================
# Intensive outpatient / partial hospitalisation
# ============================================================================================
def af19():
    name = "af19_tx_iop_bluebonnet.docx"
    adm, plan, as_of = D("2026-07-20"), D("2026-07-23"), D("2026-08-03")
    check_sigs_not_future(as_of, plan)
    w = W(font="Calibri", size=10.5, title="IOP Treatment Plan", author="Bluebonnet")
    w.header("Bluebonnet Outpatient Recovery  ·  Licensed Chemical Dependency Treatment Facility", align="right")
    w.p("Intensive Outpatient Program — Individualized Treatment Plan", bold=True, size=13)
    w.table([["Client", "Alyssa R. Guerrero", "Date of birth", "09/09/1985"],
             ["Payer / ID", "Texas STAR Medicaid / 7304419925", "Admission", us(adm)],
             ["Plan date", us(plan), "Projected length of stay", "10 weeks (through 09/28/2026)"],
             ["Counselor", "Jorge Villarreal, LCDC", "Program", "IOP, 3 evenings per week"]],
            header=False, widths=[1.2, 2.4, 1.5, 2.1])
    w.h("Diagnoses", 2)
    w.p("F13.20 Sedative, hypnotic or anxiolytic use disorder, moderate (alprazolam); F10.20 Alcohol use disorder, moderate")
    w.h("Plan", 2)
    sections = [
        ("Goal A — Abstinence from alprazolam and alcohol", [
            ("A1", "Alyssa will submit negative urine drug screens for benzodiazepines and EtG on every weekly screen for 6 consecutive weeks.", "09/14/2026"),
            ("A2", "Alyssa will keep her daily craving log (0-10) and bring it to 90% of group sessions.", "08/31/2026")]),
        ("Goal B — Manage panic symptoms without non-prescribed medication", [
            ("B1", "Alyssa will reduce panic attacks from 4 per week to 1 or fewer per week, by her log.", "09/21/2026"),
            ("B2", "Alyssa will attend the psychiatric appointment and follow through with 1 new non-benzodiazepine treatment option.", "08/17/2026")]),
        ("Goal C — Build a recovery support network", [
            ("C1", "Alyssa will attend 2 mutual-help meetings per week and obtain a sponsor's or peer's phone number.", "08/31/2026"),
            ("C2", "Alyssa will name 3 sober supports and how to contact them in her relapse prevention plan.", "08/24/2026")]),
    ]
    for goal, objs in sections:
        w.p(goal, bold=True)
        for code, text, d in objs:
            w.p(f"Objective {code}: {text}  (target {d})")
    w.h("Strategies", 2)
    w.table([["Strategy", "Type", "Frequency", "Length"],
             ["Group counseling", "Process group, relapse prevention, DBT skills", "3 times per week", "3 hours"],
             ["Individual counseling", "Motivational interviewing / CBT", "1 time per week", "60 minutes"],
             ["Urine drug screen", "Random, observed", "1 time per week", "-"],
             ["Psychiatric referral", "Evaluation for anxiety treatment", "Once (by 08/10/2026)", "-"]],
            widths=[1.6, 2.6, 1.4, 1.0])
    w.h("Client and Counselor Signatures", 2)
    w.table([["Client signature", "Date", "Counselor signature", "Date"],
             ["Alyssa R. Guerrero", us(plan), "Jorge Villarreal, LCDC", us(plan)]], widths=[2.0, 1.0, 2.4, 1.0])
    w.save(name)
    label(name, "base-treatment-plan", ["tx-26tac-564"], as_of, [],
          "Clean Texas IOP plan: projected length of stay, lettered goals with objective lines carrying "
          "'(target date)', strategies table with type, frequency and length, a one-row signature grid.")


def af20():
    name = "af20_mh_iop_medicare.docx"
    plan, as_of = D("2026-03-16"), D("2026-03-30")
    check_sigs_not_future(as_of, plan)
    w = W(font="Calibri", size=10.5, title="IOP Individual Treatment Plan", author="Lakeview IOP")
    w.p("LAKEVIEW BEHAVIORAL HEALTH - ADULT MENTAL HEALTH INTENSIVE OUTPATIENT PROGRAM", bold=True, size=11)
    w.p("Individual Treatment Plan", bold=True, size=13)
    w.kv(("Patient", "Gerald P. Nowicki"), ("DOB", "10/03/1956"))
    w.kv(("Medicare MBI", "4TQ9WM3AK62"), ("Secondary insurance", "none"))
    w.kv(("Date of plan", us(plan)), ("Expected duration", "12 weeks (through 06/08/2026)"))
    w.h("Diagnosis", 2)
    w.p("F33.2 Major depressive disorder, recurrent, severe without psychotic features (primary)")
    w.p("F41.1 Generalized anxiety disorder")
    w.h("Reason for IOP", 2)
    w.p("Referred after a 6-day inpatient stay for depression with suicidal ideation following the death "
        "of his wife. Discharged on sertraline 100 mg. Lives alone; daughter visits weekly.")
    w.h("Goals and Objectives", 2)
    w.p("Goal 1: Gerald will regain a stable mood and daily routine.", bold=True)
    w.p("1.1 Reduce PHQ-9 from 22 to 12 or less by 05/11/2026.")
    w.p("1.2 Get out of bed by 9 a.m. and complete 1 planned activity on at least 5 of 7 days by 04/27/2026 (activity log).")
    w.p("Goal 2: Gerald will stay safe.", bold=True)
    w.p("2.1 Complete a written safety plan and share it with his daughter by 03/23/2026.")
    w.p("2.2 Report 0 days with suicidal ideation with intent on the daily check-in for 4 consecutive weeks by 05/11/2026.")
    w.p("Goal 3: Gerald will process his grief.", bold=True)
    w.p("3.1 Attend a community bereavement group at least 2 times before discharge from IOP (by 06/08/2026).")
    w.h("Treatment / Services", 2)
    w.table([["Service", "CPT", "Session length", "Frequency"],
             ["Group psychotherapy", "90853", "", "3 times per week"],
             ["Individual psychotherapy", "90834", "45 minutes", "Weekly"],
             ["Family psychotherapy with patient present", "90847", "50 minutes", "Every other week"]],
            widths=[2.6, 0.8, 1.4, 1.6])
    w.p("Modalities: CBT for depression, behavioral activation, grief-focused therapy, safety planning.")
    w.h("Signature", 2)
    w.p(f"Therapist: Dana Ortiz        Signed: Dana Ortiz        Date: {us(plan)}")
    w.p(f"Patient: Gerald P. Nowicki        Date: {us(plan)}")
    w.save(name)
    label(name, "medicare-psychotherapy", [], as_of, [["amount-missing"], ["credential-missing"]],
          "Mental-health IOP plan: the group psychotherapy (90853) row leaves the session length empty, and "
          "the only clinician signature ('Therapist: Dana Ortiz') carries no credential anywhere in the plan. "
          "Label lines with MBI, bold goal lines with '1.1' objectives, services table.")


def af21():
    name = "af21_php_st_brendan.docx"
    plan, md, as_of = D("2026-05-04"), D("2026-05-05"), D("2026-05-11")
    check_sigs_not_future(as_of, plan, md)
    lcsw_npi, md_npi = npi("155503127"), npi("149981206")
    w = W(font="Times New Roman", size=11, title="PHP Master Treatment Plan", author="St. Brendan PHP")
    w.header("St. Brendan Hospital — Partial Hospitalization Program", "MASTER TREATMENT PLAN", align="center")
    w.footer("HAINES, LORETTA M  |  DOB 12/19/1949  |  MBI 8RK2NW5TD47")
    w.h("I. Identifying Information", 2)
    w.table([["Patient name", "Loretta M. Haines"], ["Date of birth", "12/19/1949"],
             ["Medicare Beneficiary Identifier", "8RK2NW5TD47"], ["Plan established", us(plan)],
             ["Program", "Partial hospitalization, 5 days per week"],
             ["Anticipated length of treatment", "4 weeks (target completion 05/29/2026)"]], header=False, bold_col0=True,
            widths=[2.6, 3.8])
    w.h("II. Diagnoses", 2)
    w.table([["ICD-10-CM", "Description"], ["F31.81", "Bipolar II disorder, current episode depressed (primary)"],
             ["F41.1", "Generalized anxiety disorder"]], widths=[1.2, 5.2])
    w.h("III. Problems, Goals and Objectives", 2)
    probs = [
        ("A. Depressed mood with passive suicidal ideation",
         "Goal: Loretta will return to living independently with a stable mood.",
         [("Obj. A1", "Reduce QIDS-SR16 from 19 to 10 or below.", "05/26/2026"),
          ("Obj. A2", "Complete a written safety plan naming 3 warning signs, 3 coping strategies and 2 contacts.", "05/08/2026"),
          ("Obj. A3", "Attend 90% of scheduled program days.", "05/29/2026")]),
        ("B. Anxiety and avoidance",
         "Goal: Loretta will manage worry without avoiding errands and appointments.",
         [("Obj. B1", "Reduce GAD-7 from 15 to 9 or below.", "05/26/2026"),
          ("Obj. B2", "Complete 3 planned errands alone using coping skills, by her log.", "05/22/2026")]),
    ]
    for prob, goal, objs in probs:
        w.p(prob, bold=True)
        w.p(goal)
        w.table([["#", "Objective", "Target date"]] + [list(o) for o in objs], widths=[0.8, 4.6, 1.0])
    w.h("IV. Treatment Modalities", 2)
    w.table([["CPT", "Service", "Session length", "Frequency", "Staff"],
             ["90853", "Group psychotherapy", "60 minutes", "3 groups per day, 5 days per week", "LCSW / LPC"],
             ["90837", "Individual psychotherapy", "60 minutes", "1 time per week", "Primary therapist"],
             ["99214", "Psychiatric evaluation and management", "25 minutes", "1 time per week", "Attending psychiatrist"],
             ["90847", "Family psychotherapy", "50 minutes", "Every other week", "Primary therapist"]],
            widths=[0.7, 2.0, 1.1, 1.9, 1.3], size=9.5)
    w.h("V. Discharge Criteria", 2)
    w.p("QIDS-SR16 10 or below, no suicidal ideation for 14 days, aftercare appointments scheduled.")
    w.h("VI. Signatures", 2)
    w.table([["Role", "Name and credentials", "NPI", "Date"],
             ["Primary therapist", "Rosalind Achebe, LCSW", lcsw_npi, us(plan)],
             ["Attending psychiatrist", "Victor Hagen, MD", md_npi, us(md)],
             ["Patient", "Loretta M. Haines", "", us(plan)]], widths=[1.5, 2.6, 1.3, 1.0])
    w.p("All signatures above are electronic signatures captured in the hospital EHR.", italic=True, size=9)
    w.save(name)
    label(name, "medicare-psychotherapy", [], as_of, [],
          "Clean partial hospitalization master treatment plan (Medicare): Roman-numeral sections, two-column "
          "identification table, one objectives table per problem, modality table with CPT, session length and "
          "frequency, signature table with NPIs; identifiers in header and footer.")


# ============================================================================================
# Opioid treatment programs
# ============================================================================================
def af22():
    name = "af22_ca_ntp_initial_bayside.docx"
    adm, plan, sup, md, upd, as_of = (D("2026-01-12"), D("2026-02-02"), D("2026-02-06"), D("2026-02-09"),
                                      D("2026-04-13"), D("2026-03-20"))
    assert days(adm, plan) <= 28 and days(plan, sup) <= 14 and days(plan, md) <= 14
    assert days(adm, upd) <= 92 and as_of < upd
    check_sigs_not_future(as_of, plan, sup, md)
    md_npi = npi("136627804")
    w = W(font="Arial", size=9.5, title="NTP Treatment Plan", author="Bayside NTP")
    w.p("BAYSIDE NARCOTIC TREATMENT PROGRAM", bold=True, size=12)
    w.p("Initial Treatment Plan — Maintenance", bold=True)
    w.table([["Patient", "Brandon T. Ellery", "DOB", "04/26/1984"],
             ["Medi-Cal CIN", "91234567A", "Program ID", "BNTP-4471"],
             ["Admission (maintenance start)", us(adm), "Plan effective date", us(plan)],
             ["Primary counselor", "Hailey Tran, RADT-II", "Medical director", "Samuel Ibarra, MD"]],
            header=False, widths=[1.7, 1.9, 1.4, 1.8])
    w.h("Diagnosis", 3)
    w.p("F11.20 Opioid use disorder, severe (fentanyl); F17.210 Nicotine dependence, cigarettes")
    w.h("Medication", 3)
    w.p("Methadone 85 mg orally once daily, observed dosing 6 days per week, 1 take-home (Sunday).")
    w.h("Long-Term Goal", 3)
    w.p("Brandon will stop using illicit opioids, stabilize on methadone and return to full-time work.")
    w.h("Short-Term Goals (90 days or less)", 3)
    rows = [["#", "Short-term goal / behavioral task", "Target date"],
            ["1", "Reach a stable methadone dose with no withdrawal symptoms (COWS under 5) at 4 consecutive weekly checks.", "03/13/2026"],
            ["2", "Provide urine samples negative for fentanyl and other opioids on 4 consecutive monthly tests.", "04/10/2026"],
            ["3", "Attend 2 individual counseling sessions per month (50 minutes each).", "04/10/2026"],
            ["4", "Complete a primary care visit with hepatitis C and HIV testing.", "03/27/2026"],
            ["5", "Apply for 3 jobs per week for 4 weeks with help from the vocational counselor.", "04/10/2026"]]
    w.table(rows, widths=[0.3, 5.3, 1.0])
    w.h("Services", 3)
    w.p("Daily observed methadone dosing (H0020); individual counseling 2 times per month, 50 minutes; "
        "monthly random urine drug testing; medical review by the medical director every 3 months.")
    w.p(f"Next treatment plan update due: {us(upd)} (no later than 3 months after admission).")
    w.h("Review and Signatures", 3)
    w.table([["Signer", "Name", "Signature", "Date"],
             ["Patient", "Brandon T. Ellery", "signed", us(plan)],
             ["Primary counselor", "Hailey Tran, RADT-II", "signed", us(plan)],
             ["Supervising counselor", "Marcus Feliciano, CADC-II", "reviewed and signed", us(sup)],
             ["Medical director", f"Samuel Ibarra, MD (NPI {md_npi})", "reviewed and signed", us(md)]], widths=[1.6, 2.6, 1.4, 1.0])
    w.save(name)
    label(name, "base-treatment-plan", ["ca-title9-ntp"], as_of, [],
          "Clean California NTP initial maintenance plan: plan 21 days after admission (limit 28), supervising "
          "counselor and medical director countersign 4 and 7 days after the plan (limit 14), update due 91 "
          "days after admission (limit 92), as-of before it. Form table, short-term goals table with target "
          "dates, signer table.")


def af23():
    name = "af23_ca_otp_central_valley.docx"
    adm, plan, sup, md, upd, as_of = (D("2026-05-04"), D("2026-05-20"), D("2026-05-27"), D("2026-05-29"),
                                      D("2026-11-04"), D("2026-07-01"))
    assert days(adm, plan) <= 28 and days(plan, sup) <= 14 and days(plan, md) <= 14
    assert days(adm, upd) > 92 and days(plan, upd) > 92  # the gap
    check_sigs_not_future(as_of, plan, sup, md)
    w = W(font="Calibri", size=10, title="Treatment Plan", author="Central Valley OTP")
    w.p("Central Valley Opioid Treatment Program", bold=True, size=12, align="center")
    w.p("TREATMENT PLAN", bold=True, align="center")
    t = w.table([["Client Name:", "Rosa I. Delgado", "Client DOB:", "08/15/1991"],
                 ["Medi-Cal ID:", "97766120F", "Admission Date:", us(adm)],
                 ["Plan Date:", us(plan), "Medication:", "Buprenorphine/naloxone 16/4 mg daily"]],
                header=False, widths=[1.3, 2.0, 1.3, 2.2])
    w.p("Dx: F11.20 Opioid use disorder, severe; F43.10 Post-traumatic stress disorder")
    w.h("Problem / Goal / Short-term objectives", 2)
    w.table([["Problem", "Long-term goal", "Short-term objectives (target date)", "Interventions"],
             ["Daily heroin and fentanyl use for 6 years", "Sustained recovery from opioid use",
              "1. Take buprenorphine daily as prescribed; 0 missed doses in 4 weeks (06/30/2026)\n"
              "2. Negative urine for fentanyl on 3 consecutive monthly tests (08/14/2026)",
              "Daily dosing, monthly UDT, counseling 4 times per month"],
             ["Trauma symptoms and nightmares", "Fewer trauma symptoms",
              "3. Reduce PCL-5 from 49 to 35 or lower (08/14/2026)\n4. Attend 4 Seeking Safety groups (07/31/2026)",
              "Seeking Safety group weekly; referral to county MH"],
             ["No stable income", "Stable income",
              "5. Complete a CalFresh and a general assistance application (06/19/2026)",
              "Case management 2 times per month"]], widths=[1.5, 1.3, 2.7, 1.5], size=9)
    w.p(f"Plan review: every 6 months. Next review date: {us(upd)}.")
    w.h("Signatures", 2)
    w.p(f"Client: Rosa I. Delgado    {us(plan)}")
    w.p(f"Counselor: Darnell Price, SUDCC-I    {us(plan)}")
    w.p(f"Supervising Counselor: Ivy Nakashima, LAADC    {us(sup)}")
    w.p(f"Medical Director: Farid Haddad, DO    {us(md)}")
    w.save(name)
    label(name, "base-treatment-plan", ["ca-title9-ntp"], as_of, [["review-interval-exceeded"]],
          "California OTP plan that schedules its next review 6 months out (11/04/2026, 184 days after "
          "admission; limit 92). Label/value form table with colons inside cells, one table holding "
          "problem / goal / numbered objectives with dates in parentheses / interventions.")


def af24():
    name = "af24_ca_ntp_quarterly_update.docx"
    plan, sup, md, upd, as_of = D("2026-08-10"), D("2026-08-14"), D("2026-08-17"), D("2026-11-02"), D("2026-08-28")
    assert days(plan, sup) <= 14 and days(plan, md) <= 14 and days(plan, upd) <= 92
    check_sigs_not_future(as_of, plan, sup, md)
    w = W(font="Arial", size=10, title="Treatment Plan Update", author="Pacific Crest")
    w.header("Pacific Crest Recovery Clinic — Narcotic Treatment Program", align="left")
    w.footer("Kenji A. Morales  ·  DOB 02/03/1979  ·  Medi-Cal 93318274B")
    w.p("Quarterly Treatment Plan Update", bold=True, size=13)
    w.p("Patient: Kenji A. Morales")
    w.p("Birth date: 02/03/1979")
    w.p("Medi-Cal BIC: 93318274B")
    w.p(f"Date of this update: {us(plan)}")
    w.p("Treatment phase: Maintenance (methadone 110 mg daily)")
    w.h("Diagnosis", 2)
    w.p("F11.21 Opioid use disorder, severe, in early remission on maintenance therapy; F10.20 Alcohol use disorder, moderate")
    w.h("Progress Since Last Plan", 2)
    w.p("Kenji has had negative urine drug tests for opioids for 5 months and now receives 6 take-home "
        "doses per week. He reports drinking 3-4 beers on weekends, confirmed by 2 positive EtG results.")
    w.h("Goals and Short-Term Objectives", 2)
    w.p("Goal 1: Keep opioid recovery stable.", bold=True)
    w.p("    a) Maintain negative opioid urine tests on all monthly random tests through 10/30/2026.")
    w.p("    b) Keep take-home privileges with 0 missed pick-ups or bottle-return problems through 10/30/2026.")
    w.p("Goal 2: Stop alcohol use.", bold=True)
    w.p("    a) Reduce drinking days from 8 per month to 0, confirmed by EtG testing twice monthly, by 10/30/2026.")
    w.p("    b) Attend 2 SMART Recovery meetings per week and show his attendance sheet at each counseling session by 09/30/2026.")
    w.h("Services", 2)
    w.p("Methadone dosing with 6 take-homes per week; individual counseling 2 times per month (50 minutes); "
        "EtG testing 2 times per month; physician review quarterly.")
    w.p(f"Next plan update due {us(upd)}.")
    w.h("Signatures", 2)
    w.table([["Role", "Name", "Date signed"],
             ["Patient", "Kenji A. Morales", us(plan)],
             ["Primary Counselor", "Bethany Cruz, CADC-I", us(plan)],
             ["Supervising Counselor", "Oren Whitfield, LMFT", us(sup)],
             ["Medical Director", "Lucia Ferrer, MD", us(md)]], widths=[2.0, 2.8, 1.4])
    w.save(name)
    label(name, "base-treatment-plan", ["ca-title9-ntp"], as_of, [["field-missing"]],
          "Quarterly NTP update for a long-term maintenance patient that never states the admission or "
          "maintenance start date (needed for the 28-day and 3-month clocks). One fact per line, indented "
          "lettered objectives, signature table.")


def af25():
    name = "af25_fl_methadone_mat.docx"
    adm, plan, qp, as_of = D("2026-07-06"), D("2026-07-27"), D("2026-07-31"), D("2026-08-10")
    assert days(adm, plan) <= 30 and days(plan, qp) <= 10
    check_sigs_not_future(as_of, plan, qp)
    w = W(font="Courier New", size=10, title="Treatment Plan", author="Palmetto MAT")
    w.p("PALMETTO MEDICATION ASSISTED TREATMENT CENTER", bold=True)
    w.p("TREATMENT PLAN (65D-30)", bold=True)
    w.p("=" * 70)
    w.p("Client Name ........ Wesley G. Pruitt")
    w.p("DOB ................ 03/08/1975")
    w.p("Medicaid # ......... 8830146229")
    w.p("Level of Care ...... Methadone Medication-Assisted Treatment for Opioid Addiction")
    w.p(f"Admission Date ..... {us(adm)}")
    w.p(f"Plan Date .......... {us(plan)}")
    w.p("=" * 70)
    w.p("DIAGNOSIS")
    w.p("  DSM-IV 304.00  Opioid Dependence")
    w.p("  B18.2  Chronic viral hepatitis C (per PCP)")
    w.p("PROBLEM 1: Opioid addiction (oxycodone, then heroin), 12 years")
    w.p("  GOAL: Wesley will stop using illicit opioids.")
    w.p("  OBJECTIVE 1a: Wesley will give negative urine drug screens for opioids other than methadone on 4 consecutive monthly screens.")
    w.p("  OBJECTIVE 1b: Wesley will attend 100% of his scheduled counseling sessions.")
    w.p("PROBLEM 2: Chronic hepatitis C, untreated")
    w.p("  GOAL: Wesley will start hepatitis C treatment.")
    w.p("  OBJECTIVE 2a: Wesley will attend 1 appointment with the liver clinic and complete the pre-treatment labs.")
    w.p("PROBLEM 3: Legal - probation")
    w.p("  GOAL: Wesley will complete probation without violations.")
    w.p("  OBJECTIVE 3a: Wesley will attend all 4 monthly probation meetings and provide the officer a monthly treatment attendance letter.")
    w.p("SERVICES / TASKS")
    w.p("  Methadone dosing ........................ daily, observed")
    w.p("  Individual counseling ................... 2 times per month, 50 minutes")
    w.p("  Group counseling ........................ 1 time per week")
    w.p("  Urine drug screening .................... monthly, random")
    w.p("  Physician review ........................ every 90 days")
    w.p("=" * 70)
    w.p(f"Client signature:   Wesley G. Pruitt                 Date: {us(plan)}")
    w.p(f"Counselor:          Monique Everett, CAP             Date: {us(plan)}")
    w.p(f"Qualified Professional review: Ahmed Rahimi, LCSW    Date: {us(qp)}")
    w.save(name)
    label(name, "base-treatment-plan", ["fl-65d-30"], as_of,
          [["objective-not-time-bound"], ["diagnosis-code-invalid", "diagnosis-code-missing"]],
          "Florida methadone MAT plan (21 days after admission, limit 30) in a monospace dotted-leader "
          "template: no objective or goal has a target date or time frame, and the primary diagnosis is the "
          "DSM-IV number 304.00 instead of an ICD-10-CM code (hepatitis C is coded B18.2).")


# ============================================================================================
# ACT, case management, peer support, crisis stabilisation (base-treatment-plan)
# ============================================================================================
def af26():
    name = "af26_act_person_centered_plan.docx"
    plan, md, as_of = D("2026-04-20"), D("2026-04-22"), D("2026-05-01")
    check_sigs_not_future(as_of, plan, md)
    tl_npi, md_npi = npi("182279551"), npi("160071284")
    w = W(font="Calibri", size=10, landscape=True, title="Person-Centered Recovery Plan", author="ACT Team 2")
    w.header("Riverside Community Mental Health  ·  Assertive Community Treatment (ACT) Team 2", align="left")
    w.footer("Individual served: Reginald Owusu · DOB 02/27/1981 · Medicaid 411928370-01 · ACT #A2-0193")
    w.p("PERSON-CENTERED RECOVERY PLAN", bold=True, size=14)
    w.table([["Individual served", "Reginald (\"Reggie\") Owusu", "Date of birth", "02/27/1981", "Medicaid ID", "411928370-01"],
             ["Plan date", us(plan), "Plan type", "☐ Initial  ☒ Annual  ☐ Revision", "Next review", "10/19/2026"]],
            header=False, widths=[1.3, 2.0, 1.0, 2.1, 1.0, 1.6])
    w.h("Diagnoses", 2)
    w.p("F25.0 Schizoaffective disorder, bipolar type (primary)   ·   F17.210 Nicotine dependence, cigarettes   ·   E11.9 Type 2 diabetes mellitus")
    w.h("In My Own Words", 2)
    w.p("\"I want my own apartment again and to work at the bike shop. I don't want to go back to the hospital.\"")
    w.h("Strengths and Preferences", 2)
    w.p("Skilled at repairing bicycles; close to his sister Abena; likes early appointments; prefers his "
        "long-acting injection to daily pills; wants a male staff member for home visits.")
    w.h("Goals, Objectives and Interventions", 2)
    rows = [["Life area", "My goal", "Objective (measurable)", "Target date", "Interventions / who helps"],
            ["Mental health", "Stay out of the hospital.",
             "Reggie will receive his long-acting injection on schedule (monthly), 6 of 6 injections, with 0 psychiatric admissions.",
             "10/19/2026", "ACT psychiatrist and nurse: injection and symptom check monthly; team contacts 3+ times weekly"],
            ["Housing", "Have my own apartment.",
             "Reggie will complete 2 housing applications and attend 1 housing interview.",
             "07/31/2026", "Housing specialist: applications, landlord contacts"],
            ["Employment", "Work at the bike shop.",
             "Reggie will work at least 10 hours per week for 8 consecutive weeks in a competitive job.",
             "10/19/2026", "Employment specialist (IPS): job development, weekly follow-along"],
            ["Physical health", "Get my sugar under control.",
             "Reggie will lower his HbA1c from 8.9% to below 7.5%.",
             "10/19/2026", "ACT nurse: weekly glucose log review; PCP visit every 3 months"],
            ["Substance use", "Cut down smoking.",
             "Reggie will reduce cigarettes from 20 to 10 or fewer per day, by self-report and CO monitor.",
             "08/31/2026", "Co-occurring specialist: motivational interviewing; NRT via psychiatrist"]]
    w.table(rows, widths=[1.1, 1.4, 3.0, 0.9, 2.6], size=9)
    w.h("Services", 2)
    w.table([["Service", "HCPCS", "Amount", "Frequency", "Duration"],
             ["Assertive community treatment (per 15 minutes)", "H0039", "8-12 units per week", "At least 3 face-to-face contacts per week", "12 months"],
             ["Psychiatric medication management (ACT psychiatrist)", "H0039", "2 units", "Monthly", "12 months"]],
            widths=[2.8, 0.8, 1.4, 2.4, 1.0])
    w.h("Crisis Plan", 2)
    w.p("Warning signs: not sleeping, talking fast, stopping his injection. Reggie wants the team to call "
        "his sister Abena (555-0191). After hours: ACT on-call 555-0150. " + CRISIS_LINES)
    w.h("Signatures", 2)
    w.table([["", "Name", "Credentials", "NPI", "Signature", "Date"],
             ["Individual served", "Reginald Owusu", "", "", "Reginald Owusu", us(plan)],
             ["ACT team leader", "Marisa Gutierrez", "LCSW", tl_npi, "signed electronically", us(plan)],
             ["ACT psychiatrist", "Oluwadamilare Adebayo", "MD", md_npi, "signed electronically", us(md)]],
            widths=[1.5, 2.0, 1.0, 1.2, 1.8, 1.0])
    w.save(name)
    label(name, "base-treatment-plan", [], as_of, [],
          "Clean ACT person-centered recovery plan (landscape): 6-column identification row with check-box "
          "plan type, 'In my own words' and strengths, life-area goal grid, HCPCS service table, crisis plan, "
          "signature grid with an empty header cell and NPIs.")


def af27():
    name = "af27_tcm_case_management_plan.docx"
    plan, as_of = D("2026-01-20"), D("2026-02-02")
    bad_target = D("2026-01-15")
    assert bad_target < plan  # the date gap
    check_sigs_not_future(as_of, plan)
    cm_npi = npi("130218846")
    w = W(font="Garamond", size=11.5, title="Case Management Service Plan", author="Keystone TCM")
    w.p("Keystone Targeted Case Management", bold=True, size=13)
    w.p("Individual Service Plan", italic=True, size=12)
    w.p("Consumer: Yvette N. Caldwell")
    w.p("DOB: 05/05/1970        Medical Assistance ID: 6620184733")
    w.p(f"Service plan date: {longd(plan)}")
    w.p(f"Case manager: Darius Pembroke, BSW (NPI {cm_npi})     Supervisor: Helen Marsh, LCSW")
    w.h("Diagnosis", 2)
    w.p("F31.8 Bipolar disorder, other (per treating psychiatrist); E11.9 Type 2 diabetes mellitus")
    w.h("Assessed Needs", 2)
    w.p("Housing (eviction notice received 12/2025), benefits (SSI redetermination overdue), medical "
        "follow-up (no PCP visit in 14 months), transportation.")
    w.h("Goals and Action Steps", 2)
    items = [
        ("Need 1 - Housing", "Goal: Yvette will keep her apartment or move to safe, affordable housing.",
         [f"Action step: Yvette and the case manager will apply for emergency rental assistance and submit all documents by {us(bad_target)}.",
          "Action step: Yvette will attend the landlord-tenant mediation hearing (1 of 1) by 02/27/2026."]),
        ("Need 2 - Benefits", "Goal: Yvette will keep her SSI and Medical Assistance.",
         ["Action step: Yvette will return the SSI redetermination form with 3 required documents by 02/13/2026."]),
        ("Need 3 - Health", "Goal: Yvette will reconnect with primary care.",
         ["Action step: Yvette will attend 1 new-patient PCP visit and 1 lab appointment by 03/31/2026.",
          "Action step: Yvette will use Medical Assistance transportation for 100% of medical appointments by 03/31/2026."]),
    ]
    for need, goal, steps in items:
        w.p(need, bold=True, underline=True)
        w.p(goal)
        for s in steps:
            w.bullet(s)
    w.h("Services", 2)
    w.p("Targeted case management, T1017 (per 15 minutes): up to 8 units per month, at least 2 face-to-face "
        "contacts per month, for 6 months (through 07/20/2026).")
    w.h("Signatures", 2)
    w.p(f"Consumer: Yvette N. Caldwell — {us(plan)}")
    w.p(f"Case Manager: Darius Pembroke, BSW — {us(plan)}")
    w.p(f"Supervisor: Helen Marsh, LCSW — {us(plan)}")
    w.save(name)
    label(name, "base-treatment-plan", [], as_of, [["diagnosis-code-not-billable"], ["date-inconsistent"]],
          "Targeted case management service plan: the primary diagnosis F31.8 is an ICD-10-CM category "
          "(billable: F31.81/F31.89), and the first housing action step is due 01/15/2026, before the plan "
          "date 01/20/2026. Need / goal / bulleted action-step layout, long-form plan date, signer lines "
          "with em dashes.")


def af44():
    name = "af44_peer_support_recovery_plan.docx"
    plan, sup, as_of = D("2026-09-28"), D("2026-09-30"), D("2026-10-07")
    check_sigs_not_future(as_of, plan, sup)
    w = W(font="Calibri", size=11, title="Recovery Plan", author="Harbor Lights Peer Center")
    w.p("Harbor Lights Peer Recovery Center", bold=True, size=13, align="center")
    w.p("Peer Support Services — My Recovery Plan", bold=True, align="center")
    w.table([["Participant", "Dwayne L. Mercer"], ["Date of birth", "08/14/1977"],
             ["Medicaid number", "3390027716"], ["Date plan written", us(plan)],
             ["Certified Peer Specialist", "Tanya Brooks, CPS"], ["Clinical supervisor", "Luis Ortega, LCSW"]],
            header=False, bold_col0=True, widths=[2.0, 4.5])
    w.h("Diagnosis (from referring provider)", 2)
    w.p("F11.21 Opioid use disorder, in sustained remission, on buprenorphine; F43.12 PTSD, chronic")
    w.h("What recovery looks like for me", 2)
    w.p("\"Staying clean, getting my license back, and being somebody my son can call.\"")
    w.h("My goals and steps", 2)
    goals = [
        ("Goal 1: Keep my recovery strong.", [
            "Step 1: I will go to 3 recovery meetings each week and write them in my calendar (by 12/21/2026).",
            "Step 2: I will call my peer specialist or sponsor before acting on a craving, at least 4 of 5 times, using my craving card (by 11/30/2026)."]),
        ("Goal 2: Get my driver's license back.", [
            "Step 1: I will pay off the 2 remaining court fines with a payment plan (by 11/30/2026).",
            "Step 2: I will pass the written driving test (by 01/29/2027)."]),
        ("Goal 3: Reconnect with my son.", [
            "Step 1: I will have 2 phone or video calls with my son each month (by 12/31/2026)."]),
    ]
    for g, steps in goals:
        w.p(g, bold=True)
        for s in steps:
            w.p(s, style="List Bullet")
    w.h("Support from my peer specialist", 2)
    w.p("Peer support services, HCPCS H0038 (per 15 minutes): 4 units per meeting, 2 meetings per week, "
        "for 6 months. Sharing lived experience, WRAP planning, going with me to the DMV and court, "
        "connecting me with recovery community organizations.")
    w.h("Wellness Recovery Action Plan (summary)", 2)
    w.p("Daily maintenance: buprenorphine every morning, walk the dog, text my sponsor. Triggers: "
        "paydays, anniversaries of my brother's death. Early warning signs: isolating, skipping meetings.")
    w.h("Signatures", 2)
    w.p(f"Participant: Dwayne L. Mercer          Date: {us(plan)}")
    w.p(f"Certified Peer Specialist: Tanya Brooks, CPS          Date: {us(plan)}")
    w.p(f"Clinical Supervisor: Luis Ortega, LCSW          Date: {us(sup)}")
    w.save(name)
    label(name, "base-treatment-plan", [], as_of, [],
          "Clean peer support recovery plan written in the participant's voice ('I will ...'), bulleted steps "
          "with dates in parentheses, two-column participant table, H0038 units in prose, WRAP summary.")


def af45():
    name = "af45_crisis_stabilization_unit.docx"
    adm, plan, np_sig, as_of = D("2026-11-09"), D("2026-11-09"), D("2026-11-10"), D("2026-11-16")
    check_sigs_not_future(as_of, plan, np_sig)
    np_npi = npi("175533901")
    w = W(font="Arial", size=9.5, title="Crisis Stabilization Plan", author="CSU")
    w.header("Mesa County Crisis Stabilization Unit  |  24/7 line 555-0111", align="center")
    w.p("CRISIS STABILIZATION UNIT — INITIAL STABILIZATION PLAN", bold=True, size=12)
    w.p("Consumer: Tamsin R. Albright     DOB: 03/14/1999     Medicaid ID: CO-B449102")
    w.p(f"Admitted: {us(adm)} 02:15     Plan completed: {us(plan)} 14:30     Expected stay: up to 5 days")
    w.p("Referral: mobile crisis team after a 911 call by her roommate.")
    w.h("Diagnoses", 2)
    w.p("F33.2 Major depressive disorder, recurrent, severe without psychotic features")
    w.p("R45.851 Suicidal ideations")
    w.p("F43.10 Post-traumatic stress disorder, unspecified")
    w.h("Risk Assessment", 2)
    w.p("C-SSRS (11/09/2026): ideation with intent, no plan; no attempt in the past 3 months. Lethal means: "
        "roommate removed medications; no firearms in the home (confirmed).")
    w.h("Stabilization Goals", 2)
    w.table([["Goal", "Objective", "Target", "Interventions"],
             ["Safety", "Tamsin will report no suicidal intent on every nursing check (every 4 hours) for 48 hours.", "11/13/2026",
              "Observation q15 min first 24 h, then q30 min; safety planning; psychiatric evaluation"],
             ["", "Tamsin will complete a Stanley-Brown safety plan with 3 coping strategies and 3 contacts.", "11/11/2026", "Clinician, 1:1"],
             ["Sleep / mood", "Tamsin will sleep at least 6 hours on 2 consecutive nights (staff sleep log).", "11/13/2026",
              "Medication review by PMHNP; sleep hygiene"],
             ["Aftercare", "Tamsin will have 1 scheduled outpatient therapy intake and 1 psychiatry appointment within 7 days of discharge.", "11/14/2026",
              "Care coordinator: appointments, transportation"]], widths=[1.0, 2.8, 0.8, 2.2], size=9)
    w.h("Services", 2)
    w.p("Crisis stabilization, per diem (S9485): 1 day per day of stay, up to 5 days. Individual crisis "
        "counseling daily (30-45 minutes); psychiatric evaluation within 24 hours, then daily rounds.")
    w.h("Signatures", 2)
    w.p(f"Consumer: Tamsin R. Albright — {us(plan)}")
    w.p(f"Crisis clinician: Owen Pritchard, LPC — {us(plan)}")
    w.p(f"Psychiatric nurse practitioner: Grace Mbeki, PMHNP-BC (NPI {np_npi}) — {us(np_sig)}")
    w.save(name)
    label(name, "base-treatment-plan", [], as_of, [],
          "Clean crisis stabilization unit plan: label lines with times after dates, risk assessment, "
          "stabilization grid with a blank continuation cell, per-diem HCPCS service in prose, dash "
          "signature lines.")


# ============================================================================================
# Psychiatric medication management (medicare-psychotherapy + pa-55-5200)
# ============================================================================================
def af42():
    name = "af42_pa_med_management_allegheny.docx"
    intake, plan, md, as_of = D("2026-06-02"), D("2026-06-23"), D("2026-06-25"), D("2026-07-10")
    assert days(intake, plan) <= 30
    check_sigs_not_future(as_of, plan, md)
    w = W(font="Calibri", size=10.5, title="Treatment Plan", author="Allegheny Ridge")
    w.p("Allegheny Ridge Behavioral Health — Licensed Psychiatric Outpatient Clinic", bold=True)
    w.p("INDIVIDUALIZED TREATMENT PLAN — Medication Management and Psychotherapy", bold=True, size=12)
    for line in [f"Client name\tPatricia A. Kowalczyk", "Date of birth\t05/30/1952", "Medicare MBI\t5TN8KD3VX27",
                 f"Intake date\t{us(intake)}", f"Plan date\t{us(plan)}",
                 "Expected duration\t6 months (through 12/23/2026)", "Next review\t09/21/2026"]:
        w.p(line)
    w.h("Diagnoses", 2)
    w.p("F33.1 Major depressive disorder, recurrent, moderate (primary); F41.1 Generalized anxiety disorder; "
        "G47.00 Insomnia, unspecified")
    w.h("Goals and Objectives", 2)
    w.p("GOAL 1. Patricia will feel well enough to return to volunteering and seeing friends.", bold=True)
    w.p("Objective 1A. Reduce the PHQ-9 score from 17 to 9 or less by 09/21/2026.")
    w.p("Objective 1B. Take sertraline as prescribed on at least 26 of 28 days, by pill-box check at each visit, by 08/18/2026.")
    w.p("Objective 1C. Go to her church volunteer shift at least 1 time per week for 4 consecutive weeks by 10/30/2026.")
    w.p("GOAL 2. Patricia will worry less and sleep better.", bold=True)
    w.p("Objective 2A. Reduce the GAD-7 score from 14 to 7 or less by 10/30/2026.")
    w.p("Objective 2B. Sleep at least 6 hours on 5 of 7 nights, by sleep diary, by 09/21/2026.")
    w.h("Interventions / Modalities", 2)
    w.table([["Service", "CPT", "Amount", "Frequency", "Provider"],
             ["Evaluation and management (medication management)", "99214", "25 minutes", "Monthly", "Psychiatrist"],
             ["Psychotherapy add-on with E/M", "90833", "30 minutes", "Monthly (with the E/M visit)", "Psychiatrist"],
             ["Individual psychotherapy (CBT, CBT-I)", "90834", "45 minutes", "Every 2 weeks", "LCSW"]],
            widths=[2.6, 0.7, 1.0, 1.8, 1.1])
    w.h("Signatures", 2)
    w.p(f"Individual: Patricia A. Kowalczyk\tDate: {us(plan)}")
    w.p(f"Mental health professional: Jonah Wexler, LCSW\tDate: {us(plan)}")
    w.p(f"Psychiatrist approval: Amrita Sen, MD\tDate: {us(md)}")
    w.save(name)
    label(name, "medicare-psychotherapy", ["pa-55-5200"], as_of, [],
          "Clean Pennsylvania outpatient clinic plan for medication management with psychotherapy (Medicare): "
          "tab-separated 'label<TAB>value' lines, capitalised goal lines with 'Objective 1A' lines, modality "
          "table with CPT / amount / frequency, tab-separated signer lines with psychiatrist approval. Plan 21 "
          "days after intake.")


def af43():
    name = "af43_pa_med_management_susquehanna.docx"
    intake, plan, md, as_of = D("2025-05-19"), D("2025-06-10"), D("2025-06-12"), D("2026-07-15")
    assert days(intake, plan) <= 30
    assert days(plan, as_of) > 365  # the gap
    check_sigs_not_future(as_of, plan, md)
    w = W(font="Arial", size=10, title="Treatment Plan", author="Susquehanna Clinic")
    w.header("SUSQUEHANNA COMMUNITY CLINIC  ·  Outpatient Psychiatry", align="right")
    w.footer("Rodney E. Batiste · DOB 01/11/1958 · MBI 7GU4HP6CW38")
    w.p("TREATMENT PLAN", bold=True, size=13)
    w.table([["Client", "Rodney E. Batiste", "DOB", "01/11/1958"],
             ["Medicare MBI", "7GU4HP6CW38", "Intake", us(intake)],
             ["Plan date", us(plan), "Length of treatment", "6 months"]], header=False, widths=[1.3, 2.2, 1.5, 1.6])
    w.h("Diagnosis", 2)
    w.p("F20.0 Schizophrenia, paranoid type; F17.210 Nicotine dependence, cigarettes")
    w.h("Goals", 2)
    w.p("Goal 1: Rodney will keep his psychotic symptoms controlled and stay in his apartment.", bold=True)
    w.p("  Objective 1.1: Take his antipsychotic as prescribed, with 0 missed doses per week on pill counts, by 09/30/2025.")
    w.p("  Objective 1.2: Keep his BPRS total at or below 40 at every monthly visit through 12/10/2025.")
    w.p("Goal 2: Rodney will keep his hemoglobin A1c below 6.5% and his weight within 5 lb of 212 lb while on clozapine.", bold=True)
    w.p("Goal 3: Rodney will spend time with other people each week.", bold=True)
    w.p("  Objective 3.1: Attend the drop-in center at least 2 times per week for 8 weeks by 11/28/2025.")
    w.h("Treatment", 2)
    w.p("Medication management (99213), 20 minutes, monthly, with the psychiatrist.")
    w.p("Individual psychotherapy (90832), 30 minutes, every 2 weeks, with the clinic therapist.")
    w.p("Weight, A1c and lipids are monitored by his primary care physician.")
    w.h("Signatures", 2)
    w.p(f"Client: Rodney E. Batiste   {us(plan)}")
    w.p(f"Therapist: Cheryl Ann Moyer, LPC   {us(plan)}")
    w.p(f"Psychiatrist: Ibrahim Saleh, DO   {us(md)}")
    w.save(name)
    label(name, "medicare-psychotherapy", ["pa-55-5200"], as_of, [["plan-outdated"], ["objective-missing"]],
          "Pennsylvania clinic plan dated 06/10/2025 checked for a 07/15/2026 date of service (400 days, "
          "no completed review; limit 365), and goal 2 (metabolic targets, itself measurable) has no objective. Four-column form "
          "table, bold goal lines with indented objectives, services in sentences.")


# ============================================================================================
# Home health (medicare-home-health)
# ============================================================================================
def hh_cert_ok(soc, end, md_sig, as_of):
    assert days(soc, end) <= 60, "certification period longer than 60 days"
    assert md_sig >= soc
    assert as_of <= end


def af28():
    name = "af28_hh_cms485_miami_valley.docx"
    soc, end, md, recv, as_of = D("2026-08-03"), D("2026-10-01"), D("2026-08-10"), D("2026-08-12"), D("2026-08-20")
    assert days(soc, end) == 59
    hh_cert_ok(soc, end, md, as_of)
    check_sigs_not_future(as_of, soc, md)
    md_npi = npi("192288445")
    w = W(font="Arial", size=8.5, margins=0.5, title="Home Health Certification and Plan of Care", author="MVHC")
    w.p("Department of Health and Human Services — Centers for Medicare & Medicaid Services", size=7.5)
    w.p("HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True, size=11, align="center")
    t = w.doc.add_table(rows=0, cols=4)
    t.style = w.doc.styles["Table Grid"]

    def row(*cells):
        r = t.add_row().cells
        for j, v in enumerate(cells):
            W.set_cell(r[j], v, size=8)
        return r
    row("1. Patient's HI Claim No.\n7KX2WQ8RT45", f"2. Start Of Care Date\n{us(soc)}",
        f"3. Certification Period\nFrom: {us(soc)}   To: {us(end)}", "4. Medical Record No.\nMV-30817     5. Provider No. 367001")
    r = row("6. Patient's Name and Address\nHarold B. Finney\n1420 Sycamore Lane, Dayton, OH 45405", "",
            "7. Provider's Name, Address and Telephone Number\nMiami Valley Home Care\n88 Wayne Ave, Dayton, OH 45402  (555) 0170", "")
    r[0].merge(r[1])
    r[2].merge(r[3])
    row("8. Date of Birth\n09/12/1941", "9. Sex   ☒ M   ☐ F",
        "10. Medications: Dose/Frequency/Route (N)ew (C)hanged\nInsulin glargine 22 units subcut at bedtime (C); metformin 500 mg PO BID; "
        "furosemide 40 mg PO daily; carvedilol 6.25 mg PO BID; lisinopril 10 mg PO daily; cephalexin 500 mg PO QID x 10 days (N)", "")
    t.rows[-1].cells[2].merge(t.rows[-1].cells[3])
    r = row("11. ICD-10-CM  Principal Diagnosis  Date\nE11.621  Type 2 diabetes mellitus with foot ulcer  07/24/2026 (E)", "",
            "12. ICD-10-CM  Surgical Procedure  Date\nN/A", "")
    r[0].merge(r[1]); r[2].merge(r[3])
    r = row("13. ICD-10-CM  Other Pertinent Diagnoses  Date\nL97.412  Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed  07/24/2026 (E)\n"
            "I50.22  Chronic systolic (congestive) heart failure  03/2022 (O)\nZ79.4  Long term (current) use of insulin", "", "", "")
    r[0].merge(r[3])
    row("14. DME and Supplies\nRolling walker, offloading post-op shoe, glucometer, wound supplies",
        "15. Safety Measures\nFall precautions, diabetic foot care, clear pathways", "16. Nutritional Req.\n2 g Na, carbohydrate-controlled, 1.5 L fluid limit",
        "17. Allergies\nSulfa (rash)")
    row("18.A. Functional Limitations\n☒ Endurance  ☒ Ambulation  ☐ Hearing  ☐ Speech", "18.B. Activities Permitted\n☒ Walker  ☒ Partial weight bearing R heel (offloading shoe)",
        "19. Mental Status\n☒ Oriented  ☐ Forgetful  ☐ Confused", "20. Prognosis\n☐ Poor  ☐ Guarded  ☒ Fair  ☐ Good")
    r = row("21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)\n"
            "SN 2w3, 1w5: skilled assessment of wound, cardiopulmonary status and blood sugars; wound care R heel - cleanse with normal saline, "
            "apply calcium alginate, cover with foam dressing, change 3 times per week (wife to change on non-visit days after teaching); "
            "teach diabetic foot care, insulin dosing, CHF diet and daily weights; report weight gain over 3 lb in 1 day or 5 lb in 1 week.\n"
            "PT 1w1, 2w4, 1w3: evaluate and treat; gait training with walker and offloading shoe, transfer training, home exercise program, fall prevention.\n"
            "HHA 2w4: bathing and personal care assistance.\n"
            "MSW 1w1: evaluation for community resources and caregiver support.", "", "", "")
    r[0].merge(r[3])
    r = row("22. Goals/Rehabilitation Potential/Discharge Plans\n"
            "Goal 1: R heel wound will decrease from 2.4 x 1.9 x 0.3 cm to 1.0 x 1.0 cm or less with no s/s of infection by 10/01/2026.\n"
            "Goal 2: Patient's wife will perform the dressing change correctly on 3 of 3 return demonstrations by 08/31/2026.\n"
            "Goal 3: Fasting blood sugar will stay between 80 and 180 mg/dL on 6 of 7 days per glucose log by 09/15/2026.\n"
            "Goal 4: Weight will stay within 3 lb of dry weight (196 lb) with 0 hospitalizations for CHF through 10/01/2026.\n"
            "Goal 5: Patient will ambulate 150 feet with rolling walker and offloading shoe with stand-by assist by 09/28/2026.\n"
            "Rehab potential: good for stated goals. Discharge plan: discharge to self-care with wife's help when goals are met.", "", "", "")
    r[0].merge(r[3])
    r = row(f"23. Nurse's Signature and Date of Verbal SOC Where Applicable:\nDiane Kessler, RN   Verbal SOC {us(soc)}", "",
            f"25. Date HHA Received Signed POT\n{us(recv)}", "")
    r[0].merge(r[1]); r[2].merge(r[3])
    r = row(f"24. Physician's Name and Address\nRamon Estrada, MD   NPI {md_npi}\nMiami Valley Internal Medicine, 400 Salem Ave, Dayton, OH 45406", "",
            "26. I certify that this patient is confined to his/her home and needs intermittent skilled nursing care, physical therapy "
            "and/or speech therapy or continues to need occupational therapy. The patient is under my care, and I have authorized the "
            "services on this plan of care and will periodically review the plan.", "")
    r[0].merge(r[1]); r[2].merge(r[3])
    r = row(f"27. Attending Physician's Signature and Date Signed\nElectronically signed by Ramon Estrada, MD on {us(md)}", "",
            "28. Anyone who misrepresents, falsifies, or conceals essential information required for payment of Federal funds may be "
            "subject to fine, imprisonment, or civil penalty under applicable Federal statutes.", "")
    r[0].merge(r[1]); r[2].merge(r[3])
    w.p("Form CMS-485 layout (agency copy)", size=7, italic=True)
    w.save(name)
    label(name, "medicare-home-health", [], as_of, [],
          "Clean home health certification in the CMS-485 box layout: numbered caption boxes in one table "
          "with merged cells (HI claim number, SOC, certification period 59 days, diagnoses in boxes 11/13, "
          "orders in box 21 with 2w3/1w5-style frequencies, goals in box 22, physician e-signature in box 27).")


def af29():
    name = "af29_hh_agency_poc_heartland.docx"
    soc, end, md, as_of = D("2026-09-21"), D("2026-11-19"), D("2026-09-28"), D("2026-10-05")
    hh_cert_ok(soc, end, md, as_of)
    check_sigs_not_future(as_of, soc, md)
    md_npi = npi("117950182")
    w = W(font="Calibri", size=10, title="Plan of Care", author="Heartland HH")
    w.header("Heartland Home Health Services  ·  Plan of Care / Physician Orders", align="left")
    w.footer("LOWRY, BEATRICE A · DOB 02/14/1938 · MBI 2NF8VC4GH17 · Episode 09/21/2026-11/19/2026")
    w.h("Patient", 2)
    w.kv(("Name", "Beatrice A. Lowry"), ("DOB", "02/14/1938"), ("MBI", "2NF8VC4GH17"))
    w.kv(("Start of care", us(soc)), ("Certification period", f"{us(soc)} - {us(end)}"))
    w.kv(("Certifying physician", f"Gerald Whitcombe, DO (NPI {md_npi})"))
    w.h("Diagnoses", 2)
    w.table([["", "ICD-10-CM", "Description"],
             ["Primary", "I50.32", "Chronic diastolic (congestive) heart failure"],
             ["Secondary", "R33.9", "Retention of urine, unspecified (indwelling Foley catheter)"],
             ["Secondary", "Z97.8", "Presence of other specified devices"],
             ["Secondary", "I10", "Essential (primary) hypertension"]], widths=[1.0, 1.1, 4.3])
    w.h("Disciplines and Visits", 2)
    w.table([["Discipline", "Orders", "Frequency"],
             ["SN", "Cardiopulmonary and fluid status assessment, daily weights review, medication teaching, Foley care and change every 30 days (16 Fr, 10 mL balloon)", "2w2, 1w6"],
             ["SN (PRN)", "Visits for Foley catheter dislodgement, leakage or blockage", "PRN"],
             ["HHA", "Bathing, skin care, catheter bag emptying and hygiene", "3w8"],
             ["PT", "Evaluate; strengthening and transfer training", "1w1, 2w3"]], widths=[1.0, 4.3, 1.1])
    w.h("Goals", 2)
    w.bullet("Patient will keep weight within 3 lb of her dry weight (142 lb) with no ED visits for heart failure by 11/19/2026.")
    w.bullet("Patient's daughter will demonstrate Foley bag change and catheter securement correctly on 2 of 2 return demonstrations by 10/19/2026.")
    w.bullet("Patient will remain free of signs and symptoms of urinary tract infection through 11/19/2026.")
    w.bullet("Patient will transfer bed to chair with stand-by assistance by 11/02/2026.")
    w.h("Rehab Potential / Discharge Plan", 2)
    w.p("Fair. Discharge to the care of her daughter with outpatient urology follow-up when goals are met.")
    w.h("Physician Certification", 2)
    w.p("I certify that this patient is confined to the home and needs intermittent skilled nursing and "
        "therapy, that a face-to-face encounter was performed, and that I authorized this plan of care.")
    w.p(f"Physician signature: Gerald Whitcombe, DO — electronically signed {us(md)}")
    w.p(f"Plan prepared by: Alicia Moreno, RN, Case Manager — {us(soc)}")
    w.save(name)
    label(name, "medicare-home-health", [], as_of, [["frequency-missing"]],
          "Agency-format home health plan whose 'SN (PRN)' line for catheter problems has no limit on the "
          "number of visits. Label lines, diagnoses table with an empty first header cell, 'Disciplines and "
          "Visits' table (2w2, 1w6 / 3w8 / PRN), bulleted goals, e-signed physician line.")


def af30():
    name = "af30_hh_copd_sierra_vista.docx"
    soc, end, np_sig, as_of = D("2026-10-12"), D("2026-12-10"), D("2026-10-16"), D("2026-10-26")
    hh_cert_ok(soc, end, np_sig, as_of)
    check_sigs_not_future(as_of, soc, np_sig)
    np_npi = npi("145562203")
    w = W(font="Tahoma", size=9.5, title="Plan of Care", author="Sierra Vista Home Health")
    w.p("SIERRA VISTA HOME HEALTH", bold=True, size=12)
    w.p("Home Health Plan of Care", bold=True)
    w.p(f"Patient: Ernesto M. Villalobos | DOB: 07/01/1944 | Medicare ID: 5RD3AJ6KM29")
    w.p(f"SOC: {us(soc)} | Cert period: {us(soc)} through {us(end)} | MRN: SV-77310")
    w.p("Diagnoses: J44.1 COPD with (acute) exacerbation (primary); J96.11 Chronic respiratory failure with hypoxia; Z99.81 Dependence on supplemental oxygen")
    w.h("Homebound Status", 3)
    w.p("Dyspnea with exertion after 15 feet; requires O2 2 L/min continuous and a rollator; leaving home "
        "requires a considerable and taxing effort.")
    w.h("Orders", 3)
    w.p("SN 1w8: assess respiratory status, SpO2 and lung sounds; teach inhaler technique, pursed-lip "
        "breathing, COPD action plan, oxygen safety; medication reconciliation.")
    w.p("PT 2w3, 1w4: evaluate and treat; endurance training, energy conservation, gait with rollator, home exercise program.")
    w.p("HHA 2w4: shower assistance and personal care.")
    w.h("Goals", 3)
    w.p("1. Patient will be safe in the home.")
    w.p("2. Patient and caregiver will understand COPD, medications and oxygen use.")
    w.p("3. Patient will have improved endurance and breathing.")
    w.p("4. Patient will be independent with the home exercise program.")
    w.h("Rehab Potential and Discharge Plan", 3)
    w.p("Rehab potential fair. Discharge when goals are met, to self-care with his wife.")
    w.h("Certification", 3)
    w.p(f"Certifying practitioner: Deborah Kline, NP (NPI {np_npi}) — signed {us(np_sig)}")
    w.p(f"Clinician completing the plan: Marco Reyes, RN — {us(soc)}")
    w.save(name)
    label(name, "medicare-home-health", [], as_of, [["goal-not-measurable"]],
          "Home health plan for COPD whose four goals are all vague ('be safe', 'understand', 'improved "
          "endurance', 'independent with HEP' without a level or measure) and no objectives. Pipe-separated "
          "identification lines, orders as paragraphs, numbered goals typed as text.")


def af31():
    name = "af31_hh_hip_fracture_prairie.docx"
    soc, end, md, as_of = D("2026-04-06"), D("2026-06-04"), D("2026-04-11"), D("2026-06-20")
    assert days(soc, end) <= 60 and as_of > end  # the gap: period over, no recertification recorded
    check_sigs_not_future(as_of, soc, md)
    md_npi = npi("104479983")
    w = W(font="Calibri", size=10.5, title="Plan of Care", author="Prairie HH")
    w.p("Prairie Rose Home Health Agency", bold=True, size=12)
    w.p("PLAN OF TREATMENT", bold=True)
    t = w.table([["Section", "Content"],
                 ["Patient", "Margaret E. Sloane — DOB 11/23/1935 — Medicare 8PW4HX2TN63"],
                 ["Start of care", us(soc)],
                 ["Certification period", f"{us(soc)} to {us(end)}"],
                 ["Diagnoses", "S72.001D Fracture of neck of right femur, subsequent encounter, routine healing (primary)\n"
                               "Z96.641 Presence of right artificial hip joint\nZ91.81 History of falling\nR26.81 Unsteadiness on feet"],
                 ["Orders", "PT 2w4, 1w4: gait and balance training, stair training, hip precautions, HEP.\n"
                            "OT 1w4: ADL retraining, adaptive equipment (reacher, sock aid), tub transfer bench training.\n"
                            "SN 1w2: medication teaching (apixaban), incision check, pain management.\n"
                            "HHA 2w3: bathing assistance."],
                 ["Goals", "1. Patient will ambulate 200 feet with a single-point cane, modified independent, by 05/29/2026.\n"
                           "2. Patient will climb 4 stairs with 1 rail and contact-guard assist by 05/15/2026.\n"
                           "3. Patient will dress her lower body with adaptive equipment independently by 05/22/2026.\n"
                           "4. Patient will score 24 seconds or less on the Timed Up and Go (baseline 38 seconds) by 05/29/2026.\n"
                           "5. Patient will state 3 of 3 hip precautions and the signs of bleeding to report by 04/20/2026."],
                 ["Rehab potential / discharge", "Good. Discharge to home with daughter when goals are met; outpatient PT if needed."],
                 ["Recertification", f"Recertification due by {us(end)} if continued services are needed."],
                 ["Physician", f"Alan Whitford, MD (NPI {md_npi})\nSigned: Alan Whitford, MD  {us(md)}"]],
                widths=[1.6, 4.9])
    w.p("")
    w.p("Visit notes, OASIS and medication profile are filed separately.", italic=True, size=9)
    w.save(name)
    label(name, "medicare-home-health", [], as_of, [["review-overdue"]],
          "Home health plan after hip fracture checked on 06/20/2026, 16 days after its certification period "
          "ended (06/04/2026) with no recertification recorded. Whole plan in one two-column 'Section | "
          "Content' table, multi-line cells.")


def af32():
    name = "af32_hh_therapy_only_northwoods.docx"
    soc, end, as_of = D("2026-05-04"), D("2026-07-02"), D("2026-05-20")
    assert days(soc, end) <= 60
    check_sigs_not_future(as_of, soc)
    md_npi = npi("186691024")
    w = W(font="Arial", size=10, title="Therapy Plan of Care", author="Northwoods HH")
    w.header("NORTHWOODS HOME HEALTH & REHAB", "Plan of Care - Therapy Only Episode", align="center")
    w.p("Patient name: Clarence W. Hobbs")
    w.p("Date of birth: 01/30/1946")
    w.p("Medicare number: 3CV7EK5PA82")
    w.p(f"Start of care: {us(soc)}")
    w.p(f"Certification: {us(soc)} – {us(end)}")
    w.h("Diagnoses", 2)
    w.p("G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations — primary")
    w.p("R26.81 Unsteadiness on feet; Z91.81 History of falling")
    w.h("Therapy Orders", 2)
    w.table([["Discipline", "Frequency / duration", "Treatment"],
             ["PT", "2w4, 1w4", "Gait training with LSVT BIG principles, balance, transfers, fall recovery, HEP"],
             ["OT", "1w6", "ADL training, fine motor, bathroom safety and equipment"],
             ["SLP", "1w1, 2w3", "Voice (LSVT LOUD-based), swallow screen"]], widths=[1.0, 1.5, 4.0])
    w.h("Goals", 2)
    w.p("PT: Patient will improve Berg Balance Scale from 38/56 to 46/56 or higher by 06/30/2026.")
    w.p("PT: Patient will walk 300 feet with a rollator and supervision with 0 losses of balance by 06/26/2026.")
    w.p("OT: Patient will complete shower transfer with a tub bench and grab bar at modified independent level by 06/12/2026.")
    w.p("SLP: Patient will maintain conversational loudness of 70 dB SPL or more at 30 cm in 4 of 5 samples by 06/05/2026.")
    w.h("Certification", 2)
    w.p(f"Certifying physician: Nina Kaur, MD   NPI {md_npi}")
    w.p("Physician signature: ________________________________   Date: ______________")
    w.p("Status: sent to physician portal 05/06/2026 - awaiting signature.", italic=True)
    w.p(f"Therapist: Samuel Ortiz, PT, DPT — signed {us(soc)}")
    w.save(name)
    label(name, "medicare-home-health", [], as_of, [["signature-missing"]],
          "Therapy-only home health plan sent to the physician portal and not yet signed (blank signature "
          "and date lines, 'awaiting signature'). One fact per line, therapy orders table, goals prefixed "
          "by discipline.")


def af33():
    name = "af33_hh_fhir_careplan.json"
    soc, end, md, as_of = D("2026-10-19"), D("2026-12-17"), D("2026-10-23"), D("2026-11-02")
    hh_cert_ok(soc, end, md, as_of)
    check_sigs_not_future(as_of, md)
    md_npi, rn_npi = npi("163318874"), npi("128805117")
    ids = {k: f"hh-{k}" for k in ["pat", "cov", "md", "rn", "org", "enc", "c1", "c2", "c3", "c4", "cp", "prov"]}
    res = []
    res.append({"resourceType": "Patient", "id": ids["pat"],
                "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MC", "display": "Patient's Medicare number"}]},
                                "system": "http://hl7.org/fhir/sid/us-mbi", "value": "6WJ3RT8KE52"}],
                "name": [{"family": "Abernathy", "given": ["Gloria", "T."]}], "gender": "female", "birthDate": "1939-06-22",
                "address": [{"line": ["77 Linden Court"], "city": "Asheville", "state": "NC", "postalCode": "28801"}]})
    res.append({"resourceType": "Coverage", "id": ids["cov"], "status": "active",
                "beneficiary": {"reference": f"Patient/{ids['pat']}"}, "payor": [{"display": "Medicare Part A"}],
                "subscriberId": "6WJ3RT8KE52"})
    res.append({"resourceType": "Practitioner", "id": ids["md"],
                "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": md_npi}],
                "name": [{"family": "Okonjo", "given": ["Chidi"], "suffix": ["MD"]}],
                "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360", "code": "MD", "display": "Doctor of Medicine"}]}}]})
    res.append({"resourceType": "Practitioner", "id": ids["rn"],
                "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": rn_npi}],
                "name": [{"family": "Haverford", "given": ["Lynn"], "suffix": ["RN"]}],
                "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360", "code": "RN", "display": "Registered Nurse"}]}}]})
    res.append({"resourceType": "Organization", "id": ids["org"], "name": "Blue Ridge Home Health Partners"})
    res.append({"resourceType": "Encounter", "id": ids["enc"], "status": "finished",
                "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "HH", "display": "home health"},
                "type": [{"text": "Start of care comprehensive assessment (OASIS) - initial evaluation"}],
                "subject": {"reference": f"Patient/{ids['pat']}"},
                "participant": [{"individual": {"reference": f"Practitioner/{ids['rn']}"}}],
                "period": {"start": f"{iso(soc)}T10:00:00-04:00", "end": f"{iso(soc)}T11:45:00-04:00"}})
    conds = [("c1", "I50.32", "Chronic diastolic (congestive) heart failure"),
             ("c2", "N18.4", "Chronic kidney disease, stage 4 (severe)"),
             ("c3", "I48.91", "Unspecified atrial fibrillation"),
             ("c4", "Z79.01", "Long term (current) use of anticoagulants")]
    for k, code, disp in conds:
        res.append({"resourceType": "Condition", "id": ids[k],
                    "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
                    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": code, "display": disp}]},
                    "subject": {"reference": f"Patient/{ids['pat']}"}})
    goals = [
        ("g1", "Patient will keep weight within 3 lb of dry weight (168 lb) with no hospital admission for heart failure.", "Body weight change", "within 3 lb of 168 lb", "2026-12-17", "c1"),
        ("g2", "Patient will state 4 of 4 heart-failure warning signs and the action for each.", "Teach-back", "4 of 4 signs", "2026-11-13", "c1"),
        ("g3", "Patient will take apixaban twice daily with 0 missed doses per week by pill-organizer check.", "Missed doses per week", "0", "2026-11-27", "c4"),
        ("g4", "Patient will walk 150 feet with a four-wheeled walker and stand-by assist.", "Ambulation distance", "150 feet, SBA", "2026-12-11", "c1"),
    ]
    goal_refs = []
    for gid, desc, meas, detail, due, cond in goals:
        res.append({"resourceType": "Goal", "id": f"hh-{gid}", "lifecycleStatus": "active",
                    "description": {"text": desc}, "subject": {"reference": f"Patient/{ids['pat']}"},
                    "target": [{"measure": {"text": meas}, "detailString": detail, "dueDate": due}],
                    "addresses": [{"reference": f"Condition/{ids[cond]}"}]})
        goal_refs.append({"reference": f"Goal/hh-{gid}"})
    srs = [("sn", "G0299", "Direct skilled nursing services of a registered nurse (RN) in the home health setting",
            2, "2026-10-19", "2026-11-08", "Cardiopulmonary assessment, weights, medication teaching, INR coordination"),
           ("sn2", "G0299", "Direct skilled nursing services of a registered nurse (RN) in the home health setting",
            1, "2026-11-09", "2026-12-17", "Cardiopulmonary assessment, weights, medication teaching"),
           ("pt", "G0151", "Services performed by a qualified physical therapist in the home health setting",
            2, "2026-10-20", "2026-11-30", "Gait, transfers, endurance, home exercise program"),
           ("hha", "G0156", "Services of home health/hospice aide in home health setting",
            2, "2026-10-20", "2026-12-13", "Bathing and personal care")]
    activities = []
    for k, code, disp, freq, s, e, note in srs:
        sid = f"hh-sr-{k}"
        res.append({"resourceType": "ServiceRequest", "id": sid, "status": "active", "intent": "order",
                    "basedOn": [{"reference": f"CarePlan/{ids['cp']}"}],
                    "code": {"coding": [{"system": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "code": code, "display": disp}]},
                    "subject": {"reference": f"Patient/{ids['pat']}"},
                    "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": s, "end": e}, "frequency": freq, "period": 1, "periodUnit": "wk"}},
                    "requester": {"reference": f"Practitioner/{ids['md']}"},
                    "reasonReference": [{"reference": f"Condition/{ids['c1']}"}],
                    "note": [{"text": note}]})
        activities.append({"reference": {"reference": f"ServiceRequest/{sid}"}})
    res.append({"resourceType": "CarePlan", "id": ids["cp"], "status": "active", "intent": "order",
                "title": "Home Health Plan of Care", "category": [{"text": "Home health plan of care"}],
                "description": "Heart failure with recent admission for volume overload; CKD 4; atrial fibrillation on apixaban; homebound (dyspnea after 20 feet).",
                "subject": {"reference": f"Patient/{ids['pat']}"}, "encounter": {"reference": f"Encounter/{ids['enc']}"},
                "period": {"start": iso(soc), "end": iso(end)}, "created": iso(soc),
                "author": {"reference": f"Practitioner/{ids['rn']}"},
                "contributor": [{"reference": f"Practitioner/{ids['md']}"}, {"reference": f"Organization/{ids['org']}"}],
                "addresses": [{"reference": f"Condition/{ids[k]}"} for k in ("c1", "c2", "c3", "c4")],
                "goal": goal_refs, "activity": activities,
                "note": [{"text": "Rehab potential: good. Discharge plan: to self-care with son's support when goals are met."}]})
    res.append({"resourceType": "Provenance", "id": ids["prov"], "target": [{"reference": f"CarePlan/{ids['cp']}"}],
                "recorded": f"{iso(md)}T16:02:00-04:00",
                "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "code": "attester"}]},
                           "who": {"reference": f"Practitioner/{ids['md']}"}}],
                "signature": [{"type": [ESIG], "when": f"{iso(md)}T16:02:00-04:00", "who": {"reference": f"Practitioner/{ids['md']}"},
                               "sigFormat": "application/signature+xml", "data": "UEhOcFoyNWhkSFZ5WlQ0PQ=="}]})
    bundle = {"resourceType": "Bundle", "id": "hh-poc-abernathy", "type": "collection",
              "timestamp": f"{iso(md)}T16:05:00-04:00",
              "entry": [{"fullUrl": f"https://ehr.blueridgehh.example/fhir/{r['resourceType']}/{r['id']}", "resource": r} for r in res]}
    write_text(name, json.dumps(bundle, indent=2, ensure_ascii=False) + "\n")
    label(name, "medicare-home-health", [], as_of, [],
          "Clean FHIR R4 home health plan of care: collection Bundle with absolute fullUrls and Type/id "
          "references, MBI identifier, SOC evaluation Encounter, four ICD-10-CM Conditions, Goals with "
          "target measure/detail/dueDate, HCPCS ServiceRequests with weekly frequency and bounds (SN split "
          "in two phases), Provenance signature by the certifying MD.")


# ============================================================================================
# Outpatient PT / OT / SLP, adults (medicare-outpatient-therapy)
# ============================================================================================
def op_ok(ev, end, md_sig, as_of, recert=None, late_ok=False):
    assert days(ev, end) <= 90 or late_ok
    if recert:
        assert days(ev, recert) <= 90 or late_ok
    assert md_sig >= ev
    assert as_of <= end


def af34():
    name = "af34_op_pt_tka_peak_motion.docx"
    ev, end, md, as_of = D("2026-09-08"), D("2026-12-06"), D("2026-09-15"), D("2026-10-01")
    op_ok(ev, end, md, as_of)
    assert days(ev, md) <= 30
    check_sigs_not_future(as_of, ev, md)
    pt_npi, md_npi = npi("131146620"), npi("177708231")
    w = W(font="Calibri", size=10, title="PT Plan of Care", author="Peak Motion PT")
    w.header("Peak Motion Physical Therapy  |  3300 Bluff Rd, Columbia, SC 29209  |  Tel 555-0199  Fax 555-0198", align="center")
    w.footer(f"Orozco, Janet L   DOB 06/09/1958   MBI 6HT2YU7PD34   Plan of care {us(ev)}")
    w.p("PHYSICAL THERAPY INITIAL EVALUATION AND PLAN OF CARE", bold=True, size=12)
    w.table([["Patient", "Janet L. Orozco", "DOB", "06/09/1958"],
             ["Insurance", "Medicare Part B", "MBI", "6HT2YU7PD34"],
             ["Date of evaluation (1st treatment)", us(ev), "Plan of care date", us(ev)],
             ["Certification period", f"{us(ev)} to {us(end)}", "Referring physician", "Paul Desrosiers, MD"]],
            header=False, widths=[2.0, 1.8, 1.4, 1.6])
    w.h("Diagnoses", 2)
    w.p("Medical: Z47.1 Aftercare following joint replacement surgery; Z96.651 Presence of right artificial knee joint")
    w.p("Treatment: M25.661 Stiffness of right knee; R26.89 Other abnormalities of gait and mobility")
    w.h("Subjective / History", 2)
    w.p("66-year-old retired teacher, right TKA on 08/25/2026. Pain 5/10 with stairs, 2/10 at rest. Goal: walk "
        "her dog 1 mile and garden. Lives in a two-story home, bedroom upstairs (13 steps, 1 rail).")
    w.h("Objective", 2)
    w.table([["Measure", "Result"],
             ["R knee AROM", "Flexion 95°, extension lacks 8°"],
             ["Strength", "R quadriceps 3+/5, extensor lag 5°"],
             ["Timed Up and Go", "16.2 seconds with single-point cane"],
             ["LEFS", "28/80"],
             ["Stairs", "Step-to pattern, 1 rail, contact guard"]], widths=[2.0, 4.4])
    w.h("Assessment", 2)
    w.p("Decreased knee ROM and quadriceps strength after TKA limit stair climbing, community walking and "
        "ADLs. Good rehab potential.")
    w.h("Goals", 2)
    w.p("Short-term goals (4 weeks, by 10/06/2026):", bold=True)
    w.bullet("R knee flexion AROM from 95° to 110° or more; extension lacking 3° or less.")
    w.bullet("Ascend/descend 13 stairs step-over-step with 1 rail and supervision.")
    w.p("Long-term goals (12 weeks, by 12/01/2026):", bold=True)
    w.bullet("R knee flexion AROM 120° or more and full extension (0°) to allow normal gait and stair use.")
    w.bullet("TUG under 10 seconds without an assistive device.")
    w.bullet("LEFS from 28/80 to 60/80 or higher.")
    w.bullet("Walk 1 mile in the community independently with pain 2/10 or less.")
    w.h("Plan of Care", 2)
    w.p("Frequency: 2x/week.   Duration: 12 weeks.   Rehab potential: good.")
    w.table([["CPT", "Intervention", "Units/visit"],
             ["97110", "Therapeutic exercise (ROM, quadriceps strengthening)", "2"],
             ["97140", "Manual therapy (patellar and tibiofemoral mobilization)", "1"],
             ["97116", "Gait training (stairs, cane weaning)", "1"],
             ["97530", "Therapeutic activities (transfers, floor recovery)", "1"]], widths=[0.8, 4.4, 1.1])
    w.p("Home exercise program issued and reviewed each visit. Cryotherapy as needed after exercise.")
    w.p(f"Recertification / progress note due by {us(end)} or the 10th visit, whichever is first.")
    w.h("Therapist", 2)
    w.p(f"Electronically signed by Kelsey Abernethy, PT, DPT (NPI {pt_npi}) on {us(ev)} 5:48 PM")
    w.h("Physician Certification", 2)
    w.p("I have reviewed this plan of care and certify that the services are medically necessary and that "
        "the patient is under my care.")
    w.table([["Physician", "NPI", "Signature", "Date"],
             ["Paul Desrosiers, MD", md_npi, "Paul Desrosiers, MD (signature on file)", us(md)]], widths=[1.8, 1.2, 2.6, 1.0])
    w.save(name)
    label(name, "medicare-outpatient-therapy", [], as_of, [],
          "Clean Medicare outpatient PT plan after TKA: plan on the evaluation day, certification period 89 "
          "days, 12-week duration, MD certification 7 days after the first treatment. Four-column form table, "
          "objective-measures table, bulleted STGs/LTGs under bold time-frame lines, CPT table, physician "
          "signature table.")


def af35():
    name = "af35_op_ot_stroke_valley.docx"
    ev, end, md, as_of = D("2026-05-11"), D("2026-08-08"), D("2026-06-25"), D("2026-07-01")
    op_ok(ev, end, md, as_of)
    assert days(ev, md) == 45  # the gap: certification after 30 days
    check_sigs_not_future(as_of, ev, md)
    ot_npi = npi("199023317")
    w = W(font="Arial", size=9.5, title="OT Plan of Care", author="Valley Neuro Rehab")
    w.p("Valley Neuro Rehabilitation — Outpatient Occupational Therapy", bold=True, size=11)
    w.p("Plan of Care / Certification", bold=True, size=11)
    w.kv(("Pt", "Walter G. Pennington"), ("DOB", "10/17/1950"), ("MBI", "9JK5MN3RF71"))
    w.kv(("Eval date", us(ev)), ("POC dates", f"{us(ev)} - {us(end)}"))
    w.kv(("Dx", "I69.351 Hemiplegia following cerebral infarction affecting right dominant side; I63.9 Cerebral infarction (03/2026)"))
    w.h("Evaluation Summary", 3)
    w.p("R dominant hand weakness and decreased coordination 9 weeks after L MCA stroke. Grip R 18 lb "
        "(L 62 lb); 9-Hole Peg Test R 58 s (L 21 s); Box and Block R 22 (L 51). Needs min A for upper-body "
        "dressing, cannot button or cut food. COPM performance 3.2, satisfaction 2.8.")
    w.h("Goals", 3)
    w.table([["", "Goal", "Target date"],
             ["STG 1", "Pt will don a pullover shirt with set-up only.", "06/08/2026"],
             ["STG 2", "R grip 18 lb → 30 lb.", "06/22/2026"],
             ["LTG 1", "Pt will button a 5-button shirt independently in under 3 minutes.", "08/03/2026"],
             ["LTG 2", "9-Hole Peg Test R hand 58 s → 35 s or less.", "08/03/2026"],
             ["LTG 3", "Pt will cut soft food with an adapted knife, mod I, at 3 of 3 meals observed.", "08/03/2026"],
             ["LTG 4", "COPM performance and satisfaction each improve by 2 points or more.", "08/03/2026"]], widths=[0.7, 4.8, 1.0])
    w.h("Treatment Plan", 3)
    w.p("Interventions: neuromuscular re-education (97112), therapeutic activities (97530), ADL/self-care "
        "training (97535), therapeutic exercise (97110); task-specific training, constraint-induced "
        "movement principles, adaptive equipment.")
    w.p("Frequency 3x/wk for 4 wks, then 2x/wk for 8 wks. Expected duration: 12 weeks.")
    w.p("Prognosis: good for the stated goals with consistent attendance and HEP.")
    w.h("Sign-off", 3)
    w.p(f"Therapist: Priya Natarajan, OTR/L   NPI {ot_npi}   {us(ev)}")
    w.p(f"Certifying physician: Helena Vasquez, MD   {us(md)}")
    w.p("Certification received by fax 06/26/2026.", italic=True, size=8.5)
    w.save(name)
    label(name, "medicare-outpatient-therapy", [], as_of, [["signature-late"]],
          "Outpatient OT plan after stroke certified by the physician 45 days after the evaluation "
          "(limit 30). Abbreviated labels (Pt, POC dates, Dx), STG/LTG table with a blank header cell and "
          "arrow targets, staged frequency in one sentence, sign-off lines.")


def af36():
    name = "af36_op_slp_dysphagia_coastal.docx"
    ev, end, md, as_of = D("2026-06-08"), D("2026-09-05"), D("2026-06-12"), D("2026-06-22")
    op_ok(ev, end, md, as_of)
    check_sigs_not_future(as_of, ev, md)
    slp_npi, md_npi = npi("142238876"), npi("119976530")
    w = W(font="Times New Roman", size=11, title="SLP Plan of Treatment", author="Coastal SLP")
    w.p("Coastal Speech & Swallowing Center", bold=True, size=12, align="center")
    w.p("Speech-Language Pathology Plan of Treatment for Outpatient Rehabilitation", bold=True, align="center")
    w.table([["Patient's name", "Irene T. Castellano"], ["Date of birth", "04/04/1943"],
             ["Medicare number", "1AD6FG2HJ58"], ["Onset date", "04/28/2026"],
             ["Start of care (evaluation)", us(ev)], ["Certification", f"From {us(ev)} through {us(end)}"]],
            header=False, bold_col0=True, widths=[2.2, 4.2])
    w.h("Diagnoses", 2)
    w.p("I69.391 Dysphagia following cerebral infarction; R13.12 Dysphagia, oropharyngeal phase")
    w.h("Clinical Findings", 2)
    w.p("MBSS 06/01/2026: delayed swallow initiation, moderate vallecular residue, penetration with thin "
        "liquids (PAS 5), no aspiration with mildly thick liquids. Current diet: IDDSI level 5 minced and "
        "moist, level 2 mildly thick liquids. FOIS 4. Weight stable at 121 lb.")
    w.h("Functional Goals", 2)
    w.p("1. Patient will safely take IDDSI level 6 soft and bite-sized solids with no clinical signs of aspiration across 3 consecutive meals observed by 07/31/2026.")
    w.p("2. Patient will drink thin liquids by cup using the chin-tuck strategy with 0 coughing episodes in 20 of 20 trials by 08/21/2026.")
    w.p("3. Patient will use the effortful swallow independently in 90% of opportunities during meals by 07/17/2026.")
    w.p("4. FOIS will improve from 4 to 6 by 09/04/2026.")
    w.h("Treatment Plan", 2)
    w.p("Type: 92526 treatment of swallowing dysfunction and/or oral function for feeding.")
    w.p("Interventions: effortful swallow, Mendelsohn maneuver, chin tuck, Shaker exercises, NMES-assisted "
        "swallow training, caregiver education on diet texture and positioning.")
    w.p("Frequency: 2 times per week.")
    w.p("Rehabilitation potential: good.")
    w.h("Signatures", 2)
    w.p(f"Speech-language pathologist: Noreen Fitzgibbon, MA, CCC-SLP (NPI {slp_npi}) — signed {us(ev)}")
    w.p(f"I certify the need for these services furnished under this plan of treatment while under my care. "
        f"Physician: Arturo Bellini, MD (NPI {md_npi}) — signed {us(md)}")
    w.save(name)
    label(name, "medicare-outpatient-therapy", [], as_of, [["duration-missing"]],
          "Outpatient SLP dysphagia plan that states frequency but no duration (no weeks, sessions or end of "
          "treatment; only the certification period, which this profile does not count as the duration). "
          "Two-column table styled after the CMS-700, numbered goals with dates, certification statement "
          "with the physician's signature in the same paragraph.")


def af37():
    name = "af37_op_pt_balance_lakeshore.docx"
    ev, end, md, as_of = D("2026-02-02"), D("2026-05-29"), D("2026-02-06"), D("2026-03-01")
    assert days(ev, end) == 116  # the gap
    op_ok(ev, end, md, as_of, late_ok=True)
    check_sigs_not_future(as_of, ev, md)
    md_npi = npi("154427739")
    w = W(font="Calibri", size=10.5, title="Plan of Care", author="Lakeshore Rehab")
    w.p("LAKESHORE OUTPATIENT REHABILITATION", bold=True, size=12)
    w.p("Physical Therapy — Plan of Care and Certification", bold=True)
    w.p(f"Patient: Dolores P. Ament   DOB: 08/28/1940   Medicare #: 2WE9QR4TY16")
    w.p(f"Initial evaluation / first visit: {dmy(ev)}   Plan of care established: {dmy(ev)}")
    w.p(f"Certification period: {dmy(ev)} to {dmy(end)}   Duration: 16 weeks   Frequency: 2x per week")
    w.h("Diagnoses", 2)
    w.p("R26.81 Unsteadiness on feet; Z91.81 History of falling; M62.81 Muscle weakness (generalized)")
    w.h("Assessment", 2)
    w.p("85-year-old with 3 falls in 6 months. Berg 39/56, TUG 19.4 s, 30-second chair stand 6, gait "
        "speed 0.62 m/s. Fear of falling (FES-I 38). Lives alone; daughter checks daily.")
    w.h("Goals", 2)
    rows = [["Goal", "Baseline", "Target", "By"],
            ["Berg Balance Scale", "39/56", "48/56 or higher", "05/22/2026"],
            ["Timed Up and Go", "19.4 s", "13.5 s or less", "05/22/2026"],
            ["30-second chair stand", "6", "10 or more", "04/24/2026"],
            ["Gait speed", "0.62 m/s", "0.90 m/s or faster", "05/22/2026"],
            ["Floor recovery", "Unable", "Independent with a chair, 3 of 3 trials", "04/10/2026"]]
    w.table(rows, widths=[2.0, 1.2, 2.2, 1.0])
    w.h("Plan", 2)
    w.p("Otago exercise program progression, balance and perturbation training (97112), therapeutic "
        "exercise (97110), gait training (97116), home safety education, home exercise program.")
    w.h("Signatures", 2)
    w.p(f"/s/ Nathan Ostrowski, PT  {dmy(ev)}")
    w.p(f"Physician certification: Lorraine Kimura, MD, NPI {md_npi} — signature on file — {dmy(md)}")
    w.save(name)
    label(name, "medicare-outpatient-therapy", [], as_of, [["review-interval-exceeded"]],
          "Outpatient PT falls/balance plan certified for 116 days (02-Feb-2026 to 29-May-2026) with a 16-week "
          "duration and no recertification before day 90. Day-Month-Year dates, label lines, goal table "
          "with baseline/target/by columns, /s/ therapist line.")


def af38():
    name = "af38_op_pt_lumbar_ironwood.docx"
    ev, end, dc, as_of = D("2026-07-13"), D("2026-10-10"), D("2026-07-17"), D("2026-07-29")
    op_ok(ev, end, dc, as_of)
    check_sigs_not_future(as_of, ev, dc)
    pt_npi, dc_npi = npi("166630012"), npi("108839174")
    w = W(font="Segoe UI", size=9.5, title="Plan of Care", author="Ironwood PT")
    w.header("Ironwood Spine & Sport Physical Therapy", align="left")
    w.p("PLAN OF CARE", bold=True, size=12)
    w.table([["Patient name", "Kenneth R. Marsh"], ["Date of birth", "12/02/1961"], ["Payer", "Medicare Part B"],
             ["MBI", "4MF7KP2WN90"], ["Date of initial evaluation", us(ev)], ["Plan of care date", us(ev)],
             ["Certification dates", f"{us(ev)} - {us(end)}"], ["Referral", "Brent Yoder, DC (Yoder Family Chiropractic)"]],
            header=False, bold_col0=True, widths=[2.2, 4.2])
    w.h("Medical Diagnosis", 3)
    w.p("M51.16 Intervertebral disc disorders with radiculopathy, lumbar region; M54.50 Low back pain, unspecified")
    w.h("Problems", 3)
    w.p("Low back and right leg pain 7/10 with sitting more than 20 minutes, lifting limited to 10 lb, "
        "Oswestry Disability Index 46%, lumbar flexion 40% of normal, positive right straight-leg raise at 45°.")
    w.h("Goals", 3)
    w.p("STG 1 (3 weeks): Centralize right leg symptoms to the low back during repeated extension, 3 of 3 sessions.")
    w.p("STG 2 (4 weeks): Sit 45 minutes with pain 3/10 or less.")
    w.p("LTG 1 (8 weeks): Oswestry Disability Index from 46% to 20% or less.")
    w.p("LTG 2 (8 weeks): Lift 30 lb floor to waist with correct mechanics, 5 repetitions, pain 2/10 or less.")
    w.p("LTG 3 (8 weeks): Return to full-duty work as a maintenance technician, working 8-hour shifts that include lifting up to 40 lb, with pain 3/10 or less.")
    w.h("Plan", 3)
    w.p("Treatment: 97110 therapeutic exercise, 97140 manual therapy, 97112 neuromuscular re-education, "
        "97530 therapeutic activities (lifting mechanics); directional-preference exercise program.")
    w.p("Frequency: 2 x week.  Duration: 8 weeks.  Prognosis: good.")
    w.h("Signatures", 3)
    w.p(f"Therapist: Lena Fairbanks, PT, DPT, OCS   NPI {pt_npi}   e-signed {us(ev)}")
    w.p("Physician certification: I have reviewed and approve this plan of care.")
    w.p(f"Certifying physician: Brent Yoder, DC   NPI {dc_npi}   Signed {us(dc)}")
    w.save(name)
    label(name, "medicare-outpatient-therapy", [], as_of, [["credential-not-permitted", "signature-missing"]],
          "Outpatient PT plan for lumbar radiculopathy certified by a chiropractor (DC), who may not certify "
          "a Medicare therapy plan; a reader may report it as a non-permitted credential or as no valid "
          "certification. Two-column table, STG/LTG lines with time frames in parentheses.")


def af39():
    name = "af39_op_slp_ccda_careplan.xml"
    ev, end, md, as_of = D("2026-03-09"), D("2026-06-06"), D("2026-03-13"), D("2026-04-01")
    op_ok(ev, end, md, as_of)
    assert days(ev, md) <= 30
    check_sigs_not_future(as_of, ev, md)
    slp_npi, md_npi = npi("187724409"), npi("151180332")
    d = lambda x: x.strftime("%Y%m%d")
    goals = [
        ("g1", "Patient will name 20 common objects with 90% accuracy (baseline 45%).", "2026-05-01"),
        ("g2", "Patient will follow 2-step spoken commands in 9 of 10 trials (baseline 4 of 10).", "2026-04-17"),
        ("g3", "Patient will use a written memory book to recall 3 of 3 daily appointments independently.", "2026-05-29"),
        ("g4", "Patient will produce 4- to 6-word sentences to express wants and needs in 80% of opportunities in conversation.", "2026-06-05"),
    ]
    goal_rows = "\n".join(
        f'              <tr ID="{gid}"><td>{txt}</td><td>{us(D(dd))}</td></tr>' for gid, txt, dd in goals)
    goal_entries = "\n".join(f"""        <entry>
          <observation classCode="OBS" moodCode="GOL">
            <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
            <id root="6a1d2f00-41aa-4c4e-9a10-0000000000{i}1"/>
            <code code="75312-9" codeSystem="2.16.840.1.113883.6.1" displayName="Health goal"/>
            <text><reference value="#{gid}"/>{txt}</text>
            <statusCode code="active"/>
            <effectiveTime value="{D(dd).strftime('%Y%m%d')}"/>
          </observation>
        </entry>""" for i, (gid, txt, dd) in enumerate(goals))
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="SLP-POC-20260309-0412"/>
  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Overall plan of care/advance care directives"/>
  <title>Speech-Language Pathology Plan of Care (Outpatient)</title>
  <effectiveTime value="{d(ev)}1630-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.4.927" extension="3HN5TV2CX81" assigningAuthorityName="Medicare Beneficiary Identifier"/>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="CRH-558120" assigningAuthorityName="Medical Record Number"/>
      <addr use="HP"><streetAddressLine>910 Quarry Street</streetAddressLine><city>Bloomington</city><state>IN</state><postalCode>47401</postalCode></addr>
      <patient>
        <name use="L"><given>Franklin</given><given>D.</given><family>Oyelaran</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19470305"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{d(ev)}1630-0500"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="{slp_npi}"/>
      <code code="235Z00000X" codeSystem="2.16.840.1.113883.6.101" displayName="Speech-Language Pathologist"/>
      <assignedPerson><name><given>Marisol</given><family>Quintero</family><suffix>MS, CCC-SLP</suffix></name></assignedPerson>
      <representedOrganization><name>Crossroads Rehabilitation Hospital - Outpatient Therapy</name></representedOrganization>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.19.5.99999"/><name>Crossroads Rehabilitation Hospital</name></representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator>
    <time value="{d(ev)}1645-0500"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{slp_npi}"/>
      <assignedPerson><name><given>Marisol</given><family>Quintero</family><suffix>MS, CCC-SLP</suffix></name></assignedPerson>
    </assignedEntity>
  </legalAuthenticator>
  <authenticator>
    <time value="{d(md)}0910-0500"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{md_npi}"/>
      <code code="207Q00000X" codeSystem="2.16.840.1.113883.6.101" displayName="Family Medicine"/>
      <assignedPerson><name><given>Harold</given><family>Ng</family><suffix>MD</suffix></name></assignedPerson>
    </assignedEntity>
  </authenticator>
  <documentationOf>
    <serviceEvent classCode="PCPR">
      <effectiveTime><low value="{d(ev)}"/><high value="{d(end)}"/></effectiveTime>
      <performer typeCode="PRF">
        <assignedEntity>
          <id root="2.16.840.1.113883.4.6" extension="{slp_npi}"/>
          <assignedPerson><name><given>Marisol</given><family>Quintero</family><suffix>MS, CCC-SLP</suffix></name></assignedPerson>
        </assignedEntity>
      </performer>
    </serviceEvent>
  </documentationOf>
  <componentOf>
    <encompassingEncounter>
      <id root="2.16.840.1.113883.19.5.99999.3" extension="ENC-77120"/>
      <code code="AMB" codeSystem="2.16.840.1.113883.5.4" displayName="Initial evaluation - outpatient speech-language pathology"/>
      <effectiveTime><low value="{d(ev)}1300-0500"/><high value="{d(ev)}1400-0500"/></effectiveTime>
    </encompassingEncounter>
  </componentOf>
  <component>
    <structuredBody>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.5.1" extension="2015-08-01"/>
          <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
          <title>Diagnoses</title>
          <text>
            <table border="1"><thead><tr><th>ICD-10-CM</th><th>Diagnosis</th><th>Onset</th></tr></thead>
            <tbody>
              <tr><td>I69.320</td><td>Aphasia following cerebral infarction (primary)</td><td>01/22/2026</td></tr>
              <tr><td>R41.841</td><td>Cognitive communication deficit</td><td>01/22/2026</td></tr>
            </tbody></table>
          </text>
          <entry>
            <act classCode="ACT" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.3" extension="2015-08-01"/>
              <id root="6a1d2f00-41aa-4c4e-9a10-000000000101"/>
              <code code="CONC" codeSystem="2.16.840.1.113883.5.6"/>
              <statusCode code="active"/>
              <effectiveTime><low value="20260122"/></effectiveTime>
              <entryRelationship typeCode="SUBJ">
                <observation classCode="OBS" moodCode="EVN">
                  <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                  <id root="6a1d2f00-41aa-4c4e-9a10-000000000102"/>
                  <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
                  <statusCode code="completed"/>
                  <effectiveTime><low value="20260122"/></effectiveTime>
                  <priorityCode code="63161005" codeSystem="2.16.840.1.113883.6.96" displayName="Principal"/>
                  <value xsi:type="CD" code="I69.320" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="Aphasia following cerebral infarction"/>
                </observation>
              </entryRelationship>
            </act>
          </entry>
          <entry>
            <act classCode="ACT" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.3" extension="2015-08-01"/>
              <id root="6a1d2f00-41aa-4c4e-9a10-000000000103"/>
              <code code="CONC" codeSystem="2.16.840.1.113883.5.6"/>
              <statusCode code="active"/>
              <effectiveTime><low value="20260122"/></effectiveTime>
              <entryRelationship typeCode="SUBJ">
                <observation classCode="OBS" moodCode="EVN">
                  <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                  <id root="6a1d2f00-41aa-4c4e-9a10-000000000104"/>
                  <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>
                  <statusCode code="completed"/>
                  <effectiveTime><low value="20260122"/></effectiveTime>
                  <value xsi:type="CD" code="R41.841" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="Cognitive communication deficit"/>
                </observation>
              </entryRelationship>
            </act>
          </entry>
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.22.1" extension="2015-08-01"/>
          <code code="46240-8" codeSystem="2.16.840.1.113883.6.1" displayName="Encounters"/>
          <title>Evaluation</title>
          <text><paragraph>Initial evaluation {us(ev)}: Western Aphasia Battery-Revised aphasia quotient 61.4 (moderate anomic/conduction aphasia); confrontation naming 45%; follows 1-step commands reliably, 2-step commands 4 of 10.</paragraph></text>
          <entry>
            <encounter classCode="ENC" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.49" extension="2015-08-01"/>
              <id root="6a1d2f00-41aa-4c4e-9a10-000000000201"/>
              <code code="92523" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT" displayName="Evaluation of speech sound production with evaluation of language comprehension and expression">
                <originalText>SLP initial evaluation</originalText>
              </code>
              <effectiveTime value="{d(ev)}1300-0500"/>
            </encounter>
          </entry>
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.60"/>
          <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/>
          <title>Goals</title>
          <text>
            <table border="1"><thead><tr><th>Goal</th><th>Target date</th></tr></thead>
            <tbody>
{goal_rows}
            </tbody></table>
          </text>
{goal_entries}
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.10" extension="2014-06-09"/>
          <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care"/>
          <title>Plan of Treatment</title>
          <text>
            <table border="1"><thead><tr><th>Service</th><th>CPT</th><th>Session length</th><th>Frequency</th><th>Duration</th></tr></thead>
            <tbody>
              <tr><td>Treatment of speech, language, voice, communication and/or auditory processing disorder; individual</td><td>92507</td><td>45 minutes</td><td>2x/week</td><td>12 weeks</td></tr>
            </tbody></table>
            <paragraph>Expected duration: 12 weeks</paragraph>
            <paragraph>Interventions: semantic feature analysis, errorless learning for naming, graded auditory comprehension tasks, memory book training, script training; caregiver (wife) education.</paragraph>
            <paragraph>Rehabilitation potential: good.</paragraph>
          </text>
          <entry>
            <procedure classCode="PROC" moodCode="INT">
              <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
              <id root="6a1d2f00-41aa-4c4e-9a10-000000000301"/>
              <code code="92507" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT" displayName="Treatment of speech, language, voice, communication, and/or auditory processing disorder; individual"/>
              <statusCode code="active"/>
              <effectiveTime xsi:type="IVL_TS"><low value="{d(ev)}"/><high value="{d(add(ev, 84))}"/></effectiveTime>
            </procedure>
          </entry>
        </section>
      </component>
    </structuredBody>
  </component>
</ClinicalDocument>
"""
    write_text(name, xml)
    label(name, "medicare-outpatient-therapy", [], as_of, [],
          "Clean C-CDA plan of care for outpatient SLP: MBI patient id, serviceEvent period of 89 days, "
          "evaluation encounter (CPT 92523, EVN) on the plan date, ICD-10-CM problem observations, Goal "
          "Observations with target dates, a planned 92507 procedure whose frequency and session length "
          "sit in the section's narrative table, SLP legal authenticator and MD authenticator (signed 4 "
          "days after the evaluation).")


# ============================================================================================
# Outpatient therapy for children (base-treatment-plan, Medicaid)
# ============================================================================================
def af40():
    name = "af40_peds_ot_outpatient.docx"
    ev, plan, md, par_sig, as_of = D("2026-03-16"), D("2026-03-23"), D("2026-03-27"), D("2026-03-23"), D("2026-04-06")
    check_sigs_not_future(as_of, plan, md, par_sig)
    ot_npi, md_npi = npi("113340958"), npi("197726613")
    w = W(font="Century Gothic", size=9.5, title="Pediatric OT Plan of Care", author="Kid Kinetics")
    w.header("Kid Kinetics Pediatric Therapy  ·  Occupational Therapy", align="right")
    w.footer("Lila M. Sorensen  ·  DOB 07/07/2019  ·  Medicaid ID 100293847")
    w.p("Pediatric Occupational Therapy Plan of Care", bold=True, size=13)
    w.table([["Child", "Lila M. Sorensen", "DOB", "07/07/2019 (6 y 8 m)"],
             ["Medicaid ID", "100293847", "Plan", "Heartland Kids Medicaid"],
             ["Evaluation date", us(ev), "Plan of care date", us(plan)],
             ["Plan of care period", f"{us(plan)} - {us(add(plan, 181))}", "Parent", "Kristin Sorensen"]],
            header=False, widths=[1.3, 2.0, 1.3, 2.0])
    w.h("Diagnoses", 2)
    w.p("F82 Specific developmental disorder of motor function (DCD); R27.8 Other lack of coordination; "
        "F90.2 ADHD, combined type (per pediatrician)")
    w.h("Standardized Testing", 2)
    w.table([["Test", "Date", "Scores"],
             ["BOT-2 (Complete Form)", us(ev), "Total Motor Composite 31 (3rd percentile); Fine Manual Control 34; Manual Coordination 36"],
             ["Beery VMI-6", us(ev), "VMI 78; Visual Perception 92; Motor Coordination 71"],
             ["Sensory Profile 2 (caregiver)", us(ev), "Seeking: much more than others; Avoiding: just like the majority"]],
            widths=[1.8, 0.9, 3.8])
    w.h("Goals (6 months)", 2)
    goals = [
        "Lila will write all 26 lowercase letters legibly on primary-ruled paper with 90% sizing accuracy in 3 consecutive sessions by 09/18/2026.",
        "Lila will cut along a curved 1/4-inch line within 1/8 inch of the line in 4 of 5 trials by 07/31/2026.",
        "Lila will button and unbutton 4 half-inch buttons on her own shirt in under 2 minutes, independently, on 3 consecutive sessions by 08/28/2026.",
        "Lila will use a chosen sensory strategy (heavy work card, wiggle cushion) to remain seated for 10 minutes during tabletop work in 4 of 5 opportunities by 06/30/2026.",
        "Parent will carry out the home fine-motor program at least 4 days per week, by home log, by 05/29/2026.",
    ]
    for i, g in enumerate(goals, 1):
        w.p(f"LTG {i}. {g}")
    w.h("Treatment Plan", 2)
    w.table([["CPT", "Service", "Units / visit", "Frequency", "Duration"],
             ["97530", "Therapeutic activities", "2 (30 min)", "1x/week", "26 weeks"],
             ["97112", "Neuromuscular re-education", "1 (15 min)", "1x/week", "26 weeks"],
             ["97535", "Self-care/home management training", "1 (15 min)", "1x/week", "26 weeks"]], widths=[0.7, 2.4, 1.1, 0.9, 0.9])
    w.h("Signatures", 2)
    w.p(f"Occupational therapist: Brianna Holt, MOT, OTR/L (NPI {ot_npi}) — electronically signed {us(plan)}")
    w.p(f"Parent/guardian: Kristin Sorensen — signed {us(par_sig)}")
    w.p(f"Physician (prescription/plan approval): Terrence Adu, MD (NPI {md_npi}) — signed {us(md)}")
    w.save(name)
    label(name, "base-treatment-plan", [], as_of, [],
          "Clean pediatric outpatient OT plan (Medicaid): four-column form table, standardized-testing table "
          "(BOT-2, VMI, Sensory Profile), 'LTG n.' goal lines with dates, CPT table with units, frequency and "
          "duration, dash signature lines with NPIs; identifiers in the footer.")


def af41():
    name = "af41_peds_slp_chatterbox.docx"
    ev, plan, as_of = D("2026-04-27"), D("2026-04-27"), D("2026-05-11")
    check_sigs_not_future(as_of, plan)
    good = npi("126654487")
    bad = good[:9] + str((int(good[9]) + 3) % 10)
    assert npi_ok(good) and not npi_ok(bad)
    md_npi = npi("140082219")
    w = W(font="Calibri", size=11, title="Speech Therapy Plan of Care", author="Chatterbox Speech")
    w.p("CHATTERBOX PEDIATRIC SPEECH THERAPY", bold=True, size=12)
    w.p("Speech-Language Plan of Care", bold=True)
    w.p("Client name: Ezra J. Collins-Baptiste          DOB: 10/10/2022")
    w.p("Insurance: State Medicaid (CHIP)          Member ID: 55102-883-917")
    w.p(f"Evaluation date: {abbr(ev)}          Plan date: {abbr(plan)}          Authorization request: 24 visits over 6 months")
    w.p(f"Rendering SLP NPI: {bad}          Ordering physician: Miriam Katz, MD (NPI {md_npi})")
    w.h("Diagnosis", 2)
    w.p("F80.2 Mixed receptive-expressive language disorder")
    w.p("F80.0 Phonological disorder")
    w.h("Evaluation Results", 2)
    w.p("PLS-5: Auditory Comprehension 72, Expressive Communication 68, Total Language 68. Ezra uses about "
        "25 single words, no word combinations; intelligibility to unfamiliar listeners about 30%. Hearing "
        "screen passed 04/2026.")
    w.h("Goals", 2)
    w.p("Long-term goal: By 10/27/2026 Ezra will use 2-word combinations to request, comment and protest in "
        "80% of opportunities in play.")
    w.p("Short-term objectives:")
    w.p("a. Ezra will imitate 2-word combinations in 8 of 10 opportunities with a model by 07/27/2026.", style="List Bullet")
    w.p("b. Ezra will use 50 different single words spontaneously, per parent word log, by 07/27/2026.", style="List Bullet")
    w.p("c. Ezra will identify 10 common action verbs in pictures with 80% accuracy by 08/28/2026.", style="List Bullet")
    w.p("d. Ezra will produce final consonants in CVC words with 70% accuracy at word level by 09/25/2026.", style="List Bullet")
    w.h("Treatment", 2)
    w.p("CPT 92507 individual speech-language treatment, 45 minutes, 1 time per week for 24 weeks, in clinic. "
        "Parent coaching in each session (focused stimulation, expansion, wait time).")
    w.h("Signatures", 2)
    w.p(f"Speech-Language Pathologist: Caroline Mwangi, M.S., CCC-SLP          Date: {us(plan)}")
    w.p(f"Parent/Guardian: Rochelle Collins          Date: {us(plan)}")
    w.save(name)
    label(name, "base-treatment-plan", [], as_of, [["identifier-invalid"]],
          "Pediatric speech-language plan whose rendering SLP NPI fails the Luhn check digit (the ordering "
          "physician's NPI is valid). Several 'Label: value' pairs per line, long-term goal with bulleted "
          "lettered objectives, service in a sentence.")


# ============================================================================================
def main():
    for fn in [af01, af02, af03, af04, af05, af06, af07, af08, af09, af10,
               af11, af12, af13, af14, af15, af16, af17, af18, af19, af20,
               af21, af22, af23, af24, af25, af26, af27, af28, af29, af30,
               af31, af32, af33, af34, af35, af36, af37, af38, af39, af40,
               af41, af42, af43, af44, af45]:
        fn()
    assert len(FILES) == len(LABELS) == len(set(FILES)) == 45
    assert [l["file"] for l in LABELS] == FILES
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False)
        f.write("\n")
    clean = sum(1 for l in LABELS if not l["must_report"])
    print(f"wrote {len(FILES)} plans ({clean} clean) and labels.json")


if __name__ == "__main__":
    main()
