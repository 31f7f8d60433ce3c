#!/usr/bin/env python3
"""Writes blind set 14 (plans w01..w48 and labels.json) into this folder.

Deterministic: run with /work/main/.venv/bin/python make_plans.py; every run gives byte-identical
files (DOCX parts re-zipped with fixed timestamps, fixed core properties, fixed revision dates).
Everything in these plans is invented: people, agencies, identifiers.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import os
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date.fromisoformat
FIXED_DT = dt.datetime(2026, 1, 1, 8, 0, 0)

# ----------------------------------------------------------------------------------------------
# Identifiers
# ----------------------------------------------------------------------------------------------

def npi(base9: str, valid: bool = True) -> str:
    """Invented NPI: 9 digits + Luhn check digit computed over the 80840 prefix."""
    assert len(base9) == 9 and base9.isdigit()
    digits = [int(c) for c in "80840" + base9]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:          # rightmost digit of the payload is doubled (check digit appended later)
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    check = (10 - total % 10) % 10
    if not valid:
        check = (check + 3) % 10
    return base9 + str(check)


def npi_ok(n: str) -> bool:
    digits = [int(c) for c in "80840" + n]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return len(n) == 10 and total % 10 == 0


assert npi_ok("1234567893") and not npi_ok("1234567890")   # the rule's own examples
assert npi("123456789") == "1234567893"

# ----------------------------------------------------------------------------------------------
# Dates
# ----------------------------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fd(d: dt.date | None, style: str = "us") -> str:
    if d is None:
        return ""
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "short":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "mdy":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "abbr":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "abbrdot":
        m = MONTHS[d.month - 1]
        return f"{m[:3]}. {d.day}, {d.year}" if len(m) > 4 else f"{m} {d.day}, {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

# ----------------------------------------------------------------------------------------------
# DOCX helpers
# ----------------------------------------------------------------------------------------------
_rev = {"id": 900}


def _next_id() -> str:
    _rev["id"] += 1
    return str(_rev["id"])


def new_doc(font="Calibri", size=10.5, margins=0.8, landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    else:
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Inches(margins))
    return doc


def para(container, parts, style=None, align=None, size=None, space_after=None, italic=False):
    """parts: str or list of str / (text, 'b'|'i'|'bi'|'u') tuples."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, tuple):
            text, fmt = part
        else:
            text, fmt = part, ""
        r = p.add_run(text)
        r.bold = "b" in fmt or None
        r.italic = ("i" in fmt or italic) or None
        r.underline = "u" in fmt or None
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def bold_line(container, text, size=None, align=None, underline=False):
    return para(container, [(text, "bu" if underline else "b")], size=size, align=align)


def cell_text(cell, parts, bold=False, size=None, align=None, shade=None):
    """Replace the cell's first paragraph content. parts may contain '\n' for new paragraphs."""
    cell.paragraphs[0].text = ""
    if isinstance(parts, (str, tuple)):
        parts = [parts]
    p = cell.paragraphs[0]
    for part in parts:
        text, fmt = (part if isinstance(part, tuple) else (part, "b" if bold else ""))
        chunks = text.split("\n")
        for i, chunk in enumerate(chunks):
            if i > 0:
                p = cell.add_paragraph()
            r = p.add_run(chunk)
            r.bold = "b" in fmt or None
            r.italic = "i" in fmt or None
            if size:
                r.font.size = Pt(size)
    if align == "c":
        for pp in cell.paragraphs:
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        shade_cell(cell, shade)
    return cell


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(container, rows, style="Table Grid", header=False, size=None, shade_header="D9D9D9",
          widths=None, bold_first_col=False):
    ncols = max(len(r) for r in rows)
    t = container.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j in range(ncols):
            val = row[j] if j < len(row) else ""
            if val is None:
                continue
            b = (header and i == 0) or (bold_first_col and j == 0)
            cell_text(t.cell(i, j), val, bold=b, size=size,
                      shade=shade_header if (header and i == 0 and shade_header) else None)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Inches(w)
    return t


def merge_row(t, i, text, bold=True, shade=None, size=None):
    row = t.rows[i]
    c = row.cells[0].merge(row.cells[-1])
    cell_text(c, text, bold=bold, shade=shade, size=size)
    return c


def kv_grid(container, pairs, per_row=2, size=None, shade="F2F2F2"):
    """A label/value grid: per_row pairs per table row."""
    rows = []
    for i in range(0, len(pairs), per_row):
        row = []
        for k, v in pairs[i:i + per_row]:
            row += [(k, "b"), v]
        while len(row) < per_row * 2:
            row += ["", ""]
        rows.append(row)
    t = table(container, rows, size=size)
    for r in t.rows:
        for j in range(0, per_row * 2, 2):
            shade_cell(r.cells[j], shade)
    return t


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_field(paragraph, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def header_text(doc, lines, align=None, size=8, table_rows=None):
    hdr = doc.sections[0].header
    hdr.is_linked_to_previous = False
    p = hdr.paragraphs[0]
    p.text = ""
    first = True
    for line in lines:
        if not first:
            p = hdr.add_paragraph()
        first = False
        r = p.add_run(line)
        r.font.size = Pt(size)
        if align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if table_rows:
        t = hdr.add_table(rows=len(table_rows), cols=len(table_rows[0]), width=Inches(7))
        t.style = "Table Grid"
        for i, row in enumerate(table_rows):
            for j, val in enumerate(row):
                cell_text(t.cell(i, j), val, size=size)
    return hdr


def footer_text(doc, text, page=True, size=7.5):
    ftr = doc.sections[0].footer
    ftr.is_linked_to_previous = False
    p = ftr.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)
    if page:
        r2 = p.add_run("    Page ")
        r2.font.size = Pt(size)
        add_field(p, "PAGE")
        r3 = p.add_run(" of ")
        r3.font.size = Pt(size)
        add_field(p, "NUMPAGES")
    return ftr


