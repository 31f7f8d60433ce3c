#!/usr/bin/env python3
"""Write the blind plan set blind_plans_20 (every plan file and labels.json).

Deterministic: run it twice and the output is byte-identical.
Run with /work/main/.venv/bin/python (needs python-docx, lxml, PyYAML).

All people, providers, agencies, IDs and NPIs are invented.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import os
import sys
import zipfile

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date
FIXED_DT = dt.datetime(2026, 4, 1, 9, 0, 0)

# --------------------------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------------------------


def npi(nine: str) -> str:
    """A 10-digit NPI: nine digits plus the Luhn check digit over the 80840 prefix."""
    assert len(nine) == 9 and nine.isdigit()
    payload = "80840" + nine
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:  # rightmost payload digit is doubled
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return nine + str((10 - total % 10) % 10)


def npi_valid(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and npi(n[:9]) == n


def bad_npi(nine: str) -> str:
    good = npi(nine)
    wrong = str((int(good[-1]) + 3) % 10)
    return nine + wrong


assert npi("123456789") == "1234567893"  # the CMS example
assert not npi_valid(bad_npi("123456789"))

# --------------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------------


def f_us(d):  # 03/04/2026
    return d.strftime("%m/%d/%Y")


def f_short(d):  # 3/4/26
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def f_us4(d):  # 3/4/2026
    return f"{d.month}/{d.day}/{d.year}"


def f_long(d):  # March 4, 2026
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def f_eu(d):  # 4 March 2026
    return f"{d.day} {d.strftime('%B')} {d.year}"


def f_iso(d):
    return d.isoformat()


def f_mon(d):  # Mar 4, 2026
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def f_dash(d):  # 03-04-2026
    return d.strftime("%m-%d-%Y")


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar

    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(d.day, last))


# --------------------------------------------------------------------------------------------
# DOCX helpers
# --------------------------------------------------------------------------------------------


def new_doc(font="Calibri", size=11, margins=1.0, landscape=False, east=None):
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
        rfonts.set(qn(a), east or font)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Inches(margins))
    return doc


def _fmt_run(r, bold=None, italic=None, underline=None, size=None, color=None, font=None, caps=None,
             highlight=None):
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if underline is not None:
        r.underline = underline
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    if caps:
        r.font.all_caps = True
    return r


def P(container, text="", bold=None, italic=None, size=None, align=None, style=None, after=None,
      before=None, underline=None, color=None, font=None, indent=None, first=None, caps=None,
      runs=None, tabs=None):
    """Add a paragraph. `runs` is a list of (text, {fmt}) pairs; text may contain \t and \n."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if runs is None:
        runs = [(text, {})] if text else []
    base = dict(bold=bold, italic=italic, size=size, underline=underline, color=color, font=font,
                caps=caps)
    for t, f in runs:
        fmt = dict(base)
        fmt.update(f)
        parts = t.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            _fmt_run(r, **fmt)
            if i < len(parts) - 1:
                r.add_break()
    pf = p.paragraph_format
    if align:
        pf.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                        "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent is not None:
        pf.left_indent = Inches(indent)
    if first is not None:
        pf.first_line_indent = Inches(first)
    if tabs:
        for t in tabs:
            pf.tab_stops.add_tab_stop(Inches(t))
    return p


def LP(container, label, value, sep=": ", lbold=True, **kw):
    """Label: value paragraph."""
    return P(container, runs=[(label + sep, {"bold": lbold}), (value, {})], **kw)


def H(doc, text, level=1):
    return doc.add_heading(text, level=level)


def cell_text(cell, text, bold=None, size=None, italic=None, align=None, color=None):
    """Replace a cell's text; text may contain \n for line breaks (new paragraphs with ||)."""
    cell.text = ""
    paras = text.split("||")
    p = cell.paragraphs[0]
    for i, ptxt in enumerate(paras):
        if i:
            p = cell.add_paragraph()
        lines = ptxt.split("\n")
        for j, ln in enumerate(lines):
            r = p.add_run(ln)
            _fmt_run(r, bold=bold, size=size, italic=italic, color=color)
            if j < len(lines) - 1:
                r.add_break()
        if align:
            p.paragraph_format.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER,
                                            "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    return cell


def T(container, rows, style="Table Grid", widths=None, header=False, shade_header=None, size=None,
      bold_col0=False, autofit=False):
    ncols = max(len(r) for r in rows)
    t = container.add_table(rows=len(rows), cols=ncols)
    if style:
        try:
            t.style = style
        except Exception:
            t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j in range(ncols):
            v = row[j] if j < len(row) else ""
            if v is None:
                v = ""
            b = (header and i == 0) or (bold_col0 and j == 0)
            cell_text(t.cell(i, j), str(v), bold=b or None, size=size)
            if shade_header and i == 0 and header:
                shade(t.cell(i, j), shade_header)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Inches(w)
    t.autofit = autofit
    return t


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def merge(t, r1, c1, r2, c2, text=None, bold=None, size=None):
    c = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        cell_text(c, text, bold=bold, size=size)
    return c


def no_borders(t):
    tbl = t._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def para_border(p, sides=("top", "bottom", "left", "right"), sz=8):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for s in sides:
        e = OxmlElement(f"w:{s}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "4")
        e.set(qn("w:color"), "000000")
        bdr.append(e)
    pPr.append(bdr)


def para_shade(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _field(p, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def header_footer(doc, header=None, footer=None, page_numbers=False, hsize=8, fsize=8, halign=None,
                  falign=None):
    sec = doc.sections[0]
    if header is not None:
        hp = sec.header.paragraphs[0]
        for i, ln in enumerate(header.split("\n")):
            r = hp.add_run(ln)
            r.font.size = Pt(hsize)
            if i < len(header.split("\n")) - 1:
                r.add_break()
        if halign:
            hp.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[halign]
    if footer is not None or page_numbers:
        fp = sec.footer.paragraphs[0]
        if footer:
            r = fp.add_run(footer)
            r.font.size = Pt(fsize)
        if page_numbers:
            r = fp.add_run(("    " if footer else "") + "Page ")
            r.font.size = Pt(fsize)
            _field(fp, "PAGE")
            r = fp.add_run(" of ")
            r.font.size = Pt(fsize)
            _field(fp, "NUMPAGES")
        if falign:
            fp.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[falign]


def header_table(doc, rows, size=8):
    """A borderless table in the page header (identifiers in the header)."""
    sec = doc.sections[0]
    hdr = sec.header
    t = hdr.add_table(rows=len(rows), cols=len(rows[0]), width=Inches(7))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, size=size)
    return t


_SDT_ID = [1000]


def sdt_inline(p, text, tag, placeholder=False, bold=None):
    """Append an inline content control (plain text) holding `text` to paragraph p."""
    _SDT_ID[0] += 1
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    pr.append(alias)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    pr.append(tg)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(_SDT_ID[0]))
    pr.append(i)
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    content.append(r)
    sdt.append(content)
    p._p.append(sdt)
    return sdt


def sdt_date(p, d, fmt_text, tag):
    """Inline date-picker content control."""
    _SDT_ID[0] += 1
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    pr.append(alias)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(_SDT_ID[0]))
    pr.append(i)
    date = OxmlElement("w:date")
    date.set(qn("w:fullDate"), d.isoformat() + "T00:00:00Z")
    df = OxmlElement("w:dateFormat")
    df.set(qn("w:val"), "M/d/yyyy")
    date.append(df)
    pr.append(date)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = fmt_text
    r.append(t)
    content.append(r)
    sdt.append(content)
    p._p.append(sdt)


def checkbox_sdt(p, checked, label):
    """A Word 2010 checkbox content control followed by its label."""
    _SDT_ID[0] += 1
    W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(_SDT_ID[0]))
    pr.append(i)
    cb = copy.deepcopy(_w14_checkbox(checked, W14))
    pr.append(cb)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "\u2612" if checked else "\u2610"
    r.append(t)
    content.append(r)
    sdt.append(content)
    p._p.append(sdt)
    p.add_run(" " + label + "   ")


def _w14_checkbox(checked, W14):
    from lxml import etree

    cb = etree.Element("{%s}checkbox" % W14, nsmap={"w14": W14})
    c = etree.SubElement(cb, "{%s}checked" % W14)
    c.set("{%s}val" % W14, "1" if checked else "0")
    return cb


_REV_ID = [500]


