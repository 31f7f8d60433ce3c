#!/usr/bin/env python3
"""Blind plan set 31 (held out): writes every plan file and labels.json into this folder.

Deterministic: run it twice and the output is byte-identical (DOCX files are re-zipped with fixed
timestamps and fixed core properties). Everything is invented: no real patients, clinicians or
agencies. NPIs are invented 10-digit numbers with a valid Luhn check digit over the 80840 prefix,
except where an invalid NPI is the gap.

Run:  /work/main/.venv/bin/python make_plans.py
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
from docx.shared import Pt, Inches, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
D = date  # shorthand


# --------------------------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------------------------
def luhn_check_digit(digits: str) -> str:
    """Check digit for the NPI: Luhn over '80840' + the first nine digits."""
    s = "80840" + digits
    total = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 0:  # rightmost digit of the payload is doubled (check digit goes to its right)
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def npi(base9: str) -> str:
    assert len(base9) == 9 and base9.isdigit() and base9[0] in "12"
    return base9 + luhn_check_digit(base9)


def npi_is_valid(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and luhn_check_digit(n[:9]) == n[9]


def bad_npi(base9: str) -> str:
    good = npi(base9)
    wrong = str((int(good[-1]) + 3) % 10)
    return base9 + wrong


# self-check of the Luhn helper against the CMS worked example (NPI 1234567893)
assert npi("123456789") == "1234567893"


# --------------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fmt(d: date | None, style: str = "us") -> str:
    if d is None:
        return ""
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "us_nopad":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "abbr":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "dmy_words":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    raise ValueError(style)


def add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return date(y, m, day)


def days(a: date, b: date) -> int:
    return (b - a).days


# --------------------------------------------------------------------------------------------
# DOCX helpers
# --------------------------------------------------------------------------------------------
FIXED_TIME = dt.datetime(2026, 1, 1, 9, 0, 0)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def new_doc(font="Calibri", size=10.5, landscape=False, margins=0.8):
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


def save_doc(doc, path, author="Clinical Records"):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = "Treatment plan"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_printed = FIXED_TIME
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def para(doc_or_cell, text="", bold=False, italic=False, size=None, align=None, style=None,
         color=None, space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def lv(doc_or_cell, label, value, sep=": ", bold_label=True, p=None):
    """'Label: value' paragraph with a bold label run."""
    if p is None:
        p = doc_or_cell.add_paragraph()
    r = p.add_run(f"{label}{sep}")
    r.bold = bold_label
    p.add_run(value)
    return p


def runs(p, *parts):
    """parts: (text, bold) tuples or plain strings."""
    for part in parts:
        if isinstance(part, tuple):
            r = p.add_run(part[0])
            r.bold = part[1]
        else:
            p.add_run(part)
    return p


def heading(doc, text, level=1, styled=True, caps=False, underline=False, size=None):
    if caps:
        text = text.upper()
    if styled:
        return doc.add_heading(text, level=level)
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.underline = underline
    r.font.size = Pt(size or (13 if level == 1 else 11.5))
    return p


def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def shade(cell, hex_fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def table(doc_or_cell, rows, header=True, style="Table Grid", widths=None, size=None, shade_header=True):
    ncols = max(len(r) for r in rows)
    t = doc_or_cell.add_table(rows=0, cols=ncols)
    try:
        t.style = style
    except Exception:
        pass
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j in range(ncols):
            txt = row[j] if j < len(row) else ""
            set_cell(cells[j], txt, bold=(header and i == 0), size=size)
            if header and i == 0 and shade_header:
                shade(cells[j])
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Inches(w)
    return t


def kv_table(doc_or_cell, pairs, cols=2, size=None, label_bold=True, style="Table Grid"):
    """Form table: label/value pairs laid out `cols` pairs per row."""
    nrows = (len(pairs) + cols - 1) // cols
    t = doc_or_cell.add_table(rows=nrows, cols=cols * 2)
    t.style = style
    for i, (k, v) in enumerate(pairs):
        r, c = divmod(i, cols)
        set_cell(t.cell(r, 2 * c), k, bold=label_bold, size=size)
        set_cell(t.cell(r, 2 * c + 1), v, size=size)
    return t


def merge_row(t, row_idx, text, bold=True, fill="D9D9D9"):
    row = t.rows[row_idx]
    a = row.cells[0].merge(row.cells[-1])
    set_cell(a, text, bold=bold)
    if fill:
        shade(a, fill)
    return a


def add_header_text(doc, left, right=None, footer=None, footer_page=True):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = left
    if right:
        hp2 = sec.header.add_paragraph(right)
        hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer is not None:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
        if footer_page:
            add_page_field(fp)


def add_page_field(p, prefix="  Page "):
    p.add_run(prefix)
    r = p.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def sdt_wrap_paragraph_runs(p, tag="field", alias=None):
    """Move every run of a paragraph into a plain-text content control (inline w:sdt)."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    if alias:
        al = OxmlElement("w:alias"); al.set(qn("w:val"), alias); pr.append(al)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    for r in list(p._p.findall(qn("w:r"))):
        content.append(r)
    sdt.append(content)
    p._p.append(sdt)
    return sdt


def sdt_value(p, label, value, tag):
    """'Label: [value]' where the value sits in an inline content control."""
    r = p.add_run(f"{label}: ")
    r.bold = True
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias"); al.set(qn("w:val"), label); pr.append(al)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    rr = OxmlElement("w:r")
    t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = value
    rr.append(t)
    content.append(rr)
    sdt.append(content)
    p._p.append(sdt)
    return p


def block_sdt(doc, elements, tag):
    """Wrap body-level elements (paragraphs/tables) in a block content control."""
    body = doc.element.body
    first = elements[0]._element if hasattr(elements[0], "_element") else elements[0]._p
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    first.addprevious(sdt)
    for el in elements:
        e = el._element if hasattr(el, "_element") else el._p
        content.append(e)
    return sdt


_rev_id = [100]


def tracked_ins(p, text, author="R. Okafor", when="2026-02-02T10:15:00Z", bold=False):
    _rev_id[0] += 1
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), str(_rev_id[0])); ins.set(qn("w:author"), author); ins.set(qn("w:date"), when)
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr"); rpr.append(OxmlElement("w:b")); r.append(rpr)
    t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t); ins.append(r); p._p.append(ins)
    return ins


def tracked_del(p, text, author="R. Okafor", when="2026-02-02T10:15:00Z"):
    _rev_id[0] += 1
    de = OxmlElement("w:del")
    de.set(qn("w:id"), str(_rev_id[0])); de.set(qn("w:author"), author); de.set(qn("w:date"), when)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText"); t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t); de.append(r); p._p.append(de)
    return de


def comment(doc, run_or_runs, text, author="QA Reviewer", initials="QA"):
    c = doc.add_comment(run_or_runs, text=text, author=author, initials=initials)
    # fixed date for byte stability
    c._comment_elm.set(qn("w:date"), "2026-01-01T09:00:00Z")
    return c


def checkbox_line(p, options, checked):
    for o in options:
        p.add_run(("\u2612 " if o in checked else "\u2610 ") + o + "    ")
    return p


def boxed(doc, lines, fill=None, bold_first=False):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    c.text = ""
    for i, line in enumerate(lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        if isinstance(line, tuple):
            runs(p, *line)
        else:
            r = p.add_run(line)
            r.bold = bold_first and i == 0
    if fill:
        shade(c, fill)
    return t


# --------------------------------------------------------------------------------------------
# generic pieces of a plan (each family lays them out its own way)
# --------------------------------------------------------------------------------------------
def plural(w):
    if w.endswith("y") and not w.endswith(("ay", "ey", "oy")):
        return w[:-1] + "ies"
    return w if w.endswith("s") else w + "s"


def F(P, d):
    return fmt(d, P.get("fmt", "us"))


def FS(P, d):
    """Dates next to signatures (some templates write them shorter than the rest)."""
    return fmt(d, P.get("fmt_sig", P.get("fmt", "us")))


def sig_text(P, s, with_date=True):
    """One-line written form of a signature, in the family's style."""
    nm = s["name"] + (f", {s['cred']}" if s.get("cred") else "")
    if s.get("blank"):
        return "_" * 28
    if s.get("pending"):
        return s["pending"]
    if s.get("text"):
        return s["text"]
    m = s.get("method", "typed")
    dd = FS(P, s["date"]) if s.get("date") else ""
    if m == "estamp":
        tm = s.get("time", "10:42 AM")
        return f"Electronically signed by {nm} on {dd} {tm}" if dd else f"Electronically signed by {nm}"
    if m == "slash":
        return f"/s/ {nm}" + (f"   {dd}" if (with_date and dd) else "")
    if m == "wet":
        return f"{nm} (signed)" if not with_date else f"{nm} (signed)   {dd}"
    return nm + (f"   {dd}" if (with_date and dd) else "")


def default_ident(P):
    c = P["client"]
    out = [(P.get("name_label", f"{P['cl']} Name"), c["name"]),
           (P.get("dob_label", "Date of Birth"), F(P, c["dob"]))]
    if c.get("mid"):
        out.append((c.get("mid_label", "Member ID"), c["mid"]))
    if P.get("payer_name"):
        out.append((P.get("payer_label", "Insurance"), P["payer_name"]))
    if P.get("program"):
        out.append((P.get("program_label", "Program"), P["program"]))
    if P.get("loc"):
        out.append((P.get("loc_label", "Level of Care"), P["loc"]))
    if P.get("adm"):
        out.append((P.get("adm_label", "Admission Date"), F(P, P["adm"])))
    if P.get("ftd"):
        out.append((P.get("ftd_label", "Evaluation / First Treatment Date"), F(P, P["ftd"])))
    if P.get("plan_date"):
        out.append((P.get("plan_date_label", "Plan Date"), F(P, P["plan_date"])))
    if P.get("period"):
        s, e = P["period"]
        out.append((P.get("period_label", "Plan Period"), f"{F(P, s)} to {F(P, e)}"))
    for pr in P.get("providers", []):
        val = pr["name"] + (f", {pr['cred']}" if pr.get("cred") else "")
        if pr.get("npi"):
            val += f" (NPI {pr['npi']})"
        out.append((pr["role"], val))
    return out


def dx_primary_text(x):
    return f"{x['code']} {x['desc']}" if x.get("code") else x["desc"]


def r_dx(doc, P, mode="table"):
    dx = P.get("dx", [])
    if mode == "table":
        rows = [[P.get("dx_code_hdr", "ICD-10-CM"), "Description", "Type"]]
        for i, x in enumerate(dx):
            rows.append([x.get("code", ""), x["desc"], "Primary" if x.get("primary") else "Secondary"])
        table(doc, rows)
    elif mode == "lines":
        for i, x in enumerate(dx):
            tag = "Primary" if x.get("primary") else ("Secondary" if i == 1 else "Additional")
            lv(doc, f"{tag} diagnosis", dx_primary_text(x))
    elif mode == "numbered":
        for i, x in enumerate(dx, 1):
            para(doc, f"{i}. {dx_primary_text(x)}" + (" (primary)" if x.get("primary") else ""))
    elif mode == "axis":
        for i, x in enumerate(dx):
            p = doc.add_paragraph()
            runs(p, (("Principal: " if x.get("primary") else "Other: "), True),
                 (x.get("code", "") + "  ", True), x["desc"])
    if P.get("dx_by"):
        para(doc, P["dx_by"], italic=True)


def goal_date_text(P, g):
    if g.get("target"):
        return F(P, g["target"])
    return g.get("tf") or ""


def obj_date_text(P, o):
    if o.get("target"):
        return F(P, o["target"])
    return o.get("tf") or ""


def intv_text(i):
    bits = [i["text"]]
    for k in ("amount", "freq", "dur"):
        if i.get(k):
            bits.append(i[k])
    s = ", ".join(bits)
    if i.get("staff"):
        s += f" ({i['staff']})"
    return s


def r_goals_para(doc, P, styled_headings=True, obj_inline_date=True, show_problem=True):
    V = P["vocab"]
    for pi, pr in enumerate(P["problems"], 1):
        if show_problem and pr.get("text"):
            h = heading(doc, f"{V['problem']} {pr.get('label', pi)}: {pr['text']}", level=2,
                        styled=styled_headings)
        for gi, g in enumerate(pr["goals"], 1):
            glab = g.get("label", f"{V['goal']} {pi}" if len(pr["goals"]) == 1 else f"{V['goal']} {pi}.{gi}")
            p = doc.add_paragraph()
            runs(p, (f"{glab}: ", True), g["text"])
            if g.get("target") or g.get("tf"):
                p.add_run(f" {V.get('goal_date', 'Target date')}: {goal_date_text(P, g)}")
            if g.get("baseline"):
                lv(doc, "Baseline", g["baseline"])
            if g.get("mastery"):
                lv(doc, "Mastery criteria", g["mastery"])
            for oi, o in enumerate(g.get("objectives", []), 1):
                olab = o.get("label", f"{V['obj']} {pi}{chr(96 + oi)}")
                p = doc.add_paragraph(style="List Bullet") if P.get("obj_bullets") else doc.add_paragraph()
                if not P.get("obj_bullets"):
                    p.paragraph_format.left_indent = Inches(0.3)
                runs(p, (f"{olab}: ", True), o["text"])
                if obj_inline_date and (o.get("target") or o.get("tf")):
                    p.add_run(f"  ({V.get('obj_date', 'Target')}: {obj_date_text(P, o)})")
                if o.get("baseline"):
                    p.add_run(f"  Baseline: {o['baseline']}")
            ivs = g.get("interventions", [])
            if ivs:
                p = doc.add_paragraph()
                runs(p, (f"{plural(V['intv'])}:", True))
                for iv in ivs:
                    q = doc.add_paragraph()
                    q.paragraph_format.left_indent = Inches(0.3)
                    q.add_run("- " + intv_text(iv))


def r_goals_table(doc, P, cols=("No.", "Goal / Objective", "Target Date", "Status"), status="New"):
    V = P["vocab"]
    rows = [list(cols)]
    for pi, pr in enumerate(P["problems"], 1):
        for gi, g in enumerate(pr["goals"], 1):
            num = f"{pi}" if len(pr["goals"]) == 1 else f"{pi}.{gi}"
            rows.append([f"{V['goal']} {num}", g["text"], goal_date_text(P, g), status])
            for oi, o in enumerate(g.get("objectives", []), 1):
                rows.append([f"{num}{chr(96 + oi)}", f"{V['obj']}: {o['text']}", obj_date_text(P, o), status])
    table(doc, rows)


def r_goals_matrix(doc, P, include_intv=True):
    """One table per problem: merged title row, goal row, objectives, interventions."""
    V = P["vocab"]
    for pi, pr in enumerate(P["problems"], 1):
        for gi, g in enumerate(pr["goals"], 1):
            nobj = len(g.get("objectives", []))
            nint = len(g.get("interventions", [])) if include_intv else 0
            nrows = 3 + nobj + (1 + nint if nint else 0) + (1 if g.get("baseline") else 0) + (1 if g.get("mastery") else 0)
            t = doc.add_table(rows=nrows, cols=4)
            t.style = "Table Grid"
            merge_row(t, 0, f"{V['problem']} #{pi}: {pr['text']}")
            a = t.cell(1, 0)
            set_cell(a, f"{V['goal']}", bold=True)
            b = t.cell(1, 1).merge(t.cell(1, 2))
            set_cell(b, g["text"])
            set_cell(t.cell(1, 3), ("Target: " + goal_date_text(P, g)) if goal_date_text(P, g) else "")
            r = 2
            if g.get("baseline"):
                set_cell(t.cell(r, 0), "Baseline", bold=True)
                set_cell(t.cell(r, 1).merge(t.cell(r, 3)), g["baseline"])
                r += 1
            if g.get("mastery"):
                set_cell(t.cell(r, 0), "Mastery criteria", bold=True)
                set_cell(t.cell(r, 1).merge(t.cell(r, 3)), g["mastery"])
                r += 1
            set_cell(t.cell(r, 0), f"{plural(V['obj'])}", bold=True)
            set_cell(t.cell(r, 1).merge(t.cell(r, 2)), "Measurable objective", bold=True)
            set_cell(t.cell(r, 3), V.get("obj_date", "Target Date"), bold=True)
            shade(t.cell(r, 0)); shade(t.cell(r, 1)); shade(t.cell(r, 3))
            r += 1
            for oi, o in enumerate(g.get("objectives", []), 1):
                set_cell(t.cell(r, 0), f"{pi}.{oi}")
                set_cell(t.cell(r, 1).merge(t.cell(r, 2)), o["text"])
                set_cell(t.cell(r, 3), obj_date_text(P, o))
                r += 1
            if nint:
                for j, hdr in enumerate([V["intv"], "Frequency", "Amount", "Responsible"]):
                    set_cell(t.cell(r, j), hdr, bold=True)
                    shade(t.cell(r, j))
                r += 1
                for iv in g["interventions"]:
                    set_cell(t.cell(r, 0), iv["text"])
                    set_cell(t.cell(r, 1), iv.get("freq", ""))
                    set_cell(t.cell(r, 2), iv.get("amount", "") + (f"; {iv['dur']}" if iv.get("dur") else ""))
                    set_cell(t.cell(r, 3), iv.get("staff", ""))
                    r += 1
            para(doc, "")


def r_goals_nested(doc, P):
    """Outer two-column table: problem/goal on the left, a nested objectives table on the right."""
    V = P["vocab"]
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), f"{V['problem']} / {V['goal']}", bold=True)
    set_cell(t.cell(0, 1), f"{plural(V['obj'])}, {plural(V['intv'])}", bold=True)
    shade(t.cell(0, 0)); shade(t.cell(0, 1))
    for pi, pr in enumerate(P["problems"], 1):
        for gi, g in enumerate(pr["goals"], 1):
            cells = t.add_row().cells
            left = cells[0]
            set_cell(left, f"{V['problem']} {pi}: {pr['text']}", bold=True)
            para(left, f"{V['goal']} {pi}: {g['text']}")
            if goal_date_text(P, g):
                para(left, f"Goal target: {goal_date_text(P, g)}")
            if g.get("baseline"):
                para(left, f"Baseline: {g['baseline']}")
            if g.get("mastery"):
                para(left, f"Mastery: {g['mastery']}")
            right = cells[1]
            if g.get("objectives"):
                set_cell(right, f"{plural(V['obj'])}", bold=True)
                rows = [["#", V["obj"], "By"]]
                for oi, o in enumerate(g.get("objectives", []), 1):
                    rows.append([f"{pi}.{oi}", o["text"], obj_date_text(P, o)])
                table(right, rows, size=9.5)
            else:
                set_cell(right, "Measured directly against the goal's mastery criterion.", italic=True)
            if g.get("interventions"):
                para(right, f"{plural(V['intv'])}", bold=True)
                for iv in g["interventions"]:
                    para(right, "\u2022 " + intv_text(iv))


def r_services(doc, P, mode="table", cols=None):
    sv = P.get("services", [])
    if not sv:
        return
    if mode == "table":
        cols = cols or ["Service", "CPT/HCPCS", "Session length", "Frequency", "Duration"]
        rows = [cols]
        for s in sv:
            row = []
            for c in cols:
                lc = c.lower()
                if lc.startswith(("service", "modality", "type", "strategy", "discipline", "intervention", "treatment", "procedure")):
                    row.append(s["desc"])
                elif "cpt" in lc or "code" in lc or "hcpcs" in lc:
                    row.append(s.get("code", ""))
                elif "hour" in lc:
                    row.append(s.get("hpw", ""))
                elif "length" in lc or "amount" in lc or "units" in lc or "minutes" in lc:
                    row.append(s.get("amount", ""))
                elif "freq" in lc:
                    row.append(s.get("freq", ""))
                elif "dur" in lc or "through" in lc or "length of" in lc:
                    row.append(s.get("duration", ""))
                elif "setting" in lc:
                    row.append(s.get("setting", ""))
                elif "staff" in lc or "provider" in lc or "responsible" in lc:
                    row.append(s.get("staff", ""))
                else:
                    row.append("")
            rows.append(row)
        table(doc, rows)
    else:
        for s in sv:
            bits = [s["desc"] + (f" ({s['code']})" if s.get("code") else "")]
            for k in ("amount", "freq", "hpw", "duration"):
                if s.get(k):
                    bits.append(s[k])
            para(doc, "\u2022 " + "; ".join(bits))


def r_sigs(doc, P, mode="table"):
    sg = P["sigs"]
    if mode == "table":
        rows = [["Role", "Name / Credentials", "Signature", "Date"]]
        for s in sg:
            nm = s["name"] + (f", {s['cred']}" if s.get("cred") else "")
            if s.get("blank"):
                sigv, dv = "", ""
            elif s.get("pending"):
                sigv, dv = s["pending"], ""
            else:
                m = s.get("method", "typed")
                sigv = {"estamp": "Electronically signed", "slash": f"/s/ {s['name']}",
                        "wet": "(signature on file)"}.get(m, s["name"])
                dv = FS(P, s["date"]) if s.get("date") else ""
            rows.append([s["label"], nm, sigv, dv])
        table(doc, rows)
    elif mode == "lines":
        for s in sg:
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(8)
            if s.get("blank"):
                runs(p, (f"{s['label']} Signature: ", True), "_" * 30 + "   ", ("Date: ", True), "_" * 12)
                q = doc.add_paragraph()
                q.add_run(f"Printed name: {s['name']}" + (f", {s['cred']}" if s.get("cred") else ""))
            elif s.get("pending"):
                runs(p, (f"{s['label']} Signature: ", True), s["pending"])
            else:
                nm = s["name"] + (f", {s['cred']}" if s.get("cred") else "")
                runs(p, (f"{s['label']} Signature: ", True), nm + "      ", ("Date: ", True),
                     FS(P, s["date"]) if s.get("date") else "_" * 12)
    elif mode == "estamp":
        for s in sg:
            p = doc.add_paragraph()
            runs(p, (f"{s['label']}: ", True))
            if s.get("blank"):
                p.add_run("Not signed")
            else:
                p.add_run(sig_text(P, dict(s, method=s.get("method", "estamp"))))
    elif mode == "slash":
        for s in sg:
            p = doc.add_paragraph()
            if s.get("blank"):
                runs(p, f"{s['label']}: ", "_" * 26, "  Date: ____")
            else:
                runs(p, (f"{s['label']}: ", False), sig_text(P, dict(s, method="slash")))
    elif mode == "attest":
        for s in sg:
            lines = [((s.get("attest_title", s["label"]), True),)]
            if s.get("attest"):
                lines.append(s["attest"])
            if s.get("blank"):
                lines.append("Signature: ______________________________   Date: ____________")
                lines.append(f"Name: {s['name']}" + (f", {s['cred']}" if s.get("cred") else ""))
            elif s.get("pending"):
                lines.append(f"Signature: {s['pending']}")
                lines.append(f"Name: {s['name']}" + (f", {s['cred']}" if s.get("cred") else ""))
            else:
                lines.append(f"Signature: {sig_text(P, s, with_date=False)}")
                lines.append(f"Date signed: {FS(P, s['date']) if s.get('date') else ''}")
            if s.get("npi"):
                lines.append(f"NPI: {s['npi']}")
            boxed(doc, lines)
            para(doc, "")


def r_boiler(doc, P, items):
    for h, txt in items:
        heading(doc, h, level=2, styled=False)
        for chunk in txt.split("\n"):
            para(doc, chunk)


def r_reviews(doc, P, mode="lines"):
    for rv in P.get("reviews", []):
        if mode == "lines":
            lv(doc, rv.get("label", "Next Review Date"), F(P, rv["date"]))
        elif mode == "table":
            pass


# --------------------------------------------------------------------------------------------
# template families
# --------------------------------------------------------------------------------------------
def assess_table(doc, P, cols=("Instrument", "Date", "Administered by", "Results")):
    if not P.get("assess"):
        return
    rows = [list(cols)]
    for a in P["assess"]:
        rows.append([a["inst"], F(P, a["date"]), a.get("by", ""), a.get("result", "")])
    table(doc, rows)


def fam_A(P):
    """Classic agency template: centred letterhead, form table, styled headings, signature table."""
    doc = new_doc(font=P.get("font", "Calibri"))
    para(doc, P["org"], bold=True, size=14, align="center", space_after=0)
    para(doc, P.get("org_addr", ""), size=9, align="center")
    doc.add_heading(P["title"], level=1)
    kv_table(doc, default_ident(P), cols=2)
    for h, txt in P.get("pre_sections", []):
        doc.add_heading(h, level=2)
        para(doc, txt)
    doc.add_heading(P.get("dx_heading", "Diagnoses"), level=2)
    r_dx(doc, P, P.get("dx_mode", "table"))
    if P.get("assess"):
        doc.add_heading("Assessments", level=2)
        assess_table(doc, P)
    doc.add_heading(P.get("goals_heading", "Goals and Objectives"), level=2)
    r_goals_para(doc, P)
    if P.get("services"):
        doc.add_heading(P.get("services_heading", "Services and Treatment Modalities"), level=2)
        r_services(doc, P, "table", P.get("service_cols"))
    if P.get("duration"):
        lv(doc, P.get("duration_label", "Expected Duration of Treatment"), P["duration"])
    r_reviews(doc, P)
    for h, txt in P.get("post_sections", []):
        doc.add_heading(h, level=2)
        para(doc, txt)
    doc.add_heading(P.get("sig_heading", "Signatures"), level=2)
    if P.get("sig_intro"):
        para(doc, P["sig_intro"], italic=True)
    r_sigs(doc, P, P.get("sig_mode", "table"))
    if P.get("footer"):
        add_header_text(doc, "", footer=P["footer"])
    return doc


def bar(doc, text, fill="1F3864"):
    t = doc.add_table(rows=1, cols=1)
    c = t.cell(0, 0)
    set_cell(c, text, bold=True)
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(c, fill)
    return t


def fam_B(P):
    """EHR print: identifiers in the page header, shaded section bars, goal status grid, e-signature stamps."""
    doc = new_doc(font="Arial", size=9.5, margins=0.6)
    c = P["client"]
    hdr_left = f"{P['org']}  |  {P['title']}"
    hdr_right = f"{P['cl']}: {c['name']}   DOB: {F(P, c['dob'])}"
    if c.get("mid"):
        hdr_right += f"   {c.get('mid_label', 'Member ID')}: {c['mid']}"
    add_header_text(doc, hdr_left, hdr_right,
                    footer=P.get("footer", f"Printed {F(P, P['as_of'])} 08:14 by HIM-PRINT  |  CONFIDENTIAL: 42 CFR Part 2 / HIPAA"))
    para(doc, P["title"].upper(), bold=True, size=12)
    ident = [x for x in default_ident(P) if x[0] not in (P.get("name_label", f"{P['cl']} Name"),
                                                          P.get("dob_label", "Date of Birth"),
                                                          c.get("mid_label", "Member ID"))]
    ident = [("Encounter", P.get("encounter", "Treatment Planning"))] + ident
    kv_table(doc, ident, cols=2, size=9)
    para(doc, "")
    bar(doc, P.get("dx_heading", "DIAGNOSES"))
    r_dx(doc, P, "table")
    if P.get("assess"):
        bar(doc, "STANDARDIZED ASSESSMENTS")
        assess_table(doc, P)
    for h, txt in P.get("pre_sections", []):
        bar(doc, h.upper())
        para(doc, txt)
    bar(doc, P.get("goals_heading", "PROBLEMS / GOALS / OBJECTIVES"))
    for pi, pr in enumerate(P["problems"], 1):
        para(doc, f"Problem {pi}: {pr['text']}", bold=True)
        rows = [["", "Description", "Baseline" if P.get("show_baseline") else "Start", "Target Date", "Status"]]
        if P.get("show_mastery"):
            rows[0].insert(3, "Mastery criteria")
        for gi, g in enumerate(pr["goals"], 1):
            row = [f"G{pi}" if len(pr["goals"]) == 1 else f"G{pi}.{gi}", g["text"],
                   g.get("baseline", "") if P.get("show_baseline") else F(P, P["plan_date"]),
                   goal_date_text(P, g), P.get("status_word", "Active")]
            if P.get("show_mastery"):
                row.insert(3, g.get("mastery", ""))
            rows.append(row)
            for oi, o in enumerate(g.get("objectives", []), 1):
                row = [f"O{pi}.{oi}", o["text"], o.get("baseline", "") if P.get("show_baseline") else F(P, P["plan_date"]),
                       obj_date_text(P, o), P.get("status_word", "Active")]
                if P.get("show_mastery"):
                    row.insert(3, o.get("mastery", ""))
                rows.append(row)
        table(doc, rows, size=9)
        ivs = [iv for g in pr["goals"] for iv in g.get("interventions", [])]
        if ivs:
            para(doc, "Interventions", bold=True)
            table(doc, [["Intervention", "Frequency", "Amount", "Staff"]] +
                  [[iv["text"], iv.get("freq", ""), iv.get("amount", ""), iv.get("staff", "")] for iv in ivs], size=9)
    if P.get("services"):
        bar(doc, P.get("services_heading", "ORDERED SERVICES"))
        r_services(doc, P, "table", P.get("service_cols"))
    if P.get("duration"):
        lv(doc, P.get("duration_label", "Anticipated Duration"), P["duration"])
    r_reviews(doc, P)
    for h, txt in P.get("post_sections", []):
        bar(doc, h.upper())
        para(doc, txt)
    bar(doc, "SIGNATURES")
    r_sigs(doc, P, P.get("sig_mode", "estamp"))
    return doc


