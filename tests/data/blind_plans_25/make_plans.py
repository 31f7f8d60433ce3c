#!/usr/bin/env python3
"""Blind set 25: long clinical documents with the treatment plan embedded among distractors.

Deterministic: run with /work/main/.venv/bin/python make_plans.py; writes every plan and labels.json
into this folder. Everything is invented (people, agencies, numbers).
"""
import copy
import datetime as dt
import io
import json
import os
import random
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date
FIXED_DT = dt.datetime(2026, 1, 2, 9, 0, 0)

# ----------------------------------------------------------------------------------------------
# small utilities
# ----------------------------------------------------------------------------------------------


def npi_check(base9):
    s = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_npi(rng, valid=True):
    base = str(rng.choice([1, 2])) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    good = base + npi_check(base)
    if valid:
        return good
    bad = base + str((int(good[-1]) + 3) % 10)
    return bad


def npi_ok(n):
    return len(n) == 10 and n.isdigit() and npi_check(n[:9]) == n[9]


assert npi_ok("1234567893") and not npi_ok("1234567890")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fd(d, style="us"):
    if d is None:
        return ""
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "short":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "mon":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "usnz":
        return f"{d.month}/{d.day}/{d.year}"
    raise ValueError(style)


def add_months(d, n):
    y = d.year + (d.month - 1 + n) // 12
    m = (d.month - 1 + n) % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return D(y, m, day)


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


FIRST = ["Avery", "Jordan", "Marisol", "Dmitri", "Keisha", "Tobias", "Priyanka", "Lucinda", "Omar",
         "Bethany", "Rafael", "Ingrid", "Theo", "Naomi", "Caleb", "Yesenia", "Harold", "Mei", "Desmond",
         "Fiona", "Gustavo", "Hollis", "Imani", "Jasper", "Kendra", "Leopold", "Margo", "Nestor",
         "Octavia", "Perry", "Quinn", "Rosalind", "Silas", "Tamsin", "Ulrich", "Vivian", "Wendell",
         "Xiomara", "Yusuf", "Zelda", "Annika", "Bram", "Corinne", "Dorian", "Elspeth", "Fabian"]
LAST = ["Okonkwo", "Lindqvist", "Marchetti", "Abernathy-Cole", "Szymanski", "Ferreira", "Haldane",
        "Iwasaki", "Jablonski", "Kettering", "Larkspur", "Moravec", "Nakagawa", "Ostrander", "Pellegrino",
        "Quarles", "Rasmussen", "Sandoval", "Thibodeaux", "Underhill", "Vasquez-Bell", "Whitcombe",
        "Yarbrough", "Zielinski", "Ashdown", "Brannigan", "Castellanos", "Dunleavy", "Eberhart",
        "Fairweather", "Galloway", "Hargreave", "Islington", "Juarez", "Kowalczyk", "Lachance", "Mbeki",
        "Northcott", "Oyelaran", "Penhallow", "Ridgeway", "Stroud", "Tillman", "Vance", "Wexford"]


class People:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def name(self):
        while True:
            n = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            if n not in self.used:
                self.used.add(n)
                return n


# ----------------------------------------------------------------------------------------------
# DOCX rendering of a small intermediate representation
# ----------------------------------------------------------------------------------------------


