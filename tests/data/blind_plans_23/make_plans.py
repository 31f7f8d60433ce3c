#!/usr/bin/env python3
"""Generate blind plan set 23 (prior-authorization intake queue) and its labels.json.

Deterministic: run it twice and every file is byte-identical. Everything in these plans is invented.
Run with:  /work/main/.venv/bin/python tests/data/blind_plans_23/make_plans.py
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2026, 1, 2, 9, 0, 0)
ZIP_TIME = (2026, 1, 2, 9, 0, 0)

# ----------------------------------------------------------------------------------------------
# dates
# ----------------------------------------------------------------------------------------------


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def gap(a: dt.date, b: dt.date) -> int:
    """Calendar days from a to b."""
    return (b - a).days


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]


def mdy(d): return f"{d.month:02d}/{d.day:02d}/{d.year}"
def mdys(d): return f"{d.month}/{d.day}/{d.year % 100:02d}"
def mdy4(d): return f"{d.month}/{d.day}/{d.year}"
def lng(d): return f"{MON[d.month - 1]} {d.day}, {d.year}"
def abr(d): return f"{MON[d.month - 1][:3]} {d.day}, {d.year}"
def dmy(d): return f"{d.day} {MON[d.month - 1]} {d.year}"
def iso(d): return d.isoformat()
def dmon(d): return f"{d.day:02d}-{MON[d.month - 1][:3]}-{d.year}"
def mdash(d): return f"{d.month:02d}-{d.day:02d}-{d.year}"


# ----------------------------------------------------------------------------------------------
# NPIs (Luhn over the 80840 prefix)
# ----------------------------------------------------------------------------------------------


def _luhn_ok(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def npi(first9: str) -> str:
    assert len(first9) == 9 and first9[0] in "12"
    for d in range(10):
        if _luhn_ok("80840" + first9 + str(d)):
            return first9 + str(d)
    raise AssertionError


def npi_ok(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and _luhn_ok("80840" + n)


def luhn_id(first9: str) -> str:
    """A 10-digit member ID that happens to pass the NPI check digit, so no reader can take it for a bad NPI."""
    for d in range(10):
        if _luhn_ok("80840" + first9 + str(d)):
            return first9 + str(d)
    raise AssertionError


def bad_npi(first9: str) -> str:
    good = npi(first9)
    bad = good[:-1] + str((int(good[-1]) + 3) % 10)
    assert not npi_ok(bad)
    return bad


assert npi_ok("1234567893")  # the example NPI in the CMS check-digit specification

# ----------------------------------------------------------------------------------------------
# DOCX helpers
# ----------------------------------------------------------------------------------------------

NS_ALL = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')
NS_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


class Ctx:
    """Per-document counters so ids are deterministic."""

    def __init__(self):
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n


def new_doc(font="Calibri", size=10.5, margin=0.8, landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(f'<w:rFonts {NS_W}/>')
        rpr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(k), font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Inches(margin))
    doc._ctx = Ctx()
    return doc


def _fmt_run(run, fmt: str, size=None, color=None, font=None):
    if "b" in fmt:
        run.bold = True
    if "i" in fmt:
        run.italic = True
    if "u" in fmt:
        run.underline = True
    if "s" in fmt:
        run.font.strike = True
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if font:
        run.font.name = font


_MARK = re.compile(r"(\*\*|\^\^|~~)")


def md_runs(text: str):
    """Tiny markup: **bold**, ^^italic^^, ~~struck~~. Returns [(text, fmt)]."""
    state = {"**": False, "^^": False, "~~": False}
    out = []
    for part in _MARK.split(text):
        if part in state:
            state[part] = not state[part]
            continue
        if part:
            fmt = ("b" if state["**"] else "") + ("i" if state["^^"] else "") + ("s" if state["~~"] else "")
            out.append((part, fmt))
    return out


def add_md(p, text, size=None, color=None, font=None, extra=""):
    runs = []
    for t, fmt in md_runs(text):
        run = p.add_run(t)
        _fmt_run(run, fmt + extra, size, color, font)
        runs.append(run)
    return runs


def P(container, text="", size=None, align=None, style=None, after=None, before=None, color=None,
      font=None, extra=""):
    """Add a paragraph written in the tiny markup (see md_runs)."""
    p = container.add_paragraph(style=style)
    add_md(p, text, size, color, font, extra)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def H(doc, text, level=1, size=None, color=None):
    """A real Word heading (style Heading N)."""
    p = doc.add_heading(level=level)
    run = p.add_run(text)
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return p


def fake_heading(doc, text, size=11, fill=None, color=None, align=None, caps=False):
    """A bold paragraph that looks like a heading but is Normal style (as many templates do)."""
    p = P(doc, "**" + (text.upper() if caps else text) + "**", size=size, color=color, align=align,
          before=6, after=2)
    if fill:
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:shd {NS_W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {NS_W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_write(cell, value, bold=False, size=None):
    """Write markup text into a cell; newlines start new paragraphs."""
    value = "" if value is None else str(value)
    for k, line in enumerate(value.split("\n")):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        add_md(p, line, size, extra="b" if bold else "")
        p.paragraph_format.space_after = Pt(1)


def T(container, rows, widths=None, style="Table Grid", header=False, size=None, bold_col0=False,
      header_fill=None, col0_fill=None):
    ncols = max(len(r) for r in rows)
    if hasattr(container, "add_table") and container.__class__.__name__ == "_Cell":
        t = container.add_table(len(rows), ncols)
    else:
        t = container.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for i, r in enumerate(rows):
        for j, val in enumerate(r):
            c = t.cell(i, j)
            cell_write(c, val, bold=(header and i == 0) or (bold_col0 and j == 0), size=size)
            if header and i == 0 and header_fill:
                shade(c, header_fill)
            if bold_col0 and j == 0 and col0_fill:
                shade(c, col0_fill)
    if widths:
        for j, w in enumerate(widths):
            for row in t.rows:
                if j < len(row.cells):
                    row.cells[j].width = Inches(w)
    return t


def merge_row(t, i, j0=0, j1=None, text=None, bold=True, fill=None, size=None):
    j1 = len(t.columns) - 1 if j1 is None else j1
    c = t.cell(i, j0).merge(t.cell(i, j1))
    if text is not None:
        for p in c.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        for r in list(c.paragraphs[0].runs):
            r._r.getparent().remove(r._r)
        cell_write(c, text, bold=bold, size=size)
    if fill:
        shade(c, fill)
    return c


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def hf_lines(hf, lines, size=8, align=None):
    """Write markup lines into a header or footer (the first replaces its empty paragraph)."""
    for k, line in enumerate(lines):
        p = hf.paragraphs[0] if k == 0 else hf.add_paragraph()
        add_md(p, line, size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return hf.paragraphs[-1]


def page_field(p, prefix="Page ", with_total=True):
    p.add_run(prefix)
    p._p.append(parse_xml(f'<w:fldSimple {NS_W} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    if with_total:
        p.add_run(" of ")
        p._p.append(parse_xml(f'<w:fldSimple {NS_W} w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def hf_table(hf, rows, size=8, widths=None):
    t = hf.add_table(rows=len(rows), cols=max(len(r) for r in rows), width=Inches(7))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_write(t.cell(i, j), v, size=size)
    if widths:
        for j, w in enumerate(widths):
            for row in t.rows:
                row.cells[j].width = Inches(w)
    return t


def new_section(doc, landscape=None):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape is True:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    elif landscape is False:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.different_first_page_header_footer = False
    sec.header.is_linked_to_previous = False
    sec.footer.is_linked_to_previous = False
    return sec


def _runs_xml(lines, size_half=None):
    out = []
    for line in lines:
        rs = []
        for text, fmt in md_runs(line):
            rpr = ""
            if "b" in fmt or size_half:
                rpr = "<w:rPr>" + ("<w:b/>" if "b" in fmt else "") + \
                      (f'<w:sz w:val="{size_half}"/>' if size_half else "") + "</w:rPr>"
            rs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')
        out.append("<w:p>" + "".join(rs) + "</w:p>")
    return "".join(out)


def textbox(p, doc, lines, w=200, h=90, x=0, y=0, vml_only=False, size_half=18):
    """Anchor a text box (DrawingML with a VML fallback, as Word writes it) to paragraph p."""
    n = doc._ctx.next()
    inner = _runs_xml(lines, size_half)
    emu = lambda pt: int(pt * 12700)  # noqa: E731
    vml = (f'<w:pict><v:shape id="TextBox{n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:{x}pt;margin-top:{y}pt;width:{w}pt;height:{h}pt;z-index:{n}" '
           f'fillcolor="white" strokeweight=".5pt"><v:textbox><w:txbxContent>{inner}</w:txbxContent>'
           f'</v:textbox></v:shape></w:pict>')
    if vml_only:
        xml = f'<w:r {NS_ALL}>{vml}</w:r>'
    else:
        xml = (f'<w:r {NS_ALL}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
               f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
               f'relativeHeight="{251659264 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
               f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{emu(x)}</wp:posOffset>'
               f'</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>{emu(y)}</wp:posOffset>'
               f'</wp:positionV><wp:extent cx="{emu(w)}" cy="{emu(h)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
               f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{100 + n}" name="Text Box {n}"/>'
               f'<wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
               f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
               f'<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/>'
               f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="lt1"/>'
               f'</a:solidFill><a:ln w="6350"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></wps:spPr>'
               f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" '
               f'wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0">'
               f'<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
               f'</mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>')
    p._p.append(parse_xml(xml))
    return p


def sdt_inline(p, doc, text, tag, alias=None, bold=False):
    n = doc._ctx.next()
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    xml = (f'<w:sdt {NS_W}><w:sdtPr><w:alias w:val="{escape(alias or tag)}"/><w:tag w:val="{tag}"/>'
           f'<w:id w:val="{4000 + n}"/></w:sdtPr><w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">'
           f'{escape(text)}</w:t></w:r></w:sdtContent></w:sdt>')
    p._p.append(parse_xml(xml))
    return p


def sdt_wrap_block(doc, element, tag, alias=None):
    """Move a body-level paragraph or table into a block content control."""
    n = doc._ctx.next()
    sdt = parse_xml(f'<w:sdt {NS_W}><w:sdtPr><w:alias w:val="{escape(alias or tag)}"/><w:tag w:val="{tag}"/>'
                    f'<w:id w:val="{5000 + n}"/></w:sdtPr><w:sdtContent/></w:sdt>')
    element.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(element)
    return sdt


def tracked(p, doc, deleted=None, inserted=None, author="Reviewer", when="2026-01-02T09:00:00Z"):
    """Append a tracked deletion and/or insertion to paragraph p."""
    if deleted:
        n = doc._ctx.next()
        p._p.append(parse_xml(
            f'<w:del {NS_W} w:id="{900 + n}" w:author="{escape(author)}" w:date="{when}"><w:r>'
            f'<w:delText xml:space="preserve">{escape(deleted)}</w:delText></w:r></w:del>'))
    if inserted:
        n = doc._ctx.next()
        p._p.append(parse_xml(
            f'<w:ins {NS_W} w:id="{900 + n}" w:author="{escape(author)}" w:date="{when}"><w:r>'
            f'<w:t xml:space="preserve">{escape(inserted)}</w:t></w:r></w:ins>'))
    return p


def delete_row_tracked(row, doc, author, when):
    """Mark a table row as a tracked deletion (row and its text)."""
    n = doc._ctx.next()
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {NS_W} w:id="{700 + n}" w:author="{escape(author)}" w:date="{when}"/>'))
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in list(p._p.findall(qn("w:r"))):
                for t in r.findall(qn("w:t")):
                    t.tag = qn("w:delText")
                m = doc._ctx.next()
                wrapper = parse_xml(f'<w:del {NS_W} w:id="{700 + m}" w:author="{escape(author)}" w:date="{when}"/>')
                r.addprevious(wrapper)
                wrapper.append(r)


def comment(doc, run, text, author, initials):
    doc.add_comment(run, text=text, author=author, initials=initials)


def checkbox(on: bool) -> str:
    return "\u2612" if on else "\u2610"


def save_docx(doc, name, title, author, company=None):
    cp = doc.core_properties
    cp.author = author
    cp.title = title
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.last_modified_by = author
    cp.revision = 2
    cp.created = FIXED
    cp.modified = FIXED
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/comments.xml":
                data = re.sub(rb'w:date="[^"]*"', b'w:date="2026-01-02T09:00:00Z"', data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(os.path.join(OUT, name), "wb") as fh:
        fh.write(out.getvalue())


def save_text(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


# ----------------------------------------------------------------------------------------------
# profiles: kinds each can report at error or warning (from payer_profiles/*.yaml and rules/*.yaml)
# ----------------------------------------------------------------------------------------------

BASE = {"field-missing", "diagnosis-missing", "diagnosis-code-missing", "diagnosis-code-invalid",
        "diagnosis-code-not-billable", "identifier-invalid", "service-code-invalid", "date-inconsistent"}
KINDS = {
    "base-treatment-plan": BASE,
    "medicare-psychotherapy": BASE | {
        "goal-missing", "goal-not-measurable", "objective-not-measurable", "objective-not-time-bound",
        "intervention-missing", "amount-missing", "frequency-missing", "duration-missing",
        "duration-exceeds-limit", "plan-outdated", "signature-missing", "credential-missing"},
    "commercial-aba": BASE | {
        "diagnosis-not-covered", "goal-missing", "goal-not-measurable", "baseline-missing",
        "goal-not-time-bound", "caregiver-goal-missing", "assessment-missing", "assessment-outdated",
        "amount-missing", "duration-exceeds-limit", "review-date-missing", "review-interval-exceeded",
        "signature-missing"},
    # 2025-01 version: service-amount is info only, so amount-missing is not listed
    "medicare-outpatient-therapy": BASE | {
        "goal-missing", "goal-not-measurable", "intervention-missing", "frequency-missing",
        "duration-missing", "plan-late", "signature-missing", "signature-late",
        "credential-not-permitted", "review-interval-exceeded", "review-overdue"},
    "medicare-home-health": BASE | {
        "goal-missing", "goal-not-measurable", "intervention-missing", "frequency-missing",
        "duration-missing", "signature-missing", "credential-not-permitted", "review-interval-exceeded",
        "review-overdue"},
    "pa-55-5200": {"field-missing", "plan-late", "goal-missing", "objective-missing",
                   "intervention-missing", "duration-missing", "signature-missing"},
    "ny-oasas-818": {"field-missing", "plan-late", "signature-missing", "signature-late",
                     "diagnosis-missing", "goal-missing", "intervention-missing"},
    "fl-65d-30": {"field-missing", "plan-late", "goal-missing", "objective-missing",
                  "objective-not-measurable", "objective-not-time-bound", "intervention-missing",
                  "frequency-missing", "signature-missing", "signature-late"},
    "ca-title9-ntp": {"field-missing", "plan-late", "goal-missing", "objective-missing",
                      "objective-not-time-bound", "review-date-missing", "review-interval-exceeded",
                      "review-overdue", "signature-missing", "signature-late"},
    "tx-26tac-564": {"goal-missing", "objective-missing", "objective-not-measurable",
                     "objective-not-time-bound", "intervention-missing", "frequency-missing",
                     "duration-missing", "signature-missing"},
}

# profile limits used by the self-checks (numbers copied from payer_profiles/*.yaml)
LIM = {
    "psy_plan_max_age": 365, "psy_duration_lt_days": 365,
    "aba_review": 184, "aba_assess_age": 365, "aba_months": 6,
    "pt_review": 90, "pt_cert_days": 30,
    "hh_review": 60,
    "pa_plan": 30, "ny_plan": 7, "ny_md": 10,
    "fl_levels": {"intensive inpatient": 3, "residential level 1": 7, "residential level 2": 15,
                  "day or night treatment": 10},
    "fl_qp": 10, "ca_plan": 28, "ca_review": 92, "ca_sign": 14,
}

PLANS = []


def plan(num, ext, payer, as_of, states=(), gaps=(), unsure=(), notes="", fmt="docx"):
    """Register a plan builder. gaps: list of lists of acceptable kinds. unsure: kinds left out."""
    def deco(fn):
        PLANS.append(dict(num=num, ext=ext, payer=payer, states=list(states), as_of=as_of,
                          gaps=[list(g) for g in gaps], unsure=set(unsure), notes=notes, fmt=fmt, fn=fn))
        return fn
    return deco


def fname(p):
    return f"n{p['num']:02d}_plan.{p['ext']}"


def label(p):
    kinds = set(KINDS[p["payer"]])
    for s in p["states"]:
        kinds |= KINDS[s]
    gap_kinds = set(k for g in p["gaps"] for k in g)
    for g in p["gaps"]:
        assert any(k in kinds for k in g), (p["num"], g)
    assert p["unsure"] <= kinds, (p["num"], p["unsure"] - kinds)
    args = ["--payer", p["payer"]]
    for s in p["states"]:
        args += ["--state", s]
    args += ["--as-of", p["as_of"]]
    return {
        "file": fname(p),
        "check_with": args,
        "must_report": p["gaps"],
        "must_not_report": sorted(kinds - gap_kinds - p["unsure"]),
        "notes": p["notes"],
    }


# ICD-10-CM expectations, checked with simple-icd-10-cm when it is installed (authcheck depends on it)
ICD_EXPECT: dict[str, str] = {}


def icd(code: str, expect: str = "billable") -> str:
    """Record what a code is meant to be: billable, category (valid, not billable) or invalid."""
    ICD_EXPECT[code] = expect
    return code


def check_icd():
    try:
        import simple_icd_10_cm as cm
    except ImportError:  # pragma: no cover
        print("simple-icd-10-cm not installed: ICD-10-CM self-check skipped")
        return
    for code, exp in sorted(ICD_EXPECT.items()):
        valid = cm.is_valid_item(code)
        if exp == "invalid":
            assert not valid, code
        elif exp == "category":
            assert valid and not cm.is_leaf(code), code
        else:
            assert valid and cm.is_leaf(code), code


CONFIDENTIAL = ("CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is "
                "privileged and confidential under federal and state law (45 CFR Parts 160 and 164; 42 CFR "
                "Part 2 where applicable). It is intended only for the use of the recipient named above. If "
                "you have received this fax in error, notify the sender by telephone immediately and destroy "
                "all pages. Redisclosure without written consent is prohibited.")
CRISIS = ("If you are in crisis, call or text 988 (Suicide & Crisis Lifeline), call 911, or go to the "
          "nearest emergency department. The clinic's after-hours line is answered by the on-call clinician.")


# ==============================================================================================
# Medicare outpatient psychotherapy (some with Pennsylvania 55 Pa. Code ch. 5200)
# ==============================================================================================

@plan(1, "docx", "medicare-psychotherapy", "2026-03-16",
      notes="Clean. Fax cover page (fax dated after the plan) before a table-and-paragraph plan; "
            "client identifiers in the running header and MBI in the footer of the plan section only.")
def n01(p):
    plan_d, as_of = D("2026-02-23"), D(p["as_of"])
    end = plan_d + dt.timedelta(weeks=16)
    assert gap(plan_d, as_of) <= LIM["psy_plan_max_age"] and gap(plan_d, end) < LIM["psy_duration_lt_days"]
    t1, t2, t3, t4 = D("2026-05-29"), D("2026-04-24"), D("2026-06-12"), plan_d + dt.timedelta(weeks=8)
    assert all(t > plan_d for t in (t1, t2, t3, t4))
    doc = new_doc("Arial", 10)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    hf_lines(sec.first_page_header, ["Riverbend Counseling Associates \u2022 418 Millrace Road, Suite 2 \u2022 "
                                     "Tel (555) 014-7730 \u2022 Fax (555) 014-7731"], size=8, align="c")
    P(doc, "**FAX TRANSMITTAL**", size=26, align="c", after=12)
    T(doc, [["To:", "Utilization Management \u2013 Behavioral Health Prior Authorization"],
            ["Fax:", "(555) 014-2290"],
            ["From:", "Celia Montrose, Intake Coordinator"],
            ["Date sent:", mdy(D("2026-03-09"))],
            ["Pages:", "4 (including cover)"],
            ["Re:", "Outpatient psychotherapy \u2013 treatment plan for authorization review"]],
      widths=[1.2, 5.3], style=None, bold_col0=True)
    P(doc, "")
    P(doc, f"{checkbox(False)} Urgent    {checkbox(True)} For review    {checkbox(True)} Please reply    "
           f"{checkbox(False)} Please recycle", after=10)
    P(doc, "Comments: Please find the current treatment plan attached. Call the intake line with any "
           "questions. Thank you.")
    P(doc, CONFIDENTIAL, size=7.5, before=30)
    sec2 = new_section(doc)
    hf_lines(sec2.header, ["**Riverbend Counseling Associates**",
                           "Client: ASHBY, Marguerite L.    DOB: 11/03/1957    Chart #: RCA-20417"], size=8)
    f = hf_lines(sec2.footer, ["Medicare MBI 2HF7-KW4-RT19 | Individualized Treatment Plan | "], size=7)
    page_field(f)
    P(doc, "**INDIVIDUALIZED TREATMENT PLAN**", size=14, align="c")
    T(doc, [["**Client name**", "Marguerite L. Ashby", "**Date of plan**", mdy(plan_d)],
            ["**Date of birth**", "11/03/1957", "**Plan type**", f"{checkbox(True)} Initial  {checkbox(False)} Update"],
            ["**Insurance**", "Medicare Part B", "**Primary clinician**", "Tobias Renfrew, LCSW"]],
      widths=[1.3, 2.1, 1.4, 2.0])
    fake_heading(doc, "Reason for referral / presenting problem")
    P(doc, "Ms. Ashby was referred by her primary care physician after a year of low mood, early waking and "
           "withdrawal from church and volunteer work following the death of her sister. She reports constant "
           "worry about her health and finances. PHQ-9 on 02/16/2026 was 18; GAD-7 was 14. No current suicidal "
           "ideation; safety plan reviewed.")
    fake_heading(doc, "Diagnoses (ICD-10-CM)")
    T(doc, [["Code", "Description", "Primary"],
            [icd("F33.1"), "Major depressive disorder, recurrent, moderate", "Yes"],
            [icd("F41.1"), "Generalized anxiety disorder", ""]], header=True, widths=[0.9, 4.6, 0.8])
    fake_heading(doc, "Problems, goals and objectives")
    P(doc, "**Problem 1 \u2013 Depressed mood and withdrawal.**")
    P(doc, "Goal 1: Marguerite will return to her usual weekly routine (church, volunteering, calls with "
           "friends) with a PHQ-9 score below 10.")
    P(doc, f"Objective 1a: Reduce PHQ-9 score from 18 (02/16/2026) to 9 or lower by {mdy(t1)}.", style="List Bullet")
    P(doc, f"Objective 1b: Schedule and complete at least 3 planned pleasant or valued activities each week, "
           f"recorded in an activity log, by {mdy(t2)}.", style="List Bullet")
    P(doc, "**Problem 2 \u2013 Excessive worry and poor sleep.**")
    P(doc, "Goal 2: Marguerite will keep worry from disrupting her sleep and daily tasks.")
    P(doc, f"Objective 2a: Reduce GAD-7 score from 14 to below 8 by {mdy(t3)}.", style="List Bullet")
    P(doc, "Objective 2b: Use paced breathing or a scheduled worry-time on at least 5 of 7 days per week, as "
           "shown in her self-monitoring log, within 8 weeks.", style="List Bullet")
    fake_heading(doc, "Interventions")
    P(doc, "Cognitive behavioral therapy with behavioral activation (Problem 1); cognitive restructuring, "
           "worry exposure and relaxation training (Problem 2). Homework reviewed each session.")
    fake_heading(doc, "Services requested")
    T(doc, [["Service", "CPT", "Session length", "Frequency", "Duration"],
            ["Individual psychotherapy", "90837", "53\u201360 minutes", "1x per week",
             f"16 weeks ({mdy(plan_d)} \u2013 {mdy(end)})"]], header=True, header_fill="D9D9D9")
    P(doc, f"Estimated duration of treatment: 16 weeks, through {mdy(end)}. Plan to be reviewed at week 8.")
    fake_heading(doc, "Signatures")
    P(doc, f"Clinician: /s/ Tobias Renfrew, LCSW          Date: {mdy(plan_d)}")
    P(doc, f"NPI: {npi('164829375')}")
    P(doc, f"Client: ^^Marguerite L. Ashby^^          Date: {mdy(plan_d)}")
    P(doc, "I participated in developing this plan and received a copy.", size=8)
    P(doc, CRISIS, size=8, before=10)
    save_docx(doc, fname(p), "Individualized Treatment Plan", "Riverbend Counseling Associates")


@plan(2, "docx", "medicare-psychotherapy", "2026-02-02",
      gaps=[["amount-missing"]],
      notes="Gap: neither service states a session length (individual weekly, group weekly; no minutes, "
            "no CPT codes). Layout: every value sits in an inline content control; the goals table is a "
            "block content control; 'Consumer' labels.")
def n02(p):
    plan_d, as_of = D("2026-01-14"), D(p["as_of"])
    end = D("2026-07-01")
    assert gap(plan_d, end) < LIM["psy_duration_lt_days"] and gap(plan_d, as_of) <= LIM["psy_plan_max_age"]
    doc = new_doc("Segoe UI", 9.5)
    hf_lines(doc.sections[0].header, ["Harborlight Behavioral Health \u2014 Person-Centered Recovery Plan"],
             size=8, align="r")
    P(doc, "**PERSON-CENTERED RECOVERY PLAN**", size=15, color="1F4E79")
    fields = [("Consumer name", "Desmond K. Farrow", "consumer_name"),
              ("Date of birth", "05/27/1962", "dob"),
              ("Member ID", "MA7731049926", "member_id"),
              ("Health plan", "Medicare Advantage (HMO)", "payer"),
              ("Plan date", mdy(plan_d), "plan_date"),
              ("Program", "Adult Outpatient Trauma Services", "program")]
    for lab, val, tag in fields:
        para = P(doc, f"**{lab}:** ", after=1)
        sdt_inline(para, doc, val, tag, lab)
    fake_heading(doc, "In the consumer's words", color="1F4E79")
    para = P(doc, "")
    sdt_inline(para, doc, "\u201cI want to sleep without the nightmares and be able to go to the store "
                          "without checking every exit.\u201d", "voice")
    fake_heading(doc, "Diagnosis", color="1F4E79")
    para = P(doc, "Primary: ")
    sdt_inline(para, doc, icd("F43.12") + " Post-traumatic stress disorder, chronic", "dx1")
    fake_heading(doc, "Goals and objectives", color="1F4E79")
    t = T(doc, [["#", "Goal / objective", "Target date", "Measured by"],
                ["Goal 1", "Desmond will have fewer trauma symptoms so he can shop and travel on his own.", "", ""],
                ["1.1", "Reduce PCL-5 score from 54 to 33 or lower.", mdy(D("2026-06-17")), "PCL-5 every 4 weeks"],
                ["1.2", "Go to the grocery store alone at least 2 times per week.", mdy(D("2026-04-15")),
                 "Weekly exposure log"],
                ["Goal 2", "Desmond will sleep through the night on most nights.", "", ""],
                ["2.1", "Reduce nightmares from 5 nights per week to 2 or fewer nights per week.",
                 mdy(D("2026-05-20")), "Sleep diary"]], header=True, header_fill="DEEAF6", size=9,
          widths=[0.6, 3.6, 1.0, 1.5])
    sdt_wrap_block(doc, t._tbl, "goals_table", "Goals and objectives")
    fake_heading(doc, "Services and interventions", color="1F4E79")
    for lab, val, tag in [("Individual psychotherapy (Cognitive Processing Therapy)", "once a week", "svc1"),
                          ("Veterans' trauma recovery group (psychotherapy group)", "weekly", "svc2")]:
        para = P(doc, f"\u2022 {lab} \u2014 ", after=1)
        sdt_inline(para, doc, val, tag)
    para = P(doc, "Expected duration: ")
    sdt_inline(para, doc, f"24 weeks (target completion {mdy(end)})", "duration")
    fake_heading(doc, "Crisis and safety", color="1F4E79")
    P(doc, CRISIS, size=8.5)
    fake_heading(doc, "Authentication", color="1F4E79")
    para = P(doc, "")
    sdt_inline(para, doc, f"Electronically signed by Wren Castellano, LMHC on {mdy(plan_d)} 4:52 PM",
               "esig_clinician")
    para = P(doc, "Consumer signature: ")
    sdt_inline(para, doc, f"Desmond K. Farrow (signed on signature pad) {mdy(plan_d)}", "esig_consumer")
    save_docx(doc, fname(p), "Person-Centered Recovery Plan", "Harborlight EHR")


@plan(3, "docx", "medicare-psychotherapy", "2026-05-04",
      gaps=[["plan-outdated"]],
      notes="Gap: plan dated 01/14/2025 and last reviewed 04/21/2025 (review log); on the as-of date the "
            "last review is 378 days old (>365). Layout: psychologist's narrative plan with a review log "
            "table of dated entries at the end.")
def n03(p):
    plan_d, rev, as_of = D("2025-01-14"), D("2025-04-21"), D(p["as_of"])
    assert gap(rev, as_of) == 378 > LIM["psy_plan_max_age"] and gap(plan_d, as_of) > LIM["psy_plan_max_age"]
    end = add_months(plan_d, 9)
    assert gap(plan_d, end) < LIM["psy_duration_lt_days"]
    doc = new_doc("Times New Roman", 11.5, margin=1.0)
    P(doc, "**CEDAR HOLLOW PSYCHOLOGICAL SERVICES**", align="c", size=13, after=0)
    P(doc, "Annika Sorensen, PsyD \u2022 Licensed Psychologist \u2022 27 Orchard Lane", align="c", size=9)
    P(doc, "**Psychotherapy Treatment Plan**", align="c", size=12, before=8)
    P(doc, f"Patient: Roland T. Kessler. Born {lng(D('1949-09-12'))}. Medicare Beneficiary Identifier "
           f"9MC4-XA2-VT57. This plan was established on {lng(plan_d)} following the diagnostic evaluation "
           f"of {lng(D('2025-01-07'))}.")
    P(doc, "Mr. Kessler reports panic attacks three to four times a week since a cardiac work-up in 2024 "
           "that found no heart disease. He avoids driving on highways and has stopped attending his "
           "grandson's games.")
    P(doc, f"**Diagnosis.** {icd('F41.0')} Panic disorder [episodic paroxysmal anxiety] (primary).")
    P(doc, "**Goals.**")
    P(doc, "1. Mr. Kessler will be free of panic attacks or have no more than one per month, by "
           f"{mdy(D('2025-07-14'))}.", style="List Number")
    P(doc, f"   a) Reduce panic attacks from 3\u20134 per week to 1 or fewer per week by {mdy(D('2025-04-14'))}, "
           "per his attack log.")
    P(doc, f"   b) Reduce the Panic Disorder Severity Scale score from 16 to 7 or lower by {mdy(D('2025-07-14'))}.")
    P(doc, f"2. Mr. Kessler will drive on the highway alone for at least 20 minutes twice a week by "
           f"{mdy(D('2025-09-30'))}.", style="List Number")
    P(doc, f"   a) Complete 8 graded driving exposures, each rated with subjective distress, by "
           f"{mdy(D('2025-06-30'))}.")
    P(doc, "**Treatment.** Cognitive behavioral therapy for panic (psychoeducation, interoceptive exposure, "
           "in-vivo exposure to driving), 45-minute individual sessions (90834) once weekly. Expected "
           f"duration: 9 months, through {mdy(end)}.")
    P(doc, f"Signed: ^^Annika Sorensen^^, PsyD, Licensed Psychologist      {mdy(plan_d)}")
    P(doc, f"Patient: ^^Roland T. Kessler^^      {mdy(plan_d)}")
    P(doc, "**Treatment Plan Review Log**", before=12)
    T(doc, [["Date", "Type", "Summary", "By"],
            [mdy(plan_d), "Plan established", "Initial plan after diagnostic evaluation.", "A. Sorensen, PsyD"],
            [mdy(rev), "Review", "Attacks down to 1 per week; PDSS 11. Continue plan unchanged.", "A. Sorensen, PsyD"],
            [mdy(D("2025-07-21")), "Next review (scheduled)", "", ""]], header=True, size=9.5,
      widths=[1.0, 1.5, 3.2, 1.3])
    save_docx(doc, fname(p), "Psychotherapy Treatment Plan", "A. Sorensen")


@plan(4, "docx", "medicare-psychotherapy", "2026-04-13",
      gaps=[["credential-missing"]],
      notes="Gap: the only clinician signature is an e-signature stamp 'Electronically signed by Jordan "
            "Alvarez' with no credential anywhere (rendering provider line gives name and NPI only). "
            "Layout: EHR print-out with a patient banner table in the header and identifiers in the footer.")
def n04(p):
    plan_d, as_of = D("2026-03-30"), D(p["as_of"])
    assert gap(plan_d, as_of) <= LIM["psy_plan_max_age"]
    doc = new_doc("Verdana", 8.5, margin=0.6)
    sec = doc.sections[0]
    hf_table(sec.header, [["**Maple Street Therapy Collective**", "Patient: VASQUEZ-REILLY, IMOGEN",
                           "DOB: 02/08/1971 (55 y)", "Sex: F"]], size=7.5, widths=[2.3, 2.2, 1.6, 0.9])
    f = hf_lines(sec.footer, ["MBI: 6TN2-GE8-QK05 \u2022 Acct 448812 \u2022 Printed 04/01/2026 10:02 by frontdesk2 "
                              "\u2022 "], size=6.5)
    page_field(f)
    P(doc, "**Treatment Plan** \u2014 Outpatient Psychotherapy", size=12)
    T(doc, [["Encounter date", mdy(plan_d), "Location", "Main clinic, room 4"],
            ["Rendering provider", f"Jordan Alvarez (NPI {npi('192837465')})", "Visit type", "Treatment planning"],
            ["Payer", "Medicare Part B", "Referral", "Self"]], size=8, bold_col0=False)
    P(doc, "**Chief concern:** tearfulness, irritability and trouble concentrating since a job loss in "
           "January; conflict with adult son.", before=6)
    P(doc, "**Assessment / Diagnosis**")
    P(doc, f"{icd('F43.23')} - Adjustment disorder with mixed anxiety and depressed mood (primary)", style="List Bullet")
    P(doc, "**Plan of treatment**")
    P(doc, "Long-term goal: Imogen will manage the job-loss stress well enough to job-search and sleep "
           "normally.", style="List Bullet")
    P(doc, f"STO 1: Decrease PHQ-9 from 15 to less than 8 by {mdy(D('2026-06-22'))}.", style="List Bullet 2")
    P(doc, f"STO 2: Submit at least 2 job applications per week, per weekly check-in, by {mdy(D('2026-05-11'))}.",
      style="List Bullet 2")
    P(doc, f"STO 3: Sleep 6 or more hours on at least 5 nights per week (sleep log) by {mdy(D('2026-05-25'))}.",
      style="List Bullet 2")
    P(doc, "Interventions: supportive and cognitive behavioral psychotherapy; problem-solving therapy; "
           "sleep hygiene education.", style="List Bullet")
    P(doc, "Modality / amount / frequency: individual psychotherapy (90834), 45 minutes, once a week.",
      style="List Bullet")
    P(doc, f"Duration: 12 weeks (through {mdy(plan_d + dt.timedelta(weeks=12))}), then review.", style="List Bullet")
    P(doc, "Patient agreed with the plan and received a copy.")
    P(doc, "")
    P(doc, f"Electronically signed by Jordan Alvarez on {mdy(plan_d)} at 11:41 AM", size=8, color="555555")
    save_docx(doc, fname(p), "Treatment Plan", "EHR export")


@plan(5, "docx", "medicare-psychotherapy", "2026-02-24", states=["pa-55-5200"],
      notes="Clean (PA clinic, initial plan 21 days after intake, signed by individual, LPC and psychiatrist). "
            "Layout: landscape; goals table with vertically merged problem cells and a nested objectives table "
            "inside each goal cell; signature table with role/name/signature/date columns.")
def n05(p):
    intake, plan_d, md_d, as_of = D("2026-01-20"), D("2026-02-10"), D("2026-02-13"), D(p["as_of"])
    assert gap(intake, plan_d) == 21 <= LIM["pa_plan"] and gap(plan_d, as_of) <= LIM["psy_plan_max_age"]
    end = add_months(plan_d, 6)
    doc = new_doc("Calibri", 10, margin=0.6, landscape=True)
    sec = doc.sections[0]
    hf_lines(sec.header, ["Susquehanna Valley Outpatient Clinic \u2022 Licensed Psychiatric Outpatient Clinic "
                          "(55 Pa. Code ch. 5200)", "Individual served: Tamsin O. Greaves \u2022 MRN SVOC-88213"],
             size=8)
    f = hf_lines(sec.footer, ["Form SVOC-TP-3 (rev. 09/2024)   "], size=7, align="r")
    page_field(f)
    P(doc, "**INDIVIDUAL TREATMENT PLAN \u2014 INITIAL**", size=14, align="c", color="2F5496")
    t = T(doc, [["Individual served", "Tamsin O. Greaves", "Date of birth", "07/19/1988", "Medicare ID", "3KD8-PX1-WN46"],
                ["Intake date", mdy(intake), "Plan date", mdy(plan_d), "Expected duration",
                 f"6 months (through {mdy(end)})"],
                ["Therapist", "Calvin Brooks, LPC", "Psychiatrist", "Nadia Ferrante, MD", "Program", "Adult outpatient"]],
          bold_col0=False, size=9)
    for row in t.rows:
        for j in (0, 2, 4):
            shade(row.cells[j], "DCE6F2")
    fake_heading(doc, "Diagnoses", color="2F5496")
    P(doc, f"1. {icd('F31.81')} Bipolar II disorder (primary)     2. {icd('F41.1')} Generalized anxiety disorder")
    fake_heading(doc, "Problems, goals and objectives", color="2F5496")
    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    hdr = ["Problem / need", "Goal (in the individual's words)", "Objectives", "Interventions / modality"]
    for j, h in enumerate(hdr):
        cell_write(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "DCE6F2")
    rows = [
        ("Mood instability: depressive episodes and hypomanic spells disrupt work.",
         "\u201cI want to keep my job and stop the crashes.\u201d",
         [("1a", "Keep a daily mood chart on at least 6 of 7 days per week", mdy(D("2026-03-24"))),
          ("1b", "Reduce PHQ-9 score from 16 to 9 or lower", mdy(D("2026-05-12")))],
         "Individual CBT / interpersonal and social rhythm therapy; medication management"),
        ("", "\u201cI want my sleep to be regular.\u201d",
         [("2a", "Keep bedtime and wake time within 1 hour of target on 5 of 7 nights", mdy(D("2026-04-21")))],
         "Social rhythm metrics; psychoeducation"),
        ("Anxiety: constant worry, muscle tension, avoids phone calls.",
         "\u201cI want to make calls at work without panicking.\u201d",
         [("3a", "Reduce GAD-7 score from 15 to below 8", mdy(D("2026-06-30"))),
          ("3b", "Make at least 3 work phone calls per week without leaving the task", mdy(D("2026-04-07")))],
         "CBT skills group; graded exposure"),
        ("", "\u201cI want to notice warning signs early.\u201d",
         [("4a", "Write a relapse-prevention plan listing 3 early warning signs and 3 actions", mdy(D("2026-03-31")))],
         "Individual therapy; psychiatrist review"),
    ]
    for i, (prob, goal, objs, iv) in enumerate(rows, start=1):
        cell_write(t.cell(i, 0), prob)
        cell_write(t.cell(i, 1), f"**Goal {i}.** {goal}")
        inner = t.cell(i, 2).add_table(len(objs) + 1, 3)
        inner.style = "Table Grid"
        for j, h in enumerate(["#", "Objective", "Target date"]):
            cell_write(inner.cell(0, j), h, bold=True, size=8)
        for k, (lab, txt, due) in enumerate(objs, start=1):
            cell_write(inner.cell(k, 0), lab, size=8.5)
            cell_write(inner.cell(k, 1), txt, size=8.5)
            cell_write(inner.cell(k, 2), due, size=8.5)
        cell_write(t.cell(i, 3), iv)
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(3, 0).merge(t.cell(4, 0))
    fake_heading(doc, "Services", color="2F5496")
    T(doc, [["Service", "Code", "Amount", "Frequency"],
            ["Individual psychotherapy", "90837", "60 minutes", "weekly"],
            ["CBT skills group psychotherapy", "90853", "90 minutes", "weekly"],
            ["Medication management (psychiatrist)", "99214", "25 minutes", "every 4 weeks"]], header=True, size=9)
    P(doc, "Modalities: individual, group and medication management. Discharge criteria: stable mood for 8 weeks "
           "and GAD-7 below 8.", before=4)
    fake_heading(doc, "Signatures", color="2F5496")
    T(doc, [["Role", "Name / credentials", "Signature", "Date"],
            ["Individual served", "Tamsin O. Greaves", "^^Tamsin Greaves^^", mdy(plan_d)],
            ["Mental health professional", "Calvin Brooks, LPC", "^^C. Brooks, LPC^^", mdy(plan_d)],
            ["Psychiatrist approval", "Nadia Ferrante, MD", "^^N. Ferrante MD^^", mdy(md_d)]], header=True,
      widths=[2.2, 2.6, 2.6, 1.2])
    save_docx(doc, fname(p), "Individual Treatment Plan", "SVOC")


@plan(6, "docx", "medicare-psychotherapy", "2026-01-12", states=["pa-55-5200"],
      gaps=[["plan-late"]],
      notes="Gap: initial plan dated 12/19/2025, 46 days after the 11/03/2025 intake (PA allows 30). Layout: an "
            "outpatient behavioral-health authorization request form (page 1, member/provider boxes, requested "
            "codes) stapled before the plan; signer approving is a CRNP (PMHNP-BC).")
def n06(p):
    intake, plan_d, np_d, as_of = D("2025-11-03"), D("2025-12-19"), D("2025-12-22"), D(p["as_of"])
    assert gap(intake, plan_d) == 46 > LIM["pa_plan"]
    start, end = D("2025-12-22"), D("2026-06-19")
    assert gap(plan_d, end) < LIM["psy_duration_lt_days"]
    doc = new_doc("Arial", 9.5, margin=0.7)
    P(doc, "**OUTPATIENT BEHAVIORAL HEALTH SERVICES \u2014 PRIOR AUTHORIZATION REQUEST**", size=12, align="c")
    P(doc, "Complete all sections. Attach the current signed treatment plan. Incomplete requests will be returned.",
      size=8, align="c")
    t = T(doc, [["SECTION A \u2014 MEMBER", "", "", ""],
                ["Member name", "Dorian M. Whitcomb", "Member ID", "8WF3-JD6-HT22"],
                ["Date of birth", "12/01/1979", "Phone", "(555) 017-4482"],
                ["SECTION B \u2014 REQUESTING PROVIDER", "", "", ""],
                ["Provider / facility", "Allegheny Ridge Community Mental Health", "NPI", npi("177340215")],
                ["Contact", "Authorization desk", "Fax", "(555) 017-9000"],
                ["SECTION C \u2014 REQUEST", "", "", ""],
                ["Primary diagnosis", "F32.1", "Requested start / end", f"{mdy(start)} \u2013 {mdy(end)}"]],
          size=8.5)
    for i in (0, 3, 6):
        merge_row(t, i, fill="BFBFBF", size=8.5)
    P(doc, "")
    T(doc, [["CPT", "Description", "Minutes", "Frequency", "Sessions requested"],
            ["90837", "Psychotherapy, 60 min", "53\u201360", "1 per week", "26"]], header=True, size=8.5)
    P(doc, "Attestation: I attest that the information above is accurate and supported by the clinical record.",
      size=8, before=6)
    P(doc, f"Requesting clinician: Bettina Haas, LCSW        Date: {mdy(D('2025-12-22'))}", size=8.5)
    page_break(doc)
    P(doc, "**ALLEGHENY RIDGE COMMUNITY MENTAL HEALTH**", size=12)
    P(doc, "Treatment Plan (Initial)", size=11)
    T(doc, [["Individual", "Dorian M. Whitcomb", "D.O.B.", "12/01/1979"],
            ["Record #", "ARCMH-55120", "Intake date", mdy(intake)],
            ["Plan date", mdy(plan_d), "Expected duration", "6 months"]], size=9)
    P(doc, "**Diagnosis:** " + icd("F32.1") + " Major depressive disorder, single episode, moderate", before=6)
    P(doc, "**Strengths:** steady employment history, supportive sister, motivated for treatment.")
    P(doc, "**Goal 1:** Dorian will return to full-time work hours without calling off.", before=4)
    P(doc, f"  Objective 1.1 \u2014 Decrease PHQ-9 from 17 to 9 or below by {mdy(D('2026-03-20'))}.")
    P(doc, f"  Objective 1.2 \u2014 Miss no more than 1 scheduled work day per month for 2 consecutive months "
           f"by {mdy(D('2026-04-30'))}.")
    P(doc, "**Goal 2:** Dorian will rebuild social contact.")
    P(doc, f"  Objective 2.1 \u2014 Contact a friend or family member at least 3 times per week by "
           f"{mdy(D('2026-02-27'))} (self-report log).")
    P(doc, "**Treatment modalities:** individual psychotherapy (CBT, behavioral activation), 60 minutes weekly; "
           "medication evaluation and monitoring by the clinic CRNP.")
    P(doc, "**Signatures**", before=8)
    T(doc, [["Individual", "^^Dorian Whitcomb^^", mdy(plan_d)],
            ["Therapist", "^^Bettina Haas^^, LCSW", mdy(plan_d)],
            ["Approving practitioner", "^^Helene Okonkwo^^, CRNP (PMHNP-BC)", mdy(np_d)]], size=9,
      widths=[1.8, 3.2, 1.3])
    save_docx(doc, fname(p), "Authorization request and treatment plan", "ARCMH")


@plan(7, "docx", "medicare-psychotherapy", "2026-02-09", states=["pa-55-5200"],
      gaps=[["signature-missing"]], unsure=["plan-late"],
      notes="Gap: the psychiatrist/CRNP approval line of this plan update is blank (PA requires approval of a "
            "plan that includes psychotherapy). Layout: plan update with earlier goals struck through and "
            "marked Revised/Met, 'Previous plan dates' line. plan-late left out: intake was 04/07/2025 and the "
            "initial plan 04/28/2025 was timely, but this update is dated 01/26/2026.")
def n07(p):
    intake, first_plan, plan_d, as_of = D("2025-04-07"), D("2025-04-28"), D("2026-01-26"), D(p["as_of"])
    assert gap(intake, first_plan) <= LIM["pa_plan"] and gap(plan_d, as_of) <= LIM["psy_plan_max_age"]
    end = D("2026-07-31")
    assert gap(plan_d, end) < LIM["psy_duration_lt_days"]
    doc = new_doc("Georgia", 10, margin=0.9)
    P(doc, "Keystone Family Counseling Center", size=16, color="385623")
    P(doc, "TREATMENT PLAN UPDATE", size=11, after=8)
    T(doc, [["Name of individual: Lucia Bettencourt", "Birth date: 03/22/1966"],
            ["Medicare no.: 1PV5-RT9-CK83", f"Date of intake: {mdy(intake)}"],
            [f"Date of this update: {mdy(plan_d)}",
             f"Previous plan dates: {mdy(first_plan)} (initial); 07/28/2025; 10/27/2025"]], style=None)
    P(doc, "**Diagnoses**", before=8)
    P(doc, f"~~{icd('F33.1')} Major depressive disorder, recurrent, moderate~~ (changed 01/26/2026)")
    P(doc, f"{icd('F33.41')} Major depressive disorder, recurrent, in partial remission (primary)")
    P(doc, "**Progress since last plan**")
    P(doc, "Lucia has kept weekly appointments; PHQ-9 fell from 19 (04/2025) to 8 (01/2026). She returned to "
           "part-time work in November. Grief over her mother's death remains the main focus.")
    P(doc, "**Goals and objectives**")
    P(doc, "Goal 1 (REVISED 01/26/2026): ~~Lucia will get out of bed before 10 a.m.~~ Lucia will keep her "
           "part-time job and daily routine while her mood stays stable.")
    P(doc, f"    Objective 1A: Keep PHQ-9 at or below 9 at every monthly screen through {mdy(D('2026-07-20'))}.")
    P(doc, f"    Objective 1B: Work all scheduled shifts in at least 3 of 4 weeks each month by {mdy(D('2026-05-26'))}.")
    P(doc, "Goal 2 (MET 12/2025 \u2014 discontinued): Lucia will feel more hopeful.")
    P(doc, "Goal 3 (NEW): Lucia will be able to talk about her mother without avoiding reminders.")
    P(doc, f"    Objective 3A: Visit her mother's grave or look at photographs at least once per week, "
           f"rating distress before and after, by {mdy(D('2026-04-27'))}.")
    P(doc, f"    Objective 3B: Reduce Inventory of Complicated Grief score from 38 to below 25 by {mdy(D('2026-07-20'))}.")
    P(doc, "**Modalities and frequency**")
    P(doc, "Individual psychotherapy (90837), 53\u201360 minutes, every week; grief-focused CBT and behavioral "
           "activation. ~~Twice weekly~~ Frequency reduced to weekly on 10/27/2025.")
    P(doc, f"**Expected duration:** 6 more months, through {mdy(end)}.")
    P(doc, "**Signatures**", before=10)
    P(doc, f"Individual: ^^Lucia Bettencourt^^                         Date: {mdy(plan_d)}")
    P(doc, f"Mental health professional: ^^Renata Gallo^^, LPC          Date: {mdy(plan_d)}")
    P(doc, "Psychiatrist / CRNP approval: ______________________________   Date: ____________")
    P(doc, "Keystone Family Counseling Center \u2022 Updates are completed at least every 180 days or when "
           "clinically indicated.", size=7.5, before=14)
    save_docx(doc, fname(p), "Treatment Plan Update", "KFCC")


@plan(8, "docx", "medicare-psychotherapy", "2026-03-20",
      notes="Clean. Revised plan (original 09/15/2025, revised 02/27/2026) with tracked changes: frequency "
            "'every other week' deleted and 'weekly' inserted; a vague objective row deleted as a tracked "
            "change; the first goal's status cell reads 'Met 01/2026 - discontinued'; a reviewer comment. "
            "Either plan date gives a current plan under one year.")
def n08(p):
    orig, plan_d, as_of = D("2025-09-15"), D("2026-02-27"), D(p["as_of"])
    end = D("2026-08-31")
    assert gap(plan_d, end) < LIM["psy_duration_lt_days"] and gap(orig, end) < LIM["psy_duration_lt_days"]
    assert gap(orig, as_of) <= LIM["psy_plan_max_age"]
    doc = new_doc("Cambria", 10.5)
    H(doc, "Bluewater Psychotherapy Group", level=1)
    H(doc, "Revised Treatment Plan", level=2)
    T(doc, [["Client", "Ansel P. Whitford", "DOB", "06/30/1955"],
            ["Medicare (MBI)", "4JE6-UR3-FA91", "Original plan", mdy(orig)],
            ["Revision date", mdy(plan_d), "Reason", "Goal met; ERP intensified"]], size=9.5)
    H(doc, "Diagnosis", level=3)
    P(doc, f"{icd('F42.2')} Mixed obsessional thoughts and acts (obsessive-compulsive disorder) \u2014 primary")
    H(doc, "Goals", level=3)
    t = T(doc, [["Goal", "Objective(s)", "Target", "Status"],
                ["A. Understand the OCD cycle.", "Learn about obsessions and compulsions.", "",
                 "Met 01/2026 - discontinued"],
                ["B. Reduce time lost to checking rituals.",
                 f"B1. Reduce Y-BOCS total from 26 to 15 or lower.", mdy(D("2026-08-14")), "Active (revised)"],
                ["", "B2. Cut checking of locks and stove from about 90 minutes a day to under 20 minutes a day, "
                     "per ritual log.", mdy(D("2026-06-12")), "Active"],
                ["", "B3. Client will feel less anxious about leaving home.", "", "Active"],
                ["C. Resume driving to his daughter's house.",
                 "C1. Drive the 25-minute route alone at least once a week without returning to check.",
                 mdy(D("2026-05-29")), "New"]], header=True, size=9.5, header_fill="D9E2F3")
    delete_row_tracked(t.rows[4], doc, "Priya Natarajan", "2026-02-27T15:10:00Z")
    r = t.cell(2, 1).paragraphs[0].runs[0]
    comment(doc, r, "Y-BOCS re-administered 02/20/2026 (26). Scoring sheet in chart.", "Priya Natarajan", "PN")
    H(doc, "Treatment", level=3)
    para = P(doc, "Exposure and response prevention (ERP) with cognitive therapy; individual psychotherapy "
                  "(90837), 60-minute sessions, ")
    tracked(para, doc, deleted="every other week", inserted="weekly", author="Priya Natarajan",
            when="2026-02-27T15:12:00Z")
    para.add_run(". Between-session exposure homework daily.")
    P(doc, f"Expected duration: through {mdy(end)} (6 months from this revision).")
    H(doc, "Review", level=3)
    P(doc, f"Previous review: {mdy(D('2025-12-12'))} (progress on goal A). Next review due {mdy(D('2026-05-29'))}.")
    H(doc, "Signatures", level=3)
    P(doc, f"Signed: Priya Natarajan, PhD, Licensed Psychologist \u2014 {mdy(plan_d)}")
    P(doc, f"Client: Ansel P. Whitford (signed) \u2014 {mdy(plan_d)}")
    save_docx(doc, fname(p), "Revised Treatment Plan", "Priya Natarajan")


@plan(9, "docx", "medicare-psychotherapy", "2026-04-20",
      gaps=[["diagnosis-code-not-billable"], ["identifier-invalid"]],
      notes="Gaps: the primary diagnosis is written as category F41 (not billable); the clinician's NPI in the "
            "provider box fails the check digit. Layout: diagnosis in a table nested inside a 'Clinical "
            "summary' cell; provider box as a shaded side table; two reviewer comments.")
def n09(p):
    plan_d, as_of = D("2026-04-06"), D(p["as_of"])
    assert gap(plan_d, as_of) <= LIM["psy_plan_max_age"]
    bad = bad_npi("135792468")
    doc = new_doc("Tahoma", 9.5)
    P(doc, "PRAIRIE WIND COUNSELING", size=14, color="7F6000", after=0)
    P(doc, "Outpatient Mental Health \u2022 Plan of Care", size=10, after=8)
    t = T(doc, [["Client information", "Provider"],
                [f"Name: Beatrix Hallorann\nDOB: 10/10/1960\nMedicare ID: 7DA1-MV5-QE28\nPlan date: {mdy(plan_d)}",
                 f"Eamon Pryce, LCPC\nNPI {bad}\nPrairie Wind Counseling\n(555) 019-3340"]], header=True,
          widths=[4.2, 2.6], header_fill="FFF2CC")
    P(doc, "")
    outer = T(doc, [["Clinical summary"], [""]], header=True, header_fill="FFF2CC")
    c = outer.cell(1, 0)
    cell_write(c, "Beatrix describes daily worry about her husband's health and her own, with chest "
                  "tightness, poor sleep and arguments at home since his stroke in December.")
    inner = T(c, [["Dx code", "Diagnosis", "Rank"],
                  [icd("F41", "category"), "Anxiety disorder", "Primary"],
                  [icd("Z63.0"), "Problems in relationship with spouse or partner", "Secondary"]], header=True, size=9)
    r = inner.cell(1, 0).paragraphs[0].runs[0]
    comment(doc, r, "Billing: please confirm specific anxiety code before submission.", "M. Ortega", "MO")
    P(doc, "")
    P(doc, "**Goals & objectives**")
    P(doc, "G1. Beatrix will worry less and sleep better.")
    P(doc, f"  O1. Lower GAD-7 from 16 to 9 or less by {mdy(D('2026-07-06'))}.")
    P(doc, f"  O2. Sleep at least 6 hours on 5 of 7 nights (sleep diary) by {mdy(D('2026-06-08'))}.")
    P(doc, "G2. Beatrix and her husband will argue less at home.")
    P(doc, f"  O1. Reduce arguments from about daily to 2 or fewer per week, per her log, by {mdy(D('2026-06-29'))}.")
    P(doc, "**Treatment**")
    P(doc, "Individual psychotherapy (CBT for GAD, communication skills), CPT 90834, 45 minutes, 1x weekly "
           f"for 12 weeks (through {mdy(plan_d + dt.timedelta(weeks=12))}).")
    sig = P(doc, f"Clinician signature: ^^Eamon Pryce^^, LCPC    Date: {mdy(plan_d)}", before=10)
    comment(doc, sig.runs[0], "Signed in clinic.", "M. Ortega", "MO")
    P(doc, f"Client signature: ^^Beatrix Hallorann^^    Date: {mdy(plan_d)}")
    save_docx(doc, fname(p), "Plan of Care", "Prairie Wind Counseling")


@plan(10, "json", "medicare-psychotherapy", "2026-03-23", fmt="fhir",
      notes="Clean. FHIR R4 collection Bundle: Patient (MBI), Practitioner (LCSW, NPI), Condition (ICD-10-CM), "
            "two Goals with measures and due dates, CarePlan with a weekly 53-minute psychotherapy activity "
            "and a 6-month period, Provenance with the clinician's signature.")
def n10(p):
    plan_d, end, as_of = D("2026-03-02"), D("2026-08-31"), D(p["as_of"])
    assert gap(plan_d, end) < LIM["psy_duration_lt_days"] and gap(plan_d, as_of) <= LIM["psy_plan_max_age"]
    base = "urn:uuid:"
    ids = {k: f"5b1c0e2a-23a0-4f6e-9d1b-0000000000{n:02d}" for n, k in enumerate(
        ["pat", "prac", "cond", "g1", "g2", "cp", "prov", "org"], start=10)}
    pr_npi = npi("158274630")
    entries = [
        {"fullUrl": base + ids["pat"], "resource": {
            "resourceType": "Patient", "id": ids["pat"],
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": "5RX2PD7MM30",
                            "type": {"text": "Medicare Beneficiary Identifier"}},
                           {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "NTRC-30771",
                            "type": {"text": "Medical record number"}}],
            "name": [{"family": "Arneson", "given": ["Solveig", "M."]}], "gender": "female",
            "birthDate": "1963-01-25"}},
        {"fullUrl": base + ids["org"], "resource": {
            "resourceType": "Organization", "id": ids["org"], "name": "Northgate Trauma Recovery Clinic"}},
        {"fullUrl": base + ids["prac"], "resource": {
            "resourceType": "Practitioner", "id": ids["prac"],
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": pr_npi}],
            "name": [{"family": "Lindqvist", "given": ["Kai"], "suffix": ["LCSW"]}],
            "qualification": [{"code": {"text": "LCSW", "coding": [{"display": "Licensed Clinical Social Worker"}]}}]}},
        {"fullUrl": base + ids["cond"], "resource": {
            "resourceType": "Condition", "id": ids["cond"],
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                           "code": "active"}]},
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                      "code": "problem-list-item"}]}],
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": icd("F43.12"),
                                 "display": "Post-traumatic stress disorder, chronic"}],
                     "text": "Chronic PTSD"},
            "subject": {"reference": base + ids["pat"]}, "recordedDate": "2026-02-23"}},
        {"fullUrl": base + ids["g1"], "resource": {
            "resourceType": "Goal", "id": ids["g1"], "lifecycleStatus": "active",
            "description": {"text": "Reduce PCL-5 score from 51 to 30 or lower."},
            "subject": {"reference": base + ids["pat"]},
            "target": [{"measure": {"text": "PCL-5 total score"},
                        "detailRange": {"high": {"value": 30}}, "dueDate": "2026-06-29"}],
            "addresses": [{"reference": base + ids["cond"]}]}},
        {"fullUrl": base + ids["g2"], "resource": {
            "resourceType": "Goal", "id": ids["g2"], "lifecycleStatus": "active",
            "description": {"text": "Ride the city bus to work on at least 4 of 5 workdays per week."},
            "subject": {"reference": base + ids["pat"]},
            "target": [{"measure": {"text": "Workdays per week commuting by bus (self-report log)"},
                        "detailQuantity": {"value": 4, "unit": "days per week"}, "dueDate": "2026-05-25"}],
            "addresses": [{"reference": base + ids["cond"]}]}},
        {"fullUrl": base + ids["cp"], "resource": {
            "resourceType": "CarePlan", "id": ids["cp"], "status": "active", "intent": "plan",
            "title": "Outpatient trauma-focused psychotherapy plan",
            "category": [{"text": "Behavioral health treatment plan"}],
            "subject": {"reference": base + ids["pat"]},
            "period": {"start": iso(plan_d), "end": iso(end)}, "created": iso(plan_d),
            "author": {"reference": base + ids["prac"]},
            "addresses": [{"reference": base + ids["cond"]}],
            "goal": [{"reference": base + ids["g1"]}, {"reference": base + ids["g2"]}],
            "activity": [{"detail": {
                "kind": "ServiceRequest",
                "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90837",
                                     "display": "Psychotherapy, 60 minutes with patient"}],
                         "text": "Individual psychotherapy (prolonged exposure)"},
                "status": "in-progress",
                "scheduledTiming": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "wk",
                                               "duration": 53, "durationUnit": "min",
                                               "boundsPeriod": {"start": iso(plan_d), "end": iso(end)}}},
                "description": "Prolonged exposure therapy, 53-minute sessions once a week for 26 weeks."}}],
            "note": [{"text": "Client agrees with the plan; safety plan reviewed."}]}},
        {"fullUrl": base + ids["prov"], "resource": {
            "resourceType": "Provenance", "id": ids["prov"],
            "target": [{"reference": base + ids["cp"]}], "recorded": iso(plan_d) + "T16:20:00-05:00",
            "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                            "code": "author"}]},
                       "who": {"reference": base + ids["prac"], "display": "Kai Lindqvist, LCSW"}}],
            "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1",
                                     "display": "Author's Signature"}],
                           "when": iso(plan_d) + "T16:20:00-05:00",
                           "who": {"reference": base + ids["prac"], "display": "Kai Lindqvist, LCSW"},
                           "sigFormat": "image/jpeg", "data": "c2lnbmF0dXJl"}]}},
    ]
    bundle = {"resourceType": "Bundle", "id": "ntrc-careplan-30771", "type": "collection",
              "timestamp": iso(plan_d) + "T16:25:00-05:00", "entry": entries}
    save_text(fname(p), json.dumps(bundle, indent=2, ensure_ascii=False) + "\n")


# ==============================================================================================
# Commercial ABA
# ==============================================================================================

def aba_checks(plan_d, start, end, review, assess, as_of):
    """Self-check against commercial-aba numbers: period <= 6 months, review <= 184 days, assessment <= 365."""
    assert end < add_months(start, LIM["aba_months"]) + dt.timedelta(days=1), (start, end)
    assert 0 < gap(plan_d, review) <= LIM["aba_review"], gap(plan_d, review)
    assert gap(assess, plan_d) <= LIM["aba_assess_age"]
    assert assess <= plan_d <= as_of


@plan(11, "docx", "commercial-aba", "2026-03-02",
      notes="Clean continuation request. Layout: payer-style 'Request for Continued Authorization' form page "
            "(previous and requested periods) before the reassessment plan; goals table with rows for goals "
            "already mastered or met and discontinued (no baseline, no criteria) above the current goals.")
def n11(p):
    plan_d, start, end, review, as_of = D("2026-02-10"), D("2026-03-01"), D("2026-08-31"), D("2026-07-31"), D(p["as_of"])
    aba_checks(plan_d, start, end, review, D("2026-01-20"), as_of)
    doc = new_doc("Calibri", 10)
    P(doc, "**REQUEST FOR CONTINUED AUTHORIZATION \u2014 APPLIED BEHAVIOR ANALYSIS**", size=12, align="c")
    t = T(doc, [["Member name", "Mateo Quintanilla", "Member ID", "BSK448120937"],
                ["Date of birth", "06/11/2019", "Subscriber", "Rosa Quintanilla"],
                ["Previous authorization #", "ABA-25-0917731", "Previous period", "09/01/2025 \u2013 02/28/2026"],
                ["Requested period", f"{mdy(start)} \u2013 {mdy(end)}", "Diagnosis", "F84.0"],
                ["Rendering agency", "Bright Steps Behavioral Services", "Agency NPI", npi("183650274")]], size=9)
    P(doc, "")
    T(doc, [["CPT", "Service", "Hours per week", "Units per week"],
            ["97153", "Adaptive behavior treatment by protocol (RBT)", "20", "80"],
            ["97155", "Protocol modification (BCBA)", "3", "12"],
            ["97156", "Family adaptive behavior treatment guidance", "1", "4"]], header=True, size=9,
      header_fill="E2EFDA")
    P(doc, "Requests must include the updated treatment plan with current assessment results, graphs of progress, "
           "and caregiver training goals.", size=8, before=6)
    page_break(doc)
    P(doc, "**Bright Steps Behavioral Services**", size=14, color="548235", after=0)
    P(doc, "Behavior Treatment Plan \u2014 Reassessment and Progress Report", size=11)
    T(doc, [["Client", "Mateo Quintanilla (DOB 06/11/2019)"], ["Report / plan date", mdy(plan_d)],
            ["Supervising BCBA", "Alana Pierce, MS, BCBA (cert. 1-19-40211)"],
            ["Diagnosis", f"{icd('F84.0')} Autistic disorder \u2014 diagnosed 05/14/2024 by Helena Marsh, PhD, "
                          "licensed psychologist (comprehensive diagnostic evaluation)"]], size=9.5, bold_col0=True)
    fake_heading(doc, "Assessments this period", color="548235")
    T(doc, [["Instrument", "Date", "Result"],
            ["VB-MAPP Milestones", "01/20/2026", "92 (previous 08/18/2025: 71)"],
            ["Vineland-3 (parent interview form)", "01/22/2026", "Adaptive Behavior Composite 66"],
            ["Direct observation (home and clinic)", "01/2026", "Elopement 4 per day on average"]], header=True, size=9)
    fake_heading(doc, "Treatment goals", color="548235")
    rows = [["#", "Domain", "Goal", "Baseline", "Mastery criterion", "Target date", "Status"],
            ["\u2014", "Imitation", "Imitate 10 gross-motor actions.", "", "", "", "Mastered 12/2025"],
            ["\u2014", "Self-care", "Improve toileting.", "", "", "", "Met 11/2025 (discontinued)"],
            ["1", "Communication", "Mateo will mand for at least 15 different items or activities using 2\u20133 word "
                                   "phrases.", "6 different items, 1-word mands (probe 01/2026)",
             "15 different mands per session, 80% independent, 3 consecutive sessions", "08/31/2026", "Continued"],
            ["2", "Social", "Mateo will orient to a peer who calls his name within 3 seconds.",
             "20% of opportunities", "80% of opportunities across 3 consecutive sessions", "07/31/2026", "New"],
            ["3", "Behavior reduction", "Mateo will decrease elopement to 1 or fewer episodes per day.",
             "Average 4 per day (January 2026)", "1 or fewer per day for 4 consecutive weeks", "08/31/2026",
             "Continued"],
            ["4", "Self-care", "Mateo will wash his hands completing all 6 steps independently.",
             "2 of 6 steps", "6 of 6 steps independently on 5 consecutive days", "06/30/2026", "New"],
            ["5", "Caregiver training", "Mateo's mother will use the first-then visual schedule during the "
                                        "morning routine.", "40% fidelity", "90% fidelity across 3 consecutive "
                                        "observations", "06/30/2026", "New"]]
    T(doc, rows, header=True, size=8.5, header_fill="E2EFDA", widths=[0.3, 1.0, 2.2, 1.2, 1.4, 0.8, 0.9])
    fake_heading(doc, "Recommended services", color="548235")
    P(doc, f"97153: 20 hours per week; 97155: 3 hours per week; 97156: 1 hour per week, for {mdy(start)} "
           f"through {mdy(end)} (6-month authorization).")
    P(doc, f"Next progress report and plan review: {mdy(review)}.")
    fake_heading(doc, "Signatures", color="548235")
    P(doc, f"BCBA: ^^Alana Pierce^^, MS, BCBA        Date: {mdy(plan_d)}")
    P(doc, f"Parent/guardian: ^^Rosa Quintanilla^^ (mother)        Date: {mdy(D('2026-02-12'))}")
    save_docx(doc, fname(p), "Behavior Treatment Plan", "Bright Steps")


@plan(12, "docx", "commercial-aba", "2026-01-12",
      gaps=[["caregiver-goal-missing"]],
      notes="Gap: initial plan whose goals are all the child's own; parent training (97156) is requested but no "
            "goal or objective has the caregiver learn or apply a procedure (caregiver targets 'will be written "
            "after the first 4 weeks'). Layout: each goal is a numbered sub-heading followed by labelled "
            "bullet lines.")
def n12(p):
    plan_d, start, end, review, as_of = D("2025-12-22"), D("2026-01-05"), D("2026-06-30"), D("2026-06-15"), D(p["as_of"])
    aba_checks(plan_d, start, end, review, D("2025-12-08"), as_of)
    doc = new_doc("Candara", 10.5)
    sec = doc.sections[0]
    hf_lines(sec.header, ["Little Harbor Autism Center \u2022 Initial Assessment & Treatment Plan"], size=8, align="c")
    f = hf_lines(sec.footer, ["Elijah Okafor \u2022 DOB 09/30/2021 \u2022 Member ID LHP-30029817 \u2022 "], size=7.5,
                 align="c")
    page_field(f)
    H(doc, "Initial Assessment and Treatment Plan", level=1)
    P(doc, f"Client: Elijah Okafor    Plan date: {lng(plan_d)}    Authorization requested: {mdy(start)} to {mdy(end)}")
    H(doc, "Diagnosis", level=2)
    P(doc, f"{icd('F84.0')} Autistic disorder (autism spectrum disorder, level 2). Diagnosed {mdy(D('2025-10-02'))} by "
           "Simone Achebe, MD, developmental-behavioral pediatrics.")
    H(doc, "Assessment", level=2)
    P(doc, "VB-MAPP administered 12/08/2025: Milestones 28 (Level 1\u20132); Barriers 41.", style="List Bullet")
    P(doc, "Vineland-3 Comprehensive Interview Form 12/10/2025: Adaptive Behavior Composite 61.", style="List Bullet")
    P(doc, "Functional behavior assessment (ABC data, 5 observations) 12/2025: head-hitting maintained by escape "
           "from demands.", style="List Bullet")
    H(doc, "Treatment Goals", level=2)
    goals = [
        ("Goal 1 \u2013 Requesting", "Elijah will request preferred items using a 1\u20132 word vocal mand.",
         "0\u20132 vocal mands per hour (12/2025)", "10 independent vocal mands per hour across 3 consecutive sessions",
         "06/15/2026"),
        ("Goal 2 \u2013 Following instructions", "Elijah will follow 1-step instructions (e.g., 'sit down', 'give me').",
         "30% of trials", "80% of trials across 3 consecutive sessions with 2 therapists", "05/29/2026"),
        ("Goal 3 \u2013 Head-hitting", "Elijah will reduce head-hitting to 2 or fewer episodes per day.",
         "Average 11 episodes per day", "2 or fewer per day for 10 consecutive treatment days", "06/15/2026"),
        ("Goal 4 \u2013 Tooth-brushing", "Elijah will tolerate a 2-minute tooth-brushing routine without "
                                          "leaving the sink.", "Tolerates 20 seconds",
         "2 minutes on 4 of 5 consecutive days", "04/30/2026"),
    ]
    for head, stmt, base, mast, due in goals:
        H(doc, head, level=3)
        P(doc, f"**Goal:** {stmt}", style="List Bullet")
        P(doc, f"**Baseline:** {base}", style="List Bullet")
        P(doc, f"**Mastery criteria:** {mast}", style="List Bullet")
        P(doc, f"**Target date:** {due}", style="List Bullet")
    H(doc, "Caregiver participation", level=2)
    P(doc, "Caregiver participation is expected at least weekly. Specific caregiver-training targets will be "
           "written after the first 4 weeks of services, once routines at home have been observed.")
    H(doc, "Requested services", level=2)
    T(doc, [["CPT code", "Service", "Hours per week"],
            ["97153", "Adaptive behavior treatment by protocol", "25"],
            ["97155", "Adaptive behavior treatment with protocol modification", "4"],
            ["97156", "Family adaptive behavior treatment guidance", "2"]], header=True)
    P(doc, f"Plan review / progress report due: {mdy(review)}.", before=6)
    H(doc, "Signatures", level=2)
    T(doc, [["BCBA", f"^^Marisol Vega^^, MA, BCBA", mdy(plan_d)],
            ["Parent / guardian", "^^Ngozi Okafor^^ (parent)", mdy(D("2025-12-23"))]], widths=[1.6, 3.4, 1.4])
    save_docx(doc, fname(p), "Initial Assessment and Treatment Plan", "LHAC")


@plan(13, "docx", "commercial-aba", "2026-03-03",
      gaps=[["assessment-outdated"]],
      notes="Gap: the latest standardized assessment is the VB-MAPP of 11/18/2024, 456 days before the "
            "02/17/2026 plan (limit 365; warning under the profile); the January 2026 FBA update and "
            "preference assessment are not standardized. Layout: continuation report with targets written as "
            "'Target N:' paragraphs with pipe-separated fields and a bulleted 'mastered this period' list.")
def n13(p):
    plan_d, start, end, review, as_of = D("2026-02-17"), D("2026-03-01"), D("2026-08-31"), D("2026-08-14"), D(p["as_of"])
    vb = D("2024-11-18")
    assert gap(vb, plan_d) == 456 > LIM["aba_assess_age"]
    assert end < add_months(start, 6) + dt.timedelta(days=1) and gap(plan_d, review) <= LIM["aba_review"]
    doc = new_doc("Garamond", 11.5, margin=1.0)
    P(doc, "SPECTRUM PATHWAYS ABA", size=16, align="c", after=0)
    P(doc, "Six-Month Progress Report and Treatment Plan", size=12, align="c", after=10)
    P(doc, f"**Learner:** Aurelio Bianchi-Moss      **DOB:** 02/14/2017      **Insurance ID:** SPX-771-204-55")
    P(doc, f"**Date of report:** {mdy(plan_d)}      **Reporting period:** 09/01/2025 \u2013 02/28/2026      "
           f"**Requested period:** {mdy(start)} \u2013 {mdy(end)}")
    P(doc, f"**Diagnosis:** {icd('F84.0')} Autism spectrum disorder, diagnosed 03/03/2020 by Corinne Falk, PsyD "
           "(licensed psychologist).")
    fake_heading(doc, "Assessment summary", size=12)
    T(doc, [["Assessment", "Date", "Summary"],
            ["VB-MAPP (Milestones / Barriers / Transition)", mdy(vb), "Milestones 121 of 170; Barriers 18"],
            ["Vineland-3", "09/2023", "ABC 64"],
            ["FBA update (interview and direct observation)", "01/27/2026", "Property destruction maintained by "
                                                                             "access to tangibles"],
            ["Preference assessment (MSWO)", "02/02/2026", "Top items: tablet, trampoline, chips"]], header=True, size=10)
    P(doc, "The VB-MAPP will be re-administered in the first month of the new authorization period.", size=10)
    fake_heading(doc, "Mastered this period", size=12)
    for s in ["Tacts 50 common items", "Completes 3-step hygiene chain", "Waits 2 minutes for a preferred item"]:
        P(doc, s + " \u2014 mastered", style="List Bullet")
    fake_heading(doc, "Current targets", size=12)
    targets = [
        "Target 1 (Language): Aurelio will answer 'wh' questions about a short story read aloud. | Baseline: 2 of "
        "10 correct | Mastery: 8 of 10 correct across 3 consecutive sessions | Target date: 07/31/2026",
        "Target 2 (Social): Aurelio will take turns in a board game with a peer for 10 minutes without leaving. | "
        "Baseline: 3 minutes | Mastery: 10 minutes in 4 of 5 sessions | Target date: 06/30/2026",
        "Target 3 (Behavior): Aurelio will decrease property destruction to 1 or fewer incidents per week. | "
        "Baseline: 5 per week | Mastery: 1 or fewer per week for 6 consecutive weeks | Target date: 08/31/2026",
        "Target 4 (Parent training): Parent will deliver tokens and trade-ins as written in the token "
        "system protocol. | Baseline: 50% fidelity | Mastery: 90% fidelity across 3 consecutive home visits | "
        "Target date: 05/29/2026",
    ]
    for t_ in targets:
        P(doc, t_, after=6)
    fake_heading(doc, "Service recommendation", size=12)
    P(doc, "Requesting 97153 at 15 hours per week, 97155 at 2 hours per week and 97156 at 1 hour per week for "
           f"the requested period. The plan will be reviewed by {mdy(review)}.")
    P(doc, f"Prepared and signed by: ^^Dominic Reyes^^, M.Ed., BCBA \u2014 {mdy(plan_d)}", before=10)
    P(doc, f"Reviewed with and signed by parent: ^^Francesca Bianchi^^ \u2014 {mdy(D('2026-02-19'))}")
    save_docx(doc, fname(p), "Progress Report and Treatment Plan", "Spectrum Pathways")


@plan(14, "docx", "commercial-aba", "2026-03-23",
      gaps=[["baseline-missing"]],
      notes="Gap: goal card 2 (hitting) has no baseline, neither on the goal nor on its short-term objective; "
            "the other cards record one. Layout: each goal is its own bordered two-column 'card' table; "
            "identifiers in a text box beside the title.")
def n14(p):
    plan_d, start, end, review, as_of = D("2026-03-09"), D("2026-03-16"), D("2026-09-15"), D("2026-09-01"), D(p["as_of"])
    aba_checks(plan_d, start, end, review, D("2026-02-23"), as_of)
    doc = new_doc("Trebuchet MS", 9.5)
    para = P(doc, "**TANDEM BEHAVIOR CONSULTING**", size=15, color="1F3864")
    textbox(para, doc, ["**Client:** Wren Halvorsen-Diaz", "**DOB:** 11/21/2020",
                        "**Member ID:** TND-0093-4471", f"**Plan date:** {mdy(plan_d)}"], w=190, h=70, x=330, y=-6)
    P(doc, "ABA Treatment Plan", size=12, after=40)
    fake_heading(doc, "Background and diagnosis", color="1F3864")
    P(doc, f"Wren is a 5-year-old who attends a half-day pre-K program. Diagnosis: {icd('F84.0')} Autistic disorder, "
           "made on 01/15/2024 by Ibrahim Sato, PhD, licensed psychologist, after ADOS-2 and developmental history.")
    fake_heading(doc, "Standardized assessment", color="1F3864")
    P(doc, "ABLLS-R administered 02/23/2026 (strengths in visual performance; deficits in requests, social "
           "interaction). Vineland-3 (domain-level, parent/caregiver form) 02/25/2026: ABC 70.")
    fake_heading(doc, "Goals", color="1F3864")
    cards = [
        ("Goal 1 \u2014 Communication", "Wren will use 3-word phrases to request help or items.",
         "Baseline: 1\u20132 word phrases; 3-word phrases in 10% of requests (02/2026 probes)",
         "Mastery: 80% of requests use 3+ words across 3 consecutive sessions",
         "STO 1a: 50% of requests use 3 words within 12 weeks (baseline 10%)", "Target date: 09/01/2026"),
        ("Goal 2 \u2014 Aggression", "Wren will decrease hitting others to 0\u20131 incidents per week.",
         None, "Mastery: 0\u20131 incidents per week for 4 consecutive weeks",
         "STO 2a: 3 or fewer hitting incidents per week by 06/15/2026", "Target date: 09/01/2026"),
        ("Goal 3 \u2014 Self-care", "Wren will put on her coat and shoes independently before leaving.",
         "Baseline: needs full physical help for 5 of 6 steps",
         "Mastery: all 6 steps independently on 4 of 5 days",
         "STO 3a: 3 of 6 steps independently by 06/01/2026 (baseline 1 of 6)", "Target date: 08/14/2026"),
        ("Goal 4 \u2014 Caregiver training", "Caregivers will use planned ignoring and redirection when Wren hits.",
         "Baseline: 55% fidelity (caregiver fidelity checklist, 02/2026)",
         "Mastery: 90% fidelity across 3 consecutive observed sessions",
         "STO 4a: 75% fidelity by 05/15/2026", "Target date: 07/31/2026"),
    ]
    for title, stmt, base, mast, sto, due in cards:
        rows = [[f"**{title}**", ""], ["Long-term goal", stmt]]
        if base:
            rows.append(["Baseline", base.replace("Baseline: ", "")])
        rows += [["Mastery criteria", mast.replace("Mastery: ", "")], ["Short-term objective", sto],
                 ["Target date", due.replace("Target date: ", "")]]
        t = T(doc, rows, widths=[1.6, 5.0], size=9)
        merge_row(t, 0, fill="D6DCE4")
        P(doc, "", after=2)
    fake_heading(doc, "Service request", color="1F3864")
    T(doc, [["Code", "Hours per week", "Setting"],
            ["97153", "18", "Home and pre-K"], ["97155", "3", "Home"], ["97156", "1.5", "Home / telehealth"]],
      header=True, size=9)
    P(doc, f"Authorization period: {mdy(start)} \u2013 {mdy(end)}. Next plan review: {mdy(review)}.", before=4)
    fake_heading(doc, "Signatures", color="1F3864")
    P(doc, f"Supervising BCBA: /s/ Leona Fairweather, BCBA-D   {mdy(plan_d)}")
    P(doc, f"Parent/Guardian: /s/ Marisa Diaz   {mdy(plan_d)}")
    save_docx(doc, fname(p), "ABA Treatment Plan", "Tandem")


@plan(15, "docx", "commercial-aba", "2026-02-09",
      gaps=[["diagnosis-not-covered"], ["service-code-invalid", "field-missing"]],
      notes="Gaps: primary diagnosis F88 (global developmental delay; ASD evaluation only scheduled) is outside "
            "F84.x; the direct-treatment line is coded '9715' (4 digits, a mistyped 97153). field-missing is "
            "accepted for the second gap (a service without a valid code) and so is not in must_not_report. "
            "Layout: Roman-numeral sections, services table with units and hours.")
def n15(p):
    plan_d, start, end, review, as_of = D("2026-01-26"), D("2026-02-02"), D("2026-07-31"), D("2026-07-15"), D(p["as_of"])
    aba_checks(plan_d, start, end, review, D("2026-01-08"), as_of)
    doc = new_doc("Century Gothic", 9.5)
    P(doc, "Summit Kids Developmental Therapies", size=14, after=0, color="C55A11")
    P(doc, "Behavioral Treatment Plan \u2014 Initial Request", size=11, after=8)
    P(doc, f"Child: Theo Marchbanks | DOB: 06/09/2022 | Plan ID: SK-1187 | Subscriber ID: SKD-662019-03 | "
           f"Date: {mdy(plan_d)}")
    fake_heading(doc, "I. Diagnostic information")
    T(doc, [["Code", "Description", "Diagnosed by / date"],
            [icd("F88"), "Other disorders of psychological development (global developmental delay) \u2014 primary",
             "Renata Solis, PhD, 11/12/2025"],
            [icd("F80.2"), "Mixed receptive-expressive language disorder", "Renata Solis, PhD, 11/12/2025"]],
      header=True, size=9)
    P(doc, "An autism diagnostic evaluation (ADOS-2) is scheduled for May 2026 with the same psychologist.", size=9)
    fake_heading(doc, "II. Assessments")
    P(doc, "VB-MAPP 01/08/2026 (Milestones 19); Vineland-3 01/09/2026 (ABC 63).")
    fake_heading(doc, "III. Goals")
    T(doc, [["Goal", "Baseline", "Mastery", "By"],
            ["Theo will point to request items he wants.", "0 points per session", "15 independent points per "
             "session across 3 sessions", "05/29/2026"],
            ["Theo will sit at the table for 5-minute activities.", "1 minute", "5 minutes in 4 of 5 sessions",
             "06/30/2026"],
            ["Theo will reduce biting to 1 or fewer per week.", "4 per week", "1 or fewer per week for 4 "
             "consecutive weeks", "07/15/2026"],
            ["Parent will use most-to-least prompting during snack.", "30% of steps correct",
             "90% fidelity across 3 consecutive observations", "04/30/2026"]], header=True, size=9)
    fake_heading(doc, "IV. Services requested")
    T(doc, [["Code", "Description", "Units/week", "Hours/week"],
            ["9715", "Adaptive behavior treatment by protocol", "60", "15"],
            ["97155", "Protocol modification by BCBA", "8", "2"],
            ["97156", "Family guidance", "4", "1"]], header=True, size=9)
    P(doc, f"Authorization period: {mdy(start)} \u2013 {mdy(end)}. Plan review: {mdy(review)}.")
    fake_heading(doc, "V. Signatures")
    P(doc, f"BCBA: Jonah Whitlock, MS, BCBA    signed {mdy(plan_d)}")
    P(doc, f"Guardian: Carys Marchbanks    signed {mdy(plan_d)}")
    save_docx(doc, fname(p), "Behavioral Treatment Plan", "Summit Kids")


@plan(16, "docx", "commercial-aba", "2026-01-05",
      gaps=[["duration-exceeds-limit"], ["review-date-missing"]],
      notes="Gaps: a 12-month authorization period (01/05/2026-01/04/2027) is requested (profile allows 6 months); "
            "no next review or progress-report date is set ('monthly data summaries' only). Layout: plan, "
            "then several pages of agency policies; signatures in a single-cell bordered attestation box.")
def n16(p):
    plan_d, start, end, as_of = D("2025-12-15"), D("2026-01-05"), D("2027-01-04"), D(p["as_of"])
    assert end > add_months(start, LIM["aba_months"])
    assert gap(D("2025-11-20"), plan_d) <= LIM["aba_assess_age"]
    doc = new_doc("Palatino Linotype", 10.5)
    P(doc, "Compass Rose Behavior Analysis, LLC", size=15, align="c", after=0)
    P(doc, "Individualized Behavior Intervention & Treatment Plan", size=11, align="c", after=10)
    T(doc, [["Name", "Nadia Ferreira-Lowe"], ["Birth date", "March 30, 2019"], ["Member number", "CRB58830214"],
            ["Plan written", lng(plan_d)], ["Authorization requested", f"12 months: {mdy(start)} through {mdy(end)}"]],
      widths=[2.0, 4.5], bold_col0=True)
    fake_heading(doc, "Contents")
    for i, s in enumerate(["Diagnosis and history", "Assessment", "Goals", "Services", "Signatures",
                           "Policies and consents"], 1):
        P(doc, f"{i}. {s}", after=0)
    fake_heading(doc, "1. Diagnosis and history")
    P(doc, f"{icd('F84.0')} Autistic disorder, diagnosed 07/19/2022 by Paul Ingersoll, MD (child neurology). "
           "Nadia is in first grade with an aide.")
    fake_heading(doc, "2. Assessment")
    P(doc, "Vineland-3 on 11/20/2025 (ABC 68) and VB-MAPP on 11/24/2025 (Milestones 104).")
    fake_heading(doc, "3. Goals")
    goals = [
        ("3.1", "Nadia will start a conversation with a classmate at recess.", "0 per recess",
         "2 per recess on 4 of 5 school days", "06/30/2026"),
        ("3.2", "Nadia will transition between class activities within 1 minute of the cue.", "35% of transitions",
         "85% of transitions across 2 consecutive weeks", "05/31/2026"),
        ("3.3", "Nadia will reduce screaming to 1 or fewer episodes per school day.", "6 per day",
         "1 or fewer per day for 15 consecutive school days", "06/30/2026"),
        ("3.4", "Nadia's father will use a visual timer and warning before transitions at home.",
         "20% of transitions", "90% of transitions across 3 observed visits", "04/30/2026"),
    ]
    for num, stmt, base, mast, due in goals:
        P(doc, f"**{num}** {stmt}")
        P(doc, f"Baseline: {base}. Mastery criterion: {mast}. Target date: {due}.", size=9.5)
    fake_heading(doc, "4. Services")
    P(doc, "97153 adaptive behavior treatment by protocol: 20 hours per week. 97155 protocol modification: "
           "3 hours per week. 97156 caregiver guidance: 1 hour per week.")
    P(doc, "Progress will be summarized in monthly data summaries shared with the family.")
    fake_heading(doc, "5. Signatures")
    box = T(doc, [[f"I have reviewed this plan and agree with it.\n\nBCBA: ^^Hollis Trent^^, MS, BCBA      "
                   f"Date: {mdy(plan_d)}\n\nParent/guardian: ^^Luana Ferreira^^      Date: {mdy(plan_d)}"]])
    shade(box.cell(0, 0), "F2F2F2")
    page_break(doc)
    fake_heading(doc, "6. Policies and consents")
    for s in ["Cancellation policy: please give 24 hours' notice of any cancellation. Three late cancellations "
              "in a month may lead to a schedule change.",
              "Illness policy: children with fever, vomiting or a contagious rash should stay home.",
              "Consent to treat: I consent to assessment and treatment by Compass Rose staff.",
              "Consent to exchange information with the school team (see separate release).",
              "Financial responsibility: I understand I am responsible for copays and deductibles.",
              "Notice of privacy practices: I acknowledge that I received the notice of privacy practices."]:
        P(doc, s, size=9)
    save_docx(doc, fname(p), "Behavior Intervention and Treatment Plan", "Compass Rose")


@plan(17, "yaml", "commercial-aba", "2026-03-16", fmt="native",
      gaps=[["goal-not-time-bound"]],
      notes="Gap: the social-play goal has no target date or time frame and neither do its two objectives; "
            "the other goals are dated. Layout: authcheck native YAML (schema authcheck-plan/1).")
def n17(p):
    plan_d, start, end, review, as_of = D("2026-03-02"), D("2026-03-09"), D("2026-09-08"), D("2026-08-24"), D(p["as_of"])
    aba_checks(plan_d, start, end, review, D("2026-02-16"), as_of)
    bcba_npi = npi("119753468")
    text = f"""schema: authcheck-plan/1