def sdt_inline(paragraph, text, alias, date: dt.date | None = None, bold=False):
    """Append an inline content control holding text (a date picker when date is given)."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), alias.lower().replace(" ", "_")); pr.append(tg)
    i = OxmlElement("w:id"); i.set(qn("w:val"), _next_id()); pr.append(i)
    if date is not None:
        de = OxmlElement("w:date")
        de.set(qn("w:fullDate"), date.isoformat() + "T00:00:00Z")
        df = OxmlElement("w:dateFormat"); df.set(qn("w:val"), "M/d/yyyy"); de.append(df)
        lid = OxmlElement("w:lid"); lid.set(qn("w:val"), "en-US"); de.append(lid)
        pr.append(de)
    else:
        pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr"); rpr.append(OxmlElement("w:b")); r.append(rpr)
    t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)
    return sdt


def sdt_block(paragraph, alias):
    """Wrap an existing body paragraph in a block-level content control."""
    p = paragraph._p
    parent = p.getparent()
    idx = parent.index(p)
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    i = OxmlElement("w:id"); i.set(qn("w:val"), _next_id()); pr.append(i)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    parent.remove(p)
    content.append(p)
    parent.insert(idx, sdt)
    return sdt


def _rev_run(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(paragraph, old: str | None, new: str | None, author="Reviewer", when="2026-01-02T10:15:00Z"):
    """Append a tracked deletion of old and a tracked insertion of new to the paragraph."""
    if old:
        d = OxmlElement("w:del")
        d.set(qn("w:id"), _next_id()); d.set(qn("w:author"), author); d.set(qn("w:date"), when)
        d.append(_rev_run(old, deleted=True))
        paragraph._p.append(d)
    if new:
        ins = OxmlElement("w:ins")
        ins.set(qn("w:id"), _next_id()); ins.set(qn("w:author"), author); ins.set(qn("w:date"), when)
        ins.append(_rev_run(new))
        paragraph._p.append(ins)


def comment(doc, paragraph_or_run, text, author="QA Reviewer", initials="QA"):
    runs = paragraph_or_run.runs if hasattr(paragraph_or_run, "runs") else [paragraph_or_run]
    c = doc.add_comment(runs, text=text, author=author, initials=initials)
    try:
        c._comment_elm.set(qn("w:date"), "2026-01-02T09:00:00Z")
    except Exception:
        pass
    return c


def boxed(container, parts_list, shade=None):
    """A one-cell bordered table used as an attestation/notice box; parts_list: list of paragraphs."""
    t = container.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    first = True
    for parts in parts_list:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        if isinstance(parts, str):
            parts = [parts]
        for part in parts:
            text, fmt = part if isinstance(part, tuple) else (part, "")
            r = p.add_run(text)
            r.bold = "b" in fmt or None
            r.italic = "i" in fmt or None
    if shade:
        shade_cell(c, shade)
    return t


def save_docx(doc, path, author="Agency EHR", title="Treatment Plan"):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    restamp_zip(buf.getvalue(), path)


def restamp_zip(data: bytes, path: str):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))

# ----------------------------------------------------------------------------------------------
# Boilerplate (invented agencies, invented local numbers; 988 is the national crisis line)
# ----------------------------------------------------------------------------------------------
BOILER = {
    "rights": ("Your Rights",
               "You have the right to take part in planning your care, to receive a copy of this plan, to "
               "refuse any service, and to file a grievance without fear of losing services. Ask the front "
               "desk for the grievance form or call the Client Rights Officer. A copy of the Notice of "
               "Privacy Practices was offered to you at intake."),
    "crisis": ("Crisis Resources",
               "If you are in crisis after hours, call or text 988 (Suicide & Crisis Lifeline), call the "
               "county mobile crisis team at 555-0142, or go to the nearest emergency department. In an "
               "emergency call 911. Agency on-call clinician: 555-0188 (evenings and weekends)."),
    "consent": ("Consent to Treatment",
                "I took part in writing this plan. The goals, services and the expected length of "
                "treatment were explained to me in words I understand and I had the chance to ask "
                "questions. I agree to the services listed. I understand I can ask for changes to this "
                "plan at any time and that I may stop services at any time."),
    "release": ("Coordination of Care",
                "Information in this plan is shared only with the people and agencies you named on a "
                "signed release. Federal rules (42 CFR Part 2) protect substance use treatment records; "
                "they cannot be shared without your written consent except as the law allows."),
    "attendance": ("Attendance Policy",
                   "Please call at least 24 hours ahead if you cannot keep an appointment. Three missed "
                   "appointments in 60 days without notice will lead to a meeting with your clinician to "
                   "review this plan. Late arrivals of more than 15 minutes may need to be rescheduled."),
    "instructions": ("Instructions for Staff (delete before printing)",
                     "Complete every field. Objectives must be measurable and dated. Review the plan with "
                     "the client before asking for signatures. Scan the signed page into the record within "
                     "2 business days."),
    "discharge": ("Discharge / Transition Criteria",
                  "Services will end when the goals of this plan are met, when the client chooses to stop, "
                  "or when another level of care is a better fit. A transition plan with referrals will be "
                  "written before discharge."),
    "hipaa": ("Confidentiality",
              "This document contains protected health information. If you received it in error, notify "
              "the sender at 555-0100 and destroy all copies."),
    "grievance": ("Grievance Procedure",
                  "Concerns may be raised with your clinician, the program director, or in writing to the "
                  "Quality Improvement Department. You will receive a written response within 10 business "
                  "days. You may also contact your health plan's member services."),
    "telehealth": ("Telehealth",
                   "Some sessions may be delivered by secure video when clinically appropriate and agreed "
                   "by the client. The same privacy protections apply to telehealth sessions."),
}


def boiler(doc, keys, heading_style=None, boxed_keys=()):
    for k in keys:
        h, txt = BOILER[k]
        if k in boxed_keys:
            boxed(doc, [[(h, "b")], txt], shade="F2F2F2")
            doc.add_paragraph()
        else:
            if heading_style:
                doc.add_paragraph(h, style=heading_style)
            else:
                bold_line(doc, h)
            para(doc, txt, size=9)

# ----------------------------------------------------------------------------------------------
# Signatures
# ----------------------------------------------------------------------------------------------

def signame(s):
    if not s.get("name"):
        return ""
    return s["name"] + (", " + s["cred"] if s.get("cred") else "")


def sig_lines(doc, sigs, df, blank="________________________"):
    for s in sigs:
        nm = signame(s)
        date = fd(s.get("date"), df) if s.get("date") else "__________"
        if s.get("npi"):
            nm += f"  (NPI {s['npi']})"
        para(doc, [(s["role"] + ": ", "b"), nm if nm else blank, "      ", ("Date: ", "b"), date])


def sig_slash(doc, sigs, df):
    for s in sigs:
        nm = signame(s)
        if nm:
            line = [(s["role"] + ": ", "b"), f"/s/ {nm}", "    ", ("Date: ", "b"),
                    fd(s.get("date"), df) if s.get("date") else "________"]
        else:
            line = [(s["role"] + ": ", "b"), "_____________________", "    ", ("Date: ", "b"), "________"]
        if s.get("npi"):
            line += ["    NPI: " + s["npi"]]
        para(doc, line)


def sig_esign(doc, sigs, df, time="2:14 PM"):
    for s in sigs:
        nm = signame(s)
        if nm and s.get("date"):
            para(doc, [("Electronically signed by ", "i"), (nm, "bi"), (f" ({s['role']}) on {fd(s['date'], df)} at {s.get('time', time)}", "i")]
                 + ([f"  NPI {s['npi']}"] if s.get("npi") else []))
        elif nm:
            para(doc, [(f"{s['role']}: ", "b"), nm, "   (signature pending)"])
        else:
            para(doc, [(f"{s['role']}: ", "b"), "Not signed"])


def sig_table(doc, sigs, df, headers=("Role", "Printed Name / Credentials", "Signature", "Date"), sigcol="typed"):
    rows = [list(headers)]
    for s in sigs:
        nm = signame(s)
        if sigcol == "typed":
            sg = s.get("sigtext", ("/s/ " + s["name"]) if s.get("name") and s.get("signed", True) else "")
        else:
            sg = s.get("sigtext", "")
        pn = nm + (f"\nNPI {s['npi']}" if s.get("npi") else "")
        rows.append([s["role"], pn, sg, fd(s.get("date"), df) if s.get("date") else ""])
    return table(doc, rows, header=True)

# ----------------------------------------------------------------------------------------------
# Common content blocks
# ----------------------------------------------------------------------------------------------

def dx_table(doc, dx, headers=("ICD-10-CM", "Diagnosis", "Primary"), prim_mark="X"):
    rows = [list(headers)]
    for code, desc, prim in dx:
        rows.append([code, desc, prim_mark if prim else ""])
    return table(doc, rows, header=True)


def dx_list(doc, dx, prefix=""):
    for code, desc, prim in dx:
        txt = f"{prefix}{code} {desc}" if code else f"{prefix}{desc}"
        para(doc, txt + (" (primary)" if prim else ""), style="List Bullet")


def services_table(doc, services, headers=("Service", "Code", "Amount", "Frequency", "Duration"), keys=("desc", "code", "amount", "freq", "dur")):
    rows = [list(headers)]
    for s in services:
        rows.append([s.get(k, "") or "" for k in keys])
    return table(doc, rows, header=True)

# ----------------------------------------------------------------------------------------------
# Family renderers. Each takes a plan dict `p` (see PLANS below) and returns a Document.
# ----------------------------------------------------------------------------------------------

def _hooks(p, doc, stage):
    h = p.get("hooks", {}).get(stage)
    if h:
        h(doc, p)


def _org_block(doc, p, align="c"):
    org = p["org"]
    para(doc, [(org["name"], "b")], align=align, size=13, space_after=0)
    for line in org.get("lines", []):
        para(doc, line, align=align, size=8.5, space_after=0)
    doc.add_paragraph()


def render_A(p):
    """Community agency form: identification grid, one bordered table per problem, signature table."""
    df = p["df"]
    doc = new_doc(font=p.get("font", "Arial"), size=p.get("size", 9.5), margins=0.7)
    if p.get("header"):
        header_text(doc, p["header"], align="r")
    footer_text(doc, p.get("footer", p["org"]["name"] + " - Confidential"))
    _org_block(doc, p)
    para(doc, [(p["title"], "b")], align="c", size=12)
    if p.get("subtitle"):
        para(doc, p["subtitle"], align="c", size=9, italic=True)
    kv_grid(doc, p["idpairs"], per_row=2)
    _hooks(p, doc, "after_ids")
    doc.add_paragraph()
    bold_line(doc, p.get("dx_heading", "DIAGNOSES (ICD-10-CM)"))
    dx_table(doc, p["dx"], headers=p.get("dx_headers", ("Code", "Description", "Primary")))
    for h, t in p.get("narrative", []):
        bold_line(doc, h)
        para(doc, t)
    _hooks(p, doc, "after_narrative")
    doc.add_paragraph()
    bold_line(doc, p.get("goals_heading", "PROBLEMS, GOALS AND OBJECTIVES"))
    cols = p.get("goal_cols", ("Objective", "Target Date", "Intervention(s)", "Frequency / Amount", "Responsible"))
    plabel = p.get("problem_label", "Problem")
    glabel = p.get("goal_label", "Goal")
    olabel = p.get("obj_label", "")
    for gi, g in enumerate(p["goals"], 1):
        objs = g.get("objectives", [])
        n = 3 + max(len(objs), 1)
        t = doc.add_table(rows=n, cols=len(cols))
        t.style = "Table Grid"
        merge_row(t, 0, f"{plabel} #{gi}: {g['problem']}", shade="D9E2F3")
        gtxt = f"{glabel}: {g['goal']}"
        if g.get("gtarget"):
            gtxt += f"   (Target: {fd(g['gtarget'], df)})"
        merge_row(t, 1, gtxt, bold=False)
        for j, c in enumerate(cols):
            cell_text(t.cell(2, j), c, bold=True, shade="F2F2F2")
        ints = g.get("interventions", [])
        if not objs:
            merge_row(t, 3, g.get("no_obj_text", ""), bold=False)
        for oi, o in enumerate(objs):
            iv = ints[oi] if oi < len(ints) else {}
            lab = f"{olabel}{gi}{'abcdefg'[oi]}. " if olabel is not None else ""
            vals = [lab + o["text"], fd(o.get("target"), df) if o.get("target") else o.get("target_text", ""),
                    iv.get("text", ""), iv.get("freq", ""), iv.get("staff", "")]
            for j in range(len(cols)):
                cell_text(t.cell(3 + oi, j), vals[j] if j < len(vals) else "")
        doc.add_paragraph()
    _hooks(p, doc, "after_goals")
    if p.get("services"):
        bold_line(doc, p.get("services_heading", "SERVICES AUTHORIZED / REQUESTED"))
        services_table(doc, p["services"], headers=p.get("service_headers", ("Service", "Code", "Amount", "Frequency", "Duration")))
        doc.add_paragraph()
    for k, v in p.get("lines", []):
        para(doc, [(k + ": ", "b"), v])
    _hooks(p, doc, "before_boiler")
    if p.get("boiler"):
        if p.get("boiler_pagebreak", True):
            page_break(doc)
        boiler(doc, p["boiler"], boxed_keys=p.get("boxed", ()))
    bold_line(doc, p.get("sig_heading", "SIGNATURES"))
    if p.get("sig_intro"):
        para(doc, p["sig_intro"], size=8.5, italic=True)
    st = p.get("sig_style", "table")
    if st == "table":
        sig_table(doc, p["sigs"], df, headers=p.get("sig_headers", ("Role", "Printed Name / Credentials", "Signature", "Date")))
    elif st == "lines":
        sig_lines(doc, p["sigs"], df)
    elif st == "slash":
        sig_slash(doc, p["sigs"], df)
    else:
        sig_esign(doc, p["sigs"], df)
    _hooks(p, doc, "end")
    return doc


def render_B(p):
    """Hospital outpatient narrative: heading styles, bullets, e-signature stamps, header identifiers."""
    df = p["df"]
    doc = new_doc(font=p.get("font", "Calibri"), size=p.get("size", 10.5), margins=0.9)
    header_text(doc, p["header"], align=p.get("header_align"))
    footer_text(doc, p.get("footer", "CONFIDENTIAL PATIENT INFORMATION"))
    para(doc, [(p["org"]["name"], "b")], size=12, space_after=0)
    for line in p["org"].get("lines", []):
        para(doc, line, size=8.5, space_after=0)
    doc.add_paragraph(p["title"], style="Title" if p.get("use_title_style") else "Heading 1")
    for k, v in p.get("top_lines", []):
        para(doc, [(k + ": ", "b"), v], space_after=1)
    _hooks(p, doc, "after_ids")
    H = p.get("hstyle", "Heading 2")
    for h, t in p.get("narrative", []):
        doc.add_paragraph(h, style=H)
        for chunk in t.split("\n"):
            para(doc, chunk)
    doc.add_paragraph(p.get("dx_heading", "Diagnoses"), style=H)
    for code, desc, prim in p["dx"]:
        txt = f"{code} - {desc}" if code else desc
        para(doc, txt + (p.get("prim_suffix", " (principal)") if prim else ""), style="List Bullet")
    _hooks(p, doc, "after_dx")
    doc.add_paragraph(p.get("goals_heading", "Goals and Objectives"), style=H)
    glab = p.get("goal_word", "Goal")
    for gi, g in enumerate(p["goals"], 1):
        if g.get("problem"):
            para(doc, [(f"{p.get('problem_word', 'Problem')} {gi}: ", "b"), g["problem"]])
        gl = [(f"{glab} {gi}: ", "b"), g["goal"]]
        if g.get("gtarget"):
            gl.append(f" (target {fd(g['gtarget'], df)})")
        para(doc, gl)
        for oi, o in enumerate(g.get("objectives", [])):
            tgt = fd(o.get("target"), df) if o.get("target") else o.get("target_text", "")
            lab = p.get("obj_fmt", "Objective {g}.{o}").format(g=gi, o=oi + 1, a="abcdefg"[oi])
            pp = para(doc, [(lab + ": ", "b"), o["text"]] + ([f" {p.get('by_word', 'Target date:')} {tgt}"] if tgt else []),
                      style=p.get("obj_style", "List Bullet"))
        for iv in g.get("interventions", []):
            para(doc, [("Intervention: ", "i"), iv["text"] + (f" - {iv['freq']}" if iv.get("freq") else "")
                       + (f" ({iv['staff']})" if iv.get("staff") else "")], style="List Bullet 2")
        _hooks(p, doc, f"after_goal_{gi}")
    if p.get("services"):
        doc.add_paragraph(p.get("services_heading", "Treatment Services"), style=H)
        if p.get("services_as_table", True):
            services_table(doc, p["services"], headers=p.get("service_headers", ("Service", "CPT", "Session Length", "Frequency", "Duration")))
        else:
            for s in p["services"]:
                para(doc, f"{s['desc']} ({s['code']}): {s.get('amount', '')}, {s.get('freq', '')}, {s.get('dur', '')}".replace(", ,", ",").strip(", "), style="List Bullet")
    for k, v in p.get("lines", []):
        para(doc, [(k + ": ", "b"), v])
    _hooks(p, doc, "before_boiler")
    if p.get("boiler"):
        boiler(doc, p["boiler"], heading_style=H, boxed_keys=p.get("boxed", ()))
    doc.add_paragraph(p.get("sig_heading", "Signatures"), style=H)
    st = p.get("sig_style", "esign")
    {"esign": sig_esign, "lines": sig_lines, "slash": sig_slash}.get(st, sig_esign)(doc, p["sigs"], df)
    if st == "table":
        sig_table(doc, p["sigs"], df)
    _hooks(p, doc, "end")
    return doc


def render_G(p):
    """Outer table per goal, nested table of objectives inside it; identification in nested cells too."""
    df = p["df"]
    doc = new_doc(font=p.get("font", "Cambria"), size=p.get("size", 10), margins=0.75)
    header_text(doc, p.get("header", []), align="c")
    footer_text(doc, p.get("footer", "Treatment Plan"))
    outer = doc.add_table(rows=1, cols=2)
    outer.style = "Table Grid"
    cell_text(outer.cell(0, 0), [(p["org"]["name"] + "\n", "b"), "\n".join(p["org"].get("lines", []))])
    cell_text(outer.cell(0, 1), [(p["title"], "b")], align="c")
    doc.add_paragraph()
    # identification: a 2-col outer table with a nested 2-col table in the right cell
    idt = doc.add_table(rows=1, cols=2)
    idt.style = "Table Grid"
    cell_text(idt.cell(0, 0), [(p.get("id_heading", "Identifying Information"), "b")], shade="EDEDED")
    inner = idt.cell(0, 1).add_table(rows=len(p["idpairs"]), cols=2)
    inner.style = "Table Grid"
    for i, (k, v) in enumerate(p["idpairs"]):
        cell_text(inner.cell(i, 0), k, bold=True)
        cell_text(inner.cell(i, 1), v)
    idt.cell(0, 0).width = Inches(1.6)
    idt.cell(0, 1).width = Inches(5.4)
    _hooks(p, doc, "after_ids")
    doc.add_paragraph()
    bold_line(doc, p.get("dx_heading", "Diagnostic Impression"))
    dx_table(doc, p["dx"], headers=p.get("dx_headers", ("ICD-10", "Description", "Primary")), prim_mark="Yes")
    for h, t in p.get("narrative", []):
        bold_line(doc, h)
        para(doc, t)
    doc.add_paragraph()
    for gi, g in enumerate(p["goals"], 1):
        ot = doc.add_table(rows=3, cols=1)
        ot.style = "Table Grid"
        head = [(f"{p.get('goal_word', 'GOAL')} {gi}", "b")]
        if g.get("problem"):
            head.append(f"  |  Need: {g['problem']}")
        cell_text(ot.cell(0, 0), head, shade="DEEAF6")
        gl = [g["goal"]]
        if g.get("gtarget"):
            gl.append(f"  Target date: {fd(g['gtarget'], df)}")
        cell_text(ot.cell(1, 0), gl)
        c = ot.cell(2, 0)
        cell_text(c, [("Objectives and interventions", "i")])
        objs = g.get("objectives", [])
        nt = c.add_table(rows=1 + len(objs), cols=4)
        nt.style = "Table Grid"
        for j, hd in enumerate(p.get("nested_cols", ("#", "Measurable objective", "By", "How staff will help"))):
            cell_text(nt.cell(0, j), hd, bold=True)
        ints = g.get("interventions", [])
        for oi, o in enumerate(objs):
            iv = ints[oi] if oi < len(ints) else {}
            cell_text(nt.cell(oi + 1, 0), f"{gi}.{oi + 1}")
            cell_text(nt.cell(oi + 1, 1), o["text"])
            cell_text(nt.cell(oi + 1, 2), fd(o.get("target"), df) if o.get("target") else o.get("target_text", ""))
            cell_text(nt.cell(oi + 1, 3), (iv.get("text", "") + (f"; {iv['freq']}" if iv.get("freq") else "")).strip("; "))
        c.add_paragraph()
        doc.add_paragraph()
    if p.get("services"):
        bold_line(doc, p.get("services_heading", "Services"))
        services_table(doc, p["services"], headers=p.get("service_headers", ("Service", "Code", "Amount", "Frequency", "Duration")))
    for k, v in p.get("lines", []):
        para(doc, [(k + ": ", "b"), v])
    _hooks(p, doc, "before_boiler")
    if p.get("boiler"):
        boiler(doc, p["boiler"], boxed_keys=p.get("boxed", ()))
    bold_line(doc, p.get("sig_heading", "Signatures"))
    st = p.get("sig_style", "table")
    if st == "table":
        sig_table(doc, p["sigs"], df, headers=p.get("sig_headers", ("Role", "Name / Credentials", "Signature", "Date")))
    else:
        {"esign": sig_esign, "lines": sig_lines, "slash": sig_slash}[st](doc, p["sigs"], df)
    _hooks(p, doc, "end")
    return doc


def render_H(p):
    """EHR export: 'Label: value' lines where values sit in content controls; goals as numbered lists."""
    df = p["df"]
    doc = new_doc(font=p.get("font", "Segoe UI"), size=p.get("size", 9.5), margins=0.8)
    header_text(doc, p.get("header", []), align="l")
    footer_text(doc, p.get("footer", "Printed from the electronic health record"))
    para(doc, [(p["org"]["name"], "b")], align="l", size=11, space_after=0)
    for line in p["org"].get("lines", []):
        para(doc, line, size=8, space_after=0)
    para(doc, [(p["title"].upper(), "b")], size=12)
    for k, v in p["idpairs"]:
        pp = para(doc, [(k + ": ", "b")], space_after=0)
        if isinstance(v, tuple):   # (text, date) -> date picker
            sdt_inline(pp, v[0], k, date=v[1])
        else:
            sdt_inline(pp, v, k)
    _hooks(p, doc, "after_ids")
    doc.add_paragraph()
    para(doc, [(p.get("dx_heading", "Diagnosis"), "bu")])
    for code, desc, prim in p["dx"]:
        pp = para(doc, ("Primary: " if prim else "Secondary: "), space_after=0)
        sdt_inline(pp, f"{code} {desc}".strip(), "Diagnosis")
    for h, t in p.get("narrative", []):
        para(doc, [(h, "bu")])
        pp = doc.add_paragraph()
        sdt_inline(pp, t, h)
    doc.add_paragraph()
    para(doc, [(p.get("goals_heading", "Treatment Goals"), "bu")])
    for gi, g in enumerate(p["goals"], 1):
        if g.get("problem"):
            para(doc, [(f"{p.get('problem_word', 'Need')} {gi}: ", "b"), g["problem"]])
        gp = para(doc, [(f"{p.get('goal_word', 'Goal')} {gi}: ", "b")])
        sdt_inline(gp, g["goal"] + (f" Target: {fd(g['gtarget'], df)}" if g.get("gtarget") else ""), "Goal")
        for oi, o in enumerate(g.get("objectives", [])):
            op = doc.add_paragraph(style="List Number")
            op.add_run(o["text"])
            tg = fd(o.get("target"), df) if o.get("target") else o.get("target_text", "")
            if tg:
                op.add_run(f"  {p.get('by_word', 'Target Date:')} ")
                sdt_inline(op, tg, "Target date", date=o.get("target"))
        for iv in g.get("interventions", []):
            para(doc, [("Intervention: ", "i"), iv["text"] + (f"; {iv['freq']}" if iv.get("freq") else "")
                       + (f"; {iv['staff']}" if iv.get("staff") else "")])
    _hooks(p, doc, "after_goals")
    if p.get("services"):
        para(doc, [(p.get("services_heading", "Services"), "bu")])
        services_table(doc, p["services"], headers=p.get("service_headers", ("Service", "Code", "Amount", "Frequency", "Duration")))
    for k, v in p.get("lines", []):
        pp = para(doc, [(k + ": ", "b")])
        sdt_inline(pp, v, k)
    _hooks(p, doc, "before_boiler")
    if p.get("boiler"):
        boiler(doc, p["boiler"], boxed_keys=p.get("boxed", ()))
    para(doc, [(p.get("sig_heading", "Signatures"), "bu")])
    st = p.get("sig_style", "table")
    if st == "table":
        sig_table(doc, p["sigs"], df, headers=p.get("sig_headers", ("Role", "Name / Credentials", "Signature", "Date")))
    else:
        {"esign": sig_esign, "lines": sig_lines, "slash": sig_slash}[st](doc, p["sigs"], df)
    _hooks(p, doc, "end")
    return doc


def render_J(p):
    """Landscape grid: one wide table with a row per objective, problem and goal cells merged down."""
    df = p["df"]
    doc = new_doc(font=p.get("font", "Calibri"), size=p.get("size", 9), margins=0.6, landscape=True)
    header_text(doc, p.get("header", []), align="r")
    footer_text(doc, p.get("footer", "Treatment Plan"))
    para(doc, [(p["org"]["name"] + "  -  " + p["title"], "b")], size=12)
    for line in p["org"].get("lines", []):
        para(doc, line, size=8, space_after=0)
    kv_grid(doc, p["idpairs"], per_row=3)
    _hooks(p, doc, "after_ids")
    doc.add_paragraph()
    para(doc, [(p.get("dx_heading", "Diagnoses: "), "b"),
               "; ".join(f"{c} {d}" + (" (primary)" if pr else "") for c, d, pr in p["dx"])])
    for h, t in p.get("narrative", []):
        para(doc, [(h + ": ", "b"), t])
    cols = p.get("grid_cols", ("Problem", "Goal", "Objective", "Target Date", "Intervention", "Frequency", "Staff"))
    nrows = 1 + sum(max(1, len(g.get("objectives", []))) for g in p["goals"])
    t = doc.add_table(rows=nrows, cols=len(cols))
    t.style = "Table Grid"
    for j, c in enumerate(cols):
        cell_text(t.cell(0, j), c, bold=True, shade="BDD7EE")
    r = 1
    for gi, g in enumerate(p["goals"], 1):
        objs = g.get("objectives", []) or [{"text": ""}]
        ints = g.get("interventions", [])
        top = r
        for oi, o in enumerate(objs):
            iv = ints[oi] if oi < len(ints) else {}
            vals = [None, None, f"{gi}.{oi + 1} {o['text']}" if o["text"] else "",
                    fd(o.get("target"), df) if o.get("target") else o.get("target_text", ""),
                    iv.get("text", ""), iv.get("freq", ""), iv.get("staff", "")]
            for j in range(2, len(cols)):
                cell_text(t.cell(r, j), vals[j] if j < len(vals) else "")
            r += 1
        pc = t.cell(top, 0).merge(t.cell(r - 1, 0)) if r - 1 > top else t.cell(top, 0)
        gc = t.cell(top, 1).merge(t.cell(r - 1, 1)) if r - 1 > top else t.cell(top, 1)
        cell_text(pc, f"{gi}. {g['problem']}")
        cell_text(gc, g["goal"] + (f" (by {fd(g['gtarget'], df)})" if g.get("gtarget") else ""))
    _hooks(p, doc, "after_goals")
    doc.add_paragraph()
    if p.get("services"):
        bold_line(doc, p.get("services_heading", "Services"))
        services_table(doc, p["services"], headers=p.get("service_headers", ("Service", "Code", "Amount", "Frequency", "Duration")))
    for k, v in p.get("lines", []):
        para(doc, [(k + ": ", "b"), v])
    _hooks(p, doc, "before_boiler")
    if p.get("boiler"):
        boiler(doc, p["boiler"], boxed_keys=p.get("boxed", ()))
    bold_line(doc, p.get("sig_heading", "Signatures"))
    st = p.get("sig_style", "table")
    if st == "table":
        sig_table(doc, p["sigs"], df, headers=p.get("sig_headers", ("Role", "Name / Credentials", "Signature", "Date")))
    else:
        {"esign": sig_esign, "lines": sig_lines, "slash": sig_slash}[st](doc, p["sigs"], df)
    _hooks(p, doc, "end")
    return doc


def render_C(p):
    """Hospital outpatient rehabilitation plan of care with a physician certification box."""
    df = p["df"]
    doc = new_doc(font=p.get("font", "Arial"), size=p.get("size", 9.5), margins=0.7)
    header_text(doc, p.get("header", []), align="r")
    footer_text(doc, p.get("footer", p["org"]["name"] + " Rehabilitation Services"))
    ht = doc.add_table(rows=1, cols=2)
    ht.style = "Table Grid"
    cell_text(ht.cell(0, 0), [(p["org"]["name"] + "\n", "b"), "\n".join(p["org"].get("lines", []))], size=8.5)
    cell_text(ht.cell(0, 1), [(p["title"], "b")], align="c", size=11)
    doc.add_paragraph()
    kv_grid(doc, p["idpairs"], per_row=p.get("per_row", 2), size=8.5)
    _hooks(p, doc, "after_ids")
    doc.add_paragraph()
    rows = [list(p.get("dx_headers", ("", "ICD-10-CM", "Description")))]
    for code, desc, prim in p["dx"]:
        rows.append(["Treatment Dx" if prim else "Medical Dx", code, desc])
    if p.get("dx_rows_override"):
        rows = p["dx_rows_override"]
    table(doc, rows, header=True, size=9)
    for h, t in p.get("narrative", []):
        bold_line(doc, h)
        para(doc, t)
    if p.get("measures"):
        bold_line(doc, p.get("measures_heading", "Objective Measures"))
        table(doc, p["measures"], header=True, size=8.5)
    _hooks(p, doc, "after_narrative")
    doc.add_paragraph()
    mode = p.get("goal_mode", "stg_ltg")
    if mode == "stg_ltg":
        bold_line(doc, p.get("stg_heading", "Short-Term Goals"))
        for i, (txt, tgt) in enumerate(p["stg"], 1):
            para(doc, [(f"STG {i}: ", "b"), txt + (f" ({p.get('by_word', 'by')} {fd(tgt, df)})" if isinstance(tgt, dt.date) else (f" ({tgt})" if tgt else ""))])
        bold_line(doc, p.get("ltg_heading", "Long-Term Goals"))
        for i, (txt, tgt) in enumerate(p["ltg"], 1):
            para(doc, [(f"LTG {i}: ", "b"), txt + (f" ({p.get('by_word', 'by')} {fd(tgt, df)})" if isinstance(tgt, dt.date) else (f" ({tgt})" if tgt else ""))])
    elif mode == "table":
        bold_line(doc, p.get("goals_heading", "Goals"))
        rows = [["#", "Goal", "Term", "Baseline", "Target Date"]]
        for i, (term, txt, base, tgt) in enumerate(p["goal_rows"], 1):
            rows.append([str(i), txt, term, base, fd(tgt, df) if isinstance(tgt, dt.date) else tgt])
        table(doc, rows, header=True, size=9)
    else:
        bold_line(doc, p.get("goals_heading", "Functional Goals"))
        for txt, tgt in p["flat_goals"]:
            para(doc, txt + (f" - target {fd(tgt, df)}" if isinstance(tgt, dt.date) else (f" {tgt}" if tgt else "")), style="List Number")
    _hooks(p, doc, "after_goals")
    doc.add_paragraph()
    bold_line(doc, p.get("plan_heading", "Plan of Treatment"))
    table(doc, [list(p.get("svc_headers", ("CPT", "Intervention")))] + [[s["code"], s["desc"]] for s in p["services"]], header=True, size=9)
    for k, v in p["lines"]:
        para(doc, [(k + ": ", "b"), v])
    _hooks(p, doc, "before_boiler")
    if p.get("boiler"):
        boiler(doc, p["boiler"])
    doc.add_paragraph()
    ther = p["therapist"]
    if ther.get("style") == "esign":
        sig_esign(doc, [ther], df)
    else:
        para(doc, [(ther["role"] + ": ", "b"), signame(ther) + (f"   NPI {ther['npi']}" if ther.get("npi") else ""),
                   "    ", ("Date: ", "b"), fd(ther.get("date"), df)])
    doc.add_paragraph()
    phys = p["physician"]
    box = doc.add_table(rows=4, cols=2)
    box.style = "Table Grid"
    merge_row(box, 0, p.get("cert_heading", "PHYSICIAN / NPP CERTIFICATION"), shade="D9D9D9")
    merge_row(box, 1, p.get("cert_text", "I have reviewed this plan of care and certify that the services are medically "
                                         "necessary, that the patient is under my care, and that the services will be "
                                         "furnished while the plan is in effect."), bold=False, size=8.5)
    cell_text(box.cell(2, 0), [("Signature: ", "b"), phys.get("sigtext", ("/s/ " + phys["name"]) if phys.get("name") and phys.get("signed", True) else "")])
    cell_text(box.cell(2, 1), [("Date: ", "b"), fd(phys.get("date"), df) if phys.get("date") else ""])
    cell_text(box.cell(3, 0), [("Printed name/credentials: ", "b"), signame(phys)])
    cell_text(box.cell(3, 1), [("NPI: ", "b"), phys.get("npi", "")])
    _hooks(p, doc, "end")
    return doc


def render_D(p):
    """CMS-485 style home health certification and plan of care: numbered boxes in one grid."""
    df = p["df"]
    doc = new_doc(font="Arial", size=8, margins=0.5)
    footer_text(doc, p.get("footer", "Form CMS-485 layout (agency reproduction)"), size=6.5)
    para(doc, [("HOME HEALTH CERTIFICATION AND PLAN OF CARE", "b")], align="c", size=11, space_after=0)
    para(doc, p["org"]["name"], align="c", size=8)
    b = p["boxes"]
    t = doc.add_table(rows=14, cols=6)
    t.style = "Table Grid"

    def put(r, c1, c2, num, label, val):
        c = t.cell(r, c1) if c1 == c2 else t.cell(r, c1).merge(t.cell(r, c2))
        cell_text(c, [(f"{num}. {label}" if num else label, "b"), "\n" + val], size=7.5)
        return c

    put(0, 0, 1, 1, "Patient's HI Claim No.", b["1"])
    put(0, 2, 2, 2, "Start Of Care Date", b["2"])
    put(0, 3, 4, 3, "Certification Period", b["3"])
    put(0, 5, 5, 4, "Medical Record No.", b["4"])
    put(1, 0, 2, 6, "Patient's Name and Address", b["6"])
    put(1, 3, 5, 7, "Provider's Name, Address and Telephone Number", b["7"] + "\n5. Provider No.: " + b["5"])
    put(2, 0, 1, 8, "Date of Birth", b["8"])
    put(2, 2, 2, 9, "Sex", b["9"])
    put(2, 3, 5, 10, "Medications: Dose/Frequency/Route (N)ew (C)hanged", b["10"])
    put(3, 0, 2, 11, "ICD-10-CM / Principal Diagnosis / Date", b["11"])
    put(3, 3, 5, 12, "ICD-10-CM / Surgical Procedure / Date", b["12"])
    put(4, 0, 2, 13, "ICD-10-CM / Other Pertinent Diagnoses / Date", b["13"])
    put(4, 3, 5, 14, "DME and Supplies", b["14"])
    put(5, 0, 2, 15, "Safety Measures", b["15"])
    put(5, 3, 5, 16, "Nutritional Req.", b["16"] + "\n17. Allergies: " + b["17"])
    put(6, 0, 2, "18.A", "Functional Limitations", b["18A"])
    put(6, 3, 5, "18.B", "Activities Permitted", b["18B"])
    put(7, 0, 2, 19, "Mental Status", b["19"])
    put(7, 3, 5, 20, "Prognosis", b["20"])
    put(8, 0, 5, 21, "Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)", b["21"])
    put(9, 0, 5, 22, "Goals/Rehabilitation Potential/Discharge Plans", b["22"])
    put(10, 0, 2, 23, "Nurse's Signature and Date of Verbal SOC Where Applicable", b["23"])
    put(10, 3, 5, 25, "Date HHA Received Signed POT", b["25"])
    put(11, 0, 2, 24, "Physician's Name and Address", b["24"])
    put(11, 3, 5, 26, "", "I certify/recertify that this patient is confined to his/her home and needs intermittent "
                          "skilled nursing care, physical therapy and/or speech therapy or continues to need "
                          "occupational therapy. The patient is under my care, and I have authorized the services "
                          "on this plan of care and will periodically review the plan.")
    put(12, 0, 2, 27, "Attending Physician's Signature and Date Signed", b["27"])
    put(12, 3, 5, 28, "", "Anyone who misrepresents, falsifies, or conceals essential information required for "
                          "payment of Federal funds may be subject to fine, imprisonment, or civil penalty under "
                          "applicable Federal laws.")
    merge_row(t, 13, p.get("addendum_note", "Addendum pages: none"), bold=False, size=7)
    _hooks(p, doc, "end")
    return doc


def render_E(p):
    """ABA treatment plan / authorization request: many sections, goal tables by domain."""
    df = p["df"]
    variant = p.get("variant", 1)
    doc = new_doc(font=p.get("font", "Calibri"), size=p.get("size", 10), margins=0.8)
    header_text(doc, p.get("header", []), align="r")
    footer_text(doc, p.get("footer", p["org"]["name"] + " | Confidential"))
    para(doc, [(p["org"]["name"], "b")], align="c", size=13, space_after=0)
    for line in p["org"].get("lines", []):
        para(doc, line, align="c", size=8.5, space_after=0)
    para(doc, [(p["title"], "b")], align="c", size=12)
    H = p.get("hstyle", "Heading 2")
    doc.add_paragraph(p.get("id_heading", "Identifying Information"), style=H)
    kv_grid(doc, p["idpairs"], per_row=2, size=9)
    _hooks(p, doc, "after_ids")
    doc.add_paragraph(p.get("dx_heading", "Diagnosis"), style=H)
    for code, desc, prim in p["dx"]:
        para(doc, [(f"{code} {desc}", "b" if prim else "")] + ([" - primary"] if prim else []))
    if p.get("dx_note"):
        para(doc, p["dx_note"])
    for h, t in p.get("narrative", []):
        doc.add_paragraph(h, style=H)
        para(doc, t)
    doc.add_paragraph(p.get("assess_heading", "Assessments Completed"), style=H)
    table(doc, [["Instrument", "Date", "Administered by", "Results"]] + p["assessments"], header=True, size=9)
    if p.get("assess_summary"):
        para(doc, p["assess_summary"])
    _hooks(p, doc, "after_assess")
    for dom in p["domains"]:
        doc.add_paragraph(dom["heading"], style=H)
        if dom.get("intro"):
            para(doc, dom["intro"], italic=True, size=9)
        if variant == 1:
            rows = [list(p.get("goal_cols", ("Goal", "Baseline", "Mastery Criterion", "Target Date")))]
            for i, g in enumerate(dom["goals"], 1):
                rows.append([f"{dom.get('prefix', '')}{i}. {g['goal']}", g.get("baseline", ""), g.get("mastery", ""),
                             fd(g["gtarget"], df) if isinstance(g.get("gtarget"), dt.date) else g.get("gtarget", "")])
            table(doc, rows, header=True, size=9)
        else:
            for i, g in enumerate(dom["goals"], 1):
                gt = doc.add_table(rows=5, cols=2)
                gt.style = "Table Grid"
                merge_row(gt, 0, f"{dom.get('prefix', '')}{i}  {g.get('name', '')}".strip(), shade="E2EFD9")
                for r, (k, v) in enumerate([("Objective", g["goal"]), ("Baseline", g.get("baseline", "")),
                                            ("Mastery criteria", g.get("mastery", "")),
                                            ("Target date", fd(g["gtarget"], df) if isinstance(g.get("gtarget"), dt.date) else g.get("gtarget", ""))], 1):
                    cell_text(gt.cell(r, 0), k, bold=True)
                    cell_text(gt.cell(r, 1), v)
                doc.add_paragraph()
    _hooks(p, doc, "after_goals")
    doc.add_paragraph(p.get("svc_heading", "Requested Services"), style=H)
    table(doc, [list(p.get("svc_cols", ("CPT", "Service", "Rendering", "Hours per Week", "Units / Period")))] + p["services"], header=True, size=9)
    for k, v in p.get("lines", []):
        para(doc, [(k + ": ", "b"), v])
    for h, t in p.get("tail", []):
        doc.add_paragraph(h, style=H)
        para(doc, t)
    _hooks(p, doc, "before_boiler")
    if p.get("boiler"):
        boiler(doc, p["boiler"], heading_style=H, boxed_keys=p.get("boxed", ()))
    doc.add_paragraph(p.get("sig_heading", "Signatures"), style=H)
    if p.get("sig_intro"):
        para(doc, p["sig_intro"], size=9, italic=True)
    st = p.get("sig_style", "table")
    if st == "table":
        sig_table(doc, p["sigs"], df, headers=p.get("sig_headers", ("Role", "Name / Credential", "Signature", "Date")))
    else:
        {"esign": sig_esign, "lines": sig_lines, "slash": sig_slash}[st](doc, p["sigs"], df)
    _hooks(p, doc, "end")
    return doc


def render_F(p):
    """SUD individualized treatment plan: ASAM dimension table, numbered problems, /s/ signatures."""
    df = p["df"]
    doc = new_doc(font=p.get("font", "Times New Roman"), size=p.get("size", 10.5), margins=0.8)
    header_text(doc, p.get("header", []), align="c")
    footer_text(doc, p.get("footer", "42 CFR Part 2 protected record"))
    para(doc, [(p["org"]["name"], "b")], align="c", size=12, space_after=0)
    for line in p["org"].get("lines", []):
        para(doc, line, align="c", size=9, space_after=0)
    para(doc, [(p["title"], "bu")], align="c", size=12)
    for k, v in p["idlines"]:
        para(doc, [(k + ": ", "b"), v], space_after=0)
    _hooks(p, doc, "after_ids")
    doc.add_paragraph()
    bold_line(doc, p.get("dx_heading", "DSM-5 / ICD-10-CM Diagnoses"))
    for code, desc, prim in p["dx"]:
        para(doc, f"{code}  {desc}" + ("  [primary]" if prim else ""), space_after=0)
    if p.get("asam"):
        doc.add_paragraph()
        bold_line(doc, p.get("asam_heading", "ASAM Dimensional Summary"))
        table(doc, [["Dimension", "Risk Rating", "Summary"]] + p["asam"], header=True, size=9)
    for h, t in p.get("narrative", []):
        bold_line(doc, h)
        para(doc, t)
    doc.add_paragraph()
    bold_line(doc, p.get("goals_heading", "TREATMENT PLAN"))
    for gi, g in enumerate(p["goals"], 1):
        para(doc, [(f"{p.get('problem_word', 'Problem')} {gi}: ", "b"), g["problem"]])
        gl = [(f"{p.get('goal_word', 'Goal')}: ", "b"), g["goal"]]
        if g.get("gtarget"):
            gl.append(f" (target {fd(g['gtarget'], df)})")
        para(doc, gl)
        for oi, o in enumerate(g.get("objectives", [])):
            lab = p.get("obj_fmt", "Objective {g}{a}").format(g=gi, o=oi + 1, a="abcdefg"[oi])
            tg = fd(o.get("target"), df) if o.get("target") else o.get("target_text", "")
            para(doc, [(lab + ": ", "b"), o["text"]] + ([f"  {p.get('by_word', 'Target:')} {tg}"] if tg else []))
        if g.get("interventions"):
            rows = [["Intervention / Strategy", "Frequency", "Responsible"]]
            for iv in g["interventions"]:
                rows.append([iv["text"], iv.get("freq", ""), iv.get("staff", "")])
            table(doc, rows, header=True, size=9)
        doc.add_paragraph()
    _hooks(p, doc, "after_goals")
    if p.get("services"):
        bold_line(doc, p.get("services_heading", "Services"))
        services_table(doc, p["services"], headers=p.get("service_headers", ("Service", "Code", "Amount", "Frequency", "Duration")))
    for k, v in p.get("lines", []):
        para(doc, [(k + ": ", "b"), v])
    _hooks(p, doc, "before_boiler")
    if p.get("boiler"):
        boiler(doc, p["boiler"], boxed_keys=p.get("boxed", ()))
    bold_line(doc, p.get("sig_heading", "SIGNATURES"))
    if p.get("sig_intro"):
        para(doc, p["sig_intro"], size=9, italic=True)
    st = p.get("sig_style", "slash")
    if st == "table":
        sig_table(doc, p["sigs"], df, headers=p.get("sig_headers", ("Role", "Name / Credentials", "Signature", "Date")))
    else:
        {"esign": sig_esign, "lines": sig_lines, "slash": sig_slash}[st](doc, p["sigs"], df)
    _hooks(p, doc, "end")
    return doc


def render_I(p):
    """Letter/memo style plan: letterhead, RE block, prose paragraphs, goals as lettered lists."""
    df = p["df"]
    doc = new_doc(font=p.get("font", "Georgia"), size=p.get("size", 10.5), margins=1.0)
    header_text(doc, p.get("header", []), align="r")
    footer_text(doc, p.get("footer", ""), page=True)
    para(doc, [(p["org"]["name"], "b")], size=14, space_after=0)
    for line in p["org"].get("lines", []):
        para(doc, line, size=8.5, space_after=0)
    doc.add_paragraph("_" * 80)
    for k, v in p["memo"]:
        para(doc, [(k.upper() + ":", "b"), "\t" + v], space_after=0)
    doc.add_paragraph()
    for t in p["body"]:
        if isinstance(t, tuple):
            bold_line(doc, t[0])
            para(doc, t[1])
        else:
            para(doc, t)
    _hooks(p, doc, "after_body")
    for gi, g in enumerate(p["goals"], 1):
        para(doc, [(f"{p.get('goal_word', 'Goal')} {gi}. ", "b"), g["goal"]] + ([f" Target: {fd(g['gtarget'], df)}."] if g.get("gtarget") else []))
        for oi, o in enumerate(g.get("objectives", [])):
            tg = fd(o.get("target"), df) if o.get("target") else o.get("target_text", "")
            para(doc, f"({'abcdefg'[oi]}) {o['text']}" + (f" {p.get('by_word', 'By')} {tg}." if tg else ""), space_after=1)
        for iv in g.get("interventions", []):
            para(doc, [("Approach: ", "i"), iv["text"] + (f", {iv['freq']}" if iv.get("freq") else "") + "."])
    _hooks(p, doc, "after_goals")
    for t in p.get("body2", []):
        if isinstance(t, tuple):
            bold_line(doc, t[0])
            para(doc, t[1])
        else:
            para(doc, t)
    _hooks(p, doc, "before_sigs")
    doc.add_paragraph()
    st = p.get("sig_style", "lines")
    if st == "table":
        sig_table(doc, p["sigs"], df)
    else:
        {"esign": sig_esign, "lines": sig_lines, "slash": sig_slash}[st](doc, p["sigs"], df)
    _hooks(p, doc, "end")
    return doc


def render_K(p):
    """County-contract outpatient template with check boxes, several pages of boilerplate first."""
    df = p["df"]
    doc = new_doc(font=p.get("font", "Arial"), size=p.get("size", 9.5), margins=0.75)
    header_text(doc, p.get("header", []), align="l", table_rows=p.get("header_table"))
    footer_text(doc, p.get("footer", "Form OP-TP rev. 07/2024"))
    para(doc, [(p["org"]["name"], "b")], size=12, space_after=0)
    for line in p["org"].get("lines", []):
        para(doc, line, size=8.5, space_after=0)
    para(doc, [(p["title"], "b")], size=12)
    para(doc, "  ".join(("☒ " if on else "☐ ") + lab for lab, on in p["checkboxes"]))
    kv_grid(doc, p["idpairs"], per_row=2, size=9)
    _hooks(p, doc, "after_ids")
    if p.get("boiler_first"):
        boiler(doc, p["boiler_first"])
        page_break(doc)
    bold_line(doc, p.get("dx_heading", "Section 2. Diagnosis (ICD-10-CM)"))
    dx_table(doc, p["dx"], headers=("Code", "Diagnosis", "Primary"), prim_mark="☒")
    for h, t in p.get("narrative", []):
        bold_line(doc, h)
        para(doc, t)
    bold_line(doc, p.get("goals_heading", "Section 4. Goals and Objectives"))
    for gi, g in enumerate(p["goals"], 1):
        t = doc.add_table(rows=2 + max(1, len(g.get("objectives", []))) + 1, cols=3)
        t.style = "Table Grid"
        merge_row(t, 0, [(f"Goal {gi} (in the {p.get('client_word', 'individual')}'s words): ", "b"), g["goal"]], shade="FFF2CC")
        for j, hd in enumerate(("Objective", "Target date", "Status")):
            cell_text(t.cell(1, j), hd, bold=True)
        objs = g.get("objectives", [])
        for oi, o in enumerate(objs):
            cell_text(t.cell(2 + oi, 0), f"{gi}.{oi + 1} {o['text']}")
            cell_text(t.cell(2 + oi, 1), fd(o.get("target"), df) if o.get("target") else o.get("target_text", ""))
            cell_text(t.cell(2 + oi, 2), o.get("status", "☐ New"))
        if not objs:
            merge_row(t, 2, g.get("no_obj_text", ""), bold=False)
        last = t.rows[-1]
        c = last.cells[0].merge(last.cells[-1])
        cell_text(c, [("Modality / intervention: ", "b"), "; ".join(iv["text"] + (f" ({iv['freq']})" if iv.get("freq") else "") for iv in g.get("interventions", []))])
        doc.add_paragraph()
    _hooks(p, doc, "after_goals")
    if p.get("services"):
        bold_line(doc, p.get("services_heading", "Section 5. Services"))
        services_table(doc, p["services"], headers=p.get("service_headers", ("Modality", "Code", "Session length", "Frequency", "Expected duration")))
    for k, v in p.get("lines", []):
        para(doc, [(k + ": ", "b"), v])
    _hooks(p, doc, "before_boiler")
    if p.get("boiler"):
        boiler(doc, p["boiler"], boxed_keys=p.get("boxed", ()))
    bold_line(doc, p.get("sig_heading", "Section 7. Signatures"))
    st = p.get("sig_style", "table")
    if st == "table":
        sig_table(doc, p["sigs"], df, headers=p.get("sig_headers", ("Role", "Name / Credentials", "Signature", "Date")))
    else:
        {"esign": sig_esign, "lines": sig_lines, "slash": sig_slash}[st](doc, p["sigs"], df)
    _hooks(p, doc, "end")
    return doc


RENDER = {"A": render_A, "B": render_B, "C": render_C, "D": render_D, "E": render_E, "F": render_F,
          "G": render_G, "H": render_H, "I": render_I, "J": render_J, "K": render_K}

# ----------------------------------------------------------------------------------------------
# Plan data helpers
# ----------------------------------------------------------------------------------------------

def S(role, kind, name=None, cred=None, date=None, **kw):
    return dict(role=role, kind=kind, name=name, cred=cred, date=D(date) if date else None, **kw)


def O(text, target=None, **kw):
    return dict(text=text, target=D(target) if target else None, **kw)


def IV(text, freq="", staff=""):
    return dict(text=text, freq=freq, staff=staff)


def G(problem, goal, objectives=(), interventions=(), gtarget=None, **kw):
    return dict(problem=problem, goal=goal, objectives=list(objectives), interventions=list(interventions),
                gtarget=D(gtarget) if gtarget else None, **kw)


def MBI(seed: int) -> str:
    """Invented Medicare Beneficiary Identifier in the MBI character pattern (with dashes)."""
    letters = "ACDEFGHJKMNPQRTUVWXY"
    alnum = letters + "0123456789"
    s = seed * 7919 + 104729
    def pick(chars):
        nonlocal s
        s = (s * 1103515245 + 12345) % (2 ** 31)
        return chars[s % len(chars)]
    c = [pick("123456789"), pick(letters), pick(alnum), pick("0123456789"), pick(letters), pick(alnum),
         pick("0123456789"), pick(letters), pick(letters), pick("0123456789"), pick("0123456789")]
    return "".join(c[:4]) + "-" + "".join(c[4:7]) + "-" + "".join(c[7:])


PLANS: list[dict] = []


def plan(**kw):
    PLANS.append(kw)
    return kw

# ----------------------------------------------------------------------------------------------
# Outpatient behavioral health, Medicare psychotherapy (hospital outpatient departments, CMHCs, IOP)
# ----------------------------------------------------------------------------------------------
NPI_SOLBERG = npi("164738291")
NPI_MOSS = npi("137702958")

plan(
    id="w01", family="B", payer="medicare-psychotherapy", states=[], as_of="2026-03-02",
    gaps=[], notes="Clean. Hospital outpatient behavioral health narrative: identifiers only in the page header, "
                   "Heading styles, bulleted objectives, services table, e-signature stamps.",
    org={"name": "St. Brendan Regional Hospital - Outpatient Behavioral Health",
         "lines": ["2210 Quarry Road, Suite 300, Marlowe, OH 44000", "Phone 555-0130 | Fax 555-0131"]},
    title="Outpatient Psychotherapy Treatment Plan",
    header=["Patient: BRINKERHOFF, HAROLD J    DOB: 03/22/1951    MRN: 00482217",
            f"Medicare MBI: {MBI(1)}    Encounter: OP-BH-26-01144"],
    df="us",
    top_lines=[("Plan Date", "01/14/2026"), ("Plan Type", "Initial"), ("Treating Clinician", "Renata Solberg, LICSW"),
               ("Referral Source", "Primary care (Dr. Amos Kettering)")],
    narrative=[("Reason for Referral",
                "Mr. Brinkerhoff is a 74-year-old retired machinist referred by his primary care physician for low "
                "mood, loss of interest and worry after the death of his wife in 2025. He lives alone and has "
                "stopped attending church and seeing friends. No suicidal ideation; protective factors: daughter "
                "nearby, faith community, no firearms in the home."),
               ("Strengths", "Insightful, motivated, good relationship with daughter, attends medical appointments.")],
    dx=[("F33.1", "Major depressive disorder, recurrent, moderate", True),
        ("F41.1", "Generalized anxiety disorder", False)],
    goals=[G("Depressed mood and withdrawal",
             "Harold will return to his usual weekly routine (church, grocery shopping, visits with his daughter) "
             "with a steadier mood.",
             [O("Harold will lower his PHQ-9 score from 17 to 9 or below.", "2026-04-15"),
              O("Harold will complete at least 3 planned pleasant activities each week, recorded in his activity "
                "log, for 4 weeks in a row.", "2026-03-31")],
             [IV("Behavioral activation and activity scheduling", "weekly", "therapist"),
              IV("Grief-focused cognitive behavioral therapy", "weekly", "therapist")]),
           G("Worry and poor sleep",
             "Harold will worry less so that he can fall asleep within 30 minutes on most nights.",
             [O("Harold will lower his GAD-7 score from 14 to 7 or below.", "2026-05-15"),
              O("Harold will use paced breathing or scheduled worry time on at least 5 of 7 days a week, as "
                "recorded in his log.", "2026-04-15")],
             [IV("CBT for worry: worry time, cognitive restructuring, relaxation training", "weekly", "therapist")])],
    services=[{"desc": "Individual psychotherapy", "code": "90837", "amount": "60 minutes", "freq": "Weekly",
               "dur": "6 months"}],
    lines=[("Estimated duration of treatment", "6 months (through 07/14/2026)"),
           ("Discharge criteria", "PHQ-9 below 10 and GAD-7 below 8 for two consecutive monthly screenings.")],
    boiler=["crisis", "telehealth"],
    sigs=[S("Treating Clinician", "clinician", "Renata Solberg", "LICSW", "2026-01-14", time="4:41 PM", npi=NPI_SOLBERG)],
    hooks={"end": lambda doc, p: para(doc, "Patient participated in developing this plan and was given a copy on "
                                           "01/14/2026.", size=9, italic=True)},
)

plan(
    id="w02", family="A", payer="medicare-psychotherapy", states=[], as_of="2026-01-20",
    gaps=[["amount-missing"]],
    notes="Gap: the weekly DBT-informed skills group (90853) has no session length anywhere (individual therapy "
          "states 45 minutes). Community agency form: 4-column ID grid, one bordered table per problem with merged "
          "title rows, signature table.",
    org={"name": "Riverbend Community Counseling Center",
         "lines": ["418 Mill Street, Harlan Falls, KY 40000 - 555-0155", "Licensed Behavioral Health Services Organization"]},
    title="INDIVIDUALIZED TREATMENT PLAN", subtitle="Adult Outpatient Services",
    df="us",
    idpairs=[("Client Name", "Dolores M. Ashcombe"), ("Date of Birth", "07/09/1956"),
             ("Medicare ID", MBI(2)), ("Record #", "RCC-20931"),
             ("Plan Date", "11/18/2025"), ("Plan Type", "Initial"),
             ("Primary Clinician", "Wendell Pryor, LPCC"), ("Program", "Adult Outpatient")],
    dx=[("F41.0", "Panic disorder [episodic paroxysmal anxiety]", True),
        ("F33.0", "Major depressive disorder, recurrent, mild", False)],
    narrative=[("Presenting Problem", "Client reports 3 to 4 panic attacks per week since a hospital stay in "
                                      "August, avoids driving and stores, and feels down most days.")],
    goals=[G("Panic attacks and avoidance", "Dolores will drive to the store and to church without panic.",
             [O("Client will reduce panic attacks from 3-4 per week to 1 or fewer per week, per her panic log.", "2026-02-27"),
              O("Client will complete 6 of 8 steps on her driving exposure ladder.", "2026-03-31")],
             [IV("CBT for panic: interoceptive and in-vivo exposure", "45 min every other week", "W. Pryor, LPCC"),
              IV("DBT-informed skills group", "Weekly", "Group facilitator")]),
           G("Low mood", "Dolores will feel interested in her usual activities again.",
             [O("Client will lower her PHQ-9 from 12 to 6 or below.", "2026-03-31")],
             [IV("Behavioral activation", "45 min every other week", "W. Pryor, LPCC")])],
    services=[{"desc": "Individual psychotherapy", "code": "90834", "amount": "45 minutes", "freq": "Every other week", "dur": "6 months"},
              {"desc": "Group psychotherapy (skills group)", "code": "90853", "amount": "", "freq": "Weekly", "dur": "6 months"}],
    lines=[("Expected Duration of Treatment", "6 months (through 05/18/2026)"),
           ("Next Plan Review", "02/18/2026")],
    boiler=["rights", "crisis", "attendance", "consent"],
    sigs=[S("Client", "client", "Dolores M. Ashcombe", None, "2025-11-18"),
          S("Primary Clinician", "clinician", "Wendell Pryor", "LPCC", "2025-11-18")],
)

plan(
    id="w03", family="J", payer="medicare-psychotherapy", states=[], as_of="2026-03-10",
    gaps=[], notes="Clean. Hospital intensive outpatient program; landscape page, one wide grid with problem and "
                   "goal cells merged down over their objective rows; 'Pt' labels; signature table.",
    org={"name": "Calloway Memorial Hospital - Adult Intensive Outpatient Program",
         "lines": ["Behavioral Health Pavilion, 90 Orchard Ave, Tern Harbor, ME 04000 - 555-0170"]},
    title="IOP Master Treatment Plan",
    header=["Calloway Memorial Hospital | IOP | Pt: Vasquez-Toller, Irene"],
    df="short",
    idpairs=[("Pt Name", "Irene Vasquez-Toller"), ("DOB", "10/2/1958"), ("Medicare #", MBI(3)),
             ("MRN", "CMH-7741203"), ("IOP Admit", "2/9/26"), ("Plan Date", "2/9/26")],
    dx=[("F32.2", "Major depressive disorder, single episode, severe without psychotic features", True),
        ("F41.1", "Generalized anxiety disorder", False)],
    narrative=[("Reason for IOP", "Step-down from inpatient unit (discharged 2/6/26) after a depressive episode; needs "
                                  "structured daily treatment to prevent readmission.")],
    goals=[G("Depression", "Pt will return to independent daily routine at home without readmission.",
             [O("Pt will reduce PHQ-9 from 21 to 14 or below.", "2026-03-09"),
              O("Pt will attend at least 11 of 12 scheduled program days each 4-week block.", "2026-04-06")],
             [IV("CBT and behavioral activation groups", "3 groups per program day", "IOP therapists"),
              IV("Individual therapy", "weekly", "Primary therapist")]),
           G("Safety", "Pt will keep herself safe and use her safety plan when distressed.",
             [O("Pt will name 3 warning signs and 3 coping steps from her written safety plan and review it with "
                "her therapist.", "2026-02-20"),
              O("Pt will report zero episodes of self-harm on the daily check-in for the whole program.", "2026-04-06")],
             [IV("Safety planning; daily check-in", "daily on program days", "RN / therapist")])],
    services=[{"desc": "IOP group psychotherapy", "code": "90853", "amount": "60 minutes per group",
               "freq": "3 days per week (3 groups each day)", "dur": "8 weeks"},
              {"desc": "Individual psychotherapy", "code": "90834", "amount": "45 minutes", "freq": "Weekly", "dur": "8 weeks"},
              {"desc": "Medication management", "code": "99214", "amount": "25 minutes", "freq": "Every 2 weeks", "dur": "8 weeks"}],
    lines=[("Expected length of IOP", "8 weeks (anticipated discharge 4/6/26)")],
    boiler=["crisis", "attendance"],
    sigs=[S("Primary Therapist", "clinician", "Oluwaseun Marsh", "LCSW", "2026-02-09"),
          S("Attending Psychiatrist", "physician", "Katrin Vollmer", "MD", "2026-02-10"),
          S("Patient", "client", "Irene Vasquez-Toller", None, "2026-02-09")],
)

plan(
    id="w04", family="H", payer="medicare-psychotherapy", states=[], as_of="2026-02-11",
    gaps=[["credential-missing"]],
    notes="Gap: the treating clinician's signature row gives the name only; no credential appears with it or "
          "anywhere in the plan. EHR export with every value inside content controls (date pickers for dates), "
          "auto-numbered objectives, 'Member' labels.",
    org={"name": "Pinecrest Behavioral Health Associates", "lines": ["A program of Pinecrest Health System", "77 Lantern Way, Dorrance, WI 53000"]},
    title="Treatment Plan", df="mdy",
    header=["Pinecrest Behavioral Health | Member: Kowalczyk, Bernard"],
    idpairs=[("Member Name", "Bernard T. Kowalczyk"), ("Member DOB", ("4/30/1949", D("1949-04-30"))),
             ("Member ID (Medicare)", MBI(4)), ("Plan Date", ("12/3/2025", D("2025-12-03"))),
             ("Service Line", "Outpatient Therapy")],
    dx=[("F43.12", "Post-traumatic stress disorder, chronic", True)],
    narrative=[("Clinical Summary", "Vietnam-era veteran with intrusive memories and nightmares that increased after a "
                                    "house fire in 2024. Prefers in-person sessions. Not enrolled in VA care.")],
    goals=[G("Trauma symptoms", "Member will sleep through most nights and go out in the community again.",
             [O("Member will reduce his PCL-5 score from 52 to 33 or below", "2026-05-29"),
              O("Member will reduce nightmares from 5 nights per week to 2 or fewer, per sleep diary", "2026-04-30")],
             [IV("Cognitive processing therapy", "weekly, 53-minute sessions", "treating clinician")]),
           G("Isolation", "Member will re-engage with his veterans' breakfast group.",
             [O("Member will attend the breakfast group at least 2 times per month", "2026-03-31")],
             [IV("Behavioral activation, graded exposure", "weekly", "treating clinician")])],
    services=[{"desc": "Psychotherapy, 53+ minutes", "code": "90837", "amount": "53 minutes", "freq": "1x weekly", "dur": "26 weeks"}],
    lines=[("Estimated Treatment Duration", "26 weeks"), ("Plan Review Due", "3/3/2026")],
    boiler=["consent", "hipaa"],
    sigs=[S("Member", "client", "Bernard T. Kowalczyk", None, "2025-12-03", sigtext="Signed on signature pad"),
          S("Treating Clinician", "clinician", "Jordan Ellery", None, "2025-12-04", sigtext="Electronically signed")],
)

plan(
    id="w05", family="I", payer="medicare-psychotherapy", states=[], as_of="2026-02-23",
    gaps=[["plan-outdated"]],
    notes="Gap: plan established 01/21/2025 and never reviewed; on the as-of date 2026-02-23 it is 398 days old "
          "(limit 365). Memo-style letter from a hospital psychiatry clinic with RE block and lettered objectives.",
    org={"name": "Halvorsen University Medical Center", "lines": ["Department of Psychiatry - Adult Outpatient Clinic", "1400 College Ave, Brightwater, MN 55000"]},
    header=["CONFIDENTIAL"], footer="HUMC Psychiatry OP",
    df="long",
    memo=[("To", "Medical record / Utilization review"), ("From", "Celeste Amundsen, PsyD, Licensed Psychologist"),
          ("Date", "January 21, 2025"),
          ("Re", f"Treatment plan - Gunnar Lindahl (DOB February 2, 1953; Medicare {MBI(5)})")],
    body=["This plan was established today, January 21, 2025, after the diagnostic evaluation on January 14, 2025.",
          ("Diagnosis", "F34.1 Dysthymic disorder (primary); F41.9 Anxiety disorder, unspecified."),
          ("Treatment", "Individual cognitive behavioral therapy (CPT 90834), 45-minute sessions, every week. Expected "
                        "duration: 9 months (through October 21, 2025)."),
          "Goals and objectives agreed with Mr. Lindahl:"],
    goals=[G(None, "Mr. Lindahl will feel hopeful enough to restart his woodworking hobby and see friends.",
             [O("Lower his PHQ-9 score from 15 to 8 or below", "2025-06-30"),
              O("Spend at least 2 hours a week in his woodshop, per his weekly log,", "2025-05-31")],
             [IV("CBT and behavioral activation", "weekly")]),
           G(None, "Mr. Lindahl will manage worry about his health.",
             [O("Lower his GAD-7 from 12 to 6 or below", "2025-07-31")],
             [IV("Worry exposure and problem-solving training", "weekly")])],
    body2=["Progress will be measured with the PHQ-9 and GAD-7 each month."],
    dx=[("F34.1", "Dysthymic disorder", True), ("F41.9", "Anxiety disorder, unspecified", False)],
    by_word="by",
    sigs=[S("Psychologist", "clinician", "Celeste Amundsen", "PsyD", "2025-01-21")],
    facts_extra={"dur_days": 273},
)

plan(
    id="w06", family="G", payer="medicare-psychotherapy", states=[], as_of="2026-02-18",
    gaps=[["duration-exceeds-limit"]],
    notes="Gap: expected length of treatment is 12 months; the NGS article needs a duration shorter than one year. "
          "Nested tables: identification in a table nested in a cell, objectives in a table nested inside each goal table.",
    org={"name": "Clearwater Valley Mental Health Center", "lines": ["Adult Services - 3 Ferry Lane, Osgood, ID 83000"]},
    title="Person-Centered Treatment Plan", df="us",
    header=["Clearwater Valley MHC"],
    idpairs=[("Person served", "Lorraine Whitlock-Baez"), ("Birth date", "12/11/1960"), ("Medicare beneficiary ID", MBI(6)),
             ("Chart #", "CV-118420"), ("Date of plan", "01/07/2026"), ("Clinician", "Tobias Renner, LMHC")],
    dx=[("F31.81", "Bipolar II disorder", True)],
    narrative=[("Her words", "\"I want to stop crashing every spring and keep my job at the library.\"")],
    goals=[G("Mood episodes", "Lorraine will keep her mood stable enough to work her regular shifts.",
             [O("Lorraine will track mood daily and bring her mood chart to at least 3 of 4 sessions each month.", "2026-04-07"),
              O("Lorraine will name 4 early warning signs of depression and the step she will take for each.", "2026-03-10")],
             [IV("Interpersonal and social rhythm therapy", "weekly"), IV("Psychoeducation on early warning signs", "weekly")]),
           G("Work", "Lorraine will miss fewer shifts.",
             [O("Lorraine will miss no more than 1 scheduled shift per month, per her own report.", "2026-07-07")],
             [IV("Problem-solving therapy", "weekly")])],
    services=[{"desc": "Individual psychotherapy", "code": "90834", "amount": "45 min", "freq": "Once a week", "dur": "12 months"}],
    lines=[("Expected length of treatment", "12 months"), ("Next review", "04/07/2026")],
    boiler=["rights", "discharge"],
    sigs=[S("Person served", "client", "Lorraine Whitlock-Baez", None, "2026-01-07"),
          S("Clinician", "clinician", "Tobias Renner", "LMHC", "2026-01-07")],
    facts_extra={"dur_days": 365},
)


def _w07_tracked(doc, p):
    pp = para(doc, [("Frequency (revised at team meeting 01/09/2026): ", "b")])
    tracked(pp, "every other week", "weekly", author="Nadine Obi", when="2026-01-09T15:20:00Z")
    c = para(doc, "All sessions are 45 minutes.")
    comment(doc, c, "Team agreed weekly is needed for the first 3 months.", author="Nadine Obi", initials="NO")


plan(
    id="w07", family="B", payer="medicare-psychotherapy", states=[], as_of="2026-02-26",
    gaps=[["diagnosis-code-not-billable"]],
    notes="Gap: PTSD coded F43.1, a category heading (billable codes are F43.10-F43.12). Hospital outpatient narrative "
          "with a tracked change to the frequency (deleted 'every other week', inserted 'weekly') and a Word comment.",
    org={"name": "Mercy Ridge Health - Outpatient Counseling", "lines": ["61 Harbor View Dr, Port Alden, OR 97000"]},
    title="Behavioral Health Plan of Care",
    header=["MERCY RIDGE HEALTH", "Name: ESPINOSA, MARGARITA  |  DOB: 08/14/1957  |  MBI: " + MBI(7)],
    header_align="r", df="abbr",
    top_lines=[("Date plan established", "Jan 8, 2026"), ("Clinician", "Nadine Obi, LCSW")],
    narrative=[("Presenting Concerns", "Ms. Espinosa was assaulted in a parking garage in 2023. She has flashbacks, avoids "
                                       "leaving home after dark and startles easily.")],
    dx=[("F43.1", "Post-traumatic stress disorder", True)],
    goals=[G(None, "Ms. Espinosa will go out in the evening again for church and family dinners.",
             [O("Reduce PCL-5 from 58 to 35 or less.", "2026-05-08"),
              O("Complete at least 5 of the 7 items on her in-vivo exposure list.", "2026-04-30")],
             [IV("Prolonged exposure therapy")]),
           G(None, "Ms. Espinosa will sleep at least 6 hours on most nights.",
             [O("Sleep 6 hours or more on at least 5 of 7 nights, per sleep diary.", "2026-04-08")],
             [IV("CBT for insomnia components")])],
    obj_fmt="{g}{a}", by_word="- target", prim_suffix="",
    services=[{"desc": "Individual psychotherapy", "code": "90834", "amount": "45 minutes", "freq": "Weekly", "dur": "20 weeks"}],
    lines=[("Expected duration", "20 weeks")],
    hooks={"before_boiler": _w07_tracked},
    boiler=["crisis"],
    sigs=[S("Clinician", "clinician", "Nadine Obi", "LCSW", "2026-01-08", time="11:02 AM")],
)


def _w08_reviews(doc, p):
    bold_line(doc, "PLAN REVIEWS")
    table(doc, [["Review date", "Type", "Progress / changes", "Reviewed by"],
                ["11/04/2025", "90-day review (completed)", "PHQ-9 16 -> 12. Objective 1a continued; 2a met.", "Gail Ferencz, LPC  11/04/2025"],
                ["02/02/2026", "90-day review (completed)", "PHQ-9 9. New objective 2b added (volunteer 1 morning a week).", "Gail Ferencz, LPC  02/02/2026"],
                ["05/04/2026", "Next review (scheduled)", "", ""]], header=True)
    doc.add_paragraph()


plan(
    id="w08", family="A", payer="medicare-psychotherapy", states=[], as_of="2026-03-04",
    gaps=[], notes="Clean. Community mental health center plan with two completed 90-day reviews in a review table; "
                   "'Consumer' labels; signature lines with typed names.",
    org={"name": "Tri-County Community Mental Health Center", "lines": ["Partial Hospitalization Step-Down / Outpatient", "5 Depot Street, Kell, IL 62000"]},
    title="CONSUMER TREATMENT PLAN", df="us",
    idpairs=[("Consumer", "Walter Ngata-Price"), ("DOB", "01/19/1962"), ("Medicare No.", MBI(8)), ("Case No.", "TC-55102"),
             ("Date of Plan", "08/05/2025"), ("Program", "Outpatient (step-down from PHP)")],
    dx=[("F33.1", "Major depressive disorder, recurrent, moderate", True)],
    goals=[G("Depression", "Consumer will manage depression and stay out of the hospital.",
             [O("Consumer will reduce PHQ-9 from 16 to 9 or less.", "2026-02-05"),
              O("Consumer will attend at least 90% of scheduled sessions each month.", "2026-05-05")],
             [IV("CBT", "weekly, 45 min", "G. Ferencz, LPC"), IV("Attendance tracking and outreach", "monthly", "case manager")]),
           G("Structure", "Consumer will have a daily structure.",
             [O("Consumer will follow a written daily schedule on 5 of 7 days, per schedule log.", "2025-11-05"),
              O("Consumer will volunteer 1 morning a week for 8 weeks in a row.", "2026-04-30")],
             [IV("Behavioral activation", "weekly, 45 min", "G. Ferencz, LPC")])],
    services=[{"desc": "Individual psychotherapy", "code": "90834", "amount": "45 minutes", "freq": "Weekly", "dur": "9 months"}],
    lines=[("Expected duration", "9 months (through 05/05/2026)")],
    hooks={"after_goals": _w08_reviews},
    boiler=["rights", "crisis"], sig_style="lines",
    sigs=[S("Consumer", "client", "Walter Ngata-Price", None, "2025-08-05"),
          S("Clinician", "clinician", "Gail Ferencz", "LPC", "2025-08-05")],
    facts_extra={"reviews_done": ["2025-11-04", "2026-02-02"], "next_review": "2026-05-04"},
)

# ----------------------------------------------------------------------------------------------
# Pennsylvania licensed psychiatric outpatient clinics (Medicare psychotherapy + 55 Pa. Code 5200)
# ----------------------------------------------------------------------------------------------
NPI_RAMASWAMY = npi("152290447")

plan(
    id="w09", family="K", payer="medicare-psychotherapy", states=["pa-55-5200"], as_of="2026-02-16",
    gaps=[], notes="Clean. County-contract outpatient clinic form: check boxes, a full page of rights/consent/crisis "
                   "boilerplate before the clinical sections, identifiers in a header table, 'Individual' labels, "
                   "psychiatrist approval row in the signature table.",
    org={"name": "Susquehanna Bend Behavioral Health Clinic", "lines": ["Licensed Psychiatric Outpatient Clinic (55 Pa. Code ch. 5200)", "820 Canal St, Millbrook Junction, PA 17000 - 555-0161"]},
    title="Individual Treatment Plan", df="us",
    header=["Susquehanna Bend BHC"],
    header_table=[["Individual: Raymond J. Tolliver", "DOB: 06/03/1955", f"Medicare ID: {MBI(9)}"]],
    checkboxes=[("Initial plan", True), ("Plan update", False), ("Transfer", False)],
    idpairs=[("Individual's name", "Raymond J. Tolliver"), ("Clinic record #", "SB-24-0912"),
             ("Intake / assessment date", "12/02/2025"), ("Plan completed", "12/19/2025"),
             ("Mental health professional", "Hope Castellano, LPC"), ("Payer", "Medicare Part B")],
    boiler_first=["rights", "consent", "crisis", "grievance"],
    dx=[("F33.1", "Major depressive disorder, recurrent, moderate", True), ("F40.10", "Social phobia, unspecified", False)],
    narrative=[("Section 3. Strengths and preferences", "Raymond is a retired mail carrier who likes fishing and his grandchildren. Prefers morning appointments.")],
    goals=[G("Mood", "\"I want to stop sitting in the house all day.\"",
             [O("Raymond will reduce his PHQ-9 score from 18 to 10 or lower.", "2026-03-31"),
              O("Raymond will leave the house for an activity he chooses at least 4 days a week, per weekly log.", "2026-03-15")],
             [IV("Individual CBT", "weekly, 45 min"), IV("Medication evaluation and management", "monthly")]),
           G("Social anxiety", "\"I want to be able to go to my grandson's games.\"",
             [O("Raymond will attend at least 2 of his grandson's games a month.", "2026-04-30"),
              O("Raymond will rate his anxiety at a game at 4/10 or lower on 3 occasions.", "2026-05-31")],
             [IV("Graded exposure", "weekly, 45 min")])],
    client_word="individual",
    services=[{"desc": "Individual psychotherapy", "code": "90834", "amount": "45 minutes", "freq": "Weekly", "dur": "6 months"},
              {"desc": "Psychiatric medication management", "code": "99213", "amount": "15-20 minutes", "freq": "Monthly", "dur": "6 months"}],
    lines=[("Expected duration of treatment", "6 months (through 06/19/2026)"), ("Plan review due", "06/19/2026")],
    sigs=[S("Individual", "client", "Raymond J. Tolliver", None, "2025-12-19"),
          S("Mental health professional", "clinician", "Hope Castellano", "LPC", "2025-12-19"),
          S("Psychiatrist approval", "physician", "Priya Ramaswamy", "MD", "2025-12-22", npi=NPI_RAMASWAMY)],
)

plan(
    id="w10", family="H", payer="medicare-psychotherapy", states=["pa-55-5200"], as_of="2026-01-15",
    gaps=[["plan-late"]],
    notes="Gap: intake 10/01/2025, plan completed 11/12/2025 = 42 days (Pennsylvania allows 30). EHR export with "
          "values in content controls and date pickers, auto-numbered objectives, 'Client' labels.",
    org={"name": "Allegheny Foothills Counseling Clinic", "lines": ["Outpatient Psychiatric Clinic", "14 Forge Rd, Ridley Gap, PA 15000"]},
    title="Treatment Plan", df="us",
    header=["AFCC Outpatient | Client: Harriet Voss-Mendel | DOB 02/27/1952"],
    idpairs=[("Client", "Harriet Voss-Mendel"), ("Date of birth", ("02/27/1952", D("1952-02-27"))),
             ("Medicare beneficiary identifier", MBI(10)), ("Intake date", ("10/01/2025", D("2025-10-01"))),
             ("Treatment plan date", ("11/12/2025", D("2025-11-12"))), ("Clinician", "Marcus Oyelowo, LCSW")],
    dx=[("F43.23", "Adjustment disorder with mixed anxiety and depressed mood", True)],
    narrative=[("Reason for services", "Client moved into senior housing after selling the family farm and reports tearfulness, "
                                       "worry and poor sleep.")],
    goals=[G("Adjustment to move", "Client will feel settled in her new home.",
             [O("Client will attend at least 2 activities in her building each week, per her calendar", "2026-01-31"),
              O("Client will reduce her GAD-7 score from 13 to 7 or below", "2026-02-28")],
             [IV("Supportive and cognitive behavioral psychotherapy", "every 2 weeks, 45 minutes")]),
           G("Sleep", "Client will sleep better.",
             [O("Client will sleep at least 6 hours on 5 of 7 nights, per sleep log", "2026-02-13")],
             [IV("Sleep hygiene and stimulus control", "every 2 weeks, 45 minutes")])],
    services=[{"desc": "Psychotherapy", "code": "90834", "amount": "45 minutes", "freq": "Every 2 weeks", "dur": "4 months"}],
    lines=[("Expected duration", "4 months (through 03/12/2026)")],
    boiler=["consent", "crisis"],
    sigs=[S("Client", "client", "Harriet Voss-Mendel", None, "2025-11-12", sigtext="Signed (paper copy scanned)"),
          S("Clinician", "clinician", "Marcus Oyelowo", "LCSW", "2025-11-12", sigtext="e-signed"),
          S("Psychiatric CRNP (plan approval)", "physician", "Dana Ishikawa", "CRNP", "2025-11-14", sigtext="e-signed")],
    facts_extra={"physician_cred_note": "CRNP = NP"},
)

plan(
    id="w11", family="B", payer="medicare-psychotherapy", states=["pa-55-5200"], as_of="2026-03-09",
    gaps=[["objective-missing"]],
    notes="Gap: Goal 2 (panic) has no objectives ('objectives to be developed at next session'); the goal itself "
          "is measurable. Narrative layout with Heading styles, numbered objectives as 'List Number' paragraphs, "
          "typed signature lines.",
    org={"name": "Keystone Ridge Outpatient Psychiatry", "lines": ["An outpatient psychiatric clinic licensed under 55 Pa. Code ch. 5200", "300 Lehigh Ave, Fallon, PA 18000"]},
    title="Initial Treatment Plan",
    header=["Keystone Ridge Outpatient Psychiatry", f"Beatrice Okafor-Lund | DOB 11/05/1959 | Medicare {MBI(11)}"],
    df="us",
    top_lines=[("Intake date", "01/06/2026"), ("Treatment plan date", "01/27/2026"), ("Therapist", "Simone Achterberg, LPC")],
    narrative=[("Presenting problem", "Panic attacks several times a week and low mood since retiring from nursing.")],
    dx=[("F41.0", "Panic disorder [episodic paroxysmal anxiety]", True), ("F32.1", "Major depressive disorder, single episode, moderate", False)],
    goals=[G(None, "Beatrice will enjoy her retirement activities again.",
             [O("Beatrice will reduce her PHQ-9 score from 15 to 8 or below.", "2026-04-27"),
              O("Beatrice will join 1 community group and attend at least 3 times a month.", "2026-04-27")],
             [IV("CBT with behavioral activation", "weekly, 45 minutes")]),
           G(None, "Beatrice will reduce panic attacks from about 4 per week to no more than 1 per week by 05/27/2026.",
             [], [IV("Panic control treatment", "weekly, 45 minutes")])],
    obj_style="List Number", obj_fmt="Objective {g}.{o}",
    hooks={"after_goal_2": lambda doc, p: para(doc, "Objectives for this goal will be developed with Beatrice at the next session.", italic=True)},
    services=[{"desc": "Individual psychotherapy", "code": "90834", "amount": "45 minutes", "freq": "Weekly", "dur": "4 months"}],
    lines=[("Expected duration of treatment", "4 months")],
    boiler=["rights"], sig_style="lines",
    sigs=[S("Individual", "client", "Beatrice Okafor-Lund", None, "2026-01-27"),
          S("Therapist", "clinician", "Simone Achterberg", "LPC", "2026-01-27"),
          S("Psychiatrist", "physician", "Leopold Marchand", "DO", "2026-01-29")],
)

plan(
    id="w12", family="A", payer="medicare-psychotherapy", states=["pa-55-5200"], as_of="2026-01-12",
    gaps=[["signature-missing"]],
    notes="Gap: the client's row of the signature table has the printed name but no signature and no date. "
          "Agency table form with 'Consumer' labels and boxed consent text.",
    org={"name": "Three Rivers Family Behavioral Health", "lines": ["Outpatient Psychiatric Clinic - 45 Smithfield Way, Carnegie Hollow, PA 15100"]},
    title="TREATMENT PLAN", df="us",
    idpairs=[("Consumer", "Terrence Oyelaran"), ("DOB", "09/23/1950"), ("Medicare #", MBI(12)), ("MR #", "TRF-31877"),
             ("Intake Date", "11/03/2025"), ("Plan Date", "11/24/2025"), ("Therapist", "Lucia Brandt, LCSW"), ("Psychiatrist", "Farid Nassar, MD")],
    dx=[("F41.1", "Generalized anxiety disorder", True)],
    narrative=[("Presenting Problem", "Constant worry about finances and his wife's health; muscle tension and irritability.")],
    goals=[G("Worry", "Consumer will spend less of his day worrying.",
             [O("Consumer will reduce GAD-7 from 16 to 8 or below.", "2026-02-24"),
              O("Consumer will use a scheduled 20-minute worry period on at least 5 days a week.", "2026-01-24")],
             [IV("CBT for GAD", "Weekly, 45 min", "L. Brandt, LCSW"), IV("Progressive muscle relaxation", "Weekly, 45 min", "L. Brandt, LCSW")])],
    services=[{"desc": "Individual psychotherapy", "code": "90834", "amount": "45 minutes", "freq": "Weekly", "dur": "16 weeks"}],
    lines=[("Expected Duration", "16 weeks (through 03/16/2026)")],
    boiler=["rights", "crisis", "consent"], boxed=("consent",),
    sigs=[S("Consumer", "client", "Terrence Oyelaran", None, None, signed=False, sigtext=""),
          S("Therapist", "clinician", "Lucia Brandt", "LCSW", "2025-11-24"),
          S("Psychiatrist (approval)", "physician", "Farid Nassar", "MD", "2025-11-26")],
)

plan(
    id="w13", family="G", payer="medicare-psychotherapy", states=["pa-55-5200"], as_of="2026-03-16",
    gaps=[["signature-missing"], ["field-missing"]],
    notes="Gaps: (1) the psychiatrist/advanced practice approval row is empty (no name, signature or date); (2) no "
          "member/Medicare ID anywhere (only the clinic chart number). Nested tables for identification and objectives.",
    org={"name": "Penn Laurel Counseling Services", "lines": ["Licensed outpatient psychiatric clinic", "9 Quarry Hill Rd, Ashby Falls, PA 16800"]},
    title="Treatment Plan", df="us",
    header=["Penn Laurel Counseling Services - Treatment Plan"],
    idpairs=[("Name", "Evelyn Sandoval-Reyes"), ("Date of birth", "03/15/1954"), ("Chart no.", "PLC-0042871"),
             ("Intake date", "01/12/2026"), ("Plan date", "02/02/2026"), ("Insurance", "Medicare Part B (card on file)")],
    dx=[("F43.10", "Post-traumatic stress disorder, unspecified", True)],
    goals=[G("Trauma reminders", "Evelyn will be able to drive past the accident site and ride in a car without panic.",
             [O("Evelyn will reduce her PCL-5 from 47 to 30 or lower.", "2026-05-04"),
              O("Evelyn will ride as a passenger on the highway for 20 minutes with distress at 3/10 or lower, 3 times.", "2026-04-20")],
             [IV("Prolonged exposure", "weekly, 60 minutes"), IV("In-vivo exposure homework review", "weekly")])],
    services=[{"desc": "Individual psychotherapy", "code": "90837", "amount": "60 minutes", "freq": "Weekly", "dur": "14 weeks"}],
    lines=[("Expected duration", "14 weeks (through 05/11/2026)")],
    boiler=["rights", "crisis"],
    sigs=[S("Individual", "client", "Evelyn Sandoval-Reyes", None, "2026-02-02"),
          S("Mental health professional", "clinician", "Owen Halloran", "LPC", "2026-02-02"),
          S("Psychiatrist / advanced practice professional approval", "physician", None, None, None, signed=False)],
)

plan(
    id="w14", family="J", payer="medicare-psychotherapy", states=["pa-55-5200"], as_of="2026-02-27",
    gaps=[], notes="Clean. Landscape grid layout with merged problem/goal cells, dates written like 'January 12, 2026', "
                   "nurse practitioner (PMHNP) approval, client and therapist signatures in a table.",
    org={"name": "Lackawanna Valley Psychiatric Associates", "lines": ["Outpatient Clinic - 12 Spruce St, Olyphant Ridge, PA 18400"]},
    title="Individualized Treatment Plan", df="long",
    header=["LVPA | Client: Dmitri Kessler-Ward | DOB January 30, 1990"],
    idpairs=[("Client", "Dmitri Kessler-Ward"), ("DOB", "January 30, 1990"), ("Medicare ID", MBI(14)),
             ("Intake", "January 12, 2026"), ("Plan date", "January 29, 2026"), ("Therapist", "Abigail Fenwick, LCSW")],
    dx=[("F25.0", "Schizoaffective disorder, bipolar type", True)],
    narrative=[("Strengths", "Lives with his brother, attends a clubhouse program, enjoys drawing."),
               ("Eligibility", "Medicare on disability since 2021.")],
    goals=[G("Symptom management", "Dmitri will stay out of the hospital and keep his apartment.",
             [O("Dmitri will identify 3 early warning signs of relapse and one action for each, written in his relapse plan.", "2026-03-12"),
              O("Dmitri will attend at least 3 of 4 therapy sessions each month.", "2026-04-29")],
             [IV("Illness management and recovery (IMR)", "weekly, 45 minutes", "Therapist"),
              IV("Medication management", "monthly", "PMHNP")]),
           G("Daily structure", "Dmitri will keep a regular daily routine.",
             [O("Dmitri will attend the clubhouse at least 3 days per week, per attendance sheet.", "2026-04-29")],
             [IV("Skills training and coordination with clubhouse", "weekly, 45 minutes", "Therapist")])],
    grid_cols=("Problem", "Goal", "Objective", "Target date", "Modality", "Frequency", "Staff"),
    services=[{"desc": "Individual psychotherapy", "code": "90834", "amount": "45 minutes", "freq": "Weekly", "dur": "6 months"},
              {"desc": "Medication management", "code": "99213", "amount": "20 minutes", "freq": "Monthly", "dur": "6 months"}],
    lines=[("Expected duration", "6 months (through July 29, 2026)")],
    boiler=["rights", "crisis"],
    sigs=[S("Client", "client", "Dmitri Kessler-Ward", None, "2026-01-29"),
          S("Therapist", "clinician", "Abigail Fenwick", "LCSW", "2026-01-29"),
          S("Approving practitioner", "physician", "Tomasz Wierzbicki", "PMHNP-BC, CRNP", "2026-02-02")],
)

# ----------------------------------------------------------------------------------------------
# Medicare Part B outpatient therapy (hospital outpatient rehabilitation departments)
# ----------------------------------------------------------------------------------------------
LAKESHORE = {"name": "Lakeshore Regional Medical Center", "lines": ["Outpatient Rehabilitation Services", "600 Shoreline Blvd, Penwick, MI 49000", "Tel 555-0190  Fax 555-0191"]}

plan(
    id="w15", family="C", payer="medicare-outpatient-therapy", states=[], as_of="2026-03-03",
    gaps=[], notes="Clean. Hospital outpatient PT plan of care: header table, ID grid, objective measures table, STG/LTG "
                   "lines with dates, CPT table, physician certification box (bordered table with merged rows).",
    org=LAKESHORE, title="PHYSICAL THERAPY PLAN OF CARE / INITIAL CERTIFICATION", df="us",
    header=["Patient: Ruth Delacroix-Munn  |  MRN 3390127"],
    idpairs=[("Patient", "Ruth Delacroix-Munn"), ("DOB", "05/30/1947"), ("Medicare ID", MBI(15)), ("MRN", "3390127"),
             ("Referring physician", "Alan Whitcombe, MD"), ("Onset / surgery date", "12/29/2025 (R TKA)"),
             ("Initial evaluation (first treatment) date", "01/12/2026"), ("Plan of care date", "01/12/2026"),
             ("Certification period", "01/12/2026 - 04/11/2026"), ("Visits authorized", "Medicare Part B")],
    dx=[("Z47.1", "Aftercare following joint replacement surgery", True), ("Z96.651", "Presence of right artificial knee joint", False),
        ("R26.89", "Other abnormalities of gait and mobility", True)],
    narrative=[("Assessment", "78-year-old woman 2 weeks after right total knee arthroplasty with limited knee motion, "
                              "quadriceps weakness and antalgic gait with a rolling walker. Good rehab potential.")],
    measures=[["Measure", "Initial", "Norm / goal"], ["R knee flexion AROM", "82 deg", "110 deg"],
              ["R knee extension", "-8 deg", "0 deg"], ["Timed Up and Go", "24 sec", "< 14 sec"], ["Gait", "75 ft RW, CGA", "300 ft SPC, mod I"]],
    stg=[("Increase R knee flexion AROM from 82 to 100 degrees", D("2026-02-09")),
         ("Ambulate 150 feet with rolling walker and supervision", D("2026-02-09"))],
    ltg=[("Increase R knee flexion AROM to at least 110 degrees and extension to 0 degrees", D("2026-03-09")),
         ("Ambulate 300 feet with a single-point cane, modified independent, on level and uneven surfaces", D("2026-03-09")),
         ("Complete Timed Up and Go in under 14 seconds", D("2026-03-09"))],
    services=[{"code": "97110", "desc": "Therapeutic exercise"}, {"code": "97140", "desc": "Manual therapy"},
              {"code": "97116", "desc": "Gait training"}, {"code": "97530", "desc": "Therapeutic activities"}],
    lines=[("Frequency", "3x/week"), ("Duration", "8 weeks"), ("Home program", "Issued 01/12/2026")],
    therapist=S("Physical Therapist", "clinician", "Jonah Pellerin", "PT, DPT", "2026-01-12", npi=npi("188406553")),
    physician=S("Physician", "physician", "Alan Whitcombe", "MD", "2026-01-20", npi=npi("142987766")),
    facts_extra={"first_tx": "2026-01-12", "period": ("2026-01-12", "2026-04-11")},
)

plan(
    id="w16", family="C", payer="medicare-outpatient-therapy", states=[], as_of="2026-03-20",
    gaps=[], notes="Clean. Hospital outpatient OT plan of care with goals in a table (term, baseline, target date), "
                   "certification signed by a nurse practitioner, dates like 'Feb 3, 2026'.",
    org={"name": "Granite Falls Community Hospital", "lines": ["Occupational Therapy - Outpatient Neuro Rehab", "22 Mill Pond Rd, Granite Falls, NH 03000"]},
    title="Occupational Therapy Plan of Care", df="abbr", goal_mode="table",
    header=["GFCH OT | Beaumont, Clifford"],
    idpairs=[("Name", "Clifford A. Beaumont"), ("Birth date", "Sep 17, 1944"), ("MBI", MBI(16)), ("Acct", "GF-8812034"),
             ("Eval date / 1st visit", "Feb 3, 2026"), ("POC date", "Feb 3, 2026"),
             ("Cert. from", "Feb 3, 2026"), ("Cert. through", "May 3, 2026"), ("Referring", "Colleen Hartigan, NP")],
    dx=[("I69.354", "Hemiplegia and hemiparesis following cerebral infarction affecting left non-dominant side", True),
        ("I10", "Essential (primary) hypertension", False)],
    narrative=[("Summary", "Right MCA stroke 11/2025, discharged home from inpatient rehab 01/28/2026. Needs help with "
                           "dressing and bathing; left hand weak. Wife assists at home.")],
    goal_rows=[("Short", "Don a pullover shirt with set-up only using hemi-dressing technique", "Moderate assist", D("2026-03-03")),
               ("Short", "Grasp and release 10 one-inch blocks with the left hand in under 2 minutes", "4 blocks in 2 minutes", D("2026-03-17")),
               ("Long", "Complete upper and lower body dressing with modified independence", "Moderate assist", D("2026-04-28")),
               ("Long", "Shower using a tub bench with supervision only", "Maximal assist", D("2026-04-28"))],
    services=[{"code": "97165", "desc": "OT evaluation, low complexity (completed)"}, {"code": "97535", "desc": "Self-care / home management training"},
              {"code": "97530", "desc": "Therapeutic activities"}, {"code": "97112", "desc": "Neuromuscular re-education"}],
    lines=[("Frequency", "2 times a week"), ("Duration", "12 weeks"), ("Rehab potential", "Good")],
    therapist=S("Occupational Therapist", "clinician", "Maren Olufsen", "OTR/L", "2026-02-03", style="esign"),
    physician=S("Certifying NPP", "physician", "Colleen Hartigan", "NP", "2026-02-10", npi=npi("167734209")),
    cert_heading="CERTIFICATION - PHYSICIAN / NON-PHYSICIAN PRACTITIONER",
    facts_extra={"first_tx": "2026-02-03", "period": ("2026-02-03", "2026-05-03")},
)

plan(
    id="w17", family="B", payer="medicare-outpatient-therapy", states=[], as_of="2026-03-05",
    gaps=[], notes="Clean. Hospital speech-language pathology plan of care written as a narrative with Heading styles, "
                   "bulleted goals and e-signature stamps for the SLP and the certifying physician (DO).",
    org={"name": "Bayfield Mercy Hospital - Speech-Language Pathology", "lines": ["Outpatient Therapy Department, 5 Beacon St, Bayfield, WI 54000"]},
    title="Speech-Language Pathology Plan of Care",
    header=["Bayfield Mercy Hospital", f"Pt: Agnes Thorvaldsen | DOB 12/01/1940 | MBI {MBI(17)} | MRN 55-20-114"],
    df="us",
    top_lines=[("Evaluation date (first treatment)", "01/20/2026"), ("Plan of care date", "01/20/2026"),
               ("Certification period", "01/20/2026 through 04/19/2026"), ("Referring physician", "Marcus Feld, DO")],
    narrative=[("Evaluation summary", "Modified barium swallow 01/15/2026 showed delayed swallow initiation with "
                                      "penetration on thin liquids. Patient currently on mildly thick liquids. Goal is "
                                      "a safe return to thin liquids.")],
    dx=[("I69.391", "Dysphagia following cerebral infarction", True), ("R13.12", "Dysphagia, oropharyngeal phase", False)],
    prim_suffix=" (treatment diagnosis)",
    goals=[G(None, "Patient will safely take thin liquids by cup with no signs of aspiration.",
             [O("Patient will perform the effortful swallow correctly in 8 of 10 trials with minimal cues.", "2026-02-17"),
              O("Patient will take thin liquids by cup with chin tuck with no overt signs of aspiration in 90% of trials.", "2026-03-17")],
             [IV("Dysphagia treatment (92526): effortful swallow, chin tuck, Shaker exercise", "2x/week")]),
           G(None, "Patient will manage a regular-texture diet with her daughter preparing meals.",
             [O("Patient will eat a soft solid meal with no more than 1 cough per meal across 3 sessions.", "2026-04-14")],
             [IV("Caregiver training on safe swallowing strategies", "2x/week")])],
    goal_word="Long-term goal", obj_fmt="Short-term goal {g}{a}", by_word="- by",
    services=[{"desc": "Treatment of swallowing dysfunction", "code": "92526", "amount": "1 unit per visit", "freq": "2x/week", "dur": "12 weeks"}],
    lines=[("Frequency", "2x/week"), ("Duration", "12 weeks")],
    sigs=[S("Speech-Language Pathologist", "clinician", "Priscilla Nwachukwu", "MS, CCC-SLP", "2026-01-20", time="3:55 PM"),
          S("Certifying Physician", "physician", "Marcus Feld", "DO", "2026-01-28", time="8:12 AM", npi=npi("119057732"))],
    facts_extra={"first_tx": "2026-01-20", "period": ("2026-01-20", "2026-04-19")},
)

plan(
    id="w18", family="C", payer="medicare-outpatient-therapy", states=[], as_of="2026-01-06",
    gaps=[["signature-late"]],
    notes="Gap: physician certification dated 12/19/2025, 45 days after the first treatment (evaluation) on "
          "11/04/2025; due within 30 days (by 12/04/2025). A warning under the 2025-01 profile version. PT plan of care layout.",
    org=LAKESHORE, title="PHYSICAL THERAPY PLAN OF CARE / INITIAL CERTIFICATION", df="us",
    header=["Patient: Frederick Oyama  |  MRN 3388410"],
    idpairs=[("Patient", "Frederick Oyama"), ("DOB", "01/08/1949"), ("Medicare ID", MBI(18)), ("MRN", "3388410"),
             ("Referring physician", "Sandra Beaulieu, MD"), ("Onset date", "09/2025"),
             ("Initial evaluation (first treatment) date", "11/04/2025"), ("Plan of care date", "11/04/2025"),
             ("Certification period", "11/04/2025 - 02/01/2026"), ("Payer", "Medicare Part B")],
    dx=[("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication", True), ("R26.2", "Difficulty in walking, not elsewhere classified", True)],
    narrative=[("Assessment", "Walking tolerance limited to 5 minutes by leg pain; unable to shop. Good potential.")],
    measures=[["Measure", "Initial", "Goal"], ["6-minute walk", "410 ft", "900 ft"], ["Oswestry", "46%", "< 25%"]],
    stg=[("Walk 10 minutes continuously with leg pain at 3/10 or less", D("2025-12-02"))],
    ltg=[("Walk 900 feet in the 6-minute walk test", D("2026-01-27")), ("Reduce Oswestry disability score from 46% to below 25%", D("2026-01-27"))],
    services=[{"code": "97110", "desc": "Therapeutic exercise"}, {"code": "97112", "desc": "Neuromuscular re-education"},
              {"code": "97140", "desc": "Manual therapy"}],
    lines=[("Frequency", "2x/week"), ("Duration", "12 weeks")],
    therapist=S("Physical Therapist", "clinician", "Jonah Pellerin", "PT, DPT", "2025-11-04"),
    physician=S("Physician", "physician", "Sandra Beaulieu", "MD", "2025-12-19", npi=npi("170033482")),
    facts_extra={"first_tx": "2025-11-04", "period": ("2025-11-04", "2026-02-01")},
)

plan(
    id="w19", family="C", payer="medicare-outpatient-therapy", states=[], as_of="2026-03-12",
    gaps=[["credential-not-permitted"]],
    unsure=["signature-missing"],
    notes="Gap: the certification box is signed by a chiropractor (DC), who cannot certify a Medicare therapy plan. "
          "signature-missing left out of must_not_report: a tool may also treat the DC signature as no physician/NPP "
          "signature. PT plan of care, goals in a table.",
    org={"name": "Hollis County Hospital", "lines": ["Outpatient Physical Therapy", "1 Hospital Dr, Hollis, KS 67000"]},
    title="Physical Therapy Plan of Care", df="us", goal_mode="table",
    header=["Hollis County Hospital PT"],
    idpairs=[("Patient name", "Leona Baptiste-Harrow"), ("DOB", "04/14/1953"), ("Medicare #", MBI(19)), ("Acct #", "HC-902113"),
             ("Referral from", "Dean Marchetti, DC"), ("Evaluation date", "02/02/2026"), ("Plan date", "02/02/2026"),
             ("Certification period", "02/02/2026 to 05/01/2026")],
    dx=[("M54.16", "Radiculopathy, lumbar region", True)],
    narrative=[("Assessment", "Low back pain with right leg radiating pain for 3 months; sitting tolerance 15 minutes.")],
    goal_rows=[("STG", "Sit 30 minutes with pain at 3/10 or less", "15 minutes, 6/10 pain", D("2026-03-02")),
               ("LTG", "Reduce Oswestry score from 38% to 18% or less", "38%", D("2026-04-27")),
               ("LTG", "Lift 15 lb from floor to waist with correct mechanics, 5 repetitions", "Unable", D("2026-04-27"))],
    services=[{"code": "97110", "desc": "Therapeutic exercise"}, {"code": "97140", "desc": "Manual therapy"}, {"code": "97530", "desc": "Therapeutic activities"}],
    lines=[("Frequency", "2x per week"), ("Duration", "12 weeks")],
    therapist=S("Therapist", "clinician", "Anders Kjeldsen", "PT", "2026-02-02"),
    physician=S("Certifying provider", "physician", "Dean Marchetti", "DC", "2026-02-09", npi=npi("155209318")),
    facts_extra={"first_tx": "2026-02-02", "period": ("2026-02-02", "2026-05-01")},
)

plan(
    id="w20", family="G", payer="medicare-outpatient-therapy", states=[], as_of="2026-02-20",
    gaps=[["review-interval-exceeded"]],
    notes="Gap: certification period 01/05/2026 to 05/04/2026 is 119 days (and duration 16 weeks) with no "
          "recertification before day 90 (due by 04/05/2026). Nested-table layout: goals in outer tables, STGs in nested tables.",
    org={"name": "Whitfield Orthopedic Hospital", "lines": ["Hand & Upper Extremity Therapy Clinic", "70 Larch Ave, Whitfield, CT 06000"]},
    title="Occupational Therapy Plan of Care", df="us",
    header=["Whitfield Orthopedic Hospital - Hand Therapy"],
    idpairs=[("Patient", "Marguerite Okonjo"), ("DOB", "06/19/1950"), ("Medicare number", MBI(20)), ("MRN", "WOH-661207"),
             ("Date of injury", "11/22/2025"), ("Initial evaluation / first treatment", "01/05/2026"),
             ("Plan of care date", "01/05/2026"), ("Certification period", "01/05/2026 - 05/04/2026"),
             ("Referring surgeon", "Philippe Arcand, MD")],
    dx=[("S52.531D", "Colles' fracture of right radius, subsequent encounter for closed fracture with routine healing", True)],
    narrative=[("Assessment", "ORIF right distal radius 11/24/2025; cast removed 01/02/2026. Stiff wrist, grip 8 lb (left 42 lb).")],
    goals=[G("Wrist motion", "Patient will regain functional wrist motion for self-care.",
             [O("Increase R wrist extension from 20 to 45 degrees", "2026-02-16"),
              O("Increase R wrist extension to 60 degrees and flexion to 55 degrees", "2026-04-27")],
             [IV("Therapeutic exercise (97110), manual therapy (97140)", "2x/week")]),
           G("Grip and function", "Patient will return to cooking and gardening.",
             [O("Increase R grip strength from 8 lb to 30 lb", "2026-04-27"),
              O("Lift a full 2-quart saucepan with the right hand independently", "2026-04-27")],
             [IV("Therapeutic activities (97530)", "2x/week")])],
    goal_word="LONG-TERM GOAL", nested_cols=("#", "Short-term / measurable goal", "Target", "Treatment"),
    services=[{"desc": "Therapeutic exercise", "code": "97110", "amount": "2 units", "freq": "2x/week", "dur": "16 weeks"},
              {"desc": "Manual therapy", "code": "97140", "amount": "1 unit", "freq": "2x/week", "dur": "16 weeks"},
              {"desc": "Therapeutic activities", "code": "97530", "amount": "1 unit", "freq": "2x/week", "dur": "16 weeks"}],
    lines=[("Frequency / duration", "2x/week for 16 weeks")],
    sig_style="table",
    sigs=[S("Occupational therapist", "clinician", "Renee Castellanos", "OTR/L, CHT", "2026-01-05"),
          S("Certifying physician", "physician", "Philippe Arcand", "MD", "2026-01-14", npi=npi("129944018"))],
    facts_extra={"first_tx": "2026-01-05", "period": ("2026-01-05", "2026-05-04")},
)

plan(
    id="w21", family="C", payer="medicare-outpatient-therapy", states=[], as_of="2026-03-23",
    gaps=[["goal-not-measurable"]],
    notes="Gap: functional goal 4 ('improve balance and feel more confident walking in the community') names no "
          "measure or level; the other goals are measurable. PT plan of care with an auto-numbered goal list.",
    org={"name": "Eastbrook Medical Center", "lines": ["Outpatient Rehabilitation - Balance & Falls Clinic", "410 Eastbrook Pkwy, Corley, VA 23000"]},
    title="Physical Therapy Plan of Care", df="us", goal_mode="flat",
    header=["Eastbrook Medical Center Rehab"],
    idpairs=[("Patient", "Cornelius Abernethy-Stokes"), ("DOB", "02/11/1943"), ("Medicare ID", MBI(21)), ("MRN", "EMC-1120458"),
             ("Evaluation date (first treatment)", "02/16/2026"), ("Plan of care date", "02/16/2026"),
             ("Cert period", "02/16/2026 - 05/16/2026"), ("Physician", "Ingrid Salazar-Pike, MD")],
    dx=[("R26.81", "Unsteadiness on feet", True), ("Z91.81", "History of falling", False)],
    narrative=[("Assessment", "Two falls at home in 3 months. Berg 39/56; TUG 19 sec; walks with a cane.")],
    measures=[["Test", "Score"], ["Berg Balance Scale", "39/56"], ["Timed Up and Go", "19 sec"]],
    flat_goals=[("Increase Berg Balance Scale score from 39 to 48 or higher", D("2026-04-13")),
                ("Complete Timed Up and Go in 13 seconds or less with cane", D("2026-04-13")),
                ("Climb 12 stairs with one rail and cane, modified independent", D("2026-04-13")),
                ("Patient will improve balance and feel more confident when walking in the community", D("2026-04-13"))],
    services=[{"code": "97112", "desc": "Neuromuscular re-education (balance)"}, {"code": "97116", "desc": "Gait training"},
              {"code": "97110", "desc": "Therapeutic exercise"}],
    lines=[("Frequency", "2x/week"), ("Duration", "8 weeks")],
    therapist=S("Physical Therapist", "clinician", "Lydia Farrant", "PT, DPT", "2026-02-16"),
    physician=S("Physician", "physician", "Ingrid Salazar-Pike", "MD", "2026-02-24"),
    facts_extra={"first_tx": "2026-02-16", "period": ("2026-02-16", "2026-05-16")},
)

plan(
    id="w22", family="C", payer="medicare-outpatient-therapy", states=[], as_of="2026-03-02",
    gaps=[["duration-missing"]],
    notes="Gap: duration reads 'until goals are met' (no weeks, sessions or end date); the certification period is "
          "stated but Medicare therapy needs the duration of treatment itself. SLP plan of care, STG/LTG lines.",
    org={"name": "Northgate Memorial Hospital", "lines": ["Speech Pathology - Outpatient", "88 Northgate Rd, Alder Springs, CO 80000"]},
    title="SPEECH THERAPY PLAN OF CARE", df="us",
    header=["Northgate Memorial SLP"],
    idpairs=[("Patient", "Winifred Castellanos-Boyd"), ("DOB", "10/28/1946"), ("Medicare", MBI(22)), ("MRN", "NMH-229175"),
             ("Evaluation / first treatment", "01/26/2026"), ("Plan date", "01/26/2026"),
             ("Certification period", "01/26/2026 - 04/25/2026"), ("Physician", "Reuben Adeyemi, MD")],
    dx=[("I69.320", "Aphasia following cerebral infarction", True), ("R47.01", "Aphasia", False)],
    narrative=[("Assessment", "Left MCA stroke 12/2025. Western Aphasia Battery AQ 58. Word-finding errors in most sentences.")],
    stg=[("Name 15 of 20 common objects with minimal cues", D("2026-02-23")),
         ("Follow 2-step commands with 80% accuracy", D("2026-02-23"))],
    ltg=[("Produce 4-6 word sentences to state needs in 80% of opportunities", D("2026-03-23")),
         ("Use a written communication board to order a meal independently", D("2026-03-23"))],
    services=[{"code": "92507", "desc": "Treatment of speech, language, voice, communication"}],
    lines=[("Frequency", "2x/week"), ("Duration", "until goals are met"), ("Rehab potential", "Good")],
    therapist=S("Speech-Language Pathologist", "clinician", "Imogen Tallis", "CCC-SLP", "2026-01-26"),
    physician=S("Physician", "physician", "Reuben Adeyemi", "MD", "2026-02-03"),
    facts_extra={"first_tx": "2026-01-26", "period": ("2026-01-26", "2026-04-25")},
)

plan(
    id="w23", family="H", payer="medicare-outpatient-therapy", states=[], as_of="2026-02-25",
    gaps=[["plan-late"]],
    notes="Gap: first treatment (initial evaluation) 01/07/2026 but the plan of care is dated 01/21/2026, 14 days later "
          "(a warning). EHR export with content controls and date pickers; goals as numbered list.",
    org={"name": "Sagebrush Valley Hospital", "lines": ["Outpatient Physical Therapy", "15 Ranch Rd, Sage Flats, NV 89000"]},
    title="PT Plan of Care", df="mdy",
    header=["SVH PT | Patient: Osgood, Bernadette"],
    idpairs=[("Patient", "Bernadette Osgood"), ("DOB", ("7/4/1948", D("1948-07-04"))), ("Medicare ID", MBI(23)),
             ("Initial evaluation date (first treatment day)", ("1/7/2026", D("2026-01-07"))),
             ("Plan of care date", ("1/21/2026", D("2026-01-21"))),
             ("Certification period", "1/7/2026 - 4/6/2026")],
    dx=[("M17.11", "Unilateral primary osteoarthritis, right knee", True)],
    narrative=[("Note", "Patient was seen for evaluation and treatment on 1/7/2026 and 1/14/2026; written plan finalized 1/21/2026 "
                        "after the knee injection.")],
    goals=[G(None, "Patient will walk in the community without knee pain limiting her.",
             [O("Walk 1,000 feet without an assistive device with pain 3/10 or less", "2026-03-18"),
              O("Rise from a standard chair without using her hands 5 times in 15 seconds or less", "2026-03-18"),
              O("Climb 12 stairs reciprocally with one rail", "2026-03-31")],
             [IV("Therapeutic exercise 97110, manual therapy 97140, gait training 97116", "2x/week")])],
    goal_word="Goal", by_word="by",
    services=[{"desc": "Therapeutic exercise", "code": "97110", "amount": "2 units", "freq": "2x/week", "dur": "10 weeks"},
              {"desc": "Manual therapy", "code": "97140", "amount": "1 unit", "freq": "2x/week", "dur": "10 weeks"},
              {"desc": "Gait training", "code": "97116", "amount": "1 unit", "freq": "2x/week", "dur": "10 weeks"}],
    lines=[("Duration", "10 weeks")],
    sigs=[S("Physical therapist", "clinician", "Keoni Halvorsen", "PT", "2026-01-21", sigtext="e-signed"),
          S("Certifying physician", "physician", "Adaeze Umeh", "MD", "2026-01-23", sigtext="e-signed", npi=npi("134662090"))],
    facts_extra={"first_tx": "2026-01-07", "period": ("2026-01-07", "2026-04-06")},
)

# ----------------------------------------------------------------------------------------------
# Medicare home health (agency plans of care; CMS-485 layouts and agency narratives)
# ----------------------------------------------------------------------------------------------
HHA_PROV = "Prairie Wind Home Health, LLC\n2800 Grain Elevator Rd, Suite B, Mercer Plains, NE 68000\n555-0120"

NPI_LINDQVIST = npi("181622075")
plan(
    id="w24", family="D", payer="medicare-home-health", states=[], as_of="2026-02-10",
    gaps=[], notes="Clean. CMS-485 style grid: numbered boxes in merged table cells, orders in home-health shorthand "
                   "(2w3, 1w5), goals with dates, physician signature and date in box 27.",
    org={"name": "Prairie Wind Home Health, LLC"}, df="us",
    boxes={"1": MBI(24), "2": "01/05/2026", "3": "From: 01/05/2026   To: 03/05/2026", "4": "PW-26-0113", "5": "287451",
           "6": "Eunice Marlowe-Grant\n1412 Cottonwood Ln, Mercer Plains, NE 68000", "7": HHA_PROV,
           "8": "11/30/1939", "9": "F",
           "10": "Furosemide 40 mg PO daily (C); Metoprolol succinate 50 mg PO daily; Metformin 500 mg PO BID; Oxygen 2 L/min via NC continuous",
           "11": "I50.22  Chronic systolic (congestive) heart failure   12/20/2025 (E)",
           "12": "N/A",
           "13": "E11.9  Type 2 diabetes mellitus without complications   (O)\nZ99.81  Dependence on supplemental oxygen   (O)",
           "14": "Oxygen concentrator, shower chair, rolling walker, scale", "15": "Fall precautions; oxygen safety; no smoking",
           "16": "2 g sodium, 1500 mL fluid restriction, consistent carbohydrate", "17": "Sulfa",
           "18A": "Endurance; ambulation; dyspnea with minimal exertion", "18B": "Up as tolerated; walker",
           "19": "Oriented, forgetful", "20": "Fair",
           "21": "SN 2w3, 1w5 for cardiopulmonary assessment, daily weight review, medication teaching and diabetic teaching.\n"
                 "PT 2w4 for strengthening, gait and transfer training, home safety.\n"
                 "HHA 2w6 for bathing and personal care.\n"
                 "SN PRN x 2 visits for weight gain over 3 lb in 2 days or increased shortness of breath.",
           "22": "1. Patient will weigh herself daily and record weight in log 7 of 7 days by 02/02/2026.\n"
                 "2. Patient will state 4 signs of worsening heart failure and when to call the agency by 02/16/2026.\n"
                 "3. Patient will walk 150 feet with rolling walker and stand-by assist by 02/27/2026.\n"
                 "4. Patient will have no emergency visits or hospital admissions for heart failure through 03/05/2026.\n"
                 "Rehab potential: fair. Discharge plan: discharge to self-care with daughter when goals met.",
           "23": "Verbal SOC 01/05/2026 - /s/ Teresa Valdivia, RN  01/05/2026",
           "24": f"Howard P. Lindqvist, MD\n300 Clinic Way, Mercer Plains, NE 68000\nNPI {NPI_LINDQVIST}",
           "25": "01/13/2026",
           "27": "/s/ Howard P. Lindqvist, MD        Date signed: 01/12/2026"},
    facts_extra={"first_tx": "2026-01-05", "period": ("2026-01-05", "2026-03-05"), "plan": "2026-01-05",
                 "targets": ["2026-02-02", "2026-02-16", "2026-02-27", "2026-03-05"],
                 "sig": {"physician": "2026-01-12", "clinician": "2026-01-05"}},
)

plan(
    id="w25", family="A", payer="medicare-home-health", states=[], as_of="2026-03-09",
    gaps=[], notes="Clean. Agency narrative plan of care in the community-agency table layout: discipline orders in a "
                   "services table, goals per problem with target dates, certification by a nurse practitioner in a signature table.",
    org={"name": "Cardinal Home Health Services", "lines": ["Medicare-certified home health agency", "77 Birch Hollow Rd, Tamsin, SC 29000 - 555-0126"]},
    title="HOME HEALTH PLAN OF CARE", subtitle="Start of care / initial certification", df="us",
    header=[f"Patient: Amos Pettigrew-Hale  MBI {MBI(25)}"],
    idpairs=[("Patient", "Amos Pettigrew-Hale"), ("Date of Birth", "08/02/1941"), ("Medicare (MBI)", MBI(25)), ("Agency MR#", "CHH-4471"),
             ("Start of Care", "02/02/2026"), ("Certification Period", "02/02/2026 - 04/02/2026"),
             ("Certifying Practitioner", "Yvette Okonkwo-Baird, NP"), ("Case Manager", "Daria Lindgren, RN")],
    dx=[("L89.153", "Pressure ulcer of sacral region, stage 3", True), ("E11.9", "Type 2 diabetes mellitus without complications", False),
        ("Z74.09", "Other reduced mobility", False)],
    dx_headers=("ICD-10-CM", "Diagnosis", "Principal"),
    narrative=[("Homebound status", "Requires the assistance of another person and a walker to leave home; leaving home takes a taxing effort.")],
    goals=[G("Sacral wound", "Wound will heal without infection.",
             [O("Sacral wound will decrease from 3.0 x 2.5 cm to 1.5 x 1.0 cm or smaller.", "2026-03-30"),
              O("Wound will show no signs of infection at every SN visit.", "2026-04-02"),
              O("Wife will demonstrate correct dressing change and offloading turns in a return demonstration.", "2026-02-23")],
             [IV("SN wound assessment and care, teach wife dressing change", "SN 3w4, 2w4", "RN"),
              IV("Pressure redistribution teaching", "SN 3w4, 2w4", "RN"),
              IV("Caregiver return demonstration", "SN 3w4, 2w4", "RN")]),
           G("Mobility", "Patient will move safely in his home.",
             [O("Patient will transfer bed to chair with rolling walker and stand-by assist.", "2026-03-16"),
              O("Patient will walk 100 feet with rolling walker and supervision.", "2026-03-30")],
             [IV("PT transfer and gait training, therapeutic exercise", "PT 2w6", "PT")])],
    services=[{"desc": "Skilled nursing - wound care, teaching", "code": "G0299", "amount": "1 visit", "freq": "3w4, then 2w4", "dur": "8 weeks"},
              {"desc": "Physical therapy", "code": "G0151", "amount": "1 visit", "freq": "2w6", "dur": "6 weeks"},
              {"desc": "Home health aide - bathing", "code": "G0156", "amount": "1 visit", "freq": "2w8", "dur": "8 weeks"}],
    service_headers=("Discipline / service", "HCPCS", "Amount", "Frequency", "Duration"),
    lines=[("Rehab potential", "Good"), ("Discharge plan", "Discharge to care of wife when wound < 1 cm and transfers are safe.")],
    boiler=["hipaa"],
    sig_heading="CERTIFICATION",
    sig_intro="I certify that this patient is confined to the home and needs intermittent skilled nursing and physical "
              "therapy. The patient is under my care, I have authorized the services on this plan of care and will "
              "periodically review the plan. A face-to-face encounter was performed on 01/28/2026.",
    sigs=[S("Admitting RN", "clinician", "Daria Lindgren", "RN", "2026-02-02"),
          S("Certifying practitioner", "physician", "Yvette Okonkwo-Baird", "NP", "2026-02-06", npi=npi("176690345"))],
    facts_extra={"first_tx": "2026-02-02", "period": ("2026-02-02", "2026-04-02")},
)

plan(
    id="w26", family="D", payer="medicare-home-health", states=[], as_of="2026-02-16",
    gaps=[["review-overdue"]],
    notes="Gap: the certification period ended 01/29/2026 and the plan records no recertification; on the as-of date "
          "2026-02-16 it is 18 days past. CMS-485 style grid.",
    org={"name": "Prairie Wind Home Health, LLC"}, df="us",
    boxes={"1": MBI(26), "2": "12/01/2025", "3": "From: 12/01/2025   To: 01/29/2026", "4": "PW-25-1187", "5": "287451",
           "6": "Lyle Brandvold\n9 Sumac Ct, Mercer Plains, NE 68000", "7": HHA_PROV, "8": "03/14/1944", "9": "M",
           "10": "Insulin glargine 22 units SC at bedtime (N); Lisinopril 10 mg PO daily; Atorvastatin 40 mg PO daily",
           "11": "E11.65  Type 2 diabetes mellitus with hyperglycemia   11/24/2025 (E)", "12": "N/A",
           "13": "Z79.4  Long term (current) use of insulin\nI10  Essential (primary) hypertension",
           "14": "Glucometer, sharps container", "15": "Hypoglycemia precautions", "16": "Consistent carbohydrate diet",
           "17": "NKDA", "18A": "Vision (retinopathy)", "18B": "Independent in home", "19": "Oriented", "20": "Good",
           "21": "SN 2w2, 1w6 for diabetic management, insulin teaching, glucose log review.\nSN PRN x 2 visits for blood glucose below 70 or above 350 twice in 24 hours.",
           "22": "1. Patient will draw up and inject insulin correctly in a return demonstration by 12/15/2025.\n"
                 "2. Fasting blood glucose will be 80-180 mg/dL on at least 6 of 7 days by 01/12/2026.\n"
                 "3. Patient will state 3 symptoms of hypoglycemia and the treatment by 12/22/2025.\n"
                 "Discharge plan: self-care when goals met.",
           "23": "Verbal SOC 12/01/2025 - /s/ Kendra Solano, RN",
           "24": "Wilhelmina Achebe, DO\n44 Main St, Mercer Plains, NE 68000", "25": "12/09/2025",
           "27": "/s/ Wilhelmina Achebe, DO     Date signed: 12/08/2025"},
    facts_extra={"first_tx": "2025-12-01", "period": ("2025-12-01", "2026-01-29"), "plan": "2025-12-01",
                 "targets": ["2025-12-15", "2026-01-12", "2025-12-22"], "sig": {"physician": "2025-12-08"}},
)

plan(
    id="w27", family="B", payer="medicare-home-health", states=[], as_of="2026-02-20",
    gaps=[["signature-missing"]],
    notes="Gap: the plan was sent for signature and the physician line reads 'signature pending'; no physician/allowed "
          "practitioner has signed or dated the plan. Agency narrative with Heading styles and e-signature stamps.",
    org={"name": "Blue Heron Home Care", "lines": ["Medicare-certified HHA #17-4410", "2 Marina Way, Shell Point, FL 33000"]},
    title="Plan of Care - Start of Care",
    header=[f"Blue Heron Home Care | Client: Gideon Ashworth | DOB 05/21/1938 | MBI {MBI(27)}"],
    df="us",
    top_lines=[("Start of care", "01/19/2026"), ("Certification period", "01/19/2026 - 03/19/2026"),
               ("Attending physician", "Rosalind Ferraro, MD (NPI " + npi("160338271") + ")")],
    narrative=[("Homebound status", "Severe dyspnea walking more than 20 feet; leaves home only for medical appointments with help."),
               ("Summary", "Admitted after hospital stay 01/12-01/17/2026 for COPD exacerbation.")],
    dx=[("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation", True), ("Z99.81", "Dependence on supplemental oxygen", False)],
    goals=[G("Breathing", "Patient will manage COPD at home without readmission.",
             [O("Patient will use the inhaler with spacer correctly in a return demonstration.", "2026-02-02"),
              O("Patient will keep oxygen saturation at 90% or higher at rest on 2 L/min at every SN visit.", "2026-03-19"),
              O("Patient will have no hospital readmission during the certification period.", "2026-03-19")],
             [IV("SN cardiopulmonary assessment, inhaler and oxygen teaching", "SN 2w4, 1w4")]),
           G("Strength", "Patient will walk in his home safely.",
             [O("Patient will walk 75 feet with rolling walker and pursed-lip breathing with SpO2 88% or higher.", "2026-03-02")],
             [IV("PT therapeutic exercise and gait training", "PT 2w4")])],
    obj_fmt="{g}.{o}",
    services=[{"desc": "Skilled nursing", "code": "G0299", "amount": "1 visit", "freq": "2w4, 1w4", "dur": "8 weeks"},
              {"desc": "Physical therapy", "code": "G0151", "amount": "1 visit", "freq": "2w4", "dur": "4 weeks"}],
    service_headers=("Discipline", "HCPCS", "Visit", "Frequency", "Duration"),
    lines=[("Rehab potential", "Fair"), ("Plan sent to physician", "01/20/2026 by fax")],
    sigs=[S("Admitting Clinician", "clinician", "Colette Mbeki", "RN", "2026-01-19", time="6:30 PM"),
          S("Attending Physician", "physician", "Rosalind Ferraro", "MD", None)],
    facts_extra={"first_tx": "2026-01-19", "period": ("2026-01-19", "2026-03-19")},
)

plan(
    id="w28", family="D", payer="medicare-home-health", states=[], as_of="2026-03-16",
    gaps=[["frequency-missing"]],
    notes="Gap: one order reads 'SN PRN for Foley catheter problems' with no limit on the number of PRN visits "
          "(all other orders have frequencies). CMS-485 style grid.",
    org={"name": "Prairie Wind Home Health, LLC"}, df="us",
    boxes={"1": MBI(28), "2": "02/09/2026", "3": "From: 02/09/2026   To: 04/09/2026", "4": "PW-26-0240", "5": "287451",
           "6": "Hortensia Villanueva\n55 Prairie Rose Dr, Mercer Plains, NE 68000", "7": HHA_PROV, "8": "07/07/1936", "9": "F",
           "10": "Oxybutynin 5 mg PO BID; Donepezil 10 mg PO daily; Acetaminophen 650 mg PO q6h PRN pain",
           "11": "N31.9  Neuromuscular dysfunction of bladder, unspecified   02/02/2026 (E)", "12": "N/A",
           "13": "Z46.6  Encounter for fitting and adjustment of urinary device\nG30.9  Alzheimer's disease, unspecified\nF02.80  Dementia in other diseases classified elsewhere",
           "14": "Foley catheter supplies, bedside drainage bag", "15": "Fall and wandering precautions", "16": "Regular diet, encourage 2 L fluids daily",
           "17": "Penicillin", "18A": "Cognition; endurance", "18B": "Up with assistance", "19": "Disoriented to time; forgetful", "20": "Fair",
           "21": "SN 1w8 for indwelling catheter care and monthly change (16 Fr), assess for UTI, teach daughter catheter care.\n"
                 "SN PRN for Foley catheter problems.\n"
                 "HHA 3w8 for bathing and perineal care.",
           "22": "1. Daughter will empty the drainage bag and clean the catheter site correctly in a return demonstration by 02/23/2026.\n"
                 "2. Patient will have no catheter-associated urinary tract infection through 04/09/2026.\n"
                 "3. Catheter will remain patent with urine output of at least 1,000 mL per day at every SN visit through 04/09/2026.\n"
                 "Discharge plan: remain at home with daughter.",
           "23": "Verbal SOC 02/09/2026 - /s/ Bettina Kraus, RN",
           "24": "Jerome Vantongeren, MD\n12 Lakeside Professional Park, Mercer Plains, NE 68000", "25": "02/16/2026",
           "27": "/s/ Jerome Vantongeren, MD     Date signed: 02/13/2026"},
    facts_extra={"first_tx": "2026-02-09", "period": ("2026-02-09", "2026-04-09"), "plan": "2026-02-09",
                 "targets": ["2026-02-23", "2026-04-09", "2026-04-09"], "sig": {"physician": "2026-02-13"}},
)

NPI_BAD_HH = npi("193370215", valid=False)
assert not npi_ok(NPI_BAD_HH)
plan(
    id="w29", family="H", payer="medicare-home-health", states=[], as_of="2026-02-27",
    gaps=[["identifier-invalid"], ["diagnosis-code-not-billable"]],
    notes=f"Gaps: (1) the certifying physician's NPI {NPI_BAD_HH} fails the check digit; (2) Parkinson's disease coded "
          "G20, a category heading since the FY2024 code set (billable codes G20.A1-G20.C). EHR export with content controls.",
    org={"name": "Evergreen Hearth Home Health", "lines": ["HHA Provider #50-7731 - 900 Fir Crest Blvd, Olallie, WA 98000"]},
    title="Home Health Certification and Plan of Care", df="us",
    header=["Evergreen Hearth Home Health | Plan of Care"],
    idpairs=[("Patient", "Percival Drummond-Oakes"), ("DOB", ("10/10/1942", D("1942-10-10"))), ("Medicare ID", MBI(29)),
             ("Start of Care", ("01/26/2026", D("2026-01-26"))), ("Certification Period", "01/26/2026 to 03/26/2026"),
             ("Certifying Physician", "Thaddeus Okwuosa, MD"), ("Physician NPI", NPI_BAD_HH)],
    dx=[("G20", "Parkinson's disease", True), ("R26.81", "Unsteadiness on feet", False)],
    narrative=[("Homebound", "Freezing of gait and two falls; needs a walker and another person to leave home.")],
    goals=[G("Falls", "Patient will move about his home without falls.",
             [O("Patient will walk 150 feet with a four-wheeled walker and cueing, with no loss of balance", "2026-03-23"),
              O("Patient will have no falls for the certification period, per fall log", "2026-03-26")],
             [IV("PT gait training with cueing strategies, balance exercise", "PT 2w4, 1w4")]),
           G("Medications", "Patient will take Parkinson medications on time.",
             [O("Wife will fill the pill organizer correctly for 7 days in a return demonstration", "2026-02-16")],
             [IV("SN medication teaching and assessment", "SN 1w4")])],
    services=[{"desc": "Physical therapy", "code": "G0151", "amount": "1 visit", "freq": "2w4, 1w4", "dur": "8 weeks"},
              {"desc": "Skilled nursing", "code": "G0299", "amount": "1 visit", "freq": "1w4", "dur": "4 weeks"}],
    lines=[("Rehab potential", "Fair"), ("Discharge plan", "Discharge when safe with walker and medication routine is reliable")],
    sigs=[S("Admitting clinician", "clinician", "Farrah Lindqvist", "PT", "2026-01-26", sigtext="e-signed"),
          S("Certifying physician", "physician", "Thaddeus Okwuosa", "MD", "2026-01-30", sigtext="e-signed", npi=NPI_BAD_HH)],
    facts_extra={"first_tx": "2026-01-26", "period": ("2026-01-26", "2026-03-26")},
)

# ----------------------------------------------------------------------------------------------
# Commercial ABA (mid-size ABA agencies and a hospital autism center)
# ----------------------------------------------------------------------------------------------

def aba_goal(goal, baseline, mastery, gtarget, name=""):
    return dict(goal=goal, baseline=baseline, mastery=mastery, gtarget=D(gtarget) if gtarget else None, name=name)


ABA_TAIL = [("Crisis Plan", "No dangerous behavior requiring a crisis plan at this time. If aggression causes injury, "
                            "staff follow the agency's safety protocol and notify the BCBA the same day."),
            ("Coordination of Care", "With the family's written consent, the BCBA will share progress with the "
                                     "pediatrician and the school IEP team each quarter."),
            ("Transition and Discharge Plan", "Hours will fade as goals are mastered; discharge is planned when skills "
                                              "generalize across home and school settings and problem behavior is below "
                                              "clinically significant levels.")]

plan(
    id="w30", family="E", variant=1, payer="commercial-aba", states=[], as_of="2026-02-12",
    gaps=[], notes="Clean. ABA treatment plan and authorization request: many sections, assessment table, goal tables "
                   "by domain (goal, baseline, mastery criterion, target date), parent training domain, CPT table with "
                   "hours per week, signature table.",
    org={"name": "Bright Horizons Behavioral Learning Center", "lines": ["Applied Behavior Analysis Services", "1500 Magnolia Ave, Suite 210, Calder, TX 75000 - 555-0148"]},
    title="ABA Treatment Plan - Initial Authorization Request", df="us",
    header=["Client: Mateo Quiroga-Lind  |  Member ID: XJH884120937"],
    idpairs=[("Client", "Mateo Quiroga-Lind"), ("Date of Birth", "04/11/2019"), ("Member ID", "XJH884120937"), ("Group #", "GRP-55120"),
             ("Parent / Guardian", "Lucia Quiroga (mother)"), ("Plan Date", "01/20/2026"),
             ("Authorization Period", "02/01/2026 - 07/31/2026"), ("Supervising BCBA", "Nadia Ferreira-Holt, BCBA")],
    dx=[("F84.0", "Autistic disorder", True)],
    dx_note="Diagnosed by Helena Marsh-Ito, PhD, licensed psychologist, on 05/02/2023 (ADOS-2 and clinical interview); report attached.",
    narrative=[("Reason for Referral", "Mateo is a 6-year-old with limited vocal language, elopement in the community and "
                                       "tantrums during transitions. He attends kindergarten with a 1:1 aide.")],
    assessments=[["VB-MAPP", "12/15/2025", "N. Ferreira-Holt, BCBA", "Milestones 61/170; Barriers 38"],
                 ["Vineland-3 (parent form)", "12/18/2025", "N. Ferreira-Holt, BCBA", "Adaptive Behavior Composite 66"],
                 ["Functional behavior assessment (interview + ABC observation)", "01/06/2026", "N. Ferreira-Holt, BCBA", "Elopement and tantrums maintained by escape and access to tangibles"]],
    domains=[{"heading": "Behavior Reduction Goals", "prefix": "BR",
              "goals": [aba_goal("Reduce elopement to 0 episodes per week in home and community", "6 episodes per week (2-week baseline)", "0 episodes per week for 4 consecutive weeks", "2026-07-15"),
                        aba_goal("Reduce tantrums during transitions to 2 or fewer per day", "9 per day (5-day baseline)", "2 or fewer per day for 10 consecutive sessions", "2026-07-15")]},
             {"heading": "Skill Acquisition Goals", "prefix": "SA",
              "goals": [aba_goal("Mateo will mand for 20 different items or activities using 2-word phrases", "4 single-word mands", "80% of opportunities across 3 consecutive sessions", "2026-06-30"),
                        aba_goal("Mateo will follow 2-step instructions in the classroom setting", "20% of opportunities", "80% across 3 consecutive sessions with 2 different adults", "2026-06-30"),
                        aba_goal("Mateo will wait for up to 2 minutes for a preferred item without problem behavior", "10 seconds", "2 minutes in 9 of 10 trials over 3 sessions", "2026-05-29")]},
             {"heading": "Parent / Caregiver Training Goals", "prefix": "PT",
              "goals": [aba_goal("Mrs. Quiroga will use first-then language and a visual schedule at home transitions with 90% fidelity", "40% fidelity", "90% fidelity across 3 consecutive observations", "2026-05-15"),
                        aba_goal("Mrs. Quiroga will run the elopement prevention protocol in the community with 90% fidelity", "Not yet trained (0%)", "90% fidelity across 3 community outings", "2026-06-30")]}],
    services=[["97153", "Adaptive behavior treatment by protocol (RBT)", "RBT", "20", "80 units / week"],
              ["97155", "Protocol modification (BCBA)", "BCBA", "3", "12 units / week"],
              ["97156", "Family adaptive behavior treatment guidance", "BCBA", "1", "4 units / week"]],
    lines=[("Next progress report / plan update due", "07/15/2026"),
           ("Expected duration of this plan", "6 months (02/01/2026 - 07/31/2026)")],
    tail=ABA_TAIL, boiler=["consent"],
    sigs=[S("Supervising BCBA", "clinician", "Nadia Ferreira-Holt", "BCBA", "2026-01-20", npi=npi("158830274")),
          S("Parent / Guardian", "guardian", "Lucia Quiroga", None, "2026-01-22")],
    facts_extra={"assess": ["2025-12-15", "2025-12-18"], "period": ("2026-02-01", "2026-07-31"), "next_review": "2026-07-15",
                 "targets": ["2026-07-15", "2026-06-30", "2026-05-29", "2026-05-15"]},
)


def _w31_sdt(doc, p):
    pp = para(doc, [("Clinical director review: ", "b")])
    sdt_inline(pp, "Reviewed - no changes", "Director review")


plan(
    id="w31", family="E", variant=2, payer="commercial-aba", states=[], as_of="2026-03-18",
    gaps=[], notes="Clean. Hospital autism center plan: each goal in its own small table (objective, baseline, "
                   "mastery criteria, target date rows), caregiver goals under 'Family Training', e-signature stamps.",
    org={"name": "Hollins Children's Hospital - Center for Autism and Development", "lines": ["Behavioral Services, 3100 Kestrel Dr, Fairmont Heights, OH 45000"]},
    title="Behavior Analytic Treatment Plan (Continuation)", df="abbr", hstyle="Heading 3",
    header=["Hollins Children's Hospital", "Aubrey Tennant | MRN HCH-0098812"],
    idpairs=[("Patient", "Aubrey Tennant"), ("DOB", "Sep 2, 2017"), ("Insurance ID", "W22-840-1177-03"), ("MRN", "HCH-0098812"),
             ("Guardian", "Graham Tennant (father)"), ("Plan date", "Feb 23, 2026"),
             ("Requested period", "Mar 1, 2026 - Aug 31, 2026"), ("BCBA", "Rosalind Achterberg, BCBA-D")],
    dx=[("F84.0", "Autistic disorder", True), ("F90.0", "Attention-deficit hyperactivity disorder, predominantly inattentive type", False)],
    dx_note="ASD diagnosed Jun 14, 2021 by Corwin Ellsworth, MD, developmental-behavioral pediatrician (ADOS-2 module 1).",
    narrative=[("Progress Summary", "Aubrey mastered 14 of 19 targets in the last period. Aggression fell from 12 to 3 episodes a week.")],
    assessments=[["ABLLS-R", "Jan 29, 2026", "R. Achterberg, BCBA-D", "Gains in 9 of 15 domains"],
                 ["Vineland-3", "Feb 5, 2026", "R. Achterberg, BCBA-D", "ABC 72 (prior 65)"]],
    domains=[{"heading": "Behavior Reduction", "prefix": "1.",
              "goals": [aba_goal("Reduce aggression (hitting, kicking) to 0-1 episodes per week", "3 per week (last 4 weeks)", "1 or fewer per week for 6 consecutive weeks", "2026-08-14", name="Aggression")]},
             {"heading": "Communication and Social Skills", "prefix": "2.",
              "goals": [aba_goal("Aubrey will initiate a play bid with a peer using a full sentence", "1 per 30-minute session", "5 per 30-minute session across 3 consecutive sessions", "2026-07-31", name="Peer initiation"),
                        aba_goal("Aubrey will answer 'wh' questions about a short story", "40% correct", "80% correct across 3 consecutive sessions", "2026-06-30", name="Wh-questions")]},
             {"heading": "Family Training", "prefix": "3.",
              "intro": "Caregiver goals: Mr. Tennant will learn and use the procedures at home.",
              "goals": [aba_goal("Father will deliver differential reinforcement for calm requests with 90% fidelity", "55% fidelity", "90% fidelity across 3 consecutive home observations", "2026-05-29", name="Reinforcement")]}],
    services=[["97153", "Direct ABA by technician", "RBT", "15 hours/week", "60 units/week"],
              ["97155", "BCBA protocol modification", "BCBA", "2 hours/week", "8 units/week"],
              ["97156", "Family guidance", "BCBA", "1 hour/week", "4 units/week"]],
    lines=[("Treatment plan review", "Aug 17, 2026"), ("Plan duration", "6 months")],
    tail=ABA_TAIL[:2], hooks={"before_boiler": _w31_sdt}, boiler=["hipaa"], sig_style="esign",
    sigs=[S("BCBA", "clinician", "Rosalind Achterberg", "BCBA-D", "2026-02-23", time="10:05 AM"),
          S("Guardian", "guardian", "Graham Tennant", None, "2026-02-25", time="5:48 PM")],
    facts_extra={"assess": ["2026-01-29", "2026-02-05"], "period": ("2026-03-01", "2026-08-31"), "next_review": "2026-08-17",
                 "targets": ["2026-08-14", "2026-07-31", "2026-06-30", "2026-05-29"]},
)

plan(
    id="w32", family="E", variant=1, payer="commercial-aba", states=[], as_of="2026-03-04",
    gaps=[["caregiver-goal-missing"]],
    notes="Gap: no goal or objective involves the parent or caregiver (only the child's behavior and skill goals), "
          "although family guidance hours are requested. ABA agency plan with goal tables by domain.",
    org={"name": "Stepping Stones Autism Services", "lines": ["4 Commerce Park Dr, Brannock, GA 30000 - 555-0177"]},
    title="Treatment Plan for Applied Behavior Analysis", df="us",
    header=["Stepping Stones Autism Services - Confidential"],
    idpairs=[("Learner", "Elias Benitez-Ward"), ("DOB", "01/27/2020"), ("Subscriber ID", "MBX900117254"), ("Plan", "PPO"),
             ("Guardian", "Marisol Benitez-Ward"), ("Date of Plan", "02/09/2026"),
             ("Authorization Requested", "02/16/2026 through 08/15/2026"), ("BCBA", "Tobias Lindqvist-Ames, BCBA")],
    dx=[("F84.0", "Autistic disorder", True)],
    dx_note="Diagnosis made 09/19/2024 by Renata Okafor, PsyD, licensed psychologist (ADOS-2, ADI-R).",
    narrative=[("Background", "Elias is 6 and attends a general-education first grade with pull-out speech therapy. His mother "
                              "reports he bolts from the classroom and has few words at home.")],
    assessments=[["VB-MAPP", "01/22/2026", "T. Lindqvist-Ames, BCBA", "Milestones 48/170"],
                 ["Vineland-3", "01/26/2026", "T. Lindqvist-Ames, BCBA", "ABC 63"]],
    domains=[{"heading": "Decrease Behaviors", "prefix": "D",
              "goals": [aba_goal("Elias will leave the assigned area (elopement) 0 times per day", "5 per day", "0 per day for 15 consecutive school days", "2026-08-07"),
                        aba_goal("Elias will reduce screaming to fewer than 3 episodes per hour", "11 per hour", "Fewer than 3 per hour for 10 consecutive sessions", "2026-07-31")]},
             {"heading": "Increase Skills", "prefix": "S",
              "goals": [aba_goal("Elias will request help using a 3-word phrase", "0 independent requests", "80% of opportunities across 3 sessions", "2026-06-26"),
                        aba_goal("Elias will complete a 5-step handwashing routine independently", "2 of 5 steps", "5 of 5 steps in 4 of 5 consecutive trials", "2026-05-29"),
                        aba_goal("Elias will take turns in a board game with a peer for 5 minutes", "30 seconds", "5 minutes on 3 consecutive days", "2026-07-31")]}],
    services=[["97153", "Adaptive behavior treatment by protocol", "RBT", "18", "72 units per week"],
              ["97155", "Adaptive behavior treatment with protocol modification", "BCBA", "2", "8 units per week"],
              ["97156", "Family adaptive behavior treatment guidance", "BCBA", "1", "4 units per week"]],
    lines=[("Next treatment plan review", "08/03/2026"), ("Expected duration", "6 months")],
    tail=ABA_TAIL, boiler=["consent", "hipaa"],
    sigs=[S("BCBA", "clinician", "Tobias Lindqvist-Ames", "BCBA", "2026-02-09"),
          S("Parent/Guardian", "guardian", "Marisol Benitez-Ward", None, "2026-02-10")],
    facts_extra={"assess": ["2026-01-22", "2026-01-26"], "period": ("2026-02-16", "2026-08-15"), "next_review": "2026-08-03",
                 "targets": ["2026-08-07", "2026-07-31", "2026-06-26", "2026-05-29"]},
)

plan(
    id="w33", family="E", variant=2, payer="commercial-aba", states=[], as_of="2026-02-27",
    gaps=[["baseline-missing"]],
    notes="Gap: two skill goals (2.1 and 2.2) have 'To be probed during the first 2 weeks' instead of a baseline. "
          "One small table per goal (objective / baseline / mastery / target date rows).",
    org={"name": "Cedar Grove ABA Partners", "lines": ["Clinic and in-home ABA - 2100 Sycamore Rd, Pell City, AL 35000"]},
    title="Individualized ABA Treatment Plan", df="us",
    header=["Cedar Grove ABA Partners | Client: Naomi Featherstone"],
    idpairs=[("Client name", "Naomi Featherstone"), ("DOB", "06/06/2018"), ("Member ID", "CGH771029384"), ("Payer", "Blue Ridge Health Plan (commercial)"),
             ("Caregiver", "Janelle Featherstone (mother)"), ("Plan date", "02/02/2026"),
             ("Service period", "02/09/2026 - 08/08/2026"), ("BCBA", "Ashok Venkataraman, BCBA")],
    dx=[("F84.0", "Autistic disorder", True)],
    dx_note="Diagnosis: 03/11/2022, Lorna Quist, PhD, licensed psychologist (ADOS-2).",
    narrative=[("Background", "Naomi is 7, speaks in full sentences, and has frequent meltdowns when routines change.")],
    assessments=[["AFLS (Basic Living Skills)", "01/14/2026", "A. Venkataraman, BCBA", "Total 58%"],
                 ["Vineland-3", "01/16/2026", "A. Venkataraman, BCBA", "ABC 70"]],
    domains=[{"heading": "1. Behavior Reduction", "prefix": "1.",
              "goals": [aba_goal("Reduce meltdowns (crying, dropping, screaming longer than 1 minute) to 1 or fewer per day", "5 per day (10-day baseline)", "1 or fewer per day for 15 consecutive days", "2026-07-31", name="Meltdowns")]},
             {"heading": "2. Daily Living and Social Skills", "prefix": "2.",
              "goals": [aba_goal("Naomi will dress herself (shirt, pants, socks, shoes) with no more than 1 gestural prompt", "To be probed during the first 2 weeks", "4 consecutive mornings with 1 or fewer prompts", "2026-06-30", name="Dressing"),
                        aba_goal("Naomi will greet peers by name when they arrive", "To be probed during the first 2 weeks", "80% of opportunities across 5 school days", "2026-06-30", name="Greetings")]},
             {"heading": "3. Caregiver Training", "prefix": "3.",
              "goals": [aba_goal("Ms. Featherstone will use a visual change-of-routine card and reinforce calm responses with 90% fidelity", "30% fidelity", "90% fidelity across 3 observations", "2026-05-15", name="Routine changes")]}],
    services=[["97153", "ABA by protocol (RBT)", "RBT", "15", "60 units / week"],
              ["97155", "Protocol modification", "BCBA", "2", "8 units / week"],
              ["97156", "Caregiver guidance", "BCBA", "1", "4 units / week"]],
    lines=[("Progress review / plan update", "07/27/2026")],
    tail=ABA_TAIL[1:], boiler=["hipaa"],
    sigs=[S("Supervising BCBA", "clinician", "Ashok Venkataraman", "BCBA", "2026-02-02"),
          S("Caregiver / guardian", "guardian", "Janelle Featherstone", None, "2026-02-04")],
    facts_extra={"assess": ["2026-01-14", "2026-01-16"], "period": ("2026-02-09", "2026-08-08"), "next_review": "2026-07-27",
                 "targets": ["2026-07-31", "2026-06-30", "2026-05-15"]},
)

plan(
    id="w34", family="E", variant=1, payer="commercial-aba", states=[], as_of="2026-02-02",
    gaps=[["assessment-outdated"]],
    notes="Gap: the latest standardized assessments (VB-MAPP 08/12/2024, Vineland-3 08/20/2024) are 510+ days old at "
          "the plan date 01/12/2026 (limit 365; a warning); the recent FBA does not count. Agency plan with goal tables.",
    org={"name": "Bluebonnet Pathways ABA", "lines": ["In-home and center ABA - 88 Pecan Grove, Marisol Springs, TX 78000"]},
    title="ABA Treatment Plan - Reauthorization", df="us",
    header=["Bluebonnet Pathways ABA"],
    idpairs=[("Client", "Oskar Lindgren-Pruitt"), ("DOB", "11/03/2016"), ("Member ID", "TXB22019874"), ("Group", "EMP-4420"),
             ("Guardian", "Freya Lindgren-Pruitt (mother)"), ("Plan date", "01/12/2026"),
             ("Authorization period", "01/19/2026 - 07/18/2026"), ("BCBA", "Delphine Marchetti, BCBA")],
    dx=[("F84.0", "Autistic disorder", True)],
    dx_note="Diagnosed 02/07/2020 by Samuel Iwu, MD, child psychiatrist.",
    narrative=[("Progress Since Last Authorization", "Oskar mastered 11 targets. Self-injury decreased from 8 to 3 episodes per day.")],
    assessments=[["VB-MAPP", "08/12/2024", "D. Marchetti, BCBA", "Milestones 121/170"],
                 ["Vineland-3", "08/20/2024", "D. Marchetti, BCBA", "ABC 69"],
                 ["Functional behavior assessment (indirect + direct observation)", "12/04/2025", "D. Marchetti, BCBA", "SIB maintained by automatic reinforcement"]],
    assess_summary="Skill probes and ongoing session data were reviewed for this update; the standardized assessments were not repeated.",
    domains=[{"heading": "Reduction Targets", "prefix": "R",
              "goals": [aba_goal("Reduce self-injury (hand biting) to 1 or fewer episodes per day", "3 per day", "1 or fewer per day for 20 consecutive days", "2026-07-10")]},
             {"heading": "Acquisition Targets", "prefix": "A",
              "goals": [aba_goal("Oskar will have a 4-exchange conversation on a topic chosen by a peer", "1 exchange", "80% of opportunities across 3 sessions", "2026-06-26"),
                        aba_goal("Oskar will use a calm-down routine when told 'no'", "25% of opportunities", "90% of opportunities across 5 sessions", "2026-05-29")]},
             {"heading": "Parent Training Targets", "prefix": "P",
              "goals": [aba_goal("Mother will provide the competing sensory items and block hand biting per protocol with 90% fidelity", "60% fidelity", "90% fidelity across 3 observations", "2026-04-17")]}],
    services=[["97153", "ABA by protocol", "RBT", "12", "48 units / week"],
              ["97155", "Protocol modification", "BCBA", "2", "8 units / week"],
              ["97156", "Family guidance", "BCBA", "1", "4 units / week"]],
    lines=[("Next reauthorization review", "07/06/2026")],
    tail=ABA_TAIL, boiler=["consent"],
    sigs=[S("BCBA", "clinician", "Delphine Marchetti", "BCBA", "2026-01-12"),
          S("Guardian", "guardian", "Freya Lindgren-Pruitt", None, "2026-01-13")],
    facts_extra={"assess": ["2024-08-12", "2024-08-20"], "period": ("2026-01-19", "2026-07-18"), "next_review": "2026-07-06",
                 "targets": ["2026-07-10", "2026-06-26", "2026-05-29", "2026-04-17"]},
)

plan(
    id="w35", family="E", variant=2, payer="commercial-aba", states=[], as_of="2026-03-11",
    gaps=[["diagnosis-not-covered"]],
    notes="Gap: the only diagnosis is F88 (other disorders of psychological development / global developmental delay); "
          "ASD evaluation is pending, so the primary diagnosis is outside the F84 coverage. Per-goal tables.",
    org={"name": "Little Acorns Developmental Therapies", "lines": ["ABA, Speech and OT - 19 Juniper Pl, Wexford Park, NC 27000"]},
    title="ABA Treatment Plan", df="us",
    header=["Little Acorns Developmental Therapies"],
    idpairs=[("Child", "Juniper Okoye-Maddox"), ("DOB", "08/15/2022"), ("Member ID", "UHX5520198"), ("Policy holder", "Chidi Okoye-Maddox (father)"),
             ("Plan date", "02/16/2026"), ("Requested period", "03/02/2026 - 08/31/2026"), ("BCBA", "Maribel Szabo, BCBA")],
    dx=[("F88", "Other disorders of psychological development (global developmental delay)", True)],
    dx_note="Diagnosis made 10/21/2025 by Anika Rao, MD, developmental pediatrician. Autism evaluation scheduled for 05/2026.",
    narrative=[("Background", "Juniper is 3 and has few words, limited play and frequent tantrums. Parents want help with "
                              "communication and daily routines.")],
    assessments=[["VB-MAPP", "01/28/2026", "M. Szabo, BCBA", "Milestones 19/170"], ["Vineland-3", "02/03/2026", "M. Szabo, BCBA", "ABC 61"]],
    domains=[{"heading": "Communication", "prefix": "C",
              "goals": [aba_goal("Juniper will mand for 10 preferred items with a word or sign", "2 items with full prompts", "80% of opportunities across 3 sessions", "2026-07-31", name="Manding")]},
             {"heading": "Behavior", "prefix": "B",
              "goals": [aba_goal("Reduce tantrums to 2 or fewer per day", "8 per day", "2 or fewer per day for 10 consecutive days", "2026-08-14", name="Tantrums")]},
             {"heading": "Parent Training", "prefix": "PT",
              "goals": [aba_goal("Parents will use the mand-training procedure during snack with 90% fidelity", "20% fidelity", "90% across 3 observations", "2026-05-29", name="Mand training at home")]}],
    services=[["97153", "Direct ABA", "RBT", "10 hrs/wk", "40 units/week"], ["97155", "BCBA supervision / modification", "BCBA", "1.5 hrs/wk", "6 units/week"],
              ["97156", "Parent training", "BCBA", "1 hr/wk", "4 units/week"]],
    lines=[("Plan review date", "08/14/2026")],
    tail=ABA_TAIL[2:], boiler=["consent"],
    sigs=[S("BCBA", "clinician", "Maribel Szabo", "BCBA", "2026-02-16"), S("Parent/guardian", "guardian", "Chidi Okoye-Maddox", None, "2026-02-18")],
    facts_extra={"assess": ["2026-01-28", "2026-02-03"], "period": ("2026-03-02", "2026-08-31"), "next_review": "2026-08-14",
                 "targets": ["2026-07-31", "2026-08-14", "2026-05-29"]},
)

plan(
    id="w36", family="E", variant=1, payer="commercial-aba", states=[], as_of="2026-03-20",
    gaps=[["duration-exceeds-limit"]],
    notes="Gap: the requested authorization period is 12 months (03/01/2026 - 02/28/2027); the profile allows at most "
          "6 months per period. A 6-month progress review is scheduled, so the review interval itself is within limits.",
    org={"name": "Summit Ridge Behavioral Services", "lines": ["ABA clinic - 600 Aspen Loop, Granby Flats, CO 81000"]},
    title="ABA Plan of Care", df="us",
    header=["Summit Ridge Behavioral Services | Confidential"],
    idpairs=[("Client", "Theodore Wakefield-Osei"), ("DOB", "05/19/2019"), ("Member ID", "RMH330918822"), ("Guardian", "Abena Wakefield-Osei"),
             ("Date of plan", "02/24/2026"), ("Authorization period requested", "03/01/2026 - 02/28/2027"), ("BCBA", "Corinne Haldane, BCBA")],
    dx=[("F84.0", "Autistic disorder", True)],
    dx_note="Diagnosed 07/30/2022 by Benedikt Sauer, PhD, licensed psychologist.",
    narrative=[("Summary", "Theo is 6 and is starting a continuation of services after 18 months of ABA.")],
    assessments=[["VB-MAPP", "02/02/2026", "C. Haldane, BCBA", "Milestones 98/170"], ["Vineland-3", "02/06/2026", "C. Haldane, BCBA", "ABC 71"]],
    domains=[{"heading": "Behavior", "prefix": "B",
              "goals": [aba_goal("Reduce throwing objects to 0 per week", "4 per week", "0 per week for 6 consecutive weeks", "2026-08-28")]},
             {"heading": "Skills", "prefix": "S",
              "goals": [aba_goal("Theo will answer personal information questions (name, age, address)", "1 of 3", "3 of 3 across 3 consecutive sessions", "2026-06-26"),
                        aba_goal("Theo will tolerate a haircut for 10 minutes with no problem behavior", "2 minutes", "10 minutes on 2 consecutive visits", "2026-08-28")]},
             {"heading": "Caregiver", "prefix": "C",
              "goals": [aba_goal("Guardian will use planned ignoring and redirection for throwing with 90% fidelity", "50%", "90% fidelity across 3 observations", "2026-05-29")]}],
    services=[["97153", "ABA by protocol", "RBT", "15", "60 units / week"], ["97155", "Protocol modification", "BCBA", "2", "8 units / week"],
              ["97156", "Caregiver guidance", "BCBA", "1", "4 units / week"]],
    lines=[("Six-month progress review", "08/20/2026")],
    tail=ABA_TAIL, boiler=["consent"],
    sigs=[S("Supervising BCBA", "clinician", "Corinne Haldane", "BCBA", "2026-02-24"), S("Guardian", "guardian", "Abena Wakefield-Osei", None, "2026-02-26")],
    facts_extra={"assess": ["2026-02-02", "2026-02-06"], "period": ("2026-03-01", "2027-02-28"), "next_review": "2026-08-20",
                 "targets": ["2026-08-28", "2026-06-26", "2026-05-29"]},
)

plan(
    id="w37", family="E", variant=2, payer="commercial-aba", states=[], as_of="2026-03-06",
    gaps=[["review-date-missing"]],
    notes="Gap: no date for the next treatment-plan review or progress report anywhere (only the authorization period). "
          "Per-goal tables, signature lines with typed names.",
    org={"name": "Harborlight Autism Center", "lines": ["ABA Services - 12 Wharf St, Newcastle Cove, ME 04100"]},
    title="ABA Treatment Plan", df="us",
    header=["Harborlight Autism Center"],
    idpairs=[("Client", "Wren Castellano-Hughes"), ("DOB", "12/12/2018"), ("Member ID", "NEH4471093"), ("Guardian", "Paolo Castellano-Hughes (father)"),
             ("Plan date", "02/09/2026"), ("Authorization period", "02/16/2026 - 08/15/2026"), ("BCBA", "Signe Halvorsen, BCBA")],
    dx=[("F84.0", "Autistic disorder", True)],
    dx_note="Diagnosed 04/04/2022 by Imani Roberts, PsyD, licensed psychologist.",
    narrative=[("Background", "Wren is 7 and uses short sentences; frequent hand-flapping and refusals during schoolwork.")],
    assessments=[["VB-MAPP", "01/20/2026", "S. Halvorsen, BCBA", "Milestones 104/170"], ["Vineland-3", "01/23/2026", "S. Halvorsen, BCBA", "ABC 74"]],
    domains=[{"heading": "Behavior", "prefix": "B",
              "goals": [aba_goal("Reduce task refusal to 10% or fewer of work demands", "45% of demands", "10% or fewer across 5 consecutive sessions", "2026-07-31", name="Task refusal")]},
             {"heading": "Academic Readiness", "prefix": "A",
              "goals": [aba_goal("Wren will complete a 10-minute independent work task", "3 minutes", "10 minutes in 4 of 5 sessions", "2026-06-30", name="Independent work")]},
             {"heading": "Parent Training", "prefix": "P",
              "goals": [aba_goal("Father will use a token board for homework with 90% fidelity", "35% fidelity", "90% fidelity across 3 observations", "2026-05-15", name="Token board")]}],
    services=[["97153", "ABA by protocol", "RBT", "12", "48 units / week"], ["97155", "Protocol modification", "BCBA", "2", "8 units / week"],
              ["97156", "Family guidance", "BCBA", "1", "4 units / week"]],
    lines=[("Data collection", "Session data are graphed weekly and reviewed by the BCBA at each supervision visit.")],
    tail=ABA_TAIL[2:], boiler=["consent"], sig_style="lines",
    sigs=[S("BCBA", "clinician", "Signe Halvorsen", "BCBA", "2026-02-09"), S("Parent/Guardian", "guardian", "Paolo Castellano-Hughes", None, "2026-02-11")],
    facts_extra={"assess": ["2026-01-20", "2026-01-23"], "period": ("2026-02-16", "2026-08-15"),
                 "targets": ["2026-07-31", "2026-06-30", "2026-05-15"]},
)

# ----------------------------------------------------------------------------------------------
# Substance use treatment (state licensure profiles; payer baseline only)
# ----------------------------------------------------------------------------------------------
ASAM_STD = [["1. Acute intoxication / withdrawal", "Low", "Withdrawal completed before admission; CIWA 3."],
            ["2. Biomedical", "Low", "Hypertension, on medication."],
            ["3. Emotional / behavioral / cognitive", "Moderate", "Depressed mood; no suicidal ideation."],
            ["4. Readiness to change", "Moderate", "Ambivalent but attending."],
            ["5. Relapse / continued use potential", "High", "Relapsed within weeks after two prior treatment episodes."],
            ["6. Recovery environment", "Moderate", "Lives with a partner who drinks; stable housing."]]

plan(
    id="w38", family="F", payer="base-treatment-plan", states=["tx-26tac-564"], as_of="2026-02-12",
    gaps=[], notes="Clean. Texas residential chemical dependency program: ASAM dimension table, problems with lettered "
                   "objectives and target dates, strategy tables with frequency, projected length of stay, /s/ signatures.",
    org={"name": "Lone Mesa Recovery Center", "lines": ["Licensed Chemical Dependency Treatment Facility", "4100 FM 1960 Spur, Caddo Bend, TX 77000"]},
    title="INDIVIDUALIZED TREATMENT PLAN - RESIDENTIAL", df="us",
    header=["Lone Mesa Recovery Center - CONFIDENTIAL (42 CFR Part 2)"],
    idlines=[("Client", "Dustin R. Ebersole"), ("DOB", "03/03/1988"), ("Medicaid ID", "518842219"), ("Client #", "LM-26-0071"),
             ("Admission date", "01/26/2026"), ("Treatment plan date", "01/30/2026"), ("Level of care", "Intensive residential"),
             ("Primary counselor", "Maribel Castañeda, LCDC")],
    dx=[("F10.20", "Alcohol dependence, uncomplicated", True), ("F12.20", "Cannabis dependence, uncomplicated", False)],
    asam=ASAM_STD,
    goals=[G("Alcohol use with repeated relapse", "Dustin will stay sober and leave treatment with a relapse prevention plan.",
             [O("Dustin will list 5 personal relapse triggers and a coping response for each in his workbook.", "2026-02-06"),
              O("Dustin will have negative breathalyzer and urine drug screens on all random tests during residential stay.", "2026-02-25"),
              O("Dustin will attend 3 community AA meetings per week and show signed attendance sheets.", "2026-02-25")],
             [IV("Relapse prevention group", "5 times per week", "Counselor"), IV("Individual counseling", "2 times per week", "Primary counselor"),
              IV("Random breathalyzer / UDS", "at least 2 times per week", "Nursing")]),
           G("Family conflict", "Dustin will repair communication with his partner.",
             [O("Dustin will take part in 2 family sessions with his partner and agree on 3 household sobriety rules.", "2026-02-20")],
             [IV("Family session", "1 time per week", "Family counselor")])],
    services=[{"desc": "Residential treatment (intensive)", "code": "H0018", "amount": "per diem", "freq": "Daily", "dur": "30 days"}],
    lines=[("Projected length of stay", "30 days (projected discharge 02/25/2026)")],
    boiler=["release", "grievance"],
    sigs=[S("Client", "client", "Dustin R. Ebersole", None, "2026-01-30"),
          S("Primary Counselor", "clinician", "Maribel Castañeda", "LCDC", "2026-01-30"),
          S("Clinical Supervisor (QCC)", "supervisor", "Rupert Ellingson", "LCDC, LPC-S", "2026-02-02")],
)

plan(
    id="w39", family="F", payer="base-treatment-plan", states=["tx-26tac-564"], as_of="2026-03-02",
    gaps=[["objective-not-measurable"]],
    notes="Gap: objective 1b 'gain insight into his relapse triggers and develop better coping skills' names no "
          "measure or level (it has a date); all other objectives are measurable. Texas IOP plan with signature table.",
    org={"name": "Gulf Coast Recovery Services", "lines": ["Intensive Outpatient Program", "210 Seawall Blvd, Port Marisco, TX 77500"]},
    title="Treatment Plan - Intensive Outpatient", df="us", sig_style="table",
    header=["Gulf Coast Recovery Services"],
    idlines=[("Client name", "Javier Montalbán-Reese"), ("Date of birth", "09/14/1979"), ("Member ID", "BCX772201845"),
             ("Admitted", "02/02/2026"), ("Plan date", "02/05/2026"), ("Program", "IOP, 3 evenings per week"),
             ("Counselor", "Philippa Harrow, LCDC")],
    dx=[("F14.20", "Cocaine dependence, uncomplicated", True)],
    goals=[G("Cocaine use", "Javier will stop using cocaine.",
             [O("Javier will submit negative urine drug screens on every weekly test for 8 consecutive weeks.", "2026-03-31"),
              O("Javier will gain insight into his relapse triggers and develop better coping skills.", "2026-03-15")],
             [IV("IOP group counseling (relapse prevention, CBT)", "3 evenings per week, 3 hours", "IOP counselors"),
              IV("Individual counseling", "1 time per week", "Counselor")]),
           G("Employment", "Javier will keep his job.",
             [O("Javier will miss no more than 1 scheduled work shift per month, per his work schedule.", "2026-04-05")],
             [IV("Case management / vocational support", "every 2 weeks", "Case manager")])],
    services=[{"desc": "Intensive outpatient program", "code": "H0015", "amount": "3 hours", "freq": "3 days per week", "dur": "9 weeks"}],
    lines=[("Projected length of stay", "9 weeks")],
    boiler=["release", "attendance"],
    sigs=[S("Client", "client", "Javier Montalbán-Reese", None, "2026-02-05"),
          S("Counselor", "clinician", "Philippa Harrow", "LCDC", "2026-02-05")],
)

plan(
    id="w40", family="A", payer="base-treatment-plan", states=["fl-65d-30"], as_of="2026-02-24",
    gaps=[], notes="Clean. Florida day/night treatment program: agency table form, level of care stated, plan 8 days "
                   "after admission (10 allowed), qualified professional countersignature 5 days after the plan.",
    org={"name": "Suncoast Harbor Recovery", "lines": ["Licensed under Fla. Admin. Code 65D-30", "77 Mangrove Way, Pelican Key, FL 34000"]},
    title="INDIVIDUALIZED TREATMENT PLAN", subtitle="Day or Night Treatment", df="us",
    idpairs=[("Individual", "Tamsin Abernathy-Cole"), ("DOB", "05/25/1995"), ("Member ID", "FLM60012987"), ("Record #", "SHR-2601-33"),
             ("Admission Date", "01/13/2026"), ("Treatment Plan Date", "01/21/2026"), ("Level of Care", "Day or Night Treatment"),
             ("Primary Counselor", "Reggie Almeida, CAP")],
    dx=[("F11.20", "Opioid dependence, uncomplicated", True), ("F41.1", "Generalized anxiety disorder", False)],
    problem_label="Problem", goal_label="Goal", obj_label="Objective ",
    goals=[G("Opioid use", "Tamsin will stay free of opioids and keep taking buprenorphine as prescribed.",
             [O("Tamsin will provide negative urine drug screens for non-prescribed opioids on every weekly test for 6 consecutive weeks.", "2026-03-04"),
              O("Tamsin will write a relapse prevention plan that lists 4 triggers and 4 coping steps and review it in group.", "2026-02-11")],
             [IV("Relapse prevention and CBT groups", "5 days per week", "Counselors"), IV("Individual counseling", "1 time per week", "Primary counselor")]),
           G("Anxiety", "Tamsin will handle anxiety without using.",
             [O("Tamsin will reduce her GAD-7 score from 15 to 8 or below.", "2026-03-18"),
              O("Tamsin will use a breathing or grounding skill when anxious on at least 5 days a week, per her skills card.", "2026-02-25")],
             [IV("Anxiety skills group", "2 times per week", "Therapist"), IV("Psychiatric follow-up", "every 2 weeks", "ARNP")])],
    services=[{"desc": "Day treatment (partial day)", "code": "H2036", "amount": "5 hours per day", "freq": "5 days per week", "dur": "8 weeks"}],
    lines=[("Expected completion", "8 weeks (03/18/2026)")],
    boiler=["release", "crisis", "grievance"],
    sigs=[S("Individual", "client", "Tamsin Abernathy-Cole", None, "2026-01-21"),
          S("Primary Counselor", "clinician", "Reggie Almeida", "CAP", "2026-01-21"),
          S("Qualified Professional (countersignature)", "supervisor", "Anneliese Brandt", "LMHC", "2026-01-26")],
)

plan(
    id="w41", family="F", payer="base-treatment-plan", states=["fl-65d-30"], as_of="2026-03-05",
    gaps=[["plan-late"]],
    notes="Gap: residential level 1, admitted 02/03/2026, plan dated 02/14/2026 = 11 days (7 allowed for residential "
          "level 1). Residential SUD layout with ASAM table and /s/ signatures.",
    org={"name": "Palmetto Springs Residential Recovery", "lines": ["Residential Treatment - 5 Osprey Trail, Lake Wyndham, FL 32700"]},
    title="RESIDENTIAL TREATMENT PLAN", df="us",
    header=["Palmetto Springs - Confidential"],
    idlines=[("Client", "Harlan Pettiford"), ("DOB", "12/19/1984"), ("Member ID", "SUN8801127655"), ("Admission date", "02/03/2026"),
             ("Plan date", "02/14/2026"), ("Level of Care", "Residential Level 1"), ("Counselor", "Odessa Lindqvist, CAC")],
    dx=[("F10.20", "Alcohol dependence, uncomplicated", True), ("F15.20", "Other stimulant dependence, uncomplicated", False)],
    asam=ASAM_STD,
    goals=[G("Alcohol and methamphetamine use", "Harlan will complete residential treatment sober.",
             [O("Harlan will have negative breath and urine screens on all random tests while in residence.", "2026-03-31"),
              O("Harlan will complete the 12 relapse prevention workbook modules and present module 12 in group.", "2026-03-20")],
             [IV("Relapse prevention group", "5 times per week", "Counselor"), IV("Individual counseling", "2 times per week", "Counselor")]),
           G("Housing after discharge", "Harlan will have safe, sober housing at discharge.",
             [O("Harlan will submit 2 recovery residence applications.", "2026-03-13")],
             [IV("Case management", "1 time per week", "Case manager")])],
    services=[{"desc": "Residential treatment", "code": "H0018", "amount": "per diem", "freq": "Daily (24-hour)", "dur": "60 days"}],
    lines=[("Expected length of stay", "60 days (through 04/03/2026)")],
    boiler=["release"],
    sigs=[S("Client", "client", "Harlan Pettiford", None, "2026-02-14"),
          S("Counselor", "clinician", "Odessa Lindqvist", "CAC", "2026-02-14"),
          S("Qualified Professional", "supervisor", "Marcus Fenwick", "LCSW", "2026-02-17")],
)

NPI_NY_MD = npi("120946638")
plan(
    id="w42", family="J", payer="base-treatment-plan", states=["ny-oasas-818"], as_of="2026-02-06",
    gaps=[["signature-late"]],
    notes="Gap: inpatient rehabilitation admission 01/05/2026; the physician reviewed and signed the plan on "
          "01/19/2026, 14 days after admission (10 allowed). Plan itself on day 4. Landscape grid with merged cells.",
    org={"name": "Catskill Hollow Addiction Treatment Center", "lines": ["OASAS-certified Inpatient Rehabilitation (Part 818)", "1 Schoharie Rd, Prattsville Mills, NY 12400"]},
    title="Inpatient Rehabilitation Treatment Plan", df="us",
    header=["Catskill Hollow ATC | Patient: Renaud, Colette"],
    idpairs=[("Patient", "Colette Renaud"), ("DOB", "08/08/1976"), ("Medicaid CIN", "KT48215R"),
             ("Admission", "01/05/2026"), ("Plan date", "01/09/2026"), ("Responsible clinician", "Harvey Osterberg, CASAC")],
    dx=[("F10.20", "Alcohol dependence, uncomplicated", True), ("F33.1", "Major depressive disorder, recurrent, moderate", False)],
    goals=[G("Alcohol dependence", "Colette will complete inpatient rehabilitation and step down to outpatient care sober.",
             [O("Colette will attend at least 90% of scheduled groups each week.", "2026-02-02"),
              O("Colette will complete a written relapse prevention plan with 5 triggers and coping steps.", "2026-01-23")],
             [IV("Group counseling (CBT, relapse prevention)", "2 per day", "Counseling staff"),
              IV("Individual counseling", "2 per week", "CASAC")]),
           G("Depression", "Colette will report improved mood.",
             [O("Colette will reduce her PHQ-9 from 19 to 12 or below.", "2026-02-02")],
             [IV("Psychiatric evaluation and medication management", "weekly", "Psychiatrist")])],
    services=[{"desc": "Inpatient rehabilitation", "code": "H0018", "amount": "per diem", "freq": "Daily", "dur": "28 days"}],
    lines=[("Anticipated length of stay", "28 days")],
    boiler=["release"],
    sigs=[S("Patient", "client", "Colette Renaud", None, "2026-01-09"),
          S("Responsible clinical staff member", "clinician", "Harvey Osterberg", "CASAC", "2026-01-09"),
          S("Physician review", "physician", "Isidore Blum", "MD", "2026-01-19", npi=NPI_NY_MD)],
)

plan(
    id="w43", family="A", payer="base-treatment-plan", states=["ca-title9-ntp"], as_of="2026-02-03",
    gaps=[["review-interval-exceeded"], ["signature-missing"]],
    notes="Gaps: (1) admission 12/01/2025, next plan update scheduled 04/10/2026 = 130 days (updates at least every 3 "
          "months, checked as 92 days); (2) no supervising counselor review/countersignature (only counselor, patient and "
          "medical director). Narcotic treatment program table form.",
    org={"name": "Valle Verde Opioid Treatment Program", "lines": ["Licensed Narcotic Treatment Program", "3400 Camino Real, Suite 5, San Arbolito, CA 93000"]},
    title="INITIAL TREATMENT PLAN - MAINTENANCE", df="us",
    idpairs=[("Patient", "Ysidro Calderón-Pike"), ("DOB", "02/14/1983"), ("Medi-Cal ID", "94418827C"), ("Patient #", "VV-10233"),
             ("Admission (start of maintenance)", "12/01/2025"), ("Plan effective date", "12/22/2025"),
             ("Primary counselor", "Noemi Arredondo, CADC-II"), ("Medical director", "Gregor Halloway, MD")],
    dx=[("F11.20", "Opioid dependence, uncomplicated", True)],
    goals=[G("Opioid use", "Ysidro will stop using illicit opioids and stay on methadone maintenance.",
             [O("Ysidro will have urine drug screens negative for illicit opioids on 4 consecutive monthly tests.", "2026-03-31"),
              O("Ysidro will attend all scheduled counseling sessions each month.", "2026-02-28")],
             [IV("Methadone dosing and medical monitoring", "daily", "Medical staff"), IV("Individual counseling", "at least 50 minutes per month", "Primary counselor")]),
           G("Employment", "Ysidro will return to work.",
             [O("Ysidro will submit 3 job applications per week and bring proof to counseling.", "2026-02-27")],
             [IV("Vocational referral and support", "monthly", "Counselor")])],
    services=[{"desc": "Methadone administration", "code": "H0020", "amount": "1 dose", "freq": "Daily", "dur": "Ongoing, reviewed quarterly"},
              {"desc": "Individual counseling", "code": "H0004", "amount": "50 minutes", "freq": "Monthly", "dur": "Ongoing"}],
    lines=[("Next treatment plan update", "04/10/2026")],
    boiler=["release", "grievance"],
    sigs=[S("Patient", "client", "Ysidro Calderón-Pike", None, "2025-12-22"),
          S("Primary counselor", "clinician", "Noemi Arredondo", "CADC-II", "2025-12-22"),
          S("Medical director", "physician", "Gregor Halloway", "MD", "2025-12-29")],
    facts_extra={"next_review": "2026-04-10"},
)

# ----------------------------------------------------------------------------------------------
# Non-DOCX plans: authcheck native YAML, C-CDA Care Plan XML, FHIR R4 Bundle
# ----------------------------------------------------------------------------------------------
YAML_W44 = """schema: authcheck-plan/1
# Exported from the Hudson Bend Recovery EHR (inpatient rehabilitation unit)
patient: {name: Desmond Achterberg-Kay, birth_date: 1969-05-17, member_id: "LM33901T"}
payer: New York Medicaid (fee for service)
program: Inpatient Rehabilitation (14 NYCRR Part 818)
discipline: sud
level_of_care: Inpatient rehabilitation
admission_date: 2026-02-02
plan_date: 2026-02-06
expected_duration: 21 days
providers:
  - {name: Ottilie Brandvold, credential: CASAC, role: clinician, organization: Hudson Bend Recovery Center}
  - {name: Samuel Okorafor, credential: MD, npi: "%(npi_md)s", role: physician, organization: Hudson Bend Recovery Center}