def set_cell_shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def add_sdt_run(paragraph, text, tag="field"):
    """Wrap a run holding text in an inline content control (w:sdt)."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag.replace(" ", "_"))
    pr.append(alias)
    pr.append(t)
    txt = OxmlElement("w:text")
    pr.append(txt)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    wt = OxmlElement("w:t")
    wt.set(qn("xml:space"), "preserve")
    wt.text = text
    r.append(wt)
    content.append(r)
    sdt.append(pr)
    sdt.append(content)
    paragraph._p.append(sdt)


_REV = [100]


def add_ins_run(paragraph, text, author, when):
    _REV[0] += 1
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), str(_REV[0]))
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), when + "T10:00:00Z")
    r = OxmlElement("w:r")
    wt = OxmlElement("w:t")
    wt.set(qn("xml:space"), "preserve")
    wt.text = text
    r.append(wt)
    ins.append(r)
    paragraph._p.append(ins)


def add_del_run(paragraph, text, author, when):
    _REV[0] += 1
    de = OxmlElement("w:del")
    de.set(qn("w:id"), str(_REV[0]))
    de.set(qn("w:author"), author)
    de.set(qn("w:date"), when + "T10:00:00Z")
    r = OxmlElement("w:r")
    wt = OxmlElement("w:delText")
    wt.set(qn("xml:space"), "preserve")
    wt.text = text
    r.append(wt)
    de.append(r)
    paragraph._p.append(de)


class Docx:
    """Renders IR blocks into a python-docx Document, in one of several house styles."""

    def __init__(self, style):
        self.doc = Document()
        self.style = style  # dict: heading, kv, font
        st = self.doc.styles["Normal"]
        st.font.name = style.get("font", "Calibri")
        st.font.size = Pt(style.get("size", 11))

    # headings in three manners: Word heading styles, bold caps paragraphs, shaded one-cell tables
    def heading(self, text, level=1):
        mode = self.style.get("heading", "word")
        if mode == "word":
            self.doc.add_heading(text, level=min(level, 3))
        elif mode == "caps":
            p = self.doc.add_paragraph()
            r = p.add_run(text.upper() if level == 1 else text)
            r.bold = True
            r.font.size = Pt(13 if level == 1 else 11)
        elif mode == "bar":
            if level == 1:
                t = self.doc.add_table(rows=1, cols=1)
                t.style = "Table Grid"
                c = t.cell(0, 0)
                c.text = ""
                r = c.paragraphs[0].add_run(text)
                r.bold = True
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                set_cell_shade(c, "1F3864")
            else:
                p = self.doc.add_paragraph()
                r = p.add_run(text)
                r.bold = True
                r.underline = True
        elif mode == "numbered":
            p = self.doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            if level == 1:
                r.font.size = Pt(12)

    def para(self, text, bold=False, italic=False, center=False, size=None):
        p = self.doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def kv_lines(self, pairs, sep=": "):
        for k, v in pairs:
            p = self.doc.add_paragraph()
            r = p.add_run(k + sep)
            r.bold = True
            p.add_run(v)

    def kv_inline(self, pairs, sep="    "):
        p = self.doc.add_paragraph()
        for i, (k, v) in enumerate(pairs):
            if i:
                p.add_run(sep)
            r = p.add_run(k + ": ")
            r.bold = True
            p.add_run(v)

    def kv_table(self, pairs, cols=2, sdt_keys=()):
        rows = (len(pairs) + (cols // 2) - 1) // (cols // 2)
        t = self.doc.add_table(rows=rows, cols=cols)
        t.style = "Table Grid"
        for i, (k, v) in enumerate(pairs):
            r, c = divmod(i, cols // 2)
            kc = t.cell(r, c * 2)
            vc = t.cell(r, c * 2 + 1)
            kc.text = ""
            kr = kc.paragraphs[0].add_run(k)
            kr.bold = True
            set_cell_shade(kc, "E7E6E6")
            vc.text = ""
            if k in sdt_keys:
                add_sdt_run(vc.paragraphs[0], v, k)
            else:
                vc.paragraphs[0].add_run(v)
        return t

    def table(self, header, rows, shade=True, merge_first=False, bold_first_col=False):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        for j, h in enumerate(header):
            c = t.cell(0, j)
            c.text = ""
            r = c.paragraphs[0].add_run(h)
            r.bold = True
            if shade:
                set_cell_shade(c, "D9E2F3")
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                c = t.cell(i + 1, j)
                c.text = ""
                lines = str(v).split("\n")
                for k, line in enumerate(lines):
                    par = c.paragraphs[0] if k == 0 else c.add_paragraph()
                    rr = par.add_run(line)
                    if bold_first_col and j == 0:
                        rr.bold = True
        if merge_first and rows:
            # merge identical consecutive first-column cells (problem spanning several rows)
            start = 1
            for i in range(2, len(rows) + 2):
                if i == len(rows) + 1 or rows[i - 1][0] != rows[start - 1][0]:
                    if i - 1 > start:
                        a = t.cell(start, 0)
                        b = t.cell(i - 1, 0)
                        txt = rows[start - 1][0]
                        m = a.merge(b)
                        m.text = txt
                    start = i
        return t

    def bullets(self, items, numbered=False):
        for it in items:
            self.doc.add_paragraph(it, style="List Number" if numbered else "List Bullet")

    def box(self, lines, shade="F2F2F2"):
        t = self.doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        c.text = ""
        for i, line in enumerate(lines):
            p = c.paragraphs[0] if i == 0 else c.add_paragraph()
            if isinstance(line, tuple):
                r = p.add_run(line[0])
                r.bold = True
                p.add_run(line[1])
            else:
                p.add_run(line)
        set_cell_shade(c, shade)
        return t

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def header_footer(self, header_text, footer_text):
        sec = self.doc.sections[0]
        if header_text:
            sec.header.paragraphs[0].text = header_text
        if footer_text:
            sec.footer.paragraphs[0].text = footer_text

    def render(self, blocks):
        for b in blocks:
            kind = b[0]
            if kind == "H":
                self.heading(b[1], b[2] if len(b) > 2 else 1)
            elif kind == "P":
                self.para(b[1], **(b[2] if len(b) > 2 else {}))
            elif kind == "KV":
                layout = b[2] if len(b) > 2 else self.style.get("kv", "lines")
                if layout == "lines":
                    self.kv_lines(b[1])
                elif layout == "inline":
                    self.kv_inline(b[1])
                elif layout == "table2":
                    self.kv_table(b[1], 2)
                elif layout == "table4":
                    self.kv_table(b[1], 4)
            elif kind == "T":
                opts = b[3] if len(b) > 3 else {}
                self.table(b[1], b[2], **opts)
            elif kind == "BUL":
                self.bullets(b[1])
            elif kind == "NUM":
                self.bullets(b[1], numbered=True)
            elif kind == "BOX":
                self.box(b[1])
            elif kind == "PB":
                self.page_break()
            elif kind == "FN":
                b[1](self)
            else:
                raise ValueError(kind)

    def save(self, path, title, author):
        cp = self.doc.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = title
        cp.subject = ""
        cp.keywords = ""
        cp.comments = ""
        cp.category = ""
        cp.revision = 1
        cp.created = FIXED_DT
        cp.modified = FIXED_DT
        cp.last_printed = FIXED_DT
        buf = io.BytesIO()
        self.doc.save(buf)
        stable_zip(buf.getvalue(), path)


def stable_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            data = src.read(info.filename)
            if info.filename == "word/comments.xml":
                import re
                data = re.sub(rb'w:date="[^"]*"', b'w:date="2026-01-02T09:00:00Z"', data)
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ----------------------------------------------------------------------------------------------
# distractor content: assessments, histories, letters, boilerplate (returns IR blocks)
# ----------------------------------------------------------------------------------------------


class Ctx:
    def __init__(self, f):
        self.f = f
        self.rng = random.Random(f["seed"])
        self.ppl = People(self.rng)
        self.ppl.used.update(s["name"] for s in f.get("sigs", []))
        self.ppl.used.add(f["client"]["name"])
        self.cl = f["client"]["name"]
        self.first = self.cl.split()[0]
        self.last = self.cl.split()[-1]
        self.he = f["client"].get("pron", "they")
        self.P = f["plan_date"]
        self.ds = f.get("ds", "us")
        self.agency = f["agency"]

    def d(self, d):
        return fd(d, self.ds)

    def ago(self, days):
        return self.P - dt.timedelta(days=days)

    def npi(self):
        return make_npi(self.rng)

    def pick(self, seq):
        return self.rng.choice(seq)


def _his(ctx):
    return {"he": "his", "she": "her", "they": "their"}[ctx.he]


def _He(ctx):
    return ctx.he.capitalize()


def _is(ctx):
    return "are" if ctx.he == "they" else "is"


def bh_identifying(ctx, referrer):
    f = ctx.f
    age = age_on(f["client"]["dob"], ctx.P)
    return [
        ("H", "Identifying Information and Reason for Referral", 2),
        ("P", f"{ctx.cl} is a {age}-year-old {f['client'].get('desc', 'adult')} who presented to {ctx.agency} "
              f"on {ctx.d(f.get('admit') or ctx.ago(12))} for a comprehensive assessment. {_He(ctx)} {_is(ctx)} "
              f"referred by {referrer}. The referral followed {f.get('referral_reason', 'a worsening of mood and functioning over the past several months')}. "
              f"{ctx.first} attended the assessment alone, was cooperative, and consented to the review of records from prior providers."),
        ("P", f"Sources of information for this assessment: face-to-face interview with {ctx.first}; review of the referral "
              f"letter and discharge summaries from prior episodes of care; review of the state prescription monitoring "
              f"program; collateral telephone contact with a family member (with written consent); standardized screening measures."),
    ]


def bh_presenting(ctx, text):
    return [("H", "Presenting Problem / History of Present Illness", 2)] + [("P", t) for t in text]


def bh_prior_treatment(ctx, kind="psych"):
    r = ctx.rng
    p1, p2, p3 = ctx.ppl.name(), ctx.ppl.name(), ctx.ppl.name()
    y = ctx.P.year
    rows = [
        [f"{ctx.pick(['Brightwater', 'Harbor Point', 'Cedar Hollow'])} Counseling Associates",
         f"{fd(D(y - 6, 3, 14))} - {fd(D(y - 6, 11, 2))}",
         "Individual therapy, weekly, 45 minutes", f"{p1}, LPC",
         "F32.1 Major depressive disorder, single episode, moderate", "Completed; goals met"],
        [f"{ctx.pick(['St. Anselm', 'Mercy Ridge', 'Valley General'])} Hospital inpatient psychiatry",
         f"{fd(D(y - 3, 7, 9))} - {fd(D(y - 3, 7, 19))}", "Inpatient, 10 days", f"{p2}, MD",
         "F31.9 Bipolar disorder, unspecified (later ruled out)", "Discharged to IOP"],
        [f"{ctx.pick(['Northgate', 'Riverside', 'Summit'])} Intensive Outpatient Program",
         f"{fd(D(y - 3, 7, 22))} - {fd(D(y - 3, 9, 30))}", "IOP 3 hours/day, 3 days/week", f"{p3}, LCSW",
         "F33.1 Major depressive disorder, recurrent, moderate", "Completed; stepped down"],
    ]
    if kind == "sud":
        rows[0][2] = "Outpatient SUD counseling, 2x/week, 60 minutes"
        rows[0][4] = "F10.20 Alcohol dependence, uncomplicated"
        rows[1][0] = f"{ctx.pick(['Lakeview', 'Pinecrest', 'Stonebridge'])} Detox Unit"
        rows[1][2] = "Medically monitored withdrawal, 5 days"
        rows[1][4] = "F10.239 Alcohol dependence with withdrawal, unspecified"
        rows[2][2] = "Residential, 28 days"
        rows[2][4] = "F10.20 Alcohol dependence, uncomplicated"
        rows[2][5] = "Left against advice on day 19"
    return [
        ("H", "Past Treatment History", 2),
        ("P", f"{ctx.first} reports the following prior episodes of care. Records were requested from each provider; "
              f"those received are summarized below. Frequencies and diagnoses are those of the earlier episodes and are "
              f"listed for history only."),
        ("T", ["Provider / Program", "Dates", "Level / Frequency", "Treating clinician", "Diagnosis at the time",
               "Outcome"], rows),
        ("P", f"The {fd(D(y - 3, 7, 19))} discharge summary (signed by {p2}, MD on {fd(D(y - 3, 7, 20))}) recommended "
              f"outpatient psychiatry every 4 weeks and psychotherapy twice weekly; {ctx.first} attended for about two months."),
    ]


def bh_dx_history(ctx, items):
    """items: list of (status, code, desc)."""
    return [("H", "Diagnostic History (prior and ruled-out diagnoses)", 2),
            ("P", "The following diagnoses appear in prior records. They are not the diagnoses of the current plan unless "
                  "repeated in the diagnosis section below."),
            ("T", ["Status", "Code", "Description", "Source"],
             [[s, c, d, src] for (s, c, d, src) in items])]


def bh_meds(ctx, meds):
    rows = [[m[0], m[1], m[2], m[3], m[4] if len(m) > 4 else ctx.ppl.name() + ", MD"] for m in meds]
    return [("H", "Current Medications", 2),
            ("T", ["Medication", "Dose", "Route", "Frequency", "Prescriber"], rows),
            ("P", f"Allergies: {ctx.pick(['penicillin (rash)', 'sulfa drugs (hives)', 'no known drug allergies', 'codeine (nausea)'])}. "
                  f"Adherence is self-reported as {ctx.pick(['good', 'fair, with missed evening doses', 'variable'])}; "
                  f"the prescription monitoring program report of {ctx.d(ctx.ago(9))} shows no concerning fills.")]


def bh_labs(ctx, extra=()):
    rows = [["Comprehensive metabolic panel", "Within normal limits", "", ctx.d(ctx.ago(40))],
            ["TSH", f"{ctx.rng.randint(12, 38) / 10:.1f} mIU/L", "0.4 - 4.0", ctx.d(ctx.ago(40))],
            ["Hemoglobin A1c", f"{ctx.rng.randint(52, 64) / 10:.1f} %", "< 5.7", ctx.d(ctx.ago(40))],
            ["Lipid panel (LDL)", f"{ctx.rng.randint(95, 160)} mg/dL", "< 100", ctx.d(ctx.ago(40))]] + list(extra)
    return [("H", "Laboratory Results (most recent)", 2), ("T", ["Test", "Result", "Reference range", "Date"], rows)]


def bh_family(ctx, items):
    return [("H", "Family History", 2),
            ("P", "Family psychiatric and medical history as reported by the client (codes as recorded in the family "
                  "history module; these describe relatives, not the client):"),
            ("BUL", items)]


def bh_social(ctx):
    r = ctx.rng
    return [
        ("H", "Psychosocial History", 2),
        ("P", f"Living situation: {ctx.first} lives {ctx.pick(['with a partner and two children', 'alone in a rented apartment', 'with an older sibling', 'with a roommate'])} "
              f"in {ctx.pick(['a second-floor walk-up', 'a small house', 'subsidized housing'])}. Housing is described as stable for now."),
        ("P", f"Education and employment: completed {ctx.pick(['high school', 'two years of community college', 'a bachelor degree in accounting', 'a GED in 2009'])}; "
              f"currently {ctx.pick(['works 30 hours a week in retail', 'on medical leave from a warehouse job', 'unemployed since the spring', 'works nights as a home health aide'])}. "
              f"Income is {ctx.pick(['limited', 'adequate', 'irregular'])}; {ctx.first} receives SNAP benefits."),
        ("P", f"Legal: {ctx.pick(['no current legal involvement', 'one DUI in 2017, probation completed', 'pending custody hearing'])}. "
              f"Military: none. Spiritual/cultural: identifies as {ctx.pick(['Catholic, not practicing', 'spiritual but not religious', 'Baptist, attends church monthly', 'no affiliation'])}; "
              f"prefers English; no interpreter needed."),
        ("P", f"Trauma history: {ctx.first} reports {ctx.pick(['a motor vehicle accident at age 19', 'childhood physical abuse by a stepparent', 'the sudden death of a sibling', 'domestic violence in a prior relationship'])}. "
              f"No current safety concerns in the home were disclosed."),
        ("P", f"Strengths: {ctx.pick(['motivated, insightful, supportive sibling', 'good work history, humor, pet she cares for', 'engaged parent, creative, connected to faith community', 'persistent, organized, honest about use'])}. "
              f"Barriers: {ctx.pick(['transportation', 'shift work', 'childcare', 'limited phone minutes'])}."),
    ]


def bh_substance(ctx, primary="alcohol"):
    rows = [["Alcohol", "14", ctx.d(ctx.ago(3 if primary == 'alcohol' else 200)),
             "Daily, 8-12 standard drinks" if primary == "alcohol" else "Social, 1-2 drinks monthly", "Oral"],
            ["Cannabis", "16", ctx.d(ctx.ago(60)), "Weekends", "Smoked"],
            ["Opioids (non-prescribed)", "27" if primary == "opioid" else "-", ctx.d(ctx.ago(2)) if primary == "opioid" else "Never",
             "Daily, about 1 g fentanyl" if primary == "opioid" else "-", "Smoked/IV" if primary == "opioid" else "-"],
            ["Cocaine", "22", ctx.d(ctx.ago(400)), "Binge use in 2019", "Intranasal"],
            ["Nicotine", "15", "Current", "1 pack per day", "Cigarettes"]]
    return [("H", "Substance Use History", 2),
            ("T", ["Substance", "Age of first use", "Last use", "Pattern / amount", "Route"], rows),
            ("P", "Screening: AUDIT and DAST-10 were administered; see the measures table. Longest period of abstinence "
                  "was about 9 months, in 2021, while attending mutual-help meetings three times a week.")]


def bh_mse(ctx):
    return [("H", "Mental Status Examination", 2),
            ("KV", [("Appearance", "Casually dressed, fair hygiene"), ("Behavior", "Cooperative, good eye contact"),
                    ("Speech", "Normal rate and volume"), ("Mood", '"tired and on edge"'),
                    ("Affect", "Constricted, congruent"), ("Thought process", "Linear, goal-directed"),
                    ("Thought content", "No delusions; passive death wishes denied today"),
                    ("Perception", "No hallucinations"), ("Cognition", "Alert, oriented x4"),
                    ("Insight / Judgment", "Fair / fair")], "lines")]


def bh_risk(ctx):
    return [("H", "Risk Assessment", 2),
            ("P", f"Columbia Suicide Severity Rating Scale (screen version) completed {ctx.d(ctx.ago(10))}: wish to be dead "
                  f"in the past month - no; suicidal thoughts - no; lifetime attempt - {ctx.pick(['no', 'one, in 2019, overdose, hospitalized'])}. "
                  f"Risk level: low. No access to firearms reported. A safety plan was reviewed and a copy given."),
            ("P", "Crisis resources: 988 Suicide & Crisis Lifeline (call or text 988); county mobile crisis team "
                  "(24/7); nearest emergency department. After-hours line of the agency: see the front of this packet.")]


def bh_measures(ctx, rows):
    return [("H", "Standardized Measures", 2), ("T", ["Instrument", "Score", "Date", "Interpretation"], rows)]


def referral_letter(ctx, writer, cred, org, body):
    n = ctx.npi()
    return [("H", "Referral Correspondence (copy on file)", 2),
            ("BOX", [f"{org}", f"{ctx.d(ctx.ago(35))}", "", "Re: " + ctx.cl, "", "Dear colleague,"] + body +
             ["", "Sincerely,", f"{writer}, {cred}", f"NPI {n}", f"Electronically signed {ctx.d(ctx.ago(35))}"])]


def prior_auth(ctx, rows):
    return [("H", "Authorization History", 2),
            ("P", "Previous authorizations on file (for reference; the request for the current period is in the plan below)."),
            ("T", ["Auth #", "Service", "Units / visits", "From", "To", "Status"], rows)]


def prior_goals(ctx, items, reviewer):
    rows = [[g, s, d] for (g, s, d) in items]
    return [("H", "Review of Previous Plan", 2),
            ("P", f"Goals from the previous treatment plan and their status at the last review ({reviewer}). These goals are "
                  f"closed and are not carried into the current plan unless restated there."),
            ("T", ["Previous goal / objective", "Status", "Date"], rows)]


def boilerplate_consent(ctx, sud=False):
    b = [("H", "Consent, Rights and Notices", 2),
         ("P", "Consent to treatment. I agree to take part in the assessment and the services recommended by the agency. I "
               "understand that I may refuse or stop any service at any time, and that refusing a service will not affect my "
               "right to other services. I have been told about the risks, benefits and alternatives of treatment."),
         ("P", "Confidentiality. Information about you is protected by federal and state law. It is shared only with your "
               "written permission, or when the law requires it (for example to prevent serious harm, to report abuse or "
               "neglect of a child or vulnerable adult, or under a court order)."),
         ("P", "Rights. You have the right to be treated with dignity and respect; to take part in planning your care; to "
               "see your record; to file a grievance without fear of retaliation; and to receive services in the least "
               "restrictive setting. Grievances may be made to the Client Rights Officer or to the state licensing office."),
         ("P", "Financial responsibility. I understand that my insurance may not pay for all services and that I am "
               "responsible for co-payments and for services not covered. Appointments missed without 24 hours notice may "
               "be charged.")]
    if sud:
        b.append(("P", "42 CFR Part 2. Records of substance use disorder treatment are protected by federal regulation "
                       "42 CFR Part 2 and may not be disclosed without written consent except as the regulation allows."))
    b.append(("P", "Telehealth. Some sessions may be held by secure video. You may ask for an in-person session at any time."))
    return b


def consent_signed(ctx, date):
    """A signed consent page (a distractor: it is not the plan's signature)."""
    return [("BOX", [("Consent signed by: ", f"{ctx.cl} (client)"), ("Date: ", ctx.d(date)),
                     ("Witness: ", f"{ctx.ppl.name()}, intake coordinator"),
                     "This signature acknowledges the consent, rights and notices above only."])]


def formulation(ctx, text):
    return [("H", "Clinical Formulation and Recommendations", 2)] + [("P", t) for t in text]


def asam_table(ctx, levels):
    dims = ["1. Acute intoxication / withdrawal potential", "2. Biomedical conditions and complications",
            "3. Emotional, behavioral or cognitive conditions", "4. Readiness to change",
            "5. Relapse, continued use or continued problem potential", "6. Recovery / living environment"]
    notes = ["Last use 2 days before admission; COWS peak 14 on day 1, now 3.",
             "Hepatitis C antibody positive; hypertension managed by PCP.",
             "Depressive symptoms; no psychosis; low suicide risk.",
             "Contemplation moving to preparation; attends groups.",
             "Multiple relapses within 30 days of prior discharges.",
             "Partner actively using; unstable housing."]
    return [("H", "ASAM Multidimensional Assessment", 2),
            ("T", ["Dimension", "Risk rating (0-4)", "Findings"], [[d, str(l), n] for d, l, n in zip(dims, levels, notes)])]


def withdrawal_log(ctx, scale, start):
    rows = []
    for i in range(5):
        d = start + dt.timedelta(days=i // 2)
        rows.append([ctx.d(d), ["08:00", "20:00"][i % 2], str(max(1, 14 - 3 * i)), ctx.ppl.name() + ", RN"])
    return [("H", f"Withdrawal Monitoring ({scale})", 2), ("T", ["Date", "Time", "Score", "Nurse"], rows)]


def uds(ctx, start, n=4, pos="fentanyl"):
    rows = []
    for i in range(n):
        rows.append([ctx.d(start + dt.timedelta(days=7 * i)), "Observed" if i % 2 == 0 else "Random",
                     f"Positive: {pos}" if i == 0 else "Negative for all panels", "Lab"])
    return [("H", "Urine Drug Screen Results", 2), ("T", ["Collected", "Type", "Result", "Method"], rows)]


def therapy_history(ctx, onset, surgery, prior_episode):
    return [("H", "History of Present Condition", 2),
            ("P", f"{ctx.first} is seen for {ctx.f['reason']}. Onset date: {ctx.d(onset)} ({surgery}). " +
                  (f"Hospital course was uncomplicated; {ctx.first} was discharged home with a rolling walker and home exercises." if ctx.f.get("hospital", True) else f"{ctx.first} was not hospitalized and was seen by the referring provider before this evaluation.")),
            ("P", f"Prior therapy: {prior_episode}. That episode had its own plan of care and certification and is closed."),
            ("P", f"Prior level of function: independent with all mobility and self-care without a device; drove; "
                  f"{ctx.pick(['gardened', 'walked a dog twice a day', 'volunteered at a library', 'cared for a grandchild'])}. "
                  f"Home: {ctx.pick(['two-story house, 12 steps with one rail', 'single-level apartment, 3 entry steps', 'ranch home, tub/shower combination'])}. "
                  f"Lives with {ctx.pick(['spouse', 'adult daughter', 'alone'])}."),
            ("P", f"Patient goals: \"{ctx.pick(['I want to get back to my walks', 'I want to cook for myself again', 'I want to go back to church', 'I want to be able to eat normal food'])}.\"")]


def therapy_pmh(ctx, items, meds):
    return [("H", "Past Medical History", 2), ("BUL", items),
            ("H", "Medications", 2), ("T", ["Medication", "Dose", "Frequency"], meds),
            ("P", f"Allergies: {ctx.pick(['NKDA', 'latex', 'morphine (itching)'])}. Precautions: {ctx.pick(['fall risk', 'posterior hip precautions x 6 weeks', 'no lifting > 10 lb', 'aspiration precautions'])}.")]


def therapy_tests(ctx, header, rows, title="Objective Tests and Measures"):
    return [("H", title, 2), ("T", header, rows)]


def therapy_boiler(ctx):
    return [("H", "Patient Education and Notices", 2),
            ("P", "The patient was instructed in the home exercise program (handout given), signs and symptoms to report, "
                  "and fall prevention. The patient verbalized understanding and returned demonstration of the exercises."),
            ("P", "Medicare notice: therapy services above the annual threshold require documentation of medical necessity "
                  "(KX modifier). An Advance Beneficiary Notice is not required for covered, medically necessary services."),
            ("P", "Cancellation policy: please call 24 hours in advance. Two no-shows may end the episode of care.")]


def hh_oasis(ctx, items):
    return [("H", "Comprehensive Assessment (OASIS narrative)", 2)] + [("P", t) for t in items]


def hh_adl_table(ctx):
    rows = [["M1800 Grooming", "1 - Grooming utensils must be placed within reach"],
            ["M1810 Upper body dressing", "1 - Able to dress if clothing is laid out"],
            ["M1820 Lower body dressing", "2 - Someone must help put on socks and shoes"],
            ["M1830 Bathing", "3 - Able to participate with intermittent assistance"],
            ["M1840 Toilet transferring", "1 - With supervision or a device"],
            ["M1850 Transferring", "1 - With minimal human assistance or a device"],
            ["M1860 Ambulation/locomotion", "2 - Requires a two-handed device on level surfaces"],
            ["M2020 Management of oral medications", "2 - Needs reminders / pillbox set-up"]]
    return [("H", "Functional Status (OASIS items)", 2), ("T", ["Item", "Response"], rows)]


def hh_meds(ctx, meds):
    return [("H", "Medication Profile", 2), ("T", ["Medication", "Dose", "Route", "Frequency", "New/Changed"], meds),
            ("P", "Drug regimen review completed; no significant interactions identified; physician notified of none.")]


def hh_f2f(ctx, who, date):
    return [("H", "Face-to-Face Encounter", 2),
            ("P", f"Face-to-face encounter performed {ctx.d(date)} by {who} during the hospital stay; the encounter related "
                  f"to the primary reason for home care. Documentation of the encounter is in the hospital record "
                  f"(discharge summary signed by {who} on {ctx.d(date + dt.timedelta(days=1))})."),
            ("P", "Homebound status: leaving home requires a considerable and taxing effort because of dyspnea on exertion "
                  "after 20 feet and the need for a walker and another person's help on stairs. Absences are infrequent and "
                  "for medical appointments.")]


def hh_boiler(ctx):
    return [("H", "Emergency Plan, Safety and Patient Rights", 2),
            ("P", "Emergency preparedness: the patient is priority level 2 (needs help to evacuate). Emergency contact and "
                  "utilities information are on the refrigerator sheet. In an emergency call 911."),
            ("P", "Safety measures: fall precautions, remove throw rugs, night lights, shower chair and grab bars, oxygen "
                  "safety (no smoking, no open flames), sharps container."),
            ("P", "Patient rights and responsibilities, the agency's complaint process, the state home health hotline, the "
                  "advance directive information and the privacy notice were explained and copies left in the home."),
            ("P", "Advance directives: " + ctx.pick(["full code; living will on file", "DNR order on file", "full code; no written directives"]) + ".")]


def aba_background(ctx, items):
    return [("H", "Background Information", 2)] + [("P", t) for t in items]


def aba_assess_table(ctx, title, header, rows):
    return [("H", title, 2), ("T", header, rows)]


def aba_behavior(ctx):
    return [("H", "Functional Behavior Assessment", 2),
            ("P", "Methods: structured caregiver interview (FAI), ABC narrative recording across 4 sessions, and direct "
                  "observation in the home and community. A functional analysis was not conducted."),
            ("T", ["Behavior", "Operational definition", "Hypothesized function"],
             [["Elopement", "Moving more than 3 feet from the adult without permission in an open area", "Access to tangibles / escape"],
              ["Aggression", "Hitting, kicking or scratching another person with enough force to leave a mark or be heard", "Escape from demands"],
              ["Tantrum", "Crying and screaming for more than 10 seconds, with or without dropping to the floor", "Access to preferred items"]]),
            ("P", "Behavior intervention plan summary: antecedent strategies (visual schedule, first-then board, choice "
                  "making, priming before transitions), replacement skills (functional communication for a break and for "
                  "preferred items), and consequence strategies (extinction of escape where safe, differential reinforcement). "
                  "Crisis plan: block and redirect; no restraint is used; caregivers call 911 for any injury requiring care.")]


def aba_boiler(ctx):
    return [("H", "Coordination of Care, Transition and Discharge Criteria", 2),
            ("P", "The BCBA will coordinate with the school team, the speech-language pathologist and the pediatrician with "
                  "written consent. Services will be faded as goals are mastered; discharge is considered when the client "
                  "meets 80% of treatment goals, caregivers implement the plan independently, or services are no longer "
                  "medically necessary."),
            ("P", "Consent and privacy: the guardian consented to assessment and treatment, to video recording for "
                  "supervision, and to release of information to the payer. The notice of privacy practices was provided.")]


def iep_blocks(ctx, school, grade):
    return [("H", "Present Levels of Academic Achievement and Functional Performance", 2),
            ("P", f"{ctx.first} is in grade {grade} at {school}. Teacher reports describe a friendly student who works hard "
                  f"with adult support. Curriculum-based measures from the fall benchmark place reading fluency at the 12th "
                  f"percentile and math computation at the 30th percentile."),
            ("P", "State assessment (spring of last year): ELA - Partially Meets; Math - Approaching. District benchmark "
                  "screening: reading risk indicator 'some risk'."),
            ("H", "Parent Concerns", 2),
            ("P", "The parents would like more support with communication at home and with peers. They report that "
                  "outside speech therapy was provided twice a week in 2022-2023 and ended when insurance coverage changed."),
            ("H", "Special Factors and Accommodations", 2),
            ("BUL", ["Preferential seating near instruction", "Extended time (1.5x) on tests", "Visual schedule and "
                     "checklists", "Directions repeated and paraphrased", "Breaks on request, up to 5 minutes"]),
            ("H", "Least Restrictive Environment", 2),
            ("P", "The student participates in general education for 85% of the school day, with pull-out services as "
                  "listed in the service summary. Extended school year: not eligible this year (no significant regression)."),
            ("H", "Procedural Safeguards", 2),
            ("P", "Parents received the procedural safeguards notice. They may request a meeting at any time, may request an "
                  "independent educational evaluation, and may file a complaint or request due process with the state "
                  "department of education.")]


# ----------------------------------------------------------------------------------------------
# the plan's own facts, rendered in several house styles
# ----------------------------------------------------------------------------------------------


def ident_blocks(ctx, style, extra=()):
    f = ctx.f
    L = f.get("labels", {})
    c = f["client"]
    pairs = [(L.get("client", "Client"), c["name"]), (L.get("dob", "DOB"), ctx.d(c["dob"]))]
    if c.get("mid"):
        pairs.append((L.get("mid", "Member ID"), c["mid"]))
    elif L.get("mid_blank"):
        pairs.append((L["mid_blank"], ""))
    pairs += list(extra)
    if style == "table4sdt":
        return [("FN", lambda d: d.kv_table(pairs, 4, sdt_keys={k for k, _ in pairs}))]
    if style == "table4":
        return [("KV", pairs, "table4")]
    if style == "table2":
        return [("KV", pairs, "table2")]
    if style == "inline":
        return [("KV", pairs[:3], "inline"), ("KV", pairs[3:], "inline")] if len(pairs) > 3 else [("KV", pairs, "inline")]
    return [("KV", pairs, "lines")]


def dx_blocks(ctx, style, title="Diagnoses"):
    f = ctx.f
    dx = f.get("dx", [])
    if f.get("dx_text"):
        return [("H", title, 2), ("P", f["dx_text"])]
    if style == "table":
        rows = []
        for d in dx:
            extra = ""
            if d.get("by"):
                extra = f"{d['by']}, {ctx.d(d['on'])}"
            rows.append([d["code"], d["desc"], "Primary" if d.get("primary") else "Secondary"] + ([extra] if any(x.get('by') for x in dx) else []))
        hdr = ["ICD-10-CM", "Description", "Rank"] + (["Diagnosed by / date"] if any(x.get('by') for x in dx) else [])
        return [("H", title, 2), ("T", hdr, rows)]
    if style == "numbered":
        out = [("H", title, 2)]
        for i, d in enumerate(dx, 1):
            s = f"{i}. {d['desc']} ({d['code']})" + (" - primary" if d.get("primary") else "")
            if d.get("by"):
                s += f"; diagnosed by {d['by']} on {ctx.d(d['on'])}"
            out.append(("P", s))
        return out
    out = [("H", title, 2)]
    for d in dx:
        lab = "Primary diagnosis" if d.get("primary") else "Secondary diagnosis"
        s = f"{d['code']} {d['desc']}"
        if d.get("by"):
            s += f" (diagnosed by {d['by']}, evaluation date {ctx.d(d['on'])})"
        out.append(("KV", [(lab, s)], "lines"))
    return out


def _obj_target(ctx, o):
    if o.get("target_date"):
        return ctx.d(o["target_date"])
    return o.get("time_frame", "")


def goal_blocks(ctx, style, title="Goals and Objectives"):
    f = ctx.f
    gs = f.get("goals", [])
    out = [("H", title, 2)]
    if style == "pgo_table":
        rows = []
        for gi, g in enumerate(gs, 1):
            prob = f"{gi}. {g.get('problem', '')}"
            for oi, o in enumerate(g.get("objectives", []), 1):
                rows.append([prob, g["stmt"] if oi == 1 else "(see above)", f"{gi}.{oi} {o['stmt']}", _obj_target(ctx, o),
                             "; ".join(o.get("interventions", g.get("interventions", [])) if oi == 1 else o.get("interventions", []))])
            if not g.get("objectives"):
                rows.append([prob, g["stmt"], "", ctx.d(g.get("target_date")) if g.get("target_date") else "", "; ".join(g.get("interventions", []))])
        out.append(("T", ["Problem", "Goal", "Objective", "Target date", "Interventions"], rows, {"merge_first": True}))
        return out
    if style == "numbered":
        for gi, g in enumerate(gs, 1):
            if g.get("problem"):
                out.append(("P", f"Problem {gi}: {g['problem']}", {"bold": True}))
            td = f" (target date {ctx.d(g['target_date'])})" if g.get("target_date") else (f" ({g['time_frame']})" if g.get("time_frame") else "")
            out.append(("P", f"Goal {gi}: {g['stmt']}{td}"))
            for oi, o in enumerate(g.get("objectives", []), 1):
                t = _obj_target(ctx, o)
                out.append(("P", f"    Objective {gi}{'abcdefg'[oi - 1]}: {o['stmt']}" + (f"  Target: {t}" if t else "")))
            if g.get("interventions"):
                out.append(("P", "    Interventions: " + "; ".join(g["interventions"]), {"italic": True}))
        return out
    if style == "blocks":
        def mk(g, gi):
            def fn(dx_):
                t = dx_.doc.add_table(rows=4, cols=2)
                t.style = "Table Grid"
                vals = [("Problem #" + str(gi), g.get("problem", "")), ("Long-term goal", g["stmt"]),
                        ("Short-term objectives", None), ("Methods / interventions", "; ".join(g.get("interventions", [])))]
                for i, (k, v) in enumerate(vals):
                    t.cell(i, 0).text = ""
                    t.cell(i, 0).paragraphs[0].add_run(k).bold = True
                    set_cell_shade(t.cell(i, 0), "EDEDED")
                    if v is None:
                        cell = t.cell(i, 1)
                        cell.text = ""
                        objs = g.get("objectives", [])
                        nt = cell.add_table(rows=1 + len(objs), cols=3)
                        nt.style = "Table Grid"
                        for j, h in enumerate(["#", "Objective", "Target"]):
                            nt.cell(0, j).text = h
                        for k, o in enumerate(objs, 1):
                            nt.cell(k, 0).text = f"{gi}.{k}"
                            nt.cell(k, 1).text = o["stmt"]
                            nt.cell(k, 2).text = _obj_target(ctx, o)
                    else:
                        t.cell(i, 1).text = v
                dx_.doc.add_paragraph()
            return fn
        for gi, g in enumerate(gs, 1):
            out.append(("FN", mk(g, gi)))
        return out
    if style == "aba_table":
        rows = []
        for gi, g in enumerate(gs, 1):
            rows.append([g.get("domain", ""), f"{g.get('label', 'G' + str(gi))}: {g['stmt']}", g.get("baseline", ""),
                         g.get("mastery", ""), ctx.d(g["target_date"]) if g.get("target_date") else g.get("time_frame", ""),
                         g.get("status", "New")])
        out.append(("T", ["Domain", "Goal", "Baseline", "Mastery criteria", "Target date", "Status"], rows))
        return out
    if style == "aba_cards":
        for gi, g in enumerate(gs, 1):
            pairs = [("Target " + str(gi), g["stmt"]), ("Domain", g.get("domain", ""))]
            if g.get("baseline"):
                pairs.append(("Baseline", g["baseline"]))
            if g.get("mastery"):
                pairs.append(("Mastery criterion", g["mastery"]))
            if g.get("target_date"):
                pairs.append(("Projected mastery date", ctx.d(g["target_date"])))
            out.append(("KV", pairs, "table2"))
            out.append(("P", ""))
        return out
    if style == "therapy":
        stg = [(gi, g) for gi, g in enumerate(gs, 1)]
        out.append(("P", "Short-term goals:", {"bold": True}))
        n = 0
        for gi, g in stg:
            for o in g.get("objectives", []):
                n += 1
                t = _obj_target(ctx, o)
                out.append(("P", f"STG {n}. {o['stmt']}" + (f" ({t})" if t else "")))
        out.append(("P", "Long-term goals:", {"bold": True}))
        for gi, g in stg:
            td = ctx.d(g["target_date"]) if g.get("target_date") else g.get("time_frame", "")
            out.append(("P", f"LTG {gi}. {g['stmt']}" + (f" ({td})" if td else "")))
        return out
    if style == "iep":
        for gi, g in enumerate(gs, 1):
            out.append(("P", f"Annual Goal #{gi} ({g.get('domain', '')})", {"bold": True}))
            out.append(("P", g["stmt"]))
            if g.get("baseline"):
                out.append(("KV", [("Baseline", g["baseline"])], "lines"))
            if g.get("mastery"):
                out.append(("KV", [("Evaluation criteria", g["mastery"])], "lines"))
            if g.get("target_date"):
                out.append(("KV", [("Target date", ctx.d(g["target_date"]))], "lines"))
            for oi, o in enumerate(g.get("objectives", []), 1):
                t = _obj_target(ctx, o)
                out.append(("P", f"Benchmark {gi}.{oi}: {o['stmt']}" + (f" - by {t}" if t else "")))
        return out
    raise ValueError(style)


def svc_blocks(ctx, style, title="Services and Frequency"):
    f = ctx.f
    sv = f.get("services", [])
    out = [("H", title, 2)]
    if style == "table":
        rows = [[s["name"], s.get("code", ""), s.get("amount") or "", s.get("freq") or "", s.get("dur") or "", s.get("staff", "")] for s in sv]
        out.append(("T", ["Service / modality", "CPT/HCPCS", "Amount", "Frequency", "Duration", "Provider"], rows))
    elif style == "sentences":
        for s in sv:
            parts = [p for p in [s.get("amount"), s.get("freq"), s.get("dur") and ("for " + s["dur"])] if p]
            out.append(("BUL", [f"{s['name']} ({s.get('code', '')}): " + ", ".join(parts) + (f"; {s['staff']}" if s.get("staff") else "") + "."]))
    elif style == "aba":
        rows = [[s.get("code", ""), s["name"], s.get("hpw") or "", s.get("units", ""), s.get("staff", "")] for s in sv]
        out.append(("T", ["CPT", "Service", "Hours per week", "Units requested (auth period)", "Rendered by"], rows))
    elif style == "iep":
        rows = [[s["name"], s.get("freq") or "", s.get("amount") or "", s.get("loc", "Therapy room"), s.get("code", ""), ctx.d(s["start"]) + " - " + ctx.d(s["end"])] for s in sv]
        out.append(("T", ["Service", "Frequency", "Minutes per session", "Location", "Billing code", "Dates"], rows))
    else:
        raise ValueError(style)
    if f.get("duration") and style != "iep":
        out.append(("KV", [(f.get("labels", {}).get("duration", "Expected duration of treatment"), f["duration"])], "lines"))
    return out


def review_blocks(ctx, label="Next plan review"):
    f = ctx.f
    out = []
    for (d, done, kind) in f.get("reviews", []):
        if done:
            out.append(("KV", [(f"{kind.capitalize()} completed", ctx.d(d))], "lines"))
        else:
            out.append(("KV", [(label, ctx.d(d))], "lines"))
    return out


def _sig_name(s):
    return s["name"] + (f", {s['cred']}" if s.get("cred") else "")


def sig_blocks(ctx, style, title="Signatures"):
    f = ctx.f
    out = [("H", title, 2)]
    sigs = f.get("sigs", [])
    if style == "table":
        rows = []
        for s in sigs:
            if s.get("signed", True):
                rows.append([s["label"], _sig_name(s), ("/s/ " + s["name"]) if s.get("method") == "typed" else
                             ("e-signed" if s.get("method") == "electronic" else "(signed)"), ctx.d(s.get("date")) if s.get("date") else ""])
            else:
                rows.append([s["label"], "", "", ""])
        out.append(("T", ["Role", "Printed name / credential", "Signature", "Date"], rows))
        for s in sigs:
            if s.get("npi"):
                out.append(("P", f"{s['name']} NPI: {s['npi']}", {"size": 9}))
    elif style == "typed":
        for s in sigs:
            if s.get("signed", True):
                line = f"{s['label']}: /s/ {_sig_name(s)}"
                line += f"    Date: {ctx.d(s['date'])}" if s.get("date") else "    Date: ____________"
                if s.get("npi"):
                    line += f"    NPI: {s['npi']}"
            else:
                line = f"{s['label']}: ________________________________    Date: ____________"
            out.append(("P", line))
    elif style == "stamp":
        for s in sigs:
            if s.get("signed", True) and s.get("date"):
                out.append(("P", f"{s['label']}", {"bold": True}))
                out.append(("P", f"Electronically signed by {_sig_name(s)} on {ctx.d(s['date'])} at {s.get('time', '10:42 AM')}"
                                 + (f" (NPI {s['npi']})" if s.get("npi") else ""), {"italic": True}))
            elif s.get("signed", True):
                out.append(("P", f"{s['label']}", {"bold": True}))
                out.append(("P", f"{_sig_name(s)}  (signature on file)    Date: __________", {"italic": True}))
            else:
                out.append(("P", f"{s['label']}: ______________________________  Date: __________"))
    elif style == "box":
        for s in sigs:
            lines = [s.get("attest", "I have reviewed this plan and agree with it.")]
            if s.get("signed", True):
                lines += [("Signature: ", ("/s/ " if s.get("method") == "typed" else "") + _sig_name(s)),
                          ("Date: ", ctx.d(s["date"]) if s.get("date") else "")]
                if s.get("npi"):
                    lines.append(("NPI: ", s["npi"]))
            else:
                lines += [("Signature: ", ""), ("Date: ", "")]
            out.append(("P", s["label"], {"bold": True}))
            out.append(("BOX", lines))
    else:
        raise ValueError(style)
    return out


# ----------------------------------------------------------------------------------------------
# document assembly
# ----------------------------------------------------------------------------------------------


def plan_head(ctx):
    f = ctx.f
    L = f.get("labels", {})
    pairs = []
    pairs.append((L.get("plan_date", "Plan date"), ctx.d(f["plan_date"])) if f.get("plan_date") else (L.get("plan_date", "Plan date"), ""))
    if f.get("admit"):
        pairs.append((L.get("admit", "Admission date"), ctx.d(f["admit"])))
    if f.get("first_tx"):
        pairs.append((L.get("first_tx", "Start of care / first treatment date"), ctx.d(f["first_tx"])))
    if f.get("onset"):
        pairs.append(("Onset date", ctx.d(f["onset"])))
    if f.get("period"):
        pairs.append((L.get("period", "Plan period"), ctx.d(f["period"][0]) + " to " + ctx.d(f["period"][1])))
    if f.get("loc"):
        pairs.append((L.get("loc", "Level of care"), f["loc"]))
    if f.get("program"):
        pairs.append(("Program", f["program"]))
    for k, v in f.get("head_extra", []):
        pairs.append((k, v))
    return [("KV", pairs, f.get("head_kv", "table4"))]


def assemble(ctx, lib):
    f = ctx.f
    blocks = []
    for name in f["order"]:
        if name == "PB":
            blocks.append(("PB",))
        elif name == "plan":
            blocks.append(("H", f.get("plan_title", "Individualized Treatment Plan"), 1))
            for pn in f["plan_order"]:
                if pn == "head":
                    blocks += plan_head(ctx)
                elif pn == "dx":
                    blocks += dx_blocks(ctx, f.get("dx_style", "table"), f.get("dx_title", "Diagnoses"))
                elif pn == "goals":
                    blocks += goal_blocks(ctx, f.get("goal_style", "numbered"), f.get("goal_title", "Goals and Objectives"))
                elif pn == "svc":
                    blocks += svc_blocks(ctx, f.get("svc_style", "table"), f.get("svc_title", "Services and Frequency"))
                elif pn == "reviews":
                    blocks += review_blocks(ctx, f.get("labels", {}).get("review", "Next plan review"))
                elif pn == "sigs":
                    blocks += sig_blocks(ctx, f.get("sig_style", "table"), f.get("sig_title", "Signatures"))
                elif pn in lib:
                    blocks += lib[pn](ctx)
                else:
                    raise KeyError(pn)
        elif name in lib:
            blocks += lib[name](ctx)
        else:
            raise KeyError(name)
    return blocks


def write_docx(f, lib):
    ctx = Ctx(f)
    d = Docx(f.get("house", {"heading": "word"}))
    hdr = f.get("header")
    if hdr:
        d.header_footer(hdr[0].format(**_fmtargs(ctx)), hdr[1].format(**_fmtargs(ctx)))
    blocks = assemble(ctx, lib)
    d.render(blocks)
    for hook in f.get("docx_hooks", []):
        hook(d, ctx)
    d.save(os.path.join(OUT, f["file"]), f.get("doc_title", "Treatment plan"), f["agency"])


def _fmtargs(ctx):
    c = ctx.f["client"]
    return {"name": c["name"], "dob": ctx.d(c["dob"]), "mid": c.get("mid", ""), "agency": ctx.agency,
            "mrn": ctx.f.get("mrn", "")}


def _title(ctx):
    f = ctx.f
    out = [("P", ctx.agency, {"bold": True, "center": True, "size": 14})]
    if f.get("agency_line"):
        out.append(("P", f["agency_line"], {"center": True, "size": 9}))
    out.append(("P", f["doc_title"], {"bold": True, "center": True, "size": 13}))
    out += ident_blocks(ctx, f.get("ident_style", "table4"), f.get("ident_extra", ()))
    return out


def _mk_lib_bh():
    def letter(ctx):
        f = ctx.f
        w = f.get("letter_writer") or ctx.ppl.name()
        return referral_letter(ctx, w, f.get("letter_cred", "MD"), f.get("letter_org", "Family Medicine Associates"),
                               f.get("letter_body", [
                                   f"I am referring {ctx.first} for evaluation and psychotherapy. {ctx.first} has been on sertraline 50 mg "
                                   f"daily since the summer, increased to 100 mg daily six weeks ago, with a partial response.",
                                   "I would suggest weekly psychotherapy for about 12 weeks and would be glad to continue prescribing. "
                                   "Her PHQ-9 in my office was 19. Labs are attached.",
                                   "Please send me a copy of your treatment plan."]))

    def measures(ctx):
        f = ctx.f
        return bh_measures(ctx, f.get("measures", [["PHQ-9", "18", ctx.d(ctx.ago(10)), "Moderately severe"],
                                                   ["GAD-7", "15", ctx.d(ctx.ago(10)), "Severe"],
                                                   ["PHQ-9 (referring PCP)", "19", ctx.d(ctx.ago(40)), "Moderately severe"],
                                                   ["AUDIT-C", "2", ctx.d(ctx.ago(10)), "Negative screen"]]))

    def interval(ctx):
        return [("H", "Interval History Since the Last Plan", 2)] + [("P", t) for t in ctx.f.get("interval", [])]

    def transition(ctx):
        f = ctx.f
        t = f["transition"]
        return [("H", "Discharge Summary - " + t["program"], 1),
                ("KV", [("Admission to program", ctx.d(t["start"])), ("Discharge date", ctx.d(t["end"])),
                        ("Program schedule", t["schedule"]), ("Discharge diagnosis", t["dx"]),
                        ("Discharging clinician", t["by"])], "table4"),
                ("P", t["course"]),
                ("T", ["Program goal", "Status at discharge"], t["goals"]),
                ("P", f"Discharge summary electronically signed by {t['by']} on {ctx.d(t['end'])}.", {"italic": True}),
                ("H", "Transition and Aftercare Arrangements", 2),
                ("BUL", t["aftercare"])]

    def prior_plan_sigs(ctx):
        f = ctx.f
        rows = f.get("prior_reviews", [])
        return [("H", "Prior Plan Reviews (history)", 2),
                ("T", ["Review date", "Reviewed by", "Outcome", "Client signed"], rows)]

    lib = {
        "title": _title,
        "identifying": lambda c: bh_identifying(c, c.f.get("referrer", "a primary care physician")),
        "presenting": lambda c: bh_presenting(c, c.f.get("hpi", [])),
        "prior_tx": lambda c: bh_prior_treatment(c, c.f.get("prior_kind", "psych")),
        "dx_hist": lambda c: bh_dx_history(c, c.f.get("dx_hist", [])),
        "meds": lambda c: bh_meds(c, c.f.get("meds", [])),
        "labs": lambda c: bh_labs(c, c.f.get("labs_extra", ())),
        "family": lambda c: bh_family(c, c.f.get("family", [])),
        "social": bh_social,
        "substance": lambda c: bh_substance(c, c.f.get("primary_sub", "alcohol")),
        "mse": bh_mse,
        "risk": bh_risk,
        "measures": measures,
        "letter": letter,
        "auth": lambda c: prior_auth(c, c.f.get("auth_rows", [])),
        "prior_goals": lambda c: prior_goals(c, c.f.get("prior_goal_rows", []), c.f.get("prior_reviewer", "")),
        "formulation": lambda c: formulation(c, c.f.get("formulation", [])),
        "consent": lambda c: boilerplate_consent(c, c.f.get("disc") == "sud"),
        "consent_signed": lambda c: consent_signed(c, c.f.get("consent_date", c.f.get("admit") or c.P)),
        "interval": interval,
        "transition": transition,
        "prior_plan_sigs": prior_plan_sigs,
        "asam": lambda c: asam_table(c, c.f.get("asam", [2, 1, 2, 2, 3, 3])),
        "withdrawal": lambda c: withdrawal_log(c, c.f.get("wd_scale", "COWS"), c.f.get("admit") or c.P),
        "uds": lambda c: uds(c, c.f.get("admit") or c.ago(30), 4, c.f.get("uds_pos", "fentanyl")),
        "crisis": lambda c: [("H", "Crisis and Safety Plan", 2),
                             ("NUM", ["Warning signs: not sleeping, skipping meals, isolating in my room.",
                                      "Things I can do: walk outside, call my sister, use my breathing app.",
                                      "People I can call: sister (555-0142), sponsor, the clinic after-hours line.",
                                      "Professionals: my therapist during office hours; 988 any time.",
                                      "Making the environment safe: medications kept by my partner in a lockbox."])],
        "free": lambda c: [x for t in c.f.get("free", []) for x in ([("H", t[0], 2)] + [("P", p) for p in t[1]])],
    }
    return lib


def _mk_lib_therapy():
    lib = {
        "title": _title,
        "referral": lambda c: [("H", "Referral", 2),
                               ("KV", [("Referring physician", c.f["ref_md"]), ("NPI", c.f["ref_npi"]),
                                       ("Order date", c.d(c.f["order_date"])),
                                       ("Medical diagnosis on order", c.f["order_dx"]),
                                       ("Order", c.f.get("order_text", "Evaluate and treat"))], "table4")],
        "history": lambda c: therapy_history(c, c.f["onset"], c.f["onset_what"], c.f["prior_episode"]),
        "pmh": lambda c: therapy_pmh(c, c.f["pmh"], c.f["tmeds"]),
        "tests": lambda c: [x for (title, hdr, rows) in c.f["tests"] for x in therapy_tests(c, hdr, rows, title)],
        "assessment": lambda c: [("H", "Assessment", 2)] + [("P", t) for t in c.f["assessment"]],
        "boiler": therapy_boiler,
        "treatment": lambda c: [("H", "Plan of Treatment", 2),
                                ("KV", [(k, v) for k, v in c.f["treatment_kv"]], c.f.get("treatment_kv_layout", "lines"))],
        "cert": lambda c: [("H", "Physician Certification", 2),
                           ("P", "I certify that I have reviewed this plan of care, that the services are medically necessary, "
                                 "and that the patient is under my care. Certification period as stated above.")],
        "prior_notes": lambda c: [("H", "Visit Log (this episode)", 2),
                                  ("T", ["Date", "Visit", "Codes billed", "Therapist"], c.f.get("visit_log", []))],
        "free": lambda c: [x for t in c.f.get("free", []) for x in ([("H", t[0], 2)] + [("P", p) for p in t[1]])],
    }
    return lib


def _mk_lib_hh():
    lib = {
        "title": _title,
        "box485": lambda c: [("T", ["Item", "Entry"], c.f["box485"], {"bold_first_col": True})],
        "oasis": lambda c: hh_oasis(c, c.f["oasis"]),
        "adl": hh_adl_table,
        "hhmeds": lambda c: hh_meds(c, c.f["hhmeds"]),
        "f2f": lambda c: hh_f2f(c, c.f["f2f_by"], c.f["f2f_date"]),
        "boiler": hh_boiler,
        "orders": lambda c: [("H", c.f.get("orders_title", "Orders for Discipline and Treatments"), 2)] +
                            [("P", o) for o in c.f["orders"]],
        "hhgoals": lambda c: [("H", "Goals / Rehabilitation Potential / Discharge Plans", 2)] +
                             [("P", g) for g in c.f["hhgoal_lines"]],
        "vitals": lambda c: [("H", "Vital Signs and Parameters", 2),
                             ("T", ["Date", "BP", "HR", "Resp", "SpO2", "Weight"], c.f["vitals"]),
                             ("P", "Notify physician for: SBP > 160 or < 90; HR > 110 or < 50; weight gain > 3 lb in a day or "
                                   "5 lb in a week; SpO2 < 88%; blood glucose > 350 or < 70.")],
        "cert": lambda c: [("BOX", [c.f.get("cert_text", "I certify that this patient is confined to the home and needs "
                                    "intermittent skilled nursing care, physical therapy and/or speech therapy, or continues "
                                    "to need occupational therapy. The patient is under my care, and I have authorized the "
                                    "services on this plan of care and will periodically review the plan. A face-to-face "
                                    "encounter was performed as documented above.")])],
        "free": lambda c: [x for t in c.f.get("free", []) for x in ([("H", t[0], 2)] + [("P", p) for p in t[1]])],
    }
    return lib


def _mk_lib_aba():
    lib = {
        "title": _title,
        "background": lambda c: aba_background(c, c.f["background"]),
        "assess_list": lambda c: [("H", "Assessments Administered", 2),
                                  ("T", ["Instrument", "Date", "Examiner", "Key results"],
                                   [[a["instrument"], c.d(a["date"]), a["by"], a["scores"]] for a in c.f["assessments"]])],
        "vbmapp": lambda c: aba_assess_table(c, "VB-MAPP Milestones by Domain", ["Domain", "Level 1", "Level 2", "Level 3"],
                                             c.f.get("vbmapp_rows", [["Mand", "5", "3", "0"], ["Tact", "5", "4", "1"],
                                                                     ["Listener", "5", "5", "2"], ["VP/MTS", "4.5", "3", "1"],
                                                                     ["Play", "4", "2", "0"], ["Social", "3", "1.5", "0"],
                                                                     ["Echoic", "5", "4", "-"], ["LRFFC", "-", "2", "0"]])),
        "fba": aba_behavior,
        "behavior_data": lambda c: aba_assess_table(c, "Baseline Data - Problem Behavior", ["Behavior", "Measure", "Baseline (range)", "Collected"],
                                                    c.f.get("bx_rows", [])),
        "prior_goals": lambda c: prior_goals(c, c.f.get("prior_goal_rows", []), c.f.get("prior_reviewer", "")),
        "auth": lambda c: prior_auth(c, c.f.get("auth_rows", [])),
        "boiler": aba_boiler,
        "iep": lambda c: iep_blocks(c, c.f.get("school", "Maple Grove Elementary"), c.f.get("grade", "2")),
        "participants": lambda c: [("H", "Meeting Participants", 2),
                                   ("T", ["Name", "Role", "Present"], c.f["participants"])],
        "free": lambda c: [x for t in c.f.get("free", []) for x in ([("H", t[0], 2)] + [("P", p) for p in t[1]])],
    }
    return lib


LIBS = {"bh": _mk_lib_bh(), "therapy": _mk_lib_therapy(), "hh": _mk_lib_hh(), "aba": _mk_lib_aba()}


# ---------- long generic appendices and extra discipline sections (distractor mass) ----------

def appendix_policies(ctx):
    a = ctx.agency
    return [("PB",), ("H", "Appendix - Notices and Policies", 1),
            ("H", "Notice of Privacy Practices (summary)", 2),
            ("P", f"{a} keeps a record of the care and services you receive. We use and disclose health information to treat you, "
                  "to obtain payment, and for health care operations such as quality review and staff training. We may also "
                  "disclose information when required by law, for public health activities, for health oversight, in response to "
                  "a court order, to avert a serious threat to health or safety, and to report suspected abuse or neglect."),
            ("P", "You have the right to request restrictions, to receive confidential communications, to inspect and copy your "
                  "record, to request an amendment, to receive an accounting of disclosures, and to receive a paper copy of this "
                  "notice. Requests must be made in writing to the Privacy Officer. We will respond within 30 days."),
            ("P", "If you believe your privacy rights have been violated you may file a complaint with the Privacy Officer or with "
                  "the Secretary of the U.S. Department of Health and Human Services. You will not be retaliated against."),
            ("H", "Attendance and Cancellation Policy", 2),
            ("P", "Please arrive 10 minutes before your appointment. Cancel at least 24 hours in advance. Three missed appointments "
                  "without notice within 60 days may lead to a review of your services and a change to a waitlist status. Late "
                  "arrivals of more than 15 minutes may need to be rescheduled."),
            ("H", "Financial Policy", 2),
            ("P", "Co-payments are due at each visit. We bill your primary and secondary insurance. You are responsible for "
                  "deductibles, co-insurance and non-covered services. A sliding fee scale is available; ask the front desk. "
                  "Statements are mailed monthly; balances over 90 days may be referred to a payment plan."),
            ("H", "Inclement Weather and Emergency Closures", 2),
            ("P", "Closures are posted on the agency website and the phone greeting by 7:00 AM. Telehealth may replace in-person "
                  "visits during closures. In a medical emergency call 911; in a mental health crisis call or text 988."),
            ("H", "Complaints and Grievances", 2),
            ("P", "You may make a complaint verbally or in writing to any staff member, who will forward it to the program "
                  "director. You will receive a written acknowledgment within 5 business days and a decision within 30 days. If "
                  "you are not satisfied you may appeal to the executive director or contact the state licensing authority or "
                  "your health plan's member services.")]


def therapy_more(ctx):
    f = ctx.f
    n1, n2 = ctx.ppl.name(), ctx.ppl.name()
    return [("H", "Systems Review", 2),
            ("KV", [("Cardiovascular/pulmonary", "HR 78, BP 138/82, SpO2 97% RA; no edema"), ("Integumentary", "Incision/skin intact, no signs of infection"),
                    ("Musculoskeletal", "See tests and measures"), ("Neuromuscular", "Sensation intact to light touch; no clonus"),
                    ("Communication/cognition", "Alert, follows 3-step commands, learning preference: demonstration")], "lines"),
            ("H", "Discharge Summary of a Previous Episode (history)", 2),
            ("P", f"Previous plan of care at this clinic: certification {fd(D(f['plan_date'].year - 3, 4, 3))} - {fd(D(f['plan_date'].year - 3, 7, 1))}, "
                  f"frequency 3x/week for 12 weeks, certified by {n1}, MD on {fd(D(f['plan_date'].year - 3, 4, 10))}. Goals: ambulate 1,000 feet "
                  f"without a device (met); independent with HEP (met). Discharged by {n2}, PT on {fd(D(f['plan_date'].year - 3, 6, 28))}. "
                  "This episode is closed and is listed for history only."),
            ("H", "Home Exercise Program", 2),
            ("T", ["Exercise", "Sets x reps", "How often"], [["Heel slides", "2 x 15", "Twice a day"], ["Quad sets", "3 x 10, 5-second hold", "3 times a day"],
                                                            ["Sit to stand", "2 x 8", "Daily"], ["Standing balance at counter", "3 x 30 s", "Daily"],
                                                            ["Walking program", "5-10 minutes", "2-3 times a day"]]),
            ("H", "Functional Limitation and Outcome Reporting", 2),
            ("P", "Outcome measure completed at intake and to be repeated at each progress report (every 10th visit) and at discharge. "
                  "Progress reports are written by the PT at least once every 10 treatment days.")]


def hh_more(ctx):
    first = ctx.first
    return [("H", "Systems Assessment", 2),
            ("KV", [("Cardiopulmonary", "Lung sounds diminished at the bases; 1+ pitting edema to the ankles; dyspnea on exertion"),
                    ("Neurological", "Alert and oriented x3; no focal deficits; mild short-term memory lapses per daughter"),
                    ("Gastrointestinal/nutrition", "Appetite fair; 2 meals a day plus snacks; nutritional screen: moderate risk"),
                    ("Genitourinary", "Continent; nocturia x 2"), ("Pain", "2/10 knees, relieved by acetaminophen"),
                    ("Integumentary", "Skin warm and dry; Braden 17"), ("Endocrine", "Fingerstick glucose 164 mg/dL at the visit")], "lines"),
            ("H", "Home Health Aide Care Plan (assignment sheet)", 2),
            ("T", ["Task", "Frequency", "Notes"], [["Shower with shower chair", "Each visit", "Stand-by assist"], ["Skin check and lotion", "Each visit", "Report redness"],
                                                   ["Change linens", "Weekly", ""], ["Light meal preparation", "As time allows", "Low sodium"],
                                                   ["Ambulation to the porch", "Each visit", "Walker"]]),
            ("P", "The aide care plan is supervised by the RN at least every 14 days (on-site supervisory visit)."),
            ("H", "Care Coordination Notes", 2),
            ("P", f"Called the PCP office to confirm the furosemide dose and the BMP order; spoke with the nurse. Coordinated with "
                  f"the outpatient cardiology clinic: next appointment in 3 weeks. Daughter agreed to the visit schedule. "
                  f"Pharmacy delivers on Thursdays. {first} prefers morning visits."),
            ("H", "Previous Home Health Episode (history)", 2),
            ("P", "SOC 03/04/2024, certification period 03/04/2024 - 05/02/2024, SN 1w8 and PT 2w4, signed by the attending "
                  "physician 03/11/2024; discharged 04/30/2024 with goals met. Listed for history only.")]


def aba_more(ctx):
    f = ctx.f
    first = ctx.first
    return [("H", "Developmental and Medical History", 2),
            ("P", f"Pregnancy and delivery were reported as uncomplicated. {first} sat at 7 months and walked at 15 months. First words "
                  "were reported at 18 months, followed by a loss of words around 2 years. Hearing was tested twice (normal). Sleep is "
                  "disrupted 3-4 nights a week. Diet is limited to about 12 foods."),
            ("H", "Caregiver Interview Summary", 2),
            ("P", "Caregivers' priorities: safety in the community (running off in parking lots), communicating wants without "
                  "screaming, toileting, and playing with the younger sibling. Typical day: school 8:15-2:45, home by 3:15, ABA "
                  "sessions in the home in the afternoon and on Saturday mornings."),
            ("H", "Preference Assessment", 2),
            ("T", ["Item", "Selection %", "Rank"], [["iPad (music videos)", "90", "1"], ["Goldfish crackers", "80", "2"], ["Bubbles", "60", "3"],
                                                    ["Spinning top", "40", "4"], ["Books", "10", "5"]]),
            ("H", "Skill Acquisition Detail", 2),
            ("T", ["Program", "Current step", "Prompt level", "Data"], [["Manding with picture exchange", "Phase III", "Gestural", "65% last 3 sessions"],
                                                                        ["Receptive identification", "Field of 4", "Positional", "50%"],
                                                                        ["Imitation with objects", "2-step", "Model", "70%"],
                                                                        ["Toileting schedule", "Every 60 minutes", "Full physical", "2 of 6 voids"]]),
            ("H", "Supervision and Staffing Plan", 2),
            ("P", "The BCBA supervises at least 10% of direct hours (about 2 hours per week), including at least 2 observations per "
                  "month with the RBT present. RBT: two trained staff alternate sessions. Session notes are reviewed weekly."),
            ("H", "Crisis and Safety Plan", 2),
            ("P", "If elopement occurs in the community, the adult follows at a safe distance and blocks access to the street; no "
                  "restraint is used. Any injury needing medical care is reported to the BCBA and the guardian the same day, and an "
                  "incident report is written within 24 hours.")]

LIBS["bh"]["appendix"] = appendix_policies
LIBS["therapy"]["appendix"] = appendix_policies
LIBS["therapy"]["more"] = therapy_more
LIBS["hh"]["appendix"] = appendix_policies
LIBS["hh"]["more"] = hh_more
LIBS["aba"]["appendix"] = appendix_policies
LIBS["aba"]["more"] = aba_more


# ----------------------------------------------------------------------------------------------
# plan specifications
# ----------------------------------------------------------------------------------------------

KINDS = {
    "base-treatment-plan": {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
                            "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"},
}
KINDS["medicare-psychotherapy"] = KINDS["base-treatment-plan"] | {
    "credential-missing", "signature-missing", "duration-exceeds-limit", "duration-missing", "goal-not-measurable",
    "goal-missing", "intervention-missing", "objective-not-measurable", "objective-not-time-bound", "plan-outdated",
    "amount-missing", "frequency-missing"}
KINDS["medicare-outpatient-therapy"] = KINDS["base-treatment-plan"] | {
    "signature-missing", "duration-missing", "goal-not-measurable", "goal-missing", "intervention-missing",
    "credential-not-permitted", "signature-late", "plan-late", "review-interval-exceeded", "review-overdue",
    "frequency-missing"}  # amount-missing is info only under this profile
KINDS["medicare-home-health"] = KINDS["base-treatment-plan"] | {
    "duration-missing", "goal-not-measurable", "goal-missing", "intervention-missing", "credential-not-permitted",
    "signature-missing", "review-interval-exceeded", "review-overdue", "frequency-missing"}
KINDS["commercial-aba"] = KINDS["base-treatment-plan"] | {
    "assessment-missing", "assessment-outdated", "caregiver-goal-missing", "signature-missing", "diagnosis-not-covered",
    "duration-exceeds-limit", "baseline-missing", "goal-not-measurable", "goal-missing", "goal-not-time-bound",
    "review-date-missing", "review-interval-exceeded", "amount-missing"}
KINDS["pa-55-5200"] = {"field-missing", "signature-missing", "duration-missing", "goal-missing", "intervention-missing",
                       "objective-missing", "plan-late"}
KINDS["ny-oasas-818"] = {"field-missing", "signature-missing", "diagnosis-missing", "goal-missing", "intervention-missing",
                         "signature-late", "plan-late"}
KINDS["fl-65d-30"] = {"field-missing", "signature-missing", "goal-missing", "intervention-missing",
                      "objective-not-measurable", "objective-missing", "objective-not-time-bound", "plan-late",
                      "frequency-missing", "signature-late"}
KINDS["ca-title9-ntp"] = {"field-missing", "signature-missing", "goal-missing", "objective-missing",
                          "objective-not-time-bound", "signature-late", "plan-late", "review-date-missing",
                          "review-interval-exceeded", "review-overdue"}
KINDS["tx-26tac-564"] = {"signature-missing", "duration-missing", "goal-missing", "intervention-missing",
                         "objective-not-measurable", "objective-missing", "objective-not-time-bound", "frequency-missing"}

FL_DAYS = {"intensive inpatient": 3, "residential level 1": 7, "residential level 2": 15, "day or night treatment": 10,
           "day/night treatment": 10, "methadone": 30}

PLANS = []


def td(d, n):
    return d + dt.timedelta(days=n)


def sig(role, label, name, cred=None, date=None, method="handwritten", npi=None, signed=True, **kw):
    s = {"role": role, "label": label, "name": name, "cred": cred, "date": date, "method": method, "npi": npi,
         "signed": signed}
    s.update(kw)
    return s


def add(f):
    PLANS.append(f)
    return f


# ---------- behavioural health (medicare-psychotherapy, optionally pa-55-5200) ----------

PSY_MEDS = [["Sertraline", "100 mg", "PO", "Once daily (morning)"], ["Trazodone", "50 mg", "PO", "At bedtime as needed for sleep"],
            ["Lisinopril", "10 mg", "PO", "Daily"], ["Vitamin D3", "2,000 IU", "PO", "Daily"],
            ["Hydroxyzine", "25 mg", "PO", "Up to three times a day as needed for anxiety"]]


def psy_goals(P, first, variant=0, pron="she"):
    subj = {"she": "she", "he": "he", "they": "they"}[pron]
    obj = {"she": "her", "he": "him", "they": "them"}[pron]
    if variant == 0:
        return [
            {"problem": "Depressed mood and withdrawal from usual activities",
             "stmt": f"{first} will return to valued daily activities with a more stable mood.",
             "objectives": [
                 {"stmt": f"{first} will lower the PHQ-9 score from 18 to 9 or below.", "target_date": td(P, 120)},
                 {"stmt": f"{first} will do at least 3 planned pleasant activities each week, as recorded in an activity log.", "target_date": td(P, 60)}],
             "interventions": ["Behavioral activation with weekly activity scheduling in each 53-minute session",
                               "Cognitive restructuring (CBT), weekly"]},
            {"problem": "Worry and physical tension that interfere with work",
             "stmt": f"{first} will manage worry so that it no longer causes missed work.",
             "objectives": [
                 {"stmt": f"{first} will lower the GAD-7 score from 15 to 8 or below.", "target_date": td(P, 150)},
                 {"stmt": f"{first} will use paced breathing or a grounding skill on at least 5 of 7 days, as shown in a daily log.", "target_date": td(P, 45)},
                 {"stmt": f"{first} will miss no more than 1 scheduled work shift per month because of anxiety.", "target_date": td(P, 120)}],
             "interventions": ["Relaxation and grounding skills training, weekly", "Worry exposure and problem-solving, weekly"]}]
    if variant == 1:
        return [
            {"problem": "Trauma-related intrusive memories, nightmares and avoidance",
             "stmt": f"{first} will have fewer trauma symptoms and go back to places {subj} has been avoiding.",
             "objectives": [
                 {"stmt": f"{first} will lower the PCL-5 total from 52 to below 33.", "target_date": td(P, 150)},
                 {"stmt": f"{first} will report nightmares on no more than 2 nights per week, as recorded in a sleep diary.", "target_date": td(P, 90)},
                 {"stmt": f"{first} will complete 8 of 10 steps on the in-vivo exposure hierarchy.", "target_date": td(P, 120)}],
             "interventions": ["Cognitive Processing Therapy, 12 weekly sessions", "In-vivo exposure assignments reviewed weekly"]},
            {"problem": "Irritability and conflict at home",
             "stmt": f"{first} will handle conflict at home without yelling or leaving.",
             "objectives": [
                 {"stmt": f"{first} will use a time-out and return to the conversation in at least 4 of 5 conflicts, per partner and self report.", "target_date": td(P, 100)}],
             "interventions": ["Anger management and communication skills practice, weekly"]}]
    return [
        {"problem": "Panic attacks and avoidance of driving",
         "stmt": f"{first} will drive to work and the store without panic attacks stopping {obj}.",
         "objectives": [
             {"stmt": f"{first} will reduce panic attacks from 4 per week to 1 or fewer per week, as recorded in a panic log.", "target_date": td(P, 90)},
             {"stmt": f"{first} will drive alone on the highway for 20 minutes on 3 separate days.", "target_date": td(P, 120)}],
         "interventions": ["Interoceptive and in-vivo exposure (CBT for panic), weekly 53-minute sessions"]},
        {"problem": "Low mood",
         "stmt": f"{first} will feel more hopeful and engaged.",
         "objectives": [
             {"stmt": f"{first} will lower the PHQ-9 from 14 to 7 or below.", "target_date": td(P, 120)}],
         "interventions": ["Behavioral activation, weekly"]}]


def psych_plan(num, P, asof, client, agency, clin, states=(), variant=0, **kw):
    first = client["name"].split()[0]
    f = {
        "num": num, "file": f"j{num:02d}_plan.docx", "fmt": "docx", "lib": "bh", "disc": "psych", "seed": 2500 + num,
        "payer": "medicare-psychotherapy", "states": list(states), "asof": asof, "agency": agency,
        "client": client, "plan_date": P, "admit": td(P, -14),
        "duration": f"6 months (through {fd(add_months(P, 6))})",
        "dx": [{"code": "F33.1", "desc": "Major depressive disorder, recurrent, moderate", "primary": True},
               {"code": "F41.1", "desc": "Generalized anxiety disorder", "primary": False}],
        "goals": psy_goals(P, first, variant, client.get("pron", "she")),
        "services": [{"name": "Individual psychotherapy", "code": "90837", "amount": "53 minutes", "freq": "weekly",
                      "dur": "6 months", "staff": clin["name"] + (", " + clin["cred"] if clin["cred"] else "")}],
        "reviews": [(td(P, 90), False, "review")],
        "sigs": [sig("clinician", "Clinician", clin["name"], clin["cred"], td(P, 0), npi=clin.get("npi")),
                 sig("client", "Client", client["name"], None, td(P, 0))],
        "meds": PSY_MEDS,
        "dx_hist": [["Ruled out", "F31.81", "Bipolar II disorder", "Inpatient discharge summary, 3 years ago"],
                    ["Historical", "F32.1", "Major depressive disorder, single episode, moderate", "Prior outpatient episode"],
                    ["Historical", "F90.0", "ADHD, predominantly inattentive type", "Pediatric record (not current)"]],
        "family": ["Mother: major depressive disorder, recurrent (F33.1); treated with medication",
                   "Father: alcohol dependence (F10.2), deceased at 61 of liver disease",
                   "Maternal aunt: family history entry Z81.8 (other mental and behavioral disorders)",
                   "Brother: type 2 diabetes (E11.9)"],
        "hpi": [f"{first} describes low mood, poor sleep (4-5 hours a night), loss of interest, trouble concentrating and "
                f"frequent worry about money and the health of a parent. Symptoms worsened over the last 4 months after a "
                f"reduction in work hours. {first} denies psychotic symptoms and mania.",
                f"{first} started sertraline with the primary care physician in the summer (50 mg daily, now 100 mg daily) and "
                f"notes a partial response. There were two missed days of work in the past month because of anxiety."],
        "formulation": [f"{first}'s symptoms meet criteria for a recurrent major depressive episode of moderate severity with "
                        f"co-occurring generalized anxiety. Prior response to CBT was good. Outpatient psychotherapy is the "
                        f"least restrictive appropriate level of care; medication management continues with the PCP.",
                        "Recommendations: individual CBT; continue medication with the PCP; coordinate care with written consent; "
                        "reassess measures every 4 weeks."],
        "labels": {"client": "Client", "mid": "Medicare ID (MBI)", "plan_date": "Date plan established",
                   "admit": "Intake date"},
        "order": ["title", "identifying", "presenting", "prior_tx", "dx_hist", "meds", "labs", "family", "social",
                  "mse", "risk", "measures", "letter", "formulation", "PB", "plan", "consent"],
        "plan_order": ["head", "dx", "goals", "svc", "reviews", "sigs"],
        "doc_title": "Comprehensive Biopsychosocial Assessment and Individualized Treatment Plan",
        "gaps": [], "unsure": [], "notes": "",
    }
    if "pa-55-5200" in states:
        f["sigs"].append(sig("physician", "Psychiatrist approval", kw.pop("psychiatrist", "Harriet Quill"), "MD", td(P, 3)))
    f.update(kw)
    return f


C = lambda name, dob, mid, pron="she", desc="adult": {"name": name, "dob": dob, "mid": mid, "pron": pron, "desc": desc}

# j01 - intake with plan at the end; PA clinic; clean
add(psych_plan(1, D(2026, 1, 12), D(2026, 2, 20), C("Renata Vollmer", D(1961, 5, 3), "4TQ9-WX2-KM71"),
               "Three Rivers Behavioral Health Clinic", {"name": "Colette Banerjee", "cred": "LCSW", "npi": make_npi(random.Random(1))},
               states=["pa-55-5200"], house={"heading": "word"}, ident_style="table4", goal_style="numbered", svc_style="table",
               sig_style="table",
               notes="Clean. Biopsychosocial intake (prior episodes with their own frequencies, ruled-out and historical diagnoses with codes, family history with a category code F10.2, medications with frequencies, referral letter) followed by the treatment plan; psychiatrist approval in the signature table."))

# j02 - annual re-evaluation; a service without frequency (distractors: med frequencies, prior episodes, letter)
f = psych_plan(2, D(2025, 11, 4), D(2026, 1, 15), C("Wallace Penrose", D(1956, 9, 21), "7HJ2-CV4-PD38", "he"),
               "Lindenwood Counseling Center", {"name": "Miriam Oduya", "cred": "PsyD"},
               doc_title="Annual Psychological Re-Evaluation and Updated Treatment Plan", variant=2,
               house={"heading": "caps", "font": "Arial", "size": 10}, ident_style="lines", goal_style="pgo_table",
               svc_style="sentences", sig_style="stamp",
               labels={"client": "Patient", "mid": "MBI", "plan_date": "Plan update date", "admit": "Original intake"},
               admit=D(2022, 10, 17),
               interval=["Over the past year Mr. Penrose attended 38 of 46 scheduled sessions (weekly, 53 minutes) under the plan of "
                         "11/08/2024. The PHQ-9 fell from 16 to 11 and the panic log shows 3-4 attacks a week, down from daily.",
                         "His cardiologist started metoprolol 25 mg twice a day in March. He was seen in the emergency department on "
                         "06/14/2025 for chest pain (non-cardiac). He stopped driving on the highway after that visit."],
               prior_goal_rows=[["Reduce panic attacks from daily to 3 per week (target 05/2025)", "Met", "05/20/2025"],
                                ["Attend a weekly support group for 12 weeks", "Discontinued - group closed", "03/03/2025"],
                                ["Return to part-time volunteering 1 day per week", "Met", "08/12/2025"]],
               prior_reviewer="Miriam Oduya, PsyD, reviews of 02/10/2025, 05/20/2025 and 08/12/2025",
               prior_reviews=[["02/10/2025", "Miriam Oduya, PsyD", "Continue; objectives updated", "Yes, 02/10/2025"],
                              ["05/20/2025", "Miriam Oduya, PsyD", "Goal 1 met", "Yes, 05/20/2025"],
                              ["08/12/2025", "Miriam Oduya, PsyD", "Continue", "Yes, 08/14/2025"]],
               dx=[{"code": "F41.0", "desc": "Panic disorder [episodic paroxysmal anxiety]", "primary": True},
                   {"code": "F33.1", "desc": "Major depressive disorder, recurrent, moderate", "primary": False}],
               order=["title", "interval", "prior_goals", "measures", "meds", "prior_plan_sigs", "dx_hist", "family", "social",
                      "mse", "risk", "formulation", "plan", "crisis", "consent"])
f["services"] = [{"name": "Individual psychotherapy", "code": "90837", "amount": "53-minute sessions", "freq": None, "dur": "6 months",
                  "staff": "Miriam Oduya, PsyD"}]
f["order"].insert(5, "letter")
f["gaps"] = [["frequency-missing"]]
f["notes"] = ("Gap: the individual psychotherapy service (90837) states its session length and duration but no frequency; "
              "the weekly frequency in the interval history belongs to last year's plan and medication frequencies are not service frequencies. "
              "Annual re-evaluation layout, caps headings, services as bullet sentences, e-signature stamps.")
add(f)


def hook_tracked(text_ins, text_del, author, when):
    def h(d, ctx):
        p = d.doc.add_paragraph()
        p.add_run("Amendment note: ")
        add_del_run(p, text_del, author, when)
        add_ins_run(p, text_ins, author, when)
    return h


def hook_comment(anchor_text, comment, author):
    def h(d, ctx):
        for p in d.doc.paragraphs:
            if anchor_text in p.text and p.runs:
                d.doc.add_comment(p.runs, text=comment, author=author, initials="".join(w[0] for w in author.split()[:2]))
                return
    return h


# j03 - EHR export, PTSD coded to the category only (F43.1); prior codes billable
f = psych_plan(3, D(2026, 2, 2), D(2026, 3, 10), C("Delphine Arceneaux", D(1958, 12, 11), "2RN5-EK7-TY64"),
               "Bayou Crest Counseling, PLLC", {"name": "Ignatius Porter", "cred": "LPC"}, variant=1,
               house={"heading": "bar", "font": "Segoe UI", "size": 10}, header=("{agency}  |  {name}  |  DOB {dob}  |  MBI {mid}", "Printed from the EHR - confidential health information - page numbers omitted"),
               ident_style="table2", goal_style="blocks", svc_style="table", sig_style="stamp", ds="iso",
               labels={"client": "Individual served", "mid": "Medicare Beneficiary Identifier", "plan_date": "Plan Date"},
               dx=[{"code": "F43.1", "desc": "Post-traumatic stress disorder", "primary": True},
                   {"code": "F34.1", "desc": "Dysthymic disorder", "primary": False}],
               dx_hist=[["Historical", "F43.10", "Post-traumatic stress disorder, unspecified", "PCP problem list 2023"],
                        ["Ruled out", "F31.81", "Bipolar II disorder", "Psychiatric consult 2021"],
                        ["Historical", "F10.20", "Alcohol dependence, uncomplicated", "Detox admission 2019 - in sustained remission"]],
               measures=[["PCL-5", "52", "2026-01-26", "Probable PTSD"], ["PHQ-9", "13", "2026-01-26", "Moderate"],
                         ["PCL-5 (VA clinic)", "61", "2025-08-04", "Probable PTSD"]],
               hpi=["Ms. Arceneaux describes nightmares 5 nights a week, intrusive memories of a 2024 home invasion, avoidance of "
                    "her former neighborhood and shopping centers, startle, and irritability with her partner.",
                    "She completed 6 sessions of prolonged exposure in 2025 at another clinic (twice weekly, 90 minutes) and stopped "
                    "when she moved. Prazosin 2 mg at bedtime was started by her PCP in December."],
               meds=[["Prazosin", "2 mg", "PO", "At bedtime"], ["Sertraline", "150 mg", "PO", "Daily"],
                     ["Metformin", "500 mg", "PO", "Twice a day with meals"], ["Atorvastatin", "20 mg", "PO", "Nightly"]],
               docx_hooks=[hook_tracked("Partner agreed to attend session 4.", "Partner declined to attend.", "Ignatius Porter", "2026-02-02")],
               order=["title", "identifying", "presenting", "measures", "dx_hist", "prior_tx", "meds", "labs", "family", "social",
                      "mse", "risk", "PB", "plan", "formulation", "crisis", "consent"])
f["services"][0].update({"amount": "60 minutes", "freq": "once a week", "dur": "16 weeks", "staff": "Ignatius Porter, LPC"})
f["services"][0]["name"] = "Individual psychotherapy (Cognitive Processing Therapy)"
f["duration"] = "16 weeks"
f["gaps"] = [["diagnosis-code-not-billable"]]
f["notes"] = ("Gap: the plan's primary diagnosis is written F43.1, the PTSD category, not a billable code; the billable F43.10 appears only "
              "in the diagnostic history. EHR export: identifiers in the page header, shaded bar headings, goals as per-problem tables "
              "with nested objective tables, e-signature stamps, a tracked-change amendment.")
add(f)

# j04 - PA clinic; the plan's client signature line is blank; the client signed the consent earlier in the packet
f = psych_plan(4, D(2025, 10, 6), D(2025, 11, 18), C("Thaddeus Grünewald", D(1963, 2, 27), "9KD3-MM8-QA15", "he"),
               "Allegheny Ridge Outpatient Clinic", {"name": "Sunniva Halvorsen", "cred": "LPC"}, states=["pa-55-5200"],
               house={"heading": "numbered"}, ident_style="inline", goal_style="pgo_table", svc_style="table", sig_style="typed",
               labels={"client": "Consumer", "mid": "Member #", "plan_date": "ITP date", "admit": "Date of intake"},
               psychiatrist="Ravindra Seshadri",
               order=["title", "consent", "consent_signed", "identifying", "presenting", "prior_tx", "substance", "meds", "family",
                      "social", "mse", "risk", "measures", "letter", "formulation", "PB", "plan"])
f["admit"] = D(2025, 9, 22)
f["consent_date"] = D(2025, 9, 22)
f["sigs"][1] = sig("client", "Consumer signature", "", signed=False)
f["gaps"] = [["signature-missing"]]
f["notes"] = ("Gap: the consumer's signature line on the plan is blank (PA 5200.31 requires the individual's signature). The consumer "
              "signed the consent page at intake earlier in the packet; that is not a signature on the plan. Numbered-section layout, "
              "problem/goal/objective table with merged problem cells, typed /s/ signatures.")
add(f)

# j05 - plan older than one year on the date of service
f = psych_plan(5, D(2024, 12, 2), D(2026, 1, 20), C("Gwendolyn Achterberg", D(1955, 7, 14), "5WE8-HT3-RC92"),
               "Prairie Wind Psychological Services", {"name": "Cornelius Mbatha", "cred": "PhD"},
               house={"heading": "word", "font": "Times New Roman"}, goal_style="numbered", svc_style="sentences", sig_style="box",
               labels={"client": "Patient name", "mid": "Medicare #", "plan_date": "Treatment plan date", "admit": "Intake"},
               duration="11 months (through 11/01/2025)",
               order=["title", "identifying", "presenting", "prior_tx", "meds", "labs", "family", "social", "mse", "risk",
                      "measures", "formulation", "plan", "crisis", "consent"])
f["services"][0]["dur"] = "11 months"
f["reviews"] = [(D(2025, 3, 3), False, "review"), (D(2025, 6, 2), False, "review")]
f["labels"]["review"] = "Scheduled review"
f["gaps"] = [["plan-outdated"]]
f["notes"] = ("Gap: the plan was established 12/02/2024 and no completed review is recorded; on the as-of date 2026-01-20 it is 414 days "
              "old (> 365). Intake assessment with the plan near the end, signature attestation boxes.")
add(f)

# j06 - PA: plan completed 42 days after intake
f = psych_plan(6, D(2025, 10, 20), D(2025, 11, 30), C("Ezekiel Montgomery-Shaw", D(1952, 4, 8), "3PA7-NN2-LX40", "he"),
               "Keystone Valley Mental Health", {"name": "Philippa Drummond", "cred": "LCSW"}, states=["pa-55-5200"],
               house={"heading": "caps"}, ident_style="table4", goal_style="numbered", svc_style="table", sig_style="table",
               labels={"client": "Client", "mid": "Medicare ID", "plan_date": "Date of plan", "admit": "Intake / admission date"},
               psychiatrist="Anselm Oyelowo",
               free=[("Assessment sessions", ["Session 1 (09/08/2025): intake interview and screening. Session 2 (09/22/2025): "
                                              "history and collateral. Session 3 (10/06/2025): testing feedback. The client "
                                              "was hospitalized 09/25-10/01/2025 for pneumonia and missed one appointment."])],
               order=["title", "identifying", "free", "presenting", "prior_tx", "dx_hist", "meds", "labs", "family", "social",
                      "mse", "risk", "measures", "auth", "formulation", "plan", "consent"],
               auth_rows=[["MH-2291844", "90837 individual psychotherapy", "24 visits", "01/02/2023", "12/31/2023", "Closed"],
                          ["MH-3005127", "90791 diagnostic evaluation", "1", "09/08/2025", "10/08/2025", "Used"]])
f["admit"] = D(2025, 9, 8)
f["gaps"] = [["plan-late"]]
f["notes"] = ("Gap: intake 09/08/2025, plan dated 10/20/2025 - 42 days, beyond the 30 days of 55 Pa. Code 5200.31. "
              "Distractors include assessment-session dates, a hospital stay and an old authorization period. Caps headings, numbered goals.")
add(f)

# j07 - clinician signs without a credential; other clinicians named with credentials
f = psych_plan(7, D(2026, 1, 27), D(2026, 3, 2), C("Marguerite Okafor-Lindt", D(1960, 10, 30), "6CF4-JJ9-WU23"),
               "Silver Lake Family Services", {"name": "Jordan Avery", "cred": None},
               house={"heading": "word", "font": "Cambria"}, ident_style="table2", goal_style="pgo_table", svc_style="sentences",
               sig_style="typed", ds="long",
               labels={"client": "Member", "mid": "Member ID", "plan_date": "Plan established"},
               letter_writer="Beatrix Lemaire", letter_cred="DO", letter_org="Silver Lake Internal Medicine",
               order=["title", "letter", "identifying", "presenting", "prior_tx", "dx_hist", "meds", "family", "social", "mse",
                      "risk", "measures", "formulation", "plan", "crisis", "consent"])
f["services"][0]["staff"] = "Jordan Avery"
f["sigs"][0]["label"] = "Therapist"
f["gaps"] = [["credential-missing"]]
f["notes"] = ("Gap: the treating clinician's signature (Jordan Avery) carries no credential; other people in the document "
              "(referring DO, prior MD/LCSW/LPC providers) have credentials. Referral letter first, long-date format, typed signatures.")
add(f)

# j08 - PA: step-down from IOP to outpatient, transition document with the new outpatient plan; clean
f = psych_plan(8, D(2026, 2, 9), D(2026, 3, 16), C("Bartholomew Nkemelu", D(1959, 1, 19), "8MV6-TR5-GH57", "he"),
               "Cumberland Behavioral Health", {"name": "Rosalind Achebe", "cred": "LCSW"}, states=["pa-55-5200"], variant=0,
               house={"heading": "bar"}, ident_style="table4", goal_style="blocks", svc_style="table", sig_style="box",
               labels={"client": "Client", "mid": "MBI", "plan_date": "Outpatient plan date", "admit": "Outpatient admission"},
               psychiatrist="Lorenza Whitfield",
               transition={"program": "Adult Intensive Outpatient Program", "start": D(2025, 12, 1), "end": D(2026, 2, 6),
                           "schedule": "3 hours per day, 3 days per week (group), individual 1x/week",
                           "dx": "F33.2 Major depressive disorder, recurrent severe without psychotic features",
                           "by": "Evander Colquitt, LPC",
                           "course": "Mr. Nkemelu attended 27 of 29 IOP days. His PHQ-9 fell from 24 at admission to 14 at discharge. "
                                     "Suicidal ideation resolved by week 3. Medication was adjusted by the program psychiatrist "
                                     "(bupropion XL 300 mg daily added).",
                           "goals": [["Attend at least 90% of IOP days", "Met"],
                                     ["Reduce PHQ-9 from 24 to below 15", "Met (14 on 02/04/2026)"],
                                     ["Develop a written relapse prevention plan", "Met"]],
                           "aftercare": ["Step down to outpatient psychotherapy at Cumberland (plan below)",
                                         "Psychiatric follow-up with Dr. Whitfield every 4 weeks",
                                         "NAMI peer support group (community, not billed)"]},
               order=["title", "transition", "PB", "identifying", "presenting", "meds", "family", "social", "mse", "risk",
                      "measures", "plan", "consent"])
f["admit"] = D(2026, 2, 9)
f["dx"][0] = {"code": "F33.1", "desc": "Major depressive disorder, recurrent, moderate", "primary": True}
f["notes"] = ("Clean. IOP discharge summary (its own dates, schedule, diagnosis F33.2, goals met, discharge signature) followed by "
              "the outpatient plan established on the day of the step-down. Bar headings, per-problem tables with nested objective "
              "tables, attestation boxes including the psychiatrist's approval.")
add(f)

# j10 - psychiatry evaluation with med management plus psychotherapy add-on; clean; comments
f = psych_plan(10, D(2025, 12, 15), D(2026, 2, 2), C("Leocadia Ferreira-Pinto", D(1957, 3, 5), "1AB2-CD3-EF45"),
               "Northfield Psychiatric Associates", {"name": "Solomon Adeyemi", "cred": "MD", "npi": make_npi(random.Random(10))},
               variant=2, house={"heading": "word"}, ident_style="table4", goal_style="numbered", svc_style="table",
               sig_style="stamp", doc_title="Psychiatric Evaluation and Treatment Plan",
               labels={"client": "Pt", "mid": "Medicare ID", "plan_date": "Date of evaluation / plan"},
               docx_hooks=[hook_comment("Goal 1:", "Consider adding a driving log to document the exposure steps.", "Ines Carvalho")],
               order=["title", "identifying", "presenting", "prior_tx", "dx_hist", "substance", "meds", "labs", "family",
                      "social", "mse", "risk", "measures", "formulation", "plan", "consent"])
f["dx"] = [{"code": "F41.0", "desc": "Panic disorder [episodic paroxysmal anxiety]", "primary": True},
           {"code": "F32.1", "desc": "Major depressive disorder, single episode, moderate", "primary": False}]
f["services"] = [{"name": "Psychotherapy add-on with E/M visit", "code": "90833", "amount": "30 minutes", "freq": "every 2 weeks",
                  "dur": "6 months", "staff": "Solomon Adeyemi, MD"},
                 {"name": "Individual psychotherapy (CBT for panic)", "code": "90834", "amount": "45 minutes", "freq": "weekly",
                  "dur": "6 months", "staff": "Tamsin Reyes-Ober, LCSW"}]
f["notes"] = ("Clean. Psychiatric evaluation with substance history, labs, medications, ruled-out diagnoses; plan with two "
              "psychotherapy services each with amount/frequency/duration; a reviewer comment in the margin.")
add(f)

# j11 - diagnosis deferred in the plan; only historical, ruled-out and family codes appear
f = psych_plan(11, D(2026, 1, 6), D(2026, 2, 10), C("Cordelia Ashworth-Bey", D(1962, 8, 22), "4LK7-PW2-ZB81"),
               "Riverbend Counseling Group", {"name": "Augustin Pelletier", "cred": "LMFT"},
               house={"heading": "caps", "font": "Calibri"}, ident_style="lines", goal_style="numbered", svc_style="table",
               sig_style="table",
               labels={"client": "Client", "mid": "Medicare number", "plan_date": "Initial plan date"},
               dx_text="Deferred. Diagnostic impressions will be finalized after the neuropsychological testing scheduled for "
                       "02/03/2026; see the diagnostic history for prior diagnoses (not confirmed at this time).",
               order=["title", "identifying", "presenting", "dx_hist", "prior_tx", "meds", "labs", "family", "social", "mse",
                      "risk", "measures", "letter", "formulation", "plan", "consent"])
f["dx"] = []
f["dx_title"] = "Diagnostic Impression"
f["formulation"] = ["Ms. Ashworth-Bey reports low mood, worry and memory complaints. The differential includes a depressive "
                    "disorder, an anxiety disorder and a mild neurocognitive disorder; no diagnosis is assigned until testing is "
                    "complete. Weekly psychotherapy is recommended meanwhile."]
f["gaps"] = [["diagnosis-missing"]]
f["notes"] = ("Gap: the plan's diagnosis is 'Deferred'; the only codes in the document are historical/ruled-out diagnoses, family "
              "history codes and a referral letter, none of which is the plan's diagnosis. Caps headings, plain label lines.")
add(f)


# ---------- substance use disorder (base-treatment-plan + a state profile) ----------

def sud_goals(P, first, days, mat=False):
    g = [
        {"problem": "Opioid use disorder with recent daily fentanyl use" if mat else "Alcohol use with loss of control and withdrawal",
         "stmt": f"{first} will stop using {'non-prescribed opioids' if mat else 'alcohol'} and build a recovery routine.",
         "objectives": [
             {"stmt": f"{first} will provide negative urine drug screens for {'fentanyl and other non-prescribed opioids' if mat else 'alcohol (EtG)'} on every test for 4 consecutive weeks.", "target_date": td(P, days)},
             {"stmt": f"{first} will write a relapse prevention plan naming 3 personal triggers and a coping response for each, and review it with the counselor.", "target_date": td(P, min(21, days))},
             {"stmt": f"{first} will attend at least 3 mutual-help meetings per week, as shown on a signed attendance sheet.", "target_date": td(P, days)}],
         "interventions": ["Individual counseling (relapse prevention, MI) - 2 sessions per week", "Group counseling - daily"]},
        {"problem": "Depressed mood and poor sleep",
         "stmt": f"{first} will have steadier mood and sleep.",
         "objectives": [
             {"stmt": f"{first} will lower the PHQ-9 score from 16 to 9 or below.", "target_date": td(P, days)},
             {"stmt": f"{first} will sleep at least 6 hours on 5 of 7 nights, as recorded in a sleep log.", "target_date": td(P, min(28, days))}],
         "interventions": ["Psychiatric evaluation and medication management - weekly", "Sleep hygiene education group - weekly"]},
        {"problem": "Housing and recovery environment",
         "stmt": f"{first} will have a safe, substance-free place to live after this level of care.",
         "objectives": [
             {"stmt": f"{first} will complete and submit 2 applications to recovery residences.", "target_date": td(P, min(20, days))}],
         "interventions": ["Case management - 1 contact per week"]}]
    return g


def sud_plan(num, P, asof, client, agency, state, clin, **kw):
    first = client["name"].split()[0]
    days = kw.pop("obj_days", 21)
    mat = kw.pop("mat", False)
    f = {
        "num": num, "file": f"j{num:02d}_plan.docx", "fmt": "docx", "lib": "bh", "disc": "sud", "seed": 2500 + num,
        "payer": "base-treatment-plan", "states": [state], "asof": asof, "agency": agency, "client": client,
        "plan_date": P, "admit": td(P, -4), "duration": "28 days (projected length of stay)",
        "dx": [{"code": "F11.20" if mat else "F10.20", "desc": "Opioid dependence, uncomplicated" if mat else "Alcohol dependence, uncomplicated", "primary": True},
               {"code": "F32.1", "desc": "Major depressive disorder, single episode, moderate", "primary": False},
               {"code": "F17.210", "desc": "Nicotine dependence, cigarettes, uncomplicated", "primary": False}],
        "goals": sud_goals(P, first, days, mat),
        "services": [{"name": "Individual counseling", "code": "H0004", "amount": "45 minutes", "freq": "2 times per week", "dur": "length of stay", "staff": clin["name"] + ", " + clin["cred"]},
                     {"name": "Group counseling", "code": "H0005", "amount": "60 minutes", "freq": "daily, Monday-Friday", "dur": "length of stay", "staff": "Counseling staff"},
                     {"name": "Case management", "code": "T1016", "amount": "15-minute units, up to 4 units", "freq": "weekly", "dur": "length of stay", "staff": "Case manager"}],
        "reviews": [(td(P, 14), False, "review")],
        "sigs": [sig("clinician", "Primary counselor", clin["name"], clin["cred"], P),
                 sig("client", "Client", client["name"], None, P)],
        "meds": [["Naltrexone" if not mat else "Buprenorphine/naloxone", "50 mg" if not mat else "8 mg/2 mg", "PO" if not mat else "SL",
                  "Once daily" if not mat else "Twice a day"],
                 ["Gabapentin", "300 mg", "PO", "Three times a day"], ["Thiamine", "100 mg", "PO", "Daily"],
                 ["Nicotine patch", "21 mg/24 h", "Transdermal", "Daily"], ["Ondansetron", "4 mg", "PO", "Every 8 hours as needed for nausea"]],
        "dx_hist": [["Historical", "F10.239", "Alcohol dependence with withdrawal, unspecified", "Detox 2023"],
                    ["Ruled out", "F31.9", "Bipolar disorder, unspecified", "Psychiatric consult 2022"],
                    ["Historical", "F14.20", "Cocaine dependence, uncomplicated", "Outpatient program 2019 - in remission"]],
        "family": ["Father: alcohol dependence (F10.2), in recovery", "Mother: generalized anxiety disorder (F41.1)",
                   "Paternal uncle: Z81.1 family history of alcohol abuse and dependence",
                   "Sister: opioid use disorder, died of overdose in 2021"],
        "hpi": [f"{first} reports {'daily fentanyl use, about 1 g a day, smoked and sometimes injected' if mat else 'daily drinking of 8-12 standard drinks'} "
                f"for the past 18 months with withdrawal when stopping, failed attempts to cut down, loss of a job and conflict with family.",
                f"{first} was referred by {kw.get('referrer', 'the hospital emergency department')} after {'a non-fatal overdose' if mat else 'a withdrawal seizure'}."],
        "prior_kind": "sud", "primary_sub": "opioid" if mat else "alcohol",
        "formulation": [f"{first} meets criteria for a severe {'opioid' if mat else 'alcohol'} use disorder with co-occurring depressive symptoms. "
                        f"The ASAM assessment supports the level of care below."],
        "measures": [["PHQ-9", "16", fd(td(P, -3)), "Moderately severe"], ["AUDIT", "29" if not mat else "6", fd(td(P, -3)), "Likely dependence" if not mat else "Low risk"],
                     ["DAST-10", "8" if mat else "3", fd(td(P, -3)), "Substantial" if mat else "Moderate"]],
        "labels": {"client": "Client", "mid": "Medicaid ID", "plan_date": "Plan date", "admit": "Admission date", "loc": "Level of care"},
        "order": ["title", "identifying", "presenting", "substance", "asam", "withdrawal", "prior_tx", "dx_hist", "meds", "labs",
                  "family", "social", "mse", "risk", "measures", "formulation", "PB", "plan", "consent"],
        "plan_order": ["head", "dx", "goals", "svc", "reviews", "sigs"],
        "doc_title": "Comprehensive Assessment and Treatment Plan",
        "wd_scale": "COWS" if mat else "CIWA-Ar",
        "gaps": [], "unsure": [], "notes": "",
    }
    f.update(kw)
    return f


# ---- New York OASAS inpatient rehabilitation (plan within 7 days; physician within 10 days of admission)
f = sud_plan(12, D(2025, 11, 14), D(2025, 12, 1), C("Caspian Wolcott", D(1984, 6, 2), "NY44190827", "he"), "Hudson Highlands Recovery Center",
             "ny-oasas-818", {"name": "Imogen Castellane", "cred": "CASAC"},
             loc="Inpatient rehabilitation", house={"heading": "word"}, ident_style="table4", goal_style="pgo_table", sig_style="table",
             labels={"client": "Patient", "mid": "Medicaid CIN", "plan_date": "Treatment plan date", "admit": "Admission date", "loc": "Service"})
f["admit"] = D(2025, 11, 10)
f["sigs"].append(sig("physician", "Physician review", "Bertrand Osei", "MD", D(2025, 11, 17)))
f["notes"] = ("Clean. Inpatient rehabilitation: admission 11/10/2025, plan 11/14 (4 days), physician review signed 11/17 (7 days). "
              "Long intake with ASAM table, withdrawal log with nurse names, prior episodes, medication frequencies, family codes.")
add(f)

f = sud_plan(13, D(2026, 1, 16), D(2026, 2, 10), C("Marisela Quintanilla", D(1979, 3, 18), "NY55281104"), "Catskill Gateway Rehabilitation",
             "ny-oasas-818", {"name": "Desmond Achterberg", "cred": "CASAC, LMSW"}, mat=True,
             loc="Inpatient rehabilitation", house={"heading": "caps"}, ident_style="table2", goal_style="numbered", sig_style="stamp",
             labels={"client": "Resident", "mid": "CIN", "plan_date": "Plan completed", "admit": "Admitted"},
             free=[("Admission History and Physical", ["H&P completed on the day of admission by Wilhelmina Sato, MD: vital signs stable, "
                                                      "COWS 12, hepatitis C antibody positive, buprenorphine induction started. "
                                                      "Electronically signed by Wilhelmina Sato, MD on 01/12/2026."])],
             order=["title", "free", "identifying", "presenting", "substance", "asam", "withdrawal", "uds", "prior_tx", "dx_hist",
                    "meds", "labs", "family", "social", "mse", "risk", "measures", "formulation", "plan", "consent"])
f["admit"] = D(2026, 1, 12)
f["sigs"].append(sig("physician", "Physician review and approval of treatment plan", "Wilhelmina Sato", "MD", D(2026, 1, 26)))
f["gaps"] = [["signature-late"]]
f["notes"] = ("Gap: the physician reviewed and signed the treatment plan on 01/26/2026, 14 days after admission (01/12/2026); "
              "14 NYCRR 818.5 requires it within 10 days. The same physician's H&P signature of admission day is a distractor. "
              "Caps headings, numbered goals, e-signature stamps.")
add(f)

# ---- Florida 65D-30 (deadline by level of care; supervisor countersign within 10 days)
f = sud_plan(15, D(2025, 9, 15), D(2025, 10, 20), C("Osvaldo Berrios", D(1990, 12, 9), "FL0098812345", "he"), "Suncoast Recovery Residences",
             "fl-65d-30", {"name": "Annalise Fontaine", "cred": "CAC"}, loc="Residential Level 2",
             house={"heading": "bar"}, ident_style="table4", goal_style="blocks", sig_style="table",
             labels={"client": "Individual", "mid": "Medicaid ID", "plan_date": "Date of treatment plan", "admit": "Placement date", "loc": "Level of care"})
f["admit"] = D(2025, 9, 3)
f["duration"] = "60-90 days (projected length of stay)"
f["sigs"].append(sig("supervisor", "Qualified professional review", "Leopold Brannigan", "LMHC", D(2025, 9, 19)))
f["notes"] = ("Clean. Residential level 2: placement 09/03/2025, plan 09/15 (12 days <= 15); QP countersigned 09/19 (4 days). "
              "Bar headings, goal blocks with nested objective tables.")
add(f)

f = sud_plan(16, D(2026, 2, 6), D(2026, 2, 25), C("Tatiana Volkonskaya", D(1987, 11, 1), "FL0077120456"), "Gulf Breeze Detox and Stabilization",
             "fl-65d-30", {"name": "Maximilian Oduya", "cred": "CAP"}, loc="Intensive Inpatient", obj_days=10,
             house={"heading": "word"}, ident_style="inline", goal_style="pgo_table", sig_style="typed",
             labels={"client": "Client", "mid": "Medicaid #", "plan_date": "Plan date", "admit": "Admission", "loc": "Level of care"})
f["admit"] = D(2026, 2, 1)
f["duration"] = "14 days"
f["sigs"].append(sig("supervisor", "Qualified professional", "Henrietta Lachance", "LCSW", D(2026, 2, 9)))
f["gaps"] = [["plan-late"]]
f["notes"] = ("Gap: intensive inpatient level of care: admission 02/01/2026, plan 02/06/2026 - 5 days, beyond the 3 days of "
              "65D-30.0044. Other dates (withdrawal log, prior episodes) are distractors.")
add(f)

f = sud_plan(17, D(2025, 12, 8), D(2026, 1, 5), C("Anselmo Rutherford", D(1975, 5, 25), "FL0033387612", "he"), "Palmetto Day Treatment Center",
             "fl-65d-30", {"name": "Georgiana Pike", "cred": "CAP"}, loc="Day or night treatment", obj_days=45,
             house={"heading": "numbered", "font": "Arial"}, ident_style="table2", goal_style="numbered", sig_style="box",
             labels={"client": "Client", "mid": "Medicaid ID", "plan_date": "Plan date", "admit": "Admission date", "loc": "Level of care"})
f["admit"] = D(2025, 12, 1)
f["duration"] = "8 weeks"
f["goals"][1]["objectives"][0] = {"stmt": "Anselmo will gain insight into how his mood affects his drinking.", "target_date": td(D(2025, 12, 8), 45)}
f["gaps"] = [["objective-not-measurable"]]
f["notes"] = ("Gap: objective 2a ('will gain insight into how his mood affects his drinking') names no measure or level; 65D-30.0044 "
              "requires measurable behavioral objectives. Day treatment: admission 12/01, plan 12/08 (7 <= 10 days). No countersignature "
              "(author is a CAP). Numbered headings, attestation boxes.")
add(f)

# ---- California narcotic treatment program (28 days; review every 3 months; countersign within 14 days)
ca_services = [{"name": "Methadone dosing (medication unit)", "code": "H0020", "amount": "1 dose (currently 80 mg)", "freq": "daily, observed", "dur": "ongoing, reviewed every 90 days", "staff": "Dispensing nurse"},
               {"name": "Individual counseling", "code": "H0004", "amount": "50 minutes", "freq": "at least 2 sessions per month", "dur": "90 days", "staff": "Primary counselor"},
               {"name": "Group counseling", "code": "H0005", "amount": "60 minutes", "freq": "weekly", "dur": "90 days", "staff": "Counseling staff"}]

f = sud_plan(18, D(2025, 10, 27), D(2025, 12, 10), C("Florencio Dimaculangan", D(1971, 1, 30), "91234567A", "he"), "Bay Harbor Opioid Treatment Program",
             "ca-title9-ntp", {"name": "Priyanka Raman", "cred": "CADC-II"}, mat=True, obj_days=75, program="Methadone maintenance",
             house={"heading": "word"}, ident_style="table4", goal_style="pgo_table", sig_style="table",
             labels={"client": "Patient", "mid": "Medi-Cal CIN", "plan_date": "Initial treatment plan date", "admit": "Admission to maintenance", "review": "Next treatment plan update due"},
             meds=[["Methadone", "80 mg", "PO", "Daily (observed)"], ["Sertraline", "50 mg", "PO", "Daily"], ["Lisinopril", "20 mg", "PO", "Daily"]])
f["admit"] = D(2025, 10, 6)
f["services"] = copy.deepcopy(ca_services)
f["duration"] = None
f["reviews"] = [(D(2026, 1, 5), False, "review")]
f["sigs"] += [sig("supervisor", "Supervising counselor", "Gideon Marchetti", "LAADC", D(2025, 11, 3)),
              sig("physician", "Medical director", "Anjali Deshpande", "MD", D(2025, 11, 5))]
f["notes"] = ("Clean. NTP initial plan: admission 10/06/2025, plan 10/27 (21 <= 28 days), next update 01/05/2026 (91 days after "
              "admission), supervising counselor 11/03 (7 days) and medical director 11/05 (9 days). Dosing history and UDS are distractors.")
f["order"] = ["title", "identifying", "presenting", "substance", "asam", "uds", "prior_tx", "dx_hist", "meds", "labs", "family",
              "social", "mse", "risk", "measures", "formulation", "plan", "consent"]
add(f)

f = sud_plan(19, D(2026, 1, 20), D(2026, 2, 15), C("Henrike Sorensen", D(1982, 8, 16), "92345678B"), "Inland Valley Narcotic Treatment Program",
             "ca-title9-ntp", {"name": "Rafael Castellanos", "cred": "CADC-I"}, mat=True, obj_days=80, program="Methadone maintenance",
             house={"heading": "caps"}, ident_style="lines", goal_style="numbered", sig_style="stamp",
             labels={"client": "Patient", "mid": "Medi-Cal ID", "plan_date": "Plan date", "admit": "Admission", "review": "Next plan update"},
             prior_goal_rows=[["Stabilize dose without sedation (induction phase)", "Met", "01/14/2026"],
                              ["Attend orientation group 2 times", "Met", "01/09/2026"]],
             prior_reviewer="induction notes of Rafael Castellanos, CADC-I",
             order=["title", "identifying", "presenting", "substance", "uds", "prior_goals", "prior_tx", "meds", "family", "social",
                    "mse", "risk", "measures", "formulation", "plan", "consent"])
f["admit"] = D(2026, 1, 5)
f["services"] = copy.deepcopy(ca_services)
f["duration"] = None
f["reviews"] = [(D(2026, 7, 20), False, "review")]
f["sigs"] += [sig("supervisor", "Supervising counselor", "Ophelia Drummond", "LAADC", D(2026, 1, 26)),
              sig("physician", "Medical director", "Nikolai Petrov", "DO", D(2026, 1, 29))]
f["gaps"] = [["review-interval-exceeded"]]
f["notes"] = ("Gap: the next plan update is set for 07/20/2026, 196 days after admission (01/05/2026) and 181 after the plan; "
              "tit. 9 10305 requires updates at least every 3 months (92 days). Caps headings, numbered goals, e-stamps.")
add(f)

f = sud_plan(21, D(2025, 7, 14), D(2025, 10, 30), C("Leandro Figueroa-Hale", D(1968, 4, 4), "93456789C", "he"), "Sierra Foothills Methadone Clinic",
             "ca-title9-ntp", {"name": "Wendell Ostrander", "cred": "CADC-II"}, mat=True, obj_days=60, program="Methadone maintenance",
             house={"heading": "bar"}, ident_style="table2", goal_style="blocks", sig_style="table",
             labels={"client": "Patient", "mid": "Medi-Cal CIN", "plan_date": "Plan effective date", "admit": "Admission", "review": "Treatment plan update due"},
             free=[("Dose History", ["Induction 06/23/2025 at 30 mg; increased by 5-10 mg every 3-5 days to 90 mg on 07/25/2025. "
                                     "Take-home doses: none (phase 1). Missed doses: 2 in August."]),
                   ("Quarterly review history", ["A prior episode at this clinic (2019-2021) had quarterly reviews on 03/02/2020, "
                                                 "06/01/2020, 08/31/2020 and 11/30/2020, all completed; that episode ended 02/2021."])],
             order=["title", "identifying", "presenting", "free", "substance", "uds", "prior_tx", "meds", "labs", "family", "social",
                    "mse", "risk", "measures", "formulation", "plan", "consent"])
f["admit"] = D(2025, 6, 23)
f["services"] = copy.deepcopy(ca_services)
f["duration"] = None
f["reviews"] = [(D(2025, 9, 22), False, "review")]
f["sigs"] += [sig("supervisor", "Supervising counselor", "Yesenia Tillman", "LAADC", D(2025, 7, 18)),
              sig("physician", "Medical director", "Corinne Abernathy", "MD", D(2025, 7, 21))]
f["gaps"] = [["review-overdue"]]
f["notes"] = ("Gap: the plan update was due 09/22/2025 (91 days after admission 06/23/2025) and no completed update is recorded; on "
              "the as-of date 2025-10-30 it is 38 days overdue. The completed quarterly reviews belong to a 2019-2021 episode.")
add(f)

# ---- Texas 26 TAC 564
f = sud_plan(22, D(2025, 8, 18), D(2025, 9, 20), C("Rosalind Abernathy", D(1993, 9, 12), "TX518827364"), "Lone Star Recovery Ranch",
             "tx-26tac-564", {"name": "Bram Kettering", "cred": "LCDC"}, loc="Residential", obj_days=25,
             house={"heading": "word", "font": "Georgia"}, ident_style="table4sdt", goal_style="pgo_table", sig_style="box",
             labels={"client": "Client", "mid": "Medicaid ID", "plan_date": "Plan date", "admit": "Admit date", "loc": "Level of service"})
f["admit"] = D(2025, 8, 14)
f["duration"] = "30 days"
f["labels"]["duration"] = "Projected length of stay"
f["notes"] = ("Clean. Residential CD: goals with measurable, dated objectives, strategies with type and frequency, projected length "
              "of stay, client and counselor signatures dated; attestation boxes.")
add(f)

f = sud_plan(23, D(2026, 1, 12), D(2026, 2, 20), C("Kristoffer Lindqvist", D(1988, 2, 3), "TX600011223", "he"), "Big Thicket Treatment Services",
             "tx-26tac-564", {"name": "Mei Nakagawa", "cred": "LCDC"}, loc="Intensive residential", obj_days=20,
             house={"heading": "caps"}, ident_style="inline", goal_style="numbered", sig_style="typed",
             labels={"client": "Client", "mid": "Medicaid #", "plan_date": "Date", "admit": "Admission", "loc": "Level of care"},
             consent_date=D(2026, 1, 9),
             order=["title", "consent", "consent_signed", "identifying", "presenting", "substance", "asam", "withdrawal", "prior_tx",
                    "dx_hist", "meds", "labs", "family", "social", "mse", "risk", "measures", "formulation", "plan"])
f["admit"] = D(2026, 1, 9)
f["sigs"][1]["date"] = None
f["gaps"] = [["signature-missing"]]
f["notes"] = ("Gap: the client signed the plan but did not date the signature (26 TAC 564.804: client signs and dates); the dated "
              "consent signature at admission is a distractor. Typed signatures, numbered goals.")
add(f)

f = sud_plan(24, D(2025, 10, 2), D(2025, 11, 1), C("Evangelina Ruiz-Tapia", D(1996, 6, 28), "TX733310098"), "Panhandle Outpatient Recovery",
             "tx-26tac-564", {"name": "Fabian Eberhart", "cred": "LCDC"}, loc="Intensive outpatient", obj_days=40,
             house={"heading": "bar", "font": "Verdana", "size": 9}, ident_style="table2", goal_style="blocks", sig_style="table",
             labels={"client": "Client", "mid": "Medicaid ID", "plan_date": "Treatment plan date", "admit": "Admission", "loc": "Program"})
f["admit"] = D(2025, 9, 26)
f["duration"] = "12 weeks"
f["services"][1] = {"name": "Relapse prevention group", "code": "H0005", "amount": "90 minutes", "freq": None, "dur": "12 weeks", "staff": "Counseling staff"}
f["gaps"] = [["frequency-missing"]]
f["notes"] = ("Gap: the relapse prevention group (H0005) has no frequency; medication frequencies (naltrexone once daily, gabapentin three "
              "times a day) and prior-episode frequencies are not service frequencies. Bar headings, goal blocks.")
add(f)


# ---------- outpatient therapy (medicare-outpatient-therapy) ----------

def therapy_plan(num, P, asof, client, agency, disc, therapist, md, **kw):
    first = client["name"].split()[0]
    f = {
        "num": num, "file": f"j{num:02d}_plan.docx", "fmt": "docx", "lib": "therapy", "disc": disc, "seed": 2500 + num,
        "payer": "medicare-outpatient-therapy", "states": [], "asof": asof, "agency": agency, "client": client,
        "plan_date": P, "first_tx": P, "period": (P, td(P, 89)), "freq": "2x/week", "duration": "8 weeks",
        "labels": {"client": "Patient", "mid": "MBI", "plan_date": "Evaluation date", "first_tx": "Start of care",
                   "period": "Certification period"},
        "sigs": [sig("clinician", "Therapist", therapist["name"], therapist["cred"], P, npi=therapist.get("npi")),
                 sig("physician", "Certifying physician/NPP", md["name"], md["cred"], td(P, 9), npi=md.get("npi"))],
        "order": ["title", "referral", "history", "pmh", "tests", "assessment", "plan", "boiler"],
        "plan_order": ["head", "dx", "goals", "treatment", "sigs", "cert"],
        "goal_style": "therapy", "dx_style": "lines", "plan_title": "Plan of Care",
        "gaps": [], "unsure": [], "notes": "", "reviews": [],
    }
    f.update(kw)
    f.setdefault("doc_title", {"pt": "Physical Therapy Initial Evaluation and Plan of Care",
                               "ot": "Occupational Therapy Evaluation and Plan of Care",
                               "slp": "Speech-Language Pathology Evaluation and Plan of Care"}[disc])
    tk = [("Frequency", f["freq"])] if f.get("freq") else []
    if f.get("duration"):
        tk.append(("Duration", f["duration"]))
    tk.append(("Interventions", "; ".join(f"{s['code']} {s['name']}" for s in f["services"])))
    tk.append(("Rehab potential", "Good for stated goals"))
    tk += f.get("treatment_extra", [])
    f["treatment_kv"] = tk
    for s in f["services"]:
        s.setdefault("freq", f.get("freq"))
        s.setdefault("dur", f.get("duration"))
    return f


PT_SVCS = [{"name": "Therapeutic exercise", "code": "97110"}, {"name": "Neuromuscular re-education", "code": "97112"},
           {"name": "Gait training", "code": "97116"}, {"name": "Manual therapy", "code": "97140"},
           {"name": "Therapeutic activities", "code": "97530"}]


def pt_knee_goals(P):
    return [{"stmt": "Pt will ambulate 500 feet on level and uneven surfaces without an assistive device, independently, for community distances.",
             "target_date": td(P, 56),
             "objectives": [{"stmt": "Pt will increase right knee flexion AROM from 92 to 115 degrees.", "time_frame": "within 4 weeks"},
                            {"stmt": "Pt will ambulate 300 feet with a single-point cane, modified independent.", "time_frame": "within 4 weeks"}]},
            {"stmt": "Pt will climb 12 stairs with one rail reciprocally, independently, to reach the bedroom.",
             "target_date": td(P, 56),
             "objectives": [{"stmt": "Pt will complete the Timed Up and Go in under 14 seconds (baseline 21.4 s).", "time_frame": "within 4 weeks"}]},
            {"stmt": "Pt will improve the LEFS score from 28/80 to 55/80 or more.", "target_date": td(P, 56), "objectives": []}]


def pt_tests(P):
    return [("Range of Motion (degrees)", ["Joint / motion", "Right AROM", "Right PROM", "Left AROM"],
             [["Knee flexion", "92", "98", "135"], ["Knee extension", "-8", "-5", "0"], ["Hip flexion", "105", "110", "115"],
              ["Ankle DF", "8", "12", "12"]]),
            ("Strength (MMT)", ["Muscle group", "Right", "Left"],
             [["Quadriceps", "3+/5", "5/5"], ["Hamstrings", "4-/5", "5/5"], ["Hip abductors", "3+/5", "4+/5"], ["Gastroc", "4/5", "5/5"]]),
            ("Balance and Function", ["Test", "Score", "Norm / interpretation"],
             [["Timed Up and Go", "21.4 s (rolling walker)", "> 13.5 s: fall risk"], ["Berg Balance Scale", "39/56", "< 45: fall risk"],
              ["LEFS", "28/80", "Severe limitation"], ["30-second chair stand", "6", "Below norm (12-17)"]])]


# j25 - PT after total knee replacement; clean
f = therapy_plan(25, D(2026, 1, 12), D(2026, 2, 25), C("Augusta Pennington", D(1949, 11, 2), "1EG4-TE5-MK73"),
                 "Riverside Physical Therapy & Sports Medicine", "pt",
                 {"name": "Kendra Oyelaran", "cred": "PT, DPT", "npi": make_npi(random.Random(25))},
                 {"name": "Lucius Fairweather", "cred": "MD", "npi": make_npi(random.Random(125))},
                 services=copy.deepcopy(PT_SVCS), goals=pt_knee_goals(D(2026, 1, 12)), tests=pt_tests(D(2026, 1, 12)),
                 reason="right total knee arthroplasty with stiffness and gait deviation", onset=D(2025, 12, 2),
                 onset_what="right TKA at Mercy Ridge Hospital by Dr. Lucius Fairweather",
                 prior_episode="outpatient PT for left shoulder pain in 2022, 3x/week for 6 weeks at another clinic, discharged with goals met",
                 dx=[{"code": "Z96.651", "desc": "Presence of right artificial knee joint", "primary": True},
                     {"code": "Z47.1", "desc": "Aftercare following joint replacement surgery", "primary": False},
                     {"code": "R26.2", "desc": "Difficulty in walking, not elsewhere classified", "primary": False}],
                 pmh=["Primary osteoarthritis, right knee (M17.11) - now s/p TKA", "Essential hypertension (I10)",
                      "Type 2 diabetes without complications (E11.9)", "Left rotator cuff tendinopathy 2022 - resolved"],
                 tmeds=[["Apixaban", "2.5 mg", "Twice a day x 35 days post-op"], ["Oxycodone", "5 mg", "Every 6 hours as needed"],
                        ["Metformin", "1000 mg", "Twice a day"], ["Amlodipine", "5 mg", "Daily"]],
                 ref_md="Lucius Fairweather, MD (orthopedics)", ref_npi=make_npi(random.Random(125)), order_date=D(2025, 12, 30),
                 order_dx="Z96.651 Presence of right artificial knee joint", order_text="PT evaluate and treat, 2-3x/week x 6-8 weeks",
                 assessment=["Patient presents with decreased right knee ROM and strength, antalgic gait with a rolling walker and "
                             "impaired balance (Berg 39/56, TUG 21.4 s), limiting community ambulation and stair climbing. Skilled PT "
                             "is needed for progression of ROM, strengthening and gait/balance training."],
                 house={"heading": "word"}, ident_style="table4",
                 onset_date_shown=True)
f["onset"] = D(2025, 12, 2)
f["notes"] = ("Clean. Initial evaluation with plan of care: onset/surgery date 12/02/2025 (distractor), SOC 01/12/2026, cert period "
              "01/12-04/11/2026 (89 days), 2x/week for 8 weeks, certified by the MD on 01/21 (9 days). The order's '2-3x/week x 6-8 "
              "weeks' and a 2022 episode are distractors.")
add(f)

# j26 - PT low back; no duration (only the certification period)
f = therapy_plan(26, D(2026, 2, 3), D(2026, 3, 5), C("Horatio Vandermeer", D(1951, 3, 29), "2FH5-UF6-NL84", "he"),
                 "Cornerstone Rehab Clinic", "pt", {"name": "Silas Moravec", "cred": "PT"}, {"name": "Octavia Lindgren", "cred": "NP"},
                 services=[{"name": "Therapeutic exercise", "code": "97110"}, {"name": "Manual therapy", "code": "97140"},
                           {"name": "Neuromuscular re-education", "code": "97112"}],
                 goals=[{"stmt": "Pt will reduce low back pain from 7/10 to 3/10 or less with household tasks.", "target_date": td(D(2026, 2, 3), 42),
                         "objectives": [{"stmt": "Pt will perform the home exercise program independently with correct form on return demonstration.", "time_frame": "within 2 weeks"}]},
                        {"stmt": "Pt will stand for 30 minutes to prepare a meal without increased pain.", "target_date": td(D(2026, 2, 3), 42),
                         "objectives": [{"stmt": "Pt will improve the Oswestry Disability Index from 48% to 30% or less.", "time_frame": "within 4 weeks"}]}],
                 tests=[("Lumbar Examination", ["Test", "Result"], [["Lumbar flexion", "50% of normal, pain at end range"], ["Extension", "25%, centralizes"],
                                                                   ["SLR", "Negative bilaterally"], ["Oswestry", "48%"], ["Pain (NPRS)", "7/10 at worst"]])],
                 reason="chronic low back pain with difficulty standing and lifting", hospital=False, onset=D(2025, 10, 15), onset_what="lifting injury at home",
                 prior_episode="physical therapy for low back pain in 2023, 2x/week for 8 weeks (certified 03/01/2023 - 05/29/2023), partial relief",
                 dx=[{"code": "M54.50", "desc": "Low back pain, unspecified", "primary": True},
                     {"code": "M62.81", "desc": "Muscle weakness (generalized)", "primary": False}],
                 pmh=["Osteopenia", "Hyperlipidemia", "Cataract surgery 2021"],
                 tmeds=[["Meloxicam", "7.5 mg", "Daily"], ["Cyclobenzaprine", "5 mg", "At bedtime as needed"], ["Rosuvastatin", "10 mg", "Daily"]],
                 ref_md="Octavia Lindgren, NP (primary care)", ref_npi=make_npi(random.Random(126)), order_date=D(2026, 1, 27),
                 order_dx="M54.50 Low back pain, unspecified", order_text="Eval and treat",
                 assessment=["Mechanical low back pain with directional preference for extension; impaired lumbar mobility and core "
                             "endurance limit standing tolerance and lifting."],
                 duration=None, house={"heading": "caps", "font": "Arial", "size": 10}, ident_style="inline")
f["treatment_kv"].insert(1, ("Certification period", "02/03/2026 through 05/03/2026"))
f["gaps"] = [["duration-missing"]]
f["notes"] = ("Gap: the plan states 2x/week but no duration (weeks or visits); under this profile the certification period does not "
              "state the duration (MBPM 220.1.2). The 2023 episode's '2x/week for 8 weeks' is a distractor.")
add(f)

# j27 - PT; physician certification signed 45 days after the first treatment
f = therapy_plan(27, D(2025, 12, 1), D(2026, 2, 10), C("Philomena Dunleavy", D(1946, 7, 19), "3GJ6-VG7-PM95"),
                 "Westbrook Outpatient Rehabilitation", "pt", {"name": "Tobias Ferreira", "cred": "DPT"}, {"name": "Ines Marquardt", "cred": "DO"},
                 services=copy.deepcopy(PT_SVCS[:3]) + [{"name": "Therapeutic activities", "code": "97530"}],
                 goals=[{"stmt": "Pt will improve the Berg Balance Scale from 36/56 to 46/56 or more to reduce fall risk.", "target_date": td(D(2025, 12, 1), 60),
                         "objectives": [{"stmt": "Pt will stand with feet together, eyes closed, for 30 seconds without loss of balance.", "time_frame": "within 4 weeks"}]},
                        {"stmt": "Pt will ambulate 250 feet with a four-wheeled walker, modified independent, on community surfaces.", "target_date": td(D(2025, 12, 1), 60),
                         "objectives": [{"stmt": "Pt will rise from a standard chair without using her arms 5 times in under 15 seconds.", "time_frame": "within 4 weeks"}]}],
                 tests=[("Balance", ["Test", "Score"], [["Berg", "36/56"], ["TUG", "19.8 s"], ["Gait speed", "0.62 m/s"], ["ABC scale", "42%"]])],
                 reason="recurrent falls and unsteadiness on feet", hospital=False, onset=D(2025, 10, 28), onset_what="fall at home with a bruised hip, no fracture",
                 prior_episode="home health PT after a 2024 hip fracture (ORIF), 2w4 then 1w4, discharged 06/2024",
                 dx=[{"code": "R26.81", "desc": "Unsteadiness on feet", "primary": True}, {"code": "Z91.81", "desc": "History of falling", "primary": False}],
                 pmh=["Right hip fracture 2024, ORIF", "Atrial fibrillation (I48.91)", "Macular degeneration"],
                 tmeds=[["Warfarin", "5 mg", "Daily, INR-adjusted"], ["Metoprolol", "25 mg", "Twice a day"], ["Donepezil", "5 mg", "At bedtime"]],
                 ref_md="Ines Marquardt, DO", ref_npi=make_npi(random.Random(127)), order_date=D(2025, 11, 20),
                 order_dx="R26.81 Unsteadiness on feet", freq="2x/week", duration="8 weeks (16 visits)",
                 assessment=["High fall risk with impaired static and dynamic balance and lower extremity weakness."],
                 house={"heading": "bar"}, ident_style="table2", sig_style="stamp",
                 visit_log=[["12/01/2025", "Evaluation", "97162, 97110", "Tobias Ferreira, DPT"], ["12/04/2025", "2", "97110, 97112, 97116", "Tobias Ferreira, DPT"],
                            ["12/09/2025", "3", "97110, 97530", "Tobias Ferreira, DPT"], ["12/11/2025", "4", "97112, 97116", "Annika Brandt, PTA"]],
                 order=["title", "referral", "history", "pmh", "tests", "assessment", "plan", "prior_notes", "boiler"])
f["sigs"][1]["date"] = D(2026, 1, 15)
f["sigs"][0]["method"] = "electronic"
f["gaps"] = [["signature-late"]]
f["notes"] = ("Gap: first treatment (evaluation) 12/01/2025; the certifying DO signed 01/15/2026, 45 days later (> 30; reported at "
              "warning from 2025). Visit log with PTA names, a 2024 home-health episode and the onset date are distractors.")
add(f)

# j28 - PT; plan 'certified' by a chiropractor
f = therapy_plan(28, D(2026, 1, 20), D(2026, 2, 27), C("Ulysses Barrowclough", D(1954, 12, 24), "4HK7-WH8-QN06", "he"),
                 "Mountain View Spine & Therapy", "pt", {"name": "Zelda Hargreave", "cred": "PT, DPT"}, {"name": "Gareth Pomeroy", "cred": "DC"},
                 services=[{"name": "Therapeutic exercise", "code": "97110"}, {"name": "Manual therapy", "code": "97140"}],
                 goals=[{"stmt": "Pt will turn his head 70 degrees to each side to check traffic while driving (baseline 45 degrees).", "target_date": td(D(2026, 1, 20), 42),
                         "objectives": [{"stmt": "Pt will reduce the Neck Disability Index from 40% to 20% or less.", "time_frame": "within 4 weeks"}]}],
                 tests=[("Cervical Examination", ["Test", "Result"], [["Rotation R/L", "45/50 degrees"], ["NDI", "40%"], ["Spurling", "Negative"]])],
                 reason="neck pain and stiffness", hospital=False, onset=D(2025, 12, 10), onset_what="rear-end motor vehicle collision",
                 prior_episode="chiropractic care 2x/week since 12/15/2025 with Dr. Pomeroy (continuing, not Medicare-covered)",
                 dx=[{"code": "M54.2", "desc": "Cervicalgia", "primary": True}],
                 pmh=["Hypertension", "GERD"], tmeds=[["Naproxen", "220 mg", "Twice a day as needed"], ["Omeprazole", "20 mg", "Daily"]],
                 ref_md="Gareth Pomeroy, DC", ref_npi=make_npi(random.Random(128)), order_date=D(2026, 1, 14), order_dx="M54.2 Cervicalgia",
                 freq="2x/week", duration="6 weeks", assessment=["Cervical hypomobility with pain limiting driving and reading."],
                 house={"heading": "word", "font": "Calibri Light"}, ident_style="table4", sig_style="box")
f["sigs"][1]["label"] = "Physician certification"
f["gaps"] = [["credential-not-permitted", "signature-missing"]]
f["unsure"] = []
f["notes"] = ("Gap: the plan is certified by a chiropractor (DC), who may not certify a Medicare therapy plan (MBPM 220.1.3). Either "
              "credential-not-permitted or a missing physician/NPP certification satisfies the gap.")
add(f)

# j29 - OT after wrist fracture; clean
P29 = D(2026, 2, 16)
f = therapy_plan(29, P29, D(2026, 3, 20), C("Wilhelmina Strand", D(1950, 6, 6), "5JL8-XJ9-RP17"), "Harborview Hand & Occupational Therapy", "ot",
                 {"name": "Corinne Vasquez-Bell", "cred": "OTR/L"}, {"name": "Desmond Haldane", "cred": "PA"},
                 services=[{"name": "Therapeutic exercise", "code": "97110"}, {"name": "Manual therapy", "code": "97140"},
                           {"name": "Self-care / home management training", "code": "97535"}, {"name": "Orthotic management and training", "code": "97760"}],
                 goals=[{"stmt": "Pt will fasten buttons and open jars independently using the right hand.", "target_date": td(P29, 49),
                         "objectives": [{"stmt": "Pt will increase right grip strength from 18 lb to 35 lb.", "time_frame": "within 4 weeks"},
                                        {"stmt": "Pt will increase right wrist extension AROM from 30 to 55 degrees.", "time_frame": "within 4 weeks"}]},
                        {"stmt": "Pt will improve the QuickDASH score from 61 to 30 or less.", "target_date": td(P29, 49), "objectives": []}],
                 tests=[("Hand Function", ["Test", "Right", "Left"], [["Grip (Jamar, pos. 2)", "18 lb", "52 lb"], ["Lateral pinch", "6 lb", "14 lb"],
                                                                    ["Wrist extension AROM", "30", "70"], ["Nine-Hole Peg", "38 s", "21 s"]]),
                        ("Self-report", ["Measure", "Score"], [["QuickDASH", "61"], ["Pain at rest / activity", "2/10 / 6/10"]])],
                 reason="right distal radius (Colles') fracture, cast removed 02/09/2026", hospital=False, onset=D(2025, 12, 29), onset_what="fall on ice",
                 prior_episode="none", freq="2x/week", duration="7 weeks",
                 dx=[{"code": "S52.531D", "desc": "Colles' fracture of right radius, subsequent encounter for closed fracture with routine healing", "primary": True},
                     {"code": "M25.631", "desc": "Stiffness of right wrist, not elsewhere classified", "primary": False}],
                 pmh=["Osteoporosis (on alendronate)", "Hypothyroidism"],
                 tmeds=[["Alendronate", "70 mg", "Weekly"], ["Levothyroxine", "75 mcg", "Daily"], ["Acetaminophen", "650 mg", "Every 6 hours as needed"]],
                 ref_md="Desmond Haldane, PA-C (orthopedics)", ref_npi=make_npi(random.Random(129)), order_date=D(2026, 2, 10),
                 order_dx="S52.531D", assessment=["Stiffness, weakness and pain after immobilization limit ADLs and IADLs."],
                 house={"heading": "numbered", "font": "Calibri"}, ident_style="table2", sig_style="table",
                 labels={"client": "Client", "mid": "Medicare ID", "plan_date": "Date of initial evaluation", "first_tx": "First treatment date", "period": "Plan of care dates"})
f["sigs"][1]["date"] = td(P29, 6)
f["notes"] = "Clean. OT initial evaluation with plan of care; certified by a PA 6 days after the evaluation; 2x/week x 7 weeks."
add(f)

# j30 - OT; one long-term goal not measurable and without a measurable objective
P30 = D(2026, 1, 7)
f = therapy_plan(30, P30, D(2026, 2, 18), C("Reginald Oyelowo", D(1944, 9, 9), "6KM9-YK1-TQ28", "he"), "Lakeshore Therapy Partners", "ot",
                 {"name": "Perry Whitcombe", "cred": "OTR/L"}, {"name": "Hollis Tanaka", "cred": "MD"},
                 services=[{"name": "Self-care / home management training", "code": "97535"}, {"name": "Therapeutic activities", "code": "97530"},
                           {"name": "Cognitive function intervention", "code": "97129"}],
                 goals=[{"stmt": "Pt will complete upper and lower body dressing with set-up only, seated at the edge of the bed.", "target_date": td(P30, 56),
                         "objectives": [{"stmt": "Pt will don a shirt with minimal assistance using hemi-dressing technique.", "time_frame": "within 4 weeks"}]},
                        {"stmt": "Pt will improve safety awareness in the kitchen and feel more confident at home.", "target_date": td(P30, 56), "objectives": []}],
                 tests=[("ADL Status", ["Activity", "Current level", "Prior level"], [["UB dressing", "Mod A", "Independent"], ["LB dressing", "Max A", "Independent"],
                                                                                     ["Toileting", "Min A", "Independent"], ["Meal prep", "Not tested - unsafe", "Independent"]]),
                        ("Cognition", ["Test", "Score"], [["MoCA", "21/30"], ["Trail Making B", "Discontinued at 5 min"]])],
                 reason="left-sided weakness and cognitive changes after a right MCA stroke", onset=D(2025, 11, 30), onset_what="ischemic stroke; inpatient rehab 12/05-12/30/2025",
                 prior_episode="inpatient rehabilitation OT 5x/week for 3 weeks (12/2025) under its own plan",
                 dx=[{"code": "I69.354", "desc": "Hemiplegia and hemiparesis following cerebral infarction affecting left non-dominant side", "primary": True},
                     {"code": "R41.841", "desc": "Cognitive communication deficit", "primary": False}],
                 pmh=["Atrial fibrillation", "Type 2 diabetes (E11.9)", "CKD stage 3 (N18.30)"],
                 tmeds=[["Apixaban", "5 mg", "Twice a day"], ["Insulin glargine", "18 units", "At bedtime"], ["Atorvastatin", "80 mg", "Daily"]],
                 ref_md="Hollis Tanaka, MD (physiatry)", ref_npi=make_npi(random.Random(130)), order_date=D(2026, 1, 2), order_dx="I69.354",
                 freq="3x/week", duration="8 weeks", assessment=["Left hemiparesis with impaired sequencing and safety awareness."],
                 house={"heading": "word"}, ident_style="table4", sig_style="typed")
f["gaps"] = [["goal-not-measurable"]]
f["notes"] = ("Gap: LTG 2 ('improve safety awareness in the kitchen and feel more confident at home') names no measure or level and has "
              "no objectives; the other goal is measurable. Inpatient rehab episode and its frequency are distractors.")
add(f)

# j31 - SLP dysphagia after stroke; clean
P31 = D(2025, 11, 10)
f = therapy_plan(31, P31, D(2026, 1, 8), C("Anneliese Kowalczyk", D(1941, 2, 14), "7LN1-ZL2-UV39"), "Meadowbrook Speech & Swallowing Center", "slp",
                 {"name": "Fiona Galloway", "cred": "MS, CCC-SLP"}, {"name": "Quentin Abara", "cred": "MD"},
                 services=[{"name": "Treatment of swallowing dysfunction", "code": "92526"}, {"name": "Speech/language treatment", "code": "92507"}],
                 goals=[{"stmt": "Pt will safely eat a regular (IDDSI level 7) diet with thin liquids with no signs of aspiration.", "target_date": td(P31, 56),
                         "objectives": [{"stmt": "Pt will perform the effortful swallow correctly in 90% of trials with minimal cues.", "time_frame": "within 4 weeks"},
                                        {"stmt": "Pt will tolerate IDDSI level 6 solids with no cough in 9 of 10 trials.", "time_frame": "within 4 weeks"}]},
                        {"stmt": "Pt will name common objects with 80% accuracy to communicate needs at home.", "target_date": td(P31, 56),
                         "objectives": [{"stmt": "Pt will name 15 of 20 pictured household objects with phonemic cues.", "time_frame": "within 4 weeks"}]}],
                 tests=[("Instrumental Swallow Study (MBSS 10/22/2025, hospital)", ["Consistency", "Penetration-Aspiration Scale", "Residue"],
                         [["Thin liquid", "7 (aspiration, no cough)", "Moderate vallecular"], ["Mildly thick", "3", "Mild"], ["Puree", "1", "Mild"], ["Solid", "2", "Moderate"]]),
                        ("Language", ["Test", "Score"], [["Boston Naming Test (short)", "7/15"], ["WAB-R AQ", "72.4"]])],
                 reason="oropharyngeal dysphagia and mild anomic aphasia after a left hemisphere stroke", onset=D(2025, 10, 18), onset_what="left MCA infarct",
                 prior_episode="acute-care SLP daily during the hospital stay (10/18-10/27/2025)", freq="2x/week", duration="8 weeks",
                 dx=[{"code": "I69.391", "desc": "Dysphagia following cerebral infarction", "primary": True},
                     {"code": "R13.12", "desc": "Dysphagia, oropharyngeal phase", "primary": False},
                     {"code": "I69.320", "desc": "Aphasia following cerebral infarction", "primary": False}],
                 pmh=["Hypertension", "Hyperlipidemia", "GERD"], tmeds=[["Clopidogrel", "75 mg", "Daily"], ["Losartan", "50 mg", "Daily"]],
                 ref_md="Quentin Abara, MD (neurology)", ref_npi=make_npi(random.Random(131)), order_date=D(2025, 11, 3), order_dx="I69.391",
                 assessment=["Moderate oropharyngeal dysphagia with silent aspiration of thin liquids on MBSS; mild anomia."],
                 house={"heading": "caps", "font": "Arial"}, ident_style="table4", sig_style="stamp",
                 labels={"client": "Patient", "mid": "Medicare ID", "plan_date": "Date of evaluation", "first_tx": "SOC", "period": "Cert period"})
f["sigs"][1]["date"] = td(P31, 12)
f["notes"] = "Clean. SLP evaluation with MBSS and language scores; certified 12 days after the evaluation; cert period 89 days."
add(f)

# j32 - SLP; certification period runs 119 days
P32 = D(2026, 1, 12)
f = therapy_plan(32, P32, D(2026, 2, 20), C("Cornelius Fairbanks", D(1947, 8, 30), "8MP2-AM3-WX40", "he"), "Prairie Speech Therapy Services", "slp",
                 {"name": "Margo Szymanski", "cred": "CCC-SLP"}, {"name": "Adaeze Nwosu", "cred": "MD"},
                 services=[{"name": "Speech/language treatment", "code": "92507"}],
                 goals=[{"stmt": "Pt will produce intelligible 5-7 word sentences to unfamiliar listeners with 90% accuracy.", "target_date": td(P32, 84),
                         "objectives": [{"stmt": "Pt will use the pacing board to produce 3-word phrases with 80% intelligibility.", "time_frame": "within 6 weeks"}]}],
                 tests=[("Motor Speech", ["Measure", "Result"], [["Sentence intelligibility (SIT)", "54%"], ["Speaking rate", "210 wpm (fast)"], ["Maximum phonation time", "8 s"]])],
                 reason="hypokinetic dysarthria related to Parkinson's disease", hospital=False, onset=D(2025, 9, 1), onset_what="worsening speech reported by spouse",
                 prior_episode="LSVT LOUD 4x/week for 4 weeks in 2023 at another clinic", freq="2x/week", duration="12 weeks",
                 dx=[{"code": "G20.A1", "desc": "Parkinson's disease without dyskinesia, without mention of fluctuations", "primary": True},
                     {"code": "R47.1", "desc": "Dysarthria and anarthria", "primary": False}],
                 pmh=["Parkinson's disease since 2019", "BPH"], tmeds=[["Carbidopa/levodopa", "25/100 mg", "Three times a day"], ["Tamsulosin", "0.4 mg", "Daily"]],
                 ref_md="Adaeze Nwosu, MD (neurology)", ref_npi=make_npi(random.Random(132)), order_date=D(2026, 1, 5), order_dx="G20.A1",
                 assessment=["Reduced intelligibility from fast rate and reduced loudness."],
                 house={"heading": "word"}, ident_style="table2", sig_style="table")
f["period"] = (P32, D(2026, 5, 10))
f["gaps"] = [["review-interval-exceeded"]]
f["notes"] = ("Gap: the certification period runs 01/12/2026 to 05/10/2026 (118 days), longer than the 90 days allowed before "
              "recertification (42 CFR 424.24(c)(4)(i)).")
add(f)


# ---------- home health (medicare-home-health) ----------

def hh_plan(num, SOC, asof, client, agency, md, rn, style="485", **kw):
    first = client["name"].split()[0]
    md = dict(md)
    md.setdefault("npi", make_npi(random.Random(num * 31)))
    f = {
        "num": num, "file": f"j{num:02d}_plan.docx", "fmt": "docx", "lib": "hh", "disc": "home-health", "seed": 2500 + num,
        "payer": "medicare-home-health", "states": [], "asof": asof, "agency": agency, "client": client,
        "plan_date": SOC, "first_tx": SOC, "period": (SOC, td(SOC, 59)),
        "dx": [{"code": "I50.22", "desc": "Chronic systolic (congestive) heart failure", "primary": True},
               {"code": "I11.0", "desc": "Hypertensive heart disease with heart failure", "primary": False},
               {"code": "E11.9", "desc": "Type 2 diabetes mellitus without complications", "primary": False},
               {"code": "Z79.4", "desc": "Long term (current) use of insulin", "primary": False}],
        "services": [{"name": "Skilled nursing", "code": "G0299", "freq": "1w1, 2w4, 1w4", "dur": "9 weeks"},
                     {"name": "Physical therapy", "code": "G0151", "freq": "2w3, 1w3", "dur": "6 weeks"},
                     {"name": "Home health aide", "code": "G0156", "freq": "2w4", "dur": "4 weeks"}],
        "orders": [
            "SN 1w1, 2w4, 1w4 (9 weeks) for skilled observation and assessment of cardiopulmonary status, teaching of heart failure "
            "self-management (daily weights, 2 g sodium diet, fluid limit 1.5 L/day, symptoms to report), medication teaching and "
            "reconciliation, and insulin administration teaching. SN may draw BMP at the second visit.",
            "PT 2w3, 1w3 (6 weeks) for evaluation, gait and balance training, therapeutic exercise, transfer training and a home "
            "safety assessment.",
            "HHA 2w4 (4 weeks) for assistance with bathing and personal care."],
        "goals": [{"stmt": f"{first} will weigh daily and record the weight in the log on 7 of 7 days and report a gain of more than 3 lb in a day.", "target_date": td(SOC, 28)},
                  {"stmt": f"{first} will state 4 signs of heart failure worsening and the action for each.", "target_date": td(SOC, 21)},
                  {"stmt": f"{first} will self-inject insulin with correct technique on return demonstration, independently.", "target_date": td(SOC, 35)},
                  {"stmt": f"{first} will walk 150 feet with a rolling walker with standby assistance and no loss of balance.", "target_date": td(SOC, 42)}],
        "rehab": "Good. Discharge when goals are met and the patient can manage with the daughter's help and follow up with the PCP.",
        "sigs": [sig("clinician", "Nurse's signature and date of verbal SOC", rn["name"], rn["cred"], SOC),
                 sig("physician", "Attending physician's signature and date signed", md["name"], md["cred"], td(SOC, 8), npi=md.get("npi"))],
        "hhmeds": [["Furosemide", "40 mg", "PO", "Twice a day", "Changed"], ["Carvedilol", "12.5 mg", "PO", "Twice a day", ""],
                   ["Insulin glargine", "22 units", "SC", "At bedtime", "New"], ["Lisinopril", "10 mg", "PO", "Daily", ""],
                   ["Potassium chloride", "20 mEq", "PO", "Daily", "New"], ["Acetaminophen", "650 mg", "PO", "Every 6 hours PRN pain", ""],
                   ["Nitroglycerin", "0.4 mg", "SL", "PRN chest pain, may repeat x 2", ""]],
        "f2f_by": "Mirela Constantin, NP", "f2f_date": td(SOC, -6),
        "oasis": [f"{first} was discharged from the hospital on {fd(td(SOC, -2))} after a 5-day admission for acute on chronic "
                  "systolic heart failure (EF 30%). The start-of-care comprehensive assessment was completed in the home.",
                  "M1033 risk of hospitalization: history of falls, 2 or more hospitalizations in the past 6 months, taking 5 or more "
                  "medications, currently reports exhaustion. M1400 dyspnea: when walking more than 20 feet.",
                  "Integumentary: skin intact; no pressure ulcers (M1306 = 0). Pain: 2/10 knees. Cognition: alert and oriented, "
                  "follows multi-step directions. Caregiver: daughter visits daily after work.",
                  "Prior episode: home health from this agency in 2024 (SOC 03/04/2024, discharged 04/30/2024, goals met)."],
        "vitals": [[fd(SOC), "148/86", "88", "20", "93% RA", "212 lb"], [fd(td(SOC, -3)), "132/78", "80", "18", "95% RA", "215 lb (hospital)"]],
        "order": ["title", "oasis", "adl", "vitals", "hhmeds", "f2f", "plan", "boiler"],
        "plan_order": ["box485"] if style == "485" else ["head", "dx", "orders", "goals", "sigs", "cert"],
        "goal_style": "numbered", "goal_title": "Goals", "plan_title": "Home Health Certification and Plan of Care",
        "labels": {"client": "Patient", "mid": "HI claim no. (MBI)", "plan_date": "Start of care", "period": "Certification period"},
        "gaps": [], "unsure": [], "notes": "", "reviews": [],
        "doc_title": "Start of Care Comprehensive Assessment and Plan of Care" if style == "485" else "Home Health Plan of Care (Start of Care)",
    }
    f.update(kw)
    return f


def box485_rows(ctx):
    f = ctx.f
    c = f["client"]
    dxp = [d for d in f["dx"] if d.get("primary")]
    dxo = [d for d in f["dx"] if not d.get("primary")]
    sg = {s["role"]: s for s in f["sigs"]}
    def sgt(role):
        s = sg.get(role)
        if not s:
            return ""
        if not s.get("signed", True):
            return ""
        return f"{_sig_name(s)}    {ctx.d(s['date']) if s.get('date') else 'Date: ________'}"
    rows = [["1. Patient's HI Claim No.", c["mid"]], ["2. Start of care date", ctx.d(f["first_tx"])],
            ["3. Certification period", f"From {ctx.d(f['period'][0])} To {ctx.d(f['period'][1])}"],
            ["4. Medical record no.", f.get("mrn", "")], ["5. Provider no.", f.get("provider_no", "")],
            ["6. Patient's name and address", f"{c['name']}, {f.get('address', '')}"], ["7. Date of birth", ctx.d(c["dob"])],
            ["11. Principal diagnosis (ICD-10-CM)", "; ".join(f"{d['code']} {d['desc']}" for d in dxp)],
            ["13. Other pertinent diagnoses", "\n".join(f"{d['code']} {d['desc']}" for d in dxo)],
            ["14. DME and supplies", "Rolling walker, shower chair, scale, glucometer, sharps container"],
            ["15. Safety measures", "Fall precautions, oxygen safety, bleeding precautions"],
            ["16. Nutritional requirements", "2 g sodium, consistent carbohydrate, fluid limit 1.5 L/day"],
            ["17. Allergies", "Sulfa"], ["18.A Functional limitations", "Endurance, ambulation, dyspnea with minimal exertion"],
            ["18.B Activities permitted", "Up as tolerated, walker"], ["19. Mental status", "Oriented"],
            ["20. Prognosis", "Fair"],
            ["21. Orders for discipline and treatments", "\n".join(f["orders"])],
            ["22. Goals / rehabilitation potential / discharge plans",
             "\n".join(f"{i}. {g['stmt']}" + (f" by {ctx.d(g['target_date'])}" if g.get("target_date") else "") for i, g in enumerate(f["goals"], 1))
             + "\nRehab potential: " + f["rehab"]],
            ["23. Nurse's signature and date of verbal SOC where applicable", sgt("clinician")],
            ["24. Physician's name and address", f"{sg['physician']['name']}, {sg['physician']['cred']}; NPI {sg['physician'].get('npi') or ''}"],
            ["25. Date HHA received signed POT", ctx.d(f.get("received")) if f.get("received") else ""],
            ["26. Physician certification", "I certify/recertify that this patient is confined to his/her home and needs intermittent "
                                            "skilled nursing care, physical therapy and/or speech therapy or continues to need "
                                            "occupational therapy. The patient is under my care, and I have authorized the services "
                                            "on this plan of care and will periodically review the plan."],
            ["27. Attending physician's signature and date signed", sgt("physician")]]
    return [("T", ["Item", "Entry"], rows, {"bold_first_col": True})]


LIBS["hh"]["box485"] = box485_rows


def hh_goals_lines(ctx):
    return []


# j34 - 485-style plan of care after OASIS narrative; clean
f = hh_plan(34, D(2026, 1, 5), D(2026, 2, 12), C("Bernadette Oyelaran", D(1940, 4, 17), "9NQ3-BN4-YZ51"), "Heartland Home Health Services",
            {"name": "Theodore Lindqvist", "cred": "MD", "npi": make_npi(random.Random(134))}, {"name": "Naomi Castellanos", "cred": "RN"},
            mrn="HH-220917", provider_no="147392", address="412 Sycamore Lane, Apt 3", received=D(2026, 1, 14))
f["notes"] = ("Clean. OASIS-style narrative with medication profile (PRN medications), F2F encounter by an NP, vitals, then a 485-style "
              "plan of care as a two-column table; cert period 60 days; physician signed 8 days after SOC.")
add(f)

# j35 - PRN nursing visits without a limit
f = hh_plan(35, D(2025, 12, 1), D(2026, 1, 10), C("Lorcan Whitfield", D(1937, 10, 3), "1PR4-CP5-ZA62", "he"), "Tri-County Visiting Nurses",
            {"name": "Marguerite Obi", "cred": "DO"}, {"name": "Dorian Sandoval", "cred": "RN"}, style="blocks",
            house={"heading": "caps"}, ident_style="table4",
            dx=[{"code": "N39.0", "desc": "Urinary tract infection, site not specified", "primary": True},
                {"code": "G30.1", "desc": "Alzheimer's disease with late onset", "primary": False},
                {"code": "F02.80", "desc": "Dementia in other diseases classified elsewhere, unspecified severity, without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety", "primary": False}])
f["orders"] = ["SN 2w2, 1w6 (8 weeks) for indwelling catheter care, change Foley catheter 16 Fr every 30 days, skilled observation "
               "of urinary status and hydration, caregiver teaching.",
               "SN PRN for catheter blockage, dislodgement or leaking.",
               "HHA 3w8 (8 weeks) for bathing, grooming and catheter hygiene."]
f["services"] = [{"name": "SN", "code": "G0299", "freq": "2w2, 1w6", "dur": "8 weeks"}, {"name": "SN PRN", "code": "G0299", "freq": None, "dur": ""},
                 {"name": "HHA", "code": "G0156", "freq": "3w8", "dur": "8 weeks"}]
f["goals"] = [{"stmt": "Caregiver (son) will perform catheter care correctly on return demonstration.", "target_date": td(D(2025, 12, 1), 21)},
              {"stmt": "Patient will have no signs of urinary tract infection (no fever, clear urine) through the end of the episode.", "target_date": td(D(2025, 12, 1), 59)},
              {"stmt": "Patient will drink at least 1.5 L of fluid daily as recorded on the intake sheet.", "target_date": td(D(2025, 12, 1), 28)}]
f["hhmeds"] = [["Nitrofurantoin", "100 mg", "PO", "Twice a day x 7 days", "New"], ["Donepezil", "10 mg", "PO", "At bedtime", ""],
               ["Tamsulosin", "0.4 mg", "PO", "Daily", ""], ["Acetaminophen", "500 mg", "PO", "PRN pain or fever, max 3 g/day", ""],
               ["Lorazepam", "0.5 mg", "PO", "PRN agitation, max 2 doses/day", ""]]
f["gaps"] = [["frequency-missing"]]
f["notes"] = ("Gap: 'SN PRN for catheter blockage, dislodgement or leaking' gives no limit on the number of PRN visits (42 CFR 409.43); "
              "PRN medication orders with daily maximums are distractors. Block layout with caps headings.")
add(f)

# j36 - physician signed but did not date the plan of care
f = hh_plan(36, D(2026, 2, 2), D(2026, 3, 6), C("Evangeline Marsh", D(1943, 1, 28), "2QS5-DQ6-ZB73"), "Blue Ridge Home Care",
            {"name": "Arjun Malhotra", "cred": "MD"}, {"name": "Ingrid Haldane", "cred": "RN"},
            mrn="BR-55102", provider_no="497110", address="88 Orchard Road")
f["sigs"][1]["date"] = None
f["gaps"] = [["signature-missing"]]
f["notes"] = ("Gap: the attending physician's signature on the plan of care (item 27) is not dated; the F2F encounter and hospital "
              "discharge summary dates belong to other documents. 485-style table.")
add(f)

# j37 - one goal not measurable
f = hh_plan(37, D(2025, 11, 3), D(2025, 12, 15), C("Ambrose Kettleby", D(1939, 5, 12), "3RT6-ER7-ZC84", "he"), "Cascade Home Health",
            {"name": "Farida Haddad", "cred": "NP"}, {"name": "Jasper Islington", "cred": "RN"}, style="blocks",
            house={"heading": "word"}, ident_style="table2",
            dx=[{"code": "J44.1", "desc": "Chronic obstructive pulmonary disease with (acute) exacerbation", "primary": True},
                {"code": "Z99.81", "desc": "Dependence on supplemental oxygen", "primary": False}, {"code": "I10", "desc": "Essential (primary) hypertension", "primary": False}])
f["orders"] = ["SN 1w1, 2w3, 1w4 (8 weeks) for cardiopulmonary assessment, oxygen safety, inhaler technique and COPD action plan teaching.",
               "PT 2w4 (4 weeks) for endurance training and energy conservation."]
f["services"] = [{"name": "SN", "code": "G0299", "freq": "1w1, 2w3, 1w4", "dur": "8 weeks"}, {"name": "PT", "code": "G0151", "freq": "2w4", "dur": "4 weeks"}]
f["goals"] = [{"stmt": "Patient will demonstrate correct metered-dose inhaler use with a spacer on return demonstration.", "target_date": td(D(2025, 11, 3), 14)},
              {"stmt": "Patient will keep SpO2 at 90% or above on 2 L oxygen at rest at every visit.", "target_date": td(D(2025, 11, 3), 56)},
              {"stmt": "Patient will have a better quality of life and cope with his illness.", "target_date": td(D(2025, 11, 3), 56)}]
f["gaps"] = [["goal-not-measurable"]]
f["notes"] = "Gap: goal 3 ('a better quality of life and cope with his illness') is not measurable; other goals are. Block layout."
add(f)

# j38 - an invalid ICD-10-CM code among the plan's diagnoses
f = hh_plan(38, D(2026, 1, 19), D(2026, 2, 26), C("Prudence Ashdown", D(1945, 9, 2), "4SV7-FS8-ZD95"), "Gateway Home Health Agency",
            {"name": "Emeric Dubois", "cred": "MD"}, {"name": "Tamsin Yarbrough", "cred": "RN"},
            mrn="GW-88123", provider_no="267015", address="19 Harbor View Drive")
f["dx"][2] = {"code": "I10.0", "desc": "Hypertension", "primary": False}
f["dx"].pop(1)
f["gaps"] = [["diagnosis-code-invalid"]]
f["notes"] = "Gap: other pertinent diagnosis 'I10.0 Hypertension' is not a valid ICD-10-CM code (I10 is). 485-style table."
add(f)

# j40 - wound care, SN + PT, clean, blocks
f = hh_plan(40, D(2026, 2, 9), D(2026, 3, 20), C("Ignatius Bellweather", D(1948, 12, 1), "5TW8-GT9-ZE06", "he"), "Sunrise Home Health Partners",
            {"name": "Rosamund Achebe", "cred": "MD", "npi": make_npi(random.Random(140))}, {"name": "Caleb Northcott", "cred": "RN, WCC"}, style="blocks",
            house={"heading": "bar"}, ident_style="table4",
            dx=[{"code": "E11.621", "desc": "Type 2 diabetes mellitus with foot ulcer", "primary": True},
                {"code": "L97.412", "desc": "Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed", "primary": False},
                {"code": "Z79.4", "desc": "Long term (current) use of insulin", "primary": False}])
f["orders"] = ["SN 3w2, 2w4, 1w2 (8 weeks) for wound care to the right heel: cleanse with normal saline, apply calcium alginate, "
               "cover with foam dressing, change 3 times a week and as needed for soiling or dislodgement (PRN visits up to 3 in the "
               "certification period); assess wound, teach diabetic foot care and glucose monitoring.",
               "PT 2w3 (3 weeks) for offloading gait training with a heel-offloading shoe and walker."]
f["services"] = [{"name": "SN", "code": "G0299", "freq": "3w2, 2w4, 1w2 plus PRN up to 3", "dur": "8 weeks"}, {"name": "PT", "code": "G0151", "freq": "2w3", "dur": "3 weeks"}]
f["goals"] = [{"stmt": "Right heel ulcer will decrease from 2.4 x 1.8 cm to 1.0 x 1.0 cm or smaller with no signs of infection.", "target_date": td(D(2026, 2, 9), 56)},
              {"stmt": "Patient will perform a daily foot check and record it on 7 of 7 days.", "target_date": td(D(2026, 2, 9), 21)},
              {"stmt": "Fasting blood glucose will stay between 80 and 180 mg/dL on 6 of 7 days.", "target_date": td(D(2026, 2, 9), 42)}]
f["notes"] = "Clean. Wound-care plan with PRN dressing visits limited to 3; block layout with bar headings."
add(f)


# ---------- ABA (commercial-aba) ----------

def aba_goals(P, first, guardian_first):
    return [
        {"domain": "Communication", "label": "C1", "stmt": f"{first} will independently mand for 20 different preferred items or activities using 2-3 word phrases.",
         "baseline": "4 different items with 1-word mands, full echoic prompts (5-session probe)", "mastery": "80% of opportunities across 3 consecutive sessions",
         "target_date": td(P, 150)},
        {"domain": "Social", "label": "S1", "stmt": f"{first} will respond to peer greetings within 5 seconds.",
         "baseline": "1 of 10 opportunities", "mastery": "8 of 10 opportunities across 3 consecutive sessions", "target_date": td(P, 120)},
        {"domain": "Behavior reduction", "label": "B1", "stmt": f"{first} will reduce elopement to 1 or fewer episodes per day.",
         "baseline": "average 6 episodes per day (range 3-11), 10 days of ABC data", "mastery": "1 or fewer per day for 10 consecutive days",
         "target_date": td(P, 170)},
        {"domain": "Adaptive", "label": "A1", "stmt": f"{first} will complete a 7-step handwashing routine independently.",
         "baseline": "2 of 7 steps independently", "mastery": "7 of 7 steps independently on 3 consecutive days", "target_date": td(P, 120)},
        {"domain": "Caregiver training", "label": "P1", "stmt": f"{guardian_first} will implement the first-then board and planned ignoring during home routines with at least 90% fidelity.",
         "baseline": "40% fidelity on the BCBA's checklist (2 observations)", "mastery": "90% fidelity across 3 consecutive observations",
         "target_date": td(P, 90)}]


def aba_plan(num, P, asof, client, agency, bcba, guardian, **kw):
    first = client["name"].split()[0]
    f = {
        "num": num, "file": f"j{num:02d}_plan.docx", "fmt": "docx", "lib": "aba", "disc": "aba", "seed": 2500 + num,
        "payer": "commercial-aba", "states": [], "asof": asof, "agency": agency, "client": client, "plan_date": P,
        "period": (P, td(add_months(P, 6), -1)),
        "dx": [{"code": "F84.0", "desc": "Autistic disorder", "primary": True, "by": "Harriet Vandersloot, PhD, licensed psychologist", "on": D(2024, 4, 11)},
               {"code": "F80.2", "desc": "Mixed receptive-expressive language disorder", "primary": False}],
        "assessments": [{"instrument": "VB-MAPP", "date": td(P, -20), "by": bcba["name"] + ", " + bcba["cred"], "scores": "Milestones 58 (Level 2); Barriers 34"},
                        {"instrument": "Vineland-3 (parent interview form)", "date": td(P, -18), "by": bcba["name"] + ", " + bcba["cred"], "scores": "ABC 64; Communication 61; Daily Living 70; Socialization 62"},
                        {"instrument": "Functional behavior assessment (interview, ABC, observation)", "date": td(P, -15), "by": bcba["name"] + ", " + bcba["cred"], "scores": "see FBA section"}],
        "goals": aba_goals(P, first, guardian["name"].split()[0]),
        "services": [{"name": "Adaptive behavior treatment by protocol (RBT)", "code": "97153", "hpw": "20 hours per week", "units": "2,080 units", "staff": "RBT"},
                     {"name": "Protocol modification by the BCBA", "code": "97155", "hpw": "3 hours per week", "units": "312 units", "staff": bcba["name"] + ", " + bcba["cred"]},
                     {"name": "Family adaptive behavior treatment guidance", "code": "97156", "hpw": "1 hour per week", "units": "104 units", "staff": bcba["name"] + ", " + bcba["cred"]}],
        "reviews": [(td(P, 90), False, "review"), (td(P, 175), False, "review")],
        "sigs": [sig("clinician", "Supervising BCBA", bcba["name"], bcba["cred"], P, npi=bcba.get("npi")),
                 sig("guardian", "Parent/Guardian", guardian["name"], None, td(P, 2))],
        "background": [f"{first} is a {age_on(client['dob'], P)}-year-old referred for applied behavior analysis after a diagnosis of autism "
                       f"spectrum disorder. {first} lives with {guardian['name']} ({guardian.get('rel', 'mother')}) and a younger sibling.",
                       f"Other services: speech therapy 2x/week for 30 minutes at school (IEP) and occupational therapy 1x/week privately. "
                       f"Medical: mild persistent asthma; melatonin 3 mg at bedtime; guanfacine 1 mg in the morning prescribed by the pediatrician.",
                       "Diagnostic evaluation: ADOS-2 Module 1 comparison score 8 (high level of concern) and CARS-2 38, completed at the "
                       "developmental clinic; the report is attached."],
        "bx_rows": [["Elopement", "Frequency per day", "6 (3-11)", "10 days, caregiver ABC log"], ["Aggression", "Frequency per hour", "1.4 (0-4)", "4 sessions"],
                    ["Tantrum", "Duration per episode", "7 min (2-18)", "4 sessions"]],
        "order": ["title", "background", "assess_list", "vbmapp", "fba", "behavior_data", "plan", "boiler"],
        "plan_order": ["head", "dx", "goals", "svc", "reviews", "sigs"],
        "goal_style": "aba_table", "svc_style": "aba", "dx_style": "lines", "plan_title": "Treatment Plan and Authorization Request",
        "goal_title": "Treatment Goals", "svc_title": "Requested Services (hours per week by CPT code)",
        "labels": {"client": "Client", "mid": "Subscriber/Member ID", "plan_date": "Plan date", "period": "Requested authorization period", "review": "Progress review"},
        "doc_title": "ABA Initial Assessment and Treatment Plan",
        "gaps": [], "unsure": [], "notes": "",
    }
    f.update(kw)
    return f


G = lambda name, rel="mother": {"name": name, "rel": rel}

# j41 - initial assessment and plan; clean
f = aba_plan(41, D(2026, 1, 15), D(2026, 2, 20), C("Oliver Thistlewood", D(2021, 3, 9), "ZHP884421907", "he", "child"),
             "Bright Steps Behavioral Health", {"name": "Marisol Ortega", "cred": "BCBA", "npi": make_npi(random.Random(141))},
             G("Clarissa Thistlewood"), house={"heading": "word"}, ident_style="table4")
f["notes"] = ("Clean. ABA initial assessment (VB-MAPP, Vineland-3, FBA, school services with their own frequencies, medications) and plan: "
              "goals table with baselines, mastery criteria and dates, a caregiver goal, hours per week by CPT code, 6-month period, "
              "reviews at 90 and 175 days.")
add(f)

# j42 - 6-month reassessment; mastered goals in a table marked Mastered; clean
P42 = D(2025, 12, 1)
f = aba_plan(42, P42, D(2026, 1, 20), C("Amara Delacroix-Nguyen", D(2019, 7, 22), "UHC30551872", "she", "child"),
             "Spectrum Pathways ABA", {"name": "Yusuf Abernathy", "cred": "BCBA-D"}, G("Lucien Delacroix", "father"),
             house={"heading": "bar", "font": "Segoe UI", "size": 10}, ident_style="table4sdt", goal_style="aba_cards",
             doc_title="ABA Progress Report / Reassessment and Updated Treatment Plan",
             labels={"client": "Learner", "mid": "Member ID", "plan_date": "Report date", "period": "Authorization period requested", "review": "Next progress review"},
             prior_goal_rows=[["Mand for 10 items with 1-word mands (baseline 2)", "Mastered", "09/15/2025"],
                              ["Tolerate hair brushing for 2 minutes", "Mastered", "08/04/2025"],
                              ["Reduce aggression to fewer than 2 per hour", "Discontinued - replaced by goal B1", "11/20/2025"]],
             prior_reviewer="Yusuf Abernathy, BCBA-D, 06/02/2025 - 11/30/2025",
             auth_rows=[["ABA-77120", "97153", "2,080 units", "06/02/2025", "11/30/2025", "Used 1,844"], ["ABA-77121", "97155", "312 units", "06/02/2025", "11/30/2025", "Used 290"]],
             order=["title", "background", "auth", "prior_goals", "assess_list", "vbmapp", "behavior_data", "fba", "plan", "boiler"])
f["assessments"][0]["date"] = td(P42, -12)
f["assessments"][1]["date"] = td(P42, -10)
f["notes"] = ("Clean. Reassessment: previous authorization, mastered and discontinued goals in their own table (closed), re-administered "
              "VB-MAPP and Vineland-3, new goals as key-value cards; father is the guardian who signs and has the caregiver goal.")
add(f)

# j43 - one goal without a baseline
f = aba_plan(43, D(2025, 10, 13), D(2025, 11, 25), C("Theodora Brightwell", D(2020, 11, 5), "AET5501993021", "she", "child"),
             "Little Milestones Autism Center", {"name": "Kendrick Ostrowski", "cred": "BCBA"}, G("Paulina Brightwell"),
             house={"heading": "caps"}, ident_style="lines")
f["goals"][3]["baseline"] = ""
f["gaps"] = [["baseline-missing"]]
f["notes"] = ("Gap: goal A1 (7-step handwashing) has no baseline; other goals have one. The problem-behavior baseline table and the "
              "VB-MAPP scores are not the goal's baseline.")
add(f)

# j44 - no caregiver-training goal (97156 requested; previous caregiver goal mastered)
f = aba_plan(44, D(2026, 2, 2), D(2026, 3, 10), C("Sebastian Okonjo", D(2018, 5, 30), "CIG7712093345", "he", "child"),
             "Keystone Autism Services", {"name": "Elspeth Larkspur", "cred": "BCBA"}, G("Adaora Okonjo"),
             house={"heading": "word", "font": "Cambria"}, ident_style="table4",
             prior_goal_rows=[["Parent will implement token economy with 90% fidelity (previous authorization)", "Mastered", "01/12/2026"]],
             prior_reviewer="Elspeth Larkspur, BCBA, review of 01/12/2026",
             order=["title", "background", "prior_goals", "assess_list", "vbmapp", "fba", "behavior_data", "plan", "boiler"],
             doc_title="ABA Reassessment and Treatment Plan")
f["goals"] = f["goals"][:4]
f["gaps"] = [["caregiver-goal-missing"]]
f["notes"] = ("Gap: none of the current goals is a caregiver-training goal; the parent goal of the previous authorization is listed as "
              "mastered (closed) and 97156 is requested without a corresponding goal.")
add(f)

# j45 - standardized assessments older than a year (only the FBA is recent)
P45 = D(2026, 1, 26)
f = aba_plan(45, P45, D(2026, 3, 2), C("Lucia Fernández-Ortiz", D(2017, 2, 14), "BCBS88201934", "she", "child"),
             "Coastal Behavior Analysts", {"name": "Benedikt Rasmussen", "cred": "BCBA"}, G("Rocío Ortiz"),
             house={"heading": "numbered"}, ident_style="table2", goal_style="aba_cards", doc_title="ABA Continuation Request - Treatment Plan")
f["assessments"] = [{"instrument": "VB-MAPP", "date": D(2024, 11, 18), "by": "Benedikt Rasmussen, BCBA", "scores": "Milestones 96; Barriers 21"},
                    {"instrument": "Vineland-3 (parent interview form)", "date": D(2024, 11, 20), "by": "Benedikt Rasmussen, BCBA", "scores": "ABC 70"},
                    {"instrument": "Functional behavior assessment update (interview and observation)", "date": td(P45, -10), "by": "Benedikt Rasmussen, BCBA", "scores": "functions unchanged"}]
f["gaps"] = [["assessment-outdated"]]
f["notes"] = ("Gap: the latest standardized assessments (VB-MAPP 11/18/2024, Vineland-3 11/20/2024) are 434 days old at the plan date "
              "(> 365); the recent FBA update is interview/observation, not a standardized instrument. Reported at warning (unverified).")
add(f)

# j46 - primary diagnosis not covered (F88), autism only ruled out / in a sibling
f = aba_plan(46, D(2025, 11, 17), D(2025, 12, 22), C("Ezra Montague", D(2022, 1, 19), "OPT440019283", "he", "child"),
             "Riverside Early Intervention ABA", {"name": "Gwendolyn Park", "cred": "BCBA"}, G("Miriam Montague"),
             house={"heading": "bar"}, ident_style="table4")
f["dx"] = [{"code": "F88", "desc": "Other disorders of psychological development (global developmental delay)", "primary": True, "by": "Anders Lowell, MD, developmental pediatrician", "on": D(2025, 9, 2)},
           {"code": "F80.2", "desc": "Mixed receptive-expressive language disorder", "primary": False}]
f["background"][2] = ("Diagnostic evaluation (09/02/2025, developmental pediatrics): autism spectrum disorder was considered and not "
                      "confirmed (rule out F84.0; ADOS-2 Toddler Module, mild-to-moderate concern); re-evaluation in 12 months. Older "
                      "brother has F84.0 Autistic disorder and receives ABA.")
f["gaps"] = [["diagnosis-not-covered"]]
f["notes"] = ("Gap: the primary diagnosis is F88 (global developmental delay); autism (F84.0) appears only as a rule-out and in the "
              "brother's history, so the plan's diagnosis is not covered for ABA.")
add(f)

# j48 - school-based ABA in an IEP-style document; goals carry no dates or time frames
P48 = D(2026, 1, 8)
f = aba_plan(48, P48, D(2026, 2, 18), C("Malik Henderson-Roe", D(2016, 9, 14), "HUM220194473", "he", "child"),
             "Pinewood School-Based Behavior Services", {"name": "Rosalind Kettering", "cred": "BCBA"}, G("Denise Henderson"),
             house={"heading": "caps", "font": "Arial", "size": 10}, ident_style="table4", goal_style="iep",
             doc_title="School-Based Behavior Services Plan (IEP-aligned)", school="Pinewood Elementary School", grade="3",
             labels={"client": "Student", "mid": "Health plan member ID", "plan_date": "Plan meeting date", "period": "Service period", "review": "Progress review meeting"},
             ident_extra=(("District student no.", "0048812"), ("IEP annual review", "10/14/2026")),
             participants=[["Denise Henderson", "Parent", "Yes"], ["Rosalind Kettering, BCBA", "Behavior analyst", "Yes"],
                           ["Corbin Ash, M.Ed.", "Special education teacher", "Yes"], ["Lydia Moreau, CCC-SLP", "School SLP", "Yes"],
                           ["Vernon Pike, Ed.S.", "School psychologist / LEA representative", "No (input provided)"]],
             order=["title", "participants", "background", "iep", "assess_list", "fba", "behavior_data", "plan", "boiler"])
for g in f["goals"]:
    g.pop("target_date")
f["goals"][0]["stmt"] = "During classroom work periods, Malik will request a break or help using his communication card instead of leaving the classroom."
f["goals"][0]["baseline"] = "0 of 10 opportunities; leaves the room 4-6 times per day"
f["goals"][0]["mastery"] = "8 of 10 opportunities across 3 consecutive school days"
f["gaps"] = [["goal-not-time-bound"]]
f["notes"] = ("Gap: the annual goals have baselines and evaluation criteria but no target date or time frame; the IEP annual review date "
              "and the service period are not goal dates. IEP-style layout with participants, present levels, accommodations.")
add(f)

# j49 - school-based SLP billed to Medicaid; IEP-style; base profile; clean
P49 = D(2025, 10, 21)
f = {
    "num": 49, "file": "j49_plan.docx", "fmt": "docx", "lib": "aba", "disc": "slp", "seed": 2549, "payer": "base-treatment-plan", "states": [],
    "asof": D(2025, 12, 1), "agency": "Willow Creek Unified School District - Special Education Services",
    "client": C("Nadia Petrosyan", D(2017, 4, 3), "MCD-7730194452", "she", "child"), "plan_date": P49,
    "period": (P49, D(2026, 10, 20)),
    "dx": [{"code": "F80.0", "desc": "Phonological disorder", "primary": True}, {"code": "F80.1", "desc": "Expressive language disorder", "primary": False}],
    "goals": [{"domain": "Articulation", "stmt": "Nadia will produce /r/ and /r/-blends in words and sentences with 80% accuracy in structured activities.",
               "baseline": "15% accuracy at word level (GFTA-3 and probe, 09/2025)", "mastery": "80% accuracy across 3 consecutive sessions",
               "target_date": D(2026, 10, 20),
               "objectives": [{"stmt": "produce /r/ in the initial position of words with 80% accuracy", "target_date": D(2026, 1, 30)},
                              {"stmt": "produce /r/ in all word positions in sentences with 80% accuracy", "target_date": D(2026, 5, 29)}]},
              {"domain": "Expressive language", "stmt": "Nadia will retell a 3-part story using first, next and last with correct past-tense verbs in 4 of 5 retells.",
               "baseline": "1 of 5 retells", "mastery": "4 of 5 retells on 2 consecutive data days", "target_date": D(2026, 10, 20),
               "objectives": [{"stmt": "use regular past-tense -ed in 8 of 10 sentences", "target_date": D(2026, 3, 13)}]}],
    "services": [{"name": "Speech-language therapy (small group)", "code": "92508", "freq": "2 times per week", "amount": "30", "loc": "Speech room",
                  "start": P49, "end": D(2026, 10, 20)},
],
    "sigs": [sig("clinician", "Speech-language pathologist", "Lydia Moreau", "M.S., CCC-SLP", P49, npi=make_npi(random.Random(149))),
             sig("guardian", "Parent/guardian", "Armen Petrosyan", None, P49),
             sig("other", "LEA representative", "Vernon Pike", "Ed.S.", P49)],
    "reviews": [(D(2026, 10, 20), False, "review")],
    "participants": [["Armen Petrosyan", "Parent", "Yes"], ["Lydia Moreau, M.S., CCC-SLP", "Speech-language pathologist", "Yes"],
                     ["Hannah Bjork", "General education teacher", "Yes"], ["Vernon Pike, Ed.S.", "LEA representative", "Yes"]],
    "background": ["Nadia was first found eligible for special education under speech or language impairment in 2022. Her triennial "
                   "re-evaluation was completed 09/2025: GFTA-3 standard score 68; CELF-5 Core Language 81; hearing and vision screenings passed.",
                   "Medical: no significant history; no medications. Outside services: private speech therapy 1x/week in 2022-2023 (ended)."],
    "school": "Willow Creek Elementary", "grade": "3",
    "labels": {"client": "Student", "mid": "Medicaid ID", "plan_date": "IEP meeting date", "period": "IEP dates", "review": "Annual IEP review due"},
    "ident_extra": (("Student ID", "S-0020417"), ("Eligibility", "Speech or language impairment"), ("Case manager", "Lydia Moreau")),
    "order": ["title", "participants", "background", "iep", "plan"],
    "plan_order": ["head", "dx", "goals", "svc", "reviews", "sigs"],
    "goal_style": "iep", "svc_style": "iep", "dx_style": "numbered", "house": {"heading": "bar"}, "ident_style": "table4",
    "plan_title": "Annual Goals and Services", "dx_title": "Medicaid Billing Diagnoses", "goal_title": "Measurable Annual Goals",
    "svc_title": "Special Education and Related Services",
    "doc_title": "Individualized Education Program (IEP) - Speech-Language Services",
    "gaps": [], "unsure": [], "notes": ("Clean. IEP with participants, present levels, accommodations, procedural safeguards; Medicaid ID and "
                                        "billing diagnoses present; the district student ID is a distractor identifier."),
}
add(f)


# ---------- non-DOCX formats ----------
from xml.sax.saxutils import escape as xesc


def fhir_bundle(f, extra):
    """FHIR R4 document-style collection bundle: Patient, Practitioners, Conditions, Goals, ServiceRequests, CarePlan, Provenance."""
    c = f["client"]
    ents = []
    def ent(r):
        ents.append({"fullUrl": f"urn:uuid:{r['resourceType'].lower()}-{r['id']}", "resource": r})
        return f"urn:uuid:{r['resourceType'].lower()}-{r['id']}"
    given, family = c["name"].rsplit(" ", 1)
    pat = ent({"resourceType": "Patient", "id": "p1",
               "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB", "display": "Member Number"}]},
                               "system": f.get("mid_system", "http://hl7.org/fhir/sid/us-mbi"), "value": c["mid"]},
                              {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                               "system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": f.get("mrn", "MR-000000")}],
               "name": [{"family": family, "given": given.split()}], "birthDate": c["dob"].isoformat(),
               "gender": "female" if c.get("pron") == "she" else "male"})
    pract = {}
    for i, s in enumerate(f["sigs"]):
        if s["role"] in ("client", "guardian"):
            continue
        g_, fam = s["name"].rsplit(" ", 1)
        r = {"resourceType": "Practitioner", "id": f"pr{i}", "name": [{"family": fam, "given": g_.split(), "suffix": [s["cred"]] if s.get("cred") else []}]}
        if s.get("npi"):
            r["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": s["npi"]}]
        if s.get("cred"):
            r["qualification"] = [{"code": {"text": s["cred"]}}]
        pract[i] = ent(r)
    conds = []
    for j, d in enumerate(f["dx"]):
        conds.append(ent({"resourceType": "Condition", "id": f"c{j}",
                          "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
                          "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "confirmed"}]},
                          "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": "problem-list-item"}]}],
                          "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": d["code"], "display": d["desc"]}], "text": d["desc"]},
                          "subject": {"reference": pat}}))
    goals = []
    for gi, g in enumerate(f["goals"]):
        gr = {"resourceType": "Goal", "id": f"g{gi}", "lifecycleStatus": "active",
              "description": {"text": g["stmt"]}, "subject": {"reference": pat}, "startDate": f["plan_date"].isoformat()}
        if g.get("target_date"):
            gr["target"] = [{"dueDate": g["target_date"].isoformat()}]
        if g.get("problem"):
            gr["note"] = [{"text": "Problem: " + g["problem"]}]
        goals.append(ent(gr))
        for oi, o in enumerate(g.get("objectives", [])):
            orr = {"resourceType": "Goal", "id": f"g{gi}o{oi}", "lifecycleStatus": "active", "description": {"text": o["stmt"]},
                   "subject": {"reference": pat}, "startDate": f["plan_date"].isoformat(),
                   "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/goal-relationship",
                                  "extension": [{"url": "type", "valueCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/goal-relationship-type", "code": "milestone"}]}},
                                                {"url": "target", "valueReference": {"reference": goals[-1] if False else f"urn:uuid:goal-g{gi}"}}]}]}
            if o.get("target_date"):
                orr["target"] = [{"dueDate": o["target_date"].isoformat()}]
            goals.append(ent(orr))
    srs = []
    for k, s in enumerate(f["services"]):
        sr = {"resourceType": "ServiceRequest", "id": f"s{k}", "status": "active", "intent": "plan",
              "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt" if s["code"][0].isdigit() else "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "code": s["code"]}], "text": s["name"]},
              "subject": {"reference": pat}}
        if s.get("timing"):
            sr["occurrenceTiming"] = s["timing"]
        if s.get("freq_text"):
            sr["note"] = [{"text": s["freq_text"]}]
        srs.append(ent(sr))
    for r in extra.get("resources", []):
        r = dict(r)
        if "subject" in r:
            r["subject"] = {"reference": pat}
        if "patient" in r:
            r["patient"] = {"reference": pat}
        ent(r)
    cp = {"resourceType": "CarePlan", "id": "cp1", "status": "active", "intent": "plan",
          "title": f.get("doc_title", "Treatment plan"),
          "category": [{"text": f.get("cp_category", "Treatment plan")}],
          "subject": {"reference": pat}, "created": f["plan_date"].isoformat(),
          "period": {"start": f["period"][0].isoformat(), "end": f["period"][1].isoformat()},
          "author": {"reference": pract[0]},
          "addresses": [{"reference": r} for r in conds],
          "goal": [{"reference": r} for r in goals],
          "activity": [{"reference": {"reference": r}} for r in srs] +
                      [{"detail": {"kind": "ServiceRequest", "status": "scheduled", "description": t}} for t in f.get("activities", [])],
          "note": [{"text": t} for t in extra.get("notes", [])]}
    if f.get("duration"):
        cp["description"] = "Expected duration: " + f["duration"]
    ent(cp)
    for i, s in enumerate(f["sigs"]):
        if s["role"] in ("client", "guardian") or not s.get("signed", True):
            continue
        prov = {"resourceType": "Provenance", "id": f"prov{i}", "target": [{"reference": "urn:uuid:careplan-cp1"}],
                "recorded": (s["date"] or f["plan_date"]).isoformat() + "T12:00:00Z",
                "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                                "code": "author" if s["role"] == "clinician" else "verifier"}]},
                           "role": [{"text": s["label"]}], "who": {"reference": pract[i]}}]}
        if s.get("date"):
            prov["signature"] = [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1" if s["role"] == "clinician" else "1.2.840.10065.1.12.1.5",
                                            "display": "Author's Signature" if s["role"] == "clinician" else "Verification Signature"}],
                                  "when": s["date"].isoformat() + "T12:00:00Z", "who": {"reference": pract[i]}, "sigFormat": "application/jose", "data": "ZXlKaGJHY2lPaUpTVXpJMU5pSjku"}]
        ent(prov)
    return {"resourceType": "Bundle", "id": f"blind25-{f['num']:02d}", "type": "collection",
            "timestamp": f["plan_date"].isoformat() + "T12:00:00Z", "entry": ents}