def fam_C(P):
    """Narrative: prose paragraphs, goals in running text with lettered objectives, /s/ signatures."""
    doc = new_doc(font="Times New Roman", size=11.5, margins=1.0)
    para(doc, P["org"], bold=True, size=12)
    para(doc, P.get("org_addr", ""), size=10)
    para(doc, "")
    para(doc, P["title"], bold=True, size=13, align="center")
    c = P["client"]
    p = doc.add_paragraph()
    intro = P["intro"]  # prose paragraph supplied by the plan (contains identifiers and dates)
    p.add_run(intro)
    for h, txt in P.get("pre_sections", []):
        heading(doc, h, level=2, styled=False, underline=True)
        para(doc, txt)
    heading(doc, P.get("dx_heading", "Diagnostic impression"), level=2, styled=False, underline=True)
    r_dx(doc, P, P.get("dx_mode", "axis"))
    if P.get("assess"):
        heading(doc, "Assessment results", level=2, styled=False, underline=True)
        for a in P["assess"]:
            para(doc, f"{a['inst']} ({F(P, a['date'])}{', ' + a['by'] if a.get('by') else ''}): {a.get('result', '')}")
    heading(doc, P.get("goals_heading", "Goals"), level=2, styled=False, underline=True)
    V = P["vocab"]
    for pi, pr in enumerate(P["problems"], 1):
        for gi, g in enumerate(pr["goals"], 1):
            p = doc.add_paragraph()
            runs(p, (f"{V['goal']} {pi}. ", True), f"{pr['text']}: ", g["text"])
            if goal_date_text(P, g):
                p.add_run(f" ({goal_date_text(P, g)})")
            for oi, o in enumerate(g.get("objectives", [])):
                q = doc.add_paragraph()
                q.paragraph_format.left_indent = Inches(0.4)
                txt = f"({chr(97 + oi)}) {o['text']}"
                if obj_date_text(P, o):
                    txt += f" Target: {obj_date_text(P, o)}."
                q.add_run(txt)
            if g.get("interventions"):
                q = doc.add_paragraph()
                q.paragraph_format.left_indent = Inches(0.4)
                q.add_run(f"{V['intv']}: " + "; ".join(intv_text(iv) for iv in g["interventions"]) + ".")
    if P.get("services_prose"):
        heading(doc, P.get("services_heading", "Plan of treatment"), level=2, styled=False, underline=True)
        para(doc, P["services_prose"])
    for h, txt in P.get("post_sections", []):
        heading(doc, h, level=2, styled=False, underline=True)
        para(doc, txt)
    para(doc, "")
    r_sigs(doc, P, P.get("sig_mode", "slash"))
    return doc


def fam_D(P):
    """Problem matrix: header table with the agency, identification grid, one bordered table per problem."""
    doc = new_doc(font="Calibri", size=10)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), P["org"] + "\n" + P.get("org_addr", ""), bold=False, size=9)
    set_cell(t.cell(0, 1), P["title"], bold=True, size=13)
    para(doc, "")
    kv_table(doc, default_ident(P), cols=3, size=9)
    para(doc, "")
    para(doc, P.get("dx_heading", "DIAGNOSES (ICD-10-CM)"), bold=True)
    r_dx(doc, P, P.get("dx_mode", "numbered"))
    if P.get("assess"):
        para(doc, "ASSESSMENT SUMMARY", bold=True)
        assess_table(doc, P)
    for h, txt in P.get("pre_sections", []):
        para(doc, h.upper(), bold=True)
        para(doc, txt)
    para(doc, P.get("goals_heading", "TREATMENT PLAN"), bold=True)
    r_goals_matrix(doc, P)
    if P.get("services"):
        para(doc, P.get("services_heading", "SERVICES AUTHORIZED / REQUESTED"), bold=True)
        r_services(doc, P, "table", P.get("service_cols"))
    if P.get("duration"):
        lv(doc, P.get("duration_label", "Estimated length of treatment"), P["duration"])
    r_reviews(doc, P)
    for h, txt in P.get("post_sections", []):
        para(doc, h.upper(), bold=True)
        para(doc, txt)
    para(doc, P.get("sig_heading", "SIGNATURES"), bold=True)
    r_sigs(doc, P, P.get("sig_mode", "table"))
    return doc


def fam_E(P):
    """Medicare outpatient therapy plan of care / certification."""
    doc = new_doc(font="Calibri", size=10, margins=0.7)
    para(doc, P["org"], bold=True, size=13, align="center", space_after=0)
    para(doc, P.get("org_addr", ""), size=9, align="center")
    para(doc, P["title"], bold=True, size=12, align="center")
    c = P["client"]
    s, e = P["period"]
    pairs = [("Patient", c["name"]), ("DOB", F(P, c["dob"])),
             (c.get("mid_label", "Medicare # (MBI)"), c["mid"]), ("Payer", P.get("payer_name", "")),
             (P.get("ftd_label", "Initial Eval / SOC"), F(P, P["ftd"])),
             (P.get("plan_date_label", "Plan established"), F(P, P["plan_date"])),
             ("Certification period", f"From {F(P, s)}  Through {F(P, e)}"),
             ("Onset date", P.get("onset", ""))]
    for pr in P.get("providers", []):
        pairs.append((pr["role"], pr["name"] + (f", {pr['cred']}" if pr.get("cred") else "") +
                      (f"  NPI {pr['npi']}" if pr.get("npi") else "")))
    kv_table(doc, pairs, cols=2, size=9.5)
    heading(doc, "Diagnoses", 2, styled=False)
    r_dx(doc, P, P.get("dx_mode", "table"))
    for h, txt in P.get("pre_sections", []):
        heading(doc, h, 2, styled=False)
        para(doc, txt)
    V = P["vocab"]
    heading(doc, P.get("stg_heading", "Short-Term Goals"), 2, styled=False)
    n = 0
    for pi, pr in enumerate(P["problems"], 1):
        for g in pr["goals"]:
            for o in g.get("objectives", []):
                n += 1
                p = doc.add_paragraph()
                runs(p, (f"STG {n}. ", True), o["text"])
                if obj_date_text(P, o):
                    p.add_run(f"  [{obj_date_text(P, o)}]")
    heading(doc, P.get("ltg_heading", "Long-Term Goals"), 2, styled=False)
    n = 0
    for pi, pr in enumerate(P["problems"], 1):
        for g in pr["goals"]:
            n += 1
            p = doc.add_paragraph()
            runs(p, (f"LTG {n}. ", True), g["text"])
            if goal_date_text(P, g):
                p.add_run(f"  [{goal_date_text(P, g)}]")
    heading(doc, P.get("plan_heading", "Plan of Treatment"), 2, styled=False)
    r_services(doc, P, "table", P.get("service_cols", ["Intervention", "CPT", "Frequency", "Duration"]))
    if P.get("freq_line"):
        lv(doc, "Frequency / Duration", P["freq_line"])
    if P.get("duration"):
        lv(doc, P.get("duration_label", "Duration"), P["duration"])
    for h, txt in P.get("post_sections", []):
        heading(doc, h, 2, styled=False)
        para(doc, txt)
    r_reviews(doc, P)
    heading(doc, "Therapist", 2, styled=False)
    th = [s for s in P["sigs"] if s["role"] == "clinician"]
    r_sigs_sub(doc, P, th, P.get("sig_mode", "lines"))
    heading(doc, "Physician / NPP Certification", 2, styled=False)
    para(doc, P.get("cert_text", "I certify the need for these services furnished under this plan of treatment while under my care."),
         italic=True)
    ph = [s for s in P["sigs"] if s["role"] == "physician"]
    r_sigs_sub(doc, P, ph, P.get("phys_sig_mode", "table"))
    return doc


def r_sigs_sub(doc, P, sigs, mode):
    Q = dict(P)
    Q["sigs"] = sigs
    r_sigs(doc, Q, mode)


def fam_F(P):
    """CMS-485 style home health certification and plan of care, numbered boxes."""
    doc = new_doc(font="Arial", size=8.5, margins=0.5)
    para(doc, P.get("form_head", "HOME HEALTH CERTIFICATION AND PLAN OF CARE"), bold=True, size=11, align="center")
    c = P["client"]
    s, e = P["period"]
    t = doc.add_table(rows=0, cols=5)
    t.style = "Table Grid"
    def row(cells):
        r = t.add_row().cells
        for i, txt in enumerate(cells):
            set_cell(r[i], txt, size=8.5)
        return r
    row([f"1. Patient's HI Claim No.\n{c['mid']}", f"2. Start Of Care Date\n{F(P, P['soc'])}",
         f"3. Certification Period\nFrom: {F(P, s)}   To: {F(P, e)}", f"4. Medical Record No.\n{P.get('mrn', '')}",
         f"5. Provider No.\n{P.get('provider_no', '')}"])
    r = row([f"6. Patient's Name and Address\n{c['name']}\n{c.get('addr', '')}", "", 
             f"7. Provider's Name, Address and Telephone Number\n{P['org']}\n{P.get('org_addr', '')}", "", ""])
    r[0].merge(r[1]); r[2].merge(r[4])
    r = row([f"8. Date of Birth\n{F(P, c['dob'])}", f"9. Sex   {c.get('sex', '')}", f"10. Medications: Dose/Frequency/Route (N)ew (C)hanged\n{P.get('meds', '')}", "", ""])
    r[2].merge(r[4])
    dx = P["dx"]
    prim = dx[0]
    r = row([f"11. ICD-10-CM  Principal Diagnosis\n{prim.get('code', '')}  {prim['desc']}", "", "Date\n" + P.get("dx_date", ""), 
             f"12. ICD-10-CM  Surgical Procedure\n{P.get('surg', 'N/A')}", ""])
    r[0].merge(r[1]); r[3].merge(r[4])
    other = "\n".join(f"{x.get('code', '')}  {x['desc']}" for x in dx[1:])
    r = row([f"13. ICD-10-CM  Other Pertinent Diagnoses\n{other}", "", "", "", ""])
    r[0].merge(r[4])
    r = row([f"14. DME and Supplies\n{P.get('dme', '')}", "", f"15. Safety Measures\n{P.get('safety', '')}", "", ""])
    r[0].merge(r[1]); r[2].merge(r[4])
    r = row([f"16. Nutritional Req.\n{P.get('diet', '')}", "", f"17. Allergies\n{P.get('allergies', 'NKDA')}", "", ""])
    r[0].merge(r[1]); r[2].merge(r[4])
    r = row([f"18.A. Functional Limitations\n{P.get('fl', '')}", "", f"18.B. Activities Permitted\n{P.get('ap', '')}", "", ""])
    r[0].merge(r[1]); r[2].merge(r[4])
    r = row([f"19. Mental Status\n{P.get('ms', 'Oriented')}", "", f"20. Prognosis\n{P.get('prognosis', 'Fair')}", "", ""])
    r[0].merge(r[1]); r[2].merge(r[4])
    orders = "21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)\n" + "\n".join(P["orders"])
    r = row([orders, "", "", "", ""]); r[0].merge(r[4])
    goals = "22. Goals/Rehabilitation Potential/Discharge Plans\n" + "\n".join(P["goal_lines"])
    r = row([goals, "", "", "", ""]); r[0].merge(r[4])
    sg = {x["role"]: x for x in P["sigs"]}
    rn = sg.get("clinician")
    phys = sg.get("physician")
    r = row([f"23. Nurse's Signature and Date of Verbal SOC Where Applicable:\n{sig_text(P, rn) if rn else ''}", "", "",
             f"25. Date HHA Received Signed POT\n{P.get('received', '')}", ""])
    r[0].merge(r[2]); r[3].merge(r[4])
    phys_addr = f"{phys['name']}, {phys['cred']}\n{P.get('phys_addr', '')}\nNPI: {phys.get('npi', '')}" if phys else ""
    r = row([f"24. Physician's Name and Address\n{phys_addr}", "", "",
             "26. I certify/recertify that this patient is confined to his/her home and needs intermittent skilled nursing care, "
             "physical therapy and/or speech therapy or continues to need occupational therapy. The patient is under my care, "
             "and I have authorized the services on this plan of care and will periodically review the plan.", ""])
    r[0].merge(r[2]); r[3].merge(r[4])
    if phys and phys.get("blank"):
        ptxt = "27. Attending Physician's Signature and Date Signed\n\n______________________________   ________"
    elif phys and phys.get("pending"):
        ptxt = "27. Attending Physician's Signature and Date Signed\n" + phys["pending"]
    elif phys:
        ptxt = "27. Attending Physician's Signature and Date Signed\n" + sig_text(P, phys)
    else:
        ptxt = "27. Attending Physician's Signature and Date Signed"
    r = row([ptxt, "", "", "28. Anyone who misrepresents, falsifies, or conceals essential information required for payment "
             "of Federal funds may be subject to fine, imprisonment, or civil penalty under applicable Federal laws.", ""])
    r[0].merge(r[2]); r[3].merge(r[4])
    for h, txt in P.get("post_sections", []):
        para(doc, "")
        para(doc, h, bold=True)
        para(doc, txt)
    return doc


def fam_G(P):
    """ABA initial treatment plan and authorization request."""
    doc = new_doc(font="Calibri", size=10)
    para(doc, P["org"], bold=True, size=14, color="2E5597", space_after=0)
    para(doc, P.get("org_addr", ""), size=9)
    doc.add_heading(P["title"], level=1)
    c = P["client"]
    pairs = [(P.get("name_label", "Client Name"), c["name"]), ("Date of Birth", F(P, c["dob"])),
             (c.get("mid_label", "Member ID"), c["mid"]), ("Subscriber / Guardian", P.get("guardian", "")),
             ("Health Plan", P.get("payer_name", "")), (P.get("plan_date_label", "Report Date"), F(P, P["plan_date"]))]
    if P.get("period"):
        s, e = P["period"]
        pairs.append((P.get("period_label", "Requested Authorization Period"), f"{F(P, s)} - {F(P, e)}"))
    for pr in P.get("providers", []):
        pairs.append((pr["role"], pr["name"] + (f", {pr['cred']}" if pr.get("cred") else "") + (f" | NPI {pr['npi']}" if pr.get("npi") else "")))
    kv_table(doc, pairs, cols=2)
    doc.add_heading("Diagnosis", level=2)
    r_dx(doc, P, P.get("dx_mode", "table"))
    for h, txt in P.get("pre_sections", []):
        doc.add_heading(h, level=2)
        para(doc, txt)
    doc.add_heading("Standardized Assessment Results", level=2)
    assess_table(doc, P)
    V = P["vocab"]
    for pi, pr in enumerate(P["problems"], 1):
        doc.add_heading(pr["text"], level=2)
        rows = [[V["goal"], "Operational definition / target", "Baseline", "Mastery criteria", "Target date"]]
        for gi, g in enumerate(pr["goals"], 1):
            rows.append([f"{pi}.{gi}", g["text"], g.get("baseline", ""), g.get("mastery", ""), goal_date_text(P, g)])
            for oi, o in enumerate(g.get("objectives", []), 1):
                rows.append([f"{pi}.{gi}.{oi}", "STO: " + o["text"], o.get("baseline", ""), o.get("mastery", ""), obj_date_text(P, o)])
        table(doc, rows, size=9)
        ivs = [iv for g in pr["goals"] for iv in g.get("interventions", [])]
        if ivs:
            para(doc, "Procedures: " + "; ".join(iv["text"] for iv in ivs) + ".", italic=True)
    doc.add_heading(P.get("services_heading", "Requested Services"), level=2)
    r_services(doc, P, "table", P.get("service_cols", ["CPT", "Service", "Hours per week", "Units per week", "Setting"]))
    if P.get("duration"):
        lv(doc, P.get("duration_label", "Duration"), P["duration"])
    r_reviews(doc, P)
    for h, txt in P.get("post_sections", []):
        doc.add_heading(h, level=2)
        para(doc, txt)
    doc.add_heading("Signatures", level=2)
    r_sigs(doc, P, P.get("sig_mode", "attest"))
    return doc


def fam_H(P):
    """SUD individualized treatment plan with ASAM dimensions, per-problem tables and countersignatures."""
    doc = new_doc(font="Cambria", size=10, margins=0.7)
    para(doc, P["org"], bold=True, size=13, align="center", space_after=0)
    para(doc, P.get("org_addr", ""), size=9, align="center")
    para(doc, P["title"], bold=True, size=12, align="center")
    kv_table(doc, default_ident(P), cols=2, size=9.5)
    para(doc, "")
    para(doc, "Diagnoses", bold=True)
    r_dx(doc, P, P.get("dx_mode", "table"))
    if P.get("asam"):
        para(doc, "ASAM Multidimensional Assessment Summary", bold=True)
        rows = [["Dimension", "Risk rating (0-4)", "Summary"]] + [list(x) for x in P["asam"]]
        table(doc, rows, size=9)
    for h, txt in P.get("pre_sections", []):
        para(doc, h, bold=True)
        para(doc, txt)
    V = P["vocab"]
    for pi, pr in enumerate(P["problems"], 1):
        para(doc, "")
        for g in pr["goals"]:
            t = doc.add_table(rows=2, cols=3)
            t.style = "Table Grid"
            merge_row(t, 0, f"{V['problem']} {pi} ({pr.get('dim', '')}): {pr['text']}", fill="E2EFDA")
            a = t.cell(1, 0).merge(t.cell(1, 2))
            set_cell(a, f"{V['goal']}: {g['text']}" + (f"   Target: {goal_date_text(P, g)}" if goal_date_text(P, g) else ""))
            r = t.add_row().cells
            for j, hname in enumerate([V["obj"], V.get("obj_date", "Target date"), "Status"]):
                set_cell(r[j], hname, bold=True); shade(r[j])
            for oi, o in enumerate(g.get("objectives", []), 1):
                r = t.add_row().cells
                set_cell(r[0], f"{pi}.{oi} {o['text']}")
                set_cell(r[1], obj_date_text(P, o))
                set_cell(r[2], "Open")
            r = t.add_row().cells
            for j, hname in enumerate([V["intv"], "Frequency", "Responsible"]):
                set_cell(r[j], hname, bold=True); shade(r[j])
            for iv in g.get("interventions", []):
                r = t.add_row().cells
                set_cell(r[0], iv["text"] + (f" ({iv['amount']})" if iv.get("amount") else ""))
                set_cell(r[1], iv.get("freq", ""))
                set_cell(r[2], iv.get("staff", ""))
    para(doc, "")
    if P.get("duration"):
        lv(doc, P.get("duration_label", "Projected length of stay"), P["duration"])
    r_reviews(doc, P)
    for h, txt in P.get("post_sections", []):
        para(doc, h, bold=True)
        para(doc, txt)
    para(doc, "Signatures", bold=True)
    if P.get("sig_intro"):
        para(doc, P["sig_intro"], italic=True)
    r_sigs(doc, P, P.get("sig_mode", "table"))
    return doc


def fam_I(P):
    """Check-box form: modalities and frequencies ticked with box characters."""
    doc = new_doc(font="Calibri", size=10)
    para(doc, P["org"], bold=True, size=12)
    para(doc, P["title"], bold=True, size=14)
    for k, v in default_ident(P):
        lv(doc, k, v)
    para(doc, "")
    para(doc, P.get("dx_heading", "Diagnosis (ICD-10)"), bold=True)
    r_dx(doc, P, "lines")
    for h, txt in P.get("pre_sections", []):
        para(doc, h, bold=True)
        para(doc, txt)
    para(doc, P.get("goals_heading", "Goals & Objectives"), bold=True)
    r_goals_para(doc, P, styled_headings=False)
    para(doc, P.get("services_heading", "Treatment Services"), bold=True)
    for s in P["services"]:
        p = doc.add_paragraph()
        runs(p, ("\u2612 ", False), (s["desc"], True), f" {('(' + s['code'] + ')') if s.get('code') else ''}")
        if s.get("freq_opts"):
            q = doc.add_paragraph(); q.paragraph_format.left_indent = Inches(0.3)
            q.add_run("Frequency: ")
            checkbox_line(q, s["freq_opts"], [s.get("freq")])
        if s.get("amt_opts"):
            q = doc.add_paragraph(); q.paragraph_format.left_indent = Inches(0.3)
            q.add_run("Session length: ")
            checkbox_line(q, s["amt_opts"], [s.get("amount")])
    for s in P.get("unchecked_services", []):
        doc.add_paragraph().add_run("\u2610 " + s)
    if P.get("duration_opts"):
        p = doc.add_paragraph()
        runs(p, ("Expected duration: ", True))
        checkbox_line(p, P["duration_opts"], [P.get("duration")])
    elif P.get("duration"):
        lv(doc, P.get("duration_label", "Expected duration"), P["duration"])
    r_reviews(doc, P)
    for h, txt in P.get("post_sections", []):
        para(doc, h, bold=True)
        para(doc, txt)
    para(doc, "")
    r_sigs(doc, P, P.get("sig_mode", "lines"))
    return doc


def fam_J(P):
    """Plan circulated for edits: tracked insertions/deletions and reviewer comments left in."""
    doc = new_doc(font="Calibri", size=11)
    para(doc, P["org"], bold=True, size=12)
    doc.add_heading(P["title"], level=1)
    for k, v in default_ident(P):
        lv(doc, k, v)
    doc.add_heading(P.get("dx_heading", "Diagnosis"), level=2)
    r_dx(doc, P, P.get("dx_mode", "lines"))
    for h, txt in P.get("pre_sections", []):
        doc.add_heading(h, level=2)
        para(doc, txt)
    doc.add_heading(P.get("goals_heading", "Goals and Objectives"), level=2)
    r_goals_para(doc, P)
    # tracked edits on wording that does not decide any requirement
    for (before, deleted, inserted, after) in P.get("tracked", []):
        p = doc.add_paragraph()
        p.add_run(before)
        if deleted:
            tracked_del(p, deleted)
        if inserted:
            tracked_ins(p, inserted)
        p.add_run(after)
    if P.get("services"):
        doc.add_heading(P.get("services_heading", "Services"), level=2)
        r_services(doc, P, P.get("services_mode", "table"), P.get("service_cols"))
    if P.get("duration"):
        lv(doc, P.get("duration_label", "Expected Duration"), P["duration"])
    r_reviews(doc, P)
    for h, txt in P.get("post_sections", []):
        doc.add_heading(h, level=2)
        para(doc, txt)
    doc.add_heading("Signatures", level=2)
    r_sigs(doc, P, P.get("sig_mode", "lines"))
    # comments anchored on the first paragraph after the title and on the goals heading
    for i, (anchor_text, ctext) in enumerate(P.get("comments", [])):
        for p in doc.paragraphs:
            if anchor_text in p.text and p.runs:
                comment(doc, p.runs[-1], ctext, author=P.get("comment_author", "Clinical Supervisor"), initials="CS")
                break
    return doc