diagnoses:
  - {code: F10.20, description: "Alcohol dependence, uncomplicated", primary: true}
  - {code: F17.210, description: "Nicotine dependence, cigarettes, uncomplicated"}
problems:
  - label: Problem 1
    statement: Alcohol dependence with two failed outpatient attempts
    goals:
      - statement: Desmond will finish inpatient rehabilitation and start outpatient care without drinking.
        objectives:
          - statement: Desmond will attend at least 90% of scheduled groups each week.
            target_date: 2026-02-20
          - statement: Desmond will write a relapse prevention plan with 5 triggers and a coping step for each.
            target_date: 2026-02-13
        interventions:
          - {description: Group counseling (CBT and relapse prevention), frequency: twice daily, responsible_staff: Counseling staff}
          - {description: Individual counseling, frequency: 2x/week, responsible_staff: "Ottilie Brandvold, CASAC"}
  - label: Problem 2
    statement: Tobacco use
    goals:
      - statement: Desmond will stop smoking.
        objectives:
          - statement: Desmond will smoke 0 cigarettes per day while on the unit, per nursing log.
            target_date: 2026-02-23
        interventions:
          - {description: Nicotine replacement and tobacco cessation counseling, frequency: weekly, responsible_staff: Nursing}
services:
  - {code: H0018, description: Inpatient rehabilitation, amount: 1 day, frequency: daily, duration: 21 days}