def write_json(f, obj):
    with open(os.path.join(OUT, f["file"]), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def timing(freq, period, unit, bounds_val=None, bounds_unit=None, dur=None, dur_unit=None):
    t = {"repeat": {"frequency": freq, "period": period, "periodUnit": unit}}
    if bounds_val:
        t["repeat"]["boundsDuration"] = {"value": bounds_val, "unit": {"wk": "weeks", "mo": "months", "d": "days"}[bounds_unit],
                                         "system": "http://unitsofmeasure.org", "code": bounds_unit}
    if dur:
        t["repeat"]["duration"] = dur
        t["repeat"]["durationUnit"] = dur_unit
    return t


# j09 - FHIR psychotherapy plan; the psychotherapy request states frequency and duration but no session length
P9 = D(2026, 2, 16)
f = psych_plan(9, P9, D(2026, 3, 20), C("Cressida Montgomery", D(1959, 6, 18), "7TN4-KE2-VR63"), "Evergreen Behavioral Telehealth",
               {"name": "Oren Castellanos", "cred": "LCSW", "npi": make_npi(random.Random(9))})
f["file"] = "j09_plan.json"
f["fmt"] = "fhir"
f["period"] = (P9, add_months(P9, 6))
f["services"] = [{"name": "Individual psychotherapy", "code": "90837", "timing": timing(1, 1, "wk", 6, "mo")}]
f["activities"] = []
f["gaps"] = [["amount-missing"]]
f["notes"] = ("Gap: the ServiceRequest for 90837 has a weekly timing bounded to 6 months but no session length (no Timing.repeat.duration "
              "or quantity); MedicationStatement dosage timings and a resolved Condition, a completed earlier Goal not referenced by the "
              "CarePlan and a FamilyMemberHistory with codes are distractors. FHIR R4 collection Bundle with Provenance signature.")
f["_extra"] = {"resources": [
    {"resourceType": "Condition", "id": "old1", "subject": {},
     "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "resolved"}]},
     "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F43.22", "display": "Adjustment disorder with anxiety"}]},
     "onsetDateTime": "2019-04-02", "abatementDateTime": "2019-10-15"},
    {"resourceType": "MedicationStatement", "id": "m1", "status": "active", "subject": {},
     "medicationCodeableConcept": {"text": "Sertraline 100 mg tablet"},
     "dosage": [{"text": "100 mg by mouth once daily", "timing": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "d"}}}]},
    {"resourceType": "MedicationStatement", "id": "m2", "status": "active", "subject": {},
     "medicationCodeableConcept": {"text": "Hydroxyzine 25 mg tablet"},
     "dosage": [{"text": "25 mg up to three times a day as needed", "asNeededBoolean": True,
                 "timing": {"repeat": {"frequency": 3, "period": 1, "periodUnit": "d"}}}]},
    {"resourceType": "FamilyMemberHistory", "id": "fh1", "status": "completed", "patient": {},
     "relationship": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "FTH"}]},
     "condition": [{"code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F10.2", "display": "Alcohol dependence"}]}}]},
    {"resourceType": "Goal", "id": "oldgoal", "lifecycleStatus": "completed", "achievementStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/goal-achievement", "code": "achieved"}]},
     "description": {"text": "Return to work 3 days per week (2019 episode)"}, "subject": {}, "target": [{"dueDate": "2019-09-30"}]},
    {"resourceType": "Observation", "id": "phq", "status": "final", "subject": {},
     "code": {"coding": [{"system": "http://loinc.org", "code": "44261-6", "display": "PHQ-9 total score"}]},
     "effectiveDateTime": (P9 - dt.timedelta(days=7)).isoformat(), "valueInteger": 18}],
    "notes": ["Assessment summary: recurrent depression with anxiety; referred by PCP (letter 01/09/2026 suggested weekly therapy for 12 weeks).",
              "Prior treatment: outpatient counseling 2019 (weekly, 45 minutes) for adjustment disorder, completed."]}