# Juniper Learning ABA - exported from the practice-management system
patient: {{name: Callum J. Ostrowski, birth_date: 2018-08-05, member_id: "JLA-20571-88"}}
payer: Evergreen Health Plan (commercial)
program: Juniper Learning ABA - clinic-based early intervention
discipline: aba
plan_date: {iso(plan_d)}
period: {{start: {iso(start)}, end: {iso(end)}}}
expected_duration: 6 months
providers:
  - {{name: Tessa Monroe, credential: BCBA, npi: "{bcba_npi}", role: supervising BCBA, organization: Juniper Learning ABA}}
diagnoses:
  - code: {icd("F84.0")}
    description: Autistic disorder
    primary: true
    diagnosed_by: Gareth Lowell, PhD, licensed psychologist
    diagnosed_on: 2021-04-27
assessments:
  - instrument: VB-MAPP
    date: 2026-02-16
    scores: {{milestones: 88, barriers: 22}}
    administered_by: Tessa Monroe, BCBA
  - instrument: Vineland-3
    date: 2026-02-18
    scores: {{adaptive_behavior_composite: 67}}
    administered_by: Tessa Monroe, BCBA
problems:
  - label: Communication
    statement: Limited functional communication
    goals:
      - label: Goal 1
        domain: Communication
        statement: Callum will ask for help with a full sentence when a task is hard.
        baseline: 0 of 10 opportunities (February 2026 probes)
        mastery_criteria: 8 of 10 opportunities across 3 consecutive sessions
        target_date: 2026-08-24
        objectives:
          - statement: Callum will say "help please" in 5 of 10 opportunities.
            baseline: 0 of 10
            target_date: 2026-05-29
  - label: Social play
    statement: Plays alone; leaves when peers approach
    goals:
      - label: Goal 2
        domain: Social
        statement: Callum will play a turn-taking game with a peer for 5 exchanges.
        baseline: 1 exchange before leaving
        mastery_criteria: 5 exchanges in 4 of 5 sessions
        objectives:
          - statement: Callum will stay within 3 feet of a peer during play for 3 minutes.
            baseline: 30 seconds
          - statement: Callum will hand a game piece to a peer when prompted in 80% of opportunities.
            baseline: 25% of opportunities
  - label: Behavior
    statement: Dropping to the floor when told no
    goals:
      - label: Goal 3
        domain: Behavior reduction
        statement: Callum will decrease dropping to the floor to 1 or fewer times per session.
        baseline: 6 times per session
        mastery_criteria: 1 or fewer per session for 10 consecutive sessions
        target_date: 2026-07-31
  - label: Caregiver training
    statement: Caregivers need a plan for "no" at home
    goals:
      - label: Goal 4
        domain: Caregiver training
        statement: Parents will deliver a warning, a choice and praise when saying no, as written in the protocol.
        baseline: 35% fidelity
        mastery_criteria: 90% fidelity across 3 consecutive home sessions
        target_date: 2026-06-30