reviews:
  - {kind: review, date: 2026-02-13, completed: false, by: Treatment team}
signatures:
  - {role: client, name: Desmond Achterberg-Kay, date: 2026-02-06, method: handwritten}
  - {role: clinician, name: Ottilie Brandvold, credential: CASAC, date: 2026-02-06, method: electronic}
  - {role: physician, name: Samuel Okorafor, credential: MD, npi: "%(npi_md)s", date: 2026-02-09, method: electronic}
free_text:
  - {heading: Discharge planning, text: Referral to Hudson Bend outpatient program; appointment to be made before discharge.}
"""

YAML_W45 = """schema: authcheck-plan/1
patient: {name: Marisela Quintanar-Voss, birth_date: 1979-09-30, member_id: "93371502A"}
payer: Medi-Cal
program: Sierra Alta Narcotic Treatment Program (methadone maintenance)
discipline: sud
level_of_care: Opioid treatment program - maintenance
admission_date: 2026-01-12
plan_date: 2026-02-02
period: {start: 2026-02-02, end: 2026-04-12}
expected_duration: 3 months (update due 04/12/2026)
diagnoses:
  - {code: F11.20, description: "Opioid dependence, uncomplicated", primary: true}
problems:
  - statement: Illicit fentanyl use
    goals:
      - statement: Marisela will stop illicit opioid use while stabilized on methadone.
        objectives:
          - statement: Urine drug screens will be negative for fentanyl and other illicit opioids on 3 consecutive monthly tests.
            target_date: 2026-04-10
          - statement: Marisela will attend at least 2 counseling sessions per month.
            target_date: 2026-04-10
        interventions:
          - {description: Methadone dosing with medical monitoring, frequency: daily, responsible_staff: Medical staff}
          - {description: Individual counseling, amount: 50 minutes, frequency: 2x/month, responsible_staff: Primary counselor}
  - statement: Hepatitis C untreated
    goals:
      - statement: Marisela will start hepatitis C treatment.
        objectives:
          - statement: Marisela will attend 1 appointment at the liver clinic and have labs drawn.
            target_date: 2026-03-20
        interventions:
          - {description: Referral and appointment support, frequency: monthly, responsible_staff: Case manager}