add(f)

# j39 - FHIR home health plan of care; clean
S39 = D(2026, 1, 26)
f = hh_plan(39, S39, D(2026, 3, 2), C("Winifred Castellane", D(1938, 8, 8), "6UX9-HU1-ZF17"), "Maplewood Home Health",
            {"name": "Bartholomew Kestrel", "cred": "MD", "npi": make_npi(random.Random(139))}, {"name": "Octavia Penhallow", "cred": "RN"})
f["file"] = "j39_plan.json"
f["fmt"] = "fhir"
f["cp_category"] = "Home health plan of care"
f["duration"] = "9 weeks"
f["services"] = [{"name": "Skilled nursing visits", "code": "G0299", "timing": timing(2, 1, "wk", 9, "wk"), "freq_text": "SN 1w1, 2w4, 1w4"},
                 {"name": "Physical therapy visits", "code": "G0151", "timing": timing(2, 1, "wk", 6, "wk"), "freq_text": "PT 2w3, 1w3"},
                 {"name": "Home health aide visits", "code": "G0156", "timing": timing(2, 1, "wk", 4, "wk"), "freq_text": "HHA 2w4"}]
f["notes"] = ("Clean. FHIR Bundle: CarePlan with the 60-day certification period, ServiceRequests with weekly timings bounded in weeks, "
              "measurable dated Goals, certifying MD's Provenance signature 8 days after SOC; PRN MedicationStatements are distractors.")
