#!/usr/bin/env python3
"""Blind plan set 41 ("ah"): layout of home-made and agency Word templates.

Writes every plan (DOCX) and labels.json into the folder of this script. Deterministic: run it twice
and the files are byte-identical. Everything is invented: people, agencies, identifiers.

    /work/main/.venv/bin/python make_plans.py
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Inches, Emu

OUT = os.path.dirname(os.path.abspath(__file__))

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ALL_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


# ----------------------------------------------------------------------------------------------
# dates, NPIs
# ----------------------------------------------------------------------------------------------
def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fmt(d, style="us"):
    if d is None:
        return ""
    if isinstance(d, str):
        return d
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us1":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us2":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "abbr":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "dmon":
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"
    if style == "dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    raise ValueError(style)


def luhn_digit(s: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return (10 - total % 10) % 10


def npi(base9: str, valid=True) -> str:
    assert len(base9) == 9 and base9[0] in "12"
    c = luhn_digit("80840" + base9)
    if not valid:
        c = (c + 4) % 10
    return base9 + str(c)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and n[0] in "12" and luhn_digit("80840" + n[:9]) == int(n[9])


assert npi("123456789") == "1234567893"  # the CMS worked example


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


# ----------------------------------------------------------------------------------------------
# low-level docx helpers
# ----------------------------------------------------------------------------------------------
GREY = RGBColor(0x80, 0x80, 0x80)


def run(p, text, bold=False, italic=False, size=None, color=None, caps=False, underline=False, font=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if underline:
        r.underline = True
    if size:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    if caps:
        r.font.all_caps = True
    if font:
        r.font.name = font
    return r


def para(container, parts=None, style=None, align=None, space_after=None, bold=False, italic=False, size=None,
         color=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if parts is None:
        parts = []
    if isinstance(parts, str):
        parts = [(parts, {})]
    for t in parts:
        if isinstance(t, str):
            run(p, t, bold=bold, italic=italic, size=size, color=color)
        else:
            text, kw = t
            kw = dict(kw)
            kw.setdefault("bold", bold)
            kw.setdefault("italic", italic)
            kw.setdefault("size", size)
            kw.setdefault("color", color)
            run(p, text, **kw)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def instr(container, text, size=8.5):
    """An instruction left in the template: italic, grey."""
    return para(container, [(text, {"italic": True, "color": GREY, "size": size})])


def lv(container, pairs, sep="   ", size=None, label_bold=True, colon=":"):
    """'Label: value' pairs on one line."""
    p = container.add_paragraph()
    for i, (lab, val) in enumerate(pairs):
        if i:
            run(p, sep, size=size)
        run(p, f"{lab}{colon} ", bold=label_bold, size=size)
        run(p, val, size=size)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_write(cell, parts, size=None, bold=False, italic=False, color=None, align=None):
    """parts: str (newlines split paragraphs) or list of paragraphs, each str or list of (text, kw)."""
    if isinstance(parts, str):
        parts = parts.split("\n")
    first = True
    for ptxt in parts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if isinstance(ptxt, str):
            ptxt = [(ptxt, {})]
        for t in ptxt:
            if isinstance(t, str):
                t = (t, {})
            text, kw = t
            kw = dict(kw)
            kw.setdefault("bold", bold)
            kw.setdefault("italic", italic)
            kw.setdefault("size", size)
            kw.setdefault("color", color)
            run(p, text, **kw)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


def table(container, rows, cols, style="Table Grid"):
    t = container.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    return t


def heading_row(t, text, fill="D9D9D9", size=10, caps=True, color=None):
    """A section heading typed as a shaded, merged table row."""
    row = t.add_row()
    c = row.cells[0].merge(row.cells[-1])
    cell_write(c, [[(text, {"bold": True, "size": size, "caps": caps, "color": color})]])
    shade(c, fill)
    return c


def merged_row(t, text, size=None, italic=False, bold=False):
    row = t.add_row()
    c = row.cells[0].merge(row.cells[-1])
    cell_write(c, text, size=size, italic=italic, bold=bold)
    return c


def set_col_widths(t, widths_in):
    for row in t.rows:
        for i, w in enumerate(widths_in):
            if i < len(row.cells):
                row.cells[i].width = Inches(w)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if h > w:
        section.page_width, section.page_height = h, w


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    w, h = section.page_width, section.page_height
    if w > h:
        section.page_width, section.page_height = h, w


def set_cols(section, num, space=432):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space))


def column_break(container):
    p = container.add_paragraph()
    p.add_run().add_break(WD_BREAK.COLUMN)


def page_field(p, prefix="Page "):
    run(p, prefix, size=8)
    p._p.append(parse_xml(f'<w:fldSimple {W_NS} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))
    run(p, " of ", size=8)
    p._p.append(parse_xml(f'<w:fldSimple {W_NS} w:instr=" NUMPAGES "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>3</w:t></w:r></w:fldSimple>'))


def sdt_inline(p, alias, text, date=None, sid=1):
    """A content control (plain text or date picker) holding text, inside paragraph p."""
    datepr = ""
    if date is not None:
        datepr = (f'<w:date w:fullDate="{date.isoformat()}T00:00:00Z"><w:dateFormat w:val="M/d/yyyy"/>'
                  '<w:lid w:val="en-US"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    xml = (f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(alias.lower().replace(" ", "_"))}"/>'
           f'<w:id w:val="{sid}"/>{datepr}</w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
           '</w:sdtContent></w:sdt>')
    p._p.append(parse_xml(xml))


def ins_run(p, text, author, when, rid):
    p._p.append(parse_xml(
        f'<w:ins {W_NS} w:id="{rid}" w:author="{escape(author)}" w:date="{when}T09:00:00Z"><w:r>'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))


def del_run(p, text, author, when, rid):
    p._p.append(parse_xml(
        f'<w:del {W_NS} w:id="{rid}" w:author="{escape(author)}" w:date="{when}T09:00:00Z"><w:r>'
        f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def frame_para(container, lines, x_twips=7200, width_twips=3600, border=True, size=9):
    """Paragraphs positioned in a Word frame (w:framePr) at the right of the page."""
    out = []
    for i, line in enumerate(lines):
        p = container.add_paragraph()
        pPr = p._p.get_or_add_pPr()
        fp = OxmlElement("w:framePr")
        fp.set(qn("w:w"), str(width_twips))
        fp.set(qn("w:hSpace"), "180")
        fp.set(qn("w:wrap"), "around")
        fp.set(qn("w:vAnchor"), "text")
        fp.set(qn("w:hAnchor"), "margin")
        fp.set(qn("w:x"), str(x_twips))
        fp.set(qn("w:y"), "1")
        pPr.insert(0, fp)
        if border:
            bdr = parse_xml(f'<w:pBdr {W_NS}><w:top w:val="single" w:sz="4" w:space="1" w:color="auto"/>'
                            '<w:left w:val="single" w:sz="4" w:space="4" w:color="auto"/>'
                            '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/>'
                            '<w:right w:val="single" w:sz="4" w:space="4" w:color="auto"/></w:pBdr>')
            pPr.append(bdr)
        if isinstance(line, str):
            line = [(line, {})]
        for text, kw in line:
            kw = dict(kw)
            kw.setdefault("size", size)
            run(p, text, **kw)
        out.append(p)
    return out


def _txbx_paras(lines):
    xs = []
    for line in lines:
        if isinstance(line, str):
            line = [(line, {})]
        rs = ""
        for text, kw in line:
            rpr = ""
            if kw.get("bold"):
                rpr += "<w:b/>"
            if kw.get("italic"):
                rpr += "<w:i/>"
            sz = kw.get("size", 9)
            rpr += f'<w:sz w:val="{int(sz * 2)}"/>'
            rs += f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
        xs.append(f"<w:p>{rs}</w:p>")
    return "".join(xs)


_shape_id = [100]


def textbox(p, lines, x_in=0.0, y_in=0.0, w_in=3.2, h_in=1.3, fallback=True, vml_only=False):
    """A floating text box anchored in paragraph p: DrawingML (wps) with a VML fallback, as Word writes it,
    or VML only (as older templates have)."""
    _shape_id[0] += 1
    sid = _shape_id[0]
    body = _txbx_paras(lines)
    cx, cy = int(w_in * 914400), int(h_in * 914400)
    x, y = int(x_in * 914400), int(y_in * 914400)
    vml = (f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="Text Box {sid}" o:spid="_x0000_s{1024 + sid}" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:{x_in * 72:.0f}pt;margin-top:{y_in * 72:.0f}pt;width:{w_in * 72:.0f}pt;height:{h_in * 72:.0f}pt;z-index:{sid};mso-wrap-style:square" '
           f'strokeweight=".5pt"><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox>'
           f'<w10:wrap type="square"/></v:shape></w:pict>')
    if vml_only:
        xml = f"<w:r {ALL_NS}>{vml}</w:r>"
    else:
        drawing = (
            f'<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
            f'relativeHeight="{251658240 + sid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
            f'<wp:docPr id="{sid}" name="Text Box {sid}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
            f'<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
            f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">'
            f'<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
        if fallback:
            xml = (f'<w:r {ALL_NS}><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
                   f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>')
        else:
            xml = f"<w:r {ALL_NS}>{drawing}</w:r>"
    p._p.append(parse_xml(xml))


# Word numbering --------------------------------------------------------------------------------
def add_numbering(doc, abstract_id, levels):
    """levels: list of (numFmt, lvlText, indent_twips, font_or_None). Returns numId."""
    numbering = doc.part.numbering_part.element
    lv_xml = ""
    for i, (nfmt, text, ind, font) in enumerate(levels):
        rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font else ""
        lv_xml += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{nfmt}"/><w:lvlText w:val="{escape(text)}"/>'
                   f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{ind}" w:hanging="360"/></w:pPr>{rpr}</w:lvl>')
    absx = parse_xml(f'<w:abstractNum {W_NS} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="hybridMultilevel"/>{lv_xml}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absx)
    else:
        numbering.append(absx)
    num_id = abstract_id + 100
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def numbered(container, text_parts, num_id, ilvl=0, size=None):
    p = para(container, text_parts, size=size)
    pPr = p._p.get_or_add_pPr()
    numPr = parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    pPr.insert(0, numPr)
    return p


# save ------------------------------------------------------------------------------------------
def stable_save(doc, path, when: dt.date, author: str, title: str):
    cp = doc.core_properties
    stamp = dt.datetime(when.year, when.month, when.day, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = stamp
    cp.modified = stamp
    cp.last_printed = stamp
    cp.revision = 1
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ----------------------------------------------------------------------------------------------
# plan data helpers
# ----------------------------------------------------------------------------------------------
def G(problem, goal, gdays=None, baseline=None, mastery=None, objectives=(), interventions=(), domain=None,
      gdate_text=None, status=None):
    return dict(problem=problem, goal=goal, gdays=gdays, baseline=baseline, mastery=mastery,
                objectives=list(objectives), interventions=list(interventions), domain=domain,
                gdate_text=gdate_text, status=status)


def O(text, days=None, baseline=None, date_text=None):
    return dict(text=text, days=days, baseline=baseline, date_text=date_text)


def S(code, desc, freq=None, amount=None, dur=None, hpw=None, units=None):
    return dict(code=code, desc=desc, freq=freq, amount=amount, dur=dur, hpw=hpw, units=units)


def SIG(role, name=None, cred=None, date=None, mode="typed", npi_=None, note=None, kind="clinician", in_footer=False):
    return dict(role=role, name=name, cred=cred, date=date, mode=mode, npi=npi_, note=note, kind=kind,
                in_footer=in_footer)


def resolve(p):
    """Compute the goals' and objectives' target dates from the plan date."""
    pd_ = p["plan_date"]
    for g in p["goals"]:
        g["gdate"] = pd_ + dt.timedelta(days=g["gdays"]) if g["gdays"] is not None else None
        for o in g["objectives"]:
            o["date"] = pd_ + dt.timedelta(days=o["days"]) if o["days"] is not None else None
    return p


def sig_name(s):
    if not s["name"]:
        return ""
    return f"{s['name']}, {s['cred']}" if s["cred"] else s["name"]


def sig_mark(s, df):
    """What is written where the signature goes."""
    m = s["mode"]
    if m == "blank":
        return ""
    if m == "pending":
        return "Pending signature"
    if m == "esign":
        when = f" on {fmt(s['date'], df)} 10:14 AM" if s["date"] else ""
        return f"Electronically signed by {sig_name(s)}{when}"
    if m == "slash":
        return f"/s/ {sig_name(s)}"
    if m == "onfile":
        return f"{sig_name(s)} (signature on file)"
    if m == "typed":
        return sig_name(s)
    raise ValueError(m)


def sig_line(s, df, date_label="Date"):
    """One sign-off line: 'Role: mark   Date: ...'."""
    mark = sig_mark(s, df)
    if s["mode"] == "esign":
        return f"{s['role']}: {mark}"
    if s["mode"] == "blank":
        return f"{s['role']} signature: ______________________________   {date_label}: ___________"
    d = fmt(s["date"], df) if s["date"] else "__________"
    return f"{s['role']}: {mark}    {date_label}: {d}"


def goal_date_txt(g, df):
    if g.get("gdate_text"):
        return g["gdate_text"]
    return fmt(g["gdate"], df) if g["gdate"] else ""


def obj_date_txt(o, df):
    if o.get("date_text"):
        return o["date_text"]
    return fmt(o["date"], df) if o["date"] else ""


def dx_line(d):
    s = f"{d['code']} {d['desc']}" if d.get("code") else d["desc"]
    if d.get("primary"):
        s += " (primary)"
    return s


def dx_by(d, df):
    if d.get("by"):
        return f"Diagnosed by {d['by']} on {fmt(d['on'], df)}"
    return ""


def service_rows(p):
    rows = []
    for s in p["services"]:
        rows.append(s)
    return rows


# ----------------------------------------------------------------------------------------------
# common facts (label, value) for identification and dates
# ----------------------------------------------------------------------------------------------
def facts(p, which=("name", "dob", "mid", "payer", "plan", "admit", "first", "period", "loc", "dur", "review")):
    L = p["labels"]
    df = p["df"]
    c = p["client"]
    out = []
    for w in which:
        if w == "name" and c.get("name"):
            out.append((L.get("name", f"{p['cw']} Name"), c["name"]))
        elif w == "dob" and c.get("dob"):
            out.append((L.get("dob", "Date of Birth"), fmt(c["dob"], df)))
        elif w == "mid" and c.get("mid"):
            out.append((L.get("mid", "Member ID"), c["mid"]))
        elif w == "mrn" and c.get("mrn"):
            out.append((L.get("mrn", "Record #"), c["mrn"]))
        elif w == "payer" and p.get("payer_name"):
            out.append((L.get("payer", "Insurance"), p["payer_name"]))
        elif w == "plan" and p.get("plan_date"):
            out.append((L.get("plan", "Plan Date"), fmt(p["plan_date"], df)))
        elif w == "admit" and p.get("admit"):
            out.append((L.get("admit", "Admission Date"), fmt(p["admit"], df)))
        elif w == "first" and p.get("first"):
            out.append((L.get("first", "Evaluation Date"), fmt(p["first"], df)))
        elif w == "period" and p.get("start"):
            out.append((L.get("period", "Plan Period"), f"{fmt(p['start'], df)} - {fmt(p['end'], df)}"))
        elif w == "loc" and p.get("loc"):
            out.append((L.get("loc", "Level of Care"), p["loc"]))
        elif w == "dur" and p.get("duration"):
            out.append((L.get("dur", "Expected Duration"), p["duration"]))
        elif w == "review" and p.get("review"):
            out.append((L.get("review", "Next Review Date"), fmt(p["review"], df)))
    return out


def boilerplate(container, p, which=("crisis",)):
    for w in which:
        if w == "crisis":
            para(container, [("If you are in crisis", {"bold": True, "size": 8}),
                             (": call or text 988 (Suicide & Crisis Lifeline), call 911, or call our after-hours line at "
                              f"{p['agency'][2]}. Walk-in crisis services are available at the county crisis center.", {"size": 8})])
        elif w == "rights":
            para(container, [("Your rights. ", {"bold": True, "size": 8}),
                             ("You may ask for a copy of this plan, ask to change it at any time, refuse any part of it, or file a "
                              "grievance without fear of losing services. A copy of the grievance procedure was given to you at intake.",
                              {"size": 8})])
        elif w == "consent":
            para(container, [("Consent to treatment. ", {"bold": True, "size": 8}),
                             ("I took part in writing this plan and I agree with it. I understand I can withdraw consent in writing "
                              "at any time. Release of information signed separately at intake.", {"size": 8})])
        elif w == "hipaa":
            para(container, [("Confidentiality: ", {"bold": True, "size": 7.5}),
                             ("This document contains protected health information (45 CFR Parts 160 and 164; 42 CFR Part 2 where "
                              "applicable). Redisclosure without written consent is prohibited.", {"size": 7.5, "italic": True})])


# ----------------------------------------------------------------------------------------------
# shared renderers
# ----------------------------------------------------------------------------------------------
SVC_COLS = {
    "psy": [("CPT", "code"), ("Service", "desc"), ("Session length", "amount"), ("Frequency", "freq"), ("Duration", "dur")],
    "ther": [("Type of service", "desc"), ("CPT", "code"), ("Frequency", "freq"), ("Duration", "dur"), ("Units/visit", "amount")],
    "hh": [("Discipline", "desc"), ("Frequency / duration of visits", "freq"), ("HCPCS", "code")],
    "aba": [("CPT", "code"), ("Service", "desc"), ("Hours per week", "hpw"), ("Rendered by", "amount")],
    "sud": [("Service", "desc"), ("Code", "code"), ("Frequency", "freq"), ("Length", "amount")],
}


def svc_table(container, p, size=9, header_fill="E7E6E6"):
    cols = p.get("svc_cols") or SVC_COLS[p["svc_kind"]]
    t = table(container, 1, len(cols))
    for i, (h, _) in enumerate(cols):
        cell_write(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i], header_fill)
    for s in p["services"]:
        r = t.add_row().cells
        for i, (_, k) in enumerate(cols):
            cell_write(r[i], s.get(k) or "", size=size)
    return t


def assess_table(container, p, size=9):
    if not p.get("assess"):
        return None
    t = table(container, 1, 4)
    for i, h in enumerate(["Instrument", "Date administered", "Result", "Administered by"]):
        cell_write(t.rows[0].cells[i], h, bold=True, size=size)
    for a in p["assess"]:
        r = t.add_row().cells
        cell_write(r[0], a["inst"], size=size)
        cell_write(r[1], fmt(a["date"], p["df"]), size=size)
        cell_write(r[2], a["score"], size=size)
        cell_write(r[3], a.get("by", ""), size=size)
    return t


def dx_table(container, p, size=9, by_col=False):
    hdr = ["ICD-10-CM", "Description", "Primary"] + (["Diagnosed by / date"] if by_col else [])
    t = table(container, 1, len(hdr))
    for i, h in enumerate(hdr):
        cell_write(t.rows[0].cells[i], h, bold=True, size=size)
    for d in p["dx"]:
        r = t.add_row().cells
        cell_write(r[0], d.get("code") or "", size=size)
        cell_write(r[1], d["desc"], size=size)
        cell_write(r[2], "Yes" if d.get("primary") else "", size=size)
        if by_col:
            cell_write(r[3], f"{d['by']}, {fmt(d['on'], p['df'])}" if d.get("by") else "", size=size)
    return t


def goal_paras(container, p, lab=("Problem", "Goal", "Objective"), letters=True, size=None):
    """Goals as labelled paragraphs (EHR print style)."""
    df = p["df"]
    for i, g in enumerate(p["goals"], 1):
        if g.get("problem"):
            para(container, [(f"{lab[0]} {i}: ", {"bold": True}), g["problem"]], size=size)
        dom = f" ({g['domain']})" if g.get("domain") else ""
        gd = goal_date_txt(g, df)
        para(container, [(f"{lab[1]} {i}{dom}: ", {"bold": True}), g["goal"] + (f"  Target date: {gd}" if gd else "")], size=size)
        if g.get("status"):
            para(container, [("Status: ", {"bold": True}), g["status"]], size=size)
        if g.get("baseline"):
            para(container, [("Baseline: ", {"bold": True}), g["baseline"]], size=size)
        if g.get("mastery"):
            para(container, [("Mastery criteria: ", {"bold": True}), g["mastery"]], size=size)
        for j, o in enumerate(g["objectives"]):
            tag = f"{i}{chr(97 + j)}" if letters else f"{i}.{j + 1}"
            od = obj_date_txt(o, df)
            para(container, [(f"{lab[2]} {tag}: ", {"bold": True}), o["text"] + (f" (target {od})" if od else "")], size=size)
            if o.get("baseline"):
                para(container, [("    Baseline: ", {"italic": True}), o["baseline"]], size=size)
        if g["interventions"]:
            para(container, [("Interventions:", {"bold": True})], size=size)
            for iv in g["interventions"]:
                para(container, "• " + iv, size=size)


def sig_table(container, p, size=9, cols=("Role", "Name / credential", "Signature", "Date")):
    df = p["df"]
    t = table(container, 1, len(cols))
    for i, h in enumerate(cols):
        cell_write(t.rows[0].cells[i], h, bold=True, size=size)
    for s in p["sigs"]:
        r = t.add_row().cells
        cell_write(r[0], s["role"], size=size)
        cell_write(r[1], sig_name(s) if s["mode"] not in ("blank",) else (sig_name(s) if s["name"] else ""), size=size)
        mark = sig_mark(s, df)
        if s["mode"] in ("typed",):
            mark = f"/{s['name']}/" if s["name"] else ""
        cell_write(r[2], mark, size=size, italic=s["mode"] in ("typed", "slash"))
        cell_write(r[3], fmt(s["date"], df) if s["date"] else "", size=size)
    return t


def sig_lines(container, p, size=None):
    for s in p["sigs"]:
        para(container, sig_line(s, p["df"]), size=size)
        if s.get("npi"):
            para(container, f"      NPI: {s['npi']}", size=8)


def providers_line(container, p, size=None):
    for pr in p.get("providers", []):
        bits = [(f"{pr['role']}: ", {"bold": True}), f"{pr['name']}" + (f", {pr['cred']}" if pr.get("cred") else "")]
        if pr.get("npi"):
            bits.append(f"   NPI {pr['npi']}")
        para(container, bits, size=size)


def presenting(container, p, size=None):
    if p.get("presenting"):
        para(container, p["presenting"], size=size)


# ----------------------------------------------------------------------------------------------
# template families
# ----------------------------------------------------------------------------------------------
def fam_cover(p):
    """Cover page (own section, no header), the plan body, then appendices for services and signatures."""
    doc = Document()
    df = p["df"]
    for _ in range(3):
        para(doc, "")
    para(doc, p["agency"][0], align="center", bold=True, size=20)
    para(doc, p["agency"][1], align="center", size=10)
    para(doc, f"Tel {p['agency'][2]}", align="center", size=10)
    for _ in range(2):
        para(doc, "")
    para(doc, p["title"].upper(), align="center", bold=True, size=26)
    if p.get("subtitle"):
        para(doc, p["subtitle"], align="center", italic=True, size=12)
    para(doc, "")
    t = table(doc, 0, 2, style="Table Grid")
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for lab, val in facts(p, ("name", "dob", "mid", "payer")) + p.get("cover_extra", []):
        r = t.add_row().cells
        cell_write(r[0], lab, bold=True, size=11)
        cell_write(r[1], val, size=11)
    set_col_widths(t, [2.2, 3.3])
    para(doc, "")
    if p.get("prepared_by"):
        para(doc, f"Prepared by: {p['prepared_by']}", align="center", size=10)
    para(doc, "CONFIDENTIAL - PROTECTED HEALTH INFORMATION", align="center", bold=True, size=9)
    # body
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.header.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    run(hp, f"{p['client']['name']}    {p['labels'].get('mid', 'Member ID')}: {p['client'].get('mid') or '—'}", size=8)
    run(hp, f"    {p['title']}", size=8, italic=True)
    sec.footer.is_linked_to_previous = False
    page_field(sec.footer.paragraphs[0])
    H = p.get("headings", {})
    doc.add_heading(H.get("dates", "1. Program and Dates"), level=1)
    for lab, val in facts(p, ("plan", "admit", "first", "period", "loc")):
        lv(doc, [(lab, val)])
    providers_line(doc, p)
    if p.get("presenting"):
        doc.add_heading(H.get("presenting", "2. Reason for Services"), level=1)
        presenting(doc, p)
    doc.add_heading(H.get("dx", "3. Diagnoses"), level=1)
    for d in p["dx"]:
        para(doc, dx_line(d) + (f". {dx_by(d, df)}" if d.get("by") else ""))
    if p.get("assess"):
        doc.add_heading(H.get("assess", "4. Standardized Assessments"), level=1)
        assess_table(doc, p)
    doc.add_heading(H.get("goals", "5. Problems, Goals and Objectives"), level=1)
    goal_paras(doc, p, lab=p.get("goal_labels", ("Problem", "Goal", "Objective")))
    doc.add_heading(H.get("dur", "6. Expected Duration and Review"), level=1)
    for lab, val in facts(p, ("dur", "review")):
        lv(doc, [(lab, val)])
    for line in p.get("review_lines", []):
        para(doc, line)
    para(doc, [("Services and signatures: see Appendix A and Appendix B.", {"italic": True})])
    # appendices
    doc.add_page_break()
    doc.add_heading(H.get("appA", "Appendix A - Services Requested"), level=1)
    svc_table(doc, p)
    for line in p.get("svc_notes", []):
        para(doc, line, size=9)
    doc.add_heading(H.get("appB", "Appendix B - Signatures"), level=1)
    boilerplate(doc, p, ("consent",))
    if p.get("sig_style") == "table":
        sig_table(doc, p)
    else:
        sig_lines(doc, p)
    doc.add_heading("Appendix C - Crisis and Rights Information", level=2)
    boilerplate(doc, p, ("crisis", "rights", "hipaa"))
    return doc


def fam_shaded(p):
    """The whole plan in one table; section headings are shaded, merged rows."""
    doc = Document()
    df = p["df"]
    hdr = doc.sections[0].header.paragraphs[0]
    run(hdr, p["agency"][0], bold=True, size=9)
    run(hdr, f"  |  {p['agency'][1]}  |  {p['agency'][2]}", size=8)
    para(doc, p["title"], bold=True, size=14, align="center")
    instr(doc, p.get("form_no", "Form CL-12 (rev. 03/2024). Complete all sections. Shaded rows are section titles."))
    t = table(doc, 0, 4)
    fill = p.get("fill", "BFBFBF")
    H = p.get("headings", {})
    heading_row(t, H.get("id", "Section A - Identifying Information"), fill=fill)
    fs = facts(p, ("name", "dob", "mid", "mrn", "payer", "plan", "admit", "first", "period", "loc"))
    for k in range(0, len(fs), 2):
        r = t.add_row().cells
        cell_write(r[0], fs[k][0], bold=True, size=9)
        cell_write(r[1], fs[k][1], size=9)
        if k + 1 < len(fs):
            cell_write(r[2], fs[k + 1][0], bold=True, size=9)
            cell_write(r[3], fs[k + 1][1], size=9)
    for pr in p.get("providers", []):
        r = t.add_row().cells
        cell_write(r[0], pr["role"], bold=True, size=9)
        v = r[1].merge(r[3])
        cell_write(v, f"{pr['name']}" + (f", {pr['cred']}" if pr.get("cred") else "") + (f"   NPI {pr['npi']}" if pr.get("npi") else ""), size=9)
    if p.get("presenting"):
        heading_row(t, H.get("presenting", "Section B - Presenting Problem"), fill=fill)
        merged_row(t, p["presenting"], size=9)
    heading_row(t, H.get("dx", "Section C - Diagnosis (ICD-10-CM)"), fill=fill)
    for d in p["dx"]:
        r = t.add_row().cells
        cell_write(r[0], d.get("code") or "", size=9)
        v = r[1].merge(r[2])
        cell_write(v, d["desc"], size=9)
        cell_write(r[3], "Primary" if d.get("primary") else "Secondary", size=9)
    heading_row(t, H.get("goals", "Section D - Goals and Objectives"), fill=fill)
    for i, g in enumerate(p["goals"], 1):
        c = heading_row(t, f"Problem {i}: {g['problem']}" if g.get("problem") else f"Goal {i}", fill="F2F2F2", caps=False, size=9)
        r = t.add_row().cells
        cell_write(r[0], "Goal", bold=True, size=9)
        v = r[1].merge(r[2])
        cell_write(v, g["goal"], size=9)
        cell_write(r[3], ["Target date:", goal_date_txt(g, df)], size=9)
        for lab, key in (("Baseline", "baseline"), ("Mastery criteria", "mastery"), ("Status", "status")):
            if g.get(key):
                r = t.add_row().cells
                cell_write(r[0], lab, bold=True, size=9)
                cell_write(r[1].merge(r[3]), g[key], size=9)
        for j, o in enumerate(g["objectives"]):
            r = t.add_row().cells
            cell_write(r[0], f"Objective {i}.{j + 1}", bold=True, size=9)
            cell_write(r[1].merge(r[2]), o["text"], size=9)
            cell_write(r[3], obj_date_txt(o, df), size=9)
        if g["interventions"]:
            r = t.add_row().cells
            cell_write(r[0], "Interventions", bold=True, size=9)
            cell_write(r[1].merge(r[3]), ["- " + x for x in g["interventions"]], size=9)
    if p.get("assess"):
        heading_row(t, H.get("assess", "Section E - Assessments"), fill=fill)
        for a in p["assess"]:
            r = t.add_row().cells
            cell_write(r[0], a["inst"], size=9)
            cell_write(r[1], fmt(a["date"], df), size=9)
            cell_write(r[2].merge(r[3]), a["score"], size=9)
    heading_row(t, H.get("svc", "Section F - Services, Frequency and Duration"), fill=fill)
    cols = p.get("svc_cols") or SVC_COLS[p["svc_kind"]]
    cols4 = cols[:4]
    r = t.add_row().cells
    for i, (h, _) in enumerate(cols4):
        cell_write(r[i], h, bold=True, size=8.5)
    for s in p["services"]:
        r = t.add_row().cells
        for i, (_, k) in enumerate(cols4):
            cell_write(r[i], s.get(k) or "", size=9)
    extra = [(lab, val) for lab, val in facts(p, ("dur", "review"))]
    for lab, val in extra:
        r = t.add_row().cells
        cell_write(r[0], lab, bold=True, size=9)
        cell_write(r[1].merge(r[3]), val, size=9)
    for line in p.get("review_lines", []):
        merged_row(t, line, size=9)
    heading_row(t, H.get("sig", "Section G - Signatures"), fill=fill)
    merged_row(t, "By signing I confirm that I participated in developing this plan and received a copy.", size=8, italic=True)
    for s in p["sigs"]:
        r = t.add_row().cells
        cell_write(r[0], s["role"], bold=True, size=9)
        cell_write(r[1].merge(r[2]), sig_mark(s, df) if s["mode"] != "typed" else sig_name(s), size=9)
        cell_write(r[3], ["Date:", fmt(s["date"], df) if s["date"] else ""], size=9)
    para(doc, "")
    boilerplate(doc, p, ("crisis", "hipaa"))
    return doc


def fam_grid(p):
    """Client identifiers only in the page header; goals as a label-column grid, goals side by side."""
    doc = Document()
    df = p["df"]
    sec = doc.sections[0]
    ht = sec.header.add_table(2, 3, Inches(6.5))
    ht.style = "Table Grid"
    c = p["client"]
    L = p["labels"]
    cell_write(ht.rows[0].cells[0], [[(L.get("name", "Name") + ": ", {"bold": True}), c["name"]]], size=8)
    cell_write(ht.rows[0].cells[1], [[(L.get("dob", "DOB") + ": ", {"bold": True}), fmt(c["dob"], df)]], size=8)
    cell_write(ht.rows[0].cells[2], [[(L.get("mid", "ID") + ": ", {"bold": True}), c.get("mid") or ""]], size=8)
    cell_write(ht.rows[1].cells[0], [[(p["agency"][0], {"bold": True})]], size=8)
    cell_write(ht.rows[1].cells[1].merge(ht.rows[1].cells[2]), p["title"], size=8, italic=True)
    fp = sec.footer.paragraphs[0]
    if p.get("footer_sig"):
        for s in p["sigs"]:
            if s.get("in_footer"):
                para(sec.footer, sig_mark(s, df), size=7.5)
    page_field(fp, prefix=f"{p['agency'][0]} - confidential - page ")
    para(doc, p["title"], bold=True, size=15)
    for lab, val in facts(p, ("payer", "plan", "admit", "first", "period", "loc")):
        lv(doc, [(lab, val)], size=10)
    providers_line(doc, p, size=10)
    H = p.get("headings", {})
    if p.get("presenting"):
        para(doc, H.get("presenting", "CLINICAL SUMMARY"), bold=True)
        presenting(doc, p, size=10)
    para(doc, H.get("dx", "DIAGNOSES"), bold=True)
    for d in p["dx"]:
        para(doc, dx_line(d) + (f" - {dx_by(d, df)}" if d.get("by") else ""), size=10)
    if p.get("assess"):
        para(doc, H.get("assess", "ASSESSMENT RESULTS"), bold=True)
        assess_table(doc, p)
    para(doc, H.get("goals", "TREATMENT GOALS"), bold=True)
    gs = p["goals"]
    n = len(gs)
    t = table(doc, 0, n + 1)
    r = t.add_row().cells
    cell_write(r[0], "", size=8)
    gl = p.get("grid_goal_word", "Goal")
    for i, g in enumerate(gs, 1):
        dom = f" - {g['domain']}" if g.get("domain") else ""
        cell_write(r[i], f"{gl} {i}{dom}", bold=True, size=9, align="center")
        shade(r[i], "DEEAF6")
    rows = p.get("grid_rows") or [
        ("Problem / need", "problem"), ("Long-term goal", "goal"), ("Baseline", "baseline"),
        ("Short-term objectives", "objectives"), ("Target date", "gdate"), ("Mastery criteria", "mastery"),
        ("Interventions", "interventions"), ("Status", "status")]
    for lab, key in rows:
        if key not in ("objectives", "interventions", "gdate") and not any(g.get(key) for g in gs):
            continue
        r = t.add_row().cells
        cell_write(r[0], lab, bold=True, size=8.5)
        shade(r[0], "F2F2F2")
        for i, g in enumerate(gs, 1):
            if key == "objectives":
                parts = []
                for j, o in enumerate(g["objectives"]):
                    od = obj_date_txt(o, df)
                    parts.append(f"{i}.{j + 1} {o['text']}" + (f" ({od})" if od else ""))
                cell_write(r[i], parts or ["—"], size=8.5)
            elif key == "interventions":
                cell_write(r[i], ["• " + x for x in g["interventions"]] or [""], size=8.5)
            elif key == "gdate":
                cell_write(r[i], goal_date_txt(g, df), size=8.5)
            else:
                cell_write(r[i], g.get(key) or "", size=8.5)
    para(doc, "")
    para(doc, H.get("svc", "SERVICES"), bold=True)
    svc_table(doc, p)
    for lab, val in facts(p, ("dur", "review")):
        lv(doc, [(lab, val)], size=10)
    for line in p.get("review_lines", []):
        para(doc, line, size=10)
    para(doc, H.get("sig", "SIGNATURES"), bold=True)
    body_sigs = [s for s in p["sigs"] if not s.get("in_footer")]
    if body_sigs:
        if p.get("sig_style") == "lines":
            for s in body_sigs:
                para(doc, sig_line(s, df), size=10)
        else:
            q = dict(p)
            q["sigs"] = body_sigs
            sig_table(doc, q)
    boilerplate(doc, p, ("crisis",))
    return doc


def fam_land(p):
    """Portrait face sheet, a landscape section with the goal grid (merged problem cells), portrait sign-off."""
    doc = Document()
    df = p["df"]
    para(doc, p["agency"][0].upper(), bold=True, size=12)
    para(doc, p["agency"][1] + " • " + p["agency"][2], size=8)
    para(doc, p["title"], bold=True, size=16)
    t = table(doc, 0, 4)
    fs = facts(p, ("name", "dob", "mid", "mrn", "payer", "plan", "admit", "first", "period", "loc", "dur", "review"))
    r = t.add_row().cells
    c0 = r[0].merge(r[3])
    cell_write(c0, p.get("face_title", "FACE SHEET"), bold=True, size=9)
    shade(c0, "D9E2F3")
    for k in range(0, len(fs), 2):
        r = t.add_row().cells
        cell_write(r[0], fs[k][0], bold=True, size=9)
        cell_write(r[1], fs[k][1], size=9)
        if k + 1 < len(fs):
            cell_write(r[2], fs[k + 1][0], bold=True, size=9)
            cell_write(r[3], fs[k + 1][1], size=9)
        else:
            r[1].merge(r[3])
    providers_line(doc, p, size=9)
    H = p.get("headings", {})
    if p.get("presenting"):
        doc.add_heading(H.get("presenting", "Presenting Problem"), level=2)
        presenting(doc, p, size=10)
    doc.add_heading(H.get("dx", "Diagnoses"), level=2)
    dx_table(doc, p, by_col=any(d.get("by") for d in p["dx"]))
    if p.get("assess"):
        doc.add_heading(H.get("assess", "Assessments"), level=2)
        assess_table(doc, p)
    # landscape goal grid
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(sec)
    doc.add_heading(H.get("goals", "Treatment Plan Goals and Objectives"), level=2)
    cols = p.get("land_cols") or ["Problem", "Long-term goal", "Short-term objective", "Target date",
                                  "Intervention / frequency", "Responsible"]
    t = table(doc, 1, len(cols))
    for i, h in enumerate(cols):
        cell_write(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "D9D9D9")
    for gi, g in enumerate(p["goals"], 1):
        if p.get("aba_land"):
            cells = t.add_row().cells
            cell_write(cells[0], f"{gi}. {g.get('domain') or ''}", size=8.5)
            cell_write(cells[1], g["goal"], size=8.5)
            cell_write(cells[2], [f"Baseline: {g.get('baseline') or ''}", f"Mastery: {g.get('mastery') or ''}"], size=8.5)
            cell_write(cells[3], goal_date_txt(g, df), size=8.5)
            cell_write(cells[4], g["interventions"] or [""], size=8.5)
            continue
        objs = g["objectives"] or [None]
        ivs = g["interventions"]
        first_row = None
        for j, o in enumerate(objs):
            r = t.add_row()
            cells = r.cells
            if j == 0:
                first_row = r
                cell_write(cells[0], f"{gi}. {g['problem']}" if g.get("problem") else f"{gi}.", size=8.5)
                gtxt = [g["goal"]]
                if g.get("baseline"):
                    gtxt.append(f"Baseline: {g['baseline']}")
                if g.get("mastery"):
                    gtxt.append(f"Mastery: {g['mastery']}")
                gd = goal_date_txt(g, df)
                if gd and len(cols) >= 6:
                    gtxt.append(f"Goal target: {gd}")
                cell_write(cells[1], gtxt, size=8.5)
            if o is None:
                cell_write(cells[2], p.get("no_obj_text", ""), size=8.5)
                cell_write(cells[3], "", size=8.5)
            else:
                cell_write(cells[2], f"{gi}{chr(97 + j)}. {o['text']}", size=8.5)
                cell_write(cells[3], obj_date_txt(o, df), size=8.5)
            iv = ivs[j] if j < len(ivs) else ""
            if j == len(objs) - 1 and len(ivs) > len(objs):
                iv = "\n".join(ivs[j:])
            cell_write(cells[4], iv, size=8.5)
            if len(cols) > 5:
                cell_write(cells[5], p.get("responsible", ""), size=8.5)
        last = t.rows[-1]
        if len(objs) > 1:
            first_row.cells[0].merge(last.cells[0])
            first_row.cells[1].merge(last.cells[1])
    para(doc, "")
    para(doc, H.get("svc", "Services / Authorization"), bold=True)
    svc_table(doc, p)
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec2)
    for line in p.get("review_lines", []):
        para(doc, line)
    doc.add_heading(H.get("sig", "Signatures"), level=2)
    boilerplate(doc, p, ("consent",))
    sig_table(doc, p)
    para(doc, "")
    boilerplate(doc, p, ("crisis", "rights"))
    return doc


def fam_cols(p):
    """Two-column newsletter-style sections for the face sheet and the goals; one column for the rest."""
    doc = Document()
    df = p["df"]
    para(doc, p["agency"][0], bold=True, size=13, align="center")
    para(doc, p["title"], bold=True, size=15, align="center")
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 2)
    H = p.get("headings", {})
    para(doc, H.get("id", "IDENTIFYING INFORMATION"), bold=True, size=10)
    for lab, val in facts(p, ("name", "dob", "mid", "payer")):
        lv(doc, [(lab, val)], size=9.5)
    column_break(doc)
    para(doc, H.get("dates", "PLAN DATES"), bold=True, size=10)
    for lab, val in facts(p, ("plan", "admit", "first", "period", "loc", "dur", "review")):
        lv(doc, [(lab, val)], size=9.5)
    providers_line(doc, p, size=9.5)
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 1)
    if p.get("presenting"):
        para(doc, H.get("presenting", "PRESENTING PROBLEM"), bold=True, size=10)
        presenting(doc, p, size=9.5)
    para(doc, H.get("dx", "DIAGNOSIS"), bold=True, size=10)
    for d in p["dx"]:
        para(doc, dx_line(d) + (f" ({dx_by(d, df)})" if d.get("by") else ""), size=9.5)
    if p.get("assess"):
        para(doc, H.get("assess", "STANDARDIZED ASSESSMENTS"), bold=True, size=10)
        assess_table(doc, p, size=8.5)
    para(doc, H.get("goals", "GOALS AND OBJECTIVES"), bold=True, size=10)
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 2, space=360)
    half = (len(p["goals"]) + 1) // 2
    for i, g in enumerate(p["goals"], 1):
        if i == half + 1:
            column_break(doc)
        dom = f" - {g['domain']}" if g.get("domain") else ""
        doc.add_heading(f"{p.get('goal_word', 'Goal')} {i}{dom}", level=3)
        if g.get("problem"):
            para(doc, [("Need: ", {"bold": True}), g["problem"]], size=9)
        gd = goal_date_txt(g, df)
        para(doc, g["goal"] + (f" By {gd}." if gd else ""), size=9)
        for lab, key in (("Baseline", "baseline"), ("Mastery", "mastery"), ("Status", "status")):
            if g.get(key):
                para(doc, [(lab + ": ", {"bold": True}), g[key]], size=9)
        for j, o in enumerate(g["objectives"]):
            od = obj_date_txt(o, df)
            para(doc, [(f"Obj {i}{chr(97 + j)}: ", {"bold": True}), o["text"] + (f" - {od}" if od else "")], size=9)
        for x in g["interventions"]:
            para(doc, [("Intervention: ", {"italic": True}), x], size=9)
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 1)
    para(doc, H.get("svc", "SERVICES"), bold=True, size=10)
    svc_table(doc, p)
    for line in p.get("review_lines", []):
        para(doc, line, size=9.5)
    para(doc, H.get("sig", "SIGNATURES"), bold=True, size=10)
    if p.get("sig_style") == "table":
        sig_table(doc, p)
    else:
        sig_lines(doc, p, size=9.5)
    boilerplate(doc, p, ("rights", "crisis"))
    return doc


def fam_tbox(p):
    """Client facts in a floating text box, dates in a frame, goals in the body, sign-off in a box."""
    doc = Document()
    df = p["df"]
    hp = doc.sections[0].header.paragraphs[0]
    run(hp, p["agency"][0], bold=True, size=11)
    run(hp, "\t\t" + p["agency"][2], size=8)
    para(doc, p["title"], bold=True, size=16)
    anchor = doc.add_paragraph()
    lines = [[(p.get("box_title", "CLIENT"), {"bold": True})]]
    for lab, val in facts(p, ("name", "dob", "mid", "mrn", "payer")):
        lines.append([(lab + ": ", {"bold": True}), (val, {})])
    textbox(anchor, lines, x_in=0, y_in=0, w_in=3.3, h_in=1.35, fallback=p.get("tb_fallback", True),
            vml_only=p.get("tb_vml", False))
    fl = [[("KEY DATES", {"bold": True})]] + [[(lab + ": ", {"bold": True}), (val, {})]
                                              for lab, val in facts(p, ("plan", "admit", "first", "period", "loc", "review"))]
    if p.get("dates_in_box"):
        a2 = doc.add_paragraph()
        textbox(a2, fl, x_in=3.5, y_in=-1.45, w_in=3.0, h_in=1.35, fallback=p.get("tb_fallback", True),
                vml_only=p.get("tb_vml", False))
    else:
        frame_para(doc, fl)
    for _ in range(5):
        para(doc, "")
    providers_line(doc, p, size=10)
    H = p.get("headings", {})
    if p.get("presenting"):
        doc.add_heading(H.get("presenting", "Presenting Concerns"), level=2)
        presenting(doc, p)
    doc.add_heading(H.get("dx", "Diagnoses"), level=2)
    for d in p["dx"]:
        para(doc, dx_line(d) + (f"; {dx_by(d, df)}" if d.get("by") else ""))
    if p.get("assess"):
        doc.add_heading(H.get("assess", "Assessment Results"), level=2)
        assess_table(doc, p)
    doc.add_heading(H.get("goals", "Goals and Objectives"), level=2)
    goal_paras(doc, p, lab=p.get("goal_labels", ("Problem", "Goal", "Objective")), letters=p.get("letters", True))
    doc.add_heading(H.get("svc", "Services"), level=2)
    svc_table(doc, p)
    for lab, val in facts(p, ("dur",)):
        lv(doc, [(lab, val)])
    for line in p.get("review_lines", []):
        para(doc, line)
    doc.add_heading(H.get("sig", "Signatures"), level=2)
    if p.get("sig_in_box"):
        a3 = doc.add_paragraph()
        sl = [[("ATTESTATION", {"bold": True})], [("I have reviewed this plan and agree with it.", {"italic": True})]]
        for s in p["sigs"]:
            sl.append([(sig_line(s, df), {})])
        textbox(a3, sl, x_in=0, y_in=0, w_in=6.3, h_in=0.3 + 0.22 * len(sl), fallback=p.get("tb_fallback", True),
                vml_only=p.get("tb_vml", False))
        for _ in range(len(sl) + 1):
            para(doc, "")
    else:
        sig_lines(doc, p)
    boilerplate(doc, p, ("crisis", "hipaa"))
    return doc


def fam_nested(p):
    """An outer two-column table; the client block, each goal's objectives and the signatures are nested tables."""
    doc = Document()
    df = p["df"]
    para(doc, f"{p['agency'][0]} — {p['title']}", bold=True, size=13)
    outer = table(doc, 0, 2)
    H = p.get("headings", {})

    def orow(label, fill="EDEDED"):
        r = outer.add_row().cells
        cell_write(r[0], label, bold=True, size=9)
        shade(r[0], fill)
        return r[1]

    c = orow(H.get("id", p["cw"].upper()))
    inner = c.add_table(rows=0, cols=2)
    inner.style = "Table Grid"
    for lab, val in facts(p, ("name", "dob", "mid", "payer", "plan", "admit", "first", "period", "loc")):
        r = inner.add_row().cells
        cell_write(r[0], lab, bold=True, size=8.5)
        cell_write(r[1], val, size=8.5)
    if p.get("providers"):
        c = orow(H.get("prov", "PROVIDER"))
        cell_write(c, [f"{pr['role']}: {pr['name']}" + (f", {pr['cred']}" if pr.get("cred") else "") +
                       (f" (NPI {pr['npi']})" if pr.get("npi") else "") for pr in p["providers"]], size=9)
    if p.get("presenting"):
        c = orow(H.get("presenting", "PRESENTING PROBLEM"))
        cell_write(c, p["presenting"], size=9)
    c = orow(H.get("dx", "DIAGNOSES"))
    cell_write(c, [dx_line(d) + (f" — {dx_by(d, df)}" if d.get("by") else "") for d in p["dx"]], size=9)
    if p.get("assess"):
        c = orow(H.get("assess", "ASSESSMENTS"))
        cell_write(c, [f"{a['inst']} ({fmt(a['date'], df)}): {a['score']}" for a in p["assess"]], size=9)
    for i, g in enumerate(p["goals"], 1):
        dom = f" ({g['domain']})" if g.get("domain") else ""
        c = orow(f"{p.get('goal_word', 'GOAL')} {i}{dom}", fill="DDEBF7")
        txt = []
        if g.get("problem"):
            txt.append([("Problem: ", {"bold": True}), (g["problem"], {})])
        gd = goal_date_txt(g, df)
        txt.append([("Goal: ", {"bold": True}), (g["goal"], {})] + ([("  Target: " + gd, {})] if gd else []))
        for lab, key in (("Baseline", "baseline"), ("Mastery criteria", "mastery"), ("Status", "status")):
            if g.get(key) or (key == "baseline" and p.get("show_empty_baseline")):
                txt.append([(lab + ": ", {"bold": True}), (g.get(key) or "", {})])
        cell_write(c, txt, size=9)
        if g["objectives"]:
            it = c.add_table(rows=1, cols=3)
            it.style = "Table Grid"
            for k, h in enumerate(p.get("obj_cols", ["Objective", "Target date", "How measured"])):
                cell_write(it.rows[0].cells[k], h, bold=True, size=8)
            for j, o in enumerate(g["objectives"]):
                r = it.add_row().cells
                cell_write(r[0], f"{i}.{j + 1} {o['text']}", size=8)
                cell_write(r[1], obj_date_txt(o, df), size=8)
                cell_write(r[2], o.get("baseline") or "", size=8)
        if g["interventions"]:
            cp_ = c.add_paragraph()
            run(cp_, "Interventions: ", bold=True, size=9)
            run(cp_, "; ".join(g["interventions"]), size=9)
    c = orow(H.get("svc", "SERVICES"))
    cell_write(c, "", size=8)
    svc_table(c, p, size=8)
    for lab, val in facts(p, ("dur", "review")):
        c = orow(lab.upper())
        cell_write(c, val, size=9)
    for line in p.get("review_lines", []):
        c = orow("REVIEW")
        cell_write(c, line, size=9)
    c = orow(H.get("sig", "SIGNATURES"))
    cell_write(c, "Signatures below confirm participation in and agreement with this plan.", size=8, italic=True)
    st = c.add_table(rows=1, cols=3)
    st.style = "Table Grid"
    for k, h in enumerate(["Signer", "Signature", "Date"]):
        cell_write(st.rows[0].cells[k], h, bold=True, size=8)
    for s in p["sigs"]:
        r = st.add_row().cells
        cell_write(r[0], s["role"], size=8)
        cell_write(r[1], sig_mark(s, df) if s["mode"] != "typed" else sig_name(s), size=8)
        cell_write(r[2], fmt(s["date"], df) if s["date"] else "", size=8)
    set_col_widths(outer, [1.4, 5.1])
    para(doc, "")
    boilerplate(doc, p, ("crisis",))
    return doc