services:
  - {{code: "97153", description: Adaptive behavior treatment by protocol, hours_per_week: 22}}
  - {{code: "97155", description: Protocol modification, hours_per_week: 3}}
  - {{code: "97156", description: Family adaptive behavior treatment guidance, hours_per_week: 1}}
reviews:
  - {{kind: review, date: {iso(review)}, completed: false}}
signatures:
  - {{role: clinician, name: Tessa Monroe, credential: BCBA, date: {iso(plan_d)}, method: electronic}}
  - {{role: guardian, name: Agnieszka Ostrowski, date: 2026-03-03, method: electronic}}
"""
    save_text(fname(p), text)


@plan(18, "docx", "commercial-aba", "2026-04-06",
      notes="Clean. Layout: landscape; each goal row holds a nested table of short-term objectives with their "
            "own baseline/mastery; caregiver goals under a separate 'Parent Training Goals' heading row; a "
            "weekly schedule matrix (hours per day by code with a weekly total column); attestation box.")
def n18(p):
    plan_d, start, end, review, as_of = D("2026-03-16"), D("2026-04-01"), D("2026-09-30"), D("2026-09-10"), D(p["as_of"])
    aba_checks(plan_d, start, end, review, D("2026-03-03"), as_of)
    doc = new_doc("Calibri Light", 9.5, margin=0.6, landscape=True)
    sec = doc.sections[0]
    hf_table(sec.header, [["Oakridge Autism & Behavior Clinic", "Client: Priya Raman", "DOB: 04/03/2016",
                           "Member: OAK-4410-2298-01"]], size=8)
    P(doc, "**Treatment Plan \u2014 Applied Behavior Analysis (school-age program)**", size=13)
    P(doc, f"Plan date: {mdy(plan_d)}  |  Treatment period: {mdy(start)} \u2013 {mdy(end)}  |  "
           f"Next review: {mdy(review)}  |  Setting: after-school clinic and home")
    P(doc, f"Diagnosis: {icd('F84.0')} Autistic disorder \u2014 diagnosed 08/22/2019 by Lorenzo Pike, MD, "
           "developmental-behavioral pediatrician. Secondary: " + icd("F90.0") +
      " Attention-deficit hyperactivity disorder, predominantly inattentive type.")
    P(doc, "Standardized assessment: Vineland-3 03/03/2026 (ABC 72; Socialization 65); ABLLS-R 03/05/2026 "
           "(deficits in social interaction, group instruction).")
    t = doc.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Long-term goal", "Short-term objectives", "Target date"]):
        cell_write(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "FCE4D6")
    goals = [
        ("1. Priya will join a peer conversation and stay on topic for 4 turns.",
         [("1a", "Responds to a peer's question on topic", "40% of opportunities", "80% across 3 sessions"),
          ("1b", "Asks a peer a follow-up question", "0 per session", "3 per session in 4 of 5 sessions")],
         "09/10/2026"),
        ("2. Priya will complete 20 minutes of independent homework with no more than 2 prompts.",
         [("2a", "Works 10 minutes with 2 or fewer prompts", "4 minutes", "10 minutes on 4 of 5 days")],
         "08/14/2026"),
        ("3. Priya will reduce leaving the group area to 1 or fewer times per session.",
         [("3a", "Stays in group area for a 15-minute activity", "6 leaves per session", "1 or fewer leaves "
                                                                                        "for 10 consecutive sessions")],
         "09/10/2026"),
    ]
    for i, (g, objs, due) in enumerate(goals, start=1):
        cell_write(t.cell(i, 0), g)
        inner = t.cell(i, 1).add_table(len(objs) + 1, 4)
        inner.style = "Table Grid"
        for j, h in enumerate(["#", "Objective", "Baseline", "Mastery"]):
            cell_write(inner.cell(0, j), h, bold=True, size=8)
        for k, row in enumerate(objs, start=1):
            for j, v in enumerate(row):
                cell_write(inner.cell(k, j), v, size=8.5)
        cell_write(t.cell(i, 2), due)
    c = merge_row(t, 4, text="Parent Training Goals", fill="FCE4D6")
    t2 = T(doc, [["Goal", "Baseline", "Mastery criteria", "Target date"],
                 ["P1. Priya's father will run the homework token board as written in the protocol.",
                  "45% fidelity", "90% fidelity across 3 consecutive observations", "06/30/2026"],
                 ["P2. Priya's mother will prompt and praise peer conversation during a weekly playdate.",
                  "1 prompt per playdate", "5 prompts with praise per playdate for 3 consecutive weeks",
                  "07/31/2026"]], header=True, size=9)
    P(doc, "")
    P(doc, "**Weekly schedule and hours requested**")
    T(doc, [["Code", "Mon", "Tue", "Wed", "Thu", "Fri", "Total hrs/week"],
            ["97153 (RBT, direct)", "2.5", "2.5", "2.5", "2.5", "2", "12"],
            ["97155 (BCBA, protocol modification)", "1", "", "1", "", "", "2"],
            ["97156 (parent guidance)", "", "1.5", "", "", "", "1.5"]], header=True, size=9)
    P(doc, "")
    box = T(doc, [[f"**Attestation.** I developed this plan with the family and supervise its implementation.\n"
                   f"Signed: ^^Yasmin Keller^^, MA, BCBA \u2014 {mdy(plan_d)}\n"
                   f"Parent/guardian: ^^Arjun Raman^^ \u2014 {mdy(D('2026-03-18'))}"]])
    shade(box.cell(0, 0), "F2F2F2")
    save_docx(doc, fname(p), "ABA Treatment Plan", "Oakridge")


# ==============================================================================================
# Medicare Part B outpatient therapy (PT / OT / SLP), profile version 2025-01
# ==============================================================================================

def pt_checks(first_tx, plan_d, cert_end, md_sign, as_of, review=None):
    """Self-check against medicare-outpatient-therapy: plan on/before first treatment, certification
    within 30 days, certification period / next recert within 90 days, not lapsed on the as-of date."""
    assert plan_d <= first_tx
    assert gap(first_tx, md_sign) <= LIM["pt_cert_days"] and md_sign >= plan_d
    assert gap(first_tx, cert_end) <= LIM["pt_review"]
    if review:
        assert gap(first_tx, review) <= LIM["pt_review"]
    assert as_of <= cert_end and md_sign <= as_of


EVAL_BOILER = ("Patient was educated on the evaluation findings, the plan of care and the home exercise program "
               "and agrees with the plan. Precautions reviewed. The patient's rehabilitation potential is good for "
               "the stated goals.")


@plan(19, "docx", "medicare-outpatient-therapy", "2026-02-16",
      notes="Clean. Layout: clinic fax cover sheet, then a full PT initial evaluation (history, ROM and strength "
            "tables) with the plan of care, STG/LTG lists timed in weeks, a CPT interventions table and an "
            "e-signed physician certification statement at the end.")
def n19(p):
    ev, cert_end, md, as_of = D("2026-01-12"), D("2026-04-10"), D("2026-01-20"), D(p["as_of"])
    pt_checks(ev, ev, cert_end, md, as_of)
    assert ev + dt.timedelta(weeks=12) <= cert_end
    doc = new_doc("Arial", 9.5)
    P(doc, "LAKESHORE PHYSICAL THERAPY", size=18, align="c", color="1F4E79", after=0)
    P(doc, "2290 Shoreline Drive \u2022 Phone (555) 013-6600 \u2022 Fax (555) 013-6601", size=8.5, align="c")
    P(doc, "**FACSIMILE COVER SHEET**", size=14, align="c", before=20, after=14)
    T(doc, [["TO", "Medicare Advantage Utilization Review \u2013 Rehabilitation", "FROM", "Lakeshore PT front office"],
            ["FAX", "(555) 013-0042", "DATE", mdy(D("2026-02-02"))],
            ["RE", "Plan of care / certification \u2013 H. Brennan", "PAGES", "5"]], size=9, bold_col0=False)
    P(doc, CONFIDENTIAL, size=7.5, before=24)
    sec = new_section(doc)
    hf_lines(sec.header, ["Lakeshore Physical Therapy \u2014 Initial Evaluation and Plan of Care",
                          "Patient: Harold Brennan \u2022 DOB 08/19/1951 \u2022 MBI 4TK9-WR3-JX62"], size=8)
    f = hf_lines(sec.footer, [""], size=7, align="r")
    page_field(f)
    P(doc, "**PHYSICAL THERAPY INITIAL EVALUATION & PLAN OF CARE**", size=12, align="c")
    T(doc, [["Patient", "Harold Brennan", "Date of evaluation", mdy(ev)],
            ["Referring physician", "Meredith Osei, MD", "Onset / surgery", "Right TKA 12/15/2025"],
            ["Payer", "Medicare Part B", "Certification period", f"{mdy(ev)} \u2013 {mdy(cert_end)}"]], size=9)
    fake_heading(doc, "Diagnoses")
    P(doc, f"Treatment diagnosis: {icd('Z47.1')} Aftercare following joint replacement surgery; "
           f"{icd('Z96.651')} Presence of right artificial knee joint; {icd('R26.89')} Other abnormalities of gait "
           "and mobility.")
    fake_heading(doc, "Subjective")
    P(doc, "78-year-old retired machinist, 4 weeks after right total knee arthroplasty. Pain 4/10 at rest, 7/10 "
           "on stairs. Lives with wife in a two-story house with 12 steps and one rail. Goal: 'walk my dog and "
           "get upstairs to bed.'")
    fake_heading(doc, "Objective")
    T(doc, [["Measure", "Right", "Left"],
            ["Knee flexion AROM", "88\u00b0", "125\u00b0"], ["Knee extension AROM", "-8\u00b0", "0\u00b0"],
            ["Quadriceps MMT", "3+/5", "5/5"], ["Hip abduction MMT", "4-/5", "4+/5"]], header=True, size=9)
    P(doc, "Gait: ambulates 150 ft with rolling walker, antalgic, supervision. Stairs: step-to pattern with 1 rail "
           "and contact guard. LEFS 31/80. Timed Up and Go 16.8 s.")
    fake_heading(doc, "Assessment")
    P(doc, "Decreased ROM, strength and gait tolerance after right TKA limit stair climbing and community "
           "walking. " + EVAL_BOILER)
    fake_heading(doc, "Goals")
    P(doc, "**Short-term goals (4 weeks):**")
    P(doc, "Increase right knee flexion AROM from 88\u00b0 to 105\u00b0.", style="List Number")
    P(doc, "Ambulate 300 ft with a single-point cane, modified independent.", style="List Number")
    P(doc, "**Long-term goals (12 weeks):**")
    P(doc, "Right knee flexion AROM 115\u00b0 or more and extension to 0\u00b0.", style="List Number")
    P(doc, "Climb 12 steps with 1 rail, reciprocal pattern, independently.", style="List Number")
    P(doc, "Improve LEFS from 31/80 to 55/80 or better.", style="List Number")
    fake_heading(doc, "Plan of care")
    T(doc, [["Intervention", "CPT"], ["Therapeutic exercise", "97110"], ["Neuromuscular re-education", "97112"],
            ["Gait training", "97116"], ["Manual therapy", "97140"], ["Therapeutic activities", "97530"]],
      header=True, size=9, widths=[3.0, 1.0])
    P(doc, "Frequency / duration: 2 times per week for 12 weeks. Sessions of 45\u201360 minutes (3\u20134 units).")
    P(doc, f"Therapist: ^^Grant Lundqvist^^, PT, DPT    Date: {mdy(ev)}")
    fake_heading(doc, "Physician certification")
    P(doc, "I have reviewed this plan of care and certify that the services are required and that they will be "
           "furnished while the patient is under my care.")
    P(doc, f"Electronically signed by Meredith Osei, MD on {mdy(md)} 08:14 AM.  NPI {npi('120486731')}")
    save_docx(doc, fname(p), "PT Evaluation and Plan of Care", "Lakeshore PT")


@plan(20, "docx", "medicare-outpatient-therapy", "2026-02-23",
      gaps=[["credential-not-permitted", "signature-missing"]],
      notes="Gap: the plan is certified only by a chiropractor (DC), who may not certify a Medicare therapy plan; "
            "signature-missing is accepted too (no permitted certifier signed) and so is not in must_not_report. "
            "Layout: a bordered certification box on page 1 above the plan; plan in two-column label/value rows.")
def n20(p):
    ev, cert_end, dc_d, as_of = D("2026-02-02"), D("2026-04-30"), D("2026-02-05"), D(p["as_of"])
    pt_checks(ev, ev, cert_end, dc_d, as_of)
    doc = new_doc("Helvetica", 9.5)
    box = T(doc, [["**PLAN OF CARE CERTIFICATION**"],
                  ["I certify that I have examined the patient, that the physical therapy services in the attached plan "
                   "are medically necessary, and that the plan will be reviewed every 90 days or sooner."],
                  [f"Certifying provider: ^^Travis Kellerman^^, DC     NPI {npi('141358026')}     Date: {mdy(dc_d)}"],
                  [f"Certification period: {mdy(ev)} through {mdy(cert_end)}"]])
    shade(box.cell(0, 0), "D9D9D9")
    P(doc, "")
    P(doc, "**IRONWOOD SPINE & SPORT REHAB \u2014 Outpatient Physical Therapy Plan of Care**", size=11)
    T(doc, [["Patient name", "Gloria Eastman"], ["Date of birth", "04/30/1956"], ["Medicare number", "2WM6-TY4-PN18"],
            ["Date of initial evaluation (first visit)", mdy(ev)], ["Plan of care date", mdy(ev)],
            ["Medical diagnosis", f"{icd('M48.061')} Spinal stenosis, lumbar region without neurogenic claudication"],
            ["Treatment diagnosis", f"{icd('M54.50')} Low back pain, unspecified; {icd('M62.81')} Muscle weakness "
                                    "(generalized)"],
            ["Referral source", "Travis Kellerman, DC (chiropractic)"],
            ["Functional limitations", "Stands 5 minutes before pain; walks 1 block; unable to lift grocery bags"],
            ["Long-term goals (8 weeks)", "1) Stand 20 minutes to cook without pain above 3/10.\n2) Walk 6 blocks "
                                           "continuously.\n3) Lift 10 lb from floor to counter with proper mechanics, "
                                           "independently.\n4) Oswestry Disability Index from 46% to 26% or less."],
            ["Short-term goals (4 weeks)", "1) Independent with home exercise program.\n2) Stand 10 minutes."],
            ["Interventions", "Therapeutic exercise (97110), manual therapy (97140), neuromuscular re-education "
                              "(97112), patient education"],
            ["Frequency and duration", "2x/week x 8 weeks"],
            ["Rehab potential", "Good"]], widths=[2.2, 4.5], bold_col0=True, col0_fill="F2F2F2", size=9)
    P(doc, "")
    P(doc, f"Therapist: /s/ Naomi Achterberg, PT, DPT   {mdy(ev)}")
    save_docx(doc, fname(p), "PT Plan of Care", "Ironwood")


@plan(21, "docx", "medicare-outpatient-therapy", "2026-03-30",
      gaps=[["signature-late"]],
      notes="Gap: physician certification dated 03/20/2026, 39 days after the 02/09/2026 first treatment "
            "(30 allowed; a warning under the 2025-01 version). Layout: OT hand-therapy plan with the physician "
            "certification inside a floating text box (DrawingML with VML fallback) next to the goals.")
def n21(p):
    ev, cert_end, md, as_of = D("2026-02-09"), D("2026-05-08"), D("2026-03-20"), D(p["as_of"])
    assert gap(ev, md) == 39 > LIM["pt_cert_days"] and gap(ev, cert_end) <= LIM["pt_review"] and as_of <= cert_end
    doc = new_doc("Calibri", 10)
    sec = doc.sections[0]
    hf_lines(sec.header, ["**HandWorks Occupational Therapy** | Certified Hand Therapy | (555) 015-2121"], size=8)
    hf_lines(sec.footer, ["W. Castellane | MBI 8HX3-CV7-RA25 | OT Plan of Care"], size=7.5, align="c")
    P(doc, "**OCCUPATIONAL THERAPY PLAN OF CARE**", size=13)
    T(doc, [["Patient: Winifred Castellane", "DOB: 12/02/1944", f"Evaluation date: {mdy(ev)}"],
            ["Physician: Anjali Deshmukh, MD (orthopedics)", "Payer: Medicare B",
             f"Cert. period: {mdy(ev)} - {mdy(cert_end)}"],
            [f"Plan date: {mdy(ev)}", "Visit: initial evaluation", ""]], size=9, style=None)
    P(doc, f"**Diagnosis:** {icd('S52.531D')} Colles' fracture of right radius, subsequent encounter for closed "
           f"fracture with routine healing; {icd('M25.631')} Stiffness of right wrist.")
    P(doc, "**Evaluation summary:** Right-hand-dominant 81-year-old, 7 weeks after closed reduction and casting. "
           "Wrist extension 25\u00b0, flexion 30\u00b0; grip 18 lb right vs 46 lb left; QuickDASH 61. Unable to "
           "open jars, fasten bra or carry a purse on the right.")
    para = P(doc, "**Goals** (by discharge in 8 weeks unless stated)")
    textbox(para, doc, ["**PHYSICIAN CERTIFICATION**", "I certify the need for these services furnished under "
                        "this plan of care while under my care.",
                        f"Signature: Anjali Deshmukh, MD", f"Date signed: {mdy(md)}", f"NPI: {npi('167204358')}"],
            w=190, h=120, x=300, y=10)
    for g in ["1. Increase right wrist extension from 25\u00b0 to 55\u00b0 within 6 weeks.",
              "2. Increase right grip strength from 18 lb to 35 lb.",
              "3. Open a standard jar and fasten clothing independently with the right hand.",
              "4. Improve QuickDASH from 61 to 30 or less."]:
        P(doc, g)
    P(doc, "**Treatment plan:** therapeutic exercise 97110, manual therapy 97140, therapeutic activities 97530, "
           "paraffin 97018, orthotic management 97760.")
    P(doc, "**Frequency:** 2x/week.  **Duration:** 8 weeks.")
    P(doc, f"Occupational therapist: ^^Lorna Pakula^^, OTR/L, CHT    {mdy(ev)}", before=30)
    save_docx(doc, fname(p), "OT Plan of Care", "HandWorks")


@plan(22, "docx", "medicare-outpatient-therapy", "2026-03-09",
      notes="Clean. OT plan of care after stroke with a dated addendum inside the same certification period: "
            "struck-through old frequency, a new goal, and the physician's signature for the addendum; the "
            "plan itself stays dated at the evaluation.")
def n22(p):
    ev, cert_end, md1, md2, as_of = D("2026-02-16"), D("2026-05-16"), D("2026-02-19"), D("2026-03-04"), D(p["as_of"])
    pt_checks(ev, ev, cert_end, md1, as_of)
    assert gap(ev, cert_end) == 89 and md2 <= as_of
    doc = new_doc("Book Antiqua", 10.5)
    P(doc, "Greenway Rehabilitation \u2014 Outpatient Occupational Therapy", size=13, color="375623")
    P(doc, "Plan of Care / Certification", size=11)
    P(doc, f"Beneficiary: **Bernard Okonjo**   Date of birth: 05/17/1949   HICN/MBI: 9KR2-EE6-WT73")
    P(doc, f"Start of care (evaluation): **{mdy(ev)}**   Certification: {mdy(ev)} to {mdy(cert_end)}")
    P(doc, f"Diagnoses: {icd('I69.351')} Hemiplegia and hemiparesis following cerebral infarction affecting right "
           f"dominant side (onset 12/30/2025); {icd('Z74.1')} Need for assistance with personal care.")
    fake_heading(doc, "Functional status at evaluation")
    P(doc, "Needs moderate assistance for upper-body dressing and maximal assistance for lower-body dressing; "
           "feeds self with built-up spoon using left hand; right grip 6 lb; Box and Block right 12, left 48.")
    fake_heading(doc, "Goals")
    goals = [("LTG 1", "Upper-body dressing with set-up only, using hemi-dressing technique", "10 weeks"),
             ("LTG 2", "Lower-body dressing with minimal assistance using reacher and sock aid", "10 weeks"),
             ("LTG 3", "Right hand Box and Block score from 12 to 25 blocks", "10 weeks"),
             ("STG 1", "Don pullover shirt with minimal assistance", "4 weeks"),
             ("STG 2", "Use right hand as a stabilizer during meal preparation in 3 of 4 trials", "4 weeks")]
    T(doc, [["#", "Goal", "Time frame"]] + [list(g) for g in goals], header=True, size=9.5, header_fill="E2EFDA")
    fake_heading(doc, "Treatment")
    P(doc, "ADL/self-care training 97535, neuromuscular re-education 97112, therapeutic activities 97530, "
           "therapeutic exercise 97110. Sessions 45\u201360 minutes.")
    P(doc, "Frequency: ~~3x/week for 4 weeks, then 2x/week~~ see Addendum #1. Duration: 10 weeks.")
    P(doc, f"Occupational therapist: Sunniva Holt, OTR/L (signed {mdy(ev)})")
    P(doc, f"Physician certification: I certify the need for these services. ^^Marcus Delacroix^^, MD  "
           f"NPI {npi('103948275')}  Date: {mdy(md1)}")
    fake_heading(doc, f"Addendum #1 \u2014 {mdy(D('2026-03-02'))}", fill="E2EFDA")
    P(doc, "Frequency changed to 2x/week for the remaining 8 weeks of the certification because of transportation "
           "limits (wife no longer able to drive 3 days a week). Goals unchanged except:")
    P(doc, "LTG 4 (added): Transfer in and out of the tub with a tub bench and grab bar, with supervision only, "
           "within 8 weeks.", style="List Bullet")
    P(doc, f"Therapist: Sunniva Holt, OTR/L, {mdy(D('2026-03-02'))}.  Physician: ^^Marcus Delacroix^^, MD, "
           f"{mdy(md2)} (verbal order 03/02/2026 confirmed).")
    save_docx(doc, fname(p), "OT Plan of Care", "Greenway Rehabilitation")


@plan(23, "docx", "medicare-outpatient-therapy", "2026-01-26",
      gaps=[["review-interval-exceeded"]],
      notes="Gap: the certification period runs 01/05/2026-05/04/2026 (119 days) with the recertification due "
            "05/04/2026; Medicare allows at most 90 days. Layout: SLP plan with a left label column of section "
            "names and narrative cells; checkbox lists.")
def n23(p):
    ev, cert_end, md, as_of = D("2026-01-05"), D("2026-05-04"), D("2026-01-09"), D(p["as_of"])
    assert gap(ev, cert_end) == 119 > LIM["pt_review"] and gap(ev, md) <= LIM["pt_cert_days"] and as_of < cert_end
    doc = new_doc("Lucida Sans", 9.5)
    P(doc, "CLEARWATER SPEECH & SWALLOW", size=14, color="2E75B6", after=0)
    P(doc, "Speech-Language Pathology Plan of Care", size=11, after=6)
    rows = [
        ["Patient", f"Edmund Farquhar \u2022 DOB 07/07/1947 \u2022 Medicare 3RC7-MK2-HB90"],
        ["Dates", f"Evaluation / first treatment: {mdy(ev)}\nPlan of care date: {mdy(ev)}\n"
                  f"Certification period: {mdy(ev)} through {mdy(cert_end)}\nRecertification due: {mdy(cert_end)}"],
        ["Diagnoses", f"{icd('I69.320')} Aphasia following cerebral infarction\n{icd('R41.841')} Cognitive "
                      "communication deficit"],
        ["Evaluation", "Western Aphasia Battery-R Aphasia Quotient 54 (moderate Broca's-type aphasia). Names 9 of "
                       "20 pictured objects; follows 2-step commands 60%; writes name only."],
        ["Long-term goals", "1. Name 18 of 20 common objects in structured tasks.\n2. Produce 4-6 word sentences to "
                            "state needs in 80% of opportunities.\n3. Use a communication book to repair breakdowns "
                            "independently in 4 of 5 conversations."],
        ["Short-term goals", "1. Name 14 of 20 objects with phonemic cues.\n2. Follow 2-step commands with 80% "
                             "accuracy."],
        ["Treatment", f"{checkbox(True)} Speech/language treatment (92507)   {checkbox(False)} Swallow treatment "
                      f"(92526)\n{checkbox(True)} Caregiver training   {checkbox(True)} Home program"],
        ["Frequency / duration", "2 sessions per week for 16 weeks"],
        ["Therapist", f"^^Philippa Marsh^^, MS, CCC-SLP \u2014 {mdy(ev)}"],
        ["Physician certification", f"Rosalind Achterberg, DO \u2014 signed {mdy(md)} \u2014 NPI {npi('198263540')}"],
    ]
    T(doc, rows, widths=[1.5, 5.2], bold_col0=True, col0_fill="DDEBF7", size=9)
    save_docx(doc, fname(p), "SLP Plan of Care", "Clearwater")


@plan(24, "docx", "medicare-outpatient-therapy", "2026-02-09",
      gaps=[["goal-not-measurable"]],
      notes="Gap: LTG 1 'Pt will improve swallowing function.' has no measure, level or short-term goal; the "
            "other long-term goals are measurable. Layout: hospital outpatient SLP template (goal table with "
            "LTG and STG columns), a comment from the rehab manager, MD signature in a signature table.")
def n24(p):
    ev, cert_end, md, as_of = D("2026-01-26"), D("2026-04-24"), D("2026-01-28"), D(p["as_of"])
    pt_checks(ev, ev, cert_end, md, as_of)
    doc = new_doc("Arial Narrow", 10)
    sec = doc.sections[0]
    hf_table(sec.header, [["MERIDIAN HOSPITAL\nOutpatient Rehabilitation Services",
                           "AUCOIN, DELPHINE\nDOB 11/29/1952  MRN 00418227\nMBI 6PQ1-AK9-UD34"]], size=8,
             widths=[3.5, 3.5])
    f = hf_lines(sec.footer, ["Form 7-220 SLP Plan of Treatment \u2022 "], size=7)
    page_field(f)
    P(doc, "**SPEECH-LANGUAGE PATHOLOGY PLAN OF TREATMENT**", size=12, align="c")
    T(doc, [["Start of care / eval date", mdy(ev), "Certification", f"{mdy(ev)} \u2013 {mdy(cert_end)}"],
            ["Referring MD", "Thaddeus Kim, MD", "Onset", "CVA 12/18/2025"]], size=9)
    P(doc, f"Diagnoses: {icd('I69.391')} Dysphagia following cerebral infarction; {icd('R13.12')} Dysphagia, "
           "oropharyngeal phase.")
    P(doc, "Clinical swallow evaluation and MBSS 01/22/2026: delayed swallow initiation, penetration with thin "
           "liquids by straw, vallecular residue with solids. Current diet: minced and moist (IDDSI 5), mildly "
           "thick liquids (IDDSI 2).")
    t = T(doc, [["Long-term goal", "Short-term goal(s)", "Status"],
                ["LTG 1: Pt will improve swallowing function.", "\u2014", "New"],
                [f"LTG 2: Pt will tolerate thin liquids by cup sip with chin tuck with no overt signs of aspiration "
                 f"in 90% of trials by {mdy(cert_end)}.", "STG 2a: 70% of trials with moderate verbal cues in 4 weeks.",
                 "New"],
                ["LTG 3: Pt will use 3 safe-swallow strategies independently at all meals, per spouse report and "
                 "meal observation.", "STG 3a: Name 3 strategies without cues in 2 consecutive sessions.", "New"]],
          header=True, size=9)
    comment(doc, t.cell(1, 0).paragraphs[0].runs[0], "Consider adding a measurable target to LTG 1.",
            "Rehab manager", "RM")
    P(doc, "Plan: dysphagia treatment (92526), NMES not indicated, home exercise program (Shaker, effortful "
           "swallow). Frequency 2x per week; duration 8 weeks.", before=6)
    T(doc, [["Role", "Name", "Signature / date"],
            ["Speech-language pathologist", "Oona Fitzgerald, MA, CCC-SLP", f"e-signed {mdy(ev)}"],
            ["Certifying physician", "Thaddeus Kim, MD", f"e-signed {mdy(md)}"]], header=True, size=9)
    save_docx(doc, fname(p), "SLP Plan of Treatment", "Meridian Hospital")


@plan(25, "docx", "medicare-outpatient-therapy", "2026-01-20",
      gaps=[["review-overdue"]],
      notes="Gap: the certification period ended 01/02/2026 and no recertification is recorded or scheduled; "
            "the as-of date is 01/20/2026 (the 11/05/2025 progress report falls inside the period). Layout: "
            "balance/fall-risk PT plan with test-score tables and a progress-report section.")
def n25(p):
    ev, cert_end, np_d, as_of = D("2025-10-06"), D("2026-01-02"), D("2025-10-14"), D(p["as_of"])
    assert gap(ev, cert_end) == 88 <= LIM["pt_review"] and gap(ev, np_d) <= LIM["pt_cert_days"] and as_of > cert_end
    doc = new_doc("Franklin Gothic Book", 10)
    P(doc, "Foothills PT & Balance", size=15, color="843C0C", after=0)
    P(doc, "Physical therapy \u2014 fall prevention program", size=10, after=8)
    T(doc, [["Pt", "Cornelius Pratt", "DOB", "01/14/1940"], ["MBI", "5NT8-HR2-CW67", "Eval / 1st visit", mdy(ev)],
            ["POC dates", f"{mdy(ev)} \u2013 {mdy(cert_end)}", "Referred by", "Ingrid Solberg, NP"],
            ["Plan of care date", mdy(ev), "Visit", "Evaluation"]], size=9)
    P(doc, f"Dx: {icd('R26.81')} Unsteadiness on feet; {icd('Z91.81')} History of falling; {icd('M62.81')} Muscle "
           "weakness (generalized).", before=6)
    T(doc, [["Test", "Eval 10/06/2025", "Goal"], ["Berg Balance Scale", "38/56", "48/56 or more"],
            ["Timed Up and Go", "19.5 s", "13.5 s or less"], ["30-s chair stand", "6", "10"],
            ["Falls in past 3 months", "3", "0"]], header=True, size=9)
    P(doc, "**Goals (12 weeks):** 1) Berg 48/56 or more (low fall risk). 2) TUG 13.5 s or less. 3) Walk 500 ft in the "
           "community with a cane, modified independent, no loss of balance. 4) Independent with home exercise "
           "program 5 of 7 days.")
    P(doc, "**Plan:** therapeutic exercise 97110, neuromuscular re-education / balance 97112, gait training 97116. "
           "2x per week x 12 weeks.")
    P(doc, f"PT: ^^Damaris Quill^^, PT, DPT   {mdy(ev)}")
    P(doc, f"Certified: ^^Ingrid Solberg^^, NP   {mdy(np_d)}   NPI {npi('184027356')}")
    fake_heading(doc, "Progress report \u2014 11/05/2025 (visit 9)")
    P(doc, "Berg 43/56, TUG 16.1 s, no falls since start of care. Continue plan of care as written.")
    P(doc, f"Damaris Quill, PT, DPT {mdys(D('2025-11-05'))}")
    save_docx(doc, fname(p), "PT Plan of Care", "Foothills PT")


@plan(26, "docx", "medicare-outpatient-therapy", "2026-02-23",
      unsure=["plan-late", "signature-late", "review-interval-exceeded", "review-overdue"],
      notes="Clean recertification: start of care 11/03/2025, recertified 01/30/2026 for 01/31/2026-04/30/2026 "
            "(89 days), physician signed the recert 02/03/2026; goal-status table with Met / Partially met / "
            "Revised rows. Left out as unsure: plan-late, signature-late, review-interval-exceeded and "
            "review-overdue, which the rules count from the first treatment date (start of care), not from this "
            "recertification.")
def n26(p):
    soc, plan_d, start, end, md, as_of = (D("2025-11-03"), D("2026-01-30"), D("2026-01-31"), D("2026-04-30"),
                                          D("2026-02-03"), D(p["as_of"]))
    assert gap(soc, plan_d) <= LIM["pt_review"] and gap(plan_d, end) <= LIM["pt_review"]
    assert gap(plan_d, md) <= LIM["pt_cert_days"] and start <= as_of <= end
    doc = new_doc("Calibri", 10)
    P(doc, "KINETIC PATH PHYSICAL THERAPY", size=14, after=0)
    P(doc, "Progress Report / Recertification of Plan of Care", size=11, after=6)
    T(doc, [["Patient", "Rosemary Tidwell", "DOB", "09/09/1953"], ["Medicare ID", "1QA5-GT3-YJ40", "Start of care", mdy(soc)],
            ["Previous certification", f"{mdy(soc)} \u2013 {mdy(D('2026-01-30'))}", "Date of this report", mdy(plan_d)],
            ["New certification period", f"{mdy(start)} \u2013 {mdy(end)}", "Visits to date", "22"]], size=9)
    P(doc, f"Diagnoses: {icd('M17.11')} Unilateral primary osteoarthritis, right knee; {icd('M62.81')} Muscle "
           "weakness (generalized).", before=6)
    fake_heading(doc, "Goal status")
    T(doc, [["Goal (from plan of 11/03/2025)", "Status 01/30/2026"],
            ["Independent with home exercise program", "Met"],
            ["Walk 1,000 ft without an assistive device", "Met"],
            ["Right knee flexion 120\u00b0 (eval 96\u00b0)", "Partially met \u2014 112\u00b0; continued below"],
            ["Descend stairs reciprocally without rail", "Revised \u2014 see new goal 2"]], header=True, size=9)
    fake_heading(doc, "Goals for this certification period (12 weeks)")
    P(doc, "1. Right knee flexion AROM from 112\u00b0 to 120\u00b0 or more.", after=1)
    P(doc, "2. Descend 14 stairs reciprocally with one rail, independently, without pain above 3/10.", after=1)
    P(doc, "3. Single-leg stance on the right 10 seconds or more (currently 4 seconds).", after=1)
    P(doc, "4. Knee Outcome Survey-ADL from 58% to 75% or higher.", after=1)
    fake_heading(doc, "Plan")
    P(doc, "Therapeutic exercise (97110), neuromuscular re-education (97112), manual therapy (97140). 2x/week for "
           "12 weeks.")
    P(doc, f"Therapist: Elias Brandt, PT   signed {mdy(plan_d)}")
    fake_heading(doc, "Physician recertification")
    P(doc, "I certify that continued physical therapy is medically necessary under this updated plan of care.")
    P(doc, f"^^Felix Amsel^^, MD     Date: {mdy(md)}     NPI: {npi('150372948')}")
    P(doc, f"Prior certification on file: signed by Felix Amsel, MD on {mdy(D('2025-11-07'))}.", size=8.5,
      color="595959")
    save_docx(doc, fname(p), "Recertification", "Kinetic Path")


# ==============================================================================================
# Medicare home health
# ==============================================================================================

def hh_checks(soc, cert_end, md_sign, as_of):
    """Self-check against medicare-home-health: certification period within 60 days, current on as-of."""
    assert gap(soc, cert_end) <= LIM["hh_review"], gap(soc, cert_end)
    assert soc <= md_sign <= as_of <= cert_end


@plan(27, "docx", "medicare-home-health", "2026-03-23",
      notes="Clean. Layout: CMS-485 style grid of numbered boxes (merged cells, box numbers in the labels): "
            "start of care, certification period, orders with 2w2/1w6-style frequencies and a PRN order with "
            "a visit limit, goals in box 22, physician signature and date in box 27.")
def n27(p):
    soc, cert_end, md, as_of = D("2026-03-02"), D("2026-04-30"), D("2026-03-06"), D(p["as_of"])
    hh_checks(soc, cert_end, md, as_of)
    assert gap(soc, cert_end) == 59
    doc = new_doc("Courier New", 8.5, margin=0.5)
    P(doc, "**HOME HEALTH CERTIFICATION AND PLAN OF CARE**", size=11, align="c")
    t = doc.add_table(rows=14, cols=4)
    t.style = "Table Grid"
    cells = {
        (0, 0): "1. Patient's HI Claim No.\n7QW3HN8DE41", (0, 1): f"2. Start Of Care Date\n{mdy(soc)}",
        (0, 2): f"3. Certification Period\nFrom: {mdy(soc)}  To: {mdy(cert_end)}",
        (0, 3): "4. Medical Record No.\nSP-44102     5. Provider No. 267431",
        (1, 0): "6. Patient's Name and Address\nMARCHETTI, EVELYN R.\n55 Birch Hollow Road, Apt 3",
        (1, 2): "7. Provider's Name, Address and Telephone Number\nSilver Pine Home Health\n900 Lantern Way\n(555) 016-4400",
        (2, 0): "8. Date of Birth\n02/14/1938", (2, 1): "9. Sex  \u2610 M  \u2612 F",
        (2, 2): "10. Medications: Dose/Frequency/Route (N)ew (C)hanged\nFurosemide 40 mg PO daily (C); Metoprolol "
                "succinate 25 mg PO daily; Metformin 500 mg PO BID; Lisinopril 5 mg PO daily",
        (3, 0): f"11. ICD-10-CM  Principal Diagnosis  Date\n{icd('I50.22')}  Chronic systolic (congestive) heart "
                "failure  02/20/2026 (E)",
        (3, 2): "12. ICD-10-CM  Surgical Procedure  Date\nN/A",
        (4, 0): f"13. ICD-10-CM  Other Pertinent Diagnoses  Date\n{icd('E11.9')}  Type 2 diabetes mellitus without "
                f"complications  (O)\n{icd('Z79.84')}  Long term (current) use of oral hypoglycemic drugs\n"
                f"{icd('R26.81')}  Unsteadiness on feet  02/20/2026\n{icd('Z91.81')}  History of falling",
        (5, 0): "14. DME and Supplies\nRolling walker, bathroom scale, shower chair",
        (5, 2): "15. Safety Measures\nFall precautions, clear pathways, emergency plan, oxygen not in use",
        (6, 0): "16. Nutritional Req.\n2 g sodium, 1.5 L fluid restriction, consistent carbohydrate",
        (6, 2): "17. Allergies\nSulfa (rash)",
        (7, 0): "18.A. Functional Limitations\n\u2612 Endurance  \u2612 Ambulation  \u2612 Dyspnea with minimal exertion",
        (7, 2): "18.B. Activities Permitted\n\u2612 Up as tolerated  \u2612 Walker  \u2610 Complete bedrest",
        (8, 0): "19. Mental Status\n\u2612 Oriented  \u2610 Forgetful", (8, 2): "20. Prognosis\n\u2610 Poor  \u2612 Fair  \u2610 Good",
        (9, 0): "21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)\n"
                "SN 2w2, 1w6: assess cardiopulmonary status, weight and edema; teach heart-failure self-management, "
                "low-sodium diet and medication schedule; check fasting blood sugar log.\n"
                "SN PRN x 2 visits for weight gain over 3 lb in a day or increased shortness of breath.\n"
                "PT 2w4, 1w3: evaluate and treat; gait and balance training, home exercise program, fall prevention.\n"
                "HHA 2w4: assist with bathing and personal care.",
        (10, 0): "22. Goals/Rehabilitation Potential/Discharge Plans\n"
                 "Patient will weigh herself daily and report a gain of more than 3 lb in a day or 5 lb in a week, "
                 "100% of the time, by 04/15/2026.\n"
                 "Patient will walk 150 ft with a rolling walker with stand-by assistance by 04/30/2026.\n"
                 "Fasting blood sugar 80-130 mg/dL on 90% of logged readings by the end of the certification period.\n"
                 "Rehab potential: fair for stated goals. Discharge to self-care with daughter's support when goals met.",
        (11, 0): f"23. Nurse's Signature and Date of Verbal SOC Where Applicable:\nLena Kowalczyk, RN  {mdy(soc)}",
        (11, 2): f"25. Date HHA Received Signed POT\n{mdy(D('2026-03-09'))}",
        (12, 0): f"24. Physician's Name and Address\nSamuel Adeyemi, MD\n1400 Harbor Medical Plaza\nNPI {npi('112398457')}",
        (12, 2): "26. I certify/recertify that this patient is confined to his/her home and needs intermittent skilled "
                 "nursing care, physical therapy and/or speech therapy or continues to need occupational therapy. "
                 "The patient is under my care, and I have authorized the services on this plan of care and will "
                 "periodically review the plan.",
        (13, 0): f"27. Attending Physician's Signature and Date Signed\n^^Samuel Adeyemi MD^^     {mdy(md)}",
        (13, 2): "28. Anyone who misrepresents, falsifies, or conceals essential information required for payment "
                 "of Federal funds may be subject to fine, imprisonment, or civil penalty under applicable Federal "
                 "statutes.",
    }
    merges = [(1, 0, 1, 1), (1, 2, 1, 3), (2, 2, 2, 3), (3, 0, 3, 1), (3, 2, 3, 3), (4, 0, 4, 3), (5, 0, 5, 1),
              (5, 2, 5, 3), (6, 0, 6, 1), (6, 2, 6, 3), (7, 0, 7, 1), (7, 2, 7, 3), (8, 0, 8, 1), (8, 2, 8, 3),
              (9, 0, 9, 3), (10, 0, 10, 3), (11, 0, 11, 1), (11, 2, 11, 3), (12, 0, 12, 1), (12, 2, 12, 3),
              (13, 0, 13, 1), (13, 2, 13, 3)]
    for r0, c0, r1, c1 in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    for (r, c), text in cells.items():
        cell_write(t.cell(r, c), text, size=8)
    P(doc, "Form CMS-485 (C-3) (02-94) layout \u2014 agency copy", size=7, align="r")
    save_docx(doc, fname(p), "Home Health Certification and Plan of Care", "Silver Pine Home Health")


@plan(28, "docx", "medicare-home-health", "2026-02-23",
      gaps=[["frequency-missing"]],
      notes="Gap: the skilled-nursing PRN order for catheter problems has no visit limit ('SN PRN for Foley "
            "catheter problems'), so it states no frequency; the other orders (SN 1w8, PT 2w4, OT 1w4) do. "
            "Layout: agency fax cover sheet, then a paragraph-style plan of care with headed sections.")
def n28(p):
    soc, cert_end, md, as_of = D("2026-02-09"), D("2026-04-09"), D("2026-02-12"), D(p["as_of"])
    hh_checks(soc, cert_end, md, as_of)
    doc = new_doc("Times New Roman", 11)
    P(doc, "Heartland Home Care Services", size=20, align="c", after=0)
    P(doc, "F A X", size=28, align="c", before=10, after=10)
    P(doc, f"Date: {mdy(D('2026-02-16'))}")
    P(doc, "To: Prior Authorization \u2013 Home Health, Medicare Advantage plan     Fax: (555) 010-7788")
    P(doc, "From: Intake, Heartland Home Care Services     Phone: (555) 010-2500     Fax: (555) 010-2501")
    P(doc, "Number of pages including cover: 3")
    P(doc, "Message: Signed plan of care attached for the home health episode beginning "
           f"{mdy(soc)}. Please call with the authorization number.")
    P(doc, CONFIDENTIAL, size=8, before=40)
    page_break(doc)
    P(doc, "**Home Health Certification and Plan of Care**", size=13, align="c")
    P(doc, f"Patient: Walter J. Pemberton      DOB: 10/03/1945      Medicare: 3TF6-DA1-VK58", after=0)
    P(doc, f"Start of care: {mdy(soc)}      Certification period: {mdy(soc)} to {mdy(cert_end)}", after=0)
    P(doc, "Agency: Heartland Home Care Services, 12 Prairie Court      Medical record: HHC-20931")
    P(doc, "**Diagnoses.** Primary: " + icd("I69.354") + " Hemiplegia and hemiparesis following cerebral infarction "
           "affecting left non-dominant side. Other: " + icd("N31.9") + " Neuromuscular dysfunction of bladder, "
           "unspecified; " + icd("Z96.0") + " Presence of urogenital implants (indwelling Foley catheter).")
    P(doc, "**Homebound status.** Requires assistance of one person and a quad cane to leave home; leaving home "
           "requires a considerable and taxing effort.")
    P(doc, "**Orders.**")
    for o in ["SN 1w8: assess neuro status and skin, catheter care and monthly Foley change, teach catheter care "
              "to wife, medication teaching.",
              "SN PRN for Foley catheter problems (blockage, leakage, dislodgement).",
              "PT 2w4: transfer and gait training with quad cane, home exercise program.",
              "OT 1w4: ADL retraining, bathroom safety, adaptive equipment."]:
        P(doc, o, style="List Bullet")
    P(doc, "**Goals.**")
    for g in [f"Wife will perform catheter care with correct technique on return demonstration by {mdy(D('2026-03-09'))}.",
              f"Patient will have no signs of urinary tract infection through {mdy(cert_end)}.",
              f"Patient will transfer bed to chair with stand-by assistance by {mdy(D('2026-03-09'))}.",
              f"Patient will bathe using a tub bench with minimal assistance by {mdy(D('2026-03-09'))}."]:
        P(doc, g, style="List Number")
    P(doc, "**Rehabilitation potential:** good for stated goals. **Discharge plan:** discharge to care of wife "
           "when goals are met.")
    P(doc, "**Physician certification.** I certify that this patient is confined to the home, needs intermittent "
           "skilled nursing and therapy, is under my care, and that I have authorized this plan of care.")
    P(doc, f"Physician: ^^Odessa Marlowe^^, DO    NPI {npi('136920485')}    Date signed: {mdy(md)}")
    P(doc, f"Clinician completing the plan: Faye Lindgren, RN, case manager, {mdy(soc)}")
    save_docx(doc, fname(p), "Plan of Care", "Heartland Home Care")


@plan(29, "docx", "medicare-home-health", "2026-03-24",
      gaps=[["signature-missing"], ["diagnosis-code-missing"]],
      notes="Gaps: the physician's signature and date lines are blank (a 'sent for signature' stamp in a text "
            "box); the secondary diagnosis 'Type 2 diabetes mellitus with diabetic neuropathy' has no ICD-10-CM "
            "code. Layout: patient facts and the stamp in text boxes (one VML-only), orders and goals in a "
            "discipline table.")
def n29(p):
    soc, cert_end, as_of = D("2026-03-16"), D("2026-05-14"), D(p["as_of"])
    assert gap(soc, cert_end) == 59 <= LIM["hh_review"] and soc <= as_of <= cert_end
    doc = new_doc("Segoe UI", 9)
    para = P(doc, "**RIVERSIDE VISITING NURSES**", size=15, color="203864")
    textbox(para, doc, ["**Patient:** Hortense Abernathy-Cole", "**DOB:** 06/21/1941", "**Medicare ID:** 2GY9-QP4-LM61",
                        f"**SOC:** {mdy(soc)}", f"**Cert period:** {mdy(soc)} - {mdy(cert_end)}"],
            w=200, h=85, x=310, y=-4)
    P(doc, "Plan of Care \u2014 Skilled Nursing and Aide Services", size=11, after=50)
    fake_heading(doc, "Diagnoses")
    P(doc, f"Primary: {icd('L89.153')} Pressure ulcer of sacral region, stage 3")
    P(doc, "Secondary: Type 2 diabetes mellitus with diabetic neuropathy")
    fake_heading(doc, "Orders and goals by discipline")
    T(doc, [["Discipline", "Frequency", "Orders", "Goals"],
            ["Skilled nursing", "3w2, 2w6", "Wound care to sacrum: cleanse with normal saline, apply calcium alginate "
                                           "and foam border dressing; assess wound, measure weekly; diabetic foot "
                                           "checks; teach offloading and turning schedule.",
             "Sacral wound decreases from 4.0 x 3.2 x 0.5 cm to 2.0 x 1.5 cm or smaller by 05/14/2026. "
             "Caregiver turns patient every 2 hours, per turning log, 7 of 7 days by 04/06/2026."],
            ["Home health aide", "2w8", "Bathing, skin care, repositioning assistance.",
             "Skin intact on heels and hips at every aide visit through the certification period."]],
      header=True, size=8.5, header_fill="D9E1F2", widths=[1.1, 0.9, 2.8, 2.2])
    fake_heading(doc, "Physician certification")
    P(doc, "I certify that this patient is confined to the home and needs intermittent skilled nursing care. The "
           "patient is under my care and I have authorized the services on this plan of care.")
    P(doc, f"Physician: Gideon Faraday, MD     NPI: {npi('162847390')}")
    para = P(doc, "Signature: ________________________________     Date: ______________")
    textbox(para, doc, ["**SENT FOR SIGNATURE**", f"Faxed to physician {mdy(D('2026-03-18'))}", "Awaiting return"],
            w=150, h=50, x=330, y=10, vml_only=True)
    P(doc, f"RN case manager: Maribel Ocampo, RN \u2014 {mdy(soc)}", before=40)
    save_docx(doc, fname(p), "Plan of Care", "Riverside VNA")


@plan(30, "docx", "medicare-home-health", "2026-04-20",
      gaps=[["review-interval-exceeded"]],
      notes="Gap: the certification period runs 04/06/2026-06/30/2026 (85 days) with recertification due "
            "06/30/2026; home health plans are reviewed at least every 60 days (a warning under the profile). "
            "Layout: landscape discipline matrix, plan header in a two-row shaded table.")
def n30(p):
    soc, cert_end, md, as_of = D("2026-04-06"), D("2026-06-30"), D("2026-04-09"), D(p["as_of"])
    assert gap(soc, cert_end) == 85 > LIM["hh_review"] and soc <= md <= as_of <= cert_end
    doc = new_doc("Calibri", 9.5, margin=0.6, landscape=True)
    t = T(doc, [["SUNRISE HOME HEALTH AGENCY \u2014 PLAN OF CARE", "", "", ""],
                [f"Patient: Augustin Delacroix-Hale  |  DOB 12/12/1939  |  MBI 4VN2-KC8-RE33",
                 f"SOC: {mdy(soc)}", f"Certification: {mdy(soc)} to {mdy(cert_end)}",
                 f"Recertification due: {mdy(cert_end)}"]], size=9)
    merge_row(t, 0, fill="FFE699")
    P(doc, f"Diagnoses: {icd('J44.9')} Chronic obstructive pulmonary disease, unspecified (primary); "
           f"{icd('Z99.81')} Dependence on supplemental oxygen; {icd('R26.81')} Unsteadiness on feet.", before=6)
    T(doc, [["Discipline", "Visit frequency", "Interventions", "Measurable goals"],
            ["SN", "1w12", "Cardiopulmonary assessment, oxygen safety, inhaler technique, COPD action plan teaching",
             "Uses inhaler with correct technique on return demonstration by 05/04/2026; no ER visits for COPD "
             "through 06/30/2026"],
            ["PT", "2w6", "Energy conservation, breathing techniques with activity, gait and strength training",
             "Walks 200 ft with rollator and portable oxygen, SpO2 88% or above, by 05/18/2026"],
            ["MSW", "1w2", "Community resources, long-term planning", "Application for meal delivery submitted by "
                                                                     "04/24/2026"]],
      header=True, size=9, header_fill="FFF2CC")
    P(doc, f"Physician: ^^Corinna Vasquez-Holt^^, MD   NPI {npi('173920586')}   signed {mdy(md)}", before=8)
    P(doc, f"Case manager: Teodoro Amari, RN   {mdy(soc)}")
    save_docx(doc, fname(p), "Plan of Care", "Sunrise HHA")


@plan(31, "docx", "medicare-home-health", "2026-03-24",
      unsure=["review-interval-exceeded", "review-overdue"],
      notes="Clean recertification (start of care 01/05/2026; second period 03/06/2026-05/04/2026, 59 days; NP "
            "signed 03/04/2026). Previous period's goals shown as Met; a discontinued PT order struck through. "
            "review-interval-exceeded and review-overdue left out as unsure: the rule counts from the first "
            "treatment date (start of care) and the first period's end.")
def n31(p):
    soc, recert_d, start, end, np_d, as_of = (D("2026-01-05"), D("2026-03-02"), D("2026-03-06"), D("2026-05-04"),
                                              D("2026-03-04"), D(p["as_of"]))
    assert gap(start, end) == 59 <= LIM["hh_review"] and gap(soc, D("2026-03-05")) == 59
    assert recert_d <= np_d <= as_of <= end
    doc = new_doc("Georgia", 9.5)
    P(doc, "Crescent Valley Home Health", size=14, after=0)
    P(doc, "RECERTIFICATION \u2014 Home Health Plan of Care", size=11, after=6)
    T(doc, [["Patient", "Opal Winterbourne", "DOB", "08/30/1943"],
            ["Medicare ID", "6EJ3-WR7-TN12", "Start of care", mdy(soc)],
            ["Previous period", f"{mdy(soc)} \u2013 {mdy(D('2026-03-05'))}", "Recertification period",
             f"{mdy(start)} \u2013 {mdy(end)}"],
            ["Recert assessment", mdy(recert_d), "Episode", "2"]], size=9)
    P(doc, f"Diagnoses: {icd('E11.621')} Type 2 diabetes mellitus with foot ulcer (primary); {icd('L97.412')} "
           "Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed.", before=6)
    fake_heading(doc, "Previous period goals")
    T(doc, [["Goal", "Outcome"],
            ["Walk 100 ft with walker, wearing offloading boot", "Met 02/27/2026 \u2014 PT discharged"],
            ["Demonstrate correct insulin pen technique", "Met 01/30/2026"]], header=True, size=9)
    fake_heading(doc, "Orders for this period")
    P(doc, "~~PT 2w4: gait training with offloading boot~~ (discontinued 02/27/2026, goals met)")
    P(doc, "SN 2w4, 1w4: wound care right heel (cleanse, collagen dressing, cover), measure weekly, glucose log "
           "review, diabetic foot teaching.")
    P(doc, "HHA 1w8: bathing assistance.")
    fake_heading(doc, "Goals for this period")
    P(doc, "1. Right heel ulcer from 2.1 x 1.8 cm to fully healed by 05/04/2026.")
    P(doc, "2. Fasting glucose 80\u2013150 mg/dL on 90% of log readings by 04/20/2026.")
    P(doc, "3. Patient checks both feet daily and reports any new redness, 7 of 7 days, by 04/06/2026.")
    fake_heading(doc, "Certification")
    P(doc, "I recertify that this patient is confined to the home and needs intermittent skilled nursing care, "
           "and I have authorized the services on this plan of care.")
    P(doc, f"^^Beatrix Yoon^^, NP (nurse practitioner)   NPI {npi('145839206')}   Date: {mdy(np_d)}")
    P(doc, f"Prepared by: Ilse Marchand, RN, {mdy(recert_d)}")
    save_docx(doc, fname(p), "Recertification Plan of Care", "Crescent Valley")


# ----------------------------------------------------------------------------------------------
# C-CDA helper
# ----------------------------------------------------------------------------------------------

def hl7(d: dt.date) -> str:
    return d.strftime("%Y%m%d")


def ccda_person(tag, d, name_given, name_family, suffix, npi_val, org, extra_inner=""):
    time = f'<time value="{hl7(d)}"/>' if d else ""
    sig = '<signatureCode code="S"/>' if tag in ("legalAuthenticator", "authenticator") else ""
    inner_tag = "assignedEntity" if tag in ("legalAuthenticator", "authenticator") else "assignedAuthor"
    return (f'<{tag}>{time}{sig}<{inner_tag}><id root="2.16.840.1.113883.4.6" extension="{npi_val}"/>{extra_inner}'
            f'<assignedPerson><name><given>{escape(name_given)}</given><family>{escape(name_family)}</family>'
            f'<suffix>{escape(suffix)}</suffix></name></assignedPerson>'
            f'<representedOrganization><name>{escape(org)}</name></representedOrganization></{inner_tag}></{tag}>')


def ccda_doc(doc_id, title, eff, patient, people, service_period, encounter, sections):
    """patient: dict(ids=[(root, ext)], given, family, gender, birth). sections: list of xml strings."""
    ids = "".join(f'<id root="{r}" extension="{e}"/>' for r, e in patient["ids"])
    sp = ""
    if service_period:
        lo, hi = service_period
        sp = (f'<documentationOf><serviceEvent classCode="PCPR"><effectiveTime><low value="{hl7(lo)}"/>'
              f'<high value="{hl7(hi)}"/></effectiveTime></serviceEvent></documentationOf>')
    enc = ""
    if encounter:
        lo, code, disp = encounter
        enc = (f'<componentOf><encompassingEncounter><id root="2.16.840.1.113883.19.5" extension="{doc_id}-E"/>'
               f'<code code="{code}" codeSystem="2.16.840.1.113883.5.4" displayName="{escape(disp)}"/>'
               f'<effectiveTime><low value="{hl7(lo)}"/></effectiveTime></encompassingEncounter></componentOf>')
    body = "".join(f"<component>{s}</component>" for s in sections)
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
<realmCode code="US"/>
<typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
<templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
<templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
<id root="2.16.840.1.113883.19.5.99999" extension="{doc_id}"/>
<code code="52521-2" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Overall plan of care/advance care directives"/>
<title>{escape(title)}</title>
<effectiveTime value="{hl7(eff)}"/>
<confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>
<languageCode code="en-US"/>
<recordTarget><patientRole>{ids}<patient><name><given>{escape(patient["given"])}</given><family>{escape(patient["family"])}</family></name><administrativeGenderCode code="{patient["gender"]}" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="{patient["birth"]}"/></patient></patientRole></recordTarget>
{people}
{sp}
{enc}
<component><structuredBody>{body}</structuredBody></component>
</ClinicalDocument>
'''


def ccda_section(template, loinc, loinc_name, title, text, entries=""):
    return (f'<section><templateId root="{template}" extension="2015-08-01"/><code code="{loinc}" '
            f'codeSystem="2.16.840.1.113883.6.1" displayName="{escape(loinc_name)}"/><title>{escape(title)}</title>'
            f'<text>{text}</text>{entries}</section>')


def ccda_table(headers, rows):
    th = "".join(f"<th>{escape(h)}</th>" for h in headers)
    trs = "".join("<tr>" + "".join(f'<td ID="{c[0]}">{escape(c[1])}</td>' if isinstance(c, tuple)
                                   else f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table border=\"1\"><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>"


def ccda_payer(ref, payer_name, member_id, member_root, plan_type):
    """Payers section with one coverage activity (member ID on the covered party)."""
    text = ccda_table(["Payer", "Coverage", "Member ID"], [[(ref, payer_name), plan_type, member_id]])
    entry = (f'<entry><act classCode="ACT" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.22.4.60" '
             f'extension="2015-08-01"/><id root="2.16.840.1.113883.19.5" extension="{ref}-cov"/>'
             f'<code code="48768-6" codeSystem="2.16.840.1.113883.6.1" displayName="Payment sources"/>'
             f'<statusCode code="completed"/><entryRelationship typeCode="COMP"><act classCode="ACT" moodCode="EVN">'
             f'<templateId root="2.16.840.1.113883.10.20.22.4.61" extension="2015-08-01"/>'
             f'<id root="2.16.840.1.113883.19.5" extension="{ref}-pol"/><code code="{plan_type[:3].upper()}" '
             f'codeSystem="2.16.840.1.113883.3.221.5" displayName="{escape(plan_type)}"/><statusCode code="completed"/>'
             f'<performer typeCode="PRF"><assignedEntity><id root="2.16.840.1.113883.19.5" extension="{ref}-payer"/>'
             f'<representedOrganization><name>{escape(payer_name)}</name></representedOrganization></assignedEntity>'
             f'</performer><participant typeCode="COV"><participantRole classCode="PAT">'
             f'<id root="{member_root}" extension="{member_id}"/><code code="SELF" '
             f'codeSystem="2.16.840.1.113883.5.111" displayName="self"/></participantRole></participant>'
             f'</act></entryRelationship></act></entry>')
    return ccda_section("2.16.840.1.113883.10.20.22.2.18", "48768-6", "Payment sources", "Payers", text, entry)


def ccda_problem(ref, code, disp, onset):
    return (f'<entry><act classCode="ACT" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.22.4.3" '
            f'extension="2015-08-01"/><id root="2.16.840.1.113883.19.5" extension="{ref}-act"/>'
            f'<code code="CONC" codeSystem="2.16.840.1.113883.5.6"/><statusCode code="active"/>'
            f'<effectiveTime><low value="{hl7(onset)}"/></effectiveTime><entryRelationship typeCode="SUBJ">'
            f'<observation classCode="OBS" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.22.4.4" '
            f'extension="2015-08-01"/><id root="2.16.840.1.113883.19.5" extension="{ref}"/>'
            f'<code code="55607006" codeSystem="2.16.840.1.113883.6.96" displayName="Problem"/>'
            f'<text><reference value="#{ref}"/></text><statusCode code="completed"/>'
            f'<effectiveTime><low value="{hl7(onset)}"/></effectiveTime>'
            f'<value xsi:type="CD" code="{code}" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" '
            f'displayName="{escape(disp)}"/></observation></entryRelationship></act></entry>')


def ccda_goal(ref, text, due):
    eff = f'<effectiveTime value="{hl7(due)}"/>' if due else ""
    return (f'<entry><observation classCode="OBS" moodCode="GOL"><templateId root="2.16.840.1.113883.10.20.22.4.121"/>'
            f'<id root="2.16.840.1.113883.19.5" extension="{ref}"/><code code="58144-7" '
            f'codeSystem="2.16.840.1.113883.6.1" displayName="Resident\'s overall goal established during assessment '
            f'process"/><text><reference value="#{ref}"/>{escape(text)}</text><statusCode code="active"/>{eff}'
            f'</observation></entry>')


def ccda_intervention(ref, text):
    return (f'<entry><act classCode="ACT" moodCode="INT"><templateId root="2.16.840.1.113883.10.20.22.4.131" '
            f'extension="2015-08-01"/><id root="2.16.840.1.113883.19.5" extension="{ref}"/>'
            f'<code code="362956003" codeSystem="2.16.840.1.113883.6.96" displayName="Procedure/intervention"/>'
            f'<text><reference value="#{ref}"/>{escape(text)}</text><statusCode code="active"/></act></entry>')


@plan(32, "xml", "medicare-home-health", "2026-04-27", fmt="ccda",
      notes="Clean. C-CDA R2.1 Care Plan: patient with MBI, service event = certification period (59 days), "
            "encompassing encounter = start of care, Health Concerns with ICD-10-CM codes, Goals with target "
            "dates, Interventions with PT 2w6 / SN 1w3 frequencies, legalAuthenticator physician (MD) with date.")
def n32(p):
    soc, cert_end, md, as_of = D("2026-04-13"), D("2026-06-11"), D("2026-04-16"), D(p["as_of"])
    hh_checks(soc, cert_end, md, as_of)
    people = (ccda_person("author", soc, "Marguerite", "Deschamps", "RN", npi("126384957"), "Bayview Home Health")
              + '<custodian><assignedCustodian><representedCustodianOrganization><name>Bayview Home Health</name>'
                '</representedCustodianOrganization></assignedCustodian></custodian>'
              + ccda_person("legalAuthenticator", md, "Theodore", "Vance", "MD", npi("118273645"),
                            "Bayview Orthopedic Associates"))
    hc = ccda_section("2.16.840.1.113883.10.20.22.2.58", "75310-3", "Health concerns document", "Health Concerns",
                      ccda_table(["Code", "Concern", "Date"],
                                 [[icd("S72.001D"), ("hc1", "Fracture of unspecified part of neck of right femur, "
                                                            "subsequent encounter for closed fracture with routine "
                                                            "healing"), "04/02/2026"],
                                  [icd("R26.89"), ("hc2", "Other abnormalities of gait and mobility"), "04/02/2026"]]),
                      ccda_problem("hc1", "S72.001D", "Fracture of unspecified part of neck of right femur, subsequent "
                                   "encounter for closed fracture with routine healing", D("2026-04-02"))
                      + ccda_problem("hc2", "R26.89", "Other abnormalities of gait and mobility", D("2026-04-02")))
    goals = [("g1", "Patient will walk 150 feet with a front-wheeled walker, modified independent, on level "
                    "surfaces.", D("2026-05-22")),
             ("g2", "Patient will climb 3 entry steps with one rail and contact-guard assistance.", D("2026-05-08")),
             ("g3", "Incision remains free of signs of infection and patient reports pain 3/10 or less with "
                    "walking.", D("2026-05-11"))]
    gs = ccda_section("2.16.840.1.113883.10.20.22.2.60", "61146-7", "Goals", "Goals",
                      ccda_table(["Goal", "Target date"], [[(r, t), mdy(d)] for r, t, d in goals]),
                      "".join(ccda_goal(r, t, d) for r, t, d in goals))
    ivs = [("i1", "Physical therapy 2w6: gait training with walker, stair training, hip precautions, home exercise "
                  "program."),
           ("i2", "Skilled nursing 1w3: incision assessment, pain and anticoagulant teaching, medication "
                  "reconciliation."),
           ("i3", "Occupational therapy 1w3: lower-body dressing with adaptive equipment, tub-transfer bench.")]
    iv = ccda_section("2.16.840.1.113883.10.20.21.2.3", "62387-6", "Interventions Provided", "Interventions",
                      ccda_table(["Intervention (discipline, frequency)"], [[(r, t)] for r, t in ivs]),
                      "".join(ccda_intervention(r, t) for r, t in ivs))
    xml = ccda_doc("BHH-26-0413-7", "Home Health Plan of Care", soc,
                   dict(ids=[("2.16.840.1.113883.4.927", "8CU4VE1NP39"), ("2.16.840.1.113883.19.5", "BHH-30455")],
                        given="Leopold", family="Szymanski", gender="M", birth="19410322"),
                   people, (soc, cert_end), (soc, "HH", "home health"),
                   [ccda_payer("pay1", "Medicare Part A", "8CU4VE1NP39", "2.16.840.1.113883.4.927", "Medicare"),
                    hc, gs, iv])
    save_text(fname(p), xml)


# ==============================================================================================
# State SUD licensure profiles, checked with --payer base-treatment-plan
# ==============================================================================================

def ny_checks(adm, plan_d, md):
    assert gap(adm, plan_d) <= LIM["ny_plan"] and gap(adm, md) <= LIM["ny_md"] and md >= plan_d


@plan(33, "docx", "base-treatment-plan", "2026-02-16", states=["ny-oasas-818"],
      gaps=[["date-inconsistent"]],
      notes="Gap: objective 2.2 has the target date 03/06/2025, a year before the 02/06/2026 plan (a year typo). "
            "Timing is otherwise in order (plan 4 days, physician 7 days after admission). Layout: header table "
            "with unit and IDs, ASAM dimension table, problem table with methods/responsible staff columns, "
            "patient-rights boilerplate.")
def n33(p):
    adm, plan_d, md, as_of = D("2026-02-02"), D("2026-02-06"), D("2026-02-09"), D(p["as_of"])
    ny_checks(adm, plan_d, md)
    typo = D("2025-03-06")
    assert typo < plan_d
    doc = new_doc("Arial", 9)
    sec = doc.sections[0]
    hf_table(sec.header, [["HUDSON CREST ADDICTION TREATMENT CENTER\nInpatient Rehabilitation \u2014 Unit 3 North",
                           f"Patient: Ellery V. Stanhope\nDOB 05/05/1984   MR# HC-77310\nMedicaid CIN: XK48215L"]],
             size=8, widths=[3.6, 3.4])
    f = hf_lines(sec.footer, ["OASAS Part 818 inpatient rehabilitation \u2022 Comprehensive Treatment Plan \u2022 "],
                 size=7)
    page_field(f)
    P(doc, "**COMPREHENSIVE TREATMENT PLAN**", size=12, align="c")
    T(doc, [["Admission date", mdy(adm), "Plan date", mdy(plan_d)],
            ["Primary counselor", "Kendra Oyelaran, CASAC", "Attending physician", "Matthias Grunewald, MD"]], size=9)
    P(doc, f"**Diagnoses:** {icd('F10.20')} Alcohol dependence, uncomplicated; {icd('F17.210')} Nicotine dependence, "
           "cigarettes, uncomplicated.", before=6)
    P(doc, "**ASAM dimensions (admission assessment)**")
    T(doc, [["Dimension", "Risk", "Notes"],
            ["1 Withdrawal", "Low", "Completed detox 01/30/2026"], ["2 Biomedical", "Moderate", "Hypertension, "
                                                                                               "elevated liver enzymes"],
            ["3 Emotional/behavioral", "Moderate", "Depressed mood"], ["4 Readiness", "Moderate", "Ambivalent"],
            ["5 Relapse potential", "High", "3 prior treatment episodes"], ["6 Recovery environment", "High",
                                                                           "Lives with a drinking partner"]],
      header=True, size=8.5)
    P(doc, "**Problems, goals and methods**", before=6)
    T(doc, [["Problem", "Goal", "Objectives (target date)", "Methods / approaches", "Responsible"],
            ["1. Alcohol use with loss of control", "Remain abstinent and build a relapse-prevention plan",
             "1.1 Identify 5 personal triggers and a coping response for each (02/20/2026)\n1.2 Attend 5 mutual-help "
             "meetings per week on campus (03/02/2026)", "Group counseling daily; individual counseling 2x weekly; "
             "relapse-prevention workbook", "K. Oyelaran, CASAC"],
            ["2. Depressed mood", "Improve mood and sleep", f"2.1 PHQ-9 from 15 to below 10 (03/02/2026)\n2.2 Sleep 6 or "
             f"more hours on 5 of 7 nights per sleep log ({mdy(typo)})", "Psychiatric evaluation; CBT group 3x "
             "weekly", "M. Grunewald, MD; K. Oyelaran"],
            ["3. Unsafe housing", "Secure sober housing at discharge", "3.1 Complete 2 sober-housing applications "
             "(02/27/2026)", "Case management 1x weekly", "Case manager"]], header=True, size=8.5)
    P(doc, "**Signatures**", before=8)
    T(doc, [["Patient", "^^Ellery Stanhope^^", mdy(plan_d)],
            ["Responsible clinical staff", "^^Kendra Oyelaran^^, CASAC", mdy(plan_d)],
            ["Physician review", "^^M. Grunewald^^, MD", mdy(md)]], size=9)
    P(doc, "Patient rights: you have the right to participate in your treatment plan, to receive a copy, to "
           "refuse any treatment, and to file a grievance with the program director or with OASAS. Your records "
           "are protected by 42 CFR Part 2.", size=7.5, before=10)
    save_docx(doc, fname(p), "Comprehensive Treatment Plan", "Hudson Crest")


@plan(34, "docx", "base-treatment-plan", "2026-03-23", states=["ny-oasas-818"],
      gaps=[["plan-late"], ["signature-late"]],
      notes="Gaps: plan dated 03/13/2026, 11 days after the 03/02/2026 admission (7 allowed); the physician "
            "signed the same day, 11 days after admission (10 allowed). Layout: admission date, plan date and "
            "IDs only in the running header table; numbered problem sections; signature lines at the end.")
def n34(p):
    adm, plan_d, md, as_of = D("2026-03-02"), D("2026-03-13"), D("2026-03-13"), D(p["as_of"])
    assert gap(adm, plan_d) == 11 > LIM["ny_plan"] and gap(adm, md) == 11 > LIM["ny_md"]
    doc = new_doc("Cambria", 10)
    sec = doc.sections[0]
    hf_table(sec.header, [["Mohawk Valley Recovery Center", "Resident: Thaddeus Q. Merriweather", "DOB: 01/29/1979"],
                          [f"Admitted: {mdy(adm)}", "Member ID: MVR-55019-22", f"Plan completed: {mdy(plan_d)}"]],
             size=8)
    P(doc, "Individualized Treatment Plan \u2014 Inpatient Rehabilitation", size=13)
    P(doc, f"Diagnoses: {icd('F11.20')} Opioid dependence, uncomplicated (primary); {icd('F15.20')} Other stimulant "
           "dependence, uncomplicated.")
    P(doc, "Reason for delay: the resident was transferred to the hospital 03/04\u201303/09/2026 for cellulitis; "
           "the plan was completed after return.", size=9, color="7F7F7F")
    for n, (prob, goal, objs, methods) in enumerate([
            ("Opioid use", "Thaddeus will stay in treatment and begin buprenorphine maintenance.",
             ["Take buprenorphine as prescribed daily, 100% of doses observed, through 04/10/2026.",
              "Name 4 high-risk situations and a plan for each by 03/27/2026."],
             "Medication for opioid use disorder; individual counseling twice weekly; relapse-prevention group daily"),
            ("Stimulant use", "Thaddeus will stop methamphetamine use.",
             ["All urine drug screens negative for amphetamines through discharge (weekly random tests)."],
             "Contingency management; CBT group 3x weekly"),
            ("Employment", "Thaddeus will return to work after discharge.",
             ["Complete a resume and 2 job applications with vocational staff by 04/03/2026."],
             "Vocational counseling weekly")], start=1):
        fake_heading(doc, f"Problem {n}: {prob}")
        P(doc, f"Goal: {goal}")
        for k, o in enumerate(objs):
            P(doc, f"Objective {n}{'abc'[k]}: {o}", style="List Bullet")
        P(doc, f"Methods: {methods}")
    P(doc, "Signatures", size=11, before=10)
    P(doc, f"Responsible clinical staff member: ^^Anneliese Boateng^^, LMSW, CASAC-2    {mdy(plan_d)}")
    P(doc, f"Physician: ^^Rafael Ibsen^^, DO    {mdy(md)}")
    P(doc, f"Resident: ^^Thaddeus Merriweather^^    {mdy(plan_d)}")
    save_docx(doc, fname(p), "Individualized Treatment Plan", "Mohawk Valley")


@plan(35, "xml", "base-treatment-plan", "2026-02-02", states=["ny-oasas-818"], fmt="ccda",
      notes="Clean. C-CDA Care Plan for inpatient rehabilitation: admission in the encompassing encounter, "
            "plan date as document time, ICD-10-CM problems, goals, interventions, the counselor as author and "
            "authenticator and the physician (MD) as legal authenticator 7 days after admission.")
def n35(p):
    adm, plan_d, md, as_of = D("2026-01-19"), D("2026-01-23"), D("2026-01-26"), D(p["as_of"])
    ny_checks(adm, plan_d, md)
    people = (ccda_person("author", plan_d, "Soren", "Abernethy", "CASAC", npi("139502847"),
                          "Catskill Ridge Inpatient Rehabilitation")
              + '<custodian><assignedCustodian><representedCustodianOrganization><name>Catskill Ridge Inpatient '
                'Rehabilitation</name></representedCustodianOrganization></assignedCustodian></custodian>'
              + ccda_person("legalAuthenticator", md, "Ottilie", "Brandvold", "MD", npi("170394852"),
                            "Catskill Ridge Inpatient Rehabilitation")
              + ccda_person("authenticator", plan_d, "Soren", "Abernethy", "CASAC", npi("139502847"),
                            "Catskill Ridge Inpatient Rehabilitation"))
    pr = ccda_section("2.16.840.1.113883.10.20.22.2.5.1", "11450-4", "Problem list", "Problems / Diagnoses",
                      ccda_table(["Code", "Diagnosis"], [[icd("F10.20"), ("p1", "Alcohol dependence, uncomplicated")],
                                                        [icd("F12.20"), ("p2", "Cannabis dependence, uncomplicated")]]),
                      ccda_problem("p1", "F10.20", "Alcohol dependence, uncomplicated", D("2026-01-19"))
                      + ccda_problem("p2", "F12.20", "Cannabis dependence, uncomplicated", D("2026-01-19")))
    goals = [("g1", "Remain alcohol- and cannabis-free, with all breath and urine tests negative through discharge.",
              D("2026-02-20")),
             ("g2", "Write a relapse-prevention plan naming 5 triggers and 2 coping actions for each.", D("2026-02-06")),
             ("g3", "Arrange outpatient follow-up with an appointment date before discharge.", D("2026-02-18"))]
    gs = ccda_section("2.16.840.1.113883.10.20.22.2.60", "61146-7", "Goals", "Goals",
                      ccda_table(["Goal", "Target date"], [[(r, t), mdy(d)] for r, t, d in goals]),
                      "".join(ccda_goal(r, t, d) for r, t, d in goals))
    ivs = [("i1", "Group counseling (relapse prevention, CBT) 2 sessions daily, Monday to Friday."),
           ("i2", "Individual counseling with the primary counselor 2 times per week."),
           ("i3", "Family session weekly; discharge planning with the case manager weekly.")]
    iv = ccda_section("2.16.840.1.113883.10.20.21.2.3", "62387-6", "Interventions Provided", "Methods of treatment",
                      ccda_table(["Method"], [[(r, t)] for r, t in ivs]),
                      "".join(ccda_intervention(r, t) for r, t in ivs))
    xml = ccda_doc("CRIR-2026-0119-44", "Individualized Treatment Plan \u2014 Inpatient Rehabilitation", plan_d,
                   dict(ids=[("2.16.840.1.113883.3.9921.7", "EHP-66102983"), ("2.16.840.1.113883.19.5", "CR-10442")],
                        given="Marisela", family="Thorvaldsen", gender="F", birth="19900614"),
                   people, None, (adm, "IMP", "inpatient encounter"),
                   [ccda_payer("pay1", "Empire Hudson Health Plan (Medicaid managed care)", "EHP-66102983",
                               "2.16.840.1.113883.3.9921.7", "Medicaid managed care"), pr, gs, iv])
    save_text(fname(p), xml)


def fl_checks(adm, plan_d, level, qp, as_of):
    lim = LIM["fl_levels"].get(level.lower(), 30)
    assert gap(adm, plan_d) <= min(lim, 30), (adm, plan_d, level)
    assert 0 <= gap(plan_d, qp) <= LIM["fl_qp"] and qp <= as_of


@plan(36, "docx", "base-treatment-plan", "2026-02-09", states=["fl-65d-30"],
      notes="Clean (Residential Level 2, plan 10 days after admission, QP countersigned 5 days after the plan). "
            "Layout: facility fax cover sheet to the managed-care plan, then a master treatment plan with an "
            "objectives table (target-date column), a services table with frequencies and a signature table.")
def n36(p):
    adm, plan_d, qp, as_of = D("2026-01-12"), D("2026-01-22"), D("2026-01-27"), D(p["as_of"])
    fl_checks(adm, plan_d, "Residential Level 2", qp, as_of)
    doc = new_doc("Verdana", 9)
    P(doc, "Gulf Breeze Recovery \u2014 Residential Services", size=13, align="c")
    P(doc, "**FAX COVER**", size=20, align="c", before=6, after=6)
    T(doc, [["To", "Behavioral Health Utilization Management"], ["Fax", "(555) 018-3300"],
            ["From", "Utilization review coordinator, Gulf Breeze Recovery"], ["Date", mdy(D("2026-01-28"))],
            ["Pages", "4"], ["Subject", "Continued stay review \u2014 master treatment plan attached"]],
      widths=[1.2, 5.0], bold_col0=True)
    P(doc, CONFIDENTIAL, size=7, before=20)
    page_break(doc)
    P(doc, "**MASTER TREATMENT PLAN**", size=13, align="c")
    T(doc, [["Individual", "Jolene M. Faircloth", "Date of birth", "07/11/1992"],
            ["Medicaid ID", luhn_id("882046193"), "Client #", "GBR-4410"],
            ["Admission date", mdy(adm), "Level of care", "Residential Level 2"],
            ["Plan date", mdy(plan_d), "Primary counselor", "Darnell Wexford, CAC"]], size=8.5)
    P(doc, f"Diagnoses: {icd('F14.20')} Cocaine dependence, uncomplicated (primary); {icd('F10.20')} Alcohol "
           "dependence, uncomplicated.", before=6)
    P(doc, "**Problem 1 \u2014 Cocaine and alcohol use.** Goal: Jolene will stop using cocaine and alcohol and build "
           "a recovery routine.")
    T(doc, [["Objective", "Target date", "Tasks / interventions"],
            ["1a. Jolene will list 5 triggers for use and one coping response for each in her workbook.",
             mdy(D("2026-02-05")), "Relapse-prevention group; individual counseling"],
            ["1b. Jolene will have negative urine drug screens on all weekly random tests for 6 consecutive weeks.",
             mdy(D("2026-03-05")), "Random UDS weekly; counselor review"]], header=True, size=8.5)
    P(doc, "**Problem 2 \u2014 Parenting and family.** Goal: Jolene will regain unsupervised visits with her son.",
      before=4)
    T(doc, [["Objective", "Target date", "Tasks / interventions"],
            ["2a. Jolene will attend 8 of 8 scheduled parenting classes.", mdy(D("2026-03-12")), "Parenting group"],
            ["2b. Jolene will complete 2 supervised visits per month with no missed visits.", mdy(D("2026-03-19")),
             "Case management with child welfare"]], header=True, size=8.5)
    P(doc, "**Services**", before=4)
    T(doc, [["Service", "Frequency"], ["Individual counseling", "1 session per week"],
            ["Group counseling (relapse prevention, CBT)", "5 sessions per week"],
            ["Case management", "1 time per week"], ["Psychiatric medication review", "every 2 weeks"]],
      header=True, size=8.5)
    P(doc, "**Signatures**", before=6)
    T(doc, [["Individual", "^^Jolene Faircloth^^", mdy(plan_d)],
            ["Staff who developed the plan", "^^Darnell Wexford^^, CAC", mdy(plan_d)],
            ["Qualified professional review", "^^Simone Carraway^^, LMHC", mdy(qp)]], size=8.5)
    save_docx(doc, fname(p), "Master Treatment Plan", "Gulf Breeze Recovery")


@plan(37, "docx", "base-treatment-plan", "2026-02-23", states=["fl-65d-30"],
      gaps=[["plan-late"]],
      notes="Gap: Residential Level 1 plan dated 02/13/2026, 11 days after the 02/02/2026 admission (7 allowed). "
            "Layout: admission date and level of care sit in the running header table; goals as numbered "
            "paragraphs with indented lettered objectives; countersignature 3 days after the plan.")
def n37(p):
    adm, plan_d, qp, as_of = D("2026-02-02"), D("2026-02-13"), D("2026-02-16"), D(p["as_of"])
    assert gap(adm, plan_d) == 11 > LIM["fl_levels"]["residential level 1"]
    assert gap(plan_d, qp) <= LIM["fl_qp"]
    doc = new_doc("Calibri", 10)
    sec = doc.sections[0]
    hf_table(sec.header, [["Palmetto Pines Treatment Center", "Level of care: Residential Level 1",
                           f"Admission: {mdy(adm)}"],
                          ["Client: Beckett R. Ashcombe", "DOB 03/15/1998", "Medicaid ID " + luhn_id("551903487")]], size=8)
    f = hf_lines(sec.footer, ["65D-30 Individualized Treatment Plan \u2022 "], size=7, align="r")
    page_field(f)
    P(doc, "INDIVIDUALIZED TREATMENT PLAN", size=14, align="c")
    P(doc, f"Plan date: {mdy(plan_d)}", align="c")
    P(doc, f"Diagnosis: {icd('F11.20')} Opioid dependence, uncomplicated.", before=6)
    P(doc, "1. Goal: Beckett will remain free of opioid use and start medication for opioid use disorder.")
    P(doc, f"    a. Beckett will take extended-release naltrexone injections on schedule, 2 of 2 doses, by "
           f"{mdy(D('2026-03-13'))}.")
    P(doc, f"    b. Beckett will name 4 cravings-management skills and use one each day, logged, by {mdy(D('2026-02-27'))}.")
    P(doc, "2. Goal: Beckett will repair his relationship with his parents.")
    P(doc, f"    a. Beckett will take part in 3 family sessions by {mdy(D('2026-03-13'))}.")
    P(doc, "3. Goal: Beckett will have a safe place to live after treatment.")
    P(doc, f"    a. Beckett will submit 2 recovery-residence applications by {mdy(D('2026-03-06'))}.")
    P(doc, "Services: individual therapy 2x per week; process group daily (Mon\u2013Fri); family therapy weekly; "
           "case management weekly; medication management every 2 weeks.", before=6)
    P(doc, "Signatures", before=10)
    P(doc, f"Client: ^^Beckett Ashcombe^^ \u2014 {mdy(plan_d)}")
    P(doc, f"Counselor: ^^Yolanda Brightwater^^, CAP \u2014 {mdy(plan_d)}")
    P(doc, f"Qualified professional (countersignature): ^^Harlan Stroud^^, LCSW \u2014 {mdy(qp)}")
    save_docx(doc, fname(p), "Individualized Treatment Plan", "Palmetto Pines")


@plan(38, "docx", "base-treatment-plan", "2026-03-23", states=["fl-65d-30"],
      gaps=[["objective-not-time-bound"]],
      notes="Gap: objective 2b has no target date, and its goal is timed only 'by discharge', which sets no "
            "completion date for the step; every other objective is dated. Layout: outpatient plan with a "
            "goal/objective outline in a two-column table (labels left), services listed with frequency.")
def n38(p):
    adm, plan_d, qp, as_of = D("2026-03-03"), D("2026-03-12"), D("2026-03-16"), D(p["as_of"])
    fl_checks(adm, plan_d, "Outpatient", qp, as_of)
    doc = new_doc("Gill Sans MT", 10)
    P(doc, "SUNCOAST OUTPATIENT RECOVERY", size=14, color="2F5496", after=0)
    P(doc, "Treatment Plan \u2014 Outpatient Services", size=11, after=6)
    T(doc, [["Client", "Marcus D. Villanueva"], ["DOB", "09/02/1987"], ["Member ID", "SOR-338120-1"],
            ["Admission date", mdy(adm)], ["Level of care", "Outpatient"], ["Plan date", mdy(plan_d)]],
      widths=[1.6, 4.6], bold_col0=True, size=9)
    P(doc, f"Diagnoses: {icd('F12.20')} Cannabis dependence, uncomplicated; {icd('F10.10')} Alcohol abuse, "
           "uncomplicated.", before=6)
    T(doc, [["Goal 1", "Marcus will stop cannabis use to keep his commercial driver's license."],
            ["Objective 1a", f"Negative urine drug screens for THC on every weekly test for 4 consecutive weeks by "
                             f"{mdy(D('2026-04-30'))}."],
            ["Objective 1b", f"Replace evening use with a planned activity on at least 5 of 7 evenings per week, per "
                             f"his activity log, by {mdy(D('2026-04-09'))}."],
            ["Goal 2", "Marcus will cut down drinking and drink safely by discharge."],
            ["Objective 2a", f"Drink no more than 2 standard drinks on any day, per self-report and breathalyzer at "
                             f"sessions, for 4 consecutive weeks by {mdy(D('2026-05-07'))}."],
            ["Objective 2b", "Identify 3 situations where he drinks more than planned and a refusal skill for each."],
            ["Interventions", "CBT for substance use; motivational interviewing; relapse-prevention group."]],
      widths=[1.4, 5.0], bold_col0=True, size=9, col0_fill="DEEAF6")
    P(doc, "Services: individual counseling 1x per week; outpatient group 2x per week; random drug screen weekly.",
      before=6)
    P(doc, f"Client signature: ^^Marcus Villanueva^^   Date: {mdy(plan_d)}", before=8)
    P(doc, f"Counselor: ^^Priscilla Odom^^, CAP   Date: {mdy(plan_d)}")
    P(doc, f"Qualified professional: ^^Benedikt Lorne^^, LMHC   Date: {mdy(qp)}")
    save_docx(doc, fname(p), "Treatment Plan", "Suncoast Outpatient Recovery")


@plan(39, "docx", "base-treatment-plan", "2026-04-27", states=["fl-65d-30"],
      gaps=[["signature-missing"]],
      notes="Gap: the individual's signature and date lines are blank (staff and QP signed). Day or Night "
            "Treatment plan 8 days after admission (10 allowed). Layout: facts spread over a title block, a "
            "shaded 'level of care' box and a signature page after a page break with instructions.")
def n39(p):
    adm, plan_d, qp, as_of = D("2026-04-06"), D("2026-04-14"), D("2026-04-17"), D(p["as_of"])
    fl_checks(adm, plan_d, "Day or Night Treatment", qp, as_of)
    doc = new_doc("Corbel", 10.5)
    P(doc, "Coral Gate Day/Night Treatment Program", size=15, after=0)
    P(doc, f"Individualized Treatment Plan \u2022 prepared {mdy(plan_d)}", size=10, after=8)
    P(doc, "Individual served: **Rosalind K. Achebe-Moore**    Date of birth: 12/24/1995    Insurance ID: "
           "CGT-7710385")
    box = T(doc, [[f"Level of care: **Day or Night Treatment**        Admitted: {mdy(adm)}"]])
    shade(box.cell(0, 0), "EDEDED")
    P(doc, f"Diagnosis: {icd('F15.20')} Other stimulant dependence, uncomplicated (methamphetamine).", before=6)
    P(doc, "**Goal A.** Rosalind will stop methamphetamine use and stabilize sleep.")
    P(doc, f"A1. Negative drug screens on all twice-weekly tests for 4 consecutive weeks by {mdy(D('2026-05-22'))}.",
      style="List Bullet")
    P(doc, f"A2. Sleep 7 or more hours on 5 of 7 nights per sleep log by {mdy(D('2026-05-08'))}.", style="List Bullet")
    P(doc, "**Goal B.** Rosalind will return to her job at the bakery.")
    P(doc, f"B1. Work at least 3 shifts per week, confirmed with her supervisor, by {mdy(D('2026-05-15'))}.",
      style="List Bullet")
    P(doc, "**Services and frequency:** day treatment program 5 days per week (group therapy, skills groups); "
           "individual therapy 1x per week; psychiatric follow-up every 2 weeks; peer support 2x per week.")
    page_break(doc)
    P(doc, "**Signature page**", size=12)
    P(doc, "Instructions: the individual and the staff member who developed the plan sign and date below. A "
           "qualified professional countersigns within 10 days when required.", size=8.5)
    T(doc, [["", "Signature", "Date"],
            ["Individual served", "", ""],
            ["Staff (plan author)", "^^Maribel Quintero^^, CAC", mdy(plan_d)],
            ["Qualified professional", "^^Desmond Ahlberg^^, LCSW", mdy(qp)]], header=True, widths=[1.9, 3.2, 1.3])
    save_docx(doc, fname(p), "Individualized Treatment Plan", "Coral Gate")


def ca_checks(adm, plan_d, sup, md, reviews_chain, as_of):
    """reviews_chain: admission, completed updates..., next scheduled update; each step <= 92 days."""
    assert gap(adm, plan_d) <= LIM["ca_plan"] or plan_d in reviews_chain
    for a, b in zip(reviews_chain, reviews_chain[1:]):
        assert 0 < gap(a, b) <= LIM["ca_review"], (a, b)
    assert 0 <= gap(plan_d, sup) <= LIM["ca_sign"]


@plan(40, "docx", "base-treatment-plan", "2026-03-02", states=["ca-title9-ntp"],
      unsure=["plan-late"],
      notes="Clean quarterly NTP plan update (admission 06/02/2025; initial plan 06/23/2025; updates 08/25/2025, "
            "11/17/2025 and this one 02/09/2026; next update due 05/04/2026, every step 84 days). Supervising "
            "counselor and medical director countersigned 4 and 9 days after the update. Layout: review log "
            "with several dated entries, short-term goals with previous ones marked Achieved. plan-late left "
            "out as unsure: the initial plan was timely but this update is months after admission.")
def n40(p):
    adm, first, u1, u2, plan_d, nxt = (D("2025-06-02"), D("2025-06-23"), D("2025-08-25"), D("2025-11-17"),
                                        D("2026-02-09"), D("2026-05-04"))
    sup, md, as_of = D("2026-02-13"), D("2026-02-18"), D(p["as_of"])
    assert gap(adm, first) <= LIM["ca_plan"]
    ca_checks(adm, plan_d, sup, md, [adm, u1, u2, plan_d, nxt], as_of)
    assert gap(plan_d, md) <= LIM["ca_sign"] and as_of < nxt
    doc = new_doc("Arial", 9.5)
    P(doc, "GOLDEN VALLEY NARCOTIC TREATMENT PROGRAM", size=13, align="c", after=0)
    P(doc, "Treatment Plan \u2014 Quarterly Update (Title 9, \u00a710305)", size=10.5, align="c", after=8)
    T(doc, [["Patient", "Dolores I. Carrington", "DOB", "04/04/1974"],
            ["Medi-Cal CIN", "91047735A", "Chart #", "GV-2201"],
            ["Admission (maintenance start)", mdy(adm), "Initial plan", mdy(first)],
            ["This update", mdy(plan_d), "Next update due", mdy(nxt)],
            ["Medication", "Methadone 85 mg daily", "Take-homes", "Step 2 (2 per week)"]], size=8.5)
    P(doc, f"Diagnosis: {icd('F11.20')} Opioid dependence, uncomplicated.", before=6)
    P(doc, "**Review log**")
    T(doc, [["Date", "Action", "By"],
            [mdy(first), "Initial treatment plan", "R. Mendoza, CADC-II"],
            [mdy(u1), "Quarterly update completed", "R. Mendoza, CADC-II"],
            [mdy(u2), "Quarterly update completed", "R. Mendoza, CADC-II"],
            [mdy(plan_d), "Quarterly update completed (this plan)", "R. Mendoza, CADC-II"],
            [mdy(nxt), "Next quarterly update due", ""]], header=True, size=8.5)
    P(doc, "**Long-term goal:** Dolores will stay on methadone maintenance, stop all illicit drug use and keep "
           "stable housing and work.", before=6)
    P(doc, "**Short-term goals**")
    T(doc, [["#", "Short-term goal", "Target date", "Status"],
            ["1", "Negative urine tests for fentanyl at each monthly test for 3 months", "11/17/2025", "Achieved"],
            ["2", "Enroll in GED classes", "11/17/2025", "Achieved"],
            ["3", "Negative urine tests for all illicit drugs on every monthly test through the next update",
             mdy(nxt), "Active"],
            ["4", "Attend 10 of 12 GED class sessions this quarter", mdy(D("2026-04-27")), "Active"],
            ["5", "Earn take-home step 3 by meeting all criteria", mdy(D("2026-04-06")), "Active"]],
      header=True, size=8.5)
    P(doc, "Services: methadone dosing daily; individual counseling 2 sessions per month (50 minutes); "
           "medical review quarterly.")
    P(doc, "**Signatures**", before=6)
    T(doc, [["Primary counselor", "^^Rosal\u00eda Mendoza^^, CADC-II", mdy(plan_d)],
            ["Patient", "^^Dolores Carrington^^", mdy(plan_d)],
            ["Supervising counselor (review)", "^^Nathaniel Oduya^^, LMFT", mdy(sup)],
            ["Medical director (review)", "^^Hyun-woo Baek^^, MD", mdy(md)]], size=8.5)
    save_docx(doc, fname(p), "Quarterly Treatment Plan Update", "Golden Valley NTP")


@plan(41, "docx", "base-treatment-plan", "2026-03-02", states=["ca-title9-ntp"],
      gaps=[["signature-late"], ["diagnosis-code-invalid", "diagnosis-code-not-billable"]],
      notes="Gaps: the medical director countersigned 02/19/2026, 24 days after the 01/26/2026 plan (14 allowed); "
            "the diagnosis is written 'F11.200', which is not an ICD-10-CM code (not-billable accepted too). "
            "Layout: initial NTP plan with a signature table whose dates sit in a separate column.")
def n41(p):
    adm, plan_d, sup, md, nxt, as_of = (D("2026-01-05"), D("2026-01-26"), D("2026-01-30"), D("2026-02-19"),
                                        D("2026-04-03"), D(p["as_of"]))
    ca_checks(adm, plan_d, sup, md, [adm, nxt], as_of)
    assert gap(plan_d, md) == 24 > LIM["ca_sign"] and as_of < nxt
    doc = new_doc("Calibri", 10)
    P(doc, "**Sierra Vista Narcotic Treatment Program**", size=14, color="806000")
    P(doc, "Initial Maintenance Treatment Plan")
    T(doc, [["Name", "Gilberto A. Santangelo"], ["Date of birth", "11/19/1981"], ["Medi-Cal CIN", "90387412C"],
            ["Maintenance admission", mdy(adm)], ["Plan effective date", mdy(plan_d)],
            ["Next plan update", mdy(nxt)]], widths=[2.0, 4.0], bold_col0=True, size=9.5)
    P(doc, f"Diagnosis: {icd('F11.200', 'invalid')} Opioid use disorder, severe.", before=6)
    P(doc, "Assessment summary: 12-year history of heroin then fentanyl use; two prior overdoses; unemployed; "
           "staying with his brother.")
    P(doc, "**Long-term goals**")
    P(doc, "1. Gilberto will stop using illicit opioids and reach a stable methadone dose.", style="List Number")
    P(doc, "2. Gilberto will find steady work.", style="List Number")
    P(doc, "**Short-term goals (with target dates)**")
    P(doc, f"1a. Reach a dose with no withdrawal symptoms (COWS under 5) at 3 consecutive weekly checks by {mdy(D('2026-02-27'))}.",
      style="List Bullet")
    P(doc, f"1b. Two consecutive monthly urine tests negative for fentanyl by {mdy(D('2026-03-31'))}.", style="List Bullet")
    P(doc, f"2a. Register with the workforce center and attend 2 job-readiness sessions by {mdy(D('2026-03-20'))}.",
      style="List Bullet")
    P(doc, "Services: methadone dosing daily; individual counseling 4 sessions per month; naloxone kit issued.")
    P(doc, "**Review and signatures**", before=6)
    T(doc, [["Role", "Name / credential", "Signed", "Date"],
            ["Primary counselor", "Imelda Fonseca, RADT-II", "^^I. Fonseca^^", mdy(plan_d)],
            ["Patient", "Gilberto A. Santangelo", "^^G. Santangelo^^", mdy(plan_d)],
            ["Supervising counselor", "Quentin Harrow, CADC-III", "^^Q. Harrow^^", mdy(sup)],
            ["Medical director", "Leontyne Marsh, MD", "^^L. Marsh, MD^^", mdy(md)]], header=True, size=9)
    save_docx(doc, fname(p), "Initial Maintenance Treatment Plan", "Sierra Vista NTP")


@plan(42, "docx", "base-treatment-plan", "2026-02-10", states=["ca-title9-ntp"],
      gaps=[["review-overdue"], ["field-missing"]],
      notes="Gaps: the plan update due 01/15/2026 has passed with no update recorded (as-of 02/10/2026); the "
            "plan gives no member/insurance ID (only name and date of birth). Layout: one-page form with "
            "underlined fill-in lines and check boxes; signatures in a three-column footer-style table.")
def n42(p):
    adm, plan_d, sup, md, nxt, as_of = (D("2025-10-20"), D("2025-11-10"), D("2025-11-14"), D("2025-11-18"),
                                        D("2026-01-15"), D(p["as_of"]))
    ca_checks(adm, plan_d, sup, md, [adm, nxt], as_of)
    assert gap(plan_d, md) <= LIM["ca_sign"] and as_of > nxt
    doc = new_doc("Times New Roman", 11)
    P(doc, "PACIFIC CREST OPIOID TREATMENT PROGRAM", size=13, align="c", after=0)
    P(doc, "Patient Treatment Plan", size=12, align="c", after=10)
    P(doc, "Patient name: __Wendell F. Oyelowo__________   Date of birth: __02/08/1969__")
    P(doc, f"Admission date: __{mdy(adm)}__   Date of plan: __{mdy(plan_d)}__   Plan update due: __{mdy(nxt)}__")
    P(doc, f"Medication: {checkbox(True)} Methadone  {checkbox(False)} Buprenorphine    Current dose: 70 mg")
    P(doc, f"Diagnosis (ICD-10-CM): __{icd('F11.20')} Opioid dependence, uncomplicated__")
    P(doc, "Long-term goal: __Stop heroin use and keep my apartment.__", before=6)
    P(doc, "Short-term goals:")
    P(doc, f"  1) Urine tests negative for opiates other than methadone on 3 consecutive monthly tests by __{mdy(D('2026-01-12'))}__")
    P(doc, f"  2) Pay rent on time each month, shown by receipts, for 2 consecutive months by __{mdy(D('2025-12-31'))}__")
    P(doc, f"  3) Attend 6 of 8 counseling sessions by __{mdy(D('2026-01-09'))}__")
    P(doc, "Services / frequency: dosing daily; individual counseling 2x per month; group 1x per week.")
    P(doc, "")
    T(doc, [["Counselor", "Clinical supervisor", "Medical director"],
            ["^^Annika Solberg^^, CADC-II", "^^Rupert Haines^^, LCSW", "^^Farida Nouri^^, DO"],
            [mdy(plan_d), mdy(sup), mdy(md)]], header=True)
    P(doc, f"Patient signature: ^^Wendell Oyelowo^^     Date: {mdy(plan_d)}", before=6)
    save_docx(doc, fname(p), "Patient Treatment Plan", "Pacific Crest OTP")


@plan(43, "docx", "base-treatment-plan", "2026-03-02", states=["tx-26tac-564"],
      notes="Clean residential plan (projected length of stay 28 days). Layout: problem/goal/objective/strategy "
            "blocks as a four-row table per problem; strategies with type and frequency; client and LCDC "
            "signatures with an acknowledgement paragraph; grievance-procedure boilerplate.")
def n43(p):
    adm, plan_d, dc, as_of = D("2026-02-16"), D("2026-02-20"), D("2026-03-16"), D(p["as_of"])
    assert gap(adm, dc) == 28 and plan_d <= as_of
    doc = new_doc("Calibri", 10)
    P(doc, "Lone Star Recovery Services", size=15, color="C00000", after=0)
    P(doc, "Chemical Dependency Treatment \u2014 Individualized Treatment Plan", size=11, after=6)
    T(doc, [["Client", "Travis O. Brennaman", "DOB", "06/06/1990"],
            ["Member ID", "LSR-TX-884102", "Admission", mdy(adm)],
            ["Plan date", mdy(plan_d), "Projected length of stay", f"28 days (anticipated discharge {mdy(dc)})"]],
      size=9)
    P(doc, f"Diagnosis: {icd('F10.20')} Alcohol dependence, uncomplicated.", before=6)
    blocks = [
        ("Problem 1: Daily drinking; two DWI arrests.", "Goal 1: Travis will stay sober and plan for sober driving.",
         [f"1.1 Travis will list 6 relapse warning signs and a response to each in writing by {mdy(D('2026-02-27'))}.",
          f"1.2 Travis will attend 4 of 4 weekly DWI-education sessions by {mdy(D('2026-03-13'))}."],
         "Individual counseling 2x weekly; relapse-prevention group daily (Mon-Fri); DWI education 1x weekly"),
        ("Problem 2: Conflict with wife about drinking.", "Goal 2: Travis will rebuild trust at home.",
         [f"2.1 Travis and his wife will attend 2 family sessions by {mdy(D('2026-03-12'))}."],
         "Family counseling 1x weekly"),
        ("Problem 3: No aftercare plan.", "Goal 3: Travis will leave with an aftercare plan.",
         [f"3.1 Travis will schedule an intake with an outpatient provider and name 2 sober supports by "
          f"{mdy(D('2026-03-13'))}."], "Case management 1x weekly"),
    ]
    for prob, goal, objs, strat in blocks:
        T(doc, [[f"**{prob}**"], [goal], ["Objectives:\n" + "\n".join(objs)], [f"Strategies: {strat}"]], size=9)
        P(doc, "", after=2)
    P(doc, "I helped write this plan, I agree with it, and I received a copy.", before=6)
    P(doc, f"Client: ^^Travis Brennaman^^      Date: {dmy(plan_d)}")
    P(doc, f"Counselor: ^^Marisol Treviño^^, LCDC      Date: {mdy(plan_d)}")
    P(doc, "Client grievances may be filed with the program director or with the Texas Health and Human "
           "Services Commission complaint line. Services are provided without discrimination.", size=7.5, before=10)
    save_docx(doc, fname(p), "Individualized Treatment Plan", "Lone Star Recovery")


@plan(44, "yaml", "base-treatment-plan", "2026-04-20", states=["tx-26tac-564"], fmt="native",
      notes="Clean. Native YAML plan for intensive outpatient services: objectives with target dates, "
            "interventions with frequencies, expected duration, client and counselor signatures.")
def n44(p):
    adm, plan_d = D("2026-04-01"), D("2026-04-06")
    assert plan_d <= D(p["as_of"])
    text = f"""schema: authcheck-plan/1
