#!/usr/bin/env python3
"""Generate blind test set 21 for authcheck: invented treatment plans and labels.json.

Deterministic: run twice, get byte-identical files. Run with /work/main/.venv/bin/python.
Everything here is invented (people, agencies, identifiers).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import zipfile
from xml.sax.saxutils import escape as _esc

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Inches, RGBColor, Emu

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date
FIXED_DT = dt.datetime(2025, 1, 2, 9, 0, 0)
ZIP_TIME = (2025, 1, 2, 9, 0, 0)


def esc(s: str) -> str:
    return _esc(str(s), {'"': "&quot;"})


# ---------------------------------------------------------------- identifiers
def npi(nine: str, valid: bool = True) -> str:
    """NPI with a Luhn check digit over the 80840 prefix (or a wrong one when valid=False)."""
    assert len(nine) == 9 and nine.isdigit()
    total = 24  # constant contribution of the 80840 prefix
    for i, ch in enumerate(reversed(nine)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    check = (10 - total % 10) % 10
    if not valid:
        check = (check + 3) % 10
    return nine + str(check)


def npi_ok(n: str) -> bool:
    s = "80840" + n
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# ---------------------------------------------------------------- dates
def fmt(d: dt.date | None, style: str = "us") -> str:
    if d is None:
        return ""
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "us_nz":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    if style == "abbr":
        return f"{d.strftime('%b')} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {d.strftime('%B')} {d.year}"
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return D(y, m, day)


# ---------------------------------------------------------------- DOCX builder
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
EXTRA_NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:w10="urn:schemas-microsoft-com:office:word"')


class Doc:
    """python-docx Document plus the Word features python-docx lacks."""

    def __init__(self, author: str, title: str, font: str = "Calibri", size: float = 10.5,
                 margins: float = 0.9):
        self.d = Document()
        self.author = author
        self.title = title
        self.footnotes: list[str] = []
        self.endnotes: list[str] = []
        self._id = 100
        self._shape = 1
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        for s in self.d.sections:
            s.left_margin = s.right_margin = Inches(margins)
            s.top_margin = s.bottom_margin = Inches(0.8)
        ph = self.d.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    # ids -------------------------------------------------------------
    def nid(self) -> int:
        self._id += 1
        return self._id

    # paragraphs -----------------------------------------------------------
    def p(self, text: str = "", style: str | None = None, bold: bool = False, italic: bool = False,
          size: float | None = None, align: str | None = None, container=None, space_after=None):
        c = container if container is not None else self.d
        para = c.add_paragraph(style=style) if style else c.add_paragraph()
        if text:
            r = para.add_run(text)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
        if align == "center":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if space_after is not None:
            para.paragraph_format.space_after = Pt(space_after)
        return para

    def runs(self, para, parts):
        """parts: list of str or (str, flags) with flags in 'b', 'i', 'u'."""
        out = []
        for part in parts:
            if isinstance(part, str):
                text, flags = part, ""
            else:
                text, flags = part
            r = para.add_run(text)
            r.bold = "b" in flags or None
            r.italic = "i" in flags or None
            r.underline = "u" in flags or None
            out.append(r)
        return out

    def lp(self, label: str, value: str, container=None, tab: bool = False):
        """'Label: value' paragraph with a bold label."""
        para = self.p(container=container)
        self.runs(para, [(label + (":\t" if tab else ": "), "b"), value])
        return para

    def h(self, text: str, level: int = 1):
        return self.d.add_heading(text, level=level)

    def page_break(self, container=None):
        para = self.p(container=container)
        para.add_run().add_break(WD_BREAK.PAGE)
        return para

    def raw(self, para, xml: str):
        """Append raw run-level XML (one or more elements) to a paragraph."""
        frag = parse_xml(f'<w:root {nsdecls("w", "r", "wp")} {EXTRA_NS}>{xml}</w:root>')
        for el in list(frag):
            para._p.append(el)

    # content controls ------------------------------------------------------
    def _sdt_pr(self, alias, tag, kind, date, date_fmt, items, placeholder):
        pr = f'<w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(tag)}"/><w:id w:val="{self.nid()}"/>'
        if placeholder:
            pr += '<w:showingPlcHdr/>'
        if kind == "text":
            pr += '<w:text/>'
        elif kind == "date":
            full = f' w:fullDate="{date.isoformat()}T00:00:00Z"' if date else ""
            pr += (f'<w:date{full}><w:dateFormat w:val="{date_fmt}"/><w:lid w:val="en-US"/>'
                   '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
        elif kind == "dropdown":
            pr += '<w:dropDownList>' + "".join(
                f'<w:listItem w:displayText="{esc(i)}" w:value="{esc(i)}"/>' for i in items) + '</w:dropDownList>'
        elif kind == "check":
            pr += ('<w14:checkbox xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
                   f'<w14:checked w14:val="{1 if date else 0}"/>'
                   '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                   '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>')
        return pr + '</w:sdtPr>'

    def cc(self, para, value, alias="", tag="", kind="text", date=None, date_fmt="M/d/yyyy", items=(),
           placeholder=False, bold=False):
        """Inline content control holding value (date controls also carry w:fullDate)."""
        if placeholder:
            value = {"date": "Click or tap to enter a date.", "dropdown": "Choose an item."}.get(
                kind, "Click or tap here to enter text.")
        rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' if placeholder else (
            '<w:rPr><w:b/></w:rPr>' if bold else "")
        if kind == "check":
            value = "\u2612" if date else "\u2610"
        xml = (f'<w:sdt>{self._sdt_pr(alias, tag or alias.replace(" ", ""), kind, date, date_fmt, items, placeholder)}'
               f'<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{esc(value)}</w:t></w:r></w:sdtContent></w:sdt>')
        self.raw(para, xml)

    def cc_block(self, para, alias, tag=None):
        """Wrap an existing paragraph in a block-level rich-text content control."""
        sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{esc(alias)}"/>'
                        f'<w:tag w:val="{esc(tag or alias)}"/><w:id w:val="{self.nid()}"/></w:sdtPr>'
                        '<w:sdtContent/></w:sdt>')
        para._p.addprevious(sdt)
        sdt.find(qn("w:sdtContent")).append(para._p)
        return sdt

    def cc_wrap_table(self, table, alias):
        sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{esc(alias)}"/>'
                        f'<w:tag w:val="{esc(alias)}"/><w:id w:val="{self.nid()}"/></w:sdtPr>'
                        '<w:sdtContent/></w:sdt>')
        table._tbl.addprevious(sdt)
        sdt.find(qn("w:sdtContent")).append(table._tbl)

    # legacy form fields -------------------------------------------------------
    def ff_text(self, para, value, name):
        shown = esc(value) if value else "\u2002" * 5
        self.raw(para,
                 f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
                 '<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
                 '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                 f'<w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{shown}</w:t></w:r>'
                 '<w:r><w:fldChar w:fldCharType="end"/></w:r>')

    def ff_check(self, para, checked, name, label=None):
        chk = '<w:default w:val="0"/><w:checked/>' if checked else '<w:default w:val="0"/>'
        self.raw(para,
                 f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
                 f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>{chk}</w:checkBox></w:ffData></w:fldChar></w:r>'
                 '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        if label:
            para.add_run(" " + label + "   ")

    # fields -----------------------------------------------------------------
    def field(self, para, instr, result, bold=False):
        b = "<w:rPr><w:b/></w:rPr>" if bold else ""
        self.raw(para,
                 f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                 f'<w:r><w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                 f'<w:r>{b}<w:t xml:space="preserve">{esc(result)}</w:t></w:r>'
                 '<w:r><w:fldChar w:fldCharType="end"/></w:r>')

    def fld_simple(self, para, instr, result):
        self.raw(para, f'<w:fldSimple w:instr=" {esc(instr)} "><w:r><w:t xml:space="preserve">{esc(result)}</w:t></w:r></w:fldSimple>')

    def merge(self, para, name, value, bold=False):
        self.field(para, f"MERGEFIELD {name} \\* MERGEFORMAT", value, bold)

    # revisions -----------------------------------------------------------------
    def ins(self, para, text, author, when):
        self.raw(para, f'<w:ins w:id="{self.nid()}" w:author="{esc(author)}" w:date="{when}">'
                       f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')

    def dele(self, para, text, author, when):
        self.raw(para, f'<w:del w:id="{self.nid()}" w:author="{esc(author)}" w:date="{when}">'
                       f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')

    def comment(self, run, text, author, initials, when=FIXED_DT):
        c = self.d.add_comment(run, text=text, author=author, initials=initials)
        c._comment_elm.date = when
        return c

    # notes -----------------------------------------------------------------------
    def footnote(self, para, text):
        self.footnotes.append(text)
        n = len(self.footnotes)
        self.raw(para, f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>')

    def endnote(self, para, text):
        self.endnotes.append(text)
        n = len(self.endnotes)
        self.raw(para, f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="{n}"/></w:r>')

    def _notes_part(self, kind, notes):
        tag = "footnote" if kind == "footnotes" else "endnote"
        ref = "footnoteRef" if tag == "footnote" else "endnoteRef"
        body = (f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{tag}>'
                f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>')
        for i, t in enumerate(notes, 1):
            body += (f'<w:{tag} w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{ref}/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:{tag}>')
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind} {nsdecls("w", "r")}>{body}</w:{kind}>'
        ct = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"
        part = Part(PackURI(f"/word/{kind}.xml"), ct, xml.encode("utf-8"), self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES if kind == "footnotes" else RT.ENDNOTES)

    # text boxes --------------------------------------------------------------------
    def textbox(self, para, lines, width_in=3.2, height_in=1.1, align="right", border=True):
        """Floating text box (wps shape with its VML fallback, as Word writes it).
        lines: list of str or list of parts for runs ((text, flags))."""
        def content():
            out = ""
            for ln in lines:
                parts = ln if isinstance(ln, list) else [ln]
                rr = ""
                for part in parts:
                    text, flags = (part, "") if isinstance(part, str) else part
                    rpr = "<w:rPr><w:b/></w:rPr>" if "b" in flags else ""
                    rr += f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
                out += f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>{rr}</w:p>'
            return out
        sid = self._shape
        self._shape += 1
        cx, cy = int(width_in * 914400), int(height_in * 914400)
        ln = ('<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>' if border
              else '<a:ln><a:noFill/></a:ln>')
        xml = (
            '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + sid}" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="margin"><wp:align>{align}</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
            f'<wp:docPr id="{sid}" name="Text Box {sid}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>{ln}</wps:spPr>'
            f'<wps:txbx><w:txbxContent>{content()}</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict>'
            f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            f'<v:shape id="Text Box {sid}" o:spid="_x0000_s{1025 + sid}" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:0;margin-top:0;width:{width_in * 72:.0f}pt;height:{height_in * 72:.0f}pt;z-index:{251659264 + sid};mso-position-horizontal:{align};mso-position-horizontal-relative:margin" '
            f'strokeweight=".5pt"><v:textbox><w:txbxContent>{content()}</w:txbxContent></v:textbox></v:shape></w:pict>'
            '</mc:Fallback></mc:AlternateContent></w:r>')
        self.raw(para, xml)

    # numbering -----------------------------------------------------------------
    def multilevel(self, levels):
        """levels: list of (numFmt, lvlText, left_twips). Returns a new numId."""
        numbering = self.d.part.numbering_part.element
        abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
        num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        aid = max(abs_ids + [0]) + 1
        nid = max(num_ids + [0]) + 1
        lv = ""
        for i, (nf, text, left) in enumerate(levels):
            lv += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{nf}"/>'
                   f'<w:lvlText w:val="{esc(text)}"/><w:lvlJc w:val="left"/>'
                   f'<w:pPr><w:ind w:left="{left}" w:hanging="{360 if len(text) < 4 else 720}"/></w:pPr>'
                   + ('<w:rPr><w:b/></w:rPr>' if i == 0 else '') + '</w:lvl>')
        absnum = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
                           f'<w:multiLevelType w:val="multilevel"/>{lv}</w:abstractNum>')
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absnum)
        else:
            numbering.append(absnum)
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
        return nid

    def li(self, text_or_parts, num_id, level=0, container=None):
        para = self.p(container=container, style="List Paragraph")
        parts = text_or_parts if isinstance(text_or_parts, list) else [text_or_parts]
        self.runs(para, parts)
        pPr = para._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
        return para

    # tables ----------------------------------------------------------------------
    def table(self, rows, widths=None, style="Table Grid", header=True, container=None, size=None):
        c = container if container is not None else self.d
        ncols = max(len(r) for r in rows)
        t = c.add_table(rows=len(rows), cols=ncols)
        if style:
            t.style = self.d.styles[style]
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                if val is None:
                    continue
                parts = val if isinstance(val, list) else [val]
                para = cell.paragraphs[0]
                for k, part in enumerate(parts):
                    if k:
                        para = cell.add_paragraph()
                    if isinstance(part, tuple):
                        self.runs(para, [part])
                    else:
                        r = para.add_run(str(part))
                        if header and i == 0:
                            r.bold = True
                        if size:
                            r.font.size = Pt(size)
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    if j < len(row.cells):
                        row.cells[j].width = Inches(w)
        return t

    def shade(self, cell, fill="D9E2F3"):
        tcPr = cell._tc.get_or_add_tcPr()
        tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))

    def cell_text(self, cell, parts, clear=True):
        if clear:
            for para in cell.paragraphs[1:]:
                para._p.getparent().remove(para._p)
            para = cell.paragraphs[0]
            for r in list(para.runs):
                r._r.getparent().remove(r._r)
        else:
            para = cell.add_paragraph()
        self.runs(para, parts if isinstance(parts, list) else [parts])
        return para

    # sections / headers -------------------------------------------------------------
    def header_text(self, section, lines, first=False, footer=False, align=None):
        if footer:
            hf = section.first_page_footer if first else section.footer
        else:
            hf = section.first_page_header if first else section.header
        hf.is_linked_to_previous = False
        para = hf.paragraphs[0]
        out = []
        for i, ln in enumerate(lines):
            if i:
                para = hf.add_paragraph()
            if isinstance(ln, list):
                self.runs(para, ln)
            else:
                para.add_run(ln)
            if align == "center":
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif align == "right":
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            out.append(para)
        return out

    def landscape_section(self):
        s = self.d.add_section(WD_SECTION.NEW_PAGE)
        s.orientation = WD_ORIENT.LANDSCAPE
        w, h = s.page_width, s.page_height
        if w < h:
            s.page_width, s.page_height = h, w
        return s

    def portrait_section(self):
        s = self.d.add_section(WD_SECTION.NEW_PAGE)
        s.orientation = WD_ORIENT.PORTRAIT
        w, h = s.page_width, s.page_height
        if w > h:
            s.page_width, s.page_height = h, w
        return s

    def track_revisions_setting(self):
        settings = self.d.settings.element
        settings.insert(0, parse_xml(f'<w:trackRevisions {nsdecls("w")}/>'))

    # save --------------------------------------------------------------------------
    def save(self, path):
        if self.footnotes:
            self._notes_part("footnotes", self.footnotes)
        if self.endnotes:
            self._notes_part("endnotes", self.endnotes)
        cp = self.d.core_properties
        cp.author = self.author
        cp.last_modified_by = self.author
        cp.title = self.title
        cp.created = FIXED_DT
        cp.modified = FIXED_DT
        cp.last_printed = FIXED_DT
        cp.revision = 3
        cp.comments = ""
        cp.keywords = ""
        cp.subject = ""
        pkg = self.d.part.package
        for rid, rel in list(pkg.rels.items()):
            if rel.reltype.endswith("/thumbnail"):
                del pkg.rels[rid]
        buf = io.BytesIO()
        self.d.save(buf)
        write_stable_zip(buf.getvalue(), path)


def write_stable_zip(data: bytes, path: str):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            blob = zin.read(name)
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, blob)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ================================================================ shared text
CRISIS = ("If you are in crisis, call or text 988 (Suicide & Crisis Lifeline) or call 911. "
          "After hours, the on-call line of the program answers every day of the year.")
CONSENT_ABA = ("I have participated in developing this treatment plan, I understand the goals and the "
               "procedures described, and I agree to take part in caregiver training. I understand that I may "
               "request changes to this plan at any time and that I may withdraw consent for services in writing. "
               "I received a copy of the Notice of Privacy Practices and the program's grievance procedure.")
HIPAA = ("CONFIDENTIAL: This document contains protected health information. Redisclosure without the "
         "written authorization of the individual is prohibited except as permitted by 45 CFR Parts 160 and 164 "
         "and, where applicable, 42 CFR Part 2.")


def sig_line(s, style="us"):
    """Typed rendering of a signature dict."""
    name = s["name"] + (f", {s['cred']}" if s.get("cred") else "")
    return name, fmt(s.get("date"), s.get("dstyle", style))


# ================================================================ family A: ABA agency form
def fam_A(s, path):
    o = s.get("opt", {})
    ds = o.get("dstyle", "us")
    dfmt = {"us": "MM/dd/yyyy", "us_nz": "M/d/yyyy", "long": "MMMM d, yyyy"}[ds]
    c, org = s["client"], s["org"]
    d = Doc(o.get("author", "intake"), "ABA Treatment Plan")
    sec = d.d.sections[0]
    sec.different_first_page_header_footer = True
    d.header_text(sec, [[(org["name"], "b")], org["addr"] + " | " + org["phone"] + f" | NPI {org['npi']}"],
                  first=True, align="center")
    who = o.get("who", "Client")
    d.header_text(sec, [f"{who}: {c['name']}    DOB: {fmt(c['dob'], ds)}    {o.get('id_label', 'Member ID')}: {c['mid']}"])
    fp = d.header_text(sec, ["Page "], footer=True, align="right")[0]
    d.field(fp, "PAGE", "2")
    fp.add_run(" of ")
    d.field(fp, "NUMPAGES", "4")
    fp.add_run("    Printed ")
    d.fld_simple(fp, 'DATE \\@ "M/d/yyyy h:mm am/pm"', o.get("printed", "1/2/2025 9:00 AM"))
    d.header_text(sec, ["Confidential health information - " + org["name"]], first=True, footer=True, align="center")

    d.p(o.get("title", "INDIVIDUALIZED BEHAVIOR TREATMENT PLAN"), bold=True, size=15, align="center")
    tp = d.p(align="center")
    d.runs(tp, ["Plan type: "])
    d.cc(tp, o.get("plan_type", "Initial Authorization"), "Plan Type", kind="dropdown",
         items=["Initial Authorization", "Reauthorization / Concurrent Review", "Revision"])

    d.h(o.get("h_info", "1. Identifying Information"), 2)
    rows = [
        (f"{who} name", ("text", c["name"])), ("Date of birth", ("date", c["dob"])),
        (o.get("id_label", "Member ID"), ("text", c["mid"])), ("Payer", ("dropdown", s["payer_name"])),
        (o.get("guardian_label", "Parent/Guardian"), ("text", c["guardian"])), ("Address", ("text", c["addr"])),
        ("Treatment plan date", ("date", s["plan"])), ("Intake date", ("date", s["adm"])),
        ("Authorization period start", ("date", s["pstart"])), ("Authorization period end", ("date", s["pend"])),
        ("Next progress report / plan review due", ("date", s["next_review"])),
        ("Service setting", ("text", o.get("setting", "Home and community"))),
    ]
    t = d.table([[None] * 4 for _ in range(len(rows) // 2)], widths=[1.6, 1.7, 1.6, 1.7], header=False)
    for i, (lab, (kind, val)) in enumerate(rows):
        r, cc0 = divmod(i, 2)
        lc = t.cell(r, cc0 * 2)
        d.cell_text(lc, [(lab, "b")])
        d.shade(lc, "EDEDED")
        para = t.cell(r, cc0 * 2 + 1).paragraphs[0]
        if kind == "date":
            d.cc(para, fmt(val, ds), lab, kind="date", date=val, date_fmt=dfmt)
        elif kind == "dropdown":
            d.cc(para, val, lab, kind="dropdown", items=[val, "Other commercial", "Self-pay"])
        else:
            d.cc(para, val, lab)

    d.h(o.get("h_dx", "2. Diagnosis"), 2)
    for dx in s["dx"]:
        para = d.p()
        d.runs(para, [("Primary: " if dx.get("primary") else "Secondary: ", "b"), f"{dx['code']} - {dx['desc']}"])
        if dx.get("by") and o.get("dx_in_footnote", True):
            d.footnote(para, f"Diagnosis established by {dx['by']} at a comprehensive diagnostic evaluation on "
                             f"{fmt(dx['on'], ds)}; report on file.")
        elif dx.get("by"):
            d.runs(para, [f" (diagnosed by {dx['by']}, {fmt(dx['on'], ds)})"])
    bg = d.p(s.get("background", ""))
    d.cc_block(bg, "Background and reason for referral", "background")

    d.h(o.get("h_assess", "3. Assessments Completed"), 2)
    rows = [["Assessment", "Date", "Administered by", "Summary of results"]]
    for a in s["assess"]:
        rows.append([a["instr"], fmt(a["date"], ds), a["by"], a["result"]])
    d.table(rows, widths=[1.6, 0.9, 1.5, 2.8], size=9)
    d.p("")

    d.h(o.get("h_goals", "4. Treatment Goals"), 2)
    d.p("Goals are measured by session data collected by the RBT and reviewed weekly by the supervising "
        "behavior analyst. Mastery criteria apply across at least two staff and two settings unless noted.", italic=True)
    rows = [["Domain", "Goal (target behavior)", "Baseline", "Mastery criterion", "Target date"]]
    spans = []
    prev = None
    for g in s["goals"]:
        rows.append([g["domain"], g["stmt"], g["baseline"], g["mastery"], fmt(g["date"], ds)])
        if g["domain"] == prev:
            spans.append(len(rows) - 1)
        prev = g["domain"]
    t = d.table(rows, widths=[1.0, 2.3, 1.3, 1.5, 0.8], size=9)
    for r in spans:  # merge repeated domain cells vertically
        top = r - 1
        while top in spans:
            top -= 1
        a = t.cell(top, 0)
        b = t.cell(r, 0)
        for para in b.paragraphs:
            for run in list(para.runs):
                run._r.getparent().remove(run._r)
        a.merge(b)
        # merged cell keeps the text of the top cell only
        ps = a.paragraphs
        for para in ps[1:]:
            if not para.text.strip():
                para._p.getparent().remove(para._p)
    for row in t.rows[1:]:
        pass
    if o.get("goal_note"):
        d.p(o["goal_note"], italic=True)

    d.h(o.get("h_services", "5. Services Requested"), 2)
    rows = [["CPT", "Service", "Rendered by", "Hours per week", "Units requested for period"]]
    for sv in s["services"]:
        rows.append([sv["code"], sv["desc"], sv["staff"], sv["hpw"], sv.get("units", "")])
    d.table(rows, widths=[0.7, 2.3, 1.2, 1.0, 1.4], size=9)
    d.p(f"Expected duration of this authorization: {s['duration']}.")
    d.p("Sessions are scheduled Monday through Friday; make-up sessions are offered within the same week when a "
        "session is cancelled by the provider.")

    d.h(o.get("h_crisis", "6. Crisis and Safety Plan"), 2)
    d.p(s.get("crisis", "If elopement occurs, staff follow the agency elopement protocol: block exits, notify the "
                         "caregiver, and call 911 if the child is out of sight for more than 60 seconds. ") + CRISIS)
    d.h(o.get("h_transition", "7. Coordination of Care and Discharge Criteria"), 2)
    d.p(s.get("discharge", "Services are coordinated with the pediatrician and school team with written consent. "
                           "Discharge will be considered when goals are mastered and maintained for 3 months, or "
                           "when the family chooses to end services."))

    d.page_break()
    d.h(o.get("h_sign", "8. Signatures"), 2)
    d.p(CONSENT_ABA, size=9)
    rows = [["Role", "Printed name and credential", "Signature", "Date"]]
    for sg in s["sigs"]:
        rows.append([sg["label"], "", "", ""])
    t = d.table(rows, widths=[1.6, 2.2, 1.8, 1.2])
    for i, sg in enumerate(s["sigs"], 1):
        name = sg["name"] + (f", {sg['cred']}" if sg.get("cred") else "")
        d.cc(t.cell(i, 1).paragraphs[0], name, sg["label"] + " name")
        sigtext = sg.get("how", f"/s/ {sg['name']}")
        if sigtext:
            t.cell(i, 2).paragraphs[0].add_run(sigtext).italic = True
        if sg.get("date"):
            d.cc(t.cell(i, 3).paragraphs[0], fmt(sg["date"], ds), sg["label"] + " date", kind="date",
                 date=sg["date"], date_fmt=dfmt)
        else:
            d.cc(t.cell(i, 3).paragraphs[0], "", sg["label"] + " date", kind="date", placeholder=True)
    if s.get("npis"):
        d.p("Rendering provider NPIs: " + "; ".join(s["npis"]), size=9)
    d.p(HIPAA, size=8, italic=True)
    d.save(path)


# ================================================================ family B: ABA narrative report
def fam_B(s, path):
    o = s.get("opt", {})
    ds = o.get("dstyle", "long")
    c, org = s["client"], s["org"]
    d = Doc(o.get("author", "BCBA"), "Behavior Plan")
    if o.get("track"):
        d.track_revisions_setting()
    sec = d.d.sections[0]
    d.header_text(sec, [[(org["name"], "b"), f"  \u2022  {org['addr']}  \u2022  {org['phone']}"]], align="center")
    d.header_text(sec, [f"{org['name']} - Treatment Plan - Confidential"], footer=True, align="center")
    who = o.get("who", "Learner")
    d.p(o.get("title", "Behavior Analytic Treatment Plan and Authorization Request"), bold=True, size=16)
    banner = d.p()
    d.textbox(banner, [
        [(f"{who}: ", "b"), c["name"]],
        [("DOB: ", "b"), fmt(c["dob"], "us")],
        [(o.get("id_label", "Subscriber ID") + ": ", "b"), c["mid"]],
        [("Plan date: ", "b"), fmt(s["plan"], ds)],
    ], width_in=2.8, height_in=1.0)
    d.runs(banner, [("Prepared for: ", "b"), s["payer_name"]])
    d.lp("Caregiver(s)", c["guardian"])
    d.lp("Home address", c["addr"])
    if o.get("period_rev"):
        old, new, who_, when = o["period_rev"]
        para = d.lp("Requested authorization period", f"{fmt(s['pstart'], ds)} through ")
        d.dele(para, old, who_, when)
        d.ins(para, new, who_, when)
    else:
        d.lp("Requested authorization period", f"{fmt(s['pstart'], ds)} through {fmt(s['pend'], ds)}")
    d.lp("Date services began / intake", fmt(s["adm"], ds))
    d.lp("Next treatment plan review", fmt(s["next_review"], ds))

    d.h("Reason for Referral and Background", 1)
    d.p(s.get("background", ""))
    d.h("Diagnostic Information", 1)
    for dx in s["dx"]:
        para = d.p(style="List Bullet")
        d.runs(para, [(dx["code"], "b"), f" {dx['desc']}" + (" (primary)" if dx.get("primary") else "")])
        if dx.get("by"):
            para.add_run(f" - diagnosed {fmt(dx['on'], ds)} by {dx['by']}")
    d.h("Assessment Summary", 1)
    for a in s["assess"]:
        para = d.p()
        d.runs(para, [(a["instr"], "b"), f" ({fmt(a['date'], ds)}, {a['by']}): {a['result']}"])
    if o.get("assess_comment"):
        d.comment(para.runs[0], o["assess_comment"], "Clinical Director", "CD")

    d.h("Goals and Objectives", 1)
    d.p("Each goal below lists its baseline, mastery criterion and target date. Objectives are the short-term steps "
        "taught toward the goal.")
    num = d.multilevel([("decimal", "Goal %1.", 720), ("decimal", "%1.%2", 1080), ("lowerLetter", "%3)", 1440)])
    cur_section = None
    for g in s["goals"]:
        if g.get("section") and g["section"] != cur_section:
            cur_section = g["section"]
            d.h(cur_section, 2)
        d.li([(g["domain"] + ": ", "b"), g["stmt"]], num, 0)
        d.li(f"Baseline: {g['baseline']}", num, 2)
        if g.get("mastery"):
            d.li(f"Mastery criterion: {g['mastery']}", num, 2)
        if g.get("date"):
            d.li(f"Target date: {fmt(g['date'], ds)}", num, 2)
        for ob in g.get("objectives", []):
            if ob.get("rev"):
                old, new, who_, when = ob["rev"]
                pre, post = ob["stmt"].split(new, 1)
                para = d.li(pre, num, 1)
                d.dele(para, old, who_, when)
                d.ins(para, new, who_, when)
                para.add_run(post)
            else:
                para = d.li(ob["stmt"], num, 1)
            if ob.get("comment"):
                d.comment(para.runs[0], ob["comment"], o.get("reviewer", "QA Reviewer"), "QA")

    d.h(o.get("h_services", "Recommended Services"), 1)
    for sv in s["services"]:
        para = d.p(style="List Bullet")
        if sv.get("rev"):
            old, new, who_, when = sv["rev"]
            d.runs(para, [(f"{sv['code']} ", "b"), f"{sv['desc']} ({sv['staff']}): "])
            d.dele(para, old, who_, when)
            d.ins(para, new, who_, when)
        else:
            d.runs(para, [(f"{sv['code']} ", "b"), f"{sv['desc']} ({sv['staff']}): {sv['hpw']}"])
    d.p(f"Anticipated length of this treatment phase: {s['duration']}.")
    d.h("Generalization, Maintenance and Discharge Planning", 1)
    d.p(s.get("discharge", "Skills are probed in the community and with novel adults once mastered. Discharge "
                           "criteria: all treatment goals mastered and maintained at 3-month follow-up."))
    d.h("Crisis Plan", 1)
    d.p(CRISIS)
    d.h("Signatures", 1)
    d.p(CONSENT_ABA, size=9)
    for sg in s["sigs"]:
        para = d.p()
        if sg.get("date"):
            txt = (f"Electronically signed by {sg['name']}" + (f", {sg['cred']}" if sg.get("cred") else "")
                   + f" ({sg['label']}) on {fmt(sg['date'], 'us')} {sg.get('time', '4:12 PM')}")
            d.runs(para, [(txt, "i")])
        else:
            d.runs(para, [(sg["label"] + ": ", "b"), sg["name"], "    Date: ________"])
    if s.get("npis"):
        d.p("NPI: " + "; ".join(s["npis"]), size=9)
    d.p(HIPAA, size=8, italic=True)
    d.save(path)


# ================================================================ family C: Medicare therapy POC, legacy form fields
def fam_C(s, path):
    o = s.get("opt", {})
    ds = o.get("dstyle", "us")
    c, org = s["client"], s["org"]
    d = Doc(o.get("author", "Rehab front desk"), "Plan of Care")
    sec = d.d.sections[0]
    sec.different_first_page_header_footer = True
    d.header_text(sec, [[(org["name"], "b")], org["addr"], f"Phone {org['phone']}   Fax {org.get('fax', '')}   NPI {org['npi']}"],
                  first=True)
    d.header_text(sec, [f"{c['name']}  |  {o.get('id_label', 'MBI')} {c['mid']}  |  Plan of Care continued"])
    d.header_text(sec, ["Form PT-OT-SLP-POC rev. 03/2023"], footer=True, align="right")
    d.header_text(sec, ["Form PT-OT-SLP-POC rev. 03/2023"], first=True, footer=True, align="right")

    d.p(o.get("title", "OUTPATIENT REHABILITATION PLAN OF TREATMENT / CERTIFICATION"), bold=True, size=13, align="center")
    para = d.p(align="center")
    for disc in ("PT", "OT", "SLP"):
        d.ff_check(para, disc == s["disc"], f"Disc{disc}", {"PT": "Physical Therapy", "OT": "Occupational Therapy",
                                                             "SLP": "Speech-Language Pathology"}[disc])
    para = d.p(align="center")
    d.ff_check(para, True, "Initial", "Initial certification")
    d.ff_check(para, False, "Recert", "Recertification")

    # identification grid with legacy text fields
    fields = [
        ("1. Patient name (last, first)", o.get("name_lf", c["name"])), ("2. Provider / facility NPI", org["npi"]),
        ("3. " + o.get("id_label", "Medicare number (MBI)"), c["mid"]), ("4. Date of birth", fmt(c["dob"], ds)),
        ("5. Onset / exacerbation date", fmt(s.get("onset"), ds)),
        ("6. " + o.get("soc_label", "Start of care (initial evaluation) date"), fmt(s["ftx"], ds)),
        ("7. Certification period from", fmt(s["pstart"], ds)), ("8. Certification period through", fmt(s["pend"], ds)),
        ("9. Referring physician", s.get("referrer", "")), ("10. Plan of care established", fmt(s["plan"], ds)),
    ]
    t = d.table([[None, None] for _ in range(len(fields) // 2)], widths=[3.3, 3.3], header=False)
    for i, (lab, val) in enumerate(fields):
        r, cc0 = divmod(i, 2)
        para = t.cell(r, cc0).paragraphs[0]
        d.runs(para, [(lab + ": ", "b")])
        d.ff_text(para, val, f"Text{i + 1}")
    d.p("")

    # diagnoses, merged header row
    rows = [["Diagnoses (ICD-10-CM)", None, None], ["Code", "Description", "Type"]]
    for dx in s["dx"]:
        rows.append([dx["code"], dx["desc"], dx.get("kind", "Treatment")])
    t = d.table(rows, widths=[1.0, 4.2, 1.4], size=9.5)
    t.cell(0, 0).merge(t.cell(0, 2))
    d.shade(t.cell(0, 0))

    d.h(o.get("h_eval", "Evaluation Summary / Functional Limitations"), 3)
    d.p(s.get("eval", ""))
    if s.get("tests"):
        d.table([["Test / measure", "Result at evaluation"]] + [[a, b] for a, b in s["tests"]], widths=[2.6, 4.0], size=9.5)
    d.p("")
    d.h(o.get("h_goals", "Goals"), 3)
    # outer table: two rows (short-term / long-term), each cell holding an inner goals table
    outer = d.table([["Short-term goals", None], ["Long-term goals", None]], widths=[1.3, 5.4], header=False)
    for r, term in enumerate(("STG", "LTG")):
        d.shade(outer.cell(r, 0), "F2F2F2")
        outer.cell(r, 0).paragraphs[0].runs[0].bold = True
        cell = outer.cell(r, 1)
        rows = [["#", "Goal", "Target date" if o.get("goal_dates", True) else "Time frame"]]
        n = 0
        for g in s["goals"]:
            if g["term"] == term:
                n += 1
                rows.append([f"{term}{n}", g["stmt"], g.get("when") or fmt(g.get("date"), ds)])
        inner = d.table(rows, widths=[0.5, 3.9, 1.0], container=cell, size=9)
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p) if not cell.paragraphs[0].text else None
    d.p("")
    para = d.p()
    d.runs(para, [("Rehab potential: ", "b")])
    d.ff_text(para, s.get("potential", "Good"), "Potential")

    d.h(o.get("h_plan", "Plan of Treatment"), 3)
    d.p("Treatment interventions (check all that apply):")
    for code, desc, on in s["cpts"]:
        para = d.p()
        d.ff_check(para, on, f"Cpt{code}")
        para.add_run(f" {code}  {desc}")
    para = d.p()
    d.runs(para, [("Frequency: ", "b")])
    d.ff_text(para, s["freq"], "Freq")
    d.runs(para, [("      Duration: ", "b")])
    d.ff_text(para, s.get("duration", ""), "Dur")
    if s.get("visits"):
        d.runs(para, [("      Total visits: ", "b")])
        d.ff_text(para, s["visits"], "Visits")
    if s.get("hep"):
        d.p("Home exercise program: " + s["hep"])

    d.h("Therapist", 3)
    th = s["therapist"]
    para = d.p()
    if o.get("therapist_stamp", True):
        d.runs(para, [(f"Electronically signed by {th['name']}, {th['cred']} on {fmt(th['date'], 'us')} at {th.get('time', '5:41 PM')}", "i")])
    else:
        d.runs(para, [("Therapist signature: ", "b"), f"/s/ {th['name']}, {th['cred']}", ("    Date: ", "b"), fmt(th["date"], ds)])
    if th.get("npi"):
        d.p(f"Therapist NPI: {th['npi']}", size=9)

    # certification attestation box: single-cell bordered table, nested signature table
    d.p("")
    phy = s["physician"]
    box = d.table([[None]], widths=[6.7], header=False)
    cell = box.cell(0, 0)
    d.shade(cell, "FFF8E1")
    d.cell_text(cell, [(o.get("cert_title", "PHYSICIAN / NPP CERTIFICATION"), "b")])
    d.cell_text(cell, [o.get("cert_text", "I have reviewed this plan of treatment and certify that the services are "
                                          "medically necessary, furnished while the patient is under my care, and "
                                          "that the plan will be reviewed at least every 90 days.")], clear=False)
    sig_rows = [[o.get("phys_label", "Certifying physician/NPP"), "Signature", "NPI", "Date signed"],
                [f"{phy['name']}, {phy['cred']}", phy.get("how", "(signed)"), phy.get("npi", ""), fmt(phy.get("date"), ds)]]
    d.table(sig_rows, widths=[2.2, 1.9, 1.2, 1.2], container=cell, size=9)
    d.cell_text(cell, ["Please sign, date and fax to " + org.get("fax", "") + ". Services may be held if the signed plan "
                       "is not returned."], clear=False).runs[0].font.size = Pt(8)
    d.p("")
    d.p("Medicare requires that the plan of care be certified by the physician or non-physician practitioner. "
        "Changes to this plan require a new certification.", size=8, italic=True)
    d.save(path)


# ================================================================ family D: home health plan of care (485 style grid)
def grid(d, rows, ncols=6, size=8.5, container=None):
    """rows: list of lists of (span, label, value_lines); merged horizontally by span."""
    t = d.d.add_table(rows=len(rows), cols=ncols) if container is None else container.add_table(rows=len(rows), cols=ncols)
    t.style = d.d.styles["Table Grid"]
    for i, row in enumerate(rows):
        col = 0
        for span, label, value in row:
            cell = t.cell(i, col)
            if span > 1:
                cell = cell.merge(t.cell(i, col + span - 1))
            para = cell.paragraphs[0]
            if label:
                r = para.add_run(label)
                r.bold = True
                r.font.size = Pt(size - 0.5)
            lines = value if isinstance(value, list) else ([value] if value else [])
            for ln in lines:
                p2 = cell.add_paragraph()
                p2.paragraph_format.space_after = Pt(0)
                if isinstance(ln, tuple) and ln[0] == "CHK":
                    for lab, on in ln[1]:
                        d.ff_check(p2, on, "c" + str(d.nid()), lab)
                    continue
                r = p2.add_run(ln)
                r.font.size = Pt(size)
            col += span
    return t


def fam_D(s, path):
    o = s.get("opt", {})
    ds = o.get("dstyle", "us")
    c, org, phy = s["client"], s["org"], s["physician"]
    d = Doc(o.get("author", "HHA clinical manager"), "Home Health Certification and Plan of Care")
    sec = d.d.sections[0]
    if o.get("first_header"):
        sec.different_first_page_header_footer = True
        d.header_text(sec, [[(org["name"], "b")], "Home Health Certification and Plan of Care"], first=True, align="center")
        d.header_text(sec, [f"Patient: {c['name']}   HI Claim No.: {c['mid']}   SOC: {fmt(s['ftx'], ds)}   (continued)"])
        d.header_text(sec, ["Page 1 - return signed copy to agency"], first=True, footer=True)
    else:
        d.header_text(sec, [[(org["name"], "b"), "   Home Health Certification and Plan of Care"]])
    d.header_text(sec, ["Department of Health and Human Services - Centers for Medicare & Medicaid Services (format)"], footer=True)
    if not o.get("first_header"):
        d.p("HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True, size=12, align="center")
    dx1 = s["dx"][0]
    other = [f"{x['code']}  {x['desc']}  {fmt(x.get('date'), ds)}" for x in s["dx"][1:]]
    rows = [
        [(2, "1. Patient's HI Claim No.", c["mid"]), (1, "2. Start of Care Date", fmt(s["ftx"], ds)),
         (2, "3. Certification Period", f"From: {fmt(s['pstart'], ds)}   To: {fmt(s['pend'], ds)}"),
         (1, "4. Medical Record No.", c["mrn"])],
        [(3, "5. Provider No.", org["provider_no"]), (3, "Plan of care date", fmt(s["plan"], ds) if s.get("plan") else "")],
        [(3, "6. Patient's Name and Address", [c["name"], c["addr"]]),
         (3, "7. Provider's Name, Address and Telephone Number", [org["name"], org["addr"], org["phone"]])],
        [(2, "8. Date of Birth", fmt(c["dob"], ds)), (1, "9. Sex", c["sex"]),
         (3, "10. Medications: Dose/Frequency/Route (N)ew (C)hanged", s["meds"])],
        [(1, "11. ICD-10-CM", dx1["code"]), (3, "Principal Diagnosis", dx1["desc"]), (2, "Date", fmt(dx1.get("date"), ds))],
        [(6, "12. Surgical Procedure", s.get("surgery", "None this episode"))],
        [(6, "13. Other Pertinent Diagnoses (ICD-10-CM, description, date)", other)],
        [(3, "14. DME and Supplies", s["dme"]), (3, "15. Safety Measures", s["safety"])],
        [(3, "16. Nutritional Req.", s["nutrition"]), (3, "17. Allergies", s["allergies"])],
        [(3, "18.A Functional Limitations", [("CHK", [(x, x in s["limits"]) for x in
                                                   ("Amputation", "Bowel/Bladder", "Contracture", "Hearing", "Paralysis",
                                                    "Endurance", "Ambulation", "Speech", "Legally blind", "Dyspnea")])]),
         (3, "18.B Activities Permitted", [("CHK", [(x, x in s["activities"]) for x in
                                                  ("Complete bedrest", "Up as tolerated", "Transfer bed/chair",
                                                   "Exercises prescribed", "Partial weight bearing", "Walker",
                                                   "Cane", "Wheelchair")])])],
        [(3, "19. Mental Status", s["mental"]), (3, "20. Prognosis", s["prognosis"])],
        [(6, "21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)", s["orders"])],
        [(6, "22. Goals/Rehabilitation Potential/Discharge Plans", s["goals_text"])],
    ]
    grid(d, rows)
    d.p("")
    nurse = s["nurse"]
    pname = f"{phy['name']}, {phy['cred']}"
    rows2 = [
        [(4, "23. Nurse's Signature and Date of Verbal SOC Where Applicable:",
          f"{nurse['name']}, {nurse['cred']}  (electronically signed)  {fmt(nurse['date'], ds)}"),
         (2, "25. Date HHA Received Signed POT", fmt(s.get("received"), ds))],
        [(3, "24. Physician's Name and Address", [pname, phy["addr"], f"NPI: {phy['npi']}"]),
         (3, "26. ", [s.get("cert_text", "I certify/recertify that this patient is confined to his/her home and needs "
                                           "intermittent skilled nursing care, physical therapy and/or speech therapy or "
                                           "continues to need occupational therapy. The patient is under my care, and I have "
                                           "authorized the services on this plan of care and will periodically review the plan.")])],
        [(4, "27. Attending Physician's Signature and Date Signed",
          [phy.get("how", f"/s/ {pname}"), ("Date signed: " + fmt(phy.get("date"), ds)) if phy.get("date") else "Date signed:"]),
         (2, "28. ", ["Anyone who misrepresents, falsifies, or conceals essential information required for payment of "
                      "Federal funds may be subject to fine, imprisonment, or civil penalty under applicable Federal laws."])],
    ]
    grid(d, rows2)
    if s.get("addendum"):
        d.page_break()
        d.p("ADDENDUM TO PLAN OF TREATMENT", bold=True, size=11, align="center")
        grid(d, [[(2, "Patient's HI Claim No.", c["mid"]), (2, "SOC Date", fmt(s["ftx"], ds)),
                  (2, "Certification Period", f"{fmt(s['pstart'], ds)} - {fmt(s['pend'], ds)}")],
                 [(6, "Patient's Name", c["name"])],
                 [(1, "Item No.", ""), (5, "", "")]])
        for head, lines in s["addendum"]:
            d.p(head, bold=True)
            for ln in lines:
                d.p(ln, style="List Bullet")
        if o.get("addendum_sig"):
            para = d.p()
            d.runs(para, [("Signature of physician: ", "b"), phy.get("how", f"/s/ {pname}"), ("   Date: ", "b"),
                          fmt(phy.get("date"), ds)])
    if o.get("comment"):
        para = d.p(o["comment"][0], size=8)
        d.comment(para.runs[0], o["comment"][1], "Intake Coordinator", "IC")
    d.save(path)


# ================================================================ family E: private-practice psychotherapy (merge fields, endnotes)
def fam_E(s, path):
    o = s.get("opt", {})
    ds = o.get("dstyle", "long")
    c, org = s["client"], s["org"]
    d = Doc(o.get("author", "Practice"), "Treatment Plan")
    sec = d.d.sections[0]
    sec.different_first_page_header_footer = True
    d.header_text(sec, [[(org["name"], "b")], org["addr"], f"Tel. {org['phone']}  \u2022  NPI {org['npi']}"],
                  first=True, align="right")
    hp = d.header_text(sec, [""])[0]
    d.runs(hp, [f"{o.get('who', 'Client')}: "])
    d.merge(hp, "Client_Full_Name", c["name"])
    d.runs(hp, ["   DOB: "])
    d.merge(hp, "Client_DOB", fmt(c["dob"], "us"))
    fp = d.header_text(sec, ["Generated "], footer=True)[0]
    d.fld_simple(fp, 'DATE \\@ "MMMM d, yyyy"', o.get("generated", "January 2, 2025"))
    fp.add_run("  -  confidential psychotherapy record")

    d.p(o.get("title", "Individualized Treatment Plan"), bold=True, size=16)
    for lab, key in ((o.get("who", "Client") + " name", "Client_Full_Name"), ("Date of birth", "Client_DOB"),
                     (o.get("id_label", "Medicare Beneficiary Identifier"), "Member_ID")):
        para = d.p(space_after=0)
        d.runs(para, [(lab + ": ", "b")])
        d.merge(para, key, {"Client_Full_Name": c["name"], "Client_DOB": fmt(c["dob"], "us"),
                            "Member_ID": c["mid"]}[key])
    para = d.p(space_after=0)
    d.runs(para, [(o.get("plan_label", "Date plan established") + ": ", "b"), fmt(s["plan"], ds)])
    if s.get("adm"):
        para = d.p(space_after=0)
        d.runs(para, [(o.get("adm_label", "Intake assessment date") + ": ", "b"), fmt(s["adm"], ds)])
    para = d.p()
    d.runs(para, [("Treating clinician: ", "b"), s["clin_line"]])

    d.h(o.get("h_dx", "Diagnostic Impressions"), 2)
    for i, dx in enumerate(s["dx"], 1):
        d.p(f"{i}. {dx['code']}  {dx['desc']}" + ("  (primary)" if dx.get("primary") and len(s["dx"]) > 1 else ""))
    d.h(o.get("h_problem", "Presenting Concerns"), 2)
    para = d.p(s["presenting"])
    if s.get("endnote"):
        d.endnote(para, s["endnote"])
    if o.get("strengths"):
        d.h("Strengths and Supports", 2)
        d.p(o["strengths"])

    d.h(o.get("h_goals", "Goals and Measurable Objectives"), 2)
    for gi, g in enumerate(s["goals"], 1):
        para = d.p()
        d.runs(para, [(f"Goal {gi}: ", "b"), g["stmt"]])
        if g.get("comment"):
            d.comment(para.runs[-1], g["comment"][1], g["comment"][0], "CS")
        for oi, ob in enumerate(g["objectives"]):
            para = d.p()
            para.paragraph_format.left_indent = Inches(0.35)
            lab = f"Objective {gi}{'abcdef'[oi]}: " if o.get("obj_style", "letter") == "letter" else f"{gi}.{oi + 1}  "
            d.runs(para, [(lab, "b"), ob["stmt"]])
            if ob.get("date"):
                d.runs(para, [(f"  Target: {fmt(ob['date'], o.get('tstyle', 'us'))}", "i")])
            if ob.get("endnote"):
                d.endnote(para, ob["endnote"])

    d.h(o.get("h_tx", "Treatment Modality, Frequency and Duration"), 2)
    for sv in s["services"]:
        para = d.p(style="List Bullet")
        d.runs(para, [(sv["desc"], "b"), f" (CPT {sv['code']})" if sv.get("code") else "",
                      f" - {sv['amount']}" if sv.get("amount") else "", f", {sv['freq']}" if sv.get("freq") else ""])
    para = d.p()
    d.runs(para, [(o.get("dur_label", "Anticipated duration of treatment") + ": ", "b"), s["duration"]])
    if s.get("interventions"):
        d.p("Interventions: " + s["interventions"])
    if s.get("review_line"):
        d.p(s["review_line"])
    if o.get("boiler"):
        d.h("Client Rights and Emergency Information", 2)
        d.p("You have the right to take part in planning your care, to ask questions about your treatment, to "
            "refuse any treatment, and to receive a copy of this plan. " + CRISIS)
        d.p("Missed appointments: please give 24 hours' notice when you cannot attend a scheduled session.")

    d.h(o.get("h_sign", "Signatures"), 2)
    for sg in s["sigs"]:
        para = d.p()
        st = sg.get("style", "stamp")
        cred = f", {sg['cred']}" if sg.get("cred") else ""
        if st == "stamp":
            d.runs(para, [(f"Electronically signed by {sg['name']}{cred} on {fmt(sg['date'], 'us')} {sg.get('time', '3:05 PM')} "
                           f"({sg['label']})", "i")])
        elif st == "box":
            t = d.table([[f"{sg['label']}: {sg['name']}{cred}", f"Signature: {sg.get('how', '/s/ ' + sg['name'])}",
                          "Date: " + fmt(sg.get("date"), ds)]], header=False, widths=[2.4, 2.4, 1.8])
            para._p.getparent().remove(para._p)
        else:
            d.runs(para, [(sg["label"] + ": ", "b"), sg.get("how", sg["name"] + cred),
                          ("    Date: ", "b"), fmt(sg.get("date"), ds) if sg.get("date") else "__________"])
        if sg.get("comment"):
            para2 = d.p("")
            r = para2.add_run(" ")
            d.comment(r, sg["comment"][1], sg["comment"][0], "XX")
    para = d.p(size=9)
    d.cc(para, "", "Copy given", kind="check", date=True)
    para.add_run(" Client received a copy of this plan   ")
    d.cc(para, "", "Declined to sign", kind="check", date=False)
    para.add_run(" Client declined to sign")
    if s.get("foot_sig"):
        para = d.p()
        d.runs(para, [s["foot_sig"][0]])
        d.footnote(para, s["foot_sig"][1])
    d.save(path)


# ================================================================ family F: clinic EHR export (table heavy, vertical merges)
def fam_F(s, path):
    o = s.get("opt", {})
    ds = o.get("dstyle", "us")
    c, org = s["client"], s["org"]
    d = Doc(o.get("author", "EHR export"), "Treatment Plan")
    if o.get("track"):
        d.track_revisions_setting()
    sec = d.d.sections[0]
    hdr = sec.header
    hdr.is_linked_to_previous = False
    who = o.get("who", "Consumer")
    ht = hdr.add_table(rows=1, cols=3, width=Inches(6.8))
    ht.style = d.d.styles["Table Grid"]
    d.cell_text(ht.cell(0, 0), [(org["name"], "b")])
    d.cell_text(ht.cell(0, 1), [f"{who}: {c['name']}"])
    d.cell_text(ht.cell(0, 1), [f"DOB {fmt(c['dob'], ds)}"], clear=False)
    d.cell_text(ht.cell(0, 2), [f"{o.get('id_label', 'MA #')} {c['mid']}"])
    d.cell_text(ht.cell(0, 2), [f"MRN {c.get('mrn', '')}"], clear=False)
    fp = d.header_text(sec, ["Report run "], footer=True)[0]
    d.fld_simple(fp, 'DATE \\@ "MM/dd/yyyy"', o.get("printed", "01/02/2025"))
    fp.add_run(f"  |  {org['name']}  |  Page ")
    d.field(fp, "PAGE", "1")

    d.p(o.get("title", "TREATMENT PLAN"), bold=True, size=14, align="center")
    info = [
        [(o.get("program_label", "Program"), "b"), s.get("program", "")],
        [("Level of care", "b"), s.get("loc", "")] if s.get("loc") is not None else None,
        [(o.get("adm_label", "Intake date"), "b"), fmt(s.get("adm"), ds)],
        [(o.get("plan_label", "Plan date"), "b"), fmt(s["plan"], ds)],
        [("Plan type", "b"), o.get("plan_type", "Initial")],
        [(o.get("review_label", "Next review due"), "b"), fmt(s.get("next_review"), ds)],
        [(o.get("dur_label", "Expected duration"), "b"), s.get("duration", "")],
        [("Primary clinician", "b"), s["clin_line"]],
    ]
    info = [x for x in info if x]
    t = d.table([[x[0], x[1]] for x in info], widths=[2.0, 4.6], header=False)
    if o.get("plan_rev"):
        old, new, who_, when = o["plan_rev"]
        para = t.cell([i for i, x in enumerate(info) if x[0][0] == o.get("plan_label", "Plan date")][0], 1).paragraphs[0]
        for r in list(para.runs):
            r._r.getparent().remove(r._r)
        d.dele(para, old, who_, when)
        d.ins(para, new, who_, when)
    d.p("")
    d.p("DIAGNOSES", bold=True)
    rows = [["Rank", "ICD-10-CM", "Description"]]
    for i, dx in enumerate(s["dx"], 1):
        rows.append(["Primary" if i == 1 else str(i), dx["code"], dx["desc"]])
    d.table(rows, widths=[0.9, 1.2, 4.5], size=9.5)
    if s.get("presenting"):
        d.p("")
        d.p(o.get("h_problem", "REASON FOR TREATMENT / ASSESSED NEEDS"), bold=True)
        d.p(s["presenting"])

    d.p("")
    d.p(o.get("h_goals", "PROBLEMS, GOALS AND OBJECTIVES"), bold=True)
    rows = [["Problem", "Goal", "Objective", "Target date", "Status"]]
    merges = []
    for pi, pr in enumerate(s["problems"], 1):
        first = len(rows)
        for oi, ob in enumerate(pr["objectives"], 1):
            rows.append([f"{pi}. {pr['problem']}" if oi == 1 else "", pr["goal"] if oi == 1 else "",
                         f"{pi}.{oi} {ob['stmt']}", ob.get("when") or fmt(ob.get("date"), ds), ob.get("status", "Active")])
        merges.append((first, len(rows) - 1))
    t = d.table(rows, widths=[1.3, 1.6, 2.4, 0.8, 0.7], size=9)
    for a, b in merges:
        if b > a:
            for col in (0, 1):
                t.cell(a, col).merge(t.cell(b, col))
                cell = t.cell(a, col)
                for para in cell.paragraphs[1:]:
                    if not para.text.strip():
                        para._p.getparent().remove(para._p)
    if o.get("obj_comment"):
        r_i, text = o["obj_comment"]
        cell = t.cell(r_i, 2)
        d.comment(cell.paragraphs[0].runs[0], text, o.get("reviewer", "Clinical Supervisor"), "CS")

    d.p("")
    d.p(o.get("h_tx", "INTERVENTIONS / SERVICES"), bold=True)
    rows = [["Service / modality", "Code", "Amount", "Frequency", "Duration", "Responsible"]]
    for sv in s["services"]:
        rows.append([sv["desc"], sv.get("code", ""), sv.get("amount", ""), sv.get("freq", ""), sv.get("dur", ""),
                     sv.get("staff", "")])
    d.table(rows, widths=[1.8, 0.7, 1.0, 1.1, 1.0, 1.2], size=9)
    if s.get("review_hist"):
        d.p("")
        d.p("PLAN REVIEWS", bold=True)
        d.table([["Review date", "Reviewed by", "Summary"]] + s["review_hist"], widths=[1.0, 1.8, 3.8], size=9)
    d.p("")
    d.p(o.get("consent", "The individual participated in the development of this plan and received a copy. "
                         "Crisis line: 988. ") , size=9)
    d.p("SIGNATURES", bold=True)
    rows = [["Role", "Name", "Credentials", "Signature", "Date"]]
    for sg in s["sigs"]:
        rows.append([sg["label"], sg["name"], sg.get("cred", ""), sg.get("how", "Signed electronically" if sg.get("date") else ""),
                     fmt(sg.get("date"), sg.get("dstyle", ds)) if sg.get("date") else ""])
    d.table(rows, widths=[1.7, 1.6, 0.9, 1.6, 0.9], size=9)
    if o.get("sig_note"):
        d.p(o["sig_note"], size=9, italic=True)
    d.save(path)


# ================================================================ family G: SUD residential / inpatient recovery plan
def fam_G(s, path):
    o = s.get("opt", {})
    ds = o.get("dstyle", "us")
    c, org = s["client"], s["org"]
    d = Doc(o.get("author", "Counselor"), "Recovery Plan")
    sec = d.d.sections[0]
    d.header_text(sec, [[(org["name"], "b"), f" - {org.get('license', '')}"], org["addr"]], align="center")
    who = o.get("who", "Patient")
    d.header_text(sec, [f"{who}: {c['name']}   |   Record # {c.get('mrn', '')}   |   Page "], footer=True)
    d.field(sec.footer.paragraphs[0], "PAGE", "1")

    d.p(o.get("title", "INDIVIDUALIZED TREATMENT / RECOVERY PLAN"), bold=True, size=14, align="center")
    lines = [
        (f"{who} name", c["name"]), ("Date of birth", fmt(c["dob"], ds)),
        (o.get("id_label", "Medicaid CIN"), c["mid"]),
        (o.get("adm_label", "Admission date"), fmt(s["adm"], ds)),
        (o.get("plan_label", "Date of plan"), fmt(s["plan"], ds)),
    ]
    if s.get("duration"):
        lines.append((o.get("dur_label", "Projected length of stay"), s["duration"]))
    if s.get("next_review"):
        lines.append((o.get("review_label", "Next plan review"), fmt(s["next_review"], ds)))
    for lab, val in lines:
        para = d.p(space_after=0)
        para.paragraph_format.tab_stops.add_tab_stop(Inches(2.2))
        d.runs(para, [(lab + ":", "b"), "\t" + val])
    d.p("")
    if o.get("loc_boxes"):
        para = d.p()
        d.runs(para, [(o.get("loc_label", "Level of care") + ": ", "b")])
        for lab in o["loc_boxes"]:
            if o.get("loc_legacy"):
                d.ff_check(para, lab == s["loc"], "L" + str(d.nid()), lab)
            else:
                para.add_run(("\u2612 " if lab == s["loc"] else "\u2610 ") + lab + "   ")
    elif s.get("loc"):
        para = d.p()
        d.runs(para, [(o.get("loc_label", "Level of care") + ": ", "b"), s["loc"]])

    d.h(o.get("h_dx", "Diagnoses"), 2)
    for dx in s["dx"]:
        d.p((f"{dx['code']} - " if dx.get("code") else "") + dx["desc"], style="List Bullet")
    if s.get("assessment_line"):
        d.p(s["assessment_line"])
    if s.get("strengths"):
        d.h("Strengths / Needs / Abilities / Preferences", 2)
        d.p(s["strengths"])

    if o.get("landscape_goals"):
        d.landscape_section()
    d.h(o.get("h_goals", "Problems, Goals, Objectives and Interventions"), 2)
    num = d.multilevel([("decimal", "Problem %1:", 720), ("decimal", "%1.%2", 1080), ("lowerLetter", "%3.", 1440)]) \
        if o.get("word_lists") else None
    for pi, pr in enumerate(s["problems"], 1):
        if num:
            d.li([(pr["problem"], "b")], num, 0)
        else:
            d.p(f"Problem #{pi}: {pr['problem']}", bold=True)
        para = d.p()
        d.runs(para, [(o.get("goal_label", "Long-term goal") + ": ", "b"), pr["goal"]])
        if pr.get("goal_date"):
            d.runs(para, [f" (by {fmt(pr['goal_date'], ds)})"])
        if o.get("obj_table"):
            rows = [["#", o.get("obj_label", "Objective"), "Target date", "Interventions (type / frequency / staff)"]]
            for oi, ob in enumerate(pr["objectives"], 1):
                rows.append([f"{pi}.{oi}", ob["stmt"], ob.get("when") or fmt(ob.get("date"), ds), ob.get("int", "")])
            d.table(rows, widths=[0.4, 3.0, 1.0, 3.0] if o.get("landscape_goals") else [0.4, 2.6, 0.9, 2.7], size=9)
        else:
            for oi, ob in enumerate(pr["objectives"], 1):
                when = ob.get("when") or fmt(ob.get("date"), ds)
                if num:
                    d.li([ob["stmt"], (f"  Target: {when}", "i")], num, 1)
                    if ob.get("int"):
                        d.li("Intervention: " + ob["int"], num, 2)
                else:
                    para = d.p()
                    para.paragraph_format.left_indent = Inches(0.3)
                    d.runs(para, [(f"Objective {pi}.{oi}: ", "b"), ob["stmt"], (f"  Target date: {when}", "i")])
                    if ob.get("int"):
                        para = d.p()
                        para.paragraph_format.left_indent = Inches(0.6)
                        d.runs(para, [("Intervention: ", "b"), ob["int"]])
        d.p("")
    if o.get("landscape_goals"):
        d.portrait_section()
    if s.get("services"):
        d.h(o.get("h_services", "Schedule of Services"), 2)
        rows = [["Service", "Frequency", "Session length", "Provided by"]]
        for sv in s["services"]:
            rows.append([sv["desc"], sv.get("freq", ""), sv.get("amount", ""), sv.get("staff", "")])
        d.table(rows, widths=[2.6, 1.6, 1.2, 1.4], size=9.5)
    if s.get("discharge"):
        d.h("Discharge / Continuing Care Plan", 2)
        d.p(s["discharge"])
    if o.get("rights"):
        d.h("Patient Rights and Program Rules (summary)", 2)
        d.p("You have the right to be treated with dignity, to privacy of your records under 42 CFR Part 2, to "
            "take part in planning your treatment, and to file a grievance without retaliation. Program rules "
            "prohibit possession of alcohol or drugs on the premises. " + CRISIS, size=9)

    d.h(o.get("h_sign", "Signatures"), 2)
    d.p(o.get("participation", "I participated in developing this plan and agree with it."), size=9)
    mode = o.get("sig_mode", "lines")
    if mode == "table":
        rows = [["", "Name / credentials", "Signature", "Date"]]
        for sg in s["sigs"]:
            rows.append([sg["label"], sg["name"] + (f", {sg['cred']}" if sg.get("cred") else ""),
                         sg.get("how", f"/s/ {sg['name']}"), fmt(sg.get("date"), ds) if sg.get("date") else ""])
        d.table(rows, widths=[1.8, 2.0, 1.6, 1.0], size=9.5)
    else:
        for sg in s["sigs"]:
            para = d.p()
            nm = sg["name"] + (f", {sg['cred']}" if sg.get("cred") else "")
            d.runs(para, [(sg["label"] + ": ", "b"), sg.get("how", f"/s/ {nm}"), ("    Date: ", "b"),
                          fmt(sg.get("date"), ds) if sg.get("date") else "____________"])
    if s.get("physician_block"):
        pb = s["physician_block"]
        d.h(pb.get("head", "Physician Review"), 2)
        para = d.p(pb["text"])
        if pb.get("footnote"):
            d.footnote(para, pb["footnote"])
        para = d.p()
        d.textbox(para, [[("Reviewed and approved", "b")], f"{pb['name']}, {pb['cred']}", pb.get("how", "e-signed"),
                         "Date: " + fmt(pb.get("date"), ds)], width_in=2.9, height_in=0.95, align="left")
        para.add_run(" ")
    if o.get("comment"):
        para = d.p(o["comment"][0], size=9)
        d.comment(para.runs[0], o["comment"][1], o["comment"][2], "QA")
    d.save(path)


# ================================================================ family H: opioid treatment program maintenance plan
def fam_H(s, path):
    o = s.get("opt", {})
    ds = o.get("dstyle", "us")
    dfmt = {"us": "MM/dd/yyyy", "us_nz": "M/d/yyyy", "abbr": "MMM d, yyyy", "long": "MMMM d, yyyy"}[ds]
    c, org = s["client"], s["org"]
    d = Doc(o.get("author", "OTP counselor"), "Treatment Plan")
    sec = d.d.sections[0]
    sec.different_first_page_header_footer = True
    d.header_text(sec, [[(org["name"], "b")], org["addr"] + "  |  " + org.get("license", "")], first=True)
    d.header_text(sec, [f"{c['name']}  -  {o.get('id_label', 'Medi-Cal CIN')} {c['mid']}  -  {o.get('short_title', 'Treatment Plan')}"])
    d.header_text(sec, ["This record is protected by 42 CFR Part 2."], footer=True, align="center")
    d.header_text(sec, ["This record is protected by 42 CFR Part 2."], first=True, footer=True, align="center")

    para = d.p()
    d.textbox(para, [[(o.get("who", "Patient") + ": ", "b"), c["name"]], [("DOB: ", "b"), fmt(c["dob"], "us")],
                     [(o.get("id_label", "Medi-Cal CIN") + ": ", "b"), c["mid"]], [("Clinic ID: ", "b"), c.get("mrn", "")]],
              width_in=2.6, height_in=1.0)
    d.runs(para, [(o.get("title", "MAINTENANCE TREATMENT PLAN"), "b")])
    para.runs[-1].font.size = Pt(14)
    d.p(o.get("subtitle", "Narcotic Treatment Program - initial plan"))
    d.p("")
    rows = [
        (o.get("adm_label", "Admission to maintenance treatment"), "adm"),
        (o.get("plan_label", "Plan effective date"), "plan"),
        (o.get("review_label", "Next plan update due"), "next_review"),
    ]
    if s.get("pend"):
        rows.append(("Projected treatment through", "pend"))
    for lab, key in rows:
        para = d.p(space_after=2)
        d.runs(para, [(lab + ": ", "b")])
        if s.get(key):
            d.cc(para, fmt(s[key], ds), lab, kind="date", date=s[key], date_fmt=dfmt)
        if key == "adm" and s.get("adm_note"):
            d.footnote(para, s["adm_note"])
    if s.get("loc"):
        para = d.p(space_after=2)
        d.runs(para, [("Level of care / modality: ", "b")])
        d.cc(para, s["loc"], "Modality", kind="dropdown", items=[s["loc"], "Detoxification", "Outpatient"])
    if s.get("duration"):
        para = d.p(space_after=2)
        d.runs(para, [(o.get("dur_label", "Projected length of treatment") + ": ", "b")])
        d.cc(para, s["duration"], "Duration")
    d.p("")
    d.h("Diagnosis", 2)
    for dx in s["dx"]:
        d.p(f"{dx['code']}   {dx['desc']}")
    if s.get("medication"):
        d.h("Medication", 2)
        d.p(s["medication"])
    d.h(o.get("h_needs", "Assessed Needs and Problem Statements"), 2)
    d.p(s.get("needs", ""))
    d.h(o.get("h_goals", "Goals, Short-Term Objectives and Action Steps"), 2)
    for gi, g in enumerate(s["goals"], 1):
        para = d.p()
        d.runs(para, [(f"Long-term goal {gi}: ", "b"), g["stmt"]])
        rows = [["Short-term objective", o.get("tcol", "Target date"), "Action steps / services (type and frequency)"]]
        for ob in g["objectives"]:
            rows.append([ob["stmt"], ob.get("when") or fmt(ob.get("date"), ds), ob.get("int", "")])
        t = d.table(rows, widths=[2.8, 0.9, 2.9], size=9)
        if o.get("cc_dates"):
            for i, ob in enumerate(g["objectives"], 1):
                if ob.get("date") and not ob.get("when"):
                    cell = t.cell(i, 1)
                    para = cell.paragraphs[0]
                    for r in list(para.runs):
                        r._r.getparent().remove(r._r)
                    d.cc(para, fmt(ob["date"], ds), "Target", kind="date", date=ob["date"], date_fmt=dfmt)
        d.p("")
    if s.get("services"):
        d.h(o.get("h_services", "Services"), 2)
        rows = [["Service", "Frequency", "Amount", "Staff"]]
        for sv in s["services"]:
            rows.append([sv["desc"], sv.get("freq", ""), sv.get("amount", ""), sv.get("staff", "")])
        d.table(rows, widths=[2.6, 1.6, 1.2, 1.4], size=9.5)
    if s.get("review_sched"):
        d.h("Plan Update Schedule", 2)
        d.table([["Update", "Due", "Completed"]] + s["review_sched"], widths=[2.0, 1.5, 3.0], size=9.5)
    d.p("")
    d.h(o.get("h_sign", "Review and Signatures"), 2)
    d.p(o.get("sign_intro", "Plan developed with the patient by the primary counselor; reviewed and countersigned "
                            "by the supervising counselor and the medical director."), size=9)
    rows = [["Role", "Name", "Signature", "Date"]]
    for sg in s["sigs"]:
        rows.append([sg["label"], sg["name"] + (f", {sg['cred']}" if sg.get("cred") else ""), "", ""])
    t = d.table(rows, widths=[1.9, 2.1, 1.6, 1.2], size=9.5)
    d.cc_wrap_table(t, "Signature block")
    for i, sg in enumerate(s["sigs"], 1):
        how = sg.get("how", "/s/")
        if how:
            t.cell(i, 2).paragraphs[0].add_run(how)
        if sg.get("date"):
            d.cc(t.cell(i, 3).paragraphs[0], fmt(sg["date"], ds), sg["label"] + " date", kind="date",
                 date=sg["date"], date_fmt=dfmt)
        elif sg.get("blank_cc"):
            d.cc(t.cell(i, 3).paragraphs[0], "", sg["label"] + " date", kind="date", placeholder=True)
    if o.get("comment"):
        para = d.p(o["comment"][0], size=9)
        d.comment(para.runs[0], o["comment"][1], o["comment"][2], "MD")
    d.p(HIPAA, size=8, italic=True)
    d.save(path)


# ================================================================ family I: school-based therapy plan (IEP related service)
def fam_I(s, path):
    o = s.get("opt", {})
    ds = o.get("dstyle", "us")
    c, org = s["client"], s["org"]
    d = Doc(o.get("author", "Related services"), "Therapy Plan")
    sec = d.d.sections[0]
    sec.different_first_page_header_footer = True
    d.header_text(sec, [[(org["name"], "b")], "Student Services - Related Services (School-Based Medicaid)"], first=True,
                  align="center")
    d.header_text(sec, [f"Student: {c['name']}   Medicaid ID: {c['mid']}"])
    d.p(o.get("title", "RELATED SERVICE PLAN OF CARE"), bold=True, size=13, align="center")
    rows = [["Student", c["name"], "Date of birth", fmt(c["dob"], ds)],
            ["School / grade", c.get("school", ""), "Medicaid ID", c["mid"]],
            ["Service", s["service_name"], "Plan date", fmt(s["plan"], ds)],
            ["IEP dates", s.get("iep", ""), "Prescribing physician", s.get("rx", "")]]
    t = d.table(rows, widths=[1.2, 2.2, 1.3, 2.0], header=False)
    for r in range(4):
        for cc0 in (0, 2):
            t.cell(r, cc0).paragraphs[0].runs[0].bold = True
            d.shade(t.cell(r, cc0), "EEF3E2")
    d.p("")
    d.h("Diagnosis / Educational Disability", 2)
    for dx in s["dx"]:
        d.p(f"ICD-10-CM {dx['code']} {dx['desc']}")
    d.p("Educational classification: " + s.get("classification", ""))
    d.h("Present Levels of Performance", 2)
    d.p(s["present"])
    d.h("Annual Goals and Benchmarks", 2)
    num = d.multilevel([("decimal", "%1", 360), ("decimal", "%1.%2", 900), ("lowerLetter", "%3)", 1440)])
    for g in s["goals"]:
        d.li([("Annual goal: ", "b"), g["stmt"]], num, 0)
        for b in g["benchmarks"]:
            d.li(b["stmt"], num, 1)
            d.li(f"By {fmt(b['date'], ds)}; measured by {b.get('measure', 'therapist data collection')}", num, 2)
    d.h("Service Delivery", 2)
    outer = d.table([["Service delivery", None], ["Service provider", None]], widths=[1.5, 5.2], header=False)
    cell = outer.cell(0, 1)
    d.table([["Code", "Service", "Frequency", "Minutes", "Start", "End"]] +
            [[sv["code"], sv["desc"], sv["freq"], sv["amount"], fmt(sv["start"], ds), fmt(sv["end"], ds)] for sv in s["services"]],
            widths=[0.6, 1.6, 1.1, 0.6, 0.8, 0.8], container=cell, size=9)
    cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    th = s["therapist"]
    cell = outer.cell(1, 1)
    d.cell_text(cell, [f"{th['name']}, {th['cred']}"])
    d.cell_text(cell, [f"NPI {th['npi']}   License {th.get('lic', '')}"], clear=False)
    d.h("Signatures", 2)
    for sg in s["sigs"]:
        para = d.p()
        d.runs(para, [(sg["label"] + ": ", "b"), sg.get("how", f"{sg['name']}" + (f", {sg['cred']}" if sg.get('cred') else "")),
                      ("   Date: ", "b"), fmt(sg.get("date"), ds)])
    d.p("Parents were provided a copy of the procedural safeguards notice. Medicaid billing consent on file.", size=8)
    d.save(path)


# ================================================================ plan specifications
def sg(role, label, name, cred=None, date=None, **kw):
    x = dict(role=role, label=label, name=name, cred=cred, date=date)
    x.update(kw)
    return x


PLANS: list[dict] = []


def plan(**kw):
    PLANS.append(kw)
    return kw


ABA_ORG1 = dict(name="Cedar Lantern Behavioral Services", addr="4410 Quarry Bend Rd, Suite 3, Ashby, OH 43012",
                phone="(555) 014-2290", npi=npi("164802931"))
ABA_ORG2 = dict(name="Kitewing Autism Therapies, LLC", addr="88 Tamarack Row, Fenwood, NC 27519",
                phone="(555) 017-6621", npi=npi("132907456"))

# ---------------------------------------------------------------- t01 ABA clean (form, content controls)
plan(
    id="t01", ext="docx", fam="A", payer="commercial-aba", states=[], as_of=D(2025, 4, 15),
    payer_name="Buckeye Mutual Health Plan",
    client=dict(name="Mateo Quintanilla", dob=D(2020, 5, 19), mid="KWB448120937",
                guardian="Lucia Quintanilla (mother)", addr="218 Fernhill Ct, Ashby, OH 43012"),
    org=ABA_ORG1, adm=D(2025, 2, 10), plan=D(2025, 3, 3), pstart=D(2025, 3, 10), pend=D(2025, 9, 9),
    next_review=D(2025, 8, 25), duration="6 months (03/10/2025 - 09/09/2025)",
    dx=[dict(code="F84.0", desc="Autistic disorder (autism spectrum disorder, level 2)", primary=True,
             by="Priya Raman, PhD, licensed psychologist", on=D(2024, 11, 18))],
    background=("Mateo is a 4-year-old boy referred by his pediatrician after an autism diagnosis in November 2024. "
                "He lives with his mother and grandmother and attends a half-day preschool. Concerns: limited "
                "functional communication, elopement in community settings, and dependence on adults for self-care."),
    assess=[
        dict(instr="VB-MAPP", date=D(2025, 2, 20), by="Noor Castellanos, MA, BCBA", result="Milestones 58/170 (Level 2); Barriers 31", std=True),
        dict(instr="Vineland-3 (Parent/Caregiver Form)", date=D(2025, 2, 24), by="Noor Castellanos, MA, BCBA", result="Adaptive Behavior Composite 64", std=True),
        dict(instr="Functional behavior assessment (interview, ABC data)", date=D(2025, 2, 27), by="Noor Castellanos, MA, BCBA", result="Elopement maintained by access to tangibles and escape from demands", std=False),
        dict(instr="Preference assessment (MSWO)", date=D(2025, 2, 20), by="Noor Castellanos, MA, BCBA", result="Top items: bubbles, toy trains, tablet videos", std=False),
    ],
    goals=[
        dict(domain="Communication", stmt="Mateo will independently mand for 10 different preferred items or activities using 2-3 word phrases across 2 settings.",
             baseline="Mands for 3 items with single words; needs partial verbal prompts", mastery="80% of opportunities across 3 consecutive sessions", date=D(2025, 8, 29)),
        dict(domain="Communication", stmt="Mateo will follow 1-step directions without gestures (e.g., 'get your shoes').",
             baseline="25% of opportunities", mastery="80% of opportunities across 3 consecutive sessions with 2 staff", date=D(2025, 7, 31)),
        dict(domain="Social", stmt="Mateo will orient to his name within 3 seconds when called from up to 10 feet.",
             baseline="20% of trials", mastery="80% of trials across 3 consecutive sessions", date=D(2025, 7, 31)),
        dict(domain="Adaptive", stmt="Mateo will complete a 6-step handwashing routine independently.",
             baseline="2 of 6 steps independent", mastery="6 of 6 steps independent on 4 of 5 opportunities", date=D(2025, 8, 29)),
        dict(domain="Behavior reduction", stmt="Reduce elopement (leaving the adult's side by more than 5 feet without permission) to fewer than 1 episode per day.",
             baseline="Average 6 episodes per day (Feb 2025 ABC data)", mastery="Fewer than 1 episode per day for 4 consecutive weeks", date=D(2025, 8, 29)),
        dict(domain="Caregiver training", stmt="Ms. Quintanilla will implement the first-then visual schedule and the elopement prevention protocol with at least 90% fidelity.",
             baseline="35% fidelity on the BST checklist", mastery="90% fidelity across 3 consecutive caregiver training sessions", date=D(2025, 7, 31)),
    ],
    services=[
        dict(code="97153", desc="Adaptive behavior treatment by protocol", staff="RBT", hpw="20 hours/week", units="2080"),
        dict(code="97155", desc="Protocol modification by the behavior analyst", staff="BCBA", hpw="3 hours/week", units="312"),
        dict(code="97156", desc="Family adaptive behavior treatment guidance", staff="BCBA", hpw="1 hour/week", units="104"),
    ],
    sigs=[sg("clinician", "Supervising BCBA", "Noor Castellanos", "MA, BCBA", D(2025, 3, 3)),
          sg("guardian", "Parent/Guardian", "Lucia Quintanilla", None, D(2025, 3, 4)),
          sg("other", "Clinical Director", "Wendell Ashgrove", "PhD, BCBA-D", D(2025, 3, 5))],
    npis=[f"Noor Castellanos, BCBA {npi('150318274')}"],
    opt=dict(dstyle="us", who="Client", printed="3/5/2025 10:14 AM"),
    gaps=[], notes="Clean. Form layout: identifying data, dates and signature dates in content controls (date pickers), "
                   "diagnosis evaluator in a footnote, goals table with vertically merged domain cells, different first-page header.",
)

# ---------------------------------------------------------------- t19 ABA reauth: old assessment, guardian date left as placeholder
plan(
    id="t19", ext="docx", fam="A", payer="commercial-aba", states=[], as_of=D(2025, 7, 10),
    payer_name="Piedmont Crest Health Insurance",
    client=dict(name="Aiden Brookfield-Sato", dob=D(2018, 9, 2), mid="CGN771045216",
                guardian="Keiko Sato (mother)", addr="51 Larkspur Lane, Fenwood, NC 27519"),
    org=ABA_ORG2, adm=D(2023, 12, 4), plan=D(2025, 6, 16), pstart=D(2025, 7, 1), pend=D(2025, 12, 31),
    next_review=D(2025, 12, 15), duration="6 months (July 1 - December 31, 2025)",
    dx=[dict(code="F84.0", desc="Autistic disorder", primary=True, by="Marcus Ellery-Tan, PhD, licensed psychologist", on=D(2023, 8, 21)),
        dict(code="F90.2", desc="Attention-deficit hyperactivity disorder, combined type", primary=False)],
    background=("Aiden is a 6-year-old boy in his third authorization period. He attends first grade with a 1:1 aide "
                "for part of the day. Progress since the last authorization is summarized per goal below."),
    assess=[
        dict(instr="VB-MAPP (re-administered)", date=D(2024, 4, 11), by="Shauna Pettigrew, MS, BCBA", result="Milestones 121/170; Barriers 14", std=True),
        dict(instr="Vineland-3 Comprehensive Interview Form", date=D(2024, 4, 18), by="Shauna Pettigrew, MS, BCBA", result="ABC 71", std=True),
        dict(instr="Caregiver interview", date=D(2025, 6, 2), by="Shauna Pettigrew, MS, BCBA", result="Priorities: homework routine, sibling play, bedtime", std=False),
        dict(instr="Direct observation (home and school)", date=D(2025, 6, 5), by="Shauna Pettigrew, MS, BCBA", result="Task refusal during homework 4-6 times per 30 minutes", std=False),
    ],
    goals=[
        dict(domain="Communication", stmt="Aiden will ask for a break or help using a full sentence instead of refusing tasks.",
             baseline="Requests a break in 30% of opportunities (June 2025 probe)", mastery="90% of opportunities across 3 consecutive sessions", date=D(2025, 11, 28)),
        dict(domain="Social", stmt="Aiden will take turns in a structured board game with a peer for 10 minutes with no more than 1 adult prompt.",
             baseline="3 minutes with 4+ prompts", mastery="10 minutes with at most 1 prompt on 4 of 5 sessions", date=D(2025, 11, 28)),
        dict(domain="Social", stmt="Aiden will answer 'wh' questions about a short story read aloud.",
             baseline="2 of 5 questions correct", mastery="4 of 5 correct across 3 consecutive sessions", date=D(2025, 10, 31)),
        dict(domain="Behavior reduction", stmt="Reduce task refusal during homework to no more than 1 instance per 30-minute work period.",
             baseline="4-6 instances per 30 minutes", mastery="No more than 1 instance per 30 minutes for 3 consecutive weeks", date=D(2025, 12, 15)),
        dict(domain="Caregiver training", stmt="Aiden's mother will deliver the token economy and planned-ignoring procedures during homework with at least 85% fidelity.",
             baseline="55% fidelity (BST checklist, 06/05/2025)", mastery="85% fidelity on 3 consecutive observations", date=D(2025, 10, 31)),
    ],
    services=[
        dict(code="97153", desc="Adaptive behavior treatment by protocol", staff="RBT", hpw="15 hours per week", units="1560"),
        dict(code="97155", desc="Adaptive behavior treatment with protocol modification", staff="BCBA", hpw="2 hours per week", units="208"),
        dict(code="97156", desc="Family adaptive behavior treatment guidance", staff="BCBA", hpw="1.5 hours per week", units="156"),
    ],
    sigs=[sg("clinician", "BCBA", "Shauna Pettigrew", "MS, BCBA", D(2025, 6, 16)),
          sg("guardian", "Parent/Guardian", "Keiko Sato", None, None, how="/s/ Keiko Sato")],
    npis=[f"Shauna Pettigrew {npi('176204518')}"],
    opt=dict(dstyle="us_nz", who="Patient", id_label="Subscriber ID", plan_type="Reauthorization / Concurrent Review",
             title="ABA TREATMENT PLAN - CONTINUED AUTHORIZATION", dx_in_footnote=False, printed="6/16/2025 3:40 PM",
             h_info="A. Patient Information", h_dx="B. Diagnoses", h_assess="C. Assessment", h_goals="D. Goals and Progress",
             h_services="E. Requested Hours by Code", h_crisis="F. Safety Plan", h_transition="G. Transition and Discharge",
             h_sign="H. Consent and Signatures"),
    gaps=[["assessment-outdated"], ["signature-missing"]],
    notes="The latest standardized assessments (VB-MAPP 4/11/2024, Vineland-3 4/18/2024) are 431 and 424 days before the "
          "plan date (limit 365; the newer entries are interview/observation). The guardian's signature date is an empty "
          "date-picker content control showing its placeholder text. Form layout with content controls.",
)

# ---------------------------------------------------------------- t37 ABA, primary diagnosis not ASD
plan(
    id="t37", ext="docx", fam="A", payer="commercial-aba", states=[], as_of=D(2025, 5, 1),
    payer_name="Buckeye Mutual Health Plan",
    client=dict(name="Nadia Whitcombe", dob=D(2021, 11, 30), mid="ZQH502837461",
                guardian="Amara Whitcombe (mother); Tobias Whitcombe (father)", addr="9 Orchard Gate Dr, Ashby, OH 43012"),
    org=ABA_ORG1, adm=D(2025, 3, 17), plan=D(2025, 4, 7), pstart=D(2025, 4, 14), pend=D(2025, 10, 13),
    next_review=D(2025, 9, 29), duration="6 months",
    dx=[dict(code="F88", desc="Other disorders of psychological development (global developmental delay)", primary=True,
             by="Harlan Ostrowski, MD, developmental-behavioral pediatrician", on=D(2024, 12, 9)),
        dict(code="F80.2", desc="Mixed receptive-expressive language disorder", primary=False)],
    background=("Nadia is a 3-year-old girl with global developmental delay. A comprehensive autism evaluation is scheduled "
                "for July 2025; the family asked to start behavior-analytic services while awaiting it. She has about 15 "
                "spoken words and tantrums lasting up to 20 minutes at transitions."),
    assess=[
        dict(instr="VB-MAPP", date=D(2025, 3, 24), by="Wendell Ashgrove, PhD, BCBA-D", result="Milestones 31/170 (Level 1-2)", std=True),
        dict(instr="Vineland-3 (Parent/Caregiver Form)", date=D(2025, 3, 27), by="Wendell Ashgrove, PhD, BCBA-D", result="ABC 66", std=True),
        dict(instr="Functional behavior assessment", date=D(2025, 3, 31), by="Wendell Ashgrove, PhD, BCBA-D", result="Tantrums maintained by escape from transitions", std=False),
    ],
    goals=[
        dict(domain="Communication", stmt="Nadia will request 15 preferred items using words, signs or pictures.",
             baseline="Requests 4 items with vocal approximations", mastery="80% of opportunities on 3 consecutive days", date=D(2025, 9, 30)),
        dict(domain="Communication", stmt="Nadia will imitate 20 one-syllable words on request.",
             baseline="6 words", mastery="20 words, each on 2 separate days", date=D(2025, 9, 30)),
        dict(domain="Play", stmt="Nadia will engage in functional play with 3 toys for 2 minutes each.",
             baseline="Under 20 seconds per toy", mastery="2 minutes per toy on 4 of 5 sessions", date=D(2025, 8, 29)),
        dict(domain="Behavior reduction", stmt="Reduce tantrums at transitions to 5 minutes or less per episode.",
             baseline="Mean 14 minutes per episode, 5 episodes per day", mastery="5 minutes or less for 10 consecutive sessions", date=D(2025, 9, 30)),
        dict(domain="Caregiver training", stmt="Parents will use a transition warning and visual timer before transitions in at least 80% of observed transitions.",
             baseline="20% of observed transitions", mastery="80% across 3 consecutive home visits", date=D(2025, 8, 29)),
    ],
    services=[
        dict(code="97153", desc="Adaptive behavior treatment by protocol", staff="RBT", hpw="12 hours/week", units="1248"),
        dict(code="97155", desc="Protocol modification", staff="BCBA-D", hpw="2 hours/week", units="208"),
        dict(code="97156", desc="Family guidance", staff="BCBA-D", hpw="1 hour/week", units="104"),
    ],
    sigs=[sg("clinician", "Supervising Behavior Analyst", "Wendell Ashgrove", "PhD, BCBA-D", D(2025, 4, 7)),
          sg("guardian", "Parent/Guardian", "Amara Whitcombe", None, D(2025, 4, 9))],
    npis=[f"Wendell Ashgrove {npi('190472635')}"],
    opt=dict(dstyle="long", who="Child", printed="4/9/2025 8:02 AM", dx_in_footnote=True),
    gaps=[["diagnosis-not-covered"]],
    notes="Primary diagnosis F88 (global developmental delay, ASD evaluation pending) is outside the covered F84.x "
          "range. Form layout with long-form dates in date-picker content controls; evaluator in a footnote.",
)

# ---------------------------------------------------------------- t10 ABA narrative, no caregiver goal
plan(
    id="t10", ext="docx", fam="B", payer="commercial-aba", states=[], as_of=D(2025, 6, 2),
    payer_name="Tri-County Health Alliance (commercial PPO)",
    client=dict(name="Elias Thornbury", dob=D(2019, 2, 14), mid="PXR330918274",
                guardian="Marguerite Thornbury (mother), Colin Thornbury (father)", addr="1402 Brambleton Ave, Fenwood, NC 27519"),
    org=ABA_ORG2, adm=D(2025, 4, 7), plan=D(2025, 5, 5), pstart=D(2025, 5, 12), pend=D(2025, 11, 11),
    next_review=D(2025, 10, 27), duration="6 months",
    dx=[dict(code="F84.0", desc="Autistic disorder", primary=True, by="Sunita Valderrama, PsyD", on=D(2025, 1, 22))],
    background=("Elias is a 6-year-old boy diagnosed with autism spectrum disorder in January 2025. He attends "
                "kindergarten. Referral concerns: aggression (hitting) when routines change, limited peer play and "
                "toileting accidents."),
    assess=[
        dict(instr="VB-MAPP", date=D(2025, 4, 14), by="Gideon Mwangi-Holt, M.Ed., BCBA", result="Milestones 96/170; Barriers 22", std=True),
        dict(instr="Vineland-3", date=D(2025, 4, 16), by="Gideon Mwangi-Holt, M.Ed., BCBA", result="ABC 69; Socialization 62", std=True),
        dict(instr="Functional behavior assessment", date=D(2025, 4, 21), by="Gideon Mwangi-Holt, M.Ed., BCBA", result="Aggression maintained by escape and access to tangibles", std=False),
    ],
    goals=[
        dict(domain="Communication", stmt="Elias will use a complete sentence to request a change in activity or a break.",
             baseline="10% of opportunities", mastery="80% of opportunities across 3 consecutive sessions", date=D(2025, 10, 31),
             objectives=[dict(stmt="Elias will request a break with a picture card when shown the card, in 80% of opportunities."),
                         dict(stmt="Elias will request a break vocally without a model in 80% of opportunities.")]),
        dict(domain="Social skills", stmt="Elias will play a cooperative game with a peer for 8 minutes.",
             baseline="2 minutes before leaving the activity", mastery="8 minutes on 4 of 5 opportunities", date=D(2025, 10, 31)),
        dict(domain="Self-care", stmt="Elias will initiate toileting independently.",
             baseline="2 accidents per day; initiates 0 times", mastery="0 accidents and independent initiation for 10 consecutive school days", date=D(2025, 9, 30)),
        dict(domain="Behavior reduction", stmt="Reduce hitting to 0-1 episodes per week.",
             baseline="Average 9 episodes per week (April 2025)", mastery="No more than 1 episode per week for 4 consecutive weeks", date=D(2025, 11, 7)),
        dict(domain="School readiness", stmt="Elias will remain seated and engaged during a 15-minute group lesson.",
             baseline="4 minutes", mastery="15 minutes with 2 or fewer prompts on 4 of 5 days", date=D(2025, 10, 31)),
    ],
    services=[
        dict(code="97153", desc="Adaptive behavior treatment by protocol", staff="RBT", hpw="18 hours per week",
             rev=("20 hours per week", "18 hours per week", "Gideon Mwangi-Holt", "2025-05-05T13:31:00Z")),
        dict(code="97155", desc="Protocol modification", staff="BCBA", hpw="2.5 hours per week"),
        dict(code="97156", desc="Family adaptive behavior treatment guidance", staff="BCBA", hpw="1 hour per week"),
    ],
    sigs=[sg("clinician", "Supervising BCBA", "Gideon Mwangi-Holt", "M.Ed., BCBA", D(2025, 5, 5), time="2:48 PM"),
          sg("guardian", "Parent/Guardian", "Marguerite Thornbury", None, D(2025, 5, 7), time="7:15 PM")],
    npis=[f"Gideon Mwangi-Holt {npi('121908376')}"],
    opt=dict(dstyle="long", who="Client", track=True, assess_comment="Attach the full VB-MAPP protocol to the request."),
    gaps=[["caregiver-goal-missing"]],
    notes="No goal or objective involves the parents (parent guidance 97156 is requested, but no caregiver-training goal). "
          "Narrative report: text-box patient banner, Word multilevel list numbering (Goal 1 / 1.1 / a), e-signature stamps, comment.",
)

# ---------------------------------------------------------------- t28 ABA narrative clean, with revisions and comments
plan(
    id="t28", ext="docx", fam="B", payer="commercial-aba", states=[], as_of=D(2025, 10, 6),
    payer_name="Granite Shore Health Insurance",
    client=dict(name="Sofia Marchetti-Lund", dob=D(2017, 7, 8), mid="UHT905126638",
                guardian="Daniel Lund (father)", addr="77 Weatherby Circle, Ashby, OH 43012"),
    org=ABA_ORG1, adm=D(2024, 3, 11), plan=D(2025, 9, 8), pstart=D(2025, 9, 15), pend=D(2026, 3, 14),
    next_review=D(2026, 2, 27), duration="6 months (September 15, 2025 to March 14, 2026)",
    dx=[dict(code="F84.0", desc="Autistic disorder", primary=True, by="Roberta Kincaid, PhD", on=D(2023, 10, 30))],
    background=("Sofia is an 8-year-old girl receiving ABA since March 2024. Skill acquisition has been steady; this plan "
                "shifts toward social communication, flexibility and community skills, and fades 1:1 hours."),
    assess=[
        dict(instr="VB-MAPP", date=D(2025, 8, 18), by="Tamsin Oduya, MS, BCBA", result="Milestones 148/170; Barriers 9", std=True),
        dict(instr="Vineland-3", date=D(2025, 8, 21), by="Tamsin Oduya, MS, BCBA", result="ABC 78 (up from 70 in 2024)", std=True),
    ],
    goals=[
        dict(domain="Social communication", stmt="Sofia will maintain a reciprocal conversation with a peer for 4 exchanges on a peer-chosen topic.",
             baseline="1-2 exchanges before changing to her own topic", mastery="4 exchanges in 80% of opportunities across 3 sessions", date=D(2026, 2, 27),
             objectives=[dict(stmt="Sofia will ask a follow-up question about the peer's topic in 4 of 5 opportunities.",
                              rev=None, comment="Consider adding a generalization probe at school."),
                         dict(stmt="Sofia will make a related comment within 5 seconds in 80% of opportunities.")]),
        dict(domain="Flexibility", stmt="Sofia will accept an unexpected change in schedule using a coping statement.",
             baseline="Protests or cries in 6 of 8 unexpected changes", mastery="Accepts with a coping statement in 8 of 10 changes", date=D(2026, 1, 30),
             objectives=[dict(stmt="Sofia will use a coping statement with a visual cue in 80% of planned changes.",
                              rev=("in 50% of", "in 80% of", "Tamsin Oduya", "2025-09-08T15:02:00Z"))]),
        dict(domain="Community", stmt="Sofia will order her own food at a counter-service restaurant.",
             baseline="0 of 4 steps independent", mastery="4 of 4 steps independent on 3 consecutive outings", date=D(2026, 2, 27)),
        dict(domain="Parent training", section="Caregiver Training", stmt="Mr. Lund will prompt and reinforce coping statements during schedule changes with at least 90% fidelity.",
             baseline="60% fidelity", mastery="90% fidelity across 3 consecutive observations", date=D(2025, 12, 19)),
    ],
    services=[
        dict(code="97153", desc="Adaptive behavior treatment by protocol", staff="RBT", hpw="12 hours per week",
             rev=None),
        dict(code="97155", desc="Protocol modification", staff="BCBA", hpw="2 hours per week"),
        dict(code="97156", desc="Family adaptive behavior treatment guidance", staff="BCBA", hpw="1 hour per week"),
        dict(code="97158", desc="Group adaptive behavior treatment with protocol modification (social skills group)", staff="BCBA", hpw="1.5 hours per week"),
    ],
    sigs=[sg("clinician", "BCBA", "Tamsin Oduya", "MS, BCBA", D(2025, 9, 8), time="3:10 PM"),
          sg("guardian", "Parent/Guardian", "Daniel Lund", None, D(2025, 9, 10), time="8:41 PM")],
    npis=[f"Tamsin Oduya {npi('145509872')}"],
    opt=dict(dstyle="long", who="Learner", track=True, reviewer="Clinical Director"),
    gaps=[], notes="Clean. Narrative report with text-box banner, Word multilevel list numbering, a tracked change inside an "
                   "objective (accepted reading: 80%), a comment on an objective, caregiver goal under its own heading.",
)

# ---------------------------------------------------------------- t36 ABA narrative, 12-month period (tracked change)
plan(
    id="t36", ext="docx", fam="B", payer="commercial-aba", states=[], as_of=D(2025, 2, 10),
    payer_name="Tri-County Health Alliance (commercial HMO)",
    client=dict(name="Jonah Achterberg", dob=D(2020, 12, 1), mid="LMV648203915",
                guardian="Renske Achterberg (mother)", addr="310 Cobblestone Way, Fenwood, NC 27519"),
    org=ABA_ORG2, adm=D(2024, 12, 2), plan=D(2025, 1, 6), pstart=D(2025, 1, 6), pend=D(2026, 1, 5),
    next_review=D(2025, 7, 3), duration="12 months",
    dx=[dict(code="F84.0", desc="Autistic disorder", primary=True, by="Odile Fairweather, PhD", on=D(2024, 10, 15))],
    background="Jonah is a 4-year-old boy newly diagnosed with autism. He has no functional vocal communication and engages in head-hitting when frustrated.",
    assess=[
        dict(instr="VB-MAPP", date=D(2024, 12, 9), by="Lorenzo Szabo, MS, BCBA", result="Milestones 22/170", std=True),
        dict(instr="Vineland-3", date=D(2024, 12, 11), by="Lorenzo Szabo, MS, BCBA", result="ABC 58", std=True),
    ],
    goals=[
        dict(domain="Communication", stmt="Jonah will request 10 preferred items by exchanging a picture card.",
             baseline="0 items", mastery="10 items, 80% of opportunities over 3 days", date=D(2025, 6, 30)),
        dict(domain="Imitation", stmt="Jonah will imitate 15 gross-motor actions on request.",
             baseline="3 actions", mastery="15 actions on 2 consecutive days", date=D(2025, 6, 30)),
        dict(domain="Behavior reduction", stmt="Reduce head-hitting to fewer than 2 episodes per day.",
             baseline="Average 11 episodes per day", mastery="Fewer than 2 per day for 4 consecutive weeks", date=D(2025, 6, 30)),
        dict(domain="Caregiver training", stmt="Mother will use picture-exchange prompting and reinforcement with at least 85% fidelity.",
             baseline="30% fidelity", mastery="85% fidelity on 3 consecutive observations", date=D(2025, 5, 30)),
    ],
    services=[
        dict(code="97153", desc="Adaptive behavior treatment by protocol", staff="RBT", hpw="25 hours per week"),
        dict(code="97155", desc="Protocol modification", staff="BCBA", hpw="3 hours per week"),
        dict(code="97156", desc="Family guidance", staff="BCBA", hpw="1 hour per week"),
    ],
    sigs=[sg("clinician", "Supervising BCBA", "Lorenzo Szabo", "MS, BCBA", D(2025, 1, 6), time="11:20 AM"),
          sg("guardian", "Parent/Guardian", "Renske Achterberg", None, D(2025, 1, 8), time="6:05 PM")],
    npis=[f"Lorenzo Szabo {npi('118820347')}"],
    opt=dict(dstyle="long", who="Child", track=True,
             period_rev=("July 5, 2025", "January 5, 2026", "Lorenzo Szabo", "2025-01-06T10:55:00Z")),
    gaps=[["duration-exceeds-limit"]],
    notes="Authorization period January 6, 2025 through January 5, 2026 (a tracked change replaced July 5, 2025; read "
          "as accepted) and expected duration 12 months exceed the 6-month limit. Narrative layout with text-box banner "
          "and multilevel list numbering.",
)

# ---------------------------------------------------------------- t40 ABA native YAML, one goal without baseline
plan(
    id="t40", ext="yaml", fam="YAML", payer="commercial-aba", states=[], as_of=D(2025, 9, 1),
    payer_name="Granite Shore Health Insurance",
    client=dict(name="Hazel Montrose-Iqbal", dob=D(2019, 4, 22), mid="FDS220947318", guardian="Farah Iqbal (mother)"),
    org=ABA_ORG1, adm=D(2025, 7, 14), plan=D(2025, 8, 4), pstart=D(2025, 8, 11), pend=D(2026, 2, 10),
    next_review=D(2026, 1, 26), duration="6 months",
    dx=[dict(code="F84.0", desc="Autistic disorder", primary=True, by="Priya Raman, PhD", on=D(2025, 5, 2))],
    assess=[dict(instr="VB-MAPP", date=D(2025, 7, 21), by="Noor Castellanos, BCBA", result="Milestones 84", std=True),
            dict(instr="Vineland-3", date=D(2025, 7, 23), by="Noor Castellanos, BCBA", result="ABC 67", std=True)],
    goals=[
        dict(domain="Communication", stmt="Hazel will answer social questions (name, age, school) with a verbal response.",
             baseline="1 of 5 questions", mastery="5 of 5 questions on 3 consecutive sessions", date=D(2026, 1, 30)),
        dict(domain="Adaptive", stmt="Hazel will tolerate a 10-minute grooming routine (hair brushing, nail trimming) with no more than 1 instance of dropping to the floor.",
             baseline=None, mastery="4 of 5 opportunities across 2 weeks", date=D(2026, 1, 30)),
        dict(domain="Behavior reduction", stmt="Reduce screaming during transitions to 2 or fewer episodes per day.",
             baseline="8 episodes per day", mastery="2 or fewer per day for 3 consecutive weeks", date=D(2026, 1, 30)),
        dict(domain="Caregiver training", stmt="Caregiver will implement the transition routine with at least 90% fidelity.",
             baseline="45% fidelity", mastery="90% fidelity on 3 consecutive observations", date=D(2025, 12, 15)),
    ],
    services=[dict(code="97153", desc="Adaptive behavior treatment by protocol", staff="RBT", hpw="16 hours per week"),
              dict(code="97155", desc="Protocol modification", staff="BCBA", hpw="2 hours per week"),
              dict(code="97156", desc="Family adaptive behavior treatment guidance", staff="BCBA", hpw="1 hour per week")],
    sigs=[sg("clinician", "BCBA", "Noor Castellanos", "BCBA", D(2025, 8, 4)),
          sg("guardian", "Guardian", "Farah Iqbal", None, D(2025, 8, 5))],
    npis=[],
    gaps=[["baseline-missing"]],
    notes="Native YAML plan. The grooming-tolerance goal records no baseline; every other goal does.",
)

REHAB1 = dict(name="Riverstone Outpatient Rehabilitation", addr="2200 Millrace Blvd, Suite 140, Carden, MI 48822",
              phone="(555) 013-4470", fax="(555) 013-4471", npi=npi("156230987"))
REHAB2 = dict(name="Northgate Therapy & Wellness", addr="915 Harrow Street, Belmont Falls, WI 53907",
              phone="(555) 019-3302", fax="(555) 019-3303", npi=npi("183377210"))
PT_CPTS = [("97161", "PT evaluation, low complexity", False), ("97162", "PT evaluation, moderate complexity", True),
           ("97110", "Therapeutic exercise", True), ("97112", "Neuromuscular re-education", True),
           ("97116", "Gait training", True), ("97140", "Manual therapy", True), ("97530", "Therapeutic activities", True),
           ("97035", "Ultrasound", False), ("G0283", "Electrical stimulation, unattended", False)]

# ---------------------------------------------------------------- t02 PT clean
plan(
    id="t02", ext="docx", fam="C", payer="medicare-outpatient-therapy", states=[], as_of=D(2025, 4, 15),
    client=dict(name="Harold Vinter", dob=D(1946, 8, 2), mid="1EK7-TP3-MW52"), org=REHAB1, disc="PT",
    onset=D(2025, 2, 11), ftx=D(2025, 3, 3), plan=D(2025, 3, 3), pstart=D(2025, 3, 3), pend=D(2025, 5, 30),
    referrer="Rajiv Menon, MD (orthopedics)",
    dx=[dict(code="Z47.1", desc="Aftercare following joint replacement surgery", kind="Medical"),
        dict(code="Z96.651", desc="Presence of right artificial knee joint", kind="Medical"),
        dict(code="M62.81", desc="Muscle weakness (generalized)", kind="Treatment"),
        dict(code="R26.81", desc="Unsteadiness on feet", kind="Treatment")],
    eval=("78-year-old man s/p right total knee arthroplasty 02/11/2025, discharged home 02/13/2025. Lives with spouse in "
          "a two-story home with 12 steps to the bedroom. Currently ambulates 150 ft with a rolling walker and supervision; "
          "needs a rail and step-to pattern on stairs. Pain 5/10 with activity."),
    tests=[("R knee AROM", "Flexion 95 deg; extension -8 deg"), ("Timed Up and Go", "18.4 seconds with rolling walker"),
           ("LEFS", "28/80"), ("Quadriceps strength (R)", "3+/5")],
    goals=[dict(term="STG", stmt="Increase R knee flexion from 95 to at least 110 degrees and extension to -3 degrees or better.", date=D(2025, 3, 31)),
           dict(term="STG", stmt="Patient will perform the home exercise program independently with correct form on return demonstration.", date=D(2025, 3, 31)),
           dict(term="LTG", stmt="Increase R knee flexion to at least 115 degrees to allow reciprocal stair climbing.", date=D(2025, 4, 28)),
           dict(term="LTG", stmt="Ambulate 500 feet on level surfaces with a single-point cane, modified independent.", date=D(2025, 4, 28)),
           dict(term="LTG", stmt="Ascend and descend 12 stairs with one handrail using a reciprocal pattern, independent.", date=D(2025, 4, 28)),
           dict(term="LTG", stmt="Improve Timed Up and Go from 18.4 to under 13.5 seconds.", date=D(2025, 4, 28))],
    cpts=PT_CPTS, freq="2x/week", duration="8 weeks", visits="16",
    hep="issued 03/03/2025 (quad sets, heel slides, SAQ, standing TKE)",
    therapist=dict(name="Colette Ambrose", cred="PT, DPT", date=D(2025, 3, 3), npi=npi("140227718")),
    physician=dict(name="Rajiv Menon", cred="MD", npi=npi("126604431"), date=D(2025, 3, 7), how="Rajiv Menon MD (signed)"),
    sigs_v=[("clinician", D(2025, 3, 3)), ("physician", D(2025, 3, 7))],
    opt=dict(dstyle="us"),
    gaps=[], notes="Clean. Therapy plan of care built from legacy form fields (FORMTEXT, FORMCHECKBOX), goals in tables nested "
                   "inside an outer STG/LTG table, certification attestation box (single-cell table with a nested signature table).",
)

# ---------------------------------------------------------------- t11 OT, certification signed late
plan(
    id="t11", ext="docx", fam="C", payer="medicare-outpatient-therapy", states=[], as_of=D(2025, 6, 2),
    client=dict(name="Agnes Pellegrino-Hart", dob=D(1947, 6, 30), mid="5XK3-RT8-WN21"), org=REHAB2, disc="OT",
    onset=D(2025, 3, 9), ftx=D(2025, 4, 7), plan=D(2025, 4, 7), pstart=D(2025, 4, 7), pend=D(2025, 7, 4),
    referrer="Lorraine Beaumont-Tate, MD (neurology)",
    dx=[dict(code="I69.354", desc="Hemiplegia and hemiparesis following cerebral infarction affecting left non-dominant side", kind="Medical"),
        dict(code="M62.81", desc="Muscle weakness (generalized)", kind="Treatment")],
    eval=("77-year-old woman with right MCA infarct 03/09/2025, discharged from inpatient rehab 04/02/2025. Left upper "
          "extremity 3-/5 proximally, trace grasp. Needs minimal assistance for upper-body dressing and moderate assistance "
          "for lower-body dressing and tub transfers. Lives alone; daughter visits daily."),
    tests=[("Box and Block (L)", "6 blocks / 60 s"), ("FIM dressing upper / lower", "4 / 3"), ("Grip (L)", "4 lb")],
    goals=[dict(term="STG", stmt="Patient will don a pullover shirt with set-up only using hemi-dressing technique.", date=D(2025, 5, 5)),
           dict(term="STG", stmt="Increase L hand Box and Block score from 6 to 15 blocks in 60 seconds.", date=D(2025, 5, 5)),
           dict(term="LTG", stmt="Patient will complete lower-body dressing with supervision using adaptive equipment.", date=D(2025, 6, 30)),
           dict(term="LTG", stmt="Patient will transfer to a tub bench with supervision in 3 of 3 trials.", date=D(2025, 6, 30)),
           dict(term="LTG", stmt="Patient will prepare a simple cold meal standing at the counter with modified independence.", date=D(2025, 6, 30))],
    cpts=[("97165", "OT evaluation, low complexity", False), ("97166", "OT evaluation, moderate complexity", True),
          ("97535", "Self-care / home management training", True), ("97530", "Therapeutic activities", True),
          ("97112", "Neuromuscular re-education", True), ("97110", "Therapeutic exercise", True), ("97760", "Orthotic management", False)],
    freq="3x/week", duration="12 weeks", visits="36",
    therapist=dict(name="Miriam Achebe-Lowell", cred="OTR/L", date=D(2025, 4, 7)),
    physician=dict(name="Lorraine Beaumont-Tate", cred="MD", npi=npi("117745022"), date=D(2025, 5, 19), how="/s/ L. Beaumont-Tate, MD"),
    sigs_v=[("clinician", D(2025, 4, 7)), ("physician", D(2025, 5, 19))],
    opt=dict(dstyle="us", therapist_stamp=False, soc_label="Initial evaluation / first treatment date"),
    gaps=[["signature-late"]],
    notes="The certifying physician signed 05/19/2025, 42 days after the first treatment day 04/07/2025 (due within 30 days, "
          "by 05/07/2025). Legacy form fields, nested goal tables, attestation box.",
)

# ---------------------------------------------------------------- t20 SLP, no duration (blank form field)
plan(
    id="t20", ext="docx", fam="C", payer="medicare-outpatient-therapy", states=[], as_of=D(2025, 6, 20),
    client=dict(name="Winifred Kasprzak", dob=D(1941, 1, 19), mid="8QF2-MD4-XJ67"), org=REHAB1, disc="SLP",
    onset=D(2025, 4, 20), ftx=D(2025, 5, 12), plan=D(2025, 5, 12), pstart=D(2025, 5, 12), pend=D(2025, 8, 8),
    referrer="Tomasz Wierzbicki, DO",
    dx=[dict(code="I69.391", desc="Dysphagia following cerebral infarction", kind="Medical"),
        dict(code="R13.12", desc="Dysphagia, oropharyngeal phase", kind="Treatment")],
    eval=("84-year-old woman with left pontine infarct 04/20/2025. Clinical swallow evaluation and MBSS 05/02/2025: delayed "
          "swallow initiation, reduced base-of-tongue retraction, silent penetration with thin liquids by straw. Current diet "
          "minced and moist solids, mildly thick liquids (IDDSI 4 / 2)."),
    tests=[("MBSS Penetration-Aspiration Scale", "5 with thin liquid by straw; 2 with mildly thick"),
           ("FOIS", "Level 4"), ("EAT-10", "24")],
    goals=[dict(term="STG", stmt="Patient will perform chin-tuck against resistance and effortful swallow exercises, 3 sets of 10, independently.", date=D(2025, 6, 9)),
           dict(term="STG", stmt="Patient will use a chin-tuck posture with small cup sips of thin liquid with no overt signs of aspiration in 90% of trials.", date=D(2025, 6, 23)),
           dict(term="LTG", stmt="Patient will safely consume a soft and bite-sized diet (IDDSI 6) with thin liquids, FOIS level 6.", date=D(2025, 8, 8)),
           dict(term="LTG", stmt="Reduce EAT-10 score from 24 to 10 or below.", date=D(2025, 8, 8))],
    cpts=[("92610", "Evaluation of oral and pharyngeal swallowing function", True), ("92526", "Treatment of swallowing dysfunction", True),
          ("92507", "Treatment of speech, language, voice, communication", False), ("97129", "Cognitive function intervention", False)],
    freq="2 times per week", duration="", visits="",
    therapist=dict(name="Deirdre Fontaine-Asante", cred="MA, CCC-SLP", date=D(2025, 5, 12)),
    physician=dict(name="Tomasz Wierzbicki", cred="DO", npi=npi("108863359"), date=D(2025, 5, 16), how="Electronically signed"),
    sigs_v=[("clinician", D(2025, 5, 12)), ("physician", D(2025, 5, 16))],
    opt=dict(dstyle="us"),
    gaps=[["duration-missing"]],
    notes="Frequency is given (2 times per week) but the Duration form field is empty and no number of weeks or visits is "
          "stated anywhere; only the certification period is given, which the profile does not accept as the duration.",
)

# ---------------------------------------------------------------- t29 PT certified by a chiropractor
plan(
    id="t29", ext="docx", fam="C", payer="medicare-outpatient-therapy", states=[], as_of=D(2025, 3, 20),
    client=dict(name="Bartholomew Quayle", dob=D(1952, 10, 3), mid="3TW9-HN5-EK84"), org=REHAB2, disc="PT",
    onset=D(2025, 1, 15), ftx=D(2025, 2, 10), plan=D(2025, 2, 10), pstart=D(2025, 2, 10), pend=D(2025, 5, 9),
    referrer="Brent Kowalczyk, DC",
    dx=[dict(code="M51.16", desc="Intervertebral disc disorders with radiculopathy, lumbar region", kind="Medical"),
        dict(code="M54.50", desc="Low back pain, unspecified", kind="Treatment"),
        dict(code="M62.81", desc="Muscle weakness (generalized)", kind="Treatment")],
    eval=("72-year-old man with low back pain radiating to the left calf since 01/15/2025. Sitting tolerance 15 minutes, "
          "standing tolerance 10 minutes, walking tolerance 1 block. Oswestry 46%."),
    tests=[("Oswestry Disability Index", "46%"), ("Lumbar flexion", "50% of normal, painful"), ("SLR (L)", "Positive at 45 deg")],
    goals=[dict(term="STG", stmt="Patient will be independent with the home exercise program and lifting mechanics on return demonstration.", when="4 weeks"),
           dict(term="STG", stmt="Increase sitting tolerance from 15 to 45 minutes.", when="4 weeks"),
           dict(term="LTG", stmt="Reduce Oswestry Disability Index from 46% to 20% or below.", when="8 weeks"),
           dict(term="LTG", stmt="Walk 6 blocks without increase in leg symptoms.", when="8 weeks")],
    cpts=PT_CPTS, freq="2x/wk", duration="8 wks", visits="16",
    therapist=dict(name="Kieran Blackwood-Osei", cred="PT, DPT", date=D(2025, 2, 10)),
    physician=dict(name="Brent Kowalczyk", cred="DC", npi=npi("161158803"), date=D(2025, 2, 14), how="Brent Kowalczyk, DC (signed)"),
    sigs_v=[("clinician", D(2025, 2, 10)), ("physician", D(2025, 2, 14))],
    opt=dict(dstyle="us_nz", goal_dates=False, phys_label="Certifying provider"),
    gaps=[["credential-not-permitted"]],
    unsure=["signature-missing"],
    notes="The certification is signed by the referring chiropractor (DC), who may not certify a Medicare therapy plan. "
          "Uncertain, so not in must_not_report: signature-missing (a reviewer could also call the certification absent). "
          "Goals use time frames (4 / 8 weeks) instead of dates.",
)

# ---------------------------------------------------------------- t38 PT 2024: G20 category code; plan written after the evaluation visit
plan(
    id="t38", ext="docx", fam="C", payer="medicare-outpatient-therapy", states=[], as_of=D(2024, 8, 15),
    client=dict(name="Ferdinand Oakes", dob=D(1944, 3, 12), mid="2PJ6-CV3-LR59"), org=REHAB1, disc="PT",
    onset=D(2024, 6, 1), ftx=D(2024, 7, 8), plan=D(2024, 7, 11), pstart=D(2024, 7, 8), pend=D(2024, 10, 4),
    referrer="Marisela Quiroga-Benn, MD (neurology)",
    dx=[dict(code="G20", desc="Parkinson's disease", kind="Medical"),
        dict(code="R26.81", desc="Unsteadiness on feet", kind="Treatment"),
        dict(code="Z91.81", desc="History of falling", kind="Treatment")],
    eval=("80-year-old man with Parkinson's disease (Hoehn and Yahr stage 3), 3 falls in the past 2 months. Festinating "
          "gait, freezing at doorways, reduced step length. Evaluation and first treatment 07/08/2024; plan of care "
          "completed 07/11/2024 after review of the home safety questionnaire."),
    tests=[("Mini-BESTest", "14/28"), ("10-Meter Walk Test", "0.62 m/s"), ("5x Sit to Stand", "21.3 s")],
    goals=[dict(term="STG", stmt="Increase Mini-BESTest from 14 to at least 18/28.", date=D(2024, 8, 9)),
           dict(term="STG", stmt="Patient and wife will demonstrate the cueing strategy for freezing at doorways in 4 of 5 trials.", date=D(2024, 8, 9)),
           dict(term="LTG", stmt="Increase gait speed from 0.62 to at least 0.9 m/s on the 10-Meter Walk Test.", date=D(2024, 9, 16)),
           dict(term="LTG", stmt="Reduce 5x Sit to Stand time from 21.3 to under 15 seconds.", date=D(2024, 9, 16)),
           dict(term="LTG", stmt="No falls reported over the final 4 weeks of the plan.", date=D(2024, 9, 16))],
    cpts=PT_CPTS, freq="2x/week", duration="10 weeks", visits="20",
    therapist=dict(name="Colette Ambrose", cred="PT, DPT", date=D(2024, 7, 11)),
    physician=dict(name="Marisela Quiroga-Benn", cred="MD", npi=npi("199034762"), date=D(2024, 7, 15), how="Marisela Quiroga-Benn, MD"),
    sigs_v=[("clinician", D(2024, 7, 11)), ("physician", D(2024, 7, 15))],
    opt=dict(dstyle="us"),
    gaps=[["diagnosis-code-not-billable"], ["plan-late"]],
    notes="G20 (Parkinson's disease) has been a category since October 2023 (G20.A1 etc. are billable). The plan is dated "
          "07/11/2024, 3 days after the evaluation/first treatment 07/08/2024 (must be established on or before it; warning). "
          "As-of 2024 selects profile version 2015-10.",
)

HHA1 = dict(name="Bluefield Home Health Partners", addr="600 Tillman Parkway, Suite 210, Orland Ridge, GA 30571",
            phone="(555) 016-8800", provider_no="117654", npi=npi("167330552"))
HHA2 = dict(name="Meadowlark Visiting Nurses, Inc.", addr="42 Sutter Mill Road, Pell Harbor, ME 04611",
            phone="(555) 012-5054", provider_no="207731", npi=npi("148893106"))

# ---------------------------------------------------------------- t03 home health clean (CHF)
plan(
    id="t03", ext="docx", fam="D", payer="medicare-home-health", states=[], as_of=D(2025, 3, 10),
    client=dict(name="Eleanor Brightwater", dob=D(1940, 12, 5), sex="F", mid="4RM8-GT2-QA15", mrn="HH-20417",
                addr="17 Sawgrass Lane, Orland Ridge, GA 30571"),
    org=HHA1, ftx=D(2025, 2, 3), plan=D(2025, 2, 3), pstart=D(2025, 2, 3), pend=D(2025, 4, 3),
    dx=[dict(code="I11.0", desc="Hypertensive heart disease with heart failure", date=D(2025, 1, 28)),
        dict(code="I50.22", desc="Chronic systolic (congestive) heart failure", date=D(2025, 1, 28)),
        dict(code="E11.9", desc="Type 2 diabetes mellitus without complications", date=D(2016, 5, 1)),
        dict(code="Z79.01", desc="Long term (current) use of anticoagulants", date=D(2023, 9, 14))],
    meds=["Furosemide 40 mg PO daily (C)", "Metoprolol succinate 50 mg PO daily", "Apixaban 5 mg PO BID",
          "Metformin 500 mg PO BID", "Lisinopril 10 mg PO daily (N)"],
    dme="Rolling walker, shower chair, digital scale, pulse oximeter", safety="Fall precautions, bleeding precautions, clear pathways, emergency plan",
    nutrition="2 g sodium, 1.5 L fluid restriction, consistent carbohydrate", allergies="Sulfa (rash)",
    limits=["Endurance", "Ambulation", "Dyspnea"], activities=["Up as tolerated", "Walker", "Exercises prescribed"],
    mental="Oriented, forgetful at times", prognosis="Fair",
    orders=["SN 1w1, 2w2, 1w5: skilled assessment of cardiopulmonary status, daily weight log review, teach CHF "
            "self-management and medication regimen; notify MD of weight gain > 3 lb in 2 days or 5 lb in 1 week, SBP > 160 or < 90.",
            "PT 2w3, 1w3: evaluate and treat; gait training, transfer training, therapeutic exercise, home safety.",
            "HHA 2w6: assist with bathing and personal care.",
            "SN to draw BMP x1 on 02/17/2025 and report results to MD."],
    goals_text=["Patient will state 3 signs of CHF exacerbation that require a call to the MD by 03/03/2025.",
                "Patient will record daily weights with 100% accuracy on the log for 2 consecutive weeks by 03/17/2025.",
                "Patient will ambulate 150 feet with rolling walker and standby assistance within 4 weeks.",
                "No hospitalization for heart failure during the certification period.",
                "Rehab potential: fair for stated goals. Discharge plan: discharge to self-care with daughter's support when goals are met."],
    nurse=dict(name="Marisol Deakins", cred="RN", date=D(2025, 2, 3)),
    physician=dict(name="Obadiah Fenwick", cred="MD", npi=npi("138854409"), addr="Orland Ridge Internal Medicine, 12 Bishop St, Orland Ridge, GA 30571",
                   date=D(2025, 2, 10), how="Obadiah Fenwick, MD - electronically signed"),
    received=D(2025, 2, 11),
    sigs_v=[("other", D(2025, 2, 3)), ("physician", D(2025, 2, 10))],
    opt=dict(dstyle="us"),
    gaps=[], notes="Clean. 485-style grid: numbered boxes in a table with cells merged across columns, legacy check boxes for "
                   "functional limitations, home-health order notation (1w1, 2w2...).",
)

# ---------------------------------------------------------------- t12 home health, physician signature undated
plan(
    id="t12", ext="docx", fam="D", payer="medicare-home-health", states=[], as_of=D(2025, 5, 20),
    client=dict(name="Cornelius Ravenscroft", dob=D(1937, 4, 18), sex="M", mid="6HN2-WF7-DP33", mrn="0052281",
                addr="4 Ledgewood Terrace, Pell Harbor, ME 04611"),
    org=HHA2, ftx=D(2025, 5, 5), plan=D(2025, 5, 5), pstart=D(2025, 5, 5), pend=D(2025, 7, 3),
    dx=[dict(code="J44.1", desc="Chronic obstructive pulmonary disease with (acute) exacerbation", date=D(2025, 4, 29)),
        dict(code="Z99.81", desc="Dependence on supplemental oxygen", date=D(2022, 11, 3)),
        dict(code="I48.91", desc="Unspecified atrial fibrillation", date=D(2019, 2, 20))],
    meds=["Prednisone taper per discharge orders (N)", "Tiotropium inhaler daily", "Albuterol neb q4h PRN", "Warfarin per INR"],
    dme="Oxygen concentrator 2 L/min, nebulizer, walker", safety="Oxygen safety, no smoking, fall precautions",
    nutrition="Regular, high protein", allergies="NKDA",
    limits=["Endurance", "Dyspnea", "Ambulation"], activities=["Up as tolerated", "Walker"],
    mental="Alert, oriented x3", prognosis="Guarded",
    orders=["SN 2w3, 1w5: assess respiratory status and SpO2, teach inhaler and nebulizer technique, pursed-lip breathing, "
            "INR monitoring per MD.", "PT 2w4: endurance and gait training, energy conservation.",
            "OT 1w4: ADL retraining with energy conservation techniques."],
    goals_text=["Patient will demonstrate correct inhaler technique in 3 of 3 return demonstrations by 05/26/2025.",
                "SpO2 will remain at or above 90% on 2 L/min at rest during all SN visits through the end of the episode.",
                "Patient will walk 100 feet with walker and rest breaks, SpO2 at or above 88%, within 4 weeks.",
                "Patient will bathe at the sink with set-up only using energy conservation within 4 weeks.",
                "Rehab potential good. Discharge when patient is independent with the respiratory plan and goals are met."],
    nurse=dict(name="Fenella Brightman", cred="RN, BSN", date=D(2025, 5, 5)),
    physician=dict(name="Yesenia Barraclough", cred="DO", npi=npi("152280493"), addr="Pell Harbor Pulmonary Associates, 9 Wharf Road, Pell Harbor, ME 04611",
                   date=None, how="/s/ Yesenia Barraclough, DO"),
    received=None,
    sigs_v=[("other", D(2025, 5, 5))],
    opt=dict(dstyle="us_nz", comment=("Returned by fax from the physician's office.", "Fax received - no date next to signature; call office.")),
    gaps=[["signature-missing"]],
    notes="Box 27 carries the physician's /s/ signature but 'Date signed' is blank (and box 25 is empty). 485-style grid; a "
          "comment notes the missing date.",
)

# ---------------------------------------------------------------- t21 home health, PRN without limit, certification lapsed
plan(
    id="t21", ext="docx", fam="D", payer="medicare-home-health", states=[], as_of=D(2025, 3, 24),
    client=dict(name="Beatrix Holloway-Nunes", dob=D(1943, 9, 9), sex="F", mid="9CT5-LM8-RV42", mrn="HH-19960",
                addr="233 Creekside Bend, Orland Ridge, GA 30571"),
    org=HHA1, ftx=D(2025, 1, 6), plan=D(2025, 1, 6), pstart=D(2025, 1, 6), pend=D(2025, 3, 6),
    dx=[dict(code="E11.621", desc="Type 2 diabetes mellitus with foot ulcer", date=D(2024, 12, 18)),
        dict(code="L97.412", desc="Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed", date=D(2024, 12, 18)),
        dict(code="I10", desc="Essential (primary) hypertension", date=D(2015, 3, 2))],
    meds=["Insulin glargine 22 units SC at bedtime", "Metformin 1000 mg PO BID", "Amlodipine 5 mg PO daily",
          "Cephalexin 500 mg PO QID x 10 days (N)"],
    dme="Offloading boot, glucometer, wound supplies", safety="Fall precautions, diabetic foot care",
    nutrition="1800 kcal ADA diet", allergies="Penicillin (hives)",
    limits=["Ambulation", "Endurance"], activities=["Partial weight bearing", "Walker", "Transfer bed/chair"],
    mental="Alert, oriented", prognosis="Fair",
    orders=["SN 3w2, 2w4, 1w2: wound care to R heel - cleanse with NS, apply calcium alginate, cover with foam dressing; "
            "measure weekly; teach glucose monitoring and foot care.",
            "PT 2w4: gait training with offloading boot and walker, transfers.",
            "MSW: evaluation and PRN visits for community resources and long-range planning.",
            "HHA 2w4: personal care."],
    goals_text=["R heel wound will decrease in area from 3.2 cm x 2.1 cm by at least 50% by 03/03/2025.",
                "Fasting blood glucose will be 80-180 mg/dL on at least 6 of 7 days per log by 02/17/2025.",
                "Patient will walk 75 feet with walker and offloading boot, supervision, within 6 weeks.",
                "Rehab potential fair. Discharge to care of daughter when wound closes or is stable with a family caregiver trained."],
    nurse=dict(name="Odessa Pritchard", cred="RN", date=D(2025, 1, 6)),
    physician=dict(name="Anand Krishnaswamy", cred="MD", npi=npi("185542071"), addr="Creekside Family Medicine, 300 Main St, Orland Ridge, GA 30571",
                   date=D(2025, 1, 10), how="Electronically signed by Anand Krishnaswamy, MD"),
    received=D(2025, 1, 10),
    sigs_v=[("other", D(2025, 1, 6)), ("physician", D(2025, 1, 10))],
    opt=dict(dstyle="us"),
    gaps=[["frequency-missing"], ["review-overdue"]],
    notes="The MSW order is 'evaluation and PRN visits' with no visit limit (PRN states a frequency only with a limit). The "
          "certification period ended 03/06/2025 and no recertification is recorded or scheduled by the as-of date 03/24/2025 (warning).",
)

# ---------------------------------------------------------------- t30 home health, one vague goal
plan(
    id="t30", ext="docx", fam="D", payer="medicare-home-health", states=[], as_of=D(2025, 8, 5),
    client=dict(name="Thaddeus Okafor", dob=D(1945, 2, 27), sex="M", mid="1VB7-QZ4-HM26", mrn="0061734",
                addr="8 Harbor View Rd, Apt 3, Pell Harbor, ME 04611"),
    org=HHA2, ftx=D(2025, 7, 14), plan=D(2025, 7, 14), pstart=D(2025, 7, 14), pend=D(2025, 9, 11),
    dx=[dict(code="S72.001D", desc="Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture with routine healing", date=D(2025, 6, 28)),
        dict(code="M62.81", desc="Muscle weakness (generalized)", date=D(2025, 7, 10)),
        dict(code="R26.81", desc="Unsteadiness on feet", date=D(2025, 7, 10))],
    surgery="ORIF right femoral neck 06/29/2025",
    meds=["Enoxaparin 40 mg SC daily x 14 days (N)", "Oxycodone 5 mg PO q6h PRN pain", "Acetaminophen 650 mg PO q6h",
          "Docusate 100 mg PO BID"],
    dme="Front-wheeled walker, raised toilet seat, tub transfer bench", safety="Hip precautions, fall precautions",
    nutrition="Regular", allergies="Codeine (nausea)",
    limits=["Ambulation", "Endurance"], activities=["Partial weight bearing", "Walker", "Exercises prescribed"],
    mental="Alert, oriented", prognosis="Good",
    orders=["SN 1w4: assess surgical site and pain control, teach enoxaparin injection and fall prevention.",
            "PT 3w2, 2w4: gait and transfer training, hip strengthening, stair training.",
            "OT 2w3: ADL retraining with adaptive equipment and hip precautions."],
    goals_text=["Patient will self-inject enoxaparin with correct technique in 3 of 3 return demonstrations by 07/28/2025.",
                "Patient will ambulate 200 feet with front-wheeled walker, modified independent, within 6 weeks.",
                "Patient will complete a tub transfer with a transfer bench and supervision within 4 weeks.",
                "Patient will have improved quality of life and feel more comfortable at home.",
                "Rehab potential good. Discharge to outpatient PT when goals are met."],
    nurse=dict(name="Fenella Brightman", cred="RN, BSN", date=D(2025, 7, 14)),
    physician=dict(name="Philippa Langford", cred="NP", npi=npi("173305528"), addr="Pell Harbor Orthopedics, 71 Quarry St, Pell Harbor, ME 04611",
                   date=D(2025, 7, 18), how="Philippa Langford, APRN, NP (e-signature)"),
    received=D(2025, 7, 18),
    sigs_v=[("other", D(2025, 7, 14)), ("physician", D(2025, 7, 18))],
    opt=dict(dstyle="us"),
    gaps=[["goal-not-measurable"]],
    notes="One goal in box 22 ('improved quality of life and feel more comfortable at home') states no measure or level; the "
          "other goals are measurable. Certified by a nurse practitioner (allowed).",
)

# ---------------------------------------------------------------- t39 home health clean, long, multi-discipline with addendum
plan(
    id="t39", ext="docx", fam="D", payer="medicare-home-health", states=[], as_of=D(2025, 11, 3),
    client=dict(name="Lavinia Szczepanski", dob=D(1946, 6, 11), sex="F", mid="3FE6-XN9-KB71", mrn="HH-21588",
                addr="1190 Pecan Hollow Dr, Orland Ridge, GA 30571"),
    org=HHA1, ftx=D(2025, 10, 6), plan=D(2025, 10, 6), pstart=D(2025, 10, 6), pend=D(2025, 12, 4),
    dx=[dict(code="E11.621", desc="Type 2 diabetes mellitus with foot ulcer", date=D(2025, 9, 30)),
        dict(code="L97.412", desc="Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed", date=D(2025, 9, 30)),
        dict(code="I50.32", desc="Chronic diastolic (congestive) heart failure", date=D(2021, 4, 12)),
        dict(code="I69.391", desc="Dysphagia following cerebral infarction", date=D(2024, 1, 22)),
        dict(code="N18.30", desc="Chronic kidney disease, stage 3 unspecified", date=D(2020, 6, 8))],
    meds=["Insulin lispro per sliding scale (C)", "Insulin glargine 18 units SC daily", "Torsemide 20 mg PO daily",
          "Atorvastatin 40 mg PO daily", "Clopidogrel 75 mg PO daily"],
    dme="Hospital bed, wheelchair, offloading shoe, glucometer", safety="Fall, aspiration and skin precautions",
    nutrition="Mechanical soft, thin liquids with chin tuck, 2 g sodium, consistent carbohydrate", allergies="Latex",
    limits=["Ambulation", "Endurance", "Speech"], activities=["Transfer bed/chair", "Wheelchair", "Walker"],
    mental="Alert, mild short-term memory deficit", prognosis="Fair",
    orders=["SN 3w2, 2w4, 1w2 (see addendum for wound care).", "PT 2w4.", "OT 1w4.", "ST 2w3 for dysphagia management.",
            "MSW 1w1, then PRN x 2 visits for caregiver support and community resources.", "HHA 3w4, 2w4."],
    goals_text=["See addendum for discipline-specific goals.",
                "Rehab potential fair. Discharge to the care of spouse when wound is healed or stable and goals are met."],
    addendum=[("21. Orders (continued)",
               ["SN: cleanse R heel ulcer with normal saline, apply hydrogel and bordered foam dressing 3 times per week and "
                "as needed if soiled; measure weekly; teach insulin administration and hypoglycemia management.",
                "PT: gait training with walker, transfer training, lower-extremity strengthening, 45-60 minute visits.",
                "OT: shower transfers, upper-body ADL retraining, energy conservation.",
                "ST: dysphagia treatment, compensatory strategies, caregiver training on safe swallow.",
                "HHA: bathing and skin checks; report any redness to SN."]),
              ("22. Goals (continued)",
               ["Wound area will decrease from 2.4 cm x 1.8 cm by at least 40% by 11/24/2025.",
                "Patient will self-administer insulin with the correct dose in 3 of 3 return demonstrations by 10/27/2025.",
                "Patient will transfer bed to wheelchair with standby assistance within 4 weeks.",
                "Patient will walk 50 feet with walker and contact guard assistance within 8 weeks.",
                "Patient will complete upper-body dressing with set-up only within 4 weeks.",
                "Patient will consume mechanical soft solids with no coughing or choking on 90% of observed meals by 11/17/2025.",
                "Spouse will demonstrate the chin-tuck cue and safe swallow set-up correctly in 2 of 2 observed meals by 10/31/2025."])],
    nurse=dict(name="Marisol Deakins", cred="RN", date=D(2025, 10, 6)),
    physician=dict(name="Marcus Everleigh-Boyd", cred="MD", npi=npi("110492883"), addr="Pecan Hollow Primary Care, 58 Orchard Ave, Orland Ridge, GA 30571",
                   date=D(2025, 10, 9), how="Marcus Everleigh-Boyd, MD (electronically signed)"),
    received=D(2025, 10, 10),
    sigs_v=[("other", D(2025, 10, 6)), ("physician", D(2025, 10, 9))],
    opt=dict(dstyle="us", first_header=True, addendum_sig=True),
    gaps=[], notes="Clean. Two-page 485-style plan with a different first-page header, orders and goals continued on an addendum "
                   "page; MSW PRN order carries a limit (PRN x 2).",
)

PSY1 = dict(name="Juniper Hill Psychology Associates", addr="310 Alder Court, Suite 5, Wexley, OR 97302",
            phone="(555) 011-7734", npi=npi("152901846"))
PSY2 = dict(name="Harborview Counseling Studio", addr="1207 Lantern Wharf Street, Unit B, Marlow Bay, SC 29412",
            phone="(555) 018-2216", npi=npi("169077314"))
PACLINIC = dict(name="Laurel Gap Community Mental Health Clinic", addr="45 Furnace Hill Road, Laurel Gap, PA 16601",
                phone="(555) 015-9080", npi=npi("143318025"))

# ---------------------------------------------------------------- t04 psychotherapy clean (merge fields, endnote)
plan(
    id="t04", ext="docx", fam="E", payer="medicare-psychotherapy", states=[], as_of=D(2025, 4, 22),
    client=dict(name="Delphine Okonkwo-Reyes", dob=D(1955, 10, 14), mid="2WQ7-HV5-NT43"), org=PSY1,
    adm=D(2025, 1, 7), plan=D(2025, 1, 14), clin_line="Tobias Lindqvist, PhD, Licensed Psychologist (NPI " + npi("118204937") + ")",
    dx=[dict(code="F33.1", desc="Major depressive disorder, recurrent, moderate", primary=True),
        dict(code="F41.1", desc="Generalized anxiety disorder")],
    presenting=("Ms. Okonkwo-Reyes reports low mood, loss of interest, poor sleep and constant worry since her husband's "
                "stroke in 2024. She has withdrawn from her church choir and book club. No suicidal ideation; safety "
                "screen negative at intake."),
    endnote="Intake scores 01/07/2025: PHQ-9 = 17, GAD-7 = 14, C-SSRS screen negative.",
    goals=[dict(stmt="Reduce depressive symptoms and return to valued activities.",
                objectives=[dict(stmt="Delphine will reduce her PHQ-9 score from 17 to 9 or below.", date=D(2025, 4, 14)),
                            dict(stmt="Delphine will schedule and complete at least 3 pleasant or valued activities per week, recorded in an activity log, for 4 consecutive weeks.", date=D(2025, 3, 31))]),
           dict(stmt="Manage worry so that it no longer interferes with sleep and daily tasks.",
                comment=("Consultation group", "Good - consider adding a sleep-onset measure."),
                objectives=[dict(stmt="Delphine will reduce her GAD-7 score from 14 to below 8.", date=D(2025, 5, 14)),
                            dict(stmt="Delphine will use paced breathing or worry postponement on at least 5 of 7 days a week, per her self-monitoring log.", date=D(2025, 4, 14))])],
    services=[dict(desc="Individual psychotherapy (CBT, behavioral activation)", code="90837", amount="53-60 minute sessions", freq="once weekly")],
    interventions=("cognitive restructuring, behavioral activation scheduling, worry postponement, and caregiver-stress "
                   "psychoeducation, all delivered within the weekly individual sessions."),
    duration="6 months (through 07/14/2025)",
    review_line="The plan will be reviewed with the client every 90 days or sooner if symptoms worsen.",
    sigs=[sg("clinician", "Psychologist", "Tobias Lindqvist", "PhD", D(2025, 1, 14), style="stamp", time="4:40 PM"),
          sg("client", "Client", "Delphine Okonkwo-Reyes", None, D(2025, 1, 14), style="line", how="Delphine Okonkwo-Reyes (signed in office)")],
    npis=[npi("118204937")],
    opt=dict(dstyle="long", boiler=True, strengths="Supportive sister; long work history as a school librarian; strong faith community."),
    gaps=[], notes="Clean. Letter-style plan: first-page letterhead header, MERGEFIELD results for client identifiers in body "
                   "and header, DATE field in footer, endnote with baseline scores, a reviewer comment, e-signature stamp. "
                   "",
)

# ---------------------------------------------------------------- t13 psychotherapy plan older than a year
plan(
    id="t13", ext="docx", fam="E", payer="medicare-psychotherapy", states=[], as_of=D(2025, 3, 5),
    client=dict(name="Wendell Arkwright", dob=D(1950, 8, 8), mid="6TK2-BD9-MC57"), org=PSY2,
    adm=D(2024, 2, 5), plan=D(2024, 2, 12), clin_line="Mirela Santangelo, LCSW",
    dx=[dict(code="F43.23", desc="Adjustment disorder with mixed anxiety and depressed mood", primary=True)],
    presenting=("Mr. Arkwright was referred by his primary care physician after retiring and moving to be near his son. He "
                "reports irritability, tearfulness and trouble sleeping, and arguments with his son's family."),
    goals=[dict(stmt="Adjust to retirement and relocation with stable mood.",
                objectives=[dict(stmt="Wendell will reduce his PHQ-9 score from 13 to below 7.", date=D(2024, 6, 12)),
                            dict(stmt="Wendell will join at least 1 community group and attend it at least twice a month for 2 consecutive months.", date=D(2024, 7, 12))]),
           dict(stmt="Reduce family conflict.",
                objectives=[dict(stmt="Wendell will use a time-out and return-to-talk plan during at least 3 of 4 disagreements per his weekly log.", date=D(2024, 5, 12)),
                            dict(stmt="Wendell will reduce reported arguments with his son from 4 per week to 1 or fewer per week.", date=D(2024, 8, 12))])],
    services=[dict(desc="Individual psychotherapy", code="90834", amount="45 minutes", freq="weekly"),
              dict(desc="Family psychotherapy (with patient present)", code="90847", amount="50 minutes", freq="monthly")],
    duration="10 months (through December 12, 2024)",
    review_line="Treatment plan to be reviewed every 3 months.",
    sigs=[sg("clinician", "Therapist", "Mirela Santangelo", "LCSW", D(2024, 2, 12), style="box", how="/s/ Mirela Santangelo"),
          sg("client", "Client", "Wendell Arkwright", None, D(2024, 2, 12), style="box", how="/s/ W. Arkwright")],
    npis=[],
    opt=dict(dstyle="us", who="Patient", plan_label="Plan date", obj_style="number", id_label="Medicare ID",
             generated="March 3, 2025"),
    gaps=[["plan-outdated"]],
    notes="Plan dated 02/12/2024 with no completed review; on the as-of date 03/05/2025 it is 387 days old (limit 365). "
          "Letter layout with merge fields; the footer DATE field shows the 2025 print date (not the plan date); signature boxes.",
)

# ---------------------------------------------------------------- t22 psychotherapy, signer without credential
plan(
    id="t22", ext="docx", fam="E", payer="medicare-psychotherapy", states=[], as_of=D(2025, 10, 1),
    client=dict(name="Gwendolyn Farrow-Maddox", dob=D(1958, 12, 2), mid="4NP8-JR3-VE62"), org=PSY2,
    adm=D(2025, 8, 12), plan=D(2025, 8, 19), clin_line="Renata Oyelaran",
    dx=[dict(code="F43.12", desc="Post-traumatic stress disorder, chronic", primary=True)],
    presenting=("Ms. Farrow-Maddox reports nightmares, avoidance of driving and startle responses since a car crash in "
                "2023. PCL-5 at intake 51."),
    goals=[dict(stmt="Reduce PTSD symptoms.",
                objectives=[dict(stmt="Gwendolyn will reduce her PCL-5 score from 51 to below 33.", date=D(2025, 12, 16)),
                            dict(stmt="Gwendolyn will complete 8 of 10 steps of her driving exposure hierarchy with distress at or below 40 SUDS.", date=D(2026, 1, 20))]),
           dict(stmt="Improve sleep.",
                objectives=[dict(stmt="Gwendolyn will reduce nightmares from 5 per week to 1 or fewer per week, per her sleep diary.", date=D(2025, 12, 16))])],
    services=[dict(desc="Individual psychotherapy, cognitive processing therapy", code="90834", amount="45 minutes", freq="weekly")],
    duration="16 weeks",
    sigs=[sg("clinician", "Clinician signature", "Renata Oyelaran", None, D(2025, 8, 19), style="line", how="Renata Oyelaran"),
          sg("client", "Client signature", "Gwendolyn Farrow-Maddox", None, D(2025, 8, 19), style="line", how="G. Farrow-Maddox")],
    npis=[],
    opt=dict(dstyle="long", tstyle="long", boiler=True),
    gaps=[["credential-missing"]],
    notes="The treating clinician's name appears (signature line and 'Treating clinician') without any credential. Letter layout.",
)

# ---------------------------------------------------------------- t32 psychotherapy + PA clinic clean (footnote, CRNP approval)
plan(
    id="t32", ext="docx", fam="E", payer="medicare-psychotherapy", states=["pa-55-5200"], as_of=D(2025, 8, 14),
    client=dict(name="Rosemarie Vukovich", dob=D(1956, 5, 30), mid="7LC4-NW6-TF19"), org=PACLINIC,
    adm=D(2025, 6, 2), plan=D(2025, 6, 23), clin_line="Julian Abernathy-Cole, LPC",
    dx=[dict(code="F41.0", desc="Panic disorder [episodic paroxysmal anxiety]", primary=True),
        dict(code="F33.0", desc="Major depressive disorder, recurrent, mild")],
    presenting=("Ms. Vukovich has had 3-4 panic attacks a week since January 2025 and now avoids grocery stores and church. "
                "Intake assessment completed 06/02/2025."),
    goals=[dict(stmt="Reduce panic attacks and avoidance.",
                objectives=[dict(stmt="Rosemarie will reduce panic attacks from 3-4 per week to 1 or fewer per week, per her panic log.", date=D(2025, 9, 22)),
                            dict(stmt="Rosemarie will shop for groceries alone for at least 20 minutes on 3 separate occasions.", date=D(2025, 10, 20))]),
           dict(stmt="Improve mood.",
                objectives=[dict(stmt="Rosemarie will reduce her PHQ-9 from 11 to below 5.", date=D(2025, 10, 20))])],
    services=[dict(desc="Individual psychotherapy (CBT for panic, interoceptive exposure)", code="90834", amount="45 minutes", freq="weekly"),
              dict(desc="Medication management", code="99213", amount="15-20 minutes", freq="every 6 weeks")],
    duration="6 months",
    sigs=[sg("clinician", "Mental health professional", "Julian Abernathy-Cole", "LPC", D(2025, 6, 23), style="line", how="/s/ Julian Abernathy-Cole, LPC"),
          sg("client", "Individual", "Rosemarie Vukovich", None, D(2025, 6, 23), style="line", how="/s/ Rosemarie Vukovich"),
          sg("physician", "Approving psychiatric practitioner", "Ines Carvalho", "CRNP", D(2025, 6, 26), style="stamp", time="9:02 AM")],
    foot_sig=("Plan reviewed with the individual in session; paper signature scanned to the chart.",
              "Signed copy scanned 06/23/2025 by medical records (J. Tillman)."),
    npis=[],
    opt=dict(dstyle="us", who="Individual", id_label="Medicare Beneficiary Identifier (MBI)", adm_label="Intake date",
             h_goals="Goals and Objectives", generated="August 1, 2025"),
    gaps=[], unsure=[],
    notes="Clean. PA licensed clinic plan in letter layout: intake-to-plan 21 days; plan approved by a psychiatric CRNP "
          "(advanced practice professional) with an e-signature stamp; a footnote on the signatures; merge fields.",
)

# ---------------------------------------------------------------- t31 psychotherapy, 12-month expected duration (EHR tables)
plan(
    id="t31", ext="docx", fam="F", payer="medicare-psychotherapy", states=[], as_of=D(2025, 5, 20),
    client=dict(name="Leopold Marchbanks", dob=D(1953, 3, 17), mid="8GX5-QM2-HP74", mrn="JH-88213"), org=PSY1,
    adm=D(2025, 3, 25), plan=D(2025, 4, 8), next_review=D(2025, 7, 8), duration="12 months",
    program="Outpatient psychotherapy", loc=None,
    clin_line="Celestine Abara, PsyD, Licensed Psychologist",
    dx=[dict(code="F42.2", desc="Mixed obsessional thoughts and acts")],
    presenting="Checking and reassurance-seeking rituals take 2-3 hours a day (Y-BOCS 26). Retired engineer living alone.",
    problems=[dict(problem="Obsessive-compulsive symptoms", goal="Reduce time spent on rituals so daily routines can be completed.",
                   objectives=[dict(stmt="Leopold will reduce his Y-BOCS score from 26 to 15 or below.", date=D(2025, 10, 8)),
                               dict(stmt="Leopold will complete 12 of 15 items of his ERP hierarchy without performing the ritual.", date=D(2025, 9, 8))]),
              dict(problem="Social isolation", goal="Rebuild social contact.",
                   objectives=[dict(stmt="Leopold will attend a community activity at least once a week for 6 consecutive weeks.", date=D(2025, 8, 8))])],
    services=[dict(desc="Individual psychotherapy (exposure and response prevention)", code="90837", amount="60 minutes", freq="weekly", dur="12 months", staff="C. Abara, PsyD")],
    sigs=[sg("clinician", "Treating psychologist", "Celestine Abara", "PsyD", D(2025, 4, 8)),
          sg("client", "Client", "Leopold Marchbanks", None, D(2025, 4, 8), how="Signed on signature pad")],
    npis=[],
    opt=dict(dstyle="us", who="Patient", id_label="MBI", program_label="Service", title="INDIVIDUAL TREATMENT PLAN",
             dur_label="Estimated length of treatment", obj_comment=(2, "Exposure tasks listed in the ERP hierarchy worksheet.")),
    gaps=[["duration-exceeds-limit"]],
    notes="Estimated length of treatment 12 months (also the service duration); the profile requires less than one year. "
          "EHR export: identifiers in a header table, problem and goal cells merged vertically over their objectives.",
)

# ---------------------------------------------------------------- t05 PA clinic clean (EHR tables)
plan(
    id="t05", ext="docx", fam="F", payer="medicare-psychotherapy", states=["pa-55-5200"], as_of=D(2025, 6, 10),
    client=dict(name="Dorothea Kleinschmidt", dob=D(1954, 7, 21), mid="5PV3-KX7-MJ28", mrn="LG-100482"), org=PACLINIC,
    adm=D(2025, 3, 10), plan=D(2025, 3, 31), next_review=D(2025, 6, 30), duration="6 months",
    program="Adult Outpatient Psychiatric Clinic", loc=None,
    clin_line="Harriet Velasquez-Moore, LPC",
    dx=[dict(code="F33.1", desc="Major depressive disorder, recurrent, moderate"), dict(code="G47.00", desc="Insomnia, unspecified")],
    presenting="Depressed mood, anhedonia and early waking for 5 months after the death of her sister. PHQ-9 18 at intake 03/10/2025.",
    problems=[dict(problem="Depression", goal="Dorothea will return to her usual activities with improved mood.",
                   objectives=[dict(stmt="Reduce PHQ-9 from 18 to below 10.", date=D(2025, 6, 30)),
                               dict(stmt="Dorothea will attend her quilting group at least 2 times per month for 2 consecutive months.", date=D(2025, 7, 31))]),
              dict(problem="Sleep disturbance", goal="Improve sleep.",
                   objectives=[dict(stmt="Dorothea will sleep at least 6 hours on 5 of 7 nights per sleep log.", date=D(2025, 6, 30))])],
    services=[dict(desc="Individual psychotherapy", code="90837", amount="53+ minutes", freq="1x weekly", dur="6 months", staff="H. Velasquez-Moore, LPC"),
              dict(desc="Psychiatric medication management", code="99214", amount="25 minutes", freq="every 4 weeks", dur="6 months", staff="A. Brandt, MD")],
    sigs=[sg("client", "Individual", "Dorothea Kleinschmidt", None, D(2025, 3, 31)),
          sg("clinician", "Mental Health Professional", "Harriet Velasquez-Moore", "LPC", D(2025, 3, 31)),
          sg("physician", "Psychiatrist (plan approval)", "Anneliese Brandt", "MD", D(2025, 4, 2))],
    npis=[],
    opt=dict(dstyle="us", who="Individual", id_label="Medicare ID", adm_label="Intake / assessment date",
             printed="06/02/2025"),
    gaps=[], notes="Clean. PA clinic EHR export (header table with identifiers, vertically merged problem/goal cells, signature "
                   "table with psychiatrist approval); intake-to-plan 21 days.",
)

# ---------------------------------------------------------------- t14 PA clinic, plan 35 days after intake (tracked change)
plan(
    id="t14", ext="docx", fam="F", payer="medicare-psychotherapy", states=["pa-55-5200"], as_of=D(2025, 3, 14),
    client=dict(name="Ignatius Pemberton", dob=D(1951, 11, 11), mid="9RW2-HB6-CN37", mrn="LG-100311"), org=PACLINIC,
    adm=D(2025, 1, 6), plan=D(2025, 2, 10), next_review=D(2025, 5, 12), duration="5 months",
    program="Adult Outpatient Psychiatric Clinic", loc=None,
    clin_line="Beatrix Calloway, LCSW",
    dx=[dict(code="F43.10", desc="Post-traumatic stress disorder, unspecified"), dict(code="F10.20", desc="Alcohol dependence, uncomplicated")],
    presenting="Vietnam-era veteran with intrusive memories, irritability and nightly drinking (4-6 beers). Intake assessment 01/06/2025.",
    problems=[dict(problem="Trauma symptoms", goal="Reduce trauma symptoms.",
                   objectives=[dict(stmt="Ignatius will reduce his PCL-5 score from 48 to below 33.", date=D(2025, 5, 12)),
                               dict(stmt="Ignatius will use a grounding skill during at least 4 of 5 reported intrusive memories per weekly log.", date=D(2025, 4, 14))]),
              dict(problem="Alcohol use", goal="Reduce drinking.",
                   objectives=[dict(stmt="Ignatius will limit drinking to 2 or fewer drinks on no more than 2 days per week, per drinking log.", date=D(2025, 4, 14))])],
    services=[dict(desc="Individual psychotherapy (CPT)", code="90834", amount="45 minutes", freq="weekly", dur="5 months", staff="B. Calloway, LCSW")],
    sigs=[sg("client", "Individual", "Ignatius Pemberton", None, D(2025, 2, 10)),
          sg("clinician", "Therapist", "Beatrix Calloway", "LCSW", D(2025, 2, 10)),
          sg("physician", "Psychiatrist approval", "Soren Halvorsen", "DO", D(2025, 2, 12))],
    npis=[],
    opt=dict(dstyle="us", who="Individual", id_label="Medicare ID", track=True,
             plan_rev=("02/03/2025", "02/10/2025", "Beatrix Calloway", "2025-02-10T16:20:00Z"), printed="02/12/2025"),
    gaps=[["plan-late"]],
    notes="Plan date 02/10/2025 (a tracked change replaced 02/03/2025; read as accepted) is 35 days after the intake "
          "01/06/2025; Pennsylvania allows 30 (due by 02/05/2025). EHR export layout.",
)

# ---------------------------------------------------------------- t23 PA clinic, psychiatrist approval pending
plan(
    id="t23", ext="docx", fam="F", payer="medicare-psychotherapy", states=["pa-55-5200"], as_of=D(2025, 10, 20),
    client=dict(name="Octavia Lindgren-Shaw", dob=D(1959, 2, 25), mid="2HC6-RN8-WB51", mrn="LG-101077"), org=PACLINIC,
    adm=D(2025, 9, 2), plan=D(2025, 9, 23), next_review=D(2025, 12, 22), duration="6 months",
    program="Adult Outpatient Psychiatric Clinic", loc=None,
    clin_line="Julian Abernathy-Cole, LPC",
    dx=[dict(code="F31.81", desc="Bipolar II disorder")],
    presenting="Recurrent depressive episodes with past hypomania; currently depressed (PHQ-9 16). Intake 09/02/2025.",
    problems=[dict(problem="Mood instability", goal="Stabilize mood.",
                   objectives=[dict(stmt="Octavia will complete a daily mood chart on at least 6 of 7 days for 8 consecutive weeks.", date=D(2025, 11, 28)),
                               dict(stmt="Octavia will reduce her PHQ-9 from 16 to below 10.", date=D(2025, 12, 22))]),
              dict(problem="Sleep-wake irregularity", goal="Regular daily rhythm.",
                   objectives=[dict(stmt="Octavia will keep a wake time within 30 minutes of 7:00 AM on at least 5 of 7 days.", date=D(2025, 11, 28))])],
    services=[dict(desc="Individual psychotherapy (IPSRT)", code="90837", amount="53 minutes", freq="weekly", dur="6 months", staff="J. Abernathy-Cole, LPC"),
              dict(desc="Medication management", code="99214", amount="25 minutes", freq="monthly", dur="6 months", staff="Psychiatry")],
    sigs=[sg("client", "Individual", "Octavia Lindgren-Shaw", None, D(2025, 9, 23)),
          sg("clinician", "Mental Health Professional", "Julian Abernathy-Cole", "LPC", D(2025, 9, 23)),
          sg("physician", "Psychiatrist approval", "Anneliese Brandt", "MD", None, how="Pending co-signature")],
    npis=[],
    opt=dict(dstyle="us", who="Individual", id_label="Medicare ID", printed="10/14/2025",
             sig_note="Co-signature routed to Anneliese Brandt, MD on 09/23/2025."),
    gaps=[["signature-missing"]],
    notes="The psychiatrist approval row shows 'Pending co-signature' with no signature or date (routing note only); "
          "Pennsylvania requires psychiatrist/APP approval of a plan that includes psychotherapy. EHR export layout.",
)

NYORG = dict(name="Seneca Hollow Recovery Center", addr="2750 County Route 14, Seneca Hollow, NY 14889",
             license="OASAS Operating Certificate 8812-IR", phone="(555) 010-4412", npi=npi("177018345"))
FLORG = dict(name="Palmetto Crossing Recovery", addr="6021 Cypress Landing Blvd, Tamsen Key, FL 33957",
             license="DCF License 27-1049", phone="(555) 012-9966", npi=npi("139920458"))
TXORG = dict(name="Live Oak Bend Recovery Center", addr="18 Ranch Road 2204, Live Oak Bend, TX 78624",
             license="HHSC CDTF License 4471", phone="(555) 014-3018", npi=npi("160388221"))
CAORG = dict(name="Golden Poppy Treatment Center", addr="1440 Mission Arroyo Way, San Teodoro, CA 93940",
             license="DHCS NTP License 27-0113", phone="(555) 019-7440", npi=npi("122671095"))

SUD_RIGHTS = True

# ---------------------------------------------------------------- t06 NY inpatient rehab clean (physician review in a text box)
plan(
    id="t06", ext="docx", fam="G", payer="base-treatment-plan", states=["ny-oasas-818"], as_of=D(2025, 5, 5),
    client=dict(name="Desmond Achterhof", dob=D(1979, 4, 3), mid="KT48291M", mrn="SH-25-0412"), org=NYORG,
    adm=D(2025, 4, 14), plan=D(2025, 4, 18), duration="28 days (projected discharge 05/12/2025)", next_review=D(2025, 4, 25),
    loc="Inpatient rehabilitation (818)",
    dx=[dict(code="F10.20", desc="Alcohol dependence, uncomplicated"), dict(code="F17.210", desc="Nicotine dependence, cigarettes, uncomplicated")],
    assessment_line="Admission assessment and LOCADTR 3.0 completed 04/14/2025; medically managed withdrawal completed 04/13/2025 at Seneca General.",
    strengths="Employed as an electrician; motivated by custody of his daughter; supportive sister. Needs: sober housing, outpatient aftercare.",
    problems=[dict(problem="Alcohol use with 3 prior withdrawal episodes (ASAM Dimension 5)", goal="Establish and maintain abstinence from alcohol.",
                   objectives=[dict(stmt="Desmond will identify 5 personal high-risk situations and a coping response for each in a written relapse prevention plan.", date=D(2025, 4, 28), int="Relapse prevention group 5x weekly, 60 min (CASAC)"),
                               dict(stmt="Desmond will attend 4 community mutual-help meetings on site and report on 1 per week.", date=D(2025, 5, 9), int="Mutual-help orientation weekly (peer advocate)")]),
              dict(problem="Unstable housing after discharge (Dimension 6)", goal="Secure a safe, alcohol-free living situation.",
                   objectives=[dict(stmt="Desmond will complete 2 sober-living applications with his counselor.", date=D(2025, 5, 2), int="Case management 2x weekly, 30 min")]),
              dict(problem="Tobacco use", goal="Reduce tobacco use.",
                   objectives=[dict(stmt="Desmond will use nicotine replacement daily and smoke 5 or fewer cigarettes per day, per his log.", date=D(2025, 5, 9), int="Tobacco cessation counseling weekly, 20 min (NP)")])],
    services=[dict(desc="Individual counseling", freq="2x weekly", amount="45 min", staff="Primary counselor (CASAC)"),
              dict(desc="Group counseling", freq="5x weekly", amount="60 min", staff="Counseling staff"),
              dict(desc="Medical follow-up / medication management", freq="Weekly", amount="20 min", staff="Physician / NP")],
    discharge="Referral to outpatient rehabilitation at Seneca Hollow Outpatient Clinic; sober-living placement.",
    sigs=[sg("client", "Patient", "Desmond Achterhof", None, D(2025, 4, 18)),
          sg("clinician", "Primary counselor", "Rafael Donoso", "CASAC", D(2025, 4, 18))],
    physician_block=dict(head="Physician Review of Treatment Plan",
                         text="I have reviewed this treatment plan and the admission medical assessment and approve the plan.",
                         footnote="Physician review completed during the weekly treatment team meeting.",
                         name="Constance Ibekwe", cred="MD", date=D(2025, 4, 22), how="Electronically signed"),
    sigs_v=[("client", D(2025, 4, 18)), ("clinician", D(2025, 4, 18)), ("physician", D(2025, 4, 22))],
    npis=[],
    opt=dict(dstyle="us", word_lists=True, rights=True, id_label="Medicaid CIN"),
    gaps=[], notes="Clean. NY inpatient rehab plan: plan 4 days and physician review 8 days after admission; physician "
                   "approval block in a floating text box with a footnote; Word multilevel list numbering for problems/objectives.",
)

# ---------------------------------------------------------------- t15 NY, physician signed day 11
plan(
    id="t15", ext="docx", fam="G", payer="base-treatment-plan", states=["ny-oasas-818"], as_of=D(2025, 6, 20),
    client=dict(name="Priscilla Vandermeer", dob=D(1986, 10, 17), mid="RM73016K", mrn="SH-25-0688"), org=NYORG,
    adm=D(2025, 6, 2), plan=D(2025, 6, 6), duration="Estimated 28 days", next_review=D(2025, 6, 13),
    loc="Inpatient rehabilitation",
    dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated"), dict(code="F15.20", desc="Other stimulant dependence, uncomplicated")],
    assessment_line="Admission assessment completed 06/02/2025. Buprenorphine induction started in withdrawal management 05/29/2025.",
    problems=[dict(problem="Opioid and methamphetamine use", goal="Remain abstinent from illicit opioids and stimulants.",
                   objectives=[dict(stmt="Priscilla will take buprenorphine as prescribed with 100% of doses observed by nursing.", date=D(2025, 6, 27), int="Medication administration daily (RN); MAT education weekly"),
                               dict(stmt="Priscilla will produce negative urine drug screens for non-prescribed opioids and stimulants on all random tests.", date=D(2025, 6, 27), int="Random UDS at least weekly")]),
              dict(problem="Trauma history and anxiety", goal="Manage anxiety without substances.",
                   objectives=[dict(stmt="Priscilla will demonstrate 3 grounding skills in group and rate their use on a daily card.", date=D(2025, 6, 20), int="Seeking Safety group 3x weekly, 60 min")])],
    services=[dict(desc="Individual counseling", freq="2 times per week", amount="45 minutes", staff="CASAC"),
              dict(desc="Group counseling", freq="Daily, Monday-Friday", amount="60 minutes", staff="Counseling staff")],
    discharge="Step-down to outpatient OTP-based care for buprenorphine maintenance.",
    sigs=[sg("client", "Patient", "Priscilla Vandermeer", None, D(2025, 6, 6)),
          sg("clinician", "Responsible clinician", "Hollis Ferrante", "CASAC-2", D(2025, 6, 6)),
          sg("physician", "Physician", "Kwabena Osei-Tutu", "MD", D(2025, 6, 13), how="e-signed")],
    sigs_v=[("client", D(2025, 6, 6)), ("clinician", D(2025, 6, 6)), ("physician", D(2025, 6, 13))],
    npis=[],
    opt=dict(dstyle="us_nz", sig_mode="table", obj_table=True, rights=True, id_label="CIN"),
    gaps=[["signature-late"]],
    notes="Physician signed 6/13/2025, 11 days after admission 6/2/2025 (due within 10, by 6/12/2025). Objectives in "
          "tables, signature table.",
)

# ---------------------------------------------------------------- t24 NY, diagnoses without codes (landscape section)
plan(
    id="t24", ext="docx", fam="G", payer="base-treatment-plan", states=["ny-oasas-818"], as_of=D(2025, 9, 2),
    client=dict(name="Lionel Greenhalgh", dob=D(1972, 1, 29), mid="WP59284D", mrn="SH-25-0973"), org=NYORG,
    adm=D(2025, 8, 11), plan=D(2025, 8, 15), duration="21-28 days", next_review=D(2025, 8, 22),
    loc="Inpatient rehabilitation",
    dx=[dict(code=None, desc="Alcohol use disorder, severe (DSM-5-TR)"), dict(code=None, desc="Cannabis use disorder, moderate"),
        dict(code=None, desc="Unspecified anxiety disorder")],
    assessment_line="Admission assessment 08/11/2025.",
    problems=[dict(problem="Alcohol use disorder, severe", goal="Abstain from alcohol.",
                   objectives=[dict(stmt="Lionel will list 4 triggers and 4 matching refusal or coping skills in his relapse prevention plan.", date=D(2025, 8, 25), int="Relapse prevention group 5x weekly"),
                               dict(stmt="Lionel will attend 100% of scheduled groups for 2 consecutive weeks.", date=D(2025, 8, 29), int="Group schedule monitored by counselor")]),
              dict(problem="Anxiety", goal="Reduce anxiety symptoms.",
                   objectives=[dict(stmt="Lionel will reduce his GAD-7 from 15 to 9 or below.", date=D(2025, 9, 5), int="Individual counseling weekly; psychiatric consult")])],
    services=[dict(desc="Individual counseling", freq="Weekly", amount="45 min", staff="CASAC"),
              dict(desc="Group counseling", freq="5 days/week", amount="2 groups per day, 60 min", staff="Counseling staff"),
              dict(desc="Psychiatric evaluation", freq="Once, then as needed (max 2)", amount="60 min", staff="Psychiatrist")],
    sigs=[sg("client", "Patient", "Lionel Greenhalgh", None, D(2025, 8, 15)),
          sg("clinician", "Primary counselor", "Rafael Donoso", "CASAC", D(2025, 8, 15)),
          sg("physician", "Physician", "Constance Ibekwe", "MD", D(2025, 8, 18))],
    sigs_v=[("client", D(2025, 8, 15)), ("clinician", D(2025, 8, 15)), ("physician", D(2025, 8, 18))],
    npis=[],
    opt=dict(dstyle="us", landscape_goals=True, obj_table=True, loc_boxes=["Inpatient rehabilitation", "Residential", "Outpatient"],
             id_label="Medicaid CIN", loc_label="Service"),
    gaps=[["diagnosis-code-missing"]],
    notes="Diagnoses are written in words only (DSM-5-TR names, no ICD-10-CM codes). Objectives table in a landscape "
          "section between portrait sections; check-box service line.",
)

# ---------------------------------------------------------------- t07 FL residential level 2 clean
plan(
    id="t07", ext="docx", fam="G", payer="base-treatment-plan", states=["fl-65d-30"], as_of=D(2025, 3, 31),
    client=dict(name="Terrence Baptiste-Holm", dob=D(1983, 5, 15), mid="6019284753", mrn="PCR-2025-118"), org=FLORG,
    adm=D(2025, 2, 17), plan=D(2025, 2, 28), duration="60-90 days", next_review=D(2025, 3, 28),
    loc="Residential Level 2",
    dx=[dict(code="F14.20", desc="Cocaine dependence, uncomplicated"), dict(code="F10.20", desc="Alcohol dependence, uncomplicated")],
    assessment_line="Biopsychosocial assessment completed 02/20/2025.",
    strengths="Completed 2 years of college; wants to return to work as a line cook; close to his grandmother.",
    problems=[dict(problem="Cocaine and alcohol use", goal="Terrence will maintain abstinence from cocaine and alcohol.",
                   objectives=[dict(stmt="Terrence will identify 5 relapse triggers and write a coping plan for each, reviewed with his counselor.", date=D(2025, 3, 14), int="Individual counseling weekly, 50 min"),
                               dict(stmt="Terrence will have negative drug and alcohol screens on all random tests.", date=D(2025, 4, 25), int="Random UDS 1-2 times per week")]),
              dict(problem="Unemployment", goal="Prepare to return to work.",
                   objectives=[dict(stmt="Terrence will complete a resume and submit 3 job applications.", date=D(2025, 4, 11), int="Vocational group weekly, 60 min")])],
    services=[dict(desc="Individual counseling", freq="Weekly", amount="50 minutes", staff="Primary counselor"),
              dict(desc="Group counseling", freq="4 times per week", amount="90 minutes", staff="Counseling staff"),
              dict(desc="Life skills / vocational group", freq="Weekly", amount="60 minutes", staff="Case manager")],
    discharge="Step down to intensive outpatient at Palmetto Crossing; recovery residence.",
    sigs=[sg("client", "Individual", "Terrence Baptiste-Holm", None, D(2025, 2, 28)),
          sg("clinician", "Primary counselor", "Curtis Ambler", "BS, CAC", D(2025, 2, 28)),
          sg("supervisor", "Qualified professional (review)", "Yolanda Fairbanks", "LMHC", D(2025, 3, 4))],
    sigs_v=[("client", D(2025, 2, 28)), ("clinician", D(2025, 2, 28)), ("supervisor", D(2025, 3, 4))],
    npis=[],
    opt=dict(dstyle="us", loc_boxes=["Residential Level 1", "Residential Level 2", "Residential Level 3", "Residential Level 4"],
             id_label="Medicaid ID", who="Individual", rights=True,
             comment=("Plan reviewed in treatment team.", "QP review done - OK to finalize.", "Yolanda Fairbanks")),
    gaps=[], notes="Clean. Florida residential level 2 (15 days): plan 11 days after admission, QP countersignature 4 days "
                   "after the plan. Unicode check boxes for level of care.",
)

# ---------------------------------------------------------------- t16 FL residential level 1, plan on day 9
plan(
    id="t16", ext="docx", fam="G", payer="base-treatment-plan", states=["fl-65d-30"], as_of=D(2025, 8, 29),
    client=dict(name="Anastasia Korhonen", dob=D(1991, 8, 29), mid="7720193846", mrn="PCR-2025-402"), org=FLORG,
    adm=D(2025, 8, 4), plan=D(2025, 8, 13), duration="30-45 days", next_review=D(2025, 9, 12),
    loc="Residential Level 1",
    dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated"), dict(code="F41.1", desc="Generalized anxiety disorder")],
    assessment_line="Biopsychosocial assessment completed 08/06/2025.",
    problems=[dict(problem="Opioid use (fentanyl)", goal="Anastasia will stay free of illicit opioids and engage in medication treatment.",
                   objectives=[dict(stmt="Anastasia will take buprenorphine as prescribed with no missed doses, per the medication record.", date=D(2025, 9, 10), int="Medication management weekly (ARNP)"),
                               dict(stmt="Anastasia will write a relapse prevention plan with 4 warning signs and 4 coping actions.", date=D(2025, 8, 27), int="Relapse prevention group 5x weekly")]),
              dict(problem="Anxiety", goal="Manage anxiety without substances.",
                   objectives=[dict(stmt="Anastasia will reduce her GAD-7 score from 16 to 10 or below.", date=D(2025, 9, 24), int="Individual counseling weekly, 50 min")])],
    services=[dict(desc="Individual counseling", freq="1x weekly", amount="50 min", staff="Primary counselor"),
              dict(desc="Group counseling", freq="5x weekly", amount="60 min", staff="Counseling staff"),
              dict(desc="Medication management", freq="Weekly", amount="20 min", staff="ARNP")],
    sigs=[sg("client", "Individual served", "Anastasia Korhonen", None, D(2025, 8, 13)),
          sg("clinician", "Counselor", "Delphine Mabry", "MS, CAP", D(2025, 8, 13)),
          sg("supervisor", "Clinical supervisor (QP)", "Yolanda Fairbanks", "LMHC", D(2025, 8, 15))],
    sigs_v=[("client", D(2025, 8, 13)), ("clinician", D(2025, 8, 13)), ("supervisor", D(2025, 8, 15))],
    npis=[],
    opt=dict(dstyle="long", loc_boxes=["Residential Level 1", "Residential Level 2", "Residential Level 3", "Residential Level 4"],
             loc_legacy=True, id_label="Medicaid ID", who="Individual served", sig_mode="table", word_lists=True),
    gaps=[["plan-late"]],
    notes="Residential level 1 allows 7 days: admission August 4, 2025, plan August 13, 2025 (9 days; due by August 11). "
          "Level of care as legacy check boxes; long-form dates; Word list numbering.",
)

# ---------------------------------------------------------------- t33 FL day/night treatment, QP countersigned late
plan(
    id="t33", ext="docx", fam="G", payer="base-treatment-plan", states=["fl-65d-30"], as_of=D(2025, 10, 10),
    client=dict(name="Maximilian Oduya-Price", dob=D(1988, 12, 19), mid="5503817264", mrn="PCR-2025-511"), org=FLORG,
    adm=D(2025, 9, 8), plan=D(2025, 9, 15), duration="8 weeks", next_review=D(2025, 10, 15),
    loc="Day or Night Treatment",
    dx=[dict(code="F10.20", desc="Alcohol dependence, uncomplicated"), dict(code="F33.1", desc="Major depressive disorder, recurrent, moderate")],
    assessment_line="Assessment completed 09/08/2025.",
    problems=[dict(problem="Alcohol use", goal="Maintain sobriety.",
                   objectives=[dict(stmt="Maximilian will have negative breathalyzer results at every program day check-in.", date=D(2025, 11, 3), int="Breathalyzer daily at check-in"),
                               dict(stmt="Maximilian will attend 3 outside recovery meetings per week, verified by attendance sheet.", date=D(2025, 10, 20), int="Recovery support linkage weekly")]),
              dict(problem="Depression", goal="Improve mood.",
                   objectives=[dict(stmt="Maximilian will reduce his PHQ-9 from 15 to below 10.", date=D(2025, 11, 3), int="Individual counseling weekly; psychiatric follow-up monthly")])],
    services=[dict(desc="Day treatment program (groups)", freq="5 days per week", amount="4 hours per day", staff="Program staff"),
              dict(desc="Individual counseling", freq="Weekly", amount="50 min", staff="Counselor")],
    sigs=[sg("client", "Individual", "Maximilian Oduya-Price", None, D(2025, 9, 15)),
          sg("clinician", "Counselor", "Janelle Okorie", "BA, CAC", D(2025, 9, 15)),
          sg("supervisor", "Qualified professional", "Harold Nkemelu", "LCSW", D(2025, 9, 29))],
    sigs_v=[("client", D(2025, 9, 15)), ("clinician", D(2025, 9, 15)), ("supervisor", D(2025, 9, 29))],
    npis=[],
    opt=dict(dstyle="us", id_label="Medicaid ID", who="Individual", obj_table=True),
    gaps=[["signature-late"]],
    notes="The qualified professional countersigned 09/29/2025, 14 days after the plan date 09/15/2025 (due within 10, by "
          "09/25/2025). Day or night treatment (10-day plan deadline met: 7 days).",
)

# ---------------------------------------------------------------- t27 TX, one non-measurable objective
plan(
    id="t27", ext="docx", fam="G", payer="base-treatment-plan", states=["tx-26tac-564"], as_of=D(2025, 8, 4),
    client=dict(name="Rodrigo Esparza-Lindell", dob=D(1989, 6, 3), mid="604918273", mrn="LOB-7731"), org=TXORG,
    adm=D(2025, 7, 14), plan=D(2025, 7, 17), duration="Projected length of stay: 45 days", next_review=D(2025, 8, 14),
    loc="Residential",
    dx=[dict(code="F15.20", desc="Other stimulant dependence, uncomplicated"), dict(code="F12.20", desc="Cannabis dependence, uncomplicated")],
    assessment_line="Comprehensive psychosocial assessment completed 07/15/2025.",
    problems=[dict(problem="Methamphetamine use", goal="Stop using methamphetamine and cannabis.",
                   objectives=[dict(stmt="Client will have negative urine drug screens on all random tests during residential stay.", date=D(2025, 8, 28), int="Random UDS weekly (nursing)"),
                               dict(stmt="Client will gain insight into his relapse triggers and develop healthier coping.", date=D(2025, 8, 7), int="Individual counseling 2x weekly, 45 min (LCDC)")]),
              dict(problem="Family conflict", goal="Repair relationships with his partner.",
                   objectives=[dict(stmt="Client will attend 3 family sessions with his partner.", date=D(2025, 8, 21), int="Family session weekly, 60 min")])],
    services=[dict(desc="Individual counseling", freq="2x weekly", amount="45 min", staff="LCDC"),
              dict(desc="Group counseling", freq="Daily", amount="2 hours", staff="LCDC / CI"),
              dict(desc="Family session", freq="Weekly", amount="60 min", staff="LCDC")],
    sigs=[sg("client", "Client", "Rodrigo Esparza-Lindell", None, D(2025, 7, 17)),
          sg("clinician", "Counselor", "Marisol Teague", "LCDC", D(2025, 7, 17))],
    sigs_v=[("client", D(2025, 7, 17)), ("clinician", D(2025, 7, 17))],
    npis=[],
    opt=dict(dstyle="us", who="Client", id_label="Medicaid #", rights=True),
    gaps=[["objective-not-measurable"]],
    notes="Objective 1.2 ('gain insight into his relapse triggers and develop healthier coping') states no measure or level; "
          "the others are measurable. Paragraph layout with typed numbering and /s/ signature lines.",
)

# ---------------------------------------------------------------- t25 FL outpatient, one objective "ongoing"
plan(
    id="t25", ext="docx", fam="F", payer="base-treatment-plan", states=["fl-65d-30"], as_of=D(2025, 6, 16),
    client=dict(name="Cassius Wren-Halloway", dob=D(1995, 3, 8), mid="8842017356", mrn="PCR-OP-2291"), org=FLORG,
    adm=D(2025, 5, 12), plan=D(2025, 5, 27), next_review=D(2025, 8, 25), duration="16 weeks",
    program="Outpatient Services", loc="Outpatient",
    clin_line="Nadia Ferreira-Stokes, MA, Counselor",
    dx=[dict(code="F12.20", desc="Cannabis dependence, uncomplicated"), dict(code="F41.1", desc="Generalized anxiety disorder")],
    presenting="Daily cannabis use since age 17; court-ordered assessment after a possession charge; reports anxiety when not using.",
    problems=[dict(problem="Cannabis use", goal="Stop using cannabis.",
                   objectives=[dict(stmt="Cassius will reduce cannabis use from daily to 0 days per week, confirmed by weekly urine screens.", date=D(2025, 7, 21)),
                               dict(stmt="Cassius will attend all scheduled group sessions.", when="Ongoing")]),
              dict(problem="Anxiety", goal="Manage anxiety without cannabis.",
                   objectives=[dict(stmt="Cassius will practice a relaxation skill at least 5 days per week, per his practice log.", date=D(2025, 7, 7)),
                               dict(stmt="Cassius will reduce his GAD-7 score from 13 to below 8.", date=D(2025, 8, 18))])],
    services=[dict(desc="Group counseling", code="H0005", amount="90 minutes", freq="2x weekly", dur="16 weeks", staff="Counselor"),
              dict(desc="Individual counseling", code="H0004", amount="4 units (60 min)", freq="Every other week", dur="16 weeks", staff="Counselor"),
              dict(desc="Urine drug screen", code="", amount="1 specimen", freq="Weekly", dur="16 weeks", staff="Program nurse")],
    sigs=[sg("client", "Individual", "Cassius Wren-Halloway", None, D(2025, 5, 27)),
          sg("clinician", "Counselor", "Nadia Ferreira-Stokes", "MA", D(2025, 5, 27)),
          sg("supervisor", "Qualified professional", "Yolanda Fairbanks", "LMHC", D(2025, 5, 30))],
    sigs_v=[("client", D(2025, 5, 27)), ("clinician", D(2025, 5, 27)), ("supervisor", D(2025, 5, 30))],
    npis=[],
    opt=dict(dstyle="us", who="Individual", id_label="Medicaid ID", program_label="Program",
             consent="I participated in developing this plan and received a copy. Florida Abuse Hotline 1-800-96-ABUSE. Crisis: 988."),
    gaps=[["objective-not-time-bound"]],
    unsure=["objective-not-measurable"],
    notes="Objective 1.2 has 'Ongoing' instead of a target date (no goal date covers it). objective-not-measurable is left "
          "out of must_not_report: 'attend all scheduled group sessions' is arguably measurable (100%) but thin. EHR table layout.",
)

# ---------------------------------------------------------------- t18 TX residential clean (EHR tables)
plan(
    id="t18", ext="docx", fam="F", payer="base-treatment-plan", states=["tx-26tac-564"], as_of=D(2025, 5, 8),
    client=dict(name="Jolene Whitacre", dob=D(1993, 1, 26), mid="518273649", mrn="LOB-7302"), org=TXORG,
    adm=D(2025, 4, 21), plan=D(2025, 4, 24), next_review=D(2025, 5, 8), duration="30 days",
    program="Adult Residential", loc="Residential",
    clin_line="Everett Dufresne, LCDC",
    dx=[dict(code="F10.20", desc="Alcohol dependence, uncomplicated"), dict(code="F13.20", desc="Sedative, hypnotic or anxiolytic dependence, uncomplicated")],
    presenting="Daily drinking and non-prescribed alprazolam; two DWIs; children placed with her mother.",
    problems=[dict(problem="Alcohol and sedative use", goal="Remain abstinent from alcohol and non-prescribed sedatives.",
                   objectives=[dict(stmt="Jolene will complete a written relapse prevention plan listing 5 triggers and 5 coping responses.", date=D(2025, 5, 5)),
                               dict(stmt="Jolene will have negative alcohol and benzodiazepine screens on all random tests.", date=D(2025, 5, 21))]),
              dict(problem="Parenting and family", goal="Prepare for reunification with her children.",
                   objectives=[dict(stmt="Jolene will attend 4 parenting education sessions.", date=D(2025, 5, 19))])],
    services=[dict(desc="Individual counseling", code="", amount="60 minutes", freq="Weekly", dur="30 days", staff="LCDC"),
              dict(desc="Group counseling / chemical dependency education", code="", amount="3 hours", freq="Daily (M-F)", dur="30 days", staff="LCDC / CI"),
              dict(desc="Parenting education", code="", amount="90 minutes", freq="1x per week", dur="30 days", staff="Case manager")],
    sigs=[sg("client", "Client", "Jolene Whitacre", None, D(2025, 4, 24)),
          sg("clinician", "Counselor", "Everett Dufresne", "LCDC", D(2025, 4, 24))],
    sigs_v=[("client", D(2025, 4, 24)), ("clinician", D(2025, 4, 24))],
    npis=[],
    opt=dict(dstyle="us", who="Client", id_label="Medicaid ID", review_label="Plan review", dur_label="Projected length of stay",
             consent="I helped write this plan, I agree with it and I received a copy. HHSC complaint line and 988 crisis line are posted in the lobby."),
    gaps=[], notes="Clean. Texas residential plan in EHR table layout with vertically merged problem/goal cells.",
)

# ---------------------------------------------------------------- t08 CA NTP clean
plan(
    id="t08", ext="docx", fam="H", payer="base-treatment-plan", states=["ca-title9-ntp"], as_of=D(2025, 3, 20),
    client=dict(name="Esperanza Villalobos-Grant", dob=D(1984, 2, 11), mid="91234567A", mrn="GP-10233"), org=CAORG,
    adm=D(2025, 1, 13), plan=D(2025, 2, 3), next_review=D(2025, 4, 10), loc="Methadone maintenance",
    adm_note="Admission to maintenance treatment (first methadone dose) 01/13/2025 per the dosing record.",
    dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated")],
    medication="Methadone 85 mg orally once daily, observed; take-home eligibility reviewed every 90 days.",
    needs=("Heroin and fentanyl use for 9 years; 2 overdoses in 2024. Hepatitis C antibody positive, not yet treated. "
           "Unemployed; lives with her aunt. Needs: medical follow-up for hepatitis C, employment, stable dose."),
    goals=[dict(stmt="Stop using illicit opioids.",
                objectives=[dict(stmt="Esperanza will produce urine tests negative for fentanyl and heroin on at least 3 of 4 monthly tests.", date=D(2025, 4, 30), int="Random observed UDS monthly; dose evaluation by MD"),
                            dict(stmt="Esperanza will attend 4 of 4 scheduled counseling sessions each month.", date=D(2025, 4, 30), int="Individual counseling 2x monthly, 50 min; group weekly")]),
           dict(stmt="Address hepatitis C.",
                objectives=[dict(stmt="Esperanza will complete the hepatitis C viral load test and attend 1 specialist appointment.", date=D(2025, 4, 15), int="Case management referral; nurse follow-up weekly")]),
           dict(stmt="Gain employment.",
                objectives=[dict(stmt="Esperanza will submit at least 5 job applications.", date=D(2025, 4, 30), int="Vocational referral; counselor check-in biweekly")])],
    services=[dict(desc="Methadone dosing", freq="Daily", amount="85 mg", staff="Dispensing nurse"),
              dict(desc="Individual counseling", freq="2x monthly", amount="50 minutes", staff="Primary counselor")],
    review_sched=[["Initial plan", "02/03/2025", "02/03/2025"], ["Quarterly update 1", "04/10/2025", ""]],
    sigs=[sg("client", "Patient", "Esperanza Villalobos-Grant", None, D(2025, 2, 3)),
          sg("clinician", "Primary counselor", "Jasper Whitlock", "CADC-II", D(2025, 2, 3)),
          sg("supervisor", "Supervising counselor", "Dolores Aguirre-Penn", "LAADC", D(2025, 2, 5)),
          sg("physician", "Medical director", "Hamid Rostami", "MD", D(2025, 2, 12))],
    sigs_v=[("client", D(2025, 2, 3)), ("clinician", D(2025, 2, 3)), ("supervisor", D(2025, 2, 5)), ("physician", D(2025, 2, 12))],
    npis=[],
    opt=dict(dstyle="us", cc_dates=True),
    gaps=[], notes="Clean. California NTP maintenance plan: plan 21 days after admission, supervising counselor 2 days and "
                   "medical director 9 days after the plan, next update 87 days after admission. Text-box patient banner, "
                   "date-picker content controls, footnote on the admission date.",
)

# ---------------------------------------------------------------- t17 CA NTP, medical director signed day 17
plan(
    id="t17", ext="docx", fam="H", payer="base-treatment-plan", states=["ca-title9-ntp"], as_of=D(2025, 4, 21),
    client=dict(name="Bernard Ashdown", dob=D(1969, 7, 7), mid="87341029B", mrn="GP-10391"), org=CAORG,
    adm=D(2025, 3, 3), plan=D(2025, 3, 24), next_review=D(2025, 5, 30), loc="Methadone maintenance",
    dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated"), dict(code="F17.210", desc="Nicotine dependence, cigarettes, uncomplicated")],
    medication="Methadone 60 mg daily (titrating).",
    needs="Long history of heroin use; recently released from county jail; lives in a shelter; chronic low back pain.",
    goals=[dict(stmt="Reach a stable methadone dose and stop illicit opioid use.",
                objectives=[dict(stmt="Bernard will report no withdrawal symptoms (COWS under 5) at 4 consecutive weekly nurse checks.", date=D(2025, 4, 21), int="Nurse assessment weekly; MD dose review"),
                            dict(stmt="Bernard will produce 2 consecutive monthly urine tests negative for illicit opioids.", date=D(2025, 5, 30), int="Random UDS monthly")]),
           dict(stmt="Obtain stable housing.",
                objectives=[dict(stmt="Bernard will complete a coordinated-entry housing assessment and 2 housing applications.", date=D(2025, 5, 15), int="Case management weekly, 30 min")])],
    services=[dict(desc="Methadone dosing", freq="Daily", amount="60 mg (titrating)", staff="Nursing"),
              dict(desc="Individual counseling", freq="Weekly", amount="50 minutes", staff="Primary counselor")],
    review_sched=[["Quarterly update", "05/30/2025", ""]],
    sigs=[sg("client", "Patient", "Bernard Ashdown", None, D(2025, 3, 24)),
          sg("clinician", "Counselor", "Jasper Whitlock", "CADC-II", D(2025, 3, 24)),
          sg("supervisor", "Clinical supervisor", "Dolores Aguirre-Penn", "LAADC", D(2025, 3, 26)),
          sg("physician", "Medical director", "Hamid Rostami", "MD", D(2025, 4, 10))],
    sigs_v=[("client", D(2025, 3, 24)), ("clinician", D(2025, 3, 24)), ("supervisor", D(2025, 3, 26)), ("physician", D(2025, 4, 10))],
    npis=[],
    opt=dict(dstyle="abbr", comment=("Medical director review.", "Reviewed on return from leave.", "Hamid Rostami")),
    gaps=[["signature-late"]],
    notes="Medical director signed Apr 10, 2025, 17 days after the plan effective date Mar 24, 2025 (due within 14, by "
          "Apr 7). Abbreviated-month dates in date-picker content controls; comment from the medical director.",
)

# ---------------------------------------------------------------- t26 CA NTP, first update 120 days after admission
plan(
    id="t26", ext="docx", fam="H", payer="base-treatment-plan", states=["ca-title9-ntp"], as_of=D(2025, 7, 15),
    client=dict(name="Lucinda Ferreira-Mott", dob=D(1977, 11, 23), mid="90817263C", mrn="GP-10544"), org=CAORG,
    adm=D(2025, 5, 5), plan=D(2025, 5, 27), next_review=D(2025, 9, 2), loc="Buprenorphine maintenance",
    dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated")],
    medication="Buprenorphine 16 mg sublingual daily.",
    needs="Prescription opioid use after a back injury progressing to fentanyl; works part-time; two teenage children.",
    goals=[dict(stmt="Remain free of illicit opioids.",
                objectives=[dict(stmt="Lucinda will have urine tests negative for fentanyl on all monthly random tests.", date=D(2025, 8, 25), int="Random UDS monthly"),
                            dict(stmt="Lucinda will identify 3 high-risk situations and a plan for each, reviewed with her counselor.", date=D(2025, 7, 7), int="Individual counseling 2x monthly")]),
           dict(stmt="Manage chronic back pain without opioids.",
                objectives=[dict(stmt="Lucinda will attend 6 physical therapy sessions.", date=D(2025, 8, 25), int="Referral to PT; counselor follow-up monthly")])],
    services=[dict(desc="Buprenorphine dosing / dispensing", freq="Daily (weekly take-homes after 30 days)", amount="16 mg", staff="Nursing"),
              dict(desc="Individual counseling", freq="2x monthly", amount="50 minutes", staff="Counselor")],
    review_sched=[["First quarterly update", "09/02/2025", ""]],
    sigs=[sg("client", "Patient", "Lucinda Ferreira-Mott", None, D(2025, 5, 27)),
          sg("clinician", "Primary counselor", "Marguerite Oyelowo", "CADC-I", D(2025, 5, 27)),
          sg("supervisor", "Supervising counselor", "Dolores Aguirre-Penn", "LAADC", D(2025, 5, 29)),
          sg("physician", "Medical director", "Hamid Rostami", "MD", D(2025, 6, 3))],
    sigs_v=[("client", D(2025, 5, 27)), ("clinician", D(2025, 5, 27)), ("supervisor", D(2025, 5, 29)), ("physician", D(2025, 6, 3))],
    npis=[],
    opt=dict(dstyle="us", cc_dates=True, review_label="First plan update due"),
    gaps=[["review-interval-exceeded"]],
    notes="First plan update scheduled 09/02/2025: 120 days after admission 05/05/2025 (and 98 after the plan); updates "
          "are required at least every 3 months (92 days). Text-box banner, content controls.",
)

# ---------------------------------------------------------------- t34 TX outpatient (OTP-style form), group frequency and client date missing
plan(
    id="t34", ext="docx", fam="H", payer="base-treatment-plan", states=["tx-26tac-564"], as_of=D(2025, 11, 10),
    client=dict(name="Winston Abernathy-Oke", dob=D(1985, 10, 30), mid="733829104", mrn="LOB-IOP-0918"), org=TXORG,
    adm=D(2025, 10, 13), plan=D(2025, 10, 16), next_review=D(2025, 11, 13), loc="Intensive outpatient",
    duration="8 weeks",
    dx=[dict(code="F10.20", desc="Alcohol dependence, uncomplicated")],
    needs="Drinking 10-12 drinks daily; lost his job in August; wife reports arguments when he drinks.",
    goals=[dict(stmt="Stop drinking alcohol.",
                objectives=[dict(stmt="Winston will submit breath alcohol tests with 0.00 results at every IOP session.", date=D(2025, 12, 8), int="Breath test each session"),
                            dict(stmt="Winston will list 5 drinking triggers and a coping step for each.", date=D(2025, 10, 30), int="Individual counseling")]),
           dict(stmt="Return to work.",
                objectives=[dict(stmt="Winston will attend 2 job-readiness appointments with the workforce center.", date=D(2025, 11, 26), int="Case management referral")])],
    services=[dict(desc="Group counseling (IOP)", freq="As scheduled", amount="3 hours", staff="LCDC"),
              dict(desc="Individual counseling", freq="Weekly", amount="1 hour", staff="LCDC")],
    sigs=[sg("client", "Client", "Winston Abernathy-Oke", None, None, how="/s/ Winston Abernathy-Oke", blank_cc=True),
          sg("clinician", "Counselor", "Everett Dufresne", "LCDC", D(2025, 10, 16))],
    sigs_v=[("clinician", D(2025, 10, 16))],
    npis=[],
    opt=dict(dstyle="us", who="Client", id_label="Medicaid ID", title="INTENSIVE OUTPATIENT TREATMENT PLAN",
             subtitle="Chemical dependency treatment - intensive outpatient", adm_label="Admission date",
             plan_label="Plan date", review_label="Plan review", short_title="IOP Treatment Plan",
             dur_label="Projected length of stay", h_goals="Goals, Objectives and Strategies", h_services="Strategies / Services",
             sign_intro="Plan developed with the client by the counselor."),
    gaps=[["frequency-missing"], ["signature-missing"]],
    notes="Group counseling frequency is 'As scheduled' (no number per week). The client's signature has no date (empty "
          "date-picker content control). Text-box banner layout.",
)

DISTRICT = dict(name="Maple Fork Unified School District", addr="400 Schoolhouse Lane, Maple Fork, IA 50440",
                phone="(555) 013-0100", npi=npi("158830264"))

# ---------------------------------------------------------------- t09 school OT clean
plan(
    id="t09", ext="docx", fam="I", payer="base-treatment-plan", states=[], as_of=D(2025, 10, 20),
    client=dict(name="Benjamin Adeyemi-Clarke", dob=D(2018, 4, 9), mid="MF40192837", school="Cedar Row Elementary, grade 1"),
    org=DISTRICT, plan=D(2025, 9, 15), service_name="Occupational therapy",
    iep="Annual IEP 05/20/2025; next annual review 05/19/2026", rx="Ayesha Okonjo-Pratt, MD (order on file)",
    dx=[dict(code="F82", desc="Specific developmental disorder of motor function")], classification="Other health impairment",
    present=("Benjamin forms 14 of 26 lowercase letters legibly, writes on the line 30% of the time, and needs "
             "hand-over-hand help to open lunch containers. He fatigues after 5 minutes of handwriting."),
    goals=[dict(stmt="Benjamin will write a 2-sentence response with legible letters on the line.",
                benchmarks=[dict(stmt="Benjamin will form all 26 lowercase letters legibly from memory.", date=D(2025, 12, 19)),
                            dict(stmt="Benjamin will write on the line in 80% of words in a 10-word sample.", date=D(2026, 3, 13))]),
           dict(stmt="Benjamin will manage lunch containers and clothing fasteners independently.",
                benchmarks=[dict(stmt="Benjamin will open 4 of 4 lunch containers without help on 4 of 5 days.", date=D(2026, 1, 30), measure="teacher checklist"),
                            dict(stmt="Benjamin will button and zip his coat independently in 4 of 5 trials.", date=D(2026, 3, 13))])],
    services=[dict(code="97530", desc="OT - therapeutic activities (pull-out)", freq="1x weekly", amount="30", start=D(2025, 9, 15), end=D(2026, 5, 29)),
              dict(code="97535", desc="OT - self-care training (classroom)", freq="2x monthly", amount="15", start=D(2025, 9, 15), end=D(2026, 5, 29))],
    therapist=dict(name="Corinne Bellweather", cred="OTR/L", npi=npi("131452876"), lic="IA OT-4471"),
    sigs=[sg("clinician", "Occupational therapist", "Corinne Bellweather", "OTR/L", D(2025, 9, 15)),
          sg("guardian", "Parent/guardian", "Folake Adeyemi", None, D(2025, 9, 18))],
    npis=[npi("131452876")],
    opt=dict(dstyle="us"),
    gaps=[], notes="Clean. School-based OT plan (Medicaid): Word multilevel list (1 / 1.1 / a) for goals and benchmarks, "
                   "service delivery table nested inside an outer table, therapist NPI in a nested cell.",
)

# ---------------------------------------------------------------- t35 school SLP, therapist NPI check digit wrong
plan(
    id="t35", ext="docx", fam="I", payer="base-treatment-plan", states=[], as_of=D(2025, 11, 12),
    client=dict(name="Aurelia Montgomery-Diaz", dob=D(2016, 12, 14), mid="MF58203741", school="Birchfield Middle School, grade 3"),
    org=DISTRICT, plan=D(2025, 10, 6), service_name="Speech-language therapy",
    iep="IEP amended 10/02/2025", rx="Gilberto Saenz, DO (referral on file)",
    dx=[dict(code="F80.2", desc="Mixed receptive-expressive language disorder")], classification="Speech or language impairment",
    present=("Aurelia follows 2-step directions in 50% of trials, uses 4-5 word sentences with frequent omission of verb "
             "tense markers, and answers inferential questions about a short passage correctly 2 of 10 times."),
    goals=[dict(stmt="Aurelia will follow classroom directions and answer questions about grade-level texts.",
                benchmarks=[dict(stmt="Aurelia will follow 3-step directions in 80% of trials.", date=D(2026, 1, 16)),
                            dict(stmt="Aurelia will answer inferential questions about a short passage correctly in 7 of 10 trials.", date=D(2026, 4, 17))]),
           dict(stmt="Aurelia will use grammatically complete sentences.",
                benchmarks=[dict(stmt="Aurelia will use past-tense verb forms correctly in 80% of obligatory contexts in a language sample.", date=D(2026, 3, 13), measure="language sample")])],
    services=[dict(code="92507", desc="Speech/language treatment, individual", freq="2x weekly", amount="30", start=D(2025, 10, 6), end=D(2026, 6, 5)),
              dict(code="92508", desc="Speech/language treatment, group", freq="1x weekly", amount="30", start=D(2025, 10, 6), end=D(2026, 6, 5))],
    therapist=dict(name="Prudence Halvorsen", cred="M.S., CCC-SLP", npi=npi("172098514", valid=False), lic="IA SLP-2208"),
    sigs=[sg("clinician", "Speech-language pathologist", "Prudence Halvorsen", "M.S., CCC-SLP", D(2025, 10, 6)),
          sg("guardian", "Parent/guardian", "Luis Montgomery-Diaz", None, D(2025, 10, 9))],
    npis=[npi("172098514", valid=False)],
    opt=dict(dstyle="us_nz"),
    gaps=[["identifier-invalid"]],
    notes="The SLP's NPI fails the Luhn check (80840 prefix); reported as a warning (unverified requirement). School-based "
          "plan with Word multilevel lists and a nested service table.",
)

# ---------------------------------------------------------------- t41 NY native YAML clean
plan(
    id="t41", ext="yaml", fam="YAML", payer="base-treatment-plan", states=["ny-oasas-818"], as_of=D(2025, 3, 25),
    client=dict(name="Mirabel Castellanos-Ott", dob=D(1990, 6, 6), mid="GH20571T"), org=NYORG,
    adm=D(2025, 3, 3), plan=D(2025, 3, 7), duration="28 days", loc="Inpatient rehabilitation",
    dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated", primary=True), dict(code="F43.10", desc="Post-traumatic stress disorder, unspecified")],
    problems=[dict(problem="Opioid use", goal="Remain abstinent from illicit opioids after discharge.",
                   objectives=[dict(stmt="Mirabel will take buprenorphine daily as prescribed with all doses observed.", date=D(2025, 3, 28)),
                               dict(stmt="Mirabel will complete a written relapse prevention plan with 5 triggers and 5 coping actions.", date=D(2025, 3, 21))]),
              dict(problem="Trauma symptoms", goal="Reduce trauma symptoms without substances.",
                   objectives=[dict(stmt="Mirabel will reduce her PCL-5 score from 55 to below 40.", date=D(2025, 3, 31))])],
    services=[dict(desc="Individual counseling", code="", freq="twice weekly", amount="45 minutes"),
              dict(desc="Group counseling", code="", freq="5 times per week", amount="60 minutes")],
    sigs=[sg("client", "Patient", "Mirabel Castellanos-Ott", None, D(2025, 3, 7)),
          sg("clinician", "Primary counselor", "Hollis Ferrante", "CASAC-2", D(2025, 3, 7)),
          sg("physician", "Physician", "Kwabena Osei-Tutu", "MD", D(2025, 3, 10))],
    npis=[],
    gaps=[], notes="Clean native YAML plan for NY inpatient rehab: plan day 4, physician day 7.",
)

# ---------------------------------------------------------------- t42 SLP C-CDA clean
plan(
    id="t42", ext="xml", fam="CCDA-MOT", payer="medicare-outpatient-therapy", states=[], as_of=D(2025, 4, 28),
    client=dict(name="Rosalind Achebe-Carver", given="Rosalind", family="Achebe-Carver", dob=D(1949, 8, 25), sex="F",
                mid="7MD4-KP2-WT38", addr=("88 Linden Bluff Rd", "Carden", "MI", "48822")),
    org=REHAB1, ftx=D(2025, 3, 17), plan=D(2025, 3, 17), pstart=D(2025, 3, 17), pend=D(2025, 6, 13),
    dx=[dict(code="I69.320", desc="Aphasia following cerebral infarction", primary=True),
        dict(code="R47.01", desc="Aphasia")],
    goals=[dict(stmt="Patient will name 20 common household objects with at least 80% accuracy given a phonemic cue.", date=D(2025, 4, 14)),
           dict(stmt="Patient will follow 2-step spoken commands with 90% accuracy.", date=D(2025, 4, 28)),
           dict(stmt="Patient will use 4-6 word phrases to make needs known to her husband in 8 of 10 observed opportunities.", date=D(2025, 6, 9)),
           dict(stmt="Improve Western Aphasia Battery-Revised Aphasia Quotient from 58 to 70 or higher.", date=D(2025, 6, 9))],
    interventions=[("92507", "Treatment of speech, language, voice, communication and/or auditory processing disorder; individual",
                    "2 times per week", "12 weeks", "45-minute sessions")],
    freq="2x/week", duration="12 weeks",
    therapist=dict(given="Ottilie", family="Brannigan-Shore", cred="MS, CCC-SLP", npi=npi("187765021"), date=D(2025, 3, 17)),
    physician=dict(given="Nkechi", family="Adebayo-Lind", cred="MD", npi=npi("133409816"), date=D(2025, 3, 20)),
    sigs_v=[("clinician", D(2025, 3, 17)), ("physician", D(2025, 3, 20))],
    npis=[],
    gaps=[], notes="Clean. C-CDA R2.1 Care Plan document: therapist as author/authenticator, certifying physician as legal "
                   "authenticator, evaluation encounter as encompassingEncounter, goals, planned procedures, narrative tables.",
)

# ---------------------------------------------------------------- t43 CA NTP C-CDA clean
plan(
    id="t43", ext="xml", fam="CCDA-NTP", payer="base-treatment-plan", states=["ca-title9-ntp"], as_of=D(2025, 8, 25),
    client=dict(name="Dmitri Solberg-Ayala", given="Dmitri", family="Solberg-Ayala", dob=D(1980, 9, 14), sex="M",
                mid="93726154D", addr=("702 Sycamore Reach", "San Teodoro", "CA", "93940")),
    org=CAORG, adm=D(2025, 7, 7), plan=D(2025, 7, 28), next_review=D(2025, 10, 3),
    dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated", primary=True),
        dict(code="F41.1", desc="Generalized anxiety disorder")],
    goals=[dict(stmt="Achieve stability on methadone and stop illicit opioid use.",
                objectives=[dict(stmt="Dmitri will produce urine tests negative for illicit opioids on 3 consecutive monthly random tests.", date=D(2025, 10, 3)),
                            dict(stmt="Dmitri will attend 100% of scheduled counseling sessions for 8 weeks.", date=D(2025, 9, 22))]),
           dict(stmt="Reduce anxiety.",
                objectives=[dict(stmt="Dmitri will reduce his GAD-7 score from 14 to 9 or below.", date=D(2025, 10, 3))])],
    interventions=[("H0020", "Methadone administration and service (daily observed dosing)", "daily", "", "70 mg"),
                   ("H0004", "Individual counseling", "2 times per month", "", "50 minutes")],
    counselor=dict(given="Jasper", family="Whitlock", cred="CADC-II", date=D(2025, 7, 28)),
    supervisor=dict(given="Dolores", family="Aguirre-Penn", cred="LAADC", date=D(2025, 7, 30)),
    physician=dict(given="Hamid", family="Rostami", cred="MD", npi=npi("171650392"), date=D(2025, 8, 5)),
    sigs_v=[("clinician", D(2025, 7, 28)), ("supervisor", D(2025, 7, 30)), ("physician", D(2025, 8, 5))],
    npis=[],
    gaps=[], notes="Clean. C-CDA Care Plan for a California NTP: admission as encompassingEncounter start, medical director "
                   "as legal authenticator, supervising counselor as authenticator, sub-goals (objectives) with target dates, "
                   "planned plan-update act 88 days after admission.",
)

# ---------------------------------------------------------------- t44 home health FHIR, 63-day certification period
plan(
    id="t44", ext="json", fam="FHIR-HH", payer="medicare-home-health", states=[], as_of=D(2025, 3, 20),
    client=dict(name="Ambrose Delacroix-Whitfield", given="Ambrose", family="Delacroix-Whitfield", dob=D(1939, 3, 21), sex="male",
                mid="5JD3-PT6-WX88"),
    org=HHA2, ftx=D(2025, 3, 3), plan=D(2025, 3, 3), pstart=D(2025, 3, 3), pend=D(2025, 5, 5),
    dx=[dict(code="J44.1", desc="Chronic obstructive pulmonary disease with (acute) exacerbation", primary=True),
        dict(code="Z99.81", desc="Dependence on supplemental oxygen")],
    goals=[dict(stmt="Patient will demonstrate correct use of his inhaler and spacer in 3 of 3 return demonstrations.", date=D(2025, 3, 24)),
           dict(stmt="Patient will walk 150 feet with a rollator keeping SpO2 at or above 88% on 2 L/min.", date=D(2025, 4, 28)),
           dict(stmt="Patient will state 4 warning signs of a COPD flare and when to call the physician.", date=D(2025, 3, 17))],
    orders=[("Skilled nursing visits", "SN 2w4, 1w5", 2, 4, "respiratory assessment, inhaler teaching, medication management"),
            ("Physical therapy visits", "PT 2w6", 2, 6, "endurance, gait and energy conservation training"),
            ("Home health aide visits", "HHA 2w8", 2, 8, "bathing and personal care")],
    physician=dict(given="Leontyne", family="Marchetti-Osei", cred="MD", npi=npi("145876230"), date=D(2025, 3, 7)),
    sigs_v=[("physician", D(2025, 3, 7))],
    npis=[],
    gaps=[["review-interval-exceeded"]],
    notes="FHIR R4 bundle. CarePlan.period 2025-03-03 to 2025-05-05 is 63 days from the start of care; recertification is "
          "required at least every 60 days (warning). Physician signature in a Provenance resource.",
)

# ---------------------------------------------------------------- t45 psychotherapy FHIR, group service without session length
plan(
    id="t45", ext="json", fam="FHIR-PSY", payer="medicare-psychotherapy", states=[], as_of=D(2025, 3, 17),
    client=dict(name="Marguerite Dunleavy", given="Marguerite", family="Dunleavy", dob=D(1957, 1, 9), sex="female",
                mid="3KH9-VT2-RD85"),
    org=PSY2, plan=D(2025, 2, 3), pstart=D(2025, 2, 3), pend=D(2025, 8, 1),
    dx=[dict(code="F41.1", desc="Generalized anxiety disorder", primary=True),
        dict(code="F43.81", desc="Prolonged grief disorder")],
    goals=[dict(stmt="Marguerite will reduce her GAD-7 score from 16 to below 10.", date=D(2025, 5, 5)),
           dict(stmt="Marguerite will resume 2 social activities per week that she stopped after her husband's death, per her activity log.", date=D(2025, 6, 2)),
           dict(stmt="Marguerite will reduce her Prolonged Grief Disorder scale (PG-13-R) score from 38 to below 30.", date=D(2025, 7, 28))],
    orders=[("90834", "Psychotherapy, 45 minutes with patient", 1, "wk", 45),
            ("90853", "Group psychotherapy (other than of a multiple-family group)", 1, "wk", None)],
    clinician=dict(given="Samuel", family="Achterberg-Voss", cred="LCSW", npi=npi("120966348"), date=D(2025, 2, 3)),
    sigs_v=[("clinician", D(2025, 2, 3))],
    npis=[],
    gaps=[["amount-missing"]],
    notes="FHIR R4 bundle. The grief support group ServiceRequest (90853) has a weekly frequency but no session length; "
          "the individual psychotherapy request states 45 minutes.",
)


# ================================================================ native YAML writer
def yq(v):
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    return json.dumps(str(v), ensure_ascii=False)


def yaml_dump(obj, indent=0):
    pad = "  " * indent
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if v is None:
                continue
            if isinstance(v, (dict, list)):
                if not v:
                    continue
                out.append(f"{pad}{k}:")
                out.append(yaml_dump(v, indent + 1))
            else:
                out.append(f"{pad}{k}: {yq(v)}")
    else:
        for item in obj:
            if isinstance(item, dict):
                sub = yaml_dump(item, indent + 1).split("\n")
                first = sub[0].strip()
                out.append(f"{pad}- {first}")
                out.extend(sub[1:])
            else:
                out.append(f"{pad}- {yq(item)}")
    return "\n".join(x for x in out if x != "")


def write_yaml(s, path):
    c = s["client"]
    if s["payer"] == "commercial-aba":
        goals = []
        for g in s["goals"]:
            goals.append(dict(domain=g["domain"], statement=g["stmt"], baseline=g.get("baseline"),
                              mastery_criteria=g["mastery"], target_date=g["date"]))
        doc = dict(
            schema="authcheck-plan/1",
            patient=dict(name=c["name"], birth_date=c["dob"], member_id=c["mid"]),
            payer=s["payer_name"], discipline="aba", program="In-home ABA",
            providers=[dict(name=s["org"]["name"], npi=s["org"]["npi"], role="billing provider")],
            admission_date=s["adm"], plan_date=s["plan"],
            period=dict(start=s["pstart"], end=s["pend"]), expected_duration=s["duration"],
            diagnoses=[dict(code=x["code"], description=x["desc"], primary=x.get("primary", False),
                            diagnosed_by=x.get("by"), diagnosed_on=x.get("on")) for x in s["dx"]],
            assessments=[dict(instrument=a["instr"], date=a["date"], administered_by=a["by"],
                              scores={"summary": a["result"]}) for a in s["assess"]],
            problems=[dict(label="Treatment targets", statement="Skill deficits and interfering behavior related to autism", goals=goals)],
            services=[dict(code=x["code"], description=x["desc"], hours_per_week=float(x["hpw"].split()[0]),
                           frequency="weekly") for x in s["services"]],
            reviews=[dict(kind="review", date=s["next_review"], completed=False)],
            signatures=[dict(role=g["role"], name=g["name"], credential=g.get("cred"), date=g["date"], method="electronic")
                        for g in s["sigs"]],
        )
    else:  # NY inpatient rehab
        probs = []
        for i, pr in enumerate(s["problems"], 1):
            probs.append(dict(label=f"Problem {i}", statement=pr["problem"], goals=[dict(
                statement=pr["goal"],
                objectives=[dict(statement=o["stmt"], target_date=o["date"]) for o in pr["objectives"]])]))
        doc = dict(
            schema="authcheck-plan/1",
            patient=dict(name=c["name"], birth_date=c["dob"], member_id=c["mid"]),
            payer="New York State Medicaid", discipline="sud", program="Inpatient Rehabilitation (Part 818)",
            level_of_care=s["loc"],
            admission_date=s["adm"], plan_date=s["plan"], expected_duration=s["duration"],
            diagnoses=[dict(code=x["code"], description=x["desc"], primary=x.get("primary", False)) for x in s["dx"]],
            problems=probs,
            services=[dict(description=x["desc"], frequency=x["freq"], amount=x["amount"]) for x in s["services"]],
            signatures=[dict(role=g["role"], name=g["name"], credential=g.get("cred"), date=g["date"], method="electronic")
                        for g in s["sigs"]],
        )
    text = "# Treatment plan exported from the program's EHR (authcheck native format)\n" + yaml_dump(doc) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ================================================================ C-CDA writer
def hl7(d: dt.date) -> str:
    return d.strftime("%Y%m%d")


def ccda_person(p):
    return (f'<assignedPerson><name><given>{esc(p["given"])}</given><family>{esc(p["family"])}</family>'
            f'<suffix qualifier="AC">{esc(p["cred"])}</suffix></name></assignedPerson>')


def write_ccda(s, path):
    c, org = s["client"], s["org"]
    street, city, state, zipc = c["addr"]
    ntp = s["fam"] == "CCDA-NTP"
    docid = "2.16.840.1.113883.19.5.99999." + s["id"][1:]
    npi_oid = "2.16.840.1.113883.4.6"
    if ntp:
        author, phys, supv = s["counselor"], s["physician"], s["supervisor"]
        author_code = '<code code="101YA0400X" codeSystem="2.16.840.1.113883.6.101" codeSystemName="NUCC" displayName="Addiction (Substance Use Disorder) Counselor"><originalText>Primary counselor</originalText></code>'
        mid_root, mid_name = "2.16.840.1.113883.3.249.99", "Medi-Cal CIN"
        enc_code = '<code code="ADM" displayName="Admission to maintenance treatment"><originalText>Admission to narcotic treatment program (maintenance)</originalText></code>'
        enc_low = s["adm"]
        title = "Narcotic Treatment Program - Maintenance Treatment Plan"
    else:
        author, phys, supv = s["therapist"], s["physician"], None
        author_code = '<code code="235Z00000X" codeSystem="2.16.840.1.113883.6.101" codeSystemName="NUCC" displayName="Speech-Language Pathologist"/>'
        mid_root, mid_name = "2.16.840.1.113883.4.927", "Medicare Beneficiary Identifier"
        enc_code = '<code code="92523" codeSystem="2.16.840.1.113883.6.12" displayName="Evaluation of speech sound production with evaluation of language comprehension and expression"><originalText>Initial evaluation (first treatment day)</originalText></code>'
        enc_low = s["ftx"]
        title = "Outpatient Speech-Language Pathology Plan of Care"
    x = []
    a = x.append
    a('<?xml version="1.0" encoding="UTF-8"?>')
    a('<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">')
    a('  <realmCode code="US"/>')
    a('  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>')
    a('  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>')
    a('  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>')
    a(f'  <id root="{docid}" extension="{s["id"].upper()}-CP"/>')
    a('  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Overall plan of care/advance care directives"/>')
    a(f'  <title>{esc(title)}</title>')
    a(f'  <effectiveTime value="{hl7(s["plan"])}120000-0800"/>')
    a('  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>')
    a('  <languageCode code="en-US"/>')
    a('  <recordTarget><patientRole>')
    a(f'    <id root="{mid_root}" extension="{esc(c["mid"])}" assigningAuthorityName="{mid_name}"/>')
    a(f'    <addr use="HP"><streetAddressLine>{esc(street)}</streetAddressLine><city>{esc(city)}</city><state>{state}</state><postalCode>{zipc}</postalCode></addr>')
    a('    <patient>')
    a(f'      <name use="L"><given>{esc(c["given"])}</given><family>{esc(c["family"])}</family></name>')
    a(f'      <administrativeGenderCode code="{c["sex"]}" codeSystem="2.16.840.1.113883.5.1"/>')
    a(f'      <birthTime value="{hl7(c["dob"])}"/>')
    a('    </patient>')
    a('  </patientRole></recordTarget>')
    a(f'  <author><time value="{hl7(author["date"])}"/><assignedAuthor>')
    a(f'    <id root="{npi_oid}" extension="{author.get("npi", "")}"/>' if author.get("npi") else '    <id nullFlavor="UNK"/>')
    a(f'    {author_code}')
    a(f'    {ccda_person(author)}')
    a(f'    <representedOrganization><name>{esc(org["name"])}</name></representedOrganization>')
    a('  </assignedAuthor></author>')
    a(f'  <custodian><assignedCustodian><representedCustodianOrganization><id root="{npi_oid}" extension="{org["npi"]}"/>'
      f'<name>{esc(org["name"])}</name></representedCustodianOrganization></assignedCustodian></custodian>')
    a(f'  <legalAuthenticator><time value="{hl7(phys["date"])}"/><signatureCode code="S"/><assignedEntity>')
    a(f'    <id root="{npi_oid}" extension="{phys["npi"]}"/>')
    if ntp:
        a('    <code code="261QM2800X" codeSystem="2.16.840.1.113883.6.101" displayName="Methadone Clinic"><originalText>Medical Director</originalText></code>')
    else:
        a('    <code code="207Q00000X" codeSystem="2.16.840.1.113883.6.101" displayName="Family Medicine"><originalText>Certifying physician</originalText></code>')
    a(f'    {ccda_person(phys)}')
    a('  </assignedEntity></legalAuthenticator>')
    a(f'  <authenticator><time value="{hl7(author["date"])}"/><signatureCode code="S"/><assignedEntity>')
    a(f'    <id root="{npi_oid}" extension="{author.get("npi", "")}"/>' if author.get("npi") else '    <id nullFlavor="UNK"/>')
    a(f'    {author_code}')
    a(f'    {ccda_person(author)}')
    a('  </assignedEntity></authenticator>')
    if supv:
        a(f'  <authenticator><time value="{hl7(supv["date"])}"/><signatureCode code="S"/><assignedEntity>')
        a('    <id nullFlavor="UNK"/>')
        a('    <code code="101YA0400X" codeSystem="2.16.840.1.113883.6.101" displayName="Addiction (Substance Use Disorder) Counselor"><originalText>Supervising counselor</originalText></code>')
        a(f'    {ccda_person(supv)}')
        a('  </assignedEntity></authenticator>')
    a('  <documentationOf><serviceEvent classCode="PCPR">')
    if ntp:
        a(f'    <effectiveTime><low value="{hl7(s["plan"])}"/><high value="{hl7(s["next_review"])}"/></effectiveTime>')
    else:
        a(f'    <effectiveTime><low value="{hl7(s["pstart"])}"/><high value="{hl7(s["pend"])}"/></effectiveTime>')
    a('  </serviceEvent></documentationOf>')
    a(f'  <componentOf><encompassingEncounter><id root="{docid}.1" extension="ENC-{s["id"]}"/>{enc_code}'
      f'<effectiveTime><low value="{hl7(enc_low)}"/></effectiveTime></encompassingEncounter></componentOf>')
    a('  <component><structuredBody>')
    # health concerns
    a('    <component><section>')
    a('      <templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/>')
    a('      <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concerns document"/>')
    a('      <title>Health Concerns / Diagnoses</title>')
    rows = "".join(f'<tr ID="dx{i}"><td>{d_["code"]}</td><td>{esc(d_["desc"])}</td><td>{"Primary" if d_.get("primary") else "Secondary"}</td></tr>'
                   for i, d_ in enumerate(s["dx"], 1))
    a(f'      <text><table border="1"><thead><tr><th>ICD-10-CM</th><th>Diagnosis</th><th>Rank</th></tr></thead><tbody>{rows}</tbody></table></text>')
    for i, d_ in enumerate(s["dx"], 1):
        a('      <entry><act classCode="ACT" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.22.4.132" extension="2015-08-01"/>'
          f'<id root="{docid}.2.{i}"/><code code="75310-3" codeSystem="2.16.840.1.113883.6.1"/><statusCode code="active"/>'
          '<entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">'
          f'<templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/><id root="{docid}.3.{i}"/>'
          '<code code="55607006" codeSystem="2.16.840.1.113883.6.96" displayName="Problem"/>'
          f'<text><reference value="#dx{i}"/></text><statusCode code="completed"/>'
          f'<effectiveTime><low value="{hl7(s.get("adm") or s["ftx"])}"/></effectiveTime>'
          f'<value xsi:type="CD" code="{d_["code"]}" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="{esc(d_["desc"])}"/>'
          '</observation></entryRelationship></act></entry>')
    a('    </section></component>')
    # goals
    a('    <component><section>')
    a('      <templateId root="2.16.840.1.113883.10.20.22.2.60"/>')
    a('      <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/>')
    a('      <title>Goals</title>')
    items = ""
    gi = 0
    for g in s["goals"]:
        gi += 1
        if g.get("objectives"):
            subs = "".join(f'<item ID="goal{gi}o{j}">Objective {gi}.{j}: {esc(o["stmt"])} Target date: {fmt(o["date"])}</item>'
                           for j, o in enumerate(g["objectives"], 1))
            items += f'<item ID="goal{gi}">Goal {gi}: {esc(g["stmt"])}<list>{subs}</list></item>'
        else:
            items += f'<item ID="goal{gi}">{esc(g["stmt"])} Target date: {fmt(g["date"])}</item>'
    a(f'      <text><list>{items}</list></text>')
    for gi, g in enumerate(s["goals"], 1):
        eff = f'<effectiveTime value="{hl7(g["date"])}"/>' if g.get("date") else ""
        sub = ""
        for j, o in enumerate(g.get("objectives", []), 1):
            sub += ('<entryRelationship typeCode="COMP"><observation classCode="OBS" moodCode="GOL">'
                    f'<templateId root="2.16.840.1.113883.10.20.22.4.121"/><id root="{docid}.5.{gi}.{j}"/>'
                    f'<code nullFlavor="OTH"><originalText>{esc(o["stmt"])}</originalText></code>'
                    f'<text><reference value="#goal{gi}o{j}"/></text><statusCode code="active"/>'
                    f'<effectiveTime value="{hl7(o["date"])}"/></observation></entryRelationship>')
        a('      <entry><observation classCode="OBS" moodCode="GOL"><templateId root="2.16.840.1.113883.10.20.22.4.121"/>'
          f'<id root="{docid}.4.{gi}"/><code nullFlavor="OTH"><originalText>{esc(g["stmt"])}</originalText></code>'
          f'<text><reference value="#goal{gi}"/></text><statusCode code="active"/>{eff}'
          f'<author><time value="{hl7(s["plan"])}"/><assignedAuthor><id nullFlavor="UNK"/></assignedAuthor></author>{sub}'
          '</observation></entry>')
    a('    </section></component>')
    # interventions
    a('    <component><section>')
    a('      <templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>')
    a('      <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/>')
    a('      <title>Interventions / Planned Services</title>')
    rows = "".join(f'<tr ID="int{i}"><td>{cd}</td><td>{esc(desc)}</td><td>{esc(amt)}</td><td>{esc(fq)}</td><td>{esc(du)}</td></tr>'
                   for i, (cd, desc, fq, du, amt) in enumerate(s["interventions"], 1))
    a(f'      <text><table border="1"><thead><tr><th>Code</th><th>Service</th><th>Amount</th><th>Frequency</th><th>Duration</th></tr></thead><tbody>{rows}</tbody></table>')
    if ntp:
        a(f'        <paragraph>Admission to maintenance treatment: {fmt(s["adm"])}. Plan effective date: {fmt(s["plan"])}. '
          f'Next treatment plan update due: {fmt(s["next_review"])}.</paragraph>')
    else:
        a(f'        <paragraph>Initial evaluation / first treatment: {fmt(s["ftx"])}. Frequency: {s["freq"]}. Duration: {s["duration"]}. '
          f'Certification period: {fmt(s["pstart"])} through {fmt(s["pend"])}.</paragraph>')
    a('      </text>')
    for i, (cd, desc, fq, du, amt) in enumerate(s["interventions"], 1):
        cs = "2.16.840.1.113883.6.285" if cd[0].isalpha() else "2.16.840.1.113883.6.12"
        if du:
            wk = int(du.split()[0])
            eff = f'<effectiveTime><low value="{hl7(s["ftx"])}"/><high value="{hl7(s["ftx"] + dt.timedelta(weeks=wk))}"/></effectiveTime>'
        else:
            eff = f'<effectiveTime><low value="{hl7(s["plan"])}"/></effectiveTime>'
        a('      <entry><procedure classCode="PROC" moodCode="INT"><templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>'
          f'<id root="{docid}.6.{i}"/><code code="{cd}" codeSystem="{cs}" displayName="{esc(desc)}"/>'
          f'<text><reference value="#int{i}"/>{esc(desc)}: {esc(amt)}, {esc(fq)}{", " + esc(du) if du else ""}</text>'
          f'<statusCode code="active"/>{eff}</procedure></entry>')
    if ntp:
        a('      <entry><act classCode="ACT" moodCode="INT"><templateId root="2.16.840.1.113883.10.20.22.4.39" extension="2014-06-09"/>'
          f'<id root="{docid}.7"/><code code="TXPLANUPD" codeSystem="2.16.840.1.113883.19.5.99999.2" displayName="Treatment plan update">'
          '<originalText>Quarterly treatment plan update (review)</originalText></code><statusCode code="active"/>'
          f'<effectiveTime value="{hl7(s["next_review"])}"/></act></entry>')
    a('    </section></component>')
    a('  </structuredBody></component>')
    a('</ClinicalDocument>')
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(x) + "\n")


# ================================================================ FHIR writer
def write_fhir(s, path):
    c, org = s["client"], s["org"]
    pid = f"pat-{s['id']}"
    res = []
    res.append({"resourceType": "Patient", "id": pid,
                "identifier": [{"type": {"text": "Medicare Beneficiary Identifier"}, "system": "http://hl7.org/fhir/sid/us-mbi", "value": c["mid"]}],
                "name": [{"use": "official", "family": c["family"], "given": [c["given"]]}],
                "gender": c["sex"], "birthDate": c["dob"].isoformat()})
    res.append({"resourceType": "Organization", "id": "org-1",
                "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": org["npi"]}], "name": org["name"]})
    hh = s["fam"] == "FHIR-HH"
    signer = s["physician"] if hh else s["clinician"]
    prid = "prac-1"
    qual = {"MD": ("MD", "Doctor of Medicine"), "LCSW": ("LCSW", "Licensed Clinical Social Worker")}[signer["cred"]]
    res.append({"resourceType": "Practitioner", "id": prid,
                "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": signer["npi"]}],
                "name": [{"family": signer["family"], "given": [signer["given"]], "suffix": [signer["cred"]]}],
                "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360", "code": qual[0], "display": qual[1]}], "text": qual[0]}}]})
    cond_refs = []
    for i, d_ in enumerate(s["dx"], 1):
        cid = f"cond-{i}"
        cond_refs.append({"reference": f"Condition/{cid}"})
        res.append({"resourceType": "Condition", "id": cid,
                    "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
                    "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "confirmed"}]},
                    "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                              "code": "encounter-diagnosis" if i == 1 else "problem-list-item"}]}],
                    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": d_["code"], "display": d_["desc"]}], "text": d_["desc"]},
                    "subject": {"reference": f"Patient/{pid}"}})
    goal_refs = []
    for i, g in enumerate(s["goals"], 1):
        gid = f"goal-{i}"
        goal_refs.append({"reference": f"Goal/{gid}"})
        res.append({"resourceType": "Goal", "id": gid, "lifecycleStatus": "active",
                    "description": {"text": g["stmt"]}, "subject": {"reference": f"Patient/{pid}"},
                    "startDate": s["plan"].isoformat(), "target": [{"dueDate": g["date"].isoformat()}],
                    "addresses": [cond_refs[0]]})
    sr_refs = []
    for i, o in enumerate(s["orders"], 1):
        sid = f"sr-{i}"
        sr_refs.append(sid)
        if hh:
            name, text, fq, weeks, what = o
            r = {"resourceType": "ServiceRequest", "id": sid, "status": "active", "intent": "order",
                 "code": {"text": name}, "subject": {"reference": f"Patient/{pid}"},
                 "occurrenceTiming": {"repeat": {"boundsDuration": {"value": weeks, "unit": "wk", "system": "http://unitsofmeasure.org", "code": "wk"},
                                                 "frequency": fq, "period": 1, "periodUnit": "wk"},
                                      "code": {"text": text}},
                 "requester": {"reference": f"Practitioner/{prid}"},
                 "note": [{"text": f"{text}: {what}"}]}
        else:
            code, disp, fq, unit, minutes = o
            rep = {"frequency": fq, "period": 1, "periodUnit": unit}
            if minutes:
                rep.update({"duration": minutes, "durationUnit": "min"})
            r = {"resourceType": "ServiceRequest", "id": sid, "status": "active", "intent": "plan",
                 "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": code, "display": disp}], "text": disp},
                 "subject": {"reference": f"Patient/{pid}"},
                 "occurrenceTiming": {"repeat": rep},
                 "requester": {"reference": f"Practitioner/{prid}"}}
            if code == "90853":
                r["note"] = [{"text": "Grief support group, community room, Tuesdays."}]
        res.append(r)
    cp = {"resourceType": "CarePlan", "id": "careplan-1", "status": "active", "intent": "plan",
          "category": [{"text": "Home health plan of care (certification)" if hh else "Outpatient psychotherapy treatment plan"}],
          "title": "Home Health Certification and Plan of Care" if hh else "Treatment Plan",
          "subject": {"reference": f"Patient/{pid}"},
          "period": {"start": s["pstart"].isoformat(), "end": s["pend"].isoformat()},
          "created": s["plan"].isoformat(),
          "author": {"reference": f"Practitioner/{prid}"},
          "addresses": cond_refs, "goal": goal_refs,
          "activity": [{"reference": {"reference": f"ServiceRequest/{x}"}} for x in sr_refs]}
    if hh:
        cp["description"] = f"Start of care {fmt(s['ftx'])}. Certification period {fmt(s['pstart'])} - {fmt(s['pend'])}."
    res.append(cp)
    when = signer["date"].isoformat() + ("T14:32:00-05:00" if hh else "T16:05:00-05:00")
    res.append({"resourceType": "Provenance", "id": "prov-1", "target": [{"reference": "CarePlan/careplan-1"}],
                "recorded": when,
                "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "code": "author"}]},
                           "who": {"reference": f"Practitioner/{prid}"}}],
                "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1", "display": "Author's Signature"}],
                               "when": when, "who": {"reference": f"Practitioner/{prid}"}, "sigFormat": "image/png",
                               "data": "aW52ZW50ZWQtc2lnbmF0dXJlLWltYWdl"}]})
    bundle = {"resourceType": "Bundle", "id": f"bundle-{s['id']}", "type": "collection",
              "timestamp": s["plan"].isoformat() + "T12:00:00-05:00",
              "entry": [{"fullUrl": f"https://ehr.example.org/fhir/{r['resourceType']}/{r['id']}", "resource": r} for r in res]}
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(bundle, indent=2, ensure_ascii=False) + "\n")


# ================================================================ expectations and self-checks
BASE_K = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
          "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
KINDS = {
    "base-treatment-plan": BASE_K,
    "commercial-aba": BASE_K | {"assessment-missing", "assessment-outdated", "caregiver-goal-missing", "signature-missing",
                                "diagnosis-not-covered", "duration-exceeds-limit", "baseline-missing", "goal-not-measurable",
                                "goal-missing", "goal-not-time-bound", "review-date-missing", "review-interval-exceeded",
                                "amount-missing"},
    "medicare-home-health": BASE_K | {"duration-missing", "goal-not-measurable", "goal-missing", "intervention-missing",
                                      "credential-not-permitted", "signature-missing", "review-interval-exceeded",
                                      "review-overdue", "frequency-missing"},
    # amount-missing is info severity in this profile, so it is never listed
    "medicare-outpatient-therapy": BASE_K | {"signature-missing", "duration-missing", "goal-not-measurable", "goal-missing",
                                             "intervention-missing", "credential-not-permitted", "signature-late", "plan-late",
                                             "review-interval-exceeded", "review-overdue", "frequency-missing"},
    "medicare-psychotherapy": BASE_K | {"credential-missing", "signature-missing", "duration-exceeds-limit", "duration-missing",
                                        "goal-not-measurable", "goal-missing", "intervention-missing", "objective-not-measurable",
                                        "objective-not-time-bound", "plan-outdated", "amount-missing", "frequency-missing"},
    "ca-title9-ntp": {"field-missing", "signature-missing", "goal-missing", "objective-missing", "objective-not-time-bound",
                      "signature-late", "plan-late", "review-date-missing", "review-interval-exceeded", "review-overdue"},
    "fl-65d-30": {"field-missing", "signature-missing", "goal-missing", "intervention-missing", "objective-not-measurable",
                  "objective-missing", "objective-not-time-bound", "plan-late", "frequency-missing", "signature-late"},
    "ny-oasas-818": {"field-missing", "signature-missing", "diagnosis-missing", "goal-missing", "intervention-missing",
                     "plan-late", "signature-late"},
    "pa-55-5200": {"field-missing", "signature-missing", "duration-missing", "goal-missing", "intervention-missing",
                   "objective-missing", "plan-late"},
    "tx-26tac-564": {"signature-missing", "duration-missing", "goal-missing", "intervention-missing", "objective-not-measurable",
                     "objective-missing", "objective-not-time-bound", "frequency-missing"},
}
FL_DAYS = {"intensive inpatient": 3, "residential level 1": 7, "residential level 2": 15, "residential level 3": 15,
           "residential level 4": 15, "day or night treatment": 10}
COMPUTED = {"plan-late", "signature-late", "review-interval-exceeded", "review-overdue", "plan-outdated",
            "duration-exceeds-limit", "assessment-outdated", "identifier-invalid", "date-inconsistent"}


def sig_dates(s):
    out = list(s.get("sigs_v") or [(g["role"], g.get("date")) for g in s.get("sigs", [])])
    if s.get("physician_block"):
        out.append(("physician", s["physician_block"].get("date")))
    return [(r, d) for r, d in out if d]


def all_npis(s):
    out = [s["org"]["npi"]] if s["org"].get("npi") else []
    for key in ("therapist", "physician", "clinician"):
        if isinstance(s.get(key), dict) and s[key].get("npi"):
            out.append(s[key]["npi"])
    for x in s.get("npis", []):
        out.append(x.split()[-1])
    if s.get("clin_line") and "NPI" in s["clin_line"]:
        out.append(s["clin_line"].split("NPI ")[1].rstrip(")"))
    return out


def targets(s):
    out = []
    for g in s.get("goals", []):
        if g.get("date"):
            out.append(g["date"])
        for o in g.get("objectives", []) + g.get("benchmarks", []):
            if o.get("date"):
                out.append(o["date"])
    for pr in s.get("problems", []):
        for o in pr["objectives"]:
            if o.get("date"):
                out.append(o["date"])
    return out


def months_of(phrase):
    n, unit = phrase.split()[0], phrase.split()[1]
    n = int(n.split("-")[-1])
    return n if unit.startswith("month") else n / 4.345 if unit.startswith("week") else n / 30.4


def computed_kinds(s):
    """Timing and number checks a reviewer applies, from the profile parameters."""
    P = {s["payer"], *s["states"]}
    k = set()
    plan_d, adm, ftx, a = s.get("plan"), s.get("adm"), s.get("ftx"), s["as_of"]
    sigs = sig_dates(s)
    nr = s.get("next_review")
    if "pa-55-5200" in P and (plan_d - adm).days > 30:
        k.add("plan-late")
    if "ny-oasas-818" in P:
        if (plan_d - adm).days > 7:
            k.add("plan-late")
        if any(r == "physician" and (d - adm).days > 10 for r, d in sigs):
            k.add("signature-late")
    if "fl-65d-30" in P:
        lim = FL_DAYS.get(s["loc"].lower())
        if lim is not None and (plan_d - adm).days > lim:
            k.add("plan-late")
        if any(r == "supervisor" and (d - plan_d).days > 10 for r, d in sigs):
            k.add("signature-late")
    if "ca-title9-ntp" in P:
        if (plan_d - adm).days > 28:
            k.add("plan-late")
        if (nr - adm).days > 92:
            k.add("review-interval-exceeded")
        if nr < a:
            k.add("review-overdue")
        if any(r in ("supervisor", "physician") and (d - plan_d).days > 14 for r, d in sigs):
            k.add("signature-late")
    if s["payer"] == "medicare-outpatient-therapy":
        if plan_d > ftx:
            k.add("plan-late")
        if any(r == "physician" and (d - ftx).days > 30 for r, d in sigs):
            k.add("signature-late")
        if (s["pend"] - ftx).days > 90:
            k.add("review-interval-exceeded")
        if s["pend"] < a:
            k.add("review-overdue")
    if s["payer"] == "medicare-home-health":
        if (s["pend"] - ftx).days > 60:
            k.add("review-interval-exceeded")
        if s["pend"] < a:
            k.add("review-overdue")
    if s["payer"] == "medicare-psychotherapy":
        if (a - plan_d).days > 365:
            k.add("plan-outdated")
        if s.get("duration") and months_of(s["duration"]) >= 12:
            k.add("duration-exceeds-limit")
        if s.get("pend") and s["pend"] >= add_months(s["pstart"], 12):
            k.add("duration-exceeds-limit")
    if s["payer"] == "commercial-aba":
        if s["pend"] > add_months(s["pstart"], 6) or months_of(s["duration"]) > 6:
            k.add("duration-exceeds-limit")
        if (nr - plan_d).days > 184:
            k.add("review-interval-exceeded")
        std = [x["date"] for x in s["assess"] if x["std"]]
        if std and (plan_d - max(std)).days > 365:
            k.add("assessment-outdated")
    if not all(npi_ok(n) for n in all_npis(s)):
        k.add("identifier-invalid")
    # date consistency
    bad = []
    if s["client"]["dob"] >= plan_d:
        bad.append("birth")
    if s.get("pstart") and s.get("pend") and s["pstart"] > s["pend"]:
        bad.append("period")
    if adm and adm > plan_d:
        bad.append("intake-plan")
    if adm and ftx and adm > ftx:
        bad.append("intake-ftx")
    if any(t <= plan_d for t in targets(s)):
        bad.append("target")
    if nr and nr <= plan_d:
        bad.append("review")
    if any(d < plan_d or d > a for r, d in sigs):
        bad.append("signature")
    if any(x["date"] > a for x in s.get("assess", [])):
        bad.append("assessment")
    if bad:
        k.add("date-inconsistent")
    return k


WORDS = ["plan", "careplan", "tp", "doc", "record", "form", "chart", "file", "notes"]


def file_name(s):
    n = int(s["id"][1:])
    return f"{s['id']}_{WORDS[(n - 1) % len(WORDS)]}.{s['ext']}"


def label(s):
    gap_kinds = {k for g in s["gaps"] for k in g}
    P = [s["payer"], *s["states"]]
    allk = set().union(*(KINDS[p] for p in P))
    for g in s["gaps"]:
        assert any(k in allk for k in g), (s["id"], g)
    unsure = set(s.get("unsure", []))
    args = ["--payer", s["payer"]]
    for st in s["states"]:
        args += ["--state", st]
    args += ["--as-of", s["as_of"].isoformat()]
    notes = s["notes"]
    for k in unsure:
        assert k in notes, (s["id"], k)  # the reason for leaving it out is in the notes
    return {"file": file_name(s), "check_with": args, "must_report": s["gaps"],
            "must_not_report": sorted(allk - gap_kinds - unsure), "notes": notes}


def self_check(s):
    comp = computed_kinds(s)
    declared = {k for g in s["gaps"] for k in g} & COMPUTED
    assert comp == declared, f"{s['id']}: computed {sorted(comp)} but declared {sorted(declared)}"
    for n in all_npis(s):
        assert len(n) == 10 and n.isdigit(), (s["id"], n)


# ================================================================ README
def write_readme(labels):
    from collections import defaultdict
    by = defaultdict(lambda: [0, 0])
    fmts = defaultdict(lambda: [0, 0])
    for s in PLANS:
        key = s["payer"] + (" + " + " + ".join(s["states"]) if s["states"] else "")
        by[key][1 if s["gaps"] else 0] += 1
        f = {"docx": "DOCX", "yaml": "native YAML", "json": "FHIR R4 JSON", "xml": "C-CDA XML"}[s["ext"]]
        fmts[f][1 if s["gaps"] else 0] += 1
    kinds = sorted({k for s in PLANS for g in s["gaps"] for k in g})
    lines = [
        "# Blind plan set 21",
        "",
        "**Held out until scored: do not open when working on readers.**",
        "",
        f"{len(PLANS)} invented treatment plans with reviewer labels (`labels.json`) for authcheck. Everything in them is "
        "invented: people, agencies, addresses and identifiers (NPIs carry valid Luhn check digits over the 80840 prefix, "
        "except where an invalid NPI is the gap).",
        "",
        "## How it was written (blind)",
        "",
        "Read: `README.md`, `docs/` (including the reference pages and the blind-set brief), `payer_profiles/`, `rules/`, "
        "and two entries of `../shared/labelled-examples/labels.json` for the label format. "
        "Used `authcheck codes` to confirm ICD-10-CM codes and `authcheck profiles show --resolved` to confirm severities. "
        "Not read: `src/`, `tests/` (other than this folder), other blind sets, `bench/`, `examples/`. "
        "authcheck was never run on these plans (`check`, `show`, `audit` or the Python API).",
        "",
        "Expectations were set as a careful human reviewer applying the documented rules and profile parameters in force on each "
        "`--as-of` date. Every deadline, interval and age is computed in `make_plans.py` and checked against the declared gaps "
        "by assertions (`self_check`).",
        "",
        "## Regenerate",
        "",
        "```sh",
        "/work/main/.venv/bin/python tests/data/blind_plans_21/make_plans.py",
        "```",
        "",
        "Output is byte-stable (fixed zip timestamps and core properties).",
        "",
        "## Contents",
        "",
        "| format | clean | with gaps |",
        "|---|---|---|",
    ]
    for f, (cl, gp) in sorted(fmts.items()):
        lines.append(f"| {f} | {cl} | {gp} |")
    lines += ["", "| profiles (`--payer` + `--state`) | clean | with gaps |", "|---|---|---|"]
    for k, (cl, gp) in sorted(by.items()):
        lines.append(f"| {k} | {cl} | {gp} |")
    lines += ["", "Gap kinds used: " + ", ".join(f"`{k}`" for k in kinds) + ".", "",
              "## Layouts and Word features covered", "",
              "- content controls (`w:sdt`): inline text, date pickers with `w:fullDate`, drop-downs, a block-level control; an "
              "empty date picker still showing its placeholder text",
              "- legacy form fields: FORMTEXT text fields (one left empty) and FORMCHECKBOX check boxes",
              "- floating text boxes (`wps` shape with VML fallback) holding the patient banner or a physician approval block",
              "- section breaks: different first-page headers/footers, a landscape section between portrait sections",
              "- footnotes and endnotes holding facts (diagnosing evaluator, admission date, baseline scores, signature notes)",
              "- tracked insertions and deletions (to be read as accepted) in dates, periods, objectives and service hours",
              "- comments on goals, objectives and signatures",
              "- fields: MERGEFIELD results for client identifiers, DATE / PAGE / NUMPAGES fields in headers and footers",
              "- tables nested two deep (goals inside an STG/LTG table, signature table inside an attestation box, service "
              "table inside an outer table), cells merged across columns (485-style grid) and across rows (problem/goal cells)",
              "- numbering from Word list definitions (multilevel 1 / 1.1 / a), typed numbering, bullet lists",
              "- identifiers in header tables, signature tables, e-signature stamps, /s/ lines, typed names, signature pads",
              "- disciplines: in-home ABA, school-based OT and SLP, outpatient PT/OT/SLP, private-practice and clinic "
              "psychotherapy, opioid treatment programs, residential / inpatient / day / outpatient SUD care, multi-discipline home health",
              "- non-DOCX: native YAML, FHIR R4 bundles (CarePlan, Goal, Condition, ServiceRequest, Provenance), C-CDA R2.1 Care Plan documents",
              "", "## Plans", "", "| file | profiles | as-of | gaps |", "|---|---|---|---|"]
    for s, lab in zip(PLANS, labels):
        prof = s["payer"] + "".join(" + " + x for x in s["states"])
        gaps = "; ".join(" / ".join(g) for g in s["gaps"]) or "clean"
        lines.append(f"| {lab['file']} | {prof} | {s['as_of'].isoformat()} | {gaps} |")
    lines.append("")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


# ================================================================ main
FAMILIES = {"A": fam_A, "B": fam_B, "C": fam_C, "D": fam_D, "E": fam_E, "F": fam_F, "G": fam_G, "H": fam_H, "I": fam_I}


def main():
    PLANS.sort(key=lambda s: s["id"])
    ids = [s["id"] for s in PLANS]
    assert len(ids) == len(set(ids)) and ids == [f"t{i:02d}" for i in range(1, len(ids) + 1)], ids
    labels = []
    for s in PLANS:
        self_check(s)
        path = os.path.join(OUT, file_name(s))
        if s["ext"] == "docx":
            FAMILIES[s["fam"]](s, path)
        elif s["ext"] == "yaml":
            write_yaml(s, path)
        elif s["ext"] == "xml":
            write_ccda(s, path)
        else:
            write_fhir(s, path)
        labels.append(label(s))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(labels, indent=1, ensure_ascii=False) + "\n")
    write_readme(labels)
    print(f"wrote {len(PLANS)} plans")


if __name__ == "__main__":
    main()