def fam_form(p):
    """A form with numbered boxes: a caption with the box number over each value (CMS-485 style)."""
    doc = Document()
    df = p["df"]
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.6)
    para(doc, p.get("form_head", p["agency"][0]), size=8)
    para(doc, p["title"].upper(), bold=True, size=12, align="center")
    boxes = p["boxes"]  # list of rows; each row a list of (number, caption, value) spanning equal widths
    ncols = 6
    t = table(doc, 0, ncols)
    for row in boxes:
        r = t.add_row()
        span = ncols // len(row)
        for k, (num, cap, val) in enumerate(row):
            cell = r.cells[k * span]
            if span > 1:
                cell = cell.merge(r.cells[k * span + span - 1])
            parts = [[(f"{num}. {cap}" if num else cap, {"size": 7})]]
            if isinstance(val, list):
                parts += [[(v, {"size": 9})] if isinstance(v, str) else v for v in val]
            else:
                parts.append([(val, {"size": 9})])
            cell_write(cell, parts)
    for line in p.get("form_after", []):
        para(doc, line, size=8)
    return doc


def fam_numlist(p):
    """Agency template with italic instructions left in, content controls, and Word list numbering whose
    labels ("Goal 1:", "Objective 1.1") exist only in the numbering definitions."""
    doc = Document()
    df = p["df"]
    goal_num = add_numbering(doc, 60, [("decimal", p.get("goal_lvl", "Goal %1:"), 720, None),
                                       ("decimal", p.get("obj_lvl", "Objective %1.%2"), 1440, None)])
    bullet = add_numbering(doc, 61, [("bullet", p.get("bullet", "➢"), 1800, p.get("bullet_font")),
                                     ("bullet", "o", 2520, "Courier New")])
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    run(hp, p["agency"][0], bold=True, size=9)
    c = p["client"]
    hp2 = sec.header.add_paragraph()
    L = p["labels"]
    if p.get("header_ids", True):
        run(hp2, f"{L.get('name', 'Client')}: {c['name']}   {L.get('mid', 'ID')}: {c.get('mid') or ''}", size=8)
    page_field(sec.footer.paragraphs[0])
    para(doc, p["title"], bold=True, size=15, align="center")
    instr(doc, p.get("top_instr", "Instructions: complete every field. Delete instruction text before finalizing. "
                                   "Items in italics are guidance for staff and are not part of the plan."))
    H = p.get("headings", {})
    doc.add_heading(H.get("id", "Section 1: Identifying Information"), level=1)
    sid = 10
    for w in ("name", "dob", "mid", "payer", "plan", "admit", "first", "period", "loc"):
        fs = facts(p, (w,))
        if not fs:
            continue
        lab, val = fs[0]
        pp = doc.add_paragraph()
        run(pp, lab + ": ", bold=True)
        sid += 1
        date = None
        if w in ("plan", "admit", "first", "dob"):
            date = {"plan": p.get("plan_date"), "admit": p.get("admit"), "first": p.get("first"), "dob": c.get("dob")}[w]
        sdt_inline(pp, lab, val, date=date, sid=sid)
    for pr in p.get("providers", []):
        pp = doc.add_paragraph()
        run(pp, pr["role"] + ": ", bold=True)
        sid += 1
        sdt_inline(pp, pr["role"], f"{pr['name']}" + (f", {pr['cred']}" if pr.get("cred") else "") +
                   (f"  NPI {pr['npi']}" if pr.get("npi") else ""), sid=sid)
    if p.get("presenting"):
        doc.add_heading(H.get("presenting", "Section 2: Presenting Problem"), level=1)
        instr(doc, "Describe why the person is seeking services, in their own words where possible.")
        presenting(doc, p)
    doc.add_heading(H.get("dx", "Section 3: Diagnosis"), level=1)
    instr(doc, "List ICD-10-CM codes. Mark the primary diagnosis.")
    for d in p["dx"]:
        numbered(doc, dx_line(d) + (f". {dx_by(d, df)}" if d.get("by") else ""), bullet)
    if p.get("assess"):
        doc.add_heading(H.get("assess", "Section 4: Assessment"), level=1)
        instr(doc, "Enter each standardized instrument with the date administered and the score.")
        for a in p["assess"]:
            numbered(doc, f"{a['inst']}, administered {fmt(a['date'], df)}: {a['score']}", bullet)
    doc.add_heading(H.get("goals", "Section 5: Goals & Objectives"), level=1)
    instr(doc, p.get("goal_instr", "Each goal must have at least one objective that is measurable (how much, how often) "
                                   "and has a target date. Use the person's words for the goal."))
    for i, g in enumerate(p["goals"], 1):
        gd = goal_date_txt(g, df)
        txt = [(" " + g["goal"], {})]
        if g.get("domain"):
            txt = [(f" [{g['domain']}] ", {"bold": True})] + txt
        if gd:
            txt.append((f" (Target date: {gd})", {}))
        numbered(doc, txt, goal_num, 0)
        if g.get("problem"):
            para(doc, [("Problem/need: ", {"italic": True}), g["problem"]])
        for lab, key in (("Baseline", "baseline"), ("Mastery criteria", "mastery"), ("Status", "status")):
            if g.get(key):
                para(doc, [(lab + ": ", {"bold": True}), g[key]])
        for o in g["objectives"]:
            od = obj_date_txt(o, df)
            numbered(doc, [(" " + o["text"], {})] + ([(f"   Target: {od}", {"italic": True})] if od else []), goal_num, 1)
        if g["interventions"]:
            instr(doc, "Interventions (who, what, how often):")
            for x in g["interventions"]:
                numbered(doc, x, bullet, 0)
    doc.add_heading(H.get("svc", "Section 6: Services"), level=1)
    instr(doc, "List each service with its code, frequency and length.")
    svc_table(doc, p)
    doc.add_heading(H.get("dur", "Section 7: Duration and Review"), level=1)
    for lab, val in facts(p, ("dur", "review")):
        lv(doc, [(lab, val)])
    for line in p.get("review_lines", []):
        para(doc, line)
    doc.add_heading(H.get("sig", "Section 8: Signatures"), level=1)
    instr(doc, "All signatures must be dated. Plans without required signatures cannot be billed.")
    if p.get("sig_style") == "table":
        sig_table(doc, p)
    else:
        sig_lines(doc, p)
    boilerplate(doc, p, ("rights",))
    return doc