def fam_K(P):
    """Landscape, identification grid, nested tables (objectives inside the goal rows), signature grid."""
    doc = new_doc(font="Segoe UI", size=9.5, landscape=True, margins=0.6)
    para(doc, f"{P['org']} \u2014 {P['title']}", bold=True, size=13)
    kv_table(doc, default_ident(P), cols=3, size=9)
    para(doc, "")
    para(doc, P.get("dx_heading", "Diagnoses"), bold=True)
    r_dx(doc, P, "table")
    if P.get("assess"):
        para(doc, "Assessments", bold=True)
        assess_table(doc, P)
    for h, txt in P.get("pre_sections", []):
        para(doc, h, bold=True)
        para(doc, txt)
    para(doc, P.get("goals_heading", "Treatment goals"), bold=True)
    r_goals_nested(doc, P)
    para(doc, "")
    if P.get("services"):
        para(doc, P.get("services_heading", "Services"), bold=True)
        r_services(doc, P, "table", P.get("service_cols"))
    if P.get("duration"):
        lv(doc, P.get("duration_label", "Expected duration"), P["duration"])
    r_reviews(doc, P)
    for h, txt in P.get("post_sections", []):
        para(doc, h, bold=True)
        para(doc, txt)
    para(doc, "Signatures", bold=True)
    sg = P["sigs"]
    ncols = 2
    t = doc.add_table(rows=(len(sg) + 1) // 2, cols=ncols)
    t.style = "Table Grid"
    for i, s in enumerate(sg):
        c = t.cell(i // 2, i % 2)
        lines = [s["label"]]
        if s.get("blank"):
            lines += ["Signature: ________________________", f"Print: {s['name']}" + (f", {s['cred']}" if s.get('cred') else ""), "Date: __________"]
        elif s.get("pending"):
            lines += [s["pending"], f"Print: {s['name']}" + (f", {s['cred']}" if s.get('cred') else "")]
        else:
            lines += [f"Signature: {sig_text(P, s, with_date=False)}", f"Date: {FS(P, s['date']) if s.get('date') else ''}"]
        set_cell(c, "\n".join(lines))
        c.paragraphs[0].runs[0].bold = True
    return doc


def fam_L(P):
    """Typed casually without a template: plain lines, abbreviations, no styles."""
    doc = new_doc(font="Courier New", size=10.5, margins=1.0)
    for line in P["casual_lines"]:
        para(doc, line, space_after=2)
    return doc


def fam_M(P):
    """Treatment plan review / update: prior goals in a status table, updated goals, next review."""
    doc = new_doc(font="Calibri", size=10)
    para(doc, P["org"], bold=True, size=12, align="center")
    doc.add_heading(P["title"], level=1)
    kv_table(doc, default_ident(P), cols=2)
    for h, txt in P.get("pre_sections", []):
        doc.add_heading(h, level=2)
        para(doc, txt)
    doc.add_heading(P.get("dx_heading", "Current Diagnoses"), level=2)
    r_dx(doc, P, "table")
    if P.get("assess"):
        doc.add_heading("Assessment Results", level=2)
        assess_table(doc, P)
    doc.add_heading(P.get("status_heading", "Progress on Prior Goals"), level=2)
    rows = [["Prior goal", "Status", "Comments"]] + [list(x) for x in P["prior_status"]]
    table(doc, rows)
    doc.add_heading(P.get("goals_heading", "Updated Goals and Objectives"), level=2)
    if P.get("goal_layout") == "aba":
        V = P["vocab"]
        for pi, pr in enumerate(P["problems"], 1):
            para(doc, pr["text"], bold=True)
            rows = [[V["goal"], "Target", "Baseline", "Mastery criteria", "Target date"]]
            for gi, g in enumerate(pr["goals"], 1):
                rows.append([f"{pi}.{gi}", g["text"], g.get("baseline", ""), g.get("mastery", ""), goal_date_text(P, g)])
            table(doc, rows, size=9)
    else:
        r_goals_table(doc, P, status="Continued" if P.get("continued") else "New")
        ivs = [iv for pr in P["problems"] for g in pr["goals"] for iv in g.get("interventions", [])]
        if ivs:
            para(doc, "Interventions", bold=True)
            for iv in ivs:
                para(doc, "\u2022 " + intv_text(iv))
    if P.get("services"):
        doc.add_heading(P.get("services_heading", "Services"), level=2)
        r_services(doc, P, "table", P.get("service_cols"))
    if P.get("duration"):
        lv(doc, P.get("duration_label", "Expected Duration"), P["duration"])
    r_reviews(doc, P)
    for h, txt in P.get("post_sections", []):
        doc.add_heading(h, level=2)
        para(doc, txt)
    doc.add_heading("Signatures", level=2)
    r_sigs(doc, P, P.get("sig_mode", "table"))
    return doc


BOILER_RIGHTS = ("Client Rights and Responsibilities",
                 "You have the right to be treated with dignity and respect, to take part in planning your care, to "
                 "refuse any treatment, to see your record, and to file a grievance without fear of retaliation. "
                 "Grievances may be made to the Program Director by phone or in writing; you will receive a written "
                 "response within 10 business days.\nYou are responsible for attending scheduled appointments or "
                 "cancelling at least 24 hours in advance, and for telling your provider about changes in your health "
                 "or medications.")
BOILER_PRIVACY = ("Notice of Privacy Practices - Acknowledgment",
                  "I acknowledge that I was offered a copy of the Notice of Privacy Practices. I understand that my "
                  "health information may be used and disclosed for treatment, payment and health care operations as "
                  "described in the Notice.")
BOILER_CRISIS = ("Crisis Resources",
                 "If you are in crisis, call or text 988 (Suicide & Crisis Lifeline) at any time, or call 911. "
                 "After-hours on-call clinician: 555-0148. Nearest emergency department: County General Hospital, "
                 "1200 Harbor Road.")
BOILER_CONSENT = ("Consent for Treatment",
                  "I voluntarily consent to the assessment and treatment services described in this plan. I "
                  "understand that I may withdraw consent at any time, except for action already taken. I have been "
                  "informed of the risks and benefits of treatment and of alternatives to treatment.")


def fam_N(P):
    """Long packet: consent, rights and privacy pages, then the plan among other material."""
    doc = new_doc(font="Georgia", size=10.5)
    para(doc, P["org"], bold=True, size=14, align="center")
    para(doc, P.get("packet_title", "Admission and Treatment Planning Packet"), bold=True, size=12, align="center")
    c = P["client"]
    para(doc, f"{P['cl']}: {c['name']}        DOB: {F(P, c['dob'])}", align="center")
    para(doc, "")
    para(doc, "Contents: 1. Consent for treatment  2. Client rights  3. Privacy notice acknowledgment  "
              "4. Individualized treatment plan  5. Crisis resources", italic=True)
    for h, txt in [BOILER_CONSENT, BOILER_RIGHTS, BOILER_PRIVACY]:
        heading(doc, h, 2, styled=True)
        for chunk in txt.split("\n"):
            para(doc, chunk)
    para(doc, f"Initials: {''.join(w[0] for w in c['name'].split())}    Date: {F(P, P['ack_date'])}")
    page_break(doc)
    doc.add_heading(P["title"], level=1)
    kv_table(doc, default_ident(P), cols=2)
    for h, txt in P.get("pre_sections", []):
        doc.add_heading(h, level=2)
        para(doc, txt)
    doc.add_heading(P.get("dx_heading", "Diagnoses"), level=2)
    r_dx(doc, P, P.get("dx_mode", "table"))
    if P.get("assess"):
        doc.add_heading("Assessment", level=2)
        assess_table(doc, P)
    doc.add_heading(P.get("goals_heading", "Goals, Objectives and Interventions"), level=2)
    if P.get("goal_layout") == "matrix":
        r_goals_matrix(doc, P)
    else:
        r_goals_para(doc, P)
    if P.get("services"):
        doc.add_heading(P.get("services_heading", "Services"), level=2)
        r_services(doc, P, "table", P.get("service_cols"))
    if P.get("duration"):
        lv(doc, P.get("duration_label", "Expected Duration"), P["duration"])
    r_reviews(doc, P)
    for h, txt in P.get("post_sections", []):
        doc.add_heading(h, level=2)
        para(doc, txt)
    doc.add_heading("Signatures", level=2)
    r_sigs(doc, P, P.get("sig_mode", "table"))
    page_break(doc)
    heading(doc, BOILER_CRISIS[0], 2)
    para(doc, BOILER_CRISIS[1])
    heading(doc, "Discharge and Aftercare Planning (to be completed at discharge)", 2)
    para(doc, "Discharge date: ________   Reason: ________   Referrals made: ________")
    add_header_text(doc, P["org"], footer=f"{P['cl']}: {c['name']}  |  Form TP-2 rev. 03/2024")
    return doc


def fam_O(P):
    """Fillable form: every value in a content control, goals table inside a block control."""
    doc = new_doc(font="Calibri", size=10)
    para(doc, P["org"], bold=True, size=12)
    para(doc, P["title"], bold=True, size=14)
    for i, (k, v) in enumerate(default_ident(P)):
        p = doc.add_paragraph()
        sdt_value(p, k, v, tag=f"id{i}")
    para(doc, "")
    para(doc, P.get("dx_heading", "Diagnoses"), bold=True)
    for i, x in enumerate(P["dx"]):
        p = doc.add_paragraph()
        sdt_value(p, "Primary Dx" if x.get("primary") else "Secondary Dx", dx_primary_text(x), tag=f"dx{i}")
    for h, txt in P.get("pre_sections", []):
        para(doc, h, bold=True)
        p = para(doc, txt)
        sdt_wrap_paragraph_runs(p, tag="narr")
    para(doc, P.get("goals_heading", "Goals / Objectives"), bold=True)
    body_before = len(doc.element.body)
    V = P["vocab"]
    rows = [[V["goal"] + " / " + V["obj"], "Target date"]]
    for pi, pr in enumerate(P["problems"], 1):
        for gi, g in enumerate(pr["goals"], 1):
            rows.append([f"{V['goal']} {pi}: {g['text']}", goal_date_text(P, g)])
            for oi, o in enumerate(g.get("objectives", []), 1):
                rows.append([f"   {pi}.{oi} {o['text']}", obj_date_text(P, o)])
            for iv in g.get("interventions", []):
                rows.append([f"   {V['intv']}: {intv_text(iv)}", ""])
    t = table(doc, rows)
    block_sdt(doc, [t], tag="goals")
    if P.get("services"):
        para(doc, P.get("services_heading", "Services"), bold=True)
        t2 = table(doc, [["Service", "Code", "Amount", "Frequency", "Duration"]] +
                   [[s["desc"], s.get("code", ""), s.get("amount", ""), s.get("freq", ""), s.get("duration", "")] for s in P["services"]])
        block_sdt(doc, [t2], tag="services")
    if P.get("duration"):
        p = doc.add_paragraph(); sdt_value(p, P.get("duration_label", "Expected duration"), P["duration"], tag="dur")
    for i, rv in enumerate(P.get("reviews", [])):
        p = doc.add_paragraph(); sdt_value(p, rv.get("label", "Next review"), F(P, rv["date"]), tag=f"rev{i}")
    for h, txt in P.get("post_sections", []):
        para(doc, h, bold=True)
        para(doc, txt)
    para(doc, "Signatures", bold=True)
    for i, s in enumerate(P["sigs"]):
        p = doc.add_paragraph()
        if s.get("blank"):
            sdt_value(p, s["label"], "Click or tap here to enter text.", tag=f"sig{i}")
        else:
            sdt_value(p, s["label"], sig_text(P, s, with_date=False), tag=f"sig{i}")
            p2 = doc.add_paragraph()
            sdt_value(p2, "Date", FS(P, s["date"]) if s.get("date") else "", tag=f"sigd{i}")
    return doc


FAMILIES = {k[4:]: v for k, v in globals().items() if k.startswith("fam_")}


# --------------------------------------------------------------------------------------------
# the plans
# --------------------------------------------------------------------------------------------
PLANS: list[dict] = []


def S(label, role, name, cred=None, d=None, **kw):
    x = dict(label=label, role=role, name=name, cred=cred, date=d)
    x.update(kw)
    return x


def G(text, target=None, tf=None, objectives=(), interventions=(), baseline=None, mastery=None, **kw):
    g = dict(text=text, target=target, tf=tf, objectives=list(objectives), interventions=list(interventions))
    if baseline:
        g["baseline"] = baseline
    if mastery:
        g["mastery"] = mastery
    g.update(kw)
    return g


def O(text, target=None, tf=None, baseline=None, mastery=None):
    o = dict(text=text, target=target, tf=tf)
    if baseline:
        o["baseline"] = baseline
    if mastery:
        o["mastery"] = mastery
    return o


def IV(text, freq=None, amount=None, staff=None, dur=None):
    x = dict(text=text, freq=freq, amount=amount, staff=staff, dur=dur)
    return {k: v for k, v in x.items() if v is not None}


def SV(desc, code=None, amount=None, freq=None, duration=None, hpw=None, **kw):
    x = dict(desc=desc, code=code, amount=amount, freq=freq, duration=duration, hpw=hpw)
    x.update(kw)
    return {k: v for k, v in x.items() if v is not None}


def add(**P):
    P.setdefault("states", [])
    P.setdefault("gaps", [])
    P.setdefault("unsure", [])
    P.setdefault("vocab", dict(problem="Problem", goal="Goal", obj="Objective", intv="Intervention"))
    P.setdefault("cl", "Client")
    PLANS.append(P)
    return P


V_PSY2 = dict(problem="Need", goal="Goal", obj="Short-term objective", intv="Intervention", obj_date="By")
V_PSY3 = dict(problem="Problem Area", goal="Long-term goal", obj="Step", intv="Method")

# ---------------------------------------------------------------- psychotherapy (+ PA clinics)
add(id="i01", file="i01_outpatient_plan.docx", family="A", payer="medicare-psychotherapy", states=["pa-55-5200"],
    as_of=D(2026, 3, 16), fmt="us", discipline="psychotherapy",
    org="Riverbend Counseling Associates", org_addr="410 Canal Street, Suite 3, Millbrook, PA 17099  |  (555) 201-4410",
    title="Individual Treatment Plan",
    client=dict(name="Dolores Keane", dob=D(1956, 8, 14), mid="5TN8-QW2-HK61", mid_label="Medicare ID (MBI)"),
    payer_name="Medicare Part B", program="Licensed Psychiatric Outpatient Clinic",
    adm=D(2026, 1, 8), adm_label="Intake Date", plan_date=D(2026, 1, 29),
    providers=[dict(role="Primary Therapist", name="Marcus Hale", cred="LCSW", npi=npi("154820397"))],
    pre_sections=[("Presenting Problem",
                   "Ms. Keane was referred by her primary care physician after six months of low mood, poor sleep, "
                   "withdrawal from church and family activities and constant worry about her finances and health since "
                   "her husband's stroke. She reports no suicidal ideation; a safety screen on 01/08/2026 was negative.")],
    dx=[dict(code="F33.1", desc="Major depressive disorder, recurrent, moderate", primary=True),
        dict(code="F41.1", desc="Generalized anxiety disorder")],
    problems=[
        dict(text="Depressed mood and withdrawal", goals=[G(
            "Dolores will return to her usual weekly routine (church, visiting her sister, gardening) with a stable mood.",
            objectives=[O("Dolores will reduce her PHQ-9 score from 18 to 9 or below.", D(2026, 4, 30)),
                        O("Dolores will complete at least 3 planned pleasant or valued activities per week, recorded on an "
                          "activity log, for 4 consecutive weeks.", D(2026, 4, 15))],
            interventions=[IV("Cognitive behavioral therapy with behavioral activation", "weekly", "53 minutes", "M. Hale, LCSW")])]),
        dict(text="Excessive worry", goals=[G(
            "Dolores will manage worry so that it no longer keeps her from leaving the house or sleeping.",
            objectives=[O("Dolores will lower her GAD-7 score from 15 to below 8.", D(2026, 5, 29)),
                        O("Dolores will use paced breathing or scheduled worry time on at least 5 of 7 days per week, as "
                          "recorded in her self-monitoring log.", D(2026, 3, 31))],
            interventions=[IV("CBT for worry (worry postponement, cognitive restructuring)", "weekly", "53 minutes", "M. Hale, LCSW")])]),
    ],
    services=[SV("Individual psychotherapy", "90837", "53 minutes", "Weekly", "6 months"),
              SV("Medication management (psychiatry)", "99213", "20 minutes", "Monthly", "6 months")],
    service_cols=["Service", "CPT", "Session length", "Frequency", "Duration"],
    duration="6 months (through 07/29/2026)", end=D(2026, 7, 29),
    reviews=[dict(label="Next Treatment Plan Review", date=D(2026, 4, 29))],
    sigs=[S("Client", "client", "Dolores Keane", None, D(2026, 1, 29)),
          S("Primary Therapist", "clinician", "Marcus Hale", "LCSW", D(2026, 1, 29)),
          S("Psychiatrist (plan approval)", "physician", "Anita Rao", "MD", D(2026, 2, 3))],
    notes="Clean. Classic agency template: letterhead, two-pair form table, styled headings, numbered goals with "
          "lettered objectives and target dates in brackets, services table, signature table.")

add(id="i02", file="i02_ehr_treatment_plan.docx", family="B", payer="medicare-psychotherapy",
    as_of=D(2026, 2, 10), fmt="us", discipline="psychotherapy",
    org="Cedar Hollow Behavioral Health", title="Treatment Plan",
    client=dict(name="Harold Brandt", dob=D(1949, 3, 2), mid="2HW5RT7PE38", mid_label="MBI"),
    payer_name="Medicare", plan_date=D(2025, 11, 12), plan_date_label="Plan Effective",
    providers=[dict(role="Rendering Provider", name="Celia Moreno", cred="PsyD", npi=npi("166203481"))],
    encounter="Psychotherapy - Treatment Planning",
    dx=[dict(code="F32", desc="Major depressive disorder, single episode", primary=True),
        dict(code="Z63.4", desc="Disappearance and death of family member")],
    pre_sections=[("Clinical summary",
                   "79-year-old widower seen for low mood, tearfulness, loss of appetite (8 lb weight loss) and social "
                   "withdrawal since the death of his wife in July 2025. PHQ-9 = 17 at intake on 11/05/2025.")],
    problems=[
        dict(text="Depressed mood following bereavement", goals=[G(
            "Harold will rebuild a daily routine that includes meals, exercise and contact with others.",
            objectives=[O("Harold will reduce his PHQ-9 from 17 to below 10.", D(2026, 3, 4)),
                        O("Harold will eat at least 2 full meals a day on 6 of 7 days, per his meal log, for 3 consecutive weeks.", D(2026, 1, 28))],
            interventions=[IV("Grief-focused CBT", "Weekly", "45 min", "C. Moreno, PsyD")])]),
        dict(text="Social isolation", goals=[G(
            "Harold will reconnect with friends and community activities.",
            objectives=[O("Harold will attend the senior center or his veterans' group at least 2 times per week for 4 consecutive weeks.", D(2026, 2, 25))],
            interventions=[IV("Behavioral activation and activity scheduling", "Weekly", "45 min", "C. Moreno, PsyD")])]),
    ],
    services=[SV("Psychotherapy, 45 min", "90834", "45 minutes", "Once weekly", "16 weeks")],
    service_cols=["Service", "CPT/HCPCS", "Session length", "Frequency", "Duration"],
    duration="16 weeks (through 03/04/2026)", end=D(2026, 3, 4),
    sigs=[S("Clinician", "clinician", "Celia Moreno", "PsyD", D(2025, 11, 12), method="estamp", time="3:12 PM"),
          S("Patient", "client", "Harold Brandt", None, D(2025, 11, 12), method="estamp", time="3:20 PM",
            text="Patient signature captured on signature pad 11/12/2025 3:20 PM (Harold Brandt)")],
    gaps=[["diagnosis-code-not-billable"]],
    notes="Gap: the primary diagnosis is written as the category F32 (not a billable code). EHR print: clinic/plan in "
          "the page header with name, DOB and MBI only there, shaded section bars, goal grid with status column, "
          "e-signature stamps.")

add(id="i03", file="i03_narrative_plan.docx", family="C", payer="medicare-psychotherapy", states=["pa-55-5200"],
    as_of=D(2026, 4, 6), fmt="long", discipline="psychotherapy",
    org="Laurel Ridge Behavioral Health", org_addr="88 Quarry Lane, Hanford, PA 16999",
    title="Psychotherapy Treatment Plan",
    client=dict(name="Teresa Villanueva", dob=D(1961, 5, 23), mid="7KD2-FN4-XA19"),
    adm=D(2026, 2, 2), plan_date=D(2026, 2, 20),
    intro="Teresa Villanueva (date of birth May 23, 1961; Medicare MBI 7KD2-FN4-XA19) completed her intake assessment "
          "at Laurel Ridge Behavioral Health on February 2, 2026 (intake date). This treatment plan was developed with "
          "her on February 20, 2026 (plan date). Ms. Villanueva reports intrusive memories, nightmares and avoidance "
          "after a home invasion in 2024; she has stopped driving at night and rarely sees friends.",
    dx=[dict(code="F43.12", desc="Post-traumatic stress disorder, chronic", primary=True)],
    dx_mode="axis",
    problems=[
        dict(text="Trauma symptoms", goals=[G(
            "Teresa will reduce the PTSD symptoms that keep her from driving and sleeping through the night.",
            objectives=[O("Teresa will lower her PCL-5 score from 52 to below 33.", D(2026, 8, 20)),
                        O("Teresa will reduce nightmares from about 5 per week to 2 or fewer per week, per her sleep diary.", D(2026, 6, 30))],
            interventions=[IV("Cognitive Processing Therapy", "weekly", "53-minute sessions")])]),
        dict(text="Relationships and isolation", goals=[G(
            "Teresa will reconnect with friends and family she has been avoiding.",
            objectives=[O("Teresa will gain a better understanding of how her past trauma affects her relationships.", D(2026, 5, 15)),
                        O("Teresa will meet a friend or family member outside her home at least once a week for 4 consecutive weeks.", D(2026, 6, 30))],
            interventions=[IV("Interpersonal skills work within CPT sessions", "weekly", "53-minute sessions")])]),
    ],
    services_prose="Teresa will be seen for individual trauma-focused psychotherapy (Cognitive Processing Therapy), CPT "
                   "90837, in 53-minute sessions once a week. Psychiatric medication management with Dr. Stiles (CPT "
                   "99213) will continue in 20-minute visits once a month. The expected duration of treatment is 6 months "
                   "(through August 20, 2026). The plan will be reviewed with Teresa by May 20, 2026.",
    services=[SV("Individual psychotherapy (CPT)", "90837", "53 minutes", "once a week", "6 months"),
              SV("Medication management", "99213", "20 minutes", "once a month", "6 months")],
    duration="6 months (through August 20, 2026)", end=D(2026, 8, 20),
    sigs=[S("Client", "client", "Teresa Villanueva", None, D(2026, 2, 20)),
          S("Therapist", "clinician", "Owen Pryce", "LPC", D(2026, 2, 20)),
          S("Psychiatrist approval", "physician", "Hannah Stiles", "MD", D(2026, 2, 24))],
    fmt_sig="us_short",
    gaps=[["objective-not-measurable"]],
    notes="Gap: objective 2(a) ('gain a better understanding of how her past trauma affects her relationships') names "
          "no measure or level (warning under medicare-psychotherapy). Narrative letter: prose intro carrying the "
          "identifiers, intake and plan dates in words, lettered objectives, services described in a paragraph, /s/ "
          "signatures with short dates.")

add(id="i04", file="i04_problem_matrix.docx", family="D", payer="medicare-psychotherapy", states=["pa-55-5200"],
    as_of=D(2026, 5, 11), fmt="us", discipline="psychotherapy",
    org="Susquehanna Valley Mental Health Clinic", org_addr="1200 Front St., Riverton, PA 17998",
    title="COMPREHENSIVE TREATMENT PLAN",
    client=dict(name="Gerald Fontaine", dob=D(1958, 11, 30), mid="3PX7CV9TM25", mid_label="Medicare Beneficiary ID"),
    payer_name="Medicare Part B", adm=D(2026, 3, 3), adm_label="Date of Intake", plan_date=D(2026, 3, 24),
    plan_date_label="Date Plan Developed",
    vocab=dict(problem="Problem", goal="Goal", obj="Objective", intv="Intervention", obj_date="Target Date"),
    dx=[dict(code="F31.81", desc="Bipolar II disorder", primary=True)],
    problems=[
        dict(text="Mood instability", goals=[G(
            "Gerald will keep his mood stable enough to keep working full time.",
            target=D(2026, 9, 30),
            objectives=[O("Gerald will complete a daily mood chart on at least 6 of 7 days per week for 8 consecutive weeks.", D(2026, 6, 30)),
                        O("Gerald will write down 3 early warning signs of hypomania and 2 actions for each in his relapse prevention plan.", D(2026, 5, 5))],
            interventions=[IV("Individual psychotherapy (interpersonal and social rhythm therapy)", "Weekly", "45 minutes", "P. Natarajan, LPC"),
                           IV("Medication management", "Every 4 weeks", "25 minutes", "S. Okoye, DO")])]),
        dict(text="Sleep disruption", goals=[G(
            "Gerald will keep a regular sleep schedule.",
            target=D(2026, 7, 31),
            objectives=[O("Gerald will sleep at least 7 hours on 5 of 7 nights per week, per sleep log, for 4 consecutive weeks.", D(2026, 7, 31))],
            interventions=[IV("Sleep hygiene and social rhythm tracking", "Weekly", "45 minutes", "P. Natarajan, LPC")])]),
    ],
    services=[SV("Individual psychotherapy", "90834", "45 minutes", "Weekly", "9 months"),
              SV("Medication management", "99214", "25 minutes", "Every 4 weeks", "9 months")],
    service_cols=["Service", "Code", "Amount", "Frequency", "Duration"],
    duration="9 months (through 12/24/2026)", end=D(2026, 12, 24),
    reviews=[dict(label="Plan review due", date=D(2026, 6, 23))],
    sigs=[S("Individual", "client", "Gerald Fontaine", None, D(2026, 3, 24)),
          S("Mental Health Professional", "clinician", "Priya Natarajan", "LPC", D(2026, 3, 24)),
          S("Psychiatrist", "physician", "Samuel Okoye", "DO", D(2026, 3, 26))],
    notes="Clean. Header table with the agency, three-pair identification grid, one bordered table per problem with a "
          "merged title row, merged goal cell, objectives with a target-date column and an interventions block.")

add(id="i05", file="i05_plan_with_edits.docx", family="J", payer="medicare-psychotherapy",
    as_of=D(2026, 4, 20), fmt="us_nopad", discipline="psychotherapy",
    org="Harborview Counseling Group", title="Treatment Plan (draft circulated for signature)",
    client=dict(name="Bernadette Lowry", dob=D(1952, 7, 19), mid="4JQ6GM3WR82", mid_label="Medicare #"),
    payer_name="Medicare Part B", plan_date=D(2026, 2, 9), plan_date_label="Date of Plan",
    providers=[dict(role="Therapist", name="Nathan Ortiz", cred="LMFT", npi=npi("178804512"))],
    dx=[dict(code="F41.1", desc="Generalized anxiety disorder", primary=True),
        dict(code="F51.01", desc="Primary insomnia")],
    pre_sections=[("Reason for referral",
                   "Referred by her cardiologist after repeated emergency visits for chest tightness with normal cardiac "
                   "work-ups. Reports daily worry about her health and her grandson, and 4-5 hours of sleep a night.")],
    problems=[
        dict(text="Anxiety", goals=[G(
            "Bernadette will worry less and stop going to the emergency room for anxiety symptoms.",
            objectives=[O("Bernadette will reduce her GAD-7 score from 16 to 7 or below.", D(2026, 7, 31)),
                        O("Bernadette will have no emergency visits for chest tightness for 8 consecutive weeks, by self-report and clinic records.", D(2026, 6, 30))],
            interventions=[IV("Cognitive behavioral therapy (psychoeducation, interoceptive exposure, cognitive restructuring)", "weekly")])]),
        dict(text="Sleep", goals=[G(
            "Bernadette will sleep through the night more often.",
            objectives=[O("Bernadette will increase her average sleep from 4.5 to at least 6.5 hours a night, per sleep diary.", D(2026, 5, 29))],
            interventions=[IV("CBT for insomnia (sleep restriction, stimulus control)", "weekly")])]),
    ],
    tracked=[("Appointment preference: ", "mornings", "late afternoon (after 3 pm)", "; transportation by daughter."),
             ("Preferred name: ", "", "Bernie", "")],
    services=[SV("Individual psychotherapy (CBT)", None, None, "Weekly", "through 08/07/2026"),
              SV("CBT-I skills group", None, None, "Weekly", "6 weeks")],
    service_cols=["Service", "Frequency", "Duration"],
    duration="6 months (through 8/7/2026)", end=D(2026, 8, 7),
    comments=[("Appointment preference", "Updated per client request at the 2/9 session."),
              ("Generalized anxiety disorder", "Dx confirmed with Dr. Webb's letter of 1/30.")],
    sigs=[S("Client", "client", "Bernadette Lowry", None, D(2026, 2, 9)),
          S("Therapist", "clinician", "Nathan Ortiz", "LMFT", D(2026, 2, 9))],
    gaps=[["amount-missing"]],
    notes="Gap: no session length (minutes or units) is given for either service; the services table has only service, "
          "frequency and duration columns and no CPT code. Layout: draft with tracked insertions/deletions left in "
          "(appointment preference, preferred name) and two reviewer comments; label: value header lines.")

add(id="i06", file="i06_admission_packet.docx", family="N", payer="medicare-psychotherapy",
    as_of=D(2026, 3, 2), fmt="us", discipline="psychotherapy",
    org="Blue Spruce Community Counseling", title="Individualized Treatment Plan",
    client=dict(name="Walter Pruitt", dob=D(1950, 1, 9), mid="6CF3-HN8-KY47", mid_label="Medicare Beneficiary Identifier"),
    payer_name="Original Medicare", plan_date=D(2025, 1, 15), plan_date_label="Date Plan Established",
    ack_date=D(2025, 1, 15), cl="Client",
    dx=[dict(code="F33.1", desc="Major depressive disorder, recurrent, moderate", primary=True)],
    problems=[
        dict(text="Depression", goals=[G(
            "Walter will manage his depression well enough to live independently and keep up his household.",
            objectives=[O("Walter will reduce his BDI-II score from 29 to below 14.", D(2025, 7, 15)),
                        O("Walter will complete household tasks (meals, laundry, bills) on at least 5 of 7 days per week, per weekly checklist.", D(2025, 5, 15))],
            interventions=[IV("Individual CBT", "weekly", "53 minutes"), IV("Group psychotherapy (depression skills group)", "weekly", "90 minutes")])]),
        dict(text="Loneliness", goals=[G(
            "Walter will build regular social contact.",
            objectives=[O("Walter will attend the depression skills group at least 3 of every 4 weeks.", D(2025, 6, 30))],
            interventions=[IV("Group psychotherapy", "weekly", "90 minutes")])]),
    ],
    services=[SV("Individual psychotherapy", "90837", "53 minutes", "Every week", "10 months"),
              SV("Group psychotherapy", "90853", "90 minutes", "Every week", "10 months")],
    service_cols=["Service", "CPT", "Minutes", "Frequency", "Duration"],
    duration="10 months (through 11/14/2025)", end=D(2025, 11, 14),
    sigs=[S("Client", "client", "Walter Pruitt", None, D(2025, 1, 15)),
          S("Therapist", "clinician", "Ruth Abernathy", "PhD", D(2025, 1, 15))],
    gaps=[["plan-outdated"]],
    notes="Gap: the plan was established 01/15/2025 and no later review or update is recorded, so on the as-of date "
          "2026-03-02 it is 411 days old (medicare-psychotherapy accepts at most 365). Long packet: consent, rights and "
          "privacy pages before the plan, crisis resources and a blank discharge section after it, header/footer.")

add(id="i07", file="i07_checkbox_form.docx", family="I", payer="medicare-psychotherapy",
    as_of=D(2026, 2, 25), fmt="us", discipline="psychotherapy",
    org="Pine Street Counseling", title="TREATMENT PLAN",
    client=dict(name="Lorraine Becker", dob=D(1957, 4, 4)), cl="Client",
    payer_name="Medicare Part B", plan_date=D(2026, 1, 14), plan_date_label="Date",
    dx=[dict(code="F43.23", desc="Adjustment disorder with mixed anxiety and depressed mood", primary=True)],
    pre_sections=[("Presenting concerns", "Low mood, worry and poor sleep since a forced move into her daughter's home after a fall in October 2025.")],
    problems=[dict(text="Adjustment to move and loss of independence", goals=[G(
        "Lorraine will adjust to her new living situation and resume activities she values.",
        objectives=[O("Lorraine will rate her mood 6/10 or higher on at least 5 days a week on her daily mood scale.", D(2026, 4, 14)),
                    O("Lorraine will take part in at least 2 activities outside the home per week (church, library, senior lunch).", D(2026, 3, 31))],
        interventions=[IV("Supportive and problem-solving therapy")])])],
    obj_bullets=False,
    services=[SV("Individual psychotherapy", "90834", "45 minutes", "Every other week",
                 freq_opts=["Weekly", "Every other week", "Monthly"], amt_opts=["30 minutes", "45 minutes", "60 minutes"])],
    unchecked_services=["Group psychotherapy", "Family psychotherapy", "Psychiatric evaluation"],
    duration="3 months", duration_opts=["3 months", "6 months", "9 months"], end=D(2026, 4, 14),
    sigs=[S("Client", "client", "Lorraine Becker", None, D(2026, 1, 14)),
          S("Counselor", "clinician", "Jordan Ellis", None, D(2026, 1, 14))],
    gaps=[["credential-missing"], ["field-missing"]],
    notes="Gaps: the counselor signs 'Jordan Ellis' with no credential anywhere on the plan; the plan gives no member "
          "ID (only name, date of birth and 'Medicare Part B'). Check-box form: modality, frequency, session length "
          "and duration ticked with box characters; header fields as label: value lines.")

add(id="i08", file="i08_plan_update.docx", family="M", payer="medicare-psychotherapy",
    as_of=D(2026, 3, 9), fmt="us", discipline="psychotherapy",
    org="Northfield Psychological Services", title="Treatment Plan Review and Update",
    client=dict(name="Franklin Osei", dob=D(1947, 9, 12), mid="8VR4-DK6-JC53", mid_label="MBI"),
    payer_name="Medicare Part B", plan_date=D(2026, 2, 2), plan_date_label="Updated Plan Date",
    pre_sections=[("Review summary",
                   "Six-month review of the plan first written 08/04/2025. Mr. Osei's depressive symptoms have improved "
                   "(PHQ-9 16 -> 8). Grief symptoms persist around anniversaries; he wants to continue less often.")],
    dx=[dict(code="F33.1", desc="Major depressive disorder, recurrent, moderate", primary=True),
        dict(code="F43.81", desc="Prolonged grief disorder")],
    prior_status=[("Reduce PHQ-9 from 16 to below 10", "Met 01/2026 (discontinued)", "PHQ-9 = 8 on 01/20/2026"),
                  ("Attend grief support group weekly", "Partially met", "Attended 9 of 20 groups; continued as objective 1b"),
                  ("Resume morning walks 5 days/week", "Met - continue to maintain", "Walking 4-5 days/week")],
    problems=[dict(text="Grief", goals=[G(
        "Franklin will cope with grief without a return of depression.",
        objectives=[O("Franklin will keep his PHQ-9 score below 10 at every monthly screen.", D(2026, 7, 31)),
                    O("Franklin will attend at least 3 grief support group meetings per month.", D(2026, 5, 31)),
                    O("Franklin will use a written anniversary-reaction plan on the anniversary of his wife's death (05/14), rating distress 5/10 or lower.", D(2026, 5, 21))],
        interventions=[IV("Grief-focused psychotherapy", "every other week", "45 minutes")])])],
    services=[SV("Individual psychotherapy", "90834", "45 minutes", "Every other week", "6 months")],
    service_cols=["Service", "CPT", "Session length", "Frequency", "Duration"],
    duration="6 months (through 08/02/2026)", end=D(2026, 8, 2),
    reviews=[dict(label="Next review", date=D(2026, 5, 4))],
    sigs=[S("Client", "client", "Franklin Osei", None, D(2026, 2, 2)),
          S("Therapist", "clinician", "Imani Brooks", "LICSW", D(2026, 2, 2))],
    notes="Clean. Review/update document: prior goals in a status table (one closed 'Met ... (discontinued)', others "
          "continued), updated goals in a numbered grid, next review date. The original plan date 08/04/2025 appears "
          "only in the summary text.")

add(id="i09", file="i09_landscape_nested.docx", family="K", payer="medicare-psychotherapy",
    as_of=D(2026, 6, 1), fmt="us", discipline="psychotherapy",
    org="Westgate Anxiety & Mood Center", title="Plan of Treatment",
    client=dict(name="Celeste Arnaud", dob=D(1963, 12, 1), mid="9AE5-KP2-UW64", mid_label="Medicare ID"),
    payer_name="Medicare Part B", plan_date=D(2026, 4, 13), plan_date_label="Plan date",
    providers=[dict(role="Clinician", name="Dmitri Volkov", cred="PsyD", npi=npi("112093875"))],
    dx=[dict(code="F40.10", desc="Social phobia, unspecified", primary=True)],
    vocab=V_PSY2,
    problems=[
        dict(text="Social anxiety limiting work and social life", goals=[G(
            "Celeste will take part in work meetings and social events with manageable anxiety.",
            objectives=[O("Celeste will reduce her LSAS score from 88 to below 60.", D(2026, 9, 30)),
                        O("Celeste will speak at least once in each weekly team meeting for 6 consecutive weeks.", D(2026, 7, 31))],
            interventions=[IV("CBT with graded exposure hierarchy", "weekly", "53 min")])]),
        dict(text="Avoidance", goals=[G(
            "Celeste will stop avoiding everyday situations.",
            objectives=[O("Celeste will complete 3 planned exposure tasks per week from her hierarchy, logging anxiety before and after.", D(2026, 8, 31))],
            interventions=[IV("In-session and homework exposures", "weekly", "53 min")])]),
    ],
    services=[SV("Individual psychotherapy", "90837", "53 minutes", "Weekly")],
    service_cols=["Service", "CPT", "Session length", "Frequency"],
    sigs=[S("Client", "client", "Celeste Arnaud", None, D(2026, 4, 13)),
          S("Clinician", "clinician", "Dmitri Volkov", "PsyD", D(2026, 4, 13))],
    gaps=[["duration-missing"]],
    notes="Gap: the plan never says how long treatment will last (no expected duration, end date or service duration; "
          "only objective target dates). Landscape page, three-pair identification grid, nested objectives tables "
          "inside a two-column goals table, signature grid.")

add(id="i10", file="i10_typed_plan.docx", family="L", payer="medicare-psychotherapy", states=["pa-55-5200"],
    as_of=D(2026, 7, 6), fmt="us_short", discipline="psychotherapy",
    org="Northgate Psychiatric Outpatient", title="TREATMENT PLAN",
    client=dict(name="Nora Quinlan", dob=D(1959, 2, 17), mid="1RM6-YT3-VE92"),
    adm=D(2026, 5, 4), plan_date=D(2026, 5, 26),
    dx=[dict(code="F33.1", desc="MDD, recurrent, moderate", primary=True), dict(code="F41.1", desc="GAD")],
    problems=[dict(text="depression", goals=[G("", objectives=[O("", D(2026, 8, 31)), O("", D(2026, 7, 31))])]),
              dict(text="anxiety", goals=[G("", objectives=[O("", D(2026, 9, 30))])])],
    services=[SV("indiv psychotherapy (CBT)", "90837", "53 min", "1x/wk", "6 mo"), SV("med mgmt", "99213", "20 min", "monthly", "6 mo")],
    duration="6 mo", end=D(2026, 11, 26), reviews=[dict(date=D(2026, 8, 26))],
    casual_lines=[
        "Northgate Psychiatric Outpatient - Erie",
        "TREATMENT PLAN",
        "",
        "Pt: Nora Quinlan     DOB 2/17/59     Medicare 1RM6-YT3-VE92",
        "Intake 5/4/26          Plan date 5/26/26",
        "",
        "Dx:  F33.1 MDD, recurrent, moderate (primary)",
        "     F41.1 GAD",
        "",
        "Hx: 67 y/o retired teacher, 3rd depressive episode, stopped volunteering at library in March. No SI/HI. PHQ-9 17, GAD-7 13 at intake.",
        "",
        "Problem 1 - depression",
        "Goal: Nora will get back to her volunteer work at the library 2 mornings a week by 9/30/26",
        "  obj 1a - PHQ-9 from 17 to under 10 by 8/31/26",
        "  obj 1b - out of the house for a planned activity at least 4 days/wk (activity log) by 7/31/26",
        "  interventions: CBT / behavioral activation",
        "",
        "Problem 2 - anxiety/worry",
        "Goal: Nora will worry less and sleep better",
        "  obj 2a - GAD-7 from 13 to 7 or less by 9/30/26",
        "  interventions: worry exposure, relaxation training",
        "",
        "Tx: indiv psychotherapy (CBT) 90837, 53 min, 1x/wk",
        "    med mgmt w/ Dr. Feld 99213, 20 min, monthly",
        "Expected length of tx: 6 mo (thru 11/26/26)",
        "Next review 8/26/26",
        "",
        "Client signature: Nora Quinlan      date 5/26/26",
        "Therapist signature: ______________________      date ________",
        "     (Renee Park, LCSW)",
        "Psychiatrist approval: Alan Feld, MD      5/28/26",
    ],
    sigs=[S("Client", "client", "Nora Quinlan", None, D(2026, 5, 26)),
          S("Therapist", "clinician", "Renee Park", "LCSW", None, blank=True),
          S("Psychiatrist", "physician", "Alan Feld", "MD", D(2026, 5, 28))],
    gaps=[["signature-missing"]],
    notes="Gap: the therapist's signature line and date are blank (only her printed name under the line). Typed "
          "casually without a template: one paragraph per line, abbreviations, short dates, no headings or tables.")

add(id="i12", file="i12_fillable_form.docx", family="O", payer="medicare-psychotherapy", states=["pa-55-5200"],
    as_of=D(2026, 8, 3), fmt="us", discipline="psychotherapy",
    org="Allegheny Ridge Outpatient Clinic", title="Individualized Treatment Plan",
    client=dict(name="Isabel Ferreira", dob=D(1955, 10, 27), mid="2DN7-QX4-HT18", mid_label="Medicare Number"),
    cl="Individual", payer_name="Medicare Part B", adm=D(2026, 6, 1), adm_label="Intake/Assessment Date",
    plan_date=D(2026, 6, 22), plan_date_label="Plan Completion Date",
    dx=[dict(code="F41.0", desc="Panic disorder [episodic paroxysmal anxiety]", primary=True),
        dict(code="F40.00", desc="Agoraphobia, unspecified")],
    pre_sections=[("Strengths and preferences", "Close relationship with her son; enjoys choir; prefers morning sessions and written homework.")],
    vocab=dict(problem="Problem", goal="Goal", obj="Objective", intv="Intervention"),
    problems=[
        dict(text="Panic attacks", goals=[G(
            "Isabel will have fewer and milder panic attacks.",
            objectives=[O("Isabel will reduce panic attacks from 4 per week to 1 or fewer per week, per panic diary.", D(2026, 10, 30)),
                        O("Isabel will lower her PDSS score from 17 to 8 or below.", D(2026, 11, 30))],
            interventions=[IV("Panic control treatment (CBT with interoceptive exposure)", "weekly", "45 min")])]),
        dict(text="Avoidance of crowded places", goals=[G(
            "Isabel will rebuild the social contacts she has avoided.",
            objectives=[O("Isabel will attend at least 2 social activities outside the home each week (choir, church, shopping with her son), recorded in her diary.")],
            interventions=[IV("Graded in-vivo exposure", "weekly", "45 min")])]),
    ],
    services=[SV("Individual psychotherapy", "90834", "45 minutes", "Weekly", "6 months")],
    duration="6 months (through 12/22/2026)", end=D(2026, 12, 22),
    reviews=[dict(label="Next plan review", date=D(2026, 9, 21))],
    sigs=[S("Individual's signature", "client", "Isabel Ferreira", None, D(2026, 6, 22)),
          S("Therapist's signature", "clinician", "Kenji Sato", "LPC", D(2026, 6, 22)),
          S("Psychiatrist's approval", "physician", "Miriam Adler", "MD", D(2026, 6, 25))],
    gaps=[["objective-not-time-bound"]],
    notes="Gap: objective 2.1 (social activities) has no target date or time frame, and its goal (2) has none either. "
          "Fillable form: every header value, diagnosis and signature in a content control; goals and services tables "
          "wrapped in block content controls.")

add(id="i13", file="i13_ehr_late_plan.docx", family="B", payer="medicare-psychotherapy", states=["pa-55-5200"],
    as_of=D(2026, 3, 30), fmt="iso", discipline="psychotherapy",
    org="Keystone Family Behavioral Health", title="Behavioral Health Treatment Plan",
    client=dict(name="Raymond Tully", dob=D(1953, 6, 8), mid="5FW2AC8NR37", mid_label="Medicare ID"),
    payer_name="Medicare Part B", adm=D(2026, 1, 5), adm_label="Intake Date", plan_date=D(2026, 2, 19),
    plan_date_label="Plan Date", encounter="Treatment plan - initial",
    providers=[dict(role="Primary Clinician", name="Dana Kowal", cred="LCSW", npi=npi("140017738"))],
    dx=[dict(code="F32.1", desc="Major depressive disorder, single episode, moderate", primary=True),
        dict(code="F41.1", desc="Generalized anxiety disorder")],
    problems=[
        dict(text="Depression", goals=[G(
            "Raymond will feel well enough to return to part-time work.",
            objectives=[O("Raymond will reduce his PHQ-9 score from 19 to below 10.", D(2026, 6, 30)),
                        O("Raymond will get out of bed by 8:00 am on at least 5 of 7 days per week for 4 consecutive weeks.", D(2026, 4, 30))],
            interventions=[IV("Behavioral activation", "Weekly", "53 min", "D. Kowal, LCSW")])]),
        dict(text="Anxiety", goals=[G(
            "Raymond will manage anxiety about returning to work.",
            objectives=[O("Raymond will lower his GAD-7 from 14 to 7 or below.", D(2026, 6, 30))],
            interventions=[IV("Cognitive restructuring", "Weekly", "53 min", "D. Kowal, LCSW")])]),
    ],
    services=[SV("Individual psychotherapy", "90837", "53 min", "Weekly", "6 months"),
              SV("Psychiatric medication management", "99214", "25 min", "Monthly", "6 months")],
    duration="6 months (through 2026-08-19)", end=D(2026, 8, 19),
    reviews=[dict(label="Next Review Due", date=D(2026, 5, 19))],
    sigs=[S("Primary Clinician", "clinician", "Dana Kowal", "LCSW", D(2026, 2, 19), method="estamp", time="4:05 PM"),
          S("Supervising Psychiatrist", "physician", "Lionel Baptiste", "MD", D(2026, 2, 23), method="estamp", time="9:31 AM"),
          S("Client", "client", "Raymond Tully", None, None, text="Raymond Tully (wet signature on printed copy, scanned to chart)")],
    gaps=[["plan-late"], ["signature-missing"]],
    notes="Gaps: the plan is dated 2026-02-19, 45 days after the 2026-01-05 intake (Pennsylvania allows 30); the "
          "client signed but did not date his signature. EHR print with ISO dates, identifiers in the page header, "
          "e-signature stamps.")

add(id="i47", file="i47_service_plan.docx", family="A", payer="medicare-psychotherapy", states=["pa-55-5200"],
    as_of=D(2026, 9, 14), fmt="abbr", discipline="psychotherapy",
    org="Three Rivers Community Mental Health", org_addr="22 Ferry Road, Lockport, PA 15999",
    title="Individualized Service Plan", cl="Consumer", name_label="Consumer",
    client=dict(name="Harriet Doyle", dob=D(1960, 3, 19), mid="6UE4-WP8-RK52", mid_label="Medicare MBI"),
    payer_name="Medicare (primary)", adm=D(2026, 7, 7), adm_label="Admission to clinic", plan_date=D(2026, 7, 30),
    plan_date_label="ISP date",
    vocab=V_PSY3, dx_heading="Diagnostic Codes", dx_mode="lines", goals_heading="Long-term Goals and Steps",
    services_heading="Modalities", duration_label="Anticipated length of service",
    dx=[dict(code="F43.10", desc="Post-traumatic stress disorder, unspecified", primary=True)],
    problems=[
        dict(text="Trauma-related anxiety", goals=[G(
            "Harriet will feel safe enough at home to sleep in her bedroom again.",
            target=D(2026, 12, 31),
            objectives=[O("Harriet will sleep in her bedroom at least 5 nights a week for 3 consecutive weeks.", D(2026, 11, 30)),
                        O("Harriet will reduce her PCL-5 score from 48 to 33 or lower.", D(2026, 12, 31))],
            interventions=[IV("Prolonged exposure therapy", "weekly", "90 minutes")])]),
        dict(text="Daily functioning", goals=[G(
            "Harriet will return to shopping and errands on her own.",
            target=D(2026, 11, 30),
            objectives=[O("Harriet will go to the grocery store alone at least once a week for 4 consecutive weeks.", D(2026, 11, 30))],
            interventions=[IV("In-vivo exposure homework review", "weekly", "90 minutes")])]),
    ],
    services=[SV("Individual psychotherapy (prolonged exposure)", "90837", "90 minutes", "weekly", "5 months")],
    service_cols=["Modality", "Codes", "Session length", "Frequency", "Duration"],
    duration="5 months (Jul 30, 2026 - Dec 31, 2026)", end=D(2026, 12, 31),
    reviews=[dict(label="ISP review", date=D(2026, 10, 29))],
    sig_mode="attest", sig_heading="Acknowledgment and Signatures",
    sigs=[S("Consumer", "client", "Harriet Doyle", None, D(2026, 7, 30), attest_title="Consumer",
            attest="I took part in writing this plan and agree with it. I received a copy."),
          S("Clinician", "clinician", "Yolanda Pierce", "LPC", D(2026, 7, 30), attest_title="Mental health professional",
            attest="I developed this plan with the consumer."),
          S("Approving physician", "physician", "Gregory Hsu", "MD", D(2026, 8, 4), attest_title="Approval by psychiatrist",
            attest="I have reviewed and approve this service plan, which includes psychotherapy.")],
    notes="Clean. Agency ISP with 'Consumer' wording, 'Long-term goal' / 'Step' / 'Method' vocabulary, abbreviated "
          "month dates, diagnoses as label lines, each signature in its own attestation box.")

# ---------------------------------------------------------------- Medicare outpatient therapy (PT / OT / SLP)
V_TH = dict(problem="Impairment", goal="LTG", obj="STG", intv="Intervention")

add(id="i14", file="i14_pt_plan_of_care.docx", family="E", payer="medicare-outpatient-therapy",
    as_of=D(2026, 3, 23), fmt="us", discipline="pt",
    org="Summit Physical Therapy & Rehab", org_addr="3050 Lakeview Blvd, Suite 110, Fairmont  |  Tel 555-0187",
    title="PHYSICAL THERAPY PLAN OF CARE / CERTIFICATION",
    client=dict(name="Eugene Marchetti", dob=D(1951, 4, 22), mid="4TR8-WE2-MG56"),
    payer_name="Medicare Part B", ftd=D(2026, 2, 9), plan_date=D(2026, 2, 9), period=(D(2026, 2, 9), D(2026, 5, 9)),
    onset="01/26/2026 (R TKA)",
    providers=[dict(role="Treating therapist", name="Kevin Doyle", cred="PT, DPT", npi=npi("126640183")),
               dict(role="Referring physician", name="Laura Chen", cred="MD", npi=npi("183390216"))],
    dx=[dict(code="Z47.1", desc="Aftercare following joint replacement surgery", primary=True),
        dict(code="Z96.651", desc="Presence of right artificial knee joint"),
        dict(code="R26.89", desc="Other abnormalities of gait and mobility")],
    pre_sections=[("Evaluation summary",
                   "74 y/o male s/p R TKA 01/26/2026. R knee AROM 8-85 degrees, quad lag, antalgic gait with RW, "
                   "LEFS 28/80, TUG 19 s. Lives with wife, 3 steps to enter with 1 rail. Rehab potential: good.")],
    vocab=V_TH,
    problems=[
        dict(text="Mobility", goals=[G(
            "Pt will ambulate 500 ft with a single-point cane, modified independent, and ascend/descend 12 steps with 1 rail independently.",
            tf="8 weeks",
            objectives=[O("Increase R knee flexion AROM from 85 to 110 degrees.", tf="4 weeks"),
                        O("Pt will perform home exercise program independently with correct technique.", tf="2 weeks")])]),
        dict(text="Function", goals=[G(
            "Improve LEFS from 28/80 to 55/80 or higher.", tf="8 weeks",
            objectives=[O("R knee extension AROM from -8 to 0 degrees.", tf="4 weeks")])]),
    ],
    services=[SV("Therapeutic exercise", "97110", freq="2x/week", duration="8 weeks"),
              SV("Gait training", "97116", freq="2x/week", duration="8 weeks"),
              SV("Manual therapy", "97140", freq="2x/week", duration="8 weeks"),
              SV("Neuromuscular re-education", "97112", freq="2x/week", duration="8 weeks")],
    freq_line="2x/week x 8 weeks (16 visits)", duration="8 weeks",
    sigs=[S("Therapist", "clinician", "Kevin Doyle", "PT, DPT", D(2026, 2, 9)),
          S("Certifying physician", "physician", "Laura Chen", "MD", D(2026, 2, 16), method="estamp", time="7:58 AM")],
    phys_sig_mode="estamp",
    notes="Clean. Medicare PT plan of care: certification period From/Through in the form table, STG/LTG lists with "
          "time frames in brackets, intervention table with CPT, frequency/duration line, therapist signature line, "
          "physician certification statement with an e-signature stamp.")

add(id="i15", file="i15_ot_plan.docx", family="A", payer="medicare-outpatient-therapy",
    as_of=D(2026, 4, 1), fmt="us", discipline="ot",
    org="Brookside Outpatient Rehabilitation", org_addr="700 Mill Road, Easton Falls  |  Fax 555-0133",
    title="Occupational Therapy Plan of Treatment", cl="Patient",
    client=dict(name="Maureen Castillo", dob=D(1948, 12, 5), mid="7NP3-EH6-RA28", mid_label="Medicare ID"),
    payer_name="Medicare Part B", ftd=D(2026, 2, 3), ftd_label="Date of Initial Evaluation (first treatment)",
    plan_date=D(2026, 2, 3), plan_date_label="Plan of Care Date", period=(D(2026, 2, 3), D(2026, 5, 3)),
    period_label="Certification Period",
    vocab=dict(problem="Problem", goal="Goal", obj="Short-term goal", intv="Intervention"),
    dx=[dict(code="I69.351", desc="Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side", primary=True),
        dict(code="Z74.09", desc="Other reduced mobility")],
    pre_sections=[("Evaluation findings",
                   "77 y/o R-handed female, L MCA CVA 11/2025, discharged from IRF 01/28/2026. R grip 12 lb (L 38 lb), "
                   "UB dressing mod A, toilet transfers min A, unable to open containers with R hand.")],
    problems=[
        dict(text="Self-care", goals=[G(
            "Patient will complete upper-body dressing with set-up only.", tf="within 6 weeks",
            objectives=[O("Patient will don a front-opening shirt with min A using hemi-dressing technique.", tf="within 3 weeks")])]),
        dict(text="Transfers and toileting", goals=[G(
            "Patient will complete toilet transfers with stand-by assistance using a grab bar.", tf="within 6 weeks",
            objectives=[O("Patient will complete toilet transfers with CGA in 4 of 5 trials.", tf="within 3 weeks")])]),
        dict(text="R upper extremity function", goals=[G(
            "Increase R grip strength from 12 lb to 25 lb.", tf="within 6 weeks",
            objectives=[O("Increase R grip strength to 18 lb.", tf="within 3 weeks")])]),
    ],
    services=[SV("Self-care/ADL training", "97535", "45 min", "3x/week", "6 weeks"),
              SV("Therapeutic activities", "97530", "15 min", "3x/week", "6 weeks"),
              SV("Neuromuscular re-education", "97112", "15 min", "3x/week", "6 weeks")],
    service_cols=["Service", "CPT", "Minutes", "Frequency", "Duration"],
    duration="6 weeks", duration_label="Duration of Plan",
    sigs=[S("Occupational Therapist", "clinician", "Claire Whitman", "OTR/L", D(2026, 2, 3)),
          S("Physician certification", "physician", "Rafael Ibarra", "MD", D(2026, 3, 20))],
    sig_intro="Physician certification: I have reviewed this plan of treatment and certify that the services are medically necessary.",
    gaps=[["signature-late"]],
    notes="Gap: the physician certified the plan on 03/20/2026, 45 days after the first treatment day 02/03/2026 "
          "(due within 30 days; a warning under the 2025-01 profile version). Classic agency template, OT wording, "
          "'within N weeks' time frames, signature table.")

add(id="i16", file="i16_pt_ehr_export.docx", family="B", payer="medicare-outpatient-therapy",
    as_of=D(2026, 4, 14), fmt="us", discipline="pt",
    org="Ridgeline Spine & Sport PT", title="Plan of Care - Physical Therapy", cl="Patient",
    client=dict(name="Douglas Whitaker", dob=D(1956, 9, 9), mid="8KC2TF7WD45", mid_label="MBI"),
    payer_name="Medicare Part B", ftd=D(2026, 3, 10), ftd_label="Initial Evaluation Date",
    plan_date=D(2026, 3, 10), plan_date_label="POC Date", period=(D(2026, 3, 10), D(2026, 6, 7)),
    period_label="Cert Period", encounter="PT Initial Evaluation",
    providers=[dict(role="Therapist", name="Alicia Romero", cred="PT, DPT", npi=npi("150029377"))],
    dx=[dict(code="M54.50", desc="Low back pain, unspecified", primary=True),
        dict(code="M48.062", desc="Spinal stenosis, lumbar region with neurogenic claudication")],
    problems=[
        dict(text="Pain and disability", goals=[G(
            "Reduce Oswestry Disability Index from 46% to 20% or less.", tf="10 weeks",
            objectives=[O("Pt will sit for 60 minutes with pain no higher than 3/10.", tf="6 weeks")])]),
        dict(text="Lifting and walking tolerance", goals=[G(
            "Pt will lift 20 lb from floor to waist with proper body mechanics 5 times without increase in symptoms.", tf="8 weeks",
            objectives=[O("Pt will walk 20 minutes continuously without leg symptoms.", tf="6 weeks")])]),
    ],
    services=[SV("Therapeutic exercise", "97110", None, "2x/week", "10 weeks"),
              SV("Manual therapy", "97140", None, "2x/week", "10 weeks"),
              SV("Therapeutic activities", "97530", None, "2x/week", "10 weeks")],
    service_cols=["Service", "CPT/HCPCS", "Frequency", "Duration"],
    duration="10 weeks", duration_label="Duration",
    sigs=[S("Treating Therapist", "clinician", "Alicia Romero", "PT, DPT", D(2026, 3, 10), method="estamp", time="5:47 PM"),
          S("Certifying Provider", "physician", "Brian Holt", "DC", D(2026, 3, 13), method="estamp", time="12:02 PM")],
    gaps=[["credential-not-permitted"]], unsure=["signature-missing"],
    notes="Gap: the certification is signed by a chiropractor (Brian Holt, DC), who cannot certify a Medicare therapy "
          "plan. signature-missing is left out of must_not_report: a tool may reasonably treat the DC signature as no "
          "valid certification. EHR print with MBI in the page header, goal grid, e-signature stamps.")

add(id="i17", file="i17_pt_typed.docx", family="L", payer="medicare-outpatient-therapy",
    as_of=D(2026, 5, 4), fmt="us_short", discipline="pt",
    org="Coastal Home & Clinic PT", title="PT POC",
    client=dict(name="Loretta Baines", dob=D(1944, 7, 30), mid="9WD5-RG3-KE81"),
    ftd=D(2026, 4, 6), plan_date=D(2026, 4, 6), period=(D(2026, 4, 6), D(2026, 7, 4)),
    dx=[dict(code="S72.001D", desc="fx neck of R femur, subsequent encounter, routine healing", primary=True),
        dict(code="Z91.81", desc="hx of falling")],
    problems=[dict(text="", goals=[G("x", tf="8 wks"), G("x", tf="8 wks"), G("x", tf="8 wks")])],
    services=[SV("ther ex", "97110"), SV("gait trng", "97116"), SV("balance trng", "97112")],
    duration="8 wks",
    casual_lines=[
        "Coastal Home & Clinic PT",
        "PT POC / Medicare cert",
        "",
        "Pt: Loretta Baines   DOB 7/30/44   MBI 9WD5-RG3-KE81",
        "Eval/1st tx 4/6/26.  Cert 4/6/26 - 7/4/26",
        "Dx: S72.001D fx neck of R femur, subsequent encounter, routine healing (primary); Z91.81 hx of falling",
        "",
        "S: 81 y/o F s/p R hip ORIF 3/14/26 after fall at home. Lives alone, dtr checks in daily. Wants to get back to church and grocery shopping.",
        "O: amb 60' w/ RW CGA, TUG 24 sec, Berg 38/56, R hip abd 3-/5.",
        "A: gait and balance deficits, high fall risk. Good rehab potential.",
        "",
        "LTGs (8 wks):",
        "1. Pt will amb 300' w/ RW mod I on level surfaces",
        "2. TUG from 24 sec to <14 sec",
        "3. Berg from 38/56 to >=46/56",
        "",
        "Plan: ther ex 97110, gait trng w/ RW 97116, balance trng 97112, HEP. Duration 8 wks.",
        "",
        "Signed: Gail Fortier, PT  4/6/26",
        "",
        "Physician cert - I certify the need for these services under this plan:",
        "Jonah Mercer, MD  (e-signed 4/10/26)",
    ],
    sigs=[S("Therapist", "clinician", "Gail Fortier", "PT", D(2026, 4, 6)),
          S("Physician", "physician", "Jonah Mercer", "MD", D(2026, 4, 10))],
    gaps=[["frequency-missing"]],
    notes="Gap: the plan gives the interventions and an 8-week duration but never says how many times a week. Casual "
          "SOAP-style note typed without a template, abbreviations, short dates.")

add(id="i18", file="i18_slp_matrix.docx", family="D", payer="medicare-outpatient-therapy",
    as_of=D(2026, 6, 22), fmt="us", discipline="slp",
    org="Meadowbrook Speech & Swallowing Clinic", org_addr="15 Orchard Way, Bellport",
    title="SPEECH-LANGUAGE PATHOLOGY PLAN OF CARE", cl="Patient",
    client=dict(name="Vernon Eckert", dob=D(1946, 1, 25), mid="1AT4PJ9XN62", mid_label="Medicare ID"),
    payer_name="Medicare Part B", ftd=D(2026, 5, 12), ftd_label="Evaluation date (1st visit)",
    plan_date=D(2026, 5, 12), plan_date_label="Plan of care date", period=(D(2026, 5, 12), D(2026, 8, 9)),
    period_label="Certification period",
    providers=[dict(role="SLP", name="Tamara Boyd", cred="M.S., CCC-SLP", npi=npi("167730482"))],
    vocab=dict(problem="Deficit", goal="Long-term goal", obj="Short-term goal", intv="Treatment", obj_date="Time frame"),
    dx=[dict(code="I69.391", desc="Dysphagia following cerebral infarction", primary=True),
        dict(code="R13.12", desc="Dysphagia, oropharyngeal phase")],
    pre_sections=[("Clinical swallow / MBSS summary",
                   "MBSS 05/08/2026: delayed swallow initiation, vallecular residue, silent aspiration of thin liquids "
                   "without strategy; no aspiration with chin tuck. Current diet: puree with mildly thick liquids. FOIS 4.")],
    problems=[
        dict(text="Oropharyngeal dysphagia", goals=[G(
            "Pt will safely consume mechanical soft solids and thin liquids with no overt signs of aspiration in 90% of trials across 3 consecutive sessions.",
            tf="8 weeks",
            objectives=[O("Pt will complete 3 sets of 10 effortful swallows with minimal cues.", tf="4 weeks"),
                        O("Pt will use the chin-tuck strategy independently in 90% of trials with thin liquids.", tf="4 weeks")],
            interventions=[IV("Dysphagia treatment (92526)", "2x/week", "45 min", "T. Boyd, CCC-SLP", "8 weeks")])]),
        dict(text="Oral intake level", goals=[G(
            "Improve FOIS level from 4 to 6.", tf="8 weeks",
            objectives=[O("Pt will tolerate soft and bite-sized solids at 3 meals a day with no coughing, per caregiver log.", tf="6 weeks")],
            interventions=[IV("Diet advancement trials, caregiver training", "2x/week", "within sessions", "T. Boyd, CCC-SLP", "8 weeks")])]),
    ],
    services=[SV("Treatment of swallowing dysfunction", "92526", "45 minutes", "2x/week", "8 weeks")],
    service_cols=["Service", "CPT", "Session length", "Frequency", "Duration"],
    duration="8 weeks (16 visits)",
    sigs=[S("Speech-Language Pathologist", "clinician", "Tamara Boyd", "M.S., CCC-SLP", D(2026, 5, 12)),
          S("Certifying practitioner", "physician", "Grace Liang", "NP", D(2026, 5, 19))],
    notes="Clean. SLP plan of care in the problem-matrix family: merged title rows, goal/objective tables with a time "
          "frame column, treatment rows with frequency; certified by a nurse practitioner within 7 days.")

add(id="i19", file="i19_ot_revisions.docx", family="J", payer="medicare-outpatient-therapy",
    as_of=D(2026, 2, 20), fmt="us", discipline="ot",
    org="Hillcrest Hand & Upper Extremity Therapy", title="Occupational Therapy Plan of Care", cl="Patient",
    client=dict(name="Agnes Holloway", dob=D(1950, 6, 18), mid="2EM6-VK4-TA39", mid_label="Medicare Number"),
    payer_name="Medicare Part B", ftd=D(2026, 1, 12), ftd_label="First Treatment (Evaluation) Date",
    plan_date=D(2026, 1, 12), plan_date_label="Plan Date", period=(D(2026, 1, 12), D(2026, 5, 11)),
    period_label="Certification Period",
    dx=[dict(code="M19.011", desc="Primary osteoarthritis, right shoulder", primary=True),
        dict(code="M62.81", desc="Muscle weakness (generalized)")],
    pre_sections=[("Assessment", "Painful, stiff R shoulder limiting overhead reach, dressing and hair care. R shoulder flexion AROM 95 degrees, QuickDASH 61.")],
    problems=[
        dict(text="R shoulder mobility", goals=[G(
            "Increase R shoulder flexion AROM from 95 to 140 degrees to allow reaching into kitchen cabinets.", tf="within 16 weeks",
            objectives=[O("Increase R shoulder flexion AROM to 115 degrees.", tf="within 6 weeks")])]),
        dict(text="Daily activities", goals=[G(
            "Reduce QuickDASH score from 61 to 30 or lower.", tf="within 16 weeks",
            objectives=[O("Patient will wash and comb her hair independently using adaptive techniques.", tf="within 6 weeks")])]),
    ],
    tracked=[("Home program: ", "handout in English", "large-print handout in English; reviewed with her husband", "."),
             ("Precautions: no lifting over 10 lb with the right arm", "", " until cleared by orthopedics", ".")],
    services=[SV("Therapeutic exercise", "97110", "15-30 min", "2x/week", "16 weeks"),
              SV("Self-care/ADL training", "97535", "15 min", "2x/week", "16 weeks"),
              SV("Manual therapy", "97140", "15 min", "2x/week", "16 weeks")],
    service_cols=["Service", "CPT", "Minutes", "Frequency", "Duration"],
    duration="16 weeks", reviews=[dict(label="Recertification due", date=D(2026, 5, 11))],
    comments=[("Home program", "Large print per pt request - OK to send to MD.")],
    comment_author="OT Supervisor",
    sigs=[S("Occupational Therapist", "clinician", "Fiona Marsh", "OTR/L", D(2026, 1, 12)),
          S("Certifying Physician", "physician", "Oscar Delgado", "MD", D(2026, 1, 20))],
    gaps=[["review-interval-exceeded"]],
    notes="Gap: the certification period runs 01/12/2026-05/11/2026 (119 days) with recertification due 05/11/2026; "
          "Medicare requires recertification at least every 90 days. Tracked insertions/deletions on the home "
          "program and precautions lines, a supervisor comment.")

add(id="i21", file="i21_pt_intake_packet.docx", family="N", payer="medicare-outpatient-therapy",
    as_of=D(2026, 4, 6), fmt="us", discipline="pt", cl="Patient",
    org="Valley Orthopedic Physical Therapy", title="Physical Therapy Plan of Care",
    packet_title="New Patient Packet and Plan of Care",
    client=dict(name="Beatrice Lang", dob=D(1952, 2, 28), mid="4XY5-GN8-HR17", mid_label="Medicare MBI"),
    payer_name="Medicare Part B", ftd=D(2026, 3, 2), ftd_label="Initial Evaluation / First Visit",
    plan_date=D(2026, 3, 2), plan_date_label="Plan of Care Established", period=(D(2026, 3, 2), D(2026, 5, 30)),
    period_label="Certification Period", ack_date=D(2026, 3, 2),
    providers=[dict(role="Physical Therapist", name="Colin Mayhew", cred="PT", npi=bad_npi("133308527")),
               dict(role="Referring / Certifying Physician", name="Nadia Petrov", cred="DO", npi=npi("191124856"))],
    dx=[dict(code="M17.13", desc="Unilateral primary osteoarthritis, left knee", primary=True),
        dict(code="R26.89", desc="Other abnormalities of gait and mobility")],
    pre_sections=[("Evaluation summary", "73 y/o F with L knee OA, pain 6/10 with stairs, antalgic gait, L knee flexion 100 degrees, 30-s chair stand 7 reps.")],
    vocab=dict(problem="Problem", goal="Long-term goal", obj="Short-term goal", intv="Intervention"),
    problems=[
        dict(text="Knee pain and mobility", goals=[G(
            "Patient will climb 14 stairs reciprocally with one rail and pain no higher than 2/10.", tf="in 8 weeks",
            objectives=[O("Increase L knee flexion from 100 to 120 degrees.", tf="in 4 weeks")],
            interventions=[IV("Therapeutic exercise (97110)", "2x/week", dur="8 weeks"), IV("Manual therapy (97140)", "2x/week", dur="8 weeks")])]),
        dict(text="Strength and fall risk", goals=[G(
            "Increase 30-second chair stand from 7 to 12 repetitions.", tf="in 8 weeks",
            objectives=[O("Patient will perform her home exercise program independently.", tf="in 2 weeks")],
            interventions=[IV("Neuromuscular re-education (97112)", "2x/week", dur="8 weeks")])]),
    ],
    services=[SV("Therapeutic exercise", "97110", None, "2x/week", "8 weeks"),
              SV("Manual therapy", "97140", None, "2x/week", "8 weeks"),
              SV("Neuromuscular re-education", "97112", None, "2x/week", "8 weeks")],
    service_cols=["Service", "CPT", "Frequency", "Duration"], duration="8 weeks",
    sigs=[S("Physical Therapist", "clinician", "Colin Mayhew", "PT", D(2026, 3, 2)),
          S("Certifying Physician", "physician", "Nadia Petrov", "DO", D(2026, 3, 5))],
    gaps=[["diagnosis-code-invalid"], ["identifier-invalid"]],
    notes="Gaps: the primary diagnosis code M17.13 does not exist in ICD-10-CM (left knee primary OA is M17.12); the "
          "therapist's NPI 133308527x fails the check digit. Long packet: consent, rights and privacy pages, the plan "
          "in the middle, crisis and discharge pages after.")

add(id="i22", file="i22_ot_form.docx", family="O", payer="medicare-outpatient-therapy",
    as_of=D(2026, 9, 21), fmt="us", discipline="ot", cl="Patient",
    org="Lakeshore Neuro Rehab - Outpatient OT", title="OT Plan of Care and Certification",
    client=dict(name="Clifford Ames", dob=D(1945, 8, 3), mid="5HG3-WN7-PC29", mid_label="Medicare ID"),
    payer_name="Medicare Part B", ftd=D(2026, 8, 10), ftd_label="Date of evaluation (first treatment)",
    plan_date=D(2026, 8, 10), plan_date_label="Plan date", period=(D(2026, 8, 10), D(2026, 11, 7)),
    period_label="Certification period",
    providers=[dict(role="Occupational therapist", name="Helena Brandt", cred="OTR/L", npi=npi("145560218"))],
    dx=[dict(code="G20.A1", desc="Parkinson's disease without dyskinesia, without mention of fluctuations", primary=True),
        dict(code="R27.8", desc="Other lack of coordination")],
    vocab=dict(problem="Problem", goal="Goal", obj="Objective", intv="Intervention"),
    problems=[
        dict(text="Fine motor", goals=[G(
            "Patient will button a shirt with 6 buttons independently in under 3 minutes.", tf="10 weeks",
            objectives=[O("Nine-Hole Peg Test (R hand) from 48 seconds to under 35 seconds.", tf="6 weeks")],
            interventions=[IV("Therapeutic activities / fine motor training (97530)", "2x/week", "30 min")])]),
        dict(text="Handwriting", goals=[G(
            "Patient will write a 3-sentence note legibly (readable by others on the first try) with letters at least 4 mm high.", tf="10 weeks",
            objectives=[O("Patient will use large-amplitude writing strategies on 4 of 5 practice trials.", tf="4 weeks")],
            interventions=[IV("Neuromuscular re-education (97112)", "2x/week", "15 min")])]),
    ],
    services=[SV("Therapeutic activities", "97530", "30 min", "2x/week", "10 weeks"),
              SV("Neuromuscular re-education", "97112", "15 min", "2x/week", "10 weeks")],
    duration="10 weeks",
    sigs=[S("Occupational therapist", "clinician", "Helena Brandt", "OTR/L", D(2026, 8, 10)),
          S("Certifying practitioner", "physician", "Leah Goldberg", "PA", D(2026, 8, 17))],
    notes="Clean. Fillable-form family: all values in content controls; certified by a physician assistant within 7 days.")

# ---------------------------------------------------------------- Medicare home health
add(id="i23", file="i23_hh_485.docx", family="F", payer="medicare-home-health",
    as_of=D(2026, 3, 9), fmt="us", discipline="home-health", cl="Patient",
    org="Sunrise Home Health Services", org_addr="455 Commerce Pkwy, Suite 200, Dalton  (555) 019-7720",
    client=dict(name="Mildred Saunders", dob=D(1939, 5, 14), mid="6PT2DX9KA73", sex="F",
                addr="28 Willow Court, Dalton"),
    soc=D(2026, 2, 2), plan_date=None, period=(D(2026, 2, 2), D(2026, 4, 2)), mrn="SH-20931", provider_no="14-7123",
    meds="Furosemide 40 mg PO daily (C); Metoprolol succinate 50 mg PO daily; Lisinopril 10 mg PO daily; Metformin 500 mg PO BID",
    dx=[dict(code="I11.0", desc="Hypertensive heart disease with heart failure", primary=True),
        dict(code="I50.9", desc="Heart failure, unspecified"), dict(code="E11.9", desc="Type 2 diabetes mellitus without complications")],
    dx_date="01/29/2026", dme="Rolling walker, shower chair, digital scale", safety="Fall precautions, clear pathways, night light",
    diet="2 g sodium, 1.5 L fluid restriction, consistent carbohydrate", fl="Endurance, ambulation, dyspnea with minimal exertion",
    ap="Up as tolerated, walker", ms="Oriented, forgetful", prognosis="Fair",
    orders=["SN 2w3, 1w5: skilled observation and assessment of cardiopulmonary status, daily weight review, medication "
            "teaching (furosemide change), diet and fluid restriction teaching. SN PRN x 2 visits for weight gain of more "
            "than 3 lb in 24 hours or 5 lb in a week.",
            "PT 2w4, 1w2: evaluate and treat; gait and balance training, therapeutic exercise, home safety evaluation.",
            "HHA 2w4: assist with bathing and personal care.",
            "Notify physician for SBP > 160 or < 90, HR > 110 or < 55, weight gain as above, or SpO2 < 90%."],
    goal_lines=["Patient will verbalize 4 signs and symptoms of heart failure exacerbation and when to call the agency by 02/23/2026.",
                "Patient will weigh herself every morning and record the weight on 7 of 7 days per week by 02/23/2026.",
                "Patient will ambulate 150 feet with rolling walker with stand-by assistance within 4 weeks.",
                "Patient will take all cardiac medications as prescribed with 100% accuracy on pill-box checks by 03/16/2026.",
                "Rehab potential: Good for stated goals. Discharge plan: discharge to self-care with daughter's assistance when goals are met."],
    problems=[dict(text="", goals=[G("Patient will verbalize 4 signs and symptoms of heart failure exacerbation", D(2026, 2, 23)),
                                   G("Daily weights", D(2026, 2, 23)), G("Ambulate 150 ft", tf="4 weeks"), G("Meds", D(2026, 3, 16))])],
    services=[SV("SN", freq="2w3, 1w5"), SV("PT", freq="2w4, 1w2"), SV("HHA", freq="2w4")],
    duration="2w3, 1w5 (60-day certification period)", received="02/10/2026",
    phys_addr="Dalton Internal Medicine, 90 Main St, Dalton",
    sigs=[S("Nurse", "clinician", "Janet Okafor", "RN", D(2026, 2, 2), text="Janet Okafor, RN  Verbal SOC 02/02/2026"),
          S("Attending physician", "physician", "Victor Huang", "MD", D(2026, 2, 9), npi=npi("172245509"),
            text="Victor Huang, MD (electronically signed)   02/09/2026")],
    notes="Clean. CMS-485 style certification and plan of care: numbered boxes in a five-column grid with merged cells, "
          "orders in box 21 with home-health frequency notation (2w3, 1w5; PRN x 2), goals in box 22, physician "
          "signature and date in box 27. No separate plan date; start of care and certification period instead.")

add(id="i24", file="i24_hh_poc_wound.docx", family="F", payer="medicare-home-health",
    as_of=D(2026, 5, 18), fmt="us", discipline="home-health", cl="Patient",
    form_head="PLAN OF CARE (CMS-485 FORMAT) - INITIAL CERTIFICATION",
    org="Evergreen Visiting Nurse Association", org_addr="1700 Harbor Street, Port Alden  (555) 014-3300",
    client=dict(name="Arthur Kimball", dob=D(1941, 10, 2), mid="7RD4HE3UW58", sex="M", addr="3 Pilot Lane, Port Alden"),
    soc=D(2026, 4, 13), period=(D(2026, 4, 13), D(2026, 6, 11)), mrn="EV-55102", provider_no="22-7719",
    meds="Metformin 1000 mg PO BID; Tamsulosin 0.4 mg PO daily; Acetaminophen 650 mg PO q6h PRN pain",
    dx=[dict(code="L89.153", desc="Pressure ulcer of sacral region, stage 3", primary=True),
        dict(code="E11.9", desc="Type 2 diabetes mellitus without complications"),
        dict(code="N31.9", desc="Neuromuscular dysfunction of bladder, unspecified")],
    dx_date="04/08/2026", dme="Alternating pressure mattress, hospital bed, wheelchair, indwelling Foley 16 Fr",
    safety="Turn every 2 hours, fall precautions", diet="High protein, consistent carbohydrate",
    fl="Endurance, ambulation, bowel/bladder (incontinence)", ap="Bedrest with bathroom privileges, wheelchair", ms="Oriented",
    prognosis="Guarded",
    orders=["SN 3w2, 2w4, 1w2: sacral wound care - cleanse with normal saline, apply calcium alginate, cover with foam "
            "border dressing; measure wound weekly; assess for signs of infection; diabetic teaching; Foley care teaching.",
            "SN PRN for Foley catheter problems (dislodgement, blockage or leakage).",
            "HHA 3w8: bathing, personal care, repositioning.",
            "Wife to perform dressing change on non-visit days once competent."],
    goal_lines=["Sacral wound will decrease from 3.2 x 2.4 cm to 1.5 x 1.0 cm or smaller, with no signs of infection, by 06/11/2026.",
                "Wife will return-demonstrate correct dressing change technique independently by 05/04/2026.",
                "Patient will have no catheter-associated urinary tract infection during the certification period (no UTI signs at any visit).",
                "Rehab potential: Fair. Discharge when wound healed or wife independent with care."],
    problems=[dict(text="", goals=[G("wound", D(2026, 6, 11)), G("wife", D(2026, 5, 4)), G("uti", tf="cert period")])],
    services=[SV("SN", freq="3w2, 2w4, 1w2"), SV("SN PRN"), SV("HHA", freq="3w8")],
    duration="3w2, 2w4, 1w2", received="04/22/2026", phys_addr="Harbor Family Medicine, 12 Bay Road, Port Alden",
    sigs=[S("Nurse", "clinician", "Rosa Delgado", "RN", D(2026, 4, 13), text="Rosa Delgado, RN   04/13/2026"),
          S("Attending physician", "physician", "Sunita Reddy", "MD", D(2026, 4, 20), npi=npi("120038874"),
            text="Sunita Reddy, MD   04/20/2026")],
    gaps=[["frequency-missing"]],
    notes="Gap: the order 'SN PRN for Foley catheter problems' sets no limit on the number of PRN visits, so that "
          "service has no frequency (PRN states a frequency only with a visit limit). CMS-485 style boxes, another "
          "agency's wording.")

add(id="i25", file="i25_hh_ehr.docx", family="B", payer="medicare-home-health",
    as_of=D(2026, 3, 20), fmt="us", discipline="home-health", cl="Patient",
    org="Prairie Wind Home Health", title="Home Health Plan of Care",
    client=dict(name="Genevieve Ruiz", dob=D(1943, 3, 21), mid="8CN5TJ2EY64", mid_label="MBI"),
    payer_name="Medicare A", ftd=D(2026, 2, 16), ftd_label="Start of Care", plan_date=D(2026, 2, 16),
    plan_date_label="Plan of Care Date", period=(D(2026, 2, 16), D(2026, 4, 16)), period_label="Certification Period",
    encounter="Start of Care - OASIS", status_word="In progress",
    dx=[dict(code="J44.1", desc="Chronic obstructive pulmonary disease with (acute) exacerbation", primary=True),
        dict(code="Z99.81", desc="Dependence on supplemental oxygen")],
    problems=[
        dict(text="Impaired gas exchange", goals=[G(
            "Patient will keep SpO2 at 90% or higher on 2 L O2 at rest at every skilled nursing visit.", tf="by end of episode",
            objectives=[O("Patient will perform pursed-lip breathing correctly on return demonstration.", D(2026, 3, 9))],
            interventions=[IV("SN assessment of respiratory status, O2 safety and inhaler teaching", "1w1, 2w3, 1w4", staff="RN")])]),
        dict(text="Activity intolerance", goals=[G(
            "Increase 6-minute walk distance from 120 m to 200 m.", tf="within 6 weeks",
            interventions=[IV("PT: therapeutic exercise, energy conservation, gait training", "2w4", staff="PT"),
                           IV("OT: ADL retraining with energy conservation", "1w4", staff="OT")])]),
    ],
    services=[SV("Skilled nursing", "G0299", freq="1w1, 2w3, 1w4", duration="8 weeks"),
              SV("Physical therapy", "G0151", freq="2w4", duration="4 weeks"),
              SV("Occupational therapy", "G0152", freq="1w4", duration="4 weeks")],
    service_cols=["Discipline", "HCPCS", "Frequency", "Duration"],
    sigs=[S("RN Case Manager", "clinician", "Tanya Holbrook", "RN", D(2026, 2, 16), method="estamp", time="6:40 PM"),
          S("Certifying Physician", "physician", "Paul Anderson", "MD", None,
            pending="Sent to Paul Anderson, MD for electronic signature on 02/18/2026 - awaiting signature")],
    gaps=[["signature-missing"]],
    notes="Gap: the certifying physician has not signed; the signature block reads 'Sent ... for electronic signature "
          "on 02/18/2026 - awaiting signature'. EHR print, HCPCS discipline codes, goal grid with status column.")

add(id="i26", file="i26_hh_therapy_plan.docx", family="A", payer="medicare-home-health",
    as_of=D(2026, 6, 8), fmt="us", discipline="home-health", cl="Patient",
    org="Golden Valley Home Care", org_addr="81 Depot Street, Ashford  |  (555) 017-6620",
    title="Home Health Plan of Care - Therapy",
    client=dict(name="Herbert Lindqvist", dob=D(1937, 12, 8), mid="9TE3KW6PD21", mid_label="Medicare Beneficiary ID"),
    payer_name="Medicare Part A (home health)", ftd=D(2026, 5, 4), ftd_label="Start of Care",
    plan_date=D(2026, 5, 4), plan_date_label="Plan Date", period=(D(2026, 5, 4), D(2026, 7, 2)), period_label="Certification Period",
    dx=[dict(code="S72.001D", desc="Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture with routine healing", primary=True),
        dict(code="Z91.81", desc="History of falling")],
    pre_sections=[("Homebound status", "Requires rolling walker and assistance of one person to leave home; leaving home requires a considerable and taxing effort.")],
    vocab=dict(problem="Problem", goal="Goal", obj="Objective", intv="Intervention"),
    problems=[
        dict(text="Impaired mobility after hip fracture", goals=[G(
            "Patient will ambulate 200 feet with rolling walker, modified independent, on level surfaces.", tf="within 6 weeks",
            interventions=[IV("PT gait and transfer training", "3w2, 2w4", staff="PT")])]),
        dict(text="Fall risk", goals=[G(
            "Patient will have improved safety in the home.",
            interventions=[IV("PT home safety evaluation and recommendations", "with PT visits", staff="PT")])]),
        dict(text="Deconditioning", goals=[G(
            "Patient will perform his home exercise program independently on return demonstration.", tf="within 3 weeks",
            interventions=[IV("Therapeutic exercise and HEP instruction", "3w2, 2w4", staff="PT")])]),
    ],
    services=[SV("Physical therapy", None, None, "3w2, 2w4", "6 weeks"),
              SV("Skilled nursing (medication and pain management)", None, None, "1w4", "4 weeks"),
              SV("Home health aide (bathing)", None, None, "2w6", "6 weeks")],
    service_cols=["Discipline", "Frequency", "Duration"],
    sigs=[S("Physical Therapist", "clinician", "Derek Lambert", "PT", D(2026, 5, 4)),
          S("Certifying Physician", "physician", "Elena Voss", "DO", D(2026, 5, 8))],
    gaps=[["goal-not-measurable"]],
    notes="Gap: goal 2 'Patient will have improved safety in the home.' says nothing measurable (and has no objectives). "
          "Classic template used for a home health therapy plan, 'within N weeks' time frames, signature table.")

add(id="i27", file="i27_hh_narrative.docx", family="C", payer="medicare-home-health",
    as_of=D(2026, 2, 16), fmt="us", discipline="home-health", cl="Patient",
    org="Bayside Home Nursing", org_addr="6 Harbor Row, Clifton Bay",
    title="Skilled Nursing Plan of Care",
    client=dict(name="Opal Fenwick", dob=D(1940, 4, 11), mid="1KA6RP3CT95"),
    ftd=D(2026, 1, 12), plan_date=D(2026, 1, 12), period=(D(2026, 1, 12), D(2026, 4, 11)),
    intro="Patient: Opal Fenwick, date of birth 04/11/1940, Medicare MBI 1KA6RP3CT95. Start of care: 01/12/2026. Plan "
          "of care period: 01/12/2026 through 04/11/2026. Mrs. Fenwick is an 85-year-old woman newly started on insulin "
          "after a hospital stay for hyperglycemia; she lives alone, her niece visits on weekends, and she is homebound "
          "because of severe arthritis and exertional dyspnea.",
    dx=[dict(code="E11.65", desc="Type 2 diabetes mellitus with hyperglycemia", primary=True),
        dict(code="Z79.4", desc="Long term (current) use of insulin")],
    dx_mode="axis", vocab=dict(problem="Problem", goal="Goal", obj="Objective", intv="Interventions"),
    problems=[
        dict(text="New insulin regimen", goals=[G(
            "Patient will self-administer insulin glargine with correct dose and technique on return demonstration.", D(2026, 2, 13),
            interventions=[IV("SN teaching of insulin pen use, site rotation and storage")])]),
        dict(text="Glucose monitoring", goals=[G(
            "Patient will check and record her blood glucose twice a day on 7 of 7 days, with fasting values between 80 and 180 mg/dL.", D(2026, 3, 13),
            interventions=[IV("SN review of glucose log each visit, hypoglycemia teaching")])]),
    ],
    services_prose="Skilled nursing 2 visits a week for 4 weeks, then 1 visit a week for 8 weeks (2w4, 1w8), for "
                   "diabetic teaching and assessment. Home health aide 2 visits a week for 12 weeks (2w12) for bathing. "
                   "Expected duration of services: 12 weeks. Recertification: 04/11/2026.",
    services=[SV("SN", freq="2w4, 1w8", duration="12 weeks"), SV("HHA", freq="2w12", duration="12 weeks")],
    duration="12 weeks", reviews=[dict(label="Recertification", date=D(2026, 4, 11))],
    sigs=[S("Case manager", "clinician", "Nell Whitcombe", "RN", D(2026, 1, 12)),
          S("Attending physician", "physician", "Martin Sloane", "MD", D(2026, 1, 16))],
    gaps=[["review-interval-exceeded"]],
    notes="Gap: the plan-of-care period and recertification run 90 days (01/12/2026-04/11/2026); home health plans must "
          "be reviewed/recertified at least every 60 days (warning, unverified). Narrative prose with the identifiers in "
          "the opening paragraph, services described in a sentence, /s/ signatures.")

# ---------------------------------------------------------------- commercial ABA
V_ABA = dict(problem="Domain", goal="Goal", obj="Objective", intv="Procedure")
ABA_COLS = ["CPT", "Service", "Hours per week", "Units per week", "Setting"]

add(id="i29", file="i29_aba_initial_request.docx", family="G", payer="commercial-aba",
    as_of=D(2026, 2, 23), fmt="us", discipline="aba",
    org="Bright Steps Behavioral Services", org_addr="2200 Elm Ave, Suite 5, Greenfield  |  NPI 1093817265",
    title="Initial ABA Treatment Plan and Authorization Request",
    client=dict(name="Mateo Herrera", dob=D(2021, 4, 17), mid="XJH883204571"), guardian="Lucia Herrera (mother)",
    payer_name="Blue Meadow Health Plan (commercial PPO)", plan_date=D(2026, 2, 2), period=(D(2026, 2, 2), D(2026, 8, 1)),
    providers=[dict(role="Supervising BCBA", name="Rachel Kim", cred="M.Ed., BCBA", npi=npi("158874203"))],
    dx=[dict(code="F84.0", desc="Autistic disorder", primary=True)],
    dx_by="Diagnosed by Ellen Park, PhD, licensed psychologist, on 09/15/2025 (ADOS-2 and clinical interview; report attached).",
    pre_sections=[("Reason for referral",
                   "Mateo is a 4-year-old boy with autism spectrum disorder referred by his pediatrician for limited "
                   "functional communication, elopement in community settings and difficulty following routines at preschool.")],
    assess=[dict(inst="VB-MAPP", date=D(2026, 1, 12), by="R. Kim, BCBA", result="Milestones 58.5/170 (Level 1-2); Barriers 42"),
            dict(inst="Vineland-3 (parent interview form)", date=D(2026, 1, 15), by="R. Kim, BCBA", result="Adaptive Behavior Composite 64"),
            dict(inst="Functional behavior assessment (elopement)", date=D(2026, 1, 20), by="R. Kim, BCBA", result="Function: access to tangibles/escape")],
    vocab=V_ABA,
    problems=[
        dict(text="Communication", goals=[G(
            "Mateo will independently mand for 20 different preferred items or activities using 2-word phrases across home and clinic.",
            D(2026, 7, 31), baseline="4 different mands per session, 1-word approximations (probe 01/12/2026)",
            mastery="80% of opportunities across 3 consecutive sessions")]),
        dict(text="Behavior reduction", goals=[G(
            "Reduce elopement from an average of 6 episodes per day to 1 or fewer per day.", D(2026, 7, 31),
            baseline="6.2 episodes per day (10-day ABC data, 01/2026)", mastery="1 or fewer per day for 4 consecutive weeks",
            interventions=[IV("FCT, response blocking, differential reinforcement")])]),
        dict(text="Social skills", goals=[G(
            "Mateo will respond to his name by orienting within 3 seconds.", D(2026, 6, 30),
            baseline="20% of trials", mastery="80% of trials across 3 consecutive sessions with 2 different therapists")]),
        dict(text="Caregiver training", goals=[G(
            "Mrs. Herrera will implement the first-then visual schedule and planned ignoring procedures at home.", D(2026, 5, 29),
            baseline="45% fidelity on the procedure checklist (01/20/2026)", mastery="90% fidelity across 3 consecutive observed sessions")]),
    ],
    services=[SV("Adaptive behavior treatment by protocol (RBT)", "97153", "80 units", hpw="20 hours per week", setting="Home/clinic"),
              SV("Protocol modification / supervision (BCBA)", "97155", "12 units", hpw="3 hours per week", setting="Home/clinic"),
              SV("Family adaptive behavior treatment guidance", "97156", "8 units", hpw="2 hours per week", setting="Home")],
    service_cols=ABA_COLS,
    duration="6 months (02/02/2026 - 08/01/2026)", duration_label="Authorization period requested",
    reviews=[dict(label="Progress review / re-assessment due", date=D(2026, 7, 20))],
    post_sections=[("Crisis plan", "If elopement occurs in the community, staff follow the written elopement protocol; caregivers call 911 if Mateo is not located within 2 minutes."),
                   ("Discharge criteria", "Goals mastered and maintained for 3 months, or family elects to end services.")],
    sigs=[S("Supervising BCBA", "clinician", "Rachel Kim", "M.Ed., BCBA", D(2026, 2, 2), npi=npi("158874203"),
            attest_title="Supervising Behavior Analyst", attest="I developed this plan and will supervise its implementation."),
          S("Parent/Guardian", "guardian", "Lucia Herrera", None, D(2026, 2, 4), attest_title="Parent / Legal Guardian",
            attest="I participated in developing this plan and agree to take part in caregiver training.")],
    notes="Clean. ABA initial request: identification form table, diagnosis with evaluator and date, assessment "
          "score table, one goal table per domain (baseline, mastery criteria, target date), caregiver-training domain, "
          "CPT table with hours and units per week, attestation boxes for BCBA and parent.")

add(id="i30", file="i30_aba_plan_alt.docx", family="G", payer="commercial-aba",
    as_of=D(2026, 4, 13), fmt="us_nopad", discipline="aba",
    org="Maple Grove Autism Center", org_addr="91 Birch Road, Westbury  |  Tel 555-0172",
    title="Behavior Intervention and Treatment Plan", name_label="Learner",
    client=dict(name="Owen Fairchild", dob=D(2019, 9, 3), mid="W4471098823", mid_label="Subscriber/Member ID"),
    guardian="Thomas Fairchild (father)", payer_name="Crescent Health (commercial HMO)", plan_date=D(2026, 3, 16),
    plan_date_label="Plan Date", period=(D(2026, 3, 16), D(2026, 9, 15)), period_label="Treatment Period",
    providers=[dict(role="BCBA", name="Monica Reyes", cred="BCBA", npi=npi("176630298"))],
    dx=[dict(code="F84.0", desc="Autistic disorder", primary=True)],
    dx_by="ASD diagnosis: Samuel Greer, MD (developmental pediatrics), 11/2/2024.",
    assess=[dict(inst="ABLLS-R", date=D(2026, 2, 27), by="M. Reyes, BCBA", result="Deficits in requests, social interaction, self-help"),
            dict(inst="Vineland-3", date=D(2026, 3, 2), by="M. Reyes, BCBA", result="ABC 61; Communication 58; Daily Living 63")],
    vocab=dict(problem="Domain", goal="Target", obj="STO", intv="Procedure"),
    problems=[
        dict(text="Language", goals=[G(
            "Owen will answer 'wh' questions (what, where, who) about a short story read aloud.", D(2026, 9, 1),
            baseline="2 of 10 questions correct (probe 3/2/2026)", mastery="80% correct across 3 consecutive sessions")]),
        dict(text="Self-care", goals=[G(
            "Owen will initiate using the toilet independently with no more than 1 accident per week.", D(2026, 8, 31),
            mastery="1 or fewer accidents per week for 4 consecutive weeks")]),
        dict(text="Problem behavior", goals=[G(
            "Reduce aggression (hitting, kicking) from an average of 9 per day to 1 or fewer per day.", D(2026, 9, 1),
            baseline="9.1 per day (2-week ABC data)", mastery="1 or fewer per day across 4 consecutive weeks")]),
        dict(text="Parent training", goals=[G(
            "Mr. Fairchild will deliver the token economy and differential reinforcement procedures as written.", D(2026, 6, 30),
            baseline="50% fidelity (checklist 3/5/2026)", mastery="90% fidelity across 3 consecutive sessions")]),
    ],
    services=[SV("Adaptive behavior treatment by protocol", "97153", "100 units", hpw="25 hours per week", setting="Home"),
              SV("Adaptive behavior treatment with protocol modification", "97155", "16 units", hpw="4 hours per week", setting="Home"),
              SV("Family adaptive behavior treatment guidance", "97156", "6 units", hpw="1.5 hours per week", setting="Home")],
    service_cols=ABA_COLS,
    duration="6 months", duration_label="Length of authorization",
    reviews=[dict(label="Next plan review", date=D(2026, 9, 1))],
    sigs=[S("BCBA", "clinician", "Monica Reyes", "BCBA", D(2026, 3, 16), attest_title="Board Certified Behavior Analyst"),
          S("Parent", "guardian", "Thomas Fairchild", None, D(2026, 3, 18), attest_title="Parent/Guardian")],
    gaps=[["baseline-missing"]],
    notes="Gap: the self-care (toileting) target records no baseline; the other targets do. Same ABA family as i29 with "
          "different wording ('Learner', 'Target', 'Treatment Period') and another agency.")

add(id="i31", file="i31_aba_matrix.docx", family="D", payer="commercial-aba",
    as_of=D(2026, 5, 4), fmt="us", discipline="aba",
    org="Harbor Light ABA Therapy", org_addr="500 Seaside Blvd, Norwell",
    title="ABA TREATMENT PLAN - INITIAL", name_label="Child",
    client=dict(name="Priya Sandhu", dob=D(2020, 12, 11), mid="KPX20931175", mid_label="Member ID"),
    payer_name="Atlas Health Insurance", plan_date=D(2026, 4, 6), plan_date_label="Plan Date",
    period=(D(2026, 4, 6), D(2026, 10, 5)), period_label="Authorization Period",
    providers=[dict(role="Supervising BCBA", name="Jonathan Weiss", cred="BCBA", npi=npi("161172485"))],
    dx=[dict(code="F84.0", desc="Autistic disorder", primary=True)], dx_mode="numbered",
    dx_by="Diagnosed 01/22/2026 by Laura Benton, PsyD (licensed psychologist).",
    assess=[dict(inst="VB-MAPP", date=D(2026, 3, 18), by="J. Weiss, BCBA", result="Milestones 71/170; Barriers 28")],
    vocab=dict(problem="Domain", goal="Goal", obj="Objective", intv="Procedure", obj_date="Target Date"),
    problems=[
        dict(text="Communication", goals=[G(
            "Priya will use 3-word phrases to request items and activities.", D(2026, 9, 30),
            baseline="Uses 1-2 word requests; 3-word phrases in 5% of opportunities", mastery="80% of opportunities across 3 consecutive sessions",
            objectives=[O("Priya will use 2-word phrases to request in 80% of opportunities.", D(2026, 6, 30))])]),
        dict(text="Play and social", goals=[G(
            "Priya will take turns in a structured game with a peer for at least 5 exchanges.", D(2026, 9, 30),
            baseline="1 exchange before leaving the game", mastery="5 exchanges in 4 of 5 opportunities across 2 weeks",
            objectives=[O("Priya will complete 3 turn exchanges with an adult.", D(2026, 7, 15))])]),
        dict(text="Tantrums", goals=[G(
            "Reduce tantrums from 5 per day to 1 or fewer per day.", D(2026, 9, 30),
            baseline="5.3 per day (ABC data, 2 weeks)", mastery="1 or fewer per day for 3 consecutive weeks",
            objectives=[O("Priya will use a break card instead of tantrum in 70% of transitions.", D(2026, 7, 31))])]),
    ],
    services=[SV("Adaptive behavior treatment by protocol", "97153", hpw="15 hours per week"),
              SV("Protocol modification (BCBA)", "97155", hpw="3 hours per week"),
              SV("Family adaptive behavior treatment guidance", "97156", hpw="1 hour per week")],
    service_cols=["Service", "CPT", "Hours per week"],
    duration="6 months (04/06/2026 - 10/05/2026)",
    reviews=[dict(label="Re-assessment and plan review due", date=D(2026, 9, 21))],
    sigs=[S("BCBA", "clinician", "Jonathan Weiss", "BCBA", D(2026, 4, 6)),
          S("Parent/Guardian", "guardian", "Harpreet Sandhu", None, D(2026, 4, 8))],
    gaps=[["caregiver-goal-missing"]],
    notes="Gap: no goal or objective involves the parent or caregiver (97156 is requested, but there is no caregiver-"
          "training goal). Problem-matrix family with baseline and mastery rows per goal.")

add(id="i32", file="i32_aba_ehr.docx", family="B", payer="commercial-aba",
    as_of=D(2026, 3, 23), fmt="us", discipline="aba",
    org="Pathways Behavior Analysis", title="ABA Treatment Plan", cl="Client",
    client=dict(name="Elijah Brooks", dob=D(2018, 5, 29), mid="ABH55702918", mid_label="Member ID"),
    payer_name="Northstar Commercial PPO", plan_date=D(2026, 3, 2), plan_date_label="Plan Date",
    period=(D(2026, 3, 2), D(2027, 3, 1)), period_label="Authorization Period Requested",
    encounter="ABA Treatment Planning", show_baseline=True, show_mastery=True,
    providers=[dict(role="BCBA", name="Samantha Ortiz", cred="BCBA", npi=npi("139920461"))],
    dx=[dict(code="F84.0", desc="Autistic disorder", primary=True)],
    dx_by="Diagnosing clinician: Karen Ostrowski, PhD, 06/10/2024.",
    assess=[dict(inst="Vineland-3", date=D(2026, 2, 10), by="S. Ortiz, BCBA", result="ABC 66"),
            dict(inst="AFLS (Basic Living Skills)", date=D(2026, 2, 12), by="S. Ortiz, BCBA", result="Dressing 40%, Hygiene 35%")],
    problems=[
        dict(text="Daily living", goals=[G(
            "Elijah will complete the 8-step handwashing routine independently.", D(2026, 8, 31),
            baseline="2 of 8 steps independent", mastery="8 of 8 steps on 5 consecutive days")]),
        dict(text="Communication", goals=[G(
            "Elijah will ask for help using a full sentence when a task is hard.", D(2026, 8, 31),
            baseline="0% of opportunities (screams or drops items)", mastery="80% of opportunities across 3 consecutive sessions")]),
        dict(text="Caregiver training", goals=[G(
            "Parents will run the visual bedtime routine and reinforcement plan as written.", D(2026, 6, 30),
            baseline="30% fidelity", mastery="90% fidelity on 3 consecutive observations")]),
    ],
    services=[SV("ABA by protocol", "97153", "60 units", hpw="15 hours per week"),
              SV("Protocol modification", "97155", "8 units", hpw="2 hours per week"),
              SV("Family guidance", "97156", "4 units", hpw="1 hour per week")],
    service_cols=["Service", "CPT", "Hours per week", "Units per week"],
    reviews=[dict(label="Six-month progress review", date=D(2026, 8, 31))],
    sigs=[S("BCBA", "clinician", "Samantha Ortiz", "BCBA", D(2026, 3, 2), method="estamp", time="11:20 AM"),
          S("Parent/Guardian", "guardian", "Denise Brooks", None, D(2026, 3, 3), method="estamp", time="6:05 PM")],
    gaps=[["duration-exceeds-limit"]],
    notes="Gap: the authorization period requested is 12 months (03/02/2026-03/01/2027); the profile allows at most 6 "
          "months. EHR print with member ID in the page header, goal grid with baseline and mastery columns.")

add(id="i33", file="i33_aba_landscape.docx", family="K", payer="commercial-aba",
    as_of=D(2026, 3, 2), fmt="us", discipline="aba",
    org="Cornerstone Developmental Services", title="ABA Continuation Treatment Plan",
    client=dict(name="Sofia Marin", dob=D(2017, 8, 8), mid="MCD7781203", mid_label="Member ID"),
    payer_name="Lakeside Health Plan (commercial)", plan_date=D(2026, 2, 16), plan_date_label="Plan date",
    period=(D(2026, 2, 16), D(2026, 8, 15)), period_label="Authorization period",
    providers=[dict(role="Lead BCBA", name="Trevor Banks", cred="BCBA", npi=npi("188813647"))],
    dx=[dict(code="F84.0", desc="Autistic disorder", primary=True)],
    dx_by="Diagnosed by Victor Almeida, PhD, on 03/03/2023.",
    assess=[dict(inst="VB-MAPP", date=D(2024, 12, 10), by="T. Banks, BCBA", result="Milestones 121/170; Transition 38")],
    vocab=dict(problem="Domain", goal="Goal", obj="Short-term objective", intv="Procedure"),
    problems=[
        dict(text="Conversation skills", goals=[G(
            "Sofia will maintain a conversation with a peer for 4 or more back-and-forth exchanges.", D(2026, 8, 1),
            baseline="1-2 exchanges", mastery="4 exchanges in 80% of opportunities over 3 sessions",
            objectives=[O("Sofia will ask a follow-up question in 3 of 5 conversations.", D(2026, 5, 29))])]),
        dict(text="Flexibility", goals=[G(
            "Sofia will accept unexpected schedule changes without tantrum.", D(2026, 8, 1),
            baseline="Tantrum in 70% of changes", mastery="Calm response in 90% of changes for 3 consecutive weeks",
            objectives=[O("Sofia will use a coping statement during 50% of schedule changes.", D(2026, 5, 29))])]),
        dict(text="Caregiver training", goals=[G(
            "Sofia's mother will use the priming and change-warning procedure before transitions at home.", D(2026, 6, 30),
            baseline="Used in 20% of transitions", mastery="90% of transitions across 2 consecutive weeks")]),
    ],
    services=[SV("Adaptive behavior treatment by protocol", "97153", hpw="12 hours per week"),
              SV("Protocol modification", "97155", hpw="2 hours per week"),
              SV("Family guidance", "97156", hpw="1 hour per week")],
    service_cols=["Service", "CPT", "Hours per week"],
    duration="6 months", duration_label="Requested duration",
    sigs=[S("Lead BCBA", "clinician", "Trevor Banks", "BCBA", D(2026, 2, 16)),
          S("Parent/Guardian", "guardian", "Elena Marin", None, D(2026, 2, 17))],
    gaps=[["assessment-outdated"], ["review-date-missing"]],
    notes="Gaps: the only standardized assessment (VB-MAPP) is dated 12/10/2024, 433 days before the plan date (at most "
          "365; warning, unverified); the plan sets no date for its next review. Landscape, nested objective tables, "
          "signature grid.")

add(id="i34", file="i34_aba_packet.docx", family="N", payer="commercial-aba",
    as_of=D(2026, 6, 1), fmt="us", discipline="aba",
    org="Kindred Steps Behavioral Health", title="Applied Behavior Analysis Treatment Plan",
    packet_title="Intake Packet and ABA Treatment Plan",
    client=dict(name="Lucas Whitford", dob=D(2016, 2, 14), mid="938820147", mid_label="Member ID"),
    payer_name="Unity Health Partners", plan_date=D(2026, 5, 11), plan_date_label="Plan Date",
    period=(D(2026, 5, 11), D(2026, 11, 10)), period_label="Authorization period", ack_date=D(2026, 5, 11),
    providers=[dict(role="BCBA", name="Alana Price", cred="BCBA", npi=npi("117748823"))],
    dx=[dict(code="F90.2", desc="Attention-deficit hyperactivity disorder, combined type", primary=True),
        dict(code="F91.3", desc="Oppositional defiant disorder")],
    dx_by="Diagnosed by Gabriel Stone, MD (child psychiatry), 05/06/2025.",
    assess=[dict(inst="Vineland-3", date=D(2026, 4, 20), by="A. Price, BCBA", result="ABC 78; Socialization 70"),
            dict(inst="Functional behavior assessment", date=D(2026, 4, 22), by="A. Price, BCBA", result="Non-compliance maintained by escape")],
    vocab=dict(problem="Target area", goal="Goal", obj="Objective", intv="Procedure"), goal_layout="matrix",
    problems=[
        dict(text="Non-compliance", goals=[G(
            "Lucas will follow adult instructions within 10 seconds.", D(2026, 10, 30),
            baseline="35% of instructions (3 observations)", mastery="85% of instructions across 5 consecutive sessions",
            objectives=[O("Lucas will follow 1-step instructions within 10 seconds in 60% of opportunities.", D(2026, 7, 31))])]),
        dict(text="Homework routine", goals=[G(
            "Lucas will complete 20 minutes of homework with no more than 2 prompts.", D(2026, 10, 30),
            baseline="Leaves task after 4 minutes; 9 prompts", mastery="2 or fewer prompts on 4 of 5 school days for 3 weeks",
            objectives=[O("Lucas will work for 10 minutes with 4 or fewer prompts.", D(2026, 8, 14))])]),
        dict(text="Parent training", goals=[G(
            "Parents will deliver effective instructions and planned consequences as written in the behavior plan.", D(2026, 8, 31),
            baseline="40% fidelity", mastery="90% fidelity across 3 consecutive observations",
            objectives=[O("Parents will use the 3-step prompting sequence correctly in 70% of observed instructions.", D(2026, 7, 15))])]),
    ],
    services=[SV("Adaptive behavior treatment by protocol", "97153", hpw="10 hours per week"),
              SV("Protocol modification", "97155", hpw="2 hours per week"),
              SV("Family adaptive behavior treatment guidance", "97156", hpw="1 hour per week")],
    service_cols=["Service", "CPT", "Hours per week"],
    duration="6 months (05/11/2026 - 11/10/2026)", reviews=[dict(label="Next review", date=D(2026, 10, 26))],
    sigs=[S("BCBA", "clinician", "Alana Price", "BCBA", D(2026, 5, 11)),
          S("Parent/Guardian", "guardian", "Monica Whitford", None, D(2026, 5, 11))],
    gaps=[["diagnosis-not-covered"]],
    notes="Gap: the primary (and only) diagnoses are ADHD (F90.2) and ODD (F91.3); the ABA profile covers autism "
          "spectrum disorder F84.0-F84.9 (excluding F84.2). Long intake packet with the plan in the middle.")

add(id="i35", file="i35_aba_reauthorization.docx", family="M", payer="commercial-aba",
    as_of=D(2026, 7, 20), fmt="us", discipline="aba",
    org="Little Oaks ABA", title="ABA Progress Report and Re-authorization Plan",
    client=dict(name="Nathaniel Cruz", dob=D(2020, 3, 3), mid="HX4402981736", mid_label="Member ID"),
    payer_name="Pinnacle Health (commercial)", plan_date=D(2026, 6, 22), plan_date_label="Report/plan date",
    period=(D(2026, 7, 5), D(2027, 1, 4)), period_label="Requested re-authorization period",
    providers=[dict(role="Supervising BCBA", name="Olivia Grant", cred="BCBA", npi=npi("174409925"))],
    pre_sections=[("Summary of progress (01/05/2026 - 07/04/2026)",
                   "Nathaniel mastered 2 of 5 goals. Aggression decreased from 7.5 to 2.1 per day. Parents attend weekly "
                   "guidance sessions. Continued services are recommended at the same intensity.")],
    dx=[dict(code="F84.0", desc="Autistic disorder", primary=True)],
    dx_by="Diagnosed by Rosa Jimenez, PhD, licensed psychologist, on 10/14/2025.",
    assess=[dict(inst="VB-MAPP (re-assessment)", date=D(2026, 6, 8), by="O. Grant, BCBA", result="Milestones 92/170 (was 67)"),
            dict(inst="Vineland-3", date=D(2026, 6, 10), by="O. Grant, BCBA", result="ABC 70 (was 63)")],
    prior_status=[("Mand for 15 items with 2-word phrases", "Mastered 05/2026", "Maintained at 90%"),
                  ("Toilet training (daytime)", "Mastered 04/2026", "No accidents for 6 weeks"),
                  ("Reduce aggression to 1 or fewer per day", "Partially met", "2.1 per day; continued"),
                  ("Parent fidelity with visual schedule", "Partially met", "75%; continued")],
    goal_layout="aba", vocab=V_ABA,
    problems=[
        dict(text="Behavior reduction", goals=[G(
            "Reduce aggression from 2.1 per day to 1 or fewer per day.", D(2026, 12, 18),
            baseline="2.1 per day (June 2026 data)", mastery="1 or fewer per day for 4 consecutive weeks")]),
        dict(text="Communication", goals=[G(
            "Nathaniel will answer social questions (name, age, favorite things) correctly.", D(2026, 12, 18),
            baseline="3 of 10 questions", mastery="9 of 10 questions across 3 consecutive sessions")]),
        dict(text="Caregiver training", goals=[G(
            "Parents will implement the visual schedule and first-then procedure during morning routines.", D(2026, 10, 30),
            baseline="75% fidelity", mastery="90% fidelity across 3 consecutive observations")]),
    ],
    services=[SV("Adaptive behavior treatment by protocol", "97153", hpw="18 hours per week"),
              SV("Protocol modification", "97155", hpw="3 hours per week"),
              SV("Family adaptive behavior treatment guidance", "97156", hpw="1 hour per week")],
    service_cols=["Service", "CPT", "Hours per week"],
    reviews=[dict(label="Next progress review", date=D(2026, 12, 14))],
    sigs=[S("Supervising BCBA", "clinician", "Olivia Grant", "BCBA", D(2026, 6, 22)),
          S("Parent/Guardian", "guardian", "Marisol Cruz", None, D(2026, 6, 24))],
    notes="Clean. Progress report and re-authorization: prior goals in a status table (two mastered, two continued), "
          "updated goals with baseline/mastery/target date, re-assessment scores with earlier values, requested period "
          "starting after the report date.")

# ---------------------------------------------------------------- SUD programs (baseline payer + state licensure)
ASAM_STD = [("1. Acute intoxication / withdrawal", "1", "Withdrawal completed on detox unit; no current signs"),
            ("2. Biomedical conditions", "1", "Hypertension, controlled"),
            ("3. Emotional / behavioral / cognitive", "2", "Depressed mood, anxiety; no SI"),
            ("4. Readiness to change", "2", "Ambivalent; identifies legal and family consequences"),
            ("5. Relapse / continued use potential", "3", "Multiple relapses within 30 days of prior treatment"),
            ("6. Recovery environment", "3", "Lives with using partner; unstable housing")]
V_SUD = dict(problem="Problem", goal="Goal", obj="Objective", intv="Intervention", obj_date="Target date")

add(id="i37", file="i37_ny_inpatient_plan.docx", family="H", payer="base-treatment-plan", states=["ny-oasas-818"],
    as_of=D(2026, 3, 30), fmt="us", discipline="sud",
    org="Hudson Bend Recovery Center (OASAS-certified inpatient rehabilitation)", org_addr="400 River Road, Kingsford, NY 12999",
    title="Individualized Treatment Plan",
    client=dict(name="Anthony Ricci", dob=D(1984, 7, 21), mid="KT48213R", mid_label="Medicaid CIN"),
    payer_name="NY Medicaid", program="Inpatient Rehabilitation", loc="Inpatient rehabilitation (ASAM 3.7)",
    adm=D(2026, 3, 9), plan_date=D(2026, 3, 13), plan_date_label="Treatment Plan Date",
    providers=[dict(role="Primary Counselor", name="Luis Ortega", cred="CASAC")],
    dx=[dict(code="F10.20", desc="Alcohol dependence, uncomplicated", primary=True),
        dict(code="F41.1", desc="Generalized anxiety disorder")],
    asam=ASAM_STD, vocab=V_SUD,
    problems=[
        dict(text="Alcohol use with repeated relapse", dim="Dimension 5", goals=[G(
            "Anthony will build a relapse prevention plan he can use after discharge.",
            objectives=[O("Anthony will identify 5 personal high-risk situations and a coping response for each, written in his relapse prevention plan.", D(2026, 3, 27)),
                        O("Anthony will attend 100% of scheduled relapse prevention groups.", D(2026, 4, 3))],
            interventions=[IV("Relapse prevention group", "5x/week", "60 min", "L. Ortega, CASAC"),
                           IV("Individual counseling", "2x/week", "45 min", "L. Ortega, CASAC")])]),
        dict(text="Unsafe recovery environment", dim="Dimension 6", goals=[G(
            "Anthony will have a safe, alcohol-free place to live after discharge.",
            objectives=[O("Anthony will complete applications to 2 supportive living programs with his case manager.", D(2026, 3, 31))],
            interventions=[IV("Case management / discharge planning", "2x/week", "30 min", "Case manager")])]),
        dict(text="Anxiety", dim="Dimension 3", goals=[G(
            "Anthony will manage anxiety without alcohol.",
            objectives=[O("Anthony will lower his GAD-7 score from 14 to 9 or below.", D(2026, 4, 3))],
            interventions=[IV("Psychiatric evaluation and medication management", "weekly", "30 min", "H. Baptiste, MD")])]),
    ],
    duration="28 days (projected discharge 04/06/2026)", duration_label="Projected length of stay",
    post_sections=[("Discharge criteria", "Completion of treatment plan objectives; linkage to outpatient treatment and supportive housing.")],
    sigs=[S("Patient", "client", "Anthony Ricci", None, D(2026, 3, 13)),
          S("Primary Counselor (responsible clinical staff)", "clinician", "Luis Ortega", "CASAC", D(2026, 3, 13)),
          S("Physician review", "physician", "Helen Baptiste", "MD", D(2026, 3, 16))],
    notes="Clean. SUD plan with ASAM dimension table, one table per problem (merged title and goal rows, objectives "
          "with target dates, interventions with frequency), projected length of stay, signature table with physician "
          "review 7 days after admission.")

add(id="i38", file="i38_ny_plan.docx", family="A", payer="base-treatment-plan", states=["ny-oasas-818"],
    as_of=D(2026, 5, 26), fmt="us", discipline="sud",
    org="Seneca Lake Treatment Center", org_addr="12 Vineyard Road, Lakeport, NY 14999",
    title="Inpatient Rehabilitation Treatment Plan", cl="Patient",
    client=dict(name="Shannon Pierce", dob=D(1990, 2, 2), mid="RM73015K", mid_label="Medicaid ID (CIN)"),
    payer_name="NY Medicaid Managed Care", loc="Inpatient Rehabilitation", adm=D(2026, 5, 4), plan_date=D(2026, 5, 8),
    dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated", primary=True),
        dict(code="F15.20", desc="Other stimulant dependence, uncomplicated")],
    vocab=V_SUD,
    problems=[
        dict(text="Opioid use disorder", goals=[G(
            "Shannon will stabilize on medication for opioid use disorder and stay in treatment.",
            objectives=[O("Shannon will take buprenorphine as prescribed with 100% of doses observed by nursing.", D(2026, 5, 31)),
                        O("Shannon will have negative urine drug screens for non-prescribed opioids and stimulants on every test.", D(2026, 6, 1))],
            interventions=[IV("Medication for OUD (buprenorphine) with nursing observation", "daily", staff="MD/RN"),
                           IV("Individual counseling", "2x/week", "45 minutes", "Primary counselor")])]),
        dict(text="Family conflict", goals=[G(
            "Shannon will repair her relationship with her mother, who cares for her son.",
            objectives=[O("Shannon will take part in 2 family sessions with her mother before discharge.", D(2026, 6, 1))],
            interventions=[IV("Family counseling", "weekly", "60 minutes", "Family therapist")])]),
    ],
    duration="28 days (through 06/01/2026)", duration_label="Anticipated length of stay",
    sigs=[S("Patient", "client", "Shannon Pierce", None, D(2026, 5, 8)),
          S("Responsible Clinician", "clinician", "Tasha Greene", "LMSW, CASAC", D(2026, 5, 8)),
          S("Physician", "physician", "Oren Feldman", "MD", D(2026, 5, 18))],
    gaps=[["signature-late"]],
    notes="Gap: the physician reviewed and signed on 05/18/2026, 14 days after the 05/04/2026 admission (due within 10). "
          "Classic agency template with signature table.")

add(id="i39", file="i39_ny_typed.docx", family="L", payer="base-treatment-plan", states=["ny-oasas-818"],
    as_of=D(2026, 5, 4), fmt="us_short", discipline="sud",
    org="Catskill Ridge Rehabilitation", title="TX PLAN",
    client=dict(name="Curtis Mahoney", dob=D(1979, 11, 16), mid="GH20577T"),
    loc="inpatient rehab", adm=D(2026, 4, 6), plan_date=D(2026, 4, 17),
    dx=[dict(code="F10.20", desc="alcohol use d/o severe", primary=True)],
    problems=[dict(text="", goals=[G("x", objectives=[O("x", D(2026, 4, 30)), O("x", D(2026, 5, 1))]), G("x", objectives=[O("x", D(2026, 4, 28))])])],
    duration="28 days",
    casual_lines=[
        "CATSKILL RIDGE REHABILITATION - inpatient rehab unit",
        "TX PLAN",
        "",
        "Pt: Curtis Mahoney   DOB 11/16/79   Medicaid CIN GH20577T",
        "Admitted 4/6/26        Plan written 4/17/26",
        "Dx: F10.20 alcohol use d/o, severe",
        "",
        "46 y/o M, 4th admission, DUI 2/2026, lost job. Detox complete 4/9. Wants to keep his license and get back to work.",
        "",
        "Problem 1 - drinking/relapse",
        "  Goal - stay sober and have a plan for after d/c",
        "  Obj 1: list 5 triggers + what he'll do instead, in writing, by 4/30/26",
        "  Obj 2: go to 3 AA/SMART meetings a week on unit, signed attendance, through 5/1/26",
        "  Tx: RP group 5x/wk 60 min; indiv counseling 2x/wk 45 min",
        "",
        "Problem 2 - legal/job",
        "  Goal - deal w/ DUI case and job search",
        "  Obj 1: meet w/ case mgr and call his attorney, set court date plan, by 4/28/26",
        "  Tx: case mgmt 2x/wk",
        "",
        "Expected stay 28 days.",
        "",
        "Pt sig: Curtis Mahoney 4/17/26",
        "Counselor: Pat Dunleavy, CASAC 4/17/26",
        "MD review: Irene Cho, MD 4/20/26",
    ],
    sigs=[S("Patient", "client", "Curtis Mahoney", None, D(2026, 4, 17)),
          S("Counselor", "clinician", "Pat Dunleavy", "CASAC", D(2026, 4, 17)),
          S("MD review", "physician", "Irene Cho", "MD", D(2026, 4, 20))],
    gaps=[["plan-late"], ["signature-late"]],
    notes="Gaps: the plan was written 4/17/26, 11 days after the 4/6/26 admission (due within 7); the physician "
          "signed 4/20/26, 14 days after admission (due within 10). Typed casually, no template, short dates.")

add(id="i40", file="i40_fl_residential.docx", family="H", payer="base-treatment-plan", states=["fl-65d-30"],
    as_of=D(2026, 7, 6), fmt="us", discipline="sud",
    org="Gulf Breeze Recovery Residence", org_addr="2100 Palmetto Way, Seabrook, FL 32999",
    title="Individualized Treatment Plan - Residential",
    client=dict(name="Marisol Ibanez", dob=D(1992, 9, 25), mid="9100438276", mid_label="Medicaid ID"),
    payer_name="Florida Medicaid (Sunshine managed care)", loc="Residential Level 2", adm=D(2026, 6, 1),
    adm_label="Date of Admission/Placement", plan_date=D(2026, 6, 10),
    dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated", primary=True),
        dict(code="F41.1", desc="Generalized anxiety disorder")],
    asam=[("Dim. 1 Withdrawal", "0", "Inducted on buprenorphine 05/29/2026"), ("Dim. 2 Biomedical", "1", "Hepatitis C, referred"),
          ("Dim. 3 Emotional/behavioral", "2", "Anxiety"), ("Dim. 4 Readiness", "2", "Preparation stage"),
          ("Dim. 5 Relapse potential", "3", "Relapsed twice after outpatient care"), ("Dim. 6 Environment", "3", "Partner uses")],
    vocab=dict(problem="Problem", goal="Goal", obj="Behavioral objective", intv="Service / task", obj_date="Expected completion"),
    problems=[
        dict(text="Opioid use", dim="Dim. 5", goals=[G(
            "Marisol will remain free of illicit opioids and build recovery skills.",
            objectives=[O("Marisol will have negative urine drug screens for illicit opioids and fentanyl on every weekly test.", D(2026, 8, 31)),
                        O("Marisol will write a relapse prevention plan listing 4 triggers and 2 coping actions for each.", D(2026, 7, 10))],
            interventions=[IV("Relapse prevention group", "5x/week", "60 min", "Counselor"),
                           IV("Individual counseling", "1x/week", "50 min", "Primary counselor")])]),
        dict(text="Anxiety", dim="Dim. 3", goals=[G(
            "Marisol will manage anxiety without using substances.",
            objectives=[O("Marisol will reduce her GAD-7 from 15 to 8 or below.", D(2026, 8, 31))],
            interventions=[IV("Psychiatric medication management", "every 2 weeks", "20 min", "Psychiatric ARNP")])]),
        dict(text="Recovery environment", dim="Dim. 6", goals=[G(
            "Marisol will have a drug-free place to live at discharge.",
            objectives=[O("Marisol will complete an application to a certified recovery residence.", D(2026, 8, 15))],
            interventions=[IV("Case management", "1x/week", "30 min", "Case manager")])]),
    ],
    duration="90 days (through 08/30/2026)", duration_label="Anticipated length of stay",
    sigs=[S("Individual served", "client", "Marisol Ibanez", None, D(2026, 6, 10)),
          S("Primary counselor", "clinician", "Jasmine Fields", "CAP", D(2026, 6, 10)),
          S("Qualified professional (clinical supervisor) review", "supervisor", "Keith Arnold", "LMHC", D(2026, 6, 15))],
    notes="Clean. Florida residential level 2 plan written 9 days after placement (15 allowed), countersigned by the "
          "qualified professional 5 days after the plan (10 allowed). ASAM table, per-problem tables with 'behavioral "
          "objective' / 'expected completion' wording.")