services:
  - {code: H0020, description: Methadone administration, frequency: daily, duration: 3 months}
  - {code: H0004, description: Individual counseling, amount: 50 minutes, frequency: 2x/month, duration: 3 months}
reviews:
  - {kind: review, date: 2026-04-10, completed: false, by: Primary counselor and medical director}
signatures:
  - {role: client, name: Marisela Quintanar-Voss, date: 2026-02-02, method: handwritten}
  - {role: clinician, name: Hector Alvarado-Ruiz, credential: SUDCC-II, date: 2026-02-02, method: electronic}
  - {role: supervisor, name: Priyanka Desai, credential: LMFT, date: 2026-02-09, method: electronic}
  - {role: physician, name: Wendell Tasker, credential: MD, npi: "%(npi_md)s", date: 2026-02-11, method: electronic}
"""

NPI_W44_MD = npi("113578240")
NPI_W45_MD = npi("146031977")

plan(id="w44", fmt="yaml", payer="base-treatment-plan", states=["ny-oasas-818"], as_of="2026-02-12",
     gaps=[], notes="Clean. authcheck native YAML; NY OASAS inpatient rehabilitation: plan on day 4, physician on day 7.",
     text=YAML_W44.replace("%(npi_md)s", NPI_W44_MD),
     facts={"admission": "2026-02-02", "plan": "2026-02-06", "sig": {"physician": "2026-02-09", "clinician": "2026-02-06", "client": "2026-02-06"},
            "targets": ["2026-02-20", "2026-02-13", "2026-02-23"]})

plan(id="w45", fmt="yaml", payer="base-treatment-plan", states=["ca-title9-ntp"], as_of="2026-03-02",
     gaps=[], notes="Clean. authcheck native YAML; California NTP: plan 21 days after admission, update due 88 days after "
                    "admission, supervisor and medical director within 14 days of the plan.",
     text=YAML_W45.replace("%(npi_md)s", NPI_W45_MD),
     facts={"admission": "2026-01-12", "plan": "2026-02-02", "next_review": "2026-04-10",
            "sig": {"supervisor": "2026-02-09", "physician": "2026-02-11", "clinician": "2026-02-02", "client": "2026-02-02"},
            "targets": ["2026-04-10", "2026-04-10", "2026-03-20"]})


def ccda(p):
    """A C-CDA R2.1 Care Plan document with the plan's narrative and coded entries."""
    c = p["ccda"]
    dts = lambda d: D(d).strftime("%Y%m%d")
    goals_rows = "".join(f"<tr><td>{escape(g['text'])}</td><td>{D(g['target']).strftime('%m/%d/%Y')}</td></tr>" for g in c["goals"])
    goal_entries = "".join(f"""
          <entry><observation classCode="OBS" moodCode="GOL">
            <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
            <id root="{c['oid']}.4" extension="goal-{i}"/>
            <code code="58144-7" codeSystem="2.16.840.1.113883.6.1" displayName="Resident's overall goal"/>
            <statusCode code="active"/>
            <effectiveTime><high value="{dts(g['target'])}"/></effectiveTime>
            <value xsi:type="ST">{escape(g['text'])}</value>
          </observation></entry>""" for i, g in enumerate(c["goals"], 1))
    dx_rows = "".join(f"<tr><td>{code}</td><td>{escape(desc)}</td><td>{'Primary' if prim else ''}</td></tr>" for code, desc, prim in c["dx"])
    dx_entries = "".join(f"""
          <entry><act classCode="ACT" moodCode="EVN">
            <templateId root="2.16.840.1.113883.10.20.22.4.132"/>
            <id root="{c['oid']}.5" extension="concern-{i}"/>
            <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concern"/>
            <statusCode code="active"/>
            <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.4"/>
              <id root="{c['oid']}.6" extension="problem-{i}"/>
              <code code="55607006" codeSystem="2.16.840.1.113883.6.96" displayName="Problem"/>
              <statusCode code="completed"/>
              <effectiveTime><low value="{dts(c['plan'])}"/></effectiveTime>
              <value xsi:type="CD" code="{code}" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="{escape(desc)}"/>
              {'<priorityCode code="63161005" codeSystem="2.16.840.1.113883.6.96" displayName="Principal"/>' if prim else ''}
            </observation></entryRelationship>
          </act></entry>""" for i, (code, desc, prim) in enumerate(c["dx"], 1))
    iv_rows = "".join(f"<tr><td>{escape(s['desc'])}</td><td>{s['code']}</td><td>{escape(s['amount'])}</td><td>{escape(s['freq'])}</td><td>{escape(s['dur'])}</td></tr>" for s in c["services"])
    iv_entries = "".join(f"""
          <entry><procedure classCode="PROC" moodCode="INT">
            <templateId root="2.16.840.1.113883.10.20.22.4.41"/>
            <id root="{c['oid']}.7" extension="svc-{i}"/>
            <code code="{s['code']}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4" displayName="{escape(s['desc'])}"/>
            <statusCode code="active"/>
            <effectiveTime xsi:type="IVL_TS"><low value="{dts(s['start'])}"/><high value="{dts(s['end'])}"/></effectiveTime>
            <effectiveTime xsi:type="PIVL_TS" institutionSpecified="true" operator="A"><period value="{s['period_value']}" unit="{s['period_unit']}"/></effectiveTime>
          </procedure></entry>""" for i, s in enumerate(c["services"], 1))
    sig_blocks = ""
    for role_el, s in c["sigs"]:
        sig_blocks += f"""
  <{role_el}>
    <time value="{dts(s['date'])}"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="2.16.840.1.113883.4.6" extension="{s['npi']}"/>
      <assignedPerson><name><given>{s['given']}</given><family>{s['family']}</family><suffix>{s['cred']}</suffix></name></assignedPerson>
    </assignedEntity>
  </{role_el}>"""
    extra_sections = "".join(f"""
    <component><section>
      <title>{escape(t)}</title>
      <text><paragraph>{escape(x)}</paragraph></text>
    </section></component>""" for t, x in c.get("extra_sections", []))
    pt = c["patient"]
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="{c['oid']}" extension="{c['docid']}"/>
  <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care note"/>
  <title>{escape(c['title'])}</title>
  <effectiveTime value="{dts(c['plan'])}"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.4.927" extension="{pt['mbi']}" assigningAuthorityName="CMS MBI"/>
    <id root="{c['oid']}.2" extension="{pt['mrn']}"/>
    <addr use="HP"><streetAddressLine>{escape(pt['street'])}</streetAddressLine><city>{pt['city']}</city><state>{pt['state']}</state><postalCode>{pt['zip']}</postalCode></addr>
    <patient>
      <name use="L"><given>{pt['given']}</given><family>{pt['family']}</family></name>
      <administrativeGenderCode code="{pt['sex']}" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="{dts(pt['dob'])}"/>
    </patient>
  </patientRole></recordTarget>
  <author>
    <time value="{dts(c['plan'])}"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="{c['author']['npi']}"/>
      <assignedPerson><name><given>{c['author']['given']}</given><family>{c['author']['family']}</family><suffix>{c['author']['cred']}</suffix></name></assignedPerson>
      <representedOrganization><name>{escape(c['org'])}</name></representedOrganization>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization>
    <id root="{c['oid']}"/><name>{escape(c['org'])}</name>
  </representedCustodianOrganization></assignedCustodian></custodian>{sig_blocks}
  <documentationOf><serviceEvent classCode="PCPR">
    <effectiveTime><low value="{dts(c['period'][0])}"/><high value="{dts(c['period'][1])}"/></effectiveTime>
  </serviceEvent></documentationOf>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/>
      <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concerns document"/>
      <title>Health Concerns / Diagnoses</title>
      <text><table><thead><tr><th>ICD-10-CM</th><th>Description</th><th>Rank</th></tr></thead><tbody>{dx_rows}</tbody></table></text>{dx_entries}
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.60"/>
      <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/>
      <title>Goals</title>
      <text><table><thead><tr><th>Goal</th><th>Target date</th></tr></thead><tbody>{goals_rows}</tbody></table></text>{goal_entries}
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>
      <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/>
      <title>Interventions</title>
      <text><table><thead><tr><th>Service</th><th>CPT</th><th>Amount</th><th>Frequency</th><th>Duration</th></tr></thead><tbody>{iv_rows}</tbody></table>
      <paragraph>{escape(c['plan_text'])}</paragraph></text>{iv_entries}
    </section></component>{extra_sections}
  </structuredBody></component>