FAMILIES = {"cover": fam_cover, "shaded": fam_shaded, "grid": fam_grid, "land": fam_land, "cols": fam_cols,
            "tbox": fam_tbox, "nested": fam_nested, "form": fam_form, "numlist": fam_numlist}


# ----------------------------------------------------------------------------------------------
# clinical content (invented), by discipline
# ----------------------------------------------------------------------------------------------
def psy_dep(fn):
    return [
        G("Depressed mood and loss of interest; has stopped volunteering and seeing friends (PHQ-9 19 at intake).",
          f"{fn} will return to 3 valued weekly activities and report depression in the mild range (PHQ-9 below 10).", 180,
          objectives=[O(f"{fn} will reduce the PHQ-9 score from 19 to 12 or lower, measured monthly in session.", 90),
                      O(f"{fn} will complete at least 3 planned pleasant or valued activities per week for 4 weeks in a row, as recorded on an activity log.", 60)],
          interventions=["Behavioral activation with weekly activity scheduling (CBT)",
                         "Cognitive restructuring of self-critical thoughts, with practice between sessions"]),
        G("Poor sleep: 4 to 5 hours a night with frequent waking.",
          f"{fn} will sleep at least 6 hours a night on 5 of 7 nights.", 120,
          objectives=[O(f"{fn} will keep a sleep diary and get up at the same time on at least 6 of 7 days for 3 weeks in a row.", 45),
                      O(f"{fn} will report 6 or more hours of sleep on at least 5 of 7 nights in the sleep diary.", 120)],
          interventions=["CBT for insomnia: stimulus control and a fixed sleep schedule", "Sleep hygiene education"]),
    ]


def psy_anx(fn):
    return [
        G("Daily worry about health and money; avoids driving on highways; GAD-7 16.",
          f"{fn} will manage worry so that it no longer keeps them from work or driving (GAD-7 below 8).", 150,
          objectives=[O(f"{fn} will lower the GAD-7 score from 16 to 10 or less.", 75),
                      O(f"{fn} will use a worry period and paced breathing on at least 5 of 7 days, as logged in a phone app.", 45),
                      O(f"{fn} will drive on the highway for 20 minutes at least 2 times a week for 3 weeks in a row.", 120)],
          interventions=["CBT for generalized anxiety: worry exposure and cognitive restructuring",
                         "Graded exposure hierarchy for highway driving"]),
        G("Panic attacks 3 to 4 times a week, with 2 emergency room visits in the past 6 months.",
          f"{fn} will reduce panic attacks to no more than 1 a week, with no emergency room visits for panic.", 150,
          objectives=[O(f"{fn} will record each panic attack and rate it 0-10 on a panic log for 8 weeks.", 60),
                      O(f"{fn} will complete 3 interoceptive exposure exercises per week between sessions.", 90)],
          interventions=["Panic control treatment with interoceptive exposure", "Psychoeducation on the panic cycle"]),
    ]


def psy_ptsd(fn):
    return [
        G("Intrusive memories and nightmares after a workplace assault (PCL-5 52).",
          f"{fn} will reduce PTSD symptoms to below the clinical range (PCL-5 below 33).", 168,
          objectives=[O(f"{fn} will reduce the PCL-5 score from 52 to 40 or lower.", 84),
                      O(f"{fn} will complete 12 sessions of cognitive processing therapy, including all written practice assignments.", 112)],
          interventions=["Cognitive processing therapy (CPT), 12-session protocol", "Grounding skills for nightmares and flashbacks"]),
        G("Avoids the grocery store, public transit and crowds; leaves home only for appointments.",
          f"{fn} will go to the grocery store alone at least once a week.", 140,
          objectives=[O(f"{fn} will complete 2 in-vivo exposure tasks per week from an agreed hierarchy, rating distress before and after.", 70),
                      O(f"{fn} will ride the bus for at least 3 stops on 2 occasions with distress rated 4/10 or lower.", 120)],
          interventions=["In-vivo exposure with a written hierarchy", "Safety and coping plan reviewed monthly"]),
    ]


def psy_bip(fn):
    return [
        G("Mood swings with 2 hypomanic episodes in the past year; misses medication doses.",
          f"{fn} will keep mood stable enough to work full time, with no hospitalizations.", 180,
          objectives=[O(f"{fn} will take prescribed medication as ordered on at least 26 of 28 days, as shown by a pill organizer check.", 60),
                      O(f"{fn} will complete a daily mood chart on at least 6 of 7 days and bring it to every session.", 45),
                      O(f"{fn} will name 3 personal early warning signs of hypomania and write them into a relapse prevention plan.", 90)],
          interventions=["Interpersonal and social rhythm therapy (IPSRT)", "Psychoeducation on bipolar disorder with family session as needed"]),
        G("Conflict with partner: arguments most days, twice ending with a call to police.",
          f"{fn} will reduce arguments with partner to no more than 1 a week.", 150,
          objectives=[O(f"{fn} will use a time-out and return-to-talk plan in at least 4 of 5 conflicts, as recorded on a conflict log.", 75)],
          interventions=["Communication skills training", "Anger management: cue recognition and time-out"]),
    ]


def psy_grief(fn):
    return [
        G("Prolonged grief after spouse's death 14 months ago; cries daily, stopped church and family dinners.",
          f"{fn} will return to Sunday services and weekly family dinners at least 3 times a month.", 150,
          objectives=[O(f"{fn} will attend church or a family dinner at least 2 times a month for 2 months in a row.", 75),
                      O(f"{fn} will reduce the PHQ-9 score from 15 to 9 or lower.", 120)],
          interventions=["Grief-focused CBT", "Behavioral activation around valued social roles"]),
    ]


def pt_tka(fn):
    return [
        G("Decreased right knee range of motion and strength after total knee arthroplasty.",
          f"{fn} will walk 1000 feet in the community without an assistive device and climb 12 stairs with one rail, reciprocal pattern.", 84,
          objectives=[O(f"Increase right knee flexion from 92 to 115 degrees.", 42),
                      O(f"Increase right knee extension from -8 to 0 degrees.", 42),
                      O(f"{fn} will walk 500 feet with a single point cane independently on level surfaces.", 42)],
          interventions=["Therapeutic exercise (97110)", "Gait training (97116)", "Manual therapy (97140)"]),
        G("Fall risk: Timed Up and Go 18 seconds.",
          f"{fn} will reduce the Timed Up and Go to 12 seconds or less.", 84,
          objectives=[O(f"{fn} will stand from a standard chair 10 times in 30 seconds without using arms.", 56)],
          interventions=["Neuromuscular re-education and balance training (97112)", "Home exercise program"]),
    ]


def pt_lbp(fn):
    return [
        G("Low back pain 7/10 limits sitting to 15 minutes and standing to 10 minutes.",
          f"{fn} will sit for 60 minutes and stand for 30 minutes with pain 3/10 or less.", 84,
          objectives=[O(f"{fn} will reduce the Oswestry Disability Index from 48% to 28% or lower.", 56),
                      O(f"{fn} will perform the home exercise program independently with correct form in 3 of 3 checks.", 28)],
          interventions=["Therapeutic exercise: core stabilization (97110)", "Manual therapy (97140)", "Patient education on body mechanics"]),
        G("Unable to lift grandchild or a laundry basket.",
          f"{fn} will lift 20 pounds from floor to waist with correct body mechanics 5 times.", 84,
          objectives=[O(f"{fn} will lift 10 pounds from floor to waist with correct mechanics 5 times.", 42)],
          interventions=["Therapeutic activities: lifting progression (97530)"]),
    ]


def pt_hip(fn):
    return [
        G("Impaired gait and balance after right hip fracture (ORIF); walks 50 feet with a rolling walker and contact guard.",
          f"{fn} will walk 300 feet with a single point cane, modified independent, on indoor and outdoor surfaces.", 84,
          objectives=[O(f"{fn} will walk 150 feet with a rolling walker with standby assistance.", 28),
                      O(f"{fn} will score 45/56 or higher on the Berg Balance Scale (baseline 34/56).", 56)],
          interventions=["Gait training (97116)", "Neuromuscular re-education (97112)", "Therapeutic exercise (97110)"]),
    ]


def ot_shoulder(fn):
    return [
        G("Right shoulder pain and stiffness after rotator cuff repair; cannot reach overhead or behind back.",
          f"{fn} will put on a pullover shirt and reach a top kitchen shelf independently, pain 2/10 or less.", 70,
          objectives=[O("Increase right shoulder active flexion from 95 to 150 degrees.", 42),
                      O("Increase right shoulder external rotation from 20 to 50 degrees.", 42),
                      O(f"{fn} will fasten a bra behind the back independently in 3 of 3 trials.", 56)],
          interventions=["Therapeutic exercise (97110)", "Therapeutic activities for dressing and reaching (97530)",
                         "Self-care/home management training (97535)"]),
        G("QuickDASH 61/100.", f"{fn} will improve the QuickDASH score to 30 or lower.", 70,
          objectives=[O(f"{fn} will complete the home program 5 of 7 days, per log.", 28)],
          interventions=["Home exercise program instruction"]),
    ]


def ot_pd(fn):
    return [
        G("Parkinson's disease with slowed, small movements; needs moderate assistance with upper body dressing.",
          f"{fn} will complete upper and lower body dressing with set-up only, in 15 minutes or less.", 84,
          objectives=[O(f"{fn} will button a shirt with 6 buttons in under 4 minutes using large-amplitude strategies.", 42),
                      O(f"{fn} will put on socks and shoes with a long-handled shoe horn, modified independent.", 56)],
          interventions=["Self-care training (97535)", "Large-amplitude movement training (97530)", "Adaptive equipment training"]),
        G("Handwriting too small to read; cannot sign checks.", f"{fn} will write a 3-sentence note that others can read in 3 of 3 trials.", 84,
          objectives=[O(f"{fn} will write name and address with letters at least 5 mm tall in 4 of 5 trials.", 42)],
          interventions=["Fine motor and handwriting training (97530)"]),
    ]


def ot_cva(fn):
    return [
        G("Left hemiparesis after stroke; needs moderate assist for toileting and bathing.",
          f"{fn} will toilet and shower with supervision only, using a tub bench and grab bars.", 84,
          objectives=[O(f"{fn} will transfer on and off the toilet with contact guard assist in 4 of 5 trials.", 42),
                      O(f"{fn} will wash upper body seated with set-up only.", 42)],
          interventions=["ADL retraining (97535)", "Neuromuscular re-education (97112)", "Caregiver training for safe transfers"]),
    ]


def slp_aphasia(fn):
    return [
        G("Moderate expressive aphasia after left CVA; cannot tell family what is needed.",
          f"{fn} will tell family basic needs and wants in short sentences with 90% accuracy.", 84,
          objectives=[O(f"{fn} will name 20 common household objects with 80% accuracy given a phonemic cue.", 42),
                      O(f"{fn} will produce 3-4 word sentences to describe pictures with 70% accuracy.", 56),
                      O(f"{fn} will use a written choice board to communicate needs in 8 of 10 opportunities.", 28)],
          interventions=["Speech-language treatment (92507): semantic feature analysis", "Script training for needs"]),
        G("Reading comprehension reduced at the sentence level.", f"{fn} will read and follow 2-step written directions with 80% accuracy.", 84,
          objectives=[O(f"{fn} will match written sentences to pictures with 80% accuracy.", 42)],
          interventions=["Reading comprehension tasks (92507)"]),
    ]


def slp_dysphagia(fn):
    return [
        G("Oropharyngeal dysphagia after stroke; on pureed diet and mildly thick liquids, coughs with thin liquids.",
          f"{fn} will eat a soft and bite-sized diet with thin liquids and no signs of aspiration.", 84,
          objectives=[O(f"{fn} will perform a chin tuck with every swallow of thin liquid in 90% of trials.", 28),
                      O(f"{fn} will complete 30 effortful swallows per day on 6 of 7 days, per log.", 42),
                      O(f"{fn} will eat soft solids with no coughing or wet voice in 9 of 10 trials.", 70)],
          interventions=["Dysphagia treatment (92526)", "Swallow strategy training with caregiver"]),
    ]


def slp_cog(fn):
    return [
        G("Cognitive-communication deficit after concussion: misses appointments and medication times.",
          f"{fn} will manage the weekly schedule and medication times independently with a phone calendar.", 84,
          objectives=[O(f"{fn} will enter all appointments in the phone calendar with 90% accuracy over 2 weeks.", 42),
                      O(f"{fn} will recall 4 of 5 key points from a 5-minute conversation after 20 minutes.", 56)],
          interventions=["Cognitive-communication treatment (92507)", "Compensatory memory strategy training"]),
    ]


def hh_chf(fn):
    return [
        G("CHF with 2 admissions in 60 days; weight gain and shortness of breath.",
          f"Patient's weight will stay within 3 lb of dry weight (184 lb) with no ER visit or admission for CHF by end of episode.", 59,
          objectives=[O(f"{fn} will weigh daily and record weight on 7 of 7 days.", 14),
                      O(f"{fn} will state 3 signs of CHF worsening and when to call the nurse.", 14),
                      O(f"{fn} will keep sodium intake below 2 g per day, per 3-day food diary review.", 30)],
          interventions=["SN: skilled assessment of cardiopulmonary status, teaching on diet, weights and medications",
                         "PT: endurance and gait training"]),
        G("Deconditioning: walks 40 feet before resting.", f"{fn} will walk 150 feet with a rolling walker without a rest break.", 59,
          objectives=[O(f"{fn} will complete the home exercise program independently 5 days a week.", 28)],
          interventions=["PT: therapeutic exercise and gait training"]),
    ]