def tracked(p, text, kind, author="", date=FIXED_DT):
    """Append a tracked insertion (kind='ins') or deletion (kind='del') run to paragraph p."""
    _REV_ID[0] += 1
    el = OxmlElement(f"w:{kind}")
    el.set(qn("w:id"), str(_REV_ID[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date.strftime("%Y-%m-%dT%H:%M:%SZ"))
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)
    return el


def comment(doc, runs, text, author, initials, when=FIXED_DT):
    c = doc.add_comment(runs, text=text, author=author, initials=initials)
    c._comment_elm.date = when
    return c


def save_docx(doc, name, title, author, company=None):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    buf = io.BytesIO()
    doc.save(buf)
    write_stable_zip(buf.getvalue(), os.path.join(OUT, name))


def write_stable_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def write_text(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)

# --------------------------------------------------------------------------------------------
# profiles: finding kinds each one can report at error or warning (as of March 2026; read from
# payer_profiles/*.yaml and `authcheck profiles show ID --resolved --as-of 2026-03-15`).
# Kinds that are only info (readability everywhere, amount-missing under
# medicare-outpatient-therapy) are not listed.
# --------------------------------------------------------------------------------------------

BASE = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
        "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
KINDS = {
    "base-treatment-plan": set(BASE),
    "medicare-psychotherapy": BASE | {
        "credential-missing", "signature-missing", "duration-exceeds-limit", "duration-missing",
        "goal-not-measurable", "goal-missing", "intervention-missing", "objective-not-measurable",
        "objective-not-time-bound", "plan-outdated", "amount-missing", "frequency-missing"},
    "medicare-outpatient-therapy": BASE | {
        "signature-missing", "duration-missing", "goal-not-measurable", "goal-missing",
        "intervention-missing", "credential-not-permitted", "signature-late", "plan-late",
        "review-interval-exceeded", "review-overdue", "frequency-missing"},
    "medicare-home-health": BASE | {
        "duration-missing", "goal-not-measurable", "goal-missing", "intervention-missing",
        "credential-not-permitted", "signature-missing", "review-interval-exceeded", "review-overdue",
        "frequency-missing"},
    "commercial-aba": BASE | {
        "assessment-missing", "assessment-outdated", "caregiver-goal-missing", "signature-missing",
        "diagnosis-not-covered", "duration-exceeds-limit", "baseline-missing", "goal-not-measurable",
        "goal-missing", "goal-not-time-bound", "review-date-missing", "review-interval-exceeded",
        "amount-missing"},
    "pa-55-5200": {"field-missing", "signature-missing", "duration-missing", "goal-missing",
                   "intervention-missing", "objective-missing", "plan-late"},
    "ny-oasas-818": {"field-missing", "signature-missing", "diagnosis-missing", "goal-missing",
                     "intervention-missing", "signature-late", "plan-late"},
    "fl-65d-30": {"field-missing", "signature-missing", "goal-missing", "intervention-missing",
                  "objective-not-measurable", "objective-missing", "objective-not-time-bound",
                  "plan-late", "frequency-missing", "signature-late"},
    "ca-title9-ntp": {"field-missing", "signature-missing", "goal-missing", "objective-missing",
                      "objective-not-time-bound", "signature-late", "plan-late", "review-date-missing",
                      "review-interval-exceeded", "review-overdue"},
    "tx-26tac-564": {"signature-missing", "duration-missing", "goal-missing",
                     "objective-not-measurable", "objective-missing", "objective-not-time-bound",
                     "intervention-missing", "frequency-missing"},
}

# --------------------------------------------------------------------------------------------
# self-check of every date, deadline and interval against the profile numbers
# --------------------------------------------------------------------------------------------

PLAN_DEADLINE = {"pa-55-5200": 30, "ny-oasas-818": 7, "ca-title9-ntp": 28}
FL_LEVEL_DAYS = {"intensive inpatient": 3, "residential level 1": 7, "residential level 2": 15,
                 "residential level 3": 15, "residential level 4": 15,
                 "day or night treatment with community housing": 15, "day or night treatment": 10,
                 "methadone": 30}
DATE_KINDS = {"plan-late", "signature-late", "review-interval-exceeded", "review-overdue",
              "plan-outdated", "duration-exceeds-limit", "assessment-outdated", "date-inconsistent"}


def date_kinds(profiles, f, as_of):
    """The date-derived finding kinds a careful reviewer expects from the plan's facts `f`."""
    k = set()
    plan = f.get("plan")
    admit = f.get("admit")
    first = f.get("first_tx")
    sig = f.get("sig", {})  # role -> date (None = undated)
    sched = sorted(f.get("reviews", []))
    done = sorted(f.get("done", []))
    # state plan deadlines counted from admission
    for p, days in PLAN_DEADLINE.items():
        if p in profiles and admit and plan and (plan - admit).days > days:
            k.add("plan-late")
    if "fl-65d-30" in profiles and admit and plan:
        # the level's deadline, or the rule's default 30 days when the level is not one the profile lists
        lvl = f.get("fl_level")
        if (plan - admit).days > (FL_LEVEL_DAYS[lvl] if lvl else 30):
            k.add("plan-late")
    if "medicare-outpatient-therapy" in profiles:
        if plan > first:
            k.add("plan-late")
        if sig.get("physician") and (sig["physician"] - first).days > 30:
            k.add("signature-late")
        ends = sched + ([f["period"][1]] if f.get("period") else [])
        if ends and (min(ends) - first).days > 90:
            k.add("review-interval-exceeded")
        if any(e < as_of for e in ends) and not done:
            k.add("review-overdue")
    if "medicare-home-health" in profiles:
        anchor = first or plan
        ends = sched + ([f["period"][1]] if f.get("period") else [])
        if ends and (min(ends) - anchor).days > 60:
            k.add("review-interval-exceeded")
        if any(e < as_of for e in ends) and not done:
            k.add("review-overdue")
    if "ny-oasas-818" in profiles and sig.get("physician") and (sig["physician"] - admit).days > 10:
        k.add("signature-late")
    if "fl-65d-30" in profiles and sig.get("supervisor") and (sig["supervisor"] - plan).days > 10:
        k.add("signature-late")
    if "ca-title9-ntp" in profiles:
        for role in ("supervisor", "physician"):
            if sig.get(role) and (sig[role] - plan).days > 14:
                k.add("signature-late")
        if sched and (sched[0] - admit).days > 92:
            k.add("review-interval-exceeded")
        if any(s < as_of for s in sched) and not [d for d in done if d >= sched[0]]:
            k.add("review-overdue")
    if "commercial-aba" in profiles:
        if sched and (sched[0] - plan).days > 184:
            k.add("review-interval-exceeded")
        s, e = f["period"]
        if e > add_months(s, 6):
            k.add("duration-exceeds-limit")
        if (plan - max(f["assess"])).days > 365:
            k.add("assessment-outdated")
    if "medicare-psychotherapy" in profiles:
        last = max([plan] + done)
        if (as_of - last).days > 365:
            k.add("plan-outdated")
        if f.get("duration_days") is not None and f["duration_days"] >= 365:
            k.add("duration-exceeds-limit")
    # consistency
    bad = False
    if f.get("dob") and f["dob"] >= plan:
        bad = True
    if admit and admit > plan:
        bad = True
    if admit and first and admit > first:
        bad = True
    for r, d in sig.items():
        if d and (d < plan or d > as_of):
            bad = True
    for t in f.get("targets", []):
        if t <= plan:
            bad = True
    for r in sched + done:
        if r <= plan:
            bad = True
    for a in f.get("assess", []):
        if a > as_of:
            bad = True
    if f.get("period") and f["period"][1] <= f["period"][0]:
        bad = True
    if bad:
        k.add("date-inconsistent")
    return k


PLANS = []


def plan(file, payer, states, as_of, gaps, notes, facts, unsure=(), fmt="docx"):
    """Register one plan's label (the builder writes the file)."""
    profiles = [payer] + list(states)
    declared = {g for alts in gaps for g in alts}
    got = date_kinds(profiles, facts, as_of)
    # every date-derived gap is declared and every declared date gap follows from the facts
    declared_date = {g for alts in gaps for g in alts[:1] if g in DATE_KINDS}
    assert got == declared_date, (file, got, declared_date)
    kinds = set().union(*(KINDS[p] for p in profiles))
    for alts in gaps:
        assert any(a in kinds for a in alts), (file, alts)
    mnr = sorted(kinds - declared - set(unsure) - {"readability"})
    if unsure:
        notes += " Left out of must_not_report as uncertain: " + ", ".join(sorted(unsure)) + "."
    args = ["--payer", payer]
    for s in states:
        args += ["--state", s]
    args += ["--as-of", as_of.isoformat()]
    PLANS.append({"file": file, "check_with": args, "must_report": [list(a) for a in gaps],
                  "must_not_report": mnr, "notes": notes, "_fmt": fmt, "_profiles": profiles})

# ============================================================================================
# Medicare outpatient psychotherapy (and Pennsylvania outpatient clinics)
# ============================================================================================


def s01():
    f = f_us
    pd, asof = D(2026, 2, 11), D(2026, 3, 4)
    n1 = npi("163947120")
    doc = new_doc("Calibri", 11, 0.9)
    header_footer(doc, header="Willow Bend Counseling, PLLC  |  2270 Orchard Park Rd, Suite 140  |  Tel 555-0148",
                  footer="CONFIDENTIAL: protected health information. Willow Bend Counseling, PLLC",
                  page_numbers=True, halign="c")
    H(doc, "Individualized Treatment Plan", 0)
    t = T(doc, [["Client name", "Harold J. Pruitt", "Date of birth", f(D(1951, 6, 14))],
                ["Medicare ID (MBI)", "4TQ9-HA2-RK57", "Plan established", f(pd)],
                ["Primary clinician", "Naomi Ferreira, LCSW", "Clinician NPI", n1],
                ["Referral", "Dr. P. Galloway (PCP)", "Payer", "Medicare Part B"]],
          widths=[1.5, 2.1, 1.4, 1.8], bold_col0=True)
    for r in t.rows:
        cell_text(r.cells[2], r.cells[2].text, bold=True)
    H(doc, "Diagnoses (ICD-10-CM)", 1)
    T(doc, [["Code", "Description", "Rank"], ["F33.1", "Major depressive disorder, recurrent, moderate", "Primary"],
            ["Z63.4", "Disappearance and death of family member (bereavement, wife died 2024)", "Secondary"]],
      header=True, shade_header="D9E2F3", widths=[0.9, 4.6, 1.2])
    H(doc, "Presenting problem", 1)
    P(doc, "Mr. Pruitt (74) was referred by his primary care physician after a PHQ-9 of 18 at his annual wellness "
           "visit. He reports low mood most days, poor sleep (3-4 hours a night), loss of interest in church and "
           "woodworking, and withdrawal from his adult children since the death of his wife in 2024. No suicidal "
           "ideation, plan or intent (C-SSRS screen negative " + f(pd) + ").")
    H(doc, "Goals, objectives and interventions", 1)
    rows = [["#", "Goal / Objective", "Target date", "Interventions"],
            ["Goal 1", "Harold will have a more stable mood and return to the daily routines he values.", "", ""],
            ["1a", "Harold will lower his PHQ-9 score from 18 to 9 or below.", f(D(2026, 5, 13)),
             "CBT for depression; PHQ-9 every 4 weeks"],
            ["1b", "Harold will leave the house for a planned activity (church, senior center, walk with neighbor) "
                   "on at least 4 days a week, as shown in his activity log.", f(D(2026, 4, 15)),
             "Behavioral activation; activity scheduling"],
            ["Goal 2", "Harold will sleep better and spend less time dwelling on the loss.", "", ""],
            ["2a", "Harold will sleep at least 6 hours on 5 of 7 nights, per his sleep diary.", f(D(2026, 4, 29)),
             "Sleep hygiene education; stimulus control"],
            ["2b", "Harold will complete a thought record at least 3 times a week and bring it to 8 of 10 sessions.",
             f(D(2026, 6, 10)), "Cognitive restructuring; grief-focused work"]]
    t = T(doc, rows, header=True, shade_header="D9E2F3", widths=[0.6, 3.6, 1.1, 1.9], size=10)
    for i in (1, 4):
        merge(t, i, 1, i, 3, rows[i][1], bold=True, size=10)
        cell_text(t.cell(i, 0), rows[i][0], bold=True, size=10)
    H(doc, "Services", 1)
    T(doc, [["Service", "CPT", "Session length", "Frequency"],
            ["Individual psychotherapy", "90837", "53-60 minutes", "Once weekly"],
            ["Family psychotherapy (with patient; son and daughter)", "90847", "50 minutes", "Once monthly"]],
      header=True, widths=[3.0, 0.8, 1.5, 1.5])
    LP(doc, "Expected duration", f"6 months ({f(pd)} through {f(D(2026, 8, 11))})", before=8)
    LP(doc, "Discharge criteria", "PHQ-9 below 10 on two consecutive administrations and resumed weekly activities.")
    H(doc, "Signatures", 1)
    P(doc, "Electronically signed: Naomi Ferreira, LCSW   " + f(pd) + " 15:42", italic=True)
    P(doc, "Client: I took part in writing this plan and I agree with it.")
    P(doc, "Harold J. Pruitt (signed on signature pad)      Date: " + f(pd))
    save_docx(doc, "s01_plan.docx", "Treatment Plan", "nferreira")
    plan("s01_plan.docx", "medicare-psychotherapy", [], asof, [],
         "Clean. Table-based private-practice plan: identifying grid, ICD table, goal/objective table with merged "
         "goal rows, services table, e-signature line.",
         {"plan": pd, "dob": D(1951, 6, 14), "sig": {"clinician": pd, "client": pd}, "duration_days": 181,
          "targets": [D(2026, 5, 13), D(2026, 4, 15), D(2026, 4, 29), D(2026, 6, 10)]})


def s02():
    pd, asof = D(2026, 3, 2), D(2026, 3, 10)
    doc = new_doc("Georgia", 10.5, 0.8)
    P(doc, runs=[("Rebecca Thornquist", {"bold": True, "size": 14}), ("\nIndividual & Couples Therapy", {"italic": True})],
      align="c", after=0)
    P(doc, "412 Alder Street, Suite 3  \u2022  Provider NPI " + bad_npi("148263075") + "  \u2022  555-0172",
      align="c", size=8.5, after=10)
    P(doc, "TREATMENT PLAN", bold=True, align="c", size=12, after=6)
    P(doc, runs=[("Pt:\t", {"bold": True}), ("Denise Albright", {}), ("\tDOB:\t", {"bold": True}), ("11/2/57", {})],
      tabs=[0.9, 3.5, 4.1], after=0)
    P(doc, runs=[("Medicare #:\t", {"bold": True}), ("7FJ2-WN6-TY83", {}), ("\tDate:\t", {"bold": True}),
                 (f_short(pd), {})], tabs=[0.9, 3.5, 4.1], after=0)
    P(doc, runs=[("Dx:\t", {"bold": True}), ("F41.1  Generalized anxiety disorder", {})], tabs=[0.9], after=8)
    P(doc, runs=[("Problem: ", {"bold": True}),
                 ("Constant worry about health and finances since retiring; muscle tension, irritability, "
                  "trouble falling asleep. Stopped driving on the interstate after a near-miss in 2025. "
                  "GAD-7 today = 16.", {})], after=6)
    P(doc, runs=[("Goal 1 ", {"bold": True}), ("- Worry less and feel in control of it.", {})], after=0)
    P(doc, "a.  Reduce GAD-7 from 16 to under 8 by 6/22/26.", indent=0.3, after=0)
    P(doc, "b.  Use paced breathing or 5-4-3-2-1 grounding when worry starts, at least 5 days/wk per log, by 5/25/26.",
      indent=0.3, after=4)
    P(doc, runs=[("Goal 2 ", {"bold": True}), ("- Get back to driving where she needs to.", {})], after=0)
    P(doc, "a.  Drive on the interstate for 10+ minutes on 3 separate days with SUDS 4/10 or lower, by 6/1/26.",
      indent=0.3, after=6)
    P(doc, runs=[("Tx: ", {"bold": True}),
                 ("CBT for GAD (worry exposure, cognitive restructuring), graded in-vivo exposure for driving. "
                  "Individual psychotherapy 90834, 45 min, 1x/wk for 16 weeks.", {})], after=6)
    P(doc, "Crisis: call or text 988, or go to the nearest ER.", italic=True, size=8.5, after=14)
    P(doc, "/s/ Rebecca Thornquist\t" + f_short(pd), tabs=[3.5], after=0)
    P(doc, "Therapist", size=8.5, after=8)
    P(doc, "Denise Albright\t" + f_short(pd), tabs=[3.5], after=0)
    P(doc, "Client", size=8.5)
    save_docx(doc, "s02_plan.docx", "", "Owner")
    plan("s02_plan.docx", "medicare-psychotherapy", [], asof, [["credential-missing"], ["identifier-invalid"]],
         "Gaps: the therapist signs '/s/ Rebecca Thornquist' with no credential anywhere on the plan; the provider "
         "NPI in the letterhead fails its check digit. Layout: one page, letterhead, tab-aligned labels, short dates, "
         "hand-lettered goals a./b.",
         {"plan": pd, "dob": D(1957, 11, 2), "sig": {"clinician": pd, "client": pd}, "duration_days": 112,
          "targets": [D(2026, 6, 22), D(2026, 5, 25), D(2026, 6, 1)]})


def s03():
    f = f_us
    pd, asof = D(2026, 1, 20), D(2026, 3, 12)
    doc = new_doc("Arial", 10, 0.75)
    header_footer(doc, header="MERCY RIDGE BEHAVIORAL HEALTH - OUTPATIENT SERVICES\nPatient: Langford, Curtis R.   "
                              "MRN 00482291   DOB 02/27/1960", footer="Form BH-OP-12 (rev. 08/2024)",
                  page_numbers=True)
    P(doc, "OUTPATIENT PSYCHOTHERAPY TREATMENT PLAN", bold=True, size=13, align="c", after=10)
    P(doc, "1.0  IDENTIFYING INFORMATION", bold=True, color="1F3864", after=2)
    T(doc, [["Patient Name:", "Curtis R. Langford", "Medicare Beneficiary ID:", "2RM8-KD4-PX19"],
            ["Date of Birth:", f(D(1960, 2, 27)), "Date of Plan:", f(pd)],
            ["Treating Provider:", "Audrey Pennington, PhD", "Provider NPI:", npi("129384756")]],
      style=None, widths=[1.4, 2.1, 1.8, 1.7])
    P(doc, "2.0  DIAGNOSTIC IMPRESSION", bold=True, color="1F3864", before=8, after=2)
    P(doc, "F31.81  Bipolar II disorder (principal)", indent=0.3, after=0)
    P(doc, "F41.1   Generalized anxiety disorder", indent=0.3, after=4)
    P(doc, "3.0  REASON FOR TREATMENT", bold=True, color="1F3864", before=8, after=2)
    P(doc, "Mr. Langford was discharged from the partial hospitalization program on 01/09/2026 after a depressive "
           "episode. He is followed for medication by Dr. Ostrowski. He reports daily anxiety, fragmented sleep and "
           "difficulty keeping a routine since leaving work on disability.")
    P(doc, "4.0  PROBLEMS, GOALS AND OBJECTIVES", bold=True, color="1F3864", before=8, after=2)
    P(doc, "Problem #1: Depressive and hypomanic mood episodes disrupt daily functioning.", bold=True, after=0)
    P(doc, "Long-term goal: Curtis will keep a stable mood and a regular daily routine.", indent=0.25, after=0)
    P(doc, "STO 1a. Curtis will track mood and sleep daily on the mood chart on at least 6 of 7 days for 8 consecutive "
           "weeks. Target: 04/20/2026", indent=0.5, after=0)
    P(doc, "STO 1b. Curtis will name 3 personal early warning signs of hypomania and write an action step for each in "
           "his relapse-prevention plan. Target: 03/17/2026", indent=0.5, after=4)
    P(doc, "Problem #2: Excessive worry.", bold=True, after=0)
    P(doc, "Long-term goal: Curtis will manage worry so it no longer keeps him from leaving home.", indent=0.25, after=0)
    P(doc, "STO 2a. Curtis will reduce his GAD-7 score from 15 to 7 or less. Target: 06/16/2026", indent=0.5, after=0)
    P(doc, "STO 2b. Curtis will attend at least 3 of 4 scheduled outside activities each month, as recorded in "
           "session. Target: 05/19/2026", indent=0.5, after=4)
    P(doc, "5.0  TREATMENT MODALITIES AND SCHEDULE", bold=True, color="1F3864", before=8, after=2)
    T(doc, [["Modality", "Code", "Length", "Frequency"],
            ["Individual psychotherapy (IPSRT, CBT)", "90834", "45 minutes", "Weekly"],
            ["Group psychotherapy (mood disorders group)", "90853", "75 minutes", "Weekly"]],
      header=True, widths=[3.2, 0.8, 1.2, 1.2])
    P(doc, "Anticipated length of treatment: 12 months", bold=True, before=6)
    P(doc, "Discharge plan: step down to monthly sessions once STOs are met; continue medication management with "
           "psychiatry.")
    P(doc, "6.0  SIGNATURES", bold=True, color="1F3864", before=8, after=2)
    T(doc, [["", "Name / Credentials", "Signature", "Date"],
            ["Treating provider", "Audrey Pennington, PhD, Licensed Psychologist", "Audrey Pennington", f(pd)],
            ["Patient", "Curtis R. Langford", "Curtis Langford", f(pd)]], header=True, widths=[1.3, 2.6, 1.7, 1.1])
    save_docx(doc, "s03_plan.docx", "BH-OP-12", "MRBH")
    plan("s03_plan.docx", "medicare-psychotherapy", [], asof, [["duration-exceeds-limit"]],
         "Gap: anticipated length of treatment 12 months, not less than one year as the NGS article requires. "
         "Layout: hospital outpatient form with numbered section captions in bold colored text (no heading styles), "
         "patient identifiers in the page header, STO 1a/1b numbering, signature table.",
         {"plan": pd, "dob": D(1960, 2, 27), "sig": {"clinician": pd, "client": pd}, "duration_days": 365,
          "targets": [D(2026, 4, 20), D(2026, 3, 17), D(2026, 6, 16), D(2026, 5, 19)]})


def s04():
    pd, asof = D(2025, 2, 18), D(2026, 3, 9)
    doc = new_doc("Times New Roman", 12, 1.0)
    P(doc, "Clearwater Counseling Associates", bold=True, size=14, after=0)
    P(doc, "Treatment Plan", after=12)
    P(doc, "Client:  Bernadette Cole          DOB:  09/09/1948          Medicare ID:  5AC3-JE7-UH22", after=0)
    P(doc, "Date of plan:  2/18/2025          Therapist:  Luis Ortega-Baird, LPC", after=12)
    P(doc, "Diagnosis:   F32.1   Major depressive disorder, single episode, moderate", after=12)
    P(doc, "Ms. Cole came in after her husband moved to memory care. She describes crying spells, poor appetite "
           "(lost about 9 lbs), and not wanting to see friends. PHQ-9 was 16 at intake. She denies thoughts of "
           "self-harm. She has support from her sister and her parish.", first=0.5)
    P(doc, "Goals", bold=True, underline=True, before=6)
    P(doc, "1)   Ms. Cole wants to feel like herself again and get back to her friends and church.  We will work "
           "toward this with supportive and cognitive therapy.  Objective:  She will bring her PHQ-9 down from 16 to "
           "below 10 by 6/30/2025.  Objective:  She will have lunch or coffee with a friend at least once a week, "
           "which she will track on her calendar, by 5/15/2025.", first=0.0)
    P(doc, "2)   She would like to cope with caregiver guilt.  Objective:  She will visit her husband on a set schedule "
           "(no more than 4 visits a week) and use one self-care activity after each visit, on at least 3 of 4 weeks "
           "a month, by 7/31/2025.")
    P(doc, "Treatment", bold=True, underline=True, before=6)
    P(doc, "Individual psychotherapy (90834), 45 minute sessions, once a week.  Supportive therapy, CBT, "
           "grief/caregiver stress work.  Plan to continue for approximately 10 months, then reassess.")
    P(doc, "", after=18)
    P(doc, "Electronically signed by Luis Ortega-Baird, LPC on 2/18/2025 4:12 PM", italic=True, size=10)
    save_docx(doc, "s04_plan.docx", "plan", "LOB")
    plan("s04_plan.docx", "medicare-psychotherapy", [], asof, [["plan-outdated"]],
         "Gap: the plan dated 2/18/2025 is 384 days old on the as-of date 2026-03-09 and no review or update is "
         "recorded (limit 365 days). Layout: sloppy Times New Roman page, labels spaced out on one line, goals "
         "written as narrative paragraphs with 'Objective:' inline, hand-typed 1) 2) numbering.",
         {"plan": pd, "dob": D(1948, 9, 9), "sig": {"clinician": pd}, "duration_days": 304,
          "targets": [D(2025, 6, 30), D(2025, 5, 15), D(2025, 7, 31)]})


BOILER_CONSENT = (
    "I understand that my treatment plan is developed with me and that I may ask for changes at any time. I "
    "understand that the information I share is confidential, except where the law requires disclosure: when there "
    "is a serious risk of harm to myself or others, when abuse or neglect of a child, an elder or a dependent adult "
    "is suspected, or when a court orders the release of records. I understand that I may withdraw my consent to "
    "treatment at any time, in writing, and that withdrawing consent does not affect services already provided. "
    "I have received a copy of the Notice of Privacy Practices and the Client Rights and Responsibilities.")
BOILER_CRISIS = (
    "If you are in crisis: call or text 988 (Suicide & Crisis Lifeline), call 911, or go to the nearest emergency "
    "department. After hours, the on-call clinician can be reached through the main number; messages left on the "
    "portal are not monitored after 5 PM or on weekends.")
BOILER_CANCEL = (
    "Appointments cancelled with less than 24 hours' notice, and missed appointments, may be charged according to "
    "the financial policy. Three missed appointments in a row without notice may lead to a review of whether "
    "outpatient services continue to fit your needs. Telehealth sessions require a private space and a stable "
    "connection; if the connection fails, the clinician will call the number on file.")


def s05():
    f = f_mon
    pd, rv, nxt, asof = D(2025, 9, 23), D(2026, 2, 24), D(2026, 5, 26), D(2026, 3, 18)
    doc = new_doc("Cambria", 11, 1.0)
    for name, sz, col in (("Heading 1", 14, "385623"), ("Heading 2", 12, "385623")):
        st = doc.styles[name]
        st.font.name = "Cambria"
        st.font.size = Pt(sz)
        st.font.color.rgb = RGBColor.from_string(col)
    header_table(doc, [["Lakeshore Integrated Behavioral Health", "Individual served: Franklin D. Mahoney"],
                       ["Outpatient Behavioral Health Program", "Medicare ID 9HV6-QP1-TD48"]])
    header_footer(doc, footer="LIBH Plan of Care v7  \u2013  Not valid without clinician signature", page_numbers=True,
                  falign="c")
    P(doc, "Person-Centered Plan of Care", bold=True, size=20, color="385623", after=2)
    P(doc, "Original plan with 5-month review / update", italic=True, after=12)
    H(doc, "About the individual served", 1)
    T(doc, [["Name", "Franklin D. Mahoney", "Preferred name", "Frank"],
            ["Date of birth", f(D(1955, 4, 30)), "Medicare Beneficiary Identifier", "9HV6-QP1-TD48"],
            ["Plan date (established)", f(pd), "Most recent review", f(rv)],
            ["Primary therapist", "Marguerite Osei, PsyD", "Program", "Outpatient psychotherapy"]],
      style="Light Grid Accent 6", widths=[1.6, 1.8, 1.8, 1.7])
    H(doc, "Diagnoses", 1)
    P(doc, "F43.12 \u2013 Post-traumatic stress disorder, chronic (primary)", style="List Bullet")
    P(doc, "F10.21 \u2013 Alcohol dependence, in remission (sustained remission since 2019)", style="List Bullet")
    H(doc, "In the individual's words", 1)
    P(doc, "\u201cI want to sleep through the night without the dreams and stop avoiding the places that remind me of "
           "the accident. I want to keep my sobriety.\u201d", italic=True)
    H(doc, "Clinical summary", 1)
    for txt in (
            "Frank is a 70-year-old retired bus driver referred by the VA community care coordinator after a serious "
            "collision in 2023 in which a passenger died. He meets criteria for chronic PTSD (PCL-5 = 58 at intake) "
            "with nightmares 4-5 nights a week, hypervigilance, and avoidance of driving and of the downtown route he "
            "used to drive.",
            "He has been sober from alcohol since 2019 and attends AA twice weekly. He lives with his wife and has two "
            "adult children nearby. He denies current suicidal ideation; a safety plan is on file.",
            "Strengths: long-term sobriety, supportive marriage, insight, humor, reliable attendance."):
        P(doc, txt)
    page_break(doc)
    H(doc, "Goals and objectives (updated at review, " + f(rv) + ")", 1)
    P(doc, "Objectives marked \u2713 were met by the review date and are kept for the record; the active objectives "
           "are below them.", italic=True, size=9.5)
    H(doc, "Goal A \u2013 Fewer trauma symptoms", 2)
    P(doc, "Frank will have fewer and less intense trauma symptoms so that he can sleep and go about his day.")
    T(doc, [["Objective", "Measure", "Target date", "Status"],
            ["A1. Frank will lower his PCL-5 score from 58 to 45 or below.", "PCL-5 monthly", f(D(2025, 12, 22)),
             "\u2713 Met 12/16/2025 (PCL-5 = 44)"],
            ["A2. Frank will lower his PCL-5 score from 44 to below 33.", "PCL-5 monthly", f(D(2026, 5, 26)),
             "Active"],
            ["A3. Frank will report nightmares on no more than 2 nights a week for 4 weeks in a row.",
             "Sleep log", f(D(2026, 5, 26)), "Active (now 3 nights/wk)"]],
      header=True, shade_header="E2EFD9", widths=[3.3, 1.1, 1.1, 1.5], size=10)
    H(doc, "Goal B \u2013 Less avoidance", 2)
    P(doc, "Frank will be able to ride and drive on the routes he now avoids.")
    T(doc, [["Objective", "Measure", "Target date", "Status"],
            ["B1. Frank will complete 6 of the 10 steps on his in-vivo exposure hierarchy with a peak SUDS of 50 or "
             "less.", "Exposure log", f(D(2026, 4, 28)), "Active (4 of 10 done)"],
            ["B2. Frank will drive his wife to the downtown farmers market on 2 occasions.", "Self-report, spouse",
             f(D(2026, 5, 26)), "Active"]],
      header=True, shade_header="E2EFD9", widths=[3.3, 1.1, 1.1, 1.5], size=10)
    H(doc, "Goal C \u2013 Protect recovery", 2)
    P(doc, "Frank will stay sober while trauma work stirs up distress.")
    T(doc, [["Objective", "Measure", "Target date", "Status"],
            ["C1. Frank will attend at least 7 of 8 AA meetings each month and report zero drinking days.",
             "Self-report, sponsor", f(D(2026, 5, 26)), "Active"]],
      header=True, shade_header="E2EFD9", widths=[3.3, 1.1, 1.1, 1.5], size=10)
    H(doc, "Services and interventions", 1)
    T(doc, [["Service", "CPT", "Amount", "Frequency", "Provider"],
            ["Individual psychotherapy (Prolonged Exposure, CPT-based cognitive work)", "90837", "60 minutes",
             "1 time per week", "M. Osei, PsyD"],
            ["Group psychotherapy (Seeking Safety)", "90853", "90 minutes", "1 time per week", "K. Brandt, LCSW"]],
      header=True, style="Light List Accent 6", widths=[2.6, 0.7, 1.0, 1.2, 1.3], size=10)
    P(doc, "")
    LP(doc, "Estimated duration", "9 months from the plan date; anticipated discharge " + f(D(2026, 6, 23)))
    LP(doc, "Next plan review", f(nxt))
    LP(doc, "Discharge criteria", "PCL-5 below 33 on two consecutive months; drives the avoided routes; "
                                  "sobriety maintained.")
    page_break(doc)
    H(doc, "Review / update history", 1)
    T(doc, [["Date", "Type", "Summary", "By"],
            [f(pd), "Initial plan", "Plan established with Frank and his wife.", "M. Osei, PsyD"],
            [f(rv), "Plan review (completed)", "PCL-5 down from 58 to 44; A1 met; A2 and A3 added; "
                                               "exposure hierarchy 4 of 10 steps. Plan continued.", "M. Osei, PsyD"]],
      header=True, widths=[1.1, 1.4, 3.3, 1.2], size=10)
    H(doc, "Crisis and safety", 1)
    P(doc, BOILER_CRISIS)
    P(doc, "Frank's safety plan (dated " + f(pd) + ") lists his wife, his AA sponsor and the VA Veterans Crisis Line "
           "(988, press 1) as contacts.")
    H(doc, "Consent and rights", 1)
    P(doc, BOILER_CONSENT)
    P(doc, BOILER_CANCEL)
    page_break(doc)
    H(doc, "Signatures", 1)
    P(doc, "Initial plan", bold=True)
    T(doc, [["Individual served", "Franklin D. Mahoney", "Signed in person", f(pd)],
            ["Therapist", "Marguerite Osei, PsyD, Licensed Psychologist", "Electronically signed", f(pd)]],
      widths=[1.5, 2.6, 1.6, 1.2])
    P(doc, "")
    P(doc, "Review of " + f(rv), bold=True)
    T(doc, [["Individual served", "Franklin D. Mahoney", "Signed in person", f(rv)],
            ["Therapist", "Marguerite Osei, PsyD, Licensed Psychologist", "Electronically signed", f(rv)]],
      widths=[1.5, 2.6, 1.6, 1.2])
    save_docx(doc, "s05_plan.docx", "Person-Centered Plan of Care", "LIBH EHR")
    plan("s05_plan.docx", "medicare-psychotherapy", [], asof, [],
         "Clean. Plan established Sep 23, 2025 and reviewed (completed) Feb 24, 2026, so it is current on "
         "2026-03-18; estimated duration 9 months. Layout: long (5 pages), identifiers in a header table, Mon d, YYYY "
         "dates, met and active objectives in status tables, review history table, crisis/consent boilerplate, "
         "separate signature tables for the plan and its review.",
         {"plan": pd, "dob": D(1955, 4, 30), "sig": {"clinician": pd, "client": pd}, "done": [rv],
          "reviews": [nxt], "duration_days": 273,
          "targets": [D(2025, 12, 22), D(2026, 5, 26), D(2026, 4, 28)]})


def s06():
    pd, asof = D(2026, 2, 26), D(2026, 3, 13)
    end = D(2026, 8, 25)
    n = npi("176540213")
    pt, pr, cond, cp = "pt-7731", "pr-22", "cond-1", "cp-1"
    def ref(t, i):
        return {"reference": f"{t}/{i}"}
    res = [
        {"resourceType": "Patient", "id": pt,
         "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": "6WE1CN5GR70"}],
         "name": [{"family": "Delacroix", "given": ["Ruth", "Ann"]}], "gender": "female", "birthDate": "1952-12-03"},
        {"resourceType": "Practitioner", "id": pr,
         "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": n}],
         "name": [{"family": "Lindqvist", "given": ["Tobias"], "suffix": ["LICSW"]}],
         "qualification": [{"code": {"text": "LICSW", "coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360",
                                                                    "code": "MSW", "display": "Master of Social Work"}]}}]},
        {"resourceType": "Condition", "id": cond,
         "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                        "code": "active"}]},
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                   "code": "problem-list-item"}]}],
         "code": {"coding": [{"system": "http://snomed.info/sct", "code": "47505003",
                              "display": "Posttraumatic stress disorder"}], "text": "Posttraumatic stress disorder"},
         "subject": ref("Patient", pt), "recordedDate": "2026-02-12"},
    ]
    goals = [
        ("g1", "Ruth will reduce her PCL-5 score from 52 to below 33.", "PCL-5 total score", {"comparator": "<", "value": 33},
         "2026-05-27"),
        ("g2", "Ruth will return to grocery shopping on her own at least once a week for 4 consecutive weeks.",
         "Independent shopping trips per week", {"comparator": ">=", "value": 1}, "2026-06-24"),
    ]
    for gid, text, meas, qty, due in goals:
        res.append({"resourceType": "Goal", "id": gid, "lifecycleStatus": "active",
                    "description": {"text": text}, "subject": ref("Patient", pt), "startDate": pd.isoformat(),
                    "target": [{"measure": {"text": meas}, "detailQuantity": qty, "dueDate": due}],
                    "addresses": [ref("Condition", cond)]})
    res.append({"resourceType": "ServiceRequest", "id": "sr1", "status": "active", "intent": "order",
                "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90837",
                                     "display": "Psychotherapy, 60 minutes with patient"}],
                         "text": "Individual psychotherapy (Cognitive Processing Therapy)"},
                "subject": ref("Patient", pt), "requester": ref("Practitioner", pr),
                "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": pd.isoformat(), "end": end.isoformat()},
                                                "frequency": 1, "period": 1, "periodUnit": "wk",
                                                "duration": 53, "durationUnit": "min"}},
                "reasonReference": [ref("Condition", cond)]})
    res.append({"resourceType": "CarePlan", "id": cp, "status": "active", "intent": "plan",
                "title": "Outpatient psychotherapy treatment plan",
                "category": [{"text": "Outpatient psychotherapy"}],
                "subject": ref("Patient", pt), "period": {"start": pd.isoformat(), "end": end.isoformat()},
                "created": pd.isoformat(), "author": ref("Practitioner", pr),
                "addresses": [ref("Condition", cond)], "goal": [ref("Goal", "g1"), ref("Goal", "g2")],
                "description": "Cognitive Processing Therapy for chronic PTSD after a 2024 home invasion; weekly "
                               "53-minute sessions for 6 months.",
                "activity": [{"reference": ref("ServiceRequest", "sr1")}]})
    res.append({"resourceType": "Provenance", "id": "prov1", "target": [ref("CarePlan", cp)],
                "recorded": pd.isoformat() + "T16:05:00-05:00",
                "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                                "code": "author"}]}, "who": ref("Practitioner", pr)}],
                "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1",
                                         "display": "Author's Signature"}],
                               "when": pd.isoformat() + "T16:05:00-05:00", "who": ref("Practitioner", pr),
                               "sigFormat": "image/png", "data": "aVZCT1J3MEtHZ29BQUFBTlNVaEVVZ0FBQUFFQUFBQUJDQVlBQUFB"}]})
    bundle = {"resourceType": "Bundle", "id": "bp20-s06", "type": "collection",
              "timestamp": pd.isoformat() + "T16:06:00-05:00",
              "entry": [{"fullUrl": f"https://fhir.northgate-counseling.example/r4/{r['resourceType']}/{r['id']}",
                         "resource": r} for r in res]}
    write_text("s06_careplan.json", json.dumps(bundle, indent=2, ensure_ascii=False) + "\n")
    plan("s06_careplan.json", "medicare-psychotherapy", [], asof, [["diagnosis-code-missing"]],
         "Gap: the only Condition is coded in SNOMED CT (47505003 PTSD) with no ICD-10-CM code. FHIR R4 collection "
         "Bundle: Patient, Practitioner (LICSW), Condition, two Goals with targets and due dates, ServiceRequest with "
         "weekly 53-minute timing, CarePlan with period, Provenance with the author's signature.",
         {"plan": pd, "dob": D(1952, 12, 3), "sig": {"clinician": pd}, "duration_days": (end - pd).days,
          "targets": [D(2026, 5, 27), D(2026, 6, 24)]},
         unsure=["objective-not-measurable", "objective-not-time-bound"], fmt="fhir")



def s07():
    f = f_us
    intake, pd, md, asof = D(2026, 1, 8), D(2026, 1, 29), D(2026, 2, 3), D(2026, 3, 5)
    doc = new_doc("Calibri", 10, 0.6)
    t = T(doc, [["CONESTOGA VALLEY COMMUNITY MENTAL HEALTH CLINIC", "", ""],
                ["Licensed Psychiatric Outpatient Clinic \u2022 Treatment Plan", "", ""]], style="Table Grid")
    merge(t, 0, 0, 0, 2, "CONESTOGA VALLEY COMMUNITY MENTAL HEALTH CLINIC", bold=True, size=13)
    merge(t, 1, 0, 1, 2, "Licensed Psychiatric Outpatient Clinic \u2022 Individual Treatment Plan", size=10)
    shade(t.cell(0, 0), "BDD7EE")
    P(doc, "")
    # captions with the value in the cell below
    t = T(doc, [["Consumer name", "Date of birth", "Medicare ID", "Record #"],
                ["Janet L. Whitcomb", f(D(1961, 7, 19)), "3PD5-XU8-MA96", "CV-20418"],
                ["Intake / admission date", "Treatment plan date", "Primary therapist", "Psychiatrist"],
                ["01/08/2026", f(pd), "Dana Kowalczyk, LPC", "Ramesh Iyer, MD"]], widths=[1.9, 1.8, 1.8, 1.6])
    for r in (0, 2):
        for c in range(4):
            cell_text(t.cell(r, c), t.cell(r, c).text, size=8, bold=True, color="595959")
            shade(t.cell(r, c), "F2F2F2")
    P(doc, "")
    t = T(doc, [["DIAGNOSIS (ICD-10-CM)"], ["F43.12   Post-traumatic stress disorder, chronic\n"
                                           "Z91.410  Personal history of adult physical and sexual abuse"]])
    shade(t.cell(0, 0), "BDD7EE")
    cell_text(t.cell(0, 0), "DIAGNOSIS (ICD-10-CM)", bold=True, size=9)
    P(doc, "")
    p = P(doc, runs=[("Treatment modalities:  ", {"bold": True})])
    checkbox_sdt(p, True, "Individual psychotherapy")
    checkbox_sdt(p, False, "Group psychotherapy")
    checkbox_sdt(p, False, "Family therapy")
    checkbox_sdt(p, True, "Medication management")
    rows = [["PROBLEM / NEED", "GOAL", "OBJECTIVES (measurable)", "TARGET", "INTERVENTION / RESPONSIBLE"],
            ["1. Intrusive memories and panic when leaving home alone", "Janet will feel safe enough to run her own "
             "errands.", "1.1 Janet will rate her fear at 3/10 or lower on SUDS during 4 solo errands a week.\n"
             "1.2 Janet will lower her PCL-5 from 49 to below 35.", "04/30/2026\n\n07/29/2026",
             "Trauma-focused CBT, graded exposure (D. Kowalczyk, LPC)"],
            ["2. Sleep broken by nightmares", "Janet will get restful sleep.",
             "2.1 Janet will sleep 6 or more hours on at least 5 nights a week, per sleep log.",
             "05/28/2026", "Imagery rehearsal therapy; medication review (R. Iyer, MD)"]]
    t = T(doc, rows, header=True, size=9, widths=[1.5, 1.4, 2.2, 0.9, 1.5])
    for c in range(5):
        shade(t.cell(0, c), "BDD7EE")
    P(doc, "")
    T(doc, [["Service", "Code", "Session length", "Frequency", "Expected duration"],
            ["Individual psychotherapy", "90837", "53 min", "weekly", "6 months"],
            ["Medication management (E/M)", "99214", "25 min", "every 4-6 weeks", "6 months"]],
      header=True, size=9)
    P(doc, "")
    P(doc, "Consumer participation: Janet helped write this plan, chose the errands for exposure, and received a copy.",
      size=9, italic=True)
    t = T(doc, [["Consumer", "Mental health professional", "Psychiatrist approval"],
                ["Janet L. Whitcomb", "Dana Kowalczyk, LPC", "Ramesh Iyer, MD"],
                ["Date: " + f(pd), "Date: " + f(pd), "Date: " + f(md)]], size=9)
    for c in range(3):
        shade(t.cell(0, c), "F2F2F2")
    header_footer(doc, footer="CVCMHC TP-3 \u2022 Confidential under 55 Pa. Code \u00a75100", fsize=7)
    save_docx(doc, "s07_plan.docx", "Treatment Plan", "CVCMHC")
    plan("s07_plan.docx", "medicare-psychotherapy", ["pa-55-5200"], asof, [],
         "Clean. Intake 01/08/2026, plan 01/29/2026 (21 days); psychiatrist approval 02/03/2026. Layout: boxed "
         "agency form, captions in shaded cells with the values in the cell below, checkbox content controls, "
         "5-column problem/goal/objective grid with two objectives in one cell, signature grid with dates on a "
         "separate row.",
         {"plan": pd, "admit": intake, "dob": D(1961, 7, 19),
          "sig": {"clinician": pd, "client": pd, "physician": md}, "duration_days": 181,
          "targets": [D(2026, 4, 30), D(2026, 7, 29), D(2026, 5, 28)]})


def s08():
    f = f_long
    intake, pd, ap, asof = D(2026, 1, 6), D(2026, 2, 9), D(2026, 2, 12), D(2026, 3, 13)
    doc = new_doc("Verdana", 9.5, 0.9)
    P(doc, "Allegheny Foothills Counseling Center", bold=True, size=15, color="7B2C2C", after=0)
    P(doc, "Outpatient Mental Health Clinic  \u00b7  Licensed by the PA Office of Mental Health", size=8, after=12)
    P(doc, "TREATMENT PLAN", bold=True, size=12, after=6)
    for lab, val in (("Client", "Walter B. Szymanski"), ("Birth date", f(D(1953, 3, 11))),
                     ("Medicare number", "8KX4-GT9-WV62"), ("Date of intake", f(intake)),
                     ("Date of this plan", f(pd)), ("Therapist", "Theresa Malloy, LCSW")):
        P(doc, runs=[(lab + "\t", {"color": "7B2C2C"}), (val, {"bold": True})], tabs=[1.7], after=0)
    P(doc, "")
    P(doc, "Diagnosis", bold=True, color="7B2C2C", after=0)
    P(doc, "Major depressive disorder, recurrent, moderate (F33.1)", after=8)
    P(doc, "Strengths and needs", bold=True, color="7B2C2C", after=0)
    P(doc, "Walter is a retired steelworker with a close relationship with his daughter. His needs are low mood after "
           "cardiac surgery, isolation, and loss of purpose. PHQ-9 at intake was 17.", after=8)
    P(doc, "Goal 1: Walter will feel less depressed and more engaged with life.", bold=True, after=0)
    P(doc, "Objective 1.1  Lower the PHQ-9 from 17 to 9 or below by " + f(D(2026, 5, 11)) + ".", indent=0.3, after=0)
    P(doc, "Objective 1.2  Do one planned pleasant or meaningful activity (cardiac rehab walk, woodshop, visit with "
           "grandchildren) on at least 5 days a week, by " + f(D(2026, 4, 13)) + ".", indent=0.3, after=6)
    P(doc, "Goal 2: Walter will rebuild social contact.", bold=True, after=0)
    P(doc, "Objective 2.1  Attend the senior center or his VFW post at least twice a week for 4 straight weeks by "
           + f(D(2026, 5, 25)) + ".", indent=0.3, after=8)
    P(doc, "Treatment modality and schedule", bold=True, color="7B2C2C", after=0)
    P(doc, "Individual psychotherapy (CPT 90834), 45-minute sessions, once a week. Approach: behavioral activation "
           "and CBT. Expected duration of treatment: 6 months.", after=8)
    P(doc, "Signatures", bold=True, color="7B2C2C", after=4)
    T(doc, [["Client", "Walter B. Szymanski", f_us(pd)],
            ["Therapist", "Theresa Malloy, LCSW", f_us(pd)],
            ["Reviewed and approved (advanced practice professional)", "Kenji Watanabe, CRNP", f_us(ap)]],
      style=None, widths=[2.6, 2.6, 1.2])
    save_docx(doc, "s08_plan.docx", "Treatment Plan", "AFCC")
    plan("s08_plan.docx", "medicare-psychotherapy", ["pa-55-5200"], asof, [["plan-late"]],
         "Gap: intake January 6, 2026, plan February 9, 2026: 34 days, over the 30-day limit of 55 Pa. Code "
         "5200.31. Approval by a CRNP (Pennsylvania's nurse practitioner title). Layout: colored labels with "
         "tab-aligned bold values, long-form dates, Goal/Objective 1.1 numbering, borderless signature table.",
         {"plan": pd, "admit": intake, "dob": D(1953, 3, 11),
          "sig": {"clinician": pd, "client": pd, "physician": ap}, "duration_days": 181,
          "targets": [D(2026, 5, 11), D(2026, 4, 13), D(2026, 5, 25)]})