add(id="i41", file="i41_fl_iop_checkbox.docx", family="I", payer="base-treatment-plan", states=["fl-65d-30"],
    as_of=D(2026, 9, 8), fmt="us", discipline="sud",
    org="Coral Springs Outpatient Recovery Services", title="Treatment Plan - Intensive Outpatient",
    client=dict(name="Trevor Langston", dob=D(1988, 1, 30), mid="9100772315", mid_label="Medicaid ID"),
    payer_name="Florida Medicaid", loc="Intensive Outpatient", adm=D(2026, 8, 3), adm_label="Admission date",
    plan_date=D(2026, 8, 12), plan_date_label="Plan date",
    dx=[dict(code="F14.20", desc="Cocaine dependence, uncomplicated", primary=True),
        dict(code="F10.10", desc="Alcohol abuse, uncomplicated")],
    vocab=V_SUD,
    problems=[
        dict(text="Cocaine and alcohol use", goals=[G(
            "Trevor will stop using cocaine and alcohol.",
            objectives=[O("Trevor will have negative urine drug screens for cocaine on every random test.", D(2026, 10, 30)),
                        O("Trevor will work on his relapse prevention skills.", D(2026, 10, 15))],
            interventions=[IV("IOP group counseling"), IV("Individual counseling")])]),
        dict(text="Employment", goals=[G(
            "Trevor will return to steady work.",
            objectives=[O("Trevor will submit at least 3 job applications per week, verified by his case manager.", D(2026, 9, 30))],
            interventions=[IV("Vocational referral and case management")])]),
    ],
    services=[SV("IOP group counseling", None, "3 hours", "3x/week", freq_opts=["2x/week", "3x/week", "5x/week"], amt_opts=["2 hours", "3 hours"]),
              SV("Individual counseling", None, "50 minutes", "1x/week", freq_opts=["1x/week", "every 2 weeks"], amt_opts=["30 minutes", "50 minutes"])],
    unchecked_services=["Medication-assisted treatment", "Family counseling"],
    duration="12 weeks", duration_label="Expected duration",
    sigs=[S("Individual", "client", "Trevor Langston", None, D(2026, 8, 12)),
          S("Counselor", "clinician", "Alexis Moreau", "CAP", D(2026, 8, 12)),
          S("Clinical Supervisor (QP)", "supervisor", "Harold Vance", "LCSW", D(2026, 8, 14))],
    gaps=[["objective-not-measurable"]],
    notes="Gap: objective 1b 'Trevor will work on his relapse prevention skills.' is not measurable (Florida requires "
          "measurable behavioral objectives). Intensive outpatient: no plan deadline is checked for this level. "
          "Check-box form for services, frequency and session length.")