f["_extra"] = {"resources": [
    {"resourceType": "MedicationStatement", "id": "m1", "status": "active", "subject": {}, "medicationCodeableConcept": {"text": "Furosemide 40 mg"},
     "dosage": [{"text": "40 mg twice a day", "timing": {"repeat": {"frequency": 2, "period": 1, "periodUnit": "d"}}}]},
    {"resourceType": "MedicationStatement", "id": "m2", "status": "active", "subject": {}, "medicationCodeableConcept": {"text": "Nitroglycerin 0.4 mg SL"},
     "dosage": [{"text": "PRN chest pain", "asNeededBoolean": True}]},
    {"resourceType": "Encounter", "id": "f2f", "status": "finished", "subject": {}, "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP"},
     "period": {"start": (S39 - dt.timedelta(days=8)).isoformat(), "end": (S39 - dt.timedelta(days=2)).isoformat()},
     "reasonCode": [{"text": "Acute on chronic systolic heart failure; face-to-face encounter by Mirela Constantin, NP"}]}],
    "notes": ["OASIS start-of-care assessment completed in the home; M1033 high risk of hospitalization.",
              "Homebound: dyspnea after 20 feet, needs walker and another person on stairs."]}
add(f)


def cda_date(d):
    return d.strftime("%Y%m%d")