def s09():
    intake, pd, md, asof = D(2026, 2, 2), D(2026, 2, 27), D(2026, 3, 2), D(2026, 3, 20)
    doc = new_doc("Courier New", 10, 0.8)
    P(doc, "SUSQUEHANNA FAMILY PSYCHOLOGICAL ASSOCIATES", bold=True, after=0)
    P(doc, "outpatient clinic - treatment plan", after=10)
    P(doc, "Name: Tyler M. Haldeman\t\tDOB: 08/02/2010 (15 y/o)", after=0, tabs=[3.0])
    P(doc, "Medical Assistance ID: 4412087731\t\tIntake: 2/2/2026", after=0, tabs=[3.0])
    P(doc, "Plan date: 2/27/2026\t\tClinician: Jill Marchetti, LPC", after=10, tabs=[3.0])
    P(doc, "Diagnoses:", bold=True, after=0)
    P(doc, "    F90.2   ADHD, combined type", after=0)
    P(doc, "    F41.1   Generalized anxiety disorder", after=10)
    P(doc, "Reason for referral: school refusal (missed 19 days this year), worry about grades, conflict at home over "
           "homework. Referred by school counselor.", after=10)
    P(doc, "GOAL 1   Tyler will go to school every day.", bold=True, after=0)
    P(doc, "  Obj 1.1  Tyler will attend full school days on at least 9 of 10 days for 4 straight weeks, per "
           "attendance record, by 5/1/2026.", after=0)
    P(doc, "  Obj 1.2  Tyler will use a coping card (breathing, helpful thought) on school mornings and rate worry "
           "5/10 or lower on 4 of 5 mornings, by 4/17/2026.", after=8)
    P(doc, "GOAL 2   Less fighting at home about homework.", bold=True, after=0)
    P(doc, "  Obj 2.1  Tyler and his mother will follow the written homework schedule on at least 4 school nights "
           "a week, with no more than 1 argument a week, by 5/29/2026.", after=10)
    P(doc, "Services:", bold=True, after=0)
    P(doc, "  - individual psychotherapy 90834, 45 min, weekly (CBT for anxiety, exposure to school mornings)",
      after=0)
    P(doc, "  - family psychotherapy 90847, 50 min, twice a month with mother", after=0)
    P(doc, "  - medication evaluation/management with Dr. Baptiste as scheduled", after=0)
    P(doc, "Expected duration: through 08/31/2026", after=14)
    P(doc, "Signed:", bold=True, after=4)
    P(doc, "Tyler Haldeman (client)                    date 2/27/26", after=0)
    P(doc, "Karen Haldeman (parent/guardian)           date 2/27/26", after=0)
    P(doc, "Jill Marchetti, LPC (therapist)            date 2/27/26", after=0)
    P(doc, "Owen Baptiste, DO (psychiatrist approval)  date 3/2/26", after=0)
    save_docx(doc, "s09_plan.docx", "", "front desk")
    plan("s09_plan.docx", "base-treatment-plan", ["pa-55-5200"], asof, [],
         "Clean. Adolescent on Medical Assistance (checked with the base profile plus Pennsylvania). Intake 2/2/2026, "
         "plan 2/27/2026 (25 days), DO approval 3/2/26. Layout: monospaced, spaces and tabs for alignment, "
         "uppercase bold GOAL lines instead of headings, hand-typed 'Obj 1.1', signatures as spaced lines.",
         {"plan": pd, "admit": intake, "dob": D(2010, 8, 2),
          "sig": {"clinician": pd, "client": pd, "guardian": pd, "physician": md},
          "targets": [D(2026, 5, 1), D(2026, 4, 17), D(2026, 5, 29)]})


def s10():
    f = f_us4
    intake, pd, sup, asof = D(2026, 2, 10), D(2026, 3, 3), D(2026, 3, 5), D(2026, 3, 17)
    doc = new_doc("Segoe UI", 10, 0.9)
    H(doc, "Lehigh Gap Outpatient Services", 1)
    P(doc, "Comprehensive Treatment Plan", size=12, color="2E74B5", after=8)
    T(doc, [["Individual", "Doris E. Feeney"], ["DOB", f(D(1950, 12, 24))], ["Medicare ID", "1NY7-CF3-KE58"],
            ["Intake date", f(intake)], ["Plan date", f(pd)], ["Level of care", "Outpatient psychotherapy"]],
      style="Light Shading Accent 1", widths=[1.6, 3.5])
    H(doc, "Diagnosis", 2)
    P(doc, "F41.1 Generalized anxiety disorder")
    H(doc, "Goals and objectives", 2)
    P(doc, "Goal 1. Doris will manage her anxiety so she can sleep and care for her garden again.", bold=True)
    P(doc, "Objective A: Doris will reduce her GAD-7 score from 14 to 7 or below by " + f(D(2026, 6, 2)) + ".",
      style="List Bullet")
    P(doc, "Objective B: Doris will practice progressive muscle relaxation at least 5 evenings a week, recorded in "
           "her log, by " + f(D(2026, 4, 14)) + ".", style="List Bullet")
    P(doc, "Goal 2. Doris will spend less time checking on her health.", bold=True)
    P(doc, "Objective A: Doris will cut blood-pressure self-checks from about 10 a day to 2 a day or fewer by "
           + f(D(2026, 5, 12)) + ".", style="List Bullet")
    H(doc, "Treatment", 2)
    P(doc, "Modality: individual psychotherapy (CBT, relaxation training, exposure and response prevention for "
           "checking). CPT 90837, 53 minutes, weekly. Expected duration: 5 months.")
    H(doc, "Signatures", 2)
    T(doc, [["Role", "Name / credentials", "Signature", "Date"],
            ["Individual", "Doris E. Feeney", "Doris E. Feeney", f(pd)],
            ["Therapist (MHP)", "Alana Brooks, MA, LPC", "Alana Brooks", f(pd)],
            ["Clinical supervisor", "Gregory Nwosu, LCSW", "G. Nwosu", f(sup)]],
      header=True, style="Light Grid Accent 1", widths=[1.5, 2.0, 1.6, 1.0])
    save_docx(doc, "s10_plan.docx", "Comprehensive Treatment Plan", "LGOS")
    plan("s10_plan.docx", "medicare-psychotherapy", ["pa-55-5200"], asof, [["signature-missing"]],
         "Gap: a plan that includes psychotherapy carries no approval by a psychiatrist or advanced practice "
         "professional; only the LPC, the individual and an LCSW clinical supervisor signed. Layout: Word heading "
         "styles, identifying data in a two-column shaded table, bulleted objectives, role/name/signature/date table.",
         {"plan": pd, "admit": intake, "dob": D(1950, 12, 24),
          "sig": {"clinician": pd, "client": pd, "supervisor": sup}, "duration_days": 153,
          "targets": [D(2026, 6, 2), D(2026, 4, 14), D(2026, 5, 12)]})


def s11():
    f = f_us
    intake, pd, md, asof = D(2026, 2, 16), D(2026, 3, 6), D(2026, 3, 9), D(2026, 3, 23)
    doc = new_doc("Calibri Light", 11, 1.0)
    header_footer(doc, header="Keystone Pathways Child & Family Clinic \u2014 Treatment Plan \u2014 CONFIDENTIAL",
                  footer="Client: Sofia Petrakis  |  CHIP ID 7003-5528-14  |  DOB 05/30/2013", hsize=9, fsize=8)
    H(doc, "Child & Adolescent Treatment Plan", 0)
    T(doc, [["Child", "Sofia A. Petrakis", "Age", "12"],
            ["Date of birth", f(D(2013, 5, 30)), "CHIP member ID", "7003-5528-14"],
            ["Intake date", f(intake), "Plan date", f(pd)],
            ["Parent / guardian", "Eleni Petrakis (mother)", "Therapist", "Marcus Hale, LCSW"]],
      style="Medium Shading 1 Accent 1", widths=[1.4, 2.0, 1.4, 2.0])
    H(doc, "Diagnosis", 1)
    P(doc, "F93.0  Separation anxiety disorder of childhood")
    H(doc, "Goals", 1)
    P(doc, "Goal 1 \u2014 Sofia will sleep in her own room and go to school without panic.", bold=True)
    p = P(doc, "1a. Sofia will sleep in her own bed through the night on at least 5 of 7 nights, per the family's "
               "chart, by " + f(D(2026, 5, 8)) + ".", indent=0.3)
    comment(doc, p.runs, "Mom says 4 of 7 is more realistic at first - revisit at 6 wks.", "Marcus Hale", "MH")
    P(doc, "1b. Sofia will separate from her mother at school drop-off within 5 minutes on 4 of 5 school days, per "
           "teacher report, by " + f(D(2026, 4, 24)) + ".", indent=0.3)
    P(doc, "Goal 2 \u2014 Mom will respond to Sofia's worry in ways that build her confidence.", bold=True)
    P(doc, "2a. Mrs. Petrakis will use the brave-ladder praise and planned ignoring steps correctly in 4 of 5 "
           "role-plays in session, by " + f(D(2026, 4, 10)) + ".", indent=0.3)
    H(doc, "Services", 1)
    p = P(doc, runs=[("Individual psychotherapy, CPT 90834, 45 minutes, ", {})])
    tracked(p, "every other week", "del", "Marcus Hale", dt.datetime(2026, 3, 6, 14, 20))
    tracked(p, "weekly", "ins", "Marcus Hale", dt.datetime(2026, 3, 6, 14, 20))
    p.add_run(" (exposure-based CBT, coping cards).")
    P(doc, "Family psychotherapy with mother, CPT 90847, 50 minutes, every other week (parent coaching).")
    p = P(doc, runs=[("Expected duration of treatment: ", {"bold": True})])
    tracked(p, "14 months", "del", "Marcus Hale", dt.datetime(2026, 3, 6, 14, 22))
    tracked(p, "6 months", "ins", "Marcus Hale", dt.datetime(2026, 3, 6, 14, 22))
    c = P(doc, "Discharge when goals 1 and 2 are met and SCARED separation subscale is below 7.")
    H(doc, "Signatures", 1)
    t = T(doc, [["Parent/guardian", "Eleni Petrakis", f(pd)], ["Child (assent)", "Sofia Petrakis", f(pd)],
                ["Therapist", "Marcus Hale, LCSW", f(pd)], ["Psychiatrist", "Yusuf Demir, MD", f(md)]],
          style="Table Grid", widths=[1.6, 3.0, 1.4])
    comment(doc, t.cell(3, 1).paragraphs[0].runs, "Signed via EHR after med check.", "front desk", "FD")
    save_docx(doc, "s11_plan.docx", "Child & Adolescent Treatment Plan", "Marcus Hale")
    plan("s11_plan.docx", "base-treatment-plan", ["pa-55-5200"], asof, [],
         "Clean. Child on CHIP; intake 02/16/2026, plan 03/06/2026 (18 days); mother, child, LCSW and psychiatrist "
         "signed. Tracked changes: frequency 'every other week' -> 'weekly' and duration '14 months' (deleted) -> "
         "'6 months' (inserted); two comments. Layout: Title style, shaded identification table, footer with IDs.",
         {"plan": pd, "admit": intake, "dob": D(2013, 5, 30),
          "sig": {"clinician": pd, "client": pd, "guardian": pd, "physician": md},
          "targets": [D(2026, 5, 8), D(2026, 4, 24), D(2026, 4, 10)]})

# ============================================================================================
# Medicare Part B outpatient therapy (PT / OT / SLP)
# ============================================================================================

CERT_TEXT = ("I have reviewed this plan of care and certify a need for these services furnished under this plan of "
             "treatment while under my care.")


def s12():
    f = f_us
    ev, cend, md, asof = D(2026, 2, 16), D(2026, 5, 16), D(2026, 2, 20), D(2026, 3, 6)
    doc = new_doc("Calibri", 10.5, 0.75)
    P(doc, runs=[("RIVERBEND ", {"bold": True, "color": "C55A11"}), ("Physical Therapy & Sports Rehab", {"bold": True})],
      size=16, after=0)
    P(doc, "88 Mill Race Lane \u2022 Fax 555-0190 \u2022 Group NPI " + npi("192837465"), size=8, after=8)
    P(doc, "PHYSICAL THERAPY PLAN OF CARE / CERTIFICATION", bold=True, size=12, align="c", after=6)
    T(doc, [["Patient", "Gloria M. Hanley", "DOB", f(D(1949, 10, 3))],
            ["Medicare ID", "5UV2-RT7-JN34", "Onset", "Chronic, flare 12/2025"],
            ["Referring physician", "Alan Cho, MD (NPI " + npi("104958372") + ")", "Evaluation date (1st visit)", f(ev)],
            ["Plan of care date", f(ev), "Certification period", f(ev) + " to " + f(cend)]],
      widths=[1.4, 2.4, 1.6, 1.6], size=9.5, bold_col0=True)
    P(doc, "")
    P(doc, "Medical diagnosis: M17.11 Unilateral primary osteoarthritis, right knee", after=0)
    P(doc, "Treatment diagnosis: M25.661 Stiffness of right knee; R26.89 Other abnormalities of gait and mobility",
      after=6)
    P(doc, "Assessment", bold=True, after=0)
    P(doc, "76 y/o female with R knee OA limiting stairs, community ambulation and getting up from low surfaces. "
           "R knee AROM 8-98 deg, quad 3+/5, TUG 15.2 s, LEFS 31/80. Good rehab potential; motivated.", after=6)
    P(doc, "Goals", bold=True, after=0)
    T(doc, [["", "Goal", "Time frame"],
            ["STG 1", "Increase R knee flexion AROM from 98 to 110 degrees.", "4 weeks"],
            ["STG 2", "Independent with home exercise program, return demonstration correct.", "2 weeks"],
            ["LTG 1", "Ascend/descend 12 steps with one rail, reciprocal pattern, independently.", "12 weeks"],
            ["LTG 2", "Improve LEFS from 31/80 to 50/80 or better.", "12 weeks"],
            ["LTG 3", "TUG under 12 seconds without assistive device.", "12 weeks"]],
      header=True, widths=[0.7, 4.9, 1.2], size=9.5)
    P(doc, "")
    P(doc, "Plan", bold=True, after=0)
    P(doc, "Frequency: 2x/week     Duration: 12 weeks", after=0)
    P(doc, "Interventions: therapeutic exercise (97110), manual therapy (97140), neuromuscular re-education (97112), "
           "gait training (97116), therapeutic activities (97530), home exercise program instruction.", after=0)
    P(doc, "Rehab potential: good", after=8)
    P(doc, "Therapist: Megan Ruiz, PT, DPT      Signature: Megan Ruiz, PT, DPT      Date: " + f(ev), after=10)
    t = T(doc, [["PHYSICIAN CERTIFICATION"], [CERT_TEXT],
                ["Physician signature: Alan Cho, MD (electronically signed)        Date: " + f(md)]])
    shade(t.cell(0, 0), "FBE4D5")
    cell_text(t.cell(0, 0), "PHYSICIAN CERTIFICATION", bold=True)
    save_docx(doc, "s12_poc.docx", "PT Plan of Care", "Riverbend PT")
    plan("s12_poc.docx", "medicare-outpatient-therapy", [], asof, [],
         "Clean. Evaluation/first visit and plan 02/16/2026, certification period to 05/16/2026 (89 days), MD "
         "certified 02/20/2026. Layout: clinic letterhead, 4-column header grid, STG/LTG table with time frames, "
         "frequency/duration on one line, boxed certification attestation.",
         {"plan": ev, "first_tx": ev, "dob": D(1949, 10, 3), "period": (ev, cend),
          "sig": {"clinician": ev, "physician": md}})


def s13():
    ev, cend, dc, asof = D(2026, 3, 2), D(2026, 5, 29), D(2026, 3, 5), D(2026, 3, 16)
    f = f_us4
    doc = new_doc("Tahoma", 9.5, 0.7)
    P(doc, "Summit Spine & Joint Physical Therapy \u2014 Initial Evaluation & Plan of Care", bold=True, size=11, after=4)
    t = T(doc, [["Patient: Raymond Oduya", "DOB: " + f(D(1956, 1, 15)), "MBI: 2GH5-PL8-XA71"],
                ["Eval / SOC: " + f(ev), "POC dates: " + f(ev) + " - " + f(cend), "Referral: B. Kessler, DC"]],
          style=None, size=9)
    P(doc, "")
    P(doc, runs=[("Dx: ", {"bold": True}), ("M54.16 Radiculopathy, lumbar region; M54.50 Low back pain, unspecified", {})])
    P(doc, runs=[("S: ", {"bold": True}), ("LBP with L leg pain x 3 mo, 6/10, worse sitting > 20 min. Wants to walk his "
                                          "dog 30 min and return to golf.", {})], after=0)
    P(doc, runs=[("O: ", {"bold": True}), ("Lumbar flex 50% limited, + SLR L at 45 deg, Oswestry 44%, sit tolerance "
                                          "15 min, walk tolerance 10 min.", {})], after=0)
    P(doc, runs=[("A: ", {"bold": True}), ("Signs consistent with L5 radiculopathy, directional preference for "
                                          "extension. Good prognosis.", {})], after=6)
    P(doc, runs=[("Goals (8 wks): ", {"bold": True})], after=0)
    P(doc, "1. Oswestry from 44% to 20% or less.", indent=0.25, after=0)
    P(doc, "2. Sit 60 min with pain 2/10 or less.", indent=0.25, after=0)
    P(doc, "3. Walk 30 min continuously without leg symptoms.", indent=0.25, after=0)
    P(doc, "4. Independent with HEP and lifting mechanics (return demo 100% correct).", indent=0.25, after=6)
    P(doc, runs=[("P: ", {"bold": True}), ("3x/wk x 2 wks, then 2x/wk x 6 wks (8 weeks, 18 visits). 97110, 97140, "
                                          "97112, 97530, 97035. Directional preference exercise, neural mobility, "
                                          "core stabilization, HEP.", {})], after=8)
    P(doc, "Therapist: Kelsey Varga, PT, DPT   " + f(ev), after=2)
    P(doc, "Certifying practitioner: Bradley Kessler, DC   signed " + f(dc), after=2)
    P(doc, CERT_TEXT, italic=True, size=8)
    save_docx(doc, "s13_eval.docx", "Initial Evaluation", "SSJPT")
    plan("s13_eval.docx", "medicare-outpatient-therapy", [], asof, [["credential-not-permitted"]],
         "Gap: the plan is certified by a chiropractor (DC), who may not certify a Medicare therapy plan. Eval/SOC "
         "03/02/2026, POC to 05/29/2026 (88 days). Layout: one-page SOAP-style evaluation with the plan embedded, "
         "header facts in a borderless 3x2 table, goals numbered by hand.",
         {"plan": ev, "first_tx": ev, "dob": D(1956, 1, 15), "period": (ev, cend),
          "sig": {"clinician": ev, "physician": dc}},
         unsure=["signature-missing"])


def s14():
    f = f_us
    ev, cend, md, asof = D(2026, 1, 26), D(2026, 4, 25), D(2026, 2, 27), D(2026, 3, 10)
    doc = new_doc("Arial", 10, 0.8)
    header_footer(doc, header="Prairie Wind Physical Therapy  |  Plan of Care  |  Pettibone, Lorraine  |  "
                              "MBI 8CE3-HV6-DK29", page_numbers=True)
    H(doc, "Physical Therapy Plan of Care", 1)
    T(doc, [["Patient name", "Lorraine A. Pettibone"], ["Date of birth", f(D(1944, 7, 7))],
            ["Medicare beneficiary ID", "8CE3-HV6-DK29"], ["Start of care / initial evaluation", f(ev)],
            ["Plan of care date", f(ev)], ["Certification period", f"{f(ev)} through {f(cend)}"],
            ["Referring / certifying physician", "Matthew Greer, DO"], ["Therapist", "Hannah Lindgren, PT"]],
      style="Light List Accent 1", widths=[2.4, 4.0])
    H(doc, "Diagnoses", 2)
    T(doc, [["ICD-10-CM", "Description"], ["R26.81", "Unsteadiness on feet"], ["M62.81", "Muscle weakness (generalized)"],
            ["Z91.81", "History of falling"]], header=True, widths=[1.2, 5.2])
    H(doc, "History", 2)
    P(doc, "81 y/o woman with 3 falls in the last 6 months (no fractures), the last on 01/03/2026 in her kitchen. "
           "Lives alone in a single-level home with 3 entry steps; daughter visits twice a week. Uses a single-point "
           "cane outdoors, furniture-walks indoors. PMH: HTN, macular degeneration, L THA 2017.")
    H(doc, "Objective findings", 2)
    T(doc, [["Test", "Result", "Norm / cut-off"], ["Berg Balance Scale", "38/56", "<45 = fall risk"],
            ["Timed Up and Go", "18.4 s with cane", ">13.5 s = fall risk"],
            ["30-second chair stand", "6 reps, arms used", "age norm 10-15"], ["Gait speed", "0.62 m/s", ">1.0 m/s"],
            ["Hip abduction strength", "3+/5 bilaterally", ""]], header=True, widths=[2.4, 2.2, 1.8])
    H(doc, "Assessment", 2)
    P(doc, "Balance, lower-extremity strength and gait speed are impaired and place her at high risk of further "
           "falls. She is motivated and has good family support. Skilled PT is needed for balance retraining, "
           "strengthening, gait training with the appropriate device, and home safety instruction.")
    H(doc, "Goals", 2)
    for g in ("Short-term (4 weeks): Berg Balance Scale from 38 to 44/56.",
              "Short-term (4 weeks): Patient independent with written home exercise program, demonstrated correctly.",
              "Long-term (8 weeks): Berg Balance Scale 48/56 or higher.",
              "Long-term (8 weeks): TUG under 13.5 seconds with least restrictive device.",
              "Long-term (8 weeks): Ambulate 300 feet outdoors on uneven ground with cane, modified independent.",
              "Long-term (8 weeks): Ascend/descend 3 entry steps with rail, independent, no loss of balance."):
        P(doc, g, style="List Number")
    H(doc, "Treatment plan", 2)
    T(doc, [["Intervention", "CPT"], ["Therapeutic exercise", "97110"], ["Neuromuscular re-education / balance", "97112"],
            ["Gait training", "97116"], ["Therapeutic activities", "97530"], ["Self-care/home management training", "97535"]],
      header=True, widths=[4.4, 1.0])
    P(doc, "")
    P(doc, runs=[("Frequency: ", {"bold": True}), ("2 times per week     ", {}), ("Duration: ", {"bold": True}),
                 ("8 weeks (16 visits)", {})])
    H(doc, "Home program and education", 2)
    P(doc, "The patient received written and pictured instructions for: sit-to-stand x 10, standing hip abduction x "
           "10 each, heel raises x 15, tandem stance at counter 3 x 30 s, and a daily walking program. Home safety "
           "handout reviewed (throw rugs, night lights, bathroom grab bars). The patient and her daughter were told "
           "to stop any exercise that causes chest pain, shortness of breath or dizziness and to call 911 for a fall "
           "with injury.")
    page_break(doc)
    H(doc, "Certification", 2)
    P(doc, CERT_TEXT)
    P(doc, "Therapist: Hannah Lindgren, PT          Date: " + f(ev))
    p = P(doc, "RECEIVED BY FAX  " + f(md) + "  09:14", bold=True, color="C00000", size=9)
    para_border(p)
    P(doc, "Physician signature: Matthew Greer, DO          Date signed: " + f(md))
    save_docx(doc, "s14_poc.docx", "Plan of Care", "PWPT")
    plan("s14_poc.docx", "medicare-outpatient-therapy", [], asof, [["signature-late"]],
         "Gap: first treatment (evaluation) 01/26/2026, physician certification dated 02/27/2026: 32 days, past the "
         "30-day limit (due by 02/25/2026); reported as a warning since 2025. Layout: identifiers in page header, "
         "two-column facts table, test-result tables, List Number goals, home-program boilerplate, fax stamp and "
         "certification on page 2.",
         {"plan": ev, "first_tx": ev, "dob": D(1944, 7, 7), "period": (ev, cend),
          "sig": {"clinician": ev, "physician": md}})