def hh_wound(fn):
    return [
        G("Stage 3 sacral pressure injury, 3.5 x 2.0 x 0.5 cm.",
          f"Wound will decrease to 2.0 x 1.0 x 0.2 cm or less with no signs of infection.", 59,
          objectives=[O(f"Caregiver will perform the dressing change with correct technique in 3 of 3 return demonstrations.", 21),
                      O(f"{fn} will be turned at least every 2 hours while in bed, per turning log.", 14)],
          interventions=["SN: wound assessment and dressing change, measure weekly", "SN: teach caregiver dressing change and off-loading"]),
        G("Type 2 diabetes, fasting glucose 180-240.", f"{fn} will keep fasting blood glucose between 80 and 150 on 5 of 7 days.", 59,
          objectives=[O(f"{fn} will check and log blood glucose twice a day on 7 of 7 days.", 21)],
          interventions=["SN: diabetic teaching and medication management"]),
    ]


def hh_copd(fn):
    return [
        G("COPD with exacerbation; dyspnea with ADLs, SpO2 drops to 86% on exertion.",
          f"{fn} will bathe and dress with SpO2 at or above 90% on 2 L oxygen and dyspnea 3/10 or less.", 59,
          objectives=[O(f"{fn} will use pursed-lip breathing correctly during ADLs in 4 of 5 observed trials.", 21),
                      O(f"{fn} will demonstrate correct inhaler technique with a spacer 3 of 3 times.", 14)],
          interventions=["SN: respiratory assessment, medication and oxygen teaching", "OT: energy conservation during ADLs"]),
        G("Fall risk: 2 falls at home in 3 months.", f"{fn} will have no falls and will transfer to the tub bench with supervision only.", 59,
          objectives=[O(f"{fn} will transfer to and from the tub bench with contact guard assist.", 30)],
          interventions=["PT: balance and transfer training", "Home safety evaluation"]),
    ]


def hh_hip(fn):
    return [
        G("Aftercare following surgery for left hip fracture; walks 30 feet with a walker and moderate assistance.",
          f"{fn} will walk 150 feet with a rolling walker, modified independent, in the home.", 59,
          objectives=[O(f"{fn} will transfer bed to chair with standby assist.", 21),
                      O(f"{fn} will follow hip precautions during dressing in 5 of 5 observations.", 21)],
          interventions=["PT: gait and transfer training, therapeutic exercise", "OT: lower body dressing with adaptive equipment"]),
        G("Pain 6/10 with walking; new anticoagulant.", f"{fn} will report pain 3/10 or less with walking and take the anticoagulant as ordered on 7 of 7 days.", 59,
          objectives=[O(f"{fn} will state the anticoagulant's purpose, dose and 3 bleeding precautions.", 14)],
          interventions=["SN: medication teaching, pain assessment, incision check"]),
    ]


def hh_dm(fn):
    return [
        G("Newly insulin-dependent type 2 diabetes; A1c 10.2%.",
          f"{fn} will draw up and give insulin correctly and keep fasting glucose under 150 on 5 of 7 days.", 59,
          objectives=[O(f"{fn} will draw up and inject the correct insulin dose in 3 of 3 return demonstrations.", 14),
                      O(f"{fn} will state 3 signs of low blood sugar and the treatment for each.", 14)],
          interventions=["SN: diabetic teaching, insulin administration teaching", "SN: foot care teaching"]),
        G("Unsteady on feet; uses furniture to walk.", f"{fn} will walk 200 feet with a cane, modified independent.", 59,
          objectives=[O(f"{fn} will complete 10 sit-to-stands without using arms.", 30)],
          interventions=["PT: strengthening and gait training"]),
    ]


def aba_early(fn, parent):
    return [
        G(None, f"{fn} will independently mand (request) for 15 different preferred items or activities using 2-word phrases.", 180,
          baseline="3 items, single words, with a full verbal prompt (probe over 5 sessions)",
          mastery="80% independent mands across 3 consecutive sessions with 2 therapists", domain="Communication"),
        G(None, f"{fn} will reduce head-hitting from an average of 14 per hour to 2 or fewer per hour.", 180,
          baseline="14 per hour (range 9-21), 10 hours of observation", mastery="2 or fewer per hour for 4 consecutive weeks",
          domain="Problem behavior"),
        G(None, f"{fn} will complete a 6-step handwashing routine independently.", 150,
          baseline="2 of 6 steps independent (task analysis)", mastery="6 of 6 steps independent on 3 consecutive days",
          domain="Daily living"),
        G(None, f"{parent} will implement the first-then visual schedule and planned ignoring with at least 90% fidelity.", 120,
          baseline="40% fidelity on the procedural checklist", mastery="90% fidelity across 3 consecutive observed home sessions",
          domain="Caregiver training"),
    ]


def aba_school(fn, parent):
    return [
        G(None, f"{fn} will start and keep up a back-and-forth conversation with a peer for at least 4 exchanges.", 180,
          baseline="1 exchange with adult prompts", mastery="4 or more exchanges in 80% of opportunities across 3 sessions",
          domain="Social skills"),
        G(None, f"{fn} will reduce elopement from the classroom from 5 per day to 0 per day.", 180,
          baseline="5 per day (range 3-8), 2 weeks of ABC data", mastery="0 elopements for 20 consecutive school days",
          domain="Problem behavior"),
        G(None, f"{fn} will follow 3-step group directions without extra prompts.", 150,
          baseline="20% of opportunities", mastery="80% of opportunities across 3 consecutive sessions", domain="Classroom readiness"),
        G(None, f"{parent} will use the token economy and prompt hierarchy during homework with 90% fidelity.", 120,
          baseline="50% fidelity", mastery="90% fidelity on 3 consecutive observations", domain="Parent training"),
    ]


def aba_teen(fn, parent):
    return [
        G(None, f"{fn} will use a coping card to request a break instead of yelling in 8 of 10 frustrating situations.", 180,
          baseline="1 of 10 situations", mastery="8 of 10 situations for 3 consecutive weeks", domain="Emotional regulation"),
        G(None, f"{fn} will prepare a simple meal (sandwich and drink) independently following a picture recipe.", 150,
          baseline="3 of 9 steps independent", mastery="9 of 9 steps independent across 3 sessions", domain="Independent living"),
        G(None, f"{fn} will reduce aggression toward siblings from 6 to 1 or fewer incidents per week.", 180,
          baseline="6 per week (4-week average)", mastery="1 or fewer per week for 6 consecutive weeks", domain="Problem behavior"),
        G(None, f"{parent} will run the behavior plan's crisis steps with 100% accuracy in role play and 90% at home.", 120,
          baseline="60% accuracy in role play", mastery="100% role play, 90% at home on 3 consecutive checks",
          domain="Caregiver training"),
    ]


def sud_opioid(fn, ntp=False):
    return [
        G("Opioid use disorder: daily fentanyl use for 3 years, 2 overdoses.",
          f"{fn} will stop illicit opioid use, with urine drug screens negative for illicit opioids.", 90,
          objectives=[O(f"{fn} will have negative urine drug screens for fentanyl and heroin on 4 consecutive weekly tests.", 60),
                      O(f"{fn} will take the {'methadone' if ntp else 'buprenorphine'} dose as ordered on at least 26 of 28 days.", 30),
                      O(f"{fn} will carry naloxone and name 2 people trained to use it.", 14)],
          interventions=["Individual counseling weekly", "Medication for opioid use disorder with dose review"]),
        G("Unstable housing and no income.", f"{fn} will secure stable housing and apply for benefits.", 90,
          objectives=[O(f"{fn} will complete 2 housing applications with the case manager.", 30),
                      O(f"{fn} will submit 2 benefit applications (Medicaid renewal and SNAP) with the case manager.", 21)],
          interventions=["Case management weekly", "Referral to housing navigator"]),
    ]


def sud_alcohol(fn):
    return [
        G("Alcohol use disorder, severe: drinks a fifth daily, withdrawal seizures in 2025.",
          f"{fn} will remain abstinent from alcohol, with negative breath and EtG tests.", 28,
          objectives=[O(f"{fn} will have negative EtG urine tests on every random test during the stay.", 21),
                      O(f"{fn} will write a relapse prevention plan that lists 5 triggers and a coping response for each.", 14),
                      O(f"{fn} will attend 5 groups per week, per attendance log.", 21)],
          interventions=["Group counseling 5 times weekly", "Individual counseling twice weekly", "Relapse prevention education"]),
        G("Depressed mood and poor sleep in early recovery.", f"{fn} will report sleep of 6 or more hours on 5 of 7 nights.", 28,
          objectives=[O(f"{fn} will lower the PHQ-9 from 16 to 10 or below.", 21)],
          interventions=["Psychiatric evaluation and medication review", "Sleep hygiene group weekly"]),
    ]


def sud_stim(fn):
    return [
        G("Methamphetamine use 4-5 days a week; lost job.",
          f"{fn} will stop methamphetamine use, with negative urine drug screens.", 60,
          objectives=[O(f"{fn} will provide negative urine drug screens on 6 consecutive weekly tests.", 45),
                      O(f"{fn} will attend 4 community support meetings per week, verified by sign-in sheet.", 30),
                      O(f"{fn} will list 5 high-risk situations and a written plan for each.", 14)],
          interventions=["Contingency management with weekly drug screens", "Matrix model group 3 times weekly"]),
        G("No job or daily structure.", f"{fn} will return to work or a job-training program at least 20 hours a week.", 60,
          objectives=[O(f"{fn} will complete 3 job applications per week for 4 weeks.", 30)],
          interventions=["Vocational counseling weekly"]),
    ]


def sud_cocaine(fn):
    return [
        G("Cocaine use on weekends with heavy drinking; DWI arrest.",
          f"{fn} will abstain from cocaine and alcohol, with negative drug screens and breath tests.", 42,
          objectives=[O(f"{fn} will test negative for cocaine and alcohol on all random tests during treatment.", 42),
                      O(f"{fn} will identify 4 triggers and 4 coping skills and practice them in group.", 14),
                      O(f"{fn} will attend 3 recovery meetings a week and get a sponsor.", 28)],
          interventions=["Group counseling 4 times weekly", "Individual counseling weekly"]),
        G("Legal: DWI court requirements.", f"{fn} will comply with all court requirements and attend every court date.", 42,
          objectives=[O(f"{fn} will complete the DWI education course of 12 hours.", 35)],
          interventions=["Case management for court reporting, weekly"]),
    ]


# ----------------------------------------------------------------------------------------------
# numbered-box forms
# ----------------------------------------------------------------------------------------------
def goal_lines(p, ltg="Goal", stg="Obj", show_base=True):
    df = p["df"]
    out = []
    for i, g in enumerate(p["goals"], 1):
        gd = goal_date_txt(g, df)
        dom = f" ({g['domain']})" if g.get("domain") else ""
        out.append(f"{ltg} {i}{dom}: {g['goal']}" + (f" By {gd}." if gd else ""))
        if show_base and g.get("baseline"):
            out.append(f"   Baseline: {g['baseline']}")
        if g.get("mastery"):
            out.append(f"   Mastery criteria: {g['mastery']}")
        for j, o in enumerate(g["objectives"]):
            od = obj_date_txt(o, df)
            out.append(f"   {stg} {i}{chr(97 + j)}: {o['text']}" + (f" (by {od})" if od else ""))
    return out


def sig_box(s, df):
    if s["mode"] == "blank":
        return ["", "Date: ________"]
    mark = sig_mark(s, df)
    if s["mode"] == "esign":
        return [mark]
    return [mark, f"Date: {fmt(s['date'], df) if s['date'] else '________'}"]


def boxes_485(p, meds, dme, safety, nutr, allergies, func, mental, prognosis, rn, phys, hha_received):
    df = p["df"]
    c = p["client"]
    orders = []
    for s in p["services"]:
        orders.append(f"{s['desc']}: {s['freq'] or ''}".rstrip(": ").rstrip())
    orders.append("")
    for g in p["goals"]:
        for x in g["interventions"]:
            orders.append(x)
    phys_lines = [f"{phys['name']}, {phys['cred']}", phys.get("addr", ""), f"NPI: {phys['npi']}"]
    return [
        [("1", "Patient's HI Claim No.", c["mid"]), ("2", "Start of Care Date", fmt(p["first"], df)),
         ("3", "Certification Period", f"From: {fmt(p['start'], df)}   To: {fmt(p['end'], df)}")],
        [("4", "Medical Record No.", c.get("mrn", "")), ("5", "Provider No.", p["agency_npi"])],
        [("6", "Patient's Name and Address", [c["name"], c.get("addr", "")]),
         ("7", "Provider's Name, Address and Telephone Number", [p["agency"][0], p["agency"][1], p["agency"][2]])],
        [("8", "Date of Birth", fmt(c["dob"], df)), ("9", "Sex", c.get("sex", "")),
         ("10", "Medications: Dose/Frequency/Route (N)ew (C)hanged", meds)],
        [("11", "ICD-10-CM / Principal Diagnosis / Date", [dx_line(p["dx"][0]), fmt(p["dx"][0].get("on"), df)])],
        [("12", "ICD-10-CM / Surgical Procedure / Date", "N/A"),
         ("13", "ICD-10-CM / Other Pertinent Diagnoses / Date", [dx_line(d) for d in p["dx"][1:]] or ["None"])],
        [("14", "DME and Supplies", dme), ("15", "Safety Measures", safety)],
        [("16", "Nutritional Req.", nutr), ("17", "Allergies", allergies)],
        [("18", "Functional Limitations / Activities Permitted", func)],
        [("19", "Mental Status", mental), ("20", "Prognosis", prognosis)],
        [("21", "Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)", orders)],
        [("22", "Goals/Rehabilitation Potential/Discharge Plans", goal_lines(p, "Goal", "STG") +
          ["Rehab potential: good for stated goals. Discharge when goals met and patient able to manage at home."])],
        [("23", "Nurse's Signature and Date of Verbal SOC Where Applicable", sig_box(rn, df)),
         ("25", "Date HHA Received Signed POT", hha_received)],
        [("24", "Physician's Name and Address", phys_lines),
         ("26", "Physician Certification", "I certify that this patient is confined to the home and needs intermittent skilled "
                                           "nursing care, physical therapy and/or speech therapy. The patient is under my care, "
                                           "and I have authorized the services on this plan of care and will periodically review the plan.")],
        [("27", "Attending Physician's Signature and Date Signed", sig_box(phys, df)),
         ("28", "Notice", "Anyone who misrepresents, falsifies, or conceals essential information required for payment of "
                          "Federal funds may be subject to fine, imprisonment, or civil penalty under applicable Federal statutes.")],
    ]


def boxes_700(p, onset, therapist, phys, visits="1"):
    df = p["df"]
    c = p["client"]
    last, first = c["name"].split(" ")[-1], c["name"].split(" ")[0]
    plan_lines = []
    for s in p["services"]:
        plan_lines.append(f"{s['desc']} ({s['code']})")
    return [
        [("1", "Patient's Last Name", last), ("2", "First Name", first), ("2a", "Date of Birth", fmt(c["dob"], df))],
        [("3", "Provider Name", p["agency"][0]), ("4", "Medicare No. (MBI)", c["mid"]), ("5", "Provider No. (NPI)", p["agency_npi"])],
        [("6", "Onset Date", fmt(onset, df)), ("7", "SOC. Date", fmt(p["first"], df)), ("8", "Type", p["type_box"])],
        [("9", "Primary Diagnosis (Pertinent Medical D.X.)", [dx_line(d) for d in p["dx"] if d.get("primary")]),
         ("10", "Treatment Diagnosis", [dx_line(d) for d in p["dx"] if not d.get("primary")]),
         ("11", "Visits from SOC", visits)],
        [("12", "Plan of Treatment Functional Goals", goal_lines(p, "LTG", "STG")),
         ("", "Plan", plan_lines + ["Home exercise program; patient education."])],
        [("13", "Signature (professional establishing POC incl. prof. designation)", sig_box(therapist, df)),
         ("14", "Frequency / Duration (e.g., 3/Wk x 4 Wk.)", [f"{p['services'][0]['freq']} x {p['services'][0]['dur']}"]),
         ("14a", "Date plan established", fmt(p["plan_date"], df))],
        [("15", "I certify the need for these services furnished under this plan of treatment while under my care.  Physician signature",
          sig_box(phys, df)),
         ("17", "Certification", [f"From {fmt(p['start'], df)}  Through {fmt(p['end'], df)}", "☐ N/A"]),
         ("18", "ON FILE (Print/type physician's name)", [f"{phys['name']}, {phys['cred']}", f"NPI {phys['npi']}"])],
        [("19", "Prior Hospitalization", p.get("prior_hosp", "N/A")), ("20", "Medical History", p.get("history", ""))],
        [("21", "Initial Assessment (history, medical complications, level of function at start of care; reason for referral)",
          p.get("presenting", ""))],
    ]


# ----------------------------------------------------------------------------------------------
# the plans
# ----------------------------------------------------------------------------------------------
PLANS = []


def mk(**kw):
    p = dict(states=[], labels={}, cw="Client", df="us", payer_name=None, admit=None, first=None, start=None, end=None,
             review=None, duration=None, loc=None, presenting=None, assess=[], providers=[], unsure=[], gaps=[],
             timing=set(), review_lines=[], hook=None, title="Treatment Plan", dur_months=None, done_reviews=[])
    p.update(kw)
    resolve(p)
    PLANS.append(p)
    return p


def td(d, n):
    return d + dt.timedelta(days=n)


# ---- Medicare psychotherapy ------------------------------------------------------------------
NPI_OKAFOR = npi("143872105")
NPI_VELEZ = npi("162948330")
NPI_ANAND = npi("118273645")
NPI_DUCHARME = npi("150394817")
NPI_HALVERSEN = npi("127736402")
NPI_PRUITT = npi("185520931")
NPI_BROOKS = npi("131098276")
NPI_NAKAMURA = npi("176604218")
NPI_SEIDEL = npi("109912384")

pd_ = D("2026-05-11")
mk(id="ah01", slug="psy_cover_appendix", fam="cover", payer="medicare-psychotherapy", as_of=D("2026-06-15"),
   title="Individual Treatment Plan", subtitle="Outpatient Psychotherapy Services",
   agency=("Brightwater Counseling Associates", "418 Tamarack Ave, Suite 2, Erie, PA 16505", "(814) 555-0142"),
   client=dict(name="Harold P. Lindqvist", dob=D("1953-08-14"), mid="5QW8RM2TK46"), payer_name="Medicare Part B",
   labels={"mid": "Medicare Beneficiary ID (MBI)", "payer": "Payer", "plan": "Date plan established"}, df="long",
   plan_date=pd_, duration=f"26 weeks (through {fmt(td(pd_, 182), 'long')})", review=td(pd_, 91),
   presenting="Mr. Lindqvist was referred by his primary care physician after his wife's move to memory care. He reports low mood "
              "most days, poor sleep, and withdrawal from church and volunteering. PHQ-9 19 at the diagnostic evaluation (90791) on "
              f"{fmt(td(pd_, -7), 'long')}. No suicidal ideation; safety plan reviewed.",
   dx=[dict(code="F33.1", desc="Major depressive disorder, recurrent, moderate", primary=True),
       dict(code="F41.1", desc="Generalized anxiety disorder")],
   goals=psy_dep("Harold"), svc_kind="psy",
   services=[S("90837", "Individual psychotherapy", "Weekly", "53 minutes", "26 weeks"),
             S("90847", "Family psychotherapy with patient present", "Monthly", "50 minutes", "26 weeks")],
   providers=[dict(role="Treating clinician", name="Rosalind Okafor", cred="LCSW", npi=NPI_OKAFOR)],
   prepared_by="Rosalind Okafor, LCSW",
   sigs=[SIG("Clinician", "Rosalind Okafor", "LCSW", pd_, "esign", npi_=NPI_OKAFOR),
         SIG("Client", "Harold P. Lindqvist", None, pd_, "typed", kind="client")],
   notes="Clean. Cover page in its own section without header (identifiers on the cover only, plus a running header in the body "
         "section), body under numbered Heading 1 titles, services and signatures in appendices after a page break; dates written "
         "in words.")

pd_ = D("2026-03-10")
mk(id="ah02", slug="psy_pa_shaded_rows", fam="shaded", payer="medicare-psychotherapy", states=["pa-55-5200"], as_of=D("2026-04-20"),
   title="Comprehensive Treatment Plan", agency=("Harbor Light Behavioral Health", "77 Front St, Lancaster, PA 17603", "(717) 555-0190"),
   cw="Consumer", client=dict(name="Delphine R. Marchetti", dob=D("1961-02-03"), mid="2HK7PW9TE14", mrn="HLB-20817"),
   payer_name="Medicare", labels={"name": "Consumer", "dob": "DOB", "mid": "MBI", "mrn": "Chart #", "admit": "Intake date",
                                  "plan": "Plan date", "dur": "Anticipated length of treatment"},
   plan_date=pd_, admit=D("2026-02-17"), duration="6 months", review=td(pd_, 90),
   presenting="Consumer reports nightmares, startle and avoidance since an assault at work in 2025. Lives alone; daughter nearby.",
   dx=[dict(code="F43.12", desc="Post-traumatic stress disorder, chronic", primary=True)],
   goals=psy_ptsd("Delphine"), svc_kind="psy",
   services=[S("90837", "Individual psychotherapy (CPT protocol)", "1x per week", "60 min", "6 months"),
             S("90833", "Psychotherapy add-on with E/M (medication visit)", "Monthly", "30 min", "6 months")],
   providers=[dict(role="Therapist", name="Marisol Velez", cred="LPC", npi=NPI_VELEZ),
              dict(role="Psychiatrist", name="Victor Anand", cred="MD", npi=NPI_ANAND)],
   headings={"sig": "Section G - Signatures / Approval"},
   sigs=[SIG("Consumer", "Delphine R. Marchetti", None, pd_, "typed", kind="client"),
         SIG("Therapist", "Marisol Velez", "LPC", pd_, "slash"),
         SIG("Psychiatrist approval", "Victor Anand", "MD", td(pd_, 3), "onfile", kind="physician")],
   notes="Clean. Whole plan in one table; section titles are shaded merged rows, goals have lighter shaded sub-rows; PA intake 21 "
         "days before the plan; psychiatrist approval row.")

pd_ = D("2026-07-06")
mk(id="ah03", slug="psy_header_ids_goal_grid", fam="grid", payer="medicare-psychotherapy", as_of=D("2026-08-03"),
   title="Psychotherapy Plan of Care", agency=("Lakeside Psychological Group", "2100 Shore Rd, Duluth, MN 55812", "(218) 555-0127"),
   cw="Patient", client=dict(name="Bernadette O. Vukovich", dob=D("1949-11-22"), mid="7JD2XN4RA90"), payer_name="Medicare Part B",
   labels={"name": "Patient", "dob": "DOB", "mid": "Medicare ID", "plan": "Plan date"}, df="us1",
   plan_date=pd_, duration="22 weeks", review=td(pd_, 84),
   dx=[dict(code="F41.1", desc="Generalized anxiety disorder", primary=True), dict(code="F41.0", desc="Panic disorder")],
   goals=psy_anx("Bernadette"), svc_kind="psy",
   services=[S("90834", "Psychotherapy, individual", "Weekly", "45 minutes", "22 weeks")],
   providers=[dict(role="Psychologist", name="Anton Ducharme", cred="PsyD", npi=NPI_DUCHARME)],
   footer_sig=True, sig_style="lines",
   sigs=[SIG("Psychologist", "Anton Ducharme", "PsyD", pd_, "esign", in_footer=True),
         SIG("Patient", "Bernadette O. Vukovich", None, td(pd_, 1), "typed", kind="client")],
   notes="Clean. Name, DOB and Medicare ID only in a page-header table; goals laid out as a grid whose first column holds the "
         "labels and whose other columns are the goals side by side; the clinician's e-signature sits in the page footer.")