add(id="i42", file="i42_fl_narrative.docx", family="C", payer="base-treatment-plan", states=["fl-65d-30"],
    as_of=D(2026, 3, 16), fmt="us", discipline="sud",
    org="Palm Hollow Treatment Center", org_addr="77 Cypress Lane, Lake Arden, FL 33999",
    title="Residential Treatment Plan",
    client=dict(name="Renata Kowalski", dob=D(1985, 5, 5), mid="9100215546"),
    loc="Residential Level 1", adm=D(2026, 2, 9), plan_date=D(2026, 2, 13),
    intro="Renata Kowalski (DOB 05/05/1985; Florida Medicaid ID 9100215546) was admitted to Palm Hollow Treatment "
          "Center on 02/09/2026 at Level of Care: Residential Level 1. This plan was completed with her on 02/13/2026 "
          "(plan date). She was referred by drug court after a methamphetamine-related arrest; she wants to regain "
          "custody of her daughter.",
    dx=[dict(code="F15.20", desc="Other stimulant dependence, uncomplicated", primary=True)], dx_mode="axis",
    vocab=dict(problem="Problem", goal="Goal", obj="Objective", intv="Services"),
    problems=[
        dict(text="Methamphetamine use", goals=[G(
            "Renata will remain abstinent from methamphetamine.",
            objectives=[O("Renata will have negative drug screens on every test during residential treatment.", D(2026, 5, 8)),
                        O("Renata will complete all 12 sessions of the Matrix relapse prevention curriculum.", D(2026, 4, 30))],
            interventions=[IV("Matrix group", "3x/week", "90 minutes"), IV("Individual counseling", "1x/week", "50 minutes")])]),
        dict(text="Legal and parenting", goals=[G(
            "Renata will meet drug court and dependency case requirements.",
            objectives=[O("Renata will attend 100% of drug court status hearings and parenting classes scheduled during treatment.", D(2026, 5, 8))],
            interventions=[IV("Case management and court liaison", "1x/week", "30 minutes")])]),
    ],
    services_prose="Services: Matrix Model group 3 times per week (90 minutes), individual counseling once a week (50 "
                   "minutes), case management once a week. Anticipated length of stay: 90 days (through 05/10/2026).",
    services=[SV("Matrix group", freq="3x/week"), SV("Individual counseling", freq="1x/week"), SV("Case management", freq="1x/week")],
    duration="90 days", sig_mode="slash",
    sigs=[S("Individual", "client", "Renata Kowalski", None, D(2026, 2, 13)),
          S("Counselor", "clinician", "Miguel Santos", "CAP", D(2026, 2, 13)),
          S("Qualified professional countersignature", "supervisor", "Beverly Tran", "LCSW", D(2026, 3, 1))],
    gaps=[["signature-late"]],
    notes="Gap: the qualified professional countersigned on 03/01/2026, 16 days after the 02/13/2026 plan (due within 10 "
          "calendar days). Narrative prose with identifiers, admission date and level of care in the opening "
          "paragraph; /s/ signatures.")