def s15():
    f = f_long
    ev, cend, pa, asof = D(2026, 2, 23), D(2026, 5, 22), D(2026, 2, 26), D(2026, 3, 19)
    doc = new_doc("Garamond", 11.5, 1.0)
    header_footer(doc, header="Coastal Hand & Upper Extremity Therapy, LLC\nOccupational Therapy \u2022 Certified Hand "
                              "Therapists", footer="Evelyn Marsh \u2022 MBI 4JT8-MW2-EC63 \u2022 DOB 12/19/1950",
                  page_numbers=True, halign="r")
    P(doc, "Occupational Therapy Evaluation and Plan of Care", bold=True, size=18, after=12)
    P(doc, "Identification", bold=True, size=13, color="1F4E79")
    t = T(doc, [["Patient", "Evelyn R. Marsh"], ["Date of birth", f(D(1950, 12, 19))],
                ["Medicare beneficiary identifier", "4JT8-MW2-EC63"],
                ["Referring provider", "Priya Raman, PA-C (Orthopaedics, Dr. T. Holt's service)"],
                ["Date of evaluation / first treatment", f(ev)], ["Date plan established", f(ev)],
                ["Plan of care period", f(ev) + " \u2013 " + f(cend)]], widths=[2.6, 3.8])
    P(doc, "")
    P(doc, "Diagnoses", bold=True, size=13, color="1F4E79")
    P(doc, "S52.531D \u2013 Colles' fracture of right radius, subsequent encounter for closed fracture with routine "
           "healing", after=0)
    P(doc, "M25.631 \u2013 Stiffness of right wrist, not elsewhere classified")
    P(doc, "History", bold=True, size=13, color="1F4E79")
    P(doc, "Mrs. Marsh, right-hand dominant, fell on ice on 12/28/2025 and sustained a right distal radius fracture "
           "treated with closed reduction and casting. Cast removed 02/17/2026. She lives with her husband, gardens, "
           "quilts, and is the primary cook. She reports pain 5/10 with gripping, difficulty opening jars, fastening "
           "buttons, and lifting a full kettle.")
    P(doc, "Objective measures", bold=True, size=13, color="1F4E79")
    t = T(doc, [["Measure", "Right", "Left (reference)"], ["Wrist extension", "30\u00b0", "68\u00b0"],
                ["Wrist flexion", "25\u00b0", "70\u00b0"], ["Supination", "45\u00b0", "85\u00b0"],
                ["Pronation", "60\u00b0", "85\u00b0"], ["Grip (Jamar, pos. 2)", "", ""],
                ["Lateral pinch", "4 lb", "11 lb"], ["QuickDASH", "61.4 / 100", ""]], header=True,
          widths=[2.6, 1.8, 2.0])
    inner = t.cell(5, 1).add_table(rows=2, cols=3)
    inner.style = "Table Grid"
    for j, v in enumerate(["Trial 1", "Trial 2", "Trial 3"]):
        cell_text(inner.cell(0, j), v, size=8)
    for j, v in enumerate(["9 lb", "11 lb", "10 lb"]):
        cell_text(inner.cell(1, j), v, size=8)
    cell_text(t.cell(5, 2), "52 lb (mean of 3)")
    page_break(doc)
    P(doc, "Assessment", bold=True, size=13, color="1F4E79")
    P(doc, "Limited wrist and forearm motion, reduced grip and pinch strength, and pain limit her self-care, "
           "homemaking and leisure. Skilled OT is required for joint mobilization, graded strengthening, edema and "
           "scar management, and task-specific training. Rehabilitation potential: good.")
    P(doc, "Goals", bold=True, size=13, color="1F4E79")
    P(doc, "Short-term goals (by 4 weeks):", italic=True, after=0)
    P(doc, "1. Increase right wrist extension from 30\u00b0 to 50\u00b0 to allow pushing up from a chair.",
      indent=0.3, after=0)
    P(doc, "2. Patient will perform her home exercise program independently with correct return demonstration.",
      indent=0.3, after=0)
    P(doc, "3. Increase right supination from 45\u00b0 to 70\u00b0 to turn a door knob.", indent=0.3)
    P(doc, "Long-term goals (by 10 weeks):", italic=True, after=0)
    P(doc, "1. Right grip strength 35 lb or more to open jars and carry a full kettle.", indent=0.3, after=0)
    P(doc, "2. QuickDASH score from 61 to 25 or lower.", indent=0.3, after=0)
    P(doc, "3. Fasten and unfasten 6 buttons on her own blouse in under 90 seconds, independently.", indent=0.3,
      after=0)
    P(doc, "4. Quilt for 45 minutes with pain 2/10 or less.", indent=0.3)
    P(doc, "Plan of care", bold=True, size=13, color="1F4E79")
    T(doc, [["Type of service", "CPT", "Amount", "Frequency", "Duration"],
            ["Therapeutic exercise", "97110", "2-3 units per visit", "2 times per week", "10 weeks"],
            ["Manual therapy / joint mobilization", "97140", "1 unit per visit", "2 times per week", "10 weeks"],
            ["Therapeutic activities", "97530", "1 unit per visit", "2 times per week", "10 weeks"],
            ["Paraffin / fluidotherapy", "97018", "1 per visit", "2 times per week", "first 4 weeks"]],
      header=True, size=10, widths=[2.2, 0.7, 1.3, 1.3, 1.0])
    P(doc, "")
    P(doc, "Home program", bold=True, size=13, color="1F4E79")
    P(doc, "Active wrist and forearm ROM 10 repetitions every waking 2 hours; putty program (soft) 3 x daily; "
           "retrograde massage and scar massage twice daily. The patient was told to stop exercises that cause "
           "sharp pain, numbness or swelling that lasts more than an hour, and to call the clinic.")
    P(doc, "Precautions: no lifting over 5 lb with the right hand until cleared by orthopaedics (expected "
           "03/17/2026). Osteopenia on DEXA 2024.")
    page_break(doc)
    P(doc, "Signatures", bold=True, size=13, color="1F4E79")
    t = T(doc, [["Occupational therapist", ""], ["Colleen Brandt, OTR/L, CHT\nSigned electronically " + f(ev), ""],
                ["Certifying practitioner", ""],
                [CERT_TEXT + "\n\nPriya Raman, PA-C   (e-signature)   " + f(pa), ""]], style="Table Grid")
    for r in range(4):
        merge(t, r, 0, r, 1)
    cell_text(t.cell(0, 0), "Occupational therapist", bold=True)
    cell_text(t.cell(2, 0), "Certifying practitioner", bold=True)
    save_docx(doc, "s15_poc.docx", "OT Evaluation and Plan of Care", "CHUET")
    plan("s15_poc.docx", "medicare-outpatient-therapy", [], asof, [],
         "Clean. Hand therapy after distal radius fracture: evaluation/first treatment and plan February 23, 2026; "
         "period to May 22, 2026 (88 days); certified by a PA-C on February 26. Layout: 3+ pages, bold colored "
         "captions (no heading styles), long-form dates, ROM table with a nested grip-trial table, STG/LTG blocks "
         "with time frames in the block caption, service table with amount/frequency/duration, boxed signatures.",
         {"plan": ev, "first_tx": ev, "dob": D(1950, 12, 19), "period": (ev, cend),
          "sig": {"clinician": ev, "physician": pa}})


def s16():
    f = f_us
    ev, cend, md, asof = D(2026, 1, 12), D(2026, 4, 30), D(2026, 1, 20), D(2026, 3, 3)
    doc = new_doc("Calibri", 10, 0.6)
    t = doc.add_table(rows=12, cols=4)
    t.style = "Table Grid"
    merge(t, 0, 0, 0, 3, "MAPLE HOLLOW OUTPATIENT REHABILITATION \u2014 OCCUPATIONAL THERAPY PLAN OF TREATMENT",
          bold=True, size=11)
    shade(t.cell(0, 0), "D9D9D9")
    cells = [(1, 0, "1. Beneficiary name\nGordon T. Feld"), (1, 1, "2. Medicare ID\n7RA4-YB1-FN85"),
             (1, 2, "3. Date of birth\n" + f(D(1947, 4, 22))), (1, 3, "4. Provider NPI\n" + npi("165309874")),
             (2, 0, "5. Medical dx\nG20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations"),
             (2, 2, "6. Onset\n2019"), (2, 3, "7. SOC (first treatment)\n" + f(ev)),
             (3, 0, "8. Plan of treatment / functional goals"),
             (6, 0, "9. Plan: frequency / duration"),
             (7, 0, "10. Certification period\nFrom " + f(ev) + "   Through " + f(cend)),
             (7, 2, "11. Plan date\n" + f(ev)),
             (8, 0, "12. Interventions"),
             (9, 0, "13. Therapist signature\nNadia Kowal, OTR/L   " + f(ev)),
             (10, 0, "14. Physician certification\n" + CERT_TEXT),
             (11, 0, "15. Physician signature / date\nHelen Achebe, MD          " + f(md))]
    merge(t, 2, 0, 2, 1)
    merge(t, 3, 0, 3, 3)
    merge(t, 4, 0, 4, 3)
    merge(t, 5, 0, 5, 3)
    merge(t, 6, 0, 6, 3)
    merge(t, 7, 0, 7, 1)
    merge(t, 7, 2, 7, 3)
    merge(t, 8, 0, 8, 3)
    merge(t, 9, 0, 9, 3)
    merge(t, 10, 0, 10, 3)
    merge(t, 11, 0, 11, 3)
    for r, c, txt in cells:
        cell_text(t.cell(r, c), txt, size=9)
    cell_text(t.cell(4, 0), "LTG 1 (16 wks): Pt will complete upper-body dressing including buttons with modified "
                            "independence in under 10 minutes (baseline 22 min with min assist).\n"
                            "LTG 2 (16 wks): Pt will write a 3-sentence note legibly with letter height of 1 cm or "
                            "more (baseline micrographia, 3 mm).\n"
                            "LTG 3 (16 wks): 9-Hole Peg Test R hand under 30 s (baseline 41 s).", size=9)
    cell_text(t.cell(5, 0), "STG 1 (6 wks): Independent with LSVT BIG home program, correct return demonstration.\n"
                            "STG 2 (6 wks): Don/doff shirt with set-up only using large-amplitude strategies.", size=9)
    cell_text(t.cell(6, 0), "9. Plan: frequency / duration\n2x per week for 16 weeks", size=9)
    cell_text(t.cell(8, 0), "12. Interventions\n97110 therapeutic exercise; 97530 therapeutic activities (LSVT BIG "
                            "based); 97535 self-care training; 97112 neuromuscular re-education", size=9)
    save_docx(doc, "s16_ot.docx", "OT Plan of Treatment", "MHOR")
    plan("s16_ot.docx", "medicare-outpatient-therapy", [], asof, [["review-interval-exceeded"]],
         "Gap: certification period 01/12/2026 through 04/30/2026 is 108 days from the first treatment; "
         "recertification is required at least every 90 days (due by 04/12/2026). Layout: one big numbered-box form "
         "table (CMS-700-like) with merged cells, each caption and its value in the same cell.",
         {"plan": ev, "first_tx": ev, "dob": D(1947, 4, 22), "period": (ev, cend),
          "sig": {"clinician": ev, "physician": md}})


# --------------------------------------------------------------------------------------------
# C-CDA Care Plan documents (two different EHR exports)
# --------------------------------------------------------------------------------------------


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def _hl7(d):
    return d.strftime("%Y%m%d")


def ccda(doc_id, title, org, pt, author, legal, service_period, first_tx_text, problems, goals, interventions,
         narrative_extra):
    """pt: dict(name=(given, family), dob, mbi, gender); author/legal: dict(given, family, suffix, npi, time)."""
    g, fam = pt["name"]
    prob_rows = "".join(f"<tr><td>{_x(c)}</td><td>{_x(d)}</td></tr>" for c, d in problems)
    prob_entries = "".join(f"""
        <entry>
          <act classCode="ACT" moodCode="EVN">
            <templateId root="2.16.840.1.113883.10.20.22.4.132" extension="2015-08-01"/>
            <id root="{doc_id}" extension="hc-{i}"/>
            <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concern"/>
            <statusCode code="active"/>
            <entryRelationship typeCode="REFR">
              <observation classCode="OBS" moodCode="EVN">
                <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                <id root="{doc_id}" extension="prob-{i}"/>
                <code code="64572001" codeSystem="2.16.840.1.113883.6.96" displayName="Condition"/>
                <statusCode code="completed"/>
                <value xsi:type="CD" code="{c}" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="{_x(d)}"/>
              </observation>
            </entryRelationship>
          </act>
        </entry>""" for i, (c, d) in enumerate(problems, 1))
    goal_rows = "".join(f"<tr><td>{i}</td><td>{_x(t)}</td><td>{_x(due_txt)}</td></tr>"
                        for i, (t, due, due_txt) in enumerate(goals, 1))
    goal_entries = "".join(f"""
        <entry>
          <observation classCode="OBS" moodCode="GOL">
            <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
            <id root="{doc_id}" extension="goal-{i}"/>
            <code code="58144-7" codeSystem="2.16.840.1.113883.6.1" displayName="Resident's overall goal"/>
            <text>{_x(t)}</text>
            <statusCode code="active"/>
            <effectiveTime><high value="{_hl7(due)}"/></effectiveTime>
          </observation>
        </entry>""" for i, (t, due, due_txt) in enumerate(goals, 1))
    int_rows = "".join(f"<tr><td>{_x(n)}</td><td>{c}</td><td>{_x(fr)}</td><td>{_x(du)}</td></tr>"
                       for n, c, fr, du, per in interventions)
    int_entries = "".join(f"""
        <entry>
          <procedure classCode="PROC" moodCode="INT">
            <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
            <id root="{doc_id}" extension="proc-{i}"/>
            <code code="{c}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT" displayName="{_x(n)}"/>
            <statusCode code="active"/>
            <effectiveTime xsi:type="IVL_TS"><low value="{_hl7(service_period[0])}"/><high value="{_hl7(service_period[1])}"/></effectiveTime>
            <effectiveTime xsi:type="PIVL_TS" institutionSpecified="true" operator="A"><period value="{per[0]}" unit="{per[1]}"/></effectiveTime>
            <text>{_x(n)}: {_x(fr)}, {_x(du)}</text>
          </procedure>
        </entry>""" for i, (n, c, fr, du, per) in enumerate(interventions, 1))
    extra = "".join(f"<paragraph>{_x(p)}</paragraph>" for p in narrative_extra)

    def person(p, tag_time=True):
        return f"""<assignedEntity>
        <id root="2.16.840.1.113883.4.6" extension="{p['npi']}"/>
        <addr use="WP"><streetAddressLine>{_x(org['street'])}</streetAddressLine><city>{_x(org['city'])}</city><state>{org['state']}</state><postalCode>{org['zip']}</postalCode></addr>
        <telecom use="WP" value="tel:{org['tel']}"/>
        <assignedPerson><name><given>{_x(p['given'])}</given><family>{_x(p['family'])}</family><suffix>{_x(p['suffix'])}</suffix></name></assignedPerson>
      </assignedEntity>"""

    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="{doc_id}"/>
  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Overall plan of care/advance care directives"/>
  <title>{_x(title)}</title>
  <effectiveTime value="{_hl7(author['time'])}"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.4.927" extension="{pt['mbi']}"/>
      <addr use="HP"><streetAddressLine>{_x(pt['street'])}</streetAddressLine><city>{_x(org['city'])}</city><state>{org['state']}</state><postalCode>{org['zip']}</postalCode></addr>
      <patient>
        <name use="L"><given>{_x(g)}</given><family>{_x(fam)}</family></name>
        <administrativeGenderCode code="{pt['gender']}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{_hl7(pt['dob'])}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{_hl7(author['time'])}"/>
    {person(author)}
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization>
    <id root="2.16.840.1.113883.4.6" extension="{org['npi']}"/>
    <name>{_x(org['name'])}</name><telecom use="WP" value="tel:{org['tel']}"/>
    <addr><streetAddressLine>{_x(org['street'])}</streetAddressLine><city>{_x(org['city'])}</city><state>{org['state']}</state><postalCode>{org['zip']}</postalCode></addr>
  </representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator>
    <time value="{_hl7(legal['time'])}"/>
    <signatureCode code="S"/>
    {person(legal)}
  </legalAuthenticator>
  <authenticator>
    <time value="{_hl7(author['time'])}"/>
    <signatureCode code="S"/>
    {person(author)}
  </authenticator>
  <documentationOf>
    <serviceEvent classCode="PCPR">
      <effectiveTime><low value="{_hl7(service_period[0])}"/><high value="{_hl7(service_period[1])}"/></effectiveTime>
    </serviceEvent>
  </documentationOf>
  <component>
    <structuredBody>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/>
          <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concerns document"/>
          <title>Health Concerns / Diagnoses</title>
          <text><table><thead><tr><th>ICD-10-CM</th><th>Description</th></tr></thead><tbody>{prob_rows}</tbody></table>{extra}<paragraph>{_x(first_tx_text)}</paragraph></text>{prob_entries}
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.60"/>
          <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/>
          <title>Goals</title>
          <text><table><thead><tr><th>#</th><th>Goal</th><th>Target</th></tr></thead><tbody>{goal_rows}</tbody></table></text>{goal_entries}
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>
          <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/>
          <title>Interventions / Plan of Treatment</title>
          <text><table><thead><tr><th>Service</th><th>CPT/HCPCS</th><th>Frequency</th><th>Duration</th></tr></thead><tbody>{int_rows}</tbody></table></text>{int_entries}
        </section>
      </component>
    </structuredBody>
  </component>