patient:
  name: Lucinda May Harwell
  birth_date: 1985-10-17
  member_id: "BBN-40022871"
payer: Bluebonnet Community Health Plan
program: Bluebonnet Chemical Dependency Center - intensive outpatient
discipline: sud
level_of_care: intensive outpatient
admission_date: {iso(adm)}
plan_date: {iso(plan_d)}
expected_duration: 10 weeks (through 2026-06-12)
diagnoses:
  - {{code: {icd("F13.20")}, description: "Sedative, hypnotic or anxiolytic dependence, uncomplicated", primary: true}}
problems:
  - label: Problem 1
    statement: Benzodiazepine misuse after a prescription ended
    goals:
      - statement: Lucinda will stop using non-prescribed benzodiazepines.
        objectives:
          - statement: Lucinda will have negative urine screens for benzodiazepines on all weekly tests for 6 consecutive weeks.
            target_date: 2026-05-29
          - statement: Lucinda will practice 2 anxiety-management skills on at least 5 of 7 days, per her skills log.
            target_date: 2026-05-08
        interventions:
          - {{description: IOP group (CBT and relapse prevention), frequency: 3 times per week, amount: 3 hours}}
          - {{description: Individual counseling, frequency: weekly, amount: 50 minutes}}
  - label: Problem 2
    statement: Sleep problems since stopping
    goals:
      - statement: Lucinda will sleep without pills.
        objectives:
          - statement: Lucinda will sleep 6 or more hours on 5 of 7 nights, per sleep diary.
            target_date: 2026-06-05
        interventions:
          - {{description: Sleep hygiene and CBT-I skills in individual counseling, frequency: weekly}}