def ccda(f, sections, admit_low=None):
    c = f["client"]
    given, family = c["name"].rsplit(" ", 1)
    def person(name, cred):
        g_, fam = name.rsplit(" ", 1)
        return (f"<name><given>{xesc(g_)}</given><family>{xesc(fam)}</family>" + (f"<suffix>{xesc(cred)}</suffix>" if cred else "") + "</name>")
    sg = f["sigs"]
    author = next(s for s in sg if s["role"] == "clinician")
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">',
           '  <realmCode code="US"/>', '  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>',
           '  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>',
           '  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>',
           f'  <id root="2.16.840.1.113883.19.5.99999.1" extension="BLIND25-{f["num"]:02d}"/>',
           '  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" displayName="Overall plan of care/advance care directives"/>',
           f'  <title>{xesc(f["doc_title"])}</title>',
           f'  <effectiveTime value="{cda_date(f["plan_date"])}"/>',
           '  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>', '  <languageCode code="en-US"/>',
           '  <recordTarget><patientRole>',
           f'    <id root="{f.get("mid_root", "2.16.840.1.113883.4.927")}" extension="{xesc(c["mid"])}" assigningAuthorityName="{xesc(f.get("mid_name", "Member ID"))}"/>',
           f'    <id root="2.16.840.1.113883.19.5.99999.2" extension="{xesc(f.get("mrn", "MRN-1"))}" assigningAuthorityName="Medical record number"/>',
           f'    <patient><name><given>{xesc(given)}</given><family>{xesc(family)}</family></name>'
           f'<administrativeGenderCode code="{"F" if c.get("pron") == "she" else "M"}" codeSystem="2.16.840.1.113883.5.1"/>'
           f'<birthTime value="{cda_date(c["dob"])}"/></patient>',
           '  </patientRole></recordTarget>',
           f'  <author><time value="{cda_date(author["date"])}"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="{author.get("npi") or make_npi(random.Random(f["num"]))}"/>'
           f'<assignedPerson>{person(author["name"], author.get("cred"))}</assignedPerson></assignedAuthor></author>',
           f'  <custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.19.5"/><name>{xesc(f["agency"])}</name></representedCustodianOrganization></assignedCustodian></custodian>',
           f'  <legalAuthenticator><time value="{cda_date(author["date"])}"/><signatureCode code="S"/><assignedEntity><id root="2.16.840.1.113883.4.6" extension="{author.get("npi") or make_npi(random.Random(f["num"]))}"/>'
           f'<assignedPerson>{person(author["name"], author.get("cred"))}</assignedPerson></assignedEntity></legalAuthenticator>']
    for s in sg:
        if s["role"] == "clinician" or not s.get("signed", True):
            continue
        fn = "RESP" if s["role"] in ("client", "guardian") else "PCP"
        if s["role"] in ("client", "guardian"):
            out.append(f'  <participant typeCode="IND"><functionCode code="{fn}"/><time value="{cda_date(s["date"])}"/><associatedEntity classCode="PAT"><associatedPerson>{person(s["name"], None)}</associatedPerson></associatedEntity></participant>')
        else:
            out.append(f'  <authenticator><time value="{cda_date(s["date"])}"/><signatureCode code="S"/><assignedEntity><id root="2.16.840.1.113883.4.6" extension="{s.get("npi") or make_npi(random.Random(f["num"] * 7))}"/>'
                       f'<code displayName="{xesc(s["label"])}"/><assignedPerson>{person(s["name"], s.get("cred"))}</assignedPerson></assignedEntity></authenticator>')
    out.append(f'  <documentationOf><serviceEvent classCode="PCPR"><effectiveTime><low value="{cda_date(f["period"][0])}"/><high value="{cda_date(f["period"][1])}"/></effectiveTime></serviceEvent></documentationOf>')
    if admit_low:
        out.append(f'  <componentOf><encompassingEncounter><id root="2.16.840.1.113883.19.5.99999.3" extension="ENC-{f["num"]}"/><effectiveTime><low value="{cda_date(admit_low)}"/></effectiveTime></encompassingEncounter></componentOf>')
    out.append('  <component><structuredBody>')
    for sec in sections:
        out.append('    <component><section>')
        if sec.get("template"):
            out.append(f'      <templateId root="{sec["template"]}" extension="2015-08-01"/>')
        if sec.get("code"):
            out.append(f'      <code code="{sec["code"]}" codeSystem="2.16.840.1.113883.6.1"/>')
        out.append(f'      <title>{xesc(sec["title"])}</title>')
        out.append('      <text>' + sec["text"] + '</text>')
        for e in sec.get("entries", []):
            out.append('      ' + e)
        out.append('    </section></component>')
    out.append('  </structuredBody></component>')
    out.append('</ClinicalDocument>')
    return "\n".join(out) + "\n"