</ClinicalDocument>
"""
    return xml


def s17():
    ev, cend, md, asof = D(2026, 2, 24), D(2026, 5, 24), D(2026, 2, 27), D(2026, 3, 25)
    org = dict(name="Tamarack Neuro Rehab Clinic", street="6100 Larkspur Blvd", city="Fairhaven", state="OR",
               zip="97399", tel="+1-555-0161", npi=npi("121380947"))
    pt = dict(name=("Lucille", "Brandvold"), dob=D(1946, 8, 30), mbi="9TK3AP6UW52", gender="F",
              street="14 Cotter Lane")
    author = dict(given="Simone", family="Achterberg", suffix="OTR/L", npi=npi("137702685"), time=ev)
    legal = dict(given="Howard", family="Lin", suffix="DO", npi=npi("150923478"), time=md)
    xml = ccda("2.16.840.1.113883.19.5.99999.17", "Occupational Therapy Plan of Care", org, pt, author, legal,
               (ev, cend), "Initial evaluation and first treatment: 02/24/2026. Plan of care established 02/24/2026. "
                           "Expected duration: 10 weeks. Certification period 02/24/2026 - 05/24/2026.",
               [("I69.351", "Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side")],
               [("Patient will complete upper-body dressing independently using one-handed techniques "
                 "(baseline: moderate assistance).", D(2026, 4, 21), "8 weeks (04/21/2026)"),
                ("Patient will transfer to and from a tub bench with supervision only (baseline: minimum "
                 "assistance of 1).", D(2026, 4, 7), "6 weeks (04/07/2026)"),
                ("Patient will increase right grip strength from 8 lb to 20 lb to hold a cup.", D(2026, 5, 5),
                 "10 weeks (05/05/2026)")],
               [("Therapeutic activities", "97530", "2 times per week", "10 weeks", ("0.5", "wk")),
                ("Self-care/home management training", "97535", "2 times per week", "10 weeks", ("0.5", "wk")),
                ("Neuromuscular re-education", "97112", "1 time per week", "10 weeks", ("1", "wk"))],
               ["Stroke 11/2025 (L MCA). Discharged from inpatient rehabilitation 02/13/2026; lives with her son."])
    write_text("s17_ccda.xml", xml)
    plan("s17_ccda.xml", "medicare-outpatient-therapy", [], asof, [],
         "Clean. C-CDA R2.1 Care Plan: OT author/authenticator 02/24/2026, physician (DO) legal authenticator "
         "02/27/2026, serviceEvent 02/24-05/24/2026 (89 days), ICD-10-CM health concern, goal observations with "
         "baselines and target dates, planned procedures with CPT codes and PIVL_TS frequency; the narrative states "
         "the first treatment date, the 10-week duration and the certification period.",
         {"plan": ev, "first_tx": ev, "dob": D(1946, 8, 30), "period": (ev, cend),
          "sig": {"clinician": ev, "physician": md}}, fmt="ccda")


def s25():
    soc, cend, md, asof = D(2026, 2, 23), D(2026, 4, 23), D(2026, 3, 2), D(2026, 3, 26)
    org = dict(name="Kestrel Home Health Agency", street="410 Commerce Park Dr, Unit B", city="Millbrook",
               state="AL", zip="36199", tel="+1-555-0133", npi=npi("184406217"))
    pt = dict(name=("Otis", "Fairweather"), dob=D(1939, 3, 14), mbi="1CR7XD2QA93", gender="M", street="2 Pell Rd")
    author = dict(given="Bernice", family="Oyelaran", suffix="RN", npi=npi("110462783"), time=soc)
    legal = dict(given="Warren", family="Castellano", suffix="MD", npi=bad_npi("145208836"), time=md)
    xml = ccda("2.16.840.1.113883.19.5.99999.25", "Home Health Certification and Plan of Care", org, pt, author,
               legal, (soc, cend), "Start of care: 02/23/2026. Certification period 02/23/2026 to 04/23/2026.",
               [("I50.22", "Chronic systolic (congestive) heart failure"),
                ("J44.9", "Chronic obstructive pulmonary disease, unspecified")],
               [("Patient will weigh himself daily and report a weight gain of more than 3 lb in 2 days or 5 lb in a "
                 "week, with a daily weight log kept on 6 of 7 days.", D(2026, 3, 23), "by 03/23/2026"),
                ("Patient will have improved understanding of heart failure disease process.", D(2026, 4, 23),
                 "end of episode"),
                ("Patient will ambulate 150 feet with rolling walker with stand-by assistance.", D(2026, 4, 6),
                 "by 04/06/2026")],
               [("Skilled nursing visit", "G0299", "2 visits per week for 3 weeks, then 1 visit per week for 5 weeks",
                 "8 weeks", ("0.5", "wk")),
                ("Physical therapy visit", "G0151", "2 visits per week for 4 weeks", "4 weeks", ("0.5", "wk")),
                ("Home health aide visit", "G0156", "2 visits per week for 6 weeks", "6 weeks", ("0.5", "wk"))],
               ["Admitted to home health after hospitalization 02/14-02/20/2026 for acute on chronic HF."])
    write_text("s25_ccda.xml", xml)
    plan("s25_ccda.xml", "medicare-home-health", [], asof, [["goal-not-measurable"], ["identifier-invalid"]],
         "Gaps: one of three goals ('improved understanding of heart failure disease process') names no measure or "
         "level; the certifying physician's NPI fails its check digit. C-CDA Care Plan from a home health EHR: "
         "SOC 02/23/2026, certification period to 04/23/2026 (59 days), MD legal authenticator 03/02/2026, HCPCS "
         "visit codes with frequencies in the narrative.",
         {"plan": soc, "first_tx": soc, "dob": D(1939, 3, 14), "period": (soc, cend),
          "sig": {"clinician": soc, "physician": md}}, fmt="ccda")



def s18():
    f = f_dash
    ev, cend, md, asof = D(2026, 3, 4), D(2026, 6, 1), D(2026, 3, 9), D(2026, 3, 20)
    doc = new_doc("Book Antiqua", 11, 1.0)
    P(doc, "Bayview Speech & Swallowing Clinic", size=15, bold=True, align="c", after=0)
    P(doc, "Speech-Language Pathology  \u2022  Plan of Treatment for Outpatient Rehabilitation", align="c", size=9,
      after=14)
    P(doc, runs=[("Patient  ", {"bold": True}), ("Marvin Teague", {}), ("      Medicare No.  ", {"bold": True}),
                 ("3WD9-QK4-HT16", {}), ("      Born  ", {"bold": True}), (f(D(1952, 5, 5)), {})], after=2)
    P(doc, runs=[("Evaluation / 1st treatment  ", {"bold": True}), (f(ev), {}), ("      Plan established  ", {"bold": True}),
                 (f(ev), {})], after=2)
    P(doc, runs=[("Plan of care  ", {"bold": True}), (f(ev) + " to " + f(cend), {}),
                 ("      Physician  ", {"bold": True}), ("Farah Siddiqui, MD", {})], after=12)
    P(doc, "DIAGNOSIS", bold=True, after=0)
    P(doc, "I69.320  Aphasia following cerebral infarction", after=10)
    P(doc, "BACKGROUND", bold=True, after=0)
    P(doc, "Mr. Teague is a 73-year-old retired pharmacist who had a left MCA stroke on 01/18/2026. He was discharged "
           "home from acute rehabilitation on 02/27/2026. He lives with his wife, who reports he \u201cknows what he "
           "wants to say but can't get it out.\u201d WAB-R Aphasia Quotient 58.4 (moderate Broca's aphasia). "
           "Confrontation naming 35% on the BNT short form; yes/no reliability 70%.", after=10)
    P(doc, "LONG- AND SHORT-TERM GOALS", bold=True, after=4)
    P(doc, "LTG #1  Pt will name common household objects and family members in conversation with 80% accuracy "
           "with no more than minimal cues.", after=0)
    P(doc, "    STG a  Pt will name pictured high-frequency nouns with 60% accuracy given phonemic cues. (6 wks)",
      after=0)
    P(doc, "    STG b  Pt will use semantic feature analysis on its own to self-cue 5 of 10 naming attempts. (6 wks)",
      after=6)
    P(doc, "LTG #2  Pt will answer yes/no questions about daily needs with 90% accuracy across 3 sessions.", after=0)
    P(doc, "    STG a  Pt will answer simple biographical yes/no questions with 80% accuracy. (4 wks)", after=6)
    P(doc, "LTG #3  Pt will improve his functional communication at home and in the community.", after=0)
    P(doc, "    STG a  Pt will participate more fully in conversations with his wife.", after=10)
    P(doc, "All long-term goals are to be met within 12 weeks.", italic=True, after=10)
    P(doc, "PLAN", bold=True, after=0)
    P(doc, "Treatment of speech, language and communication (92507), 2 times a week for 12 weeks, 45-60 minute "
           "sessions. Approaches: semantic feature analysis, script training, melodic intonation therapy trial, "
           "communication partner training with his wife, home practice program.", after=14)
    P(doc, "Speech-language pathologist:  Isabel Okafor, MS, CCC-SLP          " + f(ev), after=10)
    P(doc, CERT_TEXT, size=9, italic=True, after=2)
    P(doc, "Physician:  Farah Siddiqui, MD          " + f(md))
    save_docx(doc, "s18_slp.docx", "SLP Plan of Treatment", "Bayview")
    plan("s18_slp.docx", "medicare-outpatient-therapy", [], asof, [["goal-not-measurable"]],
         "Gap: LTG #3 ('improve his functional communication at home and in the community') and its only STG "
         "('participate more fully in conversations') state no measure or level; the other LTGs are measurable. "
         "Eval 03-04-2026, plan of care to 06-01-2026 (89 days), MD signed 03-09-2026. Layout: centered letterhead, "
         "run-in bold labels spread across lines, mm-dd-yyyy dates, LTG #/STG a hand-indented with spaces.",
         {"plan": ev, "first_tx": ev, "dob": D(1952, 5, 5), "period": (ev, cend),
          "sig": {"clinician": ev, "physician": md}})


def s19():
    f = f_us
    ev, cend, np_, asof = D(2026, 2, 9), D(2026, 5, 8), D(2026, 2, 13), D(2026, 3, 2)
    doc = new_doc("Calibri", 9.5, 0.6, landscape=True)
    t = T(doc, [["Cedar Lane Rehabilitation \u2014 Speech Pathology", "PLAN OF CARE \u2014 DYSPHAGIA",
                 "Page 1 of 1"]], style=None)
    cell_text(t.cell(0, 0), "Cedar Lane Rehabilitation \u2014 Speech Pathology", bold=True, size=12)
    cell_text(t.cell(0, 1), "PLAN OF CARE \u2014 DYSPHAGIA", bold=True, size=12, align="c")
    cell_text(t.cell(0, 2), "Page 1 of 1", size=8, align="r")
    T(doc, [["Name", "Medicare ID", "DOB", "Eval / 1st Tx", "POC Start", "POC End", "Certifier"],
            ["Agnes Whitfield", "6MF2-XE5-GP47", f(D(1941, 2, 11)), f(ev), f(ev), f(cend),
             "Sandra Whitlock, APRN, FNP-C"]], header=True, shade_header="E7E6E6", size=9)
    P(doc, "")
    T(doc, [["Medical diagnosis", "Treatment diagnosis", "Swallow study", "Current diet"],
            ["G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations",
             "R13.1 Dysphagia", "MBSS 02/05/2026: PAS 7 with thin liquids, vallecular residue with solids",
             "IDDSI level 5 minced & moist, mildly thick liquids (level 2)"]], header=True, shade_header="E7E6E6",
      size=9)
    P(doc, "")
    T(doc, [["Goal", "Baseline", "Target", "By"],
            ["Patient will use effortful swallow and chin tuck during meals with 90% accuracy with occasional "
             "verbal cues.", "50% with max cues", "90%, occasional cues", "4 weeks"],
            ["Patient will tolerate thin liquids by cup with chin tuck with no overt signs of aspiration in 9 of 10 "
             "trials.", "PAS 7 on MBSS", "0 overt signs, 9/10 trials", "8 weeks"],
            ["Patient will complete EMST-150 protocol 5 sets of 5 daily, 5 days a week, and increase MEP by 30%.",
             "MEP 62 cmH2O", "MEP 80 cmH2O", "8 weeks"],
            ["Caregiver (daughter) will state and demonstrate safe swallow strategies with 100% accuracy.",
             "not trained", "100% teach-back", "2 weeks"]], header=True, shade_header="E7E6E6", size=9)
    P(doc, "")
    T(doc, [["Treatment", "CPT", "Frequency", "Duration", "Session"],
            ["Treatment of swallowing dysfunction", "92526", "2x/week", "8 weeks", "45 min"],
            ["Expiratory muscle strength training (within 92526)", "", "daily home program, checked 2x/week",
             "8 weeks", "20 min"]], header=True, shade_header="E7E6E6", size=9)
    P(doc, "")
    T(doc, [["SLP: Thomas Brightwater, MA, CCC-SLP \u2014 " + f(ev),
             "Certification: " + CERT_TEXT + "  Sandra Whitlock, APRN, FNP-C \u2014 " + f(np_)]], size=8.5)
    save_docx(doc, "s19_slp.docx", "Dysphagia POC", "CLR")
    plan("s19_slp.docx", "medicare-outpatient-therapy", [], asof, [["diagnosis-code-not-billable"]],
         "Gap: the treatment diagnosis is written 'R13.1 Dysphagia', an ICD-10-CM category; a billable code needs "
         "the phase (R13.10-R13.19). Eval 02/09/2026, POC to 05/08/2026 (88 days), certified by a nurse "
         "practitioner (APRN, FNP-C) 02/13/2026. Layout: one landscape page of grids (header grid, diagnosis grid, "
         "goal table with baseline/target/by, treatment table, signature row).",
         {"plan": ev, "first_tx": ev, "dob": D(1941, 2, 11), "period": (ev, cend),
          "sig": {"clinician": ev, "physician": np_}})

# ============================================================================================
# Medicare home health
# ============================================================================================

HH_CERT = ("I certify that this patient is confined to his/her home and needs intermittent skilled nursing care, "
           "physical therapy and/or speech therapy, or continues to need occupational therapy. The patient is under "
           "my care, I have authorized the services on this plan of care and will periodically review the plan. A "
           "face-to-face encounter related to the primary reason for home health care was performed.")


def s20():
    f = f_us
    soc, cend, md, asof = D(2026, 2, 3), D(2026, 4, 3), D(2026, 2, 12), D(2026, 3, 11)
    phys_npi = npi("131597204")
    doc = new_doc("Arial Narrow", 8.5, 0.4)
    t = doc.add_table(rows=15, cols=6)
    t.style = "Table Grid"
    merge(t, 0, 0, 0, 5, "HOME HEALTH CERTIFICATION AND PLAN OF CARE \u2014 Harborview Home Health Services "
                         "(Provider No. 45-7812)", bold=True, size=10)
    box = lambda r, c, txt: cell_text(t.cell(r, c), txt, size=8)
    box(1, 0, "1. Patient's HI Claim No.\n2EQ6-TN3-RB84")
    box(1, 1, "2. Start of Care Date\n" + f(soc))
    merge(t, 1, 2, 1, 3, "3. Certification Period\nFrom: " + f(soc) + "   To: " + f(cend), size=8)
    box(1, 4, "4. Medical Record No.\nHV-33910")
    box(1, 5, "5. Provider No.\n45-7812")
    merge(t, 2, 0, 2, 2, "6. Patient's Name and Address\nAbernathy, Cornelius P.\n77 Gull Point Rd, Apt 2", size=8)
    merge(t, 2, 3, 2, 5, "7. Provider's Name, Address and Telephone Number\nHarborview Home Health Services\n"
                         "500 Wharf St, Suite 210 \u2022 555-0119 \u2022 NPI " + npi("143328190"), size=8)
    box(3, 0, "8. Date of Birth\n" + f(D(1937, 11, 30)))
    box(3, 1, "9. Sex  \u2612 M  \u2610 F")
    merge(t, 3, 2, 3, 5, "10. Medications: Dose/Frequency/Route (N)ew (C)hanged\nFurosemide 40 mg PO daily (C); "
                         "Carvedilol 6.25 mg PO BID; Lisinopril 10 mg PO daily; Tamsulosin 0.4 mg PO daily (N); "
                         "Potassium chloride 20 mEq PO daily", size=8)
    merge(t, 4, 0, 4, 2, "11. ICD-10-CM  Principal Diagnosis\nI11.0  Hypertensive heart disease with heart failure",
          size=8)
    merge(t, 4, 3, 4, 5, "12. ICD-10-CM  Surgical Procedure\nN/A", size=8)
    merge(t, 5, 0, 5, 5, "13. ICD-10-CM  Other Pertinent Diagnoses\nI50.32  Chronic diastolic (congestive) heart "
                         "failure          R33.9  Retention of urine, unspecified          Z74.09  Other reduced "
                         "mobility", size=8)
    merge(t, 6, 0, 6, 2, "14. DME and Supplies\nRollator, shower chair, Foley catheter supplies, digital scale",
          size=8)
    merge(t, 6, 3, 6, 5, "15. Safety Measures\nFall precautions, clear pathways, emergency plan, oxygen: none", size=8)
    merge(t, 7, 0, 7, 2, "16. Nutritional Req.\n2 g sodium, 1.5 L fluid restriction", size=8)
    merge(t, 7, 3, 7, 5, "17. Allergies\nSulfa (rash)", size=8)
    merge(t, 8, 0, 8, 2, "18.A. Functional Limitations\n\u2612 Endurance  \u2612 Ambulation  \u2610 Hearing  "
                         "\u2610 Speech  \u2612 Dyspnea with minimal exertion", size=8)
    merge(t, 8, 3, 8, 5, "18.B. Activities Permitted\n\u2612 Up as tolerated  \u2612 Walker  \u2612 Transfer bed/chair  "
                         "\u2610 Complete bedrest", size=8)
    merge(t, 9, 0, 9, 2, "19. Mental Status\n\u2612 Oriented  \u2610 Forgetful  \u2610 Depressed", size=8)
    merge(t, 9, 3, 9, 5, "20. Prognosis\n\u2610 Poor  \u2610 Guarded  \u2612 Fair  \u2610 Good  \u2610 Excellent",
          size=8)
    merge(t, 10, 0, 10, 5, "21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)\n"
                           "SN 1w1, 2w3, 1w4: assess cardiopulmonary status, daily weight log and edema; teach HF "
                           "diet, fluid restriction and medication schedule; Foley catheter care, change 16 Fr Foley "
                           "every 30 days and PRN; SN 2 PRN visits for catheter blockage or dislodgement.\n"
                           "PT 2w3, 1w3: evaluate and treat; gait and transfer training with rollator, therapeutic "
                           "exercise, home safety.\nHHA 2w4: personal care, bathing, assist with home exercise "
                           "program.", size=8)
    merge(t, 11, 0, 11, 5, "22. Goals / Rehabilitation Potential / Discharge Plans\n"
                           "Patient will state 3 signs of HF exacerbation and when to call the agency by week 3.  "
                           "Patient will keep weight within 3 lb of dry weight (168 lb) on the daily log for 4 "
                           "consecutive weeks by end of episode.  Patient will ambulate 200 feet with rollator, "
                           "modified independent, by week 6.  Foley will remain patent with no signs or symptoms of "
                           "UTI through " + f(cend) + ".  Rehab potential fair.  Discharge to self-care with son's "
                           "support when goals met.", size=8)
    merge(t, 12, 0, 12, 2, "23. Nurse's Signature and Date of Verbal SOC Where Applicable\nRenata Cole, RN   " + f(soc),
          size=8)
    merge(t, 12, 3, 12, 5, "25. Date HHA Received Signed POT\n" + f(D(2026, 2, 13)), size=8)
    merge(t, 13, 0, 13, 2, "24. Physician's Name and Address\nEleanor Vance, MD  NPI " + phys_npi +
          "\nHarbor Internal Medicine, 12 Fenwick Ave", size=8)
    merge(t, 13, 3, 13, 5, "26. " + HH_CERT, size=7)
    merge(t, 14, 0, 14, 2, "27. Attending Physician's Signature and Date Signed\nEleanor Vance, MD (e-signed)   "
          + f(md), size=8)
    merge(t, 14, 3, 14, 5, "28. Anyone who misrepresents, falsifies, or conceals essential information required for "
                           "payment of Federal funds may be subject to fine, imprisonment, or civil penalty under "
                           "applicable Federal laws.", size=7)
    save_docx(doc, "s20_485.docx", "Plan of Care", "HHS")
    plan("s20_485.docx", "medicare-home-health", [], asof, [],
         "Clean. SOC 02/03/2026, certification period to 04/03/2026 (59 days), MD signed 02/12/2026; every "
         "discipline has visit frequency and duration codes (1w1, 2w3...) and the PRN nursing order has a limit. "
         "Layout: CMS-485-style numbered box grid with many merged cells, captions and values in the same box, "
         "checkbox characters.",
         {"plan": soc, "first_tx": soc, "dob": D(1937, 11, 30), "period": (soc, cend),
          "sig": {"clinician": soc, "physician": md}})


def s21():
    f = f_short
    soc, cend, np_, asof = D(2026, 2, 16), D(2026, 4, 16), D(2026, 2, 19), D(2026, 3, 9)
    doc = new_doc("Calibri", 11, 1.0)
    P(doc, "Blue Heron Home Care", bold=True, size=14, color="1F6F8B", after=0)
    P(doc, "Plan of Care / Physician Orders", size=12, after=10)
    P(doc, "Patient: Imogene Sturdevant     DOB " + f(D(1942, 6, 21)) + "     MBI 5NP8-HC4-YT30", after=0)
    P(doc, "Start of care " + f(soc) + "     Episode " + f(soc) + " - " + f(cend), after=0)
    P(doc, "Certifying practitioner: Carla Dominguez, NP (NPI " + npi("162840537") + ")", after=10)
    P(doc, "Diagnoses", bold=True, after=0)
    P(doc, "1) S72.001D Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture "
           "with routine healing\n2) E11.9 Type 2 diabetes mellitus without complications\n3) Z96.641 Presence of "
           "right artificial hip joint", after=10)
    P(doc, "Homebound status: requires walker and assistance of one person to leave home; leaving home requires "
           "considerable and taxing effort (pain, posterior hip precautions).", italic=True, after=10)
    P(doc, "Orders", bold=True, after=0)
    P(doc, "Skilled nursing 3w1, 2w2, 1w5 to assess surgical incision and pain, teach diabetic foot care and blood "
           "glucose monitoring, medication reconciliation, teach hip precautions.")
    P(doc, "Occupational therapy 2w4 for ADL retraining with adaptive equipment (reacher, sock aid, long-handled "
           "sponge), tub bench transfers.")
    P(doc, "Physical therapy 3w2, 2w4 for gait training with walker, strengthening, balance and stair training.")
    P(doc, "Home health aide PRN for bathing assistance.")
    P(doc, "Goals", bold=True, after=0, before=6)
    P(doc, "- Incision healed with no signs of infection by " + f(D(2026, 3, 16)) + ".", after=0)
    P(doc, "- Pt will check blood glucose twice daily and keep readings between 80 and 180 on 90% of checks by "
           + f(D(2026, 4, 6)) + ".", after=0)
    P(doc, "- Pt will dress her lower body with reacher and sock aid, modified independent, within 4 weeks.", after=0)
    P(doc, "- Pt will walk 150 ft with rolling walker and climb 4 steps with rail, supervision, by " +
           f(D(2026, 4, 13)) + ".", after=10)
    P(doc, "Discharge plan: to outpatient PT and self-care with her husband when goals are met.", after=14)
    P(doc, "RN case manager: Tessa Whitcombe, RN    " + f(soc), after=4)
    P(doc, "Certifying practitioner: Carla Dominguez, NP    Signed " + f(np_))
    save_docx(doc, "s21_orders.docx", "Plan of Care", "BHHC")
    plan("s21_orders.docx", "medicare-home-health", [], asof, [["frequency-missing"]],
         "Gap: the home health aide order is 'PRN for bathing assistance' with no limit on the number of visits, so "
         "it states no frequency; nursing, OT and PT have frequency codes. SOC 2/16/26, episode to 4/16/26 "
         "(59 days), NP signed 2/19/26. Layout: plain paragraphs, identifiers strung on lines with spaces, "
         "short dates, dash-bulleted goals.",
         {"plan": soc, "first_tx": soc, "dob": D(1942, 6, 21), "period": (soc, cend),
          "sig": {"clinician": soc, "physician": np_}})


def s22():
    f = f_us
    soc, cend, asof = D(2026, 3, 2), D(2026, 4, 30), D(2026, 3, 27)
    doc = new_doc("Cambria", 10, 0.8)
    header_footer(doc, header="PINECREST VISITING NURSE ASSOCIATION", footer="PVNA-POC-2  Rev 01/2025",
                  page_numbers=True, halign="c", hsize=10)
    P(doc, "Plan of Care", bold=True, size=16, after=4)
    t = T(doc, [["Patient", "Thaddeus R. Moran", "SOC", f(soc)],
                ["DOB", f(D(1945, 8, 8)), "Cert. period", f(soc) + " \u2013 " + f(cend)],
                ["Medicare #", "3HX5-WC8-PK27", "Attending", "Julian Ashby, MD"],
                ["Agency NPI", npi("158724306"), "Attending NPI", npi("176634021")]], style="Light Grid Accent 5",
          widths=[1.2, 2.2, 1.2, 2.2])
    P(doc, "")
    P(doc, "Diagnoses", bold=True, size=11, after=2)
    T(doc, [["Primary", "E11.621", "Type 2 diabetes mellitus with foot ulcer"],
            ["Secondary", "L97.512", "Non-pressure chronic ulcer of other part of right foot with fat layer exposed"],
            ["Secondary", "I10", "Essential (primary) hypertension"]], style="Table Grid", widths=[1.0, 0.9, 4.9])
    P(doc, "")
    P(doc, "Disciplines, frequency and treatments", bold=True, size=11, after=2)
    T(doc, [["Discipline", "Frequency / duration", "Treatments"],
            ["Skilled nursing", "3w4, 2w4", "Wound care R plantar foot: cleanse with NS, apply calcium alginate, "
                                            "cover with foam dressing, change Mon/Wed/Fri and PRN if soiled; "
                                            "offloading boot at all times when up; assess for infection; diabetic "
                                            "teaching."],
            ["Medical social worker", "1w2 (evaluation and 1 follow-up visit)", "Assess finances for "
                                                                                  "supplies, Meals on Wheels referral."]],
      header=True, style="Table Grid", widths=[1.4, 1.6, 3.8])
    P(doc, "")
    P(doc, "Goals", bold=True, size=11, after=2)
    for g in ("Wound will decrease from 3.0 x 2.2 cm to 1.5 x 1.0 cm or smaller by " + f(cend) + ".",
              "Patient will perform daily foot inspection using a mirror, return demonstration correct, by "
              + f(D(2026, 3, 23)) + ".",
              "Fasting blood glucose 80-150 on 5 of 7 days per log by " + f(D(2026, 4, 20)) + "."):
        P(doc, g, style="List Bullet")
    P(doc, "Verbal start-of-care order received from Dr. Ashby on 03/01/2026 by Lori Fenn, RN; read back and "
           "verified.", italic=True, size=9)
    P(doc, "")
    P(doc, "Certification", bold=True, size=11, after=2)
    P(doc, HH_CERT, size=8.5)
    t = T(doc, [["Physician signature", "Date signed"],
                ["Electronically signed by Julian Ashby, MD", ""],
                ["Clinician completing plan: Lori Fenn, RN", f(soc)]], style="Table Grid", widths=[4.8, 2.0])
    save_docx(doc, "s22_poc.docx", "Plan of Care", "PVNA")
    plan("s22_poc.docx", "medicare-home-health", [], asof, [["signature-missing"]],
         "Gap: the physician's e-signature is present but the 'Date signed' cell is empty (certification undated). "
         "SOC 03/02/2026, certification period to 04/30/2026 (59 days). Layout: page header/footer, styled "
         "identifier grid, diagnosis and discipline tables, bulleted goals, two-column signature/date table.",
         {"plan": soc, "first_tx": soc, "dob": D(1945, 8, 8), "period": (soc, cend),
          "sig": {"clinician": soc, "physician": None}})


def s23():
    f = f_mon
    soc, cend, do, asof = D(2026, 2, 2), D(2026, 4, 5), D(2026, 2, 9), D(2026, 3, 2)
    doc = new_doc("Helvetica", 10, 0.9)
    P(doc, "SUNRISE VALLEY HOME HEALTH", bold=True, size=13, align="c", after=0)
    P(doc, "Home Health Plan of Care and Certification", align="c", after=10)
    P(doc, runs=[("Patient: ", {"bold": True}), ("Winifred Castellanos\n", {}), ("Date of birth: ", {"bold": True}),
                 (f(D(1940, 1, 29)) + "\n", {}), ("Medicare beneficiary ID: ", {"bold": True}), ("8BT2-JR6-MQ55\n", {}),
                 ("Start of care: ", {"bold": True}), (f(soc) + "\n", {}), ("Certification period: ", {"bold": True}),
                 (f(soc) + " through " + f(cend) + "\n", {}), ("Plan of care date: ", {"bold": True}), (f(soc), {})])
    P(doc, runs=[("Diagnoses: ", {"bold": True}),
                 ("J44.1 Chronic obstructive pulmonary disease with (acute) exacerbation; J96.11 Chronic respiratory "
                  "failure with hypoxia; Z99.81 Dependence on supplemental oxygen", {})])
    T(doc, [["Discipline", "Frequency", "Orders"],
            ["SN", "2w4, 1w4", "Cardiopulmonary assessment, SpO2 on 2 L, inhaler technique, COPD action plan, "
                               "medication teaching, s/s of exacerbation."],
            ["PT", "3w2, 2w3, 1w3", "Energy conservation, gait and endurance training, pursed-lip breathing with "
                                    "activity, home exercise program."],
            ["OT", "1w4", "Bathing and dressing with energy conservation, shower chair, handheld shower."]],
      header=True, widths=[0.9, 1.3, 4.6])
    P(doc, "")
    P(doc, "Measurable goals", bold=True, after=0)
    P(doc, "\u2022 Patient will demonstrate correct inhaler technique with spacer, 5 of 5 steps, by " + f(D(2026, 2, 23))
      + ".", after=0)
    P(doc, "\u2022 Patient will walk 100 feet on 2 L O2 with SpO2 at or above 90% and rest break of 1 or fewer, "
           "by " + f(D(2026, 3, 30)) + ".", after=0)
    P(doc, "\u2022 Patient will bathe seated with set-up only by " + f(D(2026, 3, 16)) + ".", after=0)
    P(doc, "\u2022 No emergency room visits or hospital readmissions for COPD through the end of the certification "
           "period.", after=10)
    P(doc, HH_CERT, size=8)
    P(doc, "Attending physician: Raymond Okafor, DO      Signature on file      Date: " + f(do))
    P(doc, "Prepared by: Danielle Hsu, RN, case manager      " + f(soc))
    save_docx(doc, "s23_poc.docx", "Plan of Care", "SVHH")
    plan("s23_poc.docx", "medicare-home-health", [], asof, [["review-interval-exceeded"]],
         "Gap: the certification period Feb 2 - Apr 5, 2026 runs 62 days from the start of care; home health "
         "recertification is required at least every 60 days (warning, unverified). Layout: label/value lines in "
         "one paragraph with line breaks, discipline table, unicode bullets, 'Mon d, YYYY' dates.",
         {"plan": soc, "first_tx": soc, "dob": D(1940, 1, 29), "period": (soc, cend),
          "sig": {"clinician": soc, "physician": do}})



def s24():
    soc, cend, md, asof = D(2026, 3, 9), D(2026, 5, 7), D(2026, 3, 13), D(2026, 3, 30)

    def ref(t, i):
        return {"reference": f"urn:uuid:{i}"}

    ids = {k: f"5b0e{n:04d}-77aa-4c1e-9d3b-00000000{n:04d}" for n, k in enumerate(
        ["pt", "md", "rn", "org", "c1", "c2", "g1", "g2", "g3", "sr1", "sr2", "sr3", "cp", "prov"], 1)}
    res = {
        "pt": {"resourceType": "Patient",
               "identifier": [{"type": {"text": "Medicare Beneficiary Identifier"},
                               "system": "http://hl7.org/fhir/sid/us-mbi", "value": "4KW9TF3HN26"}],
               "name": [{"use": "official", "family": "Kittredge", "given": ["Ambrose", "L."]}],
               "gender": "male", "birthDate": "1944-09-17"},
        "md": {"resourceType": "Practitioner",
               "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi("187230456")}],
               "name": [{"family": "Nakashima", "given": ["Grace"], "suffix": ["MD"]}],
               "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360",
                                                       "code": "MD", "display": "Doctor of Medicine"}]}}]},
        "rn": {"resourceType": "Practitioner",
               "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi("119845023")}],
               "name": [{"family": "Oduya", "given": ["Priscilla"], "suffix": ["RN"]}]},
        "org": {"resourceType": "Organization", "name": "Three Rivers Home Health",
                "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi("166019283")}]},
        "c1": {"resourceType": "Condition",
               "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "L89.154",
                                    "display": "Pressure ulcer of sacral region, stage 4"}]},
               "subject": ref("Patient", ids["pt"]),
               "extension": [{"url": "http://example.org/fhir/StructureDefinition/diagnosis-rank",
                              "valueString": "primary"}]},
        "c2": {"resourceType": "Condition",
               "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.9",
                                    "display": "Type 2 diabetes mellitus without complications"}]},
               "subject": ref("Patient", ids["pt"])},
    }
    goals = {
        "g1": ("Sacral wound will decrease from 4.2 cm x 3.1 cm x 1.0 cm to 2.0 cm x 1.5 cm or smaller.", "2026-05-07",
               "wound length", "2.0 cm"),
        "g2": ("Wife will perform the wound dressing change with correct technique on 3 observed visits.",
               "2026-04-06", "correct return demonstrations", "3"),
        "g3": ("Patient will turn or be turned every 2 hours while in bed, per the turning log, on 7 of 7 days.",
               "2026-03-30", "days per week with log complete", "7"),
    }
    for k, (txt, due, meas, val) in goals.items():
        res[k] = {"resourceType": "Goal", "lifecycleStatus": "active", "description": {"text": txt},
                  "subject": ref("Patient", ids["pt"]), "startDate": soc.isoformat(),
                  "target": [{"measure": {"text": meas}, "detailString": val, "dueDate": due}]}
    srs = {
        "sr1": ("Skilled nursing visits: wound care (negative pressure wound therapy), assessment, teaching",
                "G0299", [(3, 1, "wk", 8)], "SN 3w8"),
        "sr2": ("Physical therapy visits: bed mobility, transfers, pressure relief", "G0151", [(2, 1, "wk", 4)],
                "PT 2w4"),
        "sr3": ("Home health aide visits: bathing, skin care", "G0156", [(3, 1, "wk", 8)], "HHA 3w8"),
    }
    for k, (txt, code, timings, note) in srs.items():
        res[k] = {"resourceType": "ServiceRequest", "status": "active", "intent": "order",
                  "code": {"coding": [{"system": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                                       "code": code}], "text": txt},
                  "subject": ref("Patient", ids["pt"]), "requester": ref("Practitioner", ids["md"]),
                  "occurrenceTiming": {"repeat": {"boundsDuration": {"value": timings[0][3],
                                                                     "unit": "wk", "system": "http://unitsofmeasure.org",
                                                                     "code": "wk"},
                                                  "frequency": timings[0][0], "period": timings[0][1],
                                                  "periodUnit": timings[0][2]},
                                       "code": {"text": note}},
                  "note": [{"text": note}]}
    res["cp"] = {"resourceType": "CarePlan", "status": "active", "intent": "plan",
                 "title": "Home Health Plan of Care",
                 "category": [{"text": "Home health"}],
                 "subject": ref("Patient", ids["pt"]),
                 "period": {"start": soc.isoformat(), "end": cend.isoformat()}, "created": soc.isoformat(),
                 "author": ref("Organization", ids["org"]),
                 "contributor": [ref("Practitioner", ids["rn"]), ref("Practitioner", ids["md"])],
                 "addresses": [ref("Condition", ids["c1"]), ref("Condition", ids["c2"])],
                 "goal": [ref("Goal", ids[g]) for g in ("g1", "g2", "g3")],
                 "activity": [{"reference": ref("ServiceRequest", ids[s])} for s in ("sr1", "sr2", "sr3")],
                 "note": [{"text": "Certification period 60 days from start of care. Negative pressure wound therapy "
                                   "125 mmHg continuous, dressing change 3 times a week."}]}
    res["prov"] = {"resourceType": "Provenance", "target": [ref("CarePlan", ids["cp"])],
                   "recorded": md.isoformat() + "T11:40:00-04:00",
                   "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                                   "code": "attester"}]}, "who": ref("Practitioner", ids["md"])}],
                   "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013",
                                            "code": "1.2.840.10065.1.12.1.5", "display": "Verification Signature"}],
                                  "when": md.isoformat() + "T11:40:00-04:00", "who": ref("Practitioner", ids["md"]),
                                  "sigFormat": "application/jose", "data": "ZXlKaGJHY2lPaUpTVXpJMU5pSjkuLi4="}]}
    bundle = {"resourceType": "Bundle", "type": "collection",
              "entry": [{"fullUrl": "urn:uuid:" + ids[k], "resource": res[k]} for k in ids]}
    write_text("s24_bundle.json", json.dumps(bundle, indent=1, ensure_ascii=False) + "\n")
    plan("s24_bundle.json", "medicare-home-health", [], asof, [],
         "Clean. FHIR R4 Bundle with urn:uuid references: Patient (MBI), two Practitioners, Organization, ICD-10-CM "
         "Conditions, three Goals with targets and due dates, three ServiceRequests with HCPCS visit codes and "
         "weekly timing with bounds, CarePlan 2026-03-09 to 2026-05-07 (59 days), Provenance with the physician's "
         "verification signature 2026-03-13.",
         {"plan": soc, "first_tx": soc, "dob": D(1944, 9, 17), "period": (soc, cend),
          "sig": {"physician": md}}, fmt="fhir")

# ============================================================================================
# Commercial ABA
# ============================================================================================


def s26():
    f = f_us
    pd, ps, pe, rv, asof = D(2026, 2, 2), D(2026, 2, 9), D(2026, 8, 8), D(2026, 7, 31), D(2026, 3, 4)
    par = D(2026, 2, 4)
    doc = new_doc("Century Gothic", 10, 0.9)
    header_footer(doc, header="Bright Steps Behavioral Therapy, LLC  \u2022  Behavior Treatment Plan  \u2022  "
                              "Mateo Alvarez-Quinn  \u2022  Member ID BSX88420317-01",
                  footer="Confidential health information. Bright Steps Behavioral Therapy, LLC \u2022 Tax ID on file",
                  page_numbers=True, hsize=7.5, fsize=7.5)
    P(doc, "Applied Behavior Analysis", size=11, color="7030A0", after=0)
    P(doc, "Initial Treatment Plan & Authorization Request", bold=True, size=18, after=10)
    T(doc, [["Client", "Mateo Alvarez-Quinn", "Date of birth", f(D(2020, 5, 11)) + " (5 y)"],
            ["Health plan", "Cascade Health Plan (commercial)", "Member ID", "BSX88420317-01"],
            ["Parents / guardians", "Daniela Quinn, Rafael Alvarez", "Plan date", f(pd)],
            ["Authorization period requested", f(ps) + " \u2013 " + f(pe), "Next progress review", f(rv)],
            ["Supervising BCBA", "Renee Castellanos, MS, BCBA (NPI " + npi("128835496") + ")", "Setting", "Home and clinic"]],
      style="Light Grid Accent 4", widths=[1.7, 2.2, 1.4, 1.6], size=9)
    H(doc, "1. Diagnosis", 1)
    P(doc, "F84.0 Autistic disorder (autism spectrum disorder, level 2) \u2014 diagnosed by Lena Fischer, PhD, "
           "licensed psychologist, on " + f(D(2025, 9, 30)) + " (ADOS-2 Module 1 and ADI-R). Report attached.")
    H(doc, "2. Assessments", 1)
    T(doc, [["Assessment", "Date", "Administered by", "Results"],
            ["VB-MAPP", f(D(2026, 1, 20)), "R. Castellanos, BCBA", "Milestones 58/170 (Level 1-2); Barriers 34"],
            ["Vineland-3 (parent form)", f(D(2026, 1, 22)), "R. Castellanos, BCBA",
             "ABC 66; Communication 62, Daily Living 70, Socialization 64"],
            ["Functional behavior assessment", f(D(2026, 1, 27)), "R. Castellanos, BCBA",
             "Elopement maintained by access to tangibles and escape"],
            ["Preference assessment (MSWO)", f(D(2026, 1, 20)), "J. Park, RBT", "Top: bubbles, iPad, trampoline"]],
      header=True, shade_header="E4DFEC", size=9, widths=[1.8, 1.0, 1.5, 2.6])
    H(doc, "3. Background", 1)
    P(doc, "Mateo lives with his mother, father and 8-year-old sister. He attends a half-day pre-K program with an "
           "IEP (speech 2x30 min/week). He uses about 15 single words, leads adults by the hand to request, and "
           "elopes from the home and the classroom several times a day. Medical history is unremarkable; hearing "
           "and vision screens passed 10/2025.")
    page_break(doc)
    H(doc, "4. Treatment goals", 1)
    goals = [
        ("Communication", "Mateo will independently mand for 20 different items or activities using 2-word phrases.",
         "4 single-word mands; no 2-word mands", "80% of opportunities across 3 consecutive sessions", f(D(2026, 8, 7))),
        ("Listener responding", "Mateo will follow 2-step instructions with novel items.",
         "20% of trials", "80% of trials across 3 consecutive sessions with 2 therapists", f(D(2026, 6, 30))),
        ("Social", "Mateo will take turns with a peer in a structured game for 5 consecutive turns.",
         "1 turn before leaving", "5 turns on 4 of 5 opportunities", f(D(2026, 7, 15))),
        ("Adaptive / toileting", "Mateo will initiate toileting by saying or signing 'potty'.",
         "0 self-initiations; scheduled sits only", "4 of 5 days with 2 or more initiations, 2 consecutive weeks",
         f(D(2026, 8, 7))),
        ("Behavior reduction", "Elopement will decrease.",
         "Mean 6 episodes per day (10-day baseline)", "1 or fewer episodes per day for 4 consecutive weeks",
         f(D(2026, 8, 7))),
    ]
    t = T(doc, [["Domain", "Goal", "Baseline", "Mastery criterion", "Target date"]] + [list(g) for g in goals],
          header=True, shade_header="E4DFEC", size=8.5, widths=[1.1, 2.2, 1.3, 1.5, 0.9])
    H(doc, "5. Parent / caregiver training goals", 1)
    t = T(doc, [["Goal", "Baseline", "Mastery criterion", "Target date"],
                ["Mrs. Quinn will prompt and reinforce 2-word mands using the FCT protocol.", "35% fidelity",
                 "90% fidelity across 3 consecutive observations", f(D(2026, 5, 29))],
                ["Both parents will implement the elopement safety protocol (door alarms, blocking, redirecting to "
                 "replacement behavior).", "50% of steps", "100% of steps in 3 consecutive probes", f(D(2026, 4, 30))]],
          header=True, shade_header="E4DFEC", size=8.5, widths=[3.0, 1.0, 1.8, 1.0])
    H(doc, "6. Services requested", 1)
    T(doc, [["CPT", "Service", "Hours per week", "Provider"],
            ["97153", "Adaptive behavior treatment by protocol", "20 hours per week", "RBT"],
            ["97155", "Protocol modification / direct supervision", "3 hours per week", "BCBA"],
            ["97156", "Family adaptive behavior treatment guidance", "1.5 hours per week", "BCBA"]],
      header=True, shade_header="E4DFEC", size=9, widths=[0.8, 3.2, 1.4, 1.2])
    P(doc, "")
    P(doc, "Hours are based on the VB-MAPP barriers score, the intensity of elopement, and the family's schedule. "
           "Services will be delivered 4 days a week in the home and 1 day a week in the clinic.")
    H(doc, "7. Crisis plan", 1)
    P(doc, "If Mateo elopes into the street or another unsafe area, staff will follow the elopement safety protocol, "
           "notify the parent, and call 911 if he cannot be located within 2 minutes. Staff are trained in "
           "Safety-Care. Incidents are reported to the BCBA within 24 hours.")
    H(doc, "8. Coordination of care", 1)
    P(doc, "With parental consent, the BCBA will coordinate monthly with the pre-K teacher and the school speech "
           "therapist and share this plan with the pediatrician (Dr. A. Mbatha).")
    H(doc, "9. Transition and discharge criteria", 1)
    P(doc, "Hours will be faded as goals are mastered. Discharge will be considered when Mateo communicates his "
           "needs with phrases in home and school, elopement is at or near zero for 3 months, and parents implement "
           "the protocols independently.")
    page_break(doc)
    H(doc, "10. Signatures", 1)
    P(doc, "By signing, the parent/guardian confirms that they took part in developing this plan and agree with it.",
      italic=True, size=9)
    T(doc, [["Supervising BCBA", "Renee Castellanos, MS, BCBA", "/s/ R. Castellanos", f(pd)],
            ["Parent / guardian", "Daniela Quinn (mother)", "Daniela Quinn", f(par)]],
      widths=[1.5, 2.3, 1.7, 1.2])
    save_docx(doc, "s26_aba.docx", "ABA Treatment Plan", "Bright Steps")
    plan("s26_aba.docx", "commercial-aba", [], asof, [],
         "Clean. F84.0 with evaluator and date, VB-MAPP and Vineland-3 in January 2026, goals with baseline, "
         "mastery criterion and target date, two parent-training goals, hours per week by CPT code, authorization "
         "period 02/09-08/08/2026 (6 months), next review 07/31/2026 (179 days after the plan), BCBA and parent "
         "signatures dated. Layout: long (4+ pages) with Word headings numbered in their text, wide goal tables, "
         "crisis/coordination boilerplate, header and footer IDs.",
         {"plan": pd, "dob": D(2020, 5, 11), "period": (ps, pe), "reviews": [rv],
          "assess": [D(2026, 1, 20), D(2026, 1, 22)], "sig": {"clinician": pd, "guardian": par},
          "targets": [D(2026, 8, 7), D(2026, 6, 30), D(2026, 7, 15), D(2026, 5, 29), D(2026, 4, 30)]})


def s27():
    f = f_us4
    pd, ps, pe, rv, asof = D(2026, 3, 2), D(2026, 3, 9), D(2026, 9, 8), D(2026, 8, 28), D(2026, 3, 16)
    doc = new_doc("Calibri", 11, 1.0)
    P(doc, "LITTLE OAKS AUTISM CENTER", bold=True, size=16, align="c", color="375623", after=0)
    P(doc, "Behavior Plan of Care", align="c", size=12, after=12)
    P(doc, runs=[("Learner: ", {"bold": True}), ("Aiden Delgado", {})], after=0)
    P(doc, runs=[("DOB: ", {"bold": True}), (f(D(2019, 3, 3)), {})], after=0)
    P(doc, runs=[("Insurance / ID: ", {"bold": True}), ("Meridian Mutual PPO, ID MMP-5521-9084-02", {})], after=0)
    P(doc, runs=[("Plan written: ", {"bold": True}), (f(pd), {})], after=0)
    P(doc, runs=[("Requested service dates: ", {"bold": True}), (f(ps) + " to " + f(pe), {})], after=0)
    P(doc, runs=[("Progress review scheduled: ", {"bold": True}), (f(rv), {})], after=10)
    P(doc, runs=[("Diagnosis: ", {"bold": True}),
                 ("F84.0 Autistic disorder. Diagnosed " + f(D(2024, 6, 12)) + " by Samuel Greer, MD, "
                  "developmental-behavioral pediatrician.", {})], after=6)
    P(doc, runs=[("Standardized assessment: ", {"bold": True}),
                 ("ABLLS-R completed " + f(D(2026, 2, 12)) + " by Priya Natarajan, BCBA: strengths in visual "
                  "performance (B) and imitation (D); deficits in requests (F), labeling (G), and intraverbals (H). "
                  "Direct observation and a records review also informed this plan.", {})], after=10)
    H(doc, "Skill Acquisition", 2)
    acq = [
        ("1", "Requesting", "Aiden will request help, a break, or a preferred item using a 3-word sentence without "
                            "prompts.", "Baseline: 10% of opportunities (1-2 words)",
         "Mastery: 80% of opportunities across 3 consecutive sessions", f(D(2026, 8, 28))),
        ("2", "Intraverbal", "Aiden will answer 'wh' questions about his day (who, what, where).",
         "Baseline: 2 of 15 questions", "Mastery: 12 of 15 questions correct on 3 consecutive probes",
         f(D(2026, 7, 31))),
        ("3", "Play / social", "Aiden will join a peer's play by commenting or offering a toy.",
         "Baseline: 0 initiations per 30-min play period", "Mastery: 3 initiations per 30-min period, 4 of 5 days",
         f(D(2026, 8, 14))),
        ("4", "Self-care", "Aiden will complete handwashing (8-step task analysis) independently.",
         "Baseline: 3 of 8 steps", "Mastery: 8 of 8 steps on 5 consecutive opportunities", f(D(2026, 6, 12))),
    ]
    for n, dom, goal, base, mast, due in acq:
        P(doc, runs=[(f"Goal {n} \u2013 {dom}. ", {"bold": True}), (goal, {})], after=0)
        P(doc, f"{base}.  {mast}.  Target date: {due}.", indent=0.4, size=10, after=6)
    H(doc, "Behavior Reduction", 2)
    P(doc, runs=[("Goal 5 \u2013 Aggression (hitting, kicking). ", {"bold": True}),
                 ("Aiden's aggression will decrease to 2 or fewer episodes per week for 4 consecutive weeks.", {})],
      after=0)
    P(doc, "Baseline: 11 episodes per week (2-week average).  Function: escape from non-preferred tasks.  "
           "Replacement: requesting a break.  Target date: " + f(D(2026, 8, 28)) + ".", indent=0.4, size=10, after=10)
    H(doc, "Services Requested", 2)
    T(doc, [["Code", "Description", "Units/week", "Hours/week"],
            ["97153", "Adaptive behavior treatment by protocol (RBT)", "100", "25"],
            ["97155", "Protocol modification by BCBA", "16", "4"],
            ["97156", "Family adaptive behavior treatment guidance", "8", "2"]], header=True,
      widths=[0.8, 3.6, 1.0, 1.0])
    P(doc, "")
    P(doc, "Discharge criteria: goals mastered and generalized to home and kindergarten; aggression below 1 per week "
           "for 8 weeks.", size=10)
    P(doc, "")
    P(doc, "BCBA: Priya Natarajan, MA, BCBA     Signature: P. Natarajan     Date: " + f(pd), after=4)
    P(doc, "Parent/Guardian: Ana Delgado-Ruiz     Signature: Ana Delgado-Ruiz     Date: " + f(D(2026, 3, 3)))
    save_docx(doc, "s27_aba.docx", "Behavior Plan of Care", "Little Oaks")
    plan("s27_aba.docx", "commercial-aba", [], asof, [["caregiver-goal-missing"]],
         "Gap: no goal involves the parent or caregiver learning a procedure, although 97156 family guidance "
         "hours are requested; all five goals are the child's. Otherwise complete (ABLLS-R 2/12/2026, period "
         "3/9-9/8/2026, review 8/28/2026 = 179 days). Layout: bold run-in labels, heading-2 sections, each goal a "
         "bold run-in paragraph with baseline/mastery/target on an indented line, units and hours columns.",
         {"plan": pd, "dob": D(2019, 3, 3), "period": (ps, pe), "reviews": [rv], "assess": [D(2026, 2, 12)],
          "sig": {"clinician": pd, "guardian": D(2026, 3, 3)},
          "targets": [D(2026, 8, 28), D(2026, 7, 31), D(2026, 8, 14), D(2026, 6, 12)]})


def s28():
    f = f_eu
    pd, ps, pe, rv, asof = D(2026, 1, 26), D(2026, 2, 1), D(2026, 8, 31), D(2026, 7, 24), D(2026, 3, 5)
    doc = new_doc("Trebuchet MS", 10, 0.8)
    t = T(doc, [["EVERGREEN ABA PARTNERS", "Treatment Plan & Request for Authorization"]], style=None)
    cell_text(t.cell(0, 0), "EVERGREEN ABA PARTNERS", bold=True, size=14, color="2F5496")
    cell_text(t.cell(0, 1), "Treatment Plan & Request for Authorization", size=11, align="r")
    P(doc, "")
    t = T(doc, [["Child's name", "Date of birth", "Subscriber ID", "Plan date"],
                ["Nora Whitaker", f(D(2021, 9, 14)), "EVH-300-417-562", f(pd)],
                ["Authorization requested", "", "Reassessment / review", "Guardian"],
                ["1 February 2026 through 31 August 2026", "", f(rv), "Claire Whitaker (mother)"]], size=9)
    merge(t, 2, 0, 2, 1, "Authorization requested", bold=True, size=8)
    merge(t, 3, 0, 3, 1, f(ps) + " through " + f(pe), size=9)
    for c in range(4):
        cell_text(t.cell(0, c), t.cell(0, c).text, bold=True, size=8)
    cell_text(t.cell(2, 2), "Reassessment / review", bold=True, size=8)
    cell_text(t.cell(2, 3), "Guardian", bold=True, size=8)
    P(doc, "")
    P(doc, "Diagnosis: F84.0 Autistic disorder (ASD, requiring substantial support) \u2014 Imani Roberts, PsyD, "
           "licensed psychologist, evaluation of " + f(D(2025, 11, 4)) + ".")
    P(doc, "Assessment: VB-MAPP administered " + f(D(2026, 1, 13)) + " (Milestones 31; Barriers 52; Transition 41). "
           "Vineland-3 not completed (parent unavailable); VB-MAPP used for goal selection.")
    rows = [["Domain", "Target behavior", "Baseline", "Mastery criterion", "Target date"],
            ["Echoic", "Nora will echo 2-syllable words clearly.", "25% of trials", "80% of trials, 3 consecutive "
                                                                                   "sessions", f(D(2026, 6, 30))],
            ["Mand", "Nora will mand for 10 items using signs or words.", "2 items", "10 items, independent, 3 days",
             f(D(2026, 7, 31))],
            ["Tact", "Nora will label 25 common objects.", "5 objects", "25 objects, 90% accuracy on probes",
             f(D(2026, 8, 28))],
            ["Behavior", "Self-injury (head hitting) will decrease.", "14 per hour", "2 or fewer per hour, 4 weeks",
             f(D(2026, 8, 28))],
            ["Caregiver", "Claire will run a 10-minute mand session with correct prompting and reinforcement.",
             "40% fidelity", "90% fidelity, 3 consecutive observations", f(D(2026, 5, 15))]]
    T(doc, rows, header=True, shade_header="DEEAF6", size=9, widths=[0.9, 2.5, 1.0, 1.6, 1.0])
    P(doc, "")
    T(doc, [["CPT", "Service", "Hours/week"], ["97153", "Direct treatment (RBT)", "15"],
            ["97155", "BCBA protocol modification", "2.5"], ["97156", "Caregiver guidance", "1"]],
      header=True, size=9, widths=[0.8, 3.0, 1.2])
    P(doc, "")
    P(doc, "Signed: Jonah Friedlander, MEd, BCBA \u2014 " + f(pd), after=0)
    P(doc, "Signed: Claire Whitaker, parent \u2014 " + f(D(2026, 1, 28)))
    save_docx(doc, "s28_aba.docx", "ABA Plan", "EvergreenABA")
    plan("s28_aba.docx", "commercial-aba", [], asof, [["duration-exceeds-limit"]],
         "Gap: authorization requested 1 February 2026 through 31 August 2026, 7 months; the limit is 6 months per "
         "authorization. Review 24 July 2026 (179 days after the plan) is within 184 days. Layout: banner table, "
         "captions with values in the row below (one merged), day-month-year dates, single goal table with a "
         "caregiver row.",
         {"plan": pd, "dob": D(2021, 9, 14), "period": (ps, pe), "reviews": [rv], "assess": [D(2026, 1, 13)],
          "sig": {"clinician": pd, "guardian": D(2026, 1, 28)},
          "targets": [D(2026, 6, 30), D(2026, 7, 31), D(2026, 8, 28), D(2026, 5, 15)]})



def s29():
    f = f_us
    pd, ps, pe, rv, asof = D(2026, 2, 16), D(2026, 2, 23), D(2026, 8, 22), D(2026, 8, 10), D(2026, 3, 11)
    vb = D(2024, 12, 10)
    doc = new_doc("Franklin Gothic Book", 10, 0.75)
    header_footer(doc, header="Northstar Behavioral Health  |  ABA Services  |  Concurrent Review / Continuation "
                              "Request", footer="Elijah Mbeki  DOB 12/01/2017  Member 77120-4430-1",
                  hsize=8, fsize=8)
    P(doc, "Continuation of Care: ABA Treatment Plan", bold=True, size=15, after=6)
    P(doc, "Client: Elijah Mbeki\tDate of birth: 12/01/2017\tMember ID: 77120-4430-1", tabs=[2.6, 5.0], after=0)
    P(doc, "Plan date: " + f(pd) + "\tRequested period: " + f(ps) + " \u2013 " + f(pe), tabs=[2.6], after=0)
    P(doc, "Next treatment plan review: " + f(rv) + "\tGuardian: Nomvula Mbeki (mother)", tabs=[2.6], after=8)
    P(doc, "DIAGNOSIS", bold=True, size=9, color="808080", after=0)
    P(doc, "F84.0 Autistic disorder. Original diagnosis by Carmen Ruiz, PhD, licensed psychologist, on 03/15/2022.",
      after=8)
    P(doc, "ASSESSMENT SUMMARY", bold=True, size=9, color="808080", after=0)
    P(doc, "The VB-MAPP was last administered on " + f(vb) + " (Milestones 112/170; Barriers 18). A functional "
           "behavior assessment was updated on " + f(D(2026, 1, 21)) + " through direct observation and a "
           "structured parent interview (hypothesis: scripting and flopping maintained by automatic reinforcement "
           "and escape). Session data for the last authorization period are summarized below. Standardized "
           "re-assessment will be completed before the next review.", after=8)
    P(doc, "PROGRESS IN THE LAST PERIOD", bold=True, size=9, color="808080", after=0)
    T(doc, [["Target", "Start of period", "Now", "Status"],
            ["Conversational exchanges (3+ turns)", "1 per session", "4 per session", "Continue"],
            ["Flopping during transitions", "8 per day", "3 per day", "Continue"],
            ["Tying shoes", "0 of 6 steps", "6 of 6 steps", "Mastered"]], header=True, size=9)
    P(doc, "")
    P(doc, "GOALS FOR THIS PERIOD", bold=True, size=9, color="808080", after=0)
    goals = [("G1", "Elijah will hold a conversation of 5 or more turns on a peer-chosen topic.",
              "4 turns (mean of last 10 sessions)", "5+ turns in 80% of opportunities across 3 sessions",
              f(D(2026, 8, 14))),
             ("G2", "Flopping during transitions will decrease.", "3 per day",
              "0-1 per day for 20 consecutive school days", f(D(2026, 8, 14))),
             ("G3", "Elijah will use a visual checklist to complete his morning routine (7 steps).",
              "3 of 7 steps independent", "7 of 7 independent, 5 consecutive days", f(D(2026, 6, 19))),
             ("G4", "Ms. Mbeki will deliver the transition warning and token system at home with 90% fidelity.",
              "60% fidelity", "90% fidelity, 3 consecutive home observations", f(D(2026, 5, 15)))]
    for g in goals:
        t = T(doc, [[g[0], g[1]], ["Baseline", g[2]], ["Mastery", g[3]], ["Target date", g[4]]],
              style="Table Grid", widths=[1.1, 5.6], size=9)
        shade(t.cell(0, 0), "D9D9D9")
        P(doc, "", after=0)
    P(doc, "SERVICES", bold=True, size=9, color="808080", after=0)
    P(doc, "97153 direct treatment 18 hours/week; 97155 protocol modification 3 hours/week; 97156 family guidance "
           "1 hour/week.", after=10)
    P(doc, "Supervising BCBA: Tomas Lindqvist-Ade, PhD, BCBA-D     Date: " + f(pd), after=0)
    P(doc, "Parent/guardian: Nomvula Mbeki     Date: " + f(D(2026, 2, 17)))
    save_docx(doc, "s29_aba.docx", "Continuation Request", "Northstar")
    plan("s29_aba.docx", "commercial-aba", [], asof, [["assessment-outdated"]],
         "Gap: continuation plan of 02/16/2026 relies on a VB-MAPP of 12/10/2024 (433 days old); the standardized "
         "assessment should be within 365 days (warning, unverified). The only recent assessment is an FBA by "
         "observation and interview, which is not standardized. Layout: header/footer IDs, gray caps captions, "
         "tab-separated identifiers, one small 2-column table per goal.",
         {"plan": pd, "dob": D(2017, 12, 1), "period": (ps, pe), "reviews": [rv], "assess": [vb],
          "sig": {"clinician": pd, "guardian": D(2026, 2, 17)},
          "targets": [D(2026, 8, 14), D(2026, 6, 19), D(2026, 5, 15)]})


def s30():
    f = f_us
    pd, ps, pe, rv, asof = D(2026, 3, 9), D(2026, 3, 16), D(2026, 9, 15), D(2026, 9, 4), D(2026, 3, 24)
    doc = new_doc("Calibri", 10.5, 0.8)
    P(doc, "Canyon Kids Behavior Services", bold=True, size=13, after=0)
    P(doc, "Individualized Behavior Intervention & Treatment Plan", size=11, italic=True, after=8)
    t = T(doc, [["Child", "Lily Tran", "DOB", f(D(2020, 7, 22))],
                ["Member ID", "DSH4471920", "Plan date", f(pd)],
                ["Service dates", f(ps) + " - " + f(pe), "Re-evaluation due", f(rv)]], size=9.5,
          widths=[1.2, 2.4, 1.3, 1.9])
    P(doc, "")
    P(doc, runs=[("Diagnosis  ", {"bold": True}), ("F84.0  Autism spectrum disorder", {})])
    P(doc, runs=[("Assessment  ", {"bold": True}),
                 ("Vineland-3 comprehensive interview form, " + f(D(2026, 2, 20)) + ": ABC 71 (Communication 69, "
                  "Daily Living Skills 75, Socialization 68). Parent interview and direct observation.", {})])
    P(doc, "Treatment Goals", bold=True, size=12, before=6)
    data = [
        ("1. Expressive language", "Lily will use 4-word sentences to comment during play.",
         "Baseline: 1-2 word utterances, 0 four-word comments", "Mastery: 10 four-word comments per 30-minute session, "
         "3 consecutive sessions", f(D(2026, 9, 4))),
        ("2. Sensory tolerance", "Lily will tolerate a haircut at the salon while seated.", "",
         "Mastery: completes a full haircut with 0 episodes of screaming or leaving the chair on 2 consecutive visits",
         f(D(2026, 8, 21))),
        ("3. Safety", "Lily will stop at the curb and wait for an adult's signal before crossing.",
         "Baseline: stops on 10% of opportunities", "Mastery: 100% of opportunities across 10 consecutive community "
         "outings", f(D(2026, 7, 24))),
        ("4. Parent training", "Lily's father will use planned ignoring and differential reinforcement during "
                               "tantrums.", "Baseline: 30% fidelity", "Mastery: 90% fidelity on 3 consecutive "
                                                                    "observations", f(D(2026, 5, 29))),
    ]
    for dom, goal, base, mast, due in data:
        P(doc, dom, bold=True, after=0)
        P(doc, goal, indent=0.3, after=0)
        if base:
            P(doc, base, indent=0.3, after=0, size=9.5)
        P(doc, mast, indent=0.3, after=0, size=9.5)
        P(doc, "Target date: " + due, indent=0.3, after=6, size=9.5)
    P(doc, "Requested Services", bold=True, size=12, before=6)
    T(doc, [["97153", "Adaptive behavior treatment by protocol", "10 hrs/week"],
            ["97155", "Adaptive behavior treatment with protocol modification", "2 hrs/week"],
            ["97156", "Family adaptive behavior treatment guidance", "1 hr/week"]], size=9.5, widths=[0.8, 4.2, 1.4])
    P(doc, "")
    T(doc, [["BCBA", "Gabriel Ortiz, MS, BCBA", f(pd)], ["Parent", "Minh Tran (father)", f(pd)]], size=9.5,
      widths=[1.2, 3.6, 1.6])
    save_docx(doc, "s30_aba.docx", "Treatment Plan", "CKBS")
    plan("s30_aba.docx", "commercial-aba", [], asof, [["baseline-missing"], ["field-missing"]],
         "Gaps: goal 2 (haircut tolerance) records no baseline while the other goals do; the F84.0 diagnosis names "
         "neither who made it nor when (diagnosis-evaluation-documented, warning). Layout: small grid, bold "
         "run-in captions, goals as stacked indented paragraphs (domain, goal, baseline, mastery, date), borderless-"
         "looking service and signature grids.",
         {"plan": pd, "dob": D(2020, 7, 22), "period": (ps, pe), "reviews": [rv], "assess": [D(2026, 2, 20)],
          "sig": {"clinician": pd, "guardian": pd},
          "targets": [D(2026, 9, 4), D(2026, 8, 21), D(2026, 7, 24), D(2026, 5, 29)]})


def s31():
    f = f_long
    pd, ps, pe, rv, asof = D(2026, 2, 20), D(2026, 3, 1), D(2026, 8, 31), D(2026, 8, 14), D(2026, 3, 6)
    doc = new_doc("Candara", 11, 1.0)
    P(doc, "Redwood Play-Based ABA", bold=True, size=16, color="833C0B", after=0)
    P(doc, "Treatment plan for prior authorization", after=10)
    P(doc, "About the child", bold=True, size=12, color="833C0B", after=2)
    P(doc, "Owen Pierce-Hall, born " + f(D(2022, 2, 28)) + ", is a 3-year-old who lives with his mother and "
           "grandmother. Member ID RWH-2290-7716. Plan date: " + f(pd) + ". Authorization requested from " + f(ps)
      + " to " + f(pe) + ". The plan will be reviewed on " + f(rv) + ".")
    P(doc, "Diagnoses", bold=True, size=12, color="833C0B", after=2)
    P(doc, "Primary: F80.2 Mixed receptive-expressive language disorder \u2014 Hannah Cole, MD, developmental "
           "pediatrician, " + f(D(2025, 11, 18)) + ".", after=0)
    P(doc, "Secondary: F88 Other disorders of psychological development (global developmental delay), same "
           "evaluation.", after=0)
    P(doc, "Autism spectrum disorder is suspected; a diagnostic evaluation with developmental pediatrics is on the "
           "waitlist.", italic=True)
    P(doc, "Assessments", bold=True, size=12, color="833C0B", after=2)
    P(doc, "Vineland-3 (" + f(D(2026, 1, 30)) + "): ABC 63. VB-MAPP (" + f(D(2026, 2, 3)) + "): Milestones 22, Barriers "
           "29. Both by Jordan Ellery, BCBA.")
    P(doc, "Goals", bold=True, size=12, color="833C0B", after=2)
    for g in ("Owen will imitate 10 different actions with objects when shown. Baseline: 2 actions. Mastery: 10 "
              "actions, 80% of trials over 3 sessions. By " + f(D(2026, 6, 30)) + ".",
              "Owen will point to request out-of-reach items. Baseline: 0 points (reaches and cries). Mastery: 15 "
              "independent points per day for 5 days. By " + f(D(2026, 5, 29)) + ".",
              "Owen will respond to his name by looking within 3 seconds. Baseline: 20% of trials. Mastery: 80% of "
              "trials across 2 adults. By " + f(D(2026, 7, 31)) + ".",
              "Owen's grandmother will use naturalistic teaching (model, wait, reinforce) during snack. Baseline: "
              "25% fidelity. Mastery: 85% fidelity, 3 observations. By " + f(D(2026, 5, 15)) + "."):
        P(doc, g, style="List Number")
    P(doc, "Services", bold=True, size=12, color="833C0B", after=2)
    P(doc, "97153, 12 hours per week, in the home; 97155, 2 hours per week; 97156, 1 hour per week with mother and "
           "grandmother.")
    P(doc, "Signatures", bold=True, size=12, color="833C0B", after=2)
    P(doc, "Jordan Ellery, MS, BCBA \u2014 signed " + f(pd))
    P(doc, "Tanya Pierce (mother) \u2014 signed " + f(D(2026, 2, 23)))
    save_docx(doc, "s31_aba.docx", "Treatment Plan", "Redwood")
    plan("s31_aba.docx", "commercial-aba", [], asof, [["diagnosis-not-covered"]],
         "Gap: the primary diagnosis is F80.2 (language disorder), secondary F88; autism is only suspected, so the "
         "ABA request has no covered F84.x diagnosis. Everything else is in order. Layout: narrative 'About the "
         "child' paragraph carrying the identifiers and dates, colored captions, goals in a List Number with "
         "baseline/mastery/date inline.",
         {"plan": pd, "dob": D(2022, 2, 28), "period": (ps, pe), "reviews": [rv],
          "assess": [D(2026, 1, 30), D(2026, 2, 3)], "sig": {"clinician": pd, "guardian": D(2026, 2, 23)},
          "targets": [D(2026, 6, 30), D(2026, 5, 29), D(2026, 7, 31), D(2026, 5, 15)]})


def s32():
    f = f_us4
    pd, ps, pe, rv, asof = D(2026, 3, 11), D(2026, 3, 16), D(2026, 9, 15), D(2026, 9, 1), D(2026, 3, 30)
    doc = new_doc("Calibri", 10.5, 0.9)
    P(doc, "Tri-County Autism Services \u2014 ABA Treatment Plan", bold=True, size=14, after=8)

    def field(label, value, tag):
        p = P(doc, runs=[(label + ": ", {"bold": True})], after=0)
        sdt_inline(p, value, tag)
        return p

    field("Client name", "Zoe Lindahl", "ClientName")
    field("Date of birth", f(D(2018, 10, 10)), "DOB")
    field("Member ID", "TCH-6610043-00", "MemberID")
    p = P(doc, runs=[("Plan date: ", {"bold": True})], after=0)
    sdt_date(p, pd, f(pd), "PlanDate")
    field("Authorization period", f(ps) + " - " + f(pe), "AuthPeriod")
    field("Next review", f(rv), "NextReview")
    field("Diagnosis", "F84.0 Autistic disorder; diagnosed by Marcus Webb, MD (developmental-behavioral "
                       "pediatrics) on " + f(D(2026, 1, 14)), "Diagnosis")
    P(doc, "")
    P(doc, "Standardized assessments", bold=True, underline=True, after=2)
    t = T(doc, [["Instrument", "Date", "Scores"],
                ["Vineland-3", f(D(2026, 2, 25)), "ABC 74; Communication 72; DLS 78; Socialization 70"],
                ["AFLS (Basic Living Skills)", f(D(2026, 2, 27)), "Dressing 45%, Toileting 60%, Hygiene 30%"]],
          header=True, size=9.5)
    P(doc, "")
    P(doc, "Goals", bold=True, underline=True, after=2)
    goals = [
        ("Daily living", "Zoe will brush her teeth following a 10-step picture sequence.", "4/10 steps",
         "10/10 steps independent, 5 consecutive days", f(D(2026, 7, 31))),
        ("Communication", "Zoe will ask a peer a question during recess or lunch.", "0 per day",
         "3 per day, 4 of 5 school days", f(D(2026, 8, 28))),
        ("Coping", "Zoe will use a calm-down routine when told of a schedule change.", "15% of changes",
         "80% of changes over 2 weeks", f(D(2026, 6, 26))),
        ("Caregiver training", "Zoe's father will prompt the toothbrushing sequence using least-to-most prompting.",
         "50% fidelity", "90% fidelity, 3 consecutive observations", f(D(2026, 5, 22))),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["Area", "Goal", "Baseline", "Mastery", "By"]):
        cell_text(t.rows[0].cells[j], h, bold=True, size=9)
    for g in goals:
        cells = t.add_row().cells
        for j, v in enumerate(g):
            cells[j].text = ""
            sdt_inline(cells[j].paragraphs[0], v, "Goal" + ["Area", "Text", "Base", "Mastery", "Date"][j])
    P(doc, "")
    P(doc, "Services requested", bold=True, underline=True, after=2)
    for s in ("97153 Adaptive behavior treatment by protocol \u2014 12 hours per week",
              "97155 Protocol modification (BCBA) \u2014 2 hours per week",
              "97156 Family guidance \u2014 1 hour per week"):
        p = P(doc, "", after=0)
        sdt_inline(p, s, "Service")
    P(doc, "")
    p = P(doc, runs=[("BCBA signature: ", {"bold": True})], after=0)
    sdt_inline(p, "Electronically signed \u2013 Keisha Arrington, MEd, BCBA, LBA \u2013 " + f(pd), "BCBASig")
    p = P(doc, runs=[("Parent/guardian signature: ", {"bold": True})], after=0)
    sdt_inline(p, "Erik Lindahl (father) \u2013 " + f(D(2026, 3, 12)), "GuardianSig")
    save_docx(doc, "s32_aba.docx", "ABA Treatment Plan", "TCAS")
    plan("s32_aba.docx", "commercial-aba", [], asof, [],
         "Clean. Every value sits in a content control (plain-text and date-picker SDTs), including the goal-table "
         "cells and the signature lines. Vineland-3 and AFLS Feb 2026, period 3/16-9/15/2026, review 9/1/2026 "
         "(174 days), father's caregiver-training goal, hours by code.",
         {"plan": pd, "dob": D(2018, 10, 10), "period": (ps, pe), "reviews": [rv],
          "assess": [D(2026, 2, 25), D(2026, 2, 27)], "sig": {"clinician": pd, "guardian": D(2026, 3, 12)},
          "targets": [D(2026, 7, 31), D(2026, 8, 28), D(2026, 6, 26), D(2026, 5, 22)]})

# ============================================================================================
# Substance use treatment under the state profiles (payer: base-treatment-plan)
# ============================================================================================


def s33():
    f = f_us
    adm, pd, md, asof = D(2026, 2, 24), D(2026, 3, 2), D(2026, 3, 3), D(2026, 3, 9)
    doc = new_doc("Calibri", 10, 0.75)
    header_footer(doc, header="HUDSON CREST INPATIENT REHABILITATION SERVICES \u2022 OASAS-certified Part 818 program",
                  footer="Patient: Tolliver, Kevin  |  CIN TK48213R  |  Unit 3 West", page_numbers=True, hsize=8)
    H(doc, "Interdisciplinary Treatment Plan", 1)
    T(doc, [["Patient", "Kevin A. Tolliver", "Date of birth", f(D(1984, 4, 4))],
            ["Medicaid CIN", "TK48213R", "Admission date", f(adm)],
            ["Treatment plan date", f(pd), "Primary counselor", "Colin Brady, LMSW, CASAC"],
            ["Attending physician", "Anjali Rao, MD", "Expected length of stay", "28 days"]],
      style="Light List Accent 2", widths=[1.6, 1.9, 1.6, 1.8], size=9)
    H(doc, "Diagnoses", 2)
    P(doc, "F10.20 Alcohol dependence, uncomplicated", style="List Bullet")
    P(doc, "F14.20 Cocaine dependence, uncomplicated", style="List Bullet")
    P(doc, "I10 Essential (primary) hypertension", style="List Bullet")
    H(doc, "Problem areas, goals and methods of treatment", 2)
    rows = [["Problem area", "Goal", "Objectives", "Methods / responsible staff"],
            ["1. Substance use", "Kevin will establish early recovery and a plan to stay sober after discharge.",
             "a) Kevin will identify 5 high-risk situations and a coping response for each in his relapse prevention "
             "plan by 03/16/2026.\nb) Kevin will attend 100% of scheduled groups each week.",
             "Individual counseling 2x/week (C. Brady); CBT relapse prevention group daily; 12-step facilitation"],
            ["2. Medical", "Kevin's blood pressure will be controlled.",
             "Kevin will take amlodipine daily with BP below 140/90 on 5 of 7 daily checks by 03/20/2026.",
             "Nursing BP checks daily; physician follow-up weekly (A. Rao, MD)"],
            ["3. Family / social", "Kevin will rebuild trust with his partner.",
             "Kevin and his partner will attend 2 family sessions before discharge.",
             "Family session 1x/week (C. Brady)"],
            ["4. Vocational", "Kevin will plan a return to work.",
             "Kevin will meet with the vocational counselor and write a return-to-work plan by 03/18/2026.",
             "Vocational counseling 1x/week (D. Ruiz, vocational counselor)"]]
    T(doc, rows, header=True, shade_header="FBE4D5", size=9, widths=[1.2, 1.8, 2.4, 1.6])
    H(doc, "Discharge planning", 2)
    P(doc, "Referral to outpatient treatment at a Part 822 clinic near his home, with an intake appointment before "
           "discharge; sober-support meetings; primary care follow-up for hypertension.")
    H(doc, "Treatment team signatures", 2)
    T(doc, [["Role", "Name", "Signature", "Date"],
            ["Primary counselor (responsible clinical staff)", "Colin Brady, LMSW, CASAC", "C. Brady", f(pd)],
            ["Physician (review of plan)", "Anjali Rao, MD", "A. Rao MD", f(md)],
            ["Patient", "Kevin A. Tolliver", "Kevin Tolliver", f(pd)]], header=True, size=9,
      widths=[2.2, 1.9, 1.4, 1.0])
    save_docx(doc, "s33_itp.docx", "Interdisciplinary Treatment Plan", "HCIRS")
    plan("s33_itp.docx", "base-treatment-plan", ["ny-oasas-818"], asof, [],
         "Clean. Admitted 02/24/2026, plan 03/02/2026 (6 days), physician review signed 03/03/2026 (7 days after "
         "admission). Layout: interdisciplinary plan with a problem-area/goal/objective/methods grid, team "
         "signature table, identifiers in header and footer.",
         {"plan": pd, "admit": adm, "dob": D(1984, 4, 4), "sig": {"clinician": pd, "physician": md, "client": pd},
          "targets": [D(2026, 3, 16), D(2026, 3, 20), D(2026, 3, 18)]})


def s34():
    adm, pd, do, asof = D(2026, 2, 26), D(2026, 3, 6), D(2026, 3, 6), D(2026, 3, 13)
    doc = new_doc("Arial", 10, 1.0)
    P(doc, "Adirondack Recovery Center - Inpatient Rehab", bold=True, after=0)
    P(doc, "TREATMENT PLAN", bold=True, after=10)
    P(doc, "Name:\tShauna Pike\tAdmit:\t2/26/2026", tabs=[1.0, 3.5, 4.3], after=0)
    P(doc, "DOB:\t10/17/1991\tPlan date:\t3/6/2026", tabs=[1.0, 3.5, 4.3], after=0)
    P(doc, "CIN:\tSP70931K\tCounselor:\tMariah Fontaine, CASAC", tabs=[1.0, 3.5, 4.3], after=10)
    P(doc, "Dx:  F11.20 Opioid dependence, uncomplicated;  F41.1 Generalized anxiety disorder", after=10)
    P(doc, "PROBLEM 1  Opioid use (fentanyl, IV), 2 overdoses in 2025", bold=True, after=0)
    P(doc, "Goal:  Shauna will stay on buprenorphine and build skills to prevent relapse.", after=0)
    P(doc, "Obj:  Take buprenorphine as ordered daily with 100% of doses observed by nursing through discharge.",
      after=0)
    P(doc, "Obj:  Write a relapse prevention plan naming 4 triggers and 2 sober supports by 3/20/2026.", after=0)
    P(doc, "Methods:  individual counseling 2x/wk, relapse prevention group daily, MAT education, naloxone training.",
      after=8)
    P(doc, "PROBLEM 2  Anxiety", bold=True, after=0)
    P(doc, "Goal:  Manage anxiety without using.", after=0)
    P(doc, "Obj:  Use a coping skill (breathing, grounding, walking) for 4 of 5 reported anxiety spikes per week by "
           "3/24/2026.", after=0)
    P(doc, "Methods:  CBT skills group 3x/wk; psychiatric evaluation.", after=8)
    P(doc, "PROBLEM 3  Housing", bold=True, after=0)
    P(doc, "Goal:  Safe housing at discharge.", after=0)
    P(doc, "Obj:  Complete 2 applications for supportive housing by 3/25/2026.", after=0)
    P(doc, "Methods:  case management 2x/wk.", after=12)
    P(doc, "______________________________", after=0)
    P(doc, "Mariah Fontaine, CASAC      3/6/2026", after=8)
    P(doc, "______________________________", after=0)
    P(doc, "Robert Kwan, DO  (physician review)      3/6/2026", after=8)
    P(doc, "______________________________", after=0)
    P(doc, "Shauna Pike      3/6/2026")
    save_docx(doc, "s34_tp.docx", "", "ARC")
    plan("s34_tp.docx", "base-treatment-plan", ["ny-oasas-818"], asof, [["plan-late"]],
         "Gap: admitted 2/26/2026, plan dated 3/6/2026: 8 days, one day past the 7-day limit of 14 NYCRR 818.5. "
         "Physician signed 3/6/2026 (8 days after admission, in time). Layout: sloppy, tab-separated label/value "
         "pairs two per line, bold PROBLEM lines, Goal/Obj/Methods prefixes, signatures over typed underscores.",
         {"plan": pd, "admit": adm, "dob": D(1991, 10, 17), "sig": {"clinician": pd, "physician": do, "client": pd},
          "targets": [D(2026, 3, 20), D(2026, 3, 24), D(2026, 3, 25)]})


def s35():
    f = f_long
    adm, pd, do, asof = D(2026, 3, 10), D(2026, 3, 16), D(2026, 3, 20), D(2026, 3, 31)
    doc = new_doc("Palatino Linotype", 10.5, 1.0)
    P(doc, "Long Island Sound Recovery \u2014 Inpatient Rehabilitation Program", bold=True, size=13, align="c",
      after=0)
    P(doc, "Individualized Treatment Plan (14 NYCRR Part 818)", align="c", italic=True, after=12)
    p = P(doc, runs=[("Resident: ", {"bold": True}), ("Victor M. Almeida     ", {}), ("Born: ", {"bold": True}),
                     (f(D(1977, 6, 30)) + "     ", {}), ("Medicaid: ", {"bold": True}), ("VA55102M", {})], after=0)
    P(doc, runs=[("Admitted: ", {"bold": True}), (f(adm) + "     ", {}), ("Plan completed: ", {"bold": True}),
                 (f(pd), {})], after=10)
    P(doc, runs=[("Diagnoses: ", {"bold": True}), ("F10.20 alcohol dependence, uncomplicated; F12.20 cannabis "
                                                 "dependence, uncomplicated; K70.30 alcoholic cirrhosis of liver "
                                                 "without ascites", {})], after=10)
    for title, goal, objs, methods in (
            ("Recovery", "Victor will develop the skills and supports to remain abstinent after discharge.",
             ["Identify 3 triggers and practice a refusal skill for each in 3 role-plays by " + f(D(2026, 3, 30)) + ".",
              "Obtain a temporary sponsor and attend 5 community meetings by discharge."],
             "Individual counseling twice weekly; daily psychoeducation and relapse prevention groups; "
             "motivational interviewing."),
            ("Physical health", "Victor will understand and follow care for his liver disease.",
             ["State 4 warning signs of liver decompensation and when to seek care, by " + f(D(2026, 3, 27)) + "."],
             "Nursing education; physician follow-up; hepatology referral."),
            ("Employment", "Victor will return to work as a union electrician.",
             ["Contact his union hall and schedule a return-to-work meeting by " + f(D(2026, 4, 3)) + "."],
             "Vocational counseling weekly.")):
        P(doc, title.upper(), bold=True, color="2F5496", after=0)
        P(doc, "Goal \u2014 " + goal, after=0)
        for i, o in enumerate(objs, 1):
            P(doc, f"Objective {i} \u2014 " + o, indent=0.3, after=0)
        P(doc, "Methods \u2014 " + methods, italic=True, after=8)
    P(doc, "Expected length of stay: 21-28 days.", after=12)
    t = T(doc, [["", ""], ["", ""], ["", ""]], style="Table Grid", widths=[3.3, 3.3])
    cell_text(t.cell(0, 0), "Responsible clinical staff member\nNicole Brandt-Ortega, CASAC-Master\n"
                            "Electronically signed " + f(pd) + " 2:05 PM", size=9)
    cell_text(t.cell(0, 1), "Physician review\nSamuel Adeyemi-Park, DO\nElectronically signed " + f(do) + " 8:41 AM",
              size=9)
    cell_text(t.cell(1, 0), "Resident\nVictor M. Almeida\nSigned " + f(pd), size=9)
    cell_text(t.cell(1, 1), "Clinical director\nRuth Ingersoll, LCSW-R\nReviewed " + f(D(2026, 3, 17)), size=9)
    merge(t, 2, 0, 2, 1, "Copies: resident, record. The resident was offered a copy of this plan.", size=8)
    save_docx(doc, "s35_itp.docx", "Individualized Treatment Plan", "LISR")
    plan("s35_itp.docx", "base-treatment-plan", ["ny-oasas-818"], asof, [],
         "Clean, on the boundary: admitted March 10, 2026, plan March 16 (6 days); the DO physician review is "
         "e-signed March 20, exactly 10 days after admission (within 10 days). Layout: centered titles, run-in bold "
         "labels with several values per line, uppercase colored problem captions, 'Goal \u2014' / "
         "'Objective n \u2014' lines, 2x2 e-signature box grid.",
         {"plan": pd, "admit": adm, "dob": D(1977, 6, 30),
          "sig": {"clinician": pd, "physician": do, "client": pd, "supervisor": D(2026, 3, 17)},
          "targets": [D(2026, 3, 30), D(2026, 3, 27), D(2026, 4, 3)]})



def s36():
    f = f_us
    adm, pd, qp, asof = D(2026, 2, 16), D(2026, 2, 27), D(2026, 3, 5), D(2026, 3, 12)
    doc = new_doc("Calibri", 10.5, 0.8)
    t = T(doc, [["GULF BREEZE RECOVERY RESIDENCE", "Licensed under Chapter 397, F.S. / 65D-30 F.A.C."]], style=None)
    cell_text(t.cell(0, 0), "GULF BREEZE RECOVERY RESIDENCE", bold=True, size=13, color="0070C0")
    cell_text(t.cell(0, 1), "Licensed under Chapter 397, F.S. / 65D-30 F.A.C.", size=8, align="r")
    P(doc, "Individualized Treatment Plan", bold=True, size=14, after=6)
    T(doc, [["Individual", "Darnell Whitby"], ["Date of birth", f(D(1990, 1, 9))], ["Medicaid ID", "9104417752"],
            ["Date of admission (placement)", f(adm)], ["Level of care", "Residential Treatment, Level 2"],
            ["Plan date", f(pd)], ["Primary counselor", "Yvette Lamarr, CAP (certified addiction professional)"]],
      style="Light Shading Accent 5", widths=[2.4, 4.2], size=9.5)
    P(doc, "")
    P(doc, "Diagnoses: F11.20 Opioid dependence, uncomplicated; F12.20 Cannabis dependence, uncomplicated", after=8)
    P(doc, "Goal 1: Darnell will stop using opioids and build a recovery routine.", bold=True, after=2)
    T(doc, [["Measurable objective", "Expected completion", "Tasks / services (type and frequency)"],
            ["1.1 Darnell will have negative urine drug screens on all random weekly tests for 6 consecutive weeks.",
             f(D(2026, 4, 10)), "Random UDS weekly; individual counseling 1x/week, 50 min"],
            ["1.2 Darnell will list 5 personal relapse triggers and a coping plan for each, reviewed with his "
             "counselor.", f(D(2026, 3, 20)), "Relapse prevention group 5x/week"]],
      header=True, size=9, widths=[3.4, 1.2, 2.2])
    P(doc, "")
    P(doc, "Goal 2: Darnell will prepare to live independently after discharge.", bold=True, after=2)
    T(doc, [["Measurable objective", "Expected completion", "Tasks / services (type and frequency)"],
            ["2.1 Darnell will complete 3 job applications and 1 mock interview.", f(D(2026, 4, 3)),
             "Life skills group 2x/week; case management 1x/week"],
            ["2.2 Darnell will open a bank account and follow a written weekly budget for 4 weeks in a row.",
             f(D(2026, 4, 24)), "Life skills group 2x/week"]], header=True, size=9, widths=[3.4, 1.2, 2.2])
    P(doc, "")
    P(doc, "Medication-assisted treatment: extended-release buprenorphine monthly injection, coordinated with "
           "Dr. F. Osei (prescriber).", size=9.5)
    P(doc, "")
    T(doc, [["Signature", "Name", "Date"], ["Individual", "Darnell Whitby", f(pd)],
            ["Staff who developed the plan", "Yvette Lamarr, CAP", f(pd)],
            ["Qualified professional review", "Marcus Ellery, LMHC", f(qp)]], header=True, size=9.5,
      widths=[2.4, 2.6, 1.6])
    save_docx(doc, "s36_itp.docx", "Individualized Treatment Plan", "GBRR")
    plan("s36_itp.docx", "base-treatment-plan", ["fl-65d-30"], asof, [],
         "Clean. Residential level 2: admitted 02/16/2026, plan 02/27/2026 (11 days, limit 15); qualified "
         "professional countersigned 03/05/2026 (6 days, limit 10). Layout: banner table, shaded 2-column "
         "identification table, one objective table per goal with completion dates and services with "
         "frequency, signature table.",
         {"plan": pd, "admit": adm, "dob": D(1990, 1, 9), "fl_level": "residential level 2",
          "sig": {"clinician": pd, "client": pd, "supervisor": qp},
          "targets": [D(2026, 4, 10), D(2026, 3, 20), D(2026, 4, 3), D(2026, 4, 24)]})


def s37():
    f = f_us4
    adm, pd, asof = D(2026, 2, 27), D(2026, 3, 9), D(2026, 3, 19)
    doc = new_doc("Georgia", 10, 0.9)
    P(doc, "Palmetto House Treatment Center", bold=True, size=14, after=0)
    P(doc, "Treatment Plan \u2014 Substance Abuse Services", italic=True, after=10)
    t = T(doc, [["Name", "DOB", "Medicaid #", "Admission", "Level of care", "Plan date"],
                ["Tamsin Holloway", f(D(1988, 5, 5)), "8820031945", f(adm), "Residential Level 1", f(pd)]],
          header=True, size=9)
    P(doc, "")
    P(doc, "Diagnosis: F10.20 Alcohol dependence, uncomplicated", after=8)
    P(doc, "Presenting issues: daily drinking (about a fifth of vodka), two DUI arrests, job loss, loss of custody "
           "of her son pending reunification plan.", after=8)
    for g, objs, svc in (
            ("Goal A: Achieve and maintain abstinence from alcohol.",
             [("A1", "Tamsin will have 0 positive breathalyzer or EtG results during her stay.", f(D(2026, 4, 10))),
              ("A2", "Tamsin will name 4 triggers for drinking and practice a refusal skill for each in group.",
               f(D(2026, 3, 27)))],
             "Individual therapy weekly (60 min); process group daily; relapse prevention group 3x/week"),
            ("Goal B: Work toward reunification with her son.",
             [("B1", "Tamsin will complete 8 of 8 parenting class sessions.", f(D(2026, 5, 1))),
              ("B2", "Tamsin will attend 2 supervised visits a month as set by the dependency case plan.",
               f(D(2026, 4, 30)))],
             "Parenting class weekly; case management weekly")):
        P(doc, g, bold=True, after=2)
        for lab, txt, due in objs:
            P(doc, f"{lab}. {txt}  (expected completion {due})", indent=0.3, after=0)
        P(doc, "Services: " + svc, indent=0.3, italic=True, after=8)
    P(doc, "Participant and staff signatures", bold=True, after=4)
    P(doc, "Tamsin Holloway \u2014 " + f(pd), after=0)
    P(doc, "Desiree Nwankwo, LMHC, primary therapist \u2014 " + f(pd))
    save_docx(doc, "s37_tp.docx", "Treatment Plan", "PHTC")
    plan("s37_tp.docx", "base-treatment-plan", ["fl-65d-30"], asof, [["plan-late"]],
         "Gap: Residential Level 1 requires the plan within 7 days of admission; admitted 2/27/2026, plan "
         "3/9/2026 (10 days). Layout: 6-column one-row identification table, goal captions in bold, lettered "
         "objectives with '(expected completion ...)' inline, services line per goal.",
         {"plan": pd, "admit": adm, "dob": D(1988, 5, 5), "fl_level": "residential level 1",
          "sig": {"clinician": pd, "client": pd},
          "targets": [D(2026, 4, 10), D(2026, 3, 27), D(2026, 5, 1), D(2026, 4, 30)]})


def s38():
    f = f_us
    adm, pd, qp, asof = D(2026, 3, 2), D(2026, 3, 10), D(2026, 3, 23), D(2026, 3, 27)
    doc = new_doc("Calibri", 10, 0.7)
    header_footer(doc, header="Sawgrass Day Treatment Program | Participant Treatment Plan",
                  footer="Participant: Rolando Vega  Medicaid 7712094436", fsize=8)
    H(doc, "Participant Treatment Plan", 1)
    p = P(doc, runs=[("Participant: ", {"bold": True}), ("Rolando Vega", {}), ("   |   DOB: ", {"bold": True}),
                     (f(D(1995, 11, 12)), {}), ("   |   Medicaid: ", {"bold": True}), ("7712094436", {})], after=0)
    P(doc, runs=[("Admission: ", {"bold": True}), (f(adm), {}), ("   |   Plan date: ", {"bold": True}), (f(pd), {}),
                 ("   |   Level of care: ", {"bold": True}), ("Day or Night Treatment", {})], after=8)
    P(doc, runs=[("Diagnosis: ", {"bold": True}), ("F14.20 Cocaine dependence, uncomplicated; F43.10 Post-traumatic "
                                                  "stress disorder, unspecified", {})], after=8)
    H(doc, "Goals, measurable objectives and services", 2)
    T(doc, [["Goal", "Objective", "Completion date", "Service", "Frequency"],
            ["1. Stop cocaine use", "1a. Rolando will have negative drug screens on 8 consecutive weekly random tests.",
             f(D(2026, 5, 8)), "Drug screening; group counseling", "Weekly; 5 days/week, 4 hours/day"],
            ["", "1b. Rolando will identify 3 high-risk situations and rehearse a plan for each with his counselor.",
             f(D(2026, 3, 27)), "Individual counseling", "1x/week, 50 min"],
            ["2. Reduce trauma symptoms", "2a. Rolando will lower his PCL-5 from 47 to 35 or below.",
             f(D(2026, 5, 22)), "Seeking Safety group", "2x/week"],
            ["3. Stable income", "3a. Rolando will submit 5 job applications with help from case management.",
             f(D(2026, 4, 17)), "Case management", "1x/week"]],
      header=True, size=9, widths=[1.2, 2.6, 0.9, 1.3, 1.2])
    H(doc, "Signatures", 2)
    P(doc, "Participant: Rolando Vega \u2014 " + f(pd), after=0)
    P(doc, "Plan developed by: Kayla Brightman, BA, case manager \u2014 " + f(pd), after=0)
    P(doc, "Qualified professional review and countersignature: Oscar Villeneuve, LCSW \u2014 " + f(qp))
    save_docx(doc, "s38_tp.docx", "Participant Treatment Plan", "SDTP")
    plan("s38_tp.docx", "base-treatment-plan", ["fl-65d-30"], asof, [["signature-late"]],
         "Gap: the plan (03/10/2026) was written by a BA case manager and countersigned by the qualified "
         "professional on 03/23/2026, 13 days later; the limit is 10 days (due 03/20/2026). Plan timely for day "
         "treatment (8 days). Layout: pipe-separated run-in labels, goal table with blank goal cell for a second "
         "objective, service and frequency columns.",
         {"plan": pd, "admit": adm, "dob": D(1995, 11, 12), "fl_level": "day or night treatment",
          "sig": {"clinician": pd, "client": pd, "supervisor": qp},
          "targets": [D(2026, 5, 8), D(2026, 3, 27), D(2026, 5, 22), D(2026, 4, 17)]})


def s39():
    adm, pd, asof = D(2026, 2, 5), D(2026, 2, 19), D(2026, 3, 2)
    doc = new_doc("Arial", 9.5, 0.6)
    P(doc, "SUNCOAST OUTPATIENT RECOVERY \u2022 TREATMENT PLAN", bold=True, size=11, after=4)
    P(doc, "Lena Moreau | DOB 3/23/1979 | Member 6630918224 (Sunshine State Health Plan) | Admitted 2/5/2026 | "
           "Level: Outpatient | Plan 2/19/2026", size=9, after=6)
    P(doc, "Dx: F10.20 Alcohol dependence, uncomplicated", size=9, after=6)
    T(doc, [["GOAL", "OBJECTIVES", "DUE", "SERVICES / FREQUENCY"],
            ["Stay sober", "Zero drinking days on self-report and negative PEth test at 60 days.\n"
                           "Attend 2 community support meetings a week, verified by signed sheet.",
             "4/20/2026\n3/31/2026", "Individual counseling weekly, 50 min; Group 2x/week, 90 min"],
            ["Handle stress without alcohol", "Use a listed coping skill for 4 of 5 cravings logged per week.",
             "4/6/2026", "Individual counseling weekly (DBT skills)"]],
      header=True, size=8.5, widths=[1.3, 3.3, 0.9, 2.0])
    P(doc, "")
    P(doc, "Lena Moreau  2/19/2026          Arturo Bellweather, LMHC  2/19/2026", size=9)
    save_docx(doc, "s39_tp.docx", "", "SOR")
    plan("s39_tp.docx", "base-treatment-plan", ["fl-65d-30"], asof, [],
         "Clean. Outpatient level (no plan deadline is checked for it), LMHC author, so no countersignature. "
         "Layout: very short one-page plan, all identifiers on one pipe-separated line, 4-column table with two "
         "objectives and two due dates stacked in one cell, both signatures on one line.",
         {"plan": pd, "admit": adm, "dob": D(1979, 3, 23), "sig": {"clinician": pd, "client": pd},
          "targets": [D(2026, 4, 20), D(2026, 3, 31), D(2026, 4, 6)]},
         unsure=[])



NTP_BOILER = [
    ("Take-home medication",
     "Take-home doses are earned under Title 9 criteria and federal rules (42 CFR 8.12): time in treatment, "
     "negative drug tests, regular attendance, no serious behavioral problems, stable home, and safe storage in a "
     "lock box. Take-homes may be reduced if these criteria are no longer met."),
    ("Drug testing",
     "Observed urine drug tests are collected at least 8 times a year (random). Results are reviewed with the "
     "patient by the counselor and the medical director."),
    ("Your rights",
     "You have the right to be treated with dignity, to receive a copy of this plan, to take part in decisions "
     "about your dose, to request a taper, and to file a grievance with the program or the Department of Health "
     "Care Services without retaliation."),
    ("Overdose prevention",
     "Naloxone was offered to the patient at admission. Patients are told that tolerance falls quickly after "
     "missed doses and that mixing opioids with benzodiazepines or alcohol can be fatal."),
]


def s40():
    f = f_us
    adm, pd, sup, md, rv, asof = D(2026, 1, 5), D(2026, 1, 28), D(2026, 2, 3), D(2026, 2, 6), D(2026, 4, 6), D(2026, 3, 16)
    doc = new_doc("Cambria", 10.5, 1.0)
    header_footer(doc, header="VALLE CENTRAL NARCOTIC TREATMENT PROGRAM\nLicensed by DHCS \u2022 Methadone "
                              "maintenance", footer="Patient: Ruben Solis  |  Medi-Cal CIN 91234567A  |  Chart 1140-22",
                  page_numbers=True, halign="c")
    P(doc, "Initial Maintenance Treatment Plan", bold=True, size=18, align="c", after=12)
    P(doc, "Section 1 \u2014 Patient information", bold=True, size=12, color="843C0C", after=4)
    T(doc, [["Patient name", "Ruben A. Solis"], ["Date of birth", f(D(1982, 8, 19))],
            ["Medi-Cal CIN", "91234567A"], ["Admission to maintenance", f(adm)],
            ["Treatment plan effective date", f(pd)], ["Primary counselor", "Leticia Fuentes, SUDCC II"],
            ["Current dose", "Methadone 85 mg daily (stabilized 01/26/2026)"]],
      style="Light List Accent 2", widths=[2.6, 4.0])
    P(doc, "")
    P(doc, "Section 2 \u2014 Diagnosis", bold=True, size=12, color="843C0C", after=4)
    P(doc, "F11.20 Opioid dependence, uncomplicated (DSM-5-TR opioid use disorder, severe)")
    P(doc, "Section 3 \u2014 Assessment summary", bold=True, size=12, color="843C0C", after=4)
    P(doc, "Mr. Solis is a 43-year-old roofer with 12 years of opioid use, recently fentanyl smoked daily. He had "
           "two prior episodes of methadone treatment (2017, 2021). Strengths: employed, supportive sister, wants "
           "to stay in treatment. Needs: hepatitis C evaluation, dental care, stable housing (staying with sister).")
    page_break(doc)
    P(doc, "Section 4 \u2014 Goals and short-term objectives", bold=True, size=12, color="843C0C", after=4)
    for g, objs in (
            ("Long-term goal 1: Stop illicit opioid use and stay on a stable methadone dose.",
             [("1.1", "Ruben will attend dosing 7 days a week with no missed doses for 4 consecutive weeks.",
               f(D(2026, 3, 2))),
              ("1.2", "Ruben will have fentanyl-negative urine tests on 3 consecutive random tests.",
               f(D(2026, 4, 6)))]),
            ("Long-term goal 2: Improve his physical health.",
             [("2.1", "Ruben will complete hepatitis C viral load testing and attend 1 follow-up with the clinic "
                      "physician.", f(D(2026, 3, 13))),
              ("2.2", "Ruben will schedule and attend a dental exam.", f(D(2026, 4, 3)))]),
            ("Long-term goal 3: Keep his job and find stable housing.",
             [("3.1", "Ruben will submit 2 housing applications with his counselor's help.", f(D(2026, 3, 27)))])):
        P(doc, g, bold=True, after=2)
        T(doc, [["#", "Short-term objective", "Target date"]] + [list(o) for o in objs], header=True,
          widths=[0.5, 4.8, 1.3], size=9.5)
        P(doc, "")
    P(doc, "Section 5 \u2014 Services", bold=True, size=12, color="843C0C", after=4)
    P(doc, "Methadone dosing daily (H0020); individual counseling at least 50 minutes per month, planned twice "
           "monthly (H0004); medical director visits as needed and at least annually; referral to dental and "
           "hepatology.")
    P(doc, "Section 6 \u2014 Plan review", bold=True, size=12, color="843C0C", after=4)
    P(doc, "This plan will be updated by " + f(rv) + " and at least every three months thereafter.")
    page_break(doc)
    for title, txt in NTP_BOILER:
        P(doc, title, bold=True, italic=True, after=2)
        P(doc, txt)
    page_break(doc)
    P(doc, "Section 7 \u2014 Signatures", bold=True, size=12, color="843C0C", after=4)
    T(doc, [["Role", "Name and title", "Signature", "Date"],
            ["Patient", "Ruben A. Solis", "Ruben Solis", f(pd)],
            ["Primary counselor", "Leticia Fuentes, SUDCC II", "L. Fuentes", f(pd)],
            ["Supervising counselor", "Graham Whitford, LAADC", "G. Whitford", f(sup)],
            ["Medical director", "Beatriz Okonjo, MD", "B. Okonjo, MD", f(md)]], header=True, widths=[1.6, 2.3, 1.5, 1.2])
    save_docx(doc, "s40_ntp.docx", "Initial Maintenance Treatment Plan", "VCNTP")
    plan("s40_ntp.docx", "base-treatment-plan", ["ca-title9-ntp"], asof, [],
         "Clean. Admission 01/05/2026, plan 01/28/2026 (23 days, limit 28); supervising counselor 02/03 (6 days) "
         "and medical director 02/06 (9 days, limit 14); next update 04/06/2026 (91 days from admission, limit 92). "
         "Layout: 5 pages, 'Section n' colored captions, one objective table per long-term goal, take-home/testing/"
         "rights boilerplate page, signature table on the last page.",
         {"plan": pd, "admit": adm, "dob": D(1982, 8, 19), "reviews": [rv],
          "sig": {"clinician": pd, "client": pd, "supervisor": sup, "physician": md},
          "targets": [D(2026, 3, 2), D(2026, 4, 6), D(2026, 3, 13), D(2026, 4, 3), D(2026, 3, 27)]})


def s41():
    f = f_short
    adm, pd, sup, md, rv, asof = D(2026, 2, 2), D(2026, 2, 24), D(2026, 2, 26), D(2026, 3, 13), D(2026, 5, 1), D(2026, 3, 25)
    doc = new_doc("Verdana", 9, 0.8)
    P(doc, "Bayside Opioid Treatment Center", bold=True, size=12, after=0)
    P(doc, "NTP TREATMENT PLAN (Title 9 \u00a710305)", size=9, after=8)
    t = T(doc, [["PATIENT", "DOB", "MEDI-CAL #", "ADMIT DATE", "PLAN DATE", "NEXT UPDATE DUE"],
                ["Jolene Barrow", f(D(1986, 12, 12)), "94471203B", f(adm), f(pd), f(rv)]], size=8.5)
    for c in range(6):
        shade(t.cell(0, c), "DDEBF7")
    P(doc, "")
    P(doc, "DX  F11.20 Opioid dependence, uncomplicated   |   Medication: buprenorphine/naloxone 16/4 mg daily",
      size=9, after=6)
    rows = [["PROBLEM", "LONG-TERM GOAL", "SHORT-TERM GOAL", "TARGET DATE", "ACTION STEPS"],
            ["Opioid use", "Remain free of illicit opioids", "Negative for fentanyl on 4 of 4 random tests",
             f(D(2026, 4, 24)), "Daily observed dosing; counseling 2x/month"],
            ["", "", "Identify 3 triggers and write a coping plan", f(D(2026, 3, 20)), "Counselor sessions"],
            ["Mental health", "Lower anxiety", "GAD-7 from 16 to 10 or less", f(D(2026, 5, 1)),
             "Referral to county MH; weekly group"],
            ["Legal", "Resolve probation terms", "Provide monthly attendance letters to PO, 3 of 3 months",
             f(D(2026, 5, 1)), "Counselor letter monthly"]]
    t = T(doc, rows, header=True, size=8.5, widths=[1.0, 1.3, 2.1, 0.9, 1.6])
    for c in range(5):
        shade(t.cell(0, c), "DDEBF7")
    merge(t, 1, 0, 2, 0, "Opioid use", size=8.5)
    merge(t, 1, 1, 2, 1, "Remain free of illicit opioids", size=8.5)
    P(doc, "")
    T(doc, [["Patient", "Counselor", "Supervising counselor", "Medical director"],
            ["Jolene Barrow\n" + f(pd), "Ashley Tran, RADT II\n" + f(pd), "Felipe Romero, CADC III\n" + f(sup),
             "Harold Sung, MD\n" + f(md)]], header=True, size=8.5)
    save_docx(doc, "s41_ntp.docx", "NTP Treatment Plan", "BOTC")
    plan("s41_ntp.docx", "base-treatment-plan", ["ca-title9-ntp"], asof, [["signature-late"]],
         "Gap: plan effective 2/24/26 but the medical director signed 3/13/26, 17 days later (limit 14, due "
         "3/10/26). Plan timely (22 days), supervising counselor in time (2 days), next update 5/1/26 (88 days "
         "from admission). Layout: all-caps header grid, problem table with vertically merged cells, signature grid "
         "with name and date stacked in one cell, short m/d/yy dates.",
         {"plan": pd, "admit": adm, "dob": D(1986, 12, 12), "reviews": [rv],
          "sig": {"clinician": pd, "client": pd, "supervisor": sup, "physician": md},
          "targets": [D(2026, 4, 24), D(2026, 3, 20), D(2026, 5, 1)]})


def s42():
    f = f_us
    adm, pd, sup, md, rv, asof = (D(2025, 11, 20), D(2025, 12, 15), D(2025, 12, 19), D(2025, 12, 22),
                                  D(2026, 2, 19), D(2026, 3, 10))
    doc = new_doc("Calibri", 11, 1.0)
    P(doc, "Sierra Foothills Recovery Clinic", bold=True, size=15, after=0)
    P(doc, "Narcotic Treatment Program  \u2022  Treatment Plan", size=11, color="7F7F7F", after=10)
    P(doc, "Patient:  Harlan J. Voss", after=0)
    P(doc, "Date of birth:  " + f(D(1970, 2, 2)), after=0)
    P(doc, "Medi-Cal ID:  90817734C", after=0)
    P(doc, "Admitted to maintenance:  " + f(adm), after=0)
    P(doc, "Plan effective:  " + f(pd), after=0)
    P(doc, "Treatment plan update due:  " + f(rv), after=10)
    P(doc, "Diagnosis:  F11.20  Opioid dependence, uncomplicated", after=10)
    P(doc, "Problem 1 \u2014 Continued heroin and fentanyl use", bold=True, after=0)
    P(doc, "Goal: Harlan will stop using illicit opioids.", after=0)
    P(doc, "Short-term goals:", italic=True, after=0)
    P(doc, "Harlan will reach a methadone dose that stops withdrawal (COWS under 5 at peak) by " + f(D(2026, 1, 9)) + ".",
      style="List Bullet", after=0)
    P(doc, "Harlan will have 3 consecutive negative random tests for fentanyl and heroin by " + f(D(2026, 2, 13)) + ".",
      style="List Bullet")
    P(doc, "Problem 2 \u2014 Chronic back pain", bold=True, after=0)
    P(doc, "Goal: Harlan will manage pain without illicit opioids.", after=0)
    P(doc, "Short-term goals:", italic=True, after=0)
    P(doc, "Harlan will attend an evaluation with his primary care provider and start physical therapy by "
           + f(D(2026, 1, 30)) + ".", style="List Bullet")
    P(doc, "Services: methadone daily; individual counseling 2 sessions a month; random urine tests at least "
           "monthly; medical director review every 3 months.", after=10)
    P(doc, "Signatures", bold=True, after=2)
    for r, n, d in (("Patient", "Harlan J. Voss", pd), ("Primary counselor", "Dana Whitlow, CADC II", pd),
                    ("Supervising counselor", "Ines Carrow, LMFT", sup), ("Medical director", "Peter Lindqvist, DO", md)):
        P(doc, f"{r}: {n}\t{f(d)}", tabs=[4.5], after=0)
    save_docx(doc, "s42_ntp.docx", "Treatment Plan", "SFRC")
    plan("s42_ntp.docx", "base-treatment-plan", ["ca-title9-ntp"], asof, [["review-overdue"]],
         "Gap: the plan update was due 02/19/2026 (91 days after admission, within the 92-day interval) and on the "
         "as-of date 2026-03-10 it is 19 days past due with no update recorded (warning). Everything else in time. "
         "Layout: one label per line with two spaces after the colon, bold problem captions, bulleted short-term "
         "goals, signature lines with tabbed dates.",
         {"plan": pd, "admit": adm, "dob": D(1970, 2, 2), "reviews": [rv],
          "sig": {"clinician": pd, "client": pd, "supervisor": sup, "physician": md},
          "targets": [D(2026, 1, 9), D(2026, 2, 13), D(2026, 1, 30)]})



def s43():
    f = f_mon
    adm, pd, asof = D(2026, 2, 23), D(2026, 2, 26), D(2026, 3, 18)
    doc = new_doc("Calibri", 10.5, 0.9)
    header_footer(doc, header="Lone Star Pathways Chemical Dependency Services \u2014 Intensive Outpatient Program",
                  page_numbers=True, hsize=9)
    P(doc, "Individualized Treatment Plan", bold=True, size=15, after=6)
    t = T(doc, [["Client", "Travis Eddington", "Medicaid ID", "520418837"],
                ["Date of birth", f(D(1993, 7, 14)), "Admitted", f(adm)],
                ["Plan date", f(pd), "Projected length of stay", "10 weeks (IOP), then step-down to OP"]],
          style="Table Grid", widths=[1.3, 2.0, 1.6, 2.0], size=9.5)
    P(doc, "")
    P(doc, "Diagnosis: F15.20 Other stimulant dependence, uncomplicated (methamphetamine)")
    P(doc, "Client's goal in his words: \u201cI want to stay off meth and get my CDL back.\u201d", italic=True)
    for n, goal, objs in (
            (1, "Travis will stop using methamphetamine.",
             [("Travis will submit negative urine drug screens on every random test for 6 weeks in a row.",
               f(D(2026, 4, 10)), "Random UDS 1x/week; group counseling 3x/week, 3 hours (matrix model)"),
              ("Travis will list 5 triggers and a coping response for each and review it with his counselor.",
               f(D(2026, 3, 13)), "Individual counseling 1x/week, 1 hour")]),
            (2, "Travis will rebuild a daily routine that supports recovery.",
             [("Travis will attend 2 or more 12-step or SMART Recovery meetings each week for 6 weeks, verified by "
               "meeting slips.", f(D(2026, 4, 24)), "Recovery support referral; counselor checks slips weekly"),
              ("Travis will complete the DPS paperwork for CDL reinstatement.", f(D(2026, 4, 3)),
               "Case management 1x/week")])):
        P(doc, f"Problem/Goal {n}: {goal}", bold=True, before=6, after=2)
        T(doc, [["Objective", "Target date", "Strategy (type / frequency)"]] + [list(o) for o in objs],
          header=True, size=9.5, widths=[3.5, 1.1, 2.3])
    P(doc, "")
    P(doc, "Discharge criteria: objectives met, 6 weeks of negative screens, aftercare appointment scheduled.")
    P(doc, "")
    T(doc, [["Client signature", "Date", "Counselor signature", "Date"],
            ["Travis Eddington", f(pd), "Yolanda Reyes, LCDC", f(pd)]], header=True, size=9.5)
    save_docx(doc, "s43_itp.docx", "ITP", "LSP")
    plan("s43_itp.docx", "base-treatment-plan", ["tx-26tac-564"], asof, [],
         "Clean. Texas IOP plan: measurable, dated objectives with strategies and their frequency, projected length "
         "of stay 10 weeks, client and LCDC counselor signed and dated. Layout: header text, 4-column "
         "identification grid, one objective table per goal with a strategy column, 4-column signature/date row.",
         {"plan": pd, "admit": adm, "dob": D(1993, 7, 14), "sig": {"clinician": pd, "client": pd},
          "targets": [D(2026, 4, 10), D(2026, 3, 13), D(2026, 4, 24), D(2026, 4, 3)]})


def s44():
    f = f_us
    adm, pd, asof = D(2026, 3, 9), D(2026, 3, 12), D(2026, 3, 25)
    doc = new_doc("Times New Roman", 11, 1.0)
    P(doc, "GULF COAST RECOVERY \u2014 OUTPATIENT CHEMICAL DEPENDENCY TREATMENT", bold=True, align="c", after=0)
    P(doc, "Treatment Plan", align="c", after=12)
    P(doc, "Client Name: Cody Ramirez-Lott          Date of Birth: 09/09/1999", after=0)
    P(doc, "Member ID: TXM771204918          Admission: " + f(adm) + "          Plan Date: " + f(pd), after=0)
    P(doc, "Counselor: Bethany Sorensen, LCDC          Projected length of stay: 12 weeks", after=10)
    P(doc, "DIAGNOSIS: F10.20 Alcohol dependence, uncomplicated; F12.20 Cannabis dependence, uncomplicated", after=10)
    P(doc, "GOAL I.  Cody will stop using alcohol and cannabis.", bold=True, after=0)
    P(doc, "Objective A.  Cody will report zero use days on the weekly timeline followback and have negative "
           "screens for 8 consecutive weeks by " + f(D(2026, 5, 8)) + ".", indent=0.5, after=0)
    P(doc, "Objective B.  Cody will identify 4 high-risk situations and write a plan for each by "
           + f(D(2026, 4, 2)) + ".", indent=0.5, after=8)
    P(doc, "GOAL II.  Cody will handle conflict without violence or substance use.", bold=True, after=0)
    P(doc, "Objective A.  Cody will work on his anger issues by " + f(D(2026, 4, 30)) + ".", indent=0.5, after=0)
    P(doc, "Objective B.  Cody will have no physical fights or arrests during treatment, per self-report and "
           "probation officer, through " + f(D(2026, 6, 4)) + ".", indent=0.5, after=10)
    P(doc, "SERVICES", bold=True, after=2)
    T(doc, [["Service", "Frequency", "Duration"],
            ["Individual counseling", "Weekly", "60 minutes"],
            ["Group counseling", "3 times per week", "3 hours"],
            ["Relapse prevention education", "", "1 hour"],
            ["Family session", "Monthly", "60 minutes"]], header=True, widths=[2.8, 1.8, 1.6])
    P(doc, "")
    P(doc, "Client: Cody Ramirez-Lott     Date: " + f(pd), after=0)
    P(doc, "Counselor: Bethany Sorensen, LCDC     Date: " + f(pd))
    save_docx(doc, "s44_tp.docx", "Treatment Plan", "GCR")
    plan("s44_tp.docx", "base-treatment-plan", ["tx-26tac-564"], asof,
         [["frequency-missing"], ["objective-not-measurable"]],
         "Gaps: the 'Relapse prevention education' service has no frequency (blank cell) while the others have "
         "one; Objective II.A ('work on his anger issues') names no measure or level, though it is dated. Layout: "
         "Times New Roman, labels spaced on shared lines, roman-numbered goals with lettered objectives, service "
         "table with a frequency column.",
         {"plan": pd, "admit": adm, "dob": D(1999, 9, 9), "sig": {"clinician": pd, "client": pd},
          "targets": [D(2026, 5, 8), D(2026, 4, 2), D(2026, 4, 30), D(2026, 6, 4)]})


def s45():
    adm, pd, asof = D(2026, 3, 16), D(2026, 3, 19), D(2026, 3, 31)
    doc = {
        "schema": "authcheck-plan/1",
        "patient": {"name": "Rosalind Achterberg", "birth_date": "1987-01-30", "member_id": "TX-58830291"},
        "payer": "Texas Medicaid (STAR)",
        "program": "Piney Woods Residential Recovery",
        "discipline": "sud",
        "level_of_care": "Adult residential treatment",
        "admission_date": adm.isoformat(),
        "plan_date": pd.isoformat(),
        "expected_duration": "45 days",
        "providers": [{"name": "Dale Whitmore", "credential": "LCDC", "npi": npi("171048263"),
                       "role": "counselor", "organization": "Piney Woods Residential Recovery"}],
        "diagnoses": [{"code": "F11.20", "description": "Opioid dependence, uncomplicated", "primary": True},
                      {"code": "F13.20", "description": "Sedative, hypnotic or anxiolytic dependence, uncomplicated"}],
        "problems": [
            {"label": "Problem 1", "statement": "Daily opioid and benzodiazepine use; overdose in January 2026.",
             "goals": [{"label": "Goal 1", "statement": "Rosalind will remain free of opioids and benzodiazepines.",
                        "objectives": [
                            {"label": "1a", "statement": "Rosalind will have negative urine drug screens on all weekly "
                                                         "tests for 4 consecutive weeks.",
                             "target_date": "2026-04-24",
                             "interventions": [{"description": "Urine drug screen", "frequency": "weekly"},
                                               {"description": "Individual counseling", "frequency": "2x/week",
                                                "amount": "50 minutes"}]},
                            {"label": "1b", "statement": "Rosalind will write a relapse prevention plan naming 5 "
                                                         "triggers and a coping skill for each.",
                             "target_date": "2026-04-10",
                             "interventions": [{"description": "Relapse prevention group", "frequency": "daily",
                                                "amount": "90 minutes"}]}]}]},
            {"label": "Problem 2", "statement": "No safe housing after discharge.",
             "goals": [{"label": "Goal 2", "statement": "Rosalind will have a safe place to live at discharge.",
                        "objectives": [
                            {"label": "2a", "statement": "Rosalind will complete 3 applications for sober living or "
                                                         "supportive housing.",
                             "interventions": [{"description": "Case management", "frequency": "2x/week"}]}]}]},
        ],
        "signatures": [
            {"role": "client", "name": "Rosalind Achterberg", "date": pd.isoformat(), "method": "handwritten"},
            {"role": "clinician", "name": "Dale Whitmore", "credential": "LCDC", "method": "handwritten",
             "signed": True},
        ],
        "free_text": [{"heading": "Discharge plan",
                       "text": "Step down to intensive outpatient at the same agency; MOUD referral."}],
    }
    text = ("# Piney Woods Residential Recovery - treatment plan exported from the agency's intake system\n"
            + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100))
    write_text("s45_plan.yaml", text)
    plan("s45_plan.yaml", "base-treatment-plan", ["tx-26tac-564"], asof,
         [["signature-missing"], ["objective-not-time-bound"]],
         "Gaps: the counselor's signature has no date; objective 2a (housing applications) has no target date and "
         "its goal has none. authcheck native YAML with interventions on objectives.",
         {"plan": pd, "admit": adm, "dob": D(1987, 1, 30), "sig": {"client": pd, "clinician": None},
          "targets": [D(2026, 4, 24), D(2026, 4, 10)]}, fmt="yaml")


# ============================================================================================
# main
# ============================================================================================

BUILDERS = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, s20,
            s21, s22, s23, s24, s25, s26, s27, s28, s29, s30, s31, s32, s33, s34, s35, s36, s37, s38, s39, s40,
            s41, s42, s43, s44, s45]


def main():
    for b in BUILDERS:
        b()
    files = [p["file"] for p in PLANS]
    assert len(files) == len(set(files)) == 45, len(files)
    for i, p in enumerate(PLANS, 1):
        assert p["file"].startswith(f"s{i:02d}_"), p["file"]
        assert os.path.exists(os.path.join(OUT, p["file"]))
    # every kind in must_report is reportable at error/warning, none is also in must_not_report
    for p in PLANS:
        flat = {k for alts in p["must_report"] for k in alts}
        assert not flat & set(p["must_not_report"]), p["file"]
        assert "readability" not in p["must_not_report"]
    labels = []
    for p in PLANS:
        e = {k: v for k, v in p.items() if not k.startswith("_")}
        labels.append(e)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    clean = sum(1 for p in PLANS if not p["must_report"])
    print(f"wrote {len(PLANS)} plans ({clean} clean) and labels.json to {OUT}")


if __name__ == "__main__":
    main()