</ClinicalDocument>
"""


NPI_W46_PT = npi("171190648")
NPI_W46_MD = npi("108862339")
plan(id="w46", fmt="ccda", payer="medicare-outpatient-therapy", states=[], as_of="2026-03-03",
     gaps=[], notes="Clean. C-CDA Care Plan from a hospital outpatient PT department: goals with target dates, CPT "
                    "interventions with frequency (PIVL_TS) and dates, legalAuthenticator (PT) and authenticator "
                    "(certifying MD) with signature times; first treatment (evaluation) date in an Encounter section and the narrative.",
     ccda={"oid": "2.16.840.1.113883.3.9921.46", "docid": "POC-260113-0042", "title": "Physical Therapy Plan of Care",
           "org": "Riverside General Hospital Outpatient Rehabilitation", "plan": "2026-01-13", "period": ("2026-01-13", "2026-04-12"),
           "patient": {"mbi": MBI(46).replace("-", ""), "mrn": "RGH-4471920", "given": "Constance", "family": "Ebbesen",
                       "dob": "1949-06-21", "sex": "F", "street": "71 Willow Bend", "city": "Carver Falls", "state": "IA", "zip": "50000"},
           "author": {"npi": NPI_W46_PT, "given": "Mateus", "family": "Ribeiro", "cred": "PT, DPT"},
           "dx": [("M75.101", "Unspecified rotator cuff tear or rupture of right shoulder, not specified as traumatic", True),
                  ("M62.81", "Muscle weakness (generalized)", False)],
           "goals": [{"text": "Increase right shoulder active flexion from 95 to 150 degrees", "target": "2026-03-10"},
                     {"text": "Lift a 2 lb item to a shoulder-height shelf with the right arm 5 times without pain above 3/10", "target": "2026-03-10"},
                     {"text": "Reduce QuickDASH score from 52 to 25 or less", "target": "2026-04-07"}],
           "services": [{"desc": "Therapeutic exercise", "code": "97110", "amount": "2 units", "freq": "2x/week", "dur": "12 weeks",
                         "start": "2026-01-13", "end": "2026-04-06", "period_value": "0.5", "period_unit": "wk"},
                        {"desc": "Manual therapy", "code": "97140", "amount": "1 unit", "freq": "2x/week", "dur": "12 weeks",
                         "start": "2026-01-13", "end": "2026-04-06", "period_value": "0.5", "period_unit": "wk"}],
           "plan_text": "Initial evaluation and first treatment 01/13/2026. Frequency 2x/week; duration 12 weeks. Certification period 01/13/2026 - 04/12/2026.",
           "sigs": [("legalAuthenticator", {"date": "2026-01-13", "npi": NPI_W46_PT, "given": "Mateus", "family": "Ribeiro", "cred": "PT, DPT"}),
                    ("authenticator", {"date": "2026-01-22", "npi": NPI_W46_MD, "given": "Harriet", "family": "Solano", "cred": "MD"})],
           "extra_sections": [("Encounters", "Initial evaluation (first treatment day): 01/13/2026, Riverside General Hospital Outpatient Rehabilitation."),
                              ("Physician Certification", "Plan of care certified by Harriet Solano, MD (NPI " + NPI_W46_MD + ") on 01/22/2026.")]},
     facts={"plan": "2026-01-13", "first_tx": "2026-01-13", "period": ("2026-01-13", "2026-04-12"),
            "sig": {"clinician": "2026-01-13", "physician": "2026-01-22"}, "targets": ["2026-03-10", "2026-03-10", "2026-04-07"]})

NPI_W47 = npi("162240158")
plan(id="w47", fmt="ccda", payer="medicare-psychotherapy", states=[], as_of="2026-02-19",
     gaps=[["diagnosis-code-invalid"]], unsure=["diagnosis-code-not-billable"],
     notes="Gap: the primary diagnosis is coded F41.10, which does not exist in ICD-10-CM (GAD is F41.1). "
           "diagnosis-code-not-billable left out of must_not_report (a tool may word the same problem either way). "
           "C-CDA Care Plan from a hospital outpatient psychiatry clinic; clinician as legalAuthenticator with credential suffix.",
     ccda={"oid": "2.16.840.1.113883.3.9921.47", "docid": "BHTP-260121-0107", "title": "Outpatient Psychotherapy Treatment Plan",
           "org": "Westlake University Hospital Behavioral Health Clinic", "plan": "2026-01-21", "period": ("2026-01-21", "2026-07-20"),
           "patient": {"mbi": MBI(47).replace("-", ""), "mrn": "WUH-0093318", "given": "Leopold", "family": "Fairbanks",
                       "dob": "1955-03-09", "sex": "M", "street": "8 Orchard Row", "city": "Westlake", "state": "OH", "zip": "44100"},
           "author": {"npi": NPI_W47, "given": "Marisol", "family": "Eckhardt", "cred": "LISW-S"},
           "dx": [("F41.10", "Generalized anxiety disorder", True), ("F51.01", "Primary insomnia", False)],
           "goals": [{"text": "Reduce GAD-7 score from 16 to 8 or below", "target": "2026-04-21"},
                     {"text": "Fall asleep within 30 minutes on at least 5 of 7 nights, per sleep diary", "target": "2026-04-21"},
                     {"text": "Use a scheduled worry period on at least 5 days per week, per worry log", "target": "2026-03-21"}],
           "services": [{"desc": "Individual psychotherapy", "code": "90834", "amount": "45 minutes", "freq": "Weekly", "dur": "6 months",
                         "start": "2026-01-21", "end": "2026-07-20", "period_value": "1", "period_unit": "wk"}],
           "plan_text": "Cognitive behavioral therapy for generalized anxiety and CBT for insomnia; 45-minute sessions weekly; expected duration 6 months (through 07/20/2026).",
           "sigs": [("legalAuthenticator", {"date": "2026-01-21", "npi": NPI_W47, "given": "Marisol", "family": "Eckhardt", "cred": "LISW-S"})],
           "extra_sections": [("Treatment Plan Notes", "Plan established 01/21/2026 after the diagnostic evaluation on 01/14/2026. Patient agreed with the plan.")]},
     facts={"plan": "2026-01-21", "sig": {"clinician": "2026-01-21"}, "targets": ["2026-04-21", "2026-04-21", "2026-03-21"], "dur_days": 180})


def fhir_w48():
    pid, cp = "pt-48", "cp-48"
    md_npi, rn_npi = npi("187720431"), npi("150093826")
    hcpcs = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
    entries = []

    def add(res):
        entries.append({"fullUrl": f"urn:uuid:{res['resourceType'].lower()}-{res['id']}", "resource": res})

    add({"resourceType": "Patient", "id": pid,
         "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": MBI(48).replace("-", "")},
                        {"system": "urn:oid:2.16.840.1.113883.3.9921.48", "value": "HHA-26-0318"}],
         "name": [{"use": "official", "family": "Sorensen-Abiola", "given": ["Winnifred"]}],
         "gender": "female", "birthDate": "1937-02-14",
         "address": [{"line": ["405 Linden Ct"], "city": "Halden Grove", "state": "MO", "postalCode": "64000"}]})
    add({"resourceType": "Practitioner", "id": "md-48",
         "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": md_npi}],
         "name": [{"family": "Lindqvist-Abara", "given": ["Cyrus"], "suffix": ["MD"]}],
         "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360", "code": "MD", "display": "Doctor of Medicine"}]}}]})
    add({"resourceType": "Practitioner", "id": "rn-48",
         "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": rn_npi}],
         "name": [{"family": "Oyelaran", "given": ["Bettina"], "suffix": ["RN"]}],
         "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360", "code": "RN", "display": "Registered Nurse"}]}}]})
    conds = [("c1", "I11.0", "Hypertensive heart disease with heart failure", True),
             ("c2", "I50.22", "Chronic systolic (congestive) heart failure", False),
             ("c3", "R26.81", "Unsteadiness on feet", False)]
    for cid, code, disp, prim in conds:
        add({"resourceType": "Condition", "id": cid,
             "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": "encounter-diagnosis"}]}],
             "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": code, "display": disp}], "text": disp},
             "subject": {"reference": f"Patient/{pid}"}, "recordedDate": "2026-02-16",
             "note": [{"text": "Principal diagnosis (M1021)" if prim else "Other diagnosis (M1023)"}]})
    goals = [("g1", "Patient will weigh herself daily and record the weight in her log on 7 of 7 days", "2026-03-02", None),
             ("g2", "Patient will state 4 signs of worsening heart failure and when to call the agency", "2026-03-09", None),
             ("g3", "Patient will walk 150 feet with a rolling walker and stand-by assistance", "2026-04-06", ("feet walked", 150, "ft")),
             ("g4", "Patient will have no hospital admission for heart failure during the certification period", "2026-04-16", None)]
    for gid, text, due, measure in goals:
        tgt = {"dueDate": due}
        if measure:
            tgt["measure"] = {"text": measure[0]}
            tgt["detailQuantity"] = {"value": measure[1], "unit": measure[2]}
        add({"resourceType": "Goal", "id": gid, "lifecycleStatus": "active",
             "description": {"text": text}, "subject": {"reference": f"Patient/{pid}"},
             "startDate": "2026-02-16", "target": [tgt]})
    srs = [("sr1", "G0299", "Skilled nursing visit: cardiopulmonary assessment, heart failure and medication teaching",
            [(2, 3), (1, 5)], "SN 2w3, 1w5"),
           ("sr2", "G0151", "Physical therapy visit: gait, balance and strengthening", [(2, 4)], "PT 2w4"),
           ("sr3", "G0156", "Home health aide visit: bathing and personal care", [(2, 8)], "HHA 2w8")]
    for sid, code, text, blocks, short in srs:
        weeks = sum(b[1] for b in blocks)
        add({"resourceType": "ServiceRequest", "id": sid, "status": "active", "intent": "order",
             "code": {"coding": [{"system": hcpcs, "code": code}], "text": text},
             "subject": {"reference": f"Patient/{pid}"},
             "occurrenceTiming": {"repeat": {"boundsDuration": {"value": weeks, "unit": "wk", "system": "http://unitsofmeasure.org", "code": "wk"},
                                             "frequency": blocks[0][0], "period": 1, "periodUnit": "wk"},
                                  "code": {"text": short}},
             "quantityQuantity": {"value": 1, "unit": "visit"},
             "requester": {"reference": "Practitioner/md-48"},
             "note": [{"text": f"Frequency and duration: {short} ({weeks} weeks)"}]})
    add({"resourceType": "CarePlan", "id": cp, "status": "active", "intent": "plan",
         "title": "Home Health Plan of Care - Start of Care",
         "description": "Certification period 02/16/2026 - 04/16/2026. Start of care 02/16/2026. Homebound: dyspnea after 25 feet; needs a walker and help of another person to leave home.",
         "subject": {"reference": f"Patient/{pid}"},
         "period": {"start": "2026-02-16", "end": "2026-04-16"}, "created": "2026-02-16",
         "author": {"reference": "Practitioner/rn-48"},
         "contributor": [{"reference": "Practitioner/md-48"}],
         "addresses": [{"reference": f"Condition/{c[0]}"} for c in conds],
         "goal": [{"reference": f"Goal/{g[0]}"} for g in goals],
         "activity": [{"reference": {"reference": f"ServiceRequest/{s[0]}"}} for s in srs],
         "note": [{"text": "Rehab potential: fair. Discharge plan: to self-care with daughter's help when goals are met."}]})
    add({"resourceType": "Provenance", "id": "prov-48",
         "target": [{"reference": f"CarePlan/{cp}"}], "recorded": "2026-02-20T16:05:00-06:00",
         "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "code": "author"}]},
                    "who": {"reference": "Practitioner/rn-48"}},
                   {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "code": "attester"}]},
                    "who": {"reference": "Practitioner/md-48"}}],
         "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1", "display": "Author's Signature"}],
                        "when": "2026-02-16T18:20:00-06:00", "who": {"reference": "Practitioner/rn-48"}},
                       {"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.5", "display": "Verification Signature"}],
                        "when": "2026-02-20T16:05:00-06:00", "who": {"reference": "Practitioner/md-48"}}]})
    return {"resourceType": "Bundle", "id": "hh-poc-48", "type": "collection", "timestamp": "2026-02-20T16:10:00-06:00", "entry": entries}


plan(id="w48", fmt="fhir", payer="medicare-home-health", states=[], as_of="2026-03-11",
     gaps=[], notes="Clean. FHIR R4 collection Bundle from a home health agency: CarePlan with a 60-day period, "
                    "ICD-10-CM Conditions, Goals with due dates, ServiceRequests with weekly timing and bounds (HCPCS), "
                    "and a Provenance carrying the RN author signature and the MD's verification signature.",
     facts={"plan": "2026-02-16", "first_tx": "2026-02-16", "period": ("2026-02-16", "2026-04-16"),
            "sig": {"physician": "2026-02-20", "clinician": "2026-02-16"}, "targets": ["2026-03-02", "2026-03-09", "2026-04-06", "2026-04-16"]})

# ----------------------------------------------------------------------------------------------
# Key dates of each plan (ISO), used by the self-check below and checked against the document text
# ----------------------------------------------------------------------------------------------
FACTS = {
    "w01": {"plan": "2026-01-14", "dur_days": 181}, "w02": {"plan": "2025-11-18", "dur_days": 181},
    "w03": {"plan": "2026-02-09", "admission": "2026-02-09", "dur_days": 56}, "w04": {"plan": "2025-12-03", "dur_days": 182},
    "w05": {"plan": "2025-01-21"}, "w06": {"plan": "2026-01-07"}, "w07": {"plan": "2026-01-08", "dur_days": 140},
    "w08": {"plan": "2025-08-05", "dur_days": 273},
    "w09": {"plan": "2025-12-19", "admission": "2025-12-02", "dur_days": 182},
    "w10": {"plan": "2025-11-12", "admission": "2025-10-01", "dur_days": 121},
    "w11": {"plan": "2026-01-27", "admission": "2026-01-06", "dur_days": 120},
    "w12": {"plan": "2025-11-24", "admission": "2025-11-03", "dur_days": 112},
    "w13": {"plan": "2026-02-02", "admission": "2026-01-12", "dur_days": 98},
    "w14": {"plan": "2026-01-29", "admission": "2026-01-12", "dur_days": 181},
    "w15": {"plan": "2026-01-12"}, "w16": {"plan": "2026-02-03"}, "w17": {"plan": "2026-01-20"}, "w18": {"plan": "2025-11-04"},
    "w19": {"plan": "2026-02-02"}, "w20": {"plan": "2026-01-05"}, "w21": {"plan": "2026-02-16"}, "w22": {"plan": "2026-01-26"},
    "w23": {"plan": "2026-01-21"},
    "w24": {"plan": "2026-01-05"}, "w25": {"plan": "2026-02-02"}, "w26": {"plan": "2025-12-01"}, "w27": {"plan": "2026-01-19"},
    "w28": {"plan": "2026-02-09"}, "w29": {"plan": "2026-01-26"},
    "w30": {"plan": "2026-01-20"}, "w31": {"plan": "2026-02-23"}, "w32": {"plan": "2026-02-09"}, "w33": {"plan": "2026-02-02"},
    "w34": {"plan": "2026-01-12"}, "w35": {"plan": "2026-02-16"}, "w36": {"plan": "2026-02-24"}, "w37": {"plan": "2026-02-09"},
    "w38": {"plan": "2026-01-30", "admission": "2026-01-26"}, "w39": {"plan": "2026-02-05", "admission": "2026-02-02"},
    "w40": {"plan": "2026-01-21", "admission": "2026-01-13", "level": "day or night treatment"},
    "w41": {"plan": "2026-02-14", "admission": "2026-02-03", "level": "residential level 1"},
    "w42": {"plan": "2026-01-09", "admission": "2026-01-05"},
    "w43": {"plan": "2025-12-22", "admission": "2025-12-01"},
}

# ----------------------------------------------------------------------------------------------
# Profile numbers (from payer_profiles/*.yaml, versions in force on the as-of dates used here)
# and the finding kinds each profile can report at error or warning (info-only kinds left out).
# ----------------------------------------------------------------------------------------------
PARAM = {
    "psy_plan_age": 365, "psy_max_duration_days": 365,          # medicare-psychotherapy: plan-current, duration-limit (strict)
    "pa_plan_days": 30,                                          # pa-55-5200 plan-timely
    "ny_plan_days": 7, "ny_md_days": 10,                         # ny-oasas-818
    "fl_qp_days": 10, "fl_default_days": 30,                     # fl-65d-30 (rule default max_days 30 when no level matches)
    "fl_level_days": {"intensive inpatient": 3, "residential level 1": 7, "residential level 2": 15,
                      "residential level 3": 15, "residential level 4": 15, "day or night treatment": 10,
                      "day or night treatment with community housing": 15, "methadone": 30},
    "ca_plan_days": 28, "ca_review_days": 92, "ca_sig_days": 14,  # ca-title9-ntp
    "pt_review_days": 90, "pt_cert_days": 30,                    # medicare-outpatient-therapy
    "hh_review_days": 60,                                        # medicare-home-health
    "aba_review_days": 184, "aba_assess_days": 365, "aba_period_months": 6,   # commercial-aba
}

BASE_KINDS = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
              "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
KINDS = {
    "base-treatment-plan": BASE_KINDS,
    "medicare-psychotherapy": BASE_KINDS | {"credential-missing", "signature-missing", "duration-exceeds-limit",
                                            "duration-missing", "goal-not-measurable", "goal-missing", "intervention-missing",
                                            "objective-not-measurable", "objective-not-time-bound", "plan-outdated",
                                            "amount-missing", "frequency-missing"},
    # 2025-01 version: service-amount is info only, so amount-missing is not listed
    "medicare-outpatient-therapy": BASE_KINDS | {"signature-missing", "duration-missing", "goal-not-measurable", "goal-missing",
                                                 "intervention-missing", "credential-not-permitted", "signature-late",
                                                 "plan-late", "review-interval-exceeded", "review-overdue", "frequency-missing"},
    "medicare-home-health": BASE_KINDS | {"duration-missing", "goal-not-measurable", "goal-missing", "intervention-missing",
                                          "credential-not-permitted", "signature-missing", "review-interval-exceeded",
                                          "review-overdue", "frequency-missing"},
    "commercial-aba": BASE_KINDS | {"assessment-missing", "assessment-outdated", "caregiver-goal-missing", "signature-missing",
                                    "diagnosis-not-covered", "duration-exceeds-limit", "baseline-missing", "goal-not-measurable",
                                    "goal-missing", "goal-not-time-bound", "review-date-missing", "review-interval-exceeded",
                                    "amount-missing"},
    "pa-55-5200": {"field-missing", "signature-missing", "duration-missing", "goal-missing", "intervention-missing",
                   "objective-missing", "plan-late"},
    "ny-oasas-818": {"field-missing", "signature-missing", "diagnosis-missing", "goal-missing", "intervention-missing",
                     "signature-late", "plan-late"},
    "fl-65d-30": {"field-missing", "signature-missing", "goal-missing", "intervention-missing", "objective-not-measurable",
                  "objective-missing", "objective-not-time-bound", "plan-late", "frequency-missing", "signature-late"},
    "ca-title9-ntp": {"field-missing", "signature-missing", "goal-missing", "objective-missing", "objective-not-time-bound",
                      "signature-late", "plan-late", "review-date-missing", "review-interval-exceeded", "review-overdue"},
    "tx-26tac-564": {"signature-missing", "duration-missing", "goal-missing", "intervention-missing", "objective-not-measurable",
                     "objective-missing", "objective-not-time-bound", "frequency-missing"},
}

# ----------------------------------------------------------------------------------------------
# Self-check: dates and intervals against the profile numbers
# ----------------------------------------------------------------------------------------------

def _days(a, b):
    return (D(b) - D(a)).days if isinstance(a, str) else (b - a).days


def collect_facts(p):
    f = dict(FACTS.get(p["id"], {}))
    f.update(p.get("facts", {}))
    f.update(p.get("facts_extra", {}))
    sig = dict(f.get("sig", {}))
    for s in p.get("sigs", []):
        if s.get("date"):
            sig.setdefault(s["kind"], s["date"].isoformat())
    for key in ("therapist", "physician"):
        s = p.get(key)
        if s and s.get("date"):
            sig.setdefault(s["kind"], s["date"].isoformat())
    f["sig"] = sig
    targets = list(f.get("targets", []))
    for g in p.get("goals", []):
        if g.get("gtarget"):
            targets.append(g["gtarget"].isoformat())
        for o in g.get("objectives", []):
            if o.get("target"):
                targets.append(o["target"].isoformat())
    for key in ("stg", "ltg", "flat_goals"):
        for _, t in p.get(key, []):
            if isinstance(t, dt.date):
                targets.append(t.isoformat())
    for row in p.get("goal_rows", []):
        if isinstance(row[-1], dt.date):
            targets.append(row[-1].isoformat())
    for dom in p.get("domains", []):
        for g in dom["goals"]:
            if isinstance(g.get("gtarget"), dt.date):
                targets.append(g["gtarget"].isoformat())
    f["targets"] = sorted(set(targets))
    return f


def selfcheck(p):
    f = collect_facts(p)
    gap_kinds = {k for gap in p["gaps"] for k in gap}
    asof = p["as_of"]
    pl = f["plan"]
    pid = p["id"]
    # general consistency (dates-consistent applies to every plan)
    for t in f["targets"]:
        assert _days(pl, t) > 0, (pid, "target before plan", t)
    for k, d in f["sig"].items():
        assert _days(pl, d) >= 0, (pid, "signature before plan", k, d)
        assert _days(d, asof) >= 0, (pid, "signature after as-of", k, d)
    if f.get("admission"):
        assert _days(f["admission"], pl) >= 0, (pid, "plan before admission")
    for d in f.get("assess", []):
        assert _days(d, pl) >= 0, (pid, "assessment after plan")
    profiles = [p["payer"]] + p["states"]
    # medicare-psychotherapy
    if "medicare-psychotherapy" in profiles:
        last = max([pl] + f.get("reviews_done", []))
        age = _days(last, asof)
        assert (age > PARAM["psy_plan_age"]) == ("plan-outdated" in gap_kinds), (pid, "plan age", age)
        if "dur_days" in f:
            assert (f["dur_days"] >= PARAM["psy_max_duration_days"]) == ("duration-exceeds-limit" in gap_kinds), (pid, "duration")
    if "pa-55-5200" in profiles:
        n = _days(f["admission"], pl)
        assert (n > PARAM["pa_plan_days"]) == ("plan-late" in gap_kinds), (pid, "PA plan days", n)
    if "ny-oasas-818" in profiles:
        n = _days(f["admission"], pl)
        assert (n > PARAM["ny_plan_days"]) == ("plan-late" in gap_kinds), (pid, "NY plan days", n)
        m = _days(f["admission"], f["sig"]["physician"])
        assert (m > PARAM["ny_md_days"]) == ("signature-late" in gap_kinds), (pid, "NY physician days", m)
    if "fl-65d-30" in profiles:
        n = _days(f["admission"], pl)
        lim = PARAM["fl_level_days"].get(f["level"], PARAM["fl_default_days"])
        assert (n > lim) == ("plan-late" in gap_kinds), (pid, "FL plan days", n, lim)
        assert n <= PARAM["fl_default_days"]
        if "supervisor" in f["sig"]:
            m = _days(pl, f["sig"]["supervisor"])
            assert (m > PARAM["fl_qp_days"]) == ("signature-late" in gap_kinds), (pid, "FL QP days", m)
    if "ca-title9-ntp" in profiles:
        n = _days(f["admission"], pl)
        assert (n > PARAM["ca_plan_days"]) == ("plan-late" in gap_kinds), (pid, "CA plan days")
        r = _days(f["admission"], f["next_review"])
        assert (r > PARAM["ca_review_days"]) == ("review-interval-exceeded" in gap_kinds), (pid, "CA review", r)
        assert _days(asof, f["next_review"]) > 0, (pid, "CA review overdue")
        for k in ("supervisor", "physician"):
            if k in f["sig"]:
                assert _days(pl, f["sig"][k]) <= PARAM["ca_sig_days"], (pid, "CA sig", k)
        assert ("supervisor" not in f["sig"]) == ("signature-missing" in gap_kinds), (pid, "CA supervisor")
    if p["payer"] == "medicare-outpatient-therapy":
        ft = f["first_tx"]
        assert (_days(ft, pl) > 0) == ("plan-late" in gap_kinds), (pid, "plan after first treatment")
        ps, pe = f["period"]
        assert ps == ft
        n = _days(ft, pe)
        assert (n > PARAM["pt_review_days"]) == ("review-interval-exceeded" in gap_kinds), (pid, "cert period", n)
        assert _days(asof, pe) >= 0, (pid, "certification lapsed on as-of")
        if "physician" in f["sig"]:
            m = _days(ft, f["sig"]["physician"])
            assert (m > PARAM["pt_cert_days"]) == ("signature-late" in gap_kinds), (pid, "cert days", m)
    if p["payer"] == "medicare-home-health":
        ps, pe = f["period"]
        anchor = f.get("first_tx", pl)
        assert ps == anchor
        n = _days(anchor, pe)
        assert n <= PARAM["hh_review_days"], (pid, "HH period", n)
        assert (_days(pe, asof) > 0) == ("review-overdue" in gap_kinds), (pid, "HH period ended")
        assert ("physician" in f["sig"]) != ("signature-missing" in gap_kinds), (pid, "HH physician signature")
    if p["payer"] == "commercial-aba":
        age = _days(max(f["assess"]), pl)
        assert (age > PARAM["aba_assess_days"]) == ("assessment-outdated" in gap_kinds), (pid, "ABA assessment age", age)
        ps, pe = f["period"]
        six = add_months(D(ps), PARAM["aba_period_months"])
        assert (D(pe) > six) == ("duration-exceeds-limit" in gap_kinds), (pid, "ABA period", pe, six)
        if f.get("next_review"):
            r = _days(pl, f["next_review"])
            assert r <= PARAM["aba_review_days"], (pid, "ABA review interval", r)
        assert (not f.get("next_review")) == ("review-date-missing" in gap_kinds), (pid, "ABA review date")
    return f

# ----------------------------------------------------------------------------------------------
# Output
# ----------------------------------------------------------------------------------------------
SLUG = {"medicare-psychotherapy": "bh", "medicare-outpatient-therapy": "rehab", "medicare-home-health": "homehealth",
        "commercial-aba": "aba"}
EXT = {"docx": "docx", "yaml": "yaml", "ccda": "xml", "fhir": "json"}


def file_name(p):
    if p["states"]:
        slug = {"pa-55-5200": "bh_pa", "tx-26tac-564": "sud_tx", "fl-65d-30": "sud_fl", "ny-oasas-818": "sud_ny",
                "ca-title9-ntp": "otp_ca"}[p["states"][0]]
    else:
        slug = SLUG[p["payer"]]
    return f"{p['id']}_{slug}.{EXT[p.get('fmt', 'docx')]}"


def docx_text(path):
    z = zipfile.ZipFile(path)
    import re
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            xml = z.read(n).decode("utf8")
            out.append(" ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)))
    return " ".join(out).replace("  ", " ")


def any_format_present(text, iso):
    d = D(iso)
    return any(fd(d, s) in text for s in ("us", "short", "mdy", "long", "abbr", "abbrdot", "iso", "dmy", "dash"))


def main():
    os.chdir(HERE)
    labels = []
    seen = set()
    for p in PLANS:
        assert p["id"] not in seen
        seen.add(p["id"])
        selfcheck(p)
        fmt = p.get("fmt", "docx")
        name = file_name(p)
        if fmt == "docx":
            _rev["id"] = 900
            doc = RENDER[p["family"]](p)
            save_docx(doc, name, author=p.get("org", {}).get("name", "Agency EHR"), title=p.get("title", "Treatment Plan"))
            text = docx_text(name)
            f = collect_facts(p)
            for key in ("plan", "admission"):
                if f.get(key):
                    assert any_format_present(text, f[key]), (p["id"], key, f[key])
        elif fmt == "yaml":
            with open(name, "w", encoding="utf8", newline="\n") as fh:
                fh.write(p["text"])
        elif fmt == "ccda":
            with open(name, "w", encoding="utf8", newline="\n") as fh:
                fh.write(ccda(p))
        elif fmt == "fhir":
            with open(name, "w", encoding="utf8", newline="\n") as fh:
                json.dump(fhir_w48(), fh, indent=2, ensure_ascii=False)
                fh.write("\n")
        kinds = set()
        for prof in [p["payer"]] + p["states"]:
            kinds |= KINDS[prof]
        gap_kinds = {k for gap in p["gaps"] for k in gap}
        for k in gap_kinds:
            assert k in kinds, (p["id"], k)
        unsure = set(p.get("unsure", []))
        check_with = ["--payer", p["payer"]]
        for s in p["states"]:
            check_with += ["--state", s]
        check_with += ["--as-of", p["as_of"]]
        labels.append({"file": name, "check_with": check_with, "must_report": p["gaps"],
                       "must_not_report": sorted(kinds - gap_kinds - unsure), "notes": p["notes"]})
    with open("labels.json", "w", encoding="utf8", newline="\n") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print(f"wrote {len(labels)} plans and labels.json")


if __name__ == "__main__":
    main()