add(id="i43", file="i43_ca_ntp_matrix.docx", family="D", payer="base-treatment-plan", states=["ca-title9-ntp"],
    as_of=D(2026, 3, 23), fmt="us", discipline="sud",
    org="Sierra Vista Narcotic Treatment Program", org_addr="4100 Foothill Blvd, Altamira, CA 95999",
    title="INITIAL MAINTENANCE TREATMENT PLAN", cl="Patient",
    client=dict(name="Jose Alvarado", dob=D(1975, 3, 12), mid="91736548A", mid_label="Medi-Cal CIN"),
    payer_name="Medi-Cal (DMC)", program="Narcotic treatment program - methadone maintenance",
    adm=D(2026, 1, 20), adm_label="Admission / start of maintenance", plan_date=D(2026, 2, 10),
    plan_date_label="Plan effective date",
    vocab=dict(problem="Problem", goal="Long-term goal", obj="Short-term goal", intv="Action step", obj_date="Target date"),
    dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated", primary=True)],
    problems=[
        dict(text="Opioid use disorder", goals=[G(
            "Jose will stop using illicit opioids and stay on a stable methadone dose.",
            objectives=[O("Jose will attend daily dosing with no more than 2 missed doses per month.", D(2026, 4, 15)),
                        O("Jose will have urine drug screens negative for illicit opioids and fentanyl on 3 consecutive monthly tests.", D(2026, 5, 8))],
            interventions=[IV("Methadone dosing and medical monitoring", "daily", staff="Nursing / medical director"),
                           IV("Individual counseling", "2x/month", "50 minutes", "B. Lee, CADC-II")])]),
        dict(text="Employment", goals=[G(
            "Jose will return to work.",
            objectives=[O("Jose will complete a vocational assessment and apply for 5 jobs.", D(2026, 4, 30))],
            interventions=[IV("Vocational referral", "once", staff="Counselor")])]),
    ],
    services=[SV("Methadone maintenance dosing", "H0020", "1 dose", "Daily", "Ongoing; reviewed quarterly"),
              SV("Individual counseling", "H0004", "50 minutes", "2x/month", "Ongoing; reviewed quarterly")],
    service_cols=["Service", "HCPCS", "Amount", "Frequency", "Duration"],
    reviews=[dict(label="Quarterly treatment plan update due", date=D(2026, 4, 20))],
    sigs=[S("Patient", "client", "Jose Alvarado", None, D(2026, 2, 10)),
          S("Primary counselor", "clinician", "Brandon Lee", "CADC-II", D(2026, 2, 10)),
          S("Counselor supervisor", "supervisor", "Denise Walcott", "LAADC", D(2026, 2, 17)),
          S("Medical director", "physician", "Farid Nasser", "MD", D(2026, 2, 20))],
    notes="Clean. California NTP maintenance plan 21 days after admission (28 allowed), update due 90 days after "
          "admission (92 allowed), supervisor and medical director countersign 7 and 10 days after the plan (14 "
          "allowed). Problem-matrix family with 'long-term / short-term goal / action step' wording.")