pd_ = D("2026-09-14")
NPI_BAD = npi("150873229", valid=False)
p04 = mk(id="ah04", slug="psy_numbered_boxes", fam="form", payer="medicare-psychotherapy", as_of=D("2026-10-01"),
         title="Outpatient Treatment Plan", agency=("Cedar Hollow Family Services", "9 Mill St, Bangor, ME 04401", "(207) 555-0163"),
         client=dict(name="Wendell T. Ashby", dob=D("1957-04-30"), mid="3FN6TY8KW25"), payer_name="Medicare Part B",
         plan_date=pd_, duration="24 weeks", dx=[dict(code="F41", desc="Anxiety disorder", primary=True),
                                                  dict(code="F34.1", desc="Dysthymic disorder")],
         goals=psy_anx("Wendell"), svc_kind="psy",
         services=[S("90834", "Individual psychotherapy", "Weekly", "45 minutes", "24 weeks")],
         sigs=[SIG("Clinician", "Noreen Halversen", "LMFT", pd_, "typed", npi_=NPI_BAD),
               SIG("Client", "Wendell T. Ashby", None, pd_, "typed", kind="client")],
         gaps=[["diagnosis-code-not-billable"], ["identifier-invalid"]],
         notes="Gaps: the primary diagnosis is written as the category F41 (not billable); the clinician's NPI in box 16 fails the "
               "check digit. Layout: a form of numbered boxes (caption with the box number over each value), goals in one box.")
p04["boxes"] = [
    [("1", "Client name", "Wendell T. Ashby"), ("2", "Date of birth", fmt(D("1957-04-30"))), ("3", "Medicare ID (MBI)", "3FN6TY8KW25")],
    [("4", "Agency", "Cedar Hollow Family Services"), ("5", "Program", "Adult outpatient"), ("6", "Plan date", fmt(pd_))],
    [("7", "Primary diagnosis (ICD-10-CM)", "F41  Anxiety disorder"), ("8", "Secondary diagnosis", "F34.1  Dysthymic disorder")],
    [("9", "Reason for referral", "Worry and panic symptoms for 2 years, worse since retirement; stopped driving to see grandchildren.")],
    [("10", "Goals and objectives (measurable, with target dates)", goal_lines(p04, "Goal", "Obj"))],
    [("11", "Interventions / modality", ["CBT for generalized anxiety; graded exposure for driving; panic control treatment"]),
     ("12", "Service / CPT", ["90834 individual psychotherapy"])],
    [("13", "Session length", "45 minutes"), ("14", "Frequency", "Weekly"), ("15", "Expected duration", "24 weeks")],
    [("16", "Clinician signature, credentials, NPI", ["Noreen Halversen, LMFT", f"NPI {NPI_BAD}", f"Date: {fmt(pd_)}"]),
     ("17", "Client signature", ["Wendell T. Ashby", f"Date: {fmt(pd_)}"])],
]
p04["form_after"] = ["Form OP-7 rev. 2023. Keep original in chart; copy to client."]

pd_ = D("2026-04-02")
mk(id="ah05", slug="psy_two_columns", fam="cols", payer="medicare-psychotherapy", as_of=D("2026-05-04"),
   title="TREATMENT PLAN - OUTPATIENT THERAPY", agency=("Riverbend Therapy Collective", "310 Elm St, Dubuque, IA 52001", "(563) 555-0109"),
   client=dict(name="Lorraine E. Castellanos", dob=D("1955-12-09"), mid="9RT4GH6MP37"), payer_name="Medicare",
   labels={"mid": "MBI #", "plan": "Date of plan"}, df="us",
   plan_date=pd_, duration="6 months", review=td(pd_, 90),
   dx=[dict(code="F31.81", desc="Bipolar II disorder", primary=True)],
   goals=psy_bip("Lorraine"), svc_kind="psy",
   services=[S("90834", "Individual psychotherapy", "Weekly", None, "6 months"),
             S("90847", "Family psychotherapy", "Twice a month", None, "6 months")],
   providers=[dict(role="Therapist", name="Gideon Pruitt", cred="LICSW", npi=NPI_PRUITT)],
   sigs=[SIG("Therapist", "Gideon Pruitt", "LICSW", pd_, "slash"), SIG("Client", "Lorraine E. Castellanos", None, pd_, "typed", kind="client")],
   gaps=[["amount-missing"]],
   notes="Gap: no session length for either service (the session-length column of the services table is empty). Layout: "
         "face sheet and goals in two-column sections with a column break, single-column services and signatures.")

pd_ = D("2026-02-18")
mk(id="ah06", slug="psy_pa_nested_tables", fam="nested", payer="medicare-psychotherapy", states=["pa-55-5200"], as_of=D("2026-03-02"),
   title="Individual Treatment Plan", agency=("Allegheny Ridge Clinic", "55 Liberty Way, Altoona, PA 16601", "(814) 555-0171"),
   cw="Individual", client=dict(name="Tobias J. Rennick", dob=D("1959-06-18"), mid="4KM9VB2XC58"), payer_name="Medicare Part B",
   labels={"name": "Individual served", "mid": "Medicare MBI", "admit": "Date of intake", "plan": "Plan completed"},
   plan_date=pd_, admit=D("2026-01-08"), duration="6 months", review=td(pd_, 90),
   presenting="Mr. Rennick reports low mood and poor sleep since his layoff; drinking has increased to 3-4 beers nightly.",
   dx=[dict(code="F32.1", desc="Major depressive disorder, single episode, moderate", primary=True)],
   goals=psy_dep("Tobias"), svc_kind="psy",
   services=[S("90837", "Individual psychotherapy", "Weekly", "53+ minutes", "6 months")],
   providers=[dict(role="Therapist", name="Yvonne Seidel", cred="LCSW", npi=NPI_SEIDEL),
              dict(role="Approving psychiatrist", name="Rafael Nakamura", cred="MD", npi=NPI_NAKAMURA)],
   sigs=[SIG("Individual served", None, None, None, "blank", kind="client"),
         SIG("Therapist (MHP)", "Yvonne Seidel", "LCSW", pd_, "typed"),
         SIG("Psychiatrist approval", "Rafael Nakamura", "MD", td(pd_, 2), "esign", kind="physician")],
   gaps=[["plan-late"], ["signature-missing"]],
   notes="Gaps: plan completed 41 days after intake (PA allows 30); the individual's signature line is empty. Layout: an outer "
         "two-column table whose cells hold nested tables (client facts, each goal's objectives, the signers).")

pd_ = D("2026-06-01")
mk(id="ah07", slug="psy_text_boxes", fam="tbox", payer="medicare-psychotherapy", as_of=D("2026-07-01"),
   title="Treatment Plan", agency=("Northgate Counseling", "1200 Northgate Blvd, Sacramento, CA 95833", "(916) 555-0135"),
   client=dict(name="Augustin F. Beaumont", dob=D("1950-03-27"), mid="6WE3QA7ZN12"), payer_name="Medicare",
   labels={"mid": "Medicare #", "plan": "Plan date"}, df="iso",
   plan_date=pd_, duration="12 months", review=td(pd_, 120), dur_months=12,
   dx=[dict(code="F43.23", desc="Adjustment disorder with mixed anxiety and depressed mood", primary=True)],
   goals=psy_grief("Augustin"), svc_kind="psy",
   services=[S("90834", "Individual psychotherapy", "Every other week", "45 minutes", "12 months")],
   providers=[dict(role="Clinician", name="Maeve Halloran", cred="LMFT", npi=npi("190243386"))],
   sigs=[SIG("Clinician", "Maeve Halloran", "LMFT", pd_, "typed"), SIG("Client", "Augustin F. Beaumont", None, pd_, "typed", kind="client")],
   gaps=[["duration-exceeds-limit"]],
   notes="Gap: expected duration 12 months (the payer requires less than one year). Layout: client facts in a floating text box "
         "(DrawingML with VML fallback), key dates in a framed paragraph, the rest in the body.")

pd_ = D("2025-05-19")
mk(id="ah08", slug="psy_word_numbering_instructions", fam="numlist", payer="medicare-psychotherapy", as_of=D("2026-06-22"),
   title="Behavioral Health Treatment Plan", agency=("Prairie Wind Mental Health Center", "400 Main St, Salina, KS 67401", "(785) 555-0158"),
   client=dict(name="Ilse M. Thorvaldsen", dob=D("1958-01-15"), mid="8PA5CK3LW71"), payer_name="Medicare Part B",
   labels={"name": "Client", "mid": "MBI", "plan": "Date of plan"}, df="us",
   plan_date=pd_, duration="6 months", review=td(pd_, 182),
   dx=[dict(code="F33.1", desc="Major depressive disorder, recurrent, moderate", primary=True)],
   goals=psy_dep("Ilse"), svc_kind="psy",
   services=[S("90837", "Individual psychotherapy", "Weekly", "60 minutes", "6 months")],
   providers=[dict(role="Therapist", name="Caleb Brennan", cred="LPC", npi=npi("168830147"))],
   sigs=[SIG("Therapist", "Caleb Brennan", "LPC", pd_, "esign"), SIG("Client", "Ilse M. Thorvaldsen", None, pd_, "typed", kind="client")],
   gaps=[["plan-outdated"]],
   notes="Gap: the plan was established 399 days before the date of service and was never reviewed or renewed. Layout: agency "
         "template with italic instructions left in, fields in content controls, goals and objectives as Word list numbering whose "
         "labels ('Goal 1:', 'Objective 1.1') exist only in numbering.xml, arrow bullets.")

pd_ = D("2026-08-24")
mk(id="ah09", slug="psy_pa_landscape_grid", fam="land", payer="medicare-psychotherapy", states=["pa-55-5200"], as_of=D("2026-09-14"),
   title="Treatment Plan", agency=("Susquehanna Valley Counseling", "18 Market St, Sunbury, PA 17801", "(570) 555-0113"),
   client=dict(name="Marguerite L. Osei", dob=D("1956-10-02"), mid="1CV8DN5HR63"), payer_name="Medicare Part B",
   labels={"admit": "Intake", "plan": "Plan date", "dur": "Expected duration"}, df="us",
   plan_date=pd_, admit=D("2026-08-03"), duration="22 weeks", review=td(pd_, 90),
   dx=[dict(code="F41.0", desc="Panic disorder [episodic paroxysmal anxiety]", primary=True)],
   goals=[psy_anx("Marguerite")[0],
          G("Panic attacks 3 to 4 times a week, with 2 emergency room visits in the past 6 months.",
            "Marguerite will reduce panic attacks from 3-4 a week to no more than 1 a week, with no ER visits for panic.", 140,
            objectives=[], interventions=["Panic control treatment with interoceptive exposure"])],
   svc_kind="psy", services=[S("90837", "Individual psychotherapy", "Weekly", "53 minutes", "22 weeks")],
   providers=[dict(role="Therapist", name="Owen Castellano")],
   responsible="Therapist",
   sigs=[SIG("Client", "Marguerite L. Osei", None, pd_, "typed", kind="client"),
         SIG("Therapist", "Owen Castellano", None, pd_, "slash"),
         SIG("Approving physician", "Imani Brooks-Tate", "DO", td(pd_, 2), "typed", kind="physician")],
   gaps=[["objective-missing"], ["credential-missing"]],
   notes="Gaps: goal 2 has no objectives (its objective cell is empty); the therapist signs without any credential and none is "
         "given elsewhere. Layout: portrait face sheet, landscape goal grid with vertically merged problem and goal cells, portrait "
         "signature page.")


# ---- Medicare outpatient therapy -------------------------------------------------------------
f_ = D("2026-03-02")
phys = SIG("Physician", "Lionel Fairbanks", "MD", td(f_, 7), "typed", npi_=npi("133309451"), kind="physician")
ther = SIG("Therapist", "Priya Raman", "PT, DPT", f_, "typed")
p10 = mk(id="ah10", slug="pt_cms700_boxes", fam="form", payer="medicare-outpatient-therapy", as_of=D("2026-04-06"),
         title="Plan of Treatment for Outpatient Rehabilitation", form_head="DEPARTMENT OF HEALTH AND HUMAN SERVICES - Form approved (agency copy)",
         agency=("Summit Physical Therapy & Sports Rehab", "88 Pine Ridge Rd, Boise, ID 83706", "(208) 555-0174"),
         agency_npi=npi("178812340"), type_box="☒ PT  ☐ OT  ☐ SLP  ☐ CR  ☐ RT",
         client=dict(name="Gerald Okonkwo", dob=D("1948-09-05"), mid="2UX5FJ8RD39"), plan_date=f_, first=f_,
         start=f_, end=td(f_, 88), dx=[dict(code="Z96.651", desc="Presence of right artificial knee joint", primary=True),
                                        dict(code="Z47.1", desc="Aftercare following joint replacement surgery"),
                                        dict(code="M62.81", desc="Muscle weakness (generalized)")],
         goals=pt_tka("Gerald"), svc_kind="ther",
         services=[S("97110", "Therapeutic exercise", "3x/week", "2 units", "12 weeks"),
                   S("97116", "Gait training", "3x/week", "1 unit", "12 weeks"),
                   S("97140", "Manual therapy", "3x/week", "1 unit", "12 weeks")],
         presenting="R TKA 02/16/2026. Walks 150 ft with rolling walker, pain 5/10. Knee flexion 92°, extension -8°. TUG 18 s.",
         prior_hosp="Inpatient 02/16/2026 - 02/19/2026 (TKA)", history="HTN, type 2 DM (diet controlled)",
         sigs=[ther, phys],
         notes="Clean. CMS-700-style form: numbered caption boxes over the values, merged cells, certification and physician "
               "signature in boxes 15-18, plan date in an added box 14a.")
p10["boxes"] = boxes_700(p10, D("2026-02-16"), ther, phys, visits="1")

f_ = D("2026-05-18")
mk(id="ah11", slug="ot_shaded_rows", fam="shaded", payer="medicare-outpatient-therapy", as_of=D("2026-06-30"),
   title="Occupational Therapy Plan of Care", agency=("Mercy Outpatient Rehabilitation", "1400 W Lake St, Peoria, IL 61614", "(309) 555-0121"),
   cw="Patient", client=dict(name="Rosemary Fitzhugh", dob=D("1952-07-19"), mid="5DG2KL7TW84", mrn="MOR-441902"),
   payer_name="Medicare Part B", fill="8EAADB",
   labels={"name": "Patient name", "mid": "MBI", "mrn": "MRN", "first": "Initial evaluation", "plan": "Plan of care date",
           "period": "Certification period"},
   plan_date=f_, first=f_, start=f_, end=td(f_, 88), duration="10 weeks",
   dx=[dict(code="M75.101", desc="Unspecified rotator cuff tear or rupture of right shoulder, not specified as traumatic", primary=True),
       dict(code="M62.81", desc="Muscle weakness (generalized)")],
   goals=ot_shoulder("Rosemary"), svc_kind="ther",
   services=[S("97110", "Therapeutic exercise", "2x/week", "2 units", "10 weeks"),
             S("97530", "Therapeutic activities", "2x/week", "1 unit", "10 weeks"),
             S("97535", "Self-care/home management training", "1x/week", "1 unit", "10 weeks")],
   providers=[dict(role="Occupational therapist", name="Dominic Ferraro", cred="OTR/L", npi=npi("112207896")),
              dict(role="Referring practitioner", name="Hannah Soto", cred="NP", npi=npi("146650023"))],
   headings={"id": "Patient Information", "dx": "Medical / Treatment Diagnosis", "goals": "Functional Goals",
             "svc": "Plan: Type, Amount, Frequency, Duration", "sig": "Certification"},
   sigs=[SIG("Occupational therapist", "Dominic Ferraro", "OTR/L", f_, "esign"),
         SIG("Certifying practitioner", "Hannah Soto", "NP", td(f_, 15), "typed", kind="physician")],
   notes="Clean. One-table plan with blue shaded heading rows; NP certifies 15 days after the evaluation.")

f_ = D("2026-08-10")
mk(id="ah12", slug="slp_header_ids_goal_grid", fam="grid", payer="medicare-outpatient-therapy", as_of=D("2026-09-21"),
   title="Speech-Language Pathology Plan of Care", agency=("Clearwater Speech & Swallow", "620 Bay St, Tampa, FL 33606", "(813) 555-0188"),
   cw="Patient", client=dict(name="Cornelius Abernathy", dob=D("1944-02-11"), mid="4NB6RV3GX52"), payer_name="Medicare Part B",
   labels={"name": "Pt", "dob": "DOB", "mid": "MBI", "first": "Eval date", "plan": "POC date", "period": "Cert period"},
   df="us2", plan_date=f_, first=f_, start=f_, end=td(f_, 88), duration="12 weeks",
   dx=[dict(code="I69.320", desc="Aphasia following cerebral infarction", primary=True), dict(code="R47.01", desc="Aphasia")],
   goals=slp_aphasia("Cornelius"), svc_kind="ther", grid_goal_word="LTG",
   grid_rows=[("Problem", "problem"), ("Long-term goal", "goal"), ("Short-term goals", "objectives"), ("Target", "gdate"),
              ("Treatment approach", "interventions")],
   services=[S("92507", "Speech/language treatment, individual", "2x/week", "1 session", "12 weeks")],
   providers=[dict(role="SLP", name="Tamsin Oyelaran", cred="MS, CCC-SLP", npi=npi("120054417"))],
   sigs=[SIG("SLP", "Tamsin Oyelaran", "MS, CCC-SLP", f_, "typed"),
         SIG("Certifying physician", "Ruth Adeyemi-Klein", "MD", td(f_, 10), "typed", kind="physician")],
   notes="Clean. Patient name, DOB and MBI only in the page-header table; long-term goals side by side in a label-column grid; "
         "two-digit-year dates.")

f_ = D("2026-01-12")
mk(id="ah13", slug="pt_cover_appendix_late_cert", fam="cover", payer="medicare-outpatient-therapy", as_of=D("2026-03-02"),
   title="Physical Therapy Plan of Care", subtitle="Initial Certification",
   agency=("Ironwood Physical Therapy", "2 Depot St, Marquette, MI 49855", "(906) 555-0116"),
   cw="Patient", client=dict(name="Agnes Villanueva", dob=D("1950-05-23"), mid="7KC4WP9NA16"), payer_name="Medicare Part B",
   labels={"name": "Patient", "mid": "Medicare Beneficiary Identifier", "first": "Date of initial evaluation", "plan": "Plan of care established",
           "period": "Certification period", "dur": "Duration"},
   plan_date=f_, first=f_, start=f_, end=td(f_, 88), duration="12 weeks", df="abbr",
   dx=[dict(code="M54.50", desc="Low back pain, unspecified", primary=True), dict(code="M48.062", desc="Spinal stenosis, lumbar region with neurogenic claudication")],
   goals=pt_lbp("Agnes"), svc_kind="ther",
   services=[S("97110", "Therapeutic exercise", "2x/week", "2 units", "12 weeks"), S("97140", "Manual therapy", "2x/week", "1 unit", "12 weeks"),
             S("97530", "Therapeutic activities", "1x/week", "1 unit", "12 weeks")],
   providers=[dict(role="Physical therapist", name="Sven Lindahl", cred="PT", npi=npi("159902213"))],
   headings={"appB": "Appendix B - Therapist Signature and Physician Certification"}, sig_style="table",
   sigs=[SIG("Physical therapist", "Sven Lindahl", "PT", f_, "typed"),
         SIG("Certifying physician", "Beatrix Olawale", "MD", td(f_, 42), "typed", kind="physician")],
   gaps=[["signature-late"]], timing={"signature-late"},
   notes="Gap: the physician certified 42 days after the first treatment day (due within 30). Layout: cover page section, body "
         "headings, services and the certification signature table in appendices.")

f_ = D("2026-10-05")
mk(id="ah14", slug="pt_nested_chiropractor_cert", fam="nested", payer="medicare-outpatient-therapy", as_of=D("2026-10-26"),
   title="Physical Therapy Plan of Care", agency=("Blue Heron Rehab", "37 Harbor Rd, Portsmouth, NH 03801", "(603) 555-0149"),
   cw="Patient", client=dict(name="Edmund Harrow", dob=D("1946-12-01"), mid="3PL8TR5VB27"), payer_name="Medicare",
   labels={"name": "Patient", "mid": "MBI", "first": "Evaluation / 1st treatment", "plan": "Plan date", "period": "Certification"},
   plan_date=f_, first=f_, start=f_, end=td(f_, 87), duration="12 weeks",
   dx=[dict(code="S72.142D", desc="Displaced intertrochanteric fracture of left femur, subsequent encounter for closed fracture with routine healing", primary=True),
       dict(code="R26.89", desc="Other abnormalities of gait and mobility")],
   goals=pt_hip("Edmund"), svc_kind="ther",
   services=[S("97116", "Gait training", "3x/week", "1-2 units", "12 weeks"), S("97110", "Therapeutic exercise", "3x/week", "2 units", "12 weeks"),
             S("97112", "Neuromuscular re-education", "2x/week", "1 unit", "12 weeks")],
   providers=[dict(role="Therapist", name="Lucia Brandt", cred="PT, DPT", npi=npi("163381027")),
              dict(role="Referring provider", name="Calvin Reyes", cred="DC", npi=npi("194417730"))],
   sigs=[SIG("Physical therapist", "Lucia Brandt", "PT, DPT", f_, "typed"),
         SIG("Certifying physician", "Calvin Reyes", "DC", td(f_, 1), "typed", kind="physician")],
   gaps=[["credential-not-permitted", "signature-missing"]],
   notes="Gap: the plan is certified by a chiropractor (DC), who may not certify a therapy plan (a reviewer may also call the "
         "certification missing). Layout: outer table with nested tables for client facts, objectives and signers.")

f_ = D("2026-02-02")
mk(id="ah15", slug="slp_landscape_long_cert", fam="land", payer="medicare-outpatient-therapy", as_of=D("2026-03-09"),
   title="SLP Plan of Care / Certification", agency=("Tri-County Speech Therapy", "905 College Ave, Fort Collins, CO 80524", "(970) 555-0194"),
   cw="Patient", client=dict(name="Philippa Dunmore", dob=D("1941-08-30"), mid="6TH3MA8KD45", mrn="TCS-3318"), payer_name="Medicare Part B",
   labels={"name": "Patient", "mid": "MBI", "mrn": "Record no.", "first": "Evaluation date", "plan": "Plan date",
           "period": "Certification period", "dur": "Duration"},
   plan_date=f_, first=f_, start=f_, end=td(f_, 119), duration="16 weeks",
   dx=[dict(code="R13.12", desc="Dysphagia, oropharyngeal phase", primary=True), dict(code="I69.351", desc="Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side")],
   goals=slp_dysphagia("Philippa"), svc_kind="ther", responsible="SLP",
   services=[S("92526", "Treatment of swallowing dysfunction", "2x/week", "1 session", "16 weeks")],
   providers=[dict(role="SLP", name="Rhiannon Baptiste", cred="CCC-SLP", npi=npi("171126658"))],
   sigs=[SIG("Speech-language pathologist", "Rhiannon Baptiste", "CCC-SLP", f_, "typed"),
         SIG("Certifying physician", "Howard Kessler", "MD", td(f_, 8), "typed", kind="physician")],
   gaps=[["review-interval-exceeded"]], timing={"review-interval-exceeded"},
   notes="Gap: the certification period runs 119 days (recertification is required at least every 90 days). Layout: portrait "
         "face sheet, landscape goal grid with merged cells, portrait signatures.")