signatures:
  - {{role: client, name: Lucinda May Harwell, date: {iso(plan_d)}, method: handwritten}}
  - {{role: clinician, name: Jerome Castellanos, credential: LCDC, date: {iso(plan_d)}, method: handwritten}}
"""
    save_text(fname(p), text)


@plan(45, "docx", "base-treatment-plan", "2026-03-23", states=["tx-26tac-564"],
      gaps=[["objective-not-measurable"], ["objective-missing"]],
      notes="Gaps: objective 1B 'Client will gain insight into his triggers' names no measure or level; goal 3 "
            "(housing) has no objectives at all. Layout: landscape grid with one row per objective and "
            "repeated goal text, signature boxes side by side at the bottom.")
def n45(p):
    adm, plan_d, as_of = D("2026-03-09"), D("2026-03-13"), D(p["as_of"])
    assert adm <= plan_d <= as_of
    doc = new_doc("Arial", 9, margin=0.6, landscape=True)
    P(doc, "**BRAZOS RIVER TREATMENT CENTER \u2014 TREATMENT PLAN**", size=12)
    P(doc, f"Client: Emmitt J. Rawlings   DOB: 08/08/1996   Medicaid #: 720194558   Admitted: {mdy(adm)}   "
           f"Plan date: {mdy(plan_d)}   Projected length of stay: 45 days (residential)")
    P(doc, f"Diagnoses: {icd('F15.20')} Other stimulant dependence, uncomplicated; {icd('F12.20')} Cannabis "
           "dependence, uncomplicated.")
    T(doc, [["Goal", "Objective", "Target date", "Strategy (type / frequency)", "Staff"],
            ["1. Stop methamphetamine and cannabis use", "1A. All urine drug screens negative for 30 consecutive days",
             mdy(D("2026-04-13")), "Random UDS 2x weekly; relapse-prevention group daily", "Primary counselor"],
            ["1. Stop methamphetamine and cannabis use", "1B. Client will gain insight into his triggers",
             mdy(D("2026-04-03")), "Individual counseling 2x weekly", "Primary counselor"],
            ["2. Manage anger without violence", "2A. Use a time-out or breathing skill in 4 of 5 role-plays, "
             "rated by the group facilitator", mdy(D("2026-04-10")), "Anger-management group 3x weekly",
             "Group facilitator"],
            ["3. Have a safe, sober place to live after discharge", "", "", "Case management weekly",
             "Case manager"]], header=True, size=8.5, header_fill="D9D9D9", widths=[2.2, 3.0, 1.0, 2.6, 1.2])
    P(doc, "")
    T(doc, [[f"Client signature\n^^Emmitt Rawlings^^\nDate: {mdy(plan_d)}",
             f"Counselor signature\n^^Cordelia Ames^^, LCDC\nDate: {mdy(plan_d)}",
             f"Clinical director review\n^^Harvey Lindqvist^^, LPC-S\nDate: {mdy(D('2026-03-16'))}"]])
    save_docx(doc, fname(p), "Treatment Plan", "Brazos River TC")


# ==============================================================================================
# main
# ==============================================================================================

def main():
    for f in os.listdir(OUT):
        if re.match(r"n\d\d_", f):
            os.remove(os.path.join(OUT, f))
    nums = [p["num"] for p in PLANS]
    assert nums == sorted(nums) and len(set(nums)) == len(nums)
    labels = []
    for p in PLANS:
        p["fn"](p)
        labels.append(label(p))
    check_icd()
    for lab in labels:
        assert os.path.exists(os.path.join(OUT, lab["file"])), lab["file"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    clean = sum(1 for lab in labels if not lab["must_report"])
    print(f"wrote {len(labels)} plans ({clean} clean) and labels.json")


if __name__ == "__main__":
    main()
