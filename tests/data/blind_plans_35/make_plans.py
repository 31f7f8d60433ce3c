#!/usr/bin/env python3
"""Blind set 35: treatment plans as they arrive after a fax + OCR, and plans typed in clinician shorthand.

Deterministic: run with /work/main/.venv/bin/python make_plans.py (writes into this folder).
Everything here is invented: no real patients, clinicians or agencies.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import random
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for readers of the script)
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date


# ----------------------------------------------------------------------------------------------
# small utilities
# ----------------------------------------------------------------------------------------------
def days(a: dt.date, b: dt.date) -> int:
    return (b - a).days


def npi(seed9: str) -> str:
    """A 10-digit NPI with a valid Luhn check digit over the 80840 prefix."""
    assert len(seed9) == 9 and seed9[0] in "12"
    payload = "80840" + seed9
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:  # rightmost payload digit is doubled (check digit will be appended to its right)
            d *= 2
            if d > 9:
                d -= 9
        total += d
    check = (10 - total % 10) % 10
    return seed9 + str(check)


def npi_ok(n: str) -> bool:
    if len(n) != 10 or not n.isdigit() or n[0] not in "12":
        return False
    return npi(n[:9]) == n


def fmt(d: dt.date, style: str) -> str:
    if style == "mdY":
        return d.strftime("%m/%d/%Y")
    if style == "mdy":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "md":  # year stated elsewhere on the page
        return f"{d.month}/{d.day}"
    if style == "mdYs":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "Mon":
        return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    if style == "MON":
        return d.strftime("%b %d %Y").upper()
    if style == "iso":
        return d.isoformat()
    if style == "dMonY":
        return d.strftime("%d-%b-%Y")
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


# ----------------------------------------------------------------------------------------------
# OCR noise: character confusions a real engine makes, only inside alphabetic words
# ----------------------------------------------------------------------------------------------
CONFUSIONS = [
    ("m", "rn"), ("rn", "m"), ("l", "1"), ("I", "l"), ("O", "0"), ("d", "cl"), ("S", "5"),
    ("li", "h"), ("e", "c"), ("h", "b"), ("t", "l"), ("ri", "n"), ("s", "5"), ("i", "l"),
]


def ocr_word(w: str, rng: random.Random) -> str:
    cands = [(a, b) for a, b in CONFUSIONS if a in w[1:] or (a in w and a[0].isupper())]
    if not cands:
        return w
    a, b = cands[rng.randrange(len(cands))]
    if a[0].isupper():
        i = w.find(a)
    else:
        i = w.find(a, 1)
    if i < 0:
        return w
    return w[:i] + b + w[i + len(a):]


def ocr(text: str, rng: random.Random, rate: float, protect: set[str]) -> str:
    if rate <= 0:
        return text
    out = []
    for tok in text.split(" "):
        core = tok.strip(".,;:()[]\"'")
        if (len(core) >= 4 and core.isalpha() and core not in protect
                and not core.isupper() and rng.random() < rate):
            tok = tok.replace(core, ocr_word(core, rng), 1)
        out.append(tok)
    return " ".join(out)


def hyphen_lines(text: str, width: int, rng: random.Random) -> list[str]:
    """Break prose into OCR lines; some words split with a stray hyphen at the line end."""
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if len(cur) + 1 + len(w) <= width or not cur:
            cur = (cur + " " + w).strip()
            continue
        if len(w) >= 8 and w.isalpha() and rng.random() < 0.55:
            k = len(w) // 2
            lines.append(cur + " " + w[:k] + "-")
            cur = w[k:]
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# ----------------------------------------------------------------------------------------------
# DOCX writer with fixed metadata and a byte-stable zip
# ----------------------------------------------------------------------------------------------
def set_cell_text(cell, text, bold=False, size=None, font=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = str(text).split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
        if i < len(lines) - 1:
            r.add_break()


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), hexcolor)
    tcPr.append(sh)


def save_docx(doc: Document, path: str, title: str, author: str):
    cp = doc.core_properties
    fixed = dt.datetime(2026, 1, 2, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    bio = io.BytesIO()
    doc.save(bio)
    src = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


class Renderer:
    """Turns a list of blocks into a DOCX in one of several house styles.

    fax: None | "lines" (OCR to flowing lines, tables flattened) | "tables" (OCR kept the tables)
    sh:  typed in clinician shorthand (affects only presentation details here; text comes from specs)
    """

    def __init__(self, spec, blocks):
        self.s = spec
        self.blocks = blocks
        self.rng = random.Random(spec["file"])
        self.fax = spec.get("fax")
        self.rate = spec.get("ocr_rate", 0.05 if self.fax else 0.0)
        self.protect = set(spec.get("protect", set()))
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = spec.get("font", "Courier New" if self.fax == "lines" else "Calibri")
        st.font.size = Pt(spec.get("size", 10.5))
        self.page = 1
        self.pages = 1 + sum(1 for b in blocks if b[0] == "pagebreak")

    # -- primitives
    def n(self, text):
        return ocr(text, self.rng, self.rate, self.protect)

    def para(self, text="", bold=False, size=None, align=None, italic=False, font=None):
        p = self.doc.add_paragraph()
        lines = text.split("\n")
        for i, line in enumerate(lines):
            r = p.add_run(line)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if font:
                r.font.name = font
            if i < len(lines) - 1:
                r.add_break()
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(2)
        return p

    def fax_header(self):
        f = self.s["faxhdr"]
        txt = f.format(page=self.page, pages=self.pages)
        self.para(txt, size=8, font="Courier New")

    def fax_footer(self):
        if self.s.get("faxfoot"):
            self.para(self.n(self.s["faxfoot"]), size=7, italic=True)

    def page_break(self):
        if self.fax:
            self.fax_footer()
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        self.page += 1
        if self.fax:
            self.fax_header()

    def table(self, header, rows, widths=None, hdr_fill="D9D9D9", size=None):
        ncol = len(header) if header else len(rows[0])
        t = self.doc.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        if header:
            cells = t.add_row().cells
            for c, h in zip(cells, header):
                set_cell_text(c, self.n(h) if self.fax else h, bold=True, size=size)
                if hdr_fill and not self.fax:
                    shade(c, hdr_fill)
        for row in rows:
            cells = t.add_row().cells
            i = 0
            while i < len(row):
                val = row[i]
                if isinstance(val, tuple) and val[0] == "span":  # ("span", n, text)
                    merged = cells[i].merge(cells[i + val[1] - 1])
                    set_cell_text(merged, self.n(val[2]) if self.fax else val[2], size=size)
                    i += val[1]
                    continue
                set_cell_text(cells[i], self.n(val) if (self.fax and not self._nonoise(val)) else val, size=size)
                i += 1
        self.doc.add_paragraph()
        return t

    @staticmethod
    def _nonoise(val):
        return any(ch.isdigit() for ch in str(val)) and len(str(val)) < 16

    # -- blocks
    def render(self):
        if self.fax:
            self.fax_header()
        if self.s.get("docheader"):
            hdr = self.doc.sections[0].header.paragraphs[0]
            hdr.text = self.s["docheader"]
            for r in hdr.runs:
                r.font.size = Pt(8)
        if self.s.get("docfooter"):
            ftr = self.doc.sections[0].footer.paragraphs[0]
            ftr.text = self.s["docfooter"]
            for r in ftr.runs:
                r.font.size = Pt(8)
        for b in self.blocks:
            getattr(self, "b_" + b[0])(*b[1:])
        if self.fax:
            self.fax_footer()
        return self.doc

    def b_pagebreak(self):
        self.page_break()

    def b_title(self, lines, align="c"):
        for i, line in enumerate(lines):
            self.para(self.n(line) if i else line, bold=(i == 0), size=13 if i == 0 else None, align=align)

    def b_stamp(self, text):
        self.para(text, bold=True, size=11, align="r")

    def b_h(self, text):
        if self.fax == "lines":
            self.para(self.n(text).upper() if self.s.get("caps_heads") else self.n(text), bold=False)
        else:
            p = self.para(self.n(text), bold=True, size=11.5)
            if self.s.get("underline_heads"):
                for r in p.runs:
                    r.underline = True

    def b_p(self, text):
        if self.fax == "lines" and len(text) > 70:
            for line in hyphen_lines(self.n(text), self.s.get("width", 74), self.rng):
                self.para(line)
        else:
            self.para(self.n(text))

    def b_raw(self, text, **kw):
        self.para(text, **kw)

    def b_small(self, text):
        if self.fax == "lines":
            for line in hyphen_lines(self.n(text), 90, self.rng):
                self.para(line, size=7.5)
        else:
            self.para(self.n(text), size=7.5, italic=True)

    def b_bullets(self, items, mark="-"):
        for it in items:
            if self.fax == "lines" and len(it) > 80:
                ls = hyphen_lines(self.n(it), self.s.get("width", 74), self.rng)
                self.para(f"{mark} " + ls[0] if mark else ls[0])
                for l in ls[1:]:
                    self.para("  " + l)
            else:
                self.para((f"{mark} " if mark else "") + self.n(it))

    def b_kv(self, pairs, cols=1, sep=": "):
        """Label/value pairs. In a fax rendered as lines, two columns are read across the page."""
        mode = self.s.get("kv_mode", "table" if self.fax != "lines" else "lines")
        if mode == "lines" or self.fax == "lines":
            if cols == 2:
                half = (len(pairs) + 1) // 2
                left, right = pairs[:half], pairs[half:]
                for i in range(half):
                    l = f"{self.n(left[i][0])}{sep}{left[i][1]}"
                    if i < len(right):
                        gap = " " * max(3, 38 - len(l))
                        l += gap + f"{self.n(right[i][0])}{sep}{right[i][1]}"
                    self.para(l)
            elif cols == "pipe":
                self.para(" | ".join(f"{k}{sep}{v}" if k else v for k, v in pairs))
            else:
                for k, v in pairs:
                    self.para(f"{self.n(k)}{sep}{v}" if k else v)
        else:
            if cols == 2:
                half = (len(pairs) + 1) // 2
                rows = []
                for i in range(half):
                    r = [self.n(pairs[i][0]), pairs[i][1]]
                    if half + i < len(pairs):
                        r += [self.n(pairs[half + i][0]), pairs[half + i][1]]
                    else:
                        r += ["", ""]
                    rows.append(r)
                t = self.doc.add_table(rows=0, cols=4)
                t.style = "Table Grid"
                for r in rows:
                    cells = t.add_row().cells
                    for j, c in enumerate(cells):
                        set_cell_text(c, r[j], bold=(j % 2 == 0))
                self.doc.add_paragraph()
            elif cols == "pipe":
                self.para(" | ".join(f"{k}{sep}{v}" if k else v for k, v in pairs))
            else:
                t = self.doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for k, v in pairs:
                    cells = t.add_row().cells
                    set_cell_text(cells[0], self.n(k), bold=True)
                    set_cell_text(cells[1], v)
                self.doc.add_paragraph()

    def b_table(self, header, rows, flat_sep="   "):
        if self.fax == "lines":
            if header:
                self.para(flat_sep.join(self.n(h) for h in header))
            for r in rows:
                cells = [c[2] if isinstance(c, tuple) else c for c in r]
                self.para(flat_sep.join(self.n(c) if not self._nonoise(c) else c for c in cells if c != ""))
        else:
            self.table(header, rows)

    def b_sig(self, sigs, layout=None):
        """sigs: list of dicts role, mark, name, date, extra."""
        layout = layout or self.s.get("sig_layout", "lines" if self.fax == "lines" else "table")
        if layout == "table":
            t = self.doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["Role", "Signature", "Printed name / credentials", "Date"]):
                set_cell_text(c, self.n(h), bold=True)
            for s in sigs:
                cells = t.add_row().cells
                set_cell_text(cells[0], s["role"])
                set_cell_text(cells[1], s.get("mark", ""))
                set_cell_text(cells[2], s.get("name", ""))
                set_cell_text(cells[3], s.get("date", ""))
            self.doc.add_paragraph()
        elif layout == "stacked":
            for s in sigs:
                self.para(f"{s.get('mark', '')}".strip() or "_______________________________")
                self.para(f"{s['role']}: {s.get('name', '')}".rstrip(": "))
                self.para(f"Date: {s.get('date', '')}")
                if s.get("extra"):
                    self.para(s["extra"], size=8)
                self.para("")
        else:  # lines
            for s in sigs:
                line = f"{s['role']}: {s.get('mark', '')}  {s.get('name', '')}".rstrip()
                if "date" in s:
                    line += f"   Date: {s['date']}"
                self.para(line)
                if s.get("extra"):
                    self.para(s["extra"], size=8)


# ----------------------------------------------------------------------------------------------
# boilerplate shared by many plans (irrelevant to the checks, as on real faxes)
# ----------------------------------------------------------------------------------------------
FAX_CONF = ("CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged "
            "and confidential under federal and state law. If you received it in error, notify the sender "
            "at the number above and destroy all copies. Re-disclosure is prohibited.")
CRISIS = ("Crisis resources: call or text 988 (Suicide & Crisis Lifeline) 24/7; in an emergency call 911 or go "
          "to the nearest emergency department. After hours, the on-call clinician can be reached through "
          "the main number.")
CONSENT = ("I participated in developing this plan. It was explained to me, I had the chance to ask questions, "
           "and I agree with the goals and services listed. I understand I may request changes at any time and "
           "may withdraw consent for treatment except where the law requires otherwise.")
P42 = ("42 CFR Part 2 NOTICE: This record is protected by federal confidentiality rules (42 CFR Part 2). "
       "Federal rules prohibit any further disclosure of this record unless expressly permitted by the "
       "written consent of the person to whom it pertains or as otherwise permitted by 42 CFR Part 2.")


# ----------------------------------------------------------------------------------------------
# signatures
# ----------------------------------------------------------------------------------------------
def sig(role, name="", date=None, mark="[signature]", extra=None):
    d = {"role": role, "name": name, "mark": mark}
    if date is not None:
        d["date"] = date
    if extra:
        d["extra"] = extra
    return d


# ----------------------------------------------------------------------------------------------
# outpatient psychotherapy (medicare-psychotherapy, optionally pa-55-5200)
# ----------------------------------------------------------------------------------------------
PSY_BANK = {
    "dep": dict(
        formal=[
            ("Client will have fewer symptoms of depression and return to his usual daily routine at home and work.",
             [("Client will reduce the PHQ-9 score from {b} to 9 or below.", 2),
              ("Client will complete at least 3 planned pleasant or valued activities per week, recorded on an "
               "activity log, for 4 weeks in a row.", 1)],
             "Cognitive behavioral therapy with behavioral activation and cognitive restructuring"),
            ("Client will sleep better and keep a regular daily schedule.",
             [("Client will sleep at least 6 hours on 5 of 7 nights, as recorded in a sleep diary.", 1)],
             "CBT-I skills (stimulus control, sleep scheduling) and sleep diary review"),
        ],
        short=[
            ("LTG 1: ↓ depressive sx, back to usual routine at home/work",
             [("PHQ-9 ↓ from {b} to ≤9", 2),
              ("≥3 pleasant/valued activities per wk on activity log x 4 consecutive wks", 1)],
             "CBT - behavioral activation + cog restructuring"),
            ("LTG 2: improve sleep + daily structure",
             [("sleep ≥6 hrs on 5/7 nights per sleep diary", 1)],
             "CBT-I skills (stimulus control), sleep diary review"),
        ]),
    "anx": dict(
        formal=[
            ("Client will manage worry so that it no longer keeps her from work and family activities.",
             [("Client will reduce the GAD-7 score from {b} to 7 or below.", 2),
              ("Client will use 2 coping skills (paced breathing, scheduled worry time) on at least 5 of 7 days "
               "a week, as recorded on a self-monitoring log.", 1)],
             "Cognitive behavioral therapy for generalized anxiety (psychoeducation, worry exposure, relaxation training)"),
            ("Client will go back to activities she now avoids.",
             [("Client will complete 6 of the 8 steps on her written exposure hierarchy.", 2)],
             "Graded exposure with weekly homework review"),
        ],
        short=[
            ("Goal 1: worry mgmt - no longer interfering w/ work/family",
             [("GAD-7 {b} → ≤7", 2),
              ("uses 2 coping skills (paced breathing, worry time) ≥5 of 7 days/wk per self-monitoring log", 1)],
             "CBT for GAD: psychoed, worry exposure, relaxation"),
            ("Goal 2: ↓ avoidance",
             [("completes 6 of 8 steps on written exposure hierarchy", 2)],
             "graded exposure, HW review q session"),
        ]),
    "ptsd": dict(
        formal=[
            ("Client will have fewer trauma symptoms and feel safe enough to drive and shop alone.",
             [("Client will lower the PCL-5 score from {b} to below 33.", 2),
              ("Client will reduce nightmares from 5 per week to 2 or fewer per week, per sleep log.", 2),
              ("Client will write an impact statement and read it aloud in session.", 1)],
             "Cognitive processing therapy (CPT), 12-session protocol"),
        ],
        short=[
            ("LTG: ↓ trauma sx; drives + shops alone",
             [("PCL-5 {b} → <33", 2),
              ("nightmares ↓ 5/wk → ≤2/wk per sleep log", 2),
              ("writes impact statement + reads it aloud in session", 1)],
             "CPT (cognitive processing therapy) 12-session protocol"),
        ]),
    "adj": dict(
        formal=[
            ("Client will adjust to the loss of his job and take up a steady weekly routine again.",
             [("Client will lower the PHQ-9 score from {b} to 5 or below.", 2),
              ("Client will submit at least 4 job applications per week, shown on a written job-search log.", 1)],
             "Supportive and problem-solving therapy"),
        ],
        short=[
            ("Goal: adjust to job loss, steady wkly routine",
             [("PHQ-9 {b} → ≤5", 2),
              ("≥4 job applications/wk on written job-search log", 1)],
             "supportive + problem-solving tx"),
        ]),
}


def psych_blocks(s):
    sh = s.get("sh", False)
    pd_ = s["plan_date"]
    td = {1: pd_ + dt.timedelta(days=s.get("t1", 60)), 2: pd_ + dt.timedelta(days=s.get("t2", 120))}
    s["_targets"] = sorted(td.values())
    dff, tf = s.get("df", "mdY"), s.get("tf", s.get("df", "mdY"))
    cl = s.get("client_label", "Client")
    B = []
    B.append(("title", [s["agency"]] + s.get("agency_lines", []) + [s.get("doc_title", "Individualized Treatment Plan")]))
    if s.get("stamp"):
        B.append(("stamp", s["stamp"]))
    ident = [(f"{cl} Name" if not sh else cl, s["client"]), ("DOB", fmt(s["dob"], dff)),
             (s.get("mid_label", "Medicare ID (MBI)"), s["mid"]),
             ("Plan Date" if not sh else "Date of plan", fmt(pd_, dff))]
    if s.get("intake"):
        ident.append((s.get("intake_label", "Intake Date"), fmt(s["intake"], dff)))
    ident.append(("Therapist" if not sh else "Clinician", f"{s['clin'][0]}{', ' + s['clin'][1] if s['clin'][1] else ''}"))
    ident.append(("NPI", s["clin"][2]))
    if s.get("insurer"):
        ident.append(("Insurance", s["insurer"]))
    B.append(("kv", ident, s.get("kv_cols", 2)))
    # presenting problem
    B.append(("h", "Reason for Referral / Presenting Problem" if not sh else "CC / HPI"))
    B.append(("p", s["presenting"]))
    if s.get("risk"):
        B.append(("p", s["risk"]))
    # diagnoses
    B.append(("h", "DSM-5 / ICD-10-CM Diagnosis" if not sh else "Dx"))
    if s.get("dx_table"):
        B.append(("table", ["ICD-10-CM", "Description", "Primary"],
                  [[c, d, "Yes" if i == 0 else ""] for i, (c, d) in enumerate(s["dx"])]))
    else:
        B.append(("bullets", [f"{c}  {d}" + ("  (primary)" if i == 0 and len(s['dx']) > 1 else "")
                              for i, (c, d) in enumerate(s["dx"])], ""))
    # goals
    bank = PSY_BANK[s["bank"]]["short" if sh else "formal"]
    B.append(("h", s.get("goals_head", "Goals and Objectives" if not sh else "Goals / STGs")))
    if s.get("goals_table"):
        rows = []
        for gi, (g, objs, tx) in enumerate(bank, 1):
            rows.append([("span", 4, f"GOAL {gi}: {g}")])
            for oi, (o, k) in enumerate(objs):
                rows.append([f"{gi}{'abc'[oi]}", o.format(b=s["base"]), fmt(td[k], tf), tx if oi == 0 else ""])
        B.append(("table", ["#", "Objective" if not sh else "STG", "Target date", "Intervention"], rows))
    else:
        for gi, (g, objs, tx) in enumerate(bank, 1):
            B.append(("p", g if sh else f"Goal {gi}: {g}"))
            items = []
            for oi, (o, k) in enumerate(objs):
                lab = f"Obj {gi}{'abc'[oi]}" if not sh else f"STG {gi}{'abc'[oi]}"
                if sh:
                    items.append(f"{lab}: {o.format(b=s['base'])} by {fmt(td[k], tf)}")
                else:
                    items.append(f"{lab}: {o.format(b=s['base'])} Target date: {fmt(td[k], tf)}")
            B.append(("bullets", items, "-" if sh else "•"))
            B.append(("p", ("Tx: " if sh else "Intervention: ") + tx))
    # services
    B.append(("h", "Treatment / Services" if not sh else "Tx plan / services"))
    if s.get("svc_lines"):
        B.append(("bullets", s["svc_lines"], "-"))
    else:
        B.append(("table", ["Service", "CPT", "Session length", "Frequency"],
                  [list(x) for x in s["services"]]))
    if s.get("duration_line"):
        B.append(("p", s["duration_line"]))
    if s.get("review_line"):
        B.append(("p", s["review_line"]))
    if s.get("coord"):
        B.append(("p", s["coord"]))
    if s.get("pagebreak_before_sigs", True):
        B.append(("pagebreak",))
    B.append(("h", s.get("sig_head", "Signatures")))
    if s.get("consent", True):
        B.append(("small", CONSENT))
    B.append(("sig", s["sigs"]))
    B.append(("small", CRISIS))
    return B


# ----------------------------------------------------------------------------------------------
# Medicare Part B outpatient therapy (PT / OT / SLP)
# ----------------------------------------------------------------------------------------------
MOT_BANK = {
    "knee": dict(
        formal=dict(
            ltg=["Patient will walk 500 feet on level and uneven surfaces and climb 12 stairs step-over-step "
                 "with one rail, independently, to return to shopping and church.",
                 "Patient will improve the LEFS score from 28/80 to at least 50/80."],
            stg=["Increase right knee flexion AROM from 88 degrees to at least 110 degrees.",
                 "Improve Timed Up and Go from 18 seconds to under 12 seconds.",
                 "Patient will perform the home exercise program independently with correct form (return demonstration)."]),
        short=dict(
            ltg=["Pt will amb 500' level + uneven surfaces & 12 steps recip w/ 1 rail, indep, to resume shopping/church",
                 "LEFS 28/80 → ≥50/80"],
            stg=["↑ R knee flex AROM 88° → ≥110°", "TUG 18 sec → <12 sec", "Pt indep w/ HEP, correct form on return demo"]),
        tx=[("Therapeutic exercise", "97110"), ("Manual therapy", "97140"), ("Gait training", "97116"),
            ("Therapeutic activities", "97530")]),
    "back": dict(
        formal=dict(
            ltg=["Patient will return to full-time warehouse work, including lifting 30 lb from floor to waist "
                 "5 times with correct body mechanics and no increase in pain.",
                 "Patient will reduce the Oswestry Disability Index from 42% to 20% or less."],
            stg=["Patient will sit for 60 minutes (from 15 minutes) with pain no higher than 3/10.",
                 "Patient will perform the core stabilization home program independently, 5 days a week per log."]),
        short=dict(
            ltg=["Pt RTW full duty: lift 30# floor→waist x5 w/ proper body mech, no ↑ pain",
                 "ODI 42% → ≤20%"],
            stg=["sit tolerance 15 min → 60 min w/ pain ≤3/10", "indep core stab HEP 5 d/wk per log"]),
        tx=[("Therapeutic exercise", "97110"), ("Neuromuscular re-education", "97112"),
            ("Manual therapy", "97140"), ("Self-care/home management training", "97535")]),
    "cva_ot": dict(
        formal=dict(
            ltg=["Patient will dress his upper body with modified independence using one-handed techniques.",
                 "Patient will feed himself with built-up utensils with set-up only at all meals."],
            stg=["Increase right grip strength from 12 lb to 25 lb (dynamometer).",
                 "Improve Nine-Hole Peg Test (right) from 68 seconds to under 40 seconds.",
                 "Patient will button a shirt with 5 buttons in under 3 minutes with minimal assistance."]),
        short=dict(
            ltg=["UB dressing mod I w/ 1-handed techniques", "self-feeding w/ built-up utensils, set-up only, all meals"],
            stg=["R grip 12# → 25# (dynamometer)", "9-hole peg R 68 sec → <40 sec", "buttons 5-button shirt <3 min w/ min A"]),
        tx=[("Therapeutic activities", "97530"), ("Neuromuscular re-education", "97112"),
            ("Self-care/ADL training", "97535"), ("Therapeutic exercise", "97110")]),
    "dys_slp": dict(
        formal=dict(
            ltg=["Patient will eat a mechanical soft diet with thin liquids with no signs or symptoms of aspiration "
                 "across 3 consecutive sessions.",
                 "Patient will return to eating meals with family at the table, with no coughing on 4 of 5 meals per caregiver log."],
            stg=["Patient will use chin tuck and effortful swallow with 90% accuracy with minimal cues.",
                 "Patient will complete Shaker exercises (3 sets of 30 repetitions) independently."]),
        short=dict(
            ltg=["Pt tolerates mech soft diet + thin liquids, no s/s aspiration x3 consecutive sessions",
                 "eats meals w/ family at table, no coughing on 4/5 meals per CG log"],
            stg=["chin tuck + effortful swallow 90% acc w/ min cues", "Shaker ex 3x30 reps indep"]),
        tx=[("Treatment of swallowing dysfunction", "92526"), ("Speech/language/swallow treatment", "92507")]),
}


def mot_blocks(s):
    sh = s.get("sh", False)
    dff, tf = s.get("df", "mdY"), s.get("tf", s.get("df", "mdY"))
    bank = MOT_BANK[s["bank"]]
    g = bank["short" if sh else "formal"]
    ftd, pd_ = s["ftd"], s["plan_date"]
    stg_d = pd_ + dt.timedelta(days=s.get("stg_days", 28))
    ltg_d = pd_ + dt.timedelta(days=s.get("ltg_days", 56))
    s["_targets"] = [stg_d, ltg_d]
    B = [("title", [s["agency"]] + s.get("agency_lines", []) + [s.get("doc_title", "Plan of Care / Certification")])]
    if s.get("stamp"):
        B.append(("stamp", s["stamp"]))
    pairs = [(s.get("client_label", "Patient"), s["client"]), ("DOB", fmt(s["dob"], dff)),
             (s.get("mid_label", "MBI"), s["mid"]),
             (s.get("ftd_label", "Eval / 1st treatment date"), fmt(ftd, dff)),
             (s.get("pd_label", "Plan of care date"), fmt(pd_, dff)),
             ("Cert period", f"{fmt(s['cert'][0], dff)} - {fmt(s['cert'][1], dff)}" if s.get("cert") else ""),
             ("Referring MD", f"{s['ref'][0]} (NPI {s['ref'][1]})"),
             (s.get("ther_label", "Treating therapist"), f"{s['ther'][0]}, {s['ther'][1]} NPI {s['ther'][2]}")]
    pairs = [p for p in pairs if p[1]]
    B.append(("kv", pairs, s.get("kv_cols", 2)))
    B.append(("h", "Diagnosis" if not sh else "Dx / tx dx"))
    B.append(("bullets", [f"{c} {d}" for c, d in s["dx"]], ""))
    B.append(("h", "Assessment summary" if not sh else "Assessment"))
    B.append(("p", s["summary"]))
    B.append(("h", "Goals" if not sh else "Goals"))
    ltg_lab, stg_lab = ("LTG", "STG")
    if s.get("goals_table"):
        rows = []
        for i, t in enumerate(g["stg"], 1):
            rows.append([f"{stg_lab} {i}", t, s.get("stg_when", fmt(stg_d, tf))])
        for i, t in enumerate(g["ltg"], 1):
            rows.append([f"{ltg_lab} {i}", t, s.get("ltg_when", fmt(ltg_d, tf))])
        B.append(("table", ["", "Goal", "Target"], rows))
    else:
        B.append(("p", f"Short-term goals ({s.get('stg_when', 'by ' + fmt(stg_d, tf))}):" if not sh
                  else f"STGs - {s.get('stg_when', 'by ' + fmt(stg_d, tf))}:"))
        B.append(("bullets", [f"{i}. {t}" for i, t in enumerate(g["stg"], 1)], ""))
        B.append(("p", f"Long-term goals ({s.get('ltg_when', 'by ' + fmt(ltg_d, tf))}):" if not sh
                  else f"LTGs - {s.get('ltg_when', 'by ' + fmt(ltg_d, tf))}:"))
        B.append(("bullets", [f"{i}. {t}" for i, t in enumerate(g["ltg"], 1)], ""))
    B.append(("h", "Plan / interventions" if not sh else "Tx plan"))
    tx = bank["tx"]
    rows = [[d, c] for d, c in tx]
    B.append(("table", ["Intervention", "CPT"], rows))
    B.append(("p", s["freq_line"]))
    if s.get("dur_line"):
        B.append(("p", s["dur_line"]))
    if s.get("recert_line"):
        B.append(("p", s["recert_line"]))
    B.append(("p", s.get("rehab", "Rehab potential: good. Pt/family agree with POC." if sh else
                     "Rehabilitation potential: good for stated goals. Patient agrees with the plan of care.")))
    B.append(("pagebreak",))
    B.append(("h", s.get("cert_head", "Physician / NPP Certification")))
    B.append(("small", s.get("cert_text", "I have reviewed this plan of care and certify that the services are "
                               "medically necessary, that the patient is under my care, and that the services "
                               "will be furnished while the plan is in effect.")))
    B.append(("sig", s["sigs"]))
    return B


# ----------------------------------------------------------------------------------------------
# Medicare home health plan of care (485-style)
# ----------------------------------------------------------------------------------------------
HH_GOALS = {
    "chf": dict(
        formal=["Patient/caregiver will record daily weights on the log with 100% accuracy by the end of week 2.",
                "Patient will state 3 signs of heart-failure worsening that need a call to the physician by week 3.",
                "Weight will stay within 3 lb of dry weight (172 lb) through the end of the episode.",
                "Patient will walk 150 feet with a rolling walker with stand-by assistance within 4 weeks.",
                "Berg Balance score will improve from 38 to 45 or more within 6 weeks."],
        short=["Pt/CG records daily wts on log w/ 100% accuracy by end of wk 2",
               "Pt verbalizes 3 s/s CHF exacerbation req call to MD by wk 3",
               "wt stays w/in 3# of dry wt (172#) thru end of episode",
               "amb 150' w/ RW SBA w/in 4 wks",
               "Berg 38 → ≥45 w/in 6 wks"]),
    "wound": dict(
        formal=["Sacral pressure ulcer will decrease from 3.2 x 2.5 x 0.4 cm to 1.5 x 1.0 x 0.2 cm or smaller by the end of the certification period.",
                "Wound will show no signs of infection (no purulent drainage, no fever above 100.4 F) through the episode.",
                "Caregiver will return-demonstrate the dressing change correctly by visit 4.",
                "Patient will reposition, with caregiver help, at least every 2 hours, per turning log, within 2 weeks."],
        short=["sacral wound ↓ 3.2x2.5x0.4 cm → ≤1.5x1.0x0.2 cm by end of cert period",
               "no s/s infection (no purulent drainage, T ≤100.4) thru episode",
               "CG return-demos dressing change correctly by visit 4",
               "repositioned ≥q2h w/ CG assist per turning log w/in 2 wks"]),
    "tka": dict(
        formal=["Patient will walk 250 feet with a straight cane independently on level surfaces within 5 weeks.",
                "Left knee flexion will increase from 80 degrees to at least 105 degrees within 4 weeks.",
                "Patient will climb 4 steps with one rail with modified independence within 4 weeks.",
                "Incision will remain free of signs of infection through the episode.",
                "Patient will take pain medications as prescribed with 100% accuracy on pill-box checks by week 2."],
        short=["amb 250' w/ SPC indep level surfaces w/in 5 wks",
               "L knee flex 80° → ≥105° w/in 4 wks",
               "4 steps w/ 1 rail mod I w/in 4 wks",
               "incision free of s/s infection thru episode",
               "takes pain meds as ordered, 100% accuracy on pill-box checks by wk 2"]),
}


def hh_blocks(s):
    sh = s.get("sh", False)
    s.setdefault("plan_date", s["soc"])
    dff = s.get("df", "mdY")
    B = [("title", [s["agency"]] + s.get("agency_lines", []) + [s.get("doc_title", "HOME HEALTH CERTIFICATION AND PLAN OF CARE")])]
    if s.get("stamp"):
        B.append(("stamp", s["stamp"]))
    pairs = [("1. Patient HI Claim No.", s["mid"]), ("2. Start of Care Date", fmt(s["soc"], dff)),
             ("3. Certification Period", f"From: {fmt(s['cert'][0], dff)}  To: {fmt(s['cert'][1], dff)}"),
             ("4. Medical Record No.", s["mrn"]), ("5. Provider No.", s["provno"]),
             ("6. Patient's Name and Address", s["client"] + ", " + s["addr"]),
             ("7. Date of Birth", fmt(s["dob"], dff)), ("8. Sex", s.get("sex", "F"))]
    if s.get("hh_form", True):
        B.append(("kv", pairs, s.get("kv_cols", 2)))
    else:
        B.append(("kv", [("Pt", s["client"]), ("DOB", fmt(s["dob"], dff)), ("MBI", s["mid"]),
                         ("SOC", fmt(s["soc"], dff)),
                         ("Cert", f"{fmt(s['cert'][0], dff)}-{fmt(s['cert'][1], dff)}"), ("MR#", s["mrn"])], "pipe"))
    B.append(("h", "11. ICD-10-CM / Principal Diagnosis; 13. Other Pertinent Diagnoses" if s.get("hh_form", True) else "Dx"))
    B.append(("table", ["ICD-10-CM", "Diagnosis", "Date (O/E)"],
              [[c, d, f"E {fmt(s['soc'] - dt.timedelta(days=7), dff)}" if i == 0 else "O"]
               for i, (c, d) in enumerate(s["dx"])]))
    B.append(("h", "10. Medications" if s.get("hh_form", True) else "Meds"))
    B.append(("p", s["meds"]))
    B.append(("h", "18.A Functional Limitations / 18.B Activities Permitted" if s.get("hh_form", True) else "Func/Activity"))
    B.append(("p", s["func"]))
    B.append(("h", "21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)"
              if s.get("hh_form", True) else "Orders (freq/duration)"))
    B.append(("bullets", s["orders"], ""))
    B.append(("h", "22. Goals / Rehabilitation Potential / Discharge Plans" if s.get("hh_form", True) else "Goals"))
    gl = s.get("goals") or HH_GOALS[s["bank"]]["short" if sh else "formal"]
    B.append(("bullets", [f"{i}) {t}" for i, t in enumerate(gl, 1)], ""))
    B.append(("p", s.get("dc_plan", "Rehab potential: good. Discharge to self-care with caregiver support when goals are met.")))
    B.append(("pagebreak",))
    B.append(("kv", [("23. Nurse's Signature and Date of Verbal SOC Where Applicable", s["rn_line"]),
                     ("25. Date HHA Received Signed POT", s.get("received", ""))], 1))
    B.append(("kv", [("24. Physician's Name and Address", s["md_addr"])], 1))
    B.append(("small", "26. I certify/recertify that this patient is confined to his/her home and needs intermittent "
                       "skilled nursing care, physical therapy and/or speech therapy or continues to need occupational "
                       "therapy. The patient is under my care, and I have authorized the services on this plan of care "
                       "and will periodically review the plan. A face-to-face encounter was performed as required."))
    B.append(("sig", s["sigs"]))
    B.append(("small", "28. Anyone who misrepresents, falsifies, or conceals essential information required for payment "
                       "of Federal funds may be subject to fine, imprisonment, or civil penalty under applicable Federal laws."))
    return B


# ----------------------------------------------------------------------------------------------
# ABA treatment plan / authorization request (commercial-aba)
# ----------------------------------------------------------------------------------------------
def aba_goals(first, sh):
    if sh:
        return [
            dict(domain="Communication", goal=f"{first} mands for 15 preferred items/activities w/ 2-3 word phrases, indep",
                 baseline="3 items, 1-word approx, w/ full verbal model", mastery="≥80% opps x3 consecutive sessions"),
            dict(domain="Behavior reduction", goal=f"elopement ↓ from avg 6/day to ≤1/day",
                 baseline="avg 6/day (10-day ABC data)", mastery="≤1/day x4 consecutive wks"),
            dict(domain="Adaptive", goal=f"{first} completes 8-step handwashing chain indep",
                 baseline="2/8 steps indep", mastery="8/8 steps indep x5 consecutive days"),
            dict(domain="Social", goal=f"{first} responds to peer greeting w/in 5 sec",
                 baseline="1/10 opps", mastery="≥8/10 opps x3 sessions"),
        ]
    return [
        dict(domain="Communication", goal=f"{first} will independently request 15 preferred items or activities using 2- to 3-word phrases.",
             baseline="3 items, single-word approximations, with a full verbal model",
             mastery="80% of opportunities across 3 consecutive sessions"),
        dict(domain="Behavior reduction", goal=f"{first} will reduce elopement from an average of 6 episodes per day to 1 or fewer per day.",
             baseline="average 6 per day (10 days of ABC data)", mastery="1 or fewer per day for 4 consecutive weeks"),
        dict(domain="Adaptive / self-help", goal=f"{first} will complete the 8-step handwashing routine independently.",
             baseline="2 of 8 steps independent", mastery="8 of 8 steps independent on 5 consecutive days"),
        dict(domain="Social", goal=f"{first} will respond to a peer's greeting within 5 seconds.",
             baseline="1 of 10 opportunities", mastery="8 of 10 opportunities across 3 sessions"),
    ]


def aba_cg_goals(parent, sh):
    if sh:
        return [
            dict(domain="Caregiver training", goal=f"{parent} implements first-then visual schedule w/ ≥90% fidelity",
                 baseline="40% fidelity (checklist)", mastery="≥90% fidelity x3 consecutive observations"),
            dict(domain="Caregiver training", goal=f"{parent} runs 10-min mand training at home using 3 trials",
                 baseline="30% fidelity", mastery="≥85% fidelity x3 consecutive visits"),
        ]
    return [
        dict(domain="Caregiver training", goal=f"{parent} will use a first-then visual schedule at home with at least 90% fidelity.",
             baseline="40% fidelity on the BCBA checklist", mastery="90% fidelity across 3 consecutive observations"),
        dict(domain="Caregiver training", goal=f"{parent} will run a 10-minute mand-training session at home using 3 learning trials.",
             baseline="30% fidelity", mastery="85% fidelity across 3 consecutive parent-training visits"),
    ]


def aba_blocks(s):
    sh = s.get("sh", False)
    dff, tf = s.get("df", "mdY"), s.get("tf", s.get("df", "mdY"))
    pd_ = s["plan_date"]
    B = [("title", [s["agency"]] + s.get("agency_lines", []) + [s.get("doc_title", "ABA Treatment Plan / Request for Authorization")])]
    if s.get("stamp"):
        B.append(("stamp", s["stamp"]))
    pairs = [(s.get("client_label", "Client"), s["client"]), ("DOB", fmt(s["dob"], dff)),
             (s.get("mid_label", "Member ID"), s["mid"]), ("Payer", s["insurer"]),
             ("Plan date", fmt(pd_, dff)),
             ("Auth period requested", f"{fmt(s['period'][0], dff)} to {fmt(s['period'][1], dff)}"),
             ("Parent/guardian", s["parent_full"]),
             ("Supervising BCBA", f"{s['bcba'][0]}, {s['bcba'][1]} (NPI {s['bcba'][2]})")]
    B.append(("kv", pairs, s.get("kv_cols", 2)))
    B.append(("h", "Diagnosis" if not sh else "Dx"))
    B.append(("p", s["dx_line"]))
    B.append(("h", "Assessments" if not sh else "Assessments / scores"))
    B.append(("table", ["Instrument", "Date", "Result"], [list(a) for a in s["assess"]]))
    if s.get("background"):
        B.append(("h", "Background" if not sh else "Hx"))
        B.append(("p", s["background"]))
    goals = s.get("goals") or aba_goals(s["first"], sh)
    cg = s.get("cg_goals", aba_cg_goals(s["parent"], sh))
    tgt = fmt(pd_ + dt.timedelta(days=s.get("goal_days", 175)), tf)
    s["_targets"] = [pd_ + dt.timedelta(days=s.get("goal_days", 175))]
    B.append(("h", "Treatment goals" if not sh else "Goals"))
    rows = []
    for i, g in enumerate(goals + cg, 1):
        rows.append([str(i), g["domain"], g["goal"], g.get("baseline", ""), g["mastery"], g.get("target", tgt)])
    if s.get("goals_layout") == "list":
        for r in rows:
            B.append(("p", f"{r[0]}. [{r[1]}] {r[2]}"))
            items = []
            if r[3]:
                items.append(f"Baseline: {r[3]}")
            items.append(f"Mastery: {r[4]}")
            items.append(f"Target date: {r[5]}")
            B.append(("bullets", items, "   -"))
    else:
        B.append(("table", ["#", "Domain", "Goal", "Baseline", "Mastery criteria", "Target"], rows))
    B.append(("h", "Requested services" if not sh else "Services req'd"))
    B.append(("table", ["CPT", "Service", "Hours/week", "Provider"], [list(x) for x in s["services"]]))
    B.append(("p", s.get("review_line", "")))
    if s.get("crisis"):
        B.append(("small", s["crisis"]))
    B.append(("pagebreak",))
    B.append(("h", "Signatures"))
    B.append(("small", "Caregiver: I took part in writing this plan and agree to take part in parent training as listed."))
    B.append(("sig", s["sigs"]))
    return B


# ----------------------------------------------------------------------------------------------
# substance use disorder treatment plans (state licensure profiles over base-treatment-plan)
# ----------------------------------------------------------------------------------------------
SUD_BANK = {
    "alc": dict(
        problem=("Alcohol use: daily drinking (10-12 beers/day), two DUIs, withdrawal tremor on admission.",
                 "ETOH: daily 10-12 beers, DUI x2, tremor on adm"),
        goal=("Client will stop drinking and build a relapse prevention plan he can use after discharge.",
              "abstinence from ETOH + written RP plan for post-d/c"),
        objs=[("Client will have negative breathalyzer and EtG results on all random tests for 30 consecutive days.",
               "neg BAC + EtG on all random tests x30 consecutive days"),
              ("Client will list 3 high-risk triggers and one coping strategy for each in a written relapse prevention plan.",
               "lists 3 high-risk triggers + 1 coping strategy each in written RP plan"),
              ("Client will attend at least 3 mutual-support meetings per week and show signed attendance sheets.",
               "≥3 mutual-support mtgs/wk w/ signed attendance sheets")]),
    "opi": dict(
        problem=("Opioid use disorder: IV heroin/fentanyl use for 6 years, 2 overdoses in the past year.",
                 "OUD - IV heroin/fentanyl x6 yrs, OD x2 past yr"),
        goal=("Client will reach a stable methadone dose and stop using illicit opioids.",
              "stabilize on methadone, stop illicit opioid use"),
        objs=[("Client will reach a dose at which COWS scores stay below 5 at every dosing check for 2 weeks.",
               "COWS <5 at every dosing check x2 wks"),
              ("Client will have urine drug screens negative for illicit opioids on 4 consecutive monthly tests.",
               "UDS neg for illicit opioids x4 consecutive monthly tests"),
              ("Client will attend at least 4 of 4 scheduled counseling sessions each month.",
               "attends ≥4 of 4 sched counseling sessions/mo")]),
    "stim": dict(
        problem=("Methamphetamine use: smoking 3-4 days a week, lost housing in November.",
                 "meth - smoking 3-4 d/wk, lost housing 11/25"),
        goal=("Client will stop using methamphetamine and secure stable housing.",
              "no meth use + stable housing"),
        objs=[("Client will have urine drug screens negative for amphetamines on all weekly tests for 6 consecutive weeks.",
               "UDS neg for amphetamines on all wkly tests x6 consecutive wks"),
              ("Client will submit 3 applications for sober living or supported housing.",
               "submits 3 applications for sober living/supported housing"),
              ("Client will identify 4 relapse warning signs and say one coping response for each in group.",
               "identifies 4 relapse warning signs + 1 coping response each, in group")]),
}


def sud_blocks(s):
    sh = s.get("sh", False)
    k = 1 if sh else 0
    dff, tf = s.get("df", "mdY"), s.get("tf", s.get("df", "mdY"))
    pd_ = s["plan_date"]
    bank = SUD_BANK[s["bank"]]
    B = [("title", [s["agency"]] + s.get("agency_lines", []) + [s.get("doc_title", "Individualized Treatment Plan")])]
    if s.get("stamp"):
        B.append(("stamp", s["stamp"]))
    pairs = [(s.get("client_label", "Client"), s["client"]), ("DOB", fmt(s["dob"], dff))]
    if s.get("mid") is not None:
        pairs.append((s.get("mid_label", "Medicaid ID"), s["mid"]))
    pairs += [(s.get("adm_label", "Admission date"), fmt(s["admit"], dff)) if s.get("admit") else None,
              (s.get("pd_label", "Plan date"), fmt(pd_, dff)),
              (s.get("loc_label", "Level of care"), s.get("loc")) if s.get("loc") else None,
              ("Program", s.get("program", "")) if s.get("program") else None,
              ("Primary counselor", s["counselor"])]
    pairs = [p for p in pairs if p]
    B.append(("kv", pairs, s.get("kv_cols", 2)))
    B.append(("h", "Diagnoses" if not sh else "Dx"))
    B.append(("bullets", [f"{c} - {d}" for c, d in s["dx"]], ""))
    B.append(("h", "Problem 1" if not sh else "Prob #1"))
    B.append(("p", bank["problem"][k]))
    B.append(("p", ("Goal 1: " if not sh else "LTG: ") + bank["goal"][k]))
    objs = s.get("objs") or [o[k] for o in bank["objs"]]
    tds = s.get("obj_dates") or [pd_ + dt.timedelta(days=d) for d in (30, 21, 45)]
    s["_targets"] = list(tds)
    if s.get("obj_table", True):
        rows = []
        for i, (o, d) in enumerate(zip(objs, tds)):
            rows.append([f"1.{i + 1}", o, fmt(d, tf) if d else s.get("no_date_text", ""), s.get("resp", ["Counselor"] * 3)[i]])
        B.append(("table", ["Obj", "Measurable objective" if not sh else "STG", "Target date", "Responsible"], rows))
    else:
        items = []
        for i, (o, d) in enumerate(zip(objs, tds)):
            items.append(f"Obj 1.{i + 1}: {o}" + (f" -- by {fmt(d, tf)}" if d else ""))
        B.append(("bullets", items, ""))
    B.append(("h", "Interventions / services" if not sh else "Interventions (type / freq / who)"))
    B.append(("table", ["Intervention", "Frequency", "Staff"], [list(x) for x in s["interventions"]]))
    if s.get("los_line"):
        B.append(("p", s["los_line"]))
    if s.get("review_line"):
        B.append(("p", s["review_line"]))
    if s.get("dc_line"):
        B.append(("p", s["dc_line"]))
    B.append(("small", P42))
    B.append(("pagebreak",))
    B.append(("h", "Signatures" if not sh else "Sigs"))
    B.append(("small", CONSENT))
    B.append(("sig", s["sigs"]))
    return B


BUILDERS = {"psych": psych_blocks, "mot": mot_blocks, "hh": hh_blocks, "aba": aba_blocks, "sud": sud_blocks}


# ----------------------------------------------------------------------------------------------
# the plans
# ----------------------------------------------------------------------------------------------
N = {  # invented NPIs (valid check digits)
    "ferreira": npi("184305672"), "tran": npi("132920457"), "odum": npi("149730215"),
    "kaur": npi("117462093"), "ilunga": npi("190356728"), "brandt": npi("126648301"),
    "halvorsen": npi("155021946"), "ross": npi("172214489"), "okafor": npi("143398210"),
    "lindqvist": npi("160947335"), "mbeki": npi("128830554"), "vance": npi("119503876"),
    "sato": npi("137706218"), "pruitt": npi("154412097"), "delacroix": npi("176630981"),
    "abernethy": npi("181127760"), "castellano": npi("145579023"), "nakamura": npi("163390847"),
    "whitcombe": npi("122785619"), "osei": npi("198847203"), "garnier": npi("130068852"),
    "pell": npi("111294576"), "szabo": npi("141185532"), "yoon": npi("187720460"),
    "agency1": npi("234561870"), "agency2": npi("276120934"),
}
assert all(npi_ok(v) for v in N.values())
BAD_NPI = N["lindqvist"][:9] + str((int(N["lindqvist"][9]) + 3) % 10)
assert not npi_ok(BAD_NPI)

KINDS_BASE = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
              "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
KINDS = {
    "base-treatment-plan": KINDS_BASE,
    "medicare-psychotherapy": KINDS_BASE | {"credential-missing", "signature-missing", "duration-exceeds-limit",
                                            "duration-missing", "goal-not-measurable", "goal-missing",
                                            "intervention-missing", "objective-not-measurable",
                                            "objective-not-time-bound", "plan-outdated", "amount-missing",
                                            "frequency-missing"},
    # service-amount is info only in medicare-outpatient-therapy: amount-missing is never judged there
    "medicare-outpatient-therapy": KINDS_BASE | {"signature-missing", "duration-missing", "goal-not-measurable",
                                                 "goal-missing", "intervention-missing", "credential-not-permitted",
                                                 "signature-late", "plan-late", "review-interval-exceeded",
                                                 "review-overdue", "frequency-missing"},
    "medicare-home-health": KINDS_BASE | {"duration-missing", "goal-not-measurable", "goal-missing",
                                          "intervention-missing", "credential-not-permitted", "signature-missing",
                                          "review-interval-exceeded", "review-overdue", "frequency-missing"},
    "commercial-aba": KINDS_BASE | {"assessment-missing", "assessment-outdated", "caregiver-goal-missing",
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

FAXH = [
    "FROM: {agency_fax}   TO: UTILIZATION REVIEW {to_fax}   {fdate} {ftime}   PAGE {{page}}/{{pages}}",
    "{fdate} {ftime}  {agency_fax}  >> {to_fax}   P.{{page:02d}}/{{pages:02d}}",
    "RightFax   {fdate} {ftime}   From: {agency_short}   To: {to_fax}   Page {{page}} of {{pages}}",
    "{fmon} {ftime}   {agency_short}   Fax {agency_fax}   page {{page}}",
]


def faxhdr(i, agency_short, agency_fax, to_fax, fdate, ftime):
    return FAXH[i % len(FAXH)].format(agency_short=agency_short, agency_fax=agency_fax, to_fax=to_fax,
                                      fdate=fmt(fdate, "mdY"), fmon=fdate.strftime("%b %d %Y"), ftime=ftime)


PLANS = []


def add(**kw):
    kw.setdefault("states", [])
    kw.setdefault("gaps", [])
    kw.setdefault("unsure", [])
    PLANS.append(kw)


# ---- outpatient psychotherapy -----------------------------------------------------------------
add(file="ab01_fax_psychotherapy.docx", domain="psych", payer="medicare-psychotherapy", as_of=D(2026, 3, 6),
    fax="lines", faxhdr=faxhdr(0, "HARBORVIEW", "555-0142", "555-0199", D(2026, 3, 4), "10:41"), faxfoot=FAX_CONF,
    stamp="RECEIVED MAR 05 2026", agency="HARBORVIEW COUNSELING ASSOCIATES",
    agency_lines=["210 Quayside Ave, Suite 4  New Bedford MA 02740   Tel 555-0140"],
    client="Walter J. Penrose", dob=D(1954, 8, 19), mid="4RT7-KW2-NP38", plan_date=D(2026, 2, 9),
    clin=("Monica Ferreira-Hale", "LCSW", N["ferreira"]), dx=[("F33.1", "Major depressive disorder, recurrent, moderate")],
    bank="dep", base=19, protect={"Penrose", "Walter", "Monica", "Ferreira", "Hale"},
    presenting="Mr. Penrose was referred by his primary care physician after his wife died in the fall. He reports "
               "low mood most days, loss of interest in woodworking and church, early waking and a 12 lb weight "
               "loss. He stopped volunteering at the food pantry in December.",
    risk="Risk: denies suicidal or homicidal ideation; no history of attempts; firearms removed from the home by son.",
    services=[("Individual psychotherapy", "90837", "53 minutes", "Weekly")],
    duration_line="Expected duration of treatment: 6 months (through 08/09/2026).",
    review_line="Plan will be reviewed every 90 days; next review 05/11/2026.",
    sigs=[sig("Therapist signature", "Monica Ferreira-Hale, LCSW", "02/09/2026"),
          sig("Client signature", "Walter J. Penrose", "02/09/2026")],
    notes="Clean. Outpatient psychotherapy plan faxed and OCR'd to Word as flowing Courier lines: fax header on "
          "each page, received stamp, two-column demographics read across, words broken with stray hyphens, "
          "character confusions in prose.")

add(file="ab02_shorthand_psychotherapy.docx", domain="psych", payer="medicare-psychotherapy", as_of=D(2026, 4, 2),
    sh=True, df="mdy", tf="md", agency="Tran Behavioral Health PLLC", agency_lines=["outpt progress/tx plan"],
    doc_title="TX PLAN (initial)", t2=105, client_label="Pt", client="Rosalind Ekwueme", dob=D(1958, 11, 3),
    mid="7FD2-QX9-RM14", mid_label="MBI", plan_date=D(2026, 3, 9), clin=("Linh Tran", "PsyD", N["tran"]),
    dx=[("F41.1", "GAD"), ("F40.10", "social anxiety d/o")], bank="anx", base=16, kv_cols="pipe",
    presenting="68 y/o F, retired teacher, c/o constant worry re: health + finances x ~2 yrs, ↑ since husband's "
               "cardiac event 11/25. Avoids grocery store, church, driving on hwy. Sleep ~5 hrs. Hx: 1 prior "
               "episode tx'd w/ sertraline (PCP). No SUD hx.",
    risk="SI/HI denied. No hx attempts. Protective: grandkids, faith.",
    svc_lines=["Indiv psychotherapy (CBT) - 90834 - 45 min - 1x/wk (weekly)",
               "duration: 16 wks (thru 6/29/26), then re-eval",
               "f/u w/ PCP re: sertraline; coord as needed"],
    sigs=[sig("Clinician", "Linh Tran, PsyD", "3/9/26", mark="e-signed"),
          sig("Pt", "R. Ekwueme", "3/9/26", mark="signed on tablet")],
    sig_layout="lines", consent=False,
    notes="Clean. Clinician shorthand throughout (Pt, c/o, x, ↑, SI/HI denied, f/u), identifiers on one pipe-"
          "separated line, objective target dates written month/day with the year only in the plan date.")

add(file="ab03_fax_psychotherapy_pa.docx", domain="psych", payer="medicare-psychotherapy", states=["pa-55-5200"],
    as_of=D(2026, 2, 26), fax="tables", faxhdr=faxhdr(1, "Schuylkill Valley", "570-555-0118", "800-555-0177",
                                                      D(2026, 2, 24), "14:07"),
    stamp="REC'D  FEB 25 2026  UM", agency="SCHUYLKILL VALLEY OUTPATIENT CLINIC",
    agency_lines=["Licensed Psychiatric Outpatient Clinic  -  Pottsville, PA"], client="Darnell K. Whitaker",
    dob=D(1961, 1, 30), mid="2KM8-HU4-TA61", intake=D(2026, 1, 12), intake_label="Intake/Assessment Date",
    plan_date=D(2026, 2, 2), clin=("Yaw Odum", "LPC", N["odum"]),
    dx=[("F43.12", "Post-traumatic stress disorder, chronic"), ("F33.1", "Major depressive disorder, recurrent, moderate")],
    dx_table=True, bank="ptsd", base=52, goals_table=True, protect={"Whitaker", "Darnell", "Odum"},
    presenting="Veteran referred by the VA community care coordinator for nightmares, avoidance of crowds and "
               "driving, irritability and low mood since a convoy accident in 2007; symptoms worsened after a car "
               "crash last summer.",
    risk="Risk screen (C-SSRS): no ideation in the past month; safety plan on file.",
    services=[("Individual psychotherapy (CPT protocol)", "90837", "53 min", "1 time per week"),
              ("Psychiatric medication management", "99214", "25 min", "Every 4 weeks")],
    duration_line="Expected duration of treatment: 20 weeks (through 06/22/2026), with 90-day review.",
    review_line="Next treatment plan review: 05/04/2026.",
    sigs=[sig("Mental Health Professional", "Yaw Odum, LPC", "02/02/2026"),
          sig("Individual", "Darnell K. Whitaker", "02/02/2026"),
          sig("Psychiatrist approval", "Harpreet Kaur, MD", "02/05/2026", mark="(illegible) MD")],
    notes="Clean (Pennsylvania clinic; plan 21 days after intake). OCR'd fax that kept its tables: merged goal rows, "
          "diagnosis table, signature table; psychiatrist signature as '(illegible) MD'.")

add(file="ab04_faxshort_psychotherapy_pa.docx", domain="psych", payer="medicare-psychotherapy", states=["pa-55-5200"],
    as_of=D(2026, 3, 20), fax="lines", sh=True, df="mdy", tf="mdy",
    faxhdr=faxhdr(2, "Lehigh Family Counseling", "610-555-0163", "888-555-0102", D(2026, 3, 18), "09:12"),
    faxfoot="Lehigh Family Counseling - confidential - do not redisclose",
    agency="Lehigh Family Counseling Ctr", agency_lines=["Allentown PA  lic. psych outpt clinic"],
    doc_title="Tx Plan", client_label="Pt", client="Gwendolyn Asare-Boateng", dob=D(1949, 6, 2), mid="5NC3-DF8-KW20",
    intake=D(2026, 2, 17), intake_label="Intake", plan_date=D(2026, 3, 3), clin=("Priya Brandt", "LCSW", N["brandt"]),
    dx=[("F33.1", "MDD, recurrent, mod")], bank="dep", base=18, protect={"Gwendolyn", "Asare", "Boateng", "Brandt"},
    presenting="76 y/o widowed F referred by PCP. c/o low mood, anhedonia, ↓ appetite, stays in bed until noon. "
               "Lives alone, dtr visits wkly. Hx MDD x2 episodes (2012, 2019), tx'd w/ meds + therapy.",
    risk="SI/HI denied; passive death wish 'sometimes', no plan/intent. Safety plan done 3/3.",
    services=[("Indiv psychotherapy", "90834", "45 min", "1x/wk"),
              ("Med mgmt (psych NP)", "99213", "15 min", "q4wk")],
    duration_line="Est. duration: 24 wks (~6 mo), thru 8/18/26",
    review_line="Review q90d - next 6/1/26",
    sigs=[sig("MHP", "Priya Brandt, LCSW", "3/3/26", mark="/s/"),
          sig("Pt", "Gwendolyn Asare-Boateng", "3/3/26", mark="[signature]"),
          sig("Approved - CRNP", "Colm Halvorsen, CRNP (psych NP)", "3/5/26", mark="[signature]")],
    notes="Clean (Pennsylvania clinic; plan 14 days after intake; approval by a psychiatric nurse practitioner, "
          "an advanced practice professional). Shorthand plan faxed and OCR'd to lines.")

add(file="ab05_fax_psychotherapy_prn.docx", domain="psych", payer="medicare-psychotherapy", as_of=D(2026, 3, 23),
    fax="lines", faxhdr=faxhdr(3, "CEDAR RIDGE BH", "555-0172", "555-0100", D(2026, 3, 19), "16:55"),
    faxfoot=FAX_CONF, stamp="RECEIVED\nMAR 20 2026\nINTAKE", agency="Cedar Ridge Behavioral Health",
    agency_lines=["Outpatient Services"], client_label="Patient", client="Anselm Varga", dob=D(1957, 4, 11),
    mid="9GH6-JN3-WX52", plan_date=D(2026, 3, 2), clin=("Teodora Ross", "PhD", N["ross"]),
    dx=[("F43.23", "Adjustment disorder with mixed anxiety and depressed mood")], bank="adj", base=14,
    protect={"Anselm", "Varga", "Teodora"},
    presenting="Mr. Varga lost his job as a plant supervisor in January after 31 years. He reports sadness, "
               "irritability with his wife, poor sleep and spending most days watching television.",
    services=[("Individual psychotherapy", "90834", "45 minutes", "PRN / as needed")],
    duration_line="Anticipated duration: 4 months (through 07/02/2026).",
    sigs=[sig("Clinician", "Teodora Ross, PhD, Licensed Psychologist", "03/02/2026")], sig_layout="stacked",
    gaps=[["frequency-missing"]],
    notes="Gap: the only service is scheduled 'PRN / as needed' with no visit limit, so no frequency is stated. "
          "Fax OCR'd to lines, stamp, stacked signature.")

add(file="ab06_shorthand_psychotherapy_old.docx", domain="psych", payer="medicare-psychotherapy",
    as_of=D(2026, 2, 24), sh=True, df="mdYs", tf="md", agency="Northgate Psychology Group", doc_title="TREATMENT PLAN",
    client="Eustace Bramwell", client_label="Pt", dob=D(1952, 12, 8), mid="3PA9-WE7-HC45", mid_label="Mcare ID",
    plan_date=D(2025, 1, 21), clin=("Sung-min Okafor", "PsyD", N["okafor"]),
    dx=[("F41.1", "GAD")], bank="anx", base=15, kv_cols="pipe",
    presenting="72 y/o M, c/o worry, muscle tension, irritability x 1 yr+; retired machinist; wife w/ dementia dx "
               "2024, pt is primary CG. No SUD. PCP: Dr. Lamar.",
    risk="SI/HI denied.",
    svc_lines=["90834 indiv psychotx, 45 min, q wk", "duration ~6 mo (thru 7/21/25)"],
    sigs=[sig("Clinician", "Sung-min Okafor, PsyD", "1/21/2025", mark="/s/")], consent=False,
    gaps=[["plan-outdated"]],
    notes="Gap: plan dated 1/21/2025, 399 days before the as-of date, with no review or update recorded "
          "(older than the one year NGS allows). Typed shorthand, target dates month/day with year from the plan date.")

add(file="ab07_fax_psychotherapy_nocred.docx", domain="psych", payer="medicare-psychotherapy", as_of=D(2026, 3, 30),
    fax="tables", faxhdr=faxhdr(0, "LAKESHORE WELLNESS", "555-0125", "555-0190", D(2026, 3, 26), "11:20"),
    faxfoot=FAX_CONF, agency="LAKESHORE WELLNESS & COUNSELING", client="Philippa Osterhout", dob=D(1956, 9, 25),
    mid="6WB2-RT5-EK09", plan_date=D(2026, 3, 16), clin=("Gareth Ilunga", "", N["ilunga"]),
    dx=[("F33.1", "Major depressive disorder, recurrent, moderate")], bank="dep", base=17, goals_table=True,
    protect={"Philippa", "Osterhout", "Gareth", "Ilunga"},
    presenting="Ms. Osterhout describes two years of low mood since retiring, with tearfulness, poor concentration "
               "and social withdrawal. Her sister brought her to the first visit.",
    services=[("Individual psychotherapy", "90837", "53 minutes", "weekly")],
    duration_line="Expected duration: 12-18 months.",
    sigs=[sig("Therapist", "Gareth Ilunga", "03/16/2026", mark="(illegible)"),
          sig("Client", "Philippa Osterhout", "03/16/2026")],
    gaps=[["credential-missing"], ["duration-exceeds-limit"]],
    notes="Gaps: the therapist's name appears (header and signature) with no credential anywhere; expected duration "
          "12-18 months is not less than one year. OCR'd fax with tables, merged goal rows.")

add(file="ab08_fax_psychotherapy_pa_late.docx", domain="psych", payer="medicare-psychotherapy", states=["pa-55-5200"],
    as_of=D(2026, 3, 9), fax="lines", faxhdr=faxhdr(1, "Keystone Counseling", "717-555-0149", "800-555-0131",
                                                    D(2026, 3, 5), "15:33"),
    agency="KEYSTONE COUNSELING SERVICES", agency_lines=["Psychiatric Outpatient Clinic - Harrisburg"],
    stamp="RECEIVED MAR 06 2026", client="Lorraine Fitzgibbon", dob=D(1959, 2, 14), mid="8CJ4-MV6-PD37",
    intake=D(2026, 1, 5), plan_date=D(2026, 2, 16), clin=("Anneliese Lindqvist", "LPC", N["lindqvist"]),
    dx=[("F41.1", "Generalized anxiety disorder")], bank="anx", base=17,
    protect={"Lorraine", "Fitzgibbon", "Anneliese", "Lindqvist"},
    presenting="Ms. Fitzgibbon reports daily worry about her health and her adult son's finances, with "
               "headaches, poor sleep and two emergency visits for chest tightness with normal cardiac work-up.",
    services=[("Individual psychotherapy", "90837", "53 minutes", "Weekly")],
    duration_line="Expected duration of treatment: 6 months.",
    sigs=[sig("Mental health professional", "Anneliese Lindqvist, LPC", "02/16/2026"),
          sig("Client", "", "", mark="______________________________"),
          sig("Psychiatrist", "Benedikt Mbeki, MD", "02/18/2026", mark="[signature]")],
    gaps=[["plan-late"], ["signature-missing"]],
    notes="Gaps: plan dated 02/16/2026, 42 days after the 01/05/2026 intake (Pennsylvania: 30); the client signature "
          "line is blank with a blank date. Faxed, OCR'd to lines.")

add(file="ab09_faxshort_psychotherapy_pa_nopsych.docx", domain="psych", payer="medicare-psychotherapy",
    states=["pa-55-5200"], as_of=D(2026, 4, 8), fax="tables", sh=True, df="mdy", tf="md",
    faxhdr=faxhdr(2, "Brandywine BH", "484-555-0101", "866-555-0144", D(2026, 4, 6), "08:58"),
    agency="Brandywine Behavioral Health", agency_lines=["lic. outpt psych clinic, West Chester PA"],
    t2=110, doc_title="TX PLAN", client_label="Consumer", client="Ignatius Moravec", dob=D(1955, 7, 17), mid="1HT5-GY2-ZB83",
    intake=D(2026, 3, 4), intake_label="Intake", plan_date=D(2026, 3, 25), clin=("Delphine Vance", "LCSW", N["vance"]),
    dx=[("F43.23", "adjustment d/o w/ mixed anx + depressed mood")], bank="adj", base=13,
    protect={"Ignatius", "Moravec", "Delphine"},
    presenting="70 y/o M, laid off 1/26 after 30+ yrs; c/o sadness, irritability, ↓ sleep, ↑ ETOH (2-3 beers/night, "
               "AUDIT-C 4). Wife supportive.", risk="SI/HI denied; no firearms.",
    services=[("Indiv psychotherapy", "90834", "45 min", "1x/wk")],
    duration_line="Duration: 16 wks (thru 7/15/26)", review_line="Review 6/24/26",
    sigs=[sig("MHP", "Delphine Vance, LCSW", "3/25/26", mark="[signature]"),
          sig("Consumer", "Ignatius Moravec", "3/25/26", mark="[signature]"),
          sig("Psychiatrist/APP approval", "", "", mark="")],
    gaps=[["signature-missing"]],
    notes="Gap: the plan includes psychotherapy but the psychiatrist/advanced-practice approval row is empty "
          "(Pennsylvania). Shorthand plan faxed, OCR kept tables.")

add(file="ab10_shorthand_psychotherapy_f431.docx", domain="psych", payer="medicare-psychotherapy", as_of=D(2026, 3, 31),
    sh=True, df="mdy", tf="md", agency="Riverside Trauma Recovery", doc_title="Initial tx plan",
    client_label="Pt", client="Cordelia Nwachukwu", dob=D(1960, 3, 28), mid="2VD7-KP3-QU56",
    plan_date=D(2026, 3, 12), clin=("Hiroshi Sato", "LICSW", N["sato"]), dx=[("F43.1", "PTSD")],
    bank="ptsd", base=55, presenting="65 y/o F, assault 8/25; c/o nightmares ~5/wk, hypervigilance, avoids "
                                     "driving/stores. PCL-5 55 at intake.", risk="SI/HI denied.",
    svc_lines=["Indiv psychotherapy (CPT) 90837, 53 min, 1x/wk x 12 wks, then f/u q2wk x 6 wks",
               "dur: 18 wks total (thru 7/16/26)"],
    sigs=[sig("Clinician", "Hiroshi Sato, LICSW", "3/12/26", mark="e-sig")], consent=False,
    gaps=[["diagnosis-code-not-billable"]],
    notes="Gap: diagnosis written 'F43.1 PTSD', a category heading, not a billable code (F43.10/.11/.12). "
          "Typed shorthand; mixed frequency 1x/wk then q2wk.")


# ---- Medicare Part B outpatient therapy ---------------------------------------------------------
def mot_sigs(ther, ther_date, md, md_date, md_mark="[signature]", ther_mark="[signature]", md_role="Certifying physician/NPP"):
    return [sig("Therapist", ther, ther_date, mark=ther_mark), sig(md_role, md, md_date, mark=md_mark)]


add(file="ab11_fax_pt_knee.docx", domain="mot", payer="medicare-outpatient-therapy", as_of=D(2026, 3, 12),
    fax="lines", faxhdr=faxhdr(3, "SUMMIT PT", "555-0155", "555-0188", D(2026, 3, 10), "13:02"), faxfoot=FAX_CONF,
    stamp="RECEIVED MAR 11 2026", agency="SUMMIT PHYSICAL THERAPY & SPORTS REHAB",
    agency_lines=["44 Mill Pond Rd, Bldg C   Tel 555-0150"], doc_title="INITIAL EVALUATION / PLAN OF CARE",
    client="Mildred A. Castellano", dob=D(1948, 10, 5), mid="5EQ2-HG8-VY71", ftd=D(2026, 2, 16),
    plan_date=D(2026, 2, 16), cert=(D(2026, 2, 16), D(2026, 5, 16)), ref=("Franklin Yoon, MD", N["yoon"]),
    ther=("Rebecca Pruitt", "PT, DPT", N["pruitt"]), bank="knee",
    dx=[("M17.11", "Unilateral primary osteoarthritis, right knee"), ("Z91.81", "History of falling")],
    protect={"Mildred", "Castellano", "Pruitt", "Rebecca"},
    summary="77 y/o female with R knee OA, 2 falls in 6 months. R knee flexion 88 degrees, extension -8, quad "
            "strength 3+/5, TUG 18 sec, LEFS 28/80. Ambulates with a single-point cane, antalgic gait.",
    freq_line="Frequency: 2 times per week.   Duration: 8 weeks (16 visits).",
    recert_line="Recertification due by 05/16/2026, or discharge sooner if goals are met.",
    sigs=mot_sigs("Rebecca Pruitt, PT, DPT", "02/16/2026", "Colette Delacroix, NP", "02/24/2026"),
    notes="Clean. PT plan of care faxed and OCR'd into flowing lines with fax header per page, stamp, demographics "
          "in two columns read across the page, interventions table flattened to spaced lines.")

add(file="ab12_shorthand_ot_cva.docx", domain="mot", payer="medicare-outpatient-therapy", as_of=D(2026, 3, 20),
    sh=True, df="mdy", tf="md", agency="Bayview Outpt Neuro Rehab - OT", doc_title="OT POC / cert",
    client_label="Pt", client="Thaddeus Okonkwo-Reyes", dob=D(1951, 5, 22), mid="8KR4-TD1-NW26", mid_label="MBI",
    ftd=D(2026, 3, 2), ftd_label="IE/1st tx", plan_date=D(2026, 3, 2), pd_label="POC date",
    cert=(D(2026, 3, 2), D(2026, 5, 29)), ref=("Adaeze Abernethy, MD", N["abernethy"]),
    ther=("Marisol Castillo", "OTR/L", N["castellano"]), ther_label="OT", bank="cva_ot", kv_cols="pipe",
    dx=[("I69.351", "R hemiparesis s/p L MCA CVA (dominant side)"), ("R26.81", "unsteady on feet")],
    summary="74 y/o RHD M, L MCA CVA 1/15/26, d/c from IRF 2/27. R grip 12#, 9HPT R 68 sec, UB dressing mod A, "
            "feeding w/ set-up + min A. Wife present, supportive. Cog WFL for tx.",
    freq_line="Freq: 3x/wk x 8 wks (24 visits)", recert_line="Recert by 5/29/26",
    rehab="Rehab potential good. Pt/wife agree w/ POC.",
    sigs=mot_sigs("Marisol Castillo, OTR/L", "3/2/26", "Adaeze Abernethy, MD", "3/5/26", md_mark="e-signed via portal",
                  ther_mark="/s/"),
    notes="Clean. OT plan of care typed in shorthand (Pt, s/p, w/, x, mod A, #), identifiers on one line, "
          "goal dates month/day with the year in the header.")

add(file="ab13_fax_slp_dysphagia.docx", domain="mot", payer="medicare-outpatient-therapy", as_of=D(2026, 2, 20),
    fax="tables", faxhdr=faxhdr(0, "RIVERBEND SLP", "555-0133", "555-0187", D(2026, 2, 18), "10:05"),
    stamp="RECEIVED FEB 19 2026", agency="RIVERBEND SPEECH & SWALLOW CLINIC", doc_title="SLP Plan of Care",
    client="Ottoline Fairbairn", dob=D(1944, 12, 29), mid="3TB6-XC4-HM90", ftd=D(2026, 1, 26),
    plan_date=D(2026, 1, 26), cert=(D(2026, 1, 26), D(2026, 4, 25)), ref=("Olusegun Osei, MD", N["osei"]),
    ther=("Catriona Whitcombe", "MS, CCC-SLP", N["whitcombe"]), bank="dys_slp", goals_table=True, ltg_days=70,
    dx=[("I69.391", "Dysphagia following cerebral infarction"), ("R13.12", "Dysphagia, oropharyngeal phase")],
    protect={"Ottoline", "Fairbairn", "Catriona", "Whitcombe"},
    summary="MBSS 01/20/2026: delayed swallow initiation, penetration with thin liquids, vallecular residue. "
            "Currently on puree with nectar-thick liquids. Lives with daughter.",
    freq_line="Frequency: 2x/week.  Duration: 10 weeks (20 sessions).",
    recert_line="Recertification due 04/25/2026.",
    sigs=mot_sigs("Catriona Whitcombe, MS, CCC-SLP", "01/26/2026", "Olusegun Osei, MD", "02/03/2026"),
    notes="Clean. SLP plan of care, fax OCR'd with tables kept; goals in a table with target dates.")

add(file="ab14_faxshort_pt_back_latecert.docx", domain="mot", payer="medicare-outpatient-therapy",
    as_of=D(2026, 3, 10), fax="lines", sh=True, df="mdy", tf="mdy",
    faxhdr=faxhdr(1, "Pinecrest PT", "555-0161", "555-0107", D(2026, 3, 6), "17:48"),
    agency="Pinecrest Physical Therapy", doc_title="PT POC", client_label="Pt", client="Reinhold Garnier",
    dob=D(1955, 2, 9), mid="6MU3-PE8-JR17", ftd=D(2026, 1, 12), plan_date=D(2026, 1, 12),
    cert=(D(2026, 1, 12), D(2026, 4, 11)), ref=("Esther Nakamura, DO", N["nakamura"]),
    ther=("Jonah Szabo", "PT", N["szabo"]), bank="back", protect={"Reinhold", "Garnier", "Szabo"},
    dx=[("M54.50", "LBP, unspecified"), ("M62.81", "muscle weakness, generalized")],
    summary="70 y/o M c/o LBP x 3 mo after lifting at work (warehouse). Sit tol 15 min, ODI 42%, ↓ core "
            "endurance, lumbar flex 50% limited. Neg SLR. No red flags.",
    freq_line="Freq 2x/wk x 10 wks", recert_line="Recert due 4/11/26",
    sigs=mot_sigs("Jonah Szabo, PT", "1/12/26", "Esther Nakamura, DO", "3/2/26", md_mark="(illegible) DO"),
    gaps=[["signature-late"]],
    notes="Gap: physician certification dated 3/2/26, 49 days after the 1/12/26 first treatment (30 allowed; a "
          "warning since 2025). Shorthand PT plan faxed, OCR'd to lines.")

add(file="ab15_shorthand_pt_knee_dc.docx", domain="mot", payer="medicare-outpatient-therapy", as_of=D(2026, 3, 18),
    sh=True, df="mdy", tf="mdy", agency="Crossroads Spine & Joint", agency_lines=["PT dept"], doc_title="PT plan of care",
    client_label="Pt", client="Winifred Ashdown", dob=D(1950, 1, 17), mid="2PQ9-AD3-LT48",
    ftd=D(2026, 2, 23), plan_date=D(2026, 2, 23), cert=(D(2026, 2, 23), D(2026, 5, 23)),
    ref=("Brent Kowalczyk, DC", N["garnier"]), ther=("Felipe Mbeki", "PT, DPT", N["mbeki"]), bank="knee",
    goals_table=True, dx=[("M17.11", "R knee OA"), ("R26.81", "unsteadiness on feet")],
    summary="76 y/o F, R knee OA, c/o pain 6/10 w/ stairs, 2 near-falls. R knee flex 88°, TUG 18 s, LEFS 28/80.",
    freq_line="2x/wk x 8 wks", recert_line="recert by 5/23/26",
    sigs=mot_sigs("Felipe Mbeki, PT, DPT", "2/23/26", "Brent Kowalczyk, DC", "2/27/26", md_role="Certifying provider"),
    gaps=[["credential-not-permitted", "signature-missing"]],
    notes="Gap: the plan is certified only by a chiropractor (DC), who cannot certify a Medicare therapy plan. "
          "Shorthand, goals in a table.")

add(file="ab16_fax_ot_nofreq_badnpi.docx", domain="mot", payer="medicare-outpatient-therapy", as_of=D(2026, 3, 3),
    fax="tables", faxhdr=faxhdr(2, "Meadowlark Therapy", "555-0129", "555-0176", D(2026, 2, 27), "12:31"),
    faxfoot=FAX_CONF, agency="MEADOWLARK HAND & OCCUPATIONAL THERAPY", client="Bartholomew Quaye",
    dob=D(1949, 4, 30), mid="7JW5-NB2-CQ63", ftd=D(2026, 2, 9), plan_date=D(2026, 2, 9),
    cert=(D(2026, 2, 9), D(2026, 5, 9)), ref=("Gunnar Halvorsen, MD", N["halvorsen"]),
    ther=("Ingrid Lindqvist", "OTR/L", BAD_NPI), bank="cva_ot", protect={"Bartholomew", "Quaye", "Ingrid"},
    dx=[("I69.351", "Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side")],
    summary="Right hemiparesis after a left MCA stroke in December. Grip 12 lb right, Nine-Hole Peg 68 seconds, "
            "needs moderate assistance for upper-body dressing.",
    freq_line="Frequency: per patient availability and transportation.   Duration: 8 weeks.",
    recert_line="Recertification due 05/09/2026.",
    sigs=mot_sigs("Ingrid Lindqvist, OTR/L", "02/09/2026", "Gunnar Halvorsen, MD", "02/13/2026"),
    gaps=[["frequency-missing"], ["identifier-invalid"]],
    notes=f"Gaps: frequency given only as 'per patient availability' (no times per week); the therapist's NPI "
          f"{BAD_NPI} fails the check digit. OCR'd fax with tables.")

add(file="ab17_faxshort_slp_noduration.docx", domain="mot", payer="medicare-outpatient-therapy",
    as_of=D(2026, 3, 27), fax="lines", sh=True, df="mdy", tf="mdy",
    faxhdr=faxhdr(3, "HOLLIS SLP", "555-0182", "555-0113", D(2026, 3, 25), "09:47"),
    agency="Hollis Outpatient SLP", doc_title="SLP POC", client_label="Pt", client="Evangeline Thorsby",
    dob=D(1946, 8, 14), mid="4NV8-EK6-WA35", ftd=D(2026, 3, 9), plan_date=D(2026, 3, 9),
    cert=(D(2026, 3, 9), D(2026, 6, 6)), ref=("Nnamdi Pell, MD", N["pell"]),
    ther=("Saoirse Yoon", "CCC-SLP", N["agency1"]), bank="dys_slp", protect={"Evangeline", "Thorsby", "Saoirse"},
    dx=[("R13.12", "oropharyngeal dysphagia"), ("G20.A1", "Parkinson's dz")],
    summary="79 y/o F w/ PD, c/o coughing w/ thin liquids + pills; MBSS 3/4: penetration thin liq, ↓ BOT retraction. "
            "On mech soft + mildly thick liq.",
    freq_line="Freq: 2x/wk", recert_line="Recert due 6/6/26",
    sigs=mot_sigs("Saoirse Yoon, MA, CCC-SLP", "3/9/26", "Nnamdi Pell, MD", "3/12/26", md_mark="[signature]"),
    gaps=[["duration-missing"]],
    notes="Gap: frequency 2x/wk but no duration (weeks or sessions) anywhere; only the certification period and "
          "goal dates, which MBPM does not accept as the duration. Shorthand faxed, OCR'd to lines.")

add(file="ab18_fax_pt_knee_longcert.docx", domain="mot", payer="medicare-outpatient-therapy", as_of=D(2026, 2, 12),
    fax="tables", faxhdr=faxhdr(0, "ORCHARD PT", "555-0197", "555-0122", D(2026, 2, 10), "15:16"),
    stamp="RECEIVED FEB 11 2026", agency="ORCHARD PHYSICAL THERAPY", client="Cornelius Abernathy-Lowe",
    dob=D(1947, 3, 3), mid="9AF3-UM7-KD24", ftd=D(2026, 1, 5), plan_date=D(2026, 1, 5),
    cert=(D(2026, 1, 5), D(2026, 4, 30)), ref=("Margit Szabo, MD", N["whitcombe"][:0] + N["sato"]),
    ther=("Declan Osei", "PT", N["osei"]), bank="knee", protect={"Cornelius", "Abernathy", "Lowe", "Declan"},
    dx=[("M17.11", "Unilateral primary osteoarthritis, right knee")],
    summary="Right knee osteoarthritis, awaiting decision on replacement. Flexion 88 degrees, TUG 18 seconds, "
            "LEFS 28/80, uses a cane outdoors.",
    freq_line="Frequency: 2x/week.  Duration: 16 weeks.", recert_line="Recertification due: 04/30/2026.",
    ltg_days=100,
    sigs=mot_sigs("Declan Osei, PT", "01/05/2026", "Margit Szabo, MD", "01/09/2026"),
    gaps=[["review-interval-exceeded"]],
    notes="Gap: certification period 01/05/2026-04/30/2026 (115 days) with recertification only on 04/30/2026; "
          "Medicare allows at most 90 days. OCR'd fax with tables.")


# ---- Medicare home health ----------------------------------------------------------------------
CHF_MEDS = ("furosemide 40 mg PO daily; carvedilol 12.5 mg PO BID; lisinopril 10 mg PO daily; "
            "potassium chloride 20 mEq PO daily; atorvastatin 40 mg PO at bedtime")
WOUND_MEDS = ("hydrocolloid dressing to sacrum; acetaminophen 650 mg PO q6h PRN pain; metformin 500 mg PO BID; "
              "multivitamin daily; zinc sulfate 220 mg PO daily x 30 days")
TKA_MEDS = ("enoxaparin 40 mg subcut daily x 14 days; oxycodone 5 mg PO q6h PRN severe pain; acetaminophen 1 g PO "
            "q8h; docusate 100 mg PO BID; amlodipine 5 mg PO daily")

add(file="ab19_fax_homehealth_chf.docx", domain="hh", payer="medicare-home-health", as_of=D(2026, 3, 16),
    fax="lines", faxhdr=faxhdr(0, "GOLDEN MEADOW HHA", "555-0116", "555-0158", D(2026, 3, 3), "16:22"),
    faxfoot=FAX_CONF, stamp="RECEIVED MAR 04 2026", agency="GOLDEN MEADOW HOME HEALTH AGENCY",
    agency_lines=["Medicare-certified HHA   Provider No. 147322"], client="Hortensia Villalobos",
    addr="82 Larkspur Ln, Apt 3, Fall River MA 02720", dob=D(1938, 7, 9), sex="F", mid="1XE5-TK3-QB77",
    soc=D(2026, 2, 23), cert=(D(2026, 2, 23), D(2026, 4, 23)), mrn="GM-20418", provno="147322",
    dx=[("I50.22", "Chronic systolic (congestive) heart failure"), ("J44.1", "COPD with (acute) exacerbation"),
        ("Z91.81", "History of falling")], meds=CHF_MEDS, bank="chf",
    protect={"Hortensia", "Villalobos"},
    func="Endurance, ambulation, dyspnea with minimal exertion. Activities permitted: up as tolerated, walker, "
         "partial weight bearing not applicable. Homebound: needs walker and help of one person to leave home; "
         "leaving home causes marked dyspnea.",
    orders=["SN: 1w1, 2w3, 1w4 for cardiopulmonary assessment, daily weight review, teaching of low-sodium diet "
            "and heart-failure medications.",
            "SN: PRN x 2 visits for weight gain over 3 lb in 24 hours or 5 lb in one week.",
            "PT: 2w3, 1w3 for gait training, balance, transfers and home exercise program.",
            "HHA: 2w4 for bathing and personal care."],
    rn_line="Agnes Pruitt-Hale, RN  02/23/2026", received="03/03/2026",
    md_addr="Franklin Yoon, MD, 400 Harbor Medical Plaza, Fall River MA  NPI " + N["yoon"],
    sigs=[sig("27. Attending Physician's Signature", "Franklin Yoon, MD", "03/02/2026", mark="[signature]")],
    notes="Clean. CMS-485-style plan of care faxed and OCR'd to lines (numbered form boxes read across two "
          "columns), fax header per page, stamp; PRN visits carry a limit.")

add(file="ab20_shorthand_homehealth_wound.docx", domain="hh", payer="medicare-home-health", as_of=D(2026, 3, 27),
    sh=True, df="mdy", hh_form=False, agency="Tidewater Home Care", doc_title="POC - SOC (485)",
    client="Ambrose Kettleborough", addr="19 Pilot Rd, Norfolk VA", dob=D(1941, 1, 12), sex="M", mid="6HN2-VW9-RD30",
    soc=D(2026, 3, 9), cert=(D(2026, 3, 9), D(2026, 5, 7)), mrn="TH-5531", provno="497216",
    dx=[("L89.153", "sacral pressure ulcer, stage 3"), ("E11.9", "DM2 w/o complications")], meds=WOUND_MEDS,
    bank="wound", func="bedbound>chair w/ 1 assist; homebound - unable to leave home w/o 2 assist + w/c transport.",
    orders=["SN 3w4, 2w4 - wound care sacrum: cleanse NS, hydrocolloid q3d + PRN soiled; measure wkly; assess s/s infx; teach CG",
            "SN PRN x3 visits for dressing dislodged/soiled",
            "HHA 3w4, 2w4 - bathing, turning/positioning, skin checks",
            "MSW 1w1 - community resources/caregiver support"],
    rn_line="K. Dufresne, RN  3/9/26", md_addr="Rosa Delacroix, NP, Tidewater Primary Care  NPI " + N["delacroix"],
    sigs=[sig("Ordering practitioner", "Rosa Delacroix, NP", "3/12/26", mark="e-signed")],
    dc_plan="Rehab potential fair. D/C when wound ≤1.5 cm and CG indep w/ dressing.",
    notes="Clean. Home health plan typed in shorthand (3w4, 2w4, PRN x3, q3d, CG, w/c), signed by a nurse "
          "practitioner (allowed practitioner).")

add(file="ab21_fax_homehealth_tka.docx", domain="hh", payer="medicare-home-health", as_of=D(2026, 2, 5),
    fax="tables", faxhdr=faxhdr(1, "Northfield HH", "555-0146", "555-0184", D(2026, 1, 28), "11:03"),
    stamp="RECEIVED JAN 29 2026", agency="NORTHFIELD VISITING NURSES", client="Leopold Achterberg",
    addr="7 Birchwood Ct, Northfield MN", dob=D(1945, 5, 5), sex="M", mid="3QW8-JR5-HE12",
    soc=D(2026, 1, 19), cert=(D(2026, 1, 19), D(2026, 3, 19)), mrn="NVN-88107", provno="247119",
    dx=[("Z47.1", "Aftercare following joint replacement surgery"), ("Z96.652", "Presence of left artificial knee joint"),
        ("I10", "Essential (primary) hypertension")], meds=TKA_MEDS, bank="tka",
    protect={"Leopold", "Achterberg"},
    func="Left TKA 01/14/2026. Walks 40 feet with a rolling walker, needs help on stairs. Homebound: taxing effort "
         "to leave home, requires a walker and one-person assistance.",
    orders=["PT: 3w3, 2w3 for gait training, knee range of motion, strengthening, stair training, home program.",
            "SN: 1w2 for incision assessment, anticoagulant teaching and pain management.",
            "OT: 1w2 for bathing and dressing, adaptive equipment."],
    rn_line="Beatrix Lund, RN  01/19/2026", received="01/28/2026",
    md_addr="Esther Nakamura, DO, Northfield Orthopedics  NPI " + N["nakamura"],
    sigs=[sig("Physician signature", "Esther Nakamura, DO", "01/27/2026", mark="(illegible) DO")],
    notes="Clean. 485-style home health plan after knee replacement, OCR'd fax with its tables kept.")

add(file="ab22_faxshort_homehealth_prn.docx", domain="hh", payer="medicare-home-health", as_of=D(2026, 3, 19),
    fax="tables", sh=True, df="mdy", hh_form=False,
    faxhdr=faxhdr(2, "Prairie Home Health", "555-0168", "555-0135", D(2026, 3, 9), "18:40"),
    agency="Prairie Home Health", doc_title="485 / POC", client="Genevieve Oduya", addr="1120 W 4th St, Ames IA",
    dob=D(1939, 9, 30), sex="F", mid="5UC7-MH2-ZN48", soc=D(2026, 3, 2), cert=(D(2026, 3, 2), D(2026, 4, 30)),
    mrn="PHH-2291", provno="167045", dx=[("I50.22", "chronic systolic CHF"), ("R26.81", "unsteady on feet")],
    meds=CHF_MEDS, bank="chf", protect={"Genevieve", "Oduya"},
    func="SOB w/ 20', amb w/ RW; homebound - leaving home requires RW + 1 assist, marked SOB.",
    orders=["SN 1w1, 2w2, 1w5 - CHF assess/teach, wt log review, med teaching",
            "SN PRN for s/s CHF exacerbation",
            "PT 2w4 - gait/balance, transfers, HEP"],
    rn_line="T. Brandvold, RN 3/2/26", md_addr="Gunnar Halvorsen, MD  NPI " + N["halvorsen"],
    sigs=[sig("MD", "Gunnar Halvorsen, MD", "3/6/26", mark="[signature]")],
    gaps=[["frequency-missing"]],
    notes="Gap: 'SN PRN for s/s CHF exacerbation' orders as-needed visits with no limit on their number. "
          "Shorthand plan faxed, OCR kept tables.")

add(file="ab23_fax_homehealth_illegibledate.docx", domain="hh", payer="medicare-home-health", as_of=D(2026, 3, 12),
    fax="lines", faxhdr=faxhdr(3, "SAGEBRUSH HOME CARE", "555-0103", "555-0194", D(2026, 3, 2), "07:55"),
    faxfoot=FAX_CONF, agency="SAGEBRUSH HOME CARE", client="Prudence Haldane", addr="3 Canyon View Dr, Boise ID",
    dob=D(1936, 11, 21), sex="F", mid="2RB4-DN6-GT91", soc=D(2026, 2, 16), cert=(D(2026, 2, 16), D(2026, 4, 16)),
    mrn="SHC-40072", provno="137551",
    dx=[("L89.153", "Pressure ulcer of sacral region, stage 3"), ("E11.9", "Type 2 diabetes mellitus without complications")],
    meds=WOUND_MEDS, bank="wound", protect={"Prudence", "Haldane"},
    func="Bed to chair with one assist. Homebound: unable to leave home without two people and a wheelchair.",
    orders=["SN: 3w4, 2w4 for sacral wound care (cleanse with normal saline, hydrocolloid every 3 days and as "
            "needed if soiled), weekly measurements, infection surveillance, caregiver teaching.",
            "SN: PRN x 3 visits for dislodged or soiled dressing.",
            "HHA: 3w4, 2w4 for bathing and repositioning."],
    rn_line="Mireille Tousignant, RN  02/16/2026",
    md_addr="Olusegun Osei, MD, Foothills Family Medicine  NPI " + N["osei"],
    sigs=[sig("27. Attending Physician's Signature", "Olusegun Osei, MD", "[illegible]", mark="(illegible) MD")],
    gaps=[["signature-missing"]],
    notes="Gap: the physician signed, but the date beside the signature did not survive the fax (OCR text "
          "'[illegible]'); a reviewer cannot establish a dated certification. Fax OCR'd to lines.")

add(file="ab24_faxshort_homehealth_pending.docx", domain="hh", payer="medicare-home-health", as_of=D(2026, 3, 25),
    fax="lines", sh=True, df="mdy", hh_form=False,
    faxhdr=faxhdr(0, "Kestrel HH", "555-0174", "555-0109", D(2026, 3, 11), "13:29"),
    agency="Kestrel Home Health", doc_title="POC / 485", client="Florian Desrosiers", addr="56 Quarry Rd, Barre VT",
    dob=D(1944, 2, 26), sex="M", mid="7GA3-WP8-LC05", soc=D(2026, 3, 9), cert=(D(2026, 3, 9), D(2026, 5, 7)),
    mrn="KHH-1187", provno="477003",
    dx=[("Z47.1", "aftercare following joint replacement"), ("Z96.652", "L TKA")], meds=TKA_MEDS, bank="tka",
    protect={"Florian", "Desrosiers"},
    func="L TKA 3/4/26; amb 30' RW CGA; homebound - needs RW + assist, taxing effort.",
    orders=["PT 3w3, 2w4 - gait, ROM, strength, stairs, HEP", "SN 1w3 - incision, enoxaparin teaching, pain mgmt",
            "OT 1w2 - ADLs, DME"],
    rn_line="J. Marchetti, RN 3/9/26", md_addr="Lucius Pell, MD  NPI " + N["pell"],
    sigs=[sig("Physician", "Lucius Pell, MD", "", mark="sent for e-signature 3/10/26 - PENDING")],
    gaps=[["signature-missing"]],
    notes="Gap: the physician signature is still pending ('sent for e-signature 3/10/26 - PENDING'); the plan "
          "is not certified. Shorthand faxed and OCR'd to lines.")

add(file="ab25_fax_homehealth_vaguegoals.docx", domain="hh", payer="medicare-home-health", as_of=D(2026, 2, 16),
    fax="tables", faxhdr=faxhdr(1, "Blue Heron HHA", "555-0138", "555-0171", D(2026, 2, 4), "10:10"),
    stamp="RECEIVED FEB 05 2026", agency="BLUE HERON HOME HEALTH", client="Marguerite Lanois",
    addr="240 Elm St, Keene NH", dob=D(1940, 6, 18), sex="F", mid="8DM6-RQ1-VX39",
    soc=D(2026, 1, 26), cert=(D(2026, 1, 26), D(2026, 3, 26)), mrn="BH-7740", provno="307812",
    dx=[("I50.22", "Chronic systolic (congestive) heart failure"), ("E11.9", "Type 2 diabetes mellitus without complications")],
    meds=CHF_MEDS, bank="chf", protect={"Marguerite", "Lanois"},
    goals=["Patient will have improved cardiac status.", "Patient will be safe in the home environment.",
           "Patient will be more independent with mobility.",
           "Caregiver will be knowledgeable about the disease process.",
           "Patient will have optimal medication management."],
    func="Dyspnea on exertion, endurance. Homebound: needs a walker and one-person help; leaving home causes marked dyspnea.",
    orders=["SN: 1w1, 2w3, 1w4 for cardiopulmonary assessment and teaching.",
            "PT: 2w4 for gait, balance and endurance training."],
    rn_line="Hollis Tremblay, RN  01/26/2026", received="02/04/2026",
    md_addr="Adaeze Abernethy, MD  NPI " + N["abernethy"],
    sigs=[sig("Physician signature", "Adaeze Abernethy, MD", "02/02/2026")],
    gaps=[["goal-not-measurable"]],
    notes="Gap: every goal is vague ('improved cardiac status', 'safe in the home', 'more independent'), with no "
          "measure or level. OCR'd fax with tables.")


# ---- ABA (commercial) --------------------------------------------------------------------------
def aba_sigs(bcba, bdate, parent, pdate, bmark="[signature]", pmark="[signature]", rbt=None):
    out = [sig("BCBA (supervising)", bcba, bdate, mark=bmark), sig("Parent/guardian", parent, pdate, mark=pmark)]
    if rbt:
        out.append(sig("RBT (acknowledged)", rbt[0], rbt[1], mark="[signature]"))
    return out


SVC = [["97153", "Adaptive behavior treatment by protocol (RBT)", "20", "RBT"],
       ["97155", "Protocol modification (BCBA)", "3", "BCBA"],
       ["97156", "Family adaptive behavior treatment guidance", "1", "BCBA"]]
SVC_SH = [["97153", "direct tx by protocol", "18 hrs/wk", "RBT"], ["97155", "protocol mod/supervision", "3 hrs/wk", "BCBA"],
          ["97156", "caregiver training", "1.5 hrs/wk", "BCBA"]]

add(file="ab26_fax_aba.docx", domain="aba", payer="commercial-aba", as_of=D(2026, 2, 20), fax="tables",
    faxhdr=faxhdr(2, "Bright Steps ABA", "555-0120", "855-555-0166", D(2026, 2, 17), "14:44"), faxfoot=FAX_CONF,
    stamp="RECEIVED FEB 18 2026 - BH UM", agency="BRIGHT STEPS BEHAVIOR THERAPY",
    client="Mateo R. Quintanilla", first="Mateo", dob=D(2020, 5, 14), mid="XJH448201937", insurer="Aetna Choice POS II",
    plan_date=D(2026, 2, 2), period=(D(2026, 2, 9), D(2026, 8, 8)), parent="Ms. Quintanilla",
    parent_full="Lucia Quintanilla (mother)", bcba=("Oksana Delacroix", "MS, BCBA", N["delacroix"]),
    protect={"Mateo", "Quintanilla", "Lucia", "Oksana"},
    dx_line="F84.0 Autistic disorder (autism spectrum disorder, level 2, requiring substantial support). Diagnosed "
            "06/11/2023 by Keisha Adeyemi, PhD, licensed psychologist (ADOS-2, ADI-R).",
    assess=[("VB-MAPP", "01/20/2026", "Milestones 58/170; Barriers 34"), ("Vineland-3", "01/22/2026", "ABC standard score 66"),
            ("FBA (elopement)", "01/15/2026", "function: escape from demands / access to tangibles")],
    services=SVC, review_line="Progress review and re-assessment: 07/27/2026 (before the end of the authorization period).",
    sigs=aba_sigs("Oksana Delacroix, MS, BCBA", "02/02/2026", "Lucia Quintanilla", "02/02/2026"),
    notes="Clean. ABA request faxed to the payer and OCR'd with tables kept (goal table with baselines, mastery, "
          "targets; services by CPT with hours per week).")

add(file="ab27_shorthand_aba.docx", domain="aba", payer="commercial-aba", as_of=D(2026, 3, 20), sh=True,
    df="mdy", tf="mdy", agency="Little Oaks Autism Ctr", doc_title="ABA TX PLAN - initial auth req",
    client_label="Client", client="Benedikt Szymanski", first="Benny", dob=D(2021, 2, 3), mid="UHC 91820475-01",
    mid_label="Member #", insurer="UnitedHealthcare (Optum BH)", plan_date=D(2026, 3, 2),
    period=(D(2026, 3, 9), D(2026, 9, 8)), parent="Mom (Agnieszka)", parent_full="Agnieszka Szymanska (mom)",
    bcba=("Tobias Nwosu", "BCBA", N["kaur"]), goals_layout="list", kv_cols="pipe",
    dx_line="F84.0 ASD (autistic d/o), lvl 2 - dx'd 11/3/25 by Dr. Imelda Farrokh, PhD (dev psych), ADOS-2 mod 1",
    assess=[("VB-MAPP", "2/16/26", "Milestones 31/170, Barriers 41"), ("Vineland-3", "2/18/26", "ABC SS 62"),
            ("FBA", "2/20/26", "elopement - escape/tangible")],
    background="5 y/o M, pre-K w/ 1:1 aide 3 d/wk. ~20 words, mostly 1-word approx. Elopes ~6x/day home + school. "
               "Lives w/ mom, dad, older sis. No prior ABA. Speech 1x/wk (private).",
    services=SVC_SH, review_line="Reassessment/progress report due 8/24/26",
    sigs=aba_sigs("Tobias Nwosu, MEd, BCBA", "3/2/26", "Agnieszka Szymanska", "3/2/26", bmark="/s/", pmark="signed"),
    notes="Clean. ABA plan typed in shorthand (y/o, w/, lvl, dx'd, x/day), goals as a numbered list with "
          "baseline/mastery/target sub-lines, identifiers on one line.")

add(file="ab28_fax_aba_lines.docx", domain="aba", payer="commercial-aba", as_of=D(2026, 1, 30), fax="lines",
    faxhdr=faxhdr(3, "SPECTRUM PATHWAYS", "555-0191", "800-555-0128", D(2026, 1, 26), "09:03"), faxfoot=FAX_CONF,
    stamp="RECEIVED JAN 27 2026", agency="SPECTRUM PATHWAYS ABA", client="Isadora Fenwick-Bello", first="Isadora",
    dob=D(2018, 9, 2), mid="BCX772019345", insurer="BlueCross BlueShield PPO", plan_date=D(2026, 1, 12),
    period=(D(2026, 1, 19), D(2026, 7, 18)), parent="Mr. Fenwick-Bello", parent_full="Desmond Fenwick-Bello (father)",
    bcba=("Hyun-woo Castellano", "MA, BCBA", N["castellano"]), goals_layout="list",
    protect={"Isadora", "Fenwick", "Bello", "Desmond", "Hyun"},
    dx_line="F84.0 Autistic disorder. Diagnosed 04/02/2022 by Teresa Vukovic, MD, developmental pediatrician.",
    assess=[("Vineland-3", "12/15/2025", "ABC 71"), ("VB-MAPP", "12/17/2025", "Milestones 118/170")],
    services=[["97153", "Direct treatment by protocol", "15", "RBT"], ["97155", "Protocol modification", "2.5", "BCBA"],
              ["97156", "Family guidance", "1", "BCBA"]],
    review_line="Re-assessment and progress report due 07/06/2026.",
    sigs=aba_sigs("Hyun-woo Castellano, MA, BCBA", "01/12/2026", "Desmond Fenwick-Bello", "01/13/2026"),
    notes="Clean. ABA plan faxed and OCR'd to flowing lines (goal table flattened to a numbered list, services "
          "table flattened to spaced columns), fax header each page.")

add(file="ab29_faxshort_aba_nocg.docx", domain="aba", payer="commercial-aba", as_of=D(2026, 3, 5), fax="tables",
    sh=True, df="mdy", tf="mdy", faxhdr=faxhdr(0, "Horizon ABA", "555-0152", "877-555-0110", D(2026, 3, 2), "15:51"),
    agency="Horizon ABA Services", doc_title="ABA tx plan / auth req", client="Kofi Adjei-Mensah", first="Kofi",
    dob=D(2021, 8, 19), mid="CIG-U40718823", insurer="Cigna", plan_date=D(2026, 2, 16),
    period=(D(2026, 2, 23), D(2026, 8, 22)), parent="", parent_full="Ama Adjei-Mensah (mother)",
    bcba=("Leila Haddad-Brooks", "BCBA", N["brandt"]), cg_goals=[], protect={"Kofi", "Adjei", "Mensah"},
    dx_line="F84.0 autistic d/o - dx 9/12/24, Dr. Petra Lindgren, PsyD (ADOS-2)",
    assess=[("VB-MAPP", "2/5/26", "Milestones 40/170"), ("Vineland-3", "2/6/26", "ABC SS 64")],
    background="4 y/o M, daycare 5 d/wk. Elopement + limited vocal requests. Mom, dad, baby bro at home.",
    services=SVC_SH, review_line="Progress report / reassess due 8/10/26",
    sigs=aba_sigs("Leila Haddad-Brooks, MS, BCBA", "2/16/26", "Ama Adjei-Mensah", "2/16/26"),
    gaps=[["caregiver-goal-missing"]],
    notes="Gap: no goal in which a parent or caregiver learns or applies a procedure (97156 is requested, but "
          "every goal targets the child). Shorthand faxed, OCR kept tables.")

add(file="ab30_aba_oldassessment.docx", domain="aba", payer="commercial-aba", as_of=D(2026, 2, 25),
    agency="Cardinal Behavioral Solutions", doc_title="Continued Authorization Request - ABA Treatment Plan",
    client="Penelope Arkwright", first="Penelope", dob=D(2017, 3, 11), mid="AET-W118203377",
    insurer="Aetna Open Access", plan_date=D(2026, 2, 10), period=(D(2026, 2, 16), D(2026, 8, 15)),
    parent="Mrs. Arkwright", parent_full="Harriet Arkwright (mother)",
    bcba=("Marisol Okonjo", "BCBA", N["mbeki"]),
    dx_line="F84.0 Autistic disorder, diagnosed 09/30/2020 by Renata Sobczak, PhD, licensed psychologist.",
    assess=[("VB-MAPP", "10/15/2024", "Milestones 126/170"), ("Vineland-3", "10/17/2024", "ABC standard score 70")],
    background="Penelope has received ABA since 2021. Re-assessment was scheduled for January but was not completed "
               "because of staffing; progress below is from session data.",
    services=[["97153", "Adaptive behavior treatment by protocol", "12", "RBT"],
              ["97155", "Protocol modification", "2", "BCBA"], ["97156", "Family guidance", "1", "BCBA"]],
    review_line="Next progress review: 08/04/2026.",
    sigs=aba_sigs("Marisol Okonjo, MA, BCBA", "02/10/2026", "Harriet Arkwright", "02/11/2026", bmark="/s/ electronically signed"),
    gaps=[["assessment-outdated"]],
    notes="Gap: the latest standardized assessments (VB-MAPP 10/15/2024, Vineland-3 10/17/2024) are 483 and 481 "
          "days old at the 02/10/2026 plan date (more than a year). Typed plan, not faxed.")

add(file="ab31_faxshort_aba_8months.docx", domain="aba", payer="commercial-aba", as_of=D(2026, 3, 10), fax="lines",
    sh=True, df="mdy", tf="mdy", faxhdr=faxhdr(1, "Maple Grove ABA", "555-0187", "855-555-0160", D(2026, 3, 4), "11:37"),
    agency="Maple Grove ABA", doc_title="ABA POC / auth request", client="Anneke Voss", first="Anneke",
    dob=D(2019, 12, 1), mid="BCBS-MN 8830042217", insurer="BCBS", plan_date=D(2026, 2, 23),
    period=(D(2026, 3, 2), D(2026, 11, 1)), parent="Dad (Pieter)", parent_full="Pieter Voss (father)",
    bcba=("Ruth Abiodun", "BCBA", N["ross"]), goal_days=175, protect={"Anneke", "Voss", "Pieter"},
    dx_line="F84.0 ASD - dx 10/14/23 by Dr. Samuel Oyelaran, PhD (ADOS-2)",
    assess=[("VB-MAPP", "2/9/26", "Milestones 77/170"), ("Vineland-3", "2/11/26", "ABC SS 68")],
    services=SVC_SH, review_line="Progress report due 8/21/26",
    sigs=aba_sigs("Ruth Abiodun, MS, BCBA", "2/23/26", "Pieter Voss", "2/23/26"),
    gaps=[["duration-exceeds-limit"]],
    notes="Gap: the requested authorization period 3/2/26-11/1/26 is 8 months (limit 6). Shorthand faxed and "
          "OCR'd to lines.")

add(file="ab32_shorthand_aba_f84_nobaseline.docx", domain="aba", payer="commercial-aba", as_of=D(2026, 3, 30),
    sh=True, df="mdy", tf="mdy", agency="Cornerstone Kids ABA", doc_title="ABA treatment plan",
    client_label="Learner", client="Rafferty O'Connell", first="Raff", dob=D(2020, 10, 27), mid="TRI-558120934",
    insurer="Tricare East (commercial wrap)", plan_date=D(2026, 3, 16), period=(D(2026, 3, 23), D(2026, 9, 22)),
    parent="Mom (Siobhan)", parent_full="Siobhan O'Connell (mom)", bcba=("Anders Whitfield", "BCBA", N["vance"]),
    dx_line="Dx: F84 ASD - dx 1/14/25 by Dr. Gail Renner, PhD; ADOS-2 mod 2",
    assess=[("VB-MAPP", "3/2/26", "Milestones 64/170"), ("Vineland-3", "3/4/26", "ABC SS 67")],
    goals=[dict(domain="Communication", goal="Raff mands for 15 items/activities w/ 2-3 word phrases, indep",
                mastery="≥80% opps x3 consecutive sessions"),
           dict(domain="Social", goal="Raff takes turns in a 2-player game for 5 turns w/o aggression",
                mastery="4/5 opps x3 sessions"),
           dict(domain="Adaptive", goal="Raff completes 8-step handwashing chain indep",
                mastery="8/8 steps x5 consecutive days")],
    cg_goals=[dict(domain="Caregiver training", goal="Mom implements first-then visual schedule w/ ≥90% fidelity",
                   mastery="≥90% fidelity x3 consecutive obs")],
    services=SVC_SH, review_line="Reassessment due 9/7/26",
    sigs=aba_sigs("Anders Whitfield, MS, BCBA", "3/16/26", "Siobhan O'Connell", "3/16/26", bmark="e-signed"),
    gaps=[["diagnosis-code-not-billable"], ["baseline-missing"]], unsure=["diagnosis-not-covered"],
    notes="Gaps: diagnosis coded 'F84' (category, not billable); no goal records a baseline (the baseline column "
          "is empty). Typed shorthand, goals table.")


# ---- SUD: New York OASAS inpatient rehabilitation ------------------------------------------------
def sud_sigs(items):
    return [sig(r, n, d, mark=m) for r, n, d, m in items]


INPT = [["Individual counseling (50 min)", "1x per week", "Primary counselor"],
        ["Group counseling - relapse prevention (90 min)", "5x per week", "Counseling staff"],
        ["Medical/psychiatric follow-up", "Weekly", "Physician"],
        ["Family session", "Every 2 weeks", "Primary counselor"],
        ["Breathalyzer / EtG testing", "Random, at least 1x per week", "Nursing"]]
INPT_SH = [["indiv counseling 50 min", "1x/wk", "CASAC"], ["RP group 90 min", "5x/wk", "counseling staff"],
           ["MD f/u", "q wk", "MD"], ["family session", "q2wk", "CASAC"], ["random BAC/EtG", "≥1x/wk", "RN"]]

add(file="ab33_fax_sud_ny.docx", domain="sud", payer="base-treatment-plan", states=["ny-oasas-818"],
    as_of=D(2026, 2, 20), fax="lines", faxhdr=faxhdr(2, "Catskill Ridge Rehab", "845-555-0112", "518-555-0193",
                                                     D(2026, 2, 17), "10:26"),
    faxfoot=FAX_CONF, stamp="RECEIVED FEB 18 2026", agency="CATSKILL RIDGE RECOVERY CENTER",
    agency_lines=["OASAS-certified inpatient rehabilitation (Part 818)   Op. Cert. 55021"],
    client="Thaddeus Wexford", dob=D(1979, 4, 8), mid="NY Medicaid CIN QT48201K", mid_label="Medicaid CIN",
    admit=D(2026, 2, 2), plan_date=D(2026, 2, 6), program="Inpatient Rehabilitation",
    counselor="Denise Abara-Whitlock, CASAC", bank="alc", protect={"Thaddeus", "Wexford", "Denise", "Abara", "Whitlock"},
    dx=[("F10.20", "Alcohol dependence, uncomplicated"), ("F41.1", "Generalized anxiety disorder")],
    interventions=INPT, los_line="Projected length of stay: 28 days (anticipated discharge 03/02/2026).",
    dc_line="Discharge plan: step down to outpatient treatment 3x per week; sober housing referral.",
    sigs=sud_sigs([("Client", "Thaddeus Wexford", "02/06/2026", "[signature]"),
                   ("Responsible clinical staff", "Denise Abara-Whitlock, CASAC", "02/06/2026", "[signature]"),
                   ("Physician review", "Rajiv Menon-Sato, MD", "02/09/2026", "(illegible) MD")]),
    notes="Clean (New York inpatient rehab: plan 4 days after admission, physician signed 7 days after). Fax "
          "OCR'd to lines, two-column demographics read across, Part 2 notice.")

add(file="ab34_faxshort_sud_ny_late.docx", domain="sud", payer="base-treatment-plan", states=["ny-oasas-818"],
    as_of=D(2026, 2, 3), fax="tables", sh=True, df="mdy", tf="mdy",
    faxhdr=faxhdr(3, "Hudson Bend Inpt", "555-0148", "555-0117", D(2026, 1, 28), "19:02"),
    agency="Hudson Bend Recovery - Inpt Rehab", doc_title="Tx Plan (inpt)", client_label="Pt", client="Marisela Quiroga",
    dob=D(1988, 10, 13), mid="Fidelis 70019324", mid_label="Ins ID", admit=D(2026, 1, 12), adm_label="Adm",
    plan_date=D(2026, 1, 22), pd_label="Tx plan date", counselor="Owen Fairweather, CASAC-T", bank="alc",
    protect={"Marisela", "Quiroga"},
    dx=[("F10.20", "ETOH dependence"), ("F33.1", "MDD recurrent mod")], interventions=INPT_SH,
    los_line="LOS est. 28 days (d/c ~2/9/26)",
    sigs=sud_sigs([("Pt", "Marisela Quiroga", "1/22/26", "[signature]"),
                   ("Counselor", "Owen Fairweather, CASAC-T", "1/22/26", "/s/"),
                   ("MD", "Priscilla Oyelaran, MD", "1/22/26", "[signature]")]),
    gaps=[["plan-late"]],
    notes="Gap: admitted 1/12/26, treatment plan dated 1/22/26, 10 days later (New York: within 7). Shorthand "
          "faxed, OCR kept tables.")

add(file="ab35_shorthand_sud_ny_latemd.docx", domain="sud", payer="base-treatment-plan", states=["ny-oasas-818"],
    as_of=D(2026, 3, 27), sh=True, df="mdy", tf="md", agency="Seneca Lake Recovery (inpt rehab)",
    doc_title="INDIVIDUAL TX PLAN", client_label="Pt", client="Dashiell Brightwater", dob=D(1983, 1, 19),
    mid="EmblemHealth K4470183902", mid_label="Member ID", admit=D(2026, 3, 2), adm_label="Adm date",
    plan_date=D(2026, 3, 6), counselor="Yolanda Petrakis, CASAC", bank="opi", kv_cols="pipe",
    dx=[("F11.20", "OUD, severe, uncomplicated")],
    interventions=[["indiv counseling 50 min", "2x/wk", "CASAC"], ["group (MI/RP) 90 min", "5x/wk", "staff"],
                   ["buprenorphine induction/maint - MD f/u", "daily dosing; MD q wk", "MD/RN"],
                   ["UDS", "2x/wk random", "RN"]],
    los_line="LOS ~21-28 days", dc_line="d/c plan: outpt MAT + IOP 3x/wk",
    sigs=sud_sigs([("Pt", "Dashiell Brightwater", "3/6/26", "[signature]"),
                   ("Primary counselor", "Yolanda Petrakis, CASAC", "3/6/26", "/s/"),
                   ("Physician", "Ifeoma Castellanos, MD", "3/19/26", "e-signed")]),
    gaps=[["signature-late"]],
    notes="Gap: physician signed 3/19/26, 17 days after the 3/2/26 admission (New York: within 10). Typed "
          "shorthand, objective dates month/day only.")


# ---- SUD: Florida 65D-30 ------------------------------------------------------------------------
RES = [["Individual counseling, 50 minutes", "1 time per week", "Primary counselor"],
       ["Group therapy (CBT / relapse prevention), 90 minutes", "5 times per week", "Counseling staff"],
       ["Case management (housing, benefits)", "2 times per week", "Case manager"],
       ["Urine drug screen", "Weekly (random)", "Nursing"],
       ["Psychiatric medication review", "Every 2 weeks", "ARNP"]]

add(file="ab36_fax_sud_fl.docx", domain="sud", payer="base-treatment-plan", states=["fl-65d-30"],
    as_of=D(2026, 3, 6), fax="tables", faxhdr=faxhdr(0, "GULF COAST RECOVERY", "239-555-0127", "850-555-0145",
                                                     D(2026, 3, 2), "13:15"),
    stamp="RECEIVED MAR 03 2026", agency="GULF COAST RECOVERY CENTER", agency_lines=["Licensed under 65D-30 F.A.C."],
    client="Lazarus Pemberton", dob=D(1990, 6, 25), mid="FL Medicaid 8820173645", mid_label="Medicaid ID",
    admit=D(2026, 2, 10), plan_date=D(2026, 2, 20), loc="Residential Level 2", counselor="Yesenia Marchetti, CAP",
    bank="stim", protect={"Lazarus", "Pemberton", "Yesenia"},
    dx=[("F15.20", "Other stimulant dependence, uncomplicated"), ("F12.20", "Cannabis dependence, uncomplicated")],
    interventions=RES, resp=["Client / counselor", "Client / case manager", "Client / group facilitator"],
    los_line="Expected length of stay: 60-90 days; discharge to intensive outpatient.",
    sigs=sud_sigs([("Client", "Lazarus Pemberton", "02/20/2026", "[signature]"),
                   ("Staff member (plan author)", "Yesenia Marchetti, CAP", "02/20/2026", "[signature]"),
                   ("Qualified professional review", "Bronwen Achebe, LMHC", "02/24/2026", "[signature]")]),
    notes="Clean (Florida residential level 2: plan 10 days after admission, QP countersigned 4 days after the "
          "plan). OCR'd fax with tables.")

add(file="ab37_faxshort_sud_fl_noloc.docx", domain="sud", payer="base-treatment-plan", states=["fl-65d-30"],
    as_of=D(2026, 2, 12), fax="lines", sh=True, df="mdy", tf="mdy",
    faxhdr=faxhdr(1, "Caloosa Recovery", "239-555-0184", "850-555-0145", D(2026, 2, 9), "08:20"),
    agency="Caloosa Recovery Svcs", doc_title="Tx plan", client_label="Client", client="Jolene Pritchard-Oyelowo",
    dob=D(1985, 11, 2), mid="Sunshine Health 4410093872", mid_label="Plan ID", admit=D(2026, 1, 20),
    adm_label="Adm", plan_date=D(2026, 1, 27), program="Adult SUD services - Ft Myers site",
    counselor="Marcus Delahaye, CAC", bank="alc", protect={"Jolene", "Pritchard", "Oyelowo", "Marcus", "Delahaye"},
    dx=[("F10.20", "ETOH dependence, uncomplicated")],
    interventions=[["indiv counseling 50 min", "1x/wk", "CAC"], ["RP group 90 min", "3x/wk", "staff"],
                   ["random BAC/EtG", "1x/wk", "RN"], ["case mgmt", "1x/wk", "CM"]],
    los_line="est. LOS 90 days",
    sigs=sud_sigs([("Client", "Jolene Pritchard-Oyelowo", "1/27/26", "[signature]"),
                   ("Counselor", "Marcus Delahaye, CAC", "1/27/26", "/s/"),
                   ("QP", "Ramona Ilesanmi, LCSW", "1/29/26", "[signature]")]),
    gaps=[["field-missing"]],
    notes="Gap: no level of care anywhere (only 'Adult SUD services'); Florida's plan deadline depends on it. "
          "Shorthand faxed, OCR'd to lines.")

add(file="ab38_sud_fl_lateqp.docx", domain="sud", payer="base-treatment-plan", states=["fl-65d-30"],
    as_of=D(2026, 3, 25), agency="Suwannee Valley Behavioral Services", doc_title="Individual Treatment Plan",
    client="Augustin Ferreira", dob=D(1976, 3, 14), mid="FLM 9931027745", mid_label="Medicaid #",
    admit=D(2026, 2, 23), plan_date=D(2026, 3, 2), loc="Day or Night Treatment", counselor="Rosalind Tembo, CAP",
    bank="alc", obj_table=False, dx=[("F10.20", "Alcohol dependence, uncomplicated")],
    interventions=[["Individual counseling, 50 minutes", "1 time per week", "Counselor"],
                   ["Day treatment groups (psychoeducation, relapse prevention), 4 hours", "5 days per week", "Staff"],
                   ["Breathalyzer / EtG", "Random, 2 times per week", "Nursing"]],
    los_line="Expected length of stay: 8 weeks.",
    sigs=sud_sigs([("Individual", "Augustin Ferreira", "03/02/2026", "[signature]"),
                   ("Staff", "Rosalind Tembo, CAP", "03/02/2026", "[signature]"),
                   ("Qualified professional", "Emeka Lindholm, LMHC", "03/16/2026", "[signature]")]),
    gaps=[["signature-late"]],
    notes="Gap: qualified professional countersigned 03/16/2026, 14 days after the 03/02/2026 plan (Florida: within "
          "10). Typed plan (not faxed), objectives as a list.")


# ---- SUD: California narcotic treatment program --------------------------------------------------
NTP = [["Methadone dosing (observed)", "Daily", "Nursing / medical director"],
       ["Individual counseling, 50 minutes", "2 times per month (minimum)", "Primary counselor"],
       ["Urine drug screen", "Monthly, random", "Nursing"],
       ["Medical review", "Every 3 months and as needed", "Medical director"]]

add(file="ab39_fax_sud_ca_ntp.docx", domain="sud", payer="base-treatment-plan", states=["ca-title9-ntp"],
    as_of=D(2026, 3, 2), fax="lines", faxhdr=faxhdr(2, "Mission Bay NTP", "619-555-0176", "916-555-0140",
                                                    D(2026, 2, 25), "15:05"),
    faxfoot=FAX_CONF, stamp="RECEIVED FEB 26 2026", agency="MISSION BAY NARCOTIC TREATMENT PROGRAM",
    agency_lines=["Licensed NTP - San Diego"], client="Valentina Okereke", dob=D(1987, 12, 5),
    mid="Medi-Cal 94120385A", mid_label="Medi-Cal ID", admit=D(2026, 1, 8), plan_date=D(2026, 1, 29),
    program="Methadone maintenance", counselor="Stellan Ruiz-Abbott, CADC-II", bank="opi",
    protect={"Valentina", "Okereke", "Stellan", "Ruiz", "Abbott"},
    dx=[("F11.20", "Opioid dependence, uncomplicated")],
    obj_dates=[D(2026, 2, 26), D(2026, 4, 2), D(2026, 4, 2)], interventions=NTP,
    review_line="Treatment plan update due: 04/09/2026 (at least every 3 months).",
    sigs=sud_sigs([("Patient", "Valentina Okereke", "01/29/2026", "[signature]"),
                   ("Primary counselor", "Stellan Ruiz-Abbott, CADC-II", "01/29/2026", "[signature]"),
                   ("Supervising counselor", "Ilse Nakashima, LMFT", "02/02/2026", "[signature]"),
                   ("Medical director", "Rafael Onwuachi, MD", "02/04/2026", "(illegible) MD")]),
    notes="Clean (California NTP: plan 21 days after admission, update due 04/09/2026, supervisor and medical "
          "director signed within 14 days). Fax OCR'd to lines.")

add(file="ab40_faxshort_sud_ca_nomd.docx", domain="sud", payer="base-treatment-plan", states=["ca-title9-ntp"],
    as_of=D(2026, 3, 13), fax="tables", sh=True, df="mdy", tf="mdy",
    faxhdr=faxhdr(3, "Central Valley OTP", "559-555-0132", "916-555-0140", D(2026, 3, 9), "12:48"),
    agency="Central Valley OTP", doc_title="NTP tx plan (initial)", client_label="Pt", client="Cyprian Holloway",
    dob=D(1992, 7, 7), mid="Medi-Cal 91802773F", mid_label="Medi-Cal", admit=D(2026, 2, 2), adm_label="Adm",
    plan_date=D(2026, 2, 20), program="methadone maint", counselor="Graciela Tuiasosopo, RADT", bank="opi",
    protect={"Cyprian", "Holloway", "Graciela", "Tuiasosopo"},
    dx=[("F11.20", "OUD, uncomplicated"), ("F14.20", "cocaine dependence")],
    interventions=[["methadone dosing (observed)", "daily", "RN/MD"], ["indiv counseling 50 min", "≥2x/mo", "counselor"],
                   ["UDS", "monthly random", "RN"]],
    review_line="Tx plan update due 4/30/26",
    sigs=sud_sigs([("Pt", "Cyprian Holloway", "2/20/26", "[signature]"),
                   ("Counselor", "Graciela Tuiasosopo, RADT", "2/20/26", "[signature]"),
                   ("Supv counselor", "Dmitri Osterberg, CADC-III", "2/25/26", "[signature]"),
                   ("Med director", "", "", "")]),
    gaps=[["signature-missing"]],
    notes="Gap: the medical director's row is blank (no signature, no date); California requires review and "
          "countersignature. Shorthand faxed, OCR kept tables.")

add(file="ab41_shorthand_sud_ca_late.docx", domain="sud", payer="base-treatment-plan", states=["ca-title9-ntp"],
    as_of=D(2026, 2, 10), sh=True, df="mdy", tf="mdy", agency="Redwood Coast Treatment Program (NTP)",
    doc_title="Initial maintenance tx plan", client_label="Pt", client="Henrietta Lowell-Baptiste",
    dob=D(1981, 9, 9), mid="Medi-Cal 90033817C", mid_label="Medi-Cal", admit=D(2025, 12, 15), adm_label="Adm",
    plan_date=D(2026, 1, 20), program="methadone maint", counselor="Tomasz Ekberg, CADC-I", bank="opi",
    kv_cols="pipe", obj_table=False, dx=[("F11.20", "OUD")],
    obj_dates=[D(2026, 2, 17), D(2026, 4, 20), D(2026, 4, 20)],
    interventions=[["methadone dosing", "daily (observed)", "RN"], ["indiv counseling 50 min", "2x/mo", "counselor"],
                   ["UDS", "1x/mo random", "RN"]],
    review_line="Next tx plan update: 3/13/26",
    sigs=sud_sigs([("Pt", "Henrietta Lowell-Baptiste", "1/20/26", "[signature]"),
                   ("Counselor", "Tomasz Ekberg, CADC-I", "1/20/26", "/s/"),
                   ("Supervising counselor", "Maelle Kobayashi, LAADC", "1/22/26", "/s/"),
                   ("Medical director", "Obinna Fairclough, MD", "1/23/26", "e-signed")]),
    gaps=[["plan-late"]],
    notes="Gap: admitted 12/15/25, initial maintenance plan dated 1/20/26, 36 days later (California: 28). "
          "Typed shorthand, objectives as a list.")


# ---- SUD: Texas 26 TAC 564 ------------------------------------------------------------------------
add(file="ab43_fax_sud_tx_nodates.docx", domain="sud", payer="base-treatment-plan", states=["tx-26tac-564"],
    as_of=D(2026, 3, 16), fax="tables", faxhdr=faxhdr(0, "LONE STAR RECOVERY", "512-555-0177", "512-555-0108",
                                                      D(2026, 3, 12), "16:09"),
    faxfoot=FAX_CONF, agency="LONE STAR RECOVERY SERVICES", agency_lines=["Licensed chemical dependency treatment facility"],
    client="Ezekiel Brannigan", dob=D(1982, 5, 30), mid="TX Medicaid 612004873", mid_label="Medicaid ID",
    plan_date=D(2026, 3, 4), program="Intensive outpatient", counselor="Lucinda Oyelaran, LCDC", bank="alc",
    protect={"Ezekiel", "Brannigan", "Lucinda"}, dx=[("F10.20", "Alcohol dependence, uncomplicated")],
    obj_dates=[None, None, None], no_date_text="ongoing",
    interventions=[["Group counseling (IOP), 3 hours", "3 times per week", "LCDC"],
                   ["Individual counseling, 50 minutes", "1 time per week", "Primary counselor"],
                   ["Random breathalyzer / EtG", "1 time per week", "Staff"]],
    los_line="Projected length of stay: 12 weeks.",
    sigs=sud_sigs([("Client", "Ezekiel Brannigan", "03/04/2026", "[signature]"),
                   ("Counselor", "Lucinda Oyelaran, LCDC", "03/04/2026", "[signature]")]),
    gaps=[["objective-not-time-bound"]],
    notes="Gap: the objectives' target-date column reads 'ongoing' and no objective or goal has a date or time "
          "frame (Texas: time-specific objectives). OCR'd fax with tables.")

add(file="ab44_faxshort_sud_tx_undated.docx", domain="sud", payer="base-treatment-plan", states=["tx-26tac-564"],
    as_of=D(2026, 3, 31), fax="lines", sh=True, df="mdy", tf="md",
    faxhdr=faxhdr(2, "Brazos Recovery", "979-555-0139", "512-555-0108", D(2026, 3, 27), "11:11"),
    agency="Brazos Valley Recovery Ctr", doc_title="TX PLAN", client_label="Client", client="Rosamund Achterberg",
    dob=D(1995, 2, 17), mid=None, plan_date=D(2026, 3, 16), program="outpt CD tx", counselor="Cassius Whitlow, LCDC",
    bank="stim", protect={"Rosamund", "Achterberg", "Cassius", "Whitlow"},
    dx=[("F15.20", "stimulant (meth) dependence")],
    interventions=[["indiv counseling 50 min", "1x/wk", "LCDC"], ["group 90 min (matrix model)", "3x/wk", "staff"],
                   ["UDS", "1x/wk random", "staff"], ["housing referral / case mgmt", "q2wk", "CM"]],
    los_line="projected LOS: 16 wks",
    sigs=sud_sigs([("Client", "Rosamund Achterberg", "", "[signature]"),
                   ("Counselor", "Cassius Whitlow, LCDC", "3/16/26", "/s/")]),
    gaps=[["signature-missing"], ["field-missing"]],
    notes="Gaps: the client signed but left the date blank; no member/insurance ID anywhere (self-pay intake "
          "sheet not attached). Shorthand faxed, OCR'd to lines.")


# ---- native YAML (Texas), shorthand carried into the fields -------------------------------------
TX_YAML = """schema: authcheck-plan/1
# exported from the Pecos Trail Recovery EHR quick-plan (typed by counselor in shorthand)
patient: {name: Ignacio Valdespino, birth_date: 1991-08-03, member_id: "TX-MCD 530019428"}
payer: Texas Medicaid (Superior HealthPlan)
program: outpt chemical dependency tx
discipline: sud
plan_date: 2026-03-09
expected_duration: 12 wks (thru 6/1/26)
diagnoses:
  - {code: F15.20, description: "meth dependence, uncomplicated", primary: true}
  - {code: F12.20, description: "cannabis dependence"}