add(id="i44", file="i44_ca_ntp_form.docx", family="O", payer="base-treatment-plan", states=["ca-title9-ntp"],
    as_of=D(2026, 7, 13), fmt="us", discipline="sud", cl="Patient",
    org="Bayshore Opioid Treatment Program", title="NTP Treatment Plan",
    client=dict(name="Tina Marchand", dob=D(1981, 12, 24), mid="92048817B", mid_label="Medi-Cal ID"),
    payer_name="Medi-Cal", program="Opioid treatment program (methadone)", adm=D(2026, 3, 2), adm_label="Admission date",
    plan_date=D(2026, 3, 23), plan_date_label="Plan date",
    vocab=dict(problem="Problem", goal="Goal", obj="Short-term goal", intv="Intervention"),
    dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated", primary=True),
        dict(code="F17.210", desc="Nicotine dependence, cigarettes, uncomplicated")],
    problems=[
        dict(text="Opioid use", goals=[G(
            "Tina will stop illicit opioid use.",
            objectives=[O("Tina will have 2 consecutive monthly urine screens negative for illicit opioids.", D(2026, 5, 22)),
                        O("Tina will reach a stable methadone dose with no withdrawal symptoms (COWS under 5) at 4 consecutive weekly checks.", D(2026, 4, 30))],
            interventions=[IV("Methadone dosing", "daily", staff="Nursing"), IV("Individual counseling", "2x/month", "50 min", "Counselor")])]),
        dict(text="Health", goals=[G(
            "Tina will reduce smoking.",
            objectives=[O("Tina will cut down from 20 to 10 or fewer cigarettes a day, by self-report log.", D(2026, 5, 29))],
            interventions=[IV("Nicotine replacement and brief counseling", "monthly", "15 min", "Medical director")])]),
    ],
    services=[SV("Methadone dosing", "H0020", "1 dose", "daily"), SV("Individual counseling", "H0004", "50 min", "2x/month")],
    reviews=[dict(label="Next treatment plan update", date=D(2026, 5, 29))],
    sigs=[S("Patient", "client", "Tina Marchand", None, D(2026, 3, 23)),
          S("Primary counselor", "clinician", "Arturo Medina", "CADC-I", D(2026, 3, 23)),
          S("Supervising counselor", "supervisor", "Leah Sorensen", "LAADC", D(2026, 3, 30)),
          S("Medical director", "physician", "Gloria Espinoza", "MD", D(2026, 4, 2))],
    gaps=[["review-overdue"]],
    notes="Gap: the treatment plan update was due 05/29/2026 and no update is recorded; on the as-of date 2026-07-13 it "
          "is 45 days overdue. Fillable form with content controls.")

add(id="i45", file="i45_tx_plan_edits.docx", family="J", payer="base-treatment-plan", states=["tx-26tac-564"],
    as_of=D(2026, 6, 1), fmt="us", discipline="sud",
    org="Lone Star Recovery Center", title="Treatment Plan - Intensive Residential",
    client=dict(name="Wade Cullen", dob=D(1983, 4, 9), mid="518804772", mid_label="Texas Medicaid ID"),
    payer_name="Texas Medicaid (STAR)", loc="Intensive residential", adm=D(2026, 5, 11), plan_date=D(2026, 5, 14),
    dx=[dict(code="F10.20", desc="Alcohol dependence, uncomplicated", primary=True),
        dict(code="F12.20", desc="Cannabis dependence, uncomplicated")],
    vocab=dict(problem="Problem", goal="Goal", obj="Objective", intv="Strategy"),
    problems=[
        dict(text="Alcohol and cannabis use", goals=[G(
            "Wade will stay sober and prepare for outpatient care.",
            objectives=[O("Wade will identify 4 high-risk situations and a refusal skill for each, role-played in group.", D(2026, 5, 28)),
                        O("Wade will attend 2 outside recovery meetings per week with a signed attendance sheet.", D(2026, 6, 10))],
            interventions=[IV("Group counseling", "daily (Mon-Fri)", "90 minutes", "LCDC"), IV("Individual counseling", "1x/week", "60 minutes", "LCDC")])]),
        dict(text="Family relationships", goals=[G(
            "Wade will rebuild trust with his wife.",
            objectives=[O("Wade will complete 2 family sessions with his wife and write a relapse warning-sign agreement with her.")],
            interventions=[IV("Family counseling", "1x/week", "60 minutes", "LCDC")])]),
    ],
    tracked=[("Preferred contact: ", "cell phone", "wife's cell phone (Dana, 555-0134)", "."),
             ("Special needs: ", "none", "reading glasses; prefers written handouts", ".")],
    comments=[("Preferred contact", "Release of information signed 5/12.")],
    services_mode="para",
    services=[SV("Group counseling", freq="daily (Mon-Fri)", amount="90 minutes"),
              SV("Individual counseling", freq="1x/week", amount="60 minutes"),
              SV("Family counseling", freq="1x/week", amount="60 minutes")],
    duration="30 days", duration_label="Projected length of stay",
    sigs=[S("Client", "client", "Wade Cullen", None, D(2026, 5, 14)),
          S("Counselor", "clinician", "Lacey Monroe", "LCDC", D(2026, 5, 14))],
    gaps=[["objective-not-time-bound"]],
    notes="Gap: objective 2a (family sessions and warning-sign agreement) has no target date or time frame, and its goal "
          "has none. Tracked insertions/deletions on the contact and special-needs lines, a comment.")

add(id="i46", file="i46_tx_outpatient.docx", family="K", payer="base-treatment-plan", states=["tx-26tac-564"],
    as_of=D(2026, 10, 19), fmt="us", discipline="sud",
    org="Rio Grande Counseling Services", title="Individualized Treatment Plan - Supportive Outpatient",
    client=dict(name="Gabriel Ochoa", dob=D(1995, 8, 17), mid="520117349", mid_label="Medicaid ID"),
    payer_name="Texas Medicaid", loc="Supportive outpatient", adm=D(2026, 9, 14), plan_date=D(2026, 9, 21),
    vocab=dict(problem="Problem", goal="Goal", obj="Objective", intv="Strategy"),
    dx=[dict(code="F12.20", desc="Cannabis dependence, uncomplicated", primary=True)],
    problems=[
        dict(text="Cannabis use", goals=[G(
            "Gabriel will stop using cannabis.",
            objectives=[O("Gabriel will have negative urine screens for THC on every weekly test for 6 consecutive weeks.", D(2026, 11, 30)),
                        O("Gabriel will list 5 triggers and a coping plan for each in his recovery workbook.", D(2026, 10, 19))],
            interventions=[IV("Group counseling", "2x/week", "90 minutes", "LCDC"), IV("Individual counseling", "every 2 weeks", "50 minutes", "LCDC")])]),
        dict(text="School", goals=[G(
            "Gabriel will re-enroll at the community college.",
            objectives=[O("Gabriel will complete the enrollment application and meet with an advisor.", D(2026, 11, 16))],
            interventions=[IV("Case management", "1x/week", "20 minutes", "Case manager")])]),
    ],
    services=[SV("Group counseling", None, "90 minutes", "2x/week", "12 weeks"),
              SV("Individual counseling", None, "50 minutes", "every 2 weeks", "12 weeks")],
    service_cols=["Strategy", "Amount", "Frequency", "Duration"],
    duration="12 weeks (through 12/14/2026)", duration_label="Projected length of treatment",
    sigs=[S("Client", "client", "Gabriel Ochoa", None, D(2026, 9, 21)),
          S("Counselor", "clinician", "Renee Whitlock", "LCDC", D(2026, 9, 21))],
    notes="Clean. Texas supportive outpatient plan, landscape with nested objective tables and signature grid.")

# ---------------------------------------------------------------- FHIR R4, C-CDA and native plans
add(id="i11", file="i11_careplan_bundle.fhir.json", family="FHIR_PSY", payer="medicare-psychotherapy",
    as_of=D(2026, 4, 13), discipline="psychotherapy",
    client=dict(name="Evelyn Marsh", dob=D(1954, 3, 15), mid="3GK9UD5PW71"),
    plan_date=D(2026, 3, 2), period=(D(2026, 3, 2), D(2026, 8, 31)), end=D(2026, 8, 31),
    dx=[dict(code="F33.1", desc="Major depressive disorder, recurrent, moderate", primary=True),
        dict(code="F41.1", desc="Generalized anxiety disorder")],
    problems=[dict(text="", goals=[G("PHQ-9", D(2026, 6, 30)), G("activities", D(2026, 5, 29)), G("GAD-7", D(2026, 7, 31))])],
    sigs=[S("Author", "clinician", "Grace Whitley", "LCSW", D(2026, 3, 2))],
    notes="Clean. FHIR R4 collection Bundle: Patient (MBI identifier), Practitioner with LCSW qualification, two ICD-10-CM "
          "Conditions, a CarePlan with period and three Goals (LOINC-coded targets with due dates), a ServiceRequest "
          "for 90837 with timing (weekly, 53 min, bounds through 2026-08-31), and a Provenance carrying the author's "
          "signature and date.")

add(id="i20", file="i20_pt_careplan.cda.xml", family="CCDA_PT", payer="medicare-outpatient-therapy",
    as_of=D(2026, 7, 13), discipline="pt",
    client=dict(name="Harold Nguyen", dob=D(1949, 11, 11), mid="3UH7CM2KD84"),
    ftd=D(2026, 6, 1), plan_date=D(2026, 6, 1), period=(D(2026, 6, 1), D(2026, 8, 29)),
    dx=[dict(code="M17.11", desc="Unilateral primary osteoarthritis, right knee", primary=True),
        dict(code="R26.89", desc="Other abnormalities of gait and mobility")],
    problems=[dict(text="", goals=[G("gait", tf="8 weeks"), G("stairs", tf="8 weeks"), G("KOOS", tf="8 weeks")])],
    sigs=[S("Therapist", "clinician", "Marisol Vega", "PT", D(2026, 6, 1), npi=npi("129937745")),
          S("Certifying physician", "physician", "Diane Foster", "MD", D(2026, 6, 5), npi=npi("185571032"))],
    notes="Clean. C-CDA R2.1 Care Plan document: MBI in recordTarget, therapist as author/authenticator, certifying "
          "physician as legalAuthenticator with signature time, certification period in documentationOf/serviceEvent, "
          "evaluation encounter in componentOf, Health Concerns (ICD-10-CM), Goals (moodCode GOL with target dates) "
          "and Interventions (CPT, frequency and duration) sections with narrative tables.")

add(id="i28", file="i28_hh_plan.yaml", family="YAML_HH", payer="medicare-home-health",
    as_of=D(2026, 8, 10), discipline="home-health",
    client=dict(name="Roland Tibbets", dob=D(1942, 6, 6), mid="2MJ4FA7RK36"),
    ftd=D(2026, 7, 6), plan_date=D(2026, 7, 6), period=(D(2026, 7, 6), D(2026, 9, 3)),
    dx=[dict(code="I69.351", desc="Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side", primary=True),
        dict(code="R26.89", desc="Other abnormalities of gait and mobility")],
    problems=[dict(text="", goals=[G("x", tf="6 weeks"), G("x", D(2026, 8, 17)), G("x", tf="4 weeks")])],
    sigs=[S("Case manager", "clinician", "Sharon Pike", "PT", D(2026, 7, 6)),
          S("Certifying practitioner", "physician", "Carmen Diaz", "NP", D(2026, 7, 10), npi=npi("113350742"))],
    notes="Clean. authcheck native YAML home health plan: start of care, 60-day period, PT/OT/HHA services with "
          "home-health frequency notation, measurable goals, RN/PT and NP signatures.")

add(id="i36", file="i36_aba_bundle.fhir.json", family="FHIR_ABA", payer="commercial-aba",
    as_of=D(2026, 10, 12), discipline="aba",
    client=dict(name="Ava Lindgren", dob=D(2021, 10, 19), mid="CIG60039215"),
    plan_date=D(2026, 9, 8), period=(D(2026, 9, 8), D(2027, 3, 7)),
    assess=[dict(inst="Vineland-3", date=D(2026, 8, 24))],
    reviews=[dict(date=D(2027, 2, 22))],
    problems=[dict(text="", goals=[G("a", D(2027, 2, 26)), G("b"), G("c", D(2027, 2, 26)), G("d", D(2026, 12, 18))])],
    dx=[dict(code="F84.0", desc="Autistic disorder", primary=True)],
    sigs=[S("BCBA", "clinician", "Jordan Pike", "BCBA", D(2026, 9, 8)),
          S("Guardian", "guardian", "Erik Lindgren", None, D(2026, 9, 9))],
    gaps=[["goal-not-time-bound"]],
    notes="Gap: the goal for sitting at circle time has no due date and no time frame in its text (the other three "
          "goals have target.dueDate). FHIR R4 collection Bundle: Patient, RelatedPerson (father), Practitioners, "
          "Condition F84.0 with asserter and recorded date, Vineland-3 Observation, CarePlan with a 6-month period and "
          "a scheduled progress-review activity, Goals with baselines in description/note and mastery criteria in "
          "target.detailString, ServiceRequests 97153/97155/97156 with hours per week, Provenance with the BCBA's and "
          "the father's signatures.")


def ref(rt, i):
    return {"reference": f"urn:uuid:{uuid_for(rt, i)}"}


def uuid_for(rt, i):
    import hashlib
    h = hashlib.sha1(f"{rt}-{i}".encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def entry(rt, i, res):
    res = dict({"resourceType": rt, "id": uuid_for(rt, i)[:8]}, **res)
    return {"fullUrl": f"urn:uuid:{uuid_for(rt, i)}", "resource": res}


ICD = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"


def write_fhir_psy(P, path):
    c = P["client"]
    pid = "i11"
    E = []
    fam, giv = c["name"].split()[1], c["name"].split()[0]
    E.append(entry("Patient", pid, {
        "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": c["mid"],
                        "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB"}]}}],
        "name": [{"family": fam, "given": [giv]}], "gender": "female", "birthDate": c["dob"].isoformat()}))
    E.append(entry("Practitioner", pid + "a", {
        "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi("142207756")}],
        "name": [{"family": "Whitley", "given": ["Grace"], "suffix": ["LCSW"]}],
        "qualification": [{"code": {"text": "LCSW", "coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360", "code": "MSW", "display": "Master of Social Work"}]}}]}))
    for k, x in enumerate(P["dx"]):
        E.append(entry("Condition", f"{pid}-{k}", {
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
            "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "confirmed"}]},
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": "problem-list-item"}]}],
            "code": {"coding": [{"system": ICD, "code": x["code"], "display": x["desc"]}], "text": x["desc"]},
            "subject": ref("Patient", pid), "recordedDate": "2026-02-23",
            "extension": [] if not x.get("primary") else [{"url": "http://example.org/fhir/StructureDefinition/primary-diagnosis", "valueBoolean": True}]}))
    goals = [
        ("Evelyn will reduce her depression so that she can return to her weekly volunteer shifts: PHQ-9 below 10.",
         {"measure": {"coding": [{"system": "http://loinc.org", "code": "44261-6", "display": "Patient Health Questionnaire 9 item (PHQ-9) total score"}]},
          "detailQuantity": {"value": 10, "comparator": "<", "unit": "{score}"}, "dueDate": "2026-06-30"}, 0),
        ("Evelyn will do at least 3 planned pleasant activities a week, recorded in her activity log, for 4 weeks in a row.",
         {"measure": {"text": "Planned activities completed per week (activity log)"},
          "detailQuantity": {"value": 3, "comparator": ">=", "unit": "/wk"}, "dueDate": "2026-05-29"}, 0),
        ("Evelyn will lower her worry: GAD-7 score 7 or below.",
         {"measure": {"coding": [{"system": "http://loinc.org", "code": "70274-6", "display": "Generalized anxiety disorder 7 item (GAD-7) total score"}]},
          "detailQuantity": {"value": 7, "comparator": "<=", "unit": "{score}"}, "dueDate": "2026-07-31"}, 1),
    ]
    for k, (desc, target, cond) in enumerate(goals):
        E.append(entry("Goal", f"{pid}-{k}", {
            "lifecycleStatus": "active", "description": {"text": desc}, "subject": ref("Patient", pid),
            "startDate": "2026-03-02", "target": [target], "addresses": [ref("Condition", f"{pid}-{cond}")],
            "expressedBy": ref("Practitioner", pid + "a")}))
    E.append(entry("ServiceRequest", pid, {
        "status": "active", "intent": "plan", "subject": ref("Patient", pid),
        "code": {"coding": [{"system": CPT, "code": "90837", "display": "Psychotherapy, 60 minutes with patient"}],
                 "text": "Individual psychotherapy (CBT)"},
        "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": "2026-03-02", "end": "2026-08-31"},
                                        "frequency": 1, "period": 1, "periodUnit": "wk", "duration": 53, "durationUnit": "min"},
                             "code": {"text": "Weekly, 53-minute sessions, through 08/31/2026"}},
        "requester": ref("Practitioner", pid + "a"), "reasonReference": [ref("Condition", f"{pid}-0")]}))
    E.append(entry("CarePlan", pid, {
        "status": "active", "intent": "plan", "title": "Outpatient psychotherapy treatment plan",
        "category": [{"coding": [{"system": "http://hl7.org/fhir/us/core/CodeSystem/careplan-category", "code": "assess-plan"}]}],
        "subject": ref("Patient", pid), "period": {"start": "2026-03-02", "end": "2026-08-31"}, "created": "2026-03-02",
        "author": ref("Practitioner", pid + "a"),
        "addresses": [ref("Condition", f"{pid}-0"), ref("Condition", f"{pid}-1")],
        "goal": [ref("Goal", f"{pid}-{k}") for k in range(3)],
        "activity": [{"reference": ref("ServiceRequest", pid)}],
        "text": {"status": "additional", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Individual CBT, 90837, "
                 "53 minutes weekly, 03/02/2026 through 08/31/2026 (6 months).</p></div>"}}))
    E.append(entry("Provenance", pid, {
        "target": [ref("CarePlan", pid)], "recorded": "2026-03-02T16:20:00-05:00",
        "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "code": "author"}]},
                   "who": ref("Practitioner", pid + "a")}],
        "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1", "display": "Author's Signature"}],
                       "when": "2026-03-02T16:20:00-05:00", "who": ref("Practitioner", pid + "a"),
                       "sigFormat": "image/jpeg", "data": "UGxhY2Vob2xkZXIgc2lnbmF0dXJl"}]}))
    bundle = {"resourceType": "Bundle", "id": "tp-evm-0302", "type": "collection",
              "timestamp": "2026-03-02T16:25:00-05:00", "entry": E}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(bundle, f, indent=2, ensure_ascii=False)
        f.write("\n")