def cda_list(items):
    return "<list>" + "".join(f"<item>{xesc(i)}</item>" for i in items) + "</list>"


def cda_table(header, rows):
    return ("<table border=\"1\"><thead><tr>" + "".join(f"<th>{xesc(h)}</th>" for h in header) + "</tr></thead><tbody>" +
            "".join("<tr>" + "".join(f"<td>{xesc(str(v))}</td>" for v in r) + "</tr>" for r in rows) + "</tbody></table>")


def cda_problem_entries(dx, status="active"):
    es = []
    for i, d in enumerate(dx):
        es.append(f'<entry><act classCode="ACT" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.22.4.3" extension="2015-08-01"/>'
                  f'<id root="2.16.840.1.113883.19.5.99999.{i + 10}"/><code code="CONC" codeSystem="2.16.840.1.113883.5.6"/><statusCode code="{status}"/>'
                  f'<entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>'
                  f'<code code="55607006" codeSystem="2.16.840.1.113883.6.96" displayName="Problem"/><statusCode code="completed"/>'
                  f'<value xsi:type="CD" code="{d["code"]}" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="{xesc(d["desc"])}"/>'
                  f'</observation></entryRelationship></act></entry>')
    return es


def cda_goal_entries(goals):
    es = []
    for i, g in enumerate(goals):
        eff = f'<effectiveTime value="{cda_date(g["target_date"])}"/>' if g.get("target_date") else ""
        subs = ""
        for j, o in enumerate(g.get("objectives", [])):
            oe = f'<effectiveTime value="{cda_date(o["target_date"])}"/>' if o.get("target_date") else ""
            subs += (f'<entryRelationship typeCode="COMP"><observation classCode="OBS" moodCode="GOL"><templateId root="2.16.840.1.113883.10.20.22.4.121"/>'
                     f'<id root="2.16.840.1.113883.19.5.99999.{100 + i * 10 + j}"/><code nullFlavor="UNK"><originalText>{xesc(o["stmt"] + (" (" + o["time_frame"] + ")" if o.get("time_frame") else ""))}</originalText></code>'
                     f'<statusCode code="active"/>{oe}</observation></entryRelationship>')
        es.append(f'<entry><observation classCode="OBS" moodCode="GOL"><templateId root="2.16.840.1.113883.10.20.22.4.121"/>'
                  f'<id root="2.16.840.1.113883.19.5.99999.{50 + i}"/><code nullFlavor="UNK"><originalText>{xesc(g["stmt"])}</originalText></code>'
                  f'<statusCode code="active"/>{eff}{subs}</observation></entry>')
    return es