pd_ = D("2026-07-13")
mk(id="ah16", slug="ot_two_columns_no_eval_date", fam="cols", payer="medicare-outpatient-therapy", as_of=D("2026-08-10"),
   title="OCCUPATIONAL THERAPY PLAN OF CARE", agency=("Willow Creek Therapy Services", "12 Willow Creek Pkwy, Lawrence, KS 66049", "(785) 555-0182"),
   cw="Patient", client=dict(name="Franklin Oduya", dob=D("1947-03-14"), mid="8MQ2DX6FW93"), payer_name="Medicare",
   labels={"name": "Patient", "mid": "MBI", "plan": "Plan date", "period": "Certification period (from - through)", "dur": "Duration"},
   plan_date=pd_, start=pd_, end=td(pd_, 88), duration="12 weeks",
   dx=[dict(code="G20.A1", desc="Parkinson's disease without dyskinesia, without mention of fluctuations", primary=True)],
   goals=ot_pd("Franklin"), svc_kind="ther", goal_word="LTG",
   services=[S("97535", "Self-care/home management training", "2x/week", "2 units", "12 weeks"),
             S("97530", "Therapeutic activities", "2x/week", "1 unit", "12 weeks")],
   providers=[dict(role="OT", name="Celeste Amundsen", cred="OTR/L", npi=npi("136674409"))],
   sigs=[SIG("Occupational therapist", "Celeste Amundsen", "OTR/L", pd_, "slash"),
         SIG("Physician certification", "Jerome Whitfield", "MD", td(pd_, 7), "slash", kind="physician")],
   gaps=[["field-missing"]],
   notes="Gap: the plan never states the evaluation / first treatment date (only the plan date and the certification period). "
         "Layout: two-column sections with a column break, goals in two columns under Heading 3 titles.")

f_ = D("2026-03-16")
gl = pt_tka("Maureen")
gl[0]["objectives"][1]["date_text"] = "04/27/2025"
mk(id="ah17", slug="pt_template_numbering_no_frequency", fam="numlist", payer="medicare-outpatient-therapy", as_of=D("2026-04-13"),
   title="Physical Therapy Plan of Care", agency=("Cornerstone Physical Therapy", "740 Oak St, Chattanooga, TN 37403", "(423) 555-0152"),
   cw="Patient", client=dict(name="Maureen Castellane", dob=D("1951-10-27"), mid="9VK5NE2HT48"), payer_name="Medicare Part B",
   labels={"name": "Patient", "mid": "MBI", "first": "Initial evaluation date", "plan": "Plan of care date", "period": "Certification period",
           "dur": "Duration of plan"},
   plan_date=f_, first=f_, start=f_, end=td(f_, 88), duration="12 weeks",
   goal_lvl="LTG %1:", obj_lvl="STG %1.%2", bullet="■", bullet_font="Wingdings",
   dx=[dict(code="M17.11", desc="Unilateral primary osteoarthritis, right knee", primary=True), dict(code="R26.89", desc="Other abnormalities of gait and mobility")],
   goals=gl, svc_kind="ther",
   services=[S("97110", "Therapeutic exercise", "[enter visits per week]", "2 units", "12 weeks"),
             S("97116", "Gait training", "[enter visits per week]", "1 unit", "12 weeks"),
             S("97140", "Manual therapy", "[enter visits per week]", "1 unit", "12 weeks")],
   providers=[dict(role="Physical therapist", name="Nikolai Petrov", cred="PT, DPT", npi=npi("128845560"))],
   sigs=[SIG("Physical therapist", "Nikolai Petrov", "PT, DPT", f_, "esign"),
         SIG("Certifying physician", "Adaeze Nwosu", "DO", td(f_, 4), "esign", kind="physician")],
   gaps=[["frequency-missing"], ["date-inconsistent"]], timing={"date-inconsistent"},
   notes="Gaps: the frequency of every service is still the template prompt '[enter visits per week]'; one short-term goal's "
         "target date is 04/27/2025, before the plan date (year typo). Layout: template with italic instructions, content controls, "
         "Word numbering 'LTG %1:' / 'STG %1.%2', square Wingdings bullets.")


# ---- Medicare home health --------------------------------------------------------------------
f_ = D("2026-02-09")
rn = SIG("RN", "Colette Marchand", "RN", f_, "typed")
phys = SIG("Attending physician", "Samuel Oyelowo", "MD", td(f_, 7), "typed", npi_=npi("181123469"), kind="physician")
phys["addr"] = "Valley Internal Medicine, 300 Clinic Dr, Yakima, WA 98902"
p18 = mk(id="ah18", slug="hh_cms485_boxes", fam="form", payer="medicare-home-health", as_of=D("2026-03-16"),
         title="Home Health Certification and Plan of Care", form_head="Department of Health and Human Services / Centers for Medicare & Medicaid Services",
         agency=("Evergreen Valley Home Health", "1502 Summitview Ave, Yakima, WA 98902", "(509) 555-0166"), agency_npi=npi("155512078"),
         client=dict(name="Thelma J. Brandvold", dob=D("1939-06-04"), mid="1AB2CD3EF45", mrn="EV-10984", sex="F",
                     addr="44 Orchard Ln, Yakima, WA 98901"),
         plan_date=f_, first=f_, start=f_, end=td(f_, 59),
         dx=[dict(code="I50.22", desc="Chronic systolic (congestive) heart failure", primary=True, on=D("2026-02-02")),
             dict(code="I11.0", desc="Hypertensive heart disease with heart failure"), dict(code="E11.9", desc="Type 2 diabetes mellitus without complications")],
         goals=hh_chf("Thelma"), svc_kind="hh",
         services=[S("G0299", "SN", "1w1, 2w4, 1w4"), S("G0151", "PT", "2w4, 1w4")],
         sigs=[rn, phys],
         notes="Clean. CMS-485 layout: numbered caption boxes (1-28) with merged cells; orders with home-health frequency codes "
               "in box 21, goals in box 22, physician signature and date in box 27.")
p18["boxes"] = boxes_485(p18, ["Furosemide 40 mg PO daily (C)", "Carvedilol 12.5 mg PO BID", "Lisinopril 10 mg PO daily", "Metformin 500 mg PO BID"],
                         "Scale, BP cuff, rolling walker", "Fall precautions; oxygen safety", "2 g sodium, 1.5 L fluid restriction",
                         "Sulfa", "Endurance; ambulation with device; dyspnea with minimal exertion", "Oriented x3", "Fair",
                         rn, phys, fmt(td(f_, 8)))
p18["services"] = [S("G0299", "SN", "1w1, 2w4, 1w4 (9 weeks)"), S("G0151", "PT", "2w4, 1w4 (8 weeks)")]
p18["boxes"][10] = [("21", "Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)",
                     ["SN 1w1, 2w4, 1w4: assess cardiopulmonary status, weights, edema; teach CHF diet, daily weights, medications.",
                      "PT 2w4, 1w4: evaluate and treat; gait and endurance training; home exercise program.",
                      "SN may draw BMP x1 on 02/16/2026."])]

f_ = D("2026-06-01")
mk(id="ah19", slug="hh_nested_tables", fam="nested", payer="medicare-home-health", as_of=D("2026-07-06"),
   title="Plan of Care", agency=("Magnolia Home Health Partners", "81 Magnolia Ave, Mobile, AL 36604", "(251) 555-0130"),
   cw="Patient", client=dict(name="Otis L. Breckenridge", dob=D("1942-01-30"), mid="4GH7JK2LM58"), payer_name="Medicare",
   labels={"name": "Patient", "mid": "Medicare ID", "first": "Start of care", "period": "Certification period"},
   first=f_, plan_date=f_, start=f_, end=td(f_, 59),
   dx=[dict(code="L89.153", desc="Pressure ulcer of sacral region, stage 3", primary=True), dict(code="E11.65", desc="Type 2 diabetes mellitus with hyperglycemia")],
   goals=hh_wound("Otis"), svc_kind="hh",
   services=[S("G0299", "Skilled nursing", "3w2, 2w4, 1w3"), S("G0156", "Home health aide", "2w8")],
   providers=[dict(role="Certifying practitioner", name="Grace Whitcomb", cred="NP", npi=npi("102276648"))],
   sigs=[SIG("Case manager RN", "Delia Fontenot", "RN", f_, "typed"),
         SIG("Certifying practitioner", "Grace Whitcomb", "NP", td(f_, 4), "esign", kind="physician")],
   notes="Clean. Outer label table with nested tables (patient block, objectives per goal, signers); an NP certifies.")

f_ = D("2026-09-08")
mk(id="ah20", slug="hh_text_boxes_frames", fam="tbox", payer="medicare-home-health", as_of=D("2026-10-05"),
   title="Home Health Plan of Care", agency=("Granite State Visiting Nurses", "5 Pleasant St, Concord, NH 03301", "(603) 555-0177"),
   cw="Patient", client=dict(name="Hazel P. Winterbourne", dob=D("1937-04-12"), mid="5NP8QR3ST61"), payer_name="Medicare Part A",
   labels={"name": "Patient", "mid": "MBI", "first": "SOC", "period": "Cert period", "plan": "Plan of care date"}, box_title="PATIENT",
   first=f_, plan_date=f_, start=f_, end=td(f_, 59), dates_in_box=True,
   dx=[dict(code="J44.1", desc="Chronic obstructive pulmonary disease with (acute) exacerbation", primary=True),
       dict(code="J96.11", desc="Chronic respiratory failure with hypoxia"), dict(code="Z99.81", desc="Dependence on supplemental oxygen")],
   goals=hh_copd("Hazel"), svc_kind="hh",
   services=[S("G0299", "SN", "2w3, 1w6"), S("G0152", "OT", "1w1, 2w3"), S("G0151", "PT", "2w4")],
   sig_in_box=True,
   sigs=[SIG("RN", "Marcus Tellier", "RN", f_, "typed"), SIG("Physician", "Ingrid Solberg", "MD", td(f_, 6), "typed", kind="physician")],
   notes="Clean. Patient facts and key dates in two floating text boxes (DrawingML with VML fallback, so the text is stored "
         "twice), signatures in a third text box at the end.")

f_ = D("2026-04-06")
mk(id="ah21", slug="hh_landscape_undated_md", fam="land", payer="medicare-home-health", as_of=D("2026-05-04"),
   title="Home Health Plan of Care", agency=("Sunrise Home Care Services", "2200 Sunrise Hwy, Tucson, AZ 85705", "(520) 555-0114"),
   cw="Patient", client=dict(name="Leopold Kaminski", dob=D("1940-11-08"), mid="6UV4WX8YZ22", mrn="SHC-7731"), payer_name="Medicare",
   labels={"name": "Patient", "mid": "MBI", "mrn": "MR#", "first": "SOC date", "period": "Certification period"},
   land_cols=["Problem", "Goal", "Short-term goal", "Target", "Discipline / interventions"],
   first=f_, plan_date=f_, start=f_, end=td(f_, 59),
   dx=[dict(code="S72.002D", desc="Fracture of unspecified part of neck of left femur, subsequent encounter for closed fracture with routine healing", primary=True),
       dict(code="I50.90", desc="Heart failure, unspecified")],
   goals=hh_hip("Leopold"), svc_kind="hh",
   services=[S("G0151", "PT", "3w2, 2w4"), S("G0152", "OT", "1w1, 2w3"), S("G0299", "SN", "1w2, 1 every other week x 6 weeks")],
   sigs=[SIG("RN case manager", "Yolanda Briggs", "RN", f_, "typed"),
         SIG("Attending physician", "Theodore Lachance", "MD", None, "onfile", kind="physician")],
   gaps=[["signature-missing"], ["diagnosis-code-invalid"]],
   notes="Gaps: the attending physician's signature row has no date; the secondary diagnosis code I50.90 does not exist "
         "(I50.9). Layout: portrait face sheet, landscape goal grid with merged problem/goal cells, portrait signatures.")

f_ = D("2026-11-02")
mk(id="ah22", slug="hh_shaded_prn_no_limit", fam="shaded", payer="medicare-home-health", as_of=D("2026-11-20"),
   title="Home Health Certification and Plan of Care", agency=("Bayou Home Health", "310 Rue St Jean, Lafayette, LA 70501", "(337) 555-0128"),
   cw="Patient", client=dict(name="Claudette Thibodeaux", dob=D("1945-09-17"), mid="7WX2YZ5AB83"), payer_name="Medicare",
   labels={"name": "Patient", "mid": "HI claim no. (MBI)", "first": "Start of care", "period": "Certification period", "plan": "Orders date"},
   first=f_, plan_date=f_, start=f_, end=td(f_, 59), fill="A6A6A6",
   dx=[dict(code="E11.65", desc="Type 2 diabetes mellitus with hyperglycemia", primary=True), dict(code="Z79.4", desc="Long term (current) use of insulin"),
       dict(code="R26.81", desc="Unsteadiness on feet")],
   goals=hh_dm("Claudette"), svc_kind="hh",
   services=[S("G0299", "SN", "2w3, 1w6"), S("G0151", "PT", "2w4"), S("G0155", "MSW", "Evaluate and treat PRN")],
   sigs=[SIG("RN", "Antoine Guidry", "RN", f_, "typed"), SIG("Physician", "Evangeline Broussard", "MD", td(f_, 4), "slash", kind="physician")],
   gaps=[["frequency-missing"]],
   notes="Gap: the medical social worker is ordered 'PRN' with no limit on the number of visits. Layout: one-table plan with "
         "grey shaded heading rows.")

f_ = D("2026-07-06")
mk(id="ah23", slug="hh_cover_90day_cert", fam="cover", payer="medicare-home-health", as_of=D("2026-08-03"),
   title="Home Health Plan of Care", subtitle="Certification", agency=("Keystone Home Health Agency", "600 Penn Ave, Reading, PA 19601", "(610) 555-0187"),
   cw="Patient", client=dict(name="Ambrose Delacroix", dob=D("1938-12-25"), mid="8BC3DE6FG14"), payer_name="Medicare",
   labels={"name": "Patient", "mid": "MBI", "first": "Start of care", "period": "Certification period", "plan": "Plan date"},
   first=f_, plan_date=f_, start=f_, end=td(f_, 89), df="dmy",
   dx=[dict(code="I50.32", desc="Chronic diastolic (congestive) heart failure", primary=True),
       dict(code=None, desc="Type 2 diabetes mellitus")],
   goals=hh_chf("Ambrose"), svc_kind="hh",
   services=[S("G0299", "SN", "2w4, 1w8"), S("G0151", "PT", "2w6")],
   headings={"appA": "Appendix A - Orders (Disciplines and Visits)", "appB": "Appendix B - Physician Certification"},
   sigs=[SIG("RN", "Bridget Kowalczyk", "RN", f_, "typed"), SIG("Certifying physician", "Raymond Achterberg", "DO", td(f_, 4), "typed", kind="physician")],
   gaps=[["review-interval-exceeded"], ["diagnosis-code-missing"]], timing={"review-interval-exceeded"},
   notes="Gaps: certification period of 89 days (home health recertifies at least every 60 days); the secondary diagnosis "
         "'Type 2 diabetes mellitus' has no ICD-10-CM code. Layout: cover page, body, orders and certification in appendices; "
         "day-month-year dates in words.")


# ---- commercial ABA --------------------------------------------------------------------------
def aba_svcs(h153="20 hours per week", h155="3 hours per week", h156="1 hour per week", c155="97155"):
    return [S("97153", "Adaptive behavior treatment by protocol (direct)", hpw=h153, amount="RBT"),
            S(c155, "Adaptive behavior treatment with protocol modification", hpw=h155, amount="BCBA"),
            S("97156", "Family adaptive behavior treatment guidance", hpw=h156, amount="BCBA")]


pd_ = D("2026-03-23")
mk(id="ah24", slug="aba_header_ids_target_grid", fam="grid", payer="commercial-aba", as_of=D("2026-04-15"),
   title="ABA Treatment Plan and Authorization Request", agency=("Little Steps Behavioral Services", "1180 Gateway Dr, Plano, TX 75074", "(972) 555-0102"),
   cw="Client", client=dict(name="Mateo R. Quintanilla", dob=D("2021-06-30"), mid="W884120537"), payer_name="Aetna Choice POS II",
   labels={"name": "Learner", "dob": "DOB", "mid": "Member ID", "plan": "Plan date", "period": "Authorization period",
           "dur": "Requested duration", "review": "Progress review due"},
   plan_date=pd_, start=D("2026-04-01"), end=D("2026-09-30"), duration="6 months", review=td(pd_, 176), dur_months=6,
   dx=[dict(code="F84.0", desc="Autistic disorder", primary=True, by="Miriam Feld, PhD, licensed psychologist", on=D("2025-11-04"))],
   assess=[dict(inst="VB-MAPP", date=D("2026-03-10"), score="Milestones 38/170; Barriers 41", by="E. Vasquez-Moore, BCBA"),
           dict(inst="Vineland-3", date=D("2026-03-12"), score="Adaptive Behavior Composite 64", by="E. Vasquez-Moore, BCBA")],
   goals=aba_early("Mateo", "Mother (Lucia Quintanilla)"), svc_kind="aba", services=aba_svcs(), grid_goal_word="Target",
   grid_rows=[("Domain", "domain"), ("Goal (operational)", "goal"), ("Baseline", "baseline"), ("Mastery criteria", "mastery"),
              ("Target date", "gdate")],
   providers=[dict(role="Supervising BCBA", name="Elena Vasquez-Moore", cred="BCBA", npi=npi("172238914"))],
   sigs=[SIG("Supervising BCBA", "Elena Vasquez-Moore", "BCBA", pd_, "typed"),
         SIG("Parent/Guardian", "Lucia Quintanilla", None, td(pd_, 2), "typed", kind="client")],
   notes="Clean. Learner identifiers only in the page-header table; four targets side by side in a label-column grid "
         "(domain, goal, baseline, mastery, target date rows).")

pd_ = D("2026-06-08")
mk(id="ah25", slug="aba_landscape_grid", fam="land", payer="commercial-aba", as_of=D("2026-07-01"),
   title="Behavior Treatment Plan", agency=("Keystone Autism Partners", "45 Commerce Way, Harrisburg, PA 17110", "(717) 555-0137"),
   client=dict(name="Jonah E. Whitaker", dob=D("2017-02-14"), mid="HPK-55120-08"), payer_name="Highmark Blue Shield",
   labels={"name": "Child", "mid": "Subscriber/member ID", "plan": "Plan date", "period": "Treatment period", "review": "Next treatment plan review"},
   land_cols=["Domain", "Goal", "Baseline / mastery", "Target date", "Teaching procedures"],
   plan_date=pd_, start=D("2026-06-15"), end=D("2026-12-14"), review=td(pd_, 176), dur_months=6,
   dx=[dict(code="F84.0", desc="Autistic disorder", primary=True, by="Raj Malhotra, MD (developmental pediatrics)", on=D("2023-09-18")),
       dict(code="F90.2", desc="Attention-deficit hyperactivity disorder, combined type")],
   assess=[dict(inst="Vineland-3", date=D("2026-05-28"), score="ABC 71; Socialization 66"),
           dict(inst="ABLLS-R", date=D("2026-05-20"), score="Updated grid attached")],
   goals=aba_school("Jonah", "Mr. Whitaker (father)"), svc_kind="aba", services=aba_svcs("18 hours per week", "2.5 hrs/wk", "1 hr/wk"),
   sigs=[SIG("BCBA", "Naomi Sterling", "BCBA", pd_, "slash"), SIG("Parent/Guardian", "Marcus Whitaker", None, td(pd_, 1), "typed", kind="client")],
   notes="Clean. Portrait face sheet with merged cells, landscape goal grid (domain column, baseline and mastery in the goal "
         "cell), portrait signatures.")
PLANS[-1]["aba_land"] = True
for _g, _iv in zip(PLANS[-1]["goals"], ["Natural environment teaching; peer-mediated practice; video modeling",
                                        "Function-based: escape extinction, FCT for break requests; token board",
                                        "Behavior skills training in a small group; prompt fading (most-to-least)",
                                        "Behavior skills training with the father: instruction, modeling, rehearsal, feedback"]):
    _g["interventions"] = [_iv]

pd_ = D("2026-10-05")
mk(id="ah26", slug="aba_two_columns", fam="cols", payer="commercial-aba", as_of=D("2026-10-26"),
   title="INDIVIDUALIZED ABA TREATMENT PLAN", agency=("Bright Horizons ABA of Ohio", "700 High St, Columbus, OH 43215", "(614) 555-0155"),
   client=dict(name="Priya Raghunathan", dob=D("2022-01-19"), mid="UHC 912-44-7781"), payer_name="UnitedHealthcare (Optum BH)",
   labels={"name": "Client", "mid": "Member ID", "plan": "Plan date", "period": "Requested authorization", "dur": "Duration",
           "review": "Reassessment / plan review"},
   plan_date=pd_, start=D("2026-10-12"), end=D("2027-04-11"), duration="6 months", review=td(pd_, 175), dur_months=6,
   dx=[dict(code="F84.0", desc="Autistic disorder", primary=True, by="Oksana Petrenko, PsyD", on=D("2026-07-15"))],
   assess=[dict(inst="VB-MAPP", date=D("2026-09-22"), score="Milestones 22; Barriers 55")],
   goals=aba_early("Priya", "Mother (Anjali Raghunathan)"), svc_kind="aba", services=aba_svcs("25 hours per week", "4 hours per week", "1.5 hours per week"),
   goal_word="Target", sig_style="table",
   sigs=[SIG("BCBA", "Trevor Lindgren", "BCBA, LBA", pd_, "esign"), SIG("Parent/guardian", "Anjali Raghunathan", None, td(pd_, 3), "typed", kind="client")],
   notes="Clean. Face sheet and targets in two-column sections with column breaks; signer table at the end.")

pd_ = D("2026-01-19")
mk(id="ah27", slug="aba_numbering_no_caregiver_goal", fam="numlist", payer="commercial-aba", as_of=D("2026-02-09"),
   title="ABA Treatment Plan", agency=("Pathways Behavioral Consulting", "55 Canal St, Rochester, NY 14608", "(585) 555-0148"),
   client=dict(name="Caleb J. Fenwick", dob=D("2012-08-08"), mid="EXC6620094418"), payer_name="Excellus BCBS",
   labels={"name": "Client", "mid": "Member ID", "plan": "Plan date", "period": "Authorization period", "review": "Plan review date"},
   goal_lvl="Target %1 -", obj_lvl="%1.%2", bullet="✓", bullet_font=None,
   plan_date=pd_, start=D("2026-02-01"), end=D("2026-07-31"), duration="6 months", review=td(pd_, 175), dur_months=6,
   dx=[dict(code="F84.0", desc="Autistic disorder", primary=True, by="Helena Voss, PhD", on=D("2019-05-02"))],
   assess=[dict(inst="Vineland-3", date=D("2026-01-06"), score="Adaptive Behavior Composite 70")],
   goals=aba_teen("Caleb", "")[:3], svc_kind="aba", services=aba_svcs("15 hours per week", "2 hours per week", "1 hour per week", c155="9715"),
   sig_style="table",
   sigs=[SIG("BCBA", "Corinne Dubois", "BCBA", pd_, "typed"), SIG("Parent/Guardian", "Dana Fenwick", None, pd_, "typed", kind="client")],
   gaps=[["caregiver-goal-missing"], ["service-code-invalid"]],
   notes="Gaps: no goal for the parent or caregiver (family guidance hours are requested but no caregiver goal is written); the "
         "protocol-modification service code is typed '9715'. Layout: template with italic instructions, content controls, Word "
         "numbering 'Target %1 -', check-mark bullets.")