problems:
  - label: Prob 1
    statement: "meth use 4-5 d/wk x 3 yrs; lost job 12/25; c/o cravings, poor sleep"
    goals:
      - label: LTG 1
        statement: "pt stops meth use + builds RP plan for after d/c"
        objectives:
          - statement: "UDS neg for amphetamines on all wkly tests x6 consecutive wks"
            target_date: 2026-04-20
          - statement: "lists 4 relapse warning signs + 1 coping response each, in group"
            target_date: 2026-03-30
          - statement: "≥3 mutual-support mtgs/wk w/ signed attendance sheet"
            target_date: 2026-04-13
        interventions:
          - {description: "indiv counseling 50 min (MI/CBT)", frequency: 1x/wk, responsible_staff: LCDC}
          - {description: "matrix model group 90 min", frequency: 3x/wk, responsible_staff: staff}
          - {description: "random UDS", frequency: 1x/wk, responsible_staff: staff}
signatures:
  - {role: client, name: Ignacio Valdespino, date: 2026-03-09, method: handwritten}
  - {role: clinician, name: Bettina Okoro, credential: LCDC, date: 2026-03-09, method: electronic}
free_text:
  - heading: Risk
    text: "SI/HI denied. No OD hx. Lives w/ sister."
"""

add(file="ab42_native_sud_tx.yaml", domain="yaml", payer="base-treatment-plan", states=["tx-26tac-564"],
    as_of=D(2026, 3, 20), text=TX_YAML, plan_date=D(2026, 3, 9),
    notes="Clean. Native authcheck YAML exported from an EHR quick-plan, field values in counselor shorthand "
          "(d/c, RP, UDS, x6, ≥, w/).")


# ----------------------------------------------------------------------------------------------
# self-checks of every date, deadline and interval against the profile numbers
# ----------------------------------------------------------------------------------------------
def pdate(text):
    text = text.strip()
    for f in ("%m/%d/%Y", "%m/%d/%y"):
        try:
            return dt.datetime.strptime(text, f).date()
        except ValueError:
            pass
    return None


def sig_date(s, role_prefix):
    for g in s["sigs"]:
        if g["role"].lower().startswith(role_prefix.lower()):
            return pdate(g.get("date", "") or "")
    raise KeyError(role_prefix)


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    return D(d.year + y, mo + 1, d.day)


def check(s):
    gaps = {k for g in s["gaps"] for k in g}
    a, pd_ = s["as_of"], s["plan_date"]
    assert pd_ <= a
    for t in s.get("_targets", []):
        if t:
            assert t > pd_, s["file"]
    for g in s.get("sigs", []):
        d = pdate(g.get("date", "") or "")
        if d:
            assert pd_ <= d <= a, (s["file"], g)
    st = s["states"]
    if s["domain"] == "psych":
        assert (days(pd_, a) > 365) == ("plan-outdated" in gaps), s["file"]
        if "pa-55-5200" in st:
            assert (days(s["intake"], pd_) > 30) == ("plan-late" in gaps), s["file"]
    if s["domain"] == "mot":
        assert s["ftd"] == pd_
        assert (days(s["ftd"], s["cert"][1]) > 90) == ("review-interval-exceeded" in gaps), s["file"]
        assert a < s["cert"][1]
        md = sig_date(s, "Certifying")
        assert (days(s["ftd"], md) > 30) == ("signature-late" in gaps), s["file"]
    if s["domain"] == "hh":
        assert s["cert"][0] == s["soc"] and days(s["soc"], s["cert"][1]) <= 60
        assert s["soc"] <= a < s["cert"][1]
    if s["domain"] == "aba":
        p0, p1 = s["period"]
        assert (p1 >= add_months(p0, 6)) == ("duration-exceeds-limit" in gaps), s["file"]
        rv = pdate(s["review_line"].split()[-1].rstrip(".").strip("()")) or pdate(
            s["review_line"].split(": ")[1].split(" ")[0])
        assert rv and days(pd_, rv) <= 184, s["file"]
        newest = max(pdate(x[1]) for x in s["assess"] if not x[0].startswith("FBA"))
        assert (days(newest, pd_) > 365) == ("assessment-outdated" in gaps), s["file"]
        assert s["_targets"][0] <= p1
    if "ny-oasas-818" in st:
        assert (days(s["admit"], pd_) > 7) == ("plan-late" in gaps), s["file"]
        md = [pdate(g["date"]) for g in s["sigs"] if "MD" in g["name"]][0]
        assert (days(s["admit"], md) > 10) == ("signature-late" in gaps), s["file"]
    if "fl-65d-30" in st:
        lim = {"Residential Level 2": 15, "Day or Night Treatment": 10}.get(s.get("loc"))
        if lim:
            assert days(s["admit"], pd_) <= lim
        qp = [pdate(g["date"]) for g in s["sigs"] if g["role"].lower().startswith(("qualified", "qp"))][0]
        assert (days(pd_, qp) > 10) == ("signature-late" in gaps), s["file"]
    if "ca-title9-ntp" in st:
        assert (days(s["admit"], pd_) > 28) == ("plan-late" in gaps), s["file"]
        rv = pdate(s["review_line"].split()[-1]) or pdate(s["review_line"].split(": ")[1].split(" ")[0])
        assert days(s["admit"], rv) <= 92 and days(pd_, rv) <= 92 and a < rv, s["file"]
        for g in s["sigs"]:
            if g["role"].lower().startswith(("supervising", "supv", "medical", "med ")) and g["date"]:
                assert days(pd_, pdate(g["date"])) <= 14, s["file"]
    if s["domain"] == "psych" and s.get("duration_line") and "12-18" not in s["duration_line"]:
        assert "duration-exceeds-limit" not in gaps


# ----------------------------------------------------------------------------------------------
def labels_for(s):
    kinds = set(KINDS[s["payer"]])
    for st in s["states"]:
        kinds |= KINDS[st]
    gapk = {k for g in s["gaps"] for k in g}
    for g in s["gaps"]:
        assert set(g) <= kinds, (s["file"], g)
    mnr = sorted(kinds - gapk - set(s["unsure"]) - {"readability"})
    cw = ["--payer", s["payer"]]
    for st in s["states"]:
        cw += ["--state", st]
    cw += ["--as-of", s["as_of"].isoformat()]
    return {"file": s["file"], "check_with": cw, "must_report": s["gaps"], "must_not_report": mnr,
            "notes": s["notes"] + (f" Unsure (left out of must_not_report): {', '.join(s['unsure'])}."
                                   if s["unsure"] else "")}


def main():
    labels = []
    for s in sorted(PLANS, key=lambda x: x["file"]):
        path = os.path.join(OUT, s["file"])
        if s["domain"] == "yaml":
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(s["text"])
        else:
            blocks = BUILDERS[s["domain"]](s)
            doc = Renderer(s, blocks).render()
            save_docx(doc, path, title=s.get("doc_title", "Treatment plan"), author=s["agency"])
        check(s)
        labels.append(labels_for(s))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(labels)} plans")


if __name__ == "__main__":
    main()