def cda_service_entries(services):
    es = []
    for i, s in enumerate(services):
        cs = "2.16.840.1.113883.6.12" if s["code"][0].isdigit() else "2.16.840.1.113883.6.285"
        desc = f"{s['name']}: " + ", ".join(x for x in [s.get("amount"), s.get("freq"), s.get("dur") and "for " + s["dur"]] if x)
        es.append(f'<entry><procedure classCode="PROC" moodCode="INT"><templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>'
                  f'<id root="2.16.840.1.113883.19.5.99999.{200 + i}"/><code code="{s["code"]}" codeSystem="{cs}" displayName="{xesc(s["name"])}"><originalText>{xesc(desc)}</originalText></code>'
                  f'<statusCode code="active"/></procedure></entry>')
    return es


# j14 - C-CDA NY OASAS inpatient rehabilitation plan; clean
P14 = D(2026, 2, 13)
f = sud_plan(14, P14, D(2026, 3, 3), C("Leopoldo Santangelo", D(1977, 10, 21), "NY66304512", "he"), "Adirondack Ridge Treatment Center",
             "ny-oasas-818", {"name": "Harriet Quarles", "cred": "CASAC-Master"}, loc="Inpatient rehabilitation")
f["file"] = "j14_plan.xml"
f["fmt"] = "ccda"
f["admit"] = D(2026, 2, 9)
f["period"] = (P14, td(D(2026, 2, 9), 27))
f["sigs"].append(sig("physician", "Physician review of treatment plan", "Cyrus Vandenberg", "MD", D(2026, 2, 16), npi=make_npi(random.Random(114))))
f["sigs"][0]["npi"] = make_npi(random.Random(214))
f["doc_title"] = "Inpatient Rehabilitation Treatment Plan"
f["notes"] = ("Clean. C-CDA Care Plan: admission (encompassingEncounter) 02/09/2026, plan 02/13 (4 days), physician authenticator "
              "02/16 (7 days); narrative sections with withdrawal history, medications with frequencies, resolved problems and family history codes.")
add(f)

# j33 - C-CDA PT plan of care; clean
P33 = D(2026, 2, 2)
f = therapy_plan(33, P33, D(2026, 3, 16), C("Ottoline Brackenbury", D(1952, 1, 11), "9VW1-JW2-ZG28"), "Eastside Physical Therapy", "pt",
                 {"name": "Quinn Ridgeway", "cred": "PT, DPT", "npi": make_npi(random.Random(33))},
                 {"name": "Mirabel Achterberg", "cred": "MD", "npi": make_npi(random.Random(133))},
                 services=copy.deepcopy(PT_SVCS[:4]), goals=pt_knee_goals(P33), tests=pt_tests(P33),
                 reason="left total knee arthroplasty", onset=D(2026, 1, 13), onset_what="left TKA", prior_episode="none",
                 dx=[{"code": "Z96.652", "desc": "Presence of left artificial knee joint", "primary": True},
                     {"code": "Z47.1", "desc": "Aftercare following joint replacement surgery", "primary": False}],
                 pmh=[], tmeds=[], ref_md="", ref_npi="", order_date=P33, order_dx="", assessment=[])
f["file"] = "j33_plan.xml"
f["fmt"] = "ccda"
f["sigs"][1]["date"] = td(P33, 11)
f["doc_title"] = "Physical Therapy Plan of Care"
f["notes"] = ("Clean. C-CDA Care Plan for outpatient PT: evaluation/first treatment 02/02/2026 (encompassingEncounter), certification "
              "period 02/02-05/02/2026 (89 days), 2x/week for 8 weeks stated in the plan of treatment section, MD authenticator 11 days "
              "after; onset/surgery date and medications are distractors.")
add(f)


def write_ccda(f):
    ctx = Ctx(f)
    P = f["plan_date"]
    if f["disc"] == "sud":
        secs = [
            {"title": "Admission Information", "text": cda_list([f"Admission date: {fd(f['admit'])}", f"Level of care: {f['loc']}",
                                                                 f"Treatment plan date: {fd(P)}", f"Projected length of stay: {f['duration']}"])},
            {"title": "History of Present Illness", "text": "<paragraph>" + xesc(" ".join(f["hpi"])) + "</paragraph>"},
            {"title": "Withdrawal Management Summary", "text": cda_table(["Date", "CIWA-Ar", "Nurse"],
                                                                        [[fd(td(f["admit"], i)), str(15 - 4 * i), ctx.ppl.name() + ", RN"] for i in range(3)])},
            {"title": "Medications", "code": "10160-0", "text": cda_table(["Medication", "Dose", "Route", "Frequency"], f["meds"])},
            {"title": "Past Problems (resolved / historical)", "code": "11348-0",
             "text": cda_table(["Status", "Code", "Description", "Source"], f["dx_hist"]),
             "entries": cda_problem_entries([{"code": r[1], "desc": r[2]} for r in f["dx_hist"]], status="completed")},
            {"title": "Family History", "code": "10157-6", "text": cda_list(f["family"])},
            {"title": "Health Concerns (treatment plan diagnoses)", "template": "2.16.840.1.113883.10.20.22.2.58", "code": "75310-3",
             "text": cda_table(["ICD-10-CM", "Diagnosis", "Rank"], [[d["code"], d["desc"], "Primary" if d.get("primary") else "Secondary"] for d in f["dx"]]),
             "entries": cda_problem_entries(f["dx"])},
            {"title": "Goals", "template": "2.16.840.1.113883.10.20.22.2.60", "code": "61146-7",
             "text": cda_list([f"Problem {i}: {g['problem']} - Goal: {g['stmt']} Objectives: " +
                               "; ".join(f"{o['stmt']} (target {fd(o['target_date'])})" for o in g["objectives"]) for i, g in enumerate(f["goals"], 1)]),
             "entries": cda_goal_entries(f["goals"])},
            {"title": "Interventions", "template": "2.16.840.1.113883.10.20.21.2.3", "code": "62387-6",
             "text": cda_table(["Service", "Code", "Amount", "Frequency", "Duration"], [[s["name"], s["code"], s["amount"], s["freq"], s["dur"]] for s in f["services"]]),
             "entries": cda_service_entries(f["services"])},
            {"title": "Client Rights and Consent", "text": "<paragraph>" + xesc("Records are protected by 42 CFR Part 2. The client received the "
                                                                                "handbook, the grievance procedure and the rights statement on admission.") + "</paragraph>"}]
        xml = ccda(f, secs, admit_low=f["admit"])
    else:
        secs = [
            {"title": "Referral and Onset", "text": cda_list([f"Onset / surgery date: {fd(f['onset'])} ({f['onset_what']})",
                                                             f"Start of care (initial evaluation, first treatment): {fd(f['first_tx'])}",
                                                             f"Certification period: {fd(f['period'][0])} - {fd(f['period'][1])}"])},
            {"title": "Medications", "code": "10160-0", "text": cda_table(["Medication", "Dose", "Frequency"],
                                                                          [["Apixaban", "2.5 mg", "Twice a day x 35 days"], ["Celecoxib", "200 mg", "Daily"], ["Oxycodone", "5 mg", "Every 4-6 hours as needed"]])},
            {"title": "Tests and Measures", "text": "".join(cda_table(h, r) for (_, h, r) in f["tests"])},
            {"title": "Health Concerns", "template": "2.16.840.1.113883.10.20.22.2.58", "code": "75310-3",
             "text": cda_table(["ICD-10-CM", "Diagnosis"], [[d["code"], d["desc"]] for d in f["dx"]]), "entries": cda_problem_entries(f["dx"])},
            {"title": "Goals", "template": "2.16.840.1.113883.10.20.22.2.60", "code": "61146-7",
             "text": cda_list([f"LTG {i}: {g['stmt']} (by {fd(g['target_date'])})" for i, g in enumerate(f["goals"], 1)] +
                              [f"STG: {o['stmt']} ({o['time_frame']})" for g in f["goals"] for o in g["objectives"]]),
             "entries": cda_goal_entries(f["goals"])},
            {"title": "Plan of Treatment", "template": "2.16.840.1.113883.10.20.22.2.10", "code": "18776-5",
             "text": cda_list([f"Frequency: {f['freq']}", f"Duration: {f['duration']}"] + [f"{s['code']} {s['name']}" for s in f["services"]]),
             "entries": cda_service_entries([dict(s, freq=f["freq"], dur=f["duration"]) for s in f["services"]])},
            {"title": "Prior Episode", "text": "<paragraph>Outpatient PT for the right knee in 2021: 3x/week for 6 weeks at another clinic; discharged, goals met.</paragraph>"}]
        xml = ccda(f, secs, admit_low=f["first_tx"])
    with open(os.path.join(OUT, f["file"]), "w", encoding="utf-8") as fh:
        fh.write(xml)


def yq(s):
    return json.dumps(str(s), ensure_ascii=False)


def write_yaml(f):
    c = f["client"]
    L = []
    L.append("schema: authcheck-plan/1")
    L.append(f"patient: {{name: {yq(c['name'])}, birth_date: {c['dob'].isoformat()}, member_id: {yq(c['mid'])}}}")
    for k in ("payer", "program", "level_of_care"):
        if f.get("y_" + k):
            L.append(f"{k}: {yq(f['y_' + k])}")
    L.append(f"discipline: {f['y_disc']}")
    if f.get("providers"):
        L.append("providers:")
        for p in f["providers"]:
            L.append("  - {" + ", ".join(f"{k}: {yq(v)}" for k, v in p.items()) + "}")
    if f.get("admit"):
        L.append(f"admission_date: {f['admit'].isoformat()}")
    L.append(f"plan_date: {f['plan_date'].isoformat()}")
    if f.get("period"):
        L.append(f"period: {{start: {f['period'][0].isoformat()}, end: {f['period'][1].isoformat()}}}")
    if f.get("duration"):
        L.append(f"expected_duration: {yq(f['duration'])}")
    if f.get("presenting"):
        L.append(f"presenting_problem: {yq(f['presenting'])}")
    L.append("diagnoses:")
    for d in f["dx"]:
        items = [f"code: {d['code']}", f"description: {yq(d['desc'])}", f"primary: {'true' if d.get('primary') else 'false'}"]
        if d.get("by"):
            items += [f"diagnosed_by: {yq(d['by'])}", f"diagnosed_on: {d['on'].isoformat()}"]
        L.append("  - {" + ", ".join(items) + "}")
    if f.get("assessments"):
        L.append("assessments:")
        for a in f["assessments"]:
            L.append(f"  - {{instrument: {yq(a['instrument'])}, date: {a['date'].isoformat()}, administered_by: {yq(a['by'])}}}")
    L.append("problems:")
    for g in f["goals"]:
        L.append(f"  - statement: {yq(g.get('problem') or g.get('domain') or 'Treatment need')}")
        L.append("    goals:")
        L.append(f"      - statement: {yq(g['stmt'])}")
        for k in ("domain", "baseline"):
            if g.get(k):
                L.append(f"        {k}: {yq(g[k])}")
        if g.get("mastery"):
            L.append(f"        mastery_criteria: {yq(g['mastery'])}")
        if g.get("target_date"):
            L.append(f"        target_date: {g['target_date'].isoformat()}")
        if g.get("objectives"):
            L.append("        objectives:")
            for o in g["objectives"]:
                L.append(f"          - statement: {yq(o['stmt'])}")
                if o.get("target_date"):
                    L.append(f"            target_date: {o['target_date'].isoformat()}")
        if g.get("interventions"):
            L.append("        interventions:")
            for t in g["interventions"]:
                L.append(f"          - {{description: {yq(t)}}}")
    L.append("services:")
    for s in f["services"]:
        items = [f"code: {yq(s['code'])}", f"description: {yq(s['name'])}"]
        for k, yk in (("amount", "amount"), ("freq", "frequency"), ("dur", "duration")):
            if s.get(k):
                items.append(f"{yk}: {yq(s[k])}")
        if s.get("hpw"):
            items.append(f"hours_per_week: {yq(s['hpw'])}")
        L.append("  - {" + ", ".join(items) + "}")
    L.append("reviews:")
    for d, done, kind in f["reviews"]:
        L.append(f"  - {{kind: review, date: {d.isoformat()}, completed: {'true' if done else 'false'}}}")
    L.append("signatures:")
    for s in f["sigs"]:
        items = [f"role: {s['role']}", f"name: {yq(s['name'])}"]
        if s.get("cred"):
            items.append(f"credential: {yq(s['cred'])}")
        if s.get("date"):
            items.append(f"date: {s['date'].isoformat()}")
        items.append(f"method: {s.get('y_method', 'electronic')}")
        L.append("  - {" + ", ".join(items) + "}")
    L.append("free_text:")
    for h, t in f["y_free"]:
        L.append(f"  - heading: {yq(h)}")
        L.append(f"    text: {yq(t)}")
    with open(os.path.join(OUT, f["file"]), "w", encoding="utf-8") as fh:
        fh.write("# " + f["doc_title"] + " - " + f["agency"] + "\n" + "\n".join(L) + "\n")


# j20 - native YAML, California NTP: supervising counselor countersigned 20 days after the plan
P20 = D(2025, 9, 8)
f = sud_plan(20, P20, D(2025, 10, 15), C("Bonifacio Arriaga", D(1974, 7, 7), "94567890D", "he"), "Golden Hills Narcotic Treatment Program",
             "ca-title9-ntp", {"name": "Imani Whitcombe", "cred": "CADC-II"}, mat=True, obj_days=70, program="Methadone maintenance")
f["file"] = "j20_plan.yaml"
f["fmt"] = "yaml"
f["admit"] = D(2025, 8, 18)
f["services"] = copy.deepcopy(ca_services)
f["duration"] = None
f["reviews"] = [(D(2025, 11, 17), False, "review")]
f["sigs"] += [sig("supervisor", "Supervising counselor", "Torvald Ekstrom", "LAADC", D(2025, 9, 28)),
              sig("physician", "Medical director", "Aurelia Montalban", "MD", D(2025, 9, 15))]
f["y_disc"] = "sud"
f["y_program"] = "Narcotic treatment program - methadone maintenance"
f["y_payer"] = "Medi-Cal"
f["doc_title"] = "Initial Maintenance Treatment Plan"
f["providers"] = [{"name": "Imani Whitcombe", "credential": "CADC-II", "role": "primary counselor", "npi": make_npi(random.Random(20))}]
f["y_free"] = [("Dose history", "Induction 08/18/2025 at 30 mg; 60 mg on 08/29; 85 mg on 09/05/2025. Take-homes: none."),
               ("Prior episodes", "Methadone maintenance at another program 2016-2018 with quarterly plan updates (03/2017, 06/2017, 09/2017); "
                                  "countersigned by that program's supervisor 31 days late on one occasion (2017)."),
               ("Urine drug screens", "08/18/2025 positive fentanyl; 08/25 positive fentanyl; 09/01 negative; 09/05 negative."),
               ("Medications", "Methadone 85 mg daily observed; gabapentin 300 mg three times a day; nicotine patch 21 mg daily.")]
f["gaps"] = [["signature-late"]]
f["notes"] = ("Gap: the supervising counselor countersigned on 2025-09-28, 20 days after the plan's effective date (2025-09-08); tit. 9 "
              "10305 requires 14. The medical director signed in time (7 days). Admission 08/18 -> plan 21 days; next update 11/17 (91 days). "
              "Native YAML with free-text distractors.")
add(f)

# j47 - native YAML ABA: a 12-month authorization period
P47 = D(2026, 2, 9)
f = aba_plan(47, P47, D(2026, 3, 12), C("Imogen Castlereagh", D(2020, 6, 1), "ANT700129845", "she", "child"), "Blue Heron Behavior Therapy",
             {"name": "Desmond Oyelaran", "cred": "BCBA"}, G("Fiona Castlereagh"))
f["file"] = "j47_plan.yaml"
f["fmt"] = "yaml"
f["period"] = (P47, td(add_months(P47, 12), -1))
f["y_disc"] = "aba"
f["y_payer"] = "Anthem commercial"
f["services"][0]["hpw"] = "20"
f["services"][1]["hpw"] = "3"
f["services"][2]["hpw"] = "1"
f["y_free"] = [("Background", "Other services: speech therapy 2x/week at school; OT 1x/week. Guanfacine 1 mg every morning."),
               ("Previous authorization", "08/01/2025 - 01/31/2026: 97153 2,080 units, 97155 312 units (6 months)."),
               ("Diagnostic evaluation", "ADOS-2 Module 2 on 2024-04-11 by Harriet Vandersloot, PhD (comparison score 7).")]
f["gaps"] = [["duration-exceeds-limit"]]
f["notes"] = ("Gap: the requested authorization period runs 2026-02-09 to 2027-02-08 (12 months), beyond the 6 months allowed; reviews "
              "are still scheduled within 184 days. The previous 6-month authorization in free text is a distractor. Native YAML.")
add(f)


# ----------------------------------------------------------------------------------------------
# self-check of dates against the profile numbers, labels, main
# ----------------------------------------------------------------------------------------------

DATE_KINDS = {"plan-outdated", "plan-late", "signature-late", "review-interval-exceeded", "review-overdue",
              "assessment-outdated", "duration-exceeds-limit"}
STANDARDIZED = ("VB-MAPP", "Vineland", "ABLLS", "AFLS")


def date_findings(f):
    k = set()
    P, A, asof = f["plan_date"], f.get("admit"), f["asof"]
    sg = {}
    for s in f["sigs"]:
        sg.setdefault(s["role"], s)
    profs = [f["payer"]] + f["states"]
    sched = sorted(d for d, done, _ in f.get("reviews", []) if not done)
    if "medicare-psychotherapy" in profs and (asof - P).days > 365:
        k.add("plan-outdated")
    if "pa-55-5200" in profs and (P - A).days > 30:
        k.add("plan-late")
    if "ny-oasas-818" in profs:
        if (P - A).days > 7:
            k.add("plan-late")
        ph = sg.get("physician")
        if ph and ph.get("date") and (ph["date"] - A).days > 10:
            k.add("signature-late")
    if "fl-65d-30" in profs:
        if (P - A).days > FL_DAYS[f["loc"].lower()]:
            k.add("plan-late")
        sv = sg.get("supervisor")
        if sv and sv.get("date") and (sv["date"] - P).days > 10:
            k.add("signature-late")
    if "ca-title9-ntp" in profs:
        if (P - A).days > 28:
            k.add("plan-late")
        for r in ("supervisor", "physician"):
            if sg.get(r) and (sg[r]["date"] - P).days > 14:
                k.add("signature-late")
        seq = [A] + sched
        if any((b - a).days > 92 for a, b in zip(seq, seq[1:])):
            k.add("review-interval-exceeded")
        if any(d < asof for d in sched):
            k.add("review-overdue")
    if f["payer"] == "medicare-outpatient-therapy":
        T = f["first_tx"]
        if (P - T).days > 0:
            k.add("plan-late")
        ph = sg.get("physician")
        if ph and ph.get("date") and (ph["date"] - T).days > 30:
            k.add("signature-late")
        if (f["period"][1] - T).days > 90:
            k.add("review-interval-exceeded")
        if f["period"][1] < asof:
            k.add("review-overdue")
    if f["payer"] == "medicare-home-health":
        T = f["first_tx"]
        if (f["period"][1] - T).days > 60:
            k.add("review-interval-exceeded")
        if f["period"][1] < asof:
            k.add("review-overdue")
    if f["payer"] == "commercial-aba":
        std = [a["date"] for a in f["assessments"] if any(x in a["instrument"] for x in STANDARDIZED)]
        assert std, f["file"]
        if (P - max(std)).days > 365:
            k.add("assessment-outdated")
        seq = [P] + sched
        if any((b - a).days > 184 for a, b in zip(seq, seq[1:])):
            k.add("review-interval-exceeded")
        if f["period"][1] >= add_months(f["period"][0], 6):
            k.add("duration-exceeds-limit")
    return k


def selfcheck(f):
    P, asof = f["plan_date"], f["asof"]
    assert asof >= P, f["file"]
    for s in f["sigs"]:
        if s.get("date"):
            assert P <= s["date"] <= asof, (f["file"], s)
        if s.get("npi"):
            assert npi_ok(s["npi"]), (f["file"], s["npi"])
    for g in f["goals"]:
        for d in [g.get("target_date")] + [o.get("target_date") for o in g.get("objectives", [])]:
            if d:
                assert d > P, (f["file"], g["stmt"])
    if f.get("admit"):
        assert f["admit"] <= P, f["file"]
    if f.get("period"):
        assert f["period"][0] < f["period"][1], f["file"]
    for d, done, _ in f.get("reviews", []):
        assert d > P, f["file"]
    gap_kinds = {k for g in f["gaps"] for k in g}
    found = date_findings(f)
    assert found == (gap_kinds & DATE_KINDS), (f["file"], found, gap_kinds)
    assert len(f["gaps"]) <= 2, f["file"]
    if f["payer"] == "medicare-psychotherapy" and f.get("duration"):
        assert "month" in f["duration"] or "week" in f["duration"]


def label(f):
    profs = [f["payer"]] + f["states"]
    kinds = set()
    for p in profs:
        kinds |= KINDS[p]
    gap_kinds = {k for g in f["gaps"] for k in g}
    cw = ["--payer", f["payer"]]
    for s in f["states"]:
        cw += ["--state", s]
    cw += ["--as-of", f["asof"].isoformat()]
    notes = f["notes"]
    if f.get("unsure"):
        notes += " Left out of must_not_report (unsure): " + ", ".join(f["unsure"]) + "."
    return {"file": f["file"], "check_with": cw, "must_report": f["gaps"],
            "must_not_report": sorted(kinds - gap_kinds - set(f.get("unsure", []))), "notes": notes}


def lengthen(f):
    """Add the discipline's extra sections and the policy appendix, keeping each plan's own order."""
    o = f["order"]
    if f["lib"] in ("therapy", "hh", "aba") and "more" not in o:
        i = o.index("plan")
        o.insert(i if f["num"] % 2 else i + 1, "more")
    if "appendix" not in o:
        o.append("appendix")


def main():
    PLANS.sort(key=lambda f: f["num"])
    nums = [f["num"] for f in PLANS]
    assert nums == list(range(1, len(PLANS) + 1)), nums
    labels = []
    for f in PLANS:
        selfcheck(f)
        if f["fmt"] == "docx":
            lengthen(f)
            write_docx(f, LIBS[f["lib"]])
        elif f["fmt"] == "fhir":
            write_json(f, fhir_bundle(f, f.get("_extra", {})))
        elif f["fmt"] == "ccda":
            write_ccda(f)
        elif f["fmt"] == "yaml":
            write_yaml(f)
        labels.append(label(f))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print(f"wrote {len(PLANS)} plans")


if __name__ == "__main__":
    main()