pd_ = D("2026-05-04")
gl = aba_school("Desmond", "Mrs. Achebe (mother)")
gl[2]["baseline"] = None
mk(id="ah28", slug="aba_nested_blank_baseline", fam="nested", payer="commercial-aba", as_of=D("2026-05-26"),
   title="Applied Behavior Analysis Treatment Plan", agency=("Coastal Behavior Therapy", "12 Marsh Rd, Charleston, SC 29407", "(843) 555-0119"),
   client=dict(name="Desmond K. Achebe", dob=D("2018-05-05"), mid="ZCB448201937"), payer_name="BlueCross BlueShield of South Carolina",
   labels={"name": "Client", "mid": "Member #", "plan": "Date of plan", "period": "Authorization period", "review": "6-month review"},
   plan_date=pd_, start=D("2026-05-11"), end=D("2026-11-10"), review=td(pd_, 175), dur_months=6, show_empty_baseline=True,
   dx=[dict(code="F84.0", desc="Autistic disorder", primary=True, by="Samuel Greer, PhD", on=D("2022-03-09"))],
   assess=[dict(inst="Vineland-3", date=D("2026-04-20"), score="ABC 69"), dict(inst="VB-MAPP", date=D("2026-04-22"), score="Milestones 96")],
   goals=gl, svc_kind="aba", services=aba_svcs("12 hours per week", "2 hours per week", "1 hour per week"), goal_word="TARGET",
   sigs=[SIG("BCBA", "Felicity Marsh", "BCBA", pd_, "typed"), SIG("Parent/Guardian", "Ngozi Achebe", None, td(pd_, 1), "typed", kind="client")],
   gaps=[["baseline-missing"]],
   notes="Gap: target 3 (3-step group directions) has an empty baseline. Layout: outer label table with nested tables.")

pd_ = D("2026-04-13")
gl = aba_early("Ezra", "Father (Tomas Moreau)")
gl[2]["gdays"] = None
mk(id="ah29", slug="aba_cover_old_assessment", fam="cover", payer="commercial-aba", as_of=D("2026-05-11"),
   title="ABA Treatment Plan", subtitle="Continuation of services", agency=("Sprout Developmental Services", "88 Spruce St, Burlington, VT 05401", "(802) 555-0126"),
   client=dict(name="Ezra Lindqvist-Moreau", dob=D("2021-09-09"), mid="CIG-U33019284"), payer_name="Cigna",
   labels={"name": "Child's name", "mid": "Cigna member ID", "plan": "Plan date", "period": "Authorization period", "dur": "Duration",
           "review": "Next plan review"},
   plan_date=pd_, start=D("2026-04-20"), end=D("2026-10-19"), duration="6 months", review=td(pd_, 175), dur_months=6, df="abbr",
   dx=[dict(code="F84.0", desc="Autistic disorder", primary=True, by="Lena Kowal, PhD", on=D("2024-01-22"))],
   assess=[dict(inst="VB-MAPP", date=D("2025-02-03"), score="Milestones 58; Barriers 30", by="BCBA"),
           dict(inst="Functional behavior assessment (interview and direct observation)", date=D("2026-03-30"), score="Function: escape and attention", by="BCBA")],
   goals=gl, svc_kind="aba", services=aba_svcs("20 hours per week", "3 hours per week", "1 hour per week"), sig_style="table",
   sigs=[SIG("Supervising BCBA", "Hollis Barrington", "BCBA", pd_, "typed"), SIG("Parent/Guardian", "Tomas Moreau", None, td(pd_, 2), "typed", kind="client")],
   gaps=[["assessment-outdated"], ["goal-not-time-bound"]], timing={"assessment-outdated"},
   notes="Gaps: the only standardized assessment (VB-MAPP) is 434 days old at the plan date (the newer FBA is not a "
         "standardized instrument); the handwashing goal has no target date. Layout: cover page, body, appendices.")

pd_ = D("2026-08-17")
p30 = mk(id="ah30", slug="aba_request_form_boxes", fam="form", payer="commercial-aba", as_of=D("2026-09-08"),
         title="ABA Treatment Plan / Prior Authorization Request", form_head="Mountain West Health Plan - Behavioral Health Utilization Management",
         agency=("Alpine Behavior Solutions", "300 Canyon Blvd, Boulder, CO 80302", "(303) 555-0181"),
         client=dict(name="Noah Pemberton", dob=D("2020-12-12"), mid="MWH7003318421"), plan_date=pd_,
         start=D("2026-08-24"), end=D("2027-02-23"), review=td(pd_, 175), dur_months=6,
         dx=[dict(code="F80.2", desc="Mixed receptive-expressive language disorder", primary=True, by="Lillian Cho, MD", on=D("2026-06-30")),
             dict(code="F90.2", desc="Attention-deficit hyperactivity disorder, combined type")],
         assess=[dict(inst="VB-MAPP", date=D("2026-08-03"), score="Milestones 44")],
         goals=aba_early("Noah", "Mother (Rebecca Pemberton)"), svc_kind="aba", services=aba_svcs(),
         sigs=[SIG("BCBA", "Gwendolyn Archer", "BCBA", pd_, "typed"), SIG("Parent/Guardian", "Rebecca Pemberton", None, pd_, "typed", kind="client")],
         gaps=[["diagnosis-not-covered"]],
         notes="Gap: the primary diagnosis is a language disorder (F80.2) with ADHD; no autism spectrum diagnosis. Layout: payer "
               "request form with numbered boxes; services and hours in boxes.")
p30["boxes"] = [
    [("1", "Member name", "Noah Pemberton"), ("2", "Date of birth", fmt(D("2020-12-12"))), ("3", "Member ID", "MWH7003318421")],
    [("4", "Provider / group", "Alpine Behavior Solutions, 300 Canyon Blvd, Boulder, CO 80302"), ("5", "Group NPI", npi("145567789"))],
    [("6", "Request type", "☒ Initial  ☐ Concurrent"), ("7", "Plan date", fmt(pd_)),
     ("8", "Requested dates of service", f"{fmt(D('2026-08-24'))} to {fmt(D('2027-02-23'))}")],
    [("9", "Primary diagnosis (ICD-10-CM)", "F80.2 Mixed receptive-expressive language disorder"),
     ("10", "Secondary diagnosis", "F90.2 Attention-deficit hyperactivity disorder, combined type")],
    [("11", "Diagnosing provider, credential and date of evaluation", f"Lillian Cho, MD (developmental-behavioral pediatrics), {fmt(D('2026-06-30'))}")],
    [("12", "Standardized assessment(s): instrument, date, score", f"VB-MAPP, {fmt(D('2026-08-03'))}: Milestones 44")],
    [("13", "Treatment goals: baseline, mastery criteria, target date", goal_lines(p30, "Goal", "Obj"))],
    [("14", "97153 hours per week", "20 hours per week"), ("15", "97155 hours per week", "3 hours per week"),
     ("16", "97156 hours per week", "1 hour per week")],
    [("17", "Next progress review", fmt(td(pd_, 175))), ("18", "Crisis plan on file", "☒ Yes  ☐ No")],
    [("19", "BCBA signature / credential / date", ["Gwendolyn Archer, BCBA", f"Date: {fmt(pd_)}"]),
     ("20", "Parent/guardian signature / date", ["Rebecca Pemberton", f"Date: {fmt(pd_)}"])],
]
p30["form_after"] = ["Fax completed form with the assessment report to 1-800-555-0199. Incomplete requests will be returned."]

pd_ = D("2026-01-26")
mk(id="ah31", slug="aba_text_boxes_year_auth", fam="tbox", payer="commercial-aba", as_of=D("2026-02-16"),
   title="ABA Treatment Plan", agency=("Great Lakes Autism Center", "2400 Lake Shore Dr, Milwaukee, WI 53202", "(414) 555-0172"),
   client=dict(name="Soren Blackwood", dob=D("2013-03-03"), mid="AN-77310442"), payer_name="Anthem Blue Cross",
   labels={"name": "Client", "mid": "Anthem ID", "plan": "Plan date", "period": "Authorization requested", "dur": "Duration of request",
           "review": "Progress report due"},
   plan_date=pd_, start=D("2026-02-02"), end=D("2027-01-31"), duration="12 months", review=td(pd_, 175), dur_months=12,
   tb_fallback=False, sig_in_box=True,
   dx=[dict(code="F84.0", desc="Autistic disorder", primary=True, by="Marian Holt, PhD", on=D("2017-10-11"))],
   assess=[dict(inst="VB-MAPP", date=D("2026-01-12"), score="Milestones 121; Barriers 18")],
   goals=aba_teen("Soren", "Mr. Blackwood (father)"), svc_kind="aba", services=aba_svcs("10 hours per week", "2 hours per week", "1 hour per week"),
   sigs=[SIG("BCBA", "Declan Ferreira", "BCBA", pd_, "typed"), SIG("Parent/Guardian", None, None, None, "blank", kind="client")],
   gaps=[["duration-exceeds-limit"], ["signature-missing"]],
   notes="Gaps: a 12-month authorization period (policies allow at most 6 months); the parent/guardian line in the attestation "
         "box is blank. Layout: client facts, dates and the attestation in DrawingML text boxes (no VML fallback).")


# ---- SUD: New York OASAS inpatient rehabilitation (baseline payer) ----------------------------
def sud_svcs(kind="inpatient"):
    if kind == "inpatient":
        return [S("H0004", "Individual counseling", "2x weekly", "45 minutes"),
                S("H0005", "Group counseling", "Daily, Mon-Fri", "60 minutes"),
                S("", "Medication management / MOUD", "Weekly and as needed", "15-30 minutes")]
    if kind == "ntp":
        return [S("H0020", "Methadone administration and dosing", "Daily", "Per dose"),
                S("H0004", "Individual counseling", "Weekly", "50 minutes"),
                S("H0005", "Group counseling", "2x per month", "90 minutes")]
    if kind == "op":
        return [S("H0004", "Individual counseling", "Weekly", "50 minutes"),
                S("H0005", "Group counseling", "3 times a week", "90 minutes"),
                S("H0048", "Urine drug screen", "Weekly, random", "")]
    raise ValueError(kind)


adm = D("2026-03-03")
mk(id="ah32", slug="ny_oasas_shaded_rows", fam="shaded", payer="base-treatment-plan", states=["ny-oasas-818"], as_of=D("2026-03-30"),
   title="Inpatient Rehabilitation Treatment Plan", agency=("Hudson Crossing Recovery Center", "14 River Rd, Kingston, NY 12401", "(845) 555-0131"),
   client=dict(name="Raymond Castiglione", dob=D("1984-07-21"), mid="XK47392M", mrn="HCR-26-0311"), payer_name="NYS Medicaid (Fidelis Care)",
   labels={"name": "Patient", "mid": "Medicaid CIN", "mrn": "Case #", "admit": "Admission date", "plan": "Plan date", "loc": "Level of care",
           "dur": "Estimated length of stay"},
   cw="Patient", plan_date=D("2026-03-08"), admit=adm, loc="Inpatient rehabilitation (Part 818)", duration="up to 90 days",
   dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated", primary=True), dict(code="F10.20", desc="Alcohol dependence, uncomplicated")],
   goals=sud_opioid("Raymond"), svc_kind="sud", services=sud_svcs(), fill="C9C9C9",
   headings={"id": "1. Patient Identification", "dx": "2. Diagnoses", "goals": "3. Problems, Goals, Methods", "svc": "4. Services",
             "sig": "5. Signatures (responsible clinician and physician review)"},
   sigs=[SIG("Patient", "Raymond Castiglione", None, D("2026-03-08"), "typed", kind="client"),
         SIG("Primary counselor (responsible clinical staff)", "Tamika Ellery", "CASAC", D("2026-03-08"), "typed"),
         SIG("Physician review", "Stanislaw Wojcik", "MD", D("2026-03-10"), "slash", kind="physician")],
   notes="Clean. Plan 5 days after admission, physician review 7 days after. One-table plan with numbered shaded heading rows.")

adm = D("2026-07-20")
mk(id="ah33", slug="ny_oasas_header_ids_grid", fam="grid", payer="base-treatment-plan", states=["ny-oasas-818"], as_of=D("2026-08-17"),
   title="Individualized Treatment Plan - Inpatient Rehabilitation", agency=("Finger Lakes Recovery Campus", "300 Seneca St, Geneva, NY 14456", "(315) 555-0145"),
   client=dict(name="Siobhan Gallagher", dob=D("1979-03-08"), mid="FC20093341"), payer_name="Fidelis Care",
   labels={"name": "Resident", "dob": "DOB", "mid": "Member ID", "admit": "Admitted", "plan": "Plan date", "loc": "Service"},
   plan_date=D("2026-07-25"), admit=adm, loc="OASAS inpatient rehabilitation", grid_goal_word="Problem",
   dx=[dict(code="F10.20", desc="Alcohol dependence, uncomplicated", primary=True), dict(code="F32.1", desc="Major depressive disorder, single episode, moderate")],
   goals=sud_alcohol("Siobhan"), svc_kind="sud", services=sud_svcs(), footer_sig=True, sig_style="lines",
   sigs=[SIG("Primary counselor", "Bartholomew Nkemelu", "LMSW, CASAC", D("2026-07-25"), "esign", in_footer=True),
         SIG("Resident", "Siobhan Gallagher", None, D("2026-07-25"), "typed", kind="client"),
         SIG("Physician", "Anneliese Kroll", "MD", D("2026-07-27"), "typed", kind="physician")],
   notes="Clean. Resident name, DOB and member ID only in the page header; problems side by side in a label-column grid; the "
         "counselor's e-signature in the page footer; physician signs 7 days after admission.")

adm = D("2026-09-28")
mk(id="ah34", slug="ny_oasas_nested_late_md", fam="nested", payer="base-treatment-plan", states=["ny-oasas-818"], as_of=D("2026-10-26"),
   title="Treatment Plan (Inpatient Rehabilitation)", agency=("Bronx River Recovery Services", "900 E Tremont Ave, Bronx, NY 10460", "(718) 555-0159"),
   client=dict(name="Darnell Whitcombe", dob=D("1990-11-30"), mid="ZT58214K"), payer_name="NYS Medicaid",
   labels={"name": "Patient", "mid": "CIN", "admit": "Date of admission", "plan": "Treatment plan date", "loc": "Program"},
   cw="Patient", plan_date=D("2026-10-02"), admit=adm, loc="Inpatient rehabilitation", duration="42 days",
   dx=[dict(code="F14.20", desc="Cocaine dependence, uncomplicated", primary=True), dict(code="F10.20", desc="Alcohol dependence, uncomplicated")],
   goals=sud_cocaine("Darnell"), svc_kind="sud", services=sud_svcs(),
   sigs=[SIG("Primary clinician", "Rosalind Adebayo", "CASAC", D("2026-10-02"), "typed"),
         SIG("Patient", "Darnell Whitcombe", None, D("2026-10-02"), "typed", kind="client"),
         SIG("Physician (reviewed and approved)", "Mikhail Orlov", "MD", D("2026-10-12"), "typed", kind="physician")],
   gaps=[["signature-late"]], timing={"signature-late"},
   notes="Gap: the physician reviewed and signed 14 days after admission (due within 10). Layout: outer label table with nested "
         "tables.")

adm = D("2026-05-11")
mk(id="ah35", slug="ny_oasas_landscape_late_plan", fam="land", payer="base-treatment-plan", states=["ny-oasas-818"], as_of=D("2026-06-08"),
   title="Individual Treatment Plan", agency=("Catskill Mountain Treatment Center", "5 Hilltop Rd, Liberty, NY 12754", "(845) 555-0122"),
   client=dict(name="Yesenia Paredes", dob=D("1995-04-04"), mid="QR77104P"), payer_name="Medicaid",
   labels={"name": "Patient", "mid": "Medicaid CIN", "admit": "Admission", "plan": "Plan date", "loc": "Level of care"},
   cw="Patient", plan_date=D("2026-05-20"), admit=adm, loc="Inpatient rehabilitation", responsible="Primary counselor",
   dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated", primary=True)],
   goals=sud_opioid("Yesenia"), svc_kind="sud", services=sud_svcs(),
   sigs=[SIG("Patient", "Yesenia Paredes", None, D("2026-05-20"), "typed", kind="client"),
         SIG("Primary counselor", "Lamar Fitzgerald", "CASAC-2", D("2026-05-20"), "typed"),
         SIG("Physician", "Helga Sorensen", "MD", D("2026-05-20"), "typed", kind="physician")],
   gaps=[["plan-late"]], timing={"plan-late"},
   notes="Gap: the plan is dated 9 days after admission (due within 7). Layout: portrait face sheet, landscape goal grid with "
         "merged problem/goal cells, portrait signatures.")


# ---- SUD: Florida 65D-30 (baseline payer) ----------------------------------------------------
adm = D("2026-02-23")
pd_ = D("2026-03-04")
p36 = mk(id="ah36", slug="fl_residential_numbered_boxes", fam="form", payer="base-treatment-plan", states=["fl-65d-30"], as_of=D("2026-03-30"),
         title="Individualized Treatment Plan", form_head="Form TP-1 (rev. 08/2024) - Licensed Substance Abuse Services, Fla. Admin. Code 65D-30",
         agency=("Palmetto Shores Recovery", "2200 Beach Blvd, Jacksonville, FL 32250", "(904) 555-0167"),
         client=dict(name="Travis McAllister", dob=D("1988-01-17"), mid="3308816542"), plan_date=pd_, admit=adm, loc="Residential Level 2",
         dx=[dict(code="F15.20", desc="Other stimulant dependence, uncomplicated", primary=True), dict(code="F12.20", desc="Cannabis dependence, uncomplicated")],
         goals=sud_stim("Travis"), svc_kind="sud", services=sud_svcs("op"),
         sigs=[SIG("Client", "Travis McAllister", None, pd_, "typed", kind="client"),
               SIG("Primary counselor", "Jasmine Boudreaux", "CAP", pd_, "typed"),
               SIG("Qualified professional", "Leonard Haskins", "LCSW", td(pd_, 5), "typed", kind="supervisor")],
         notes="Clean. Numbered-box form; residential level 2 plan 9 days after admission (15 allowed); QP countersigns 5 days "
               "after the plan.")
ob = []
for i, g in enumerate(p36["goals"], 1):
    ob.append(f"Problem {i}: {g['problem']}")
    ob.append(f"Goal {i}: {g['goal']} Expected completion: {fmt(g['gdate'])}")
    for j, o in enumerate(g["objectives"]):
        ob.append(f"   Objective {i}.{j + 1}: {o['text']} Target date: {fmt(o['date'])}")
p36["boxes"] = [
    [("1", "Client name", "Travis McAllister"), ("2", "Date of birth", fmt(D("1988-01-17"))), ("3", "Medicaid ID", "3308816542")],
    [("4", "Date of admission/placement", fmt(adm)), ("5", "Level of care", "Residential Level 2"), ("6", "Plan date", fmt(pd_))],
    [("7", "Diagnoses (ICD-10-CM)", ["F15.20 Other stimulant dependence, uncomplicated (primary)", "F12.20 Cannabis dependence, uncomplicated"])],
    [("8", "Problems, goals and measurable objectives with expected completion dates", ob)],
    [("9", "Services / tasks (type and frequency)", ["Individual counseling (H0004): weekly, 50 minutes",
                                                     "Group counseling (H0005): 3 times a week, 90 minutes",
                                                     "Contingency management with random urine drug screens (H0048): weekly",
                                                     "Matrix model group: 3 times weekly; vocational counseling: weekly"])],
    [("10", "Client signature / date", ["Travis McAllister", f"Date: {fmt(pd_)}"]),
     ("11", "Staff who developed the plan / date", ["Jasmine Boudreaux, CAP", f"Date: {fmt(pd_)}"]),
     ("12", "Qualified professional review / date", ["Leonard Haskins, LCSW", f"Date: {fmt(td(pd_, 5))}"])],
]
p36["form_after"] = ["The client received a copy of this plan. Plan reviewed at least every 30 days or at a change in level of care."]

adm = D("2026-06-15")
pd_ = D("2026-06-22")
mk(id="ah37", slug="fl_day_night_cover_appendix", fam="cover", payer="base-treatment-plan", states=["fl-65d-30"], as_of=D("2026-07-13"),
   title="Treatment Plan", subtitle="Day/Night Treatment Program", agency=("Gulf Breeze Behavioral Health", "18 Pensacola Blvd, Pensacola, FL 32503", "(850) 555-0183"),
   client=dict(name="Brianna Kowalski", dob=D("1992-09-09"), mid="FLM448102277"), payer_name="Sunshine Health (Florida Medicaid)",
   labels={"name": "Individual", "mid": "Medicaid member ID", "admit": "Date of placement", "plan": "Plan date", "loc": "Level of care"},
   cw="Individual", plan_date=pd_, admit=adm, loc="Day or Night Treatment", df="dmon",
   dx=[dict(code="F14.20", desc="Cocaine dependence, uncomplicated", primary=True), dict(code="F10.20", desc="Alcohol dependence, uncomplicated")],
   goals=sud_cocaine("Brianna"), svc_kind="sud", services=sud_svcs("op"),
   sigs=[SIG("Individual", "Brianna Kowalski", None, pd_, "typed", kind="client"),
         SIG("Counselor", "Ramon Estrada", "CAC", pd_, "typed"),
         SIG("Qualified professional", "Felicia Dunbar", "LMHC", td(pd_, 4), "typed", kind="supervisor")],
   notes="Clean. Day or night treatment plan 7 days after placement (10 allowed), QP countersignature after 4 days. Cover page, "
         "body, services and signatures in appendices; dates as 22-Jun-2026.")

adm = D("2026-08-31")
pd_ = D("2026-09-04")
gl = sud_opioid("Wesley")
for g in gl:
    g["gdays"] = None
    for o in g["objectives"]:
        o["days"] = None
mk(id="ah38", slug="fl_template_numbering_undated_objectives", fam="numlist", payer="base-treatment-plan", states=["fl-65d-30"], as_of=D("2026-09-28"),
   title="Individualized Treatment Plan", agency=("Suncoast Recovery Residence", "4100 Gulf Blvd, St. Petersburg, FL 33706", "(727) 555-0115"),
   client=dict(name="Wesley Arceneaux", dob=D("1986-12-03"), mid="FL0098877661"), payer_name="Florida Medicaid",
   labels={"name": "Client", "mid": "Medicaid #", "admit": "Admission date", "plan": "Plan date", "loc": "Level of care"},
   plan_date=pd_, admit=adm, loc="Residential Level 1", goal_lvl="GOAL %1.", obj_lvl="%1.%2", bullet="–",
   dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated", primary=True)],
   goals=resolve(dict(plan_date=pd_, goals=gl))["goals"], svc_kind="sud", services=sud_svcs("inpatient"),
   sigs=[SIG("Client", "Wesley Arceneaux", None, pd_, "typed", kind="client"), SIG("Counselor", "Marisa Quintero", "CAP", pd_, "typed")],
   gaps=[["objective-not-time-bound"]],
   notes="Gap: no objective (and no goal) has an expected completion date. Layout: template with italic instructions, content "
         "controls, Word numbering 'GOAL %1.' / '%1.%2', en-dash bullets.")