def write_fhir_aba(P, path):
    c = P["client"]
    pid = "i36"
    E = []
    E.append(entry("Patient", pid, {
        "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB"}]},
                        "system": "http://cignal-health.example.org/member-id", "value": c["mid"]}],
        "name": [{"family": "Lindgren", "given": ["Ava"]}], "gender": "female", "birthDate": c["dob"].isoformat()}))
    E.append(entry("RelatedPerson", pid, {
        "patient": ref("Patient", pid), "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "FTH", "display": "father"}]}],
        "name": [{"family": "Lindgren", "given": ["Erik"]}]}))
    E.append(entry("Practitioner", pid + "b", {
        "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi("108846637")}],
        "name": [{"family": "Pike", "given": ["Jordan"], "suffix": ["BCBA"]}],
        "qualification": [{"code": {"text": "BCBA (Board Certified Behavior Analyst)"}}]}))
    E.append(entry("Practitioner", pid + "p", {
        "name": [{"family": "Okafor", "given": ["Miriam"], "suffix": ["PhD"]}],
        "qualification": [{"code": {"text": "Licensed psychologist"}}]}))
    E.append(entry("Condition", pid, {
        "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
        "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "confirmed"}]},
        "code": {"coding": [{"system": ICD, "code": "F84.0", "display": "Autistic disorder"}]},
        "subject": ref("Patient", pid), "recordedDate": "2025-11-04", "asserter": ref("Practitioner", pid + "p"),
        "note": [{"text": "Diagnosed by Miriam Okafor, PhD, licensed psychologist, 11/04/2025 (ADOS-2, ADI-R)."}]}))
    E.append(entry("Observation", pid, {
        "status": "final", "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "survey"}]}],
        "code": {"text": "Vineland-3 Adaptive Behavior Composite"}, "subject": ref("Patient", pid),
        "effectiveDateTime": "2026-08-24", "performer": [ref("Practitioner", pid + "b")],
        "valueQuantity": {"value": 67, "unit": "standard score"}}))
    goals = [
        ("Ava will request help or a break with a picture card or a 2-word phrase instead of crying. Baseline: 1 of 10 opportunities (probe 08/26/2026).",
         "9 of 10 opportunities across 3 consecutive sessions", "2027-02-26", "1 of 10 opportunities"),
        ("Ava will sit with peers at circle time and follow the group activity for 10 minutes. Baseline: 2 minutes on average (5 observations).",
         "10 minutes on 4 of 5 days for 2 consecutive weeks", None, "2 minutes"),
        ("Ava will imitate 2-step play actions modeled by an adult. Baseline: 10% of trials.",
         "80% of trials across 3 consecutive sessions", "2027-02-26", "10% of trials"),
        ("Caregiver training: Ava's father will use the picture exchange and prompt-fading procedures during meals. Baseline: 40% fidelity.",
         "90% fidelity on 3 consecutive observed meals", "2026-12-18", "40% fidelity"),
    ]
    for k, (desc, mastery, due, base) in enumerate(goals):
        t = {"detailString": mastery}
        if due:
            t["dueDate"] = due
        E.append(entry("Goal", f"{pid}-{k}", {
            "lifecycleStatus": "active", "description": {"text": desc}, "subject": ref("Patient", pid),
            "startDate": "2026-09-08", "target": [t], "addresses": [ref("Condition", pid)],
            "note": [{"text": f"Baseline: {base}"}]}))
    for k, (code, disp, hours) in enumerate([("97153", "Adaptive behavior treatment by protocol", 18),
                                              ("97155", "Adaptive behavior treatment with protocol modification", 3),
                                              ("97156", "Family adaptive behavior treatment guidance", 1)]):
        E.append(entry("ServiceRequest", f"{pid}-{k}", {
            "status": "active", "intent": "plan", "subject": ref("Patient", pid),
            "code": {"coding": [{"system": CPT, "code": code, "display": disp}]},
            "quantityQuantity": {"value": hours, "unit": "hours per week", "system": "http://unitsofmeasure.org", "code": "h/wk"},
            "occurrencePeriod": {"start": "2026-09-08", "end": "2027-03-07"},
            "patientInstruction": f"{hours} hour{'s' if hours > 1 else ''} per week",
            "requester": ref("Practitioner", pid + "b"), "reasonReference": [ref("Condition", pid)]}))
    E.append(entry("CarePlan", pid, {
        "status": "active", "intent": "plan", "title": "ABA treatment plan - initial authorization request",
        "subject": ref("Patient", pid), "period": {"start": "2026-09-08", "end": "2027-03-07"}, "created": "2026-09-08",
        "author": ref("Practitioner", pid + "b"), "addresses": [ref("Condition", pid)],
        "supportingInfo": [ref("Observation", pid)],
        "goal": [ref("Goal", f"{pid}-{k}") for k in range(4)],
        "activity": [{"reference": ref("ServiceRequest", f"{pid}-{k}")} for k in range(3)] + [
            {"detail": {"kind": "Task", "code": {"text": "Treatment plan progress review and re-assessment"},
                        "status": "scheduled", "scheduledPeriod": {"start": "2027-02-22"},
                        "description": "Progress review and Vineland-3 re-assessment before re-authorization, due 02/22/2027."}}]}))
    E.append(entry("Provenance", pid, {
        "target": [ref("CarePlan", pid)], "recorded": "2026-09-09T18:02:00-05:00",
        "agent": [{"who": ref("Practitioner", pid + "b")}, {"who": ref("RelatedPerson", pid)}],
        "signature": [
            {"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1", "display": "Author's Signature"}],
             "when": "2026-09-08T15:40:00-05:00", "who": ref("Practitioner", pid + "b"), "sigFormat": "image/png", "data": "U2lnbmF0dXJl"},
            {"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.7", "display": "Consent Signature"}],
             "when": "2026-09-09T18:02:00-05:00", "who": ref("RelatedPerson", pid), "sigFormat": "image/png", "data": "U2lnbmF0dXJl"}]}))
    bundle = {"resourceType": "Bundle", "id": "aba-avl-0908", "type": "collection",
              "timestamp": "2026-09-09T18:05:00-05:00", "entry": E}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(bundle, f, indent=2, ensure_ascii=False)
        f.write("\n")


def write_ccda_pt(P, path):
    c = P["client"]
    th, ph = P["sigs"]
    X = []
    a = X.append
    a('<?xml version="1.0" encoding="UTF-8"?>')
    a('<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">')
    a('  <realmCode code="US"/>')
    a('  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>')
    a('  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>')
    a('  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>')
    a('  <id root="2.16.840.1.113883.19.5.99999.1" extension="POC-20260601-HN"/>')
    a('  <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Plan of care note"/>')
    a('  <title>Physical Therapy Plan of Care and Certification</title>')
    a('  <effectiveTime value="20260601143000-0500"/>')
    a('  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>')
    a('  <languageCode code="en-US"/>')
    a('  <recordTarget><patientRole>')
    a(f'    <id root="2.16.840.1.113883.4.927" extension="{c["mid"]}"/>')
    a('    <id root="2.16.840.1.113883.19.5.99999.2" extension="MRN-448120"/>')
    a('    <addr use="HP"><streetAddressLine>51 Linden Terrace</streetAddressLine><city>Oak Hollow</city><state>OH</state><postalCode>43999</postalCode></addr>')
    a('    <patient><name use="L"><given>Harold</given><family>Nguyen</family></name>')
    a('      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>')
    a(f'      <birthTime value="{c["dob"].strftime("%Y%m%d")}"/></patient>')
    a('  </patientRole></recordTarget>')
    a('  <author><time value="20260601143000-0500"/><assignedAuthor>')
    a(f'    <id root="2.16.840.1.113883.4.6" extension="{th["npi"]}"/>')
    a('    <code code="225100000X" codeSystem="2.16.840.1.113883.6.101" displayName="Physical Therapist"/>')
    a('    <assignedPerson><name><given>Marisol</given><family>Vega</family><suffix>PT</suffix></name></assignedPerson>')
    a('    <representedOrganization><name>Oak Hollow Outpatient Physical Therapy</name></representedOrganization>')
    a('  </assignedAuthor></author>')
    a('  <custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.4.6" extension="' + npi("170021539") + '"/>'
      '<name>Oak Hollow Outpatient Physical Therapy</name></representedCustodianOrganization></assignedCustodian></custodian>')
    a('  <legalAuthenticator><time value="20260605091500-0500"/><signatureCode code="S"/><assignedEntity>')
    a(f'    <id root="2.16.840.1.113883.4.6" extension="{ph["npi"]}"/>')
    a('    <code code="207Q00000X" codeSystem="2.16.840.1.113883.6.101" displayName="Family Medicine Physician"/>')
    a('    <assignedPerson><name><given>Diane</given><family>Foster</family><suffix>MD</suffix></name></assignedPerson>')
    a('  </assignedEntity></legalAuthenticator>')
    a('  <authenticator><time value="20260601143000-0500"/><signatureCode code="S"/><assignedEntity>')
    a(f'    <id root="2.16.840.1.113883.4.6" extension="{th["npi"]}"/>')
    a('    <assignedPerson><name><given>Marisol</given><family>Vega</family><suffix>PT</suffix></name></assignedPerson>')
    a('  </assignedEntity></authenticator>')
    a('  <documentationOf><serviceEvent classCode="PCPR">')
    a('    <effectiveTime><low value="20260601"/><high value="20260829"/></effectiveTime>')
    a('    <performer typeCode="PRF"><assignedEntity><id root="2.16.840.1.113883.4.6" extension="' + th["npi"] + '"/>'
      '<assignedPerson><name><given>Marisol</given><family>Vega</family><suffix>PT</suffix></name></assignedPerson></assignedEntity></performer>')
    a('  </serviceEvent></documentationOf>')
    a('  <componentOf><encompassingEncounter><id root="2.16.840.1.113883.19.5.99999.3" extension="ENC-77120"/>')
    a('    <code code="97162" codeSystem="2.16.840.1.113883.6.12" displayName="Physical therapy evaluation, moderate complexity"/>')
    a('    <effectiveTime value="20260601"/></encompassingEncounter></componentOf>')
    a('  <component><structuredBody>')
    # health concerns
    a('    <component><section><templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/>')
    a('      <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concerns document"/>')
    a('      <title>Health Concerns / Diagnoses</title>')
    a('      <text><table border="1"><thead><tr><th>ICD-10-CM</th><th>Description</th><th>Type</th></tr></thead><tbody>')
    for x in P["dx"]:
        a(f'        <tr><td>{x["code"]}</td><td>{x["desc"]}</td><td>{"Primary (treatment diagnosis)" if x.get("primary") else "Secondary"}</td></tr>')
    a('      </tbody></table>')
    a('      <paragraph>Initial evaluation / first treatment date: 06/01/2026. Certification period: 06/01/2026 through 08/29/2026.</paragraph></text>')
    for k, x in enumerate(P["dx"]):
        a('      <entry><act classCode="ACT" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.22.4.132" extension="2015-08-01"/>')
        a(f'        <id root="2.16.840.1.113883.19.5.99999.4" extension="hc-{k}"/><code code="75310-3" codeSystem="2.16.840.1.113883.6.1"/><statusCode code="active"/>')
        a('        <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">'
          '<templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>')
        a(f'          <id root="2.16.840.1.113883.19.5.99999.5" extension="pr-{k}"/><code code="55607006" codeSystem="2.16.840.1.113883.6.96" displayName="Problem"/>')
        a('          <statusCode code="completed"/><effectiveTime><low value="20260601"/></effectiveTime>')
        a(f'          <value xsi:type="CD" code="{x["code"]}" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="{x["desc"]}"/>')
        a('        </observation></entryRelationship></act></entry>')
    a('    </section></component>')
    # goals
    goals = [("Patient will ambulate 1000 feet on level and uneven surfaces without an assistive device, independently.", "within 8 weeks", "20260727"),
             ("Patient will ascend and descend 12 stairs reciprocally with one rail, modified independent.", "within 8 weeks", "20260727"),
             ("Improve KOOS Jr. interval score from 52 to 70 or higher.", "within 8 weeks", "20260727")]
    a('    <component><section><templateId root="2.16.840.1.113883.10.20.22.2.60"/>')
    a('      <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/><title>Goals</title>')
    a('      <text><list listType="ordered">')
    for g, tf, d in goals:
        a(f'        <item>{g} Target: {tf} (by 07/27/2026).</item>')
    a('      </list></text>')
    for k, (g, tf, d) in enumerate(goals):
        a('      <entry><observation classCode="OBS" moodCode="GOL"><templateId root="2.16.840.1.113883.10.20.22.4.121"/>')
        a(f'        <id root="2.16.840.1.113883.19.5.99999.6" extension="goal-{k}"/><code code="58144-7" codeSystem="2.16.840.1.113883.6.1" displayName="Resident\'s overall goal established during assessment process"/>')
        a(f'        <text>{g}</text><statusCode code="active"/><effectiveTime><low value="20260601"/><high value="{d}"/></effectiveTime>')
        a('      </observation></entry>')
    a('    </section></component>')
    # interventions
    ints = [("97110", "Therapeutic exercise"), ("97116", "Gait training"), ("97140", "Manual therapy")]
    a('    <component><section><templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>')
    a('      <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/><title>Planned Interventions</title>')
    a('      <text><table border="1"><thead><tr><th>CPT</th><th>Intervention</th><th>Frequency</th><th>Duration</th></tr></thead><tbody>')
    for code, disp in ints:
        a(f'        <tr><td>{code}</td><td>{disp}</td><td>2x/week</td><td>8 weeks</td></tr>')
    a('      </tbody></table><paragraph>Frequency/duration: 2 visits per week for 8 weeks (16 visits). Home exercise program issued.</paragraph></text>')
    for k, (code, disp) in enumerate(ints):
        a('      <entry><procedure classCode="PROC" moodCode="INT"><templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>')
        a(f'        <id root="2.16.840.1.113883.19.5.99999.7" extension="int-{k}"/>')
        a(f'        <code code="{code}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT" displayName="{disp}"/><statusCode code="active"/>')
        a('        <effectiveTime xsi:type="IVL_TS"><low value="20260601"/><high value="20260727"/></effectiveTime>')
        a('        <effectiveTime xsi:type="PIVL_TS" operator="A" institutionSpecified="true"><period value="0.5" unit="wk"/></effectiveTime>')
        a('      </procedure></entry>')
    a('    </section></component>')
    a('  </structuredBody></component>')
    a('</ClinicalDocument>')
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(X) + "\n")


def write_yaml_hh(P, path):
    c = P["client"]
    txt = f"""schema: authcheck-plan/1
# Home health plan of care exported from the agency's scheduling system (invented example)
patient: {{name: {c['name']}, birth_date: {c['dob'].isoformat()}, member_id: "{c['mid']}"}}
payer: Medicare Part A home health
discipline: home-health
program: Home health - Northern Lakes Home Health Agency
providers:
  - {{name: Carmen Diaz, credential: NP, npi: "{P['sigs'][1]['npi']}", role: certifying practitioner}}
  - {{name: Sharon Pike, credential: PT, role: case manager}}
first_treatment_date: 2026-07-06
plan_date: 2026-07-06
period: {{start: 2026-07-06, end: 2026-09-03}}
expected_duration: 60-day certification period (through 09/03/2026)
diagnoses:
  - {{code: I69.351, description: "Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side", primary: true}}
  - {{code: R26.89, description: "Other abnormalities of gait and mobility"}}
problems:
  - statement: Impaired mobility and self-care after stroke
    goals:
      - statement: Patient will walk 150 feet with a quad cane and stand-by assistance inside the home.
        time_frame: within 6 weeks
      - statement: Patient will complete a tub-bench transfer with set-up only on 3 consecutive OT visits.
        target_date: 2026-08-17
      - statement: Wife will return-demonstrate safe assistance with the home exercise program without cues.
        time_frame: within 4 weeks
services:
  - {{description: "Physical therapy - gait, transfer and balance training", code: G0151, frequency: "2w4, 1w4", duration: 8 weeks}}
  - {{description: "Occupational therapy - ADL retraining", code: G0152, frequency: "1w6", duration: 6 weeks}}
  - {{description: "Home health aide - bathing", code: G0156, frequency: "2w8", duration: 8 weeks}}
reviews:
  - {{kind: recertification, date: 2026-09-03, completed: false}}
signatures:
  - {{role: clinician, name: Sharon Pike, credential: PT, date: 2026-07-06, method: electronic}}
  - {{role: physician, name: Carmen Diaz, credential: NP, npi: "{P['sigs'][1]['npi']}", date: 2026-07-10, method: electronic}}
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


# --------------------------------------------------------------------------------------------
# expectations: kinds each profile can report at error or warning (authcheck profiles show ID --resolved;
# docs/reference/profiles.md), never readability (info) nor kinds that are info only
# --------------------------------------------------------------------------------------------
KINDS = {
    "base-treatment-plan": {"date-inconsistent", "diagnosis-code-invalid", "diagnosis-code-missing",
                            "diagnosis-code-not-billable", "diagnosis-missing", "field-missing", "identifier-invalid",
                            "service-code-invalid"},
    "medicare-psychotherapy": {"amount-missing", "credential-missing", "duration-exceeds-limit", "duration-missing",
                               "frequency-missing", "goal-missing", "goal-not-measurable", "intervention-missing",
                               "objective-not-measurable", "objective-not-time-bound", "plan-outdated", "signature-missing"},
    "medicare-outpatient-therapy": {"credential-not-permitted", "duration-missing", "frequency-missing", "goal-missing",
                                    "goal-not-measurable", "intervention-missing", "plan-late", "review-interval-exceeded",
                                    "review-overdue", "signature-late", "signature-missing"},
    "medicare-home-health": {"credential-not-permitted", "duration-missing", "frequency-missing", "goal-missing",
                             "goal-not-measurable", "intervention-missing", "review-interval-exceeded", "review-overdue",
                             "signature-missing"},
    "commercial-aba": {"amount-missing", "assessment-missing", "assessment-outdated", "baseline-missing",
                       "caregiver-goal-missing", "diagnosis-not-covered", "duration-exceeds-limit", "goal-missing",
                       "goal-not-measurable", "goal-not-time-bound", "review-date-missing", "review-interval-exceeded",
                       "signature-missing"},
    "pa-55-5200": {"duration-missing", "field-missing", "goal-missing", "intervention-missing", "objective-missing",
                   "plan-late", "signature-missing"},
    "ny-oasas-818": {"diagnosis-missing", "field-missing", "goal-missing", "intervention-missing", "plan-late",
                     "signature-late", "signature-missing"},
    "fl-65d-30": {"field-missing", "frequency-missing", "goal-missing", "intervention-missing", "objective-missing",
                  "objective-not-measurable", "objective-not-time-bound", "plan-late", "signature-late", "signature-missing"},
    "ca-title9-ntp": {"field-missing", "goal-missing", "objective-missing", "objective-not-time-bound", "plan-late",
                      "review-date-missing", "review-interval-exceeded", "review-overdue", "signature-late",
                      "signature-missing"},
    "tx-26tac-564": {"duration-missing", "frequency-missing", "goal-missing", "intervention-missing", "objective-missing",
                     "objective-not-measurable", "objective-not-time-bound", "signature-missing"},
}
PAYERS_EXTEND_BASE = {"medicare-psychotherapy", "medicare-outpatient-therapy", "medicare-home-health", "commercial-aba",
                      "base-treatment-plan"}

# profile numbers used by the self-checks (from payer_profiles/*.yaml)
PSY_PLAN_MAX_AGE = 365          # plan-current
PSY_DURATION_MAX_MONTHS = 12    # duration-limit, strict (< 1 year)
PT_RECERT_DAYS = 90             # review-interval (medicare-outpatient-therapy)
PT_CERT_SIGN_DAYS = 30          # physician-signature-timely from first_treatment_date
HH_REVIEW_DAYS = 60             # review-interval (medicare-home-health)
ABA_MAX_MONTHS = 6              # duration-limit (not strict)
ABA_REVIEW_DAYS = 184           # review-interval
ABA_ASSESS_MAX_AGE = 365        # assessment-recent
PA_PLAN_DAYS = 30
NY_PLAN_DAYS, NY_PHYS_DAYS = 7, 10
FL_PLAN_DAYS = {"residential level 1": 7, "residential level 2": 15, "intensive outpatient": None}
FL_COUNTERSIGN_DAYS = 10
CA_PLAN_DAYS, CA_REVIEW_DAYS, CA_COUNTERSIGN_DAYS = 28, 92, 14


def all_targets(P):
    for pr in P.get("problems", []):
        for g in pr["goals"]:
            if g.get("target"):
                yield g["target"]
            for o in g.get("objectives", []):
                if o.get("target"):
                    yield o["target"]


def sig_of(P, role):
    return [s for s in P["sigs"] if s["role"] == role]


def self_check(P):
    gk = {k for gap in P["gaps"] for k in gap}
    pd = P.get("plan_date") or P.get("soc")
    aso = P["as_of"]
    assert pd and pd <= aso, P["id"]
    assert P["client"]["dob"] < pd
    for s in P["sigs"]:
        if s.get("date"):
            assert pd <= s["date"] <= aso, (P["id"], s)
    for t in all_targets(P):
        assert t > pd, (P["id"], t)
    for pr in P.get("providers", []) + P["sigs"]:
        if pr.get("npi"):
            assert npi_is_valid(pr["npi"]) == ("identifier-invalid" not in gk or pr["name"] != "Colin Mayhew"), (P["id"], pr)
    if P["id"] == "i21":
        assert not npi_is_valid(P["providers"][0]["npi"])
    for a in P.get("assess", []):
        assert a["date"] <= aso
    payer = P["payer"]
    if payer == "medicare-psychotherapy":
        age = days(pd, aso)
        assert (age > PSY_PLAN_MAX_AGE) == ("plan-outdated" in gk), (P["id"], age)
        if "duration-missing" in gk:
            assert not P.get("duration") and not P.get("end")
        else:
            assert P["end"] < add_months(pd, PSY_DURATION_MAX_MONTHS), P["id"]
        cl = sig_of(P, "clinician")
        assert cl and (bool(cl[0].get("cred")) == ("credential-missing" not in gk))
    if payer == "medicare-outpatient-therapy":
        ftd = P["ftd"]
        assert pd == ftd and P["period"][0] == ftd
        span = days(ftd, P["period"][1])
        assert (span > PT_RECERT_DAYS) == ("review-interval-exceeded" in gk), (P["id"], span)
        ph = sig_of(P, "physician")[0]
        lag = days(ftd, ph["date"])
        assert (lag > PT_CERT_SIGN_DAYS) == ("signature-late" in gk), (P["id"], lag)
        assert aso <= P["period"][1]
    if payer == "medicare-home-health":
        s, e = P["period"]
        span = days(s, e)
        assert (span > HH_REVIEW_DAYS) == ("review-interval-exceeded" in gk), (P["id"], span)
        assert aso <= e
        ph = sig_of(P, "physician")[0]
        assert ph["cred"] in ("MD", "DO", "NP", "CNS", "PA")
        assert bool(ph.get("date")) == ("signature-missing" not in gk)
    if payer == "commercial-aba":
        s, e = P["period"]
        assert (e > add_months(s, ABA_MAX_MONTHS)) == ("duration-exceeds-limit" in gk), P["id"]
        revs = P.get("reviews", [])
        assert bool(revs) == ("review-date-missing" not in gk)
        for r in revs:
            assert 0 < days(pd, r["date"]) <= ABA_REVIEW_DAYS, (P["id"], days(pd, r["date"]))
        latest = max(a["date"] for a in P["assess"])
        assert (days(latest, pd) > ABA_ASSESS_MAX_AGE) == ("assessment-outdated" in gk), P["id"]
        prim = [x for x in P["dx"] if x.get("primary")][0]["code"]
        assert (prim.startswith("F84") and not prim.startswith("F84.2")) == ("diagnosis-not-covered" not in gk)
    for st in P["states"]:
        adm = P.get("adm")
        if st == "pa-55-5200":
            lag = days(adm, pd)
            assert lag >= 0 and (lag > PA_PLAN_DAYS) == ("plan-late" in gk), (P["id"], lag)
            assert sig_of(P, "physician") and sig_of(P, "client")
        if st == "ny-oasas-818":
            lag = days(adm, pd)
            assert lag >= 0 and (lag > NY_PLAN_DAYS) == ("plan-late" in gk), (P["id"], lag)
            plag = days(adm, sig_of(P, "physician")[0]["date"])
            assert (plag > NY_PHYS_DAYS) == ("signature-late" in gk), (P["id"], plag)
        if st == "fl-65d-30":
            lim = FL_PLAN_DAYS[P["loc"].lower()]
            if lim is not None:
                assert (days(adm, pd) > lim) == ("plan-late" in gk)
            for s in sig_of(P, "supervisor"):
                assert (days(pd, s["date"]) > FL_COUNTERSIGN_DAYS) == ("signature-late" in gk), P["id"]
        if st == "ca-title9-ntp":
            assert (days(adm, pd) > CA_PLAN_DAYS) == ("plan-late" in gk)
            rv = P["reviews"][0]["date"]
            assert days(adm, rv) <= CA_REVIEW_DAYS
            assert (aso > rv) == ("review-overdue" in gk)
            for role in ("supervisor", "physician"):
                s = sig_of(P, role)[0]
                assert days(pd, s["date"]) <= CA_COUNTERSIGN_DAYS
        if st in ("fl-65d-30", "tx-26tac-564", "pa-55-5200"):
            for role in ("client", "clinician"):
                ss = sig_of(P, role)
                assert ss, (P["id"], role)
                if "signature-missing" not in gk:
                    assert ss[0].get("date"), (P["id"], role)


def label_for(P):
    kinds = set(KINDS["base-treatment-plan"]) | KINDS[P["payer"]]
    for st in P["states"]:
        kinds |= KINDS[st]
    gk = {k for gap in P["gaps"] for k in gap}
    for gap in P["gaps"]:
        assert any(k in kinds for k in gap), (P["id"], gap)
    mnr = sorted(kinds - gk - set(P["unsure"]))
    args = ["--payer", P["payer"]]
    for st in P["states"]:
        args += ["--state", st]
    args += ["--as-of", P["as_of"].isoformat()]
    return {"file": P["file"], "check_with": args, "must_report": P["gaps"], "must_not_report": mnr,
            "notes": P["notes"]}


WRITERS = {"FHIR_PSY": write_fhir_psy, "FHIR_ABA": write_fhir_aba, "CCDA_PT": write_ccda_pt, "YAML_HH": write_yaml_hh}


def main():
    ids = [P["id"] for P in PLANS]
    assert len(ids) == len(set(ids))
    assert all(P["file"].startswith(P["id"] + "_") for P in PLANS)
    labels = []
    for P in sorted(PLANS, key=lambda p: p["id"]):
        self_check(P)
        path = os.path.join(HERE, P["file"])
        fam = P["family"]
        if fam in WRITERS:
            WRITERS[fam](P, path)
        else:
            doc = FAMILIES[fam](P)
            save_doc(doc, path, author=P["org"])
        labels.append(label_for(P))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(labels)} plans")


if __name__ == "__main__":
    main()