adm = D("2026-11-02")
pd_ = D("2026-11-04")
mk(id="ah39", slug="fl_text_boxes_late_qp_no_level", fam="tbox", payer="base-treatment-plan", states=["fl-65d-30"], as_of=D("2026-11-23"),
   title="Treatment Plan", agency=("Everglades Counseling & Recovery", "950 NW 7th Ave, Miami, FL 33136", "(305) 555-0140"),
   client=dict(name="Gloria Etienne", dob=D("1975-05-15"), mid="FLM220394471"), payer_name="Simply Healthcare (Medicaid)",
   labels={"name": "Client", "mid": "Member ID", "admit": "Admission date", "plan": "Plan date"},
   plan_date=pd_, admit=adm, tb_vml=False,
   presenting="Program: Adult Substance Use Services. Client requests help after a positive drug test at work.",
   dx=[dict(code="F15.20", desc="Other stimulant dependence, uncomplicated", primary=True)],
   goals=sud_stim("Gloria"), svc_kind="sud", services=sud_svcs("op"),
   sigs=[SIG("Client", "Gloria Etienne", None, pd_, "typed", kind="client"), SIG("Counselor", "Desmond Pryce", "CAP", pd_, "typed"),
         SIG("Qualified professional review", "Ingrid Valdés", "LCSW", td(pd_, 16), "typed", kind="supervisor")],
   gaps=[["signature-late"], ["field-missing"]], timing={"signature-late"},
   notes="Gaps: the qualified professional countersigned 16 days after the plan (10 allowed); the level of care is not stated "
         "anywhere. Layout: client facts in a text box, dates in a framed paragraph.")


# ---- SUD: California narcotic treatment program (baseline payer) -----------------------------
adm = D("2026-04-07")
pd_ = D("2026-04-28")
mk(id="ah40", slug="ca_ntp_header_ids_grid", fam="grid", payer="base-treatment-plan", states=["ca-title9-ntp"], as_of=D("2026-05-26"),
   title="Initial Maintenance Treatment Plan", agency=("Central Valley Treatment Services (NTP)", "1620 E Shields Ave, Fresno, CA 93704", "(559) 555-0196"),
   client=dict(name="Hector Villalobos", dob=D("1971-10-10"), mid="91234567A"), payer_name="Medi-Cal (DMC)",
   labels={"name": "Patient", "dob": "DOB", "mid": "Medi-Cal CIN", "admit": "Admission to maintenance", "plan": "Plan effective date",
           "review": "Next plan update due"},
   cw="Patient", plan_date=pd_, admit=adm, review=td(adm, 90), grid_goal_word="Goal",
   grid_rows=[("Problem", "problem"), ("Long-term goal", "goal"), ("Short-term goals (target dates)", "objectives"),
              ("Services / behavioral tasks", "interventions")],
   dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated", primary=True)],
   goals=sud_opioid("Hector", ntp=True), svc_kind="sud", services=sud_svcs("ntp"),
   sigs=[SIG("Primary counselor", "Maribel Soto", "SUDCC II", pd_, "typed"),
         SIG("Supervising counselor", "Graham Whitley", "LAADC", td(pd_, 7), "typed", kind="supervisor"),
         SIG("Medical director", "Anjali Deshmukh", "MD", td(pd_, 10), "typed", kind="physician"),
         SIG("Patient", "Hector Villalobos", None, pd_, "typed", kind="client")],
   notes="Clean. Plan 21 days after admission; supervising counselor and medical director countersign within 14 days; "
         "update due 90 days after admission. Patient identifiers in the page header only; goals side by side.")

adm = D("2026-01-12")
pd_ = D("2026-02-02")
mk(id="ah41", slug="ca_ntp_shaded_no_review_date", fam="shaded", payer="base-treatment-plan", states=["ca-title9-ntp"], as_of=D("2026-02-23"),
   title="NTP Treatment Plan", agency=("Harbor Methadone Clinic", "410 Pacific Ave, Long Beach, CA 90802", "(562) 555-0108"),
   client=dict(name="Lorna Pettibone", dob=D("1968-04-22"), mid="93874512B"), payer_name="Medi-Cal",
   labels={"name": "Patient", "mid": "CIN", "admit": "Admission date", "plan": "Plan date"},
   cw="Patient", plan_date=pd_, admit=adm, fill="B4C6E7",
   review_lines=["Treatment plans are updated at least every three months, and whenever the patient's needs change."],
   dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated", primary=True)],
   goals=sud_opioid("Lorna", ntp=True), svc_kind="sud", services=sud_svcs("ntp"),
   sigs=[SIG("Patient", "Lorna Pettibone", None, pd_, "typed", kind="client"), SIG("Primary counselor", "Oscar Ibarra", "CADC-II", pd_, "typed"),
         SIG("Supervising counselor", "Nadia Farouk", "LMFT", td(pd_, 4), "typed", kind="supervisor"),
         SIG("Medical director", "Elliot Sandoval", "DO", td(pd_, 7), "typed", kind="physician")],
   gaps=[["review-date-missing"]], unsure=["review-interval-exceeded", "review-overdue"],
   notes="Gap: no date is set for the next plan update (only a general policy sentence). Unsure whether a missing review date "
         "also triggers the interval or overdue checks, so those are not listed as must-not. Layout: one-table plan with blue "
         "shaded heading rows.")

adm = D("2026-06-15")
pd_ = D("2026-07-06")
mk(id="ah42", slug="ca_ntp_two_columns_pending_countersign", fam="cols", payer="base-treatment-plan", states=["ca-title9-ntp"], as_of=D("2026-09-30"),
   title="TREATMENT PLAN - NARCOTIC TREATMENT PROGRAM", agency=("Inland Empire Recovery NTP", "780 E Hospitality Ln, San Bernardino, CA 92408", "(909) 555-0161"),
   client=dict(name="Vincent Arreola", dob=D("1983-02-28"), mid="95512378C"), payer_name="Medi-Cal (IEHP)",
   labels={"name": "Patient", "mid": "Medi-Cal CIN", "admit": "Admission date", "plan": "Plan date", "review": "Plan update due"},
   cw="Patient", plan_date=pd_, admit=adm, review=td(adm, 91),
   dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated", primary=True), dict(code="F15.20", desc="Other stimulant dependence, uncomplicated")],
   goals=sud_opioid("Vincent", ntp=True), svc_kind="sud", services=sud_svcs("ntp"),
   sigs=[SIG("Primary counselor", "Jolene Whitehorse", "SUDCC", pd_, "typed"),
         SIG("Supervising counselor", None, None, None, "pending", kind="supervisor"),
         SIG("Medical director", "Farhad Rezaei", "MD", td(pd_, 4), "typed", kind="physician"),
         SIG("Patient", "Vincent Arreola", None, pd_, "typed", kind="client")],
   gaps=[["signature-missing"], ["review-overdue"]], timing={"review-overdue"},
   notes="Gaps: the supervising counselor's countersignature is still 'Pending signature'; the plan update due 09/14/2026 has "
         "passed on the date of service with no completed update recorded. Layout: two-column sections with column breaks.")


# ---- SUD: Texas 26 TAC 564 (baseline payer) --------------------------------------------------
pd_ = D("2026-03-16")
mk(id="ah43", slug="tx_landscape_grid", fam="land", payer="base-treatment-plan", states=["tx-26tac-564"], as_of=D("2026-04-06"),
   title="Individualized Treatment Plan", agency=("Lone Star Recovery Center", "3300 S Congress Ave, Austin, TX 78704", "(512) 555-0133"),
   client=dict(name="Dwayne Pritchett", dob=D("1991-06-06"), mid="512345678"), payer_name="Texas Medicaid (Superior HealthPlan)",
   labels={"name": "Client", "mid": "Medicaid ID", "admit": "Admission date", "plan": "Plan date", "dur": "Projected length of stay"},
   plan_date=pd_, admit=D("2026-03-13"), duration="60 days", responsible="Counselor",
   land_cols=["Problem", "Goal", "Objective", "Target date", "Strategy (type and frequency)", "Staff"],
   dx=[dict(code="F15.20", desc="Other stimulant dependence, uncomplicated", primary=True)],
   goals=sud_stim("Dwayne"), svc_kind="sud", services=sud_svcs("op"),
   sigs=[SIG("Client", "Dwayne Pritchett", None, pd_, "typed", kind="client"), SIG("Counselor", "Bobbie Jo Larkin", "LCDC", pd_, "typed")],
   notes="Clean. Portrait face sheet, landscape goal grid with merged cells and a strategy column, portrait signatures.")

pd_ = D("2026-06-22")
gl = sud_cocaine("Consuelo")
gl[0]["objectives"][1] = O("Consuelo will gain insight into her relapse triggers.", 21)
mk(id="ah44", slug="tx_vml_text_boxes_vague_objective", fam="tbox", payer="base-treatment-plan", states=["tx-26tac-564"], as_of=D("2026-07-13"),
   title="Treatment Plan", agency=("Rio Grande Counseling Services", "120 W Nolana Ave, McAllen, TX 78504", "(956) 555-0144"),
   client=dict(name="Consuelo Ybarra", dob=D("1987-08-19"), mid="618203947"), payer_name="Texas Medicaid",
   labels={"name": "Client", "mid": "Medicaid #", "admit": "Admit date", "plan": "Plan date", "dur": "Projected length of stay"},
   plan_date=pd_, admit=D("2026-06-19"), duration="60 days", tb_vml=True, dates_in_box=True,
   dx=[dict(code="F14.20", desc="Cocaine dependence, uncomplicated", primary=True)],
   goals=gl, svc_kind="sud", services=sud_svcs("op"),
   sigs=[SIG("Client", "Consuelo Ybarra", None, pd_, "typed", kind="client"), SIG("Counselor", "Efrain Salinas", "LCDC", pd_, "typed")],
   gaps=[["objective-not-measurable"]],
   notes="Gap: objective 1b ('will gain insight into her relapse triggers') states nothing measurable. Layout: client facts and "
         "key dates in legacy VML text boxes.")

pd_ = D("2026-09-08")
mk(id="ah45", slug="tx_cover_no_los_undated_client", fam="cover", payer="base-treatment-plan", states=["tx-26tac-564"], as_of=D("2026-09-28"),
   title="Treatment Plan", subtitle="Intensive Residential", agency=("Piney Woods Treatment Center", "18 Loblolly Ln, Tyler, TX 75701", "(903) 555-0170"),
   client=dict(name="Garrett Lindstrom", dob=D("1980-01-01"), mid="720019384"), payer_name="Texas Medicaid",
   labels={"name": "Client", "mid": "Medicaid ID", "admit": "Admission date", "plan": "Plan date"},
   plan_date=pd_, admit=D("2026-09-04"), df="us",
   dx=[dict(code="F10.20", desc="Alcohol dependence, uncomplicated", primary=True)],
   goals=sud_alcohol("Garrett"), svc_kind="sud", services=sud_svcs("inpatient"), sig_style="table",
   sigs=[SIG("Client", "Garrett Lindstrom", None, None, "typed", kind="client"), SIG("Counselor", "Wanda Okafor", "LCDC", pd_, "typed")],
   gaps=[["duration-missing"], ["signature-missing"]],
   notes="Gaps: no projected length of stay (no duration or end date anywhere); the client's signature has no date. Layout: "
         "cover page, body, services and a signer table in appendices.")


# ----------------------------------------------------------------------------------------------
# review marks: comments and tracked changes added after the template is filled
# ----------------------------------------------------------------------------------------------
def iter_paras(container):
    for p in container.paragraphs:
        yield p
    for t in container.tables:
        for row in t.rows:
            for c in row.cells:
                yield from iter_paras(c)


def find_para(doc, needle):
    for p in iter_paras(doc):
        if needle in p.text:
            return p
    raise KeyError(needle)


def hook_comment(needle, text, author, initials, when):
    def h(doc, p):
        par = find_para(doc, needle)
        c = doc.add_comment(par.runs, text=text, author=author, initials=initials)
        c._comment_elm.set(qn("w:date"), f"{when.isoformat()}T15:30:00Z")
    return h


def hook_track(needle, old, new, author, when, rid=901):
    """Replace the paragraph text `needle` by a tracked deletion of `old` and insertion of `new`."""
    def h(doc, p):
        par = find_para(doc, needle)
        for r in list(par.runs):
            r._r.getparent().remove(r._r)
        if old:
            del_run(par, old, author, when.isoformat(), rid)
        if new:
            ins_run(par, new, author, when.isoformat(), rid + 1)
    return h


def hook_deleted_sentence(needle, deleted, author, when, rid=951):
    """Append a tracked deletion after the paragraph's text (a sentence struck out in review)."""
    def h(doc, p):
        par = find_para(doc, needle)
        del_run(par, " " + deleted, author, when.isoformat(), rid)
    return h


def chain(*hs):
    def h(doc, p):
        for x in hs:
            x(doc, p)
    return h


_by_id = {q["id"]: q for q in PLANS}
_by_id["ah02"]["hook"] = hook_comment("reduce the PCL-5 score from 52", "Re-administer PCL-5 at session 6 and record it here.",
                                      "Quality Review", "QR", D("2026-03-12"))
_by_id["ah11"]["hook"] = hook_track("1x/week", "2x/week", "1x/week", "Dominic Ferraro", D("2026-05-18"))
_by_id["ah12"]["hook"] = hook_comment("Tamsin Oyelaran", "Physician copy faxed 08/11; signed copy returned 08/20.",
                                      "Front Desk", "FD", D("2026-08-20"))
_by_id["ah19"]["hook"] = hook_deleted_sentence("every 2 hours while in bed", "Patient will be out of bed 6 hours a day.",
                                               "Delia Fontenot", D("2026-06-01"))
_by_id["ah33"]["hook"] = hook_deleted_sentence("attend 5 groups per week", "Client will attend AA.", "Bartholomew Nkemelu",
                                               D("2026-07-25"))
_by_id["ah40"]["hook"] = hook_comment("Anjali Deshmukh", "Countersigned after chart review; dose unchanged.",
                                      "Anjali Deshmukh", "AD", D("2026-05-08"))
_by_id["ah26"]["hook"] = hook_track("25 hours per week", "20 hours per week", "25 hours per week", "Trevor Lindgren", D("2026-10-05"))


# ----------------------------------------------------------------------------------------------
# labels: finding kinds each profile can report at error or warning (from `authcheck profiles show ID
# --resolved` on the as-of dates used here; readability and info-only requirements left out)
# ----------------------------------------------------------------------------------------------
KINDS = {
    "base-treatment-plan": "date-inconsistent diagnosis-code-invalid diagnosis-code-missing diagnosis-code-not-billable "
                           "diagnosis-missing field-missing identifier-invalid service-code-invalid",
    "medicare-psychotherapy": "amount-missing credential-missing duration-exceeds-limit duration-missing frequency-missing "
                              "goal-missing goal-not-measurable intervention-missing objective-not-measurable "
                              "objective-not-time-bound plan-outdated signature-missing",
    "medicare-outpatient-therapy": "credential-not-permitted duration-missing frequency-missing goal-missing goal-not-measurable "
                                   "intervention-missing plan-late review-interval-exceeded review-overdue signature-late "
                                   "signature-missing",
    "medicare-home-health": "credential-not-permitted duration-missing frequency-missing goal-missing goal-not-measurable "
                            "intervention-missing review-interval-exceeded review-overdue signature-missing",
    "commercial-aba": "amount-missing assessment-missing assessment-outdated baseline-missing caregiver-goal-missing "
                      "diagnosis-not-covered duration-exceeds-limit goal-missing goal-not-measurable goal-not-time-bound "
                      "review-date-missing review-interval-exceeded signature-missing",
    "pa-55-5200": "duration-missing field-missing goal-missing intervention-missing objective-missing plan-late signature-missing",
    "ny-oasas-818": "diagnosis-missing field-missing goal-missing intervention-missing plan-late signature-late signature-missing",
    "fl-65d-30": "field-missing frequency-missing goal-missing intervention-missing objective-missing objective-not-measurable "
                 "objective-not-time-bound plan-late signature-late signature-missing",
    "ca-title9-ntp": "field-missing goal-missing objective-missing objective-not-time-bound plan-late review-date-missing "
                     "review-interval-exceeded review-overdue signature-late signature-missing",
    "tx-26tac-564": "duration-missing frequency-missing goal-missing intervention-missing objective-missing "
                    "objective-not-measurable objective-not-time-bound signature-missing",
}


def reportable(p):
    ks = set(KINDS["base-treatment-plan"].split())
    ks |= set(KINDS[p["payer"]].split())
    for s in p["states"]:
        ks |= set(KINDS[s].split())
    return ks


# ----------------------------------------------------------------------------------------------
# self-check of every date, deadline and interval against the profile numbers
# ----------------------------------------------------------------------------------------------
FL_DAYS = {"intensive inpatient": 3, "residential level 1": 7, "residential level 2": 15, "residential level 3": 15,
           "residential level 4": 15, "day or night treatment with community housing": 15, "day or night treatment": 10}


def timing_kinds(p):
    """The timing findings a reviewer would raise, computed from the plan's dates."""
    k = set()
    pd0, adm, first, as_of = p["plan_date"], p.get("admit"), p.get("first"), p["as_of"]
    sig = {s["kind"]: s for s in p["sigs"] if s["date"]}
    states, payer = p["states"], p["payer"]
    # date consistency
    for s in p["sigs"]:
        if s["date"] and (s["date"] < pd0 or s["date"] > as_of):
            k.add("date-inconsistent")
    for g in p["goals"]:
        if g.get("gdate") and g["gdate"] < pd0:
            k.add("date-inconsistent")
        for o in g["objectives"]:
            d = o.get("date")
            if o.get("date_text"):
                mm, dd, yy = o["date_text"].split("/")
                d = dt.date(int(yy), int(mm), int(dd))
            if d and d < pd0:
                k.add("date-inconsistent")
    if adm and adm > pd0:
        k.add("date-inconsistent")
    if adm and first and adm > first:
        k.add("date-inconsistent")
    if p.get("review") and p["review"] < pd0:
        k.add("date-inconsistent")
    if p.get("start") and p["end"] < p["start"]:
        k.add("date-inconsistent")
    for a in p["assess"]:
        if a["date"] > as_of:
            k.add("date-inconsistent")
    if p["client"]["dob"] >= pd0:
        k.add("date-inconsistent")
    # payers
    if payer == "medicare-psychotherapy":
        if (as_of - pd0).days > 365:
            k.add("plan-outdated")
        if p.get("dur_months") and p["dur_months"] >= 12:
            k.add("duration-exceeds-limit")
    if payer == "medicare-outpatient-therapy":
        anchor = first or pd0
        if first and pd0 > first:
            k.add("plan-late")
        ph = sig.get("physician")
        if first and ph and (ph["date"] - first).days > 30:
            k.add("signature-late")
        if (p["end"] - anchor).days > 90 or (p.get("review") and (p["review"] - anchor).days > 90):
            k.add("review-interval-exceeded")
        if as_of > p["end"] or (p.get("review") and as_of > p["review"]):
            k.add("review-overdue")
    if payer == "medicare-home-health":
        anchor = first or pd0
        if (p["end"] - anchor).days > 60:
            k.add("review-interval-exceeded")
        if as_of > p["end"]:
            k.add("review-overdue")
    if payer == "commercial-aba":
        if p["review"] and (p["review"] - pd0).days > 184:
            k.add("review-interval-exceeded")
        if p.get("dur_months") and (p["dur_months"] > 6 or p["end"] >= add_months(p["start"], 6) + dt.timedelta(days=1)):
            k.add("duration-exceeds-limit")
        std = [a for a in p["assess"] if "functional behavior" not in a["inst"].lower()]
        latest = max(a["date"] for a in std)
        if (pd0 - latest).days > 365:
            k.add("assessment-outdated")
    # states
    if "pa-55-5200" in states and (pd0 - adm).days > 30:
        k.add("plan-late")
    if "ny-oasas-818" in states:
        if (pd0 - adm).days > 7:
            k.add("plan-late")
        if (sig["physician"]["date"] - adm).days > 10:
            k.add("signature-late")
    if "fl-65d-30" in states:
        lim = FL_DAYS.get((p.get("loc") or "").lower())
        if lim is not None and (pd0 - adm).days > lim:
            k.add("plan-late")
        if "supervisor" in sig and (sig["supervisor"]["date"] - pd0).days > 10:
            k.add("signature-late")
    if "ca-title9-ntp" in states:
        if (pd0 - adm).days > 28:
            k.add("plan-late")
        if p.get("review"):
            if (p["review"] - adm).days > 92:
                k.add("review-interval-exceeded")
            if as_of > p["review"]:
                k.add("review-overdue")
        for r in ("supervisor", "physician"):
            if r in sig and (sig[r]["date"] - pd0).days > 14:
                k.add("signature-late")
    return k


TIMING = {"plan-late", "signature-late", "review-interval-exceeded", "review-overdue", "plan-outdated",
          "duration-exceeds-limit", "assessment-outdated", "date-inconsistent"}


def self_check(p):
    got = timing_kinds(p)
    gap_kinds = {k for gap in p["gaps"] for k in gap}
    expect = {k for k in gap_kinds if k in TIMING}
    assert got == expect, (p["id"], got, expect)
    assert p["timing"] <= expect, (p["id"], p["timing"], expect)
    # every NPI on a clean plan is valid; invalid ones only where that is the gap
    npis = [s["npi"] for s in p["sigs"] if s.get("npi")] + [x["npi"] for x in p["providers"] if x.get("npi")]
    if p.get("agency_npi"):
        npis.append(p["agency_npi"])
    bad = [n for n in npis if not npi_ok(n)]
    assert bool(bad) == ("identifier-invalid" in gap_kinds), (p["id"], bad)
    # gap kinds must be reportable by the chosen profiles
    assert gap_kinds <= reportable(p), (p["id"], gap_kinds - reportable(p))
    # profile windows: every state profile starts 2023-01-01; therapy 2025-01 version in force
    assert p["as_of"] >= D("2025-01-01") and p["as_of"] <= D("2026-11-24")
    # specific numbers
    if p["payer"] == "medicare-home-health":
        assert p["first"] == p["start"]
    if p["payer"] == "commercial-aba":
        assert p["review"] and p["start"] >= p["plan_date"]


# ----------------------------------------------------------------------------------------------
def build_all():
    labels = []
    seen = set()
    for p in PLANS:
        self_check(p)
        fname = f"{p['id']}_{p['slug']}.docx"
        assert fname not in seen
        seen.add(fname)
        doc = FAMILIES[p["fam"]](p)
        if p.get("hook"):
            p["hook"](doc, p)
        sigr = [s for s in p["sigs"] if s["kind"] == "clinician" and s["name"]]
        author = sigr[0]["name"] if sigr else p["agency"][0]
        stable_save(doc, os.path.join(OUT, fname), p["plan_date"], author, p["title"])
        gap_kinds = {k for gap in p["gaps"] for k in gap}
        must_not = sorted(reportable(p) - gap_kinds - set(p["unsure"]))
        args = ["--payer", p["payer"]]
        for s in p["states"]:
            args += ["--state", s]
        args += ["--as-of", p["as_of"].isoformat()]
        labels.append(dict(file=fname, check_with=args, must_report=[list(g) for g in p["gaps"]], must_not_report=must_not,
                           notes=p["notes"]))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False)
        f.write("\n")
    return labels


if __name__ == "__main__":
    labs = build_all()
    clean = sum(1 for x in labs if not x["must_report"])
    print(f"{len(labs)} plans written ({clean} clean)")
